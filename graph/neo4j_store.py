"""ClaimGraph on a Neo4j server (5.x), through the official Python driver.

Layout in Neo4j
---------------
*Nodes* carry two labels: their :class:`~graph.model.Label` (``:Person``) and
the common label ``:Node``.  The common label holds the one uniqueness
constraint the store relies on (``id`` is unique across all labels, and
looking a node up by id alone is a single index seek); ``find()`` without a
label, ``stats()`` and ``iter_all()`` see exactly the ClaimGraph records and
never the bookkeeping nodes below.  Each label also gets its own uniqueness
constraint on ``id`` so that Cypher written by hand in Neo4j Browser
(``MATCH (p:Person {id: $id})``) is index-backed too.

*Properties* are stored natively (so Browser and hand-written Cypher see
them).  Neo4j cannot store ``null``: keys whose value is ``None`` are listed
in the hidden property ``_nullKeys``.  Model property names start with a
lower-case letter, so ``_nullKeys`` never collides; ``id`` is reserved.

*Relationships* carry their id in an ``id`` property with a uniqueness
constraint per type.

*Events* are ``(:Event {seq, kind, subject, at, payload})`` with the payload
as JSON; ``seq`` comes from the ``(:EventCounter {name: 'events'})`` node,
incremented in the writing transaction.  Its write lock is held until commit,
so event-writing transactions commit in ``seq`` order, even across processes:
a reader polling :meth:`events_after` never skips an event.

Writes
------
:meth:`Neo4jStore.apply` is one transaction function (retried by the driver
on transient errors such as deadlocks): it locks and reads the records the
batch touches, merges properties in Python with
:func:`graph.model.merge_properties` (the embedded store's exact semantics),
then writes.  Three statements at most, whatever the batch holds (lock and
read the nodes; read the relationships; write everything with ``UNWIND
$rows``, labels and new relationships' types set per row with Cypher's
dynamic ``$(...)``), so a small batch is not dominated by round trips and a
large one (``claimgraph sync``) is a few big statements.  Locking first makes a
read-merge-write safe against other writers: concurrent creators of the same
node are serialised by ``MERGE`` on the unique ``id``; existing nodes and the
endpoints of relationships are write-locked before they are read.

Cypher safety: every value travels as a query parameter, property keys
included (``n[$key]``).  The only text interpolated into Cypher is a label or
relationship type taken from the :class:`~graph.model.Label` /
:class:`~graph.model.RelType` enums (Cypher cannot take those as parameters)
and property names from this module's own constant tables, never a caller's
string.  Full-text queries are parameters too, made only of letter/digit runs.

Text search uses the full-text index over ``name``, ``aliases`` and ``text``
to find candidates, then checks the exact rule (every word is a substring,
case-insensitive) in Cypher, so results equal the embedded store's.  ``where``
filters on ``aliases``/``text`` use it the same way; filters on ``name`` and
``publishedAt`` use range indexes; other keys are read with dynamic property
access (``n[$key]``, the key a parameter) over the label's nodes.
"""

from __future__ import annotations

import heapq
import json
import logging
import os
import re
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from typing import Any

from neo4j import Driver, GraphDatabase, ManagedTransaction, Session
from neo4j.exceptions import (
    AuthError,
    ConfigurationError,
    DatabaseUnavailable,
    DriverError,
    Neo4jError,
    ServiceUnavailable,
    SessionExpired,
)

from graph.captions import with_caption
from graph.model import (
    ENTITY_LABELS,
    Direction,
    Event,
    EventKind,
    GraphBatch,
    Label,
    ModelError,
    Node,
    Properties,
    Relationship,
    RelType,
    WriteResult,
    check_properties,
    merge_properties,
    utc_now,
)
from graph.store import GraphStore, Range, StoreError, StoreUnavailable, WhereValue

log = logging.getLogger(__name__)

NODE = "Node"  # the common label of every ClaimGraph record
EVENT = "Event"
COUNTER = "EventCounter"
NULL_KEYS = "_nullKeys"
_RESERVED = frozenset({"id", NULL_KEYS})  # stored properties that are not model properties
FULLTEXT_INDEX = "claimgraph_text"
PAGE = 1000  # rows per round trip when streaming everything

# How long one call keeps retrying transient failures (deadlocks, a dropped
# connection) before raising.  Short: while Neo4j is down a user waits this long
# (the driver backs off exponentially, so up to about twice this) for the error.
DEFAULT_RETRY_SECONDS = float(os.environ.get("CLAIMGRAPH_NEO4J_RETRY_SECONDS", "5"))

# The driver logs each retry as a multi-line warning; without a handler of the
# application's own these would reach stderr through logging's last resort.
logging.getLogger("neo4j").addHandler(logging.NullHandler())


def _constraint_name(kind: str, name: str) -> str:
    return f"claimgraph_{kind}_{name.lower()}_id"


def _schema_statements() -> dict[str, str]:
    """Name -> idempotent DDL statement for everything the store needs."""
    out = {
        _constraint_name("node", NODE): (
            f"CREATE CONSTRAINT {_constraint_name('node', NODE)} IF NOT EXISTS "
            f"FOR (n:{NODE}) REQUIRE n.id IS UNIQUE"
        ),
        "claimgraph_event_seq": (
            f"CREATE CONSTRAINT claimgraph_event_seq IF NOT EXISTS "
            f"FOR (e:{EVENT}) REQUIRE e.seq IS UNIQUE"
        ),
        "claimgraph_counter_name": (
            f"CREATE CONSTRAINT claimgraph_counter_name IF NOT EXISTS "
            f"FOR (c:{COUNTER}) REQUIRE c.name IS UNIQUE"
        ),
        "claimgraph_node_name": (
            f"CREATE INDEX claimgraph_node_name IF NOT EXISTS FOR (n:{NODE}) ON (n.name)"
        ),
        "claimgraph_article_published": (
            f"CREATE INDEX claimgraph_article_published IF NOT EXISTS "
            f"FOR (n:{Label.ARTICLE.value}) ON (n.publishedAt)"
        ),
        "claimgraph_claim_published": (
            f"CREATE INDEX claimgraph_claim_published IF NOT EXISTS "
            f"FOR (n:{Label.CLAIM.value}) ON (n.publishedAt)"
        ),
        FULLTEXT_INDEX: (
            f"CREATE FULLTEXT INDEX {FULLTEXT_INDEX} IF NOT EXISTS "
            f"FOR (n:{NODE}) ON EACH [n.name, n.aliases, n.text]"
        ),
    }
    for label in Label:  # labels interpolated from the enum only
        name = _constraint_name("node", label.value)
        out[name] = (
            f"CREATE CONSTRAINT {name} IF NOT EXISTS FOR (n:{label.value}) REQUIRE n.id IS UNIQUE"
        )
    for rtype in RelType:  # types interpolated from the enum only
        name = _constraint_name("rel", rtype.value)
        out[name] = (
            f"CREATE CONSTRAINT {name} IF NOT EXISTS "
            f"FOR ()-[r:{rtype.value}]-() REQUIRE r.id IS UNIQUE"
        )
    return out


