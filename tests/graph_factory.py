"""Build small, hand-written graphs for API tests (no extractor involved).

:class:`GraphBuilder` writes records the way ingestion does (same ids,
properties and relationship types) so the API is tested against realistic
shapes; :func:`sample_world` is the shared little world most tests query:

- Yann LeCun (alias "LeCun") works for Meta; Sam Altman leads OpenAI;
- OpenAI develops GPT-4, Meta develops Llama 3; both evaluated on MMLU with
  different variants (a benchmark-variant inconsistency);
- LeCun claims "LLMs will not reach human-level intelligence"; Altman
  disputes it; Gary Marcus supports LeCun; one open dispute;
- a second, resolved dispute between Meta and OpenAI about open weights.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from graph.model import (
    EventKind,
    GraphBatch,
    Label,
    Node,
    Properties,
    Relationship,
    RelType,
    article_id,
    content_hash,
    entity_id,
    hashed_id,
    provenance,
    relationship_id,
)
from graph.store import GraphStore


@dataclass
class GraphBuilder:
    """Accumulates nodes and relationships; :meth:`batch` returns them."""

    nodes: dict[str, Node] = field(default_factory=dict)
    rels: dict[str, Relationship] = field(default_factory=dict)
    events: list = field(default_factory=list)

    # ----------------------------------------------------------- entities

    def entity(self, label: Label, name: str, **props: object) -> str:
        node_id = entity_id(label, name)
        properties: Properties = {"name": name, "aliases": list(props.pop("aliases", []) or [])}
        properties.update(props)  # type: ignore[arg-type]
        self.nodes[node_id] = Node(node_id, label, properties)
        return node_id

    def person(self, name: str, **props: object) -> str:
        return self.entity(Label.PERSON, name, **props)

    def org(self, name: str, kind: str = "company", **props: object) -> str:
        return self.entity(Label.ORGANIZATION, name, kind=kind, **props)

    def model(self, name: str, **props: object) -> str:
        return self.entity(Label.MODEL, name, **props)

    def benchmark(self, name: str, **props: object) -> str:
        return self.entity(Label.BENCHMARK, name, **props)

    def rel(
        self, rel_type: RelType, source: str, target: str, key: str = "", **props: object
    ) -> str:
        rid = relationship_id(rel_type, source, target, key)
        self.rels[rid] = Relationship(rid, rel_type, source, target, dict(props))  # type: ignore[arg-type]
        return rid

    # ----------------------------------------------------------- text records

    def article(
        self,
        text: str,
        *,
        url: str,
        outlet: str = "Example News",
        published_at: str = "2024-05-01T09:00:00Z",
        title: str | None = None,
        mentions: tuple[str, ...] = (),
    ) -> str:
        aid = article_id(content_hash(text))
        self.nodes[aid] = Node(
            aid,
            Label.ARTICLE,
            {
                "url": url,
                "title": title or text[:40],
                "outlet": outlet,
                "publishedAt": published_at,
                "contentHash": content_hash(text),
                "text": text,
            },
        )
        for entity in mentions:
            self.rel(RelType.MENTIONS, aid, entity)
        return aid

    def claim(
        self,
        claimant: str,
        text: str,
        *,
        article: str,
        about: tuple[str, ...] = (),
        kind: str = "assertion",
        quote: str | None = None,
        start: int = 0,
        published_at: str | None = None,
    ) -> str:
        art = self.nodes[article]
        end = start + len(text)
        published = published_at or str(art.get("publishedAt"))
        cid = hashed_id(Label.CLAIM, claimant, text)
        props: Properties = {
            "text": text,
            "quote": quote,
            "kind": kind,
            "cue": "said",
            "start": start,
            "end": end,
            "articleId": article,
            "publishedAt": published,
            "confidence": 0.9,
        }
        props.update(provenance(article, start, end, published))
        self.nodes[cid] = Node(cid, Label.CLAIM, props)
        self.rel(RelType.ASSERTS, claimant, cid)
        self.rel(RelType.REPORTS, article, cid)
        for target in about:
            self.rel(RelType.ABOUT, cid, target)
        return cid

    def dispute(
        self,
        topic: str,
        claims: tuple[str, ...],
        *,
        concerns: tuple[str, ...] = (),
        status: str = "open",
        opened_at: str = "2024-05-01T09:00:00Z",
        updated_at: str | None = None,
        note: str | None = None,
    ) -> str:
        did = hashed_id(Label.DISPUTE, topic, *sorted(claims))
        self.nodes[did] = Node(
            did,
            Label.DISPUTE,
            {
                "topic": topic,
                "status": status,
                "openedAt": opened_at,
                "updatedAt": updated_at or opened_at,
                "resolutionNote": note,
            },
        )
        for claim in claims:
            self.rel(RelType.INVOLVES, did, claim)
        for entity in concerns:
            self.rel(RelType.CONCERNS, did, entity)
        return did

    def batch(self) -> GraphBatch:
        return GraphBatch(
            nodes=list(self.nodes.values()),
            relationships=list(self.rels.values()),
            events=list(self.events),
        )

    def write(self, store: GraphStore) -> None:
        store.apply(self.batch())


@dataclass
class World:
    """Ids of the sample world's records, for assertions."""

    ids: dict[str, str]

    def __getitem__(self, key: str) -> str:
        return self.ids[key]


