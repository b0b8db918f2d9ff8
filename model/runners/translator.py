"""Loading a seq2seq checkpoint and translating user text with it (what the app and CLI call)."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import torch

from model.checkpoints import checkpoint_path, load_checkpoint
from model.errors import LIMITS, InputError
from model.language.names import NAME, copy_names
from model.language.tokenizer import Tokens, shorten, tokenize_source
from model.networks.seq2seq import Seq2Seq, Seq2SeqConfig, greedy_ids
from model.networks.units import SourceUnits, norm_to_words, spread_to_pieces, sum_to_words
from model.networks.vocab import BOS, SENTENCE_END, Vocab, pad_batch


def prepare_source(text: str) -> Tokens:
    """Tokenize Mini-Tamil input once for every model; longer input is cut to ``LIMITS.source_tokens``
    with a note (``InputError`` for text with no words)."""
    return tokenize_source(text).cut(LIMITS.source_tokens, "translated")


UNRELIABLE = 0.5          # an output word is unreliable when more than this share of its attention is on <unk>


def unreliable_rows(attention, unknown) -> list[int]:
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
    attention: np.ndarray | None         # (T, S) float32: each English word's attention over the Tamil words
                                         # (a word's pieces summed); None for the plain model
    topk: list[list[tuple[str, float]]]  # per output step, the k most likely next tokens
    notes: list[str] = field(default_factory=list)
    unreliable: list[int] = field(default_factory=list)  # output words written while attending mostly to <unk>
    pieces: list[str] = field(default_factory=list)      # the units the model read (the words themselves
    owner: list[int] = field(default_factory=list)       # for a word-level model); owner[p] = word of piece p
    piece_attention: np.ndarray | None = None            # (T, P) float32, over the pieces, before summing
    copied: dict[int, int] = field(default_factory=dict)  # output position → the source word a name was copied from

    @property
    def by_pieces(self) -> bool:
        """Whether the model read sub-word pieces rather than the words themselves."""
        return self.pieces != self.src

    def to_json(self) -> dict:
        return {"src": self.src, "unknown": [self.raw[i] for i in self.unknown], "tgt": self.tgt,
                "attention": None if self.attention is None else self.attention.tolist()}


class Translator:
    """A trained seq2seq model with its vocabularies. Never mutated after construction."""

    def __init__(self, payload: dict):
        self.payload = payload
        self.name = payload.get("name", "?")
        self.cfg = Seq2SeqConfig(**payload["config"])
        self.src_vocab, self.tgt_vocab = Vocab(payload["src_vocab"]), Vocab(payload["tgt_vocab"])
        self.units = SourceUnits(payload.get("src_units"), self.src_vocab)
        # the source words seen in training (a word-level model: its vocabulary)
        self.src_words = frozenset(payload.get("src_words") or self.src_vocab.stoi)
        self.model = Seq2Seq(self.cfg)
        self.model.load_state_dict(payload["state_dict"])
        self.model.eval()
        self.bos = self.tgt_vocab.id(BOS)
        self.stop = {self.tgt_vocab.id(t) for t in SENTENCE_END}

    @classmethod
    def load(cls, name: str, directory=None) -> Translator:
        return cls(load_checkpoint(checkpoint_path(name, directory), name))

    @property
    def attends(self) -> bool:
        """Whether the decoder attends (the model with attention) or reads one summary (the plain one)."""
        return self.cfg.attention

    def ids(self, tokens: list[str]) -> torch.Tensor:
        """(1, P) ids of the units the model reads for these words."""
        return torch.tensor([self.units.encode(tokens)])

    def unknown(self, toks: Tokens) -> list[int]:
        """Positions the tokenizer or this model's units do not know."""
        return sorted(set(toks.unknown) | set(self.units.unknown(toks.tokens)))

    def unseen(self, tokens: list[str]) -> list[int]:
        """Positions of words never seen whole in training (a piece model still reads their pieces)."""
        return [i for i, t in enumerate(tokens) if t not in self.src_words]

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
        split = self.units.split(list(tokens))
        src = torch.tensor([split.ids])
        bound = self.model.out_bound(len(tokens))      # counted in words, however many pieces they make
        if beam and beam > 1:
            res = self.model.beam(src, self.bos, self.stop, width=beam, k=k, max_out=bound)
        else:
            res = self.model.greedy(src, self.bos, self.stop, k=k, max_out=bound)[0]
        topk = [[(self.tgt_vocab.itos[i], float(p)) for i, p in zip(ids, ps)] for ids, ps in res["topk"]]
        tgt = self.tgt_vocab.decode(res["ids"])
        piece_att = (np.asarray(res["attention"], dtype=np.float32).reshape(len(tgt), len(split.pieces))
                     if self.attends else None)
        att = piece_att
        if piece_att is not None and self.units.pieces:
            att = sum_to_words(torch.from_numpy(piece_att), split.owner, len(tokens)).numpy()
        notes = list(notes)
        if res["cut"]:
            notes.append(f"the translation was stopped at {len(tgt)} words, the most this model writes for "
                         f"{len(tokens)} source words, before it reached a final '.' or '?'")
        tgt, copied = copy_names(tgt, att, list(tokens), list(unknown))
        for i, j in copied.items():
            how = ("the word it attended to most while writing it" if att is not None else
                   "the next word outside the language, in order: without attention it has nothing to point with")
            notes.append(f"“{tgt[i]}” is a name copied from {tokens[j]}, {how}")
        unreliable = [i for i in unreliable_rows(att, unknown) if i not in copied] if att is not None else []
        return Translation(src=list(tokens), raw=list(raw or tokens), unknown=list(unknown),
                           suggestions=dict(sugg or {}), tgt=tgt, attention=att, topk=topk, notes=notes,
                           unreliable=unreliable, pieces=split.pieces, owner=split.owner, piece_attention=piece_att,
                           copied=copied)

    def greedy_batch(self, sentences: list[list[str]], batch: int = 128) -> list[list[str]]:
        """Greedy translations of tokenized sentences; a sentence whose translation holds a name to copy
        is translated again on its own, with its attention (``translate_tokens``)."""
        hyps = greedy_ids(self.model, [self.units.encode(s) for s in sentences], self.bos, self.stop, batch)
        out = [self.tgt_vocab.decode(h) for h in hyps]
        return [self.translate_tokens(s, unknown=self.unknown(tokenize_source(" ".join(s)))).tgt
                if NAME in o else o for s, o in zip(sentences, out)]

    @torch.inference_mode()
    def forced_attention(self, src: list[list[str]], tgt: list[list[str]], pieces: bool = False) -> list[torch.Tensor]:
        """Teacher-forced attention (T, S) over source words for each pair (attention model only); with
        ``pieces`` over the units the model read."""
        out = []
        for start in range(0, len(src), 128):
            splits = [self.units.split(x) for x in src[start: start + 128]]
            s = pad_batch([sp.ids for sp in splits])
            t = pad_batch([self.tgt_vocab.encode(x) for x in tgt[start: start + 128]])
            t_in = torch.cat([torch.full((t.size(0), 1), self.bos), t[:, :-1]], 1)
            _, att = self.model(s, t_in)
            for b, sp in enumerate(splits):
                n_t = len(tgt[start + b])
                a = att[b, :n_t, :len(sp.ids)]
                out.append(a if pieces or not self.units.pieces else sum_to_words(a, sp.owner, len(src[start + b])))
        return out

    def forced_argmax(self, src: list[list[str]], tgt: list[list[str]]) -> list[list[int]]:
        return [a.argmax(-1).tolist() for a in self.forced_attention(src, tgt)]

    def gradients(self, src: list[str], tgt: list[str], steps: int | None = None,
                  rows: list[int] | None = None) -> torch.Tensor:
        """(T, S) gradient norms from each output token's logit to each source word's embedding (the
        first ``steps`` rows, or the rows listed in ``rows``); a word's pieces count together."""
        split = self.units.split(list(src))
        g = self.model.source_gradients(torch.tensor([split.ids]), torch.tensor([self.tgt_vocab.encode(tgt)]),
                                        self.bos, steps, rows)
        return norm_to_words(g, split.owner, len(src)) if self.units.pieces else g

    def next_token(self, src: list[str], prefix: list[str], row: list[float] | None = None,
                   k: int = 8) -> list[tuple[str, float]]:
        """Top-k next tokens after ``prefix``; with ``row`` (one weight per source word) the step attends
        where the user says, a word's weight shared equally by its pieces."""
        split = self.units.split(list(src))
        override = None
        if row is not None:
            r = torch.tensor(row, dtype=torch.float32).clamp(min=0)
            if not torch.isfinite(r).all() or r.sum() <= 0:
                raise InputError("the attention row must have finite, non-negative weights with a positive sum")
            if r.numel() != len(src):
                raise InputError(f"the attention row needs one weight per source word ({len(src)}), not {r.numel()}")
            r = spread_to_pieces(r, split.owner) if self.units.pieces else r
            override = r / r.sum()
        probs = self.model.next_token_probs(torch.tensor([split.ids]), self.tgt_vocab.encode(prefix), self.bos,
                                            override)
        top = probs.topk(k)
        return [(self.tgt_vocab.itos[i], float(p)) for i, p in zip(top.indices.tolist(), top.values.tolist())]
