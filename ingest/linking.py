"""Cross-article disputes: link a new article's claims to claims already stored.

The caller (``api/ingestion.py``) fetches every stored claim ABOUT any entity the new
claims are ABOUT, wraps each as a :class:`StoredClaim` and applies the batch returned
by :func:`link_across_articles` in the same transaction as the new article's batch.

Method (no learned model, no heavy dependencies):

1. *Candidates*: a new claim and a stored claim from a different article, by different
   claimants, sharing at least one topic entity (ABOUT targets other than the two
   claimants themselves).
2. *Stance* of each claim: its kind (denial, accusation, ...) from the extractor, and
   its polarity, the parity of negation cues in the sentence (``not``, ``never``,
   ``no``, ``n't``, ``false``, ``deny`` ...).
3. *Similarity*: lexical overlap of the two sentences (Jaccard over lower-cased content
   words with a light suffix-stripping stem, names included), so "DeepSeek trained on
   OpenAI outputs" and "DeepSeek did not train on OpenAI outputs" match while two
   unrelated claims about the same company do not.
4. *Decision*:
   - a denial answering an assertion or accusation on a shared topic, the two at least
     loosely similar (>= 0.12): ``denies`` (an assertion answering a stored denial:
     ``contradicts``);
   - two similar sentences (similarity >= 0.25) of opposite polarity: ``contradicts``;
   - an accusation against a party whose own claim is on the shared topic and that is
     at least loosely similar (>= 0.12): ``doubts``;
   - two similar sentences (>= 0.4) with the same polarity, neither a denial:
     SUPPORTS.
5. *Disputes*: an opposing stored claim already in a Dispute extends that dispute
   (INVOLVES for the new claim, DISPUTES, CONCERNS, a ``disputeUpdated`` event);
   otherwise a new Dispute is opened over the new claim and every opposing stored claim
   (``disputeOpened`` event).  Ids are derived from the claim ids, so linking the same
   article twice changes nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from graph.model import (
    EventKind,
    GraphBatch,
    Label,
    Node,
    Properties,
    Relationship,
    RelType,
    hashed_id,
    merge_properties,
    merged_by_id,
    relationship_id,
    retarget,
    unique,
    utc_now,
)
from ingest.entity_lexicon import PUBLICATION_WORDS

NEGATIONS = {
    "not",
    "no",
    "never",
    "none",
    "nothing",
    "nobody",
    "neither",
    "nor",
    "cannot",
    "false",
    "untrue",
    "inaccurate",
    "deny",
    "denies",
    "denied",
    "without",
    "fake",
}
STOPWORDS = {
    "the",
    "a",
    "an",
    "of",
    "to",
    "in",
    "on",
    "for",
    "and",
    "or",
    "but",
    "that",
    "this",
    "it",
    "its",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "has",
    "have",
    "had",
    "with",
    "as",
    "at",
    "by",
    "from",
    "said",
    "says",
    "say",
    "do",
    "does",
    "did",
    "told",
    "according",
    "he",
    "she",
    "they",
    "we",
    "i",
    "his",
    "her",
    "their",
    "our",
    "will",
    "would",
    "could",
    "also",
    "which",
    "who",
    "than",
    "more",
    "about",
    "into",
    "after",
    "before",
    "there",
    "such",
}
SIMILAR = 0.25
LOOSE = 0.12
AGREE = 0.4


@dataclass(slots=True)
class StoredClaim:
    """A Claim already in the store, with what the linker needs to know about it."""

    node: Node  # the Claim node (text, kind, claimant, articleId ...)
    claimant_id: str | None  # id of the entity that ASSERTS it
    about_ids: list[str] = field(default_factory=list)  # ids of the entities it is ABOUT
    dispute_id: str | None = None  # the Dispute it is already INVOLVED in


@dataclass(slots=True)
class _NewClaim:
    node: Node
    claimant_id: str | None
    about_ids: list[str]


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+(?:['\u2019][a-z]+)?", text.casefold())


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def content_words(text: str) -> set[str]:
    """Lower-cased, lightly stemmed content words of a sentence (negations excluded)."""
    return set(_content_words(text))


@lru_cache(maxsize=8192)
def _content_words(text: str) -> frozenset[str]:
    # Cached: linking compares every new claim with every stored claim near it,
    # so the same stored sentences are split and stemmed over and over.
    return frozenset(
        _stem(w)
        for w in _words(text)
        if w not in STOPWORDS and w not in NEGATIONS and not w.endswith("n't") and len(w) > 1
    )


def polarity(text: str) -> int:
    """+1 for an affirmative sentence, -1 when it carries an odd number of negations."""
    n = sum(
        1 for w in _words(text) if w in NEGATIONS or w.endswith("n't") or w.endswith("n\u2019t")
    )
    return -1 if n % 2 else 1


def similarity(a: str, b: str) -> float:
    """Jaccard overlap of the two sentences' content words."""
    wa, wb = _content_words(a), _content_words(b)
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / len(wa | wb)