def sample_world(store: GraphStore) -> World:
    """Write the shared sample world (see the module docstring) into ``store``."""
    g = GraphBuilder()
    ids: dict[str, str] = {}
    ids["lecun"] = g.person("Yann LeCun", aliases=["LeCun"])
    ids["altman"] = g.person("Sam Altman", aliases=["Altman"])
    ids["marcus"] = g.person("Gary Marcus", aliases=["Marcus"])
    ids["meta"] = g.org("Meta", aliases=["Meta Platforms", "Facebook"])
    ids["openai"] = g.org("OpenAI", kind="lab")
    ids["gpt4"] = g.model("GPT-4", family="GPT", version="4")
    ids["llama"] = g.model("Llama 3", family="Llama", version="3")
    ids["mmlu"] = g.benchmark("MMLU")
    g.rel(RelType.WORKS_FOR, ids["lecun"], ids["meta"], role="chief AI scientist", since="2013")
    g.rel(RelType.LEADS, ids["altman"], ids["openai"], role="CEO")
    g.rel(RelType.DEVELOPS, ids["openai"], ids["gpt4"])
    g.rel(RelType.DEVELOPS, ids["meta"], ids["llama"])
    g.rel(
        RelType.EVALUATED_ON,
        ids["gpt4"],
        ids["mmlu"],
        "5-shot",
        score=86.4,
        metric="accuracy",
        variant="5-shot",
        reportedBy=ids["openai"],
    )
    g.rel(
        RelType.EVALUATED_ON,
        ids["llama"],
        ids["mmlu"],
        "0-shot",
        score=79.5,
        metric="accuracy",
        variant="0-shot",
        reportedBy=ids["meta"],
    )
    g.rel(
        RelType.EVALUATED_ON,
        ids["llama"],
        ids["mmlu"],
        "0-shot-b",
        score=82.0,
        metric="accuracy",
        variant="0-shot",
        reportedBy="Independent lab",
    )

    t1 = (
        "Yann LeCun said large language models will not reach human-level intelligence. "
        "Sam Altman, OpenAI's chief, disagreed."
    )
    ids["a1"] = g.article(
        t1,
        url="https://news.example/lecun-llms",
        outlet="Example News",
        published_at="2024-05-01T09:00:00Z",
        title="LeCun doubts LLMs",
        mentions=(ids["lecun"], ids["altman"], ids["openai"]),
    )
    ids["c_lecun"] = g.claim(
        ids["lecun"],
        "Large language models will not reach human-level intelligence.",
        article=ids["a1"],
        about=(ids["openai"],),
        kind="prediction",
        start=0,
    )
    t2 = "Sam Altman denied that LLMs have hit a wall. Gary Marcus backed LeCun's view a day later."
    ids["a2"] = g.article(
        t2,
        url="https://other.example/altman-reply",
        outlet="Other Times",
        published_at="2024-05-03T12:00:00Z",
        title="Altman replies",
        mentions=(ids["altman"], ids["marcus"], ids["lecun"]),
    )
    ids["c_altman"] = g.claim(
        ids["altman"],
        "LLMs have not hit a wall.",
        article=ids["a2"],
        about=(ids["lecun"],),
        kind="denial",
        quote="have not hit a wall",
        start=0,
    )
    ids["c_marcus"] = g.claim(
        ids["marcus"],
        "LeCun is right about LLMs.",
        article=ids["a2"],
        about=(ids["lecun"],),
        start=45,
        published_at="2024-05-04T08:00:00Z",
    )
    g.rel(RelType.DISPUTES, ids["c_altman"], ids["c_lecun"], kind="denies")
    g.rel(RelType.SUPPORTS, ids["c_marcus"], ids["c_lecun"])
    ids["d_llm"] = g.dispute(
        "whether LLMs reach human-level intelligence",
        (ids["c_lecun"], ids["c_altman"], ids["c_marcus"]),
        concerns=(ids["openai"],),
        opened_at="2024-05-03T12:00:00Z",
        updated_at="2024-05-04T08:00:00Z",
    )

    t3 = "Meta said open weights make AI safer. OpenAI said they do not."
    ids["a3"] = g.article(
        t3,
        url="https://news.example/open-weights",
        outlet="Example News",
        published_at="2024-04-10T10:00:00Z",
        title="Open weights row",
        mentions=(ids["meta"], ids["openai"]),
    )
    ids["c_meta"] = g.claim(
        ids["meta"],
        "Open weights make AI safer.",
        article=ids["a3"],
        about=(ids["openai"],),
        start=0,
    )
    ids["c_openai"] = g.claim(
        ids["openai"],
        "Open weights do not make AI safer.",
        article=ids["a3"],
        about=(ids["meta"],),
        kind="denial",
        start=37,
    )
    g.rel(RelType.DISPUTES, ids["c_openai"], ids["c_meta"], kind="contradicts")
    ids["d_weights"] = g.dispute(
        "open weights and safety",
        (ids["c_meta"], ids["c_openai"]),
        concerns=(ids["meta"], ids["openai"]),
        status="resolved",
        opened_at="2024-04-10T10:00:00Z",
        updated_at="2024-04-20T10:00:00Z",
        note="Both sides agreed to disagree.",
    )
    g.write(store)
    return World(ids)


