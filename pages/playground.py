"""Train your own: the project's GRU encoder–decoder, with and without attention, trained live on a toy
reordering task while the learner watches the loss, the held-out accuracy and the attention form."""

import streamlit as st

from model.errors import InputError
from model.playground.live import Busy, LiveRun
from model.playground.summary import ENDED, run_row, same_and_smaller
from model.playground.tasks import MAX_LEN, MIN_LEN, TASKS, WORD_ORDER_LENGTHS
from model.playground.trainer import HIDDEN, MAX_SECONDS, MAX_STEPS, PlaygroundConfig
from ui import cache, charts
from ui.navigation import ensure_navigation
from ui.widgets import md, plot, refuse

KEEP = 3                    # finished runs kept in the session for comparison
REFRESH = 0.4               # seconds between live updates
LRS = (1e-4, 3e-4, 1e-3, 3e-3, 1e-2, 3e-2)
CHOICES = {"with attention": "attention", "without attention": "plain"}
NAMES = charts.PLAYGROUND_MODELS
SHORT = {v: k.capitalize() for k, v in CHOICES.items()}
TASK_HELP = {"reverse": "letters A–P, written backwards", "sort": "distinct letters A–P, written in alphabetical order",
             "word order": "a 3–5 word verb-final sentence (subject object verb) translated into English order "
                           "(subject verb object)"}

ensure_navigation()
st.title("🏋️ Train your own")
d = PlaygroundConfig()
DEFAULTS = {"pg_task": d.task, "pg_models": list(CHOICES), "pg_length": d.length, "pg_hidden": d.hidden, "pg_lr": d.lr,
            "pg_steps": d.steps, "pg_seconds": int(d.seconds), "pg_seed": d.seed}
st.markdown("Pick a small task that needs **reordering**, press **Train**, and watch a GRU encoder–decoder learn it "
            "here, in seconds — with attention, without it, or both side by side. The attention matrix of one "
            "held-out example (never trained on) is redrawn as training goes: it starts nearly uniform and, if the "
            "model finds the reordering, ends on the true alignment (orange boxes).")

# ---- settings ----------------------------------------------------------------------------------
c1, c2, c3 = st.columns(3, gap="medium")
with c1:
    task = st.radio("Task", TASKS, key="pg_task", horizontal=True, format_func=str.capitalize,
                    help=" · ".join(f"{t}: {h}" for t, h in TASK_HELP.items()))
    st.pills("Models", list(CHOICES), selection_mode="multi", default=list(CHOICES), key="pg_models")
with c2:
    length = st.slider("Sequence length", MIN_LEN, MAX_LEN, d.length, key="pg_length",
                       help="Reverse and sort: every sequence has this length. Word order: sentences of 3 words up "
                            "to this length (at most 5).")
    st.select_slider("Hidden size (GRU units)", HIDDEN, d.hidden, key="pg_hidden")
    st.select_slider("Learning rate", LRS, d.lr, key="pg_lr", format_func=lambda v: f"{v:g}")
with c3:
    st.number_input("Training steps (per model)", 1, MAX_STEPS, d.steps, step=50, key="pg_steps")
    st.slider("Time cap (seconds)", 5, int(MAX_SECONDS), int(d.seconds), key="pg_seconds")
    st.number_input("Seed", 0, 9999, d.seed, key="pg_seed", help="Same seed, same settings: same data and start.")
st.caption(f"**{task.capitalize()}**: {TASK_HELP[task]}."
           + (f" Sentences of {', '.join(str(n) for n in WORD_ORDER_LENGTHS if n <= max(3, length))} words."
              if task == "word order" else ""))

state = st.session_state
state.setdefault("pg_runs", [])


