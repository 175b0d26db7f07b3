"""How long the embedded store takes to open and load: cold vs snapshot.

Usage: ``.venv/bin/python -m bench open [--nodes N] [--rels-per-node K] [--dir D]``
(or ``.venv/bin/python -m bench.embedded_open ...``).

Generates a synthetic store (entities with names and aliases, claims with
text and provenance, relationships between them), then times:

- an open that loads nothing (what ``claimgraph ingest`` pays),
- loading the in-memory graph cold (snapshot removed: every row read from
  SQLite and parsed), from the snapshot, and from the snapshot plus a
  catch-up of 1% newer changes,
- typical reads, on the loaded graph and answered by SQLite alone.

Prints numbers only; nothing is asserted.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import tempfile
import time

from graph import embedded
from graph.embedded import SNAPSHOT_NAME, EmbeddedStore
from graph.model import GraphBatch, Label, Node, Relationship, RelType

WORDS = [
    "alpha",
    "beta",
    "gamma",
    "delta",
    "model",
    "lab",
    "open",
    "deep",
    "mind",
    "neural",
    "scale",
    "data",
    "train",
    "bench",
]
LABELS = [Label.PERSON, Label.ORGANIZATION, Label.MODEL, Label.CLAIM, Label.ARTICLE]


def synthetic_node(i: int, rng: random.Random) -> Node:
    label = LABELS[i % len(LABELS)]
    name = " ".join(rng.choice(WORDS) for _ in range(2)) + f" {i}"
    props: dict = {
        "sourceArticles": [f"article:{rng.randrange(10**6):06}"],
        "firstSeen": "2025-01-01T00:00:00Z",
        "lastSeen": "2025-02-01T00:00:00Z",
    }
    if label is Label.CLAIM:
        props["text"] = " ".join(rng.choice(WORDS) for _ in range(18))
        props["kind"] = "assertion"
    else:
        props["name"] = name.title()
        props["aliases"] = [name.upper()]
    return Node(f"{label.value.lower()}:{i:08}", label, props)


def generate(directory: str, nodes: int, rels_per_node: int, batch: int = 20_000) -> None:
    rng = random.Random(7)
    with EmbeddedStore(directory) as store:
        for start in range(0, nodes, batch):
            stop = min(nodes, start + batch)
            new = [synthetic_node(i, rng) for i in range(start, stop)]
            rels = []
            for i in range(start, stop):
                for k in range(rels_per_node):
                    j = rng.randrange(0, stop)
                    rels.append(
                        Relationship(
                            f"MENTIONS:{i}->{j}#{k}",
                            RelType.MENTIONS,
                            f"{LABELS[i % 5].value.lower()}:{i:08}",
                            f"{LABELS[j % 5].value.lower()}:{j:08}",
                            {"sourceArticles": ["article:000001"]},
                        )
                    )
            store.apply(GraphBatch(nodes=new, relationships=rels))


def timed(fn):  # type: ignore[no-untyped-def]
    """Wall time of ``fn()`` and its value; also prints the CPU time when it differs."""
    start, cpu = time.perf_counter(), time.process_time()
    value = fn()
    took, cpu = time.perf_counter() - start, time.process_time() - cpu
    if took > 0.5 and took > 1.5 * cpu:  # a busy machine: the CPU time is the fairer number
        print(f"  (busy machine: {took:.2f} s wall, {cpu:.2f} s CPU)")
    return took, value


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=200_000)
    parser.add_argument("--rels-per-node", type=int, default=2)
    parser.add_argument("--dir", default=None, help="store directory (default: a temporary one)")
    args = parser.parse_args()
    directory = args.dir or tempfile.mkdtemp(prefix="claimgraph-bench-")
    try:
        took, _ = timed(lambda: generate(directory, args.nodes, args.rels_per_node))
        size = (
            sum(os.path.getsize(os.path.join(directory, f)) for f in os.listdir(directory)) / 2**20
        )
        print(f"generated {args.nodes} nodes, {args.nodes * args.rels_per_node} relationships")
        print(f"  write time            {took:8.2f} s   (directory {size:.0f} MiB)")

        snapshot = os.path.join(directory, SNAPSHOT_NAME)
        lazy, store = timed(lambda: EmbeddedStore(directory))
        point, _ = timed(lambda: store.get_nodes([f"person:{i:08}" for i in range(0, 500, 5)]))
        store.close()
        print(f"  open (graph not loaded) {lazy * 1000:8.1f} ms")
        print(f"  get_nodes(100 ids)      {point * 1000:8.1f} ms   (graph not loaded)")
        with EmbeddedStore(directory, preload=True) as store:
            store.write_snapshot()
        shutil.move(snapshot, snapshot + ".keep")
        every, embedded.SNAPSHOT_EVERY = embedded.SNAPSHOT_EVERY, 10**12  # time the load alone
        cold, store = timed(lambda: EmbeddedStore(directory, preload=True))
        store.close()
        embedded.SNAPSHOT_EVERY = every
        shutil.move(snapshot + ".keep", snapshot)
        warm, store = timed(lambda: EmbeddedStore(directory, preload=True))
        store.close()
        print(f"  load, cold              {cold:8.2f} s")
        print(f"  load from snapshot      {warm:8.2f} s   (cold/snapshot = {cold / warm:.1f}x)")

        rng = random.Random(11)
        with EmbeddedStore(directory) as writer:  # not loaded: writes no snapshot
            changed = [
                synthetic_node(rng.randrange(args.nodes), rng) for _ in range(args.nodes // 100)
            ]
            writer.apply(GraphBatch(nodes=changed))
        caught, store = timed(lambda: EmbeddedStore(directory, preload=True))
        print(f"  snapshot + 1% catch-up  {caught:8.2f} s")

        lazy_store = EmbeddedStore(directory)
        print(f"  {'query':<30}{'loaded graph':>14}{'SQLite only':>14}")
        for what, query in [
            ("find(Person) page", lambda st: st.find(Label.PERSON, limit=50, offset=1000)),
            ("find(Person, order_by=name)", lambda st: st.find(Label.PERSON, order_by="name")),
            ("find(prefix='alpha b')", lambda st: st.find(prefix="alpha b")),
            ("find(text='neural scale')", lambda st: st.find(text="neural scale")),
            ("count(Claim, kind=...)", lambda st: st.count(Label.CLAIM, {"kind": "assertion"})),
            ("count(Claim, kind=...) again", lambda st: st.count(Label.CLAIM, {"kind": "x"})),
            (
                "get_nodes(100 ids)",
                lambda st: st.get_nodes([f"claim:{i:08}" for i in range(3, 500, 5)]),
            ),
            (
                "relationships_of(50 ids)",
                lambda st: st.relationships_of([f"person:{i:08}" for i in range(0, 250, 5)]),
            ),
            ("stats()", lambda st: st.stats()),
        ]:
            in_memory, _ = timed(lambda q=query: q(store))
            in_sql, _ = timed(lambda q=query: q(lazy_store))
            print(f"  {what:<30}{in_memory * 1000:11.1f} ms{in_sql * 1000:11.1f} ms")
        lazy_store.close()
        store._unsnapshotted = 0
        store.close()
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"  peak resident memory    {peak:8.0f} MiB")
    finally:
        if args.dir is None:
            shutil.rmtree(directory, ignore_errors=True)


if __name__ == "__main__":
    main()