SCHEMA = _schema_statements()


def _union(branches: Sequence[str], tail: str) -> str:
    """``CALL () { b1 UNION ALL b2 ... } tail`` (the branches are built from the enums)."""
    return "CALL () {\n" + "\nUNION ALL\n".join(branches) + "\n}\n" + tail


# Every relationship type, each branch an index seek on that type's id constraint.
_RELS_BY_ID_BRANCHES = [
    f"MATCH (a)-[r:{t.value}]->(b) WHERE r.id IN $ids "
    f"RETURN r.id AS id, '{t.value}' AS type, a.id AS source, b.id AS target, "
    "properties(r) AS props"
    for t in RelType
]
# Statements with one branch per label or type take Neo4j ~0.3-1 s to plan
# (measured on the 2-core machine).  Neo4j plans a statement again whenever the
# database's statistics drift far enough, which a growing or freshly emptied
# database does every few seconds, and each such replan stalled a write.
# Their plans are index seeks on the unique ``id`` constraints whatever the
# statistics (checked with EXPLAIN on an empty database), so these statements
# are planned once per server and kept (``replan=skip``; a schema change still
# invalidates them).
PLAN_ONCE = "CYPHER replan=skip\n"

_RELS_BY_ID = PLAN_ONCE + _union(_RELS_BY_ID_BRANCHES, "RETURN id, type, source, target, props")

# ------------------------------------------------------------------ conversions


def _to_stored(record_id: str, props: Mapping[str, Any]) -> dict[str, Any]:
    """Properties as written to Neo4j: ``id`` added, ``None`` values listed by key."""
    if "id" in props:
        raise ModelError(f"{record_id}: property 'id' is reserved by the Neo4j store")
    stored: dict[str, Any] = {k: v for k, v in props.items() if v is not None}
    nulls = sorted(k for k, v in props.items() if v is None)
    if nulls:
        stored[NULL_KEYS] = nulls
    stored["id"] = record_id
    return stored


def _from_stored(stored: Mapping[str, Any]) -> Properties:
    props: Properties = {k: v for k, v in stored.items() if k not in ("id", NULL_KEYS)}
    for key in stored.get(NULL_KEYS) or ():
        props[key] = None
    return props


def _label_of(labels: Sequence[str]) -> Label | None:
    for name in labels:
        if name in Label._value2member_map_:
            return Label(name)
    return None


def _node(node_id: str, labels: Sequence[str], stored: Mapping[str, Any]) -> Node:
    label = _label_of(labels)
    if label is None:
        raise StoreError(f"Neo4j node {node_id!r} has no ClaimGraph label ({labels})")
    return Node(node_id, label, _from_stored(stored))


def _rel(row: Mapping[str, Any]) -> Relationship:
    return Relationship(
        row["id"], RelType(row["type"]), row["source"], row["target"], _from_stored(row["props"])
    )


# ------------------------------------------------------------------ search helpers

# Characters the full-text analyzer (Lucene StandardTokenizer) never splits
# inside a run of: ASCII letters/digits and Latin letters with accents.
_INDEXABLE_RUN = re.compile(r"[0-9a-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]+")
_MAX_TOKEN = 255  # the analyzer splits longer tokens
# ``where`` keys answered from the full-text index (candidates, then checked exactly).
_FULLTEXT_KEYS = frozenset({"aliases", "text"})
# ``where`` keys with range indexes: a literal property access lets the planner
# use them (``n[$key]`` cannot).  The text comes from this table, never from the
# caller.  These properties are scalars in the model; unlike the general rule, a
# list stored there would not match element-wise.
_INDEXED_KEYS = {"name": "n.name", "publishedAt": "n.publishedAt"}


def _longest_run(word: str) -> str | None:
    runs = [r for r in _INDEXABLE_RUN.findall(word) if len(r) <= _MAX_TOKEN]
    return max(runs, key=len) if runs else None


def _fulltext_query(words: Sequence[str], prefix: str | None) -> str | None:
    """A Lucene query whose hits include every node matching the words/prefix.

    Each query word must occur inside one name/alias/text string, so its
    longest indexable run occurs inside one token: ``*run*`` finds it.  A
    name starting with the prefix has a first token starting with the
    prefix's leading run: ``run*``.  Only plain letter/digit runs are used,
    so no Lucene syntax ever reaches the parser.  ``None``: nothing usable.
    """
    clauses = []
    for word in words:
        run = _longest_run(word)
        if run is not None:
            clauses.append(f"*{run}*")
    if prefix:
        lead = _INDEXABLE_RUN.match(prefix)
        if lead is not None and len(lead.group()) <= _MAX_TOKEN:
            clauses.append(f"{lead.group()}*")
    return " AND ".join(clauses) or None


def _as_list(expr: str) -> str:
    """Cypher: the value as a list (a list property as is, a scalar wrapped)."""
    return f"CASE WHEN {expr} IS :: LIST<ANY> NOT NULL THEN {expr} ELSE [{expr}] END"


_NAMES = (
    "[h IN [n.name] + CASE WHEN n.aliases IS :: LIST<ANY> NOT NULL THEN n.aliases ELSE [] END"
    " WHERE h IS :: STRING NOT NULL | toLower(h)]"
)
_HAYSTACK = (
    "[h IN [n.name, n.text] + CASE WHEN n.aliases IS :: LIST<ANY> NOT NULL THEN n.aliases"
    " ELSE [] END WHERE h IS :: STRING NOT NULL | toLower(h)]"
)


