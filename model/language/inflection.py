"""Inflection: a lemma plus features → a surface form, on both sides.

Tamil nouns by case and number (oblique stem + suffix), Tamil verbs by tense, agreement and mood
(finite, question, relative participle); English verb groups by tense and number. The lemma classes
(``Noun``, ``Verb``) live in ``model.language.lexicon`` and call these functions.
"""

from __future__ import annotations

from typing import Protocol

from model.language.script import FRONT_SIGNS, join

CASES = ("nom", "acc", "dat", "loc", "soc", "abl", "ben", "ins")   # v7e: -க்காக for (benefactive), -ஆல் with (instrument)
CASE_SUFFIX = {"acc": "ஐ", "loc": "இல்", "soc": "ஓடு", "abl": "இலிருந்து", "ins": "ஆல்",
               "idam": "இடம்"}     # the one told: மாணவர்களிடம் (model.language.telling; not in CASES)
ENDINGS = {"m": "ஆன்", "f": "ஆள்", "h": "ஆர்", "pl_r": "ஆர்கள்", "n": "அது", "pl_n": "அன",
           "1sg": "ஏன்", "2sg": "ஆய்", "2pl": "ஈர்கள்", "1pl": "ஓம்"}
PERSONS = ("1sg", "2sg", "2pl", "1pl")       # நான், நீ, நீங்கள், நாங்கள்/நாம்
AGREEMENTS = tuple(ENDINGS)
TENSES = ("past", "pres", "fut")


class Verb(Protocol):
    """What inflection needs of a verb lemma (``model.language.lexicon.Verb`` has it)."""

    key: str
    inf: str                          # infinitive, e.g. அனுப்ப
    past: str                         # tense stems ending in pulli, e.g. அனுப்பின்
    pres: str
    fut: str
    en: tuple[str, str, str]          # base, third-person singular, past


def dative(stem: str) -> str:
    """Dative: -க்கு after i/ai/e vowels and -ய் (பெட்டிக்கு, நாய்க்கு), -உக்கு elsewhere (அலுவலகத்துக்கு)."""
    return stem + "க்கு" if stem[-1] in FRONT_SIGNS or stem.endswith("ய்") else join(stem, "உக்கு")


def inflect_case(stem: str, case: str) -> str:
    """Attach a case suffix to an oblique stem (nominative returns the stem)."""
    if case == "nom":
        return stem
    if case == "dat":
        return dative(stem)
    if case == "ben":                       # மனைவிக்காக: the dative's final உ becomes -ஆக
        return dative(stem)[:-1] + "\u0bbeக"
    return join(stem, CASE_SUFFIX[case])


def plural_stem(ta: str) -> str:
    """Plural of a noun: -ம் → -ங்கள், long -ஆ → -க்கள், otherwise -கள்."""
    if ta.endswith("ம்"):
        return ta[:-2] + "ங்கள்"
    if ta.endswith("\u0bbe"):
        return ta + "க்கள்"
    return ta + "கள்"


def oblique_stem(ta: str) -> str:
    """Oblique stem: -ம் → -த்த் (அலுவலகம் → அலுவலகத்த்), otherwise the word itself."""
    return ta[:-2] + "த்த்" if ta.endswith("ம்") else ta


def um_form(verb: Verb) -> str:
    """The -உம் form: future of neuter subjects and the future relative participle."""
    return verb.inf + "\u0bc1ம்"


def finite(verb: Verb, tense: str, agr: str) -> str:
    """Finite Tamil form, e.g. ("past", "h") -> அனுப்பினார்."""
    if tense == "fut" and agr in ("n", "pl_n"):
        return um_form(verb)
    stem = getattr(verb, tense)
    if tense == "past" and stem.endswith("\u0bbfன்") and agr in ("n", "pl_n"):
        return stem[:-2] + "யது" if agr == "n" else stem[:-1]  # அனுப்பியது, அனுப்பின
    if tense == "pres" and agr == "pl_n":
        return stem[: -len("கிற்")] + "கின்றன"
    return join(stem, ENDINGS[agr])


def question(verb: Verb, tense: str, agr: str) -> str:
    """Yes/no question: the finite form plus -ஆ (அனுப்பினாரா)."""
    return join(finite(verb, tense, agr), "ஆ")


def participle(verb: Verb, tense: str) -> str:
    """Relative participle (அனுப்பிய, அனுப்புகிற, அனுப்பும்)."""
    if tense == "fut":
        return um_form(verb)
    stem = getattr(verb, tense)
    if tense == "past" and stem.endswith("\u0bbfன்"):
        return stem[:-2] + "ய"
    return join(stem, "அ")


NEG_PAST_PRES = "வில்லை"                     # -வில்லை: did not / is not (past and present alike)
NEG_FUT = {"m": "மாட்டான்", "f": "மாட்டாள்", "h": "மாட்டார்", "pl_r": "மாட்டார்கள்", "1sg": "மாட்டேன்",
           "2sg": "மாட்டாய்", "2pl": "மாட்டீர்கள்", "1pl": "மாட்டோம்"}
COPULA_NEG_PRES = "இல்லை"                    # தயாராக இல்லை: is not ready


def negative(verb: Verb, tense: str, agr: str) -> str:
    """Negative finite form: infinitive + -வில்லை in the past and present (அனுப்பவில்லை), + -மாட்டான் …
    in the future of people (அனுப்பமாட்டான்), -ஆது for things (உடையாது); the copula's present is இல்லை."""
    if verb.key == "be" and tense == "pres":
        return COPULA_NEG_PRES
    if tense != "fut":
        return verb.inf + NEG_PAST_PRES
    if agr in NEG_FUT:
        return verb.inf + NEG_FUT[agr]
    return verb.inf + "\u0bbeது"                  # the infinitive's final -அ lengthened: வராது


def habitual_negative(verb: Verb) -> str:
    """A habit denied: the future stem, -அது, இல்லை (குடிப்பதில்லை, does not drink; model.language.habits)."""
    return join(join(verb.fut, "அது"), COPULA_NEG_PRES)


def negative_imperative(verb: Verb) -> str:
    """Polite negative request: வராதீர்கள் (please do not come)."""
    return verb.inf + "\u0bbeதீர்கள்"


BE_PRESENT = {"sg": "is", "pl": "are", "1sg": "am"}
BE_PAST = {"sg": "was", "pl": "were", "1sg": "was"}


def en_finite(verb: Verb, tense: str, number: str) -> list[str]:
    """English verb group for a declarative clause; ``number`` is the subject's English agreement:
    sg (he, the boy), pl (they, you, we, the boys) or 1sg (i)."""
    base, s3, past = verb.en
    if verb.key == "be":
        return {"past": [BE_PAST[number]], "pres": [BE_PRESENT[number]],
                "fut": ["will", "be"]}[tense]
    return {"past": [past], "pres": [s3 if number == "sg" else base], "fut": ["will", base]}[tense]
