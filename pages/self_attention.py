"""Problem 3 — self-attention: the mini encoder's heads on the learner's English sentence, head
roles measured against gold relations, and heads switched off to see what breaks."""

import random

import numpy as np
import pandas as pd
import streamlit as st

from model.evaluation.heads import RELATIONS, score_heads
from model.language.seeds import SEED_ENGLISH, example_pair, seed_english_pair
from ui import cache
from ui.navigation import ensure_navigation
from ui.widgets import downloads, guard_text, model_or_error, plot, refuse, show_input_feedback

ensure_navigation()
st.title("👀 Self-attention and heads")
st.markdown("A mini transformer encoder (trained here, on the English side of Mini-Tamil, to fill in masked "
            "words that can only be recovered through a grammatical relation). **Every word looks at every other "
            "word in one step.** Each head learns its own pattern — and because our corpus has gold relations, "
            "we can say which head tracks which relation, and how well.")

runner = model_or_error("encoder")
if runner is None:
    st.stop()
cfg = runner.cfg


def draw_english() -> None:
    pair = example_pair(random.randrange(10**9))
    st.session_state["en"] = " ".join(pair.tgt)
    st.session_state["en_relations"] = (" ".join(pair.tgt), pair.relations)


c1, c2 = st.columns([4, 1])
c1.text_input("English sentence", value=SEED_ENGLISH, key="en", bind="query-params", max_chars=2000)
c2.button("🎲 English example", on_click=draw_english, key="en_example")
text = st.session_state.get("en", "")
guard_text(text, "an English sentence", "in the box above", "🎲 English example", SEED_ENGLISH)
enc = cache.english(text)
if "error" in enc:
    refuse(enc["error"])
    st.stop()
show_input_feedback(enc["raw"], enc["unknown"], enc["suggestions"], enc["notes"])
if any("only the first" in note for note in enc["notes"]):
    st.caption(f"This page reads at most {cache.ENGLISH_TOKENS} words: the encoder was trained on sentences of up "
               "to about 70, and 24 heat maps of 80 × 80 cells are as much as a browser draws at once.")
tokens = enc["tokens"]
T = len(tokens)

o1, o2 = st.columns(2)
causal = o1.toggle("Causal mask (each word sees only itself and earlier words)", key="causal", bind="query-params")
heads_all = [(layer, head) for layer in range(cfg.layers) for head in range(cfg.heads)]
off_labels = o2.multiselect("Switch heads off", [f"L{a + 1}H{b + 1}" for a, b in heads_all], key="off")
off = tuple(sorted((int(s[1]) - 1, int(s[3]) - 1) for s in off_labels))
att = cache.encoder_attention(tuple(tokens), causal, off)                    # (L, H, T, T)
labels = [f"L{a + 1}H{b + 1}" for a, b in heads_all]

st.header("Every layer and head")
plot(cache.head_grid(tuple(tokens), causal, off), "sa_grid")
st.caption("Rows: the word looking; columns: the word looked at. Hover for words and weights.")


@st.fragment
def follow_one_word() -> None:
    """The followed word and the head to download: changing them reruns only this part."""
    tok = st.selectbox("Word to follow", list(range(T)), format_func=lambda i: f"{i + 1}: {tokens[i]}", key="tok",
                       index=min(1, T - 1), bind="query-params")
    st.subheader(f"Where “{tokens[tok]}” looks, in every head")
    plot(cache.figure("token_heads", att[:, :, tok, :].reshape(-1, T), tokens, tok, labels), "sa_token")
    layer = st.selectbox("Layer and head to download", heads_all, format_func=lambda h: f"L{h[0] + 1}H{h[1] + 1}",
                         key="head", bind="query-params")
    downloads(att[layer[0], layer[1]], tokens, tokens, f"attention_L{layer[0] + 1}H{layer[1] + 1}", "sa_dl")


follow_one_word()

st.header("Which head does what — measured")
m = cache.metrics("encoder")
if m:
    rel = m["heads"]["relations"]
    summary = pd.DataFrame([{"relation": r, "best head": f"L{v['best_layer'] + 1}H{v['best_head'] + 1}",
                             "accuracy %": round(100 * v["best_accuracy"], 1),
                             "best fixed offset": f"{v['baseline_offset']:+d}",
                             "offset accuracy %": round(100 * v["baseline_accuracy"], 1),
                             "margin (points)": round(100 * (v["best_accuracy"] - v["baseline_accuracy"]), 1),
                             "n": v["n"]} for r, v in rel.items()])
    st.dataframe(summary, hide_index=True, width="stretch")
    table = pd.DataFrame([{"head": f"L{a + 1}H{b + 1}",
                           **{r: round(100 * rel[r]["accuracy"][a][b], 1) for r in RELATIONS},
                           "entropy": round(m["heads"]["entropy"][a][b], 2),
                           "mean distance": round(m["heads"]["distance"][a][b], 2)} for a, b in heads_all])
    st.dataframe(table, hide_index=True, width="stretch")
    st.caption(f"Accuracy = share of dependents whose most-attended word is the gold head (Clark et al. 2019), "
               f"on {m['test_size']} held-out sentences; baseline = the best fixed offset. Click a column to sort.")
else:
    st.info("No head-role metrics stored: run `python -m model evaluate --only encoder`.")

stored = st.session_state.get("en_relations")
if " ".join(tokens) == SEED_ENGLISH:
    stored = (SEED_ENGLISH, seed_english_pair().relations)
if stored and stored[0] == " ".join(tokens):
    one = score_heads([cache.encoder_attention(tuple(tokens), causal, off)], [stored[1]])["relations"]
    st.markdown("**This sentence** (gold relations known from the grammar): best head per relation — " + "; ".join(
        f"{r} L{v['best_layer'] + 1}H{v['best_head'] + 1} {v['best_accuracy']:.0%}" for r, v in one.items() if v["n"]))

st.header("Switch heads off: what breaks?")
st.markdown("Each word is masked in turn and the encoder guesses it back — with all heads, and with the heads "
            "you switched off above.")
base = cache.fill_each(tuple(tokens), causal)
abl = cache.fill_each(tuple(tokens), causal, off) if off else base
changes = pd.DataFrame([{"position": i + 1, "word": w, "guess (all heads)": f"{base[i][0]} ({base[i][1]:.0%})",
                         "guess (heads off)": f"{abl[i][0]} ({abl[i][1]:.0%})",
                         "changed": "⚠️" if base[i][0] != abl[i][0] else ""} for i, w in enumerate(tokens)])
n_changed = int((changes["changed"] != "").sum())
st.metric("Guesses changed by switching heads off", n_changed)
st.dataframe(changes, hide_index=True, width="stretch")
if m and "ablation" in m:
    cat = st.radio("Precomputed ablation: masked-word accuracy with one head off", list(m["ablation"]),
                   horizontal=True, key="sa_abl_cat")
    base_acc = m["masked"][cat]["accuracy"]
    drop = 100 * (base_acc - np.array(m["ablation"][cat]))
    plot(cache.figure("ablation_heat", drop), "sa_ablation")
    st.caption(f"Held-out accuracy on '{cat}' words with all heads: {base_acc:.1%}.")