@dataclass
class _Query:
    """A node query built from fixed fragments; every value is a parameter."""

    match: str = ""
    conditions: list[str] = field(default_factory=list)
    params: dict[str, Any] = field(default_factory=dict)

    def param(self, value: Any) -> str:
        name = f"p{len(self.params)}"
        self.params[name] = value
        return f"${name}"

    def text(self) -> str:
        where = " AND ".join(f"({c})" for c in self.conditions)
        return f"{self.match}\n{'WHERE ' + where if where else ''}"


def _node_query(
    fulltext_index: str,
    label: Label | None,
    where: Mapping[str, WhereValue] | None,
    text: str | None,
    prefix: str | None,
) -> _Query:
    q = _Query()
    words = text.lower().split() if text is not None else []
    lowered_prefix = prefix.lower() if prefix is not None else None
    # An exact string wanted in name/aliases/text (``{"aliases": "GPT-4"}``) is
    # inside one indexed string too: the full-text index narrows those as well.
    exact = [
        cond.lower()
        for key, cond in (where or {}).items()
        if key in _FULLTEXT_KEYS and isinstance(cond, str)
    ]
    lucene = _fulltext_query(words + exact, lowered_prefix)
    indexed = {
        key: cond
        for key, cond in (where or {}).items()
        if key in _INDEXED_KEYS
        and cond is not None
        and not isinstance(cond, tuple | frozenset | set | list)
    }
    if lucene is not None:
        q.match = (
            f"CALL db.index.fulltext.queryNodes({q.param(fulltext_index)}, {q.param(lucene)}) "
            "YIELD node AS n"
        )
        if label is not None:
            q.conditions.append(f"n:{label.value}")  # from the enum
    elif label is None:
        q.match = f"MATCH (n:{NODE})"
    elif "name" in indexed:  # the name index is on :Node
        q.match = f"MATCH (n:{NODE}:{label.value})"
    else:
        q.match = f"MATCH (n:{label.value})"
    for key, cond in indexed.items():
        prop = _INDEXED_KEYS[key]
        if isinstance(cond, Range):
            q.conditions.append(f"{prop} IS NOT NULL")
            if cond.low is not None:
                q.conditions.append(f"{prop} >= {q.param(cond.low)}")
            if cond.high is not None:
                q.conditions.append(f"{prop} <= {q.param(cond.high)}")
        else:
            q.conditions.append(f"{prop} = {q.param(cond)}")
    for word in words:
        q.conditions.append(f"ANY(h IN {_HAYSTACK} WHERE h CONTAINS {q.param(word)})")
    if lowered_prefix is not None:
        q.conditions.append(f"ANY(h IN {_NAMES} WHERE h STARTS WITH {q.param(lowered_prefix)})")
    for key, cond in (where or {}).items():
        if key in indexed:
            continue
        if key in _RESERVED:  # not a model property: like any missing property, never matches
            q.conditions.append("false")
            continue
        value = f"n[{q.param(key)}]"  # dynamic property access: the key is a parameter
        if isinstance(cond, Range):
            checks = ["v IS NOT NULL"]
            if cond.low is not None:
                checks.append(f"v >= {q.param(cond.low)}")
            if cond.high is not None:
                checks.append(f"v <= {q.param(cond.high)}")
            q.conditions.append(f"ANY(v IN {_as_list(value)} WHERE {' AND '.join(checks)})")
        elif isinstance(cond, tuple | frozenset | set):
            q.conditions.append(f"ANY(v IN {_as_list(value)} WHERE v IN {q.param(list(cond))})")
        elif isinstance(cond, list):
            q.conditions.append(f"{value} = {q.param(cond)}")
        else:
            q.conditions.append(f"ANY(v IN {_as_list(value)} WHERE v = {q.param(cond)})")
    return q


# ------------------------------------------------------------------ hub pages

# Cypher: node ``m``'s order key, the first present, non-empty string among the
# keys (the keys are the parameter ``$keys``), null when there is none.
_ORDER_KEY = "[v IN [k IN $keys | m[k]] WHERE v IS :: STRING NOT NULL AND v <> ''][0]"

# One step of a path from ``({a})`` to ``({b})``; the type comes from the enum.
_STEPS = {"out": "({a})-[:{t}]->({b})", "in": "({a})<-[:{t}]-({b})", "both": "({a})-[:{t}]-({b})"}


# Whether a node comes after a keyset position in the order
# "key IS NULL, key DESC, id" (no position: every node does; a null key is undated).
_AFTER = (
    "($afterId IS NULL OR CASE WHEN $afterKey IS NULL THEN {key} IS NULL AND {id} > $afterId "
    "ELSE {key} IS NULL OR {key} < $afterKey OR ({key} = $afterKey AND {id} > $afterId) END)"
)


def _after_params(after: tuple[str, str] | None) -> dict[str, str | None]:
    """Parameters of :data:`_AFTER`: an undated position ("") is a null key."""
    if after is None:
        return {"afterKey": None, "afterId": None}
    return {"afterKey": after[0] or None, "afterId": after[1]}


def _model_keys(keys: Sequence[str]) -> list[str]:
    """The order keys that can be model properties (``id`` is stored, but is not one)."""
    return [k for k in keys if k not in _RESERVED]


def _reach_branch(path: Sequence[tuple[RelType, Direction]], label: str | None) -> str:
    """One ``UNION`` branch of :meth:`Neo4jStore.reachable_page`: ``(n)`` to each ``m``.

    Types and the label are interpolated from the enums (an unknown type
    raises ``ValueError`` here), never the caller's text.  Two steps are two
    ``MATCH`` clauses with the distinct middle nodes between them: the
    generic walk's frontier, so even a path repeating one type (which could
    walk one relationship back) reaches what the generic version reaches.
    """
    if not 1 <= len(path) <= 2:
        raise ValueError(f"a path has one or two steps, got {len(path)}")
    for _, direction in path:
        if direction not in _STEPS:
            raise ValueError(f"direction must be 'out', 'in' or 'both', got {direction!r}")
    # Interpolated: the label and types as the enums spell them, never the caller's
    # text (an unknown label reaches nothing: the caller returns before querying).
    end = "m"
    if label is not None and label in Label._value2member_map_:
        end = f"m:{Label(label).value}"
    first, *second = [(RelType(t).value, d) for t, d in path]
    if not second:
        return f"MATCH {_STEPS[first[1]].format(a='n', t=first[0], b=end)} RETURN m"
    return (
        f"MATCH {_STEPS[first[1]].format(a='n', t=first[0], b='x')} WITH DISTINCT x "
        f"MATCH {_STEPS[second[0][1]].format(a='x', t=second[0][0], b=end)} RETURN m"
    )


