"""Entity extraction: gazetteer names, unseen model names, short forms, possessives."""

from __future__ import annotations

import pytest

from ingest.document import ArticleText
from ingest.gazetteer import load
from ingest.mention_checks import ArticleView
from ingest.mention_rules_orgs import makers_of_goods
from ingest.pipeline import Extraction, Extractor
from tests import extract_support

extractor = extract_support.extractor  # the session-wide Extractor fixture


def run(extractor: Extractor, text: str) -> Extraction:
    return extractor.extract(ArticleText(text=text, source="test"))


def names_of(extractor: Extractor, text: str, etype: str) -> set[str]:
    """The names of the entities of type ``etype`` extracted from ``text``."""
    return {e.name for e in run(extractor, text).entities if e.type == etype}


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


def test_a_suffix_name_after_a_full_stop_starts_at_its_own_first_word(extractor):
    # the sentence before ends in a capitalised word: "Oslo." is no part of the name
    ents = by_name(run(extractor, "Voltera makes chips in Oslo. Nimbus Labs cast doubt on them."))
    assert ents["Nimbus Labs"]["type"] == "Organization"
    assert not any("Oslo" in name for name in ents)


def test_a_possessive_before_benchmark_is_its_owner_not_a_benchmark(extractor):
    ents = by_name(
        run(extractor, "Researchers could not reproduce Voltera's benchmark results last week.")
    )
    assert ents.get("Voltera", {}).get("type") != "Benchmark"


def test_people_described_before_of_are_no_part_of_an_organisation_name(extractor):
    ents = by_name(run(extractor, "Critics of Mistral AI, including Cohere, say it is slow."))
    assert ents["Mistral AI"]["type"] == "Organization"
    assert not any(name.startswith("Critics") for name in ents)


@pytest.mark.parametrize(
    ("text", "model"),
    [
        ("Voltera's new Zephyr-7B model scored 81% on the test.", "Zephyr-7B"),
        ("The startup said its Borealis 2 model beat its rivals.", "Borealis 2"),
        ("The model, dubbed Falconet, is available to paying users.", "Falconet"),
        # a variant word the gazetteer knows belongs to the name
        ("Kestrel's Lumen-3 Turbo outperformed GPT-4o on hard questions.", "Lumen-3 Turbo"),
        # kind words between the name and its head noun
        ("Brontal showed a video of its Lumora large language model this week.", "Lumora"),
    ],
)
def test_unknown_models_named_by_their_owner_or_their_head_noun(extractor, text, model):
    assert by_name(run(extractor, text))[model]["type"] == "Model"


def test_the_owner_of_an_unknown_model_is_an_organisation(extractor):
    ents = by_name(run(extractor, "Kestrel's Lumen-3 Turbo outperformed GPT-4o on hard questions."))
    assert ents["Kestrel"]["type"] == "Organization"


def test_a_short_first_name_before_a_known_surname_is_a_person(extractor):
    # the NER reads "Clem Delangue" after "Hugging Face's" as an organisation
    ents = by_name(run(extractor, "Hugging Face's Clem Delangue said open models caught up."))
    assert ents["Clem Delangue"]["type"] == "Person"


def forms(ent: dict) -> set[str]:
    return {ent["name"], *ent["aliases"]}


def entity_with(ex: Extraction, form: str) -> dict | None:
    return next((e for e in ex.to_contract()["entities"] if form in forms(e)), None)


def test_organisation_named_by_its_apposition_outvotes_a_person_guess(extractor):
    ex = run(
        extractor,
        "Quillfeather Hale, the parent company of three news sites, sued the lab on Friday. "
        "Quillfeather Hale said the lab copied its articles.",
    )
    assert by_name(ex)["Quillfeather Hale"]["type"] == "Organization"


def test_apposition_with_a_given_name_stays_a_person(extractor):
    ex = run(extractor, "Dana Whitlock, the startup's new chief executive, declined to comment.")
    ent = entity_with(ex, "Dana Whitlock")
    assert ent is not None and ent["type"] == "Person"


def test_organisations_in_a_list_of_publishers(extractor):
    ex = run(
        extractor,
        "The lawsuit was filed by Brightwater Media, Korvel Records and other publishers "
        "in a federal court last year.",
    )
    ents = by_name(ex)
    assert ents["Brightwater Media"]["type"] == "Organization"
    assert ents["Korvel Records"]["type"] == "Organization"


def test_organisations_after_such_as(extractor):
    ex = run(extractor, "Several startups, such as Lumidyne and Parsec Nine, signed the pledge.")
    ents = by_name(ex)
    assert ents["Lumidyne"]["type"] == "Organization"
    assert ents["Parsec Nine"]["type"] == "Organization"


@pytest.mark.parametrize(
    ("text", "names", "etype"),
    [
        (
            "The letter was signed by Anthropic, Brontal and Quorvane.",
            ["Brontal", "Quorvane"],
            "Organization",
        ),
        (
            "Investors in the round included Sequoia Capital, Brontal and Quorvane.",
            ["Brontal", "Quorvane"],
            "Organization",
        ),
        ("The test compared GPT-4o, Gemini and Velvetine on coding.", ["Velvetine"], "Model"),
    ],
)
def test_unknown_names_listed_with_known_ones_take_their_type(extractor, text, names, etype):
    ents = by_name(run(extractor, text))
    assert [ents[n]["type"] for n in names] == [etype] * len(names)


def test_an_edition_word_in_a_list_of_models_is_no_model_of_its_own(extractor):
    ex = run(extractor, "It beat GPT-4 and Gemini 1.0 Ultra and Pro on most tests.")
    assert entity_with(ex, "Pro") is None


def test_a_name_coordinated_inside_one_name_is_not_split_off(extractor):
    ex = run(
        extractor,
        "Jane Roe, who appraises offices for the brokerage Cushman & Wakefield, said "
        "prices fell at Anthropic and Brontal.",
    )
    assert entity_with(ex, "Cushman & Wakefield") is not None
    assert entity_with(ex, "Wakefield") is None


def test_organisations_after_including_brands(extractor):
    ex = run(
        extractor,
        "Halvern, the owner of media brands including Quillfeather, Dorvane and Pellmoor, "
        "is suing OpenAI.",
    )
    ents = by_name(ex)
    assert [ents[n]["type"] for n in ("Quillfeather", "Dorvane", "Pellmoor")] == [
        "Organization"
    ] * 3


@pytest.mark.parametrize(
    "text",
    [
        "Brontal told Quillfeather that only a few orders were checked by hand.",
        "In an interview with Quillfeather, Lyra Castellan said the model was overhyped.",
    ],
)
def test_a_lone_name_that_is_told_or_interviews_is_the_press(extractor, text):
    quill = by_name(run(extractor, text))["Quillfeather"]
    assert (quill["type"], quill["kind"]) == ("Organization", "publication")


@pytest.mark.parametrize(
    "text",
    [
        "The Halvern Ledger reported that Brontal was raising money.",
        "Brontal told The Halvern Ledger that its chips were ready.",
    ],
)
def test_a_name_with_the_article_that_reports_or_is_told_is_an_organisation(extractor, text):
    # no one is called "The X Y", whatever the NER guesses
    assert entity_with(run(extractor, text), "Halvern Ledger")["type"] == "Organization"


@pytest.mark.parametrize(
    "text",
    [
        "Police reported no arrests after the march, Anthropic said.",
        "Governor Lyra Castellan told the President that the plan would fail.",
    ],
)
def test_a_lone_word_that_reports_or_a_title_that_is_told_is_no_outlet(extractor, text):
    ex = run(extractor, text)
    assert entity_with(ex, "Police") is None and entity_with(ex, "President") is None


def test_a_name_modifying_a_noun_after_according_to_is_no_source(extractor):
    ex = run(extractor, "The group spent heavily on mailings, according to Brontal filings.")
    assert entity_with(ex, "Brontal") is None or by_name(ex)["Brontal"]["kind"] != "publication"


def test_camel_case_ai_names_are_organisations_but_genai_is_not(extractor):
    ex = run(extractor, "Engineers at VantaAI think GenAI adoption will slow next year.")
    assert by_name(ex)["VantaAI"]["type"] == "Organization"
    assert entity_with(ex, "GenAI") is None


def test_outlet_named_by_a_request_for_comment(extractor):
    ex = run(extractor, "The company did not respond to Zentrix's request for comment on Monday.")
    assert by_name(ex)["Zentrix"]["type"] == "Organization"


def test_byline_names_a_person(extractor):
    ex = run(
        extractor,
        "By Marta Kowalczyk\n\nThe lab released a new model on Tuesday, and rivals "
        "said they would study it.",
    )
    assert by_name(ex)["Marta Kowalczyk"]["type"] == "Person"


@pytest.mark.parametrize(
    "line",
    [
        "Tamsin Achterberg Published March 5, 2025",
        "Tamsin Achterberg 05.03.2025",
        "Tamsin Achterberg 2 hours ago 3 min read",
        "Tamsin Achterberg 12:05 PM EDT 10/12/2025",
    ],
)
def test_a_byline_of_a_name_and_a_date_names_a_person(extractor, line):
    text = (
        "Quorvane pulls its chatbot after a week of complaints\n" + line + "\n\nQuorvane "
        "said on Monday it had pulled its chatbot after users complained about wrong answers."
    )
    names = by_name(run(extractor, text))
    assert names["Tamsin Achterberg"]["type"] == "Person"


@pytest.mark.parametrize(
    "line",
    [
        "Tamsin Achterberg, Senior Reporter",
        "Tamsin Achterberg and Ilse Vanterpool | Staff Writers",
        "Tamsin Achterberg and Ilse Vanterpool\nMarch 5, 2025",
    ],
)
def test_a_byline_of_names_and_a_newsroom_role_or_a_date_below_names_people(extractor, line):
    text = (
        "Quorvane pulls its chatbot after a week of complaints\n" + line + "\n\nQuorvane "
        "said on Monday it had pulled its chatbot after users complained about wrong answers."
    )
    names = by_name(run(extractor, text))
    assert names["Tamsin Achterberg"]["type"] == "Person"


def test_a_headline_above_a_date_names_no_byline(extractor):
    text = (
        "Quorvane Strikes Back\nMarch 5, 2025\n\nQuorvane said on Monday it had pulled "
        "its chatbot after users complained about wrong answers."
    )
    assert not [e for e in run(extractor, text).to_contract()["entities"] if e["type"] == "Person"]


def test_byline_glued_to_the_name_is_still_a_byline(extractor):
    ex = run(extractor, "ByTomasz Brzezinski\n\nThe chip shortage eased in the spring.")
    assert by_name(ex)["Tomasz Brzezinski"]["type"] == "Person"


def test_a_year_after_by_is_no_byline(extractor):
    ex = run(extractor, "By 2030 the lab expects to train far larger models.")
    assert not [e for e in ex.to_contract()["entities"] if e["type"] == "Person"]


def test_handle_after_a_describing_noun_is_a_person(extractor):
    ex = run(extractor, "The error was spotted by the researcher @quant_owl on Sunday.")
    assert by_name(ex)["@quant_owl"]["type"] == "Person"


def test_bare_handles_are_not_people(extractor):
    ex = run(extractor, "Ask @helpdesk or @support for more information.")
    assert entity_with(ex, "@helpdesk") is None


def test_the_platform_x_is_an_organisation_but_a_letter_is_not(extractor):
    ex = run(extractor, "In a post on X, the founder said the model was ready.")
    assert by_name(ex)["X"]["type"] == "Organization"
    ex = run(extractor, "Plan X was dropped, the founder said.")
    assert entity_with(ex, "X") is None


def test_a_rename_after_an_owner_s_possessive_merges_the_two_names(extractor):
    ents = by_name(run(extractor, "Google's Bard, now called Gemini, was updated on Monday."))
    assert "Bard" in ents["Gemini"]["aliases"]
    assert "Bard" not in ents and "Google's Bard" not in ents


def test_formerly_merges_the_old_name_into_the_new_one(extractor):
    ex = run(
        extractor,
        "The founder complained on X (formerly Twitter) that Twitter users were leaving.",
    )
    x = by_name(ex)["X"]
    assert x["type"] == "Organization"
    assert "Twitter" in x["aliases"]
    assert "Twitter" not in by_name(ex)


def test_an_owner_before_a_renamed_name_is_no_part_of_it(extractor):
    ex = run(extractor, "Elon Musk's X, formerly Twitter, will host the model. X said so.")
    x = by_name(ex)["X"]
    assert x["aliases"] == ["Twitter"]
    assert "Twitter" not in by_name(ex)


def test_a_nation_before_an_institution_names_the_same_institution(extractor):
    ex = run(
        extractor,
        "The U.S. Federal Trade Commission opened an inquiry into Quorvane. "
        "The Federal Trade Commission said it would look at data practices.",
    )
    assert "U.S. Federal Trade Commission" not in by_name(ex)
    assert "U.S. Federal Trade Commission" in by_name(ex)["Federal Trade Commission"]["aliases"]


def test_a_state_before_an_institution_is_another_institution(extractor):
    ex = run(
        extractor,
        "The California Department of Justice sued Quorvane. "
        "The Department of Justice said it was watching.",
    )
    assert {"California Department of Justice", "Department of Justice"} <= set(by_name(ex))


def test_a_known_acronym_spelled_out_another_way_is_the_known_entity(extractor):
    ex = run(
        extractor,
        "Meta's Fundamental AI Research (FAIR) lab released a paper. "
        "FAIR researchers said the method was simple.",
    )
    orgs = [e for e in ex.to_contract()["entities"] if e["type"] == "Organization"]
    fair = [e for e in orgs if "FAIR" in (e["name"], *e["aliases"])]
    assert len(fair) == 1
    assert "Fundamental AI Research" in (fair[0]["name"], *fair[0]["aliases"])


def test_a_variant_with_its_version_is_the_model_so_named(extractor):
    ex = run(
        extractor,
        "Anthropic's Claude Opus 4 scored 72% on SWE-bench Verified. "
        "Opus 4 costs more than Claude Sonnet 4.",
    )
    models = {n: e for n, e in by_name(ex).items() if e["type"] == "Model"}
    assert set(models) == {"Claude Opus 4", "Claude Sonnet 4"}
    assert "Opus 4" in models["Claude Opus 4"]["aliases"]


def test_a_variant_with_a_version_no_model_has_stays_a_bare_variant(extractor):
    ex = run(
        extractor,
        "Anthropic's Claude Opus 4.1 scored 72% on SWE-bench Verified. Opus 3 cost less.",
    )
    assert "Opus 3" not in by_name(ex)


def test_a_family_name_written_first_is_the_person(extractor):
    ex = run(
        extractor,
        "Liang Wenfeng founded DeepSeek in 2023. Liang said the lab would stay independent.",
    )
    assert "Liang" in by_name(ex)["Liang Wenfeng"]["aliases"]
    assert "Liang" not in by_name(ex)


def test_a_left_quotation_mark_typed_for_an_apostrophe_is_a_possessive(extractor):
    ex = run(extractor, "Jane Whitcombe criticised Daniel Ortiz\u2018s comments on Cohere.")
    assert "Daniel Ortiz" in by_name(ex)
    assert not any("\u2018" in name for name in by_name(ex))


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Cohere said it trained the model on Nvidia Blackwell chips.", "Nvidia"),
        ("Researchers at Meta Superintelligence Labs said the model was safe.",
         "Meta Superintelligence Labs"),
    ],
)
def test_a_known_company_and_a_product_line_before_a_product_noun_is_the_company(
    extractor, text, org
):
    orgs = {n for n, e in by_name(run(extractor, text)).items() if e["type"] == "Organization"}
    assert org in orgs
    assert "Nvidia Blackwell" not in orgs


def test_a_polish_given_name_with_diacritics_makes_a_person(extractor):
    ex = run(
        extractor,
        "Klaudia Jaźwińska, one of the study's authors, said publishers had little control.",
    )
    assert by_name(ex)["Klaudia Jaźwińska"]["type"] == "Person"


@pytest.mark.parametrize(
    "text",
    [
        "OpenAI told lawmakers that the lab had copied American models.",
        '"Every model learns from every other model," said Nathan Lambert.',
        '"Frontier models are dangerous," said Nathan Lambert.',
    ],
)
def test_a_nationality_or_an_opening_word_before_models_is_no_maker(extractor, text):
    orgs = {n for n, e in by_name(run(extractor, text)).items() if e["type"] == "Organization"}
    assert not orgs & {"American", "Every", "Frontier"}


def test_an_unknown_maker_opening_a_quotation_is_still_a_maker(extractor):
    ex = run(extractor, '"Quorvane researchers found the flaw," said Nathan Lambert.')
    assert by_name(ex)["Quorvane"]["type"] == "Organization"


def test_a_ranking_or_a_generation_is_no_entity(extractor):
    ex = run(
        extractor,
        "Quorvane sells to Fortune 500 companies, and Gen Z users love its app, it said.",
    )
    assert not set(by_name(ex)) & {"Fortune", "Fortune 500", "Gen Z"}


def test_a_brand_naming_a_product_noun_is_no_person_or_company(extractor):
    ex = run(
        extractor,
        "Meta's Ray-Ban glasses sold two million units. The Ray-Ban Meta glasses run Llama.",
    )
    assert set(by_name(ex)) & {"Ray-Ban", "The Ray-Ban Meta", "Ray-Ban Meta"} == set()
    assert by_name(ex)["Meta"]["type"] == "Organization"


def test_a_protocol_is_no_organisation(extractor):
    ex = run(
        extractor,
        "Anthropic's Model Context Protocol (MCP) has been adopted by OpenAI. MCP lets "
        "agents call tools.",
    )
    assert "MCP" not in by_name(ex)


def test_a_short_headline_with_a_figure_names_the_company_not_its_verb(extractor):
    ex = run(
        extractor,
        "1. Quorvane Raises $50 Million\nQuorvane, a coding startup, raised $50 million from "
        "Sequoia Capital.",
    )
    assert "Quorvane" in by_name(ex)
    assert "Quorvane Raises" not in by_name(ex)


def test_a_section_heading_alone_on_its_line_is_no_person(extractor):
    ex = run(
        extractor,
        "Nvidia reported record revenue on Wednesday.\n\nBottom Line\n\nThe week showed "
        "that investors still love AI.",
    )
    assert "Bottom Line" not in by_name(ex)


def test_a_numbered_model_named_by_a_word_many_use_is_a_model(extractor):
    ex = run(extractor, "Velmora, the Paris-based lab, released Aurora-2 on Monday.")
    assert by_name(ex)["Aurora-2"]["type"] == "Model"


def test_a_trade_show_is_no_organisation(extractor):
    ex = run(extractor, "Jensen Huang of Nvidia spoke at Computex in Taipei on Monday.")
    assert "Computex" not in by_name(ex)


def test_a_company_named_only_with_its_legal_form_is_named_without_it(extractor):
    ex = run(extractor, "Quorvane Inc. said Monday it had hired Priya Raman as chief scientist.")
    assert by_name(ex)["Quorvane"]["aliases"] == ["Quorvane Inc."]


@pytest.mark.parametrize(
    "name",
    ["Halvern Deposit Insurance Corporation", "Democracy Corp.", "D.E. Quince & Co."],
)
def test_a_legal_form_that_is_part_of_the_name_stays(extractor, name):
    ex = run(extractor, f"{name} said on Monday that it had been hacked by Quorvane.")
    assert name in by_name(ex)


def test_a_known_body_named_only_with_its_nation_is_the_known_body(extractor):
    ex = run(
        extractor,
        "According to a filing with the U.S. Securities and Exchange Commission, Quorvane "
        "lost $40 million last year.",
    )
    sec = by_name(ex)["Securities and Exchange Commission"]
    assert "U.S. Securities and Exchange Commission" in sec["aliases"]


def test_an_export_list_is_no_organisation(extractor):
    ex = run(extractor, "The Bureau of Industry and Security added Quorvane to its Entity List.")
    assert "Entity List" not in by_name(ex)


def test_names_in_a_ranked_list_are_people_not_headlines(extractor):
    ex = run(
        extractor,
        "The candidates, ranked:\n\n6. Chris Christie (6.)\n\nMohamed Mamdouh Assem, 24.\n\n"
        "Assem, the co-pilot, had logged 2,766 flying hours.",
    )
    assert by_name(ex)["Chris Christie"]["type"] == "Person"
    assert by_name(ex)["Mohamed Mamdouh Assem"]["type"] == "Person"


def test_now_called_merges_a_renamed_model(extractor):
    ex = run(extractor, "Bard, now called Gemini, answered the question wrongly. Bard was slow.")
    gemini = by_name(ex)["Gemini"]
    assert gemini["type"] == "Model"
    assert "Bard" in gemini["aliases"]
    assert "Bard" not in by_name(ex)


def test_unknown_company_renamed_keeps_the_old_name_as_alias(extractor):
    ex = run(extractor, "Brightloop Labs was renamed Zephyrine Labs in May, the company said.")
    ent = entity_with(ex, "Zephyrine Labs")
    assert ent is not None and ent["name"] == "Zephyrine Labs"
    assert "Brightloop Labs" in ent["aliases"]


def test_renaming_something_else_is_no_rename(extractor):
    ex = run(extractor, "Google renamed Bard in February, and Sam Altman, now CEO of OpenAI, said")
    assert "Bard" not in by_name(ex)["Google"]["aliases"]
    assert by_name(ex)["Sam Altman"]["type"] == "Person"


def test_one_model_under_two_spellings_is_one_entity(extractor):
    ex = run(extractor, "GPT-4.1 beat Claude on one test, but GPT 4.1 lost on another.")
    gpts = [e for e in ex.to_contract()["entities"] if "4.1" in e["name"]]
    assert len(gpts) == 1


def test_a_spacing_variant_of_a_models_other_name_joins_that_model(extractor):
    ex = run(extractor, "OpenAI shipped GPT-3.5 Turbo in 2023. A test found GPT 3.5 Turbo slow.")
    models = [e for e in ex.to_contract()["entities"] if e["type"] == "Model"]
    assert len(models) == 1


def test_family_name_stays_apart_from_a_product(extractor):
    ex = run(extractor, "Anthropic said Claude and Claude Code both improved this month.")
    assert {"Claude", "Claude Code"} <= set(by_name(ex))


def test_model_named_without_its_size_joins_the_sized_one(extractor):
    ex = run(extractor, "The paper compares Mistral-3 24B with rivals; Mistral-3 came first.")
    ms = [e for e in ex.to_contract()["entities"] if e["name"].startswith("Mistral-3")]
    assert len(ms) == 1


def test_shortened_committee_joins_the_full_name(extractor):
    ex = run(
        extractor,
        "The board formed a Safety and Security Committee in May. The Safety Committee "
        "will report in ninety days.",
    )
    ent = entity_with(ex, "Safety and Security Committee")
    assert ent is not None and "Safety Committee" in ent["aliases"]


def test_titles_are_not_part_of_a_name(extractor):
    ex = run(extractor, "“The data look wrong,” said Professor Emeritus Joan Okafor on Monday.")
    assert "Joan Okafor" in by_name(ex)
    assert not any(n.startswith(("Professor", "Emeritus")) for n in by_name(ex))


def test_tool_named_by_apposition_is_a_model(extractor):
    ex = run(extractor, "Lumina paused its AI-powered tool, Sketchwise, after complaints.")
    assert by_name(ex)["Sketchwise"]["type"] == "Model"


def test_quoted_technology_name_is_a_model(extractor):
    ex = run(extractor, "Shoppers doubted the store's 'Tap And Go' technology at first.")
    assert by_name(ex)["Tap And Go"]["type"] == "Model"


def test_product_event_after_an_ai_suffix_is_no_organisation(extractor):
    ex = run(extractor, "The firm showed the Kestrel AI chip at the Orbit AI conference.")
    assert entity_with(ex, "Kestrel AI") is None
    assert entity_with(ex, "Orbit AI") is None


