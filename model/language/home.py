"""Home (language v4d): a bare வீடு is one's home, as Tamil says it and English names it without "the".

நான் வீட்டுக்குப் போனேன் *i went home* (no "to"), அக்கா வீட்டில் இருக்கிறாள் *elder sister is at home*, அவன்
வீட்டிலிருந்து வந்தான் *he came from home*. With a determiner, an adjective or a relative clause the noun is a
house again (அந்த வீட்டில் *in the house*). The lexicon marks such a noun with 'en_bare' (its English word).
"""

from __future__ import annotations

from model.language.lexicon import Lexicon


def is_home(lex: Lexicon, np) -> bool:
    """True when ``np`` is a bare singular noun that English names with its 'en_bare' word (வீடு → home)."""
    if np is None or np.kind != "noun" or np.det is not None or np.adjs or np.rc is not None or np.number != "sg":
        return False
    return lex.nouns[np.head].en_bare is not None


def home_prep(role: str) -> str | None:
    """The English preposition before "home" in a role: went home, at home, from home."""
    return {"goal": None, "loc": "at", "source": "from"}[role]


def home_word_problem(lex: Lexicon, word: str, noun, has_det: bool, has_adj: bool) -> str | None:
    """Why the English word ``word`` (a noun's 'en_bare', "home") cannot stand here (None when it can)."""
    if noun.en_bare != word:
        return None
    if has_det or has_adj:
        return f"'{word}' takes no determiner or adjective (write 'the {noun.en}')"
    return None
