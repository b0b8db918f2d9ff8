"""What a learner sees at desktop and phone size (issue 26): no clipped chart titles, no crushed button
labels, head-grid titles apart on a phone, Q·K·V cell numbers apart, the sentence box at the top on a phone."""

import json
import urllib.parse

import numpy as np
import pytest

from benchmarks.sentences import SEED_SOURCE
from tests.e2e.conftest import SHOTS, shot, wait_idle
from tests.e2e.test_browser import CHART_PAGES, SIZES, assert_clean, overlapping

pytestmark = pytest.mark.e2e
PAGES = [*CHART_PAGES.items(), ("speed", "speed")]

# every title (chart title, subplot title) that sticks out of its chart, with the amount in px
CLIPPED_TITLES = """() => {
    const out = [];
    document.querySelectorAll('[data-testid="stPlotlyChart"]').forEach((chart, i) => {
        const svg = chart.querySelector('.main-svg');
        if (!svg) return;
        const box = svg.getBoundingClientRect();
        chart.querySelectorAll('.gtitle, .annotation-text').forEach((t) => {
            const b = t.getBoundingClientRect();
            if (b.width && (b.left < box.left - 1 || b.right > box.right + 1))
                out.push([i, t.textContent, Math.round(Math.max(box.left - b.left, b.right - box.right))]);
        });
    });
    return out;
}"""

# every visible button whose label does not fit (an ellipsis "Long exa…", or a label wider than its box)
CRUSHED_BUTTONS = """() => {
    const out = [];
    document.querySelectorAll('button').forEach((btn) => {
        const r = btn.getBoundingClientRect();
        const text = btn.innerText.trim();
        if (!r.width || !text || btn.closest('[data-testid="stToolbar"], .modebar, header, '
                                             + '[data-testid="stSidebar"][data-collapsed="true"]')) return;
        const inner = [btn, ...btn.querySelectorAll('*')];
        const cut = inner.some((el) => el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0);
        if (cut) out.push([text, Math.round(r.width)]);
    });
    return out;
}"""


def open_with_long_sentence(browser, server, size: str):
    from benchmarks.sentences import long_pair

    ctx = browser.new_context(viewport=SIZES[size])
    page = ctx.new_page()
    return ctx, page, urllib.parse.urlencode({"s": " ".join(long_pair().roman)})


@pytest.mark.parametrize("size", list(SIZES))
def test_titles_fit_and_buttons_show_their_labels(server, browser, size):
    ctx, page, q = open_with_long_sentence(browser, server, size)
    problems = {}
    for path, name in PAGES:
        page.goto(f"{server}/{path}?{q}")
        wait_idle(page)
        page.wait_for_selector("h1", timeout=60_000)
        wait_idle(page)
        assert_clean(page)
        clipped, crushed = page.evaluate(CLIPPED_TITLES), page.evaluate(CRUSHED_BUTTONS)
        if clipped or crushed:
            problems[name] = {"clipped titles": clipped, "crushed buttons": crushed}
        shot(page, f"learner_{name}_{size}", full_page=True)
    ctx.close()
    (SHOTS / f"learner_problems_{size}.json").write_text(json.dumps(problems, ensure_ascii=False, indent=1))
    assert not problems, problems


def test_head_grid_on_a_phone_has_room_and_titles_apart(server, browser):
    ctx = browser.new_context(viewport=SIZES["phone"])
    page = ctx.new_page()
    page.goto(f"{server}/self-attention")
    wait_idle(page)
    page.wait_for_selector('[data-testid="stPlotlyChart"] .main-svg', timeout=60_000)
    page.wait_for_function("""() => [...document.querySelectorAll('[data-testid="stPlotlyChart"]')]
        .filter((c) => c.querySelectorAll('.annotation-text').length >= 6).length >= 4""", timeout=60_000)
    grids = page.evaluate("""() => [...document.querySelectorAll('[data-testid="stPlotlyChart"]')]
        .filter((c) => c.querySelectorAll('.annotation-text').length >= 6).map((c) => ({
            titles: [...c.querySelectorAll('.annotation-text')].map((t) => {
                const b = t.getBoundingClientRect(); return {x: b.x, y: b.y, w: b.width, h: b.height, t: t.textContent};
            }),
            widths: [...c.querySelectorAll('.nsewdrag')].map((d) => d.getBoundingClientRect().width),
        }))""")
    shot(page, "learner_head_grid_phone", full_page=True)
    ctx.close()
    assert len(grids) == 4, grids                                   # 8 heads, two a figure
    for grid in grids:
        assert not overlapping(grid["titles"]), overlapping(grid["titles"])
        assert min(grid["widths"]) >= 100, grid["widths"]           # maps, not slivers


@pytest.mark.parametrize("size", list(SIZES))
def test_qkv_cell_numbers_stay_apart(server, browser, size):
    ctx = browser.new_context(viewport=SIZES[size])
    page = ctx.new_page()
    page.goto(f"{server}/toy-qkv")
    wait_idle(page)
    page.wait_for_selector('[data-testid="stPlotlyChart"] .main-svg', timeout=60_000)
    charts = page.evaluate("""() => [...document.querySelectorAll('[data-testid="stPlotlyChart"]')].map((c) =>
        [...c.querySelectorAll('.heatmaplayer text, .textpoint text, g.hm text')].map((t) => {
            const b = t.getBoundingClientRect(); return {x: b.x, y: b.y, w: b.width, h: b.height, t: t.textContent};
        }))""")
    shot(page, f"learner_qkv_{size}", full_page=True)
    ctx.close()
    assert sum(len(c) for c in charts) > 20, "cell numbers are drawn"
    for cells in charts:
        assert not crowded(cells), crowded(cells)[:3]


