"""A training run in a child process that a page can watch, stop and read at any moment.

Why a process and not a thread: the models are small, so a training step is mostly Python (the decoder's
loop over positions, the optimiser), and a thread would hold the server's GIL for much of every step —
every other learner's page would slow down with it. The child (``python -m model.playground.worker``)
has its own interpreter; it sets its own torch threads to one and lowers its own priority, which
changes nothing in the server process.

``LiveRun.start`` asks a shared ``threading.BoundedSemaphore`` (the app's limit on trainings at once)
without waiting: when none is free it refuses with a message instead of queueing. A small reader thread
in the server collects the child's evaluations and releases the slot when the child ends — at its step
count, its time cap, when stopped, on a non-finite loss or an error. A timer kills a child that outlives
its time cap by ``GRACE`` seconds, and a child whose server went away stops at its next step (its stdin
closes), so every run ends whatever happens to its page.
"""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

from model.errors import InputError
from model.playground.trainer import PlaygroundConfig, held_out_example

GRACE = 10.0                      # seconds past its time cap after which a child is killed
ROOT = Path(__file__).resolve().parents[2]


class Busy(InputError):
    """Every training slot of the server is taken; ``str(err)`` says so."""


class LiveRun:
    def __init__(self, cfg: PlaygroundConfig, slots: threading.BoundedSemaphore, number: int = 1):
        self.cfg, self.number = cfg.checked(), number
        self._slots = slots
        self._lock = threading.Lock()
        self._history: list[dict] = []
        self._reader: threading.Thread | None = None
        self._proc: subprocess.Popen | None = None
        self._killed: str | None = None
        self._err = None
        self.record: dict | None = None            # the finished run: config, example, history, why it ended
        self.error: str | None = None
        self.example = held_out_example(self.cfg)  # the example whose attention is shown

    def start(self) -> LiveRun:
        """Take a training slot and start the child; ``Busy`` when every slot is taken."""
        if not self._slots.acquire(blocking=False):
            raise Busy("Every training slot of this server is busy with another learner's run; "
                       "press Train again in a few seconds.")
        try:
            cmd = [sys.executable, "-m", "model.playground.worker", json.dumps(dataclasses.asdict(self.cfg))]
            self._err = tempfile.TemporaryFile()          # the child's last words, read if it fails
            self._proc = subprocess.Popen(cmd, cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                          stderr=self._err, text=True, bufsize=1,
                                          env={**os.environ, "OMP_NUM_THREADS": "1"})
            self._reader = threading.Thread(target=self._read, name="playground-reader", daemon=True)
            self._reader.start()
        except BaseException:
            if self._proc is not None:
                self._proc.kill()
            if self._err is not None:
                self._err.close()
            self._slots.release()
            raise
        return self

    def _read(self) -> None:
        proc = self._proc
        timer = threading.Timer(self.cfg.seconds + GRACE, self._overdue)
        timer.daemon = True
        timer.start()
        final = None
        try:
            for line in proc.stdout:
                msg = json.loads(line)
                if "row" in msg:
                    with self._lock:
                        self._history.append(msg["row"])
                else:
                    final = msg
                    break
            proc.wait(GRACE)
        except subprocess.TimeoutExpired:
            pass                                          # killed below
        except (ValueError, OSError) as err:
            final = {"error": f"{type(err).__name__}: {err}"}
        finally:
            timer.cancel()
            if proc.poll() is None:
                proc.kill()
                proc.wait()
            if self._killed:
                final = {"error": self._killed}
            elif final is None:
                self._err.seek(0)
                tail = self._err.read().decode(errors="replace").strip().splitlines()[-1:]
                final = {"error": f"the training process ended (exit code {proc.returncode})"
                                  + (f": {tail[0][:200]}" if tail else "")}
            if "done" in final:
                self.record = {**final["done"], "history": self.history()}
            else:
                self.error = final["error"]
            for stream in (proc.stdin, proc.stdout, self._err):
                try:
                    stream.close()
                except OSError:
                    pass
            self._slots.release()

    def _overdue(self) -> None:
        self._killed = f"the training outlived its time cap by {GRACE:g} s and was stopped"
        self._proc.kill()

    def stop(self) -> None:
        proc = self._proc
        if proc is not None and proc.poll() is None:
            try:
                proc.stdin.write("stop\n")
                proc.stdin.flush()
            except (OSError, ValueError):                # the child has just ended
                pass

    def join(self, timeout: float | None = None) -> None:
        if self._reader is not None:
            self._reader.join(timeout)

    @property
    def running(self) -> bool:
        return self._reader is not None and self._reader.is_alive()

    def history(self) -> list[dict]:
        """A copy of the evaluations so far (safe to read while the reader appends)."""
        with self._lock:
            return list(self._history)            # rows are never changed once appended
