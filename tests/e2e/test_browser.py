"""Every page in a real browser: typing, sliders, page switches, shared links, Tamil glyphs."""

import json
import urllib.parse

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import PHONE_AGENT, shot, wait_idle

pytestmark = pytest.mark.e2e
SEED = "நாளைக்குள் அந்த ரிப்போர்ட்டை அனுப்ப முடியுமா ?"
CHART_PAGES = {"": "home", "bottleneck": "bottleneck", "alignment": "alignment", "self-attention": "self_attention",
               "toy-qkv": "toy_qkv", "toy-sqrt-d": "toy_sqrt_d", "toy-multihead": "toy_multihead",
               "toy-decay": "toy_decay", "toy-alignment": "toy_alignment", "models": "models"}


def type_in_sidebar(page, text: str) -> None:
    """Type into the shared sentence box and commit it (Ctrl+Enter), then wait for the rerun."""
    box = page.locator('[data-testid="stSidebar"] textarea')
    box.fill(text)
    box.press("Control+Enter")
    wait_idle(page)


def assert_clean(page) -> None:
    assert page.locator('[data-testid="stException"]').count() == 0, "an exception box is shown"


@pytest.mark.parametrize("path,name", list(CHART_PAGES.items()))
def test_page_renders_with_charts(server, page, path, name):
    page.goto(f"{server}/{path}")
    wait_idle(page)
    page.wait_for_selector('[data-testid="stPlotlyChart"] .main-svg', timeout=60_000)
    assert_clean(page)
    from ui.registry import PAGES

    icon = "🔍" if path == "" else next(spec.icon for spec in PAGES if spec.url_path == path)
    assert page.locator("h1").first.inner_text().strip().startswith(icon)             # this page's own title
    shot(page, name)


def test_speed_page_measures_on_click(server, page):
    page.goto(f"{server}/speed")
    wait_idle(page)
    page.get_by_role("button", name="Measure on this machine").click()
    # the one real measurement of the page: 40 s on a quiet 2-core machine, over 180 s on a busy one
    page.wait_for_selector('[data-testid="stPlotlyChart"] .main-svg', timeout=400_000)
    wait_idle(page, 400_000)
    assert_clean(page)
    assert page.locator('[data-testid="stPlotlyChart"] .legendtext').count() == 3      # the three encoders
    assert page.get_by_text("fastest here:").count() >= 1                               # the summary, from the rows
    shot(page, "speed")


def test_type_a_sentence_and_switch_pages(server, page):
    page.goto(f"{server}/bottleneck")
    wait_idle(page)
    type_in_sidebar(page, "ravi vanthaan , piraku avan antha rippoarttai anuppinaan .")
    page.wait_for_selector("text=ravi came", timeout=60_000)
    assert_clean(page)
    assert "s=" in page.url
    page.locator('[data-testid="stSidebarNav"] a', has_text="Alignment and word order").click()
    wait_idle(page)
    page.wait_for_selector('[data-testid="stPlotlyChart"] .main-svg', timeout=60_000)
    assert page.locator('[data-testid="stSidebar"] textarea').input_value().startswith("ravi vanthaan")
    assert_clean(page)


def test_move_the_step_slider(server, page):
    page.goto(f"{server}/alignment")
    wait_idle(page)
    thumb = page.locator('[data-testid="stSlider"] input[type="range"]').first
    thumb.focus()
    thumb.press("ArrowRight")
    thumb.press("ArrowRight")
    wait_idle(page)
    page.wait_for_selector("text=Step 3", timeout=30_000)
    assert "step=3" in page.url
    assert_clean(page)


def test_shared_link_reopens_the_view(server, page):
    q = urllib.parse.urlencode({"s": SEED, "step": "5"})
    page.goto(f"{server}/alignment?{q}")
    wait_idle(page)
    page.wait_for_selector("text=Step 5", timeout=60_000)
    # a fresh server may rerun a deep link once: wait for the box to hold the sentence, then check it
    expect(page.locator('[data-testid="stSidebar"] textarea')).to_have_value(SEED, timeout=30_000)
    assert page.locator('[data-testid="stSidebar"] textarea').input_value() == SEED
    assert_clean(page)


def test_hostile_input_in_the_browser(server, page):
    page.goto(f"{server}/alignment")
    wait_idle(page)
    # an onerror handler would run if the text reached the page as HTML (a <script> tag never runs)
    type_in_sidebar(page, '<img src=x onerror="window.pwned=1"> [link](javascript:window.pwned=2) 😀')
    page.wait_for_selector("text=Words outside the model", timeout=30_000)
    page.wait_for_timeout(500)
    assert_clean(page)
    assert page.evaluate("window.pwned === undefined")
    assert page.locator('[data-testid="stMain"] img[src="x"]').count() == 0


