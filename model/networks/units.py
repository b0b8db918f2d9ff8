"""What the seq2seq encoder reads: whole words, or learned sub-word pieces of each word.

Pieces are byte-pair units (Sennrich et al. 2016) learned with ``sentencepiece`` on the training
sources, so an inflected form never seen in training (போகமாட்டேன்) is still read as pieces that were
(▁ப ோ க மா ட்ட ேன்). Every word is split on its own, so each piece belongs to exactly one word: the
pages speak in words by summing the attention of a word's pieces (Zenkel et al. 2019), and can show
the pieces themselves.

A checkpoint stores its units as ``src_units`` ({"kind": "words"} or {"kind": "bpe", "model": bytes});
checkpoints written before pieces existed read whole words.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass

import torch

from model.networks.vocab import PAD, UNK, Vocab

WORD_START = "▁"          # sentencepiece's mark on the first piece of a word
MAX_PIECES = 12           # a word that splits into more pieces is read as one <unk> (no word of the
                          # language needs more than 6 in the trained model; a hostile sentence gets at most 12 a word)


@dataclass(frozen=True)
class Split:
    pieces: list[str]      # the units the model reads, in order
    ids: list[int]         # their ids in the source vocabulary
    owner: list[int]       # owner[p] = index of the word piece p belongs to

    def word_pieces(self, n_words: int) -> list[list[str]]:
        out: list[list[str]] = [[] for _ in range(n_words)]
        for piece, w in zip(self.pieces, self.owner):
            out[w].append(piece)
        return out


def train_pieces(sentences: Iterable[list[str]], vocab_size: int) -> bytes:
    """Learn ``vocab_size`` BPE pieces from tokenized sentences (deterministic: BPE merges by counts,
    the input in order); returns the sentencepiece model."""
    import sentencepiece as spm

    buf = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(" ".join(s) for s in sentences), model_writer=buf, vocab_size=vocab_size,
        model_type="bpe", character_coverage=1.0, bos_id=-1, eos_id=-1, unk_id=0, split_by_whitespace=True,
        normalization_rule_name="identity",
        input_sentence_size=0, shuffle_input_sentence=False, minloglevel=2, num_threads=1,
        hard_vocab_limit=False)   # a small corpus (the tests' tiny models) gets fewer pieces
    return buf.getvalue()


class SourceUnits:
    """Splits source words into the units a checkpoint's encoder reads."""

    def __init__(self, spec: dict | None, vocab: Vocab):
        spec = spec or {"kind": "words"}
        self.kind = spec["kind"]
        self.vocab = vocab
        self._sp = None
        if self.kind == "bpe":
            import sentencepiece as spm

            self._sp = spm.SentencePieceProcessor(model_proto=bytes(spec["model"]))
        elif self.kind != "words":
            raise ValueError(f"unknown source units {self.kind!r}")

    @property
    def pieces(self) -> bool:
        return self._sp is not None

    @staticmethod
    def vocabulary(model: bytes) -> Vocab:
        """The source vocabulary of a piece model: <pad>, <unk>, then its pieces in its own order."""
        import sentencepiece as spm

        sp = spm.SentencePieceProcessor(model_proto=model)
        pieces = [sp.id_to_piece(i) for i in range(sp.get_piece_size()) if not sp.is_unknown(i)]
        return Vocab([PAD, UNK, *[p for p in pieces if p not in (PAD, UNK)]])

    def split(self, words: list[str]) -> Split:
        if self._sp is None:
            return Split(list(words), self.vocab.encode(words), list(range(len(words))))
        pieces, owner = [], []
        for w, segs in enumerate(self._sp.encode(list(words), out_type=str) if words else []):
            segs = segs if len(segs) <= MAX_PIECES else [UNK]
            pieces.extend(segs)
            owner.extend([w] * len(segs))
        return Split(pieces, self.vocab.encode(pieces), owner)

    def encode(self, words: list[str]) -> list[int]:
        return self.split(words).ids

    def unknown(self, words: list[str]) -> list[int]:
        """Words with a unit outside the vocabulary (for pieces: a character never seen in training)."""
        s = self.split(words)
        return sorted({w for i, w in zip(s.ids, s.owner) if i == 1})

    def spec(self) -> dict:
        return {"kind": self.kind, **({"model": self._sp.serialized_model_proto()} if self._sp else {})}


def piece_labels(pieces: list[str], owner: list[int], words: list[str], roman: list[str]) -> list[tuple[str, str]]:
    """(axis label, hover label) per piece: the piece, and which word (with its romanization) it is of."""
    return [(p, f"{p} — piece of {words[w]} ({roman[w]})") for p, w in zip(pieces, owner)]


# ---- from pieces back to words (pure functions on arrays) ---------------------------------------
def owner_matrix(owner: list[int], n_words: int) -> torch.Tensor:
    """(P, W) 0/1 matrix: piece p belongs to word w."""
    m = torch.zeros(len(owner), n_words)
    m[torch.arange(len(owner)), torch.tensor(owner, dtype=torch.long)] = 1.0
    return m


def sum_to_words(weights: torch.Tensor, owner: list[int], n_words: int) -> torch.Tensor:
    """(…, P) attention over pieces → (…, W) attention over words: a word gets its pieces' sum."""
    return weights @ owner_matrix(owner, n_words).to(weights.dtype)


def norm_to_words(norms: torch.Tensor, owner: list[int], n_words: int) -> torch.Tensor:
    """(…, P) gradient norms per piece → (…, W) the norm of each word's pieces taken together."""
    return ((norms ** 2) @ owner_matrix(owner, n_words).to(norms.dtype)).sqrt()


def spread_to_pieces(row: torch.Tensor, owner: list[int]) -> torch.Tensor:
    """(W,) weights over words → (P,) over pieces, each word's weight shared equally by its pieces."""
    idx = torch.tensor(owner, dtype=torch.long)
    counts = torch.bincount(idx, minlength=row.numel()).clamp(min=1).to(row.dtype)
    return row[idx] / counts[idx]
