"""An entity's timeline: dated events from its claims, articles and disputes."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from api import queries
from api.context import Context
from api.types.base import (
    TimelineKind,
    str_of,
)
from graph import model as gm
from graph.model import RelType


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


async def timeline_events(info: Info[Context, None], entity: gm.Node) -> list[TimelineEvent]:
    rels = await info.context.rels.load(entity.id)
    made = [r.target for r in rels if r.type == RelType.ASSERTS and r.source == entity.id]
    about = [r.source for r in rels if r.type == RelType.ABOUT and r.target == entity.id]
    mentioned = [r.source for r in rels if r.type == RelType.MENTIONS and r.target == entity.id]
    dispute_ids = await dispute_ids_of_entity(info, entity.id)
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
                    article_id=str_of(claim.get("articleId")),
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
                    article_id=str_of(claim.get("articleId")),
                )
            )
    for aid in gm.unique(mentioned):
        article = nodes.get(aid)
        if article and str_of(article.get("publishedAt")):
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
        if str_of(dispute.get("openedAt")):
            events.append(
                TimelineEvent(
                    date=str(dispute.get("openedAt")),
                    kind=TimelineKind.DISPUTE_OPENED,
                    summary=f"dispute opened: {topic}",
                    dispute_id=did,
                )
            )
        if dispute.get("status") == gm.DisputeStatus.RESOLVED and str_of(dispute.get("updatedAt")):
            events.append(
                TimelineEvent(
                    date=str(dispute.get("updatedAt")),
                    kind=TimelineKind.DISPUTE_RESOLVED,
                    summary=f"dispute resolved: {topic}",
                    dispute_id=did,
                )
            )
    events.sort(key=timeline_key)
    return events


def timeline_key(event: TimelineEvent) -> tuple[str, str, str, str]:
    """An event's place in the timeline: date, kind, summary, then what it is about."""
    subject = event.claim_id or event.dispute_id or event.article_id or ""
    return (event.date, event.kind.value, event.summary, subject)


# Last, because these modules refer to this one's types too (the GraphQL schema
# is a graph of types); strawberry resolves the annotations when the schema is built.
from api.types.articles import Article  # noqa: E402
from api.types.claims import Claim  # noqa: E402
from api.types.disputes import Dispute  # noqa: E402
from api.types.entities import dispute_ids_of_entity  # noqa: E402
