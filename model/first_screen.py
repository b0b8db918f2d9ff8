"""What Home's first chart shows for the seed sentence, computed when the checkpoints are written, so a
fresh server paints its first chart without importing torch (``python -m model first-screen``;
``train`` and ``evaluate`` rewrite it).

The file names the SHA-256 of the attention checkpoint it was computed from; :func:`read` returns
``None`` when that checkpoint has changed since (Home then computes the chart live, as for any other
sentence). Importing this module imports no torch; only :func:`build` does.
"""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

from model.checkpoints import CHECKPOINT_DIR, checkpoint_path, file_sha256
from model.language.seeds import SEED_SOURCE

FILE = "first_screen.json"
MODEL = "attention"


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
    return {"source": SEED_SOURCE, "checkpoint_sha256": file_sha256(checkpoint_path(MODEL, directory)),
            "tokens": a.tokens, "raw": a.raw, "roman": a.roman, "labels": a.labels, "looks_english": a.looks_english,
            "translation": {"raw": t.raw, "unknown": t.unknown, "suggestions": {str(k): v for k, v in t.suggestions.items()},
                            "notes": t.notes, "tgt": t.tgt, "unreliable": t.unreliable,
                            "attention": [[round(float(w), 6) for w in row] for row in t.attention]},
            "reference": None if ref is None else {"tgt": ref.tgt, "align": ref.align}}


def write(directory: Path | None = None) -> Path:
    out = path(directory)
    out.write_text(json.dumps(build(directory), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return out


def read(directory: Path | None = None) -> dict | None:
    """The stored first screen, or ``None`` when it is missing, unreadable or older than the checkpoint."""
    try:
        data = json.loads(path(directory).read_text(encoding="utf-8"))
        current = file_sha256(checkpoint_path(MODEL, directory))
    except (OSError, ValueError):
        return None
    if data.get("source") != SEED_SOURCE or data.get("checkpoint_sha256") != current:
        return None
    return data


def as_analysis(data: dict) -> SimpleNamespace:
    """The stored data with the attributes of ``SentenceAnalysis`` that Home reads."""
    t = dict(data["translation"])
    t["suggestions"] = {int(k): v for k, v in t["suggestions"].items()}
    ref = data["reference"]
    return SimpleNamespace(text=data["source"], error=None, refusals={}, tokens=data["tokens"], raw=data["raw"],
                           roman=data["roman"], labels=data["labels"], looks_english=data["looks_english"],
                           translations={MODEL: SimpleNamespace(**t)},
                           reference=None if ref is None else SimpleNamespace(**ref))
