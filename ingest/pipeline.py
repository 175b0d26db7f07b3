"""The extraction pipeline: article text in, entities, claims, disputes, relations out.

Stages (each in its own module):

- ``boilerplate``: skip site furniture, find the republished-from URL, check language;
- ``nlp``: spaCy parse (model loaded once per process);
- ``entities``: gazetteer + patterns + definitions + filtered NER, grouped per entity;
- ``claims``: reported speech and quotes with claimant, cue, kind and topic;
- ``disputes``: opposing claims linked into disputes, plus derived findings;
- ``relations``: WORKS_FOR, LEADS, FOUNDED, DEVELOPS, INVESTS_IN, EVALUATED_ON, VARIANT_OF.

:meth:`Extraction.to_contract` gives the JSON contract used by ``claimgraph extract``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc

from graph.model import Label, canonical_key, entity_id, hashed_id
from ingest import boilerplate, claims, disputes, relations
from ingest.document import ArticleText
from ingest.entities import Entity, find_mentions, resolve
from ingest.gazetteer import Gazetteer, load
from ingest.nlp import get_nlp


class ExtractionError(ValueError):
    """An article that cannot be extracted (empty, not English); one-line message."""


@dataclass(slots=True)
class Extraction:
    """Everything read from one article; offsets are into the article text as read."""

    entities: list[Entity] = field(default_factory=list)
    claims: list[claims.Claim] = field(default_factory=list)
    disputes: list[disputes.Dispute] = field(default_factory=list)
    relations: list[relations.Relation] = field(default_factory=list)
    findings: list[dict[str, Any]] = field(default_factory=list)
    republished_from: str | None = None
    skipped: list[tuple[int, int]] = field(default_factory=list)  # boilerplate regions

    def entity(self, key: str) -> Entity | None:
        return next((e for e in self.entities if e.key == key), None)

    def entity_graph_id(self, ent: Entity) -> str:
        return entity_id(Label(ent.type), ent.name)

    def to_contract(self) -> dict[str, Any]:
        """The JSON contract (see the module docstring of ``ingest/extract_cli.py``)."""
        ents = []
        for e in self.entities:
            rec: dict[str, Any] = {
                "id": self.entity_graph_id(e),
                "name": e.name,
                "type": e.type,
                "aliases": list(e.aliases),
            }
            if e.type == "Organization":
                rec["kind"] = e.kind
            ents.append(rec)
        return {
            "entities": ents,
            "claims": [c.to_contract() for c in self.claims],
            "disputes": [d.to_contract() for d in self.disputes],
            "relations": [r.to_contract() for r in self.relations],
            "findings": list(self.findings),
            "republishedFrom": self.republished_from,
        }


class Extractor:
    """Turns an :class:`ArticleText` into an :class:`Extraction` (reusable, thread-safe)."""

    def __init__(self, gazetteer: Gazetteer | None = None, keep_unresolved: bool = False) -> None:
        """``keep_unresolved``: also report claims whose claimant is no entity
        ("officials said"); off by default because the graph links claims to parties."""
        self.gaz = gazetteer or load()
        self.nlp = get_nlp()
        self.keep_unresolved = keep_unresolved

    def extract(self, article: ArticleText) -> Extraction:
        """Extract one article; raises :class:`ExtractionError` when it cannot be read."""
        skip = self._checked(article)
        return self._from_doc(article, self.nlp(article.text), skip)

    def extract_many(self, articles: Sequence[ArticleText]) -> list[Extraction | ExtractionError]:
        """:meth:`extract` for each article, the spaCy parses done together.

        ``nlp.pipe`` parses a batch of texts faster than one ``nlp`` call per
        text (the same pipeline, the same results).  An article that cannot be
        extracted gets its :class:`ExtractionError` in its place in the list.
        """
        results: list[Extraction | ExtractionError | None] = [None] * len(articles)
        todo: list[tuple[int, list[tuple[int, int]]]] = []
        for i, article in enumerate(articles):
            try:
                todo.append((i, self._checked(article)))
            except ExtractionError as exc:
                results[i] = exc
        docs = self.nlp.pipe([articles[i].text for i, _ in todo])
        for (i, skip), doc in zip(todo, docs, strict=True):
            results[i] = self._from_doc(articles[i], doc, skip)
        return [r for r in results if r is not None]

    def _checked(self, article: ArticleText) -> list[tuple[int, int]]:
        """The article's boilerplate regions, once it is known to be worth parsing."""
        text = article.text
        gaz = self.gaz
        skip = boilerplate.boilerplate_regions(text, gaz)
        body = _without(text, skip)
        problem = boilerplate.language_problem(body, gaz)
        if problem:
            if skip and not body.strip():
                problem = "the article is only boilerplate (navigation, sharing, sign-up lines)"
            # The callers name the source; the message says only what is wrong.
            raise ExtractionError(problem)
        return skip

    def _from_doc(self, article: ArticleText, doc: Doc, skip: list[tuple[int, int]]) -> Extraction:
        text = article.text
        gaz = self.gaz
        mentions = find_mentions(doc, gaz, skip)
        ents = resolve(mentions, gaz)
        found = claims.extract_claims(doc, ents, mentions, gaz, skip, self.keep_unresolved)
        rels = relations.find_relations(doc, ents, mentions, gaz, skip)
        disp = disputes.find_disputes(found, ents, rels, mentions, gaz, text)
        findings = disputes.variant_findings(doc, ents, mentions, rels)
        for c in found:
            c.id = claim_id(c)
        for d in disp:
            d.claim_ids = [found[i].id for i in d.claim_indexes]
            d.id = hashed_id(Label.DISPUTE, *sorted(d.claim_ids))
        return Extraction(
            entities=ents,
            claims=found,
            disputes=disp,
            relations=rels,
            findings=findings,
            republished_from=article.republished_from or boilerplate.republished_from(text, gaz),
            skipped=skip,
        )


def claim_id(claim: claims.Claim) -> str:
    """Stable claim id: hash of the claimant's canonical key and the sentence text."""
    return hashed_id(Label.CLAIM, canonical_key(claim.claimant or ""), claim.text)


def _without(text: str, regions: list[tuple[int, int]]) -> str:
    """``text`` with the given regions blanked (for checks only, never for offsets)."""
    parts = []
    pos = 0
    for s, e in regions:
        parts.append(text[pos:s])
        pos = e
    parts.append(text[pos:])
    return " ".join(parts)
