"""The perfect of experience, *have never …* (language v6c), shared by both parsers and the generator.

Tamil says that something has never happened with the past verbal noun and இல்லை, one word that does not agree
with its subject (சென்ற + அது + இல்லை → சென்றதில்லை), and ஒருபோதும் (ever) right before it: நான் மதுரைக்கு
ஒருபோதும் சென்றதில்லை → *i have never been to madurai*, அவள் தோசை ஒருபோதும் சாப்பிட்டதில்லை → *she has never
eaten dosa*. English says *have/has never* and the past participle (*been* for going: the lexicon's ``experience``
entry); *have/has* and the participle align to the Tamil verb, *never* to ஒருபோதும். The verbs are the lexicon's
``experience`` verbs (going somewhere, eating, drinking, seeing, reading); the clause is a main statement with no
time phrase or other adverb.
"""

from __future__ import annotations

from dataclasses import replace

from model.language.draws import hash_draw
from model.language.grammar import Clause
from model.language.lexicon import Lexicon
from model.language.perfect import past_participle

NEVER_RATE = 0.4             # one-clause statements of an experience verb (no time phrase) the generator says with never
NEVER_SUFFIX = "தில்லை"       # the participle's -அ + அது + இல்லை: சென்ற → சென்றதில்லை


def experience(lex: Lexicon) -> dict:
    """The lexicon's ``experience`` entry: 'ta' ஒருபோதும், 'en' never, 'verbs', 'en_pp' (been for go)."""
    return lex.data["experience"]


def never_form(verb) -> str:
    """சென்றதில்லை, சாப்பிட்டதில்லை: the past relative participle with -தில்லை."""
    return verb.participle("past") + NEVER_SUFFIX


def never_participle(lex: Lexicon, verb) -> str:
    """been (to madurai), eaten, seen."""
    return experience(lex)["en_pp"].get(verb.key) or past_participle(verb)


def never_problem(lex: Lexicon, cl: Clause, mood: str, depth: int) -> str | None:
    """Why ``cl`` cannot say *have never …* (None when it can)."""
    entry = experience(lex)
    if cl.verb not in entry["verbs"]:
        return f"{entry['ta']} … -அதில்லை (have never) is said here of going somewhere, eating, drinking, seeing " \
               "or reading"
    if mood != "decl" or depth or cl.wh is not None:
        return f"{entry['ta']} … -அதில்லை (have never) goes in a main statement"
    if cl.time is not None or cl.advs or cl.neg or cl.subj is None:
        return f"{entry['ta']} … -அதில்லை (have never) takes no time phrase, other adverb or negation"
    return None


def maybe_never(lex: Lexicon, tree):
    """Now and then a one-clause statement of an experience verb says that it never happened (நான் மதுரைக்கு
    ஒருபோதும் சென்றதில்லை); the draw is a hash of the tree, so the generator's random stream is unchanged."""
    if "experience" not in lex.data or tree.mood != "decl" or len(tree.clauses) != 1 or tree.intj is not None:
        return tree
    cl = tree.clauses[0]
    if cl.tense is None or cl.attr is not None or cl.purpose is not None or any(
            (cl.exist, cl.exp, cl.weather, cl.habit, cl.vless, cl.perfect, cl.light, cl.some, cl.time_first,
             cl.modal)):                                   # not "has should never seen" (modals come first)
        return tree
    if cl.verb == "go" and cl.goal is None or cl.subj is None or cl.loc or cl.source or cl.comit or cl.iobj:
        return tree                                     # has never been to madurai; not "from the garden"
    if any(np is not None and (np.det == "a" or np.det in lex.numbers) for np in (cl.subj, cl.obj)):
        return tree                                     # a known one: not "seven nurses", "ten articles"
    if any(getattr(cl, r) is not None and getattr(cl, r).rc is not None
           for r in ("subj", "obj", "iobj", "loc", "comit", "source", "goal")):
        return tree
    cl = replace(cl, tense="past", neg=False)
    if never_problem(lex, cl, "decl", 0) is not None:
        return tree
    draw = hash_draw("never" + repr(tree))
    return replace(tree, clauses=(replace(cl, never=True),)) if draw < NEVER_RATE else tree


# ---- linearization
def ta_never(lz, path: tuple) -> None:
    lz.ta(experience(lz.lex)["ta"], path + ("never",))


def never_words(lex: Lexicon, verb, number: str) -> list[str]:
    """has been, have eaten (*never* goes between them)."""
    return ["has" if number == "sg" else "have", never_participle(lex, verb)]


# ---- the parsers
def read_never(r, node, mood: str, depth: int, clause_of) -> Clause:
    """The Tamil parser: a clause with ஒருபோதும் and an -அதில்லை verb."""
    from lark import Tree

    at = next(i for i, k in enumerate(node.children[:-1]) if getattr(k, "data", None) == "item"
              and k.children[0].data == "never")
    tok = node.children[at].children[0].children[0]
    r.never_item = True
    try:
        cl = clause_of(Tree(node.data, node.children[:at] + node.children[at + 1:]))
    finally:
        r.never_item = False
    if not cl.never:
        r.fail(f"{r.word(tok)} (ever) goes with the -அதில்லை form (ஒருபோதும் சென்றதில்லை, have never been)", tok)
    problem = never_problem(r.lex, cl, mood, depth)
    if problem:
        r.fail(f"{r.word(tok)}: {problem}", tok)
    return cl


def read_english_never(r, cl: Clause, tok, main, aspect: str, mood: str, depth: int) -> Clause:
    """The English parser: *have/has never* and the participle (been to madurai, eaten dosa)."""
    verb = r.lex.verb(cl.verb)
    if aspect != "perfect" or main.value != never_participle(r.lex, verb):
        want = never_participle(r.lex, verb) if cl.verb in experience(r.lex)["verbs"] else "been"
        r.fail(f"'never' goes between have/has and the participle ('have never {want}')", tok)
    out = replace(cl, tense="past", never=True)
    problem = never_problem(r.lex, out, mood, depth)
    if problem:
        r.fail(problem, tok)
    return out
