"""Two predicates joined by *but* (language v6a): அந்தத் திரைப்படம் நீளமாக ஆனால் சுவாரசியமாக இருந்தது . → *the movie
was long but interesting .*

A copula clause may say a second predicate (``Clause.pred2``) after ஆனால் (*but*), one clause, one இரு: the
first is a quality one would not expect to go with the second (``CONTRASTS``: long → interesting, good). Both fit the
subject (the rule book's subject-fits reads both). English puts *but* with no comma between the two (a comma before
*but* joins two clauses); the second predicate is the conjunct of the first (``conj``), *but* its ``cc``. Only in a
plain statement, yes/no question or relative clause (*a story that was long but interesting*): no degree word, no
negation, no question word, no time or place.
"""

from __future__ import annotations

from model.language.grammar import Clause
from model.language.lexicon import Lexicon

BUT = "but"
CONTRASTS = {"long": ("interesting",)}            # a long movie one still enjoys
CONTRAST_RATE = 0.3                                # of copula statements whose subject fits a contrast


def pred2_problem(lex: Lexicon, cl: Clause, mood: str, conj: str) -> str | None:
    """Why a clause cannot join two predicates with ``conj`` (None when it can)."""
    if conj != BUT:
        return f"two predicates are joined by ஆனால் (but), not {lex.conjunctions[conj]['ta']}"
    if cl.pred2 not in CONTRASTS.get(cl.pred, ()):
        pairs = ", ".join(f"{a} but {b}" for a, bs in CONTRASTS.items() for b in bs)
        return f"'{lex.predicates[cl.pred]['en']} but {lex.predicates[cl.pred2]['en']}' is not a contrast the " \
            f"language has ({pairs})"
    if cl.neg or cl.degree or cl.wh or cl.time or cl.loc or mood not in ("decl", "question", "rc"):
        return "two predicates joined by but stand in a plain statement, question or relative clause (no very, " \
            "not, time or place)"
    return None


def draw_pred2(rng, lex: Lexicon, cl: dict, fits, mood: str) -> None:
    """Now and then say a copula statement's predicate with its contrast (long but interesting), in place, where
    the subject fits both (``fits`` tells whether a predicate fits it)."""
    if mood not in ("decl", "rc") or cl.get("degree") or cl.get("neg"):
        return
    pairs = [(a, b) for a, bs in CONTRASTS.items() for b in bs if fits(a) and fits(b)]
    if pairs and rng.random() < CONTRAST_RATE:
        cl["pred"], cl["pred2"] = rng.choice(pairs)
        cl["time"] = cl["loc"] = None
        cl["_adjuncts"] = False


def kept_pred2(cl: dict) -> str | None:
    """A drawn second predicate, unless the clause later became one that cannot have it (negated by a *because*
    that follows, given a degree word, a time or a place)."""
    if cl.get("neg") or cl.get("degree") or cl.get("time") or cl.get("loc") or cl.get("wh"):
        return None
    return cl.get("pred2")
