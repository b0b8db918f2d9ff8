"""The "Train your own" playground: tasks, training, bounds, and the page under hostile settings."""

import dataclasses
import os
import threading
import time

import numpy as np
import pytest
import torch

from model.errors import InputError
from model.evaluation.metrics import aer_score
from model.playground.live import Busy, LiveRun
from model.playground.summary import run_row, same_and_smaller
from model.playground.tasks import TASKS, Sampler, Task
from model.playground.trainer import MAX_SECONDS, MAX_STEPS, PlaygroundConfig, build, train
from tests.test_app import messages, no_exception, open_page

SMALL = PlaygroundConfig(length=4, hidden=32, lr=1e-2, steps=60, eval_every=20, held_out=50, batch=32, seconds=MAX_SECONDS)


@pytest.mark.parametrize("name", TASKS)
def test_tasks_are_permutations_with_their_true_alignment(name):
    task = Task(name, 5)
    rng = np.random.default_rng(0)
    for _ in range(50):
        src, tgt, gold = task.example(rng)
        assert sorted(gold) == list(range(len(src))) and len(tgt) == len(src)
        if name == "reverse":
            assert tgt == src[::-1]
        elif name == "sort":
            assert tgt == sorted(src) and len(set(src)) == len(src)
        else:
            assert 3 <= len(src) <= 5 and src[-1].endswith(("aan", "aal")) and tgt[1] in {"sent", "read", "wrote", "saw",
                                                                                         "bought", "quickly", "tomorrow",
                                                                                         "slowly"}


def test_held_out_sequences_are_never_trained_on():
    sampler = Sampler(Task("word order", 5), seed=3, held_out=200)
    held = {tuple(s) for s, _, _ in sampler.held}
    assert len(held) == len(sampler.held) > 0
    assert not any(tuple(s) in held for s, _, _ in sampler.batch(2000))


@pytest.mark.slow
def test_training_improves_loss_on_a_fixed_seed_and_is_reproducible():
    rec = train(SMALL)
    first, last = rec["history"][1], rec["history"][-1]
    assert [r["step"] for r in rec["history"]] == [0, 20, 40, 60] and rec["ended"] == "steps"
    for m in ("attention", "plain"):
        assert last[m]["loss"] < 0.8 * first[m]["loss"], (m, first[m]["loss"], last[m]["loss"])
    again = train(dataclasses.replace(SMALL, steps=20))
    assert again["history"][1]["attention"]["loss"] == first["attention"]["loss"]


@pytest.mark.slow
def test_attention_on_reversal_ends_anti_diagonal():
    cfg = dataclasses.replace(SMALL, length=6, models=("attention",), steps=300, eval_every=150, held_out=100)
    rec = train(cfg)
    start, end = rec["history"][0]["attention"], rec["history"][-1]["attention"]
    assert start["aer"] > 0.5 and end["aer"] < 0.15, (start["aer"], end["aer"])
    ex = rec["example"]
    anti = [[len(ex["src"]) - 1 - i] for i in range(len(ex["src"]))]
    assert ex["gold"] == [a[0] for a in anti]
    att = np.array(end["example"])
    assert aer_score(att.argmax(1).tolist(), anti) < aer_score(np.array(start["example"]).argmax(1).tolist(), anti)


def test_settings_are_checked_and_caps_hold():
    for bad in ({"steps": MAX_STEPS + 1}, {"steps": 0}, {"seconds": MAX_SECONDS + 1}, {"seconds": float("nan")},
                {"lr": float("inf")}, {"lr": 1.0}, {"hidden": 1000}, {"length": 99}, {"length": 2}, {"models": ()},
                {"models": ("attention", "attention")}, {"models": ("rnn",)}, {"task": "copy"}, {"length": "8"},
                {"hidden": True}):
        with pytest.raises(InputError):
            dataclasses.replace(SMALL, **bad).checked()
    t0 = time.perf_counter()
    rec = train(dataclasses.replace(SMALL, steps=MAX_STEPS, seconds=0.5, eval_every=1000))
    assert rec["ended"] == "time" and time.perf_counter() - t0 < 10
    assert rec["history"][-1]["seconds"] >= 0.5


def test_training_leaves_process_wide_state_alone():
    threads, rng = torch.get_num_threads(), torch.get_rng_state()
    train(dataclasses.replace(SMALL, steps=3))
    assert torch.get_num_threads() == threads and torch.equal(torch.get_rng_state(), rng)
    a, b = (build(Task("reverse", 5), SMALL, True, torch.Generator().manual_seed(7)) for _ in range(2))
    assert all(torch.equal(p, q) for p, q in zip(a.parameters(), b.parameters()))


