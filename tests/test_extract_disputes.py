"""Disputes within one article and the benchmark-variant finding."""

from __future__ import annotations

import pytest

from ingest.document import ArticleText
from ingest.pipeline import Extractor
from tests import extract_support

extractor = extract_support.extractor  # the session-wide Extractor fixture


def contract(extractor: Extractor, text: str) -> dict:
    return extractor.extract(ArticleText(text=text, source="test")).to_contract()


def test_denial_of_an_accusation_opens_a_dispute(extractor):
    c = contract(
        extractor,
        "Wired reported that Mistral AI trained its Codestral model on leaked code. "
        "Mistral AI denied the report, calling it baseless.",
    )
    assert len(c["disputes"]) == 1
    d = c["disputes"][0]
    assert {"Wired", "Mistral AI"} <= set(d["parties"])
    claim_ids = {x["id"] for x in c["claims"]}
    assert set(d["claims"]) <= claim_ids and len(d["claims"]) == 2


def test_spokesperson_rebuttal_counts_for_the_company(extractor):
    c = contract(
        extractor,
        "Cloudflare accused Perplexity of evading blocks. "
        "Perplexity spokesperson Jesse Dwyer said the accusation was inaccurate.",
    )
    # one dispute per pair of parties: the spokesperson's denial is Perplexity's answer
    assert len(c["disputes"]) == 1
    assert set(c["disputes"][0]["parties"]) == {"Cloudflare", "Perplexity"}
    denial = next(x for x in c["claims"] if x["claimant"] == "Jesse Dwyer")
    assert denial["id"] in c["disputes"][0]["claims"]


def test_reversed_comparison_is_a_contradiction(extractor):
    c = contract(
        extractor,
        "Google said Gemini Ultra outperforms GPT-4 on most tasks. "
        "Independent researcher Alice Moreau said GPT-4 still beats Gemini Ultra "
        "on standard prompts.",
    )
    assert len(c["disputes"]) == 1
    assert {"Google", "Alice Moreau"} <= set(c["disputes"][0]["parties"])
    assert "Gemini Ultra" in c["disputes"][0]["topic"]


@pytest.mark.parametrize(
    ("second", "disputed"),
    [
        ("Nvidia says its chips are faster than Quorvane's.", True),
        ("Nvidia says its own chips are more efficient than Quorvane's.", True),
        ("Nvidia says its chips are slower than Quorvane's.", False),
        ("Nvidia says it has more customers than Quorvane.", False),
    ],
)
def test_claims_comparing_two_parties_the_other_way_round_contradict(extractor, second, disputed):
    text = "Quorvane says its chips are faster than Nvidia's. " + second
    parties = [set(d["parties"]) for d in contract(extractor, text)["disputes"]]
    assert parties == ([{"Quorvane", "Nvidia"}] if disputed else [])


def test_agreeing_claims_make_no_dispute(extractor):
    c = contract(
        extractor,
        "Microsoft said the outage lasted two hours. "
        "OpenAI said the outage lasted two hours as well.",
    )
    assert c["disputes"] == []


def test_known_family_variants_on_different_benchmarks(extractor):
    c = contract(
        extractor,
        "Meta said Llama 4 Maverick scored 80.5 on MMLU-Pro. "
        "It reported Llama 4 Scout at 57.2 on GPQA.",
    )
    findings = [f for f in c["findings"] if f["type"] == "benchmarkVariantInconsistency"]
    assert findings
    assert {"Llama 4 Maverick", "Llama 4 Scout"} <= set(findings[0]["variants"])
    assert findings[0]["evidenceSpans"]


def test_failure_to_reproduce_disputes_the_results(extractor):
    c = contract(
        extractor,
        "Zephyr Labs said its Gale-2 model scored 91% on GPQA. "
        "Epoch AI said it could not reproduce the result in its own tests.",
    )
    assert len(c["disputes"]) == 1
    assert {"Zephyr Labs", "Epoch AI"} <= set(c["disputes"][0]["parties"])


def test_lawsuit_and_its_rejection(extractor):
    c = contract(
        extractor,
        "xAI filed a lawsuit accusing OpenAI of stealing trade secrets. "
        'OpenAI called the lawsuit "baseless harassment."',
    )
    accusation = next(x for x in c["claims"] if "filed a lawsuit" in x["text"])
    assert accusation["claimant"] == "xAI"
    assert accusation["kind"] == "accusation"
    assert len(c["disputes"]) == 1
    assert {"xAI", "OpenAI"} <= set(c["disputes"][0]["parties"])


def test_outlet_carrying_a_statement_is_no_party(extractor):
    c = contract(
        extractor,
        'CNBC reported, citing a spokesperson for Nvidia, that "we have seen no evidence of '
        'smuggling." The Information reported that DeepSeek used smuggled Nvidia chips.',
    )
    assert all("CNBC" not in d["parties"] for d in c["disputes"])


def test_a_negative_claim_answers_a_claim_nearby_not_one_paragraphs_away(extractor):
    claim = "Anthropic said its model is safe for use in hospitals. "
    answer = "Cohere said the Anthropic model has a serious bug."
    near = contract(extractor, claim + answer)
    assert [set(d["parties"]) for d in near["disputes"]] == [{"Anthropic", "Cohere"}]
    # in a long digest of unrelated items, the same words answer something else
    items = " ".join(f"The company opened office number {i} in a new city." for i in range(26))
    far = contract(extractor, claim + items + " " + answer)
    assert far["disputes"] == []


PARTIES = "Kestrel Partners is an investment firm in Boston; Voltera makes chips in Denver. "


def test_a_position_set_against_the_one_before_with_but_is_a_dispute(extractor):
    c = contract(
        extractor,
        PARTIES + "Dan Wells of Kestrel Partners said the Voltera chip overheats. "
        "But Voltera says its own tests show no such problem.",
    )
    assert [set(d["parties"]) for d in c["disputes"]] == [{"Voltera", "Dan Wells"}]


def test_but_before_an_unrelated_statement_is_no_dispute(extractor):
    c = contract(
        extractor,
        PARTIES + "Dan Wells of Kestrel Partners said revenue grew last year. "
        "But Voltera said it would hire 200 engineers in Denver.",
    )
    assert c["disputes"] == []


def test_but_before_agreement_is_no_dispute(extractor):
    c = contract(
        extractor,
        PARTIES + "Dan Wells of Kestrel Partners said the Voltera chip overheats in hot rooms. "
        "But Voltera also said the chip overheats in hot rooms.",
    )
    assert c["disputes"] == []


def test_a_position_set_against_the_one_before_with_however_is_a_dispute(extractor):
    c = contract(
        extractor,
        "Voltera, a chip startup in Denver, sells to Kestrel Partners. Kestrel Partners "
        "claims the chip overheats. The startup, however, insists the chip is not faulty.",
    )
    assert [set(d["parties"]) for d in c["disputes"]] == [{"Voltera", "Kestrel Partners"}]


def test_her_account_is_the_account_of_the_woman_who_spoke_not_of_whom_she_named(extractor):
    c = contract(
        extractor,
        "Lucia Ferrante, who led the safety team at Orbital until March, said she had warned "
        "chief executive Tobias Renn about the assistant in January. Orbital rejected her "
        "account of those meetings on Friday.",
    )
    pairs = [set(d["parties"]) for d in c["disputes"]]
    assert {"Orbital", "Lucia Ferrante"} in pairs
    assert {"Orbital", "Tobias Renn"} not in pairs


def test_questioning_the_result_disputes_whoever_claimed_it(extractor):
    c = contract(
        extractor,
        "Sarvik AI said on Thursday that its Sarvik-M2 model scored 78.4 on IndicEval, ahead "
        "of every rival. Krutam Labs, a rival startup, questioned the result on Friday.",
    )
    assert [set(d["parties"]) for d in c["disputes"]] == [{"Krutam Labs", "Sarvik AI"}]


def test_finding_errors_in_a_third_partys_code_disputes_no_earlier_speaker(extractor):
    c = contract(
        extractor,
        "Professor Anand Subramaniam told Mint that the test split had not been released. "
        "In March, Tessellate withdrew its scores after researchers at AI4Bharat found "
        "errors in its evaluation code.",
    )
    assert not [d for d in c["disputes"] if "Anand Subramaniam" in d["parties"]]


def test_accusing_the_senator_targets_the_person_written_sen(extractor):
    c = contract(
        extractor,
        "Sen. Marisol Ortega-Reyes said the companies had failed voters. Dr. Felix Aumann "
        "told the committee that his company had blocked 40,000 requests. Sen. J.R. "
        "Whitfield, a Republican from Kansas, accused the senator of grandstanding.",
    )
    pairs = [set(d["parties"]) for d in c["disputes"]]
    assert {"J.R. Whitfield", "Marisol Ortega-Reyes"} in pairs


def test_a_group_led_by_a_named_party_sues_through_that_party(extractor):
    c = contract(
        extractor,
        "A group of five newspaper publishers led by the Harbor Tribune sued Lumenai on "
        "Tuesday, alleging that the company copied millions of their articles.",
    )
    assert [set(d["parties"]) for d in c["disputes"]] == [{"Harbor Tribune", "Lumenai"}]


def test_a_founder_who_left_is_no_longer_on_the_companys_side(extractor):
    c = contract(
        extractor,
        "Marcus Hale, who co-founded Quorvane before leaving in 2021 to start Veltrix, on "
        "Thursday mocked a safety pledge published by Quorvane, calling it safety theatre.",
    )
    founded = [r for r in c["relations"] if r["type"] == "FOUNDED" and r["target"] == "Quorvane"]
    assert founded and founded[0]["properties"].get("former") is True
    assert {"Marcus Hale", "Quorvane"} in [set(d["parties"]) for d in c["disputes"]]


def test_a_judges_concern_reported_per_an_outlet_is_no_dispute_with_the_outlet(extractor):
    c = contract(
        extractor,
        "The declaration cited an article that does not exist, according to Reuters. Per "
        "Reuters, Judge Susan Marlow said the issue posed a very serious and grave concern.",
    )
    assert not [d for d in c["disputes"] if "Reuters" in d["parties"]]


def test_citing_a_partys_report_is_no_dispute_with_it(extractor):
    c = contract(
        extractor,
        "Quorvane said its chatbot was safe. Nimbus Labs researcher Ana Ruiz cited "
        "Quorvane's safety report in her own paper on chatbot testing.",
    )
    assert c["disputes"] == []


