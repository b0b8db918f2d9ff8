"""Names the lexicon does not hold: synthetic person names for training, and reading a name back.

A learner types the names of their own family and town; no lexicon holds them all. The translator
learns to *carry a name across by attending to it* (Luong et al. 2015, "Addressing the rare word
problem"): part of the training sentences use synthetic names built from Tamil syllables, and their
English side writes the placeholder ``NAME`` where the name goes. At translation time each ``NAME``
is replaced by the English spelling of the source word the decoder attended to most while writing it
(``copy_names``): the attention *is* the pointer.

Synthetic names are split once, by a hash of the name: the held-out names never occur in training,
so a test with them measures names the model has never seen.
"""

from __future__ import annotations

import copy
import hashlib
import random
import re
from functools import lru_cache

from model.language.inflection import CASES
from model.language.lexicon import Lexicon, _noun, load_lexicon
from model.language.script import romanize
from model.language.variants import strip_junction

NAME = "<name>"                      # the English placeholder a translator writes for a name it copies
FIRST = ("கு", "மு", "செ", "சு", "பா", "நி", "வே", "தா", "மா", "க", "சி", "பொ", "அ", "இ", "ஆ", "ஜெ", "ரா", "மீ", "ஷ")
MIDDLE = ("ரு", "ம", "ல்", "வ", "ன", "தி", "கா", "ணி", "ஜ", "ரா", "லா", "நா", "சே", "ர", "ந்த", "ங்க", "ழ", "ரே")
MALE = ("கன்", "வன்", "சன்", "ரன்", "தன்", "மன்", "ணன்", "ர்", "ல்")
FEMALE = ("தா", "னா", "யா", "லா", "ரா", "வி", "தி", "னி", "ணி", "கா")
HELD_OUT = 20                        # per cent of synthetic names never used in training


def english_name(tamil: str) -> str:
    """A name's English spelling: the project's romanization, with vowel length not written
    (குமார் → kumar, செல்வி → selvi), as names are usually spelled in English."""
    return re.sub(r"(aa|ii|uu|ee|oo)", lambda m: m.group(0)[0], romanize(tamil))


def split_of_name(tamil: str) -> str:
    return "test" if int(hashlib.sha1(tamil.encode("utf-8")).hexdigest()[:8], 16) % 100 < HELD_OUT else "train"


@lru_cache(maxsize=2)
def synthetic_names(split: str) -> tuple[tuple[str, str], ...]:
    """Every (Tamil, gender) synthetic name of ``split`` ("train" or "test"), none a lexicon word."""
    lex = load_lexicon()
    taken = {n.ta for n in (*lex.names.values(), *lex.nouns.values())}
    out = []
    for first in FIRST:
        for middle in MIDDLE:
            for end, gender in [*((e, "m") for e in MALE), *((e, "f") for e in FEMALE)]:
                name = first + middle + end
                if re.search("்.்$", name):                      # பால்ல்: no word ends in two bare consonants
                    continue
                if name not in taken and split_of_name(name) == split:
                    out.append((name, gender))
    return tuple(out)


def lexicon_with_names(names: list[tuple[str, str]], placeholder: bool = True) -> Lexicon:
    """The lexicon with its person names replaced by ``names``; their English is ``NAME`` (training)
    or their spelling (evaluation). Place names stay."""
    lex = load_lexicon()
    data = copy.deepcopy(lex.data)
    places = [n for n in data["names"] if n.get("class") == "place"]
    data["names"] = places + [{"key": f"syn_{i}", "ta": ta, "en": NAME if placeholder else english_name(ta),
                               "gender": g} for i, (ta, g) in enumerate(names)]
    return Lexicon(data)


def sample_name_lexicons(split: str, count: int, size: int, seed: int, placeholder: bool = True) -> list[Lexicon]:
    """``count`` lexicons, each with ``size`` synthetic names of ``split`` drawn at random."""
    rng = random.Random(seed)
    pool = list(synthetic_names(split))
    return [lexicon_with_names(rng.sample(pool, min(size, len(pool))), placeholder) for _ in range(count)]


def name_stem(word: str) -> str | None:
    """The name a Tamil word is a case form of (குமரேசனுக்கு → குமரேசன்): the shortest stem with a case
    form that is the word; ``None`` when no case form fits (the word is then its own nominative)."""
    word = strip_junction(word)                                   # சென்னைக்குச் → சென்னைக்கு
    for k in range(1, len(word)):
        for stem in (word[:k], word[:k] + "்"):
            noun = _noun({"key": "x", "ta": stem, "en": "x", "class": "person", "gender": "m"})
            if any(noun.ta_form(case) == word for case in CASES[1:]):
                return stem
    return None


def name_english(word: str) -> str:
    """The English a copied source word is written as: a lexicon name's own spelling, else the
    spelling of its stem (or of the word itself)."""
    lex = load_lexicon()
    stem = name_stem(word) or word
    known = {n.ta: n.en for n in lex.names.values()}
    return known.get(stem) or english_name(stem)


def copy_names(tgt: list[str], attention: list[list[float]] | None, src: list[str],
               candidates: list[int]) -> tuple[list[str], dict[int, int]]:
    """Replace each ``NAME`` a translator wrote by the English of a source word: the word its attention
    weighs most at that step, or — for a model without attention, which has nothing to point with —
    the next of ``candidates`` (source positions outside the language) in order. Returns the new
    words and ``{output position: source position}`` for each copy."""
    out, copied = list(tgt), {}
    free = list(candidates)
    for i, word in enumerate(tgt):
        if word != NAME:
            continue
        if attention is not None and i < len(attention) and len(attention[i]):
            row = attention[i]
            j = max(range(len(row)), key=row.__getitem__)
        elif free:
            j = free.pop(0)
        else:
            continue
        out[i], copied[i] = name_english(src[j]), j
    return out, copied
