"""Toy: the decaying summary of a linear RNN, beside the real GRU's measured gradient curve."""

import plotly.graph_objects as go
import streamlit as st

from model.checkpoints import TITLES
from model.networks.toys import ToyInputError
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
    fig = go.Figure([go.Scatter(x=s["length"], y=s["share"], name="measured (random inputs)", mode="lines"),
                     go.Scatter(x=s["length"], y=s["closed_form"], name="λⁿ⁻¹ / Σλᵏ", mode="lines",
                                line={"dash": "dot"})])
    fig.update_layout(title="Toy: share of word 1 in the final state", xaxis_title="sentence length",
                      yaxis_title="share", yaxis_type="log", height=360, legend={"orientation": "h", "y": -0.3})
    plot(fig, "decay_toy")
with right:
    fig = go.Figure()
    for name in ("plain", "attention"):
        m = cache.metrics(name)
        b = [r for r in (m or {}).get("bottleneck", {}).values() if r.get("own_share") is not None]
        if b:
            fig.add_trace(go.Scatter(x=[(r["lo"] + r["hi"]) / 2 for r in b], y=[r["own_share"] for r in b],
                                     name=TITLES[name], mode="lines+markers"))
    fig.update_layout(title="Real GRUs: own word's gradient share",
                      xaxis_title="sentence length", yaxis_title="share", yaxis_range=[0, 1], height=360,
                      legend={"orientation": "h", "y": -0.3})
    plot(fig, "decay_real")
st.caption(f"At λ = {lam:.2f}, word 1 keeps {s['share'][9]:.1%} of the final state at length 10 and "
           f"{s['share'][39]:.2%} at length 40. The real GRUs are not linear and read in both directions, so their "
           "curve is measured instead: how much of each English word's gradient still comes from the Tamil word it "
           "translates (see the bottleneck page).")
st.page_link("pages/bottleneck.py", label="The bottleneck in the real models →", icon="🍾")
