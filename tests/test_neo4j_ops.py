"""ops/neo4j/start and status, checked against the server ops/test started.

``ops/test`` sources the env file that ``ops/neo4j/start --env-file`` wrote, so
``CLAIMGRAPH_NEO4J_STARTED`` is set when these scripts manage the test server;
with a Neo4j given from outside they have nothing to check.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from tests.neo4j_support import in_ci

pytestmark = pytest.mark.neo4j

OPS = Path(__file__).resolve().parent.parent / "ops" / "neo4j"


@pytest.fixture(autouse=True)
def managed_server() -> None:
    if "CLAIMGRAPH_NEO4J_STARTED" not in os.environ:
        reason = "the Neo4j server was not started by ops/neo4j/start (run ops/test)"
        if in_ci():
            pytest.fail(reason, pytrace=False)
        pytest.skip(reason)


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(OPS / args[0]), *args[1:]], capture_output=True, text=True, timeout=120, check=False
    )


def env_file_lines(path: Path) -> dict[str, str]:
    return dict(line.split("=", 1) for line in path.read_text().splitlines())


def test_start_again_says_already_running_and_gives_the_same_address(tmp_path: Path) -> None:
    env_file = tmp_path / "neo4j.env"
    started = run("start", "--env-file", str(env_file))
    lines = env_file_lines(env_file)
    assert (started.returncode, "already running" in started.stdout) == (0, True)
    assert (lines["NEO4J_URI"], lines["CLAIMGRAPH_NEO4J_STARTED"]) == (
        os.environ["NEO4J_URI"],
        "no",
    )


def test_status_answers_zero_while_bolt_answers() -> None:
    assert run("status").returncode == 0


def test_status_env_lines_point_at_the_running_server() -> None:
    printed = run("status", "--env").stdout
    assert f"export NEO4J_URI={os.environ['NEO4J_URI']}" in printed.splitlines()
