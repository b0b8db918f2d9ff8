"""``EncoderRunner``: the trained mini encoder answering one English sentence (what the app and the
``encode`` command call): tokens, attention of every head, masked-word guesses, one head's q and k."""

from __future__ import annotations

import numpy as np
import torch

from model.checkpoints import checkpoint_path, load_checkpoint
from model.errors import InputError
from model.language.tokenizer import tokenize_english
from model.networks.encoder import EncoderConfig, MiniEncoder
from model.networks.vocab import MASK, Vocab


class EncoderRunner:
    """A trained encoder with its vocabulary. Never mutated after construction."""

    def __init__(self, payload: dict):
        self.payload = payload
        self.cfg = EncoderConfig(**payload["config"])
        self.vocab = Vocab(payload["vocab"])
        self.model = MiniEncoder(self.cfg)
        self.model.load_state_dict(payload["state_dict"])
        self.model.eval()

    @classmethod
    def load(cls, directory=None) -> EncoderRunner:
        return cls(load_checkpoint(checkpoint_path("encoder", directory), "encoder"))

    def tokens(self, text: str) -> tuple[list[str], list[int], dict, list[str]]:
        toks = tokenize_english(text)
        tokens, notes = toks.tokens, list(toks.notes)
        if len(tokens) > self.cfg.max_positions:
            notes.append(f"the sentence has {len(tokens)} tokens; only the first {self.cfg.max_positions} are used")
            tokens = tokens[: self.cfg.max_positions]
        unknown = [i for i in sorted(set(toks.unknown) | set(self.vocab.unknown(tokens))) if i < len(tokens)]
        if len(unknown) == len(tokens):
            raise InputError("none of the words is in the encoder's English vocabulary")
        return tokens, unknown, toks.suggestions, notes

    @torch.inference_mode()
    def attention(self, tokens: list[str], causal: bool = False, head_mask=None) -> np.ndarray:
        """(L, H, T, T) attention for a token list."""
        _, att = self.model(torch.tensor([self.vocab.encode(tokens)]), causal=causal, head_mask=head_mask)
        return att[0].numpy()

    def encode(self, text: str, causal: bool = False) -> dict:
        tokens, unknown, _, _ = self.tokens(text)
        return {"tokens": tokens, "unknown": [tokens[i] for i in unknown],
                "attention": np.round(self.attention(tokens, causal), 5).tolist()}

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
    def fill_each(self, tokens: list[str], head_mask=None, causal: bool = False) -> list[tuple[str, float]]:
        """Mask each position in turn; the model's best guess and its probability."""
        ids = self.vocab.encode(tokens)
        mask_id = self.vocab.id(MASK)
        batch = []
        for i in range(len(ids)):
            copy = list(ids)
            copy[i] = mask_id
            batch.append(copy)
        logits, _ = self.model(torch.tensor(batch), causal=causal, head_mask=head_mask)
        probs = torch.softmax(logits[torch.arange(len(ids)), torch.arange(len(ids))], -1)
        p, i = probs.max(-1)
        return [(self.vocab.itos[j], float(q)) for j, q in zip(i.tolist(), p.tolist())]
