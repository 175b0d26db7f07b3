"""Query latency through the real HTTP API, against a generated store.

The store comes from the scale generator (``bench/generator.py``, kept in
``bench/results/stores/``).  First the same data is fetched by direct calls
to the read model (``api.queries`` / ``api.analytics`` on an in-process
loaded store: the floor); then ``claimgraph serve`` runs in a subprocess on a
free 127.0.0.1 port and an httpx client sends each GraphQL query
sequentially.  Latencies are client-side wall time per request (p50/p95/p99);
the ratio is GraphQL p50 over direct p50 for the same data.

Queries, each asked about hub entities (Meta, OpenAI ...: thousands of
claims) and rare ones (a handful) separately:

- profile: entity by name with claimsMade/claimsAbout/disputes (first 10, totalCount);
- claimsAbout: ``claims(filter: {about}, first: 100)``;
- disputesByEntity: ``disputes(entity, first: 20)``;
- shortestConnection between two entities;
- mostDisputed (controversy ranking, first 10).

``--writer``: while the HTTP series run, another process (an ingester)
commits one generated article per second (``--writer-interval``) into the
same store, so every few requests the server catches up with a commit.  The
store is copied to a scratch directory first (the generated store stays as
generated) and the copy is deleted afterwards.
"""

from __future__ import annotations

import argparse
import itertools
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

from api import queries
from api.analytics_cache import AnalyticsCache
from api.pagination import Window
from bench.common import REPO, RESULTS_DIR, Report, median, percentile, process_peak_rss_mib
from bench.generator import GraphGenerator
from bench.scale import ensure_store
from bench.server import running_server
from graph.embedded import SPECS_NAME, EmbeddedStore
from graph.store import GraphStore

TARGET_P99_MS = 50.0

PROFILE = """query($name: String!) { entity(name: $name) { id name aliases type firstSeen lastSeen
  claimsMade(first: 10) { totalCount nodes { id text kind publishedAt } }
  claimsAbout(first: 10) { totalCount nodes { id text kind publishedAt } }
  disputes(first: 10) { totalCount nodes { id topic status updatedAt } } } }"""
CLAIMS_ABOUT = """query($name: String!) { claims(filter: {about: $name}, first: 100) {
  totalCount pageInfo { hasNextPage endCursor } nodes { id text kind publishedAt } } }"""
DISPUTES = """query($name: String!) { disputes(entity: $name, first: 20) {
  totalCount nodes { id topic status updatedAt } } }"""
SHORTEST = """query($a: String!, $b: String!) { shortestConnection(source: $a, target: $b) {
  length hops { via source { id name } target { id name } claim { id text } } } }"""
CONTROVERSY = (
    """{ mostDisputed(first: 10) { entity { id name } disputes disputedClaims opponents } }"""
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--claims", type=int, default=100_000, help="size of the generated store")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--requests", type=int, default=200, help="requests per query and group")
    parser.add_argument(
        "--case-seconds",
        type=float,
        default=30,
        help="stop a query's series after this long (slow hub queries get fewer samples)",
    )
    parser.add_argument(
        "--writer",
        action="store_true",
        help="measure while another process commits one generated article per interval",
    )
    parser.add_argument("--writer-interval", type=float, default=1.0, help="seconds per article")
    parser.add_argument(
        "--skip-direct",
        action="store_true",
        help="no in-process floor (saves loading the graph twice on big stores)",
    )
    parser.add_argument(
        "--specs-from",
        type=Path,
        help=f"with --writer: copy {SPECS_NAME} (kinds of page asked before) from this store",
    )
    parser.add_argument(
        "--skip-analytics",
        action="store_true",
        help="entity pages only: no shortestConnection/mostDisputed (no analytics build)",
    )


# ---------------------------------------------------------------- concurrent writer


def writer_main(directory: str, claims: int, seed: int, interval: float) -> None:
    """Commit one new generated article every ``interval`` seconds until killed.

    Articles come from a generator with another seed, numbered past the stored
    ones (new ids, new URLs, the latest dates), mentioning the same hubs; the
    store is opened as ``claimgraph ingest`` opens it (no graph loaded).
    """
    gen = GraphGenerator(claims, seed + 1)
    with EmbeddedStore(directory) as store:
        i = gen.expected_articles
        while True:
            started = time.monotonic()
            batch, _ = gen.article(i)
            store.apply(batch)
            i += 1
            print(i - gen.expected_articles, flush=True)
            time.sleep(max(0.0, interval - (time.monotonic() - started)))


