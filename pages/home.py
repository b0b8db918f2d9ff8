"""Home: attention at work on the first screen, the three problems, model cards."""

import numpy as np
import streamlit as st

from model.checkpoints import checkpoint_path
from model.evaluation.claims import bottleneck_headline
from model.language.seeds import SEED_SOURCE
from model.registry import ENCODERS, FILES, NAMES, TITLES
from ui import cache
from ui.navigation import ensure_navigation
from ui.startup import warm_up
from ui.widgets import (
    downloads,
    glossary_link,
    language_pointer,
    md,
    model_or_error,
    plot,
    refuse,
    show_input_feedback,
    show_odd,
    unreliable_note,
)

ensure_navigation()
st.title("🔍 Attention Lab")
st.markdown("See attention work in **small, real, trained models** — a GRU translator with and without "
            "attention and a mini transformer — on a language whose grammar we own, so every claim is measured.")

left, right = st.columns([3, 2], gap="large")
with left:
    text = st.session_state.get("s") or SEED_SOURCE
    # the seed sentence's chart is stored with the checkpoints: a fresh server paints it before torch loads
    stored = cache.first_screen() if text == SEED_SOURCE else None
    if stored is not None or model_or_error("attention") is not None:
        seed = stored or cache.analysis(text)
        if seed.error or "attention" in seed.refusals:
            refuse(seed.error or seed.refusals["attention"])
            seed = cache.analysis(SEED_SOURCE)
            st.caption("Showing the seed sentence instead.")
        if seed.looks_english:
            language_pointer(english=True)
        t = seed.translations["attention"]
        show_input_feedback(t.raw, t.unknown, t.suggestions, t.notes, copied=t.copied,
                            pieces=t.by_pieces)
        if seed.mostly_unknown:
            st.info("Most of these words are unknown to the model, so it would only guess, and a map of where it "
                    "looks would show nothing real. Fix the words above (the suggestions and the word list help), or "
                    "press **🎲 Example**." + (f" The language's own translation: **{md(' '.join(seed.reference.tgt))}**"
                                               if seed.reference is not None else ""), icon="🚧")
        else:
            if seed.reference is None and seed.reference_reason:
                st.warning("This sentence is outside the language the models learned, so there is no reference "
                           "translation to check against and the translation below may be wrong. Why: "
                           + md(seed.reference_reason), icon="🧭")
            unreliable_note(t.tgt, t.unreliable)
            show_odd(seed.odd)
            att = t.attention
            plot(cache.figure("heatmap", att, seed.tokens, t.tgt, "Learned cross-attention: Mini-Tamil → English", x_hover=seed.labels),
                 "home_heatmap")
            downloads(att, t.tgt, seed.tokens, "attention", "home_dl")
            j = int(att[0].argmax())
            ref = seed.reference
            hits = sum(int(att[i].argmax()) in links for i, links in enumerate(ref.align)) \
                if ref is not None and t.tgt == ref.tgt else None
            if seed.text == SEED_SOURCE:
                gold = ref.align[0]                               # where "can" belongs: முடியுமா
                st.caption(f"Writing **“{t.tgt[0]}”**, the trained model looks hardest at **{seed.tokens[j]}** "
                           f"({seed.roman[j]}), token {j + 1} of {len(seed.tokens)}: {att[0, j]:.0%} of its attention"
                           + ("" if j in gold else f", and {float(att[0, gold].sum()):.0%} on **{seed.tokens[gold[0]]}** "
                              f"({seed.roman[gold[0]]}), the word that carries *can you …?* (its gold link)")
                           + ". In the verb-final source that request comes last; in English, first.")
            else:
                st.caption(f"Writing **“{md(t.tgt[0])}”**, the model looks hardest at **{md(seed.tokens[j])}** "
                           f"({md(seed.roman[j])}), token {j + 1} of {len(seed.tokens)}.")
            if hits is not None:
                st.caption(f"For {hits} of the {len(ref.align)} English words, the most-attended Tamil word is the "
                           "gold-aligned one. Change the sentence in the sidebar; every page follows it.")
with right:
    st.subheader("Three problems attention solved")
    mp, ma = cache.metrics("plain"), cache.metrics("attention")
    st.markdown("**1 · The compressed summary.** A GRU without attention must squeeze the whole sentence into "
                "one vector; long sentences break it. " + (bottleneck_headline(mp, ma) if mp and ma else ""))
    st.page_link("pages/bottleneck.py", label="The bottleneck →", icon="🍾")
    st.markdown("**2 · Word order.** Mini-Tamil is verb-final (SOV); English is SVO. Cross-attention has to "
                "jump around — and we score it against gold word alignments.")
    st.page_link("pages/alignment.py", label="Alignment and word order →", icon="🔀")
    st.markdown("**3 · Speed and self-attention.** Every word sees every other word in one parallel step; "
                "heads specialise in grammatical relations, measured against gold.")
    st.page_link("pages/self_attention.py", label="Self-attention and heads →", icon="👀")
    st.page_link("pages/speed.py", label="Sequential vs parallel speed →", icon="⏱️")
    st.page_link("pages/glossary.py", label="Glossary: every term in plain words →", icon="📖")
st.subheader("Model cards")
st.caption("Read from the committed checkpoints; every number is computed by training or evaluation. **Exact "
           "match**: the whole translation equals the grammar's reference. **AER** (alignment error rate): how often "
           "the Tamil word the model looks at hardest misses the gold word alignment; 0 % means never. Held-out: "
           "sentences never seen in training.")
glossary_link()
cols = st.columns(4)
for col, name in zip(cols, NAMES):
    with col:
        st.markdown(f"##### {TITLES[name]}")
        p = cache.summary(name)                       # stored with the checkpoints: no model loaded for a card
        if p is None:
            model_or_error(name)                      # the box that names the missing file and the fix
            continue
        meta, m = p["meta"], p.get("metrics") or {}
        path = checkpoint_path(name)
        rows = {"parameters": f"{meta['params']:,}", "seed": meta["seed"],
                "training time": f"{meta['train_seconds'] / 60:.1f} min", "created": meta.get("created", "?")}
        if name in ENCODERS:
            rows["data"] = f"{meta['train_sentences']:,} English sentences (source length ≤ {p['train_config']['max_len']})"
            if m:
                what = "next-word" if name == "causal" else "masked-word"
                rows[f"{what} accuracy"] = f"{m['masked']['all']['accuracy']:.1%} (held-out, relation words)"
        else:
            L = p["train_config"]["max_len"]
            rows["data"] = f"{meta['train_pairs']:,} pairs, source length 3–{L}"
            if m:
                inside = [b for b in m["buckets"] if b["hi"] <= L]
                far = m["buckets"][-1]
                rows[f"exact match, sentences of ≤ {L} words"] = f"{np.mean([b['exact'] for b in inside]):.1%}"
                rows[f"exact match {far['lo']}–{far['hi']}"] = f"{far['exact']:.1%}"
                if "aer" in inside[0]:
                    rows[f"alignment error rate (AER), ≤ {L} words"] = f"{np.mean([b['aer'] for b in inside]):.2%}"
        rows["SHA-256"] = cache.sha256(str(path), path.stat().st_mtime)[:16] + "…"
        st.markdown("\n".join(f"- **{k}**: {md(str(v))}" for k, v in rows.items()))    # wraps; a grid would cut values
        st.caption(f"`checkpoints/{FILES[name]}`")
if stored is not None:
    warm_up()            # Home was drawn without torch: import it in the background for the first typed sentence
