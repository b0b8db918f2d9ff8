"""Held-out evaluation of the seq2seq pair by source length, written into the checkpoints.

Per length bucket up to 2·L: exact match, token accuracy and BLEU (sacrebleu), each with a
95 % interval; for the attention model the alignment error rate (AER) of its argmax attention
(teacher-forced on the reference) against the gold alignment; and the bottleneck curve — the
gradient reaching each source position from the first output step.
"""

from __future__ import annotations

import sys

import numpy as np
import torch
from sacrebleu.metrics import BLEU

from model.checkpoints import checkpoint_path, load_checkpoint, save_checkpoint
from model.evaluation.metrics import aer, bootstrap_ratio, token_matches, wilson
from model.language.generator import sample_pairs
from model.runners.translator import Translator

BUCKET_WIDTH = 5
PER_BUCKET = 200          # held-out test sentences per length bucket
TEST_SEED = 4242          # test sets are drawn from the test split with this seed
GRAD_PER_BUCKET = 24      # sentences per bucket for the (slower) gradient measurement


def buckets(max_train_len: int) -> list[tuple[int, int]]:
    edges = [(3, 5)] + [(lo, lo + BUCKET_WIDTH - 1) for lo in range(6, 2 * max_train_len + 1, BUCKET_WIDTH)]
    return [(lo, min(hi, 2 * max_train_len)) for lo, hi in edges]


def test_sets(max_train_len: int, per_bucket: int = PER_BUCKET, seed: int = TEST_SEED) -> dict:
    return {(lo, hi): [p for _, p in sample_pairs(per_bucket, seed + lo, lo, hi, split="test")]
            for lo, hi in buckets(max_train_len)}


def evaluate_model(tr: Translator, sets: dict) -> dict:
    bleu = BLEU(tokenize="none", force=True)
    rows = []
    for (lo, hi), pairs in sets.items():
        hyps = tr.greedy_batch([p.src for p in pairs])
        refs = [p.tgt for p in pairs]
        exact = sum(h == r for h, r in zip(hyps, refs))
        tm = np.array([token_matches(h, r) for h, r in zip(hyps, refs)], dtype=float)
        score = bleu.corpus_score([" ".join(h) for h in hyps], [[" ".join(r) for r in refs]], n_bootstrap=1000)
        ci = float(getattr(score, "_ci", 0.0) or 0.0)
        row = {"lo": lo, "hi": hi, "n": len(pairs),
               "exact": exact / len(pairs), "exact_ci": list(wilson(exact, len(pairs))),
               "token_acc": float(tm[:, 0].sum() / tm[:, 1].sum()),
               "token_acc_ci": list(bootstrap_ratio(tm[:, 0], tm[:, 1])),
               "bleu": score.score, "bleu_ci": [max(0.0, score.score - ci), min(100.0, score.score + ci)]}
        if tr.attention:
            counts = np.array([aer(a, p.align) for a, p in
                               zip(tr.forced_argmax([p.src for p in pairs], refs), pairs)], dtype=float)
            hits, n_a, n_s = counts.sum(0)
            row["aer"] = float(1 - 2 * hits / (n_a + n_s))
            lo_ci, hi_ci = bootstrap_ratio(2 * counts[:, 0], counts[:, 1] + counts[:, 2])
            row["aer_ci"] = [1 - hi_ci, 1 - lo_ci]
        rows.append(row)
    return {"buckets": rows}


def bottleneck(tr: Translator, sets: dict, per_bucket: int = GRAD_PER_BUCKET) -> dict:
    """Gradient from the first output step to each source position, relative to the largest,
    averaged over test sentences of each length bucket; plus the first word's share."""
    out = {}
    for (lo, hi), pairs in sets.items():
        curves, firsts = [], []
        for p in pairs[:per_bucket]:
            g = tr.gradients(p.src, p.tgt, steps=1)[0]
            rel = (g / g.max().clamp(min=1e-12)).tolist()
            curves.append(rel)
            firsts.append(rel[0])
        width = max(len(c) for c in curves)
        mean = [float(np.mean([c[j] for c in curves if j < len(c)])) for j in range(width)]
        out[f"{lo}-{hi}"] = {"lo": lo, "hi": hi, "mean_relative": mean, "first_word": float(np.mean(firsts)),
                             "n": len(curves)}
    return out


def evaluate_and_store(name: str, directory=None, sets: dict | None = None, quiet: bool = False) -> dict:
    """Evaluate one seq2seq checkpoint and write the metrics back into it."""
    if name not in ("plain", "attention"):
        return {}
    path = checkpoint_path(name, directory)
    payload = load_checkpoint(path, name)
    tr = Translator(payload)
    max_len = payload["train_config"]["max_len"]
    sets = sets or test_sets(max_len)
    torch.manual_seed(0)
    metrics = evaluate_model(tr, sets)
    metrics.update({"max_train_len": max_len, "test_seed": TEST_SEED, "per_bucket": PER_BUCKET,
                    "bottleneck": bottleneck(tr, sets)})
    payload["metrics"] = metrics
    save_checkpoint(payload, path)
    if not quiet:
        print_table(name, metrics)
    return metrics


def print_table(name: str, metrics: dict, file=sys.stdout) -> None:
    print(f"\n{name}: held-out test, {metrics['per_bucket']} sentences per bucket, trained on length ≤ "
          f"{metrics['max_train_len']}", file=file)
    head = f"{'length':>8} {'exact %':>16} {'token acc %':>18} {'BLEU':>18}"
    has_aer = "aer" in metrics["buckets"][0]
    print(head + (f" {'AER %':>16}" if has_aer else ""), file=file)
    for r in metrics["buckets"]:
        line = (f"{r['lo']:>3}-{r['hi']:<4} {100 * r['exact']:6.1f} [{100 * r['exact_ci'][0]:4.1f},{100 * r['exact_ci'][1]:5.1f}]"
                f" {100 * r['token_acc']:6.1f} [{100 * r['token_acc_ci'][0]:4.1f},{100 * r['token_acc_ci'][1]:5.1f}]"
                f" {r['bleu']:6.1f} [{r['bleu_ci'][0]:4.1f},{r['bleu_ci'][1]:5.1f}]")
        if has_aer:
            line += f" {100 * r['aer']:6.2f} [{100 * r['aer_ci'][0]:4.2f},{100 * r['aer_ci'][1]:5.2f}]"
        print(line, file=file)