def settings() -> tuple[PlaygroundConfig | None, str | None]:
    """The config the widgets describe (read from Session State, so the buttons' callbacks see the new
    values too), or a message saying why it cannot be used."""
    def get(key: str):
        return state.get(key, DEFAULTS[key])             # a client that sends only the widgets it changed

    try:
        cfg = PlaygroundConfig(task=get("pg_task"), length=int(get("pg_length")),
                               models=tuple(CHOICES[p] for p in get("pg_models") or ()), hidden=int(get("pg_hidden")),
                               lr=float(get("pg_lr")), steps=int(get("pg_steps")), seconds=float(get("pg_seconds")),
                               seed=int(get("pg_seed")))
        return cfg.checked(), None
    except InputError as err:
        return None, str(err)
    except (TypeError, ValueError, KeyError):
        return None, "These settings cannot be used; pick others."


def archive(r: LiveRun | None) -> None:
    """Keep a finished run (the last ``KEEP``) for the comparison below."""
    if r is None or r.running or r.record is None or any(n == r.number for n, _ in state["pg_runs"]):
        return
    state["pg_runs"] = [*state["pg_runs"], (r.number, r.record)][-KEEP:]


def on_train() -> None:
    """One training per session: a press while one runs is refused with a message."""
    run = state.get("pg_run")
    if run is not None and run.running:
        state["pg_notice"] = ("A training is already running in this session: press **Stop** first, or wait for it "
                              f"to end (at most {run.cfg.seconds:g} s after it started).")
        return
    cfg, _ = settings()
    if cfg is None:
        return                                             # the page shows why
    archive(run)
    try:
        new = LiveRun(cfg, cache.training_slots, number=state.get("pg_count", 0) + 1).start()
    except Busy as err:
        state["pg_notice"] = str(err)
        return
    state["pg_count"], state["pg_run"] = new.number, new


def on_stop(forget: bool = False) -> None:
    run = state.get("pg_run")
    if run is not None:
        run.stop()
        run.join(5)
        archive(run)
    if forget:
        state["pg_run"], state["pg_runs"] = None, []


cfg, problem = settings()
b1, b2, b3 = st.columns(3)
b1.button("▶️ Train", type="primary", key="pg_train", width="stretch", on_click=on_train)
b2.button("⏹️ Stop", key="pg_stop", width="stretch", on_click=on_stop)
b3.button("🔄 Reset", key="pg_reset", width="stretch", on_click=on_stop, args=(True,),
          help="Stop, and forget every run of this session")
if problem:
    refuse(problem)
if notice := state.pop("pg_notice", None):
    st.warning(notice, icon="⏳")
run: LiveRun | None = state.get("pg_run")
archive(run)


# ---- the live view -----------------------------------------------------------------------------
def live_figures(r: LiveRun, hist: list[dict]) -> dict:
    """The live view's figures, rebuilt only when a new evaluation arrived (most refreshes see none);
    kept per session, one set at a time."""
    key = (r.number, len(hist))
    cached = state.get("pg_figs")
    if cached is not None and cached[0] == key:
        return cached[1]
    c, last, ex = r.cfg, hist[-1] if hist else {"step": 0}, r.example
    figs = {"exact": charts.playground_curve(hist, "exact", "held-out exact %", c.steps, scale=100.0, height=240),
            "loss": charts.playground_curve(hist, "loss", "training loss (log)", c.steps, log=True, height=240)}
    if "attention" in last:
        a = last["attention"]
        figs["attention"] = charts.heatmap(a["example"], ex["src"], a["example_output"],
                                           f"Attention at step {last['step']} (rows: the words it wrote)",
                                           outline=list(enumerate(ex["gold"])))
    state["pg_figs"] = (key, figs)
    return figs


