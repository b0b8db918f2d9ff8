"""Two Streamlit processes behind nginx (``python -m benchmarks.cluster``): a client keeps its
process (sticky cookie), different clients are spread over both, and a page runs through the
balancer's websocket. Skipped where Debian's nginx is not installed (``apt-get install nginx``), but
under CI (CI=true, where ``.ci/run`` installs it) a missing nginx fails the tests instead."""

import os
import urllib.request

import pytest

from benchmarks.cluster import COOKIE, Cluster, nginx_path
from benchmarks.protocol import Client

pytestmark = pytest.mark.slow


def upstream(url: str, cookie: str | None) -> tuple[str, str]:
    req = urllib.request.Request(f"{url}/_stcore/health", headers={"Cookie": f"{COOKIE}={cookie}"} if cookie else {})
    with urllib.request.urlopen(req, timeout=10) as r:
        return r.headers["X-Upstream"], r.headers["Set-Cookie"]


@pytest.fixture(scope="module")
def cluster():
    if nginx_path() is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("nginx is missing under CI=true: .ci/run must install Debian's nginx")
        pytest.skip("nginx not installed (apt-get install nginx)")
    with Cluster(processes=2) as c:
        yield c


def test_sticky_by_cookie_and_spread_over_processes(cluster):
    backends = {f"127.0.0.1:{p}" for p in cluster.backends}
    seen = {}
    for k in range(12):
        first, _ = upstream(cluster.url, f"user{k}")
        assert first in backends
        assert all(upstream(cluster.url, f"user{k}")[0] == first for _ in range(3)), "a client keeps its process"
        seen[k] = first
    assert set(seen.values()) == backends, "different clients reach both processes"
    # a browser without the cookie gets one, and it then keeps the process that cookie names
    first, set_cookie = upstream(cluster.url, None)
    value = set_cookie.split(";")[0].split("=", 1)[1]
    assert value and upstream(cluster.url, value)[0] in backends


def test_a_page_runs_through_the_balancer(cluster, run_async):
    async def run():
        c = Client(cluster.url, user="user3", timeout=120)
        await c.connect()
        r = await c.open("alignment")
        r2 = await c.set("step", double_array_value=[2])
        await c.close()
        return r.exceptions + r2.exceptions, c.widgets["al_row"].proto.spec

    exceptions, spec = run_async(run())
    assert exceptions == [] and "Step 2" in spec
