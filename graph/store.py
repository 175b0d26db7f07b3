"""The one interface every graph store implements, and how to open one.

A backend is one module with one class implementing :class:`GraphStore`
(``graph/embedded.py``, ``graph/neo4j_store.py``).  The interface is kept
deliberately narrow: one atomic write (:meth:`GraphStore.apply`), a handful
of reads, and an event log.  Everything richer (profiles, disputes by entity,
analytics) is built on top of these in ``api/`` so that a new backend stays
one file.  ``tests/test_store_contract.py`` is the specification: every
backend must pass it.
"""

from __future__ import annotations

import os
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from graph.model import (
    ENTITY_LABELS,
    Direction,
    Event,
    GraphBatch,
    Label,
    Node,
    Relationship,
    RelType,
    WriteResult,
)


class StoreError(RuntimeError):
    """A store failure worth one clear line to the user."""


class StoreUnavailable(StoreError):
    """The store cannot be reached right now (Neo4j down, disk gone)."""


@dataclass(frozen=True, slots=True)
class Range:
    """An inclusive range filter for :meth:`GraphStore.find` (either end open)."""

    low: Any = None
    high: Any = None

    def contains(self, value: Any) -> bool:
        if value is None:
            return False
        if self.low is not None and value < self.low:
            return False
        return not (self.high is not None and value > self.high)


# A ``where`` value is matched by equality, by membership for a tuple/frozenset
# of candidates, or by a Range.  A list-valued property matches an equality
# filter when it contains the value (``aliases``, ``sourceArticles``).
WhereValue = Any


