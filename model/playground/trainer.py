"""Train the project's GRU encoder–decoder, with and without additive attention, on a toy task, live.

The models are ``model.networks.seq2seq.Seq2Seq`` — the class of the real checkpoints (bidirectional GRU
encoder, conditional GRU decoder, ``additive_attention``) — trained with the same loss
(``sequence_loss``), Adam and gradient-norm clipping, only much smaller. Both models take turns, one
step each, so their curves advance together.

Nothing here touches process-wide state: no ``torch.set_num_threads``, no global seed (parameters are
drawn from a local ``torch.Generator``, data from a local NumPy generator), and every model belongs to
its run. Every run is capped by ``MAX_STEPS`` and ``MAX_SECONDS`` whatever the caller asks for.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import asdict, dataclass

import torch

from model.errors import InputError
from model.evaluation.metrics import aer
from model.networks.seq2seq import Seq2Seq, Seq2SeqConfig, sequence_loss
from model.playground.tasks import MAX_LEN, MIN_LEN, TASKS, Sampler, Task

MODELS = ("attention", "plain")
HIDDEN = (16, 32, 48, 64, 96, 128)
MAX_STEPS = 3000                 # training steps per model, at most
MAX_SECONDS = 60.0               # wall-clock seconds per run (both models together), at most
LR_RANGE = (1e-4, 3e-2)


@dataclass(frozen=True)
class PlaygroundConfig:
    task: str = "reverse"
    length: int = 8
    models: tuple[str, ...] = MODELS
    hidden: int = 64                # GRU units per encoder direction and in the decoder; also attention width
    embed: int = 32                 # embedding width
    lr: float = 3e-3                # Adam learning rate (constant)
    steps: int = 1000               # training steps per model
    batch: int = 64
    seconds: float = 40.0           # wall-clock cap of the run
    seed: int = 0
    eval_every: int = 25            # steps between held-out evaluations (and attention snapshots)
    held_out: int = 200             # held-out sequences (never trained on)

    def checked(self) -> PlaygroundConfig:
        """The config if every setting is usable, else ``InputError`` with a message for the learner."""
        numbers = (self.length, self.hidden, self.lr, self.steps, self.seconds, self.batch, self.eval_every,
                   self.held_out, self.embed, self.seed)
        if not all(isinstance(v, int | float) and not isinstance(v, bool) for v in numbers):
            raise InputError("Every setting except the task and the models is a number.")
        if self.task not in TASKS:
            raise InputError(f"Unknown task {self.task!r}: choose one of {', '.join(TASKS)}.")
        if not self.models or any(m not in MODELS for m in self.models) or len(set(self.models)) != len(self.models):
            raise InputError("Choose at least one model: with attention, without, or both.")
        if not MIN_LEN <= int(self.length) <= MAX_LEN:
            raise InputError(f"Length must be between {MIN_LEN} and {MAX_LEN}.")
        if self.hidden not in HIDDEN:
            raise InputError(f"Hidden size must be one of {', '.join(map(str, HIDDEN))}.")
        if not (math.isfinite(self.lr) and LR_RANGE[0] <= self.lr <= LR_RANGE[1]):
            raise InputError(f"Learning rate must be between {LR_RANGE[0]:g} and {LR_RANGE[1]:g}.")
        if not 1 <= int(self.steps) <= MAX_STEPS:
            raise InputError(f"Steps must be between 1 and {MAX_STEPS}.")
        if not (math.isfinite(self.seconds) and 0 < self.seconds <= MAX_SECONDS):
            raise InputError(f"The time cap must be between 0 and {MAX_SECONDS:g} seconds.")
        if not (1 <= self.batch <= 256 and 1 <= self.eval_every and 1 <= self.held_out <= 1000 and 4 <= self.embed <= 128):
            raise InputError("Batch, evaluation interval, held-out size or embedding width out of range.")
        return self


def build(task: Task, cfg: PlaygroundConfig, attention: bool, generator: torch.Generator) -> Seq2Seq:
    """A ``Seq2Seq`` built without touching the global RNG: on the meta device, then every parameter
    drawn from ``generator`` as PyTorch's own defaults would (uniform ±1/√fan-in; embeddings N(0, 1))."""
    scfg = Seq2SeqConfig(len(task.src_itos), len(task.tgt_itos), d_embed=cfg.embed, d_model=cfg.hidden,
                         d_attn=cfg.hidden, attention=attention, decoder="cgru", dropout=0.0,
                         max_out=MAX_LEN, out_per_src=1.0, out_slack=0)
    with torch.device("meta"):
        model = Seq2Seq(scfg)
    model = model.to_empty(device="cpu")
    with torch.no_grad():
        for module in model.modules():
            if isinstance(module, torch.nn.Embedding):
                module.weight.normal_(0.0, 1.0, generator=generator)
                module.weight[0].zero_()                                   # padding_idx
            elif isinstance(module, (torch.nn.Linear, torch.nn.GRU, torch.nn.GRUCell)):
                fan = module.in_features if isinstance(module, torch.nn.Linear) else module.hidden_size
                for p in module.parameters(recurse=False):
                    p.uniform_(-1 / math.sqrt(fan), 1 / math.sqrt(fan), generator=generator)
        if attention:
            model.v.uniform_(-0.1, 0.1, generator=generator)
    return model


