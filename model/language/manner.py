"""Manner and quality words of language v5b, which both parsers and the generator share.

* **Manner adverbs** (lexicon ``adverbs`` with ``manner``): மெதுவாக *slowly* stands right before the Tamil
  verb and after the English one, with the verbs it lists, in statements, questions and imperatives too
  (தயவுசெய்து மெதுவாகப் பேசுங்கள் → *please speak slowly*), never negated.
* **Qualities of things** (lexicon ``predicates``): சுவையாக *tasty* of food and drink (இந்தத் தோசை மிகவும் சுவையாக
  இருக்கிறது → *this dosa is very tasty*).
"""

from __future__ import annotations

from model.language.lexicon import Lexicon

MANNER_RATE = 0.15              # how often the generator's one-clause imperative of such a verb is told how


def is_manner(lex: Lexicon, key: str) -> bool:
    """Whether the adverb ``key`` says how an action is done (மெதுவாக, slowly), so that it may stand in an
    imperative as a place adverb does."""
    return bool(lex.adverbs[key].get("manner"))


def draw_manner_adverb(rng, lex: Lexicon, cl: dict, mood: str) -> tuple[str, ...]:
    """Now and then a manner adverb for a one-clause imperative's clause dict whose verb takes one, not
    negated: மெதுவாகப் பேசுங்கள் (please speak slowly)."""
    keys = [k for k, a in lex.adverbs.items() if a.get("manner") and cl["verb"] in a["verbs"]]
    if mood != "imperative" or not keys or cl.get("neg") or rng.random() >= MANNER_RATE:
        return ()
    from model.language.everyday import check_adverbs  # everyday imports this module

    heavy = any(cl[r] is not None and cl[r].get("rc") for r in ("subj", "obj", "iobj", "goal", "source", "comit"))
    got = check_adverbs(lex, [rng.choice(keys)], lex.verb(cl["verb"]), mood, 0, cl["tense"], False, cl["time"], heavy)
    return () if isinstance(got, str) else got


def fitting_predicate(lex: Lexicon, key: str | None, owner) -> str | None:
    """The predicate written like ``key`` that fits its subject ``owner`` (a noun, or None for a person):
    நன்றாக is *fine* of a person (நான் நன்றாக இருக்கிறேன், i am fine) and *good* of food or a film (இட்லி
    நன்றாக இருக்கிறது, the idli is good); ``key`` itself when none or it fits."""
    if key is None:
        return None
    same = [k for k, p in lex.predicates.items() if p["ta"] == lex.predicates[key]["ta"]]
    for k in [key] + same:
        if owner.fills(lex.predicates[k]["for"]) if owner is not None else "person" in lex.predicates[k]["for"]:
            return k
    return key
