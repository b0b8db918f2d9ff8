"""Held-out evaluation of the seq2seq pair by source length, written into the checkpoints.

Per length bucket up to ``EVAL_MAX`` (beyond the training range L): exact match, token accuracy and
BLEU (sacrebleu), each with a 95 % interval; for the attention model the alignment error rate (AER) of
its argmax attention (teacher-forced on the reference) against the gold alignment. The hard set
(``model.evaluation.hard``) by category. And the bottleneck, measured the way the story states it:
for each English word, the share of its gradient saliency (how strongly each Tamil word's embedding
moves that word's logit) that comes from its own gold-aligned Tamil word — by sentence length, and by
where that Tamil word sits in the sentence.
"""

from __future__ import annotations

import sys

import numpy as np
import torch
from sacrebleu.metrics import BLEU

from model.checkpoints import checkpoint_path, load_checkpoint, save_checkpoint
from model.evaluation.hard import CATEGORIES, HARD_SEED, PER_CATEGORY, hard_sets
from model.evaluation.metrics import aer, bootstrap_ratio, token_matches, wilson
from model.language.generator import sample_pairs
from model.registry import TRANSLATORS
from model.runners.translator import Translator

BUCKET_WIDTH = 5
EVAL_MAX = 70             # evaluate to this source length (training stops at L = 60; longer test sentences
                          # take the v3 generator minutes each to draw)
PER_BUCKET = 200          # held-out test sentences per length bucket
TEST_SEED = 4242          # test sets are drawn from the test split with this seed
GRAD_PER_BUCKET = 12      # sentences per bucket for the (slower) gradient measurement …
GRAD_ROWS = 10            # … and output words sampled per sentence
POSITION_BINS = 5         # where the gold-aligned source word sits: first fifth … last fifth


def buckets(max_len: int = EVAL_MAX) -> list[tuple[int, int]]:
    edges = [(3, 5)] + [(lo, lo + BUCKET_WIDTH - 1) for lo in range(6, max_len + 1, BUCKET_WIDTH)]
    return [(lo, min(hi, max_len)) for lo, hi in edges]


def test_sets(max_len: int = EVAL_MAX, per_bucket: int = PER_BUCKET, seed: int = TEST_SEED) -> dict:
    return {(lo, hi): [p for _, p in sample_pairs(per_bucket, seed + lo, lo, hi, split="test")]
            for lo, hi in buckets(max_len)}


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
        if tr.attends:
            counts = np.array([aer(a, p.align) for a, p in
                               zip(tr.forced_argmax([p.src for p in pairs], refs), pairs)], dtype=float)
            hits, n_a, n_s = counts.sum(0)
            row["aer"] = float(1 - 2 * hits / (n_a + n_s))
            lo_ci, hi_ci = bootstrap_ratio(2 * counts[:, 0], counts[:, 1] + counts[:, 2])
            row["aer_ci"] = [1 - hi_ci, 1 - lo_ci]
        rows.append(row)
    return {"buckets": rows}


def evaluate_hard(tr: Translator, sets: dict) -> dict:
    """Exact match (and AER for the attention model) on each category of the hard set."""
    out = {}
    for name, pairs in sets.items():
        if not pairs:
            continue
        hyps = tr.greedy_batch([p.src for p in pairs])
        exact = sum(h == p.tgt for h, p in zip(hyps, pairs))
        row = {"label": CATEGORIES[name][0], "n": len(pairs), "exact": exact / len(pairs),
               "exact_ci": list(wilson(exact, len(pairs))),
               "mean_len": float(np.mean([len(p.src) for p in pairs]))}
        if tr.attends:
            counts = np.array([aer(a, p.align) for a, p in
                               zip(tr.forced_argmax([p.src for p in pairs], [p.tgt for p in pairs]), pairs)], dtype=float)
            hits, n_a, n_s = counts.sum(0)
            row["aer"] = float(1 - 2 * hits / (n_a + n_s))
        out[name] = row
    return out


def bottleneck(tr: Translator, sets: dict, per_bucket: int = GRAD_PER_BUCKET, rows: int = GRAD_ROWS,
               seed: int = 0) -> dict:
    """How much of each English word's gradient saliency comes from its own gold-aligned Tamil word,
    by length bucket (teacher-forced on the reference; ``rows`` output words sampled per sentence),
    overall and by the relative position of that Tamil word (``POSITION_BINS`` bins)."""
    rng = np.random.default_rng(seed)
    out = {}
    for (lo, hi), pairs in sets.items():
        shares, by_pos = [], [[] for _ in range(POSITION_BINS)]
        for p in pairs[:per_bucket]:
            picked = sorted(rng.choice(len(p.tgt), size=min(rows, len(p.tgt)), replace=False).tolist())
            g = tr.gradients(p.src, p.tgt, rows=picked).numpy()                  # (rows, S)
            for k, i in enumerate(picked):
                total = g[k].sum()
                if total <= 0:
                    continue
                share = float(g[k, p.align[i]].sum() / total)
                shares.append(share)
                where = np.mean(p.align[i]) / max(len(p.src) - 1, 1)
                by_pos[min(int(where * POSITION_BINS), POSITION_BINS - 1)].append(share)
        out[f"{lo}-{hi}"] = {"lo": lo, "hi": hi, "n_sentences": min(per_bucket, len(pairs)), "n_words": len(shares),
                             "own_share": float(np.mean(shares)) if shares else None,
                             "own_share_ci": list(_mean_ci(shares)),
                             "by_position": [float(np.mean(b)) if b else None for b in by_pos]}
    return out


