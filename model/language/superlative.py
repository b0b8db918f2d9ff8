"""The superlative *the best* (language v7b), shared by both parsers and the generator.

Written Tamil says *the best* with மிகச்சிறந்த (மிக *very* + சிறந்த *excellent*, written as one word with the
doubled ச், as in மிகச்சிறந்த நடிகர்), an adjective that needs no determiner: என் அம்மா மிகச்சிறந்த காபி
செய்கிறார் → *my mother makes the best coffee*, என் தாத்தா மிகச்சிறந்த கதைகளைச் சொல்கிறார் → *my grandfather
tells the best stories*. English adds *the*, which has no Tamil word of its own: it aligns to மிகச்சிறந்த with
*best* (the English superlative is *the … -est*, the Tamil one மிக …) and is the noun's ``det``; *best* is its
``amod``. The lexicon marks the adjective ``superlative``; it describes what one makes, tells or writes (food and
drink, stories, poems and songs), and only as the object of a verb, with no other adjective and no relative clause;
the rule book (object-fits) has it made, prepared, told or written.

Typed as two words (மிகச் சிறந்த), the tokenizer reads the one word, with a note.

One reading: the Tamil present of an action is read as happening now (*is making*), except with a superlative
object: *is making the best coffee* is not what people say, and a clause that says whose coffee is the best tells
what someone does as a rule, so the English is the simple present (*makes*, a habit), and the English simple
present with *the best* reads back as the Tamil present. Other tenses stay as they are (*made the best coffee*).
"""

from __future__ import annotations

from dataclasses import replace

from model.language.draws import hash_draw
from model.language.grammar import NP, Clause, Sentence
from model.language.lexicon import Lexicon

BEST_RATE = 0.3     # one-clause sentences with an object the superlative fits that the generator says with 'the best'


def superlative_index(lex: Lexicon, np: NP | None) -> int | None:
    """The position of the superlative among ``np``'s adjectives (None when it has none)."""
    if np is None or np.kind != "noun":
        return None
    return next((i for i, a in enumerate(np.adjs) if lex.adjectives[a].get("superlative")), None)


def superlative_problem(lex: Lexicon, np: NP, role: str) -> str | None:
    """Why ``np`` (with a superlative adjective) cannot stand in ``role`` (None when it can, or has none)."""
    i = superlative_index(lex, np)
    if i is None:
        return None
    adj = lex.adjectives[np.adjs[i]]
    said = f"'the {adj['en']}' ({adj['ta']})"
    if role != "obj":
        return f"{said} describes the object of a verb (makes the {adj['en']} coffee, {adj['ta']} காபி செய்கிறார்)"
    if np.det is not None:
        return f"{said} takes no determiner in Tamil: {adj['ta']} says 'the {adj['en']}' itself"
    if len(np.adjs) > 1 or np.rc is not None:
        return f"{said} takes no other adjective or relative clause here"
    return None


def best_problem(lex: Lexicon, cl: Clause) -> str | None:
    """The rule of sense (rules.py, object-fits): the best coffee is what someone makes, the best stories what they
    tell or write (the adjective's ``verbs``)."""
    i = superlative_index(lex, cl.obj)
    if i is None:
        return None
    adj = lex.adjectives[cl.obj.adjs[i]]
    if cl.verb not in adj["verbs"]:
        said = [lex.verb(v).en[1] for v in adj["verbs"]]
        other = f"what one {lex.verbs[cl.verb].en[1]}" if cl.verb in lex.verbs else "what one wants or likes"
        return f"'the {adj['en']}' is said of what one {', '.join(said[:-1])} or {said[-1]}, not of {other}"
    return None


def maybe_best(lex: Lexicon, tree: Sentence) -> Sentence:
    """Now and then the object of a one-clause statement or question, when the superlative fits it, is the best one
    (என் அம்மா மிகச்சிறந்த காபி செய்கிறார்); the draw is a hash of the tree, so the random stream is unchanged."""
    if tree.mood not in ("decl", "question") or len(tree.clauses) != 1:
        return tree
    cl = tree.clauses[0]
    obj = cl.obj
    if obj is None or obj.kind != "noun" or obj.rc is not None or cl.verb == "be" or cl.tense is None or cl.neg or \
            cl.gap or cl.wh in ("whom", "what") or any((cl.exp, cl.exist, cl.habit, cl.perfect, cl.never, cl.count,
                                                        cl.some, cl.vless, cl.light)):
        return tree
    if obj.det is not None and obj.det not in ("the", "a"):
        return tree                                      # not this coffee, five stories or my book
    best = [k for k, a in lex.adjectives.items() if a.get("superlative") and lex.nouns[obj.head].fills(a["for"])
            and cl.verb in a["verbs"]]
    if not best or hash_draw("best" + repr(tree)) >= BEST_RATE:
        return tree
    obj = replace(obj, det=None, adjs=(best[0],), unmarked=False)
    return replace(tree, clauses=(replace(cl, obj=obj),))


def english_best_problem(lex: Lexicon, det: str | None, kinds: tuple[str, ...], noun) -> str | None:
    """Why an English noun phrase with *best* (adjective keys ``kinds``, determiner word ``det``) is not the
    language's *the best X* (None when it is, or has no superlative)."""
    best = next((lex.adjectives[k] for k in kinds if lex.adjectives[k].get("superlative")), None)
    if best is None:
        return None
    if det != "the" or len(kinds) > 1:
        return f"'{best['en']}' goes with 'the' and no other adjective: 'the {best['en']} {noun.en}'"
    if not noun.fills(best["for"]):
        return f"'the {best['en']}' describes what one makes, tells or writes (food, drink, a story, a poem, a song), " \
               f"not '{noun.en}'"
    return None
