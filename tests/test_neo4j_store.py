"""What the Neo4j store does beyond the shared contract (tests/test_store_contract.py).

These run against the real server started by ops/neo4j/start (see
tests/neo4j_support.py for when they skip or fail).
"""

from __future__ import annotations

import os
import random
import re
import socket
import threading
from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path
from urllib.parse import urlparse

import httpx
import pytest
from neo4j import Driver

from graph.embedded import EmbeddedStore
from graph.model import (
    EventKind,
    GraphBatch,
    Label,
    ModelError,
    Node,
    Relationship,
    RelType,
    relationship_id,
)
from graph.neo4j_store import (
    _LOCK_NODES,
    _READ_RELS,
    _WRITE,
    FULLTEXT_INDEX,
    PLAN_ONCE,
    Neo4jStore,
    _node_query,
)
from graph.store import GraphStore, Range, StoreUnavailable
from graph.sync import copy_store
from tests.neo4j_support import TcpRelay, in_ci, neo4j_auth, neo4j_store, require_neo4j

pytestmark = pytest.mark.neo4j


@pytest.fixture
def driver() -> Driver:
    return require_neo4j()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[GraphStore]:
    with neo4j_store(tmp_path) as opened:
        yield opened


def closed_port() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()  # nothing listens there any more
    return port


def small_graph() -> GraphBatch:
    ann = Node("person:ann", Label.PERSON, {"name": "Ann Lee", "aliases": ["Annie"], "x": None})
    acme = Node("organization:acme", Label.ORGANIZATION, {"name": "Acme Labs", "kind": "lab"})
    claim = Node("claim:1", Label.CLAIM, {"text": "Acme will ship in May.", "score": 0.5})
    works = Relationship(
        relationship_id(RelType.WORKS_FOR, ann.id, acme.id),
        RelType.WORKS_FOR,
        ann.id,
        acme.id,
        {"role": "researcher", "since": 2020},
    )
    asserts = Relationship(
        relationship_id(RelType.ASSERTS, ann.id, claim.id), RelType.ASSERTS, ann.id, claim.id
    )
    return GraphBatch(nodes=[ann, acme, claim], relationships=[works, asserts])


# ---------------------------------------------------------------- schema


def unique_constraints(driver: Driver) -> set[tuple[str, str]]:
    records, _, _ = driver.execute_query(
        "SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties "
        "WHERE type IN ['UNIQUENESS', 'RELATIONSHIP_UNIQUENESS'] AND properties = ['id'] "
        "RETURN labelsOrTypes[0] AS on"
    )
    return {("unique", r["on"]) for r in records}


def test_every_label_and_relationship_type_has_a_unique_id_constraint(
    store: GraphStore, driver: Driver
) -> None:
    store.get_node("person:nobody")  # the first call sets the schema up
    expected = {("unique", name) for name in ["Node", *Label, *RelType]}
    assert expected <= unique_constraints(driver)


def test_the_database_rejects_a_duplicate_id_written_behind_the_stores_back(
    store: GraphStore, driver: Driver
) -> None:
    store.apply(GraphBatch(nodes=[Node("person:ann", Label.PERSON, {"name": "Ann"})]))
    with pytest.raises(Exception, match="already exists"):
        driver.execute_query("CREATE (:Node:Person {id: 'person:ann'})")


def operators(plan: dict) -> Iterator[str]:
    """Every operator of a query plan, with its details."""
    yield f"{plan['operatorType']} {plan.get('args', {}).get('Details', '')}"
    for child in plan.get("children", []):
        yield from operators(child)


