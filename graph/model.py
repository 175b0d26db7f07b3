"""The ClaimGraph graph model, shared by every store.

Naming follows Neo4j conventions: labels are CamelCase (``Person``),
relationship types UPPER_SNAKE (``WORKS_FOR``), properties camelCase
(``publishedAt``).

Property values are restricted to what Neo4j can store natively: ``None``,
``str``, ``int``, ``float``, ``bool`` and homogeneous lists of those.  Keeping
that rule for the embedded store too means any graph can move between stores
unchanged (``claimgraph sync``).

Identity is derived, never assigned: entities get ``label + canonical name``,
articles their content hash, claims a hash of claimant and sentence.  So
re-ingesting the same article produces the same ids and upserts change nothing.

Provenance: every node or relationship that comes from text carries
``sourceArticles`` (article ids), ``evidence`` (``"<articleId>:<start>-<end>"``
character spans of the evidence sentence), ``firstSeen`` and ``lastSeen``
(ISO-8601 UTC).  :func:`merge_properties` combines them on upsert.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, Literal, TypeAlias

Scalar: TypeAlias = str | int | float | bool | None
PropertyValue: TypeAlias = Scalar | list[str] | list[int] | list[float] | list[bool]
Properties: TypeAlias = dict[str, PropertyValue]


class Label(StrEnum):
    ARTICLE = "Article"
    PERSON = "Person"
    ORGANIZATION = "Organization"
    MODEL = "Model"
    BENCHMARK = "Benchmark"
    CLAIM = "Claim"
    DISPUTE = "Dispute"


ENTITY_LABELS: frozenset[Label] = frozenset(
    {Label.PERSON, Label.ORGANIZATION, Label.MODEL, Label.BENCHMARK}
)


class RelType(StrEnum):
    MENTIONS = "MENTIONS"  # Article -> entity
    REPORTS = "REPORTS"  # Article -> Claim
    ASSERTS = "ASSERTS"  # Person|Organization -> Claim
    ABOUT = "ABOUT"  # Claim -> entity
    DISPUTES = "DISPUTES"  # Claim -> Claim (kind: denies, contradicts, doubts)
    SUPPORTS = "SUPPORTS"  # Claim -> Claim
    INVOLVES = "INVOLVES"  # Dispute -> Claim (side)
    CONCERNS = "CONCERNS"  # Dispute -> entity
    WORKS_FOR = "WORKS_FOR"  # Person -> Organization (role, since, until)
    LEADS = "LEADS"  # Person -> Organization (role)
    FOUNDED = "FOUNDED"  # Person|Organization -> Organization
    DEVELOPS = "DEVELOPS"  # Organization -> Model
    INVESTS_IN = "INVESTS_IN"  # Organization|Person -> Organization (amount, stake)
    EVALUATED_ON = "EVALUATED_ON"  # Model -> Benchmark (score, metric, variant, reportedBy)
    VARIANT_OF = "VARIANT_OF"  # Model -> Model
    REPUBLISHES = "REPUBLISHES"  # Article -> Article
    CITES = "CITES"  # Article -> Article | Organization (outlet)


class OrganizationKind(StrEnum):
    COMPANY = "company"
    LAB = "lab"
    DIVISION = "division"
    PUBLICATION = "publication"
    UNIVERSITY = "university"
    GOVERNMENT = "government"
    OTHER = "other"


class ClaimKind(StrEnum):
    ASSERTION = "assertion"
    DENIAL = "denial"
    ACCUSATION = "accusation"
    ADMISSION = "admission"
    PREDICTION = "prediction"
    OPINION = "opinion"


class DisputeKind(StrEnum):
    DENIES = "denies"
    CONTRADICTS = "contradicts"
    DOUBTS = "doubts"


class DisputeStatus(StrEnum):
    OPEN = "open"
    RESOLVED = "resolved"


class EventKind(StrEnum):
    DISPUTE_OPENED = "disputeOpened"
    DISPUTE_UPDATED = "disputeUpdated"
    ARTICLE_INGESTED = "articleIngested"


# ---------------------------------------------------------------- values


class ModelError(ValueError):
    """A node, relationship or property that the model does not allow."""


def _check_value(key: str, value: object) -> None:
    if value is None or isinstance(value, str | int | float | bool):
        return
    if isinstance(value, list):
        kinds = {type(v) for v in value}
        if len(kinds) <= 1 and kinds <= {str, int, float, bool}:
            return
    raise ModelError(f"property {key!r}: {type(value).__name__} values are not storable")


def check_properties(props: Mapping[str, object]) -> None:
    """Raise :class:`ModelError` unless every value is Neo4j-storable."""
    for key, value in props.items():
        if not key or not key[0].islower():
            raise ModelError(f"property names are camelCase, got {key!r}")
        _check_value(key, value)


def utc_now() -> str:
    """The current time as the ISO-8601 UTC string used for every timestamp."""
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


# ---------------------------------------------------------------- identity


def canonical_key(name: str) -> str:
    """Fold a name into the slug used for entity identity.

    Case, accents, punctuation and a trailing possessive do not make a
    different entity: ``Meta's`` and ``META`` give ``meta``.
    """
    s = unicodedata.normalize("NFKD", name)
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).casefold()
    s = re.sub(r"['\u2019]s\b", "", s)
    s = re.sub(r"[^\w]+", "-", s).strip("-")
    return s or "unnamed"


def alias_key(name: str) -> str:
    """Fold a name harder than :func:`canonical_key`, for alias lookups.

    Spacing and punctuation go too, so a name written two ways is one key:
    ``NotBoring Software`` and ``Not Boring Software`` give ``notboringsoftware``.
    Entity ids keep :func:`canonical_key`; this key only finds candidates
    (``aliasKeys``, :meth:`graph.store.GraphStore.find_aliased`).
    """
    return canonical_key(name).replace("-", "").replace("_", "")


def entity_id(label: Label | str, canonical_name: str) -> str:
    """Stable id of an entity: ``person:yann-lecun``."""
    return f"{Label(label).value.lower()}:{canonical_key(canonical_name)}"


def content_hash(text: str) -> str:
    """SHA-256 of the exact text (UTF-8), as stored in ``Article.contentHash``."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def hashed_id(label: Label | str, *parts: str) -> str:
    """Stable id from content: ``claim:3f2a...`` (first 20 hex digits of SHA-256)."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:20]
    return f"{Label(label).value.lower()}:{digest}"


def article_id(text_hash: str) -> str:
    return f"article:{text_hash[:20]}"


def relationship_id(rel_type: RelType | str, source: str, target: str, key: str = "") -> str:
    """Stable id of a relationship; ``key`` separates parallel ones (two roles)."""
    rid = f"{RelType(rel_type).value}:{source}->{target}"
    return f"{rid}#{key}" if key else rid


def evidence_ref(article: str, start: int, end: int) -> str:
    """Encode one evidence span as a storable string: ``article:ab12:10-42``."""
    return f"{article}:{start}-{end}"


def parse_evidence_ref(ref: str) -> tuple[str, int, int]:
    article, _, span = ref.rpartition(":")
    start, _, end = span.partition("-")
    return article, int(start), int(end)


# ---------------------------------------------------------------- records


@dataclass(frozen=True, slots=True)
class Node:
    id: str
    label: Label
    properties: Properties = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "label", Label(self.label))
        check_properties(self.properties)

    def get(self, key: str, default: Any = None) -> Any:
        return self.properties.get(key, default)

    @property
    def name(self) -> str | None:
        value = self.properties.get("name")
        return value if isinstance(value, str) else None


@dataclass(frozen=True, slots=True)
class Relationship:
    id: str
    type: RelType
    source: str
    target: str
    properties: Properties = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "type", RelType(self.type))
        check_properties(self.properties)

    def get(self, key: str, default: Any = None) -> Any:
        return self.properties.get(key, default)


@dataclass(frozen=True, slots=True)
class Event:
    """A change other processes react to (new disputes feed subscriptions)."""

    seq: int  # assigned by the store, strictly increasing per store
    kind: EventKind
    subject: str  # node id the event is about
    at: str
    payload: Properties = field(default_factory=dict)


@dataclass(slots=True)
class GraphBatch:
    """Everything one transaction writes: wholly applied or not at all.

    Nodes and relationships are upserted (properties merged with
    :func:`merge_properties`); ``delete_*`` remove by id after the upserts;
    ``events`` are appended to the store's event log with fresh sequence
    numbers in the same transaction.  A relationship whose endpoints exist
    neither in the store nor in the batch is an error.
    """

    nodes: list[Node] = field(default_factory=list)
    relationships: list[Relationship] = field(default_factory=list)
    delete_nodes: list[str] = field(default_factory=list)
    delete_relationships: list[str] = field(default_factory=list)
    events: list[tuple[EventKind, str, Properties]] = field(default_factory=list)
    replace: bool = False  # True: upserts overwrite properties instead of merging

    def is_empty(self) -> bool:
        return not (
            self.nodes
            or self.relationships
            or self.delete_nodes
            or self.delete_relationships
            or self.events
        )


@dataclass(frozen=True, slots=True)
class WriteResult:
    nodes_created: int = 0
    nodes_updated: int = 0
    relationships_created: int = 0
    relationships_updated: int = 0
    deleted: int = 0
    events: tuple[Event, ...] = ()


# ---------------------------------------------------------------- merging

# List properties that accumulate across sightings instead of being replaced.
ACCUMULATING = frozenset(
    {
        "aliases",
        "aliasKeys",
        "formerNames",
        "sourceArticles",
        "evidence",
        "mergedFrom",
        "absorbedIds",
    }
)

# Provenance lists keep the earliest and the latest sightings only.  A hub such
# as Meta is mentioned by a large share of all articles: an unbounded list made
# every upsert of it rewrite a row that grows with the store, so ingest cost
# grew with store size (BENCHMARKS.md, scale).  Every sighting is still kept
# where it belongs, on the per-article MENTIONS / REPORTS relationships.
BOUNDED_PROVENANCE = frozenset({"sourceArticles", "evidence"})
PROVENANCE_KEEP = 32  # earliest and latest sightings kept on one record, each


def merge_properties(
    old: Mapping[str, PropertyValue], new: Mapping[str, PropertyValue]
) -> Properties:
    """Combine an existing record's properties with a new sighting.

    - accumulating lists (aliases, provenance) are unioned, order kept;
      provenance lists keep the first and last ``PROVENANCE_KEEP`` entries;
    - ``firstSeen`` keeps the earliest, ``lastSeen`` the latest value;
    - a ``None`` in ``new`` never erases a known value;
    - anything else: the new value wins.

    Merging the same sighting twice gives the same result (idempotent).
    """
    merged: Properties = dict(old)
    for key, value in new.items():
        current = merged.get(key)
        if value is None:
            merged.setdefault(key, None)
        elif key in ACCUMULATING and isinstance(value, list):
            base = list(current) if isinstance(current, list) else []
            seen = set(base)
            base.extend(v for v in dict.fromkeys(value) if v not in seen)
            if key in BOUNDED_PROVENANCE and len(base) > 2 * PROVENANCE_KEEP:
                base = base[:PROVENANCE_KEEP] + base[-PROVENANCE_KEEP:]
            merged[key] = base
        elif key == "firstSeen" and isinstance(current, str):
            merged[key] = min(current, str(value))
        elif key == "lastSeen" and isinstance(current, str):
            merged[key] = max(current, str(value))
        else:
            merged[key] = value
    return merged


def merged_by_id(relationships: Iterable[Relationship]) -> list[Relationship]:
    """One relationship per id, the properties of repeated sightings merged
    (:func:`merge_properties`), first occurrence order kept."""
    out: dict[str, Relationship] = {}
    for r in relationships:
        if r.id in out:
            merged = merge_properties(out[r.id].properties, r.properties)
            r = Relationship(r.id, r.type, r.source, r.target, merged)
        out[r.id] = r
    return list(out.values())


def retarget(rel: Relationship, source: str, target: str) -> Relationship:
    """The same relationship between other endpoints, with the id that implies."""
    key = rel.id.partition("#")[2]
    return Relationship(
        relationship_id(rel.type, source, target, key),
        rel.type,
        source,
        target,
        dict(rel.properties),
    )


def provenance(article: str, start: int, end: int, seen_at: str) -> Properties:
    """The provenance properties of something read from one article span."""
    return {
        "sourceArticles": [article],
        "evidence": [evidence_ref(article, start, end)],
        "firstSeen": seen_at,
        "lastSeen": seen_at,
    }


Direction = Literal["out", "in", "both"]


def unique(values: Iterable[str]) -> list[str]:
    """The values once each, first occurrence order kept."""
    return list(dict.fromkeys(values))


def by_id(items: Sequence[Node]) -> dict[str, Node]:
    return {n.id: n for n in items}
