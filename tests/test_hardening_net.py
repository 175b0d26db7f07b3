"""Network safety beyond ``tests/test_net.py``: link-local addresses, hosts that
stall or drip-feed, and redirects to schemes or addresses that are never fetched.

Real HTTP server on 127.0.0.1; the allow-list opens loopback only where a test
needs to reach it.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator

import pytest

from ingest.document import ReadError
from ingest.net import DEFAULT_MIN_INTERVAL, DEFAULT_TIMEOUT, AddressPolicy, Fetcher
from tests.local_http import CONNECTIONS, LocalServer, Reply, Seen

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
        pytest.raises(ReadError) as refused,
    ):
        fetcher.fetch(server.url("/stall"))
    assert str(refused.value) == f"{server.url('/stall')}: timed out"


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


# ---------------------------------------------------------------- failures as refusals


def test_a_closed_port_is_cannot_connect() -> None:
    with socket.socket() as probe:  # a port nobody listens on once this closes
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/a.txt"
    with Fetcher(policy=LOOPBACK, min_interval=0) as fetcher, pytest.raises(ReadError) as refused:
        fetcher.fetch(url)
    assert str(refused.value) == f"{url}: cannot connect"


def test_a_redirect_to_a_closed_port_is_reported_for_the_url_given(server: LocalServer) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server.redirect("/go", f"http://127.0.0.1:{port}/gone")
    with Fetcher(policy=LOOPBACK, min_interval=0) as fetcher, pytest.raises(ReadError) as refused:
        fetcher.fetch(server.url("/go"))
    assert str(refused.value) == f"{server.url('/go')}: cannot connect"


def test_a_host_whose_dns_fails_at_connect_is_cannot_connect(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The name resolves (to a public address) when checked, and no longer when
    # the guarded backend resolves it again to connect: no connection is made.
    answers = iter(["93.184.216.34"])

    def flaky_dns(host: str, port: int, *args: object, **kwargs: object) -> list:  # type: ignore[type-arg]
        ip = next(answers, None)
        if ip is None:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (ip, port))]

    monkeypatch.setattr(socket, "getaddrinfo", flaky_dns)
    url = "http://flaky.example/a.txt"
    with (
        Fetcher(min_interval=0) as fetcher,
        CONNECTIONS.recording() as connections,
        pytest.raises(ReadError) as refused,
    ):
        fetcher.fetch(url)
    assert (str(refused.value), connections) == (f"{url}: cannot connect", [])


def test_a_url_httpx_cannot_send_is_refused_without_connecting(server: LocalServer) -> None:
    url = server.url("/a\x01b")  # a control character: no valid request line
    with (
        Fetcher(policy=LOOPBACK, min_interval=0) as fetcher,
        CONNECTIONS.recording() as connections,
        pytest.raises(ReadError) as refused,
    ):
        fetcher.fetch(url)
    assert (str(refused.value), connections) == (f"{url}: not a valid URL", [])


def test_a_server_that_hangs_up_without_answering_is_a_network_error() -> None:
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)

        def hang_up() -> None:
            conn, _ = listener.accept()
            with conn:
                conn.recv(65536)  # the request, then close without a word

        thread = threading.Thread(target=hang_up, daemon=True)
        thread.start()
        url = f"http://127.0.0.1:{listener.getsockname()[1]}/a.txt"
        with (
            Fetcher(policy=LOOPBACK, min_interval=0, timeout=5) as fetcher,
            pytest.raises(ReadError) as refused,
        ):
            fetcher.fetch(url)
        thread.join(5)
    assert str(refused.value) == f"{url}: network error (RemoteProtocolError)"


# ---------------------------------------------------------------- the read deadline


class SteppedClock:
    """Returns the given readings in turn (then the last one again)."""

    def __init__(self, *readings: float) -> None:
        self.readings = list(readings)

    def __call__(self) -> float:
        return self.readings.pop(0) if len(self.readings) > 1 else self.readings[0]


@pytest.mark.parametrize(
    ("elapsed", "refused"),
    [(1.999, False), (2.0, False), (2.001, True)],
    ids=["under", "at", "over"],
)
def test_the_body_must_arrive_within_four_timeouts(
    server: LocalServer, elapsed: float, refused: bool
) -> None:
    # One clock reading when the request starts, one after the body's one chunk:
    # the deadline is four timeouts (4 x 0.5 s) after the start, to the tick.
    server.add("/a.txt", TEXT, "text/plain")
    clock = SteppedClock(100.0, 100.0 + elapsed)
    with Fetcher(policy=LOOPBACK, min_interval=0, timeout=0.5, clock=clock) as fetcher:
        if refused:
            with pytest.raises(ReadError) as late:
                fetcher.fetch(server.url("/a.txt"))
            expected = f"{server.url('/a.txt')}: timed out while reading the response"
            assert str(late.value) == expected
        else:
            assert fetcher.fetch(server.url("/a.txt")).content == TEXT.encode()


# ---------------------------------------------------------------- politeness per host


def test_the_interval_is_kept_per_host_not_across_hosts(server: LocalServer) -> None:
    # Two hosts: a second host is not made to wait for the first; the first
    # host's next request waits the interval from the end of its last one.
    now = [0.0]
    arrivals: list[tuple[str, float]] = []

    def recorded(name: str) -> Callable[[Seen], Reply]:
        def route(seen: Seen) -> Reply:
            arrivals.append((name, now[0]))
            return Reply(200, {"Content-Type": "text/plain"}, TEXT.encode())

        return route

    def sleep(seconds: float) -> None:
        now[0] += seconds

    with LocalServer("127.0.0.2") as other:
        server.routes["/a.txt"] = recorded("one")
        other.routes["/a.txt"] = recorded("two")
        policy = AddressPolicy.parse("127.0.0.0/8")
        # the default interval (1 s), on a virtual clock
        with Fetcher(policy=policy, clock=lambda: now[0], sleep=sleep) as fetcher:
            fetcher.fetch(server.url("/a.txt"))
            fetcher.fetch(other.url("/a.txt"))
            fetcher.fetch(server.url("/a.txt"))
    assert arrivals == [("one", 0.0), ("two", 0.0), ("one", DEFAULT_MIN_INTERVAL)]


# ---------------------------------------------------------------- settings


def test_the_fetch_timeout_setting_is_honoured(
    server: LocalServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLAIMGRAPH_ALLOW_PRIVATE_HOSTS", "127.0.0.1")
    monkeypatch.setenv("CLAIMGRAPH_FETCH_MIN_INTERVAL", "0")
    monkeypatch.setenv("CLAIMGRAPH_FETCH_TIMEOUT", "0.3")
    server.routes["/stall"] = Reply(200, {"Content-Type": "text/plain"}, TEXT.encode(), delay=5)
    started = time.monotonic()
    with Fetcher.from_environment() as fetcher, pytest.raises(ReadError) as refused:
        fetcher.fetch(server.url("/stall"))
    assert str(refused.value) == f"{server.url('/stall')}: timed out"
    assert time.monotonic() - started < 3


@pytest.mark.parametrize(("setting", "waits"), [("2.5", [2.5]), ("0", [])])
def test_the_fetch_interval_setting_is_honoured(
    server: LocalServer, monkeypatch: pytest.MonkeyPatch, setting: str, waits: list[float]
) -> None:
    # Two requests to one host, on a virtual clock: the second waits the
    # interval set, and none at all when it is 0.
    monkeypatch.setenv("CLAIMGRAPH_ALLOW_PRIVATE_HOSTS", "127.0.0.1")
    monkeypatch.setenv("CLAIMGRAPH_FETCH_MIN_INTERVAL", setting)
    server.add("/a.txt", TEXT, "text/plain")
    now = [0.0]
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    with Fetcher.from_environment() as fetcher:
        fetcher.clock, fetcher.sleep = (lambda: now[0]), sleep
        fetcher.fetch(server.url("/a.txt"))
        fetcher.fetch(server.url("/a.txt"))
    assert slept == waits


def test_fetch_settings_that_are_no_number_mean_the_default(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("CLAIMGRAPH_FETCH_TIMEOUT", "soon")
    monkeypatch.setenv("CLAIMGRAPH_FETCH_MIN_INTERVAL", "")
    with Fetcher.from_environment() as fetcher:
        assert (fetcher.timeout, fetcher.min_interval) == (DEFAULT_TIMEOUT, DEFAULT_MIN_INTERVAL)