def crowded(cells: list[dict], gap: float = 4.0) -> list[tuple[str, str, float]]:
    """Neighbouring numbers in one row closer than ``gap`` px ("2.21-11.708.13" reads as one number)."""
    rows: dict[int, list[dict]] = {}
    for c in cells:
        rows.setdefault(round(c["y"]), []).append(c)
    out = []
    for row in rows.values():
        row.sort(key=lambda c: c["x"])
        for a, b in zip(row, row[1:]):
            if b["x"] - (a["x"] + a["w"]) < gap:
                out.append((a["t"], b["t"], round(b["x"] - a["x"] - a["w"], 1)))
    return out


@pytest.mark.parametrize("size", list(SIZES))
def test_sentence_box_at_the_top_on_a_phone_only(server, browser, size):
    ctx = browser.new_context(viewport=SIZES[size])
    page = ctx.new_page()
    page.goto(f"{server}/alignment")
    wait_idle(page)
    page.wait_for_selector("h1", timeout=60_000)
    top = page.locator(".st-key-phone_sentence textarea")
    if size == "desktop":
        assert not top.is_visible()
    else:
        top.wait_for(state="visible", timeout=60_000)     # a fresh server may rerun the deep link once first
        assert top.bounding_box()["y"] < 300
        top.fill("ravi vanthaan .")
        top.press("Control+Enter")
        wait_idle(page)
        page.wait_for_url("**s=ravi*", timeout=60_000)
        wait_idle(page)
        assert page.locator('[data-testid="stSidebar"] textarea').input_value() == "ravi vanthaan ."
        assert page.locator(".st-key-phone_sentence textarea").input_value() == "ravi vanthaan ."
        shot(page, "learner_top_box_phone")
    ctx.close()


@pytest.mark.parametrize("size", list(SIZES))
def test_word_list_opens_wide_and_filters(server, browser, size):
    from model.language.glosses import search_words, word_rows

    ctx = browser.new_context(viewport=SIZES[size])
    page = ctx.new_page()
    page.goto(f"{server}/alignment?" + urllib.parse.urlencode({"s": "ravi anuppinaanu ."}))   # not a form of the language
    wait_idle(page)
    page.get_by_role("button", name="Words of the language").last.click()     # the one beside the unknown word
    dialog = page.get_by_role("dialog")
    dialog.wait_for(timeout=30_000)
    box = dialog.get_by_label("Search (Tamil, romanized or English)")
    box.fill("send")
    box.press("Enter")
    wait_idle(page)
    expected = f"{len(search_words(word_rows(), 'send')):,} of {len(word_rows()):,} word forms"
    page.get_by_text(expected).wait_for(timeout=30_000)
    assert dialog.bounding_box()["width"] >= min(600, SIZES[size]["width"] - 40)
    shot(page, f"learner_word_list_{size}")
    ctx.close()


def test_editing_a_weight_says_how_the_decoder_reads_the_row(server, page):
    """The issue's case: set முடியுமா's weight to 0 in the row for "can"; the page says what the rest sums
    to and what the decoder reads, instead of a table of zeros."""
    page.goto(f"{server}/alignment")
    wait_idle(page)
    page.wait_for_selector("text=Edit this step's attention by hand", timeout=60_000)
    grid = page.locator('[data-testid="stDataFrame"]').first
    grid.scroll_into_view_if_needed()
    wait_idle(page)
    box = grid.bounding_box()
    page.mouse.click(box["x"] + box["width"] - 40, box["y"] + 35 + 17)      # "your weight %" of row 1 (header 35 px)
    page.wait_for_timeout(300)                                              # the grid takes the focus
    for _ in range(4):                                                      # down to row 5: முடியுமா
        page.keyboard.press("ArrowDown")
        page.wait_for_timeout(150)                                          # a loaded machine drops quick keys
    page.keyboard.press("Enter")                                            # open the cell's editor
    page.wait_for_timeout(500)
    page.keyboard.press("Control+A")
    page.keyboard.type("0")
    page.wait_for_timeout(300)
    page.keyboard.press("Enter")                                            # commit (and rerun the page)
    page.wait_for_timeout(500)
    wait_idle(page)
    shot(page, "learner_row_editor")
    note = page.get_by_text("not 100 %. The decoder divides every weight by that sum")
    note.wait_for(timeout=30_000)
    from model.runners.translator import Translator

    row = np.round(100 * np.array(Translator.load("attention").translate(SEED_SOURCE).attention[0]), 2)
    assert f"Your row sums to {row.sum() - row[4]:.2f} %" in note.inner_text()   # the seed's row less முடியுமா
    shot(page, "learner_row_editor")


def test_word_to_follow_shows_the_new_sentences_word(server, page):
    """From "ravi is happy ." to "kumar was tired ." (the same length) the box must read "2: was", as the chart."""
    page.goto(server)                        # a fresh server's first deep link may show a "Page not found" box
    wait_idle(page)
    page.goto(f"{server}/self-attention?" + urllib.parse.urlencode({"en": "ravi is happy ."}))
    wait_idle(page)
    chooser = page.locator('[data-testid="stSelectbox"]').filter(has_text="Word to follow")
    chooser.wait_for(timeout=60_000)
    shown = page.get_by_role("combobox", name="Word to follow")
    assert shown.input_value() == "2: is"
    box = page.get_by_label("English sentence")
    box.fill("kumar was tired .")
    box.press("Enter")
    wait_idle(page)
    page.get_by_text("Where “was” looks, in every head").wait_for(timeout=30_000)
    assert shown.input_value() == "2: was"
