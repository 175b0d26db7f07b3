"""Faults during ingestion: the ingester killed with SIGKILL at random points.

After every kill the store opens, each article in it has all its claims (as a
clean reference ingest of the same files gives them), no claim of an absent
article is there, and running again completes the rest; at the end the store
equals the reference.

The tests kill ``claimgraph ingest`` itself.  The thirty-kill test serves
extractions from a pickle (``tests/hostile/cached_ingest.py``) so thirty runs do
not each spend seconds loading spaCy: its kills land in reading, linking and
the store write (half of them among the articles still to come once the run
writes, so a busy machine cannot push them all before or after the writes).
Two shorter tests run the real command, spaCy and all, and kill it at random
points after it stored its first article, so most kills
land inside a real extraction: once in one process, once with
``--workers 2``, whose extraction workers must not outlive it.
"""

from __future__ import annotations

import io
import json
import os
import pickle
import random
import signal
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

import pytest

from api.ingestion import Ingestor
from graph.embedded import EmbeddedStore
from graph.export import export_graph
from graph.model import Label
from ingest.sources import read_sources
from tests.extract_support import extractor  # noqa: F401  (session fixture)
from tests.hostile import generate
from tests.hostile.cached_ingest import CachedExtractor

ROOT = Path(__file__).resolve().parent.parent
KILLS = 30
ARTICLES = 50
SEED = 20261129
# Each cached extraction sleeps this long, a stand-in for the parse it skips,
# so a run's writes span most of its length instead of a sliver after start-up.
EXTRACT_SECONDS = 0.02
CLOCK_KEYS = frozenset({"fetchedAt", "firstSeen", "lastSeen", "createdAt", "updatedAt"})


def without_clock(value):
    if isinstance(value, dict):
        return {k: without_clock(v) for k, v in value.items() if k not in CLOCK_KEYS}
    if isinstance(value, list):
        return [without_clock(v) for v in value]
    return value


def snapshot(store_dir: Path) -> dict:
    """The whole graph as the JSON export, timestamps removed (opens and closes the store)."""
    out = io.StringIO()
    with EmbeddedStore(store_dir) as store:
        export_graph(store, "json", out)
    return without_clock(json.loads(out.getvalue()))


def claims_by_article(graph: dict) -> dict[str, set[str]]:
    found: dict[str, set[str]] = defaultdict(set)
    for claim in graph["claims"]:
        found[claim["articleId"]].add(claim["id"])
    return found


def whole_articles_only(
    store: Path, expected: dict[str, set[str]], all_articles: set[str], kill: int
) -> int:
    """Open the store after a kill: every article in it has exactly its reference
    claims, no claim of an absent article is there; returns the articles stored."""
    graph = snapshot(store)  # the store must open after every kill
    present = {a["id"] for a in graph["articles"]}
    stored_claims = claims_by_article(graph)
    assert present <= all_articles, f"kill {kill}: unknown article"
    for article_id in all_articles:
        want = expected.get(article_id, set()) if article_id in present else set()
        assert stored_claims.get(article_id, set()) == want, (
            f"kill {kill}: article {article_id} is stored half"
        )
    return len(present)


def canonical(graph: dict) -> dict:
    return {key: sorted(json.dumps(v, sort_keys=True) for v in graph[key]) for key in graph}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, extractor):  # noqa: F811
    """Small articles, their cached extractions and a clean reference ingest."""
    base = tmp_path_factory.mktemp("faults")
    folder = base / "articles"
    generate.small_articles(folder, ARTICLES, seed=SEED)
    cache = {a.id: extractor.extract(a) for a in read_sources([str(folder)])}
    cache_file = base / "extractions.pickle"
    cache_file.write_bytes(pickle.dumps(cache))
    reference = base / "reference"
    with EmbeddedStore(reference) as store:
        summary = Ingestor(store, CachedExtractor(cache)).ingest_specs([str(folder)])  # type: ignore[arg-type]
    assert summary.new == ARTICLES and not summary.failed
    # How long one whole run takes here (start-up included): kill points are
    # drawn as fractions of it, so they fall mid-ingest on slow and fast machines.
    started = time.perf_counter()
    calibration = ingester(cache_file, folder, base / "calibration")
    calibration.communicate(timeout=300)
    assert calibration.returncode == 0
    return folder, cache_file, snapshot(reference), time.perf_counter() - started


def ingester(cache_file: Path, folder: Path, store: Path) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLAIMGRAPH_")}
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.hostile.cached_ingest",
            str(cache_file),
            str(EXTRACT_SECONDS),
            "ingest",
            "--quiet",
            "--store",
            str(store),
            str(folder),
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def test_sigkill_at_random_points_loses_nothing_and_half_stores_nothing(corpus, tmp_path):
    folder, cache_file, reference, full_run = corpus
    expected = claims_by_article(reference)
    all_articles = {a["id"] for a in reference["articles"]}
    store = tmp_path / "store"
    rng = random.Random(SEED)
    progress = []  # articles stored after each kill
    for kill in range(KILLS):
        stored = progress[-1] if progress else 0
        proc = ingester(cache_file, folder, store)
        if kill < KILLS // 2 and stored < len(all_articles):
            # among the articles still to come, once the run is writing: a busy
            # machine stretches start-up and writes unevenly, so a point drawn from
            # the whole run's length alone may miss the writes altogether
            wait_for_articles(store, stored, proc)
            time.sleep(rng.uniform(0, 0.5) * EXTRACT_SECONDS * (len(all_articles) - stored))
        else:
            time.sleep(rng.uniform(0.3, 1.0) * full_run)  # from start-up to the end
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=60)
        progress.append(whole_articles_only(store, expected, all_articles, kill))
    assert any(0 < n < len(all_articles) for n in progress), f"no kill mid-ingest: {progress}"
    rerun = ingester(cache_file, folder, store)
    _, err = rerun.communicate(timeout=120)
    assert rerun.returncode == 0, err.decode()
    assert canonical(snapshot(store)) == canonical(reference)


