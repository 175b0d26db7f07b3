"""Keyset cursors: pages stay right while the graph grows, and cursors belong to one list.

An analyst pages through a hub's ``claimsAbout`` over HTTP while another
process ingests articles with claims about the hub dated after everything
(they land before the current position), before the current position (after
it) and at the very date of the last item read: every claim that existed at
the start is read exactly once, on both stores.  A cursor from another list,
or one that is not a cursor, is a clear GraphQL error.
"""

from __future__ import annotations

import base64
import json
import select
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from graph.store import GraphStore
from tests.api_support import ApiServer
from tests.graph_factory import GraphBuilder

REPO = Path(__file__).resolve().parent.parent

# A child process writing to the same store as the server: for each line
# "<tag> <date> <count>" on stdin, one article dated <date> with <count> claims
# about the hub, then "done".  argv: store directory (or "neo4j"), hub id.
WRITER = textwrap.dedent(
    """
    import sys
    from graph.store import open_store
    from tests.graph_factory import GraphBuilder

    location, hub = sys.argv[1], sys.argv[2]
    store = open_store(location)
    print("ready", flush=True)
    for line in sys.stdin:
        tag, date, count = line.split()
        g = GraphBuilder()
        who = g.person("Late Writer")
        article = g.article(f"Late {tag}.", url=f"https://late.example/{tag}", published_at=date)
        for i in range(int(count)):
            g.claim(who, f"Late claim {tag} {i}.", article=article, about=(hub,))
        g.write(store)
        print("done", flush=True)
    store.close()
    """
)

HUB_CLAIMS = 300  # over the embedded store's index threshold (NEIGHBOUR_INDEX_MIN)
PAGE = 25

PAGE_QUERY = """
query($id: ID!, $after: String) { entity(id: $id) { claimsAbout(first: 25, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id publishedAt } } } } }
"""


def data(result: dict) -> dict:
    assert "errors" not in result, result.get("errors")
    return result["data"]


def hub_world(store: GraphStore) -> tuple[str, set[str]]:
    """A hub organisation with HUB_CLAIMS claims about it, several sharing each date."""
    g = GraphBuilder()
    hub = g.org("Hubcorp")
    speaker = g.person("Early Speaker")
    claims = set()
    for i in range(HUB_CLAIMS):
        day = f"2024-{1 + i // 28 % 12:02d}-{1 + i % 28:02d}T09:00:00Z"
        article = g.article(f"Early {i}.", url=f"https://early.example/{i}", published_at=day)
        claims.add(g.claim(speaker, f"Early claim {i}.", article=article, about=(hub,)))
    g.write(store)
    return hub, claims


