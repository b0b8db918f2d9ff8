"""Should (language v6b), shared by both parsers, the linearizer and the generator.

Tamil says what someone should do with the infinitive and வேண்டும், the subject in the nominative: நாம் நாளை
சீக்கிரம் புறப்பட வேண்டும் *we should leave early tomorrow*. With the subject in the dative the same வேண்டும் says
what someone wants (எனக்குக் காபி வேண்டும், i want coffee; model.language.everyday), so the case of the subject
tells the two apart. English *should* is an ``aux`` of the verb and aligns to வேண்டும்; the verb, in its base form,
aligns to the infinitive. The lexicon's ``modal`` entry holds both words. The language says it in a one-clause
statement of an action a person does, not negated (…க் கூடாது, should not, is not in the language); its time is a
later one (tense ``fut``: today, tomorrow …).
"""

from __future__ import annotations

from dataclasses import replace

from model.language.draws import hash_draw
from model.language.grammar import Clause, refers_to_person
from model.language.lexicon import Lexicon

MODAL_RATE = 0.12            # one-clause future statements of a person's action told with should (drawn from a hash)
NP_ROLES = ("subj", "obj", "iobj", "loc", "comit", "source", "goal")


def modal_entry(lex: Lexicon) -> dict:
    """The lexicon's ``modal`` entry: 'ta' வேண்டும், 'en' should."""
    return lex.data["modal"]


def modal_problem(lex: Lexicon, cl: Clause, mood: str, depth: int) -> str | None:
    """Why ``cl`` cannot be said with should (None when it can)."""
    entry = modal_entry(lex)
    if mood != "decl" or depth or cl.wh is not None:
        return f"{entry['en']} (-அ {entry['ta']}) goes in a statement (நாம் புறப்பட வேண்டும், we should leave)"
    if cl.neg:
        return f"the language says {entry['en']} only in the positive (நாம் புறப்பட வேண்டும், we should leave)"
    if cl.verb == "be" or cl.pred is not None:
        return f"{entry['en']} (-அ {entry['ta']}) is said of an action (நாம் புறப்பட வேண்டும்), not of a state"
    if any((cl.exp, cl.weather, cl.exist, cl.perfect, cl.habit, cl.attr is not None, cl.purpose is not None,
            cl.light)):
        return f"{entry['en']} (-அ {entry['ta']}) goes with a plain verb (நாம் புறப்பட வேண்டும், we should leave)"
    subj = cl.subj
    person = refers_to_person(lex, subj)
    if not person:
        return f"{entry['en']} (-அ {entry['ta']}) says what a person should do"
    if any(getattr(cl, r) is not None and getattr(cl, r).rc is not None for r in NP_ROLES):
        return f"a clause with {entry['en']} has no relative clause"
    if cl.time is not None and "fut" not in lex.times[cl.time]["tense"]:
        return f"{entry['en']} looks ahead: its time is today, tomorrow or later"
    return None


def maybe_modal(lex: Lexicon, tree):
    """Now and then a one-clause future statement of a person's action is told with should (நாம் நாளை புறப்பட
    வேண்டும்); the draw is a hash of the tree, so the generator's random stream is unchanged."""
    if tree.mood != "decl" or len(tree.clauses) != 1 or tree.intj is not None:
        return tree
    cl = tree.clauses[0]
    if cl.tense != "fut" or cl.time_first or modal_problem(lex, cl, "decl", 0) is not None \
            or cl.verb in modal_entry(lex)["unplanned"]:          # not 'should laugh': one does not choose to
        return tree
    if cl.advs and any("fut" not in lex.adverbs[a].get("tense", ("fut",)) for a in cl.advs):
        return tree
    draw = hash_draw("should" + repr(tree))
    return replace(tree, clauses=(replace(cl, modal="should"),)) if draw < MODAL_RATE else tree


def ta_modal(lz, cl: Clause, path: tuple) -> None:
    """புறப்பட வேண்டும்: the infinitive (the verb) and வேண்டும் (the modal)."""
    lz.ta(lz.lex.verb(cl.verb).inf, path + ("verb",))
    lz.ta(modal_entry(lz.lex)["ta"], path + ("modal",))


def en_modal_word(lz, path: tuple) -> int:
    """*should* ← வேண்டும்."""
    return lz.en(modal_entry(lz.lex)["en"], path + ("modal",))


# ---- the Tamil parser's side: mclause is the clause with its infinitive and வேண்டும்
def read_modal(r, node, mood: str, depth: int, clause_of) -> Clause:
    """நாம் நாளை சீக்கிரம் புறப்பட வேண்டும்: the clause before வேண்டும் (``clause_of`` reads it, tense ``fut``), checked."""
    from lark import Tree

    from model.language.forest import first_word
    from model.language.wants import is_want_to, read_want_to

    if is_want_to(r, node):                 # எனக்குத் தூங்க வேண்டும்: i want to sleep (model.language.wants)
        return read_want_to(r, node, mood, depth)
    tok = first_word(node.children[-1])
    form = next((a for a in r.table[tok.value] if a.cat == "VEXP"), None)
    if form is None or form.key != "want" or form.feats[0] != "ta":
        r.fail(f"{r.word(tok)}: after an infinitive the language has வேண்டும் (should: நாம் புறப்பட வேண்டும்)", tok)
    cl = replace(clause_of(Tree("mbody", node.children[:-1])), modal="should")
    problem = modal_problem(r.lex, cl, mood, depth)
    if problem:
        r.fail(f"{r.word(tok)}: {problem}", tok)
    return cl


# ---- the English parser's side
def read_english_modal(r, cl: Clause, mood: str, depth: int, tok) -> Clause:
    """"we should leave early tomorrow": the verb group should + base (tense fut), checked."""
    cl = replace(cl, modal="should")
    problem = modal_problem(r.lex, cl, mood, depth)
    if problem:
        r.fail(problem, tok)
    return cl
