"""Light verbs of language v5b: a noun and a light verb that say one English verb, which both parsers and the
generator share. வேலை செய் (work: வேலை, work, with செய், do) is the everyday word for the lexicon's பணியாற்று:
என் அண்ணன் மதுரையில் வேலை செய்கிறார் → *my elder brother works in madurai* (*works* ← வேலை and செய்கிறார்).

An entry with ``only`` (v8d) is a verb Tamil has no one word for: இரவல் கொடு (lend: இரவல், a loan, with கொடு,
give), so என் நண்பன் தன் மிதிவண்டியை எனக்கு இரவல் கொடுத்தான் → *my friend lent me his bicycle* (model.language.broken).

The lexicon's ``light_verbs`` name the noun (``ta``), the verb whose forms it takes (``verb``: செய், the
lexicon's make) and the verb it says (``of``). The clause marks the light form ``light``; English is the same
and reads back as the lexicon's verb (பணியாற்றுகிறார்). The noun stands right before the verb, bare.
"""

from __future__ import annotations

from functools import lru_cache

from model.language.lexicon import Lexicon, load_lexicon

LIGHT_RATE = 0.5                # how often the generator says a verb that has a light form with it


@lru_cache(maxsize=1)
def _entries() -> dict[str, dict]:
    """Verb key (work) → its light verb entry."""
    return {e["of"]: e for e in load_lexicon().data.get("light_verbs", ())}


def light_words() -> dict[str, str]:
    """The light nouns (வேலை) → the verb key each says (work)."""
    return {e["ta"]: key for key, e in _entries().items()}


def has_light(verb_key: str) -> bool:
    return verb_key in _entries()


def light_only(verb_key: str) -> bool:
    """A verb Tamil says only with its light verb (v8d: lend, இரவல் கொடு): it has no Tamil forms of its own (its
    stems are the light verb's, for the lexicon's sake), and every clause with it is ``light``."""
    return bool(_entries().get(verb_key, {}).get("only"))


def light_form(lex: Lexicon, verb_key: str):
    """(the light noun, the verb whose forms it takes) for a verb said with a light verb: வேலை, செய்."""
    entry = _entries()[verb_key]
    return entry["ta"], lex.verb(entry["verb"])


def light_problem(lex: Lexicon, word: str, verb_keys, last: bool) -> tuple[str | None, str | None]:
    """(the verb that ``word`` and the clause's verb say together, or None; why not, or None): வேலை with a form
    of செய் is work, right before it."""
    key = light_words()[word]
    entry = _entries()[key]
    if entry["verb"] not in verb_keys:
        return None, f"{word} goes with {lex.verb(entry['verb']).ta} ({word} {lex.verb(entry['verb']).ta}: {lex.verb(key).en[0]})"
    if not last:
        return None, f"{word} stands right before its verb ({word} {lex.verb(entry['verb']).ta})"
    return key, None


def draw_light(rng, cl: dict) -> None:
    """Now and then say the clause dict's verb with its light verb (வேலை செய்கிறார் for பணியாற்றுகிறார்), in place."""
    if has_light(cl["verb"]) and (light_only(cl["verb"]) or rng.random() < LIGHT_RATE):
        cl["light"] = True


@lru_cache(maxsize=1)
def _in_town() -> frozenset[str]:
    return frozenset(v["key"] for v in load_lexicon().data["verbs"] if v.get("in_town"))


def in_town(lex: Lexicon, verb_key: str, np) -> bool:
    """Whether ``np`` is a town that a verb marked 'in_town' (work) happens in: என் அண்ணன் மதுரையில் வேலை
    செய்கிறார் (my elder brother works in madurai)."""
    return verb_key in _in_town() and np.kind == "name" and lex.names[np.head].cls == "place"
