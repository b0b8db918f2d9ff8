"""Turning user text into tokens: cleaning, splitting, script detection, unknown words.

Accepts Tamil script, the romanization of ``model.language.script`` or a mix, in any case and with any
whitespace; punctuation is split off. Zero-width and control characters are removed. Too long,
empty or word-less text raises ``InputError`` with a message meant for the user.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from model.errors import InputError
from model.language.forms import all_source_forms, english_vocabulary
from model.language.script import romanize

MAX_CHARS = 2000          # longer input is refused outright (the models handle ~60 words)
MAX_SUGGESTED = 12        # unknown words that get spelling suggestions (bounded time)
_PUNCT = re.compile(r"([.,?!;:\"'()\[\]{}<>«»“”‘’/\\|@#$%^&*+=~`…-])")


@dataclass
class Tokens:
    """Tokenized text: ``tokens`` in the model's spelling, ``raw`` as typed, and the
    positions of words outside the vocabulary with close suggestions."""

    tokens: list[str]
    raw: list[str]
    unknown: list[int] = field(default_factory=list)
    suggestions: dict[int, list[str]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    truncated: bool = False           # the text was cut to the models' longest input

    def describe_unknown(self, limit: int = 6) -> str:
        parts = []
        for i in self.unknown[:limit]:
            hint = self.suggestions.get(i)
            parts.append(f"'{shorten(self.raw[i])}'" + (f" (did you mean {', '.join(hint)}?)" if hint else ""))
        more = len(self.unknown) - limit
        tail = f"; and {more} more" if more > 0 else ""
        return "unknown word" + ("s " if len(self.unknown) > 1 else " ") + "; ".join(parts) + tail


def shorten(word: str, width: int = 24) -> str:
    """A word cut for messages: long junk must not flood the screen."""
    return word if len(word) <= width else word[: width - 1] + "…"


def clean(text: str) -> tuple[str, list[str]]:
    """NFC-normalise, drop zero-width/format and control characters; return (text, notes)."""
    if not isinstance(text, str):
        raise InputError("The input must be text.")
    if len(text) > MAX_CHARS:
        raise InputError(f"The text has {len(text):,} characters; the limit is {MAX_CHARS:,}. "
                         "Try a sentence of at most about 60 words.")
    text = unicodedata.normalize("NFC", text)
    notes, out = [], []
    dropped = 0
    for ch in text:
        cat = unicodedata.category(ch)
        if cat == "Cf" or (cat == "Cc" and ch not in "\t\n\r"):
            dropped += 1
            continue
        out.append(" " if ch in "\t\n\r" else ch)
    if dropped:
        notes.append(f"removed {dropped} invisible or control character{'s' * (dropped > 1)}")
    return "".join(out), notes


def split(text: str) -> list[str]:
    """Split on whitespace and around punctuation."""
    return [t for t in _PUNCT.sub(r" \1 ", text).split() if t]


def _require_words(raw: list[str]) -> None:
    if not raw:
        raise InputError("The text is empty: type a sentence.")
    if all(_PUNCT.fullmatch(t) for t in raw):
        raise InputError("The text has only punctuation: type a sentence with words.")


@lru_cache(maxsize=1)
def _roman_index() -> dict[str, str]:
    return {romanize(w): w for w in all_source_forms()}


def loose(word: str) -> str:
    """A forgiving key for romanized spelling: repeated letters collapse, oa→o, ae→e."""
    word = word.lower().replace("oa", "o").replace("ae", "e")
    return re.sub(r"(.)\1+", r"\1", word)


@lru_cache(maxsize=1)
def _loose_index() -> dict[str, str]:
    """Loose spelling -> Tamil word, only where the loose spelling is unambiguous."""
    seen: dict[str, set[str]] = {}
    for w in all_source_forms():
        seen.setdefault(loose(romanize(w)), set()).add(w)
    return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1}


def _suggest(word: str, pool: list[str]) -> list[str]:
    return difflib.get_close_matches(word, pool, n=3, cutoff=0.6)


def tokenize_source(text: str) -> Tokens:
    """Tokenize Mini-Tamil typed in Tamil script, romanized, or a mix of the two."""
    text, notes = clean(text)
    raw = split(text)
    _require_words(raw)
    forms, roman = all_source_forms(), _roman_index()
    tokens, unknown = [], []
    for i, word in enumerate(raw):
        if word in forms or word in ",.?":
            tokens.append(word)
        elif word.lower() in roman:
            tokens.append(roman[word.lower()])
        elif loose(word) in _loose_index():
            tokens.append(_loose_index()[loose(word)])
            notes.append(f"read '{word}' as '{romanize(tokens[-1])}'")
        else:
            tokens.append(word)
            unknown.append(i)
    result = Tokens(tokens=tokens, raw=raw, unknown=unknown, notes=notes)
    pool_ta, pool_ro = sorted(forms), sorted(roman)
    for i in unknown[:MAX_SUGGESTED]:
        word = raw[i]
        tamil = any(0x0B80 <= ord(c) < 0x0C00 for c in word)
        hits = _suggest(word, pool_ta) if tamil else _suggest(word.lower(), pool_ro)
        if hits:
            result.suggestions[i] = hits
    return result


def tokenize_english(text: str) -> Tokens:
    """Tokenize English for the self-attention encoder: lower case, punctuation split."""
    text, notes = clean(text)
    raw = split(text)
    _require_words(raw)
    vocab = english_vocabulary()
    tokens = [w.lower() for w in raw]
    unknown = [i for i, w in enumerate(tokens) if w not in vocab]
    result = Tokens(tokens=tokens, raw=raw, unknown=unknown, notes=notes)
    pool = sorted(vocab)
    for i in unknown[:MAX_SUGGESTED]:
        hits = _suggest(tokens[i], pool)
        if hits:
            result.suggestions[i] = hits
    return result
