"""``python -m benchmarks.protocol_load --users 20 --think 3 --seconds 60``: simulated learners that
speak Streamlit's websocket protocol (``benchmarks/protocol.py``), against Attention Lab and then, with
the same scenario and seed, against a trivial one-chart app (``benchmarks/trivial_app.py``).

Scenario, per user: open a page, then until the time is up — pause (exponential think time), then
open another page of ``ui/registry.py`` (a shuffled tour over all of them), type a new sentence of
the language (English on the self-attention page), or move a widget of the page (the alignment
step slider, the causal toggle, the followed word, a toy's slider …). Once on each page that has a
sentence box, each user also sends the longest accepted input: 2000 characters of valid Mini-Tamil in
the sidebar box (on the self-attention page 2000 characters of English in its own box).

Prints p50/p95 per action, errors, throughput (completed reruns per second) and the server's peak
RSS for both apps, and the app's figures as a ratio of the trivial app's. With ``--trainers N``, N more
users keep a training running on the "Train your own" page the whole time (press Train with a 20 s cap,
let the live view refresh as the browser does, press Train again): their actions are listed apart and
left out of the "all actions" figures, which stay the other learners' experience. A benchmark: it prints
figures and asserts nothing (``tests/test_protocol_smoke.py`` runs a tiny version and checks for
errors only).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import random
import time
from collections import defaultdict
from dataclasses import dataclass, field

from benchmarks.common import table
from benchmarks.protocol import Client, ProtocolError
from ui.registry import PAGES

LONG_CHARS = 2000                 # every text box of the app caps input here
SENTENCE_LENGTHS = (5, 40)        # source lengths of the sentences a simulated learner types

PAGE_INPUTS = {spec.url_path: spec.inputs for spec in PAGES}    # shared sidebar inputs each page shows

# widget keys a learner moves on each page (the page's URL path), with the action's name
PAGE_WIDGETS = {
    "bottleneck": {"bn_metric": "change a choice"},
    "alignment": {"step": "move the step slider", "al_start": "change a choice"},
    "self-attention": {"causal": "toggle causal", "tok": "pick a word", "head": "change a choice"},
    "toy-qkv": {"qkv_temp": "move a toy widget", "qkv_causal": "move a toy widget"},
    "toy-sqrt-d": {"sqrt_keys": "move a toy widget"},
    "toy-decay": {"decay_lambda": "move a toy widget", "decay_hidden": "move a toy widget"},
    "toy-alignment": {"ta_preset": "change a choice"},
}


def sentences(seed: int, n: int) -> tuple[list[str], list[str]]:
    """``n`` (romanized Mini-Tamil, English) sentences of the language, lengths 5–40."""
    from model.language.generator import sample_pairs

    pairs = [p for _, p in sample_pairs(n, seed, *SENTENCE_LENGTHS)]
    return [" ".join(p.roman) for p in pairs], [" ".join(p.tgt) for p in pairs]


def longest_inputs(seed: int = 77) -> tuple[str, str]:
    """(Mini-Tamil, English) texts of at most 2000 characters made of valid long sentences: the
    longest input the app's boxes accept."""
    from model.language.generator import sample_pairs

    src, eng = [], []
    for _, p in sample_pairs(12, seed, 50, 60):
        src += p.roman
        eng += p.tgt

    def fill(words: list[str]) -> str:
        out = ""
        for w in words:
            if len(out) + len(w) + 1 > LONG_CHARS:
                break
            out = f"{out} {w}" if out else w
        return out

    return fill(src), fill(eng)


@dataclass
class Stats:
    latency: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: list[str] = field(default_factory=list)
    reruns: int = 0
    longest: int = 0                # longest-input actions completed
    refused: int = 0                # Train presses refused because every training slot was busy
    bytes: int = 0


def random_value(w, rng: random.Random) -> dict:
    """A new value for a widget, from what its proto says (options, range)."""
    p = w.proto
    if w.kind == "checkbox":
        return {"bool_value": rng.random() < 0.5}
    if w.kind in ("radio", "selectbox"):
        return {"string_value": rng.choice(list(p.options))}
    if w.kind == "slider":
        if p.data_type in (p.INT, ):
            return {"double_array_value": [rng.randint(int(p.min), int(p.max))]}
        steps = max(1, round((p.max - p.min) / (p.step or 1)))
        return {"double_array_value": [p.min + (p.step or 1) * rng.randint(0, steps)]}
    raise ValueError(f"no random value for a {w.kind}")


