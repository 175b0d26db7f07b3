"""What the store already holds near a new article: claims to link to, disputes to grow.

Used by :class:`api.ingestion.Ingestor` before an article is written:
:func:`stored_claims_near` reads the stored claims about the entities the new
claims are about (with their claimants, topics and disputes), for
:func:`ingest.linking.link_across_articles`; :func:`merge_with_stored_disputes`
reads the open disputes of the same sides and folds the article's disputes
into them (:func:`ingest.linking.merge_disputes_by_sides`).  Both read a
bounded number of the most recent records, so ingest cost does not grow with
the store.
"""

from __future__ import annotations

from graph.model import GraphBatch, Label, Node, RelType, unique
from graph.store import GraphStore
from ingest.linking import (
    ROLE_TYPES,
    SideContext,
    StoredClaim,
    StoredDispute,
    merge_disputes_by_sides,
    party_ids_of_batch,
)

# A hub entity (Meta, OpenAI) is ABOUT-linked from very many claims; linking
# looks at the most recent ones only, so ingest cost does not grow with the store.
MAX_STORED_CLAIMS_PER_ENTITY = 500
# Likewise the stored disputes a new one is compared with, per party or organisation
# of a party: the most recently updated ones (a story is usually recent news).
MAX_STORED_DISPUTES_PER_ENTITY = 50
# An entity's disputes: those concerning it, and those involving a claim it made
# (the same walk as ``api.queries.ENTITY_DISPUTE_PATHS``).
_DISPUTE_PATHS = (
    ((RelType.CONCERNS, "in"),),
    ((RelType.ASSERTS, "out"), (RelType.INVOLVES, "in")),
)


def merge_with_stored_disputes(
    store: GraphStore, batch: GraphBatch, near: list[StoredClaim]
) -> GraphBatch:
    """Fold the batch's disputes into stored ones (or each other) between the same sides.

    Reads the context :func:`ingest.linking.merge_disputes_by_sides` needs: the
    organisations each party speaks for (WORKS_FOR, LEADS, FOUNDED, stored or in
    the batch), the recent open disputes of every party and of those
    organisations with their parties, and, when a party is named by surname
    only, the persons affiliated with the organisations on each side.
    """
    ctx = SideContext(claimants={c.node.id: c.claimant_id for c in near if c.claimant_id})
    parties = party_ids_of_batch(batch, ctx)
    if not parties:
        return batch
    in_batch = {n.id: n for n in batch.nodes}
    for r in batch.relationships:
        if r.type in ROLE_TYPES and not r.get("former"):
            ctx.orgs.setdefault(r.source, set()).add(r.target)
    party_set = {p for ps in parties.values() for p in ps}
    _add_orgs(store, ctx, party_set)
    keys = sorted(party_set.union(*(ctx.orgs.get(p, set()) for p in party_set)))
    candidates: dict[str, Node] = {}
    for key in keys:
        page, _ = store.reachable_page(
            key,
            _DISPUTE_PATHS,
            order_keys=("updatedAt", "openedAt"),
            label=Label.DISPUTE,
            limit=MAX_STORED_DISPUTES_PER_ENTITY,
        )
        candidates.update((n.id, n) for n in page if n.get("status", "open") == "open")
    touched = [d for d in parties if d not in candidates]
    for node in store.get_nodes(touched):
        if node is not None:
            candidates[node.id] = node  # a stored dispute the batch grows, whatever its state
    stored = _stored_disputes(store, list(candidates.values()))
    _add_orgs(store, ctx, {p for s in stored for p in s.party_ids} - party_set)
    everyone = party_set.union(*(s.party_ids for s in stored))
    named = {i: n.name for i, n in in_batch.items() if n.name}
    unnamed = sorted(everyone - set(named))
    named.update((n.id, n.name) for n in store.get_nodes(unnamed) if n and n.name)
    ctx.names = named
    if any(_is_surname_only(p, named) for p in everyone):
        orgs = sorted(
            {p for p in everyone if p.startswith("organization:")}.union(*ctx.orgs.values())
        )
        for r in store.relationships_of(orgs, list(ROLE_TYPES), direction="in"):
            if not r.get("former"):
                ctx.members.setdefault(r.target, set()).add(r.source)
        for r in batch.relationships:
            if r.type in ROLE_TYPES and not r.get("former"):
                ctx.members.setdefault(r.target, set()).add(r.source)
        members = sorted(set().union(*ctx.members.values()) - set(named))
        named.update((n.id, n.name) for n in store.get_nodes(members) if n and n.name)
    return merge_disputes_by_sides(batch, stored, ctx)


