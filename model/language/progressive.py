"""The present progressive, written with கொண்டிரு, read as the grammar's present (language v4c).

தூங்கிக்கொண்டிருக்கிறான் (*is sleeping*) is the verbal participle (தூங்கி, சாப்பிட்டு, வந்து), the doubled க், and
கொண்டிருக்கிற் with the person ending. The grammar's present already says an action happening now (தூங்குகிறான்
→ *is sleeping*), so the progressive form is read as that present with a note, and the sentence keeps the grammar's
reference, gold links and relations. Stative verbs (know, like) have no progressive.
"""

from __future__ import annotations

from functools import lru_cache

from model.language.inflection import ENDINGS, join
from model.language.lexicon import Verb, load_lexicon
from model.language.script import PULLI

KONDIRU = "க்கொண்டிருக்கிற்"


def verbal_participle(verb: Verb) -> str | None:
    """The -இ/-உ participle from the past stem (தூங்கின் → தூங்கி, சாப்பிட்ட் → சாப்பிட்டு), or None."""
    past = verb.past
    if past.endswith("ின்"):
        return past[:-2]
    if past.endswith(PULLI) and past[-2] in "டதற":
        return past[:-1] + "\u0bc1"
    return None


def progressive(verb: Verb, agr: str) -> str | None:
    """The progressive form for ``agr`` (தூங்கிக்கொண்டிருக்கிறான்), or None."""
    stem = verbal_participle(verb)
    if stem is None:
        return None
    if stem.endswith(("ந்து", "ன்று", "ண்டு")):           # வந்துகொண்டிருக்கிறான்: no doubling after a nasal
        stem += KONDIRU[2:-len("கிற்")]
    else:                                              # தூங்கிக்கொண்டிருக்கிறான், சாப்பிட்டுக்கொண்டிருக்கிறான்
        stem += KONDIRU[:-len("கிற்")]
    if agr == "pl_n":
        return stem + "கின்றன"
    return join(stem + "கிற்", ENDINGS[agr])


@lru_cache(maxsize=1)
def progressive_forms() -> dict[str, str]:
    """Every progressive statement and yes/no question form → the grammar's present form."""
    out: dict[str, str] = {}
    lex = load_lexicon()
    for verb in lex.verbs.values():
        if verb.stative or "pres" not in verb.tenses or verb.key == lex.music_verb:   # a skill (v8a)
            continue
        for agr in ENDINGS:
            form = progressive(verb, agr)
            if form is None:
                continue
            out[form] = verb.finite("pres", agr)
            out[join(form, "ஆ")] = verb.question("pres", agr)
    return out
