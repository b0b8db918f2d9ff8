"""Habits of things that happen (language v4d): an involuntary verb such as மற (forget) or தொலை (lose) is told
in the past (நான் என் சாவிகளை மறந்தேன் *i forgot my keys*), and in the present only as a habit, with
எப்போதும் (always): அவன் எப்போதும் அவனுடைய குடையை மறக்கிறான் *he always forgets his umbrella*. The lexicon marks
such verbs 'habit'; both parsers and the generator ask ``tense_fits``.
"""

from __future__ import annotations

from model.language.lexicon import Lexicon

HABIT_RATE = 0.6                # how often the generator tells a one-clause past statement of such a verb as a habit
HABIT_ADVERB = "always"


def is_habit(lex: Lexicon, adv_keys) -> bool:
    """True when the clause's adverbs make it a habit (எப்போதும், always)."""
    return any(lex.adverbs[a].get("habitual") for a in adv_keys)


def tense_fits(lex: Lexicon, verb, tense: str | None, adv_keys) -> bool:
    """Whether ``verb`` reads naturally in ``tense``: one of its tenses, or the present of a 'habit' verb
    told as a habit (he always forgets)."""
    if tense is None or tense in verb.tenses:
        return True
    return tense == "pres" and verb.habit and is_habit(lex, adv_keys)


def draw_habit(rng, lex: Lexicon, cl: dict, mood: str) -> None:
    """Now and then turn a one-clause past statement of a 'habit' verb (no time, adverb, negation or
    relative clause) into a present habit with எப்போதும், in place."""
    verb = lex.verb(cl["verb"])
    plain = not cl.get("advs") and cl["time"] is None and not cl.get("neg") and not any(
        cl[r] is not None and cl[r].get("rc") for r in ("subj", "obj", "iobj", "goal", "source", "comit", "loc"))
    if mood == "decl" and verb.habit and cl["tense"] == "past" and plain and rng.random() < HABIT_RATE:
        cl["tense"], cl["advs"] = "pres", (HABIT_ADVERB,)
