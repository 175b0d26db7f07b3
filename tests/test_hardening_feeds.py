"""Hostile and odd feeds: entity tricks, external DTDs, thousands of entries,
duplicate and relative links, dates in every format and none, and polite polling.

Complements ``tests/test_feeds.py`` (the plain cases); everything is served by a
real HTTP server on 127.0.0.1.
"""

from __future__ import annotations

import itertools
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from html import escape
from pathlib import Path

import pytest

from ingest.document import ArticleText, ReadError
from ingest.feeds import FeedState, read_feed
from ingest.net import AddressPolicy, Fetcher
from tests import feed_support
from tests.local_http import LocalServer, Reply, Seen

ROOT = Path(__file__).resolve().parent.parent
SECRET = "SECRET-TOKEN-4412"


def page(title: str, sentence: str) -> str:
    paragraphs = "".join(
        f"<p>{sentence} Paragraph {i} adds more detail on what the lab said and when.</p>"
        for i in range(4)
    )
    return (
        f"<!DOCTYPE html><html lang='en'><head><title>{title}</title></head>"
        f"<body><article><h1>{title}</h1>{paragraphs}</article></body></html>"
    )


def rss(items: str, prolog: str = "", title: str = "Desk") -> str:
    return (
        f'<?xml version="1.0" encoding="utf-8"?>{prolog}<rss version="2.0"><channel>'
        f"<title>{title}</title><link>http://news.example/</link>{items}</channel></rss>"
    )


def item(link: str, *, title: str = "Entry", extra: str = "") -> str:
    return f"<item><title>{title}</title><link>{escape(link)}</link>{extra}</item>"


@pytest.fixture
def server() -> Iterator[LocalServer]:
    with LocalServer() as srv:
        for n in range(3):
            srv.add(f"/s{n}", page(f"Story {n}", f"Acme Labs released Falcon-{n}."), "text/html")
        yield srv


fetcher = feed_support.fetcher  # loopback allowed, no politeness delay
state = feed_support.state  # an empty feed state in the test's folder


def read(server: LocalServer, body: str | bytes, fetcher: Fetcher, state: FeedState, **kw):  # type: ignore[no-untyped-def]
    server.add("/feed", body, kw.pop("content_type", "application/rss+xml"))
    return list(read_feed(server.url("/feed"), state, fetcher))


# ---------------------------------------------------------------- entity tricks

LAUGHS = "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(1, 10))
BOMB_ITEMS = "<item><title>&lol9;</title><link>http://news.example/x</link></item>"


@pytest.mark.parametrize(
    "prolog",
    [
        # "<rss" in a comment once made a byte search take the comment for the root.
        '<!DOCTYPE rss [<!-- <rss version="2.0"> --><!ENTITY lol0 "lol">' + LAUGHS + "]>",
        '<!DOCTYPE rss [<?pi <rss ?><!ENTITY lol0 "lol">' + LAUGHS + "]>",
        '<!DOCTYPE rss [\n  <!ENTITY lol0 "lol">' + LAUGHS + "]>",
        "<!DOCTYPE rss [<!ENTITY % pe \"<!ENTITY lol0 'lol'>\"> %pe;" + LAUGHS + "]>",
    ],
    ids=["root-in-comment", "root-in-processing-instruction", "indented", "parameter-entity"],
)
def test_entity_declarations_are_refused_wherever_they_hide(
    server, fetcher, state, prolog: str
) -> None:  # type: ignore[no-untyped-def]
    (result,) = read(server, rss(BOMB_ITEMS, prolog), fetcher, state)
    assert isinstance(result, ReadError) and "declares XML entities" in str(result)


def test_entity_declarations_in_utf16_are_refused(server, fetcher, state) -> None:  # type: ignore[no-untyped-def]
    prolog = '<!DOCTYPE rss [<!ENTITY lol0 "lol">' + LAUGHS + "]>"
    body = rss(BOMB_ITEMS, prolog).replace('encoding="utf-8"', 'encoding="utf-16"')
    (result,) = read(server, body.encode("utf-16"), fetcher, state)
    assert isinstance(result, ReadError) and "declares XML entities" in str(result)


