"""Relations between entities, each with an evidence span."""

from __future__ import annotations

import threading

import pytest

from ingest.document import ArticleText
from ingest.pipeline import Extractor
from tests import extract_support

extractor = extract_support.extractor  # the session-wide Extractor fixture


def relations(extractor: Extractor, text: str) -> list[dict]:
    return extractor.extract(ArticleText(text=text, source="test")).to_contract()["relations"]


def find(rels: list[dict], rtype: str, source: str, target: str) -> dict:
    hits = [r for r in rels if (r["type"], r["source"], r["target"]) == (rtype, source, target)]
    assert hits, f"no {rtype} {source} -> {target} in {rels}"
    return hits[0]


def test_role_before_name_gives_works_for_and_leads(extractor):
    text = "Anthropic CEO Dario Amodei spoke first."
    rels = relations(extractor, text)
    assert find(rels, "WORKS_FOR", "Dario Amodei", "Anthropic")["properties"]["role"] == "CEO"
    find(rels, "LEADS", "Dario Amodei", "Anthropic")
    s, e = find(rels, "WORKS_FOR", "Dario Amodei", "Anthropic")["evidenceSpan"]
    assert text[s:e].startswith("Anthropic CEO")


def test_a_former_role_is_marked_and_leads_nothing(extractor):
    rels = relations(extractor, "Former Google CEO Eric Schmidt spoke about chips on Tuesday.")
    assert find(rels, "WORKS_FOR", "Eric Schmidt", "Google")["properties"]["former"] is True
    assert not [r for r in rels if r["type"] == "LEADS"]


def test_a_general_counsel_before_a_name_works_for_the_company(extractor):
    text = (
        "\u201cThese allegations are baseless,\u201d Sunfield Systems general counsel Marcus "
        "Webb said in a statement on Monday."
    )
    rels = relations(extractor, text)
    assert find(rels, "WORKS_FOR", "Marcus Webb", "Sunfield Systems")["properties"]["role"] == (
        "general counsel"
    )


def test_the_head_of_a_department_works_for_the_company_but_does_not_lead_it(extractor):
    text = (
        "\u201cBenchmarks should be run fairly,\u201d wrote Dion Harris, Nvidia's head of data "
        "center product marketing."
    )
    rels = relations(extractor, text)
    find(rels, "WORKS_FOR", "Dion Harris", "Nvidia")
    assert not [r for r in rels if r["type"] == "LEADS"]


def test_buying_a_companys_products_is_no_investment(extractor):
    text = (
        "Cerulean Systems reported revenue of $2.1 billion as cloud providers including "
        "CoreWeave bought its accelerators."
    )
    assert [r for r in relations(extractor, text) if r["type"] == "INVESTS_IN"] == []


def test_its_in_a_reported_clause_without_a_subject_is_nobodys(extractor):
    text = (
        "The Writers' Guild of America East filed a class action against Brightpath on "
        "Monday, saying the AI startup trained its Scribe models on pirated books."
    )
    rels = relations(extractor, text)
    assert not [r for r in rels if r["type"] == "DEVELOPS" and r["source"] != "Brightpath"]


def test_apposition_role(extractor):
    rels = relations(extractor, "Maya Lindqvist, a research scientist at Cohere, disagreed.")
    find(rels, "WORKS_FOR", "Maya Lindqvist", "Cohere")


def test_founded(extractor):
    rels = relations(extractor, "Elon Musk, who co-founded OpenAI in 2015, later left its board.")
    find(rels, "FOUNDED", "Elon Musk", "OpenAI")


def test_investment_with_amount_and_stake(extractor):
    rels = relations(
        extractor, "Meta paid $14.3 billion to buy 49% of Scale AI, according to Reuters."
    )
    r = find(rels, "INVESTS_IN", "Meta", "Scale AI")
    assert r["properties"]["amount"].startswith("$14.3 billion")
    assert r["properties"]["stake"] == "49%"


def test_evaluated_on_with_score(extractor):
    rels = relations(extractor, "Grok 4 scored 25.4% on Humanity's Last Exam.")
    r = find(rels, "EVALUATED_ON", "Grok 4", "Humanity's Last Exam")
    assert r["properties"]["score"] == "25.4%"


def test_develops_from_possessive(extractor):
    rels = relations(extractor, "Alibaba's Qwen3-Max topped the chart.")
    find(rels, "DEVELOPS", "Alibaba", "Qwen3-Max")


def test_variant_of_base_model(extractor):
    rels = relations(extractor, "Claude 3.5 Sonnet replaced Claude in the app.")
    find(rels, "VARIANT_OF", "Claude 3.5 Sonnet", "Claude")


def test_a_verb_between_an_organisation_and_a_name_is_no_role(extractor):
    # "Acme CTO calls X dishonest": the CTO is not X
    rels = relations(extractor, "Acme CTO calls Sam Altman dishonest in a memo.")
    assert not any(r["source"] == "Sam Altman" and r["target"] == "Acme" for r in rels)


def test_develops_across_an_apposition_of_the_maker(extractor):
    text = "Quillo, a two-year-old AI lab in Toronto, on Wednesday released Quillo-3 to the public."
    find(relations(extractor, text), "DEVELOPS", "Quillo", "Quillo-3")


def test_an_organisation_hiring_a_person_as_a_role_employs_them(extractor):
    text = (
        "Quorvane has hired Mei Lin, a former researcher at Zentra, as its new chief "
        "scientist, the company said on Friday."
    )
    rel = find(relations(extractor, text), "WORKS_FOR", "Mei Lin", "Quorvane")
    assert rel["properties"]["role"] == "chief scientist"


def test_a_professor_works_for_the_university_named_in_the_apposition(extractor):
    rels = relations(extractor, "Tom Brandt, a professor at ETH Zurich, said the gap was large.")
    assert find(rels, "WORKS_FOR", "Tom Brandt", "ETH Zurich")["properties"]["role"] == "professor"


