"""The only module that touches ``st.cache_*``.

Models are loaded once per process (``st.cache_resource``) and shared by every session, so nothing
here mutates them (they are in eval mode from loading on). Everything derived from user input is
cached with ``st.cache_data`` (a copy per reader) or, for chart figures, ``st.cache_resource`` (one
shared ``go.Figure`` that nobody mutates: ``st.plotly_chart`` only reads it).

**Bounded by construction.** Every cache has a maximum number of entries and a time to live, and
every entry has a maximum size, because the inputs are capped: a Mini-Tamil sentence is read up to
``LIMITS.source_tokens`` = 80 tokens (its translation up to 160 words), an English sentence up to
``LIMITS.english_tokens`` = 80 tokens, and every text box takes at most 2000 characters. The worst case of
each cache (entries × largest entry) is written beside it; together about 200 MB on top of the
models, whatever the number of distinct sentences typed (measured: ``python -m benchmarks.page_times``
and ``python -m benchmarks.protocol_load``; README "Speed and load").
"""

from __future__ import annotations

import threading
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import plotly.graph_objects as go
import streamlit as st

from model import first_screen as first
from model.checkpoints import CheckpointError, checkpoint_path, file_sha256
from model.errors import LIMITS
from model.registry import ENCODERS, FILES, TRANSLATORS
from ui import charts

if TYPE_CHECKING:           # torch and the runners are imported on first use: Home's first chart needs neither
    from model.runners.analysis import EnglishAnalysis, SentenceAnalysis
    from model.runners.encoder_runner import EncoderRunner
    from model.runners.translator import Translator

TTL = 3600                # seconds an entry derived from user input is kept
MODEL_TTL = 24 * 3600     # loaded models are reloaded (12 ms each) after a day
COMPUTE_SLOTS = 2         # model computations running at once in this process (one per core)
_slots = threading.BoundedSemaphore(COMPUTE_SLOTS)
TRAININGS = max(1, COMPUTE_SLOTS - 1)   # "Train your own" trainings at once (child processes; more are
training_slots = threading.BoundedSemaphore(TRAININGS)   # refused): a core is always left to the pages


@contextmanager
def _slot():
    """Hold one of ``COMPUTE_SLOTS`` while a model computes, so at most that many intermediate
    tensors exist at once however many learners type at the same time (memory stays bounded; on
    2 cores more at once would not finish sooner). Only leaf computations take a slot (no cached
    function holds one while calling another), so slots cannot deadlock."""
    with _slots:
        yield


# ---- models (one shared, read-only copy per process) -----------------------------------------
@st.cache_resource(show_spinner="Loading the model …", max_entries=2, ttl=MODEL_TTL)
def translator(name: str) -> Translator:                           # 2 × ≈ 3 MB
    from model.runners.translator import Translator

    return Translator.load(name)


@st.cache_resource(show_spinner="Loading the encoder …", max_entries=2, ttl=MODEL_TTL)
def encoder(name: str = "encoder") -> EncoderRunner:                # ≈ 1.5 MB each
    """The bidirectional encoder ("encoder") or the left-to-right one ("causal")."""
    from model.runners.encoder_runner import EncoderRunner

    return EncoderRunner.load(name=name)


def load(name: str) -> Translator | EncoderRunner:
    """A loaded model; raises ``CheckpointError`` naming the file and the fix."""
    return encoder(name) if name in ENCODERS else translator(name)


def available(name: str) -> Translator | EncoderRunner | None:
    try:
        return load(name)
    except CheckpointError:
        return None


def summary(name: str) -> dict | None:
    """A checkpoint's ``meta``, ``metrics`` and ``train_config``: from the stored first screen while it
    matches the checkpoints (no torch needed), else from the loaded model; ``None`` when unavailable."""
    stored = _stored()
    if stored is not None:
        return stored["cards"][name]
    model = available(name)
    return model.payload if model is not None else None


def metrics(name: str) -> dict | None:
    """Held-out metrics stored in a checkpoint, or ``None``."""
    s = summary(name)
    return (s.get("metrics") or None) if s is not None else None


def snapshots(name: str) -> dict | None:
    """Attention snapshots a checkpoint stored during training, or ``None``."""
    model = available(name)
    return model.payload.get("snapshots") if model is not None else None