# ---------------------------------------------------------------- real extraction

REAL_KILLS = 4
WORKER_KILLS = 2
REAL_ARTICLES = 40
#: After a run has stored its first new article (spaCy is loaded and working),
#: it is killed within this many article-times: most of an article's time is
#: its extraction, so most kills land inside spaCy.
KILL_WITHIN_ARTICLES = 3.0
#: How long orphaned extraction workers may take to notice their parent died.
ORPHAN_GRACE_SECONDS = 60


def real_ingester(folder: Path, store: Path, *options: str) -> subprocess.Popen:
    """``claimgraph ingest`` exactly as a user runs it (spaCy extraction included)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLAIMGRAPH_")}
    args = ["ingest", "--quiet", *options, "--store", str(store), str(folder)]
    return subprocess.Popen(
        [sys.executable, "-m", "api.cli", *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def wait_for_articles(store_dir: Path, more_than: int, proc: subprocess.Popen) -> float:
    """Wait until another process has stored more than ``more_than`` articles.

    Reads through a second store on the same directory (readers never block
    the writer).  Returns when that happened, or when ``proc`` ended first.
    """
    with EmbeddedStore(store_dir) as store:
        while store.count(Label.ARTICLE) <= more_than and proc.poll() is None:
            time.sleep(0.01)
    return time.perf_counter()


def descendants(pid: int) -> set[int]:
    """The live processes below ``pid`` (children, grandchildren...), from /proc."""
    parents: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rpartition(")")[2].split()
        except OSError:
            continue
        parents[int(stat.parent.name)] = int(fields[1])
    found: set[int] = set()
    frontier = {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier}
        found |= frontier
    return found


def alive(pid: int) -> bool:
    """True while ``pid`` runs (a zombie waiting to be reaped has ended)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.fixture(scope="module")
def real_corpus(tmp_path_factory):
    """Small articles, a clean reference made by the real command, and its time per article."""
    base = tmp_path_factory.mktemp("faults-real")
    folder = base / "articles"
    generate.small_articles(folder, REAL_ARTICLES, seed=SEED + 1)
    reference = base / "reference"
    EmbeddedStore(reference).close()
    run = real_ingester(folder, reference)
    first_stored = wait_for_articles(reference, 0, run)
    _, err = run.communicate(timeout=300)
    per_article = (time.perf_counter() - first_stored) / (REAL_ARTICLES - 1)
    assert run.returncode == 0, err.decode()
    return folder, snapshot(reference), per_article


def kill_repeatedly(real_corpus, store: Path, kills: int, *options: str) -> list[int]:  # type: ignore[no-untyped-def]
    """Start and SIGKILL ``claimgraph ingest`` ``kills`` times, each after it stored something.

    After each kill: the store opens, each stored article has exactly its
    reference claims, no claim of an absent article exists.  Returns the
    number of stored articles after each kill.
    """
    folder, reference, per_article = real_corpus
    expected = claims_by_article(reference)
    all_articles = {a["id"] for a in reference["articles"]}
    rng = random.Random(SEED + kills)
    progress = [0]
    EmbeddedStore(store).close()
    for kill in range(kills):
        proc = real_ingester(folder, store, *options)
        wait_for_articles(store, progress[-1], proc)
        time.sleep(rng.uniform(0, KILL_WITHIN_ARTICLES) * per_article)
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=60)
        progress.append(whole_articles_only(store, expected, all_articles, kill))
    assert progress[-1] < len(all_articles), f"the kills came too late: {progress}"
    return progress


def test_sigkill_during_real_extraction_loses_nothing_and_half_stores_nothing(
    real_corpus, tmp_path
):
    folder, reference, _ = real_corpus
    store = tmp_path / "store"
    kill_repeatedly(real_corpus, store, REAL_KILLS)
    rerun = real_ingester(folder, store)
    _, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err.decode()
    assert canonical(snapshot(store)) == canonical(reference)


def test_sigkill_with_extraction_workers_loses_nothing_and_leaves_no_worker(real_corpus, tmp_path):
    folder, reference, _ = real_corpus
    store = tmp_path / "store"
    kill_repeatedly(real_corpus, store, WORKER_KILLS - 1, "--workers", "2")
    # The last kill, watched: the parent's workers are found, and must go too.
    proc = real_ingester(folder, store, "--workers", "2")
    with EmbeddedStore(store) as view:
        stored = view.count(Label.ARTICLE)
    wait_for_articles(store, stored, proc)
    workers = descendants(proc.pid)
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=60)
    assert len(workers) >= 2, "the ingest ran without its worker processes"
    deadline = time.monotonic() + ORPHAN_GRACE_SECONDS
    while any(alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [pid for pid in workers if alive(pid)], "extraction workers outlived the ingest"

    rerun = real_ingester(folder, store, "--workers", "2")
    _, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err.decode()
    assert canonical(snapshot(store)) == canonical(reference)
