"""The embedded store's load snapshot: the in-memory graph as data, never as code.

A snapshot saves :class:`graph._memgraph.MemGraph` (records and the indexes
that are costly to rebuild) so that the next load replays only newer rows
of the SQLite journal.  It is plain data: MessagePack values (strings,
numbers, lists, maps, bytes) that a reader only decodes; nothing in the file
names a type, a function or a module, so opening a store directory made by
someone else can at worst cost a rebuild, never run anything.

Layout of the file::

    MAGIC                       b"CLAIMGRAPH-SNAPSHOT\\n"
    header length, header       4 bytes big-endian, then UTF-8 JSON:
                                {"format": 1, "indexes": ..., "storeId": ..., "seq": ...}
    body                        a stream of MessagePack sections, in SECTIONS order
    trailer                     8 bytes big-endian body length, then the
                                SHA-256 of everything before the trailer

:func:`read` checks, before it decodes a byte of the body, the magic, the
format version (newer and older are refused alike), the ``indexes`` stamp
(which code derived the stored indexes), the store id, the change counter
and the body length against the file size; it decodes while hashing and
refuses the result unless the digest matches.  Any refusal is a
:class:`SnapshotRejected` with a one-line reason; the caller then loads
from the journal.

Why this shape: a load must be at least as fast as the format it replaced.
Every string (ids, property values, names) is stored once in one table and
referenced by its position in uint32 arrays, so the objects are built by
C-level ``map``/``zip`` calls instead of a Python loop per record, and
equal strings become one object in memory;
node properties are stored column-wise per shape (label, keys, which keys
hold lists), so each record's dict is built by ``dict(zip(keys, values))``.
"""

from __future__ import annotations

import hashlib
import json
import struct
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from itertools import chain, islice, repeat
from operator import itemgetter
from pathlib import Path
from typing import IO, Any

import msgpack
import numpy as np
from sortedcontainers import SortedList, SortedSet

from graph import _memgraph
from graph._memgraph import LABELS, REL_TYPES, MemGraph
from graph.model import Label

MAGIC = b"CLAIMGRAPH-SNAPSHOT\n"
#: The file format this code writes and reads; any other is refused (and rewritten).
FORMAT = 1
#: Which code derived the stored indexes (names, words, texts): a change to
#: ``graph/_memgraph.py`` may change them, so its snapshots are refused.
INDEXES = hashlib.sha256(Path(_memgraph.__file__).read_bytes()).hexdigest()[:16]
SECTIONS = ("strings", "scalars", "nodes", "rels", "adjacency", "names", "words", "texts")
_TRAILER = struct.Struct(">Q32s")
_HEADER_LEN = struct.Struct(">I")
_MAX_HEADER = 1 << 16
_READ_CHUNK = 1 << 20
_SCALAR_TYPES = {int, float, bool, type(None)}
_VALUE_TYPES = {str, *_SCALAR_TYPES}


class SnapshotRejected(Exception):
    """A snapshot that must not be loaded; ``str(exc)`` says why, in one line."""


def _refs(values: Iterable[int]) -> bytes:
    """Numbers as little-endian uint32 bytes."""
    return np.array(values if isinstance(values, list) else list(values), dtype="<u4").tobytes()


def _unrefs(raw: Any) -> np.ndarray:
    if not isinstance(raw, bytes) or len(raw) % 4:
        raise SnapshotRejected("a reference array is malformed")
    return np.frombuffer(raw, dtype="<u4")


# How a node column is stored: references into the value table (strings, or
# strings mixed with other scalars), lists of such references, or, for a column
# with no string at all, the values themselves.
REFS, LISTS, RAW = 0, 1, 2


def _has_strings(values: list[Any]) -> bool:
    return str in set(map(type, values))


# ---------------------------------------------------------------- writing


