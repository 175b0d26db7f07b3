"""GraphQL entities: the Entity interface, people and organisations, their relations and roles."""

from __future__ import annotations

import json

import strawberry
from strawberry.scalars import JSON
from strawberry.types import Info

from api import queries
from api.connections import (
    AfterArg,
    Connection,
    FirstArg,
    page_window,
)
from api.context import Context
from api.pagination import slice_page
from api.types.base import (
    DisputeStatus,
    EntityType,
    Evidence,
    GraphNode,
    evidence_of,
    str_of,
    strs_of,
    to_connection,
    wrap_node,
)
from graph import model as gm
from graph.model import RelType


@strawberry.interface(description="A named person, organisation, model or benchmark.")
class Entity(GraphNode):
    @strawberry.field
    def name(self) -> str:
        return self.node.name or self.node.id

    @strawberry.field
    def aliases(self) -> list[str]:
        return strs_of(self.node.get("aliases"))

    @strawberry.field
    def type(self) -> EntityType:
        return EntityType(self.node.label.value)

    @strawberry.field
    def first_seen(self) -> str | None:
        return str_of(self.node.get("firstSeen"))

    @strawberry.field
    def last_seen(self) -> str | None:
        return str_of(self.node.get("lastSeen"))

    @strawberry.field(description="Ids of entities merged into this one (undo with splitEntity).")
    def merged_from(self) -> list[str]:
        ids = []
        for raw in strs_of(self.node.get("mergedFrom")):
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
        state = None if status is None else status.value
        win = page_window(info, first, after, self.node.id, state)
        page = await info.context.run(
            queries.entity_disputes, info.context.store, self.node.id, state, win
        )
        return to_connection(page)

    @strawberry.field(description="Articles mentioning this entity, newest first.")
    async def articles(
        self, info: Info[Context, None], first: FirstArg = None, after: AfterArg = None
    ) -> Connection[Article]:
        pairs = await info.context.neighbours(self.node.id, RelType.MENTIONS, "in")
        nodes = await info.context.nodes_of(gm.unique(o for _, o in pairs))
        win = page_window(info, first, after, self.node.id)
        return to_connection(queries.newest_first_page(nodes, win, "publishedAt"))

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
        events = await timeline_events(info, self.node)
        page = slice_page(events, page_window(info, first, after, self.node.id), timeline_key)
        return to_connection(page, wrap=lambda event: event)


async def dispute_ids_of_entity(info: Info[Context, None], entity: str) -> set[str]:
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
    win = page_window(info, first, after, entity)
    page = await info.context.run(
        queries.claims_page, info.context.store, entity, rel_type, direction, win
    )
    return to_connection(page)


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
                title=str_of(rel.get("role")),
                since=str_of(rel.get("since")),
                until=str_of(rel.get("until")),
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
        return str_of(self.node.get("kind"))

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


# Last, because these modules refer to this one's types too (the GraphQL schema
# is a graph of types); strawberry resolves the annotations when the schema is built.
from api.types.articles import Article  # noqa: E402
from api.types.benchmarks import Model  # noqa: E402
from api.types.claims import Claim  # noqa: E402
from api.types.disputes import Dispute  # noqa: E402
from api.types.timeline import TimelineEvent, timeline_events, timeline_key  # noqa: E402