# ------------------------------------------------------------------ the store


def redact_uri(uri: str) -> str:
    """``uri`` without the credentials of a ``scheme://user:password@host`` form."""
    return re.sub(r"(?<=//)[^/@]*@", "", uri)


class Neo4jStore(GraphStore):
    """A :class:`GraphStore` on a Neo4j 5 server."""

    kind = "neo4j"

    def __init__(
        self,
        uri: str,
        auth: tuple[str, str] | None = None,
        database: str | None = None,
        *,
        retry_seconds: float = DEFAULT_RETRY_SECONDS,
    ) -> None:
        """Connect lazily: nothing is sent until the first call.

        ``retry_seconds`` bounds how long a call keeps retrying transient
        failures (server restarting, deadlock) before it raises.
        """
        # Only the redacted form is kept: it is what error messages quote, and a
        # URI may carry "user:password@" (the driver then ignores ``auth``).
        self.uri = redact_uri(uri)
        self.database = database or None
        self._schema_ready = False
        self._fulltext_index = FULLTEXT_INDEX
        self._closed = False
        try:
            self._driver: Driver = GraphDatabase.driver(
                uri,
                auth=auth,
                max_transaction_retry_time=retry_seconds,
                connection_timeout=10.0,
                connection_acquisition_timeout=30.0,
            )
        except (ConfigurationError, ValueError) as exc:
            detail = str(exc).replace(uri, self.uri)
            raise StoreError(f"invalid Neo4j URI {self.uri!r}: {detail}") from None

    @classmethod
    def from_environment(cls, uri: str | None = None) -> Neo4jStore:
        """A store configured by NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE."""
        uri = uri or os.environ.get("NEO4J_URI")
        if not uri:
            raise StoreError("NEO4J_URI is not set (e.g. bolt://127.0.0.1:7687)")
        password = os.environ.get("NEO4J_PASSWORD")
        auth = (os.environ.get("NEO4J_USERNAME") or "neo4j", password) if password else None
        return cls(uri, auth, os.environ.get("NEO4J_DATABASE"))

    # ------------------------------------------------------------- plumbing

    @contextmanager
    def _errors(self) -> Iterator[None]:
        """Driver exceptions -> the store's one-line errors."""
        try:
            yield
        except (ServiceUnavailable, SessionExpired, DatabaseUnavailable) as exc:
            detail = " ".join(str(exc).split())[:300] or type(exc).__name__
            raise StoreUnavailable(f"Neo4j at {self.uri} is unavailable: {detail}") from None
        except AuthError:
            raise StoreError(
                f"Neo4j at {self.uri} rejected the credentials "
                "(check NEO4J_USERNAME and NEO4J_PASSWORD)"
            ) from None
        except Neo4jError as exc:
            raise StoreError(f"Neo4j at {self.uri}: {exc.code}: {exc.message}") from None
        except DriverError as exc:
            raise StoreError(f"Neo4j at {self.uri}: {type(exc).__name__}: {exc}") from None
        except OverflowError as exc:  # an int beyond Neo4j's 64 bits
            raise ModelError(f"value not storable in Neo4j: {exc}") from None

    def _session(self) -> Session:
        # A closed driver still answers, with only a DeprecationWarning: a
        # background reader outliving its server would go unnoticed.  Refuse,
        # like the embedded store does.
        if self._closed:
            raise StoreError(f"Neo4j at {self.uri}: the store is closed")
        return self._driver.session(database=self.database)

    def _read(self, cypher: str, **params: Any) -> list[dict[str, Any]]:
        self._ensure_schema()
        with self._errors(), self._session() as session:
            return session.execute_read(_fetch, cypher, params)

    def _ensure_schema(self) -> None:
        """Create constraints and indexes once (idempotent; one round trip when present)."""
        if self._schema_ready:
            return
        with self._errors(), self._session() as session:
            present = _schema_names(session)
            missing = [stmt for name, stmt in SCHEMA.items() if name not in present]
            for stmt in missing:
                # Failing here is fine when another process created it at the same moment.
                with suppress(Neo4jError):
                    session.run(stmt).consume()
            if missing:
                session.run("CALL db.awaitIndexes(300)").consume()
                absent = sorted(set(SCHEMA) - _schema_names(session))
                if absent:  # an equivalent rule under another name also satisfies IF NOT EXISTS
                    log.info("Neo4j schema: %s exist under other names", ", ".join(absent))
            # An equivalent index made earlier under another name satisfies
            # "IF NOT EXISTS" silently: use whichever covers (:Node) name/aliases/text.
            wanted = {"name", "aliases", "text"}
            names = [
                r["name"]
                for r in session.run(
                    "SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties, entityType "
                    "WHERE entityType = 'NODE' RETURN name, labelsOrTypes, properties"
                ).data()
                if r["labelsOrTypes"] == [NODE] and set(r["properties"]) == wanted
            ]
        if not names:
            raise StoreError(f"Neo4j at {self.uri}: full-text index {FULLTEXT_INDEX} is missing")
        self._fulltext_index = FULLTEXT_INDEX if FULLTEXT_INDEX in names else names[0]
        self._schema_ready = True

    def close(self) -> None:
        self._closed = True
        self._driver.close()

    # ------------------------------------------------------------- writes

    def apply(self, batch: GraphBatch) -> WriteResult:
        if batch.is_empty():
            return WriteResult()
        for _kind, _subject, payload in batch.events:
            check_properties(payload)
        self._ensure_schema()
        for _attempt in range(_CONFLICT_ATTEMPTS):
            try:
                with self._errors(), self._session() as session:
                    return session.execute_write(_apply, batch)
            except _Conflict:
                continue  # rolled back; the next attempt reads the new state
        raise StoreError(f"Neo4j at {self.uri}: the batch kept colliding with concurrent deletes")

    # ------------------------------------------------------------- reads

    def get_nodes(self, ids: Sequence[str]) -> list[Node | None]:
        rows = self._read(
            f"UNWIND $ids AS id MATCH (n:{NODE} {{id: id}}) "
            "RETURN n.id AS id, labels(n) AS labels, properties(n) AS props",
            ids=list(dict.fromkeys(ids)),
        )
        found = {r["id"]: _node(r["id"], r["labels"], r["props"]) for r in rows}
        return [found.get(i) for i in ids]

    def get_relationships(self, ids: Sequence[str]) -> list[Relationship | None]:
        rows = self._read(_RELS_BY_ID, ids=list(dict.fromkeys(ids)))
        found = {r["id"]: _rel(r) for r in rows}
        return [found.get(i) for i in ids]

    def find(
        self,
        label: Label | None = None,
        where: Mapping[str, WhereValue] | None = None,
        *,
        text: str | None = None,
        prefix: str | None = None,
        order_by: str | None = None,
        descending: bool = False,
        limit: int | None = 100,
        offset: int = 0,
    ) -> list[Node]:
        label = None if label is None else Label(label)
        q = _node_query(self._fulltext_index, label, where, text, prefix)
        if order_by is None or order_by in _RESERVED:  # a reserved key: missing everywhere
            order = "ORDER BY n.id"
        else:
            value = f"n[{q.param(order_by)}]"
            # Missing values last in both directions; ties in id order.
            order = f"ORDER BY {value} IS NULL, {value}{' DESC' if descending else ''}, n.id"
        page = f"SKIP {q.param(max(0, offset))}"
        if limit is not None:
            page += f" LIMIT {q.param(max(0, limit))}"
        rows = self._read(
            f"{q.text()}\nRETURN n.id AS id, labels(n) AS labels, properties(n) AS props\n"
            f"{order} {page}",
            **q.params,
        )
        return [_node(r["id"], r["labels"], r["props"]) for r in rows]

    def find_aliased(self, ids: Sequence[str], keys: Sequence[str]) -> list[Node]:
        # One query: the ids through the unique-id index, then absorbed ids and
        # alias keys, whose list membership no Neo4j index answers: a scan of the
        # entity labels (entities are a small share of the nodes; ingestion asks
        # once per article).  Every value is a parameter; the labels come from
        # the enum.
        entity = " OR ".join(f"n:{label.value}" for label in sorted(ENTITY_LABELS))
        known = (
            "any(i IN coalesce(n.absorbedIds, []) WHERE i IN $ids) "
            "OR any(k IN coalesce(n.aliasKeys, []) WHERE k IN $keys)"
        )
        scans = " ".join(
            f"UNION MATCH (n:{label.value}) WHERE {known} RETURN n"
            for label in sorted(ENTITY_LABELS)
        )
        rows = self._read(
            f"CALL () {{ UNWIND $ids AS id MATCH (n:{NODE} {{id: id}}) WHERE {entity} RETURN n "
            f"{scans} }} "
            "RETURN n.id AS id, labels(n) AS labels, properties(n) AS props ORDER BY id",
            ids=list(dict.fromkeys(ids)),
            keys=list(dict.fromkeys(keys)),
        )
        return [_node(r["id"], r["labels"], r["props"]) for r in rows]

    def count(
        self,
        label: Label | None = None,
        where: Mapping[str, WhereValue] | None = None,
        *,
        text: str | None = None,
        prefix: str | None = None,
    ) -> int:
        label = None if label is None else Label(label)
        q = _node_query(self._fulltext_index, label, where, text, prefix)
        rows = self._read(f"{q.text()}\nRETURN count(DISTINCT n) AS c", **q.params)
        return int(rows[0]["c"])

    def relationships_of(
        self,
        node_ids: Sequence[str],
        types: Sequence[RelType] | None = None,
        direction: Direction = "both",
    ) -> list[Relationship]:
        patterns = {"out": "(n)-[r]->()", "in": "(n)<-[r]-()", "both": "(n)-[r]-()"}
        if direction not in patterns:
            raise ValueError(f"direction must be 'out', 'in' or 'both', got {direction!r}")
        type_filter = "" if types is None else "WHERE type(r) IN $types"
        rows = self._read(
            f"UNWIND $ids AS nid MATCH (n:{NODE} {{id: nid}}) MATCH {patterns[direction]} "
            f"{type_filter} WITH DISTINCT r "
            "RETURN r.id AS id, type(r) AS type, startNode(r).id AS source, "
            "endNode(r).id AS target, properties(r) AS props ORDER BY r.id",
            ids=list(dict.fromkeys(node_ids)),
            types=[RelType(t).value for t in types or ()],
        )
        return [_rel(r) for r in rows]

    def neighbours_page(
        self,
        node_id: str,
        rel_type: RelType,
        direction: Direction,
        *,
        order_keys: Sequence[str] = ("publishedAt", "firstSeen"),
        label: str | None = None,
        offset: int = 0,
        limit: int = 100,
        after: tuple[str, str] | None = None,
    ) -> tuple[list[Node], int]:
        """One query: the neighbours are ordered and paged in Neo4j, and counted.

        Only the page's nodes cross the wire.  Neo4j walks the hub's
        relationships of that type (its relationship chains are grouped by
        type and direction) and keeps the top ``offset + limit`` in a heap;
        no index could serve "newest neighbour", since the order key lives
        on the neighbour, not on the relationship.
        """
        patterns = {
            "out": "(n)-[:{t}]->(m{l})",
            "in": "(n)<-[:{t}]-(m{l})",
            "both": "(n)-[:{t}]-(m{l})",
        }
        if direction not in patterns:
            raise ValueError(f"direction must be 'out', 'in' or 'both', got {direction!r}")
        if label is not None and label not in Label._value2member_map_:
            return [], 0  # not a ClaimGraph label: no node has it
        # Type and label come from the enums (validated above), never from the caller's text.
        pattern = patterns[direction].format(
            t=RelType(rel_type).value, l="" if label is None else f":{Label(label).value}"
        )
        match = f"MATCH (n:{NODE} {{id: $id}}) MATCH {pattern}"
        rows = self._read(
            f"CALL () {{ {match} RETURN count(DISTINCT m) AS total }}\n"
            f"CALL () {{\n  {match}\n  WITH DISTINCT m\n"
            f"  WITH m, {_ORDER_KEY} AS key\n"
            f"  WHERE {_AFTER.format(key='key', id='m.id')}\n"
            "  ORDER BY key IS NULL, key DESC, m.id SKIP $offset LIMIT $limit\n"
            "  RETURN collect({id: m.id, labels: labels(m), props: properties(m)}) AS page\n}\n"
            "RETURN total, page",
            id=node_id,
            keys=_model_keys(order_keys),
            offset=max(0, offset),
            limit=max(0, limit),
            **_after_params(after),
        )
        page = [_node(r["id"], r["labels"], r["props"]) for r in rows[0]["page"]]
        return page, int(rows[0]["total"])

    def reachable_page(
        self,
        node_id: str,
        paths: Sequence[Sequence[tuple[RelType, Direction]]],
        *,
        order_keys: Sequence[str] = ("publishedAt", "firstSeen"),
        label: str | None = None,
        offset: int = 0,
        limit: int = 100,
        after: tuple[str, str] | None = None,
    ) -> tuple[list[Node], int]:
        """One query: every path walked, merged, ordered, counted and paged in Neo4j.

        Each path is a branch of a ``UNION``, and each node reached is kept
        once however many walks reach it; a two-step branch keeps the
        distinct middle nodes before the second step, as the generic walk
        does with its frontier.
        The reached nodes' ids and order keys are sorted in Neo4j and only the
        page's nodes cross the wire: an entity with thousands of claims costs
        one round trip, not a read of every claim and every relationship.
        """
        branches = [_reach_branch(path, label) for path in paths]  # validates every path
        if not branches or (label is not None and label not in Label._value2member_map_):
            return [], 0  # no path, or not a ClaimGraph label: nothing is reached
        start = max(0, offset)
        rows = self._read(
            f"MATCH (n:{NODE} {{id: $id}})\n"
            "CALL (n) {\n  " + "\n  UNION\n  ".join(branches) + "\n}\n"
            # UNION merges the branches; one branch alone still lists a node per walk.
            "WITH DISTINCT m\n"
            f"WITH m, {_ORDER_KEY} AS key\n"
            "ORDER BY key IS NULL, key DESC, m.id\n"
            # Sorting all of them once serves both the total and the page; a
            # separate count would walk every path a second time.
            "WITH collect({m: m, key: key}) AS reached\n"
            "RETURN size(reached) AS total, [x IN [x IN reached WHERE "
            + _AFTER.format(key="x.key", id="x.m.id")
            + "][$start..$end] | {id: x.m.id, labels: labels(x.m), props: properties(x.m)}]"
            " AS page",
            id=node_id,
            keys=_model_keys(order_keys),
            start=start,
            end=start + max(0, limit),
            **_after_params(after),
        )
        if not rows:  # no such node
            return [], 0
        page = [_node(r["id"], r["labels"], r["props"]) for r in rows[0]["page"]]
        return page, int(rows[0]["total"])

    def iter_all(self) -> Iterator[Node | Relationship]:
        """Nodes in id order, then relationships in id order, a page per round trip."""
        after = ""
        while True:
            rows = self._read(
                f"MATCH (n:{NODE}) WHERE n.id > $after "
                "RETURN n.id AS id, labels(n) AS labels, properties(n) AS props "
                "ORDER BY n.id LIMIT $page",
                after=after,
                page=PAGE,
            )
            for r in rows:
                yield _node(r["id"], r["labels"], r["props"])
            if len(rows) < PAGE:
                break
            after = rows[-1]["id"]
        # One id-ordered stream per type (each an index scan), merged by id.
        streams = [self._rels_of_type(t) for t in RelType]
        yield from heapq.merge(*streams, key=lambda rel: rel.id)

    def _rels_of_type(self, rtype: RelType) -> Iterator[Relationship]:
        after = ""
        while True:
            rows = self._read(
                f"MATCH (a)-[r:{rtype.value}]->(b) WHERE r.id > $after "  # type from the enum
                f"RETURN r.id AS id, '{rtype.value}' AS type, a.id AS source, "
                "b.id AS target, properties(r) AS props ORDER BY r.id LIMIT $page",
                after=after,
                page=PAGE,
            )
            for r in rows:
                yield _rel(r)
            if len(rows) < PAGE:
                return
            after = rows[-1]["id"]

    # ------------------------------------------------------------- events

    def events_after(self, seq: int, limit: int = 100) -> list[Event]:
        rows = self._read(
            f"MATCH (e:{EVENT}) WHERE e.seq > $seq "
            "RETURN e.seq AS seq, e.kind AS kind, e.subject AS subject, e.at AS at, "
            "e.payload AS payload ORDER BY e.seq LIMIT $limit",
            seq=seq,
            limit=max(0, limit),
        )
        return [
            Event(r["seq"], EventKind(r["kind"]), r["subject"], r["at"], json.loads(r["payload"]))
            for r in rows
        ]

    def last_event_seq(self) -> int:
        rows = self._read(f"MATCH (c:{COUNTER} {{name: 'events'}}) RETURN c.seq AS seq")
        return int(rows[0]["seq"]) if rows else 0

    # ------------------------------------------------------------- misc

    def stats(self) -> dict[str, int]:
        # Each branch is answered from Neo4j's count store, not by scanning.
        branches = [
            f"MATCH (n:{label.value}) RETURN '{label.value}' AS key, count(n) AS c"
            for label in Label
        ] + [
            f"MATCH ()-[r:{rtype.value}]->() RETURN '{rtype.value}' AS key, count(r) AS c"
            for rtype in RelType
        ]
        rows = self._read(PLAN_ONCE + _union(branches, "RETURN key, c"))
        return {r["key"]: int(r["c"]) for r in rows if r["c"]}


