"""Talking about the weather (language v4d): வானிலை (class 'weather') is said of with a predicate only,
and English names it with 'the' where Tamil has no determiner (tag 'the_bare'): வானிலை இன்று இதமாக
இருக்கிறது *the weather is nice today*, வானிலை இதமாக இருக்கிறதா ? *is the weather nice ?*. இந்த வானிலை is
*this weather*; அந்த வானிலை is not said (வானிலை alone is the weather)."""

from __future__ import annotations

THE_WEATHER_RATE = 0.02         # how often the generator's copular clause is about the weather
WEATHER_CLASS = "weather"


def be_subject_classes(rng, wanted: tuple[str, ...]) -> tuple[str, ...]:
    """The classes a copular clause's subject is drawn from: now and then only the weather."""
    return (WEATHER_CLASS,) if rng.random() < THE_WEATHER_RATE else wanted + (WEATHER_CLASS,)
