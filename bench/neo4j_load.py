"""Neo4j loading: batched UNWIND upserts (``Neo4jStore.apply``) vs one row per transaction.

Needs ``NEO4J_URI`` (and ``NEO4J_PASSWORD`` ...); the database is emptied
before each variant, so point it at a server you can wipe (``ops/bench
--neo4j`` starts a private one).  Both variants write the same generated
articles (``bench/generator.py``):

- batched: one ``Neo4jStore.apply`` per article (what ingest does: every
  node and relationship of the article in a few ``UNWIND`` statements), and
  one ``apply`` per 50 articles (a bulk load such as ``claimgraph sync``);
- naive: one write transaction per node (``MERGE`` + ``SET``) and per
  relationship (``MATCH`` both ends, ``MERGE`` the relationship).

Reported: relationships/s (nodes are written too, in both variants) and the
ratio batched / naive measured in the same run.
"""

from __future__ import annotations

import argparse
import os
import time
from typing import Any

from bench.common import Report
from bench.generator import GraphGenerator
from graph.model import GraphBatch

TARGET_SPEEDUP = 20.0


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--rels", type=int, default=5000, help="relationships to write per variant")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--repeat", type=int, default=3)


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


def merged(batches: list[GraphBatch], size: int) -> list[GraphBatch]:
    """Concatenate consecutive batches ``size`` at a time."""
    out = []
    for i in range(0, len(batches), size):
        group = batches[i : i + size]
        out.append(
            GraphBatch(
                nodes=[n for b in group for n in b.nodes],
                relationships=[r for b in group for r in b.relationships],
                events=[e for b in group for e in b.events],
            )
        )
    return out


def clear(store: Any) -> None:
    with store._driver.session(database=store.database) as session:
        session.run(
            "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS"
        ).consume()


def write_naive(store: Any, batches: list[GraphBatch]) -> None:
    """Every node and relationship in its own write transaction (parameters, no batching)."""
    from graph.model import merge_properties
    from graph.neo4j_store import NODE, _from_stored, _to_stored

    def put_node(tx: Any, node: Any) -> None:
        row = tx.run(
            f"MERGE (x:{NODE} {{id: $id}}) RETURN properties(x) AS props", id=node.id
        ).single()
        old = _from_stored(row["props"]) if row else {}
        props = _to_stored(node.id, merge_properties(old, node.properties))
        tx.run(
            f"MATCH (x:{NODE} {{id: $id}}) SET x = $props, x:{node.label.value}",
            id=node.id,
            props=props,
        ).consume()

    def put_rel(tx: Any, rel: Any) -> None:
        tx.run(
            f"MATCH (a:{NODE} {{id: $source}}) MATCH (b:{NODE} {{id: $target}}) "
            f"MERGE (a)-[r:{rel.type.value} {{id: $id}}]->(b) SET r += $props",
            source=rel.source,
            target=rel.target,
            id=rel.id,
            props=_to_stored(rel.id, rel.properties),
        ).consume()

    with store._driver.session(database=store.database) as session:
        for batch in batches:
            for node in batch.nodes:
                session.execute_write(put_node, node)
            for rel in batch.relationships:
                session.execute_write(put_rel, rel)


def run(args: argparse.Namespace, report: Report) -> None:
    report.parameters.update(rels=args.rels, seed=args.seed, repeat=args.repeat)
    if not os.environ.get("NEO4J_URI"):
        report.note("skipped: NEO4J_URI is not set (ops/bench --neo4j starts a private server)")
        return
    from graph.neo4j_store import Neo4jStore

    batches = batches_for(args.rels, args.seed)
    rels = sum(len(b.relationships) for b in batches)
    nodes = sum(len(b.nodes) for b in batches)
    report.parameters.update(articles=len(batches), relationships=rels, nodeUpserts=nodes)
    big = merged(batches, 50)
    whole = merged(batches, len(batches))
    times: dict[str, list[float]] = {"per_article": [], "per_50": [], "all": [], "naive": []}
    with Neo4jStore.from_environment() as store:
        store.stats()  # schema and connection ready before timing
        for _ in range(args.repeat):
            for name, fn in [
                ("per_article", lambda: [store.apply(b) for b in batches]),
                ("per_50", lambda: [store.apply(b) for b in big]),
                ("all", lambda: [store.apply(b) for b in whole]),
                ("naive", lambda: write_naive(store, batches)),
            ]:
                clear(store)
                start = time.perf_counter()
                fn()
                times[name].append(time.perf_counter() - start)
            counts = store.stats()
            written = sum(v for k, v in counts.items() if k.isupper())
            if written != len({r.id for b in batches for r in b.relationships}):
                report.note(f"naive run left {written} relationships, expected {rels}")
        clear(store)
    naive = [rels / t for t in times["naive"]]
    for name, label in [
        ("per_article", "batched, one apply per article"),
        ("per_50", "batched, one apply per 50 articles"),
        ("all", f"batched, one apply for all {len(batches)} articles"),
    ]:
        rates = [rels / t for t in times[name]]
        ratios = sorted(r / n for r, n in zip(rates, naive, strict=True))
        ratio = ratios[len(ratios) // 2]
        report.add(
            f"{label} relationships/s",
            sorted(rates)[len(rates) // 2],
            "rels/s",
            ratio,
            ratio_of="naive",
        )
        if ratio < TARGET_SPEEDUP:
            report.note(f"{label}: {ratio:.1f}x the naive rate, target {TARGET_SPEEDUP:.0f}x")
    report.add(
        "naive, one transaction per row relationships/s", sorted(naive)[len(naive) // 2], "rels/s"
    )
    report.parameters["seconds"] = {k: [round(t, 3) for t in v] for k, v in times.items()}
