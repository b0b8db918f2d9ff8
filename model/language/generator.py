"""Seeded, length-controlled sampling of Mini-Tamil → English sentence pairs.

Encoding of one sample (the JSON ``python -m model sample`` prints, one object per line)::

    {"src":   [Tamil-script tokens],          # source, SOV, punctuation as tokens
     "roman": [romanized tokens],             # same tokens in the romanization of model.language.script
     "tgt":   [English tokens],               # lowercase English, punctuation as tokens
     "align": [[source indices] per tgt token],
     "relations": [[dependent, head, label], ...]}   # indices into tgt

Length means the number of source tokens, punctuation included. A sample is drawn by picking a
target length uniformly in [min_len, max_len] and growing a random abstract tree towards it
(clauses, relative clauses, adjuncts, adjectives) until its Tamil side has exactly that length.
Splits are disjoint by construction: the SHA-1 of the Tamil sentence picks train (80 %),
valid (10 %) or test (10 %), so a test sentence can never appear in train.
"""

from __future__ import annotations

import hashlib
import math
import random
from collections.abc import Iterator

from model.language.grammar import NP, Clause, Pair, Sentence, linearize, np_agr
from model.language.lexicon import Lexicon, Noun, load_lexicon

SPLITS = {"train": (0, 80), "valid": (80, 90), "test": (90, 100)}
MAX_RC_DEPTH = 3      # relative clauses nest up to three deep
MAX_CLAUSES = 5       # coordinated clauses per sentence
MIN_LEN = 3           # the shortest sentences ("ரவி வந்தான் .") have three tokens


def split_of(src: list[str]) -> str:
    """Which split a Tamil sentence belongs to (a pure function of its tokens)."""
    bucket = int(hashlib.sha1(" ".join(src).encode("utf-8")).hexdigest()[:8], 16) % 100
    return next(name for name, (lo, hi) in SPLITS.items() if lo <= bucket < hi)


def src_length(sentence: Sentence, lex: Lexicon | None = None) -> int:
    """Number of Tamil tokens of ``sentence`` without linearizing it."""
    lex = lex or load_lexicon()

    def np_len(np: NP) -> int:
        return (clause_len(np.rc, "rc") if np.rc else 0) + (np.det is not None) + len(np.adjs) + 1

    def clause_len(cl: Clause, mood: str) -> int:
        n = 1 + (mood == "request") + (cl.pred is not None)
        n += len(lex.times[cl.time]["ta"]) if cl.time else 0
        for role in ("subj", "obj", "iobj", "loc", "comit", "source", "goal"):
            np = getattr(cl, role)
            n += np_len(np) if np is not None else 0
        return n

    k = len(sentence.clauses)
    return sum(clause_len(c, sentence.mood) for c in sentence.clauses) + 2 * (k - 1) + 1


