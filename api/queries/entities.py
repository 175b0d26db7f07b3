"""Entities: resolving a name or id, and searching."""

from __future__ import annotations

from api.pagination import Page, PageError, Window
from api.queries.ordering import find_key, position_in_order
from graph.model import (
    ENTITY_LABELS,
    Label,
    Node,
    canonical_key,
    entity_id,
)
from graph.store import GraphStore

ENTITY_LABEL_ORDER: tuple[Label, ...] = (
    Label.PERSON,
    Label.ORGANIZATION,
    Label.MODEL,
    Label.BENCHMARK,
)


# ---------------------------------------------------------------- entities


def resolve_entity(store: GraphStore, ref: str) -> Node | None:
    """An entity by id, canonical name, alias or a distinctive word of its name.

    ``"person:yann-lecun"``, ``"Yann LeCun"`` and ``"LeCun"`` all find the same
    person.  When a bare word matches several entities the one whose name or
    alias folds to exactly that word wins, then the most specific label order
    (person, organisation, model, benchmark), then the smallest id.
    """
    ref = ref.strip()
    if not ref:
        return None
    candidates = [ref] + [entity_id(label, ref) for label in ENTITY_LABEL_ORDER]
    for node in store.get_nodes(candidates):
        if node is not None and node.label in ENTITY_LABELS:
            return node
    key = canonical_key(ref)
    matches = [n for n in store.find(None, {"aliases": ref}, limit=20) if n.label in ENTITY_LABELS]
    if not matches:
        matches = [n for n in store.find(None, text=ref, limit=50) if n.label in ENTITY_LABELS]

    def rank(node: Node) -> tuple[int, int, str]:
        names = [node.name or "", *(node.get("aliases") or [])]
        exact = any(canonical_key(str(n)) == key for n in names)
        word = any(key in canonical_key(str(n)).split("-") for n in names)
        return (0 if exact else 1 if word else 2, ENTITY_LABEL_ORDER.index(node.label), node.id)

    matches = [m for m in matches if rank(m)[0] < 2]
    return min(matches, key=rank) if matches else None


def search_entities(
    store: GraphStore,
    win: Window,
    *,
    search: str | None = None,
    prefix: str | None = None,
    label: Label | None = None,
) -> Page[Node]:
    """Entities matching a text search and/or name prefix, by type then name.

    Ordering by type first lets each label be paged by the store itself (a
    count per label tells which labels a window spans), so a page never
    loads more than it returns, however many entities there are.
    """
    labels = [label] if label else list(ENTITY_LABEL_ORDER)
    text, start = search or None, prefix or None
    counts = [store.count(lab, text=text, prefix=start) for lab in labels]
    offset = 0
    if win.after is not None:  # the key (label, name, id) as the offset it has now
        if len(win.after) != 3 or win.after[0] not in [lab.value for lab in labels]:
            raise PageError("invalid cursor: its position does not fit this list")
        at = [lab.value for lab in labels].index(win.after[0])
        offset = sum(counts[:at]) + position_in_order(
            store, labels[at], {}, win.after[1:], "name", False, text, start
        )
    first = offset
    items: list[Node] = []
    wanted = win.limit
    for lab, count in zip(labels, counts, strict=True):
        if wanted <= 0:
            break
        if offset >= count:
            offset -= count
            continue
        got = store.find(lab, text=text, prefix=start, order_by="name", limit=wanted, offset=offset)
        items.extend(got)
        wanted -= len(got)
        offset = 0
    total = sum(counts)
    return Page(
        items=items,
        total=total,
        keys=[(n.label.value, *find_key(n, "name")) for n in items],
        has_next=first + len(items) < total,
        has_previous=first > 0,
        tag=win.tag,
    )
