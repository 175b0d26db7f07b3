"""What the dispute explorer pages show, read from any store.

Plain functions over :class:`graph.store.GraphStore` (run on the store
threads by :mod:`api.web`), returning plain data for the templates and the
graph endpoint: the newest disputes, one dispute with its sides, timeline
and neighbourhood graph, one entity with its claims and disputes.  Nothing
here writes, and nothing here escapes: the templates autoescape every value.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from graph.captions import caption_of
from graph.model import ENTITY_LABELS, Label, Node, RelType
from graph.store import GraphStore

NEWEST_DISPUTES = 50  # rows on the front page
ENTITY_CLAIMS = 50  # claims listed on an entity page, each way
GRAPH_NODES = 60  # most nodes drawn in a dispute's neighbourhood


def web_url(value: object) -> str | None:
    """An http(s) URL to link to, or None (no ``javascript:`` or ``file:`` link is ever made)."""
    if isinstance(value, str) and value.lower().startswith(("http://", "https://")):
        return value
    return None


def _strs(node: Node, key: str) -> list[str]:
    value = node.get(key)
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def _date(node: Node, *keys: str) -> str:
    for key in keys:
        value = node.get(key)
        if isinstance(value, str) and value:
            return value
    return ""


@dataclass(frozen=True, slots=True)
class DisputeRow:
    """One dispute in a list: what the front page and the live updates show."""

    id: str
    caption: str
    parties: list[str]
    topic: list[str]
    status: str
    opened_at: str
    updated_at: str

    @classmethod
    def of(cls, node: Node) -> DisputeRow:
        return cls(
            id=node.id,
            caption=caption_of(node),
            parties=_strs(node, "parties"),
            topic=_strs(node, "topic"),
            status=str(node.get("status") or "open"),
            opened_at=_date(node, "openedAt", "firstSeen"),
            updated_at=_date(node, "updatedAt", "lastSeen"),
        )


@dataclass(frozen=True, slots=True)
class ClaimRow:
    """One claim as the pages show it, with who made it and where it was read."""

    id: str
    caption: str
    quote: str
    claimant: str
    claimant_id: str | None
    kind: str
    date: str
    article_id: str | None
    article_url: str | None
    article_caption: str | None


@dataclass(slots=True)
class DisputeView:
    """A dispute page: the dispute, its sides' claims, its timeline."""

    dispute: DisputeRow
    sides: dict[str, list[ClaimRow]] = field(default_factory=dict)
    timeline: list[tuple[str, str]] = field(default_factory=list)  # (date, what happened)
    parties: list[tuple[str, str]] = field(default_factory=list)  # (entity id, name)
    concerns: list[tuple[str, str]] = field(default_factory=list)
    evidence_text: str = ""


@dataclass(slots=True)
class EntityView:
    """An entity page: the entity, the claims it made and those about it, its disputes."""

    id: str
    name: str
    label: str
    aliases: list[str]
    claims_made: list[ClaimRow]
    claims_about: list[ClaimRow]
    disputes: list[DisputeRow]


def newest_disputes(store: GraphStore, limit: int = NEWEST_DISPUTES) -> list[DisputeRow]:
    """The most recently opened disputes, newest first."""
    nodes = store.find(Label.DISPUTE, order_by="openedAt", descending=True, limit=limit)
    return [DisputeRow.of(n) for n in nodes]


def dispute_row(store: GraphStore, dispute_id: str) -> DisputeRow | None:
    """One dispute as a list row (live updates), or None when there is no such dispute."""
    node = store.get_node(dispute_id)
    return DisputeRow.of(node) if node is not None and node.label == Label.DISPUTE else None


def claim_rows(store: GraphStore, claims: Iterable[Node]) -> list[ClaimRow]:
    """The claims with their claimants and articles, read in two batches, oldest first."""
    claims = list(claims)
    ids = [c.id for c in claims]
    rels = store.relationships_of(ids, [RelType.ASSERTS, RelType.REPORTS], "in") if ids else []
    claimant = {r.target: r.source for r in rels if r.type == RelType.ASSERTS}
    reported = {r.target: r.source for r in rels if r.type == RelType.REPORTS}
    article_ids = {c.id: str(c.get("articleId") or reported.get(c.id) or "") for c in claims}
    articles = {
        n.id: n for n in store.get_nodes(sorted(set(article_ids.values()) - {""})) if n is not None
    }
    rows = []
    for c in claims:
        article = articles.get(article_ids[c.id])
        rows.append(
            ClaimRow(
                id=c.id,
                caption=caption_of(c),
                quote=str(c.get("quote") or c.get("text") or ""),
                claimant=str(c.get("claimant") or c.get("claimantText") or "unnamed source"),
                claimant_id=claimant.get(c.id),
                kind=str(c.get("kind") or ""),
                date=_date(c, "publishedAt")
                or (_date(article, "publishedAt") if article else "")
                or _date(c, "firstSeen"),
                article_id=article.id if article else None,
                article_url=web_url(article.get("url")) if article else None,
                article_caption=caption_of(article) if article else None,
            )
        )
    return sorted(rows, key=lambda r: (r.date, r.id))


