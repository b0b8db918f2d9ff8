"""Words people type that the grammar writes another way, read as the grammar's word with a note.

Five kinds, each a table built once from the lexicon:

* **Other standard forms**: the dative -இற்கு beside the grammar's -உக்கு (அலுவலகத்திற்கு → அலுவலகத்துக்கு).
* **Synonym verbs** (lexicon ``aliases``): a common verb with the same meaning as a verb of the lexicon,
  inflected like it (போனான் → சென்றான், "went"). The sentence is then the grammar's, so its reference,
  gold links and relations exist; the note says which word was read as which.
* **Synonym words** (lexicon ``word_aliases``): another common word for a noun or a predicate of the lexicon
  (மாணவன் → மாணவர் *student*, in every case; களைப்பாக → சோர்வாக *tired*), read as the lexicon's word.
* **Tanglish**: an English noun in Latin letters with a Tamil case ending in Latin or Tamil script
  (officeukku, schoolil, doctorai, hostelக்கு) read as the lexicon's noun in that case.
* **Spoken forms** (lexicon ``spoken``): the spoken word in Tamil script or Latin letters (போறேன், enga,
  romba) read as the written word, with a note that says so.
"""

from __future__ import annotations

import re
from functools import lru_cache

from model.language.inflection import AGREEMENTS, CASES, TENSES, habitual_negative, negative_imperative
from model.language.lexicon import _noun, _verb, load_lexicon
from model.language.perfect import perfect_form
from model.language.progressive import progressive_forms
from model.language.script import PULLI, has_tamil, romanize, skeleton

# Tamil case endings as typed in Latin letters (after an English stem) and in Tamil script
LATIN_ENDINGS = {"": "nom", "ai": "acc", "yai": "acc", "vai": "acc", "ukku": "dat", "kku": "dat", "ku": "dat",
                 "ikku": "dat", "il": "loc", "yil": "loc", "vil": "loc", "la": "loc", "le": "loc", "odu": "soc",
                 "oda": "soc", "yodu": "soc", "vodu": "soc", "ilirundhu": "abl", "lirundhu": "abl",
                 "lerundhu": "abl", "irundhu": "abl"}
TAMIL_ENDINGS = {"ஐ": "acc", "ை": "acc", "க்கு": "dat", "உக்கு": "dat", "ுக்கு": "dat", "இல்": "loc", "ில்": "loc",
                 "ஓடு": "soc", "ோடு": "soc", "இலிருந்து": "abl", "ிலிருந்து": "abl"}
_LATIN = re.compile(r"^([a-z]+?)-?(" + "|".join(sorted((e for e in LATIN_ENDINGS if e), key=len, reverse=True))
                    + r")?$")


def strip_junction(word: str) -> str:
    """க்குச் → க்கு: a doubled consonant written at the end for the next word."""
    if len(word) > 2 and word[-1] == PULLI and word[-2] in "கசதப":
        return word[:-2]
    return word


@lru_cache(maxsize=1)
def _synonyms() -> dict[str, str]:
    """Every form of every synonym verb → the same form of the lexicon's verb (போனான் → சென்றான்)."""
    lex = load_lexicon()
    out: dict[str, str] = {}
    for entry in lex.data.get("aliases", ()):
        syn, verb = _verb({**entry, "key": entry["of"], "en": ["", "", ""], "subj": []}), lex.verb(entry["of"])
        pairs = [(syn.inf, verb.inf), (negative_imperative(syn), negative_imperative(verb))]
        if syn.imp and verb.imp:
            pairs.append((syn.imp, verb.imp))
        pairs.append((habitual_negative(syn), habitual_negative(verb)))           # போவதில்லை → செல்வதில்லை
        if verb.key in lex.data.get("perfect", {}).get("verbs", ()):             # போயிருக்கிறார் → சென்றிருக்கிறார்
            pairs += [(perfect_form(syn, agr), perfect_form(verb, agr)) for agr in AGREEMENTS]
        for tense in TENSES:
            pairs.append((syn.participle(tense), verb.participle(tense)))
            for agr in AGREEMENTS:
                pairs += [(syn.finite(tense, agr), verb.finite(tense, agr)),
                          (syn.question(tense, agr), verb.question(tense, agr)),
                          (syn.negative(tense, agr), verb.negative(tense, agr))]
        out.update({a: b for a, b in pairs if a != b})
    return out


@lru_cache(maxsize=1)
def _synonym_words() -> dict[str, str]:
    """Every case form of a synonym noun, and each synonym predicate → the lexicon's word (மாணவனை → மாணவரை)."""
    lex = load_lexicon()
    out: dict[str, str] = {}
    for entry in lex.data.get("word_aliases", ()):
        if "predicate" in entry:
            out[entry["ta"]] = lex.predicates[entry["predicate"]]["ta"]
            continue
        noun = lex.nouns[entry["noun"]]
        syn = _noun({"key": noun.key, "ta": entry["ta"], "en": noun.en, "en_pl": noun.en_pl, "class": noun.cls,
                     "gender": noun.gender, "obl": entry.get("obl")})
        out.update({syn.ta_form(case): noun.ta_form(case) for case in CASES})
        if noun.ta_pl is not None:                             # பிள்ளைகள் → குழந்தைகள் (children)
            out.update({syn.ta_form(case, "pl"): noun.ta_form(case, "pl") for case in CASES})
    return out


