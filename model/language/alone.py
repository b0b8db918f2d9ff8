"""Language v6d: a word of thanks, apology or greeting said alone, as a whole sentence, in both parsers.
மிக்க நன்றி . → *thank you very much .* (*thank* and *you* ← நன்றி, *very* and *much* ← மிக்க);
நன்றி . → *thank you .*; மன்னிக்கவும் . → *sorry .*; வணக்கம் . → *hello .*

Such a sentence has no clause: its tree is a ``Sentence`` with no clauses and ``intj`` the lexicon key of an
``alone`` entry, whose Tamil and English words, alignment and English relations (``rels``, root ``root``) the
lexicon gives; the final mark is a ``punct`` of the root. The generator does not draw these trees (every drawn
tree has a clause, which the tools that read drawn trees rely on).
"""

from __future__ import annotations

from functools import lru_cache

from model.language.lexicon import load_lexicon

ALONE_MAX = 3                   # Tamil tokens of the longest word said alone, its final mark included


@lru_cache(maxsize=1)
def alone_entries() -> dict[str, dict]:
    """Lexicon key → entry of the words said alone (ta, en, align, rels, root)."""
    return {e["key"]: e for e in load_lexicon().data.get("alone", ())}


def is_alone(sentence) -> bool:
    """Whether ``sentence`` is a word said alone (no clause)."""
    return not sentence.clauses and sentence.intj in alone_entries()


def alone_sentence(key: str):
    from model.language.grammar import Sentence

    return Sentence(mood="decl", clauses=(), intj=key)


def read_alone(tokens: list[str]):
    """The tree of Tamil ``tokens`` (standard spelling) that say a word alone, or None."""
    for key, e in alone_entries().items():
        if tokens == e["ta"] + ["."]:
            return alone_sentence(key)
    return None


def english_alone(tokens: list[str]) -> str | None:
    """The key of the word said alone in English ``tokens`` (with or without the final '.'), or None."""
    body = tokens[:-1] if tokens and tokens[-1] in ".?!" else tokens
    return next((k for k, e in alone_entries().items() if body == e["en"]), None)


def alone_pair(sentence):
    """The linearized pair of a word said alone."""
    from model.language.forms import roman
    from model.language.grammar import Pair

    e = alone_entries()[sentence.intj]
    src, tgt = e["ta"] + ["."], e["en"] + ["."]
    rels = [list(r) for r in e["rels"]] + [[len(tgt) - 1, e["root"], "punct"]]
    return Pair(src=src, roman=[roman(w) if w != "." else "." for w in src], tgt=tgt,
                align=[list(a) for a in e["align"]] + [[len(src) - 1]], relations=rels, root=e["root"])
