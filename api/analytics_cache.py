"""The analytics graph served to requests: built once, then refreshed in the background.

Even so a build takes seconds on a large store, and under a running ingester
the store changes every few seconds.  :class:`AnalyticsCache` therefore
serves *stale-while-revalidate*: only the very first build is waited for
(single-flight: concurrent first requests share one build, which runs on
its own thread so waiting requests hold no store worker and a timed-out
request does not abandon or repeat it); after
that a request always gets the last built graph at once, and if the store
has moved since that graph was built, one background rebuild is started --
at most one at a time, at most once per ``refresh_seconds``, and only after
the server has spent ``idle_factor`` times the last build's duration not
building (the server passes 3: under a continuous ingest, rebuilds take at
most a quarter of the time, instead of a core's worth of back-to-back
builds competing with requests), and, in a server, not while requests are
queueing for admission (:mod:`api.admission`) or did in the last seconds,
unless the graph is five minutes old: background work yields to an
overloaded server.  Analytics answers may therefore lag
writes by about one rebuild interval (seconds on a small store, about a
minute at 100k claims under a continuous ingest); they never make a request
wait for, or trigger, a rebuild per write.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future

from api.analytics import EntityGraph
from graph.store import GraphStore

log = logging.getLogger("api.analytics")


def store_version(store: GraphStore) -> object:
    """A value that changes whenever the store does.

    Events mark ingests and dispute changes; counts catch merges and edits.
    """
    return (store.last_event_seq(), tuple(sorted(store.stats().items())))


class AnalyticsCache:
    """The last built :class:`EntityGraph`, refreshed in the background.

    See the module docstring for the policy.  ``refresh_seconds`` is the least
    time between the start of two builds; ``idle_factor`` the least time
    between the end of one and the start of the next, in multiples of the
    last build's duration.
    """

    def __init__(
        self,
        refresh_seconds: float = 5.0,
        idle_factor: float = 0.0,
        busy: Callable[[], bool] | None = None,
        max_defer_seconds: float = 300.0,
    ) -> None:
        self.refresh_seconds = refresh_seconds
        self.idle_factor = idle_factor
        # While ``busy()`` (the server has requests waiting), a due rebuild waits,
        # up to ``max_defer_seconds`` after the last build started: under
        # overload a rebuild would take CPU and the store lock from requests.
        self.busy = busy
        self.max_defer_seconds = max_defer_seconds
        self._lock = threading.Lock()  # guards the fields below
        self._key: object = None
        self._graph: EntityGraph | None = None
        self._built_at = 0.0  # monotonic start time of the build that made _graph
        self._finished_at = 0.0  # ... and its end
        self._first: Future[EntityGraph] | None = None  # the shared first build
        self._rebuilding: threading.Thread | None = None
        self.builds = 0  # completed builds, for tests and diagnostics

    def get(self, store: GraphStore) -> EntityGraph:
        """The newest graph built (waiting for the first build if there is none yet)."""
        found = self.graph_or_future(store)
        return found if isinstance(found, EntityGraph) else found.result()

    def graph_or_future(self, store: GraphStore) -> EntityGraph | Future[EntityGraph]:
        """The newest graph built, or the future of the first build.

        Never blocks on a build: the first one runs on its own thread and every
        caller gets the same future, so a server can await it without holding
        a store worker thread, and a request that times out leaves the build
        running for the next one.  When the graph is stale, one background
        rebuild is started (at most one at a time, one per ``refresh_seconds``).
        """
        with self._lock:
            if self._graph is None:
                if self._first is None:
                    self._first = Future()
                    self._start(self._build_first, store, self._first)
                return self._first
            graph = self._graph
        key = store_version(store)
        with self._lock:
            now, took = time.monotonic(), self._finished_at - self._built_at
            due = (
                now - self._built_at >= self.refresh_seconds
                and now - self._finished_at >= self.idle_factor * took
                and (
                    self.busy is None
                    or not self.busy()
                    or now - self._built_at >= self.max_defer_seconds
                )
            )
            if key != self._key and due and self._rebuilding is None:
                self._rebuilding = self._start(self._rebuild, store)
            return self._graph or graph

    @property
    def building(self) -> bool:
        """Whether a build (the first or a background rebuild) is running now."""
        with self._lock:
            first = self._first is not None and not self._first.done()
            return first or self._rebuilding is not None

    def wait_idle(self, timeout: float | None = None) -> None:
        """Wait for a running background rebuild (tests, orderly shutdown)."""
        with self._lock:
            thread = self._rebuilding
        if thread is not None:
            thread.join(timeout)

    @staticmethod
    def _start(target: Callable[..., None], *args: object) -> threading.Thread:
        thread = threading.Thread(target=target, args=args, name="analytics-build", daemon=True)
        thread.start()
        return thread

    def _build(self, store: GraphStore) -> EntityGraph:
        started = time.monotonic()
        # The version is read before the records, so a write racing the build
        # leaves the key older than the data and triggers one more rebuild.
        key = store_version(store)
        graph = EntityGraph.from_store(store)
        with self._lock:
            self._graph, self._key, self._built_at = graph, key, started
            self._finished_at = time.monotonic()
            self.builds += 1
        log.info("analytics graph built in %.1fs", self._finished_at - started)
        return graph

    def _build_first(self, store: GraphStore, future: Future[EntityGraph]) -> None:
        try:
            future.set_result(self._build(store))
        except BaseException as exc:  # handed to every waiting request
            with self._lock:
                self._first = None  # the next request tries again
            future.set_exception(exc)

    def _rebuild(self, store: GraphStore) -> None:
        try:
            self._build(store)
        except Exception:  # keep serving the old graph; a later request retries
            log.exception("analytics rebuild failed; serving the previous graph")
        finally:
            with self._lock:
                self._rebuilding = None
