"""The one shared UI helper module: cached model loading, cached derived data, charts, downloads.

Pages call ``model/`` only through here or directly for pure functions; models are loaded once
per process (``st.cache_resource``) and never mutated; derived data is cached with
``st.cache_data`` and returned as plain dicts and lists.
"""

from __future__ import annotations

import io
import json

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import streamlit as st
import torch

from model.checkpoint import CheckpointError, checkpoint_path, rebuild_command
from model.examples import SEED_ENGLISH  # noqa: E402,F401
from model.examples import SEED_SOURCE as SEED_SENTENCE
from model.script import romanize
from model.text import InputError, shorten

HEAT = "Viridis"          # perceptually uniform and readable with colour-vision deficiency
PLOT_CONFIG = {"displaylogo": False, "toImageButtonOptions": {"format": "png", "scale": 2}}
MODEL_LABEL = {"plain": "GRU without attention", "attention": "GRU with additive attention",
               "encoder": "mini self-attention encoder"}


# ---- models ---------------------------------------------------------------------------------
@st.cache_resource(show_spinner="Loading the model …")
def _translator(name: str):
    from model.translate import Translator

    return Translator.load(name)


@st.cache_resource(show_spinner="Loading the encoder …")
def _encoder():
    from model.encoder_eval import EncoderRunner

    return EncoderRunner.load()


def model_or_error(name: str):
    """The loaded model, or ``None`` after showing an error box that names the file and fix."""
    try:
        return _encoder() if name == "encoder" else _translator(name)
    except CheckpointError as err:
        st.error(f"**{MODEL_LABEL[name]} unavailable.** {err}\n\nRebuild: `{rebuild_command(name)}` "
                 f"(writes `{checkpoint_path(name).name}` in `checkpoints/`).", icon="🚫")
        return None


# ---- derived data ---------------------------------------------------------------------------
@st.cache_data(show_spinner=False, max_entries=256)
def translate(name: str, text: str, beam: int = 0) -> dict:
    """Translation as a plain dict, or {"error": message} for unusable input."""
    try:
        tr = _translator(name)
        with torch.inference_mode():
            t = tr.translate(text, beam=beam)
    except InputError as err:
        return {"error": str(err)}
    return {"src": t.src, "raw": t.raw, "unknown": t.unknown,
            "suggestions": {str(k): v for k, v in t.suggestions.items()}, "tgt": t.tgt,
            "attention": t.attention, "topk": t.topk, "notes": t.notes,
            "roman": [romanize(w) if w not in ",.?" else w for w in t.src]}


@st.cache_data(show_spinner=False, max_entries=256)
def reference(text: str) -> dict:
    """The grammar's own translation of ``text`` if it is in the language, else its reason."""
    from model.parser import parse

    try:
        return {"pair": parse(text).pair.to_json()}
    except InputError as err:
        return {"reason": str(err)}


@st.cache_data(show_spinner=False, max_entries=128)
def gradients(name: str, src: tuple[str, ...], tgt: tuple[str, ...]) -> list[list[float]]:
    return _translator(name).gradients(list(src), list(tgt)).tolist()


def encoder_shape() -> tuple[int, int]:
    """(layers, heads) of the trained encoder; (1, 1) when it is missing."""
    try:
        cfg = _encoder().cfg
    except CheckpointError:
        return (1, 1)
    return (cfg.layers, cfg.heads)


def metrics(name: str) -> dict | None:
    try:
        return (_encoder() if name == "encoder" else _translator(name)).payload.get("metrics") or None
    except CheckpointError:
        return None


# ---- input feedback -------------------------------------------------------------------------
def show_input_feedback(result: dict) -> None:
    """Unknown words highlighted with suggestions; tokenizer notes as a caption."""
    unknown = result.get("unknown") or []
    if unknown:
        shown = []
        for i, w in enumerate(result["raw"]):
            shown.append(f":red-background[{_md(shorten(w))}]" if i in unknown else _md(w))
        hints = [f"**{_md(shorten(result['raw'][i]))}** → " + (", ".join(_md(s) for s in result["suggestions"].get(str(i), []))
                 or "no close word") for i in unknown[:8]]
        st.warning("Words outside the model's vocabulary are read as `<unk>` (the rest is still translated): "
                   + " ".join(shown) + "\n\nDid you mean: " + "; ".join(hints), icon="⚠️")
    for note in result.get("notes") or []:
        if "only the first" in note:
            st.warning(f"Too long for the models: {_md(note)}.", icon="✂️")
        else:
            st.caption(f"ℹ️ {_md(note)}")


def _md(text: str) -> str:
    """Escape Markdown so user text is shown, never interpreted."""
    out = str(text)
    for ch in "\\`*_{}[]()#+-.!|<>~$:":
        out = out.replace(ch, "\\" + ch)
    return out


def guard_text(text: str, what: str = "sentence") -> None:
    if not text or not text.strip():
        st.info(f"Type a {what} in the sidebar, or press **🎲 Example**. Try: `{SEED_SENTENCE}`", icon="✍️")
        st.stop()


