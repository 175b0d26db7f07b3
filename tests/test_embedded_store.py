"""What the embedded store promises beyond the shared contract.

Several instances and processes sharing one directory, crash safety under
``kill -9``, snapshot + catch-up opens, and clear errors for unusable
directories.  Other processes are real ``python`` subprocesses.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph import _memgraph, embedded
from graph.embedded import SNAPSHOT_NAME, EmbeddedStore
from graph.model import EventKind, GraphBatch, Label, ModelError, Node, Relationship, RelType
from graph.store import Range, StoreError, StoreUnavailable

# ---------------------------------------------------------------- helpers

# A child process: applies batches to the store in argv[1] (with its graph loaded
# when argv[5] is "loaded") and prints the number of each batch once ``apply``
# has returned.  Batch i holds NODES nodes
# "person:<tag>-<i>-<j>" and a chain of relationships between them, and adds
# a name to the shared node's aliases, an unbounded accumulating list (lost
# updates would drop some).
WRITER = textwrap.dedent(
    """
    import sys
    from graph.embedded import EmbeddedStore
    from graph.model import EventKind, GraphBatch, Label, Node, Relationship, RelType

    directory, tag, count, nodes = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    store = EmbeddedStore(directory, preload=sys.argv[5] == "loaded")
    for i in range(count):
        people = [
            Node(f"person:{tag}-{i}-{j}", Label.PERSON, {"name": f"P {j}", "batch": f"{tag}-{i}"})
            for j in range(nodes)
        ]
        chain = [
            Relationship(f"r:{tag}-{i}-{j}", RelType.WORKS_FOR, a.id, b.id, {"batch": f"{tag}-{i}"})
            for j, (a, b) in enumerate(zip(people, people[1:]))
        ]
        shared = Node("organization:shared", Label.ORGANIZATION,
                      {"name": "Shared", "aliases": [f"article:{tag}-{i}"]})
        store.apply(GraphBatch(
            nodes=[shared, *people], relationships=chain,
            events=[(EventKind.ARTICLE_INGESTED, f"article:{tag}-{i}", {})],
        ))
        print(i, flush=True)
    store.close()
    """
)


def start_writer(
    directory: Path, tag: str, count: int, nodes: int = 5, mode: str = "lazy"
) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", WRITER, str(directory), tag, str(count), str(nodes), mode],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def run_writer(directory: Path, tag: str, count: int, nodes: int = 5) -> None:
    proc = start_writer(directory, tag, count, nodes)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err


def person(key: str, **props: object) -> Node:
    return Node(f"person:{key}", Label.PERSON, {"name": key.title(), **props})


@pytest.fixture
def directory(tmp_path: Path) -> Path:
    return tmp_path / "store"


@pytest.fixture
def store(directory: Path) -> Iterator[EmbeddedStore]:
    opened = EmbeddedStore(directory)
    yield opened
    opened.close()


def dump(store: EmbeddedStore) -> list:
    return list(store.iter_all())


# ---------------------------------------------------------------- sharing


def test_a_second_instance_sees_committed_writes_without_reopening(
    store: EmbeddedStore, directory: Path
) -> None:
    with EmbeddedStore(directory) as other:
        other.stats()  # warm its cache before the write
        store.apply(GraphBatch(nodes=[person("ann")]))
        assert other.get_node("person:ann") is not None


def test_a_second_instance_sees_deletes(store: EmbeddedStore, directory: Path) -> None:
    store.apply(GraphBatch(nodes=[person("ann")]))
    with EmbeddedStore(directory) as other:
        other.get_node("person:ann")
        store.apply(GraphBatch(delete_nodes=["person:ann"]))
        assert other.get_node("person:ann") is None


def test_a_second_instance_sees_new_events(store: EmbeddedStore, directory: Path) -> None:
    with EmbeddedStore(directory) as other:
        store.apply(GraphBatch(events=[(EventKind.DISPUTE_OPENED, "dispute:1", {})]))
        assert [e.subject for e in other.events_after(0)] == ["dispute:1"]


def test_writes_of_another_process_are_seen_without_reopening(
    store: EmbeddedStore, directory: Path
) -> None:
    store.apply(GraphBatch(nodes=[person("ann")]))
    run_writer(directory, "child", count=3)
    assert store.count(Label.PERSON) == 1 + 3 * 5


def test_merges_build_on_writes_of_another_process(store: EmbeddedStore, directory: Path) -> None:
    store.stats()
    run_writer(directory, "child", count=2)
    store.apply(
        GraphBatch(nodes=[Node("organization:shared", Label.ORGANIZATION, {"aliases": ["a:me"]})])
    )
    assert store.get_node("organization:shared").get("aliases") == [
        "article:child-0",
        "article:child-1",
        "a:me",
    ]


def test_two_processes_writing_at_once_lose_nothing(directory: Path) -> None:
    EmbeddedStore(directory).close()
    # one writer merges in SQLite only, the other also keeps its loaded graph current
    writers = [start_writer(directory, "a", 40), start_writer(directory, "b", 40, mode="loaded")]
    for proc in writers:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
    with EmbeddedStore(directory) as store:
        sources = store.get_node("organization:shared").get("aliases")
        expected = {f"article:{tag}-{i}" for tag in ("a", "b") for i in range(40)}
        assert (set(sources), store.count(Label.PERSON)) == (expected, 2 * 40 * 5)


def test_events_of_two_writing_processes_get_distinct_increasing_seqs(directory: Path) -> None:
    EmbeddedStore(directory).close()
    writers = [start_writer(directory, tag, count=20) for tag in ("a", "b")]
    for proc in writers:
        proc.communicate(timeout=120)
    with EmbeddedStore(directory) as store:
        seqs = [e.seq for e in store.events_after(0, limit=1000)]
    assert seqs == list(range(1, 41))


def test_threads_sharing_one_instance_lose_nothing(store: EmbeddedStore) -> None:
    def work(tag: str) -> None:
        for i in range(25):
            store.apply(GraphBatch(nodes=[person(f"{tag}{i}", sourceArticles=[f"a:{tag}{i}"])]))
            store.find(Label.PERSON, limit=5)

    threads = [threading.Thread(target=work, args=(tag,)) for tag in "abcd"]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert store.count(Label.PERSON) == 100


@contextmanager
def write_lock_held_elsewhere(directory: Path) -> Iterator[None]:
    """Another connection holding the database's write lock (as a writing process does)."""
    other = sqlite3.connect(directory / "claimgraph.sqlite3", isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        yield
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_reads_are_not_blocked_by_another_writer(directory: Path) -> None:
    with EmbeddedStore(directory, lock_timeout=0.2) as store:
        store.apply(GraphBatch(nodes=[person("ann")]))
        with write_lock_held_elsewhere(directory):
            assert (store.get_node("person:ann") is not None, store.count()) == (True, 1)


def test_a_write_waiting_too_long_for_the_lock_is_store_unavailable(directory: Path) -> None:
    store = EmbeddedStore(directory, lock_timeout=0.2)
    with store, write_lock_held_elsewhere(directory), pytest.raises(StoreUnavailable, match="busy"):
        store.apply(GraphBatch(nodes=[person("ann")]))


def test_a_write_that_timed_out_leaves_the_store_usable(directory: Path) -> None:
    with EmbeddedStore(directory, lock_timeout=0.2) as store:
        with write_lock_held_elsewhere(directory), pytest.raises(StoreUnavailable):
            store.apply(GraphBatch(nodes=[person("ann")]))
        store.apply(GraphBatch(nodes=[person("bob")]))
        assert [n.id for n in store.find()] == ["person:bob"]


# ---------------------------------------------------------------- indexes


def varied_people(n: int) -> list[Node]:
    """People with names, aliases, texts, scalar and list properties in many combinations."""
    words = ["open", "mind", "deep", "scale", "Zoë", "GPT-4", "lab"]
    people = []
    for i in range(n):
        props: dict = {"name": f"{words[i % 7]} {words[(i * 3) % 7]} {i}", "rank": i % 13}
        if i % 2:
            props["aliases"] = [f"{words[(i * 5) % 7]}{i % 4}"]
        if i % 3 == 0:
            props["text"] = f"{words[(i + 2) % 7]} says {words[(i + 4) % 7]} wins"
        if i % 4 == 0:
            props["tags"] = [f"t{i % 5}", f"t{(i + 1) % 5}"]
        people.append(Node(f"person:{i:04}", Label.PERSON, props))
    return people


QUERIES = [
    {"where": {"rank": 3}},
    {"where": {"rank": (1, 2, 12)}},
    {"where": {"rank": frozenset({0, 5})}},
    {"where": {"tags": "t2"}},
    {"where": {"tags": ("t0", "t4"), "rank": Range(2, 8)}},
    {"where": {"missing": 1}},
    {"text": "open"},
    {"text": "DEEP mind"},
    {"text": "gpt-4 zoë"},
    {"text": "says wins"},
    {"text": "-"},
    {"text": "open", "where": {"rank": 4}},
    {"prefix": "sca"},
    {"prefix": "mind", "text": "scale"},
    {"where": {"rank": Range(low=10)}, "order_by": "rank", "descending": True},
]


def answers(store: EmbeddedStore) -> list[list[str]]:
    return [[n.id for n in store.find(Label.PERSON, limit=None, **q)] for q in QUERIES]


def test_indexed_queries_answer_like_plain_scans(
    store: EmbeddedStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.apply(GraphBatch(nodes=varied_people(400)))
    monkeypatch.setattr(_memgraph, "VALUE_INDEX_MIN", 10**9)
    monkeypatch.setattr(_memgraph, "TEXT_SCAN_MIN", 10**9)
    scanned = answers(store)
    monkeypatch.setattr(_memgraph, "VALUE_INDEX_MIN", 0)
    monkeypatch.setattr(_memgraph, "TEXT_SCAN_MIN", 0)
    assert answers(store) == scanned


MORE_QUERIES = [
    {"where": {"rank": True}},
    {"where": {"name": Range(low="mind")}},
    {"where": {"rank": Range("a", "z")}},
    {"where": {"aliases": ("open1", "lab3")}},
    {"order_by": "name", "descending": True, "limit": 7, "offset": 3},
    {"order_by": "tags", "limit": 20},
    {"order_by": "text", "descending": True, "limit": 20},
    {"text": "zoë", "order_by": "rank"},
    {"prefix": "zo"},
    {"prefix": "GPT-"},
]


def test_sql_queries_answer_like_the_loaded_graph(directory: Path) -> None:
    with EmbeddedStore(directory) as lazy, EmbeddedStore(directory, preload=True) as loaded:
        lazy.apply(GraphBatch(nodes=varied_people(300)))
        for query in QUERIES + MORE_QUERIES:
            query = {"limit": None, **query}
            assert [n.id for n in lazy.find(Label.PERSON, **query)] == [
                n.id for n in loaded.find(Label.PERSON, **query)
            ], query
        assert not lazy.graph_loaded


def test_text_search_sees_words_added_after_an_earlier_search(directory: Path) -> None:
    with EmbeddedStore(directory, preload=True) as store:
        store.apply(GraphBatch(nodes=[person("ann")]))
        store.find(text="ann")
        store.apply(GraphBatch(nodes=[person("quokka")]))
        assert [n.id for n in store.find(text="okk")] == ["person:quokka"]


def test_text_search_forgets_words_of_deleted_nodes(directory: Path) -> None:
    with EmbeddedStore(directory, preload=True) as store:
        store.apply(GraphBatch(nodes=[person("ann"), person("quokka")]))
        store.find(text="ann")
        store.apply(GraphBatch(delete_nodes=["person:quokka"]))
        assert store.find(text="okk") == []


def test_indexes_follow_updates_and_deletes(
    store: EmbeddedStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_memgraph, "VALUE_INDEX_MIN", 0)
    monkeypatch.setattr(_memgraph, "TEXT_SCAN_MIN", 0)
    store.apply(GraphBatch(nodes=varied_people(400)))
    answers(store)  # builds the lazy indexes
    changed = [Node(n.id, n.label, {**n.properties, "rank": 3}) for n in varied_people(60)]
    store.apply(GraphBatch(nodes=changed, replace=True))
    store.apply(GraphBatch(delete_nodes=[f"person:{i:04}" for i in range(100, 160)]))
    indexed = answers(store)
    monkeypatch.setattr(_memgraph, "VALUE_INDEX_MIN", 10**9)
    monkeypatch.setattr(_memgraph, "TEXT_SCAN_MIN", 10**9)
    with EmbeddedStore(store.directory, preload=True) as fresh:
        assert answers(fresh) == indexed


# ---------------------------------------------------------------- crash safety


def test_kill_9_keeps_every_acknowledged_batch_and_no_partial_one(directory: Path) -> None:
    EmbeddedStore(directory).close()
    nodes_per_batch = 200
    proc = start_writer(directory, "k", count=100_000, nodes=nodes_per_batch)
    acknowledged: list[int] = []
    deadline = time.monotonic() + 60  # generous: only a very busy machine needs it
    while len(acknowledged) < 15 and time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        acknowledged.append(int(line))
    proc.send_signal(signal.SIGKILL)
    # read what is left through proc.stdout itself: readline() may already hold several
    # printed lines in its buffer, which communicate() (reading the pipe) would skip
    rest, err = proc.stdout.read(), proc.stderr.read()
    proc.wait(timeout=30)
    acknowledged += [int(n) for n in rest.split()]
    assert len(acknowledged) >= 15, err

    nodes_by_batch: dict[str, int] = defaultdict(int)
    rels_by_batch: dict[str, int] = defaultdict(int)
    with EmbeddedStore(directory) as store:
        for item in store.iter_all():
            batch = item.get("batch")
            if batch is not None:
                counts = nodes_by_batch if isinstance(item, Node) else rels_by_batch
                counts[batch] += 1
    acked = {f"k-{i}" for i in acknowledged}
    complete = {b for b, n in nodes_by_batch.items() if n == nodes_per_batch}
    complete &= {b for b, n in rels_by_batch.items() if n == nodes_per_batch - 1}
    # every acknowledged batch is whole; at most one more (committed, not yet printed)
    # may be there, also whole; nothing else is partly there
    assert acked <= complete
    assert set(nodes_by_batch) | set(rels_by_batch) == complete
    assert len(complete - acked) <= 1


# ---------------------------------------------------------------- opening


def fill(directory: Path) -> None:
    """A store with history: creates, merges, deletes, in two processes."""
    with EmbeddedStore(directory) as store:
        store.apply(GraphBatch(nodes=[person(f"p{i}", n=i) for i in range(30)]))
        store.write_snapshot()
        store.apply(GraphBatch(nodes=[person("p1", aliases=["Uno"])], delete_nodes=["person:p2"]))
        store.apply(
            GraphBatch(
                relationships=[
                    Relationship("r:1", RelType.FOUNDED, "person:p3", "person:p4"),
                    Relationship("r:2", RelType.FOUNDED, "person:p5", "person:p6"),
                ]
            )
        )
        store.apply(GraphBatch(delete_nodes=["person:p5"], nodes=[person("p2")]))
    run_writer(directory, "late", count=2)


def cold_dump(directory: Path) -> list:
    (directory / SNAPSHOT_NAME).unlink(missing_ok=True)
    with EmbeddedStore(directory, preload=True) as cold:
        assert cold.snapshot_seq == 0
        return dump(cold)


def test_open_from_snapshot_and_catch_up_equals_a_cold_open(directory: Path) -> None:
    fill(directory)
    with EmbeddedStore(directory, preload=True) as warm:
        assert warm.snapshot_seq > 0  # the snapshot was used
        warm_items = dump(warm)
    assert warm_items == cold_dump(directory)


def test_snapshot_open_answers_queries_like_a_cold_open(directory: Path) -> None:
    fill(directory)
    with EmbeddedStore(directory) as warm:
        warm_answers = (warm.find(prefix="un"), warm.find(text="p"), warm.stats())
    os.unlink(directory / SNAPSHOT_NAME)
    with EmbeddedStore(directory) as cold:
        assert (cold.find(prefix="un"), cold.find(text="p"), cold.stats()) == warm_answers


def test_a_snapshot_of_another_store_is_ignored(tmp_path: Path, directory: Path) -> None:
    fill(directory)
    other = tmp_path / "other"
    with EmbeddedStore(other) as store:
        store.apply(GraphBatch(nodes=[person("solo")]))
    shutil.copy(directory / SNAPSHOT_NAME, other / SNAPSHOT_NAME)
    with EmbeddedStore(other) as store:
        assert [n.id for n in store.find()] == ["person:solo"]


def test_a_loaded_store_writes_a_snapshot_on_close_after_many_changes(directory: Path) -> None:
    with EmbeddedStore(directory, preload=True) as store:
        store.apply(GraphBatch(nodes=[person(f"p{i}") for i in range(6000)]))
    with EmbeddedStore(directory, preload=True) as store:
        assert store.snapshot_seq == 1


def test_iter_all_streams_the_same_records_as_the_loaded_graph(directory: Path) -> None:
    fill(directory)
    with EmbeddedStore(directory) as lazy, EmbeddedStore(directory, preload=True) as loaded:
        assert list(lazy.iter_all()) == list(loaded.iter_all())


def test_writes_and_point_reads_do_not_load_the_graph(directory: Path) -> None:
    with EmbeddedStore(directory) as store:
        store.apply(GraphBatch(nodes=[person("ann"), person("bob")]))
        store.apply(
            GraphBatch(
                relationships=[Relationship("r:1", RelType.LEADS, "person:ann", "person:bob")]
            )
        )
        store.get_nodes(["person:ann"])
        store.get_relationships(["r:1"])
        store.relationships_of(["person:ann"])
        store.stats()
        store.events_after(0)
        list(store.iter_all())
        assert not store.graph_loaded


def test_queries_are_answered_without_loading_the_graph(directory: Path) -> None:
    with EmbeddedStore(directory) as store:
        store.apply(GraphBatch(nodes=[person("ann")]))
        store.find(text="ann")
        store.count(Label.PERSON, {"name": "Ann"})
        assert not store.graph_loaded


def test_the_graph_is_loaded_once_queries_have_spent_their_sql_budget(
    directory: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with EmbeddedStore(directory) as store:
        store.apply(GraphBatch(nodes=[person("ann")]))
        monkeypatch.setattr(embedded, "SQL_QUERY_BUDGET_S", 0.0)
        store.find()
        assert store.graph_loaded


def test_a_closed_store_refuses_reads(directory: Path) -> None:
    store = EmbeddedStore(directory)
    store.close()
    with pytest.raises(StoreError):
        store.stats()


# ---------------------------------------------------------------- unusable directories

# Imports first, then (when run as root, who ignores permissions) becomes the
# unprivileged user "nobody", then opens the store and reports the outcome.
OPEN_AS_NOBODY = textwrap.dedent(
    """
    import os, sys
    from graph.embedded import EmbeddedStore
    if os.geteuid() == 0:
        os.setgroups([])
        os.setgid(65534)
        os.setuid(65534)
    try:
        EmbeddedStore(sys.argv[1]).close()
    except Exception as exc:
        print(f"{type(exc).__name__}: {exc}")
    else:
        print("opened")
    """
)


def open_as_unprivileged_user(path: Path) -> str:
    """What a process that cannot bypass file permissions gets opening ``path``."""
    child = subprocess.run(
        [sys.executable, "-c", OPEN_AS_NOBODY, str(path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert child.returncode == 0, child.stderr
    return child.stdout


@pytest.fixture
def public_dir() -> Iterator[Path]:
    """A temporary directory that an unprivileged user can reach."""
    path = Path(tempfile.mkdtemp(prefix="claimgraph-test-"))
    path.chmod(0o755)
    yield path
    for sub in path.rglob("*"):
        sub.chmod(0o755 if sub.is_dir() else 0o644)
    shutil.rmtree(path)


def test_a_read_only_store_directory_gives_a_store_error(public_dir: Path) -> None:
    target = public_dir / "store"
    with EmbeddedStore(target) as store:
        store.apply(GraphBatch(nodes=[person("ann")]))
    for sub in target.iterdir():
        sub.chmod(0o444)
    target.chmod(0o555)
    assert open_as_unprivileged_user(target).startswith("StoreError: embedded store")


def test_a_read_only_parent_directory_gives_a_one_line_store_error(public_dir: Path) -> None:
    public_dir.chmod(0o555)
    outcome = open_as_unprivileged_user(public_dir / "store")
    assert outcome.startswith("StoreError: embedded store") and outcome.count("\n") == 1


# A child whose files may not grow past a limit, as on a full disk: it writes a
# small batch, then a batch too big to fit, and reports what happened.
FULL_DISK_WRITER = textwrap.dedent(
    """
    import resource, signal, sys
    from graph.embedded import EmbeddedStore
    from graph.model import GraphBatch, Label, Node

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # get EFBIG instead of being killed
    store = EmbeddedStore(sys.argv[1])
    store.apply(GraphBatch(nodes=[Node("person:small", Label.PERSON, {"name": "Small"})]))
    resource.setrlimit(resource.RLIMIT_FSIZE, (256 * 1024, resource.RLIM_INFINITY))
    big = [Node(f"person:{i}", Label.PERSON, {"text": "x" * 2000}) for i in range(500)]
    try:
        store.apply(GraphBatch(nodes=big))
    except Exception as exc:
        print(f"{type(exc).__name__}: {exc}")
    else:
        print("written")
    """
)


def test_a_full_disk_gives_a_one_line_store_error(directory: Path) -> None:
    child = subprocess.run(
        [sys.executable, "-c", FULL_DISK_WRITER, str(directory)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert child.stdout.startswith("StoreError: embedded store") and child.stdout.count("\n") == 1


def test_a_write_failing_on_a_full_disk_leaves_no_trace(directory: Path) -> None:
    subprocess.run(
        [sys.executable, "-c", FULL_DISK_WRITER, str(directory)], capture_output=True, timeout=60
    )
    with EmbeddedStore(directory) as store:
        assert store.stats() == {"Person": 1}


def test_a_corrupt_database_file_gives_a_store_error(directory: Path) -> None:
    directory.mkdir()
    (directory / "claimgraph.sqlite3").write_bytes(b"this is not a database" * 200)
    with pytest.raises(StoreError, match="corrupt"):
        EmbeddedStore(directory)


def test_a_file_in_place_of_the_directory_gives_a_store_error(tmp_path: Path) -> None:
    (tmp_path / "store").write_text("oops")
    with pytest.raises(StoreError):
        EmbeddedStore(tmp_path / "store")


# ---------------------------------------------------------------- two engines, one meaning

_CHARS = "aAbBéÉzZ1-"
_word = st.text(_CHARS, min_size=1, max_size=4)
_props = st.fixed_dictionaries(
    {},
    optional={
        "name": st.lists(_word, min_size=1, max_size=3).map(" ".join),
        "aliases": st.lists(_word, max_size=2),
        "text": st.lists(_word, min_size=1, max_size=4).map(" ".join),
        "n": st.integers(-3, 3),
        "f": st.one_of(st.integers(-2, 2), st.floats(-2, 2, allow_nan=False)),
        "s": st.sampled_from(["a", "B", "é", "zz", ""]),
        "b": st.booleans(),
        "tags": st.lists(st.sampled_from(["x", "y", "Z"]), max_size=3),
    },
)
_condition = st.one_of(
    st.tuples(st.just("n"), st.integers(-3, 3)),
    st.tuples(st.just("n"), st.tuples(st.integers(-3, 3), st.integers(-3, 3))),
    st.tuples(
        st.just("n"),
        st.builds(Range, st.none() | st.integers(-3, 3), st.none() | st.integers(-3, 3)),
    ),
    st.tuples(
        st.just("f"), st.builds(Range, st.none() | st.floats(-2, 2), st.none() | st.integers(-2, 2))
    ),
    st.tuples(st.just("s"), st.sampled_from(["a", "B", "zz"])),
    st.tuples(
        st.just("s"), st.builds(Range, st.none() | st.sampled_from(["a", "b", "z"]), st.none())
    ),
    st.tuples(st.just("s"), st.builds(Range, st.integers(0, 1), st.none())),
    st.tuples(st.just("b"), st.booleans()),
    st.tuples(st.just("tags"), st.sampled_from(["x", "Z"])),
    st.tuples(st.just("tags"), st.frozensets(st.sampled_from(["x", "y", "q"]))),
    st.tuples(st.just("aliases"), _word),
)
_query = st.fixed_dictionaries(
    {
        "where": st.lists(_condition, max_size=2).map(dict),
        "text": st.none() | st.lists(_word, min_size=1, max_size=2).map(" ".join),
        "prefix": st.none() | st.text(_CHARS + " ", max_size=3),
        "order_by": st.none() | st.sampled_from(["n", "f", "s", "b", "name"]),
        "descending": st.booleans(),
        "limit": st.none() | st.integers(0, 5),
        "offset": st.integers(0, 3),
    }
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_props, min_size=1, max_size=12), st.lists(_query, min_size=1, max_size=5))
def test_sqlite_and_in_memory_queries_agree(records: list[dict], queries: list[dict]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        nodes = [Node(f"model:{i:02}", Label.MODEL, props) for i, props in enumerate(records)]
        with EmbeddedStore(Path(tmp)) as lazy, EmbeddedStore(Path(tmp), preload=True) as loaded:
            lazy.apply(GraphBatch(nodes=nodes))
            for query in queries:
                filters = {k: query[k] for k in ("where", "text", "prefix")}
                assert [n.id for n in lazy.find(Label.MODEL, **query)] == [
                    n.id for n in loaded.find(Label.MODEL, **query)
                ], query
                assert lazy.count(Label.MODEL, **filters) == loaded.count(Label.MODEL, **filters)


_pool = st.sampled_from([f"person:{i}" for i in range(5)])
_node = st.builds(
    lambda node_id, props: Node(node_id, Label.PERSON, props),
    _pool,
    st.fixed_dictionaries(
        {},
        optional={
            "name": _word,
            "aliases": st.lists(_word, max_size=2),
            "sourceArticles": st.lists(st.sampled_from(["a:1", "a:2", "a:3"]), max_size=2),
            "n": st.none() | st.integers(0, 3),
        },
    ),
)
_rel = st.builds(
    lambda rtype, src, dst, props: Relationship(f"{rtype}:{src}->{dst}", rtype, src, dst, props),
    st.sampled_from([RelType.WORKS_FOR, RelType.LEADS]),
    _pool,
    _pool,
    st.fixed_dictionaries({}, optional={"role": _word}),
)
_batch = st.builds(
    GraphBatch,
    nodes=st.lists(_node, max_size=3),
    relationships=st.lists(_rel, max_size=3),
    delete_nodes=st.lists(_pool, max_size=1),
    delete_relationships=st.lists(_rel.map(lambda r: r.id), max_size=1),
    replace=st.booleans(),
)


def observed(store: EmbeddedStore) -> tuple:
    """Everything a reader can see, through several read paths."""
    pool = [f"person:{i}" for i in range(5)]
    return (
        list(store.iter_all()),
        store.stats(),
        store.get_nodes(pool),
        store.relationships_of(pool),
        [n.id for n in store.find(text="a", limit=None)],
        [n.id for n in store.find(prefix="b", limit=None)],
    )


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_batch, min_size=1, max_size=12), st.integers(0, 12))
def test_every_way_of_following_the_writes_sees_the_same_graph(
    batches: list[GraphBatch], snapshot_after: int
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp)
        with (
            EmbeddedStore(directory, preload=True) as writer,  # installs its own commits
            EmbeddedStore(directory, preload=True) as follower,  # catches up now and then
            EmbeddedStore(directory) as lazy,  # reads SQLite only
        ):
            for i, batch in enumerate(batches):
                with contextlib.suppress(ModelError):  # dangling relationships
                    writer.apply(batch)
                if i % 3 == 1:
                    follower.stats()
                if i == snapshot_after:
                    writer.write_snapshot()
            expected = observed(writer)
            assert observed(follower) == expected
            assert observed(lazy) == expected
            with EmbeddedStore(directory, preload=True) as reopened:  # snapshot + catch-up
                assert observed(reopened) == expected


# ---------------------------------------------------------------- neighbour indexes

CLAIM_WRITER = textwrap.dedent(
    """
    import sys
    from graph.embedded import EmbeddedStore
    from graph.model import GraphBatch, Label, Node, Relationship, RelType

    directory, count = sys.argv[1], int(sys.argv[2])
    with EmbeddedStore(directory) as store:
        for i in range(count):
            claim = Node(f"claim:child-{i}", Label.CLAIM,
                         {"text": f"Child {i}.", "publishedAt": f"2030-01-{i + 1:02d}"})
            about = Relationship(f"ABOUT:child-{i}", RelType.ABOUT, claim.id, "organization:hub")
            store.apply(GraphBatch(nodes=[claim], relationships=[about]))
    """
)


def hub_claims(count: int, start: int = 0) -> GraphBatch:
    hub = Node("organization:hub", Label.ORGANIZATION, {"name": "Hub"})
    claims = [
        Node(
            f"claim:{i}",
            Label.CLAIM,
            {"text": f"C {i}.", "publishedAt": f"2024-01-{i % 28 + 1:02d}"},
        )
        for i in range(start, start + count)
    ]
    rels = [Relationship(f"ABOUT:{c.id}", RelType.ABOUT, c.id, hub.id) for c in claims]
    return GraphBatch(nodes=[hub, *claims], relationships=rels)


def test_a_loaded_hub_index_sees_another_processes_writes(
    directory: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_memgraph, "NEIGHBOUR_INDEX_MIN", 0)
    with EmbeddedStore(directory, preload=True) as loaded:
        loaded.apply(hub_claims(10))
        loaded.neighbours_page("organization:hub", RelType.ABOUT, "in")  # builds the index
        child = subprocess.run(
            [sys.executable, "-c", CLAIM_WRITER, str(directory), "3"],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert child.returncode == 0, child.stderr
        nodes, total = loaded.neighbours_page("organization:hub", RelType.ABOUT, "in", limit=3)
    assert ([n.id for n in nodes], total) == (
        ["claim:child-2", "claim:child-1", "claim:child-0"],
        13,
    )


def test_neighbour_indexes_agree_with_a_full_walk_after_random_writes(
    directory: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Creates, re-dates, retargets and deletes, in a loaded store whose indexes were
    built first, answer like the generic walk of :class:`GraphStore` over the same store."""
    import random

    from graph.store import GraphStore

    monkeypatch.setattr(_memgraph, "NEIGHBOUR_INDEX_MIN", 0)
    rng = random.Random(5)
    hubs = [f"organization:h{i}" for i in range(3)]
    paths = [[(RelType.CONCERNS, "in")], [(RelType.ASSERTS, "out"), (RelType.INVOLVES, "in")]]
    with EmbeddedStore(directory, preload=True) as store:
        store.apply(GraphBatch(nodes=[Node(h, Label.ORGANIZATION, {"name": h}) for h in hubs]))

        def answers(generic: bool) -> list:
            out = []
            for h in hubs:
                if generic:
                    about = GraphStore.neighbours_page(store, h, RelType.ABOUT, "in", limit=1000)
                    disputes = GraphStore.reachable_page(
                        store, h, paths, order_keys=("updatedAt",), label="Dispute", limit=1000
                    )
                else:
                    about = store.neighbours_page(h, RelType.ABOUT, "in", limit=1000)
                    disputes = store.reachable_page(
                        h, paths, order_keys=("updatedAt",), label="Dispute", limit=1000
                    )
                out.append(([n.id for n in about[0]], about[1]))
                out.append(([n.id for n in disputes[0]], disputes[1]))
            return out

        answers(generic=False)  # build every index before the writes
        applied = 0
        for step in range(60):
            batch = GraphBatch()
            for _ in range(rng.randint(1, 4)):
                c = f"claim:{rng.randint(0, 30)}"
                d = f"dispute:{rng.randint(0, 8)}"
                h = rng.choice(hubs)
                date = rng.choice(["", "2024-01-01", "2024-01-01T10", "2024-02-01", "2023"])
                action = rng.random()
                if action < 0.35:
                    batch.nodes.append(Node(c, Label.CLAIM, {"text": c, "publishedAt": date}))
                    batch.relationships.append(Relationship(f"ABOUT:{c}>{h}", RelType.ABOUT, c, h))
                    batch.relationships.append(
                        Relationship(f"ASSERTS:{h}>{c}", RelType.ASSERTS, h, c)
                    )
                elif action < 0.55:
                    batch.nodes.append(Node(d, Label.DISPUTE, {"updatedAt": date}))
                    batch.nodes.append(Node(c, Label.CLAIM, {"text": c}))
                    batch.relationships.append(
                        Relationship(f"INVOLVES:{d}>{c}", RelType.INVOLVES, d, c)
                    )
                    if rng.random() < 0.3:
                        batch.relationships.append(
                            Relationship(f"CONCERNS:{d}>{h}", RelType.CONCERNS, d, h)
                        )
                elif action < 0.7:  # retarget, as a curation merge does
                    other = rng.choice(hubs)
                    batch.relationships.append(
                        Relationship(f"ABOUT:{c}>{h}", RelType.ABOUT, c, other)
                    )
                elif action < 0.8:
                    batch.delete_relationships.append(f"ASSERTS:{h}>{c}")
                elif action < 0.9:
                    batch.delete_nodes.append(rng.choice([c, d]))
                else:
                    batch.nodes.append(Node(c, Label.CLAIM, {"text": c, "firstSeen": date}))
            try:
                store.apply(batch)
            except ModelError:  # a relationship to a node deleted earlier: skip the batch
                continue
            applied += 1
            assert answers(generic=False) == answers(generic=True), f"after batch {step}"
        final = answers(generic=False)
    assert applied >= 30 and sum(total for _, total in final) >= 10  # the test tested something


def test_warm_up_orders_the_biggest_nodes_for_the_pages_asked_before(
    directory: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_memgraph, "NEIGHBOUR_INDEX_MIN", 5)
    with EmbeddedStore(directory, preload=True) as first:
        first.apply(hub_claims(10))
        first.neighbours_page("organization:hub", RelType.ABOUT, "in", label=Label.CLAIM)
    with EmbeddedStore(directory) as restarted:
        restarted.warm_up()
        prepared = dict(restarted._graph().neighbour_indexes)
        page = restarted.neighbours_page("organization:hub", RelType.ABOUT, "in", limit=1)
    assert (list(prepared), page[1]) == (["organization:hub"], 10)
