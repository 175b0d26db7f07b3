"""The API's read model: questions analysts ask, composed from GraphStore calls.

Only the narrow :class:`graph.store.GraphStore` interface is used, so every
function works unchanged on any backend.  Functions here are synchronous and
return plain graph records; the GraphQL layer (:mod:`api.types`) wraps them.
Each list is returned in a deterministic order so offsets make stable cursors.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from api.claim_order import ClaimOrder
from api.pagination import Page, Window, slice_page
from graph.model import (
    ENTITY_LABELS,
    Direction,
    DisputeStatus,
    Label,
    Node,
    Relationship,
    RelType,
    canonical_key,
    entity_id,
    parse_evidence_ref,
    unique,
)
from graph.store import GraphStore, Range

ENTITY_LABEL_ORDER: tuple[Label, ...] = (
    Label.PERSON,
    Label.ORGANIZATION,
    Label.MODEL,
    Label.BENCHMARK,
)


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
    items: list[Node] = []
    offset, wanted = win.offset, win.limit
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
    return Page(items=items, offset=win.offset, total=sum(counts))


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


def _until_bound(until: str | None) -> str | None:
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


def find_claims(
    store: GraphStore, query: ClaimQuery, win: Window, order: ClaimOrder | None = None
) -> Page[Node]:
    """Claims matching ``query``, newest first.

    Claims filtered only by claimant or only by subject are paged by the
    store's ordered neighbour query (:class:`ClaimOrder`), so a hub entity's
    page fetches one page of nodes instead of all of them.
    """
    where: dict[str, Any] = {}
    if query.kind:
        where["kind"] = query.kind
    if query.since or query.until:
        where["publishedAt"] = Range(query.since or None, _until_bound(query.until))
    if query.article:
        where["articleId"] = query.article
    text = query.text or None

    # Exactly one of claimant/subject and nothing else: the store pages them in order.
    single = bool(query.claimant) != bool(query.about)
    if single and not where and not text and query.disputed is None:
        order = order or ClaimOrder()
        if query.claimant:
            nodes, total = order.page(
                store, query.claimant, RelType.ASSERTS, "out", win.offset, win.limit
            )
        else:
            nodes, total = order.page(
                store, query.about or "", RelType.ABOUT, "in", win.offset, win.limit
            )
        return Page(items=nodes, offset=win.offset, total=total)

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
        total = store.count(Label.CLAIM, where, text=text)
        items = store.find(
            Label.CLAIM,
            where,
            text=text,
            order_by="publishedAt",
            descending=True,
            limit=win.limit,
            offset=win.offset,
        )
        return Page(items=items, offset=win.offset, total=total)

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
    return slice_page(newest_first(nodes, "publishedAt", "firstSeen"), win)


# ---------------------------------------------------------------- disputes


@dataclass(frozen=True, slots=True)
class DisputeQuery:
    status: str | None = None
    entity: str | None = None  # entity id: disputes concerning it or with it as a party
    topic: str | None = None  # case-insensitive substring of the topic
    # also the disputes of the people who work for, lead or founded the entity
    include_affiliated: bool = False


# An entity's disputes: those concerning it, and those involving a claim it made.
ENTITY_DISPUTE_PATHS: tuple[tuple[tuple[RelType, Direction], ...], ...] = (
    ((RelType.CONCERNS, "in"),),
    ((RelType.ASSERTS, "out"), (RelType.INVOLVES, "in")),
)
DISPUTE_DATE_KEYS = ("updatedAt", "openedAt")
_EVERYTHING = 2**31 - 1  # a page size meaning "all of them"


def entity_disputes_page(
    store: GraphStore, entity: str, status: str | None, offset: int, limit: int
) -> tuple[list[Node], int]:
    """An entity's disputes (optionally of one status), most recently updated first:
    one page and the total.  Without ``status`` the store pages them (a hub's
    page costs a page); with it, all of the entity's disputes are filtered here."""
    if status is None:
        return store.reachable_page(
            entity,
            ENTITY_DISPUTE_PATHS,
            order_keys=DISPUTE_DATE_KEYS,
            label=Label.DISPUTE,
            offset=offset,
            limit=limit,
        )
    every, _ = store.reachable_page(
        entity,
        ENTITY_DISPUTE_PATHS,
        order_keys=DISPUTE_DATE_KEYS,
        label=Label.DISPUTE,
        limit=_EVERYTHING,
    )
    matching = [n for n in every if n.get("status") == status]
    return matching[offset : offset + limit], len(matching)