# ---- charts ---------------------------------------------------------------------------------
def heatmap(z, x: list[str], y: list[str], title: str = "", x_hover: list[str] | None = None,
            zmax: float | None = 1.0, colorscale: str = HEAT, height: int | None = None,
            outline: list[tuple[int, int]] | None = None, zlabel: str = "weight") -> dict:
    """Rows y × columns x as a Plotly figure dict (built without per-object validation, which costs
    more than the rest of a rerun); duplicate tokens stay separate (numeric axes, token tick labels)."""
    z = np.asarray(z, dtype=float)
    xh = x_hover or x
    xcats = [f"{j + 1}: {w}" for j, w in enumerate(xh)]      # unique categories keep duplicate words apart
    ycats = [f"{i + 1}: {w}" for i, w in enumerate(y)]
    trace = {"type": "heatmap", "z": np.where(np.isfinite(z), z, None).tolist(), "x": xcats, "y": ycats,
             "colorscale": colorscale, "zmin": 0, "colorbar": {"title": {"text": zlabel}},
             "hovertemplate": f"%{{y}} → %{{x}}<br>{zlabel}: %{{z:.3f}}<extra></extra>"}
    if zmax is not None:
        trace["zmax"] = zmax
    shapes = [{"type": "rect", "x0": j - 0.5, "x1": j + 0.5, "y0": i - 0.5, "y1": i + 0.5,
               "line": {"color": "#E69F00", "width": 2.5}} for i, j in outline or []]
    top = 40 + 7 * max((len(t) for t in x), default=1)            # room for the slanted labels above
    layout = {"title": {"text": title, "y": 0.99, "yref": "container", "yanchor": "top"},
              "height": height or max(260, 24 * len(y) + top + 60), "shapes": shapes,
              "margin": {"l": 10, "r": 10, "t": top + (30 if title else 0), "b": 10},
              "xaxis": {"type": "category", "tickvals": xcats, "ticktext": list(x), "side": "top", "tickangle": -45},
              "yaxis": {"type": "category", "tickvals": ycats, "ticktext": list(y), "autorange": "reversed"}}
    return {"data": [trace], "layout": layout}


def plot(fig: go.Figure | dict, key: str) -> None:
    st.plotly_chart(fig, width="stretch", config=PLOT_CONFIG, key=key)


def downloads(matrix, rows: list[str], cols: list[str], stem: str, key: str) -> None:
    """CSV and JSON download buttons for a labelled matrix."""
    m = np.asarray(matrix, dtype=float)
    df = pd.DataFrame(m, index=[f"{i}:{r}" for i, r in enumerate(rows)], columns=[f"{j}:{c}" for j, c in enumerate(cols)])
    buf = io.StringIO()
    df.to_csv(buf)
    c1, c2 = st.columns(2)
    c1.download_button("⬇ CSV", buf.getvalue(), file_name=f"{stem}.csv", mime="text/csv", key=f"{key}_csv")
    c2.download_button("⬇ JSON", json.dumps({"rows": rows, "columns": cols, "values": m.round(6).tolist()},
                                            ensure_ascii=False), file_name=f"{stem}.json",
                       mime="application/json", key=f"{key}_json")


@st.cache_data(show_spinner=False, max_entries=256)
def first_step_gradient(name: str, src: tuple[str, ...], first: str) -> list[float]:
    """Gradient norm from the first output word's logit to each source word, relative to the largest."""
    g = _translator(name).gradients(list(src), [first], steps=1)[0]
    return (g / g.max().clamp(min=1e-12)).tolist()


def beam_width() -> int:
    return 4 if st.session_state.get("decoding") == "beam 4" else 0


def marked_tokens(hyp: list[str], ref: list[str] | None) -> str:
    """Markdown of the output tokens; with a reference, wrong positions are highlighted."""
    out = []
    for i, w in enumerate(hyp):
        ok = ref is None or (i < len(ref) and ref[i] == w)
        out.append(_md(w) if ok else f":red-background[{_md(w)}]")
    return " ".join(out)


