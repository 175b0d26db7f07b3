"""Serving concerns: health, readiness, GraphiQL, limits, errors, logs, CORS, introspection."""

from __future__ import annotations

import base64
import json
import logging
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from api.access_log import JsonFormatter
from api.settings import Settings
from graph.embedded import EmbeddedStore
from graph.neo4j_store import Neo4jStore
from tests.api_support import ApiServer, CountingStore, free_port
from tests.graph_factory import sample_world


@pytest.fixture
def embedded(tmp_path: Path) -> Iterator[EmbeddedStore]:
    store = EmbeddedStore(tmp_path / "store")
    sample_world(store)
    yield store
    store.close()


@pytest.fixture
def api(embedded: EmbeddedStore) -> Iterator[ApiServer]:
    with ApiServer(embedded) as server:
        yield server


def unreachable_neo4j() -> Neo4jStore:
    """A real Neo4j client pointed at a loopback port nobody listens on."""
    return Neo4jStore(f"bolt://127.0.0.1:{free_port()}", retry_seconds=0)


def test_healthz(api: ApiServer) -> None:
    response = httpx.get(f"{api.url}/healthz")
    assert (response.status_code, response.json()) == (200, {"status": "ok"})


def test_readyz_when_store_answers(api: ApiServer) -> None:
    response = httpx.get(f"{api.url}/readyz")
    assert (response.status_code, response.json()) == (
        200,
        {"status": "ready", "store": "embedded"},
    )


def test_readyz_when_store_is_closed(embedded: EmbeddedStore) -> None:
    with ApiServer(embedded) as api:
        embedded.close()
        response = httpx.get(f"{api.url}/readyz")
    assert response.status_code == 503
    assert response.json()["status"] == "unavailable"


def test_unreachable_store_is_a_clear_graphql_error(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="claimgraph.api")
    store = unreachable_neo4j()
    try:
        with ApiServer(store) as api:
            result = api.gql("{ entities { totalCount } }")
            ready = httpx.get(f"{api.url}/readyz")
    finally:
        store.close()
    (error,) = result["errors"]
    assert (error["message"], error["path"], error["locations"], error["extensions"]) == (
        "store unavailable",
        ["entities"],
        [{"line": 1, "column": 3}],
        {"code": "STORE_UNAVAILABLE"},
    )
    assert "127.0.0.1" not in json.dumps(result)
    assert ready.status_code == 503
    # The operator's log says what the client is not told.
    assert any(
        r.levelno == logging.WARNING and r.getMessage().startswith("store unavailable: ")
        and "127.0.0.1" in r.getMessage()
        for r in caplog.records
    )  # fmt: skip


def test_closed_store_error_hides_its_path(
    embedded: EmbeddedStore, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.ERROR, logger="claimgraph.api")
    with ApiServer(embedded) as api:
        embedded.close()
        result = api.gql("{ entities { totalCount } }")
    (error,) = result["errors"]
    assert (error["message"], error["path"], error["locations"], error["extensions"]) == (
        "store error",
        ["entities"],
        [{"line": 1, "column": 3}],
        {"code": "STORE_ERROR"},
    )
    assert str(tmp_path) not in json.dumps(result)
    assert [r.getMessage()[:13] for r in caplog.records if r.name == "claimgraph.api"] == [
        "store error: "
    ]


def test_a_cursor_that_fits_no_position_is_the_clients_error(api: ApiServer) -> None:
    # A cursor of this very list whose key fits none of its positions: the
    # client is told so, with where in its query, as a client error.
    page = api.gql("{ entities(first: 1) { pageInfo { endCursor } } }")
    cursor = page["data"]["entities"]["pageInfo"]["endCursor"]
    tag, _key = json.loads(base64.urlsafe_b64decode(cursor))
    wrong = base64.urlsafe_b64encode(json.dumps([tag, [1, 2]]).encode()).decode()
    result = api.gql(
        "query($after: String) {\n  entities(first: 1, after: $after) { totalCount } }",
        {"after": wrong},
    )
    (error,) = result["errors"]
    assert (error["message"], error["path"], error["locations"], error["extensions"]) == (
        "invalid cursor: its position does not fit this list",
        ["entities"],
        [{"line": 2, "column": 3}],
        {"code": "BAD_USER_INPUT"},
    )


def test_graphiql_is_served_to_browsers(api: ApiServer) -> None:
    response = httpx.get(f"{api.url}/graphql", headers={"Accept": "text/html"})
    assert response.status_code == 200
    assert "graphiql" in response.text.lower()


def test_graphiql_can_be_switched_off(embedded: EmbeddedStore) -> None:
    with ApiServer(embedded, Settings(graphiql=False)) as api:
        response = httpx.get(f"{api.url}/graphql", headers={"Accept": "text/html"})
    assert "graphiql" not in response.text.lower()


def test_query_depth_limit(embedded: EmbeddedStore) -> None:
    with ApiServer(embedded, Settings(max_depth=3)) as api:
        result = api.gql('{ entity(name: "Meta") { claimsMade { nodes { claimant { name } } } } }')
    assert "exceeds maximum operation depth of 3" in result["errors"][0]["message"]
    assert result.get("data") is None


def test_token_limit(embedded: EmbeddedStore) -> None:
    with ApiServer(embedded, Settings(max_tokens=20)) as api:
        result = api.gql("{ " + " ".join(["stats { kind }"] * 10) + " }")
    assert "more than 20 tokens" in result["errors"][0]["message"]


def test_alias_limit(embedded: EmbeddedStore) -> None:
    with ApiServer(embedded, Settings(max_aliases=2)) as api:
        result = api.gql("{ a: stats { kind } b: stats { kind } c: stats { kind } }")
    assert "aliases" in result["errors"][0]["message"].lower()


