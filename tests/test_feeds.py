"""RSS/Atom feeds: conditional polling, de-duplication, hostile feeds, feed state."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from ingest.document import ArticleText, ReadError, ReadNotice
from ingest.feeds import MIN_FALLBACK_CHARS, FeedState, dedupe_key, poll_feeds, read_feed
from ingest.net import Response
from ingest.sources import read_sources
from tests import feed_support
from tests.local_http import LocalServer, Reply, Seen

ETAG = '"v1-feed"'
LAST_MODIFIED = "Fri, 14 Mar 2025 10:00:00 GMT"


def story(title: str, sentence: str, canonical: str | None = None) -> str:
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    paragraphs = "".join(
        f"<p>{sentence} Paragraph {i} adds more detail on what the lab said and when.</p>"
        for i in range(4)
    )
    return (
        f"<!DOCTYPE html><html lang='en'><head><title>{title}</title>{link}</head>"
        f"<body><article><h1>{title}</h1>{paragraphs}</article></body></html>"
    )


def rss(server: LocalServer, *paths: str, title: str = "Circuit Ledger AI desk") -> str:
    items = "".join(
        f"<item><title>Entry {p.strip('/')}</title><link>{server.url(p)}</link>"
        f"<pubDate>Fri, 14 Mar 2025 09:3{i}:00 GMT</pubDate>"
        f"<description>Short teaser {i}.</description></item>"
        for i, p in enumerate(paths)
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>{title}</title><link>{server.url('/')}</link>{items}</channel></rss>"
    )


def atom(server: LocalServer, *paths: str) -> str:
    entries = "".join(
        f'<entry><title>Atom {p.strip("/")}</title><link href="{server.url(p)}"/>'
        f"<id>urn:x:{p}</id><updated>2025-03-15T08:00:00Z</updated></entry>"
        for p in paths
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>Borealis blog</title><id>urn:x:feed</id><updated>2025-03-15T08:00:00Z</updated>"
        f"{entries}</feed>"
    )


def conditional(body: str, content_type: str, **validators: str) -> object:
    """A route answering 304 when the request repeats the validators it was given."""
    headers = {"Content-Type": content_type}
    if "etag" in validators:
        headers["ETag"] = validators["etag"]
    if "last_modified" in validators:
        headers["Last-Modified"] = validators["last_modified"]

    def route(seen: Seen) -> Reply:
        if seen.headers.get("if-none-match") == validators.get("etag", object()):
            return Reply(304)
        if seen.headers.get("if-modified-since") == validators.get("last_modified", object()):
            return Reply(304)
        return Reply(200, headers, body.encode("utf-8"))

    return route


@pytest.fixture
def server() -> Iterator[LocalServer]:
    with LocalServer() as srv:
        srv.add("/s1", story("Acme ships Falcon-2", "Acme Labs released Falcon-2."), "text/html")
        srv.add("/s2", story("Borealis objects", "Borealis Research objected."), "text/html")
        yield srv


fetcher = feed_support.fetcher  # loopback allowed, no politeness delay
state = feed_support.state  # an empty feed state in the test's folder


def articles(items: list[ArticleText | ReadError]) -> list[ArticleText]:
    return [i for i in items if isinstance(i, ArticleText)]


def errors(items: list[ArticleText | ReadError]) -> list[ReadError]:
    return [i for i in items if isinstance(i, ReadError)]


# ---------------------------------------------------------------- reading entries


def test_rss_entries_are_fetched_as_articles(server, fetcher, state) -> None:  # type: ignore[no-untyped-def]
    server.add("/feed", rss(server, "/s1", "/s2"), "application/rss+xml")
    items = list(read_feed(server.url("/feed"), state, fetcher))
    assert [a.url for a in articles(items)] == [server.url("/s1"), server.url("/s2")]


def test_entry_metadata_is_used(server, fetcher, state) -> None:  # type: ignore[no-untyped-def]
    server.add("/feed", rss(server, "/s1"), "application/rss+xml")
    (item,) = read_feed(server.url("/feed"), state, fetcher)
    assert (item.title, item.published_at, item.outlet) == (
        "Entry s1",
        "2025-03-14T09:30:00+00:00",
        "Circuit Ledger AI desk",
    )


def test_entry_text_is_the_page_text(server, fetcher, state) -> None:  # type: ignore[no-untyped-def]
    server.add("/feed", rss(server, "/s1"), "application/rss+xml")
    (item,) = read_feed(server.url("/feed"), state, fetcher)
    assert "Acme Labs released Falcon-2." in item.text


def test_an_entrys_publication_date_comes_before_its_update_date(server, fetcher, state) -> None:  # type: ignore[no-untyped-def]
    body = atom(server, "/s2").replace(
        "<updated>2025-03-15T08:00:00Z</updated></entry>",
        "<published>2025-03-14T07:00:00Z</published>"
        "<updated>2025-03-15T08:00:00Z</updated></entry>",
    )
    server.add("/atom", body, "application/atom+xml")
    (item,) = read_feed(server.url("/atom"), state, fetcher)
    assert item.published_at == "2025-03-14T07:00:00+00:00"


def test_atom_feed_is_read(server, fetcher, state) -> None:  # type: ignore[no-untyped-def]
    server.add("/atom", atom(server, "/s2"), "application/atom+xml")
    (item,) = read_feed(server.url("/atom"), state, fetcher)
    assert (item.title, item.outlet) == ("Atom s2", "Borealis blog")


def test_feed_spec_in_read_sources(server, fetcher, state) -> None:  # type: ignore[no-untyped-def]
    server.add("/feed", rss(server, "/s1", "/s2"), "application/rss+xml")
    items = list(read_sources(["feed:" + server.url("/feed")], feed_state=state, fetcher=fetcher))
    assert len(articles(items)) == 2


def test_plain_url_that_serves_a_feed_is_read_as_a_feed(server, fetcher, state) -> None:  # type: ignore[no-untyped-def]
    server.add("/feed.xml", rss(server, "/s1"), "text/xml")  # mislabelled: sniffed
    items = list(read_sources([server.url("/feed.xml")], feed_state=state, fetcher=fetcher))
    assert [a.url for a in articles(items)] == [server.url("/s1")]


def test_a_feeds_account_in_a_batch_is_information_not_a_warning(server, fetcher, state) -> None:  # type: ignore[no-untyped-def]
    server.add("/feed", rss(server, "/s1"), "application/rss+xml")
    items = list(read_sources(["feed:" + server.url("/feed")], feed_state=state, fetcher=fetcher))
    (account,) = [i for i in items if isinstance(i, ReadNotice)]
    assert account.level == "info"


# ---------------------------------------------------------------- conditional GET


def test_second_poll_with_etag_gets_304_and_fetches_nothing(server, fetcher, state) -> None:  # type: ignore[no-untyped-def]
    server.routes["/feed"] = conditional(rss(server, "/s1"), "application/rss+xml", etag=ETAG)
    list(read_feed(server.url("/feed"), state, fetcher))
    again = list(read_feed(server.url("/feed"), FeedState(state.path), fetcher))
    assert (again, server.requests[-1].headers.get("if-none-match"), server.hits("/s1")) == (
        [],
        ETAG,
        1,
    )


def test_second_poll_with_last_modified_gets_304(server, fetcher, state) -> None:  # type: ignore[no-untyped-def]
    route = conditional(atom(server, "/s2"), "application/atom+xml", last_modified=LAST_MODIFIED)
    server.routes["/atom"] = route
    list(read_feed(server.url("/atom"), state, fetcher))
    list(read_feed(server.url("/atom"), state, fetcher))
    assert server.requests[-1].headers.get("if-modified-since") == LAST_MODIFIED
    assert server.hits("/s2") == 1


@pytest.mark.parametrize("scheme", ["http", "https", "HTTPS"])
def test_the_validators_of_a_fetched_feed_are_sent_on_its_next_poll(state, scheme: str) -> None:  # type: ignore[no-untyped-def]
    url = f"{scheme}://news.example/feed"
    response = Response(url=url, status=200, headers={"etag": ETAG, "last-modified": LAST_MODIFIED})
    state.remember_response(url, response)
    state.save()
    assert FeedState(state.path).request_headers(url) == {
        "If-None-Match": ETAG,
        "If-Modified-Since": LAST_MODIFIED,
    }


def test_a_saved_feed_files_validators_are_not_kept(state, tmp_path) -> None:  # type: ignore[no-untyped-def]
    url = (tmp_path / "feed.xml").as_uri()
    response = Response(url=url, status=200, headers={"etag": ETAG})
    state.remember_response(url, response)
    state.save()
    assert json.loads(state.path.read_text(encoding="utf-8"))["validators"] == {}


# ---------------------------------------------------------------- de-duplication


def test_duplicate_links_in_one_feed_are_read_once(server, fetcher, state) -> None:  # type: ignore[no-untyped-def]
    server.add("/s1", story("Acme ships Falcon-2", "Acme Labs released Falcon-2."), "text/html")
    body = rss(server, "/s1", "/s1?utm_source=rss", "/s1#comments")
    server.add("/feed", body, "application/rss+xml")
    assert len(articles(list(read_feed(server.url("/feed"), state, fetcher)))) == 1


def test_different_links_with_one_canonical_url_are_read_once(server, fetcher, state) -> None:  # type: ignore[no-untyped-def]
    canonical = "https://ledger.example/falcon-2"
    server.add("/a", story("Falcon", "Acme Labs released Falcon-2.", canonical), "text/html")
    server.add("/b", story("Falcon", "Acme Labs released Falcon-2.", canonical), "text/html")
    server.add("/feed", rss(server, "/a", "/b"), "application/rss+xml")
    assert len(articles(list(read_feed(server.url("/feed"), state, fetcher)))) == 1


def test_articles_seen_in_an_earlier_run_are_skipped(server, fetcher, state) -> None:  # type: ignore[no-untyped-def]
    server.add("/feed", rss(server, "/s1"), "application/rss+xml")
    server.add("/other-feed", rss(server, "/s1", "/s2"), "application/rss+xml")
    list(read_feed(server.url("/feed"), state, fetcher))
    later = list(read_feed(server.url("/other-feed"), FeedState(state.path), fetcher))
    assert [a.url for a in articles(later)] == [server.url("/s2")]


def test_dedupe_key_normalises_urls() -> None:
    assert dedupe_key("HTTPS://News.Example:443/a/?utm_medium=x&id=3#top") == (
        "https://news.example/a?id=3"
    )


@pytest.mark.parametrize(
    ("url", "key"),
    [
        ("http://News.Example:80/a/", "http://news.example/a"),  # http's default port
        ("https://news.example:8443/a", "https://news.example:8443/a"),  # another port is kept
        ("http://news.example:443/a", "http://news.example:443/a"),  # https's port, not http's
        ("https://news.example/a?page=&id=3", "https://news.example/a?page=&id=3"),  # blank value
        ("https://news.example/Xa/X", "https://news.example/Xa/X"),  # only slashes trimmed
        ("https://news.example", "https://news.example/"),  # no path is the root
        ("/a", "/a"),  # no host: none invented
        ("http://news.example:99999/a", "http://news.example/a"),  # a port out of range: none
    ],
)
def test_dedupe_key_keeps_what_tells_two_pages_apart(url: str, key: str) -> None:
    # Two URLs with one key are one article: the second is skipped as already read.
    assert dedupe_key(url) == key


# ---------------------------------------------------------------- failing entries


def test_unfetchable_entry_falls_back_to_a_substantial_summary(server, fetcher, state) -> None:  # type: ignore[no-untyped-def]
    summary = "<p>" + "Borealis said the Quill results could not be reproduced. " * 10 + "</p>"
    body = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title>'
        f"<item><title>Gone</title><link>{server.url('/gone')}</link>"
        f"<description><![CDATA[{summary}]]></description></item></channel></rss>"
    )
    server.add("/feed", body, "application/rss+xml")
    (item,) = read_feed(server.url("/feed"), state, fetcher)
    assert isinstance(item, ArticleText) and item.text.startswith("Borealis said the Quill")


def gone_entry_feed(server: LocalServer, summary: str) -> str:
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title>'
        f"<item><title>Gone</title><link>{server.url('/gone')}</link>"
        f"<description>{summary}</description></item></channel></rss>"
    )


@pytest.mark.parametrize("length", [MIN_FALLBACK_CHARS, MIN_FALLBACK_CHARS - 1])
def test_a_summary_stands_in_for_an_unfetchable_page_from_the_minimum_length(
    server, fetcher, state, length: int
) -> None:  # type: ignore[no-untyped-def]
    summary = ("Borealis said the Quill results could not be reproduced. " * 10)[: length - 1] + "."
    server.add("/feed", gone_entry_feed(server, summary), "application/rss+xml")
    (item,) = read_feed(server.url("/feed"), state, fetcher)
    assert type(item).__name__ == ("ArticleText" if length >= MIN_FALLBACK_CHARS else "ReadError")


def test_an_entry_read_from_its_summary_keeps_its_link(server, fetcher, state) -> None:  # type: ignore[no-untyped-def]
    summary = "Borealis said the Quill results could not be reproduced. " * 10
    server.add("/feed", gone_entry_feed(server, summary), "application/rss+xml")
    (item,) = read_feed(server.url("/feed"), state, fetcher)
    assert (item.source, item.url, item.canonical_url) == (server.url("/gone"),) * 3


def test_unfetchable_entry_with_short_summary_is_a_read_error(server, fetcher, state) -> None:  # type: ignore[no-untyped-def]
    server.add("/feed", rss(server, "/gone"), "application/rss+xml")
    (item,) = read_feed(server.url("/feed"), state, fetcher)
    assert isinstance(item, ReadError) and "HTTP 404" in str(item)


def test_an_entry_linking_to_another_feed_is_refused_not_followed(server, fetcher, state) -> None:  # type: ignore[no-untyped-def]
    server.add("/inner", rss(server, "/s1"), "application/rss+xml")
    server.add("/feed", rss(server, "/inner"), "application/rss+xml")
    (item,) = read_feed(server.url("/feed"), state, fetcher)
    assert (type(item).__name__, str(item), server.hits("/s1")) == (
        "ReadError",
        f"{server.url('/inner')}: feed entry links to another feed, not an article "
        "(entry summary too short to use instead)",
        0,
    )


def test_an_entry_article_is_named_by_its_link(server, fetcher, state) -> None:  # type: ignore[no-untyped-def]
    server.add("/feed", rss(server, "/s1"), "application/rss+xml")
    (item,) = read_feed(server.url("/feed"), state, fetcher)
    assert item.source == server.url("/s1")


# ---------------------------------------------------------------- broken and hostile feeds


def test_a_truncated_feed_is_read_with_one_warning_naming_the_problem(
    server, fetcher, state
) -> None:  # type: ignore[no-untyped-def]
    server.add("/feed", rss(server, "/s1").replace("</channel></rss>", ""), "application/rss+xml")
    warning, article = read_feed(server.url("/feed"), state, fetcher)
    assert isinstance(warning, ReadNotice) and warning.level == "warning"
    assert str(warning).startswith(
        f"{server.url('/feed')}: feed read leniently (malformed XML: no element found"
    )
    assert isinstance(article, ArticleText) and article.url == server.url("/s1")


def test_a_document_feedparser_finds_no_feed_in_is_refused_and_fetches_nothing(
    server, fetcher, state
) -> None:  # type: ignore[no-untyped-def]
    server.add("/feed", f"<catalog><book href='{server.url('/s1')}'/></catalog>", "text/xml")
    (item,) = read_feed(server.url("/feed"), state, fetcher)
    assert str(item) == (
        f"{server.url('/feed')}: not an RSS or Atom feed (no rss, feed or RDF root element)"
    )
    assert server.hits("/s1") == 0


def test_html_pretending_to_be_a_feed_is_a_read_error(server, fetcher, state) -> None:  # type: ignore[no-untyped-def]
    server.add("/feed", story("Not a feed", "Just a page."), "application/rss+xml")
    (item,) = read_feed(server.url("/feed"), state, fetcher)
    assert isinstance(item, ReadError) and "not an RSS or Atom feed" in str(item)


def test_html_page_given_as_feed_is_a_read_error(server, fetcher, state) -> None:  # type: ignore[no-untyped-def]
    items = list(read_sources(["feed:" + server.url("/s1")], feed_state=state, fetcher=fetcher))
    assert [str(i) for i in items] == [
        f"{server.url('/s1')}: not an RSS or Atom feed (got an HTML page)"
    ]


LAUGHS = "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(1, 10))
BILLION_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY lol0 "lol">' + LAUGHS + "]>"
    '<rss version="2.0"><channel><title>&lol9;</title>'
    "<item><title>&lol9;</title><link>http://news.example/x</link></item></channel></rss>"
)


def test_billion_laughs_feed_is_refused_for_its_entities(server, fetcher, state) -> None:  # type: ignore[no-untyped-def]
    # ClaimGraph's own check refuses it before parsing; without it, expat's
    # amplification limit would make it "malformed XML" after seconds of work.
    server.add("/bomb", BILLION_LAUGHS, "application/rss+xml")
    (item,) = read_feed(server.url("/bomb"), state, fetcher)
    assert str(item) == f"{server.url('/bomb')}: not an RSS or Atom feed (it declares XML entities)"


def test_external_entity_feed_is_refused_and_no_entry_is_read(
    server, fetcher, state, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    # feedparser would not expand the external entity, but it would read the
    # feed and fetch its entries: ClaimGraph refuses the whole feed instead.
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET-TOKEN-7731", encoding="utf-8")
    body = (
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://{secret}">]>'
        '<rss version="2.0"><channel><title>&xxe;</title>'
        f"<item><title>&xxe;</title><link>{server.url('/s1')}</link>"
        "<description>&xxe;</description></item></channel></rss>"
    )
    server.add("/xxe", body, "application/rss+xml")
    items = list(read_feed(server.url("/xxe"), state, fetcher))
    assert [str(i) for i in items] == [
        f"{server.url('/xxe')}: not an RSS or Atom feed (it declares XML entities)"
    ]
    assert (server.hits("/s1"), "SECRET-TOKEN" in repr(items)) == (0, False)


def test_feed_body_naming_a_local_file_is_not_opened(server, fetcher, state, tmp_path) -> None:  # type: ignore[no-untyped-def]
    # feedparser.parse(str|bytes) opens a matching path; the body must never be used so.
    local = tmp_path / "local-feed.xml"
    local.write_text(rss(server, "/s1"), encoding="utf-8")
    server.add("/feed", str(local), "application/rss+xml")
    (item,) = read_feed(server.url("/feed"), state, fetcher)
    assert isinstance(item, ReadError) and server.hits("/s1") == 0


# ---------------------------------------------------------------- feed state


def test_configured_feeds_persist(tmp_path: Path) -> None:
    FeedState(tmp_path / "f.json").add_feed("https://a.example/rss")
    FeedState(tmp_path / "f.json").add_feed("https://b.example/atom")
    assert FeedState(tmp_path / "f.json").feeds() == [
        "https://a.example/rss",
        "https://b.example/atom",
    ]


def test_adding_a_feed_twice_is_a_no_op(tmp_path: Path) -> None:
    state = FeedState(tmp_path / "f.json")
    assert (state.add_feed("https://a.example/rss"), state.add_feed("https://a.example/rss")) == (
        True,
        False,
    )


def test_several_feeds_are_added_in_one_call_and_kept_in_order(tmp_path: Path) -> None:
    FeedState(tmp_path / "f.json").add_feeds(["https://a.example/rss", "https://b.example/atom"])
    assert FeedState(tmp_path / "f.json").feeds() == [
        "https://a.example/rss",
        "https://b.example/atom",
    ]


def test_adding_several_feeds_names_only_those_not_there_yet(tmp_path: Path) -> None:
    # Judged against the file: a feed another writer added meanwhile is not new.
    stale = FeedState(tmp_path / "f.json")
    FeedState(tmp_path / "f.json").add_feed("https://a.example/rss")
    urls = ["https://a.example/rss", "https://b.example/atom", "https://b.example/atom"]
    assert stale.add_feeds(urls) == ["https://b.example/atom"]


def test_removed_feed_is_gone(tmp_path: Path) -> None:
    state = FeedState(tmp_path / "f.json")
    state.add_feed("https://a.example/rss")
    state.remove_feed("https://a.example/rss")
    assert FeedState(tmp_path / "f.json").feeds() == []


def test_a_removed_feeds_validators_are_forgotten(tmp_path: Path) -> None:
    # Added again later, the feed is fetched in full, not answered "not modified".
    url = "https://a.example/rss"
    state = FeedState(tmp_path / "f.json")
    state.add_feed(url)
    state.remember_response(url, Response(url=url, status=200, headers={"etag": ETAG}))
    state.save()
    state.remove_feed(url)
    assert FeedState(tmp_path / "f.json").request_headers(url) == {}


def test_state_write_leaves_no_temporary_files(tmp_path: Path) -> None:
    state = FeedState(tmp_path / "d" / "f.json")
    state.add_feed("https://a.example/rss")
    assert [p.name for p in (tmp_path / "d").iterdir() if p.suffix == ".tmp"] == []


def test_state_is_written_through_a_temporary_file_in_its_own_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The rename that replaces the file atomically needs both on one filesystem:
    # the system's temporary folder (here one that does not exist) is not used.
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "no-such-folder"))
    FeedState(tmp_path / "d" / "f.json").add_feed("https://a.example/rss")
    assert FeedState(tmp_path / "d" / "f.json").feeds() == ["https://a.example/rss"]


def test_saving_a_stale_state_keeps_a_feed_added_meanwhile(tmp_path: Path) -> None:
    poller = FeedState(tmp_path / "f.json")  # loaded before the feed is added
    FeedState(tmp_path / "f.json").add_feed("https://a.example/rss")
    poller.mark_seen("https://a.example/post-1")
    poller.save()
    assert FeedState(tmp_path / "f.json").feeds() == ["https://a.example/rss"]


def test_seen_urls_from_two_writers_are_united(tmp_path: Path) -> None:
    first, second = FeedState(tmp_path / "f.json"), FeedState(tmp_path / "f.json")
    first.mark_seen("https://a.example/1")
    second.mark_seen("https://a.example/2")
    first.save()
    second.save()
    reloaded = FeedState(tmp_path / "f.json")
    assert reloaded.has_seen("https://a.example/1") and reloaded.has_seen("https://a.example/2")


def test_state_file_is_json(tmp_path: Path) -> None:
    FeedState(tmp_path / "f.json").add_feed("https://a.example/rss")
    assert json.loads((tmp_path / "f.json").read_text())["feeds"] == ["https://a.example/rss"]


def test_corrupt_state_file_is_a_read_error(tmp_path: Path) -> None:
    (tmp_path / "f.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(ReadError) as refused:
        FeedState(tmp_path / "f.json")
    assert str(refused.value) == f"{tmp_path / 'f.json'}: feed state file is not valid JSON"


def test_a_state_file_without_its_lists_is_an_empty_state(tmp_path: Path) -> None:
    (tmp_path / "f.json").write_text('{"version": 1}', encoding="utf-8")
    state = FeedState(tmp_path / "f.json")
    assert (state.feeds(), state.request_headers("https://a.example/rss")) == ([], {})


def test_default_state_lives_in_the_store_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLAIMGRAPH_STORE", str(tmp_path / "store"))
    assert FeedState.default().path == tmp_path / "store" / "feeds.json"


def test_feed_with_a_public_doctype_is_read(server, fetcher, state) -> None:  # type: ignore[no-untyped-def]
    doctype = (
        '<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" '
        '"http://my.netscape.com/publish/formats/rss-0.91.dtd">'
    )
    body = rss(server, "/s1").replace("?>", "?>" + doctype, 1)
    server.add("/feed", body, "application/rss+xml")
    assert len(articles(list(read_feed(server.url("/feed"), state, fetcher)))) == 1


@pytest.mark.parametrize("store", ["neo4j", "bolt://127.0.0.1:7687", "neo4j://db.example"])
def test_with_a_neo4j_store_the_state_lives_in_the_default_folder(
    monkeypatch: pytest.MonkeyPatch, store: str
) -> None:
    monkeypatch.setenv("CLAIMGRAPH_STORE", store)
    assert FeedState.default().path == Path("./claimgraph-data/feeds.json")


def test_without_a_store_setting_the_state_lives_in_the_default_folder(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("CLAIMGRAPH_STORE", raising=False)
    assert FeedState.default().path == Path("./claimgraph-data/feeds.json")


def test_a_feed_removed_and_added_again_is_configured(tmp_path: Path) -> None:
    state = FeedState(tmp_path / "f.json")
    state.add_feed("https://a.example/rss")
    state.remove_feed("https://a.example/rss")
    state.add_feed("https://a.example/rss")
    assert FeedState(tmp_path / "f.json").feeds() == ["https://a.example/rss"]


def test_polling_reads_every_configured_feed(server, fetcher, state) -> None:  # type: ignore[no-untyped-def]
    server.add("/feed", rss(server, "/s1"), "application/rss+xml")
    server.add("/atom", atom(server, "/s2"), "application/atom+xml")
    state.add_feed(server.url("/feed"))
    state.add_feed(server.url("/atom"))
    items = list(poll_feeds(state, fetcher))
    assert [a.url for a in articles(items)] == [server.url("/s1"), server.url("/s2")]


def test_the_longest_of_content_and_summary_stands_in_for_a_lost_page(
    server, fetcher, state
) -> None:  # type: ignore[no-untyped-def]
    content = "<p>" + "Borealis said the Quill results could not be reproduced. " * 10 + "</p>"
    body = (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        "<title>Blog</title><id>urn:x</id><updated>2025-03-15T08:00:00Z</updated>"
        f'<entry><title>Gone</title><id>urn:g</id><link href="{server.url("/gone")}"/>'
        "<updated>2025-03-15T08:00:00Z</updated><summary>The teaser.</summary>"
        f'<content type="html"><![CDATA[{content}]]></content></entry></feed>'
    )
    server.add("/atom", body, "application/atom+xml")
    (item,) = read_feed(server.url("/atom"), state, fetcher)
    assert isinstance(item, ArticleText) and item.text.startswith("Borealis said the Quill")
