"""Evaluating the mini encoders: accuracy on the words a grammatical relation determines (masked for
the bidirectional encoder, predicted from the words before them for the left-to-right one), by
relation and by length; head roles against gold relations; the accuracy lost when each head is
switched off; and specificity — switching off a relation's best head against switching off others.
"""

from __future__ import annotations

import random

import numpy as np
import torch

from model.checkpoints import checkpoint_path, load_checkpoint, save_checkpoint
from model.evaluation.claims import head_label
from model.evaluation.heads import score_heads
from model.language.generator import sample_pairs
from model.language.relations import CATEGORIES, categories, number_forms, relation_correct
from model.networks.encoder import MiniEncoder
from model.networks.vocab import MASK, Vocab, pad_batch
from model.runners.encoder_runner import EncoderRunner

TEST_SEED = 777
TEST_SIZE = 600
LENGTH_BUCKETS = ((3, 10), (11, 20), (21, 30), (31, 40), (41, 50), (51, 60))
# which scored words each relation's head is responsible for (for the specificity of ablation)
RELATION_WORDS = {"agr": "agr", "coref": "coref", "det": "det", "relcl": "relpron"}
OTHER_HEADS = 6                 # random other heads switched off one at a time for comparison


def masked_copies(pairs, vocab: Vocab, causal: bool = False):
    """One item per relation-bearing word: (ids, position, gold id, category, pair index). For the
    masked objective the word is replaced by <mask>; for the left-to-right one the ids are kept and
    the word is predicted at the position before it."""
    mask_id = vocab.id(MASK)
    out = []
    for n, p in enumerate(pairs):
        ids = vocab.encode(p.tgt)
        for pos, cat in categories(p.tgt, p.relations).items():
            if causal:
                if pos > 0:
                    out.append((ids, pos - 1, ids[pos], cat, n))
                continue
            masked = list(ids)
            masked[pos] = mask_id
            out.append((masked, pos, ids[pos], cat, n))
    return out


@torch.inference_mode()
def predict_masked(model: MiniEncoder, copies, head_mask=None, batch: int = 256, causal: bool = False) -> np.ndarray:
    """Predicted id at each item's position (the masked word, or the next word for a causal model)."""
    preds = np.zeros(len(copies), dtype=np.int64)
    order = sorted(range(len(copies)), key=lambda i: len(copies[i][0]))
    for s in range(0, len(order), batch):
        idx = order[s: s + batch]
        logits, _ = model(pad_batch([copies[i][0] for i in idx]), causal=causal, head_mask=head_mask,
                          need_attention=False)
        pos = torch.tensor([copies[i][1] for i in idx])
        preds[idx] = logits[torch.arange(len(idx)), pos].argmax(-1).numpy()
    return preds


def correctness(copies, preds, vocab: Vocab) -> np.ndarray:
    """Per item: did the guess recover what the word's relation determines (see relation_correct)."""
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
def evaluate_encoder(model: MiniEncoder, vocab: Vocab, pairs, ablate: bool = True, causal: bool = False) -> dict:
    model.eval()
    copies = masked_copies(pairs, vocab, causal)
    preds = predict_masked(model, copies, causal=causal)
    result = {"masked": accuracy_by(copies, preds, vocab)}
    if not ablate:
        return result
    correct = correctness(copies, preds, vocab)
    result["by_length"] = [{"lo": lo, "hi": hi, "n": len(sel), "accuracy": float(correct[sel].mean()) if sel else None}
                           for lo, hi in LENGTH_BUCKETS
                           for sel in [[i for i, c in enumerate(copies) if lo <= len(pairs[c[4]].src) <= hi]]]
    attns = []
    for p in pairs:
        _, att = model(torch.tensor([vocab.encode(p.tgt)]), causal=causal)
        attns.append(att[0].numpy())
    result["heads"] = score_heads(attns, [p.relations for p in pairs], [p.tgt for p in pairs])
    L, H = model.cfg.layers, model.cfg.heads
    ablation = {cat: np.zeros((L, H)).tolist() for cat in ("all", *CATEGORIES)}
    for layer in range(L):
        for head in range(H):
            hm = torch.ones(L, H)
            hm[layer, head] = 0
            acc = accuracy_by(copies, predict_masked(model, copies, head_mask=hm, causal=causal), vocab)
            for cat in ablation:
                ablation[cat][layer][head] = acc[cat]["accuracy"]
    result["ablation"] = ablation
    result["specificity"] = specificity(result)
    return result


def specificity(result: dict, others: int = OTHER_HEADS, seed: int = 0) -> dict:
    """For each relation that determines scored words: the accuracy (on those words) lost when its best
    head is switched off, against the mean loss when one of ``others`` random other heads is."""
    rng = random.Random(seed)
    out = {}
    for rel, cat in RELATION_WORDS.items():
        info = result["heads"]["relations"].get(rel)
        if not info or not info["n"]:
            continue
        base = result["masked"][cat]["accuracy"]
        table = np.array(result["ablation"][cat])
        best = (info["best_layer"], info["best_head"])
        rest = [(a, b) for a in range(table.shape[0]) for b in range(table.shape[1]) if (a, b) != best]
        sample = rng.sample(rest, min(others, len(rest)))
        out[rel] = {"words": cat, "best_head": list(best), "accuracy": base,
                    "drop_best": float(base - table[best]),
                    "drop_others": float(np.mean([base - table[h] for h in sample])),
                    "others": [list(h) for h in sample]}
    return out


def held_out_pairs(size: int = TEST_SIZE, seed: int = TEST_SEED, max_len: int = 60):
    return [p for _, p in sample_pairs(size, seed, 3, max_len, "test")]


def evaluate_encoder_and_store(directory=None, quiet: bool = False, name: str = "encoder") -> dict:
    path = checkpoint_path(name, directory)
    payload = load_checkpoint(path, name)
    runner = EncoderRunner(payload)
    metrics = evaluate_encoder(runner.model, runner.vocab, held_out_pairs(max_len=payload["train_config"]["max_len"]),
                               causal=runner.causal)
    metrics.update({"test_seed": TEST_SEED, "test_size": TEST_SIZE})
    payload["metrics"] = metrics
    save_checkpoint(payload, path)
    if not quiet:
        print_encoder_table(metrics, name)
    return metrics


def print_encoder_table(m: dict, name: str = "encoder") -> None:
    print(f"\n{name}: accuracy on relation-determined words, held-out sentences")
    for cat, r in m["masked"].items():
        print(f"  {cat:>8}: {100 * r['accuracy']:6.2f} %  (n={r['n']})")
    print("  by source length: " + ", ".join(f"{r['lo']}-{r['hi']}: {100 * (r['accuracy'] or 0):.1f} %"
                                            for r in m["by_length"]))
    print(f"\n{'relation':>9} {'direction':>9} {'best head':>10} {'accuracy':>9} {'offset baseline':>16} {'margin':>7}")
    for rel, r in m["heads"]["relations"].items():
        print(f"{rel:>9} {r['direction']:>9} {'L%d H%d' % (r['best_layer'] + 1, r['best_head'] + 1):>10} "
              f"{100 * r['best_accuracy']:8.1f}% {100 * r['baseline_accuracy']:8.1f}% ({r['baseline_offset']:+d})"
              f" {100 * (r['best_accuracy'] - r['baseline_accuracy']):+7.1f}")
    for rel, s in m.get("specificity", {}).items():
        print(f"  switch off {rel}'s best head {head_label(s['best_head'][0], s['best_head'][1])}: {-100 * s['drop_best']:+.1f}"
              f" points on {s['words']} words; another head: {-100 * s['drop_others']:+.1f}")