def test_request_timeout(embedded: EmbeddedStore) -> None:
    # A timeout far shorter than any store round trip: the query must give up.
    with ApiServer(embedded, Settings(request_timeout=1e-6)) as api:
        result = api.gql("{ entities { totalCount } }")
    (error,) = result["errors"]
    assert (result["data"], error["message"], error["extensions"]) == (
        None,
        "request timed out after 1e-06s",
        {"code": "TIMEOUT"},
    )


def test_the_query_limits_hold_with_introspection_off(embedded: EmbeddedStore) -> None:
    # Production switches introspection off; the limits must not go with it.
    settings = Settings(introspection=False, max_depth=3, max_tokens=40, max_aliases=2, max_cost=80)
    queries = {
        "depth": '{ entity(name: "Meta") { claimsMade { nodes { claimant { name } } } } }',
        "tokens": "{ " + " ".join(["stats { kind }"] * 10) + " }",
        "aliases": "{ a: stats { kind } b: stats { kind } c: stats { kind } }",
        "cost": "{ entities(first: 50) { nodes { name } } }",
    }
    with ApiServer(embedded, settings) as api:
        answers = {limit: api.gql(query) for limit, query in queries.items()}
    assert {limit: (a.get("data"), a["errors"][0]["message"]) for limit, a in answers.items()} == {
        "depth": (None, "'anonymous' exceeds maximum operation depth of 3"),
        "tokens": (None, "Syntax Error: Document contains more than 40 tokens. Parsing aborted."),
        "aliases": (None, "3 aliases found. Allowed: 2"),
        "cost": (
            None,
            "query cost 101 exceeds the limit of 80 (ask for smaller pages or fewer nested lists)",
        ),
    }


def test_introspection_can_be_switched_off(embedded: EmbeddedStore) -> None:
    with ApiServer(embedded, Settings(introspection=False)) as api:
        off = api.gql("{ __schema { queryType { name } } }")
        normal = api.gql('{ entity(name: "Meta") { name } }')
    assert "introspection" in off["errors"][0]["message"].lower()
    assert normal["data"]["entity"] == {"name": "Meta"}


def test_introspection_is_on_by_default(api: ApiServer) -> None:
    result = api.gql("{ __schema { queryType { name } } }")
    assert result["data"]["__schema"]["queryType"]["name"] == "Query"


def test_cors_allows_configured_origin_only(embedded: EmbeddedStore) -> None:
    with ApiServer(embedded, Settings(cors_origins=("https://analyst.example",))) as api:
        preflight = {"Access-Control-Request-Method": "POST"}
        ok = httpx.options(
            f"{api.url}/graphql", headers={"Origin": "https://analyst.example", **preflight}
        )
        bad = httpx.options(
            f"{api.url}/graphql", headers={"Origin": "https://evil.example", **preflight}
        )
    assert ok.headers["access-control-allow-origin"] == "https://analyst.example"
    assert "access-control-allow-origin" not in bad.headers


def test_access_log_is_json_and_never_contains_the_key(
    embedded: EmbeddedStore, caplog: pytest.LogCaptureFixture
) -> None:
    key = "very-secret-key-123"
    caplog.set_level(logging.INFO, logger="claimgraph.access")
    with ApiServer(embedded, Settings(api_key=key)) as api:
        api.gql("{ stats { kind } }", headers={"Authorization": f"Bearer {key}"})
        api.gql("{ stats { kind } }", headers={"X-API-Key": key})
    lines = [JsonFormatter().format(r) for r in caplog.records if r.name == "claimgraph.access"]
    assert len(lines) == 2
    entries = [json.loads(line) for line in lines]
    assert {(e["method"], e["path"], e["status"]) for e in entries} == {("POST", "/graphql", 200)}
    assert all(key not in line for line in lines)
    assert all("authorization" not in line.lower() for line in lines)


class ExplodingStore(CountingStore):
    """A real store whose ``find`` hits a bug (fault injection for the error policy)."""

    def find(self, *args: object, **kwargs: object) -> list:
        raise RuntimeError("bug with internals: /srv/secret/path")


def test_unexpected_errors_are_masked_and_logged(
    embedded: EmbeddedStore, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.ERROR, logger="claimgraph.api")
    with ApiServer(ExplodingStore(embedded)) as api:
        result = api.gql("{ entities { totalCount } }")
    (error,) = result["errors"]
    assert (error["message"], error["path"], error["extensions"]) == (
        "Unexpected error.",
        ["entities"],
        {"code": "INTERNAL_SERVER_ERROR"},
    )
    assert "secret" not in json.dumps(result)
    (record,) = [r for r in caplog.records if r.name == "claimgraph.api"]
    assert record.getMessage() == "unexpected error in entities"
    assert record.exc_info is not None and record.exc_info[0] is RuntimeError
    assert "/srv/secret/path" in str(record.exc_info[1])


def test_user_errors_stay_visible(api: ApiServer) -> None:
    result = api.gql(
        "query($f: ClaimFilter) { claims(filter: $f) { totalCount } }",
        {"f": {"kind": "NOT_A_KIND"}},
    )
    assert "NOT_A_KIND" in result["errors"][0]["message"]


def test_oversized_body_is_413(embedded: EmbeddedStore) -> None:
    with ApiServer(embedded, Settings(max_request_bytes=1000)) as api:
        big = {"query": "{ stats { kind } }", "variables": {"pad": "x" * 2000}}
        response = httpx.post(f"{api.url}/graphql", json=big)
        small = httpx.post(f"{api.url}/graphql", json={"query": "{ stats { kind } }"})
    assert (response.status_code, response.text) == (413, "request body too large")
    assert response.headers["content-type"] == "text/plain; charset=utf-8"
    assert small.status_code == 200
