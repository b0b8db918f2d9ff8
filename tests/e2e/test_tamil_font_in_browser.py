"""Tamil is drawn with the app's self-hosted Noto Sans Tamil, in a Chromium that has no Tamil font of its
own: the browser's fontconfig is pointed at a folder holding only DejaVu Sans."""

import shutil
import subprocess

import pytest

from tests.e2e.conftest import CHROMIUM_ARGS, shot, wait_idle

pytestmark = pytest.mark.e2e
LATIN_ONLY = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


@pytest.fixture(scope="module")
def fonts_without_tamil(tmp_path_factory):
    """A fontconfig configuration whose only font is DejaVu Sans (no Tamil glyphs)."""
    d = tmp_path_factory.mktemp("fontconfig")
    (d / "fonts").mkdir()
    shutil.copy(LATIN_ONLY, d / "fonts")
    conf = d / "fonts.conf"
    conf.write_text(f"""<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><dir>{d / "fonts"}</dir><cachedir>{d / "cache"}</cachedir></fontconfig>
""")
    return conf


@pytest.fixture(scope="module")
def bare_browser(browser, chromium, fonts_without_tamil):
    """A second Chromium from the same Playwright, started with the Tamil-less fontconfig."""
    b = browser.browser_type.launch(executable_path=chromium, headless=True, args=CHROMIUM_ARGS,
                                    env={"FONTCONFIG_FILE": str(fonts_without_tamil), "HOME": "/tmp"})
    yield b
    b.close()


def test_the_control_has_no_tamil_font(fonts_without_tamil):
    """The check below can fail: under this configuration fontconfig knows no font for Tamil."""
    if shutil.which("fc-list") is None:
        pytest.skip("fc-list (fontconfig) not installed")
    env = {"FONTCONFIG_FILE": str(fonts_without_tamil), "PATH": "/usr/bin:/bin"}
    out = subprocess.run(["fc-list", ":lang=ta", "family"], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
    everything = subprocess.run(["fc-list", "", "family"], env=env, capture_output=True, text=True, check=True)
    assert everything.stdout.strip() == "DejaVu Sans"


def platform_fonts(page, selector: str) -> list[dict]:
    """The fonts Chromium actually used for the text of the first node matching ``selector`` whose text
    has a Tamil letter (CDP)."""
    marked = page.evaluate("""sel => { const el = [...document.querySelectorAll(sel)]
        .find(e => /[\u0B80-\u0BFF]/.test(e.textContent)); if (el) el.setAttribute('data-tamil-probe', '1');
        return !!el; }""", selector)
    assert marked, f"no element with Tamil text matches {selector}"
    selector = "[data-tamil-probe]"
    cdp = page.context.new_cdp_session(page)
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    root = cdp.send("DOM.getDocument", {"depth": -1, "pierce": True})["root"]["nodeId"]
    node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
    page.evaluate("document.querySelector('[data-tamil-probe]').removeAttribute('data-tamil-probe')")
    return cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]


def test_tamil_uses_the_self_hosted_font(server, bare_browser):
    ctx = bare_browser.new_context(viewport={"width": 1440, "height": 900})
    page = ctx.new_page()
    fetched = []
    page.on("response", lambda r: fetched.append((r.url, r.status)) if "NotoSansTamil" in r.url else None)
    try:
        page.goto(server)
        wait_idle(page)
        page.wait_for_selector('[data-testid="stPlotlyChart"] .main-svg', timeout=60_000)
        page.evaluate("document.fonts.ready")
        # app text: the bold Tamil word in Home's caption (the Bold face); a Plotly tick label (SVG text)
        for selector, face in (('[data-testid="stCaptionContainer"] strong', "NotoSansTamil-Bold"),
                               ('[data-testid="stPlotlyChart"] g.xtick text', "NotoSansTamil-Regular")):
            fonts = platform_fonts(page, selector)
            tamil = [f for f in fonts if "Tamil" in f["familyName"]]
            assert tamil, f"{selector}: no Tamil font drew the text: {fonts}"
            assert all(f["isCustomFont"] for f in tamil), f"{selector}: a system Tamil font was used: {fonts}"
            assert any(f["postScriptName"].startswith(face) for f in tamil), fonts
            assert sum(f["glyphCount"] for f in tamil) > 0
        assert any(status == 200 for url, status in fetched if "app/static/NotoSansTamil" in url), fetched
        shot(page, "fonts_without_system_tamil")
    finally:
        ctx.close()