async def user(k: int, url: str, seconds: float, think: float, seed: int, stats: Stats, strict: bool,
               texts: tuple[list[str], list[str]], longest: tuple[str, str], long_share: float) -> None:
    rng = random.Random(seed * 1000 + k)
    src_pool, en_pool = texts
    tour = [spec.url_path for spec in PAGES]
    rng.shuffle(tour)
    long_todo = [p for p in tour if p == "self-attention" or "sentence" in PAGE_INPUTS[p]]   # still to get it
    c = Client(url, user=f"user{k}")

    async def act(name: str, coro) -> None:
        t0 = time.perf_counter()
        try:
            res = await coro
        except (TimeoutError, OSError, ProtocolError, KeyError, ValueError) as err:
            stats.errors.append(f"user {k}: {name}: {type(err).__name__} {err}"[:200])
            return
        except Exception as err:  # noqa: BLE001 — a benchmark records every failure (e.g. connection closed)
            stats.errors.append(f"user {k}: {name}: {type(err).__name__} {err}"[:200])
            return
        stats.latency[name].append(time.perf_counter() - t0)
        stats.reruns += 1
        stats.bytes += res.bytes
        if res.exceptions:
            stats.errors.append(f"user {k}: {name} on /{c.page}: {res.exceptions[0]}")

    try:
        await c.connect()
    except Exception as err:  # noqa: BLE001
        stats.errors.append(f"user {k}: connect: {type(err).__name__} {err}"[:200])
        return
    end = time.perf_counter() + seconds
    i = 0
    await act("open a page", c.open(tour[0]))
    while time.perf_counter() < end:
        if think:
            await asyncio.sleep(min(rng.expovariate(1 / think), max(0.0, end - time.perf_counter())))
            if time.perf_counter() >= end:
                break
        r = rng.random()
        if long_todo and r < long_share:
            page = long_todo.pop()
            key, text = ("en", longest[1]) if page == "self-attention" else ("s", longest[0])
            await act("open a page", c.open(page))
            await act("longest input", _set(c, key, strict, string_value=text))
            stats.longest += 1
        elif r < long_share + (1 - long_share) * 0.35:
            i += 1
            await act("open a page", c.open(tour[i % len(tour)]))
        else:
            widgets = {key: label for key, label in PAGE_WIDGETS.get(c.page, {}).items() if c.has(key)}
            if rng.random() < 0.5 or not widgets:
                if c.page == "self-attention":
                    await act("type English", _set(c, "en", strict, string_value=rng.choice(en_pool)))
                elif c.has("s") or not strict:       # the sentence box is only on the pages that read it
                    await act("type a sentence", _set(c, "s", strict, string_value=rng.choice(src_pool)))
                else:
                    i += 1
                    await act("open a page", c.open(tour[i % len(tour)]))
            else:
                key = rng.choice(sorted(widgets))
                await act(widgets[key], c.set(key, **random_value(c.widgets[key], rng)))
    await c.close()


TRAIN_SECONDS = 20               # a trainer's time cap per run
REFRESH = 0.4                    # seconds between live refreshes (pages/playground.py REFRESH)