def test_who_leads_a_team_at_an_organisation_works_for_it_and_leads_nothing(extractor):
    text = "\u201cThe gap is large,\u201d said Amara Okafor, who leads evaluation at Nimbus Labs."
    rels = relations(extractor, text)
    find(rels, "WORKS_FOR", "Amara Okafor", "Nimbus Labs")
    assert not [r for r in rels if r["type"] == "LEADS"]


@pytest.mark.parametrize(
    ("text", "rtype", "source", "target", "not_source"),
    [
        pytest.param(
            "Quorvane, a startup backed by Kestrel Partners, is facing questions about the "
            "results it published for its new model, Helix-2.",
            "DEVELOPS", "Quorvane", "Helix-2", "Kestrel Partners",
            id="its_model_is_the_subjects_not_a_backers_in_apposition",
        ),
        pytest.param(
            "Zentra was founded in 2022 by former Google researchers and has raised $450 "
            "million from investors including Sequoia Capital.",
            "INVESTS_IN", "Sequoia Capital", "Zentra", "Google",
            id="money_raised_from_investors_is_invested_by_them_in_the_subject",
        ),
        pytest.param(
            "Halcyon AI, which is backed by Norwood Ventures and Tidewater Capital, rejected "
            "the claim from Ferrovia on Friday.",
            "INVESTS_IN", "Norwood Ventures", "Halcyon AI", "Halcyon AI",
            id="a_company_backed_by_a_fund_is_invested_in_by_it",
        ),
        pytest.param(
            "Halcyon AI raised $40 million in a round led by Norwood Ventures, the company "
            "said on Tuesday.",
            "INVESTS_IN", "Norwood Ventures", "Halcyon AI", "Halcyon AI",
            id="the_leader_of_a_funding_round_invests_in_the_company_that_raised_it",
        ),
        pytest.param(
            "Sarvik AI, which is backed by Peak XV Partners, said on Thursday that its "
            "Sarvik-M2 model scored 78.4 on IndicEval.",
            "DEVELOPS", "Sarvik AI", "Sarvik-M2", "Peak XV Partners",
            id="a_model_named_right_after_its_belongs_to_the_clauses_subject",
        ),
        pytest.param(
            "Krutam Labs, a rival startup, questioned the result on Friday. Its co-founder, "
            "Vivek Raghunathan, said the test data had leaked.",
            "WORKS_FOR", "Vivek Raghunathan", "Krutam Labs", "Krutam Labs",
            id="its_role_opening_a_sentence_is_held_at_the_subject_of_the_sentence_before",
        ),
        pytest.param(
            "Cerulean Systems reported record revenue on Wednesday. Chief executive Hana Sato "
            "said demand far exceeds supply.",
            "LEADS", "Hana Sato", "Cerulean Systems", "Cerulean Systems",
            id="a_chief_executive_opening_a_sentence_leads_the_subject_of_the_one_before",
        ),
        pytest.param(
            "One of the co-founders of Veltrix, Igor Balan, insisted on Friday that the "
            "company had done nothing wrong.",
            "FOUNDED", "Igor Balan", "Veltrix", "Veltrix",
            id="one_of_the_co_founders_of_an_organisation_founded_it",
        ),
    ],
)
def test_the_clause_says_whose_the_relation_is(extractor, text, rtype, source, target, not_source):
    rels = relations(extractor, text)
    find(rels, rtype, source, target)
    assert not [r for r in rels if r["type"] == rtype and r["source"] == not_source]


BACKED_AND_RELEASED = (
    "Zentrix, the San Francisco startup backed by Nvidia and Halvern Capital, on Tuesday "
    "released Lumen 4, a reasoning model it says outperforms OpenAI's GPT-5."
)


def triples(extractor: Extractor, text: str) -> set[tuple[str, str, str]]:
    return {(r["type"], r["source"], r["target"]) for r in relations(extractor, text)}


def test_the_subject_of_the_release_develops_the_model_not_its_backers(extractor):
    found = triples(extractor, BACKED_AND_RELEASED)
    developers = {s for t, s, o in found if t == "DEVELOPS" and o == "Lumen 4"}
    assert developers == {"Zentrix"}


def test_the_backers_listed_after_backed_by_invest_and_no_one_after_the_list(extractor):
    found = triples(extractor, BACKED_AND_RELEASED)
    investors = {s for t, s, o in found if t == "INVESTS_IN" and o == "Zentrix"}
    assert investors == {"Nvidia", "Halvern Capital"}


def test_the_companys_officer_named_after_a_sentence_about_it_works_for_it(extractor):
    text = (
        "Zentrix is facing questions about how it trained its chatbot.\n\n"
        "The company's chief technology officer, Orrin Vasquez, said in a podcast interview "
        "that the model was trained only on licensed data."
    )
    role = find(relations(extractor, text), "WORKS_FOR", "Orrin Vasquez", "Zentrix")
    assert role["properties"]["role"] == "chief technology officer"


@pytest.mark.parametrize(
    "described",
    ["Marlowe Quince, the company's lawyer,", "Marlowe Quince, a lawyer for the company,"],
)
def test_a_role_at_the_company_is_held_at_the_organisation_named_before(extractor, described):
    text = f"Tamsin Achterberg sued Zentrix in March. {described} said she had no case."
    role = find(relations(extractor, text), "WORKS_FOR", "Marlowe Quince", "Zentrix")
    assert role["properties"]["role"] == "lawyer"


@pytest.mark.parametrize(
    "text",
    [
        "Orrin Vasquez, who oversees Anthropic's hardware team, said the chip was ready.",
        "Orrin Vasquez, who runs Anthropic's cloud unit, said the chip was ready.",
        "Orrin Vasquez, who joined Anthropic last year from OpenAI, said the chip was ready.",
        "Orrin Vasquez, speaking for Anthropic, said the chip was ready.",
        "Anthropic's Orrin Vasquez said the chip was ready.",
    ],
)
def test_a_person_running_joining_or_speaking_for_an_organisation_works_for_it(
    extractor, text
):
    find(relations(extractor, text), "WORKS_FOR", "Orrin Vasquez", "Anthropic")


