"""API abuse: malformed bodies, batching, introspection leaks, internals in errors,
and a schemathesis fuzz of the whole GraphQL schema.

Limits that already have their own tests (depth, tokens, aliases, body size,
API key, mutation over GET, introspection switch, masked unexpected errors) are
in ``tests/test_api_server.py`` and ``tests/test_api_mutations.py``; this module
adds what a hostile client can do beyond them.
"""

from __future__ import annotations

import hmac
import json
import logging
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import graphql
import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from api.auth import key_matches, presented_key
from api.cost import cost_rule
from api.schema import build_schema
from api.settings import Settings
from graph.embedded import EmbeddedStore
from ingest.feeds import FeedState
from tests.api_support import ApiServer, CountingStore
from tests.graph_factory import sample_world

API_KEY = "hardening-key-5f1c9e"
#: Words that would mean a response shows the server's insides.
INTERNALS = (
    "Traceback", "File \"", "/work/", "site-packages", ".py\"", "sqlite3",
    "UnicodeDecodeError", "RecursionError", "KeyError", "TypeError", "ValueError",
    "AttributeError", "RuntimeError", "Exception", API_KEY,
)  # fmt: skip


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("api-hardening") / "store"


@pytest.fixture(scope="module")
def api(store_dir: Path) -> Iterator[ApiServer]:
    store = EmbeddedStore(store_dir)
    sample_world(store)
    settings_ = Settings(api_key=API_KEY, introspection=False, event_poll_seconds=0.05)
    with ApiServer(store, settings_) as server:
        yield server
    store.close()


def post_raw(api: ApiServer, body: bytes, **headers: str) -> httpx.Response:
    return httpx.post(
        f"{api.url}/graphql",
        content=body,
        headers={"content-type": "application/json", **headers},
        timeout=30,
    )


def assert_reveals_nothing(response: httpx.Response, store_dir: Path) -> None:
    for word in (*INTERNALS, str(store_dir)):
        assert word not in response.text, (word, response.text[:300])


def test_a_body_that_is_not_utf8_is_a_400(api: ApiServer, store_dir: Path) -> None:
    response = post_raw(api, b'{"query": "\xff\xfe{ stats { kind } }"}')
    assert response.status_code == 400
    assert_reveals_nothing(response, store_dir)


def test_json_nested_past_the_recursion_limit_is_a_400(api: ApiServer, store_dir: Path) -> None:
    variables = '{"a":' * 100_000 + "1" + "}" * 100_000
    body = ('{"query": "{ stats { kind } }", "variables": ' + variables + "}").encode()
    response = post_raw(api, body)
    assert response.status_code == 400
    assert_reveals_nothing(response, store_dir)


def test_nested_variables_in_a_get_url_are_a_400(api: ApiServer) -> None:
    variables = '{"a":' * 2000 + "1" + "}" * 2000
    response = httpx.get(
        f"{api.url}/graphql", params={"query": "{ stats { kind } }", "variables": variables}
    )
    assert response.status_code == 400


def test_batched_operations_are_refused_and_none_runs(api: ApiServer, store_dir: Path) -> None:
    mutation = 'mutation { addFeed(url: "https://example.com/batched.xml") { __typename } }'
    batch = [{"query": mutation}] * 500
    response = httpx.post(
        f"{api.url}/graphql", json=batch, headers={"Authorization": f"Bearer {API_KEY}"}
    )
    assert response.status_code == 400
    # addFeed writes the feed list beside the store: one operation run would show there.
    assert FeedState(store_dir / "feeds.json").feeds() == []


def test_without_introspection_errors_suggest_no_field_names(api: ApiServer) -> None:
    result = api.gql("{ entitie { totalCount } }")
    assert result["errors"][0]["message"] == "Cannot query field 'entitie' on type 'Query'."


def test_without_introspection_subscriptions_suggest_no_field_names(api: ApiServer) -> None:
    from websockets.sync.client import connect

    with connect(api.ws_url, subprotocols=["graphql-transport-ws"], open_timeout=10) as ws:
        ws.send(json.dumps({"type": "connection_init"}))
        assert json.loads(ws.recv(timeout=10))["type"] == "connection_ack"
        query = "subscription { disputeOpend { seq } }"
        ws.send(json.dumps({"id": "1", "type": "subscribe", "payload": {"query": query}}))
        reply = json.loads(ws.recv(timeout=10))
    assert reply["type"] == "error"
    assert "Did you mean" not in json.dumps(reply) and "disputeOpened" not in json.dumps(reply)


