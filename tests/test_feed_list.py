"""The feed list: OPML import and export, ``claimgraph feeds list/add/remove``, one file.

``claimgraph feeds`` and the ``addFeed``/``removeFeed`` mutations change the
same list (``feeds.json`` in the data folder) that ``serve --poll-feeds``
polls.  OPML files are read as safely as feeds: a DTD or an entity
declaration refuses the file before anything in it is used.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from api.settings import Settings
from graph.embedded import EmbeddedStore
from ingest.document import ReadError
from ingest.feeds import FeedState
from ingest.opml import MAX_OUTLINES, Outline, parse_opml, plan_import, read_opml, to_opml
from tests.api_support import ApiServer

ROOT = Path(__file__).resolve().parent.parent

SUBSCRIPTIONS = """<?xml version="1.0" encoding="UTF-8"?>
<opml version="1.0">
  <head><title>Reader export</title></head>
  <body>
    <outline text="AI labs">
      <outline text="Lab A" type="rss" xmlUrl="http://127.0.0.1:9/a.xml"/>
      <outline text="Policy">
        <outline text="Lab B" type="rss" xmlUrl="http://127.0.0.1:9/b.xml"/>
      </outline>
    </outline>
    <outline text="Lab A again" type="rss" xmlUrl="http://127.0.0.1:9/a.xml"/>
    <outline text="Gone" type="rss" xmlUrl="http://no-such-host.invalid/rss"/>
    <outline text="Intranet" type="rss" xmlUrl="http://10.1.2.3/rss"/>
    <outline text="Local" type="rss" xmlUrl="file:///etc/passwd"/>
    <outline text="A web page" htmlUrl="https://lab.example/"/>
  </body>
