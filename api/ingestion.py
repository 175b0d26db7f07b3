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
"""

from __future__ import annotations

import json
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from api.curation import fold_into
from graph.model import (
    ENTITY_LABELS,
    Event,
    EventKind,
    GraphBatch,
    Label,
    Node,
    RelType,
    alias_key,
    retarget,
    unique,
)
from graph.store import GraphStore, StoreError
from ingest.document import ArticleText, ReadError, ReadNotice
from ingest.linking import (
    ROLE_TYPES,
    SideContext,
    StoredClaim,
    StoredDispute,
    link_across_articles,
    merge_disputes_by_sides,
    party_ids_of_batch,
)
from ingest.parallel import CHUNK, ExtractionPool, Prepared, prepare_chunk
from ingest.pipeline import ExtractionError, Extractor
from ingest.sources import read_sources
from ingest.to_graph import to_graph_batch

if TYPE_CHECKING:
    from ingest.feeds import FeedState

#: "warning": read despite a problem (a feed read leniently); "note": an account
#: of what a source gave (a feed's entries).  Neither is an article.
Status = Literal["new", "unchanged", "failed", "warning", "note"]

# A hub entity (Meta, OpenAI) is ABOUT-linked from very many claims; linking
# looks at the most recent ones only, so ingest cost does not grow with the store.
MAX_STORED_CLAIMS_PER_ENTITY = 500
# Likewise the stored disputes a new one is compared with, per party or organisation
# of a party: the most recently updated ones (a story is usually recent news).
MAX_STORED_DISPUTES_PER_ENTITY = 50
# An entity's disputes: those concerning it, and those involving a claim it made
# (the same walk as ``api.queries.ENTITY_DISPUTE_PATHS``).
_DISPUTE_PATHS = (
    ((RelType.CONCERNS, "in"),),
    ((RelType.ASSERTS, "out"), (RelType.INVOLVES, "in")),
)

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
        batch = self._onto_stored_entities(prepared)
        near = self._stored_claims_near(batch)
        cross = link_across_articles(batch, near)
        batch = _combine(batch, cross)
        batch = self._merge_disputes(batch, near)
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

    def _onto_stored_entities(self, batch: GraphBatch) -> GraphBatch:
        """Map the article's entities onto the canonical stored ones.

        An entity id that is new to the store is mapped onto a stored entity of
        the same label when an analyst merged that id into it or it is a former
        name of it (``absorbedIds``), or when one of its names, folded
        (:func:`graph.model.alias_key`: "Not Boring Software" is "NotBoring
        Software"), is a name or alias of exactly one stored entity ("Raman" in a
        later article is the stored "Priya Raman").  One
        :meth:`GraphStore.find_aliased` call answers that for the whole article.
        The mapped mention becomes an alias there, so the alias table grows as
        articles arrive.  An entity the article names as renamed ("X, formerly
        Twitter") absorbs the entity stored under its former name, in the same
        transaction.  Relationships follow their endpoints.
        """
        entities = [n for n in batch.nodes if n.label in ENTITY_LABELS]
        if not entities:
            return batch
        stored = self.store.get_nodes([n.id for n in entities])
        absorbed_ids = [a for n in entities for a in n.get("absorbedIds") or []]
        known = self.store.find_aliased(
            unique([*(n.id for n in entities), *absorbed_ids]),
            unique(k for n in entities for k in _alias_keys(n)),
        )
        mapping: dict[str, str] = {}
        for node, existing in zip(entities, stored, strict=True):
            if existing is None:
                target = self._canonical_for(node, known)
                if target is not None and target != node.id:
                    mapping[node.id] = target
        renamed = self._absorb_former_names(entities, known, mapping)
        if not mapping and renamed.is_empty():
            return batch
        nodes = []
        for n in batch.nodes:
            if n.id in mapping:
                props = {k: v for k, v in n.properties.items() if k != "name"}
                aliases = [*(n.get("aliases") or []), n.name or ""]
                props["aliases"] = [a for a in unique(aliases) if a]
                props["aliasKeys"] = unique([*(n.get("aliasKeys") or []), *_alias_keys(n)])
                n = Node(mapping[n.id], n.label, props)
            elif n.label == Label.DISPUTE and n.get("partyIds"):
                props = dict(n.properties)
                props["partyIds"] = unique(mapping.get(p, p) for p in n.get("partyIds") or [])
                n = Node(n.id, n.label, props)
            nodes.append(n)
        rels = [
            retarget(r, mapping.get(r.source, r.source), mapping.get(r.target, r.target))
            if r.source in mapping or r.target in mapping
            else r
            for r in batch.relationships
        ]
        rels = [r for r in rels if r.source != r.target]
        events = [(kind, mapping.get(subj, subj), data) for kind, subj, data in batch.events]
        return GraphBatch(
            nodes=[*nodes, *renamed.nodes],
            relationships=[*rels, *renamed.relationships],
            delete_nodes=[*batch.delete_nodes, *renamed.delete_nodes],
            delete_relationships=[*batch.delete_relationships, *renamed.delete_relationships],
            events=events,
        )

    def _canonical_for(self, node: Node, known: list[Node]) -> str | None:
        """The stored entity a new entity id is (see :meth:`_onto_stored_entities`)."""
        merged = {k.id for k in known if node.id in (k.get("absorbedIds") or [])}
        if len(merged) == 1:
            return merged.pop()
        # A renamed entity is never mapped onto what it absorbs (its former name).
        absorbs = {node.id, *(node.get("absorbedIds") or [])}
        keys = set(_alias_keys(node))
        candidates = {
            k.id
            for k in known
            if k.label == node.label and k.id not in absorbs and keys & set(_alias_keys(k))
        }
        if candidates:
            return candidates.pop() if len(candidates) == 1 else None
        # Entities stored before alias keys were written: exact names and aliases.
        names = tuple(unique([n for n in [node.name, *(node.get("aliases") or [])] if n]))
        if not names:
            return None
        found = {
            m.id
            for key in ("name", "aliases")
            for m in self.store.find(node.label, {key: names}, limit=3)
        } - absorbs
        return found.pop() if len(found) == 1 else None

    def _absorb_former_names(
        self, entities: list[Node], known: list[Node], mapping: dict[str, str]
    ) -> GraphBatch:
        """Fold each stored entity under a former name into the renamed entity.

        A renamed entity lists its former names' ids in ``absorbedIds``; a stored
        entity of the same label with one of those ids is merged into it as an
        analyst's merge would (``api/curation.py``): its relationships move, it
        is deleted, and the kept entity records a ``mergedFrom`` snapshot, so
        ``splitEntity`` can undo a wrong rename.  Batch ids mapped onto it follow.
        """
        out = GraphBatch()
        stored_by_id = {k.id: k for k in known}
        for node in entities:
            keep = mapping.get(node.id, node.id)
            for old_id in node.get("absorbedIds") or []:
                old = stored_by_id.get(old_id)
                if old is None or old.id == keep or old.label != node.label:
                    continue
                if any(
                    o.id == old.id for o in (stored_by_id.get(i) for i in out.delete_nodes) if o
                ):
                    continue
                added = [a for a in unique([old.name or "", *(old.get("aliases") or [])]) if a]
                originals, moved, snapshot = fold_into(self.store, old, keep, added)
                out.nodes.append(
                    Node(
                        keep,
                        node.label,
                        {
                            "aliases": added,
                            "aliasKeys": _alias_keys(old),
                            "absorbedIds": unique([old.id, *(old.get("absorbedIds") or [])]),
                            "mergedFrom": [json.dumps(snapshot, sort_keys=True)],
                        },
                    )
                )
                out.relationships.extend(moved)
                out.delete_relationships.extend(r.id for r in originals)
                out.delete_nodes.append(old.id)
                for k, v in list(mapping.items()):
                    if v == old.id:
                        mapping[k] = keep
        return out

    def _merge_disputes(self, batch: GraphBatch, near: list[StoredClaim]) -> GraphBatch:
        """Fold the batch's disputes into stored ones (or each other) between the same sides.

        Reads the context :func:`ingest.linking.merge_disputes_by_sides` needs: the
        organisations each party speaks for (WORKS_FOR, LEADS, FOUNDED, stored or in
        the batch), the recent open disputes of every party and of those
        organisations with their parties, and, when a party is named by surname
        only, the persons affiliated with the organisations on each side.
        """
        ctx = SideContext(claimants={c.node.id: c.claimant_id for c in near if c.claimant_id})
        parties = party_ids_of_batch(batch, ctx)
        if not parties:
            return batch
        in_batch = {n.id: n for n in batch.nodes}
        for r in batch.relationships:
            if r.type in ROLE_TYPES and not r.get("former"):
                ctx.orgs.setdefault(r.source, set()).add(r.target)
        party_set = {p for ps in parties.values() for p in ps}
        self._add_orgs(ctx, party_set)
        keys = sorted(party_set.union(*(ctx.orgs.get(p, set()) for p in party_set)))
        candidates: dict[str, Node] = {}
        for key in keys:
            page, _ = self.store.reachable_page(
                key,
                _DISPUTE_PATHS,
                order_keys=("updatedAt", "openedAt"),
                label=Label.DISPUTE,
                limit=MAX_STORED_DISPUTES_PER_ENTITY,
            )
            candidates.update((n.id, n) for n in page if n.get("status", "open") == "open")
        touched = [d for d in parties if d not in candidates]
        for node in self.store.get_nodes(touched):
            if node is not None:
                candidates[node.id] = node  # a stored dispute the batch grows, whatever its state
        stored = self._stored_disputes(list(candidates.values()))
        self._add_orgs(ctx, {p for s in stored for p in s.party_ids} - party_set)
        everyone = party_set.union(*(s.party_ids for s in stored))
        named = {i: n.name for i, n in in_batch.items() if n.name}
        unnamed = sorted(everyone - set(named))
        named.update((n.id, n.name) for n in self.store.get_nodes(unnamed) if n and n.name)
        ctx.names = named
        if any(_is_surname_only(p, named) for p in everyone):
            orgs = sorted(
                {p for p in everyone if p.startswith("organization:")}.union(*ctx.orgs.values())
            )
            for r in self.store.relationships_of(orgs, list(ROLE_TYPES), direction="in"):
                if not r.get("former"):
                    ctx.members.setdefault(r.target, set()).add(r.source)
            for r in batch.relationships:
                if r.type in ROLE_TYPES and not r.get("former"):
                    ctx.members.setdefault(r.target, set()).add(r.source)
            members = sorted(set().union(*ctx.members.values()) - set(named))
            named.update((n.id, n.name) for n in self.store.get_nodes(members) if n and n.name)
        return merge_disputes_by_sides(batch, stored, ctx)

    def _add_orgs(self, ctx: SideContext, entities: set[str]) -> None:
        """Record the stored organisations each of ``entities`` WORKS_FOR, LEADS or FOUNDED."""
        if not entities:
            return
        for r in self.store.relationships_of(sorted(entities), list(ROLE_TYPES), direction="out"):
            if r.source in entities and not r.get("former"):  # a past employer is no side
                ctx.orgs.setdefault(r.source, set()).add(r.target)

    def _stored_disputes(self, nodes: list[Node]) -> list[StoredDispute]:
        """The stored disputes with their parties: ``partyIds`` and their claims' claimants."""
        if not nodes:
            return []
        involves = self.store.relationships_of([n.id for n in nodes], [RelType.INVOLVES], "out")
        claims_of: dict[str, list[str]] = {}
        for r in involves:
            claims_of.setdefault(r.source, []).append(r.target)
        claim_ids = sorted({c for cs in claims_of.values() for c in cs})
        claimant: dict[str, str] = {}
        if claim_ids:
            for r in self.store.relationships_of(claim_ids, [RelType.ASSERTS], "in"):
                claimant[r.target] = r.source
        return [
            StoredDispute(
                node=n,
                party_ids=unique(
                    [
                        *(n.get("partyIds") or []),
                        *(claimant[c] for c in claims_of.get(n.id, []) if c in claimant),
                    ]
                ),
            )
            for n in nodes
        ]

    def _stored_claims_near(self, batch: GraphBatch) -> list[StoredClaim]:
        """Stored claims about any entity the new claims are about, with their context."""
        new_ids = {n.id for n in batch.nodes}
        topics = sorted({r.target for r in batch.relationships if r.type == RelType.ABOUT})
        if not topics:
            return []
        about_topics = self.store.relationships_of(topics, [RelType.ABOUT], direction="in")
        per_topic: dict[str, list[str]] = {}
        for rel in about_topics:
            if rel.source not in new_ids:
                per_topic.setdefault(rel.target, []).append(rel.source)
        # and what those entities said themselves: "B denied A's claims" answers A's
        # claim about B, which is not about A
        said = self.store.relationships_of(topics, [RelType.ASSERTS], direction="out")
        for rel in said:
            if rel.target not in new_ids:
                per_topic.setdefault(rel.source, []).append(rel.target)
        claim_ids = sorted(
            {cid for ids in per_topic.values() for cid in ids[-MAX_STORED_CLAIMS_PER_ENTITY:]}
        )
        if not claim_ids:
            return []
        claims = [c for c in self.store.get_nodes(claim_ids) if c is not None]
        context = self.store.relationships_of(
            [c.id for c in claims], [RelType.ASSERTS, RelType.ABOUT, RelType.INVOLVES]
        )
        claimant: dict[str, str] = {}
        about: dict[str, list[str]] = {}
        involved: dict[str, list[str]] = {}  # claim -> the disputes it is in
        for rel in context:
            if rel.type == RelType.ASSERTS:
                claimant[rel.target] = rel.source
            elif rel.type == RelType.ABOUT:
                about.setdefault(rel.source, []).append(rel.target)
            else:
                involved.setdefault(rel.target, []).append(rel.source)
        # A claim can be in several disputes (one per pair of parties): a new answer
        # extends the open one with the smallest id, whatever order the store lists
        # them in and whenever they were opened, so the graph never depends on how
        # many runs ingested the articles.  A resolved dispute stays closed.
        nodes = self.store.get_nodes(sorted({d for ds in involved.values() for d in ds}))
        resolved = {d.id for d in nodes if d is not None and d.get("status") == "resolved"}
        dispute = {
            claim: min(live)
            for claim, ds in involved.items()
            if (live := [d for d in ds if d not in resolved])
        }
        return [
            StoredClaim(
                node=c,
                claimant_id=claimant.get(c.id),
                about_ids=about.get(c.id, []),
                dispute_id=dispute.get(c.id),
            )
            for c in claims
        ]


@dataclass(slots=True)
class _Chunk:
    """Items read in a row, the articles among them to extract, and the extraction."""

    items: list[ArticleText | ReadError | ReadNotice] = field(default_factory=list)
    articles: list[ArticleText] = field(default_factory=list)
    result: Future[list[Prepared]] | list[Prepared] | None = None


def _alias_keys(node: Node) -> list[str]:
    """The folded names an entity is known by: stored ``aliasKeys``, name and aliases."""
    names = [node.name or "", *(node.get("aliases") or [])]
    return unique([*(node.get("aliasKeys") or []), *(alias_key(n) for n in names if n)])


def _is_surname_only(entity: str, names: dict[str, str]) -> bool:
    """A person named by one word only ("Prince"): maybe the surname of a known person."""
    return entity.startswith("person:") and len(names.get(entity, "").split()) == 1


def _combine(first: GraphBatch, second: GraphBatch) -> GraphBatch:
    return GraphBatch(
        nodes=[*first.nodes, *second.nodes],
        relationships=[*first.relationships, *second.relationships],
        delete_nodes=[*first.delete_nodes, *second.delete_nodes],
        delete_relationships=[*first.delete_relationships, *second.delete_relationships],
        events=[*first.events, *second.events],
    )
