"""Graph analytics over the claim/dispute graph with networkx.

The store is read into an :class:`EntityGraph`: a graph whose nodes are
entities and whose edges each carry the best evidence linking two entities,
chosen among:

- a direct relationship between them (WORKS_FOR, DEVELOPS, INVESTS_IN ...);
- a claim: its claimant ASSERTS it and it is ABOUT the other entity;
- a dispute: one party's claim DISPUTES another party's claim.

Building reads only what the graph needs (:meth:`EntityGraph.from_store`):
entities and disputes by label, then the ASSERTS/ABOUT/entity-link edges of
the entities, the DISPUTES edges of their claims and the INVOLVES/CONCERNS
edges of the disputes.  Articles, mentions and claim texts are never read.

The cache that serves it to requests, rebuilt in the background, is
:class:`api.analytics_cache.AnalyticsCache`.
"""

from __future__ import annotations

import itertools
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field

import networkx as nx

from graph.model import ENTITY_LABELS, Direction, Label, Node, Relationship, RelType
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


# Ids per relationships_of call while building.  A store may serialise its
# calls (the embedded store holds one lock per call), so a build made of many
# small reads lets requests interleave instead of queueing behind one huge read.
BUILD_CHUNK = 2000
# Pause after each chunk: the store's lock is not fair, and a thread that
# releases and at once retakes it would keep waiting requests out.
BUILD_PAUSE = 0.002


# What a build keeps of a relationship: (id, type, source, target).  Properties
# are never needed, and dropping them chunk by chunk keeps a build's memory to
# a fraction of the relationships it reads.
Link = tuple[str, RelType, str, str]


def _links(
    store: GraphStore, ids: list[str], types: list[RelType], direction: Direction
) -> list[Link]:
    out: list[Link] = []
    for start in range(0, len(ids), BUILD_CHUNK):
        chunk = store.relationships_of(ids[start : start + BUILD_CHUNK], types, direction)
        out += [(r.id, r.type, r.source, r.target) for r in chunk]
        time.sleep(BUILD_PAUSE)
    return out


# Which of several links between two entities a connection shows: the most
# specific evidence (a dispute, then a claim, then a structural relationship),
# then the smallest id, so answers point at text and never depend on read order.
_PREFERENCE = {"DISPUTES": 0, "CLAIM": 1}


