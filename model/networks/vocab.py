"""Token <-> id tables, stored inside checkpoints as plain lists."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

import torch

PAD, UNK, BOS, MASK = "<pad>", "<unk>", "<bos>", "<mask>"
SENTENCE_END = (".", "?")       # in Mini-Tamil's English these only ever end a sentence


class Vocab:
    """``itos[0]`` is always ``<pad>`` and ``itos[1]`` ``<unk>``; extra specials follow."""

    def __init__(self, itos: list[str]):
        if itos[:2] != [PAD, UNK]:
            raise ValueError("a vocabulary starts with <pad>, <unk>")
        self.itos = list(itos)
        self.stoi = {t: i for i, t in enumerate(self.itos)}

    @classmethod
    def build(cls, sentences: Iterable[list[str]], specials: tuple[str, ...] = (),
              extra: Iterable[str] = ()) -> Vocab:
        counts = Counter(t for s in sentences for t in s)
        words = sorted(set(counts) | set(extra))
        return cls([PAD, UNK, *specials, *[w for w in words if w not in (PAD, UNK, *specials)]])

    def __len__(self) -> int:
        return len(self.itos)

    def id(self, token: str) -> int:
        return self.stoi.get(token, 1)

    def encode(self, tokens: list[str]) -> list[int]:
        return [self.stoi.get(t, 1) for t in tokens]

    def decode(self, ids: Iterable[int]) -> list[str]:
        return [self.itos[i] for i in ids]

    def unknown(self, tokens: list[str]) -> list[int]:
        """Positions of tokens outside the vocabulary."""
        return [i for i, t in enumerate(tokens) if t not in self.stoi]


def pad_batch(seqs: list[list[int]], pad: int = 0) -> torch.Tensor:
    """(B, T) long tensor, right-padded."""
    width = max(len(s) for s in seqs)
    out = torch.full((len(seqs), width), pad, dtype=torch.long)
    for i, s in enumerate(seqs):
        out[i, : len(s)] = torch.tensor(s, dtype=torch.long)
    return out
