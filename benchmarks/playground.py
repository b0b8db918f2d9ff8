"""``python -m benchmarks.playground``: how fast the "Train your own" playground learns, on one CPU thread.

Prints (no assertions):
1. time until the attention model reverses held-out sequences of length 8 with ≥ 95 % exact match
   (the page's defaults, attention model alone, a few seeds);
2. held-out exact match and AER of both models after the same wall-clock budget each, by length —
   where the model without attention falls behind;
3. a reference figure for the machine's speed (the same GRU step without the playground around it).

One thread (``torch.set_num_threads(1)``, here only: the app never changes it).
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import statistics
import time

import torch

from benchmarks.common import table
from model.playground.trainer import PlaygroundConfig, train


def time_to(record: dict, model: str, target: float) -> float | None:
    """Seconds (wall clock, evaluations included) until held-out exact match first reached ``target``."""
    return next((r["seconds"] for r in record["history"] if r[model]["exact"] >= target), None)


def reversal_speed(seeds: tuple[int, ...], seconds: float, target: float = 0.95) -> list[tuple]:
    rows = []
    for seed in seeds:
        cfg = dataclasses.replace(PlaygroundConfig(), models=("attention",), seconds=seconds, seed=seed,
                                  steps=3000)
        rec = train(cfg)
        t = time_to(rec, "attention", target)
        step = next((r["step"] for r in rec["history"] if r["attention"]["exact"] >= target), None)
        last = rec["history"][-1]
        rows.append((seed, f"{t:.1f} s" if t is not None else f"not within {seconds:g} s",
                     step if step is not None else "–", f"{100 * last['attention']['exact']:.1f} %",
                     f"{last['attention']['aer']:.3f}", f"{last['seconds']:.1f} s / {last['step']} steps"))
    return rows


def by_length(lengths: tuple[int, ...], seconds: float, seed: int = 0) -> list[tuple]:
    rows = []
    for n in lengths:
        out = {}
        for m in ("attention", "plain"):
            cfg = dataclasses.replace(PlaygroundConfig(), models=(m,), length=n, seconds=seconds, seed=seed, steps=3000)
            last = train(cfg)["history"][-1]
            out[m] = (last[m]["exact"], last[m].get("aer"), last["step"])
        rows.append((n, f"{100 * out['attention'][0]:.1f} % ({out['attention'][2]} steps)",
                     f"{100 * out['plain'][0]:.1f} % ({out['plain'][2]} steps)", f"{out['attention'][1]:.3f}"))
    return rows


def reference_step(repeats: int = 50) -> float:
    """Median ms of one forward + backward of a bare ``nn.GRU`` (batch 64, length 8, 64 units): the machine's
    speed without the playground's models, data or evaluation around it."""
    gen = torch.Generator().manual_seed(0)
    gru = torch.nn.GRU(32, 64, batch_first=True, bidirectional=True)
    x = torch.randn(64, 8, 32, generator=gen)
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        out, _ = gru(x)
        out.sum().backward()
        times.append(1000 * (time.perf_counter() - t0))
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.playground")
    ap.add_argument("--seeds", type=int, default=3)
    ap.add_argument("--seconds", type=float, default=20.0, help="budget of each run")
    ap.add_argument("--lengths", type=int, nargs="*", default=[8, 12, 16])
    args = ap.parse_args()
    torch.set_num_threads(1)
    print(f"load average before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; one thread; reference: one forward + backward of a bare bidirectional GRU (64 units, batch 64, "
          f"length 8) takes {reference_step():.1f} ms\n")
    d = PlaygroundConfig()
    print(f"Reversal, length 8, attention model alone, the page's defaults (hidden {d.hidden}, embedding {d.embed}, "
          f"lr {d.lr:g}, batch {d.batch}, held-out {d.held_out}, evaluated every {d.eval_every} steps):\n")
    print(table(reversal_speed(tuple(range(args.seeds)), args.seconds),
                ("seed", "time to ≥ 95 % exact", "steps", "exact at the end", "AER at the end", "ran")))
    if args.lengths:
        print(f"\nReversal, each model alone for {args.seconds:g} s (seed 0): held-out exact match\n")
        print(table(by_length(tuple(args.lengths), args.seconds),
                    ("length", "with attention", "without attention", "AER (attention)")))
    print(f"\nload average after: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
