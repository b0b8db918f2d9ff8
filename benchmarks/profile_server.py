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
import io
import pstats
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

from benchmarks import servers

# where time goes, by the file a function lives in (first match wins)
GROUPS = [("plotly: figure objects, validation, to_dict", ("plotly/basedatatypes", "plotly/basevalidators",
                                                          "_plotly_utils/basevalidators", "plotly/graph_objs",
                                                          "plotly/validators", "plotly/tools")),
          ("plotly: JSON", ("plotly/io/_json", "orjson")),
          ("streamlit: file watcher", ("streamlit/watcher",)),
          ("streamlit: caching (hash, pickle)", ("streamlit/runtime/caching",)),
          ("torch", ("torch/",)),
          ("pandas", ("pandas/",)),
          ("protobuf", ("google/protobuf",)),
          ("this app (pages, ui, model)", ("/pages/", "/ui/", "/model/")),
          ("streamlit: other", ("streamlit/",))]

IDLE = ("acquire", "epoll", "select", "sleep", "wait")   # built-ins a thread waits in, not work


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


def summarize(path: str, top: int = 25) -> str:
    st = pstats.Stats(path)
    own: dict[str, float] = {}
    for (file, _, name), (_, _, tt, _, _) in st.stats.items():
        if any(w in name for w in IDLE):
            continue
        group = next((g for g, keys in GROUPS if any(k in file for k in keys)), "other (stdlib, asyncio, …)")
        own[group] = own.get(group, 0.0) + tt
    busy = sum(v for k, v in own.items()) or 1.0
    lines = ["Own time by where the code lives (all threads; waiting on locks, sockets and sleeps left out):"]
    lines += [f"  {k:<48} {v:8.1f} s  {100 * v / busy:5.1f} %" for k, v in sorted(own.items(), key=lambda kv: -kv[1])]
    buf = io.StringIO()
    pstats.Stats(path, stream=buf).strip_dirs().sort_stats("cumulative").print_stats(top)
    return "\n".join(lines) + "\n\nTop functions by cumulative time:\n" + buf.getvalue().split("\n", 6)[-1]


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.profile_server")
    ap.add_argument("--serve", nargs=2, metavar=("PORT", "OUT"), help=argparse.SUPPRESS)
    ap.add_argument("--app", default=servers.APP)
    ap.add_argument("--users", type=int, default=5)
    ap.add_argument("--think", type=float, default=0.0)
    ap.add_argument("--seconds", type=float, default=30.0)
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("--out", help="keep the .pstats file here")
    args = ap.parse_args(argv)
    if args.serve:
        _serve(int(args.serve[0]), args.serve[1], args.app)
        return
    from benchmarks.protocol_load import _warm, scenario

    out = args.out or str(Path(tempfile.mkdtemp()) / "server.pstats")
    port = servers.free_port()
    proc = subprocess.Popen([sys.executable, "-m", "benchmarks.profile_server", "--serve", str(port), out,
                             "--app", args.app], cwd=servers.ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
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