def stance(
    new_kind: str,
    new_text: str,
    old_kind: str,
    old_text: str,
    new_targets_old: bool,
    old_targets_new: bool,
) -> str | None:
    """How a new claim relates to a stored one on a shared topic.

    Returns ``denies``, ``contradicts``, ``doubts``, ``supports`` or None.
    """
    sim = similarity(new_text, old_text)
    if new_kind == "denial" and old_kind == "accusation" and new_targets_old and old_targets_new:
        return "denies"  # each names the other: an answer whatever the wording
    if (
        new_kind == "denial"
        and old_kind in ("assertion", "accusation", "admission")
        and sim >= LOOSE
    ):
        return "denies"
    if old_kind == "denial" and new_kind in ("assertion", "accusation") and sim >= LOOSE:
        return "contradicts"
    if sim >= SIMILAR and polarity(new_text) != polarity(old_text):
        return "contradicts"
    if new_kind == "accusation" and new_targets_old and sim >= LOOSE:
        return "doubts"
    if old_kind == "accusation" and old_targets_new and sim >= LOOSE:
        return "doubts"
    if (
        sim >= AGREE
        and polarity(new_text) == polarity(old_text)
        and "denial" not in (new_kind, old_kind)
    ):
        return "supports"
    return None


def _new_claims(batch: GraphBatch) -> list[_NewClaim]:
    claims = {n.id: n for n in batch.nodes if n.label == Label.CLAIM}
    claimant: dict[str, str] = {}
    about: dict[str, list[str]] = {cid: [] for cid in claims}
    for r in batch.relationships:
        if r.type == RelType.ASSERTS and r.target in claims:
            claimant[r.target] = r.source
        elif r.type == RelType.ABOUT and r.source in claims:
            about[r.source].append(r.target)
    return [_NewClaim(n, claimant.get(cid), about[cid]) for cid, n in claims.items()]


def _prov(node: Node) -> Properties:
    """Provenance of a link: that of the new claim that makes it."""
    now = utc_now()
    return {
        "sourceArticles": list(node.get("sourceArticles") or []),
        "evidence": list(node.get("evidence") or []),
        "firstSeen": node.get("firstSeen") or now,
        "lastSeen": node.get("lastSeen") or now,
    }


