"""The GraphQL claim: who said what, about whom, where it was read."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from api import queries
from api.context import Context
from api.types.base import (
    ClaimKind,
    Evidence,
    GraphNode,
    Span,
    claims_of,
    entities_of,
    evidence_of,
    float_of,
    str_of,
)
from graph import model as gm
from graph.model import RelType


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
        return str_of(self.node.get("quote"))

    @strawberry.field
    def kind(self) -> ClaimKind | None:
        try:
            return gm.ClaimKind(self.node.get("kind"))
        except ValueError:
            return None

    @strawberry.field(description="The reporting verb or cue that marked the claim.")
    def cue(self) -> str | None:
        return str_of(self.node.get("cue"))

    @strawberry.field
    def confidence(self) -> float | None:
        return float_of(self.node.get("confidence"))

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
        article_id = str_of(self.node.get("articleId"))
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
        found = await entities_of(info, (o for _, o in pairs))
        return found[0] if found else None

    @strawberry.field(
        description=(
            "The article's own words for an unnamed source, e.g. Critics or officials "
            "(the claim then has no claimant entity); null when the claimant is an entity."
        )
    )
    def claimant_text(self) -> str | None:
        return str_of(self.node.get("claimantText"))

    @strawberry.field(description="Entities the claim is about.")
    async def about(self, info: Info[Context, None]) -> list[Entity]:
        pairs = await info.context.neighbours(self.node.id, RelType.ABOUT, "out")
        return await entities_of(info, (o for _, o in pairs))

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
        return [Claim(node=n) for n in await claims_of(info, (o for _, o in pairs))]

    @strawberry.field(description="Claims this one disputes.")
    async def disputes_claims(self, info: Info[Context, None]) -> list[Claim]:
        pairs = await info.context.neighbours(self.node.id, RelType.DISPUTES, "out")
        return [Claim(node=n) for n in await claims_of(info, (o for _, o in pairs))]

    @strawberry.field(description="Claims supporting this one.")
    async def supported_by(self, info: Info[Context, None]) -> list[Claim]:
        pairs = await info.context.neighbours(self.node.id, RelType.SUPPORTS, "in")
        return [Claim(node=n) for n in await claims_of(info, (o for _, o in pairs))]


# Last, because these modules refer to this one's types too (the GraphQL schema
# is a graph of types); strawberry resolves the annotations when the schema is built.
from api.types.articles import Article  # noqa: E402
from api.types.disputes import Dispute  # noqa: E402
from api.types.entities import Entity  # noqa: E402
