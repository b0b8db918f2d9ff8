"""Evaluating the mini encoder: masked-word accuracy by relation and by length, head roles against
gold relations, and the accuracy lost when each head is switched off; stored in the checkpoint."""

from __future__ import annotations

import numpy as np
import torch

from model.checkpoints import checkpoint_path, load_checkpoint, save_checkpoint
from model.evaluation.heads import score_heads
from model.language.generator import sample_pairs
from model.language.relations import CATEGORIES, categories, number_forms, relation_correct
from model.networks.encoder import MiniEncoder
from model.networks.vocab import MASK, Vocab, pad_batch
from model.runners.encoder_runner import EncoderRunner

TEST_SEED = 777
TEST_SIZE = 600
LENGTH_BUCKETS = ((3, 10), (11, 20), (21, 30), (31, 40), (41, 50), (51, 60))


def masked_copies(pairs, vocab: Vocab):
    """One copy per relation-bearing word with that word masked: (ids, position, gold, cat, pair index)."""
    mask_id = vocab.id(MASK)
    out = []
    for n, p in enumerate(pairs):
        ids = vocab.encode(p.tgt)
        for pos, cat in categories(p.tgt, p.relations).items():
            masked = list(ids)
            masked[pos] = mask_id
            out.append((masked, pos, ids[pos], cat, n))
    return out


@torch.inference_mode()
def predict_masked(model: MiniEncoder, copies, head_mask=None, batch: int = 256) -> np.ndarray:
    """Predicted id at each copy's masked position."""
    preds = np.zeros(len(copies), dtype=np.int64)
    order = sorted(range(len(copies)), key=lambda i: len(copies[i][0]))
    for s in range(0, len(order), batch):
        idx = order[s: s + batch]
        logits, _ = model(pad_batch([copies[i][0] for i in idx]), head_mask=head_mask)
        pos = torch.tensor([copies[i][1] for i in idx])
        preds[idx] = logits[torch.arange(len(idx)), pos].argmax(-1).numpy()
    return preds


def correctness(copies, preds, vocab: Vocab) -> np.ndarray:
    """Per copy: did the guess recover what the word's relation determines (see relation_correct)."""
    forms = number_forms()
    return np.array([relation_correct(vocab.itos[c[2]], vocab.itos[p], c[3], forms) for p, c in zip(preds, copies)])


def accuracy_by(copies, preds, vocab: Vocab) -> dict:
    out = {}
    correct = correctness(copies, preds, vocab)
    for cat in ("all", *CATEGORIES):
        sel = [i for i, c in enumerate(copies) if cat == "all" or c[3] == cat]
        out[cat] = {"n": len(sel), "accuracy": float(correct[sel].mean()) if sel else float("nan")}
    return out


@torch.inference_mode()
def evaluate_encoder(model: MiniEncoder, vocab: Vocab, pairs, ablate: bool = True) -> dict:
    model.eval()
    copies = masked_copies(pairs, vocab)
    preds = predict_masked(model, copies)
    result = {"masked": accuracy_by(copies, preds, vocab)}
    if not ablate:
        return result
    correct = correctness(copies, preds, vocab)
    by_len = []
    for lo, hi in LENGTH_BUCKETS:
        sel = [i for i, c in enumerate(copies) if lo <= len(pairs[c[4]].src) <= hi]
        by_len.append({"lo": lo, "hi": hi, "n": len(sel),
                       "accuracy": float(correct[sel].mean()) if sel else None})
    result["by_length"] = by_len
    attns = []
    for p in pairs:
        _, att = model(torch.tensor([vocab.encode(p.tgt)]))
        attns.append(att[0].numpy())
    result["heads"] = score_heads(attns, [p.relations for p in pairs])
    L, H = model.cfg.layers, model.cfg.heads
    ablation = {cat: np.zeros((L, H)).tolist() for cat in ("all", *CATEGORIES)}
    for layer in range(L):
        for head in range(H):
            hm = torch.ones(L, H)
            hm[layer, head] = 0
            acc = accuracy_by(copies, predict_masked(model, copies, head_mask=hm), vocab)
            for cat in ablation:
                ablation[cat][layer][head] = acc[cat]["accuracy"]
    result["ablation"] = ablation
    return result


def held_out_pairs(size: int = TEST_SIZE, seed: int = TEST_SEED, max_len: int = 60):
    return [p for _, p in sample_pairs(size, seed, 3, max_len, "test")]


def evaluate_encoder_and_store(directory=None, quiet: bool = False) -> dict:
    path = checkpoint_path("encoder", directory)
    payload = load_checkpoint(path, "encoder")
    runner = EncoderRunner(payload)
    metrics = evaluate_encoder(runner.model, runner.vocab, held_out_pairs(max_len=payload["train_config"]["max_len"]))
    metrics.update({"test_seed": TEST_SEED, "test_size": TEST_SIZE})
    payload["metrics"] = metrics
    save_checkpoint(payload, path)
    if not quiet:
        print_encoder_table(metrics)
    return metrics


def print_encoder_table(m: dict) -> None:
    print("\nencoder: masked-word accuracy on held-out sentences")
    for cat, r in m["masked"].items():
        print(f"  {cat:>8}: {100 * r['accuracy']:6.2f} %  (n={r['n']})")
    print("  by source length: " + ", ".join(f"{r['lo']}-{r['hi']}: {100 * (r['accuracy'] or 0):.1f} %"
                                            for r in m["by_length"]))
    print(f"\n{'relation':>9} {'best head':>10} {'accuracy':>9} {'offset baseline':>16} {'margin':>7}")
    for rel, r in m["heads"]["relations"].items():
        print(f"{rel:>9} {'L%d H%d' % (r['best_layer'] + 1, r['best_head'] + 1):>10} "
              f"{100 * r['best_accuracy']:8.1f}% {100 * r['baseline_accuracy']:8.1f}% ({r['baseline_offset']:+d})"
              f" {100 * (r['best_accuracy'] - r['baseline_accuracy']):+7.1f}")