@pytest.mark.parametrize(
    ("label", "where", "text", "index"),
    [
        (Label.CLAIM, None, "ship may", "db.index.fulltext.queryNodes"),
        (None, {"aliases": "Annie"}, None, "db.index.fulltext.queryNodes"),
        (Label.PERSON, {"name": "Ann Lee"}, None, "RANGE INDEX n:Node(name)"),
        (Label.ARTICLE, {"publishedAt": Range("2024-01-01")}, None, "n:Article(publishedAt)"),
    ],
)
def test_find_queries_read_an_index(
    store: GraphStore,
    driver: Driver,
    label: Label | None,
    where: dict | None,
    text: str | None,
    index: str,
) -> None:
    # The plan of the exact query find() sends (built by the store's own query
    # builder): Neo4j's index usage counters are flushed too lazily to observe.
    store.get_node("person:nobody")  # the first call sets the schema up
    query = _node_query(FULLTEXT_INDEX, label, where, text, None)
    summary = driver.execute_query("EXPLAIN " + query.text() + " RETURN n", query.params)[1]
    assert any(index in op for op in operators(summary.plan))


@pytest.mark.parametrize(
    "statement", [_LOCK_NODES, _READ_RELS, _WRITE], ids=["lock-nodes", "read-rels", "write"]
)
def test_apply_statements_find_records_by_index_even_in_an_empty_database(
    store: GraphStore, driver: Driver, statement: str
) -> None:
    # They are planned once and kept (replan=skip): their plan must not depend
    # on the statistics of the moment, which for an empty database favour scans.
    store.get_node("person:nobody")  # the first call sets the schema up (the fixture emptied it)
    summary = driver.execute_query("EXPLAIN " + statement.replace(PLAN_ONCE, ""))[1]
    scans = [op for op in operators(summary.plan) if "Scan" in op.split("@")[0]]
    assert scans == []


def test_text_search_treats_lucene_syntax_as_plain_text(store: GraphStore) -> None:
    store.apply(small_graph())
    assert store.find(text='*:* OR name:"Ann" AND \\') == []


def test_where_keys_cannot_inject_cypher(store: GraphStore) -> None:
    store.apply(small_graph())
    assert store.find(where={"name]) DETACH DELETE n //": "x"}) == []
    assert store.count() == 3


def test_id_is_a_reserved_property_name(store: GraphStore) -> None:
    with pytest.raises(ModelError, match="reserved"):
        store.apply(GraphBatch(nodes=[Node("person:ann", Label.PERSON, {"id": "other"})]))


# ---------------------------------------------------------------- availability


def test_a_closed_port_raises_store_unavailable_with_one_clear_line() -> None:
    uri = f"bolt://127.0.0.1:{closed_port()}"
    with (
        Neo4jStore(uri, neo4j_auth(), retry_seconds=0) as store,
        pytest.raises(StoreUnavailable) as caught,
    ):
        store.get_node("person:ann")
    message = str(caught.value)
    assert uri in message and "\n" not in message


def test_the_store_recovers_when_the_server_is_reachable_again(store: GraphStore) -> None:
    target = urlparse(os.environ["NEO4J_URI"])
    relay = TcpRelay(target.hostname or "127.0.0.1", target.port or 7687)
    relay.up()
    uri = f"bolt://127.0.0.1:{relay.port}"
    with Neo4jStore(uri, neo4j_auth(), os.environ.get("NEO4J_DATABASE"), retry_seconds=1) as s:
        s.apply(small_graph())
        relay.down()
        with pytest.raises(StoreUnavailable):
            s.get_node("person:ann")
        relay.up()
        assert s.get_node("person:ann") is not None
    relay.down()


# ---------------------------------------------------------------- concurrency