def link_across_articles(new: GraphBatch, stored: list[StoredClaim]) -> GraphBatch:
    """Disputes and agreements between the new batch's claims and stored claims."""
    out = GraphBatch()
    new_ids = {n.id for n in new.nodes}
    opened: dict[str, str] = {}  # stored claim id -> dispute opened by this batch
    for nc in _new_claims(new):
        if nc.claimant_id is None:
            continue  # an unnamed source ("critics said") is no party to a dispute
        article = nc.node.get("articleId")
        opposing: list[tuple[StoredClaim, str]] = []
        for sc in stored:
            if sc.node.id == nc.node.id or sc.node.id in new_ids:
                continue
            if article is not None and sc.node.get("articleId") == article:
                continue
            if sc.claimant_id is None or nc.claimant_id == sc.claimant_id:
                continue
            parties = {nc.claimant_id, sc.claimant_id}
            shared = (set(nc.about_ids) & set(sc.about_ids)) - parties
            # "A accused B" stored, "B denied A's claims" new: the two parties are each
            # other's topic, with no third entity in common
            facing = sc.claimant_id in nc.about_ids and nc.claimant_id in sc.about_ids
            if not shared and not facing:
                continue
            kind = stance(
                str(nc.node.get("kind") or "assertion"),
                str(nc.node.get("text") or ""),
                str(sc.node.get("kind") or "assertion"),
                str(sc.node.get("text") or ""),
                sc.claimant_id in nc.about_ids,
                nc.claimant_id in sc.about_ids,
            )
            if kind == "supports":
                rid = relationship_id(RelType.SUPPORTS, nc.node.id, sc.node.id)
                out.relationships.append(
                    Relationship(
                        rid,
                        RelType.SUPPORTS,
                        nc.node.id,
                        sc.node.id,
                        {
                            "similarity": round(
                                similarity(str(nc.node.get("text")), str(sc.node.get("text"))), 3
                            ),
                            **_prov(nc.node),
                        },
                    )
                )
            elif kind is not None:
                opposing.append((sc, kind))
        if opposing:
            _record_dispute(out, nc, opposing, opened)
    return out


def _record_dispute(
    out: GraphBatch,
    nc: _NewClaim,
    opposing: list[tuple[StoredClaim, str]],
    opened: dict[str, str],
) -> None:
    prov = _prov(nc.node)
    now = str(prov["lastSeen"])
    existing = next((sc.dispute_id for sc, _ in opposing if sc.dispute_id), None) or next(
        (opened[sc.node.id] for sc, _ in opposing if sc.node.id in opened), None
    )
    topics = sorted(
        {t for sc, _ in opposing for t in set(sc.about_ids) & set(nc.about_ids)}
        - {nc.claimant_id}
        - {sc.claimant_id for sc, _ in opposing}
    )
    if existing is not None:
        did = existing
        if existing not in opened.values():
            out.nodes.append(Node(did, Label.DISPUTE, {"updatedAt": now, **prov}))
            out.events.append((EventKind.DISPUTE_UPDATED, did, {"claim": nc.node.id}))
        for sc, _ in opposing:
            if sc.dispute_id != did:
                out.relationships.append(
                    Relationship(
                        relationship_id(RelType.INVOLVES, did, sc.node.id),
                        RelType.INVOLVES,
                        did,
                        sc.node.id,
                        {"side": str(sc.node.get("claimant") or ""), **prov},
                    )
                )
    else:
        did = hashed_id(Label.DISPUTE, nc.node.id, *sorted(sc.node.id for sc, _ in opposing))
        parties = [str(nc.node.get("claimant") or "")] + [
            str(sc.node.get("claimant") or "") for sc, _ in opposing
        ]
        node = Node(
            did,
            Label.DISPUTE,
            {
                "topic": topics,
                "parties": list(dict.fromkeys(p for p in parties if p)),
                "status": "open",
                "openedAt": now,
                "updatedAt": now,
                "crossArticle": True,
                **prov,
            },
        )
        for sc, _ in opposing:
            opened[sc.node.id] = did
        out.nodes.append(node)
        out.events.append((EventKind.DISPUTE_OPENED, did, {"topic": topics}))
        for sc, _ in opposing:
            out.relationships.append(
                Relationship(
                    relationship_id(RelType.INVOLVES, did, sc.node.id),
                    RelType.INVOLVES,
                    did,
                    sc.node.id,
                    {"side": str(sc.node.get("claimant") or ""), **prov},
                )
            )
    out.relationships.append(
        Relationship(
            relationship_id(RelType.INVOLVES, did, nc.node.id),
            RelType.INVOLVES,
            did,
            nc.node.id,
            {"side": str(nc.node.get("claimant") or ""), **prov},
        )
    )
    for sc, kind in opposing:
        out.relationships.append(
            Relationship(
                relationship_id(RelType.DISPUTES, nc.node.id, sc.node.id),
                RelType.DISPUTES,
                nc.node.id,
                sc.node.id,
                {"kind": kind, **prov},
            )
        )
    for t in topics:
        out.relationships.append(
            Relationship(
                relationship_id(RelType.CONCERNS, did, t),
                RelType.CONCERNS,
                did,
                t,
                prov,
            )
        )


