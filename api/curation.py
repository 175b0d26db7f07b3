"""Analyst corrections to the graph: merge and split entities, resolve disputes.

Each operation is one :class:`GraphBatch`, so it is applied wholly or not at
all.  A merge moves every relationship of the absorbed entity onto the kept
one and deletes the absorbed node, but first stores a JSON snapshot in the
kept node's ``mergedFrom`` list: the absorbed node as it was, its original
relationships, which moved relationships were new and which ones it merged
into (with their earlier properties), and the aliases the merge added.
:func:`split_entity` uses that snapshot to restore the absorbed entity.

Limit: relationships that reach the kept entity *after* a merge stay with it
on split, even when the text was about the absorbed one.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from graph.model import (
    ENTITY_LABELS,
    DisputeStatus,
    EventKind,
    GraphBatch,
    Label,
    Node,
    Relationship,
    retarget,
    unique,
    utc_now,
)
from graph.store import GraphStore


class CurationError(Exception):
    """Base of the errors the mutations turn into typed GraphQL errors."""


class NotFound(CurationError):
    def __init__(self, kind: str, ref: str) -> None:
        super().__init__(f"no {kind} with id {ref!r}")
        self.kind = kind
        self.ref = ref


class InvalidInput(CurationError):
    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


def rel_json(rel: Relationship) -> dict[str, Any]:
    """A relationship as a merge snapshot (``mergedFrom``) keeps it; ``splitEntity``
    reads it back."""
    return {
        "id": rel.id,
        "type": rel.type.value,
        "source": rel.source,
        "target": rel.target,
        "properties": rel.properties,
    }


def _rel_from_json(data: dict[str, Any]) -> Relationship:
    return Relationship(
        data["id"], data["type"], data["source"], data["target"], dict(data["properties"])
    )


def _entity(store: GraphStore, node_id: str, field: str) -> Node:
    node = store.get_node(node_id)
    if node is None:
        raise NotFound("entity", node_id)
    if node.label not in ENTITY_LABELS:
        raise InvalidInput(f"{node_id!r} is a {node.label.value}, not an entity", field)
    return node


@dataclass(frozen=True, slots=True)
class MergeOutcome:
    entity: Node
    moved: int


def fold_into(
    store: GraphStore, absorbed: Node, keep_id: str, added_aliases: list[str]
) -> tuple[list[Relationship], list[Relationship], dict[str, Any]]:
    """What folding ``absorbed`` into ``keep_id`` writes: its relationships as they are
    (to delete), the same moved onto the kept entity, and the undo snapshot that
    ``splitEntity`` reads (``mergedFrom``).  An analyst's merge and a rename found by
    ingestion both fold this way."""
    originals = store.relationships_of([absorbed.id])
    moved: list[Relationship] = []
    for rel in originals:
        source = keep_id if rel.source == absorbed.id else rel.source
        target = keep_id if rel.target == absorbed.id else rel.target
        if source == target:
            continue  # a link between the two becomes meaningless; the snapshot keeps it
        moved.append(retarget(rel, source, target))
    existing = store.get_relationships([r.id for r in moved])
    updated = {r.id: r.properties for r in existing if r is not None}
    node = {"id": absorbed.id, "label": absorbed.label.value, "properties": absorbed.properties}
    snapshot = {
        "node": node,
        "relationships": [rel_json(r) for r in originals],
        "created": [r.id for r in moved if r.id not in updated],
        "updated": updated,
        "addedAliases": added_aliases,
        "mergedAt": utc_now(),
    }
    return originals, moved, snapshot


def merge_entities(store: GraphStore, keep_id: str, absorb_id: str) -> MergeOutcome:
    """Fold ``absorb_id`` into ``keep_id`` (same label), keeping an undo snapshot."""
    if keep_id == absorb_id:
        raise InvalidInput("cannot merge an entity into itself", "absorb")
    keep = _entity(store, keep_id, "keep")
    absorb = _entity(store, absorb_id, "absorb")
    if keep.label != absorb.label:
        raise InvalidInput(
            f"cannot merge a {absorb.label.value} into a {keep.label.value}", "absorb"
        )
    keep_aliases = set(keep.get("aliases") or []) | {keep.name}
    added_aliases = [a for a in unique([absorb.name or "", *(absorb.get("aliases") or [])]) if a]
    added_aliases = [a for a in added_aliases if a not in keep_aliases]
    originals, moved, snapshot = fold_into(store, absorb, keep_id, added_aliases)
    kept = Node(
        keep.id,
        keep.label,
        {
            "aliases": added_aliases,
            "mergedFrom": [json.dumps(snapshot, sort_keys=True)],
            # Ingestion maps later mentions of the absorbed id onto the kept entity.
            "absorbedIds": [absorb.id],
        },
    )
    store.apply(
        GraphBatch(
            nodes=[kept],
            relationships=moved,
            delete_relationships=[r.id for r in originals],
            delete_nodes=[absorb.id],
        )
    )
    merged = store.get_node(keep.id)
    assert merged is not None
    return MergeOutcome(entity=merged, moved=len(moved))


def _snapshot_of(keep: Node, absorbed_id: str) -> tuple[str, dict[str, Any]]:
    for raw in keep.get("mergedFrom") or []:
        try:
            data = json.loads(raw)
        except ValueError:
            continue
        if data.get("node", {}).get("id") == absorbed_id:
            return raw, data
    raise InvalidInput(f"{absorbed_id!r} was not merged into {keep.id!r}", "absorbed")


@dataclass(frozen=True, slots=True)
class SplitOutcome:
    kept: Node
    restored: Node


def split_entity(store: GraphStore, keep_id: str, absorbed_id: str) -> SplitOutcome:
    """Undo the merge of ``absorbed_id`` into ``keep_id``."""
    keep = _entity(store, keep_id, "id")
    raw, snap = _snapshot_of(keep, absorbed_id)
    if store.get_node(absorbed_id) is not None:
        raise InvalidInput(f"{absorbed_id!r} already exists again; nothing to split", "absorbed")
    restored = Node(absorbed_id, snap["node"]["label"], dict(snap["node"]["properties"]))
    props = dict(keep.properties)
    added = set(snap.get("addedAliases") or [])
    props["aliases"] = [a for a in keep.get("aliases") or [] if a not in added]
    props["mergedFrom"] = [m for m in keep.get("mergedFrom") or [] if m != raw]
    props["absorbedIds"] = [i for i in keep.get("absorbedIds") or [] if i != absorbed_id]

    originals = [_rel_from_json(r) for r in snap.get("relationships") or []]
    endpoints = {r.source for r in originals} | {r.target for r in originals}
    endpoints -= {absorbed_id}
    present = {n.id for n in store.get_nodes(sorted(endpoints)) if n is not None}
    restore = [
        r
        for r in originals
        if (r.source == absorbed_id or r.source in present)
        and (r.target == absorbed_id or r.target in present)
    ]
    # Relationships the merge had merged into: give back their earlier properties.
    still = store.get_relationships(list(snap.get("updated") or {}))
    reverted = [
        Relationship(r.id, r.type, r.source, r.target, dict(snap["updated"][r.id]))
        for r in still
        if r is not None
    ]
    batch = GraphBatch(
        nodes=[Node(keep.id, keep.label, props), restored],
        relationships=[*restore, *reverted],
        delete_relationships=list(snap.get("created") or []),
        replace=True,  # every upsert here carries complete properties
    )
    store.apply(batch)
    kept, back = store.get_nodes([keep.id, absorbed_id])
    assert kept is not None and back is not None
    return SplitOutcome(kept=kept, restored=back)


def resolve_dispute(store: GraphStore, dispute_id: str, note: str) -> Node:
    """Mark a dispute resolved with a note; subscribers get ``disputeUpdated``."""
    if not note.strip():
        raise InvalidInput("a resolution note is required", "note")
    dispute = store.get_node(dispute_id)
    if dispute is None or dispute.label != Label.DISPUTE:
        raise NotFound("dispute", dispute_id)
    if dispute.get("status") == DisputeStatus.RESOLVED.value:
        raise InvalidInput(f"dispute {dispute_id!r} is already resolved", "id")
    now = utc_now()
    store.apply(
        GraphBatch(
            nodes=[
                Node(
                    dispute_id,
                    Label.DISPUTE,
                    {
                        "status": DisputeStatus.RESOLVED.value,
                        "resolutionNote": note.strip(),
                        "updatedAt": now,
                    },
                )
            ],
            events=[
                (
                    EventKind.DISPUTE_UPDATED,
                    dispute_id,
                    {"status": "resolved", "note": note.strip()},
                )
            ],
        )
    )
    resolved = store.get_node(dispute_id)
    assert resolved is not None
    return resolved
