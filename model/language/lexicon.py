"""The lexicon of Mini-Tamil: lemmas (``lexicon.json`` beside this file) as ``Noun`` and ``Verb``
records, indexed by key. Their surface forms come from ``model.language.inflection``."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from model.language import inflection
from model.language.duration import duration_times

LEXICON_PATH = Path(__file__).with_name("lexicon.json")


@dataclass(frozen=True)
class Noun:
    key: str
    ta: str
    en: str
    en_pl: str | None
    cls: str          # person | doc | food | object | place (names are persons)
    gender: str       # m | f | h | n
    tags: tuple[str, ...]
    obl_stem: str
    ta_pl: str | None
    loc_prep: str = "in"
    roman: str | None = None          # a loanword's usual Latin spelling (report, cake)
    en_pron: str | None = None        # English pronoun for அவர் said of this honorific noun (mother → she)
    en_mod: str | None = None         # an English word the noun always takes (தங்கை → younger sister)
    en_bare: str | None = None        # English for the bare noun as a place (வீட்டுக்கு → home)

    def fills(self, wanted: tuple[str, ...] | list[str]) -> bool:
        """True when this noun's class, one of its tags or its key is in ``wanted``."""
        return self.cls in wanted or self.key in wanted or any(tag in wanted for tag in self.tags)

    def agr(self, number: str) -> str:
        """Tamil verb agreement class for this noun as a subject."""
        if number == "pl":
            return "pl_r" if self.gender in "mfh" else "pl_n"
        return self.gender

    def ta_form(self, case: str, number: str = "sg") -> str:
        stem = self.obl_stem if number == "sg" else self.ta_pl
        if number == "sg" and case == "nom":
            return self.ta
        return inflection.inflect_case(stem, case)

    def en_form(self, number: str = "sg") -> str:
        return self.en_pl if number == "pl" else self.en


@dataclass(frozen=True)
class Verb:
    key: str
    ta: str
    past: str
    pres: str
    fut: str
    inf: str
    imp: str | None
    en: tuple[str, str, str]          # base, third-person singular, past
    subj: tuple[str, ...]
    obj: tuple[str, ...]
    obj_case: str = "acc"
    iobj: str | None = None           # None | "optional" | "required"
    motion: bool = False
    with_ok: bool = False             # takes a with-phrase (company) naturally
    deadline: bool = False            # has an end point, so "by tomorrow" fits
    stative: bool = False             # a state: English keeps the simple present
    en_ing: str = ""                  # English -ing form (present progressive)
    tenses: tuple[str, ...] = ("past", "pres", "fut")   # tenses the verb reads naturally in
    where: tuple[str, ...] | None = None  # places the action fits (None: anywhere)
    no_time: bool = False             # takes no time phrase (trust)
    soon: bool = False                # takes "soon" (an action one can be about to do)
    obj_optional: bool = False        # may leave its object out (சாப்பிட்டோம்: we ate)
    imp_sg: str | None = None         # the singular (familiar) imperative: வா (come), உட்கார் (sit)
    habit: bool = False               # also told in the present as a habit (எப்போதும் மறக்கிறான்: always forgets)

    def finite(self, tense: str, agr: str) -> str:
        return inflection.finite(self, tense, agr)

    def question(self, tense: str, agr: str) -> str:
        return inflection.question(self, tense, agr)

    def negative(self, tense: str, agr: str) -> str:
        return inflection.negative(self, tense, agr)

    def participle(self, tense: str) -> str:
        return inflection.participle(self, tense)

    def en_finite(self, tense: str, number: str) -> list[str]:
        return inflection.en_finite(self, tense, number)