def _schema_names(session: Session) -> set[str]:
    """Names of every constraint and index in the database."""
    return {
        r["name"]
        for r in session.run("SHOW CONSTRAINTS YIELD name RETURN name").data()
        + session.run("SHOW INDEXES YIELD name RETURN name").data()
    }


def _fetch(tx: ManagedTransaction, cypher: str, params: dict[str, Any]) -> list[dict[str, Any]]:
    return tx.run(cypher, params).data()


# ------------------------------------------------------------------ apply


@dataclass
class _Staged:
    """A batch resolved against the locked, current state of the records it touches.

    ``nodes``/``rels`` map each touched id to its final state (``None``:
    deleted); ``old_*`` hold the state read from Neo4j.  Mirrors the
    embedded store's staging so both count and merge identically.
    """

    old_nodes: dict[str, Node]
    old_rels: dict[str, Relationship]
    touching: dict[str, list[str]]  # stored node id -> ids of its stored relationships
    nodes: dict[str, Node | None] = field(default_factory=dict)
    rels: dict[str, Relationship | None] = field(default_factory=dict)
    changed: set[str] = field(default_factory=set)
    counts: dict[str, int] = field(default_factory=dict)

    def node(self, node_id: str) -> Node | None:
        return self.nodes[node_id] if node_id in self.nodes else self.old_nodes.get(node_id)

    def rel(self, rel_id: str) -> Relationship | None:
        return self.rels[rel_id] if rel_id in self.rels else self.old_rels.get(rel_id)

    def bump(self, key: str, n: int = 1) -> None:
        self.counts[key] = self.counts.get(key, 0) + n

    def stage(self, batch: GraphBatch) -> None:
        for node in batch.nodes:
            old = self.node(node.id)
            props = dict(node.properties)
            if old is not None and not batch.replace:
                props = merge_properties(old.properties, props)
            self.bump("nodes_created" if old is None else "nodes_updated")
            new = Node(node.id, node.label, with_caption(node.label, props))
            self.nodes[node.id] = new
            if old != new:
                self.changed.add(node.id)
        for rel in batch.relationships:
            for end in (rel.source, rel.target):
                if self.node(end) is None:
                    raise ModelError(
                        f"relationship {rel.id}: endpoint {end!r} is neither in the store "
                        "nor in the batch"
                    )
            old_rel = self.rel(rel.id)
            props = dict(rel.properties)
            if old_rel is not None and not batch.replace:
                props = merge_properties(old_rel.properties, props)
            self.bump("relationships_created" if old_rel is None else "relationships_updated")
            new_rel = Relationship(rel.id, rel.type, rel.source, rel.target, props)
            self.rels[rel.id] = new_rel
            if old_rel != new_rel:
                self.changed.add(rel.id)
        for rel_id in batch.delete_relationships:
            if self.rel(rel_id) is not None:
                self.rels[rel_id] = None
                self.bump("deleted")
        for node_id in batch.delete_nodes:
            if self.node(node_id) is None:
                continue
            self.nodes[node_id] = None
            self.bump("deleted")
            attached = set(self.touching.get(node_id, ()))
            attached.update(
                r
                for r, rel in self.rels.items()
                if rel is not None and node_id in (rel.source, rel.target)
            )
            for rel_id in sorted(attached):
                # Ids from ``touching`` are stored relationships even when not read in full.
                alive = self.rels[rel_id] is not None if rel_id in self.rels else True
                if alive:
                    self.rels[rel_id] = None
                    self.bump("deleted")


