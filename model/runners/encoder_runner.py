"""``EncoderRunner``: the trained mini encoder answering one English sentence (what the app and the
``encode`` command call): tokens, attention of every head, masked-word guesses, one head's q and k."""

from __future__ import annotations

import numpy as np
import torch

from model.checkpoints import checkpoint_path, load_checkpoint
from model.errors import InputError
from model.language.tokenizer import Tokens, tokenize_english
from model.networks.encoder import EncoderConfig, MiniEncoder
from model.networks.vocab import MASK, Vocab

FILL_CELLS = 2**21        # attention cells (rows × heads × T × T) per forward pass of ``fill_each``


class EncoderRunner:
    """A trained encoder with its vocabulary. Never mutated after construction."""

    def __init__(self, payload: dict):
        self.payload = payload
        self.name = payload.get("name", "encoder")
        self.causal = payload.get("train_config", {}).get("objective") == "causal"   # trained left to right
        self.cfg = EncoderConfig(**payload["config"])
        self.vocab = Vocab(payload["vocab"])
        self.model = MiniEncoder(self.cfg)
        self.model.load_state_dict(payload["state_dict"])
        self.model.eval()

    @classmethod
    def load(cls, directory=None, name: str = "encoder") -> EncoderRunner:
        """``name`` is "encoder" (bidirectional, masked words) or "causal" (left to right, next word)."""
        return cls(load_checkpoint(checkpoint_path(name, directory), name))

    def tokens(self, text: str, limit: int | None = None) -> tuple[list[str], list[int], dict, list[str]]:
        """Tokens (at most ``limit``, and never more than the position table covers), unknown
        positions, suggestions and notes."""
        return self.read(tokenize_english(text), limit)

    def read(self, toks: Tokens, limit: int | None = None) -> tuple[list[str], list[int], dict, list[str]]:
        """``tokens`` for text already tokenized; ``InputError`` when the encoder knows none of the words."""
        toks = toks.cut(min(limit or self.cfg.max_positions, self.cfg.max_positions), "used")
        tokens, notes = toks.tokens, list(toks.notes)
        unknown = [i for i in sorted(set(toks.unknown) | set(self.vocab.unknown(tokens))) if i < len(tokens)]
        if len(unknown) == len(tokens):
            raise InputError("none of the words is in the encoder's English vocabulary")
        return tokens, unknown, toks.suggestions, notes

    @torch.inference_mode()
    def attention_maps(self, tokens: list[str], causal: bool = False, head_mask=None) -> np.ndarray:
        """(L, H, T, T) attention for a token list."""
        _, att = self.model(torch.tensor([self.vocab.encode(tokens)]), causal=causal, head_mask=head_mask)
        return att[0].numpy()

    def as_json(self, text: str, causal: bool = False) -> dict:
        tokens, unknown, _, _ = self.tokens(text)
        return {"tokens": tokens, "unknown": [tokens[i] for i in unknown],
                "attention": np.round(self.attention_maps(tokens, causal), 5).tolist()}

    @torch.inference_mode()
    def queries_keys(self, tokens: list[str], layer: int, head: int) -> tuple[np.ndarray, np.ndarray]:
        """The real (n, d_head) queries and keys of one head for a token list."""
        m = self.model
        ids = torch.tensor([self.vocab.encode(tokens)])
        x = m.tok(ids) * (m.cfg.d_model ** 0.5) + m.pos[: ids.size(1)]
        mask = (ids != 0)[:, None, None, :]
        for block in m.blocks[:layer]:
            x, _ = block(x, mask)
        q, k, _ = m.blocks[layer].attn.project(m.blocks[layer].ln1(x))
        return q[0, head].numpy(), k[0, head].numpy()

    @torch.inference_mode()
    def guess_each(self, tokens: list[str], head_mask=None) -> list[tuple[str, float]]:
        """The model's own guess for every word: masked in turn (bidirectional model), or predicted
        from the words before it (left-to-right model; the first word has no guess: ("", 0.0))."""
        if not self.causal:
            return self.fill_each(tokens, head_mask)
        ids = torch.tensor([self.vocab.encode(tokens)])
        logits, _ = self.model(ids, causal=True, head_mask=head_mask, need_attention=False)
        p, i = torch.softmax(logits[0, :-1], -1).max(-1)
        return [("", 0.0)] + [(self.vocab.itos[j], float(q)) for j, q in zip(i.tolist(), p.tolist())]

    @torch.inference_mode()
    def fill_each(self, tokens: list[str], head_mask=None, causal: bool = False) -> list[tuple[str, float]]:
        """Mask each position in turn; the model's best guess and its probability. The T masked
        copies run in chunks of at most ``FILL_CELLS`` attention cells, without keeping any
        attention map, so memory grows with T², not T³."""
        ids = torch.tensor(self.vocab.encode(tokens))
        T = len(ids)
        rows = max(1, FILL_CELLS // (self.cfg.heads * T * T))
        out = []
        for start in range(0, T, rows):
            pos = torch.arange(start, min(T, start + rows))
            batch = ids.repeat(len(pos), 1)
            batch[torch.arange(len(pos)), pos] = self.vocab.id(MASK)
            logits, _ = self.model(batch, causal=causal, head_mask=head_mask, need_attention=False)
            p, i = torch.softmax(logits[torch.arange(len(pos)), pos], -1).max(-1)
            out += [(self.vocab.itos[j], float(q)) for j, q in zip(i.tolist(), p.tolist())]
        return out
