"""Subscriptions (placeholder until written)."""

from __future__ import annotations

from collections.abc import AsyncGenerator

import strawberry


@strawberry.type
class Subscription:
    @strawberry.subscription
    async def noop(self) -> AsyncGenerator[bool, None]:
        yield True
