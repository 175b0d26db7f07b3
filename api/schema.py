"""Assemble the GraphQL schema with its limits and error policy."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Iterator
from typing import Any

import strawberry
from graphql import GraphQLError
from strawberry.extensions import (
    DisableIntrospection,
    MaxAliasesLimiter,
    MaxTokensLimiter,
    QueryDepthLimiter,
    SchemaExtension,
)
from strawberry.types.execution import ExecutionResult

from api.errors import PublicErrors
from api.query import Query
from api.settings import Settings
from api.types import TYPES


class TimedSchema(strawberry.Schema):
    """A schema whose queries and mutations give up after a time limit."""

    timeout: float = 10.0

    async def execute(self, *args: Any, **kwargs: Any) -> ExecutionResult:  # type: ignore[override]
        try:
            return await asyncio.wait_for(super().execute(*args, **kwargs), self.timeout)
        except TimeoutError:
            error = GraphQLError(
                f"request timed out after {self.timeout:g}s",
                extensions={"code": "TIMEOUT"},
            )
            return ExecutionResult(data=None, errors=[error])


_SUGGESTION_RE = re.compile(r" Did you mean [^?]*\?")


class NoSuggestions(SchemaExtension):
    """Drops "Did you mean 'entities'?" from validation errors (HTTP and websockets).

    With introspection off, those hints would rebuild the hidden schema field by field.
    """

    def on_validate(self) -> Iterator[None]:
        yield
        for error in self.execution_context.pre_execution_errors or []:
            error.message = _SUGGESTION_RE.sub("", error.message)


def build_schema(settings: Settings | None = None) -> TimedSchema:
    """The schema with every limit from ``settings`` (depth, tokens, aliases...)."""
    from api.mutations import Mutation
    from api.subscriptions import Subscription

    settings = settings or Settings()
    # Factories, not instances: strawberry builds fresh extensions per request.
    extensions: list[Any] = [
        lambda: QueryDepthLimiter(max_depth=settings.max_depth),
        lambda: MaxTokensLimiter(max_token_count=settings.max_tokens),
        lambda: MaxAliasesLimiter(max_alias_count=settings.max_aliases),
        PublicErrors,
    ]
    if not settings.introspection:
        extensions += [DisableIntrospection, NoSuggestions]
    schema = TimedSchema(
        query=Query,
        mutation=Mutation,
        subscription=Subscription,
        types=TYPES,
        extensions=extensions,
    )
    schema.timeout = settings.request_timeout
    return schema
