"""What the page says about a playground run: how it compares with the real checkpoints, and one
line per finished run for the side-by-side comparison. Every figure is computed from a config, a
checkpoint payload or a run's record."""

from __future__ import annotations

import math

import torch

from model.networks.seq2seq import Seq2Seq, Seq2SeqConfig, additive_attention
from model.playground.tasks import Task
from model.playground.trainer import PlaygroundConfig

ENDED = {"steps": "all steps done", "time": "time cap reached", "stopped": "stopped",
         "diverged": "loss became infinite (learning rate too high?)"}


def parameter_count(cfg: PlaygroundConfig, attention: bool) -> int:
    """Parameters of the playground model (built on the meta device: nothing is allocated)."""
    task = Task(cfg.task, cfg.length)
    with torch.device("meta"):
        model = Seq2Seq(Seq2SeqConfig(len(task.src_itos), len(task.tgt_itos), d_embed=cfg.embed, d_model=cfg.hidden,
                                      d_attn=cfg.hidden, attention=attention, dropout=0.0))
    return sum(p.numel() for p in model.parameters())


def same_and_smaller(cfg: PlaygroundConfig, real: dict | None) -> list[dict]:
    """Rows (aspect, playground, real model, verdict) against the attention checkpoint's payload
    (``config``, ``train_config``, ``meta``, vocabularies, and ``network``: "Class (module)" of its
    network); ``real`` None gives the playground column only."""
    task = Task(cfg.task, cfg.length)
    rc = (real or {}).get("config", {})
    tc = (real or {}).get("train_config", {})
    meta = (real or {}).get("meta", {})
    steps_real = (math.ceil(tc["train_size"] / tc["batch"]) * tc["epochs_attention"]
                  if {"train_size", "batch", "epochs_attention"} <= tc.keys() else None)

    def row(aspect, mine, theirs, sizes: tuple | None = None, differs: bool = False):
        """Verdict: texts compared ("same" / "differs"), or ``sizes`` (playground, real) compared as
        numbers ("smaller" / "same" / "larger"), or "differs" when ``differs``."""
        if theirs is None:
            verdict = "–"
        elif differs:
            verdict = "differs"
        elif sizes is not None:
            a, b = sizes
            verdict = "smaller" if a < b else "✅ same" if a == b else "larger"
        else:
            verdict = "✅ same" if str(mine) == str(theirs) else "differs"
        return {"aspect": aspect, "playground": str(mine), "real model": "–" if theirs is None else str(theirs),
                "verdict": verdict}

    network = f"{Seq2Seq.__name__} ({Seq2Seq.__module__})"
    n_src, n_tgt = len(task.src_itos), len(task.tgt_itos)
    longest = max(task.lengths)
    params = parameter_count(cfg, True)
    src_v, tgt_v = len((real or {}).get("src_vocab", [])), len((real or {}).get("tgt_vocab", []))
    return [
        row("network", network, (real or {}).get("network")),
        row("attention function", f"{additive_attention.__name__}, vᵀ tanh(W s + U h)",
            f"{additive_attention.__name__}, vᵀ tanh(W s + U h)" if rc.get("attention") and
            (real or {}).get("network") == network else None),
        row("decoder", "conditional GRU (cgru)", f"conditional GRU ({rc['decoder']})" if "decoder" in rc else None),
        row("loss, optimiser, clipping", "sequence_loss, Adam, gradient norm ≤ 1",
            f"sequence_loss, Adam, gradient norm ≤ {tc['clip']:g}" if "clip" in tc else None),
        row("GRU units (per direction)", cfg.hidden, rc.get("d_model"), (cfg.hidden, rc.get("d_model"))),
        row("attention width", cfg.hidden, rc.get("d_attn"), (cfg.hidden, rc.get("d_attn"))),
        row("embedding width", cfg.embed, rc.get("d_embed"), (cfg.embed, rc.get("d_embed"))),
        row("vocabulary (source / target)", f"{n_src} / {n_tgt}", f"{src_v} / {tgt_v}" if src_v else None,
            (n_src + n_tgt, src_v + tgt_v)),
        row("longest sequence", f"{longest} tokens", f"{tc['max_len']} tokens" if "max_len" in tc else None,
            (longest, tc.get("max_len"))),
        row("parameters (with attention)", f"{params:,}", f"{meta['params']:,}" if "params" in meta else None,
            (params, meta.get("params"))),
        row("dropout", "none", rc.get("dropout"), differs=bool(rc.get("dropout"))),
        row("learning rate", f"{cfg.lr:g}, constant",
            f"{tc['lr_attention']:g}, cosine-decayed" if "lr_attention" in tc else None, differs=True),
        row("training steps", f"≤ {cfg.steps:,} (fresh random batches of {cfg.batch})",
            f"{steps_real:,} ({tc['epochs_attention']} passes over {tc['train_size']:,} pairs)" if steps_real else None,
            (cfg.steps, steps_real)),
        row("training time", f"≤ {cfg.seconds:g} s", f"{meta['train_seconds'] / 60:.0f} min" if "train_seconds" in meta
            else None, (cfg.seconds, meta.get("train_seconds"))),
    ]


def run_row(number: int, record: dict) -> dict:
    """One finished run for the comparison table."""
    cfg, last = record["config"], record["history"][-1]
    out = {"run": number, "task": cfg["task"], "length": cfg["length"], "hidden": cfg["hidden"], "lr": cfg["lr"],
           "steps": last["step"], "seconds": round(last["seconds"], 1), "ended": ENDED.get(record["ended"], record["ended"])}
    for m, label in (("attention", "with attention"), ("plain", "without attention")):
        if m in last:
            out[f"exact % ({label})"] = round(100 * last[m]["exact"], 1)
    if "attention" in last:
        out["AER (attention)"] = round(last["attention"]["aer"], 3)
    return out
