"""A tiny run of the protocol-level load benchmark against a real server: every action of the
scenario works (widgets found by key, no exception box, no timeout). Figures stay in the benchmark;
nothing here is timed."""

import pytest

from benchmarks import servers
from benchmarks.protocol import Client
from benchmarks.protocol_load import _warm, scenario

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def url():
    port = servers.free_port()
    proc = servers.start(servers.APP, port)
    try:
        servers.wait_healthy(port)
        yield f"http://127.0.0.1:{port}"
    finally:
        servers.stop(proc)


def test_a_few_users_run_the_scenario_without_errors(url, run_async):
    run_async(_warm(url))
    stats, _ = run_async(scenario(url, users=3, seconds=6, think=0.3, seed=1, long_share=0.3))
    assert stats.errors == []
    assert stats.reruns >= 6
    assert stats.longest >= 1, "the longest input was sent at least once"
    assert "open a page" in stats.latency and len(stats.latency) >= 2


def test_the_client_sets_widgets_by_key(url, run_async):
    async def session():
        c = Client(url, user="smoke")
        await c.connect()
        await c.open("alignment")
        await c.set("step", double_array_value=[3])
        chart = next(w for k, w in c.widgets.items() if k == "al_row")
        await c.open("self-attention")
        r = await c.set("causal", bool_value=True)
        await c.close()
        return chart.proto.spec, r.exceptions

    spec, exceptions = run_async(session())
    assert "Step 3" in spec and exceptions == []


def test_a_trainer_trains_on_the_playground_while_others_browse(url, run_async):
    run_async(_warm(url))
    stats, _ = run_async(scenario(url, users=1, seconds=5, think=0.3, seed=2, long_share=0.0, trainers=1))
    assert stats.errors == []
    assert stats.latency["training: press Train"] and len(stats.latency["training: live refresh"]) >= 3
