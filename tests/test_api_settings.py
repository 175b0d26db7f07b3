"""Settings from CLAIMGRAPH_* variables, and ``serve`` as a real process with JSON logs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from api.settings import Settings, SettingsError
from tests.api_support import free_port

REPO = Path(__file__).resolve().parent.parent


def test_defaults() -> None:
    settings = Settings.from_env({})
    assert (settings.api_key, settings.max_page_size, settings.introspection) == (None, 100, True)
    assert settings.event_poll_seconds == 0.5


def test_values_are_read() -> None:
    settings = Settings.from_env(
        {
            "CLAIMGRAPH_API_KEY": "k",
            "CLAIMGRAPH_CORS_ORIGINS": "https://a.example, https://b.example",
            "CLAIMGRAPH_INTROSPECTION": "false",
            "CLAIMGRAPH_MAX_DEPTH": "7",
            "CLAIMGRAPH_EVENT_POLL_SECONDS": "0.25",
        }
    )
    assert settings.cors_origins == ("https://a.example", "https://b.example")
    assert (settings.introspection, settings.max_depth, settings.event_poll_seconds) == (
        False,
        7,
        0.25,
    )


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("CLAIMGRAPH_MAX_DEPTH", "deep", "CLAIMGRAPH_MAX_DEPTH must be a number, got 'deep'"),
        ("CLAIMGRAPH_REQUEST_TIMEOUT", "0", "CLAIMGRAPH_REQUEST_TIMEOUT must be positive, got '0'"),
        (
            "CLAIMGRAPH_INTROSPECTION",
            "maybe",
            "CLAIMGRAPH_INTROSPECTION must be true or false, got 'maybe'",
        ),
    ],
)
def test_bad_values_are_one_clear_line(name: str, value: str, message: str) -> None:
    with pytest.raises(SettingsError) as caught:
        Settings.from_env({name: value})
    assert str(caught.value) == message


def test_settings_repr_hides_the_key() -> None:
    assert "hunter2" not in repr(Settings(api_key="hunter2"))


SERVE = """
import sys
from graph.embedded import EmbeddedStore
from api.server import serve
serve("127.0.0.1", int(sys.argv[2]), EmbeddedStore(sys.argv[1]))
"""


def test_serve_runs_uvicorn_with_json_logs_without_secrets(tmp_path: Path) -> None:
    port = free_port()
    key = "serve-secret-key"
    env = {**os.environ, "CLAIMGRAPH_API_KEY": key, "CLAIMGRAPH_LOG_LEVEL": "INFO"}
    proc = subprocess.Popen(
        [sys.executable, "-c", SERVE, str(tmp_path / "store"), str(port)],
        cwd=REPO,
        env=env,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                ok = httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1)
                break
            except httpx.TransportError:
                assert proc.poll() is None, "server exited"
                assert time.monotonic() < deadline, "server did not start"
                time.sleep(0.1)
        httpx.post(
            f"http://127.0.0.1:{port}/graphql",
            json={"query": "{ stats { kind } }"},
            headers={"Authorization": f"Bearer {key}", "X-API-Key": key},
        )
    finally:
        proc.terminate()
        _, stderr = proc.communicate(timeout=30)
    assert ok.json() == {"status": "ok"}
    lines = [line for line in stderr.splitlines() if line.strip()]
    entries = [json.loads(line) for line in lines]  # every line is one JSON object
    access = [e for e in entries if e["logger"] == "claimgraph.access"]
    assert {(e["method"], e["path"], e["status"]) for e in access} == {
        ("GET", "/healthz", 200),
        ("POST", "/graphql", 200),
    }
    assert key not in stderr
