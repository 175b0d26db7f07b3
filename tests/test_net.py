"""HTTP fetching: limits, redirects, content types and the SSRF guard (real server)."""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Iterator
from ipaddress import ip_address

import pytest

from ingest.document import ReadError
from ingest.feeds import FeedState
from ingest.net import (
    AddressPolicy,
    BlockedAddress,
    Fetcher,
    GuardedBackend,
    Response,
    is_accepted_type,
    is_feed_document,
    root_element,
    sniff_kind,
)
from ingest.sources import read_one, read_sources, read_url
from tests.local_http import CONNECTIONS, LocalServer, Reply

TEXT = "Borealis denied the report on Monday.\n"


@pytest.fixture
def server() -> Iterator[LocalServer]:
    with LocalServer() as srv:
        yield srv


@pytest.fixture
def fetcher(monkeypatch: pytest.MonkeyPatch) -> Iterator[Fetcher]:
    monkeypatch.setenv("CLAIMGRAPH_ALLOW_PRIVATE_HOSTS", "127.0.0.1")
    monkeypatch.setenv("CLAIMGRAPH_FETCH_MIN_INTERVAL", "0")
    monkeypatch.setenv("CLAIMGRAPH_MAX_BODY_BYTES", "200000")
    with Fetcher.from_environment() as f:
        yield f


def test_plain_text_url_is_read(server: LocalServer, fetcher: Fetcher) -> None:
    server.add("/a.txt", TEXT, "text/plain; charset=utf-8")
    article = read_one(server.url("/a.txt"), fetcher=fetcher)
    assert (article.text, article.url) == (TEXT, server.url("/a.txt"))


def test_declared_legacy_charset_is_honoured(server: LocalServer, fetcher: Fetcher) -> None:
    server.add("/l.txt", "Café Nova said so.\n".encode("latin-1"), "text/plain; charset=latin-1")
    assert read_one(server.url("/l.txt"), fetcher=fetcher).text == "Café Nova said so.\n"


def test_user_agent_is_sent(server: LocalServer, fetcher: Fetcher) -> None:
    server.add("/a.txt", TEXT, "text/plain")
    fetcher.fetch(server.url("/a.txt"))
    assert server.requests[-1].headers["user-agent"].startswith("ClaimGraph/")


