"""Training the mini self-attention encoders on the English of Mini-Tamil. The heads are never told
where to look: nothing in training uses the gold relations as attention targets.

Two objectives, one checkpoint each:

- ``mlm`` (``encoder.pt``, bidirectional): masked-word prediction. Besides ``random_rate`` of all
  tokens, the words that only a relation can recover are masked often (``target_rate``): number-marked
  verbs (is/are, was/were, does/do, present-tense verbs — need the subject, possibly across a relative
  clause), pronouns and repeated antecedents (need the previous clause's subject), relative pronouns
  (who/that — need the head noun), number-marking determiners (a/an, this/these — need the noun); and
  content words (``content_rate``: nouns, verbs, adjectives, which the verb's frame and the noun's
  class predict from each other). Masked positions become <mask> 80 % of the time, a random word
  10 %, and stay 10 %.
- ``causal`` (``encoder_causal.pt``, left to right): next-word prediction under the causal mask, so
  the page's causal toggle runs a model trained that way.

The attention of every head on the seed sentence is stored every ``snapshot_every`` steps, so the
app can replay the heads specialising.
"""

from __future__ import annotations

import math
import random
import time
from dataclasses import asdict, dataclass
from datetime import UTC, datetime

import torch
import torch.nn.functional as F
from tqdm import tqdm

from model.checkpoints import checkpoint_path, save_checkpoint
from model.language.forms import english_vocabulary
from model.language.generator import sample_pairs
from model.language.relations import categories
from model.networks.encoder import EncoderConfig, MiniEncoder, mlm_loss
from model.networks.vocab import MASK, Vocab, pad_batch

FUNCTION_WORDS = frozenset({"the", "a", "an", "this", "these", "who", "that", "did", "does", "do", "will", "be",
                            "is", "are", "was", "were", "please", "to", "from", "with", "in", "at", "by", "can",
                            "you", ",", ".", "?", "and", "then", "but", "so", "also", "on", "every", "last",
                            "next", "he", "she", "it", "they",
                            # language v3: persons, possessives, negation, questions, reasons, degrees
                            "i", "me", "my", "we", "us", "our", "your", "him", "them", "his", "her", "their",
                            "am", "not", "because", "very", "too", "what", "whom", "where", "when", "why",
                            "how", "of"})


@dataclass(frozen=True)
class EncoderTrainConfig:
    objective: str = "mlm"          # "mlm" (bidirectional, masked words) or "causal" (next word)
    seed: int = 99                  # seeds data, initialisation and masking
    train_size: int = 30_000        # English sentences (train split, source length 3..max_len)
    valid_size: int = 600           # held-out sentences (valid split) for model selection
    max_len: int = 60               # source length range of the sentences
    batch: int = 64
    lr: float = 1e-3                # AdamW peak learning rate, cosine decay after warm-up
    warmup: int = 300
    epochs: int = 20                # epochs run … (the left-to-right model: 12, ``model.training.all``;
                                    # 20 sharpened every head over 12 — run X5 in benchmarks/RESULTS.md)
    schedule_epochs: int = 22       # … of a cosine schedule laid out over this many
    random_rate: float = 0.12       # share of function words masked
    content_rate: float = 0.2       # share of content words (nouns, verbs, adjectives) masked
    target_rate: float = 0.5        # share of relation-bearing words masked
    role_rate: float = 0.0          # share of subjects, objects and their verbs masked (0: their content or
                                    # function-word rate), so that filling one in needs the other end
    pronoun_rate: float = 0.0       # share of personal pronouns and possessives masked (0: as function words):
                                    # he or him, my or i — the choice needs the word's role in its clause
    snapshot_every: int = 200       # steps between stored snapshots of the seed sentence's attention
    budget_minutes: float = 45.0    # safety cap on wall-clock minutes (not a schedule)
    threads: int = 1                # torch threads: one is as fast as two for models this small here,
                                    # and does not collapse when the other core is busy


def checkpoint_name(cfg: EncoderTrainConfig) -> str:
    return "causal" if cfg.objective == "causal" else "encoder"


PERSONAL = frozenset({"i", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her", "it",
                      "its", "they", "them", "their"})


def role_positions(relations: list[list]) -> set[int]:
    """Both ends of every subject and object relation: the noun or pronoun and its verb."""
    return {i for dep, head, label in relations if label in ("nsubj", "obj") for i in (dep, head)}


def mask_batch(seqs: list[list[int]], cats: list[dict[int, str]], content: list[set[int]], vocab: Vocab,
               cfg: EncoderTrainConfig, rng: random.Random, roles: list[set[int]] | None = None):
    ids = pad_batch(seqs)
    labels = torch.full_like(ids, -100)
    mask_id = vocab.id(MASK)
    for b, seq in enumerate(seqs):
        for i, tok in enumerate(seq):
            rate = (cfg.target_rate if i in cats[b] else cfg.role_rate if cfg.role_rate and roles and i in roles[b]
                    else cfg.pronoun_rate if cfg.pronoun_rate and vocab.itos[tok] in PERSONAL
                    else cfg.content_rate if i in content[b] else cfg.random_rate)
            if rng.random() < rate:
                labels[b, i] = tok
                r = rng.random()
                ids[b, i] = mask_id if r < 0.8 else (rng.randrange(4, len(vocab)) if r < 0.9 else tok)
    return ids, labels