def test_asserting_a_view_near_another_partys_claim_is_no_accusation(extractor):
    c = contract(
        extractor,
        "Quorvane said its chatbot was safe for schools. Nimbus Labs asserted that "
        "Quorvane's chatbot runs on its own chips, which it sells to many companies.",
    )
    assert c["disputes"] == []


def test_a_report_by_unnamed_sources_to_an_outlet_is_disputed_with_the_outlet(extractor):
    c = contract(
        extractor,
        "Quorvane overstated its revenue by 40%, according to two people familiar with its "
        "finances who spoke to Bloomberg. In a statement, Quorvane said the report "
        "mischaracterizes standard industry accounting.",
    )
    assert [set(d["parties"]) for d in c["disputes"]] == [{"Quorvane", "Bloomberg"}]


def test_the_outlet_a_denial_is_given_to_is_not_the_reports_author(extractor):
    c = contract(
        extractor,
        "Researchers at a university said the chip overheats. Quorvane told Reuters that "
        "the report was wrong.",
    )
    assert not [d for d in c["disputes"] if "Reuters" in d["parties"]]


def test_a_judge_named_later_doubts_the_evidence_a_party_submitted(extractor):
    c = contract(
        extractor,
        "Corvane sued its rival Halden in May. A federal judge on Thursday cast doubt on "
        "evidence Corvane submitted in the case. U.S. District Judge Maria Okonkwo ordered "
        "the company to file a more detailed list of the secrets it says were taken.",
    )
    pairs = [set(d["parties"]) for d in c["disputes"]]
    assert {"Maria Okonkwo", "Corvane"} in pairs and {"Corvane", "Halden"} in pairs


def test_an_opposition_verb_under_a_passive_clause_without_its_own_subject_is_read(extractor):
    # the parser hangs "dismissed" under the passive "was asked": a passive clause higher
    # up, with no passive subject of the verb's own, once stopped the whole article
    c = contract(
        extractor,
        "Dana Reyes was asked by host Omar Quill, who is supporting Reyes, but has "
        "previously dismissed the story about Quorvane's emails, whether the matter was "
        "closed. Reyes said it was.",
    )
    assert isinstance(c["disputes"], list)


def test_a_denied_report_of_an_unknown_outlet_is_disputed_with_that_outlet(extractor):
    c = contract(
        extractor,
        "A report by The Ledger said Zentrix had trained its model on pirated books. "
        "Zentrix denied the report.",
    )
    assert [set(d["parties"]) for d in c["disputes"]] == [{"Zentrix", "The Ledger"}]


def test_an_unknown_companys_spokesperson_answers_for_it(extractor):
    c = contract(
        extractor,
        "Brontal accused Zentrix of copying its chip design in a lawsuit filed on Monday. "
        "Lyra Castellan, a spokesperson for Zentrix, denied the allegation.",
    )
    assert [set(d["parties"]) for d in c["disputes"]] == [{"Brontal", "Zentrix"}]


def test_a_pushback_naming_no_one_answers_the_party_of_the_sentence_before(extractor):
    c = contract(
        extractor,
        "Zentrix announced a new model on Monday. On Wednesday, Brontal pushed back, saying "
        "the benchmark figures were misleading.",
    )
    assert [set(d["parties"]) for d in c["disputes"]] == [{"Brontal", "Zentrix"}]


def test_a_pushback_in_a_new_paragraph_answers_no_one_by_position(extractor):
    c = contract(
        extractor,
        "Zentrix announced a new model on Monday.\n\n"
        "Brontal pushed back, saying the benchmark figures were misleading.",
    )
    assert c["disputes"] == []


@pytest.mark.parametrize(
    "answer",
    [
        "Quorvane, however, says the model still writes weapons instructions when asked in "
        "other languages.",
        "But researchers at Quorvane found that the model still wrote weapons instructions.",
    ],
)
def test_a_contrasted_claim_about_what_the_other_side_claimed_is_a_dispute(extractor, answer):
    text = (
        "Brontal, a startup in Oslo, sells its Lumora model to banks. Quorvane is a rival. "
        "Brontal says its Lumora model is the safest on the market. " + answer
    )
    assert [set(d["parties"]) for d in contract(extractor, text)["disputes"]] == [
        {"Quorvane", "Brontal"}
    ]


@pytest.mark.parametrize(
    ("text", "disputed"),
    [
        (
            "Cohere says the new export rules will hurt American startups. Nvidia, by "
            "contrast, says the rules will help the industry grow.",
            True,
        ),
        (
            "Cohere says the new export rules will hurt American startups. But Nvidia says "
            "the rules will help the industry grow.",
            True,
        ),
        (
            "Cohere says the new export rules will hurt American startups. But Nvidia says "
            "its new chips will help gamers.",
            False,
        ),
    ],
)
def test_a_contrasted_claim_saying_the_opposite_on_one_topic_opposes(extractor, text, disputed):
    found = [frozenset(d["parties"]) for d in contract(extractor, text)["disputes"]]
    assert found == ([frozenset({"Cohere", "Nvidia"})] if disputed else [])


@pytest.mark.parametrize(
    ("text", "disputed"),
    [
        ("Cohere says the chips are safe. Nvidia says they are not.", True),
        ("Cohere says the model will ship in May. Nvidia says it won't.", True),
        ("Cohere says the chips are safe. Nvidia says they are not cheap.", False),
        (
            "Cohere says the chips are safe. Asked whether its own chips would ship soon, "
            "Nvidia said they would not.",
            False,
        ),
    ],
)
def test_a_bare_negation_after_another_sides_claim_contradicts_it(extractor, text, disputed):
    found = [frozenset(d["parties"]) for d in contract(extractor, text)["disputes"]]
    assert found == ([frozenset({"Cohere", "Nvidia"})] if disputed else [])


def test_that_is_inaccurate_rebuts_the_party_a_reporter_cites(extractor):
    text = (
        "Jane Whitcombe says, citing Reuters' reporting, that 70% of the chips failed review "
        "in 2022, though Nvidia says that is inaccurate."
    )
    found = [frozenset(d["parties"]) for d in contract(extractor, text)["disputes"]]
    assert found == [frozenset({"Nvidia", "Reuters"})]


def test_a_denial_of_a_report_answers_the_author_named_next(extractor):
    text = (
        "Cohere on Thursday denied a report that it had trained its model on smuggled chips. "
        "The report, published by Reuters on Wednesday, cited two people familiar with the "
        "matter."
    )
    found = [frozenset(d["parties"]) for d in contract(extractor, text)["disputes"]]
    assert found == [frozenset({"Cohere", "Reuters"})]


def test_two_parties_denying_one_charge_do_not_dispute_each_other(extractor):
    text = (
        "Reuters reported that Cohere trained its model on smuggled chips. Cohere said the "
        'report was "groundless" and that its chips were bought legally. Nvidia said it had '
        "seen no evidence of smuggling."
    )
    found = [frozenset(d["parties"]) for d in contract(extractor, text)["disputes"]]
    assert frozenset({"Cohere", "Nvidia"}) not in found
    assert frozenset({"Cohere", "Reuters"}) in found


@pytest.mark.parametrize(
    ("text", "disputed"),
    [
        ("Cohere says the model is safe. Mistral AI's own testing tells a different story.",
         True),
        ("Cohere says the model is safe. Daniel Ortiz told a different story about his "
         "childhood.", False),
    ],
)
def test_evidence_that_tells_a_different_story_rebuts_the_claim_before(
    extractor, text, disputed
):
    found = [frozenset(d["parties"]) for d in contract(extractor, text)["disputes"]]
    assert (frozenset({"Cohere", "Mistral AI"}) in found) == disputed
    assert frozenset({"Cohere", "Daniel Ortiz"}) not in found


@pytest.mark.parametrize(
    "finding",
    [
        "But documents reviewed by Reuters show the chips were made in Taiwan.",
        "But Reuters concluded that the chips were made in Taiwan.",
    ],
)
def test_an_outlets_own_finding_set_against_a_claim_contradicts_it(extractor, finding):
    text = "Cohere said its chips were made in Canada. " + finding
    found = [frozenset(d["parties"]) for d in contract(extractor, text)["disputes"]]
    assert found == [frozenset({"Cohere", "Reuters"})]


# an invented benchmark row: a maker's claim, an evaluator that cannot reproduce it, a
# professor's charge, the maker's denial, and an aside about another company's old row
BENCHMARK_ROW = (
    "Quorvane's New Model Tops Leaderboard, but Researchers Cry Foul\n\n"
    "Quorvane said on Monday that its Velmora-4 model scored 89.2% on GPQA Diamond "
    "and topped the LMArena leaderboard, ahead of OpenAI's GPT-5 and Google's "
    "Gemini 2.5 Pro.\n\n"
    "Independent evaluators were less impressed. Epoch AI said it could not "
    "reproduce the GPQA result, measuring 71% in its own runs. \"The numbers in the "
    "blog post don't match what we see,\" said Tamar Hollis, a researcher at Epoch "
    "AI.\n\n"
    "Some researchers accused Quorvane of training on the test set. Halvern "
    "University professor Daniel Ortiz wrote on LinkedIn that the model had "
    "\"clearly memorized\" dozens of questions.\n\n"
    "Quorvane rejected the allegation. \"We have never trained on benchmark data,\" "
    "chief scientist Mira Solano said in an interview. She said Epoch had used the "
    "wrong settings.\n\n"
    "The dispute echoes last year's row over Meta's Llama 4, which Meta was accused "
    "of tuning for LMArena. Meta denied it.\n\n"
    "What's Next\n\n"
    "Quorvane plans to publish its evaluation code next week, the company said."
)


def row_disputes(extractor: Extractor) -> list[frozenset[str]]:
    return [frozenset(d["parties"]) for d in contract(extractor, BENCHMARK_ROW)["disputes"]]


def test_the_benchmark_row_finds_the_challenges_it_reports(extractor):
    # a guard for the negatives below: the real disputes stay found
    found = row_disputes(extractor)
    assert frozenset({"Epoch AI", "Quorvane"}) in found
    assert frozenset({"Daniel Ortiz", "Quorvane"}) in found


def test_a_chief_scientist_quoted_after_her_company_is_on_its_side(extractor):
    assert frozenset({"Mira Solano", "Quorvane"}) not in row_disputes(extractor)


def test_a_denial_answers_no_charge_made_after_it(extractor):
    # Epoch AI's "could not reproduce" comes before the professor's charge
    assert frozenset({"Daniel Ortiz", "Epoch AI"}) not in row_disputes(extractor)