def test_the_user_agent_setting_is_sent(
    server: LocalServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLAIMGRAPH_ALLOW_PRIVATE_HOSTS", "127.0.0.1")
    monkeypatch.setenv("CLAIMGRAPH_USER_AGENT", "NewsDesk/2 (+mailto:desk@example.org)")
    server.add("/a.txt", TEXT, "text/plain")
    with Fetcher.from_environment() as fetcher:
        fetcher.fetch(server.url("/a.txt"))
    assert server.requests[-1].headers["user-agent"] == "NewsDesk/2 (+mailto:desk@example.org)"


def test_http_404_is_a_read_error(server: LocalServer, fetcher: Fetcher) -> None:
    with pytest.raises(ReadError, match=r"/missing: HTTP 404$"):
        read_one(server.url("/missing"), fetcher=fetcher)


@pytest.mark.parametrize(
    ("status", "reason"), [(300, "unexpected HTTP status 300"), (400, "HTTP 400")]
)
def test_only_2xx_bodies_are_read(
    server: LocalServer, fetcher: Fetcher, status: int, reason: str
) -> None:
    server.routes["/odd"] = Reply(status, {"Content-Type": "text/plain"}, TEXT.encode())
    with pytest.raises(ReadError) as refused:
        fetcher.fetch(server.url("/odd"))
    assert str(refused.value) == f"{server.url('/odd')}: {reason}"


def test_a_body_without_a_content_type_is_sniffed(server: LocalServer, fetcher: Fetcher) -> None:
    server.routes["/bare"] = Reply(200, {}, b"<!DOCTYPE html><html><body>news</body></html>")
    response = fetcher.fetch(server.url("/bare"))
    assert (response.content_type, response.kind) == ("", "html")


def test_a_charset_among_several_parameters_is_found_in_any_case(
    server: LocalServer, fetcher: Fetcher
) -> None:
    body = "Café Nova said so.\n".encode("latin-1")
    server.add("/p.txt", body, "text/plain; Charset=latin-1; format=flowed")
    response = fetcher.fetch(server.url("/p.txt"))
    assert (response.content_type, response.text()) == ("text/plain", "Café Nova said so.\n")


def test_redirects_are_followed_to_the_final_url(server: LocalServer, fetcher: Fetcher) -> None:
    server.redirect("/r1", "/r2", 301)
    server.redirect("/r2", server.url("/r3"), 307)
    server.add("/r3", TEXT, "text/plain")
    assert fetcher.fetch(server.url("/r1")).url == server.url("/r3")


def test_more_than_five_redirects_is_a_read_error(server: LocalServer, fetcher: Fetcher) -> None:
    for i in range(7):
        server.redirect(f"/loop{i}", f"/loop{i + 1}")
    with pytest.raises(ReadError, match="more than 5 redirects"):
        fetcher.fetch(server.url("/loop0"))


def test_five_redirects_are_followed_and_a_sixth_is_refused(
    server: LocalServer, fetcher: Fetcher
) -> None:
    for i in range(6):
        server.redirect(f"/hop{i}", f"/hop{i + 1}")
    server.add("/hop5", TEXT, "text/plain")  # five redirects from /hop0
    assert fetcher.fetch(server.url("/hop0")).url == server.url("/hop5")
    server.redirect("/hop5", "/hop6")
    server.add("/hop6", TEXT, "text/plain")  # six redirects from /hop0
    with pytest.raises(ReadError, match=r"/hop0: more than 5 redirects$"):
        fetcher.fetch(server.url("/hop0"))
    assert server.hits("/hop6") == 0


def test_a_redirect_without_a_location_is_a_read_error(
    server: LocalServer, fetcher: Fetcher
) -> None:
    server.routes["/nowhere"] = Reply(302, {"Content-Type": "text/plain"})
    with pytest.raises(ReadError, match=r"/nowhere: HTTP 302 redirect without a Location$"):
        fetcher.fetch(server.url("/nowhere"))


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http:///etc/passwd", "URL has no host"),
        ("http://example.com:99999/", "URL has an invalid port"),
        ("HTTP://[::1]/", "refusing to fetch loopback address ::1"),
        ("https://10.0.0.1/", "refusing to fetch private address 10.0.0.1"),
        ("http://no-such-host.invalid/", "cannot resolve host no-such-host.invalid"),
    ],
    ids=["no-host", "bad-port", "upper-case-scheme", "https", "unresolvable"],
)
def test_urls_without_a_fetchable_host_are_refused_without_connecting(
    url: str, reason: str
) -> None:
    with (
        Fetcher(min_interval=0) as fetcher,
        CONNECTIONS.recording() as connections,
        pytest.raises(ReadError) as refused,
    ):
        fetcher.fetch(url)
    assert (str(refused.value), connections) == (f"{url}: {reason}", [])


def test_streamed_body_over_the_limit_is_refused(server: LocalServer, fetcher: Fetcher) -> None:
    server.routes["/huge"] = Reply(200, {"Content-Type": "text/plain"}, stream_bytes=1_000_000)
    with pytest.raises(ReadError, match="larger than 200000 bytes"):
        fetcher.fetch(server.url("/huge"))


def test_declared_length_over_the_limit_is_refused(server: LocalServer, fetcher: Fetcher) -> None:
    server.add("/big", b"x" * 300_000, "text/plain")
    with pytest.raises(ReadError, match="larger than 200000 bytes"):
        fetcher.fetch(server.url("/big"))