# ---------------------------------------------------------------- disputes by sides
#
# The same dispute is reported by many articles, each extraction yielding its own
# Dispute (one per pair of named parties) and the claim linker above opening more.
# :func:`merge_disputes_by_sides` folds every Dispute of a new batch whose sides are
# those of another (stored, or in the batch) into one, so a story is one Dispute with
# evidence from each article.  A side is a party entity together with the
# organisations it WORKS_FOR, LEADS or FOUNDED (a CEO or spokesperson speaks for the
# company), and a surname-only person ("Prince") joins the side of a person of that
# surname who is a party to it or affiliated with one of its organisations.

ROLE_TYPES = (RelType.WORKS_FOR, RelType.LEADS, RelType.FOUNDED)


@dataclass(slots=True)
class StoredDispute:
    """A Dispute already in the store and the entities that are its parties."""

    node: Node
    party_ids: list[str] = field(default_factory=list)


@dataclass(slots=True)
class SideContext:
    """What side matching needs to know about the entities involved, read by the caller.

    ``orgs``: entity id -> organisations it WORKS_FOR/LEADS/FOUNDED (stored and in the
    batch); ``members``: organisation id -> persons affiliated with it (for surnames);
    ``names``: entity id -> name; ``claimants``: stored claim id -> claimant entity id.
    """

    orgs: dict[str, set[str]] = field(default_factory=dict)
    members: dict[str, set[str]] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)
    claimants: dict[str, str] = field(default_factory=dict)

    def side_keys(self, entity: str) -> set[str]:
        """The entity and the organisations it speaks for."""
        return {entity, *self.orgs.get(entity, ())}


def _is_person(entity: str) -> bool:
    return entity.startswith(f"{Label.PERSON.value.lower()}:")


def _surname(name: str) -> str:
    parts = _words(name)
    return parts[-1] if parts else ""


class _Side:
    """One side of a dispute: party entities, the keys they share, the persons on it."""

    __slots__ = ("keys", "parties", "persons")

    def __init__(self, parties: set[str], ctx: SideContext) -> None:
        self.parties = parties
        self.keys: set[str] = set().union(*(ctx.side_keys(p) for p in parties))
        self.persons: set[str] = {k for k in self.keys if _is_person(k)}
        for org in self.keys:
            self.persons |= ctx.members.get(org, set())

    def meets(self, other: _Side, ctx: SideContext) -> bool:
        if self.keys & other.keys:
            return True
        return (
            _surname_joins(self, other, ctx)
            or _surname_joins(other, self, ctx)
            or _masthead_joins(self, other, ctx)
            or _masthead_joins(other, self, ctx)
        )


def _surname_joins(short: _Side, full: _Side, ctx: SideContext) -> bool:
    """A one-word person party of ``short`` is the surname of a person on ``full``."""
    for p in short.parties:
        name = ctx.names.get(p, "")
        if not _is_person(p) or len(_words(name)) != 1:
            continue
        surname = _words(name)[0]
        if any(
            q != p
            and len(_words(ctx.names.get(q, ""))) > 1
            and _surname(ctx.names.get(q, "")) == surname
            for q in full.persons
        ):
            return True
    return False