def start_writer(directory: Path, claims: int, seed: int, interval: float) -> subprocess.Popen:
    code = (
        "import sys; from bench.query import writer_main; "
        "writer_main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]))"
    )
    return subprocess.Popen(
        [sys.executable, "-c", code, str(directory), str(claims), str(seed), str(interval)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@contextmanager
def concurrent_writer(
    args: argparse.Namespace, directory: Path
) -> Iterator[Callable[[], int] | None]:
    """With ``--writer``, a running writer and how to stop it (giving the articles it
    committed); it is killed on the way out whatever happens."""
    if not args.writer:
        yield None
        return
    writer = start_writer(directory, args.claims, args.seed, args.writer_interval)
    # Measure only once it commits (its start-up is not the steady state measured).
    first = (writer.stdout.readline() if writer.stdout else "").strip()

    def stop() -> int:
        writer.terminate()
        out, err = writer.communicate(timeout=30)
        if "Traceback" in err or not first:
            raise SystemExit(f"bench: the writer failed: {(err.strip() or '?').splitlines()[-1]}")
        lines = [first, *out.split()]
        return int(lines[-1])

    try:
        yield stop
    finally:
        if writer.poll() is None:
            writer.kill()
            writer.wait()


# ---------------------------------------------------------------- direct calls


def _direct_profile(store: GraphStore, name: str) -> Any:
    node = queries.resolve_entity(store, name)
    assert node is not None
    win = Window(10)
    return (
        queries.find_claims(store, queries.ClaimQuery(claimant=node.id), win),
        queries.find_claims(store, queries.ClaimQuery(about=node.id), win),
        queries.find_disputes(store, queries.DisputeQuery(entity=node.id), win),
    )


def _direct_claims_about(store: GraphStore, name: str) -> Any:
    node = queries.resolve_entity(store, name)
    assert node is not None
    return queries.find_claims(store, queries.ClaimQuery(about=node.id), Window(100))


def _direct_disputes(store: GraphStore, name: str) -> Any:
    node = queries.resolve_entity(store, name)
    assert node is not None
    return queries.find_disputes(store, queries.DisputeQuery(entity=node.id), Window(20))


def pick_entities(directory: Path, gen: GraphGenerator) -> dict[str, list[str]]:
    """Stored entities to ask about: the 4 most popular, and 8 from the rare tail."""
    with EmbeddedStore(str(directory)) as store:
        present = store.get_nodes([eid for _label, _name, eid in gen.entities])
        stored = [e[1] for e, node in zip(gen.entities, present, strict=True) if node is not None]
        store._unsnapshotted = 0
    tail = stored[len(stored) // 2 :] or stored
    step = max(1, len(tail) // 8)
    return {"hub": stored[:4], "rare": tail[::step][:8]}


def _pairs(names: list[str]) -> list[tuple[str, str]]:
    return [(a, b) for a, b in itertools.pairwise(names)] or [(names[0], names[0])]


# ---------------------------------------------------------------- run


def run(args: argparse.Namespace, report: Report) -> None:
    base = (args.out or RESULTS_DIR) / "stores"
    directory = ensure_store(args.claims, args.seed, base)
    groups = pick_entities(directory, GraphGenerator(args.claims, args.seed))
    report.parameters.update(
        claims=args.claims,
        seed=args.seed,
        requests=args.requests,
        entities=groups,
        writer_interval_s=args.writer_interval if args.writer else None,
    )
    if not args.writer:
        _measure(args, report, directory, groups)
        return
    with tempfile.TemporaryDirectory(prefix="query-writer-", dir=base) as scratch:
        copy = Path(scratch) / directory.name
        shutil.copytree(directory, copy)
        if args.specs_from:
            # as if a server had served these kinds of page before: its warm-up prepares them
            shutil.copy(args.specs_from / SPECS_NAME, copy / SPECS_NAME)
        _measure(args, report, copy, groups)


def _measure(
    args: argparse.Namespace, report: Report, directory: Path, groups: dict[str, list[str]]
) -> None:

    cases: list[tuple[str, str, str, Callable[[int], dict[str, Any]], Callable[..., Any]]] = []
    for group, names in groups.items():
        for kind, gql, direct in [
            ("profile", PROFILE, _direct_profile),
            ("claimsAbout(first:100)", CLAIMS_ABOUT, _direct_claims_about),
            ("disputesByEntity", DISPUTES, _direct_disputes),
        ]:
            cases.append((kind, group, gql, lambda i, n=names: {"name": n[i % len(n)]}, direct))
    rare_pairs = _pairs(groups["rare"])
    if not args.skip_analytics:
        cases.append(
            (
                "shortestConnection",
                "rare",
                SHORTEST,
                lambda i: dict(zip(("a", "b"), rare_pairs[i % len(rare_pairs)], strict=True)),
                None,
            )
        )
        cases.append(("mostDisputed", "all", CONTROVERSY, lambda i: {}, None))

    # 1. The floor: the same read model called in-process on a loaded store
    # (skipped with --skip-direct: at a million claims, two loaded graphs at once are too many).
    direct_ms: dict[tuple[str, str], list[float]] = {}
    if not args.skip_direct:
        with EmbeddedStore(str(directory), preload=True) as store:
            analytics = AnalyticsCache()
            took = time.perf_counter()
            graph = None if args.skip_analytics else analytics.get(store)
            if graph is not None:
                report.add(
                    "analytics graph build (first shortestConnection/mostDisputed)",
                    (time.perf_counter() - took) * 1000,
                    "ms",
                )
            for kind, group, _gql, variables, direct in cases:
                samples = []
                budget = time.perf_counter() + args.case_seconds
                for i in range(args.requests):
                    if i >= 5 and time.perf_counter() > budget:
                        break
                    v = variables(i)
                    start = time.perf_counter()
                    if direct is not None:
                        direct(store, v["name"])
                    elif kind == "shortestConnection":
                        a = queries.resolve_entity(store, v["a"])
                        b = queries.resolve_entity(store, v["b"])
                        analytics.get(store).shortest_connection(a.id, b.id)  # type: ignore[union-attr]
                    else:
                        analytics.get(store).controversy(None)[:10]
                    samples.append((time.perf_counter() - start) * 1000)
                direct_ms[(kind, group)] = samples
            del graph
            store._unsnapshotted = 0  # no snapshot write on close: the server reuses the same one

    # 2. The same through GraphQL over HTTP (with a concurrent writer if asked).
    with (
        running_server(directory) as server,
        concurrent_writer(args, directory) as stop_writer,
        httpx.Client(timeout=120) as client,
    ):
        report.add("server start until ready (open + load graph)", server.startup_seconds, "s")

        failures: list[str] = []

        def ask(query: str, variables: dict[str, Any]) -> float:
            """Latency of one request; a failed one (e.g. the server's time limit) is kept too."""
            start = time.perf_counter()
            response = client.post(
                server.graphql_url, json={"query": query, "variables": variables}
            )
            took = (time.perf_counter() - start) * 1000
            body = response.json()
            if response.status_code != 200 or body.get("errors"):
                failures.append(str(body.get("errors") or body)[:200])
            return took

        if not args.skip_analytics:
            ask(CONTROVERSY, {})  # builds the server's analytics cache (reported above)
        for kind, group, gql, variables, _direct in cases:
            ask(gql, variables(0))  # warm-up
            failures.clear()
            samples = []
            budget = time.perf_counter() + args.case_seconds
            for i in range(args.requests):
                if i >= 5 and time.perf_counter() > budget:
                    break
                samples.append(ask(gql, variables(i)))
            floor = median(direct_ms[(kind, group)]) if (kind, group) in direct_ms else None
            p99 = percentile(samples, 99)
            report.add(
                f"{kind} [{group}] p50",
                median(samples),
                "ms",
                median(samples) / floor if floor else None,
                ratio_of="direct store calls p50",
                direct_p50_ms=None if floor is None else round(floor, 3),
                requests=len(samples),
                failed=len(failures),
            )
            if failures:
                report.note(
                    f"{kind} [{group}]: {len(failures)} of {len(samples)} requests failed "
                    f"(first: {failures[0]})"
                )
            report.add(f"{kind} [{group}] p95", percentile(samples, 95), "ms")
            report.add(f"{kind} [{group}] p99", p99, "ms")
            if (
                kind in {"profile", "claimsAbout(first:100)", "disputesByEntity"}
                and p99 > TARGET_P99_MS
            ):
                report.note(
                    f"{kind} [{group}] p99 {p99:.1f} ms misses the {TARGET_P99_MS:.0f} ms target "
                    f"(at {args.claims} claims) by {p99 - TARGET_P99_MS:.1f} ms"
                )
        rss = process_peak_rss_mib(server.process.pid)
        if rss is not None:
            report.add("server peak RSS", rss, "MiB")
        if stop_writer is not None:
            report.add("articles committed by the concurrent writer", stop_writer(), "articles")
