"""A plain ``streamlit run app.py`` gets one torch thread, applied once per process (``ui.startup``)."""

import ast
import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT


def run_python(code: str, **env: str) -> list[str]:
    """Run ``code`` in a fresh interpreter at the project root, without the caller's OMP_NUM_THREADS."""
    base = {k: v for k, v in os.environ.items() if k != "OMP_NUM_THREADS"}
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env={**base, **env}, capture_output=True,
                         text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-3000:]
    return out.stdout.split()


def test_app_applies_the_setting_before_any_import():
    """The first statement of app.py (after the docstring and the import of ``ui.startup``) is the call,
    so no page, model or Streamlit module is imported before it."""
    body = ast.parse((ROOT / "app.py").read_text()).body
    body = body[1:] if isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant) else body
    first, second = body[0], body[1]
    assert isinstance(first, ast.ImportFrom) and first.module == "ui.startup"
    assert isinstance(second, ast.Expr) and ast.unparse(second.value) == "configure_process()"


def test_ui_startup_imports_nothing_heavy():
    mods = run_python("import sys; import ui.startup; print(sorted({'torch', 'numpy', 'streamlit'} & set(sys.modules)))")
    assert mods == ["[]"]


@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="torch's default is already one thread on one core")
def test_without_the_setting_torch_would_use_more_threads():
    """The control: on this machine torch alone would start with more than one thread, so the tests below
    can fail."""
    assert int(run_python("import torch; print(torch.get_num_threads())")[0]) > 1


@pytest.mark.slow
def test_the_app_runs_with_one_torch_thread():
    """A fresh process without OMP_NUM_THREADS runs the app (Home loads the attention model): torch
    started with one thread and the variable is in the environment for child processes."""
    out = run_python("import os, sys\n"
                     "from streamlit.testing.v1 import AppTest\n"
                     "before = 'torch' in sys.modules\n"
                     "at = AppTest.from_file('app.py', default_timeout=120).run()\n"
                     "assert not at.exception, at.exception\n"
                     "import torch\n"
                     "print(before, os.environ['OMP_NUM_THREADS'], torch.get_num_threads())")
    assert out == ["False", "1", "1"]


def test_torch_already_imported_gets_one_thread_once():
    """If torch was imported first (a deep link runs a page file before app.py), the thread count is set
    once; a later call (the next rerun) leaves a count changed since alone: nothing per request."""
    out = run_python("import torch\n"
                     "torch.set_num_threads(2)\n"
                     "from ui.startup import configure_process\n"
                     "print(configure_process(), torch.get_num_threads())\n"
                     "torch.set_num_threads(2)\n"
                     "print(configure_process(), torch.get_num_threads())")
    assert out == ["1", "1", "1", "2"]


@pytest.mark.parametrize("value,expected", [("3", "3"), ("0", "1"), ("many", "1")])
def test_the_operator_setting_wins_when_valid(value, expected):
    out = run_python("import os\nfrom ui.startup import configure_process\n"
                     "print(configure_process(), os.environ['OMP_NUM_THREADS'])\n"
                     "import torch\nprint(torch.get_num_threads())", OMP_NUM_THREADS=value)
    assert out[:2] == [expected, expected]
    if expected == "1":
        assert out[2] == "1"          # a larger count is capped by torch at the machine's cores


def test_warm_up_imports_torch_once_in_the_background_with_one_thread():
    out = run_python("import sys\n"
                     "from ui.startup import warm_up\n"
                     "t = warm_up()\n"
                     "assert warm_up() is t\n"
                     "t.join(120)\n"
                     "import torch\n"
                     "print(t.daemon, 'model.runners.analysis' in sys.modules, torch.get_num_threads())")
    assert out == ["True", "True", "1"]