@lru_cache(maxsize=1)
def _english_nouns() -> dict[str, tuple[str, str]]:
    """An English noun (singular or plural) → (lexicon key, number)."""
    lex = load_lexicon()
    out: dict[str, tuple[str, str]] = {}
    for noun in lex.nouns.values():
        out.setdefault(noun.en, (noun.key, "sg"))
        if noun.en_pl and noun.ta_pl:
            out.setdefault(noun.en_pl, (noun.key, "pl"))
    return out


def _noun_form(english: str, case: str) -> str | None:
    found = _english_nouns().get(english)
    if found is None or case not in CASES:
        return None
    key, number = found
    return load_lexicon().nouns[key].ta_form(case, number)


def read_variant(word: str) -> tuple[str, str] | None:
    """The grammar's word for ``word`` and a note saying how it was read, or ``None``."""
    tamil_script = has_tamil(word)
    base = strip_junction(word) if tamil_script else word
    if tamil_script and base in progressive_forms():
        std = progressive_forms()[base]
        return std, f"read '{word}' as '{std}' (the present progressive, as the grammar writes the present)"
    if tamil_script and base in _synonyms():
        std = _synonyms()[base]
        return std, f"read '{word}' as '{std}' (the same verb in the grammar's word)"
    if tamil_script and base in _synonym_words():
        std = _synonym_words()[base]
        return std, f"read '{word}' as '{std}' (a word of the same meaning, as the grammar writes it)"
    if tamil_script and base.endswith("திற்கு"):
        std = base[: -len("திற்கு")] + "துக்கு"
        return std, f"read '{word}' as '{std}' (the dative -இற்கு written -உக்கு)"
    latin = re.match(r"^([A-Za-z]+)-?(.*)$", word)
    if latin and latin.group(2) and tamil_script:              # officeக்கு, hostelக்குத்
        case = TAMIL_ENDINGS.get(strip_junction(latin.group(2)))
        form = _noun_form(latin.group(1).lower(), case) if case else None
        if form:
            return form, f"read '{word}' as '{form}' ({latin.group(1).lower()}, with its Tamil ending)"
    m = _LATIN.match(word.lower())
    if not tamil_script and m:
        form = _noun_form(m.group(1), LATIN_ENDINGS[m.group(2) or ""])
        if form:
            return form, f"read '{word}' as '{form}' ({m.group(1)}" + (", with its Tamil ending)" if m.group(2) else ")")
    return None


def variant_romanizations() -> dict[str, str]:
    """Romanized synonym forms → the grammar's word (ponaan → சென்றான்), for typed Latin input."""
    return {romanize(a): b for a, b in (_synonyms() | _synonym_words() | progressive_forms()).items()}


@lru_cache(maxsize=1)
def variant_skeletons() -> dict[str, str]:
    """The forgiving key (``skeleton``) of each romanized synonym form → the grammar's word, where only one
    word has that key (koopittaan, typed without the doubled p, → அழைத்தான்)."""
    out: dict[str, set[str]] = {}
    for typed, word in variant_romanizations().items():
        out.setdefault(skeleton(typed), set()).add(word)
    return {key: next(iter(words)) for key, words in out.items() if len(words) == 1}


@lru_cache(maxsize=1)
def _spoken() -> dict[str, str]:
    """Spoken forms, in Tamil script and romanized, and usual Latin spellings → the written word."""
    out: dict[str, str] = {}
    for entry in load_lexicon().data.get("spoken", ()):
        if "said" in entry:
            out[entry["said"]] = out[romanize(entry["said"])] = entry["written"]
        out.update({r: entry["written"] for r in entry.get("roman", ())})
    return out


def read_spoken(word: str) -> tuple[str, str] | None:
    """The written word for a spoken form (போறேன் → போகிறேன், enga → எங்கே) and a note, or ``None``."""
    written = _spoken().get(word) or _spoken().get(word.lower())
    if written is None:
        return None
    if word.lower() in _loans():                    # movie, mobile, weekend-la (language v5b)
        return written, f"read the loanword '{word}' as '{written}'"
    return written, f"read the spoken '{word}' as the written '{written}'"


@lru_cache(maxsize=1)
def two_word_spoken() -> dict[str, tuple[str, str]]:
    """Typed words whose written form is two words (weekend-la → வார இறுதியில், language v8e) → that form and the
    note; cached, so the tokenizer looks words up here without a call on every sentence."""
    out = {}
    for typed in _spoken():
        found = read_spoken(typed)
        if found is not None and " " in found[0]:
            out[typed] = found
    return out


def split_spoken(raw: list[str], notes: list[str]) -> list[str]:
    """Each typed word whose written form is two words as those words, with the note that says so; every other
    word as typed (the one-word spoken forms are read word by word later)."""
    table = two_word_spoken()
    out: list[str] = []
    for word in raw:
        found = table.get(word) or table.get(word.lower())
        if found is not None:
            notes.append(found[1])
            out.extend(found[0].split())
        else:
            out.append(word)
    return out


@lru_cache(maxsize=1)
def _loans() -> frozenset[str]:
    """Latin spellings of loanwords (lexicon 'spoken' entries with 'loan'): movie → திரைப்படம்."""
    return frozenset(r for e in load_lexicon().data.get("spoken", ()) if e.get("loan")
                     for r in (*e.get("roman", ()), *([e["said"]] if "said" in e else [])))     # வீக்கெண்டில் (v8e)
