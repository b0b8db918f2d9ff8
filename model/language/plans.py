"""Plans for the weekend (language v7g): இந்த வார இறுதியில், *this weekend*, a time phrase of three Tamil words.

நாங்கள் இந்த வார இறுதியில் அந்தக் கடற்கரைக்குச் செல்கிறோம் . → *we are going to the beach this weekend .*

Written Tamil says the weekend with வார இறுதி (the week's end); வீக்கெண்ட் is the spoken loan (typed, it is read as
வார இறுதியில் *on the weekend*, the lexicon time ``weekend`` since v8e). இந்த is the determiner it already is (*this*, ``det`` of
*weekend*), and வார இறுதியில் is a TMOD and a TN like அடுத்த வாரம் (``model.language.forms``), so the backbone reads
``DET_ tmod TN_`` as one time. The time is future, and also present: a trip planned for this weekend is told in
the Tamil present (செல்கிறோம்) and the English present progressive (*are going*), as people say plans. The
generator does not draw it with the other times (lexicon ``plan``); ``maybe_this_weekend`` puts it, from a hash of
the tree, on some clauses that say when a trip will be, or that tell a trip in the present.
"""

from __future__ import annotations

from dataclasses import replace

from model.language.draws import hash_draw

THIS_WEEKEND = "this_weekend"
PLAN_RATE = 0.25                    # of the clauses below that could take it
SWAPPED = ("tomorrow", "next_week")  # future times a plan for this weekend stands in for
TRIPS = ("go", "come", "travel", "visit", "return")     # told in the present as a plan


def is_plan(lex, time: str) -> bool:
    """Whether a time is drawn by ``maybe_this_weekend`` rather than with the other times."""
    return bool(lex.times[time].get("plan"))


def _fits(cl) -> bool:
    if cl.wh in ("when",) or cl.habit or cl.exist or cl.weather or cl.exp or cl.vless:
        return False
    if cl.time in SWAPPED and cl.tense == "fut":
        return True
    return cl.time is None and cl.tense == "pres" and cl.verb in TRIPS and not cl.neg


def maybe_this_weekend(lex, tree):
    """Now and then a clause that says when a trip will be says *this weekend*; drawn from hashes of the tree, so
    the generator's random stream, and with it every other sentence, is unchanged."""
    if THIS_WEEKEND not in lex.times or not tree.clauses:
        return tree
    clauses = list(tree.clauses)
    for i, cl in enumerate(clauses):
        if _fits(cl) and hash_draw(f"weekend{i}" + repr(tree)) < PLAN_RATE:
            clauses[i] = replace(cl, time=THIS_WEEKEND)
    return replace(tree, clauses=tuple(clauses))