def known_words(name: str) -> frozenset[str] | None:
    """The words a loaded model learned (source words seen in training for a translator, its vocabulary
    for an encoder), or ``None`` when it is missing: the example buttons draw sentences a model can read."""
    model = available(name)
    if model is None:
        return None
    return model.src_words if isinstance(model, Translator) else frozenset(model.vocab.stoi)


def encoder_shape() -> tuple[int, int]:
    """(layers, heads) of the trained encoder; (1, 1) when it is missing."""
    model = available("encoder")
    return (model.cfg.layers, model.cfg.heads) if model is not None else (1, 1)


@st.cache_resource(show_spinner=False, max_entries=2, ttl=TTL)           # 2 × ≈ 80 KB, shared read-only
def _read_first_screen(mtimes: tuple[float, ...]) -> dict | None:
    return first.read()


def _stored() -> dict | None:
    """The stored first screen while it matches every checkpoint (re-checked when a file changes)."""
    try:
        mtimes = tuple(p.stat().st_mtime for p in (first.path(), *map(checkpoint_path, FILES)))
    except OSError:
        return None
    return _read_first_screen(mtimes)


def first_screen():
    """Home's chart for the seed sentence as stored with the checkpoints (``model.first_screen``):
    an object with the attributes of ``SentenceAnalysis`` that Home reads, or ``None`` when the file
    is missing or older than a checkpoint. Reading it imports no torch."""
    data = _stored()
    return first.as_analysis(data) if data is not None else None


# ---- one typed Mini-Tamil sentence -----------------------------------------------------------
@st.cache_data(show_spinner=False, max_entries=128, ttl=TTL)           # 128 × ≤ 0.4 MB
def analysis(text: str, beam: int = 0) -> SentenceAnalysis:
    """Tokens, translations of every loaded model (attention, top next words) and the reference."""
    import torch

    from model.runners.analysis import analyze

    loaded = {name: model for name in TRANSLATORS if (model := available(name)) is not None}
    with _slot(), torch.inference_mode():
        return analyze(text, loaded, beam=beam)


@st.cache_data(show_spinner="Measuring the gradient of every English word …", max_entries=64, ttl=TTL)  # 64 × ≤ 1 KB
def own_share(name: str, src: tuple[str, ...], tgt: tuple[str, ...], align: tuple[tuple[int, ...], ...]) -> list[float]:
    """For each word of the reference translation, the share of its gradient saliency that comes from
    its own gold-aligned source words (teacher-forced on the reference)."""
    model = translator(name)
    with _slot():
        g = model.gradients(list(src), list(tgt)).numpy()
    return [float(g[i, list(links)].sum() / max(g[i].sum(), 1e-12)) for i, links in enumerate(align)]


@st.cache_data(show_spinner=False, max_entries=64, ttl=TTL)            # 64 × ≤ 0.2 MB
def forced_attention(src: tuple[str, ...], tgt: tuple[str, ...], pieces: bool = False) -> list[list[float]]:
    """Attention of the attention model while reading the given translation (teacher forcing), over
    source words (or over the pieces it read)."""
    model = translator("attention")
    with _slot():
        return model.forced_attention([list(src)], [list(tgt)], pieces=pieces)[0].tolist()


@st.cache_data(show_spinner=False, max_entries=512, ttl=TTL)           # 512 × ≤ 1 KB
def next_tokens(src: tuple[str, ...], prefix: tuple[str, ...], row: tuple[float, ...], k: int = 8):
    """The attention model's top-k next words after ``prefix`` when its last step attends by ``row``."""
    model = translator("attention")
    with _slot():
        return model.next_token(list(src), list(prefix), list(row), k)


@st.cache_data(show_spinner="Computing gradient saliency …", max_entries=64, ttl=TTL)   # 64 × ≤ 0.2 MB
def saliency(src: tuple[str, ...], tgt: tuple[str, ...]) -> list[list[float]]:
    """Row-normalised gradient saliency (T, S) of the attention model's translation."""
    model = translator("attention")
    with _slot():
        g = model.gradients(list(src), list(tgt))
    return (g / g.sum(1, keepdim=True).clamp(min=1e-12)).tolist()


# ---- one typed English sentence (the encoder) ------------------------------------------------
@st.cache_data(show_spinner=False, max_entries=256, ttl=TTL)           # 256 × ≤ 20 KB
def english(text: str, name: str = "encoder") -> EnglishAnalysis:
    """One English sentence read once (``model.runners.analysis.analyze_english``): at most
    ``LIMITS.english_tokens`` tokens, unknown words, notes, the language check and gold relations."""
    from model.runners.analysis import analyze_english

    return analyze_english(text, encoder(name), LIMITS.english_tokens)


