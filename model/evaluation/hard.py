"""A hard evaluation set: held-out sentences (test split) drawn for named categories of composition
that the length-controlled sampler rarely produces, each found by rejection sampling on the tree.

``python -m model evaluate`` reports exact match (and AER for the attention model) per category
beside the length buckets; the Models page shows it.
"""

from __future__ import annotations

from collections.abc import Callable

from model.language.forms import analyses, base_spelling
from model.language.generator import sample_pairs
from model.language.grammar import NP, Clause, Pair, Sentence

HARD_SEED = 90_210
PER_CATEGORY = 60
MAX_DRAWS = 20_000


def _rc_depth(np: NP | None) -> int:
    if np is None or np.rc is None:
        return 0
    return 1 + max(_rc_depth(getattr(np.rc, r)) for r in ("subj", "obj", "iobj"))


def _clauses(cl: Clause):
    yield cl
    for role in ("subj", "obj", "iobj"):
        np = getattr(cl, role)
        if np is not None and np.rc is not None:
            yield from _clauses(np.rc)


def _cats(pair: Pair, cat: str) -> list[int]:
    return [i for i, w in enumerate(pair.src) if any(a.cat == cat for a in analyses().get(base_spelling(w), ()))]


def nested3(tree: Sentence, pair: Pair) -> bool:
    return any(_rc_depth(getattr(cl, r)) >= 3 for cl in tree.clauses for r in ("subj", "obj", "iobj"))


def stacked(tree: Sentence, pair: Pair) -> bool:
    vrp = _cats(pair, "VRP")
    return sum(b - a <= 4 for a, b in zip(vrp, vrp[1:])) >= 2


def coordinated(tree: Sentence, pair: Pair) -> bool:
    return len(tree.clauses) >= 4


def dense(tree: Sentence, pair: Pair) -> bool:
    return any(cl.iobj is not None and cl.time is not None and (cl.loc or cl.goal or cl.source)
               and any(getattr(cl, r) is not None and getattr(cl, r).rc is not None for r in ("subj", "obj", "iobj"))
               for top in tree.clauses for cl in _clauses(top))


def long_question(tree: Sentence, pair: Pair) -> bool:
    return tree.mood in ("question", "request") and len(pair.src) >= 16


def repeated_kind(tree: Sentence, pair: Pair) -> bool:
    for cat in ("NUM", "ADJ"):
        where = _cats(pair, cat)
        if where and where[-1] - where[0] >= 12:
            return True
    return False


def _all_clauses(tree: Sentence):
    for top in tree.clauses:
        yield from _clauses(top)


def negated(tree: Sentence, pair: Pair) -> bool:
    return any(cl.neg for cl in tree.clauses)


def wh_question(tree: Sentence, pair: Pair) -> bool:
    return any(cl.wh for cl in tree.clauses)


def first_second(tree: Sentence, pair: Pair) -> bool:
    return any(np is not None and np.kind == "pron" and np.head in ("i", "you", "you_sg", "we", "we_incl")
               for cl in _all_clauses(tree) for np in (cl.subj, cl.obj, cl.iobj))


def verbless(tree: Sentence, pair: Pair) -> bool:
    return any(cl.attr is not None for cl in tree.clauses)


CATEGORIES: dict[str, tuple[str, Callable[[Sentence, Pair], bool]]] = {
    "nested3": ("relative clauses nested three deep", nested3),
    "stacked": ("relative participles stacked (three within a few words)", stacked),
    "coord4+": ("four or more coordinated clauses", coordinated),
    "dense": ("recipient + relative clause + time + place in one clause", dense),
    "long question": ("questions and requests of 16 words or more", long_question),
    "repeat far": ("numbers or adjectives 12+ words apart (easy to copy the wrong one)", repeated_kind),
    "negation": ("negated clauses (-வில்லை, -மாட்டான், இல்லை, -ஆதீர்கள்)", negated),
    "wh-question": ("wh-questions (யார், என்ன, எங்கே, எப்போது, ஏன், எப்படி)", wh_question),
    "1st/2nd person": ("i, you, we as subject or object", first_second),
    "verbless": ("sentences without a Tamil verb (அவள் என் அக்கா)", verbless),
}
# how each category is drawn: the sampler's settings (more relative clauses, only questions) and lengths
DRAW = {"nested3": ({"rc_boost": 8.0}, 15, 60), "stacked": ({"rc_boost": 8.0}, 12, 60),
        "coord4+": ({}, 30, 60), "dense": ({}, 15, 60),
        "long question": ({"mood": ("question", "request"), "rc_boost": 8.0}, 16, 40), "repeat far": ({}, 25, 60),
        "negation": ({}, 3, 30), "wh-question": ({"mood": ("question",)}, 3, 30), "1st/2nd person": ({}, 3, 30),
        "verbless": ({}, 3, 20)}


def hard_sets(per_category: int = PER_CATEGORY, seed: int = HARD_SEED) -> dict[str, list[Pair]]:
    """``per_category`` test-split pairs for each category (fewer if ``MAX_DRAWS`` draws do not find them)."""
    sets: dict[str, list[Pair]] = {}
    for k, (name, (_, test)) in enumerate(CATEGORIES.items()):
        kwargs, lo, hi = DRAW[name]
        found: list[Pair] = []
        for draws, (tree, pair) in enumerate(sample_pairs(MAX_DRAWS, seed + k, lo, hi, split="test", **kwargs)):
            if test(tree, pair):
                found.append(pair)
            if len(found) >= per_category or draws + 1 >= MAX_DRAWS:
                break
        sets[name] = found
    return sets
