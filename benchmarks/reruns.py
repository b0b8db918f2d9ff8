"""Per-page rerun time (server side, via AppTest) at a 40-token sentence, after warm-up."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

from benchmarks.common import summary, timed
from benchmarks.sentences import ENGLISH_40, SOURCE_40
from ui.registry import PAGES

ROOT = Path(__file__).resolve().parent.parent


def page_reruns(repeats: int = 15) -> list[tuple]:
    rows = []
    for page in (spec.path for spec in PAGES):
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=300)
        at.query_params["s"] = SOURCE_40
        at.query_params["en"] = ENGLISH_40
        at.run()
        at.switch_page(page)
        at.run()
        med, p95 = summary(timed(at.run, repeats=repeats, warmup=2))
        rows.append((page.split("/")[1][:-3], f"{med:.0f}", f"{p95:.0f}"))
    return rows
