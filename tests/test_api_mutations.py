"""Mutations over HTTP: API key, typed errors, merge/split, disputes, feeds, ingestion."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from api.settings import Settings
from graph.store import GraphStore
from tests.api_support import ApiServer
from tests.graph_factory import World, sample_world
from tests.test_api_subscriptions import next_payload, open_socket, subscribe, wait_for_subscribers

KEY = "s3cret-test-key"
AUTH = {"Authorization": f"Bearer {KEY}"}

RESOLVE = """mutation($id: ID!, $note: String!) { resolveDispute(id: $id, note: $note) {
    __typename
    ... on ResolveDisputeSuccess { dispute { status resolutionNote } }
    ... on NotFoundError { message id }
    ... on InvalidInputError { message field }
} }"""

MERGE = """mutation($keep: ID!, $absorb: ID!) { mergeEntities(keep: $keep, absorb: $absorb) {
    __typename
    ... on MergeEntitiesSuccess { movedRelationships entity { id name aliases mergedFrom } }
    ... on NotFoundError { message }
    ... on InvalidInputError { message field }
} }"""

SPLIT = """mutation($id: ID!, $absorbed: ID!) { splitEntity(id: $id, absorbed: $absorbed) {
    __typename
    ... on SplitEntitySuccess { kept { name aliases mergedFrom } restored { id name aliases } }
    ... on InvalidInputError { message }
} }"""

PROFILE = """query($id: ID!) { entity(id: $id) { name
    claimsMade { totalCount } claimsAbout { totalCount } articles { totalCount }
    ... on Person { roles { organization { name } } } } }"""


@pytest.fixture
def world(store: GraphStore) -> World:
    return sample_world(store)


@pytest.fixture
def api(store: GraphStore, world: World, tmp_path: Path) -> Iterator[ApiServer]:
    settings = Settings(
        api_key=KEY, event_poll_seconds=0.05, feed_state=str(tmp_path / "feeds.json")
    )
    with ApiServer(store, settings) as server:
        yield server


def test_mutation_without_key_is_refused(api: ApiServer, world: World) -> None:
    result = api.gql(RESOLVE, {"id": world["d_llm"], "note": "settled"})
    assert result["errors"][0]["message"].startswith("authentication required")
    assert result["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


STATUS = "query($id: ID!) { dispute(id: $id) { status resolutionNote } }"

WRONG_KEYS = {
    "empty bearer": {"Authorization": "Bearer"},
    "empty header": {"X-API-Key": ""},
    "unrelated": {"X-API-Key": "wrong"},
    "prefix": {"Authorization": f"Bearer {KEY[:-1]}"},
    "first character": {"X-API-Key": KEY[0]},
    "key plus more": {"Authorization": f"Bearer {KEY}x"},
    "other case": {"X-API-Key": KEY.upper()},
}


@pytest.mark.parametrize("headers", WRONG_KEYS.values(), ids=WRONG_KEYS.keys())
def test_mutation_with_wrong_key_is_refused_and_changes_nothing(
    api: ApiServer, world: World, headers: dict[str, str]
) -> None:
    before = api.gql(STATUS, {"id": world["d_llm"]})["data"]
    result = api.gql(RESOLVE, {"id": world["d_llm"], "note": "forged"}, headers)
    assert (result["data"], result["errors"][0]["extensions"]["code"]) == (None, "UNAUTHENTICATED")
    assert api.gql(STATUS, {"id": world["d_llm"]})["data"] == before


def test_x_api_key_header_is_accepted(api: ApiServer, world: World) -> None:
    result = api.gql(RESOLVE, {"id": world["d_llm"], "note": "settled"}, {"X-API-Key": KEY})
    assert result["data"]["resolveDispute"]["__typename"] == "ResolveDisputeSuccess"


def test_queries_need_no_key(api: ApiServer) -> None:
    assert api.gql('{ entity(name: "Meta") { name } }')["data"]["entity"] == {"name": "Meta"}


def test_mutation_over_get_is_refused(api: ApiServer, world: World) -> None:
    query = 'mutation { resolveDispute(id: "x", note: "y") { __typename } }'
    response = httpx.get(f"{api.url}/graphql", params={"query": query}, headers=AUTH)
    assert response.status_code == 405


def test_resolve_dispute_updates_it_and_notifies_subscribers(api: ApiServer, world: World) -> None:
    with open_socket(api) as ws:
        subscribe(ws, "1", "subscription { disputeUpdated { kind dispute { id status } } }")
        wait_for_subscribers(api, 1)
        result = api.gql(RESOLVE, {"id": world["d_llm"], "note": "Altman conceded."}, AUTH)
        event = next_payload(ws)["data"]["disputeUpdated"]
    assert result["data"]["resolveDispute"] == {
        "__typename": "ResolveDisputeSuccess",
        "dispute": {"status": "RESOLVED", "resolutionNote": "Altman conceded."},
    }
    assert event == {
        "kind": "disputeUpdated",
        "dispute": {"id": world["d_llm"], "status": "RESOLVED"},
    }


def test_resolving_unknown_dispute_is_typed_not_found(api: ApiServer) -> None:
    result = api.gql(RESOLVE, {"id": "dispute:nope", "note": "n"}, AUTH)
    assert result["data"]["resolveDispute"] == {
        "__typename": "NotFoundError",
        "message": "no dispute with id 'dispute:nope'",
        "id": "dispute:nope",
    }


def test_resolving_twice_is_typed_invalid_input(api: ApiServer, world: World) -> None:
    api.gql(RESOLVE, {"id": world["d_llm"], "note": "first"}, AUTH)
    result = api.gql(RESOLVE, {"id": world["d_llm"], "note": "again"}, AUTH)
    assert result["data"]["resolveDispute"]["__typename"] == "InvalidInputError"


def test_merge_moves_everything_and_split_restores_it(api: ApiServer, world: World) -> None:
    before_marcus = api.gql(PROFILE, {"id": world["marcus"]})["data"]["entity"]
    before_lecun = api.gql(PROFILE, {"id": world["lecun"]})["data"]["entity"]

    merged = api.gql(MERGE, {"keep": world["lecun"], "absorb": world["marcus"]}, AUTH)
    entity = merged["data"]["mergeEntities"]["entity"]
    assert entity["aliases"] == ["LeCun", "Gary Marcus", "Marcus"]
    assert entity["mergedFrom"] == [world["marcus"]]
    assert api.gql(PROFILE, {"id": world["marcus"]})["data"]["entity"] is None
    combined = api.gql(PROFILE, {"id": world["lecun"]})["data"]["entity"]
    assert combined["claimsMade"]["totalCount"] == 2

    split = api.gql(SPLIT, {"id": world["lecun"], "absorbed": world["marcus"]}, AUTH)
    assert split["data"]["splitEntity"] == {
        "__typename": "SplitEntitySuccess",
        "kept": {"name": "Yann LeCun", "aliases": ["LeCun"], "mergedFrom": []},
        "restored": {"id": world["marcus"], "name": "Gary Marcus", "aliases": ["Marcus"]},
    }
    assert api.gql(PROFILE, {"id": world["marcus"]})["data"]["entity"] == before_marcus
    assert api.gql(PROFILE, {"id": world["lecun"]})["data"]["entity"] == before_lecun


def test_merging_different_kinds_is_invalid_input(api: ApiServer, world: World) -> None:
    result = api.gql(MERGE, {"keep": world["meta"], "absorb": world["lecun"]}, AUTH)
    assert result["data"]["mergeEntities"] == {
        "__typename": "InvalidInputError",
        "message": "cannot merge a Person into a Organization",
        "field": "absorb",
    }


def test_split_without_merge_is_invalid_input(api: ApiServer, world: World) -> None:
    result = api.gql(SPLIT, {"id": world["lecun"], "absorbed": world["marcus"]}, AUTH)
    assert result["data"]["splitEntity"]["__typename"] == "InvalidInputError"


FEED = """mutation($url: String!) { %s(url: $url) {
    __typename ... on FeedsChanged { changed feeds } ... on NotFoundError { message }
    ... on InvalidInputError { message } } }"""


def test_add_and_remove_feed(api: ApiServer, tmp_path: Path) -> None:
    url = "https://feeds.example/ai.xml"
    added = api.gql(FEED % "addFeed", {"url": url}, AUTH)["data"]["addFeed"]
    assert added == {"__typename": "FeedsChanged", "changed": True, "feeds": [url]}
    assert json.loads((tmp_path / "feeds.json").read_text())["feeds"] == [url]
    removed = api.gql(FEED % "removeFeed", {"url": url}, AUTH)["data"]["removeFeed"]
    assert removed == {"__typename": "FeedsChanged", "changed": True, "feeds": []}
    again = api.gql(FEED % "removeFeed", {"url": url}, AUTH)["data"]["removeFeed"]
    assert again["__typename"] == "NotFoundError"


def test_add_feed_rejects_non_http_urls(api: ApiServer) -> None:
    result = api.gql(FEED % "addFeed", {"url": "file:///etc/passwd"}, AUTH)["data"]["addFeed"]
    assert result == {"__typename": "InvalidInputError", "message": "url must be an http(s) URL"}


INGEST = """mutation($url: String, $text: String, $title: String) {
  ingestArticle(url: $url, text: $text, title: $title) {
    __typename
    ... on IngestArticleSuccess { status claims disputes article { url title } }
    ... on InvalidInputError { message field }
    ... on IngestFailedError { message }
} }"""


def test_ingest_article_refuses_local_paths(api: ApiServer) -> None:
    result = api.gql(INGEST, {"url": "/etc/passwd"}, AUTH)
    assert result["data"]["ingestArticle"] == {
        "__typename": "InvalidInputError",
        "message": "url must be an http(s) URL",
        "field": "url",
    }


def test_ingest_article_needs_url_or_text(api: ApiServer) -> None:
    result = api.gql(INGEST, {"title": "only a title"}, AUTH)
    assert result["data"]["ingestArticle"]["__typename"] == "InvalidInputError"


ARTICLE = (
    "Yann LeCun, chief AI scientist at Meta, said on Monday that large language models "
    "will never reach human-level intelligence. OpenAI chief executive Sam Altman denied "
    "that claim on Tuesday, saying progress had not slowed."
)


def test_ingest_pasted_text_then_again_is_unchanged(api: ApiServer) -> None:
    variables = {"text": ARTICLE, "url": "https://paste.example/1", "title": "Row"}
    first = api.gql(INGEST, variables, AUTH)["data"]["ingestArticle"]
    assert first["__typename"] == "IngestArticleSuccess", first
    assert first["status"] == "new"
    assert first["article"] == {"url": "https://paste.example/1", "title": "Row"}
    assert first["claims"] >= 1
    second = api.gql(INGEST, variables, AUTH)["data"]["ingestArticle"]
    assert second["status"] == "unchanged"