def test_a_charge_naming_no_one_aims_at_the_most_named_party_only(extractor):
    # "the model had memorized ...": Quorvane's, not the evaluator quoted before
    assert frozenset({"Daniel Ortiz", "Tamar Hollis"}) not in row_disputes(extractor)


def test_a_denial_naming_no_one_is_no_answer_to_the_articles_main_parties(extractor):
    # "Meta denied it": its own old charge, not Quorvane or the professor
    found = row_disputes(extractor)
    assert frozenset({"Meta", "Quorvane"}) not in found
    assert frozenset({"Meta", "Daniel Ortiz"}) not in found


def test_a_response_told_before_the_report_it_answers_still_answers_it(extractor):
    # a negative of the order rule: "The response came after Y reported ..."
    text = (
        "On Wednesday, Nvidia said a report claiming that Cohere was using its banned chips "
        'to train a new model seemed "far-fetched," adding that it had seen no proof.\n\n'
        "The response came after Reuters reported that Cohere had been working with chips "
        "that were allegedly smuggled into Canada.\n"
    )
    found = [frozenset(d["parties"]) for d in contract(extractor, text)["disputes"]]
    assert frozenset({"Nvidia", "Reuters"}) in found


def test_a_chief_executive_praising_her_product_does_not_dispute_her_company(extractor):
    # her company is named two sentences before her title
    c = contract(
        extractor,
        "Lumio, a startup that builds AI agents for hospital billing, said on Monday it "
        "had raised $400 million in a round led by Andreessen Horowitz. The round more "
        "than doubles the valuation it reached in January. Chief executive Jane "
        "Whitcombe, a former product lead at Epic Systems, said the money would pay for an "
        "expansion into Europe. \u201cHospitals lose billions every year to coding errors, "
        "and our agents catch most of them,\u201d she said.",
    )
    assert not [d for d in c["disputes"] if {"Jane Whitcombe", "Lumio"} <= set(d["parties"])]


def test_rejecting_that_answers_only_the_last_statement(extractor):
    c = contract(
        extractor,
        "The European Commission on Wednesday proposed delaying parts of the AI Act by a "
        "year. Agustin Reyna, director of the consumer group BEUC, said the delay would "
        "hurt citizens. Quorvane said it would comply with the original timetable. Brando "
        "Benifei, the lawmaker who steered the act through parliament, said the Commission "
        'was "giving in to pressure from American companies." A Commission spokesperson, '
        "Thomas Regnier, rejected that, saying the proposal was about simplification.",
    )
    pairs = {frozenset(d["parties"]) for d in c["disputes"]}
    # (the spokesperson's answer is the Commission's)
    assert frozenset({"European Commission", "Brando Benifei"}) in pairs
    assert not [p for p in pairs if "Quorvane" in p or "Agustin Reyna" in p]


def test_a_claim_negating_an_earlier_one_in_its_words_contradicts_it(extractor):
    c = contract(
        extractor,
        "Quorvane said on Wednesday that its Halvern-5 model is safe for children. Lena "
        "Brandt, a researcher at the University of Cambridge, said the model is not safe "
        "for children.",
    )
    pairs = {frozenset(d["parties"]) for d in c["disputes"]}
    assert frozenset({"Quorvane", "Lena Brandt"}) in pairs


def test_a_claim_negating_something_else_contradicts_nothing(extractor):
    # negative: a negation that shares few words with the earlier claim
    c = contract(
        extractor,
        "Quorvane said on Wednesday that its Halvern-5 model is safe for children. Lena "
        "Brandt, a researcher at the University of Cambridge, said she had not yet tested "
        "the company's chips.",
    )
    assert not c["disputes"]


@pytest.mark.parametrize(
    "criticism",
    [
        "Velmora's number left out the energy used to train the model",
        "the company's disclosure was too selective to be useful",
    ],
)
def test_saying_a_partys_figure_leaves_things_out_disputes_it(extractor, criticism):
    c = contract(
        extractor,
        "Velmora said on Tuesday that an average query to its Aria chatbot uses 0.3 "
        f"watt-hours of electricity. Priya Nair, a researcher at Halvern University, said "
        f"{criticism}.",
    )
    pairs = {frozenset(d["parties"]) for d in c["disputes"]}
    assert frozenset({"Priya Nair", "Velmora"}) in pairs


def test_an_attack_on_a_company_is_no_dispute_with_its_staffs_earlier_claims(extractor):
    c = contract(
        extractor,
        "Velmora said on Tuesday that an average query to its Aria chatbot uses 0.3 "
        "watt-hours of electricity. Velmora's head of sustainability, Marcus Feld, said "
        "cooling was included. Greenpeace said the company's disclosure was \u201ctoo "
        "selective to be useful.\u201d",
    )
    pairs = {frozenset(d["parties"]) for d in c["disputes"]}
    assert frozenset({"Greenpeace", "Velmora"}) in pairs
    assert frozenset({"Greenpeace", "Marcus Feld"}) not in pairs


def test_being_disappointed_in_what_a_party_does_disputes_it(extractor):
    c = contract(
        extractor,
        "Lena Brandt, a former Velmora director, said chief executive Marcus Feld had "
        "misled the board. Velmora's board chair, Daniel Ortiz, said the board was "
        "\u201cdisappointed that Ms. Brandt continues to revisit these issues.\u201d",
    )
    pairs = {frozenset(d["parties"]) for d in c["disputes"]}
    assert frozenset({"Daniel Ortiz", "Lena Brandt"}) in pairs


def test_saying_a_partys_account_does_not_match_disputes_it(extractor):
    c = contract(
        extractor,
        "Quorvane said the exposed database held fewer than 10,000 records and was secured "
        "within an hour. Daniel Ortiz, founder of the security firm Halvern Security, said "
        "his researchers had browsed the database for days. \u201cTheir timeline doesn't "
        "match what we saw,\u201d he said.",
    )
    pairs = {frozenset(d["parties"]) for d in c["disputes"]}
    assert frozenset({"Daniel Ortiz", "Quorvane"}) in pairs


def test_defending_the_findings_answers_the_latest_critic(extractor):
    c = contract(
        extractor,
        "A report published on Thursday by the research group Halvern Energy Institute "
        "forecast that demand from AI data centers would double by 2030. The Edison "
        "Electric Institute said the report relied on projects that might never be built. "
        "\u201cMany of these data centers exist only on paper,\u201d said Lena Brandt, the "
        "group's vice president for policy. The institute's director, Marcus Feld, "
        "defended the findings.",
    )
    pairs = {frozenset(d["parties"]) for d in c["disputes"]}
    assert frozenset({"Marcus Feld", "Lena Brandt"}) in pairs


def test_a_denial_naming_nothing_does_not_answer_a_charge_against_another_party(extractor):
    # a roundup: the fined company's appeal answers the regulator, not the newspapers
    c = contract(
        extractor,
        "Quorvane sued by news publishers\nA group of 12 newspapers led by the Denver Post "
        "sued Quorvane, alleging it copied millions of articles to train its chatbots.\n\n"
        "EU fines Brontal\nThe European Commission fined Brontal \u20ac120 million for "
        "failing to disclose how its recommendation algorithm works. Brontal said it would "
        "appeal.\n",
    )
    pairs = {frozenset(d["parties"]) for d in c["disputes"]}
    assert frozenset({"Brontal", "The Denver Post"}) not in pairs
    assert frozenset({"European Commission", "Brontal"}) in pairs


def test_a_denial_answers_no_claim_made_after_it_even_one_it_names(extractor):
    # passes on the starting code too with this wording; it guards the order check
    c = contract(
        extractor,
        "Marques Brownlee said Velmora had trained its video model on his YouTube videos "
        "without permission. Velmora said its model was trained in compliance with the law "
        "and declined to say whether YouTube videos were included. A YouTube spokesperson "
        "said the company would look into the report.",
    )
    pairs = {frozenset(d["parties"]) for d in c["disputes"]}
    assert frozenset({"Velmora", "YouTube"}) not in pairs
    assert frozenset({"Velmora", "Marques Brownlee"}) in pairs


def test_an_author_admitting_a_weakness_disputes_no_one(extractor):
    c = contract(
        extractor,
        "A team at the University of Lisbon said on Monday that a model it built predicted "
        "70% of large earthquakes in a test region a week in advance. The study's lead "
        "author, Daniel Ortiz, acknowledged that the model produced many false positives but "
        "said it was better than chance.",
    )
    assert not c["disputes"]


def test_a_companys_rival_is_not_on_its_side(extractor):
    c = contract(
        extractor,
        "Velmora spokesperson Priya Nair said many of the screenshots circulating online "
        "were doctored. Lena Brandt, a computer scientist at the University of Washington, "
        "said the errors showed that the system could not tell satire from reliable sources. "
        "Velmora's rival Quorvane, which sells a competing search product, said its own "
        "answers were checked against trusted sites.",
    )
    pairs = {frozenset(d["parties"]) for d in c["disputes"]}
    assert not [p for p in pairs if "Quorvane" in p]


def test_the_company_is_not_an_owner_named_in_passing(extractor):
    # "OpenAI's GPT-4o" is what Quorvane's model beat; "the company's numbers" are
    # Quorvane's, the subject of that sentence
    c = contract(
        extractor,
        "Quorvane says its model beats GPT-4o\n\n"
        "Quorvane said on Monday that its new Halvern-2 model outscored OpenAI's GPT-4o on "
        "reasoning benchmarks. But researchers at Epoch AI said they were unable to "
        "reproduce the company's headline numbers.",
    )
    pairs = [set(d["parties"]) for d in c["disputes"]]
    assert {"Epoch AI", "Quorvane"} in pairs
    assert not [p for p in pairs if "OpenAI" in p]


def test_a_word_negated_by_un_answers_the_claim_before(extractor):
    # "had been patched" against "remained unpatched": the same fact, opposite sense
    c = contract(
        extractor,
        "Lumio ends cloud deal with Velmora\n\n"
        "Velmora said the flaws Lumio described had been patched in March. Security "
        "researcher Marcus Feld, who first reported the flaws, said some of them remained "
        "unpatched as of last week.",
    )
    assert {"Marcus Feld", "Velmora"} in [set(d["parties"]) for d in c["disputes"]]


