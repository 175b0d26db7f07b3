"""Each benchmark completes a tiny run and writes a well-formed JSON result.

Speed is never asserted here: the numbers live in BENCHMARKS.md and come
from ``./ops/bench``.  These runs only keep the benchmark code working.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
FIELDS = {"metric", "value", "unit", "ratio", "parameters", "gitCommit"}


def run_smoke(name: str, out: Path) -> dict:
    done = subprocess.run(
        [sys.executable, "-m", "bench", name, "--smoke", "--out", str(out)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    files = list(out.glob(f"{name}-*.json"))
    assert len(files) == 1, f"expected one result file, found {files}"
    return json.loads(files[0].read_text(encoding="utf-8"))


def check_result(data: dict, name: str) -> None:
    assert data["benchmark"] == name
    assert data["parameters"]["smoke"] is True
    for row in data["results"]:
        assert set(row) >= FIELDS, row
        assert isinstance(row["value"], int | float)


@pytest.mark.parametrize("name", ["ingest", "scale", "query", "subscriptions"])
def test_benchmark_smoke_run_writes_a_result(name: str, tmp_path: Path) -> None:
    data = run_smoke(name, tmp_path)
    check_result(data, name)
    assert data["results"], "a run without NEO4J_URI still measures something"


def test_neo4j_benchmark_smoke_run_writes_a_result(tmp_path: Path) -> None:
    # Without NEO4J_URI the run records that it was skipped; with it, it measures.
    data = run_smoke("neo4j", tmp_path)
    check_result(data, "neo4j")
