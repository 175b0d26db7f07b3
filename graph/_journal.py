"""The embedded store's durable log: one SQLite database in the data directory.

SQLite is the source of truth; the in-memory graph (:mod:`graph._memgraph`)
is a cache of it.  Every committed transaction gets the next value of a global
change counter (``meta.change``) and stamps every row it writes with it, so a
process that has seen changes up to ``n`` catches up with
``SELECT ... WHERE seq > n`` instead of re-reading everything.  Deleted ids
leave a tombstone row carrying the seq of their deletion, so deletions reach
other processes the same way.  Invariant: an id is either in ``nodes``/``rels``
or in ``tombstones``, never both.  Tombstones are never pruned: deletes are
rare (curation), and pruning would need to know how far every reader is.

Durability: WAL journal with ``synchronous=FULL`` (the WAL is fsynced at every
commit), so a commit that returned survives ``kill -9`` and power loss, and a
transaction that did not commit is rolled back by SQLite on the next open.

Concurrency: ``BEGIN IMMEDIATE`` takes SQLite's single writer lock for one
transaction only (other writers wait up to the busy timeout); WAL readers are
never blocked by the writer.
"""

from __future__ import annotations

import json
import os
import sqlite3
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from graph import _sqlquery
from graph.store import StoreError, StoreUnavailable

DB_NAME = "claimgraph.sqlite3"
SCHEMA_VERSION = 1