def test_a_declared_length_over_the_limit_is_refused_before_the_body_arrives() -> None:
    # The server announces 300,000 bytes and sends none: the length alone refuses it
    # at once, where waiting for the body would end in a timeout.
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)

        def announce_and_stall() -> None:
            conn, _ = listener.accept()
            with conn:
                conn.recv(65536)
                conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n")
                conn.sendall(b"Content-Length: 300000\r\n\r\n")
                conn.settimeout(5)
                with contextlib.suppress(OSError):
                    conn.recv(1)  # until the client hangs up

        thread = threading.Thread(target=announce_and_stall, daemon=True)
        thread.start()
        url = f"http://127.0.0.1:{listener.getsockname()[1]}/big"
        loopback = AddressPolicy.parse("127.0.0.1")
        with (
            Fetcher(policy=loopback, min_interval=0, max_body_bytes=200_000, timeout=2) as fetcher,
            pytest.raises(ReadError) as refused,
        ):
            fetcher.fetch(url)
        thread.join()
    assert str(refused.value) == f"{url}: response larger than 200000 bytes"


def fetch_capped(url: str, cap: int) -> bytes:
    """The body at ``url`` fetched with a size cap of ``cap`` bytes."""
    loopback = AddressPolicy.parse("127.0.0.1")
    with Fetcher(policy=loopback, min_interval=0, max_body_bytes=cap) as fetcher:
        return fetcher.fetch(url).content


def test_a_body_of_exactly_the_limit_is_read_declared_or_streamed(server: LocalServer) -> None:
    server.add("/declared", b"x" * 200_000, "text/plain")
    # Streamed without a Content-Length: the server sends whole 65,536-byte chunks.
    server.routes["/streamed"] = Reply(200, {"Content-Type": "text/plain"}, stream_bytes=131_071)
    assert len(fetch_capped(server.url("/declared"), 200_000)) == 200_000
    with pytest.raises(ReadError, match=r"/declared: response larger than 199999 bytes$"):
        fetch_capped(server.url("/declared"), 199_999)
    assert len(fetch_capped(server.url("/streamed"), 131_072)) == 131_072
    with pytest.raises(ReadError, match=r"/streamed: response larger than 131071 bytes$"):
        fetch_capped(server.url("/streamed"), 131_071)


def test_unsupported_content_type_is_refused(server: LocalServer, fetcher: Fetcher) -> None:
    server.add("/pic", b"\x89PNG\r\n", "image/png")
    with pytest.raises(ReadError, match=r"/pic: unsupported content type image/png$"):
        fetcher.fetch(server.url("/pic"))


@pytest.mark.parametrize("content_type", ["text/plain", "text/html"])
def test_a_fetched_article_is_named_by_its_url(
    server: LocalServer, fetcher: Fetcher, content_type: str
) -> None:
    page = "<html><body><article>" + f"<p>{TEXT * 5}</p>" * 4 + "</article></body></html>"
    server.add("/a", TEXT if content_type == "text/plain" else page, content_type)
    assert read_one(server.url("/a"), fetcher=fetcher).source == server.url("/a")


@pytest.mark.parametrize("charset", [None, "utf-8", "UTF8", "us-ascii", "ascii"])
def test_a_fetched_text_in_utf8_or_ascii_with_an_invalid_byte_is_refused(
    server: LocalServer, fetcher: Fetcher, charset: str | None
) -> None:
    # As for a local file: not decoded with replacement characters, refused.
    content_type = f"text/plain; charset={charset}" if charset else "text/plain"
    server.add("/a.txt", TEXT.encode() + b"\xff\n", content_type)
    with pytest.raises(ReadError) as refused:
        read_one(server.url("/a.txt"), fetcher=fetcher)
    assert refused.value.reason == f"not valid UTF-8 text (bad byte at offset {len(TEXT)})"


