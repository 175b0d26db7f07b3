"""The store directory misbehaves under ``claimgraph ingest``: a full disk, a
directory the user may not write.  One clear line, no traceback, no corruption,
and the work can be redone once the disk has room.

(The store-level cases, without the CLI, are in ``tests/test_embedded_store.py``.)
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import textwrap
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples" / "articles"
FIRST = SAMPLES / "01-llama4-arena.txt"
LATER = [SAMPLES / "02-llama4-fudged.txt", SAMPLES / "03-grok3-aime.txt"]
CLOCK_KEYS = frozenset({"fetchedAt", "firstSeen", "lastSeen", "createdAt", "updatedAt"})


def claimgraph(*args: str, preexec_fn=None) -> subprocess.CompletedProcess:  # type: ignore[no-untyped-def]
    return subprocess.run(
        [sys.executable, "-m", "api.cli", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
        preexec_fn=preexec_fn,
    )


def without_clock(value):  # type: ignore[no-untyped-def]
    if isinstance(value, dict):
        return {k: without_clock(v) for k, v in value.items() if k not in CLOCK_KEYS}
    if isinstance(value, list):
        return [without_clock(v) for v in value]
    return value


def exported(store: Path) -> dict:
    result = claimgraph("export", "--format", "json", "--store", str(store))
    assert result.returncode == 0, result.stderr
    return without_clock(json.loads(result.stdout))


def canonical(graph: dict) -> dict:
    return {key: sorted(json.dumps(v, sort_keys=True) for v in graph[key]) for key in graph}


def claims_by_article(graph: dict) -> dict[str, set[str]]:
    found: dict[str, set[str]] = defaultdict(set)
    for claim in graph["claims"]:
        found[claim["articleId"]].add(claim["id"])
    return found


@pytest.fixture(scope="module")
def reference(tmp_path_factory) -> dict:
    """All three articles ingested with nothing going wrong."""
    store = tmp_path_factory.mktemp("reference") / "store"
    assert claimgraph("ingest", "--quiet", "--store", str(store), str(FIRST)).returncode == 0
    assert claimgraph("ingest", "--quiet", "--store", str(store), *map(str, LATER)).returncode == 0
    return exported(store)


def file_size_limit(limit: int):  # type: ignore[no-untyped-def]
    """preexec_fn: files may not grow past ``limit`` bytes, as on a full disk."""

    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # EFBIG instead of being killed
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))

    return apply


def test_a_full_disk_fails_whole_articles_only_and_the_rerun_completes(
    tmp_path: Path, reference: dict
) -> None:
    store = tmp_path / "store"
    assert claimgraph("ingest", "--quiet", "--store", str(store), str(FIRST)).returncode == 0
    size = max(p.stat().st_size for p in store.iterdir())
    full = claimgraph(
        "ingest", "--quiet", "--store", str(store), *map(str, LATER),
        preexec_fn=file_size_limit(size + 4096),
    )  # fmt: skip
    assert full.returncode in (1, 3), full.stderr
    lines = [line for line in full.stderr.splitlines() if line.strip()]
    assert lines and all("disk full or failing" in line for line in lines), full.stderr
    assert "Traceback" not in full.stderr

    graph = exported(store)  # opens: no corruption
    present = {a["id"] for a in graph["articles"]}
    expected, stored = claims_by_article(reference), claims_by_article(graph)
    for article in reference["articles"]:
        want = expected[article["id"]] if article["id"] in present else set()
        assert stored.get(article["id"], set()) == want, f"{article['id']} is stored half"

    again = claimgraph("ingest", "--quiet", "--store", str(store), *map(str, LATER))
    assert again.returncode == 0, again.stderr
    assert canonical(exported(store)) == canonical(reference)


# Imports everything first, then (as root, who ignores permissions) becomes the
# unprivileged user "nobody" and runs the CLI.
CLI_AS_NOBODY = textwrap.dedent(
    """
    import os, sys
    import api.cli, api.ingestion, graph.embedded
    if os.geteuid() == 0:
        os.setgroups([])
        os.setgid(65534)
        os.setuid(65534)
    sys.exit(api.cli.main(sys.argv[1:]))
    """
)


@pytest.fixture
def root_owned_store() -> Iterator[Path]:
    """A store written by its owner, in a directory others may read but not write."""
    base = Path(tempfile.mkdtemp(prefix="claimgraph-hardening-"))
    base.chmod(0o755)
    store = base / "store"
    assert claimgraph("ingest", "--quiet", "--store", str(store), str(FIRST)).returncode == 0
    store.chmod(0o755)
    for path in store.iterdir():
        path.chmod(0o644)
    yield store
    shutil.rmtree(base)


@pytest.mark.parametrize("command", [["ingest", str(LATER[0])], ["stats"]])
def test_a_store_the_user_may_not_write_is_one_line_and_stays_intact(
    root_owned_store: Path, command: list[str]
) -> None:
    before = exported(root_owned_store)
    result = subprocess.run(
        [sys.executable, "-c", CLI_AS_NOBODY, *command, "--store", str(root_owned_store)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode == 1
    assert (
        result.stderr
        == f"claimgraph: embedded store {root_owned_store}: the directory is not writable\n"
    )
    assert canonical(exported(root_owned_store)) == canonical(before)


# ------------------------------------------------------------------ secrets in errors

NEO4J_SECRET = "pw-that-must-not-show-7c1e"


def claimgraph_with_env(*args: str, **env: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("CLAIMGRAPH_", "NEO4J_"))}
    return subprocess.run(
        [sys.executable, "-m", "api.cli", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        env=clean | env,
    )


def test_an_unreachable_neo4j_is_one_line_without_the_password() -> None:
    result = claimgraph_with_env(
        "stats",
        "--store",
        "bolt://127.0.0.1:1",
        NEO4J_USERNAME="neo4j",
        NEO4J_PASSWORD=NEO4J_SECRET,
        CLAIMGRAPH_NEO4J_RETRY_SECONDS="0.2",
    )
    assert result.returncode == 1
    assert len(result.stderr.splitlines()) == 1 and "unavailable" in result.stderr
    assert NEO4J_SECRET not in result.stderr + result.stdout


@pytest.mark.neo4j
def test_wrong_neo4j_credentials_are_one_line_without_the_password() -> None:
    from tests.neo4j_support import require_neo4j

    require_neo4j()
    result = claimgraph_with_env(
        "stats",
        "--store",
        os.environ["NEO4J_URI"],
        # Not the real user: repeated failures lock an account out for a while.
        NEO4J_USERNAME="claimgraph-hardening-nobody",
        NEO4J_PASSWORD=NEO4J_SECRET,
    )
    assert result.returncode == 1
    assert len(result.stderr.splitlines()) == 1 and "rejected the credentials" in result.stderr
    assert NEO4J_SECRET not in result.stderr + result.stdout


def test_a_neo4j_uri_with_credentials_is_refused_without_echoing_them() -> None:
    result = claimgraph_with_env("stats", "--store", f"bolt://neo4j:{NEO4J_SECRET}@127.0.0.1:1")
    assert result.returncode == 1
    assert NEO4J_SECRET not in result.stderr + result.stdout
