"""Problem 3 — self-attention: the mini encoder's heads on the learner's English sentence, head
roles measured against gold relations, heads switched off, and a left-to-right model for the causal mask."""

import random

import numpy as np
import pandas as pd
import streamlit as st

from model.errors import LIMITS
from model.evaluation.claims import head_label, twin_reading
from model.evaluation.heads import RELATIONS, score_heads
from model.language.seeds import (
    ANIMAL_ENGLISH,
    COREF_ENGLISH,
    SEED_ENGLISH,
    STREET_ENGLISH,
    SUITCASE_ENGLISH,
    TROPHY_ENGLISH,
    example_pair,
    winograd_twins,
)
from model.registry import TITLES
from ui import cache
from ui.glossary import tip
from ui.navigation import ensure_navigation
from ui.widgets import (
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
)

ensure_navigation()
st.title("👀 Self-attention and heads")
st.markdown("A mini transformer encoder, trained here on the English side of Mini-Tamil to fill in masked words — "
            "above all the words only a grammatical relation can recover (*is* or *are* needs its subject, *he* or "
            "*she* its antecedent). **Every word looks at every other word in one step.** Nobody tells a head where "
            "to look; because our corpus has gold relations, we can measure which head ended up tracking which "
            "relation, and how well.")

if model_or_error("encoder") is None:
    st.stop()


def draw_english() -> None:
    known = cache.known_words("encoder")
    st.session_state["en"] = " ".join(example_pair(random.randrange(10**9), known=known, side="tgt").tgt)


ICONS = {ANIMAL_ENGLISH: "🐾", STREET_ENGLISH: "🛣️", TROPHY_ENGLISH: "🏆", SUITCASE_ENGLISH: "🧳"}   # the twins' buttons


def follow_it(sentence: str) -> None:
    """Load one of the twin sentences with "it" as the word to follow."""
    st.session_state.update(en=sentence, tok=f"{sentence.split().index('it') + 1}: it")


c1, c2 = st.columns([3, 2], vertical_alignment="bottom")
c1.text_input("English sentence", value=SEED_ENGLISH, key="en", bind="query-params", max_chars=2000)
buttons = c2.container(horizontal=True)              # wraps on a narrow screen instead of cutting the labels
buttons.button("🎲 English example", on_click=draw_english, key="en_example")
buttons.button("🔁 Pronoun example", on_click=lambda: st.session_state.update(en=COREF_ENGLISH), key="en_coref")
buttons.button(f"{ICONS[ANIMAL_ENGLISH]} it → animal", on_click=follow_it, args=(ANIMAL_ENGLISH,), key="en_animal",
               help="The best-known picture of self-attention (the Transformer paper's blog post): "
                    "which head of this model links “it” to “animal”?")
buttons.button(f"{ICONS[STREET_ENGLISH]} it → street", on_click=follow_it, args=(STREET_ENGLISH,), key="en_street",
               help="Its twin (Winograd): one word changes, “tired” → “wide”, and “it” now means "
                    "the street. Does the model's attention move with it?")
buttons.button(f"{ICONS[TROPHY_ENGLISH]} it → trophy", on_click=follow_it, args=(TROPHY_ENGLISH,), key="en_trophy",
               help="Winograd's own pair: the trophy did not fit in the suitcase because it was too big. "
                    "Which noun does “it” look at?")
buttons.button(f"{ICONS[SUITCASE_ENGLISH]} it → suitcase", on_click=follow_it, args=(SUITCASE_ENGLISH,), key="en_suitcase",
               help="Its twin: “big” → “small”, and “it” now means the suitcase.")
text = st.session_state.get("en", "")
guard_text(text, "an English sentence", "in the box above", "🎲 English example", SEED_ENGLISH)

o1, o2 = st.columns(2)
causal = o1.toggle("Causal mask: look only back", key="causal", bind="query-params",
                   help=tip("causal mask"))
name = "causal" if causal else "encoder"
if causal and model_or_error("causal") is None:
    st.stop()
runner = cache.load(name)
cfg = runner.cfg
if causal:
    st.info("With the mask on, the page switches to a **second model, trained left to right** (to predict the next "
            "word), so it works the way it was trained. A word can now look only backwards: a verb can still find "
            "its subject, a pronoun its antecedent, *who/that* their noun — but a determiner cannot see the noun "
            "after it, and a subject cannot see its verb. Guesses below are next-word guesses.", icon="➡️")

enc = cache.english(text, name)                      # read once: tokens, language check, gold relations
if enc.error:
    refuse(enc.error)
    if enc.looks_tamil:
        language_pointer(english=False)
    st.stop()
if enc.unknown and enc.looks_tamil:
    language_pointer(english=False)                 # the pointer, not a list of "no close word"
else:
    show_input_feedback(enc.tokens, enc.unknown, enc.suggestions, enc.notes, reads="the model still reads "
                        "the rest", tamil=False)
