"""The embedded store's in-memory query engine: the graph plus indexes.

:class:`MemGraph` holds the whole graph of one store directory as it was at
change counter :attr:`MemGraph.seq`.  It knows nothing about SQLite: the
store feeds it rows (from a catch-up or its own commits; :mod:`graph._snapshot`
saves and restores it whole) and asks
it questions.  Records are kept as plain tuples and turned into
:class:`graph.model.Node` / :class:`graph.model.Relationship` only on the way
out, with copied property values, so callers can never alter the cache.

Adjacency is two maps, node id -> ids of its outgoing / incoming
relationships.  (A networkx ``MultiDiGraph`` did the same job first, but
building it took over a third of a load of 300k records and its snapshot
was twice as big; ``api/analytics.py`` builds the networkx graph it needs.)

Indexes, all maintained incrementally:

- ``by_label``: label -> sorted ids (stable id order and cheap pagination);
- ``names``: sorted ``(lowercased name or alias, id)`` pairs for prefix search;
- ``words``: lowercased word -> ids having it in ``name``/``aliases``, and
  ``texts``: label -> id -> lowercased name, aliases and text of the nodes
  having a ``text`` property (claims): text search narrows with the first
  and scans only the second, without lowercasing anything per query;
- ``values``: lazily built ``(label, property) -> value -> ids`` maps for
  equality/membership filters on large labels;
- ``neighbour_indexes``: lazily built, per (node with many relationships,
  :data:`graph._neighbours.Spec`), its neighbours (or nodes two steps away)
  in date order, for :meth:`MemGraph.reachable_page` (``graph/_neighbours.py``).
  They are not part of a snapshot (cheap to rebuild on demand, and they would
  make every snapshot of a busy server bigger): rebuilt on first use after a load.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from sortedcontainers import SortedList, SortedSet

from graph._neighbours import NeighbourIndex, Path, Rank, Spec, Step, order_value, rank
from graph.model import Label, Node, Relationship, RelType
from graph.store import Range

NodeRec = tuple[Label, dict[str, Any]]
# Relationship properties stay JSON text in memory: no query looks inside them,
# and one string instead of a dict of lists makes loads and snapshots faster.
RelRec = tuple[RelType, str, str, str]

LABELS: dict[str, Label] = {label.value: label for label in Label}
REL_TYPES: dict[str, RelType] = {t.value: t for t in RelType}

_WORD = re.compile(r"\w+")

# A lazily built value index is worth it only when a label has this many nodes.
VALUE_INDEX_MIN = 2000
# Fewer candidates than this: check the text words on each instead of a search.
TEXT_SCAN_MIN = 2000
# A node with fewer relationships than this is paged by walking them; from this
# many on, its neighbour order is kept in an index (built once, then maintained).
NEIGHBOUR_INDEX_MIN = 256


def copy_props(props: Mapping[str, Any]) -> dict[str, Any]:
    """A copy deep enough that the caller cannot change the cached record."""
    return {k: (v.copy() if type(v) is list else v) for k, v in props.items()}


_intern = sys.intern


def _shared(value: Any) -> Any:
    if type(value) is str:
        return _intern(value) if len(value) <= 64 else value
    if type(value) is list and value and type(value[0]) is str:
        return [_intern(v) if len(v) <= 64 else v for v in value]
    return value


def share_strings(props: dict[str, Any]) -> dict[str, Any]:
    """The properties with equal short strings made one object: keys, times, ids.

    The same ``sourceArticles`` id or ``lastSeen`` time recurs in every record
    read from one article, and every record repeats the property names;
    parsed separately, each would be an object of its own (on the synthetic
    benchmark graph sharing saves 10% of the memory; real records repeat more).
    """
    return {_intern(key): _shared(value) for key, value in props.items()}


def make_node(node_id: str, rec: NodeRec) -> Node:
    """A :class:`Node` from a cached record, skipping re-validation (it was validated)."""
    node = object.__new__(Node)
    object.__setattr__(node, "id", node_id)
    object.__setattr__(node, "label", rec[0])
    object.__setattr__(node, "properties", copy_props(rec[1]))
    return node


def make_rel(rel_id: str, rec: RelRec) -> Relationship:
    """A :class:`Relationship` from a cached record (its properties parsed afresh)."""
    rel = object.__new__(Relationship)
    object.__setattr__(rel, "id", rel_id)
    object.__setattr__(rel, "type", rec[0])
    object.__setattr__(rel, "source", rec[1])
    object.__setattr__(rel, "target", rec[2])
    object.__setattr__(rel, "properties", json.loads(rec[3]))
    return rel


def names_of(props: Mapping[str, Any]) -> list[str]:
    """Name and aliases, lowercased, once each."""
    out: list[str] = []
    name = props.get("name")
    if isinstance(name, str):
        out.append(name.lower())
    aliases = props.get("aliases")
    if isinstance(aliases, list):
        out.extend(a.lower() for a in aliases if isinstance(a, str))
    return list(dict.fromkeys(out))


def _words_of(names: Iterable[str]) -> set[str]:
    return {w for n in names for w in _WORD.findall(n)}


def haystacks(props: Mapping[str, Any]) -> list[str]:
    """The lowercased strings a text search looks in: name, aliases, text."""
    out = names_of(props)
    text = props.get("text")
    if isinstance(text, str):
        out.append(text.lower())
    return out


def _haystack(props: Mapping[str, Any]) -> str:
    """Name, aliases and text lowercased in one string (NUL never occurs in a word)."""
    return "\0".join(haystacks(props))


def matches_text(props: Mapping[str, Any], words: list[str]) -> bool:
    """Every (lowercased) word occurs in name, an alias or text."""
    hay = haystacks(props)
    return all(any(w in h for h in hay) for w in words)


def matches_value(value: Any, cond: Any) -> bool:
    """One ``where`` condition (see :data:`graph.store.WhereValue`)."""
    if isinstance(cond, Range):
        try:
            if isinstance(value, list):
                return any(cond.contains(v) for v in value)
            return cond.contains(value)
        except TypeError:  # incomparable types never match
            return False
    if isinstance(cond, tuple | frozenset | set):
        if isinstance(value, list):
            return any(v in cond for v in value)
        return value is not None and value in cond
    if isinstance(value, list) and not isinstance(cond, list):
        return cond in value
    return value is not None and value == cond


def matches_where(props: Mapping[str, Any], where: Mapping[str, Any]) -> bool:
    return all(matches_value(props.get(k), c) for k, c in where.items())


def _link(adjacency: dict[str, set[str]], end: str, rel_id: str) -> None:
    ids = adjacency.get(end)
    if ids is None:
        adjacency[end] = {rel_id}
    else:
        ids.add(rel_id)


def _index_keys(value: Any) -> list[Any]:
    """Hashable keys under which a property value is filed in a value index."""
    if isinstance(value, list):
        return list(dict.fromkeys(value))
    if value is None:
        return []
    return [value]


class MemGraph:
    """The whole graph in memory, at change counter :attr:`seq`."""

    def __init__(self, store_id: str = "") -> None:
        self.store_id = store_id
        self.seq = 0
        self.out_rels: dict[str, set[str]] = {}  # node id -> ids of relationships from it
        self.in_rels: dict[str, set[str]] = {}  # node id -> ids of relationships to it
        self.nodes: dict[str, NodeRec] = {}
        self.rels: dict[str, RelRec] = {}
        self.all_ids: SortedSet = SortedSet()
        self.by_label: dict[Label, SortedSet] = {}
        self.rel_types: Counter[str] = Counter()
        self.names: SortedList = SortedList()
        self.words: dict[str, set[str]] = {}
        # the words joined by newlines; None when a word came or went since
        self._vocabulary: str | None = None
        self.texts: dict[Label, dict[str, str]] = {}
        # (label, key) -> value -> ids; built on first use, then maintained
        self.values: dict[tuple[Label, str], dict[Any, set[str]]] = {}
        self._no_neighbour_indexes()

    def _no_neighbour_indexes(self) -> None:
        # anchor id -> spec -> its index; built on first use, then maintained
        self.neighbour_indexes: dict[str, dict[Spec, NeighbourIndex]] = {}
        # relationship type -> the specs having a step of that type
        self.specs_by_type: dict[str, set[Spec]] = {}

    # ------------------------------------------------------------- updates

    def _unindex(self, node_id: str, rec: NodeRec) -> None:
        label, props = rec
        self.by_label[label].discard(node_id)
        names = names_of(props)
        for n in names:
            self.names.discard((n, node_id))
        for w in _words_of(names):
            ids = self.words.get(w)
            if ids is not None:
                ids.discard(node_id)
                if not ids:
                    del self.words[w]
                    self._vocabulary = None
        if isinstance(props.get("text"), str):
            self.texts[label].pop(node_id, None)
        for (ilabel, key), index in self.values.items():
            if ilabel == label:
                for v in _index_keys(props.get(key)):
                    bucket = index.get(v)
                    if bucket is not None:
                        bucket.discard(node_id)
                        if not bucket:
                            del index[v]

    def _index(self, node_id: str, rec: NodeRec) -> None:
        label, props = rec
        same_label = self.by_label.get(label)
        if same_label is None:
            same_label = self.by_label[label] = SortedSet()
        same_label.add(node_id)
        names = names_of(props)
        for n in names:
            self.names.add((n, node_id))
        words = self.words
        for w in _words_of(names):
            holders = words.get(w)
            if holders is None:
                words[w] = {node_id}
                self._vocabulary = None
            else:
                holders.add(node_id)
        if isinstance(props.get("text"), str):
            self.texts.setdefault(label, {})[node_id] = _haystack(props)
        for (ilabel, key), index in self.values.items():
            if ilabel == label:
                for v in _index_keys(props.get(key)):
                    index.setdefault(v, set()).add(node_id)

    def put_node(self, node_id: str, label: Label, props: dict[str, Any]) -> None:
        props = share_strings(props)
        old = self.nodes.get(node_id)
        if old is not None:
            self._unindex(node_id, old)
        else:
            self.all_ids.add(node_id)
        rec = (label, props)
        self.nodes[node_id] = rec
        self._index(node_id, rec)
        if self.specs_by_type and old is not None:
            self._rerank(node_id, old, rec)

    def drop_node(self, node_id: str) -> None:
        old = self.nodes.pop(node_id, None)
        if old is None:
            return
        self._unindex(node_id, old)
        self.all_ids.discard(node_id)
        for rel_id in self.rel_ids_of([node_id], None, "both"):
            self.drop_rel(rel_id)
        self.neighbour_indexes.pop(node_id, None)

    def put_rel(self, rel_id: str, rtype: RelType, src: str, dst: str, props: str) -> None:
        """Add or replace a relationship (``props``: its properties as JSON text)."""
        old = self.rels.get(rel_id)
        if old is not None:
            if self.specs_by_type:
                self._follow_rel(old[0], old[1], old[2], -1)
            self._unlink(rel_id, old[1], old[2])
            self.rel_types[old[0]] -= 1
        _link(self.out_rels, src, rel_id)
        _link(self.in_rels, dst, rel_id)
        self.rels[rel_id] = (rtype, src, dst, props)
        self.rel_types[rtype] += 1
        if self.specs_by_type:
            self._follow_rel(rtype, src, dst, +1)

    def drop_rel(self, rel_id: str) -> None:
        old = self.rels.pop(rel_id, None)
        if old is None:
            return
        if self.specs_by_type:
            self._follow_rel(old[0], old[1], old[2], -1)
        self._unlink(rel_id, old[1], old[2])
        self.rel_types[old[0]] -= 1
        if not self.rel_types[old[0]]:
            del self.rel_types[old[0]]

    def _unlink(self, rel_id: str, src: str, dst: str) -> None:
        for adjacency, end in ((self.out_rels, src), (self.in_rels, dst)):
            ids = adjacency.get(end)
            if ids is not None:
                ids.discard(rel_id)
                if not ids:
                    del adjacency[end]

    def bulk_load(
        self,
        nodes: Iterable[tuple[str, str, str]],
        rels: Iterable[tuple[str, str, str, str, str]],
    ) -> int:
        """Fill an empty graph from database rows at once; returns the row count.

        Same result as :meth:`put_node`/:meth:`put_rel` row by row, several
        times faster: the sorted indexes are sorted once instead of kept sorted.
        """
        assert not self.nodes and not self.rels, "bulk_load needs an empty graph"
        loads = json.loads
        by_label: dict[Label, list[str]] = {}
        names: list[tuple[str, str]] = []
        words = self.words
        for node_id, label_name, props_json in nodes:
            label = LABELS[label_name]
            props = share_strings(loads(props_json))
            self.nodes[node_id] = (label, props)
            by_label.setdefault(label, []).append(node_id)
            node_names = names_of(props)
            for n in node_names:
                names.append((n, node_id))
            for w in _words_of(node_names):
                holders = words.get(w)
                if holders is None:
                    words[w] = {node_id}
                else:
                    holders.add(node_id)
            if isinstance(props.get("text"), str):
                self.texts.setdefault(label, {})[node_id] = _haystack(props)
        self.all_ids = SortedSet(self.nodes)
        self.by_label = {label: SortedSet(ids) for label, ids in by_label.items()}
        self.names = SortedList(names)
        self._vocabulary = None
        out_rels, in_rels = self.out_rels, self.in_rels
        for rel_id, type_name, src, dst, props_json in rels:
            rtype = REL_TYPES[type_name]
            self.rels[rel_id] = (rtype, src, dst, props_json)
            self.rel_types[rtype] += 1
            _link(out_rels, src, rel_id)
            _link(in_rels, dst, rel_id)
        return len(self.nodes) + len(self.rels)

    # ------------------------------------------------------------- neighbour indexes

    def _step(self, node_id: str, step: Step) -> Iterator[str]:
        """The nodes one ``step`` away from ``node_id`` (once per relationship)."""
        rtype, direction = step
        rels = self.rels
        if direction != "in":
            for r in self.out_rels.get(node_id, ()):
                rec = rels[r]
                if rec[0] == rtype:
                    yield rec[2]
        if direction != "out":
            for r in self.in_rels.get(node_id, ()):
                rec = rels[r]
                if rec[0] == rtype:
                    yield rec[1]

    def _step_back(self, node_id: str, step: Step) -> Iterator[str]:
        """The nodes from which ``step`` leads to ``node_id`` (once per relationship)."""
        rtype, direction = step
        back = {"out": "in", "in": "out", "both": "both"}[direction]
        return self._step(node_id, (rtype, back))

    def _rank(self, node_id: str, keys: tuple[str, ...], label: str | None) -> Rank | None:
        rec = self.nodes.get(node_id)
        if rec is None or (label is not None and rec[0] != label):
            return None
        return rank(node_id, order_value(rec[1], keys))

    def _walk_counts(self, anchor: str, paths: tuple[Path, ...]) -> dict[str, int]:
        """Node id -> number of walks from ``anchor`` along ``paths`` reaching it."""
        counts: dict[str, int] = {}
        for path in paths:
            for y in self._step(anchor, path[0]):
                ends = (y,) if len(path) == 1 else self._step(y, path[1])
                for z in ends:
                    counts[z] = counts.get(z, 0) + 1
        return counts

    def reachable_page(
        self,
        anchor: str,
        paths: tuple[Path, ...],
        keys: tuple[str, ...],
        label: str | None,
        offset: int,
        limit: int,
        after: tuple[str, str] | None = None,
    ) -> tuple[list[str], int]:
        """Ids of one page of the nodes reachable from ``anchor``, and their number.

        Order and meaning as :meth:`graph.store.GraphStore.reachable_page`.
        A node with many relationships gets an index, kept current by every
        later change, so its pages cost O(log n + page) from then on.
        """
        spec: Spec = (paths, keys, label)
        index = self.neighbour_indexes.get(anchor, {}).get(spec)
        if index is None:
            counts = self._walk_counts(anchor, paths)
            index = NeighbourIndex.built(counts, {m: self._rank(m, keys, label) for m in counts})
            degree = len(self.out_rels.get(anchor, ())) + len(self.in_rels.get(anchor, ()))
            if degree >= NEIGHBOUR_INDEX_MIN and anchor in self.nodes:
                self.neighbour_indexes.setdefault(anchor, {})[spec] = index
                for path in paths:
                    for rtype, _ in path:
                        self.specs_by_type.setdefault(rtype, set()).add(spec)
        after_rank = None if after is None else rank(after[1], after[0])
        return index.page(offset, limit, after_rank), len(index)

    def _follow_rel(self, rtype: str, src: str, dst: str, sign: int) -> None:
        """Count the walks a relationship adds (``sign`` 1) or removes (-1) in the indexes.

        Each walk is counted once: when the later of its relationships comes,
        and uncounted when the first of them goes (the steps of a path have
        different types, so the other relationship is present both times).
        """
        specs = self.specs_by_type.get(rtype)
        if not specs:
            return
        indexes = self.neighbour_indexes
        for spec in specs:
            paths, keys, label = spec
            for path in paths:
                for j, (step_type, direction) in enumerate(path):
                    if step_type != rtype:
                        continue
                    crossings = []
                    if direction != "in":
                        crossings.append((src, dst))
                    if direction != "out":
                        crossings.append((dst, src))
                    for here, there in crossings:
                        if j == 0:  # the anchor is here: nothing to do unless it is indexed
                            if spec not in indexes.get(here, {}):
                                continue
                            members = (there,) if len(path) == 1 else self._step(there, path[1])
                            pairs = [(here, m) for m in members]
                        else:
                            pairs = [(a, there) for a in self._step_back(here, path[0])]
                        for anchor, member in pairs:
                            index = indexes.get(anchor, {}).get(spec)
                            if index is None:
                                continue
                            if sign > 0:
                                index.add(member, self._rank(member, keys, label))
                            else:
                                index.remove(member)

    def _rerank(self, node_id: str, old: NodeRec, new: NodeRec) -> None:
        """Move a changed node in the indexes where its order key or label matters."""
        indexes = self.neighbour_indexes
        seen: set[Spec] = set()
        for specs in self.specs_by_type.values():
            for spec in specs:
                if spec in seen:
                    continue
                seen.add(spec)
                paths, keys, label = spec
                if label is not None and old[0] != label and new[0] != label:
                    continue
                if old[0] == new[0] and order_value(old[1], keys) == order_value(new[1], keys):
                    continue
                new_rank = self._rank(node_id, keys, label)
                anchors: set[str] = set()
                for path in paths:
                    if len(path) == 1:
                        anchors.update(self._step_back(node_id, path[0]))
                    else:
                        for mid in set(self._step_back(node_id, path[1])):
                            anchors.update(self._step_back(mid, path[0]))
                for anchor in anchors:
                    index = indexes.get(anchor, {}).get(spec)
                    if index is not None:
                        index.rerank(node_id, new_rank)

    # ------------------------------------------------------------- reads

    def rel_ids_of(
        self, node_ids: Iterable[str], types: Iterable[str] | None, direction: str
    ) -> list[str]:
        """Ids of relationships touching ``node_ids``, unsorted, once each."""
        wanted = None if types is None else {str(t) for t in types}
        found: set[str] = set()
        empty: set[str] = set()
        for nid in node_ids:
            if direction != "in":
                found |= self.out_rels.get(nid, empty)
            if direction != "out":
                found |= self.in_rels.get(nid, empty)
        if wanted is None:
            return list(found)
        return [r for r in found if self.rels[r][0] in wanted]

    def _value_index(self, label: Label, key: str) -> dict[Any, set[str]]:
        index = self.values.get((label, key))
        if index is None:
            index = {}
            for node_id in self.by_label.get(label, ()):
                for v in _index_keys(self.nodes[node_id][1].get(key)):
                    index.setdefault(v, set()).add(node_id)
            self.values[(label, key)] = index
        return index

    def _narrow_by_value(self, label: Label, where: Mapping[str, Any]) -> set[str] | None:
        """Candidate ids from a value index, or None when no index applies."""
        best: set[str] | None = None
        for key, cond in where.items():
            if isinstance(cond, Range) or cond is None or isinstance(cond, list):
                continue
            index = self._value_index(label, key)
            if isinstance(cond, tuple | frozenset | set):
                ids: set[str] = set()
                for c in cond:
                    try:
                        ids |= index.get(c, set())
                    except TypeError:  # unhashable candidate: let the scan decide
                        return None
            else:
                try:
                    ids = index.get(cond, set())
                except TypeError:
                    continue
            best = ids if best is None else best & ids
        return None if best is None else set(best)

    def _words_containing(self, run: str) -> list[str]:
        """The indexed words that contain ``run`` (a \\w+ string)."""
        # One newline-separated string of the vocabulary, searched with str.find,
        # costs a few C calls per match instead of a Python step per word.
        if self._vocabulary is None:
            self._vocabulary = "\n" + "\n".join(self.words) + "\n"
        blob, found, pos = self._vocabulary, [], 0
        while (pos := blob.find(run, pos)) >= 0:
            start = blob.rfind("\n", 0, pos) + 1
            end = blob.find("\n", pos)
            found.append(blob[start:end])
            pos = end
        return found

    def _text_matches(self, label: Label | None, words: list[str]) -> set[str]:
        """Ids of the nodes matching a text search (some may have another label)."""
        # A node without a text property must have every query word inside its
        # name/aliases, so each query word's longest \w run is inside one indexed word.
        named: set[str] | None = None
        for w in words:
            runs = _WORD.findall(w)
            if not runs:
                named = None  # punctuation-only word: nothing to narrow with
                break
            ids: set[str] = set()
            for word in self._words_containing(max(runs, key=len)):
                ids |= self.words[word]
            named = ids if named is None else named & ids
        nodes = self.nodes
        if named is None:
            named = set(self.all_ids) if label is None else set(self.by_label.get(label, ()))
            found = {i for i in named if matches_text(nodes[i][1], words)}
        elif all(_WORD.fullmatch(w) for w in words):
            # a plain word inside an indexed word is inside that name: nothing to check
            found = named
        else:
            found = {i for i in named if matches_text(nodes[i][1], words)}
        for lab, hays in self.texts.items():
            if label is None or lab == label:
                found.update(i for i, hay in hays.items() if all(w in hay for w in words))
        return found

    def _prefix_ids(self, prefix: str) -> set[str]:
        p = prefix.lower()
        out: set[str] = set()
        for name, node_id in self.names.irange(minimum=(p,)):
            if not name.startswith(p):
                break
            out.add(node_id)
        return out

    def select(
        self,
        label: Label | None,
        where: Mapping[str, Any] | None,
        text: str | None,
        prefix: str | None,
    ) -> Iterator[str] | list[str]:
        """Ids of the matching nodes, in id order."""
        base = self.all_ids if label is None else self.by_label.get(label, SortedSet())
        candidates: set[str] | None = None

        def narrow(ids: set[str]) -> None:
            nonlocal candidates
            candidates = ids if candidates is None else candidates & ids

        words = text.lower().split() if text is not None else []
        if prefix is not None:
            narrow(self._prefix_ids(prefix))
        if where and label is not None and len(base) >= VALUE_INDEX_MIN:
            by_value = self._narrow_by_value(label, where)
            if by_value is not None:
                narrow(by_value)
        if words and (candidates is None or len(candidates) > TEXT_SCAN_MIN):
            narrow(self._text_matches(label, words))  # exact, so no check below
            words = []
        if candidates is None:
            if not where:
                return base  # everything of the label, already sorted by id
            ids: Iterable[str] = base
        else:
            ids = sorted(i for i in candidates if label is None or i in base)
        nodes = self.nodes
        return [
            i
            for i in ids
            if (not where or matches_where(nodes[i][1], where))
            and (not words or matches_text(nodes[i][1], words))
        ]

    def stats(self) -> dict[str, int]:
        out = {str(label): len(ids) for label, ids in self.by_label.items() if ids}
        out.update({str(t): n for t, n in self.rel_types.items() if n})
        return out
