"""The analytics cache: stale-while-revalidate, single-flight, reading only what it needs.

Every test uses a real embedded store.  ``GatedStore`` passes every call
through to it and only lets a test hold the build's first read (``find``)
until it opens the gate, so "a request is answered while a rebuild runs" is
observed directly instead of inferred from timings.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from concurrent.futures import Future
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn

from api.analytics import EntityGraph
from api.analytics_cache import AnalyticsCache
from api.server import create_app
from api.settings import Settings
from graph.embedded import EmbeddedStore
from graph.model import ENTITY_LABELS
from graph.store import GraphStore
from tests.api_support import ApiServer, free_port
from tests.graph_factory import World, add_meta_disputes, sample_world


class GatedStore:
    """A real store whose ``find`` waits for ``gate`` and counts its callers."""

    def __init__(self, store: GraphStore) -> None:
        self._store = store
        self.gate = threading.Event()
        self.gate.set()
        self.find_calls = 0
        self._lock = threading.Lock()

    def find(self, *args: Any, **kwargs: Any) -> Any:
        with self._lock:
            self.find_calls += 1
        assert self.gate.wait(30), "the test never opened the gate"
        return self._store.find(*args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)


@pytest.fixture
def embedded(tmp_path: Path) -> Iterator[EmbeddedStore]:
    with EmbeddedStore(str(tmp_path / "store")) as store:
        yield store


@pytest.fixture
def world(embedded: EmbeddedStore) -> World:
    return sample_world(embedded)


def top(graph: EntityGraph) -> tuple[str, int]:
    entity, disputes, _, _ = graph.controversy()[0]
    return entity, disputes


def test_reading_only_what_is_needed_builds_the_same_graph(
    embedded: EmbeddedStore, world: World
) -> None:
    add_meta_disputes(embedded, world)
    full = EntityGraph.from_records(list(embedded.iter_all()))
    narrow = EntityGraph.from_store(embedded)
    assert (
        list(narrow.graph.edges(data="hop")),
        narrow.controversy(),
        narrow.rivalries(),
    ) == (list(full.graph.edges(data="hop")), full.controversy(), full.rivalries())


def test_a_write_is_answered_from_the_previous_graph_while_one_rebuild_runs(
    embedded: EmbeddedStore, world: World
) -> None:
    store = GatedStore(embedded)
    cache = AnalyticsCache(refresh_seconds=0)
    first = cache.get(store)  # type: ignore[arg-type]
    add_meta_disputes(embedded, world)

    store.gate.clear()  # the rebuild will block on its first read
    answers: list[EntityGraph] = []
    requests = [
        threading.Thread(target=lambda: answers.append(cache.get(store)))  # type: ignore[arg-type]
        for _ in range(8)
    ]
    for thread in requests:
        thread.start()
    for thread in requests:
        thread.join(30)
    served_old = [a is first for a in answers]
    store.gate.set()
    cache.wait_idle(30)
    # All eight were answered with the old graph although the rebuild was still blocked.
    assert served_old == [True] * 8


def test_concurrent_stale_requests_start_a_single_rebuild(
    embedded: EmbeddedStore, world: World
) -> None:
    store = GatedStore(embedded)
    cache = AnalyticsCache(refresh_seconds=0)
    cache.get(store)  # type: ignore[arg-type]
    add_meta_disputes(embedded, world)
    store.gate.clear()
    requests = [threading.Thread(target=cache.get, args=(store,)) for _ in range(8)]
    for thread in requests:
        thread.start()
    for thread in requests:
        thread.join(30)
    store.gate.set()
    cache.wait_idle(30)
    assert (cache.builds, top(cache.get(store))) == (2, (world["meta"], 3))  # type: ignore[arg-type]


def test_concurrent_first_requests_share_one_synchronous_build(embedded: EmbeddedStore) -> None:
    sample_world(embedded)
    store = GatedStore(embedded)
    cache = AnalyticsCache()
    store.gate.clear()
    answers: list[EntityGraph] = []
    requests = [
        threading.Thread(target=lambda: answers.append(cache.get(store)))  # type: ignore[arg-type]
        for _ in range(6)
    ]
    for thread in requests:
        thread.start()
    store.gate.set()
    for thread in requests:
        thread.join(30)
    assert (cache.builds, len({id(a) for a in answers}), len(answers)) == (1, 1, 6)


def test_no_rebuild_sooner_than_refresh_seconds(embedded: EmbeddedStore, world: World) -> None:
    cache = AnalyticsCache(refresh_seconds=3600)
    first = cache.get(embedded)
    add_meta_disputes(embedded, world)
    cache.wait_idle(30)
    assert (cache.get(embedded) is first, cache.builds) == (True, 1)


def test_waiting_for_the_first_build_is_a_shared_future_not_a_blocked_call(
    embedded: EmbeddedStore, world: World
) -> None:
    store = GatedStore(embedded)
    cache = AnalyticsCache()
    store.gate.clear()  # the first build blocks on its first read
    futures = [cache.graph_or_future(store) for _ in range(3)]  # type: ignore[arg-type]
    pending = [isinstance(f, Future) and not f.done() for f in futures]
    store.gate.set()
    graph = futures[0].result(30)  # type: ignore[union-attr]
    assert (pending, len({id(f) for f in futures}), top(graph)) == (
        [True] * 3,
        1,
        (world["openai"], 2),
    )


def test_a_timed_out_request_leaves_the_first_build_running_for_the_next(
    embedded: EmbeddedStore, world: World
) -> None:
    store = GatedStore(embedded)
    query = "{ mostDisputed(first: 1) { entity { name } disputes } }"
    with ApiServer(store, Settings(request_timeout=0.3)) as api:  # type: ignore[arg-type]
        store.gate.clear()  # the first build blocks on its first read
        timed_out = api.gql(query)["errors"][0]["extensions"]["code"]
        store.gate.set()
        answer = api.gql(query)
        deadline = time.monotonic() + 30
        while "errors" in answer and time.monotonic() < deadline:
            answer = api.gql(query)
    # One build's reads: one find per entity label and one for disputes.
    assert (timed_out, answer["data"]["mostDisputed"], store.find_calls) == (
        "TIMEOUT",
        [{"entity": {"name": "OpenAI"}, "disputes": 2}],
        len(ENTITY_LABELS) + 1,
    )


class SlowStore:
    """A real store whose ``find`` takes at least ``delay`` seconds (a big store's build)."""

    def __init__(self, store: GraphStore, delay: float) -> None:
        self._store = store
        self.delay = delay

    def find(self, *args: Any, **kwargs: Any) -> Any:
        time.sleep(self.delay)
        return self._store.find(*args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)


def test_after_a_long_build_the_next_waits_idle_factor_times_as_long(
    embedded: EmbeddedStore, world: World
) -> None:
    # One build: len(ENTITY_LABELS) + 1 finds of 0.4 s, so at least 2 s; the next
    # may start only 3 times that (6 s) after it ended, far beyond this test's steps.
    store = SlowStore(embedded, 0.4)
    cache = AnalyticsCache(refresh_seconds=0, idle_factor=3)
    first = cache.get(store)  # type: ignore[arg-type]
    add_meta_disputes(embedded, world)
    again = cache.get(store)  # type: ignore[arg-type]
    cache.wait_idle(30)
    assert (again is first, cache.builds) == (True, 1)


@contextmanager
def serving(app: Any) -> Iterator[str]:
    """The app under a real uvicorn on 127.0.0.1 (lifespan included); yields its URL."""
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_config=None, lifespan="on")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "the server did not start"
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(20)


