"""Neo4j going away while ClaimGraph ingests and serves, and coming back.

The test server itself is never stopped: a loopback TCP relay
(``tests.neo4j_support.TcpRelay``) stands between ClaimGraph and Neo4j and is
cut and restored, which the driver sees exactly as a server that went away.
A cut between transactions is the easy case; ``CuttingRelay`` also cuts inside
an article's write transaction (halfway through a statement, or in place of
the COMMIT), where the server must roll the whole article back.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TypeVar
from urllib.parse import urlparse

import httpx
import pytest

from api.ingestion import Ingestor, IngestOutcome
from api.settings import Settings
from graph.embedded import EmbeddedStore
from graph.model import GraphBatch, Node, WriteResult
from graph.neo4j_store import Neo4jStore
from graph.store import GraphStore
from ingest.sources import read_sources
from tests.api_support import ApiServer
from tests.extract_support import extractor  # noqa: F401  (session fixture)
from tests.hostile import generate
from tests.hostile.cached_ingest import CachedExtractor
from tests.neo4j_support import (
    CutRule,
    CuttingRelay,
    TcpRelay,
    clear_database,
    cut_before_commit,
    cut_mid_statement,
    neo4j_auth,
    require_neo4j,
)

pytestmark = pytest.mark.neo4j
ARTICLES = 12
FAIL_AFTER = 5  # the relay is cut once this many articles are stored


RelayT = TypeVar("RelayT", bound=TcpRelay)


def relay_to_neo4j(kind: type[RelayT]) -> Iterator[RelayT]:
    """An emptied test database behind a relay of ``kind``, up until the test ends."""
    clear_database(require_neo4j())
    target = urlparse(os.environ["NEO4J_URI"])
    relay = kind(target.hostname or "127.0.0.1", target.port or 7687)
    relay.up()
    yield relay
    relay.down()


@pytest.fixture
def relay() -> Iterator[TcpRelay]:
    yield from relay_to_neo4j(TcpRelay)


def relayed_store(relay: TcpRelay) -> Neo4jStore:
    return Neo4jStore(
        f"bolt://127.0.0.1:{relay.port}",
        neo4j_auth(),
        os.environ.get("NEO4J_DATABASE"),
        retry_seconds=0.5,
    )


def corpus_records(store: GraphStore, articles: set[str]) -> dict[str, str]:
    """Id -> label or type of every record that comes from ``articles``.

    Only these are compared with the reference: other tests may be writing
    their own records to the shared server at the same time.
    """
    found = {}
    for record in store.iter_all():
        if record.id in articles or articles & set(record.get("sourceArticles") or []):
            found[record.id] = record.label if isinstance(record, Node) else record.type
    return found


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, extractor):  # noqa: F811
    """Small articles, their extractions, and the records a clean embedded ingest gives."""
    base = tmp_path_factory.mktemp("neo4j-faults")
    folder = base / "articles"
    generate.small_articles(folder, ARTICLES, seed=7)
    cache = {a.id: extractor.extract(a) for a in read_sources([str(folder)])}
    articles = set(cache)
    with EmbeddedStore(base / "reference") as store:
        Ingestor(store, CachedExtractor(cache)).ingest_specs([str(folder)])  # type: ignore[arg-type]
        records = corpus_records(store, articles)
    assert len(records) > ARTICLES * 5  # entities, claims and relationships, not only articles
    return folder, cache, records


def test_ingest_reports_neo4j_going_away_and_resumes_without_duplicates(relay, corpus) -> None:
    folder, cache, reference = corpus
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
        assert corpus_records(store, set(cache)) == reference


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


# ------------------------------------------------------------------ cut inside a transaction


@pytest.fixture
def cutting_relay() -> Iterator[CuttingRelay]:
    yield from relay_to_neo4j(CuttingRelay)


def records_of(batch: GraphBatch) -> list[str]:
    """What the server holds of the batch's nodes and relationships, read directly.

    By id and raw (all labels and properties), so a half-written record or a
    bare placeholder node would show; other tests' records on the shared
    server do not.
    """
    node_ids = [n.id for n in batch.nodes]
    rel_ids = [r.id for r in batch.relationships]
    with require_neo4j().session(database=os.environ.get("NEO4J_DATABASE") or None) as session:
        rows = session.run(
            "MATCH (n) WHERE n.id IN $ids RETURN labels(n) AS kind, properties(n) AS p",
            ids=node_ids,
        ).data()
        rows += session.run(
            "MATCH ()-[r]->() WHERE r.id IN $ids RETURN type(r) AS kind, properties(r) AS p",
            ids=rel_ids,
        ).data()
    return sorted(repr((row["kind"], sorted(row["p"].items()))) for row in rows)


class CutInsideApply(Neo4jStore):
    """The real Neo4j store behind the relay, which is armed just before one write.

    Before the ``cut_at``-th :meth:`apply`, what the server holds of that
    batch's records is read (directly, not through the relay), then the relay
    is armed with ``rule`` so the connection drops inside that transaction.
    """

    def __init__(self, relay: CuttingRelay, rule: CutRule, cut_at: int) -> None:
        super().__init__(
            f"bolt://127.0.0.1:{relay.port}",
            neo4j_auth(),
            os.environ.get("NEO4J_DATABASE"),
            retry_seconds=0.5,
        )
        self.relay, self.rule, self.cut_at = relay, rule, cut_at
        self.applies = 0
        self.cut_batch = GraphBatch()
        self.before_cut: list[str] = []
        self.events_before_cut = 0

    def apply(self, batch: GraphBatch) -> WriteResult:
        self.applies += 1
        if self.applies == self.cut_at:
            self.cut_batch = batch
            self.before_cut = records_of(batch)
            self.events_before_cut = self.last_event_seq()
            self.relay.cut_when(self.rule)
        return super().apply(batch)


@pytest.mark.parametrize(
    "rule", [cut_mid_statement, cut_before_commit], ids=["mid-statement", "instead-of-commit"]
)
def test_a_cut_inside_the_write_transaction_leaves_nothing_of_the_article(
    cutting_relay: CuttingRelay, corpus, rule
) -> None:
    folder, cache, reference = corpus
    with CutInsideApply(cutting_relay, rule(), cut_at=FAIL_AFTER + 1) as store:
        ingestor = Ingestor(store, CachedExtractor(cache))  # type: ignore[arg-type]
        first = ingestor.ingest_specs([str(folder)])
        assert cutting_relay.cuts == 1
        assert (first.new, first.failed) == (FAIL_AFTER, ARTICLES - FAIL_AFTER)
        cut = first.failures[0]
        assert "unavailable" in (cut.message or "") and "\n" not in (cut.message or "")
        # Rolled back: the article's records are as they were before that
        # transaction began (new ones absent, shared ones unchanged), no event.
        assert cut.article_id in {n.id for n in store.cut_batch.nodes}
        assert records_of(store.cut_batch) == store.before_cut
        with Neo4jStore.from_environment() as direct:
            events = direct.events_after(store.events_before_cut, limit=1000)
        assert [e for e in events if e.subject == cut.article_id] == []

        cutting_relay.up()
        second = ingestor.ingest_specs([str(folder)])
        assert (second.new, second.unchanged, second.failed) == (
            ARTICLES - FAIL_AFTER,
            FAIL_AFTER,
            0,
        )
        assert corpus_records(store, set(cache)) == reference