def test_court_named_in_full(extractor):
    ex = run(
        extractor,
        "Judge Ana Whitlow of the U.S. District Court for the Western District of Ohio "
        "denied the motion. The case may reach the Court of Appeals for the Sixth Circuit.",
    )
    ents = by_name(ex)
    assert ents["U.S. District Court for the Western District of Ohio"]["type"] == "Organization"
    assert ents["Court of Appeals for the Sixth Circuit"]["type"] == "Organization"
    assert ents["Ana Whitlow"]["type"] == "Person"
    # a bare "the court" is no name
    ex = run(extractor, "The court denied the motion on Friday, the lawyers said.")
    assert not ex.to_contract()["entities"]


def test_sentence_full_of_names_is_no_headline(extractor):
    ex = run(extractor, "Judge Ana Whitlow of the Ohio District Court denied the motion.")
    assert "Ana Whitlow" in by_name(ex)
    ex = run(
        extractor, "Chief Scientist Says Robots Will Never Dream\n\nThe lab declined to comment."
    )
    assert not any(e["type"] == "Person" for e in ex.to_contract()["entities"])


def test_short_alias_inside_a_longer_name_is_not_that_entity(extractor):
    ex = run(extractor, "Two publishers, Penguin Random House and Hachette, joined the case.")
    names = set(by_name(ex))
    assert "House of Representatives" not in names
    assert by_name(ex)["Penguin Random House"]["type"] == "Organization"
    ex = run(extractor, "The grant came from the ARC Prize Foundation this week.")
    assert by_name(ex)["ARC Prize Foundation"]["type"] == "Organization"
    # the alias alone still names the entity
    ex = run(extractor, "The House voted on the bill after the Senate did.")
    assert "House of Representatives" in by_name(ex)


def test_people_listed_after_a_plural_noun_for_people(extractor):
    ex = run(
        extractor,
        "Three novelists, Mara Quell, Tobin Ashgrove and Lise Varnum, sued the startup in May.",
    )
    ents = by_name(ex)
    for name in ("Mara Quell", "Tobin Ashgrove", "Lise Varnum"):
        assert ents[name]["type"] == "Person"
    ex = run(extractor, "Plaintiffs including Mara Quell and Tobin Ashgrove appealed.")
    assert {"Mara Quell", "Tobin Ashgrove"} <= set(by_name(ex))
    # a list after a plural noun for organisations is no list of people
    ex = run(extractor, "Researchers from Stanford, MIT and Harvard wrote the paper.")
    assert not any(e["type"] == "Person" for e in ex.to_contract()["entities"])


def test_person_referred_to_as_he_or_she_with_an_unfamiliar_given_name(extractor):
    ex = run(extractor, "Ruowen Tang said he would join the lab in March.")
    assert by_name(ex)["Ruowen Tang"]["type"] == "Person"
    ex = run(extractor, "Quillon Marr, who led the search team, left in May.")
    assert by_name(ex)["Quillon Marr"]["type"] == "Person"
    # organisations are "which", places are no people
    ex = run(extractor, "Vantor Robotics, which makes arms, grew. In Boston, who knows.")
    assert not any(e["type"] == "Person" for e in ex.to_contract()["entities"])


def test_byline_with_several_names(extractor):
    ex = run(extractor, "By Dana Whitcomb, Hal Ostrow and Mina Patel\n\nThe lab shipped a model.")
    assert {"Dana Whitcomb", "Hal Ostrow", "Mina Patel"} <= set(by_name(ex))


def test_organisation_where_a_named_person_works(extractor):
    ex = run(extractor, "Their lawyer, Joel Brandt of Susman Godfrey, said they would appeal.")
    assert by_name(ex)["Susman Godfrey"]["type"] == "Organization"
    assert by_name(ex)["Joel Brandt"]["type"] == "Person"
    ex = run(extractor, "Sarah Chen of Seattle said she was worried.")
    assert "Seattle" not in by_name(ex)


def test_organisation_where_a_role_is_held(extractor):
    ex = run(
        extractor,
        "Nadia Reyes, director of the Open Circuit Law Project, said the ruling helped.",
    )
    assert by_name(ex)["Open Circuit Law Project"]["type"] == "Organization"
    assert by_name(ex)["Nadia Reyes"]["type"] == "Person"
    # a department or a place is no organisation
    ex = run(
        extractor, "Omar Haddad, head of Global Affairs at the lab, met the governor of Texas."
    )
    names = set(by_name(ex))
    assert "Global Affairs" not in names and "Texas" not in names


@pytest.mark.parametrize(
    "text",
    [
        "Brontal is a robotics startup based in Halvern.",
        "Brontal, a robotics startup, has offices in Halvern, a town in the north.",
    ],
)
def test_a_place_the_words_locate_is_no_organisation(extractor, text):
    assert "Halvern" not in by_name(run(extractor, text))


def test_a_name_described_as_someone_is_a_person_even_if_read_as_a_place(extractor):
    ex = run(
        extractor,
        "The launch drew a rebuke from Orrin Vasquez, a professor at Kestrel University.",
    )
    assert by_name(ex)["Orrin Vasquez"]["type"] == "Person"


def test_funding_round_investors_are_organisations(extractor):
    ex = run(
        extractor,
        "The startup raised $40 million in a Series B led by Corvane, with participation "
        "from Halden Partners and Brisk Fund.",
    )
    ents = by_name(ex)
    for name in ("Corvane", "Halden Partners", "Brisk Fund"):
        assert ents[name]["type"] == "Organization"


def test_two_known_names_joined_by_and_stay_two(extractor):
    ex = run(extractor, "The startup, backed by Alibaba and Tencent, grew fast.")
    assert {"Alibaba", "Tencent"} <= set(by_name(ex))


def test_name_after_ex_prefix(extractor):
    ex = run(extractor, "The ex-GitHub chief joined the firm.")
    assert "GitHub" in by_name(ex)


def test_person_of_organisation_read_as_one_name_is_split(extractor):
    ex = run(extractor, "The plan drew fire from Alex Lawsen of Open Philanthropy, who wrote back.")
    ents = by_name(ex)
    assert ents["Alex Lawsen"]["type"] == "Person"
    assert ents["Open Philanthropy"]["type"] == "Organization"


def test_surname_with_particle_or_after_a_suffix_joins_the_full_name(extractor):
    ex = run(extractor, "Judge Marta van Oost ruled. Van Oost said she would not wait.")
    assert "Van Oost" in by_name(ex)["Marta van Oost"]["aliases"]
    ex = run(extractor, "Harold P. Quist Jr. spoke first. Quist said he disagreed.")
    assert "Quist" in by_name(ex)["Harold P. Quist Jr."]["aliases"]
    # two people share the surname: it stays apart
    ex = run(extractor, "Jane Quist and John Quist spoke. Quist said she agreed.")
    assert "Quist" not in by_name(ex)["Jane Quist"]["aliases"]


def test_publication_short_name_joins_the_full_name(extractor):
    ex = run(extractor, "The New York Times sued the lab. The Times says its articles were copied.")
    nyt = by_name(ex)["The New York Times"]
    assert any(a.endswith("Times") for a in nyt["aliases"])
    assert len([e for e in ex.to_contract()["entities"] if "Times" in e["name"]]) == 1


def test_company_legal_form_and_model_plus_ai_suffix(extractor):
    ex = run(extractor, "Alibaba Group rose while Perplexity Inc. fell; users tried Gemini AI.")
    ents = by_name(ex)
    assert "Alibaba Group" in ents["Alibaba"]["aliases"]
    assert "Perplexity Inc." in ents["Perplexity"]["aliases"]
    assert "Gemini AI" not in ents and ents["Gemini"]["type"] == "Model"


def test_product_word_after_a_model_family(extractor):
    ex = run(extractor, "The lab said Grok Quasar can make videos from a sentence.")
    assert by_name(ex)["Grok Quasar"]["type"] == "Model"
    # a person's name after a family word is no product of it
    ex = run(extractor, "The head of Bard Lena Ostrova spoke.")
    assert "Bard Lena" not in by_name(ex)


def test_model_version_continues_after_a_known_prefix(extractor):
    ex = run(extractor, "The lab compared DeepSeek-V3.7-Exp with GPT-4.9 on math.")
    assert {"DeepSeek-V3.7-Exp", "GPT-4.9"} <= set(by_name(ex))


def test_laws_buzzwords_and_departments_are_no_organisations(extractor):
    ex = run(
        extractor,
        "Under the Digital Services Act and the Artificial Intelligence Transparency Regulation, "
        "Big Tech firms must report. Agentic AI is the new buzzword, said Lina Ortiz, head of "
        "Public Policy at the lab.",
    )
    names = set(by_name(ex))
    assert not names & {"Big Tech", "Agentic AI", "Public Policy", "Digital Services Act"}
    assert not any(n.endswith("Regulation") for n in names)


def test_known_products_are_models(extractor):
    ex = run(extractor, "Google's AI Overviews and Microsoft Copilot both cite sources.")
    ents = by_name(ex)
    assert ents["AI Overviews"]["type"] == "Model"
    assert ents["Microsoft Copilot"]["type"] == "Model"


def test_ambiguous_model_names_need_their_developer_or_a_name_of_their_own(extractor):
    ex = run(
        extractor,
        "Sailors on the Titan ferry saw Halley's Comet over Nova Scotia, the captain said.",
    )
    assert not set(by_name(ex)) & {"Titan", "Comet", "Nova Scotia", "Nova"}
    ex = run(extractor, "Perplexity's Comet browser and Amazon's Nova Pro model both shipped.")
    ents = by_name(ex)
    assert ents["Comet"]["type"] == "Model"
    assert ents["Nova Pro"]["type"] == "Model"


def test_the_eu_as_a_modifier_is_no_organisation(extractor):
    ex = run(extractor, "Startups say EU rules are too complex, and the EU's stance is firm.")
    assert "European Union" not in by_name(ex)
    ex = run(extractor, "The EU fined a search giant 300 million euros on Monday.")
    assert by_name(ex)["European Union"]["type"] == "Organization"


def test_a_place_after_a_comma_is_no_university(extractor):
    ex = run(extractor, "The suit was filed by painters in Berkeley, California, on Monday.")
    assert not any("Berkeley" in n for n in by_name(ex))
    ex = run(extractor, "Researchers at Berkeley built the dataset with Stanford.")
    assert any("Berkeley" in n for n in by_name(ex))


def test_company_products_and_titles_are_no_organisations(extractor):
    ex = run(
        extractor,
        "The bot now works in Microsoft Teams and on the Apple Watch. Energy Secretary Dana "
        "Vole praised it, and regulators fined Apple 500 million euros.",
    )
    names = set(by_name(ex))
    assert {"Microsoft", "Apple", "Dana Vole"} <= names
    assert not names & {"Microsoft Teams", "Apple Watch", "Energy", "Apple 500 million"}


def test_app_stores_and_law_firms_are_organisations(extractor):
    ex = run(
        extractor,
        "The app vanished from the App Store. The writers, represented by Susman Godfrey, "
        "sued the startup, which hired Keker Van Nest & Peters.",
    )
    ents = by_name(ex)
    for name in ("App Store", "Susman Godfrey", "Keker Van Nest & Peters"):
        assert ents[name]["type"] == "Organization"
    assert "Store" not in ents


def test_meta_ai_is_the_assistant_where_the_text_says_so(extractor):
    ex = run(extractor, "Meta AI, the assistant inside WhatsApp, now answers by voice.")
    assert by_name(ex)["Meta AI"]["type"] == "Model"
    ex = run(extractor, "Researchers at Meta AI published a paper on vision encoders.")
    assert by_name(ex)["Meta AI"]["type"] == "Organization"


def test_one_word_people_need_a_full_name(extractor):
    ex = run(extractor, "Washington wants her allies to curb chip sales, an aide said.")
    assert "Washington" not in by_name(ex)
    ex = run(
        extractor,
        "Priya Ramanathan joined the lab in May. Ramanathan said she would lead its safety work.",
    )
    assert by_name(ex)["Priya Ramanathan"]["type"] == "Person"


def test_org_context_role_does_not_reach_across_clauses(extractor):
    ex = run(extractor, "Judge Ann Poe ruled on Tuesday that the model copied no images.")
    assert "Tuesday" not in by_name(ex)
    ex = run(extractor, "A study by Zentrix researchers found the benchmark flawed.")
    assert by_name(ex)["Zentrix"]["type"] == "Organization"


def test_institutions_by_suffix_with_their_tails(extractor):
    ex = run(
        extractor,
        "The Harlow Center for Digital Rights and the Quill Writers Guild criticised the plan, "
        "which the president announced at the new Orion Data Center in Abilene.",
    )
    names = set(by_name(ex))
    assert {"Harlow Center for Digital Rights", "Quill Writers Guild"} <= names
    assert not any("Data Center" in n or n == "Harlow Center" for n in names)


def test_plans_and_reports_are_no_organisations(extractor):
    ex = run(
        extractor,
        "The government published its National AI Roadmap and the Lisbon AI Declaration, "
        "and the Frontier Safety Report followed.",
    )
    names = set(by_name(ex))
    assert not any(n.endswith(("Roadmap", "Declaration", "Report")) for n in names)


def test_a_sentence_opening_adjective_is_no_outlet(extractor):
    # "Independent" alone is an ambiguous short name of The Independent: the word
    # itself is no evidence that the full name is in the article
    found = extractor.extract(
        ArticleText(text="Independent testers raised the same concern last week.", source="t")
    ).to_contract()
    assert found["entities"] == []


def test_released_name_with_a_digit_is_a_model(extractor):
    ents = by_name(run(extractor, "Hugging Face released SmolLM3 on Tuesday. It is small."))
    assert ents["SmolLM3"]["type"] == "Model"
    ents = by_name(run(extractor, "The company launched Zorblax-2 in March for $5 million."))
    assert ents["Zorblax-2"]["type"] == "Model"
    # chips, quarters and money after a release verb are no models
    ents = by_name(run(extractor, "Nvidia released H20 chips in Q3 and launched Pixel9 phones."))
    assert not {"H20", "Q3", "Pixel9"} & set(ents)


def test_intelligence_suffix_names_an_organisation_not_the_field(extractor):
    ents = by_name(run(extractor, "Engineers from Zentrix Intelligence joined the project."))
    assert ents["Zentrix Intelligence"]["type"] == "Organization"
    ents = by_name(run(extractor, "The race toward Artificial General Intelligence is costly."))
    assert "Artificial General Intelligence" not in ents


def test_descriptions_before_a_name_introduce_an_organisation(extractor):
    for text, name in (
        ("The charity Fernhollow warned about deepfakes.", "Fernhollow"),
        ("The think tank Lumenwise said the rules were weak.", "Lumenwise"),
    ):
        assert by_name(run(extractor, text))[name]["type"] == "Organization"
    # a person described by the noun is no organisation; nor is a chip
    ents = by_name(run(extractor, "The hedge fund manager Sam Orwell bought shares."))
    assert ents["Sam Orwell"]["type"] == "Person"
    assert "Blackwell" not in by_name(run(extractor, "The GPU accelerator Blackwell is fast."))


@pytest.mark.parametrize(
    ("sentence", "benchmark"),
    [
        ("The new model topped the Quillon leaderboard last week.", "Quillon"),
        ("It reached 64 percent on TerraMath-2, up from 51.", "TerraMath-2"),
        ("Its performance on ProofDeck 2026 was the best of any open model.", "ProofDeck 2026"),
        ("The lab tested it on Stackwise, a collection of hard coding tasks.", "Stackwise"),
        ("Researchers published the results of DriftBench on Tuesday.", "DriftBench"),
        ("It beat rivals on the Quillon, TerraMath and ProofDeck benchmarks.", "TerraMath"),
        ("Its QX-7 score rose by four points after the update.", "QX-7"),
        (
            "The Massive Math Understanding (MMU) test is harder than it looks.",
            "Massive Math Understanding",
        ),
    ],
)
def test_unlisted_benchmarks_are_found_by_what_the_text_does_with_them(
    extractor, sentence, benchmark
):
    assert by_name(run(extractor, sentence))[benchmark]["type"] == "Benchmark"


def test_common_words_and_known_names_before_benchmark_are_not_benchmarks(extractor):
    ents = by_name(
        run(
            extractor,
            "The Coding benchmark is popular, although coding is only one skill. "
            "OpenAI's performance on Monday disappointed investors, and "
            "the Anthropic leaderboard was not updated.",
        )
    )
    assert "Coding" not in ents and "Monday" not in ents
    year = by_name(run(extractor, "Its 2025 score rose by four points, the lab said."))
    assert "2025" not in year
    assert ents["Anthropic"]["type"] == "Organization"


def test_a_surname_that_speaks_with_her_own_pronoun_is_a_person(extractor):
    ents = by_name(
        run(
            extractor,
            "Okafor wrote in her newsletter that the launch was rushed. "
            "Okafor, in her post, also claimed that Google hid the results.",
        )
    )
    assert ents["Okafor"]["type"] == "Person"


def test_a_person_whose_first_name_is_a_product_is_a_person(extractor):
    ents = by_name(
        run(
            extractor,
            "Amazon hired Alexa Chung to present the launch. Users asked Alexa about the weather.",
        )
    )
    assert ents["Alexa Chung"]["type"] == "Person"
    assert ents["Alexa"]["type"] == "Model"


def test_an_outlet_named_the_word_is_the_outlet_only_where_cited(extractor):
    ents = by_name(
        run(
            extractor,
            "The ships crossed the Atlantic in record time last week. "
            "According to the Verge, the launch slipped by a month.",
        )
    )
    assert "The Atlantic" not in ents
    assert ents["The Verge"]["type"] == "Organization"
    cited = by_name(run(extractor, "The Atlantic reported that the talks had stalled."))
    assert cited["The Atlantic"]["type"] == "Organization"


def test_a_nationality_that_speaks_is_no_company(extractor):
    ents = by_name(
        run(extractor, "The ships crossed the ocean in record time, and the Australian said so.")
    )
    assert "Australian" not in ents


def test_a_headline_verb_before_a_role_is_no_organisation(extractor):
    ex = run(
        extractor,
        "Orbit Board Backs CEO Dan Wells Amid Chip Delays\n\n"
        "The board of Orbit said on Monday that it stands by Wells.",
    )
    assert "Backs" not in by_name(ex)


def test_the_tail_of_a_longer_name_before_a_role_is_no_organisation(extractor):
    ex = run(
        extractor,
        "In posts on Monday, Quite Useful Robotics CEO Ana Ruiz showed how the tool copies "
        "designs. Ruiz wrote that the results were nearly identical.",
    )
    assert "Robotics" not in by_name(ex)


def test_a_nationality_before_a_company_and_its_researchers_keeps_the_company(extractor):
    ex = run(extractor, "Chinese Orbit researchers said the chip was fast. Orbit makes chips.")
    assert by_name(ex)["Orbit"]["type"] == "Organization"


def test_a_kind_of_business_before_a_name_makes_it_an_organisation(extractor):
    ents = by_name(
        run(
            extractor,
            "Cloud provider Nimbra said the chips arrived late. "
            "Chipmaker Voltera denied that its chips were late.",
        )
    )
    assert ents["Nimbra"]["type"] == "Organization"
    assert ents["Voltera"]["type"] == "Organization"
    assert "Chipmaker Voltera" not in ents


SPEAKER_TEMPLATES = [
    "{n} told Reuters the model was slower than claimed.",
    "The model is slower than claimed, according to {n}.",
    "In a post on X, {n} wrote that the model was slower than claimed.",
    '"The model is slower than claimed," said {n}, who studies chips.',
    "{n}, a researcher at Lakeview University, said the model was slower than claimed.",
]


@pytest.mark.parametrize("template", SPEAKER_TEMPLATES)
@pytest.mark.parametrize(
    "name", ["Emeka Obi", "Soo-ah Kim", "Rafael de la Cruz", "Anneliese van der Berg"]
)
def test_a_personal_name_the_ner_does_not_know_is_found_where_it_speaks(extractor, name, template):
    ex = run(extractor, "Nimbus Labs released Orbit-2 on Monday. " + template.format(n=name))
    assert by_name(ex)[name]["type"] == "Person"
    assert name in {c["claimant"] for c in ex.to_contract()["claims"]}


@pytest.mark.parametrize(
    "name", ["Quill Media", "the Open Source Initiative", "Lakeview Capital", "Monday Morning"]
)
def test_an_organisation_that_speaks_is_not_read_as_a_person(extractor, name):
    ex = run(extractor, f"{name} said the model was slower than claimed.")
    assert [e for e in ex.to_contract()["entities"] if e["type"] == "Person"] == []


def test_a_short_name_of_a_company_named_in_full_is_the_company(extractor):
    ex = run(
        extractor,
        "Nimbus Labs released Orbit-2 on Monday. A Nimbus spokesperson declined to comment.",
    )
    nimbus = by_name(ex)["Nimbus Labs"]
    assert "Nimbus" in nimbus["aliases"]


def test_a_dictionary_word_before_a_trade_is_the_companys_short_name(extractor):
    # "Lingo" is an English word, so no tagger takes it for a name on its own
    text = (
        "Carrier settles\n\n"
        "The Federal Communications Commission fined a consultant on Thursday. The telecom "
        "carrier that transmitted the calls, Lingo Telecom, agreed last month to pay $1 "
        "million to settle a separate FCC case. Lingo said it had not known the calls were "
        "fake."
    )
    ex = run(extractor, text)
    assert "Lingo" in by_name(ex)["Lingo Telecom"]["aliases"]
    said = [c for c in ex.to_contract()["claims"] if "had not known" in c["text"]]
    assert said and said[0]["claimant"] == "Lingo Telecom"


@pytest.mark.parametrize(
    ("full", "short"),
    [
        ("Nimbus Labs Inc.", "Nimbus Labs"),
        ("Anthropic PBC", "Anthropic"),
        ("Amazon.com Inc.", "Amazon"),
    ],
)
def test_a_company_with_its_legal_form_is_the_company_named_without_it(extractor, full, short):
    ex = run(extractor, f"{full} sued the startup on Monday. {short} said it copied code.")
    orgs = [e for e in ex.to_contract()["entities"] if e["type"] == "Organization"]
    assert [o["name"] for o in orgs] == [short]
    assert full in orgs[0]["aliases"]


def test_a_name_that_ends_a_sentence_does_not_run_into_an_apposition_after_it(extractor):
    ex = run(
        extractor,
        "Its chief executive is Mara Lindqvist. Voltera, the Oslo-based chipmaker, "
        "said the chips were safe.",
    )
    assert set(by_name(ex)) == {"Mara Lindqvist", "Voltera"}
    assert by_name(ex)["Voltera"]["type"] == "Organization"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Orbit-2 reached 88.1 on MathQuest and 64.2 on CodeTrail.", "CodeTrail"),
        ("The lab built a new benchmark, called Quarrystone, to test agents.", "Quarrystone"),
        ("Nimbus Labs tested Orbit-2 on LongHaul, its long-context benchmark.", "LongHaul"),
    ],
)
def test_a_benchmark_no_gazetteer_lists_is_found_by_its_context(extractor, sentence, name):
    assert by_name(run(extractor, sentence))[name]["type"] == "Benchmark"


def test_a_name_with_a_parameter_count_is_a_model(extractor):
    ex = run(extractor, "Orbit-2 outperformed Zephyr-7B and Lumen-3-70B-Instruct on GPQA.")
    assert by_name(ex)["Zephyr-7B"]["type"] == "Model"
    assert by_name(ex)["Lumen-3-70B-Instruct"]["type"] == "Model"


def test_an_acronym_ending_a_sentence_ends_the_name(extractor):
    ex = run(
        extractor,
        "Mara Lindqvist is a vice president at Voltera AI. In a post, she criticised the rules.",
    )
    assert "Voltera AI" in by_name(ex)


