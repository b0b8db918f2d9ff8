"""A mini transformer encoder written out: embeddings + sinusoidal positions, pre-LN blocks.

A forward pass returns the attention of every layer and head, (B, L, H, T, T), unless asked not
to (``need_attention=False``: the maps are then never kept, and each layer uses torch's fused
attention, so memory stays at one layer's activations). A causal mask restricts each token to
itself and the tokens before it; a head mask (L, H) of 0/1 switches chosen heads off (their output
is zeroed before the output projection).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import torch
import torch.nn.functional as F
from torch import nn


@dataclass(frozen=True)
class EncoderConfig:
    vocab: int                  # English vocabulary size (with <pad>, <unk>, <mask>)
    d_model: int = 96           # residual width
    heads: int = 8              # attention heads per layer
    layers: int = 3             # transformer blocks
    d_ff: int = 256             # feed-forward width
    dropout: float = 0.1        # on embeddings, attention output and feed-forward
    max_positions: int = 160    # longest input the position table covers


def scaled_dot_product_attention(q: torch.Tensor, k: torch.Tensor, v: torch.Tensor,
                                 mask: torch.Tensor | None = None) -> tuple[torch.Tensor, torch.Tensor]:
    """softmax(q kᵀ / √d) v as a pure function. q, k, v (B, H, T, d); mask broadcastable to
    (B, H, T, T), True where a query may look. Returns (output (B, H, T, d), weights (B, H, T, T))."""
    scores = q @ k.transpose(-2, -1) / math.sqrt(q.size(-1))           # (B, H, T, T)
    if mask is not None:
        scores = scores.masked_fill(~mask, float("-inf"))
    weights = torch.softmax(scores, dim=-1)
    return weights @ v, weights


def sinusoids(n: int, d: int) -> torch.Tensor:
    pos = torch.arange(n).unsqueeze(1)
    div = torch.exp(torch.arange(0, d, 2) * (-math.log(10000.0) / d))
    table = torch.zeros(n, d)
    table[:, 0::2], table[:, 1::2] = torch.sin(pos * div), torch.cos(pos * div)
    return table                                                       # (n, d)


class MultiHeadAttention(nn.Module):
    def __init__(self, cfg: EncoderConfig):
        super().__init__()
        self.h, self.dh = cfg.heads, cfg.d_model // cfg.heads
        self.qkv = nn.Linear(cfg.d_model, 3 * cfg.d_model)
        self.proj = nn.Linear(cfg.d_model, cfg.d_model)
        self.drop = nn.Dropout(cfg.dropout)

    def project(self, x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        B, T, D = x.shape
        q, k, v = self.qkv(x).split(D, dim=-1)                          # 3 × (B, T, D)
        return tuple(t.view(B, T, self.h, self.dh).transpose(1, 2) for t in (q, k, v))  # (B, H, T, dh)

    def forward(self, x, mask=None, head_mask=None, need_weights: bool = True):
        B, T, D = x.shape
        q, k, v = self.project(x)
        if need_weights:
            out, weights = scaled_dot_product_attention(q, k, v, mask)  # (B, H, T, dh), (B, H, T, T)
        else:                                                           # same maths, maps never kept
            out, weights = F.scaled_dot_product_attention(q, k, v, attn_mask=mask), None
        if head_mask is not None:
            out = out * head_mask.view(1, self.h, 1, 1)
        out = out.transpose(1, 2).reshape(B, T, D)                     # (B, T, D)
        return self.drop(self.proj(out)), weights


class Block(nn.Module):
    def __init__(self, cfg: EncoderConfig):
        super().__init__()
        self.ln1, self.ln2 = nn.LayerNorm(cfg.d_model), nn.LayerNorm(cfg.d_model)
        self.attn = MultiHeadAttention(cfg)
        self.ff = nn.Sequential(nn.Linear(cfg.d_model, cfg.d_ff), nn.GELU(),
                                nn.Linear(cfg.d_ff, cfg.d_model), nn.Dropout(cfg.dropout))

    def forward(self, x, mask=None, head_mask=None, need_weights: bool = True):
        a, w = self.attn(self.ln1(x), mask, head_mask, need_weights)
        x = x + a
        return x + self.ff(self.ln2(x)), w


class MiniEncoder(nn.Module):
    def __init__(self, cfg: EncoderConfig):
        super().__init__()
        self.cfg = cfg
        self.tok = nn.Embedding(cfg.vocab, cfg.d_model, padding_idx=0)
        nn.init.normal_(self.tok.weight, std=cfg.d_model ** -0.5)     # × √d below → unit-scale, like positions
        with torch.no_grad():
            self.tok.weight[0].zero_()
        self.register_buffer("pos", sinusoids(cfg.max_positions, cfg.d_model), persistent=False)
        self.drop = nn.Dropout(cfg.dropout)
        self.blocks = nn.ModuleList(Block(cfg) for _ in range(cfg.layers))
        self.ln = nn.LayerNorm(cfg.d_model)
        self.head = nn.Linear(cfg.d_model, cfg.vocab)

    def forward(self, ids: torch.Tensor, causal: bool = False, head_mask: torch.Tensor | None = None,
                need_attention: bool = True):
        """ids (B, T). Returns (logits (B, T, V), attention (B, L, H, T, T), or ``None`` when
        ``need_attention`` is false)."""
        B, T = ids.shape
        if T > self.cfg.max_positions:
            raise ValueError(f"input of {T} tokens exceeds the encoder's {self.cfg.max_positions}")
        x = self.drop(self.tok(ids) * math.sqrt(self.cfg.d_model) + self.pos[:T])  # (B, T, D)
        mask = (ids != 0)[:, None, None, :]                             # (B, 1, 1, T) keys that exist
        if causal:
            mask = mask & torch.ones(T, T, dtype=torch.bool).tril()[None, None]
        maps = []
        for layer, block in enumerate(self.blocks):
            x, w = block(x, mask, None if head_mask is None else head_mask[layer], need_attention)
            maps.append(w)
        att = torch.stack(maps, 1) if need_attention else None         # (B, L, H, T, T)
        return self.head(self.ln(x)), att                               # (B, T, V), maps


def mlm_loss(logits: torch.Tensor, labels: torch.Tensor) -> torch.Tensor:
    """Cross-entropy on masked positions only (labels are -100 elsewhere)."""
    return F.cross_entropy(logits.reshape(-1, logits.size(-1)), labels.reshape(-1), ignore_index=-100)