_LOCK = "SET x._lock = true REMOVE x._lock"  # takes the write lock, changes nothing
_CONFLICT_ATTEMPTS = 5


class _Conflict(Exception):
    """A record vanished under a concurrent delete: roll back and run the batch again."""


# At most three statements per apply, whatever the batch holds: one locks and
# reads the nodes, one reads the relationships, one writes everything.  Per-statement round
# trips dominated small batches when each label and each relationship type
# had a statement of its own (BENCHMARKS.md §4).
#
# Text interpolated below comes only from the Label / RelType enums and this
# module's constants; every value (ids, properties, labels and types chosen per
# row) travels as a parameter.

_NODE_MAP = "{id: x.id, labels: labels(x), props: properties(x)}"


def _per_type(template: str) -> str:
    """One ``CALL`` unit subquery per relationship type: ``template`` with ``{t}`` = the type.

    Matching a relationship by id is an index seek only with a literal type
    (``[r:WORKS_FOR {id: ...}]``); Neo4j 5.26 plans ``[r:$(row.type)]`` as a
    scan of every relationship, so each type gets a branch of its own.  A
    branch whose rows are filtered out costs next to nothing.
    """
    return "\n".join("CALL () { " + template.format(t=t.value) + " }" for t in RelType)


_RELS_COLLECTED = _union(
    _RELS_BY_ID_BRANCHES,
    "RETURN collect({id: id, type: type, source: source, target: target, props: props}) AS rels",
)

