"""Every page in a real browser: typing, sliders, page switches, shared links, Tamil glyphs."""

import urllib.parse

import pytest

from tests.e2e.conftest import shot, wait_idle

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
    assert page.locator("h1").first.inner_text().strip()
    shot(page, name)


def test_speed_page_measures_on_click(server, page):
    page.goto(f"{server}/speed")
    wait_idle(page)
    page.get_by_role("button", name="Measure on this machine").click()
    page.wait_for_selector('[data-testid="stPlotlyChart"] .main-svg', timeout=180_000)
    wait_idle(page, 180_000)
    assert_clean(page)
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
