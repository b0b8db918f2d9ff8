"""``python -m benchmarks.page_times``: one simulated user on an otherwise idle server (Streamlit's
websocket protocol, ``benchmarks/protocol.py``), so each figure is the server's time for one rerun
(plus a loopback round trip of a few ms).

- cold start: server process started → first page's ``script_finished``, Attention Lab and the
  trivial one-chart app, alternating, same run;
- per page: a *new* 40-token sentence (never seen by the server, so nothing is cached), a warm
  rerun (nothing changed), and the longest accepted input (2000 characters) with the server's RSS
  after it.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time

import psutil

from benchmarks import servers
from benchmarks.common import table
from benchmarks.protocol import Client
from benchmarks.protocol_load import longest_inputs, pct
from ui.registry import PAGES


def fresh_pairs(n: int, seed: int, length: int = 40):
    from model.language.generator import sample_pairs

    return [p for _, p in sample_pairs(n, seed, length, length, split="test", tolerance=0)]


async def _first_page(port: int) -> None:
    c = Client(f"http://127.0.0.1:{port}", timeout=120)
    await c.connect()
    await c.open("")
    await c.close()


def cold_start(app: str) -> float:
    port = servers.free_port()
    t0 = time.perf_counter()
    proc = servers.start(app, port)
    try:
        servers.wait_healthy(port)
        asyncio.run(_first_page(port))
        return time.perf_counter() - t0
    finally:
        servers.stop(proc)


async def per_page(url: str, pid: int, new: int, warm: int) -> list[tuple]:
    rss = lambda: psutil.Process(pid).memory_info().rss / 2**20  # noqa: E731
    long_src, long_en = longest_inputs()
    rows = []
    for i, spec in enumerate(PAGES):
        c = Client(url, user=f"pages{i}", timeout=300)
        await c.connect()
        await c.open(spec.url_path)
        # the page's text box: the English one, the shared sentence box, or none (toys, speed, glossary)
        box = "en" if c.has("en") else "s" if c.has("s") else None
        times = []
        for p in fresh_pairs(new, 9000 + i) if box else ():
            text = " ".join(p.tgt) if box == "en" else " ".join(p.roman)
            times.append((await c.set(box, string_value=text)).seconds)
        warm_times = [(await c.rerun()).seconds for _ in range(warm)]
        exceptions = []
        before = rss()
        r = await c.set(box, string_value=long_en if box == "en" else long_src) if box else await c.rerun()
        exceptions += r.exceptions
        again = await c.rerun()
        ms = lambda xs, f: f"{1000 * f(xs):.0f}" if xs else "—"  # noqa: E731
        rows.append((spec.url_path or "home", ms(times, statistics.median), ms(times, max),
                     f"{1000 * statistics.median(warm_times):.0f}", f"{1000 * pct(warm_times, 0.95):.0f}",
                     f"{1000 * r.seconds:.0f}" if box else "—", f"{1000 * again.seconds:.0f}",
                     f"{rss():.0f} ({rss() - before:+.0f})", "; ".join(exceptions + again.exceptions) or "0"))
        await c.close()
    return rows


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.page_times")
    ap.add_argument("--new", type=int, default=3, help="new 40-token sentences per page")
    ap.add_argument("--warm", type=int, default=10, help="warm reruns per page")
    ap.add_argument("--cold", type=int, default=3, help="cold starts per app")
    args = ap.parse_args(argv)
    if args.cold:
        app, trivial = [], []
        for _ in range(args.cold):
            app.append(cold_start(servers.APP))
            trivial.append(cold_start(servers.TRIVIAL))
        a, t = statistics.median(app), statistics.median(trivial)
        print(f"cold start, process start → first page served (median of {args.cold}): Attention Lab {a:.2f} s, "
              f"trivial one-chart app {t:.2f} s, difference {a - t:+.2f} s")
    port = servers.free_port()
    proc = servers.start(servers.APP, port)
    try:
        servers.wait_healthy(port)
        asyncio.run(_first_page(port))
        rows = asyncio.run(per_page(f"http://127.0.0.1:{port}", proc.pid, args.new, args.warm))
    finally:
        servers.stop(proc)
    print(f"\nServer time per rerun, one user, ms (new 40-token sentence: median and max of {args.new}; "
          f"warm: median and p95 of {args.warm}; longest input: 2000 characters, first and second run):\n")
    print(table(rows, ("page", "new 40 median", "new 40 max", "warm median", "warm p95", "longest",
                       "longest again", "RSS after MB", "exceptions")))


if __name__ == "__main__":
    main()
