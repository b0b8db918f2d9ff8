"""Problem 1 — the compressed summary: both GRUs on the user's sentence, accuracy by length,
and how much gradient still reaches each source word."""

import numpy as np
import streamlit as st

from model.evaluation.claims import beyond_training, own_share_summary, pair_description
from model.registry import TITLES, TRANSLATORS
from ui import cache
from ui.glossary import tip
from ui.navigation import ensure_navigation
from ui.widgets import (
    beam_width,
    downloads,
    glossary_link,
    guard_text,
    language_pointer,
    marked_tokens,
    md,
    model_or_error,
    plot,
    refuse,
    show_input_feedback,
    show_odd,
    unreliable_note,
)

ensure_navigation()
st.title("🍾 The bottleneck")
plain_m, att_m = cache.available("plain"), cache.available("attention")
if plain_m is not None and att_m is not None:
    st.markdown(f"{pair_description(plain_m.payload, att_m.payload)}. The first must pass the whole sentence "
                "through one vector (the encoder's final states); the second may look back at every encoder state "
                "with additive attention.")

text = st.session_state.get("s", "")
guard_text(text)
a = cache.analysis(text, beam_width())
if a.error:
    refuse(a.error)
    if a.looks_english:
        language_pointer(english=True)
    st.stop()
if a.looks_english:
    language_pointer(english=True)
ref_tgt = a.reference.tgt if a.reference is not None else None

results = {}
cols = st.columns(2, gap="large")
for col, name in zip(cols, TRANSLATORS):
    with col:
        st.subheader(TITLES[name])
        if model_or_error(name) is None:
            continue
        if name in a.refusals:
            refuse(a.refusals[name])
            continue
        t = results[name] = a.translations[name]
        st.markdown(f"#### {marked_tokens(t.tgt, ref_tgt, t.unreliable)}")
        unreliable_note(t.tgt, t.unreliable)
        if ref_tgt is not None:
            verdict = "✅ exact match" if t.tgt == ref_tgt else \
                f"❌ {sum(x != y for x, y in zip(t.tgt, ref_tgt)) + abs(len(t.tgt) - len(ref_tgt))} wrong tokens (highlighted)"
            st.caption(verdict)
if results:
    first = next(iter(results.values()))
    show_input_feedback(first.raw, first.unknown, first.suggestions, first.notes, copied=first.copied,
                        pieces=first.by_pieces)
if ref_tgt is not None:
    st.success(f"**Reference** (from the grammar, {len(a.reference.src)} source tokens): " + " ".join(ref_tgt))
    show_odd(a.odd)
else:
    st.caption(f"No reference: {md(a.reference_reason or '')}")

st.header("Accuracy against sentence length")
data = {TITLES[n]: m["buckets"] for n in TRANSLATORS if (m := cache.metrics(n))}


INTERVALS_HELP = ("**Wilson interval** (exact match): the standard 95 % interval for a share of yes/no outcomes, "
                  "accurate even near 0 % or 100 %. **Bootstrap** (token accuracy, BLEU): resample the test "
                  "sentences with replacement many times, recompute the score each time and keep the middle 95 % of "
                  "the results. **BLEU**: how many word sequences the translation shares with the reference, 0–100, "
                  "computed with *sacrebleu*, the standard library for it. Computed by `python -m model evaluate`.")


@st.fragment
def accuracy_by_length() -> None:
    """The metric choice reruns only this chart."""
    choice = st.radio("Metric", ["exact match", "token accuracy", "BLEU"], horizontal=True, key="bn_metric",
                      help=tip("exact match", "token accuracy", "BLEU", "sacrebleu", "Wilson interval", "bootstrap"))
    key, scale = {"exact match": ("exact", 100.0), "token accuracy": ("token_acc", 100.0), "BLEU": ("bleu", 1.0)}[choice]
    max_train = next(m for n in TRANSLATORS if (m := cache.metrics(n)))["max_train_len"]
    chart, note = st.columns([3, 1], gap="medium")
    with chart:
        plot(cache.figure("length_chart", data, key, choice + (" %" if scale == 100 else ""), max_train, scale),
             "bn_length")
    note.markdown(beyond_training(data, key, max_train, scale, " %" if scale == 100 else ""))
    first = next(iter(data.values()))
    st.caption(f"Held-out test sentences (never seen in training), {first[0]['n']} per length bucket. The bands are "
               "95 % intervals: the range the true value lies in, given how many sentences were tested.",
               help=INTERVALS_HELP)
    glossary_link()


if data:
    accuracy_by_length()
else:
    st.info("No evaluation metrics in the checkpoints yet: run `python -m model evaluate`.")

st.header("How much of each English word still comes from its own Tamil word?")
st.markdown("Gradient saliency asks how strongly each Tamil word's embedding can move the logit (the score the "
            "model gives a word before turning scores into probabilities) of each English word. If the model reads the sentence through a good channel, an English word depends most on the Tamil "
            "word it translates (its gold link). Here: the share of each English word's saliency that comes from "
            "its own gold-aligned Tamil word — 100 % would mean only from it.")
bn = {n: list(m["bottleneck"].values()) for n in TRANSLATORS
      if (m := cache.metrics(n)) and m.get("bottleneck") and "own_share" in next(iter(m["bottleneck"].values()))}
if len(bn) == 2:
    rows = {TITLES[n]: [{**b, "n": b["n_words"]} for b in bn[n] if b["own_share"] is not None] for n in bn}
    max_train = cache.metrics("attention")["max_train_len"]
    plot(cache.figure("length_chart", rows, "own_share", "own word's share of the gradient %", max_train),
         "bn_own_share")
    st.caption(own_share_summary(bn["plain"], bn["attention"]) + f" Held-out sentences, "
               f"{bn['attention'][0]['n_sentences']} per length bucket, 95 % bootstrap intervals.")
    longest = max((b for b in bn["attention"] if b["hi"] <= max_train), key=lambda b: b["hi"])
    plain_b = next(b for b in bn["plain"] if b["lo"] == longest["lo"])
    bins = [f"{20 * k}–{20 * (k + 1)} %" for k in range(len(longest["by_position"]))]
    fig = cache.figure("model_bars", {n: [100 * (v or 0) for v in b["by_position"]]
                                      for n, b in (("plain", plain_b), ("attention", longest))}, bins,
                       f"Tamil word's place in a {longest['lo']}–{longest['hi']}-word sentence (fifths)",
                       "own word's share %")
    plot(fig, "bn_by_position")
else:
    st.info("The checkpoints hold no bottleneck measurement yet: run `python -m model evaluate`.")

if results and a.reference is not None and st.toggle("Measure it on this sentence (a backward pass per English word)",
                                                    key="bn_measure"):
    shares = {name: cache.own_share(name, tuple(a.reference.src), tuple(a.reference.tgt),
                                    tuple(tuple(x) for x in a.reference.align)) for name in results}
    fig = cache.figure("model_bars", {n: [100 * v for v in s] for n, s in shares.items()},
                       list(range(len(a.reference.tgt))), "", "own word's share %", height=340,
                       words=list(a.reference.tgt))
    plot(fig, "bn_own_sentence")
    downloads(np.array(list(shares.values())), [TITLES[n] for n in shares], a.reference.tgt, "own_word_share", "bn_dl")
