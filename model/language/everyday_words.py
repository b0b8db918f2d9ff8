"""Everyday words of language v4d, which both parsers and the generator share: home (a bare வீடு), habits of
things that happen (எப்போதும் மறக்கிறான், always forgets), the weather (வானிலை இதமாக இருக்கிறது) and the rain
and again (மீண்டும்). Each part's rules are in one place here; the data
is in lexicon.json.
"""

from __future__ import annotations

from dataclasses import replace

from model.language.lexicon import Lexicon


# ---- Home (language v4d): a bare வீடு is one's home, as Tamil says it and English names it without "the".
#
# நான் வீட்டுக்குப் போனேன் *i went home* (no "to"), அக்கா வீட்டில் இருக்கிறாள் *elder sister is at home*, அவன்
# வீட்டிலிருந்து வந்தான் *he came from home*. With a determiner, an adjective or a relative clause the noun is a
# house again (அந்த வீட்டில் *in the house*). The lexicon marks such a noun with 'en_bare' (its English word).
def is_home(lex: Lexicon, np) -> bool:
    """True when ``np`` is a bare singular noun that English names with its 'en_bare' word (வீடு → home)."""
    if np is None or np.kind != "noun" or np.det is not None or np.adjs or np.rc is not None or np.number != "sg":
        return False
    return lex.nouns[np.head].en_bare is not None


def home_prep(role: str) -> str | None:
    """The English preposition before "home" in a role: went home, at home, from home."""
    return {"goal": None, "loc": "at", "source": "from"}[role]


def home_word_problem(lex: Lexicon, word: str, noun, has_det: bool, has_adj: bool) -> str | None:
    """Why the English word ``word`` (a noun's 'en_bare', "home") cannot stand here (None when it can)."""
    if noun.en_bare != word:
        return None
    if has_det or has_adj:
        return f"'{word}' takes no determiner or adjective (write 'the {noun.en}')"
    return None


# ---- Habits of things that happen (language v4d): an involuntary verb such as மற (forget) or தொலை (lose) is told
# in the past (நான் என் சாவிகளை மறந்தேன் *i forgot my keys*), and in the present only as a habit, with
# எப்போதும் (always): அவன் எப்போதும் அவனுடைய குடையை மறக்கிறான் *he always forgets his umbrella*. The lexicon marks
# such verbs 'habit'; both parsers and the generator ask ``tense_fits``.
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


# ---- Talking about the weather (language v4d): வானிலை (class 'weather') is said of with a predicate only,
# and English names it with 'the' where Tamil has no determiner (tag 'the_bare'): வானிலை இன்று இதமாக
# இருக்கிறது *the weather is nice today*, வானிலை இதமாக இருக்கிறதா ? *is the weather nice ?*. இந்த வானிலை is
# *this weather*; அந்த வானிலை is not said (வானிலை alone is the weather).
THE_WEATHER_RATE = 0.15         # how often the generator's copular clause is about the weather
WEATHER_CLASS = "weather"


PLACE_SUBJECT = "place"
PLACE_SUBJECT_RATE = 0.25       # copular clauses about a place (அந்த நகரம் அழகாக இருக்கிறது)


def be_subject_classes(rng, wanted: tuple[str, ...]) -> tuple[str, ...]:
    """The classes a copular clause's subject is drawn from: now and then only the weather, or a place."""
    pick = rng.random()
    if pick < THE_WEATHER_RATE:
        return (WEATHER_CLASS,)
    if pick < THE_WEATHER_RATE + PLACE_SUBJECT_RATE:
        return (PLACE_SUBJECT,)
    return wanted + (WEATHER_CLASS,)


def known_place(np: dict) -> dict:
    """A place drawn as a subject: a town, or a place with a determiner (அந்த நகரம்: the city)."""
    if np["kind"] == "noun" and np["det"] is None:
        np["det"] = "the"
    return np


# ---- the rain again: இன்று மீண்டும் மழை பெய்கிறது (it is raining again today)
WEATHER_ADV_RATE = 0.2          # how often the generator's rain comes again


