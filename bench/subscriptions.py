"""Subscriptions: N websocket subscribers, time from ingest commit to delivery.

A generated store (``bench/generator.py``, small) is served by
``claimgraph serve`` in a subprocess; N clients open ``graphql-transport-ws``
connections and subscribe to ``disputeOpened``.  This process then commits
batches with a new Dispute and its ``disputeOpened`` event to the same store
(as a separate ``claimgraph ingest`` would), one at a time, waiting for every
subscriber to get each, then a random 0-1 s pause (so commits fall at random
points of the server's poll cycle) before the next.  Reported:

- delivery latency, from ``apply`` returning (the commit) to the client
  reading the message: p50/p99 over every (event, subscriber) pair;
- exactly-once: every subscriber must receive every event once; missing and
  duplicate deliveries are counted (a warm-up event, not counted, makes sure
  every subscription is live first).

The server polls the event log every ``CLAIMGRAPH_EVENT_POLL_SECONDS``
(default 0.5 s): a commit by another process waits up to one interval, so
the poll interval is the floor of p99.  All clients run in one asyncio loop
in this process on the same two cores as the server, so client-side queueing
is included in the numbers.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import shutil
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

from bench.common import Report, median, percentile, process_peak_rss_mib
from bench.generator import GraphGenerator
from bench.server import running_server
from graph.embedded import EmbeddedStore
from graph.model import EventKind, GraphBatch, Label, Node, utc_now

SUBSCRIPTION = "subscription { disputeOpened { seq kind dispute { id topic status } } }"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--subscribers", type=int, default=500)
    parser.add_argument("--events", type=int, default=20)
    parser.add_argument("--claims", type=int, default=2000, help="size of the served store")
    parser.add_argument(
        "--poll-seconds",
        type=float,
        default=None,
        help="CLAIMGRAPH_EVENT_POLL_SECONDS for the server",
    )


def dispute_batch(n: int) -> tuple[GraphBatch, str]:
    did = f"dispute:bench-subscription-{n:06d}"
    now = utc_now()
    node = Node(
        did,
        Label.DISPUTE,
        {"topic": ["Meta"], "parties": [], "status": "open", "openedAt": now, "updatedAt": now},
    )
    batch = GraphBatch(nodes=[node], events=[(EventKind.DISPUTE_OPENED, did, {"topic": ["Meta"]})])
    return batch, did


class Subscriber:
    """One websocket connection with one subscription; records what arrives and when."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.received: list[tuple[str, float]] = []  # (dispute id, time.time())
        self.errors: list[str] = []
        self.arrived = asyncio.Event()
        self._ws: Any = None

    async def start(self) -> None:
        from websockets.asyncio.client import connect

        self._ws = await connect(
            self.url, subprotocols=["graphql-transport-ws"], open_timeout=60, max_queue=None
        )
        await self._ws.send(json.dumps({"type": "connection_init", "payload": {}}))
        ack = json.loads(await self._ws.recv())
        if ack.get("type") != "connection_ack":
            raise SystemExit(f"bench: no connection_ack: {ack}")
        await self._ws.send(
            json.dumps({"id": "1", "type": "subscribe", "payload": {"query": SUBSCRIPTION}})
        )

    async def listen(self) -> None:
        async for raw in self._ws:
            at = time.time()
            msg = json.loads(raw)
            if msg.get("type") == "next":
                data = msg["payload"].get("data") or {}
                event = data.get("disputeOpened")
                if event is None:
                    self.errors.append(str(msg["payload"])[:200])
                    continue
                self.received.append((event["dispute"]["id"], at))
                self.arrived.set()
            elif msg.get("type") == "ping":
                await self._ws.send(json.dumps({"type": "pong"}))
            elif msg.get("type") in {"error", "complete"}:
                self.errors.append(str(msg)[:200])

    async def close(self) -> None:
        if self._ws is not None:
            await self._ws.close()