def _check_scalars(values: list[Any]) -> None:
    """``ValueError`` unless every value is one the format stores (nothing stored is not)."""
    if not set(map(type, values)) <= _VALUE_TYPES:
        bad = next(v for v in values if type(v) not in _VALUE_TYPES)
        raise ValueError(f"property value of type {type(bad).__name__}")


def _sections(mem: MemGraph) -> list[Any]:
    """The snapshot's sections, each one MessagePack value, in :data:`SECTIONS` order."""
    # nodes, grouped by shape: label, property keys, which keys hold lists
    shapes: dict[tuple[Label, tuple[str, ...], tuple[bool, ...]], list[str]] = {}
    for node_id, (label, props) in mem.nodes.items():
        shape = (label, tuple(props), tuple([type(v) is list for v in props.values()]))
        ids = shapes.get(shape)
        if ids is None:
            shapes[shape] = [node_id]
        else:
            ids.append(node_id)
    groups = []
    for (label, keys, lists), ids in shapes.items():
        recs = [mem.nodes[i][1] for i in ids]
        columns = []
        for key, is_list in zip(keys, lists, strict=True):
            column = list(map(itemgetter(key), recs))
            if is_list:
                columns.append((list(map(len, column)), list(chain.from_iterable(column))))
            else:
                columns.append((None, column))
        groups.append((label.value, list(keys), ids, columns))

    # Every string, numbered in order of first use: one C-level pass over all of them.
    value_strings = []
    for _, _, _, columns in groups:
        for _, values in columns:
            _check_scalars(values)
            if set(map(type, values)) <= {str}:
                value_strings.append(values)
            elif _has_strings(values):
                value_strings.append([v for v in values if type(v) is str])
    recs = list(mem.rels.values())
    strings = list(
        dict.fromkeys(
            chain(
                mem.nodes,
                mem.rels,
                map(itemgetter(1), recs),
                map(itemgetter(2), recs),
                mem.out_rels,
                mem.in_rels,
                map(itemgetter(0), mem.names),
                chain.from_iterable(value_strings),
            )
        )
    )
    del value_strings
    pos = dict(zip(strings, range(len(strings)), strict=True))
    ref = pos.__getitem__

    scalars: dict[tuple[type, str], Any] = {}  # non-strings: numbered after the strings

    def column_refs(values: list[Any]) -> bytes:
        if set(map(type, values)) <= {str}:
            return _refs(map(ref, values))
        numbers = []
        for v in values:
            if type(v) is str:
                numbers.append(pos[v])
            else:
                key = (type(v), repr(v))  # 1, 1.0 and True stay apart; so do 0.0 and -0.0
                if key not in scalars:
                    scalars[key] = (len(strings) + len(scalars), v)
                numbers.append(scalars[key][0])
        return _refs(numbers)

    nodes = []
    for label, keys, ids, columns in groups:
        stored = []
        for lengths, values in columns:
            if lengths is not None:
                stored.append([LISTS, _refs(lengths), column_refs(values)])
            elif not _has_strings(values):
                stored.append([RAW, values])
            else:
                stored.append([REFS, column_refs(values)])
        nodes.append([label, keys, _refs(map(ref, ids)), stored])
    del groups

    type_names = sorted(mem.rel_types)
    if len(type_names) > 255:
        raise ValueError("more relationship types than a snapshot numbers")
    type_pos = {t: k for k, t in enumerate(type_names)}
    rels = [
        [str(t) for t in type_names],
        _refs(map(ref, mem.rels)),
        bytes(map(type_pos.__getitem__, map(itemgetter(0), recs))),
        _refs(map(ref, map(itemgetter(1), recs))),
        _refs(map(ref, map(itemgetter(2), recs))),
        list(map(itemgetter(3), recs)),
    ]
    del recs

    def adjacency(rels_of: dict[str, set[str]]) -> list[bytes]:
        return [
            _refs(map(ref, rels_of)),
            _refs(map(len, rels_of.values())),
            _refs(map(ref, chain.from_iterable(rels_of.values()))),
        ]

    names = mem.names
    return [
        strings,
        [value for _, value in scalars.values()],
        nodes,
        rels,
        [adjacency(mem.out_rels), adjacency(mem.in_rels)],
        [_refs(map(ref, map(itemgetter(0), names))), _refs(map(ref, map(itemgetter(1), names)))],
        [
            list(mem.words),
            _refs(map(len, mem.words.values())),
            _refs(map(ref, chain.from_iterable(mem.words.values()))),
        ],
        [
            [label.value, _refs(map(ref, hays)), list(hays.values())]
            for label, hays in mem.texts.items()
        ],
    ]


