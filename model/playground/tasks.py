"""Small reordering tasks for the live playground, generated on the fly from a seed.

Each example is (source tokens, target tokens, gold alignment): target position i comes from source
position ``gold[i]`` — the "true alignment" that attention is measured against (AER, as for the real
models). Three tasks, each a pure permutation of the source (the target is as long as the source):

- ``reverse``: letters A–P in reverse order (gold: i ↦ n − 1 − i);
- ``sort``: distinct letters A–P in alphabetical order (gold: where each letter sat);
- ``word order``: a three-to-five word sentence of a toy verb-final language (subject, object, verb —
  as in Mini-Tamil) to English order (subject, verb, object), each word translated by a fixed
  dictionary: the word-order lesson in miniature.
"""

from __future__ import annotations

import numpy as np

from model.networks.vocab import BOS, PAD, UNK

LETTERS = tuple("ABCDEFGHIJKLMNOP")            # 16 symbols: sort draws distinct ones, so length ≤ 16
TASKS = ("reverse", "sort", "word order")
MIN_LEN, MAX_LEN = 3, 16
WORD_ORDER_LENGTHS = (3, 4, 5)

# the toy language: romanized Mini-Tamil-like words → English, by role
SUBJECTS = {"ravi": "ravi", "meena": "meena", "kannan": "kannan", "priya": "priya", "avan": "he", "aval": "she"}
ADJECTIVES = {"periya": "big", "pudhiya": "new", "sinna": "small", "azhagaana": "nice"}
OBJECTS = {"reportai": "report", "kadithathai": "letter", "pusthakathai": "book", "paadalai": "song",
           "padathai": "picture", "kathaiyai": "story"}
ADVERBS = {"vegamaaga": "quickly", "naalai": "tomorrow", "meduvaaga": "slowly"}
VERBS = {"anuppinaan": "sent", "padiththaan": "read", "ezhuthinaan": "wrote", "paarththaan": "saw",
         "vaanginaan": "bought"}
# source roles in verb-final order, and where each target word comes from (source positions)
PATTERNS = {3: (("S", "O", "V"), (0, 2, 1)),                       # S O V → S V O
            4: (("S", "A", "O", "V"), (0, 3, 1, 2)),               # S A O V → S V A O
            5: (("S", "A", "O", "D", "V"), (0, 3, 4, 1, 2))}       # S A O D V → S D V A O
ROLES = {"S": SUBJECTS, "A": ADJECTIVES, "O": OBJECTS, "D": ADVERBS, "V": VERBS}


class Task:
    """Vocabularies and a sampler for one task at one length (``word order``: lengths 3 … ``length``,
    at most 5)."""

    def __init__(self, name: str, length: int):
        if name not in TASKS:
            raise ValueError(f"unknown task {name!r}; choose one of {', '.join(TASKS)}")
        self.name, self.length = name, int(length)
        if name == "word order":
            self.lengths = tuple(n for n in WORD_ORDER_LENGTHS if n <= max(3, self.length))
            src_words = sorted(w for d in ROLES.values() for w in d)
            tgt_words = sorted({e for d in ROLES.values() for e in d.values()})
        else:
            self.lengths = (self.length,)
            src_words = tgt_words = list(LETTERS)
        self.src_itos = [PAD, UNK, *src_words]
        self.tgt_itos = [PAD, UNK, BOS, *tgt_words]
        self.src_stoi = {w: i for i, w in enumerate(self.src_itos)}
        self.tgt_stoi = {w: i for i, w in enumerate(self.tgt_itos)}
        self.bos = self.tgt_stoi[BOS]

    def example(self, rng: np.random.Generator) -> tuple[list[str], list[str], list[int]]:
        """One (source, target, gold) triple; gold[i] is the source position of target word i."""
        n = int(rng.choice(self.lengths))
        if self.name == "reverse":
            src = [LETTERS[k] for k in rng.integers(0, len(LETTERS), n)]
            gold = list(range(n - 1, -1, -1))
            return src, [src[j] for j in gold], gold
        if self.name == "sort":
            src = [LETTERS[k] for k in rng.choice(len(LETTERS), n, replace=False)]
            gold = sorted(range(n), key=lambda j: src[j])
            return src, [src[j] for j in gold], gold
        roles, gold = PATTERNS[n]
        src = []
        for r in roles:
            words = sorted(ROLES[r])
            src.append(words[int(rng.integers(0, len(words)))])
        eng = [ROLES[r][w] for r, w in zip(roles, src)]
        return src, [eng[j] for j in gold], list(gold)

    def space(self) -> int:
        """How many distinct sources the task has (to keep the held-out set a small share of them)."""
        if self.name == "reverse":
            return len(LETTERS) ** self.length
        if self.name == "sort":
            out = 1
            for k in range(self.length):
                out *= len(LETTERS) - k
            return out
        return sum(int(np.prod([len(ROLES[r]) for r in PATTERNS[n][0]])) for n in self.lengths)

    def encode(self, examples: list[tuple[list[str], list[str], list[int]]]):
        """Padded tensors: (src (B, S), tgt_in (B, T) starting with <bos>, tgt_out (B, T))."""
        import torch

        B, S = len(examples), max(len(e[0]) for e in examples)
        src = torch.zeros(B, S, dtype=torch.long)
        tgt_in = torch.zeros(B, S, dtype=torch.long)
        tgt_out = torch.zeros(B, S, dtype=torch.long)
        for b, (s, t, _) in enumerate(examples):
            src[b, : len(s)] = torch.tensor([self.src_stoi[w] for w in s])
            ids = [self.tgt_stoi[w] for w in t]
            tgt_out[b, : len(ids)] = torch.tensor(ids)
            tgt_in[b, : len(ids)] = torch.tensor([self.bos, *ids[:-1]])
        return src, tgt_in, tgt_out


class Sampler:
    """Training batches and a fixed held-out set that training never sees (the same seed gives the
    same data)."""

    def __init__(self, task: Task, seed: int, held_out: int = 200):
        self.task = task
        self.rng = np.random.default_rng([seed, 1])
        held_rng = np.random.default_rng([seed, 2])
        n = max(1, min(held_out, task.space() // 5))
        seen: dict[tuple, tuple] = {}
        for _ in range(50 * n):
            if len(seen) >= n:
                break
            ex = task.example(held_rng)
            seen.setdefault(tuple(ex[0]), ex)
        self.held = list(seen.values())
        self._held_keys = set(seen)

    def batch(self, size: int) -> list[tuple[list[str], list[str], list[int]]]:
        out = []
        while len(out) < size:
            ex = self.task.example(self.rng)
            if tuple(ex[0]) not in self._held_keys:
                out.append(ex)
        return out
