"""Subscriptions: disputes opened or updated, pushed over websockets.

Every subscription reads from the process's :class:`api.events.EventHub`,
which polls the store's event log, so a dispute found by any ingester
sharing the store reaches every subscriber of every API process.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator
from typing import Annotated

import strawberry
from graphql import GraphQLError
from strawberry.types import Info

from api import queries
from api.context import Context
from api.types import Dispute
from graph.model import Event, EventKind, Label

EntityArg = Annotated[
    str | None,
    strawberry.argument(description="Only disputes concerning this entity or with it as a party."),
]


@strawberry.type(description="A change to a dispute, as recorded in the store's event log.")
class DisputeEvent:
    seq: int
    kind: str
    at: str
    dispute: Dispute


async def _dispute_events(
    info: Info[Context, None], kinds: set[EventKind], entity: str | None
) -> AsyncGenerator[DisputeEvent, None]:
    ctx = info.context
    hub = ctx.app.hub
    if hub is None:
        raise GraphQLError("subscriptions are not available on this server")
    entity_id = None
    if entity is not None:
        node = await ctx.run(queries.resolve_entity, ctx.store, entity)
        if node is None:
            raise GraphQLError(
                f"no entity matches entity {entity!r}", extensions={"code": "BAD_USER_INPUT"}
            )
        entity_id = node.id
    async with hub.subscribe() as queue:
        while True:
            event: Event = await queue.get()
            if event.kind not in kinds:
                continue
            # The connection's loaders outlive one event: drop what they cached.
            ctx.nodes.clear_all()
            ctx.rels.clear_all()
            dispute = await ctx.node(event.subject)
            if dispute is None or dispute.label != Label.DISPUTE:
                continue
            if entity_id is not None:
                involved = await ctx.run(queries.dispute_entities, ctx.store, dispute.id)
                if entity_id not in involved:
                    continue
            yield DisputeEvent(
                seq=event.seq, kind=event.kind.value, at=event.at, dispute=Dispute(node=dispute)
            )


@strawberry.type
class Subscription:
    @strawberry.subscription(description="A new dispute was detected.")
    async def dispute_opened(
        self, info: Info[Context, None], entity: EntityArg = None
    ) -> AsyncGenerator[DisputeEvent, None]:
        async for event in _dispute_events(info, {EventKind.DISPUTE_OPENED}, entity):
            yield event

    @strawberry.subscription(description="A dispute got new evidence or was resolved.")
    async def dispute_updated(
        self, info: Info[Context, None], entity: EntityArg = None
    ) -> AsyncGenerator[DisputeEvent, None]:
        async for event in _dispute_events(info, {EventKind.DISPUTE_UPDATED}, entity):
            yield event
