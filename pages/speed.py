"""Problem 3 — speed: what "sequential" costs, measured on the machine serving the page."""

import pandas as pd
import streamlit as st

from model.evaluation.claims import speed_summary
from model.evaluation.speed import (
    ARCH_LABELS,
    D_MODEL,
    HEADS,
    LENGTHS,
    REPEATS,
    available_threads,
    plan,
    structure,
)
from ui import cache
from ui.charts import log_ticks
from ui.navigation import ensure_navigation
from ui.widgets import plot

ensure_navigation()
st.title("⏱️ Sequential vs parallel")
st.markdown("A recurrent network reads word *t* only after word *t − 1*: **n dependent steps**, and word 1 reaches "
            "word n through n − 1 of them. A self-attention layer compares all pairs at once: **one step per "
            "layer**, every pair one hop apart. Whether that is faster in milliseconds depends on how many "
            "independent operations the hardware can run at once — so we measure it on the machine serving this "
            "page, in a separate process (the server's own settings stay untouched).")

st.dataframe(pd.DataFrame([{"n words": n, "GRU: dependent steps": s["gru_steps"], "GRU: longest path": s["gru_path"],
                            "attention: dependent steps (per layer)": s["attn_steps"],
                            "attention: longest path": s["attn_path"]}
                           for n in LENGTHS for s in [structure(n)]]), hide_index=True, width="stretch")

threads = available_threads()
st.button("⏱️ Measure on this machine", key="speed_run", on_click=lambda: st.session_state.update(speed_done=True))
if not st.session_state.get("speed_done"):
    st.info(f"The measurement times three encoders (width {D_MODEL}, {HEADS} heads, median of {REPEATS} runs) at "
            f"{len(LENGTHS)} lengths, with 1 and {threads} thread{'s' * (threads > 1)}, forward and forward + "
            "backward. It takes a little while and runs only when you ask.")
    st.stop()
rows, parts = [], plan()
bar = st.progress(0.0, text="Measuring in a separate process …")
try:
    for k, (n_threads, backward) in enumerate(parts):
        what = "forward + backward" if backward else "forward"
        bar.progress(k / len(parts), text=f"Measuring {k + 1} of {len(parts)}: {what}, {n_threads} "
                                          f"thread{'s' * (n_threads > 1)} …")
        rows += cache.speed_timings(n_threads, backward)
except (RuntimeError, OSError, ValueError) as err:
    bar.empty()
    st.error(f"The measurement could not run: {err}", icon="🚫")
    st.stop()
bar.empty()
summary = speed_summary(rows)
st.markdown(f"**{summary[0]}**")                      # one sentence at a time: what a learner translating meets

table = pd.DataFrame(rows)
c1, c2, c3 = st.columns(3)
mode = c1.radio("What is timed", ["forward", "forward + backward"], horizontal=True, key="speed_mode",
                help="Forward: reading a sentence. Forward + backward: a training step.")
batch = c2.radio("Sentences at once (batch)", sorted(table["batch"].unique()), horizontal=True, key="speed_batch",
                 help="1: one sentence, as when you translate; more: as in training.")
lanes = c3.radio("Threads", sorted(table["threads"].unique()), horizontal=True, key="speed_threads",
                 index=len(table["threads"].unique()) - 1)       # as in the sentences below
sel = table[(table["mode"] == mode) & (table["batch"] == batch) & (table["threads"] == lanes)]
colors = {"gru_fused": "#D55E00", "gru_steps": "#E69F00", "attention": "#0072B2"}
fig = cache.figure("line_chart", [{"name": ARCH_LABELS[a], "x": g["n"].to_numpy(), "y": g["ms"].to_numpy(),
                                   "color": colors[a]} for a, g in sel.groupby("arch")],
                   "", "words per sentence (n)", "milliseconds (median)", height=420, log_x=True, log_y=True,
                   x_ticks=list(LENGTHS), y_ticks=log_ticks(float(sel["ms"].min()), float(sel["ms"].max())))
plot(fig, "speed_chart")
for sentence in summary[1:]:
    st.markdown(f"- {sentence}")
st.caption("On a CPU with few cores, PyTorch's fused GRU runs its whole time loop in C++ and can beat attention in "
           "wall-clock time even though it takes n dependent steps; the step-by-step GRU shows the cost of those "
           "steps when each must wait for the last, as in a decoder. The gain from more threads shows which "
           "computation can use parallel lanes. On a GPU, with thousands of lanes, the one-step attention layer is "
           "the one that scales (Vaswani et al. 2017, Table 1).")
pretty = table.rename(columns={"arch": "encoder", "n": "words", "ms": "median ms"})
pretty["encoder"] = pretty["encoder"].map(ARCH_LABELS)
st.dataframe(pretty.round(3), hide_index=True, width="stretch")