class GraphStore(ABC):
    """A durable property graph of ClaimGraph records."""

    #: short backend name shown by ``claimgraph stats`` ("embedded", "neo4j")
    kind: str = "abstract"

    # ------------------------------------------------------------- writes

    @abstractmethod
    def apply(self, batch: GraphBatch) -> WriteResult:
        """Apply a batch in one transaction: wholly or not at all.

        Upserts are idempotent: applying the same batch twice leaves the store
        as after the first time (events excepted: they are appended each time,
        so callers only send events for real changes).  Returns counts and the
        events written with their sequence numbers.
        """

    # ------------------------------------------------------------- reads

    @abstractmethod
    def get_nodes(self, ids: Sequence[str]) -> list[Node | None]:
        """The nodes with these ids, in the same order (``None`` if absent)."""

    def get_node(self, node_id: str) -> Node | None:
        return self.get_nodes([node_id])[0]

    @abstractmethod
    def get_relationships(self, ids: Sequence[str]) -> list[Relationship | None]:
        """The relationships with these ids, in the same order."""

    @abstractmethod
    def find(
        self,
        label: Label | None = None,
        where: Mapping[str, WhereValue] | None = None,
        *,
        text: str | None = None,
        prefix: str | None = None,
        order_by: str | None = None,
        descending: bool = False,
        limit: int | None = 100,
        offset: int = 0,
    ) -> list[Node]:
        """Nodes matching every condition, ordered, paginated.

        ``text``: every word occurs (case-insensitive) in ``name``, ``aliases``
        or ``text``.  ``prefix``: ``name`` or an alias starts with it
        (case-insensitive).  Without ``order_by`` the order is by id, so pages
        are stable.  Nodes lacking the ``order_by`` property sort last.
        """

    @abstractmethod
    def count(
        self,
        label: Label | None = None,
        where: Mapping[str, WhereValue] | None = None,
        *,
        text: str | None = None,
        prefix: str | None = None,
    ) -> int:
        """How many nodes :meth:`find` would return without a limit."""

    @abstractmethod
    def relationships_of(
        self,
        node_ids: Sequence[str],
        types: Sequence[RelType] | None = None,
        direction: Direction = "both",
    ) -> list[Relationship]:
        """All relationships touching any of ``node_ids`` (one round trip).

        ``direction`` is relative to the given nodes: ``out`` = they are the
        source.  Sorted by id; a relationship touching two given nodes is
        listed once.
        """

    def neighbours_page(
        self,
        node_id: str,
        rel_type: RelType,
        direction: Direction,
        *,
        order_keys: Sequence[str] = ("publishedAt", "firstSeen"),
        label: str | None = None,
        offset: int = 0,
        limit: int = 100,
        after: tuple[str, str] | None = None,
    ) -> tuple[list[Node], int]:
        """Nodes at the other end of ``node_id``'s ``rel_type`` relationships (in ``direction``,
        relative to node_id), optionally only those with ``label``: newest first by the first
        present, non-empty string among ``order_keys`` (nodes with none come last), ties by
        id ascending; the page ``[offset:offset+limit]`` and the total number.

        ``after``: the ``(order value, id)`` of the node a previous page ended
        with (``""`` for no date): the page then starts right after that
        position, ``offset`` counting from there.  Such a keyset cursor stays
        right while nodes are added or removed before or after it; the total
        still counts every node.

        Each neighbour is listed once, however many such relationships link it.
        A hub's first page must not cost a read of all its neighbours: backends
        override this generic version (which reads them all) with an index or
        a query that orders and pages in the store.
        """
        rels = self.relationships_of([node_id], [rel_type], direction)
        other = sorted({r.target if r.source == node_id else r.source for r in rels})
        nodes = [
            n
            for n in self.get_nodes(other)
            if n is not None and (label is None or n.label == label)
        ]
        return page_after(order_newest_first(nodes, order_keys), order_keys, after, offset, limit)

    def reachable_page(
        self,
        node_id: str,
        paths: Sequence[Sequence[tuple[RelType, Direction]]],
        *,
        order_keys: Sequence[str] = ("publishedAt", "firstSeen"),
        label: str | None = None,
        offset: int = 0,
        limit: int = 100,
        after: tuple[str, str] | None = None,
    ) -> tuple[list[Node], int]:
        """Like :meth:`neighbours_page`, for the nodes at the end of any of ``paths``.

        A path is one or two ``(rel_type, direction)`` steps from ``node_id``
        (the two of different types), e.g. an entity's disputes:
        ``[[(CONCERNS, "in")], [(ASSERTS, "out"), (INVOLVES, "in")]]``.  Each
        node reached is listed once.  This generic version reads every walk;
        backends override it to page from an index or in a query.
        """
        reached: set[str] = set()
        for path in paths:
            if not 1 <= len(path) <= 2:
                raise ValueError(f"a path has one or two steps, got {len(path)}")
            frontier = {node_id}
            for rel_type, direction in path:
                step: set[str] = set()
                for r in self.relationships_of(sorted(frontier), [rel_type], direction):
                    if direction != "in" and r.source in frontier:
                        step.add(r.target)
                    if direction != "out" and r.target in frontier:
                        step.add(r.source)
                frontier = step
                if not frontier:
                    break
            reached |= frontier
        nodes = [
            n
            for n in self.get_nodes(sorted(reached))
            if n is not None and (label is None or n.label == label)
        ]
        return page_after(order_newest_first(nodes, order_keys), order_keys, after, offset, limit)

    def find_aliased(self, ids: Sequence[str], keys: Sequence[str]) -> list[Node]:
        """Entities known by any of ``ids`` or alias ``keys``, in one round trip, by id.

        An entity (Person, Organization, Model, Benchmark) qualifies when its id is
        one of ``ids``, its ``absorbedIds`` lists one of them (an entity merged
        into it by an analyst, or a former name: "X, formerly Twitter"), or its
        ``aliasKeys`` lists one of ``keys`` (names folded by
        :func:`graph.model.alias_key`).  Ingestion asks this once per article to
        land every mention, under whichever name, on the stored entity.

        This generic version asks :meth:`find` per label and property (nine
        calls); backends answer it in one.
        """
        ids, keys = tuple(dict.fromkeys(ids)), tuple(dict.fromkeys(keys))
        found = {
            n.id: n for n in self.get_nodes(list(ids)) if n is not None and n.label in ENTITY_LABELS
        }
        for label in sorted(ENTITY_LABELS):
            for prop, values in (("absorbedIds", ids), ("aliasKeys", keys)):
                if values:
                    found.update((n.id, n) for n in self.find(label, {prop: values}, limit=None))
        return [found[i] for i in sorted(found)]

    @abstractmethod
    def iter_all(self) -> Iterator[Node | Relationship]:
        """Every node, then every relationship (export, sync, analytics)."""

    # ------------------------------------------------------------- events

    @abstractmethod
    def events_after(self, seq: int, limit: int = 100) -> list[Event]:
        """Events with a sequence number greater than ``seq``, oldest first.

        Events written by other processes sharing the store are included as
        soon as their transaction is committed.
        """

    @abstractmethod
    def last_event_seq(self) -> int:
        """The sequence number of the newest event (0 when there is none)."""

    # ------------------------------------------------------------- misc

    @abstractmethod
    def stats(self) -> dict[str, int]:
        """Node counts per label and relationship counts per type."""

    def warm_up(self) -> None:  # noqa: B027 - optional: most backends have nothing to warm
        """Get ready to answer queries fast (a server calls this once at start)."""

    def close(self) -> None:  # noqa: B027 - optional for backends with nothing to release
        """Release files, locks and connections."""

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def order_key(node: Node, keys: Sequence[str]) -> str:
    """The first present, non-empty string among ``keys`` ("" when none)."""
    for key in keys:
        value = node.properties.get(key)
        if isinstance(value, str) and value:
            return value
    return ""


