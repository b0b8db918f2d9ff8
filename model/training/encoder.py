"""Training the mini self-attention encoder with a masked-word objective that needs relations.

Objective (documented choice): masked-token prediction on the English of Mini-Tamil. Besides
12 % of tokens at random, the words that can only be recovered through a relation are masked
often (50 % each): number-marked verbs (is/are, was/were, does/do, present-tense verbs — need
the subject, possibly across a relative clause), pronouns (he/she/it/they — need the
antecedent in the previous clause), relative pronouns (who/that — need the head noun) and
number/article determiners (a/an, this/these — need the noun). Masked positions become <mask>
80 % of the time, a random word 10 %, and stay 10 %.
"""

from __future__ import annotations

import random
import time
from dataclasses import asdict, dataclass
from datetime import UTC, datetime

import torch
from tqdm import tqdm

from model.checkpoints import checkpoint_path, save_checkpoint
from model.language.forms import english_vocabulary
from model.language.generator import sample_pairs
from model.language.relations import categories
from model.networks.encoder import EncoderConfig, MiniEncoder, mlm_loss
from model.networks.vocab import MASK, Vocab, pad_batch


@dataclass(frozen=True)
class EncoderTrainConfig:
    seed: int = 99                  # seeds data, initialisation and masking
    train_size: int = 30_000        # English sentences (train split, source length 3..max_len)
    valid_size: int = 600           # held-out sentences (valid split) for model selection
    max_len: int = 60               # source length range of the sentences
    batch: int = 64
    lr: float = 1e-3                # AdamW peak learning rate, cosine decay after warm-up
    warmup: int = 300
    epochs: int = 8                 # epochs run …
    schedule_epochs: int = 10       # … of a cosine schedule laid out over this many
    random_rate: float = 0.12       # share of ordinary tokens masked
    target_rate: float = 0.5        # share of relation-bearing tokens masked
    budget_minutes: float = 12.0    # safety cap on wall-clock minutes


def mask_batch(seqs: list[list[int]], cats: list[dict[int, str]], vocab: Vocab, cfg: EncoderTrainConfig,
               rng: random.Random):
    ids = pad_batch(seqs)
    labels = torch.full_like(ids, -100)
    mask_id = vocab.id(MASK)
    for b, seq in enumerate(seqs):
        for i, tok in enumerate(seq):
            rate = cfg.target_rate if i in cats[b] else cfg.random_rate
            if rng.random() < rate:
                labels[b, i] = tok
                r = rng.random()
                ids[b, i] = mask_id if r < 0.8 else (rng.randrange(4, len(vocab)) if r < 0.9 else tok)
    return ids, labels


def train_encoder(cfg: EncoderTrainConfig = EncoderTrainConfig(), out_dir=None, data=None,
                  progress: bool = True, model_kwargs: dict | None = None) -> dict:
    from model.evaluation.masked import evaluate_encoder

    torch.manual_seed(cfg.seed)
    torch.set_num_threads(max(1, min(2, torch.get_num_threads())))
    rng = random.Random(cfg.seed)
    train, valid = data or (
        [p for _, p in sample_pairs(cfg.train_size, cfg.seed, 3, cfg.max_len, "train")],
        [p for _, p in sample_pairs(cfg.valid_size, cfg.seed + 1, 3, cfg.max_len, "valid")])
    vocab = Vocab.build((p.tgt for p in train), specials=(MASK,), extra=english_vocabulary())
    mcfg = EncoderConfig(vocab=len(vocab), **(model_kwargs or {}))
    model = MiniEncoder(mcfg)
    opt = torch.optim.AdamW(model.parameters(), lr=cfg.lr, weight_decay=0.01)
    seqs = [vocab.encode(p.tgt) for p in train]
    cats = [categories(p.tgt, p.relations) for p in train]
    steps_per_epoch = (len(seqs) + cfg.batch - 1) // cfg.batch
    total_steps = steps_per_epoch * cfg.schedule_epochs

    def lr_at(step: int) -> float:
        if step < cfg.warmup:
            return cfg.lr * (step + 1) / cfg.warmup
        progress_ = (step - cfg.warmup) / max(1, total_steps - cfg.warmup)
        return cfg.lr * 0.5 * (1 + torch.cos(torch.tensor(progress_ * 3.14159265)).item())

    history, step, started = [], 0, time.time()
    best_acc, best_state = -1.0, None
    for epoch in range(1, cfg.epochs + 1):
        model.train()
        order = sorted(range(len(seqs)), key=lambda i: (len(seqs[i]), rng.random()))
        chunks = [order[i: i + cfg.batch] for i in range(0, len(order), cfg.batch)]
        rng.shuffle(chunks)
        t0, total, count = time.time(), 0.0, 0
        bar = tqdm(chunks, desc=f"encoder epoch {epoch}", disable=not progress, leave=False)
        for idx in bar:
            ids, labels = mask_batch([seqs[i] for i in idx], [cats[i] for i in idx], vocab, cfg, rng)
            for g in opt.param_groups:
                g["lr"] = lr_at(step)
            logits, _ = model(ids)
            loss = mlm_loss(logits, labels)
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            step += 1
            total, count = total + loss.item(), count + 1
            bar.set_postfix(loss=f"{total / count:.3f}")
        model.eval()
        acc = evaluate_encoder(model, vocab, valid, ablate=False)["masked"]["all"]["accuracy"]
        history.append({"epoch": epoch, "train_loss": total / count, "valid_masked_accuracy": acc,
                        "seconds": time.time() - t0})
        if progress:
            tqdm.write(f"encoder epoch {epoch}: loss {total / count:.4f} valid masked accuracy {acc:.3%}")
        if acc > best_acc:
            best_acc, best_state = acc, {k: v.clone() for k, v in model.state_dict().items()}
        if (time.time() - started) / 60 > cfg.budget_minutes:
            break
    model.load_state_dict(best_state)
    payload = {
        "kind": "encoder", "name": "encoder", "config": asdict(mcfg), "train_config": asdict(cfg),
        "vocab": vocab.itos, "state_dict": model.state_dict(), "history": history, "metrics": {},
        "meta": {"train_sentences": len(train), "seed": cfg.seed, "train_seconds": round(time.time() - started, 1),
                 "params": sum(p.numel() for p in model.parameters()), "torch": str(torch.__version__),
                 "objective": "masked words that need a relation (see model/train_encoder.py)",
                 "created": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")},
    }
    save_checkpoint(payload, checkpoint_path("encoder", out_dir))
    return payload
