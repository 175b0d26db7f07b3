"""Turn one article's extraction into a :class:`graph.model.GraphBatch`.

Nodes: the Article, one node per entity, Claim and Dispute nodes.  A claim from an
unnamed source ("critics said") has ``claimant`` None, its source's words in
``claimantText`` and no ASSERTS relationship.  Relationships:
MENTIONS, REPORTS, ASSERTS, ABOUT, DISPUTES, INVOLVES, CONCERNS, the extracted entity
relations (WORKS_FOR, LEADS, FOUNDED, DEVELOPS, INVESTS_IN, EVALUATED_ON, VARIANT_OF)
and REPUBLISHES.  Every record read from the text carries provenance
(:func:`graph.model.provenance`).  Ids are derived from content, so the same article
always yields the same batch ids.
"""

from __future__ import annotations

import re

from graph.model import (
    EventKind,
    GraphBatch,
    Label,
    Node,
    Properties,
    Relationship,
    RelType,
    alias_key,
    entity_id,
    evidence_ref,
    hashed_id,
    merge_properties,
    merged_by_id,
    provenance,
    relationship_id,
    unique,
)
from ingest import gazetteer
from ingest.claims import Claim
from ingest.document import ArticleText
from ingest.entities import Entity
from ingest.entity_lexicon import LEGAL_FORMS
from ingest.pipeline import Extraction
from ingest.renames import find_renames

CLAIM_CONFIDENCE = {"quote": 0.9, "cue": 0.8}


def original_article_id(url: str) -> str:
    """Id of an article known only by URL (the original of a repost)."""
    return hashed_id(Label.ARTICLE, url)


def _model_props(ent: Entity, developer: str | None, base: str | None) -> Properties:
    parts = [p for p in re.split(r"[\s-]+", ent.name) if p]
    version = next((p for p in parts[1:] if re.match(r"^v?\d", p, re.I)), None)
    rest = [p for p in parts[1:] if p != version]
    return {
        "family": base or (parts[0] if parts else ent.name),
        "version": version,
        "variant": " ".join(rest) or None,
        "developer": developer,
    }


def claimant_text(claim: Claim) -> str | None:
    """The words naming a claim's source when they name no entity ("critics", "officials").

    ``claim.claimant_text`` when the extractor gives it; an extractor that puts
    the phrase in ``claimant`` (with no ``claimant_key``) is read the same way.
    None for a claim whose claimant is an entity.
    """
    if claim.claimant_key is not None:
        return None
    return getattr(claim, "claimant_text", None) or claim.claimant


