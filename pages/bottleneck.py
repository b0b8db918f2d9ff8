"""Problem 1 — the compressed summary: both GRUs on the user's sentence, accuracy by length,
and how much gradient still reaches each source word."""

import numpy as np
import streamlit as st

from model.checkpoints import TITLES
from ui import cache
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


@st.fragment
def accuracy_by_length() -> None:
    """The metric choice reruns only this chart."""
    choice = st.radio("Metric", ["exact match", "token accuracy", "BLEU"], horizontal=True, key="bn_metric")
    key, scale = {"exact match": ("exact", 100.0), "token accuracy": ("token_acc", 100.0), "BLEU": ("bleu", 1.0)}[choice]
    max_train = next(m for n in ("plain", "attention") if (m := cache.metrics(n)))["max_train_len"]
    plot(cache.figure("length_chart", data, key, choice + (" %" if scale == 100 else ""), max_train, scale),
         "bn_length")
    first = next(iter(data.values()))
    st.caption(f"Held-out test sentences, {first[0]['n']} per length bucket, 95 % intervals (Wilson for exact "
               "match, bootstrap otherwise; sacrebleu's bootstrap for BLEU). Computed by `python -m model evaluate`.")


if data:
    accuracy_by_length()
else:
    st.info("No evaluation metrics in the checkpoints yet: run `python -m model evaluate`.")

st.header("How much of each word reaches the decoder?")
st.markdown("The gradient of the **first output word** with respect to each source word's embedding: how much "
            "each word can still move the decoder's first decision. Relative to the word that reaches it best.")
if results:
    src, roman = a.tokens, a.roman
    rows = {name: cache.first_step_gradient(name, tuple(src), t.tgt[0] if t.tgt else ".") for name, t in results.items()}
    plot(cache.figure("gradient_bars", rows, TITLES, src, roman), "bn_grad_sentence")
    downloads(np.array(list(rows.values())), [TITLES[n] for n in rows], src, "first_step_gradient", "bn_dl")

bn = {n: m.get("bottleneck") for n in ("plain", "attention") if (m := cache.metrics(n))}
if bn and all(bn.values()):
    st.subheader("Averaged over held-out sentences, by length")
    c1, c2 = st.columns(2)
    for col, name in zip((c1, c2), bn):
        with col:
            plot(cache.figure("position_curves", list(bn[name].values()), TITLES[name]), f"bn_avg_{name}")
    plot(cache.figure("first_word_curves", {name: list(bn[name].values()) for name in bn}, TITLES), "bn_first_word")
    st.caption("Both encoders read the sentence in both directions, so the first and last words sit next to the "
               "final states; without attention the words in the middle are the ones that fade.")