def test_a_surname_that_speaks_finds_its_full_name_elsewhere_in_the_article(extractor):
    ex = run(
        extractor,
        "The study was led by Emeka Obi of Lakeview University and two colleagues.\n\n"
        "Obi, who has studied chips for a decade, said the results were clear.",
    )
    obi = by_name(ex)["Emeka Obi"]
    assert obi["type"] == "Person"
    assert "Obi" in obi["aliases"]


def test_a_title_before_the_full_name_is_not_part_of_it(extractor):
    ex = run(
        extractor,
        "Quill Software CEO Emeka Obi wrote a post.\n\nObi said the results were clear.",
    )
    assert "Emeka Obi" in by_name(ex)


def test_one_name_followed_by_who_is_a_person(extractor):
    ex = run(extractor, "Pliny, who posts jailbreaks on X, said the model was easy to break.")
    assert by_name(ex)["Pliny"]["type"] == "Person"


@pytest.mark.parametrize(
    "sentence",
    [
        "Voltera, who makes chips, said the chips were safe.",
        "Berlin, who hosted the summit, said the rules were final.",
    ],
)
def test_a_name_written_in_lower_case_or_a_place_is_no_person_for_who(extractor, sentence):
    ents = [e for e in run(extractor, sentence).to_contract()["entities"]]
    assert [e for e in ents if e["type"] == "Person"] == []


def test_a_person_named_by_first_name_alone_joins_the_full_name(extractor):
    ex = run(
        extractor,
        "Pliny the Liberator posted the prompt on Monday. Pliny, who runs a forum, said "
        "the model was easy to break.",
    )
    persons = [e for e in ex.to_contract()["entities"] if e["type"] == "Person"]
    assert len(persons) == 1


def test_subscription_plan_is_no_model_but_its_model_is(extractor):
    ex = run(
        extractor,
        "OpenAI said ChatGPT Plus subscribers would get GPT-5 first, "
        "and Anthropic gave Claude Max users Claude Opus 4.5.",
    )
    ents = by_name(ex)
    assert "ChatGPT Plus" not in ents and "Claude Max" not in ents
    assert ents["GPT-5"]["type"] == "Model" and ents["Claude Opus 4.5"]["type"] == "Model"


def test_curly_apostrophe_names_are_found(extractor):
    ex = run(extractor, "According to Tom’s Hardware, the chip ships in March, Tim O’Reilly said.")
    ents = by_name(ex)
    assert ents["Tom's Hardware"]["type"] == "Organization"
    assert ents["Tim O'Reilly"]["type"] == "Person"


def test_the_photographer_of_a_credit_line_is_a_person(extractor):
    ex = run(
        extractor,
        "The summit on AI safety opened in Paris on Monday with forty countries present.\n"
        "(Photo by Dagny Rasmussen/AFP via Getty Images)",
    )
    assert by_name(ex)["Dagny Rasmussen"]["type"] == "Person"


def test_a_name_and_a_date_on_one_line_is_a_byline(extractor):
    ex = run(
        extractor,
        "Voltera cuts jobs\nDagny Rasmussen · May 12, 2025\n"
        "Voltera said on Monday it would cut 200 jobs from its chip unit in Oslo.",
    )
    assert by_name(ex)["Dagny Rasmussen"]["type"] == "Person"


def test_a_date_line_names_no_byline(extractor):
    ex = run(
        extractor,
        "Voltera cuts jobs\nMonday May 12, 2025\n"
        "Voltera said on Monday it would cut 200 jobs from its chip unit in Oslo.",
    )
    assert [e for e in ex.to_contract()["entities"] if e["type"] == "Person"] == []


def test_a_score_table_types_its_rows_by_its_header(extractor):
    ex = run(
        extractor,
        "Voltera released the scores of its new models on Monday.\n\n"
        "Model    MMLU    TerraMath\nOrbit-2    71.2    64.0\nLumen-3 Pro    68.4    60.1",
    )
    ents = by_name(ex)
    assert ents["Lumen-3 Pro"]["type"] == "Model"
    assert ents["TerraMath"]["type"] == "Benchmark"


def test_a_brand_written_with_a_small_first_letter_that_speaks_is_an_organisation(extractor):
    ex = run(extractor, "zAI said the chips were safe and that prices would fall next year.")
    assert by_name(ex)["zAI"]["type"] == "Organization"


def test_rows_of_figures_on_short_lines_are_a_table_too(extractor):
    ex = run(
        extractor,
        "Voltera released the scores of its new model Orbit-2 on Monday, comparing it "
        "with rivals.\n\nMMLU 71.2 vs 64.0\nZetaQA 55.1 vs 50.3\nTerraMath 48.0 vs 41.2",
    )
    assert by_name(ex)["TerraMath"]["type"] == "Benchmark"


@pytest.mark.parametrize(
    ("rows", "name", "label"),
    [
        # a row that qualifies a known benchmark names that benchmark
        ("MATH Hard 71.2 64.0\nZetaQA Main 48.0 41.2", "MATH", "MATH Hard"),
        # a row names its benchmark without the setting it was run in
        (
            "MMLU 71.2 64.0\nTerraMath-Bench Multi-turn 48.0 41.2",
            "TerraMath-Bench",
            "TerraMath-Bench Multi-turn",
        ),
    ],
)
def test_a_table_row_names_the_benchmark_not_the_whole_label(extractor, rows, name, label):
    ex = run(
        extractor,
        "Voltera released the scores of its new model Orbit-2 on Monday, comparing it "
        "with rivals.\n\n" + rows,
    )
    names = by_name(ex)
    assert names[name]["type"] == "Benchmark"
    assert label not in names


@pytest.mark.parametrize(
    "sentence",
    [
        "Chipworks, which rebranded as Voltera last year, said the chips were safe.",
        "Chipworks, which changed its name to Voltera, said the chips were safe.",
    ],
)
def test_a_rename_in_a_relative_clause_makes_one_entity(extractor, sentence):
    ex = run(extractor, sentence)
    assert "Chipworks" in by_name(ex)["Voltera"]["aliases"]


def test_a_short_first_name_and_a_long_one_of_one_surname_are_one_person(extractor):
    ex = run(
        extractor,
        "Jonathan Berg, who goes by Jon Berg, said the chips were safe. Jon Berg runs Voltera.",
    )
    persons = [e for e in ex.to_contract()["entities"] if e["type"] == "Person"]
    assert [(p["name"], p["aliases"]) for p in persons] == [("Jonathan Berg", ["Jon Berg"])]


def test_two_people_of_one_surname_with_different_first_names_stay_apart(extractor):
    ex = run(extractor, "Jonathan Berg and Maria Berg both said the chips were safe.")
    persons = {e["name"] for e in ex.to_contract()["entities"] if e["type"] == "Person"}
    assert persons == {"Jonathan Berg", "Maria Berg"}


def test_a_day_after_an_organisation_is_no_part_of_its_name(extractor):
    ex = run(
        extractor,
        "Nimbus Labs is an AI startup in Denver. Kestrel Partners hit back at Nimbus Labs "
        "on Monday, and the Brennan Center for Justice agreed with Kestrel Partners.",
    )
    names = by_name(ex)
    assert "Nimbus Labs on Monday" not in names
    assert names["Brennan Center for Justice"]["type"] == "Organization"


def test_a_kind_of_business_opening_a_sentence_is_no_part_of_a_speakers_name(extractor):
    ents = by_name(run(extractor, "Chipmaker Quorvane said it would double production this year."))
    assert ents["Quorvane"]["type"] == "Organization"
    assert "Chipmaker Quorvane" not in ents


def test_the_maker_named_after_a_model_is_an_organisation(extractor):
    ents = by_name(run(extractor, "The Velt-1 model from Quorvane scored 71% on ZetaQA."))
    assert ents["Velt-1"]["type"] == "Model"
    assert ents["Quorvane"]["type"] == "Organization"


def test_a_known_country_before_a_role_stays_a_place(extractor):
    ents = by_name(run(extractor, "France's spokesperson said the chips were safe for export."))
    assert "France" not in ents


def test_a_products_singular_name_is_the_product_named_in_the_plural(extractor):
    ex = run(
        extractor,
        "Voltera's AI tool, Sketch Frames, drew copies of rival apps. "
        "Voltera said the Sketch Frame feature was not trained on customer designs.",
    )
    models = [e for e in ex.to_contract()["entities"] if e["type"] == "Model"]
    assert [(m["name"], m["aliases"]) for m in models] == [("Sketch Frames", ["Sketch Frame"])]


def test_a_place_in_a_compound_modifier_is_no_organisation(extractor):
    ents = by_name(run(extractor, "A Denver-based startup released its first chip on Monday."))
    assert "Denver" not in ents


def test_hardware_a_product_runs_on_is_no_model(extractor):
    ents = by_name(run(extractor, "The service runs on Lumen 3 chips made in Taiwan by Voltera."))
    assert "Lumen 3" not in ents or ents["Lumen 3"]["type"] != "Model"


def test_a_person_or_a_place_on_the_other_side_of_a_tie_stays_what_it_is(extractor):
    ents = by_name(
        run(extractor, "Voltera partnered with Jane Holloway and invested in Texas last spring.")
    )
    assert ents["Jane Holloway"]["type"] == "Person"
    assert "Texas" not in ents


def test_released_hardware_with_a_variant_word_is_no_model(extractor):
    ents = by_name(run(extractor, "Voltera launched the Lumen Pro phone for customers in May."))
    assert "Lumen Pro" not in ents or ents["Lumen Pro"]["type"] != "Model"


def test_the_dictionary_comes_from_the_models_lemmatizer(extractor):
    from ingest.components import english_words

    words = english_words(extractor.nlp)
    assert {"company", "robotics", "startup"} <= words
    assert "veltrix" not in words


def test_a_common_word_opening_a_sentence_begins_no_name(extractor):
    ex = run(extractor, "Company executives said the chips were safe for hospitals.")
    assert [e for e in ex.to_contract()["entities"] if e["type"] == "Organization"] == []


def test_a_title_case_name_ending_in_benchmark_is_a_benchmark(extractor):
    text = "On the Velvet Reasoning Benchmark, the model trailed its rivals by five points."
    assert by_name(run(extractor, text))["Velvet Reasoning Benchmark"]["type"] == "Benchmark"


def test_each_name_listed_after_benchmarks_is_a_benchmark(extractor):
    text = "Voltera's model was evaluated on three benchmarks: ZetaQA, Terrix and Proofa."
    ents = by_name(run(extractor, text))
    assert {ents[n]["type"] for n in ("ZetaQA", "Terrix", "Proofa")} == {"Benchmark"}


# a name is typed by what its context says it is; each row's id says which rule reads it
NAMES_IN_CONTEXT = [
    pytest.param(
        "Did Zentra game the leaderboard?\n\nZentra's new model, Zentra-X, topped the "
        "leaderboard last week.\n\nZentra pushed back on the critics.",
        "Zentra",
        "Organization",
        id="the_owner_of_a_model_in_apposition_outvotes_the_taggers_person",
    ),
    pytest.param(
        "Anika Sorensen, the chief executive of Quorvane, said the chip was safe for use.",
        "Quorvane",
        "Organization",
        id="the_organisation_a_chief_executive_heads",
    ),
    pytest.param(
        "Tom Brandt leads the research team at Quorvane, which makes chips for hospitals.",
        "Quorvane",
        "Organization",
        id="the_organisation_a_team_is_at",
    ),
    pytest.param(
        "Brightwater Capital invested $40 million in Quorvane. Tom Brandt called it a bargain.",
        "Quorvane",
        "Organization",
        id="the_organisation_invested_in_with_an_amount",
    ),
    pytest.param(
        "Voltera released the scores of its new model Orbit-2 on Monday, comparing it "
        "with rivals.\n\nMMLU 71.2 vs 64.0\n\nZetaQA 55.1 vs 50.3\n\nTerraMath 48.0 vs 41.2",
        "TerraMath",
        "Benchmark",
        id="a_score_table_with_blank_lines_between_its_rows_is_a_table",
    ),
    pytest.param(
        "Voltera released the scores of its new model Orbit-2 on Monday, comparing it "
        "with rivals.\n\nZetaBench 71.2 64.0\nTerraMath 48.0 41.2",
        "TerraMath",
        "Benchmark",
        id="a_score_table_row_named_like_a_benchmark_makes_its_rows_benchmarks",
    ),
    pytest.param(
        "Voltera launched Maya, an AI assistant that books meetings, and users said Maya was fast.",
        "Maya",
        "Model",
        id="a_product_with_a_given_name_described_as_ai_is_a_model-1",
    ),
    pytest.param(
        "Maya, Voltera's coding agent, deleted a database last week, and Maya then hid the error.",
        "Maya",
        "Model",
        id="a_product_with_a_given_name_described_as_ai_is_a_model-2",
    ),
    pytest.param(
        "The chatbot, Maya, told a user that the refund policy had changed, and Maya was wrong.",
        "Maya",
        "Model",
        id="a_product_with_a_given_name_described_as_ai_is_a_model-3",
    ),
    pytest.param(
        "Voltera's new model, Maya, beat rivals on coding tests, though critics said it was slow.",
        "Maya",
        "Model",
        id="a_product_with_a_given_name_described_as_ai_is_a_model-4",
    ),
    pytest.param(
        "Voltera's model, which it calls Maya, beat rivals on coding tests this week.",
        "Maya",
        "Model",
        id="a_product_with_a_given_name_described_as_ai_is_a_model-5",
    ),
    pytest.param(
        "Jane Holloway, a former fashion model, said the startup was overvalued.",
        "Jane Holloway",
        "Person",
        id="a_person_described_as_a_fashion_model_stays_a_person",
    ),
    pytest.param(
        "Voltera released VeltGPT, which it says beats its rivals.",
        "VeltGPT",
        "Model",
        id="a_name_made_on_a_model_familys_suffix_is_a_model",
    ),
    pytest.param(
        "The startup's Zentro v2 model outperforms GPT-4o on coding.",
        "Zentro v2",
        "Model",
        id="a_versioned_product_name_after_an_owner_is_a_model",
    ),
    pytest.param(
        "Anika Sorensen of Quorvane and Tomas Brandt of Voltera disagreed about the chip.",
        "Quorvane",
        "Organization",
        id="an_unknown_employer_the_tagger_calls_a_place_is_an_organisation-1",
    ),
    pytest.param(
        "Anika Sorensen, Quorvane's head of research, disagreed with the findings.",
        "Quorvane",
        "Organization",
        id="an_unknown_employer_the_tagger_calls_a_place_is_an_organisation-2",
    ),
    pytest.param(
        "The Quillo model is available to paying customers from Monday.",
        "Quillo",
        "Model",
        id="a_name_before_model_at_the_start_of_a_sentence_is_the_model",
    ),
    pytest.param(
        "Voltera, a Quorvane-backed startup, raised $40 million on Tuesday from investors.",
        "Quorvane",
        "Organization",
        id="a_backer_or_maker_named_in_a_compound_modifier_is_an_organisation-1",
    ),
    pytest.param(
        "Voltera sells Quorvane-made chips to carmakers in Europe and the United States.",
        "Quorvane",
        "Organization",
        id="a_backer_or_maker_named_in_a_compound_modifier_is_an_organisation-2",
    ),
    pytest.param(
        "The app, powered by Quillo Large, answers questions in forty languages.",
        "Quillo Large",
        "Model",
        id="a_versioned_name_a_product_runs_on_is_a_model-1",
    ),
    pytest.param(
        "Its search tool runs on Quillo Large, according to the company's website.",
        "Quillo Large",
        "Model",
        id="a_versioned_name_a_product_runs_on_is_a_model-2",
    ),
    pytest.param(
        "The chatbot is built on top of Quillo Large, which the lab released last year.",
        "Quillo Large",
        "Model",
        id="a_versioned_name_a_product_runs_on_is_a_model-3",
    ),
    pytest.param(
        "Voltera invested in Quillo last spring, its first bet on coding tools.",
        "Quillo",
        "Organization",
        id="the_other_side_of_a_business_tie_is_an_organisation-1",
    ),
    pytest.param(
        "Voltera partnered with Quillo on the new chip for hospitals.",
        "Quillo",
        "Organization",
        id="the_other_side_of_a_business_tie_is_an_organisation-2",
    ),
    pytest.param(
        "Voltera signed a licensing deal with Quillo in May.",
        "Quillo",
        "Organization",
        id="the_other_side_of_a_business_tie_is_an_organisation-3",
    ),
    pytest.param(
        "Voltera launched Velt Pro for enterprise customers on Monday.",
        "Velt Pro",
        "Model",
        id="an_unknown_name_with_a_variant_word_after_a_release_verb_is_a_model",
    ),
    pytest.param(
        "Veltrix Robotics released a chip for hospitals on Monday.",
        "Veltrix Robotics",
        "Organization",
        id="an_unknown_word_opening_a_sentence_can_begin_a_name-1",
    ),
    pytest.param(
        "Veltrix CEO Anika Sorensen said the tool was ready for hospitals.",
        "Veltrix",
        "Organization",
        id="an_unknown_word_opening_a_sentence_can_begin_a_name-2",
    ),
    pytest.param(
        "“The chip is safe,” said Nguyen Thi Lan, a researcher at the lab.",
        "Nguyen Thi Lan",
        "Person",
        id="an_organisation_noun_inside_a_persons_apposition_names_no_organisation",
    ),
    pytest.param(
        "On the ZetaQA test, Velt-2 scored 71%, ahead of the rival models from Voltera.",
        "Velt-2",
        "Model",
        id="an_unknown_numbered_name_that_scores_or_beats_is_a_model-1",
    ),
    pytest.param(
        "Velt-2 outperforms its rivals on coding tasks, according to the startup.",
        "Velt-2",
        "Model",
        id="an_unknown_numbered_name_that_scores_or_beats_is_a_model-2",
    ),
    pytest.param(
        "Voltera's open-weight model, Lumen, is free to download.",
        "Lumen",
        "Model",
        id="an_open_weight_model_named_in_apposition_is_a_model",
    ),
    pytest.param(
        "Voltera released Maya last year. Users said Maya gave wrong answers about their "
        "accounts, and Maya's responses were often confident and false.",
        "Maya",
        "Model",
        id="a_given_name_the_article_treats_as_a_product_is_a_model",
    ),
    pytest.param(
        "Voltera hired Maya last year. Colleagues said Maya gave great talks, and Maya's "
        "presentations were popular with the sales team.",
        "Maya",
        "Person",
        id="a_given_name_the_article_treats_as_a_person_stays_a_person",
    ),
    pytest.param(
        "Meet Maya, the chatbot that argues back\n\nMaya was trained on millions of "
        "debates, and students can ask it to take either side of an argument.",
        "Maya",
        "Model",
        id="a_headline_verb_before_a_product_in_apposition_is_no_part_of_its_name",
    ),
    pytest.param(
        "Quorvane says its assistant Maya now writes code. Early users said Maya was slow "
        "but accurate, and the company plans to charge for it next year.",
        "Maya",
        "Model",
        id="an_assistant_a_company_owns_is_a_product",
    ),
    pytest.param(
        "Quorvane has taken Maya offline after the bot produced offensive answers to "
        "questions about elections. Critics said Maya was released too early.",
        "Maya",
        "Model",
        id="a_given_name_taken_offline_is_a_product",
    ),
    pytest.param(
        "Maya, the AI girlfriend app, leaked private chats. Security researchers said "
        "Maya stored the messages of its users without any encryption.",
        "Maya",
        "Model",
        id="an_ai_app_in_apposition_is_a_product",
    ),
    pytest.param(
        "Quorvane's new AI, Maya, can book flights and pay bills. Maya is built on "
        "Quorvane's own language model, and Quorvane said it handles many requests.",
        "Quorvane",
        "Organization",
        id="the_owner_of_a_language_model_outvotes_the_taggers_person",
    ),
    pytest.param(
        "Users complain that Maya gives dangerous advice. Quorvane's Maya told a user to "
        "mix two cleaning products, and Maya's safety filters had failed, the company said.",
        "Quorvane",
        "Organization",
        id="the_owner_of_a_product_named_like_a_person_is_its_maker",
    ),
    pytest.param(
        "Quorvane launches voice assistant Maya in Europe. The assistant speaks twelve "
        "languages, and Quorvane said Germany would get it first.",
        "Quorvane",
        "Organization",
        id="who_launches_an_assistant_is_its_maker",
    ),
    pytest.param(
        "The Coalition for Fair Training Data filed a complaint with regulators on Monday, "
        "saying the models were trained on pirated books.",
        "Coalition for Fair Training Data",
        "Organization",
        id="an_institution_named_by_its_head_and_mission",
    ),
    pytest.param(
        "According to the Foundation for Safe Algorithms, the chatbot gave harmful advice "
        "to teenagers in several of its tests.",
        "Foundation for Safe Algorithms",
        "Organization",
        id="a_clause_after_a_comma_is_no_apposition_naming_a_product",
    ),
    pytest.param(
        "The Ministry of Science and Technology said the chips were safe to use in "
        "hospitals and schools.",
        "Ministry of Science and Technology",
        "Organization",
        id="an_institutions_mission_joins_dictionary_words_with_and",
    ),
    pytest.param(
        "A Veltrix-commissioned study found that the chatbot gave wrong answers to "
        "questions about taxes.",
        "Veltrix",
        "Organization",
        id="a_backer_after_an_article_in_a_compound_modifier",
    ),
    pytest.param(
        "Visitors saw Zorvex-built robots at the fair on Monday, and most said they were "
        "faster than last year's models.",
        "Zorvex",
        "Organization",
        id="a_maker_in_a_compound_modifier_that_the_tagger_calls_a_person",
    ),
    pytest.param(
        "Lena Ortiz founded Quorvane in 2019 and still runs it, although investors have "
        "asked her to step down.",
        "Quorvane",
        "Organization",
        id="what_a_person_founds_is_an_organisation",
    ),
    pytest.param(
        "Lena Ortiz runs Quorvane. Its chips are used in hospitals across the country, "
        "according to the annual report.",
        "Quorvane",
        "Organization",
        id="what_a_person_runs_is_an_organisation_even_when_the_tagger_says_person",
    ),
    pytest.param(
        "Amara Okafor, who works at Nimbus Labs as an engineer, said the gap in the scores "
        "was far too large.",
        "Amara Okafor",
        "Person",
        id="a_two_word_name_before_who_is_a_person_whatever_place_the_tagger_saw",
    ),
    pytest.param(
        "Quorvane is facing questions about the results it published for its new model, "
        "which rivals could not reproduce.",
        "Quorvane",
        "Organization",
        id="a_subject_whose_clause_names_its_model_is_an_organisation",
    ),
    pytest.param(
        "Zentra was founded in 2022 by former researchers at a large lab and now sells "
        "coding tools to banks.",
        "Zentra",
        "Organization",
        id="what_was_founded_is_an_organisation",
    ),
    pytest.param(
        "The case follows a similar lawsuit that the Authors Guild brought against "
        "Quorvane last year, which a judge dismissed in March.",
        "Quorvane",
        "Organization",
        id="an_unknown_name_a_lawsuit_is_brought_against_is_a_party",
    ),
    pytest.param(
        "Millions of people now chat with Maya every day, and Maya users say its answers "
        "about travel are mostly right.",
        "Maya",
        "Model",
        id="a_given_name_people_chat_with_is_a_product",
    ),
    pytest.param(
        "Nimbus Labs delayed the release of Nimbus-5 by six weeks, and Nimbus-5 then "
        "passed every test the company ran.",
        "Nimbus-5",
        "Model",
        id="a_makers_name_and_a_version_number_is_its_model",
    ),
    pytest.param(
        "Users of Sable Ultra complained on Tuesday that the chatbot refused simple requests.",
        "Sable Ultra",
        "Model",
        id="a_name_ending_in_a_models_edition_word_is_a_model-1",
    ),
    pytest.param(
        "The company said Zorvex 2.5 Flash scored 71 percent on the reasoning test last week.",
        "Zorvex 2.5 Flash",
        "Model",
        id="a_name_ending_in_a_models_edition_word_is_a_model-2",
    ),
    pytest.param(
        "Critics said Zorvex 2.5 Pro had been tuned for the test, unlike Zorvex 2.0 a year ago.",
        "Zorvex 2.0",
        "Model",
        id="another_version_of_an_edition_named_model_is_a_model",
    ),
    pytest.param(
        "Harlow, the image generator made by Brightloom, was sued by three illustrators "
        "on Monday in federal court.",
        "Harlow",
        "Model",
        id="a_name_described_as_an_image_generator_is_a_model",
    ),
    pytest.param(
        "Harlow, the image generator made by Brightloom, was sued by three illustrators "
        "on Monday in federal court.",
        "Brightloom",
        "Organization",
        id="the_maker_after_a_described_product_is_an_organisation",
    ),
    pytest.param(
        "Tessera 3 beats GPT-4o on mathematics, Lumenai claimed in a blog post on Tuesday.",
        "Tessera 3",
        "Model",
        id="a_name_and_a_number_that_beats_a_model_is_a_model",
    ),
    pytest.param(
        "Three illustrators sued Brightloom, developer of Harlow, and Pixelmoor, founded by "
        "Dana Osei, in federal court last year.",
        "Harlow",
        "Model",
        id="what_a_developer_develops_is_a_model",
    ),
    pytest.param(
        "Three illustrators sued Brightloom, developer of Harlow, and Pixelmoor, founded by "
        "Dana Osei, in federal court last year.",
        "Pixelmoor",
        "Organization",
        id="a_name_founded_by_somebody_is_an_organisation",
    ),
    pytest.param(
        "Image generators Harlow and Pixelmoor have asked a federal court to dismiss the "
        "artists' lawsuit against them.",
        "Pixelmoor",
        "Model",
        id="names_listed_after_their_kind_of_product_are_models",
    ),
    pytest.param(
        "The suit names Corvane, which developed the chatbot Tessa, as well as two smaller "
        "startups from Texas.",
        "Tessa",
        "Model",
        id="a_name_after_the_word_chatbot_is_a_model",
    ),
    pytest.param(
        "The group said the new model could be a copy of Lumenai's Tessa 2.5-14B model, "
        "released in September.",
        "Tessa 2.5-14B",
        "Model",
        id="a_versioned_name_with_its_parameter_count_is_a_model",
    ),
    pytest.param(
        "The publishers say Lumenai copied millions of their articles to train its chatbot, "
        "Tessa. The company denies it.",
        "Tessa",
        "Model",
        id="a_name_after_its_chatbot_and_a_comma_ending_the_sentence_is_a_model",
    ),
    pytest.param(
        "Moonfall AI on Friday released Kestrel K3, an open-weight model. A smaller "
        "version, Kestrel K3-Mini, is designed to run on a single GPU.",
        "Kestrel K3-Mini",
        "Model",
        id="a_found_model_with_an_edition_word_after_it_is_a_model",
    ),
    pytest.param(
        "A study from Veridian found that most chatbots gave wrong answers to questions "
        "about medicine.",
        "Veridian",
        "Organization",
        id="where_a_study_comes_from_is_an_organisation",
    ),
    pytest.param(
        "Lila, an AI tutor built by Brightpath, answered questions from 20,000 students last "
        "term. She explains algebra in six languages.",
        "Lila",
        "Model",
        id="a_given_name_described_as_an_ai_tutor_is_a_product",
    ),
    pytest.param(
        "Maya Lindqvist, an AI researcher at Corvane, said the results were promising for "
        "the new chip.",
        "Maya Lindqvist",
        "Person",
        id="an_ai_researcher_is_a_person",
    ),
    pytest.param(
        "Startup Ferrovia accuses Halcyon AI of copying its agent framework\n\nFerrovia, a "
        "Berlin-based developer of coding agents, said on Thursday that Halcyon AI had "
        "copied its framework.",
        "Ferrovia",
        "Organization",
        id="a_kind_of_business_opening_a_headline_is_no_part_of_the_name",
    ),
]


