"""GRU encoder–decoder with a switch: Bahdanau (additive) attention or the final summary only.

Both variants share a bidirectional GRU encoder and a GRU decoder of the same sizes. With
``attention=False`` the decoder sees one fixed vector — the encoder's final forward and
backward states — at every step (Cho et al. 2014's RNNencdec). With ``attention=True`` it
scores every encoder state against its state, score = vᵀ tanh(W s + U h), and reads their
weighted sum (Bahdanau et al. 2014's RNNsearch).

The decoder is a conditional GRU (``decoder="cgru"``, as in Nematus, Sennrich et al. 2017): a first
GRU reads the previous output word y₍ᵢ₋₁₎, *then* the decoder attends with that updated state, and a
second GRU reads the context. Bahdanau's original decoder (``decoder="bahdanau"``) attends with
s₍ᵢ₋₁₎, before it has read y₍ᵢ₋₁₎, so it must choose where to look for word i without knowing word
i − 1 — which shifts its attention by about one word. With ``key_embed`` the attention keys also see
each source word's own embedding, not only its bidirectional state (which also carries its
neighbours), so "?" and "." absorb less attention.

Targets carry no end-of-sentence token: in Mini-Tamil's English "." and "?" only ever end a
sentence, so decoding stops at them.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch
import torch.nn.functional as F
from torch import nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

from model.networks.vocab import pad_batch


@dataclass(frozen=True)
class Seq2SeqConfig:
    src_vocab: int                  # source vocabulary size (with <pad>, <unk>)
    tgt_vocab: int                  # target vocabulary size (with <pad>, <unk>, <bos>)
    d_embed: int = 64               # embedding width, both languages
    d_model: int = 128              # state width: GRU units per encoder direction and in the decoder
    d_attn: int = 128               # width of the additive-attention MLP
    attention: bool = True          # Bahdanau attention; False = final summary only
    decoder: str = "cgru"           # "cgru": read y_{i-1}, then attend; "bahdanau": attend with s_{i-1}
    key_embed: bool = False         # attention keys U h_j + K x_j (tried: no better than U h_j alone)
    dropout: float = 0.1            # on embeddings and the pre-output layer
    max_out: int = 160              # decoding never writes more tokens than this …
    out_per_src: float = 2.0        # … nor more than out_per_src × source length + out_slack
    out_slack: int = 10             # (gold English is at most 1.9 × its Tamil source)


def additive_attention(query: torch.Tensor, keys: torch.Tensor, values: torch.Tensor,
                       mask: torch.Tensor, v: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """Bahdanau attention as a pure function.

    query (B, A) = W s_{i-1}; keys (B, S, A) = U h_j; values (B, S, D) = h_j;
    mask (B, S) True on real tokens; v (A,). Returns (context (B, D), weights (B, S)).
    """
    scores = torch.tanh(keys + query.unsqueeze(1)) @ v                # (B, S)
    scores = scores.masked_fill(~mask, float("-inf"))
    weights = torch.softmax(scores, dim=-1)                            # (B, S)
    context = torch.bmm(weights.unsqueeze(1), values).squeeze(1)       # (B, D)
    return context, weights


@dataclass
class Encoded:
    states: torch.Tensor            # (B, S, 2H) encoder states h_j
    keys: torch.Tensor | None       # (B, S, A) U h_j, precomputed once per sentence
    summary: torch.Tensor           # (B, 2H) final forward ‖ final backward state
    mask: torch.Tensor              # (B, S) True on real tokens
    init: torch.Tensor              # (B, H) decoder's initial state


class Seq2Seq(nn.Module):
    def __init__(self, cfg: Seq2SeqConfig):
        super().__init__()
        self.cfg = cfg
        ctx = 2 * cfg.d_model
        self.src_emb = nn.Embedding(cfg.src_vocab, cfg.d_embed, padding_idx=0)
        self.tgt_emb = nn.Embedding(cfg.tgt_vocab, cfg.d_embed, padding_idx=0)
        self.encoder = nn.GRU(cfg.d_embed, cfg.d_model, batch_first=True, bidirectional=True)
        self.bridge = nn.Linear(ctx, cfg.d_model)
        if cfg.attention:
            self.W = nn.Linear(cfg.d_model, cfg.d_attn, bias=False)
            self.U = nn.Linear(ctx, cfg.d_attn)
            self.v = nn.Parameter(torch.empty(cfg.d_attn).uniform_(-0.1, 0.1))
            if cfg.key_embed:
                self.K = nn.Linear(cfg.d_embed, cfg.d_attn, bias=False)
        if cfg.decoder == "cgru":
            self.cell1 = nn.GRUCell(cfg.d_embed, cfg.d_model)          # reads y_{i-1}
            self.cell2 = nn.GRUCell(ctx, cfg.d_model)                  # reads the context
        elif cfg.decoder == "bahdanau":
            self.cell = nn.GRUCell(cfg.d_embed + ctx, cfg.d_model)
        else:
            raise ValueError(f"unknown decoder {cfg.decoder!r}")
        self.pre_out = nn.Linear(cfg.d_model + ctx + cfg.d_embed, cfg.d_model)
        self.out = nn.Linear(cfg.d_model, cfg.tgt_vocab)
        self.drop = nn.Dropout(cfg.dropout)

    # ---- encoder ------------------------------------------------------------------------
    def source_states(self, src: torch.Tensor, embedded: torch.Tensor | None = None) -> Encoded:
        """src (B, S) ids; ``embedded`` (B, S, E) replaces the embedding lookup (for gradients)."""
        mask = src != 0                                                   # (B, S)
        lengths = mask.sum(1).clamp(min=1).cpu()
        x = self.drop(self.src_emb(src) if embedded is None else embedded)  # (B, S, E)
        packed = pack_padded_sequence(x, lengths, batch_first=True, enforce_sorted=False)
        out, h_n = self.encoder(packed)
        states, _ = pad_packed_sequence(out, batch_first=True, total_length=src.size(1))  # (B, S, 2H)
        summary = torch.cat([h_n[0], h_n[1]], dim=-1)                   # (B, 2H)
        keys = None
        if self.cfg.attention:
            keys = self.U(states)                                         # (B, S, A)
            if self.cfg.key_embed:
                keys = keys + self.K(x)                                   # (B, S, A)
        return Encoded(states, keys, summary, mask, torch.tanh(self.bridge(summary)))

    # ---- decoder ------------------------------------------------------------------------
    def step(self, enc: Encoded, y_prev: torch.Tensor, s: torch.Tensor,
             override: torch.Tensor | None = None):
        """One decoder step. Returns (logits (B, V), new state (B, H), weights (B, S) or None)."""
        s, context, e, weights = self.advance(enc, y_prev, s, override)
        return self.readout(s, context, e), s, weights

    def readout(self, s: torch.Tensor, context: torch.Tensor, e: torch.Tensor) -> torch.Tensor:
        """Output layer: logits from state, context and previous word (any leading shape)."""
        hidden = torch.tanh(self.pre_out(torch.cat([s, context, e], dim=-1)))
        return self.out(self.drop(hidden))

    def attend(self, enc: Encoded, query: torch.Tensor, override: torch.Tensor | None = None):
        """(context (B, 2H), weights (B, S) or None); ``override`` (B, S) replaces the weights."""
        if not self.cfg.attention:
            return enc.summary, None
        context, weights = additive_attention(self.W(query), enc.keys, enc.states, enc.mask, self.v)
        if override is not None:
            weights = override
            context = torch.bmm(weights.unsqueeze(1), enc.states).squeeze(1)  # (B, 2H)
        return context, weights

    def advance(self, enc: Encoded, y_prev: torch.Tensor, s: torch.Tensor,
                override: torch.Tensor | None = None):
        """Attend and update the state: (state (B, H), context (B, 2H), emb (B, E), weights)."""
        e = self.drop(self.tgt_emb(y_prev))                               # (B, E)
        if self.cfg.decoder == "cgru":
            s1 = self.cell1(e, s)                                         # (B, H) has read y_{i-1}
            context, weights = self.attend(enc, s1, override)
            s = self.cell2(context, s1)                                   # (B, H)
        else:
            context, weights = self.attend(enc, s, override)
            s = self.cell(torch.cat([e, context], dim=-1), s)             # (B, H)
        return s, context, e, weights

    def forward(self, src: torch.Tensor, tgt_in: torch.Tensor, embedded: torch.Tensor | None = None):
        """Teacher forcing. Returns (logits (B, T, V), attention (B, T, S) or None)."""
        enc = self.source_states(src, embedded)
        s, states, contexts, embs, attn = enc.init, [], [], [], []
        for t in range(tgt_in.size(1)):
            s, c, e, w = self.advance(enc, tgt_in[:, t], s)
            states.append(s)
            contexts.append(c)
            embs.append(e)
            attn.append(w)
        logits = self.readout(torch.stack(states, 1), torch.stack(contexts, 1), torch.stack(embs, 1))
        att = torch.stack(attn, 1) if self.cfg.attention else None
        return logits, att                                                # (B, T, V), (B, T, S)

    @torch.inference_mode()
    def greedy(self, src: torch.Tensor, bos: int, stop: set[int], k: int = 5,
               max_out: int | None = None) -> list[dict]:
        """Batched greedy decoding. Per sentence: token ids, attention rows, top-k (ids, probs), and
        whether the length bound (``out_bound``) cut it off before a final "." or "?"."""
        enc = self.source_states(src)
        B = src.size(0)
        y = torch.full((B,), bos, dtype=torch.long)
        s = enc.init
        results = [{"ids": [], "attention": [], "topk": [], "cut": False} for _ in range(B)]
        done = torch.zeros(B, dtype=torch.bool)
        bounds = [self.out_bound(int(n), max_out) for n in enc.mask.sum(1)]
        for _ in range(max(bounds)):
            logits, s, w = self.step(enc, y, s)
            probs = torch.softmax(logits, -1)
            top_p, top_i = probs.topk(k, -1)
            y = top_i[:, 0]
            for b in torch.nonzero(~done).flatten().tolist():
                r = results[b]
                r["ids"].append(y[b].item())
                n = int(enc.mask[b].sum())
                r["attention"].append(w[b, :n].tolist() if w is not None else None)
                r["topk"].append((top_i[b].tolist(), top_p[b].tolist()))
                if y[b].item() in stop:
                    done[b] = True
                elif len(r["ids"]) >= bounds[b]:
                    done[b] = r["cut"] = True
            if done.all():
                break
        return results

    def out_bound(self, src_len: int, max_out: int | None = None) -> int:
        """Most output tokens for a source of ``src_len`` tokens (no runaway repetition)."""
        return min(max_out or self.cfg.max_out, int(self.cfg.out_per_src * src_len) + self.cfg.out_slack)

    @torch.inference_mode()
    def beam(self, src: torch.Tensor, bos: int, stop: set[int], width: int = 4, k: int = 5,
             max_out: int | None = None) -> dict:
        """Beam search for one sentence (src (1, S)); length-normalised log-probability. Each
        hypothesis carries its attention rows and the top-k next tokens of every step, so nothing
        is replayed afterwards."""
        enc = self.source_states(src)
        beams = [(0.0, [bos], enc.init, [], [])]      # (log p, ids, state, attention rows, top-k per step)
        finished = []
        for _ in range(self.out_bound(int(enc.mask.sum()), max_out)):
            y = torch.tensor([b[1][-1] for b in beams])
            s = torch.cat([b[2] for b in beams])
            logits, s_new, w = self.step(_repeat(enc, len(beams)), y, s)
            logp = torch.log_softmax(logits, -1)                               # (beams, V)
            top_p, top_i = logp.exp().topk(k, -1)                              # (beams, k)
            cands = []
            for i, (score, ids, _, rows, tops) in enumerate(beams):
                row = w[i].tolist() if w is not None else None
                top = (top_i[i].tolist(), top_p[i].tolist())
                lp_i, t_i = logp[i].topk(width)
                for lp, t in zip(lp_i.tolist(), t_i.tolist()):
                    cands.append((score + lp, ids + [t], s_new[i: i + 1], rows + [row], tops + [top]))
            cands.sort(key=lambda c: c[0] / (len(c[1]) - 1), reverse=True)
            beams = []
            for c in cands[: 2 * width]:
                (finished if c[1][-1] in stop else beams).append(c)
                if len(beams) == width:
                    break
            if len(finished) >= width or not beams:
                break
        best = max(finished or beams, key=lambda c: c[0] / (len(c[1]) - 1))
        return {"ids": best[1][1:], "attention": best[3], "topk": best[4], "score": best[0], "cut": not finished}

    # ---- interventions and gradients ----------------------------------------------------
    @torch.inference_mode()
    def next_token_probs(self, src: torch.Tensor, prefix: list[int], bos: int,
                         override: torch.Tensor | None = None) -> torch.Tensor:
        """Distribution of the next token after ``prefix`` (src (1, S)). With ``override``
        (S,) the last step uses that attention row instead of the model's own."""
        enc = self.source_states(src)
        s, y = enc.init, torch.tensor([bos])
        for t in prefix:
            _, s, _ = self.step(enc, y, s)
            y = torch.tensor([t])
        row = None if override is None else override.reshape(1, -1).to(enc.states.dtype)
        logits, _, _ = self.step(enc, y, s, override=row)
        return torch.softmax(logits[0], -1)

    def source_gradients(self, src: torch.Tensor, tgt: torch.Tensor, bos: int,
                         steps: int | None = None, rows: list[int] | None = None,
                         cells: int = 2**22) -> torch.Tensor:
        """Gradient norm reaching each source embedding from each output step's chosen logit.

        src (1, S), tgt (1, T) -> (T, S): row i is ‖∂ logit_i[y_i] / ∂ emb_j‖ for every j
        (only the first ``steps`` rows when given, or only the output positions in ``rows``).
        Row 0 is how much each source word can still move the first output; the full matrix is
        the gradient saliency of the translation.

        Batched: the sentence is copied once per wanted row, and copy k's embeddings receive only
        the gradient of its row's logit (the copies never interact), so one forward and one backward
        pass serve many rows. Rows go in chunks whose additive-attention activations (copies × steps ×
        S × d_attn) stay under ``cells`` numbers, which bounds the memory. (``torch.autograd.grad(...,
        is_grads_batched=True)`` also works with the GRU and is nearly as fast — ``python -m
        benchmarks.micro`` — but gives no handle on memory.)
        """
        if self.training:
            raise RuntimeError("source_gradients needs a model in eval mode (a shared model is never switched)")
        wanted = list(rows) if rows is not None else list(range(min(steps or tgt.size(1), tgt.size(1))))
        per_copy = tgt.size(1) * src.size(1) * (self.cfg.d_attn if self.cfg.attention else self.cfg.d_model)
        chunk = max(1, cells // max(1, per_copy))
        out = []
        for a in range(0, len(wanted), chunk):
            part = torch.tensor(wanted[a: a + chunk])                           # output positions of this chunk
            c, steps_needed = len(part), int(part.max()) + 1
            with torch.enable_grad():
                src_c = src.expand(c, -1)
                emb = self.src_emb(src_c).detach().requires_grad_(True)          # (copies, S, E)
                tgt_in = torch.cat([torch.full((c, 1), bos), tgt[:, : steps_needed - 1].expand(c, -1)], 1)
                logits, _ = self.forward(src_c, tgt_in, embedded=emb)            # (copies, steps, V)
                chosen = logits[torch.arange(c), part, tgt[0, part]]             # copy k: its row's word
                (g,) = torch.autograd.grad(chosen.sum(), emb)
            out.append(g.norm(dim=-1))
        return torch.cat(out)                                                    # (len(wanted), S)


def _repeat(enc: Encoded, n: int) -> Encoded:
    def rep(x):
        return None if x is None else x.expand(n, *x.shape[1:])
    return Encoded(rep(enc.states), rep(enc.keys), rep(enc.summary), rep(enc.mask), rep(enc.init))


def sequence_loss(logits: torch.Tensor, target: torch.Tensor) -> torch.Tensor:
    """Mean cross-entropy over non-pad target tokens."""
    return F.cross_entropy(logits.reshape(-1, logits.size(-1)), target.reshape(-1), ignore_index=0)


def greedy_ids(model: Seq2Seq, src: list[list[int]], bos: int, stop: set[int], batch: int = 128,
               max_out: int | None = None) -> list[list[int]]:
    """Greedy decode a list of id sequences (batched by length); returns output ids."""
    model.eval()
    out: list[list[int] | None] = [None] * len(src)
    order = sorted(range(len(src)), key=lambda i: len(src[i]))
    for start in range(0, len(order), batch):
        idx = order[start: start + batch]
        res = model.greedy(pad_batch([src[i] for i in idx]), bos, stop, k=1, max_out=max_out)
        for i, r in zip(idx, res):
            out[i] = r["ids"]
    return out
