"""Respect for elder kin (language v5b): அண்ணன் (elder brother) and அக்கா (elder sister) are told, as often as not,
with the honorific verb (என் அண்ணன் மதுரையில் வேலை செய்கிறார் → *my elder brother works in madurai*). The clause marks
it ``honour``; English is the same (he, she), and reads back with the plain verb (செய்கிறான்).
"""

from __future__ import annotations

from model.language.lexicon import Lexicon

HONOUR_RATE = 0.3               # how often the generator's elder brother or sister takes the honorific verb


def can_honour(lex: Lexicon, subj) -> bool:
    """Whether a clause's subject may take the honorific verb though it is masculine or feminine: elder kin,
    one of them (அண்ணன், அக்கா; lexicon 'en_mod' elder)."""
    if subj is None:
        return False
    kind, number, head = (subj["kind"], subj["number"], subj["head"]) if isinstance(subj, dict) else \
        (subj.kind, subj.number, subj.head)
    return kind == "noun" and number == "sg" and head in lex.nouns and lex.nouns[head].en_mod == "elder"


def draw_honour(rng, lex: Lexicon, cl: dict) -> None:
    """Now and then tell an elder brother's or sister's clause dict with the honorific verb, in place (kept only
    while the subject stays one: ``freeze_clause`` asks ``can_honour`` again)."""
    if can_honour(lex, cl["subj"]) and rng.random() < HONOUR_RATE:
        cl["honour"] = True
