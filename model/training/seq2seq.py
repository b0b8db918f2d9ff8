"""Training the two seq2seq checkpoints (no attention, additive attention) on equal terms: the same
data (source lengths 3–60), parameter counts within 10 %, about the same wall-clock time (the cheaper
model gets more epochs), each with its own learning rate. The attention model also stores snapshots of
its attention on a few fixed sentences during training, so the app can replay the alignment forming."""

from __future__ import annotations

import math
import random
import time
from dataclasses import asdict, dataclass
from datetime import UTC, datetime

import torch
from tqdm import tqdm

from model.checkpoints import checkpoint_path, save_checkpoint
from model.language.forms import english_vocabulary
from model.language.generator import sample_pairs
from model.networks.seq2seq import Seq2Seq, Seq2SeqConfig, greedy_ids, sequence_loss
from model.networks.units import SourceUnits, sum_to_words, train_pieces
from model.networks.vocab import BOS, SENTENCE_END, Vocab, pad_batch


@dataclass(frozen=True)
class TrainConfig:
    seed: int = 1234                # seeds data, initialisation and batch order
    train_size: int = 40_000        # training pairs (train split; language v3 has 2.5× v2's lemmas)
    valid_size: int = 1_000         # validation pairs (valid split), for model selection
    max_len: int = 60               # L: longest training source sentence
    units: str = "bpe"              # what the encoder reads: "bpe" pieces of each word, or whole "words"
    name_share: float = 0.25        # share of pairs drawn with synthetic person names (English: NAME) …
    name_lexicons: int = 12         # … from this many lexicons, each with its own …
    names_per_lexicon: int = 60     # … random set of training names (held-out names are never used)
    src_pieces: int = 2000          # BPE vocabulary (about 1.1 pieces per word; 1000 splits stems, 4000
                                    # keeps most forms whole — see benchmarks/experiments.py)
    batch: int = 64                 # sentences per length-bucketed batch
    lr_plain: float = 3e-3          # Adam peak learning rate of each model, cosine-decayed to 5 % …
    lr_attention: float = 3e-3      # … over its run (each tuned on short runs)
    epochs_plain: int = 16          # passes over the data: about the same minutes on 2 cores,
    epochs_attention: int = 8       # which buys the cheaper no-attention model more epochs
    clip: float = 1.0               # gradient-norm clipping, as in Bahdanau et al.
    budget_minutes: float = 60.0    # safety cap on wall-clock minutes per model (not a schedule)
    snapshot_every: int = 150       # steps between stored attention snapshots (attention model)
    threads: int = 1                # torch threads: one is as fast as two for models this small here,
                                    # and does not collapse when the other core is busy


SNAPSHOT_SEEDS = (5, 11)            # test-split sentences shown forming beside the seed sentence


