"""Draws made from a hash of the tree rather than the generator's random stream, so a construction added to the
language leaves every other generated sentence as it was (``perfect``, ``habits``, ``because``, ``mine`` …)."""

from __future__ import annotations

import hashlib


def hash_draw(text: str) -> float:
    """A number in [0, 1) from a hash of ``text`` (a salt and a tree's repr)."""
    return int(hashlib.sha256(text.encode()).hexdigest()[:8], 16) / 16 ** 8
