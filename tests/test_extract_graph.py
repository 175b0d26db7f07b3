"""Extraction to graph records (to_graph_batch) and cross-article linking."""

from __future__ import annotations

from pathlib import Path

from graph.embedded import EmbeddedStore
from graph.model import EventKind, GraphBatch, Label, RelType
from ingest.document import ArticleText
from ingest.linking import StoredClaim, link_across_articles, polarity, similarity
from ingest.pipeline import Extractor
from ingest.to_graph import to_graph_batch
from tests import extract_support

extractor = extract_support.extractor  # the session-wide Extractor fixture

ACCUSATION = (
    "Reuters reported on Monday that Nexus Labs trained its Orion model on outputs "
    "from OpenAI. OpenAI accused Nexus Labs of breaking its terms of service."
)
DENIAL = "Nexus Labs denied that it trained Orion on OpenAI outputs, calling the report false."
SECOND_DENIAL = (
    "Nexus Labs chief executive Mara Lindqvist said the company never used "
    "OpenAI outputs to train Orion."
)


def batch_for(extractor: Extractor, text: str, url: str) -> GraphBatch:
    article = ArticleText(text=text, source=url, url=url, fetched_at="2025-01-01T00:00:00Z")
    return to_graph_batch(article, extractor.extract(article))


def stored_claims(batch: GraphBatch, disputes: dict[str, str] | None = None) -> list[StoredClaim]:
    """What the ingestion service would fetch back from the store for these claims."""
    out = []
    for n in batch.nodes:
        if n.label != Label.CLAIM:
            continue
        claimant = next(
            (
                r.source
                for r in batch.relationships
                if r.type == RelType.ASSERTS and r.target == n.id
            ),
            None,
        )
        about = [
            r.target for r in batch.relationships if r.type == RelType.ABOUT and r.source == n.id
        ]
        out.append(StoredClaim(n, claimant, about, (disputes or {}).get(n.id)))
    return out


def test_batch_ids_are_stable_across_runs(extractor):
    a = batch_for(extractor, ACCUSATION, "https://news.example/a")
    b = batch_for(extractor, ACCUSATION, "https://news.example/a")
    assert [n.id for n in a.nodes] == [n.id for n in b.nodes]
    assert [r.id for r in a.relationships] == [r.id for r in b.relationships]


def test_batch_has_article_entities_claims_and_provenance(extractor):
    batch = batch_for(extractor, ACCUSATION, "https://news.example/a")
    labels = {n.label for n in batch.nodes}
    assert {Label.ARTICLE, Label.ORGANIZATION, Label.MODEL, Label.CLAIM} <= labels
    types = {r.type for r in batch.relationships}
    assert {RelType.MENTIONS, RelType.REPORTS, RelType.ASSERTS, RelType.ABOUT} <= types
    for n in batch.nodes:
        if n.label != Label.ARTICLE:
            assert n.get("sourceArticles") and n.get("evidence"), n.id


def test_claim_ids_hash_claimant_and_sentence(extractor):
    batch = batch_for(extractor, ACCUSATION, "https://news.example/a")
    moved = batch_for(
        extractor, "Unrelated opening line.\n\n" + ACCUSATION, "https://news.example/b"
    )
    ids = {n.id for n in batch.nodes if n.label == Label.CLAIM}
    assert ids and ids <= {n.id for n in moved.nodes if n.label == Label.CLAIM}


def test_in_article_dispute_has_event_and_edges(extractor):
    batch = batch_for(extractor, ACCUSATION + " " + DENIAL, "https://news.example/c")
    disputes = [n for n in batch.nodes if n.label == Label.DISPUTE]
    assert len(disputes) == 1
    assert disputes[0].get("status") == "open"
    assert [e for e in batch.events if e[0] == EventKind.DISPUTE_OPENED]
    types = {r.type for r in batch.relationships}
    assert {RelType.INVOLVES, RelType.DISPUTES, RelType.CONCERNS} <= types


def test_batch_applies_to_a_real_store_idempotently(extractor, tmp_path: Path):
    batch = batch_for(extractor, ACCUSATION + " " + DENIAL, "https://news.example/c")
    store = EmbeddedStore(tmp_path / "store")
    try:
        first = store.apply(batch)
        again = store.apply(GraphBatch(nodes=batch.nodes, relationships=batch.relationships))
        assert first.nodes_created == len({n.id for n in batch.nodes})
        assert again.nodes_created == 0 and again.relationships_created == 0
    finally:
        store.close()


