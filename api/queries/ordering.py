"""Orders shared by the read model: newest first, oldest first, claim dates, claim pages."""

from __future__ import annotations

from collections.abc import Iterable

from graph.model import (
    Direction,
    Label,
    Node,
    RelType,
)
from graph.store import GraphStore

# ---------------------------------------------------------------- ordering


def newest_first(nodes: Iterable[Node], *keys: str) -> list[Node]:
    """Sort by the first present date property among ``keys``, newest first.

    Undated nodes go last; ties break on id so the order is stable.
    """

    def date_of(node: Node) -> str:
        for key in keys:
            value = node.get(key)
            if isinstance(value, str) and value:
                return value
        return ""

    by_id = sorted(nodes, key=lambda n: n.id)
    dated = sorted((n for n in by_id if date_of(n)), key=date_of, reverse=True)
    return dated + [n for n in by_id if not date_of(n)]


def oldest_first(nodes: Iterable[Node], *keys: str) -> list[Node]:
    """Sort by date ascending (undated last, ties by id)."""
    dated = [n for n in newest_first(nodes, *keys) if any(n.get(k) for k in keys)]
    undated = [n for n in newest_first(nodes, *keys) if not any(n.get(k) for k in keys)]
    return sorted(dated, key=lambda n: next(str(n.get(k)) for k in keys if n.get(k))) + undated


def topic_text(dispute: Node) -> str | None:
    """A dispute's topic as one string (ingestion stores a list of topic words)."""
    topic = dispute.get("topic")
    if isinstance(topic, list):
        return ", ".join(str(t) for t in topic) or None
    return topic if isinstance(topic, str) else None


def claim_date(claim: Node) -> str | None:
    """When a claim was made: its article's publication, else first sighting."""
    value = claim.get("publishedAt") or claim.get("firstSeen")
    return value if isinstance(value, str) else None


# Date properties a claim is ordered by, first present wins (as claim_date).
DATE_KEYS = ("publishedAt", "firstSeen")


def entity_claims_page(
    store: GraphStore,
    entity: str,
    rel_type: RelType,
    direction: Direction,
    offset: int,
    limit: int,
) -> tuple[list[Node], int]:
    """One page of the claims linked to an entity, newest first, and how many there are.

    A hub entity (Meta, OpenAI ...) is the subject of a hundred thousand claims
    at a million.  A page of them is one ordered, paginated neighbour query
    (:meth:`graph.store.GraphStore.neighbours_page`): the embedded store keeps
    each hub's neighbours in date order, updated by every write in O(log n),
    and Neo4j orders and pages in Cypher.  So a page costs a page, a
    concurrent ingester costs nothing here, and the total is exact.
    """
    return store.neighbours_page(
        entity,
        rel_type,
        direction,
        order_keys=DATE_KEYS,
        label=Label.CLAIM,
        offset=offset,
        limit=limit,
    )