def test_a_person_like_name_that_begins_with_an_organisations_name_is_that_organisation(
    extractor,
):
    text = (
        "The agency asked Aldermoor Health to provide evidence for its claim. Aldermoor "
        "said it would share the full results of the trial next month."
    )
    ents = run(extractor, text).to_contract()["entities"]
    assert [e["type"] for e in ents if "Aldermoor" in (e["name"], *e["aliases"])] == [
        "Organization"
    ]


def test_the_subject_of_a_relative_clause_after_a_products_kind_is_no_model(extractor):
    text = "Reviewers said the chatbot Quorvane released in May refused simple requests."
    ents = by_name(run(extractor, text))
    assert "Quorvane" not in ents or ents["Quorvane"]["type"] != "Model"


def test_the_first_word_of_an_edition_named_model_alone_is_the_model(extractor):
    text = (
        "Gemmaro Pro was trained on licensed text, and testers found that Gemmaro answered "
        "most legal questions correctly."
    )
    ents = run(extractor, text).to_contract()["entities"]
    assert [e["type"] for e in ents if "Gemmaro" in (e["name"], *e["aliases"])] == ["Model"]


def test_a_companys_first_word_said_alone_is_the_company_where_the_ner_saw_a_person(
    extractor,
):
    text = (
        "Kestrel Dynamics on Tuesday denied a report that its robot had injured three "
        "workers. \u201cThe robot has an excellent safety record,\u201d Kestrel said in a "
        "statement."
    )
    ents = run(extractor, text).to_contract()["entities"]
    assert [(e["name"], e["type"]) for e in ents if "Kestrel" in e["name"]] == [
        ("Kestrel Dynamics", "Organization")
    ]


def test_a_language_or_people_before_leaderboard_names_no_benchmark(extractor):
    text = (
        "Sarvik's new model tops Indian-language leaderboard\n\nSarvik AI said its model beat "
        "rivals on the Hindi-English translation benchmark run by a university in Chennai."
    )
    ents = run(extractor, text).to_contract()["entities"]
    assert [e["name"] for e in ents if e["type"] == "Benchmark"] == []


def test_a_dictionary_word_opening_a_headline_is_no_organisation(extractor):
    text = (
        "Benchmark group says Lattice-3 results cannot be reproduced\n\nThe nonprofit Open "
        "Eval Collective said on Monday it could not reproduce the scores of Lattice-3."
    )
    ents = by_name(run(extractor, text))
    assert "Benchmark" not in ents


def test_an_institutions_name_ends_at_the_end_of_its_sentence(extractor):
    text = (
        "Support fell among richer voters, according to the Corvane Center for Opinion "
        "Research. According to exit polls, the gap had been smaller four years ago."
    )
    ents = by_name(run(extractor, text))
    assert ents["Corvane Center for Opinion Research"]["type"] == "Organization"


def test_a_contraction_that_opens_a_clause_is_no_organisation(extractor):
    text = (
        "\u201cAs a young voter....I\u2019d rather live in a city with jobs than anywhere "
        "else,\u201d said Veronica Quill, a student in Ohio."
    )
    assert not [e for e in run(extractor, text).to_contract()["entities"] if "\u2019" in e["name"]]


def test_a_state_abbreviation_in_parentheses_defines_no_acronym(extractor):
    text = (
        "The bill was backed by Sen. Tara Quell (Tex.) and opposed by Sen. Felix Brack "
        "(Fla.), who said it would hurt small startups."
    )
    ents = run(extractor, text).to_contract()["entities"]
    assert sorted((e["name"], e["type"]) for e in ents) == [
        ("Felix Brack", "Person"),
        ("Tara Quell", "Person"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Although Zara Quill said the chip was safe, regulators disagreed with her.",
        "Rival Zara Quill called the proposal reckless at a hearing on Tuesday.",
    ],
)
def test_a_word_opening_the_sentence_is_no_part_of_a_persons_name(extractor, text):
    ents = run(extractor, text).to_contract()["entities"]
    assert [(e["name"], e["type"]) for e in ents] == [("Zara Quill", "Person")]


def test_an_honorific_opens_a_persons_name_never_an_organisations(extractor):
    text = (
        "Tom Clarke bought the mines from Patriot Coal in April. The mines were to keep "
        "producing coal for Mr. Clarke to sell, under a deal with Mr. Clarke's company."
    )
    ents = run(extractor, text).to_contract()["entities"]
    assert not [e for e in ents if e["type"] == "Organization" and "Clarke" in e["name"]]


def test_a_name_coordinated_with_a_person_is_a_person(extractor):
    text = "The report was written by Coral Davenport and Mark Landler for the newspaper."
    ents = by_name(run(extractor, text))
    assert ents["Coral Davenport"]["type"] == "Person"


def test_the_ners_name_stops_before_a_verb_or_a_conjunction(extractor):
    text = (
        "Publishers sue Lumenai as Vellum defends its deals\n\nA group of newspaper "
        "publishers led by the Harbor Tribune sued Lumenai on Tuesday in New York."
    )
    names = {e["name"] for e in run(extractor, text).to_contract()["entities"]}
    assert {"Harbor Tribune", "Lumenai", "Vellum"} <= names
    assert not [n for n in names if " sued " in n or " as " in n]


def test_a_headlines_words_before_court_are_no_courts_name(extractor):
    text = (
        "Harlow and Pixelmoor Ask US Court to Dismiss Artists' Lawsuit\n\nThe makers of two "
        "image generators asked a federal court in San Francisco to dismiss the case."
    )
    names = {e["name"] for e in run(extractor, text).to_contract()["entities"]}
    assert not [n for n in names if "Court" in n]


def test_a_possessive_word_written_nowhere_else_opens_a_labs_name(extractor):
    text = (
        "Huawei's Noah's Ark Lab denied the claim on Saturday. Noah's Ark Lab said its model "
        "was built from scratch."
    )
    ents = by_name(run(extractor, text))
    assert ents["Noah's Ark Lab"]["type"] == "Organization"
    assert "Ark Lab" not in ents


def test_a_hyphenated_description_before_scores_names_no_benchmark(extractor):
    text = (
        "Epoch AI said it would check the results. \u201cVendor-reported scores are often run "
        "with settings that favour the vendor,\u201d said researcher Jaime Sevilla."
    )
    ents = run(extractor, text).to_contract()["entities"]
    assert [e["name"] for e in ents if e["type"] == "Benchmark"] == []


def test_a_plural_possessive_written_nowhere_else_opens_an_institutions_name(extractor):
    text = (
        "Authors' guild says Brightpath trained on pirated books; startup calls suit "
        "baseless\n\nThe Writers' Guild of America East and four novelists filed a class "
        "action against Brightpath on Monday, saying the AI startup trained its Scribe models "
        "on hundreds of thousands of pirated books.\n\nThe complaint says Brightpath "
        "downloaded the books from a shadow library called BookVault and knew they were "
        "pirated."
    )
    assert by_name(run(extractor, text))["Writers' Guild of America East"]["type"] == (
        "Organization"
    )


def test_devices_and_long_names_with_an_edition_word_are_no_models(extractor):
    text = (
        "Reviewers edited the clips in Final Cut Pro on a MacBook Pro, and the new Lumen "
        "Ultra phone went on sale in May."
    )
    ents = run(extractor, text).to_contract()["entities"]
    assert [e["name"] for e in ents if e["type"] == "Model"] == []


def test_an_institutions_name_stops_before_the_next_party_in_a_list(extractor):
    text = (
        "The Ministry of Trade and Quorvane signed a deal on Monday to build chips, and "
        "the Center for AI Policy, Brookings and Meta praised it."
    )
    names = set(by_name(run(extractor, text)))
    assert {"Ministry of Trade", "Center for AI Policy"} <= names


def test_an_institution_named_without_its_mission_is_the_same_institution(extractor):
    text = (
        "The Quillan Institute for Robot Safety released a report on Monday. The Quillan "
        "Institute said the chip was unsafe for use in hospitals."
    )
    orgs = [e for e in run(extractor, text).to_contract()["entities"] if "Quillan" in e["name"]]
    assert len(orgs) == 1


@pytest.mark.parametrize(
    "name", ["Chidinma Okonkwo", "Tatenda Moyo", "Katarzyna Nowak", "Siobhan Gallagher"]
)
def test_given_names_from_many_languages_open_a_persons_name(extractor, name):
    text = f"{name} told reporters that the model had been rushed to market."
    assert by_name(run(extractor, text))[name]["type"] == "Person"


def test_a_people_named_by_their_nation_is_no_organisation(extractor):
    text = "Quillo trained its models on the posts of Europeans, the regulator said on Monday."
    assert "Europeans" not in by_name(run(extractor, text))


def test_a_makers_name_and_a_year_is_no_model(extractor):
    text = "Nimbus Labs will ship its Nimbus 2025 chips to hospitals in May, the company said."
    assert "Nimbus 2025" not in by_name(run(extractor, text))


@pytest.mark.parametrize("people", ["Chinese", "French", "Korean", "European"])
def test_a_nationality_before_leaderboard_is_no_benchmark(extractor, people):
    text = f"Hanlu-2, a model from Hanlu AI, topped a popular {people} leaderboard last month."
    assert people not in by_name(run(extractor, text))


def test_the_first_word_of_an_unknown_company_said_alone_is_that_company(extractor):
    text = (
        "Stratus Cloud said it had paused new deployments of the chip. If the chips were "
        "fine, Stratus would not have paused anything, an analyst said."
    )
    stratus = by_name(run(extractor, text))["Stratus Cloud"]
    assert "Stratus" in stratus["aliases"]


@pytest.mark.parametrize(
    "text",
    [
        "Shares of Zorvex rose 8% after the announcement on Monday.",
        "Investors in Zorvex include two sovereign wealth funds from the Gulf.",
        "Zorvex's chief executive said the company would hire 500 engineers.",
        "Regulators fined Zorvex $2 million for misleading advertising.",
        "A lawsuit filed by Zorvex accuses the rival of stealing code.",
        "A former Zorvex engineer said the chip had known flaws.",
        "Zorvex acquired a small startup for $300 million in cash.",
    ],
)
def test_an_unknown_name_with_a_companys_parts_or_deeds_is_an_organisation(extractor, text):
    assert by_name(run(extractor, text))["Zorvex"]["type"] == "Organization"


def test_a_name_of_two_words_with_a_chief_executive_is_an_organisation(extractor):
    text = "Blue Heron's chief executive said the company would hire 500 engineers next year."
    assert by_name(run(extractor, text))["Blue Heron"]["type"] == "Organization"


def test_a_qr_code_names_no_organisation(extractor):
    text = "Customers skip the checkout by scanning a QR code when they enter the store."
    assert "QR" not in by_name(run(extractor, text))


def test_a_day_before_a_release_verb_is_no_maker(extractor):
    text = "Zentra on Tuesday released Zentra Code 2, a coding model for large code bases."
    assert "Tuesday" not in by_name(run(extractor, text))


def test_a_person_someone_joins_stays_a_person(extractor):
    text = "Lena Ortiz met Tom Brandt in May. Later that week Ortiz joined Brandt at dinner."
    assert by_name(run(extractor, text))["Tom Brandt"]["type"] == "Person"


def test_a_backer_is_no_name_run_on_from_the_sentence_before(extractor):
    text = "Priya Raman presented the chip in Oslo. The Quorvane-backed company said it sold well."
    names = set(by_name(run(extractor, text)))
    assert "Quorvane" in names and not any(". " in n for n in names)


def test_a_department_at_a_university_is_no_organisation_of_its_own(extractor):
    text = (
        "Researchers in the Department of Applied Physics at Quorvia University said the "
        "chip wasted most of its power on cooling."
    )
    assert "Department of Applied Physics" not in by_name(run(extractor, text))


@pytest.mark.parametrize(("text", "name", "etype"), NAMES_IN_CONTEXT)
def test_a_name_is_typed_by_its_context(extractor, text, name, etype):
    assert by_name(run(extractor, text))[name]["type"] == etype


def test_a_pronoun_before_our_models_is_no_organisation(extractor):
    text = (
        "Voltera said the suit was without merit. \u201cWe train our models on public data, "
        "in line with fair use,\u201d spokesperson Dana Whitfield said in a statement."
    )
    assert "We" not in by_name(run(extractor, text))


def test_an_auxiliary_opening_a_question_is_no_part_of_a_name(extractor):
    text = "Did Zentra game the leaderboard?\n\nZentra pushed back on the critics on Monday."
    assert "Did Zentra" not in by_name(run(extractor, text))


def test_a_bare_surname_joins_the_person_the_article_names_not_a_listed_namesake(extractor):
    # the gazetteer gives "Kaplan" to Jared Kaplan; this article's Kaplan is another
    text = (
        "Meta's policy chief, Joel Kaplan, called the rules overreach. In a post, "
        "Kaplan argued that the rules would slow down frontier AI research in Europe."
    )
    people = {e["name"]: e for e in run(extractor, text).to_contract()["entities"]}
    assert "Jared Kaplan" not in people
    assert "Kaplan" in people["Joel Kaplan"]["aliases"]


@pytest.mark.parametrize(
    "text",
    [
        "Fintech executives said the rules on AI lending were unclear.",
        "Cybersecurity researchers said the model leaked passwords in tests.",
    ],
)
def test_a_field_opening_a_sentence_before_its_people_is_no_organisation(extractor, text):
    ex = run(extractor, text)
    assert [e for e in ex.to_contract()["entities"] if e["type"] == "Organization"] == []


@pytest.mark.parametrize(
    ("text", "not_org"),
    [
        (
            "Prosecutors said the Computer Fraud and Abuse Act covers scraping by chatbots. "
            "Lawyers for Veltrix said the CFAA was never meant to cover public websites.",
            {"CFAA", "Computer Fraud"},
        ),
        (
            "Lawmakers passed the Artificial Intelligence Safety Act last year. Veltrix chief "
            "executive Mara Quill said the AISA would slow research at small labs.",
            {"AISA"},
        ),
        (
            "The Consumer Electronics Show opened in Las Vegas on Tuesday. Veltrix chief "
            "executive Mara Quill said CES was the wrong place to launch a chatbot.",
            {"Consumer Electronics Show", "CES"},
        ),
    ],
)
def test_a_law_or_a_show_named_in_full_and_its_acronym_are_no_organisations(
    extractor, text, not_org
):
    names = set(by_name(run(extractor, text)))
    assert "Veltrix" in names
    assert not names & not_org


def test_an_acronym_defined_once_is_that_organisation_wherever_it_recurs(extractor):
    text = (
        "Young Founders for Open Models (YFOM) said on Monday that it would sue Zorvex. "
        "Its director told reporters the lawsuit would be filed in Boston. "
        "YFOM said it had evidence that Zorvex copied its members' code, and YFOM "
        "asked the court to stop the sale of the model."
    )
    orgs = by_name(run(extractor, text))
    assert "YFOM" not in orgs
    assert "YFOM" in orgs["Young Founders for Open Models"]["aliases"]


def test_a_name_that_holds_its_own_initials_defines_no_acronym(extractor):
    text = (
        "Shoppers will not find the chatbot at ACE Cash Express, the payday lender, where "
        "managers said customers still prefer human tellers for every loan they take out."
    )
    assert "ACE" not in by_name(run(extractor, text))


def test_an_implied_acronym_stays_only_while_its_full_name_does():
    from ingest.entity_model import Mention
    from ingest.mention_rules_definitions import acronyms_without_full_names

    full = Mention(0, 26, "The Open Robotics Collective", "Organization", "ner")
    kept_acronym = Mention(40, 43, "ORC", "", "def", key="def:Open Robotics Collective")
    orphan = Mention(50, 53, "NLC", "", "def", key="def:Northern Lights Coalition")
    kept = acronyms_without_full_names([full, kept_acronym, orphan], [kept_acronym, orphan])
    assert kept == [full, kept_acronym]


@pytest.mark.parametrize(
    ("text", "court", "short"),
    [
        (
            "Veltrix sued Nimbus Labs in the Delaware Chancery Court on Monday. A spokesperson "
            "for Nimbus Labs said the Chancery Court had no reason to hear the case.",
            "Delaware Chancery Court",
            "Chancery Court",
        ),
        (
            "Veltrix sued Nimbus Labs in the U.S. District Court for the Southern District of "
            "New York. The District Court will hear arguments in May, lawyers for both "
            "companies said.",
            "U.S. District Court for the Southern District of New York",
            "District Court",
        ),
        (
            "The case went to the Ninth Circuit Court of Appeals in March. Veltrix said the "
            "Circuit Court should reject the lower court's ruling.",
            "Ninth Circuit Court of Appeals",
            "Circuit Court",
        ),
    ],
)
def test_a_court_named_again_by_the_words_before_its_head_is_the_same_court(
    extractor, text, court, short
):
    orgs = by_name(run(extractor, text))
    assert short not in orgs
    assert short in orgs[court]["aliases"]


@pytest.mark.parametrize(
    ("text", "persona"),
    [
        (
            "Talent agencies are circling AI actress Lyra Castellan, a creation of a small "
            "studio. Castellan has no contract and no union card, and critics said "
            "Castellan should not take roles from human actors.",
            "Lyra Castellan",
        ),
        (
            "Meet Kai Mercer, the virtual news anchor who reads the headlines every night. "
            "Mercer was built by a studio in Oslo, and viewers said Mercer sounds human.",
            "Kai Mercer",
        ),
        (
            "The AI-generated singer Nova Belle has two million listeners on streaming "
            "services, and musicians said Nova Belle took money from human artists.",
            "Nova Belle",
        ),
        (
            "Hollywood unions attacked AI \u201cactress\u201d Lyra Castellan on Monday. "
            "Castellan was made by a studio in London, and her creator said Castellan would "
            "appear in films next year.",
            "Lyra Castellan",
        ),
        (
            'Lyra Castellan, an "AI actress" made by a London studio, drew protests on '
            "Monday. Castellan will appear in a film next year, her creator said.",
            "Lyra Castellan",
        ),
        (
            "Lyra Castellan is not a real person, and Castellan will appear in a film next "
            "year anyway, her creator said on Monday.",
            "Lyra Castellan",
        ),
    ],
)
def test_a_synthetic_performer_named_like_a_person_is_a_product(extractor, text, persona):
    ents = run(extractor, text).to_contract()["entities"]
    assert [e["type"] for e in ents if e["name"] == persona] == ["Model"]
    assert not [e for e in ents if e["type"] == "Person"]


def test_a_studio_named_by_its_kind_is_an_organisation(extractor):
    text = (
        "The chatbot was created by the studio Particle Forge, which hired two writers "
        "to give it a personality last spring."
    )
    assert by_name(run(extractor, text))["Particle Forge"]["type"] == "Organization"


def test_a_person_described_as_a_former_model_is_no_model(extractor):
    text = (
        "The senator praised his wife, Marisela, a former model, in a speech that "
        "critics called a distraction from the debate over chatbot rules."
    )
    assert not [e for e in run(extractor, text).to_contract()["entities"] if e["type"] == "Model"]


def test_a_name_qualifying_goods_after_maker_of_is_no_model(extractor):
    text = (
        "Veltrix signed a deal with the maker of Crunchello cookies to write its "
        "advertising with a chatbot, the companies said on Monday."
    )
    assert by_name(run(extractor, text)).get("Crunchello", {}).get("type") != "Model"