async def trainer(k: int, url: str, seconds: float, stats: Stats) -> None:
    """A learner on the playground who keeps one training running: Train, live refreshes while the run
    trains (refused presses are counted, then retried after 2 s), Train again. Actions are named
    "training: …"."""
    c = Client(url, user=f"trainer{k}")

    async def act(name: str, coro):
        t0 = time.perf_counter()
        try:
            res = await coro
        except Exception as err:  # noqa: BLE001 — a benchmark records every failure
            stats.errors.append(f"trainer {k}: {name}: {type(err).__name__} {err}"[:200])
            return None
        stats.latency[name].append(time.perf_counter() - t0)
        stats.reruns += 1
        stats.bytes += res.bytes
        if res.exceptions:
            stats.errors.append(f"trainer {k}: {name}: {res.exceptions[0]}")
        return res

    try:
        await c.connect()
    except Exception as err:  # noqa: BLE001
        stats.errors.append(f"trainer {k}: connect: {type(err).__name__} {err}"[:200])
        return
    end = time.perf_counter() + seconds
    await act("training: open the page", c.open("playground"))
    if c.has("pg_seconds"):
        await act("training: set the time cap", c.set("pg_seconds", double_array_value=[TRAIN_SECONDS]))
    while time.perf_counter() < end:
        if not c.has("pg_train"):
            stats.errors.append(f"trainer {k}: no Train button")
            break
        w = c.prime("pg_train", trigger_value=True)
        res = await act("training: press Train", c.rerun())
        c.states.pop(w.id, None)                      # a button press is sent once
        # the live view shows a progress bar while a run trains, and only then refreshes itself
        live = res is not None and "progress" in res.elements
        fragment = next(iter(res.fragments), "") if live else ""
        if res is not None and not live:              # refused: every training slot is busy (the bound holds)
            stats.refused += 1
            await asyncio.sleep(2)
        while fragment and time.perf_counter() < end:
            await asyncio.sleep(REFRESH)
            r = await act("training: live refresh", c.rerun(fragment=fragment, auto=True))
            if r is None or "progress" not in r.elements:
                break                                 # the run ended: the browser stops refreshing too
            fragment = next(iter(r.fragments), fragment)   # its id follows its place on the page
        await act("training: open the page", c.rerun())
    await c.close()


def training_action(name: str) -> bool:
    return name.startswith("training:")


async def _set(c: Client, key: str, strict: bool, **value):
    """Set a widget; on an app that lacks it (the trivial app's pages) rerun the same way instead."""
    if c.has(key):
        return await c.set(key, **value)
    if strict:
        raise KeyError(f"no widget {key!r} on /{c.page}")
    if c.has("s"):
        return await c.set("s", **value)
    return await c.rerun()


async def scenario(url: str, users: int, seconds: float, think: float, seed: int = 0, strict: bool = True,
                   long_share: float = 0.3, trainers: int = 0) -> tuple[Stats, float]:
    """Run the scenario against a running server; returns (stats, wall seconds)."""
    texts = sentences(seed, 200)
    longest = longest_inputs()
    stats = Stats()
    t0 = time.perf_counter()
    await asyncio.gather(*(user(k, url, seconds, think, seed, stats, strict, texts, longest, long_share)
                           for k in range(users)), *(trainer(k, url, seconds, stats) for k in range(trainers)))
    return stats, time.perf_counter() - t0


def pct(xs: list[float], q: float) -> float:
    s = sorted(xs)
    return s[min(len(s) - 1, round(q * (len(s) - 1)))] if s else float("nan")


def run_against(label: str, app: str | None, url: str | None, args, processes: int = 1) -> dict:
    """Start ``app`` (or a cluster of it behind nginx), run the scenario, stop it; returns figures."""
    from benchmarks import servers

    procs, pids, lb = [], [], None
    trainers = args.trainers if app != servers.TRIVIAL else 0     # the trivial app has no playground
    if url is None and processes > 1:
        from benchmarks.cluster import Cluster

        lb = Cluster(app, processes)
        lb.start()
        url, pids = lb.url, lb.pids
    elif url is None:
        port = servers.free_port()
        procs.append(servers.start(app, port))
        servers.wait_healthy(port)
        url, pids = f"http://127.0.0.1:{port}", [procs[0].pid]
    try:
        asyncio.run(_warm(url))                          # models loaded, as on a server that has been up
        if pids:
            with servers.RssMonitor(pids) as mon:
                stats, wall = asyncio.run(scenario(url, args.users, args.seconds, args.think, args.seed,
                                                   strict=app != servers.TRIVIAL, long_share=args.long_share,
                                                   trainers=trainers))
            peak_total, peak_single = mon.peak_total, mon.peak_single
        else:
            stats, wall = asyncio.run(scenario(url, args.users, args.seconds, args.think, args.seed,
                                               long_share=args.long_share, trainers=trainers))
            peak_total = peak_single = float("nan")
    finally:
        for p in procs:
            servers.stop(p)
        if lb is not None:
            lb.stop()
    allx = [x for name, xs in stats.latency.items() if not training_action(name) for x in xs]
    return {"label": label, "stats": stats, "wall": wall, "throughput": stats.reruns / wall,
            "p50": pct(allx, 0.5), "p95": pct(allx, 0.95), "peak_total": peak_total, "peak_single": peak_single,
            "trainers": trainers}


