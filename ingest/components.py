"""ClaimGraph's extraction steps as registered spaCy pipeline components.

Each step of extraction is a component, registered with ``@Language.factory``
the way spaCy's own components (and coreferee, spacy-llm) are, so that the
pipeline is assembled from a config (``ingest/data/pipeline.cfg``, see
``ingest/nlp.py``) and any step can be replaced by another registered factory
(a trained one, say) without touching the others:

============================  ==================================  ===========================
component                     reads                               writes
============================  ==================================  ===========================
``claimgraph_line_breaks``    tokens (runs before the parser)     sentence starts
``claimgraph_parse_repairs``  the parse, lemmas                   the parse (a misread verb)
``claimgraph_entities``       parse, NER, ``doc._.cg_skip``       ``doc._.cg_mentions``,
                                                                  ``doc._.cg_entities``
``claimgraph_claims``         ``cg_entities``, ``cg_mentions``    ``doc._.cg_claims`` (ids)
``claimgraph_relations``      ``cg_entities``, ``cg_mentions``    ``doc._.cg_relations``
``claimgraph_disputes``       ``cg_claims``, ``cg_entities``,     ``doc._.cg_disputes`` (ids)
                              ``cg_relations``, ``cg_mentions``
``claimgraph_findings``       ``cg_entities``, ``cg_mentions``,   ``doc._.cg_findings``
                              ``cg_relations``
============================  ==================================  ===========================

The components hold no logic of their own: they call the extraction modules
(``entities.find_mentions``/``resolve``, ``claims.extract_claims``,
``relations.find_relations``, ``disputes.find_disputes``/``variant_findings``)
and move the results between ``Doc`` extensions.  A component whose input
extension is unset (``None``) raises a ``ValueError`` naming the component
that should have run before it.

**Boilerplate regions.**  Site furniture (share widgets, sign-up lines) must
be known *before* the parse: the extractor refuses an article that is only
boilerplate or not English without parsing it.  So the caller computes the
regions, makes the ``Doc`` itself (``nlp.make_doc``), sets ``doc._.cg_skip``
and hands the ``Doc`` to ``nlp.pipe`` / ``nlp`` (both accept a ``Doc``; the
tokenizer has then already run, nothing else changes).  When ``cg_skip`` is
unset (``nlp("some text")``), the first component that needs it computes it
from the text with ``boilerplate.boilerplate_regions``, so a plain ``nlp``
call gives the same results as the extractor.

**Configuration.**  Every component that uses domain data takes a
``gazetteer`` setting, a reference to a registered function (default
``{"@misc": "claimgraph.gazetteer.v1"}``: the gazetteer of ``ingest/data/``,
loaded once per process); another gazetteer is another registered function.
``claimgraph_claims`` takes ``keep_unresolved`` (also report claims whose
claimant is no entity, "officials said"), which a caller may override per
call with ``component_cfg={"claimgraph_claims": {"keep_unresolved": True}}``.
"""

from __future__ import annotations

import re
from typing import Any

import numpy
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import registry

from graph.model import Label, canonical_key, hashed_id
from ingest import boilerplate, claims, disputes, entities, relations, syntax
from ingest.document import doc_text
from ingest.gazetteer import Gazetteer, load

#: The ``Doc`` extensions the components read and write (all default to ``None``).
EXTENSIONS = (
    "cg_skip",  # boilerplate regions [(start, end)], set by the caller before the parse
    "cg_mentions",  # list[entities.Mention]
    "cg_entities",  # list[entities.Entity]
    "cg_claims",  # list[claims.Claim], ids set
    "cg_relations",  # list[relations.Relation]
    "cg_disputes",  # list[disputes.Dispute], claim ids and ids set
    "cg_findings",  # list[dict]: benchmark-variant findings
)

for _name in EXTENSIONS:
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

#: The default ``gazetteer`` setting of every component.
GAZETTEER = {"@misc": "claimgraph.gazetteer.v1"}


