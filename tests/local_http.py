"""A real HTTP server on 127.0.0.1 for reader tests, plus a socket-connect recorder.

Routes map a path to a fixed response or to a function of the request, and
every request (path and headers) is recorded so tests can check what the
client sent: conditional headers, User-Agent, whether a page was fetched.
"""

from __future__ import annotations

import contextlib
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Reply:
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    stream_bytes: int = 0  # when set: send this many filler bytes, no Content-Length
    delay: float = 0.0  # seconds to wait before answering (a stalled server)
    drip_seconds: float = 0.0  # when set: send the body one byte at a time, this far apart


@dataclass
class Seen:
    path: str
    headers: dict[str, str]
    at: float = field(default_factory=time.monotonic)  # when the request arrived


Route = Reply | Callable[[Seen], Reply]


class LocalServer:
    """A threaded HTTP/1.0 server on 127.0.0.1 (or ``address``) with programmable routes."""

    def __init__(self, address: str = "127.0.0.1") -> None:
        self.address = address
        self.routes: dict[str, Route] = {}
        self.requests: list[Seen] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                seen = Seen(self.path, {k.lower(): v for k, v in self.headers.items()})
                server.requests.append(seen)
                route = server.routes.get(self.path)
                reply = Reply(404, {"Content-Type": "text/plain"}, b"not found")
                if route is not None:
                    reply = route(seen) if callable(route) else route
                time.sleep(reply.delay)
                self.send_response(reply.status)
                for key, value in reply.headers.items():
                    self.send_header(key, value)
                if not reply.stream_bytes:
                    self.send_header("Content-Length", str(len(reply.body)))
                self.end_headers()
                with contextlib.suppress(OSError):  # the client may hang up early
                    if reply.drip_seconds:
                        for byte in reply.body:
                            self.wfile.write(bytes([byte]))
                            self.wfile.flush()
                            time.sleep(reply.drip_seconds)
                    elif reply.stream_bytes:
                        chunk = b"a" * 65536
                        for _ in range(reply.stream_bytes // len(chunk) + 1):
                            self.wfile.write(chunk)
                    else:
                        self.wfile.write(reply.body)

            def log_message(self, *args: object) -> None:  # keep test output clean
                pass

        self._httpd = ThreadingHTTPServer((address, 0), Handler)
        self._httpd.daemon_threads = True
        self.port = self._httpd.server_address[1]
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    def url(self, path: str, host: str | None = None) -> str:
        return f"http://{host or self.address}:{self.port}{path}"

    def add(self, path: str, body: bytes | str, content_type: str, **headers: str) -> None:
        """Serve ``body`` at ``path`` with a Content-Type and optional extra headers."""
        data = body.encode("utf-8") if isinstance(body, str) else body
        extra = {k.replace("_", "-"): v for k, v in headers.items()}
        self.routes[path] = Reply(200, {"Content-Type": content_type, **extra}, data)

    def redirect(self, path: str, location: str, status: int = 302) -> None:
        self.routes[path] = Reply(status, {"Location": location})

    def hits(self, path: str) -> int:
        return sum(1 for r in self.requests if r.path == path)

    def __enter__(self) -> LocalServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()


class ConnectRecorder:
    """Records outgoing socket connections (via a Python audit hook)."""

    def __init__(self) -> None:
        self.active = False
        self.addresses: list[object] = []

    def hook(self, event: str, args: tuple[object, ...]) -> None:
        if self.active and event == "socket.connect":
            self.addresses.append(args[1])

    @contextlib.contextmanager
    def recording(self) -> Iterator[list[object]]:
        self.addresses = []
        self.active = True
        try:
            yield self.addresses
        finally:
            self.active = False


# Audit hooks cannot be removed, so one recorder is installed once per process.
CONNECTIONS = ConnectRecorder()
sys.addaudithook(CONNECTIONS.hook)
