"""Metrics with their intervals: Wilson and bootstrap 95 % intervals, token matches, alignment
error rate (AER, sure links only), the naive diagonal alignment, Spearman rank correlation."""

from __future__ import annotations

import math

import numpy as np


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """95 % Wilson score interval for a proportion."""
    if n == 0:
        return (0.0, 0.0)
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return (max(0.0, centre - half), min(1.0, centre + half))


def bootstrap_ratio(num: np.ndarray, den: np.ndarray, reps: int = 1000, seed: int = 0) -> tuple[float, float]:
    """95 % percentile interval of sum(num)/sum(den) over resampled sentences."""
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, len(num), size=(reps, len(num)))
    stats = num[idx].sum(1) / np.maximum(den[idx].sum(1), 1)
    return (float(np.percentile(stats, 2.5)), float(np.percentile(stats, 97.5)))


def token_matches(hyp: list[str], ref: list[str]) -> tuple[int, int]:
    """(positions where hyp equals ref, max(len(hyp), len(ref)))."""
    return sum(h == r for h, r in zip(hyp, ref)), max(len(hyp), len(ref))


def aer(pred: list[int], gold: list[list[int]]) -> tuple[int, int, int]:
    """Counts for AER with sure links only: (|A ∩ S|, |A|, |S|); AER = 1 − 2|A∩S| / (|A|+|S|)."""
    hits = sum(p in g for p, g in zip(pred, gold))
    return hits, len(pred), sum(len(g) for g in gold)


def aer_score(pred: list[int], gold: list[list[int]]) -> float:
    """AER of one sentence's one-link-per-target prediction against sure gold links."""
    hits, n_a, n_s = aer(pred, gold)
    return 1 - 2 * hits / max(n_a + n_s, 1)


def diagonal_alignment(n_tgt: int, n_src: int) -> list[int]:
    """The naive monotone baseline: target i aligns to the proportional source position."""
    if n_tgt <= 1:
        return [0] * n_tgt
    return [round(i * (n_src - 1) / (n_tgt - 1)) for i in range(n_tgt)]


def rank_correlation(a, b) -> float:
    """Spearman's rank correlation (average ranks for ties); nan for constant input."""
    ra = np.argsort(np.argsort(a, kind="stable"), kind="stable").astype(float)
    rb = np.argsort(np.argsort(b, kind="stable"), kind="stable").astype(float)
    ra = _average_ties(np.asarray(a, dtype=float), ra)
    rb = _average_ties(np.asarray(b, dtype=float), rb)
    if ra.std() == 0 or rb.std() == 0:
        return float("nan")
    return float(np.corrcoef(ra, rb)[0, 1])


def _average_ties(values: np.ndarray, ranks: np.ndarray) -> np.ndarray:
    out = ranks.copy()
    for v in np.unique(values):
        sel = values == v
        if sel.sum() > 1:
            out[sel] = ranks[sel].mean()
    return out