def _masthead_joins(short: _Side, full: _Side, ctx: SideContext) -> bool:
    """A one-word newspaper party of ``short`` ("the Gazette") is the last word of a
    newspaper's name on ``full`` ("The Halvern Gazette"), as another article named it."""
    for p in short.parties:
        words = ctx.names.get(p, "").split()
        if _is_person(p) or len(words) != 1 or words[0] not in PUBLICATION_WORDS:
            continue
        if any(
            q != p and not _is_person(q) and ctx.names.get(q, "").split()[-1:] == words
            for q in full.keys
            if len(ctx.names.get(q, "").split()) > 1
        ):
            return True
    return False


def dispute_sides(parties: list[str], ctx: SideContext) -> list[_Side]:
    """Group a dispute's parties into sides (connected by shared side keys or surnames).

    When affiliations would put every party on one side (two employees of one
    company disputing), each party is a side of its own instead.
    """
    sides = [_Side({p}, ctx) for p in dict.fromkeys(parties)]
    merged = True
    while merged:
        merged = False
        for i in range(len(sides)):
            for j in range(i + 1, len(sides)):
                if sides[i].meets(sides[j], ctx):
                    sides[i] = _Side(sides[i].parties | sides[j].parties, ctx)
                    del sides[j]
                    merged = True
                    break
            if merged:
                break
    if len(sides) < 2 <= len(set(parties)):
        bare = SideContext(names=ctx.names)
        return [_Side({p}, bare) for p in dict.fromkeys(parties)]
    return sides


def same_sides(a: list[_Side], b: list[_Side], ctx: SideContext) -> bool:
    """Two disputes between the same sides: each side of the one with fewer sides (at
    least two) meets a different side of the other."""
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    if len(small) < 2:
        return False

    def place(i: int, used: frozenset[int]) -> bool:
        if i == len(small):
            return True
        return any(
            j not in used and small[i].meets(large[j], ctx) and place(i + 1, used | {j})
            for j in range(len(large))
        )

    return place(0, frozenset())


def party_ids_of_batch(batch: GraphBatch, ctx: SideContext) -> dict[str, list[str]]:
    """Party entity ids of each Dispute node in the batch: its ``partyIds`` and the
    claimants of the claims it involves (new claims by the batch's ASSERTS, stored
    ones from ``ctx.claimants``)."""
    claimant = dict(ctx.claimants)
    for r in batch.relationships:
        if r.type == RelType.ASSERTS:
            claimant[r.target] = r.source
    parties: dict[str, list[str]] = {}
    for n in batch.nodes:
        if n.label == Label.DISPUTE:
            parties.setdefault(n.id, []).extend(n.get("partyIds") or [])
    for r in batch.relationships:
        if r.type == RelType.INVOLVES and r.source in parties and r.target in claimant:
            parties[r.source].append(claimant[r.target])
    return {d: list(dict.fromkeys(ps)) for d, ps in parties.items()}


# Set on a stored Dispute by the article being merged in: never taken from the batch.
_KEPT_ON_STORED = ("status", "openedAt", "evidenceText", "crossArticle", "resolutionNote")


