"""The day and the time (language v5c), shared by both parsers and the generator.

Tamil asks the day and the hour with no verb: இன்று என்ன கிழமை ? *what day is it today ?* (the question word
before the noun), இப்போது மணி என்ன ? *what time is it now ?* (after it). English adds *is it* (*was it* of
yesterday): *what* aligns to என்ன, the noun to கிழமை or மணி, *is* to என்ன and *it* to the noun. The lexicon's
``clock`` list gives each noun, its English word, whether the question word comes first and the times it takes.
"""

from __future__ import annotations

from model.language.grammar import Clause
from model.language.lexicon import Lexicon

CLOCK_RATE, CLOCK_MAX = 0.03, 5             # among the generator's short questions
WHAT = "what"


def clocks(lex: Lexicon) -> dict[str, dict]:
    """The lexicon's ``clock`` entries by key (day, hour)."""
    return {c["key"]: c for c in lex.data.get("clock", ())}


def clock_problem(lex: Lexicon, key: str, time: str | None) -> str | None:
    """Why this time does not go with asking the day or hour (None when it does)."""
    entry = clocks(lex)[key]
    if time is None and entry["times"] and not entry.get("bare"):
        return f"{entry['ta']} is asked with a day (இன்று என்ன கிழமை ?)"
    if time is not None and time not in entry["times"]:
        said = ", ".join(lex.times[t]["ta"][0] for t in entry["times"])
        return f"{entry['ta']} is asked with {said} only"
    return None


def tense_of(lex: Lexicon, time: str | None) -> str:
    """was of yesterday, is otherwise."""
    return "past" if time is not None and lex.times[time]["tense"] == ["past"] else "pres"


def draw_clock(rng, lex: Lexicon) -> Clause:
    """இன்று என்ன கிழமை ?, இப்போது மணி என்ன ?, மணி என்ன ? for the generator."""
    entry = rng.choice(list(clocks(lex).values()))
    times = list(entry["times"]) + ([None] if entry.get("bare") else [])
    time = rng.choice(times)
    return Clause("be", tense_of(lex, time), time=time, wh=WHAT, clock=entry["key"])


def ta_clock(lz, cl: Clause, path: tuple) -> None:
    lex, entry = lz.lex, clocks(lz.lex)[cl.clock]
    for j, word in enumerate(lex.times[cl.time]["ta"] if cl.time else ()):
        lz.ta(word, path + ("time", j))
    words = [(lex.wh[WHAT]["ta"], path + ("wh",)), (entry["ta"], path + ("subj", "head"))]
    for word, p in words if entry["wh_first"] else words[::-1]:
        lz.ta(word, p)


def en_clock(lz, cl: Clause, path: tuple) -> tuple[int, int]:
    lex, entry = lz.lex, clocks(lz.lex)[cl.clock]
    what = lz.en(lex.wh[WHAT]["en"], path + ("wh",))
    head = lz.en(entry["en"], path + ("subj", "head"))
    cop = lz.en("was" if cl.tense == "past" else "is", path + ("wh",))
    it = lz.en("it", path + ("subj", "head"))
    lz.rel(what, head, "det")
    lz.rel(cop, head, "cop")
    lz.rel(it, head, "nsubj")
    lz.rel(cop, it, "agr")
    if cl.time:
        lz.rel(lz.en_time(cl, path, head), head, "tmod")
    return head, it


# ---- the parsers' sides
def read_clock(r, node, find_time) -> Clause:
    """The Tamil parser: [time] என்ன கிழமை / [time] மணி என்ன."""
    from lark import Token, Tree

    from model.language.forest import first_word

    ctok = next(c for c in node.children if isinstance(c, Token) and c.type == "CLOCK_")
    key = r.an(ctok, "CLOCK").key
    wtok = first_word(next(c for c in node.children if isinstance(c, Tree) and c.data == "wh"))
    if r.an(wtok, "WH").key != WHAT:
        r.fail(f"{r.word(wtok)}: the day and the time are asked with என்ன (இன்று என்ன கிழமை ?)", wtok)
    wh_first = wtok.start_pos < ctok.start_pos
    if wh_first != clocks(r.lex)[key]["wh_first"]:
        r.fail(f"{r.word(ctok)}: say " + ("என்ன கிழமை" if key == "day" else "மணி என்ன"), ctok)
    tnode = next((c for c in node.children if isinstance(c, Tree) and c.data == "time"), None)
    time = None
    if tnode is not None:
        words = " ".join(first_word(t).value for t in tnode.children)
        time = find_time(r.lex, words)
    problem = clock_problem(r.lex, key, time)
    if problem:
        r.fail(f"{r.word(ctok)}: {problem}", ctok)
    return Clause("be", tense_of(r.lex, time), time=time, wh=WHAT, clock=key)


def read_english_clock(r, node) -> Clause:
    """The English parser: what day is it today ?, what time is it now ?"""
    from lark import Token, Tree

    from model.language.forest import first_word

    noun = first_word(next(c for c in node.children if isinstance(c, Tree) and c.data == "clockn"))
    key = next(k for k, c in clocks(r.lex).items() if c["en"] == noun.value)
    what = first_word(next(c for c in node.children if isinstance(c, Tree) and c.data == "wh"))
    it = next(c for c in node.children if isinstance(c, Token) and c.type == "PRON")
    if what.value != WHAT or it.value != "it":
        r.fail(f"'{what.value} {noun.value} … {it.value}': the language asks 'what {noun.value} is it ?'", what)
    time = r.time_of([c for c in node.children if isinstance(c, Tree) and c.data == "time"])
    problem = clock_problem(r.lex, key, time)
    if problem:
        r.fail(problem, noun)
    return Clause("be", tense_of(r.lex, time), time=time, wh=WHAT, clock=key)
