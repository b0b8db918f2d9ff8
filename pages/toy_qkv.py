"""Toy: scaled dot-product attention by hand, stage by stage; or start from a real head."""

import numpy as np
import streamlit as st

from model.evaluation.claims import head_label
from model.networks.toys import ToyInputError, qkv_stages, toy_from_head
from ui import cache
from ui.glossary import tip
from ui.navigation import ensure_navigation
from ui.widgets import matrix_editor, model_or_error, plot, toy_badge

ensure_navigation()
st.title("🧮 Q·K·V by hand")
toy_badge()
st.markdown("Type embeddings and projection matrices; watch **Q Kᵀ → ÷√d → mask → softmax → × V** one stage at "
            "a time. Then load a real head of the trained encoder and start from a real case.")
REAL_TOKENS = "can you send the report ?".split()
MAX_D = 4                 # the toy's largest dimension (the slider's top), also used to fit a real head

def load_real_head() -> None:
    """Callback: fit the toy to a real head's queries and keys (runs before the widgets exist)."""
    from model.checkpoints import CheckpointError

    try:
        runner = cache.encoder()
    except CheckpointError as err:
        st.session_state["qkv_load_error"] = str(err)
        return
    layer, head = st.session_state.get("qkv_layer", 0), st.session_state.get("qkv_head", 0)
    q, k = runner.queries_keys(REAL_TOKENS, layer, head)
    x, wq, wk, wv = toy_from_head(q, k, MAX_D)
    real = runner.attention_maps(REAL_TOKENS)[layer, head]
    st.session_state.update(qkv_n=len(REAL_TOKENS), qkv_d=MAX_D, qkv_scale=True, qkv_temp=1.0, qkv_causal=False, qkv_X=x, qkv_WQ=wq,
                            qkv_WK=wk, qkv_WV=wv, qkv_real=(layer, head, real, q.shape[1]))


with st.expander("Start from a real head of the trained encoder"):
    shape = cache.encoder_shape()
    st.selectbox("Layer", list(range(shape[0])), format_func=lambda i: f"L{i + 1}", key="qkv_layer")
    st.selectbox("Head", list(range(shape[1])), format_func=lambda i: f"H{i + 1}", key="qkv_head")
    st.button("⤵ Load this head", key="qkv_load", on_click=load_real_head)
if "qkv_load_error" in st.session_state:
    model_or_error("encoder")
c1, c2, c3, c4 = st.columns(4)
n = c1.slider("Tokens", 3, len(REAL_TOKENS), 4, key="qkv_n")
d = c2.slider("Dimensions d", 2, MAX_D, 3, key="qkv_d")
causal = c3.toggle("Causal mask", key="qkv_causal", help=tip("causal mask"))
temperature = c4.slider("Temperature", 0.1, 5.0, 1.0, 0.1, key="qkv_temp", help=tip("temperature", "softmax"))
scale = st.toggle("Divide by √d", value=True, key="qkv_scale", help=tip("√d"))

rng = np.random.default_rng(0)
labels = REAL_TOKENS[:n] if "qkv_real" in st.session_state else [f"t{i + 1}" for i in range(n)]
dims = [f"x{j + 1}" for j in range(d)]


def default(name, shape):
    value = st.session_state.get(name)
    return value if value is not None and np.shape(value) == shape else np.round(rng.normal(size=shape), 2)


SPECS = [("X", "Embeddings X (tokens × d)", (n, d), labels, "embeddings"), ("WQ", "W_Q (d × d)", (d, d), dims, "W_Q"),
         ("WK", "W_K (d × d)", (d, d), dims, "W_K"), ("WV", "W_V (d × d)", (d, d), dims, "W_V")]
values = {}
for col, (name, title, shape, rows, label) in zip([*st.columns(2), *st.columns(2)], SPECS):
    with col:
        st.markdown(f"**{title}**")
        values[name] = matrix_editor(default(f"qkv_{name}", shape), f"qkv_ed_{name}_{shape[0]}_{d}", label, rows, dims)
x, wq, wk, wv = (values[k] for k in ("X", "WQ", "WK", "WV"))

try:
    s = qkv_stages(x, wq, wk, wv, causal=causal, temperature=temperature, scale=scale)
except ToyInputError as err:
    st.error(str(err), icon="🚫")
    st.stop()

stages = [("1 · scores Q Kᵀ", s["scores"]), (f"2 · ÷ √d = √{d}" if scale else "2 · (not scaled)", s["scaled"]),
          ("3 · masked" if causal else "3 · no mask", np.where(np.isfinite(s["masked"]), s["masked"], np.nan)),
          (f"4 · softmax (temperature {temperature:g})", s["weights"])]
cols = [*st.columns(2), *st.columns(2)]               # two a row: four across crushed the numbers in the cells
for k, (col, (title, m)) in enumerate(zip(cols, stages)):
    with col:
        weights_stage = k == len(stages) - 1          # softmax weights lie in [0, 1]; scores can be negative
        plot(cache.figure("heatmap", m, labels, labels, title, height=300, zlabel="weight" if weights_stage else "score",
                     signed=not weights_stage, cell_text=True), f"qkv_stage_{title[:1]}")
st.caption("Scores use a diverging scale centred at 0 (red negative, blue positive); a masked cell is blank "
           "(−∞ before the softmax, weight 0 after it).")
st.markdown("**5 · output = weights × V** (one row per token)")
plot(cache.figure("heatmap", s["output"], [f"v{j + 1}" for j in range(d)], labels, "", height=260, zlabel="value", signed=True,
             cell_text=True), "qkv_out")
if "qkv_real" in st.session_state and n == len(REAL_TOKENS) and d == MAX_D:
    layer, head, real, dh = st.session_state["qkv_real"]
    gap = float(np.abs(s["weights"] - real).max()) if s["weights"].shape == real.shape else float("nan")
    st.info(f"Loaded from the trained encoder, head {head_label(layer, head)}, sentence “{' '.join(REAL_TOKENS)}”. "
            f"Largest difference between this toy's weights and the real head's: {gap:.3f} "
            f"(the toy keeps the {MAX_D} strongest directions of the real {dh}-dimensional head).")
    st.page_link("pages/self_attention.py", label="See this head in the real model →", icon="👀")