def weather_adverb_problem(lex, keys, neg: bool) -> str | None:
    """Why these adverbs cannot go with the rain (None when they can): one adverb marked 'weather'
    (மீண்டும், again), in a statement or question that is not negated."""
    if not keys:
        return None
    entry = lex.adverbs[keys[0]]
    if len(keys) > 1 or not entry.get("weather"):
        return f"the rain takes no {entry['ta']} ({entry['en']}); it may come again (மீண்டும்)"
    if neg:
        return f"{entry['ta']} ({entry['en']}) goes with rain that comes, not negated"
    return None


def draw_weather_adverb(rng, lex, cl):
    """Now and then the rain comes again (the clause with மீண்டும், when not negated)."""
    again = [k for k, a in lex.adverbs.items() if a.get("weather")]
    if again and not cl.neg and rng.random() < WEATHER_ADV_RATE:
        return replace(cl, advs=(rng.choice(again),))
    return cl


# ---- Adjectives said as predicates: அந்த நகரம் இரவில் அழகாக இருக்கிறது *the city is beautiful at night*.
# English says the adjective (அழகான, beautiful) and the predicate (அழகாக) with one word; a predicate entry with
# 'adjective' names it, and the English backbone lets an adjective end the verb group.
def predicate_token(reader, tok):
    """The verb group's last word as a predicate: an adjective with a predicate reading becomes a PRED token
    (the same word); one without says why."""
    if tok.type not in ("ADJ", "ADVP"):
        return tok
    if not any(r.cat == "PRED" for r in _readings(tok.value)):
        reader.fail(f"'{tok.value}' describes a noun here ('a {tok.value} …'); after is/are the language has "
                    "predicates such as ready, happy, beautiful", tok)
    return tok.update(type="PRED")


def _readings(word: str):
    from model.language.english_grammar import readings

    return readings(word)


def place_predicate_problem(noun, pred_key: str | None, wh: str | None) -> str | None:
    """A place is a subject only of a predicate (அந்த நகரம் அழகாக இருக்கிறது, the city is beautiful) or of
    எங்கே (where is the station ?); None when this one fits."""
    if noun is None or noun.cls != "place" or pred_key is not None or wh == "where":
        return None
    return "a place as a subject is said of with a predicate (அந்த நகரம் அழகாக இருக்கிறது)"


def state_time_fits(lex: Lexicon, time: str, tense: str | None, pred: str | None) -> bool:
    """A 'state' time (இரவில், at night) with a predicate in the present: the city is beautiful at night."""
    return tense == "pres" and pred is not None and bool(lex.times[time].get("state"))


# ---- An adverb in a relative clause: சீக்கிரம் முடித்த மாணவர்கள் வீட்டுக்குச் சென்றார்கள் *the students who finished
# early went home*. An adverb marked 'in_rc' may stand in a relative clause one deep whose main clause has no other
# heavy phrase.
def rc_adverbs_fit(lex: Lexicon, keys, mood: str, depth: int, heavy: bool) -> bool:
    """True when ``keys`` are adverbs that may stand in this relative clause (one, marked 'in_rc')."""
    return mood == "rc" and depth == 1 and not heavy and len(keys) == 1 and bool(lex.adverbs[keys[0]].get("in_rc"))


RC_ADV_RATE = 0.2               # relative clauses on a subject gap, of a verb an 'in_rc' adverb goes with


def draw_rc_adverb(rng, lex: Lexicon, rc: dict | None, depth: int) -> None:
    """Now and then give a relative clause one deep an 'in_rc' adverb (and, for a verb that may, no object),
    in place: சீக்கிரம் முடித்த மாணவர்கள், the students who finished early."""
    if rc is None or rc["gap"] != "subj" or depth != 1 or rc["time"] in ("by_tomorrow", "soon") or rc.get("neg"):
        return
    if any(rc[r] is not None and rc[r].get("rc") for r in ("subj", "obj", "iobj", "goal", "source", "comit", "loc")):
        return
    keys = [k for k, a in lex.adverbs.items() if a.get("in_rc") and rc["verb"] in a.get("verbs", ())]
    if keys and rng.random() < RC_ADV_RATE:
        rc["advs"] = (rng.choice(keys),)
        if lex.verb(rc["verb"]).obj_optional and rc["obj"] is not None and rng.random() < 0.5:
            rc["obj"] = None
