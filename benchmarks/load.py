"""``python -m benchmarks.load [N] [--seconds S]``: N concurrent browser sessions against one server,
each touring the app for a bounded time. Prints errors, p50/p95 latency per action and the server's
peak RSS. A benchmark: it prints figures and asserts nothing."""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time
from collections import defaultdict

import psutil

from benchmarks import servers
from benchmarks.common import table
from benchmarks.sentences import SOURCE_40

IDLE = '[data-testid="stApp"][data-test-script-state="notRunning"]'
CHART = '[data-testid="stPlotlyChart"] .main-svg'


async def _idle(page, timeout=120_000):
    await page.wait_for_selector(IDLE, timeout=timeout)
    await page.wait_for_timeout(200)
    await page.wait_for_selector(IDLE, timeout=timeout)


async def session(browser, url: str, seconds: float, lat: dict, errors: list, k: int) -> None:
    ctx = await browser.new_context(viewport={"width": 1280, "height": 900})
    page = await ctx.new_page()
    end = time.time() + seconds

    async def step(name, coro):
        t0 = time.perf_counter()
        try:
            await coro
            if await page.locator('[data-testid="stException"]').count():
                errors.append(f"session {k}: exception box after {name}")
            lat[name].append(1000 * (time.perf_counter() - t0))
        except Exception as err:  # noqa: BLE001 — a benchmark records every failure
            errors.append(f"session {k}: {name}: {type(err).__name__}")

    async def goto(path):
        await page.goto(f"{url}/{path}")
        await page.wait_for_selector(CHART, timeout=120_000)
        await _idle(page)

    async def type_sentence():
        box = page.locator('[data-testid="stSidebar"] textarea')
        await box.fill(SOURCE_40 if k % 2 else "ravi vanthaan , piraku avan paadinaan .")
        await box.press("Control+Enter")
        await _idle(page)

    async def slide():
        thumb = page.locator('[data-testid="stSlider"] input[type="range"]').first
        await thumb.focus()
        await thumb.press("ArrowRight")
        await _idle(page)

    while time.time() < end:
        await step("open home", goto(""))
        await step("open alignment", goto("alignment"))
        await step("type a sentence", type_sentence())
        await step("move the step slider", slide())
        await step("open self-attention", goto("self-attention"))
        await step("open a toy", goto("toy-qkv"))
    await ctx.close()


async def _run(n: int, seconds: float, chromium: str) -> dict:
    from playwright.async_api import async_playwright

    port = servers.free_port()
    proc = servers.start(servers.APP, port)
    servers.wait_healthy(port)
    server = psutil.Process(proc.pid)
    peak = 0.0
    stop = asyncio.Event()

    async def monitor():
        nonlocal peak
        while not stop.is_set():
            try:
                rss = sum(p.memory_info().rss for p in [server, *server.children(recursive=True)])
                peak = max(peak, rss / 2**20)
            except psutil.Error:
                pass
            await asyncio.sleep(0.25)

    lat, errors = defaultdict(list), []
    try:
        async with async_playwright() as p:
            browser = await p.chromium.launch(executable_path=chromium, headless=True, args=servers.CHROMIUM_ARGS)
            mon = asyncio.create_task(monitor())
            await asyncio.gather(*(session(browser, f"http://127.0.0.1:{port}", seconds, lat, errors, k)
                                   for k in range(n)))
            stop.set()
            await mon
            await browser.close()
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    return {"latency": lat, "errors": errors, "peak_rss_mb": peak}


def run_load(n: int = 20, seconds: float = 90, chromium: str = "/usr/bin/chromium") -> dict:
    res = asyncio.run(_run(n, seconds, chromium))
    rows = []
    for name, xs in res["latency"].items():
        s = sorted(xs)
        rows.append((name, len(xs), f"{statistics.median(s):.0f}", f"{s[min(len(s) - 1, round(0.95 * (len(s) - 1)))]:.0f}"))
    print(f"\nLoad: {n} concurrent browser sessions for {seconds:.0f} s against one server")
    print(table(rows, ("action", "count", "p50 ms", "p95 ms")))
    print(f"errors: {len(res['errors'])}" + ("" if not res["errors"] else " — " + "; ".join(res["errors"][:10])))
    print(f"server peak RSS: {res['peak_rss_mb']:.0f} MB")
    return res


if __name__ == "__main__":
    ap = argparse.ArgumentParser(prog="python -m benchmarks.load")
    ap.add_argument("n", type=int, nargs="?", default=20)
    ap.add_argument("--seconds", type=float, default=90)
    a = ap.parse_args()
    run_load(a.n, a.seconds)
