"""The "Train your own" page in a real browser: a short run, and the attention chart redrawn as it trains."""

import pytest

from tests.e2e.conftest import shot, wait_idle

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

# the attention heatmap's matrix and title, read from Plotly's own graph div
HEATMAP = """() => {
  for (const el of document.querySelectorAll('[data-testid="stPlotlyChart"] .js-plotly-plot')) {
    const t = el.data && el.data[0];
    if (t && t.type === 'heatmap' && el.layout.title && String(el.layout.title.text).includes('Attention at step'))
      return {title: el.layout.title.text, z: JSON.stringify(t.z, (k, v) => ArrayBuffer.isView(v) ? Array.from(v) : v)};
  }
  return null;
}"""


def test_train_a_short_run_and_watch_the_attention_update(server, page):
    page.goto(f"{server}/playground")
    wait_idle(page)
    steps = page.get_by_label("Training steps (per model)")
    steps.fill("150")
    steps.press("Enter")
    wait_idle(page)
    page.get_by_role("button", name="Train").click()
    page.wait_for_function(f"({HEATMAP})() !== null", timeout=60_000)
    first = page.evaluate(HEATMAP)
    # poll until a later step's matrix is drawn (under load two refreshes may show the same evaluation)
    page.wait_for_function("([read, z]) => { const h = (new Function('return ' + read))()(); return h && h.z !== z; }",
                           arg=[HEATMAP, first["z"]], timeout=120_000)
    second = page.evaluate(HEATMAP)
    assert len(first["z"]) > 20 and second["z"] != first["z"], "the attention matrix is redrawn as training goes"
    shot(page, "playground_training")
    page.wait_for_selector("text=Compare runs", timeout=120_000)
    wait_idle(page)
    assert page.locator('[data-testid="stException"]').count() == 0
    assert page.get_by_text("Run 1:").count() >= 1
    shot(page, "playground")
