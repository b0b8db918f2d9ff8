"""Problem 3 — speed: sequential GRU steps against one parallel self-attention step, measured here."""

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from model.evaluation.speed import LENGTHS, structure
from ui import cache
from ui.navigation import ensure_navigation
from ui.widgets import PLOT_CONFIG

ensure_navigation()
st.title("⏱️ Sequential vs parallel")
st.markdown("A recurrent network reads word *t* only after word *t − 1*: **n sequential steps**, and word 1 "
            "reaches word n through n − 1 of them. A self-attention layer compares all pairs at once: **one "
            "step**, every pair one hop apart. What that means in milliseconds depends on the hardware — so "
            "we measure it on the machine serving this page.")

st.dataframe(pd.DataFrame([{"n words": n, "GRU sequential steps": s["gru_steps"], "GRU longest path": s["gru_path"],
                            "attention steps (per layer)": s["attn_steps"], "attention longest path": s["attn_path"]}
                           for n in LENGTHS for s in [structure(n)]]), hide_index=True, width="stretch")


st.button("⏱️ Measure on this machine", key="speed_run", on_click=lambda: st.session_state.update(speed_done=True))
if st.session_state.get("speed_done"):
    try:
        with st.spinner("Measuring in a separate process (this server's settings stay untouched) …"):
            results = {b: cache.speed_timings(b) for b in (1, 32)}
    except (RuntimeError, OSError, ValueError) as err:
        st.error(f"The measurement could not run: {err}", icon="🚫")
        st.stop()
    fig = go.Figure()
    for b, rows in results.items():
        dash = "solid" if b == 1 else "dash"
        fig.add_trace(go.Scatter(x=[r["n"] for r in rows], y=[r["gru_ms"] for r in rows], name=f"GRU, batch {b}",
                                 line={"color": "#D55E00", "dash": dash}, mode="lines+markers"))
        fig.add_trace(go.Scatter(x=[r["n"] for r in rows], y=[r["attn_ms"] for r in rows],
                                 name=f"1 attention layer, batch {b}", line={"color": "#0072B2", "dash": dash},
                                 mode="lines+markers"))
    fig.update_layout(xaxis_type="log", yaxis_type="log", xaxis_title="sequence length n",
                      yaxis_title="median ms to encode", height=420, legend={"orientation": "h", "y": -0.25})
    st.plotly_chart(fig, width="stretch", key="speed_chart", config=PLOT_CONFIG)
    table = pd.DataFrame([r for rows in results.values() for r in rows])
    st.dataframe(table[["batch", "n", "gru_ms", "attn_ms"]].round(3), hide_index=True, width="stretch")
    gru_wins = table[table["gru_ms"] < table["attn_ms"]]
    if len(gru_wins):
        cases = ", ".join(f"n={r.n} (batch {r.batch})" for r in gru_wins.itertuples())
        st.warning(f"Honest note: on this CPU the GRU was faster at {cases}. Attention's cost grows with n² and a "
                   "CPU has few parallel lanes; its advantage is the number of *sequential* steps, which pays off "
                   "on parallel hardware and for training, where all positions are processed at once.", icon="🐢")
    else:
        st.success("On this machine one attention layer beat the GRU at every measured length.")
    st.caption("d = 64, 4 heads, one thread, median of 5 runs after a warm-up; measured once per server process.")
else:
    st.info("The measurement takes a few seconds and runs only when you ask.")
