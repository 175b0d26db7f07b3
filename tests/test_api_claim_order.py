"""Per-entity claim order: same answers as sorting everything, a page costs a page.

A real embedded store, wrapped by ``CountingStore`` which only counts the
node ids fetched and the relationship reads passed through to it.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from api import queries
from api.claim_order import ClaimOrder, PerVersion
from api.pagination import Window
from graph.embedded import EmbeddedStore
from graph.model import RelType
from graph.store import GraphStore
from tests.graph_factory import GraphBuilder


class CountingStore:
    """A real store that counts ``get_nodes`` ids and ``relationships_of`` calls."""

    def __init__(self, store: GraphStore) -> None:
        self._store = store
        self.node_ids_fetched = 0
        self.relationship_reads = 0
        self._lock = threading.Lock()

    def get_nodes(self, ids: Any) -> Any:
        with self._lock:
            self.node_ids_fetched += len(ids)
        return self._store.get_nodes(ids)

    def relationships_of(self, *args: Any, **kwargs: Any) -> Any:
        with self._lock:
            self.relationship_reads += 1
        return self._store.relationships_of(*args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)


@pytest.fixture
def embedded(tmp_path: Path) -> Iterator[EmbeddedStore]:
    with EmbeddedStore(str(tmp_path / "store")) as store:
        yield store


def write_claims_about(store: GraphStore, subject: str, count: int, start: int = 0) -> None:
    """``count`` claims about ``subject`` on distinct days (some sharing a day)."""
    g = GraphBuilder()
    person = g.person("Pat Claimant")
    for i in range(start, start + count):
        article = g.article(
            f"Article {i}.",
            url=f"https://order.example/{i}",
            published_at=f"2024-02-{1 + i % 20:02d}T00:00:00Z",
        )
        g.claim(person, f"Claim number {i}.", article=article, about=(subject,))
    g.write(store)


@pytest.fixture
def hub(embedded: EmbeddedStore) -> str:
    g = GraphBuilder()
    meta = g.org("Meta")
    g.write(embedded)
    write_claims_about(embedded, meta, 30)
    return meta


def test_pages_match_sorting_every_claim(embedded: EmbeddedStore, hub: str) -> None:
    order = ClaimOrder()
    query = queries.ClaimQuery(about=hub)
    pages = [queries.find_claims(embedded, query, Window(o, 7), order) for o in (0, 7, 28)]
    full = [queries.find_claims(embedded, query, Window(o, 7)) for o in (0, 7, 28)]
    assert [([n.id for n in p.items], p.total) for p in pages] == [
        ([n.id for n in p.items], p.total) for p in full
    ]


def test_a_warm_page_fetches_only_its_own_nodes(embedded: EmbeddedStore, hub: str) -> None:
    store = CountingStore(embedded)
    order = ClaimOrder()
    order.page(store, hub, RelType.ABOUT, "in", 0, 5)  # type: ignore[arg-type]
    before = store.node_ids_fetched
    nodes, total = order.page(store, hub, RelType.ABOUT, "in", 10, 5)  # type: ignore[arg-type]
    assert (len(nodes), total, store.node_ids_fetched - before) == (5, 30, 5)


def test_after_a_write_the_new_claim_is_listed_and_only_it_is_fetched(
    embedded: EmbeddedStore, hub: str
) -> None:
    store = CountingStore(embedded)
    order = ClaimOrder()
    order.ids(store, hub, RelType.ABOUT, "in")  # type: ignore[arg-type]
    write_claims_about(embedded, hub, 1, start=30)
    before = store.node_ids_fetched
    ids = order.ids(store, hub, RelType.ABOUT, "in")  # type: ignore[arg-type]
    expected = queries.find_claims(embedded, queries.ClaimQuery(about=hub), Window(0, 100))
    assert (ids, store.node_ids_fetched - before) == ([n.id for n in expected.items], 1)


def test_concurrent_requests_for_one_entity_read_its_edges_once(
    embedded: EmbeddedStore, hub: str
) -> None:
    store = CountingStore(embedded)
    order = ClaimOrder()
    requests = [
        threading.Thread(target=order.ids, args=(store, hub, RelType.ABOUT, "in")) for _ in range(8)
    ]
    for thread in requests:
        thread.start()
    for thread in requests:
        thread.join(30)
    assert store.relationship_reads == 1


def test_per_version_memo_recomputes_only_after_a_write(embedded: EmbeddedStore, hub: str) -> None:
    calls: list[str] = []

    def disputes(store: GraphStore, entity: str) -> frozenset[str]:
        calls.append(entity)
        return frozenset(queries.disputes_of_entity(store, entity))

    memo = PerVersion(disputes)
    memo.get(embedded, hub)
    memo.get(embedded, hub)
    write_claims_about(embedded, hub, 1, start=30)
    memo.get(embedded, hub)
    assert calls == [hub, hub]
