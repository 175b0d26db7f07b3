"""Ingestion: read sources, extract, link across articles, write one transaction per article.

This is where ``ingest`` (reading and extraction, which knows nothing of
stores) meets ``graph`` (the store).  Every entry point of the service goes
through :class:`Ingestor`: the ``claimgraph ingest`` command, the API's
``ingestArticle`` mutation and the feed poller.

One article is one transaction: its article node, entities, claims, the
disputes found inside it and the disputes it opens or extends with stored
claims are applied together, so after a crash an article is wholly present
or wholly absent.  An article whose exact text is already stored is reported
``unchanged`` and not written again.

Many articles (:meth:`Ingestor.ingest_specs`) are extracted ahead of the
writer, a few at a time with one batched spaCy parse, optionally in worker
processes (``workers``, ``claimgraph ingest --workers N``,
``CLAIMGRAPH_INGEST_WORKERS``; see ``ingest/parallel.py``).  Linking against
the store and writing stay here, one article at a time in the original order,
so the graph is the same whatever the number of workers.

Before an article is written, its entities are mapped onto the stored ones
(:mod:`api.entity_mapping`) and the stored claims and disputes near it are
read to link and merge with (:mod:`api.stored_context`).
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from api.entity_mapping import onto_stored_entities
from api.stored_context import merge_with_stored_disputes, stored_claims_near
from graph.model import ENTITY_LABELS, Event, EventKind, GraphBatch, Label
from graph.store import GraphStore, StoreError
from ingest.document import ArticleText, ReadError, ReadNotice
from ingest.linking import link_across_articles
from ingest.parallel import CHUNK, ExtractionPool, Prepared, prepare_chunk
from ingest.pipeline import ExtractionError, Extractor
from ingest.sources import read_sources
from ingest.to_graph import to_graph_batch

if TYPE_CHECKING:
    from ingest.feeds import FeedState

#: "warning": read despite a problem (a feed read leniently); "note": an account
#: of what a source gave (a feed's entries).  Neither is an article.
Status = Literal["new", "unchanged", "failed", "warning", "note"]

#: Chunks being extracted ahead of the writer, per worker process.
CHUNKS_AHEAD_PER_WORKER = 2

WORKERS_VARIABLE = "CLAIMGRAPH_INGEST_WORKERS"


def workers_from_environment() -> int:
    """``CLAIMGRAPH_INGEST_WORKERS`` (default 1); raises ValueError with one line when invalid."""
    raw = os.environ.get(WORKERS_VARIABLE, "").strip()
    if not raw:
        return 1
    try:
        workers = int(raw)
    except ValueError:
        raise ValueError(f"{WORKERS_VARIABLE} must be a whole number, not {raw!r}") from None
    if workers < 1:
        raise ValueError(f"{WORKERS_VARIABLE} must be at least 1, not {workers}")
    return workers


@dataclass(slots=True)
class IngestOutcome:
    """What became of one item read: an article stored or not, a failure, or a notice."""

    source: str
    status: Status
    article_id: str | None = None
    message: str | None = None
    entities: int = 0
    claims: int = 0
    disputes: int = 0
    events: tuple[Event, ...] = ()


@dataclass(slots=True)
class IngestSummary:
    """The counts of one ingest run, and its failures."""

    new: int = 0
    unchanged: int = 0
    failed: int = 0
    warnings: int = 0
    entities: int = 0
    claims: int = 0
    disputes: int = 0
    failures: list[IngestOutcome] = field(default_factory=list)

    def add(self, outcome: IngestOutcome) -> None:
        if outcome.status == "new":
            self.new += 1
        elif outcome.status == "unchanged":
            self.unchanged += 1
        elif outcome.status == "warning":
            self.warnings += 1
        elif outcome.status == "note":
            pass
        else:
            self.failed += 1
            self.failures.append(outcome)
        self.entities += outcome.entities
        self.claims += outcome.claims
        self.disputes += outcome.disputes

    def line(self) -> str:
        """The one-line summary printed at the end of ``claimgraph ingest``."""
        warnings = ""
        if self.warnings:
            warnings = f"; {self.warnings} warning{'s' if self.warnings != 1 else ''}"
        return (
            f"articles: {self.new} new, {self.unchanged} unchanged, {self.failed} failed; "
            f"{self.entities} entities, {self.claims} claims, {self.disputes} disputes"
            f"{warnings}"
        )


def notice_outcome(notice: ReadNotice) -> IngestOutcome:
    """A reader's notice as an outcome: "warning", or "note" for an informational account."""
    status: Status = "warning" if notice.level == "warning" else "note"
    return IngestOutcome(notice.source, status, message=notice.message)


