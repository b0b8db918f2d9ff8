"""Toy: align the seed sentence by hand and compare with the trained model's attention."""

import numpy as np
import streamlit as st

from model.evaluation.metrics import aer_score, diagonal_alignment
from model.language.seeds import SEED_SOURCE
from model.networks.toys import ToyInputError, renormalise_rows, similarity
from ui import cache
from ui.glossary import tip
from ui.navigation import ensure_navigation
from ui.widgets import matrix_editor, model_or_error, plot, toy_badge

ensure_navigation()
st.title("✏️ Alignment by hand")
toy_badge()
st.markdown("The seed sentence: *நாளைக்குள் அந்த ரிப்போர்ட்டை அனுப்ப முடியுமா ?* → *can you send the report by "
            "tomorrow ?* Draw your own alignment (each row is renormalised to sum to 1) and compare it with the "
            "gold links and with the trained model's attention.")
seed = cache.analysis(SEED_SOURCE)
src, tgt, gold = seed.reference.src, seed.reference.tgt, seed.reference.align
shape = (len(tgt), len(src))
preset = st.radio("Start from", ["naive diagonal", "uniform", "gold"], horizontal=True, key="ta_preset")
if preset == "naive diagonal":
    start = np.eye(len(src))[diagonal_alignment(*shape)]
elif preset == "uniform":
    start = np.full(shape, 1.0)
else:
    start = np.zeros(shape)
    for i, links in enumerate(gold):
        start[i, links] = 1
start = st.session_state.get("ta_matrix", start)
m = matrix_editor(start, f"ta_ed_{preset}", "alignment", tgt, [f"{j + 1}:{w}" for j, w in enumerate(src)])
try:
    mine = renormalise_rows(m)
except ToyInputError as err:
    st.error(f"{err} — showing the preset instead.", icon="🚫")
    mine = renormalise_rows(np.eye(len(src))[diagonal_alignment(*shape)])
outline = [(i, j) for i, links in enumerate(gold) for j in links]
c1, c2 = st.columns(2)
with c1:
    plot(cache.figure("heatmap", mine, src, tgt, "Your alignment (orange: gold)", outline=outline, height=380), "ta_mine")
    st.metric("AER of your alignment (argmax per row)", f"{aer_score(mine.argmax(1).tolist(), gold):.1%}",
              help=tip("AER"))
with c2:
    if model_or_error("attention") is not None:
        t = seed.translations["attention"]
        if t.tgt == tgt:
            att = t.attention
            plot(cache.figure("heatmap", att, src, tgt, "Trained model's attention (learned)", outline=outline, height=380), "ta_model")
            st.metric("AER of the trained model", f"{aer_score(att.argmax(1).tolist(), gold):.1%}")
            st.caption(f"Similarity of your alignment to the model's attention: {similarity(mine, att):.2f} "
                       "(1 − mean Jensen–Shannon divergence of rows).")
        else:
            st.warning("The model's translation of the seed differs from the reference: " + " ".join(t.tgt))
st.page_link("pages/alignment.py", label="Alignment in the real model, any sentence →", icon="🔀")
