"""Toy: three heads with hand-set projections, next to the trained encoder's most similar heads."""

import streamlit as st

from model.evaluation.claims import head_label
from model.networks.toys import (
    MH_FEATURES,
    MH_RELATION,
    MH_SENTENCE,
    ToyInputError,
    argmax_agreement,
    head_pattern,
    mh_default_heads,
    mh_features,
)
from ui import cache
from ui.navigation import ensure_navigation
from ui.widgets import matrix_editor, model_or_error, plot, toy_badge

ensure_navigation()
st.title("🎛️ Multi-head by hand")
toy_badge()
st.markdown("Each word gets hand-made features: a one-hot word class and the (cos, sin) of its position. Three "
            "heads, each a pair of projections W_Q, W_K (features × 2), are set by hand to look for a **syntactic** "
            "partner (determiner → noun), an **antecedent** (pronoun → name) and the **previous word**. Edit them; "
            "beside each, the trained encoder's most similar head on the same sentence.")
x = mh_features()
tokens = MH_SENTENCE
st.dataframe({"word": tokens, **{f: x[:, i].round(2) for i, f in enumerate(MH_FEATURES)}}, hide_index=True)
runner = model_or_error("encoder")
real = cache.encoder_attention(tuple(tokens), "encoder") if runner is not None else None   # (L, H, T, T)
for name, (wq0, wk0) in mh_default_heads().items():
    st.subheader(f"Head: {name}")
    c1, c2, c3 = st.columns([2, 3, 3])
    with c1:
        wq = matrix_editor(st.session_state.get(f"mh_{name}_WQ", wq0), f"mh_ed_{name}_q", "W_Q",
                           list(MH_FEATURES), ["q1", "q2"])
        wk = matrix_editor(st.session_state.get(f"mh_{name}_WK", wk0), f"mh_ed_{name}_k", "W_K",
                           list(MH_FEATURES), ["k1", "k2"])
    try:
        pattern = head_pattern(x, wq, wk)
    except ToyInputError as err:
        st.error(str(err), icon="🚫")
        continue
    with c2:
        plot(cache.figure("heatmap", pattern, tokens, tokens, "your head (toy)", height=380), f"mh_toy_{name}")
    if real is not None:
        scores = {(a, b): argmax_agreement(pattern, real[a, b]) for a in range(real.shape[0]) for b in range(real.shape[1])}
        (a, b), best = max(scores.items(), key=lambda kv: kv[1])
        metrics = cache.metrics("encoder")
        scored = metrics["heads"]["relations"].get(MH_RELATION[name]) if metrics else None
        with c3:
            if scored is not None:
                sa, sb = scored["best_layer"], scored["best_head"]
                plot(cache.figure("heatmap", real[sa, sb], tokens, tokens, f"learned {head_label(sa, sb)}", height=380),
                     f"mh_scored_{name}")
                st.caption(f"{head_label(sa, sb)} is the best '{MH_RELATION[name]}' head on held-out data; it agrees "
                           f"with your head on {scores[(sa, sb)]:.0%} of the rows here.")
            st.caption(f"Most similar learned head on this sentence: {head_label(a, b)}, same most-attended word in "
                       f"{best:.0%} of the rows.")
st.caption("Agreement = the share of rows (words) in which the two heads look hardest at the same word; unlike an "
           "average over whole rows, it does not reward heads that spread their attention everywhere.")
st.page_link("pages/self_attention.py", label="All heads of the trained encoder →", icon="👀")
