"""Plotly figure builders: arrays and labels in, figure (dict or ``go.Figure``) out; never a model.

Pages get them through ``ui.cache.figure(kind, …)``, which builds each figure once per input. Heatmaps
are built as plain dicts (validated once, when the cache turns them into a ``go.Figure``); numeric
arrays stay numpy, which Plotly copies and sends as typed arrays instead of one JSON number each.
"""

from __future__ import annotations

import numpy as np
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from model.evaluation.claims import head_label
from model.registry import COLOURS, TITLES

HEAT = "Viridis"          # perceptually uniform and readable with colour-vision deficiency
DIVERGING = "RdBu"        # for values of either sign, centred at 0 (red negative, blue positive)
# The app's self-hosted Noto Sans Tamil first (.streamlit/config.toml [[theme.fontFaces]]: Tamil block only),
# so Tamil labels never depend on the visitor's fonts (with only a Latin font named, Chromium drew பி, வா …
# as empty boxes); Latin text falls through to Streamlit's own "Source Sans"; system Tamil fonts last
# (a PNG export draws the SVG without the page's web fonts).
FONT_FAMILY = ("'Lab Noto Sans Tamil', 'Source Sans', 'Noto Sans Tamil', 'Tamil Sangam MN', Latha, 'Nirmala UI', "
               "sans-serif")
MODEL_COLORS = {TITLES[n]: COLOURS[n] for n in TITLES}   # traces are named by the model's title


def heatmap(z, x: list[str], y: list[str], title: str = "", x_hover: list[str] | None = None,
            zmax: float | None = 1.0, colorscale: str = HEAT, height: int | None = None,
            outline: list[tuple[int, int]] | None = None, zlabel: str = "weight", signed: bool = False,
            cell_text: bool = False, colorbar: bool = True, width_px: float | None = None) -> dict:
    """Rows y × columns x; duplicate tokens stay separate (numbered categories, word tick labels);
    ``outline`` draws boxes around (row, column) cells. ``signed`` values get a diverging scale
    centred at 0 (symmetric range); ``cell_text`` writes each value in its cell; without ``colorbar``
    (a 0/1 matrix) the plot gets the colour bar's width. ``width_px``: the plot area's expected width
    on a desktop (``plot_width``) — every column keeps its label while they fit side by side and rows
    get about the columns' width (square-ish cells); ``None`` (a phone, a narrow column) thins the
    labels to ``MAX_COLUMN_LABELS``."""
    z = np.asarray(z, dtype=float)
    if z.shape != (len(y), len(x)):
        raise ValueError(f"heatmap: z has shape {z.shape}, labels give {(len(y), len(x))}")
    xh = x_hover or x
    xcats = [f"{j + 1}: {w}" for j, w in enumerate(xh)]      # unique categories keep duplicate words apart
    ycats = [f"{i + 1}: {w}" for i, w in enumerate(y)]
    trace = {"type": "heatmap", "z": np.where(np.isfinite(z), z, np.nan), "x": xcats, "y": ycats,
             "colorscale": colorscale, "zmin": 0, "colorbar": {"title": {"text": zlabel}, "thickness": 14},   # narrow: phones
             "showscale": colorbar,
             "hovertemplate": f"%{{y}} → %{{x}}<br>{zlabel}: %{{z:.3f}}<extra></extra>"}
    if signed:
        finite = np.abs(z[np.isfinite(z)])
        bound = float(finite.max()) if finite.size and finite.max() > 0 else 1.0
        trace.update(colorscale=DIVERGING, zmin=-bound, zmax=bound, zmid=0.0)
    elif zmax is not None:
        trace["zmax"] = zmax
    if cell_text:
        trace.update(text=[[("" if not np.isfinite(v) else f"{v:.2f}") for v in row] for row in z],
                     texttemplate="%{text}", textfont={"size": 11})
    shapes = [{"type": "rect", "x0": j - 0.5, "x1": j + 0.5, "y0": i - 0.5, "y1": i + 0.5,
               "line": {"color": "#E69F00", "width": 2.5}} for i, j in outline or []]
    xvals, xtext = tick_labels(xcats, list(x), limit=column_labels(width_px))
    yvals, ytext = tick_labels(ycats, list(y), limit=MAX_ROW_LABELS)
    top = 30 + 7 * max((len(t) for t in xtext), default=1)        # room for the upright labels above
    row_px = ROW_PX if width_px is None else min(MAX_ROW_PX, max(ROW_PX, width_px / max(len(x), 1)))
    layout = {"title": {"text": title, "y": 0.99, "yref": "container", "yanchor": "top"},
              "font": {"family": FONT_FAMILY},
              "height": height or max(260, round(row_px * len(y)) + top + 60), "shapes": shapes,
              "margin": {"l": 10, "r": 10, "t": top + (30 if title else 0), "b": 10},
              "xaxis": {"type": "category", "tickvals": xvals, "ticktext": xtext, "side": "top", "tickangle": -90,
                        "tickfont": {"size": 12}, "automargin": True},     # long Tamil words are never cut
              "yaxis": {"type": "category", "tickvals": yvals, "ticktext": ytext, "autorange": "reversed",
                        "tickfont": {"size": 12}}}
    return {"data": [trace], "layout": layout}


