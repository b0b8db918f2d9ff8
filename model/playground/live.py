"""A training run in a background thread that a page can watch, stop and read at any moment.

``LiveRun.start`` asks a shared ``threading.BoundedSemaphore`` (the app's limit on trainings running at
once) without waiting: when none is free it refuses with a message instead of queueing. The thread
releases it when the run ends — at its step count, at its time cap, when stopped, on a non-finite loss
or on an error — so a run whose page was closed still ends within ``MAX_SECONDS``.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext

from model.errors import InputError
from model.playground.trainer import PlaygroundConfig, held_out_example, train


class Busy(InputError):
    """Every training slot of the server is taken; ``str(err)`` says so."""


class LiveRun:
    def __init__(self, cfg: PlaygroundConfig, slots: threading.BoundedSemaphore,
                 step_guard: Callable[[], AbstractContextManager] = nullcontext, number: int = 1):
        self.cfg, self.number = cfg.checked(), number
        self._slots, self._guard = slots, step_guard
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._history: list[dict] = []
        self._thread: threading.Thread | None = None
        self.record: dict | None = None            # the finished run (``train``'s record)
        self.error: str | None = None
        self.started = time.time()
        self.example = held_out_example(self.cfg)  # the example whose attention is shown

    def start(self) -> LiveRun:
        """Take a training slot and start the thread; ``Busy`` when every slot is taken."""
        if not self._slots.acquire(blocking=False):
            raise Busy("Every training slot of this server is busy with other learners' runs; "
                       "press Train again in a few seconds.")
        self._thread = threading.Thread(target=self._run, name="playground-training", daemon=True)
        try:
            self._thread.start()
        except BaseException:
            self._slots.release()
            raise
        return self

    def _run(self) -> None:
        try:
            self.record = train(self.cfg, on_update=self._append, should_stop=self._stop.is_set,
                                step_guard=self._guard)
        except Exception as err:                  # shown on the page; the slot is released either way
            self.error = f"{type(err).__name__}: {err}"
        finally:
            self._slots.release()

    def _append(self, row: dict) -> None:
        with self._lock:
            self._history.append(row)

    def stop(self) -> None:
        self._stop.set()

    def join(self, timeout: float | None = None) -> None:
        if self._thread is not None:
            self._thread.join(timeout)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def history(self) -> list[dict]:
        """A copy of the evaluations so far (safe to read while the thread appends)."""
        with self._lock:
            return list(self._history)            # rows are never changed once appended
