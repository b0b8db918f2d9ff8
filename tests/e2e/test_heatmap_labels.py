"""Every word of a 40-token sentence is labelled on the desktop heatmaps the learner reads (the
alignment page's cross-attention, the self-attention page's chosen head): one visible, upright label
per column, over its own column, none overlapping, the gold boxes drawn; on a phone the labels thin."""

import urllib.parse

import pytest

from tests.e2e.conftest import PHONE_AGENT, shot, wait_idle
from tests.e2e.test_browser import SIZES, overlapping, tick_boxes

pytestmark = pytest.mark.e2e


def chart_geometry(page, index: int) -> dict:
    """The plot area, the chart's box, the gold boxes and the x tick labels of the index-th chart."""
    return page.evaluate("""(i) => {
        const chart = document.querySelectorAll('[data-testid="stPlotlyChart"]')[i];
        const box = (e) => { const b = e.getBoundingClientRect(); return {x: b.x, y: b.y, w: b.width, h: b.height}; };
        return {plot: box(chart.querySelector('.nsewdrag')), chart: box(chart),
                gold: [...chart.querySelectorAll('.shapelayer path')].map(box),
                ticks: [...chart.querySelectorAll('.xtick text')].map((t) => ({...box(t), t: t.textContent,
                        shown: getComputedStyle(t).visibility !== 'hidden' && getComputedStyle(t).opacity !== '0'}))};
    }""", index)


def assert_every_column_labelled(geo: dict, words: list[str]) -> None:
    ticks, plot, n = geo["ticks"], geo["plot"], len(words)
    assert [t["t"] for t in ticks] == words, "one label per word, in order, unnumbered"
    assert not overlapping(ticks), overlapping(ticks)[:3]
    col = plot["w"] / n
    for j, t in enumerate(ticks):
        assert t["shown"] and t["w"] > 4 and t["h"] > 1, t       # a comma is short, never empty
        assert t["w"] <= col + 0.5, f"label {t['t']} is wider than its column ({t['w']:.1f} > {col:.1f} px)"
        centre = t["x"] + t["w"] / 2
        assert abs(centre - (plot["x"] + (j + 0.5) * col)) < col / 2, f"label {j + 1} is not over its column"
        # inside the chart: not cut off at the top or the sides
        assert t["y"] >= geo["chart"]["y"] - 0.5 and plot["x"] - col <= t["x"] <= plot["x"] + plot["w"]


@pytest.fixture(scope="module")
def pair():
    from benchmarks.sentences import long_pair

    return long_pair(40, 40)


def test_forty_tamil_words_labelled_on_the_desktop_alignment_heatmap(server, browser, pair):
    assert len(pair.src) == 40
    ctx = browser.new_context(viewport=SIZES["desktop"])
    page = ctx.new_page()
    page.goto(f"{server}/alignment?{urllib.parse.urlencode({'s': ' '.join(pair.src)})}")
    wait_idle(page)
    page.wait_for_selector('[data-testid="stPlotlyChart"] .xtick text', timeout=60_000)
    page.wait_for_timeout(500)
    geo = chart_geometry(page, 0)
    assert_every_column_labelled(geo, list(pair.src))
    rows, cols = len(pair.tgt), len(pair.src)
    cell_w, cell_h = geo["plot"]["w"] / cols, geo["plot"]["h"] / rows
    assert 0.6 < cell_h / cell_w < 1.7, f"cells {cell_w:.0f} × {cell_h:.0f} px are not square-ish"
    links = sum(len(a) for a in pair.align)
    assert len(geo["gold"]) == links, "a gold box per gold link"
    inside = [g for g in geo["gold"] if g["w"] > 3 and g["h"] > 3
              and geo["plot"]["x"] - 2 <= g["x"] <= geo["plot"]["x"] + geo["plot"]["w"]]
    assert len(inside) == links
    shot(page, "alignment_40_desktop")
    ctx.close()


def test_forty_english_words_labelled_on_the_chosen_head(server, browser):
    from benchmarks.sentences import ENGLISH_40

    words = ENGLISH_40.split()
    ctx = browser.new_context(viewport=SIZES["desktop"])
    page = ctx.new_page()
    page.goto(f"{server}/self-attention?{urllib.parse.urlencode({'en': ENGLISH_40})}")
    wait_idle(page)
    page.wait_for_selector('[data-testid="stPlotlyChart"] .xtick text', timeout=60_000)
    page.wait_for_timeout(500)
    titles = page.evaluate("""() => [...document.querySelectorAll('[data-testid="stPlotlyChart"]')]
        .map((c) => (c.querySelector('.gtitle') || {}).textContent || '')""")
    one = next(i for i, t in enumerate(titles) if t.startswith("L") and " " not in t)   # "L1H1"
    assert_every_column_labelled(chart_geometry(page, one), words)
    ctx.close()


def test_labels_thin_on_a_phone(server, browser, pair):
    ctx = browser.new_context(viewport=SIZES["phone"], user_agent=PHONE_AGENT)
    page = ctx.new_page()
    page.goto(f"{server}/alignment?{urllib.parse.urlencode({'s': ' '.join(pair.src)})}")
    wait_idle(page)
    page.wait_for_selector('[data-testid="stPlotlyChart"] .xtick text', timeout=60_000)
    boxes = tick_boxes(page, 0)
    assert 0 < len(boxes) < 40 and not overlapping(boxes), overlapping(boxes)[:3]
    shot(page, "alignment_40_phone")
    ctx.close()
