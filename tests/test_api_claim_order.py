"""An entity's claims and disputes, paged by the store: same answers as sorting
everything, a page costs a page, and every write is seen at once.

A real embedded store with its graph loaded (as in a server), wrapped by
``CountingStore`` which only counts the node ids fetched and the
relationship reads passed through to it.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from api import queries
from api.pagination import Window
from api.queries import entity_claims_page
from graph import _memgraph
from graph.embedded import EmbeddedStore
from graph.model import Label, Node, RelType
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


@pytest.fixture(params=["walked", "indexed"])
def embedded(
    request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[EmbeddedStore]:
    """A loaded store; "indexed": every entity's order kept in an index (as a hub's)."""
    if request.param == "indexed":
        monkeypatch.setattr(_memgraph, "NEIGHBOUR_INDEX_MIN", 0)
    with EmbeddedStore(str(tmp_path / "store"), preload=True) as store:
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


def sorted_claims_about(store: GraphStore, entity: str) -> list[str]:
    """Every claim about ``entity`` read and sorted here: what a page must agree with."""
    rels = store.relationships_of([entity], [RelType.ABOUT], "in")
    nodes = [n for n in store.get_nodes(sorted({r.source for r in rels})) if n is not None]
    return [n.id for n in queries.newest_first(nodes, "publishedAt", "firstSeen")]


def test_pages_match_sorting_every_claim(embedded: EmbeddedStore, hub: str) -> None:
    query = queries.ClaimQuery(about=hub)
    pages = [queries.find_claims(embedded, query, Window(7))]
    while pages[-1].has_next:
        pages.append(queries.find_claims(embedded, query, Window(7, after=pages[-1].keys[-1])))
    expected = sorted_claims_about(embedded, hub)
    assert [([n.id for n in p.items], p.total) for p in pages] == [
        (expected[o : o + 7], 30) for o in (0, 7, 14, 21, 28)
    ]


def test_a_page_reads_no_relationship_and_no_other_node(embedded: EmbeddedStore, hub: str) -> None:
    store = CountingStore(embedded)
    nodes, total = entity_claims_page(store, hub, RelType.ABOUT, "in", 10, 5)  # type: ignore[arg-type]
    assert (len(nodes), total, store.relationship_reads, store.node_ids_fetched) == (5, 30, 0, 0)


def test_a_new_claim_is_listed_at_once_and_counted(embedded: EmbeddedStore, hub: str) -> None:
    entity_claims_page(embedded, hub, RelType.ABOUT, "in", 0, 5)
    g = GraphBuilder()
    person = g.person("Pat Claimant")
    article = g.article("Late.", url="https://order.example/late", published_at="2025-01-01")
    newest = g.claim(person, "The newest claim.", article=article, about=(hub,))
    g.write(embedded)
    nodes, total = entity_claims_page(embedded, hub, RelType.ABOUT, "in", 0, 1)
    assert ([n.id for n in nodes], total) == ([newest], 31)


def test_writes_of_another_instance_are_seen(
    embedded: EmbeddedStore, hub: str, tmp_path: Path
) -> None:
    entity_claims_page(embedded, hub, RelType.ABOUT, "in", 0, 5)
    with EmbeddedStore(str(tmp_path / "store")) as other:
        write_claims_about(other, hub, 3, start=30)
    _, total = entity_claims_page(embedded, hub, RelType.ABOUT, "in", 0, 5)
    assert total == 33


def test_claims_made_are_paged_like_claims_about(embedded: EmbeddedStore, hub: str) -> None:
    pat = queries.resolve_entity(embedded, "Pat Claimant")
    assert pat is not None
    made = queries.find_claims(embedded, queries.ClaimQuery(claimant=pat.id), Window(100))
    assert [n.id for n in made.items] == sorted_claims_about(embedded, hub)


def disputed_world(store: GraphStore) -> tuple[str, list[str]]:
    """An entity with disputes concerning it and disputes over claims it made."""
    g = GraphBuilder()
    ann, bob, meta = g.person("Ann Lee"), g.person("Bob Stone"), g.org("Meta")
    disputes = []
    for i in range(6):
        article = g.article(f"A {i}.", url=f"https://d.example/{i}", published_at="2024-03-01")
        mine = g.claim(ann, f"Ann says {i}.", article=article, about=(meta,))
        theirs = g.claim(bob, f"Bob says {i}.", article=article, about=(meta,))
        concerns = (ann,) if i % 3 == 0 else ()
        claims = (mine, theirs) if i % 2 == 0 else (theirs,)
        disputes.append(
            g.dispute(
                f"topic {i}",
                claims,
                concerns=concerns,
                status="open" if i < 4 else "resolved",
                updated_at=f"2024-04-{10 - i % 4:02d}T00:00:00Z",
            )
        )
    g.write(store)
    return ann, disputes


def test_entity_disputes_match_sorting_them_all(embedded: EmbeddedStore) -> None:
    ann, disputes = disputed_world(embedded)
    mine = {d for i, d in enumerate(disputes) if i % 2 == 0 or i % 3 == 0}
    expected = queries.newest_first(
        [n for n in embedded.get_nodes(sorted(mine)) if n is not None], "updatedAt", "openedAt"
    )
    after = queries.date_key("updatedAt", "openedAt")(expected[0])
    page = queries.find_disputes(embedded, queries.DisputeQuery(entity=ann), Window(2, after=after))
    assert ([n.id for n in page.items], page.total) == ([n.id for n in expected[1:3]], len(mine))


def test_entity_disputes_of_one_status_are_counted_exactly(embedded: EmbeddedStore) -> None:
    ann, disputes = disputed_world(embedded)
    page = queries.find_disputes(
        embedded, queries.DisputeQuery(entity=ann, status="resolved"), Window(10)
    )
    assert ({n.id for n in page.items}, page.total) == ({disputes[4]}, 1)


def test_a_new_dispute_over_an_old_claim_is_listed_at_once(embedded: EmbeddedStore) -> None:
    ann, _ = disputed_world(embedded)
    queries.find_disputes(embedded, queries.DisputeQuery(entity=ann), Window(10))
    old_claim = next(
        n.id
        for n in embedded.neighbours_page(ann, RelType.ASSERTS, "out", label=Label.CLAIM)[0]
        if n.get("text") == "Ann says 1."
    )
    late = Node("dispute:late", Label.DISPUTE, {"status": "open", "updatedAt": "2025-01-01"})
    g = GraphBuilder()
    g.nodes[late.id] = late
    g.rel(RelType.INVOLVES, late.id, old_claim)
    embedded.apply(g.batch())
    page = queries.find_disputes(embedded, queries.DisputeQuery(entity=ann), Window(1))
    assert ([n.id for n in page.items], page.total) == ([late.id], 5)


def test_a_disputes_speakers_come_in_the_order_they_speak_in_the_article() -> None:
    def claim(cid: str, start: int, date: str | None = "2025-02-21") -> Node:
        props: dict[str, Any] = {"start": start}
        if date:
            props["publishedAt"] = date
        return Node(cid, Label.CLAIM, props)

    # ids sort the other way round: the order must come from the dates and the text
    later, first, earlier_day, undated = (
        claim("claim:a", 900),
        claim("claim:b", 120),
        claim("claim:c", 5000, "2025-02-20"),
        claim("claim:0", 0, None),
    )
    ordered = queries.speaking_order([later, undated, first, earlier_day])
    assert [c.id for c in ordered] == ["claim:c", "claim:b", "claim:a", "claim:0"]
