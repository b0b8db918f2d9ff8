"""Putting (language v7e): வை is *put* where the sentence says or asks where, *keep* otherwise.

English *put* needs a place (put the key in the bag, where did you put my glasses ?; not \\*he put the key), and
*keep* without one says what வை says there (he kept the key). So the verb keeps its lexicon key and English
(keep, keeps, kept, keeping), and the lexicon's ``en_placed`` and ``en_ing_placed`` give its English in a clause
with a place (``loc``) or the question word எங்கே (where): நீங்கள் எங்கே என் மூக்குக்கண்ணாடியை வைத்தீர்கள் ? ↔
*where did you put my glasses ?*. The English parser reads *put* as the same verb, and its round trip refuses
*put* with no place (the grammar says *kept*) and *keep* with one (the grammar says *put*).
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from model.language.lexicon import Lexicon, Verb

FORMS = ("base", "3sg", "past")


@lru_cache(maxsize=4)
def _placed(lex: Lexicon) -> dict[str, dict]:
    return {v["key"]: v for v in lex.data["verbs"] if "en_placed" in v}


def is_placed(cl) -> bool:
    """Whether the clause says (in, at …) or asks (where) the place."""
    return cl.loc is not None or cl.wh == "where"


def english_verb(lex: Lexicon, cl, verb: Verb) -> Verb:
    """The verb with the English its clause calls for: put with a place, keep without."""
    entry = _placed(lex).get(verb.key)
    if entry is None or not is_placed(cl):
        return verb
    return replace(verb, en=tuple(entry["en_placed"]), en_ing=entry["en_ing_placed"])


def placed_words(lex: Lexicon) -> list[tuple[str, str, str]]:
    """(word, verb key, form) of every verb's English with a place: put/base, puts/3sg, put/past, putting/ing."""
    out = []
    for key, entry in _placed(lex).items():
        out += [(w, key, form) for w, form in zip(entry["en_placed"], FORMS)]
        out.append((entry["en_ing_placed"], key, "ing"))
    return out