MAX_COLUMN_LABELS = 10        # the narrowest heatmap plot area (a phone, with row labels and colour bar beside
                              # it) is ≈ 165 px: ten upright 14-px labels fit, twenty overlapped at 60 tokens
MAX_ROW_LABELS = 60           # rows get 22 px each, so every row keeps its label
ROW_PX, MAX_ROW_PX = 22, 40   # row height: at least a label's, at most this for square-ish cells
LABEL_PX = 18                 # a rotated 12-px tick label (Tamil or Latin line box) is ≈ 17 px thick
PAGE_PLOT_PX = 800            # plot area of a chart as wide as the page on a 1440-px desktop with the
                              # sidebar open (row labels and colour bar beside it; 802 px measured): 44 labels fit


def plot_width(share: float = 1.0, phone: bool = False) -> float | None:
    """Expected plot-area width in px of a chart taking ``share`` of the page's width on a desktop;
    ``None`` on a phone (the narrow defaults apply)."""
    return None if phone else share * PAGE_PLOT_PX


def column_labels(width_px: float | None) -> int:
    """How many upright column labels fit side by side in a plot area ``width_px`` wide."""
    return MAX_COLUMN_LABELS if width_px is None else max(MAX_COLUMN_LABELS, int(width_px // LABEL_PX))


def tick_labels(categories: list[str], words: list[str], limit: int = MAX_COLUMN_LABELS) -> tuple[list, list]:
    """Tick positions and texts: every word while they fit; past ``limit``, every k-th one, numbered
    ("12 அந்த"), so labels never overlap — the hover still names every cell."""
    if len(words) <= limit:
        return categories, words
    step = -(-len(words) // limit)
    keep = range(0, len(words), step)
    return [categories[i] for i in keep], [f"{i + 1} {words[i]}" for i in keep]


def length_chart(series: dict[str, list[dict]], key: str, label: str, max_train: int, scale: float = 100.0,
                 colors: dict | None = None) -> go.Figure:
    """Metric against source length with 95 % bands (rows carry lo, hi, n, key and key_ci);
    the training range shaded."""
    colors = colors or MODEL_COLORS
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
    fig.update_layout(font={"family": FONT_FAMILY}, xaxis_title="source length (tokens)", yaxis_title=label, height=380,
                      legend={"orientation": "h", "y": -0.25}, margin={"t": 30, "l": 10, "r": 10})
    return _styled(fig)


def head_grid(att: np.ndarray, tokens: list[str], off: tuple[tuple[int, int], ...] = (),
              heads: tuple[int, ...] | None = None) -> dict:
    """All layers × ``heads`` (default: every head) of ``att`` (L, H, T, T) as small multiples;
    switched-off heads marked. A page shows a few heads per figure so that columns can stack on a
    phone instead of squeezing eight maps into one row."""
    L = att.shape[0]
    cols = list(range(att.shape[1]) if heads is None else heads)
    H = len(cols)
    titles = [head_label(a, b) + (" (off)" if (a, b) in off else "") for a in range(L) for b in cols]
    layout = make_subplots(rows=L, cols=H, horizontal_spacing=0.06, vertical_spacing=0.05,
                           subplot_titles=titles).layout.to_plotly_json()
    for note in layout["annotations"]:
        note["font"] = {"size": 12}
    cats = [f"{i + 1}: {t}" for i, t in enumerate(tokens)]
    data = []
    for a in range(L):
        for c, b in enumerate(cols):
            k = a * H + c + 1
            data.append({"type": "heatmap", "z": np.asarray(att[a, b], dtype=np.float32), "zmin": 0, "zmax": 1,
                         "colorscale": HEAT, "showscale": False, "xaxis": f"x{k}", "yaxis": f"y{k}", "x": cats,
                         "y": cats, "hovertemplate": f"%{{y}} → %{{x}}: %{{z:.3f}}<extra>{head_label(a, b)}</extra>"})
            layout[f"xaxis{k}" if k > 1 else "xaxis"].update(showticklabels=False, constrain="domain")
            layout[f"yaxis{k}" if k > 1 else "yaxis"].update(showticklabels=False, autorange="reversed",
                                                             scaleanchor=f"x{k}" if k > 1 else "x",
                                                             constrain="domain")     # square maps, not slivers
    layout.update(height=(150 if H <= 2 else 230) * L + 40, margin={"t": 40, "l": 10, "r": 10, "b": 10}, font={"family": FONT_FAMILY})
    return {"data": data, "layout": layout}


def log_ticks(lo: float, hi: float) -> list[float]:
    """Tick values for a log axis from ``lo`` to ``hi`` written as plain decimals (1, 2, 5 per power
    of ten: 0.2, 0.5, 1, 2 …), instead of Plotly's small digits 2 … 9 between powers that read as
    values of their own."""
    if not (lo > 0 and hi >= lo):
        return []
    out = []
    for e in range(int(np.floor(np.log10(lo))), int(np.ceil(np.log10(hi))) + 1):
        out += [float(f"{m * 10.0 ** e:.10g}") for m in (1, 2, 5)]
    return out                                    # Plotly draws those inside the axis range


def _styled(fig: go.Figure) -> go.Figure:
    """The Tamil-first font stack on a figure built here."""
    fig.update_layout(font={"family": FONT_FAMILY})
    return fig


def word_axis(fig: go.Figure, words: list[str], width_px: float | None = None) -> go.Figure:
    """Label a numbered x axis (0 … n−1) with words, thinned so labels never overlap (``width_px``:
    the plot's expected width on a desktop, see ``heatmap``)."""
    vals, text = tick_labels(list(range(len(words))), list(words), limit=column_labels(width_px))
    fig.update_xaxes(tickvals=vals, ticktext=text, tickangle=-90)
    return _styled(fig)


def line_chart(series: list[dict], title: str = "", x_title: str = "", y_title: str = "", height: int = 340,
               log_x: bool = False, log_y: bool = False, y_range: list[float] | None = None,
               x_ticks: list[float] | None = None, y_ticks: list[float] | None = None) -> go.Figure:
    """Lines from arrays: each series is ``{"name", "x", "y"}`` with optional ``"color"``, ``"dash"`` and
    ``"markers"`` (default True). Log axes and explicit ticks as asked; the legend under the plot."""
    fig = go.Figure([go.Scatter(x=list(s["x"]), y=np.asarray(s["y"], dtype=float), name=s["name"],
                                mode="lines+markers" if s.get("markers", True) else "lines",
                                line={k: v for k, v in (("color", s.get("color")), ("dash", s.get("dash"))) if v})
                     for s in series])
    fig.update_layout(title=title or None, xaxis_title=x_title, yaxis_title=y_title, height=height,
                      legend={"orientation": "h", "y": -0.3})
    if log_x:
        fig.update_xaxes(type="log")
    if log_y:
        fig.update_yaxes(type="log")
    if y_range:
        fig.update_yaxes(range=y_range)
    if x_ticks:
        fig.update_xaxes(tickvals=list(x_ticks))
    if y_ticks:
        fig.update_yaxes(tickvals=list(y_ticks), ticktext=[f"{v:g}" for v in y_ticks])
    return _styled(fig)


def grouped_bars(series: list[dict], x: list | None = None, x_title: str = "", y_title: str = "",
                 height: int = 300) -> go.Figure:
    """Bars side by side: each series is ``{"name", "y"}`` with optional ``"color"``."""
    fig = go.Figure([go.Bar(x=x, y=np.asarray(s["y"], dtype=float), name=s["name"], marker_color=s.get("color"))
                     for s in series])
    fig.update_layout(barmode="group", xaxis_title=x_title, yaxis_title=y_title, height=height,
                      legend={"orientation": "h", "y": -0.3})
    return _styled(fig)


def model_bars(values: dict[str, list[float]], x: list, x_title: str, y_title: str, height: int = 320,
               words: list[str] | None = None) -> go.Figure:
    """Grouped bars, one series per model (``values`` keyed by model name, titled and coloured from the
    registry). With ``words`` the x axis is a numbered word axis and the hover names the word."""
    hover = {"customdata": words, "hovertemplate": "%{customdata}: %{y:.0f} %<extra></extra>"} if words else {}
    fig = go.Figure([go.Bar(x=x, y=np.asarray(v, dtype=float), name=TITLES[n], marker_color=COLOURS[n], **hover)
                     for n, v in values.items()])
    fig.update_layout(barmode="group", xaxis_title=x_title, yaxis_title=y_title, height=height, margin={"t": 20},
                      legend={"orientation": "h", "y": -0.35})
    return word_axis(fig, words) if words else _styled(fig)


def word_bars(values, words: list[str], hover: list[str], title: str = "", color: str = "#0072B2",
              yaxis_title: str = "", y_range: list[float] | None = None, height: int = 330,
              value_hover: str = "%{y:.3f}") -> go.Figure:
    """One bar per word (numbered x positions, the words as tick labels)."""
    fig = go.Figure(go.Bar(x=list(range(len(words))), y=np.asarray(values, dtype=float), marker_color=color,
                           customdata=hover, hovertemplate=f"%{{customdata}}<br>{value_hover}<extra></extra>"))
    word_axis(fig, words)
    fig.update_layout(title=title, yaxis_title=yaxis_title, height=height, margin={"t": 50 if title else 10},
                      font={"family": FONT_FAMILY})
    if y_range is not None:
        fig.update_layout(yaxis_range=y_range)
    return _styled(fig)


def topk_bars(top: list[tuple[str, float]], title: str) -> go.Figure:
    """Horizontal bars of the most likely next words, the likeliest on top."""
    fig = go.Figure(go.Bar(x=[p for _, p in top][::-1], y=[w for w, _ in top][::-1], orientation="h",
                           marker_color="#009E73", hovertemplate="%{y}: %{x:.3f}<extra></extra>"))
    fig.update_layout(title=title, xaxis_title="probability", height=330, margin={"t": 50})
    return _styled(fig)


def compare_bars(words: list[str], orig: dict[str, float], edit: dict[str, float]) -> go.Figure:
    """Next-word probabilities with the model's own attention row beside the learner's row."""
    fig = go.Figure([go.Bar(name="model's own attention", x=words, y=[orig.get(w, 0) for w in words],
                            marker_color="#0072B2"),
                     go.Bar(name="your attention row", x=words, y=[edit.get(w, 0) for w in words],
                            marker_color="#E69F00")])
    fig.update_layout(barmode="group", yaxis_title="next-word probability", height=320, margin={"t": 20},
                      legend={"orientation": "h", "y": -0.3})
    return _styled(fig)


def token_heads(rows: np.ndarray, tokens: list[str], tok: int, labels: list[str],
                width_px: float | None = None) -> go.Figure:
    """Where one word looks in every head: rows (heads, T)."""
    T = len(tokens)
    fig = go.Figure(go.Heatmap(z=rows, x=list(range(T)), y=labels, zmin=0, zmax=1, colorscale=HEAT,
                               text=[[f"{labels[r]}: {tokens[tok]} → {tokens[j]} {rows[r, j]:.3f}" for j in range(T)]
                                     for r in range(len(labels))], hoverinfo="text"))
    word_axis(fig, tokens, width_px)
    fig.update_xaxes(side="top", automargin=True)
    fig.update_yaxes(autorange="reversed")
    fig.update_layout(height=28 * len(labels) + 120, margin={"t": 80, "l": 10, "r": 10, "b": 10})
    return _styled(fig)


def ablation_heat(drop: np.ndarray) -> go.Figure:
    """Points of masked-word accuracy lost with each head off: (layers, heads)."""
    fig = go.Figure(go.Heatmap(z=drop, x=[f"H{b + 1}" for b in range(drop.shape[1])],
                               y=[f"L{a + 1}" for a in range(drop.shape[0])], colorscale="Cividis",
                               text=[[f"accuracy falls {v:.1f} points" for v in r] for r in drop],
                               hoverinfo="text", colorbar={"title": "points lost"}))
    fig.update_yaxes(autorange="reversed")
    fig.update_layout(height=260, margin={"t": 10})
    return _styled(fig)


def loss_curves(history: list[dict]) -> go.Figure:
    """Training (and validation) loss per epoch, log scale."""
    epochs = [h["epoch"] for h in history]
    fig = go.Figure()
    fig.add_trace(go.Scatter(x=epochs, y=[h["train_loss"] for h in history], name="training loss",
                             mode="lines+markers"))
    if history and "valid_loss" in history[0]:
        fig.add_trace(go.Scatter(x=epochs, y=[h["valid_loss"] for h in history], name="validation loss",
                                 mode="lines+markers"))
    fig.update_layout(title="Loss", xaxis_title="epoch", yaxis_type="log", height=300, margin={"t": 40})
    losses = [v for h in history for k in ("train_loss", "valid_loss") if (v := h.get(k)) and v > 0]
    if losses:                                     # 0.5, 1, 2 rather than Plotly's bare "5" under "1"
        ticks = log_ticks(min(losses), max(losses))
        fig.update_yaxes(tickvals=ticks, ticktext=[f"{v:g}" for v in ticks])
    return _styled(fig)


def validation_curve(history: list[dict]) -> go.Figure:
    """Validation exact match (seq2seq) or masked-word accuracy (encoder) per epoch, in %."""
    col = "valid_exact" if history and "valid_exact" in history[0] else "valid_masked_accuracy"
    fig = go.Figure(go.Scatter(x=[h["epoch"] for h in history], y=[100 * h[col] for h in history],
                               mode="lines+markers", line={"color": "#009E73"}))
    fig.update_layout(title="Validation " + ("exact match %" if col == "valid_exact" else "masked-word accuracy %"),
                      xaxis_title="epoch", height=300, margin={"t": 40})
    return _styled(fig)


# ---- "Train your own" playground (live runs: built per refresh, never cached) ----------------
PLAYGROUND_MODELS = {"attention": "GRU with additive attention", "plain": "GRU without attention"}


def playground_curve(history: list[dict], key: str, label: str, steps: int, scale: float = 1.0,
                     log: bool = False, height: int = 280) -> go.Figure:
    """One metric of a live run (``row[model][key]``) against the training step, a line per model; the x
    axis spans the whole run from the start, so the chart does not rescale while it grows (a log y axis
    spans at least 0.01 … 3)."""
    fig = go.Figure()
    for m, name in PLAYGROUND_MODELS.items():
        rows = [r for r in history if key in r.get(m, {})]
        if rows:
            fig.add_trace(go.Scatter(x=[r["step"] for r in rows], y=[scale * r[m][key] for r in rows], name=name,
                                     mode="lines+markers", marker={"size": 4}, line={"color": MODEL_COLORS[name]},
                                     hovertemplate=f"step %{{x}}<br>{label}: %{{y:.3g}}<extra>{name}</extra>"))
    fig.update_layout(xaxis={"title": "training step", "range": [0, max(1, steps)]}, yaxis_title=label,
                      height=height, margin={"t": 30, "l": 10, "r": 10, "b": 10}, showlegend=True,
                      legend={"orientation": "h", "y": 1.0, "yanchor": "bottom"})
    if log:                                   # whole decades from ≤ 0.01 up, so the ticks stay readable and still
        values = [scale * r[m][key] for r in history for m in PLAYGROUND_MODELS if key in r.get(m, {})]
        finite = [v for v in values if np.isfinite(v) and v > 0]
        lo, hi = min(finite + [0.01]), max(finite + [3.0])
        fig.update_yaxes(type="log", dtick=1, tickformat=".2~g", range=[np.log10(lo) - 0.1, np.log10(hi) + 0.1])
    elif scale == 100.0:
        fig.update_yaxes(range=[0, 101])
    return _styled(fig)


def playground_runs(runs: list[tuple[int, dict]], height: int = 320) -> go.Figure:
    """Held-out exact match against step for kept runs (number, record): a colour per model, a dash per run."""
    dashes = ("solid", "dash", "dot", "dashdot")
    fig = go.Figure()
    for k, (number, record) in enumerate(runs):
        for m, name in PLAYGROUND_MODELS.items():
            rows = [r for r in record["history"] if m in r]
            if rows:
                fig.add_trace(go.Scatter(x=[r["step"] for r in rows], y=[100 * r[m]["exact"] for r in rows],
                                         name=f"run {number}: {name}", mode="lines",
                                         line={"color": MODEL_COLORS[name], "dash": dashes[k % len(dashes)]}))
    fig.update_layout(xaxis_title="training step", yaxis={"title": "held-out exact %", "range": [0, 101]},
                      height=height, margin={"t": 10, "l": 10, "r": 10, "b": 10}, legend={"orientation": "h", "y": -0.3})
    return _styled(fig)
