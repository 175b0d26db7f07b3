"""Neo4j Browser with ClaimGraph's style and guide, on the sample articles.

The real Neo4j started by ``ops/test`` (``ops/neo4j/start``) is configured to
load the style and open the guide from ``CLAIMGRAPH_EXPLORER_URL`` on
connecting (``browser.post_connect_cmd``); these tests read that setting back
from the server and serve ClaimGraph there.  Every query in the guide is run
against the samples, and a real chromium connects the Browser, opens the
guide and draws the dispute query with ClaimGraph's captions.  Screenshots:
``tests/output/browser/neo4j-guide.png`` and ``neo4j-dispute.png``.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from neo4j import Driver
from playwright.sync_api import expect

from api.web import NEO4J_DIR
from graph.neo4j_store import Neo4jStore
from tests.api_support import ApiServer
from tests.browser_support import chromium, ingest_elsewhere, offline_page
from tests.neo4j_support import clear_database, require_neo4j

pytestmark = pytest.mark.neo4j

REPO = Path(__file__).resolve().parent.parent
GUIDE = NEO4J_DIR / "guide.html"


class _Runnable(HTMLParser):
    """The text of every ``<pre class="runnable">`` in a guide."""

    def __init__(self) -> None:
        super().__init__()
        self.queries: list[str] = []
        self._open = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "pre" and "runnable" in (dict(attrs).get("class") or "").split():
            self._open = True
            self.queries.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "pre":
            self._open = False

    def handle_data(self, data: str) -> None:
        if self._open:
            self.queries[-1] += data


def guide_queries() -> list[str]:
    parser = _Runnable()
    parser.feed(GUIDE.read_text(encoding="utf-8"))
    return [q.strip() for q in parser.queries]


@pytest.fixture(scope="module")
def samples_in_neo4j() -> Iterator[Driver]:
    """The test Neo4j holding exactly what ``claimgraph ingest samples/articles`` stores."""
    driver = require_neo4j()
    clear_database(driver)
    ingest_elsewhere("neo4j", "samples/articles")
    yield driver


def test_the_guide_has_a_query_for_each_step() -> None:
    assert len(guide_queries()) >= 5


@pytest.mark.parametrize("number", range(len(guide_queries())))
def test_every_guide_query_finds_something_in_the_samples(
    samples_in_neo4j: Driver, number: int
) -> None:
    query = guide_queries()[number]
    records, _, _ = samples_in_neo4j.execute_query(
        query, database_=os.environ.get("NEO4J_DATABASE") or None
    )
    assert records, f"no result for the guide's query {number + 1}:\n{query}"


def explorer_url(driver: Driver) -> str:
    """Where the server's post-connect command loads ClaimGraph's style from."""
    records, _, _ = driver.execute_query("CALL dbms.clientConfig()")
    config = {r["name"]: r["value"] for r in records}
    command = config.get("browser.post_connect_cmd") or ""
    found = re.search(r"style (\S+)/neo4j/claimgraph\.grass", command)
    if found is None:
        pytest.fail(f"Neo4j is not set up by ops/neo4j/start (post_connect_cmd={command!r})")
    return found.group(1)


def test_neo4j_browser_opens_the_guide_and_draws_the_dispute_with_captions(
    samples_in_neo4j: Driver,
) -> None:
    url = explorer_url(samples_in_neo4j)
    port = urlsplit(url).port
    assert port is not None
    password = os.environ.get("NEO4J_PASSWORD", "")
    http_url = os.environ.get("CLAIMGRAPH_NEO4J_HTTP_URL", "http://127.0.0.1:7474")
    store = Neo4jStore.from_environment()
    try:
        with (
            ApiServer(store, port=port),
            chromium() as browser,
            offline_page(browser, width=1400, height=1000) as view,
        ):
            page = view.page
            page.goto(http_url + "/browser/")
            page.fill("[data-testid=boltaddress]", os.environ["NEO4J_URI"])
            page.fill("[data-testid=username]", os.environ.get("NEO4J_USERNAME") or "neo4j")
            page.fill("[data-testid=password]", password)
            page.click("[data-testid=connect]")
            # no typing: connecting loads the style and opens the guide
            expect(page.get_by_text("ClaimGraph: who disputes what")).to_be_visible()
            expect(page.get_by_text(":style " + url + "/neo4j/claimgraph.grass")).to_be_visible()
            page.wait_for_timeout(1000)  # the frames stop moving
            page.get_by_text("ClaimGraph: who disputes what").scroll_into_view_if_needed()
            view.screenshot("neo4j-guide")

            guide = page.locator("[data-testid=carousel]")
            guide.locator("[data-testid=nextSlide]").first.click()
            guide.locator("[data-testid=nextSlide]").first.click()
            guide.locator("pre.runnable", has_text="'Yann LeCun' IN d.parties").click()
            page.click("[data-testid=editor-Run]")
            nodes = page.locator("svg g.node")
            expect(nodes.first).to_be_visible()
            page.wait_for_timeout(2000)  # the force layout settles
            drawn = " ".join(page.locator("svg g.node text").all_text_contents())
            view.screenshot("neo4j-dispute")
        for words in ("LeCun vs", "Al-Dahle", "Yann", "LeCun:", "Ahmad"):
            assert words in drawn, f"{words!r} is not drawn: {drawn!r}"
        assert "Node" not in drawn.split()
    finally:
        store.close()
