"""Starting and watching Streamlit server processes for the benchmarks (loopback only)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
APP = "app.py"
TRIVIAL = "benchmarks/trivial_app.py"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# what a phone's browser sends: pages thin their chart labels for it (ui.widgets.on_phone)
PHONE_AGENT = ("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
               "Chrome/126.0 Mobile Safari/537.36")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic"]   # Debian's Chromium, headless, offline
THREADS = {"OMP_NUM_THREADS": "1"}   # deployment setting: one torch thread per server process (README)


def start(app: str, port: int, *flags: str, env: dict | None = None) -> subprocess.Popen:
    """``streamlit run APP`` from the project root, so ``.streamlit/config.toml`` applies to both apps,
    with the deployment environment (``THREADS``) unless ``env`` says otherwise."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1", **THREADS, **(env or {})}
    return subprocess.Popen([sys.executable, "-m", "streamlit", "run", app, "--server.headless", "true",
                             "--server.port", str(port), "--server.address", "127.0.0.1",
                             "--browser.gatherUsageStats", "false", *flags], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def wait_healthy(port: int, timeout: float = 60) -> float:
    """Seconds until ``/_stcore/health`` answers 200."""
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < timeout:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2) as r:
                if r.status == 200:
                    return time.perf_counter() - t0
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"streamlit on port {port} did not become healthy")


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


class RssMonitor:
    """Peak resident memory of server processes (each with its children), sampled every 0.1 s:
    the peak of the sum and the peak of the largest single process."""

    def __init__(self, pids: list[int], every: float = 0.1):
        self.procs = [psutil.Process(p) for p in pids]
        self.every = every
        self.peak_total = self.peak_single = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _sample(self) -> None:
        sizes = []
        for p in self.procs:
            try:
                sizes.append(sum(q.memory_info().rss for q in [p, *p.children(recursive=True)]) / 2**20)
            except psutil.Error:
                pass
        if sizes:
            self.peak_total = max(self.peak_total, sum(sizes))
            self.peak_single = max(self.peak_single, max(sizes))

    def _run(self) -> None:
        while not self._stop.is_set():
            self._sample()
            self._stop.wait(self.every)

    def __enter__(self) -> RssMonitor:
        self._sample()
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()
        self._sample()
