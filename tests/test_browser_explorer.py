"""The explorer and GraphiQL as a person sees them: a real server, a real chromium.

The store is the embedded one, filled by ``claimgraph ingest`` in another
process, as a user would; every page is cut off from all but 127.0.0.1, so a
page needing the internet fails.  Screenshots land in
``tests/output/browser/`` (explorer-disputes, explorer-live-update,
explorer-dispute, explorer-entity, graphiql).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, expect

from graph.embedded import EmbeddedStore
from tests.api_support import ApiServer
from tests.browser_support import chromium, ingest_elsewhere, offline_page

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "samples" / "articles"
LATE_ARTICLE = "07-sakana-cuda.txt"  # ingested while the page is open: Beyer vs Sakana AI
LATE_DISPUTE = "Beyer vs Sakana AI"


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with chromium() as opened:
        yield opened


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[ApiServer, Path]]:
    """A server on a store holding every sample article but the late one."""
    location = tmp_path / "store"
    ingest_elsewhere(location, *sorted(p for p in SAMPLES.iterdir() if p.name != LATE_ARTICLE))
    store = EmbeddedStore(location)
    try:
        with ApiServer(store) as api:
            yield api, location
    finally:
        store.close()


def test_the_explorer_lists_disputes_shows_a_new_one_live_and_draws_a_dispute(
    browser: Browser, server: tuple[ApiServer, Path]
) -> None:
    api, location = server
    with offline_page(browser) as view:
        page = view.page
        page.goto(api.url + "/")
        rows = page.locator("#disputes tbody tr")
        expect(rows.filter(has_text="LeCun vs Al-Dahle · Llama 4, Meta")).to_have_count(1)
        expect(rows.filter(has_text=LATE_DISPUTE)).to_have_count(0)
        expect(page.locator("#live")).to_have_attribute("data-state", "live")
        view.screenshot("explorer-disputes", full_page=True)

        # another process adds an article; the page is not reloaded
        ingest_elsewhere(location, SAMPLES / LATE_ARTICLE)
        late = rows.filter(has_text=LATE_DISPUTE)
        expect(late).to_have_count(1, timeout=30_000)
        expect(late).to_contain_text("Lucas Beyer, Sakana AI")
        view.screenshot("explorer-live-update", full_page=True)

        page.get_by_role("link", name="LeCun vs Al-Dahle · Llama 4, Meta").click()
        expect(page.locator("h1")).to_have_text("LeCun vs Al-Dahle · Llama 4, Meta")
        sides = page.locator(".side h2")
        expect(sides).to_have_text(["Yann LeCun", "Ahmad Al-Dahle"])
        expect(page.locator(".side blockquote").first).to_contain_text("example.com")
        expect(page.locator("ol.timeline li").last).to_contain_text("dispute opened")
        graph = page.locator("#graph")
        data = api.client.get(api.url + str(graph.get_attribute("data-src"))).json()
        drawn = [e for e in data["elements"] if "source" not in e["data"]]
        labels = {e["data"]["label"] for e in drawn}
        assert {"Dispute", "Claim", "Person", "Article"} <= labels
        expect(graph).to_have_attribute("data-drawn", str(len(drawn)))  # every node is drawn
        assert graph.locator("canvas").count() > 0
        view.screenshot("explorer-dispute", full_page=True)

        page.get_by_role("link", name="Yann LeCun").first.click()
        expect(page.locator("h1")).to_contain_text("Yann LeCun")
        expect(page.locator("ul.claims").first).to_contain_text("LeCun vs Al-Dahle")
        view.screenshot("explorer-entity", full_page=True)

        assert view.blocked == []
        assert view.console_errors == []


def test_a_dispute_graph_node_opens_its_page_and_unknown_ids_are_404(
    browser: Browser, server: tuple[ApiServer, Path]
) -> None:
    api, _ = server
    with offline_page(browser) as view:
        response = view.page.goto(api.url + "/disputes/dispute:nope")
        assert response is not None and response.status == 404
        expect(view.page.locator("h1")).to_have_text("Not found")


def test_graphiql_runs_a_query_with_no_network_but_the_server(
    browser: Browser, server: tuple[ApiServer, Path]
) -> None:
    api, _ = server
    with offline_page(browser, height=800) as view:
        page = view.page
        response = page.goto(api.url + "/graphql")
        assert response is not None
        assert "script-src 'self'" in response.headers["content-security-policy"]
        run = page.locator(".graphiql-execute-button")
        expect(run).to_be_visible()
        expect(page.locator(".graphiql-query-editor")).to_contain_text("disputes(first: 5)")
        run.click()
        result = page.locator(".graphiql-response")
        expect(result).to_contain_text('"caption": "', timeout=30_000)
        expect(result).to_contain_text('"status": "OPEN"')
        expect(result).to_contain_text(" vs ")  # a dispute caption: parties, "vs"
        view.screenshot("graphiql")
        assert view.blocked == []
        assert view.console_errors == []
