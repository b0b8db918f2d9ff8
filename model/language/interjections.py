"""Interjections that open a sentence, set off by a comma (language v4b): மன்னிக்கவும் , நான் தாமதமாக வந்தேன் .
"sorry , i came late ."; நன்றி , … "thank you , …". Typed in Latin letters too (sorry, nandri, thank you).

The interjection is the sentence's ``intj`` (a lexicon key of ``interjections``); ``with_interjection`` puts it
in front of a linearized pair: the Tamil word and the comma first, the English word(s) aligned to it, the
first English word a ``discourse`` dependent of the sentence's root, any other an ``obj`` of the first
("you" of "thank you"), the comma ``punct``.
"""

from __future__ import annotations

from functools import lru_cache

from model.language.lexicon import load_lexicon

INTJ_RATE, INTJ_MAX = 0.03, 12      # short statements and questions the generator opens with an interjection


@lru_cache(maxsize=1)
def interjections() -> dict[str, dict]:
    """Lexicon key → entry (ta, en words, typed spellings)."""
    return {e["key"]: e for e in load_lexicon().data.get("interjections", ())}


def english_interjection(tokens: list[str]) -> tuple[str | None, int]:
    """The interjection that opens English ``tokens`` followed by a comma (its key and how many tokens it and
    its comma take), or ``(None, 0)``."""
    for key, entry in interjections().items():
        n = len(entry["en"])
        if tokens[:n] == entry["en"] and tokens[n:n + 1] == [","] and len(tokens) > n + 1:
            return key, n + 1
    return None, 0


def with_interjection(pair, key: str):
    """``pair`` (a ``Pair``) with the interjection ``key`` and its comma in front, alignment and relations shifted."""
    from model.language.forms import roman
    from model.language.grammar import Pair

    entry = interjections()[key]
    en = list(entry["en"])
    k = len(en) + 1                                  # English tokens put in front
    shift = [[s + 2 for s in links] for links in pair.align]
    rels = [[d + k, h + k, label] for d, h, label in pair.relations]
    root = pair.root + k
    head = [[0, root, "discourse"]] + [[i, 0, "obj"] for i in range(1, len(en))] + [[k - 1, root, "punct"]]
    return Pair(src=[entry["ta"], ","] + pair.src, roman=[roman(entry["ta"]), ","] + pair.roman,
                tgt=en + [","] + pair.tgt, align=[[0]] * len(en) + [[1]] + shift, relations=head + rels, root=root)
