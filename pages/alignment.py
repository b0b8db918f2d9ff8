"""Problem 2 — word order: cross-attention against gold alignment, decoding step by step,
an attention row edited by hand, gradient saliency beside attention, corpus AER by length."""

import numpy as np
import pandas as pd
import streamlit as st

from model.evaluation.claims import percent, renormalised_row
from model.evaluation.metrics import aer_score, diagonal_alignment, rank_correlation
from model.networks.units import piece_labels
from ui import cache
from ui.glossary import tip
from ui.navigation import ensure_navigation
from ui.widgets import (
    beam_width,
    downloads,
    guard_text,
    language_pointer,
    md,
    model_or_error,
    plot,
    plot_width,
    refuse,
    show_input_feedback,
    show_odd,
    unreliable_note,
)

ensure_navigation()
st.title("🔀 Alignment and word order")
st.markdown("Mini-Tamil is **verb-final**: *by-tomorrow that report-ACC send can-you?* English puts the verb "
            "second. The attention model's cross-attention (rows: English words it writes; columns: Tamil words "
            "it reads) has to jump back and forth. Every sentence of the language has **gold word alignments** "
            "(orange boxes), so the jumps are scored, not eyeballed.")

if model_or_error("attention") is None:
    st.stop()
text = st.session_state.get("s", "")
guard_text(text)
a = cache.analysis(text, beam_width())
if a.error or "attention" in a.refusals:
    refuse(a.error or a.refusals["attention"])
    if a.looks_english:
        language_pointer(english=True)
    st.stop()
if a.looks_english:
    language_pointer(english=True)
t = a.translations["attention"]
show_input_feedback(t.raw, t.unknown, t.suggestions, t.notes, copied=t.copied,
                        pieces=t.by_pieces)
unreliable_note(t.tgt, t.unreliable)
show_odd(a.odd)
src, tgt, roman, x_hover = a.tokens, t.tgt, a.roman, a.labels
script = st.radio("Tamil words shown as", ["Tamil script", "romanized"], horizontal=True, key="al_script",
                  bind="query-params")
cols_shown = src if script == "Tamil script" else roman            # axis labels; the hover shows both
att = t.attention
gold_pair = a.reference

st.header("Cross-attention")
shown, shown_tgt, outline, note = att, tgt, None, ""
if gold_pair is not None:
    gold = gold_pair.align
    if tgt != gold_pair.tgt:
        shown_tgt = gold_pair.tgt
        shown = np.array(cache.forced_attention(tuple(src), tuple(shown_tgt)))
        note = ("The model's own translation differs from the reference, so this map shows its attention "
                "while *reading the reference* (teacher forcing), where gold alignments exist.")
    outline = [(i, j) for i, links in enumerate(gold) for j in links]
    sentence_aer = aer_score(shown.argmax(1).tolist(), gold)
# the page's full width, so every Tamil word keeps its label on a desktop (up to 44 words)
plot(cache.figure("heatmap", shown, cols_shown, shown_tgt, "Learned cross-attention (orange: gold alignment)",
                  x_hover=x_hover, outline=outline, width_px=plot_width()), "al_heat")
if note:
    st.caption(note)
if t.by_pieces:
    st.caption(f"The model reads **{len(t.pieces)} pieces** for these {len(src)} words (learned sub-word units), so "
               "that a form it never saw in training is still read by its stem and endings. This map speaks in "
               "words: each Tamil word's column is the **sum of its pieces' attention**.")
    if st.toggle("Show the pieces the model read", key="al_pieces", help=tip("piece")):
        piece_rows = (t.piece_attention if shown_tgt == tgt else
                      np.array(cache.forced_attention(tuple(src), tuple(shown_tgt), pieces=True)))
        labels = piece_labels(t.pieces, t.owner, src, roman)
        plot(cache.figure("heatmap", piece_rows, [p for p, _ in labels], shown_tgt,
                          "Over the pieces (▁ starts a word)", x_hover=[h for _, h in labels],
                          width_px=plot_width()), "al_heat_pieces")
