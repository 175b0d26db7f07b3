"""GraphQL object types over graph records.

Each type wraps one stored record (``strawberry.Private``) and resolves its
fields lazily through the request's DataLoaders (:mod:`api.context`), so a
field that is not selected costs nothing and a list of N objects costs the
same number of store calls as one.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from enum import Enum
from typing import Any

import strawberry
from strawberry.scalars import JSON
from strawberry.types import Info

from api import queries
from api.connections import (
    AfterArg,
    Connection,
    FirstArg,
    build_connection,
    page_window,
)
from api.context import Context
from api.pagination import Page, slice_page
from graph import model as gm
from graph.model import Label, RelType

# ---------------------------------------------------------------- enums


@strawberry.enum(description="The kinds of named entity in the graph.")
class EntityType(Enum):
    PERSON = "Person"
    ORGANIZATION = "Organization"
    MODEL = "Model"
    BENCHMARK = "Benchmark"


ClaimKind = strawberry.enum(gm.ClaimKind, description="What a claim does.")
DisputeStatus = strawberry.enum(gm.DisputeStatus, description="Whether a dispute is settled.")


@strawberry.enum(description="What happened at one point of an entity's timeline.")
class TimelineKind(Enum):
    CLAIM_MADE = "claimMade"
    CLAIMED_ABOUT = "claimedAbout"
    MENTIONED = "mentioned"
    DISPUTE_OPENED = "disputeOpened"
    DISPUTE_RESOLVED = "disputeResolved"


# ---------------------------------------------------------------- connections


def to_connection(page: Page[Any], wrap: Callable[[Any], Any] | None = None) -> Connection[Any]:
    """A connection of GraphQL objects (stored nodes are wrapped by label)."""
    return build_connection(page, wrap or wrap_node)


def local_connection(
    info: Info, nodes: Sequence[gm.Node], first: int | None, after: str | None
) -> Connection[Any]:
    """Page a list already in hand (ordered) into a connection."""
    return to_connection(slice_page(nodes, page_window(info, first, after)))


# ---------------------------------------------------------------- small values


@strawberry.type(description="A character span of an article's text.")
class Span:
    start: int
    end: int


@strawberry.type(description="Where something was read: an article and a character span.")
class Evidence:
    article_id: strawberry.ID
    start: int
    end: int

    @strawberry.field
    async def article(self, info: Info[Context, None]) -> Article | None:
        node = await info.context.node(self.article_id)
        return Article(node=node) if node else None

    @strawberry.field(description="The evidence text, when the article's text is stored.")
    async def text(self, info: Info[Context, None]) -> str | None:
        node = await info.context.node(self.article_id)
        body = node.get("text") if node else None
        return body[self.start : self.end] if isinstance(body, str) else None


def evidence_of(record: gm.Node | gm.Relationship) -> list[Evidence]:
    return [
        Evidence(article_id=strawberry.ID(s.article), start=s.start, end=s.end)
        for s in queries.evidence_spans(record)
    ]


def _str(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _strs(value: object) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list) else []


def _float(value: object) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


# ---------------------------------------------------------------- interfaces


@strawberry.interface(name="Node", description="Anything with a global id.")
class GraphNode:
    node: strawberry.Private[gm.Node]

    @strawberry.field
    def id(self) -> strawberry.ID:
        return strawberry.ID(self.node.id)


async def _entities(info: Info[Context, None], ids: Iterable[str]) -> list[Entity]:
    nodes = await info.context.nodes_of(gm.unique(ids))
    return [wrap_node(n) for n in nodes if n.label in gm.ENTITY_LABELS]


async def _claims(info: Info[Context, None], ids: Iterable[str]) -> list[gm.Node]:
    nodes = await info.context.nodes_of(gm.unique(ids))
    return [n for n in nodes if n.label == Label.CLAIM]


async def claimants_of(
    info: Info[Context, None], claim_ids: Sequence[str]
) -> dict[str, list[gm.Node]]:
    """Who asserted each claim (one batched relationship and node lookup)."""
    rels = await info.context.rels.load_many(list(claim_ids))
    pairs = [
        (cid, r.source)
        for cid, rs in zip(claim_ids, rels, strict=True)
        for r in rs
        if r.type == RelType.ASSERTS and r.target == cid
    ]
    nodes = {n.id: n for n in await info.context.nodes_of(gm.unique(p[1] for p in pairs))}
    out: dict[str, list[gm.Node]] = {cid: [] for cid in claim_ids}
    for cid, who in pairs:
        if who in nodes:
            out[cid].append(nodes[who])
    return out


@strawberry.interface(description="A named person, organisation, model or benchmark.")
class Entity(GraphNode):
    @strawberry.field
    def name(self) -> str:
        return self.node.name or self.node.id

    @strawberry.field
    def aliases(self) -> list[str]:
        return _strs(self.node.get("aliases"))

    @strawberry.field
    def type(self) -> EntityType:
        return EntityType(self.node.label.value)

    @strawberry.field
    def first_seen(self) -> str | None:
        return _str(self.node.get("firstSeen"))

    @strawberry.field
    def last_seen(self) -> str | None:
        return _str(self.node.get("lastSeen"))

    @strawberry.field(description="Ids of entities merged into this one (undo with splitEntity).")
    def merged_from(self) -> list[str]:
        ids = []
        for raw in _strs(self.node.get("mergedFrom")):
            try:
                ids.append(str(json.loads(raw)["node"]["id"]))
            except (ValueError, KeyError, TypeError):
                continue
        return ids

    @strawberry.field(description="Claims this entity made, newest first.")
    async def claims_made(
        self, info: Info[Context, None], first: FirstArg = None, after: AfterArg = None
    ) -> Connection[Claim]:
        return await _claim_page(info, self.node.id, RelType.ASSERTS, "out", first, after)

    @strawberry.field(description="Claims about this entity, newest first.")
    async def claims_about(
        self, info: Info[Context, None], first: FirstArg = None, after: AfterArg = None
    ) -> Connection[Claim]:
        return await _claim_page(info, self.node.id, RelType.ABOUT, "in", first, after)

    @strawberry.field(description="Disputes this entity is a party to or concerned by.")
    async def disputes(
        self,
        info: Info[Context, None],
        status: DisputeStatus | None = None,
        first: FirstArg = None,
        after: AfterArg = None,
    ) -> Connection[Dispute]:
        win = page_window(info, first, after)
        nodes, total = await info.context.run(
            queries.entity_disputes_page,
            info.context.store,
            self.node.id,
            None if status is None else status.value,
            win.offset,
            win.limit,
        )
        return to_connection(Page(items=nodes, offset=win.offset, total=total))

    @strawberry.field(description="Articles mentioning this entity, newest first.")
    async def articles(
        self, info: Info[Context, None], first: FirstArg = None, after: AfterArg = None
    ) -> Connection[Article]:
        pairs = await info.context.neighbours(self.node.id, RelType.MENTIONS, "in")
        nodes = await info.context.nodes_of(gm.unique(o for _, o in pairs))
        return local_connection(info, queries.newest_first(nodes, "publishedAt"), first, after)

    @strawberry.field(
        description="Relationships to other entities (roles, models, investments...)."
    )
    async def relations(
        self, info: Info[Context, None], types: list[str] | None = None
    ) -> list[Relation]:
        rels = await info.context.rels.load(self.node.id)
        others = {
            n.id: n
            for n in await info.context.nodes_of(
                gm.unique(r.target if r.source == self.node.id else r.source for r in rels)
            )
        }
        out = []
        for rel in rels:
            other = others.get(rel.target if rel.source == self.node.id else rel.source)
            if other is None or other.label not in gm.ENTITY_LABELS:
                continue
            if types and rel.type.value not in types:
                continue
            out.append(Relation.from_rel(rel, other, outgoing=rel.source == self.node.id))
        return out

    @strawberry.field(
        description="Dated events from its claims, articles and disputes, oldest first."
    )
    async def timeline(
        self, info: Info[Context, None], first: FirstArg = None, after: AfterArg = None
    ) -> Connection[TimelineEvent]:
        events = await _timeline(info, self.node)
        page = slice_page(events, page_window(info, first, after))
        return to_connection(page, wrap=lambda event: event)


async def _dispute_ids_of_entity(info: Info[Context, None], entity: str) -> set[str]:
    # One ordered store query along typed paths: a hub's thousands of MENTIONS
    # and its claims' other edges are never loaded just to find its disputes.
    return await info.context.run(queries.disputes_of_entity, info.context.store, entity)


async def _claim_page(
    info: Info[Context, None],
    entity: str,
    rel_type: RelType,
    direction: gm.Direction,
    first: int | None,
    after: str | None,
) -> Connection[Claim]:
    """A page of an entity's claims, newest first, fetching only the page's nodes."""
    win = page_window(info, first, after)
    order = info.context.app.services.claim_order
    nodes, total = await info.context.run(
        order.page, info.context.store, entity, rel_type, direction, win.offset, win.limit
    )
    return to_connection(Page(items=nodes, offset=win.offset, total=total))


@strawberry.type(description="One dated event in an entity's history.")
class TimelineEvent:
    date: str
    kind: TimelineKind
    summary: str
    claim_id: strawberry.Private[str | None] = None
    article_id: strawberry.Private[str | None] = None
    dispute_id: strawberry.Private[str | None] = None

    @strawberry.field
    async def claim(self, info: Info[Context, None]) -> Claim | None:
        node = await info.context.node(self.claim_id)
        return Claim(node=node) if node else None

    @strawberry.field
    async def article(self, info: Info[Context, None]) -> Article | None:
        node = await info.context.node(self.article_id)
        return Article(node=node) if node else None

    @strawberry.field
    async def dispute(self, info: Info[Context, None]) -> Dispute | None:
        node = await info.context.node(self.dispute_id)
        return Dispute(node=node) if node else None


async def _timeline(info: Info[Context, None], entity: gm.Node) -> list[TimelineEvent]:
    rels = await info.context.rels.load(entity.id)
    made = [r.target for r in rels if r.type == RelType.ASSERTS and r.source == entity.id]
    about = [r.source for r in rels if r.type == RelType.ABOUT and r.target == entity.id]
    mentioned = [r.source for r in rels if r.type == RelType.MENTIONS and r.target == entity.id]
    dispute_ids = await _dispute_ids_of_entity(info, entity.id)
    nodes = {
        n.id: n
        for n in await info.context.nodes_of(
            gm.unique([*made, *about, *mentioned, *sorted(dispute_ids)])
        )
    }
    events: list[TimelineEvent] = []
    for cid in gm.unique(made):
        claim = nodes.get(cid)
        if claim and queries.claim_date(claim):
            events.append(
                TimelineEvent(
                    date=str(queries.claim_date(claim)),
                    kind=TimelineKind.CLAIM_MADE,
                    summary=str(claim.get("text") or ""),
                    claim_id=cid,
                    article_id=_str(claim.get("articleId")),
                )
            )
    for cid in gm.unique(c for c in about if c not in made):
        claim = nodes.get(cid)
        if claim and queries.claim_date(claim):
            events.append(
                TimelineEvent(
                    date=str(queries.claim_date(claim)),
                    kind=TimelineKind.CLAIMED_ABOUT,
                    summary=str(claim.get("text") or ""),
                    claim_id=cid,
                    article_id=_str(claim.get("articleId")),
                )
            )
    for aid in gm.unique(mentioned):
        article = nodes.get(aid)
        if article and _str(article.get("publishedAt")):
            events.append(
                TimelineEvent(
                    date=str(article.get("publishedAt")),
                    kind=TimelineKind.MENTIONED,
                    summary=str(article.get("title") or article.get("url") or aid),
                    article_id=aid,
                )
            )
    for did in sorted(dispute_ids):
        dispute = nodes.get(did)
        if dispute is None:
            continue
        topic = queries.topic_text(dispute) or did
        if _str(dispute.get("openedAt")):
            events.append(
                TimelineEvent(
                    date=str(dispute.get("openedAt")),
                    kind=TimelineKind.DISPUTE_OPENED,
                    summary=f"dispute opened: {topic}",
                    dispute_id=did,
                )
            )
        if dispute.get("status") == gm.DisputeStatus.RESOLVED and _str(dispute.get("updatedAt")):
            events.append(
                TimelineEvent(
                    date=str(dispute.get("updatedAt")),
                    kind=TimelineKind.DISPUTE_RESOLVED,
                    summary=f"dispute resolved: {topic}",
                    dispute_id=did,
                )
            )
    events.sort(key=lambda e: (e.date, e.kind.value, e.summary))
    return events


@strawberry.type(description="A relationship between two entities, seen from one of them.")
class Relation:
    type: str
    outgoing: bool
    properties: JSON
    evidence: list[Evidence]
    other_node: strawberry.Private[gm.Node]

    @strawberry.field
    def other(self) -> Entity:
        return wrap_node(self.other_node)

    @classmethod
    def from_rel(cls, rel: gm.Relationship, other: gm.Node, outgoing: bool) -> Relation:
        props = {k: v for k, v in rel.properties.items() if k not in {"evidence", "sourceArticles"}}
        return cls(
            type=rel.type.value,
            outgoing=outgoing,
            properties=props,
            evidence=evidence_of(rel),
            other_node=other,
        )


@strawberry.type(description="A person's role at an organisation (WORKS_FOR, LEADS, FOUNDED).")
class Role:
    relation: str
    title: str | None
    since: str | None
    until: str | None
    evidence: list[Evidence]
    person_node: strawberry.Private[gm.Node]
    organization_node: strawberry.Private[gm.Node]

    @strawberry.field
    def person(self) -> Entity:
        return wrap_node(self.person_node)

    @strawberry.field
    def organization(self) -> Entity:
        return wrap_node(self.organization_node)


ROLE_TYPES = (RelType.WORKS_FOR, RelType.LEADS, RelType.FOUNDED)


async def _roles(info: Info[Context, None], node: gm.Node, as_person: bool) -> list[Role]:
    rels = [
        r
        for r in await info.context.rels.load(node.id)
        if r.type in ROLE_TYPES and (r.source if as_person else r.target) == node.id
    ]
    others = {
        n.id: n
        for n in await info.context.nodes_of(
            gm.unique(r.target if as_person else r.source for r in rels)
        )
    }
    roles = []
    for rel in rels:
        other = others.get(rel.target if as_person else rel.source)
        if other is None:
            continue
        roles.append(
            Role(
                relation=rel.type.value,
                title=_str(rel.get("role")),
                since=_str(rel.get("since")),
                until=_str(rel.get("until")),
                evidence=evidence_of(rel),
                person_node=node if as_person else other,
                organization_node=other if as_person else node,
            )
        )
    return roles


@strawberry.type(description="A person.")
class Person(Entity):
    @strawberry.field(description="Organisations the person works for, leads or founded.")
    async def roles(self, info: Info[Context, None]) -> list[Role]:
        return await _roles(info, self.node, as_person=True)


@strawberry.type(description="A company, lab, university, publication...")
class Organization(Entity):
    @strawberry.field
    def kind(self) -> str | None:
        return _str(self.node.get("kind"))

    @strawberry.field(description="People who work for, lead or founded it.")
    async def people(self, info: Info[Context, None]) -> list[Role]:
        return await _roles(info, self.node, as_person=False)

    @strawberry.field(description="Organisations this one works for or belongs to.")
    async def roles(self, info: Info[Context, None]) -> list[Role]:
        return await _roles(info, self.node, as_person=True)

    @strawberry.field(description="Models it develops.")
    async def models(self, info: Info[Context, None]) -> list[Model]:
        pairs = await info.context.neighbours(self.node.id, RelType.DEVELOPS, "out")
        return [Model(node=n) for n in await info.context.nodes_of(gm.unique(o for _, o in pairs))]


@strawberry.type(description="A reported score of a model on a benchmark (EVALUATED_ON).")
class BenchmarkResult:
    rel: strawberry.Private[gm.Relationship]

    @strawberry.field
    def id(self) -> strawberry.ID:
        return strawberry.ID(self.rel.id)

    @strawberry.field(description="The score as a number (parsed from the text if needed).")
    def score(self) -> float | None:
        return queries.score_value(self.rel.get("score"))

    @strawberry.field(description='The score as reported, e.g. "86.4%".')
    def score_text(self) -> str | None:
        value = self.rel.get("score")
        return None if value is None else str(value)

    @strawberry.field
    def metric(self) -> str | None:
        return _str(self.rel.get("metric"))

    @strawberry.field
    def variant(self) -> str | None:
        return _str(self.rel.get("variant"))

    @strawberry.field(description="Who reported the result, as written.")
    def reported_by(self) -> str | None:
        return _str(self.rel.get("reportedBy"))

    @strawberry.field(description="The reporting entity, when it is in the graph.")
    async def reporter(self, info: Info[Context, None]) -> Entity | None:
        ref = _str(self.rel.get("reportedBy"))
        if not ref:
            return None
        node = await info.context.node(ref)
        return wrap_node(node) if node and node.label in gm.ENTITY_LABELS else None

    @strawberry.field
    def evidence(self) -> list[Evidence]:
        return evidence_of(self.rel)

    @strawberry.field
    async def model(self, info: Info[Context, None]) -> Entity | None:
        node = await info.context.node(self.rel.source)
        return wrap_node(node) if node else None

    @strawberry.field
    async def benchmark(self, info: Info[Context, None]) -> Entity | None:
        node = await info.context.node(self.rel.target)
        return wrap_node(node) if node else None


@strawberry.type(description="Results on one benchmark that are not comparable or contradict.")
class BenchmarkInconsistency:
    kind: str
    description: str
    results: list[BenchmarkResult]


@strawberry.type(description="An AI model.")
class Model(Entity):
    @strawberry.field
    def family(self) -> str | None:
        return _str(self.node.get("family"))

    @strawberry.field
    def version(self) -> str | None:
        return _str(self.node.get("version"))

    @strawberry.field
    def variant(self) -> str | None:
        return _str(self.node.get("variant"))

    @strawberry.field(description="Organisations developing it.")
    async def developers(self, info: Info[Context, None]) -> list[Organization]:
        pairs = await info.context.neighbours(self.node.id, RelType.DEVELOPS, "in")
        return [
            Organization(node=n)
            for n in await info.context.nodes_of(gm.unique(o for _, o in pairs))
        ]

    @strawberry.field(description="Models this one is a variant of.")
    async def variant_of(self, info: Info[Context, None]) -> list[Model]:
        pairs = await info.context.neighbours(self.node.id, RelType.VARIANT_OF, "out")
        return [Model(node=n) for n in await info.context.nodes_of(gm.unique(o for _, o in pairs))]

    @strawberry.field(description="Reported benchmark results.")
    async def results(self, info: Info[Context, None]) -> list[BenchmarkResult]:
        pairs = await info.context.neighbours(self.node.id, RelType.EVALUATED_ON, "out")
        return [BenchmarkResult(rel=r) for r, _ in pairs]


@strawberry.type(description="A benchmark models are evaluated on.")
class Benchmark(Entity):
    @strawberry.field(description="Reported results of every model on it.")
    async def results(
        self, info: Info[Context, None], variant: str | None = None
    ) -> list[BenchmarkResult]:
        pairs = await info.context.neighbours(self.node.id, RelType.EVALUATED_ON, "in")
        return [
            BenchmarkResult(rel=r)
            for r, _ in pairs
            if variant is None or r.get("variant") == variant
        ]

    @strawberry.field(description="Variant mixes and conflicting scores among its results.")
    async def inconsistencies(self, info: Info[Context, None]) -> list[BenchmarkInconsistency]:
        pairs = await info.context.neighbours(self.node.id, RelType.EVALUATED_ON, "in")
        models = await info.context.nodes_of(gm.unique(r.source for r, _ in pairs))
        names = {m.id: m.name or m.id for m in models}
        found = queries.benchmark_inconsistencies(self.node, [r for r, _ in pairs], names)
        return [
            BenchmarkInconsistency(
                kind=i.kind,
                description=i.description,
                results=[BenchmarkResult(rel=r) for r in i.results],
            )
            for i in found
        ]


# ---------------------------------------------------------------- claims


@strawberry.type(description="Something someone said, with where it was read.")
class Claim(GraphNode):
    @strawberry.field(description="The claim as a sentence (the evidence sentence).")
    def text(self) -> str:
        return str(self.node.get("text") or "")

    @strawberry.field(description="The source sentence the claim was read from.")
    def source_sentence(self) -> str:
        return str(self.node.get("sentence") or self.node.get("text") or "")

    @strawberry.field(description="The directly quoted words, if any.")
    def quote(self) -> str | None:
        return _str(self.node.get("quote"))

    @strawberry.field
    def kind(self) -> ClaimKind | None:
        try:
            return gm.ClaimKind(self.node.get("kind"))
        except ValueError:
            return None

    @strawberry.field(description="The reporting verb or cue that marked the claim.")
    def cue(self) -> str | None:
        return _str(self.node.get("cue"))

    @strawberry.field
    def confidence(self) -> float | None:
        return _float(self.node.get("confidence"))

    @strawberry.field
    def published_at(self) -> str | None:
        return queries.claim_date(self.node)

    @strawberry.field(description="Character span of the sentence in its article.")
    def span(self) -> Span | None:
        start, end = self.node.get("start"), self.node.get("end")
        if isinstance(start, int) and isinstance(end, int):
            return Span(start=start, end=end)
        return None

    @strawberry.field(description="Every sighting of this claim (article and span).")
    def evidence(self) -> list[Evidence]:
        return evidence_of(self.node)

    @strawberry.field(description="The article the claim was first read in.")
    async def article(self, info: Info[Context, None]) -> Article | None:
        article_id = _str(self.node.get("articleId"))
        if article_id is None:
            pairs = await info.context.neighbours(self.node.id, RelType.REPORTS, "in")
            article_id = pairs[0][1] if pairs else None
        node = await info.context.node(article_id)
        return Article(node=node) if node else None

    @strawberry.field(
        description="Who made the claim; null when the source is unnamed (see claimantText)."
    )
    async def claimant(self, info: Info[Context, None]) -> Entity | None:
        pairs = await info.context.neighbours(self.node.id, RelType.ASSERTS, "in")
        found = await _entities(info, (o for _, o in pairs))
        return found[0] if found else None

    @strawberry.field(
        description=(
            "The article's own words for an unnamed source, e.g. Critics or officials "
            "(the claim then has no claimant entity); null when the claimant is an entity."
        )
    )
    def claimant_text(self) -> str | None:
        return _str(self.node.get("claimantText"))

    @strawberry.field(description="Entities the claim is about.")
    async def about(self, info: Info[Context, None]) -> list[Entity]:
        pairs = await info.context.neighbours(self.node.id, RelType.ABOUT, "out")
        return await _entities(info, (o for _, o in pairs))

    @strawberry.field(description="Disputes this claim is a side of.")
    async def disputes(self, info: Info[Context, None]) -> list[Dispute]:
        pairs = await info.context.neighbours(self.node.id, RelType.INVOLVES, "in")
        return [
            Dispute(node=n) for n in await info.context.nodes_of(gm.unique(o for _, o in pairs))
        ]

    @strawberry.field(description="Whether the claim is part of any dispute.")
    async def disputed(self, info: Info[Context, None]) -> bool:
        rels = await info.context.rels.load(self.node.id)
        # The same notion as the claims(filter: {disputed}) filter: a side of a dispute.
        return any(r.type == RelType.INVOLVES and r.target == self.node.id for r in rels)

    @strawberry.field(description="Claims that dispute this one.")
    async def disputed_by(self, info: Info[Context, None]) -> list[Claim]:
        pairs = await info.context.neighbours(self.node.id, RelType.DISPUTES, "in")
        return [Claim(node=n) for n in await _claims(info, (o for _, o in pairs))]

    @strawberry.field(description="Claims this one disputes.")
    async def disputes_claims(self, info: Info[Context, None]) -> list[Claim]:
        pairs = await info.context.neighbours(self.node.id, RelType.DISPUTES, "out")
        return [Claim(node=n) for n in await _claims(info, (o for _, o in pairs))]

    @strawberry.field(description="Claims supporting this one.")
    async def supported_by(self, info: Info[Context, None]) -> list[Claim]:
        pairs = await info.context.neighbours(self.node.id, RelType.SUPPORTS, "in")
        return [Claim(node=n) for n in await _claims(info, (o for _, o in pairs))]


# ---------------------------------------------------------------- articles


@strawberry.type(description="Counts of what was extracted from one article.")
class Extracted:
    claims: int
    entities: int
    disputes: int


@strawberry.type(description="A news article.")
class Article(GraphNode):
    @strawberry.field
    def url(self) -> str | None:
        return _str(self.node.get("url"))

    @strawberry.field
    def canonical_url(self) -> str | None:
        return _str(self.node.get("canonicalUrl"))

    @strawberry.field
    def title(self) -> str | None:
        return _str(self.node.get("title"))

    @strawberry.field
    def outlet(self) -> str | None:
        return _str(self.node.get("outlet"))

    @strawberry.field
    def published_at(self) -> str | None:
        return _str(self.node.get("publishedAt"))

    @strawberry.field
    def fetched_at(self) -> str | None:
        return _str(self.node.get("fetchedAt"))

    @strawberry.field
    def content_hash(self) -> str | None:
        return _str(self.node.get("contentHash"))

    @strawberry.field(description="Claims read from this article, in text order.")
    async def claims(
        self, info: Info[Context, None], first: FirstArg = None, after: AfterArg = None
    ) -> Connection[Claim]:
        pairs = await info.context.neighbours(self.node.id, RelType.REPORTS, "out")
        claims = await _claims(info, (o for _, o in pairs))
        claims.sort(
            key=lambda c: (c.get("start") if isinstance(c.get("start"), int) else 1 << 60, c.id)
        )
        return local_connection(info, claims, first, after)

    @strawberry.field(description="Entities the article mentions.")
    async def mentions(self, info: Info[Context, None]) -> list[Entity]:
        pairs = await info.context.neighbours(self.node.id, RelType.MENTIONS, "out")
        return await _entities(info, (o for _, o in pairs))

    @strawberry.field(description="Disputes its claims are part of.")
    async def disputes(self, info: Info[Context, None]) -> list[Dispute]:
        pairs = await info.context.neighbours(self.node.id, RelType.REPORTS, "out")
        claim_rels = await info.context.rels.load_many([o for _, o in pairs])
        ids = gm.unique(r.source for rs in claim_rels for r in rs if r.type == RelType.INVOLVES)
        return [Dispute(node=n) for n in await info.context.nodes_of(ids)]

    @strawberry.field(description="What was extracted from it.")
    async def extracted(self, info: Info[Context, None]) -> Extracted:
        rels = await info.context.rels.load(self.node.id)
        claim_ids = [
            r.target for r in rels if r.type == RelType.REPORTS and r.source == self.node.id
        ]
        claim_rels = await info.context.rels.load_many(claim_ids)
        disputes = {r.source for rs in claim_rels for r in rs if r.type == RelType.INVOLVES}
        return Extracted(
            claims=len(claim_ids),
            entities=sum(
                1 for r in rels if r.type == RelType.MENTIONS and r.source == self.node.id
            ),
            disputes=len(disputes),
        )

    @strawberry.field(description="Articles this one republishes.")
    async def republishes(self, info: Info[Context, None]) -> list[Article]:
        pairs = await info.context.neighbours(self.node.id, RelType.REPUBLISHES, "out")
        return [
            Article(node=n) for n in await info.context.nodes_of(gm.unique(o for _, o in pairs))
        ]


# ---------------------------------------------------------------- disputes


@strawberry.type(description="One side of a dispute: its claims and the parties behind them.")
class DisputeSide:
    label: str
    claim_nodes: strawberry.Private[list[gm.Node]]
    party_nodes: strawberry.Private[list[gm.Node]]

    @strawberry.field
    def claims(self) -> list[Claim]:
        return [Claim(node=n) for n in self.claim_nodes]

    @strawberry.field
    def parties(self) -> list[Entity]:
        return [wrap_node(n) for n in self.party_nodes if n.label in gm.ENTITY_LABELS]


@strawberry.type(description="The dispute as it stood at the end of one day with new evidence.")
class DisputeGrowth:
    date: str
    claims: int
    parties: int
    articles: int
    new_claim_nodes: strawberry.Private[list[gm.Node]]

    @strawberry.field
    def new_claims(self) -> list[Claim]:
        return [Claim(node=n) for n in self.new_claim_nodes]


async def _dispute_parts(
    info: Info[Context, None], dispute: gm.Node
) -> tuple[list[gm.Relationship], dict[str, gm.Node], dict[str, list[gm.Node]]]:
    pairs = await info.context.neighbours(dispute.id, RelType.INVOLVES, "out")
    involves = [r for r, _ in pairs]
    claims = {n.id: n for n in await _claims(info, (o for _, o in pairs))}
    return involves, claims, await claimants_of(info, list(claims))


async def _supports_among(
    info: Info[Context, None], claim_ids: Sequence[str]
) -> list[tuple[str, str]]:
    wanted = set(claim_ids)
    rels = await info.context.rels.load_many(list(claim_ids))
    return list(
        dict.fromkeys(
            (r.source, r.target)
            for rs in rels
            for r in rs
            if r.type == RelType.SUPPORTS and r.source in wanted and r.target in wanted
        )
    )


@strawberry.type(description="Claims that contradict each other, grouped into sides.")
class Dispute(GraphNode):
    # set by ``disputes(entity:, includeAffiliated: true)`` for a person's dispute
    via_affiliate_flag: strawberry.Private[bool] = False

    @strawberry.field(
        description="Found through a person who works for, leads or founded the entity asked "
        "about (`disputes(entity:, includeAffiliated: true)`), not the entity itself."
    )
    def via_affiliate(self) -> bool:
        return self.via_affiliate_flag

    @strawberry.field(description="What the dispute is about, as one line.")
    def topic(self) -> str | None:
        return queries.topic_text(self.node)

    @strawberry.field(description="The topic words or entity names, as stored.")
    def topics(self) -> list[str]:
        topic = self.node.get("topic")
        return (
            _strs(topic) if isinstance(topic, list) else [topic] if isinstance(topic, str) else []
        )

    @strawberry.field
    def status(self) -> DisputeStatus | None:
        try:
            return gm.DisputeStatus(self.node.get("status"))
        except ValueError:
            return None

    @strawberry.field
    def opened_at(self) -> str | None:
        return _str(self.node.get("openedAt"))

    @strawberry.field
    def updated_at(self) -> str | None:
        return _str(self.node.get("updatedAt") or self.node.get("openedAt"))

    @strawberry.field
    def resolution_note(self) -> str | None:
        return _str(self.node.get("resolutionNote"))

    @strawberry.field(description="The claims in the dispute, oldest first.")
    async def claims(
        self, info: Info[Context, None], first: FirstArg = None, after: AfterArg = None
    ) -> Connection[Claim]:
        _, claims, _ = await _dispute_parts(info, self.node)
        ordered = queries.oldest_first(claims.values(), "publishedAt", "firstSeen")
        return local_connection(info, ordered, first, after)

    @strawberry.field
    async def sides(self, info: Info[Context, None]) -> list[DisputeSide]:
        involves, claims, claimants = await _dispute_parts(info, self.node)
        supports = await _supports_among(info, list(claims))
        parties = gm.unique(p.id for ps in claimants.values() for p in ps)
        party_set = set(parties)
        affiliations = [
            (r.source, r.target)
            for rels in await info.context.rels.load_many(parties)
            for r in rels
            if r.type in ROLE_TYPES and r.source in party_set and r.target in party_set
        ]
        sides = [
            DisputeSide(label=s.label, claim_nodes=s.claims, party_nodes=s.parties)
            for s in queries.dispute_sides(involves, claims, claimants, supports, affiliations)
        ]
        # a party challenged without a claim of its own ("X sued Y") is a side too
        covered = {p.id for side in sides for p in side.party_nodes} | party_set
        silent = [p for p in self.node.get("partyIds") or [] if p not in covered]
        for node in await info.context.nodes_of(gm.unique(silent)):
            label = node.name or node.id
            sides.append(DisputeSide(label=label, claim_nodes=[], party_nodes=[node]))
        return sides

    @strawberry.field(
        description="Everyone who made a claim in the dispute, then any party challenged "
        "without a claim of its own (\"X sued Y\")."
    )
    async def parties(self, info: Info[Context, None]) -> list[Entity]:
        _, claims, claimants = await _dispute_parts(info, self.node)
        ordered = queries.oldest_first(claims.values(), "publishedAt", "firstSeen")
        seen: dict[str, gm.Node] = {}
        for claim in ordered:
            for who in claimants.get(claim.id, []):
                seen.setdefault(who.id, who)
        challenged = [p for p in self.node.get("partyIds") or [] if p not in seen]
        for node in await info.context.nodes_of(gm.unique(challenged)):
            seen.setdefault(node.id, node)
        return [wrap_node(n) for n in seen.values() if n.label in gm.ENTITY_LABELS]

    @strawberry.field(description="Entities the dispute is about.")
    async def concerns(self, info: Info[Context, None]) -> list[Entity]:
        pairs = await info.context.neighbours(self.node.id, RelType.CONCERNS, "out")
        return await _entities(info, (o for _, o in pairs))

    @strawberry.field(description="The earliest claim in the dispute.")
    async def first_evidence(self, info: Info[Context, None]) -> Claim | None:
        _, claims, _ = await _dispute_parts(info, self.node)
        ordered = queries.oldest_first(claims.values(), "publishedAt", "firstSeen")
        return Claim(node=ordered[0]) if ordered else None

    @strawberry.field(description="The most recent claim in the dispute.")
    async def latest_evidence(self, info: Info[Context, None]) -> Claim | None:
        _, claims, _ = await _dispute_parts(info, self.node)
        ordered = queries.newest_first(claims.values(), "publishedAt", "firstSeen")
        return Claim(node=ordered[0]) if ordered else None

    @strawberry.field(description="How the dispute grew, one point per day with new claims.")
    async def growth(self, info: Info[Context, None]) -> list[DisputeGrowth]:
        _, claims, claimants = await _dispute_parts(info, self.node)
        return [
            DisputeGrowth(
                date=p.date,
                claims=p.claims,
                parties=p.parties,
                articles=p.articles,
                new_claim_nodes=p.new_claims,
            )
            for p in queries.dispute_growth(list(claims.values()), claimants)
        ]

    @strawberry.field(description="Articles the dispute's claims were read in, newest first.")
    async def articles(self, info: Info[Context, None]) -> list[Article]:
        _, claims, _ = await _dispute_parts(info, self.node)
        ids = gm.unique(str(c.get("articleId")) for c in claims.values() if c.get("articleId"))
        nodes = await info.context.nodes_of(ids)
        return [Article(node=n) for n in queries.newest_first(nodes, "publishedAt")]


# ---------------------------------------------------------------- wrapping


_WRAPPERS: dict[Label, type] = {
    Label.PERSON: Person,
    Label.ORGANIZATION: Organization,
    Label.MODEL: Model,
    Label.BENCHMARK: Benchmark,
    Label.CLAIM: Claim,
    Label.ARTICLE: Article,
    Label.DISPUTE: Dispute,
}


def wrap_node(node: gm.Node):  # type: ignore[no-untyped-def]
    """The GraphQL object for a stored node, by label."""
    return _WRAPPERS[node.label](node=node)


TYPES = [Person, Organization, Model, Benchmark, Claim, Article, Dispute]