def write(f: IO[bytes], mem: MemGraph) -> None:
    """Write ``mem`` as a snapshot to the binary file ``f``.

    Raises ``ValueError`` for a graph holding a value the format has no
    place for (nothing stored can hold one: properties are checked by
    :func:`graph.model.check_properties`).
    """
    digest = hashlib.sha256()
    header = json.dumps(
        {"format": FORMAT, "indexes": INDEXES, "storeId": mem.store_id, "seq": mem.seq}
    ).encode()
    head = MAGIC + _HEADER_LEN.pack(len(header)) + header
    f.write(head)
    digest.update(head)
    body = 0
    sections = _sections(mem)
    sections.reverse()
    while sections:  # packed and written one at a time: one section's bytes in memory
        chunk = msgpack.packb(sections.pop(), use_bin_type=True)
        f.write(chunk)
        digest.update(chunk)
        body += len(chunk)
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
    digest = hashlib.sha256(f.read(body_start))
    sections = _decode(f, body_len, digest)
    if digest.digest() != expected:
        raise SnapshotRejected("checksum mismatch: the file was changed or damaged")
    try:
        mem = _build(sections, store_id, seq)
    except SnapshotRejected:
        raise
    except (ValueError, TypeError, KeyError, IndexError, AttributeError) as exc:
        raise SnapshotRejected(f"inconsistent content ({type(exc).__name__})") from None
    return mem


def _decode(f: IO[bytes], body_len: int, digest: Any) -> list[Any]:
    """The body's sections, decoded while read (no copy of the whole file in memory).

    The digest is computed on another thread (hashlib releases the GIL), so
    checking costs no time on a machine with a second core.
    """
    unpacker = msgpack.Unpacker(
        raw=False, strict_map_key=True, max_buffer_size=2**31 - 1, use_list=True
    )
    sections: list[Any] = []
    left = body_len
    with ThreadPoolExecutor(max_workers=1) as hasher:  # one worker: chunks hashed in order
        try:
            while left:
                chunk = f.read(min(_READ_CHUNK, left))
                if not chunk:
                    raise SnapshotRejected("truncated")
                left -= len(chunk)
                hasher.submit(digest.update, chunk)
                unpacker.feed(chunk)
                sections.extend(unpacker)
        except (ValueError, msgpack.UnpackException) as exc:
            raise SnapshotRejected(f"undecodable body ({type(exc).__name__})") from None
    if len(sections) != len(SECTIONS):
        raise SnapshotRejected("wrong number of sections")
    return sections


