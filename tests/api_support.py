"""Run the real API server on 127.0.0.1 for tests, and talk to it.

:class:`ApiServer` starts uvicorn with :func:`api.server.create_app` in a
background thread on a free port and stops it on exit; :meth:`ApiServer.gql`
posts a GraphQL request with httpx.  :class:`CountingStore` wraps a real store
and counts the calls made through the GraphStore interface.
"""

from __future__ import annotations

import socket
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

import httpx
import uvicorn

from api.server import create_app
from api.settings import Settings
from graph.model import (
    Direction,
    Event,
    GraphBatch,
    Label,
    Node,
    Relationship,
    RelType,
    WriteResult,
)
from graph.store import GraphStore


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class ApiServer:
    """A real uvicorn server for one test (use as a context manager)."""

    def __init__(
        self,
        store: GraphStore,
        settings: Settings | None = None,
        *,
        poll_feeds: bool = False,
        ingestor_factory: Callable[[GraphStore], Any] | None = None,
        port: int | None = None,
    ) -> None:
        self.port = port or free_port()
        self.app = create_app(
            store,
            settings=settings or Settings(event_poll_seconds=0.05, analytics_refresh_seconds=0.05),
            poll_feeds=poll_feeds,
            ingestor_factory=ingestor_factory,
        )
        config = uvicorn.Config(
            self.app,
            host="127.0.0.1",
            port=self.port,
            log_config=None,
            access_log=False,
            ws="websockets-sansio",
            lifespan="on",
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        # One client per server: building a client (TLS context) costs ~40 ms.
        self.client = httpx.Client(timeout=30)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def ws_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/graphql"

    def __enter__(self) -> ApiServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("API server did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: object) -> None:
        self.client.close()
        self.server.should_exit = True
        self.thread.join(timeout=20)
        # A server still running goes on using the store the test closes next:
        # fail here rather than leave it to read a closed store in later tests.
        if self.thread.is_alive() and exc[0] is None:
            raise RuntimeError("the API server did not stop within 20 s")

    def gql(
        self,
        query: str,
        variables: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """POST a GraphQL request and return the decoded JSON body."""
        body: dict[str, Any] = {"query": query}
        if variables is not None:
            body["variables"] = dict(variables)
        response = self.client.post(f"{self.url}/graphql", json=body, headers=dict(headers or {}))
        return response.json()


class CountingStore(GraphStore):
    """A real store underneath, counting every interface call made through it."""

    def __init__(self, inner: GraphStore) -> None:
        self.inner = inner
        self.kind = inner.kind
        self.calls: Counter[str] = Counter()
        self._lock = threading.Lock()

    def _count(self, name: str) -> None:
        with self._lock:
            self.calls[name] += 1

    def reset(self) -> None:
        with self._lock:
            self.calls.clear()

    def total(self) -> int:
        return sum(self.calls.values())

    def apply(self, batch: GraphBatch) -> WriteResult:
        self._count("apply")
        return self.inner.apply(batch)

    def get_nodes(self, ids: Sequence[str]) -> list[Node | None]:
        self._count("get_nodes")
        return self.inner.get_nodes(ids)

    def get_relationships(self, ids: Sequence[str]) -> list[Relationship | None]:
        self._count("get_relationships")
        return self.inner.get_relationships(ids)

    def find(
        self, label: Label | None = None, where: Mapping[str, Any] | None = None, **kw: Any
    ) -> list[Node]:
        self._count("find")
        return self.inner.find(label, where, **kw)

    def count(
        self, label: Label | None = None, where: Mapping[str, Any] | None = None, **kw: Any
    ) -> int:
        self._count("count")
        return self.inner.count(label, where, **kw)

    def relationships_of(
        self,
        node_ids: Sequence[str],
        types: Sequence[RelType] | None = None,
        direction: Direction = "both",
    ) -> list[Relationship]:
        self._count("relationships_of")
        return self.inner.relationships_of(node_ids, types, direction)

    def neighbours_page(
        self, node_id: str, rel_type: RelType, direction: Direction, **kw: Any
    ) -> tuple[list[Node], int]:
        self._count("neighbours_page")
        return self.inner.neighbours_page(node_id, rel_type, direction, **kw)

    def reachable_page(
        self, node_id: str, paths: Sequence[Sequence[tuple[RelType, Direction]]], **kw: Any
    ) -> tuple[list[Node], int]:
        self._count("reachable_page")
        return self.inner.reachable_page(node_id, paths, **kw)

    def iter_all(self) -> Iterator[Node | Relationship]:
        self._count("iter_all")
        return self.inner.iter_all()

    def events_after(self, seq: int, limit: int = 100) -> list[Event]:
        # Not counted: the event hub polls this in the background.
        return self.inner.events_after(seq, limit)

    def last_event_seq(self) -> int:
        return self.inner.last_event_seq()

    def stats(self) -> dict[str, int]:
        self._count("stats")
        return self.inner.stats()