def merge_disputes_by_sides(
    batch: GraphBatch, stored: list[StoredDispute], ctx: SideContext
) -> GraphBatch:
    """The batch with every Dispute between the same sides as another folded into one.

    ``stored``: open stored disputes that may be the same (those of the parties and
    their organisations) and every stored dispute the batch updates.  A group of
    disputes with the same sides keeps the stored one with the smallest id, else the
    first of the batch; the others' evidence, claims (INVOLVES), topics
    (CONCERNS) and parties move onto it.  A new dispute folded into a stored one
    becomes a ``disputeUpdated`` event on it; disputes already stored are never
    deleted, only no longer grown.
    """
    parties = party_ids_of_batch(batch, ctx)
    stored_by_id = {s.node.id: s for s in stored}
    new_ids = [d for d in parties if d not in stored_by_id]
    if not new_ids:
        return batch
    for d in parties:
        if d in stored_by_id:
            stored_by_id[d].party_ids = list(
                dict.fromkeys([*stored_by_id[d].party_ids, *parties[d]])
            )
    sides = {d: dispute_sides(ps, ctx) for d, ps in parties.items()}
    for s in stored:
        sides[s.node.id] = dispute_sides(s.party_ids, ctx)
    parent = {d: d for d in sides}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    everything = list(sides)
    for d in new_ids:
        for other in everything:
            if other != d and root(other) != root(d) and same_sides(sides[d], sides[other], ctx):
                parent[root(d)] = root(other)
    groups: dict[str, list[str]] = {}
    for d in everything:
        groups.setdefault(root(d), []).append(d)
    mapping: dict[str, str] = {}
    for members in groups.values():
        if not any(m in new_ids for m in members) or len(members) < 2:
            continue
        olds = [m for m in members if m in stored_by_id]
        # the smallest stored id, not the earliest openedAt: a clock reading would make
        # the graph depend on when (and in how many runs) the articles were ingested
        keep = min(olds) if olds else next(m for m in new_ids if m in members)
        for m in members:
            if m != keep and (m in parties):  # only what this batch writes is moved
                mapping[m] = keep
    if not mapping:
        return batch
    return _fold_disputes(batch, mapping, stored_by_id, ctx)


def _fold_disputes(
    batch: GraphBatch,
    mapping: dict[str, str],
    stored_by_id: dict[str, StoredDispute],
    ctx: SideContext,
) -> GraphBatch:
    """Rewrite the batch so each dispute id in ``mapping`` is written as its target."""
    nodes: list[Node] = []
    merged: dict[str, Properties] = {}
    order: list[str] = []
    for n in batch.nodes:
        target = mapping.get(n.id, n.id)
        if n.label != Label.DISPUTE or (target == n.id and n.id not in mapping.values()):
            nodes.append(n)
            continue
        props = dict(n.properties)
        if target in stored_by_id:
            for key in _KEPT_ON_STORED:
                props.pop(key, None)
        if target not in merged:
            order.append(target)
            merged[target] = props
        else:
            before = merged[target]
            combined = merge_properties(before, props)
            for key in ("parties", "topic", "partyIds"):
                combined[key] = unique([*(before.get(key) or []), *(props.get(key) or [])])
            for key in ("openedAt", "firstSeen"):
                if before.get(key) and props.get(key):
                    combined[key] = min(str(before[key]), str(props[key]))
            merged[target] = combined
    for target in order:
        props = merged[target]
        if target in stored_by_id:
            old = stored_by_id[target].node
            for key in ("parties", "topic", "partyIds"):
                props[key] = unique([*(old.get(key) or []), *(props.get(key) or [])])
        nodes.append(Node(target, Label.DISPUTE, props))
    rels = merged_by_id(
        retarget(r, mapping[r.source], r.target) if r.source in mapping else r
        for r in batch.relationships
    )
    # One event per dispute the batch grows: opened for a new one, updated for a stored one.
    targets = set(mapping.values())
    events: list[tuple[EventKind, str, Properties]] = []
    announced: set[str] = set()
    for kind, subject, data in batch.events:
        target = mapping.get(subject, subject)
        if target in targets:
            if target in announced:
                continue
            announced.add(target)
            folded = sorted(k for k, v in mapping.items() if v == target)
            if target in stored_by_id:
                kind = EventKind.DISPUTE_UPDATED
            data = {**data, "merged": folded}
        events.append((kind, target, data))
    return GraphBatch(
        nodes=nodes,
        relationships=rels,
        delete_nodes=list(batch.delete_nodes),
        delete_relationships=list(batch.delete_relationships),
        events=events,
        replace=batch.replace,
    )