downloads(shown, shown_tgt, src, "cross_attention", "al_dl")
if gold_pair is not None:
    diag = diagonal_alignment(len(shown_tgt), len(src))
    one_hot = np.zeros((len(shown_tgt), len(src)))
    one_hot[np.arange(len(diag)), diag] = 1
    left, right = st.columns([1, 2], gap="large")
    left.metric("AER of argmax attention", f"{sentence_aer:.1%}", help=tip("AER", "alignment"))
    left.metric("AER of the naive diagonal", f"{aer_score(diag, gold_pair.align):.1%}", help=tip("AER"))
    with right:
        plot(cache.figure("heatmap", one_hot, cols_shown, shown_tgt, "Naive diagonal alignment (a toy baseline)",
                          x_hover=x_hover, outline=outline, colorscale="Greys", colorbar=False), "al_diag")
else:
    st.info(f"Not in the language, so there is no gold alignment: {md(a.reference_reason or '')}")

st.header("Step through the decoding")


@st.fragment
def step_through() -> None:
    """The step slider and the hand-edited attention row: moving them reruns only this part."""
    n = len(tgt)
    if not 1 <= int(st.session_state.get("step", 1) or 1) <= max(n, 2):
        st.session_state["step"] = 1
    step = st.slider("Output step", 1, max(n, 2), 1, key="step", bind="query-params", disabled=n < 2) if n else 1
    step = min(step, n)
    i = step - 1
    row = att[i]
    c1, c2 = st.columns(2)
    with c1:
        plot(cache.figure("word_bars", row, cols_shown, x_hover, title=f"Step {step}: writing “{tgt[i]}” — where it looks",
                          y_range=[0, 1], value_hover="weight %{y:.3f}"), "al_row")
    with c2:
        plot(cache.figure("topk_bars", t.topk[i][:5], f"Step {step}: the model's top next words"), "al_topk")

    st.subheader("Edit this step's attention by hand")
    st.markdown("Start from the model's own row, all weight on one word, or uniform; edit the weights (in %) and see "
                "the **same trained decoder** choose its next word from your row. A row that no longer sums to 100 % "
                "is divided by its sum, so the decoder always reads weights that sum to 100 %.")
    start = st.radio("Start from", ["the model's row", "one word", "uniform"], horizontal=True, key="al_start")
    if start == "one word":
        j = st.selectbox("All weight on", list(range(len(src))),
                         format_func=lambda j: f"{j + 1}: {src[j]} ({roman[j]})", key="al_onehot")
        base = np.eye(len(src))[j]
    elif start == "uniform":
        base = np.full(len(src), 1 / len(src))
    else:
        base = row
    named = [w if roman[j] == w else f"{w} ({roman[j]})" for j, w in enumerate(src)]
    table = pd.DataFrame({"word": [f"{j + 1}: {w}" for j, w in enumerate(named)],
                          "model's weight": [percent(v) for v in row],
                          "your weight %": np.round(100 * base, 2)})
    edited = st.data_editor(table, key=f"al_edit_{start}_{step}", hide_index=True, disabled=["word", "model's weight"],
                            column_config={"your weight %": st.column_config.NumberColumn(
                                min_value=0.0, max_value=100000.0, step=0.01, format="%.2f",
                                help="What the decoder reads once you edit (two decimals); untouched, it reads the "
                                     "model's exact row")})
    weights = pd.to_numeric(edited["your weight %"], errors="coerce").to_numpy(dtype=float)
    if not np.all(np.isfinite(weights)) or np.any(weights < 0) or weights.sum() <= 0:
        st.error("Every weight must be a number ≥ 0 and at least one must be positive; showing the model's own "
                 "row.", icon="🚫")
        weights = 100 * row
    mine = weights / weights.sum()
    unedited = start == "the model's row" and edited["your weight %"].equals(table["your weight %"])
    if not unedited:
        st.caption(renormalised_row(list(weights), [md(w) for w in named]))
    orig = dict(t.topk[i])                        # the model's own row: already in the translation
    if unedited:
        edit = orig                               # the model's own row, unedited: no replay of the decoder
    else:
        edit = dict(cache.next_tokens(tuple(src), tuple(tgt[:i]), tuple(float(w) for w in mine)))
    words = list(dict.fromkeys(list(edit) + list(orig)))[:10]
    plot(cache.figure("compare_bars", words, orig, edit), "al_intervene")
    best_mine = max(edit, key=edit.get)
    st.caption(f"With your row the decoder would write **“{best_mine}”** ({edit[best_mine]:.0%}); with its own, "
               f"**“{max(orig, key=orig.get)}”**.")


