"""Spoken Tamil and Tanglish read as the grammar's written words (language v4b), each with a note.

Three readings, each tried only for a word the tokenizer does not otherwise know:

* **Spoken verb endings** (lexicon ``spoken_endings``): a spoken ending, matched on the word's romanization
  (so Tamil script and Latin letters are one rule), is replaced by the written one; the result must be a word
  of the language, spelled exactly. பசிக்குது / pasikkudhu → பசிக்கிறது, இருக்காங்க → இருக்கிறார் (the
  honorific), போனாங்க → போனார் (→ the grammar's சென்றார்), வந்துச்சு → வந்தது, வந்துட்டேன் → வந்தேன்,
  தூங்கிக்கொண்டிருக்கிறான் → தூங்குகிறான் (the grammar's present already reads "is sleeping"), வீட்டுல → வீட்டில்.
* **A verb and its separate மாட்டேன்**: "vara maatten", "போக மாட்டேன்" are one word in writing (வரமாட்டேன்).
* **Tanglish adverbs**: an English adverb of the lexicon with the adverb ending -ஆ(க) (late-aa, lateஆ) →
  the lexicon's adverb (தாமதமாக).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from model.language.lexicon import load_lexicon
from model.language.script import has_tamil, romanize

Reader = Callable[[str], "str | None"]          # an exact romanized spelling → the Tamil word, or None

_ADVERB = re.compile(r"^([a-z]+)-?(?:aa|aaga|ah|ஆ|ஆக)$")


@lru_cache(maxsize=1)
def _endings() -> tuple[tuple[str, str, str, bool], ...]:
    """(spoken ending, written ending, what it is, whether a personal ending may follow), the longest first."""
    rules = [(e["said"], e["written"], e["note"], e.get("inside", False))
             for e in load_lexicon().data.get("spoken_endings", ())]
    return tuple(sorted(rules, key=lambda r: -len(r[0])))


def read_spoken_ending(word: str, read: Reader) -> tuple[str, str] | None:
    """The written word for a word with a spoken verb or case ending, and a note; ``None`` when no rule gives a
    word of the language (``read`` says which romanized spellings are words)."""
    typed = romanize(word) if has_tamil(word) else word.lower()
    for said, written, what, inside in _endings():
        at = typed.rfind(said) if inside else len(typed) - len(said) if typed.endswith(said) else -1
        if at > 1:
            tamil = read(typed[:at] + written + typed[at + len(said):])
            if tamil is not None:
                return tamil, f"read the spoken '{word}' as the written '{tamil}' ({what})"
    return None


MAATT = ("maatt", "matt", "மாட்ட")                  # a separately typed மாட்டேன், maatten, maattaan …
VENDAAM = ("vendaam", "vendam", "venaam", "venam", "வேண்டாம்", "வேணாம்")
JOIN_STARTS = MAATT + VENDAAM + ("you",)            # how a word that joins the word before it starts ("thank you")


def is_maatt(word: str) -> bool:
    """Whether ``word`` is a separately written negative future auxiliary (maatten, மாட்டேன், maattaan …)."""
    return word.lower().startswith(MAATT)


NEG_IMPERATIVE = "\u0bbeதீர்கள்"           # infinitive + ாதீர்கள்: போக → போகாதீர்கள் (please do not go)


def is_vendaam(word: str) -> bool:
    """Whether ``word`` is வேண்டாம் (do not), as written, spoken or typed."""
    return word.lower() in VENDAAM


@lru_cache(maxsize=1)
def _adverbs() -> dict[str, str]:
    return {a["en"]: a["ta"] for a in load_lexicon().data.get("adverbs", ())}


def read_loan_adverb(word: str) -> tuple[str, str] | None:
    """An English adverb typed with the Tamil adverb ending (late-aa → தாமதமாக) and a note, or ``None``."""
    m = _ADVERB.match(word.lower())
    tamil = _adverbs().get(m.group(1)) if m else None
    if tamil is None:
        return None
    return tamil, f"read '{word}' as '{tamil}' ({m.group(1)}, with the Tamil adverb ending)"


@lru_cache(maxsize=1)
def _interjections() -> dict[str, str]:
    """Typed spellings of the interjections (sorry, nandri, thank you) → the Tamil word."""
    return {r: e["ta"] for e in load_lexicon().data.get("interjections", ()) for r in e.get("roman", ())}


def read_interjection(word: str) -> tuple[str, str] | None:
    """An interjection typed in Latin letters (sorry → மன்னிக்கவும்) and a note, or ``None``."""
    tamil = _interjections().get(word.lower())
    return None if tamil is None else (tamil, f"read '{word}' as '{tamil}'")


def joins_interjection(first: str, second: str) -> bool:
    """Whether two typed words are one interjection ("thank you")."""
    return f"{first} {second}".lower() in _interjections()
