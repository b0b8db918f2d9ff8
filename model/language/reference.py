"""A pronoun that refers to the previous clause's object (language v5d), the Winograd twin of the famous sentence:
அந்த விலங்கு அந்தத் தெருவைக் கடக்கவில்லை , ஏனென்றால் அது அளவுக்கு அதிகமாக அகலமாக இருந்தது . → *the animal did not
cross the street because it was too wide .*, with *it* → *street* in the gold relations (``coref``), where *… because it
was too tired* keeps *it* → *animal*.

A pronoun subject goes on about the previous clause's subject; it refers to the object instead when what is said
of it (a predicate) fits the object and not the subject, and the object agrees with the pronoun. The tree says so
with the pronoun's ``ante`` (the object's noun key), which Tamil and English both leave unsaid; the linearizer
points the ``coref`` relation at the object. The generator draws it after a negated action whose object's state
explains it (``OBJECT_REASONS``: too wide to cross).
"""

from __future__ import annotations

from model.language.containers import PLACE_REASONS, target, target_role
from model.language.grammar import NP, np_agr
from model.language.lexicon import Lexicon

OBJECT_REASONS = {"wide": ("cross",)}       # a state of the object that explains not doing the action to it
OBJECT_REASON_SHARE = 0.6                   # of because-clauses after such an action, how many say the object's state


def refers_to_object(lex: Lexicon, pron: NP | None, subj_noun, obj: NP | None, obj_noun, pred: str | None,
                     verb: str | None = None) -> bool:
    """Whether the pronoun subject ``pron`` of a clause with predicate ``pred`` (or, with none, verb ``verb``)
    refers to the previous clause's object ``obj`` rather than its subject (whose noun is ``subj_noun``): the
    predicate, or the action, fits only the object, a thing that agrees with the pronoun (he hit the ball and it
    flew: balls fly, people do not; v7f)."""
    if pron is None or pron.kind != "pron" or lex.pronouns[pron.head]["en"] is None or obj is None \
            or obj_noun is None or obj.kind != "noun" or (pred is None and verb not in lex.verbs):
        return False
    fits = lex.predicates[pred]["for"] if pred is not None else lex.verbs[verb].subj
    if subj_noun is not None and subj_noun.fills(fits):
        return False
    return obj_noun.fills(fits) and np_agr(lex, obj) == np_agr(lex, pron)


def object_coref(lin, lex: Lexicon, sentence, i: int) -> int | None:
    """The English index of the previous clause's object noun where clause ``i``'s pronoun subject refers to it
    (its ``ante`` is that noun), else None (``lin`` is the linearizer, which has written both clauses)."""
    subj, prev = sentence.clauses[i].subj, sentence.clauses[i - 1]
    role = target_role(prev, lambda np: lex.nouns.get(np.head) if np.kind == "noun" else None) or "obj"
    prev_obj = getattr(prev, role)                      # the object, or the suitcase something fits in (v6d)
    if subj is None or subj.kind != "pron" or subj.ante is None or lex.pronouns[subj.head]["en"] is None \
            or prev_obj is None or prev_obj.head != subj.ante:
        return None
    ta = lin.where.get(("cl", i - 1, role, "head"))
    word = lex.nouns[prev_obj.head].en if prev_obj.number == "sg" else lex.nouns[prev_obj.head].en_pl
    return next((j for j, (w, a) in enumerate(zip(lin.tgt, lin.align)) if a == [ta] and w == word), None)


def object_reasons(lex: Lexicon, prev: dict, noun_of) -> list[str]:
    """The states of ``prev``'s object (a generator clause dict, ``noun_of`` its noun lookup) that explain why its
    negatable action was not done: the street was too wide to cross."""
    obj = target(prev, noun_of)                         # the object, or the suitcase (model.language.containers)
    if prev["verb"] == "be" or prev["tense"] != "past" or obj is None or obj.get("rc") or obj["kind"] != "noun":
        return []
    subj_noun, obj_noun = noun_of(prev["subj"]), noun_of(obj)
    return [s for s, verbs in (OBJECT_REASONS | PLACE_REASONS).items() if prev["verb"] in verbs and s in lex.predicates
            and obj_noun.fills(lex.predicates[s]["for"]) and not subj_noun.fills(lex.predicates[s]["for"])]


def object_pronoun(lex: Lexicon, obj: dict, noun) -> dict:
    """The generator's pronoun dict (அது, it) for the previous clause's object ``obj`` (whose noun is ``noun``)."""
    agr = noun.agr(obj["number"])
    return {"head": lex.pronoun_by_agr[agr]["key"], "kind": "pron", "number": "sg", "det": None, "adjs": [],
            "rc": None, "noun": noun, "ante": noun.key, "_object_ref": True}


def english_object_reference(lex: Lexicon, subj, prev, prev_obj, pred: str | None, verb: str | None = None):
    """The English parser's reading of a pronoun subject ``subj`` (a ``Phrase`` with its possible keys) as the
    previous clause's object ``prev_obj`` (``prev`` its subject; Phrases or None), or None when it does not
    refer to the object."""
    from dataclasses import replace

    if subj.pron is None or prev_obj is None or prev_obj.np.kind != "noun":
        return None
    for key in subj.pron:
        np = NP(head=key, kind="pron")
        if refers_to_object(lex, np, prev.noun if prev is not None else None, prev_obj.np, prev_obj.noun, pred, verb):
            return replace(subj, np=NP(head=key, kind="pron", ante=prev_obj.np.head), noun=prev_obj.noun, pron=None)
    return None
