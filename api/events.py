"""Fan the store's event log out to in-process subscribers.

One :class:`EventHub` per server process polls ``store.events_after`` every
``CLAIMGRAPH_EVENT_POLL_SECONDS`` and hands each new event to every
subscriber queue.  Because the source is the store's log, events written by
any process sharing the store (a mutation here, the feed poller, a separate
``claimgraph ingest``, another API process on the same Neo4j) reach every
subscriber, and each process needs nothing but the store to take part.

Work per event is done once, not once per subscriber: the hub reads the
subject nodes of a whole poll's events in one ``get_nodes`` call and hands
every subscriber the same :class:`Published` (event and subject node), and
:meth:`EventHub.shared` computes any further per-event fact (e.g. which
entities a dispute involves) once for all the subscribers that ask.  The
server gives the hub a store thread of its own, so polling and fan-out never
queue behind analysts' queries.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import OrderedDict
from collections.abc import AsyncIterator, Awaitable, Callable, Hashable
from dataclasses import dataclass
from typing import Any, TypeVar

from graph.model import Event, Node
from graph.store import GraphStore, StoreError

log = logging.getLogger("claimgraph.events")

# Events read per poll; a longer backlog is drained without sleeping.
BATCH = 500
# A subscriber that falls this far behind loses its oldest events (logged).
QUEUE_SIZE = 1000
# Per-event facts remembered for subscribers still catching up (see ``shared``).
SHARED_SIZE = 4096

Runner = Callable[..., Awaitable[Any]]
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Published:
    """One event as every subscriber receives it: the subject node is read once, by the hub."""

    event: Event
    subject: Node | None  # None: the node no longer exists (or the event has no node)


class EventHub:
    """Polls the event log in the background and broadcasts new events."""

    def __init__(self, store: GraphStore, run: Runner, poll_seconds: float = 0.5) -> None:
        self.store = store
        self._run = run
        self.poll_seconds = poll_seconds
        self.last_seq: int | None = 0
        self._queues: set[asyncio.Queue[Published]] = set()
        self._task: asyncio.Task[None] | None = None
        self._wake = asyncio.Event()
        self._shared: OrderedDict[Hashable, asyncio.Task[Any]] = OrderedDict()

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
    async def subscribe(self) -> AsyncIterator[asyncio.Queue[Published]]:
        """A queue receiving every event from now on, for the block's lifetime."""
        queue: asyncio.Queue[Published] = asyncio.Queue(maxsize=QUEUE_SIZE)
        self._queues.add(queue)
        try:
            yield queue
        finally:
            self._queues.discard(queue)

    def publish(self, item: Published) -> None:
        for queue in list(self._queues):
            if queue.full():
                # A stuck client must not stall everyone: drop its oldest event.
                queue.get_nowait()
                log.warning("subscriber queue full; dropped an event for one subscriber")
            queue.put_nowait(item)

    async def shared(self, key: Hashable, compute: Callable[[], Awaitable[T]]) -> T:
        """``await compute()`` once per ``key`` for every subscriber that asks.

        The first caller starts it as a task of its own, so a subscriber that
        disconnects meanwhile does not cancel it for the others; the last
        :data:`SHARED_SIZE` keys are remembered.  A failure is handed to the
        callers waiting for it and forgotten, so a later caller tries again.
        """
        task = self._shared.get(key)
        if task is None or (task.done() and (task.cancelled() or task.exception())):
            task = asyncio.ensure_future(compute())
            self._shared[key] = task
            while len(self._shared) > SHARED_SIZE:
                self._shared.popitem(last=False)
        return await asyncio.shield(task)

    def _read(self, after: int) -> list[Published]:
        """New events and their subject nodes, in one pass on the hub's store thread."""
        events = self.store.events_after(after, BATCH)
        if not events:
            return []
        # Read even with no subscriber now: one may subscribe before these are published.
        nodes = self.store.get_nodes(list(dict.fromkeys(e.subject for e in events)))
        found = {n.id: n for n in nodes if n is not None}
        return [Published(e, found.get(e.subject)) for e in events]

    async def poll_once(self) -> int:
        """Read and publish new events; returns how many were read."""
        if self.last_seq is None:
            self.last_seq = await self._run(self.store.last_event_seq)
            return 0
        items: list[Published] = await self._run(self._read, self.last_seq)
        for item in items:
            self.publish(item)
            self.last_seq = max(self.last_seq, item.event.seq)
        return len(items)

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
            except RuntimeError as exc:
                if "after shutdown" in str(exc):
                    return  # the server's executor is gone: the process is shutting down
                log.exception("event hub poll failed")
                read = 0
            except Exception:  # a bug must not silently end subscriptions
                log.exception("event hub poll failed")
                read = 0
            if read >= BATCH:
                continue
            self._wake.clear()
            # Not asyncio.wait_for: on Python 3.11 it swallows a cancel that arrives
            # just after poke() (CPython gh-86296), so stop() waited forever while
            # the hub kept polling a store its owner then closed.
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(self.poll_seconds):
                    await self._wake.wait()
