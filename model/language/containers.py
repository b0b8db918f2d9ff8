"""Language v6d: a thing that holds another as the place of *fit*, and the second Winograd pair; the task one
helps with (என் வீட்டுப்பாடத்தில் எனக்கு உதவ முடியுமா ? → *can you help me with my homework ?*: tag ``task``, the
locative, English *with*, lexicon ``loc_prep``).

அந்தப் பரிசுக்கோப்பை அந்தப் பயணப்பெட்டியில் பொருந்தவில்லை , ஏனென்றால் அது அளவுக்கு அதிகமாகப் பெரியதாக இருந்தது .
→ *the trophy did not fit in the suitcase because it was too big .* (it → trophy), and with சிறியதாக *small*
(it → suitcase). A noun tagged ``holds`` (the suitcase) may stand in the locative as the place of a verb that
lists it in ``where`` (பொருந்து *fit*), though it is a thing, not a place; English says *in* before it.

The pronoun goes on about the previous clause's subject where what is said of it fits the subject (too big: the
trophy, tag ``fits_in``); where it fits only the container (too small, tag ``holds``) it refers to the
container, as *it* → *street* does in *… because it was too wide* (``model.language.reference``, which this
module widens from the object to such a place: ``PLACE_REASONS``).
"""

from __future__ import annotations

from model.language.draws import hash_draw
from model.language.rides import is_ride, ride_place_problem

HOLDS = "holds"                                  # a thing that something fits in (a suitcase)
TASK = "task"                                    # a task one helps with (homework): its locative, English 'with'
TASK_VERBS = ("help",)
TASK_RATE = 0.1                                  # of the generator's helping clauses that say with what
PLACE_REASONS = {"small": ("fit",)}              # a state of the container that explains not fitting in it


def holds(noun) -> bool:
    """Whether ``noun`` (a lexicon Noun or None) is a thing something else fits in (the suitcase)."""
    return noun is not None and HOLDS in noun.tags


def is_task(noun) -> bool:
    """Whether ``noun`` is a task one helps with (homework: என் வீட்டுப்பாடத்தில் உதவு, help with my homework)."""
    return noun is not None and TASK in noun.tags


def is_place_role(noun, role: str) -> bool:
    """Whether ``noun`` may fill place-like ``role``: a place anywhere; a container, a task one helps with, furniture
    a thing is kept on or in (model.language.located), or a ride (a taxi, v7g), as the place (loc) only."""
    return noun is not None and (noun.cls == "place" or (role == "loc" and (holds(noun) or is_task(noun)
                                                                            or "keeps" in noun.tags   # v7a: a table
                                                                            or is_ride(noun))))       # a taxi (v7g)


def thing_place_problem(verb_key: str, noun) -> str | None:
    """Why a thing cannot be the place (loc) of verb ``verb_key`` (None when it can, or is no such thing)."""
    if ride_place_problem(verb_key, noun):               # we took a taxi (v7g rides)
        return ride_place_problem(verb_key, noun)
    if holds(noun) and verb_key not in NEEDS_PLACE:
        return f"a {noun.en} is what a thing fits in (the trophy did not fit in the {noun.en})"
    if is_task(noun) and verb_key not in TASK_VERBS:
        return f"'{noun.en}' is what one helps with (can you help me with my {noun.en} ?)"
    return None


NEEDS_PLACE = ("fit",)                           # a verb said only with what it fits in


def target_role(cl, noun_of) -> str | None:
    """The role of clause ``cl`` a later pronoun may refer to instead of its subject: its object, or where it has
    none the container it is in (``noun_of`` maps an NP, or a generator dict, to its lexicon Noun)."""
    obj, loc = _get(cl, "obj"), _get(cl, "loc")
    if obj is not None:
        return "obj"
    return "loc" if loc is not None and _get(cl, "verb") in NEEDS_PLACE and holds(noun_of(loc)) else None


def target(cl, noun_of):
    """The phrase of ``cl`` in ``target_role`` (None where there is none)."""
    role = target_role(cl, noun_of)
    return None if role is None else _get(cl, role)


def place_problem(cl) -> str | None:
    """Why a clause of a verb that needs a place lacks one (the trophy fit … in what?), or None."""
    if _get(cl, "verb") in NEEDS_PLACE and _get(cl, "loc") is None:
        return f"'{_get(cl, 'verb')}' says what a thing fits in (the trophy did not fit in the suitcase)"
    return None


def task_np(lex, seed: str, dets: tuple[str, ...]) -> dict | None:
    """Now and then (``TASK_RATE``) the generator's task a helping clause is about (with my homework), drawn from a
    hash of ``seed`` (the clause so far), so that the generator's random stream is unchanged; else None."""
    draw = hash_draw("task" + seed)
    tasks = sorted(k for k, n in lex.nouns.items() if TASK in n.tags)
    if draw >= TASK_RATE or not tasks:
        return None
    share = draw / TASK_RATE
    noun = lex.nouns[tasks[int(share * len(tasks))]]
    return {"head": noun.key, "kind": "noun", "number": "sg", "det": dets[int(share * 997) % len(dets)], "adjs": [],
            "rc": None, "noun": noun}


def _get(cl, key):
    return cl.get(key) if isinstance(cl, dict) else getattr(cl, key)


def one_container(np: dict) -> dict:
    """The generator's container phrase made one thing (in the suitcase, not in four suitcases)."""
    if np["number"] == "sg":
        return np
    return {**np, "number": "sg", "det": "the" if np["det"] not in ("the", "this") else np["det"]}