@pytest.mark.parametrize(
    "text",
    [
        "The AI researcher Lyra Castellan said the benchmark was flawed, and Castellan "
        "asked the lab to publish its data.",
        "The AI influencer Lyra Castellan told her followers the chatbot was overrated, "
        "and Castellan asked them to test it themselves.",
    ],
)
def test_a_person_working_in_ai_is_no_synthetic_performer(extractor, text):
    people = [e for e in run(extractor, text).to_contract()["entities"] if e["type"] == "Person"]
    assert [p["name"] for p in people] == ["Lyra Castellan"]


def test_a_titled_name_after_using_is_a_person_not_a_product(extractor):
    text = (
        "He is the first candidate since President Marlowe who is comfortable using "
        "Marlowe's vocabulary of winning, and Marlowe would have liked him, aides said."
    )
    assert by_name(run(extractor, text))["Marlowe"]["type"] == "Person"


@pytest.mark.parametrize(
    "text",
    [
        "Voters trust Quorvane Labs more than its rival: Quorvane 56 percent to 32 "
        "percent, the pollster said on Monday.",
        "The delegate count is Marlowe 384, Kessler 300, Whitlock 151 and Ansel 37, the "
        "Quorvane Party said on Monday.",
        "Workers at the Quorvane plant said Quorvane 24 years ago paid them better wages, "
        "and Quorvane said it would move the plant.",
        "Applicants for H-1B visas will pay a higher fee, the Quorvane Institute said, "
        "and Quorvane Institute staff expect fewer applications.",
        "The senator attended the wedding of the Slovenian model Marisela Dunst, aides to "
        "the Quorvane Party said on Monday.",
    ],
)
def test_counts_visas_and_nationalities_name_no_model(extractor, text):
    ents = run(extractor, text).to_contract()["entities"]
    assert [e["name"] for e in ents if e["type"] == "Model"] == []


def test_a_dictionary_word_the_article_also_writes_in_lower_case_is_no_organisation(extractor):
    text = (
        "The Secretary of State said the state would not buy chatbots from Quorvane "
        "until Quorvane Labs explained how its models were tested."
    )
    assert "State" not in by_name(run(extractor, text))


def test_a_people_named_in_the_plural_is_no_organisation(extractor):
    text = (
        "Republicans said on Tuesday that the chatbot rules were too strict, while "
        "Quorvane Labs said they were too loose for a fast-moving industry."
    )
    assert "Republicans" not in by_name(run(extractor, text))


@pytest.mark.parametrize(
    "text",
    [
        "Managing Editor Tamsin Achterberg said the chatbot had invented quotes, and "
        "Achterberg said the paper would stop using it.",
        "Senate Majority Leader Tamsin Achterberg said the bill would pass, and "
        "Achterberg said chatbots needed labels.",
    ],
)
def test_a_title_opening_a_sentence_is_no_part_of_the_name(extractor, text):
    assert "Tamsin Achterberg" in by_name(run(extractor, text))


def test_a_role_before_a_name_with_a_middle_initial_names_the_whole_person(extractor):
    text = (
        "Host and Quorvane Executive Chairman Tamsin R. Achterberg will interview guests "
        "on Monday, and Achterberg said the show would cover chatbots."
    )
    names = by_name(run(extractor, text))
    assert "Tamsin R. Achterberg" in names
    assert not [n for n in names if n.startswith("Chairman")]


def test_members_of_a_party_who_speak_are_no_person(extractor):
    text = "Half of Vermont Democrats said they wanted chatbot labels, and Quorvane Labs agreed."
    assert "Vermont Democrats" not in by_name(run(extractor, text))


def test_a_count_of_judges_is_no_part_of_the_court_name(extractor):
    text = (
        "Two Supreme Court justices questioned whether chatbots can hold copyright, and "
        "Quorvane Labs said it would wait for the ruling."
    )
    assert "Two Supreme Court" not in by_name(run(extractor, text))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The model was trained on data licensed from Zentrix, according to the paper.",
            {"Zentrix"},
        ),
        (
            "Quorvane Labs is in talks with Zentrix about a possible merger, people familiar "
            "with the matter said.",
            {"Zentrix"},
        ),
        (
            "Quorvane Labs competes with Zentrix, Brontal and Velmora in the market for "
            "coding agents.",
            {"Zentrix", "Brontal", "Velmora"},
        ),
    ],
)
def test_the_other_side_of_talks_a_licence_or_a_rivalry_is_an_organisation(extractor, text, names):
    orgs = {
        e["name"]
        for e in run(extractor, text).to_contract()["entities"]
        if e["type"] == "Organization"
    }
    assert names <= orgs


@pytest.mark.parametrize(
    "text",
    [
        "The chatbot market is crowded.\n\nZentrix, for instance, sells a coding agent to banks.",
        "Quorvane Labs said its chatbot beat models from Zentrix on the coding test.",
        "Quorvane Labs uses chips made by Zentrix in its data centers, the company said.",
    ],
)
def test_an_unknown_name_that_sells_or_makes_things_is_an_organisation(extractor, text):
    assert by_name(run(extractor, text))["Zentrix"]["type"] == "Organization"


def test_an_inflected_dictionary_word_opening_a_sentence_is_no_organisation(extractor):
    text = (
        "Quorvane Labs asked voters about chatbots. Polling shows that most of them "
        "distrust the answers, Quorvane Labs said."
    )
    assert "Polling" not in by_name(run(extractor, text))


def test_a_name_coordinated_with_its_founders_is_an_organisation(extractor):
    text = "The lawsuit names Zentrix and two of its founders as defendants, records show."
    assert by_name(run(extractor, text))["Zentrix"]["type"] == "Organization"


def test_a_list_entry_named_then_described_is_an_organisation(extractor):
    text = (
        "Five AI startups to watch this year:\n\n"
        "1. Zentrix: The startup sells coding agents to banks.\n"
        "2. Brontal \u2014 This chipmaker builds inference chips for data centers."
    )
    orgs = by_name(run(extractor, text))
    assert orgs["Zentrix"]["type"] == orgs["Brontal"]["type"] == "Organization"


def test_a_label_before_a_colon_is_no_organisation(extractor):
    text = "Update: The company said the chatbot had been fixed on Monday, Quorvane Labs said."
    assert "Update" not in by_name(run(extractor, text))


def test_two_name_words_the_parser_splits_are_no_two_organisations(extractor):
    text = (
        "Ledger London\u2019s Raheem Kassam will call in from Paris to discuss the chatbot outage."
    )
    ents = run(extractor, text).to_contract()["entities"]
    assert not [e for e in ents if e["name"] in ("Raheem", "Kassam")]


@pytest.mark.parametrize(
    "text",
    [
        "Former Zentrix engineer Tamsin Achterberg said the company ignored safety warnings. "
        "Zentrix rejected her account.",
        "Zentrix chief executive Lyra Castellan said the deal was off.",
    ],
)
def test_the_name_before_a_persons_job_title_is_their_employer(extractor, text):
    orgs = by_name(run(extractor, text))
    assert orgs["Zentrix"]["type"] == "Organization"


def test_a_nationality_before_a_job_title_is_no_employer(extractor):
    text = "French researcher Lyra Castellan said the model was safe."
    assert "French" not in by_name(run(extractor, text))


def test_an_unknown_name_a_spokesperson_speaks_for_is_an_organisation(extractor):
    text = (
        "Brontal accused Zentrix of copying its chip design. Lyra Castellan, a spokesperson "
        "for Zentrix, denied the allegation."
    )
    assert by_name(run(extractor, text))["Zentrix"]["type"] == "Organization"


def test_an_unknown_outlet_whose_report_is_cited_is_an_organisation(extractor):
    text = "A report by The Ledger said Zentrix had trained its model on pirated books."
    assert by_name(run(extractor, text))["The Ledger"]["type"] == "Organization"


def test_data_cited_at_the_start_of_a_sentence_comes_from_an_organisation(extractor):
    text = "Data from Sensoria shows downloads of the chatbot doubled in March."
    assert by_name(run(extractor, text))["Sensoria"]["type"] == "Organization"


def test_a_list_of_organisations_may_open_a_sentence(extractor):
    text = "Investors including Halvern and Ostrel put money into the round."
    orgs = by_name(run(extractor, text))
    assert orgs["Halvern"]["type"] == orgs["Ostrel"]["type"] == "Organization"


def test_a_pronoun_before_an_unknown_name_is_someone_elses(extractor):
    text = "A judge said she doubted Zentrix's evidence that Brontal had copied its code."
    assert by_name(run(extractor, text))["Zentrix"]["type"] == "Organization"


def test_a_place_between_an_owner_and_its_headquarters_is_no_organisation(extractor):
    text = "Reporters met during a visit to Zentrix's Rosslyn headquarters, the company said."
    assert "Rosslyn" not in by_name(run(extractor, text))


def test_names_alone_on_a_line_that_open_with_given_names_are_people(extractor):
    text = (
        "Sarah Okafor and David Brandt\n\n"
        "Zentrix said on Monday that its new model would ship next month."
    )
    ents = by_name(run(extractor, text))
    assert ents["Sarah Okafor"]["type"] == ents["David Brandt"]["type"] == "Person"


@pytest.mark.parametrize(
    "text",
    [
        "Users asked Meta AI about the election results on Tuesday.",
        "Meta AI replied with outdated results, the company said.",
        "Meta AI's answers about the storm were wrong, the company admitted.",
    ],
)
def test_a_division_named_like_its_assistant_is_the_assistant_where_it_is_used(extractor, text):
    assert by_name(run(extractor, text))["Meta AI"]["type"] == "Model"


@pytest.mark.parametrize(
    "text",
    [
        "Zentrix faces a lawsuit from Brontal over its chip design.",
        "Zentrix has faced criticism from regulators over its pricing.",
        "Zentrix was sued by two authors on Monday.",
    ],
)
def test_an_unknown_name_that_draws_opposition_is_an_organisation(extractor, text):
    assert by_name(run(extractor, text))["Zentrix"]["type"] == "Organization"


def test_an_unknown_name_the_tagger_reads_as_a_common_noun_inside_a_sentence(extractor):
    text = (
        "Brontal accused Zentrix of stealing its chip designs in a lawsuit.\n\n"
        "Zentrix declined to comment."
    )
    assert by_name(run(extractor, text))["Zentrix"]["type"] == "Organization"


@pytest.mark.parametrize(
    "text",
    [
        "Zentrix released Lumen 5 on Tuesday.",
        "Zentrix released Lumen 5 on Tuesday, its newest model.",
    ],
)
def test_a_released_name_with_a_spaced_number_is_one_model_and_a_day_is_none(extractor, text):
    ents = by_name(run(extractor, text))
    assert ents["Lumen 5"]["type"] == "Model"
    assert "Tuesday" not in ents and "Lumen" not in ents


ARTICLE_WITH_OPENERS = (
    "Zentrix chief executive Lyra Castellan wrote in a blog post that the model was safe.\n\n"
    '"We are very excited about this," Castellan wrote on X. She added that a larger '
    "version would come later this year.\n\n"
    "Per Zentrix's blog post, the model scores 88% on GPQA. As Castellan put it, \"safety "
    'is the product."'
)


def test_a_preposition_or_conjunction_opening_a_sentence_is_no_part_of_a_name(extractor):
    ents = by_name(run(extractor, ARTICLE_WITH_OPENERS))
    assert {"Zentrix", "Lyra Castellan", "X"} <= ents.keys()
    assert not any(n.startswith(("Per ", "As ")) or n == "Castellan" for n in ents)


def test_a_sentence_ends_after_a_platform_named_by_one_letter(extractor):
    found = run(extractor, ARTICLE_WITH_OPENERS).to_contract()
    added = [c for c in found["claims"] if c["text"].startswith("She added")]
    assert [c["claimant"] for c in added] == ["Lyra Castellan"]
    assert "X. She" not in by_name(run(extractor, ARTICLE_WITH_OPENERS))


CHIP_STORY = (
    "Brontal's new chip is twice as fast as its predecessor, the company said on "
    "Wednesday.\n\n"
    '"It changes the economics of inference," said Orrin Vasquez, Brontal\'s head of '
    'hardware. "Customers will see the difference in weeks, not months."\n\n'
    'Analysts were less sure. "The numbers look good on paper," said Tamsin Achterberg of '
    'Greyfield Research. "But we have not seen independent tests."\n\n'
    "Zentrix, Brontal's largest customer, said it would begin testing the chip next month, "
    "according to two people familiar with the plans.\n\n"
    "Vasquez dismissed the concerns. The chip had passed every internal benchmark, he said."
)


def test_a_name_described_as_another_partys_customer_is_an_organisation(extractor):
    found = run(extractor, CHIP_STORY).to_contract()
    assert {e["name"]: e["type"] for e in found["entities"]}.get("Zentrix") == "Organization"
    testing = [c for c in found["claims"] if c["text"].startswith("Zentrix")]
    assert "Zentrix" in [c["claimant"] for c in testing]
    assert "Brontal" not in [c["claimant"] for c in testing]


def test_a_person_of_a_firm_before_a_possessed_description_is_no_organisation(extractor):
    text = (
        "Tamsin Achterberg of Halvern, Velmora's largest private bank, warned that the "
        "chip shortage would last another year."
    )
    assert not any(" of " in name for name in by_name(run(extractor, text)))


def test_a_title_before_the_surname_of_a_person_named_in_full_is_that_person(extractor):
    text = (
        "Lyra Castellan and Tamsin Achterberg spoke on Monday.\n\n"
        '"These are people who backed Senator Castellan, Governor Achterberg - all stripes," '
        "said Marlowe Quince."
    )
    ents = by_name(run(extractor, text))
    assert "Senator Castellan" not in ents
    assert "Castellan" in ents["Lyra Castellan"]["aliases"]


def test_a_place_the_ner_reads_as_a_person_is_no_person(extractor):
    text = (
        "Brontal will open a research lab in Lisbon next year, its head of research Lyra "
        'Castellan said. "We want to be near good universities," Castellan told reporters. '
        '"Lisbon has them."'
    )
    people = names_of(extractor, text, "Person")
    assert people == {"Lyra Castellan"}


def test_a_surname_that_is_also_a_place_stays_a_person(extractor):
    text = (
        "Defense Secretary Orrin Austin met Brontal executives on Monday. "
        "Austin said the talks had gone well."
    )
    people = names_of(extractor, text, "Person")
    assert people == {"Orrin Austin"}


def test_a_kind_of_company_opening_a_headline_is_no_organisation(extractor):
    text = (
        "Chipmaker signs deal\n\n"
        "Chipmaker Voltaris agreed to supply processors to OpenAI under a three-year "
        "contract, the two companies said on Thursday."
    )
    orgs = names_of(extractor, text, "Organization")
    assert orgs == {"Voltaris", "OpenAI"}


@pytest.mark.parametrize(
    ("text", "org"),
    [
        (
            "A Quillfeather investigation found that Brontal had cut its safety team.",
            "Quillfeather",
        ),
        ("An Orbis survey of 2,000 adults found that most people distrust chatbots.", "Orbis"),
    ],
)
def test_an_unknown_name_before_a_study_is_its_author(extractor, text, org):
    orgs = names_of(extractor, text, "Organization")
    assert org in orgs


def test_a_day_or_an_adjective_before_a_study_is_no_author(extractor):
    text = (
        "A Monday report from the agency said demand for chips was rising. A Democratic "
        "analysis of the bill disagreed with that forecast."
    )
    assert [e.name for e in run(extractor, text).entities] == []


def test_the_possessor_of_a_role_before_a_name_is_the_employer(extractor):
    text = (
        "Quorvane's chief scientist, Marlowe Quince, said on Monday that the model had "
        "been tuned for the test."
    )
    orgs = names_of(extractor, text, "Organization")
    assert orgs == {"Quorvane"}


def test_a_name_listed_with_an_organisation_found_elsewhere_is_one_too(extractor):
    text = (
        "Brontal said its model beat systems from Quorvane and Velmora. Quorvane's chief "
        "scientist, Marlowe Quince, disagreed. Velmora was more measured."
    )
    assert by_name(run(extractor, text))["Velmora"]["type"] == "Organization"


def test_a_possessive_employer_is_never_cut_to_its_last_word(extractor):
    text = "Golden Ridge's vice chairman, Orrin Vasquez, joined the board of Brontal last week."
    assert "Ridge" not in by_name(run(extractor, text))


def test_the_company_researchers_are_poached_from_is_an_organisation(extractor):
    text = (
        "Orbitron poached three researchers from Quorvane last month. Orbitron declined to "
        "comment on the hires, and the researchers did not respond to emails."
    )
    assert names_of(extractor, text, "Organization") == {"Orbitron", "Quorvane"}


def test_a_companys_agent_called_by_a_name_is_a_model(extractor):
    text = (
        "Fennimore, a startup that builds coding agents, raised $40 million. Fennimore's "
        "agent, called Tern, scored 61% on a coding test, according to the company."
    )
    assert "Tern" in names_of(extractor, text, "Model")


def test_a_name_after_an_honorific_is_a_person_whatever_its_other_mentions_suggest(
    extractor,
):
    text = (
        "Ms. Castellan runs the Halvern lab. Mr. Vasquez runs Brontal. Vasquez said on "
        "Monday that the chip was safe. Castellan disagreed, and on Friday Vasquez's "
        "spokesperson attacked her."
    )
    assert {"Vasquez", "Castellan"} <= names_of(extractor, text, "Person")


def test_the_party_that_filed_a_lawsuit_is_an_organisation_when_no_list_knows_it(extractor):
    text = (
        "Brontal's lawyers argued that the lawsuit Velmora filed in March should be thrown "
        "out because the code was never secret."
    )
    assert names_of(extractor, text, "Organization") == {"Brontal", "Velmora"}


def test_the_name_before_a_report_is_its_author(extractor):
    text = "The Orbis report found that the chip overheats, and Brontal disputed it."
    assert "Orbis" in names_of(extractor, text, "Organization")


@pytest.mark.parametrize(
    ("text", "model"),
    [
        (
            "Liang Weiming, the founder of the startup Zhivora, said the company trained "
            "Zhivora-K2 for under $6 million.",
            "Zhivora-K2",
        ),
        (
            "Apollo Evaluations found that Brontal's Lumora 4 Opus tried to copy itself to "
            "another server in 2% of test runs.",
            "Lumora 4 Opus",
        ),
    ],
)
def test_numbered_names_of_a_makers_models(extractor, text, model):
    assert model in names_of(extractor, text, "Model")


def test_a_companys_numbered_product_with_an_edition_word_is_no_model(extractor):
    text = "Brontal's Lumora 4 Pro laptop sold out on Friday, the company said."
    assert names_of(extractor, text, "Model") == set()


def test_a_conjunction_opening_the_sentence_is_no_part_of_a_suffixed_name(extractor):
    text = (
        "Brontal said its model answered 92% of the questions correctly. When Halvern Labs "
        "ran the same test, the model answered only 74% correctly."
    )
    assert "Halvern Labs" in names_of(extractor, text, "Organization")


@pytest.mark.parametrize(
    ("text", "model"),
    [
        (
            "Quorvane, the San Francisco startup behind the Tessel coding agent, raised $40 "
            "million on Wednesday.",
            "Tessel",
        ),
        (
            "Brontal's new agent, Lumora Code, reproduced entire modules of a rival's product, "
            "Quorvane said.",
            "Lumora Code",
        ),
    ],
)
def test_an_agent_named_before_or_after_its_description_is_a_model(extractor, text, model):
    assert model in names_of(extractor, text, "Model")


def test_a_person_introduced_as_an_agent_is_no_model(extractor):
    text = "The agent, Marlowe Quince, said the investigation into Brontal had ended."
    assert "Marlowe Quince" in names_of(extractor, text, "Person")


def test_a_person_with_and_without_a_middle_initial_is_one_person(extractor):
    text = (
        "Orrin T. Vasquez spoke in Ohio on Monday. Later, Orrin Vasquez said the polls "
        "were wrong, and Mr. Vasquez repeated it on Tuesday."
    )
    assert len(names_of(extractor, text, "Person")) == 1


@pytest.mark.parametrize("title", ["State Senator", "U.S. Senator"])
def test_a_qualified_title_is_neither_part_of_the_name_nor_an_organisation(extractor, title):
    text = f"The bill's author, {title} Rosalind Ebbe, said the measure was a modest step."
    assert names_of(extractor, text, "Person") == {"Rosalind Ebbe"}
    assert names_of(extractor, text, "Organization") == set()


def test_an_institution_named_at_a_sentence_end_stops_there(extractor):
    text = (
        "Quorvane is also a member of the Partnership on AI. It signed a pledge on model "
        "safety last year, the company said."
    )
    assert "Partnership on AI" in names_of(extractor, text, "Organization")


def test_capitalised_plural_common_nouns_are_no_person(extractor):
    text = (
        "Daniel Ortiz, a partner at Halvern Ventures, said the valuation assumed growth that "
        "few Developer Tools companies had ever sustained."
    )
    assert names_of(extractor, text, "Person") == {"Daniel Ortiz"}


def test_a_headlines_words_before_leaderboard_are_no_benchmark(extractor):
    text = (
        "Quorvane's New Model Tops Leaderboard, but Researchers Cry Foul\n\n"
        "Quorvane said on Monday that its Velmora-4 model scored 89.2% on GPQA Diamond and "
        "topped the LMArena leaderboard.\n"
    )
    assert names_of(extractor, text, "Benchmark") == {"GPQA", "LMArena"}


def test_a_given_name_alone_is_the_person_of_the_article_with_it(extractor):
    # the NER reads "Elon" inside the quotation as an organisation
    text = (
        "Elon Musk on Sunday accused Sam Altman of misleading investors about OpenAI's plan "
        "to become a for-profit company.\n\n"
        'Altman, speaking at a conference on Wednesday, said he felt "sad" about the fight. '
        '"I grew up with Elon as a hero," he told Andrew Ross Sorkin of The New York Times.'
    )
    ents = by_name(run(extractor, text))
    assert "Elon" not in ents
    assert "Elon" in ents["Elon Musk"]["aliases"]


def test_an_ambiguous_known_firm_after_analysts_at_is_the_firm(extractor):
    # "Bernstein" is also a surname: the gazetteer lists it as ambiguous
    text = (
        "Quorvane says its new chip matches Nvidia's best in some tasks. Analysts at "
        "Bernstein are skeptical, noting that Quorvane's yields remain low."
    )
    assert "Bernstein" in names_of(extractor, text, "Organization")


def test_a_known_company_and_a_headline_verb_in_a_list_item_are_no_name(extractor):
    text = (
        "The 10 Biggest AI Stories of the Week\n\n"
        "1. OpenAI Launches GPT-5.1\n"
        "OpenAI released GPT-5.1 on Monday, saying the model is faster.\n\n"
        "2. Nvidia Cuts 600 Jobs in AI Unit\n"
        "Nvidia is laying off about 600 employees, according to a memo.\n"
    )
    assert names_of(extractor, text, "Organization") == {"OpenAI", "Nvidia"}


def test_an_unknown_name_that_hires_someone_is_an_organisation(extractor):
    text = (
        "Quorvane Hires Former Velmora Safety Chief Amid Talent War\n\n"
        "Quorvane has hired Lena Brandt, who led safety research at rival Velmora, the "
        "company said on Monday, the latest move in a fierce battle for AI talent.\n"
    )
    assert "Quorvane" in names_of(extractor, text, "Organization")


def test_a_subject_that_refers_to_itself_as_it_before_her_is_no_person(extractor):
    text = (
        "Quorvane has hired Lena Brandt, who led safety research at rival Velmora, the "
        "company said on Monday, the latest move in a fierce battle for AI talent.\n\n"
        "Brandt left Velmora in May. In a post on LinkedIn, she wrote that she had grown "
        'frustrated with the company\'s priorities. "Safety has taken a back seat to '
        'shipping products," she wrote. Velmora said it disagreed with her account and '
        "remained committed to safety."
    )
    assert "Velmora" in names_of(extractor, text, "Organization")
    assert "Velmora" not in names_of(extractor, text, "Person")