show_odd(enc.odd)
if any("only the first" in note for note in enc.notes):
    st.caption(f"This page reads at most {LIMITS.english_tokens} words: the encoder was trained on sentences of up "
               "to about 70, and 24 heat maps of 80 × 80 cells are as much as a browser draws at once.")
tokens = enc.tokens
T = len(tokens)
heads_all = [(layer, head) for layer in range(cfg.layers) for head in range(cfg.heads)]
by_label = {head_label(a, b): (a, b) for a, b in heads_all}
off_labels = o2.multiselect("Switch heads off", list(by_label), key="off")
off = tuple(sorted(by_label[s] for s in off_labels))
base = cache.guess_each(tuple(tokens), name)
abl = cache.guess_each(tuple(tokens), name, off) if off else base
changed = [i for i in range(T) if base[i][0] != abl[i][0]]
if off:                                              # the result beside the control, not three screens below
    o2.markdown(f"**{len(changed)} of {T} guesses change**" + (": " + ", ".join(
        f"“{md(base[i][0])}” → “{md(abl[i][0])}”" for i in changed[:6]) + (" …" if len(changed) > 6 else "")
        if changed else "") + ". Details in *Switch heads off: what breaks?* below.")
att = cache.encoder_attention(tuple(tokens), name, off)                    # (L, H, T, T)
m = cache.metrics(name)
gold = enc.relations
labels = [head_label(a, b) for a, b in heads_all]