def test_its_model_in_a_clause_under_it_said_ends(extractor):
    # climbing from "its" to the root whose subject is "It" once never ended: a Token is
    # a new object on each access, so "tok.head is not tok" held at the root too.  The
    # extraction runs in a daemon thread so that a regression fails instead of hanging.
    text = "Anthropic builds Claude. It said on Monday that its Claude model would get cheaper."
    found: list[list[dict]] = []
    worker = threading.Thread(target=lambda: found.append(relations(extractor, text)), daemon=True)
    worker.start()
    worker.join(timeout=60)
    assert found, "the extraction did not end"
    find(found[0], "DEVELOPS", "Anthropic", "Claude")


def test_a_spokesperson_named_without_an_organisation_speaks_for_the_subject_before(extractor):
    text = (
        "Quorvane said it had introduced new parental controls in September. \u201cWe take "
        "the safety of our users seriously,\u201d spokesperson Lena Brandt said on Tuesday."
    )
    rels = relations(extractor, text)
    assert find(rels, "WORKS_FOR", "Lena Brandt", "Quorvane")["properties"]["role"] == (
        "spokesperson"
    )


def test_a_spokesperson_of_an_organisation_named_in_the_sentence_is_left_to_it(extractor):
    # a negative: the rule above must not override the organisation the sentence names
    text = (
        "Quorvane said it had introduced new parental controls in September. \u201cWe have "
        "seen no such controls,\u201d Halvern Trust spokesperson Lena Brandt said on Tuesday."
    )
    rels = relations(extractor, text)
    assert not [r for r in rels if (r["source"], r["target"]) == ("Lena Brandt", "Quorvane")]


def test_the_companys_counsel_named_after_a_quotation_works_for_the_subject_before(extractor):
    text = (
        "Halvern said it would appeal the fine. \u201cThis decision is wrong on the law,\u201d "
        "the company's general counsel, Petra Lindqvist, said in a statement."
    )
    rels = relations(extractor, text)
    assert find(rels, "WORKS_FOR", "Petra Lindqvist", "Halvern")["properties"]["role"] == (
        "general counsel"
    )


def test_a_role_at_the_group_is_at_the_organisation_the_sentence_before_was_about(extractor):
    text = (
        "Researchers at Epoch AI noted that the figure excluded the company's stockpile of "
        "Nvidia chips. \u201cHeadline training costs are almost always misleading,\u201d said "
        "Tamar Hollis, a senior researcher at the group."
    )
    rels = relations(extractor, text)
    find(rels, "WORKS_FOR", "Tamar Hollis", "Epoch AI")
    assert not [r for r in rels if (r["source"], r["target"]) == ("Tamar Hollis", "Nvidia")]


def test_an_investigation_into_an_investment_is_no_investment_by_the_regulator(extractor):
    text = (
        "The Federal Trade Commission has opened an investigation into Quorvane's $13 "
        "billion investment in the startup Velmora, according to people familiar with the "
        "matter."
    )
    rels = relations(extractor, text)
    assert find(rels, "INVESTS_IN", "Quorvane", "Velmora")["properties"]["amount"] == (
        "$13 billion"
    )
    assert not [r for r in rels if r["source"] == "Federal Trade Commission"]


def test_a_director_of_a_named_group_holds_the_role_director(extractor):
    text = (
        "\u201cThe regulator let Big Tech off the hook,\u201d said Jane Whitcombe, director of "
        "the advocacy group Open Markets."
    )
    rels = relations(extractor, text)
    assert find(rels, "WORKS_FOR", "Jane Whitcombe", "Open Markets")["properties"]["role"] == (
        "director"
    )


def test_a_two_word_role_at_the_group_is_read_to_its_end(extractor):
    text = (
        "NewsGuard stood by its methodology. \u201cWe use the same prompts for every "
        "chatbot,\u201d said McKenzie Sadeghi, the group's AI editor."
    )
    find(relations(extractor, text), "WORKS_FOR", "McKenzie Sadeghi", "NewsGuard")


def test_a_role_opening_a_sentence_before_a_named_employer_is_not_the_subject_befores(extractor):
    text = (
        "Lumio has raised $220 million from investors. Robotics analyst Daniel Ortiz of "
        "Halvern Research said the price would limit sales."
    )
    rels = relations(extractor, text)
    assert not [r for r in rels if (r["source"], r["target"]) == ("Daniel Ortiz", "Lumio")]


def test_a_bare_role_after_a_quotation_naming_another_organisation(extractor):
    # the regulator named inside the quotation is not where the counsel works
    text = (
        "Britain's competition regulator blocked Velmora's purchase of Brontal Robotics. "
        "Velmora said it would appeal. \u201cThe CMA has misunderstood how this market "
        "works,\u201d the company's general counsel, Daniel Ortiz, said in a statement."
    )
    rel = find(relations(extractor, text), "WORKS_FOR", "Daniel Ortiz", "Velmora")
    assert rel["properties"]["role"] == "general counsel"


def test_a_role_opening_a_sentence_after_one_without_an_organisation_is_the_leads(extractor):
    # the sentence before is about the funding round; the article is about Lumio
    text = (
        "Lumio, a startup that builds AI agents for hospital billing, said on Monday it "
        "had raised $400 million in a round led by Andreessen Horowitz. The round more "
        "than doubles the valuation it reached in January. Chief executive Jane "
        "Whitcombe said the money would pay for an expansion into Europe."
    )
    rel = find(relations(extractor, text), "WORKS_FOR", "Jane Whitcombe", "Lumio")
    assert rel["properties"]["role"] == "chief executive"


def test_their_lead_author_is_no_role_at_the_lead_organisation(extractor):
    # negative: guards the fallback to the article's lead organisation
    text = (
        "Velmora said an average query to its chatbot uses 0.3 watt-hours. Researchers at "
        "Halvern University estimated that a comparable query used about 3 watt-hours. "
        "Their lead author, Priya Nair, said Velmora's number left out the energy used to "
        "train the model."
    )
    rels = relations(extractor, text)
    assert not [r for r in rels if r["source"] == "Priya Nair" and r["target"] == "Velmora"]


