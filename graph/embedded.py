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
``apply`` reads the records it merges with from SQLite inside its transaction,
so a merge always builds on every other process's committed writes.

*Query engines*: the whole graph in memory (:mod:`graph._memgraph`:
records, adjacency sets, label, name, word and value indexes), loaded by
``preload=True`` / :meth:`EmbeddedStore.load_graph` (an API server), or once
``find``/``count`` have spent :data:`SQL_QUERY_BUDGET_S` seconds in SQLite.
Until then every read goes to SQLite: point reads by primary key,
``relationships_of`` by the src/dst indexes, ``iter_all`` as a stream, and
``find``/``count`` as one JSON query (:mod:`graph._sqlquery`, same meaning).
So a ``claimgraph ingest`` run opens in a millisecond however big the store.

*Freshness*: every committed transaction stamps its rows with the next value
of a global change counter; before each read of the loaded graph the store
asks SQLite whether anything was committed (``PRAGMA data_version``, then the
counter) and, if so, applies only the rows with a newer stamp.  Readers never
take the write lock, and WAL readers are never blocked by a writer.

*Fast load*: a snapshot (``graph.snapshot``: the in-memory graph and the
counter it covers, written to a temporary file, fsynced and renamed) is
loaded first, then only the newer rows are replayed.  A snapshot is written
when a loaded store closes or after many changes, never on every apply.  It
is data, not code (:mod:`graph._snapshot`: versioned, checksummed
MessagePack): a snapshot of another format version, of another database,
truncated or altered is refused with one log line and the graph is read
from the database instead, which only costs time; so is a missing one.
Backups: copy the directory while no process writes, or use SQLite's backup;
a snapshot restored with a different ``claimgraph.sqlite3`` is refused.

*Hub pages*: :meth:`EmbeddedStore.neighbours_page` / ``reachable_page``
keep, per node with many relationships and kind of page asked, its
neighbours in date order (:mod:`graph._neighbours`), built on first use and
updated by every later write.  The kinds of page asked (not the nodes) are
remembered in ``neighbour-specs.json``; :meth:`EmbeddedStore.warm_up` builds
them for the ``CLAIMGRAPH_WARM_ANCHORS`` (default 32) nodes with the most
relationships, so a restarted server's first hub page does not pay the build.

