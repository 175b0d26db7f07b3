"""Network safety beyond ``tests/test_net.py``: link-local addresses, hosts that
stall or drip-feed, and redirects to schemes or addresses that are never fetched.

Real HTTP server on 127.0.0.1; the allow-list opens loopback only where a test
needs to reach it.
"""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator

import pytest

from ingest.document import ReadError
from ingest.net import AddressPolicy, Fetcher
from tests.local_http import CONNECTIONS, LocalServer, Reply

TEXT = "Borealis denied the report on Monday.\n"
LOOPBACK = AddressPolicy.parse("127.0.0.1")


@pytest.fixture
def server() -> Iterator[LocalServer]:
    with LocalServer() as srv:
        yield srv


@pytest.mark.parametrize(
    "url",
    ["http://169.254.10.20/", "http://[fe80::1]/", "http://[::ffff:169.254.10.20]/"],
    ids=["ipv4", "ipv6", "ipv4-mapped"],
)
def test_link_local_addresses_are_refused_without_connecting(url: str) -> None:
    with (
        Fetcher(min_interval=0) as fetcher,
        CONNECTIONS.recording() as connections,
        pytest.raises(ReadError, match=": refusing to fetch link-local address"),
    ):
        fetcher.fetch(url)
    assert connections == []


def test_a_host_that_never_answers_times_out(server: LocalServer) -> None:
    server.routes["/stall"] = Reply(200, {"Content-Type": "text/plain"}, TEXT.encode(), delay=5)
    with (
        Fetcher(policy=LOOPBACK, min_interval=0, timeout=0.3) as fetcher,
        pytest.raises(ReadError, match=r"timed out$"),
    ):
        fetcher.fetch(server.url("/stall"))


def test_a_host_that_never_accepts_the_connection_times_out() -> None:
    # A listener whose accept queue is full: the kernel drops further connection
    # attempts, so the connect itself hangs until the fetch's timeout ends it.
    with socket.socket() as listener, socket.socket() as queued:
        listener.bind(("127.0.0.1", 0))
        listener.listen(0)
        queued.connect(listener.getsockname())  # fills the queue; never accepted
        started = time.monotonic()
        with (
            Fetcher(policy=LOOPBACK, min_interval=0, timeout=0.5) as fetcher,
            pytest.raises(ReadError, match=r": timed out$"),
        ):
            fetcher.fetch(f"http://127.0.0.1:{listener.getsockname()[1]}/")
    assert time.monotonic() - started < 5


def test_a_drip_fed_body_times_out_however_steady(server: LocalServer) -> None:
    # Each byte arrives well within the read timeout; the whole body never does
    # within the fetch's overall budget (four timeouts).
    body = ("x" * 400).encode()
    server.routes["/drip"] = Reply(200, {"Content-Type": "text/plain"}, body, drip_seconds=0.02)
    with (
        Fetcher(policy=LOOPBACK, min_interval=0, timeout=1.0) as fetcher,
        pytest.raises(ReadError, match=r"/drip: timed out while reading the response$"),
    ):
        fetcher.fetch(server.url("/drip"))


@pytest.mark.parametrize(
    ("location", "reason"),
    [
        ("file:///etc/passwd", "only http and https"),
        ("http://169.254.169.254/latest/meta-data/", "cloud metadata address"),
        ("http://10.1.2.3/internal", "private address 10.1.2.3"),
        ("gopher://127.0.0.1:70/", "only http and https"),
    ],
    ids=["file", "metadata", "private", "gopher"],
)
def test_a_redirect_off_the_public_web_is_refused(
    server: LocalServer, location: str, reason: str
) -> None:
    server.redirect("/go", location)
    with (
        Fetcher(policy=LOOPBACK, min_interval=0) as fetcher,
        pytest.raises(ReadError, match=f"redirect to .*{reason}"),
    ):
        fetcher.fetch(server.url("/go"))


def test_the_allow_list_does_not_open_other_private_hosts(server: LocalServer) -> None:
    server.redirect("/go", "http://10.1.2.3/")
    with (
        Fetcher(policy=LOOPBACK, min_interval=0) as fetcher,
        CONNECTIONS.recording() as connections,
        pytest.raises(ReadError, match=r"private address 10\.1\.2\.3"),
    ):
        fetcher.fetch(server.url("/go"))
    assert [c for c in connections if "10.1.2.3" in str(c)] == []
