"""Language v5a: a reason clause in -ஆல் before the main clause, *… because it rained*; shared by both parsers and
the generator.

மழை பெய்ததால் நான் பள்ளிக்குப் போகவில்லை → *i did not go to school because it rained*: the past of the rain with
-ஆல் (பெய்தது + ஆல் → பெய்ததால்) opens the sentence, and the main clause tells what it kept someone from (negated:
did not go, did not play …) or had them do (stayed, slept, waited, rested; lexicon 'because_of'). The tree is the
one of ஏனென்றால் (conjunction 'because', the reason second), so English says the main clause, *because*, then the
reason; *because* aligns to the -ஆல் verb. The rain is the only reason told this way, and ஏனென்றால் never takes
the rain, so each sentence reads one way.
"""

from __future__ import annotations

from dataclasses import replace

from model.language.draws import hash_draw
from model.language.lexicon import Lexicon
from model.language.script import join

BECAUSE_RATE = 0.6            # one-clause past statements that fit the rain the generator gives the reason


def cause_form(lex: Lexicon, key: str) -> str:
    """பெய்ததால் (because it rained): the weather verb's past with -ஆல்."""
    return join(lex.weather[key].finite("past", "n"), lex.data["because_of"]["suffix"])


def because_problem(lex: Lexicon, main, reason) -> str | None:
    """Why ``reason`` (a weather clause) cannot explain ``main`` with -ஆல் (None when it can)."""
    entry = lex.data["because_of"]
    if reason.tense != "past" or reason.neg or reason.time is not None or reason.advs:
        return "the reason in -ஆல் is the rain that fell (மழை பெய்ததால்), with no time phrase or adverb"
    if main.weather or main.exp or main.exist or main.attr is not None or main.vless or main.wh:
        return "after மழை பெய்ததால் comes what someone did or did not do"
    if main.tense != "past" or main.advs or main.habit:
        return "after மழை பெய்ததால் the main clause is in the past (… போகவில்லை, did not go; … தங்கினேன், stayed)"
    if main.neg and main.verb not in entry["kept_from"] or not main.neg and main.verb not in entry["makes"]:
        kept = ", ".join(lex.verb(v).en[0] for v in entry["kept_from"])
        made = ", ".join(lex.verb(v).en[0] for v in entry["makes"])
        return f"the rain keeps one from going out ({kept}, negated) or has one {made}"
    if main.subj is None or main.subj.kind == "noun" and lex.nouns[main.subj.head].cls != "person":
        return "the rain keeps a person from something"
    return None


def maybe_because(lex: Lexicon, tree):
    """Now and then a one-clause past statement the rain explains gets the reason (மழை பெய்ததால் …); the draw is a
    hash of the tree, so the generator's random stream is unchanged."""
    if tree.mood != "decl" or len(tree.clauses) != 1 or tree.intj is not None or not lex.weather:
        return tree
    cl = tree.clauses[0]
    if cl.verb not in lex.verbs or any(getattr(cl, r) is not None and getattr(cl, r).rc is not None
                                       for r in ("subj", "obj", "iobj", "loc", "comit", "source", "goal")):
        return tree
    from model.language.grammar import Clause

    reason = Clause(sorted(lex.weather)[0], "past", weather=True)
    if because_problem(lex, cl, reason) is not None or cl.time_first:
        return tree
    draw = hash_draw("because" + repr(tree))
    return replace(tree, clauses=(cl, reason), conjs=("because",)) if draw < BECAUSE_RATE else tree
