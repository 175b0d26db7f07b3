"""Subscriptions over graphql-transport-ws on a real server with a real websocket client."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from websockets.exceptions import InvalidStatus
from websockets.sync.client import ClientConnection, connect

from api.events import EventHub
from api.settings import Settings
from graph.embedded import EmbeddedStore
from graph.model import EventKind, canonical_key
from graph.store import GraphStore
from tests.api_support import ApiServer
from tests.graph_factory import GraphBuilder, sample_world

REPO = Path(__file__).resolve().parent.parent

OPENED = """subscription($entity: String) { disputeOpened(entity: $entity) {
    seq kind dispute { id topic parties { name } } } }"""


@contextmanager
def open_socket(api: ApiServer) -> Iterator[ClientConnection]:
    with connect(api.ws_url, subprotocols=["graphql-transport-ws"], open_timeout=10) as ws:
        ws.send(json.dumps({"type": "connection_init", "payload": {}}))
        assert json.loads(ws.recv(timeout=10))["type"] == "connection_ack"
        yield ws


def subscribe(ws: ClientConnection, op_id: str, query: str, variables: dict | None = None) -> None:
    payload = {"query": query, "variables": variables or {}}
    ws.send(json.dumps({"id": op_id, "type": "subscribe", "payload": payload}))


def wait_for_subscribers(api: ApiServer, count: int) -> None:
    """Writes made before the subscription is registered are (rightly) not delivered."""
    hub = api.app.state.claimgraph.hub
    deadline = time.monotonic() + 10
    while hub.subscriber_count < count:
        assert time.monotonic() < deadline, "subscription was never registered"
        time.sleep(0.01)


def next_payload(ws: ClientConnection) -> dict:
    while True:
        message = json.loads(ws.recv(timeout=15))
        if message["type"] == "ping":
            ws.send(json.dumps({"type": "pong"}))
            continue
        assert message["type"] == "next", message
        return message["payload"]


def new_dispute(topic: str, *people: str, concerns: tuple[str, ...] = ()):
    """A batch with one new dispute between ``people`` and its event."""
    g = GraphBuilder()
    article = g.article(f"Text about {topic}.", url=f"https://sub.example/{canonical_key(topic)}")
    claims = tuple(
        g.claim(g.person(name), f"{name} on {topic}.", article=article) for name in people
    )
    dispute = g.dispute(topic, claims, concerns=concerns)
    g.events.append((EventKind.DISPUTE_OPENED, dispute, {"topic": topic}))
    return g.batch(), dispute


def test_subscriber_receives_dispute_written_to_the_store(store: GraphStore) -> None:
    with ApiServer(store) as api, open_socket(api) as ws:
        subscribe(ws, "1", OPENED)
        wait_for_subscribers(api, 1)
        batch, dispute = new_dispute("chip export rules", "Ann Lee", "Bo Chen")
        store.apply(batch)
        got = next_payload(ws)["data"]["disputeOpened"]
    assert got["kind"] == "disputeOpened"
    assert got["dispute"]["id"] == dispute
    assert sorted(p["name"] for p in got["dispute"]["parties"]) == ["Ann Lee", "Bo Chen"]


def test_every_subscriber_receives_the_event(store: GraphStore) -> None:
    with ApiServer(store) as api, open_socket(api) as ws1, open_socket(api) as ws2:
        subscribe(ws1, "a", OPENED)
        subscribe(ws2, "b", OPENED)
        wait_for_subscribers(api, 2)
        batch, dispute = new_dispute("data centre water use", "Cy Dorn", "Di Eve")
        store.apply(batch)
        first = next_payload(ws1)["data"]["disputeOpened"]["dispute"]["id"]
        second = next_payload(ws2)["data"]["disputeOpened"]["dispute"]["id"]
    assert first == second == dispute


def test_entity_filter_only_delivers_matching_disputes(store: GraphStore) -> None:
    world = sample_world(store)
    with ApiServer(store) as api, open_socket(api) as ws:
        subscribe(ws, "1", OPENED, {"entity": "Meta"})
        wait_for_subscribers(api, 1)
        unrelated, _ = new_dispute("robot taxis", "Ed Fox", "Flo Gray")
        store.apply(unrelated)
        related, dispute = new_dispute("open weights again", "Gus Hale", concerns=(world["meta"],))
        store.apply(related)
        got = next_payload(ws)["data"]["disputeOpened"]["dispute"]["id"]
    assert got == dispute


def test_unknown_filter_entity_is_an_error(store: GraphStore) -> None:
    with ApiServer(store) as api, open_socket(api) as ws:
        subscribe(ws, "1", OPENED, {"entity": "Nobody Qwx"})
        message = json.loads(ws.recv(timeout=10))
    assert message["type"] in {"error", "next"}
    errors = message["payload"] if message["type"] == "error" else message["payload"]["errors"]
    assert errors[0]["message"] == "no entity matches entity 'Nobody Qwx'"


WRITER = """
import sys
from graph.embedded import EmbeddedStore
from tests.test_api_subscriptions import new_dispute
store = EmbeddedStore(sys.argv[1])
batch, dispute = new_dispute("compute caps", "Hal Ives", "Ida Jones")
store.apply(batch)
store.close()
print(dispute)
"""


def test_event_written_by_another_process_is_delivered(tmp_path: Path) -> None:
    location = tmp_path / "shared-store"
    store = EmbeddedStore(location)
    try:
        with ApiServer(store) as api, open_socket(api) as ws:
            subscribe(ws, "1", OPENED)
            wait_for_subscribers(api, 1)
            writer = subprocess.run(
                [sys.executable, "-c", WRITER, str(location)],
                cwd=REPO,
                capture_output=True,
                text=True,
                timeout=120,
                check=True,
            )
            got = next_payload(ws)["data"]["disputeOpened"]["dispute"]["id"]
        assert got == writer.stdout.strip()
    finally:
        store.close()


def test_other_events_are_not_delivered_as_disputes(store: GraphStore) -> None:
    with ApiServer(store) as api, open_socket(api) as ws:
        subscribe(ws, "1", OPENED)
        wait_for_subscribers(api, 1)
        g = GraphBuilder()
        g.events.append((EventKind.ARTICLE_INGESTED, "article:none", {}))
        store.apply(g.batch())
        batch, dispute = new_dispute("benchmark leaks", "Jo King", "Kit Lane")
        store.apply(batch)
        got = next_payload(ws)["data"]["disputeOpened"]["dispute"]["id"]
    assert got == dispute


def test_cross_origin_websocket_needs_a_cors_origin(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path / "store")
    settings = Settings(cors_origins=("https://analyst.example",))
    with ApiServer(store, settings) as api:
        with connect(
            api.ws_url, subprotocols=["graphql-transport-ws"], origin="https://analyst.example"
        ) as ws:
            ws.send(json.dumps({"type": "connection_init", "payload": {}}))
            assert json.loads(ws.recv(timeout=10))["type"] == "connection_ack"
        with pytest.raises(InvalidStatus):
            connect(
                api.ws_url, subprotocols=["graphql-transport-ws"], origin="https://evil.example"
            )
    store.close()


def second_handle(store: GraphStore) -> GraphStore:
    """Another connection to the same store, as a second API process would open."""
    if isinstance(store, EmbeddedStore):
        return EmbeddedStore(store.directory)
    from graph.neo4j_store import Neo4jStore

    return Neo4jStore.from_environment()


def test_two_api_servers_sharing_a_store_see_each_others_events(store: GraphStore) -> None:
    world = sample_world(store)
    other = second_handle(store)
    resolve = 'mutation($id: ID!) { resolveDispute(id: $id, note: "done") { __typename } }'
    try:
        with ApiServer(store) as writer, ApiServer(other) as reader, open_socket(reader) as ws:
            subscribe(ws, "1", "subscription { disputeUpdated { dispute { id status } } }")
            wait_for_subscribers(reader, 1)
            writer.gql(resolve, {"id": world["d_llm"]})
            got = next_payload(ws)["data"]["disputeUpdated"]["dispute"]
    finally:
        other.close()
    assert got == {"id": world["d_llm"], "status": "RESOLVED"}


def test_reconnecting_client_replays_events_after_its_last_seq(store: GraphStore) -> None:
    first, _ = new_dispute("first row", "Lea Moss", "Max Nye")
    seen_seq = store.apply(first).events[0].seq
    missed, missed_id = new_dispute("missed row", "Ned Orr", "Oli Park")
    store.apply(missed)
    with ApiServer(store) as api, open_socket(api) as ws:
        query = "subscription($a: Int) { disputeOpened(afterSeq: $a) { seq dispute { id } } }"
        subscribe(ws, "1", query, {"a": seen_seq})
        replayed = next_payload(ws)["data"]["disputeOpened"]
        wait_for_subscribers(api, 1)
        live, live_id = new_dispute("live row", "Pia Quin", "Rob Sim")
        store.apply(live)
        following = next_payload(ws)["data"]["disputeOpened"]
    assert replayed["dispute"]["id"] == missed_id
    assert replayed["seq"] > seen_seq
    assert following["dispute"]["id"] == live_id


def test_the_event_hub_stops_even_when_poked_just_before(store: GraphStore) -> None:
    """``stop()`` ends the hub even right after a ``poke()`` (a mutation's, the feed poller's).

    The server closes the store once the hub has stopped: a hub that ignored
    ``stop()`` would go on polling a closed store for the rest of the process.
    """

    async def poke_then_stop(pool: ThreadPoolExecutor) -> bool:
        loop = asyncio.get_running_loop()
        calls = 0

        async def run(fn: Callable[..., Any], *args: Any) -> Any:
            nonlocal calls
            result = await loop.run_in_executor(pool, fn, *args)
            calls += 1
            return result

        hub = EventHub(store, run, poll_seconds=60)
        await hub.start()
        while calls < 2:  # the start's read and the first poll: the hub now waits
            await asyncio.sleep(0.01)
        hub.poke()
        stopping = asyncio.ensure_future(hub.stop())
        done, _ = await asyncio.wait({stopping}, timeout=5)
        return stopping in done

    with ThreadPoolExecutor(1) as pool:
        stopped = asyncio.run(poke_then_stop(pool))
    assert stopped, "the hub was still running 5 s after stop()"
