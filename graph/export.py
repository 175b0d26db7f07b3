"""Export a whole store as JSON, GraphML or a Cypher script.

JSON follows the ``claimgraph extract`` contract (entities, claims, disputes,
relations) plus ``articles``, so the same consumers read both.  GraphML is
networkx's writer (list properties become JSON strings, since GraphML has no
lists).  Cypher is a script of parameter-free ``MERGE`` statements whose
values are written as escaped Cypher literals by :func:`cypher_literal`;
identifiers (labels, relationship types) come only from the model's enums,
never from data.
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from collections.abc import Iterable
from typing import TextIO

import networkx as nx

from graph.model import ENTITY_LABELS, Label, Node, Relationship, RelType
from graph.store import GraphStore

_CONTRACT_RELATIONS = frozenset(
    {
        RelType.WORKS_FOR,
        RelType.LEADS,
        RelType.FOUNDED,
        RelType.DEVELOPS,
        RelType.INVESTS_IN,
        RelType.EVALUATED_ON,
        RelType.VARIANT_OF,
    }
)


def export_graph(store: GraphStore, fmt: str, out: TextIO) -> None:
    """Write every node and relationship of ``store`` to ``out`` in ``fmt``."""
    nodes: list[Node] = []
    rels: list[Relationship] = []
    for record in store.iter_all():
        (nodes if isinstance(record, Node) else rels).append(record)
    if fmt == "json":
        json.dump(to_contract(nodes, rels), out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif fmt == "graphml":
        _write_graphml(nodes, rels, out)
    elif fmt == "cypher":
        _write_cypher(nodes, rels, out)
    else:
        raise ValueError(f"unknown export format {fmt!r}")


def to_contract(nodes: Iterable[Node], rels: Iterable[Relationship]) -> dict:
    """The graph in the JSON shape of ``claimgraph extract``, plus articles."""
    by_id = {n.id: n for n in nodes}
    rels = list(rels)
    name = {nid: (n.name or nid) for nid, n in by_id.items()}
    claimant: dict[str, str] = {}
    about: dict[str, list[str]] = defaultdict(list)
    involves: dict[str, list[str]] = defaultdict(list)
    concerns: dict[str, list[str]] = defaultdict(list)
    for r in rels:
        if r.type == RelType.ASSERTS:
            claimant[r.target] = r.source
        elif r.type == RelType.ABOUT:
            about[r.source].append(name.get(r.target, r.target))
        elif r.type == RelType.INVOLVES:
            involves[r.source].append(r.target)
        elif r.type == RelType.CONCERNS:
            concerns[r.source].append(name.get(r.target, r.target))

    def of(label: Label) -> list[Node]:
        return [n for n in by_id.values() if n.label == label]

    entities = [
        {
            "id": n.id,
            "name": n.name,
            "type": n.label.value,
            "aliases": list(n.get("aliases") or []),
            **({"kind": n.get("kind")} if n.get("kind") else {}),
        }
        for n in by_id.values()
        if n.label in ENTITY_LABELS
    ]
    claims = [
        {
            "id": c.id,
            "text": c.get("text"),
            "claimant": name.get(claimant.get(c.id, "")),
            "claimantSpan": None,
            "contentSpan": [c.get("start"), c.get("end")],
            "cue": c.get("cue"),
            "kind": c.get("kind"),
            "about": about.get(c.id, []),
            "quote": c.get("quote"),
            "articleId": c.get("articleId"),
            # an unnamed source ("critics"): claimant null, its words here
            **({} if c.id in claimant else _claimant_text(c)),
        }
        for c in of(Label.CLAIM)
    ]
    disputes = [
        {
            "id": d.id,
            # the claimants, and a challenged party with no claim of its own (partyIds)
            "parties": sorted(
                {name[claimant[c]] for c in involves.get(d.id, []) if c in claimant}
                | {name[p] for p in d.get("partyIds") or [] if p in name}
            ),
            "topic": concerns.get(d.id, []),
            "claims": involves.get(d.id, []),
            "evidence": d.get("evidence"),
            "status": d.get("status"),
        }
        for d in of(Label.DISPUTE)
    ]
    relations = [
        {
            "type": r.type.value,
            "source": name.get(r.source, r.source),
            "target": name.get(r.target, r.target),
            "properties": dict(r.properties),
        }
        for r in rels
        if r.type in _CONTRACT_RELATIONS
    ]
    articles = [{"id": a.id, **a.properties} for a in of(Label.ARTICLE)]
    return {
        "entities": entities,
        "claims": claims,
        "disputes": disputes,
        "relations": relations,
        "articles": articles,
    }


def _claimant_text(claim: Node) -> dict[str, str]:
    text = claim.get("claimantText")
    return {"claimantText": text} if isinstance(text, str) and text else {}


def _graphml_value(value: object) -> object:
    if isinstance(value, list):
        return json.dumps(value, ensure_ascii=False)
    return "" if value is None else value


def _write_graphml(nodes: list[Node], rels: list[Relationship], out: TextIO) -> None:
    graph = nx.MultiDiGraph()
    for n in nodes:
        graph.add_node(
            n.id, label=n.label.value, **{k: _graphml_value(v) for k, v in n.properties.items()}
        )
    for r in rels:
        graph.add_edge(
            r.source,
            r.target,
            key=r.id,
            type=r.type.value,
            **{k: _graphml_value(v) for k, v in r.properties.items()},
        )
    for line in nx.generate_graphml(graph, encoding="utf-8", prettyprint=True):
        out.write(line + "\n")


def cypher_literal(value: object) -> str:
    """A Cypher literal for a property value; strings escaped, never interpolated raw."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            return "null"
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(cypher_literal(v) for v in value) + "]"
    text = str(value)
    escaped = []
    for ch in text:
        if ch in ("\\", "'"):
            escaped.append("\\" + ch)
        elif ord(ch) < 0x20 or ch in ("\u2028", "\u2029"):
            escaped.append(f"\\u{ord(ch):04x}")
        else:
            escaped.append(ch)
    return "'" + "".join(escaped) + "'"


def _cypher_map(props: dict) -> str:
    # Property keys come from the model (camelCase identifiers); backquote anyway.
    items = (f"`{k.replace('`', '')}`: {cypher_literal(v)}" for k, v in sorted(props.items()))
    return "{" + ", ".join(items) + "}"


def _write_cypher(nodes: list[Node], rels: list[Relationship], out: TextIO) -> None:
    out.write("// ClaimGraph export: run with cypher-shell or paste into Neo4j Browser.\n")
    for label in Label:
        out.write(
            f"CREATE CONSTRAINT IF NOT EXISTS FOR (n:{label.value}) REQUIRE n.id IS UNIQUE;\n"
        )
    for n in nodes:
        out.write(
            f"MERGE (n:{n.label.value} {{id: {cypher_literal(n.id)}}}) "
            f"SET n += {_cypher_map(dict(n.properties))};\n"
        )
    label_of = {n.id: n.label.value for n in nodes}
    for r in rels:
        if r.source not in label_of or r.target not in label_of:
            continue
        out.write(
            f"MATCH (a:{label_of[r.source]} {{id: {cypher_literal(r.source)}}}), "
            f"(b:{label_of[r.target]} {{id: {cypher_literal(r.target)}}}) "
            f"MERGE (a)-[r:{r.type.value} {{id: {cypher_literal(r.id)}}}]->(b) "
            f"SET r += {_cypher_map(dict(r.properties))};\n"
        )
