"""Start ``claimgraph serve`` on a free 127.0.0.1 port in a subprocess, for benchmarks.

The server is the real one (``api.cli``), with its store given by
``CLAIMGRAPH_STORE``; it is stopped with SIGTERM (then SIGKILL) on exit.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

from bench.common import REPO


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass(slots=True)
class RunningServer:
    url: str  # http://127.0.0.1:PORT
    process: subprocess.Popen[bytes]
    startup_seconds: float

    @property
    def graphql_url(self) -> str:
        return f"{self.url}/graphql"

    @property
    def ws_url(self) -> str:
        return self.url.replace("http://", "ws://") + "/graphql"


@contextmanager
def running_server(
    store: Path | str, env: dict[str, str] | None = None, timeout: float = 600
) -> Iterator[RunningServer]:
    """A started server, ready (``/readyz``) before the block runs."""
    port = free_port()
    full_env = {
        **os.environ,
        "CLAIMGRAPH_STORE": str(store),
        "CLAIMGRAPH_LOG_LEVEL": "warning",
        **(env or {}),
    }
    log_path = Path(str(store) + f".server-{port}.log") if os.path.isdir(store) else None
    log = open(log_path, "wb") if log_path else subprocess.DEVNULL  # noqa: SIM115
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "api.cli", "serve", "--host", "127.0.0.1", "--port", str(port)],
        cwd=REPO,
        env=full_env,
        stdout=log,
        stderr=log,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        with httpx.Client(timeout=5) as client:
            while True:
                if process.poll() is not None:
                    raise SystemExit(f"bench: the server exited with {process.returncode}")
                try:
                    if client.get(f"{url}/readyz").status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                if time.perf_counter() - started > timeout:
                    raise SystemExit("bench: the server did not become ready")
                time.sleep(0.1)
        yield RunningServer(url, process, time.perf_counter() - started)
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if log_path:
            log.close()  # type: ignore[union-attr]
            log_path.unlink(missing_ok=True)