def test_a_lawyer_of_the_firm_x_opening_a_sentence_is_not_the_subject_befores(extractor):
    text = (
        "Velmora called the lawsuit meritless and said its glasses were developed "
        "independently. Patent lawyer Daniel Ortiz of the firm Lumio Legal said such cases "
        "were hard to win."
    )
    rels = relations(extractor, text)
    assert not [r for r in rels if (r["source"], r["target"]) == ("Daniel Ortiz", "Velmora")]


def test_denied_talks_to_acquire_are_no_investment(extractor):
    text = (
        "Velmora on Monday denied a Bloomberg News report that it was in advanced talks to "
        "acquire the AI startup Quorvane for about $6 billion."
    )
    assert not [r for r in relations(extractor, text) if r["type"] == "INVESTS_IN"]


def test_a_persons_organisation_is_one_they_lead_but_not_a_modifier(extractor):
    text = (
        "Hillary Clinton's Goldman Sachs speeches drew criticism from Bernie Sanders during "
        "the debate on Thursday night. Elon Musk's xAI sued OpenAI on Friday, saying the "
        "company had stolen its trade secrets."
    )
    rels = relations(extractor, text)
    find(rels, "LEADS", "Elon Musk", "xAI")
    assert not [r for r in rels if r["target"] == "Goldman Sachs"]


def test_a_lawyer_for_a_person_works_for_no_earlier_company(extractor):
    # negative: guards the fallback to the article's lead organisation
    text = (
        "Elon Musk's xAI has sued a former engineer, Daniel Ortiz, alleging that he took "
        "confidential files to OpenAI. OpenAI said it had not received any xAI information. "
        "A lawyer for Ortiz, Priya Nair, said her client did nothing wrong."
    )
    rels = relations(extractor, text)
    assert not [r for r in rels if r["type"] == "WORKS_FOR" and r["target"] == "xAI"]


def test_a_role_given_up_in_its_own_sentence_is_former(extractor):
    text = (
        "Quorvane released a new model on Monday. Quorvane's head of AI safety, Marcus "
        "Feld, resigned on Friday, saying in a post on X that the company had put products "
        "over safety."
    )
    rel = find(relations(extractor, text), "WORKS_FOR", "Marcus Feld", "Quorvane")
    assert rel["properties"].get("former") is True


def test_a_former_role_at_the_company_is_former(extractor):
    text = (
        "Quorvane released its new model on Monday after a short review. Marcus Feld, a "
        "former safety researcher at the company, said the review had been rushed."
    )
    rel = find(relations(extractor, text), "WORKS_FOR", "Marcus Feld", "Quorvane")
    assert rel["properties"].get("former") is True


@pytest.mark.parametrize(
    "before",
    [
        "Velmora dismissed the accusation.",
        "He said similar mistakes were common because both models used the same data.",
    ],
)
def test_an_independent_researcher_opening_a_sentence_is_nobodys_staff(extractor, before):
    # the second case is a negative: it guards the fallback to the lead organisation
    text = (
        "Quorvane chief executive Lena Brandt said Velmora's new model was a copy of "
        f"Quorvane's. Velmora dismissed the accusation. {before} Independent researcher "
        "Priya Nair said the shared errors did not prove copying."
    )
    rels = relations(extractor, text)
    assert not [r for r in rels if r["source"] == "Priya Nair"]


def test_a_role_apposition_ends_with_its_sentence(extractor):
    # "X, accuse Y of ... . Their lawyer, Z," gives X no role at Y
    text = (
        "Velmora is being sued by a group of novelists. The authors, led by novelist Lena "
        "Brandt, accuse Velmora of building its Aria chatbot on stolen work. Their lawyer, "
        "Daniel Ortiz, called the ruling a win for writers."
    )
    rels = relations(extractor, text)
    assert not [r for r in rels if r["source"] == "Lena Brandt" and r["target"] == "Velmora"]


def test_a_role_after_no_comment_is_not_at_the_silent_organisation(extractor):
    text = (
        "The union accused Brontal Studios of selling scans of actors to Stability AI "
        "without their consent. Stability AI did not respond to a request for comment. "
        "Labour lawyer Priya Nair said the case could set a precedent for the whole industry."
    )
    rels = relations(extractor, text)
    assert not [r for r in rels if r["source"] == "Priya Nair"]


@pytest.mark.parametrize(
    "described",
    ["Lena Brandt, the institute's director,", "Lena Brandt, a researcher at the institute,"],
)
def test_a_role_at_the_institute_is_at_the_institute_named_before(extractor, described):
    text = (
        "A study by the Halvern Institute found that chatbots gave wrong answers about "
        "voting. Velmora said the study was outdated. Quorvane said it had fixed the "
        f"problems. {described} said the findings should worry election officials."
    )
    find(relations(extractor, text), "WORKS_FOR", "Lena Brandt", "Halvern Institute")


def test_the_firm_before_is_the_main_clauses_subject_not_a_relative_clauses(extractor):
    text = (
        "Velmora said it trained its model for $6 million.\n\n"
        "Kestrel Research argued that the figure leaves out the 20,000 chips Velmora is believed "
        "to own. \"The number covers one run,\" wrote Marcus Feld, the firm's chief analyst."
    )
    rels = relations(extractor, text)
    find(rels, "WORKS_FOR", "Marcus Feld", "Kestrel Research")
    assert not [r for r in rels if r["source"] == "Marcus Feld" and r["target"] == "Velmora"]


def test_a_role_of_a_capitalised_body_is_the_role_alone(extractor):
    text = (
        "Dan Hendrycks, the director of the Center for AI Safety, said the letter had "
        "been signed by more than 300 researchers."
    )
    rel = find(relations(extractor, text), "WORKS_FOR", "Dan Hendrycks", "Center for AI Safety")
    assert rel["properties"]["role"] == "director"


@pytest.mark.parametrize(
    ("opening", "at_velmora"),
    [
        ("Security researcher", False),
        ("AI lawyer", False),
        # a negative: a post, not a trade, is held at the subject of the sentence before
        ("Chief scientist", True),
    ],
)
def test_a_trade_opening_a_sentence_is_no_post_at_the_organisation_before(
    extractor, opening, at_velmora
):
    text = (
        "Velmora said the flaws Lumio described had been patched in March. "
        f"{opening} Marcus Feld said some of them remained unpatched as of last week."
    )
    rels = relations(extractor, text)
    found = [r for r in rels if r["source"] == "Marcus Feld" and r["target"] == "Velmora"]
    assert bool(found) is at_velmora


