"""Problem 1 — the compressed summary: both GRUs on the user's sentence, accuracy by length,
and how much gradient still reaches each source word."""

import numpy as np
import plotly.graph_objects as go
import streamlit as st

from model.checkpoints import TITLES
from ui import cache
from ui.charts import length_chart
from ui.navigation import ensure_navigation
from ui.widgets import (
    beam_width,
    downloads,
    guard_text,
    marked_tokens,
    md,
    model_or_error,
    plot,
    refuse,
    show_input_feedback,
)

ensure_navigation()
st.title("🍾 The bottleneck")
st.markdown("Two GRU encoder–decoders of **the same size, trained on the same data for the same time**. "
            "The first must pass the whole sentence through one vector (the encoder's final states); the "
            "second may look back at every encoder state with additive attention. Both were trained only on "
            "sentences of at most 30 words.")

text = st.session_state.get("s", "")
guard_text(text)
a = cache.analysis(text, beam_width())
if a.error:
    refuse(a.error)
    st.stop()
ref_tgt = a.reference.tgt if a.reference is not None else None

results = {}
cols = st.columns(2, gap="large")
for col, name in zip(cols, ("plain", "attention")):
    with col:
        st.subheader(TITLES[name])
        if model_or_error(name) is None:
            continue
        if name in a.refusals:
            refuse(a.refusals[name])
            continue
        t = results[name] = a.translations[name]
        st.markdown(f"#### {marked_tokens(t.tgt, ref_tgt)}")
        if ref_tgt is not None:
            verdict = "✅ exact match" if t.tgt == ref_tgt else \
                f"❌ {sum(x != y for x, y in zip(t.tgt, ref_tgt)) + abs(len(t.tgt) - len(ref_tgt))} wrong tokens (highlighted)"
            st.caption(verdict)
if results:
    first = next(iter(results.values()))
    show_input_feedback(first.raw, first.unknown, first.suggestions, first.notes)
if ref_tgt is not None:
    st.success(f"**Reference** (from the grammar, {len(a.reference.src)} source tokens): " + " ".join(ref_tgt))
else:
    st.caption(f"No reference: {md(a.reference_reason or '')}")

st.header("Accuracy against sentence length")
data = {TITLES[n]: m["buckets"] for n in ("plain", "attention") if (m := cache.metrics(n))}
if data:
    choice = st.radio("Metric", ["exact match", "token accuracy", "BLEU"], horizontal=True, key="bn_metric")
    key, scale = {"exact match": ("exact", 100.0), "token accuracy": ("token_acc", 100.0), "BLEU": ("bleu", 1.0)}[choice]
    max_train = next(m for n in ("plain", "attention") if (m := cache.metrics(n)))["max_train_len"]
    plot(length_chart(data, key, choice + (" %" if scale == 100 else ""), max_train, scale), "bn_length")
    first = next(iter(data.values()))
    st.caption(f"Held-out test sentences, {first[0]['n']} per length bucket, 95 % intervals (Wilson for exact "
               "match, bootstrap otherwise; sacrebleu's bootstrap for BLEU). Computed by `python -m model evaluate`.")
else:
    st.info("No evaluation metrics in the checkpoints yet: run `python -m model evaluate`.")

st.header("How much of each word reaches the decoder?")
st.markdown("The gradient of the **first output word** with respect to each source word's embedding: how much "
            "each word can still move the decoder's first decision. Relative to the word that reaches it best.")
if results:
    fig = go.Figure()
    src, roman = a.tokens, a.roman
    rows = {}
    for name, t in results.items():
        g = cache.first_step_gradient(name, tuple(src), t.tgt[0] if t.tgt else ".")
        rows[name] = g
        fig.add_trace(go.Bar(x=list(range(len(g))), y=g, name=TITLES[name],
                             marker_color="#D55E00" if name == "plain" else "#0072B2",
                             customdata=[f"{w} ({r})" for w, r in zip(src, roman)],
                             hovertemplate="%{customdata}<br>relative gradient %{y:.3f}<extra></extra>"))
    fig.update_xaxes(tickvals=list(range(len(src))), ticktext=src, tickangle=-45)
    fig.update_layout(barmode="group", yaxis_title="relative gradient", height=360, margin={"t": 20},
                      legend={"orientation": "h", "y": -0.35})
    plot(fig, "bn_grad_sentence")
    downloads(np.array(list(rows.values())), [TITLES[n] for n in rows], src, "first_step_gradient", "bn_dl")

bn = {n: m.get("bottleneck") for n in ("plain", "attention") if (m := cache.metrics(n))}
if bn and all(bn.values()):
    st.subheader("Averaged over held-out sentences, by length")
    c1, c2 = st.columns(2)
    for col, name in zip((c1, c2), bn):
        fig = go.Figure()
        buckets = list(bn[name].values())
        for b in buckets[1::2]:
            fig.add_trace(go.Scatter(y=b["mean_relative"], mode="lines", name=f"length {b['lo']}–{b['hi']}",
                                     hovertemplate="position %{x}<br>mean relative gradient %{y:.3f}<extra>%{fullData.name}</extra>"))
        fig.update_layout(title=TITLES[name], xaxis_title="source position", yaxis_title="mean relative gradient",
                          yaxis_range=[0, 1.05], height=340, margin={"t": 40})
        with col:
            plot(fig, f"bn_avg_{name}")
    fig = go.Figure()
    for name in bn:
        buckets = list(bn[name].values())
        fig.add_trace(go.Scatter(x=[(b["lo"] + b["hi"]) / 2 for b in buckets], y=[b["first_word"] for b in buckets],
                                 name=TITLES[name], mode="lines+markers",
                                 line={"color": "#D55E00" if name == "plain" else "#0072B2"}))
    fig.update_layout(xaxis_title="source length", yaxis_title="first word's gradient ÷ best word's", height=320,
                      margin={"t": 20}, legend={"orientation": "h", "y": -0.3})
    plot(fig, "bn_first_word")
    st.caption("Both encoders read the sentence in both directions, so the first and last words sit next to the "
               "final states; without attention the words in the middle are the ones that fade.")
