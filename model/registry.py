"""Every trained model of the app, once: its name, checkpoint file, title, kind and chart colour.

Plain data (no torch), so Home's first screen, the CLI, training and every page read the same
names; ``ui/registry.py`` does the same for the pages. Colours are Okabe–Ito, safe for colour-blind
readers, and the same model has the same colour in every chart.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ModelSpec:
    name: str        # the key everything uses: CLI --only, cache, metrics, training order
    file: str        # checkpoint file under checkpoints/
    title: str       # what the pages call it
    kind: str        # "seq2seq" (Mini-Tamil → English) or "encoder" (English self-attention)
    colour: str      # its colour in every chart


MODELS = (
    ModelSpec("plain", "seq2seq_plain.pt", "GRU without attention", "seq2seq", "#D55E00"),
    ModelSpec("attention", "seq2seq_attention.pt", "GRU with additive attention", "seq2seq", "#0072B2"),
    ModelSpec("encoder", "encoder.pt", "mini self-attention encoder", "encoder", "#009E73"),
    ModelSpec("causal", "encoder_causal.pt", "left-to-right encoder", "encoder", "#CC79A7"),
)
NAMES = tuple(m.name for m in MODELS)                                  # training and report order
TRANSLATORS = tuple(m.name for m in MODELS if m.kind == "seq2seq")      # ("plain", "attention")
ENCODERS = tuple(m.name for m in MODELS if m.kind == "encoder")         # ("encoder", "causal")
FILES = {m.name: m.file for m in MODELS}
TITLES = {m.name: m.title for m in MODELS}
COLOURS = {m.name: m.colour for m in MODELS}
