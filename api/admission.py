"""Admission control: a bounded number of HTTP requests at work, a bounded queue, then 503.

Every HTTP request except the health checks needs one of
``CLAIMGRAPH_MAX_CONCURRENT_REQUESTS`` slots while it runs.  Requests beyond
that wait, first come first served, in a queue of at most
``CLAIMGRAPH_MAX_QUEUED_REQUESTS``; one that finds the queue full, or is not
admitted within ``CLAIMGRAPH_QUEUE_SECONDS``, gets ``503`` with
``Retry-After`` and a GraphQL-shaped error (code ``BUSY``) at once, before
any of its work has started.

Why: store calls run on a small thread pool, and a request's time limit
cancels its coroutine but not a store call already running.  Without a
bound, an overload makes every request share the pool (each gets slower,
all of them time out together) while abandoned work keeps the threads busy.
With it, admitted requests run at full speed, the pool's queue stays short
(a few store calls per admitted request), and overload turns into a clear
"busy, retry" for the surplus instead of timeouts for everyone.

Websockets (subscriptions) are not counted: they are long-lived, and their
per-event work is shared (see :mod:`api.events`).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import math
import time
from collections import deque

from starlette.types import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger("claimgraph.api")

# Never queued or counted: an orchestrator must see the process even when it is busy.
EXEMPT_PATHS = frozenset({"/healthz", "/readyz"})


class Admission:
    """Slots and a queue (one per app): first come first served, bounded in length and time."""

    def __init__(self, max_concurrent: int, max_queued: int, queue_seconds: float) -> None:
        self.max_concurrent = max_concurrent
        self.max_queued = max_queued
        self.queue_seconds = queue_seconds
        self._free = max_concurrent
        # Each waiter's future gets True when a finishing request hands it its slot,
        # False when it waited queue_seconds.
        self._queue: deque[asyncio.Future[bool]] = deque()
        self.rejected = 0  # requests answered 503, for logs and tests
        self.last_saturated = -math.inf  # monotonic time a request last found every slot taken

    @property
    def running(self) -> int:
        return self.max_concurrent - self._free

    @property
    def waiting(self) -> int:
        return len(self._queue)

    async def acquire(self) -> bool:
        """Take a slot, queueing if need be; False means "refuse this request"."""
        if self._free > 0 and not self._queue:
            self._free -= 1
            return True
        self.last_saturated = time.monotonic()
        if len(self._queue) >= self.max_queued:
            self.rejected += 1
            return False
        loop = asyncio.get_running_loop()
        waiter: asyncio.Future[bool] = loop.create_future()
        self._queue.append(waiter)
        timer = loop.call_later(self.queue_seconds, self._expire, waiter)
        try:
            granted = await waiter
        except asyncio.CancelledError:
            # The client went away while queued; a slot handed over just now goes back.
            if waiter.done() and not waiter.cancelled() and waiter.result():
                self.release()
            with contextlib.suppress(ValueError):
                self._queue.remove(waiter)
            raise
        finally:
            timer.cancel()
        if not granted:
            self.rejected += 1
        return granted

    def saturated_within(self, seconds: float) -> bool:
        """Whether a request had to queue (or was refused) in the last ``seconds``."""
        return time.monotonic() - self.last_saturated < seconds

    def release(self) -> None:
        """Give the slot to the longest-waiting request, or back to the pool."""
        while self._queue:
            waiter = self._queue.popleft()
            if not waiter.done():
                waiter.set_result(True)
                return
        self._free += 1

    def _expire(self, waiter: asyncio.Future[bool]) -> None:
        if not waiter.done():
            with contextlib.suppress(ValueError):
                self._queue.remove(waiter)
            waiter.set_result(False)


class AdmissionMiddleware:
    """ASGI middleware applying an :class:`Admission` to HTTP requests."""

    def __init__(self, app: ASGIApp, admission: Admission) -> None:
        self.app = app
        self.admission = admission
        # Tell clients to come back about when a queued request would have been served.
        self.retry_after = str(max(1, math.ceil(admission.queue_seconds / 2)))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("path") in EXEMPT_PATHS:
            await self.app(scope, receive, send)
            return
        # The body is read before a slot is taken: a client that sends it slowly
        # (a slow link, or on purpose) must not hold a slot meanwhile.  Its size
        # is already capped by BodyLimitMiddleware, which runs outside this one.
        messages: list[Message] = []
        while True:
            message = await receive()
            messages.append(message)
            if message["type"] != "http.request" or not message.get("more_body", False):
                break
        if not await self.admission.acquire():
            await self._busy(send)
            return

        async def replay() -> Message:
            return messages.pop(0) if messages else await receive()

        try:
            await self.app(scope, replay, send)
        finally:
            self.admission.release()

    async def _busy(self, send: Send) -> None:
        if self.admission.rejected in (1, 10, 100) or self.admission.rejected % 1000 == 0:
            log.warning(
                "server busy: refused a request with 503 (%d so far; %d running, %d queued)",
                self.admission.rejected,
                self.admission.running,
                self.admission.waiting,
            )
        body = json.dumps(
            {
                "errors": [
                    {
                        "message": "server busy, retry later",
                        "extensions": {"code": "BUSY"},
                    }
                ]
            }
        ).encode()
        await send(
            {
                "type": "http.response.start",
                "status": 503,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"retry-after", self.retry_after.encode()),
                    (b"content-length", str(len(body)).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})