async def _warm(url: str) -> None:
    """One visit to every page before measuring (the first visitor of a fresh server loads models)."""
    c = Client(url, user="warmup")
    await c.connect()
    for spec in PAGES:
        await c.open(spec.url_path)
    await c.close()


def report(res: dict, args) -> None:
    s = res["stats"]
    print(f"\n## {res['label']}: {args.users} users" + (f" + {res['trainers']} training" if res.get("trainers") else "")
          + f", think {args.think:g} s (mean, exponential), "
          f"{args.seconds:g} s")
    rows = [(name, len(xs), f"{1000 * pct(xs, 0.5):.0f}", f"{1000 * pct(xs, 0.95):.0f}")
            for name, xs in sorted(s.latency.items())]
    rows.append(("all actions" + (" (but training)" if any(map(training_action, s.latency)) else ""),
                 sum(len(xs) for name, xs in s.latency.items() if not training_action(name)), f"{1000 * res['p50']:.0f}",
                 f"{1000 * res['p95']:.0f}"))
    print(table(rows, ("action", "count", "p50 ms", "p95 ms")))
    print(f"throughput: {res['throughput']:.2f} reruns/s ({s.reruns} in {res['wall']:.1f} s); "
          f"longest inputs sent: {s.longest}; received {s.bytes / 2**20:.1f} MB")
    if res.get("trainers"):
        print(f"Train presses refused because every training slot was busy: {s.refused}")
    print(f"errors: {len(s.errors)}" + ("" if not s.errors else " — " + "; ".join(s.errors[:8])))
    print(f"server peak RSS: {res['peak_total']:.0f} MB" + (
        f" (all processes; largest single process {res['peak_single']:.0f} MB)"
        if res.get("processes", 1) > 1 else ""))


def main(argv: list[str] | None = None) -> None:
    from benchmarks import servers

    ap = argparse.ArgumentParser(prog="python -m benchmarks.protocol_load", description=__doc__.split("\n\n")[0])
    ap.add_argument("--users", type=int, default=20)
    ap.add_argument("--think", type=float, default=3.0, help="mean think time in seconds (0 = none)")
    ap.add_argument("--seconds", type=float, default=60.0)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--long-share", type=float, default=0.3,
                    help="share of actions that send the longest input (until each page has had it)")
    ap.add_argument("--processes", type=int, default=1, help="Streamlit processes behind nginx (default 1: no nginx)")
    ap.add_argument("--url", help="run against a server that is already up (no RSS figure)")
    ap.add_argument("--only", choices=["app", "trivial"], help="skip the other app")
    ap.add_argument("--trainers", type=int, default=0,
                    help="extra users who keep a training running on the playground page (Attention Lab only)")
    args = ap.parse_args(argv)
    print(f"machine: {platform.platform()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    results = {}
    if args.only != "trivial":
        label = "Attention Lab" + (f", {args.processes} processes behind nginx" if args.processes > 1 else "")
        results["app"] = run_against(label, servers.APP, args.url, args, args.processes)
        results["app"]["processes"] = args.processes
        report(results["app"], args)
    if args.only != "app" and args.url is None:
        label = "trivial one-chart app" + (f", {args.processes} processes behind nginx" if args.processes > 1 else "")
        results["trivial"] = run_against(label, servers.TRIVIAL, None, args, args.processes)
        results["trivial"]["processes"] = args.processes
        report(results["trivial"], args)
    if len(results) == 2:
        a, t = results["app"], results["trivial"]
        print(f"\nAttention Lab ÷ trivial app: throughput {a['throughput'] / t['throughput']:.2f}, "
              f"p50 {a['p50'] / t['p50']:.2f}, p95 {a['p95'] / t['p95']:.2f}, "
              f"peak RSS {a['peak_total'] / t['peak_total']:.2f}")


if __name__ == "__main__":
    main()