def test_plain_xml_is_not_an_article(server: LocalServer, fetcher: Fetcher) -> None:
    server.add("/x.xml", "<?xml version='1.0'?><catalog><item/></catalog>", "application/xml")
    with pytest.raises(ReadError) as refused:
        read_one(server.url("/x.xml"), fetcher=fetcher)
    assert (refused.value.source, refused.value.reason) == (
        server.url("/x.xml"),
        "is XML (application/xml), not an article",
    )


def test_non_http_scheme_is_refused(fetcher: Fetcher) -> None:
    with pytest.raises(ReadError) as refused:
        fetcher.fetch("file:///etc/passwd")
    assert str(refused.value) == "file:///etc/passwd: only http and https URLs are fetched"


# ---------------------------------------------------------------- SSRF guard


def test_loopback_is_refused_without_the_allow_list(
    server: LocalServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CLAIMGRAPH_ALLOW_PRIVATE_HOSTS", raising=False)
    server.add("/a.txt", TEXT, "text/plain")
    with Fetcher.from_environment() as fetcher, pytest.raises(ReadError, match="loopback"):
        fetcher.fetch(server.url("/a.txt"))
    assert server.hits("/a.txt") == 0


def test_host_name_resolving_to_loopback_is_refused(server: LocalServer) -> None:
    server.add("/a.txt", TEXT, "text/plain")
    with Fetcher(min_interval=0) as fetcher, pytest.raises(ReadError, match="loopback"):
        fetcher.fetch(server.url("/a.txt", host="localhost"))


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://10.0.0.1/", "private address 10.0.0.1"),
        ("http://169.254.169.254/latest/meta-data/", "cloud metadata address"),
        ("http://[::1]:8080/", "loopback address ::1"),
        ("http://[fd00:ec2::254]/", "cloud metadata address"),
        ("http://[::ffff:192.168.1.1]/", "private address 192.168.1.1"),
        ("http://0.0.0.0/", "unspecified address"),
        ("http://224.0.0.1/", "multicast address"),
        ("http://[fd12:3456::1]/", "unique-local address fd12:3456::1"),
        ("http://[4000::1]/", "reserved address 4000::1"),
        ("http://100.64.0.1/", "non-public address 100.64.0.1"),
    ],
)
def test_literal_private_addresses_are_refused_without_connecting(url: str, reason: str) -> None:
    with (
        Fetcher(min_interval=0) as fetcher,
        CONNECTIONS.recording() as connections,
        pytest.raises(ReadError, match=f": refusing to fetch {reason}"),
    ):
        fetcher.fetch(url)
    assert connections == []


@pytest.mark.parametrize(
    "url", ["http://169.254.169.254/", "http://[::ffff:169.254.169.254]/"], ids=["ipv4", "mapped"]
)
def test_metadata_address_stays_closed_under_wildcard(url: str) -> None:
    fetcher = Fetcher(policy=AddressPolicy.parse("*"), min_interval=0)
    with (
        fetcher,
        CONNECTIONS.recording() as connections,
        pytest.raises(
            ReadError, match=r"refusing to fetch cloud metadata address 169\.254\.169\.254$"
        ),
    ):
        fetcher.fetch(url)
    assert connections == []


def test_redirect_to_loopback_is_refused(server: LocalServer) -> None:
    # "localhost" is allowed by name; the redirect target 127.0.0.1 is not.
    server.redirect("/go", server.url("/secret"))
    server.add("/secret", "internal only", "text/plain")
    fetcher = Fetcher(policy=AddressPolicy.parse("localhost"), min_interval=0)
    with fetcher, pytest.raises(ReadError, match=r"redirect to .*refusing.*loopback"):
        fetcher.fetch(server.url("/go", host="localhost"))
    assert server.hits("/secret") == 0


def test_guarded_backend_checks_the_address_it_connects_to(server: LocalServer) -> None:
    backend = GuardedBackend(AddressPolicy())
    with CONNECTIONS.recording() as connections, pytest.raises(BlockedAddress):
        backend.connect_tcp("127.0.0.1", server.port)
    assert connections == []


