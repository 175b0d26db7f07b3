"""Articles: by URL, and pages of them by outlet and date."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from api.pagination import Page, Window
from api.queries.claims import until_bound
from api.queries.ordering import (
    find_page,
    newest_first_page,
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
        return find_page(store, Label.ARTICLE, where, win, order_by="publishedAt", descending=True)
    words = query.search.casefold().split()
    nodes = [
        n
        for n in store.find(Label.ARTICLE, where, limit=None)
        if all(w in str(n.get("title") or "").casefold() for w in words)
    ]
    return newest_first_page(nodes, win, "publishedAt")
