"""``python -m benchmarks.profile_server [--users 5 --think 0 --seconds 30]``: cProfile of a Streamlit
server under the protocol-level load scenario, every thread (script runs, the event loop, the file
watcher), summed; prints where the server's time goes.

The server runs in a child process started as ``python -m benchmarks.profile_server --serve PORT OUT``:
a per-thread ``cProfile.Profile`` is switched on in each thread through ``threading.setprofile``
before Streamlit starts, and all of them are written to OUT when the server exits.
"""

from __future__ import annotations

import argparse
import asyncio
import atexit
import cProfile
import os
import pstats
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

from benchmarks import servers

# entry points whose cumulative time tells where a rerun's time goes (they may overlap)
ENTRIES = [("script runs, whole (per run)", "scriptrunner/script_runner.py", "_run_script"),
           ("st.plotly_chart: validate or copy the figure, JSON", "elements/plotly_chart.py", "plotly_chart"),
           ("go.Figure construction (pages and st.plotly_chart)", "plotly/basedatatypes.py", "__init__"),
           ("st.data_editor / st.dataframe (pandas → Arrow)", "elements/widgets/data_editor.py", "data_editor"),
           ("st.cache_*: hashing arguments", "caching/hashing.py", "update_hash"),
           ("garbage collection after each run (runner.postScriptGC)", "~", "gc.collect"),
           ("file watcher after each run (server.fileWatcherType)", "watcher/local_sources_watcher.py",
            "update_watched_modules"),
           ("torch forward passes: encoder", "model/networks/encoder.py", "forward"),
           ("saliency and gradients (autograd)", "model/networks/seq2seq.py", "source_gradients"),
           ("masked-word guesses (encoder, T copies)", "model/runners/encoder_runner.py", "fill_each"),
           ("ForwardMsg serialization (protobuf)", "runtime/runtime_util.py", "serialize_forward_msg")]
IDLE = ("acquire", "epoll", "select", "sleep", "wait", "SimpleQueue")   # where threads wait, not work


def _serve(port: int, out: str, app: str) -> None:
    profiles: list[cProfile.Profile] = []
    lock = threading.Lock()

    def start_thread_profile(*_):
        p = cProfile.Profile()
        with lock:
            profiles.append(p)
        p.enable()                                      # replaces this hook in the new thread

    def dump() -> None:
        with lock:
            for p in profiles:
                p.disable()
            stats = None
            for p in profiles:
                try:
                    stats = pstats.Stats(p) if stats is None else stats.add(p)
                except TypeError:                       # a thread that never ran profiled code
                    pass
        if stats is not None:
            stats.dump_stats(out)

    threading.setprofile(start_thread_profile)
    main = cProfile.Profile()
    profiles.append(main)
    atexit.register(dump)
    main.enable()
    from streamlit.web import cli

    sys.argv = ["streamlit", "run", app, "--server.headless", "true", "--server.port", str(port),
                "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false"]
    try:
        cli.main()
    except SystemExit:
        pass


def summarize(path: str, top: int = 20) -> str:
    st = pstats.Stats(path)
    runs = sum(v[1] for (f, _, n), v in st.stats.items() if f.endswith("script_runner.py") and n == "_run_script")
    lines = [f"Cumulative time at entry points (they overlap; {runs} script runs):",
             f"  {'':<58} {'total s':>8} {'ms/run':>8}"]
    for label, file, name in ENTRIES:
        total = 0.0
        for (f, _, n), (_, _, _, ct, callers) in st.stats.items():
            if (f.endswith(file) or file == "~" and f == "~") and (n == name or n.endswith(f"{name}>")):
                # count a recursive or nested entry once: only the time not already inside itself
                total += ct - sum(c[3] for k, c in callers.items() if k[2] == n and k[0] == f)
        lines.append(f"  {label:<58} {total:8.1f} {1000 * total / max(runs, 1):8.0f}")
    busy = [(k, v) for k, v in st.stats.items() if not any(w in k[2] for w in IDLE)]
    busy.sort(key=lambda kv: -kv[1][2])
    lines += ["", f"Top {top} functions by own time (waits left out):", f"  {'own s':>7}  function"]
    for (f, line, n), (_, _, tt, _, _) in busy[:top]:
        where = n if f == "~" else f"{n}  ({'/'.join(Path(f).parts[-2:])}:{line})"
        lines.append(f"  {tt:7.1f}  {where}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.profile_server")
    ap.add_argument("--serve", nargs=2, metavar=("PORT", "OUT"), help=argparse.SUPPRESS)
    ap.add_argument("--app", default=servers.APP)
    ap.add_argument("--users", type=int, default=5)
    ap.add_argument("--think", type=float, default=0.0)
    ap.add_argument("--seconds", type=float, default=30.0)
    ap.add_argument("--top", type=int, default=20)
    ap.add_argument("--out", help="keep the .pstats file here")
    args = ap.parse_args(argv)
    if args.serve:
        _serve(int(args.serve[0]), args.serve[1], args.app)
        return
    from benchmarks.protocol_load import _warm, scenario

    out = args.out or str(Path(tempfile.mkdtemp()) / "server.pstats")
    port = servers.free_port()
    proc = subprocess.Popen([sys.executable, "-m", "benchmarks.profile_server", "--serve", str(port), out,
                             "--app", args.app], cwd=servers.ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            env={**os.environ, **servers.THREADS})
    try:
        servers.wait_healthy(port, timeout=120)
        url = f"http://127.0.0.1:{port}"
        asyncio.run(_warm(url))
        stats, wall = asyncio.run(scenario(url, args.users, args.seconds, args.think, seed=3))
    finally:
        proc.send_signal(2)                              # SIGINT: Streamlit shuts down, atexit writes the profile
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()
    print(f"{stats.reruns} reruns in {wall:.1f} s under the profiler ({stats.reruns / wall:.2f}/s), "
          f"{len(stats.errors)} errors; profile: {out}\n")
    print(summarize(out, args.top))


if __name__ == "__main__":
    main()
