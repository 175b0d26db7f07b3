"""The GraphQL dispute: contradicting claims grouped into sides, and how it grew."""

from __future__ import annotations

from collections.abc import Sequence

import strawberry
from strawberry.types import Info

from api import queries
from api.connections import (
    AfterArg,
    Connection,
    FirstArg,
    page_window,
)
from api.context import Context
from api.types.base import (
    DisputeStatus,
    GraphNode,
    claimants_of,
    claims_of,
    entities_of,
    str_of,
    strs_of,
    to_connection,
    wrap_node,
)
from graph import model as gm
from graph.model import RelType


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
    claims = {n.id: n for n in await claims_of(info, (o for _, o in pairs))}
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
            strs_of(topic) if isinstance(topic, list) else [topic] if isinstance(topic, str) else []
        )

    @strawberry.field
    def status(self) -> DisputeStatus | None:
        try:
            return gm.DisputeStatus(self.node.get("status"))
        except ValueError:
            return None

    @strawberry.field
    def opened_at(self) -> str | None:
        return str_of(self.node.get("openedAt"))

    @strawberry.field
    def updated_at(self) -> str | None:
        return str_of(self.node.get("updatedAt") or self.node.get("openedAt"))

    @strawberry.field
    def resolution_note(self) -> str | None:
        return str_of(self.node.get("resolutionNote"))

    @strawberry.field(description="The claims in the dispute, oldest first.")
    async def claims(
        self, info: Info[Context, None], first: FirstArg = None, after: AfterArg = None
    ) -> Connection[Claim]:
        _, claims, _ = await _dispute_parts(info, self.node)
        win = page_window(info, first, after, self.node.id)
        return to_connection(
            queries.oldest_first_page(claims.values(), win, "publishedAt", "firstSeen")
        )

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
        description="The dispute's two sides as its caption names them (the challenger "
        'first; a side may be challenged without a claim of its own: "X sued Y"), then '
        "everyone else who made a claim in it, in the order they spoke."
    )
    async def parties(self, info: Info[Context, None]) -> list[Entity]:
        _, claims, claimants = await _dispute_parts(info, self.node)
        speakers: dict[str, gm.Node] = {}
        for claim in queries.speaking_order(claims.values()):
            for who in claimants.get(claim.id, []):
                speakers.setdefault(who.id, who)
        sides = gm.unique(self.node.get("partyIds") or [])
        challenged = [p for p in sides if p not in speakers]
        fetched = {n.id: n for n in await info.context.nodes_of(challenged)}
        ordered = [speakers.get(p) or fetched.get(p) for p in sides]
        ordered += [n for i, n in speakers.items() if i not in sides]
        return [wrap_node(n) for n in ordered if n is not None and n.label in gm.ENTITY_LABELS]

    @strawberry.field(description="Entities the dispute is about.")
    async def concerns(self, info: Info[Context, None]) -> list[Entity]:
        pairs = await info.context.neighbours(self.node.id, RelType.CONCERNS, "out")
        return await entities_of(info, (o for _, o in pairs))

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


# Last, because these modules refer to this one's types too (the GraphQL schema
# is a graph of types); strawberry resolves the annotations when the schema is built.
from api.types.articles import Article  # noqa: E402
from api.types.claims import Claim  # noqa: E402
from api.types.entities import ROLE_TYPES, Entity  # noqa: E402
