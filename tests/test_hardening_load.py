"""A bounded load test on loopback: analysts query, an ingester writes, subscribers listen.

``claimgraph serve`` runs in a subprocess over a generated store
(``bench/generator.py``).  Two equal phases of D seconds each: N analyst
clients (asyncio + httpx) send a mix of the schema's heavier queries (entity
profile, claims about an entity, disputes of an entity -- each about hub and
rare entities -- most disputed, shortest connection), while this process
commits new generated articles to the same store (as a separate
``claimgraph ingest`` would) and S websocket clients listen to
``disputeOpened``.  Before the phases, every query kind is asked about
every entity once (a warm-up: a hub's first page costs seconds once; see
:func:`warm_up`).  After each phase everything stops until the
subscribers have caught up and an analytics rebuild covering the phase's
writes has finished; then the server's RSS is read, idle.

Asserted:

- zero failed requests (a timeout, a 503 "busy" or a GraphQL error is a
  failure) and no error message on any subscription;
- every subscriber got every dispute the ingester opened exactly once (none
  dropped, none duplicated, nothing nobody committed);
- memory is flat: the RSS growth over the last phase is at most
  :data:`RSS_TOLERANCE` of the RSS after the one before, plus what the
  records written in the second phase may take (records added times the
  server's RSS per record at the start -- an upper bound, since that RSS also
  counts the interpreter).  The first phase is the warm-up (caches, the
  first rebuild's second analytics graph, allocator arenas); a leak per
  request or per event shows as growth in the second.
  ``CLAIMGRAPH_LOAD_PHASES`` (default 2) runs more phases, to see whether the
  growth goes on.

Printed, never asserted (no timing assertions): throughput, p50/p99 per
query kind, deliveries, RSS.  A full-size run also writes
``bench/results/load-<timestamp>.json``.

CI size: N=10, D=4 s, S=10 over a 2,000-claim store.  ``CLAIMGRAPH_LOAD_FULL=1``
runs N=100, D=60 s, S=200 over a 100,000-claim store: the benchmarks' store
(``bench/results/stores/``) is copied when it exists, else one is generated
into the test's temporary directory first (minutes).
"""

from __future__ import annotations

import asyncio
import os
import random
import shutil
import sqlite3
import time
from collections import Counter, defaultdict
from contextlib import closing
from pathlib import Path
from typing import Any

import httpx

from bench.common import Report, percentile, process_peak_rss_mib
from bench.generator import GraphGenerator
from bench.query import CLAIMS_ABOUT, CONTROVERSY, DISPUTES, PROFILE, SHORTEST, pick_entities
from bench.scale import store_dir
from bench.server import running_server
from bench.subscriptions import Subscriber, dispute_batch
from graph.embedded import SNAPSHOT_NAME, EmbeddedStore
from graph.model import EventKind

FULL = os.environ.get("CLAIMGRAPH_LOAD_FULL", "").lower() in {"1", "true", "yes"}
ANALYSTS, SECONDS, SUBSCRIBERS, CLAIMS = (100, 60.0, 200, 100_000) if FULL else (10, 4.0, 10, 2000)
# More phases tell a leak (the same growth every phase) from warm-up (growth
# that stops); the memory criterion is checked over the last phase.
PHASES = max(2, int(os.environ.get("CLAIMGRAPH_LOAD_PHASES", "2")))
SEED = 7
# Allowed RSS growth over the second phase, beyond what its new records may take.
RSS_TOLERANCE = 0.10
STATS = "{ stats { counts } }"


