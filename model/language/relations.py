"""Words of the English side that only a grammatical relation can recover, and what it recovers.

A masked-word objective (``model.training.encoder``) and its evaluation (``model.evaluation.masked``)
share these definitions: a number-marked verb needs its subject (``agr``), a pronoun its antecedent
(``coref``; the pronoun itself — a repeated antecedent, English's rendering of அவர், is a content word), a
relative pronoun its head noun (``relpron``), a number-marking determiner its noun
(``det``). For agreement and determiners the relation fixes the *number* (tense and definiteness are
free); for pronouns and relative pronouns it fixes the word.
"""

from __future__ import annotations

from functools import lru_cache

from model.language.lexicon import load_lexicon

CATEGORIES = ("agr", "coref", "relpron", "det")
PRONOUNS = frozenset({"he", "she", "it", "they"})


@lru_cache(maxsize=1)
def number_forms() -> dict[str, str]:
    """English words whose form shows number: singular or plural (verbs, be, do, determiners)."""
    out = {w: "sg" for w in ("is", "was", "does", "a", "an", "this")}
    out.update({w: "pl" for w in ("are", "were", "do", "these")})
    for v in load_lexicon().verbs.values():
        out.setdefault(v.en[1], "sg")
        out.setdefault(v.en[0], "pl")
    return out


def relation_correct(gold: str, guess: str, cat: str, forms: dict[str, str]) -> bool:
    """Whether a guess for a masked word recovers what its relation determines: the number for
    agreement and determiners (tense and definiteness are not recoverable), the word itself for
    pronouns and relative pronouns."""
    if cat in ("agr", "det"):
        return guess in forms and forms.get(guess) == forms.get(gold)
    return guess == gold


def categories(pair_tgt: list[str], relations: list[list]) -> dict[int, str]:
    """Positions of relation-bearing words and which relation recovers them."""
    cats: dict[int, str] = {}
    for dep, _head, label in relations:
        word = pair_tgt[dep]
        if label == "agr":
            cats[dep] = "agr"
        elif label == "coref" and word in PRONOUNS:      # a repeated antecedent ("the manager") is a content word
            cats[dep] = "coref"
        elif word in ("who", "that") and label in ("nsubj", "obj"):
            cats[dep] = "relpron"
        elif label == "det" and word in ("a", "an", "this", "these"):
            cats[dep] = "det"
    return cats
