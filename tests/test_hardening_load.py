"""A bounded load test on loopback: analysts query, an ingester writes, subscribers listen.

``claimgraph serve`` runs in a subprocess over a generated store
(``bench/generator.py``).  For D seconds, N analyst clients (asyncio + httpx)
send a mix of the schema's heavier queries (entity profile, claims about an
entity, disputes of an entity, most disputed, shortest connection), while this
process commits new generated articles to the same store (as a separate
``claimgraph ingest`` would) and S websocket clients listen to
``disputeOpened``.

Asserted: zero failed requests, and every subscriber got every dispute the
ingester opened exactly once (none dropped, none duplicated).  Printed, never
asserted: throughput and p50/p99 latency.

CI size: N=10, D=5 s, S=10 over a 2,000-claim store.  ``CLAIMGRAPH_LOAD_FULL=1``
runs N=100, D=60 s, S=200 over a 100,000-claim store (generated into the
test's temporary directory first, which takes minutes).
"""

from __future__ import annotations

import asyncio
import os
import random
import time
from collections import Counter
from pathlib import Path
from typing import Any

import httpx

from bench.common import percentile
from bench.generator import GraphGenerator
from bench.query import CLAIMS_ABOUT, CONTROVERSY, DISPUTES, PROFILE, SHORTEST, pick_entities
from bench.server import running_server
from bench.subscriptions import Subscriber, dispute_batch
from graph.embedded import EmbeddedStore
from graph.model import EventKind

FULL = os.environ.get("CLAIMGRAPH_LOAD_FULL", "").lower() in {"1", "true", "yes"}
ANALYSTS, SECONDS, SUBSCRIBERS, CLAIMS = (100, 60.0, 200, 100_000) if FULL else (10, 5.0, 10, 2000)
SEED = 7


def generated_store(directory: Path) -> GraphGenerator:
    """A store of CLAIMS generated claims in ``directory``; returns the generator at its end."""
    gen = GraphGenerator(CLAIMS, SEED)
    with EmbeddedStore(directory) as store:
        for batch, _n in gen:
            store.apply(batch)
    return gen


def analyst_requests(names: dict[str, list[str]], rng: random.Random):  # type: ignore[no-untyped-def]
    """An endless mix of (query, variables) over hub and rare entities."""
    everyone = names["hub"] + names["rare"]
    while True:
        name = rng.choice(everyone)
        yield rng.choice(
            [
                (PROFILE, {"name": name}),
                (CLAIMS_ABOUT, {"name": name}),
                (DISPUTES, {"name": name}),
                (CONTROVERSY, {}),
                (SHORTEST, {"a": name, "b": rng.choice(everyone)}),
            ]
        )


async def analyst(url: str, requests, until: float, latencies: list, errors: list) -> None:  # type: ignore[no-untyped-def]
    async with httpx.AsyncClient(timeout=60) as client:
        while time.perf_counter() < until:
            query, variables = next(requests)
            start = time.perf_counter()
            try:
                response = await client.post(url, json={"query": query, "variables": variables})
                body = response.json()
            except (httpx.HTTPError, ValueError) as exc:
                errors.append(f"{type(exc).__name__}: {exc}")
                continue
            latencies.append((time.perf_counter() - start) * 1000)
            if response.status_code != 200 or body.get("errors"):
                errors.append(f"{response.status_code} {str(body)[:200]}")


async def ingester(store: EmbeddedStore, gen: GraphGenerator, until: float) -> list[str]:
    """Commit generated articles until ``until``; the disputes they opened, in order."""
    loop = asyncio.get_running_loop()
    opened: list[str] = []
    rng = random.Random(SEED)
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


async def exercise(server: Any, directory: Path, gen: GraphGenerator) -> dict[str, Any]:
    subs = [
        Subscriber(server.url.replace("http://", "ws://") + "/graphql") for _ in range(SUBSCRIBERS)
    ]
    for i in range(0, len(subs), 50):  # connect in waves, as real clients arrive
        await asyncio.gather(*(s.start() for s in subs[i : i + 50]))
    listeners = [asyncio.create_task(s.listen()) for s in subs]
    writer = EmbeddedStore(directory)
    loop = asyncio.get_running_loop()
    try:
        warm, warm_id = dispute_batch(0)
        await loop.run_in_executor(None, writer.apply, warm)
        assert await all_received(subs, warm_id, 60), "subscriptions never went live"
        for s in subs:
            s.received.clear()
        names = pick_entities(directory, gen)
        latencies: list[float] = []
        errors: list[str] = []
        rng = random.Random(SEED)
        start = time.perf_counter()
        until = start + SECONDS
        results = await asyncio.gather(
            ingester(writer, gen, until),
            *(
                analyst(
                    server.graphql_url,
                    analyst_requests(names, random.Random(rng.random())),
                    until,
                    latencies,
                    errors,
                )
                for _ in range(ANALYSTS)
            ),
        )
        elapsed = time.perf_counter() - start
        opened = results[0]
        if opened:
            await all_received(subs, opened[-1], 30)
        await asyncio.sleep(1.5)  # late duplicates would arrive here
    finally:
        writer.close()
        for task in listeners:
            task.cancel()
        await asyncio.gather(*listeners, return_exceptions=True)
        await asyncio.gather(*(s.close() for s in subs), return_exceptions=True)
    return {
        "latencies": latencies,
        "elapsed": elapsed,
        "errors": errors + [e for s in subs for e in s.errors],
        "opened": opened,
        "received": [Counter(d for d, _ in s.received) for s in subs],
    }


def test_analysts_ingest_and_subscribers_under_load(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    directory = tmp_path / "store"
    gen = generated_store(directory)
    env = {"CLAIMGRAPH_EVENT_POLL_SECONDS": "0.1", "CLAIMGRAPH_LOG_LEVEL": "warning"}
    with running_server(directory, env=env) as server:
        outcome = asyncio.run(exercise(server, directory, gen))
    lat = sorted(outcome["latencies"])
    opened = outcome["opened"]
    missing = sum(1 for c in outcome["received"] for d in opened if c[d] == 0)
    repeated = sum(c[d] - 1 for c in outcome["received"] for d in opened if c[d] > 1)
    kinds = Counter(
        e.split(" ")[0] if e[:3].isdigit() else e.split(":")[0] for e in outcome["errors"]
    )
    with capsys.disabled():
        print(
            f"\nload: {ANALYSTS} analysts, {SUBSCRIBERS} subscribers, {CLAIMS} claims, "
            f"{outcome['elapsed']:.1f} s: {len(lat)} requests, "
            f"{len(lat) / outcome['elapsed']:.1f} req/s, p50 {percentile(lat, 50):.1f} ms, "
            f"p99 {percentile(lat, 99):.1f} ms; {len(outcome['errors'])} errors {dict(kinds)}; "
            f"{len(opened)} disputes opened, {missing} deliveries missing, {repeated} repeated"
        )
        if outcome["errors"]:
            print(f"first error: {outcome['errors'][0][:300]}")
    assert not outcome["errors"], outcome["errors"][:5]
    assert lat, "no request completed"
    for n, counts in enumerate(outcome["received"]):
        lost = [d for d in opened if counts[d] == 0]
        twice = [d for d in opened if counts[d] > 1]
        assert not lost and not twice, f"subscriber {n}: {lost[:3]} {twice[:3]}"
        assert set(counts) <= set(opened), f"subscriber {n}: events nobody committed"
