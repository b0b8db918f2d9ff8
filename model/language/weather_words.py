"""Talking about the weather (language v4d): வானிலை (class 'weather') is said of with a predicate only,
and English names it with 'the' where Tamil has no determiner (tag 'the_bare'): வானிலை இன்று இதமாக
இருக்கிறது *the weather is nice today*, வானிலை இதமாக இருக்கிறதா ? *is the weather nice ?*. இந்த வானிலை is
*this weather*; அந்த வானிலை is not said (வானிலை alone is the weather)."""

from __future__ import annotations

THE_WEATHER_RATE = 0.15         # how often the generator's copular clause is about the weather
WEATHER_CLASS = "weather"


def be_subject_classes(rng, wanted: tuple[str, ...]) -> tuple[str, ...]:
    """The classes a copular clause's subject is drawn from: now and then only the weather."""
    return (WEATHER_CLASS,) if rng.random() < THE_WEATHER_RATE else wanted + (WEATHER_CLASS,)


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
    from dataclasses import replace

    again = [k for k, a in lex.adverbs.items() if a.get("weather")]
    if again and not cl.neg and rng.random() < WEATHER_ADV_RATE:
        return replace(cl, advs=(rng.choice(again),))
    return cl
