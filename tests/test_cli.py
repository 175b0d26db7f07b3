"""The `claimgraph` command line, run as a user runs it: a real process."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples" / "articles"


def claimgraph(*args: str, store: Path | None = None, stdin: str | None = None):
    env = dict(os.environ)
    if store is not None:
        env["CLAIMGRAPH_STORE"] = str(store)
    return subprocess.run(
        [sys.executable, "-m", "api.cli", *args],
        capture_output=True,
        text=True,
        input=stdin,
        env=env,
        cwd=ROOT,
        timeout=300,
    )


def assert_one_line_error(result: subprocess.CompletedProcess, fragment: str) -> None:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert fragment in lines[0]


def test_version_is_printed():
    result = claimgraph("--version")
    assert result.returncode == 0 and result.stdout.startswith("claimgraph ")


def test_extract_prints_the_json_contract():
    result = claimgraph("extract", str(SAMPLES / "02-llama4-fudged.txt"))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert {"entities", "claims", "disputes", "relations"} <= data.keys()
    names = {e["name"] for e in data["entities"]}
    assert {"Yann LeCun", "Meta"} <= names
    assert any(c["claimant"] == "Yann LeCun" for c in data["claims"])


def test_extract_spans_point_into_the_text_exactly_as_read():
    path = SAMPLES / "02-llama4-fudged.txt"
    text = path.read_text(encoding="utf-8")
    data = json.loads(claimgraph("extract", str(path)).stdout)
    body_start = text.index("\n\n") + 2  # the URL header line is not part of the article
    body = text[body_start:]
    for claim in data["claims"]:
        start, end = claim["contentSpan"]
        assert 0 <= start < end <= len(body)


def test_extract_reads_stdin():
    text = (SAMPLES / "05-cloudflare-perplexity.txt").read_text(encoding="utf-8")
    result = claimgraph("extract", "-", stdin=text)
    assert result.returncode == 0, result.stderr
    assert any(e["name"] == "Cloudflare" for e in json.loads(result.stdout)["entities"])


def test_extract_of_a_missing_file_is_one_clear_line():
    assert_one_line_error(claimgraph("extract", "no-such-file.txt"), "no-such-file.txt")


def test_extract_of_an_empty_article_is_one_clear_line(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    assert_one_line_error(claimgraph("extract", str(empty)), "empty")


def test_unknown_option_is_a_usage_error():
    result = claimgraph("extract", "--format", "yaml", "x.txt")
    assert result.returncode == 2 and "Traceback" not in result.stderr


@pytest.fixture(scope="module")
def ingested_store(tmp_path_factory):
    store = tmp_path_factory.mktemp("store") / "data"
    result = claimgraph("ingest", "--quiet", str(SAMPLES), store=store)
    assert result.returncode == 0, result.stderr
    return store, result


def test_ingest_reports_a_one_line_summary(ingested_store):
    _, result = ingested_store
    count = len(list(SAMPLES.glob("*.txt")))
    assert result.stdout.strip().startswith(f"articles: {count} new, 0 unchanged, 0 failed")


def test_ingesting_again_changes_nothing(ingested_store):
    store, _ = ingested_store
    before = claimgraph("stats", store=store).stdout
    again = claimgraph("ingest", "--quiet", str(SAMPLES), store=store)
    assert again.returncode == 0
    assert " 0 new" in again.stdout.split(",")[0] or again.stdout.startswith("articles: 0 new")
    assert claimgraph("stats", store=store).stdout == before


def test_ingest_goes_on_past_a_bad_file_and_says_which(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(
        (SAMPLES / "07-sakana-cuda.txt").read_text(encoding="utf-8"), encoding="utf-8"
    )
    (folder / "bad.txt").write_bytes(b"\xff\xfe\x00broken\x00")
    result = claimgraph("ingest", "--quiet", str(folder), store=tmp_path / "data")
    assert result.returncode == 3
    assert "bad.txt" in result.stderr and "Traceback" not in result.stderr
    assert result.stdout.startswith("articles: 1 new, 0 unchanged, 1 failed")


def test_stats_counts_what_was_ingested(ingested_store):
    store, _ = ingested_store
    stats = dict(
        line.split(None, 1) for line in claimgraph("stats", store=store).stdout.splitlines()
    )
    assert stats["store:"].strip() == "embedded"
    assert int(stats["Article"]) == len(list(SAMPLES.glob("*.txt")))
    assert int(stats["Claim"]) > 0


def test_export_json_has_the_contract_plus_articles(ingested_store):
    store, _ = ingested_store
    result = claimgraph("export", "--format", "json", store=store)
    data = json.loads(result.stdout)
    assert {"entities", "claims", "disputes", "relations", "articles"} <= data.keys()
    assert len(data["articles"]) == len(list(SAMPLES.glob("*.txt")))


def test_export_graphml_is_xml(ingested_store):
    store, _ = ingested_store
    result = claimgraph("export", "--format", "graphml", store=store)
    assert result.returncode == 0 and "<graphml" in result.stdout


def test_export_cypher_is_a_merge_script(ingested_store):
    store, _ = ingested_store
    result = claimgraph("export", "--format", "cypher", store=store)
    assert result.returncode == 0 and "MERGE (n:Article" in result.stdout


# ------------------------------------------------------------ ingest --workers

TIMESTAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)?$")


def without_times(value):
    """The value with every timestamp replaced (two runs read the files at different times)."""
    if isinstance(value, dict):
        return {k: without_times(v) for k, v in value.items()}
    if isinstance(value, list):
        return [without_times(v) for v in value]
    if isinstance(value, str) and TIMESTAMP.match(value):
        return "<time>"
    return value


@pytest.fixture(scope="module")
def ingested_with_workers(tmp_path_factory):
    """The same folder ingested with --workers 1 and --workers 2 into two stores.

    The folder has three articles, a copy of one of them, an unreadable file
    and an empty one, so duplicates and both kinds of failure go through the pool.
    """
    base = tmp_path_factory.mktemp("workers")
    folder = base / "in"
    folder.mkdir()
    for name in ["01-llama4-arena.txt", "04-deepseek-distillation.txt", "07-sakana-cuda.txt"]:
        (folder / name).write_text((SAMPLES / name).read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "08-copy.txt").write_text(
        (SAMPLES / "01-llama4-arena.txt").read_text(encoding="utf-8"), encoding="utf-8"
    )
    (folder / "05-unreadable.txt").write_bytes(b"\xff\xfe\x00broken\x00")
    (folder / "06-empty.txt").write_text("   \n", encoding="utf-8")
    runs = {}
    for workers in (1, 2):
        store = base / f"store-{workers}"
        args = ["ingest", "--quiet", "--workers", str(workers), str(folder)]
        result = claimgraph(*args, store=store)
        export = claimgraph("export", "--format", "json", store=store)
        assert export.returncode == 0, export.stderr
        runs[workers] = result, json.loads(export.stdout), store
    return runs


def test_ingest_with_two_workers_stores_the_same_graph_as_with_one(ingested_with_workers):
    (_, one, _), (_, two, _) = ingested_with_workers[1], ingested_with_workers[2]
    assert one["claims"], "nothing was extracted"
    assert without_times(two) == without_times(one)


def test_ingest_with_two_workers_reports_the_same_outcomes_in_the_same_order(
    ingested_with_workers,
):
    (one, _, _), (two, _, _) = ingested_with_workers[1], ingested_with_workers[2]
    assert one.returncode == 3  # partial: two files failed
    assert one.stdout.startswith("articles: 3 new, 1 unchanged, 2 failed")
    assert (two.returncode, two.stdout, two.stderr) == (one.returncode, one.stdout, one.stderr)


def test_ingest_with_two_workers_logs_the_same_events_in_article_order(ingested_with_workers):
    from graph.embedded import EmbeddedStore

    def events(store: Path) -> list[tuple[str, str]]:
        with EmbeddedStore(str(store)) as s:
            return [(str(e.kind), e.subject) for e in s.events_after(0, limit=1000)]

    (_, _, one), (_, _, two) = ingested_with_workers[1], ingested_with_workers[2]
    assert events(two) == events(one)


def test_an_invalid_workers_setting_is_one_clear_line(tmp_path, monkeypatch):
    monkeypatch.setenv("CLAIMGRAPH_INGEST_WORKERS", "many")
    result = claimgraph("ingest", str(SAMPLES), store=tmp_path / "data")
    assert_one_line_error(result, "CLAIMGRAPH_INGEST_WORKERS")


def children_of(pid: int) -> set[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return {int(c) for c in path.read_text().split()} if path.exists() else set()


def alive(pid: int) -> bool:
    """Running (a zombie waiting to be reaped counts as gone)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except (FileNotFoundError, ProcessLookupError):
        return False
    return "\nState:\tZ" not in status


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc")
def test_ingest_workers_exit_when_the_ingest_process_is_killed(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(40):  # enough work that the run is still going when it is killed
        text = (SAMPLES / "07-sakana-cuda.txt").read_text(encoding="utf-8")
        (folder / f"{i:02}.txt").write_text(f"{text}\nEdition {i}.\n", encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "api.cli", "ingest", "--quiet", "--workers", "2", str(folder)],
        env={**os.environ, "CLAIMGRAPH_STORE": str(tmp_path / "data")},
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 120
        workers: set[int] = set()
        while len(workers) < 2 and time.monotonic() < deadline and proc.poll() is None:
            workers = {c for c in children_of(proc.pid) if "spawn_main" in cmdline(c)}
            time.sleep(0.1)
        assert len(workers) == 2, "the two workers never started"
        # kill mid-run: once the workers are at work and an article is stored
        from graph.embedded import EmbeddedStore
        from graph.model import Label

        with EmbeddedStore(str(tmp_path / "data")) as store:
            while store.count(Label.ARTICLE) == 0 and time.monotonic() < deadline:
                time.sleep(0.1)
        assert proc.poll() is None, "the run ended before it could be killed"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    deadline = time.monotonic() + 60
    while any(alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(alive(w) for w in workers), "a worker outlived its killed parent"


def cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace")
    except (FileNotFoundError, ProcessLookupError):
        return ""
