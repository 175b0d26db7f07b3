"""The default ClaimGraph store: embedded, no server, durable in one directory.

Design
------
*Source of truth*: a SQLite database (``claimgraph.sqlite3``, see
:mod:`graph._journal`) in WAL mode with ``synchronous=FULL``.  Every
:meth:`EmbeddedStore.apply` is one ``BEGIN IMMEDIATE`` ... ``COMMIT``
transaction, so a batch is wholly there or wholly absent after a crash, and
once ``apply`` returns it survives ``kill -9`` and power loss.  SQLite's write
lock is held for that one transaction only: several processes (an API server
and a ``claimgraph ingest``) can share a directory, their writes serialised.

*Query engine*: the whole graph in memory (:mod:`graph._memgraph`: a networkx
``MultiDiGraph`` for adjacency plus label, name, word and value indexes).
Every committed transaction stamps its rows with the next value of a global
change counter; before each read the store asks SQLite whether anything was
committed (``PRAGMA data_version``, then the counter) and, if so, applies only
the rows with a newer stamp.  Readers never take the write lock and WAL
readers are never blocked by a writer.

*Fast open*: a snapshot (``snapshot.pickle``: the in-memory graph and the
counter it covers, written to a temporary file, fsynced and renamed) is
loaded first, then only the newer rows are replayed.  A snapshot is written
on :meth:`EmbeddedStore.close` and after many changes, never on every apply.
A missing, stale or unreadable snapshot only costs time: the store falls back
to reading the database.  The snapshot is a pickle: the data directory must be
as trusted as the code (anyone who can write it can already rewrite the graph).

Configuration: ``CLAIMGRAPH_LOCK_TIMEOUT`` (seconds a writer waits for the
lock, default 60) and ``CLAIMGRAPH_SNAPSHOT_EVERY`` (changed rows between
snapshots, default 50000).
"""

from __future__ import annotations

import logging
import os
import pickle
import threading
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from graph import _journal
from graph._journal import Changes, Journal, dumps, loads, store_errors
from graph._memgraph import MemGraph, copy_props, make_node, make_rel
from graph.model import (
    Direction,
    Event,
    EventKind,
    GraphBatch,
    Label,
    ModelError,
    Node,
    Relationship,
    RelType,
    WriteResult,
    check_properties,
    merge_properties,
    utc_now,
)
from graph.store import GraphStore, StoreError, WhereValue

log = logging.getLogger(__name__)

