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

from model.errors import LIMITS, InputError
from model.language.forms import (
    all_source_forms,
    analyses,
    base_spelling,
    english_vocabulary,
    roman,
    spelling_variants,
    standard_spelling,
)
from model.language.joined import joined_forms
from model.language.loanwords import GOING, MOTION_GOALS, restore_goal
from model.language.script import PULLI, has_tamil, romanize, skeleton
from model.language.spoken import (
    JOIN_STARTS,
    NEG_IMPERATIVE,
    is_maatt,
    is_vendaam,
    joins_interjection,
    read_interjection,
    read_loan_adverb,
    read_spoken_ending,
)
from model.language.variants import (
    read_spoken,
    read_variant,
    split_spoken,
    two_word_spoken,
    variant_romanizations,
    variant_skeletons,
)

_PUNCT = re.compile(r"([.,?!;:\"'()\[\]{}<>«»“”‘’/\\|@#$%^&*+=~`…-])")
_SOURCE_PUNCT = re.compile(r"([.,?!;:\"'()\[\]{}<>«»“”‘’/\\|@#$%^&*+=~`…]|-(?![a-zA-Z\u0b80-\u0bff])|(?<![a-zA-Z])-)")


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

    def cut(self, limit: int, what: str) -> Tokens:
        """These tokens, at most ``limit`` of them; when cut, a note says so (``what``: "translated", "used")."""
        n = len(self.tokens)
        if n <= limit:
            return self
        return Tokens(tokens=self.tokens[:limit], raw=self.raw[:limit], unknown=[i for i in self.unknown if i < limit],
                      suggestions={i: s for i, s in self.suggestions.items() if i < limit},
                      notes=[*self.notes, f"the sentence has {n} tokens; only the first {limit} were {what}"],
                      truncated=True)

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
    if len(text) > LIMITS.chars:
        raise InputError(f"The text has {len(text):,} characters; the limit is {LIMITS.chars:,}. "
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


def split(text: str, tanglish: bool = False) -> list[str]:
    """Split on whitespace and around punctuation; with ``tanglish`` a hyphen between an English word and its Tamil
    ending stays in the word (car-la, late-aa)."""
    return [t for t in (_SOURCE_PUNCT if tanglish else _PUNCT).sub(r" \1 ", text).split() if t]


def _require_words(raw: list[str]) -> None:
    if not raw:
        raise InputError("The text is empty: type a sentence.")
    if all(_PUNCT.fullmatch(t) for t in raw):
        raise InputError("The text has only punctuation: type a sentence with words.")


@lru_cache(maxsize=1)
def _spellings() -> frozenset[str]:
    """Every way a Tamil word of the language can be written in a sentence (junction spellings too)."""
    return frozenset(v for w in all_source_forms() for v in spelling_variants(w)) | set(joined_forms())


@lru_cache(maxsize=1)
def _roman_indexes() -> tuple[dict[str, str], dict[str, str], dict[str, list[str]]]:
    """Romanized spelling → Tamil word: the display scheme (names in English spelling), the legacy
    scheme, and the forgiving skeleton (which may be ambiguous)."""
    display, legacy, loose_ = {}, {}, {}
    for w in sorted(_spellings()):
        display.setdefault(roman(w), w)
        display.setdefault(romanize(w), w)
        legacy.setdefault(romanize(w, legacy=True), w)
        for key in {skeleton(roman(w)), skeleton(romanize(w)), skeleton(romanize(w, legacy=True))}:
            loose_.setdefault(key, [])
            if w not in loose_[key]:
                loose_[key].append(w)
    return display, legacy, loose_


def read_roman(word: str) -> tuple[str | None, bool]:
    """The Tamil word a romanized ``word`` spells, and whether it was read loosely (not an exact
    spelling of either scheme); ``(None, False)`` when no word of the language matches."""
    display, legacy, loose_ = _roman_indexes()
    w = word.lower()
    if w in display:
        return display[w], False
    if w in legacy:
        return legacy[w], False
    candidates = loose_.get(skeleton(w))
    if not candidates:
        return None, False
    if len(candidates) == 1:
        return candidates[0], True
    return max(candidates, key=lambda c: difflib.SequenceMatcher(None, w, roman(c)).ratio()), True


@lru_cache(maxsize=1)
def _suggestion_pools() -> tuple[list[str], dict[str, str]]:
    """Base Tamil forms, and the skeleton of each display romanization → that romanization."""
    forms = sorted(all_source_forms())
    return forms, {skeleton(roman(w)): roman(w) for w in forms}


@lru_cache(maxsize=1)
def _lemmas() -> tuple[dict[str, list[tuple[str, str]]], dict[tuple[str, str], list[str]]]:
    """Each base form → its lemmas (word family, key), and each lemma → all its forms. Verb forms
    (finite, question, participle, infinitive, imperative) are one family, nouns and names another."""
    from model.language.forms import analyses

    family = {"VFIN": "V", "VQ": "V", "VRP": "V", "VINF": "V", "VIMP": "V"}
    of_form: dict[str, list[tuple[str, str]]] = {}
    forms_of: dict[tuple[str, str], list[str]] = {}
    for form, readings in analyses().items():
        if form in ",.?":
            continue
        for a in readings:
            lemma = (family.get(a.cat, a.cat) + (a.feats[0] if a.cat == "N" else ""), a.key)
            of_form.setdefault(form, []).append(lemma)
            if form not in forms_of.setdefault(lemma, []):
                forms_of[lemma].append(form)
    return of_form, forms_of


@lru_cache(maxsize=2)
def _shown(tamil: bool) -> dict[str, str]:
    """Each base form as suggestions show it: Tamil script, or its display romanization."""
    return {f: (f if tamil else roman(f)) for f in _lemmas()[0]}


MIN_STEM = 4              # letters an unknown word must share with a word's forms to count as that word


def same_word_forms(word: str, n: int = 3) -> list[str]:
    """Forms of the word ``word`` seems to be an inflection of (a first-person verb, a noun in the
    wrong case), the closest first: the lemma(s) whose forms share the longest start with ``word``
    (at least ``MIN_STEM`` letters and half the word). Tamil script for Tamil input, the display
    romanization otherwise."""
    of_form, forms_of = _lemmas()
    tamil = has_tamil(word)
    w = word if tamil else word.lower()
    shown = _shown(tamil)

    def shared(f: str) -> int:
        a, k = shown[f], 0
        while k < min(len(a), len(w)) and a[k] == w[k]:
            k += 1
        return k

    lengths = {f: shared(f) for f in of_form}
    best = max(lengths.values(), default=0)
    if best < max(MIN_STEM, len(w) // 2):
        return []
    lemmas = dict.fromkeys(lem for f, k in lengths.items() if k == best for lem in of_form[f])
    if len(lemmas) > 2:                              # a start many words share (a common prefix): not one word
        return []
    pool = dict.fromkeys(shown[f] for lem in lemmas for f in forms_of[lem] if shown[f] != w)
    return sorted(pool, key=lambda f: -difflib.SequenceMatcher(None, w, f).ratio())[:n]


def suggest(word: str) -> list[str]:
    """Up to five close words of the language: forms of the same word first (``same_word_forms``),
    then spelling neighbours, the closest first (Tamil for Tamil input, the display romanization
    otherwise)."""
    forms, skeletons = _suggestion_pools()
    if has_tamil(word):
        near = difflib.get_close_matches(word, forms, n=3, cutoff=0.6)
    else:
        near = [skeletons[h] for h in difflib.get_close_matches(skeleton(word), list(skeletons), n=3, cutoff=0.6)]
    return list(dict.fromkeys(same_word_forms(word) + near))[:5]


def finish_sentence(tokens: list[str], raw: list[str], unknown: list[int], notes: list[str]) -> None:
    """Give a complete sentence the final punctuation its verb calls for (in place, with a note):
    "?" after a question (-ஆ, or a question word) or request (முடியுமா), "." after a statement or imperative. Input that
    stops before its verb is left alone (the parser then says what is missing)."""
    from model.language.forms import analyses, base_spelling

    words = [i for i, t in enumerate(tokens) if t not in ",.?"]
    if not words or words[-1] in unknown:
        return
    last = words[-1]
    end = joined_forms().get(tokens[last], (None, tokens[last]))[1]          # மூடியிருந்தது: இருந்தது (v8e)
    cats = {a.cat for a in analyses().get(end, ())}
    asks = any(a.cat in ("WH", "HOWMANY") for t in tokens for a in analyses().get(base_spelling(t), ()))   # எங்கே, எத்தனை
    wanted = "?" if cats & {"VQ", "REQ"} or (asks and "VFIN" in cats) else "." if cats & {"VFIN", "VIMP", "INTJ", "SPENT"} else None
    if wanted is None:
        return
    after = tokens[last + 1:]
    if not after:
        tokens.append(wanted)
        raw.append(wanted)
        notes.append(f"added the final '{wanted}' the sentence needs")
    elif after[-1] in ".?" and after[-1] != wanted:
        what = "a question or request ends with '?'" if wanted == "?" else "a statement ends with '.'"
        notes.append(f"{what}: read the final '{after[-1]}' as '{wanted}'")
        tokens[-1] = wanted


def _read_word(word: str, spellings: frozenset[str]) -> tuple[str | None, bool, list[str]]:
    """The Tamil word a typed word that is not a spelling of the language stands for, whether it was read
    loosely, and the notes that say how; ``(None, False, [])`` when it is unknown."""
    notes: list[str] = []
    tamil, loosely = (None, False) if has_tamil(word) else read_roman(word)
    if loosely and read_spoken(word) is not None:
        tamil, loosely = None, False             # nallaa is the spoken நன்றாக, not நல்ல read loosely
    if tamil is None:
        tamil = variant_romanizations().get(word.lower())
        if tamil is not None:
            notes.append(f"read '{shorten(word)}' as '{roman(tamil)}' (the same verb in the grammar's word)")
    if tamil is None and not has_tamil(word) and read_spoken(word) is None and \
            (tamil := variant_skeletons().get(skeleton(word))) is not None:
        notes.append(f"read '{shorten(word)}' as '{roman(tamil)}' (the same verb in the grammar's word, spelled loosely)")
    if tamil is None and (found := read_spoken(word)) is not None:
        tamil, note = found                  # போறேன் → போகிறேன் (→ the grammar's செல்கிறேன் below)
        notes.append(note)
        if tamil not in spellings and (again := read_variant(tamil)) is not None:
            tamil = again[0]
            notes.append(again[1])
    if tamil is None and (found := read_variant(word)) is not None:
        tamil, note = found
        notes.append(note)
    if tamil is None and (found := read_interjection(word)) is not None:
        tamil, note = found                  # sorry → மன்னிக்கவும்
        notes.append(note)
    if tamil is None and (found := read_loan_adverb(word) or read_spoken_ending(word, _exact_reader)) is not None:
        tamil, note = found                  # late-aa → தாமதமாக; வந்துச்சு → வந்தது; ponaanga → போனார் → சென்றார்
        notes.append(note)
        if tamil not in spellings and (again := read_variant(tamil)) is not None:
            tamil = again[0]
            notes.append(again[1])
    return tamil, loosely, notes


def _exact_reader(typed: str) -> str | None:
    """The Tamil word an exactly spelled romanization stands for (a synonym verb's too), or ``None``."""
    display, legacy, _ = _roman_indexes()
    return display.get(typed) or legacy.get(typed) or variant_romanizations().get(typed)


def join_auxiliaries(raw: list[str], spellings: frozenset[str], notes: list[str]) -> list[str]:
    """A verb's infinitive and a separately typed மாட்டேன் as the one word writing makes of them
    ("vara maatten" → "varamaatten", போக மாட்டேன் → போகமாட்டேன்), when that word is a word of the language."""
    out: list[str] = []
    for word in raw:
        if out and joins_interjection(out[-1], word):             # thank you → நன்றி
            out[-1] = f"{out[-1]} {word}"
            continue
        if out and is_vendaam(word) and (polite := polite_negative(out[-1], spellings)) is not None:
            notes.append(f"read '{shorten(out[-1])} {shorten(word)}' (do not …) as the polite negative '{polite}'")
            out[-1] = polite                                     # poga vendaam → போகாதீர்கள் (please do not go)
            continue
        if out and is_maatt(word) and out[-1] not in ",.?" and word not in spellings:
            joined = out[-1] + word
            if joined in spellings or _read_word(joined, spellings)[0] is not None:
                notes.append(f"read '{shorten(out[-1])} {shorten(word)}' as one word, as Tamil writes it ('{shorten(joined)}')")
                out[-1] = joined
                continue
        out.append(word)
    return out


def join_split(raw: list[str], spellings: frozenset[str], notes: list[str]) -> list[str]:
    """Two typed pieces of one written word, the first no word of the language (மிகச் சிறந்த → மிகச்சிறந்த, v7b)."""
    out: list[str] = []
    for word in raw:
        if out and out[-1] not in spellings and out[-1] + word in spellings:
            notes.append(f"read '{shorten(out[-1])} {shorten(word)}' as one word, as the language writes it "
                         f"('{shorten(out[-1] + word)}')")
            out[-1] += word
            continue
        out.append(word)
    return out


def polite_negative(word: str, spellings: frozenset[str]) -> str | None:
    """The polite negative imperative of the verb whose infinitive ``word`` is (போக → போகாதீர்கள்), when that
    is a word of the language; else ``None``."""
    inf = word if word in spellings else _read_word(word, spellings)[0]
    if not inf or not has_tamil(inf) or inf[-1] == PULLI:
        return None
    polite = inf + NEG_IMPERATIVE
    return polite if polite in spellings or read_variant(polite) is not None else None


def tokenize_source(text: str) -> Tokens:
    """Tokenize Mini-Tamil typed in Tamil script, romanized, or a mix of the two, and write it in
    the standard spelling (junction doubling, ஓர்), with a note where that differs from the input."""
    text, notes = clean(text)
    raw = split(text, tanglish=True)
    _require_words(raw)
    spellings = _spellings()
    raw = join_split(raw, spellings, notes)
    if any(w in two_word_spoken() or w.lower() in two_word_spoken() for w in raw):
        raw = split_spoken(raw, notes)                          # weekend-la → வார இறுதியில் (two written words)
    if any(w.lower().startswith(JOIN_STARTS) for w in raw[1:]):       # (the spoken rules only where they may apply)
        raw = join_auxiliaries(raw, spellings, notes)
    tokens, unknown = [], []
    for i, word in enumerate(raw):
        if word in spellings or word in ",.?":
            tokens.append(word)
            continue
        tamil, loosely, said = _read_word(word, spellings)
        if tamil is None:
            tokens.append(word)
            unknown.append(i)
            continue
        notes.extend(said)
        tokens.append(tamil)
        if loosely:
            notes.append(f"read '{shorten(word)}' as '{roman(tamil)}'")
    if any(a.key in MOTION_GOALS and a.cat in GOING for w in tokens[2:] for a in analyses().get(base_spelling(w), ())):
        restore_goal(tokens, unknown, notes)              # நான் office போக மாட்டேன் (spoken: no -க்கு); only where it may
    finish_sentence(tokens, raw, unknown, notes)
    standard = standard_spelling(tokens)
    changed = [(a, b) for j, (a, b) in enumerate(zip(tokens, standard)) if a != b and j not in unknown]
    if changed:
        shown = ", ".join(f"{a} → {b}" for a, b in changed[:6]) + (" …" if len(changed) > 6 else "")
        notes.append(f"standard spelling (doubled consonants at word junctions, ஓர் before a vowel): {shown}")
    result = Tokens(tokens=standard, raw=raw, unknown=unknown, notes=notes)
    for i in unknown[:LIMITS.suggested]:
        hits = suggest(raw[i])
        if hits:
            result.suggestions[i] = hits
    return result


def in_language(word: str, english: bool = False) -> bool:
    """Whether ``word`` (as typed: Tamil script, romanized, or English) is a word of the language, so that a
    model that does not know it was trained before the word was added."""
    if english:
        return word.lower() in english_vocabulary()
    if word in _spellings():
        return True
    tamil = has_tamil(word)
    return not tamil and read_roman(word)[0] is not None


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
    for i in unknown[:LIMITS.suggested]:
        hits = difflib.get_close_matches(tokens[i], pool, n=3, cutoff=0.6)
        if hits:
            result.suggestions[i] = hits
    return result
