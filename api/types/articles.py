"""The GraphQL article: a news story and what was extracted from it."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from api.connections import (
    AfterArg,
    Connection,
    FirstArg,
)
from api.context import Context
from api.types.base import (
    GraphNode,
    claims_of,
    entities_of,
    local_connection,
    str_of,
)
from graph import model as gm
from graph.model import RelType


@strawberry.type(description="Counts of what was extracted from one article.")
class Extracted:
    claims: int
    entities: int
    disputes: int


@strawberry.type(description="A news article.")
class Article(GraphNode):
    @strawberry.field
    def url(self) -> str | None:
        return str_of(self.node.get("url"))

    @strawberry.field
    def canonical_url(self) -> str | None:
        return str_of(self.node.get("canonicalUrl"))

    @strawberry.field
    def title(self) -> str | None:
        return str_of(self.node.get("title"))

    @strawberry.field
    def outlet(self) -> str | None:
        return str_of(self.node.get("outlet"))

    @strawberry.field
    def published_at(self) -> str | None:
        return str_of(self.node.get("publishedAt"))

    @strawberry.field
    def fetched_at(self) -> str | None:
        return str_of(self.node.get("fetchedAt"))

    @strawberry.field
    def content_hash(self) -> str | None:
        return str_of(self.node.get("contentHash"))

    @strawberry.field(description="Claims read from this article, in text order.")
    async def claims(
        self, info: Info[Context, None], first: FirstArg = None, after: AfterArg = None
    ) -> Connection[Claim]:
        pairs = await info.context.neighbours(self.node.id, RelType.REPORTS, "out")
        claims = await claims_of(info, (o for _, o in pairs))
        claims.sort(key=_text_order)
        return local_connection(info, claims, first, after, _text_order, self.node.id)

    @strawberry.field(description="Entities the article mentions.")
    async def mentions(self, info: Info[Context, None]) -> list[Entity]:
        pairs = await info.context.neighbours(self.node.id, RelType.MENTIONS, "out")
        return await entities_of(info, (o for _, o in pairs))

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


def _text_order(claim: gm.Node) -> tuple[int, str]:
    """Where a claim stands in its article's text (its id breaks ties)."""
    start = claim.get("start")
    return (start if isinstance(start, int) else 1 << 60, claim.id)


# Last, because these modules refer to this one's types too (the GraphQL schema
# is a graph of types); strawberry resolves the annotations when the schema is built.
from api.types.claims import Claim  # noqa: E402
from api.types.disputes import Dispute  # noqa: E402
from api.types.entities import Entity  # noqa: E402
