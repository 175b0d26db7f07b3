"""A dispute from a single challenge, stored and served: the challenged party has no
claim of its own, yet it is a party, findable through `disputes(entity:)`.

Runs on every store (the `store` fixture: embedded and, with NEO4J_URI, Neo4j).
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator

import pytest

from api.ingestion import Ingestor
from graph.export import export_graph
from graph.model import Label
from graph.store import GraphStore
from ingest.document import ArticleText
from ingest.pipeline import Extractor
from tests.api_support import ApiServer

ARTICLE = (
    "The New York Times sued Perplexity on Monday, saying its answer engine copied the paper's "
    "archive. The lawsuit was filed in a New York federal court."
)


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(keep_unresolved=True)


@pytest.fixture
def ingested(store: GraphStore, extractor: Extractor) -> GraphStore:
    article = ArticleText(text=ARTICLE, source="ledger", url="https://example.org/ledger")
    outcome = Ingestor(store, extractor).ingest_article(article)
    assert outcome.status == "new", outcome.message
    return store


@pytest.fixture
def api(ingested: GraphStore) -> Iterator[ApiServer]:
    with ApiServer(ingested) as server:
        yield server


def data(result: dict) -> dict:
    assert "errors" not in result, result.get("errors")
    return result["data"]


def test_the_challenged_party_is_a_party_of_the_stored_dispute(ingested: GraphStore):
    (dispute,) = ingested.find(Label.DISPUTE)
    assert set(dispute.get("parties")) == {"The New York Times", "Perplexity"}
    out = io.StringIO()
    export_graph(ingested, "json", out)
    (exported,) = json.loads(out.getvalue())["disputes"]
    assert set(exported["parties"]) == {"The New York Times", "Perplexity"}
    assert len(exported["claims"]) == 1  # the challenger's accusation


def test_graphql_lists_both_parties_and_finds_the_dispute_from_the_challenged(api: ApiServer):
    found = data(
        api.gql(
            '{ disputes(entity: "Perplexity") { nodes { parties { name }'
            " sides { label parties { name } claims { text } } } } }"
        )
    )["disputes"]["nodes"]
    assert len(found) == 1
    assert {p["name"] for p in found[0]["parties"]} == {"The New York Times", "Perplexity"}
    sides = {s["label"]: s for s in found[0]["sides"]}
    assert len(sides["The New York Times"]["claims"]) == 1
    # the challenged party is a side of its own, with no claim of its own yet
    assert sides["Perplexity"]["claims"] == []
    assert sides["Perplexity"]["parties"] == [{"name": "Perplexity"}]