def test_introspection_off_hides_type_queries_too(api: ApiServer) -> None:
    result = api.gql('{ __type(name: "Query") { fields { name } } }')
    assert result.get("data") is None and result["errors"]


@pytest.mark.parametrize(
    "wrong", ["wrong-key-that-must-not-be-echoed", API_KEY[:-1], API_KEY + "-and-more"]
)
def test_a_wrong_key_is_refused_never_echoed_and_changes_nothing(
    api: ApiServer, store_dir: Path, wrong: str
) -> None:
    response = httpx.post(
        f"{api.url}/graphql",
        json={"query": 'mutation { addFeed(url: "https://example.com/x.xml") { __typename } }'},
        headers={"Authorization": f"Bearer {wrong}"},
    )
    assert response.json()["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    assert wrong not in response.text
    assert_reveals_nothing(response, store_dir)
    assert FeedState(store_dir / "feeds.json").feeds() == []


# ------------------------------------------------------------------ the key check itself
# Which header carries the key, and how it is compared (``api/auth.py``).


def test_the_key_is_compared_whole_in_constant_time(monkeypatch: pytest.MonkeyPatch) -> None:
    # hmac.compare_digest takes as long whatever the bytes: a prefix match or
    # "==" would tell an attacker, by timing, how much of a guess was right.
    real = hmac.compare_digest
    compared: list[tuple[bytes, bytes]] = []

    def recording_compare_digest(given: bytes, expected: bytes) -> bool:
        compared.append((given, expected))
        return real(given, expected)

    monkeypatch.setattr(hmac, "compare_digest", recording_compare_digest)
    keys = (API_KEY[:-1], API_KEY, API_KEY + "x")
    verdicts = [key_matches(API_KEY, {"x-api-key": key}) for key in keys]
    assert (verdicts, compared) == (
        [False, True, False],
        [(key.encode(), API_KEY.encode()) for key in keys],
    )


def test_without_a_configured_key_no_key_is_needed() -> None:
    assert [key_matches(None, {}), key_matches("", {})] == [True, True]


def test_a_request_without_a_key_does_not_match() -> None:
    assert key_matches(API_KEY, {}) is False


@pytest.mark.parametrize(
    ("headers", "key"),
    [
        ({"authorization": f"Bearer {API_KEY}"}, API_KEY),
        ({"authorization": f"bearer   {API_KEY} "}, API_KEY),
        ({"x-api-key": f" {API_KEY} "}, API_KEY),
        # an empty bearer hides nothing; another scheme is not a key
        ({"authorization": "Bearer", "x-api-key": API_KEY}, API_KEY),
        ({"authorization": f"Basic {API_KEY}"}, None),
        ({"authorization": "Bearer  ", "x-api-key": "  "}, None),
        ({}, None),
    ],
    ids=["bearer", "spacing", "x-api-key", "empty-bearer", "basic", "blank", "none"],
)
def test_the_presented_key(headers: dict[str, str], key: str | None) -> None:
    assert presented_key(headers) == key


HOSTILE_BODIES = [
    b"",
    b"null",
    b"[]",
    b'"a string"',
    b'{"query": 5}',
    b'{"query": "{ stats { kind } }", "variables": [1, 2]}',
    b'{"query": "{ stats { kind } }", "operationName": {"x": 1}}',
    b'{"query": "query A { stats { kind } } query B { stats { kind } }", "operationName": "C"}',
    b'{"query": "{ claims(first: -1) { totalCount } }"}',
    b'{"query": "{ claims(first: 2147483647) { totalCount } }"}',
    b'{"query": "{ claims(first: 1, after: \\"not-a-cursor\\") { totalCount } }"}',
    b'{"query": "{ node(id: \\"\\u0000\' OR 1=1 --\\") { id } }"}',
    b'{"query": "{ entity(id: \\"../../../../etc/passwd\\") { id } }"}',
    b'{"query": "{ search(text: \\"*:* OR name:~\\\\\\\\ \\") { __typename } }"}',
    b'{"query": "\\u0000\\u0001"}',
    b'{"query": "{ stats { kind } }", "extensions": {"persistedQuery": {"sha256Hash": "x"}}}',
]


@pytest.mark.parametrize("body", HOSTILE_BODIES, ids=range(len(HOSTILE_BODIES)))
def test_hostile_bodies_get_a_client_answer_that_reveals_nothing(
    api: ApiServer, store_dir: Path, body: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.ERROR, logger="claimgraph.api")
    response = post_raw(api, body)
    assert response.status_code < 500
    assert "Unexpected error." not in response.text
    assert_reveals_nothing(response, store_dir)
    assert not [r for r in caplog.records if r.name.startswith("claimgraph")]


# ------------------------------------------------------------------ schemathesis


@pytest.fixture(scope="module")
def fuzz_schema(tmp_path_factory) -> Iterator[object]:
    """The live schema of a server with introspection on (schemathesis reads it)."""
    store = EmbeddedStore(tmp_path_factory.mktemp("fuzz") / "store")
    sample_world(store)
    with ApiServer(store, Settings(api_key=API_KEY, event_poll_seconds=0.05)) as server:
        yield schemathesis.graphql.from_url(f"{server.url}/graphql")
    store.close()


fuzzed = schemathesis.from_pytest_fixture("fuzz_schema")


@fuzzed.parametrize()
@settings(
    max_examples=30,
    deadline=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
)
def test_fuzzed_operations_never_get_a_server_error(case, caplog) -> None:  # type: ignore[no-untyped-def]
    caplog.set_level(logging.ERROR, logger="claimgraph.api")
    response = case.call(headers={"Authorization": f"Bearer {API_KEY}"}, timeout=30)
    assert response.status_code < 500, response.text[:500]
    assert "Unexpected error." not in response.text, response.text[:500]
    assert not [r for r in caplog.records if r.name.startswith("claimgraph")], response.text[:300]


# ------------------------------------------------------------------ query cost


NESTED_PAGES = (
    "query($n: Int) { entities(first: $n) { nodes { claimsMade(first: $n) { nodes {"
    " claimant { claimsMade(first: $n) { nodes { id } } } } } } } }"
)


def test_nested_pages_past_the_cost_limit_are_refused_before_running(api: ApiServer) -> None:
    # Short and shallow enough for the depth, token and alias limits, yet up to
    # a million claims: refused by its worst-case cost, variables or not.
    result = api.gql(NESTED_PAGES, {"n": 2})
    assert result.get("data") is None
    assert "query cost" in result["errors"][0]["message"]
    assert "exceeds the limit of 50000" in result["errors"][0]["message"]


def test_the_same_shape_with_small_literal_pages_runs(api: ApiServer) -> None:
    query = NESTED_PAGES.replace("query($n: Int) ", "").replace("$n", "5")
    assert "errors" not in api.gql(query)


FRAGMENT_PAGES = """{ entities(first: 100) { nodes { ...Spoken } } }
fragment Spoken on Entity { claimsMade(first: 100) { nodes { ...Speaker } } }
fragment Speaker on Claim { claimant { claimsMade(first: 100) { nodes { id } } } }"""


def test_pages_nested_through_fragment_spreads_are_refused_before_running(
    tmp_path: Path,
) -> None:
    # The same million-row shape, but spelled with named fragments: each spread
    # costs what its fields cost, times the pages above it.
    store = EmbeddedStore(tmp_path / "store")
    sample_world(store)
    counting = CountingStore(store)
    with ApiServer(counting, Settings(analytics_warmup=False)) as server:
        counting.reset()
        result = server.gql(FRAGMENT_PAGES)
    store.close()
    assert result.get("data") is None
    assert result["errors"][0]["message"] == (
        "query cost 2030201 exceeds the limit of 50000"
        " (ask for smaller pages or fewer nested lists)"
    )
    assert counting.total() == 0


# ------------------------------------------------------------------ request body size


def test_a_streamed_body_over_the_limit_is_413_and_nothing_runs(tmp_path: Path) -> None:
    # Chunked transfer: no Content-Length to judge in advance, so the bytes
    # themselves are counted as they arrive.
    store = EmbeddedStore(tmp_path / "store")
    sample_world(store)
    feeds = tmp_path / "feeds.json"
    settings_ = Settings(api_key=API_KEY, max_request_bytes=10_000, feed_state=str(feeds))
    mutation = 'mutation { addFeed(url: "https://example.com/chunked.xml") { __typename } }'
    body = json.dumps({"query": mutation, "variables": {"pad": "x" * 50_000}}).encode()

    def chunks() -> Iterator[bytes]:
        for start in range(0, len(body), 4096):
            yield body[start : start + 4096]

    with ApiServer(store, settings_) as server:
        response = httpx.post(
            f"{server.url}/graphql",
            content=chunks(),
            headers={"content-type": "application/json", "Authorization": f"Bearer {API_KEY}"},
            timeout=30,
        )
    store.close()
    assert (response.status_code, response.text) == (413, "request body too large")
    assert FeedState(feeds).feeds() == []


LIMIT = 2_000  # bytes of request body the server below accepts


@pytest.fixture(scope="module")
def limited(tmp_path_factory) -> Iterator[tuple[ApiServer, Path]]:
    """A server accepting request bodies of up to LIMIT bytes, and its feed list."""
    folder = tmp_path_factory.mktemp("body-limit")
    store = EmbeddedStore(folder / "store")
    feeds = folder / "feeds.json"
    settings_ = Settings(api_key=API_KEY, max_request_bytes=LIMIT, feed_state=str(feeds))
    with ApiServer(store, settings_) as server:
        yield server, feeds
    store.close()


def add_feed_body(url: str, size: int) -> bytes:
    """An addFeed request for ``url`` of exactly ``size`` bytes (padded in a variable)."""
    query = f'mutation {{ addFeed(url: "{url}") {{ __typename }} }}'
    bare = len(json.dumps({"query": query, "variables": {"pad": ""}}).encode())
    body = json.dumps({"query": query, "variables": {"pad": "x" * (size - bare)}}).encode()
    assert len(body) == size
    return body


def trickled(body: bytes, chunk: int = 400) -> Iterator[bytes]:
    """``body`` in chunks with a pause after each, so each arrives as its own message."""
    for start in range(0, len(body), chunk):
        yield body[start : start + chunk]
        time.sleep(0.05)


@pytest.mark.parametrize("streamed", [False, True], ids=["content-length", "chunked"])
def test_a_body_of_exactly_the_limit_is_read_and_one_byte_more_is_413(
    limited: tuple[ApiServer, Path], streamed: bool
) -> None:
    server, feeds = limited
    url = f"https://example.com/edge-{'chunked' if streamed else 'declared'}.xml"

    def post(body: bytes) -> httpx.Response:
        return httpx.post(
            f"{server.url}/graphql",
            content=trickled(body) if streamed else body,
            headers={"content-type": "application/json", "Authorization": f"Bearer {API_KEY}"},
            timeout=30,
        )

    over = post(add_feed_body(url, LIMIT + 1))
    assert (over.status_code, over.text) == (413, "request body too large")
    assert url not in FeedState(feeds).feeds()
    at_limit = post(add_feed_body(url, LIMIT))
    assert (at_limit.status_code, at_limit.json()) == (
        200,
        {"data": {"addFeed": {"__typename": "FeedsChanged"}}},
    )
    assert url in FeedState(feeds).feeds()


def test_a_streamed_body_is_counted_across_its_chunks(limited: tuple[ApiServer, Path]) -> None:
    # Every chunk is far below the limit; together they are over it.
    server, feeds = limited
    url = "https://example.com/many-small-chunks.xml"
    response = httpx.post(
        f"{server.url}/graphql",
        content=trickled(add_feed_body(url, 3 * LIMIT), chunk=LIMIT // 4),
        headers={"content-type": "application/json", "Authorization": f"Bearer {API_KEY}"},
        timeout=30,
    )
    assert (response.status_code, response.text) == (413, "request body too large")
    assert url not in FeedState(feeds).feeds()


def test_a_declared_length_over_the_limit_is_413_before_any_body_is_sent(
    limited: tuple[ApiServer, Path],
) -> None:
    # The head alone announces too many bytes: the answer comes without waiting
    # for a body that a slow (or hostile) client would take its time to send.
    server, _ = limited
    head = (
        "POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        f"Authorization: Bearer {API_KEY}\r\nContent-Length: {LIMIT + 1}\r\n\r\n"
    )
    reply = b""
    with socket.create_connection(("127.0.0.1", server.port), timeout=5) as sock:
        sock.sendall(head.encode())
        while not reply.endswith(b"\r\n0\r\n\r\n"):  # the last chunk of the answer
            received = sock.recv(4096)  # a socket timeout here means the server waited
            if not received:
                break
            reply += received
    assert reply.startswith(b"HTTP/1.1 413 ")
    assert b"\r\nrequest body too large\r\n" in reply


# ------------------------------------------------------------------ how the cost is counted


# A page of 3 below each of 2 entities: 2 (claimsMade) + 6 (nodes) + 6 (id), plus
# 1 (entities) and 2 (nodes) above it: 17.
PAGE = "claimsMade(first: 3) { nodes { id } }"


def cost_of(query: str) -> int:
    """The cost ``api/cost.py`` gives ``query``, read from its refusal under a limit of 0."""
    schema = build_schema()._schema
    (error,) = graphql.validate(schema, graphql.parse(query), [cost_rule(0, 100)])
    return int(error.message.split()[2])


@pytest.mark.parametrize(
    ("query", "cost"),
    [
        ("{ entities(first: 1) { nodes { id } } }", 1 + 1 + 1),
        ("{ entities(first: 0) { nodes { id } } }", 1 + 1 + 1),  # never below one item
        ("{ entities(first: 7) { nodes { id name } } }", 1 + 7 + 14),
        ("{ entities(first: 1000) { nodes { id } } }", 1 + 100 + 100),  # capped at the largest
        ("{ entities { nodes { id } } }", 1 + 20 + 20),  # the default page
        ("query($n: Int) { entities(first: $n) { nodes { id } } }", 1 + 100 + 100),
        ('{ entity(name: "Meta") { claimsMade(first: 3) { nodes { id } } } }', 1 + 1 + 3 + 3),
        (f"{{ entities(first: 2) {{ nodes {{ ... on Person {{ {PAGE} }} }} }} }}", 17),
        (f"{{ entities(first: 2) {{ nodes {{ ... {{ {PAGE} }} }} }} }}", 17),
        (f"{{ entities(first: 2) {{ nodes {{ ...F }} }} }} fragment F on Entity {{ {PAGE} }}", 17),
        (f"{{ entities(first: 2) {{ nodes {{ ...A }} }} }} fragment A on Entity {{ ...B }} "
         f"fragment B on Entity {{ {PAGE} }}", 17),
        ("{ entities(first: 2) { nodes { ...Gone id } } }", 1 + 2 + 2),  # unknown: skipped
        ("{ entities(first: 2) { nodes { ...A id } } } fragment A on Entity { ...A }", 1 + 2 + 2),
        # fields beside a fragment count as well as the fragment's
        (f"{{ entities(first: 2) {{ nodes {{ id ... on Person {{ {PAGE} }} }} }} }}", 17 + 2),
        (f"{{ entities(first: 2) {{ nodes {{ id ...F }} }} }} fragment F on Entity {{ {PAGE} }}",
         17 + 2),
        # a fragment's fields are those of its type, which the parent (Node) lacks
        ('{ node(id: "a") { ... on Article { claims(first: 3) { nodes { id } } } } }',
         1 + 1 + 3 + 3),
        ('{ node(id: "a") { ...A } } fragment A on Article { claims(first: 3) { nodes { id } } }',
         1 + 1 + 3 + 3),
    ],
    ids=[
        "one", "zero", "seven", "capped", "default", "variable", "nested", "inline",
        "inline-untyped", "spread", "spread-in-spread", "unknown-spread", "cyclic-spread",
        "field-and-inline", "field-and-spread", "inline-narrowed", "spread-narrowed",
    ],
)  # fmt: skip
def test_the_cost_of_a_query(query: str, cost: int) -> None:
    assert cost_of(query) == cost


def test_a_query_costing_exactly_the_limit_is_allowed() -> None:
    schema = build_schema()._schema
    query = graphql.parse("{ entities(first: 1) { nodes { id } } }")
    assert graphql.validate(schema, query, [cost_rule(3, 100)]) == []


def test_a_refusal_for_cost_has_its_code_and_location() -> None:
    schema = build_schema()._schema
    query = graphql.parse("{ entities(first: 1) { nodes { id } } }")
    (error,) = graphql.validate(schema, query, [cost_rule(2, 100)])
    assert (error.extensions, [tuple(loc) for loc in error.locations or []]) == (
        {"code": "QUERY_TOO_COSTLY"},
        [(1, 1)],
    )