def _rank(hop: Hop) -> tuple[int, str]:
    return (_PREFERENCE.get(hop.via, 2), hop.relationship or hop.claim or "")


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
    """Entities and the evidence-carrying links between them.

    ``graph`` has one edge per linked pair of entities, carrying the best of
    their evidence (see :func:`_rank`); ``nodes`` holds the entity nodes.
    """

    nodes: dict[str, Node] = field(default_factory=dict)
    graph: nx.Graph = field(default_factory=nx.Graph)
    # (disputer id, disputed id) -> DISPUTES relationship ids
    disputes_between: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    # entity id -> dispute ids it is a party to or concerned by
    disputes_of: dict[str, set[str]] = field(default_factory=dict)
    # entity id -> claims of it that are in a dispute
    disputed_claims_of: dict[str, set[str]] = field(default_factory=dict)
    # Rankings computed once per graph (a graph is never changed after its build;
    # ranking every entity per request cost a fifth of a loaded server's CPU).
    _rankings: dict[object, list] = field(default_factory=dict, repr=False)

    @classmethod
    def from_store(cls, store: GraphStore) -> EntityGraph:
        """Read just the records the graph needs (see the module docstring)."""
        nodes: list[Node] = []
        for label in sorted(ENTITY_LABELS, key=lambda lb: lb.value):
            nodes.extend(store.find(label, limit=None))
        entity_ids = [n.id for n in nodes]
        types = [RelType.ASSERTS, *sorted(ENTITY_LINKS, key=lambda t: t.value)]
        links = _links(store, entity_ids, types, "out")
        links += _links(store, entity_ids, [RelType.ABOUT], "in")
        claim_ids = sorted({target for _id, kind, _s, target in links if kind == RelType.ASSERTS})
        links += _links(store, claim_ids, [RelType.DISPUTES], "out")
        dispute_ids = [d.id for d in store.find(Label.DISPUTE, limit=None)]
        links += _links(store, dispute_ids, [RelType.INVOLVES, RelType.CONCERNS], "out")
        return cls.from_parts(nodes, links)

    @classmethod
    def from_records(cls, records: list[Node | Relationship]) -> EntityGraph:
        """Build from any mix of records (e.g. ``store.iter_all()``)."""
        nodes = [r for r in records if isinstance(r, Node)]
        links = [(r.id, r.type, r.source, r.target) for r in records if isinstance(r, Relationship)]
        return cls.from_parts(nodes, links)

    @classmethod
    def from_parts(cls, nodes: list[Node], links: list[Link]) -> EntityGraph:
        eg = cls()
        # Id order, as ``iter_all`` yields them: the order in which entity pairs
        # are first linked decides ties between equally short paths, so answers
        # stay the same however the records were read.
        for node in sorted({n.id: n for n in nodes}.values(), key=lambda n: n.id):
            if node.label in ENTITY_LABELS:
                eg.nodes[node.id] = node
                eg.graph.add_node(node.id)
        # A relationship may be read twice (an entity link between two
        # entities); keep each once.
        links = sorted({link[0]: link for link in links}.values())
        claimant: dict[str, str] = {}
        about: dict[str, list[str]] = defaultdict(list)
        involves: dict[str, list[str]] = defaultdict(list)
        for _id, kind, source, target in links:
            if kind == RelType.ASSERTS:
                claimant[target] = source
            elif kind == RelType.ABOUT:
                about[source].append(target)
            elif kind == RelType.INVOLVES:
                involves[source].append(target)
        graph = eg.graph

        def link(a: str, b: str, hop: Hop) -> None:
            # One edge per pair of entities, carrying its best evidence.
            found = graph.get_edge_data(a, b)
            if found is None:
                graph.add_edge(a, b, hop=hop)
            elif _rank(hop) < _rank(found["hop"]):
                found["hop"] = hop

        for rel_id, kind, source, target in links:
            if kind in ENTITY_LINKS and source in graph and target in graph:
                link(source, target, Hop(source, target, kind.value, rel_id))
        for claim, who in sorted(claimant.items()):
            for target in about.get(claim, []):
                if who != target and who in graph and target in graph:
                    link(who, target, Hop(who, target, "CLAIM", claim=claim))
        for rel_id, kind, source, target in links:
            if kind != RelType.DISPUTES:
                continue
            a, b = claimant.get(source), claimant.get(target)
            if a and b and a != b and a in graph and b in graph:
                eg.disputes_between.setdefault((a, b), []).append(rel_id)
                link(a, b, Hop(a, b, "DISPUTES", rel_id, claim=source, other_claim=target))
        for dispute, claims in involves.items():
            for claim in claims:
                who = claimant.get(claim)
                if who:
                    eg.disputes_of.setdefault(who, set()).add(dispute)
                    eg.disputed_claims_of.setdefault(who, set()).add(claim)
        for _id, kind, source, target in links:
            if kind == RelType.CONCERNS and target in graph:
                eg.disputes_of.setdefault(target, set()).add(source)
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
        hops = []
        for a, b in itertools.pairwise(path):
            best = self.graph[a][b]["hop"]
            # Present every hop in walking direction, keeping what the edge says.
            hops.append(
                Hop(a, b, best.via, best.relationship, best.claim, best.other_claim, best.dispute)
            )
        return hops

    def controversy(self, label: Label | None = None) -> list[tuple[str, int, int, int]]:
        """(entity, disputes, disputed claims, distinct opponents), most disputed first.

        Computed once per graph and label; callers must not change the list.
        """
        found = self._rankings.get(("controversy", label))
        if found is None:
            found = self._rankings[("controversy", label)] = self._controversy(label)
        return found

    def _controversy(self, label: Label | None) -> list[tuple[str, int, int, int]]:
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
        """(disputer, disputed, DISPUTES relationship ids), most frequent first (computed once)."""
        found = self._rankings.get("rivalries")
        if found is None:
            found = self._rankings["rivalries"] = self._rivalries()
        return found

    def _rivalries(self) -> list[tuple[str, str, list[str]]]:
        counts = Counter({pair: len(ids) for pair, ids in self.disputes_between.items()})
        return [
            (a, b, self.disputes_between[(a, b)])
            for (a, b), _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        ]