def test_linking_opens_a_dispute_across_articles(extractor, tmp_path: Path):
    old = batch_for(extractor, ACCUSATION, "https://news.example/a")
    new = batch_for(extractor, DENIAL, "https://other.example/b")
    link = link_across_articles(new, stored_claims(old))
    disputes = [n for n in link.nodes if n.label == Label.DISPUTE]
    assert len(disputes) == 1
    assert [e for e in link.events if e[0] == EventKind.DISPUTE_OPENED]
    kinds = {r.get("kind") for r in link.relationships if r.type == RelType.DISPUTES}
    assert "denies" in kinds
    store = EmbeddedStore(tmp_path / "store")
    try:
        store.apply(old)
        store.apply(
            GraphBatch(
                nodes=new.nodes + link.nodes,
                relationships=new.relationships + link.relationships,
                events=new.events + link.events,
            )
        )
        assert store.get_node(disputes[0].id) is not None
    finally:
        store.close()


def test_linking_extends_an_existing_dispute(extractor):
    old = batch_for(extractor, ACCUSATION, "https://news.example/a")
    first = link_across_articles(
        batch_for(extractor, DENIAL, "https://other.example/b"), stored_claims(old)
    )
    dispute_id = next(n.id for n in first.nodes if n.label == Label.DISPUTE)
    involved = {r.target for r in first.relationships if r.type == RelType.INVOLVES}
    stored = stored_claims(old, {cid: dispute_id for cid in involved})
    second = link_across_articles(
        batch_for(extractor, SECOND_DENIAL, "https://third.example/c"), stored
    )
    assert [e for e in second.events if e[0] == EventKind.DISPUTE_UPDATED]
    assert {r.source for r in second.relationships if r.type == RelType.INVOLVES} == {dispute_id}


def test_linking_ignores_claims_on_other_topics(extractor):
    old = batch_for(extractor, ACCUSATION, "https://news.example/a")
    other = batch_for(
        extractor, "Google said Gemini would ship in Europe next month.", "https://other.example/d"
    )
    assert link_across_articles(other, stored_claims(old)).is_empty()


def test_linking_notes_agreement(extractor):
    old = batch_for(
        extractor,
        "Bloomberg reported that Nvidia will build a chip plant in Texas.",
        "https://news.example/e",
    )
    new = batch_for(
        extractor,
        "Reuters reported that Nvidia will build a chip plant in Texas.",
        "https://other.example/f",
    )
    link = link_across_articles(new, stored_claims(old))
    assert [r for r in link.relationships if r.type == RelType.SUPPORTS]
    assert not [n for n in link.nodes if n.label == Label.DISPUTE]


def test_stance_helpers():
    assert polarity("The model was trained on public data.") == 1
    assert polarity("The model was not trained on public data.") == -1
    assert (
        similarity("DeepSeek trained on OpenAI outputs", "DeepSeek did not train on OpenAI outputs")
        > 0.5
    )


def test_an_unknown_company_without_its_ai_suffix_is_the_same_company_in_a_later_article(
    extractor, tmp_path: Path
):
    from api.ingestion import Ingestor

    first = (
        "Researcher says Velmora AI's chatbot gives dangerous advice\n\n"
        "Dr. Priya Nair, a physician at Corran General Hospital, said on Monday that Velmora "
        "AI's medical chatbot recommended unsafe doses in a quarter of her test cases.\n\n"
        "Velmora AI said it was reviewing her findings."
    )
    second = (
        "Velmora rejects doctor's claims about its chatbot\n\n"
        "Velmora on Thursday rejected claims by a Corran doctor that its medical chatbot gives "
        "unsafe dosing advice, saying her tests used an old version of the product.\n\n"
        "Nair said she had tested the version available to the public that week."
    )
    store = EmbeddedStore(tmp_path / "store")
    try:
        ingestor = Ingestor(store, extractor)
        for name, text in (("first", first), ("second", second)):
            url = f"https://news.example/{name}"
            ingestor.ingest_article(ArticleText(text=text, source=url, url=url))
        disputes = store.find(Label.DISPUTE, {}, limit=10)
        assert len(disputes) == 1
        assert len(disputes[0].get("sourceArticles") or []) == 2
        assert "organization:velmora" not in (disputes[0].get("partyIds") or [])
    finally:
        store.close()
