"""Orders shared by the read model, and pages cut from them after a keyset cursor.

Every list has a key per item that fixes its position (newest first: the
date and the id); a page starts after the key of the previous page's last
item (:mod:`api.pagination`).  Lists the store orders are paged by the
store from that key (``neighbours_page``/``reachable_page`` take it;
``find`` is given the offset the key has now); lists in hand are cut here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from api.pagination import (
    Key,
    Page,
    PageError,
    Window,
    keyed_page,
    newest_first_key,
    newest_first_position,
    slice_page,
)
from graph.model import (
    Direction,
    Label,
    Node,
    RelType,
)
from graph.store import GraphStore, Range, order_key

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


def speaking_order(claims: Iterable[Node]) -> list[Node]:
    """Claims oldest first and, within one date, in the order their sentences come
    in the article (undated last): who spoke first in a dispute, as a reader met
    them, rather than in the arbitrary order of claim ids."""

    def key(claim: Node) -> tuple[int, str, int, str]:
        date = order_key(claim, ("publishedAt", "firstSeen"))
        start = claim.get("start")
        return (0 if date else 1, str(date or ""), start if isinstance(start, int) else 0, claim.id)

    return sorted(claims, key=key)


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
    after: tuple[str, str] | None = None,
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
        after=after,
    )


def date_key(*keys: str) -> Callable[[Node], Key]:
    """The keyset key of a node in a list newest first by the first of ``keys`` present."""
    return lambda node: newest_first_key(order_key(node, keys), node.id)


def store_position(win: Window) -> tuple[str, str] | None:
    """The window's start as a store's ``after`` argument (a newest-first key)."""
    if win.after is None:
        return None
    newest_first_position(win.after)  # checks its shape
    return (win.after[0], win.after[1])


def claims_page(
    store: GraphStore, entity: str, rel_type: RelType, direction: Direction, win: Window
) -> Page[Node]:
    """An entity's claims newest first, the page after the window's key, paged by the store."""
    nodes, total = entity_claims_page(
        store, entity, rel_type, direction, 0, win.limit + 1, store_position(win)
    )
    return keyed_page(nodes, total, win, date_key(*DATE_KEYS))


def newest_first_page(nodes: Iterable[Node], win: Window, *keys: str) -> Page[Node]:
    """A page of nodes in hand, newest first by the first of ``keys`` present."""
    return slice_page(newest_first(nodes, *keys), win, date_key(*keys), newest_first_position)


def oldest_first_page(nodes: Iterable[Node], win: Window, *keys: str) -> Page[Node]:
    """A page of nodes in hand, oldest first (undated last, ties by id)."""

    def key(node: Node) -> Key:
        date = order_key(node, keys)
        return (0 if date else 1, date, node.id)

    return slice_page(oldest_first(nodes, *keys), win, key)


def find_page(
    store: GraphStore,
    label: Label,
    where: Mapping[str, Any],
    win: Window,
    *,
    order_by: str,
    descending: bool,
    text: str | None = None,
    prefix: str | None = None,
) -> Page[Node]:
    """A page of ``store.find`` ordered by ``order_by`` (ties by id), after the window's key.

    ``find`` pages by offset, so the key is turned into the offset it has
    now: items ordered before it are counted by the store (a range on
    ``order_by``) and those sharing its value are read (a handful: the same
    timestamp or name), so nothing added or removed before it shifts the page.
    """
    total = store.count(label, where, text=text, prefix=prefix)
    start = 0
    if win.after is not None:
        start = position_in_order(
            store, label, where, win.after, order_by, descending, text, prefix
        )
    items = store.find(
        label,
        where,
        text=text,
        prefix=prefix,
        order_by=order_by,
        descending=descending,
        limit=win.limit,
        offset=start,
    )
    return Page(
        items=items,
        total=total,
        keys=[find_key(n, order_by) for n in items],
        has_next=start + len(items) < total,
        has_previous=start > 0,
        tag=win.tag,
    )


def find_key(node: Node, order_by: str) -> Key:
    """The keyset key of a node in a list ordered by ``order_by`` (ties by id)."""
    value = node.get(order_by)
    return (
        value if isinstance(value, str | int) and not isinstance(value, bool) else None,
        node.id,
    )


def position_in_order(
    store: GraphStore,
    label: Label,
    where: Mapping[str, Any],
    after: Key,
    order_by: str,
    descending: bool,
    text: str | None,
    prefix: str | None,
) -> int:
    """How many of the list's items are ordered up to and including key ``after``."""
    if (
        len(after) != 2
        or not isinstance(after[1], str)
        or type(after[0]) not in (str, int, type(None))
    ):
        raise PageError("invalid cursor: its position does not fit this list")
    value, item_id = after
    if value is None:  # its item had no value: those come last, by id (rare: read them)
        every = store.find(label, where, text=text, prefix=prefix, limit=None)
        return sum(1 for n in every if n.get(order_by) is not None or n.id <= item_id)
    bound = Range(value, None) if descending else Range(None, value)
    up_to = dict(where)
    up_to[order_by] = _narrowed(where.get(order_by), bound)
    at_most = store.count(label, up_to, text=text, prefix=prefix)
    same = store.find(label, {**where, order_by: value}, text=text, prefix=prefix, limit=None)
    return at_most - len(same) + sum(1 for n in same if n.id <= item_id)


def _narrowed(existing: Any, bound: Range) -> Range:
    """``bound`` within an existing range filter on the same property."""
    if not isinstance(existing, Range):
        return bound
    low = max((v for v in (existing.low, bound.low) if v is not None), default=None)
    high = min((v for v in (existing.high, bound.high) if v is not None), default=None)
    return Range(low, high)
