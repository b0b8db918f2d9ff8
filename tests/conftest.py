"""Shared fixtures: tiny trained models in a temp folder, and the browser gate for e2e tests."""

import asyncio
import os
import shutil
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def chromium_path() -> str | None:
    return shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)


@pytest.fixture(scope="session")
def chromium():
    """Debian's Chromium for e2e tests: skipped with the reason on a machine without it, but under
    CI (CI=true) a missing browser fails the test, never skips it."""
    path = chromium_path()
    if path is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("Chromium is missing under CI=true: .ci/run must install Debian's chromium")
        pytest.skip("Chromium not installed (apt-get install chromium fonts-noto-core)")
    return path


@pytest.fixture(scope="session")
def run_async():
    """Run a coroutine to completion on a thread of its own. Playwright's sync API (the browser tests,
    which may run earlier in the same session) leaves an event loop running on the main thread, where
    ``asyncio.run`` refuses to start."""
    def run(coroutine):
        with ThreadPoolExecutor(max_workers=1) as pool:
            return pool.submit(asyncio.run, coroutine).result()
    return run


@pytest.fixture(scope="session")
def tiny_dir(tmp_path_factory):
    """A folder with tiny seq2seq and encoder checkpoints trained for a few steps."""
    from model.training.encoder import EncoderTrainConfig, train_encoder
    from model.training.seq2seq import TrainConfig, train_seq2seq

    d = tmp_path_factory.mktemp("ck")
    cfg = TrainConfig(train_size=100, valid_size=16, epochs_plain=1, epochs_attention=1, max_len=12)
    for name in ("plain", "attention"):
        train_seq2seq(name, cfg, out_dir=d, progress=False)
    train_encoder(EncoderTrainConfig(train_size=80, valid_size=12, epochs=1, max_len=20), out_dir=d, progress=False)
    return d


@pytest.fixture(scope="session")
def sample():
    """3,000 generated (tree, pair) samples of 3–10 Mini-Tamil tokens, drawn once for the language test files."""
    from model.language.generator import sample_pairs

    return list(sample_pairs(3000, 5, 3, 10))


@pytest.fixture(scope="session")
def sample_wide():
    """6,000 more samples (another seed), for constructions drawn about once in a few thousand sentences (ஏற்கெனவே
    already, a bare தம்பி), whose count in ``sample`` moves whenever the lexicon or the generator changes."""
    from model.language.generator import sample_pairs

    return list(sample_pairs(6000, 7, 3, 10))


@pytest.fixture(scope="session")
def sample_more():
    """6,000 samples of 3–14 tokens (a third seed), for language v7's rarer constructions (a glass of, the keys to …,
    into / over / outside, a thing's state so someone acts), read together with ``sample`` and ``sample_wide``."""
    from model.language.generator import sample_pairs

    return list(sample_pairs(6000, 23, 3, 14))
