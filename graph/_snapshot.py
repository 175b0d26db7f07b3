"""The embedded store's load snapshot: the in-memory graph as data, never as code.

A snapshot saves :class:`graph._memgraph.MemGraph` (records and the indexes
that are costly to rebuild) so that the next load replays only newer rows
of the SQLite journal.  It is plain data: MessagePack values (strings,
numbers, lists, bytes) that a reader only decodes; nothing in the file
names a type, a function or a module, so opening a store directory made by
someone else can at worst cost a rebuild, never run anything.

Layout of the file::

    MAGIC                       b"CLAIMGRAPH-SNAPSHOT\\n"
    header length, header       4 bytes big-endian, then UTF-8 JSON:
                                {"format": 2, "indexes": ..., "storeId": ..., "seq": ...}
    body                        one MessagePack value per name in SECTIONS, in that order
    trailer                     8 bytes big-endian body length, then the
                                BLAKE3 digest (32 bytes) of everything before the trailer

:func:`read` checks, before it decodes a byte of the body, the magic, the
format version (newer and older are refused alike), the ``indexes`` stamp
(which code derived the stored indexes), the store id, the change counter
and the body length against the file size; it decodes while hashing and,
unless the digest matches, refuses the result before building anything
from it.  Any refusal is a :class:`SnapshotRejected` with a one-line reason;
the caller then loads from the journal.  BLAKE3, not SHA-256 (format 1):
as strong, and 3.5 times faster here, where the digest was a tenth of a load.

Why this shape: a load must be at least as fast as the pickle it replaced,
with no more memory.  A load makes millions of Python objects, and on a
virtual machine touching an object that is no longer in the cache costs
more than making one, so the format is laid out for the reader to make
each object once and touch it again as little, and as much in order, as
possible (measured: BENCHMARKS.md section 7):

- Every string that can recur (node ids, property values, names) is stored
  once, numbered in the order the writer first meets it, which is the
  order the reader first needs it, and referenced from uint32 arrays that
  numpy resolves with a pointer copy each.  Equal strings (and equal
  numbers: one ``confidence`` for every claim) become one object: less
  memory than the pickle, which kept whatever sharing the writing process
  had.  Relationship ids, used once each, are stored in place, and the
  adjacency maps refer to relationships by position.
- Node properties are stored column-wise per shape (label and keys), so each
  record's dict is built by C-level ``map``/``zip`` calls, never a Python
  loop per record.
- The ids of each label are also stored in id order (section ``labels``), so
  the sorted indexes are filled from sorted lists (:func:`_sorted_set`)
  instead of sorting a set of every id again.
- Relationships and adjacency sets are built in blocks of :data:`_BLOCK`:
  the ids a block resolves are still in the cache when its tuples, sets
  and dict entries are made.
- The body is decoded as a stream (``msgpack.Unpacker`` reading 1 MiB at a
  time, hashing each chunk as it goes): no copy of the file in memory.

The writer numbers strings with one dict lookup per reference
(:class:`_Numbering`), reads records in the graph's own order (the order
they were made in memory) and derives the adjacency maps from the
relationships' ends by a sort, so a snapshot costs about what the pickle
did; it packs on the calling thread while a second one writes and hashes.
"""

from __future__ import annotations

import hashlib
import json
import struct
import sys
from collections import Counter, defaultdict, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from itertools import chain, compress, count, islice, repeat
from operator import itemgetter
from pathlib import Path
from typing import IO, Any

import msgpack
import numpy as np
from blake3 import blake3
from sortedcontainers import SortedList, SortedSet

from graph import _memgraph
from graph._memgraph import LABELS, REL_TYPES, MemGraph
from graph.model import Label

MAGIC = b"CLAIMGRAPH-SNAPSHOT\n"
#: The file format this code writes and reads; any other is refused (and rewritten).
#: 1: SHA-256, ids unordered, every string numbered; 2: BLAKE3, each label's ids
#: also in order, relationship ids in place, numbers shared.
FORMAT = 2
#: Which code derived the stored indexes (names, words, texts): a change to
#: ``graph/_memgraph.py`` may change them, so its snapshots are refused.
INDEXES = hashlib.sha256(Path(_memgraph.__file__).read_bytes()).hexdigest()[:16]
SECTIONS = (
    "strings",
    "scalars",
    "nodes",
    "labels",
    "rels",
    "adjacency",
    "names",
    "words",
    "texts",
)
_TRAILER = struct.Struct(">Q32s")
_HEADER_LEN = struct.Struct(">I")
_MAX_HEADER = 1 << 16
_READ_CHUNK = 1 << 20
_BLOCK = 4096
_ZIP_MAX = 16
_SCALAR_TYPES = {int, float, bool, type(None)}
_VALUE_TYPES = {str, *_SCALAR_TYPES}


