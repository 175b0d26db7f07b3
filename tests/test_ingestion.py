"""Ingestion onto the canonical stored entities, across articles."""

from __future__ import annotations

import pytest

from api.curation import merge_entities
from api.ingestion import Ingestor
from graph.model import GraphBatch, Label, Node, RelType, entity_id
from ingest.document import ArticleText, ReadError
from ingest.pipeline import Extractor

FIRST = (
    "Priya Raman, the chief scientist of Vellum Labs, said on Monday that the lab's new "
    "model had passed every internal safety test. Raman added that an outside audit "
    "would follow within a month."
)


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def article(text: str, name: str) -> ArticleText:
    return ArticleText(text=text, source=name, url=f"https://example.com/{name}")


def people(store) -> list[str]:
    return sorted(n.name for n in store.find(Label.PERSON) if n.name)


def add_entity(store, label: Label, name: str, aliases: list[str] | None = None) -> str:
    node_id = entity_id(label, name)
    props = {"name": name, "aliases": aliases or []}
    store.apply(GraphBatch(nodes=[Node(node_id, label, props)]))
    return node_id


def test_a_stored_alias_maps_a_later_mention_onto_the_stored_entity(store, extractor):
    raman = add_entity(store, Label.PERSON, "Priya Raman", ["Priya R. Raman"])
    text = "Priya R. Raman, the chief scientist of Vellum Labs, said the audit had started."
    assert Ingestor(store, extractor).ingest_article(article(text, "later")).status == "new"
    assert people(store) == ["Priya Raman"]
    claimants = store.relationships_of([raman], [RelType.ASSERTS], direction="out")
    assert len(claimants) == 1


def test_an_entity_merged_by_an_analyst_stays_merged_when_articles_mention_it_again(
    store, extractor
):
    keep = add_entity(store, Label.PERSON, "Priya Raman")
    absorbed = add_entity(store, Label.PERSON, "Priya R. Raman")
    merge_entities(store, keep, absorbed)
    text = "Priya R. Raman, the chief scientist of Vellum Labs, said the audit had started."
    Ingestor(store, extractor).ingest_article(article(text, "again"))
    assert store.get_node(absorbed) is None
    assert people(store) == ["Priya Raman"]


def test_the_same_text_twice_is_unchanged(store, extractor):
    ingestor = Ingestor(store, extractor)
    ingestor.ingest_article(article(FIRST, "first"))
    before = store.stats()
    assert ingestor.ingest_article(article(FIRST, "copy")).status == "unchanged"
    assert store.stats() == before


def test_an_empty_article_fails_with_a_reason_and_writes_nothing(store, extractor):
    outcome = Ingestor(store, extractor).ingest_article(article("   ", "empty"))
    assert outcome.status == "failed" and "empty" in (outcome.message or "")
    assert store.count(Label.ARTICLE) == 0


def test_many_articles_come_out_in_order_with_duplicates_and_failures(store, extractor):
    items = [
        article(FIRST, "first"),
        ReadError("unreadable.txt", "not UTF-8"),
        article(FIRST, "copy"),
        article("   ", "empty"),
        article(FIRST.replace("Monday", "Tuesday"), "edited"),
    ]
    seen = []
    summary = Ingestor(store, extractor).ingest_items(items, seen.append)
    assert [(o.source, o.status) for o in seen] == [
        ("first", "new"),
        ("unreadable.txt", "failed"),
        ("copy", "unchanged"),
        ("empty", "failed"),
        ("edited", "new"),
    ]
    assert (summary.new, summary.unchanged, summary.failed) == (2, 1, 2)
