"""Emphasis the English everyday set needs (language v5d): *so* before a state in a why-question — நீ இன்று ஏன்
இவ்வளவு அமைதியாக இருக்கிறாய் ? → *why are you so quiet today ?* (இவ்வளவு, "this much", is a degree of the lexicon like
மிகவும் *very*; *so* aligns to it and is an ``advmod`` of the predicate).

A state said to be *so* strong is one the speaker sees and asks about: இவ்வளவு goes in a question with ஏன் (why),
not negated, before a state a person feels or shows. Elsewhere the parser says where it goes.
"""

from __future__ import annotations

SO = "so"
SO_RATE = 0.3                       # why-questions about a feeling that the generator asks with இவ்வளவு (so)
SO_STATES = ("tired", "happy", "angry", "busy", "quiet", "sad", "worried")   # a person's state, seen and asked about


def degree_problem(degree: str | None, mood: str, wh: str | None, neg: bool, pred: str | None) -> str | None:
    """Why the degree ``degree`` cannot stand in this clause (None when it can): இவ்வளவு (so) asks why a person
    is in a state so strongly (நீ ஏன் இவ்வளவு அமைதியாக இருக்கிறாய் ?)."""
    if degree != SO:
        return None
    if mood != "question" or wh != "why" or neg or pred not in SO_STATES:
        return ("இவ்வளவு (so) goes in a question with ஏன், not negated, before how a person is "
                "(நீ ஏன் இவ்வளவு அமைதியாக இருக்கிறாய் ? why are you so quiet ?)")
    return None


def draw_so(rng, cl: dict, wh: str) -> None:
    """Give a generated why-question about a person's state இவ்வளவு (so) now and then (``cl`` in place)."""
    if wh == "why" and cl.get("verb") == "be" and cl.get("pred") in SO_STATES and not cl.get("neg") \
            and rng.random() < SO_RATE:
        cl["degree"] = SO
