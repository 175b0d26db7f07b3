"""GraphQL object types over graph records, one module per kind of thing.

- :mod:`api.types.base`: enums, small values (spans, evidence), the ``Node``
  interface, connection helpers and :func:`wrap_node`;
- :mod:`api.types.entities`, :mod:`api.types.benchmarks`, :mod:`api.types.timeline`:
  entities and what hangs off them;
- :mod:`api.types.claims`, :mod:`api.types.articles`, :mod:`api.types.disputes`;
- :mod:`api.types.analytics`: answers of the analytics queries;
- :mod:`api.types.errors`: the typed errors of mutations.
"""

from api.types.articles import Article, Extracted
from api.types.base import (
    ClaimKind,
    DisputeStatus,
    EntityType,
    GraphNode,
    TimelineKind,
    to_connection,
    wrap_node,
)
from api.types.benchmarks import Benchmark, BenchmarkInconsistency, BenchmarkResult, Model
from api.types.claims import Claim
from api.types.disputes import Dispute, DisputeGrowth, DisputeSide
from api.types.entities import Entity, Organization, Person, Relation, Role
from api.types.timeline import TimelineEvent

TYPES = [Person, Organization, Model, Benchmark, Claim, Article, Dispute]

__all__ = [
    "TYPES",
    "Article",
    "Benchmark",
    "BenchmarkInconsistency",
    "BenchmarkResult",
    "Claim",
    "ClaimKind",
    "Dispute",
    "DisputeGrowth",
    "DisputeSide",
    "DisputeStatus",
    "Entity",
    "EntityType",
    "Extracted",
    "GraphNode",
    "Model",
    "Organization",
    "Person",
    "Relation",
    "Role",
    "TimelineEvent",
    "TimelineKind",
    "to_connection",
    "wrap_node",
]
