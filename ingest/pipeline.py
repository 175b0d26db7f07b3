"""The extraction pipeline: article text in, entities, claims, disputes, relations out.

Extraction is a spaCy pipeline (``ingest/nlp.py``, assembled from
``ingest/data/pipeline.cfg``): the statistical model, then ClaimGraph's
registered components (``ingest/components.py``), each calling one module:

- ``boilerplate``: skip site furniture, find the republished-from URL, check
  language (before the parse, here: an article that cannot be extracted is
  never parsed);
- ``claimgraph_line_breaks``: every line break starts a sentence;
- ``claimgraph_parse_repairs`` (``syntax``): a verb the parser misread as a
  modifier after its subject's apposition is made the main verb again;
- ``claimgraph_entities`` (``entities``): gazetteer + patterns + definitions +
  filtered NER, grouped per entity;
- ``claimgraph_claims`` (``claims``): reported speech and quotes with claimant,
  cue, kind and topic;
- ``claimgraph_relations`` (``relations``): WORKS_FOR, LEADS, FOUNDED, DEVELOPS,
  INVESTS_IN, EVALUATED_ON, VARIANT_OF;
- ``claimgraph_disputes``, ``claimgraph_findings`` (``disputes``): opposing
  claims linked into disputes, and derived findings.

:class:`Extractor` is a thin wrapper around ``nlp.pipe``: it makes each
article's ``Doc`` with its boilerplate regions in ``doc._.cg_skip``, runs the
pipeline and builds an :class:`Extraction` from the ``Doc`` extensions.
:meth:`Extraction.to_contract` gives the JSON contract used by ``claimgraph extract``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc

from graph.model import Label, entity_id
from ingest import boilerplate, claims, disputes, relations
from ingest.components import claim_id
from ingest.document import ArticleText
from ingest.entities import Entity
from ingest.gazetteer import Gazetteer, load
from ingest.nlp import build_nlp, get_nlp

__all__ = ["Extraction", "ExtractionError", "Extractor", "claim_id"]

#: The component whose ``keep_unresolved`` an :class:`Extractor` sets per call.
CLAIMS = "claimgraph_claims"


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
    """Turns an :class:`ArticleText` into an :class:`Extraction` (reusable, thread-safe).

    A thin wrapper around the spaCy pipeline (:func:`ingest.nlp.get_nlp`): it
    refuses what cannot be extracted before any parse, hands each article to
    ``nlp.pipe`` as a ``Doc`` carrying its boilerplate regions
    (``doc._.cg_skip``), and reads the components' results back from the
    ``Doc`` extensions.
    """

    def __init__(self, gazetteer: Gazetteer | None = None, keep_unresolved: bool = False) -> None:
        """``keep_unresolved``: also report claims whose claimant is no entity
        ("officials said"); off by default because the graph links claims to parties.

        Every extractor of a process shares one pipeline; ``keep_unresolved`` is
        handed to ``claimgraph_claims`` per call when it differs from the
        config's.  Another ``gazetteer`` than the data files' (an object, which
        a config cannot name) gets a pipeline of its own, the gazetteer set on
        each component that has one.
        """
        self.gaz = gazetteer or load()
        if self.gaz is load():
            self.nlp = get_nlp()
        else:
            self.nlp = build_nlp()
            for _, pipe in self.nlp.pipeline:
                if hasattr(pipe, "gaz"):
                    pipe.gaz = self.gaz
        self.keep_unresolved = keep_unresolved
        configured = (
            self.nlp.get_pipe_config(CLAIMS).get("keep_unresolved")
            if CLAIMS in self.nlp.pipe_names
            else keep_unresolved
        )
        self._claims_cfg = (
            None if configured == keep_unresolved else {"keep_unresolved": keep_unresolved}
        )

    def extract(self, article: ArticleText) -> Extraction:
        """Extract one article; raises :class:`ExtractionError` when it cannot be read."""
        doc = self.nlp(self._doc(article), component_cfg=self._component_cfg())
        return self._extraction(article, doc)

    def extract_many(self, articles: Sequence[ArticleText]) -> list[Extraction | ExtractionError]:
        """:meth:`extract` for each article, the spaCy parses done together.

        ``nlp.pipe`` parses a batch of texts faster than one ``nlp`` call per
        text (the same pipeline, the same results).  An article that cannot be
        extracted gets its :class:`ExtractionError` in its place in the list.
        """
        results: list[Extraction | ExtractionError | None] = [None] * len(articles)
        todo: list[tuple[int, Doc]] = []
        for i, article in enumerate(articles):
            try:
                todo.append((i, self._doc(article)))
            except ExtractionError as exc:
                results[i] = exc
        docs = self.nlp.pipe((doc for _, doc in todo), component_cfg=self._component_cfg())
        for (i, _), doc in zip(todo, docs, strict=True):
            results[i] = self._extraction(articles[i], doc)
        return [r for r in results if r is not None]

    def _doc(self, article: ArticleText) -> Doc:
        """The article's tokenized ``Doc``, its boilerplate regions in ``doc._.cg_skip``,
        once the article is known to be worth parsing."""
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
        doc = self.nlp.make_doc(text)
        doc._.cg_skip = skip
        return doc

    def _component_cfg(self) -> dict[str, dict[str, Any]]:
        # a fresh dict per call: ``nlp.pipe`` adds its batch size to the entries
        return {CLAIMS: dict(self._claims_cfg)} if self._claims_cfg is not None else {}

    def _extraction(self, article: ArticleText, doc: Doc) -> Extraction:
        """The components' results (a pipeline without some component gives none of its kind)."""
        republished = article.republished_from or boilerplate.republished_from(
            article.text, self.gaz
        )
        return Extraction(
            entities=doc._.cg_entities or [],
            claims=doc._.cg_claims or [],
            disputes=doc._.cg_disputes or [],
            relations=doc._.cg_relations or [],
            findings=doc._.cg_findings or [],
            republished_from=republished,
            skipped=doc._.cg_skip or [],
        )


def _without(text: str, regions: list[tuple[int, int]]) -> str:
    """``text`` with the given regions blanked (for checks only, never for offsets)."""
    parts = []
    pos = 0
    for s, e in regions:
        parts.append(text[pos:s])
        pos = e
    parts.append(text[pos:])
    return " ".join(parts)