@registry.misc("claimgraph.gazetteer.v1")
def default_gazetteer() -> Gazetteer:
    """The gazetteer of ``ingest/data/`` (parsed once per process)."""
    return load()


# ------------------------------------------------------------------ helpers


def skip_regions(doc: Doc, gaz: Gazetteer) -> list[tuple[int, int]]:
    """``doc._.cg_skip``, computed from the text (and stored) when the caller did not set it."""
    skip = doc._.cg_skip
    if skip is None:
        skip = doc._.cg_skip = boilerplate.boilerplate_regions(doc_text(doc), gaz)
    return skip


def _needs(doc: Doc, ext: str, component: str, producer: str) -> Any:
    value = doc._.get(ext)
    if value is None:
        raise ValueError(
            f"{component} needs doc._.{ext}: add {producer} (or a component that sets it)"
            " before it in the pipeline"
        )
    return value


def claim_id(claim: claims.Claim) -> str:
    """Stable claim id: hash of the claimant's canonical key and the sentence text."""
    return hashed_id(Label.CLAIM, canonical_key(claim.claimant or ""), claim.text)


def assign_claim_ids(found: list[claims.Claim]) -> None:
    """Give every claim without one its id, unique within the article.

    The first claim of a claimant in a sentence keeps :func:`claim_id`, so stores
    written before keep their ids; a further claim of the same claimant in that
    sentence ("said A, adding that B") is told apart by where its content lies.
    """
    used = {c.id for c in found if c.id}
    for c in found:
        if c.id:
            continue
        cid = claim_id(c)
        if cid in used:
            cid = hashed_id(
                Label.CLAIM,
                canonical_key(c.claimant or ""),
                c.text,
                f"{c.content[0]}-{c.content[1]}",
            )
        c.id = cid
        used.add(cid)


# ------------------------------------------------------------------ line breaks