st.header("Every layer and head")
per_figure = 2                                       # columns stack on a phone: two heads a row there, all on a desktop
for k, col in enumerate(st.columns(cfg.heads // per_figure)):
    with col:
        plot(cache.head_grid(tuple(tokens), name, off, tuple(range(k * per_figure, (k + 1) * per_figure))),
             f"sa_grid_{k}")
st.caption("Rows: the word looking; columns: the word looked at; colours as in the single head below (0 to 1). "
           "Hover for words and weights; pick one head below "
           "to see it with its words.")
h1, h2 = st.columns(2)
with h1:
    chosen = st.selectbox("One head", heads_all, format_func=lambda h: head_label(h[0], h[1]), key="head",
                          bind="query-params", help=tip("layer", "head"))
    if m:
        rel_roles = [f"{r} ({100 * v['directions'][v['direction']]['accuracy'][chosen[0]][chosen[1]]:.0f} %)"
                     for r, v in m["heads"]["relations"].items() if (v["best_layer"], v["best_head"]) == chosen]
        st.caption("Best head on held-out data for: " + (", ".join(rel_roles) if rel_roles else "no relation"))
with h2:
    words = [f"{i + 1}: {w}" for i, w in enumerate(tokens)]
    if st.session_state.get("tok") not in words:       # a new sentence: follow its second word again
        st.session_state["tok"] = words[min(1, T - 1)]
    tok = words.index(st.selectbox("Word to follow", words, key="tok", bind="query-params"))
# the page's full width, so every word of the chosen head keeps its label on a desktop
plot(cache.figure("heatmap", att[chosen[0], chosen[1]], tokens, tokens, head_label(chosen[0], chosen[1]),
                  width_px=plot_width()), "sa_one")
downloads(att[chosen[0], chosen[1]], tokens, tokens, f"attention_{head_label(chosen[0], chosen[1])}", "sa_dl")

st.subheader(f"Where “{tokens[tok]}” looks, in every head")
plot(cache.figure("token_heads", att[:, :, tok, :].reshape(-1, T), tokens, tok, labels, width_px=plot_width()),
     "sa_token")

st.header("Which head does what — measured")
if m:
    rel = m["heads"]["relations"]
    summary = pd.DataFrame([{"relation": r, "direction": v["direction"],
                             "best head": head_label(v['best_layer'], v['best_head']),
                             "accuracy %": round(100 * v["best_accuracy"], 1),
                             "best fixed offset": f"{v['baseline_offset']:+d}",
                             "offset accuracy %": round(100 * v["baseline_accuracy"], 1),
                             "margin (points)": round(100 * (v["best_accuracy"] - v["baseline_accuracy"]), 1),
                             "n": v["n"]} for r, v in rel.items()])
    st.dataframe(summary, hide_index=True, width="stretch")
    st.caption(f"For each relation, the share of its instances in which one end's most-attended word is the other "
               f"end (Clark et al. 2019), in the better of the two directions, on {m['test_size']} held-out "
               "sentences; beside it the best fixed offset in the same direction (a head that always looks one word "
               "to the left, say).")
    with st.expander("Every head × relation"):
        table = pd.DataFrame([{"head": head_label(a, b),
                               **{r: round(100 * rel[r]["directions"][rel[r]["direction"]]["accuracy"][a][b], 1)
                                  for r in RELATIONS if r in rel},
                               "entropy": round(m["heads"]["entropy"][a][b], 2),
                               "mean distance": round(m["heads"]["distance"][a][b], 2)} for a, b in heads_all])
        st.dataframe(table, hide_index=True, width="stretch")
    spec = m.get("specificity") or {}
    if spec:
        st.markdown("**Is the best head really the one doing it?** Switch it off and measure the words its relation "
                    "determines; switch off another head instead for comparison (precomputed on held-out data).")
        st.dataframe(pd.DataFrame([{"relation": r, "words scored": s["words"],
                                    "best head": head_label(s['best_head'][0], s['best_head'][1]),
                                    "accuracy %": round(100 * s["accuracy"], 1),
                                    "points lost, best head off": round(100 * s["drop_best"], 1),
                                    "points lost, another head off (mean)": round(100 * s["drop_others"], 1)}
                                   for r, s in spec.items()]), hide_index=True, width="stretch")
else:
    st.info(f"No head-role metrics stored: run `python -m model evaluate --only {name}`.")

if gold is not None:
    one = score_heads([att], [gold], [tokens])["relations"]
    named = []
    for dep, head, label in gold:
        if label in ("agr", "relcl", "coref", "nsubj", "obj"):
            a, b = np.unravel_index(att[:, :, dep, head].argmax(), att.shape[:2])
            named.append(f"“{md(tokens[dep])}” → “{md(tokens[head])}” ({label}): {head_label(a, b)} puts "
                         f"{att[a, b, dep, head]:.0%} of its attention there")
    st.markdown("**This sentence is in the language**, so its gold relations are known. Where its words find their "
                "partners, read from the model:\n\n" + "\n".join(f"- {x}" for x in named[:8]))
    twins = winograd_twins(text.split())
    if twins is not None and m and "coref" in m["heads"]["relations"]:
        meant = next(tokens[head] for dep, head, label in gold if label == "coref" and tokens[dep] == "it")
        st.markdown(twin_reading(att, tokens, m["heads"]["relations"]["coref"], meant, *twins,
                                 tuple(ICONS[sentence] for sentence in twins[0])))
    st.caption("Best head per relation on this sentence alone, scored as in the measured table below (one end's "
               "most-attended word is the other end, in the better direction): " + "; ".join(
        f"{r} {head_label(v['best_layer'], v['best_head'])} {v['best_accuracy']:.0%}" for r, v in one.items()
        if v["n"] and r not in ("prev", "next")) + ". The list above asks another question: which head puts the "
               "most weight from the word on its partner. The two can name different heads.")
else:
    st.caption(f"No gold relations for this sentence: {md(enc.reference_reason or 'it is not a sentence of the language')}")

snaps = cache.snapshots(name)
if snaps and len(snaps["steps"]) > 1:
    st.header("Heads emerging during training")
    st.markdown(f"The attention of every head on *{md(' '.join(snaps['tokens']))}*, stored every few hundred steps "
                "while the model learned. Pick a head and slide through training.")
    e1, e2 = st.columns([1, 3])
    with e1:
        e_head = st.selectbox("Head", heads_all, format_func=lambda h: head_label(h[0], h[1]), key="sa_snap_head",
                              index=heads_all.index(chosen))
        e_step = st.select_slider("Training step", snaps["steps"], value=snaps["steps"][-1], key="sa_snap_step")
    k = snaps["steps"].index(e_step)
    s_att = np.asarray(snaps["attention"][k], dtype=float)[e_head[0], e_head[1]]
    with e2:
        plot(cache.figure("heatmap", s_att, snaps["tokens"], snaps["tokens"],
                          f"{head_label(e_head[0], e_head[1])} at step {e_step}"), "sa_snap")

st.header("Switch heads off: what breaks?")
scored = "Every word is predicted from the words before it" if causal else "Each word is masked in turn"
st.markdown(f"{scored} and the model guesses it — with all heads, and with the heads you switched off above. Only "
            "some words can be recovered at all: a verb's number from its subject, a pronoun from its antecedent, "
            "*who/that* from their noun, *a/this/these* from the noun. Other words (which noun, which verb) are "
            "often unrecoverable, so a wrong guess there is expected.")
st.metric("Guesses changed by switching heads off", f"{len(changed)} of {T}")
rows = [{"position": i + 1, "word": tokens[i], "guess (all heads)": f"{base[i][0]} ({base[i][1]:.0%})",
         "guess (heads off)": f"{abl[i][0]} ({abl[i][1]:.0%})", "changed": "⚠️" if i in changed else ""}
        for i in changed + [i for i in range(T) if i not in changed]]
st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch")
st.caption("Changed guesses first.")
if m and "ablation" in m:
    cat = st.radio("Precomputed ablation: accuracy with one head off, on", list(m["ablation"]),
                   horizontal=True, key="sa_abl_cat", help=tip("ablation", "masked word"))
    base_acc = m["masked"][cat]["accuracy"]
    drop = 100 * (base_acc - np.array(m["ablation"][cat]))
    plot(cache.figure("ablation_heat", drop), "sa_ablation")
    st.caption(f"{TITLES[name]}: held-out accuracy on '{cat}' words with all heads, {base_acc:.1%}.")