def checksum(data: bytes) -> bytes:
    """The trailer's digest of ``data``: BLAKE3, 256 bits."""
    return blake3(data).digest()


class SnapshotRejected(Exception):
    """A snapshot that must not be loaded; ``str(exc)`` says why, in one line."""


# How a node column is stored: references into the value table (strings, then
# the other scalars), or lists of such references (their lengths, then the items).
REFS, LISTS = 0, 1


# ---------------------------------------------------------------- writing


class _Numbering:
    """Numbers every string at its first use; other scalars get numbers after all strings.

    ``defaultdict(count().__next__)`` hands out the next number on a miss, so
    numbering values and getting their references is one C-level pass
    (``np.fromiter(map(...))``) with one dict for all strings: one lookup
    per reference.  Numbers, booleans and nulls are numbered too (each
    distinct value once: the same ``confidence`` in every claim becomes one
    object when loaded, not one per claim); as only the strings' count says
    where they go, their references are fixed up by :meth:`finish`.
    """

    def __init__(self) -> None:
        self.number: defaultdict[str, int] = defaultdict(count().__next__)
        self.scalars: dict[tuple[type, str], int] = {}
        self._scalar_values: list[Any] = []
        self._pending: list[tuple[list[Any], int, np.ndarray]] = []

    def refs(self, strings: Iterable[str], n: int) -> bytes:
        """References to ``n`` strings, as little-endian uint32 bytes."""
        return np.fromiter(map(self.number.__getitem__, strings), dtype="<u4", count=n).tobytes()

    def _scalar(self, value: Any) -> int:
        """``-1 - k`` for the ``k``-th scalar (1, 1.0 and True stay apart; so do 0.0 and -0.0)."""
        key = (type(value), repr(value))
        k = self.scalars.get(key)
        if k is None:
            k = self.scalars[key] = len(self._scalar_values)
            self._scalar_values.append(value)
        return -1 - k

    def values(self, values: list[Any], types: set[type], into: list[Any], at: int) -> None:
        """References to ``values`` (strings and scalars), stored at ``into[at]`` by :meth:`finish`.

        Strings mixed with other values (an optional ``claimant``: a name or
        null) are picked out with ``compress`` and numbered as a column of
        their own; the rest by :meth:`_scalar_refs`.  No Python loop per value.
        """
        if str in types:
            is_str = np.fromiter(
                map(isinstance, values, repeat(str)), dtype=bool, count=len(values)
            )
            strings = list(compress(values, is_str.tolist()))
            others = list(compress(values, (~is_str).tolist()))
            refs = np.empty(len(values), dtype=np.int64)
            refs[is_str] = np.fromiter(
                map(self.number.__getitem__, strings), dtype=np.int64, count=len(strings)
            )
            refs[~is_str] = self._scalar_refs(others, types - {str})
        else:
            refs = self._scalar_refs(values, types)
        self._pending.append((into, at, refs))

    def _scalar_refs(self, values: list[Any], types: set[type]) -> np.ndarray:
        """References (``-1 - k``) to scalars that are not strings.

        A column of one type is numbered by ``np.unique`` (a Python call per
        distinct value, not per value); a mixed one by a loop.
        """
        if len(types) == 1 and types <= {int, float}:
            try:
                array = np.array(values, dtype=np.int64 if types == {int} else np.float64)
            except OverflowError:  # an int past 64 bits: the loop below numbers it
                pass
            else:
                # floats by their bits: -0.0 and 0.0 (equal as numbers) stay apart
                keys = array if types == {int} else array.view(np.uint64)
                distinct, inverse = np.unique(keys, return_inverse=True)
                if types == {float}:
                    distinct = distinct.view(np.float64)
                numbers = list(map(self._scalar, distinct.tolist()))
                return np.array(numbers, dtype=np.int64)[inverse.reshape(-1)]
        if len(types) == 1 and types <= {bool, type(None)}:
            lookup = {v: self._scalar(v) for v in set(values)}
            return np.fromiter(map(lookup.__getitem__, values), dtype=np.int64, count=len(values))
        return np.array(list(map(self._scalar, values)), dtype=np.int64)

    def finish(self) -> tuple[list[str], list[Any]]:
        """The string table and the scalar table (numbered after the strings)."""
        strings = list(self.number)
        if len(strings) + len(self._scalar_values) >= 2**32:
            raise ValueError("more distinct values than a snapshot numbers")
        for into, at, refs in self._pending:
            scalar = refs < 0
            refs[scalar] = len(strings) - 1 - refs[scalar]
            into[at] = refs.astype("<u4").tobytes()
        return strings, self._scalar_values