def test_entity_declarations_in_ebcdic_are_refused_and_no_entry_is_read(
    server, fetcher, state
) -> None:  # type: ignore[no-untyped-def]
    # expat cannot read EBCDIC, and "<!ENTITY" is not in its bytes: only the
    # document as feedparser decodes it shows the declaration, which feedparser
    # would then expand and whose entries it would read.
    body = rss(item(server.url("/s0"), title="&x;"), '<!DOCTYPE rss [<!ENTITY x "expanded">]>')
    body = body.replace('encoding="utf-8"', 'encoding="cp037"')
    items = read(server, body.encode("cp037"), fetcher, state)
    assert [str(i) for i in items] == [
        f"{server.url('/feed')}: not an RSS or Atom feed (it declares XML entities)"
    ]
    assert server.hits("/s0") == 0


@pytest.mark.parametrize(
    "prolog",
    [
        'junk<!DOCTYPE rss [<!ENTITY x "EXPANDED">]>',
        '<!DOCTYPE rss [<!BOGUS><!ENTITY x "EXPANDED">]>',
        # the bytes of "<!ENTITY" in UTF-16, as they are judged when feedparser cannot decode
        '<!DOCTYPE rss [<!BOGUS><\x00!\x00E\x00N\x00T\x00I\x00T\x00Y x "EXPANDED">]>',
    ],
    ids=["junk-before-the-doctype", "bad-declaration-first", "nul-interleaved"],
)
def test_entity_declarations_expat_cannot_reach_are_refused_by_their_bytes(
    server, fetcher, state, prolog: str
) -> None:  # type: ignore[no-untyped-def]
    # expat stops at the error before the declaration; feedparser's lenient
    # parser would still read the entries: the bytes alone refuse the feed.
    items = read(server, rss(item(server.url("/s0"), title="&x;"), prolog), fetcher, state)
    assert [str(i) for i in items] == [
        f"{server.url('/feed')}: not an RSS or Atom feed (it declares XML entities)"
    ]
    assert server.hits("/s0") == 0


def test_an_external_dtd_on_the_network_is_never_fetched(server, fetcher, state) -> None:  # type: ignore[no-untyped-def]
    server.add("/evil.dtd", f'<!ENTITY leak "{SECRET}">', "application/xml-dtd")
    prolog = f'<!DOCTYPE rss SYSTEM "{server.url("/evil.dtd")}">'
    read(server, rss(item(server.url("/s0"), title="&leak;"), prolog), fetcher, state)
    assert server.hits("/evil.dtd") == 0


def test_a_local_external_dtd_is_never_read(server, fetcher, state, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET, encoding="utf-8")
    dtd = tmp_path / "evil.dtd"
    dtd.write_text(f'<!ENTITY leak SYSTEM "file://{secret}">', encoding="utf-8")
    prolog = f'<!DOCTYPE rss SYSTEM "file://{dtd}">'
    items = read(server, rss(item(server.url("/s0"), title="x&leak;y"), prolog), fetcher, state)
    assert SECRET not in repr(items)


# ---------------------------------------------------------------- many entries, odd links


