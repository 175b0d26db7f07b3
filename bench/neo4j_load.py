"""Neo4j loading: batched ``Neo4jStore.apply`` vs one row per transaction, and hub pages.

Needs ``NEO4J_URI`` (and ``NEO4J_PASSWORD`` ...); the database is emptied
before each variant, so point it at a server you can wipe (``ops/bench
--neo4j`` starts a private one).

Loading.  Every variant writes the same generated articles
(``bench/generator.py``): N article batches holding the node upserts,
relationship upserts and events that ingest would write, with the store's
merge semantics (hub entities are upserted again by many articles).  The
variants differ only in how many of those rows share a transaction:

- batched: one ``Neo4jStore.apply`` per article (what ingest does); whole
  articles grouped into applies of about ``--sync-batch`` rows (the size of
  one ``claimgraph sync`` transaction, ``graph/sync.py``); and one apply for
  everything.  An apply is three statements at most (lock and read the
  nodes, read the relationships, write) however many rows it holds;
- naive: every node upsert, relationship upsert and event in its own write
  transaction, with the same result: read the record, merge with
  :func:`graph.model.merge_properties`, write it (parameters, no batching).

All variants must leave the same graph; the benchmark checks that and notes
any difference.  Reported: relationships/s (nodes and events are written too,
in every variant) and the ratio batched / naive measured in the same
repetition (median over repetitions).  The sync row is ``copy_store`` from an
embedded store holding the same final graph (each record once, replace
semantics), so it writes fewer rows than the others: it is reported for
information, with its own ratio.

Hub pages (``--hub-claims``): one entity with that many claims ABOUT it;
``Neo4jStore.neighbours_page`` (ordered and paged in Cypher) vs the generic
``GraphStore.neighbours_page`` (reads every neighbour): first page and a deep
page, median of ``--repeat`` calls after one warm-up.

Claimant disputes (``--claimant-claims``): one person who made that many
claims, a tenth of them disputed, and some disputes concerning the person
directly; ``Neo4jStore.reachable_page`` over the two dispute paths (one
query) vs the generic ``GraphStore.reachable_page`` (reads every walk through
``relationships_of`` and ``get_nodes``), first and a deep page, timed the same way.
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from typing import Any

from bench.common import Report, median
from bench.generator import GraphGenerator
from graph.model import (
    GraphBatch,
    Label,
    Node,
    Relationship,
    RelType,
    merge_properties,
    relationship_id,
)

TARGET_SPEEDUP = 20.0


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--rels", type=int, default=5000, help="relationships to write per variant")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--sync-batch", type=int, default=5000, help="rows per apply in the bulk variant"
    )
    parser.add_argument(
        "--hub-claims", type=int, default=20000, help="claims about the hub (0: skip hub pages)"
    )
    parser.add_argument(
        "--claimant-claims",
        type=int,
        default=5000,
        help="claims made by the claimant whose disputes are paged (0: skip)",
    )


def batches_for(rels: int, seed: int) -> list[GraphBatch]:
    """Generated article batches holding about ``rels`` relationships."""
    out: list[GraphBatch] = []
    total = 0
    for batch, _n in GraphGenerator(max(rels, 50), seed):
        out.append(batch)
        total += len(batch.relationships)
        if total >= rels:
            break
    return out


def rows_of(batch: GraphBatch) -> int:
    return len(batch.nodes) + len(batch.relationships) + len(batch.events)


def grouped(batches: list[GraphBatch], rows: int) -> list[GraphBatch]:
    """Whole consecutive batches concatenated until each group holds ``rows`` rows or more."""
    out: list[GraphBatch] = []
    group: list[GraphBatch] = []
    for batch in batches:
        group.append(batch)
        if sum(rows_of(b) for b in group) >= rows:
            out.append(_concat(group))
            group = []
    if group:
        out.append(_concat(group))
    return out


def _concat(group: list[GraphBatch]) -> GraphBatch:
    return GraphBatch(
        nodes=[n for b in group for n in b.nodes],
        relationships=[r for b in group for r in b.relationships],
        events=[e for b in group for e in b.events],
    )


def clear(store: Any) -> None:
    with store._driver.session(database=store.database) as session:
        session.run(
            "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS"
        ).consume()


def write_naive(store: Any, batches: list[GraphBatch]) -> None:
    """Every node, relationship and event in its own write transaction, same semantics.

    Labels and types are interpolated from the model enums; values are parameters.
    """
    from graph.neo4j_store import COUNTER, EVENT, NODE, _from_stored, _to_stored

    def put_node(tx: Any, node: Node) -> None:
        row = tx.run(
            f"MERGE (x:{NODE} {{id: $id}}) RETURN properties(x) AS props", id=node.id
        ).single(strict=True)
        props = _to_stored(node.id, merge_properties(_from_stored(row["props"]), node.properties))
        tx.run(
            f"MATCH (x:{NODE} {{id: $id}}) SET x = $props, x:{node.label.value}",
            id=node.id,
            props=props,
        ).consume()

    def put_rel(tx: Any, rel: Relationship) -> None:
        row = tx.run(
            f"MATCH (a:{NODE} {{id: $source}}) MATCH (b:{NODE} {{id: $target}}) "
            f"MERGE (a)-[r:{rel.type.value} {{id: $id}}]->(b) RETURN properties(r) AS props",
            source=rel.source,
            target=rel.target,
            id=rel.id,
        ).single(strict=True)
        props = _to_stored(rel.id, merge_properties(_from_stored(row["props"]), rel.properties))
        tx.run(
            f"MATCH ()-[r:{rel.type.value} {{id: $id}}]->() SET r = $props", id=rel.id, props=props
        ).consume()

    def put_event(tx: Any, event: dict[str, Any]) -> None:
        tx.run(
            f"MERGE (c:{COUNTER} {{name: 'events'}}) SET c.seq = coalesce(c.seq, 0) + 1 "
            f"CREATE (e:{EVENT}) SET e = $row, e.seq = c.seq",
            row=event,
        ).consume()

    with store._driver.session(database=store.database) as session:
        for batch in batches:
            for node in batch.nodes:
                session.execute_write(put_node, node)
            for rel in batch.relationships:
                session.execute_write(put_rel, rel)
            for kind, subject, payload in batch.events:
                row = {"kind": kind.value, "subject": subject, "payload": json.dumps(payload)}
                session.execute_write(put_event, row)


SMOKE_HUB_CLAIMS = 200  # --smoke keeps hub pages small too (bench/__main__.py sets only --rels)
SMOKE_SYNC_BATCH = 100


def run(args: argparse.Namespace, report: Report) -> None:
    if getattr(args, "smoke", False):
        args.hub_claims = min(args.hub_claims, SMOKE_HUB_CLAIMS)
        args.claimant_claims = min(args.claimant_claims, SMOKE_HUB_CLAIMS)
        args.sync_batch = min(args.sync_batch, SMOKE_SYNC_BATCH)
    report.parameters.update(
        rels=args.rels,
        seed=args.seed,
        repeat=args.repeat,
        syncBatch=args.sync_batch,
        hubClaims=args.hub_claims,
        claimantClaims=args.claimant_claims,
    )
    if not os.environ.get("NEO4J_URI"):
        report.note("skipped: NEO4J_URI is not set (ops/bench --neo4j starts a private server)")
        return
    from graph.embedded import EmbeddedStore
    from graph.neo4j_store import Neo4jStore
    from graph.sync import copy_store

    batches = batches_for(args.rels, args.seed)
    rels = sum(len(b.relationships) for b in batches)
    bulk = grouped(batches, args.sync_batch)
    whole = grouped(batches, sum(rows_of(b) for b in batches))
    report.parameters.update(
        articles=len(batches),
        relationshipUpserts=rels,
        nodeUpserts=sum(len(b.nodes) for b in batches),
        events=sum(len(b.events) for b in batches),
        bulkApplies=len(bulk),
    )
    variants = {
        "per_article": lambda: [store.apply(b) for b in batches],
        "bulk": lambda: [store.apply(b) for b in bulk],
        "all": lambda: [store.apply(b) for b in whole],
        "naive": lambda: write_naive(store, batches),
        "sync": lambda: copy_store(source, store),
    }
    times: dict[str, list[float]] = {name: [] for name in variants}
    with (
        tempfile.TemporaryDirectory() as tmp,
        EmbeddedStore(os.path.join(tmp, "source")) as source,
        Neo4jStore.from_environment() as store,
    ):
        for batch in batches:
            source.apply(batch)
        expected = list(source.iter_all())
        synced_rows = len(expected)
        store.stats()  # schema and connection ready before timing
        for rep in range(args.repeat):
            for name, fn in variants.items():
                clear(store)
                start = time.perf_counter()
                fn()
                times[name].append(time.perf_counter() - start)
                if rep == 0 and list(store.iter_all()) != expected:
                    report.note(f"{name}: the graph written differs from the embedded store's")
        if args.hub_claims:
            hub_pages(store, args.hub_claims, args.repeat, report)
        if args.claimant_claims:
            claimant_disputes(store, args.claimant_claims, args.repeat, report)
        clear(store)
    report.parameters["syncRows"] = synced_rows

    naive = [rels / t for t in times["naive"]]
    for name, label in [
        ("per_article", "batched, one apply per article"),
        ("bulk", f"batched, ~{args.sync_batch} rows per apply ({len(bulk)} applies)"),
        ("all", f"batched, one apply for all {len(batches)} articles"),
        ("sync", "claimgraph sync (copy_store, each record once)"),
    ]:
        rates = [rels / t for t in times[name]]
        ratio = median([r / n for r, n in zip(rates, naive, strict=True)])
        report.add(f"{label} relationships/s", median(rates), "rels/s", ratio, ratio_of="naive")
        if ratio < TARGET_SPEEDUP and name != "sync":
            report.note(f"{label}: {ratio:.1f}x the naive rate, target {TARGET_SPEEDUP:.0f}x")
    report.add("naive, one transaction per row relationships/s", median(naive), "rels/s")
    report.parameters["seconds"] = {k: [round(t, 3) for t in v] for k, v in times.items()}


def hub_pages(store: Any, claims: int, repeat: int, report: Report) -> None:
    """Time the first and a deep page of a hub's claims: Neo4j query vs generic default."""
    from graph.store import GraphStore

    hub = Node("organization:hub", Label.ORGANIZATION, {"name": "Hub"})
    store.apply(GraphBatch(nodes=[hub]))
    for start in range(0, claims, 2000):
        nodes = [
            Node(
                f"claim:h{i:07}",
                Label.CLAIM,
                {"text": f"Claim {i}.", "publishedAt": f"2024-{1 + i % 12:02}-{1 + i % 28:02}"},
            )
            for i in range(start, min(start + 2000, claims))
        ]
        edges = [
            Relationship(relationship_id(RelType.ABOUT, n.id, hub.id), RelType.ABOUT, n.id, hub.id)
            for n in nodes
        ]
        store.apply(GraphBatch(nodes=nodes, relationships=edges))

    def generic(*a: Any, **k: Any) -> tuple[list[Node], int]:
        return GraphStore.neighbours_page(store, *a, **k)  # the default every backend inherits

    for offset in (0, claims // 2):
        for name, call in [
            ("Neo4jStore.neighbours_page", store.neighbours_page),
            ("generic GraphStore.neighbours_page", generic),
        ]:
            call(hub.id, RelType.ABOUT, "in", offset=offset, limit=20)  # warm-up
            seconds = []
            for _ in range(max(1, repeat)):
                start = time.perf_counter()
                page, total = call(hub.id, RelType.ABOUT, "in", offset=offset, limit=20)
                seconds.append(time.perf_counter() - start)
            if total != claims or len(page) != 20:
                report.note(f"{name}: page of {len(page)}, total {total}, expected 20 and {claims}")
            report.add(
                f"hub page (offset {offset}, 20 of {claims} claims): {name}",
                median(seconds) * 1000,
                "ms",
            )


# An entity's disputes: those concerning it, and those involving a claim it made
# (the paths of api/queries.py's entity disputes).
DISPUTE_PATHS = [[(RelType.CONCERNS, "in")], [(RelType.ASSERTS, "out"), (RelType.INVOLVES, "in")]]
CONCERNING = 50  # disputes concerning the claimant directly (a few also involve its claims)


def claimant_graph(claims: int) -> list[GraphBatch]:
    """A person with ``claims`` claims made, every tenth one disputed, in batches of 2000."""
    person = Node("person:claimant", Label.PERSON, {"name": "Claimant"})
    out = [GraphBatch(nodes=[person])]

    def link(rtype: RelType, source: str, target: str) -> Relationship:
        return Relationship(relationship_id(rtype, source, target), rtype, source, target)

    for start in range(0, claims, 2000):
        batch = GraphBatch()
        for i in range(start, min(start + 2000, claims)):
            claim = Node(f"claim:c{i:07}", Label.CLAIM, {"text": f"Claim {i}."})
            batch.nodes.append(claim)
            batch.relationships.append(link(RelType.ASSERTS, person.id, claim.id))
            if i % 10 == 0:
                updated = f"2024-{1 + i % 12:02}-{1 + i % 28:02}T00:00:00Z"
                dispute = Node(f"dispute:d{i:07}", Label.DISPUTE, {"updatedAt": updated})
                batch.nodes.append(dispute)
                batch.relationships.append(link(RelType.INVOLVES, dispute.id, claim.id))
                if i // 10 < CONCERNING:
                    batch.relationships.append(link(RelType.CONCERNS, dispute.id, person.id))
        out.append(batch)
    return out


def claimant_disputes(store: Any, claims: int, repeat: int, report: Report) -> None:
    """Time the first and a deep page of a claimant's disputes: Neo4j query vs generic default."""
    from graph.store import GraphStore

    clear(store)
    for batch in claimant_graph(claims):
        store.apply(batch)
    disputes = (claims + 9) // 10

    def generic(*a: Any, **k: Any) -> tuple[list[Node], int]:
        return GraphStore.reachable_page(store, *a, **k)  # the default every backend inherits

    for offset in (0, disputes // 2):
        pages = []
        for name, call in [
            ("Neo4jStore.reachable_page", store.reachable_page),
            ("generic GraphStore.reachable_page", generic),
        ]:
            kwargs = {"order_keys": ("updatedAt",), "label": Label.DISPUTE, "limit": 20}
            call("person:claimant", DISPUTE_PATHS, offset=offset, **kwargs)  # warm-up
            seconds = []
            for _ in range(max(1, repeat)):
                start = time.perf_counter()
                page, total = call("person:claimant", DISPUTE_PATHS, offset=offset, **kwargs)
                seconds.append(time.perf_counter() - start)
            pages.append(([n.id for n in page], total))
            if total != disputes or len(page) != min(20, disputes - offset):
                report.note(f"{name}: page of {len(page)}, total {total} ({disputes} disputes)")
            report.add(
                f"claimant disputes (offset {offset}, 20 of {disputes}, {claims} claims made): "
                f"{name}",
                median(seconds) * 1000,
                "ms",
            )
        if pages[0] != pages[1]:
            report.note(f"claimant disputes at offset {offset}: the two pages differ")