def order_newest_first(nodes: Iterable[Node], keys: Sequence[str]) -> list[Node]:
    """Newest first by :func:`order_key`, nodes without one last, ties by id ascending."""
    by_id = sorted(nodes, key=lambda n: n.id)
    dated = [n for n in by_id if order_key(n, keys)]
    dated.sort(key=lambda n: order_key(n, keys), reverse=True)  # stable: ties keep id order
    return dated + [n for n in by_id if not order_key(n, keys)]


def newest_first_rank(value: str, node_id: str) -> tuple[int, str, str]:
    """A sort key in the order of :func:`order_newest_first`, for keyset cursors.

    Newest first, so a date is compared through :func:`_descending`; undated last.
    """
    return (0, _descending(value), node_id) if value else (1, "", node_id)


def _descending(value: str) -> str:
    # Code points mirrored below the surrogates, so a later date sorts first, and
    # a terminator above them all, so "2024" still comes after "2024-01" (dates
    # are ASCII; other text keeps an order, if not the reversed one).
    return "".join(chr(0xD7FF - ord(c)) if ord(c) < 0xD7FF else c for c in value) + "\ue000"


def page_after(
    ordered: list[Node],
    keys: Sequence[str],
    after: tuple[str, str] | None,
    offset: int,
    limit: int,
) -> tuple[list[Node], int]:
    """The page of a newest-first list after a keyset position, and the list's length."""
    start = 0
    if after is not None:
        cursor = newest_first_rank(*after)
        start = next(
            (
                i
                for i, n in enumerate(ordered)
                if newest_first_rank(order_key(n, keys), n.id) > cursor
            ),
            len(ordered),
        )
    start += max(0, offset)
    return ordered[start : start + max(0, limit)], len(ordered)


def open_store(location: str | None = None) -> GraphStore:
    """Open the configured store.

    ``CLAIMGRAPH_STORE`` (or ``location``) is a directory for the embedded
    store (default ``./claimgraph-data``) or a ``neo4j://``/``bolt://`` URI;
    ``CLAIMGRAPH_STORE=neo4j`` uses the driver settings ``NEO4J_URI``,
    ``NEO4J_USERNAME``, ``NEO4J_PASSWORD`` and ``NEO4J_DATABASE``.
    """
    target = location or os.environ.get("CLAIMGRAPH_STORE") or "./claimgraph-data"
    if target == "neo4j" or target.split("://", 1)[0] in {"neo4j", "neo4j+s", "bolt", "bolt+s"}:
        from graph.neo4j_store import Neo4jStore  # imported lazily: needs a server

        return Neo4jStore.from_environment(None if target == "neo4j" else target)
    from graph.embedded import EmbeddedStore

    return EmbeddedStore(target)