def generated_store(directory: Path) -> GraphGenerator:
    """A store of CLAIMS generated claims in ``directory``; returns the generator at its end.

    The benchmarks' store of the same size and seed (``bench/results/stores/``),
    when complete, is copied with SQLite's backup API (a consistent copy even
    while another process reads it), with its load snapshot, and the generator is
    run to its end without writing: the same batches, in seconds instead of minutes.
    """
    gen = GraphGenerator(CLAIMS, SEED)
    kept = store_dir(CLAIMS, SEED)
    if (kept / "bench-complete.json").exists():
        directory.mkdir(parents=True)
        with (
            closing(sqlite3.connect(kept / "claimgraph.sqlite3")) as source,
            closing(sqlite3.connect(directory / "claimgraph.sqlite3")) as target,
        ):
            source.backup(target)
        for name in (SNAPSHOT_NAME, "neighbour-specs.json"):  # stale ones are ignored
            if (kept / name).exists():
                shutil.copyfile(kept / name, directory / name)
        for _batch in gen:
            pass
        return gen
    with EmbeddedStore(directory) as store:
        for batch, _n in gen:
            store.apply(batch)
    return gen


def analyst_requests(names: dict[str, list[str]], rng: random.Random):  # type: ignore[no-untyped-def]
    """An endless mix of (kind, query, variables) over hub and rare entities."""
    groups = [(group, name) for group, members in names.items() for name in members]
    everyone = [name for _group, name in groups]
    while True:
        group, name = rng.choice(groups)
        yield rng.choice(
            [
                (f"profile {group}", PROFILE, {"name": name}),
                (f"claimsAbout {group}", CLAIMS_ABOUT, {"name": name}),
                (f"disputes {group}", DISPUTES, {"name": name}),
                ("mostDisputed", CONTROVERSY, {}),
                ("shortestConnection", SHORTEST, {"a": name, "b": rng.choice(everyone)}),
            ]
        )


async def analyst(
    client: httpx.AsyncClient,
    url: str,
    requests,  # type: ignore[no-untyped-def]
    until: float,
    latencies: dict,
    errors: list,
    done: list,
) -> None:
    """Send requests back to back until ``until``; ``done`` gets (finish time, succeeded)."""
    # One client shared by all analysts (see ``phase``): making one costs ~40 ms of this loop.
    while time.perf_counter() < until:
        kind, query, variables = next(requests)
        start = time.perf_counter()
        try:
            response = await client.post(url, json={"query": query, "variables": variables})
            body = response.json()
        except (httpx.HTTPError, ValueError) as exc:
            errors.append((kind, type(exc).__name__, str(exc)[:200]))
            done.append((time.perf_counter(), False))
            continue
        latencies[kind].append((time.perf_counter() - start) * 1000)
        ok = response.status_code == 200 and not body.get("errors")
        done.append((time.perf_counter(), ok))
        if not ok:
            code = (body.get("errors") or [{}])[0].get("extensions", {}).get("code", "")
            errors.append((kind, f"{response.status_code} {code}", str(body)[:200]))


async def watch_rebuilds(
    client: httpx.AsyncClient, base: str, until: float, seen: list[float]
) -> None:
    """Every second until ``until``: note the time if an analytics rebuild is running."""
    while time.perf_counter() < until:
        ready = await client.get(f"{base}/readyz")
        if ready.headers.get("x-analytics") == "building":
            seen.append(time.perf_counter())
        await asyncio.sleep(1.0)


async def ingester(store: EmbeddedStore, gen: GraphGenerator, until: float) -> list[str]:
    """Commit generated articles until ``until``; the disputes they opened, in order."""
    loop = asyncio.get_running_loop()
    opened: list[str] = []
    rng = random.Random(SEED + gen.articles_written)
    while time.perf_counter() < until:
        batch, _n = gen.article(gen.articles_written)
        gen.articles_written += 1
        result = await loop.run_in_executor(None, store.apply, batch)
        opened += [e.subject for e in result.events if e.kind == EventKind.DISPUTE_OPENED]
        await asyncio.sleep(rng.uniform(0.0, 0.2))
    return opened


