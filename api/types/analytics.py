"""GraphQL answers of the analytics queries: evidence paths, controversy, rivalries, counts."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from api.context import Context
from api.types.base import wrap_node
from api.types.claims import Claim
from api.types.entities import Entity


@strawberry.type(description="One hop of a connection between entities, with its evidence.")
class ConnectionHop:
    via: str
    source_id: strawberry.Private[str]
    target_id: strawberry.Private[str]
    relationship_id: strawberry.Private[str | None]
    claim_id: strawberry.Private[str | None]
    other_claim_id: strawberry.Private[str | None]

    @strawberry.field
    async def source(self, info: Info[Context, None]) -> Entity | None:
        node = await info.context.node(self.source_id)
        return wrap_node(node) if node else None

    @strawberry.field
    async def target(self, info: Info[Context, None]) -> Entity | None:
        node = await info.context.node(self.target_id)
        return wrap_node(node) if node else None

    @strawberry.field(description="The claim that links the two (CLAIM and DISPUTES hops).")
    async def claim(self, info: Info[Context, None]) -> Claim | None:
        node = await info.context.node(self.claim_id)
        return Claim(node=node) if node else None

    @strawberry.field(description="The disputed claim (DISPUTES hops).")
    async def disputed_claim(self, info: Info[Context, None]) -> Claim | None:
        node = await info.context.node(self.other_claim_id)
        return Claim(node=node) if node else None

    @strawberry.field(description="Properties of the direct relationship (relationship hops).")
    async def relationship_properties(
        self, info: Info[Context, None]
    ) -> strawberry.scalars.JSON | None:
        if not self.relationship_id or self.via in {"CLAIM", "DISPUTES"}:
            return None
        rel = (
            await info.context.run(info.context.store.get_relationships, [self.relationship_id])
        )[0]
        return dict(rel.properties) if rel else None


@strawberry.type(description="The shortest chain of evidence linking two entities.")
class EntityPath:
    hops: list[ConnectionHop]

    @strawberry.field
    def length(self) -> int:
        return len(self.hops)


@strawberry.type(description="How disputed one entity is.")
class ControversyScore:
    entity_id: strawberry.Private[str]
    disputes: int
    disputed_claims: int
    opponents: int

    @strawberry.field
    async def entity(self, info: Info[Context, None]) -> Entity | None:
        node = await info.context.node(self.entity_id)
        return wrap_node(node) if node else None


@strawberry.type(description="One entity's claims disputing another's.")
class Rivalry:
    count: int
    disputer_id: strawberry.Private[str]
    disputed_id: strawberry.Private[str]
    rel_ids: strawberry.Private[list[str]]

    @strawberry.field
    async def disputer(self, info: Info[Context, None]) -> Entity | None:
        node = await info.context.node(self.disputer_id)
        return wrap_node(node) if node else None

    @strawberry.field
    async def disputed(self, info: Info[Context, None]) -> Entity | None:
        node = await info.context.node(self.disputed_id)
        return wrap_node(node) if node else None

    @strawberry.field(description="The disputing claims.")
    async def claims(self, info: Info[Context, None]) -> list[Claim]:
        rels = await info.context.run(info.context.store.get_relationships, self.rel_ids)
        nodes = await info.context.nodes_of([r.source for r in rels if r is not None])
        return [Claim(node=n) for n in nodes]


@strawberry.type(description="Node and relationship counts of the store.")
class StoreStats:
    kind: str
    counts: strawberry.scalars.JSON
