"""Being late (language v6a): அவன் தாமதமாக இருந்தான் . → *he was late .*; with because, the state that explains not
eating: அவன் தாமதமாக இருந்ததால் காலையுணவு சாப்பிடவில்லை . → *he did not eat breakfast because he was late .*

தாமதமாக is already an adverb of the language (தாமதமாக வந்தான், *came late*). With இரு it is the predicate *late*
(``predicates``, key ``late``), a state of a person. The Tamil word keeps its one backbone category (ADV), so every
sentence keeps one parse; a clause whose verb is இரு and which has no other predicate reads that adverb as the
predicate (``adverb_as_predicate``). English reads *was late* through the verb group's last word (an adverb with a
predicate reading, ``model.language.everyday_words.predicate_token``).
"""

from __future__ import annotations

from model.language.lexicon import Lexicon

LATE = "late"


def predicate_words(lex: Lexicon) -> dict[str, str]:
    """Tamil adverb -> the predicate key it stands for after இரு (தாமதமாக -> late)."""
    adverbs = {a["ta"] for a in lex.adverbs.values()}
    return {p["ta"]: k for k, p in lex.predicates.items() if p["ta"] in adverbs}


def is_adverb_predicate(lex: Lexicon, word: str) -> bool:
    """Whether a predicate's Tamil word is an adverb's (its analysis stays ADV in the Tamil parser)."""
    return word in predicate_words(lex)


def adverb_as_predicate(lex: Lexicon, verb_key: str, pred_key: str | None, adverb_words: list[str]) -> int | None:
    """The index among a clause's adverbs of the one that is its predicate (இரு with தாமதமாக and no other
    predicate: *was late*), or None."""
    if verb_key != "be" or pred_key is not None:
        return None
    words = predicate_words(lex)
    return next((i for i, w in enumerate(adverb_words) if w in words), None)
