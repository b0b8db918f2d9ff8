"""Toy: why divide by √d — measured on random vectors, not asserted."""

import numpy as np
import streamlit as st

from model.networks.toys import softmax
from ui import cache
from ui.glossary import tip
from ui.navigation import ensure_navigation
from ui.widgets import model_or_error, plot, toy_badge

RAW, SCALED = "#D55E00", "#0072B2"          # scores without and with ÷√d, the same in every chart

ensure_navigation()
st.title("📐 Why √d")
toy_badge()
st.markdown("Draw random queries and keys with unit-variance entries in *d* dimensions. Their dot product is a "
            "sum of *d* terms, so its spread grows like √d — and a softmax over widely spread scores collapses "
            "onto one key. Dividing by √d keeps the spread, and the softmax, the same at every *d*.")


c1, c2 = st.columns(2)
keys = c1.slider("Keys per query", 4, 64, 16, key="sqrt_keys", help=tip("Q/K/V", "√d"))
seed = c2.number_input("Random seed", 0, 10_000, 0, key="sqrt_seed")
s = cache.sqrt_d_statistics(keys, int(seed))
left, right = st.columns(2)
with left:
    fig = cache.figure("line_chart", [{"name": "q·k", "x": s["d"], "y": s["std_raw"], "color": RAW},
                                      {"name": "q·k ÷ √d", "x": s["d"], "y": s["std_scaled"], "color": SCALED}],
                       "Spread (standard deviation) of scores", "d", log_x=True)
    plot(fig, "sqrt_std")
with right:
    fig = cache.figure("line_chart", [
        {"name": "softmax(q·k)", "x": s["d"], "y": s["entropy_raw"], "color": RAW},
        {"name": "softmax(q·k ÷ √d)", "x": s["d"], "y": s["entropy_scaled"], "color": SCALED},
        {"name": "uniform", "x": s["d"], "y": [s["entropy_uniform"]] * len(s["d"]), "color": "grey", "dash": "dot",
         "markers": False}], "Entropy of the attention weights (nats)", "d", log_x=True)
    plot(fig, "sqrt_entropy")
d = st.select_slider("Look at one query at d =", s["d"], value=64, key="sqrt_d")
rng = np.random.default_rng(int(seed))
q, k = rng.standard_normal(d), rng.standard_normal((keys, d))
raw, scaled = softmax(k @ q), softmax(k @ q / np.sqrt(d))
fig = cache.figure("grouped_bars", [{"name": "without ÷√d", "y": raw, "color": RAW},
                                    {"name": "with ÷√d", "y": scaled, "color": SCALED}], None, "key", "weight")
plot(fig, "sqrt_one")
i = s["d"].index(d)
st.caption(f"Averaged over {s['trials']} random queries at d = {d}: largest weight {s['max_raw'][i]:.2f} without scaling, "
           f"{s['max_scaled'][i]:.2f} with it.")
runner = model_or_error("encoder")
if runner is not None:
    dh = runner.cfg.d_model // runner.cfg.heads
    st.caption(f"The trained encoder's heads work in d = {dh} dimensions and divide their scores by √{dh}.")
st.page_link("pages/self_attention.py", label="The trained encoder's heads →", icon="👀")