def test_a_denial_after_unnamed_accusers_answers_no_named_bystander():
    # the voice actors who say the company cloned their voices are unnamed (kept, as
    # `claimgraph extract` and ingestion keep them); the chief executive of a rival who
    # spoke before them accused no one
    c = contract(
        Extractor(keep_unresolved=True),
        "The week in AI\n\n"
        "Quorvane cut the price of its flagship model by 80% on Monday, a move analysts "
        "said was aimed squarely at Velmora. \"We want every developer to be able to "
        "afford frontier AI,\" Quorvane chief executive Jane Whitcombe said.\n\n"
        "Velmora, meanwhile, was sued by a group of voice actors who say the company "
        "cloned their voices without permission. Velmora said it had licensed all the "
        "voices it used and would fight the suit.",
    )
    assert c["disputes"] == []


def test_the_company_in_a_report_is_the_reporters_own(extractor):
    # "the company" that stood by its results is Halvern, whose officer speaks, not the
    # professional body named last (a college is no company); the body and the
    # researcher who both doubted the study are on one side
    c = contract(
        extractor,
        "Doctors question Halvern's claim that its AI reads X-rays better than "
        "radiologists\n\n"
        "Halvern Health said on Monday that its diagnostic model, Halvern Scan, detected "
        "lung cancer on chest X-rays more accurately than board-certified radiologists in "
        "a study of 40,000 patients.\n\n"
        '"Halvern Scan outperformed human experts on every measure we looked at," said '
        "Priya Nair, Halvern's chief medical officer.\n\n"
        "Independent radiologists were skeptical. The study was run by Halvern itself and "
        "has not been peer reviewed, noted Dr. Marcus Feld, a cardiologist and digital "
        'medicine researcher at Scripps Research. "Claims like this need an independent '
        'trial before anyone should believe them," he said.\n\n'
        "The American College of Radiology said in a statement that the comparison was "
        "misleading because the radiologists in the study were not given patients' medical "
        "histories, as they would be in practice.\n\n"
        "Nair said the company stood by its results and would publish the full data.",
    )
    pairs = [set(d["parties"]) for d in c["disputes"]]
    assert {"American College of Radiology", "Marcus Feld"} not in pairs


def test_a_forecast_judged_wildly_optimistic_is_rebutted(extractor):
    c = contract(
        extractor,
        "Is AGI five years away?\n\n"
        "Lena Brandt, the chief executive of Quorvane, said this week that artificial "
        "general intelligence could arrive within five years.\n\n"
        "Marcus Feld, a cognitive scientist at Halvern University, said the prediction "
        "was wildly optimistic.",
    )
    assert {"Marcus Feld", "Lena Brandt"} in [set(d["parties"]) for d in c["disputes"]]


def test_a_forecast_the_critic_is_optimistic_about_too_is_no_dispute(extractor):
    # "optimistic" alone is the speaker's own mood, not a judgement of the forecast
    c = contract(
        extractor,
        "Is AGI five years away?\n\n"
        "Lena Brandt, the chief executive of Quorvane, said this week that artificial "
        "general intelligence could arrive within five years.\n\n"
        "Marcus Feld, a cognitive scientist at Halvern University, said he was optimistic "
        "about the next decade of research.",
    )
    assert c["disputes"] == []


def test_not_everyone_sharing_that_view_introduces_a_doubter(extractor):
    c = contract(
        extractor,
        "Is AGI five years away?\n\n"
        "Lena Brandt, the chief executive of Quorvane, said this week that artificial "
        "general intelligence could arrive within five years. \"We are on the cusp of "
        "it,\" Brandt said.\n\n"
        "Not everyone shares that view. \"Current systems still cannot reliably reason,\" "
        "Marcus Feld, a cognitive scientist, wrote in a blog post.",
    )
    assert {"Marcus Feld", "Lena Brandt"} in [set(d["parties"]) for d in c["disputes"]]


def test_failing_to_verify_a_users_age_questions_no_one(extractor):
    # a duty the company failed, in the regulator's words: no check of anyone's claim
    # by the company, whose name is the clause's subject
    c = contract(
        extractor,
        "Regulator says Brontal's chatbot broke privacy law; Brontal will appeal\n\n"
        "Italy's data protection authority, the Garante, fined Brontal 15 million euros on "
        "Wednesday, saying the company had processed users' personal data to train its "
        "chatbot without an adequate legal basis.\n\n"
        "The regulator also said Brontal had failed to verify the age of its users, "
        "exposing children to unsuitable content.",
    )
    assert not [x for x in c["claims"] if x["claimant"] == "Brontal"]


def test_a_companys_response_judged_far_too_slow_is_criticism(extractor):
    c = contract(
        extractor,
        "Deepfake of candidate spread on Brontal's platform; company says it acted "
        "quickly\n\n"
        "A fake video showing a mayoral candidate making racist remarks was viewed more "
        "than two million times on Brontal's video platform before it was removed.\n\n"
        '"We acted quickly once we were made aware of it," said Priya Nair, Brontal\'s head '
        "of trust and safety.\n\n"
        "The candidate, Paul Vallas, said the platform's response was far too slow.",
    )
    assert {"Paul Vallas", "Brontal"} in [set(d["parties"]) for d in c["disputes"]]


def test_too_early_to_say_judges_no_one(extractor):
    # a negative: "too" with no one's act or thing for subject
    c = contract(
        extractor,
        "Brontal removes fake video\n\n"
        "Brontal said on Monday that it had removed the video within hours. Paul Vallas, "
        "the candidate, said it was too early to say whether the damage could be undone.",
    )
    assert c["disputes"] == []


def test_backing_the_measure_another_party_opposed_as_the_bill_opposes_them(extractor):
    c = contract(
        extractor,
        "Senators clash over AI chip export bill\n\n"
        "Senator Jim Banks introduced a bill on Thursday that would require Nvidia and "
        "other chipmakers to give American buyers priority over foreign customers.\n\n"
        'Nvidia opposed the bill. "This would hurt American competitiveness," an Nvidia '
        "spokesman said.\n\n"
        "Senator Lena Brandt, a Democrat, backed the measure, saying chipmakers had put "
        "profits ahead of national security.",
    )
    assert {"Nvidia", "Lena Brandt"} in [set(d["parties"]) for d in c["disputes"]]


def test_unnamed_doctors_judging_the_comparison_unfair_introduce_the_doubter(extractor):
    c = contract(
        extractor,
        "Quorvane says its AI diagnosed patients better than doctors\n\n"
        "Quorvane said on Monday that its diagnostic system correctly diagnosed 85 percent "
        "of complex medical cases, compared with about 20 percent for physicians.\n\n"
        "Lena Brandt, the chief executive of Quorvane, called the result \"a genuine step "
        'toward medical superintelligence."\n\n'
        "Several doctors said the comparison was unfair. The physicians in the study were "
        "not allowed to consult colleagues or textbooks, as they would in real practice, "
        "said Dr. Daniel Ortiz, an internist at Corran General Hospital.",
    )
    parties = {p for d in c["disputes"] for p in d["parties"]}
    assert "Daniel Ortiz" in parties


def test_saying_the_rules_will_hurt_what_another_said_they_will_help_contradicts(extractor):
    c = contract(
        extractor,
        "What the new AI rules mean for startups\n\n"
        "Lena Brandt, the chief executive of Quorvane, said on Tuesday that the new "
        "disclosure rules would help small AI startups win the trust of customers.\n\n"
        "Daniel Ortiz, a policy analyst at the Corran Institute, said the rules would hurt "
        "small startups by raising their compliance costs.",
    )
    assert [set(d["parties"]) for d in c["disputes"]] == [{"Daniel Ortiz", "Lena Brandt"}]


def test_opposite_words_on_different_topics_contradict_nothing(extractor):
    # a negative: "help" and "hurt" with one shared word ("rules") only
    c = contract(
        extractor,
        "What the new AI rules mean\n\n"
        "Lena Brandt, the chief executive of Quorvane, said on Tuesday that the new rules "
        "would help hospitals adopt AI.\n\n"
        "Daniel Ortiz, a policy analyst at the Corran Institute, said the tariff rules "
        "would hurt chip exports.",
    )
    assert c["disputes"] == []


def test_analysts_not_so_sure_introduce_the_doubter_named_next(extractor):
    c = contract(
        extractor,
        "Quorvane chief dismisses the threat of cheaper models\n\n"
        "Quorvane's chief executive, Lena Brandt, said on Wednesday that investors had "
        "misread the impact of Velmora's low-cost model.\n\n"
        '"The market got it wrong," Brandt said in an interview. "Reasoning models need '
        'far more computing power, not less."\n\n'
        "Some analysts are not so sure. Daniel Ortiz, an analyst at Corran Securities, "
        "said cheaper models could reduce how many chips big cloud companies need to buy.",
    )
    assert {"Daniel Ortiz", "Lena Brandt"} in [set(d["parties"]) for d in c["disputes"]]


def test_an_appeal_against_a_regulators_fine_rebuts_the_regulator(extractor):
    c = contract(
        extractor,
        "Brontal appeals EU fine, calls it unjustified\n\n"
        "Brontal filed an appeal against the European Commission's 200 million euro fine "
        'on Friday, calling the penalty "unjustified and disproportionate."\n\n'
        '"We complied with European law at every step," Brontal\'s general counsel, Lena '
        "Brandt, said in a statement.",
    )
    assert {"Brontal", "European Commission"} in [set(d["parties"]) for d in c["disputes"]]


def test_a_candidates_appeal_to_voters_opposes_no_one(extractor):
    # a negative: "appeal" as what draws people, not a challenge in court
    c = contract(
        extractor,
        "Quorvane's pitch to developers\n\n"
        "Lena Brandt said Quorvane's appeal to small developers is its low price. Daniel "
        "Ortiz, an analyst at Corran Securities, said Velmora's appeal was greatest among "
        "large companies.",
    )
    assert c["disputes"] == []


def test_not_accepting_a_rivals_conclusions_rebuts_the_rival(extractor):
    c = contract(
        extractor,
        "Two AI labs disagree on chemistry risks\n\n"
        "Velmora said in a safety report on Monday that its newest model does not "
        "meaningfully help novices make chemical weapons.\n\n"
        "Researchers at Quorvane, a rival lab, said their own tests of the same model found "
        "that it gave detailed instructions when asked in a roundabout way.\n\n"
        "Velmora said it had reviewed the findings but did not accept Quorvane's "
        "conclusions.",
    )
    assert {"Velmora", "Quorvane"} in [set(d["parties"]) for d in c["disputes"]]