def _add_orgs(store: GraphStore, ctx: SideContext, entities: set[str]) -> None:
    """Record the stored organisations each of ``entities`` WORKS_FOR, LEADS or FOUNDED."""
    if not entities:
        return
    for r in store.relationships_of(sorted(entities), list(ROLE_TYPES), direction="out"):
        if r.source in entities and not r.get("former"):  # a past employer is no side
            ctx.orgs.setdefault(r.source, set()).add(r.target)


def _stored_disputes(store: GraphStore, nodes: list[Node]) -> list[StoredDispute]:
    """The stored disputes with their parties: ``partyIds`` and their claims' claimants."""
    if not nodes:
        return []
    involves = store.relationships_of([n.id for n in nodes], [RelType.INVOLVES], "out")
    claims_of: dict[str, list[str]] = {}
    for r in involves:
        claims_of.setdefault(r.source, []).append(r.target)
    claim_ids = sorted({c for cs in claims_of.values() for c in cs})
    claimant: dict[str, str] = {}
    if claim_ids:
        for r in store.relationships_of(claim_ids, [RelType.ASSERTS], "in"):
            claimant[r.target] = r.source
    return [
        StoredDispute(
            node=n,
            party_ids=unique(
                [
                    *(n.get("partyIds") or []),
                    *(claimant[c] for c in claims_of.get(n.id, []) if c in claimant),
                ]
            ),
        )
        for n in nodes
    ]


def stored_claims_near(store: GraphStore, batch: GraphBatch) -> list[StoredClaim]:
    """Stored claims about any entity the new claims are about, with their context."""
    new_ids = {n.id for n in batch.nodes}
    topics = sorted({r.target for r in batch.relationships if r.type == RelType.ABOUT})
    if not topics:
        return []
    about_topics = store.relationships_of(topics, [RelType.ABOUT], direction="in")
    per_topic: dict[str, list[str]] = {}
    for rel in about_topics:
        if rel.source not in new_ids:
            per_topic.setdefault(rel.target, []).append(rel.source)
    # and what those entities said themselves: "B denied A's claims" answers A's
    # claim about B, which is not about A
    said = store.relationships_of(topics, [RelType.ASSERTS], direction="out")
    for rel in said:
        if rel.target not in new_ids:
            per_topic.setdefault(rel.source, []).append(rel.target)
    claim_ids = sorted(
        {cid for ids in per_topic.values() for cid in ids[-MAX_STORED_CLAIMS_PER_ENTITY:]}
    )
    if not claim_ids:
        return []
    claims = [c for c in store.get_nodes(claim_ids) if c is not None]
    context = store.relationships_of(
        [c.id for c in claims], [RelType.ASSERTS, RelType.ABOUT, RelType.INVOLVES]
    )
    claimant: dict[str, str] = {}
    about: dict[str, list[str]] = {}
    involved: dict[str, list[str]] = {}  # claim -> the disputes it is in
    for rel in context:
        if rel.type == RelType.ASSERTS:
            claimant[rel.target] = rel.source
        elif rel.type == RelType.ABOUT:
            about.setdefault(rel.source, []).append(rel.target)
        else:
            involved.setdefault(rel.target, []).append(rel.source)
    # A claim can be in several disputes (one per pair of parties): a new answer
    # extends the open one with the smallest id, whatever order the store lists
    # them in and whenever they were opened, so the graph never depends on how
    # many runs ingested the articles.  A resolved dispute stays closed.
    nodes = store.get_nodes(sorted({d for ds in involved.values() for d in ds}))
    resolved = {d.id for d in nodes if d is not None and d.get("status") == "resolved"}
    dispute = {
        claim: min(live)
        for claim, ds in involved.items()
        if (live := [d for d in ds if d not in resolved])
    }
    return [
        StoredClaim(
            node=c,
            claimant_id=claimant.get(c.id),
            about_ids=about.get(c.id, []),
            dispute_id=dispute.get(c.id),
        )
        for c in claims
    ]


def _is_surname_only(entity: str, names: dict[str, str]) -> bool:
    """A person named by one word only ("Prince"): maybe the surname of a known person."""
    return entity.startswith("person:") and len(names.get(entity, "").split()) == 1
