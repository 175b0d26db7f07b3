"""The embedded store's load snapshot is data that is checked, never code that is run.

A snapshot of another format version, another database, or one truncated,
altered or left by an earlier version (``snapshot.pickle``, a format that
ran code when loaded) is never loaded: the store reads the SQLite journal
instead, logs one line saying why, and answers exactly as a store opened
without any snapshot.
"""

from __future__ import annotations

import json
import logging
import os
import pickle
import struct
from pathlib import Path

import pytest

from graph import _snapshot
from graph.embedded import SNAPSHOT_NAME, EmbeddedStore
from graph.model import GraphBatch, Label, Relationship, RelType
from tests.test_embedded_store import cold_dump, dump, fill, person


@pytest.fixture
def directory(tmp_path: Path) -> Path:
    return tmp_path / "store"


def snapshot_parts(path: Path) -> tuple[dict, bytes]:
    """The header of a snapshot file and its body (between header and trailer)."""
    raw = path.read_bytes()
    start = len(_snapshot.MAGIC)
    (length,) = struct.unpack(">I", raw[start : start + 4])
    header = json.loads(raw[start + 4 : start + 4 + length])
    return header, raw[start + 4 + length : -40]


def rewrite(path: Path, header: dict, body: bytes) -> None:
    """Write a snapshot with a valid trailer: only the content decides what is refused."""
    raw_header = json.dumps(header).encode()
    head = _snapshot.MAGIC + struct.pack(">I", len(raw_header)) + raw_header
    digest = _snapshot.checksum(head + body)
    path.write_bytes(head + body + struct.pack(">Q32s", len(body), digest))


def open_logged(directory: Path, caplog: pytest.LogCaptureFixture) -> tuple[list, list[str]]:
    """Open the store with its graph loaded: its records, and the warnings it logged."""
    caplog.clear()
    with (
        caplog.at_level(logging.WARNING, logger="graph.embedded"),
        EmbeddedStore(directory, preload=True) as store,
    ):
        assert store.snapshot_seq == 0  # nothing came from the snapshot
        items = dump(store)
    return items, [r.getMessage() for r in caplog.records if r.name == "graph.embedded"]


def test_a_snapshot_round_trips_the_whole_in_memory_graph(directory: Path) -> None:
    fill(directory)
    with EmbeddedStore(directory, preload=True) as store:
        store.write_snapshot()
        mem = store._mem
        with open(directory / SNAPSHOT_NAME, "rb") as f:
            loaded = _snapshot.read(f, store_id=mem.store_id, max_seq=mem.seq)
    for attr in ("nodes", "rels", "out_rels", "in_rels", "words", "texts", "rel_types", "seq"):
        assert getattr(loaded, attr) == getattr(mem, attr), attr
    for attr in ("all_ids", "names"):
        assert list(getattr(loaded, attr)) == list(getattr(mem, attr)), attr
    assert {k: list(v) for k, v in loaded.by_label.items()} == {
        k: list(v) for k, v in mem.by_label.items()
    }


def test_a_snapshot_keeps_every_kind_of_property_value(directory: Path) -> None:
    odd = {"n": 1, "f": 1.0, "flag": True, "zero": -0.0, "none": None, "empty": [], "tags": ["a"]}
    with EmbeddedStore(directory, preload=True) as store:
        store.apply(GraphBatch(nodes=[person("odd", **odd), person("even", tags=[1, 2])]))
        store.write_snapshot()
        expected = dump(store)
    with EmbeddedStore(directory, preload=True) as store:
        assert store.snapshot_seq > 0
        assert dump(store) == expected
        props = store.get_nodes(["person:odd"])[0].properties
    assert [type(props[k]) for k in ("n", "f", "flag", "none")] == [int, float, bool, type(None)]
    assert str(props["zero"]) == "-0.0"


def test_a_valid_snapshot_is_loaded(directory: Path) -> None:
    fill(directory)
    with EmbeddedStore(directory, preload=True) as store:
        store.write_snapshot()
    with EmbeddedStore(directory, preload=True) as store:
        assert store.snapshot_seq > 0


@pytest.mark.parametrize("version", [0, _snapshot.FORMAT + 1])
def test_a_snapshot_of_an_older_or_newer_format_is_not_loaded(
    directory: Path, caplog: pytest.LogCaptureFixture, version: int
) -> None:
    fill(directory)
    path = directory / SNAPSHOT_NAME
    header, body = snapshot_parts(path)
    rewrite(path, {**header, "format": version}, body)
    items, logged = open_logged(directory, caplog)
    assert len(logged) == 1 and f"format {version}" in logged[0]
    assert items == cold_dump(directory)


def test_a_snapshot_whose_indexes_other_code_derived_is_not_loaded(
    directory: Path, caplog: pytest.LogCaptureFixture
) -> None:
    fill(directory)
    path = directory / SNAPSHOT_NAME
    header, body = snapshot_parts(path)
    rewrite(path, {**header, "indexes": "0" * 16}, body)
    items, logged = open_logged(directory, caplog)
    assert len(logged) == 1 and "other code" in logged[0]
    assert items == cold_dump(directory)


@pytest.mark.parametrize("keep", [0.5, 0.99, 10])
def test_a_truncated_snapshot_is_not_loaded(
    directory: Path, caplog: pytest.LogCaptureFixture, keep: float
) -> None:
    fill(directory)
    path = directory / SNAPSHOT_NAME
    raw = path.read_bytes()
    path.write_bytes(raw[: int(len(raw) * keep)] if keep < 1 else raw[: int(keep)])
    items, logged = open_logged(directory, caplog)
    assert len(logged) == 1 and "truncated" in logged[0]
    assert items == cold_dump(directory)


