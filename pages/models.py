"""Models: training curves from each checkpoint's history, evaluation tables, reproduction."""

import pandas as pd
import streamlit as st

from model.evaluation.report import unseen_lines
from model.registry import NAMES, TITLES, TRANSLATORS
from ui import cache
from ui.navigation import ensure_navigation
from ui.widgets import model_or_error, plot

ensure_navigation()
st.title("🧪 Models")
st.markdown("Everything below is read from the committed checkpoints, which carry their config, vocabulary, "
            "training history and held-out metrics. Reproduce them all with:")
st.code("python -m model train      # all four checkpoints, one at a time, with progress bars, then held-out evaluation\n"
        "python -m model evaluate   # recompute and print the metrics, store them in the checkpoints", language="bash")

for name in NAMES:
    st.header(TITLES[name])
    model = model_or_error(name)
    if model is None:
        continue
    p = model.payload
    c1, c2 = st.columns(2)
    with c1:
        plot(cache.figure("loss_curves", p["history"]), f"m_loss_{name}")
    with c2:
        plot(cache.figure("validation_curve", p["history"]), f"m_valid_{name}")
    with st.expander("Configuration"):
        st.json({"model": p["config"], "training": p.get("train_config", {}), "meta": p["meta"]}, expanded=False)
    m = p.get("metrics") or {}
    if name in TRANSLATORS and m:
        L = m["max_train_len"]
        rows = [{"length": f"{b['lo']}–{b['hi']}", "in training": "yes" if b["hi"] <= L else "no", "n": b["n"],
                 "exact %": round(100 * b["exact"], 1),
                 "exact 95% CI": f"{100 * b['exact_ci'][0]:.1f}–{100 * b['exact_ci'][1]:.1f}",
                 "token acc %": round(100 * b["token_acc"], 1), "BLEU": round(b["bleu"], 1),
                 **({"AER %": round(100 * b["aer"], 2)} if "aer" in b else {})} for b in m["buckets"]]
        st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch")
        if m.get("hard"):
            st.markdown("**Hard set**: held-out sentences drawn for compositions the length-controlled sampler rarely "
                        "produces.")
            st.dataframe(pd.DataFrame([{"category": r["label"], "n": r["n"], "mean length": round(r["mean_len"]),
                                        "exact %": round(100 * r["exact"], 1),
                                        "exact 95% CI": f"{100 * r['exact_ci'][0]:.1f}–{100 * r['exact_ci'][1]:.1f}",
                                        **({"AER %": round(100 * r["aer"], 2)} if "aer" in r else {})}
                                       for r in m["hard"].values()]), hide_index=True, width="stretch")
        for line in unseen_lines(m):
            st.markdown(f"- {line[0].upper()}{line[1:]}")
    elif m:
        what = "next-word" if name == "causal" else "masked-word"
        st.dataframe(pd.DataFrame([{f"{what} category": k, "n": v["n"], "accuracy %": round(100 * v["accuracy"], 2)}
                                   for k, v in m["masked"].items()]), hide_index=True, width="stretch")
    if not m:
        st.info(f"No metrics stored yet: run `python -m model evaluate --only {name}`.")
