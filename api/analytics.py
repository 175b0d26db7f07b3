"""Graph analytics over the claim/dispute graph with networkx.

The store is read once with ``iter_all`` into an :class:`EntityGraph`: a
multigraph whose nodes are entities and whose edges each carry the evidence
that links two entities:

- a direct relationship between them (WORKS_FOR, DEVELOPS, INVESTS_IN ...);
- a claim: its claimant ASSERTS it and it is ABOUT the other entity;
- a dispute: one party's claim DISPUTES another party's claim.

The snapshot is cached and rebuilt when the store's event log or its counts
move, so repeated analytics queries do not rescan the store.
"""

from __future__ import annotations

import itertools
import threading
from collections import Counter, defaultdict
from dataclasses import dataclass, field

import networkx as nx

from graph.model import ENTITY_LABELS, Label, Node, Relationship, RelType
from graph.store import GraphStore

# Relationship types that link two entities directly.
ENTITY_LINKS = frozenset(
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


@dataclass(frozen=True, slots=True)
class Hop:
    """One step of a connection: two entities and why they are linked."""

    source: str
    target: str
    via: str  # relationship type, "CLAIM" or "DISPUTE"
    relationship: str | None = None
    claim: str | None = None
    other_claim: str | None = None
    dispute: str | None = None


@dataclass(slots=True)
class EntityGraph:
    """Entities and the evidence-carrying links between them."""

    nodes: dict[str, Node] = field(default_factory=dict)
    graph: nx.MultiGraph = field(default_factory=nx.MultiGraph)
    # (disputer id, disputed id) -> DISPUTES relationship ids
    disputes_between: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    # entity id -> dispute ids it is a party to or concerned by
    disputes_of: dict[str, set[str]] = field(default_factory=dict)
    # entity id -> claims of it that are in a dispute
    disputed_claims_of: dict[str, set[str]] = field(default_factory=dict)

    @classmethod
    def from_records(cls, records: list[Node | Relationship]) -> EntityGraph:
        eg = cls()
        rels: list[Relationship] = []
        for rec in records:
            if isinstance(rec, Node):
                eg.nodes[rec.id] = rec
                if rec.label in ENTITY_LABELS:
                    eg.graph.add_node(rec.id)
            else:
                rels.append(rec)
        claimant: dict[str, str] = {}
        about: dict[str, list[str]] = defaultdict(list)
        involves: dict[str, list[str]] = defaultdict(list)
        for rel in rels:
            if rel.type == RelType.ASSERTS:
                claimant[rel.target] = rel.source
            elif rel.type == RelType.ABOUT:
                about[rel.source].append(rel.target)
            elif rel.type == RelType.INVOLVES:
                involves[rel.source].append(rel.target)
        for rel in rels:
            if rel.type in ENTITY_LINKS and rel.source in eg.graph and rel.target in eg.graph:
                eg.graph.add_edge(
                    rel.source, rel.target, hop=Hop(rel.source, rel.target, rel.type.value, rel.id)
                )
        for claim, who in sorted(claimant.items()):
            for target in about.get(claim, []):
                if who != target and who in eg.graph and target in eg.graph:
                    eg.graph.add_edge(who, target, hop=Hop(who, target, "CLAIM", claim=claim))
        for rel in rels:
            if rel.type != RelType.DISPUTES:
                continue
            a, b = claimant.get(rel.source), claimant.get(rel.target)
            if a and b and a != b and a in eg.graph and b in eg.graph:
                eg.disputes_between.setdefault((a, b), []).append(rel.id)
                eg.graph.add_edge(
                    a,
                    b,
                    hop=Hop(a, b, "DISPUTES", rel.id, claim=rel.source, other_claim=rel.target),
                )
        for dispute, claims in involves.items():
            for claim in claims:
                who = claimant.get(claim)
                if who:
                    eg.disputes_of.setdefault(who, set()).add(dispute)
                    eg.disputed_claims_of.setdefault(who, set()).add(claim)
        for rel in rels:
            if rel.type == RelType.CONCERNS and rel.target in eg.graph:
                eg.disputes_of.setdefault(rel.target, set()).add(rel.source)
        return eg

    def shortest_connection(self, source: str, target: str, max_hops: int = 6) -> list[Hop] | None:
        """The fewest-hop chain of evidence from one entity to another.

        Among parallel edges the most specific evidence wins (a dispute, then
        a claim, then a structural relationship), so answers point at text.
        """
        if source not in self.graph or target not in self.graph:
            return None
        if source == target:
            return []
        try:
            path = nx.shortest_path(self.graph, source, target)
        except nx.NetworkXNoPath:
            return None
        if len(path) - 1 > max_hops:
            return None
        preference = {"DISPUTES": 0, "CLAIM": 1}
        hops = []
        for a, b in itertools.pairwise(path):
            edges = [d["hop"] for d in self.graph.get_edge_data(a, b).values()]
            best = min(
                edges, key=lambda h: (preference.get(h.via, 2), h.relationship or h.claim or "")
            )
            # Present every hop in walking direction, keeping what the edge says.
            hops.append(
                Hop(a, b, best.via, best.relationship, best.claim, best.other_claim, best.dispute)
            )
        return hops

    def controversy(self, label: Label | None = None) -> list[tuple[str, int, int, int]]:
        """(entity, disputes, disputed claims, distinct opponents), most disputed first."""
        opponents: dict[str, set[str]] = defaultdict(set)
        for a, b in self.disputes_between:
            opponents[a].add(b)
            opponents[b].add(a)
        rows = []
        for entity, disputes in self.disputes_of.items():
            node = self.nodes.get(entity)
            if node is None or (label and node.label != label):
                continue
            rows.append(
                (
                    entity,
                    len(disputes),
                    len(self.disputed_claims_of.get(entity, ())),
                    len(opponents[entity]),
                )
            )
        rows.sort(key=lambda r: (-r[1], -r[2], -r[3], r[0]))
        return rows

    def rivalries(self) -> list[tuple[str, str, list[str]]]:
        """(disputer, disputed, DISPUTES relationship ids), most frequent first."""
        counts = Counter({pair: len(ids) for pair, ids in self.disputes_between.items()})
        return [
            (a, b, self.disputes_between[(a, b)])
            for (a, b), _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        ]


class AnalyticsCache:
    """One :class:`EntityGraph` per store state, rebuilt when the store changes."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._key: object = None
        self._graph: EntityGraph | None = None

    def get(self, store: GraphStore) -> EntityGraph:
        # Events mark ingests and dispute changes; counts catch merges and edits.
        key = (store.last_event_seq(), tuple(sorted(store.stats().items())))
        with self._lock:
            if self._graph is None or key != self._key:
                self._graph = EntityGraph.from_records(list(store.iter_all()))
                self._key = key
            return self._graph