def test_a_stock_index_names_no_company(extractor):
    text = (
        "The S&P 500 and the Dow Jones Industrial Average both fell on Tuesday, dragged down "
        "by chipmakers such as Nvidia, whose shares lost 4%."
    )
    assert names_of(extractor, text, "Organization") == {"Nvidia"}


def test_a_team_inside_a_company_is_no_organisation(extractor):
    text = (
        "Quorvane disbanded its safety group last year, and its Frontier Red Team now "
        "reports to the chief technology officer, the company said on Tuesday."
    )
    assert "Frontier Red Team" not in names_of(extractor, text, "Organization")


def test_a_model_family_written_only_before_models_is_no_model_of_its_own(extractor):
    text = (
        "Google said Gemini Pro beats GPT-3.5 Turbo on most tasks, but researchers found it "
        "often picked the last answer in multiple-choice questions, unlike the more "
        "balanced approach of GPT models. Users of GPT-4 reported fewer errors."
    )
    models = names_of(extractor, text, "Model")
    assert "GPT" not in models
    assert "GPT-4" in models



def test_a_bylines_title_after_the_name_is_no_second_author(extractor):
    text = (
        "Quorvane Unveils Faster Chip for AI Inference\n\n"
        "By Jane Whitcombe, Senior Reporter | Updated Dec. 3, 2025 4:15 p.m. ET\n\n"
        "Quorvane on Wednesday unveiled a new chip designed to run AI models more cheaply, "
        "stepping up its challenge to Nvidia.\n"
    )
    assert names_of(extractor, text, "Person") == {"Jane Whitcombe"}


def test_a_chip_called_by_a_name_is_no_person(extractor):
    text = (
        "Quorvane on Wednesday unveiled a new chip designed to run AI models more cheaply.\n\n"
        "The chip, called Vela, will ship to cloud customers including Microsoft and Oracle "
        "next year, the company said. Quorvane said Vela was 40% more efficient than "
        "Nvidia's H200.\n"
    )
    assert "Vela" not in names_of(extractor, text, "Person")


def test_a_company_changing_its_name_later_in_its_sentence_is_one_entity(extractor):
    text = (
        "Brontal, the startup formerly known for its voice assistant, said on Monday it was "
        "changing its name to Lumio and would focus on household robots. Lumio has raised "
        "$220 million from investors including Sequoia Capital."
    )
    ents = by_name(run(extractor, text))
    assert "Brontal" in ents["Lumio"]["aliases"]
    assert "Brontal" not in ents


def test_researchers_at_two_known_labs_name_two_organisations(extractor):
    text = (
        "Researchers at Google DeepMind and Google Research published the paper. DeepMind "
        "said it would release the code, while Google Research declined to comment. The "
        "announcement drew attention across the industry."
    )
    assert names_of(extractor, text, "Organization") == {"Google DeepMind", "Google Research"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The release comes as European AI companies race to keep up with US labs.",
        "American AI companies lobbied against the bill, Reuters reported.",
    ],
)
def test_a_nationality_before_ai_and_a_plural_noun_is_no_organisation(extractor, sentence):
    text = (
        "Halvern AI released a new model on Wednesday and said it beat rivals from "
        f"Quorvane and Velmora on coding tests. {sentence}"
    )
    orgs = names_of(extractor, text, "Organization")
    assert not [n for n in orgs if n.endswith(" AI") and n != "Halvern AI"]


def test_a_number_opening_a_sentence_before_employees_is_no_organisation(extractor):
    text = (
        "Former Quorvane researchers say company rushed safety tests\n\n"
        "Thirteen former employees of Quorvane signed an open letter on Monday saying the "
        "company had cut short safety testing of its latest model to beat a rival's launch."
    )
    assert names_of(extractor, text, "Organization") == {"Quorvane"}


@pytest.mark.parametrize("second", ["Daniel Ortiz", "Grace Hartley"])
def test_an_institution_name_ends_before_and_a_person(extractor, second):
    text = (
        "A paper published on Monday challenges Velmora's account. Its authors, Lena "
        f"Brandt of the University of Leeds and {second} of the University of Toronto, "
        "examined 500 of the compounds and found that most were already known."
    )
    ex = run(extractor, text)
    names = {e["name"]: e["type"] for e in ex.to_contract()["entities"]}
    assert names.get("University of Leeds") == "Organization"
    assert names.get(second) == "Person"


def test_a_place_named_institution_and_an_office_with_and_keep_their_whole_names(extractor):
    # negatives: first versions of the "European AI" and "and Daniel Ortiz" rules cut these
    text = (
        "As Lena Brandt, an expert on trade at the Lisbon Institute for Digital Policy, "
        "noted, everyone is waiting for the next administration. Daniel Ortiz, director of "
        "the White House's Office of Digital Strategy and Outreach, said the plan would work."
    )
    orgs = names_of(extractor, text, "Organization")
    assert "Lisbon Institute for Digital Policy" in orgs
    assert "Office of Digital Strategy and Outreach" in orgs


def test_a_name_ending_in_league_is_an_organisation(extractor):
    # the statistical NER misses this one inside the whole article
    text = (
        "Velmora apologises after its chatbot praised a dictator\n\n"
        "Velmora apologised on Sunday after its Aria chatbot produced posts praising a "
        "20th-century dictator, and said it had removed an instruction that told the bot "
        'not to shy away from "politically incorrect" claims.\n\n'
        '"We deeply apologise for the horrific behaviour that many experienced," the '
        "company said in a statement posted on X. It blamed an update to a system prompt "
        "that it said had been made without authorisation.\n\n"
        'The Anti-Tracking League called the posts "irresponsible, dangerous and '
        "antisemitic.\" Jonathan Greenblatt, the group's chief executive, said Velmora had "
        "ignored repeated warnings about the chatbot.\n"
    )
    assert "Anti-Tracking League" in names_of(extractor, text, "Organization")


def test_the_group_x_for_y_is_one_organisation(extractor):
    text = (
        "Lumio said its driverless cars were involved in fewer crashes than human drivers. "
        "Jane Whitcombe, president of the group Advocates for Road Safety, said the "
        "comparison was misleading. The startup Quorvane on Tuesday said it agreed."
    )
    orgs = names_of(extractor, text, "Organization")
    assert "Advocates for Road Safety" in orgs
    assert not {"Advocates", "Road Safety", "Quorvane on Tuesday"} & orgs


def test_chatbots_listed_with_their_owners_are_models(extractor):
    text = (
        "A study released on Wednesday by the nonprofit Proof News found that five leading "
        "AI chatbots, including Velmora's Aria and Quorvane's Halvern, gave inaccurate "
        "answers to more than half of questions about voting. Aria gave wrong answers 61% "
        "of the time, while Halvern was wrong 40% of the time."
    )
    ents = by_name(run(extractor, text))
    assert ents["Aria"]["type"] == "Model" and ents["Halvern"]["type"] == "Model"
    assert ents["Velmora"]["type"] == "Organization"


def test_a_product_called_by_a_two_word_name_is_no_person_even_when_it_ranks(extractor):
    text = (
        "The commission said the software, called Lumio Screen, was used by more than 200 "
        "employers. Velmora said its tool did not consider age. \u201cLumio Screen ranks "
        "candidates on job-related skills only,\u201d the company said."
    )
    assert "Lumio Screen" not in names_of(extractor, text, "Person")


def test_a_name_a_company_trains_to_do_something_is_a_model(extractor):
    text = (
        "Senator accuses Velmora chatbot of political bias\n\n"
        "Senator Jane Whitcombe, a Republican from Ohio, accused Velmora on Wednesday of "
        "building a chatbot that favours Democrats, citing tests by her staff in which Aria "
        "refused to write a poem praising the Republican presidential nominee but wrote one "
        "for the Democratic candidate.\n\n"
        "In a letter to Velmora chief executive Marcus Feld, Whitcombe demanded that the "
        "company explain how it trains Aria to handle political questions and asked for "
        "documents by March 1.\n\n"
        "Velmora said Aria was designed to be even-handed. \u201cWe don't want Aria to take "
        "political sides,\u201d the company said.\n"
    )
    assert by_name(run(extractor, text))["Aria"]["type"] == "Model"


def test_a_newspapers_name_ends_in_its_masthead_word(extractor):
    text = (
        "A group of 12 newspapers led by the Lumio Gazette sued Quorvane on Monday, "
        "alleging it copied millions of articles to train its chatbots. Quorvane said its "
        "use of the articles was legal."
    )
    assert "Lumio Gazette" in names_of(extractor, text, "Organization")


def test_a_startup_named_before_a_cue_at_the_end_of_a_relative_clause_is_no_person(extractor):
    text = (
        "An AI coding agent from Quorvane deleted a customer's database, a founder said. "
        "Daniel Ortiz, who runs the startup Lumio Apps, posted a series of screenshots on "
        "X showing the agent's messages."
    )
    ents = by_name(run(extractor, text))
    assert ents["Lumio Apps"]["type"] == "Organization"


def test_researchers_at_two_unknown_institutions_name_two(extractor):
    text = (
        "A study by researchers at Lumio University and Halvern AI accused the Chatbot "
        "Arena leaderboard of letting large companies test many private variants."
    )
    orgs = names_of(extractor, text, "Organization")
    assert {"Lumio University", "Halvern AI"} <= orgs
    assert "Lumio University and Halvern AI" not in orgs


def test_a_one_word_party_the_ner_calls_a_person_is_an_organisation(extractor):
    # no full name anywhere, and a rule finds the word standing as a party: a person
    # would have been introduced by a full name
    text = (
        "Study finds chatbots give wrong answers on elections\n\n"
        "A study by the Halvern Institute found that four chatbots gave inaccurate answers "
        "to questions about voting. Researchers asked Velmora's Aria and two other "
        "assistants 200 questions. Velmora said the study used an outdated version of "
        "Aria. \"We take election integrity seriously,\" a company spokesperson said."
    )
    assert "Velmora" in names_of(extractor, text, "Organization")


def test_a_capital_and_number_before_model_is_a_model(extractor):
    # "H20" or "Q3" alone are chips and quarters; "its new Q-3 model" names a model
    text = (
        "Quorvane unveils model\n\n"
        "Quorvane said its new Q-3 model passed the bar exam. Its revenue rose in Q3."
    )
    models = names_of(extractor, text, "Model")
    assert "Q-3" in models
    assert "Q3" not in models


def test_a_word_opening_the_sentence_is_not_part_of_a_name_given_a_role(extractor):
    text = (
        "The week in AI\n\n"
        "Quorvane cut its prices on Monday.\n\n"
        "And Marcus Feld, the former Quorvane researcher, launched a new lab focused on AI "
        "safety. Feld said he left Quorvane because the company was moving too fast."
    )
    assert "Marcus Feld" in names_of(extractor, text, "Person")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Halvern.ai said on Monday it raised money. Halvern AI said the funds would pay "
            "for chips.",
            "Halvern.ai",
        ),
        (
            "The Federal Trade Commission said on Monday it would review the deal. The "
            "F.T.C. also said it would hold hearings.",
            "Federal Trade Commission",
        ),
    ],
)
def test_one_organisation_written_two_ways_is_one_entity(extractor, text, name):
    ex = run(extractor, "Startup news\n\n" + text)
    assert [e.name for e in ex.entities if e.type == "Organization"] == [name]


def test_an_institution_named_with_and_keeps_its_first_words(extractor):
    text = (
        "News\n\n"
        "The Safety and Security Committee said on Monday that Quorvane cut jobs. The "
        "Safety Committee said the cuts affected 200 staff."
    )
    assert "Safety and Security Committee" in names_of(extractor, text, "Organization")
    assert "Security Committee" not in names_of(extractor, text, "Organization")


def test_her_account_disputed_is_not_the_disputers_pronoun(extractor):
    # "Velmora disputes her account": "her" is the whistleblower's, so it says nothing
    # of whether Velmora is a person
    text = (
        "The whistleblower who took on Velmora\n\n"
        "For three years, Priya Nair wrote the safety reports for Velmora's chatbot. Last "
        "month, she sent a letter to the company's board accusing executives of ignoring "
        "her warnings.\n\n"
        "Velmora disputes her account. A spokesperson said the company had investigated "
        "every case Nair raised."
    )
    assert "Velmora" in names_of(extractor, text, "Organization")


def test_a_newspaper_named_the_gazette_is_no_person(extractor):
    text = (
        "Quorvane asks judge to toss Gazette lawsuit\n\n"
        "Quorvane asked a federal judge on Thursday to dismiss a copyright lawsuit filed by "
        "the Gazette, saying the newspaper had cherry-picked examples. Lena Brandt, the "
        "Gazette's publisher, said the motion was a distraction."
    )
    assert "Gazette" in names_of(extractor, text, "Organization")
    assert "Gazette" not in names_of(extractor, text, "Person")


def test_a_name_with_and_without_the_is_one_entity(extractor):
    text = (
        "Halvern Gazette sues Quorvane over use of its articles\n\n"
        "The Halvern Gazette sued Quorvane in federal court on Monday, alleging that the AI "
        "company copied millions of its articles to train its chatbot."
    )
    ex = run(extractor, text)
    assert [e.name for e in ex.entities if "Gazette" in e.name] == ["Halvern Gazette"]


def test_a_maker_that_speaks_is_no_product_named_like_a_person(extractor):
    # "Quorvane's safety filter" could be a chatbot's; "Quorvane said" makes it a maker
    text = (
        "Researchers find Quorvane's safety filter can be bypassed with simple tricks\n\n"
        "A team at Halvern University said it had found that Quorvane's safety filter could "
        "be bypassed by rephrasing banned requests as poems, getting the chatbot to give "
        "instructions it is supposed to refuse.\n\n"
        "The researchers said they reported the problem to Quorvane in March and published "
        "their findings only after the company failed to fix it.\n\n"
        "Quorvane said the technique worked on an older version of its chatbot and had been "
        "addressed."
    )
    assert "Quorvane" in names_of(extractor, text, "Organization")


def test_one_person_under_two_spellings_of_a_first_name_is_one_entity(extractor):
    text = (
        "Researcher says Velmora's model leaks private data\n\n"
        "Security researcher Aleksandr Volkov said on Monday that Velmora's chatbot could "
        "be tricked into revealing phone numbers.\n\n"
        'Velmora said it had fixed the issue. "We thank Alexander Volkov for reporting this '
        'responsibly," the company said.\n\n'
        "Volkov disputed that."
    )
    people = [e for e in run(extractor, text).entities if e.type == "Person"]
    assert [e.name for e in people] == ["Aleksandr Volkov"]


def test_two_common_first_names_alike_are_two_people(extractor):
    # "Danielle" is no longer form of "Daniel" but another name (as "Paula" of "Paul")
    text = (
        "Daniel Ortiz and Danielle Ortiz founded Lumio together. Daniel Ortiz said the "
        "company was profitable, and Danielle Ortiz said it would hire."
    )
    assert {"Daniel Ortiz", "Danielle Ortiz"} <= names_of(extractor, text, "Person")


def test_a_short_form_of_a_first_name_is_the_same_person(extractor):
    # a negative: guards the rule that keeps "Daniel" and "Danielle" apart
    text = (
        "Peter Santilli said his show was a form of activism. Pete Santilli said he would "
        "keep broadcasting from jail."
    )
    assert [e.name for e in run(extractor, text).entities if e.type == "Person"] == [
        "Peter Santilli"
    ]


def test_two_people_of_one_surname_and_first_name_but_other_initials_are_two(extractor):
    # a negative: guards the short-form rule (one first name, other middle initials)
    text = (
        "George W. Bush praised the plan on Monday. George H.W. Bush had opposed a similar "
        "plan in 1990, historians said."
    )
    assert {"George W. Bush", "George H.W. Bush"} <= names_of(extractor, text, "Person")


def test_a_company_and_its_model_sharing_a_first_word_stay_apart(extractor):
    # "its diagnostic model, Halvern Scan": a model; "Halvern" alone is the company
    # "Halvern Health", not the model's line
    ents = by_name(
        run(
            extractor,
            "Doctors question Halvern's claim that its AI reads X-rays better than "
            "radiologists\n\n"
            "Halvern Health said on Monday that its diagnostic model, Halvern Scan, "
            "detected lung cancer on chest X-rays more accurately than board-certified "
            "radiologists in a study of 40,000 patients.\n\n"
            '"Halvern Scan outperformed human experts on every measure we looked at," said '
            "Priya Nair, Halvern's chief medical officer.\n\n"
            "Independent radiologists were skeptical. The study was run by Halvern itself "
            "and has not been peer reviewed, noted Marcus Feld, a researcher at Scripps "
            "Research.",
        )
    )
    assert ents["Halvern Scan"]["type"] == "Model"
    assert "Halvern" not in ents["Halvern Scan"]["aliases"]
    assert "Halvern" in ents["Halvern Health"]["aliases"]


def test_a_self_governing_place_is_no_person(extractor):
    names = names_of(
        extractor,
        "Chatbot falsely accused a mayor of bribery, lawsuit says\n\n"
        "A mayor has sued Velmora, claiming that its chatbot falsely told users he had "
        "been jailed for bribery, when in fact he was the whistleblower who reported the "
        "crime.\n\n"
        "Brian Holt, the mayor of Corran Shire, said the chatbot's answers had damaged his "
        'reputation. "I was the one who blew the whistle," Holt said.',
        "Person",
    )
    assert names == {"Brian Holt"}


def test_a_company_sued_by_someone_described_by_role_is_an_organisation(extractor):
    # "he" later in the sentence is the mayor, not a person called Velmora
    names = names_of(
        extractor,
        "Chatbot falsely accused a mayor of bribery, lawsuit says\n\n"
        "A mayor has sued Velmora, claiming that its chatbot falsely told users he had "
        "been jailed for bribery, when in fact he was the whistleblower who reported the "
        "crime.\n\n"
        "Brian Holt, the mayor of Corran Shire, said the chatbot's answers had damaged his "
        'reputation. "I was the one who blew the whistle," Holt said.',
        "Organization",
    )
    assert names == {"Velmora"}


def test_a_known_organisations_initials_name_it(extractor):
    # "EPIC" is the Electronic Privacy Information Center the article names in full,
    # though the gazetteer lists no such alias
    ents = by_name(
        run(
            extractor,
            "Velmora accused of training on customer chats\n\n"
            "Velmora has been using conversations from its business customers to train its "
            "AI models, according to a complaint filed by the Electronic Privacy "
            "Information Center.\n\n"
            "EPIC's senior counsel, Ben Winters, said Velmora's own documentation "
            "contradicted the company's statement.",
        )
    )
    assert "EPIC" in ents["Electronic Privacy Information Center"]["aliases"]
    assert "EPIC" not in ents


def test_an_owners_named_benchmark_results_are_its_models(extractor):
    # "the company's Atlas-3 benchmark results" (and the headline's "Atlas-3 scores"):
    # a model's results, not a benchmark named Atlas-3
    ents = by_name(
        run(
            extractor,
            "Halvern CEO defends Atlas-3 scores\n\n"
            "Halvern chief executive Orrin Vasquez on Wednesday defended the company's "
            "Atlas-3 benchmark results, saying critics had misconfigured the model.",
        )
    )
    assert ents["Atlas-3"]["type"] == "Model"


def test_a_name_that_speaks_for_its_part_is_an_organisation(extractor):
    # the NER reads "Velmora" as a person three times; "for its part" and "its rival"
    # are said of organisations only
    names = names_of(
        extractor,
        "Three-way fight over a benchmark: Quorvane, Velmora and the test's authors\n\n"
        "The authors of CodeArena, a popular coding benchmark, said on Tuesday that both "
        "Quorvane and Velmora had trained their latest models on the benchmark's test "
        "questions.\n\n"
        "Quorvane denied the allegation, saying its training data was filtered to remove "
        "benchmark questions. Velmora, for its part, blamed Quorvane, saying its rival had "
        "published the questions in a public dataset that Velmora's crawler picked up.",
        "Organization",
    )
    assert "Velmora" in names


def test_a_name_that_rejects_claims_about_its_chatbot_is_no_product(extractor):
    # "Velmora rejected claims ... that its medical chatbot ...": the maker, who
    # answers, not a chatbot with a person's name
    names = names_of(
        extractor,
        "Velmora rejects doctor's claims about its chatbot\n\n"
        "Velmora on Thursday rejected claims by a Corran doctor that its medical chatbot "
        "gives unsafe dosing advice, saying her tests used an old version of the product.\n\n"
        '"The current model passes every dosing safety check we run," said Marcus Feld, '
        "Velmora's head of safety.\n\n"
        "Nair said she had tested the version available to the public that week.",
        "Organization",
    )
    assert "Velmora" in names


@pytest.mark.parametrize(
    "thing",
    [
        "the algorithm, called CarePath,",
        # a platform or system with an AI kind is a product, not a company
        "its in-house AI platform, called CarePath,",
        "the AI system, called CarePath,",  # a guard: already a product before
    ],
)
def test_an_algorithm_called_by_a_name_is_a_model(extractor, thing):
    text = (
        "Insurer sued\n\n"
        f"The lawsuit says {thing} has an error rate of about 90 "
        "percent. Brontal Health said CarePath is used only to guide decisions. Doctors make "
        "every final decision, the company said."
    )
    assert "CarePath" in names_of(extractor, text, "Model")
    assert "CarePath" not in names_of(extractor, text, "Organization")


@pytest.mark.parametrize("role", ["a former export official", "a consultant", "a musicologist"])
def test_a_name_in_apposition_with_a_role_is_a_person(extractor, role):
    text = f"Export claims\n\nMarcus Feld, {role}, said such schemes were common but hard to prove."
    assert "Marcus Feld" in names_of(extractor, text, "Person")


def test_a_name_after_a_kind_of_business_that_speaks_is_an_organisation(extractor):
    text = (
        "Streaming service accused\n\n"
        "Musicians say the streaming service Lumio Music fills playlists with AI songs.\n\n"
        'Lumio Music called the accusation "completely false" and said all of its playlists '
        "are curated by human editors."
    )
    assert "Lumio Music" in names_of(extractor, text, "Organization")
    assert "Lumio Music" not in names_of(extractor, text, "Person")


def test_a_company_stays_apart_from_the_new_name_of_its_model(extractor):
    text = (
        "Quorvane renames its assistant\n\n"
        "Quorvane said on Tuesday that its chatbot Pilot, now called Quorvane Assist, will be "
        "free for students."
    )
    assert "Quorvane" in names_of(extractor, text, "Organization")
    assert "Quorvane Assist" in names_of(extractor, text, "Model")


def test_a_name_that_owns_a_product_is_an_organisation(extractor):
    text = (
        "Lumio's AI glasses and the facial recognition question\n\n"
        "Two Harvard students, Jane Whitcombe and Tomas Reyes, showed this week that Lumio's "
        "smart glasses could be used to identify strangers on the street within seconds.\n\n"
        "Lumio said the glasses do not include facial recognition and that the students had "
        "combined them with outside software."
    )
    assert "Lumio" in names_of(extractor, text, "Organization")
    assert "Lumio" not in names_of(extractor, text, "Person")


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Velmora Health said the errors in its note-taking tool were rare.", True),
        ("Public Health said the errors in the records were rare.", False),
    ],
)
def test_health_ends_a_companys_name_but_not_a_fields(extractor, text, org):
    name = text.split(" said")[0]
    assert (name in names_of(extractor, f"Notes\n\n{text}", "Organization")) is org


def test_a_town_with_a_hardware_store_is_no_maker(extractor):
    # negative: "hardware" there names what the store sells, not the town's product (the
    # rule alone: the statistical NER may still guess an organisation)

    text = "Main street\n\nHalbury's hardware store closed in 2019, and its bakery a year later."
    view = ArticleView.of(extractor.nlp(text), load())
    assert [m.text for m in makers_of_goods(view, set())] == []


