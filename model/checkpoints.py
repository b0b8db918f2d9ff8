"""Saving and loading checkpoints safely: plain tensors and lists only, never pickled code.

Importing this module imports no torch (the names and paths serve Home's first screen); saving and
loading do."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from model.registry import FILES

CHECKPOINT_DIR = Path(__file__).resolve().parent.parent / "checkpoints"
REQUIRED_KEYS = ("kind", "config", "state_dict", "history", "meta")


class CheckpointError(RuntimeError):
    """A checkpoint is missing or unreadable; the message names the file and the fix."""


def checkpoint_path(name: str, directory: Path | None = None) -> Path:
    if name not in FILES:
        raise CheckpointError(f"unknown model {name!r}; use one of {', '.join(FILES)}")
    return (directory or CHECKPOINT_DIR) / FILES[name]


def rebuild_command(name: str) -> str:
    return f"python -m model train --only {name}"


def save_checkpoint(payload: dict, path: Path) -> None:
    """Write atomically (temp file + rename) so a crash never leaves half a checkpoint."""
    import torch

    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    torch.save(payload, tmp)
    os.replace(tmp, path)


def load_checkpoint(path: Path, name: str | None = None) -> dict:
    """Load with ``weights_only=True`` (no code runs); raise ``CheckpointError`` on any problem."""
    name = name or next((k for k, v in FILES.items() if v == Path(path).name), "all")
    fix = f"rebuild it with `{rebuild_command(name)}`" if name != "all" else "retrain with `python -m model train`"
    path = Path(path)
    if not path.is_file():
        raise CheckpointError(f"checkpoint {path} is missing; {fix}")
    import torch

    try:
        payload = torch.load(path, map_location="cpu", weights_only=True)
    except Exception as err:  # noqa: BLE001 — any failure to read is reported the same way
        reason = str(err).strip().splitlines()[0][:200] if str(err).strip() else type(err).__name__
        raise CheckpointError(f"checkpoint {path} is unreadable ({reason}); {fix}") from None
    if not isinstance(payload, dict) or any(k not in payload for k in REQUIRED_KEYS):
        raise CheckpointError(f"checkpoint {path} is not an Attention Lab checkpoint; {fix}")
    return payload


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()
