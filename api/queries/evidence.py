"""Evidence spans, and small counts over disputes."""

from __future__ import annotations

from dataclasses import dataclass

from graph.model import (
    DisputeStatus,
    Label,
    Node,
    Relationship,
    RelType,
    parse_evidence_ref,
)
from graph.store import GraphStore

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