def _head_mask(name: str, off: tuple[tuple[int, int], ...]):
    if not off:
        return None
    import torch

    cfg = encoder(name).cfg
    m = torch.ones(cfg.layers, cfg.heads)
    for layer, head in off:
        m[layer, head] = 0
    return m


@st.cache_data(show_spinner=False, max_entries=64, ttl=TTL)            # 64 × ≤ 0.6 MB (float32)
def encoder_attention(tokens: tuple[str, ...], name: str = "encoder", off: tuple[tuple[int, int], ...] = ()) -> np.ndarray:
    """(L, H, T, T) attention of an encoder (the left-to-right one under its causal mask) with the
    heads in ``off`` switched off."""
    model, mask = encoder(name), _head_mask(name, off)
    with _slot():
        return model.attention_maps(list(tokens), model.causal, mask)


@st.cache_data(show_spinner=False, max_entries=64, ttl=TTL)            # 64 × ≤ 4 KB
def guess_each(tokens: tuple[str, ...], name: str = "encoder", off: tuple[tuple[int, int], ...] = ()) -> list:
    """The encoder's guess for every word (masked in turn, or from the words before it)."""
    model, mask = encoder(name), _head_mask(name, off)
    with _slot():
        return model.guess_each(list(tokens), mask)


# ---- chart figures (built once per input, shared read-only) ----------------------------------
@st.cache_resource(show_spinner=False, max_entries=64, ttl=TTL)        # 64 × ≤ 0.4 MB (a quarter of the heads each)
def head_grid(tokens: tuple[str, ...], name: str, off: tuple[tuple[int, int], ...],
              heads: tuple[int, ...] | None = None) -> go.Figure:
    """All layers × ``heads`` (default every head) as small multiples."""
    return go.Figure(charts.head_grid(encoder_attention(tokens, name, off), list(tokens), off, heads))


@st.cache_resource(show_spinner=False, max_entries=160, ttl=TTL)       # 160 × ≤ 0.3 MB
def figure(kind: str, *args, **kwargs) -> go.Figure:
    """``ui.charts.<kind>(*args, **kwargs)`` as a ``go.Figure``, built (and validated) once per input.
    ``st.plotly_chart`` validates a dict by building a ``go.Figure`` on every call, but only copies
    a ``go.Figure``; numeric arrays stay numpy, so that copy and the JSON (typed arrays) are cheap."""
    fig = getattr(charts, kind)(*args, **kwargs)
    return fig if isinstance(fig, go.Figure) else go.Figure(fig)


# ---- measurements and toys -------------------------------------------------------------------
@st.cache_data(show_spinner=False, max_entries=4, ttl=MODEL_TTL)       # 4 × ≤ 5 KB
def speed_timings(threads: int, backward: bool) -> list[dict]:
    """One part of the GRU vs attention measurement (``model.evaluation.speed.plan``), run in a child
    process (never with this server's threads)."""
    from model.evaluation.speed import measure_in_subprocess

    return measure_in_subprocess(threads, backward)


@st.cache_data(show_spinner=False, max_entries=8, ttl=MODEL_TTL)       # 8 × 64 B
def sha256(path: str, mtime: float) -> str:
    return file_sha256(Path(path))


@st.cache_data(show_spinner=False, max_entries=256, ttl=TTL)           # 256 × ≤ 5 KB
def decaying_share(lam: float, hidden: int) -> dict:
    from model.networks.toys import decaying_share as compute

    return compute(lam, hidden)


@st.cache_data(show_spinner=False, max_entries=64, ttl=TTL)            # 64 × ≤ 5 KB
def sqrt_d_statistics(keys: int, seed: int) -> dict:
    from model.networks.toys import sqrt_d_statistics as compute

    return compute(n_keys=keys, seed=seed)


@st.cache_data(show_spinner=False, max_entries=1, ttl=MODEL_TTL)       # 1 × ≈ 0.3 MB
def word_rows() -> list[tuple[str, str, str]]:
    """The searchable word list: (Tamil, romanized, gloss) of every word form."""
    from model.language.glosses import word_rows as rows

    return rows()
