"""Screenshots of every page in Debian's Chromium, at desktop and phone size, with a long sentence of the
language in the URL; and the README's picture of Home.

    python -m benchmarks.screenshots                 # every page × both sizes → ./screenshots/
    python -m benchmarks.screenshots --out DIR
    python -m benchmarks.screenshots --readme        # docs/home.png: Home at 1440 × 900, a small PNG

Prints one line per shot (path, and how many exception boxes the page showed). The browser tests check
the pages; this is for looking at them.
"""

from __future__ import annotations

import argparse
import urllib.parse
from pathlib import Path

from benchmarks import servers
from benchmarks.sentences import long_pair
from ui.registry import PAGES

SIZES = {"desktop": {"width": 1440, "height": 900}, "phone": {"width": 390, "height": 844}}
IDLE = '[data-testid="stApp"][data-test-script-state="notRunning"]'


def wait_idle(page, timeout: float = 90_000) -> None:
    page.wait_for_selector(IDLE, timeout=timeout)
    page.wait_for_timeout(300)
    page.wait_for_selector(IDLE, timeout=timeout)


def every_page(base: str, browser, out: Path) -> None:
    q = urllib.parse.urlencode({"s": " ".join(long_pair().roman)})
    for size, viewport in SIZES.items():
        ctx = browser.new_context(viewport=viewport, user_agent=servers.PHONE_AGENT if size == "phone" else None)
        page = ctx.new_page()
        for spec in PAGES:
            page.goto(f"{base}/{spec.url_path}?{q}")
            wait_idle(page)
            path = out / f"{Path(spec.path).stem}_{size}.png"
            page.screenshot(path=str(path), full_page=True)
            print(f"{path}  exceptions shown: {page.locator('[data-testid=stException]').count()}")
        ctx.close()


def readme_home(base: str, browser, path: Path) -> None:
    """Home at 1440 × 900, its charts drawn, quantized to 192 colours (a ~70 KB PNG)."""
    from PIL import Image

    page = browser.new_page(viewport=SIZES["desktop"])
    page.goto(base)
    wait_idle(page)
    page.wait_for_selector('[data-testid="stPlotlyChart"] .main-svg', timeout=90_000)
    page.wait_for_timeout(2000)
    raw = path.with_suffix(".raw.png")
    page.screenshot(path=str(raw))
    Image.open(raw).convert("RGB").quantize(colors=192, dither=Image.Dither.NONE).save(path, optimize=True)
    raw.unlink()
    print(f"{path}  {path.stat().st_size // 1024} KB")


def main(argv: list[str] | None = None) -> None:
    from playwright.sync_api import sync_playwright

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path("screenshots"))
    ap.add_argument("--readme", action="store_true", help="only docs/home.png")
    args = ap.parse_args(argv)
    port = servers.free_port()
    proc = servers.start(servers.APP, port)
    try:
        servers.wait_healthy(port)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", headless=True,
                                        args=servers.CHROMIUM_ARGS)
            if args.readme:
                readme_home(f"http://127.0.0.1:{port}", browser, servers.ROOT / "docs" / "home.png")
            else:
                args.out.mkdir(parents=True, exist_ok=True)
                every_page(f"http://127.0.0.1:{port}", browser, args.out)
            browser.close()
    finally:
        servers.stop(proc)


if __name__ == "__main__":
    main()