Configuration: ``CLAIMGRAPH_LOCK_TIMEOUT`` (seconds a writer waits for the
lock, default 60), ``CLAIMGRAPH_SNAPSHOT_EVERY`` (changed rows between
snapshots, default 50000, or a quarter of the graph if that is more) and
``CLAIMGRAPH_WARM_ANCHORS``.
"""

from __future__ import annotations

import contextlib
import gc
import heapq
import json
import logging
import os
import sqlite3
import threading
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

from graph import _journal, _neighbours, _snapshot, _sqlquery
from graph._journal import Journal, dumps, loads, store_errors
from graph._memgraph import LABELS, REL_TYPES, MemGraph, copy_props, make_node, make_rel
from graph.captions import with_caption
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

SNAPSHOT_NAME = "graph.snapshot"
# Earlier versions' load snapshots were ``snapshot.<format>`` files in a format
# that could run code when loaded: never opened, only removed (with a log line).
LEGACY_SNAPSHOT_PREFIX = "snapshot."
SNAPSHOT_EVERY = int(os.environ.get("CLAIMGRAPH_SNAPSHOT_EVERY", "50000"))
# Changed rows that make it worth writing a snapshot when a loaded store closes.
SNAPSHOT_ON_CLOSE = max(1, SNAPSHOT_EVERY // 10)
# Seconds of find/count answered by scanning SQLite after which loading the
# graph (and its indexes) pays off: a long ingest run switches, a short one never.
SQL_QUERY_BUDGET_S = 2.0
SPECS_NAME = "neighbour-specs.json"
# Nodes (most relationships first) whose remembered kinds of page warm_up prepares.
WARM_ANCHORS = int(os.environ.get("CLAIMGRAPH_WARM_ANCHORS", "32"))
MAX_REMEMBERED_SPECS = 16  # a bound: kinds of page come from code, not from users

NodeRec = tuple[Label, dict[str, Any]]
RelRec = tuple[RelType, str, str, dict[str, Any]]  # staged: properties parsed


class EmbeddedStore(GraphStore):
    """A :class:`GraphStore` in a local directory (created if missing).

    ``preload=True`` loads the in-memory graph at once (an API server wants
    its first query fast); otherwise it is loaded on first need.
    ``lock_timeout``: seconds a write waits for another process's transaction
    before :class:`graph.store.StoreUnavailable` (default
    ``CLAIMGRAPH_LOCK_TIMEOUT`` or 60).
    """

    kind = "embedded"

    def __init__(
        self,
        directory: str | os.PathLike[str] = "./claimgraph-data",
        *,
        preload: bool = False,
        lock_timeout: float | None = None,
    ) -> None:
        self.directory = os.fspath(directory)
        self._lock = threading.RLock()  # one thread at a time uses the connection and cache
        self._journal = Journal(self.directory, lock_timeout)
        self._closed = False
        self._mem: MemGraph | None = None
        #: the change counter covered by the snapshot the graph was loaded from (0: none)
        self.snapshot_seq = 0
        self._unsnapshotted = 0  # rows a load would replay after the newest snapshot
        self._sql_seconds = 0.0  # spent answering find/count in SQLite (graph not loaded)
        self._specs: set[_neighbours.Spec] | None = None  # kinds of page asked (read lazily)
        if preload:
            try:
                self.load_graph()
            except BaseException:
                self._journal.close()
                raise

    # ------------------------------------------------------------- the loaded graph

    def load_graph(self) -> None:
        """Load the in-memory graph now rather than at the first query."""
        with self._lock:
            self._graph()

    def warm_up(self) -> None:
        """A server answers queries from the in-memory graph: load it before the first one,
        and order the biggest nodes' neighbours for the kinds of page asked before."""
        with self._lock:
            mem = self._graph()
            specs = sorted(self._remembered_specs(), key=repr)
            if not specs or WARM_ANCHORS <= 0:
                return
            started = time.perf_counter()

            def degree(node_id: str) -> int:
                return len(mem.out_rels.get(node_id, ())) + len(mem.in_rels.get(node_id, ()))

            anchors = heapq.nlargest(
                WARM_ANCHORS, mem.out_rels.keys() | mem.in_rels.keys(), key=degree
            )
            for anchor in anchors:
                for paths, keys, label in specs:
                    mem.reachable_page(anchor, paths, keys, label, 0, 0)
            log.info(
                "ordered the neighbours of %d nodes for %d kinds of page in %.1f s",
                len(anchors),
                len(specs),
                time.perf_counter() - started,
            )

    def _remembered_specs(self) -> set[_neighbours.Spec]:
        if self._specs is None:
            self._specs = set()
            try:
                with open(os.path.join(self.directory, SPECS_NAME), encoding="utf-8") as f:
                    for raw in json.load(f)[:MAX_REMEMBERED_SPECS]:
                        paths = _neighbours.check_spec(raw["paths"])
                        label = raw["label"]
                        self._specs.add((paths, tuple(raw["orderKeys"]), label))
            except FileNotFoundError:
                pass
            except (OSError, ValueError, KeyError, TypeError) as exc:  # only warm-up suffers
                log.warning("ignoring %s: %s", SPECS_NAME, exc)
        return self._specs

    def _remember_spec(self, spec: _neighbours.Spec) -> None:
        """Note a kind of page for the next warm-up (best effort: it only saves time)."""
        specs = self._remembered_specs()
        if spec in specs or len(specs) >= MAX_REMEMBERED_SPECS:
            return
        specs.add(spec)
        rows = [
            {"paths": [list(map(list, p)) for p in paths], "orderKeys": list(keys), "label": label}
            for paths, keys, label in sorted(specs, key=repr)
        ]
        path = os.path.join(self.directory, SPECS_NAME)
        tmp = f"{path}.{os.getpid()}.{threading.get_ident()}.tmp"
        try:
            with open(tmp, "w", encoding="utf-8") as f:
                json.dump(rows, f, indent=1)
            os.replace(tmp, path)
        except OSError as exc:
            log.warning("could not write %s: %s", path, exc)
            with contextlib.suppress(OSError):
                os.unlink(tmp)

    @property
    def graph_loaded(self) -> bool:
        return self._mem is not None

    def _check_open(self) -> None:
        if self._closed:
            raise StoreError(f"embedded store {self.directory}: the store is closed")

    def _graph(self) -> MemGraph:
        """The in-memory graph, loaded if needed and caught up with every commit."""
        self._check_open()
        with store_errors(self.directory):
            if self._mem is None:
                self._journal.maybe_changed()  # from here on, commits are noticed
                with _gc_paused():
                    mem = self._load_snapshot() or MemGraph(self._journal.store_id)
                    snapshot_seq = mem.seq
                    self._unsnapshotted = 0
                    try:
                        self._catch_up(mem)
                    except (sqlite3.Error, OSError, StoreError):
                        raise
                    except Exception as exc:
                        if not snapshot_seq:
                            raise
                        # a snapshot that does not fit this code: load without it
                        log.warning("ignoring snapshot %s: %r", self._snapshot_path, exc)
                        mem, snapshot_seq = MemGraph(self._journal.store_id), 0
                        self._unsnapshotted = 0
                        self._catch_up(mem)
                # only once complete: a load that failed half-way is redone next time
                self._mem, self.snapshot_seq = mem, snapshot_seq
                if self._unsnapshotted >= self._snapshot_threshold():
                    self._snapshot_quietly()
            elif self._journal.maybe_changed():
                self._catch_up(self._mem)
                if self._unsnapshotted >= self._snapshot_threshold():
                    self._snapshot_quietly()  # a reading server keeps the next start fast
            return self._mem

    def _catch_up(self, mem: MemGraph) -> None:
        """Apply every row committed (by anyone) after what ``mem`` has seen."""
        changes = self._journal.changes_since(mem.seq)
        if changes.seq <= mem.seq:
            return
        if mem.seq == 0 and not mem.nodes and not mem.rels:  # a load from scratch
            self._unsnapshotted += mem.bulk_load(changes.nodes, changes.rels)
            mem.seq = changes.seq
            return
        for node_id in changes.dead_nodes:
            mem.drop_node(node_id)
        for rel_id in changes.dead_rels:
            mem.drop_rel(rel_id)
        for node_id, label, props in changes.nodes:
            mem.put_node(node_id, LABELS[label], loads(props))
        for rel_id, rtype, src, dst, props in changes.rels:
            mem.put_rel(rel_id, REL_TYPES[rtype], src, dst, props)
        mem.seq = changes.seq
        self._unsnapshotted += len(changes)

    # ------------------------------------------------------------- snapshot

    @property
    def _snapshot_path(self) -> str:
        return os.path.join(self.directory, SNAPSHOT_NAME)

    def _snapshot_threshold(self) -> int:
        size = 0 if self._mem is None else len(self._mem.nodes) + len(self._mem.rels)
        return max(SNAPSHOT_EVERY, size // 4)

    def _load_snapshot(self) -> MemGraph | None:
        """The graph from the snapshot, or None (missing or refused: one log line)."""
        self._remove_legacy_snapshot()
        path = self._snapshot_path
        try:
            with open(path, "rb") as f:
                try:
                    return _snapshot.read(
                        f,
                        store_id=self._journal.store_id,
                        max_seq=self._journal.change_counter(),
                    )
                except _snapshot.SnapshotRejected as exc:
                    log.warning("not loading snapshot %s: %s; reading the database", path, exc)
                    self._remove_if_same(path, os.fstat(f.fileno()))
                    return None
        except FileNotFoundError:
            return None
        except OSError as exc:  # unreadable: only costs a full load
            log.warning("not loading snapshot %s: %s; reading the database", path, exc)
            return None

    def _remove_legacy_snapshot(self) -> None:
        with contextlib.suppress(OSError):
            for name in os.listdir(self.directory):
                if name.startswith(LEGACY_SNAPSHOT_PREFIX) and name.count(".") == 1:
                    legacy = os.path.join(self.directory, name)
                    os.unlink(legacy)
                    log.warning(
                        "removed %s: a snapshot of an earlier format (one that could run "
                        "code), never read; reading the database",
                        legacy,
                    )

    @staticmethod
    def _remove_if_same(path: str, refused: os.stat_result) -> None:
        """Delete a refused snapshot, unless another process has just replaced it."""
        with contextlib.suppress(OSError):
            now = os.stat(path)
            if (now.st_dev, now.st_ino) == (refused.st_dev, refused.st_ino):
                os.unlink(path)

    def write_snapshot(self) -> None:
        """Save the in-memory graph so the next load replays only newer changes."""
        with self._lock:
            self._check_open()
            # the graph as it is (consistent at mem.seq); no catch-up: that may
            # itself decide to write a snapshot
            mem = self._mem if self._mem is not None else self._graph()
            tmp = f"{self._snapshot_path}.{os.getpid()}.{threading.get_ident()}.tmp"
            with store_errors(self.directory):
                try:
                    with open(tmp, "wb") as f:
                        try:
                            _snapshot.write(f, mem)
                        except ValueError as exc:  # a value the format cannot hold
                            raise StoreError(f"cannot write snapshot: {exc}") from exc
                        f.flush()
                        os.fsync(f.fileno())
                    os.replace(tmp, self._snapshot_path)  # atomic: old or new, never half
                finally:
                    if os.path.exists(tmp):
                        os.unlink(tmp)
                dir_fd = os.open(self.directory, os.O_RDONLY)
                try:
                    os.fsync(dir_fd)  # make the rename itself durable
                finally:
                    os.close(dir_fd)
            self.snapshot_seq = mem.seq
            self._unsnapshotted = 0

    def _snapshot_quietly(self) -> None:
        try:
            self.write_snapshot()
        except StoreError as exc:  # the data is safe in SQLite; only loading is slower
            log.warning("could not write snapshot: %s", exc)

    # ------------------------------------------------------------- writes

    def apply(self, batch: GraphBatch) -> WriteResult:
        if batch.is_empty():
            return WriteResult()
        at = utc_now()
        event_rows = []
        for kind, subject, payload in batch.events:
            check_properties(payload)
            event_rows.append((EventKind(kind).value, subject, at, dumps(dict(payload))))
        with self._lock:
            self._check_open()
            mem = self._mem
            if mem is not None:
                self._graph()  # catch up before taking the write lock: keeps it short
            journal = self._journal
            with store_errors(self.directory):
                journal.begin_write()
                try:
                    if mem is not None:
                        self._catch_up(mem)  # commits that landed since: mem.seq == counter
                    seq = journal.change_counter() + 1
                    staged = _Staging(journal, batch)
                    if not staged.row_count() and not event_rows:
                        # nothing changes (a re-applied batch): leave the counter alone
                        # so that other processes have nothing to catch up on
                        journal.rollback()
                        return staged.result(())
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
            # No data_version reset here: another process may have committed right
            # after us, and the next read must still look.
            if mem is not None:
                try:
                    self._install(mem, staged, seq)
                except Exception:  # a bug; the database is right: load again
                    log.exception("cache update failed after commit; reloading the graph")
                    self._mem = None
                if self._unsnapshotted >= self._snapshot_threshold():
                    self._snapshot_quietly()
            events = tuple(
                Event(s, EventKind(kind), subject, at, dict(payload))
                for s, (kind, subject, payload) in zip(seqs, batch.events, strict=True)
            )
            return staged.result(events)

    def _install(self, mem: MemGraph, staged: _Staging, seq: int) -> None:
        """Make a committed batch visible in the loaded graph (at ``seq - 1`` until now)."""
        for node_id in staged.dead_nodes():
            mem.drop_node(node_id)
        for rel_id in staged.dead_rels():
            mem.drop_rel(rel_id)
        for node_id, rec in staged.nodes.items():
            if rec is not None and node_id in staged.changed_nodes:
                mem.put_node(node_id, *rec)
        for rel_id, rtype, src, dst, props_json in staged.rel_rows():
            mem.put_rel(rel_id, REL_TYPES[rtype], src, dst, props_json)
        mem.seq = seq
        self._unsnapshotted += staged.row_count()

    # ------------------------------------------------------------- reads

    def get_nodes(self, ids: Sequence[str]) -> list[Node | None]:
        with self._lock:
            if self._mem is not None:
                nodes = self._graph().nodes
                return [make_node(i, nodes[i]) if i in nodes else None for i in ids]
            self._check_open()
            with store_errors(self.directory):
                rows = self._journal.nodes_by_id(ids)
        return [
            _node(i, (LABELS[rows[i][0]], loads(rows[i][1]))) if i in rows else None for i in ids
        ]

    def get_relationships(self, ids: Sequence[str]) -> list[Relationship | None]:
        with self._lock:
            if self._mem is not None:
                rels = self._graph().rels
                return [make_rel(i, rels[i]) if i in rels else None for i in ids]
            self._check_open()
            with store_errors(self.directory):
                rows = self._journal.rels_by_id(ids)
        return [_rel(i, _rel_rec(rows[i])) if i in rows else None for i in ids]

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
            if self._mem is None and self._sql_seconds < SQL_QUERY_BUDGET_S:
                sql = _sqlquery.find_sql(
                    label, where, text, prefix, order_by, descending, limit, offset
                )
                rows = self._sql_query(sql)
                return [_node(i, (LABELS[lab], loads(props))) for i, lab, props in rows]
            mem = self._graph()
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
            if self._mem is None and self._sql_seconds < SQL_QUERY_BUDGET_S:
                return int(self._sql_query(_sqlquery.count_sql(label, where, text, prefix))[0][0])
            return len(self._graph().select(label, where, text, prefix))

    def _sql_query(self, query: tuple[str, list[Any]]) -> list[tuple]:
        """Run a find/count in SQLite, counting the time towards loading the graph."""
        self._check_open()
        start = time.perf_counter()
        try:
            with store_errors(self.directory):
                return self._journal.query(*query)
        finally:
            self._sql_seconds += time.perf_counter() - start

    def relationships_of(
        self,
        node_ids: Sequence[str],
        types: Sequence[RelType] | None = None,
        direction: Direction = "both",
    ) -> list[Relationship]:
        if direction not in ("out", "in", "both"):
            raise ValueError(f"direction must be 'out', 'in' or 'both', got {direction!r}")
        with self._lock:
            if self._mem is not None:
                mem = self._graph()
                found = sorted(mem.rel_ids_of(node_ids, types, direction))
                return [make_rel(r, mem.rels[r]) for r in found]
            self._check_open()
            with store_errors(self.directory):
                rows = self._journal.rels_touching(node_ids, types, direction)
        return [_rel(r, _rel_rec(rows[r])) for r in sorted(rows)]

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
        return self.reachable_page(
            node_id,
            [[(rel_type, direction)]],
            order_keys=order_keys,
            label=label,
            offset=offset,
            limit=limit,
            after=after,
        )

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
        """From the loaded graph's neighbour indexes (see :mod:`graph._neighbours`).

        Without a loaded graph (an ingest run), the generic walk over SQLite.
        """
        checked = _neighbours.check_spec(paths)
        keys = tuple(order_keys)
        label_name = None if label is None else str(label)
        with self._lock:
            if self._mem is not None:
                mem = self._graph()
                ids, total = mem.reachable_page(
                    node_id, checked, keys, label_name, max(0, offset), max(0, limit), after
                )
                if node_id in mem.neighbour_indexes:
                    self._remember_spec((checked, keys, label_name))
                return [make_node(i, mem.nodes[i]) for i in ids], total
        return super().reachable_page(
            node_id,
            paths,
            order_keys=order_keys,
            label=label,
            offset=offset,
            limit=limit,
            after=after,
        )

    def find_aliased(self, ids: Sequence[str], keys: Sequence[str]) -> list[Node]:
        """The generic walk, under the store lock once: the value indexes (or SQLite's)
        answer each list-membership filter, a local call, no round trip."""
        with self._lock:
            return super().find_aliased(ids, keys)

    def iter_all(self) -> Iterator[Node | Relationship]:
        """Every node, then every relationship, each in id order.

        Without a loaded graph the records stream from the database (constant
        memory, one consistent snapshot): exporting a big store loads nothing.
        """
        with self._lock:
            mem = self._graph() if self._mem is not None else None
            if mem is not None:
                nodes = [(i, mem.nodes[i]) for i in mem.all_ids]
                rels = sorted(mem.rels.items())
            else:
                self._check_open()
        if mem is None:
            with store_errors(self.directory):
                for row in self._journal.iter_rows():
                    if len(row) == 3:
                        yield _node(row[0], (LABELS[row[1]], loads(row[2])))
                    else:
                        yield _rel(row[0], (REL_TYPES[row[1]], row[2], row[3], loads(row[4])))
            return
        for node_id, rec in nodes:
            yield make_node(node_id, rec)
        for rel_id, rrec in rels:
            yield make_rel(rel_id, rrec)

    # ------------------------------------------------------------- events

    def events_after(self, seq: int, limit: int = 100) -> list[Event]:
        with self._lock:
            self._check_open()
            with store_errors(self.directory):
                rows = self._journal.events_after(seq, limit)
        return [
            Event(s, EventKind(kind), subject, at, loads(payload))
            for s, kind, subject, at, payload in rows
        ]

    def last_event_seq(self) -> int:
        with self._lock:
            self._check_open()
            with store_errors(self.directory):
                return self._journal.last_event_seq()

    # ------------------------------------------------------------- misc

    def stats(self) -> dict[str, int]:
        with self._lock:
            if self._mem is not None:
                return self._graph().stats()
            self._check_open()
            with store_errors(self.directory):
                return self._journal.counts()

    def close(self) -> None:
        with self._lock:
            if self._closed:
                return
            try:
                if self._mem is not None and self._unsnapshotted >= SNAPSHOT_ON_CLOSE:
                    self._snapshot_quietly()
            finally:
                self._closed = True
                self._journal.close()


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Keep the cyclic garbage collector off the millions of objects of a load.

    While loading, every allocation burst would trigger collections walking
    everything allocated so far (pausing makes a load about 3x faster).  After
    it, ``gc.freeze`` moves the loaded objects out of the collector's sight:
    otherwise the next collections walk them all, seconds at a million
    records, paid by whichever query comes next.  The graph holds no
    reference cycles, so reference counting alone frees what it drops.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()


def _rel_rec(row: tuple[str, str, str, str]) -> RelRec:
    return (REL_TYPES[row[0]], row[1], row[2], loads(row[3]))


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
    """One batch resolved against the stored records, before anything is written.

    Reads the records the batch touches from SQLite (inside the write
    transaction, so they are current), then holds the final state of every
    touched id (``None`` = deleted) and the counts for the :class:`WriteResult`.
    """

    def __init__(self, journal: Journal, batch: GraphBatch) -> None:
        endpoints = [end for r in batch.relationships for end in (r.source, r.target)]
        stored_nodes = journal.nodes_by_id(
            [n.id for n in batch.nodes] + endpoints + list(batch.delete_nodes)
        )
        self.stored_nodes: dict[str, NodeRec] = {
            i: (LABELS[label], loads(props)) for i, (label, props) in stored_nodes.items()
        }
        stored_rels = journal.rels_by_id(
            [r.id for r in batch.relationships] + list(batch.delete_relationships)
        )
        touching = journal.rels_touching(batch.delete_nodes) if batch.delete_nodes else {}
        self.stored_rels: dict[str, RelRec] = {
            i: _rel_rec(row) for i, row in {**stored_rels, **touching}.items()
        }
        self.touching: dict[str, list[str]] = {}
        for rel_id, (_, src, dst, _) in touching.items():
            self.touching.setdefault(src, []).append(rel_id)
            self.touching.setdefault(dst, []).append(rel_id)

        self.nodes: dict[str, NodeRec | None] = {}
        self.rels: dict[str, RelRec | None] = {}
        self.changed_nodes: set[str] = set()  # ids whose stored row must be (re)written
        self.changed_rels: set[str] = set()
        self._rel_rows: list[_journal.RelRow] | None = None
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

    def _node(self, node_id: str) -> NodeRec | None:
        if node_id in self.nodes:
            return self.nodes[node_id]
        return self.stored_nodes.get(node_id)

    def _rel(self, rel_id: str) -> RelRec | None:
        if rel_id in self.rels:
            return self.rels[rel_id]
        return self.stored_rels.get(rel_id)

    def _upsert_node(self, node: Node, replace: bool) -> None:
        old = self._node(node.id)
        incoming = copy_props(node.properties)  # the caller may reuse its lists
        if old is None:
            self.created_nodes += 1
            props = incoming
        else:
            self.updated_nodes += 1
            props = incoming if replace else merge_properties(old[1], incoming)
        new = (node.label, with_caption(node.label, props))
        self.nodes[node.id] = new
        if new != old:
            self.changed_nodes.add(node.id)

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
            props = incoming if replace else merge_properties(old[3], incoming)
        new = (rel.type, rel.source, rel.target, props)
        self.rels[rel.id] = new
        if new != old:
            self.changed_rels.add(rel.id)

    def _delete_node(self, node_id: str) -> None:
        if self._node(node_id) is None:
            return
        self.nodes[node_id] = None
        self.deleted += 1
        touching = set(self.touching.get(node_id, ()))
        touching.update(
            r for r, rec in self.rels.items() if rec is not None and node_id in (rec[1], rec[2])
        )
        for rel_id in sorted(touching):
            if self._rel(rel_id) is not None:
                self.rels[rel_id] = None
                self.deleted += 1

    # -- what to write

    def node_rows(self) -> list[_journal.NodeRow]:
        return [
            (i, rec[0].value, dumps(rec[1]))
            for i, rec in self.nodes.items()
            if rec is not None and i in self.changed_nodes
        ]

    def rel_rows(self) -> list[_journal.RelRow]:
        if self._rel_rows is None:  # computed once: written, then installed in memory
            self._rel_rows = [
                (i, rec[0].value, rec[1], rec[2], dumps(rec[3]))
                for i, rec in self.rels.items()
                if rec is not None and i in self.changed_rels
            ]
        return self._rel_rows

    def dead_nodes(self) -> list[str]:
        return [i for i, rec in self.nodes.items() if rec is None and i in self.stored_nodes]

    def dead_rels(self) -> list[str]:
        return [i for i, rec in self.rels.items() if rec is None and i in self.stored_rels]

    def row_count(self) -> int:
        return (
            len(self.changed_nodes)
            + len(self.changed_rels)
            + len(self.dead_nodes())
            + len(self.dead_rels())
        )

    def result(self, events: tuple[Event, ...]) -> WriteResult:
        return WriteResult(
            nodes_created=self.created_nodes,
            nodes_updated=self.updated_nodes,
            relationships_created=self.created_rels,
            relationships_updated=self.updated_rels,
            deleted=self.deleted,
            events=events,
        )


def _node(node_id: str, rec: NodeRec) -> Node:
    """A Node owning ``rec``'s freshly parsed properties (no copy needed)."""
    node = object.__new__(Node)
    object.__setattr__(node, "id", node_id)
    object.__setattr__(node, "label", rec[0])
    object.__setattr__(node, "properties", rec[1])
    return node


def _rel(rel_id: str, rec: RelRec) -> Relationship:
    rel = object.__new__(Relationship)
    object.__setattr__(rel, "id", rel_id)
    object.__setattr__(rel, "type", rec[0])
    object.__setattr__(rel, "source", rec[1])
    object.__setattr__(rel, "target", rec[2])
    object.__setattr__(rel, "properties", rec[3])
    return rel