_LOCK_NODES = f"""{PLAN_ONCE}CALL () {{
  UNWIND $upserted AS id
  MERGE (x:{NODE} {{id: id}}) ON CREATE SET x._placeholder = true
  {_LOCK}
  RETURN collect({_NODE_MAP}) AS upserted
}}
CALL () {{
  UNWIND $others AS id
  MATCH (x:{NODE} {{id: id}}) {_LOCK}
  RETURN collect({_NODE_MAP}) AS others
}}
RETURN upserted, others
"""

# Read-only on purpose: in a statement that also writes, Neo4j takes a lock on
# every unique-index key it seeks, found or not (``UniqueIndexSeek(Locking)``),
# and this one seeks each id once per relationship type.
_READ_RELS = f"""{PLAN_ONCE}CALL () {{
  {_RELS_COLLECTED}
}}
CALL () {{
  UNWIND $deleting AS id
  MATCH (x:{NODE} {{id: id}})-[r]-()
  RETURN collect(DISTINCT [x.id, r.id]) AS touching
}}
RETURN rels, touching
"""

# Per-type templates for :func:`_per_type` (``{t}``: the type, from the enum).
_DELETE_REL = (
    "UNWIND [g IN $gone WHERE g.type = '{t}' | g.id] AS id MATCH ()-[r:{t} {{id: id}}]->() DELETE r"
)
_UPDATE_REL = (
    "UNWIND [u IN $updated WHERE u.type = '{t}'] AS row "
    "MATCH ()-[r:{t} {{id: row.id}}]->() SET r = row.props"
)