def test_a_co_founder_of_a_leaderboard_works_for_it(extractor):
    text = (
        '"This paper contains a number of factual errors," LMArena co-founder Daniel Ortiz '
        "wrote in a post."
    )
    find(relations(extractor, text), "FOUNDED", "Daniel Ortiz", "LMArena")


@pytest.mark.parametrize("opening", ["", "In a thread on X, "])
def test_a_research_lead_works_for_the_organisation_without_leading_it(extractor, opening):
    # the tagger reads "lead" before a name as a verb; "research lead" leads a team
    text = f"{opening}Velmora research lead Daniel Ortiz said the comparison was unfair."
    rels = relations(extractor, text)
    assert find(rels, "WORKS_FOR", "Daniel Ortiz", "Velmora")["properties"]["role"] == (
        "research lead"
    )
    assert not [r for r in rels if r["type"] == "LEADS"]


@pytest.mark.parametrize(
    ("text", "role", "leads"),
    [
        ("Apple software chief Craig Federighi said it was late.", "software chief", False),
        ("Daniel Ortiz, the finance chief at Velmora, said revenue rose.", "finance chief", False),
        ("Velmora chief Daniel Ortiz said revenue rose.", "chief", True),
    ],
)
def test_a_chief_works_for_the_organisation_and_leads_it_only_unqualified(
    extractor, text, role, leads
):
    rels = relations(extractor, text)
    works = [r for r in rels if r["type"] == "WORKS_FOR"]
    assert len(works) == 1 and works[0]["properties"]["role"] == role
    assert bool([r for r in rels if r["type"] == "LEADS"]) is leads


def test_chief_justice_is_no_post_at_the_organisation_before(extractor):
    # a negative: "chief" before a capitalised title word is part of that title
    text = "Quorvane sued the state. Chief Justice Jane Whitcombe wrote that the law stands."
    assert relations(extractor, text) == []


def test_what_a_named_speaker_says_gives_her_no_role(extractor):
    # "said the company had hired the engineers ... Quorvane's code": her words, no
    # apposition making her a Quorvane engineer
    rels = relations(
        extractor,
        "Velmora poached our engineers and our code, Quorvane alleges\n\n"
        "Quorvane has accused rival Velmora of poaching a dozen of its engineers and taking "
        "confidential source code with them, in a lawsuit filed in San Francisco on "
        "Monday.\n\n"
        'Velmora called the suit "a desperate attempt to stifle competition." Its chief '
        "executive, Lena Brandt, said the company had hired the engineers fairly and had "
        "never received any of Quorvane's code.",
    )
    assert [r["target"] for r in rels if r["type"] == "WORKS_FOR"] == ["Velmora"]


def test_its_role_after_an_opening_phrase_of_time_is_at_the_subject_before(extractor):
    rels = relations(
        extractor,
        "Brontal admits its chatbot gave dangerous advice, after weeks of denials\n\n"
        "Brontal acknowledged on Thursday that its chatbot had given users dangerous "
        "advice about mixing medications, reversing weeks of statements that the reports "
        "were exaggerated.\n\n"
        "The company had previously said the screenshots circulating online were "
        "fabricated. On Thursday, its chief executive, Lena Brandt, said internal tests "
        'had reproduced the problem. "We got this wrong, and I\'m sorry," she said.',

    )
    assert find(rels, "WORKS_FOR", "Lena Brandt", "Brontal")["properties"]["role"] == (
        "chief executive"
    )


def test_investors_in_general_invest_in_no_one(extractor):
    # "investors had misread ...": no investment between the companies around it
    rels = relations(
        extractor,
        "Quorvane's chief executive, Lena Brandt, said on Wednesday that investors had "
        "misread the impact of Velmora's low-cost model, which wiped nearly $600 billion "
        "off Quorvane's market value in a single day.",
    )
    assert [r for r in rels if r["type"] == "INVESTS_IN"] == []


def test_a_post_named_in_a_clause_after_an_outlet_is_not_at_the_outlet(extractor):
    rels = relations(
        extractor,
        "Former board members say the chief executive misled them\n\n"
        "Two former members of Quorvane's board, Lena Brandt and Priya Nair, wrote in The "
        "Economist that chief executive Daniel Ortiz had repeatedly given the board "
        "inaccurate information.",
    )
    assert not [r for r in rels if r["target"] == "The Economist"]


def test_a_person_of_an_organisation_works_for_it(extractor):
    rels = relations(
        extractor,
        "Quorvane rejects report on its glasses\n\n"
        "Privacy advocates said the company should let independent researchers test the "
        'device. "If there\'s nothing to hide, open it up," said Tomas Reyes of the Corran '
        "Privacy Project.",
    )
    find(rels, "WORKS_FOR", "Tomas Reyes", "Corran Privacy Project")


def test_a_former_official_now_at_an_institute_works_there_now(extractor):
    rels = relations(
        extractor,
        "Export claims\n\n"
        "Marcus Feld, a former export official now at the Corran Policy Institute, said "
        "such schemes were common but hard to prove.",
    )
    assert not find(rels, "WORKS_FOR", "Marcus Feld", "Corran Policy Institute").get(
        "properties", {}
    ).get("former")


def test_the_unions_president_leads_the_union_the_text_called_a_union(extractor):
    rels = relations(
        extractor,
        "Union fights studio\n\n"
        "The actors' union Performers United says the studio Brontal Games copied voices. "
        '"Nobody agreed to this," said Lena Brandt, the union\'s president.',
    )
    find(rels, "LEADS", "Lena Brandt", "Performers United")


def test_a_successor_who_now_attacks_an_outlet_does_not_work_for_it(extractor):
    # negative: "now" opens what he does, not where he works
    rels = relations(
        extractor,
        "Amazon and the press\n\n"
        "His successor, Jay Carney, now smears New York Times reporters on behalf of Amazon.",
    )
    assert not [r for r in rels if r["target"] == "The New York Times"]


