"""``python -m benchmarks.cluster --processes 2 [--port 8501] [--app app.py]``: several Streamlit
processes behind Debian's nginx with sticky sessions, started (and stopped with Ctrl-C) by one command.

One Streamlit process runs its Python on about one core (the GIL), so a machine with more cores
serves more learners with more processes. A Streamlit session lives in the process that holds its
websocket, and a few of its HTTP requests must reach the *same* process (downloads and media are
served from that process's memory; a reconnecting tab asks for its old session), so the balancer
must be sticky.

The stickiness key is a cookie, ``attention_lab_route``: nginx hashes it onto a backend
(``hash … consistent``). A browser without the cookie is routed by nginx's random ``$request_id``
and gets that value as its cookie, so its later requests (scripts, the websocket, downloads) follow.
``ip_hash`` would not do: every simulated user of the load benchmark comes from 127.0.0.1, and a
classroom behind one school router shares one public address too — ``ip_hash`` would pin them all to
one process. The load benchmark's simulated users send the cookie themselves (``user17`` …).

Each process runs torch with one thread (``OMP_NUM_THREADS=1``, set before it starts, as for a
single server: see README "Speed and load"); nothing changes it on a request. nginx runs in
the foreground as a child of this command, with its config and logs in a temporary folder.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from benchmarks import servers

COOKIE = "attention_lab_route"
NGINX_CONF = """\
worker_processes 1;
error_log {dir}/error.log warn;
pid {dir}/nginx.pid;
events {{ worker_connections 4096; }}
http {{
    access_log off;
    client_body_temp_path {dir}/body;
    proxy_temp_path {dir}/proxy;
    fastcgi_temp_path {dir}/fastcgi;
    uwsgi_temp_path {dir}/uwsgi;
    scgi_temp_path {dir}/scgi;
    map $http_upgrade $connection_upgrade {{ default upgrade; '' close; }}
    # the stickiness key: the client's cookie, or a fresh random value that becomes its cookie
    map $cookie_{cookie} $route {{ '' $request_id; default $cookie_{cookie}; }}
    upstream streamlit {{
        hash $route consistent;
{servers}
    }}
    server {{
        listen 127.0.0.1:{port};
        location / {{
            proxy_pass http://streamlit;
            proxy_http_version 1.1;
            proxy_set_header Upgrade $http_upgrade;
            proxy_set_header Connection $connection_upgrade;
            proxy_set_header Host $http_host;
            proxy_read_timeout 1d;
            proxy_buffering off;
            add_header Set-Cookie "{cookie}=$route; Path=/; HttpOnly; SameSite=Lax" always;
            add_header X-Upstream $upstream_addr always;
        }}
    }}
}}
"""


def nginx_path() -> str | None:
    return shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)


class Cluster:
    """``processes`` Streamlit servers of ``app`` on loopback ports behind one nginx on ``port``."""

    def __init__(self, app: str = servers.APP, processes: int = 2, port: int | None = None):
        self.app, self.n = app, processes
        self.port = port or servers.free_port()
        self.backends: list[int] = []
        self.procs: list[subprocess.Popen] = []
        self.nginx: subprocess.Popen | None = None
        self.dir: str | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def pids(self) -> list[int]:
        return [p.pid for p in self.procs]

    def start(self) -> Cluster:
        nginx = nginx_path()
        if nginx is None:
            raise RuntimeError("nginx is not installed: apt-get install nginx")
        try:
            for _ in range(self.n):
                port = servers.free_port()
                self.backends.append(port)
                self.procs.append(servers.start(self.app, port))
            self.dir = tempfile.mkdtemp(prefix="attention-lab-nginx-")
            os.chmod(self.dir, 0o755)                    # nginx's workers run as an unprivileged user
            conf = Path(self.dir) / "nginx.conf"
            conf.write_text(NGINX_CONF.format(dir=self.dir, cookie=COOKIE, port=self.port, servers="\n".join(
                f"        server 127.0.0.1:{p};" for p in self.backends)))
            for port in self.backends:
                servers.wait_healthy(port)
            self.nginx = subprocess.Popen([nginx, "-p", self.dir, "-c", str(conf), "-g", "daemon off;"],
                                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            servers.wait_healthy(self.port, timeout=20)
        except BaseException:
            self.stop()
            raise
        return self

    def stop(self) -> None:
        if self.nginx is not None:
            servers.stop(self.nginx)
            self.nginx = None
        for p in self.procs:
            servers.stop(p)
        self.procs = []
        if self.dir:
            shutil.rmtree(self.dir, ignore_errors=True)
            self.dir = None

    def __enter__(self) -> Cluster:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.cluster", description=__doc__.split("\n\n")[0])
    ap.add_argument("--processes", type=int, default=2)
    ap.add_argument("--port", type=int, default=8501)
    ap.add_argument("--app", default=servers.APP)
    args = ap.parse_args(argv)
    with Cluster(args.app, args.processes, args.port) as c:
        print(f"{args.processes} Streamlit processes (ports {', '.join(map(str, c.backends))}) behind nginx: "
              f"{c.url}  — Ctrl-C stops them all", flush=True)
        try:
            while all(p.poll() is None for p in [*c.procs, c.nginx]):
                time.sleep(1)
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
