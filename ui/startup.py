"""Process-wide deployment settings, applied once per server process from the app's own files.

``streamlit run app.py`` (and Community Cloud, whose environment the repository cannot set) gets the
same setting the benchmarks start their servers with: **one torch (OpenMP) thread**. With torch's
default of one thread per core, a server whose cores are busy with its other sessions makes every op
wait for a spinning partner thread (README "Speed and load": a saliency 9.7 s with two threads, 0.31 s
with one). ``app.py`` calls :func:`configure_process` as its first statement, before anything imports
torch, so the variable is in the environment when torch's OpenMP runtime starts; if torch was already
imported (a test process, ``AppTest``), ``torch.set_num_threads`` is called instead. Either way it
happens once per process — never per request — and an ``OMP_NUM_THREADS`` set by whoever started the
server wins.

:func:`warm_up` imports torch and the model runners on a background thread, once per process, after
Home has drawn its stored first screen without them (``model.first_screen``): the learner's first
typed sentence then does not wait for the import.
"""

from __future__ import annotations

import os
import sys
import threading

THREADS_VARIABLE = "OMP_NUM_THREADS"
DEFAULT_THREADS = 1

WARM_MODULES = ("torch", "model.runners.analysis", "model.runners.encoder_runner")

_lock = threading.Lock()
_threads: int | None = None          # the value applied, once set
_warming: threading.Thread | None = None


def _parse(value: str | None) -> int:
    try:
        n = int(value or "")
    except ValueError:
        return DEFAULT_THREADS
    return n if n >= 1 else DEFAULT_THREADS


def configure_process() -> int:
    """Apply the thread setting the first time it is called in this process; later calls (every
    rerun of ``app.py``) only return the number applied."""
    global _threads
    if _threads is not None:                         # the common path: one read, no lock
        return _threads
    with _lock:
        if _threads is None:
            threads = _parse(os.environ.get(THREADS_VARIABLE))
            os.environ[THREADS_VARIABLE] = str(threads)
            torch = sys.modules.get("torch")
            if torch is not None and torch.get_num_threads() != threads:
                torch.set_num_threads(threads)
            _threads = threads
    return _threads


def _import_all(names: tuple[str, ...]) -> None:
    import importlib

    for name in names:
        importlib.import_module(name)


def warm_up(names: tuple[str, ...] = WARM_MODULES) -> threading.Thread:
    """Import ``names`` on a daemon thread, the first time this is called in the process (after
    :func:`configure_process`, so torch starts with the configured threads); returns that thread."""
    global _warming
    configure_process()                              # before the lock: it takes the lock itself
    with _lock:
        if _warming is None:
            _warming = threading.Thread(target=_import_all, args=(names,), name="warm-up", daemon=True)
            _warming.start()
    return _warming
