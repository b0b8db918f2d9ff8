"""A real Streamlit server and Debian's Chromium driven by Playwright."""

import subprocess
from pathlib import Path

import pytest

from benchmarks import servers
from benchmarks.servers import CHROMIUM_ARGS, PHONE_AGENT, free_port, wait_healthy  # noqa: F401  (the browser tests use them)

SHOTS = Path(__file__).parent / "screenshots"


def start_server(port: int) -> subprocess.Popen:
    """The app as deployed (``benchmarks.servers.start``: one torch thread), on a loopback port."""
    return servers.start(servers.APP, port)


@pytest.fixture(scope="session")
def server(chromium):
    port = free_port()
    proc = start_server(port)
    try:
        wait_healthy(port)
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait(timeout=20)


@pytest.fixture(scope="session")
def browser(chromium):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium, headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    ctx = browser.new_context(viewport={"width": 1400, "height": 1000})
    pg = ctx.new_page()
    yield pg
    ctx.close()


def wait_idle(page, timeout: float = 90_000) -> None:
    """Wait for the script run to finish, as Streamlit's own e2e suite does."""
    page.wait_for_selector('[data-testid="stApp"][data-test-script-state="notRunning"]', timeout=timeout)
    page.wait_for_timeout(300)
    page.wait_for_selector('[data-testid="stApp"][data-test-script-state="notRunning"]', timeout=timeout)


def shot(page, name: str, full_page: bool = False) -> Path:
    SHOTS.mkdir(exist_ok=True)
    path = SHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=full_page)
    return path
