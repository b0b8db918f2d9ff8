"""The self-hosted Tamil font is wired up: files and licence in static/, served, and named first by
the app's theme and by Plotly's labels (the browser check is tests/e2e/test_fonts.py)."""

import tomllib

from tests.conftest import ROOT
from ui.charts import FONT_FAMILY

CONFIG = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())


def families(stack: str) -> list[str]:
    return [f.strip().strip("'\"") for f in stack.split(",")]


def test_font_files_and_licence_are_served():
    assert CONFIG["server"]["enableStaticServing"] is True
    faces = CONFIG["theme"]["fontFaces"]
    assert {f["family"] for f in faces} == {"Lab Noto Sans Tamil"} and len(faces) == 2
    for face in faces:
        assert face["url"].startswith("app/static/")
        path = ROOT / "static" / face["url"].removeprefix("app/static/")
        assert path.read_bytes()[:4] == b"\x00\x01\x00\x00", f"{path} is not a TrueType font"
        assert "U+0B80-0BFF" in face["unicodeRange"]
    licence = (ROOT / "static" / "OFL.txt").read_text()
    assert "SIL Open Font License" in licence and "PERMISSION & CONDITIONS" in licence


def test_app_text_and_charts_name_the_self_hosted_face_first():
    assert families(CONFIG["theme"]["font"])[0] == "Lab Noto Sans Tamil"
    assert families(FONT_FAMILY)[0] == "Lab Noto Sans Tamil"
    assert families(CONFIG["theme"]["font"])[:2] == families(FONT_FAMILY)[:2]
