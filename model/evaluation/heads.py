"""What each attention head does, measured: head roles against gold relations (Clark et al.
2019), fixed-offset baselines, entropy and distance, and masked-word ablation.

A head "does" relation r with accuracy a when, for a share a of the dependents of r, the token
that dependent attends to most is its gold head. Relations: det, amod, nsubj, obj, relcl, agr
(number-marked verb → the noun it agrees with), coref (pronoun → antecedent), prev and next.
"""

from __future__ import annotations

from collections import defaultdict

import numpy as np

RELATIONS = ("det", "amod", "nsubj", "obj", "relcl", "agr", "coref", "prev", "next")
MAX_OFFSET = 12


def relation_pairs(relations: list[list], n: int) -> dict[str, list[tuple[int, int]]]:
    """(dependent, head) pairs per relation for a sentence of ``n`` tokens."""
    out: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for dep, head, label in relations:
        if label in RELATIONS:
            out[label].append((dep, head))
    out["prev"] = [(i, i - 1) for i in range(1, n)]
    out["next"] = [(i, i + 1) for i in range(n - 1)]
    return out


class RoleScorer:
    """Accumulates head-role statistics over sentences; ``attn`` is (L, H, T, T)."""

    def __init__(self, layers: int, heads: int):
        self.L, self.H = layers, heads
        self.hits = {r: np.zeros((layers, heads)) for r in RELATIONS}
        self.total = dict.fromkeys(RELATIONS, 0)
        self.offset_hits = {r: np.zeros(2 * MAX_OFFSET + 1) for r in RELATIONS}
        self.entropy = np.zeros((layers, heads))
        self.distance = np.zeros((layers, heads))
        self.rows = 0

    def add(self, attn: np.ndarray, relations: list[list]) -> None:
        T = attn.shape[-1]
        argmax = attn.argmax(-1)                                      # (L, H, T)
        for rel, pairs in relation_pairs(relations, T).items():
            for dep, head in pairs:
                self.hits[rel] += argmax[:, :, dep] == head
                self.total[rel] += 1
                off = head - dep
                if abs(off) <= MAX_OFFSET:
                    self.offset_hits[rel][off + MAX_OFFSET] += 1
        p = np.clip(attn, 1e-12, 1.0)
        self.entropy += -(p * np.log(p)).sum(-1).sum(-1)              # (L, H)
        dist = np.abs(np.arange(T)[:, None] - np.arange(T)[None, :])  # (T, T)
        self.distance += (attn * dist).sum(-1).sum(-1)
        self.rows += T

    def result(self) -> dict:
        """JSON-ready: per relation the (L, H) accuracies, the best head and the best offset."""
        out = {"relations": {}, "entropy": (self.entropy / max(self.rows, 1)).tolist(),
               "distance": (self.distance / max(self.rows, 1)).tolist()}
        for rel in RELATIONS:
            n = self.total[rel]
            acc = self.hits[rel] / max(n, 1)
            best = np.unravel_index(acc.argmax(), acc.shape)
            offs = self.offset_hits[rel].copy()
            offs[MAX_OFFSET] = 0                                       # offset 0 (self) is not a baseline
            k = int(offs.argmax())
            out["relations"][rel] = {
                "n": n, "accuracy": acc.tolist(), "best_layer": int(best[0]), "best_head": int(best[1]),
                "best_accuracy": float(acc[best]), "baseline_offset": k - MAX_OFFSET,
                "baseline_accuracy": float(offs[k] / max(n, 1))}
        return out


def score_heads(attentions, relation_lists) -> dict:
    """Head roles over many sentences: attentions[i] is (L, H, T, T) for sentence i."""
    first = np.asarray(attentions[0])
    scorer = RoleScorer(first.shape[0], first.shape[1])
    for attn, rels in zip(attentions, relation_lists):
        scorer.add(np.asarray(attn), rels)
    return scorer.result()