class Learner:
    """One model, its optimiser and its loss history."""

    def __init__(self, task: Task, cfg: PlaygroundConfig, attention: bool, generator: torch.Generator):
        self.task, self.attends = task, attention
        self.model = build(task, cfg, attention, generator)
        self.opt = torch.optim.Adam(self.model.parameters(), lr=cfg.lr)

    def step(self, src: torch.Tensor, tgt_in: torch.Tensor, tgt_out: torch.Tensor) -> float:
        self.model.train()
        logits, _ = self.model(src, tgt_in)
        loss = sequence_loss(logits, tgt_out)
        self.opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(self.model.parameters(), 1.0)
        self.opt.step()
        return loss.item()

    @torch.inference_mode()
    def decode(self, src: torch.Tensor, steps: int) -> tuple[torch.Tensor, torch.Tensor | None]:
        """Greedy output ids (B, steps) and attention (B, steps, S) (``None`` without attention)."""
        self.model.eval()
        enc = self.model.source_states(src)
        y, s = torch.full((src.size(0),), self.task.bos, dtype=torch.long), enc.init
        ids, rows = [], []
        for _ in range(steps):
            logits, s, w = self.model.step(enc, y, s)
            y = logits.argmax(-1)
            ids.append(y)
            rows.append(w)
        return torch.stack(ids, 1), (torch.stack(rows, 1) if self.attends else None)

    def evaluate(self, held: list, src: torch.Tensor, tgt_out: torch.Tensor) -> dict:
        """Exact match on the held-out set, AER of argmax attention against the true alignment, and
        the attention of the first held-out example."""
        ids, att = self.decode(src, tgt_out.size(1))
        real = tgt_out != 0
        exact = ((ids == tgt_out) | ~real).all(1).float().mean().item()
        out = {"exact": exact, "token": ((ids == tgt_out) & real).sum().item() / max(1, real.sum().item())}
        if att is not None:
            hits = n_a = n_s = 0
            for b, (s, t, gold) in enumerate(held):
                pred = att[b, : len(t), : len(s)].argmax(-1).tolist()
                h, a, g = aer(pred, [[j] for j in gold])
                hits, n_a, n_s = hits + h, n_a + a, n_s + g
            out["aer"] = 1 - 2 * hits / max(1, n_a + n_s)
            s0, t0, _ = held[0]
            out["example"] = att[0, : len(t0), : len(s0)].tolist()
            out["example_output"] = [self.task.tgt_itos[i] for i in ids[0, : len(t0)].tolist()]
        else:
            out["example_output"] = [self.task.tgt_itos[i] for i in ids[0, : len(held[0][1])].tolist()]
        return out


def held_out_example(cfg: PlaygroundConfig) -> dict:
    """The fixed example whose attention a run reports: the first held-out sequence of ``cfg``."""
    cfg = cfg.checked()
    src, tgt, gold = Sampler(Task(cfg.task, cfg.length), cfg.seed, cfg.held_out).held[0]
    return {"src": src, "tgt": tgt, "gold": gold}


def train(cfg: PlaygroundConfig, on_update: Callable[[dict], None] | None = None,
          should_stop: Callable[[], bool] = lambda: False,
          step_guard: Callable[[], AbstractContextManager] = nullcontext) -> dict:
    """Train the chosen models in turns until ``cfg.steps``, ``cfg.seconds``, ``should_stop()`` or a
    non-finite loss. Every ``eval_every`` steps ``on_update`` gets a copy of the new history row.
    Each model step runs inside ``step_guard()`` (the app's compute slots). Returns the run's record:
    config, example, history and why it ended."""
    cfg = cfg.checked()
    task = Task(cfg.task, cfg.length)
    gen = torch.Generator().manual_seed(cfg.seed)
    sampler = Sampler(task, cfg.seed, cfg.held_out)
    learners = {m: Learner(task, cfg, m == "attention", gen) for m in cfg.models}
    h_src, _, h_out = task.encode(sampler.held)
    src0, tgt0, gold0 = sampler.held[0]
    record = {"config": asdict(cfg), "example": {"src": src0, "tgt": tgt0, "gold": gold0}, "history": [],
              "ended": "steps"}
    start, losses = time.perf_counter(), {m: [] for m in learners}

    def evaluate(step: int) -> None:
        row = {"step": step, "seconds": time.perf_counter() - start}
        for m, learner in learners.items():
            with step_guard():
                row[m] = learner.evaluate(sampler.held, h_src, h_out)
            if losses[m]:
                row[m]["loss"] = sum(losses[m]) / len(losses[m])
            losses[m].clear()
        record["history"].append(row)
        if on_update is not None:
            on_update(row)

    evaluate(0)
    for step in range(1, cfg.steps + 1):
        src, tgt_in, tgt_out = task.encode(sampler.batch(cfg.batch))
        for m, learner in learners.items():
            with step_guard():
                loss = learner.step(src, tgt_in, tgt_out)
            if not math.isfinite(loss):
                record["ended"] = "diverged"
                break
            losses[m].append(loss)
        ended = record["ended"] == "diverged"
        if not ended and should_stop():
            record["ended"], ended = "stopped", True
        if not ended and time.perf_counter() - start >= cfg.seconds:
            record["ended"], ended = "time", True
        if ended or step % cfg.eval_every == 0 or step == cfg.steps:
            evaluate(step)
        if ended:
            break
    return record