def to_graph_batch(article: ArticleText, extraction: Extraction) -> GraphBatch:
    """The graph records of one extracted article (see the module docstring)."""
    aid = article.id
    now = article.fetched_at
    batch = GraphBatch()
    republished = extraction.republished_from or article.republished_from
    batch.nodes.append(
        Node(
            aid,
            Label.ARTICLE,
            {
                "url": article.url,
                "canonicalUrl": article.canonical_url,
                "title": article.title,
                "outlet": article.outlet,
                "publishedAt": article.published_at,
                "fetchedAt": article.fetched_at,
                "contentHash": article.content_hash,
                "language": article.language or "en",
                "republishedFrom": republished,
            },
        )
    )
    if republished:
        oid = original_article_id(republished)
        batch.nodes.append(Node(oid, Label.ARTICLE, {"url": republished}))
        batch.relationships.append(
            Relationship(
                relationship_id(RelType.REPUBLISHES, aid, oid),
                RelType.REPUBLISHES,
                aid,
                oid,
                {"sourceArticles": [aid], "firstSeen": now, "lastSeen": now},
            )
        )

    ids = {e.key: extraction.entity_graph_id(e) for e in extraction.entities}
    names = {e.key: e.name for e in extraction.entities}
    renamed = _renamed_entities(article, extraction, ids, now)
    developer = {r.target: names[r.source] for r in extraction.relations if r.type == "DEVELOPS"}
    base = {r.source: names[r.target] for r in extraction.relations if r.type == "VARIANT_OF"}

    def prov(start: int, end: int) -> Properties:
        return provenance(aid, start, end, now)

    for ent in extraction.entities:
        if not ent.mentions:
            continue
        first = ent.mentions[0]
        props: Properties = {
            "name": ent.name,
            "aliases": list(ent.aliases),
            **prov(first.start, first.end),
        }
        props["evidence"] = [evidence_ref(aid, m.start, m.end) for m in ent.mentions]
        if ids[ent.key] in renamed:
            props = merge_properties(props, renamed[ids[ent.key]][1].properties)
            props["name"] = renamed[ids[ent.key]][1].name
        props["aliasKeys"] = unique(
            alias_key(n)
            for n in [str(props["name"]), *(props.get("aliases") or []), *_short_names(ent)]
        )
        if ent.type == "Organization":
            props["kind"] = ent.kind
        if ent.type == "Model":
            props.update(_model_props(ent, developer.get(ent.key), base.get(ent.key)))
        batch.nodes.append(Node(ids[ent.key], Label(ent.type), props))
        rel_props = {**props, "count": len(ent.mentions)}
        for k in ("name", "aliases", "kind", "family", "version", "variant", "developer"):
            rel_props.pop(k, None)
        batch.relationships.append(
            Relationship(
                relationship_id(RelType.MENTIONS, aid, ids[ent.key]),
                RelType.MENTIONS,
                aid,
                ids[ent.key],
                rel_props,
            )
        )

    emitted: set[str] = set()
    for c in extraction.claims:
        if c.id in emitted:
            continue  # one claimant, one sentence, two cues: one claim (the id says so)
        emitted.add(c.id)
        named = c.claimant_key in ids
        cprops: Properties = {
            "text": c.text,
            "quote": c.quote,
            "kind": c.kind,
            "cue": c.cue,
            "start": c.start,
            "end": c.end,
            "contentStart": c.content[0],
            "contentEnd": c.content[1],
            "articleId": aid,
            "publishedAt": article.published_at,
            "confidence": CLAIM_CONFIDENCE["quote" if c.quote else "cue"],
            "claimant": c.claimant if named else None,
            "medium": c.medium,
            "interviewer": c.interviewer,
            **prov(c.start, c.end),
        }
        if not named:
            # an unnamed source ("critics said"): no claimant and no ASSERTS edge,
            # its words kept as ``claimantText``; nothing is invented
            cprops["claimantText"] = claimant_text(c)
        batch.nodes.append(Node(c.id, Label.CLAIM, cprops))
        p = prov(c.start, c.end)
        batch.relationships.append(
            Relationship(relationship_id(RelType.REPORTS, aid, c.id), RelType.REPORTS, aid, c.id, p)
        )
        if named:
            src = ids[str(c.claimant_key)]
            batch.relationships.append(
                Relationship(
                    relationship_id(RelType.ASSERTS, src, c.id), RelType.ASSERTS, src, c.id, p
                )
            )
        for key in c.about_keys:
            batch.relationships.append(
                Relationship(
                    relationship_id(RelType.ABOUT, c.id, ids[key]), RelType.ABOUT, c.id, ids[key], p
                )
            )

    for d in extraction.disputes:
        claims = [extraction.claims[i] for i in d.claim_indexes]
        start = min(c.start for c in claims)
        end = max(c.end for c in claims)
        dprops: Properties = {
            "topic": list(d.topic),
            "parties": list(d.parties),
            # the parties as entity ids: cross-article merging compares sides by entity
            "partyIds": unique(ids[k] for k in d.party_keys if k in ids),
            "status": "open",
            "openedAt": now,
            "updatedAt": now,
            "evidenceText": d.evidence,
            **prov(start, end),
        }
        dprops["evidence"] = [evidence_ref(aid, c.start, c.end) for c in claims]
        batch.nodes.append(Node(d.id, Label.DISPUTE, dprops))
        for c in claims:
            side = (c.claimant if c.claimant_key in ids else claimant_text(c)) or ""
            batch.relationships.append(
                Relationship(
                    relationship_id(RelType.INVOLVES, d.id, c.id),
                    RelType.INVOLVES,
                    d.id,
                    c.id,
                    {"side": side, **prov(c.start, c.end)},
                )
            )
        for i, j, kind in d.pairs:
            a, b = extraction.claims[i], extraction.claims[j]
            batch.relationships.append(
                Relationship(
                    relationship_id(RelType.DISPUTES, b.id, a.id),
                    RelType.DISPUTES,
                    b.id,
                    a.id,
                    {"kind": kind, **prov(b.start, b.end)},
                )
            )
        for key in d.topic_keys:
            batch.relationships.append(
                Relationship(
                    relationship_id(RelType.CONCERNS, d.id, ids[key]),
                    RelType.CONCERNS,
                    d.id,
                    ids[key],
                    prov(start, end),
                )
            )
        batch.events.append(
            (
                EventKind.DISPUTE_OPENED,
                d.id,
                {
                    "topic": list(d.topic),
                    "parties": list(d.parties),
                    "articleId": aid,
                },
            )
        )

    for r in extraction.relations:
        src, tgt = ids[r.source], ids[r.target]
        key = str(r.properties.get("role") or "")
        props = {k: v for k, v in r.properties.items() if isinstance(v, str | int | float | bool)}
        batch.relationships.append(
            Relationship(
                relationship_id(RelType(r.type), src, tgt, key),
                RelType(r.type),
                src,
                tgt,
                {**props, **prov(*r.evidence)},
            )
        )
    for node_id, (label, node) in renamed.items():
        if not any(n.id == node_id for n in batch.nodes):  # the new name was not an entity
            batch.nodes.append(Node(node_id, label, node.properties))
    return _fold_duplicates(batch) if renamed else batch


