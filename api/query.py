"""The root ``Query`` type: entry points for the analysts' questions."""

from __future__ import annotations

import asyncio
from typing import Annotated

import strawberry
from graphql import GraphQLError
from strawberry.types import Info

from api import queries
from api.analytics import EntityGraph
from api.connections import AfterArg, Connection, FirstArg, page_window
from api.context import Context
from api.types import (
    Article,
    Benchmark,
    BenchmarkInconsistency,
    BenchmarkResult,
    Claim,
    ClaimKind,
    Dispute,
    DisputeStatus,
    Entity,
    EntityType,
    GraphNode,
    to_connection,
    wrap_node,
)
from api.types.analytics import ConnectionHop, ControversyScore, EntityPath, Rivalry, StoreStats
from graph.model import ENTITY_LABELS, Label
from graph.model import unique as gm_unique


@strawberry.input(description="Claim filters, combined with AND.")
class ClaimFilter:
    claimant: str | None = strawberry.field(default=None, description="Entity id or name.")
    about: str | None = strawberry.field(default=None, description="Entity id or name.")
    kind: ClaimKind | None = None
    since: str | None = strawberry.field(default=None, description="ISO date, inclusive.")
    until: str | None = strawberry.field(default=None, description="ISO date, inclusive.")
    disputed: bool | None = None
    text: str | None = strawberry.field(
        default=None, description="Words that all occur in the claim."
    )
    article: str | None = strawberry.field(default=None, description="Article id or URL.")


async def entity_graph(info: Info[Context, None]) -> EntityGraph:
    """The analytics graph; waiting for its first build holds no store worker thread.

    The build's future is shielded: a request that times out stops waiting,
    but the shared build carries on for the requests after it.
    """
    analytics = info.context.app.services.analytics
    found = await info.context.run(analytics.graph_or_future, info.context.store)
    if isinstance(found, EntityGraph):
        return found
    return await asyncio.shield(asyncio.wrap_future(found))


def _bad_input(message: str) -> GraphQLError:
    return GraphQLError(message, extensions={"code": "BAD_USER_INPUT"})


async def entity_ref(info: Info[Context, None], ref: str | None, what: str) -> str | None:
    """Resolve an entity id or name argument to an id; unknown names are an error."""
    if ref is None:
        return None
    node = await info.context.run(queries.resolve_entity, info.context.store, ref)
    if node is None:
        raise _bad_input(f"no entity matches {what} {ref!r}")
    return node.id


