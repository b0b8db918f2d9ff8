"""How long, *for ten years* (language v6c), shared by both parsers and the generator.

Tamil says how long a state has lasted up to now with the number, the unit in the plural and -ஆக, and the verb in
the present: அவர்கள் பத்து வருடங்களாகச் சென்னையில் வசிக்கிறார்கள் → *they have lived in chennai for ten years*. English
says the present perfect (*have/has* and the participle, aligned to the Tamil verb) and *for ten years* at the end of
the clause (*for* and *years* aligned to வருடங்களாக, *ten* to பத்து); -ஆக doubles a following க ச த ப.

The phrases are time expressions of the lexicon (``Lexicon.times``, key ``for_ten_years``) built from its ``duration``
entry (the units and the verbs of a lasting state: living, working, staying); they stand in a main statement or
question in the present, not negated, with no other adverb.
"""

from __future__ import annotations

import hashlib

from model.language.draws import hash_draw

DURATION_RATE = 0.5          # one-clause statements of a lasting state (no time phrase) the generator says how long


def duration_times(data: dict) -> dict[str, dict]:
    """The time expressions *for two years* … *for ten months* (key 'for_ten_years'), from the lexicon data."""
    entry = data.get("duration")
    if not entry:
        return {}
    out = {}
    for unit in entry["units"]:
        for n in data["numbers"]:
            out[f"for_{n['key']}_{unit['key']}"] = {
                "key": f"for_{n['key']}_{unit['key']}", "ta": [n["ta"], unit["ta"]], "en": [entry["en"], n["en"], unit["en"]],
                "align": [[1], [0], [1]], "head": 2, "rels": [[0, 2, "case"], [1, 2, "nummod"]],
                "tense": ["pres"], "day": None, "duration": True, "doubles": True}
    return out


def is_duration(lex, time: str | None) -> bool:
    return time is not None and bool(lex.times[time].get("duration"))


def duration_problem(lex, verb_key: str, mood: str, depth: int, neg: bool, advs, tense: str | None) -> str | None:
    """Why a *for ten years* phrase cannot stand in this clause (None when it can)."""
    entry = lex.data["duration"]
    if verb_key not in entry["verbs"]:
        return "how long (பத்து வருடங்களாக, for ten years) is said here of living, working or staying"
    if depth or mood not in ("decl", "question") or neg or advs or tense != "pres":
        return "how long (பத்து வருடங்களாக, for ten years) goes with the present in a main statement or question, " \
               "not negated, with no other adverb"
    return None


def maybe_duration(lex, tree):
    """Now and then a one-clause statement of a lasting state says, in the present, how long (அவர்கள் பத்து வருடங்களாகச்
    சென்னையில் வசிக்கிறார்கள்); drawn from hashes of the tree, so the generator's random stream is unchanged."""
    from dataclasses import replace

    if "duration" not in lex.data or tree.mood != "decl" or len(tree.clauses) != 1 or tree.intj is not None:
        return tree
    cl = tree.clauses[0]
    if cl.tense is None or cl.time is not None or cl.attr is not None or cl.purpose is not None or cl.wh or any(
            (cl.exist, cl.exp, cl.weather, cl.habit, cl.vless, cl.perfect, cl.never, cl.everyone, cl.some)):
        return tree
    if cl.subj is None or cl.subj.det == "a" or cl.subj.rc is not None or (cl.loc is not None and cl.loc.rc is not None):
        return tree
    if cl.verb == "live" and cl.loc is None:
        return tree                                     # lived in chennai for ten years
    cl = replace(cl, tense="pres", neg=False)            # (lived, will live): how long, up to now
    if duration_problem(lex, cl.verb, "decl", 0, cl.neg, cl.advs, cl.tense) is not None:
        return tree
    draw = hash_draw("duration" + repr(tree))
    if draw >= DURATION_RATE:
        return tree
    times = sorted(k for k, t in lex.times.items() if t.get("duration"))
    pick = int(hashlib.sha256(("duration-which" + repr(tree)).encode()).hexdigest()[:8], 16) % len(times)
    return replace(tree, clauses=(replace(cl, time=times[pick]),))


def read_english_duration(r, cl, main, aspect: str, mood: str, depth: int):
    """The English parser: *have lived … for ten years* (the present perfect) is the Tamil present."""
    from dataclasses import replace

    if aspect != "perfect":
        verb = r.lex.verb(cl.verb)
        r.fail(f"'for {' '.join(r.lex.times[cl.time]['en'][1:])}' says how long up to now: 'have {verb.en[2]} … "
               f"{' '.join(r.lex.times[cl.time]['en'])}'", main)
    out = replace(cl, tense="pres")
    problem = duration_problem(r.lex, cl.verb, mood, depth, cl.neg, cl.advs, "pres")
    if problem:
        r.fail(problem, main)
    return out