def length_chart(series: dict[str, list[dict]], key: str, label: str, max_train: int, scale: float = 100.0,
                 colors: dict | None = None) -> go.Figure:
    """Metric against source length with 95 % bands; the training range shaded."""
    colors = colors or {"GRU without attention": "#D55E00", "GRU with additive attention": "#0072B2"}
    fig = go.Figure()
    fig.add_vrect(x0=2.5, x1=max_train + 0.5, fillcolor="#999999", opacity=0.12, line_width=0,
                  annotation_text="training lengths", annotation_position="top left")
    for name, rows in series.items():
        x = [(r["lo"] + r["hi"]) / 2 for r in rows]
        y = [scale * r[key] for r in rows]
        lo = [scale * r[key + "_ci"][0] for r in rows]
        hi = [scale * r[key + "_ci"][1] for r in rows]
        c = colors.get(name, "#009E73")
        fig.add_trace(go.Scatter(x=x + x[::-1], y=hi + lo[::-1], fill="toself", fillcolor=c, opacity=0.18,
                                 line={"width": 0}, hoverinfo="skip", showlegend=False))
        fig.add_trace(go.Scatter(x=x, y=y, name=name, mode="lines+markers", line={"color": c},
                                 customdata=[[r["lo"], r["hi"], r["n"], a, b] for r, a, b in zip(rows, lo, hi)],
                                 hovertemplate="length %{customdata[0]}–%{customdata[1]} (n=%{customdata[2]})"
                                               f"<br>{label}: " + "%{y:.1f} [%{customdata[3]:.1f}, %{customdata[4]:.1f}]"
                                               "<extra>%{fullData.name}</extra>"))
    fig.update_layout(xaxis_title="source length (tokens)", yaxis_title=label, height=380,
                      legend={"orientation": "h", "y": -0.25}, margin={"t": 30, "l": 10, "r": 10})
    return fig


@st.cache_data(show_spinner=False, max_entries=128)
def forced_attention(src: tuple[str, ...], tgt: tuple[str, ...]) -> list[list[float]]:
    """Attention of the attention model while reading the given translation (teacher forcing)."""
    return _translator("attention").forced_attention([list(src)], [list(tgt)])[0].tolist()


@st.cache_data(show_spinner=False, max_entries=512)
def next_tokens(src: tuple[str, ...], prefix: tuple[str, ...], row: tuple[float, ...] | None, k: int = 8):
    return _translator("attention").next_token(list(src), list(prefix), list(row) if row is not None else None, k)


@st.cache_data(show_spinner="Computing gradient saliency …", max_entries=64)
def saliency(src: tuple[str, ...], tgt: tuple[str, ...]) -> list[list[float]]:
    """Row-normalised gradient saliency (T, S) of the attention model's translation."""
    g = _translator("attention").gradients(list(src), list(tgt))
    return (g / g.sum(1, keepdim=True).clamp(min=1e-12)).tolist()


# ---- encoder ---------------------------------------------------------------------------------
@st.cache_data(show_spinner=False, max_entries=256)
def encode_text(text: str) -> dict:
    """Tokens, unknown positions and suggestions for English text, or {"error": …}."""
    try:
        tokens, unknown, sugg, notes = _encoder().tokens(text)
    except InputError as err:
        return {"error": str(err)}
    return {"tokens": tokens, "raw": tokens, "unknown": unknown, "notes": notes,
            "suggestions": {str(k): v for k, v in sugg.items()}}


@st.cache_data(show_spinner=False, max_entries=256)
def encoder_attention(tokens: tuple[str, ...], causal: bool, off: tuple[tuple[int, int], ...] = ()) -> np.ndarray:
    return _encoder().attention(list(tokens), causal, _head_mask(off))


@st.cache_data(show_spinner=False, max_entries=256)
def fill_each(tokens: tuple[str, ...], causal: bool, off: tuple[tuple[int, int], ...] = ()) -> list:
    return _encoder().fill_each(list(tokens), _head_mask(off), causal)


def _head_mask(off):
    if not off:
        return None
    cfg = _encoder().cfg
    m = torch.ones(cfg.layers, cfg.heads)
    for layer, head in off:
        m[layer, head] = 0
    return m


# ---- toys -------------------------------------------------------------------------------------
def matrix_editor(default: np.ndarray, key: str, name: str, rows: list[str], cols: list[str]) -> np.ndarray:
    """An editable numeric matrix. Bad cells (empty, NaN, ±inf, absurd) → a clear message and
    the last valid matrix is kept, so the toy never throws."""
    from model.toys import ToyInputError, check_matrix

    df = pd.DataFrame(np.asarray(default, dtype=float), index=rows, columns=cols)
    edited = st.data_editor(df, key=key, width="stretch",
                            column_config={c: st.column_config.NumberColumn(format="%.3f") for c in cols})
    try:
        value = check_matrix(edited.apply(pd.to_numeric, errors="coerce").to_numpy(dtype=float), name,
                             tuple(np.shape(default)))
    except ToyInputError as err:
        st.error(f"{err} — keeping the last valid values.", icon="🚫")
        return np.asarray(st.session_state.get(f"{key}__valid", default), dtype=float)
    st.session_state[f"{key}__valid"] = value
    return value


def toy_badge() -> None:
    st.caption("🧸 **Toy** — hand-made numbers and exact math (numpy), not a trained model.")


def ensure_navigation() -> None:
    """Make a deep link work on a fresh server. Until ``app.py`` has run once, Streamlit treats a
    project with a ``pages/`` folder as a v1 multipage app and runs ``pages/<name>.py`` on its own
    for ``/<name>`` (without the shared sidebar). Streamlit flips this process-wide flag itself the
    first time ``app.py`` calls ``st.navigation``; flipping it here and rerunning routes the very
    first visitor through ``app.py`` too."""
    from streamlit.runtime.pages_manager import PagesManager

    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        st.rerun()