def live_view(r: LiveRun, live: bool) -> None:
    @st.fragment(run_every=REFRESH if live else None)
    def view() -> None:
        if live and not r.running:
            st.rerun()                                     # the run ended: redraw the page (comparison, buttons)
        hist = r.history()
        c = r.cfg
        last = hist[-1] if hist else {"step": 0, "seconds": 0.0}
        if r.running and not hist:
            st.progress(0.0, text=f"Run {r.number}: starting its training process …")
        elif r.running:
            st.progress(min(1.0, max(last["step"] / c.steps, last["seconds"] / c.seconds)),
                        text=f"Run {r.number} training … step {last['step']} of {c.steps}, "
                             f"{last['seconds']:.0f} s of at most {c.seconds:g} s")
        elif r.error:
            st.error(f"The training failed: {md(r.error)}", icon="🚫")
        elif r.record is not None:
            st.success(f"Run {r.number}: {ENDED.get(r.record['ended'], r.record['ended'])} after {last['step']} "
                       f"steps and {last['seconds']:.1f} s.", icon="🏁")
        ex = r.example
        figs = live_figures(r, hist)
        left, right = st.columns(2, gap="large")
        with left:
            if "attention" in c.models and "attention" in last:
                a = last["attention"]
                plot(figs["attention"], "pg_attention")
                st.caption(f"Held-out example: {' '.join(ex['src'])} → {' '.join(ex['tgt'])}. The model wrote "
                           f"**{' '.join(a['example_output'])}**. Alignment error rate (AER) of its strongest link "
                           f"per row against the true alignment, over all {c.held_out} held-out sequences: "
                           f"{a['aer']:.3f} (0 = every row peaks on the right source word).")
            elif "attention" not in c.models:
                st.info("Only the model without attention is training: it has no attention matrix to show — it reads "
                        "one summary vector of the whole source at every step.", icon="ℹ️")
        with right:
            for col, m in zip(st.columns(len(c.models)), c.models):
                row = last.get(m, {})
                col.metric(SHORT[m], f"{100 * row['exact']:.1f} %" if "exact" in row else "–",
                           help=f"{NAMES[m]}: share of the {c.held_out} held-out sequences written entirely right "
                                "(greedy decoding).")
                col.caption("held-out exact" + (f" · loss {row['loss']:.3f}" if "loss" in row else "")
                            + (f" · AER {row['aer']:.3f}" if "aer" in row else ""))
            plot(figs["exact"], "pg_exact")
            plot(figs["loss"], "pg_loss")

    view()


if run is None:
    st.info("Press **▶️ Train** to start. Try reversal at length 8, then at 12 or 16: does the model without "
            "attention keep up?", icon="🏋️")
else:
    live_view(run, run.running)

# ---- comparison --------------------------------------------------------------------------------
runs = state["pg_runs"]
if runs:
    st.header("Compare runs")
    st.caption(f"The last {KEEP} finished runs of this session (Reset forgets them).")
    st.dataframe([run_row(n, rec) for n, rec in runs], hide_index=True, width="stretch")
    plot(charts.playground_runs(runs), "pg_compare")
    cols = st.columns(len(runs))
    for col, (n, rec) in zip(cols, runs):
        last, ex = rec["history"][-1], rec["example"]
        with col:
            if "attention" in last:
                plot(charts.heatmap(last["attention"]["example"], ex["src"], last["attention"]["example_output"],
                                    f"Run {n}: attention at the end", outline=list(enumerate(ex["gold"])),
                                    colorbar=False), f"pg_run_{n}")
            else:
                st.caption(f"Run {n} trained only the model without attention.")

# ---- honesty -----------------------------------------------------------------------------------
st.header("What is the same as the real models, and what is smaller")
real_model = cache.available("attention")
real = None
if real_model is not None:
    net = type(real_model.model)
    real = {**real_model.payload, "network": f"{net.__name__} ({net.__module__})"}
rows = same_and_smaller(cfg or d, real)
st.dataframe(rows, hide_index=True, width="stretch", height=36 * (len(rows) + 1) + 4)
st.caption("The real model is the attention checkpoint of the other pages (its numbers are read from it). A run "
           "trains in a separate process on one thread, at lower priority than the pages; at most "
           f"{cache.TRAININGS} run{'s' * (cache.TRAININGS > 1)} at once on this server, and every run stops after "
           f"{MAX_STEPS} steps or {MAX_SECONDS:g} s whatever the settings.")
st.page_link("pages/alignment.py", label="The real model's attention, on any sentence of the language →", icon="🔀")