Column = tuple[tuple[Any, ...], set[type]]  # a property's values and their types


def _node_groups(mem: MemGraph) -> Iterator[tuple[Label, tuple[str, ...], list[str], list[Column]]]:
    """The nodes grouped by label and property keys: ids and property columns.

    In the graph's own order, not id order: the records were made in that
    order, so reading them in it touches memory in sequence (several times
    faster than in id order).  Grouping is C-level too: each node's shape
    is looked up in a dict of the shapes, and a stable ``argsort`` of the
    shape numbers gives each group's positions.  The records of a group
    have the same keys in the same order, so ``zip(*map(dict.values, ...))``
    turns them into columns in one pass, without looking up a key.  A group
    in which a key holds a list in some records and not in others is split
    by which keys hold lists (the ingester never writes such properties).
    """
    nodes = mem.nodes
    shape_of = list(
        zip(
            map(itemgetter(0), nodes.values()),
            map(tuple, map(itemgetter(1), nodes.values())),
            strict=True,
        )
    )
    shapes = {shape: k for k, shape in enumerate(dict.fromkeys(shape_of))}
    ids = np.fromiter(nodes, dtype=object, count=len(nodes))
    recs = np.fromiter(map(itemgetter(1), nodes.values()), dtype=object, count=len(nodes))
    which = np.fromiter(map(shapes.__getitem__, shape_of), dtype=np.int64, count=len(nodes))
    del shape_of
    order = np.argsort(which, kind="stable")
    stops = np.cumsum(np.bincount(which, minlength=len(shapes))).tolist()
    for (label, keys), first, last in zip(shapes, [0, *stops], stops, strict=False):
        at = order[first:last]
        group_ids, group_recs = ids[at].tolist(), recs[at].tolist()
        columns = _columns(group_recs, keys)
        if columns is not None:
            yield label, keys, group_ids, columns
            continue
        split: dict[tuple[bool, ...], list[int]] = {}
        for k, props in enumerate(group_recs):
            split.setdefault(tuple([type(v) is list for v in props.values()]), []).append(k)
        for part in split.values():
            part_recs = [group_recs[k] for k in part]
            yield label, keys, [group_ids[k] for k in part], _columns(part_recs, keys) or []


def _columns(recs: list[dict[str, Any]], keys: tuple[str, ...]) -> list[Column] | None:
    """The columns of records sharing ``keys``; None if a key holds lists and non-lists."""
    columns = []
    for column in zip(*map(dict.values, recs), strict=True) if keys else ():
        types = set(map(type, column))
        if list in types and len(types) > 1:
            return None
        columns.append((column, types))
    return columns


def _check_types(types: set[type], values: Iterable[Any]) -> None:
    """``ValueError`` unless every value is one the format stores (nothing stored is not)."""
    if not types <= _VALUE_TYPES:
        bad = next(v for v in values if type(v) not in _VALUE_TYPES)
        raise ValueError(f"property value of type {type(bad).__name__}")


def _adjacency(ends: np.ndarray, rels_of: dict[str, set[str]]) -> list[bytes]:
    """One adjacency map as ``[end refs, lengths, relationship positions]``.

    Derived from the relationships' ends (``ends``: the reference of each
    relationship's source, or target) by a stable sort instead of looking up
    every relationship id of every set: each relationship is in exactly the
    set of its end, so grouping the positions by end gives the same map.
    """
    order = np.argsort(ends, kind="stable")
    grouped = ends[order]
    starts = np.flatnonzero(np.diff(grouped, prepend=-1))  # where a new end begins
    keys, lengths = grouped[starts], np.diff(starts, append=len(grouped))
    if len(keys) != len(rels_of) or int(lengths.sum()) != sum(map(len, rels_of.values())):
        raise ValueError("the adjacency index does not match the relationships")
    return [
        keys.astype("<u4").tobytes(),
        lengths.astype("<u4").tobytes(),
        order.astype("<u4").tobytes(),
    ]