@pytest.mark.parametrize(
    "answer",
    [
        "Quorvane poured cold water on the criticism, saying the model had undergone six "
        "months of testing.",
        "Quorvane cast doubt on the criticism, saying the model had undergone six months "
        "of testing.",
    ],
)
def test_casting_doubt_on_the_criticism_answers_the_critic(extractor, answer):
    c = contract(
        extractor,
        "Quorvane shrugs off critique\n\n"
        "Velmora's chief scientist, Lena Brandt, said on Monday that Quorvane's new model "
        f"had been released without adequate red-teaming. {answer}",
    )
    assert {"Quorvane", "Lena Brandt"} in [set(d["parties"]) for d in c["disputes"]]


def test_saying_a_report_contained_errors_rebuts_its_author(extractor):
    c = contract(
        extractor,
        "A report on Quorvane's model\n\n"
        "Velmora published a report saying Quorvane's model leaks private data. Quorvane "
        'said the report contained "multiple factual errors."',
    )
    assert {"Quorvane", "Velmora"} in [set(d["parties"]) for d in c["disputes"]]


@pytest.mark.parametrize(
    "answer, answering",
    [
        ('"That never happened," a Quorvane spokesperson said.', "Quorvane"),
        (
            "Quorvane's chief executive, Daniel Ortiz, said he was \"baffled\" by the claim.",
            "Daniel Ortiz",
        ),
    ],
)
def test_an_outright_answer_to_a_charge_disputes_it(extractor, answer, answering):
    c = contract(
        extractor,
        "Quorvane and Velmora\n\n"
        f"Velmora said Quorvane's chatbot had leaked customer data. {answer}",
    )
    assert {answering, "Velmora"} in [set(d["parties"]) for d in c["disputes"]]


def test_a_company_faulting_the_study_answers_the_researchers_who_found_it(extractor):
    # "its model" is the speaking company's; "the study" is the institute's finding, not
    # the other company the study named
    c = contract(
        extractor,
        "Study finds chatbots give different answers to men and women; companies question "
        "methods\n\n"
        "Researchers at the Halvern Institute found that five popular chatbots, including "
        "OpenAI's ChatGPT and Google's Gemini, advised women to ask for lower salaries than "
        "men with identical résumés.\n\n"
        '"The gap was consistent across every model we tested," said Priya Nair, who led '
        "the study.\n\n"
        "OpenAI said the study used an outdated version of its model. Google said it was "
        "reviewing the findings but noted that the researchers had tested only a small "
        "number of prompts.",
    )
    pairs = [set(d["parties"]) for d in c["disputes"]]
    assert {"OpenAI", "Halvern Institute"} in pairs
    assert {"OpenAI", "Google"} not in pairs


def test_calling_a_rivals_patents_invalid_rebuts_the_rival(extractor):
    c = contract(
        extractor,
        "Lumio and Halvern in patent fight\n\n"
        "Halvern's chief executive said Lumio's patents were invalid. Lumio said the "
        "patents had survived two previous challenges.",
    )
    assert {"Halvern", "Lumio"} in [set(d["parties"]) for d in c["disputes"]]


def test_a_claim_that_drew_scorn_from_a_party_is_criticised_by_it(extractor):
    c = contract(
        extractor,
        "More\n\nVelmora said its model was the safest on the market. That assertion drew "
        "scorn from the Corran Institute.",
    )
    assert {"Corran Institute", "Velmora"} in [set(d["parties"]) for d in c["disputes"]]


def test_a_named_executive_who_is_not_convinced_doubts_the_claim_before(extractor):
    c = contract(
        extractor,
        "More\n\nVelmora said its model was the safest on the market. Quorvane's chief "
        "executive, Lena Brandt, isn't convinced.",
    )
    assert {"Lena Brandt", "Velmora"} in [set(d["parties"]) for d in c["disputes"]]


def test_another_figure_for_the_same_thing_set_against_it_with_but_contradicts(extractor):
    c = contract(
        extractor,
        "Power draw in question\n\n"
        "Quorvane said its Halo-2 accelerator draws 300 watts under full load. But "
        "engineers at Halvern Labs, who tested the chip, said it drew 450 watts when "
        "running large models.",
    )
    assert {"Quorvane", "Halvern Labs"} in [set(d["parties"]) for d in c["disputes"]]


def test_a_figure_introduced_by_only_corrects_the_other_sides_figure(extractor):
    c = contract(
        extractor,
        "Usage in question\n\n"
        "Lumio said in a blog post that its assistant had 50 million weekly users in March.\n\n"
        "A report from Brightline Metrics estimated that the assistant had only 12 million "
        "weekly users that month.",
    )
    assert {"Lumio", "Brightline Metrics"} in [set(d["parties"]) for d in c["disputes"]]


def test_money_for_different_things_is_no_contradiction(extractor):
    # negative: both figures are dollars a share, but of two companies' own earnings
    c = contract(
        extractor,
        "Earnings\n\n"
        "Lumio reported earnings of $8.42 a share, well above the $8.04 that analysts had "
        "expected. Velmora reported a profit of $1.78 a share, well above the $1.11 a "
        "share that analysts had expected.",
    )
    assert c["disputes"] == []


def test_a_partys_own_records_cited_against_it_contradict_it(extractor):
    c = contract(
        extractor,
        "Insurer sued over algorithm\n\n"
        "Brontal Health said its algorithm is used only to guide decisions, not to make "
        "them.\n\n"
        "Jane Whitcombe, a lawyer for the families, said the company's own records showed "
        "that staff were told to follow the tool's predictions closely.",
    )
    assert {"Jane Whitcombe", "Brontal Health"} in [set(d["parties"]) for d in c["disputes"]]


def test_disputing_the_methodology_of_that_study_answers_who_found_it(extractor):
    c = contract(
        extractor,
        "Detector accused of bias\n\n"
        "Priya Nair, a student, said the detector had flagged an essay she wrote by hand. "
        '"I was told I had used ChatGPT, and I never did," she said.\n\n'
        "Independent researchers at the Corran Institute found that the detector "
        "mislabelled essays by non-native English speakers far more often than others. "
        "Lumio disputed the methodology of that study, saying it used an outdated version "
        "of the tool.",
    )
    pairs = [set(d["parties"]) for d in c["disputes"]]
    assert {"Lumio", "Corran Institute"} in pairs
    assert {"Lumio", "Priya Nair"} not in pairs


@pytest.mark.parametrize(
    "charge",
    [
        "Sam Altman had repeatedly given the board inaccurate information",
        "Sam Altman had made false statements to the board",
        "Sam Altman had provided misleading answers to investors",
    ],
)
def test_saying_a_party_gave_out_something_false_accuses_it(extractor, charge):
    c = contract(extractor, f"Board row\n\nHelen Toner said {charge}.")
    assert {"Helen Toner", "Sam Altman"} in [set(d["parties"]) for d in c["disputes"]]


def test_removing_false_posts_is_no_charge(extractor):
    # negative: only giving, making or spreading something false charges the subject
    c = contract(extractor, "Cleanup\n\nHelen Toner said Velmora had removed false posts quickly.")
    assert c["disputes"] == []


def test_saying_something_in_response_answers_the_accuser(extractor):
    c = contract(
        extractor,
        "Board row\n\n"
        "Helen Toner, a former board member, said in a podcast interview that Sam Altman had "
        "repeatedly lied to the board.\n\n"
        "OpenAI's board chair, Bret Taylor, said in response that an independent review had "
        "found the decision to remove Altman was not based on safety concerns.",
    )
    assert {"Bret Taylor", "Helen Toner"} in [set(d["parties"]) for d in c["disputes"]]


def test_saying_something_in_response_to_a_poll_answers_no_one(extractor):
    # negative: an answer goes to a charge, not to whoever spoke last
    c = contract(
        extractor,
        "Poll\n\n"
        "A poll from the Corran Institute released Wednesday found Lena Brandt leading by 15 "
        'points. "Polls go up and down," Daniel Ortiz said in response.',
    )
    assert c["disputes"] == []


def test_the_staff_of_a_party_that_disagrees_dispute_the_same_view(extractor):
    c = contract(
        extractor,
        "Self-driving trucks\n\n"
        "Quorvane says its autonomous trucks have driven two million miles without a crash "
        "caused by the software.\n\n"
        "The Corran Freight Drivers Association disagrees. Its director, Daniel Ortiz, said "
        "the company counts only crashes it investigates itself.",
    )
    pairs = [set(d["parties"]) for d in c["disputes"]]
    assert {"Corran Freight Drivers Association", "Quorvane"} in pairs
    assert {"Daniel Ortiz", "Quorvane"} in pairs


def test_a_party_that_disagrees_gives_no_view_to_an_outsider_speaking_next(extractor):
    # negative: only the dissenting party's own side explains its dissent
    c = contract(
        extractor,
        "Self-driving trucks\n\n"
        "Quorvane says its autonomous trucks have driven two million miles without a crash "
        "caused by the software.\n\n"
        "The Corran Freight Drivers Association disagrees. Lena Brandt, an analyst at "
        "Brightline Research, said the trucks had improved a great deal this year.",
    )
    assert {"Lena Brandt", "Quorvane"} not in [set(d["parties"]) for d in c["disputes"]]


def test_an_engineer_who_accuses_her_own_employer_disputes_it(extractor):
    c = contract(
        extractor,
        "Workers protest military contract\n\n"
        "Jane Whitcombe, a Velmora engineer who helped organise a letter of protest, said "
        "the company had broken its promise never to build weapons.",
    )
    assert {"Jane Whitcombe", "Velmora"} in [set(d["parties"]) for d in c["disputes"]]


def test_a_chief_scientist_who_criticises_his_employer_stays_on_its_side(extractor):
    # negative: one who leads an organisation speaks from its side, as the labels read it
    c = contract(
        extractor,
        "Benchmarks\n\n"
        "Tomas Reyes, Velmora's chief AI scientist, said the company had misled users about "
        "its benchmark results.",
    )
    assert {"Tomas Reyes", "Velmora"} not in [set(d["parties"]) for d in c["disputes"]]


def test_calling_a_rivals_method_a_copy_accuses_the_rival(extractor):
    c = contract(
        extractor,
        "Priority fight\n\n"
        "Corran University researcher Marcus Feld says Velmora's celebrated training method "
        "is a copy of an approach his lab published in 2019. Velmora said the two methods "
        "share little.",
    )
    assert {"Marcus Feld", "Velmora"} in [set(d["parties"]) for d in c["disputes"]]


