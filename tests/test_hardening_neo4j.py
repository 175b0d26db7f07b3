"""Neo4j going away while ClaimGraph ingests and serves, and coming back.

The test server itself is never stopped: a loopback TCP relay
(``tests.neo4j_support.TcpRelay``) stands between ClaimGraph and Neo4j and is
cut and restored, which the driver sees exactly as a server that went away.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import httpx
import pytest

from api.ingestion import Ingestor, IngestOutcome
from api.settings import Settings
from graph.embedded import EmbeddedStore
from graph.neo4j_store import Neo4jStore
from ingest.sources import read_sources
from tests.api_support import ApiServer
from tests.extract_support import extractor  # noqa: F401  (session fixture)
from tests.hostile import generate
from tests.hostile.cached_ingest import CachedExtractor
from tests.neo4j_support import TcpRelay, clear_database, neo4j_auth, require_neo4j

pytestmark = pytest.mark.neo4j
ARTICLES = 12
FAIL_AFTER = 5  # the relay is cut once this many articles are stored


@pytest.fixture
def relay() -> Iterator[TcpRelay]:
    clear_database(require_neo4j())
    target = urlparse(os.environ["NEO4J_URI"])
    relay = TcpRelay(target.hostname or "127.0.0.1", target.port or 7687)
    relay.up()
    yield relay
    relay.down()


def relayed_store(relay: TcpRelay) -> Neo4jStore:
    return Neo4jStore(
        f"bolt://127.0.0.1:{relay.port}",
        neo4j_auth(),
        os.environ.get("NEO4J_DATABASE"),
        retry_seconds=0.5,
    )


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, extractor):  # noqa: F811
    """Small articles, their extractions, and the counts a clean embedded ingest gives."""
    base = tmp_path_factory.mktemp("neo4j-faults")
    folder = base / "articles"
    generate.small_articles(folder, ARTICLES, seed=7)
    cache = {a.id: extractor.extract(a) for a in read_sources([str(folder)])}
    with EmbeddedStore(base / "reference") as store:
        Ingestor(store, CachedExtractor(cache)).ingest_specs([str(folder)])  # type: ignore[arg-type]
        counts = store.stats()
    return folder, cache, counts


def test_ingest_reports_neo4j_going_away_and_resumes_without_duplicates(relay, corpus) -> None:
    folder, cache, reference_counts = corpus
    outcomes: list[IngestOutcome] = []

    def cut_after_some(outcome: IngestOutcome) -> None:
        outcomes.append(outcome)
        if sum(o.status == "new" for o in outcomes) == FAIL_AFTER:
            relay.down()

    with relayed_store(relay) as store:
        ingestor = Ingestor(store, CachedExtractor(cache))  # type: ignore[arg-type]
        first = ingestor.ingest_specs([str(folder)], on_outcome=cut_after_some)
        assert (first.new, first.failed) == (FAIL_AFTER, ARTICLES - FAIL_AFTER)
        for failure in first.failures:
            assert "unavailable" in (failure.message or "") and "\n" not in failure.message

        relay.up()
        second = ingestor.ingest_specs([str(folder)])
        assert (second.new, second.unchanged, second.failed) == (
            ARTICLES - FAIL_AFTER,
            FAIL_AFTER,
            0,
        )
        assert store.stats() == reference_counts


def test_the_api_says_store_unavailable_and_recovers_by_itself(relay, tmp_path: Path) -> None:
    query = "{ stats { kind } entities { totalCount } }"
    with relayed_store(relay) as store, ApiServer(store, Settings(event_poll_seconds=0.05)) as api:
        assert "errors" not in api.gql(query)
        relay.down()
        down = api.gql(query)
        ready_down = httpx.get(f"{api.url}/readyz")
        relay.up()
        back = api.gql(query)
        ready_back = httpx.get(f"{api.url}/readyz")
    assert [e["message"] for e in down["errors"]] == ["store unavailable"]
    assert str(relay.port) not in str(down)
    assert ready_down.status_code == 503
    assert "errors" not in back and ready_back.status_code == 200
