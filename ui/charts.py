"""Plotly figure builders: arrays and labels in, figure (dict or ``go.Figure``) out; never a model.

Pages get them through ``ui.cache.figure(kind, …)``, which builds each figure once per input. Heatmaps
are built as plain dicts (validated once, when the cache turns them into a ``go.Figure``); numeric
arrays stay numpy, which Plotly copies and sends as typed arrays instead of one JSON number each.
"""

from __future__ import annotations

import numpy as np
import plotly.graph_objects as go
from plotly.subplots import make_subplots

HEAT = "Viridis"          # perceptually uniform and readable with colour-vision deficiency
MODEL_COLORS = {"GRU without attention": "#D55E00", "GRU with additive attention": "#0072B2"}


def heatmap(z, x: list[str], y: list[str], title: str = "", x_hover: list[str] | None = None,
            zmax: float | None = 1.0, colorscale: str = HEAT, height: int | None = None,
            outline: list[tuple[int, int]] | None = None, zlabel: str = "weight") -> dict:
    """Rows y × columns x; duplicate tokens stay separate (numbered categories, word tick labels);
    ``outline`` draws boxes around (row, column) cells."""
    z = np.asarray(z, dtype=float)
    if z.shape != (len(y), len(x)):
        raise ValueError(f"heatmap: z has shape {z.shape}, labels give {(len(y), len(x))}")
    xh = x_hover or x
    xcats = [f"{j + 1}: {w}" for j, w in enumerate(xh)]      # unique categories keep duplicate words apart
    ycats = [f"{i + 1}: {w}" for i, w in enumerate(y)]
    trace = {"type": "heatmap", "z": np.where(np.isfinite(z), z, np.nan), "x": xcats, "y": ycats,
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
    fig.update_layout(xaxis_title="source length (tokens)", yaxis_title=label, height=380,
                      legend={"orientation": "h", "y": -0.25}, margin={"t": 30, "l": 10, "r": 10})
    return fig


def head_grid(att: np.ndarray, tokens: list[str], off: tuple[tuple[int, int], ...] = ()) -> dict:
    """All layers × heads of ``att`` (L, H, T, T) as small multiples; switched-off heads marked."""
    L, H = att.shape[0], att.shape[1]
    titles = [f"L{a + 1} H{b + 1}" + (" (off)" if (a, b) in off else "") for a in range(L) for b in range(H)]
    layout = make_subplots(rows=L, cols=H, horizontal_spacing=0.02, vertical_spacing=0.04,
                           subplot_titles=titles).layout.to_plotly_json()
    cats = [f"{i + 1}: {t}" for i, t in enumerate(tokens)]
    data = []
    for a in range(L):
        for b in range(H):
            k = a * H + b + 1
            data.append({"type": "heatmap", "z": np.asarray(att[a, b], dtype=np.float32), "zmin": 0, "zmax": 1,
                         "colorscale": HEAT, "showscale": k == 1, "xaxis": f"x{k}", "yaxis": f"y{k}", "x": cats,
                         "y": cats, "hovertemplate": f"%{{y}} → %{{x}}: %{{z:.3f}}<extra>L{a + 1}H{b + 1}</extra>"})
            layout[f"xaxis{k}" if k > 1 else "xaxis"].update(showticklabels=False)
            layout[f"yaxis{k}" if k > 1 else "yaxis"].update(showticklabels=False, autorange="reversed")
    layout.update(height=230 * L + 40, margin={"t": 40, "l": 10, "r": 10, "b": 10})
    return {"data": data, "layout": layout}


def word_bars(values, words: list[str], hover: list[str], title: str = "", color: str = "#0072B2",
              yaxis_title: str = "", y_range: list[float] | None = None, height: int = 330,
              value_hover: str = "%{y:.3f}") -> go.Figure:
    """One bar per word (numbered x positions, the words as tick labels)."""
    fig = go.Figure(go.Bar(x=list(range(len(words))), y=np.asarray(values, dtype=float), marker_color=color,
                           customdata=hover, hovertemplate=f"%{{customdata}}<br>{value_hover}<extra></extra>"))
    fig.update_xaxes(tickvals=list(range(len(words))), ticktext=words, tickangle=-45)
    fig.update_layout(title=title, yaxis_title=yaxis_title, height=height, margin={"t": 50 if title else 10})
    if y_range is not None:
        fig.update_layout(yaxis_range=y_range)
    return fig


def topk_bars(top: list[tuple[str, float]], title: str) -> go.Figure:
    """Horizontal bars of the most likely next words, the likeliest on top."""
    fig = go.Figure(go.Bar(x=[p for _, p in top][::-1], y=[w for w, _ in top][::-1], orientation="h",
                           marker_color="#009E73", hovertemplate="%{y}: %{x:.3f}<extra></extra>"))
    fig.update_layout(title=title, xaxis_title="probability", height=330, margin={"t": 50})
    return fig


def compare_bars(words: list[str], orig: dict[str, float], edit: dict[str, float]) -> go.Figure:
    """Next-word probabilities with the model's own attention row beside the learner's row."""
    fig = go.Figure([go.Bar(name="model's own attention", x=words, y=[orig.get(w, 0) for w in words],
                            marker_color="#0072B2"),
                     go.Bar(name="your attention row", x=words, y=[edit.get(w, 0) for w in words],
                            marker_color="#E69F00")])
    fig.update_layout(barmode="group", yaxis_title="next-word probability", height=320, margin={"t": 20},
                      legend={"orientation": "h", "y": -0.3})
    return fig


def gradient_bars(rows: dict[str, list[float]], names: dict[str, str], src: list[str], roman: list[str]) -> go.Figure:
    """Relative first-step gradient per source word, one bar group per model."""
    fig = go.Figure()
    for name, g in rows.items():
        fig.add_trace(go.Bar(x=list(range(len(g))), y=g, name=names[name],
                             marker_color="#D55E00" if name == "plain" else "#0072B2",
                             customdata=[f"{w} ({r})" for w, r in zip(src, roman)],
                             hovertemplate="%{customdata}<br>relative gradient %{y:.3f}<extra></extra>"))
    fig.update_xaxes(tickvals=list(range(len(src))), ticktext=src, tickangle=-45)
    fig.update_layout(barmode="group", yaxis_title="relative gradient", height=360, margin={"t": 20},
                      legend={"orientation": "h", "y": -0.35})
    return fig


def position_curves(buckets: list[dict], title: str) -> go.Figure:
    """Mean relative gradient against source position, one line per (every other) length bucket."""
    fig = go.Figure()
    for b in buckets[1::2]:
        fig.add_trace(go.Scatter(y=b["mean_relative"], mode="lines", name=f"length {b['lo']}–{b['hi']}",
                                 hovertemplate="position %{x}<br>mean relative gradient %{y:.3f}"
                                               "<extra>%{fullData.name}</extra>"))
    fig.update_layout(title=title, xaxis_title="source position", yaxis_title="mean relative gradient",
                      yaxis_range=[0, 1.05], height=340, margin={"t": 40})
    return fig


def first_word_curves(series: dict[str, list[dict]], names: dict[str, str]) -> go.Figure:
    """The first word's gradient relative to the best word's, against length, per model."""
    fig = go.Figure()
    for name, buckets in series.items():
        fig.add_trace(go.Scatter(x=[(b["lo"] + b["hi"]) / 2 for b in buckets], y=[b["first_word"] for b in buckets],
                                 name=names[name], mode="lines+markers",
                                 line={"color": "#D55E00" if name == "plain" else "#0072B2"}))
    fig.update_layout(xaxis_title="source length", yaxis_title="first word's gradient ÷ best word's", height=320,
                      margin={"t": 20}, legend={"orientation": "h", "y": -0.3})
    return fig


def token_heads(rows: np.ndarray, tokens: list[str], tok: int, labels: list[str]) -> go.Figure:
    """Where one word looks in every head: rows (heads, T)."""
    T = len(tokens)
    fig = go.Figure(go.Heatmap(z=rows, x=list(range(T)), y=labels, zmin=0, zmax=1, colorscale=HEAT,
                               text=[[f"{labels[r]}: {tokens[tok]} → {tokens[j]} {rows[r, j]:.3f}" for j in range(T)]
                                     for r in range(len(labels))], hoverinfo="text"))
    fig.update_xaxes(tickvals=list(range(T)), ticktext=tokens, tickangle=-45, side="top")
    fig.update_yaxes(autorange="reversed")
    fig.update_layout(height=28 * len(labels) + 120, margin={"t": 80, "l": 10, "r": 10, "b": 10})
    return fig


def ablation_heat(drop: np.ndarray) -> go.Figure:
    """Points of masked-word accuracy lost with each head off: (layers, heads)."""
    fig = go.Figure(go.Heatmap(z=drop, x=[f"H{b + 1}" for b in range(drop.shape[1])],
                               y=[f"L{a + 1}" for a in range(drop.shape[0])], colorscale="Cividis",
                               text=[[f"accuracy falls {v:.1f} points" for v in r] for r in drop],
                               hoverinfo="text", colorbar={"title": "points lost"}))
    fig.update_yaxes(autorange="reversed")
    fig.update_layout(height=260, margin={"t": 10})
    return fig


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
    return fig


def validation_curve(history: list[dict]) -> go.Figure:
    """Validation exact match (seq2seq) or masked-word accuracy (encoder) per epoch, in %."""
    col = "valid_exact" if history and "valid_exact" in history[0] else "valid_masked_accuracy"
    fig = go.Figure(go.Scatter(x=[h["epoch"] for h in history], y=[100 * h[col] for h in history],
                               mode="lines+markers", line={"color": "#009E73"}))
    fig.update_layout(title="Validation " + ("exact match %" if col == "valid_exact" else "masked-word accuracy %"),
                      xaxis_title="epoch", height=300, margin={"t": 40})
    return fig