step_through()

st.header("Attention is not the whole explanation")
st.markdown("Gradient saliency asks a different question: how strongly does each Tamil word's embedding move the "
            "logit (the model's score for a word before it becomes a probability) of each English word it wrote? Where the two maps agree, attention is telling the story; "
            "where they differ, information reached the decoder through the encoder's recurrent states instead.")
sal = np.array(cache.saliency(tuple(src), tuple(tgt)))
rhos = [rank_correlation(att[r], sal[r]) for r in range(len(tgt))]
c1, c2 = st.columns(2)
with c1:
    plot(cache.figure("heatmap", att, cols_shown, tgt, "Attention", x_hover=x_hover), "al_att2")
with c2:
    plot(cache.figure("heatmap", sal, cols_shown, tgt, "Gradient saliency (rows sum to 1)", x_hover=x_hover, zmax=None,
                 zlabel="share"), "al_sal")
valid = [r for r in rhos if np.isfinite(r)]
st.metric("Mean Spearman rank correlation, attention vs saliency (per output word)",
          f"{np.mean(valid):.2f}" if valid else "n/a", help=tip("Spearman rank correlation", "gradient saliency"))
plot(cache.figure("word_bars", rhos, tgt, tgt, color="#CC79A7", yaxis_title="Spearman ρ", y_range=[-1, 1],
                  height=280, value_hover="ρ = %{y:.2f}"), "al_rho")
downloads(sal, tgt, src, "gradient_saliency", "al_sal_dl")

st.header("Alignment error rate against length (held-out corpus)")
m = cache.metrics("attention")
if m and "aer" in m["buckets"][0]:
    plot(cache.figure("length_chart", {"GRU with additive attention": m["buckets"]}, "aer", "AER %",
                      m["max_train_len"]), "al_aer")
    st.caption("Argmax attention (the most-attended Tamil word) while reading the reference, against gold links; "
               "95 % bootstrap intervals (resample the test sentences many times, keep the middle 95 % of the AERs).")

st.header("Watch the alignment form during training")
snaps = cache.snapshots("attention")
if snaps and snaps["steps"]:
    st.markdown("Nobody tells the model where to look: the attention below was stored every few hundred training "
                "steps while it learned to translate (each time reading the reference translation), and the gold links "
                "(orange) were never part of training.")
    c1, c2 = st.columns([2, 3])
    which = c1.radio("Sentence", list(range(len(snaps["src"]))), key="al_snap_sentence", horizontal=True,
                     format_func=lambda k: "the seed sentence" if k == 0 else f"held-out sentence {k}")
    steps = snaps["steps"]
    step_at = c2.select_slider("Training step", steps, value=steps[-1], key="al_snap_step")
    k = steps.index(step_at)
    s_src, s_tgt, s_gold = snaps["src"][which], snaps["tgt"][which], snaps["align"][which]
    s_att = np.array(snaps["attention"][k][which])
    s_outline = [(i, j) for i, links in enumerate(s_gold) for j in links]
    plot(cache.figure("heatmap", s_att, s_src, s_tgt, f"At training step {step_at} of {steps[-1]}", outline=s_outline),
         "al_snap")
    curve = [aer_score(np.array(a[which]).argmax(1).tolist(), s_gold) for a in snaps["attention"]]
    st.caption(f"AER of this sentence's argmax attention: {curve[0]:.0%} at step {steps[0]}, "
               f"{curve[k]:.0%} at step {step_at}, {curve[-1]:.0%} at the end of training.")
else:
    st.info("This checkpoint stores no training snapshots (retrain with `python -m model train --only attention`).")
