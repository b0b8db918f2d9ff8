"""Language v5a: there is, there is no, is there, and having an event, shared by both parsers and the generator.

A thing that is held on a day (lexicon tag 'held': a meeting, an exam, a class, school, college) with இரு and
no predicate says that there is one: இன்று மீட்டிங் இருக்கிறதா ? → *is there a meeting today ?*, இன்று கல்லூரி
இல்லை → *there is no college today*, நேற்று தேர்வு இருந்தது → *there was an exam yesterday*. A person in the
dative before it has one: நாளை எனக்குத் தேர்வு இருக்கிறது → *i have an exam tomorrow* (Tamil's present says
what is planned, so a later day fits it too). English *there* and *is* align to the Tamil verb, *no* to இல்லை;
school and college (places) take no article (*is there school today ?*) and are not had.

Tamil order: the time phrase, the owner, the thing, the verb (நாளை எனக்குத் தேர்வு இருக்கிறது).
"""

from __future__ import annotations

import hashlib
import random

from model.language.grammar import NP, Clause, Sentence
from model.language.lexicon import Lexicon

EXIST_RATE, EXIST_MAX = 0.03, 6             # short statements and questions the generator tells as existence
OWNERS = ("i", "you", "you_sg", "we", "he", "they")        # pronouns with a dative form
PRES_TIMES = ("today", "tomorrow", "tomorrow_morning", "tomorrow_evening", "next_week")
PAST_TIMES = ("yesterday", "last_week", "yesterday_evening", "last_night")


def held(lex: Lexicon, key: str) -> bool:
    """A noun that there can be on a day (a meeting, an exam, school)."""
    noun = lex.nouns.get(key)
    return noun is not None and lex.data["existence"]["tag"] in noun.tags


def bare_thing(lex: Lexicon, key: str) -> bool:
    """School and college (places) are said without an article: there is no school today."""
    return lex.nouns[key].cls == "place"


def exist_problem(lex: Lexicon, thing: NP, owner: NP | None, time: str | None, tense: str, mood: str) -> str | None:
    """Why ``thing`` (with ``owner`` in the dative) cannot be said to be there (None when it can)."""
    noun = lex.nouns.get(thing.head) if thing.kind == "noun" else None
    if noun is None or not held(lex, thing.head):
        return "இரு with no predicate says there is something held on a day (மீட்டிங், தேர்வு, வகுப்பு, பள்ளி)"
    if thing.det is not None or thing.adjs or thing.number != "sg" or thing.rc is not None:
        return f"there is {noun.en}: say the plain word ({noun.ta} இருக்கிறது), with no determiner or adjective"
    if mood not in ("decl", "question"):
        return "there is … is said in a statement or a yes/no question"
    if owner is not None:
        if bare_thing(lex, thing.head):
            return f"{noun.ta} is not had by someone; say there is {noun.en} (இன்று {noun.ta} இருக்கிறது)"
        if not (owner.kind == "name" or owner.kind == "pron" and owner.head in OWNERS):
            return "who has it stands in the dative: எனக்கு, உனக்கு, அவனுக்கு, ரவிக்கு …"
    if tense not in ("pres", "past"):
        return "there is … is said in the present (also of a later day) or the past"
    if time is not None and time not in (PRES_TIMES if tense == "pres" else PAST_TIMES):
        return f"'{' '.join(lex.times[time]['en'])}' does not fit the {'present' if tense == 'pres' else 'past'} here"
    return None


def draw_existence(seed: int, lex: Lexicon, names: list, mood: str) -> Clause:
    """An existence clause for the generator, drawn from its own stream (``seed``), so that the generator's
    random stream is unchanged."""
    rng = random.Random(seed)
    thing = rng.choice(sorted(k for k in lex.nouns if held(lex, k)))
    owner = None
    if not bare_thing(lex, thing) and rng.random() < 0.5:
        people = [p for p in OWNERS if not (mood == "question" and p in ("i", "we"))]
        owner = NP(rng.choice(names).key, "name") if rng.random() < 0.15 else NP(rng.choice(people), "pron")
    tense = "past" if rng.random() < 0.25 else "pres"
    times = PRES_TIMES if tense == "pres" else PAST_TIMES
    time = rng.choice(times) if rng.random() < 0.8 else None
    neg = mood == "decl" and rng.random() < 0.35
    return Clause("be", tense, subj=NP(thing), iobj=owner, time=time, neg=neg, exist=True)


def maybe_existence(lex: Lexicon, names: list, tree: Sentence, target: int) -> Sentence:
    """Now and then a short statement or question becomes one of existence (இன்று மீட்டிங் இருக்கிறதா ?); the draw
    is a hash of the tree, so the generator's random stream, and every other sentence, is unchanged."""
    if tree.mood not in ("decl", "question") or target > EXIST_MAX or tree.intj is not None:
        return tree
    seed = int(hashlib.sha256(("exist" + repr(tree)).encode()).hexdigest()[:12], 16)
    if seed % 10_000 >= EXIST_RATE * 10_000:
        return tree
    return Sentence(tree.mood, (draw_existence(seed, lex, names, tree.mood),))
