"""Subscriptions: disputes opened or updated, pushed over websockets.

Every subscription reads from the process's :class:`api.events.EventHub`,
which polls the store's event log, so a dispute found by any ingester
sharing the store reaches every subscriber of every API process.  The hub
reads each event's dispute once for all subscribers, and an entity filter's
"which entities does this dispute involve" is computed once per event too
(:meth:`api.events.EventHub.shared`): a live event costs no store call per
subscriber unless its selection asks for more than the dispute's own fields.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, AsyncIterator
from typing import Annotated

import strawberry
from graphql import GraphQLError
from strawberry.types import Info

from api import queries
from api.context import Context
from api.events import Published
from api.types import Dispute
from graph.model import Event, EventKind, Label, Node

# Stored events read per call when replaying a reconnecting client's backlog.
BACKLOG_BATCH = 200

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


async def _backlog(ctx: Context, after_seq: int, until_seq: int) -> AsyncIterator[Event]:
    """Stored events in (after_seq, until_seq], oldest first, read in batches."""
    seq = after_seq
    while seq < until_seq:
        batch: list[Event] = await ctx.run(ctx.store.events_after, seq, BACKLOG_BATCH)
        if not batch:
            return
        for event in batch:
            if event.seq > until_seq:
                return
            yield event
            seq = event.seq


async def _dispute_events(
    info: Info[Context, None], kinds: set[EventKind], entity: str | None, after_seq: int | None
) -> AsyncGenerator[DisputeEvent, None]:
    ctx = info.context
    hub = ctx.app.hub
    if hub is None:
        raise GraphQLError("subscriptions are not available on this server")
    if after_seq is not None and after_seq < 0:
        raise GraphQLError("afterSeq must not be negative", extensions={"code": "BAD_USER_INPUT"})
    entity_id = None
    if entity is not None:
        node = await ctx.run(queries.resolve_entity, ctx.store, entity)
        if node is None:
            raise GraphQLError(
                f"no entity matches entity {entity!r}", extensions={"code": "BAD_USER_INPUT"}
            )
        entity_id = node.id

    async def involved(dispute_id: str) -> frozenset[str]:
        found = await ctx.run(queries.dispute_entities, ctx.store, dispute_id)
        return frozenset(found)

    async def matching(event: Event, dispute: Node | None) -> DisputeEvent | None:
        if dispute is None or dispute.label != Label.DISPUTE:
            return None
        if entity_id is not None:
            key = ("involves", dispute.id, event.seq)
            if entity_id not in await hub.shared(key, lambda: involved(dispute.id)):
                return None
        # The connection's loaders outlive one event: drop what they cached, so
        # fields beyond the dispute's own (parties, sides ...) are read fresh.
        ctx.nodes.clear_all()
        ctx.rels.clear_all()
        return DisputeEvent(
            seq=event.seq, kind=event.kind.value, at=event.at, dispute=Dispute(node=dispute)
        )

    # Subscribe first, then replay: nothing falls between the backlog and live events.
    async with hub.subscribe() as queue:
        delivered = after_seq if after_seq is not None else -1
        if after_seq is not None:
            until = await ctx.run(ctx.store.last_event_seq)
            async for event in _backlog(ctx, after_seq, until):
                delivered = event.seq
                if event.kind not in kinds:
                    continue
                ctx.nodes.clear_all()
                found = await matching(event, await ctx.node(event.subject))
                if found is not None:
                    yield found
        while True:
            item: Published = await queue.get()
            if item.event.seq <= delivered or item.event.kind not in kinds:
                continue  # already replayed from the backlog, or another kind
            found = await matching(item.event, item.subject)
            if found is not None:
                yield found


AfterSeqArg = Annotated[
    int | None,
    strawberry.argument(
        description="Replay stored events after this sequence number first "
        "(the `seq` of the last event a reconnecting client saw)."
    ),
]


@strawberry.type
class Subscription:
    @strawberry.subscription(description="A new dispute was detected.")
    async def dispute_opened(
        self, info: Info[Context, None], entity: EntityArg = None, after_seq: AfterSeqArg = None
    ) -> AsyncGenerator[DisputeEvent, None]:
        async for event in _dispute_events(info, {EventKind.DISPUTE_OPENED}, entity, after_seq):
            yield event

    @strawberry.subscription(description="A dispute got new evidence or was resolved.")
    async def dispute_updated(
        self, info: Info[Context, None], entity: EntityArg = None, after_seq: AfterSeqArg = None
    ) -> AsyncGenerator[DisputeEvent, None]:
        async for event in _dispute_events(info, {EventKind.DISPUTE_UPDATED}, entity, after_seq):
            yield event