def dispute_view(store: GraphStore, dispute_id: str) -> DisputeView | None:
    """Everything a dispute page shows, or None when there is no such dispute."""
    node = store.get_node(dispute_id)
    if node is None or node.label != Label.DISPUTE:
        return None
    view = DisputeView(DisputeRow.of(node), evidence_text=str(node.get("evidenceText") or ""))
    rels = store.relationships_of([node.id], [RelType.INVOLVES, RelType.CONCERNS], "out")
    side_of = {r.target: str(r.get("side") or "") for r in rels if r.type == RelType.INVOLVES}
    claims = [n for n in store.get_nodes(sorted(side_of)) if n is not None]
    for row in claim_rows(store, claims):
        view.sides.setdefault(side_of.get(row.id) or row.claimant, []).append(row)
        view.timeline.append((row.date, f"{row.claimant}: {row.quote}"))
    view.timeline.append((view.dispute.opened_at, "dispute opened"))
    if view.dispute.updated_at and view.dispute.updated_at != view.dispute.opened_at:
        view.timeline.append((view.dispute.updated_at, "last new evidence"))
    if node.get("resolvedAt"):
        view.timeline.append((str(node.get("resolvedAt")), "resolved"))
    view.timeline.sort()
    concern_ids = [r.target for r in rels if r.type == RelType.CONCERNS]
    entities = store.get_nodes(_strs(node, "partyIds") + concern_ids)
    found = {n.id: n for n in entities if n is not None and n.label in ENTITY_LABELS}
    view.parties = [(i, found[i].name or i) for i in _strs(node, "partyIds") if i in found]
    view.concerns = [(i, found[i].name or i) for i in concern_ids if i in found]
    return view


def dispute_graph(store: GraphStore, dispute_id: str) -> dict[str, list[dict[str, object]]] | None:
    """The dispute's neighbourhood as Cytoscape.js elements: the dispute, its claims, who made
    them, the articles reporting them and the entities it concerns (at most GRAPH_NODES)."""
    node = store.get_node(dispute_id)
    if node is None or node.label != Label.DISPUTE:
        return None
    nodes: dict[str, Node] = {node.id: node}
    edges: dict[str, tuple[str, str, str]] = {}
    out = store.relationships_of([node.id], [RelType.INVOLVES, RelType.CONCERNS], "out")
    claim_ids = [r.target for r in out if r.type == RelType.INVOLVES]
    around = store.relationships_of(
        claim_ids, [RelType.ASSERTS, RelType.REPORTS, RelType.DISPUTES], "both"
    )
    for r in [*out, *around]:
        if r.type == RelType.DISPUTES and not (r.source in claim_ids and r.target in claim_ids):
            continue
        edges[r.id] = (r.source, r.target, r.type.value)
    wanted = list(dict.fromkeys(e for s, t, _ in edges.values() for e in (s, t)))
    for n in store.get_nodes([i for i in wanted if i not in nodes][: GRAPH_NODES - 1]):
        if n is not None:
            nodes[n.id] = n
    elements: list[dict[str, object]] = [
        {
            "data": {
                "id": n.id,
                "label": n.label.value,
                "caption": caption_of(n),
                "href": page_of(n),
            }
        }
        for n in nodes.values()
    ]
    elements += [
        {"data": {"id": rid, "source": s, "target": t, "label": kind}}
        for rid, (s, t, kind) in edges.items()
        if s in nodes and t in nodes
    ]
    return {"elements": elements}


def page_of(node: Node) -> str | None:
    """The explorer page of a node, if it has one (disputes and entities)."""
    if node.label == Label.DISPUTE:
        return f"/disputes/{node.id}"
    if node.label in ENTITY_LABELS:
        return f"/entities/{node.id}"
    return None


def entity_view(store: GraphStore, entity_id: str) -> EntityView | None:
    """Everything an entity page shows, or None when there is no such entity."""
    node = store.get_node(entity_id)
    if node is None or node.label not in ENTITY_LABELS:
        return None
    made, _ = store.neighbours_page(node.id, RelType.ASSERTS, "out", limit=ENTITY_CLAIMS)
    about, _ = store.neighbours_page(node.id, RelType.ABOUT, "in", limit=ENTITY_CLAIMS)
    disputes, _ = store.reachable_page(
        node.id,
        [[(RelType.CONCERNS, "in")], [(RelType.ASSERTS, "out"), (RelType.INVOLVES, "in")]],
        order_keys=("openedAt", "firstSeen"),
        label=Label.DISPUTE.value,
        limit=NEWEST_DISPUTES,
    )
    return EntityView(
        id=node.id,
        name=node.name or node.id,
        label=node.label.value,
        aliases=_strs(node, "aliases"),
        claims_made=claim_rows(store, made),
        claims_about=claim_rows(store, about),
        disputes=[DisputeRow.of(d) for d in disputes],
    )
