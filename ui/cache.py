"""The only module that touches ``st.cache_*``.

Models are loaded once per process (``st.cache_resource``) and shared by every session, so nothing
here mutates them (they are in eval mode from loading on). Everything derived from user input is
cached with ``st.cache_data``, bounded in entries and in time, and returned as plain data.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import streamlit as st
import torch

from model.checkpoints import CheckpointError, file_sha256
from model.runners.analysis import SentenceAnalysis, analyze
from model.runners.encoder_runner import EncoderRunner
from model.runners.translator import Translator
from ui import charts

TTL = 3600                # seconds an entry derived from user input is kept
TRANSLATORS = ("plain", "attention")


# ---- models (one shared, read-only copy per process) -----------------------------------------
@st.cache_resource(show_spinner="Loading the model …")
def translator(name: str) -> Translator:
    return Translator.load(name)


@st.cache_resource(show_spinner="Loading the encoder …")
def encoder() -> EncoderRunner:
    return EncoderRunner.load()


def load(name: str) -> Translator | EncoderRunner:
    """A loaded model; raises ``CheckpointError`` naming the file and the fix."""
    return encoder() if name == "encoder" else translator(name)


def available(name: str) -> Translator | EncoderRunner | None:
    try:
        return load(name)
    except CheckpointError:
        return None


def metrics(name: str) -> dict | None:
    """Held-out metrics stored in a checkpoint, or ``None``."""
    model = available(name)
    return (model.payload.get("metrics") or None) if model is not None else None


def encoder_shape() -> tuple[int, int]:
    """(layers, heads) of the trained encoder; (1, 1) when it is missing."""
    model = available("encoder")
    return (model.cfg.layers, model.cfg.heads) if model is not None else (1, 1)


# ---- one typed Mini-Tamil sentence -----------------------------------------------------------
@st.cache_data(show_spinner=False, max_entries=256, ttl=TTL)
def analysis(text: str, beam: int = 0) -> SentenceAnalysis:
    """Tokens, translations of every loaded model (attention, top next words) and the reference."""
    loaded = {name: model for name in TRANSLATORS if (model := available(name)) is not None}
    with torch.inference_mode():
        return analyze(text, loaded, beam=beam)


@st.cache_data(show_spinner=False, max_entries=256, ttl=TTL)
def first_step_gradient(name: str, src: tuple[str, ...], first: str) -> list[float]:
    """Gradient norm from the first output word's logit to each source word, relative to the largest."""
    g = translator(name).gradients(list(src), [first], steps=1)[0]
    return (g / g.max().clamp(min=1e-12)).tolist()


@st.cache_data(show_spinner=False, max_entries=128, ttl=TTL)
def forced_attention(src: tuple[str, ...], tgt: tuple[str, ...]) -> list[list[float]]:
    """Attention of the attention model while reading the given translation (teacher forcing)."""
    return translator("attention").forced_attention([list(src)], [list(tgt)])[0].tolist()


@st.cache_data(show_spinner=False, max_entries=512, ttl=TTL)
def next_tokens(src: tuple[str, ...], prefix: tuple[str, ...], row: tuple[float, ...], k: int = 8):
    """The attention model's top-k next words after ``prefix`` when its last step attends by ``row``."""
    return translator("attention").next_token(list(src), list(prefix), list(row), k)


@st.cache_data(show_spinner="Computing gradient saliency …", max_entries=64, ttl=TTL)
def saliency(src: tuple[str, ...], tgt: tuple[str, ...]) -> list[list[float]]:
    """Row-normalised gradient saliency (T, S) of the attention model's translation."""
    g = translator("attention").gradients(list(src), list(tgt))
    return (g / g.sum(1, keepdim=True).clamp(min=1e-12)).tolist()


# ---- one typed English sentence (the encoder) ------------------------------------------------
@st.cache_data(show_spinner=False, max_entries=256, ttl=TTL)
def english(text: str) -> dict:
    """Tokens, unknown positions and suggestions for English text, or {"error": …}."""
    from model.errors import InputError

    try:
        tokens, unknown, sugg, notes = encoder().tokens(text)
    except InputError as err:
        return {"error": str(err)}
    return {"tokens": tokens, "raw": tokens, "unknown": unknown, "notes": notes,
            "suggestions": {str(k): v for k, v in sugg.items()}}


def _head_mask(off: tuple[tuple[int, int], ...]):
    if not off:
        return None
    cfg = encoder().cfg
    m = torch.ones(cfg.layers, cfg.heads)
    for layer, head in off:
        m[layer, head] = 0
    return m


@st.cache_data(show_spinner=False, max_entries=64, ttl=TTL)
def encoder_attention(tokens: tuple[str, ...], causal: bool, off: tuple[tuple[int, int], ...] = ()) -> np.ndarray:
    """(L, H, T, T) attention of the encoder with the heads in ``off`` switched off."""
    return encoder().attention(list(tokens), causal, _head_mask(off))


@st.cache_data(show_spinner=False, max_entries=64, ttl=TTL)
def fill_each(tokens: tuple[str, ...], causal: bool, off: tuple[tuple[int, int], ...] = ()) -> list:
    return encoder().fill_each(list(tokens), _head_mask(off), causal)


@st.cache_data(show_spinner=False, max_entries=64, ttl=TTL)
def head_grid(tokens: tuple[str, ...], causal: bool, off: tuple[tuple[int, int], ...]) -> dict:
    """All layers × heads as small multiples (a figure dict, built once per sentence and switches)."""
    return charts.head_grid(encoder_attention(tokens, causal, off), list(tokens), off)


# ---- measurements and toys -------------------------------------------------------------------
@st.cache_data(show_spinner=False, max_entries=4)
def speed_timings(batch: int) -> list[dict]:
    """GRU vs one attention layer, measured in a child process (never with this server's threads)."""
    from model.evaluation.speed import measure_in_subprocess

    return measure_in_subprocess(batch=batch)


@st.cache_data(show_spinner=False, max_entries=8)
def sha256(path: str, mtime: float) -> str:
    return file_sha256(Path(path))


@st.cache_data(show_spinner=False, max_entries=256, ttl=TTL)
def decaying_share(lam: float, hidden: int) -> dict:
    from model.networks.toys import decaying_share as compute

    return compute(lam, hidden)


@st.cache_data(show_spinner=False, max_entries=64, ttl=TTL)
def sqrt_d_statistics(keys: int, seed: int) -> dict:
    from model.networks.toys import sqrt_d_statistics as compute

    return compute(n_keys=keys, seed=seed)