def many_claims(store: GraphStore, count: int, claimants: int = 10) -> list[str]:
    """``count`` claims by ``claimants`` people across ``count // 5 + 1`` articles."""
    g = GraphBuilder()
    people = [g.person(f"Person {i:03d}") for i in range(claimants)]
    articles = [
        g.article(
            f"Article number {i} text body.",
            url=f"https://bulk.example/{i}",
            published_at=f"2024-01-{1 + i % 28:02d}T00:00:00Z",
        )
        for i in range(count // 5 + 1)
    ]
    ids = [
        g.claim(people[i % claimants], f"Bulk claim number {i}.", article=articles[i // 5])
        for i in range(count)
    ]
    g.write(store)
    return ids


def add_meta_disputes(store: GraphStore, world: World) -> None:
    """Two new disputes between Meta and Gary Marcus (Meta becomes most disputed)."""
    g = GraphBuilder()
    article = g.article("Meta and Gary Marcus argued again.", url="https://news.example/again")
    claims = (
        g.claim(world["meta"], "Llama is open.", article=article),
        g.claim(world["marcus"], "Llama is not open.", article=article),
    )
    for topic in ("openness of Llama", "Llama licence"):
        dispute = g.dispute(topic, claims, concerns=(world["meta"],))
        g.events.append((EventKind.DISPUTE_OPENED, dispute, {}))
    g.write(store)
