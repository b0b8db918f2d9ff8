"""Model load time, decode latency by length, encoder forward, toy interaction time."""

from __future__ import annotations

import numpy as np

from benchmarks.common import summary, timed
from model.language.generator import sample_pairs
from model.registry import ENCODERS, TRANSLATORS


def model_figures() -> list[tuple]:
    from model.networks.toys import decaying_share, head_pattern, mh_default_heads, mh_features, qkv_stages
    from model.runners.encoder_runner import EncoderRunner
    from model.runners.translator import Translator

    rows = []
    for name in TRANSLATORS:
        med, _ = summary(timed(lambda n=name: Translator.load(n), repeats=3, warmup=0))
        rows.append((f"load {name} checkpoint", f"{med:.0f} ms"))
    for name in ENCODERS:
        med, _ = summary(timed(lambda n=name: EncoderRunner.load(name=n), repeats=3, warmup=0))
        rows.append((f"load {name} checkpoint", f"{med:.0f} ms"))
    tr = Translator.load("attention")
    for length in (10, 20, 30, 40, 60):
        (_, pair), = sample_pairs(1, 5, length, length, split="test", tolerance=0)
        med, p95 = summary(timed(lambda p=pair: tr.translate_tokens(p.src), repeats=10))
        rows.append((f"greedy decode, {length} source tokens", f"{med:.1f} ms (p95 {p95:.1f})"))
        if length in (40, 60):
            med, _ = summary(timed(lambda p=pair: tr.translate_tokens(p.src, beam=4), repeats=3))
            rows.append((f"beam-4 decode, {length} source tokens", f"{med:.0f} ms"))
    enc = EncoderRunner.load()
    (_, pair), = sample_pairs(1, 5, 40, 40, split="test", tolerance=0)
    med, _ = summary(timed(lambda: enc.attention_maps(pair.tgt), repeats=10))
    rows.append((f"encoder forward, {len(pair.tgt)} English tokens", f"{med:.1f} ms"))
    rng = np.random.default_rng(0)
    x, w = rng.normal(size=(6, 4)), rng.normal(size=(4, 4))
    toys = {"toy Q·K·V stages (6 tokens, d=4)": lambda: qkv_stages(x, w, w, w, causal=True),
            "toy multi-head pattern": lambda: head_pattern(mh_features(), *mh_default_heads()["position"]),
            "toy decaying summary (λ, 60 lengths)": lambda: decaying_share(0.9, 8)}
    for label, fn in toys.items():
        med, p95 = summary(timed(fn, repeats=20))
        rows.append((label, f"{med:.2f} ms (p95 {p95:.2f})"))
    return rows
