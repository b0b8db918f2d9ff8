"""Home's first screen (the seed sentence's chart, the model cards) is stored beside the checkpoints
(``model.first_screen``): it matches the committed checkpoints, a changed checkpoint makes it stale
(Home then computes live), and a fresh process draws Home without importing torch or pandas."""

import json
import shutil
import subprocess
import sys

import numpy as np
import pytest

from model import first_screen
from model.checkpoints import CHECKPOINT_DIR
from model.registry import FILES
from tests.conftest import ROOT

SPY = """
import sys
import streamlit as st
from streamlit.testing.v1 import AppTest
seen = []
draw = st.plotly_chart
def spy(*a, **k):
    seen.append(sorted(m for m in ("torch", "pandas") if m in sys.modules))
    return draw(*a, **k)
st.plotly_chart = spy
import ui.startup
ui.startup._import_all = lambda names: None        # Home's own run, without the background warm-up
at = AppTest.from_file(sys.argv[1], default_timeout=120).run()
assert not at.exception, at.exception
print(seen[0], "torch" in sys.modules)
"""


def test_the_committed_first_screen_matches_the_checkpoint():
    stored = first_screen.read()
    assert stored is not None, ("checkpoints/first_screen.json is missing or older than the attention checkpoint: "
                                "run `python -m model first-screen`")
    fresh = json.loads(json.dumps(first_screen.build(), ensure_ascii=False))     # as written
    att = fresh["translation"].pop("attention")
    assert np.allclose(stored["translation"].pop("attention"), att, atol=1e-6)
    assert stored == fresh


def test_a_changed_checkpoint_makes_it_stale(tiny_dir, tmp_path):
    d = tmp_path / "ck"
    shutil.copytree(tiny_dir, d)
    for name in set(FILES.values()) - {p.name for p in d.iterdir()}:     # the tiny set has no causal encoder
        shutil.copy(CHECKPOINT_DIR / name, d / name)
    first_screen.write(d)
    data = first_screen.read(d)
    assert data is not None and data["source"] and data["translation"]["tgt"]
    view = first_screen.as_analysis(data)
    assert view.translations["attention"].tgt == data["translation"]["tgt"] and view.tokens == data["tokens"]
    with open(d / "seq2seq_attention.pt", "ab") as fh:
        fh.write(b"\0")
    assert first_screen.read(d) is None
    (d / first_screen.FILE).write_text("{not json")
    assert first_screen.read(d) is None


def test_reading_it_imports_no_torch():
    code = "import sys, model.first_screen as f, ui.cache; f.read(); print('torch' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.split() == ["False"]


@pytest.mark.slow
def test_home_is_drawn_without_torch_or_pandas():
    out = subprocess.run([sys.executable, "-c", SPY, str(ROOT / "app.py")], cwd=ROOT, capture_output=True,
                         text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-3000:]
    assert out.stdout.strip().splitlines()[-1] == "[] False", out.stdout


def test_stored_cards_are_the_checkpoints_own():
    """The model cards and ``ui.cache.metrics`` read the stored copy: the same meta, metrics and config."""
    from model.checkpoints import checkpoint_path, load_checkpoint

    stored = first_screen.read()
    assert stored is not None
    for name in FILES:
        payload = load_checkpoint(checkpoint_path(name), name)
        assert {k: stored["cards"][name][k] for k in first_screen.CARD_KEYS} == \
            {k: payload.get(k) for k in first_screen.CARD_KEYS}, name
