"""GraphQL models and benchmarks: the entities with scores, and scores that disagree."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from api import queries
from api.context import Context
from api.types.base import (
    Evidence,
    evidence_of,
    str_of,
    wrap_node,
)
from api.types.entities import Entity
from graph import model as gm
from graph.model import RelType


@strawberry.type(description="A reported score of a model on a benchmark (EVALUATED_ON).")
class BenchmarkResult:
    rel: strawberry.Private[gm.Relationship]

    @strawberry.field
    def id(self) -> strawberry.ID:
        return strawberry.ID(self.rel.id)

    @strawberry.field(description="The score as a number (parsed from the text if needed).")
    def score(self) -> float | None:
        return queries.score_value(self.rel.get("score"))

    @strawberry.field(description='The score as reported, e.g. "86.4%".')
    def score_text(self) -> str | None:
        value = self.rel.get("score")
        return None if value is None else str(value)

    @strawberry.field
    def metric(self) -> str | None:
        return str_of(self.rel.get("metric"))

    @strawberry.field
    def variant(self) -> str | None:
        return str_of(self.rel.get("variant"))

    @strawberry.field(description="Who reported the result, as written.")
    def reported_by(self) -> str | None:
        return str_of(self.rel.get("reportedBy"))

    @strawberry.field(description="The reporting entity, when it is in the graph.")
    async def reporter(self, info: Info[Context, None]) -> Entity | None:
        ref = str_of(self.rel.get("reportedBy"))
        if not ref:
            return None
        node = await info.context.node(ref)
        return wrap_node(node) if node and node.label in gm.ENTITY_LABELS else None

    @strawberry.field
    def evidence(self) -> list[Evidence]:
        return evidence_of(self.rel)

    @strawberry.field
    async def model(self, info: Info[Context, None]) -> Entity | None:
        node = await info.context.node(self.rel.source)
        return wrap_node(node) if node else None

    @strawberry.field
    async def benchmark(self, info: Info[Context, None]) -> Entity | None:
        node = await info.context.node(self.rel.target)
        return wrap_node(node) if node else None


@strawberry.type(description="Results on one benchmark that are not comparable or contradict.")
class BenchmarkInconsistency:
    kind: str
    description: str
    results: list[BenchmarkResult]


@strawberry.type(description="An AI model.")
class Model(Entity):
    @strawberry.field
    def family(self) -> str | None:
        return str_of(self.node.get("family"))

    @strawberry.field
    def version(self) -> str | None:
        return str_of(self.node.get("version"))

    @strawberry.field
    def variant(self) -> str | None:
        return str_of(self.node.get("variant"))

    @strawberry.field(description="Organisations developing it.")
    async def developers(self, info: Info[Context, None]) -> list[Organization]:
        pairs = await info.context.neighbours(self.node.id, RelType.DEVELOPS, "in")
        return [
            Organization(node=n)
            for n in await info.context.nodes_of(gm.unique(o for _, o in pairs))
        ]

    @strawberry.field(description="Models this one is a variant of.")
    async def variant_of(self, info: Info[Context, None]) -> list[Model]:
        pairs = await info.context.neighbours(self.node.id, RelType.VARIANT_OF, "out")
        return [Model(node=n) for n in await info.context.nodes_of(gm.unique(o for _, o in pairs))]

    @strawberry.field(description="Reported benchmark results.")
    async def results(self, info: Info[Context, None]) -> list[BenchmarkResult]:
        pairs = await info.context.neighbours(self.node.id, RelType.EVALUATED_ON, "out")
        return [BenchmarkResult(rel=r) for r, _ in pairs]


@strawberry.type(description="A benchmark models are evaluated on.")
class Benchmark(Entity):
    @strawberry.field(description="Reported results of every model on it.")
    async def results(
        self, info: Info[Context, None], variant: str | None = None
    ) -> list[BenchmarkResult]:
        pairs = await info.context.neighbours(self.node.id, RelType.EVALUATED_ON, "in")
        return [
            BenchmarkResult(rel=r)
            for r, _ in pairs
            if variant is None or r.get("variant") == variant
        ]

    @strawberry.field(description="Variant mixes and conflicting scores among its results.")
    async def inconsistencies(self, info: Info[Context, None]) -> list[BenchmarkInconsistency]:
        pairs = await info.context.neighbours(self.node.id, RelType.EVALUATED_ON, "in")
        models = await info.context.nodes_of(gm.unique(r.source for r, _ in pairs))
        names = {m.id: m.name or m.id for m in models}
        found = queries.benchmark_inconsistencies(self.node, [r for r, _ in pairs], names)
        return [
            BenchmarkInconsistency(
                kind=i.kind,
                description=i.description,
                results=[BenchmarkResult(rel=r) for r in i.results],
            )
            for i in found
        ]


# Last, because these modules refer to this one's types too (the GraphQL schema
# is a graph of types); strawberry resolves the annotations when the schema is built.
from api.types.entities import Organization  # noqa: E402
