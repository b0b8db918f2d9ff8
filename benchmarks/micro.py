"""``python -m benchmarks.micro``: the small measurements behind the README's choices — what
``st.plotly_chart`` costs per input type, saliency by three methods, and torch with one or two threads.
Prints figures, asserts nothing."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import numpy as np

from benchmarks.common import summary, timed


def figure_paths() -> list[tuple]:
    import plotly.graph_objects as go
    import plotly.io as pio
    import plotly.tools as pt

    from ui import charts

    def per_rerun(fig):          # what st.plotly_chart does with its argument
        return lambda: pio.to_json(pt.return_figure_from_figure_or_data(fig, True), validate=False)

    rng = np.random.default_rng(0)
    words = [f"w{i}" for i in range(40)]
    heat = charts.heatmap(rng.random((40, 40)), words, words, "t")
    grid = charts.head_grid(rng.random((3, 8, 40, 40)).astype(np.float32), words)
    listed = {**heat, "data": [{**heat["data"][0], "z": heat["data"][0]["z"].tolist()}]}
    rows = []
    for label, fig in [("40×40 heatmap as a dict (validated every rerun)", heat),
                       ("40×40 heatmap as a go.Figure of lists", go.Figure(listed)),
                       ("40×40 heatmap as a go.Figure of numpy arrays", go.Figure(heat)),
                       ("24-head grid (40 tokens) as a dict", grid),
                       ("24-head grid as a go.Figure of numpy arrays", go.Figure(grid))]:
        med, _ = summary(timed(per_rerun(fig), repeats=5))
        rows.append((f"st.plotly_chart work per rerun: {label}", f"{med:.1f} ms"))
    return rows


def saliency_methods() -> list[tuple]:
    import torch

    from benchmarks.sentences import SOURCE_40
    from model.runners.translator import Translator

    tr = Translator.load("attention")
    t = tr.translate(SOURCE_40)
    src, tgt = tr.ids(t.src), torch.tensor([tr.tgt_vocab.encode(t.tgt)])
    m = tr.model

    def graph():
        emb = m.src_emb(src).detach().requires_grad_(True)
        logits, _ = m(src, torch.cat([torch.tensor([[tr.bos]]), tgt[:, :-1]], 1), embedded=emb)
        return emb, logits[0].gather(1, tgt[0].unsqueeze(1)).squeeze(1)

    def per_row():
        with torch.enable_grad():
            emb, chosen = graph()
            for i in range(len(chosen)):
                torch.autograd.grad(chosen[i], emb, retain_graph=True)

    def batched_grads():
        with torch.enable_grad():
            emb, chosen = graph()
            torch.autograd.grad(chosen, emb, grad_outputs=torch.eye(len(chosen)), is_grads_batched=True)

    rows = []
    for label, fn in [("one backward pass per output word", per_row),
                      ("is_grads_batched=True", batched_grads),
                      ("copies of the sentence, one pass per chunk (the app)", lambda: tr.gradients(t.src, t.tgt))]:
        med, _ = summary(timed(fn, repeats=3))
        rows.append((f"saliency, {len(t.tgt)} × {len(t.src)}: {label}", f"{med:.0f} ms"))
    return rows


def _threads_child() -> None:
    import torch

    from benchmarks.sentences import SOURCE_40
    from model.runners.translator import Translator

    tr = Translator.load("attention")
    t = tr.translate(SOURCE_40)
    med, _ = summary(timed(lambda: tr.gradients(t.src, t.tgt), repeats=3))
    print(f"{torch.get_num_threads()} {med:.0f}")


def threads_under_load() -> list[tuple]:
    """Saliency with 1 and 2 torch threads while another process keeps one core busy (as other
    sessions of a loaded server do)."""
    busy = subprocess.Popen([sys.executable, "-c", "while True: pass"])
    rows = []
    try:
        time.sleep(0.5)
        for n in ("2", "1"):
            out = subprocess.run([sys.executable, "-m", "benchmarks.micro", "--threads-child"], capture_output=True,
                                 text=True, env={**os.environ, "OMP_NUM_THREADS": n}, check=True).stdout.split()
            rows.append((f"saliency of a 40-token sentence, {out[0]} torch thread(s), one core busy elsewhere",
                         f"{out[1]} ms"))
    finally:
        busy.kill()
        busy.wait()
    return rows


def main() -> None:
    from benchmarks.common import table

    if "--threads-child" in sys.argv:
        _threads_child()
        return
    if "--one-thread" in sys.argv:                 # the deployment setting (README)
        print(table(figure_paths() + saliency_methods(), ("measurement (OMP_NUM_THREADS=1)", "median")))
        return
    subprocess.run([sys.executable, "-m", "benchmarks.micro", "--one-thread"], check=True,
                   env={**os.environ, "OMP_NUM_THREADS": "1"})
    print()
    print(table(threads_under_load(), ("measurement", "median")))


if __name__ == "__main__":
    main()