def test_the_connection_goes_to_the_checked_address() -> None:
    # A server on 127.0.0.2 only: connecting anywhere but the address checked
    # (127.0.0.1, the host's own default) finds nobody listening.
    with LocalServer("127.0.0.2") as elsewhere:
        elsewhere.add("/a.txt", TEXT, "text/plain")
        with Fetcher(policy=AddressPolicy.parse("127.0.0.0/8"), min_interval=0) as fetcher:
            assert fetcher.fetch(elsewhere.url("/a.txt")).content == TEXT.encode()


def test_allow_list_accepts_cidrs() -> None:
    policy = AddressPolicy.parse("10.0.0.0/8, intranet.local")
    assert policy.refusal("x", ip_address("10.1.2.3")) is None


def test_allow_list_accepts_host_names() -> None:
    policy = AddressPolicy.parse("10.0.0.0/8, Intranet.Local")
    assert policy.refusal("intranet.local", ip_address("192.168.5.5")) is None


@pytest.mark.parametrize(
    ("setting", "host", "ip"),
    [
        ("*", "anything.example", "127.0.0.1"),
        (" , intranet.local ,, 10.0.0.0/8 ", "other.example", "10.9.8.7"),
        (" , intranet.local ,, 10.0.0.0/8 ", "intranet.local", "192.168.1.1"),
        ("10.1.2.3/8", "other.example", "10.200.0.1"),
        ("[fd12::1]", "other.example", "fd12::1"),
        ("*, 169.254.0.0/16", "other.example", "169.254.169.254"),
    ],
    ids=["wildcard", "cidr-among-blanks", "host-among-blanks", "cidr-host-bits", "bracketed-ipv6",
         "metadata-by-cidr"],
)  # fmt: skip
def test_the_allow_list_opens_what_it_lists(setting: str, host: str, ip: str) -> None:
    assert AddressPolicy.parse(setting).refusal(host, ip_address(ip)) is None


def test_an_allowed_host_name_matches_in_any_case_and_with_a_final_dot() -> None:
    policy = AddressPolicy.parse("Intranet.Local.")
    spellings = ["intranet.local", "INTRANET.local", "intranet.local."]
    assert [policy.refusal(host, ip_address("192.168.5.5")) for host in spellings] == [None] * 3
    assert policy.refusal("other.local", ip_address("192.168.5.5")) == "private address 192.168.5.5"


@pytest.mark.parametrize("ip", ["93.184.216.34", "2606:4700:4700::1111"], ids=["ipv4", "ipv6"])
def test_public_address_is_allowed(ip: str) -> None:
    assert AddressPolicy().refusal("x", ip_address(ip)) is None


def test_read_sources_yields_url_errors_and_goes_on(server: LocalServer, fetcher: Fetcher) -> None:
    server.add("/a.txt", TEXT, "text/plain")
    items = list(read_sources([server.url("/missing"), server.url("/a.txt")], fetcher=fetcher))
    assert [str(i) if isinstance(i, ReadError) else i.text for i in items] == [
        f"{server.url('/missing')}: HTTP 404",
        TEXT,
    ]


def test_read_url_refuses_local_paths() -> None:
    with pytest.raises(ReadError, match="not an http or https URL"):
        read_url("/etc/hostname")


def test_feed_url_is_not_a_single_article(server: LocalServer, fetcher: Fetcher) -> None:
    feed = '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title></channel></rss>'
    server.add("/feed", feed, "application/rss+xml")
    with pytest.raises(ReadError, match="is an RSS or Atom feed"):
        read_one(server.url("/feed"), fetcher=fetcher)


