"""Home: attention at work on the first screen, the three problems, model cards."""

import numpy as np
import streamlit as st

from model.checkpoints import FILES, TITLES, checkpoint_path
from model.language.seeds import SEED_SOURCE
from ui import cache
from ui.navigation import ensure_navigation
from ui.widgets import downloads, model_or_error, plot

ensure_navigation()
st.title("🔍 Attention Lab")
st.markdown("See attention work in **small, real, trained models** — a GRU translator with and without "
            "attention and a mini transformer — on a language whose grammar we own, so every claim is measured.")

left, right = st.columns([3, 2], gap="large")
with left:
    if model_or_error("attention") is not None:
        seed = cache.analysis(SEED_SOURCE)
        t = seed.translations["attention"]
        att = np.array(t.attention)
        plot(cache.figure("heatmap", att, seed.tokens, t.tgt, "Learned cross-attention: Mini-Tamil → English", x_hover=seed.labels),
             "home_heatmap")
        downloads(att, t.tgt, seed.tokens, "seed_attention", "home_dl")
        j = int(att[0].argmax())
        gold = seed.reference.align[0]                       # where "can" belongs: முடியுமா
        on_gold = float(att[0, gold].sum())
        st.caption(f"Writing **“{t.tgt[0]}”**, the trained model looks hardest at **{seed.tokens[j]}** "
                   f"({seed.roman[j]}), token {j + 1} of {len(seed.tokens)}: {att[0, j]:.0%} of its attention"
                   + ("" if j in gold else f", and {on_gold:.0%} on **{seed.tokens[gold[0]]}** ({seed.roman[gold[0]]}), "
                      "the word that carries *can you …?* (the gold link; attention often lands one token off)")
                   + ". In the verb-final source that request comes last; in English, first.")
with right:
    st.subheader("Three problems attention solved")
    st.markdown("**1 · The compressed summary.** A GRU without attention must squeeze the whole sentence into "
                "one vector; long sentences break it. With attention it keeps every word.")
    st.page_link("pages/bottleneck.py", label="The bottleneck →", icon="🍾")
    st.markdown("**2 · Word order.** Mini-Tamil is verb-final (SOV); English is SVO. Cross-attention has to "
                "jump around — and we score it against gold word alignments.")
    st.page_link("pages/alignment.py", label="Alignment and word order →", icon="🔀")
    st.markdown("**3 · Speed and self-attention.** Every word sees every other word in one parallel step; "
                "heads specialise in grammatical relations, measured against gold.")
    st.page_link("pages/self_attention.py", label="Self-attention and heads →", icon="👀")
    st.page_link("pages/speed.py", label="Sequential vs parallel speed →", icon="⏱️")
    st.divider()
    st.text_input("Try your own sentence — it is carried to every page", key="home_sentence",
                  placeholder="naalaikkul antha rippoarttai anuppa mudiyumaa ?",
                  on_change=lambda: st.session_state.update(s=st.session_state["home_sentence"]))

st.subheader("Model cards")
st.caption("Read from the committed checkpoints; every number is computed by training or evaluation.")
cols = st.columns(3)
for col, name in zip(cols, ("plain", "attention", "encoder")):
    with col:
        st.markdown(f"##### {TITLES[name]}")
        model = model_or_error(name)
        if model is None:
            continue
        p = model.payload
        meta, m = p["meta"], p.get("metrics") or {}
        path = checkpoint_path(name)
        rows = {"parameters": f"{meta['params']:,}", "seed": meta["seed"],
                "training time": f"{meta['train_seconds'] / 60:.1f} min", "created": meta.get("created", "?")}
        if name == "encoder":
            rows["data"] = f"{meta['train_sentences']:,} English sentences (source length ≤ {p['train_config']['max_len']})"
            if m:
                rows["masked-word accuracy"] = f"{m['masked']['all']['accuracy']:.1%} (held-out)"
        else:
            L = p["train_config"]["max_len"]
            rows["data"] = f"{meta['train_pairs']:,} pairs, source length 3–{L}"
            if m:
                inside = [b for b in m["buckets"] if b["hi"] <= L]
                far = m["buckets"][-1]
                rows[f"exact match ≤ {L}"] = f"{np.mean([b['exact'] for b in inside]):.1%}"
                rows[f"exact match {far['lo']}–{far['hi']}"] = f"{far['exact']:.1%}"
                if "aer" in inside[0]:
                    rows["AER ≤ L"] = f"{np.mean([b['aer'] for b in inside]):.2%}"
        rows["SHA-256"] = cache.sha256(str(path), path.stat().st_mtime)[:16] + "…"
        st.dataframe([{"field": k, "value": str(v)} for k, v in rows.items()], hide_index=True, width="stretch")
        st.caption(f"`checkpoints/{FILES[name]}`")