def test_an_altered_snapshot_is_not_loaded(
    directory: Path, caplog: pytest.LogCaptureFixture
) -> None:
    fill(directory)
    path = directory / SNAPSHOT_NAME
    raw = bytearray(path.read_bytes())
    at = raw.index(b"P12")  # a name in the body: the change would show in the graph
    raw[at : at + 3] = b"P99"
    path.write_bytes(bytes(raw))
    items, logged = open_logged(directory, caplog)
    assert len(logged) == 1 and "checksum" in logged[0]
    assert items == cold_dump(directory)


def test_a_file_that_is_no_snapshot_is_not_loaded(
    directory: Path, caplog: pytest.LogCaptureFixture
) -> None:
    fill(directory)
    (directory / SNAPSHOT_NAME).write_bytes(b"not a snapshot")
    items, logged = open_logged(directory, caplog)
    assert len(logged) == 1 and "not a ClaimGraph snapshot" in logged[0]
    assert items == cold_dump(directory)


def test_a_refused_snapshot_is_removed_so_it_is_reported_once(
    directory: Path, caplog: pytest.LogCaptureFixture
) -> None:
    fill(directory)
    (directory / SNAPSHOT_NAME).write_bytes(b"not a snapshot")
    open_logged(directory, caplog)
    _, logged = open_logged(directory, caplog)
    assert logged == []


def test_a_snapshot_of_another_database_is_not_loaded(
    tmp_path: Path, directory: Path, caplog: pytest.LogCaptureFixture
) -> None:
    fill(directory)
    other = tmp_path / "other"
    with EmbeddedStore(other) as store:
        store.apply(GraphBatch(nodes=[person("solo")]))
    (other / SNAPSHOT_NAME).write_bytes((directory / SNAPSHOT_NAME).read_bytes())
    items, logged = open_logged(other, caplog)
    assert len(logged) == 1 and "another database" in logged[0]
    assert [i.id for i in items] == ["person:solo"]


class _RunsCode:
    """Unpickling this creates a marker file: what a hostile old-format snapshot can do."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple:
        return (Path.touch, (self.marker,))


def test_an_old_code_running_snapshot_is_removed_unread(
    directory: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    fill(directory)
    os.unlink(directory / SNAPSHOT_NAME)
    marker = tmp_path / "code-ran"
    legacy = directory / "snapshot.pickle"
    legacy.write_bytes(pickle.dumps(_RunsCode(marker)))
    items, logged = open_logged(directory, caplog)
    assert not marker.exists()
    assert not legacy.exists()
    assert len(logged) == 1 and "earlier format" in logged[0]
    assert items == cold_dump(directory)


def test_a_snapshot_with_a_dangling_relationship_end_round_trips(directory: Path) -> None:
    # relationships are stored by id; the format must not assume both ends are nodes
    with EmbeddedStore(directory, preload=True) as store:
        store.apply(
            GraphBatch(
                nodes=[person("a"), person("b")],
                relationships=[Relationship("r:ab", RelType.FOUNDED, "person:a", "person:b")],
            )
        )
        store.write_snapshot()
        expected = dump(store)
    with EmbeddedStore(directory, preload=True) as store:
        assert store.snapshot_seq > 0
        assert dump(store) == expected


def test_a_snapshot_keeps_a_key_that_holds_a_list_in_some_nodes_only(directory: Path) -> None:
    # nodes of one label and keys are stored column-wise: a column of lists and
    # non-lists, or of strings, numbers and nulls together, must come back as it was
    with EmbeddedStore(directory, preload=True) as store:
        store.apply(
            GraphBatch(
                nodes=[
                    person("a", tags=["x", "y"], n=2**62, claimant="Ann"),
                    person("b", tags="x", n=0.5, claimant=None),
                    person("c", tags=[], n=-0.0, claimant="Ann"),
                    person("d", tags=[1.0, 1.0], n=True, claimant=3),
                ]
            )
        )
        store.write_snapshot()
        expected = dump(store)
    with EmbeddedStore(directory, preload=True) as store:
        assert store.snapshot_seq > 0
        assert dump(store) == expected
        got = {n.id: n.properties for n in store.get_nodes([f"person:{k}" for k in "abcd"])}
    assert [type(got[f"person:{k}"]["n"]) for k in "abcd"] == [int, float, float, bool]
    assert str(got["person:c"]["n"]) == "-0.0"


def test_the_sorted_indexes_of_a_loaded_snapshot_stay_right_under_changes(directory: Path) -> None:
    # the loaded id indexes are filled from the file's sorted lists, not built
    # by SortedSet(ids): adding, re-adding and removing must still keep them exact
    fill(directory)
    with EmbeddedStore(directory, preload=True) as store:
        store.write_snapshot()
    with EmbeddedStore(directory, preload=True) as store:
        assert store.snapshot_seq > 0
        mem = store._mem
        assert mem is not None
        mem.put_node("person:p00", Label.PERSON, {"name": "P00"})
        mem.put_node("person:p1", Label.PERSON, {"name": "P1"})  # already there
        mem.drop_node("person:p3")
        expected = sorted(mem.nodes)
        assert list(mem.all_ids) == expected and len(mem.all_ids) == len(expected)
        people = sorted(i for i, (label, _) in mem.nodes.items() if label is Label.PERSON)
        assert list(mem.by_label[Label.PERSON]) == people
        assert "person:p3" not in mem.all_ids and "person:p00" in mem.by_label[Label.PERSON]
        mem.all_ids._list._check()
