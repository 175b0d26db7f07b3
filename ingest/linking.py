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
    relationship_id,
    utc_now,
)

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
        article = nc.node.get("articleId")
        opposing: list[tuple[StoredClaim, str]] = []
        for sc in stored:
            if sc.node.id == nc.node.id or sc.node.id in new_ids:
                continue
            if article is not None and sc.node.get("articleId") == article:
                continue
            if nc.claimant_id is not None and nc.claimant_id == sc.claimant_id:
                continue
            parties = {nc.claimant_id, sc.claimant_id}
            shared = (set(nc.about_ids) & set(sc.about_ids)) - parties
            if not shared:
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
