"""The Atom feed of disputes, read with feedparser as a feed reader would."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import feedparser
import httpx
import pytest

from graph.embedded import EmbeddedStore
from tests.api_support import ApiServer
from tests.graph_factory import World, sample_world


@pytest.fixture
def store(tmp_path: Path) -> Iterator[EmbeddedStore]:
    # Rendering is what is tested here; the queries behind it run on every
    # backend in test_api_queries.py.
    embedded = EmbeddedStore(tmp_path / "store")
    yield embedded
    embedded.close()


@pytest.fixture
def world(store: EmbeddedStore) -> World:
    return sample_world(store)


@pytest.fixture
def api(store: EmbeddedStore, world: World) -> Iterator[ApiServer]:
    with ApiServer(store) as server:
        yield server


def fetch(api: ApiServer, query: str = "") -> tuple[httpx.Response, feedparser.FeedParserDict]:
    response = httpx.get(f"{api.url}/feeds/disputes.atom{query}", timeout=30)
    return response, feedparser.parse(response.content)


def test_feed_is_valid_atom(api: ApiServer) -> None:
    response, feed = fetch(api)
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/atom+xml; charset=utf-8"
    assert feed.bozo == 0, feed.get("bozo_exception")
    assert feed.version == "atom10"
    assert feed.feed.links[0]["rel"] == "self"


def test_entries_are_newest_first_with_stable_tag_ids(api: ApiServer, world: World) -> None:
    _, first = fetch(api)
    _, second = fetch(api)
    ids = [e.id for e in first.entries]
    assert ids == [
        f"tag:claimgraph.org,2024:{world['d_llm']}",
        f"tag:claimgraph.org,2024:{world['d_weights']}",
    ]
    assert [e.id for e in second.entries] == ids
    assert first.entries[0].updated == "2024-05-04T08:00:00Z"


def test_entry_names_parties_evidence_and_sources(api: ApiServer) -> None:
    _, feed = fetch(api)
    entry = feed.entries[0]
    assert entry.title == "whether LLMs reach human-level intelligence (open)"
    assert [a["name"] for a in entry.authors] == ["Yann LeCun", "Sam Altman", "Gary Marcus"]
    assert {link["href"] for link in entry.links} == {
        "https://news.example/lecun-llms",
        "https://other.example/altman-reply",
    }
    assert "LLMs have not hit a wall." in entry.content[0].value
    assert entry.summary.startswith("Yann LeCun vs Sam Altman.")


def test_entity_filter(api: ApiServer, world: World) -> None:
    _, feed = fetch(api, "?entity=Meta")
    assert feed.bozo == 0
    assert [e.id for e in feed.entries] == [f"tag:claimgraph.org,2024:{world['d_weights']}"]
    assert feed.feed.title == "ClaimGraph disputes involving Meta"


def test_unknown_entity_is_404(api: ApiServer) -> None:
    response, _ = fetch(api, "?entity=Nobody%20Qwx")
    assert response.status_code == 404
    assert response.text == "no entity matches entity 'Nobody Qwx'"