# How long a writer waits for another process's transaction to finish.
BUSY_TIMEOUT_S = float(os.environ.get("CLAIMGRAPH_LOCK_TIMEOUT", "60"))

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS nodes (
    id TEXT PRIMARY KEY, label TEXT NOT NULL, props TEXT NOT NULL, seq INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS nodes_seq ON nodes(seq);
CREATE TABLE IF NOT EXISTS rels (
    id TEXT PRIMARY KEY, type TEXT NOT NULL, src TEXT NOT NULL, dst TEXT NOT NULL,
    props TEXT NOT NULL, seq INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS rels_seq ON rels(seq);
CREATE INDEX IF NOT EXISTS rels_src ON rels(src, type);
CREATE INDEX IF NOT EXISTS rels_dst ON rels(dst, type);
CREATE INDEX IF NOT EXISTS nodes_label ON nodes(label, id);
CREATE INDEX IF NOT EXISTS rels_type ON rels(type);
CREATE TABLE IF NOT EXISTS tombstones (
    kind TEXT NOT NULL, id TEXT NOT NULL, seq INTEGER NOT NULL, PRIMARY KEY (kind, id));
CREATE INDEX IF NOT EXISTS tombstones_seq ON tombstones(seq);
CREATE TABLE IF NOT EXISTS events (
    seq INTEGER PRIMARY KEY, kind TEXT NOT NULL, subject TEXT NOT NULL, at TEXT NOT NULL,
    payload TEXT NOT NULL);
"""

# Ids per "IN (...)" query: well under SQLite's bound-parameter limit.
_CHUNK = 500

NodeRow = tuple[str, str, str]  # id, label, props JSON
RelRow = tuple[str, str, str, str, str]  # id, type, src, dst, props JSON


_encode = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False).encode


def dumps(props: dict[str, Any]) -> str:
    """Properties as compact JSON (the on-disk form)."""
    return _encode(props)


loads = json.loads


@dataclass(slots=True)
class Changes:
    """Rows committed after some change counter value, up to ``seq``."""

    seq: int
    nodes: list[NodeRow]
    rels: list[RelRow]
    dead_nodes: list[str]
    dead_rels: list[str]

    def __len__(self) -> int:
        return len(self.nodes) + len(self.rels) + len(self.dead_nodes) + len(self.dead_rels)


def describe(path: str, exc: BaseException) -> StoreError:
    """Turn a sqlite/OS error into a one-line :class:`StoreError`."""
    msg = str(exc) or type(exc).__name__
    low = msg.lower()
    if "locked" in low or "busy" in low:
        return StoreUnavailable(
            f"embedded store {path}: busy, another process held the write lock too long ({msg})"
        )
    if "readonly" in low or "read-only" in low or isinstance(exc, PermissionError):
        return StoreError(f"embedded store {path}: directory or files are read-only ({msg})")
    if "disk is full" in low or "no space" in low:
        return StoreError(f"embedded store {path}: disk is full ({msg})")
    if "disk i/o error" in low:
        return StoreError(f"embedded store {path}: disk I/O error: is the disk full or failing?")
    if "not a database" in low or "malformed" in low or "corrupt" in low:
        return StoreError(f"embedded store {path}: database file is corrupt ({msg})")
    if "unable to open" in low:
        return StoreError(f"embedded store {path}: cannot open the database file ({msg})")
    return StoreError(f"embedded store {path}: {msg}")


@contextmanager
def store_errors(path: str) -> Iterator[None]:
    """Re-raise sqlite and OS errors as :class:`StoreError` (one clear line)."""
    try:
        yield
    except StoreError:
        raise
    except (sqlite3.Error, OSError) as exc:
        raise describe(path, exc) from exc


class Journal:
    """The SQLite database of one store directory."""

    def __init__(self, directory: str, lock_timeout: float | None = None) -> None:
        self.directory = directory
        self.path = os.path.join(directory, DB_NAME)
        with store_errors(directory):
            os.makedirs(directory, exist_ok=True)
            if not os.path.isdir(directory):
                raise StoreError(f"embedded store {directory}: not a directory")
            if not os.access(directory, os.W_OK):
                # WAL mode needs to create the -wal and -shm files even to read
                raise StoreError(f"embedded store {directory}: the directory is not writable")
            self.db = sqlite3.connect(
                self.path,
                timeout=BUSY_TIMEOUT_S if lock_timeout is None else lock_timeout,
                isolation_level=None,  # we issue BEGIN/COMMIT ourselves
                check_same_thread=False,  # EmbeddedStore serialises use with a lock
            )
            _sqlquery.register_functions(self.db)
            try:
                self._setup()
            except BaseException:
                self.db.close()
                raise

    def _setup(self) -> None:
        db = self.db
        mode = db.execute("PRAGMA journal_mode=WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise StoreError(f"embedded store {self.directory}: cannot use WAL mode (got {mode})")
        db.execute("PRAGMA synchronous=FULL")
        exists = db.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'"
        ).fetchone()
        if not exists:
            self._create()
        schema = int(self.meta("schema"))
        if schema != SCHEMA_VERSION:
            raise StoreError(
                f"embedded store {self.directory}: schema version {schema} is not supported "
                f"(this claimgraph reads version {SCHEMA_VERSION})"
            )
        self.store_id = self.meta("store_id")
        self._data_version = -1

    def _create(self) -> None:
        """Create the tables (idempotent: two processes may race to do it)."""
        db = self.db
        db.execute("BEGIN IMMEDIATE")
        try:
            for stmt in filter(None, (s.strip() for s in _SCHEMA.split(";"))):
                db.execute(stmt)
            db.execute("INSERT OR IGNORE INTO meta VALUES ('change', '0')")
            db.execute("INSERT OR IGNORE INTO meta VALUES ('store_id', ?)", (uuid.uuid4().hex,))
            db.execute("INSERT OR IGNORE INTO meta VALUES ('schema', ?)", (str(SCHEMA_VERSION),))
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    # ------------------------------------------------------------- reading

    def meta(self, key: str) -> str:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        if row is None:
            raise StoreError(f"embedded store {self.directory}: meta key {key!r} is missing")
        return row[0]

    def maybe_changed(self) -> bool:
        """Cheap test: may another connection have committed since the last call?"""
        version = self.db.execute("PRAGMA data_version").fetchone()[0]
        changed = version != self._data_version
        self._data_version = version
        return changed

    def change_counter(self) -> int:
        return int(self.meta("change"))

    def changes_since(self, seq: int) -> Changes:
        """Every row written after ``seq``, read in one consistent snapshot."""
        db = self.db
        own = not db.in_transaction
        if own:
            db.execute("BEGIN")
        try:
            top = self.change_counter()
            if top <= seq:
                return Changes(top, [], [], [], [])
            # from scratch, a table scan beats walking the seq index
            newer = "WHERE seq > ?" if seq > 0 else "WHERE ? IS NOT NULL"
            nodes = db.execute(f"SELECT id, label, props FROM nodes {newer}", (seq,)).fetchall()
            rels = db.execute(
                f"SELECT id, type, src, dst, props FROM rels {newer}", (seq,)
            ).fetchall()
            dead = db.execute("SELECT kind, id FROM tombstones WHERE seq > ?", (seq,)).fetchall()
        finally:
            if own:
                db.execute("COMMIT")
        return Changes(
            top,
            nodes,
            rels,
            [i for k, i in dead if k == "n"],
            [i for k, i in dead if k == "r"],
        )

    def _in_chunks(self, sql: str, keys: list[str], *extra: Any) -> list[tuple]:
        """Run ``sql`` (with ``{marks}`` for an IN list) over ``keys`` in chunks."""
        rows: list[tuple] = []
        for start in range(0, len(keys), _CHUNK):
            chunk = keys[start : start + _CHUNK]
            marks = ",".join("?" * len(chunk))
            rows += self.db.execute(sql.format(marks=marks), (*chunk, *extra)).fetchall()
        return rows

    def nodes_by_id(self, ids: Iterable[str]) -> dict[str, tuple[str, str]]:
        """id -> (label, props JSON) of the stored nodes among ``ids``."""
        keys = list(dict.fromkeys(ids))
        rows = self._in_chunks("SELECT id, label, props FROM nodes WHERE id IN ({marks})", keys)
        return {i: (label, props) for i, label, props in rows}

    def rels_by_id(self, ids: Iterable[str]) -> dict[str, tuple[str, str, str, str]]:
        """id -> (type, src, dst, props JSON) of the stored relationships among ``ids``."""
        keys = list(dict.fromkeys(ids))
        rows = self._in_chunks(
            "SELECT id, type, src, dst, props FROM rels WHERE id IN ({marks})", keys
        )
        return {i: (t, a, b, p) for i, t, a, b, p in rows}

    def rels_touching(
        self, node_ids: Iterable[str], types: Iterable[str] | None = None, direction: str = "both"
    ) -> dict[str, tuple[str, str, str, str]]:
        """id -> (type, src, dst, props JSON) of relationships touching ``node_ids``."""
        keys = list(dict.fromkeys(node_ids))
        wanted = None if types is None else list(dict.fromkeys(str(t) for t in types))
        if wanted == []:
            return {}
        type_filter = "" if wanted is None else f" AND type IN ({','.join('?' * len(wanted))})"
        extra = () if wanted is None else tuple(wanted)
        rows: list[tuple] = []
        for end in ("src", "dst"):
            if direction == "both" or (direction == "out") == (end == "src"):
                rows += self._in_chunks(
                    f"SELECT id, type, src, dst, props FROM rels "
                    f"WHERE {end} IN ({{marks}}){type_filter}",
                    keys,
                    *extra,
                )
        return {i: (t, a, b, p) for i, t, a, b, p in rows}

    def iter_rows(self) -> Iterator[tuple[str, ...]]:
        """Every node row, then every relationship row, each by id, as one snapshot.

        Uses a connection of its own, so that the long read transaction does not
        hold up this store's other work (and writers are never blocked by it).
        """
        db = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
        try:
            db.execute("BEGIN")
            for sql in (
                "SELECT id, label, props FROM nodes ORDER BY id",
                "SELECT id, type, src, dst, props FROM rels ORDER BY id",
            ):
                cursor = db.execute(sql)
                while rows := cursor.fetchmany(1000):
                    yield from rows
            db.execute("COMMIT")
        finally:
            db.close()

    def query(self, sql: str, params: list[Any]) -> list[tuple]:
        """Rows of one read query (from :mod:`graph._sqlquery`)."""
        return self.db.execute(sql, params).fetchall()

    def counts(self) -> dict[str, int]:
        """Node counts per label and relationship counts per type (index scans)."""
        out = dict(self.db.execute("SELECT label, COUNT(*) FROM nodes GROUP BY label").fetchall())
        out.update(self.db.execute("SELECT type, COUNT(*) FROM rels GROUP BY type").fetchall())
        return out

    def events_after(self, seq: int, limit: int) -> list[tuple[int, str, str, str, str]]:
        return self.db.execute(
            "SELECT seq, kind, subject, at, payload FROM events WHERE seq > ? ORDER BY seq LIMIT ?",
            (seq, limit),
        ).fetchall()

    def last_event_seq(self) -> int:
        row = self.db.execute("SELECT MAX(seq) FROM events").fetchone()
        return int(row[0] or 0)

    # ------------------------------------------------------------- writing

    def begin_write(self) -> None:
        """Take the cross-process write lock (``BEGIN IMMEDIATE``)."""
        self.db.execute("BEGIN IMMEDIATE")

    def commit(self) -> None:
        self.db.execute("COMMIT")

    def rollback(self) -> None:
        if self.db.in_transaction:
            self.db.execute("ROLLBACK")

    def write(
        self,
        seq: int,
        nodes: Iterable[NodeRow],
        rels: Iterable[RelRow],
        dead_nodes: Iterable[str],
        dead_rels: Iterable[str],
        events: Iterable[tuple[str, str, str, str]],
    ) -> list[int]:
        """Write one transaction's rows stamped with change ``seq``; returns event seqs.

        Must be called between :meth:`begin_write` and :meth:`commit`.
        """
        db = self.db
        nodes = list(nodes)
        rels = list(rels)
        dead_nodes = list(dead_nodes)
        dead_rels = list(dead_rels)
        db.executemany(
            "INSERT INTO nodes (id, label, props, seq) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET label = excluded.label, props = excluded.props, "
            "seq = excluded.seq",
            [(*row, seq) for row in nodes],
        )
        db.executemany(
            "DELETE FROM tombstones WHERE kind = 'n' AND id = ?", [(row[0],) for row in nodes]
        )
        db.executemany(
            "INSERT INTO rels (id, type, src, dst, props, seq) VALUES (?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET type = excluded.type, src = excluded.src, "
            "dst = excluded.dst, props = excluded.props, seq = excluded.seq",
            [(*row, seq) for row in rels],
        )
        db.executemany(
            "DELETE FROM tombstones WHERE kind = 'r' AND id = ?", [(row[0],) for row in rels]
        )
        db.executemany("DELETE FROM nodes WHERE id = ?", [(i,) for i in dead_nodes])
        db.executemany("DELETE FROM rels WHERE id = ?", [(i,) for i in dead_rels])
        db.executemany(
            "INSERT OR REPLACE INTO tombstones (kind, id, seq) VALUES (?, ?, ?)",
            [("n", i, seq) for i in dead_nodes] + [("r", i, seq) for i in dead_rels],
        )
        db.execute("UPDATE meta SET value = ? WHERE key = 'change'", (str(seq),))
        first = self.last_event_seq() + 1
        rows = [(first + n, *ev) for n, ev in enumerate(events)]
        db.executemany(
            "INSERT INTO events (seq, kind, subject, at, payload) VALUES (?, ?, ?, ?, ?)", rows
        )
        return [r[0] for r in rows]

    def close(self) -> None:
        self.db.close()
