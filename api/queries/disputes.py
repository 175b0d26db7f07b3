"""Disputes: pages of them, an entity's disputes, a dispute's sides and growth."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from api.pagination import Page, Window
from api.queries.ordering import (
    claim_date,
    date_key,
    keyed_page,
    newest_first_page,
    oldest_first,
    store_position,
    topic_text,
)
from graph.model import (
    Direction,
    Label,
    Node,
    Relationship,
    RelType,
    unique,
)
from graph.store import GraphStore, newest_first_rank

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
    store: GraphStore,
    entity: str,
    status: str | None,
    offset: int,
    limit: int,
    after: tuple[str, str] | None = None,
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
            after=after,
        )
    every, _ = store.reachable_page(
        entity,
        ENTITY_DISPUTE_PATHS,
        order_keys=DISPUTE_DATE_KEYS,
        label=Label.DISPUTE,
        limit=_EVERYTHING,
    )
    matching = [n for n in every if n.get("status") == status]
    start = 0
    if after is not None:
        cursor = newest_first_rank(*after)
        key = date_key(*DISPUTE_DATE_KEYS)
        start = next(
            (i for i, n in enumerate(matching) if newest_first_rank(*key(n)) > cursor),
            len(matching),
        )
    start += offset
    return matching[start : start + limit], len(matching)


def entity_disputes(store: GraphStore, entity: str, status: str | None, win: Window) -> Page[Node]:
    """An entity's disputes, most recently updated first: the page after the window's key."""
    nodes, total = entity_disputes_page(
        store, entity, status, 0, win.limit + 1, store_position(win)
    )
    return keyed_page(nodes, total, win, date_key(*DISPUTE_DATE_KEYS))


def disputes_of_entity(store: GraphStore, entity: str) -> set[str]:
    """Disputes that concern an entity or in which it made one of the claims."""
    nodes, _ = entity_disputes_page(store, entity, None, 0, _EVERYTHING)
    return {n.id for n in nodes}


def find_disputes(store: GraphStore, query: DisputeQuery, win: Window) -> Page[Node]:
    """Disputes matching ``query``, most recently updated first."""
    where = {"status": query.status} if query.status else {}
    if query.entity and not query.topic:
        return entity_disputes(store, query.entity, query.status, win)
    if query.entity:
        nodes, _ = entity_disputes_page(store, query.entity, query.status, 0, _EVERYTHING)
    else:
        # Ordered by updatedAt falling back to openedAt, which one store call
        # cannot express; dispute counts are small enough to sort here.
        nodes = store.find(Label.DISPUTE, where, limit=None)
    if query.topic:
        needle = query.topic.casefold()
        nodes = [n for n in nodes if needle in (topic_text(n) or "").casefold()]
    return newest_first_page(nodes, win, *DISPUTE_DATE_KEYS)


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
    return newest_first_page(nodes, win, *DISPUTE_DATE_KEYS), via


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
