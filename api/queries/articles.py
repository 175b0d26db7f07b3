"""Articles: by URL, and pages of them by outlet and date."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from api.pagination import Page, Window, slice_page
from api.queries.claims import until_bound
from api.queries.ordering import (
    newest_first,
)
from graph.model import (
    Label,
    Node,
)
from graph.store import GraphStore, Range

# ---------------------------------------------------------------- articles


@dataclass(frozen=True, slots=True)
class ArticleQuery:
    outlet: str | None = None
    since: str | None = None
    until: str | None = None
    search: str | None = None  # words in the title


def find_article_by_url(store: GraphStore, url: str) -> Node | None:
    for key in ("url", "canonicalUrl"):
        found = store.find(Label.ARTICLE, {key: url}, limit=1)
        if found:
            return found[0]
    return None


def find_articles(store: GraphStore, query: ArticleQuery, win: Window) -> Page[Node]:
    """Articles by outlet and publication date range, newest first."""
    where: dict[str, Any] = {}
    if query.outlet:
        where["outlet"] = query.outlet
    if query.since or query.until:
        where["publishedAt"] = Range(query.since or None, until_bound(query.until))
    if not query.search:
        total = store.count(Label.ARTICLE, where)
        items = store.find(
            Label.ARTICLE,
            where,
            order_by="publishedAt",
            descending=True,
            limit=win.limit,
            offset=win.offset,
        )
        return Page(items=items, offset=win.offset, total=total)
    words = query.search.casefold().split()
    nodes = [
        n
        for n in store.find(Label.ARTICLE, where, limit=None)
        if all(w in str(n.get("title") or "").casefold() for w in words)
    ]
    return slice_page(newest_first(nodes, "publishedAt"), win)