def test_a_group_that_said_something_of_a_person_gives_them_no_role(extractor):
    # negative: "Several other researchers said X ..." is a clause, not X's title
    rels = relations(
        extractor,
        "Priority fight\n\n"
        "Corran University researcher Marcus Feld says Velmora's celebrated training method "
        "is a copy of an approach his lab published in 2019.\n\n"
        'Velmora\'s research director, Priya Nair, said the two methods "share a name and '
        'little else" and that Velmora had cited Feld\'s paper in its own.\n\n'
        "Several other researchers said Feld deserved more credit.",
    )
    assert not [r for r in rels if r["source"] == "Marcus Feld" and r["target"] == "Velmora"]


def test_a_known_name_inside_a_longer_one_at_a_sentence_start_is_not_the_employer(extractor):
    # "Signal" is a known organisation; "Civic Signal's director" works for Civic Signal
    rels = relations(
        extractor,
        "Chatbot gave wrong election dates\n\n"
        "The watchdog Civic Signal says Velmora's chatbot told voters the wrong date.\n\n"
        'Civic Signal\'s director, Marcus Feld, rejected that. "We asked the questions '
        'ordinary voters ask," he said.',
    )
    assert not [r for r in rels if r["target"] == "Signal Foundation"]


def test_a_field_before_a_lawyers_name_is_no_employer(extractor):
    # "Media lawyer Jane Roe": a trade in a field, not a company called Media
    rels = relations(
        extractor,
        "Publisher sues AI search engine\n\n"
        "The Corran Herald has sued the AI search startup Quorvane over invented quotes.\n\n"
        "Media lawyer Jane Whitcombe said the case could set a precedent for how courts treat "
        'AI "hallucinations."',
    )
    assert not [r for r in rels if r["source"] == "Jane Whitcombe"]


def test_a_former_presidents_employer_after_former_at_a_sentence_start_stays(extractor):
    # guard: only the sentence's first word may be a dictionary word, not the employer
    rels = relations(
        extractor,
        "Union\n\nThe union backed the bill on Monday.\n\n"
        "Former NCBU president Lena Brandt said the vote was a turning point.",
    )
    assert find(rels, "WORKS_FOR", "Lena Brandt", "NCBU")["properties"].get("former") is True


def test_a_chief_analyst_works_for_the_firm_but_does_not_lead_it(extractor):
    # "chief analyst" is one role, not the firm's chief
    rels = relations(
        extractor,
        "Dylan Patel, chief analyst at the research firm Halvern Research, said neither "
        "company had shared enough detail.",
    )
    r = find(rels, "WORKS_FOR", "Dylan Patel", "Halvern Research")
    assert r["properties"]["role"] == "chief analyst"
    assert not [x for x in rels if x["type"] == "LEADS"]


def test_a_valuation_is_not_the_amount_of_an_investment(extractor):
    rels = relations(
        extractor,
        "Velmora AI, the London software startup once valued at $1.5 billion and backed by "
        "Microsoft, marketed an assistant that it said could build apps by itself.",
    )
    r = find(rels, "INVESTS_IN", "Microsoft", "Velmora AI")
    assert "amount" not in r["properties"]


def test_each_benchmark_gets_the_score_given_right_before_it(extractor):
    rels = relations(
        extractor,
        "Quorvane said its model Arden 2 scored 44.9 percent on Humanity's Last Exam and "
        "71.3 percent on SWE-bench Verified.",
    )
    hle = find(rels, "EVALUATED_ON", "Arden 2", "Humanity's Last Exam")
    swe = find(rels, "EVALUATED_ON", "Arden 2", "SWE-bench Verified")
    assert (hle["properties"]["score"], swe["properties"]["score"]) == (
        "44.9 percent",
        "71.3 percent",
    )


@pytest.mark.parametrize(
    "sentence, founders",
    [
        (
            "Lumio Labs, the startup founded by former Velmora chief technology officer Priya "
            "Nair, raised $2 billion.",
            ["Priya Nair"],
        ),
        (
            "Halvern AI, founded in Paris by Daniel Ortiz, Lena Brandt and Marcus Feld, raised "
            "more money this year than any other European startup.",
            ["Daniel Ortiz", "Lena Brandt", "Marcus Feld"],
        ),
    ],
)
def test_the_people_after_founded_by_founded_the_organisation(extractor, sentence, founders):
    text = (
        f"Funding\n\n{sentence} It was one of the largest sums that any of the new companies "
        "had been able to raise in a year when most of them were still looking for a product."
    )
    rels = relations(extractor, text)
    found = sorted(r["source"] for r in rels if r["type"] == "FOUNDED")
    assert found == founders


def test_a_role_ends_before_the_place_it_is_held(extractor):
    rels = relations(
        extractor,
        "Jim Covello, head of global equity research at Halvern Bank, said in a report that "
        "the industry would need a killer application to justify its spending.",
    )
    r = find(rels, "WORKS_FOR", "Jim Covello", "Halvern Bank")
    assert r["properties"]["role"] == "head of global equity research"


def test_a_name_then_its_role_works_for_the_subject_of_the_sentence_before(extractor):
    rels = relations(
        extractor,
        "Licensing\n\n"
        "Brontal has licensing deals with Google and OpenAI. Lena Brandt, its chief "
        "executive, has said that AI firms that scrape the site without paying are a pain.",
    )
    r = find(rels, "WORKS_FOR", "Lena Brandt", "Brontal")
    assert r["properties"]["role"] == "chief executive"


def test_its_founder_after_a_no_comment_works_for_the_company_that_did_not_comment(extractor):
    rels = relations(
        extractor,
        "Studios sue image generator\n\n"
        "Brontal Studios sued the AI startup Quorvane on Wednesday, accusing it of "
        "copying its characters without permission.\n\n"
        "Quorvane did not immediately respond. Its founder, Daniel Ortiz, has previously said "
        "the company trained its model on a big scrape of the internet.",
    )
    find(rels, "WORKS_FOR", "Daniel Ortiz", "Quorvane")
    assert not [
        r for r in rels if r["source"] == "Daniel Ortiz" and r["target"] == "Brontal Studios"
    ]