@pytest.mark.slow
def test_live_run_takes_a_slot_refuses_when_none_is_free_and_releases_it():
    slots = threading.BoundedSemaphore(1)
    run = LiveRun(dataclasses.replace(SMALL, steps=MAX_STEPS, seconds=5), slots).start()
    with pytest.raises(Busy, match="busy"):
        LiveRun(SMALL, slots).start()
    assert run.running
    run.stop()
    run.join(10)
    assert not run.running and run.record["ended"] == "stopped" and run.history()
    assert run.record["process"] == {"threads": 1, "nice": min(19, os.nice(0) + 10)}, "one thread, lower priority"
    assert slots.acquire(blocking=False), "the slot is free again"


def test_a_child_that_outlives_its_cap_is_killed_and_its_slot_released(monkeypatch):
    import model.playground.live as live

    monkeypatch.setattr(live, "GRACE", 0.0)
    slots = threading.BoundedSemaphore(1)
    run = LiveRun(dataclasses.replace(SMALL, steps=MAX_STEPS, seconds=0.2), slots).start()
    run.join(30)
    assert not run.running and run.record is None and "outlived its time cap" in run.error
    assert slots.acquire(blocking=False)


def test_same_and_smaller_is_computed_from_the_checkpoint():
    from model.runners.translator import Translator

    t = Translator.load("attention")
    real = {**t.payload, "network": f"{type(t.model).__name__} ({type(t.model).__module__})"}
    rows = {r["aspect"]: r for r in same_and_smaller(PlaygroundConfig(hidden=128), real)}
    assert rows["network"]["verdict"] == rows["attention function"]["verdict"] == "✅ same"
    assert rows["GRU units (per direction)"]["verdict"] == ("✅ same" if t.cfg.d_model == 128 else "smaller")
    assert rows["parameters (with attention)"]["verdict"] == "smaller"
    assert all(r["real model"] == "–" for r in same_and_smaller(PlaygroundConfig(), None))


def test_diverging_run_ends_with_a_reason():
    rec = train(dataclasses.replace(SMALL, lr=3e-2, steps=5, eval_every=1))
    assert rec["ended"] in ("steps", "diverged") and run_row(1, rec)["ended"]


# ---- the page (AppTest) ------------------------------------------------------------------------
def finish(at, timeout: float = 60):
    run = at.session_state["pg_run"]
    run.join(timeout)
    assert not run.running
    at.run()
    no_exception(at)
    return run


@pytest.mark.slow
def test_second_train_press_is_refused_and_the_run_is_kept():
    from ui import cache

    at = open_page("pages/playground.py")
    no_exception(at)
    assert cache.training_slots.acquire(blocking=False)      # another learner's run holds every slot
    try:
        at.button(key="pg_train").click().run()
        assert "Every training slot of this server is busy" in messages(at) and "pg_run" not in at.session_state
    finally:
        cache.training_slots.release()
    at.number_input(key="pg_steps").set_value(MAX_STEPS).run()
    at.button(key="pg_train").click().run()
    first = at.session_state["pg_run"]
    assert first.running
    at.button(key="pg_train").click().run()
    assert "already running in this session" in messages(at)
    assert at.session_state["pg_run"] is first
    at.button(key="pg_stop").click().run()
    finish(at)
    assert [n for n, _ in at.session_state["pg_runs"]] == [1] and at.get("plotly_chart")
    at.button(key="pg_reset").click().run()
    assert not at.session_state["pg_runs"] and at.session_state["pg_run"] is None


@pytest.mark.slow
def test_page_survives_hostile_settings():
    at = open_page("pages/playground.py")
    at.pills(key="pg_models").set_value([]).run()
    assert "Choose at least one model" in messages(at)
    at.button(key="pg_train").click().run()
    assert "pg_run" not in at.session_state or at.session_state["pg_run"] is None
    cases = [{"pg_models": ["without attention"], "pg_task": "word order", "pg_length": 16},
             {"pg_models": ["with attention"], "pg_task": "sort", "pg_length": 16, "pg_hidden": 128, "pg_lr": 3e-2},
             {"pg_models": ["with attention", "without attention"], "pg_task": "reverse", "pg_length": 3,
              "pg_hidden": 16, "pg_lr": 1e-4}]
    for case in cases:
        at.pills(key="pg_models").set_value(case["pg_models"])
        at.radio(key="pg_task").set_value(case["pg_task"])
        at.slider(key="pg_length").set_value(case["pg_length"])
        for key in ("pg_hidden", "pg_lr"):
            if key in case:
                at.select_slider(key=key).set_value(case[key])
        at.number_input(key="pg_steps").set_value(3)
        at.slider(key="pg_seconds").set_value(5)
        at.run()
        at.button(key="pg_train").click().run()
        no_exception(at)
        run = finish(at)
        assert run.error is None and run.record["ended"] in ("steps", "diverged")
        assert at.success or at.error
    assert len(at.session_state["pg_runs"]) == 3