def test_warm_up_builds_at_start_and_readiness_waits_for_it(
    embedded: EmbeddedStore, world: World
) -> None:
    store = GatedStore(embedded)
    store.gate.clear()  # the warm-up build blocks on its first read
    app = create_app(store, settings=Settings(), warm_analytics=True)  # type: ignore[arg-type]
    cache = app.state.claimgraph.services.analytics
    with serving(app) as url, httpx.Client(timeout=30) as client:
        warming = client.get(f"{url}/readyz")
        store.gate.set()
        deadline = time.monotonic() + 30
        while (ready := client.get(f"{url}/readyz")).status_code != 200:
            assert time.monotonic() < deadline, ready.text
            time.sleep(0.02)
        built_before_any_request = cache.builds
        query = "{ mostDisputed(first: 1) { entity { name } disputes } }"
        answer = client.post(f"{url}/graphql", json={"query": query}).json()
    assert (warming.status_code, warming.json()["status"], built_before_any_request) == (
        503,
        "warming up",
        1,
    )
    assert (ready.headers["x-analytics"], ready.headers["x-analytics-builds"]) == ("idle", "1")
    assert answer["data"]["mostDisputed"] == [{"entity": {"name": "OpenAI"}, "disputes": 2}]
    assert (cache.builds, store.find_calls) == (1, len(ENTITY_LABELS) + 1)


def test_a_due_rebuild_waits_while_the_server_is_busy(
    embedded: EmbeddedStore, world: World
) -> None:
    busy = threading.Event()
    busy.set()
    cache = AnalyticsCache(refresh_seconds=0, busy=busy.is_set, max_defer_seconds=3600)
    first = cache.get(embedded)
    add_meta_disputes(embedded, world)
    while_busy = cache.get(embedded)
    cache.wait_idle(30)
    builds_while_busy = cache.builds
    busy.clear()
    cache.get(embedded)  # not busy any more: this one starts the rebuild
    cache.wait_idle(30)
    assert (while_busy is first, builds_while_busy, cache.builds) == (True, 1, 2)
    assert top(cache.get(embedded)) == (world["meta"], 3)


def test_a_rebuild_deferred_for_max_defer_seconds_starts_although_busy(
    embedded: EmbeddedStore, world: World
) -> None:
    cache = AnalyticsCache(refresh_seconds=0, busy=lambda: True, max_defer_seconds=0)
    cache.get(embedded)
    add_meta_disputes(embedded, world)
    cache.get(embedded)
    cache.wait_idle(30)
    assert cache.builds == 2