def _sections(mem: MemGraph) -> Iterator[Any]:
    """The snapshot's sections, each one MessagePack value, in :data:`SECTIONS` order.

    The strings and scalars come first in the file but are known last: the
    other sections are built first (numbering the strings in the order the
    reader will need them), then all are yielded.  Relationship ids are not
    numbered: each is one string used once, so it is stored in place, and
    the adjacency maps refer to relationships by position.
    """
    numbering = _Numbering()
    refs = numbering.refs

    labels = {label: k for k, label in enumerate(mem.by_label)}  # empty ones too
    groups = []
    for label, keys, ids, values in _node_groups(mem):
        columns: list[Any] = []
        group = [labels.setdefault(label, len(labels)), list(keys), refs(ids, len(ids)), columns]
        for column, types in values:
            if list in types:  # then all are lists (see _node_groups)
                lengths = np.fromiter(map(len, column), dtype="<u4", count=len(column))
                column = tuple(chain.from_iterable(column))
                types = set(map(type, column))
                stored: list[Any] = [LISTS, lengths.tobytes(), None]
            else:
                stored = [REFS, None]
            _check_types(types, column)
            if types <= {str}:
                stored[-1] = refs(column, len(column))
            else:
                numbering.values(list(column), types, stored, len(stored) - 1)
            columns.append(stored)
        groups.append(group)
    by_label = [
        refs(mem.by_label.get(label, ()), len(mem.by_label.get(label, ()))) for label in labels
    ]
    if sum(map(len, mem.by_label.values())) != len(mem.nodes):
        raise ValueError("the label index does not match the nodes")

    type_names = sorted(mem.rel_types)
    if len(type_names) > 255:
        raise ValueError("more relationship types than a snapshot numbers")
    type_pos = {t: k for k, t in enumerate(type_names)}
    recs = list(mem.rels.values())
    n = len(recs)
    src = np.frombuffer(refs(map(itemgetter(1), recs), n), dtype="<u4")
    dst = np.frombuffer(refs(map(itemgetter(2), recs), n), dtype="<u4")
    rels = [
        [str(t) for t in type_names],
        list(mem.rels),
        bytes(map(type_pos.__getitem__, map(itemgetter(0), recs))),
        src.tobytes(),
        dst.tobytes(),
        list(map(itemgetter(3), recs)),
    ]
    del recs
    adjacencies = [_adjacency(src, mem.out_rels), _adjacency(dst, mem.in_rels)]
    names = mem.names
    name_refs = [
        refs(map(itemgetter(0), names), len(names)),
        refs(map(itemgetter(1), names), len(names)),
    ]
    word_lengths = np.fromiter(map(len, mem.words.values()), dtype="<u4", count=len(mem.words))
    words = [
        list(mem.words),
        word_lengths.tobytes(),
        refs(chain.from_iterable(mem.words.values()), int(word_lengths.sum())),
    ]
    texts = [
        [label.value, refs(hays, len(hays)), list(hays.values())]
        for label, hays in mem.texts.items()
    ]
    strings, scalars = numbering.finish()
    yield strings
    del strings
    yield scalars
    yield [[label.value for label in labels], groups]
    yield by_label
    yield rels
    yield adjacencies
    yield name_refs
    yield words
    yield texts


def write(f: IO[bytes], mem: MemGraph) -> None:
    """Write ``mem`` as a snapshot to the binary file ``f``.

    Raises ``ValueError`` for a graph holding a value the format has no
    place for (nothing stored can hold one: properties are checked by
    :func:`graph.model.check_properties`).  The file is written and hashed
    on a second thread while the next section is packed.
    """
    digest = blake3()

    def emit(chunk: bytes) -> None:
        f.write(chunk)
        digest.update(chunk)

    header = json.dumps(
        {"format": FORMAT, "indexes": INDEXES, "storeId": mem.store_id, "seq": mem.seq}
    ).encode()
    body = 0
    with ThreadPoolExecutor(max_workers=1) as writer:  # one worker: chunks in order
        done = [writer.submit(emit, MAGIC + _HEADER_LEN.pack(len(header)) + header)]
        for section in _sections(mem):
            try:
                chunk = msgpack.packb(section, use_bin_type=True)
            except OverflowError:  # an int past 64 bits: storable in SQLite, not here
                raise ValueError("an integer property value too large for a snapshot") from None
            del section
            body += len(chunk)
            done.append(writer.submit(emit, chunk))
            del chunk
        for future in done:
            future.result()  # re-raises a write error
    f.write(_TRAILER.pack(body, digest.digest()))


