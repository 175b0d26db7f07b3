"""Mutations: ingest an article, manage feeds, merge/split entities, resolve disputes.

Every mutation needs the API key when ``CLAIMGRAPH_API_KEY`` is set
(:class:`api.auth.RequireApiKey`) and returns a union of a result type and
typed errors (``NotFoundError``, ``InvalidInputError``, ``IngestFailedError``),
so clients can branch on ``__typename`` instead of parsing messages.
Mutations are refused over GET by the GraphQL view.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Annotated

import strawberry
from strawberry.types import Info

from api import curation
from api.auth import RequireApiKey
from api.context import Context
from api.types import Article, Dispute, Entity, wrap_node
from api.types.errors import IngestFailedError, InvalidInputError, NotFoundError
from graph.store import StoreError, StoreUnavailable
from ingest.document import ArticleText, ReadError

log = logging.getLogger("claimgraph.api")

# Pasted text beyond this is refused (a news article is far shorter).
MAX_TEXT_CHARS = 2_000_000


# ---------------------------------------------------------------- errors


def _curation_error(exc: curation.CurationError) -> NotFoundError | InvalidInputError:
    if isinstance(exc, curation.NotFound):
        return NotFoundError(message=str(exc), id=exc.ref)
    return InvalidInputError(message=str(exc), field=getattr(exc, "field", None))


# ---------------------------------------------------------------- results


@strawberry.type(description="The outcome of ingesting one article.")
class IngestArticleSuccess:
    status: str = strawberry.field(description="new or unchanged")
    article_id: strawberry.ID
    entities: int
    claims: int
    disputes: int

    @strawberry.field
    async def article(self, info: Info[Context, None]) -> Article | None:
        node = await info.context.node(str(self.article_id))
        return Article(node=node) if node else None


IngestArticleResult = Annotated[
    IngestArticleSuccess | InvalidInputError | IngestFailedError,
    strawberry.union("IngestArticleResult"),
]


@strawberry.type(description="The configured feeds after a change.")
class FeedsChanged:
    url: str
    changed: bool = strawberry.field(description="False when the feed was already (not) there.")
    feeds: list[str]


FeedResult = Annotated[
    FeedsChanged | InvalidInputError | NotFoundError, strawberry.union("FeedResult")
]


@strawberry.type(description="The entity that absorbed another.")
class MergeEntitiesSuccess:
    moved_relationships: int
    node: strawberry.Private[object]

    @strawberry.field
    def entity(self) -> Entity:
        return wrap_node(self.node)


MergeEntitiesResult = Annotated[
    MergeEntitiesSuccess | NotFoundError | InvalidInputError,
    strawberry.union("MergeEntitiesResult"),
]


@strawberry.type(description="The two entities after undoing a merge.")
class SplitEntitySuccess:
    kept_node: strawberry.Private[object]
    restored_node: strawberry.Private[object]

    @strawberry.field
    def kept(self) -> Entity:
        return wrap_node(self.kept_node)

    @strawberry.field
    def restored(self) -> Entity:
        return wrap_node(self.restored_node)


SplitEntityResult = Annotated[
    SplitEntitySuccess | NotFoundError | InvalidInputError, strawberry.union("SplitEntityResult")
]


@strawberry.type(description="The dispute after resolution.")
class ResolveDisputeSuccess:
    node: strawberry.Private[object]

    @strawberry.field
    def dispute(self) -> Dispute:
        return Dispute(node=self.node)


ResolveDisputeResult = Annotated[
    ResolveDisputeSuccess | NotFoundError | InvalidInputError,
    strawberry.union("ResolveDisputeResult"),
]


@dataclass(frozen=True, slots=True)
class ArticleInput:
    """The ``ingestArticle`` arguments: a URL to fetch, or pasted text."""

    url: str | None
    text: str | None
    title: str | None
    outlet: str | None
    published_at: str | None


# ---------------------------------------------------------------- helpers


def _is_http_url(value: str) -> bool:
    lowered = value.strip().lower()
    return lowered.startswith(("http://", "https://")) and len(lowered) > len("https://")


def _read_article(data: ArticleInput) -> ArticleText:
    """The article to ingest; raises ReadError or ValueError with one clear line."""
    if data.text is not None:
        if not data.text.strip():
            raise ValueError("text is empty")
        if len(data.text) > MAX_TEXT_CHARS:
            raise ValueError(f"text is longer than {MAX_TEXT_CHARS} characters")
        return ArticleText(
            text=data.text,
            source=data.url or "graphql:ingestArticle",
            url=data.url,
            title=data.title,
            outlet=data.outlet,
            published_at=data.published_at,
        )
    from ingest.sources import read_one  # network reader, only when a URL is given

    # Only URLs: read_one also reads local paths, which a client must never name.
    article = read_one(data.url or "")
    article.title = data.title or article.title
    article.outlet = data.outlet or article.outlet
    article.published_at = data.published_at or article.published_at
    return article


def _ingest(ctx: Context, data: ArticleInput):  # type: ignore[no-untyped-def]
    article = _read_article(data)
    services = ctx.app.services
    with services.ingest_lock:
        return services.ingestor.ingest_article(article)


def _feed_state(ctx: Context):  # type: ignore[no-untyped-def]
    from ingest.feeds import FeedState

    return FeedState(ctx.app.services.feed_state_path)


def _poke(ctx: Context) -> None:
    if ctx.app.hub is not None:
        ctx.app.hub.poke()


# ---------------------------------------------------------------- mutations


@strawberry.type
class Mutation:
    @strawberry.mutation(
        permission_classes=[RequireApiKey],
        description="Ingest one article from a URL or pasted text.",
    )
    async def ingest_article(
        self,
        info: Info[Context, None],
        url: Annotated[
            str | None,
            strawberry.argument(description="http(s) URL; fetched unless text is given."),
        ] = None,
        text: Annotated[str | None, strawberry.argument(description="The article body.")] = None,
        title: str | None = None,
        outlet: str | None = None,
        published_at: Annotated[str | None, strawberry.argument(description="ISO-8601.")] = None,
    ) -> IngestArticleResult:
        article = ArticleInput(url, text, title, outlet, published_at)
        if article.text is None and not article.url:
            return InvalidInputError(message="give a url or a text", field="url")
        if article.url and not _is_http_url(article.url):
            return InvalidInputError(message="url must be an http(s) URL", field="url")
        try:
            outcome = await info.context.run(_ingest, info.context, article)
        except ValueError as exc:
            return InvalidInputError(message=str(exc), field="text")
        except ReadError as exc:
            return IngestFailedError(message=exc.reason, source=exc.source)
        except StoreUnavailable:
            raise
        except StoreError as exc:
            log.warning("ingest failed: %s", exc)
            return IngestFailedError(
                message="the store refused the article", source=article.url or ""
            )
        _poke(info.context)
        if outcome.status == "failed":
            return IngestFailedError(
                message=outcome.message or "ingestion failed", source=outcome.source
            )
        return IngestArticleSuccess(
            status=outcome.status,
            article_id=strawberry.ID(outcome.article_id or ""),
            entities=outcome.entities,
            claims=outcome.claims,
            disputes=outcome.disputes,
        )

    @strawberry.mutation(
        permission_classes=[RequireApiKey], description="Add an RSS/Atom feed to poll."
    )
    async def add_feed(self, info: Info[Context, None], url: str) -> FeedResult:
        if not _is_http_url(url):
            return InvalidInputError(message="url must be an http(s) URL", field="url")
        state = await info.context.run(_feed_state, info.context)
        changed = await info.context.run(state.add_feed, url.strip())
        return FeedsChanged(url=url.strip(), changed=changed, feeds=state.feeds())

    @strawberry.mutation(
        permission_classes=[RequireApiKey], description="Stop polling an RSS/Atom feed."
    )
    async def remove_feed(self, info: Info[Context, None], url: str) -> FeedResult:
        state = await info.context.run(_feed_state, info.context)
        changed = await info.context.run(state.remove_feed, url.strip())
        if not changed:
            return NotFoundError(message=f"feed {url.strip()!r} is not configured", id=url)
        return FeedsChanged(url=url.strip(), changed=True, feeds=state.feeds())

    @strawberry.mutation(
        permission_classes=[RequireApiKey],
        description="Fold one entity into another (undo with splitEntity).",
    )
    async def merge_entities(
        self, info: Info[Context, None], keep: strawberry.ID, absorb: strawberry.ID
    ) -> MergeEntitiesResult:
        try:
            outcome = await info.context.run(
                curation.merge_entities, info.context.store, str(keep), str(absorb)
            )
        except curation.CurationError as exc:
            return _curation_error(exc)
        return MergeEntitiesSuccess(moved_relationships=outcome.moved, node=outcome.entity)

    @strawberry.mutation(
        permission_classes=[RequireApiKey],
        description="Undo a merge: restore `absorbed` from the snapshot kept in `id`.",
    )
    async def split_entity(
        self, info: Info[Context, None], id: strawberry.ID, absorbed: strawberry.ID
    ) -> SplitEntityResult:
        try:
            outcome = await info.context.run(
                curation.split_entity, info.context.store, str(id), str(absorbed)
            )
        except curation.CurationError as exc:
            return _curation_error(exc)
        return SplitEntitySuccess(kept_node=outcome.kept, restored_node=outcome.restored)

    @strawberry.mutation(
        permission_classes=[RequireApiKey], description="Mark a dispute resolved with a note."
    )
    async def resolve_dispute(
        self, info: Info[Context, None], id: strawberry.ID, note: str
    ) -> ResolveDisputeResult:
        try:
            node = await info.context.run(
                curation.resolve_dispute, info.context.store, str(id), note
            )
        except curation.CurationError as exc:
            return _curation_error(exc)
        _poke(info.context)
        return ResolveDisputeSuccess(node=node)
