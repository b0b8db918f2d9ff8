"""What each attention head does, measured: head roles against gold relations (Clark et al. 2019),
fixed-offset baselines, entropy and distance.

A head "does" relation r with accuracy a in a direction when, for a share a of the instances of r,
the word attended most from one end of the relation is the other end: dependent → head (the
determiner looks at its noun) or head → dependent (the verb looks at its subject). As in Clark et
al., each relation is scored in both directions and the better one is reported, against the best
fixed offset in that same direction. Relations: det, nummod, amod, case, nsubj, obj, relcl, agr
(number-marked verb → the noun it agrees with), coref (pronoun → antecedent), prev and next.
"""

from __future__ import annotations

from collections import defaultdict

import numpy as np

from model.language.relations import PRONOUNS

RELATIONS = ("det", "nummod", "amod", "case", "nsubj", "obj", "relcl", "agr", "coref", "prev", "next")
DIRECTIONS = ("dep→head", "head→dep")
MAX_OFFSET = 12


def relation_pairs(relations: list[list], n: int, tokens: list[str] | None = None) -> dict[str, list[tuple[int, int]]]:
    """(dependent, head) pairs per relation for a sentence of ``n`` tokens. ``coref`` counts pronouns
    only (given ``tokens``): a repeated antecedent ("the manager" for அவர்) is found by matching words."""
    out: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for dep, head, label in relations:
        if label == "coref" and tokens is not None and tokens[dep] not in PRONOUNS:
            continue
        if label in RELATIONS:
            out[label].append((dep, head))
    out["prev"] = [(i, i - 1) for i in range(1, n)]
    out["next"] = [(i, i + 1) for i in range(n - 1)]
    return out


class RoleScorer:
    """Accumulates head-role statistics over sentences; ``attn`` is (L, H, T, T)."""

    def __init__(self, layers: int, heads: int):
        self.L, self.H = layers, heads
        self.hits = {(r, d): np.zeros((layers, heads)) for r in RELATIONS for d in DIRECTIONS}
        self.total = dict.fromkeys(RELATIONS, 0)
        self.offset_hits = {(r, d): np.zeros(2 * MAX_OFFSET + 1) for r in RELATIONS for d in DIRECTIONS}
        self.entropy = np.zeros((layers, heads))
        self.distance = np.zeros((layers, heads))
        self.rows = 0

    def add(self, attn: np.ndarray, relations: list[list], tokens: list[str] | None = None) -> None:
        T = attn.shape[-1]
        argmax = attn.argmax(-1)                                      # (L, H, T)
        for rel, pairs in relation_pairs(relations, T, tokens).items():
            for dep, head in pairs:
                self.total[rel] += 1
                for direction, (src, dst) in zip(DIRECTIONS, ((dep, head), (head, dep))):
                    self.hits[(rel, direction)] += argmax[:, :, src] == dst
                    off = dst - src
                    if abs(off) <= MAX_OFFSET:
                        self.offset_hits[(rel, direction)][off + MAX_OFFSET] += 1
        p = np.clip(attn, 1e-12, 1.0)
        self.entropy += -(p * np.log(p)).sum(-1).sum(-1)              # (L, H)
        dist = np.abs(np.arange(T)[:, None] - np.arange(T)[None, :])  # (T, T)
        self.distance += (attn * dist).sum(-1).sum(-1)
        self.rows += T

    def result(self) -> dict:
        """JSON-ready: per relation and direction the (L, H) accuracies; the better direction's best
        head and best fixed offset."""
        out = {"relations": {}, "entropy": (self.entropy / max(self.rows, 1)).tolist(),
               "distance": (self.distance / max(self.rows, 1)).tolist()}
        for rel in RELATIONS:
            n = self.total[rel]
            per_direction = {}
            for d in DIRECTIONS:
                acc = self.hits[(rel, d)] / max(n, 1)
                best = np.unravel_index(acc.argmax(), acc.shape)
                offs = self.offset_hits[(rel, d)].copy()
                offs[MAX_OFFSET] = 0                                   # offset 0 (self) is not a baseline
                k = int(offs.argmax())
                per_direction[d] = {"accuracy": acc.tolist(), "best_layer": int(best[0]), "best_head": int(best[1]),
                                    "best_accuracy": float(acc[best]), "baseline_offset": k - MAX_OFFSET,
                                    "baseline_accuracy": float(offs[k] / max(n, 1))}
            direction = max(DIRECTIONS, key=lambda d: per_direction[d]["best_accuracy"])
            out["relations"][rel] = {"n": n, "direction": direction, **per_direction[direction],
                                     "directions": per_direction}
        return out


def score_heads(attentions, relation_lists, token_lists=None) -> dict:
    """Head roles over many sentences: attentions[i] is (L, H, T, T) for sentence i (with its tokens,
    coref is scored on pronouns only)."""
    first = np.asarray(attentions[0])
    scorer = RoleScorer(first.shape[0], first.shape[1])
    for k, (attn, rels) in enumerate(zip(attentions, relation_lists)):
        scorer.add(np.asarray(attn), rels, token_lists[k] if token_lists is not None else None)
    return scorer.result()