def test_its_role_after_an_opening_clause_belongs_to_that_clauses_organisation(extractor):
    rels = relations(
        extractor,
        "Scores\n\nWhen Quorvane unveiled Arden 2 in December, its chief research officer "
        "Lena Brandt said the model solved just over 25 percent of the problems.",
    )
    found = find(rels, "WORKS_FOR", "Lena Brandt", "Quorvane")
    assert found["properties"]["role"] == "chief research officer"


def test_its_role_after_a_phrase_naming_an_organisation_it_does_not_lead_is_no_role(extractor):
    # negative: no organisation is the subject before "its"
    rels = relations(
        extractor,
        "Scores\n\nAfter a long meeting with Quorvane in December, its chief research officer "
        "Lena Brandt said the model solved just over 25 percent of the problems.",
    )
    assert not [r for r in rels if r["type"] == "WORKS_FOR"]


def test_its_model_in_the_act_charged_belongs_to_the_accused(extractor):
    rels = relations(
        extractor,
        "Publisher accuses startup\n\n"
        "Corran Media, the publisher of several business magazines, accused the AI startup "
        "Velmora on Tuesday of training its Lumio chatbot on thousands of paywalled articles.",
    )
    find(rels, "DEVELOPS", "Velmora", "Lumio")
    assert not [r for r in rels if (r["type"], r["source"]) == ("DEVELOPS", "Corran Media")]


def test_a_claim_about_a_model_after_a_possessive_is_no_ownership(extractor):
    # negative: "Corran's claim that Lumio ..." says nothing of who makes Lumio
    rels = relations(
        extractor,
        "Velmora denies Corran's claim that Lumio copied magazine articles\n\n"
        "Velmora said its Lumio assistant was trained only on licensed data. The publisher "
        "Corran Media Group said it would sue.",
    )
    assert not [r for r in rels if (r["type"], r["target"]) == ("DEVELOPS", "Lumio")
                and r["source"] != "Velmora"]


def test_an_honorific_between_role_and_name_keeps_the_role(extractor):
    rels = relations(
        extractor,
        "Chips\n\nBrontal co-founder Dr. Lena Brandt said at a launch event that the chip was "
        "the most efficient on the market.",
    )
    find(rels, "FOUNDED", "Lena Brandt", "Brontal")


def test_a_round_with_a_decimal_amount_is_led_by_its_investor(extractor):
    # the point in "$3.5 billion" ends no sentence: the lead investor invests in the
    # company, not the other way round
    text = (
        "Velmora raises money\n\n"
        "Velmora has raised $3.5 billion in a round led by Corran Ventures, the company said."
    )
    rels = relations(extractor, text)
    find(rels, "INVESTS_IN", "Corran Ventures", "Velmora")
    assert not [r for r in rels if (r["type"], r["source"]) == ("INVESTS_IN", "Velmora")]


def test_its_officer_after_a_sentence_about_a_companys_account_is_that_companys(extractor):
    # "Velmora's account differs": the company owns the subject, so "Its" is Velmora, not
    # the auditor the article opened with
    text = (
        "Audit faults Velmora's chatbot\n\n"
        "Kestrel Labs, an independent auditor, said Velmora's chatbot gave poor advice in 30 "
        "percent of medical questions.\n\n"
        "Velmora's account differs sharply. Its chief medical officer, Lena Brandt, said the "
        "chatbot had passed every internal review."
    )
    rels = relations(extractor, text)
    find(rels, "WORKS_FOR", "Lena Brandt", "Velmora")
    assert not [r for r in rels if (r["source"], r["target"]) == ("Lena Brandt", "Kestrel Labs")]


def test_its_officer_after_a_described_organisation_works_for_the_one_it_describes(extractor):
    # "the evaluation firm" is Kestrel Labs, not the article's first company
    text = (
        "Lab rushed its model, tester says\n\n"
        "Velmora AI said its newest model had undergone extensive testing.\n\n"
        "But Kestrel Labs told a different story. The evaluation firm said it had received "
        "access to the model only four days before launch. Its chief executive, Daniel "
        'Ortiz, called the timeline "inadequate."'
    )
    rels = relations(extractor, text)
    find(rels, "WORKS_FOR", "Daniel Ortiz", "Kestrel Labs")
    assert not any(r["source"] == "Daniel Ortiz" and r["target"] == "Velmora AI" for r in rels)


def test_its_president_after_a_union_named_in_apposition_works_for_the_union(extractor):
    # the parser hangs the union's name on the staff it represents, not on "union"
    text = (
        "Lumio blames demand, not AI, for job cuts\n\n"
        "Lumio said it would cut 4,000 jobs. A union representing Lumio's support staff, the "
        'Communications Workers Alliance, said the company\'s explanation was "not credible." '
        'Its president, Lena Brandt, said Lumio was "using AI to cut jobs."'
    )
    rels = relations(extractor, text)
    find(rels, "WORKS_FOR", "Lena Brandt", "Communications Workers Alliance")
    assert not any(r["source"] == "Lena Brandt" and r["target"] == "Lumio" for r in rels)


def test_its_cofounder_after_a_thing_as_subject_is_not_the_lead_companys(extractor):
    # "Its" points back to the leaderboard its operators run, not to Velmora
    text = (
        "Velmora's model tops leaderboard\n\n"
        "Velmora said its newest model took the top spot on the Arena Leaderboard. The "
        "leaderboard's operators said they would update their policies. Its co-founder, "
        'Lena Brandt, said Velmora "should have made it clearer" which version it submitted.'
    )
    rels = relations(extractor, text)
    assert not any(r["source"] == "Lena Brandt" and r["target"] == "Velmora" for r in rels)


