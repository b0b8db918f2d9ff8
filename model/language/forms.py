"""Every surface form the grammar can produce, with its analyses (the parser's lexicon)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from model.language.inflection import AGREEMENTS, CASES, TENSES
from model.language.lexicon import Lexicon, load_lexicon

PUNCT = {",": "COMMA", ".": "PERIOD", "?": "QMARK"}


@dataclass(frozen=True)
class Analysis:
    """One reading of a Tamil word: its category, lemma key and features.

    cat: DET NUM ADJ N PRON TIME TMOD TN PRED VFIN VQ VRP VINF VIMP REQ CONJ COMMA PERIOD QMARK
    feats: N -> (kind, case, number); VFIN and VQ -> (tense, agr); VRP -> (tense,)
    """

    cat: str
    key: str
    feats: tuple = ()


@lru_cache(maxsize=4)
def _analyses(lex: Lexicon) -> dict[str, tuple[Analysis, ...]]:
    table: dict[str, list[Analysis]] = defaultdict(list)

    def add(word: str, a: Analysis) -> None:
        if a not in table[word]:
            table[word].append(a)

    for k, d in lex.determiners.items():
        add(d["ta"], Analysis("DET", k))
    for k, d in lex.numbers.items():
        add(d["ta"], Analysis("NUM", k))
    for k, d in lex.adjectives.items():
        add(d["ta"], Analysis("ADJ", k))
    for k, d in lex.predicates.items():
        add(d["ta"], Analysis("PRED", k))
    for k, d in lex.pronouns.items():
        add(d["ta"], Analysis("PRON", k))
    for k, d in lex.conjunctions.items():
        add(d["ta"], Analysis("CONJ", k))
    for k, t in lex.times.items():
        if len(t["ta"]) == 1:
            add(t["ta"][0], Analysis("TIME", k))
        else:
            add(t["ta"][0], Analysis("TMOD", t["ta"][0]))
            add(t["ta"][1], Analysis("TN", t["ta"][1]))
    for kind, table_ in (("noun", lex.nouns), ("name", lex.names)):
        for k, noun in table_.items():
            for number in ("sg", "pl") if noun.ta_pl else ("sg",):
                for case in CASES:
                    add(noun.ta_form(case, number), Analysis("N", k, (kind, case, number)))
    for verb in [*lex.verbs.values(), lex.copula]:
        for tense in TENSES:
            for agr in AGREEMENTS:
                add(verb.finite(tense, agr), Analysis("VFIN", verb.key, (tense, agr)))
                add(verb.question(tense, agr), Analysis("VQ", verb.key, (tense, agr)))
            add(verb.participle(tense), Analysis("VRP", verb.key, (tense,)))
        add(verb.inf, Analysis("VINF", verb.key))
        if verb.imp:
            add(verb.imp, Analysis("VIMP", verb.key))
    add(lex.request["ta"], Analysis("REQ", "can"))
    for p, cat in PUNCT.items():
        add(p, Analysis(cat, p))
    return {w: tuple(a) for w, a in table.items()}


def analyses(lex: Lexicon | None = None) -> dict[str, tuple[Analysis, ...]]:
    """Tamil surface form -> its analyses."""
    return _analyses(lex or load_lexicon())


def all_source_forms(lex: Lexicon | None = None) -> set[str]:
    return set(analyses(lex)) - set(PUNCT)


@lru_cache(maxsize=4)
def _english(lex: Lexicon) -> frozenset[str]:
    words = {"the", "a", "an", "this", "these", "who", "that", "did", "does", "do", "will", "be",
             "is", "are", "was", "were", "please", "to", "from", "with", "in", "at", ",", ".", "?"}
    words |= set(lex.request["en"])
    for n in [*lex.nouns.values(), *lex.names.values()]:
        words |= {n.en, n.en_pl, n.loc_prep} - {None}
    for v in lex.verbs.values():
        words |= set(v.en)
    for group in ("adjectives", "predicates", "numbers", "pronouns"):
        words |= {d["en"] for d in getattr(lex, group).values()}
    for t in lex.times.values():
        words |= set(t["en"])
    for c in lex.conjunctions.values():
        words |= set(c["en"])
    return frozenset(words)


def english_vocabulary(lex: Lexicon | None = None) -> frozenset[str]:
    """Every English token the grammar can produce."""
    return _english(lex or load_lexicon())