def test_tamil_glyphs_render_not_tofu(server, page):
    page.goto(f"{server}/")
    wait_idle(page)
    widths = page.evaluate("""() => {
        const make = (t) => { const s = document.createElement('span'); s.textContent = t;
            s.style.fontSize = '32px'; s.style.fontFamily = 'sans-serif'; document.body.appendChild(s);
            const w = s.getBoundingClientRect().width; s.remove(); return w; };
        const tamil = 'நாளைக்குள்';
        return {tamil: make(tamil), tofu: make('\\uE000'.repeat([...tamil].length))};
    }""")
    assert widths["tamil"] > 0 and abs(widths["tamil"] - widths["tofu"]) > 1, widths
    shot(page, "tamil_home")


def test_deep_link_on_a_fresh_server_gets_the_app_shell(chromium, browser):
    """The first request to a fresh server is a shared deep link (e.g. after Cloud wakes up)."""
    from tests.e2e.conftest import free_port, start_server, wait_healthy

    port = free_port()
    proc = start_server(port)
    try:
        wait_healthy(port)
        ctx = browser.new_context(viewport={"width": 1400, "height": 1000})
        page = ctx.new_page()
        page.goto(f"http://127.0.0.1:{port}/alignment?step=2")
        page.wait_for_selector('[data-testid="stPlotlyChart"] .main-svg', timeout=90_000)
        wait_idle(page)
        assert page.locator('[data-testid="stSidebar"] textarea').count() == 1
        assert page.locator('[data-testid="stSidebarNav"] a', has_text="Alignment and word order").count() == 1
        page.wait_for_selector("text=Step 2", timeout=30_000)
        assert_clean(page)
        ctx.close()
    finally:
        proc.terminate()
        proc.wait(timeout=20)


SIZES = {"desktop": {"width": 1440, "height": 900}, "phone": {"width": 390, "height": 844}}
HARD_WORDS = ["பிரியா", "பிறகு", "பேசுவாள்", "வாடிக்கையாளருக்கு"]    # ப/வ + vowel sign: drawn as boxes before


def platform_fonts(page, selector: str, words: list[str]) -> dict[str, list[str]]:
    """Chromium's own report of the fonts that drew each of ``words`` inside ``selector``."""
    found = page.evaluate("""([sel, words]) => {
        const out = {};
        document.querySelectorAll(sel).forEach((el) => {
            const t = el.textContent.trim();
            if (words.includes(t) && !(t in out)) { el.setAttribute('data-probe', t); out[t] = true; }
        });
        return Object.keys(out);
    }""", [selector, words])
    cdp = page.context.new_cdp_session(page)
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    root = cdp.send("DOM.getDocument", {"depth": -1, "pierce": True})["root"]["nodeId"]
    fonts = {}
    for word in found:
        node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": f'[data-probe="{word}"]'})["nodeId"]
        fonts[word] = [f["familyName"] for f in cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]]
    return fonts


def test_tamil_labels_are_drawn_with_a_tamil_font(server, page):
    text = " ".join(HARD_WORDS) + " ."
    page.goto(f"{server}/alignment?{urllib.parse.urlencode({'s': text})}")
    wait_idle(page)
    page.wait_for_selector('[data-testid="stPlotlyChart"] .main-svg', timeout=60_000)
    fonts = platform_fonts(page, '[data-testid="stPlotlyChart"] .xtick text', HARD_WORDS)
    assert set(fonts) == set(HARD_WORDS), fonts
    for word, families in fonts.items():
        assert any("Tamil" in f for f in families), f"{word} drawn with {families}"
    shot(page, "tamil_labels")


def tick_boxes(page, chart_index: int, axis: str = "xtick") -> list[dict]:
    return page.evaluate("""([i, axis]) => {
        const chart = document.querySelectorAll('[data-testid="stPlotlyChart"]')[i];
        return [...chart.querySelectorAll('.' + axis + ' text')].map((t) => {
            const b = t.getBoundingClientRect(); return {x: b.x, y: b.y, w: b.width, h: b.height, t: t.textContent};
        });
    }""", [chart_index, axis])


def overlapping(boxes: list[dict]) -> list[tuple[str, str]]:
    out = []
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            if a["x"] < b["x"] + b["w"] - 0.5 and b["x"] < a["x"] + a["w"] - 0.5 and \
                    a["y"] < b["y"] + b["h"] - 0.5 and b["y"] < a["y"] + a["h"] - 0.5:
                out.append((a["t"], b["t"]))
    return out


