"""Language v5a: இன்னும் with a negated verb, *not … yet*, told with the English perfect; shared by both parsers
and the generator.

நான் இன்னும் சாப்பிடவில்லை → *i have not eaten yet*: the Tamil past negative (-வில்லை) of an action with the adverb
இன்னும் (lexicon adverb 'yet', tagged 'perfect') right before it. English says *have/has not* and the past
participle (lexicon 'perfect': the participles that differ from the past, eaten, gone, written …), with *yet* last;
*have/has* and *not* align to the Tamil verb, *yet* to இன்னும். Without இன்னும் the same verb stays the simple past
(சாப்பிடவில்லை, *did not eat*), and the English perfect is in the language only with *yet*, so each reads one way.
"""

from __future__ import annotations

from dataclasses import replace

from model.language.draws import hash_draw
from model.language.lexicon import Lexicon, load_lexicon
from model.language.progressive import verbal_participle as from_past
from model.language.script import join

YET_RATE = 0.2               # one-clause negated past statements of an action the generator says with இன்னும்


def past_participle(verb) -> str:
    """eaten, gone, written; the past form where it is the same (finished, bought)."""
    return load_lexicon().data["perfect"]["en_pp"].get(verb.en[0], verb.en[2])


def participles(lex: Lexicon) -> dict[str, str]:
    """The participles that differ from the past, by verb key (their English readings)."""
    pp = lex.data["perfect"]["en_pp"]
    return {v.key: pp[v.en[0]] for v in lex.verbs.values() if v.en[0] in pp}


def perfect_group(verb, number: str, neg: bool) -> list[str]:
    """"has not eaten", "have not gone" (``number`` is the subject's English number: sg, pl or 1sg)."""
    return ["has" if number == "sg" else "have"] + ["not"] * neg + [past_participle(verb)]


def is_perfect(lex: Lexicon, adv_keys) -> bool:
    """True when the clause's adverbs ask for the perfect (இன்னும், yet)."""
    return any(lex.adverbs[a].get("perfect") for a in adv_keys)


def yet_problem(lex: Lexicon, keys, verb, mood: str, depth: int, tense: str | None, neg: bool,
                time: str | None) -> str | None:
    """Why இன்னும் (not … yet) cannot stand in this clause (None when it can)."""
    word = next(lex.adverbs[k]["ta"] for k in keys if lex.adverbs[k].get("perfect"))
    if mood != "decl" or depth:
        return f"{word} … -வில்லை (not … yet) goes in a main statement"
    if len(keys) > 1 or time is not None:
        return f"{word} (yet) takes no time phrase or other adverb"
    if verb.key == "be" or verb.stative:
        return f"{word} (yet) goes with an action that has not happened yet (இன்னும் சாப்பிடவில்லை), not '{verb.en[0]}'"
    if not neg or tense != "past":
        return f"{word} here says not yet: its verb is negated with -வில்லை (இன்னும் சாப்பிடவில்லை, have not eaten yet)"
    return None


def maybe_yet(lex: Lexicon, tree):
    """Now and then a one-clause negated past statement of an action takes இன்னும் (அவன் இன்னும் வரவில்லை, he has not
    come yet); the draw is a hash of the tree, so the generator's random stream is unchanged."""
    if tree.mood != "decl" or len(tree.clauses) != 1 or tree.intj is not None:
        return tree
    cl = tree.clauses[0]
    if not cl.neg or cl.tense != "past" or cl.time is not None or cl.advs or cl.verb == "be" or cl.attr is not None \
            or any((cl.exist, cl.exp, cl.weather, cl.habit, cl.vless)) or cl.subj is None or cl.wh:
        return tree
    if any(getattr(cl, r) is not None and getattr(cl, r).rc is not None
           for r in ("subj", "obj", "iobj", "loc", "comit", "source", "goal")):
        return tree
    key = next(k for k, a in lex.adverbs.items() if a.get("perfect"))
    if yet_problem(lex, (key,), lex.verb(cl.verb), "decl", 0, cl.tense, cl.neg, cl.time) is not None:
        return tree
    draw = hash_draw("yet" + repr(tree))
    return replace(tree, clauses=(replace(cl, advs=(key,)),)) if draw < YET_RATE else tree


# ---- the Tamil perfect: அப்பா கோயிலுக்குப் போயிருக்கிறார் (father has gone to the temple)
PERFECT_RATE = 0.4           # one-clause present statements of coming and going the generator tells in the perfect


def verbal_participle(verb) -> str | None:
    """சென்று, வந்து, போய் (the lexicon's 'vbp' where the past stem does not give it), or None."""
    given = load_lexicon().data["perfect"]["vbp"].get(verb.ta)
    if given:
        return given
    return from_past(verb)


def perfect_form(verb, agr: str) -> str | None:
    """சென்றிருக்கிறார் (has gone): the verbal participle and இருக்கிறார் …, or None."""
    stem = verbal_participle(verb)
    return None if stem is None else join(stem, load_lexicon().copula.finite("pres", agr))


def perfect_problem(lex: Lexicon, verb, mood: str, depth: int, time: str | None, advs, neg: bool) -> str | None:
    """Why the Tamil perfect (போயிருக்கிறார், has gone) cannot stand here (None when it can)."""
    if verb.key not in lex.data["perfect"]["verbs"]:
        return f"the perfect (-இருக்கிறார்) is said here of coming and going, not '{verb.en[0]}'"
    if mood != "decl" or depth or neg:
        return "the perfect (-இருக்கிறார், has gone) goes in a main statement"
    if time is not None or advs:
        return "the perfect (-இருக்கிறார், has gone) takes no time phrase or adverb"
    return None


def maybe_perfect(lex: Lexicon, tree):
    """Now and then a one-clause present statement of coming or going is told in the perfect (அவன் சென்னைக்குச்
    சென்றிருக்கிறான், he has gone to chennai); the draw is a hash of the tree, so the random stream is unchanged."""
    if tree.mood != "decl" or len(tree.clauses) != 1 or tree.intj is not None:
        return tree
    cl = tree.clauses[0]
    if cl.verb not in lex.data["perfect"]["verbs"] or cl.exp or cl.weather or cl.exist:
        return tree
    if cl.subj is not None and cl.subj.kind == "noun" and lex.nouns[cl.subj.head].cls != "person":
        return tree                                     # a person has gone; a thing "has come" reads oddly
    if cl.tense not in ("pres", "past") or cl.neg or cl.subj is None or cl.wh or cl.attr is not None \
            or perfect_problem(lex, lex.verb(cl.verb), "decl", 0, cl.time, cl.advs, cl.neg) is not None:
        return tree
    if any(getattr(cl, r) is not None and getattr(cl, r).rc is not None
           for r in ("subj", "obj", "iobj", "loc", "comit", "source", "goal")):
        return tree
    draw = hash_draw("perfect" + repr(tree))
    return replace(tree, clauses=(replace(cl, tense="pres", perfect=True),)) if draw < PERFECT_RATE else tree