@Language.component("claimgraph_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every token that contains a newline.

    Headlines and list items have no final full stop; the component runs before
    the parser, which keeps sentence starts that are already set.  A wire dateline
    ("LONDON, May 2 (Reuters) - ") ends where the story's first sentence starts.

    The places are found in the text, and only the tokens there are looked at.
    """
    last = len(doc) - 1
    if last < 1:
        return doc
    text = doc_text(doc)
    token_starts = doc.to_array(IDX)
    starts: set[int] = set()  # the tokens that start a sentence
    newlines = [m.start() for m in _NEWLINE.finditer(text)]
    holding = numpy.searchsorted(token_starts, newlines, side="right") - 1
    starts.update(int(i) + 1 for i in holding if 0 <= i < last)  # after the token holding one
    for start in boilerplate.dateline_ends(text):
        i = int(numpy.searchsorted(token_starts, start))
        if 0 < i <= last and token_starts[i] == start:
            starts.add(i)
    for m in _STOP_BEFORE_SPACE.finditer(text):
        i = int(numpy.searchsorted(token_starts, m.start(), side="right")) - 1
        if not 0 <= i < last or m.end() != token_starts[i] + len(doc[i]):
            continue  # the stop does not end its token ("3.5"), or no token follows
        tok, nxt = doc[i], doc[i + 1]
        if nxt.text in ('"', "\u201c") and i + 2 <= last:
            nxt = doc[i + 2]  # 'on X. "We would never ...": the quotation's first word
        if i + 1 in starts or not nxt.is_title:
            continue
        if tok.text in (".", "!", "?") and i > 0 and not _abbreviation(doc[i - 1].text):
            # "... restrictions. Cloudflare claims ...": the small model sometimes
            # runs two sentences together
            starts.add(i + 1)
        elif tok.text.endswith(".") and len(tok.text) > 1 and nxt.lower_ in SENTENCE_OPENERS:
            # "wrote on X. She added", "in the U.S. They said": an abbreviation that
            # ends a sentence (an initial is followed by a name, not by "She")
            starts.add(i + 1)
        elif tok.text == "X." and i > 0 and doc[i - 1].lower_ in ("on", "to", "via"):
            # "wrote on X. Halvern co-founder ...": the platform, not an initial ("said
            # J. J. Roe" is one), so its stop ends the sentence
            starts.add(i + 1)
    # a line's first word never makes a sentence of its own when the line goes on: the
    # small model sometimes ends one after the first word of a paragraph ("Halcyon |
    # AI released ...")
    inside = [
        i + 1
        for i in starts
        if i + 1 <= last
        and doc[i].is_alpha
        and not doc[i + 1].is_space
        and not doc[i + 1].is_punct
        and i + 1 not in starts
    ]
    # a bare "and", "or" or "but" is never a sentence's last word: the small model
    # sometimes starts one at "... accounted for output limits and | that the rebuttal";
    # a transcript turn's label is no sentence of its own: "Brandt: No. We hired ..."
    # ... nor is the word after an opening quotation mark a new one ('"We will ...')
    for rx in (_BARE_CONJUNCTION, _TURN_LABEL, _OPENING_QUOTE):
        inside.extend(
            i for i in _tokens_after(rx, text, token_starts) if i <= last and i not in starts
        )
    # a comma never opens a sentence: "Velmora, Nair told The Verge, has no plans" is
    # one (the small model sometimes ends one at the paragraph's first word)
    commas = numpy.array([m.start() for m in _COMMA.finditer(text)], dtype=token_starts.dtype)
    at = numpy.searchsorted(token_starts, commas)
    inside.extend(
        int(i) for i, c in zip(at, commas, strict=True) if 0 < i <= last and token_starts[i] == c
    )
    if starts or inside:
        # one array write: each ``Token.is_sent_start`` assignment scans the whole
        # document for a parse, so one assignment per break grew with length x breaks
        sent_starts = doc.to_array([SENT_START])
        sent_starts[sorted(starts)] = 1
        sent_starts[inside] = _NOT_A_START
        doc.from_array([SENT_START], sent_starts)
    return doc


def _tokens_after(rx: re.Pattern[str], text: str, token_starts: numpy.ndarray) -> list[int]:
    """The tokens that start right where a match of ``rx`` ends (not the first token)."""
    found = []
    for m in rx.finditer(text):
        i = int(numpy.searchsorted(token_starts, m.end()))
        if 0 < i < len(token_starts) and token_starts[i] == m.end():
            found.append(i)
    return found


_NEWLINE = re.compile(r"\n")
_COMMA = re.compile(r",(?=\s)")
_OPENING_QUOTE = re.compile(r"(?:(?<=\s)|^)[\"\u201c](?=\w)")
_TURN_LABEL = re.compile(r"(?m)^[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,3}: (?=\S)")
_BARE_CONJUNCTION = re.compile(r"(?<![\w.-])(?:and|or|but) (?=[a-z])")
# SENT_START -1 ("never starts a sentence") as the unsigned array of ``Doc.to_array``
_NOT_A_START = numpy.iinfo(numpy.uint64).max
# a full stop, "!" or "?" and the space after it (the token's ``whitespace_``)
_STOP_BEFORE_SPACE = re.compile(r"[.!?](?= )")


# words that open a sentence and never follow an initial or a title ("J. Smith", "Dr. Roe")
SENTENCE_OPENERS = frozenset(
    {
        "he",
        "she",
        "it",
        "they",
        "we",
        "the",
        "this",
        "that",
        "these",
        "those",
        "but",
        "its",
        "his",
        "her",
        "their",
        "our",
        "there",
    }
)


def _abbreviation(word: str) -> bool:
    return (len(word) <= 3 and word[:1].isupper()) or "." in word


# ------------------------------------------------------------------ entities


def english_words(nlp: Language) -> frozenset[str]:
    """The English words the pipeline's rule lemmatizer knows (the base forms of its
    ``lemma_index`` table: WordNet's nouns, verbs, adjectives and adverbs, shipped in
    the model package); none without one.  A capitalised word opening a sentence that
    no dictionary has ("Veltrix Robotics released ...") is a name, whatever the tagger
    guessed."""
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    return frozenset(w for words in lookups.get_table("lemma_index").values() for w in words)


class EntityComponent:
    """Entity mentions (gazetteer, patterns, definitions, filtered NER) grouped per entity."""

    def __init__(
        self, name: str, gazetteer: Gazetteer, english: frozenset[str] = frozenset()
    ) -> None:
        """``english``: the dictionary of :func:`english_words` (none: only the tagger's
        proper nouns begin names)."""
        self.name = name
        self.gaz = gazetteer
        self.english = english

    def __call__(self, doc: Doc) -> Doc:
        skip = skip_regions(doc, self.gaz)
        mentions = entities.find_mentions(doc=doc, gaz=self.gaz, skip=skip, english=self.english)
        doc._.cg_mentions = mentions
        doc._.cg_entities = entities.resolve(mentions=mentions, gaz=self.gaz, english=self.english)
        return doc


# ------------------------------------------------------------------ parse repairs


class ParseRepairComponent:
    """Repairs of the statistical parse that every later step would otherwise inherit:
    a past-tense verb read as a modifier of its object after its subject's apposition
    (``syntax.verbs_read_as_modifiers``) becomes the sentence's main verb again."""

    def __init__(self, name: str, lemmatizer: Any | None) -> None:
        self.name = name
        self.lemmatizer = lemmatizer  # the model's rule lemmatizer, for the verb's lemma

    def __call__(self, doc: Doc) -> Doc:
        for verb in syntax.verbs_read_as_modifiers(doc):
            verb.pos_ = "VERB"
            lemmas = self.lemmatizer.rule_lemmatize(verb) if self.lemmatizer else []
            syntax.make_main_verb(verb, lemmas[0] if lemmas else verb.lemma_)
        return doc


