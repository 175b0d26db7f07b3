"""Admission control: a bounded number of requests at work, a bounded queue, then 503 "busy".

A real server over a real embedded store; ``GatedStore`` holds ``count``
(what ``entities { totalCount }`` reads) until the test opens its gate, so
"one request is at work, one is queued" is observed through the server's
own counters instead of being inferred from timings.
"""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest

from api.admission import Admission
from api.settings import Settings
from graph.embedded import EmbeddedStore
from graph.store import GraphStore
from tests.api_support import ApiServer
from tests.graph_factory import sample_world

COUNT = "{ entities { totalCount } }"


class GatedStore:
    """A real store whose ``count`` waits for ``gate``."""

    def __init__(self, store: GraphStore) -> None:
        self._store = store
        self.gate = threading.Event()

    def count(self, *args: Any, **kwargs: Any) -> Any:
        assert self.gate.wait(30), "the test never opened the gate"
        return self._store.count(*args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)


@pytest.fixture
def gated(tmp_path: Path) -> Iterator[GatedStore]:
    with EmbeddedStore(str(tmp_path / "store")) as store:
        sample_world(store)
        yield GatedStore(store)


def wait_until(condition: Callable[[], bool]) -> None:
    deadline = time.monotonic() + 20
    while not condition():
        assert time.monotonic() < deadline, "the server never reached the expected state"
        time.sleep(0.01)


def post(api: ApiServer, query: str) -> httpx.Response:
    return httpx.post(f"{api.url}/graphql", json={"query": query}, timeout=30)


def test_a_request_beyond_slots_and_queue_is_refused_at_once_with_503(gated: GatedStore) -> None:
    settings = Settings(max_concurrent_requests=1, max_queued_requests=1, queue_seconds=30)
    with ApiServer(gated, settings) as api, ThreadPoolExecutor(2) as pool:  # type: ignore[arg-type]
        admission = api.app.state.claimgraph.admission
        at_work = pool.submit(post, api, COUNT)
        wait_until(lambda: admission.running == 1)
        queued = pool.submit(post, api, COUNT)
        wait_until(lambda: admission.waiting == 1)
        refused = post(api, COUNT)
        gated.gate.set()
        served = [at_work.result(30).status_code, queued.result(30).status_code]
    assert (refused.status_code, refused.headers["retry-after"], served) == (503, "15", [200, 200])
    assert refused.json()["errors"][0]["extensions"]["code"] == "BUSY"


def test_a_request_not_admitted_within_queue_seconds_gets_503(gated: GatedStore) -> None:
    settings = Settings(max_concurrent_requests=1, max_queued_requests=5, queue_seconds=0.2)
    with ApiServer(gated, settings) as api, ThreadPoolExecutor(1) as pool:  # type: ignore[arg-type]
        admission = api.app.state.claimgraph.admission
        at_work = pool.submit(post, api, COUNT)
        wait_until(lambda: admission.running == 1)
        waited = post(api, COUNT)  # the gate stays closed: it can only time out in the queue
        gated.gate.set()
        assert at_work.result(30).status_code == 200
    assert (waited.status_code, waited.json()["errors"][0]["message"]) == (
        503,
        "server busy, retry later",
    )


def test_health_checks_are_answered_while_every_slot_is_taken(gated: GatedStore) -> None:
    settings = Settings(max_concurrent_requests=1, max_queued_requests=1, queue_seconds=30)
    with ApiServer(gated, settings) as api, ThreadPoolExecutor(1) as pool:  # type: ignore[arg-type]
        admission = api.app.state.claimgraph.admission
        at_work = pool.submit(post, api, COUNT)
        wait_until(lambda: admission.running == 1)
        health = httpx.get(f"{api.url}/healthz", timeout=10).status_code
        ready = httpx.get(f"{api.url}/readyz", timeout=10).status_code
        gated.gate.set()
        at_work.result(30)
    assert (health, ready) == (200, 200)


def test_a_waiter_that_goes_away_gives_no_slot_away_and_keeps_none() -> None:
    async def scenario() -> tuple[int, int, bool]:
        admission = Admission(max_concurrent=1, max_queued=5, queue_seconds=30)
        assert await admission.acquire()
        gone = asyncio.ensure_future(admission.acquire())
        await asyncio.sleep(0)  # it is queued now
        gone.cancel()
        await asyncio.gather(gone, return_exceptions=True)
        admission.release()
        after = (admission.running, admission.waiting)
        again = await asyncio.wait_for(admission.acquire(), 5)  # the slot is free again
        return (*after, again)

    assert asyncio.run(scenario()) == (0, 0, True)


def test_slots_go_to_waiters_first_come_first_served() -> None:
    async def scenario() -> list[int]:
        admission = Admission(max_concurrent=1, max_queued=5, queue_seconds=30)
        order: list[int] = []

        async def request(n: int) -> None:
            assert await admission.acquire()
            order.append(n)
            await asyncio.sleep(0)
            admission.release()

        assert await admission.acquire()
        waiters = []
        for n in range(4):
            waiters.append(asyncio.ensure_future(request(n)))
            await asyncio.sleep(0)  # queued in this order
        admission.release()
        await asyncio.gather(*waiters)
        return order

    assert asyncio.run(scenario()) == [0, 1, 2, 3]


def test_a_client_sending_its_body_slowly_holds_no_slot(tmp_path: Path) -> None:
    settings = Settings(max_concurrent_requests=1, max_queued_requests=1, queue_seconds=0.5)
    with (
        EmbeddedStore(str(tmp_path / "store")) as store,
        ApiServer(store, settings) as api,
        socket.create_connection(("127.0.0.1", api.port), timeout=10) as slow,
    ):
        slow.sendall(
            b"POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            b"Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{"
        )
        time.sleep(0.2)  # the server has the headers and one byte of the body
        meanwhile = post(api, COUNT)
        running = api.app.state.claimgraph.admission.running
    assert (meanwhile.status_code, running) == (200, 0)


def test_saturation_is_remembered_after_the_queue_drains() -> None:
    async def scenario() -> tuple[bool, bool, bool]:
        admission = Admission(max_concurrent=1, max_queued=5, queue_seconds=30)
        never = admission.saturated_within(3600)
        assert await admission.acquire()
        queued = asyncio.ensure_future(admission.acquire())
        await asyncio.sleep(0)
        admission.release()
        assert await queued
        admission.release()
        return never, admission.saturated_within(3600), admission.saturated_within(0)

    assert asyncio.run(scenario()) == (False, True, False)