class Lexicon:
    """All lemmas, indexed by key, plus reverse tables for the parser."""

    def __init__(self, data: dict):
        self.data = data
        self.nouns = {n["key"]: _noun(n) for n in data["nouns"]}
        self.names = {n["key"]: _noun({"class": "person", **n}) for n in data["names"]}   # people and places
        self.verbs = {v["key"]: _verb(v) for v in data["verbs"]}
        cop = data["copula"]
        self.copula = _verb({**cop, "en": ["be", "is", "was"], "subj": [], "obj": [], "stative": True})
        self.predicates = {p["key"]: p for p in data["predicates"]}
        self.adjectives = {a["key"]: a for a in data["adjectives"]}
        self.times = {t["key"]: t for t in data["times"]}
        self.times.update(duration_times(data))          # for ten years (v6c: model.language.duration)
        self.determiners = {d["key"]: d for d in data["determiners"]}
        self.possessives = tuple(k for k, d in self.determiners.items() if d.get("poss"))  # என், உங்கள் … (lexicon order)
        self.numbers = {n["key"]: n for n in data["numbers"]}
        self.experiencers = {e["key"]: e for e in data.get("experiencers", ())}   # எனக்குக் காபி வேண்டும்
        self.adverbs = {a["key"]: a for a in data.get("adverbs", ())}     # ஏற்கெனவே, எப்போதும், தாமதமாக, சீக்கிரம்
        self.weather = {w["key"]: _verb({**w, "ta": w["verb"], "subj": [], "tenses": ("past", "pres", "fut")})
                        for w in data.get("weather", ())}                         # மழை பெய்யும்: it will rain
        self.weather_nouns = {w["key"]: w["ta"] for w in data.get("weather", ())}
        self.pronouns = {p["key"]: p for p in data["pronouns"]}
        self.pronoun_by_agr = {p["agr"]: p for p in reversed(data["pronouns"])}   # the first of an agreement
        # a personal pronoun (i, you, we) or he/she/they said of people stands for a person: its noun
        self.pronoun_nouns = {p["key"]: Noun(key=p["key"], ta=p["ta"], en=p["en"] or "", en_pl=None, cls="person",
                                             gender=p["agr"], tags=(), obl_stem=p["ta"], ta_pl=None)
                              for p in data["pronouns"] if p["agr"] in inflection.PERSONS + ("m", "f", "pl_r")}
        # அதை, that: a thing pointed at, an object only (v7g, model.language.demonstratives)
        self.pronoun_things = {p["key"]: Noun(key=p["key"], ta=p["ta"], en=p["en"], en_pl=None, cls="object",
                                              gender=p["agr"], tags=(), obl_stem=p["ta"], ta_pl=None)
                               for p in data["pronouns"] if p.get("object_only")}
        self.conjunctions = {c["key"]: c for c in data["conjunctions"]}
        self.request = data["request"]
        self.wh = {w["key"]: w for w in data["wh"]}          # question words: யார் who, எங்கே where …
        self.degrees = {g["key"]: g for g in data["degrees"]}  # மிகவும் very, அளவுக்கு அதிகமாக too
        self.amounts = {a["key"]: a for a in data.get("amounts", ())}   # எத்தனை வயது how old, கொஞ்சம் some …
        self.music_verb = data.get("music", {}).get("verb")   # வாசி, play an instrument (v8a: model.language.music)

    def verb(self, key: str) -> Verb:
        return self.copula if key == "be" else self.verbs[key]

    def nominal(self, kind: str, key: str) -> Noun:
        return self.names[key] if kind == "name" else self.nouns[key]

    @cached_property
    def lemma_count(self) -> int:
        groups = ("nouns", "names", "verbs", "predicates", "adjectives", "times", "determiners",
                  "numbers", "pronouns", "conjunctions", "wh", "degrees", "experiencers", "weather", "adverbs",
                  "interjections")
        return sum(len(self.data[g]) for g in groups) + 1  # + the copula


def _noun(d: dict) -> Noun:
    ta = d["ta"]
    obl = d.get("obl") or inflection.oblique_stem(ta)
    ta_pl = d.get("ta_pl") or inflection.plural_stem(ta)
    return Noun(key=d["key"], ta=ta, en=d["en"], en_pl=d.get("en_pl"), cls=d["class"],
                gender=d["gender"], tags=tuple(d.get("tags", ())), obl_stem=obl,
                ta_pl=ta_pl if d.get("en_pl") else None, loc_prep=d.get("loc_prep", "in"), roman=d.get("roman"),
                en_pron=d.get("en_pron"), en_mod=d.get("en_mod"), en_bare=d.get("en_bare"))


def _verb(d: dict) -> Verb:
    return Verb(key=d["key"], ta=d["ta"], past=d["past"], pres=d["pres"], fut=d["fut"],
                inf=d["inf"], imp=d.get("imp"), en=tuple(d["en"]), subj=tuple(d["subj"]),
                obj=tuple(d.get("obj", ())), obj_case=d.get("obj_case", "acc"),
                iobj=d.get("iobj"), motion=d.get("motion", False), with_ok=d.get("with", False),
                deadline=d.get("deadline", False), stative=d.get("stative", False), en_ing=d.get("en_ing", ""),
                tenses=tuple(d.get("tenses", ("past", "pres", "fut"))),
                where=tuple(d["where"]) if "where" in d else None, no_time=d.get("no_time", False),
                soon=d.get("soon", False), obj_optional=d.get("obj_optional", False), imp_sg=d.get("imp_sg"),
                habit=d.get("habit", False))


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The project lexicon (parsed once per process)."""
    with LEXICON_PATH.open(encoding="utf-8") as fh:
        return Lexicon(json.load(fh))
