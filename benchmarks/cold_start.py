"""Cold start: from starting the server process to the first chart painted in Chromium."""

from __future__ import annotations

import time

import psutil

from tests.e2e.conftest import CHROMIUM_ARGS, free_port, start_server, wait_healthy


def cold_start(chromium: str = "/usr/bin/chromium") -> dict:
    from playwright.sync_api import sync_playwright

    port = free_port()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, headless=True, args=CHROMIUM_ARGS)
        t0 = time.perf_counter()
        proc = start_server(port)
        try:
            wait_healthy(port)
            healthy = time.perf_counter() - t0
            page = browser.new_page()
            page.goto(f"http://127.0.0.1:{port}/")
            page.wait_for_selector('[data-testid="stPlotlyChart"] .main-svg', timeout=120_000)
            painted = time.perf_counter() - t0
            rss = psutil.Process(proc.pid).memory_info().rss / 2**20
        finally:
            proc.terminate()
            proc.wait(timeout=20)
            browser.close()
    return {"health": healthy, "painted": painted, "rss_mb": rss}