_WRITE = f"""{PLAN_ONCE}{_per_type(_DELETE_REL)}
CALL () {{
  UNWIND $nodes AS row
  MATCH (x:{NODE} {{id: row.id}})
  REMOVE x:$(row.drop)
  SET x = row.props, x:$(row.label)
}}
{_per_type(_UPDATE_REL)}
CALL () {{
  UNWIND $created AS row
  MATCH (a:{NODE} {{id: row.source}})
  MATCH (b:{NODE} {{id: row.target}})
  CREATE (a)-[r:$(row.type)]->(b) SET r = row.props
  RETURN count(r) AS created
}}
CALL () {{
  UNWIND $dead AS id
  MATCH (x:{NODE} {{id: id}}) DETACH DELETE x
}}
CALL () {{
  WITH $events AS rows WHERE size(rows) > 0
  MERGE (c:{COUNTER} {{name: 'events'}})
  SET c.seq = coalesce(c.seq, 0) + size(rows)
  WITH c.seq - size(rows) AS base, rows
  UNWIND range(0, size(rows) - 1) AS k
  CREATE (e:{EVENT}) SET e = rows[k], e.seq = base + k + 1
  RETURN min(base) AS base
}}
RETURN created, base
"""


def _apply(tx: ManagedTransaction, batch: GraphBatch) -> WriteResult:
    """The transaction function of :meth:`Neo4jStore.apply` (may be retried)."""
    upserted = sorted({n.id for n in batch.nodes})
    others = sorted(
        {r.source for r in batch.relationships}
        | {r.target for r in batch.relationships}
        | set(batch.delete_nodes)
    )
    # 1. Lock and read: the nodes, then (they being locked) their relationships.
    # MERGE on the unique id serialises concurrent creators of a node; a
    # placeholder created here gets its label and properties in step 3.
    locked = tx.run(
        _LOCK_NODES, upserted=upserted, others=sorted(set(others) - set(upserted))
    ).single(strict=True)
    rows = locked["upserted"] + locked["others"]
    if any(r["id"] is None for r in rows):
        # Deleted by another transaction between our match and our lock.
        raise _Conflict
    old_nodes = {
        r["id"]: _node(r["id"], r["labels"], r["props"])
        for r in rows
        if "_placeholder" not in r["props"]
    }
    rel_ids = sorted({r.id for r in batch.relationships} | set(batch.delete_relationships))
    old_rels: dict[str, Relationship] = {}
    touching: dict[str, list[str]] = {}
    if rel_ids or batch.delete_nodes:
        read = tx.run(_READ_RELS, ids=rel_ids, deleting=sorted(set(batch.delete_nodes)))
        record = read.single(strict=True)
        old_rels = {r["id"]: _rel(r) for r in record["rels"]}
        for node_id, rel_id in record["touching"]:
            touching.setdefault(node_id, []).append(rel_id)

    # 2. Merge in Python (may raise ModelError: the transaction then rolls back).
    staged = _Staged(old_nodes, old_rels, touching)
    staged.stage(batch)

    # 3. Write, one statement.
    params = _write_params(staged)
    params["events"], at = _event_rows(batch)
    written = tx.run(_WRITE, params).single(strict=True)
    if written["created"] != len(params["created"]):  # endpoints are locked: a bug if hit
        raise StoreError(
            f"Neo4j store: created {written['created']} of {len(params['created'])} relationships"
        )
    events: tuple[Event, ...] = ()
    if batch.events:
        first = int(written["base"]) + 1
        events = tuple(
            Event(first + k, EventKind(kind), subject, at, dict(payload))
            for k, (kind, subject, payload) in enumerate(batch.events)
        )
    c = staged.counts
    return WriteResult(
        nodes_created=c.get("nodes_created", 0),
        nodes_updated=c.get("nodes_updated", 0),
        relationships_created=c.get("relationships_created", 0),
        relationships_updated=c.get("relationships_updated", 0),
        deleted=c.get("deleted", 0),
        events=events,
    )


def _write_params(staged: _Staged) -> dict[str, Any]:
    """The rows of the write statement: what changed, and how, per record."""
    old_nodes, old_rels = staged.old_nodes, staged.old_rels
    nodes = []
    for i, n in sorted(staged.nodes.items()):
        if n is None or i not in staged.changed:
            continue
        old = old_nodes.get(i)
        drop = [old.label.value] if old is not None and old.label != n.label else []
        nodes.append(
            {"id": i, "label": n.label.value, "drop": drop, "props": _to_stored(i, n.properties)}
        )
    final = {i: r for i, r in staged.rels.items() if r is not None and i in staged.changed}
    # A stored relationship whose type or endpoints change is deleted and created again.
    moved = {
        i
        for i, r in final.items()
        if i in old_rels
        and (old_rels[i].type, old_rels[i].source, old_rels[i].target)
        != (r.type, r.source, r.target)
    }
    dead = {i for i, r in staged.rels.items() if r is None and i in old_rels}
    gone = [{"id": i, "type": old_rels[i].type.value} for i in sorted(moved | dead)]
    updated = [
        {"id": i, "type": r.type.value, "props": _to_stored(i, r.properties)}
        for i, r in sorted(final.items())
        if i in old_rels and i not in moved
    ]
    created = [
        {
            "type": r.type.value,
            "source": r.source,
            "target": r.target,
            "props": _to_stored(i, r.properties),
        }
        for i, r in sorted(final.items())
        if i not in old_rels or i in moved
    ]
    dead_nodes = sorted(i for i, n in staged.nodes.items() if n is None)
    return {
        "gone": gone,
        "nodes": nodes,
        "updated": updated,
        "created": created,
        "dead": dead_nodes,
    }


def _event_rows(batch: GraphBatch) -> tuple[list[dict[str, Any]], str]:
    """The batch's events as rows for the write statement, and their time.

    They are written last in the statement: the counter's write lock is held
    until commit, so it is held as briefly as possible.
    """
    at = utc_now()
    rows = [
        {
            "kind": EventKind(kind).value,
            "subject": subject,
            "at": at,
            "payload": json.dumps(dict(payload), ensure_ascii=False),
        }
        for kind, subject, payload in batch.events
    ]
    return rows, at
