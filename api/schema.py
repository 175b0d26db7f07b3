"""Assemble the GraphQL schema with its limits and error policy."""

from __future__ import annotations

import asyncio
import re
import threading
from collections import OrderedDict
from collections.abc import Iterator
from typing import Any

import strawberry
from graphql import DocumentNode, GraphQLError
from strawberry.extensions import (
    AddValidationRules,
    DisableIntrospection,
    MaxAliasesLimiter,
    MaxTokensLimiter,
    QueryDepthLimiter,
    SchemaExtension,
)
from strawberry.types.execution import ExecutionResult

from api.cost import cost_rule
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


class DocumentCache:
    """Parsed documents of queries that parsed and validated cleanly, by query text (LRU).

    Clients send the same few query texts over and over; parsing and validating
    one costs more CPU than answering a small query.  Validation depends only
    on the document and the schema's fixed rules (one cache per schema, so per
    settings), so a text that validated once validates again.  Failing texts
    are never cached: their errors always come from a fresh parse and validation.
    """

    def __init__(self, size: int = 256) -> None:
        self.size = size
        self._documents: OrderedDict[str, DocumentNode] = OrderedDict()
        self._lock = threading.Lock()  # sync execution may run on other threads

    def get(self, query: str) -> DocumentNode | None:
        with self._lock:
            document = self._documents.get(query)
            if document is not None:
                self._documents.move_to_end(query)
            return document

    def put(self, query: str, document: DocumentNode) -> None:
        with self._lock:
            self._documents[query] = document
            while len(self._documents) > self.size:
                self._documents.popitem(last=False)


def document_cache_extension(cache: DocumentCache) -> type[SchemaExtension]:
    """A per-request extension class using ``cache`` (strawberry builds one per request)."""

    class CachedDocuments(SchemaExtension):
        def on_parse(self) -> Iterator[None]:
            ctx = self.execution_context
            hit = cache.get(ctx.query) if ctx.query else None
            if hit is not None:
                ctx.graphql_document = hit  # strawberry then skips parsing
                ctx.pre_execution_errors = []  # ... and validating: it passed before
            yield

        def on_validate(self) -> Iterator[None]:
            yield
            ctx = self.execution_context
            if ctx.query and ctx.graphql_document is not None and not ctx.pre_execution_errors:
                cache.put(ctx.query, ctx.graphql_document)

    return CachedDocuments


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
        lambda: AddValidationRules([cost_rule(settings.max_cost, settings.max_page_size)]),
        PublicErrors,
    ]
    if not settings.introspection:
        extensions += [DisableIntrospection, NoSuggestions]
    extensions.append(document_cache_extension(DocumentCache()))
    schema = TimedSchema(
        query=Query,
        mutation=Mutation,
        subscription=Subscription,
        types=TYPES,
        extensions=extensions,
    )
    schema.timeout = settings.request_timeout
    return schema
