"""Per-entity claim ids in date order, so a hub's page costs one page of nodes.

A hub entity (Meta, OpenAI ...) has thousands of claims.  Serving
``claimsAbout(first: 10)`` used to load every relationship of the entity
(thousands of MENTIONS included) and every claim node, only to sort them by
date and keep ten.  :class:`ClaimOrder` keeps, per (entity, relationship
type, direction), the entity's claim ids newest first, so a request needs
the ids (``totalCount`` is their number) and ``get_nodes`` of its page only.

Freshness: every lookup compares the store version (last event seq + counts,
:func:`api.analytics.store_version`) with the entry's.  When it moved, the
entity's relationships of that one type are re-read (``relationships_of``,
cheap) and only claims not seen before are fetched to learn their dates, so
answers are never stale and a concurrent ingester costs a small top-up, not a
reload.  This relies on a claim's ``publishedAt``/``firstSeen`` never
changing once written (they come from its article).

Concurrent requests for the same key are single-flighted: one computes, the
others wait for it and reuse the result.  Entries are evicted least recently
used beyond ``max_entries``.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

from api.analytics import store_version
from graph.model import Direction, Label, Node, RelType
from graph.store import GraphStore

# Date properties a claim is ordered by, first present wins (as queries.claim order).
DATE_KEYS = ("publishedAt", "firstSeen")

Key = tuple[str, RelType, Direction]


def claim_date(node: Node) -> str:
    """The claim's sort date ("" when undated)."""
    for key in DATE_KEYS:
        value = node.get(key)
        if isinstance(value, str) and value:
            return value
    return ""


def order_newest_first(dates: dict[str, str]) -> list[str]:
    """Ids newest first, undated last, ties by id (same order as ``queries.newest_first``)."""
    by_id = sorted(dates)
    dated = sorted((i for i in by_id if dates[i]), key=dates.__getitem__, reverse=True)
    return dated + [i for i in by_id if not dates[i]]


@dataclass(slots=True)
class _Entry:
    version: object
    dates: dict[str, str]  # claim id -> date, every claim currently linked
    ordered: list[str]


class ClaimOrder:
    """Cache of claim ids linked to an entity, newest first (see module docstring)."""

    def __init__(self, max_entries: int = 256) -> None:
        self.max_entries = max_entries
        self._lock = threading.Lock()
        self._entries: OrderedDict[Key, _Entry] = OrderedDict()
        self._key_locks: dict[Key, threading.Lock] = {}

    def ids(
        self, store: GraphStore, entity: str, rel_type: RelType, direction: Direction
    ) -> list[str]:
        """Claim ids at the other end of ``entity``'s ``rel_type`` edges, newest first."""
        key: Key = (entity, rel_type, direction)
        version = store_version(store)
        with self._lock:
            key_lock = self._key_locks.setdefault(key, threading.Lock())
        with key_lock:  # single flight per key
            with self._lock:
                entry = self._entries.get(key)
                if entry is not None:
                    self._entries.move_to_end(key)
            if entry is not None and entry.version == version:
                return entry.ordered
            entry = self._refresh(store, key, version, entry)
            with self._lock:
                self._entries[key] = entry
                self._entries.move_to_end(key)
                while len(self._entries) > self.max_entries:
                    old, _ = self._entries.popitem(last=False)
                    self._key_locks.pop(old, None)
            return entry.ordered

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
        ordered = self.ids(store, entity, rel_type, direction)
        wanted = ordered[offset : offset + limit]
        nodes = [n for n in store.get_nodes(wanted) if n is not None]
        return nodes, len(ordered)

    @staticmethod
    def _refresh(store: GraphStore, key: Key, version: object, old: _Entry | None) -> _Entry:
        entity, rel_type, direction = key
        rels = store.relationships_of([entity], [rel_type], direction)
        linked = {r.target if r.source == entity else r.source for r in rels}
        known = old.dates if old is not None else {}
        dates = {i: known[i] for i in linked if i in known}
        new_ids = sorted(linked - dates.keys())
        for node in store.get_nodes(new_ids):
            if node is not None and node.label == Label.CLAIM:
                dates[node.id] = claim_date(node)
        return _Entry(version, dates, order_newest_first(dates))


class PerVersion:
    """Memo of ``compute(store, key)`` per key, valid while the store version holds.

    For per-entity answers too costly to recompute per request on a hub (its
    dispute ids: a read of every claim it made), with the same freshness as
    :class:`ClaimOrder` (never stale) and the same single flight per key.
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