def _build(sections: list[Any], store_id: str, seq: int) -> MemGraph:
    """A :class:`MemGraph` from decoded sections.

    References are resolved by numpy indexing of object arrays (a pointer
    copy per item, no Python call) and records built by C-level
    ``map``/``zip``/``islice``; a reference past its table raises
    ``IndexError``, a wrong type ``TypeError``/``KeyError``: :func:`read`
    turns them into a rejection.
    """
    strings, scalars, groups, rels, adjacency, names, words, texts = sections
    # Types inside the tables are as written (the digest matched); only their
    # shape is checked here, and the small scalar table, which reaches the API.
    if not isinstance(strings, list):
        raise SnapshotRejected("the string table is malformed")
    if not isinstance(scalars, list) or not set(map(type, scalars)) <= _SCALAR_TYPES:
        raise SnapshotRejected("the scalar table is malformed")
    string_table = _objects(strings)  # ids and names: strings only
    value_table = _objects(strings + scalars)  # property values

    def ids(raw: Any) -> list[str]:
        return string_table[_unrefs(raw)].tolist()

    def runs(lengths: Any, items: list[Any], of: type) -> Iterator[Any]:
        """``of`` (list or set) of each next ``length`` items, in order."""
        return map(of, map(islice, repeat(iter(items)), _unrefs(lengths).tolist()))

    mem = MemGraph(store_id)
    mem.seq = seq
    nodes = mem.nodes
    by_label: dict[Any, list[str]] = {}
    for label_name, keys, id_refs, columns in groups:
        label = LABELS[label_name]
        if len(keys) != len(columns) or not all(type(k) is str and k for k in keys):
            raise SnapshotRejected("a node group is malformed")
        node_ids = ids(id_refs)
        values = []
        for kind, *column in columns:
            if kind == LISTS:  # lengths, then the flat items
                items = value_table[_unrefs(column[1])].tolist()
                col = list(runs(column[0], items, list))
            elif kind == REFS:
                col = value_table[_unrefs(column[0])].tolist()
            elif kind == RAW and set(map(type, column[0])) <= _SCALAR_TYPES:
                col = column[0]
            else:
                raise SnapshotRejected("a node column is malformed")
            if len(col) != len(node_ids):
                raise SnapshotRejected("a node column is malformed")
            values.append(col)
        keys = tuple(map(sys.intern, keys))
        # lengths checked above: every column has one value per id
        rows = zip(*values, strict=False) if values else repeat((), len(node_ids))
        props = map(dict, map(zip, repeat(keys), rows))
        nodes.update(zip(node_ids, zip(repeat(label), props, strict=False), strict=False))
        by_label.setdefault(label, []).extend(node_ids)
    if len(nodes) != sum(map(len, by_label.values())):
        raise SnapshotRejected("duplicate node ids")
    mem.all_ids = SortedSet(nodes)
    mem.by_label = {label: SortedSet(members) for label, members in by_label.items()}

    type_names, rel_ids, type_pos, src, dst, rel_props = rels
    types = [REL_TYPES[t] for t in type_names]
    type_of = _objects(types)[np.frombuffer(type_pos, dtype=np.uint8)].tolist()
    rel_ids, src, dst = ids(rel_ids), ids(src), ids(dst)
    n_rels = len(rel_props)
    if not len(rel_ids) == len(type_of) == len(src) == len(dst) == n_rels:
        raise SnapshotRejected("the relationships are malformed")
    mem.rels = dict(zip(rel_ids, zip(type_of, src, dst, rel_props, strict=True), strict=True))
    if len(mem.rels) != n_rels:
        raise SnapshotRejected("duplicate relationship ids")
    mem.rel_types = Counter(type_of)

    def rels_of(raw: list[Any]) -> dict[str, set[str]]:
        keys, lengths, flat = raw
        return dict(zip(ids(keys), runs(lengths, ids(flat), set), strict=True))

    mem.out_rels, mem.in_rels = rels_of(adjacency[0]), rels_of(adjacency[1])
    mem.names = SortedList(zip(ids(names[0]), ids(names[1]), strict=True))
    word_list, lengths, flat = words
    mem.words = dict(zip(word_list, runs(lengths, ids(flat), set), strict=True))
    for label_name, id_refs, hays in texts:
        mem.texts[LABELS[label_name]] = dict(zip(ids(id_refs), hays, strict=True))
    return mem


def _objects(values: list[Any]) -> np.ndarray:
    """A one-dimensional object array of ``values`` (never a 2-D array of lists)."""
    table = np.empty(len(values), dtype=object)
    table[:] = values
    return table