async def _exercise(
    url: str, directory: Path, subscribers: int, events: int, report: Report
) -> dict[str, Any]:
    subs = [Subscriber(url) for _ in range(subscribers)]
    start = time.perf_counter()
    for i in range(0, subscribers, 50):  # connect in waves: no thundering herd on accept
        await asyncio.gather(*(s.start() for s in subs[i : i + 50]))
    report.add("connect + subscribe all", time.perf_counter() - start, "s", subscribers=subscribers)
    listeners = [asyncio.create_task(s.listen()) for s in subs]
    commits: dict[str, float] = {}
    writer = EmbeddedStore(str(directory))
    loop = asyncio.get_running_loop()

    async def commit(n: int) -> str:
        batch, did = dispute_batch(n)
        await loop.run_in_executor(None, writer.apply, batch)
        commits[did] = time.time()
        return did

    async def all_have(did: str, timeout: float) -> bool:
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            if all(any(d == did for d, _ in s.received[-3:]) for s in subs):
                return True
            await asyncio.sleep(0.01)
        return False

    try:
        warm = await commit(0)  # every subscription is live once all have it
        live = await all_have(warm, 60)
        if not live:
            report.note("not every subscriber got the warm-up event within 60 s")
        for s in subs:
            s.received.clear()
        measured = []
        pause = random.Random(5)
        for n in range(1, events + 1):
            # a random phase against the server's poll timer, as real ingests have
            await asyncio.sleep(pause.uniform(0, 1.0))
            did = await commit(n)
            measured.append(did)
            await all_have(did, 30)
        await asyncio.sleep(1.0)  # late duplicates would arrive here
    finally:
        writer.close()
        for task in listeners:
            task.cancel()
        await asyncio.gather(*listeners, return_exceptions=True)
        await asyncio.gather(*(s.close() for s in subs), return_exceptions=True)
    latencies = []
    per_event: dict[str, list[float]] = {}
    missing = duplicates = 0
    exact = 0
    for s in subs:
        counts = Counter(d for d, _ in s.received)
        ok = True
        for did in measured:
            if counts[did] == 0:
                missing += 1
                ok = False
            elif counts[did] > 1:
                duplicates += counts[did] - 1
                ok = False
        exact += ok
        seen = set()
        for did, at in s.received:
            if did in commits and did not in seen:
                seen.add(did)
                latencies.append((at - commits[did]) * 1000)
                per_event.setdefault(did, []).append((at - commits[did]) * 1000)
    return {
        "latencies": latencies,
        "first": [min(v) for v in per_event.values()],
        "last": [max(v) for v in per_event.values()],
        "missing": missing,
        "duplicates": duplicates,
        "exact": exact,
        "errors": sum(len(s.errors) for s in subs),
    }


def run(args: argparse.Namespace, report: Report) -> None:
    report.parameters.update(
        subscribers=args.subscribers,
        events=args.events,
        claims=args.claims,
        pollSeconds=args.poll_seconds if args.poll_seconds is not None else "server default (0.5)",
    )
    tmp = Path(tempfile.mkdtemp(prefix="claimgraph-bench-subs-"))
    directory = tmp / "store"
    try:
        with EmbeddedStore(str(directory)) as store:
            for batch, _n in GraphGenerator(args.claims, 11):
                store.apply(batch)
        env = {}
        if args.poll_seconds is not None:
            env["CLAIMGRAPH_EVENT_POLL_SECONDS"] = str(args.poll_seconds)
        with running_server(directory, env) as server:
            found = asyncio.run(
                _exercise(server.ws_url, directory, args.subscribers, args.events, report)
            )
            rss = process_peak_rss_mib(server.process.pid)
        lat = found["latencies"]
        report.add("delivery latency p50", median(lat), "ms", samples=len(lat))
        report.add("delivery latency p99", percentile(lat, 99), "ms")
        report.add("delivery latency max", max(lat) if lat else 0.0, "ms")
        # first vs last subscriber of each event: poll delay vs fan-out cost
        report.add("first subscriber of an event, median", median(found["first"]), "ms")
        report.add("last subscriber of an event, median", median(found["last"]), "ms")
        report.add(
            "subscribers receiving each event exactly once",
            found["exact"],
            "subscribers",
            found["exact"] / args.subscribers,
            ratio_of="subscribers",
        )
        report.add("missing deliveries", found["missing"], "deliveries")
        report.add("duplicate deliveries", found["duplicates"], "deliveries")
        report.add("error messages", found["errors"], "messages")
        if rss is not None:
            report.add("server peak RSS", rss, "MiB")
        if found["exact"] != args.subscribers:
            report.note(
                f"exactly-once violated: {found['missing']} missing, "
                f"{found['duplicates']} duplicate deliveries"
            )
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