async def all_received(subs: list[Subscriber], dispute_id: str, timeout: float) -> bool:
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        if all(any(d == dispute_id for d, _ in s.received) for s in subs):
            return True
        await asyncio.sleep(0.02)
    return False


def rss_mib(pid: int) -> float:
    """Current resident set size of a process (Linux /proc)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise AssertionError(f"no VmRSS for process {pid}")


async def settled_rss(
    client: httpx.AsyncClient, server: Any, builds: int
) -> tuple[float, int, int]:
    """(RSS in MiB, stored records, analytics builds) once a rebuild newer than ``builds``
    has finished and none runs.

    The server holds the old and the new analytics graph while it rebuilds, and
    the memory freed afterwards is reused by the next rebuild, not returned: a
    reading is comparable with another only when both come after a finished
    rebuild.  Asking ``mostDisputed`` starts one once it is due (the store changed).
    """
    deadline = time.perf_counter() + 600
    while time.perf_counter() < deadline:
        await client.post(server.graphql_url, json={"query": CONTROVERSY})
        ready = await client.get(f"{server.url}/readyz")
        done = int(ready.headers.get("x-analytics-builds", "0"))
        if done > builds and ready.headers.get("x-analytics") == "idle":
            rss = rss_mib(server.process.pid)
            return rss, await records(client, server.graphql_url), done
        await asyncio.sleep(0.5)
    raise AssertionError("the analytics graph was never rebuilt after the phase")


async def records(client: httpx.AsyncClient, url: str) -> int:
    """Nodes plus relationships in the store, as the server counts them."""
    body = (await client.post(url, json={"query": STATS})).json()
    return sum(v for v in body["data"]["stats"]["counts"].values() if isinstance(v, int))


async def phase(
    client: httpx.AsyncClient,
    server: Any,
    writer: EmbeddedStore,
    gen: GraphGenerator,
    names: dict[str, list[str]],
    subs: list[Subscriber],
    rng: random.Random,
) -> dict[str, Any]:
    """D seconds of load; returns when every subscriber has the last dispute opened."""
    latencies: dict[str, list[float]] = defaultdict(list)
    errors: list[tuple[str, str, str]] = []
    done: list[tuple[float, bool]] = []
    start = time.perf_counter()
    until = start + SECONDS
    rebuilding: list[float] = []  # when /readyz said an analytics rebuild was running
    results = await asyncio.gather(
        ingester(writer, gen, until),
        watch_rebuilds(client, server.url, until, rebuilding),
        *(
            analyst(
                client,
                server.graphql_url,
                analyst_requests(names, random.Random(rng.random())),
                until,
                latencies,
                errors,
                done,
            )
            for _ in range(ANALYSTS)
        ),
    )
    elapsed = time.perf_counter() - start
    opened = results[0]
    if opened:
        await all_received(subs, opened[-1], 30)
    # Answers per tenth of the phase: where a failure or a slow stretch happened.
    tenth = SECONDS / 10
    windows = [[0, 0, 0] for _ in range(11)]
    for at, ok in done:
        windows[min(10, int((at - start) / tenth))][0 if ok else 1] += 1
    for at in rebuilding:
        windows[min(10, int((at - start) / tenth))][2] = 1
    return {
        "latencies": latencies,
        "errors": errors,
        "elapsed": elapsed,
        "opened": opened,
        "windows": windows,
    }


async def warm_up(client: httpx.AsyncClient, url: str, names: dict[str, list[str]]) -> int:
    """Ask every query kind about every entity once (tried again when it fails); the failures.

    A server's first page of a hub orders the hub's neighbours (seconds at 100k
    claims, then kept current); a restarted server redoes that at start for
    the kinds of page it was asked before.  The phases measure a server past
    that point, as a load test measures a service that has been running.
    """
    everyone = [name for members in names.values() for name in members]
    asks = [(q, {"name": n}) for n in everyone for q in (PROFILE, CLAIMS_ABOUT, DISPUTES)]
    asks += [(CONTROVERSY, {}), (SHORTEST, {"a": everyone[0], "b": everyone[-1]})]
    failed = 0
    for query, variables in asks:
        for _attempt in range(5):
            response = await client.post(url, json={"query": query, "variables": variables})
            if response.status_code == 200 and not response.json().get("errors"):
                break
            failed += 1
        else:
            raise AssertionError(f"warm-up query kept failing: {response.text[:300]}")
    return failed


async def exercise(server: Any, directory: Path, gen: GraphGenerator) -> dict[str, Any]:
    subs = [Subscriber(server.ws_url) for _ in range(SUBSCRIBERS)]
    for i in range(0, len(subs), 50):  # connect in waves, as real clients arrive
        await asyncio.gather(*(s.start() for s in subs[i : i + 50]))
    listeners = [asyncio.create_task(s.listen()) for s in subs]
    writer = EmbeddedStore(directory)
    loop = asyncio.get_running_loop()
    pid = server.process.pid
    try:
        warm, warm_id = dispute_batch(0)
        await loop.run_in_executor(None, writer.apply, warm)
        assert await all_received(subs, warm_id, 60), "subscriptions never went live"
        for s in subs:
            s.received.clear()
        names = pick_entities(directory, gen)
        rng = random.Random(SEED)
        # The analysts' connections: one pool, one connection each, kept across phases.
        # Idle ones are dropped after 2 s, before the server's 5 s keep-alive ends:
        # reusing a connection the server is closing would fail the request.
        limits = httpx.Limits(
            max_connections=ANALYSTS + 4, max_keepalive_connections=ANALYSTS + 4, keepalive_expiry=2
        )
        async with (
            httpx.AsyncClient(timeout=120) as client,
            httpx.AsyncClient(timeout=60, limits=limits) as analysts,
        ):
            warm_up_failures = await warm_up(client, server.graphql_url, names)
            memory = [await settled_rss(client, server, 0)]
            phases = []
            for _ in range(PHASES):
                phases.append(await phase(analysts, server, writer, gen, names, subs, rng))
                await asyncio.sleep(1.0)  # late duplicates would arrive here
                memory.append(await settled_rss(client, server, memory[-1][2]))
    finally:
        writer.close()
        for task in listeners:
            task.cancel()
        await asyncio.gather(*listeners, return_exceptions=True)
        await asyncio.gather(*(s.close() for s in subs), return_exceptions=True)
    return {
        "phases": phases,
        "warm_up_failures": warm_up_failures,
        "memory": memory,
        "peak_rss": process_peak_rss_mib(pid),
        "subscription_errors": [e for s in subs for e in s.errors],
        "received": [Counter(d for d, _ in s.received) for s in subs],
    }


def summarise(outcome: dict[str, Any]) -> tuple[Report, dict[str, Any]]:
    """The numbers a reader wants, as a bench Report (printed; JSON for full runs)."""
    phases = outcome["phases"]
    opened = [d for p in phases for d in p["opened"]]
    elapsed = sum(p["elapsed"] for p in phases)
    latencies: dict[str, list[float]] = defaultdict(list)
    for p in phases:
        for kind, values in p["latencies"].items():
            latencies[kind] += values
    every = [v for values in latencies.values() for v in values]
    errors = [e for p in phases for e in p["errors"]]
    missing = sum(1 for c in outcome["received"] for d in opened if c[d] == 0)
    repeated = sum(c[d] - 1 for c in outcome["received"] for d in opened if c[d] > 1)
    memory = outcome["memory"]
    (rss0, rec0, _), (rss1, rec1, _), (rss2, rec2, _) = memory[0], memory[-2], memory[-1]
    allowed = RSS_TOLERANCE * rss1 + max(0, rec2 - rec1) * rss0 / max(1, rec0)

    report = Report("load")
    report.parameters.update(
        analysts=ANALYSTS,
        subscribers=SUBSCRIBERS,
        claims=CLAIMS,
        phaseSeconds=SECONDS,
        phases=PHASES,
    )
    report.add("requests", len(every), "requests", seconds=round(elapsed, 1))
    report.add("throughput", len(every) / elapsed, "req/s")
    for n, p in enumerate(phases, 1):
        count = sum(len(v) for v in p["latencies"].values())
        report.add(f"throughput, phase {n}", count / p["elapsed"], "req/s")
    report.add("latency p50, all", percentile(every, 50), "ms")
    report.add("latency p99, all", percentile(every, 99), "ms")
    for kind in sorted(latencies):
        values = latencies[kind]
        report.add(f"latency p50, {kind}", percentile(values, 50), "ms", requests=len(values))
        report.add(f"latency p99, {kind}", percentile(values, 99), "ms", requests=len(values))
    report.add("failed requests", len(errors), "requests")
    report.add(
        "warm-up requests tried again (not counted)", outcome["warm_up_failures"], "requests"
    )
    report.add("subscription error messages", len(outcome["subscription_errors"]), "messages")
    report.add("disputes opened by the ingester", len(opened), "disputes")
    report.add("deliveries expected", len(opened) * SUBSCRIBERS, "deliveries")
    report.add("deliveries missing", missing, "deliveries")
    report.add("deliveries duplicated", repeated, "deliveries")
    report.add("server RSS at start (idle)", rss0, "MiB", records=rec0)
    for n, (rss, rec, _builds) in enumerate(memory[1:], 1):
        report.add(f"server RSS after phase {n} (idle)", rss, "MiB", records=rec)
    report.add("RSS growth over the last phase, allowed", allowed, "MiB")
    if outcome["peak_rss"] is not None:
        report.add("server peak RSS", outcome["peak_rss"], "MiB")
    for n, p in enumerate(phases, 1):
        report.note(
            f"phase {n}, answers per {SECONDS / 10:g} s (ok/failed, * = an analytics rebuild "
            "ran; last: after the end): "
            + " ".join(f"{ok}/{bad}{'*' if rebuild else ''}" for ok, bad, rebuild in p["windows"])
        )
    if errors:
        kinds = Counter(f"{kind}: {status}" for kind, status, _text in errors)
        report.note(f"failures by query and status: {dict(kinds)}; first: {errors[0]}")
    return report, {
        "errors": errors,
        "missing": missing,
        "repeated": repeated,
        "growth": rss2 - rss1,
        "allowed": allowed,
    }


def test_analysts_ingest_and_subscribers_under_load(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    directory = tmp_path / "store"
    gen = generated_store(directory)
    env = {"CLAIMGRAPH_EVENT_POLL_SECONDS": "0.1", "CLAIMGRAPH_LOG_LEVEL": "warning"}
    with running_server(directory, env=env) as server:
        outcome = asyncio.run(exercise(server, directory, gen))
    report, verdict = summarise(outcome)
    with capsys.disabled():
        print()
        if FULL:
            report.finish()
        else:
            print(report.table())
    assert all(p["latencies"] for p in outcome["phases"]), "a phase completed no request"
    assert not verdict["errors"], verdict["errors"][:5]
    assert not outcome["subscription_errors"], outcome["subscription_errors"][:5]
    opened = {d for p in outcome["phases"] for d in p["opened"]}
    for n, counts in enumerate(outcome["received"]):
        lost = [d for d in opened if counts[d] == 0]
        twice = [d for d in opened if counts[d] > 1]
        assert not lost and not twice, f"subscriber {n}: {lost[:3]} {twice[:3]}"
        assert set(counts) <= opened, f"subscriber {n}: events nobody committed"
    assert verdict["growth"] <= verdict["allowed"], (
        f"RSS grew {verdict['growth']:.0f} MiB over the last phase "
        f"(allowed {verdict['allowed']:.0f})"
    )
