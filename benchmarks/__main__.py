"""``python -m benchmarks [--load N]``: one table of figures for the README (no assertions)."""

from __future__ import annotations

import argparse
import os
import platform
import resource

import torch

from benchmarks.common import table


def main() -> None:
    ap = argparse.ArgumentParser(prog="python -m benchmarks")
    ap.add_argument("--load", type=int, default=0, help="also run N concurrent browser sessions")
    ap.add_argument("--skip-browser", action="store_true")
    args = ap.parse_args()
    torch.set_num_threads(2)
    print(f"machine: {platform.platform()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"torch {torch.__version__}\n")
    rows = []
    if not args.skip_browser:
        from benchmarks.cold_start import cold_start

        c = cold_start()
        rows += [("cold start: server process → health endpoint", f"{c['app']['health']:.1f} s"),
                 ("cold start: server process → first chart painted in Chromium (median of 3)",
                  f"{c['app']['painted']:.2f} s"),
                 ("  the same for the trivial one-chart app, same run", f"{c['trivial']['painted']:.2f} s"),
                 ("server RSS after first page", f"{c['app']['rss_mb']:.0f} MB")]
    from benchmarks.models import model_figures
    from benchmarks.reruns import page_reruns

    rows += model_figures()
    print(table(rows, ("measurement", "value")))
    print("\nPer-page rerun, server time via AppTest, 40-token sentence, after warm-up (ms):\n")
    print(table(page_reruns(), ("page", "median", "p95")))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak RSS of this benchmark process (all models and pages loaded): {peak:.0f} MB")
    if args.load:
        from benchmarks.load import run_load

        run_load(args.load)


if __name__ == "__main__":
    main()