def _mean_ci(values: list[float], reps: int = 1000, seed: int = 0) -> tuple[float, float]:
    """95 % bootstrap interval of a mean."""
    if not values:
        return (0.0, 0.0)
    v = np.asarray(values)
    idx = np.random.default_rng(seed).integers(0, len(v), size=(reps, len(v)))
    means = v[idx].mean(1)
    return (float(np.percentile(means, 2.5)), float(np.percentile(means, 97.5)))


def unseen_forms(tr: Translator, sets: dict) -> dict:
    """Exact match on the held-out sentences with a word the model never saw whole in training (an
    inflected form or a name: a piece model reads it by its pieces, a word model as <unk>)."""
    return exact_match(tr, [p for bucket in sets.values() for p in bucket if any(w not in tr.src_words for w in p.src)])


def exact_match(tr: Translator, pairs: list) -> dict:
    """Share of ``pairs`` translated exactly (greedy), with its Wilson interval; ``None`` for no pairs."""
    hyps = tr.greedy_batch([p.src for p in pairs]) if pairs else []
    exact = sum(h == p.tgt for h, p in zip(hyps, pairs))
    return {"n": len(pairs), "exact": exact / len(pairs) if pairs else None,
            "exact_ci": list(wilson(exact, len(pairs))) if pairs else None}


def unseen_name_set(n: int = 200, seed: int = TEST_SEED, lexicons: int = 20) -> list:
    """``n`` held-out sentences (test split, 3–30 words), each with a synthetic person name that no
    training sentence used; the English spells the name (``model.language.names``)."""
    from model.language.generator import sample_pairs
    from model.language.names import sample_name_lexicons

    out: list = []
    want = -(-n // lexicons)
    for k, lex in enumerate(sample_name_lexicons("test", lexicons, 40, seed, placeholder=False)):
        synthetic = {n.en for n in lex.names.values() if n.key.startswith("syn_")}
        found = [p for _, p in sample_pairs(6 * want, seed + 31 * k, 3, 30, split="test", lex=lex)
                 if synthetic.intersection(p.tgt)]
        out += found[:want]
    return out[:n]


def evaluate_and_store(name: str, directory=None, sets: dict | None = None, quiet: bool = False,
                       hard: dict | None = None, names: list | None = None) -> dict:
    """Evaluate one seq2seq checkpoint and write the metrics back into it."""
    if name not in TRANSLATORS:
        return {}
    path = checkpoint_path(name, directory)
    payload = load_checkpoint(path, name)
    tr = Translator(payload)
    max_len = payload["train_config"]["max_len"]
    sets = sets or test_sets()
    hard = hard if hard is not None else hard_sets()
    torch.manual_seed(0)
    metrics = evaluate_model(tr, sets)
    metrics.update({"max_train_len": max_len, "test_seed": TEST_SEED, "per_bucket": PER_BUCKET,
                    "hard": evaluate_hard(tr, hard), "hard_seed": HARD_SEED, "hard_per_category": PER_CATEGORY,
                    "bottleneck": bottleneck(tr, sets), "unseen_forms": unseen_forms(tr, sets),
                    "unseen_names": exact_match(tr, names if names is not None else unseen_name_set())})
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
    if metrics.get("hard"):
        print(f"\n{name}: hard set ({metrics['hard_per_category']} per category)", file=file)
        for cat, r in metrics["hard"].items():
            aer_txt = f"  AER {100 * r['aer']:5.2f} %" if "aer" in r else ""
            print(f"  {cat:>14}: exact {100 * r['exact']:5.1f} % (n={r['n']}, mean length {r['mean_len']:.0f}){aer_txt}",
                  file=file)
    if metrics.get("bottleneck"):
        print(f"\n{name}: share of each word's gradient from its own gold-aligned source word", file=file)
        print("  " + ", ".join(f"{b['lo']}-{b['hi']}: {b['own_share']:.2f}" for b in metrics["bottleneck"].values()
                               if b["own_share"] is not None), file=file)
