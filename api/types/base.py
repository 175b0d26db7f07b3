"""What every kind of GraphQL object shares: enums, small values, the Node interface.

Each object type wraps one stored record (``strawberry.Private``) and resolves
its fields lazily through the request's DataLoaders (:mod:`api.context`), so a
field that is not selected costs nothing and a list of N objects costs the
same number of store calls as one.  :func:`wrap_node` picks the type by label.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Sequence
from enum import Enum
from typing import TYPE_CHECKING, Annotated, Any

import strawberry
from strawberry.types import Info

from api import queries
from api.connections import (
    Connection,
    build_connection,
    page_window,
)
from api.context import Context
from api.pagination import Key, Page, slice_page
from graph import model as gm
from graph.captions import caption_of
from graph.model import Label, RelType

if TYPE_CHECKING:  # each kind's module imports this one, so no import at run time
    from api.types.articles import Article
    from api.types.entities import Entity

# ---------------------------------------------------------------- enums


@strawberry.enum(description="The kinds of named entity in the graph.")
class EntityType(Enum):
    PERSON = "Person"
    ORGANIZATION = "Organization"
    MODEL = "Model"
    BENCHMARK = "Benchmark"


ClaimKind = strawberry.enum(gm.ClaimKind, description="What a claim does.")
DisputeStatus = strawberry.enum(gm.DisputeStatus, description="Whether a dispute is settled.")


@strawberry.enum(description="What happened at one point of an entity's timeline.")
class TimelineKind(Enum):
    CLAIM_MADE = "claimMade"
    CLAIMED_ABOUT = "claimedAbout"
    MENTIONED = "mentioned"
    DISPUTE_OPENED = "disputeOpened"
    DISPUTE_RESOLVED = "disputeResolved"


# ---------------------------------------------------------------- connections


def to_connection(page: Page[Any], wrap: Callable[[Any], Any] | None = None) -> Connection[Any]:
    """A connection of GraphQL objects (stored nodes are wrapped by label)."""
    return build_connection(page, wrap or wrap_node)


def local_connection(
    info: Info,
    nodes: Sequence[gm.Node],
    first: int | None,
    after: str | None,
    key: Callable[[gm.Node], Key],
    *list_args: object,
) -> Connection[Any]:
    """Page a list already in hand (ordered by ``key``) into a connection."""
    return to_connection(slice_page(nodes, page_window(info, first, after, *list_args), key))


# ---------------------------------------------------------------- small values


@strawberry.type(description="A character span of an article's text.")
class Span:
    start: int
    end: int


@strawberry.type(description="Where something was read: an article and a character span.")
class Evidence:
    article_id: strawberry.ID
    start: int
    end: int

    @strawberry.field
    async def article(
        self, info: Info[Context, None]
    ) -> Annotated[Article, strawberry.lazy("api.types.articles")] | None:
        from api.types.articles import Article  # the article module imports this one

        node = await info.context.node(self.article_id)
        return Article(node=node) if node else None

    @strawberry.field(description="The evidence text, when the article's text is stored.")
    async def text(self, info: Info[Context, None]) -> str | None:
        node = await info.context.node(self.article_id)
        body = node.get("text") if node else None
        return body[self.start : self.end] if isinstance(body, str) else None


def evidence_of(record: gm.Node | gm.Relationship) -> list[Evidence]:
    return [
        Evidence(article_id=strawberry.ID(s.article), start=s.start, end=s.end)
        for s in queries.evidence_spans(record)
    ]


def str_of(value: object) -> str | None:
    return value if isinstance(value, str) else None


def strs_of(value: object) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list) else []


def float_of(value: object) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


# ---------------------------------------------------------------- interfaces


@strawberry.interface(name="Node", description="Anything with a global id.")
class GraphNode:
    node: strawberry.Private[gm.Node]

    @strawberry.field
    def id(self) -> strawberry.ID:
        return strawberry.ID(self.node.id)

    @strawberry.field(
        description="A short human caption (at most 80 characters): a claim's claimant and "
        "first words, a dispute's parties and topic, an article's outlet, date and title, "
        "an entity's name."
    )
    def caption(self) -> str:
        return caption_of(self.node)


async def entities_of(info: Info[Context, None], ids: Iterable[str]) -> list[Entity]:
    nodes = await info.context.nodes_of(gm.unique(ids))
    return [wrap_node(n) for n in nodes if n.label in gm.ENTITY_LABELS]


async def claims_of(info: Info[Context, None], ids: Iterable[str]) -> list[gm.Node]:
    nodes = await info.context.nodes_of(gm.unique(ids))
    return [n for n in nodes if n.label == Label.CLAIM]


async def claimants_of(
    info: Info[Context, None], claim_ids: Sequence[str]
) -> dict[str, list[gm.Node]]:
    """Who asserted each claim (one batched relationship and node lookup)."""
    rels = await info.context.rels.load_many(list(claim_ids))
    pairs = [
        (cid, r.source)
        for cid, rs in zip(claim_ids, rels, strict=True)
        for r in rs
        if r.type == RelType.ASSERTS and r.target == cid
    ]
    nodes = {n.id: n for n in await info.context.nodes_of(gm.unique(p[1] for p in pairs))}
    out: dict[str, list[gm.Node]] = {cid: [] for cid in claim_ids}
    for cid, who in pairs:
        if who in nodes:
            out[cid].append(nodes[who])
    return out


# ---------------------------------------------------------------- wrapping


@functools.cache
def _wrappers() -> dict[Label, type]:
    # imported here, when first needed: every kind's module imports this one
    from api.types.articles import Article
    from api.types.benchmarks import Benchmark, Model
    from api.types.claims import Claim
    from api.types.disputes import Dispute
    from api.types.entities import Organization, Person

    return {
        Label.PERSON: Person,
        Label.ORGANIZATION: Organization,
        Label.MODEL: Model,
        Label.BENCHMARK: Benchmark,
        Label.CLAIM: Claim,
        Label.ARTICLE: Article,
        Label.DISPUTE: Dispute,
    }


def wrap_node(node: gm.Node):  # type: ignore[no-untyped-def]
    """The GraphQL object for a stored node, by label."""
    return _wrappers()[node.label](node=node)
