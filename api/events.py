"""Fan the store's event log out to in-process subscribers.

One :class:`EventHub` per server process polls ``store.events_after`` every
``CLAIMGRAPH_EVENT_POLL_SECONDS`` and hands each new event to every
subscriber queue.  Because the source is the store's log, events written by
any process sharing the store (a mutation here, the feed poller, a separate
``claimgraph ingest``, another API process on the same Neo4j) reach every
subscriber, and each process needs nothing but the store to take part.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

from graph.model import Event
from graph.store import GraphStore, StoreError

log = logging.getLogger("claimgraph.events")

# Events read per poll; a longer backlog is drained without sleeping.
BATCH = 500
# A subscriber that falls this far behind loses its oldest events (logged).
QUEUE_SIZE = 1000

Runner = Callable[..., Awaitable[Any]]


class EventHub:
    """Polls the event log in the background and broadcasts new events."""

    def __init__(self, store: GraphStore, run: Runner, poll_seconds: float = 0.5) -> None:
        self.store = store
        self._run = run
        self.poll_seconds = poll_seconds
        self.last_seq: int | None = 0
        self._queues: set[asyncio.Queue[Event]] = set()
        self._task: asyncio.Task[None] | None = None
        self._wake = asyncio.Event()

    async def start(self) -> None:
        """Start after the newest stored event: subscribers get only new ones."""
        try:
            self.last_seq = await self._run(self.store.last_event_seq)
        except StoreError as exc:
            # Not from 0: that would replay history once the store is back.
            log.warning("event log unavailable at start (%s); will start from its end", exc)
            self.last_seq = None
        self._task = asyncio.create_task(self._loop(), name="claimgraph-event-hub")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    def poke(self) -> None:
        """Poll now instead of at the next tick (after a local write)."""
        self._wake.set()

    @property
    def subscriber_count(self) -> int:
        return len(self._queues)

    @contextlib.asynccontextmanager
    async def subscribe(self) -> AsyncIterator[asyncio.Queue[Event]]:
        """A queue receiving every event from now on, for the block's lifetime."""
        queue: asyncio.Queue[Event] = asyncio.Queue(maxsize=QUEUE_SIZE)
        self._queues.add(queue)
        try:
            yield queue
        finally:
            self._queues.discard(queue)

    def publish(self, event: Event) -> None:
        for queue in list(self._queues):
            if queue.full():
                # A stuck client must not stall everyone: drop its oldest event.
                queue.get_nowait()
                log.warning("subscriber queue full; dropped an event for one subscriber")
            queue.put_nowait(event)

    async def poll_once(self) -> int:
        """Read and publish new events; returns how many were read."""
        if self.last_seq is None:
            self.last_seq = await self._run(self.store.last_event_seq)
            return 0
        events: list[Event] = await self._run(self.store.events_after, self.last_seq, BATCH)
        for event in events:
            self.publish(event)
            self.last_seq = max(self.last_seq, event.seq)
        return len(events)

    async def _loop(self) -> None:
        failing = False
        while True:
            try:
                read = await self.poll_once()
                if failing:
                    log.info("event log reachable again")
                failing = False
            except StoreError as exc:
                if not failing:
                    log.warning("cannot read the event log: %s", exc)
                failing = True
                read = 0
            except Exception:  # a bug must not silently end subscriptions
                log.exception("event hub poll failed")
                read = 0
            if read >= BATCH:
                continue
            self._wake.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), self.poll_seconds)