@strawberry.type
class Query:
    @strawberry.field(description="Any record by its global id.")
    async def node(self, info: Info[Context, None], id: strawberry.ID) -> GraphNode | None:
        found = await info.context.node(str(id))
        return wrap_node(found) if found else None

    @strawberry.field(description='One entity by id, or by name or alias ("LeCun").')
    async def entity(
        self, info: Info[Context, None], id: strawberry.ID | None = None, name: str | None = None
    ) -> Entity | None:
        if (id is None) == (name is None):
            raise _bad_input("give exactly one of id or name")
        if id is not None:
            node = await info.context.node(str(id))
            return wrap_node(node) if node and node.label in ENTITY_LABELS else None
        node = await info.context.run(queries.resolve_entity, info.context.store, name or "")
        return wrap_node(node) if node else None

    @strawberry.field(description="Entities by text search and/or name prefix, ordered by name.")
    async def entities(
        self,
        info: Info[Context, None],
        search: str | None = None,
        prefix: str | None = None,
        type: EntityType | None = None,
        first: FirstArg = None,
        after: AfterArg = None,
    ) -> Connection[Entity]:
        win = page_window(info, first, after, search, prefix, type and type.value)
        label = Label(type.value) if type else None
        page = await info.context.run(
            queries.search_entities,
            info.context.store,
            win,
            search=search,
            prefix=prefix,
            label=label,
        )
        return to_connection(page)

    @strawberry.field
    async def claim(self, info: Info[Context, None], id: strawberry.ID) -> Claim | None:
        node = await info.context.node(str(id))
        return Claim(node=node) if node and node.label == Label.CLAIM else None

    @strawberry.field(description="Claims matching a filter, newest first.")
    async def claims(
        self,
        info: Info[Context, None],
        filter: ClaimFilter | None = None,
        first: FirstArg = None,
        after: AfterArg = None,
    ) -> Connection[Claim]:
        f = filter or ClaimFilter()
        win = page_window(
            info,
            first,
            after,
            f.claimant,
            f.about,
            f.kind and f.kind.value,
            f.since,
            f.until,
            f.disputed,
            f.text,
            f.article,
        )
        article = f.article
        if article and not article.startswith("article:"):
            found = await info.context.run(queries.find_article_by_url, info.context.store, article)
            if found is None:
                raise _bad_input(f"no article has url {article!r}")
            article = found.id
        query = queries.ClaimQuery(
            claimant=await entity_ref(info, f.claimant, "claimant"),
            about=await entity_ref(info, f.about, "about"),
            kind=f.kind.value if f.kind else None,
            since=f.since,
            until=f.until,
            disputed=f.disputed,
            text=f.text,
            article=article,
        )
        page = await info.context.run(
            queries.find_claims,
            info.context.store,
            query,
            win,
        )
        return to_connection(page)

    @strawberry.field
    async def dispute(self, info: Info[Context, None], id: strawberry.ID) -> Dispute | None:
        node = await info.context.node(str(id))
        return Dispute(node=node) if node and node.label == Label.DISPUTE else None

    @strawberry.field(description="Disputes, most recently updated first.")
    async def disputes(
        self,
        info: Info[Context, None],
        status: DisputeStatus | None = None,
        entity: Annotated[str | None, strawberry.argument(description="Entity id or name.")] = None,
        topic: str | None = None,
        first: FirstArg = None,
        after: AfterArg = None,
        include_affiliated: Annotated[
            bool,
            strawberry.argument(
                description="With `entity`: also the disputes of the people who work for, "
                "lead or founded it (each flagged `viaAffiliate`)."
            ),
        ] = False,
    ) -> Connection[Dispute]:
        win = page_window(
            info, first, after, status and status.value, entity, topic, include_affiliated
        )
        query = queries.DisputeQuery(
            status=status.value if status else None,
            entity=await entity_ref(info, entity, "entity"),
            topic=topic,
            include_affiliated=include_affiliated,
        )
        if include_affiliated and query.entity:
            page, via = await info.context.run(
                queries.find_disputes_with_affiliates, info.context.store, query, win
            )
            return to_connection(page, lambda n: Dispute(node=n, via_affiliate_flag=n.id in via))
        page = await info.context.run(queries.find_disputes, info.context.store, query, win)
        return to_connection(page)

    @strawberry.field(description="One article by id or URL.")
    async def article(
        self, info: Info[Context, None], id: strawberry.ID | None = None, url: str | None = None
    ) -> Article | None:
        if (id is None) == (url is None):
            raise _bad_input("give exactly one of id or url")
        if id is not None:
            node = await info.context.node(str(id))
        else:
            node = await info.context.run(
                queries.find_article_by_url, info.context.store, url or ""
            )
        return Article(node=node) if node and node.label == Label.ARTICLE else None

    @strawberry.field(description="Articles by outlet and date, newest first.")
    async def articles(
        self,
        info: Info[Context, None],
        outlet: str | None = None,
        since: str | None = None,
        until: str | None = None,
        search: str | None = None,
        first: FirstArg = None,
        after: AfterArg = None,
    ) -> Connection[Article]:
        win = page_window(info, first, after, outlet, since, until, search)
        query = queries.ArticleQuery(outlet=outlet, since=since, until=until, search=search)
        page = await info.context.run(queries.find_articles, info.context.store, query, win)
        return to_connection(page)

    @strawberry.field(description="Reported results, filtered by model and/or benchmark.")
    async def benchmark_results(
        self,
        info: Info[Context, None],
        model: str | None = None,
        benchmark: str | None = None,
        variant: str | None = None,
    ) -> list[BenchmarkResult]:
        if model is None and benchmark is None:
            raise _bad_input("give a model, a benchmark or both")
        model_id = await entity_ref(info, model, "model")
        bench_id = await entity_ref(info, benchmark, "benchmark")
        anchor = model_id or bench_id or ""
        rels = [r for r in await info.context.rels.load(anchor) if r.type == "EVALUATED_ON"]
        return [
            BenchmarkResult(rel=r)
            for r in rels
            if (model_id is None or r.source == model_id)
            and (bench_id is None or r.target == bench_id)
            and (variant is None or r.get("variant") == variant)
        ]

    @strawberry.field(description="Benchmarks whose reported results mix variants or conflict.")
    async def benchmark_inconsistencies(
        self, info: Info[Context, None]
    ) -> list[BenchmarkInconsistency]:
        benchmarks = await info.context.run(info.context.store.find, Label.BENCHMARK, limit=None)
        out: list[BenchmarkInconsistency] = []
        for node in benchmarks:
            out.extend(await Benchmark(node=node).inconsistencies(info))
        # Across benchmarks: one model family reported through different variants.
        per_bench = await info.context.rels.load_many([b.id for b in benchmarks])
        results = [
            r
            for b, rels in zip(benchmarks, per_bench, strict=True)
            for r in rels
            if r.type == "EVALUATED_ON" and r.target == b.id
        ]
        models = {
            m.id: m for m in await info.context.nodes_of(gm_unique(r.source for r in results))
        }
        names = {n.id: n.name or n.id for n in [*benchmarks, *models.values()]}
        for found in queries.family_inconsistencies(models, results, names):
            out.append(
                BenchmarkInconsistency(
                    kind=found.kind,
                    description=found.description,
                    results=[BenchmarkResult(rel=r) for r in found.results],
                )
            )
        return out

    @strawberry.field(description="Shortest chain of evidence between two entities (id or name).")
    async def shortest_connection(
        self, info: Info[Context, None], source: str, target: str, max_hops: int = 6
    ) -> EntityPath | None:
        a = await entity_ref(info, source, "source")
        b = await entity_ref(info, target, "target")
        graph = await entity_graph(info)
        hops = graph.shortest_connection(a or "", b or "", max_hops=min(max_hops, 12))
        if hops is None:
            return None
        return EntityPath(
            hops=[
                ConnectionHop(
                    via=h.via,
                    source_id=h.source,
                    target_id=h.target,
                    relationship_id=h.relationship,
                    claim_id=h.claim,
                    other_claim_id=h.other_claim,
                )
                for h in hops
            ]
        )

    @strawberry.field(description="Entities ranked by how many disputes they are in.")
    async def most_disputed(
        self, info: Info[Context, None], type: EntityType | None = None, first: int = 10
    ) -> list[ControversyScore]:
        page_window(info, first, None)
        graph = await entity_graph(info)
        rows = graph.controversy(Label(type.value) if type else None)[:first]
        return [
            ControversyScore(entity_id=e, disputes=d, disputed_claims=c, opponents=o)
            for e, d, c, o in rows
        ]

    @strawberry.field(description="Who disputes whom most often.")
    async def rivalries(self, info: Info[Context, None], first: int = 10) -> list[Rivalry]:
        page_window(info, first, None)
        graph = await entity_graph(info)
        return [
            Rivalry(count=len(ids), disputer_id=a, disputed_id=b, rel_ids=ids)
            for a, b, ids in graph.rivalries()[:first]
        ]

    @strawberry.field(description="Counts of the store's records.")
    async def stats(self, info: Info[Context, None]) -> StoreStats:
        counts = await info.context.run(info.context.store.stats)
        return StoreStats(kind=info.context.store.kind, counts=counts)