def test_a_second_reported_clause_joined_by_and_that_charges_its_subject(extractor):
    c = contract(
        extractor,
        "Labs argue over a milestone\n\n"
        "Lumio announced on Monday that its system had become the first to solve all six "
        "problems of the International Mathematical Olympiad.\n\n"
        "Hours later, Velmora said its own system had achieved the same result two days "
        "earlier and that Lumio's announcement ignored the competition's request to wait "
        "until after the closing ceremony.",
    )
    assert {"Velmora", "Lumio"} in [set(d["parties"]) for d in c["disputes"]]


def test_rejecting_claims_by_an_unnamed_doctor_answers_the_person_who_speaks_next(extractor):
    c = contract(
        extractor,
        "Velmora rejects doctor's claims about its chatbot\n\n"
        "Velmora on Thursday rejected claims by a Corran doctor that its medical chatbot gives "
        "unsafe dosing advice, saying her tests used an old version of the product.\n\n"
        '"The current model passes every dosing safety check we run," said Marcus Feld, '
        "Velmora's head of safety.\n\n"
        "Nair said she had tested the version available to the public that week.",
    )
    pairs = [set(d["parties"]) for d in c["disputes"]]
    assert {"Velmora", "Nair"} in pairs
    assert {"Velmora", "Marcus Feld"} not in pairs  # (its own side spoke first)


@pytest.mark.parametrize(
    "verdict",
    [
        "The Corran Safety Institute gave the model a failing grade in its annual review.",
        "The Corran Safety Institute gave Velmora's model a poor rating.",
    ],
)
def test_giving_a_partys_work_a_low_verdict_criticises_it(extractor, verdict):
    c = contract(extractor, f"Grades\n\nVelmora says its model is safe for children. {verdict}")
    assert {"Corran Safety Institute", "Velmora"} in [set(d["parties"]) for d in c["disputes"]]


def test_giving_a_model_a_top_grade_is_no_dispute(extractor):
    # negative: only a low verdict criticises
    c = contract(
        extractor,
        "Grades\n\nVelmora says its model is safe for children. The Corran Safety Institute "
        "gave the model a top grade in its annual review.",
    )
    assert c["disputes"] == []


@pytest.mark.parametrize(
    ("first", "second", "pair"),
    [
        (
            "Brontal said its robot folded the shirts autonomously in the video.",
            "But two engineers who worked on the demo, Daniel Ortiz and Lena Brandt, said the "
            "robot was controlled remotely for most of the video.",
            {"Brontal", "Lena Brandt"},
        ),
        (
            "Velmora Health said the errors in its note-taking tool were rare.",
            "But Priya Nair, a doctor at Brontal Hospital, said such errors were common in the "
            "notes she reviewed.",
            {"Velmora Health", "Priya Nair"},
        ),
    ],
)
def test_opposite_words_set_against_the_claim_before_contradict_it(extractor, first, second, pair):
    c = contract(extractor, f"Claims\n\n{first} {second}")
    assert pair in [set(d["parties"]) for d in c["disputes"]]


def test_an_estimate_of_another_figure_for_the_same_cost_contradicts_it(extractor):
    c = contract(
        extractor,
        "How much did Velmora spend?\n\n"
        "Velmora said its newest model cost $6 million to train.\n\n"
        "Brightline Research, an industry analysis firm, put the total cost at more than $500 "
        "million once hardware was counted.",
    )
    assert {"Brightline Research", "Velmora"} in [set(d["parties"]) for d in c["disputes"]]


@pytest.mark.parametrize("verdict", ["that response inadequate", 'the response "inadequate"'])
def test_calling_a_partys_response_inadequate_disputes_that_party(extractor, verdict):
    c = contract(
        extractor,
        "Lumio pauses its summaries\n\n"
        "Lumio said in a statement that the feature was in beta. The Corran Union of "
        f"Journalists called {verdict}.",
    )
    parties = [set(d["parties"]) for d in c["disputes"]]
    assert parties == [{"Corran Union of Journalists", "Lumio"}]


def test_questioning_a_companys_result_is_no_second_dispute_with_its_executive(extractor):
    # the president spoke last, but the evaluator's doubt is about the company's score
    c = contract(
        extractor,
        "New model tops open benchmarks\n\n"
        "Quorvane said on Thursday that its new model Arden 2 scored 71.3 percent on "
        "SWE-bench Verified, ahead of GPT-5. The startup said the model could run 300 tool "
        'calls in a row. Its president, Jane Whitcombe, called it "the best open model in '
        'the world."\n\n'
        "Independent evaluators were more cautious. Epoch AI said it could not reproduce the "
        "SWE-bench score with the public weights.",
    )
    assert [set(d["parties"]) for d in c["disputes"]] == [{"Epoch AI", "Quorvane"}]


def test_a_company_named_as_the_owner_in_an_apposition_does_not_sue_too(extractor):
    # "Halvern Media, Corran Herald's parent company,": one plaintiff, not a list of two
    c = contract(
        extractor,
        "Lawsuit\n\n"
        "Halvern Media, Corran Herald's parent company, in April filed a lawsuit against "
        "OpenAI, alleging it infringed Halvern Media copyrights.",
    )
    assert [set(d["parties"]) for d in c["disputes"]] == [{"Halvern Media", "OpenAI"}]


def test_calling_a_companys_feature_a_disaster_disputes_the_company(extractor):
    c = contract(
        extractor,
        "Feature delayed\n\n"
        "Velmora said on Friday it would delay Glimpse, a Windows feature that takes "
        "screenshots of a user's screen every few seconds.\n\n"
        "Lena Brandt, a security researcher, built a tool that extracted the database in "
        'seconds. She said the feature was "a disaster for security."',
    )
    assert {"Lena Brandt", "Velmora"} in [set(d["parties"]) for d in c["disputes"]]


def test_saying_a_partys_licence_does_not_meet_a_definition_disputes_it(extractor):
    c = contract(
        extractor,
        "Open source\n\n"
        "Quorvane describes its new model Arden as open source. The Open Source Initiative "
        "says Arden's licence does not meet the definition, because it bars commercial use.",
    )
    assert [set(d["parties"]) for d in c["disputes"]] == [{"Open Source Initiative", "Quorvane"}]


def test_saying_a_partys_licence_meets_a_definition_is_no_dispute(extractor):
    # negative: meeting the standard is no verdict against the maker
    c = contract(
        extractor,
        "Open source\n\n"
        "Quorvane describes its new model Arden as open source. The Open Source Initiative "
        "says Arden's licence meets the definition.",
    )
    assert c["disputes"] == []


def test_another_time_for_the_same_thing_set_against_a_claim_contradicts_it(extractor):
    c = contract(
        extractor,
        "Chips\n\n"
        "Velmora said its new chip would ship to customers in March. Brightline Research, "
        "however, expects the first units to reach customers only in the autumn.",
    )
    assert [set(d["parties"]) for d in c["disputes"]] == [{"Brightline Research", "Velmora"}]


def test_another_time_for_another_thing_is_no_contradiction(extractor):
    # negative: a contrast, two times, but nothing in common beside them
    c = contract(
        extractor,
        "Chips\n\n"
        "Velmora said its new chip would ship to customers in March. Brightline Research, "
        "however, expects its own profits to rise in the autumn.",
    )
    assert c["disputes"] == []


def test_a_cofounder_who_sues_the_company_disputes_it(extractor):
    # founding a company long ago does not put the founder on its side today
    c = contract(
        extractor,
        "Lawsuit\n\n"
        "Marcus Feld has sued Quorvane, the artificial intelligence company co-founded by Feld "
        "and Jane Whitcombe in 2015, accusing it of abandoning its founding mission. Quorvane "
        'called the lawsuit "incoherent."',
    )
    assert {"Marcus Feld", "Quorvane"} in [set(d["parties"]) for d in c["disputes"]]


def test_doubt_after_a_transition_is_about_a_view_stated_before_it(extractor):
    # negative: nobody spoke before "Not everyone is convinced"; the two doubters agree
    c = contract(
        extractor,
        "Funding boom\n\n"
        "Lumio Labs raised $2 billion in a seed round. Halvern AI is now valued at $32 billion.\n\n"
        "Not everyone is convinced. Jim Covello, head of research at Brightline Bank, said in "
        'a report that the industry would need "a killer application" to justify its spending. '
        'Investor Lena Brandt has written that AI companies face a "$600 billion question."',
    )
    assert c["disputes"] == []


def test_a_headline_naming_the_challenger_by_his_employer_adds_no_dispute(extractor):
    c = contract(
        extractor,
        'White House AI czar accuses Quorvane of "fear-mongering"\n\n'
        "Daniel Ortiz, the White House's AI and crypto czar, accused Quorvane on "
        "Tuesday of running a regulatory capture strategy based on fear-mongering.",
    )
    assert [set(d["parties"]) for d in c["disputes"]] == [{"Daniel Ortiz", "Quorvane"}]


def test_an_independent_finding_of_the_opposite_contradicts_without_a_contrast_word(extractor):
    c = contract(
        extractor,
        "Benchmarks\n\n"
        "Quorvane says Arden 2 beats every rival on coding tests. Independent evaluator "
        "Brightline Labs found it trailed two rivals on the same tests.",
    )
    assert [set(d["parties"]) for d in c["disputes"]] == [{"Brightline Labs", "Quorvane"}]


def test_an_independent_finding_that_agrees_is_no_contradiction(extractor):
    # negative: a finding with no opposite word and no other figure
    c = contract(
        extractor,
        "Benchmarks\n\n"
        "Quorvane says Arden 2 beats every rival on coding tests. Independent evaluator "
        "Brightline Labs found it beat two rivals on the same tests.",
    )
    assert c["disputes"] == []


def test_saying_a_party_tried_to_evade_controls_accuses_it(extractor):
    c = contract(
        extractor,
        "Chips\n\n"
        "The State Department said on Monday that Quorvane had tried to evade US export "
        "controls to obtain Nvidia chips.",
    )
    assert [set(d["parties"]) for d in c["disputes"]] == [{"State Department", "Quorvane"}]


def test_another_score_for_the_same_model_on_the_same_benchmark_contradicts(extractor):
    c = contract(
        extractor,
        "Scores\n\n"
        "When Quorvane unveiled Arden 2 in December, its chief research officer Lena Brandt "
        "said the model solved just over 25 percent of FrontierMath problems.\n\n"
        "Epoch AI, the research institute behind FrontierMath, said on Friday that its own "
        "test of the public Arden 2 release scored around 10 percent.",
    )
    assert len(c["disputes"]) == 1
    assert "Epoch AI" in c["disputes"][0]["parties"]