def test_concurrent_writers_lose_no_update_and_share_one_event_sequence(
    store: GraphStore,
) -> None:
    """Several writers (own connections, own transactions) upsert the same node at once."""
    writers, rounds = 4, 5
    errors: list[BaseException] = []
    seqs: list[int] = []

    def write(w: int) -> None:
        try:
            with Neo4jStore.from_environment() as mine:
                for r in range(rounds):
                    node = Node("person:ann", Label.PERSON, {"sourceArticles": [f"a:{w}:{r}"]})
                    result = mine.apply(
                        GraphBatch(
                            nodes=[node], events=[(EventKind.ARTICLE_INGESTED, f"a:{w}:{r}", {})]
                        )
                    )
                    seqs.extend(e.seq for e in result.events)
        except BaseException as exc:  # reported below, in the test's thread
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(w,)) for w in range(writers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    articles = store.get_node("person:ann").get("sourceArticles")
    assert (len(articles), sorted(seqs)) == (
        writers * rounds,
        list(range(1, writers * rounds + 1)),
    )


# ---------------------------------------------------------------- sync


def test_sync_round_trip_embedded_to_neo4j_to_embedded(store: GraphStore, tmp_path: Path) -> None:
    with EmbeddedStore(tmp_path / "a") as first, EmbeddedStore(tmp_path / "b") as back:
        first.apply(small_graph())
        copy_store(first, store, batch_size=2)
        copy_store(store, back, batch_size=2)
        assert list(back.iter_all()) == list(first.iter_all())


def test_sync_twice_changes_nothing(store: GraphStore, tmp_path: Path) -> None:
    with EmbeddedStore(tmp_path / "a") as source:
        source.apply(small_graph())
        copy_store(source, store)
        before = list(store.iter_all())
        copy_store(source, store)
        assert list(store.iter_all()) == before


# ---------------------------------------------------------------- Neo4j Browser


def browser_url() -> str:
    base = os.environ.get("CLAIMGRAPH_NEO4J_HTTP_URL")
    if not base:
        reason = "CLAIMGRAPH_NEO4J_HTTP_URL is not set (ops/neo4j/start exports it)"
        if in_ci():
            pytest.fail(reason, pytrace=False)
        pytest.skip(reason)
    return f"{base}/browser/"


def test_neo4j_browser_is_served() -> None:
    response = httpx.get(browser_url(), timeout=30)
    assert (response.status_code, response.headers["content-type"].split(";")[0]) == (
        200,
        "text/html",
    )


def test_the_scripts_of_the_neo4j_browser_page_are_served() -> None:
    page = httpx.get(browser_url(), timeout=30).text
    scripts = re.findall(r'<script[^>]+src="([^"]+)"', page)
    statuses = {src: httpx.head(browser_url() + src, timeout=30).status_code for src in scripts}
    assert scripts and set(statuses.values()) == {200}


# ---------------------------------------------------------------- same answers as embedded

NAMES = [
    "Ann Lee", "Zoé Müller", "GPT-4o", "o3-mini", "Meta's Llama 4", "東京 AI Lab", "Ōkami",
    "DeepSeek-R1", "Anthropic", "x.ai", "Le Chat", "AT&T Labs", "3.5 Sonnet", "İstanbul Tech",
]  # fmt: skip


def varied_graph() -> GraphBatch:
    """Names with punctuation, accents, non-Latin scripts and digits; mixed property types."""
    nodes = []
    for i, name in enumerate(NAMES):
        label = [Label.PERSON, Label.ORGANIZATION, Label.MODEL][i % 3]
        props: dict = {"name": name, "rank": i % 4 if i % 5 else None, "tags": [f"t{i % 3}"]}
        if i % 2:
            props["aliases"] = [name.upper(), f"{name} Inc."]
        if i % 4 == 0:
            props["publishedAt"] = f"2024-0{1 + i % 9}-15T00:00:00Z"
        nodes.append(Node(f"{label.value.lower()}:n{i:02}", label, props))
    claim = Node("claim:c1", Label.CLAIM, {"text": "Zoé said GPT-4o beat o3-mini at AT&T."})
    rels = [
        Relationship(relationship_id(RelType.MENTIONS, a.id, b.id), RelType.MENTIONS, a.id, b.id)
        for a, b in pairwise(nodes)
    ]
    return GraphBatch(nodes=[*nodes, claim], relationships=rels)


QUERIES: list[dict] = [
    {"text": t}
    for t in ["zoé", "ZOÉ müller", "gpt-4", "4o", "o3-", "meta's", "東京", "京 ai", "ōka",
              "r1", "x.ai", "at&t", "3.5", "İstanbul", "inc. zoé", "said beat", "-", "zz"]
] + [
    {"prefix": p}
    for p in ["ann", "zo", "gpt-4o", "東", "meta's l", "o3", "3.", "-", "İs", "le c"]
] + [
    {"where": {"name": "GPT-4o"}},
    {"where": {"aliases": "ZOÉ MÜLLER"}},
    {"where": {"tags": ("t1", "t2")}},
    {"where": {"rank": Range(1, 2)}},
    {"where": {"rank": frozenset({0, 3})}},
    {"where": {"publishedAt": Range("2024-03-01")}},
    {"label": Label.MODEL, "where": {"publishedAt": Range("2024-01-01", "2024-06-30")}},
    {"label": Label.MODEL, "where": {"name": "GPT-4o"}},
    {"where": {"name": Range("A", "H")}},
    {"where": {"rank": None}},
    {"where": {"id": "person:n03"}},
    {"order_by": "id", "descending": True, "limit": 3},
    {"label": Label.MODEL, "order_by": "rank"},
    {"order_by": "rank", "descending": True, "limit": 5, "offset": 2},
    {"order_by": "name", "text": "a"},
    {"label": Label.PERSON, "prefix": "a", "where": {"rank": Range(low=0)}},
]  # fmt: skip


def test_find_answers_like_the_embedded_store(store: GraphStore, tmp_path: Path) -> None:
    with EmbeddedStore(tmp_path / "e") as embedded:
        for s in (embedded, store):
            s.apply(varied_graph())
        differences = []
        for query in QUERIES:
            counted = {k: v for k, v in query.items() if k in ("label", "where", "text", "prefix")}
            answers = [
                ([n.id for n in s.find(**query)], s.count(**counted)) for s in (embedded, store)
            ]
            if answers[0] != answers[1]:
                differences.append((query, *answers))
        assert differences == []


def test_reads_of_relationships_and_totals_match_the_embedded_store(
    store: GraphStore, tmp_path: Path
) -> None:
    with EmbeddedStore(tmp_path / "e") as embedded:
        for s in (embedded, store):
            s.apply(varied_graph())
        some = ["model:n02", "person:n03", "organization:n13"]

        def reads(s: GraphStore) -> tuple:
            return (
                s.stats(),
                s.relationships_of(some),
                s.relationships_of(some, direction="out"),
                list(s.iter_all()),
            )

        assert reads(store) == reads(embedded)


def random_batches(seed: int, count: int) -> Iterator[GraphBatch]:
    """Upserts, merges, replaces, moves and deletes over a small id space (some dangling)."""
    rng = random.Random(seed)
    ids = [f"person:r{i}" for i in range(6)]
    types = [RelType.WORKS_FOR, RelType.LEADS]

    def props() -> dict:
        out: dict = {}
        if rng.random() < 0.6:
            out["sourceArticles"] = rng.sample(["a:1", "a:2", "a:3", "a:4"], rng.randint(1, 2))
        if rng.random() < 0.5:
            out["firstSeen"] = f"2024-0{rng.randint(1, 9)}-01T00:00:00Z"
        if rng.random() < 0.5:
            out["title"] = rng.choice(["Dr", "Prof", None])
        if rng.random() < 0.3:
            out["score"] = rng.choice([1, 2.5, True, [1, 2]])
        return out

    for _ in range(count):
        batch = GraphBatch(replace=rng.random() < 0.15)
        for node_id in rng.sample(ids, rng.randint(0, 3)):
            batch.nodes.append(Node(node_id, Label.PERSON, props()))
        for _ in range(rng.randint(0, 3)):
            # Mostly between nodes of the batch; sometimes to any id (maybe dangling).
            ends = [n.id for n in batch.nodes] if rng.random() < 0.8 and batch.nodes else ids
            src, dst = rng.choice(ends), rng.choice(ends)
            rtype = rng.choice(types)
            key = rng.choice(["", "", "x"])
            rel_id = relationship_id(rtype, src, dst, key)
            batch.relationships.append(Relationship(rel_id, rtype, src, dst, props()))
        if rng.random() < 0.3:
            batch.delete_nodes.append(rng.choice(ids))
        if rng.random() < 0.3 and batch.relationships:
            batch.delete_relationships.append(rng.choice(batch.relationships).id)
        if rng.random() < 0.2:
            batch.events.append((EventKind.ARTICLE_INGESTED, rng.choice(ids), {"n": 1}))
        yield batch


def test_random_batches_write_what_the_embedded_store_writes(
    store: GraphStore, tmp_path: Path
) -> None:
    with EmbeddedStore(tmp_path / "e") as embedded:
        outcomes = []
        for batch in random_batches(seed=7, count=60):
            for s in (embedded, store):
                try:
                    r = s.apply(batch)
                    outcomes.append(
                        (
                            r.nodes_created,
                            r.nodes_updated,
                            r.relationships_created,
                            r.relationships_updated,
                            r.deleted,
                            [e.seq for e in r.events],
                        )
                    )
                except ModelError:
                    outcomes.append("ModelError")
        assert outcomes[0::2] == outcomes[1::2]
        assert list(store.iter_all()) == list(embedded.iter_all())


def tangled_graph(seed: int) -> GraphBatch:
    """A few people, claims and disputes densely linked: parallel relationships,
    self-loops, walks back to the anchor; order keys missing, empty, non-string."""
    rng = random.Random(seed)
    labels = [Label.PERSON, Label.CLAIM, Label.DISPUTE]
    nodes = []
    for i in range(24):
        props: dict = {}
        for key in ("updatedAt", "publishedAt"):
            dates = [f"2024-0{rng.randint(1, 3)}", "2024-02-01"]
            props[key] = rng.choice([None, "", *dates, 7, ["x"]])
        nodes.append(Node(f"{labels[i % 3].value.lower()}:t{i:02}", labels[i % 3], props))
    types = [RelType.ASSERTS, RelType.INVOLVES, RelType.CONCERNS]
    rels = []
    for k in range(90):
        a, b, t = rng.choice(nodes).id, rng.choice(nodes).id, rng.choice(types)
        rels.append(Relationship(relationship_id(t, a, b, str(k % 2)), t, a, b))
    return GraphBatch(nodes=nodes, relationships=rels)


AS, IN, CO = RelType.ASSERTS, RelType.INVOLVES, RelType.CONCERNS
REACH_SPECS: list[dict] = [
    {"paths": [[(CO, "in")], [(AS, "out"), (IN, "in")]], "label": Label.DISPUTE,
     "order_keys": ("updatedAt",)},
    {"paths": [[(AS, "both")], [(CO, "both"), (IN, "out")]]},
    {"paths": [[(AS, "out"), (AS, "in")]], "order_keys": ("publishedAt", "updatedAt")},  # back home
    {"paths": [[(IN, "in"), (CO, "out")], [(IN, "in")]], "offset": 3, "limit": 4},
    {"paths": [[(AS, "out")]], "order_keys": ("id", "updatedAt")},  # id is no model property
    {"paths": [[(AS, "out")]], "order_keys": ()},
    {"paths": [[(CO, "in")]], "label": "NoSuchLabel"},
    {"paths": []},
]  # fmt: skip


def test_reachable_pages_answer_like_the_generic_walk(store: GraphStore) -> None:
    store.apply(tangled_graph(seed=3))
    differences = []
    for spec in REACH_SPECS:
        for anchor in ("person:t00", "claim:t01", "dispute:t02", "person:nobody"):
            answers = [
                ([n.id for n in nodes], total)
                for nodes, total in (
                    store.reachable_page(anchor, **spec),
                    GraphStore.reachable_page(store, anchor, **spec),  # the default walk
                )
            ]
            if answers[0] != answers[1]:
                differences.append((spec, anchor, *answers))
    assert differences == []


@pytest.mark.parametrize(
    "paths",
    [[[]], [[(AS, "out"), (IN, "in"), (CO, "in")]], [[(AS, "sideways")]], [[("NOPE", "in")]]],
)
def test_a_malformed_path_is_a_value_error(store: GraphStore, paths: list) -> None:
    with pytest.raises(ValueError):
        store.reachable_page("person:ann", paths)