def disputes_of_entity(store: GraphStore, entity: str) -> set[str]:
    """Disputes that concern an entity or in which it made one of the claims."""
    nodes, _ = entity_disputes_page(store, entity, None, 0, _EVERYTHING)
    return {n.id for n in nodes}


def find_disputes(store: GraphStore, query: DisputeQuery, win: Window) -> Page[Node]:
    """Disputes matching ``query``, most recently updated first."""
    where = {"status": query.status} if query.status else {}
    if query.entity and not query.topic:
        nodes, total = entity_disputes_page(
            store, query.entity, query.status, win.offset, win.limit
        )
        return Page(items=nodes, offset=win.offset, total=total)
    if query.entity:
        nodes, _ = entity_disputes_page(store, query.entity, query.status, 0, _EVERYTHING)
    else:
        # Ordered by updatedAt falling back to openedAt, which one store call
        # cannot express; dispute counts are small enough to sort here.
        nodes = store.find(Label.DISPUTE, where, limit=None)
    if query.topic:
        needle = query.topic.casefold()
        nodes = [n for n in nodes if needle in (topic_text(n) or "").casefold()]
    return slice_page(newest_first(nodes, "updatedAt", "openedAt"), win)


AFFILIATION_TYPES = (RelType.WORKS_FOR, RelType.LEADS, RelType.FOUNDED)


def find_disputes_with_affiliates(
    store: GraphStore, query: DisputeQuery, win: Window
) -> tuple[Page[Node], set[str]]:
    """Disputes of ``query.entity`` and of the people who WORK_FOR, LEAD or FOUNDED it,
    most recently updated first; with the ids of those found only through such a
    person (a CEO's dispute is findable from the company, flagged as such).

    Every dispute of the entity and of its affiliates is read (an organisation's
    people are tens, their disputes few), then filtered and paged here.
    """
    if not query.entity:
        return find_disputes(store, query, win), set()
    own = entity_disputes_page(store, query.entity, None, 0, _EVERYTHING)[0]
    people = unique(
        r.source
        for r in store.relationships_of([query.entity], list(AFFILIATION_TYPES), "in")
        if r.target == query.entity and r.source != query.entity
    )
    theirs: dict[str, Node] = {}
    for person in people:
        for n in entity_disputes_page(store, person, None, 0, _EVERYTHING)[0]:
            theirs.setdefault(n.id, n)
    own_ids = {n.id for n in own}
    via = set(theirs) - own_ids
    nodes = [*own, *(theirs[i] for i in sorted(via))]
    if query.status:
        nodes = [n for n in nodes if n.get("status") == query.status]
    if query.topic:
        needle = query.topic.casefold()
        nodes = [n for n in nodes if needle in (topic_text(n) or "").casefold()]
    return slice_page(newest_first(nodes, "updatedAt", "openedAt"), win), via


@dataclass(frozen=True, slots=True)
class Side:
    """One side of a dispute: its claims and the parties who made them."""

    label: str
    claims: list[Node]
    parties: list[Node]