def test_the_same_score_reported_by_another_party_is_no_contradiction(extractor):
    # negative: the same percentage
    c = contract(
        extractor,
        "Scores\n\n"
        "When Quorvane unveiled Arden 2 in December, its chief research officer Lena Brandt "
        "said the model solved 25 percent of FrontierMath problems.\n\n"
        "Epoch AI, the research institute behind FrontierMath, said on Friday that its own "
        "test of the public Arden 2 release scored 25 percent.",
    )
    assert c["disputes"] == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # two causes of one outage
        ("Velmora blamed Tuesday's outage of its chatbot on a cyberattack.",
         "Brontal, which runs the servers, said the outage was caused by a faulty software "
         "update."),
        # two purposes of one feature
        ("Velmora said the new tracking feature was designed to protect children.",
         "The Corran Privacy Foundation said the feature was designed to collect data for "
         "advertising."),
    ],
)
def test_two_answers_to_a_question_with_one_answer_contradict(extractor, first, second):
    c = contract(
        extractor,
        f"Velmora faces questions over its chatbot\n\nThe company has had a difficult month. "
        f"{first} {second}",
    )
    assert len(c["disputes"]) == 1
    assert "Velmora" in c["disputes"][0]["parties"]


@pytest.mark.parametrize(
    "second",
    [
        # negative: the same cause in other words that share one
        "Brontal, which runs the servers, said the outage was caused by a cyberattack on its "
        "data centre.",
        # negative: a cause of something else
        "Brontal, which runs the servers, said its own sales fell because of higher prices.",
    ],
)
def test_the_same_answer_or_another_question_is_no_contradiction(extractor, second):
    c = contract(
        extractor,
        "Velmora faces questions over its chatbot\n\nThe company has had a difficult month. "
        "Velmora blamed Tuesday's outage of its chatbot on a cyberattack. " + second,
    )
    assert c["disputes"] == []


def test_an_investor_s_the_company_is_the_company_discussed_not_their_own_firm(extractor):
    # so dismissing "the criticism" answers the critic, not the investor who vouched
    c = contract(
        extractor,
        "Questions over Velmora's revenue\n\nVelmora, the coding startup, told investors it "
        "had reached $200 million in revenue. Priya Nair, a partner at Corran Ventures, "
        "which led Velmora's last round, said she had full confidence in the company's "
        'numbers. But Daniel Ortiz, an accounting professor, said the figure was "at best '
        'aggressive." Velmora chief executive Lena Brandt dismissed the criticism as noise.',
    )
    parties = [sorted(d["parties"]) for d in c["disputes"]]
    assert ["Corran Ventures", "Lena Brandt"] not in parties
    assert ["Daniel Ortiz", "Lena Brandt"] in parties


def test_a_closing_participle_hung_on_an_inner_clause_is_the_main_subject_s(extractor):
    # "rejecting the AI company's argument": the judge rejects, not the company itself,
    # and "the AI company" is the infringer, not the publisher named as an owner
    c = contract(
        extractor,
        "Publisher wins\n\nJudge Jane Whitcombe on Friday ruled that Quorvane infringed "
        "Kestrel Media's copyrights when it trained its chatbot on the publisher's "
        "articles, rejecting the AI company's argument that the use was fair. Kestrel "
        "Media chief executive Tomas Reyes welcomed the ruling.",
    )
    assert ["Jane Whitcombe", "Quorvane"] in [d["parties"] for d in c["disputes"]]
    assert all(d["parties"][0] != "Quorvane" for d in c["disputes"])


@pytest.mark.parametrize("label", ['"open-washing"', "greenwashing", '"AI-washing"'])
def test_calling_a_party_s_claim_a_kind_of_washing_criticises_the_party(extractor, label):
    c = contract(
        extractor,
        "Is Brontal-2 open source?\n\nQuorvane calls its Brontal-2 model open source. "
        f"Lena Brandt, a researcher at the Lumio Institute, called Quorvane's use of the "
        f"term {label}.",
    )
    assert ["Lena Brandt", "Quorvane"] in [d["parties"] for d in c["disputes"]]


def test_a_study_s_author_who_disagrees_answers_no_other_author_of_that_study(extractor):
    # negative: the one who retracted the study is not named, so there is no dispute
    # rather than one with the author's own university
    c = contract(
        extractor,
        "Journal retracts study\n\nThe journal has retracted a study by researchers at "
        "Halvern University that claimed an AI tutor doubled test scores. The study's lead "
        "author, Tomas Reyes, disagreed with the decision.",
    )
    assert not any("Halvern University" in d["parties"] for d in c["disputes"])


def test_a_headline_s_first_word_that_the_article_writes_in_lower_case_is_no_name(extractor):
    found = contract(
        extractor,
        "Journal retracts Halvern study on AI tutors\n\nThe journal Learning Science has "
        "retracted a study by researchers at Halvern University.",
    )
    assert "Journal" not in {e["name"] for e in found["entities"]}


def test_lobbying_against_the_deal_opposes_the_buyer_also_from_a_described_party(extractor):
    # "Brontal, a smaller rival that had lobbied against the deal": the rival is Brontal,
    # and the deal is Quorvane's acquisition named earlier under another word
    c = contract(
        extractor,
        "Regulator blocks deal\n\nThe regulator on Wednesday blocked Quorvane's $3 billion "
        "acquisition of the startup Lumio. The decision drew praise from Brontal, a smaller "
        "rival that had lobbied against the deal.",
    )
    assert ["Brontal", "Quorvane"] in [d["parties"] for d in c["disputes"]]


@pytest.mark.parametrize("label", ['"stuck in the past"', "obsolete"])
def test_calling_a_rival_s_work_behind_the_times_criticises_the_rival(extractor, label):
    c = contract(
        extractor,
        "Rival labs\n\nQuorvane chief executive Tomas Reyes spoke at a conference in Paris. "
        f"Last month Reyes called Velmora's research {label}.",
    )
    assert ["Tomas Reyes", "Velmora"] in [d["parties"] for d in c["disputes"]]


@pytest.mark.parametrize(
    "judgement",
    [
        "the authority had taken too narrow a view of the market",
        "the authority had moved too slowly",
        "the authority was too cautious",
    ],
)
def test_a_party_s_act_judged_excessive_by_another_criticises_it(extractor, judgement):
    c = contract(
        extractor,
        "Regulator blocks deal\n\nThe Halvern Competition Authority blocked the merger of "
        f"Quorvane and Lumio. Marcus Feld, an economist, said {judgement}.",
    )
    assert ["Marcus Feld", "Halvern Competition Authority"] in [
        d["parties"] for d in c["disputes"]
    ]


@pytest.mark.parametrize(
    "judgement",
    [
        # negative: an infinitive after the measure need not fault anyone
        "the authority was too important to ignore",
        # negative: a pronoun's excess is the speaker's own or no one's
        "it was too early to say",
    ],
)
def test_too_with_an_infinitive_or_a_pronoun_is_no_criticism(extractor, judgement):
    c = contract(
        extractor,
        "Regulator blocks deal\n\nThe Halvern Competition Authority blocked the merger of "
        f"Quorvane and Lumio. Marcus Feld, an economist, said {judgement}.",
    )
    assert not any("Marcus Feld" in d["parties"] for d in c["disputes"])


def test_a_news_site_named_after_its_description_is_an_organisation_of_the_press(extractor):
    c = contract(
        extractor,
        "Scraping row\n\nThe technology news site Kestrel Wire has accused the AI search "
        "company Brontal of scraping its articles. Kestrel Wire's editor, Daniel Ortiz, "
        "said the site had updated its robots.txt file to block the company.",
    )
    assert {"Kestrel Wire": "Organization"}.items() <= {
        e["name"]: e["type"] for e in c["entities"]
    }.items()
    parties = [d["parties"] for d in c["disputes"]]
    assert ["Kestrel Wire", "Brontal"] in parties
    # the editor's "the company" is the one the site accused, not the site itself
    assert not any({"Daniel Ortiz", "Kestrel Wire"} <= set(p) for p in parties)


@pytest.mark.parametrize("noun", ["distinction", "rationale", "logic"])
def test_saying_that_distinction_does_not_hold_up_rebuts_the_one_who_drew_it(extractor, noun):
    c = contract(
        extractor,
        "Scraping row\n\nThe outlet Kestrel Wire accused Brontal of scraping its articles. "
        "Brontal said the requests came from users asking its assistant to summarise "
        f'pages. Lena Brandt, a researcher at Corran University, said that {noun} "does '
        'not hold up."',
    )
    assert ["Lena Brandt", "Brontal"] in [d["parties"] for d in c["disputes"]]


def test_saying_a_party_gave_others_an_unfair_advantage_charges_it(extractor):
    c = contract(
        extractor,
        "Ranking row\n\nJane Whitcombe, a professor at Halvern University, said Brontal "
        "Rankings gave large companies an unfair advantage. Brontal Rankings did not respond.",
    )
    assert ["Jane Whitcombe", "Brontal Rankings"] in [d["parties"] for d in c["disputes"]]


# a method said to be copied, the paper's author answering and its accuser judging it
METHOD_ROW = (
    "Method row\n\nResearchers at the Lumio Institute say a paper by Velmora describes "
    "their method without credit. In a reply, the paper's lead author, Daniel Ortiz, "
    "rejected the criticism. Jane Whitcombe, who led the Lumio work, said {judgement}."
)


@pytest.mark.parametrize(
    "judgement",
    ["the reply did not explain the similarities", "the reply failed to address the similarities"],
)
def test_saying_an_answer_fell_short_questions_whoever_gave_it(extractor, judgement):
    c = contract(extractor, METHOD_ROW.format(judgement=judgement))
    assert ["Jane Whitcombe", "Daniel Ortiz"] in [d["parties"] for d in c["disputes"]]


def test_an_answer_that_explains_is_no_challenge(extractor):
    # negative: the reply did what an answer must
    c = contract(extractor, METHOD_ROW.format(judgement="the reply explained the similarities"))
    assert ["Jane Whitcombe", "Daniel Ortiz"] not in [d["parties"] for d in c["disputes"]]