</opml>
"""


def claimgraph(*args: str, store: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLAIMGRAPH_")}
    env |= {"CLAIMGRAPH_ALLOW_PRIVATE_HOSTS": "127.0.0.1", "CLAIMGRAPH_STORE": str(store)}
    return subprocess.run(
        [sys.executable, "-m", "api.cli", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )


# ---------------------------------------------------------------- reading OPML


def test_nested_outlines_are_read_in_document_order() -> None:
    outlines = parse_opml(SUBSCRIPTIONS.encode(), "subs.opml")
    assert [(o.url, o.title) for o in outlines] == [
        ("http://127.0.0.1:9/a.xml", "Lab A"),
        ("http://127.0.0.1:9/b.xml", "Lab B"),
        ("http://127.0.0.1:9/a.xml", "Lab A again"),
        ("http://no-such-host.invalid/rss", "Gone"),
        ("http://10.1.2.3/rss", "Intranet"),
        ("file:///etc/passwd", "Local"),
        ("", "A web page"),  # no xmlUrl and no children: reported, not a folder
    ]


def test_utf16_opml_is_read() -> None:
    outlines = parse_opml(SUBSCRIPTIONS.replace("UTF-8", "UTF-16").encode("utf-16"), "s.opml")
    assert len(outlines) == 7


@pytest.mark.parametrize(
    "prolog",
    [
        '<!DOCTYPE opml [<!ENTITY x "y">]>',
        '<!DOCTYPE opml [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>',
        '<!DOCTYPE opml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
        '<!DOCTYPE opml SYSTEM "http://127.0.0.1:9/opml.dtd">',
    ],
    ids=["entity", "billion-laughs", "external-entity", "external-dtd"],
)
def test_a_dtd_or_entity_declaration_refuses_the_file(prolog: str) -> None:
    body = SUBSCRIPTIONS.replace("?>", "?>" + prolog, 1).replace('text="Gone"', 'text="&x;"')
    with pytest.raises(ReadError, match=r"^subs.opml: it declares a DTD"):
        parse_opml(body.encode(), "subs.opml")


def test_an_undeclared_entity_is_malformed_xml_not_expanded() -> None:
    with pytest.raises(ReadError, match=r"undefined entity at line 1"):
        parse_opml(b'<opml><body><outline text="&rsquo;"/></body></opml>', "s.opml")


def test_a_file_that_is_not_opml_is_refused() -> None:
    with pytest.raises(
        ReadError, match=r"^rss.xml: not an OPML file \(the root element is <rss>\)$"
    ):
        parse_opml(b'<rss version="2.0"><channel/></rss>', "rss.xml")


def test_outlines_are_capped() -> None:
    body = "<opml><body>" + '<outline xmlUrl="http://a.example/"/>' * (MAX_OUTLINES + 1)
    with pytest.raises(ReadError, match=f"more than {MAX_OUTLINES} outlines"):
        parse_opml((body + "</body></opml>").encode(), "big.opml")


def test_outlines_up_to_the_cap_are_read() -> None:
    body = "<opml><body>" + '<outline xmlUrl="http://a.example/"/>' * MAX_OUTLINES
    assert len(parse_opml((body + "</body></opml>").encode(), "full.opml")) == MAX_OUTLINES


def test_a_truncated_opml_file_is_refused_as_malformed() -> None:
    with pytest.raises(
        ReadError, match=r"^cut.opml: not readable OPML \(malformed XML: no element found at line 1"
    ):
        parse_opml(b'<opml><body><outline xmlUrl="http://a.example/"/>', "cut.opml")


def test_lowercase_xmlurl_and_a_title_in_place_of_text_are_read() -> None:
    body = b'<opml><body><outline title="Lab C" xmlurl=" http://c.example/rss "/><outline/>'
    body += b"</body></opml>"
    assert parse_opml(body, "s.opml") == [
        Outline("http://c.example/rss", "Lab C", 1),
        Outline("", "", 1),
    ]


def test_an_opml_file_is_read_from_disk_within_the_size_cap(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "subs.opml"
    path.write_text(SUBSCRIPTIONS, encoding="utf-8")
    assert read_opml(path, "subs.opml") == parse_opml(SUBSCRIPTIONS.encode(), "subs.opml")
    monkeypatch.setenv("CLAIMGRAPH_MAX_BODY_BYTES", "100")
    with pytest.raises(ReadError) as refused:
        read_opml(path, "subs.opml")
    assert str(refused.value) == (
        "subs.opml: file larger than 100 bytes: too large (CLAIMGRAPH_MAX_BODY_BYTES)"
    )


# ---------------------------------------------------------------- deciding what to import


def test_each_outline_is_added_already_configured_or_skipped_with_a_reason() -> None:
    outlines = parse_opml(SUBSCRIPTIONS.encode(), "subs.opml")
    unreachable = {"http://no-such-host.invalid/rss": "cannot resolve host no-such-host.invalid"}
    plan = plan_import(outlines, ["http://127.0.0.1:9/b.xml"], unreachable.get)
    assert [line.message() for line in plan] == [
        "added: http://127.0.0.1:9/a.xml",
        "already configured: http://127.0.0.1:9/b.xml",
        "skipped: http://127.0.0.1:9/a.xml (line 11): listed twice (first at line 6)",
        "skipped: http://no-such-host.invalid/rss (line 12): unreachable: cannot resolve host "
        "no-such-host.invalid",
        "added: http://10.1.2.3/rss",
        "skipped: file:///etc/passwd (line 14): not an http or https URL",
        "skipped: outline 'A web page' (line 15): no xmlUrl: not a feed",
    ]


def test_export_is_opml_that_imports_back_to_the_same_list() -> None:
    urls = ["https://a.example/rss?x=1&y=2", 'https://b.example/"atom"']
    outlines = parse_opml(to_opml(urls).encode(), "export.opml")
    assert outlines == [Outline(urls[0], urls[0], 8), Outline(urls[1], urls[1], 9)]


def test_only_http_and_https_outlines_are_added_and_every_skip_is_one() -> None:
    outlines = [
        Outline("https://a.example/rss", "A", 2),
        Outline("http://b.example/rss", "B", 3),
        Outline("http://b.example/rss", "B again", 4),
        Outline("ftp://c.example/rss", "C", 5),
        Outline("", "", 6),
        Outline("http://gone.example/rss", "Gone", 7),
        Outline("https://a.example/rss", "A again", 8),
    ]
    unreachable = {"http://gone.example/rss": "cannot resolve host gone.example"}
    plan = plan_import(outlines, ["http://b.example/rss"], unreachable.get)
    assert [line.action for line in plan] == [
        "add", "configured", "skip", "skip", "skip", "skip", "skip"
    ]  # fmt: skip
    assert [line.message() for line in plan] == [
        "added: https://a.example/rss",
        "already configured: http://b.example/rss",
        "skipped: http://b.example/rss (line 4): listed twice (first at line 3)",
        "skipped: ftp://c.example/rss (line 5): not an http or https URL",
        "skipped: outline (line 6): no xmlUrl: not a feed",
        "skipped: http://gone.example/rss (line 7): unreachable: cannot resolve host gone.example",
        "skipped: https://a.example/rss (line 8): listed twice (first at line 2)",
    ]


# ---------------------------------------------------------------- the command


def test_claimgraph_feeds_import_list_export_remove(tmp_path: Path) -> None:
    store = tmp_path / "store"
    (tmp_path / "subs.opml").write_text(SUBSCRIPTIONS, encoding="utf-8")
    imported = claimgraph("feeds", "import", str(tmp_path / "subs.opml"), store=store)
    assert imported.returncode == 3  # some outlines skipped, the rest added
    assert imported.stdout.splitlines() == [
        "added: http://127.0.0.1:9/a.xml",
        "added: http://127.0.0.1:9/b.xml",
        f"feeds: 2 added, 0 already configured, 5 skipped; 2 configured in {store}/feeds.json",
    ]
    assert imported.stderr.splitlines() == [
        "skipped: http://127.0.0.1:9/a.xml (line 11): listed twice (first at line 6)",
        "skipped: http://no-such-host.invalid/rss (line 12): unreachable: cannot resolve host "
        "no-such-host.invalid",
        "skipped: http://10.1.2.3/rss (line 13): unreachable: refusing to fetch private address "
        "10.1.2.3",
        "skipped: file:///etc/passwd (line 14): not an http or https URL",
        "skipped: outline 'A web page' (line 15): no xmlUrl: not a feed",
    ]
    again = claimgraph("feeds", "import", str(tmp_path / "subs.opml"), store=store)
    assert again.stdout.splitlines()[:2] == [
        "already configured: http://127.0.0.1:9/a.xml",
        "already configured: http://127.0.0.1:9/b.xml",
    ]

    listed = claimgraph("feeds", "list", store=store)
    assert listed.stdout.splitlines() == ["http://127.0.0.1:9/a.xml", "http://127.0.0.1:9/b.xml"]
    exported = claimgraph("feeds", "export", "-o", str(tmp_path / "out.opml"), store=store)
    assert exported.returncode == 0
    back = parse_opml((tmp_path / "out.opml").read_bytes(), "out.opml")
    assert [o.url for o in back] == ["http://127.0.0.1:9/a.xml", "http://127.0.0.1:9/b.xml"]

    gone = ["http://127.0.0.1:9/a.xml", "http://x.example/"]
    removed = claimgraph("feeds", "remove", *gone, store=store)
    assert (removed.returncode, removed.stdout, removed.stderr) == (
        1,
        "removed: http://127.0.0.1:9/a.xml\n",
        "claimgraph: feed 'http://x.example/' is not configured\n",
    )
    assert FeedState(store / "feeds.json").feeds() == ["http://127.0.0.1:9/b.xml"]


def test_an_unsafe_opml_file_is_one_error_line(tmp_path: Path) -> None:
    path = tmp_path / "bomb.opml"
    path.write_text('<!DOCTYPE opml [<!ENTITY x "y">]><opml><body/></opml>', encoding="utf-8")
    result = claimgraph("feeds", "import", str(path), store=tmp_path / "store")
    assert (result.returncode, result.stdout, result.stderr) == (
        1,
        "",
        f"claimgraph: {path}: it declares a DTD (OPML needs none; DTDs and entities are "
        "never read)\n",
    )
    assert not (tmp_path / "store" / "feeds.json").exists()


def test_feeds_add_takes_only_http_urls(tmp_path: Path) -> None:
    result = claimgraph("feeds", "add", "file:///etc/passwd", store=tmp_path / "store")
    assert (result.returncode, result.stderr) == (
        1,
        "claimgraph: file:///etc/passwd: a polled feed must be an http or https URL\n",
    )


# ---------------------------------------------------------------- one list for all


@pytest.fixture
def api(tmp_path: Path) -> Iterator[ApiServer]:
    store = EmbeddedStore(tmp_path / "store")
    try:
        with ApiServer(store, Settings(event_poll_seconds=0.05)) as server:
            yield server
    finally:
        store.close()


FEED = """mutation($url: String!) { %s(url: $url) {
    __typename ... on FeedsChanged { feeds } } }"""


def test_the_mutations_and_the_command_change_one_list(api: ApiServer, tmp_path: Path) -> None:
    store = tmp_path / "store"
    (tmp_path / "subs.opml").write_text(SUBSCRIPTIONS, encoding="utf-8")
    claimgraph("feeds", "import", "--no-check", str(tmp_path / "subs.opml"), store=store)
    added = api.gql(FEED % "addFeed", {"url": "https://c.example/rss"})["data"]["addFeed"]
    assert added["feeds"] == [
        "http://127.0.0.1:9/a.xml",
        "http://127.0.0.1:9/b.xml",
        "http://no-such-host.invalid/rss",
        "http://10.1.2.3/rss",
        "https://c.example/rss",
    ]
    claimgraph("feeds", "remove", "http://10.1.2.3/rss", store=store)
    removed = api.gql(FEED % "removeFeed", {"url": "https://c.example/rss"})["data"]["removeFeed"]
    assert removed["feeds"] == [
        "http://127.0.0.1:9/a.xml",
        "http://127.0.0.1:9/b.xml",
        "http://no-such-host.invalid/rss",
    ]
    assert claimgraph("feeds", "list", store=store).stdout.splitlines() == removed["feeds"]