def dispute_sides(
    involves: Sequence[Relationship],
    claims: Mapping[str, Node],
    claimants: Mapping[str, list[Node]],
    supports: Iterable[tuple[str, str]] = (),
    affiliations: Iterable[tuple[str, str]] = (),
) -> list[Side]:
    """Group a dispute's claims into sides.

    Each claim starts on its claimant's side (the INVOLVES ``side`` property
    when ingestion recorded one, else the claimant's name); a claim that
    SUPPORTS another joins that claim's side, and a claimant affiliated with
    another party (``affiliations``: person/organisation id pairs from
    WORKS_FOR, LEADS, FOUNDED) joins its side: a spokesperson speaks for the
    company.  Sides are ordered by their earliest claim and named after their
    first claimant.
    """
    side_of: dict[str, str] = {}
    for rel in involves:
        claim = claims.get(rel.target)
        if claim is None:
            continue
        explicit = rel.get("side")
        who = claimants.get(claim.id) or []
        if isinstance(explicit, str) and explicit:
            side_of[claim.id] = explicit
        else:
            side_of[claim.id] = (who[0].name or who[0].id) if who else "unattributed"
    # Union sides joined by support (a small union-find over side names).
    parent: dict[str, str] = {s: s for s in side_of.values()}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def join(x: str, y: str) -> None:
        a, b = root(x), root(y)
        if a != b:
            parent[a] = b

    for supporter, supported in supports:
        if supporter in side_of and supported in side_of:
            join(side_of[supporter], side_of[supported])
    sides_of_entity: dict[str, set[str]] = defaultdict(set)
    for claim_id, side in side_of.items():
        for who in claimants.get(claim_id) or []:
            sides_of_entity[who.id].add(side)
    for member, group in affiliations:
        for x in sides_of_entity.get(member, ()):
            for y in sides_of_entity.get(group, ()):
                join(x, y)
    groups: dict[str, list[Node]] = defaultdict(list)
    for claim_id, side in side_of.items():
        groups[root(side)].append(claims[claim_id])
    sides = []
    for key, members in groups.items():
        ordered = oldest_first(members, "publishedAt", "firstSeen")
        parties: dict[str, Node] = {}
        for claim in ordered:
            for who in claimants.get(claim.id) or []:
                parties.setdefault(who.id, who)
        first = next(iter(parties.values()), None)
        label = (first.name or first.id) if first else key
        sides.append(Side(label=label, claims=ordered, parties=list(parties.values())))
    sides.sort(key=lambda s: (claim_date(s.claims[0]) or "\uffff", s.label))
    return sides


@dataclass(frozen=True, slots=True)
class GrowthPoint:
    """The dispute as it stood at the end of one day with new evidence."""

    date: str
    new_claims: list[Node]
    claims: int
    parties: int
    articles: int


def dispute_growth(
    claims: Sequence[Node], claimants: Mapping[str, list[Node]]
) -> list[GrowthPoint]:
    """How a dispute grew: cumulative claims, parties and articles per day."""
    by_day: dict[str, list[Node]] = defaultdict(list)
    for claim in claims:
        by_day[(claim_date(claim) or "undated")[:10]].append(claim)
    points: list[GrowthPoint] = []
    seen_parties: set[str] = set()
    seen_articles: set[str] = set()
    total = 0
    for day in sorted(by_day, key=lambda d: (d == "undated", d)):
        day_claims = sorted(by_day[day], key=lambda c: (claim_date(c) or "", c.id))
        total += len(day_claims)
        for claim in day_claims:
            seen_parties.update(p.id for p in claimants.get(claim.id) or [])
            article = claim.get("articleId")
            seen_articles.update([article] if article else claim.get("sourceArticles") or [])
        points.append(
            GrowthPoint(
                date=day,
                new_claims=day_claims,
                claims=total,
                parties=len(seen_parties),
                articles=len(seen_articles),
            )
        )
    return points


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
        where["publishedAt"] = Range(query.since or None, _until_bound(query.until))
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


# ---------------------------------------------------------------- benchmarks


@dataclass(frozen=True, slots=True)
class Inconsistency:
    """Reported results that cannot be compared or contradict each other."""

    kind: str  # "mixedVariants" | "conflictingScores" | "mixedModelVariants"
    benchmark: str | None
    model: str | None
    description: str
    results: list[Relationship]


