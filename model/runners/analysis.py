"""Everything the pages need about one typed sentence, tokenized once: Mini-Tamil for the translators,
English for the self-attention encoder.

``analyze(text, translators)`` reads the text once (``prepare_source``), translates the same tokens
with every loaded model (attention rows and the top next words of each step come with the
translation), and parses the same tokens with the grammar for the reference translation and its gold
alignment. ``analyze_english(text, runner)`` does the same for the encoder: one tokenization feeds
the language check, the encoder's reading and the English parser's gold relations. The results are
plain data (picklable), so the UI can cache them per sentence.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from model.errors import InputError
from model.language.grammar import Pair
from model.language.parser import parse_tokenized
from model.language.script import has_tamil, romanize
from model.runners.translator import Translation, Translator, prepare_source

TOP_K = 8                 # next-word candidates kept per decoding step (the step-through view shows them)


@dataclass
class SentenceAnalysis:
    text: str
    error: str | None = None                        # unusable input: the message for the user
    tokens: list[str] = field(default_factory=list)  # as the models read them (Tamil script)
    raw: list[str] = field(default_factory=list)     # as typed
    roman: list[str] = field(default_factory=list)   # romanization of ``tokens``
    unknown: list[int] = field(default_factory=list)  # positions outside the language's words
    suggestions: dict[int, list[str]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    translations: dict[str, Translation] = field(default_factory=dict)   # per loaded model
    refusals: dict[str, str] = field(default_factory=dict)               # per model that refused the input
    reference: Pair | None = None                    # the grammar's translation, when the text parses
    reference_reason: str | None = None              # why there is no reference
    odd: list[str] = field(default_factory=list)     # sense rules the sentence breaks (model.language.rules)
    looks_english: bool = False                      # most words are English words of the language

    @property
    def mostly_unknown(self) -> bool:
        """More than half of the words (punctuation aside) are outside the language: any translation
        or attention map would be guesswork."""
        words = [i for i, w in enumerate(self.tokens) if w not in ",.?"]
        unknown = set(self.unknown)                    # the language's, and the attention model's vocabulary's
        if "attention" in self.translations:
            unknown |= set(self.translations["attention"].unknown)
        return bool(words) and 2 * sum(i in unknown for i in words) > len(words)

    @property
    def labels(self) -> list[str]:
        """Hover labels: ``word (romanization)``."""
        return [f"{w} ({r})" for w, r in zip(self.tokens, self.roman)]


def analyze(text: str, translators: dict[str, Translator], beam: int = 0, k: int = TOP_K) -> SentenceAnalysis:
    """Tokenize ``text`` once; translate with each of ``translators``; parse for the reference."""
    try:
        toks = prepare_source(text)
    except InputError as err:
        return SentenceAnalysis(text=text, error=str(err))
    out = SentenceAnalysis(text=text, tokens=list(toks.tokens), raw=list(toks.raw), looks_english=looks_english(toks.raw),
                           roman=[romanize(w) if w not in ",.?" else w for w in toks.tokens],
                           unknown=list(toks.unknown), suggestions=dict(toks.suggestions), notes=list(toks.notes))
    for name, tr in translators.items():
        try:
            out.translations[name] = tr.translate_prepared(toks, beam=beam, k=k)
        except InputError as err:
            out.refusals[name] = str(err)
    try:
        parsed = parse_tokenized(toks)
        out.reference, out.odd = parsed.pair, list(parsed.odd)
    except InputError as err:
        out.reference_reason = str(err)
    return out


def _words(raw: list[str]) -> list[str]:
    """The words among tokens as typed, lower-cased: tokens with a letter or a Tamil character. Not
    ``str.isalpha()``, which is False for Tamil words with a vowel sign or the pulli (அனுப்பினான்:
    the signs are combining marks, category Mc/Mn)."""
    return [w.lower() for w in raw if any(c.isalpha() or has_tamil(c) for c in w)]


def looks_english(raw: list[str]) -> bool:
    """Whether the tokens ``raw`` (as typed) read as English of the language rather than Mini-Tamil: most of its words are
    English words the grammar writes, and few are Tamil words (a pointer to the English page)."""
    from model.language.forms import english_vocabulary
    from model.language.tokenizer import read_roman

    words = _words(raw)
    if len(words) < 2:
        return False
    english = sum(w in english_vocabulary() for w in words)
    tamil = sum(has_tamil(w) or read_roman(w)[0] is not None for w in words)
    return english >= 0.6 * len(words) and english > tamil


def looks_tamil(raw: list[str]) -> bool:
    """Whether the tokens ``raw`` (as typed) read as Mini-Tamil (Tamil script or its romanization) rather than English."""
    from model.language.forms import english_vocabulary
    from model.language.tokenizer import read_roman

    words = _words(raw)
    if not words:
        return False
    tamil = sum(has_tamil(w) or (read_roman(w)[0] is not None and w not in english_vocabulary())
                for w in words)
    return tamil >= 0.6 * len(words)


@dataclass
class EnglishAnalysis:
    text: str
    error: str | None = None                        # unusable input: the message for the user
    looks_tamil: bool = False                       # most words are Mini-Tamil (a pointer to the other pages)
    tokens: list[str] = field(default_factory=list)  # as the encoder reads them (lower case, at most ``limit``)
    unknown: list[int] = field(default_factory=list)  # positions the language or the encoder does not know
    suggestions: dict[int, list[str]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    relations: list | None = None                   # gold relations, when ``tokens`` are a sentence of the language
    reference_reason: str | None = None              # why there are none
    odd: list[str] = field(default_factory=list)     # sense rules the sentence breaks (model.language.rules)


def analyze_english(text: str, runner, limit: int | None = None) -> EnglishAnalysis:
    """Tokenize English ``text`` once; the encoder (``runner``) reads at most ``limit`` tokens of it and
    the English parser parses those same tokens for gold relations."""
    from model.language.english_parser import parse_english_tokens
    from model.language.tokenizer import tokenize_english

    try:
        toks = tokenize_english(text)
    except InputError as err:
        return EnglishAnalysis(text=text, error=str(err))
    looks = looks_tamil(toks.raw)
    try:
        tokens, unknown, sugg, notes = runner.read(toks, limit)
    except InputError as err:
        return EnglishAnalysis(text=text, error=str(err), looks_tamil=looks)
    out = EnglishAnalysis(text=text, looks_tamil=looks, tokens=list(tokens), unknown=list(unknown),
                          suggestions=dict(sugg), notes=list(notes))
    try:
        parsed = parse_english_tokens(toks.cut(len(tokens), "used"))
        pair = parsed.pair
        if pair.tgt == out.tokens:
            out.relations, out.odd = pair.relations, list(parsed.odd)
        else:
            out.reference_reason = "the grammar reads it with a different final mark"
    except InputError as err:
        out.reference_reason = str(err)
    return out