def test_thousands_of_entries_with_duplicate_links_fetch_each_page_once(
    server, fetcher, state
) -> None:  # type: ignore[no-untyped-def]
    variants = ["", "?utm_source=rss", "#comments", "?utm_medium=feed&fbclid=x", "/"]
    links = [server.url(f"/s{n % 3}") + variants[(n // 3) % len(variants)] for n in range(3000)]
    items = read(server, rss("".join(item(link) for link in links)), fetcher, state)
    assert sorted(a.url for a in items if isinstance(a, ArticleText)) == [
        server.url(f"/s{n}") for n in range(3)
    ]
    assert [server.hits(f"/s{n}") for n in range(3)] == [1, 1, 1]


def test_thousands_of_entries_without_links_each_get_one_error(server, fetcher, state) -> None:  # type: ignore[no-untyped-def]
    body = rss("".join(f"<item><title>No link {n}</title></item>" for n in range(2000)))
    items = read(server, body, fetcher, state)
    assert len(items) == 2000
    assert all(isinstance(i, ReadError) and "feed entry has no link" in str(i) for i in items)


def test_relative_rss_links_are_resolved_against_the_feed(server, fetcher, state) -> None:  # type: ignore[no-untyped-def]
    server.add("/news/feed", rss(item("/s0") + item("s1")), "application/rss+xml")
    server.add("/news/s1", page("Story n1", "Borealis objected."), "text/html")
    items = list(read_feed(server.url("/news/feed"), state, fetcher))
    assert [a.url for a in items if isinstance(a, ArticleText)] == [
        server.url("/s0"),
        server.url("/news/s1"),
    ]


def test_relative_atom_links_follow_xml_base(server, fetcher, state) -> None:  # type: ignore[no-untyped-def]
    body = (
        '<?xml version="1.0" encoding="utf-8"?>'
        f'<feed xmlns="http://www.w3.org/2005/Atom" xml:base="{server.url("/")}">'
        "<title>Blog</title><id>urn:x</id><updated>2025-03-15T08:00:00Z</updated>"
        '<entry><title>A</title><id>urn:a</id><link href="s2"/>'
        "<updated>2025-03-15T08:00:00Z</updated></entry></feed>"
    )
    server.add("/blog/atom", body, "application/atom+xml")
    (article,) = read_feed(server.url("/blog/atom"), state, fetcher)
    assert isinstance(article, ArticleText) and article.url == server.url("/s2")


def test_a_link_to_a_local_file_is_not_read(server, fetcher, state, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET, encoding="utf-8")
    (result,) = read(server, rss(item(f"file://{secret}")), fetcher, state)
    assert isinstance(result, ReadError) and SECRET not in repr(result)


# ---------------------------------------------------------------- entry HTML

SUMMARY = "Borealis said the Quill results could not be reproduced. " * 10


@pytest.mark.parametrize("depth", [401, 100_000])
def test_an_entry_summary_nested_too_deep_is_not_used(server, fetcher, state, depth: int) -> None:  # type: ignore[no-untyped-def]
    # The entry's page is gone, so only its summary could stand in: a summary
    # nested deeper than the HTML limit (400) is refused whole, even though
    # enough text sits before the deep part.
    nested = f"<p>{SUMMARY}</p>" + "<div>" * depth + "deep" + "</div>" * depth
    extra = f"<description>{escape(nested)}</description>"
    (result,) = read(server, rss(item(server.url("/gone"), extra=extra)), fetcher, state)
    assert str(result) == (
        f"{server.url('/gone')}: HTTP 404 (entry summary too short to use instead)"
    )


def test_an_entry_summary_nested_to_the_limit_is_used(server, fetcher, state) -> None:  # type: ignore[no-untyped-def]
    nested = f"<p>{SUMMARY}</p>" + "<div>" * 400 + "deep" + "</div>" * 400
    extra = f"<description>{escape(nested)}</description>"
    (article,) = read(server, rss(item(server.url("/gone"), extra=extra)), fetcher, state)
    assert isinstance(article, ArticleText) and article.text.startswith("Borealis said")


# ---------------------------------------------------------------- dates

# A day ahead: within the two days' slack allowed for clocks and time zones.
TOMORROW = (datetime.now(UTC) + timedelta(days=1)).replace(microsecond=0)


@pytest.mark.parametrize(
    ("element", "published"),
    [
        ("<pubDate>Fri, 14 Mar 2025 09:30:00 GMT</pubDate>", "2025-03-14T09:30:00+00:00"),
        ("<pubDate>Fri, 14 Mar 2025 11:30:00 +0200</pubDate>", "2025-03-14T09:30:00+00:00"),
        ("<pubDate>14 Mar 2025 04:30 EST</pubDate>", "2025-03-14T09:30:00+00:00"),
        ("<pubDate>2025-03-14T09:30:00Z</pubDate>", "2025-03-14T09:30:00+00:00"),
        ("<pubDate>2025-03-14T10:30:00+01:00</pubDate>", "2025-03-14T09:30:00+00:00"),
        ("<pubDate>2025-03-14</pubDate>", "2025-03-14T00:00:00+00:00"),
        (
            '<dc:date xmlns:dc="http://purl.org/dc/elements/1.1/">2025-03-14T09:30:00Z</dc:date>',
            "2025-03-14T09:30:00+00:00",
        ),
        ("", None),
        ("<pubDate></pubDate>", None),
        ("<pubDate>sometime last week</pubDate>", None),
        ("<pubDate>Fri, 31 Feb 2025 09:30:00 GMT</pubDate>", None),
        ("<pubDate>99999999999999999999</pubDate>", None),
        ("<pubDate>Fri, 14 Mar 2125 09:30:00 GMT</pubDate>", None),
        ("<pubDate>Thu, 01 Jan 1970 00:00:00 GMT</pubDate>", None),
        (f"<pubDate>{format_datetime(TOMORROW, usegmt=True)}</pubDate>", TOMORROW.isoformat()),
    ],
    ids=[
        "rfc822", "rfc822-offset", "rfc822-zone-name", "iso-z", "iso-offset",
        "date-only", "dublin-core", "none", "empty", "words", "impossible-day", "huge-number",
        "next-century", "epoch-zero", "tomorrow",
    ],
)  # fmt: skip
def test_entry_dates_in_every_format_or_none(
    server, fetcher, state, element: str, published: str | None
) -> None:  # type: ignore[no-untyped-def]
    (article,) = read(server, rss(item(server.url("/s0"), extra=element)), fetcher, state)
    assert isinstance(article, ArticleText) and article.published_at == published


# ---------------------------------------------------------------- politeness


class VirtualClock:
    """Seconds that pass only when the fetcher sleeps or a request takes them.

    The fetcher measures its politeness interval on this clock, so the test
    checks the interval exactly, however fast or slow the machine is.
    """

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds


def test_polling_waits_the_interval_from_the_end_of_each_request(server, state) -> None:  # type: ignore[no-untyped-def]
    interval, duration = 60.0, 10.0  # virtual seconds: each request takes 10
    clock = VirtualClock()
    visits: list[tuple[float, float]] = []  # (arrived, answered) per request

    def slowly(reply: Reply) -> Callable[[Seen], Reply]:
        def route(seen: Seen) -> Reply:
            arrived = clock()
            clock.sleep(duration)
            visits.append((arrived, clock()))
            return reply

        return route

    feed = rss("".join(item(server.url(f"/s{n}")) for n in range(3)))
    server.routes["/feed"] = slowly(Reply(200, {"Content-Type": "text/xml"}, feed.encode()))
    for n in range(3):
        server.routes[f"/s{n}"] = slowly(server.routes[f"/s{n}"])  # type: ignore[arg-type]
    policy = AddressPolicy.parse("127.0.0.1")
    with Fetcher(policy=policy, min_interval=interval, clock=clock, sleep=clock.sleep) as fetcher:
        list(read_feed(server.url("/feed"), state, fetcher))
    waits = [arrived - answered for (_, answered), (arrived, _) in itertools.pairwise(visits)]
    assert waits == [interval, interval, interval]


# ---------------------------------------------------------------- a batch of feeds


def test_a_batch_of_hostile_feeds_reports_each_and_stores_the_good_ones(
    server, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    server.add("/malformed", rss(item(server.url("/s0")))[:-20], "application/rss+xml")
    server.add("/html", page("Not a feed", "Just a page."), "application/rss+xml")
    server.add(
        "/bomb", rss(BOMB_ITEMS, '<!DOCTYPE rss [<!ENTITY lol0 "lol">' + LAUGHS + "]>"), "text/xml"
    )
    server.add("/good", rss(item(server.url("/s1")) + item(server.url("/s2"))), "text/xml")
    expected = {
        "warning: " + server.url("/malformed"): "feed read leniently (malformed XML",
        "failed: " + server.url("/html"): "not an RSS or Atom feed (got an HTML page)",
        "failed: " + server.url("/bomb"): "not an RSS or Atom feed (it declares XML entities)",
    }
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLAIMGRAPH_")}
    env |= {
        "CLAIMGRAPH_ALLOW_PRIVATE_HOSTS": "127.0.0.1",
        "CLAIMGRAPH_FETCH_MIN_INTERVAL": "0",
        "CLAIMGRAPH_STORE": str(tmp_path / "store"),
    }
    paths = ["/malformed", "/html", "/bomb", "/good"]
    feeds = [arg for path in paths for arg in ("--feed", server.url(path))]
    result = subprocess.run(
        [sys.executable, "-m", "api.cli", "ingest", "--quiet", *feeds],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=300,
    )
    lines = result.stderr.splitlines()
    assert len(lines) == len(expected), result.stderr  # --quiet: no per-feed accounts
    for prefix, message in expected.items():
        assert any(line.startswith(f"{prefix}: {message}") for line in lines), result.stderr
    assert (result.returncode, result.stdout.strip().split(";")[0]) == (
        3,
        "articles: 3 new, 0 unchanged, 2 failed",
    )
    assert result.stdout.strip().endswith("; 1 warning")


def test_a_huge_feed_is_read_a_bounded_number_of_entries_per_poll(
    server, fetcher, state, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("CLAIMGRAPH_FEED_MAX_ENTRIES", "4")
    for n in range(3, 10):
        server.add(f"/s{n}", page(f"Story {n}", f"Acme Labs released Falcon-{n}."), "text/html")
    server.add("/feed", rss("".join(item(server.url(f"/s{n}")) for n in range(10))), "text/xml")
    polls = [list(read_feed(server.url("/feed"), state, fetcher)) for _ in range(3)]
    read = [[a.url for a in poll if isinstance(a, ArticleText)] for poll in polls]
    assert read == [
        [server.url(f"/s{n}") for n in range(0, 4)],
        [server.url(f"/s{n}") for n in range(4, 8)],
        [server.url(f"/s{n}") for n in range(8, 10)],
    ]
    deferred = [[str(e) for e in poll if isinstance(e, ReadError)] for poll in polls]
    assert deferred == [
        [f"{server.url('/feed')}: 6 more new entries left for the next poll "
         "(at most 4 per poll: CLAIMGRAPH_FEED_MAX_ENTRIES)"],
        [f"{server.url('/feed')}: 2 more new entries left for the next poll "
         "(at most 4 per poll: CLAIMGRAPH_FEED_MAX_ENTRIES)"],
        [],
    ]  # fmt: skip


@pytest.mark.parametrize(("setting", "read"), [("1", 1), ("0", 3), ("-2", 3), ("many", 3)])
def test_the_entry_cap_setting_is_honoured_and_bad_values_mean_the_default(
    server, fetcher, state, monkeypatch: pytest.MonkeyPatch, setting: str, read: int
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("CLAIMGRAPH_FEED_MAX_ENTRIES", setting)
    server.add("/feed", rss("".join(item(server.url(f"/s{n}")) for n in range(3))), "text/xml")
    items = list(read_feed(server.url("/feed"), state, fetcher))
    assert [a.url for a in items if isinstance(a, ArticleText)] == [
        server.url(f"/s{n}") for n in range(read)
    ]
    assert sum(server.hits(f"/s{n}") for n in range(3)) == read