def benchmark_inconsistencies(
    benchmark: Node, results: Sequence[Relationship], names: Mapping[str, str] | None = None
) -> list[Inconsistency]:
    """Find variant mixes and conflicting scores among a benchmark's results.

    *mixedVariants*: models compared on different variants of the benchmark
    (e.g. 5-shot against 0-shot); *conflictingScores*: one model, one variant,
    different scores from different reports.
    """
    name = benchmark.name or benchmark.id
    out: list[Inconsistency] = []
    variants = sorted({str(r.get("variant")) for r in results if r.get("variant")})
    if len(variants) > 1:
        out.append(
            Inconsistency(
                kind="mixedVariants",
                benchmark=benchmark.id,
                model=None,
                description=f"{name} results use different variants: {', '.join(variants)}",
                results=list(results),
            )
        )
    by_key: dict[tuple[str, str], list[Relationship]] = defaultdict(list)
    for rel in results:
        by_key[(rel.source, str(rel.get("variant") or ""))].append(rel)
    for (model, variant), rels in sorted(by_key.items()):
        scores = sorted({v for r in rels if (v := score_value(r.get("score"))) is not None})
        if len(scores) > 1:
            shown = ", ".join(str(s) for s in scores)
            where = f" ({variant})" if variant else ""
            out.append(
                Inconsistency(
                    kind="conflictingScores",
                    benchmark=benchmark.id,
                    model=model,
                    description=f"{(names or {}).get(model, model)} on {name}{where} "
                    f"is reported as {shown}",
                    results=rels,
                )
            )
    return out


def family_inconsistencies(
    models: Mapping[str, Node], results: Sequence[Relationship], names: Mapping[str, str]
) -> list[Inconsistency]:
    """One model family and version reported through different variants on different
    benchmarks (e.g. "Llama 4 Maverick" on one leaderboard, "Llama 4 Scout" on another),
    so the family's results are not comparable with each other.
    """
    groups: dict[str, list[Relationship]] = defaultdict(list)
    labels: dict[str, str] = {}
    for rel in results:
        model = models.get(rel.source)
        if model is not None:
            # Extraction may file "Llama 4" as family "Llama 4" or as "Llama" + "4".
            label = f"{model.get('family') or model.name or model.id} {model.get('version') or ''}"
            label = " ".join(label.split())
            groups[label.casefold()].append(rel)
            labels.setdefault(label.casefold(), label)
    out = []
    for key, rels in sorted(groups.items()):
        label = labels[key]
        variants = sorted({r.source for r in rels})
        benches = sorted({r.target for r in rels})
        if len(variants) < 2 or len(benches) < 2:
            continue
        shown_variants = ", ".join(names.get(v, v) for v in variants)
        shown_benches = ", ".join(names.get(b, b) for b in benches)
        out.append(
            Inconsistency(
                kind="mixedModelVariants",
                benchmark=None,
                model=None,
                description=f"{label} is reported through different variants "
                f"({shown_variants}) on different benchmarks ({shown_benches})",
                results=rels,
            )
        )
    return out


def score_value(value: object) -> float | None:
    """A numeric score from a stored value (extraction keeps the text, e.g. "86.4%")."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        match = re.search(r"-?\d+(?:\.\d+)?", value.replace(",", ""))
        return float(match.group(0)) if match else None
    return None


# ---------------------------------------------------------------- evidence


@dataclass(frozen=True, slots=True)
class EvidenceSpan:
    article: str
    start: int
    end: int


def evidence_spans(record: Node | Relationship) -> list[EvidenceSpan]:
    """The character spans a record was read from (malformed refs are skipped)."""
    spans = []
    for ref in record.get("evidence") or []:
        try:
            article, start, end = parse_evidence_ref(str(ref))
        except ValueError:
            continue
        spans.append(EvidenceSpan(article, start, end))
    return spans


def open_disputes_count(store: GraphStore) -> int:
    return store.count(Label.DISPUTE, {"status": DisputeStatus.OPEN.value})


def dispute_entities(store: GraphStore, dispute_id: str) -> set[str]:
    """Entities a dispute concerns plus the claimants of its claims."""
    rels = store.relationships_of([dispute_id], [RelType.CONCERNS, RelType.INVOLVES], "out")
    ids = {r.target for r in rels if r.type == RelType.CONCERNS}
    claims = [r.target for r in rels if r.type == RelType.INVOLVES]
    if claims:
        ids.update(r.source for r in store.relationships_of(claims, [RelType.ASSERTS], "in"))
    return ids
