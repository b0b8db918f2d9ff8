"""Language v5a: habits denied, which both parsers and the generator share.

The habitual negative: the verbal noun of the future stem with இல்லை (குடிப்பது + இல்லை → குடிப்பதில்லை) says that
someone does not do something as a rule: நான் தேநீர் குடிப்பதில்லை → *i do not drink tea*. It is one word that
does not agree with its subject, read in the present; English has the simple present with *do/does not*. The
-வில்லை form of an action with no time phrase stays the past (குடிக்கவில்லை, *did not drink*), so each sentence
reads one way, and the English *do not drink* with no time phrase or adverb reads back as the habit.

A habit is denied in a main statement with no time phrase and no adverb (தினமும் or எப்போதும் with a negation
would leave open whether the habit or the 'every day' is denied), of an action (states already take -வில்லை in
the present: நம்பவில்லை, does not trust).
"""

from __future__ import annotations

from dataclasses import replace

from model.language.bare import acts_alone
from model.language.draws import hash_draw
from model.language.grammar import Clause, Sentence, english_aspect
from model.language.inflection import habitual_negative
from model.language.lexicon import Lexicon

HABIT_NEG_RATE = 0.08         # one-clause statements of an action the generator tells as a habit denied


def habit_problem(lex: Lexicon, verb, mood: str, depth: int, time: str | None, advs) -> str | None:
    """Why a habitual negative cannot stand here (None when it can)."""
    word = habitual_negative(verb)
    if mood != "decl" or depth:
        return f"{word} (does not {verb.en[0]}) denies a habit in a main statement"
    if verb.key == "be" or verb.stative or "pres" not in verb.tenses:
        return f"{word}: a habit is an action one does again and again, not '{verb.en[0]}'"
    if time is not None or advs:
        return f"{word} (does not {verb.en[0]}) takes no time phrase or adverb: it says what one never does"
    return None


def reads_as_habit(lex: Lexicon, cl: Clause, aspect: str | None, mood: str, depth: int) -> bool:
    """True when the English clause ``cl`` (do/does not + an action, no time phrase or adverb) is a habit denied."""
    if not cl.neg or cl.tense != "pres" or aspect != "simple" or cl.verb == "be" or mood != "decl" or depth:
        return False
    action = english_aspect(lex, cl) == "progressive" or cl.verb == lex.music_verb    # does not play the guitar (v8a)
    return action and cl.time is None and not cl.advs


def deny_habit(lex: Lexicon, tree: Sentence) -> Sentence:
    """Now and then a one-clause statement of an action becomes a habit denied (அவன் தேநீர் குடிப்பதில்லை, he does
    not drink tea); the draw is a hash of the tree, so the generator's random stream is unchanged."""
    if tree.mood != "decl" or len(tree.clauses) != 1 or tree.intj is not None:
        return tree
    cl = tree.clauses[0]
    if cl.subj is None or cl.subj.det == "a" or cl.attr is not None or cl.neg or cl.wh or cl.gap or any(
            (cl.vless, cl.exp, cl.weather, cl.age, cl.price, cl.count, cl.time_first)):
        return tree
    if any(getattr(cl, r) is not None and getattr(cl, r).rc is not None
           for r in ("subj", "obj", "iobj", "loc", "comit", "source", "goal")):
        return tree
    if cl.verb == "be" or acts_alone(lex, cl.verb, lex.nouns.get(cl.subj.head) if cl.subj.kind == "noun" else None) \
            or habit_problem(lex, lex.verb(cl.verb), "decl", 0, cl.time, cl.advs) is not None:
        return tree
    draw = hash_draw("habit" + repr(tree))
    if draw >= HABIT_NEG_RATE:
        return tree
    return replace(tree, clauses=(replace(cl, tense="pres", neg=True, habit=True),))