@Language.factory("claimgraph_parse_repairs", requires=["token.dep", "token.lemma"])
def make_parse_repairs(nlp: Language, name: str) -> ParseRepairComponent:
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    return ParseRepairComponent(name, lemmatizer)


@Language.factory(
    "claimgraph_entities",
    default_config={"gazetteer": GAZETTEER},
    assigns=["doc._.cg_mentions", "doc._.cg_entities"],
    requires=["doc.sents", "doc.ents", "token.dep"],
)
def make_entities(nlp: Language, name: str, gazetteer: Gazetteer) -> EntityComponent:
    return EntityComponent(name, gazetteer, english_words(nlp))


# ------------------------------------------------------------------ claims


class ClaimComponent:
    """Attributed claims (reported speech, quotations), each with its stable id."""

    def __init__(self, name: str, gazetteer: Gazetteer, keep_unresolved: bool) -> None:
        self.name = name
        self.gaz = gazetteer
        self.keep_unresolved = keep_unresolved

    def __call__(self, doc: Doc, keep_unresolved: bool | None = None) -> Doc:
        """``keep_unresolved`` overrides the configured value for this call
        (``component_cfg={"claimgraph_claims": {"keep_unresolved": ...}}``)."""
        found = claims.extract_claims(
            doc=doc,
            ents=_needs(doc, "cg_entities", self.name, "claimgraph_entities"),
            mentions=_needs(doc, "cg_mentions", self.name, "claimgraph_entities"),
            gaz=self.gaz,
            skip=skip_regions(doc, self.gaz),
            keep_unresolved=self.keep_unresolved if keep_unresolved is None else keep_unresolved,
        )
        assign_claim_ids(found)
        doc._.cg_claims = found
        return doc