# ---------------------------------------------------------------- reading


def read(f: IO[bytes], *, store_id: str, max_seq: int) -> MemGraph:
    """The graph saved in ``f``, or :class:`SnapshotRejected`.

    ``store_id``: the journal's id (a snapshot of another database is
    refused); ``max_seq``: the journal's change counter (a snapshot claiming
    changes the journal does not have is refused).
    """
    if f.read(len(MAGIC)) != MAGIC:
        raise SnapshotRejected("not a ClaimGraph snapshot")
    raw_len = f.read(_HEADER_LEN.size)
    if len(raw_len) != _HEADER_LEN.size or _HEADER_LEN.unpack(raw_len)[0] > _MAX_HEADER:
        raise SnapshotRejected("truncated or malformed header")
    raw_header = f.read(_HEADER_LEN.unpack(raw_len)[0])
    try:
        header = json.loads(raw_header)
        fmt, indexes = header["format"], header["indexes"]
        snap_store, seq = header["storeId"], header["seq"]
    except (ValueError, KeyError, TypeError):
        raise SnapshotRejected("truncated or malformed header") from None
    if fmt != FORMAT:
        raise SnapshotRejected(f"format {fmt!r}, this code reads format {FORMAT}")
    if indexes != INDEXES:
        raise SnapshotRejected("its indexes were derived by other code")
    if snap_store != store_id or type(seq) is not int or not 0 < seq <= max_seq:
        raise SnapshotRejected("it belongs to another database")
    body_start = f.tell()
    end = f.seek(0, 2)
    if end - body_start < _TRAILER.size:
        raise SnapshotRejected("truncated")
    f.seek(end - _TRAILER.size)
    body_len, expected = _TRAILER.unpack(f.read(_TRAILER.size))
    if body_start + body_len + _TRAILER.size != end:
        raise SnapshotRejected("truncated or padded: the length does not match")
    f.seek(0)
    digest = blake3(f.read(body_start))
    sections, undecodable = _decode(f, body_len, digest)
    if digest.digest() != expected:
        raise SnapshotRejected("checksum mismatch: the file was changed or damaged")
    if undecodable:
        raise SnapshotRejected(undecodable)
    try:
        mem = _build(sections, store_id, seq)
    except SnapshotRejected:
        raise
    except (ValueError, TypeError, KeyError, IndexError, AttributeError) as exc:
        raise SnapshotRejected(f"inconsistent content ({type(exc).__name__})") from None
    return mem


class _HashingReader:
    """The body of a snapshot as a file for ``msgpack.Unpacker``, each chunk hashed as read.

    Hashed on this thread: a worker thread (hashlib releases the GIL) saved
    no wall time here, since it waits for the GIL the decoder holds to start
    each chunk, and cost 15% more CPU time.  Reading stops at the end of the body.
    """

    def __init__(self, f: IO[bytes], left: int, digest: Any) -> None:
        self.f, self.left, self.digest = f, left, digest

    def read(self, size: int = -1) -> bytes:
        chunk = self.f.read(self.left if size < 0 else min(size, self.left))
        self.left -= len(chunk)
        self.digest.update(chunk)
        return chunk


def _decode(f: IO[bytes], body_len: int, digest: Any) -> tuple[list[Any], str]:
    """The body's sections, decoded while read, and why not ("" if they were).

    The whole body is hashed even when it does not decode, so that a damaged
    file is reported as damaged.  Decoding makes strings, numbers, lists and
    bytes, nothing else.
    """
    sections: list[Any] = []
    undecodable = ""
    body = _HashingReader(f, body_len, digest)
    unpacker = msgpack.Unpacker(
        body, read_size=_READ_CHUNK, raw=False, strict_map_key=True, max_buffer_size=2**31 - 1
    )
    try:
        sections.extend(islice(unpacker, len(SECTIONS)))
        if len(sections) != len(SECTIONS):
            undecodable = "truncated: wrong number of sections"
        elif body.left or unpacker.tell() != body_len:
            undecodable = "wrong number of sections"
    except (ValueError, msgpack.UnpackException) as exc:
        undecodable = f"undecodable body ({type(exc).__name__})"
    while body.read(_READ_CHUNK):  # the rest of a body that did not decode
        pass
    return sections, undecodable