class Generator:
    """Random abstract trees; every choice is drawn from ``rng``."""

    def __init__(self, rng: random.Random, lex: Lexicon | None = None):
        self.rng, self.lex = rng, lex or load_lexicon()
        self.verbs = list(self.lex.verbs.values())
        self.names = list(self.lex.names.values())
        self.places = [n for n in self.lex.nouns.values() if n.cls == "place"]
        self._fill_cache: dict[tuple, list[Noun]] = {}
        self._verb_cache: dict[tuple, tuple[list[str], bool]] = {}

    # ---- lexical choices ----------------------------------------------------------------
    def fillers(self, wanted: tuple[str, ...]) -> list[Noun]:
        if wanted not in self._fill_cache:
            self._fill_cache[wanted] = [n for n in self.lex.nouns.values()
                                        if n.cls != "place" and n.fills(wanted)]
        return self._fill_cache[wanted]

    def predicates_for(self, noun: Noun | None) -> list[str]:
        return [k for k, p in self.lex.predicates.items()
                if (noun is None and "person" in p["for"]) or (noun is not None and noun.fills(p["for"]))]

    def make_np(self, wanted: tuple[str, ...], names: bool = True, place: bool = False) -> dict:
        rng = self.rng
        if place:
            noun = rng.choice(self.places)
        elif names and "person" in wanted and rng.random() < 0.2:
            return {"head": rng.choice(self.names).key, "kind": "name", "number": "sg",
                    "det": None, "adjs": [], "rc": None, "noun": None}
        else:
            noun = rng.choice(self.fillers(wanted))
        number = "pl" if noun.en_pl and rng.random() < 0.3 else "sg"
        if number == "pl":
            det = rng.choices(["the", "this", "num"], [0.4, 0.2, 0.4])[0]
            det = rng.choice(list(self.lex.numbers)) if det == "num" else det
        else:
            det = rng.choices(["the", "this", "a"], [0.45, 0.2, 0.35])[0]
        return {"head": noun.key, "kind": "noun", "number": number, "det": det, "adjs": [],
                "rc": None, "noun": noun}

    def noun_of(self, np: dict) -> Noun:
        return self.lex.nominal(np["kind"], np["head"]) if np["kind"] != "pron" else np["noun"]

    def choose_verb(self, subj: Noun | None, obj: Noun | None, mood: str,
                    copula_ok: bool = True) -> str:
        key = (subj, obj, mood)
        if key not in self._verb_cache:
            self._verb_cache[key] = (
                [v.key for v in self.verbs
                 if (subj is None or subj.fills(v.subj)) and (obj is None or (v.obj and obj.fills(v.obj)))
                 and (mood not in ("request", "imperative") or "person" in v.subj)
                 and (mood != "imperative" or v.imp)],
                bool(self.predicates_for(subj)))
        cands, preds = self._verb_cache[key]
        if copula_ok and obj is None and preds and (not cands or self.rng.random() < 0.12):
            return "be"
        return self.rng.choice(cands)

    # ---- clauses -------------------------------------------------------------------------
    def clause(self, mood: str, budget: float, depth: int, subj: dict | None = None,
               gap: str | None = None, head: Noun | None = None) -> dict:
        """A clause dict. ``subj`` forces the subject; ``gap``/``head`` make a relative clause."""
        rng, lex = self.rng, self.lex
        if gap == "obj":
            verb = self.choose_verb(None, head, mood, copula_ok=False)
        elif gap == "subj":
            verb = self.choose_verb(head, None, mood)
        else:
            verb = self.choose_verb(self.noun_of(subj) if subj else None, None, mood)
        v = lex.verb(verb)
        tense = None if mood in ("request", "imperative") else \
            rng.choices(("past", "pres", "fut"), (0.6, 0.2, 0.2) if gap else (0.45, 0.3, 0.25))[0]
        cl = {"verb": verb, "tense": tense, "gap": gap, "subj": None, "obj": None, "iobj": None,
              "pred": None, "time": None, "loc": None, "comit": None, "source": None, "goal": None}
        if mood in ("decl", "question") or (mood == "rc" and gap != "subj"):
            if subj is None:
                wanted = ("person",) if verb == "be" and rng.random() < 0.6 else \
                    (("person", "doc", "food", "object") if verb == "be" else v.subj)
                subj = self.make_np(wanted)
                if verb == "be" and not self.predicates_for(self.noun_of(subj)):
                    subj = self.make_np(("person",))
            cl["subj"] = subj
        if verb == "be":
            owner = head if gap == "subj" else (self.noun_of(cl["subj"]) if cl["subj"] else None)
            cl["pred"] = rng.choice(self.predicates_for(owner))
        if v.obj and gap != "obj":
            cl["obj"] = self.make_np(v.obj)
        if v.iobj == "required":
            cl["iobj"] = self.make_np(("person",))
        self.grow(cl, mood, budget, depth)
        return cl

    def expansions(self, cl: dict, mood: str, depth: int) -> list[tuple[str, float]]:
        v = self.lex.verb(cl["verb"])
        person_subject = mood in ("request", "imperative") or (
            cl["subj"] is not None and self.noun_of(cl["subj"]).cls == "person") or (
            cl["gap"] == "subj" and cl.get("_head_person", False))
        out = []
        if cl["time"] is None:
            out.append(("time", 2.0))
        if not v.motion and cl["loc"] is None:
            out.append(("loc", 1.2))
        if person_subject and cl["comit"] is None and cl["verb"] != "be":
            out.append(("comit", 0.8))
        if v.motion and cl["goal"] is None:
            out.append(("goal", 1.5))
        if v.motion and cl["source"] is None:
            out.append(("source", 0.8))
        if v.iobj == "optional" and cl["iobj"] is None:
            out.append(("iobj", 1.5))
        nps = [cl[r] for r in ("subj", "obj", "iobj") if cl[r] is not None and cl[r]["kind"] == "noun"]
        if any(len(np["adjs"]) < 2 for np in nps):
            out.append(("adj", 1.2))
        if depth < MAX_RC_DEPTH and nps and not any(np["rc"] for np in nps):
            out.append(("rc", 3.0 if depth == 0 else 1.5))
        return out

    def grow(self, cl: dict, mood: str, budget: float, depth: int) -> None:
        rng, lex = self.rng, self.lex
        while self.clause_len(cl, mood) < budget:
            options = self.expansions(cl, mood, depth)
            if not options:
                return
            what = rng.choices([o[0] for o in options], [o[1] for o in options])[0]
            if what == "time":
                tense = cl["tense"] or "fut"
                cl["time"] = rng.choice([k for k, t in lex.times.items() if tense in t["tense"]])
            elif what in ("loc", "source", "goal"):
                cl[what] = self.make_np((), place=True)
            elif what in ("comit", "iobj"):
                cl[what] = self.make_np(("person",))
            elif what == "adj":
                np = rng.choice([cl[r] for r in ("subj", "obj", "iobj")
                                 if cl[r] is not None and cl[r]["kind"] == "noun" and len(cl[r]["adjs"]) < 2])
                noun = np["noun"]
                choices = [k for k, a in lex.adjectives.items() if noun.fills(a["for"]) and k not in np["adjs"]]
                if choices:
                    np["adjs"].append(rng.choice(choices))
            elif what == "rc":
                np = rng.choice([cl[r] for r in ("subj", "obj", "iobj")
                                 if cl[r] is not None and cl[r]["kind"] == "noun"])
                room = max(1, int(budget - self.clause_len(cl, mood)))
                np["rc"] = self.relative(np["noun"], rng.randint(1, room), depth + 1)

    def relative(self, head: Noun, budget: float, depth: int) -> dict:
        can_obj = any(v.obj and head.fills(v.obj) for v in self.verbs)
        gap = "obj" if can_obj and self.rng.random() < 0.45 else "subj"
        cl = self.clause("rc", budget, depth, gap=gap, head=head)
        return cl

    def clause_len(self, cl: dict, mood: str) -> int:
        def np_len(np: dict) -> int:
            rc = self.clause_len(np["rc"], "rc") if np["rc"] else 0
            return rc + (np["det"] is not None) + len(np["adjs"]) + 1
        n = 1 + (mood == "request") + (cl["pred"] is not None)
        n += len(self.lex.times[cl["time"]]["ta"]) if cl["time"] else 0
        return n + sum(np_len(cl[r]) for r in ("subj", "obj", "iobj", "loc", "comit", "source", "goal")
                       if cl[r] is not None)

    # ---- sentences -----------------------------------------------------------------------
    def sentence(self, target: int) -> Sentence:
        rng = self.rng
        weights = (0.55, 0.15, 0.18, 0.12) if target <= 20 else (0.88, 0.05, 0.05, 0.02)
        mood = rng.choices(("decl", "question", "request", "imperative"), weights)[0]
        # many short clauses as well as few long ones, so that sentences within the training lengths
        # already chain as many clauses as the longest test sentences do
        lo_k = max(1, math.ceil(target / 17))
        k = 1 if mood != "decl" else rng.randint(lo_k, max(lo_k, min(MAX_CLAUSES, target // 5)))
        room = target - 1 - 2 * (k - 1)              # tokens left for the clauses themselves
        clauses, conjs, prev = [], [], None
        for i in range(k):
            subj = None
            if i and prev is not None and rng.random() < 0.45:
                agr = np_agr(self.lex, freeze_np(prev))
                subj = {"head": self.lex.pronoun_by_agr[agr]["key"], "kind": "pron", "number": "sg",
                        "det": None, "adjs": [], "rc": None, "noun": self.noun_of(prev)}
            cl = self.clause(mood, room / (k - i) * rng.uniform(0.8, 1.2), 0, subj=subj)
            room -= self.clause_len(cl, mood)
            clauses.append(freeze_clause(cl))
            prev = cl["subj"]
            if i:
                conjs.append(rng.choice(list(self.lex.conjunctions)))
        return Sentence(mood=mood, clauses=tuple(clauses), conjs=tuple(conjs))


def freeze_np(d: dict | None) -> NP | None:
    if d is None:
        return None
    return NP(head=d["head"], kind=d["kind"], number=d["number"], det=d["det"],
              adjs=tuple(d["adjs"]), rc=freeze_clause(d["rc"]) if d["rc"] else None)


def freeze_clause(d: dict) -> Clause:
    nps = {r: freeze_np(d[r]) for r in ("subj", "obj", "iobj", "loc", "comit", "source", "goal")}
    return Clause(verb=d["verb"], tense=d["tense"], pred=d["pred"], time=d["time"], gap=d["gap"], **nps)


def sample_pairs(n: int, seed: int, min_len: int = MIN_LEN, max_len: int = 30,
                 split: str | None = None, unique: bool = True,
                 tolerance: int = 2) -> Iterator[tuple[Sentence, Pair]]:
    """Yield ``n`` (tree, pair) samples with source length near-uniform over [min_len, max_len].

    A target length is drawn uniformly; a tree within ``tolerance`` tokens of it (and inside
    the range) is kept, which keeps the length distribution flat at a third of the cost of
    insisting on the exact length.

    Deterministic for a given seed. With ``split`` only sentences of that split are kept;
    with ``unique`` no Tamil sentence is yielded twice (where a length has too few distinct
    sentences left, duplicates are allowed after many attempts rather than looping forever).
    """
    if min_len < MIN_LEN or max_len < min_len:
        raise ValueError(f"need {MIN_LEN} <= min_len <= max_len, got {min_len}..{max_len}")
    if split is not None and split not in SPLITS:
        raise ValueError(f"unknown split {split!r}; use one of {', '.join(SPLITS)}")
    rng = random.Random(seed)
    gen = Generator(rng)
    seen: set[str] = set()
    made = 0
    while made < n:
        target = rng.randint(min_len, max_len)
        for attempt in range(4000):
            tree = gen.sentence(target)
            length = src_length(tree)
            if abs(length - target) > tolerance or not min_len <= length <= max_len:
                continue
            pair = linearize(tree)
            if split is not None and split_of(pair.src) != split:
                continue
            key = " ".join(pair.src)
            if unique and key in seen and attempt < 3000:
                continue
            seen.add(key)
            made += 1
            yield tree, pair
            break