@pytest.mark.parametrize("size", list(SIZES))
def test_sixty_token_sentence_labels_never_overlap(server, browser, size):
    from benchmarks.sentences import long_pair

    pair = long_pair(56, 60)
    ctx = browser.new_context(viewport=SIZES[size], user_agent=PHONE_AGENT if size == "phone" else None)
    page = ctx.new_page()
    q = urllib.parse.urlencode({"s": " ".join(pair.src)})
    page.goto(f"{server}/alignment?{q}")
    wait_idle(page)
    page.wait_for_selector('[data-testid="stPlotlyChart"] .main-svg', timeout=60_000)
    charts = page.locator('[data-testid="stPlotlyChart"]').count()
    for i in range(min(charts, 4)):
        boxes = tick_boxes(page, i)
        assert boxes and not overlapping(boxes), (i, overlapping(boxes)[:3])
    page.goto(f"{server}/bottleneck?{q}")
    wait_idle(page)
    page.get_by_text("Measure it on this sentence").click()
    wait_idle(page, 180_000)
    last = page.locator('[data-testid="stPlotlyChart"]').count() - 1
    boxes = tick_boxes(page, last)
    assert boxes and not overlapping(boxes), overlapping(boxes)[:3]
    shot(page, f"bottleneck_sentence_{size}", full_page=True)
    ctx.close()


def test_qkv_scores_use_a_diverging_scale_centred_at_zero(server, page):
    page.goto(f"{server}/toy-qkv")
    wait_idle(page)
    page.wait_for_selector('[data-testid="stPlotlyChart"] .main-svg', timeout=60_000)
    traces = page.evaluate("""() => [...document.querySelectorAll('.js-plotly-plot')].map((p) => {
        const d = p.data[0]; return {zmid: d.zmid, zmin: d.zmin, zmax: d.zmax, text: !!d.texttemplate,
                                     scale: JSON.stringify(d.colorscale)}; })""")
    scores = [t for t in traces if t["zmid"] == 0]
    assert scores and all(t["zmin"] == -t["zmax"] and t["text"] for t in scores)
    for t in scores:                      # red for negative, white at 0, blue for positive (RdBu)
        scale = json.loads(t["scale"])
        first, middle, last = (rgb(scale[0][1]), rgb(scale[len(scale) // 2][1]), rgb(scale[-1][1]))
        assert first[0] > first[2] and last[2] > last[0] and min(middle) > 200, scale


def rgb(colour: str) -> tuple[int, int, int]:
    """(r, g, b) of a Plotly colour: "rgb(r,g,b)" or "#rrggbb"."""
    if colour.startswith("#"):
        return tuple(int(colour[i: i + 2], 16) for i in (1, 3, 5))
    return tuple(int(float(v)) for v in colour[colour.index("(") + 1: colour.index(")")].split(",")[:3])


@pytest.mark.parametrize("path,has_box", [("alignment", True), ("bottleneck", True), ("", True),
                                          ("self-attention", False), ("toy-qkv", False), ("speed", False)])
def test_the_sentence_box_appears_only_where_it_is_used(server, page, path, has_box):
    page.goto(f"{server}/{path}")
    wait_idle(page)
    # a deep link may rerun once (ui/navigation.py) and the sidebar comes before the page: wait until the
    # page's own title is drawn, then the sidebar of this run is complete
    page.wait_for_selector("h1", timeout=60_000)
    wait_idle(page)
    box = page.locator('[data-testid="stSidebar"] textarea')
    if has_box:
        box.first.wait_for(timeout=30_000)
    assert (box.count() == 1) == has_box


def test_download_is_written_on_click(server, page):
    """Downloads are deferred (written when clicked) and a click does not rerun the page."""
    page.goto(f"{server}/")
    wait_idle(page)
    page.wait_for_selector('[data-testid="stPlotlyChart"] .main-svg', timeout=60_000)
    with page.expect_download(timeout=30_000) as info:
        page.get_by_role("button", name="⬇ CSV").first.click()
    text = open(info.value.path(), encoding="utf-8").read()
    assert text.splitlines()[0].startswith(",0:") and len(text.splitlines()) > 3, text[:200]
    assert_clean(page)


def test_fragment_widgets_keep_the_page(server, page):
    """The step slider and the followed word rerun only their part of the page; the rest stays."""
    page.goto(f"{server}/alignment")
    wait_idle(page)
    page.wait_for_selector("text=Step 1", timeout=60_000)
    charts = page.locator('[data-testid="stPlotlyChart"]').count()
    thumb = page.locator('[data-testid="stSlider"] input[type="range"]').first
    thumb.focus()
    thumb.press("ArrowRight")
    wait_idle(page)
    page.wait_for_selector("text=Step 2", timeout=30_000)
    assert page.locator('[data-testid="stPlotlyChart"]').count() == charts
    assert "step=2" in page.url
    assert_clean(page)
