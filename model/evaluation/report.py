"""``python -m model report``: the README's tables, printed as Markdown from the metrics stored in the
checkpoints (so the figures in the README are read, never typed)."""

from __future__ import annotations

from model.checkpoints import CheckpointError, checkpoint_path, load_checkpoint
from model.evaluation.claims import head_label
from model.registry import TITLES, TRANSLATORS


def _payload(name: str) -> dict | None:
    try:
        return load_checkpoint(checkpoint_path(name), name)
    except CheckpointError:
        return None


def seq2seq_tables(name: str) -> str:
    p = _payload(name)
    if p is None or not p.get("metrics"):
        return f"{TITLES[name]}: no metrics stored.\n"
    m, meta = p["metrics"], p["meta"]
    L = m["max_train_len"]
    has_aer = "aer" in m["buckets"][0]
    out = [f"**{TITLES[name]}** ({meta['params']:,} parameters, {len(p['history'])} epochs, "
           f"{meta['train_seconds'] / 60:.0f} min, best epoch {meta['best_epoch']}):", "",
           "| length | exact % [95% CI] | token acc % | BLEU [95% CI] |" + (" AER % [95% CI] |" if has_aer else ""),
           "|---|---|---|---|" + ("---|" if has_aer else "")]
    for b in m["buckets"]:
        where = f"{b['lo']}–{b['hi']}" + (" ᵇ" if b["hi"] > L else "")
        row = (f"| {where} | {100 * b['exact']:.1f} [{100 * b['exact_ci'][0]:.1f}, {100 * b['exact_ci'][1]:.1f}] "
               f"| {100 * b['token_acc']:.1f} | {b['bleu']:.1f} [{b['bleu_ci'][0]:.1f}, {b['bleu_ci'][1]:.1f}] |")
        if has_aer:
            row += f" {100 * b['aer']:.2f} [{100 * b['aer_ci'][0]:.2f}, {100 * b['aer_ci'][1]:.2f}] |"
        out.append(row)
    out.append(f"\nᵇ beyond the training lengths (3–{L}).\n")
    if m.get("hard"):
        out += ["| hard category | n | mean length | exact % [95% CI] |" + (" AER % |" if has_aer else ""),
                "|---|---|---|---|" + ("---|" if has_aer else "")]
        for r in m["hard"].values():
            out.append(f"| {r['label']} | {r['n']} | {r['mean_len']:.0f} | {100 * r['exact']:.1f} "
                       f"[{100 * r['exact_ci'][0]:.1f}, {100 * r['exact_ci'][1]:.1f}] |"
                       + (f" {100 * r['aer']:.2f} |" if "aer" in r else ""))
        out.append("")
    out += [f"- {line}" for line in unseen_lines(m)] + [""]
    return "\n".join(out)


UNSEEN = {"unseen_forms": "held-out sentences with a word never seen whole in training",
          "unseen_names": "held-out sentences with a person name never seen in training"}


def unseen_lines(m: dict) -> list[str]:
    """One line per 'never seen' measurement stored in a checkpoint's metrics."""
    lines = []
    for key, label in UNSEEN.items():
        r = m.get(key)
        if r and r.get("n"):
            lines.append(f"{label}: {100 * r['exact']:.1f} % exact [{100 * r['exact_ci'][0]:.1f}, "
                         f"{100 * r['exact_ci'][1]:.1f}] (n = {r['n']})")
    return lines


def bottleneck_table() -> str:
    bn = {n: (p["metrics"].get("bottleneck") if (p := _payload(n)) and p.get("metrics") else None)
          for n in TRANSLATORS}
    if not all(bn.values()):
        return "bottleneck: not measured.\n"
    out = ["| length | own-word share, without attention | with attention |", "|---|---|---|"]
    for key, b in bn["attention"].items():
        q = bn["plain"][key]
        if b["own_share"] is None:
            continue
        out.append(f"| {b['lo']}–{b['hi']} | {100 * q['own_share']:.0f} % | {100 * b['own_share']:.0f} % |")
    return "\n".join(out) + "\n"


def encoder_tables(name: str) -> str:
    p = _payload(name)
    if p is None or not p.get("metrics"):
        return f"{TITLES[name]}: no metrics stored.\n"
    m, meta = p["metrics"], p["meta"]
    cfg = p["config"]
    out = [f"**{TITLES[name]}** ({cfg['layers']} layers × {cfg['heads']} heads, d_model {cfg['d_model']}, "
           f"{meta['params']:,} parameters, {len(p['history'])} epochs, {meta['train_seconds'] / 60:.0f} min). "
           "Accuracy on the words a relation determines: "
           + ", ".join(f"{k} {100 * v['accuracy']:.1f} %" for k, v in m["masked"].items()) + ".", "",
           "| relation | direction | best head | accuracy % | best fixed offset | offset accuracy % | margin (points) |",
           "|---|---|---|---|---|---|---|"]
    for rel, r in m["heads"]["relations"].items():
        out.append(f"| {rel} | {r['direction']} | {head_label(r['best_layer'], r['best_head'])} | "
                   f"{100 * r['best_accuracy']:.1f} | {r['baseline_offset']:+d} | {100 * r['baseline_accuracy']:.1f} | "
                   f"{100 * (r['best_accuracy'] - r['baseline_accuracy']):+.1f} |")
    if m.get("specificity"):
        out += ["", "| relation | words scored | best head off: points lost | another head off: points lost (mean) |",
                "|---|---|---|---|"]
        for rel, s in m["specificity"].items():
            out.append(f"| {rel} | {s['words']} | {100 * s['drop_best']:.1f} | {100 * s['drop_others']:.1f} |")
    return "\n".join(out) + "\n"


def report() -> str:
    return "\n".join([seq2seq_tables("attention"), seq2seq_tables("plain"), bottleneck_table(),
                      encoder_tables("encoder"), encoder_tables("causal")])