@pytest.fixture
def writer(store: GraphStore, tmp_path: Path) -> Iterator[subprocess.Popen]:
    location = getattr(store, "directory", None) or "neo4j"
    with open(tmp_path / "writer.err", "w") as errors:
        process = subprocess.Popen(
            [sys.executable, "-c", WRITER, location, "organization:hubcorp"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=errors,
            text=True,
            cwd=REPO,
        )
    process.errors = tmp_path / "writer.err"  # type: ignore[attr-defined]
    expect(process, "ready")
    yield process
    if process.stdin:
        process.stdin.close()
    try:
        process.wait(timeout=60)
    finally:
        process.kill()


def ingest(writer: subprocess.Popen, tag: str, date: str, count: int) -> None:
    assert writer.stdin is not None and writer.stdout is not None
    writer.stdin.write(f"{tag} {date} {count}\n")
    writer.stdin.flush()
    expect(writer, "done")


def expect(writer: subprocess.Popen, word: str) -> None:
    """Wait for the writer's next line (a minute at most: a stuck writer fails the test)."""
    assert writer.stdout is not None
    ready, _, _ = select.select([writer.stdout], [], [], 60)
    line = writer.stdout.readline() if ready else ""
    assert line.strip() == word, writer.errors.read_text()  # type: ignore[attr-defined]


def test_paging_a_hub_while_another_process_ingests_reads_each_claim_once(
    store: GraphStore, writer: subprocess.Popen
) -> None:
    hub, existing = hub_world(store)
    assert hub == "organization:hubcorp"
    seen: list[str] = []
    with ApiServer(store) as api:
        after, page_number = None, 0
        while True:
            page = data(api.gql(PAGE_QUERY, {"id": hub, "after": after}))["entity"]["claimsAbout"]
            edges = page["edges"]
            seen.extend(e["node"]["id"] for e in edges)
            if not page["pageInfo"]["hasNextPage"]:
                break
            after, page_number = page["pageInfo"]["endCursor"], page_number + 1
            last_date = edges[-1]["node"]["publishedAt"]
            # newer than everything (before the position), older than the position
            # (after it, still to be read), and at the position's own date
            ingest(writer, f"new{page_number}", f"2026-01-{page_number:02d}T00:00:00Z", 2)
            ingest(writer, f"old{page_number}", f"2023-06-{page_number:02d}T00:00:00Z", 2)
            ingest(writer, f"tie{page_number}", last_date, 1)
        total = page["totalCount"]
    assert len(seen) == len(set(seen))  # nothing twice
    assert existing <= set(seen)  # nothing that existed at the start missed
    assert total == HUB_CLAIMS + 5 * page_number  # the count is exact, late claims included


def test_a_cursor_of_another_list_is_a_clear_error(store: GraphStore) -> None:
    hub, _ = hub_world(store)
    with ApiServer(store) as api:
        page = data(api.gql(PAGE_QUERY, {"id": hub, "after": None}))["entity"]["claimsAbout"]
        cursor = page["pageInfo"]["endCursor"]
        result = api.gql(
            "query($id: ID!, $after: String) { entity(id: $id) "
            "{ claimsMade(first: 5, after: $after) { totalCount } } }",
            {"id": hub, "after": cursor},
        )
    assert "another list" in result["errors"][0]["message"]
    assert result["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"


def test_a_cursor_of_the_same_field_with_other_arguments_is_refused(store: GraphStore) -> None:
    hub_world(store)
    with ApiServer(store) as api:
        first = data(
            api.gql('{ claims(filter: {text: "Early"}, first: 2) { pageInfo { endCursor } } }')
        )
        cursor = first["claims"]["pageInfo"]["endCursor"]
        result = api.gql(
            'query($after: String) { claims(filter: {text: "claim"}, first: 2, after: $after) '
            "{ totalCount } }",
            {"after": cursor},
        )
    assert "another list" in result["errors"][0]["message"]


@pytest.mark.parametrize(
    "forged",
    [
        "nonsense",
        base64.urlsafe_b64encode(b"offset:3").decode(),  # an old offset cursor
        base64.urlsafe_b64encode(json.dumps({"key": [1]}).encode()).decode(),
    ],
)
def test_a_forged_cursor_is_a_clear_error(store: GraphStore, forged: str) -> None:
    hub, _ = hub_world(store)
    with ApiServer(store) as api:
        result = api.gql(PAGE_QUERY, {"id": hub, "after": forged})
    assert result["errors"][0]["message"].startswith("invalid cursor")
    assert result["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"


def test_a_cursor_with_a_key_that_fits_no_position_is_a_clear_error(store: GraphStore) -> None:
    hub, _ = hub_world(store)
    with ApiServer(store) as api:
        page = data(api.gql(PAGE_QUERY, {"id": hub, "after": None}))["entity"]["claimsAbout"]
        tag, _ = json.loads(base64.urlsafe_b64decode(page["pageInfo"]["endCursor"]))
        wrong = base64.urlsafe_b64encode(json.dumps([tag, [1, 2, 3]]).encode()).decode()
        result = api.gql(PAGE_QUERY, {"id": hub, "after": wrong})
    assert result["errors"][0]["message"].startswith("invalid cursor")
    assert result["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
