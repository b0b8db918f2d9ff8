"""All of us (language v5c), shared by both parsers and the generator.

எல்லோரும் (all) stands right after a plural personal subject of இரு with a predicate: நாங்கள் எல்லோரும்
மகிழ்ச்சியாக இருக்கிறோம் *we are all happy*, நீங்கள் எல்லோரும் தயாராக இருக்கிறீர்களா ? *are you all ready ?*.
English says *all* right before the predicate (after the subject in a question). The lexicon's ``everyone`` entry
gives the words.
"""

from __future__ import annotations

from dataclasses import replace

from model.language.grammar import Clause
from model.language.lexicon import Lexicon

ALL_RATE = 0.2                              # one-clause statements and questions of a group with a predicate
GROUPS = ("we", "we_incl", "you", "they")


def everyone(lex: Lexicon) -> dict:
    """The lexicon's ``everyone`` entry ('ta' எல்லோரும், 'en' all)."""
    return lex.data["everyone"]


def everyone_problem(lex: Lexicon, cl: Clause, mood: str, depth: int) -> str | None:
    """Why எல்லோரும் cannot stand in ``cl`` (None when it can)."""
    said = f"{everyone(lex)['ta']} ({everyone(lex)['en']})"
    if cl.verb != "be" or cl.pred is None:
        return f"{said} goes with இரு and a predicate here (நாங்கள் எல்லோரும் மகிழ்ச்சியாக இருக்கிறோம்)"
    if cl.subj is None or cl.subj.kind != "pron" or cl.subj.head not in GROUPS:
        return f"{said} follows நாங்கள், நாம், நீங்கள் or அவர்கள்"
    if depth or mood not in ("decl", "question") or cl.neg or cl.wh is not None:
        return f"{said} goes in a main statement or yes/no question, not negated"
    return None


def draw_everyone(rng, lex: Lexicon, cl: dict, mood: str) -> None:
    """Now and then put எல்லோரும் after a group subject of a predicate, in place."""
    subj = cl.get("subj")
    if cl["verb"] != "be" or cl["pred"] is None or subj is None or subj.get("kind") != "pron" \
            or subj.get("head") not in GROUPS or cl.get("neg") or cl.get("wh") or rng.random() >= ALL_RATE:
        return
    cl["everyone"] = True


def ta_everyone(lz, path: tuple) -> None:
    lz.ta(everyone(lz.lex)["ta"], path + ("all",))


def en_everyone(lz, path: tuple) -> int:
    return lz.en(everyone(lz.lex)["en"], path + ("all",))


def split_everyone(kids: list):
    """The clause's children without எல்லோரும் and its token, or None when it has none."""
    at = next((i for i, k in enumerate(kids[:-1]) if getattr(k, "data", None) == "item"
               and k.children[0].data == "everyone"), None)
    if at is None:
        return None
    return kids[:at] + kids[at + 1:], kids[at].children[0].children[0]


def read_english_everyone(r, cl: Clause, tok, mood: str, depth: int) -> Clause:
    cl = replace(cl, everyone=True)
    problem = everyone_problem(r.lex, cl, mood, depth)
    if problem:
        r.fail(problem, tok)
    return cl