@pytest.mark.parametrize(
    "judgement",
    [
        "Priya Nair said she was not impressed by Velmora's demo.",
        "Priya Nair is not convinced by Velmora's claims.",
        "Priya Nair said Velmora's numbers were cherry-picked.",
        "Priya Nair said Velmora's demo was staged.",
        "Priya Nair said Velmora had moved the goalposts.",
        "Priya Nair said Velmora owed users an apology.",
    ],
)
def test_more_ways_of_doubting_or_faulting_a_party(extractor, judgement):
    c = contract(extractor, f"Chatbot row\n\nVelmora released a chatbot on Monday. {judgement}")
    assert ["Priya Nair", "Velmora"] in [d["parties"] for d in c["disputes"]]


@pytest.mark.parametrize(
    "judgement",
    [
        # negative: impressed, not unimpressed
        "Priya Nair said she was impressed by Velmora's demo.",
        # negative: staging an event is no misdeed
        "Priya Nair said Velmora staged a launch event in Paris.",
    ],
)
def test_being_impressed_or_staging_an_event_is_no_dispute(extractor, judgement):
    c = contract(extractor, f"Chatbot row\n\nVelmora released a chatbot on Monday. {judgement}")
    assert c["disputes"] == []


def test_a_publisher_described_as_suing_sues_and_is_an_organisation(extractor):
    c = contract(
        extractor,
        "Publishers line up\n\nThree news groups said they would file briefs supporting "
        "Kestrel Wire, the publisher suing the AI company Velmora for copyright "
        "infringement. Velmora's lawyers have asked the court to dismiss the case.",
    )
    assert {"Kestrel Wire": "Organization"}.items() <= {
        e["name"]: e["type"] for e in c["entities"]
    }.items()
    assert ["Kestrel Wire", "Velmora"] in [d["parties"] for d in c["disputes"]]


def test_urging_a_body_to_suspend_a_party_s_permits_criticises_the_party(extractor):
    c = contract(
        extractor,
        "Robotaxi crashes\n\nQuorvane says its robotaxis are safe. Marcus Feld, who heads the "
        "advocacy group Safe Streets Now, called on regulators to suspend Quorvane's permits "
        "until the review is complete.",
    )
    assert ["Marcus Feld", "Quorvane"] in [d["parties"] for d in c["disputes"]]


def test_cutting_corners_is_a_charge(extractor):
    c = contract(
        extractor,
        "Chatbot row\n\nVelmora released a chatbot on Monday and said it was safe. Priya Nair "
        "said Velmora was cutting corners on safety.",
    )
    assert ["Priya Nair", "Velmora"] in [d["parties"] for d in c["disputes"]]


@pytest.mark.parametrize(
    "judgement",
    [
        "Priya Nair called Velmora's safety record abysmal.",
        "Priya Nair said she does not trust Velmora.",
    ],
)
def test_calling_a_record_abysmal_or_not_trusting_a_party_disputes_it(extractor, judgement):
    c = contract(
        extractor,
        f"Chatbot row\n\nVelmora released a chatbot on Monday and said it was safe. {judgement}",
    )
    assert ["Priya Nair", "Velmora"] in [d["parties"] for d in c["disputes"]]


def test_trusting_a_party_is_no_dispute(extractor):
    # negative: trust, not distrust
    c = contract(
        extractor,
        "Chatbot row\n\nVelmora released a chatbot on Monday and said it was safe. Priya Nair "
        "said she trusts Velmora.",
    )
    assert c["disputes"] == []


def test_a_denial_is_not_answered_by_a_later_speaker_it_shares_words_with(extractor):
    # the evaluator's sentence names the institute a later critic works at: the shared
    # words make no answer of a claim told after it
    text = (
        "Quorvane touts benchmark lead\n\n"
        "Quorvane said its Velt-3 model outperformed Lumio-2 on MathBench.\n\n"
        "Kestrel Evals said it could not reproduce the results, and a researcher at Halvern "
        "Institute said the comparison left out open models.\n\n"
        '"The numbers look cherry-picked," said Priya Nair, a researcher at Halvern '
        "Institute."
    )
    found = [frozenset(d["parties"]) for d in contract(extractor, text)["disputes"]]
    assert frozenset({"Kestrel Evals", "Priya Nair"}) not in found
    assert frozenset({"Kestrel Evals", "Quorvane"}) in found


def test_an_attack_on_a_guessed_target_is_not_answered_by_its_staff_speaking_of_another(
    extractor,
):
    # Feld's "fake news" names no one; Ortiz, speaking later, is about Reyes, not Feld
    text = (
        "Velmora hires rival's researchers\n\n"
        "Velmora has hired eight researchers from Quorvane. Tomas Reyes, Quorvane's chief "
        'executive, said the offers were "distasteful" and that none of his best people had '
        "accepted.\n\n"
        'Marcus Feld, one of the researchers who left, disputed that account. "The story '
        'about the bonus is fake news," Feld wrote. Daniel Ortiz, Velmora\'s chief '
        'technology officer, said Reyes was "being dishonest" about the offers.'
    )
    found = [frozenset(d["parties"]) for d in contract(extractor, text)["disputes"]]
    assert frozenset({"Marcus Feld", "Daniel Ortiz"}) not in found
    assert frozenset({"Daniel Ortiz", "Tomas Reyes"}) in found


@pytest.mark.parametrize("verb", ["ignored", "overlooked"])
def test_a_comparison_said_to_ignore_rivals_contradicts_the_claim_it_backs(extractor, verb):
    text = (
        "Quorvane touts benchmark lead\n\n"
        "Quorvane said its Velt-3 model scored 88 percent on MathBench, ahead of every "
        "rival.\n\n"
        f"Jane Whitcombe, a researcher at Halvern Institute, said Quorvane's comparison {verb} "
        "the strongest open models."
    )
    found = [frozenset(d["parties"]) for d in contract(extractor, text)["disputes"]]
    assert frozenset({"Jane Whitcombe", "Quorvane"}) in found


@pytest.mark.parametrize("flaw", ["an unprotected database", "an unsecured server"])
def test_researchers_who_found_a_companys_data_open_contradict_its_no_leak_claim(
    extractor, flaw
):
    text = (
        "Chat app says no data leaked\n\n"
        "Lumio, the maker of an AI companion app, said on Tuesday that no user conversations "
        "had been exposed in last week's incident.\n\n"
        "Security researchers at Kestrel Labs said they had read more than a million chat "
        f"logs through {flaw} belonging to Lumio."
    )
    found = [frozenset(d["parties"]) for d in contract(extractor, text)["disputes"]]
    assert frozenset({"Kestrel Labs", "Lumio"}) in found


def test_a_claim_about_any_chatbot_disputes_no_company_in_the_news(extractor):
    # the quotation's subject is indefinite: it is about any flattering chatbot, not
    # about the company the article names most
    text = (
        "Velmora's model tops leaderboard\n\n"
        "Velmora's newest model took the top spot on a leaderboard this week. Velmora said "
        'it had been transparent about the version it submitted. Priya Nair, a professor '
        'at Halvern University, said popularity votes rewarded style. "A chatbot that '
        'flatters you will win even if it is wrong," she said.'
    )
    found = [set(d["parties"]) for d in contract(extractor, text)["disputes"]]
    assert {"Priya Nair", "Velmora"} not in found


@pytest.mark.parametrize(
    ("speaker", "party"),
    [
        # a spokesperson speaks for the Commission, which has no dispute of its own here
        ("European Commission spokesperson Lena Brandt", "European Commission"),
        # a guard (so before too): a lawyer at a firm comments for no one, her own dispute
        ("Lena Brandt, a copyright lawyer at Fenwick Hale,", "Lena Brandt"),
    ],
)
def test_a_spokespersons_dispute_is_the_organisations(extractor, speaker, party):
    c = contract(
        extractor,
        "Chatbot images\n\n"
        "Kestrel AI said it had fixed the problem with its chatbot.\n\n"
        f'{speaker} said Kestrel AI had misled users and called the images "appalling."',
    )
    pairs = {frozenset(d["parties"]) for d in c["disputes"]}
    assert frozenset({party, "Kestrel AI"}) in pairs


def test_a_claim_reported_inside_a_judges_words_is_not_about_the_judge(extractor):
    # "Y had plausibly alleged that Z ...": Y's claim, reported by the judge, is about Z
    c = contract(
        extractor,
        "Suit proceeds\n\n"
        "A federal judge allowed a lawsuit accusing HR software company Corvane of age "
        "discrimination to proceed.\n\n"
        "The plaintiff, Derek Mills, says Corvane's AI screening tools rejected him from "
        "more than 100 jobs.\n\n"
        "U.S. District Judge Rita Lin wrote that Mills had plausibly alleged that Corvane's "
        'algorithm "participates in the decision-making process" by rejecting candidates. '
        "She rejected Corvane's argument that it merely provides software.",
    )
    pairs = {frozenset(d["parties"]) for d in c["disputes"]}
    assert not [p for p in pairs if "Rita Lin" in p and any("Mills" in x for x in p)]


@pytest.mark.parametrize(
    ("label", "disputed"),
    [
        # a label that praises the paper rejects no one's work
        ('"a knockout blow" to claims that such systems can reason', False),
        ("damning", False),  # a guard: no dispute here before either
        # a control: a label that rejects it
        ('"a marketing stunt"', True),
    ],
)
def test_calling_a_paper_a_knockout_blow_praises_it(extractor, label, disputed):
    c = contract(
        extractor,
        "Reasoning paper\n\n"
        "A paper from Quorvane researchers argues that reasoning models stop reasoning when "
        "puzzles get hard.\n\n"
        f"Gary Holt, a longtime skeptic of language models, called the Quorvane paper {label}.",
    )
    pairs = {frozenset(d["parties"]) for d in c["disputes"]}
    assert (frozenset({"Gary Holt", "Quorvane"}) in pairs) is disputed


def test_a_ruling_that_a_party_did_no_wrong_is_no_charge_against_it(extractor):
    # "without permission" is a charge's words, but the ruling denies the wrong
    c = contract(
        extractor,
        "Fair use ruling\n\n"
        "A federal judge ruled on Wednesday that Velmora did not break copyright law when it "
        "trained its AI models on millions of books without permission, Judge Vince Chhabria "
        "wrote.\n\n"
        "A Velmora spokesperson said the company appreciated the decision.",
    )
    pairs = {frozenset(d["parties"]) for d in c["disputes"]}
    assert frozenset({"Vince Chhabria", "Velmora"}) not in pairs
