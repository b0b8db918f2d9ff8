"""What Home's first screen shows — the seed sentence's chart and each checkpoint's card (meta, metrics,
training config) — computed when the checkpoints are written, so a fresh server draws Home without
importing torch (``python -m model first-screen``; ``train`` and ``evaluate`` rewrite it).

The file names the SHA-256 of every checkpoint it was read from; :func:`read` returns ``None`` when
any of them has changed since (Home then computes live, as for any other sentence). Importing this
module imports no torch; only :func:`build` does.
"""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import numpy as np

from model.checkpoints import CHECKPOINT_DIR, checkpoint_path, file_sha256, load_checkpoint
from model.language.seeds import SEED_SOURCE
from model.registry import FILES

FILE = "first_screen.json"
MODEL = "attention"
CARD_KEYS = ("meta", "metrics", "train_config")     # what a model card and ``ui.cache.metrics`` read


def path(directory: Path | None = None) -> Path:
    return (directory or CHECKPOINT_DIR) / FILE


def build(directory: Path | None = None) -> dict:
    """The attention model's analysis of the seed sentence, as plain JSON data (imports torch)."""
    import torch

    from model.runners.analysis import analyze
    from model.runners.translator import Translator

    model = Translator.load(MODEL, directory)
    with torch.inference_mode():
        a = analyze(SEED_SOURCE, {MODEL: model})
    if a.error or MODEL not in a.translations:
        raise ValueError(f"the seed sentence does not translate: {a.error or a.refusals}")
    t = a.translations[MODEL]
    ref = a.reference
    cards = {}
    for name in FILES:
        payload = load_checkpoint(checkpoint_path(name, directory), name)
        cards[name] = {"sha256": file_sha256(checkpoint_path(name, directory)),
                       **{k: payload.get(k) for k in CARD_KEYS}}
    return {"source": SEED_SOURCE, "cards": cards,
            "tokens": a.tokens, "raw": a.raw, "roman": a.roman, "labels": a.labels, "looks_english": a.looks_english,
            "translation": {"raw": t.raw, "unknown": t.unknown, "suggestions": {str(k): v for k, v in t.suggestions.items()},
                            "notes": t.notes, "tgt": t.tgt, "unreliable": t.unreliable, "by_pieces": t.by_pieces, "copied": {str(k): v for k, v in t.copied.items()},
                            "attention": [[round(float(w), 6) for w in row] for row in t.attention]},
            "reference": None if ref is None else {"tgt": ref.tgt, "align": ref.align}, "odd": a.odd}


def write(directory: Path | None = None) -> Path:
    out = path(directory)
    out.write_text(json.dumps(build(directory), ensure_ascii=False) + "\n", encoding="utf-8")
    return out


def read(directory: Path | None = None) -> dict | None:
    """The stored first screen, or ``None`` when it is missing, unreadable or older than a checkpoint."""
    try:
        data = json.loads(path(directory).read_text(encoding="utf-8"))
        if data.get("source") != SEED_SOURCE or set(data.get("cards", ())) != set(FILES):
            return None
        if any(data["cards"][n].get("sha256") != file_sha256(checkpoint_path(n, directory)) for n in FILES):
            return None
    except (OSError, ValueError, AttributeError):
        return None
    return data


def as_analysis(data: dict) -> SimpleNamespace:
    """The stored data with the attributes of ``SentenceAnalysis`` that Home reads."""
    t = dict(data["translation"])
    t["suggestions"] = {int(k): v for k, v in t["suggestions"].items()}
    t["copied"] = {int(k): v for k, v in t.get("copied", {}).items()}
    t.setdefault("by_pieces", False)                      # a file written before pieces
    t["attention"] = np.asarray(t["attention"], dtype=np.float32)
    ref = data["reference"]
    words = [w for w in data["tokens"] if w not in ",.?"]
    return SimpleNamespace(text=data["source"], error=None, refusals={}, tokens=data["tokens"], raw=data["raw"],
                           roman=data["roman"], labels=data["labels"], looks_english=data["looks_english"],
                           mostly_unknown=bool(words) and 2 * len(t["unknown"]) > len(words), reference_reason=None,
                           odd=list(data.get("odd", ())),
                           translations={MODEL: SimpleNamespace(**t)},
                           reference=None if ref is None else SimpleNamespace(**ref))