def next_word_loss(logits: torch.Tensor, ids: torch.Tensor) -> torch.Tensor:
    """Cross-entropy of each position's prediction of the next token (padding ignored)."""
    target = ids[:, 1:].masked_fill(ids[:, 1:] == 0, -100)
    return F.cross_entropy(logits[:, :-1].reshape(-1, logits.size(-1)), target.reshape(-1), ignore_index=-100)


def train_encoder(cfg: EncoderTrainConfig = EncoderTrainConfig(), out_dir=None, data=None,
                  progress: bool = True, model_kwargs: dict | None = None) -> dict:
    from model.evaluation.masked import evaluate_encoder
    from model.language.seeds import SEED_ENGLISH

    causal = cfg.objective == "causal"
    torch.manual_seed(cfg.seed)
    torch.set_num_threads(cfg.threads)
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
    content = [{i for i, w in enumerate(p.tgt) if w not in FUNCTION_WORDS} for p in train]
    roles = [role_positions(p.relations) for p in train]
    steps_per_epoch = (len(seqs) + cfg.batch - 1) // cfg.batch
    total_steps = steps_per_epoch * cfg.schedule_epochs
    seed_ids = torch.tensor([vocab.encode(SEED_ENGLISH.split())])
    snapshots = {"tokens": SEED_ENGLISH.split(), "steps": [], "attention": []}

    def lr_at(step: int) -> float:
        if step < cfg.warmup:
            return cfg.lr * (step + 1) / cfg.warmup
        progress_ = (step - cfg.warmup) / max(1, total_steps - cfg.warmup)
        return cfg.lr * 0.5 * (1 + math.cos(math.pi * min(progress_, 1.0)))

    @torch.no_grad()
    def snap() -> None:
        was = model.training
        model.eval()
        _, att = model(seed_ids, causal=causal)
        snapshots["steps"].append(step)
        snapshots["attention"].append(att[0].to(torch.float16))            # (L, H, T, T)
        model.train(was)

    history, step, started = [], 0, time.time()
    best_acc, best_state = -1.0, None
    for epoch in range(1, cfg.epochs + 1):
        model.train()
        order = sorted(range(len(seqs)), key=lambda i: (len(seqs[i]), rng.random()))
        chunks = [order[i: i + cfg.batch] for i in range(0, len(order), cfg.batch)]
        rng.shuffle(chunks)
        t0, total, count = time.time(), 0.0, 0
        bar = tqdm(chunks, desc=f"{checkpoint_name(cfg)} epoch {epoch}", disable=not progress, leave=False)
        for idx in bar:
            if step % cfg.snapshot_every == 0:
                snap()
            for g in opt.param_groups:
                g["lr"] = lr_at(step)
            if causal:
                ids = pad_batch([seqs[i] for i in idx])
                logits, _ = model(ids, causal=True, need_attention=False)
                loss = next_word_loss(logits, ids)
            else:
                ids, labels = mask_batch([seqs[i] for i in idx], [cats[i] for i in idx], [content[i] for i in idx],
                                         vocab, cfg, rng, [roles[i] for i in idx])
                logits, _ = model(ids, need_attention=False)
                loss = mlm_loss(logits, labels)
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            step += 1
            total, count = total + loss.item(), count + 1
            bar.set_postfix(loss=f"{total / count:.3f}")
        model.eval()
        acc = evaluate_encoder(model, vocab, valid, ablate=False, causal=causal)["masked"]["all"]["accuracy"]
        history.append({"epoch": epoch, "train_loss": total / count, "valid_masked_accuracy": acc,
                        "seconds": time.time() - t0})
        if progress:
            tqdm.write(f"{checkpoint_name(cfg)} epoch {epoch}: loss {total / count:.4f} valid accuracy {acc:.3%}")
        if acc > best_acc:
            best_acc, best_state = acc, {k: v.clone() for k, v in model.state_dict().items()}
        if (time.time() - started) / 60 > cfg.budget_minutes:
            break
    snap()
    model.load_state_dict(best_state)
    snapshots["attention"] = torch.stack(snapshots["attention"])             # (K, L, H, T, T) float16
    name = checkpoint_name(cfg)
    payload = {
        "kind": "encoder", "name": name, "config": asdict(mcfg), "train_config": asdict(cfg),
        "vocab": vocab.itos, "state_dict": model.state_dict(), "history": history, "metrics": {},
        "snapshots": snapshots,
        "meta": {"train_sentences": len(train), "seed": cfg.seed, "train_seconds": round(time.time() - started, 1),
                 "params": sum(p.numel() for p in model.parameters()), "torch": str(torch.__version__),
                 "objective": "next word, left to right" if causal else
                 "masked words that need a relation, and content words (see model/training/encoder.py)",
                 "created": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")},
    }
    save_checkpoint(payload, checkpoint_path(name, out_dir))
    return payload