def corpus(cfg: TrainConfig, split: str, n: int, seed_offset: int, min_len: int = 3,
           max_len: int | None = None) -> list:
    """``n`` pairs of ``split``; ``cfg.name_share`` of them drawn with synthetic person names (from the
    training names only) whose English is the placeholder NAME (``model.language.names``)."""
    from model.language.names import sample_name_lexicons

    hi = max_len or cfg.max_len
    with_names = round(n * cfg.name_share)
    pairs = [p for _, p in sample_pairs(n - with_names, cfg.seed + seed_offset, min_len, hi, split)]
    if with_names:
        lexicons = sample_name_lexicons("train", cfg.name_lexicons, cfg.names_per_lexicon, cfg.seed + seed_offset)
        share = -(-with_names // len(lexicons))
        for k, lex in enumerate(lexicons):
            got = min(share, with_names - k * share)
            pairs += [p for _, p in sample_pairs(got, cfg.seed + seed_offset + 7919 * (k + 1), min_len, hi, split,
                                                 lex=lex)]
    random.Random(cfg.seed + seed_offset).shuffle(pairs)
    return pairs


def source_units(cfg: TrainConfig, train: list) -> SourceUnits:
    """The units the encoder reads, learned from the training sources only."""
    if cfg.units == "words":
        return SourceUnits({"kind": "words"}, Vocab.build(p.src for p in train))
    model = train_pieces((p.src for p in train), cfg.src_pieces)
    return SourceUnits({"kind": "bpe", "model": model}, SourceUnits.vocabulary(model))


def tensors(pairs, src_units: SourceUnits, tgt_vocab: Vocab):
    src = [src_units.encode(p.src) for p in pairs]
    tgt = [tgt_vocab.encode(p.tgt) for p in pairs]
    return src, tgt


def batches(src: list[list[int]], tgt: list[list[int]], size: int, rng: random.Random):
    """Length-bucketed batches: sort by source length (ties broken randomly), chunk, shuffle."""
    order = sorted(range(len(src)), key=lambda i: (len(src[i]), rng.random()))
    chunks = [order[i: i + size] for i in range(0, len(order), size)]
    rng.shuffle(chunks)
    return chunks


def snapshot_pairs(max_len: int) -> list:
    """The sentences whose attention is stored during training: the seed sentence first."""
    from model.language.parser import parse
    from model.language.seeds import SEED_SOURCE

    pairs = [parse(SEED_SOURCE).pair]
    for seed in SNAPSHOT_SEEDS:
        (_, pair), = sample_pairs(1, seed, 10, min(24, max_len), split="test")
        pairs.append(pair)
    return pairs


@torch.no_grad()
def attention_snapshot(model: Seq2Seq, pairs, units: SourceUnits, tgt_vocab: Vocab, bos: int) -> list:
    """Teacher-forced attention over source words (rounded) of each pair, for the training-replay slider."""
    was_training = model.training
    model.eval()
    out = []
    for p in pairs:
        split = units.split(p.src)
        tgt = torch.tensor([tgt_vocab.encode(p.tgt)])
        t_in = torch.cat([torch.full((1, 1), bos), tgt[:, :-1]], 1)
        _, att = model(torch.tensor([split.ids]), t_in)
        att = sum_to_words(att[0], split.owner, len(p.src)) if units.pieces else att[0]
        out.append([[round(float(x), 3) for x in row] for row in att])
    model.train(was_training)
    return out


def train_seq2seq(name: str, cfg: TrainConfig = TrainConfig(), out_dir=None, data=None,
                  progress: bool = True, model_kwargs: dict | None = None) -> dict:
    """Train the ``plain`` or ``attention`` model and write its checkpoint. Returns the payload."""
    torch.manual_seed(cfg.seed)
    torch.set_num_threads(cfg.threads)
    rng = random.Random(cfg.seed)
    train, valid = data or (corpus(cfg, "train", cfg.train_size, 0), corpus(cfg, "valid", cfg.valid_size, 1))
    units = source_units(cfg, train)
    src_vocab = units.vocab
    tgt_vocab = Vocab.build((p.tgt for p in train), specials=(BOS,), extra=english_vocabulary())
    mcfg = Seq2SeqConfig(src_vocab=len(src_vocab), tgt_vocab=len(tgt_vocab), attention=name == "attention",
                         **(model_kwargs or {}))
    model = Seq2Seq(mcfg)
    lr = cfg.lr_attention if name == "attention" else cfg.lr_plain
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    bos = tgt_vocab.id(BOS)
    stop = {tgt_vocab.id(t) for t in SENTENCE_END}
    tr_src, tr_tgt = tensors(train, units, tgt_vocab)
    va_src, va_tgt = tensors(valid, units, tgt_vocab)
    history, best, best_state = [], (-1.0, float("inf")), None
    started, step = time.time(), 0
    shots = snapshot_pairs(cfg.max_len) if mcfg.attention else []
    snapshots = {"src": [p.src for p in shots], "tgt": [p.tgt for p in shots], "align": [p.align for p in shots],
                 "steps": [], "attention": []}

    def snap() -> None:
        if shots:
            snapshots["steps"].append(step)
            snapshots["attention"].append(attention_snapshot(model, shots, units, tgt_vocab, bos))

    epochs = cfg.epochs_attention if name == "attention" else cfg.epochs_plain
    total_steps = epochs * ((len(tr_src) + cfg.batch - 1) // cfg.batch)
    for epoch in range(1, epochs + 1):
        model.train()
        t0, total, count = time.time(), 0.0, 0
        chunks = batches(tr_src, tr_tgt, cfg.batch, rng)
        bar = tqdm(chunks, desc=f"{name} epoch {epoch}", disable=not progress, leave=False)
        for idx in bar:
            if step % cfg.snapshot_every == 0:
                snap()
            src = pad_batch([tr_src[i] for i in idx])
            tgt = pad_batch([tr_tgt[i] for i in idx])
            tgt_in = torch.cat([torch.full((len(idx), 1), bos), tgt[:, :-1]], 1)
            logits, _ = model(src, tgt_in)
            loss = sequence_loss(logits, tgt)
            for g in opt.param_groups:
                g["lr"] = lr * (0.05 + 0.95 * 0.5 * (1 + math.cos(math.pi * step / total_steps)))
            step += 1
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), cfg.clip)
            opt.step()
            total, count = total + loss.item() * len(idx), count + len(idx)
            bar.set_postfix(loss=f"{total / count:.3f}")
        vloss = validation_loss(model, va_src, va_tgt, bos)
        hyps = greedy_ids(model, va_src, bos, stop)
        exact = sum(h == t for h, t in zip(hyps, va_tgt)) / len(va_tgt)
        row = {"epoch": epoch, "train_loss": total / count, "valid_loss": vloss, "valid_exact": exact,
               "lr": opt.param_groups[0]["lr"], "seconds": time.time() - t0}
        history.append(row)
        if progress:
            tqdm.write(f"{name} epoch {epoch}: train {row['train_loss']:.4f} valid {vloss:.4f} "
                       f"exact {exact:.3%} ({row['seconds']:.0f}s)")
        if (exact, -vloss) > (best[0], -best[1]):
            best, best_state = (exact, vloss), {k: v.clone() for k, v in model.state_dict().items()}
        if (time.time() - started) / 60 > cfg.budget_minutes:
            break
    snap()
    model.load_state_dict(best_state)
    payload = {
        "kind": "seq2seq", "name": name, "config": asdict(mcfg), "train_config": asdict(cfg),
        "src_vocab": src_vocab.itos, "tgt_vocab": tgt_vocab.itos, "state_dict": model.state_dict(),
        "src_units": units.spec(), "src_words": sorted({w for p in train for w in p.src}),
        "history": history, "metrics": {}, "snapshots": snapshots if shots else None,
        "meta": {"train_pairs": len(train), "valid_pairs": len(valid), "seed": cfg.seed,
                 "train_seconds": round(time.time() - started, 1), "best_epoch": max(
                     history, key=lambda r: (r["valid_exact"], -r["valid_loss"]))["epoch"],
                 "params": sum(p.numel() for p in model.parameters()), "torch": str(torch.__version__),
                 "created": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")},
    }
    save_checkpoint(payload, checkpoint_path(name, out_dir))
    return payload


@torch.no_grad()
def validation_loss(model: Seq2Seq, src: list[list[int]], tgt: list[list[int]], bos: int) -> float:
    model.eval()
    total, count = 0.0, 0
    order = sorted(range(len(src)), key=lambda i: len(src[i]))
    for start in range(0, len(order), 128):
        idx = order[start: start + 128]
        s, t = pad_batch([src[i] for i in idx]), pad_batch([tgt[i] for i in idx])
        t_in = torch.cat([torch.full((len(idx), 1), bos), t[:, :-1]], 1)
        logits, _ = model(s, t_in)
        total, count = total + sequence_loss(logits, t).item() * len(idx), count + len(idx)
    return total / count
