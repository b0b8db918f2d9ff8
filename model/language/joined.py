"""A predicate written as one word with இரு (language v8e): மூடியிருந்தது, *was closed*.

அந்த வங்கி மூடியிருந்தது , அதனால் அவள் வீட்டுக்குச் சென்றாள் . → *the bank was closed , so she went home .*

A predicate that is a verb's participle in -இ (மூடி, the state closing leaves: lexicon ``predicates``, key
``closed``) or in -உ (v8d's உடைந்து, *broken*) is written together with the form of இரு after it: -இ takes the
glide ய் (மூடி + இருந்தது → மூடியிருந்தது), -உ drops (உடைந்து + இருந்தது → உடைந்திருந்தது); written
apart, மூடி இருந்தது reads as *had closed (something)*, which a Tamil reader of review 7 flagged. The -ஆக predicates (தயாராக இருந்தான்) stay two words, as Tamil writes them.

The grammar keeps the two words (PRED and the copula, as for every predicate), and the join is a matter of
spelling at its edges: ``join_pair`` writes the pair's Tamil with the joined word (the English *was* and *closed*
both align to it), and ``split_joined`` gives the parser the two words back, so the grammar and the English are
as before. The old two-word spelling is still read, with a note, and written joined.
"""

from __future__ import annotations

from functools import lru_cache

from model.language.lexicon import load_lexicon

GLIDE = "\u0baf"                    # ய: -இ + இ… → -இயி… (மூடி + இருந்தது → மூடியிருந்தது)
VOWEL_I, SIGN_I = "\u0b87", "\u0bbf"  # இ, and its vowel sign ி
SIGN_U = "\u0bc1"                    # ு: -உ drops before a vowel (உடைந்து + இருந்தது → உடைந்திருந்தது)


@lru_cache(maxsize=1)
def participle_predicates() -> frozenset[str]:
    """The predicates written as a verb's participle in -இ (மூடி) or -உ (உடைந்து, v8d's *broken*)."""
    return frozenset(p["ta"] for p in load_lexicon().predicates.values() if p["ta"].endswith((SIGN_I, SIGN_U)))


@lru_cache(maxsize=1)
def _be_forms() -> frozenset[str]:
    """The forms of இரு that follow a predicate (இருந்தது, இருக்கிறதா, இருந்த, இருக்கவில்லை …)."""
    from model.language.forms import analyses

    return frozenset(w for w, found in analyses().items() if w.startswith(VOWEL_I)
                     and any(a.key == "be" and (a.cat.startswith("V") or a.cat == "REQ") for a in found))


def joined(pred: str, be: str) -> str:
    """மூடி + இருந்தது → மூடியிருந்தது; உடைந்து + இருந்தது → உடைந்திருந்தது (the -உ drops)."""
    if pred.endswith(SIGN_U):
        return pred[:-1] + SIGN_I + be[1:]
    return pred + GLIDE + SIGN_I + be[1:]


@lru_cache(maxsize=1)
def joined_forms() -> dict[str, tuple[str, str]]:
    """Each joined word → its predicate and its form of இரு."""
    return {joined(p, b): (p, b) for p in participle_predicates() for b in _be_forms()}


def joins(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` are a participle predicate and a form of இரு, written as one word."""
    return a in participle_predicates() and b in _be_forms()


def split_joined(words: list[str]) -> list[str]:
    """The words with each joined word as its two grammar words (மூடியிருந்தது → மூடி இருந்தது)."""
    table = joined_forms()
    return [part for w in words for part in (table[w] if w in table else (w,))]


def join_pair(src: list[str], align: list[list[int]]) -> tuple[list[str], list[list[int]]]:
    """The Tamil words with each participle predicate and its இரு as one word, and the alignment moved to match
    (*was* and *closed* both to the joined word); unchanged where there is none."""
    at = [i for i in range(len(src) - 1) if joins(src[i], src[i + 1])]
    if not at:
        return src, align
    new_of, out, n = [], [], 0
    for i, w in enumerate(src):
        if i - 1 in at:
            out[-1] = joined(src[i - 1], w)
            new_of.append(n - 1)
            continue
        out.append(w)
        new_of.append(n)
        n += 1
    return out, [sorted({new_of[j] for j in js}) for js in align]


def split_note(words: list[str]) -> str | None:
    """A note when the typed words wrote a joined word apart (மூடி இருந்தது), else ``None``."""
    for a, b in zip(words, words[1:]):
        if joins(a, b):
            return f"read '{a} {b}' as one word, as Tamil writes it ('{joined(a, b)}')"
    return None
