"""Across articles: one Dispute per story, sides after entity resolution, renames.

The articles here are batches built by hand (what ``to_graph`` makes of an
extraction), so the rules are tested apart from the extractor, which changes
under them; the rename phrases are tested on short sentences of our own.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import pytest

from api.ingestion import Ingestor
from graph.model import (
    EventKind,
    GraphBatch,
    Label,
    Node,
    Relationship,
    RelType,
    alias_key,
    article_id,
    content_hash,
    entity_id,
    hashed_id,
    provenance,
    relationship_id,
)
from graph.store import GraphStore
from ingest.document import ArticleText
from ingest.renames import find_renames
from tests.api_support import ApiServer
from tests.graph_factory import World, sample_world

# ---------------------------------------------------------------- building articles

Party = tuple[Label, str]  # (label, name)


class Article:
    """One hand-made article: entities, claims by parties, disputes between them."""

    def __init__(self, name: str, published: str = "2025-01-01T00:00:00Z") -> None:
        self.text = f"An article of our own called {name}."
        self.doc = ArticleText(text=self.text, source=name, url=f"https://example.org/{name}")
        self.doc.published_at = published
        self.id = article_id(content_hash(self.text))
        self.batch = GraphBatch(nodes=[Node(self.id, Label.ARTICLE, {"url": self.doc.url})])
        self.claims: dict[str, str] = {}

    def prov(self) -> dict:
        return provenance(self.id, 0, 10, "2025-01-01T00:00:00Z")

    def entity(self, label: Label, name: str, **props: object) -> str:
        eid = entity_id(label, name)
        if not any(n.id == eid for n in self.batch.nodes):
            aliases = list(props.pop("aliases", []))  # type: ignore[arg-type]
            keys = [alias_key(x) for x in [name, *aliases]]
            self.batch.nodes.append(
                Node(
                    eid,
                    label,
                    {"name": name, "aliases": aliases, "aliasKeys": keys, **props, **self.prov()},
                )
            )
            self.rel(RelType.MENTIONS, self.id, eid)
        return eid

    def rel(self, rtype: RelType, source: str, target: str, **props: object) -> None:
        self.batch.relationships.append(
            Relationship(relationship_id(rtype, source, target), rtype, source, target, {**props})
        )

    def role(self, rtype: RelType, person: str, org: str) -> None:
        self.rel(rtype, self.entity(Label.PERSON, person), self.entity(Label.ORGANIZATION, org))

    def claim(self, who: Party, text: str, about: Sequence[Party] = (), kind: str = "assertion"):
        cid = hashed_id(Label.CLAIM, self.id, who[1], text)
        src = self.entity(*who)
        self.batch.nodes.append(
            Node(
                cid,
                Label.CLAIM,
                {
                    "text": text,
                    "kind": kind,
                    "claimant": who[1],
                    "articleId": self.id,
                    "publishedAt": self.doc.published_at,
                    **self.prov(),
                },
            )
        )
        self.rel(RelType.REPORTS, self.id, cid)
        self.rel(RelType.ASSERTS, src, cid)
        for a in about:
            self.rel(RelType.ABOUT, cid, self.entity(*a))
        self.claims[text] = cid
        return cid

    def dispute(self, challenger: Party, defender: Party, accusation: str, denial: str) -> str:
        """A per-article dispute as the extractor makes it: challenger first."""
        a = self.claim(challenger, accusation, [defender], "accusation")
        b = self.claim(defender, denial, [challenger], "denial")
        did = hashed_id(Label.DISPUTE, a, b)
        parties = [self.entity(*challenger), self.entity(*defender)]
        self.batch.nodes.append(
            Node(
                did,
                Label.DISPUTE,
                {
                    "topic": [defender[1]],
                    "parties": [challenger[1], defender[1]],
                    "partyIds": parties,
                    "status": "open",
                    "openedAt": self.doc.published_at,
                    "updatedAt": self.doc.published_at,
                    **self.prov(),
                },
            )
        )
        for c, side in ((a, challenger[1]), (b, defender[1])):
            self.rel(RelType.INVOLVES, did, c, side=side)
        self.rel(RelType.DISPUTES, b, a, kind="denies")
        self.batch.events.append((EventKind.DISPUTE_OPENED, did, {}))
        return did

    def ingest(self, ingestor: Ingestor) -> None:
        outcome = ingestor._store_article(self.doc, self.batch)
        assert outcome.status == "new", outcome.message


ORG, PERSON = Label.ORGANIZATION, Label.PERSON
BRIGHTWALL = (ORG, "Brightwall")
QUILL = (ORG, "Quillsearch")
HARBOR = (ORG, "Harbor Mesh")


def disputes(store: GraphStore) -> list[Node]:
    return store.find(Label.DISPUTE, limit=None)


def articles_of(store: GraphStore, dispute: Node) -> set[str]:
    claims = store.relationships_of([dispute.id], [RelType.INVOLVES], "out")
    nodes = store.get_nodes([r.target for r in claims])
    return {str(n.get("articleId")) for n in nodes if n is not None}


@pytest.fixture
def ingestor(store: GraphStore) -> Ingestor:
    return Ingestor(store, extractor=None)


# ---------------------------------------------------------------- one dispute per story


def test_the_same_dispute_in_two_articles_is_one_dispute_with_evidence_from_both(
    store: GraphStore, ingestor: Ingestor
) -> None:
    one = Article("one")
    one.dispute(
        BRIGHTWALL,
        QUILL,
        "Brightwall says Quillsearch hides its crawler.",
        "Quillsearch says the report is wrong.",
    )
    one.ingest(ingestor)
    two = Article("two", "2025-01-02T00:00:00Z")
    two.dispute(
        BRIGHTWALL,
        QUILL,
        "Brightwall accuses Quillsearch of rotating addresses.",
        "Quillsearch denies rotating anything.",
    )
    seq = store.last_event_seq()
    two.ingest(ingestor)
    (dispute,) = disputes(store)
    assert articles_of(store, dispute) == {one.id, two.id}
    assert {one.id, two.id} <= set(dispute.get("sourceArticles"))
    assert dispute.get("openedAt") == "2025-01-01T00:00:00Z"
    kinds = [(e.kind, e.subject) for e in store.events_after(seq)]
    assert (EventKind.DISPUTE_UPDATED, dispute.id) in kinds
    assert not any(k == EventKind.DISPUTE_OPENED for k, _ in kinds)


def test_a_ceo_is_on_the_company_side(store: GraphStore, ingestor: Ingestor) -> None:
    one = Article("one")
    one.dispute(
        BRIGHTWALL,
        QUILL,
        "Brightwall says Quillsearch hides its crawler.",
        "Quillsearch says the report is wrong.",
    )
    one.ingest(ingestor)
    two = Article("two")
    two.role(RelType.LEADS, "Mara Holt", "Brightwall")
    two.dispute(
        (PERSON, "Mara Holt"),
        QUILL,
        "Holt says Quillsearch behaves like a scraper.",
        "Quillsearch says Holt misreads user requests.",
    )
    two.ingest(ingestor)
    (dispute,) = disputes(store)
    assert articles_of(store, dispute) == {one.id, two.id}
    assert set(dispute.get("parties")) == {"Brightwall", "Quillsearch", "Mara Holt"}


def test_a_surname_alone_joins_the_side_of_the_stored_person(
    store: GraphStore, ingestor: Ingestor
) -> None:
    one = Article("one")
    one.role(RelType.WORKS_FOR, "Mara Holt", "Brightwall")
    one.dispute(
        BRIGHTWALL,
        QUILL,
        "Brightwall says Quillsearch hides its crawler.",
        "Quillsearch says the report is wrong.",
    )
    one.ingest(ingestor)
    two = Article("two")
    # "Holt" is a person of its own in this article (no stored alias says otherwise)
    two.dispute(
        (PERSON, "Holt"),
        QUILL,
        "Holt says Quillsearch ignores robots files.",
        "Quillsearch calls the claim a stunt.",
    )
    two.ingest(ingestor)
    (dispute,) = disputes(store)
    assert articles_of(store, dispute) == {one.id, two.id}


def test_a_surname_of_someone_on_neither_side_merges_nothing(
    store: GraphStore, ingestor: Ingestor
) -> None:
    one = Article("one")
    one.role(RelType.WORKS_FOR, "Mara Holt", "Harbor Mesh")
    one.dispute(
        BRIGHTWALL,
        QUILL,
        "Brightwall says Quillsearch hides its crawler.",
        "Quillsearch says the report is wrong.",
    )
    one.ingest(ingestor)
    two = Article("two")
    two.dispute(
        (PERSON, "Holt"),
        QUILL,
        "Holt says Quillsearch ignores robots files.",
        "Quillsearch calls the claim a stunt.",
    )
    two.ingest(ingestor)
    assert len(disputes(store)) == 2


@pytest.mark.parametrize(("short", "merged"), [("Gazette", True), ("Harbor", False)])
def test_a_newspaper_named_by_its_last_word_joins_the_stored_newspapers_side(
    store: GraphStore, ingestor: Ingestor, short: str, merged: bool
) -> None:
    # "the Gazette" in a later article is "The Halvern Gazette" of an earlier one; a
    # word that names no newspaper ("Harbor" for "Harbor Mesh") joins nothing
    full = "The Halvern Gazette" if merged else "Harbor Mesh"
    one = Article("one")
    one.dispute(
        (ORG, full),
        QUILL,
        f"{full} says Quillsearch copied its articles.",
        "Quillsearch says training on articles is fair use.",
    )
    one.ingest(ingestor)
    two = Article("two")
    two.dispute(
        (ORG, short),
        QUILL,
        f"The {short} says Quillsearch's motion is a distraction.",
        "Quillsearch says the examples were cherry-picked.",
    )
    two.ingest(ingestor)
    assert len(disputes(store)) == (1 if merged else 2)


def test_other_sides_are_another_dispute(store: GraphStore, ingestor: Ingestor) -> None:
    one = Article("one")
    one.dispute(
        BRIGHTWALL,
        QUILL,
        "Brightwall says Quillsearch hides its crawler.",
        "Quillsearch says the report is wrong.",
    )
    one.ingest(ingestor)
    two = Article("two")
    two.dispute(
        BRIGHTWALL,
        HARBOR,
        "Brightwall says Harbor Mesh copied its cache.",
        "Harbor Mesh says its cache is its own.",
    )
    two.ingest(ingestor)
    assert len(disputes(store)) == 2


def test_two_people_of_one_company_disputing_keep_two_sides(
    store: GraphStore, ingestor: Ingestor
) -> None:
    for name in ("one", "two"):
        a = Article(name)
        a.role(RelType.WORKS_FOR, "Mara Holt", "Brightwall")
        a.role(RelType.WORKS_FOR, "Ivo Brandt", "Brightwall")
        a.dispute(
            (PERSON, "Mara Holt"),
            (PERSON, "Ivo Brandt"),
            f"Holt says the crawler audit in {name} was rushed.",
            f"Brandt says the audit in {name} was not rushed.",
        )
        a.ingest(ingestor)
    (dispute,) = disputes(store)
    assert len(articles_of(store, dispute)) == 2
    c = Article("three")
    c.role(RelType.WORKS_FOR, "Mara Holt", "Brightwall")
    c.dispute(
        (PERSON, "Mara Holt"),
        QUILL,
        "Holt says Quillsearch hides its crawler.",
        "Quillsearch says Holt is wrong.",
    )
    c.ingest(ingestor)
    assert len(disputes(store)) == 2  # Holt against Brandt is not Holt against Quillsearch


def test_a_later_denial_of_a_stored_accusation_opens_a_dispute_without_a_shared_topic(
    store: GraphStore, ingestor: Ingestor
) -> None:
    one = Article("one")
    accusation = one.claim(
        BRIGHTWALL, "Brightwall says Quillsearch hides its crawler.", [QUILL], "accusation"
    )
    one.ingest(ingestor)
    two = Article("two", "2025-01-02T00:00:00Z")
    denial = two.claim(QUILL, "Quillsearch rejected what Brightwall said.", [BRIGHTWALL], "denial")
    two.ingest(ingestor)
    (dispute,) = disputes(store)
    involved = {r.target for r in store.relationships_of([dispute.id], [RelType.INVOLVES], "out")}
    assert involved == {accusation, denial}


def test_a_resolved_dispute_is_not_reopened_by_a_new_article(
    store: GraphStore, ingestor: Ingestor
) -> None:
    one = Article("one")
    did = one.dispute(
        BRIGHTWALL,
        QUILL,
        "Brightwall says Quillsearch hides its crawler.",
        "Quillsearch says the report is wrong.",
    )
    one.ingest(ingestor)
    store.apply(GraphBatch(nodes=[Node(did, Label.DISPUTE, {"status": "resolved"})]))
    two = Article("two")
    two.dispute(
        BRIGHTWALL,
        QUILL,
        "Brightwall accuses Quillsearch of rotating addresses.",
        "Quillsearch denies rotating anything.",
    )
    two.ingest(ingestor)
    assert sorted(str(d.get("status")) for d in disputes(store)) == ["open", "resolved"]


def test_one_article_with_two_disputes_between_the_same_sides_writes_one(
    store: GraphStore, ingestor: Ingestor
) -> None:
    one = Article("one")
    one.role(RelType.LEADS, "Mara Holt", "Brightwall")
    one.dispute(
        BRIGHTWALL,
        QUILL,
        "Brightwall says Quillsearch hides its crawler.",
        "Quillsearch says the report is wrong.",
    )
    one.dispute(
        (PERSON, "Mara Holt"),
        QUILL,
        "Holt says Quillsearch behaves like a scraper.",
        "Quillsearch says Holt misreads user requests.",
    )
    one.ingest(ingestor)
    (dispute,) = disputes(store)
    assert len(store.relationships_of([dispute.id], [RelType.INVOLVES], "out")) == 4


# ---------------------------------------------------------------- names and renames


def test_a_name_written_two_ways_is_one_entity(store: GraphStore, ingestor: Ingestor) -> None:
    one = Article("one")
    one.claim((ORG, "NotBoring Software"), "NotBoring Software says the tool copies apps.")
    one.ingest(ingestor)
    two = Article("two")
    two.claim((ORG, "Not Boring Software"), "Not Boring Software repeats that it copies.")
    two.ingest(ingestor)
    (org,) = store.find(Label.ORGANIZATION, limit=None)
    assert org.name == "NotBoring Software"
    assert "Not Boring Software" in org.get("aliases")


def renamed(article: Article, new: str, old: str) -> str:
    """What to_graph writes for "NEW, formerly OLD": one entity under the new name."""
    eid = article.entity(ORG, new, aliases=[old])
    node = next(n for n in article.batch.nodes if n.id == eid)
    props = {**node.properties, "formerNames": [old], "absorbedIds": [entity_id(ORG, old)]}
    article.batch.nodes[article.batch.nodes.index(node)] = Node(eid, ORG, props)
    return eid


def test_a_rename_absorbs_the_entity_stored_under_the_old_name_and_keeps_it(
    store: GraphStore, ingestor: Ingestor
) -> None:
    one = Article("one")
    one.claim((ORG, "Chirp"), "Chirp says its feed is fine.")
    one.ingest(ingestor)
    chirp = entity_id(ORG, "Chirp")
    two = Article("two")
    kept = renamed(two, "Zed", "Chirp")
    two.claim((ORG, "Zed"), "Zed says the new feed is better.")
    two.ingest(ingestor)
    assert store.get_node(chirp) is None
    claims = store.relationships_of([kept], [RelType.ASSERTS], "out")
    assert {one.claims["Chirp says its feed is fine."]} < {r.target for r in claims}
    three = Article("three")
    three.claim((ORG, "Chirp"), "Chirp is still called Chirp by some.")
    three.ingest(ingestor)
    assert store.get_node(chirp) is None
    assert len(store.relationships_of([kept], [RelType.ASSERTS], "out")) == 3
    node = store.get_node(kept)
    assert node is not None and node.name == "Zed" and "Chirp" in node.get("aliases")


def test_a_rename_can_be_split_again_by_an_analyst(store: GraphStore, ingestor: Ingestor) -> None:
    from api.curation import split_entity

    one = Article("one")
    one.claim((ORG, "Chirp"), "Chirp says its feed is fine.")
    one.ingest(ingestor)
    two = Article("two")
    kept = renamed(two, "Zed", "Chirp")
    two.ingest(ingestor)
    split_entity(store, kept, entity_id(ORG, "Chirp"))
    restored = store.get_node(entity_id(ORG, "Chirp"))
    assert restored is not None and restored.name == "Chirp"


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("She posted on Zed (formerly Chirp), warning others.", [("Zed", "Chirp")]),
        ("Lumo, now Lumora, is the assistant.", [("Lumora", "Lumo")]),
        ("Today Zed, formerly known as Chirp, said so.", [("Zed", "Chirp")]),
        ("The lab rebranded Lumo as Lumora in March.", [("Lumora", "Lumo")]),
        ("Mara Holt, now CEO of Brightwall, said so.", []),
        ("Brightwall, now Quillsearch's rival, said so.", []),
        ("Mara Holt, formerly of Brightwall, said so.", []),
    ],
)
def test_rename_phrases(text: str, pairs: list[tuple[str, str]]) -> None:
    assert [(r.new, r.old) for r in find_renames(text)] == pairs


# ---------------------------------------------------------------- the API


@pytest.fixture
def api(store: GraphStore) -> Iterator[tuple[ApiServer, World]]:
    world = sample_world(store)
    with ApiServer(store) as server:
        yield server, world


def data(result: dict) -> dict:
    assert "errors" not in result, result.get("errors")
    return result["data"]


def test_disputes_of_an_organisation_can_include_its_peoples_flagged(
    api: tuple[ApiServer, World],
) -> None:
    query = '{ disputes(entity: "Meta"%s) { totalCount nodes { topic viaAffiliate } } }'
    own = data(api[0].gql(query % ""))["disputes"]
    assert own["nodes"] == [{"topic": "open weights and safety", "viaAffiliate": False}]
    # Yann LeCun works for Meta: his dispute with Altman is findable from Meta, flagged.
    wider = data(api[0].gql(query % ", includeAffiliated: true"))["disputes"]
    assert wider["totalCount"] == 2
    assert wider["nodes"] == [
        {"topic": "whether LLMs reach human-level intelligence", "viaAffiliate": True},
        {"topic": "open weights and safety", "viaAffiliate": False},
    ]
    # Altman leads OpenAI, which is itself in both: nothing is flagged there.
    openai = data(
        api[0].gql(
            '{ disputes(entity: "OpenAI", includeAffiliated: true, status: OPEN) '
            "{ nodes { viaAffiliate } } }"
        )
    )["disputes"]
    assert openai["nodes"] == [{"viaAffiliate": False}]