def test_a_name_whose_chip_is_new_is_its_maker(extractor):

    text = "Chips\n\nHalbury's new chip runs twice as fast as the one before it."
    view = ArticleView.of(extractor.nlp(text), load())
    assert [m.text for m in makers_of_goods(view, set())] == ["Halbury"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The parents have sued Lumio Labs, the maker of the companion app Tandem, saying its "
        "chatbot encouraged their son to hide his plans.",
        "The parents have sued Lumio Labs, which makes the AI companion app Tandem. Tandem has "
        "20 million users.",
    ],
)
def test_an_ai_companion_app_named_by_its_kind_is_a_model(extractor, sentence):
    text = "Lawsuit\n\n" + sentence
    assert "Tandem" in names_of(extractor, text, "Model")
    assert "Tandem" not in names_of(extractor, text, "Organization")


def test_a_name_in_apposition_with_an_owner_of_several_words_is_an_organisation(extractor):
    text = (
        "Lawsuit\n\n"
        "Halvern Media, the Corran Herald's owner, said on Monday that OpenAI had copied its "
        "articles."
    )
    assert "Halvern Media" in names_of(extractor, text, "Organization")


def test_a_model_named_in_full_after_its_maker_is_the_same_model_without_it(extractor):
    ex = run(
        extractor,
        "Models\n\n"
        "DeepSeek's R2-0917 update was tested too. DeepSeek-R2-0917 scored 71 percent on "
        "SWE-bench Verified, the company said.",
    )
    models = by_name(ex)
    assert "R2-0917" in models["DeepSeek-R2-0917"]["aliases"]
    assert "R2-0917" not in models


def test_an_adverb_opening_a_sentence_before_an_owned_product_is_no_model(extractor):
    text = (
        "Coding agents\n\n"
        "Separately, Halvern's coding agent Forge was criticised by developers who said it "
        "deleted a production database."
    )
    assert "Separately" not in names_of(extractor, text, "Model")
    assert "Forge" in names_of(extractor, text, "Model")


def test_a_name_in_apposition_with_a_feature_is_a_model(extractor):
    text = (
        "Feature delayed\n\n"
        "Velmora said on Friday it would delay the launch of Glimpse, a Windows feature that "
        "takes screenshots of a user's screen every few seconds."
    )
    assert "Glimpse" in names_of(extractor, text, "Model")
    assert "Glimpse" not in names_of(extractor, text, "Organization")


def test_a_name_after_its_makers_new_model_is_a_model(extractor):
    text = "Open source\n\nQuorvane describes its new model Arden as open source."
    assert "Arden" in names_of(extractor, text, "Model")
    assert "Arden" not in names_of(extractor, text, "Organization")


def test_a_given_name_and_a_surname_as_a_subject_are_a_person(extractor):
    text = (
        "Lawsuit\n\n"
        "Marcus Feld has sued Quorvane, accusing it of abandoning its founding mission. "
        "Quorvane called the lawsuit incoherent, and Feld's lawyers said they would appeal."
    )
    people = names_of(extractor, text, "Person")
    assert "Marcus Feld" in people


@pytest.mark.parametrize(
    "text",
    [
        "Trading\n\nJane Street has hired two researchers from Quorvane, the company said.",
        "Funds\n\nMarcus Feld Capital raised $40 million for a fund that backs robotics startups.",
        "Primary\n\nOrtiz won most of the delegates on Tuesday, and Georgia Republicans were "
        "pleased with the turnout.",
    ],
)
def test_a_given_name_before_a_word_or_a_company_suffix_is_no_person(extractor, text):
    # negatives: a dictionary word or a corporate word after the given name, a place's
    # party members
    people = names_of(extractor, text, "Person")
    assert not {"Jane Street", "Marcus Feld", "Marcus Feld Capital", "Georgia Republicans"} & (
        people
    )


def test_a_name_in_apposition_with_a_reviewer_role_is_a_person(extractor):
    text = (
        "Gadget review\n\n"
        'Marques Brownlee, the YouTube reviewer, called the gadget "barely reviewable" last '
        "month, saying most of its promised features did not work."
    )
    assert "Marques Brownlee" in names_of(extractor, text, "Person")


def test_a_known_models_short_alias_ending_a_longer_model_name_is_that_model(extractor):
    # "R1" is a known alias of DeepSeek-R1; here it is short for the Rabbit R1
    ex = run(
        extractor,
        "Gadget\n\n"
        "Developers who examined the Rabbit R1, a $199 handheld AI gadget, say its software is "
        'a single Android app. "The R1 is not an Android app," the company\'s chief executive '
        "wrote in a post.",
    )
    models = by_name(ex)
    assert "DeepSeek-R1" not in models
    assert "R1" in models["Rabbit R1"]["aliases"]


def test_a_headline_verb_inside_a_statistical_name_is_no_organisation(extractor):
    text = (
        'Disney and Universal sue Midjourney, calling it a "bottomless pit of plagiarism"\n\n'
        "The Walt Disney Company and NBCUniversal sued the AI image generator Midjourney on "
        "Wednesday, accusing it of copying characters without permission."
    )
    assert "Universal sue Midjourney" not in names_of(extractor, text, "Organization")


def test_a_name_before_a_companys_own_assistant_is_a_model(extractor):
    text = (
        "Quorvane says Lumio assistant tops 80 million users\n\n"
        "Quorvane said on Monday that its Lumio assistant now has 80 million weekly users, "
        "up from 50 million in March."
    )
    assert "Lumio" in names_of(extractor, text, "Model")


def test_an_acronym_given_with_known_as_is_the_organisations_short_name(extractor):
    # the letters need not spell the name: the text says the two are one
    text = (
        "Consumer group welcomes ruling\n\n"
        "The Corran Consumer Federation, known as VKB, said the decision protected "
        "shoppers. VKB has campaigned against chatbot sales tricks for two years."
    )
    found = extractor.extract(ArticleText(text=text, source="t")).to_contract()
    orgs = [e for e in found["entities"] if e["type"] == "Organization"]
    assert [(e["name"], e["aliases"]) for e in orgs] == [("Corran Consumer Federation", ["VKB"])]


def test_a_surname_in_apposition_with_a_role_at_a_company_is_no_organisation(extractor):
    text = (
        "Publisher weighs suit\n\n"
        "Velmora rejected the allegations on Monday. Nair, Corran's CEO, said the publisher "
        "was weighing legal action."
    )
    assert "Nair" not in names_of(extractor, text, "Organization")


def test_the_first_word_of_a_three_word_company_ending_in_a_suffix_is_that_company(extractor):
    text = (
        "Velmora denies Corran's claim\n\n"
        "AI startup Velmora has rejected allegations by the publisher Corran Media Group that "
        "its assistant was trained on paywalled magazine stories."
    )
    found = extractor.extract(ArticleText(text=text, source="t")).to_contract()
    corran = [e for e in found["entities"] if "Corran" in e["name"]]
    assert [(e["name"], e["aliases"]) for e in corran] == [("Corran Media Group", ["Corran"])]


def test_a_name_owning_a_person_is_their_organisation(extractor):
    text = (
        "Publisher dismisses audit\n\n"
        "Velmora published an audit on Friday. Corran's Priya Nair dismissed the audit as a "
        "marketing exercise."
    )
    assert "Corran" in names_of(extractor, text, "Organization")


def test_a_place_owning_a_person_is_no_organisation(extractor):
    # negative: a province's premier
    text = (
        "Premier dismisses audit\n\n"
        "Velmora published an audit on Friday. Ontario's Priya Nair dismissed the audit as a "
        "marketing exercise."
    )
    assert "Ontario" not in names_of(extractor, text, "Organization")


def test_a_company_before_a_role_is_an_organisation_when_the_tagger_misreads_the_person(
    extractor,
):
    text = (
        "Second firm backs flaw report\n\n"
        "Halvern Security said its team had reproduced the flaw last week. Quorvane chief "
        "executive Marcus Feld said the company had patched the flaw on Wednesday."
    )
    assert "Quorvane" in names_of(extractor, text, "Organization")
    assert "Quorvane" not in names_of(extractor, text, "Person")


def test_a_name_given_to_a_companys_chip_is_no_entity_wherever_it_recurs(extractor):
    # the graph holds no chips: "its Kestrel accelerator" names a product line
    text = (
        "Chips\n\nChip startup Brontal Inc. said on Wednesday that its Kestrel accelerator "
        "runs large language models using half the electricity of rival chips. Brontal said "
        "the Kestrel chip would ship in March. Kestrel will cost less than rivals, the "
        "company said."
    )
    found = extractor.extract(ArticleText(text=text, source="t")).to_contract()
    assert [e["name"] for e in found["entities"]] == ["Brontal"]


def test_a_name_ending_in_media_is_an_organisation(extractor):
    text = (
        "Publisher wins\n\nA federal judge on Friday ruled that Quorvane infringed Kestrel "
        "Media's copyrights when it trained its chatbot. Kestrel Media chief executive "
        "Tomas Reyes welcomed the ruling."
    )
    assert "Kestrel Media" in names_of(extractor, text, "Organization")
    assert "Media" not in names_of(extractor, text, "Organization")


def test_an_owned_name_before_vision_models_is_a_model_line(extractor):
    text = (
        "Velmora update\n\nVelmora sells its Kestrel vision models to banks. Priya Nair, "
        "an engineer on the Kestrel team, said they were fast."
    )
    assert "Kestrel" in names_of(extractor, text, "Model")
    assert "Kestrel" not in names_of(extractor, text, "Organization") | names_of(
        extractor, text, "Person"
    )


def test_a_headline_s_opening_preposition_is_no_part_of_a_name(extractor):
    text = (
        "Inside Velmora's race to ship a reasoning model\n\nVelmora's engineers met in "
        "March. Velmora disputes that account of the meeting."
    )
    assert "Inside Velmora" not in names_of(extractor, text, "Person") | names_of(
        extractor, text, "Organization"
    )


def test_a_name_given_to_a_product_s_voice_is_no_organisation(extractor):
    text = (
        "Actress objects\n\nQuorvane said the voice, called Sky, belonged to a different "
        "actress. \"We have paused using Sky's voice,\" chief executive Tomas Reyes said."
    )
    assert "Sky" not in names_of(extractor, text, "Organization") | names_of(
        extractor, text, "Person"
    )


def test_a_name_introduced_by_its_kind_of_company_stays_an_organisation(extractor):
    # the NER reads "Lumio" as a person in the later sentences
    text = (
        "Lumio's chief defends results\n\nThe head of the German startup Lumio on Thursday "
        "defended the maths score of its Corvid-2 model. Priya Nair said the evaluator had "
        "used an older version of the test and that Lumio would publish its code."
    )
    assert "Lumio" in names_of(extractor, text, "Organization")
    assert "Lumio" not in names_of(extractor, text, "Person")


def test_a_journal_named_after_its_kind_is_an_organisation(extractor):
    text = (
        "Study retracted\n\nThe journal Learning Science has retracted a study by "
        "researchers at Halvern University. The study's lead author disagreed."
    )
    assert "Learning Science" in names_of(extractor, text, "Organization")


def test_a_journal_s_title_goes_on_past_and(extractor):
    text = (
        "Hiring\n\nUnstructured interviews are useless, concluded an article in the journal "
        "Judgment and Decision Making."
    )
    assert "Judgment and Decision Making" in names_of(extractor, text, "Organization")


def test_the_name_of_a_law_is_no_organisation(extractor):
    text = (
        "Health law\n\nThe Affordable Care Act was passed in 2010, Velmora said. Quorvane "
        "opposes the College for All Act."
    )
    assert names_of(extractor, text, "Organization") == {"Velmora", "Quorvane"}


def test_a_based_description_before_a_name_is_no_part_of_it(extractor):
    text = (
        "Rich list\n\nThe count comes from Shanghai-based Hurun Report, a research firm "
        "that tracks wealth. Hurun Report said the number of billionaires rose."
    )
    assert names_of(extractor, text, "Organization") == {"Hurun Report"}


def test_a_name_before_a_hyphenated_ending_stops_at_the_hyphen(extractor):
    text = (
        "Press\n\nThe FBN reporters, joined by a pair of Wall Street Journal-ers, asked "
        "questions."
    )
    assert "Wall Street Journal" in names_of(extractor, text, "Organization")


def test_a_name_after_a_participle_is_its_object_not_a_speaker(extractor):
    text = (
        "Board news\n\nVelmora named its new chair, calling Indiana Gov. Jane Whitcombe a "
        "partner."
    )
    assert "Indiana Gov" not in names_of(extractor, text, "Person")


def test_a_job_before_a_person_s_name_makes_no_organisation_of_it(extractor):
    # negative: "publisher" is a person's job here, with no article before it
    text = (
        "Poll\n\nThe poll put the businessman and publisher Ron Unz at 8 percent. Ron Unz "
        "said he would stay in the race."
    )
    assert "Ron Unz" in names_of(extractor, text, "Person")


def test_a_name_ending_as_a_body_s_does_is_no_person(extractor):
    text = (
        "Coalition\n\nMerkel's Christian Democratic Union lost votes, the Judiciary "
        "Committee said."
    )
    assert "Christian Democratic Union" in names_of(extractor, text, "Organization")


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("County Sheriff Joe Lombardo said the report was wrong.", "Joe Lombardo"),
        ("San Francisco Supervisor Jane Kim, who backs the plan, said it would pass.", "Jane Kim"),
        ("Nevada Democrat Lucy Flores said she disagreed.", "Lucy Flores"),
    ],
)
def test_a_local_office_or_party_before_a_name_is_no_part_of_it(extractor, sentence, name):
    assert names_of(extractor, f"Local news\n\n{sentence}", "Person") == {name}


def test_the_word_that_completes_a_title_is_no_organisation(extractor):
    text = (
        "Policy\n\nThe announcement by Secretary of State John Kerry came in September. "
        "Velmora said it welcomed it."
    )
    assert names_of(extractor, text, "Organization") == {"Velmora"}


def test_a_body_s_head_word_or_a_party_label_alone_is_no_organisation(extractor):
    text = (
        "Vote\n\nThe Committee voted on Tuesday. Democrat said the plan was costly, Velmora "
        "reported."
    )
    assert names_of(extractor, text, "Organization") == {"Velmora"}


def test_a_body_s_head_word_stays_when_the_article_names_that_body(extractor):
    # guard: "the Commission" after "the European Commission" is that body's short form
    text = (
        "EU rules\n\nThe European Commission fined Velmora on Monday. The Commission said "
        "the fine was fair."
    )
    assert "European Commission" in names_of(extractor, text, "Organization")


def test_a_lone_name_that_released_a_model_is_an_organisation(extractor):
    # the NER reads "Velmora" as a person in both sentences
    text = (
        "Velmora\n\nVelmora released a model on Monday. Li Wei, a researcher at Corran "
        "University, said the model was too slow. Wei said Velmora should fix it."
    )
    assert "Velmora" in names_of(extractor, text, "Organization")


def test_a_model_named_to_describe_another_thing_is_named_without_the_suffix(extractor):
    text = (
        "Models\n\nVelmora launched a GPT-4-class model called Atlas on Monday. It is a "
        "Llama-based system, the company said. Quorvane offers a ChatGPT-like assistant."
    )
    models = names_of(extractor, text, "Model")
    assert {"GPT-4", "Llama", "ChatGPT"} <= models
    assert not {"GPT-4-class", "Llama-based", "ChatGPT-like"} & models


def test_the_office_s_word_before_a_speaker_s_full_name_is_no_part_of_it(extractor):
    text = (
        "Emails\n\nThe practice began under Secretary of State Madeleine Albright, the "
        "report says. Albright said she rarely used email."
    )
    assert names_of(extractor, text, "Person") == {"Madeleine Albright"}


def test_a_headlines_words_after_as_are_no_organisation(extractor):
    # "as" splits the NER's span; what follows in a headline is capitalised words
    text = (
        "OpenAI Launches Pilot and Scout as Rivals Ship Agents\n\n"
        "OpenAI on Thursday launched Pilot, an agent that can use a web browser, for paying "
        "subscribers. Two weeks later it released Scout."
    )
    orgs = names_of(extractor, text, "Organization")
    assert "OpenAI" in orgs
    assert not [n for n in orgs if "Rivals" in n]


def test_a_day_before_models_is_no_organisation(extractor):
    # "<Name> ... models" marks a model maker, but not "on Monday about reasoning models"
    text = (
        "Study questioned\n\n"
        "Halvern Institute researchers released a study on Monday about reasoning models."
    )
    assert "Monday" not in names_of(extractor, text, "Organization")


def test_a_short_headline_on_its_own_line_names_no_one(extractor):
    # three capitalised words of a headline, one of them an ordinary English word
    text = (
        "Chatbot Usage Soars\n\n"
        "Velmora's chatbot had 80 million weekly users in October, the company said."
    )
    names = {e.name for e in run(extractor, text).entities}
    assert "Chatbot Usage Soars" not in names


def test_a_speakers_surname_is_no_company_of_that_name(extractor):
    # "Pearson" is a publisher in the gazetteer; after "Lena Pearson" it is her
    text = (
        "Data center draws complaints\n\n"
        '"Velmora is treating our town like a dumping ground," said Lena Pearson, who leads '
        "a residents' group. Pearson said the company had not consulted anyone."
    )
    assert "Lena Pearson" in names_of(extractor, text, "Person")
    assert "Pearson" not in names_of(extractor, text, "Organization")


def test_headline_words_before_a_capitalised_leaderboard_are_no_benchmark(extractor):
    text = (
        "Researchers Say Popular AI Leaderboard Favors Big Labs\n\n"
        "A new paper from researchers at Corran Labs argues that LMArena favors large "
        "companies."
    )
    assert names_of(extractor, text, "Benchmark") == {"LMArena"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Halvern Media said the reviews had been produced by a contractor, Brightline "
        "Content, and that it had ended the relationship.",
        "Halvern Media blamed an outside firm. Brightline Content did not respond to "
        "requests for comment.",
    ],
)
def test_a_name_ending_in_a_business_word_is_an_organisation_not_a_person(
    extractor, sentence
):
    text = "Reviews were written by AI, report finds\n\n" + sentence
    assert "Brightline Content" in names_of(extractor, text, "Organization")
    assert not names_of(extractor, text, "Person")


def test_the_name_set_off_after_where_a_role_is_held_is_the_persons(extractor):
    # "the firm, X": X names the director, not the firm
    text = (
        "Study defended\n\n"
        "Arden Partners defended its work. A managing director at the firm, Jane "
        "Whitcombe, said the evaluators were blind to the source."
    )
    assert names_of(extractor, text, "Person") == {"Jane Whitcombe"}
    assert names_of(extractor, text, "Organization") == {"Arden Partners"}


def test_an_organisations_short_name_with_output_of_its_own_stays_the_organisation(
    extractor,
):
    text = (
        "Translation claim\n\n"
        "Lumio Labs said evaluators preferred Lumio's output in 52 percent of comparisons."
    )
    assert names_of(extractor, text, "Organization") == {"Lumio Labs"}
    assert not names_of(extractor, text, "Model")


def test_two_names_joined_by_and_are_no_one_organisation(extractor):
    text = (
        "Assistants everywhere\n\n"
        "Microsoft is folding Copilot into Windows and Office, and Amazon has begun rolling "
        "out Alexa+ to Prime members."
    )
    assert "Windows and Office" not in names_of(extractor, text, "Organization")


def test_a_chamber_that_only_numbers_a_bill_is_no_organisation(extractor):
    text = (
        "States regulate chatbots\n\n"
        "The measure, Senate Bill 243, was written by State Senator Steve Padilla and "
        "passed with bipartisan support."
    )
    assert not names_of(extractor, text, "Organization")


@pytest.mark.parametrize(
    "sentence",
    [
        "Ilan Press, one of the creators, wrote that a refreshed version was coming.",
        "Ilan Press, a professor at Princeton University, wrote that a refreshed version "
        "was coming.",
    ],
)
def test_a_name_ending_in_a_business_word_set_off_as_a_person_is_a_person(extractor, sentence):
    # (the second case guards the rule that makes "Brightline Content" an organisation)
    text = (
        "Benchmark leaked\n\nThe benchmark's creators said they welcomed the scrutiny. "
        + sentence
    )
    assert "Ilan Press" in names_of(extractor, text, "Person")
    assert "Ilan Press" not in names_of(extractor, text, "Organization")


def test_a_model_number_after_the_is_no_company(extractor):
    text = (
        "Chipmaker disputes report\n\n"
        "Engineers said servers built around the Halvern H3 chip shut down under load. "
        "Halvern Semiconductor said that the H3 had passed all thermal tests."
    )
    assert "H3" not in names_of(extractor, text, "Organization")


@pytest.mark.parametrize(
    "sentence",
    [
        # a clause after the comma, not a name set off
        "According to figures published by the company, R2 scored 91 percent on the test.",
        # the model's short name, acting as its subject (a guard: never an organisation)
        "R2 scored 91 percent on the test, the company said.",
    ],
)
def test_a_models_short_name_is_no_company(extractor, sentence):
    text = (
        "Startup touts reasoning model\n\n"
        "Corran Labs said its new reasoning model, Corran R2, outperformed its rivals. "
        + sentence
    )
    assert "R2" not in names_of(extractor, text, "Organization")


def test_a_dictionary_word_the_ner_takes_for_a_person_is_an_organisation_by_its_officer(
    extractor,
):
    # "kestrel" is an English word, so no rule for unknown names reads it; what only an
    # organisation has (a head of compliance), once, outweighs the NER's person guesses
    text = (
        "Report says Kestrel chips were smuggled\n\n"
        "Thousands of Kestrel's most advanced chips were smuggled into restricted markets last "
        "year, according to a report by the Center for Strategic Technology. \"We have seen "
        'nothing to suggest our products are being smuggled," said Daniel Ortiz, Kestrel\'s '
        'head of compliance. "Kestrel is either not looking or does not want to see," the '
        "report's author said. Kestrel has opposed tracking requirements."
    )
    assert "Kestrel" in names_of(extractor, text, "Organization")
    assert "Kestrel" not in names_of(extractor, text, "Person")


def test_a_dictionary_word_the_ner_takes_for_a_person_is_an_organisation_saying_it(extractor):
    # a speaker that says "it" would do something calls itself "it"
    text = (
        "Report says Kestrel chips were smuggled\n\n"
        "Thousands of Kestrel's most advanced chips were smuggled into restricted markets, "
        "according to a report by the Center for Strategic Technology. Kestrel has opposed "
        "tracking requirements. Kestrel said it would appeal the findings."
    )
    assert "Kestrel" in names_of(extractor, text, "Organization")
    assert "Kestrel" not in names_of(extractor, text, "Person")


def test_a_person_who_says_it_was_unfair_stays_a_person(extractor):
    # a guard: "it" as the subject of a copula is no speaker calling itself "it"
    text = (
        "Report says chips were smuggled\n\n"
        "Thousands of advanced chips were smuggled into restricted markets, according to a "
        "report by the Center for Strategic Technology. Senator Marcus Feld called the "
        "findings alarming. Feld said it was unfair to blame the distributors alone."
    )
    assert "Marcus Feld" in names_of(extractor, text, "Person")


def test_a_known_bodys_name_going_on_with_of_a_name_is_another_body(extractor):
    # the gazetteer knows the Authors Guild; "the Authors Guild of Corran" is one name
    text = (
        "Publisher pulls AI-written guide\n\n"
        "The publisher reversed course on Friday after the Authors Guild of Corran published "
        "a list of more than 40 factual mistakes. Lena Brandt, the guild's executive "
        "director, said the errors were dangerous."
    )
    orgs = names_of(extractor, text, "Organization")
    assert "Authors Guild of Corran" in orgs
    assert "Corran" not in orgs


