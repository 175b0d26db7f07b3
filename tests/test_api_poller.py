"""``--poll-feeds``: the server reads configured feeds from a local HTTP server and ingests them."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from api.settings import Settings
from graph.model import Label
from graph.store import GraphStore
from tests.api_support import ApiServer
from tests.local_http import LocalServer

ARTICLE_HTML = """<!doctype html><html><head><title>{title}</title></head><body><article>
<h1>{title}</h1><p>{body}</p></article></body></html>"""

BODY = (
    "Yann LeCun, chief AI scientist at Meta, said on Monday that large language models "
    "will never reach human-level intelligence. He said that scaling alone would not be enough "
    "and that new architectures were needed for machines to understand the physical world."
)


def rss(items: list[tuple[str, str]]) -> str:
    entries = "".join(
        f"<item><title>{title}</title><link>{link}</link>"
        f"<pubDate>Mon, 06 May 2024 09:00:00 GMT</pubDate></item>"
        for title, link in items
    )
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Local AI News</title>'
        f"<link>http://127.0.0.1/</link><description>test</description>{entries}</channel></rss>"
    )


def test_server_polls_configured_feed_and_ingests_entries(
    store: GraphStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLAIMGRAPH_ALLOW_PRIVATE_HOSTS", "127.0.0.1")
    state_file = tmp_path / "feeds.json"
    with LocalServer() as site:
        site.add("/a1", ARTICLE_HTML.format(title="LeCun on LLMs", body=BODY), "text/html")
        site.add("/feed.xml", rss([("LeCun on LLMs", site.url("/a1"))]), "application/rss+xml")
        state_file.write_text(json.dumps({"version": 1, "feeds": [site.url("/feed.xml")]}))
        settings = Settings(feed_state=str(state_file), feed_poll_seconds=0.2)
        with ApiServer(store, settings, poll_feeds=True):
            deadline = time.monotonic() + 60
            while store.count(Label.ARTICLE) == 0:
                assert time.monotonic() < deadline, "the feed was never ingested"
                time.sleep(0.1)
        article = store.find(Label.ARTICLE)[0]
        assert article.get("url") == site.url("/a1")
        assert article.get("title") == "LeCun on LLMs"
        assert site.hits("/a1") == 1  # seen URLs are not fetched again on later polls