class Ingestor:
    """Turns articles into graph transactions on one store.

    ``workers`` > 1: :meth:`ingest_specs` and :meth:`ingest_items` extract in
    that many worker processes (started per call; ``pool`` instead lends an
    already started :class:`ExtractionPool`, which the caller closes).  The
    workers use their own default :class:`Extractor`, not ``extractor``.
    """

    def __init__(
        self,
        store: GraphStore,
        extractor: Extractor | None = None,
        workers: int = 1,
        pool: ExtractionPool | None = None,
    ) -> None:
        self.store = store
        self._extractor = extractor
        self.workers = max(1, workers)
        self._pool = pool

    @property
    def extractor(self) -> Extractor:
        # Loading spaCy takes a second; a server that never ingests never pays it.
        # Claims from unnamed sources ("critics said") are kept: no claimant
        # entity, their own words as ``claimantText``.
        if self._extractor is None:
            self._extractor = Extractor(keep_unresolved=True)
        return self._extractor

    def ingest_article(self, article: ArticleText) -> IngestOutcome:
        """Extract one article and store it in one transaction.

        A store that fails or goes away, on any read or the write, fails this
        article only: the caller reports it and goes on with the next.
        """
        return self._store_article(article, None)

    def _store_article(self, article: ArticleText, prepared: Prepared | None) -> IngestOutcome:
        """Link and write one article; ``prepared``: its extraction done ahead, if any."""
        try:
            return self._ingest_article(article, prepared)
        except StoreError as exc:
            return IngestOutcome(article.source, "failed", article.id, str(exc))

    def _ingest_article(self, article: ArticleText, prepared: Prepared | None) -> IngestOutcome:
        # The article id is derived from the content hash: a primary-key lookup.
        # Checked here even when extraction ran ahead: an earlier article of the
        # same run may have had the same text.
        if self.store.get_node(article.id) is not None:
            return IngestOutcome(article.source, "unchanged", article.id)
        if prepared is None:
            try:
                prepared = to_graph_batch(article, self.extractor.extract(article))
            except ExtractionError as exc:
                prepared = str(exc)
        if isinstance(prepared, str):
            return IngestOutcome(article.source, "failed", article.id, prepared)
        batch = onto_stored_entities(self.store, prepared)
        near = stored_claims_near(self.store, batch)
        cross = link_across_articles(batch, near)
        batch = _combine(batch, cross)
        batch = merge_with_stored_disputes(self.store, batch, near)
        batch.events.append((EventKind.ARTICLE_INGESTED, article.id, {"source": article.source}))
        try:
            result = self.store.apply(batch)
        except StoreError as exc:
            return IngestOutcome(article.source, "failed", article.id, str(exc))
        labels = [n.label for n in batch.nodes]
        return IngestOutcome(
            article.source,
            "new",
            article.id,
            entities=sum(1 for label in labels if label in ENTITY_LABELS),
            claims=labels.count(Label.CLAIM),
            disputes=labels.count(Label.DISPUTE),
            events=result.events,
        )

    def ingest_specs(
        self,
        specs: Iterable[str],
        on_outcome: Callable[[IngestOutcome], None] | None = None,
        *,
        feed_state: FeedState | None = None,
    ) -> IngestSummary:
        """Read every source (files, folders, URLs, feeds, ``-``) and ingest it.

        ``feed_state``: the feed list and memory of seen entries (default: the
        data folder's, :func:`ingest.feeds.default_state_path`).
        """
        return self.ingest_items(read_sources(specs, feed_state=feed_state), on_outcome)

    def ingest_items(
        self,
        items: Iterable[ArticleText | ReadError | ReadNotice],
        on_outcome: Callable[[IngestOutcome], None] | None = None,
    ) -> IngestSummary:
        """Ingest articles (a :class:`ReadError` is reported as failed, a notice as one), in order.

        Each article is its own transaction, exactly as :meth:`ingest_article`;
        extraction runs ahead in chunks (in worker processes with ``workers``).
        """
        summary = IngestSummary()
        pool = self._pool
        own_pool = None
        if pool is None and self.workers > 1:
            pool = own_pool = ExtractionPool(self.workers)
        try:
            for item, prepared in self._extracted_ahead(items, pool):
                if isinstance(item, ReadError):
                    outcome = IngestOutcome(item.source, "failed", message=item.reason)
                elif isinstance(item, ReadNotice):
                    outcome = notice_outcome(item)
                else:
                    outcome = self._store_article(item, prepared)
                summary.add(outcome)
                if on_outcome:
                    on_outcome(outcome)
        finally:
            if own_pool is not None:
                own_pool.close()
        return summary

    def _extracted_ahead(
        self, items: Iterable[ArticleText | ReadError | ReadNotice], pool: ExtractionPool | None
    ) -> Iterator[tuple[ArticleText | ReadError | ReadNotice, Prepared | None]]:
        """The items in order, each article with its extraction done ahead.

        Items are taken a chunk of ``CHUNK`` articles to extract at a time (an
        article already stored is not extracted again).  Without a pool a chunk
        is extracted when its turn comes; with one, up to
        ``CHUNKS_AHEAD_PER_WORKER`` chunks per worker are in flight.  An
        extractor without a batched parse (``extract_many``) and no pool means
        one article at a time, extracted when it is stored.
        """
        # (asked of the class when no extractor is loaded yet: a run whose
        # articles are all stored or unreadable never loads spaCy)
        extractor = self._extractor if self._extractor is not None else Extractor
        if pool is None and not hasattr(extractor, "extract_many"):
            for item in items:
                yield item, None
            return
        ahead = CHUNKS_AHEAD_PER_WORKER * pool.workers if pool is not None else 0
        pending: deque[_Chunk] = deque()
        chunk = _Chunk()
        for item in items:
            chunk.items.append(item)
            if isinstance(item, ArticleText):
                chunk.articles.append(item)
            # (unreadable items are not held back long behind a chunk that fills slowly)
            if len(chunk.articles) >= CHUNK or len(chunk.items) >= 4 * CHUNK:
                pending.append(self._start(chunk, pool))
                chunk = _Chunk()
                while len(pending) > ahead:
                    yield from self._finish(pending.popleft())
        if chunk.items:
            pending.append(self._start(chunk, pool))
        while pending:
            yield from self._finish(pending.popleft())

    def _start(self, chunk: _Chunk, pool: ExtractionPool | None) -> _Chunk:
        """Drop the chunk's already stored articles and start extracting the rest."""
        try:
            stored = self.store.get_nodes([a.id for a in chunk.articles])
        except StoreError:
            stored = [None] * len(chunk.articles)  # the write will report the store's error
        chunk.articles = [a for a, node in zip(chunk.articles, stored, strict=True) if node is None]
        if not chunk.articles:
            chunk.result = []
        elif pool is not None:
            try:
                chunk.result = pool.submit(chunk.articles)
            except BrokenProcessPool:
                chunk.result = None  # extracted here when its turn comes
        return chunk

    def _finish(
        self, chunk: _Chunk
    ) -> Iterator[tuple[ArticleText | ReadError | ReadNotice, Prepared | None]]:
        result = chunk.result
        if isinstance(result, Future):
            try:
                result = result.result()
            except BrokenProcessPool:
                # a worker died (killed, out of memory): extract here instead
                result = None
        if result is None:
            result = prepare_chunk(self.extractor, chunk.articles)
        prepared = {a.id: p for a, p in zip(chunk.articles, result, strict=True)}
        for item in chunk.items:
            yield item, (prepared.get(item.id) if isinstance(item, ArticleText) else None)


@dataclass(slots=True)
class _Chunk:
    """Items read in a row, the articles among them to extract, and the extraction."""

    items: list[ArticleText | ReadError | ReadNotice] = field(default_factory=list)
    articles: list[ArticleText] = field(default_factory=list)
    result: Future[list[Prepared]] | list[Prepared] | None = None


def _combine(first: GraphBatch, second: GraphBatch) -> GraphBatch:
    return GraphBatch(
        nodes=[*first.nodes, *second.nodes],
        relationships=[*first.relationships, *second.relationships],
        delete_nodes=[*first.delete_nodes, *second.delete_nodes],
        delete_relationships=[*first.delete_relationships, *second.delete_relationships],
        events=[*first.events, *second.events],
    )
