"""Claims from unnamed sources ("critics said", "officials"): kept with no claimant.

Such a claim has ``claimant`` null and the article's own words in ``claimantText``
everywhere: the extraction contract, the graph (no ASSERTS edge to any entity),
GraphQL, the JSON export and the Atom feed.  It is never attached to a named party.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from api.atom import _entry_html
from api.ingestion import Ingestor
from graph.export import export_graph
from graph.model import Label, RelType
from graph.store import GraphStore
from ingest.document import ArticleText
from ingest.pipeline import Extractor
from ingest.to_graph import to_graph_batch
from tests.api_support import ApiServer
from tests.test_cli import claimgraph

ARTICLE = (
    "Meta released Llama 4 on Saturday.\n\n"
    "Critics said the model was unsafe. "
    "Yann LeCun said that Llama 4 was safe and well tested.\n"
)
UNNAMED = "Critics said the model was unsafe."
NAMED = "Yann LeCun said that Llama 4 was safe and well tested."


def article(text: str = ARTICLE, name: str = "critics") -> ArticleText:
    return ArticleText(
        text=text,
        source=name,
        url=f"https://news.example/{name}",
        published_at="2025-04-07T00:00:00Z",
        fetched_at="2025-04-07T00:00:00Z",
    )


def data(result: dict) -> dict:
    assert "errors" not in result, result.get("errors")
    return result["data"]


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    """The product's extractor (what ``claimgraph ingest`` and the API use)."""
    return Ingestor(None).extractor  # type: ignore[arg-type]


def test_the_product_extractor_keeps_claims_from_unnamed_sources(extractor):
    assert extractor.keep_unresolved


# ---------------------------------------------------------------- claimgraph extract


def test_extract_json_gives_an_unnamed_source_no_claimant_and_its_words(tmp_path: Path):
    path = tmp_path / "critics.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = claimgraph("extract", str(path), "--url", "https://news.example/critics")
    assert result.returncode == 0, result.stderr
    claims = {c["text"]: c for c in json.loads(result.stdout)["claims"]}
    unnamed = claims[UNNAMED]
    assert unnamed["claimant"] is None
    assert unnamed["claimantText"] == "Critics"
    assert unnamed["cue"] == "said"
    assert claims[NAMED]["claimant"] == "Yann LeCun"
    assert claims[NAMED].get("claimantText") is None

    text = claimgraph("extract", str(path), "--format", "text")
    assert text.returncode == 0, text.stderr
    assert f"Critics (unnamed source) said: {UNNAMED}" in text.stdout


# ---------------------------------------------------------------- the graph batch


def test_the_startup_after_according_to_is_no_voice_of_the_outlet(extractor):
    text = "According to Reuters, the startup plans to raise money this year."
    claims = extractor.extract(article(text)).to_contract()["claims"]
    assert [c["claimant"] for c in claims] == ["Reuters"]  # its report, not its plan


@pytest.mark.parametrize(
    "text",
    [
        "The startup, backed by Halvern Ventures and Dorvane Capital, said it would appeal.",
        "Researchers funded by Anthropic said the model was safe.",
    ],
)
def test_a_party_that_backed_or_funded_the_speaker_is_not_the_speaker(extractor, text):
    claims = extractor.extract(article(text)).to_contract()["claims"]
    assert [c["claimant"] for c in claims] == [None]


@pytest.mark.parametrize(
    "text",
    [
        "A letter signed by Anthropic said the rules were too strict.",
        "Researchers affiliated with Anthropic said the rules were too strict.",
    ],
)
def test_the_author_or_home_named_in_a_participle_speaks(extractor, text):
    claims = extractor.extract(article(text)).to_contract()["claims"]
    assert [c["claimant"] for c in claims] == ["Anthropic"]


