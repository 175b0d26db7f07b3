"""Claims: filters, and pages of them newest first."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from api.pagination import Page, Window
from api.queries.ordering import (
    claims_page,
    find_page,
    newest_first_page,
)
from graph.model import (
    Label,
    Node,
    RelType,
)
from graph.store import GraphStore, Range

# ---------------------------------------------------------------- claims


@dataclass(frozen=True, slots=True)
class ClaimQuery:
    """Filters for :func:`find_claims` (all optional, combined with AND)."""

    claimant: str | None = None  # entity id
    about: str | None = None  # entity id
    kind: str | None = None
    since: str | None = None  # ISO date, inclusive
    until: str | None = None  # ISO date, inclusive (a bare date covers the whole day)
    disputed: bool | None = None
    text: str | None = None
    article: str | None = None  # article id


def until_bound(until: str | None) -> str | None:
    # "2024-05-01" must include claims published at any time that day.
    if until and len(until) == 10:
        return until + "T23:59:59\uffff"
    return until


def _local_match(node: Node, where: Mapping[str, Any], text: str | None) -> bool:
    """The store's ``find`` semantics applied to nodes already in hand."""
    for key, wanted in where.items():
        value = node.get(key)
        if isinstance(wanted, Range):
            if not wanted.contains(value):
                return False
        elif isinstance(value, list):
            if wanted not in value:
                return False
        elif value != wanted:
            return False
    if text:
        hay = " ".join(
            [
                str(node.get("name") or ""),
                " ".join(node.get("aliases") or []),
                str(node.get("text") or ""),
            ]
        ).casefold()
        return all(word in hay for word in text.casefold().split())
    return True


def disputed_claim_ids(store: GraphStore) -> set[str]:
    """Ids of every claim that is a side of some dispute or disputes/is disputed."""
    disputes = store.find(Label.DISPUTE, limit=None)
    rels = store.relationships_of([d.id for d in disputes], [RelType.INVOLVES], "out")
    return {r.target for r in rels}


def find_claims(store: GraphStore, query: ClaimQuery, win: Window) -> Page[Node]:
    """Claims matching ``query``, newest first.

    Claims filtered only by claimant or only by subject are paged by the
    store's ordered neighbour query (:func:`entity_claims_page`), so a hub entity's
    page fetches one page of nodes instead of all of them.
    """
    where: dict[str, Any] = {}
    if query.kind:
        where["kind"] = query.kind
    if query.since or query.until:
        where["publishedAt"] = Range(query.since or None, until_bound(query.until))
    if query.article:
        where["articleId"] = query.article
    text = query.text or None

    # Exactly one of claimant/subject and nothing else: the store pages them in order.
    single = bool(query.claimant) != bool(query.about)
    if single and not where and not text and query.disputed is None:
        if query.claimant:
            return claims_page(store, query.claimant, RelType.ASSERTS, "out", win)
        return claims_page(store, query.about or "", RelType.ABOUT, "in", win)

    candidates: set[str] | None = None
    if query.claimant:
        rels = store.relationships_of([query.claimant], [RelType.ASSERTS], "out")
        candidates = {r.target for r in rels}
    if query.about:
        rels = store.relationships_of([query.about], [RelType.ABOUT], "in")
        about = {r.source for r in rels}
        candidates = about if candidates is None else candidates & about
    disputed = disputed_claim_ids(store) if query.disputed is not None else None
    if query.disputed and candidates is None:
        candidates = set(disputed or ())

    if candidates is None and disputed is None:
        return find_page(
            store, Label.CLAIM, where, win, order_by="publishedAt", descending=True, text=text
        )

    if candidates is not None:
        nodes = [
            n
            for n in store.get_nodes(sorted(candidates))
            if n is not None and n.label == Label.CLAIM and _local_match(n, where, text)
        ]
    else:
        nodes = store.find(Label.CLAIM, where, text=text, limit=None)
    if disputed is not None:
        nodes = [n for n in nodes if (n.id in disputed) == query.disputed]
    return newest_first_page(nodes, win, "publishedAt", "firstSeen")
