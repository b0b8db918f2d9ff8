"""Sequential (GRU) versus parallel (self-attention) cost, measured on this machine.

A GRU must take n steps one after another to read n words, and information from word 1 needs
n − 1 steps to reach word n. One self-attention layer reads all n words in one parallel step,
and every pair of words is one step apart (Vaswani et al. 2017, Table 1). What that means in
milliseconds depends on how many independent operations the hardware can run at once, so it is
measured here, not assumed:

- three ways to encode n words: PyTorch's fused GRU (its whole time loop runs in C++), the same GRU
  run step by step (``GRUCell``, as a decoder must run it — one dependent step at a time), and one
  transformer layer;
- forward only (reading a sentence) and forward + backward (training, where all positions of a batch
  are processed at once);
- with one thread and with every thread the machine has, so the speed-up from more parallel lanes
  shows which computation can use them.

The thread count is process-wide in torch, so a server runs the measurement in a child process
(``measure_in_subprocess``, i.e. ``python -m model.evaluation.speed``) and never changes its own.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time

import torch

from model.networks.encoder import Block, EncoderConfig

LENGTHS = (8, 16, 32, 64, 128, 256)
BATCHES = (1, 32)
ARCHS = ("gru_fused", "gru_steps", "attention")
ARCH_LABELS = {"gru_fused": "GRU, fused (C++ loop)", "gru_steps": "GRU, step by step (as a decoder runs)",
               "attention": "one self-attention layer"}
D_MODEL = 64                 # width of every model measured
HEADS = 4                    # heads of the attention layer
REPEATS = 5                  # timed runs per cell (the median is reported), after one warm-up
TIMEOUT_S = 300              # a measurement that takes longer is abandoned


def structure(n: int, layers: int = 1) -> dict:
    """Sequential steps and longest path between two words for each architecture."""
    return {"gru_steps": n, "gru_path": max(n - 1, 0), "attn_steps": layers, "attn_path": 1 if n > 1 else 0}


def _runners(d: int, heads: int) -> dict:
    gru = torch.nn.GRU(d, d, batch_first=True)
    cell = torch.nn.GRUCell(d, d)
    layer = Block(EncoderConfig(vocab=2, d_model=d, heads=heads, d_ff=4 * d, dropout=0.0))

    def stepwise(x):
        h = torch.zeros(x.size(0), d)
        outs = []
        for t in range(x.size(1)):                   # each step needs the previous one
            h = cell(x[:, t], h)
            outs.append(h)
        return torch.stack(outs, 1)

    return {"gru_fused": (gru, lambda x: gru(x)[0]), "gru_steps": (cell, stepwise),
            "attention": (layer, lambda x: layer(x)[0])}


def measure(lengths=LENGTHS, batches=BATCHES, d: int = D_MODEL, heads: int = HEADS, repeats: int = REPEATS,
            backward: bool = False, seed: int = 0) -> list[dict]:
    """Median milliseconds per (architecture, batch, length) with this process's torch threads."""
    torch.manual_seed(seed)
    runners = _runners(d, heads)
    rows = []
    for batch in batches:
        for n in lengths:
            x = torch.randn(batch, n, d, requires_grad=backward)
            for arch, (module, fn) in runners.items():
                def run(module=module, fn=fn, x=x):
                    if backward:
                        module.zero_grad(set_to_none=True)
                        fn(x).sum().backward()
                    else:
                        with torch.inference_mode():
                            fn(x)
                run()                                            # warm-up
                samples = []
                for _ in range(repeats):
                    t0 = time.perf_counter()
                    run()
                    samples.append(1000 * (time.perf_counter() - t0))
                rows.append({"arch": arch, "n": n, "batch": batch, "ms": statistics.median(samples),
                             "mode": "forward + backward" if backward else "forward", "threads": torch.get_num_threads()})
    return rows


def available_threads() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def measure_in_subprocess(threads: int = 1, backward: bool = False, lengths=LENGTHS, batches=BATCHES,
                          repeats: int = REPEATS) -> list[dict]:
    """``measure`` in a fresh Python process with ``threads`` torch threads; the caller's process-wide
    settings stay untouched. Raises ``RuntimeError`` with the child's last words on failure."""
    cmd = [sys.executable, "-m", "model.evaluation.speed", "--threads", str(threads), "--repeats", str(repeats),
           "--lengths", *map(str, lengths), "--batches", *map(str, batches)] + (["--backward"] if backward else [])
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=TIMEOUT_S)
    if done.returncode != 0:
        raise RuntimeError(f"the speed measurement failed: {done.stderr.strip()[-300:]}")
    return json.loads(done.stdout)


def plan() -> list[tuple[int, bool]]:
    """The measurements the Speed page shows, one child process each: (threads, backward) for 1 and
    all threads, forward and forward + backward (the page shows progress after each)."""
    return [(threads, backward) for threads in sorted({1, available_threads()}) for backward in (False, True)]


def measure_all(lengths=LENGTHS, batches=BATCHES, repeats: int = REPEATS) -> list[dict]:
    """Every combination of ``plan()``."""
    rows = []
    for threads, backward in plan():
        rows += measure_in_subprocess(threads, backward, lengths, batches, repeats)
    return rows


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m model.evaluation.speed", description="print speed rows as JSON")
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--repeats", type=int, default=REPEATS)
    ap.add_argument("--lengths", type=int, nargs="+", default=list(LENGTHS))
    ap.add_argument("--batches", type=int, nargs="+", default=list(BATCHES))
    ap.add_argument("--backward", action="store_true", help="time forward + backward (training)")
    args = ap.parse_args(argv)
    torch.set_num_threads(max(1, args.threads))
    json.dump(measure(args.lengths, args.batches, repeats=args.repeats, backward=args.backward), sys.stdout)


if __name__ == "__main__":
    main()