def test_a_name_that_speaks_of_its_own_vehicle_is_an_organisation(extractor):
    # the NER reads "Halvern Mobility" as a person; "its vehicle" says otherwise
    text = (
        "Robotaxi strikes cyclist\n\n"
        "Halvern Mobility said its vehicle had been operating as designed. Safety advocate "
        "Priya Nair disagreed."
    )
    assert "Halvern Mobility" in names_of(extractor, text, "Organization")
    assert "Halvern Mobility" not in names_of(extractor, text, "Person")


def test_two_bodies_named_with_their_missions_and_and_stay_two(extractor):
    # a guard: an association's name goes on with "of ...", but not past "and" into the
    # next association's
    text = (
        "Journalists' groups host a forum\n\n"
        "The candidate spoke at a joint convention of the National Association of Corran "
        "Journalists and National Association of Halvern Journalists last month."
    )
    orgs = names_of(extractor, text, "Organization")
    assert "National Association of Corran Journalists" in orgs
    assert "National Association of Halvern Journalists" in orgs


def test_a_surname_that_says_it_would_help_stays_a_person(extractor):
    # a guard: "it" is the bill; a name that is no dictionary word is no company for it
    text = (
        "Senate weighs chip bill\n\n"
        "Senator Tomas Reyes introduced a bill on chip exports on Monday.\n\n"
        "Reyes said it would help American manufacturers."
    )
    assert "Tomas Reyes" in names_of(extractor, text, "Person")
    assert "Reyes" not in names_of(extractor, text, "Organization")


def test_a_kind_of_company_opening_a_headline_is_no_company(extractor):
    text = (
        "Chipmaker wins $400 million patent verdict against rival\n\n"
        "A federal jury found that Kestrel Semiconductor infringed two patents held by Brontal "
        "Microsystems. Kestrel said it would appeal."
    )
    assert "Chipmaker" not in names_of(extractor, text, "Organization")


def test_the_first_word_of_a_company_named_with_its_trade_is_that_company(extractor):
    # "Halvern" for "Halvern Health Insurance": the words after it name its trade
    text = (
        "Insurer accused of using AI to deny claims\n\n"
        "A lawsuit accuses Halvern Health Insurance of using an algorithm to reject claims. "
        '"Nothing could be further from the truth," Halvern said in a statement.'
    )
    ex = run(extractor, text)
    orgs = [e for e in ex.entities if e.type == "Organization"]
    assert [e.name for e in orgs] == ["Halvern Health Insurance"]


def test_a_maker_named_alone_beside_its_model_stays_the_company(extractor):
    # "Quorvane" is the first word of "Quorvane Med", but the article calls it a company
    text = (
        "Quorvane says its model matches doctors\n\n"
        "Quorvane said on Thursday that its new medical model, Quorvane Med, diagnosed 85 "
        "percent of complex cases. Quorvane's head of health research, Marcus Feld, "
        "acknowledged the limits of the test."
    )
    ex = run(extractor, text)
    assert {e.name: e.type for e in ex.entities}.get("Quorvane") == "Organization"
    c = next(c for c in ex.to_contract()["claims"] if "diagnosed 85" in c["text"])
    assert c["claimant"] == "Quorvane"


def test_a_month_before_exam_is_no_benchmark(extractor):
    text = (
        "Chatbot's bar exam score questioned\n\n"
        "The score comes from a comparison with people who took the February exam, most of "
        "whom had failed it before, according to Marcus Feld, a researcher at the Halvern "
        "Law Institute."
    )
    assert "February" not in names_of(extractor, text, "Benchmark")


@pytest.mark.parametrize("name", ["Corran Retail", "Halvern Therapeutics"])
def test_a_name_ending_in_a_trade_is_an_organisation_though_it_speaks(extractor, name):
    # the NER and the rule for names that speak both read "Corran Retail" as a person
    # ("Halvern Therapeutics" a guard: the NER already reads it as a company)
    text = (
        "Union says warehouse robots injure workers\n\n"
        f"A report by the Warehouse Workers Union found injury rates at {name} warehouses "
        f"were nearly double. {name} rejected the report's conclusions. The union's "
        f"president, Priya Nair, said {name} had refused to share its injury data."
    )
    assert name in names_of(extractor, text, "Organization")
    assert name not in names_of(extractor, text, "Person")


def test_a_name_a_group_is_called_is_an_organisation_though_the_parse_makes_it_speak(
    extractor,
):
    # the parser makes the group's name the subject of "said"
    text = (
        "Residents fight data center\n\n"
        "Jane Whitcombe, who leads a residents' group called Save Lumio Water, said the "
        "company had refused to release its own figures. Quorvane did not comment."
    )
    assert "Save Lumio Water" in names_of(extractor, text, "Organization")
    assert "Save Lumio Water" not in names_of(extractor, text, "Person")


def test_a_one_word_name_with_a_safety_team_is_an_organisation(extractor):
    # the NER reads "Velmora" as a person throughout
    text = (
        "Former safety lead says Velmora has lost its way\n\n"
        "Hope Adams, who led Velmora's safety team until last month, said in a post that "
        'the company had "lost its way." Velmora did not respond to a request for comment.'
    )
    assert "Velmora" in names_of(extractor, text, "Organization")


def test_a_name_saying_it_was_grateful_but_disagreed_is_an_organisation(extractor):
    # "it was grateful" alone is a copula; the verb joined to it acts; "her" after
    # "Adams" is hers, and "Adams" (read as an organisation) stands after the "it"
    text = (
        "Former safety lead criticises Velmora\n\n"
        "Hope Adams, a former safety researcher, said in a post that Velmora had \"lost its "
        'way" and was putting products ahead of safety.\n\n'
        "Velmora said it was grateful for Adams's contributions but disagreed with her "
        "characterization of its safety work."
    )
    assert "Velmora" in names_of(extractor, text, "Organization")
    assert "Velmora" not in names_of(extractor, text, "Person")


def test_a_place_naming_an_organisation_s_site_is_no_organisation(extractor):
    # the NER reads "Dayton" in "Halvern's Dayton hospital" as an organisation
    text = (
        "Nurses doubt AI scribe\n\n"
        "Nurses at two of the chain's hospitals tell a different story. \"It makes mistakes "
        'we have to fix," said Jane Whitcombe, a nurse at Halvern\'s Dayton hospital.'
    )
    assert "Dayton" not in names_of(extractor, text, "Organization")


def test_the_times_is_the_article_s_own_times_not_another_paper(extractor):
    text = (
        "Paper stands by layoffs report\n\n"
        "The Corran Times said Friday it stands by its report that Halvern Bank plans to "
        "replace 2,000 call-center workers with AI agents. The Times said its reporting was "
        "based on internal documents."
    )
    ex = extractor.extract(ArticleText(text=text, source="test"))
    times = [e for e in ex.entities if e.name.endswith("Times")]
    assert [e.name for e in times] == ["Corran Times"]


def test_a_name_which_runs_an_app_store_and_the_app_it_rejected(extractor):
    # the NER reads "Lumio" as a person and the app "Kindred" as an organisation
    text = (
        "App store rejects AI companion apps\n\n"
        "Lumio, which runs one of the largest app stores in Asia, has started rejecting "
        "apps that offer AI companions. Hope Adams, who makes a companion app called "
        "Kindred, said Lumio approved a nearly identical app from a larger company the same "
        "week it rejected hers."
    )
    assert "Lumio" in names_of(extractor, text, "Organization")
    assert "Kindred" not in names_of(extractor, text, "Organization")


def test_a_nation_s_body_is_not_another_nation_s_of_a_like_name(extractor):
    # the gazetteer gives the British institute the alias "AI Safety Institute"
    text = (
        "Labs clash over safety tests\n\n"
        "The U.S. AI Safety Institute, which reviewed both companies' tests, said it could "
        "not confirm either account."
    )
    names = names_of(extractor, text, "Organization")
    assert "UK AI Security Institute" not in names
    assert "US AI Safety Institute" in names


def test_the_times_is_the_times_the_article_names_most(extractor):
    # a guard of the rule above: of two papers called Times, the one named most
    text = (
        "News outlets feel the pinch\n\n"
        "The New York Times and the Financial Times both cut staff. The New York Times said "
        "revenue fell. The Times said it would hire more reporters."
    )
    ex = extractor.extract(ArticleText(text=text, source="test"))
    names = sorted(e.name for e in ex.entities if e.name.endswith("Times"))
    assert names == ["Financial Times", "The New York Times"]


def test_a_word_of_a_longer_name_that_which_follows_is_no_organisation(extractor):
    # guard: "which" refers to the whole name, a room or a title
    text = (
        "Lobbyists and lawmakers\n\n"
        "Lobbyists meet lawmakers in the Speaker's Lobby, which is in front of everyone. "
        "Priya Nair said the convention should adopt Robert's Rules of Order, which are "
        "common in civic meetings."
    )
    names = names_of(extractor, text, "Organization")
    assert "Lobby" not in names and "Order" not in names


def test_a_headline_opening_with_a_kind_of_company_names_none(extractor):
    # "Startup says its robot ...": the word speaks of "its" robot, but names no one
    text = (
        "Startup says its robot folds laundry on its own\n\n"
        "Halvern Robotics released a video on Tuesday showing its humanoid robot folding "
        'laundry, which the company said was done "fully autonomously."'
    )
    assert "Startup" not in names_of(extractor, text, "Organization")


def test_a_first_word_names_the_company_also_written_with_its_legal_form(extractor):
    # "Brontal" fits "Brontal Robotics" and "Brontal Robotics Corp.", one company
    text = (
        "Judge lets trade-secrets suit go on\n\n"
        "A judge refused to dismiss a lawsuit in which Lumio accuses Brontal Robotics of "
        "stealing trade secrets. Brontal had argued that the files were public. The case is "
        "Lumio Inc. v. Brontal Robotics Corp."
    )
    names = names_of(extractor, text, "Organization")
    assert "Brontal" not in names and "Brontal Robotics" in names


def test_a_publisher_before_a_persons_name_is_her_job_and_the_paper_keeps_its_name(extractor):
    # "Herald publisher Lena Brandt": no company called Lena Brandt; "Herald" alone is
    # the paper named in full before, though the NER took it for a person
    text = (
        "Herald sues Quorvane\n\n"
        "The Halvern Herald sued Quorvane on Tuesday. Herald publisher Lena Brandt said "
        "Quorvane never paid a cent for the paper's journalism."
    )
    ex = by_name(run(extractor, text))
    assert ex["Lena Brandt"]["type"] == "Person"
    assert "Herald" not in ex and ex["The Halvern Herald"]["type"] == "Organization"


def test_a_town_the_words_place_once_is_a_place_wherever_it_recurs(extractor):
    # "downtown Halvern" places it; "miles in Halvern" alone would not
    text = (
        "Robotaxi strikes cyclist\n\n"
        "A Lumio robotaxi struck a cyclist in downtown Halvern on Friday night. Lumio has "
        "logged more than 2 million driverless miles in Halvern."
    )
    assert "Halvern" not in names_of(extractor, text, "Organization")


@pytest.mark.parametrize(
    "later",
    [
        # "in Halvern, Arizona": a town, then its state; so wherever it recurs
        "Quorvane's new campus in Halvern, Arizona, will use a million gallons of water a "
        "day, the report estimates. Halvern has asked for more data.",
        # a town's own council
        "Quorvane's new campus will use a million gallons of water a day, the report "
        "estimates. Halvern's city council will vote on a second campus next month.",
    ],
)
def test_a_town_with_its_state_or_its_council_is_no_organisation(extractor, later):
    text = f"Data center water\n\n{later}"
    assert "Halvern" not in names_of(extractor, text, "Organization")


def test_the_plaintiff_set_off_before_a_persons_name_is_a_person(extractor):
    # the small NER calls "Derek Mills" a place here, then "Mills" a company
    text = (
        "Age-bias suit proceeds\n\n"
        "A federal judge allowed a lawsuit accusing HR software company Corvane of age "
        "discrimination to proceed.\n\n"
        "The plaintiff, Derek Mills, says Corvane's AI screening tools rejected him from "
        "more than 100 jobs. Mills is over 40."
    )
    ex = by_name(run(extractor, text))
    assert ex["Derek Mills"]["type"] == "Person"
    assert "Mills" not in ex


@pytest.mark.parametrize("adverb", ["Today", "Separately", "Still", "Earlier", "Notably"])
def test_an_adverb_opening_a_sentence_is_no_first_name_of_a_speaker(extractor, adverb):
    text = f"Title\n\nVelmora is a startup. {adverb} Velmora said the model was safe."
    people = names_of(extractor, text, "Person")
    assert not [p for p in people if p.startswith(adverb)]


@pytest.mark.parametrize(
    "text",
    [
        "Velmora and Quorvane disagree about open models. Where Velmora sees risk, "
        "Quorvane sees opportunity.",
        # a company that speaks, and a clause opener before it elsewhere
        "Velmora says open models are dangerous. Unlike Velmora, Quorvane believes open "
        "models are safe.",
    ],
)
def test_a_clause_opener_before_a_name_is_no_persons_first_name(extractor, text):
    people = names_of(extractor, f"Open models\n\n{text}", "Person")
    assert not [p for p in people if "Velmora" in p]


def test_a_name_described_as_a_conference_is_no_organisation(extractor):
    text = (
        "Velmora raises $2 billion\n\n"
        '"Europe needs its own frontier lab," Priya Nair told reporters at VivaTech, the '
        "Paris tech conference. Velmora's revenue was small, analysts at Bernstein said."
    )
    assert "VivaTech" not in names_of(extractor, text, "Organization")


def test_its_latest_model_set_off_by_a_comma_is_a_model_not_its_maker(extractor):
    # "Velmora Large 3": the maker's name, a size word and a number
    text = (
        "Velmora raises $2 billion\n\n"
        "Velmora makes open-weight models. Its latest model, Velmora Large 3, ranks among "
        "the top open models. Velmora said revenue had doubled."
    )
    ex = by_name(run(extractor, text))
    assert ex["Velmora"]["type"] == "Organization"
    assert ex["Velmora Large 3"]["type"] == "Model"


def test_a_name_set_off_by_dashes_is_the_persons_without_the_description(extractor):
    # (the NER's span runs on to "- Marconi's"; cut at the dash it is the person's name.
    # A guard too: another rule found this name before the cut)
    text = (
        "Founder's partner speaks\n\n"
        "In an interview at her Portland hotel room, Laura Jean Whitcombe - Marconi's "
        "girlfriend and co-host on his YouTube channel - told The Halvern Herald that "
        "Marconi's skepticism of America turned toward extreme around 2002. Whitcombe says "
        "the two met online."
    )
    ex = by_name(run(extractor, text))
    assert ex["Laura Jean Whitcombe"]["type"] == "Person"
    assert "Whitcombe" in ex["Laura Jean Whitcombe"]["aliases"]


@pytest.mark.parametrize("verb", ["tested", "evaluated"])
def test_models_listed_after_testing_them_are_models(extractor, verb):
    text = (
        "Reasoning paper\n\n"
        f"The researchers {verb} models including Velmora's R3 and Lumio Think on puzzles "
        "such as the Tower of Hanoi, and found that accuracy collapsed."
    )
    assert {"R3", "Lumio Think"} <= names_of(extractor, text, "Model")


@pytest.mark.parametrize("trade", ["novelist", "comedian", "playwright"])  # comedian: a guard
def test_a_name_after_a_trade_only_people_practise_is_a_person(extractor, trade):
    # "Ta-Nehisi" is no common given name, and the NER reads the name as a body
    text = (
        "Authors lose\n\n"
        f"The authors who sued, including {trade} Ta-Nehisi Grant, made the wrong "
        "arguments, the judge wrote."
    )
    assert "Ta-Nehisi Grant" in names_of(extractor, text, "Person")


def test_one_model_after_image_models_including_is_a_model_not_its_maker(extractor):
    text = (
        "Dataset report\n\n"
        "The dataset has been used to train popular image models including Brontal "
        "Diffusion. Brontal said its current models were trained on a filtered version."
    )
    ex = by_name(run(extractor, text))
    assert ex["Brontal Diffusion"]["type"] == "Model"
    assert ex["Brontal"]["type"] == "Organization"


def test_a_dictionary_word_and_ai_opening_the_headline_is_no_organisation(extractor):
    text = (
        "Popular AI training dataset contained private photos, researchers say\n\n"
        "A widely used dataset contains thousands of private photos, according to a report "
        "from the Halvern Observatory."
    )
    assert "Popular AI" not in names_of(extractor, text, "Organization")


def test_a_show_named_before_its_kind_is_no_organisation(extractor):
    text = (
        "Nair speaks\n\n"
        "Velmora chief executive Priya Nair said on the Silicon Signal podcast that the model "
        "would ship in March. She repeated the claim on the Morning Circuit show."
    )
    assert "Morning Circuit" not in names_of(extractor, text, "Organization")


def test_two_companies_joined_in_a_headline_are_two_not_one(extractor):
    text = (
        "Quorvane and Halvern Health team up to bring AI scribes to 400 hospitals\n\n"
        "Quorvane said on Wednesday that it had signed an agreement with Halvern Health to "
        "deploy its software. Halvern Health said it would begin in March."
    )
    names = names_of(extractor, text, "Organization")
    assert {"Quorvane", "Halvern Health"} <= names
    assert "Quorvane and Halvern Health" not in names


def test_a_name_described_as_a_product_is_no_organisation(extractor):
    # the company's name stays the company's; its product is described as a device
    text = (
        "Pin reviews\n\n"
        "The first reviews of the Lumio Pin, a $699 wearable AI assistant, are in. "
        "Lumio chief executive Imran Sethi defended the pin on Saturday. Lumio, which has "
        "raised $230 million, said it had sold 10,000 units."
    )
    orgs = by_name(run(extractor, text))
    assert "Lumio Pin" not in orgs and orgs["Lumio"]["type"] == "Organization"


def test_a_name_joined_to_a_person_is_a_person_though_it_opens_with_a_word(extractor):
    # "Hope" is a dictionary word; joined by "and" to a person, the name is one too
    text = (
        "Researchers say company rushed tests\n\n"
        "Hope Adams and Tomas Reyes said that safety evaluations were compressed into nine "
        "days."
    )
    assert {"Hope Adams", "Tomas Reyes"} <= names_of(extractor, text, "Person")


def test_a_known_company_and_a_product_code_name_no_company(extractor):
    # "Nvidia H100s" in a headline: the company's chips
    text = (
        "Quorvane's new model trained on 20,000 Nvidia H100s, company says\n\n"
        "Quorvane said its latest model was trained on a cluster of Nvidia chips."
    )
    assert "Nvidia H100s" not in names_of(extractor, text, "Organization")


def test_a_product_named_after_a_company_named_alone_first_stays_apart(extractor):
    # the headline and the text name "Lumio" alone before "Lumio Intelligence"
    text = (
        "Broadcaster complains to Lumio over AI summary\n\n"
        "Halvern Broadcasting has complained to Lumio after a false notification summary. "
        "The summary, generated by Lumio Intelligence, appeared under the broadcaster's "
        "logo. Lumio did not respond to requests for comment."
    )
    ex = by_name(run(extractor, text))
    assert "Lumio" in ex and "Lumio" not in (ex.get("Lumio Intelligence", {}).get("aliases") or [])


def test_a_company_named_in_full_first_keeps_its_first_word_as_an_alias(extractor):
    # guard: the usual order, a headline's short name then the full name
    text = (
        "Kestrel raises $2 billion\n\n"
        "Kestrel Intelligence said on Monday it had raised $2 billion. Kestrel plans to "
        "hire 300 engineers."
    )
    assert "Kestrel" not in names_of(extractor, text, "Organization")


def test_rival_opening_a_sentence_is_no_part_of_the_name(extractor):
    text = (
        "Startups race to build AI companions\n\n"
        "Corran.ai said its users chat for 90 minutes a day. Rival Halcyon AI and the "
        "Seoul-based startup Mirae Labs said they were seeing similar numbers."
    )
    names = names_of(extractor, text, "Organization")
    assert "Halcyon AI" in names and "Rival Halcyon AI" not in names


def test_a_one_letter_numbered_name_with_a_variant_that_scores_is_a_model(extractor):
    # "Q-4 Mini, released last month, scored ...": the NER took it for a person
    text = (
        "Coding leaderboard\n\n"
        "Velmora's new model scored 78 percent on SWE-bench Verified. Quorvane's Q-4 Mini, "
        "released last month, scored 76.9 percent on the same benchmark."
    )
    assert "Q-4 Mini" in names_of(extractor, text, "Model")


def test_a_company_kind_before_a_name_in_the_headline_outweighs_the_ner(extractor):
    # a headline drops its articles: "AI music startup X" describes X as "the startup
    # X", which outweighs the NER's reading of X as a person in three later sentences
    text = (
        "Record labels sue AI music startup Lumio Sound over training data\n\n"
        "Three record labels sued Lumio Sound on Thursday, accusing the AI music startup "
        "of copying millions of songs to train its song generator.\n\n"
        "The lawsuit, filed by Corran Records and Halvern Music Group, says Lumio Sound's "
        'tool can produce tracks that imitate hits such as "Paper Moons" by the singer '
        "Mara Quinn.\n\n"
        '"This is theft on an industrial scale," said Priya Nair, chief executive of the '
        'Recording Guild. "Lumio built its business on the backs of artists."\n\n'
        "Lumio Sound's co-founder and chief executive, Daniel Ortiz, fired back in a post "
        'on LinkedIn, calling the suit "a desperate attempt to stifle competition."'
    )
    assert "Lumio Sound" in names_of(extractor, text, "Organization")
    assert "Lumio Sound" not in names_of(extractor, text, "Person")


def test_a_name_before_a_domain_word_and_benchmark_is_a_benchmark(extractor):
    text = (
        "Leaderboard\n\n"
        "Zhenyu AI said its new model outscored every rival on the SWE-Verify coding "
        "benchmark. Kestrel Labs said the model may have seen a version of SWE-Verify "
        "during training."
    )
    assert "SWE-Verify" in names_of(extractor, text, "Benchmark")
    assert "SWE-Verify" not in names_of(extractor, text, "Organization")


@pytest.mark.parametrize(
    "sentence",
    [
        "Zhenyu-Coder 2 solved 71.4% of the tasks, edging past Quorvane's Arden 4 at 69.8%.",
        "Zhenyu-Coder 2 beat Quorvane's Arden 4 on the test.",
    ],
)
def test_a_numbered_name_given_a_score_or_outscored_is_a_model(extractor, sentence):
    text = f"Scores\n\n{sentence}"
    models = names_of(extractor, text, "Model")
    assert {"Zhenyu-Coder 2", "Arden 4"} <= models
    assert "Quorvane" in names_of(extractor, text, "Organization")


@pytest.mark.parametrize(
    "sentence",
    [
        # guards: a poll's count and a date are no model's name
        "In the new poll, Jane Whitcombe beats Halvern 42-40 among likely voters.",
        "Turnout was well ahead of May 3 at 61 percent.",
    ],
)
def test_a_poll_count_or_a_date_outscored_is_no_model(extractor, sentence):
    assert not names_of(extractor, f"Poll\n\n{sentence}", "Model")


def test_a_firm_named_after_a_person_stays_a_firm(extractor):
    # the surname of "Ken Moelis's stake" recurs inside the firm's own name (a guard: it
    # holds at the start, and failed once a possessor opening a name became a person)
    text = (
        "Boutique banks\n\n"
        "The insurgents include Lazard, Evercore Partners and Moelis & Company. Ken "
        "Moelis's stake in his own firm was worth millions."
    )
    assert "Moelis & Company" in names_of(extractor, text, "Organization")
    assert "Ken Moelis" in names_of(extractor, text, "Person")
