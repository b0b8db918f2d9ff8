"""Language v7f: an action on a thing and what the thing did next, joined by a comma alone (English *and*).

அவன் அந்தப் பந்தை அடித்தான் , அது அந்தச் சுவரைத் தாண்டிப் பறந்தது . → *he hit the ball and it flew over the wall .*
Written Tamil joins two events told one after the other with a comma and no conjunction; மேலும் (*and also*) would
add another event and பிறகு (*and then*) would stress the order. English says *and*, with no comma; *and* aligns
to the Tamil comma and is the ``cc`` of the second clause, which is a ``conj`` of the first.

The second clause's subject is the pronoun for the first clause's object, and what it does fits the object and
not the subject (balls fly, people do not: ``model.language.reference`` reads *it* → *ball*, a ``coref``
relation to the object). The rule book (``connective``) keeps the comma to exactly that: an action, not negated,
on a thing, then that thing's own action. The generator draws it from a hash of a one-clause tree of hitting a
ball, so its random stream, and every other sentence, is unchanged.
"""

from __future__ import annotations

from dataclasses import replace

from model.language.draws import hash_draw
from model.language.grammar import NP, Clause, Sentence
from model.language.lexicon import Lexicon

COMMA_AND = "comma_and"          # the lexicon's conjunction with no Tamil word
NEXT_RATE = 0.7                  # one-clause statements of hitting a ball told with where it flew
NEXT = {"hit": ("fly", "over")}  # the action, what its object then does, and the postposition of where it did it


def conjunction_keys(r, children: list) -> list[str]:
    """The conjunction keys of a Tamil sentence's clauses, in order: a comma followed by ஆனால், அதனால் … is that
    conjunction; a comma alone is ``COMMA_AND`` (``r`` is the Tamil parser's resolver)."""
    from lark import Tree

    from model.language.forest import first_word

    trees = [c for c in children if isinstance(c, Tree)]
    keys = []
    for c, nxt in zip(trees, trees[1:]):
        if c.data == "comma" and nxt.data == "conj":
            keys.append(r.an(first_word(nxt), "CONJ").key)
        elif c.data == "comma" and nxt.data.endswith("clause"):
            keys.append(COMMA_AND)
    return keys


def next_event_problem(a: Clause, b: Clause) -> str | None:
    """Why a comma alone cannot join ``a`` and ``b`` (None when it can): an action on a thing, then the thing's own."""
    if a.verb == "be" or b.verb == "be" or a.neg or b.neg or a.obj is None or a.obj.kind != "noun":
        return "a comma alone (English 'and') joins an action on a thing to what the thing did next"
    if b.subj is None or b.subj.kind != "pron" or b.subj.ante != a.obj.head or a.tense != b.tense:
        return "after a comma alone the thing acted on goes on, as அது (it), in the same tense (he hit the ball and " \
               "it flew over the wall)"
    return None


def maybe_next_event(lex: Lexicon, tree: Sentence) -> Sentence:
    """Now and then a one-clause statement of hitting a ball goes on with where the ball flew (… , அது அந்தச்
    சுவரைத் தாண்டிப் பறந்தது); the draw is a hash of the tree, so the generator's random stream is unchanged."""
    from model.language.spots import spots

    if tree.mood != "decl" or len(tree.clauses) != 1 or tree.intj is not None or COMMA_AND not in lex.conjunctions:
        return tree
    a = tree.clauses[0]
    if a.verb not in NEXT or a.neg or a.tense != "past" or a.obj is None or a.obj.kind != "noun" or \
            a.obj.number != "sg" or a.obj.rc is not None or a.subj is None or a.subj.rc is not None or a.spot:
        return tree
    draw = hash_draw("next" + repr(tree))
    if draw >= NEXT_RATE:
        return tree
    verb, spot = NEXT[a.verb]
    places = spots(lex)[spot]["nouns"]
    place = lex.nouns[places[int(draw / NEXT_RATE * len(places))]]
    det = "the" if int(draw * 7919) % 2 else "this"
    it = NP(lex.pronoun_by_agr[lex.nouns[a.obj.head].agr("sg")]["key"], "pron", ante=a.obj.head)
    b = Clause(verb, a.tense, subj=it, loc=NP(place.key, det=det), spot=spot)
    return replace(tree, clauses=(a, b), conjs=(COMMA_AND,))