SNAPSHOT_NAME = "snapshot.pickle"
SNAPSHOT_FORMAT = 1
SNAPSHOT_EVERY = int(os.environ.get("CLAIMGRAPH_SNAPSHOT_EVERY", "50000"))
# Changed rows that make it worth writing a snapshot when the store closes.
SNAPSHOT_ON_CLOSE = max(1, SNAPSHOT_EVERY // 10)


class EmbeddedStore(GraphStore):
    """A :class:`GraphStore` in a local directory (created if missing)."""

    kind = "embedded"

    def __init__(self, directory: str | os.PathLike[str] = "./claimgraph-data") -> None:
        self.directory = os.fspath(directory)
        self._lock = threading.RLock()  # one thread at a time uses the connection and cache
        self._journal = Journal(self.directory)
        self._closed = False
        try:
            with store_errors(self.directory):
                self._mem = self._load_snapshot() or MemGraph(self._journal.store_id)
                self.snapshot_seq = self._mem.seq  # the counter the loaded snapshot covered
                # rows an open would have to replay after the newest snapshot
                self._unsnapshotted = 0
                self._catch_up()
        except BaseException:
            self._journal.close()
            raise

    # ------------------------------------------------------------- snapshot

    @property
    def _snapshot_path(self) -> str:
        return os.path.join(self.directory, SNAPSHOT_NAME)

    def _load_snapshot(self) -> MemGraph | None:
        try:
            with open(self._snapshot_path, "rb") as f:
                fmt, mem = pickle.load(f)
        except FileNotFoundError:
            return None
        except Exception as exc:  # a damaged snapshot only costs a cold open
            log.warning("ignoring unreadable snapshot %s: %s", self._snapshot_path, exc)
            return None
        if fmt != SNAPSHOT_FORMAT or not isinstance(mem, MemGraph):
            return None
        if mem.store_id != self._journal.store_id or mem.seq > self._journal.change_counter():
            log.warning("ignoring snapshot %s: it belongs to another database", self._snapshot_path)
            return None
        return mem

    def write_snapshot(self) -> None:
        """Save the in-memory graph so the next open replays only newer changes."""
        with self._lock:
            self._refresh()
            tmp = f"{self._snapshot_path}.{os.getpid()}.{threading.get_ident()}.tmp"
            with store_errors(self.directory):
                try:
                    with open(tmp, "wb") as f:
                        pickle.dump((SNAPSHOT_FORMAT, self._mem), f, protocol=5)
                        f.flush()
                        os.fsync(f.fileno())
                    os.replace(tmp, self._snapshot_path)
                finally:
                    if os.path.exists(tmp):
                        os.unlink(tmp)
                dir_fd = os.open(self.directory, os.O_RDONLY)
                try:
                    os.fsync(dir_fd)
                finally:
                    os.close(dir_fd)
            self.snapshot_seq = self._mem.seq
            self._unsnapshotted = 0

    # ------------------------------------------------------------- catching up

    def _catch_up(self) -> None:
        """Apply every row committed (by anyone) after what the cache has seen."""
        changes = self._journal.changes_since(self._mem.seq)
        if changes.seq > self._mem.seq:
            self._replay(changes)

    def _replay(self, ch: Changes) -> None:
        mem = self._mem
        for node_id in ch.dead_nodes:
            mem.drop_node(node_id)
        for rel_id in ch.dead_rels:
            mem.drop_rel(rel_id)
        for node_id, label, props in ch.nodes:
            mem.put_node(node_id, Label(label), loads(props))
        for rel_id, rtype, src, dst, props in ch.rels:
            mem.put_rel(rel_id, RelType(rtype), src, dst, loads(props))
        mem.seq = ch.seq
        self._unsnapshotted += len(ch)

    def _refresh(self) -> None:
        """Before a read: pick up other processes' commits (cheap when none)."""
        if self._closed:
            raise StoreError(f"embedded store {self.directory}: the store is closed")
        with store_errors(self.directory):
            if self._journal.maybe_changed():
                self._catch_up()

    # ------------------------------------------------------------- writes

    def apply(self, batch: GraphBatch) -> WriteResult:
        if batch.is_empty():
            return WriteResult()
        for _kind, _subject, payload in batch.events:
            check_properties(payload)
        with self._lock:
            self._refresh()  # catch up outside the write lock: keeps the lock short
            journal = self._journal
            with store_errors(self.directory):
                journal.begin_write()
                try:
                    self._catch_up()  # commits that landed since the refresh
                    staged = _Staging(self._mem, batch)
                    seq = self._mem.seq + 1
                    at = utc_now()
                    event_rows = [
                        (EventKind(kind).value, subject, at, dumps(dict(payload)))
                        for kind, subject, payload in batch.events
                    ]
                    seqs = journal.write(
                        seq,
                        staged.node_rows(),
                        staged.rel_rows(),
                        staged.dead_nodes(),
                        staged.dead_rels(),
                        event_rows,
                    )
                    journal.commit()
                except BaseException:
                    journal.rollback()
                    raise
            # Note: no data_version reset here; another process may have committed
            # right after us, and the next read must still look.
            try:
                self._install(staged, seq)
            except Exception:  # pragma: no cover - a bug; the database is right, rebuild
                log.exception("cache update failed after commit; reloading from the database")
                self._mem = MemGraph(self._journal.store_id)
                self._catch_up()
            events = tuple(
                Event(s, EventKind(kind), subject, at, dict(payload))
                for s, (kind, subject, payload) in zip(seqs, batch.events, strict=True)
            )
            if self._unsnapshotted >= SNAPSHOT_EVERY:
                self._snapshot_quietly()
            return staged.result(events)

    def _install(self, staged: _Staging, seq: int) -> None:
        """Make a committed batch visible in the cache."""
        mem = self._mem
        for node_id in staged.dead_nodes():
            mem.drop_node(node_id)
        for rel_id in staged.dead_rels():
            mem.drop_rel(rel_id)
        for node_id, node in staged.nodes.items():
            if node is not None and node_id in staged.changed:
                mem.put_node(node_id, node.label, node.properties)
        for rel_id, rel in staged.rels.items():
            if rel is not None and rel_id in staged.changed:
                mem.put_rel(rel_id, rel.type, rel.source, rel.target, rel.properties)
        mem.seq = seq
        self._unsnapshotted += staged.row_count()

    def _snapshot_quietly(self) -> None:
        try:
            self.write_snapshot()
        except StoreError as exc:  # the commit is safe; only the next open is slower
            log.warning("could not write snapshot: %s", exc)

    # ------------------------------------------------------------- reads

    def get_nodes(self, ids: Sequence[str]) -> list[Node | None]:
        with self._lock:
            self._refresh()
            nodes = self._mem.nodes
            return [make_node(i, nodes[i]) if i in nodes else None for i in ids]

    def get_relationships(self, ids: Sequence[str]) -> list[Relationship | None]:
        with self._lock:
            self._refresh()
            rels = self._mem.rels
            return [make_rel(i, rels[i]) if i in rels else None for i in ids]

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
        label = None if label is None else Label(label)
        offset = max(0, offset)
        end = None if limit is None else offset + max(0, limit)
        with self._lock:
            self._refresh()
            mem = self._mem
            ids = mem.select(label, where, text, prefix)
            if order_by is not None:
                ids = _ordered(ids, mem, order_by, descending)
            if hasattr(ids, "islice"):  # a SortedSet: paginate without copying
                page = list(ids.islice(offset, end))
            else:
                page = list(ids[offset:end])
            return [make_node(i, mem.nodes[i]) for i in page]

    def count(
        self,
        label: Label | None = None,
        where: Mapping[str, WhereValue] | None = None,
        *,
        text: str | None = None,
        prefix: str | None = None,
    ) -> int:
        label = None if label is None else Label(label)
        with self._lock:
            self._refresh()
            return len(self._mem.select(label, where, text, prefix))

    def relationships_of(
        self,
        node_ids: Sequence[str],
        types: Sequence[RelType] | None = None,
        direction: Direction = "both",
    ) -> list[Relationship]:
        if direction not in ("out", "in", "both"):
            raise ValueError(f"direction must be 'out', 'in' or 'both', got {direction!r}")
        with self._lock:
            self._refresh()
            mem = self._mem
            found = sorted(mem.rel_ids_of(node_ids, types, direction))
            return [make_rel(r, mem.rels[r]) for r in found]

    def iter_all(self) -> Iterator[Node | Relationship]:
        with self._lock:
            self._refresh()
            nodes = [(i, self._mem.nodes[i]) for i in self._mem.all_ids]
            rels = sorted(self._mem.rels.items())
        for node_id, rec in nodes:
            yield make_node(node_id, rec)
        for rel_id, rrec in rels:
            yield make_rel(rel_id, rrec)

    # ------------------------------------------------------------- events

    def events_after(self, seq: int, limit: int = 100) -> list[Event]:
        with self._lock:
            if self._closed:
                raise StoreError(f"embedded store {self.directory}: the store is closed")
            with store_errors(self.directory):
                rows = self._journal.events_after(seq, limit)
        return [
            Event(s, EventKind(kind), subject, at, loads(payload))
            for s, kind, subject, at, payload in rows
        ]

    def last_event_seq(self) -> int:
        with self._lock:
            if self._closed:
                raise StoreError(f"embedded store {self.directory}: the store is closed")
            with store_errors(self.directory):
                return self._journal.last_event_seq()

    # ------------------------------------------------------------- misc

    def stats(self) -> dict[str, int]:
        with self._lock:
            self._refresh()
            return self._mem.stats()

    def close(self) -> None:
        with self._lock:
            if self._closed:
                return
            try:
                if self._unsnapshotted >= SNAPSHOT_ON_CLOSE:
                    self._snapshot_quietly()
            finally:
                self._closed = True
                self._journal.close()


def _ordered(ids: Any, mem: MemGraph, key: str, descending: bool) -> list[str]:
    """``ids`` (in id order) sorted by property ``key``; nodes lacking it last, by id."""
    nodes = mem.nodes
    present = [(nodes[i][1].get(key), i) for i in ids]
    missing = [i for v, i in present if v is None]
    present = [(v, i) for v, i in present if v is not None]
    try:
        present.sort(key=lambda p: p[0], reverse=descending)  # stable: ties stay in id order
    except TypeError:  # mixed types: group by type name, then value
        present.sort(key=lambda p: (type(p[0]).__name__, repr(p[0])), reverse=descending)
    return [i for _, i in present] + missing


class _Staging:
    """One batch resolved against the current graph, before anything is written.

    Holds the final state of every touched id (``None`` = deleted) and the
    counts for the :class:`WriteResult`.  Nothing here touches the cache.
    """

    def __init__(self, mem: MemGraph, batch: GraphBatch) -> None:
        self.mem = mem
        self.nodes: dict[str, Node | None] = {}
        self.rels: dict[str, Relationship | None] = {}
        self.changed: set[str] = set()  # ids whose stored row must be (re)written
        self.created_nodes = self.updated_nodes = 0
        self.created_rels = self.updated_rels = 0
        self.deleted = 0
        for node in batch.nodes:
            self._upsert_node(node, batch.replace)
        for rel in batch.relationships:
            self._upsert_rel(rel, batch.replace)
        for rel_id in batch.delete_relationships:
            if self._rel(rel_id) is not None:
                self.rels[rel_id] = None
                self.deleted += 1
        for node_id in batch.delete_nodes:
            self._delete_node(node_id)

    def _node(self, node_id: str) -> Node | None:
        if node_id in self.nodes:
            return self.nodes[node_id]
        rec = self.mem.nodes.get(node_id)
        return None if rec is None else _shared_node(node_id, rec)

    def _rel(self, rel_id: str) -> Relationship | None:
        if rel_id in self.rels:
            return self.rels[rel_id]
        rec = self.mem.rels.get(rel_id)
        return None if rec is None else _shared_rel(rel_id, rec)

    def _upsert_node(self, node: Node, replace: bool) -> None:
        old = self._node(node.id)
        incoming = copy_props(node.properties)  # the caller may reuse its lists
        if old is None:
            self.created_nodes += 1
            props = incoming
        else:
            self.updated_nodes += 1
            props = incoming if replace else merge_properties(old.properties, incoming)
        new = _shared_node(node.id, (node.label, props))
        self.nodes[node.id] = new
        if old is None or old.label != new.label or old.properties != props:
            self.changed.add(node.id)

    def _upsert_rel(self, rel: Relationship, replace: bool) -> None:
        for end in (rel.source, rel.target):
            if self._node(end) is None:
                raise ModelError(
                    f"relationship {rel.id}: endpoint {end!r} is neither in the store "
                    "nor in the batch"
                )
        old = self._rel(rel.id)
        incoming = copy_props(rel.properties)
        if old is None:
            self.created_rels += 1
            props = incoming
        else:
            self.updated_rels += 1
            props = incoming if replace else merge_properties(old.properties, incoming)
        new = _shared_rel(rel.id, (rel.type, rel.source, rel.target, props))
        self.rels[rel.id] = new
        if old is None or (old.type, old.source, old.target, old.properties) != (
            new.type,
            new.source,
            new.target,
            props,
        ):
            self.changed.add(rel.id)

    def _delete_node(self, node_id: str) -> None:
        if self._node(node_id) is None:
            return
        self.nodes[node_id] = None
        self.deleted += 1
        touching = set(self.mem.rel_ids_of([node_id], None, "both"))
        touching.update(
            r
            for r, rel in self.rels.items()
            if rel is not None and node_id in (rel.source, rel.target)
        )
        for rel_id in sorted(touching):
            if self._rel(rel_id) is not None:
                self.rels[rel_id] = None
                self.deleted += 1

    # -- what to write

    def node_rows(self) -> list[_journal.NodeRow]:
        return [
            (i, n.label.value, dumps(n.properties))
            for i, n in self.nodes.items()
            if n is not None and i in self.changed
        ]

    def rel_rows(self) -> list[_journal.RelRow]:
        return [
            (i, r.type.value, r.source, r.target, dumps(r.properties))
            for i, r in self.rels.items()
            if r is not None and i in self.changed
        ]

    def dead_nodes(self) -> list[str]:
        return [i for i, n in self.nodes.items() if n is None and i in self.mem.nodes]

    def dead_rels(self) -> list[str]:
        return [i for i, r in self.rels.items() if r is None and i in self.mem.rels]

    def row_count(self) -> int:
        return len(self.changed) + len(self.dead_nodes()) + len(self.dead_rels())

    def result(self, events: tuple[Event, ...]) -> WriteResult:
        return WriteResult(
            nodes_created=self.created_nodes,
            nodes_updated=self.updated_nodes,
            relationships_created=self.created_rels,
            relationships_updated=self.updated_rels,
            deleted=self.deleted,
            events=events,
        )


def _shared_node(node_id: str, rec: tuple[Label, dict[str, Any]]) -> Node:
    """A Node sharing ``rec``'s property dict (staging only reads it, never mutates)."""
    node = object.__new__(Node)
    object.__setattr__(node, "id", node_id)
    object.__setattr__(node, "label", rec[0])
    object.__setattr__(node, "properties", rec[1])
    return node


def _shared_rel(rel_id: str, rec: tuple[RelType, str, str, dict[str, Any]]) -> Relationship:
    rel = object.__new__(Relationship)
    object.__setattr__(rel, "id", rel_id)
    object.__setattr__(rel, "type", rec[0])
    object.__setattr__(rel, "source", rec[1])
    object.__setattr__(rel, "target", rec[2])
    object.__setattr__(rel, "properties", rec[3])
    return rel
