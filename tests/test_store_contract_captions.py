"""The store contract, captions: every store writes the same ``caption`` on the
claims, disputes and articles it stores (graph/captions.py), recomputed from
the merged properties on every write.

Runs once per backend through the ``store`` fixture (conftest.py), like
tests/test_store_contract.py; the first tests pin the captions' wording.
"""

from __future__ import annotations

from graph.captions import CAPTION_MAX, caption, caption_of
from graph.model import GraphBatch, Label, Node
from graph.store import GraphStore

SENTENCE = "LeCun said the Llama 4 results were fudged a little bit by the team."
CLAIM = Node(
    "claim:lecun",
    Label.CLAIM,
    {
        "text": SENTENCE,
        "claimant": "Yann LeCun",
        "start": 100,
        "end": 100 + len(SENTENCE),
        "contentStart": 100 + SENTENCE.index("the Llama"),
        "contentEnd": 100 + len(SENTENCE) - 1,
    },
)
DISPUTE = Node(
    "dispute:llama",
    Label.DISPUTE,
    {
        "parties": ["Yann LeCun", "Ahmad Al-Dahle"],
        "partyIds": ["person:yann-lecun", "person:ahmad-al-dahle"],
        "topic": ["Llama 4", "Meta"],
        "status": "open",
    },
)
ARTICLE = Node(
    "article:verge",
    Label.ARTICLE,
    {
        "url": "https://www.theverge.com/ai/llama-4-benchmarks",
        "outlet": "The Verge",
        "title": "Meta's Llama 4 benchmark questions",
        "publishedAt": "2025-04-07T10:00:00Z",
    },
)


# ---------------------------------------------------------------- the wording


def test_a_claim_caption_is_the_claimant_and_the_claims_first_words() -> None:
    assert caption(Label.CLAIM, CLAIM.properties) == (
        "Yann LeCun: the Llama 4 results were fudged a little bit by the team"
    )


def test_a_claim_caption_prefers_the_quote() -> None:
    props = {**CLAIM.properties, "quote": "results were fudged a little bit"}
    assert caption(Label.CLAIM, props) == "Yann LeCun: results were fudged a little bit"


def test_an_unnamed_sources_claim_is_captioned_with_its_own_words() -> None:
    props = {"text": "Critics said the model was unsafe.", "claimantText": "Critics"}
    assert caption(Label.CLAIM, props) == "Critics: Critics said the model was unsafe."


def test_a_long_claim_caption_is_cut_at_a_word_within_80_characters() -> None:
    props = {"text": "word " * 40, "claimant": "Someone"}
    text = caption(Label.CLAIM, props)
    assert text is not None
    assert len(text) <= CAPTION_MAX
    assert text.endswith("word…")


def test_a_dispute_caption_names_people_by_surname_and_the_topic() -> None:
    assert caption(Label.DISPUTE, DISPUTE.properties) == "LeCun vs Al-Dahle · Llama 4, Meta"


def test_a_dispute_caption_leaves_the_parties_out_of_the_topic() -> None:
    props = {"parties": ["Cloudflare", "Perplexity"], "topic": ["Cloudflare", "Perplexity"]}
    assert caption(Label.DISPUTE, props) == "Cloudflare vs Perplexity"


def test_an_article_caption_is_outlet_date_and_title() -> None:
    assert caption(Label.ARTICLE, ARTICLE.properties) == (
        "The Verge · 2025-04-07 · Meta's Llama 4 benchmark questions"
    )


def test_an_article_without_outlet_or_title_is_captioned_from_its_url() -> None:
    props = {
        "url": "https://example.com/samples/llama-4-arena",
        "fetchedAt": "2026-01-02T03:04:05Z",
    }
    assert caption(Label.ARTICLE, props) == "example.com · 2026-01-02 · llama 4 arena"


def test_entities_have_no_stored_caption() -> None:
    assert caption(Label.PERSON, {"name": "Yann LeCun"}) is None


# ---------------------------------------------------------------- every store


def test_a_store_writes_the_caption_of_each_captioned_node(store: GraphStore) -> None:
    store.apply(GraphBatch(nodes=[CLAIM, DISPUTE, ARTICLE]))
    for node in (CLAIM, DISPUTE, ARTICLE):
        stored = store.get_node(node.id)
        assert stored is not None
        assert stored.get("caption") == caption(node.label, node.properties)


def test_a_store_writes_no_caption_on_entities(store: GraphStore) -> None:
    person = Node("person:yann-lecun", Label.PERSON, {"name": "Yann LeCun"})
    store.apply(GraphBatch(nodes=[person]))
    assert store.get_node(person.id) == person


def test_a_partial_update_recomputes_the_caption_from_the_merged_node(store: GraphStore) -> None:
    store.apply(GraphBatch(nodes=[DISPUTE]))
    store.apply(GraphBatch(nodes=[Node(DISPUTE.id, Label.DISPUTE, {"topic": ["Llama 4"]})]))
    stored = store.get_node(DISPUTE.id)
    assert stored is not None
    assert stored.get("caption") == "LeCun vs Al-Dahle · Llama 4"


def test_a_caption_given_by_the_writer_is_replaced_by_the_computed_one(store: GraphStore) -> None:
    forged = Node(CLAIM.id, Label.CLAIM, {**CLAIM.properties, "caption": "<b>anything</b>"})
    store.apply(GraphBatch(nodes=[forged]))
    stored = store.get_node(CLAIM.id)
    assert stored is not None
    assert stored.get("caption") == caption(Label.CLAIM, CLAIM.properties)


def test_reapplying_a_captioned_node_changes_nothing(store: GraphStore) -> None:
    store.apply(GraphBatch(nodes=[CLAIM, DISPUTE, ARTICLE]))
    again = store.apply(GraphBatch(nodes=[CLAIM, DISPUTE, ARTICLE]))
    assert (again.nodes_created, again.nodes_updated) == (0, 3)
    assert store.get_node(DISPUTE.id) == Node(
        DISPUTE.id,
        Label.DISPUTE,
        {**DISPUTE.properties, "caption": "LeCun vs Al-Dahle · Llama 4, Meta"},
    )


def test_a_node_written_before_captions_is_still_captioned_on_screen() -> None:
    assert caption_of(DISPUTE) == "LeCun vs Al-Dahle · Llama 4, Meta"
    assert caption_of(Node("person:ann", Label.PERSON, {"name": "Ann"})) == "Ann"
