"""Sequential (GRU) versus parallel (self-attention) cost, measured on this machine.

A GRU must take n steps one after another to read n words, and information from word 1 needs
n − 1 steps to reach word n. One self-attention layer reads all n words in one parallel step,
and every pair of words is one step apart (Vaswani et al. 2017, Table 1). Wall-clock time on a
CPU is another matter, so it is measured here, not assumed.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

import torch

from model.encoder import Block, EncoderConfig

LENGTHS = (8, 16, 32, 64, 128, 256, 512)


def structure(n: int, layers: int = 1) -> dict:
    """Sequential steps and longest path between two words for each architecture."""
    return {"gru_steps": n, "gru_path": max(n - 1, 0), "attn_steps": layers, "attn_path": 1 if n > 1 else 0}


@torch.inference_mode()
def measure(lengths=LENGTHS, batch: int = 1, d: int = 64, heads: int = 4, repeats: int = 5,
            threads: int = 1, progress: Callable[[float], None] | None = None, seed: int = 0) -> list[dict]:
    """Median milliseconds to encode a batch of ``batch`` sequences of each length: a one-layer GRU
    (hidden d) against one transformer layer (width d, ``heads`` heads)."""
    torch.manual_seed(seed)
    old = torch.get_num_threads()
    torch.set_num_threads(threads)
    try:
        gru = torch.nn.GRU(d, d, batch_first=True).eval()
        layer = Block(EncoderConfig(vocab=2, d_model=d, heads=heads, d_ff=4 * d, dropout=0.0)).eval()
        rows = []
        for k, n in enumerate(lengths):
            x = torch.randn(batch, n, d)
            timings = {}
            for name, fn in (("gru", lambda x=x: gru(x)), ("attn", lambda x=x: layer(x))):
                fn()                                                      # warm-up
                samples = []
                for _ in range(repeats):
                    t0 = time.perf_counter()
                    fn()
                    samples.append(1000 * (time.perf_counter() - t0))
                timings[f"{name}_ms"] = statistics.median(samples)
            rows.append({"n": n, "batch": batch, **timings, **structure(n)})
            if progress:
                progress((k + 1) / len(lengths))
        return rows
    finally:
        torch.set_num_threads(old)
