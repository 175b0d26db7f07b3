"""Mapping a new article's entities onto the canonical stored ones.

Used by :class:`api.ingestion.Ingestor` before an article is written: an
entity new to the store becomes the stored entity it names (by an analyst's
merge, a former name, or a folded name or alias that only one stored entity
has), and an entity the article names as renamed absorbs the stored entity
under its former name, as an analyst's merge would (``api/curation.py``).
"""

from __future__ import annotations

import json

from api.curation import fold_into
from graph.model import (
    ENTITY_LABELS,
    GraphBatch,
    Label,
    Node,
    alias_key,
    retarget,
    unique,
)
from graph.store import GraphStore


def onto_stored_entities(store: GraphStore, batch: GraphBatch) -> GraphBatch:
    """Map the article's entities onto the canonical stored ones.

    An entity id that is new to the store is mapped onto a stored entity of
    the same label when an analyst merged that id into it or it is a former
    name of it (``absorbedIds``), or when one of its names, folded
    (:func:`graph.model.alias_key`: "Not Boring Software" is "NotBoring
    Software"), is a name or alias of exactly one stored entity ("Raman" in a
    later article is the stored "Priya Raman").  One
    :meth:`GraphStore.find_aliased` call answers that for the whole article.
    The mapped mention becomes an alias there, so the alias table grows as
    articles arrive.  An entity the article names as renamed ("X, formerly
    Twitter") absorbs the entity stored under its former name, in the same
    transaction.  Relationships follow their endpoints.
    """
    entities = [n for n in batch.nodes if n.label in ENTITY_LABELS]
    if not entities:
        return batch
    stored = store.get_nodes([n.id for n in entities])
    absorbed_ids = [a for n in entities for a in n.get("absorbedIds") or []]
    known = store.find_aliased(
        unique([*(n.id for n in entities), *absorbed_ids]),
        unique(k for n in entities for k in _alias_keys(n)),
    )
    mapping: dict[str, str] = {}
    for node, existing in zip(entities, stored, strict=True):
        if existing is None:
            target = _canonical_for(store, node, known)
            if target is not None and target != node.id:
                mapping[node.id] = target
    renamed = _absorb_former_names(store, entities, known, mapping)
    if not mapping and renamed.is_empty():
        return batch
    nodes = []
    for n in batch.nodes:
        if n.id in mapping:
            props = {k: v for k, v in n.properties.items() if k != "name"}
            aliases = [*(n.get("aliases") or []), n.name or ""]
            props["aliases"] = [a for a in unique(aliases) if a]
            props["aliasKeys"] = unique([*(n.get("aliasKeys") or []), *_alias_keys(n)])
            n = Node(mapping[n.id], n.label, props)
        elif n.label == Label.DISPUTE and n.get("partyIds"):
            props = dict(n.properties)
            props["partyIds"] = unique(mapping.get(p, p) for p in n.get("partyIds") or [])
            n = Node(n.id, n.label, props)
        nodes.append(n)
    rels = [
        retarget(r, mapping.get(r.source, r.source), mapping.get(r.target, r.target))
        if r.source in mapping or r.target in mapping
        else r
        for r in batch.relationships
    ]
    rels = [r for r in rels if r.source != r.target]
    events = [(kind, mapping.get(subj, subj), data) for kind, subj, data in batch.events]
    return GraphBatch(
        nodes=[*nodes, *renamed.nodes],
        relationships=[*rels, *renamed.relationships],
        delete_nodes=[*batch.delete_nodes, *renamed.delete_nodes],
        delete_relationships=[*batch.delete_relationships, *renamed.delete_relationships],
        events=events,
    )


def _canonical_for(store: GraphStore, node: Node, known: list[Node]) -> str | None:
    """The stored entity a new entity id is (see :meth:`_onto_stored_entities`)."""
    merged = {k.id for k in known if node.id in (k.get("absorbedIds") or [])}
    if len(merged) == 1:
        return merged.pop()
    # A renamed entity is never mapped onto what it absorbs (its former name).
    absorbs = {node.id, *(node.get("absorbedIds") or [])}
    keys = set(_alias_keys(node))
    candidates = {
        k.id
        for k in known
        if k.label == node.label and k.id not in absorbs and keys & set(_alias_keys(k))
    }
    if candidates:
        return candidates.pop() if len(candidates) == 1 else None
    # Entities stored before alias keys were written: exact names and aliases.
    names = tuple(unique([n for n in [node.name, *(node.get("aliases") or [])] if n]))
    if not names:
        return None
    found = {
        m.id for key in ("name", "aliases") for m in store.find(node.label, {key: names}, limit=3)
    } - absorbs
    return found.pop() if len(found) == 1 else None


def _absorb_former_names(
    store: GraphStore, entities: list[Node], known: list[Node], mapping: dict[str, str]
) -> GraphBatch:
    """Fold each stored entity under a former name into the renamed entity.

    A renamed entity lists its former names' ids in ``absorbedIds``; a stored
    entity of the same label with one of those ids is merged into it as an
    analyst's merge would (``api/curation.py``): its relationships move, it
    is deleted, and the kept entity records a ``mergedFrom`` snapshot, so
    ``splitEntity`` can undo a wrong rename.  Batch ids mapped onto it follow.
    """
    out = GraphBatch()
    stored_by_id = {k.id: k for k in known}
    for node in entities:
        keep = mapping.get(node.id, node.id)
        for old_id in node.get("absorbedIds") or []:
            old = stored_by_id.get(old_id)
            if old is None or old.id == keep or old.label != node.label:
                continue
            if any(o.id == old.id for o in (stored_by_id.get(i) for i in out.delete_nodes) if o):
                continue
            added = [a for a in unique([old.name or "", *(old.get("aliases") or [])]) if a]
            originals, moved, snapshot = fold_into(store, old, keep, added)
            out.nodes.append(
                Node(
                    keep,
                    node.label,
                    {
                        "aliases": added,
                        "aliasKeys": _alias_keys(old),
                        "absorbedIds": unique([old.id, *(old.get("absorbedIds") or [])]),
                        "mergedFrom": [json.dumps(snapshot, sort_keys=True)],
                    },
                )
            )
            out.relationships.extend(moved)
            out.delete_relationships.extend(r.id for r in originals)
            out.delete_nodes.append(old.id)
            for k, v in list(mapping.items()):
                if v == old.id:
                    mapping[k] = keep
    return out


def _alias_keys(node: Node) -> list[str]:
    """The folded names an entity is known by: stored ``aliasKeys``, name and aliases."""
    names = [node.name or "", *(node.get("aliases") or [])]
    return unique([*(node.get("aliasKeys") or []), *(alias_key(n) for n in names if n)])