def test_an_unnamed_claim_is_a_claim_node_with_claimant_text_and_no_asserts(extractor):
    batch = to_graph_batch(article(), extractor.extract(article()))
    claims = {n.get("text"): n for n in batch.nodes if n.label == Label.CLAIM}
    unnamed, named = claims[UNNAMED], claims[NAMED]
    assert unnamed.get("claimant") is None
    assert unnamed.get("claimantText") == "Critics"
    assert named.get("claimant") == "Yann LeCun"
    assert "claimantText" not in named.properties
    asserts = [r for r in batch.relationships if r.type == RelType.ASSERTS]
    assert all(r.target != unnamed.id for r in asserts)  # nothing invented
    assert any(r.target == named.id for r in asserts)
    reports = [r for r in batch.relationships if r.type == RelType.REPORTS]
    assert any(r.target == unnamed.id for r in reports)
    assert len({n.id for n in batch.nodes}) == len(batch.nodes)


# ---------------------------------------------------------------- stored and served


@pytest.fixture
def ingested(store: GraphStore, extractor: Extractor) -> GraphStore:
    """The article ingested the way ``claimgraph ingest`` does (embedded and Neo4j)."""
    outcome = Ingestor(store, extractor).ingest_article(article())
    assert outcome.status == "new", outcome.message
    return store


@pytest.fixture
def api(ingested: GraphStore) -> Iterator[ApiServer]:
    with ApiServer(ingested) as server:
        yield server


def test_a_stored_unnamed_claim_has_no_claimant_entity(ingested: GraphStore):
    claims = {n.get("text"): n for n in ingested.find(Label.CLAIM)}
    unnamed = claims[UNNAMED]
    assert unnamed.get("claimant") is None
    assert unnamed.get("claimantText") == "Critics"
    assert ingested.relationships_of([unnamed.id], [RelType.ASSERTS], "in") == []
    out = io.StringIO()
    export_graph(ingested, "json", out)
    exported = {c["text"]: c for c in json.loads(out.getvalue())["claims"]}
    assert exported[UNNAMED]["claimant"] is None
    assert exported[UNNAMED]["claimantText"] == "Critics"


def test_graphql_shows_an_unnamed_claim_with_null_claimant_and_its_words(api: ApiServer):
    about = data(
        api.gql(
            '{ entity(name: "Llama 4") { claimsAbout(first: 20) { nodes {'
            " text claimant { name } claimantText } } } }"
        )
    )["entity"]["claimsAbout"]["nodes"]
    by_text = {c["text"]: c for c in about}
    assert by_text[UNNAMED]["claimant"] is None
    assert by_text[UNNAMED]["claimantText"] == "Critics"
    assert by_text[NAMED]["claimant"] == {"name": "Yann LeCun"}
    assert by_text[NAMED]["claimantText"] is None
    found = data(
        api.gql(
            '{ claims(filter: {text: "critics unsafe"}) {'
            " nodes { claimant { name } claimantText } } }"
        )
    )["claims"]["nodes"]
    assert found == [{"claimant": None, "claimantText": "Critics"}]


def test_an_unnamed_claim_is_in_no_entity_s_claims_made(api: ApiServer):
    entities = data(
        api.gql(
            "{ entities(first: 50) { nodes { name"
            " claimsMade(first: 50) { totalCount nodes { text claimant { name } } } } } }"
        )
    )["entities"]["nodes"]
    made = {e["name"]: [c["text"] for c in e["claimsMade"]["nodes"]] for e in entities}
    assert {"Meta", "Llama 4", "Yann LeCun"} <= made.keys()
    assert made["Yann LeCun"] == [NAMED]
    assert all(UNNAMED not in texts for texts in made.values())
    claims = data(api.gql('{ claims(filter: {claimant: "Meta"}, first: 20) { nodes { text } } }'))
    assert UNNAMED not in [c["text"] for c in claims["claims"]["nodes"]]


# ---------------------------------------------------------------- Atom


def test_atom_entry_names_an_unnamed_source_in_its_own_words():
    dispute = {
        "status": "OPEN",
        "sides": [
            {
                "label": "Critics",
                "claims": [{"text": UNNAMED, "claimant": None, "claimantText": "Critics"}],
            }
        ],
    }
    assert f"Critics (unnamed source): {UNNAMED}" in _entry_html(dispute)