def _sorted_set(ordered: list[str]) -> SortedSet:
    """A ``SortedSet`` of ids given in order (or in a few ordered runs).

    ``SortedSet(ids)`` sorts its own set of them, in hash order: a full sort
    touching the ids at random.  Filling its set and its sorted list
    directly lets ``sorted`` find the runs (linear for one run).
    """
    out = SortedSet()
    out._set.update(ordered)
    out._list.update(ordered)  # sorts anyway: whatever the file says, the order holds
    return out


def _build(sections: list[Any], store_id: str, seq: int) -> MemGraph:
    """A :class:`MemGraph` from decoded sections.

    References are resolved by numpy indexing of one object array (a
    pointer copy per item, no Python call) and records built by C-level
    ``map``/``zip``/``islice``; a reference past its table raises
    ``IndexError``, a wrong type ``TypeError``/``KeyError``: :func:`read`
    turns them into a rejection.
    """
    strings, scalars, (label_names, groups), by_label, rels, adjacency, names, words, texts = (
        sections
    )
    # Types inside the tables are as written (the digest matched); only their
    # shape is checked here, and the small scalar table, which reaches the API.
    if not isinstance(strings, list):
        raise SnapshotRejected("the string table is malformed")
    if not isinstance(scalars, list) or not set(map(type, scalars)) <= _SCALAR_TYPES:
        raise SnapshotRejected("the scalar table is malformed")
    n_strings = len(strings)
    table = np.fromiter(chain(strings, scalars), dtype=object, count=n_strings + len(scalars))
    del strings

    def values(raw: Any) -> list[Any]:
        return table[_unrefs(raw)].tolist()

    def ids(raw: Any) -> list[str]:
        refs = _unrefs(raw)
        if len(refs) and int(refs.max()) >= n_strings:
            raise SnapshotRejected("an id is not a string")
        return table[refs].tolist()

    def runs(lengths: Any, items: list[Any], of: Callable[[Iterable[Any]], Any]) -> Iterator[Any]:
        """``of`` (list or set) of each next ``length`` items, in order.

        When every length is the same small ``k`` (one source article per
        claim), ``zip`` of ``k`` times one iterator cuts the items into
        tuples without an ``islice`` object per run: three times faster.
        """
        sizes = _unrefs(lengths)
        if len(sizes) and 0 < sizes[0] <= _ZIP_MAX and (sizes == sizes[0]).all():
            if int(sizes[0]) * len(sizes) != len(items):
                raise SnapshotRejected("a list column is malformed")
            return map(of, zip(*[iter(items)] * int(sizes[0]), strict=False))
        return map(of, map(islice, repeat(iter(items)), sizes.tolist()))

    mem = MemGraph(store_id)
    mem.seq = seq
    nodes = mem.nodes
    labels = [LABELS[name] for name in label_names]
    counts = dict.fromkeys(labels, 0)
    for label_pos, keys, id_refs, columns in groups:
        label = labels[label_pos]
        if len(keys) != len(columns) or not all(type(k) is str and k for k in keys):
            raise SnapshotRejected("a node group is malformed")
        node_ids = ids(id_refs)
        cols = []
        for kind, *column in columns:
            if kind == LISTS:  # lengths, then the flat items
                col = list(runs(column[0], values(column[1]), list))
            elif kind == REFS:
                col = values(column[0])
            else:
                raise SnapshotRejected("a node column is malformed")
            if len(col) != len(node_ids):
                raise SnapshotRejected("a node column is malformed")
            cols.append(col)
        keys = tuple(map(sys.intern, keys))
        # lengths checked above: every column has one value per id
        # Copies of one dict of the keys, then filled: a copy clones the key
        # table at once where building each dict key by key grows it twice.
        rows = zip(*cols, strict=False) if cols else repeat((), len(node_ids))
        props = list(map(dict.copy, repeat(dict.fromkeys(keys), len(node_ids))))
        deque(map(dict.update, props, map(zip, repeat(keys), rows)), maxlen=0)
        nodes.update(zip(node_ids, zip(repeat(label), props, strict=False), strict=False))
        counts[label] += len(node_ids)
    if len(nodes) != sum(counts.values()):
        raise SnapshotRejected("duplicate node ids")
    mem.by_label = {
        label: _sorted_set(ids(raw)) for label, raw in zip(labels, by_label, strict=True)
    }
    if [len(mem.by_label[label]) for label in labels] != list(counts.values()):
        raise SnapshotRejected("the label index does not match the nodes")
    mem.all_ids = _sorted_set(list(chain.from_iterable(mem.by_label.values())))

    type_names, rel_ids, type_pos, src, dst, rel_props = rels
    types = np.empty(len(type_names), dtype=object)
    types[:] = [REL_TYPES[t] for t in type_names]
    type_refs = np.frombuffer(type_pos, dtype=np.uint8)
    src, dst = _id_refs(src, n_strings), _id_refs(dst, n_strings)
    n_rels = len(rel_props)
    if not isinstance(rel_ids, list) or not isinstance(rel_props, list):
        raise SnapshotRejected("the relationships are malformed")
    if not len(rel_ids) == len(type_refs) == len(src) == len(dst) == n_rels:
        raise SnapshotRejected("the relationships are malformed")
    # in blocks: the objects a block touches are still in the cache when
    # its tuples and dict entries are made
    rels_dict = mem.rels
    for at in range(0, n_rels, _BLOCK):
        block = slice(at, at + _BLOCK)
        rels_dict.update(
            zip(
                rel_ids[block],
                zip(
                    types[type_refs[block]].tolist(),
                    table[src[block]].tolist(),
                    table[dst[block]].tolist(),
                    rel_props[block],
                    strict=True,
                ),
                strict=True,
            )
        )
    if len(rels_dict) != n_rels:
        raise SnapshotRejected("duplicate relationship ids")
    per_type = np.bincount(type_refs, minlength=len(types)).tolist()
    mem.rel_types = Counter({t: k for t, k in zip(types.tolist(), per_type, strict=True) if k})
    rel_table = np.fromiter(rel_ids, dtype=object, count=n_rels)
    del rel_ids, rel_props

    def rels_of(raw: list[Any]) -> dict[str, set[str]]:
        """End id -> ids of its relationships (stored by position in ``rels``), in blocks."""
        keys, lengths, positions = raw
        ends, sizes, members = _id_refs(keys, n_strings), _unrefs(lengths), _unrefs(positions)
        if len(sizes) != len(ends) or int(sizes.sum(dtype=np.int64)) != len(members):
            raise SnapshotRejected("an adjacency map is malformed")
        stops = np.cumsum(sizes, dtype=np.int64).tolist()
        out: dict[str, set[str]] = {}
        for at in range(0, len(sizes), _BLOCK):
            block = slice(at, at + _BLOCK)
            first, last = stops[at - 1] if at else 0, stops[min(at + _BLOCK, len(sizes)) - 1]
            its = iter(rel_table[members[first:last]].tolist())
            sets = map(set, map(islice, repeat(its), sizes[block].tolist()))
            out.update(zip(table[ends[block]].tolist(), sets, strict=True))
        return out

    mem.out_rels, mem.in_rels = rels_of(adjacency[0]), rels_of(adjacency[1])
    mem.names = SortedList(zip(ids(names[0]), ids(names[1]), strict=True))  # in order: linear
    word_list, lengths, flat = words
    mem.words = dict(zip(word_list, runs(lengths, ids(flat), set), strict=True))
    for label_name, id_refs, hays in texts:
        mem.texts[LABELS[label_name]] = dict(zip(ids(id_refs), hays, strict=True))
    return mem


def _id_refs(raw: Any, n_strings: int) -> np.ndarray:
    refs = _unrefs(raw)
    if len(refs) and int(refs.max()) >= n_strings:
        raise SnapshotRejected("an id is not a string")
    return refs


def _unrefs(raw: Any) -> np.ndarray:
    if not isinstance(raw, bytes) or len(raw) % 4:
        raise SnapshotRejected("a reference array is malformed")
    return np.frombuffer(raw, dtype="<u4")