def test_dns_rebinding_after_the_check_is_refused_at_connect(
    server: LocalServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A name that resolves to a public address when checked and to loopback
    # when connecting: the connection must still be refused.
    answers = iter(["93.184.216.34"])

    def rebinding_dns(host: str, port: int, *args: object, **kwargs: object) -> list:  # type: ignore[type-arg]
        ip = next(answers, "127.0.0.1")
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (ip, port))]

    monkeypatch.setattr(socket, "getaddrinfo", rebinding_dns)
    server.add("/a.txt", TEXT, "text/plain")
    fetcher = Fetcher(min_interval=0)
    url = f"http://rebind.example:{server.port}/a.txt"
    with (
        fetcher,
        CONNECTIONS.recording() as connections,
        pytest.raises(ReadError) as refused,
    ):
        fetcher.fetch(url)
    assert (connections, server.hits("/a.txt")) == ([], 0)
    assert str(refused.value) == f"{url}: refusing to fetch loopback address 127.0.0.1"


def test_read_url_fetches_with_the_given_fetcher(server: LocalServer, fetcher: Fetcher) -> None:
    server.add("/a.txt", TEXT, "text/plain")
    assert read_url(server.url("/a.txt"), fetcher=fetcher).text == TEXT


def test_read_url_fetches_under_the_given_fetchers_policy_not_the_environments(
    server: LocalServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The environment opens no private address; the caller's fetcher opens
    # loopback: the caller's guard is the one applied.
    monkeypatch.delenv("CLAIMGRAPH_ALLOW_PRIVATE_HOSTS", raising=False)
    server.add("/a.txt", TEXT, "text/plain")
    with Fetcher(policy=AddressPolicy.parse("127.0.0.1"), min_interval=0) as given:
        assert read_url(server.url("/a.txt"), fetcher=given).text == TEXT


def test_read_one_of_a_url_takes_the_given_url(server: LocalServer, fetcher: Fetcher) -> None:
    server.add("/a.txt", TEXT, "text/plain")
    article = read_one(server.url("/a.txt"), url="https://news.example/a", fetcher=fetcher)
    assert article.url == "https://news.example/a"


def test_read_one_of_a_feed_spec_is_not_a_single_article(
    server: LocalServer, fetcher: Fetcher
) -> None:
    feed = '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title></channel></rss>'
    server.add("/feed", feed, "application/rss+xml")
    with pytest.raises(ReadError) as refused:
        read_one("FEED:" + server.url("/feed"), fetcher=fetcher)
    assert str(refused.value) == (
        f"FEED:{server.url('/feed')}: is an RSS or Atom feed, not a single article"
    )


def test_read_one_without_a_fetcher_uses_the_environment(
    server: LocalServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLAIMGRAPH_ALLOW_PRIVATE_HOSTS", "127.0.0.1")
    server.add("/a.txt", TEXT, "text/plain")
    assert read_one(server.url("/a.txt")).text == TEXT


def test_a_batch_without_a_fetcher_uses_the_environment_and_one_feed_state(
    server: LocalServer, monkeypatch: pytest.MonkeyPatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    # The feed state defaults to feeds.json in the store folder.
    monkeypatch.setenv("CLAIMGRAPH_ALLOW_PRIVATE_HOSTS", "127.0.0.1")
    monkeypatch.setenv("CLAIMGRAPH_FETCH_MIN_INTERVAL", "0")
    monkeypatch.setenv("CLAIMGRAPH_STORE", str(tmp_path / "store"))
    serve_a_feed_of_one_story(server)
    items = list(read_sources([server.url("/feed"), "feed:" + server.url("/feed")]))
    # read once: the state is kept; each read of the feed accounts for its entry
    assert [type(i).__name__ for i in items] == ["ArticleText", "FeedReport", "FeedReport"]
    assert [str(i) for i in items[1:]] == [
        f"{server.url('/feed')}: feed with 1 entry: 1 read, 0 failed, 0 already read",
        f"{server.url('/feed')}: feed with 1 entry: 0 read, 0 failed, 1 already read",
    ]
    assert FeedState(tmp_path / "store" / "feeds.json").has_seen(server.url("/story"))


def serve_a_feed_of_one_story(server: LocalServer) -> str:
    page = "<html><body><article>" + f"<p>{TEXT * 5}</p>" * 4 + "</article></body></html>"
    server.add("/story", page, "text/html")
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
        f"<item><title>S</title><link>{server.url('/story')}</link></item></channel></rss>"
    )
    server.add("/feed", feed, "application/rss+xml")
    return feed


@pytest.mark.parametrize("spec", ["url-that-is-a-feed", "feed-spec", "saved-feed-file"])
def test_a_batch_records_what_it_read_in_the_feed_state_it_is_given(
    server: LocalServer, fetcher: Fetcher, monkeypatch: pytest.MonkeyPatch, tmp_path, spec: str
) -> None:  # type: ignore[no-untyped-def]
    # The caller's feed state, not the default feeds.json, remembers the entry read.
    monkeypatch.delenv("CLAIMGRAPH_FEED_STATE", raising=False)
    monkeypatch.setenv("CLAIMGRAPH_STORE", str(tmp_path / "store"))
    saved = tmp_path / "saved.xml"
    saved.write_text(serve_a_feed_of_one_story(server), encoding="utf-8")
    specs = {
        "url-that-is-a-feed": server.url("/feed"),
        "feed-spec": "feed:" + server.url("/feed"),
        "saved-feed-file": str(saved),
    }
    given = FeedState(tmp_path / "given.json")
    list(read_sources([specs[spec]], feed_state=given, fetcher=fetcher))
    assert FeedState(tmp_path / "given.json").has_seen(server.url("/story"))
    assert not (tmp_path / "store" / "feeds.json").exists()


def test_a_url_that_turns_out_to_be_a_feed_is_fetched_once(
    server: LocalServer, fetcher: Fetcher, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    # The feed is read from the response already fetched, not asked for again.
    serve_a_feed_of_one_story(server)
    state = FeedState(tmp_path / "feeds.json")
    items = list(read_sources([server.url("/feed")], feed_state=state, fetcher=fetcher))
    assert [type(i).__name__ for i in items] == ["ArticleText", "FeedReport"]
    assert server.hits("/feed") == 1


# ---------------------------------------------------------------- decoding a fetched body


def fetched(content: bytes, charset: str | None = None) -> Response:
    return Response(url="http://news.example/a", status=200, headers={}, content=content,
                    content_type="text/html", charset=charset)  # fmt: skip


def test_a_page_without_an_http_charset_is_decoded_by_its_meta_charset() -> None:
    page = '<html><head><meta charset="iso-8859-1"></head><body>Zürich</body></html>'
    assert "Zürich" in fetched(page.encode("latin-1")).text()


def test_the_http_charset_wins_over_the_meta_charset() -> None:
    page = '<html><head><meta charset="utf-8"></head><body>Zürich</body></html>'
    assert "Zürich" in fetched(page.encode("latin-1"), charset="latin-1").text()


def test_invalid_bytes_are_replaced_not_fatal() -> None:
    assert fetched(b"caf\xe9 au lait").text() == "caf\ufffd au lait"


def test_an_unknown_charset_name_falls_back_to_utf8() -> None:
    body = "Café \xe9".encode() + b"\xff"
    assert fetched(body, charset="x-no-such-charset").text() == "Café \xe9\ufffd"


def test_the_guarded_backend_opens_no_unix_socket() -> None:
    with pytest.raises(BlockedAddress, match=r"^unix sockets are not fetched$"):
        GuardedBackend(AddressPolicy.parse("*")).connect_unix_socket("/run/docker.sock")


def test_the_guarded_backend_sleeps_like_the_plain_one() -> None:
    assert GuardedBackend(AddressPolicy()).sleep(0.0) is None


@pytest.mark.parametrize(
    ("document", "feed"),
    [
        (b'<?xml version="1.0"?><rss version="2.0"><channel/></rss>', True),
        (b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"/>', True),
        (b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>', True),
        (b"<!DOCTYPE html><html><body>news</body></html>", False),
        (b"<catalog><item/></catalog>", False),
    ],
    ids=["rss", "atom", "rdf", "html", "other-xml"],
)
def test_feeds_are_recognised_by_their_root_element(document: bytes, feed: bool) -> None:
    assert is_feed_document(document) is feed


RSS = '<?xml version="1.0"?><rss version="2.0"><channel/></rss>'


@pytest.mark.parametrize(
    "encoded",
    [
        b"\xef\xbb\xbf" + RSS.encode(),
        RSS.encode("utf-16"),
        RSS.encode("utf-16-le"),
        RSS.encode("utf-16-be"),
        RSS.encode("utf-32"),
        RSS.encode("utf-32-le"),
        RSS.encode("utf-32-be"),
        RSS.encode("cp037"),
    ],
    ids=["utf8-bom", "utf16-bom", "utf16le", "utf16be", "utf32-bom", "utf32le", "utf32be", "cp037"],
)
def test_a_feed_is_recognised_in_every_encoding_an_xml_parser_detects(encoded: bytes) -> None:
    assert (root_element(encoded), is_feed_document(encoded)) == ("rss", True)


HTML = b"<!DOCTYPE html><html><body>news</body></html>"
CATALOG = b'<?xml version="1.0"?><catalog><item/></catalog>'


@pytest.mark.parametrize(
    ("content_type", "content", "kind"),
    [
        ("application/rss+xml", RSS.encode(), "feed"),
        ("application/atom+xml", HTML, "feed"),  # the type says feed (read_feed judges the root)
        ("text/html", RSS.encode(), "feed"),  # a mislabelled feed: its root says feed
        ("text/plain", RSS.encode(), "feed"),
        ("application/xml", RSS.encode(), "feed"),
        ("text/html", HTML, "html"),
        ("application/xhtml+xml", HTML, "html"),
        ("application/xml", CATALOG, "xml"),
        ("text/plain", TEXT.encode(), "text"),
        ("text/markdown", HTML, "text"),
        ("", HTML, "html"),  # no type: HTML if it starts like HTML
        ("", b"<head><title>news</title></head>", "html"),
        ("", CATALOG, "text"),
        ("", TEXT.encode(), "text"),
    ],
)
def test_a_response_kind_is_told_by_its_type_and_a_feed_by_its_root_too(
    content_type: str, content: bytes, kind: str
) -> None:
    assert sniff_kind(content_type, content) == kind


def test_bytes_invalid_in_the_encoding_the_head_shows_are_replaced_not_fatal() -> None:
    # UTF-16 by its first bytes, then half a surrogate pair: a crafted body
    # must not make telling its kind raise.
    body = "<rss>".encode("utf-16-le") + b"\x00\xd8" + "<channel/>".encode("utf-16-le")
    assert (root_element(body), sniff_kind("", body)) == ("rss", "feed")


def test_the_root_element_is_looked_for_in_the_first_64_kib_only() -> None:
    assert root_element(b" " * 65531 + b"<rss>") == "rss"  # ends at the last byte
    assert root_element(b" " * 65535 + b"<rss>") is None  # starts at the last byte


@pytest.mark.parametrize(
    ("content_type", "accepted"),
    [
        ("application/vnd.example+xml", True),
        ("image/svg+xml", True),
        ("application/xml-dtd", True),
        ("text/xml-external-parsed-entity", True),
        ("application/xmlish", False),
        ("application/octet-stream", False),
        ("application/json", False),
    ],
)
def test_every_xml_media_type_is_read_and_nothing_else_new(
    content_type: str, accepted: bool
) -> None:
    assert is_accepted_type(content_type) is accepted
