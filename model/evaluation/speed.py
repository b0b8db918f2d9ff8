"""Sequential (GRU) versus parallel (self-attention) cost, measured on this machine.

A GRU must take n steps one after another to read n words, and information from word 1 needs
n − 1 steps to reach word n. One self-attention layer reads all n words in one parallel step,
and every pair of words is one step apart (Vaswani et al. 2017, Table 1). Wall-clock time on a
CPU is another matter, so it is measured here, not assumed.

The measurement sets torch's thread count, which is process-wide; a server therefore runs it in a
child process (``measure_in_subprocess``, i.e. ``python -m model.evaluation.speed``) and never
changes its own settings.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time

import torch

from model.networks.encoder import Block, EncoderConfig

LENGTHS = (8, 16, 32, 64, 128, 256, 512)
TIMEOUT_S = 300            # a measurement that takes longer is abandoned


def structure(n: int, layers: int = 1) -> dict:
    """Sequential steps and longest path between two words for each architecture."""
    return {"gru_steps": n, "gru_path": max(n - 1, 0), "attn_steps": layers, "attn_path": 1 if n > 1 else 0}


@torch.inference_mode()
def measure(lengths=LENGTHS, batch: int = 1, d: int = 64, heads: int = 4, repeats: int = 5,
            seed: int = 0) -> list[dict]:
    """Median milliseconds to encode a batch of ``batch`` sequences of each length: a one-layer GRU
    (hidden d) against one transformer layer (width d, ``heads`` heads), with the current process's
    torch threads."""
    torch.manual_seed(seed)
    gru = torch.nn.GRU(d, d, batch_first=True).eval()
    layer = Block(EncoderConfig(vocab=2, d_model=d, heads=heads, d_ff=4 * d, dropout=0.0)).eval()
    rows = []
    for n in lengths:
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
    return rows


def measure_in_subprocess(batch: int = 1, threads: int = 1, lengths=LENGTHS, repeats: int = 5) -> list[dict]:
    """``measure`` in a fresh Python process with ``threads`` torch threads; the caller's process-wide
    settings stay untouched. Raises ``RuntimeError`` with the child's last words on failure."""
    cmd = [sys.executable, "-m", "model.evaluation.speed", "--batch", str(batch), "--threads", str(threads),
           "--repeats", str(repeats), "--lengths", *map(str, lengths)]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=TIMEOUT_S)
    if done.returncode != 0:
        raise RuntimeError(f"the speed measurement failed: {done.stderr.strip()[-300:]}")
    return json.loads(done.stdout)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m model.evaluation.speed", description="print speed rows as JSON")
    ap.add_argument("--batch", type=int, default=1)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--lengths", type=int, nargs="+", default=list(LENGTHS))
    args = ap.parse_args(argv)
    torch.set_num_threads(max(1, args.threads))
    json.dump(measure(args.lengths, batch=args.batch, repeats=args.repeats), sys.stdout)


if __name__ == "__main__":
    main()
