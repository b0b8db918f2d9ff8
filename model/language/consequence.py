"""A state of a thing, so someone acts (language v7g, ', so' after a place or a vehicle):

அந்த வங்கி மூடியிருந்தது , அதனால் அவள் வீட்டுக்குச் சென்றாள் . → *the bank was closed , so she went home .*

*Closed* is a predicate of a place that opens and closes (tag ``opens``: a shop, a bank, an office): மூடியிருந்தது,
the verbal participle of மூடு with இரு, the state the closing left (one written word since v8e; the grammar keeps
two, PRED and the copula, and ``model.language.joined`` writes and reads them as one). English says *was closed* with the participle, which the English reader takes as the
predicate only right after a form of *be* (``state_participle``); *the bank closed* stays the verb.

*So* (அதனால்) has joined a cause to its effect for one person (tired, so slept: ``rules`` CAUSES). A state of a
thing is the cause of what a person then does (``THING_CAUSES``): the bank was closed, so she went home. The person
is he, she or they with nothing before them to go back to, since the previous subject is no person: the pronoun
starts anew (``starts_anew``) and has no ``coref`` relation, as at the start of a sentence (அவள் நேற்று சிரித்தாள்,
*she laughed yesterday*).
"""

from __future__ import annotations

# what people do because a place or a thing is in a state (the subject of the first clause is no person)
THING_CAUSES = {"closed": ("go", "return", "wait"), "late": ("go", "wait")}


def state_participle(reader, main, auxes):
    """The English reader: *was closed* — a verb's participle with a predicate reading, right after am/is/are/was/
    were, is that predicate (the token becomes PRED); any other verb word is left as it is."""
    from model.language.english_grammar import readings

    if main.type != "VERB" or [t.value for t in auxes][-1:] not in (["am"], ["is"], ["are"], ["was"], ["were"],
                                                                                 ["be"]):
        return main
    if not any(r.cat == "PRED" for r in readings(main.value)):
        return main
    return main.update(type="PRED")


def starts_anew(lex, prev, subj) -> bool:
    """Whether ``subj``, a pronoun for a person (he, she, they), after a clause whose subject ``prev`` is no person
    (the bank, the bus), refers to nobody before it."""
    from model.language.grammar import is_personal, np_agr, refers_to_person

    if prev is None or subj is None or subj.kind != "pron" or subj.head not in lex.pronoun_nouns:
        return False
    if lex.pronouns[subj.head]["en"] is None:           # அவர் repeats its antecedent in English
        return False
    if lex.pronoun_by_agr.get(np_agr(lex, prev), {}).get("en") == lex.pronouns[subj.head]["en"]:
        return False                                    # they after the boxes (or அவை): the boxes again
    if prev.kind == "pron":                             # அவர் (the uncle), he, we …: a person; it: a thing
        return lex.pronouns[prev.head]["agr"] in ("n", "pl_n") and not is_personal(lex, subj) and prev.ante is None
    return not refers_to_person(lex, prev)


def so_fits(lex, a, b, same: bool) -> bool:
    """*So* after a thing's state: the state is one listed, and the next clause an action it makes people take."""
    from model.language.grammar import refers_to_person

    if same or a.verb != "be" or a.neg or b.neg or b.verb not in THING_CAUSES.get(a.pred or "", ()):
        return False
    return a.subj is not None and not refers_to_person(lex, a.subj)


CONSEQUENCE_RATE = 0.5      # of the one-clause statements of someone going, returning or waiting (past, present)


def maybe_consequence(lex, tree):
    """Now and then a statement that someone went, returned or waited follows from a thing's state: the bank was
    closed , so she went home. The state's clause is put first; drawn from hashes of the tree, so the generator's
    random stream, and with it every other sentence, is unchanged."""
    from dataclasses import replace

    from model.language.draws import hash_draw
    from model.language.grammar import NP, Clause

    if tree.mood != "decl" or len(tree.clauses) != 1 or tree.intj is not None:
        return tree
    cl = tree.clauses[0]
    if cl.verb not in {v for verbs in THING_CAUSES.values() for v in verbs} or cl.tense not in ("past", "pres") \
            or cl.neg or cl.subj is None or cl.wh or cl.habit or cl.perfect or cl.never or cl.purpose is not None \
            or (cl.time is not None and lex.times[cl.time].get("habitual")):     # not "… closed , so … every day"
        return tree
    draw = hash_draw("so" + repr(tree))
    if draw >= CONSEQUENCE_RATE:
        return tree
    states = sorted(k for k, verbs in THING_CAUSES.items() if k in lex.predicates and cl.verb in verbs)
    if not states:
        return tree
    state = states[int(draw / CONSEQUENCE_RATE * len(states))]
    things = sorted(n.key for n in lex.nouns.values() if n.fills(lex.predicates[state]["for"]) and n.cls != "person")
    thing = things[int(hash_draw("so-what" + repr(tree)) * len(things))]
    cause = Clause("be", cl.tense, subj=NP(thing, det="the"), pred=state)
    return replace(tree, clauses=(cause, cl), conjs=("so",))
