"""Loanwords and light verbs of language v5b, which both parsers and the generator share.

* **Games and films**: கிரிக்கெட் *cricket* (class ``game``, typed "cricket") is played, bare like a mass noun
  (தம்பி கிரிக்கெட் விளையாடுகிறான் → *my younger brother is playing cricket*); திரைப்படம் *movie* (class ``show``,
  typed "movie") is seen and is good or not (இந்தத் திரைப்படம் நன்றாக இருக்கிறது → *this movie is good*).
* A verb whose object may be left out (lexicon ``obj_optional``) with an ``obj_rate`` is drawn with its object
  only that often (விளையாடு, play, mostly without a game).
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from model.language.lexicon import load_lexicon


@lru_cache(maxsize=1)
def _obj_rates() -> dict[str, float]:
    return {v["key"]: v["obj_rate"] for v in load_lexicon().data["verbs"] if "obj_rate" in v}


def takes_object(rng, verb_key: str) -> bool:
    """Whether the generator gives this verb its object: always, unless the lexicon gives an ``obj_rate``
    (then that often; the draw is made only for such a verb, so other sentences come out as before)."""
    rate = _obj_rates().get(verb_key)
    return rate is None or rng.random() < rate


BARE_CLASSES = ("language", "game")     # nouns that take no determiner: தமிழ் (tamil), கிரிக்கெட் (cricket)


KIND_RATE = 0.5                 # how often the generator's asked-after noun says its kind (mobile number)


def kind_only(lex, adjs) -> bool:
    """Whether the adjectives ``adjs`` only say which kind of thing (lexicon 'kind': மொபைல் நம்பர், mobile
    number), which a verbless question may keep (உன் மொபைல் நம்பர் என்ன ? what is your mobile number ?)."""
    return all(lex.adjectives[a].get("kind") for a in adjs)


def draw_kind(rng, lex, np):
    """Now and then an asked-after noun (a frozen NP) with the word that says its kind (நம்பர் → மொபைல் நம்பர்)."""
    noun = lex.nouns[np.head] if np.kind == "noun" else None
    kinds = [k for k, a in lex.adjectives.items() if a.get("kind") and noun is not None and noun.fills(a["for"])]
    if kinds and rng.random() < KIND_RATE:
        np = replace(np, adjs=(rng.choice(kinds),))
    if noun is not None and "the_bare" in noun.tags and rng.random() < KIND_RATE:
        np = replace(np, det=None)                      # வைஃபை பாஸ்வேர்ட் என்ன ? what is the wifi password ?
    return np


MOTION_GOALS = ("go", "come", "return")        # verbs before which spoken Tamil drops a place's dative
GOING = ("VFIN", "VINF", "VIMP", "VQ")          # their forms that may follow the place


def restore_goal(tokens: list[str], unknown: list[int], notes: list[str]) -> None:
    """Spoken Tamil drops the dative of a bare place right before a verb of going or coming (நான் office போக
    மாட்டேன், i will not go to the office): read the place in the dative, in place, with a note."""
    from model.language.forms import analyses, base_spelling

    lex, table = load_lexicon(), analyses()
    for j in range(1, len(tokens) - 1):
        if j in unknown or j + 1 in unknown:
            continue
        here = table.get(base_spelling(tokens[j]), ())
        place = next((a for a in here if a.cat == "N" and a.feats == ("noun", "nom", "sg")
                      and lex.nouns[a.key].cls == "place"), None)
        before = {a.cat for a in table.get(base_spelling(tokens[j - 1]), ())}
        going = any(a.cat in GOING and a.key in MOTION_GOALS
                    for a in table.get(base_spelling(tokens[j + 1]), ()))
        if place is not None and going and not before & {"DET", "NUM", "ADJ"}:
            dative = lex.nouns[place.key].ta_form("dat")
            notes.append(f"read '{tokens[j]}' as '{dative}' (spoken Tamil drops the dative -க்கு before a verb of going)")
            tokens[j] = dative
