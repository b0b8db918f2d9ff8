"""Greetings (language v4d): a sentence may open with வணக்கம் and a comma, *hello ,* in English —
வணக்கம் , நீங்கள் எப்படி இருக்கிறீர்கள் ? *hello , how are you ?*. The greeting is a discourse word of the
sentence's main clause (its comma punctuation of it); the lexicon's 'greetings' list holds the words.
"""

from __future__ import annotations

GREET_RATE = 0.03               # the generator's one-clause statements and questions opened with a greeting
GREET_KEY = "hello"


def greet_paths() -> tuple[tuple, tuple]:
    """The tree paths of the greeting word and its comma (one per sentence)."""
    return ("greet",), ("greet", "comma")


def ta_greeting(lin, lex, key: str) -> None:
    """The Tamil greeting and its comma at the start of the sentence."""
    word_path, comma_path = greet_paths()
    lin.ta(lex.greetings[key]["ta"], word_path)
    lin.ta(",", comma_path)


def en_greeting(lin, lex, key: str) -> tuple[int, int]:
    """The English greeting and its comma; their indices (attached to the root once it is known)."""
    word_path, comma_path = greet_paths()
    return lin.en(lex.greetings[key]["en"], word_path), lin.en(",", comma_path)


def draw_greeting(rng, mood: str, clauses: int) -> str | None:
    """Now and then a greeting before a one-clause statement or question (None otherwise)."""
    if mood in ("decl", "question") and clauses == 1 and rng.random() < GREET_RATE:
        return GREET_KEY
    return None
