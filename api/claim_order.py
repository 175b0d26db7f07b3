"""An entity's claims and disputes newest first, a page at a time, from the store.

A hub entity (Meta, OpenAI ...) is the subject of a hundred thousand claims
at a million.  A page of them is asked of the store as one ordered, paginated
neighbour query (:meth:`graph.store.GraphStore.neighbours_page`; disputes:
:meth:`graph.store.GraphStore.reachable_page`): the embedded store keeps
each hub's neighbours in date order, updated by every write in O(log n), and
Neo4j orders and pages in Cypher.  So a page costs a page, a concurrent
ingester costs nothing here, and ``totalCount`` is exact and never stale.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable

from api.analytics import store_version
from graph.model import Direction, Label, Node, RelType
from graph.store import GraphStore

# Date properties a claim is ordered by, first present wins (as queries.claim order).
DATE_KEYS = ("publishedAt", "firstSeen")


class ClaimOrder:
    """Pages of the claims linked to an entity, newest first (see module docstring).

    Stateless: kept as the object the server passes around so that callers
    need not know which store query serves a page.
    """

    def page(
        self,
        store: GraphStore,
        entity: str,
        rel_type: RelType,
        direction: Direction,
        offset: int,
        limit: int,
    ) -> tuple[list[Node], int]:
        """One page of those claims as nodes, and how many there are in all."""
        return store.neighbours_page(
            entity,
            rel_type,
            direction,
            order_keys=DATE_KEYS,
            label=Label.CLAIM,
            offset=offset,
            limit=limit,
        )


class PerVersion:
    """Memo of ``compute(store, key)`` per key, valid while the store version holds.

    For per-entity answers too costly to recompute per request: never stale
    (any write moves the version), single flight per key.  Entity disputes no
    longer need it (they are paged by the store); kept for other memos.
    """

    def __init__(
        self, compute: Callable[[GraphStore, str], frozenset[str]], max_entries: int = 256
    ) -> None:
        self.compute = compute
        self.max_entries = max_entries
        self._lock = threading.Lock()
        self._entries: OrderedDict[str, tuple[object, frozenset[str]]] = OrderedDict()
        self._key_locks: dict[str, threading.Lock] = {}

    def get(self, store: GraphStore, key: str) -> frozenset[str]:
        version = store_version(store)
        with self._lock:
            key_lock = self._key_locks.setdefault(key, threading.Lock())
        with key_lock:
            with self._lock:
                found = self._entries.get(key)
            if found is not None and found[0] == version:
                return found[1]
            value = self.compute(store, key)
            with self._lock:
                self._entries[key] = (version, value)
                self._entries.move_to_end(key)
                while len(self._entries) > self.max_entries:
                    old, _ = self._entries.popitem(last=False)
                    self._key_locks.pop(old, None)
            return value
