"""Toy: the decaying summary of a linear RNN, beside the real GRU's measured gradient curve."""

import streamlit as st

from model.networks.toys import ToyInputError
from model.registry import COLOURS, TITLES, TRANSLATORS
from ui import cache
from ui.navigation import ensure_navigation
from ui.widgets import plot, toy_badge

ensure_navigation()
st.title("📉 The decaying summary")
toy_badge()
st.markdown("A linear RNN keeps one vector: **h_t = λ·R h_{t−1} + x_t** (R a random rotation, so λ alone sets how "
            "fast the past fades). How much of word 1 is left in the final state — the only thing a decoder without "
            "attention gets to see?")
c1, c2 = st.columns(2)
lam = c1.slider("λ (memory)", 0.0, 1.2, 0.9, 0.01, key="decay_lambda")
hidden = c2.slider("Hidden size", 1, 64, 8, key="decay_hidden")


try:
    s = cache.decaying_share(lam, hidden)
except ToyInputError as err:
    st.error(str(err), icon="🚫")
    st.stop()
left, right = st.columns(2)
with left:
    fig = cache.figure("line_chart", [
        {"name": "measured (random inputs)", "x": s["length"], "y": s["share"], "markers": False},
        {"name": "λⁿ⁻¹ / Σλᵏ", "x": s["length"], "y": s["closed_form"], "markers": False, "dash": "dot"}],
        "Toy: share of word 1 in the final state", "sentence length", "share", height=360, log_y=True)
    plot(fig, "decay_toy")
with right:
    real = []
    for name in TRANSLATORS:
        m = cache.metrics(name)
        b = [r for r in (m or {}).get("bottleneck", {}).values() if r.get("own_share") is not None]
        if b:
            real.append({"name": TITLES[name], "color": COLOURS[name], "x": [(r["lo"] + r["hi"]) / 2 for r in b],
                         "y": [r["own_share"] for r in b]})
    fig = cache.figure("line_chart", real, "Real GRUs: own word's gradient share", "sentence length", "share",
                       height=360, y_range=[0, 1])
    plot(fig, "decay_real")
st.caption(f"At λ = {lam:.2f}, word 1 keeps {s['share'][9]:.1%} of the final state at length 10 and "
           f"{s['share'][39]:.2%} at length 40. The real GRUs are not linear and read in both directions, so their "
           "curve is measured instead: how much of each English word's gradient still comes from the Tamil word it "
           "translates (see the bottleneck page).")
st.page_link("pages/bottleneck.py", label="The bottleneck in the real models →", icon="🍾")
