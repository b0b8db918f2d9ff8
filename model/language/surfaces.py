"""Sitting on a surface (language v6a): அந்தப் பூனை அந்தப் பாயில் உட்கார்ந்தது . → *the cat sat on the mat .*

A surface (பாய், *mat*: a place noun tagged ``surface`` with the English preposition ``on``, ``loc_prep``) is where
one sits or sleeps: Tamil says it with the locative -இல் like any place (பாயில்), English with *on* (*on the mat*;
the English parser reads *on* as a locative preposition beside *in* and *at*, and says which one a place takes).
Nobody goes to or comes from a surface: the generator draws surfaces only where a verb lists them (``where``), and
the rule book notes a trip to or from one (``on_surface``).
"""

from __future__ import annotations

from model.language.grammar import Clause
from model.language.lexicon import Lexicon

SURFACE = "surface"


def on_surface(lex: Lexicon, cl: Clause) -> tuple[str, str] | None:
    """(role, why) when a clause goes to or comes from a surface (*went to the mat*), else None."""
    for role in ("goal", "source"):
        np = getattr(cl, role)
        if np is not None and np.kind == "noun" and SURFACE in lex.nouns[np.head].tags:
            return role, f"one sits or sleeps on '{lex.nouns[np.head].en}'; one does not go " \
                f"{'to' if role == 'goal' else 'from'} it"
    return None