@Language.factory(
    "claimgraph_claims",
    default_config={"gazetteer": GAZETTEER, "keep_unresolved": False},
    assigns=["doc._.cg_claims"],
    requires=["doc.sents", "token.dep", "doc._.cg_entities", "doc._.cg_mentions"],
)
def make_claims(
    nlp: Language, name: str, gazetteer: Gazetteer, keep_unresolved: bool
) -> ClaimComponent:
    return ClaimComponent(name, gazetteer, keep_unresolved)


# ------------------------------------------------------------------ relations


class RelationComponent:
    """WORKS_FOR, LEADS, FOUNDED, DEVELOPS, INVESTS_IN, EVALUATED_ON, VARIANT_OF."""

    def __init__(self, name: str, gazetteer: Gazetteer) -> None:
        self.name = name
        self.gaz = gazetteer

    def __call__(self, doc: Doc) -> Doc:
        doc._.cg_relations = relations.find_relations(
            doc=doc,
            ents=_needs(doc, "cg_entities", self.name, "claimgraph_entities"),
            mentions=_needs(doc, "cg_mentions", self.name, "claimgraph_entities"),
            gaz=self.gaz,
            skip=skip_regions(doc, self.gaz),
        )
        return doc


@Language.factory(
    "claimgraph_relations",
    default_config={"gazetteer": GAZETTEER},
    assigns=["doc._.cg_relations"],
    requires=["doc.sents", "doc._.cg_entities", "doc._.cg_mentions"],
)
def make_relations(nlp: Language, name: str, gazetteer: Gazetteer) -> RelationComponent:
    return RelationComponent(name, gazetteer)


# ------------------------------------------------------------------ disputes


class DisputeComponent:
    """Opposing claims linked into disputes; each gets its claims' ids and its own id."""

    def __init__(self, name: str, gazetteer: Gazetteer) -> None:
        self.name = name
        self.gaz = gazetteer

    def __call__(self, doc: Doc) -> Doc:
        found = _needs(doc, "cg_claims", self.name, "claimgraph_claims")
        disp = disputes.find_disputes(
            claims=found,
            ents=_needs(doc, "cg_entities", self.name, "claimgraph_entities"),
            rels=_needs(doc, "cg_relations", self.name, "claimgraph_relations"),
            mentions=_needs(doc, "cg_mentions", self.name, "claimgraph_entities"),
            gaz=self.gaz,
            text=doc_text(doc),
            doc=doc,
            skip=skip_regions(doc, self.gaz),
        )
        assign_claim_ids(found)  # the claims the dispute finder made for challenges
        for d in disp:
            d.claim_ids = [found[i].id for i in d.claim_indexes]
            d.id = disputes.dispute_id(d)
        doc._.cg_disputes = disp
        return doc


@Language.factory(
    "claimgraph_disputes",
    default_config={"gazetteer": GAZETTEER},
    assigns=["doc._.cg_disputes"],
    requires=[
        "doc._.cg_claims",
        "doc._.cg_entities",
        "doc._.cg_relations",
        "doc._.cg_mentions",
    ],
)
def make_disputes(nlp: Language, name: str, gazetteer: Gazetteer) -> DisputeComponent:
    return DisputeComponent(name, gazetteer)


# ------------------------------------------------------------------ findings


class FindingComponent:
    """Benchmark-variant inconsistencies (``disputes.variant_findings``)."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.cg_findings = disputes.variant_findings(
            doc=doc,
            ents=_needs(doc, "cg_entities", self.name, "claimgraph_entities"),
            mentions=_needs(doc, "cg_mentions", self.name, "claimgraph_entities"),
            rels=_needs(doc, "cg_relations", self.name, "claimgraph_relations"),
        )
        return doc


@Language.factory(
    "claimgraph_findings",
    assigns=["doc._.cg_findings"],
    requires=["doc.sents", "doc._.cg_entities", "doc._.cg_mentions", "doc._.cg_relations"],
)
def make_findings(nlp: Language, name: str) -> FindingComponent:
    return FindingComponent(name)
