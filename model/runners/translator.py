"""Loading a seq2seq checkpoint and translating user text with it (what the app and CLI call)."""

from __future__ import annotations

from dataclasses import dataclass, field

import torch

from model.checkpoints import checkpoint_path, load_checkpoint
from model.errors import InputError
from model.language.tokenizer import Tokens, shorten, tokenize_source
from model.networks.seq2seq import Seq2Seq, Seq2SeqConfig, greedy_ids
from model.networks.vocab import BOS, SENTENCE_END, Vocab, pad_batch

LEGACY_CONFIG = {"decoder": "bahdanau", "key_embed": False}   # checkpoints written before these fields existed
MAX_SRC_TOKENS = 80      # longer input is truncated with a note (training used 3–60; evaluation goes to 90)


def prepare_source(text: str) -> Tokens:
    """Tokenize Mini-Tamil input once for every model; longer input is cut to ``MAX_SRC_TOKENS``
    with a note (``InputError`` for text with no words)."""
    toks = tokenize_source(text)
    n = len(toks.tokens)
    if n <= MAX_SRC_TOKENS:
        return toks
    return Tokens(tokens=toks.tokens[:MAX_SRC_TOKENS], raw=toks.raw[:MAX_SRC_TOKENS],
                  unknown=[i for i in toks.unknown if i < MAX_SRC_TOKENS],
                  suggestions={i: s for i, s in toks.suggestions.items() if i < MAX_SRC_TOKENS},
                  notes=[*toks.notes, f"the sentence has {n} tokens; only the first {MAX_SRC_TOKENS} were translated"],
                  truncated=True)


UNRELIABLE = 0.5          # an output word is unreliable when more than this share of its attention is on <unk>


def unreliable_rows(attention: list[list[float]], unknown) -> list[int]:
    """Output positions written while attending mostly (> ``UNRELIABLE``) to unknown source words."""
    unknown = set(unknown)
    return [i for i, row in enumerate(attention) if sum(row[j] for j in unknown if j < len(row)) > UNRELIABLE]


@dataclass
class Translation:
    src: list[str]                       # source tokens as the model read them (Tamil script)
    raw: list[str]                       # tokens as typed
    unknown: list[int]                   # positions read as <unk>
    suggestions: dict[int, list[str]]
    tgt: list[str]
    attention: list[list[float]] | None  # [tgt][src]
    topk: list[list[tuple[str, float]]]  # per output step, the k most likely next tokens
    notes: list[str] = field(default_factory=list)
    unreliable: list[int] = field(default_factory=list)  # output words written while attending mostly to <unk>

    def to_json(self) -> dict:
        return {"src": self.src, "unknown": [self.raw[i] for i in self.unknown], "tgt": self.tgt,
                "attention": self.attention}


