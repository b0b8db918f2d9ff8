"""Cold start: from starting the server process to the first chart painted in Chromium, for
Attention Lab and the trivial one-chart app (``benchmarks/trivial_app.py``), alternating, same run."""

from __future__ import annotations

import statistics
import time

import psutil

from benchmarks import servers


def _one(browser, app: str) -> dict:
    port = servers.free_port()
    t0 = time.perf_counter()
    proc = servers.start(app, port)
    try:
        healthy = servers.wait_healthy(port)
        page = browser.new_page()
        page.goto(f"http://127.0.0.1:{port}/")
        page.wait_for_selector('[data-testid="stPlotlyChart"] .main-svg', timeout=120_000)
        painted = time.perf_counter() - t0
        rss = psutil.Process(proc.pid).memory_info().rss / 2**20
        page.close()
    finally:
        servers.stop(proc)
    return {"health": healthy, "painted": painted, "rss_mb": rss}


def cold_start(chromium: str = "/usr/bin/chromium", repeats: int = 3) -> dict:
    """Medians over ``repeats`` alternating starts: {"app": {...}, "trivial": {...}}."""
    from playwright.sync_api import sync_playwright

    runs: dict[str, list[dict]] = {"app": [], "trivial": []}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, headless=True, args=servers.CHROMIUM_ARGS)
        try:
            for _ in range(repeats):
                runs["app"].append(_one(browser, servers.APP))
                runs["trivial"].append(_one(browser, servers.TRIVIAL))
        finally:
            browser.close()
    return {k: {m: statistics.median(r[m] for r in v) for m in v[0]} for k, v in runs.items()}
