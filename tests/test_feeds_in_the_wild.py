"""Feeds as the web serves them: read leniently, refused only when unsafe or no feed.

Everything feedparser can read is read (bare ampersands, HTML named entities,
namespaced roots, UTF-16/32 with and without a byte-order mark, legacy code
pages, any XML content type); a feed read only by feedparser's lenient parser
gives one warning naming the problem.  Safety is unchanged: entity
declarations refuse the feed before any parser sees it.  Saved feed files
(``--feed PATH``, ``file:`` URLs, a positional file that is a feed) follow
the same rules.  Served by a real HTTP server on 127.0.0.1.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from ingest.document import ArticleText, ReadError, ReadNotice
from ingest.feeds import read_feed
from ingest.sources import read_one, read_sources
from tests import feed_support
from tests.local_http import LocalServer

ROOT = Path(__file__).resolve().parent.parent


def page(title: str) -> str:
    paragraphs = "".join(
        f"<p>Acme Labs said its {title} model beat rivals. Paragraph {i} adds detail.</p>"
        for i in range(4)
    )
    return (
        f"<!DOCTYPE html><html><head><title>{title}</title></head><body>{paragraphs}</body></html>"
    )


@pytest.fixture
def server() -> Iterator[LocalServer]:
    with LocalServer() as srv:
        for n in range(3):
            srv.add(f"/s{n}", page(f"Falcon-{n}"), "text/html")
        yield srv


fetcher = feed_support.fetcher  # loopback allowed, no politeness delay
state = feed_support.state  # an empty feed state in the test's folder


def rss(items: str, *, root: str = "rss", declaration: str = '<?xml version="1.0"?>') -> str:
    return (
        f'{declaration}<{root} version="2.0"><channel><title>Desk</title>'
        f"<link>http://news.example/</link>{items}</channel></{root}>"
    )


def kinds(items: list) -> list[str]:  # type: ignore[type-arg]
    return [type(i).__name__ for i in items]


# ---------------------------------------------------------------- what the issue saw refused


def test_a_link_with_a_bare_ampersand_is_read_with_one_warning(server, fetcher, state) -> None:
    link = server.url("/s1") + "?utm_source=rss&utm_medium=feed"
    server.add("/s1?utm_source=rss&utm_medium=feed", page("Falcon-1"), "text/html")
    server.add("/feed", rss(f"<item><title>Falcon</title><link>{link}</link></item>"), "text/xml")
    warning, article = read_feed(server.url("/feed"), state, fetcher)
    assert re.fullmatch(
        re.escape(f"{server.url('/feed')}: feed read leniently (malformed XML: ")
        + r"not well-formed \(invalid token\) at line 1, column \d+\)",
        str(warning),
    )
    assert isinstance(article, ArticleText) and article.url == link


def test_html_named_entities_are_read_as_the_characters_they_name(server, fetcher, state) -> None:
    title = "Meta&rsquo;s Llama 4 &ndash; what&nbsp;changed"
    server.add(
        "/feed",
        rss(f"<item><title>{title}</title><link>{server.url('/s1')}</link></item>"),
        "application/rss+xml",
    )
    warning, article = read_feed(server.url("/feed"), state, fetcher)
    assert isinstance(warning, ReadNotice) and "undefined entity" in warning.message
    assert isinstance(article, ArticleText)
    assert article.title == "Meta\u2019s Llama 4 \u2013 what\u00a0changed"


def test_a_namespaced_rss_root_served_as_application_xml_is_a_feed(server, fetcher, state) -> None:
    body = rss(f"<item><title>A</title><link>{server.url('/s1')}</link></item>", root="r:rss")
    body = body.replace("<r:rss ", '<r:rss xmlns:r="http://backend.userland.com/rss2" ', 1)
    server.add("/feed", body, "application/xml")
    items = list(read_sources([server.url("/feed")], feed_state=state, fetcher=fetcher))
    assert kinds(items) == ["ArticleText", "FeedReport"]


@pytest.mark.parametrize(
    ("codec", "bom"),
    [
        ("utf-16", True),
        ("utf-16-le", False),
        ("utf-16-be", False),
        ("utf-32", True),
        ("utf-32-le", False),
        ("utf-32-be", False),
    ],
)
def test_utf16_and_utf32_feeds_are_read_with_or_without_a_byte_order_mark(
    server, fetcher, state, codec: str, bom: bool
) -> None:
    text = rss(
        f"<item><title>Caf\u00e9 \u4e2d\u6587</title><link>{server.url('/s1')}</link></item>",
        declaration=f'<?xml version="1.0" encoding="{codec.split("-l")[0].split("-b")[0]}"?>',
    )
    server.add("/feed", text.encode(codec), "application/xml")
    items = list(read_sources([server.url("/feed")], feed_state=state, fetcher=fetcher))
    assert kinds(items) == ["ArticleText", "FeedReport"], [str(i) for i in items]
    assert items[0].title == "Caf\u00e9 \u4e2d\u6587"


def test_a_legacy_code_page_declared_in_the_feed_is_honoured(server, fetcher, state) -> None:
    text = rss(
        f"<item><title>\u041d\u043e\u0432\u043e\u0441\u0442\u0438</title>"
        f"<link>{server.url('/s1')}</link></item>",
        declaration='<?xml version="1.0" encoding="windows-1251"?>',
    )
    server.add("/feed", text.encode("windows-1251"), "application/rss+xml")
    (article,) = read_feed(server.url("/feed"), state, fetcher)
    assert isinstance(article, ArticleText) and article.title == "Новости"


@pytest.mark.parametrize(
    "content_type",
    ["application/xml", "text/xml", "application/atom+xml", "text/rss+xml", "application/xml-dtd"],
)
def test_feeds_under_any_xml_content_type_are_read(
    server, fetcher, state, content_type: str
) -> None:
    server.add("/feed", rss(f"<item><link>{server.url('/s1')}</link></item>"), content_type)
    (article,) = read_feed(server.url("/feed"), state, fetcher)
    assert isinstance(article, ArticleText)


def test_a_feed_served_as_text_plain_is_read_with_a_warning(server, fetcher, state) -> None:
    server.add("/feed", rss(f"<item><link>{server.url('/s1')}</link></item>"), "text/plain")
    warning, article = read_feed(server.url("/feed"), state, fetcher)
    assert warning.message == "feed read leniently (text/plain is not an XML media type)"
    assert isinstance(article, ArticleText)


# ---------------------------------------------------------------- safety unchanged


def test_an_entity_declared_past_the_root_is_never_expanded(server, fetcher, state) -> None:
    # Not a prolog: expat stops at the root, the lenient parser ignores the
    # declaration, and "&a;" stays text.
    body = (
        '<rss version="2.0"><!DOCTYPE x [<!ENTITY a "EXPANDED">]><channel><title>&a;</title>'
        f"<item><title>&a;</title><link>{server.url('/s1')}</link></item></channel></rss>"
    )
    server.add("/feed", body, "application/rss+xml")
    items = list(read_feed(server.url("/feed"), state, fetcher))
    assert "EXPANDED" not in repr(items)
    assert items[-1].title == "&a;"


@pytest.mark.parametrize("codec", ["utf-16", "utf-32-le", "cp037", "cp1252"])
def test_entity_declarations_are_refused_in_every_encoding(
    server, fetcher, state, codec: str
) -> None:
    name = codec.split("-l")[0]
    body = rss(
        f"<item><title>&x;</title><link>{server.url('/s1')}</link></item>",
        declaration=f'<?xml version="1.0" encoding="{name}"?><!DOCTYPE rss [<!ENTITY x "y">]>',
    )
    server.add("/feed", body.encode(codec), "application/xml")
    items = list(read_feed(server.url("/feed"), state, fetcher))
    assert [str(i) for i in items] == [
        f"{server.url('/feed')}: not an RSS or Atom feed (it declares XML entities)"
    ]
    assert server.hits("/s1") == 0


# ---------------------------------------------------------------- saved feeds


def saved_feed(tmp_path: Path, server: LocalServer, name: str = "saved.xml") -> Path:
    path = tmp_path / name
    links = "".join(f"<item><link>{server.url(f'/s{n}')}</link></item>" for n in (1, 2))
    path.write_text(rss(links), encoding="utf-8")
    return path


def test_a_saved_feed_is_read_by_path_and_by_file_url(server, fetcher, state, tmp_path) -> None:
    path = saved_feed(tmp_path, server)
    by_path = list(read_sources([f"feed:{path}"], feed_state=state, fetcher=fetcher))
    assert kinds(by_path) == ["ArticleText", "ArticleText", "FeedReport"]
    assert str(by_path[-1]) == f"{path}: feed with 2 entries: 2 read, 0 failed, 0 already read"
    assert state.has_seen(server.url("/s1")) and state.has_seen(server.url("/s2"))  # this state
    by_url = list(read_sources([f"feed:{path.as_uri()}"], feed_state=state, fetcher=fetcher))
    assert str(by_url[-1]).endswith("feed with 2 entries: 0 read, 0 failed, 2 already read")


def test_a_positional_file_that_is_a_feed_is_read_as_a_feed(
    server, fetcher, state, tmp_path
) -> None:
    path = saved_feed(tmp_path, server, "subscriptions-export.txt")  # the suffix says text
    items = list(read_sources([path.as_uri()], feed_state=state, fetcher=fetcher))
    assert [a.url for a in items if isinstance(a, ArticleText)] == [
        server.url("/s1"),
        server.url("/s2"),
    ]


def test_a_saved_feed_is_no_single_article(server, tmp_path) -> None:
    path = saved_feed(tmp_path, server)
    with pytest.raises(ReadError) as refused:
        read_one(str(path))
    assert str(refused.value) == f"{path}: is an RSS or Atom feed, not a single article"


def test_a_saved_feed_with_entity_declarations_is_refused(server, fetcher, state, tmp_path) -> None:
    path = tmp_path / "bomb.xml"
    path.write_text(
        rss("<item><title>&x;</title></item>").replace(
            "?>", '?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>', 1
        )
    )
    (item,) = read_sources([str(path)], feed_state=state, fetcher=fetcher)
    assert str(item) == f"{path}: not an RSS or Atom feed (it declares XML entities)"


def test_a_saved_feed_over_the_size_cap_is_refused(
    server, fetcher, state, tmp_path, monkeypatch
) -> None:
    monkeypatch.setenv("CLAIMGRAPH_MAX_BODY_BYTES", "100")
    path = saved_feed(tmp_path, server)
    (item,) = read_sources([f"feed:{path}"], feed_state=state, fetcher=fetcher)
    assert str(item) == (
        f"{path}: file larger than 100 bytes: too large (CLAIMGRAPH_MAX_BODY_BYTES)"
    )


def test_a_file_url_naming_another_machine_is_refused(fetcher, state) -> None:
    (item,) = read_sources(
        ["feed:file://fileserver/feeds/ai.xml"], feed_state=state, fetcher=fetcher
    )
    assert str(item) == (
        "file://fileserver/feeds/ai.xml: a file: URL must name a file on this machine"
    )


def test_a_saved_file_that_is_no_feed_is_refused_as_such(fetcher, state, tmp_path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("Just some notes, not a feed.", encoding="utf-8")
    (item,) = read_sources([f"feed:{path}"], feed_state=state, fetcher=fetcher)
    assert str(item) == f"{path}: not an RSS or Atom feed (got text)"


def test_claimgraph_ingest_feed_path_reads_a_saved_feed(server, tmp_path) -> None:
    path = saved_feed(tmp_path, server)
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLAIMGRAPH_")}
    env |= {
        "CLAIMGRAPH_ALLOW_PRIVATE_HOSTS": "127.0.0.1",
        "CLAIMGRAPH_FETCH_MIN_INTERVAL": "0",
        "CLAIMGRAPH_STORE": str(tmp_path / "store"),
    }
    result = subprocess.run(
        [sys.executable, "-m", "api.cli", "ingest", "--feed", str(path)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines() == [
        f"{path}: feed with 2 entries: 2 read, 0 failed, 0 already read"
    ]
    assert result.stdout.startswith("articles: 2 new, 0 unchanged, 0 failed;")


# ---------------------------------------------------------------- what is a feed


@pytest.mark.parametrize(
    ("content_type", "body"),
    [
        ("text/html", "<title>Sign in</title><p>Log in to read the news.</p>"),
        ("application/rss+xml", "<html><head><title>Sign in</title></head><body/></html>"),
    ],
    ids=["html-type-without-html-root", "feed-type-with-html-root"],
)
def test_an_html_page_at_a_feed_url_is_refused_as_one(
    server, fetcher, state, content_type: str, body: str
) -> None:
    server.add("/feed", body, content_type)
    items = list(read_feed(server.url("/feed"), state, fetcher))
    assert [str(i) for i in items] == [
        f"{server.url('/feed')}: not an RSS or Atom feed (got an HTML page)"
    ]


def test_an_empty_feed_is_no_error(server, fetcher, state) -> None:
    server.add("/feed", '<rss version="2.0"><channel></channel></rss>', "application/rss+xml")
    assert list(read_feed(server.url("/feed"), state, fetcher)) == []


def test_entries_under_an_unknown_root_are_read_with_a_warning(server, fetcher, state) -> None:
    body = f"<items><item><link>{server.url('/s1')}</link></item></items>"
    server.add("/feed", body, "application/xml")
    items = list(read_feed(server.url("/feed"), state, fetcher))
    assert kinds(items) == ["ReadNotice", "ArticleText"]
    assert str(items[0]) == (
        f"{server.url('/feed')}: feed read leniently (no rss, feed or RDF root element)"
    )


def test_xml_that_is_no_feed_is_refused_naming_its_xml_problem(server, fetcher, state) -> None:
    server.add("/feed", "<note><to>Desk</note>", "application/xml")
    items = list(read_feed(server.url("/feed"), state, fetcher))
    assert [str(i) for i in items] == [
        f"{server.url('/feed')}: not an RSS or Atom feed (no rss, feed or RDF root element; "
        "malformed XML: mismatched tag at line 2, column 16)"
    ]


def test_the_feed_report_counts_failed_entries_and_names_those_without_a_link(
    server, fetcher, state
) -> None:
    links = "".join(f"<item><link>{server.url(p)}</link></item>" for p in ("/s1", "/gone"))
    server.add("/feed", rss(links + "<item><title>No link</title></item>"), "application/xml")
    items = list(read_sources([f"feed:{server.url('/feed')}"], feed_state=state, fetcher=fetcher))
    feed = server.url("/feed")
    assert kinds(items) == ["ArticleText", "ReadError", "ReadError", "FeedReport"]
    assert [str(i) for i in items[1:]] == [
        f"{server.url('/gone')}: HTTP 404 (entry summary too short to use instead)",
        f"{feed} entry 3: feed entry has no link (entry summary too short to use instead)",
        f"{feed}: feed with 3 entries: 1 read, 2 failed, 0 already read",
    ]