class Translator:
    """A trained seq2seq model with its vocabularies. Never mutated after construction."""

    def __init__(self, payload: dict):
        self.payload = payload
        self.name = payload.get("name", "?")
        self.cfg = Seq2SeqConfig(**{**LEGACY_CONFIG, **payload["config"]})
        self.src_vocab, self.tgt_vocab = Vocab(payload["src_vocab"]), Vocab(payload["tgt_vocab"])
        self.model = Seq2Seq(self.cfg)
        self.model.load_state_dict(payload["state_dict"])
        self.model.eval()
        self.bos = self.tgt_vocab.id(BOS)
        self.stop = {self.tgt_vocab.id(t) for t in SENTENCE_END}

    @classmethod
    def load(cls, name: str, directory=None) -> Translator:
        return cls(load_checkpoint(checkpoint_path(name, directory), name))

    @property
    def attention(self) -> bool:
        return self.cfg.attention

    def ids(self, tokens: list[str]) -> torch.Tensor:
        return torch.tensor([self.src_vocab.encode(tokens)])

    def unknown(self, toks: Tokens) -> list[int]:
        """Positions the tokenizer or this model's vocabulary does not know."""
        return sorted(set(toks.unknown) | set(self.src_vocab.unknown(toks.tokens)))

    def translate(self, text: str, beam: int = 0, k: int = 5) -> Translation:
        """Translate user text. Unknown words are read as <unk>; the rest is still translated."""
        return self.translate_prepared(prepare_source(text), beam=beam, k=k)

    def translate_prepared(self, toks: Tokens, beam: int = 0, k: int = 5) -> Translation:
        """Translate tokenized input (see ``prepare_source``); refuses input with no known word."""
        unknown = self.unknown(toks)
        if len(unknown) == len(toks.tokens):
            raise InputError("none of the words is in the vocabulary: "
                             + ", ".join(f"'{shorten(w)}'" for w in toks.raw[:8]))
        return self.translate_tokens(toks.tokens, toks.raw, unknown, toks.suggestions, toks.notes, beam=beam, k=k)

    def translate_tokens(self, tokens, raw=None, unknown=(), sugg=None, notes=(), beam: int = 0,
                         k: int = 5) -> Translation:
        src = self.ids(tokens)
        if beam and beam > 1:
            res = self.model.beam(src, self.bos, self.stop, width=beam, k=k)
        else:
            res = self.model.greedy(src, self.bos, self.stop, k=k)[0]
        topk = [[(self.tgt_vocab.itos[i], float(p)) for i, p in zip(ids, ps)] for ids, ps in res["topk"]]
        tgt = self.tgt_vocab.decode(res["ids"])
        att = res["attention"] if self.attention else None
        notes = list(notes)
        if res["cut"]:
            notes.append(f"the translation was stopped at {len(tgt)} words, the most this model writes for "
                         f"{len(tokens)} source words, before it reached a final '.' or '?'")
        unreliable = unreliable_rows(att, unknown) if att is not None else []
        return Translation(src=list(tokens), raw=list(raw or tokens), unknown=list(unknown),
                           suggestions=dict(sugg or {}), tgt=tgt, attention=att, topk=topk, notes=notes,
                           unreliable=unreliable)

    def greedy_batch(self, sentences: list[list[str]], batch: int = 128) -> list[list[str]]:
        hyps = greedy_ids(self.model, [self.src_vocab.encode(s) for s in sentences], self.bos, self.stop, batch)
        return [self.tgt_vocab.decode(h) for h in hyps]

    @torch.inference_mode()
    def forced_attention(self, src: list[list[str]], tgt: list[list[str]]) -> list[torch.Tensor]:
        """Teacher-forced attention (T, S) for each pair (attention model only)."""
        out = []
        for start in range(0, len(src), 128):
            s = pad_batch([self.src_vocab.encode(x) for x in src[start: start + 128]])
            t = pad_batch([self.tgt_vocab.encode(x) for x in tgt[start: start + 128]])
            t_in = torch.cat([torch.full((t.size(0), 1), self.bos), t[:, :-1]], 1)
            _, att = self.model(s, t_in)
            for b in range(t.size(0)):
                n_s, n_t = len(src[start + b]), len(tgt[start + b])
                out.append(att[b, :n_t, :n_s])
        return out

    def forced_argmax(self, src: list[list[str]], tgt: list[list[str]]) -> list[list[int]]:
        return [a.argmax(-1).tolist() for a in self.forced_attention(src, tgt)]

    def gradients(self, src: list[str], tgt: list[str], steps: int | None = None,
                  rows: list[int] | None = None) -> torch.Tensor:
        """(T, S) gradient norms from each output token's logit to each source embedding (the first
        ``steps`` rows, or the rows listed in ``rows``)."""
        return self.model.source_gradients(self.ids(src), torch.tensor([self.tgt_vocab.encode(tgt)]), self.bos,
                                           steps, rows)

    def next_token(self, src: list[str], prefix: list[str], row: list[float] | None = None,
                   k: int = 8) -> list[tuple[str, float]]:
        """Top-k next tokens after ``prefix``; with ``row`` the step attends where the user says."""
        override = None
        if row is not None:
            r = torch.tensor(row, dtype=torch.float32).clamp(min=0)
            if not torch.isfinite(r).all() or r.sum() <= 0:
                raise InputError("the attention row must have finite, non-negative weights with a positive sum")
            override = r / r.sum()
        probs = self.model.next_token_probs(self.ids(src), self.tgt_vocab.encode(prefix), self.bos, override)
        top = probs.topk(k)
        return [(self.tgt_vocab.itos[i], float(p)) for i, p in zip(top.indices.tolist(), top.values.tolist())]