def _short_names(ent: Entity) -> list[str]:
    """The name an unknown organisation may go by in another article without its legal
    form or "AI" ("Velmora AI" as "Velmora", "Brontal Inc." as "Brontal"), unless that is
    a known name of its own ("Meta AI" is not Meta)."""
    words = ent.name.split()
    if ent.type != "Organization" or ent.entry is not None or len(words) < 2:
        return []
    if words[-1] not in LEGAL_FORMS and words[-1] != "AI":
        return []
    short = " ".join(words[:-1]).rstrip(",")
    return [] if gazetteer.load().lookup(short) is not None else [short]


def _renamed_entities(
    article: ArticleText, extraction: Extraction, ids: dict[str, str], now: str
) -> dict[str, tuple[Label, Node]]:
    """Apply the article's renames to ``ids`` (the old name's entity key maps to the
    new name's id) and return, per new-name id, its label and the properties the
    rename adds: the new name, the old one as alias and former name, the old id(s) in
    ``absorbedIds`` (see ``ingest/renames.py``)."""
    by_name: dict[str, Entity] = {}
    for e in extraction.entities:
        for n in [e.name, *e.aliases]:
            by_name.setdefault(n.casefold(), e)
    out: dict[str, tuple[Label, Node]] = {}
    pairs = [(r.new, r.old, r.start, r.end) for r in find_renames(article.text)]
    # The extractor may have folded a former name into its entity already: such a
    # mention carries ``alias_of`` (the other name); record it as a former name too.
    for e in extraction.entities:
        for m in e.mentions:
            if getattr(m, "alias_of", "") and m.text.casefold() != e.name.casefold():
                pairs.append((e.name, m.text, m.start, m.end))
    for new_name, old_name, start, end in pairs:
        new, old = by_name.get(new_name.casefold()), by_name.get(old_name.casefold())
        known = [e for e in (new, old) if e is not None]
        if not known or any(e.type == "Person" for e in known):
            continue
        if new is None and old is not None and old.name.casefold() == new_name.casefold():
            continue
        label = Label((new or known[0]).type)
        target = ids[new.key] if new is not None else entity_id(label, new_name)
        if old is not None and new is not None and old is new:
            target = ids[new.key]  # one entity already: its name is the current one
            if old.name.casefold() == old_name.casefold():
                continue
        name = new.name if new is not None else new_name
        absorbed = [entity_id(label, old_name)]
        if old is not None and old is not new:
            absorbed.append(ids[old.key])
            for k, v in list(ids.items()):
                if v == ids[old.key]:
                    ids[k] = target
        props: Properties = {
            "name": name,
            "aliases": [old_name],
            "formerNames": [old_name],
            "aliasKeys": unique([alias_key(name), alias_key(old_name)]),
            "absorbedIds": unique(a for a in absorbed if a != target),
            **provenance(article.id, start, end, now),
        }
        if target in out:
            props = merge_properties(out[target][1].properties, props)
            props["formerNames"] = unique([*(out[target][1].get("formerNames") or []), old_name])
        out[target] = (label, Node(target, label, props))
    return out


def _fold_duplicates(batch: GraphBatch) -> GraphBatch:
    """One record per id (a renamed entity's two names became one id); relationships
    that now link an entity to itself are dropped."""
    nodes: dict[str, Node] = {}
    for n in batch.nodes:
        if n.id in nodes:
            old = nodes[n.id]
            props = merge_properties(old.properties, n.properties)
            props["name"] = old.get("name") or n.get("name")
            n = Node(n.id, old.label, props)
        nodes[n.id] = n
    batch.nodes = list(nodes.values())
    batch.relationships = merged_by_id(r for r in batch.relationships if r.source != r.target)
    return batch


__all__ = ["claimant_text", "entity_id", "original_article_id", "to_graph_batch"]