def test_the_unions_president_opening_a_sentence_works_for_the_union_named_before(extractor):
    text = (
        "Union says warehouse robots injure workers\n\n"
        "A report by the Warehouse Workers Union found injury rates at Corran Retail "
        "warehouses were nearly double. Corran Retail rejected the report. The union's "
        "president, Priya Nair, said the company had refused to share its data."
    )
    rels = relations(extractor, text)
    find(rels, "WORKS_FOR", "Priya Nair", "Warehouse Workers Union")
    assert not any(r["source"] == "Priya Nair" and r["target"] == "Corran Retail" for r in rels)


def test_a_title_after_a_clause_is_no_role_at_the_organisation_before_it(extractor):
    # "brought by X in federal court, names state Attorney General Y": no role at X
    text = (
        "Trade group sues over AI law\n\n"
        "The suit, brought by the Digital Progress Council in federal court, names state "
        "Attorney General Lena Brandt as the defendant."
    )
    ex = extractor.extract(ArticleText(text=text, source="test")).to_contract()
    assert not [r for r in ex["relations"] if r["source"] == "Lena Brandt"]


def test_a_bare_title_after_to_is_a_role_at_the_company_whose_staff_spoke(extractor):
    # "More than 600 Quorvane employees signed a letter ... addressed to chief executive
    # Marcus Feld": Quorvane's chief executive
    text = (
        "Employees oppose contract\n\n"
        "More than 600 Quorvane employees have signed an open letter urging the company to "
        "cancel a military contract. The letter, addressed to chief executive Marcus Feld, "
        "says the contract violates the company's principles."
    )
    ex = extractor.extract(ArticleText(text=text, source="test")).to_contract()
    assert any(
        r["type"] == "LEADS" and r["source"] == "Marcus Feld" and r["target"] == "Quorvane"
        for r in ex["relations"]
    )


def test_a_police_chief_works_for_the_police_not_the_company_before(extractor):
    text = (
        "Robotaxi crash\n\n"
        "The Halvern Police Department blamed a Velmora robotaxi for the crash. "
        "Velmora said the report was wrong. Police Chief Daniel Ortiz stood by the findings."
    )
    rels = relations(extractor, text)
    role = find(rels, "WORKS_FOR", "Daniel Ortiz", "Halvern Police Department")["properties"]
    assert role == {"role": "police chief"}
    assert not [r for r in rels if (r["source"], r["target"]) == ("Daniel Ortiz", "Velmora")]


def test_the_groups_director_leads_the_organisation_described_as_a_nonprofit(extractor):
    text = (
        "License dispute\n\n"
        "The Open Compute Commons, a nonprofit that maintains a training library, accused "
        "Quorvane of breaking its license. In a letter posted on GitHub, the group's "
        "executive director, Marcus Feld, wrote that Quorvane had ignored the rules."
    )
    rels = relations(extractor, text)
    role = find(rels, "WORKS_FOR", "Marcus Feld", "Open Compute Commons")["properties"]
    assert role == {"role": "executive director"}
    find(rels, "LEADS", "Marcus Feld", "Open Compute Commons")
    assert not [r for r in rels if (r["source"], r["target"]) == ("Marcus Feld", "GitHub")]


def test_a_lawyer_at_a_named_firm_works_there_not_at_the_company(extractor):
    text = (
        "License dispute\n\n"
        "Quorvane said the license does not apply. Tomas Reyes, a lawyer at the firm "
        "Reyes & Adams, disagreed with the company."
    )
    rels = relations(extractor, text)
    find(rels, "WORKS_FOR", "Tomas Reyes", "Reyes & Adams")
    assert not [r for r in rels if (r["source"], r["target"]) == ("Tomas Reyes", "Quorvane")]


def test_its_role_after_the_company_spoke_in_a_closing_quotation(extractor):
    text = (
        "Privacy order\n\n"
        "The Halvern Data Protection Authority ordered Velmora to stop. Velmora said it "
        'would appeal. "We believe the decision misreads the law," the company said in a '
        "statement. "
        "Its general counsel, Jane Whitcombe, added that the authority had ignored the "
        "evidence."
    )
    rel = find(relations(extractor, text), "WORKS_FOR", "Jane Whitcombe", "Velmora")
    assert rel["properties"] == {"role": "general counsel"}


def test_a_founder_named_after_a_quotation_founded_the_lead_company(extractor):
    # the sentence before is about a model, so the founder is the lead organisation's
    text = (
        "Leaderboard\n\n"
        "Zhenyu AI said Monday that its new model outscored every rival. According to the "
        "company's report, Zhenyu-Coder 2 solved 71% of the tasks. \"We built this with "
        'a fraction of the compute," founder Liang Wei told reporters.'
    )
    find(relations(extractor, text), "FOUNDED", "Liang Wei", "Zhenyu AI")


@pytest.mark.parametrize(
    ("sentence", "firm", "role"),
    [
        ("Attorney Samuel Okoro of the firm Okoro Legal wrote.", "Okoro Legal", "attorney"),
        ("Analyst Samuel Okoro of Kestrel Research wrote.", "Kestrel Research", "analyst"),
    ],
)
def test_a_title_and_of_the_firm_give_the_role_there(extractor, sentence, firm, role):
    rel = find(relations(extractor, f"Letter\n\n{sentence}"), "WORKS_FOR", "Samuel Okoro", firm)
    assert rel["properties"] == {"role": role}


def test_a_former_engineer_who_invested_is_no_investment_by_his_old_employer(extractor):
    text = (
        "Early backer\n\n"
        "Castellan, a former Google engineer who invested $250,000 in Lumio in 2021, "
        "disputes that account."
    )
    rels = relations(extractor, text)
    assert not [r for r in rels if r["type"] == "INVESTS_IN" and r["source"] == "Google"]


def test_its_director_after_a_sentence_opening_on_the_institute(extractor):
    text = (
        "Safety report\n\n"
        "A report released Wednesday by the Halvern AI Safety Institute found that "
        "Velmora's newest model gave dangerous advice. The institute's testers said the "
        'safeguards were "easily bypassed." Its director, Amelia Stroud, called the '
        'results "deeply concerning."'
    )
    rels = relations(extractor, text)
    role = find(rels, "WORKS_FOR", "Amelia Stroud", "Halvern AI Safety Institute")
    assert role["properties"] == {"role": "director"}
