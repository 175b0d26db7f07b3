"""An entity's claims and disputes newest first, a page at a time, from the store.

A hub entity (Meta, OpenAI ...) is the subject of a hundred thousand claims
at a million.  A page of them is asked of the store as one ordered, paginated
neighbour query (:meth:`graph.store.GraphStore.neighbours_page`; disputes:
:meth:`graph.store.GraphStore.reachable_page`): the embedded store keeps
each hub's neighbours in date order, updated by every write in O(log n), and
Neo4j orders and pages in Cypher.  So a page costs a page, a concurrent
ingester costs nothing here, and ``totalCount`` is exact and never stale.
"""

from __future__ import annotations

from graph.model import Direction, Label, Node, RelType
from graph.store import GraphStore

# Date properties a claim is ordered by, first present wins (as queries.claim order).
DATE_KEYS = ("publishedAt", "firstSeen")


class ClaimOrder:
    """Pages of the claims linked to an entity, newest first (see module docstring).

    Stateless: kept as the object the server passes around so that callers
    need not know which store query serves a page.
    """

    def page(
        self,
        store: GraphStore,
        entity: str,
        rel_type: RelType,
        direction: Direction,
        offset: int,
        limit: int,
    ) -> tuple[list[Node], int]:
        """One page of those claims as nodes, and how many there are in all."""
        return store.neighbours_page(
            entity,
            rel_type,
            direction,
            order_keys=DATE_KEYS,
            label=Label.CLAIM,
            offset=offset,
            limit=limit,
        )

