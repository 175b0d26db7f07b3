"""Entity extraction: gazetteer names, unseen model names, short forms, possessives."""

from __future__ import annotations

import pytest

from ingest.document import ArticleText
from ingest.pipeline import Extraction, Extractor
from tests import extract_support

extractor = extract_support.extractor  # the session-wide Extractor fixture


def run(extractor: Extractor, text: str) -> Extraction:
    return extractor.extract(ArticleText(text=text, source="test"))


def by_name(ex: Extraction) -> dict[str, dict]:
    return {e["name"]: e for e in ex.to_contract()["entities"]}


def test_gazetteer_organisations_are_organisations_not_people(extractor):
    ex = run(
        extractor,
        "Meta and OpenAI both hired engineers from Scale AI last spring, "
        "while Anthropic stayed quiet about its plans.",
    )
    ents = by_name(ex)
    for name in ("Meta", "OpenAI", "Scale AI", "Anthropic"):
        assert ents[name]["type"] == "Organization"


def test_outlet_has_publication_kind_and_alias(extractor):
    ex = run(
        extractor,
        "The Financial Times reported the deal on Monday. "
        "A person familiar with the matter told the FT that talks had stalled.",
    )
    ft = by_name(ex)["Financial Times"]
    assert ft["kind"] == "publication"
    assert "FT" in ft["aliases"]


@pytest.mark.parametrize(
    "name",
    [
        "GPT-4o",
        "Claude 3.5 Sonnet",
        "Qwen3-235B-A22B-Instruct",
        "Llama-4-Maverick-17B-128E-Instruct",
        "DeepSeek-V3",
        "Gemini 2.5 Flash",
        "Grok 4 Heavy",
    ],
)
def test_unseen_model_names_follow_the_family_pattern(extractor, name):
    ex = run(
        extractor,
        f"Researchers compared {name} with several open models on coding tasks "
        "and found the gap had narrowed.",
    )
    assert by_name(ex)[name]["type"] == "Model"


def test_benchmark_from_gazetteer(extractor):
    ex = run(extractor, "The new model scored 71 percent on SWE-bench Verified and led GPQA.")
    ents = by_name(ex)
    assert ents["SWE-bench Verified"]["type"] == "Benchmark"
    assert ents["GPQA"]["type"] == "Benchmark"


def test_last_name_joins_the_full_name(extractor):
    ex = run(
        extractor,
        "Priya Ramaswamy, a research scientist at Cohere, joined the panel. "
        "Ramaswamy said later that the results surprised her.",
    )
    people = [e for e in ex.to_contract()["entities"] if e["type"] == "Person"]
    assert [p["name"] for p in people] == ["Priya Ramaswamy"]
    assert "Ramaswamy" in people[0]["aliases"]


def test_possessive_is_dropped_from_names(extractor):
    ex = run(extractor, "Nvidia’s chips and Anthropic's models dominated the conference.")
    names = set(by_name(ex))
    assert {"Nvidia", "Anthropic"} <= names
    assert not any("’s" in n or "'s" in n for n in names)


def test_acronym_defined_in_parentheses_is_an_alias(extractor):
    ex = run(
        extractor,
        "The startup opened a lab called Frontier Robotics Research (FRR) in Zurich. "
        "FRR will hire forty people.",
    )
    frr = by_name(ex)["Frontier Robotics Research"]
    assert frr["type"] == "Organization"
    assert "FRR" in frr["aliases"]


def test_company_named_by_apposition(extractor):
    ex = run(extractor, "She left to start her own company, Lumen Dynamics, in March.")
    assert by_name(ex)["Lumen Dynamics"]["type"] == "Organization"


def test_role_before_a_name_marks_a_person(extractor):
    ex = run(extractor, "Mistral AI spokesperson Camille Durand declined to comment on the talks.")
    assert by_name(ex)["Camille Durand"]["type"] == "Person"


def test_acronym_of_a_named_organisation_without_parentheses(extractor):
    ex = run(
        extractor,
        "He joined his former colleague at a new company, Open Robotics Collective. "
        "The founders said ORC would publish its first model next year.",
    )
    org = by_name(ex)["Open Robotics Collective"]
    assert "ORC" in org["aliases"]


def test_unknown_model_introduced_by_apposition(extractor):
    ex = run(extractor, "The lab released Halcyon Pro, a reasoning model, on Tuesday.")
    assert by_name(ex)["Halcyon Pro"]["type"] == "Model"


def test_unknown_company_by_suffix(extractor):
    ex = run(extractor, "Quantum Meadow Labs raised money from several investors.")
    assert by_name(ex)["Quantum Meadow Labs"]["type"] == "Organization"
