"""Claim extraction: quotes, reported speech, claimant resolution."""

from __future__ import annotations

import pytest

from ingest.document import ArticleText
from ingest.pipeline import Extraction, Extractor
from tests import extract_support

extractor = extract_support.extractor  # the session-wide Extractor fixture


def claims(extractor: Extractor, text: str) -> list[dict]:
    ex: Extraction = extractor.extract(ArticleText(text=text, source="test"))
    return ex.to_contract()["claims"]


def claim_with(cs: list[dict], fragment: str) -> dict:
    hits = [c for c in cs if fragment in c["text"]]
    assert hits, f"no claim contains {fragment!r}: {[c['text'] for c in cs]}"
    return hits[0]


def test_reported_speech_with_said(extractor):
    cs = claims(extractor, "Anthropic said on Tuesday that its new model refuses fewer requests.")
    c = claim_with(cs, "refuses fewer requests")
    assert c["claimant"] == "Anthropic"
    assert c["cue"] == "said"
    text = "Anthropic said on Tuesday that its new model refuses fewer requests."
    s, e = c["contentSpan"]
    assert "refuses fewer requests" in text[s:e]
    assert text[slice(*c["claimantSpan"])] == "Anthropic"


def test_the_company_is_no_public_body_named_just_before(extractor):
    text = (
        "The Federal Trade Commission opened an inquiry into Brontal on Monday. "
        "The company said it would cooperate with investigators."
    )
    assert claim_with(claims(extractor, text), "cooperate")["claimant"] == "Brontal"


def test_the_company_may_be_an_outlet_that_comments_on_itself(extractor):
    text = (
        "Reuters also commented on the columnist's future at the agency. "
        '"We wish him well," the company said in a statement.'
    )
    assert claim_with(claims(extractor, text), "wish him well")["claimant"] == "Reuters"


def test_according_to(extractor):
    cs = claims(extractor, "According to Reuters, Microsoft plans to build three new data centers.")
    assert claim_with(cs, "three new data centers")["claimant"] == "Reuters"


@pytest.mark.parametrize(
    ("text", "claimant", "cue"),
    [
        (
            "Anthropic's claim that its model refuses fewer requests drew doubts.",
            "Anthropic",
            "claim",
        ),
        (
            "Elon Musk made the argument that open models are safer in an interview.",
            "Elon Musk",
            "argument",
        ),
        ("Microsoft's position is that the outage lasted two hours.", "Microsoft", "position"),
    ],
)
def test_a_noun_with_a_that_clause_carries_its_owner_s_claim(extractor, text, claimant, cue):
    c = claim_with(claims(extractor, text), text[:20])
    assert (c["claimant"], c["cue"]) == (claimant, cue)
    s, e = c["contentSpan"]
    assert text[s:e].startswith("that ")


def test_an_organisation_s_role_is_the_person_named_in_it(extractor):
    text = (
        "Voltera CTO Mara Lindqvist spoke to staff on Friday. Later, the Voltera CTO said "
        "the hiring claims were false. A Voltera spokesperson declined to say more."
    )
    cs = claims(extractor, text)
    assert claim_with(cs, "hiring claims were false")["claimant"] == "Mara Lindqvist"


def test_a_group_introduced_by_number_is_the_people_named_next(keeping):
    text = (
        "A new analysis by two chemistry professors found that most of the compounds were "
        "not new. \u201cThe data is thin,\u201d said Professor Ingrid Solberg and Professor "
        "Tomas Haugen of the University of Oslo."
    )
    found = [c for c in claims(keeping, text) if "compounds were not new" in c["text"]]
    assert {c["claimant"] for c in found} == {"Ingrid Solberg", "Tomas Haugen"}


def test_a_numbered_group_stays_unnamed_when_the_count_differs(keeping):
    text = (
        "Three researchers found that most of the compounds were not new. "
        "\u201cThe data is thin,\u201d said Professor Ingrid Solberg of the University of Oslo."
    )
    found = [c for c in claims(keeping, text) if "compounds were not new" in c["text"]]
    assert [c["claimant"] for c in found] == [None]


@pytest.mark.parametrize(
    "text",
    ["Per Anthropic, the model ships in March.", "The model ships in March, per Anthropic."],
)
def test_per_a_named_source_is_its_claim(extractor, text):
    assert claim_with(claims(extractor, text), "ships in March")["claimant"] == "Anthropic"


def test_per_in_a_price_is_no_source(extractor):
    assert claims(extractor, "The model costs 20 dollars per month for each user.") == []


def test_per_an_outlet_gives_way_to_the_speaker_it_reports(extractor):
    cs = claims(extractor, "Per Reuters, Judge Susan Illston said the issue was grave.")
    assert [c["claimant"] for c in cs] == ["Susan Illston"]


def test_being_asked_is_no_claim_of_the_one_asked(extractor):
    text = "When asked whether Meta used the data, Yann LeCun replied, \u201cAbsolutely not.\u201d"
    assert [c["cue"] for c in claims(extractor, text)] == ["replied"]


def test_refusing_to_act_is_no_claim_but_refusing_a_claim_is_a_denial(extractor):
    assert claims(extractor, "Meta refused to disclose the training figures on Monday.") == []
    cs = claims(extractor, "Meta refused the claims made by the researchers on Monday.")
    assert [(c["claimant"], c["kind"]) for c in cs] == [("Meta", "denial")]


def test_contesting_a_place_is_a_race_not_a_denial(extractor):
    assert claims(extractor, "Both Anthropic and Cohere are contesting Texas this year.") == []


@pytest.mark.parametrize(
    ("signature", "claimant"),
    [
        ("\u2014 Yann LeCun (@ylecun) March 3, 2025", "Yann LeCun"),
        ("\u2014 Anthropic (@AnthropicAI) March 3, 2025", "Anthropic"),
    ],
)
def test_an_embedded_post_is_a_claim_of_its_signer(extractor, signature, claimant):
    text = (
        "The debate moved online on Monday.\n\n"
        "The benchmark numbers in that paper are simply wrong.\n" + signature + "\n\n"
        "Others disagreed."
    )
    c = claim_with(claims(extractor, text), "simply wrong")
    assert (c["claimant"], c["cue"]) == (claimant, "posted")


def test_a_former_employee_does_not_speak_for_the_organisation(keeping):
    cs = claims(keeping, "A former Anthropic engineer told Wired that the tests were rushed.")
    assert [(c["claimant"], c.get("claimantText")) for c in cs] == [
        (None, "A former Anthropic engineer")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The deal was first reported by Bloomberg on Monday.",
        "The plan, first reported by Bloomberg, would cut 200 jobs.",
    ],
)
def test_what_was_reported_by_an_outlet_is_its_claim(extractor, text):
    assert [c["claimant"] for c in claims(extractor, text)] == ["Bloomberg"]


@pytest.mark.parametrize(
    "text",
    [
        "Anthropic chief executive Ingrid Solberg spoke on Monday. The CEO said the model "
        "was safe.",
        "Ingrid Solberg founded the lab in 2019. The founder said the model was safe.",
    ],
)
def test_the_role_refers_to_the_person_named_in_it_or_just_named(keeping, text):
    assert claim_with(claims(keeping, text), "model was safe")["claimant"] == "Ingrid Solberg"


def test_a_claim_noun_without_a_that_clause_is_no_claim(extractor):
    assert claims(extractor, "Anthropic's claim drew doubts from several researchers.") == []


def test_quote_with_trailing_cue_and_following_quoted_sentence(extractor):
    text = (
        "“We never trained on customer data. Our logs prove it,” said Jordan Pike, "
        "chief technology officer of Hugging Face."
    )
    cs = claims(extractor, text)
    assert claim_with(cs, "We never trained")["claimant"] == "Jordan Pike"
    assert claim_with(cs, "Our logs prove it")["claimant"] == "Jordan Pike"
    assert claim_with(cs, "We never trained")["quote"]


def test_quote_continues_in_next_paragraph(extractor):
    text = (
        "“The cluster will be online in June,” Cohere said in a statement.\n\n"
        "“After that we will double capacity.”"
    )
    cs = claims(extractor, text)
    assert claim_with(cs, "double capacity")["claimant"] == "Cohere"


def test_pronoun_resolves_to_latest_person_claimant(extractor):
    text = (
        "Demis Hassabis said the lab would publish its safety evaluations. "
        "He added that outside auditors would review them first."
    )
    cs = claims(extractor, text)
    assert claim_with(cs, "outside auditors")["claimant"] == "Demis Hassabis"


def test_unnamed_spokesperson_stands_for_the_organisation(extractor):
    cs = claims(extractor, "A spokesperson for Nvidia said the export rules were unworkable.")
    assert claim_with(cs, "unworkable")["claimant"] == "Nvidia"


def test_named_spokesperson_is_the_claimant(extractor):
    cs = claims(extractor, "Google spokesperson Dana Whitfield said the feature was paused.")
    assert claim_with(cs, "paused")["claimant"] == "Dana Whitfield"


def test_the_company_resolves_to_the_organisation(extractor):
    text = "xAI released a new chart on Friday. The company claims its model leads every test."
    cs = claims(extractor, text)
    assert claim_with(cs, "leads every test")["claimant"] == "xAI"


def test_denial_kind(extractor):
    cs = claims(extractor, "OpenAI denied that it had used the leaked dataset.")
    c = claim_with(cs, "leaked dataset")
    assert c["kind"] == "denial"
    assert c["claimant"] == "OpenAI"


def test_accusation_kind_and_topic(extractor):
    cs = claims(extractor, "Cloudflare accused Perplexity of ignoring robots.txt rules.")
    c = claim_with(cs, "ignoring robots.txt")
    assert c["kind"] == "accusation"
    assert "Perplexity" in c["about"]


def test_interviewer_of_told(extractor):
    cs = claims(extractor, "Sam Altman told Bloomberg that revenue had tripled.")
    c = claim_with(cs, "tripled")
    assert c["claimant"] == "Sam Altman"
    assert c["interviewer"] == "Bloomberg"


def test_no_claim_without_a_cue(extractor):
    assert claims(extractor, "Meta opened a new office in Paris last year.") == []


def test_negated_reporting_verb_is_no_claim(extractor):
    cs = claims(extractor, "Amazon did not respond to a request for comment.")
    assert cs == []


def test_spokesperson_for_the_company(extractor):
    text = (
        "Meta released the glasses on Friday. "
        "A spokesperson for the company said sales were strong."
    )
    assert claim_with(claims(extractor, text), "sales were strong")["claimant"] == "Meta"


INTRO = (
    "Nimbus Labs released Orbit-2, a chatbot, on Monday. "
    "Priya Raman, the chief executive of Nimbus Labs, presented it in Oslo. "
)


@pytest.mark.parametrize(
    "speaker",
    ["A company spokesperson", "A Nimbus spokesperson", "The Microsoft-backed company"],
)
def test_descriptions_of_the_company_just_named_speak_for_it(extractor, speaker):
    # a description noun before the role, a short form of the name, and a name that
    # only describes the speaker ("-backed") all leave the company just named
    text = INTRO + f"{speaker} said the model was trained on licensed data."
    assert claim_with(claims(extractor, text), "licensed data")["claimant"] == "Nimbus Labs"


def test_its_chief_executive_is_the_person_named_in_that_role(extractor):
    text = INTRO + "Its chief executive said the model was trained on licensed data."
    assert claim_with(claims(extractor, text), "licensed data")["claimant"] == "Priya Raman"


def test_its_spokesperson_speaks_for_the_organisation(extractor):
    text = (
        "Nimbus Labs released Orbit-2 on Monday. "
        "Its spokesperson said the model was trained on licensed data."
    )
    assert claim_with(claims(extractor, text), "licensed data")["claimant"] == "Nimbus Labs"


def test_the_university_is_the_one_whose_name_says_so(extractor):
    text = (
        "Nimbus Labs released Orbit-2 on Monday. Lakeview University researchers tested it. "
        "The university said the model was slower than claimed."
    )
    assert claim_with(claims(extractor, text), "slower than claimed")["claimant"] == (
        "Lakeview University"
    )


def test_he_refers_to_the_person_just_introduced(extractor):
    text = (
        "Satya Nadella said the partnership was healthy. "
        "Later, Jensen Huang took the stage at the conference. He said demand was insane."
    )
    assert claim_with(claims(extractor, text), "demand was insane")["claimant"] == "Jensen Huang"


def test_adding_a_feature_is_no_claim(extractor):
    assert claims(extractor, "OpenAI added a voice mode to ChatGPT last week.") == []


# --- extractor that keeps claims from unnamed sources (what `claimgraph extract` uses)


keeping = extract_support.keeping


def test_unnamed_source_has_null_claimant_and_its_own_words(keeping):
    text = "Some analysts said the new accelerator would ship late."
    c = claim_with(claims(keeping, text), "ship late")
    assert c["claimant"] is None
    assert c["claimantText"] == "Some analysts"
    s, e = c["claimantSpan"]
    assert text[s:e] == "Some analysts"


def test_an_unnamed_sources_words_end_before_what_a_comma_adds(keeping):
    text = (
        "A person familiar with the plans, who asked not to be named, said the new "
        "accelerator would ship late."
    )
    c = claim_with(claims(keeping, text), "ship late")
    assert c["claimant"] is None
    assert c["claimantText"] == "A person familiar with the plans"


def test_unnamed_source_is_never_attached_to_a_named_party(keeping):
    text = (
        "Mistral released a small model on Monday. Observers said the model copied an older design."
    )
    c = claim_with(claims(keeping, text), "copied an older design")
    assert c["claimant"] is None
    assert c["claimantText"] == "Observers"


def test_named_claim_has_no_claimant_text(keeping):
    c = claim_with(claims(keeping, "Cohere said its revenue doubled."), "revenue doubled")
    assert c["claimant"] == "Cohere"
    assert "claimantText" not in c


def test_coordinated_claimants_each_make_the_claim(keeping):
    text = "Priya Raman and Tomas Weller argued that the benchmark was contaminated."
    cs = [c for c in claims(keeping, text) if "contaminated" in c["text"]]
    assert {c["claimant"] for c in cs} == {"Priya Raman", "Tomas Weller"}


@pytest.mark.parametrize(
    "text",
    [
        "Lyra Castellan, Tamsin Achterberg and Marlowe Quince denied getting any bonus.",
        "Three Brontal engineers - Lyra Castellan, Tamsin Achterberg, and Marlowe Quince - "
        "denied getting any bonus.",
    ],
)
def test_every_party_of_a_listed_subject_makes_the_claim(keeping, text):
    cs = [c for c in claims(keeping, text) if "bonus" in c["text"]]
    group = {"Lyra Castellan", "Tamsin Achterberg", "Marlowe Quince"}
    assert {c["claimant"] for c in cs} == group
    assert not any(group & set(c["about"]) for c in cs)  # not about one another


def test_a_dashed_aside_that_is_no_plain_list_names_no_co_claimants(keeping):
    text = (
        "Some critics - for instance, Lyra Castellan, who left Brontal last year - have "
        "called the model unsafe."
    )
    cs = [c for c in claims(keeping, text) if "unsafe" in c["text"]]
    assert "Brontal" not in {c["claimant"] for c in cs}


def test_they_refers_to_the_group_that_spoke_last(keeping):
    text = (
        "Priya Raman and Tomas Weller argued that the benchmark was contaminated. "
        "\u201cNobody checked the test split,\u201d they wrote."
    )
    cs = [c for c in claims(keeping, text) if "test split" in c["text"]]
    assert {c["claimant"] for c in cs} == {"Priya Raman", "Tomas Weller"}


def test_surname_alone_resolves_to_the_person(keeping):
    text = (
        "Priya Raman leads the evaluation team at Cohere. "
        "Raman had earlier claimed that the scores were inflated."
    )
    assert claim_with(claims(keeping, text), "inflated")["claimant"] == "Priya Raman"


def test_the_lawsuit_speaks_for_the_plaintiff(keeping):
    text = (
        "Getty Images sued Stability AI in Delaware on Monday. "
        "The lawsuit said the model copied millions of photographs."
    )
    assert claim_with(claims(keeping, text), "millions of photographs")["claimant"] == (
        "Getty Images"
    )


def test_the_letter_speaks_for_its_sender(keeping):
    text = (
        "Anthropic sent a letter to the committee on Friday. "
        "The letter stated that the proposed rules were unworkable."
    )
    assert claim_with(claims(keeping, text), "unworkable")["claimant"] == "Anthropic"


def test_an_unnamed_coalition_s_letter_speaks_for_its_named_leader(keeping):
    text = (
        "A coalition of 40 technology firms sent an open letter on Monday. "
        "The group, led by Anthropic, includes several startups. "
        "\u201cThe rules are unclear,\u201d the letter stated."
    )
    assert claim_with(claims(keeping, text), "rules are unclear")["claimant"] == "Anthropic"


def test_their_document_speaks_for_the_group_named_before(keeping):
    text = (
        "Ingrid Solberg and Tomas Haugen wrote to the board in May. "
        "Their letter argued that Anthropic could not police itself."
    )
    found = [c for c in claims(keeping, text) if "police itself" in c["text"]]
    assert {c["claimant"] for c in found} == {"Ingrid Solberg", "Tomas Haugen"}


def test_the_study_speaks_for_those_who_did_it(keeping):
    text = (
        "In a new study, researchers from Cohere examined the Anthropic model. "
        "The study found that the model overstates its accuracy."
    )
    assert claim_with(claims(keeping, text), "overstates")["claimant"] == "Cohere"


def test_headline_speaker_label(keeping):
    text = (
        "Copilot comes to every PC\n\nMicrosoft shipped Copilot on Monday.\n\n"
        "Satya Nadella: Copilot will reach every Windows user this year\n\nMore text follows."
    )
    c = claim_with(claims(keeping, text), "every Windows user")
    assert c["claimant"] == "Satya Nadella"
    assert c["cue"] == ":"
    s, e = c["contentSpan"]
    assert text[s:e] == "Copilot will reach every Windows user this year"


def test_editorial_label_is_no_speaker(keeping):
    text = "Correction: An earlier version of this story misstated the launch date.\n"
    assert claims(keeping, text) == []


def test_told_content_excludes_the_addressee(keeping):
    text = "Demis Hassabis told reporters that the model would be open."
    c = claim_with(claims(keeping, text), "would be open")
    s, e = c["contentSpan"]
    assert text[s:e] == "that the model would be open"


def test_accused_content_includes_the_charge(keeping):
    text = "Cloudflare accused Perplexity of hiding its crawlers."
    c = claim_with(claims(keeping, text), "hiding")
    s, e = c["contentSpan"]
    assert text[s:e] == "Perplexity of hiding its crawlers"


def test_two_cues_of_one_sentence_are_two_claims(keeping):
    text = (
        "\u201cThe outage is over,\u201d the spokesperson for Anthropic said, "
        "adding that no data had been lost."
    )
    cs = [c for c in claims(keeping, text) if c["claimant"] == "Anthropic"]
    contents = sorted(text[slice(*c["contentSpan"])] for c in cs)
    assert contents == ["The outage is over", "that no data had been lost"]


def test_nested_cue_of_the_same_speaker_is_one_claim(keeping):
    text = "Jensen Huang said he thinks demand will double next year."
    cs = [c for c in claims(keeping, text) if "double" in c["text"]]
    assert len(cs) == 1
    assert cs[0]["cue"] == "said"


def test_attitude_cue_needs_a_person_or_group(keeping):
    text = "Sundar Pichai praised the new chip. The chip supports eight languages."
    cs = claims(keeping, text)
    assert claim_with(cs, "praised")["claimant"] == "Sundar Pichai"
    assert not [c for c in cs if "eight languages" in c["text"]]


def test_wanting_something_is_no_claim(keeping):
    # a wish asserts nothing an analyst could check or dispute (PolNeAR's scheme counts
    # it; the AI-news labels do not)
    assert claims(keeping, "Nvidia wants to sell more chips in China next year.") == []


def test_quoting_another_party_without_disagreeing_is_no_denial(keeping):
    text = "Meta cited a Stanford study that found the model was accurate."
    for c in claims(keeping, text):
        assert c["kind"] != "denial"


def test_hedged_report_without_a_source_is_no_claim(keeping):
    text = "The model may have been trained on leaked data."
    assert claims(keeping, text) == []


def test_title_line_is_no_claim(keeping):
    text = (
        "Cohere says its rival is overselling a chatbot\n\n"
        "Cohere said on Monday that the rival chatbot fails simple tasks."
    )
    cs = claims(keeping, text)
    assert [c["cue"] for c in cs] == ["said"]


def test_first_line_with_a_full_stop_is_a_sentence(keeping):
    text = "Cohere said the rival chatbot fails simple tasks.\n\nIt released a report too."
    assert claim_with(claims(keeping, text), "fails simple")["claimant"] == "Cohere"


def test_a_paragraphs_first_word_is_no_sentence_of_its_own(keeping):
    # the small parser may end a sentence right after a paragraph's first word
    text = (
        "New model\n\nHalcyon AI released Meridian-2, an open-weight model that it says "
        "beats Llama 3 on math."
    )
    assert claim_with(claims(keeping, text), "beats Llama")["text"].startswith("Halcyon AI")


def test_speaker_after_a_quotation_is_not_a_noun_inside_it(keeping):
    text = (
        "Priya Raman and Tomas Weller left Cohere in May. "
        "\u201cThe board fired its chief,\u201d Raman and Weller\u2014who both sat on it\u2014"
        "wrote on Friday."
    )
    cs = [c for c in claims(keeping, text) if "fired its chief" in c["text"]]
    assert {c["claimant"] for c in cs} == {"Priya Raman", "Tomas Weller"}


def test_first_person_outside_quotes_is_the_author(keeping):
    text = (
        "Cohere said the chatbot answers every question. "
        "I think the chatbot answers very few questions."
    )
    c = claim_with(claims(keeping, text), "very few")
    assert c["claimant"] is None


def test_asked_to_dismiss_is_no_dismissal_by_the_asker(keeping):
    text = "Mistral asked a judge to dismiss the complaint."
    assert not [c for c in claims(keeping, text) if c["cue"] == "dismiss"]


def test_document_of_a_person_has_no_attitude(keeping):
    text = "Priya Raman's memo was intended to support the merger."
    assert not [c for c in claims(keeping, text) if c["claimant"] == "Priya Raman"]


def test_person_with_an_attitude_still_counts(keeping):
    text = "Priya Raman intends to support the merger."
    assert claim_with(claims(keeping, text), "merger")["claimant"] == "Priya Raman"


def test_weak_cue_inside_reported_content_is_no_claim_of_its_own(keeping):
    text = "Cohere claimed that Mistral's model showed signs of copying."
    cs = [c for c in claims(keeping, text) if "signs of copying" in c["text"]]
    assert [c["claimant"] for c in cs] == ["Cohere"]


def test_their_research_inside_a_claim_is_the_same_claim(keeping):
    text = "A Cohere spokesperson claimed that their internal research indicates the model is safe."
    cs = [c for c in claims(keeping, text) if "safe" in c["text"]]
    assert len(cs) == 1


def test_according_to_source_ends_at_the_comma(keeping):
    text = "According to Reuters, Cohere and Mistral filed a joint motion on Tuesday."
    cs = [c for c in claims(keeping, text) if c["cue"] == "according to"]
    assert [c["claimant"] for c in cs] == ["Reuters"]


def test_on_a_blog_is_a_place_not_a_source(keeping):
    text = "In a post on Cohere's blog, the company published a chart of its scores."
    assert not [c for c in claims(keeping, text) if c["claimant"] == "Cohere"]


def test_based_on_a_post_is_a_source(keeping):
    text = "Based on Cohere's post, the model scored first on the new test."
    assert claim_with(claims(keeping, text), "scored first")["claimant"] == "Cohere"


def test_a_naming_participle_is_no_claim(keeping):
    text = "Priya Raman, known as a careful reviewer, joined Cohere in May."
    assert not [c for c in claims(keeping, text) if c["claimant"] == "Priya Raman"]


def test_what_someone_said_is_a_reference(keeping):
    text = "Priya Raman runs Cohere. That matches what she said on Monday about the launch."
    assert not [c for c in claims(keeping, text) if "matches" in c["text"]]


def test_a_purpose_clause_is_no_attitude(keeping):
    text = "Cohere released the weights to encourage adoption among researchers."
    assert not [c for c in claims(keeping, text) if c["cue"] == "encourage"]


def test_an_organisation_in_apposition_to_a_possessed_description_speaks(keeping):
    text = "Brontal's rival, Quorvane, said the move would hurt developers."
    assert claim_with(claims(keeping, text), "hurt developers")["claimant"] == "Quorvane"


def test_relative_clause_after_an_apposition_speaks_for_the_person(keeping):
    text = (
        "The flaw was found by Priya Raman, the founder of Cohere, "
        "who argued that the model copied the layout."
    )
    assert claim_with(claims(keeping, text), "copied the layout")["claimant"] == "Priya Raman"


def test_comment_without_content_is_no_claim(keeping):
    assert claims(keeping, "Cohere has yet to comment on the report.") == []


def test_they_after_an_unnamed_group_is_that_group(keeping):
    text = (
        "Cohere said its model was the fastest. "
        "Two independent testers found that the model was slow, "
        "and they confirmed that the result held."
    )
    cs = [c for c in claims(keeping, text) if c["cue"] == "confirmed"]
    assert cs and all(c["claimant"] is None for c in cs)


def test_they_after_a_named_company_is_still_the_company(keeping):
    text = "Cohere said its model was the fastest. They argued that rivals were slower."
    assert claim_with(claims(keeping, text), "rivals were slower")["claimant"] == "Cohere"


# --- definite plurals that refer back to a list of named parties


def test_definite_plural_refers_to_the_list_introduced_with_the_same_words(keeping):
    text = (
        "Former engineers Dana Whitfield and Omar Reyes sued Cohere last week. "
        "Current engineers Lena Park and Ravi Iyer defended the company. "
        "The former engineers argued that the startup had hidden safety problems."
    )
    cs = [c for c in claims(keeping, text) if c["cue"] == "argued"]
    assert sorted(c["claimant"] for c in cs) == ["Dana Whitfield", "Omar Reyes"]


def test_the_companies_refers_to_the_latest_list_of_organisations(keeping):
    text = (
        "Cohere and Mistral AI released a joint benchmark on Monday. "
        "The companies said their models beat every open rival."
    )
    cs = [c for c in claims(keeping, text) if c["cue"] == "said"]
    assert sorted(c["claimant"] for c in cs) == ["Cohere", "Mistral AI"]


def test_a_plural_noun_elsewhere_in_the_sentence_does_not_name_the_list(keeping):
    text = (
        "Dana Whitfield and Omar Reyes sued the companies in March. "
        "The companies said the lawsuit had no merit."
    )
    cs = claims(keeping, text)
    c = claim_with(cs, "no merit")
    assert c["claimant"] not in ("Dana Whitfield", "Omar Reyes")


def test_a_plural_with_a_named_organisation_is_that_organisation(keeping):
    text = (
        "Dana Whitfield and Omar Reyes praised the model. "
        "The Cohere researchers said the model was safe."
    )
    cs = [c for c in claims(keeping, text) if "was safe" in c["text"]]
    assert len(cs) == 1  # not one claim per person of the earlier list


def test_they_after_a_group_subject_is_that_group(keeping):
    text = (
        "Researchers from Cohere and Mistral AI published a study in May. "
        "The researchers also examined the model. "
        "They noted that it failed basic arithmetic tests."
    )
    cs = [c for c in claims(keeping, text) if c["cue"] == "noted"]
    assert sorted(c["claimant"] for c in cs) == ["Cohere", "Mistral AI"]


# --- participle chains


def test_a_participle_answering_claims_chained_to_another_is_one_claim(keeping):
    text = (
        "Priya Natarajan replied on Monday, rejecting the allegations and saying "
        "the audit had cleared the lab."
    )
    cues = [c["cue"] for c in claims(keeping, text) if c["claimant"] == "Priya Natarajan"]
    assert "saying" in cues
    assert "rejecting" not in cues


def test_participles_with_content_of_their_own_stay_separate(keeping):
    text = (
        "Priya Natarajan posted a long thread on Monday, blaming herself for the delay "
        "and defending the lab's testing process."
    )
    cues = {c["cue"] for c in claims(keeping, text) if c["claimant"] == "Priya Natarajan"}
    assert {"blaming", "defending"} <= cues


# --- a byline label on its own line


def test_byline_label_alone_on_a_line_attributes_the_next_paragraph(keeping):
    text = (
        "Dana Whitfield, The Verge:\n\n"
        "The scanner relied on remote workers. The cashiers were moved off-site.\n\n"
        "That sounds like a scam to me, and Dana Whitfield agrees."
    )
    cs = claims(keeping, text)
    assert claim_with(cs, "remote workers")["claimant"] == "Dana Whitfield"
    assert claim_with(cs, "moved off-site")["claimant"] == "Dana Whitfield"
    assert not any("scam" in c["text"] and c["cue"] == ":" for c in cs)  # the author's


def test_a_label_with_text_after_the_colon_is_no_byline(keeping):
    text = (
        "Dana Whitfield, The Verge: more on this later.\n\n"
        "The scanner relied on remote workers.\n\n"
        "Dana Whitfield agrees."
    )
    assert not any("remote workers" in c["text"] for c in claims(keeping, text))


def test_a_lowercase_phrase_after_the_name_is_no_byline(keeping):
    text = (
        "Dana Whitfield, in short:\n\n"
        "The scanner relied on remote workers.\n\n"
        "Dana Whitfield agrees."
    )
    assert not any("remote workers" in c["text"] for c in claims(keeping, text))


def test_participle_after_an_embedded_clause_speaks_for_the_main_subject(keeping):
    text = (
        "Cohere has denied allegations that its Command large language model copied "
        "elements from Google's Gemma model, asserting that the model was trained from scratch."
    )
    cs = claims(keeping, text)
    assert claim_with(cs, "from scratch")["claimant"] == "Cohere"
    assert {c["claimant"] for c in cs} == {"Cohere"}


def test_participle_with_its_own_main_subject_unchanged(extractor):
    cs = claims(extractor, "Google sued Mistral on Monday, claiming that the chatbot copied code.")
    assert {c["claimant"] for c in cs} == {"Google"}


def test_who_after_founder_of_company_is_the_person(extractor):
    text = (
        "The leak was reported by Tomas Varga, the founder of Quillbyte Software, "
        "who discovered that the app stored passwords in plain text."
    )
    cs = claims(extractor, text)
    assert claim_with(cs, "plain text")["claimant"] == "Tomas Varga"


def test_which_after_founder_of_company_is_not_the_person(extractor):
    text = "Quillbyte, which was founded by Tomas Varga, said the app was secure."
    cs = claims(extractor, text)
    assert claim_with(cs, "was secure")["claimant"] == "Quillbyte"


def test_name_inside_relative_clause_of_subject_does_not_speak(extractor):
    text = "A spokesperson for Nvidia, which is run by Jensen Huang, said the chips were sold out."
    cs = claims(extractor, text)
    assert claim_with(cs, "sold out")["claimant"] == "Nvidia"


def test_each_name_of_a_list_opening_the_sentence_makes_the_claim(extractor):
    text = (
        "Three artists, Sarah Andel, Kelly Markov and Karla Ortiz, sued Stability AI in "
        "January. Andel, Markov, and Ortiz accused the companies of widespread copyright "
        "infringement."
    )
    cs = [c for c in claims(extractor, text) if "widespread" in c["text"]]
    assert sorted(c["claimant"] for c in cs) == ["Karla Ortiz", "Kelly Markov", "Sarah Andel"]


def test_the_outlet_a_claim_was_told_to_is_not_what_it_is_about(extractor):
    text = "Dana Roe told Reuters that Quorvane would appeal the ruling against its chatbot."
    c = claim_with(claims(extractor, text), "appeal the ruling")
    assert "Reuters" not in c["about"]


def test_published_analysis_that_suggested_is_the_publisher(extractor):
    text = "Veritas Lab published a GitHub analysis that suggested the benchmark was contaminated."
    cs = claims(extractor, text)
    assert claim_with(cs, "contaminated")["claimant"] == "Veritas Lab"


def test_paper_by_author_resolves_the_papers_authors(extractor):
    text = (
        "The dispute began after the release of a paper by a group called Veritas Lab. "
        "Meta said the results were wrong. "
        "The paper's authors also alleged that Meta had hidden the training data."
    )
    cs = claims(extractor, text)
    assert claim_with(cs, "hidden the training data")["claimant"] == "Veritas Lab"


def test_the_company_is_the_latest_subject_rather_than_the_last_named(extractor):
    text = (
        "Meta is reportedly offering large bonuses to hire engineers from OpenAI. "
        "The company has denied paying every recruit a bonus."
    )
    assert claim_with(claims(extractor, text), "denied paying")["claimant"] == "Meta"


def test_the_company_is_a_claimant_who_spoke_after_the_subject(extractor):
    text = (
        "Meta is reportedly offering large bonuses to hire engineers. "
        "OpenAI said on Monday that its staff were loyal. "
        "The company has denied losing any researchers."
    )
    assert claim_with(claims(extractor, text), "denied losing")["claimant"] == "OpenAI"


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "Axios reported, citing a spokesperson from Nvidia, that no chips had gone missing.",
            "Nvidia",
        ),
        (
            "A columnist writes, paraphrasing the Information's reporting, that most orders "
            "were checked by hand.",
            "The Information",
        ),
    ],
)
def test_a_reporter_citing_a_party_passes_the_claim_to_it(extractor, text, claimant):
    assert {c["claimant"] for c in claims(extractor, text)} == {claimant}


def test_citing_no_party_leaves_the_claim_with_the_reporter(extractor):
    cs = claims(extractor, "OpenAI said, citing internal data, that usage doubled this year.")
    assert claim_with(cs, "usage doubled")["claimant"] == "OpenAI"


def test_voicing_concerns_is_a_view_and_raising_money_is_not(extractor):
    cs = claims(
        extractor,
        "Mira Patel voiced serious concerns about the merger on Monday. "
        "Her startup, Lumen Robotics, raised $40 million last year.",
    )
    assert [c["claimant"] for c in cs] == ["Mira Patel"]
    assert "concerns about the merger" in cs[0]["text"]


def test_a_coordinated_subject_cut_by_the_parser_still_speaks_for_both(extractor):
    # the parser hangs "Ng" on "risks"; both Ng and LeCun hold the belief
    cs = claims(
        extractor,
        "Andrew Ng and Yann LeCun spoke first. While others express concerns about the "
        "risks, Ng and LeCun believe the fears are exaggerated.",
    )
    holders = {c["claimant"] for c in cs if "exaggerated" in c["text"]}
    assert {"Andrew Ng", "Yann LeCun"} <= holders


def test_the_regulator_is_the_latest_government_body(extractor):
    cs = claims(
        extractor,
        "The Federal Trade Commission sued a chatbot maker on Monday. Microsoft declined to "
        "comment. The sweep targets firms that overstate AI, the regulator said in a release.",
    )
    assert claim_with(cs, "overstate AI")["claimant"] == "Federal Trade Commission"


def test_a_camel_case_name_that_speaks_is_an_organisation(extractor):
    ex = extractor.extract(
        ArticleText(text="LexiBot said it would appeal the ruling.", source="test")
    ).to_contract()
    assert {(e["name"], e["type"]) for e in ex["entities"]} == {("LexiBot", "Organization")}
    assert claim_with(ex["claims"], "appeal the ruling")["claimant"] == "LexiBot"


def test_the_trio_refers_back_to_the_list_of_three(extractor):
    cs = claims(
        extractor,
        "Three illustrators, Sarah Andersen, Kelly McKernan and Karla Ortiz, sued Stability AI. "
        "The trio alleged that the company copied their works.",
    )
    holders = {c["claimant"] for c in cs if "copied their works" in c["text"]}
    assert holders == {"Sarah Andersen", "Kelly McKernan", "Karla Ortiz"}


def test_a_passive_cue_without_agent_reports_no_one(keeping):
    # "is expected to", "was said to": no source, not even an unnamed one
    cs = claims(
        keeping,
        "This small set of examples is training data from which an AI model is expected "
        "to recognise patterns.",
    )
    assert cs == []


def test_a_document_speaks_for_the_party_that_uploaded_it_by_name(keeping):
    cs = claims(
        keeping,
        "The dispute began when a GitHub user going by the name VeraAudit uploaded a "
        "document saying that the model was copied.",
    )
    assert claim_with(cs, "model was copied")["claimant"] == "VeraAudit"


def test_a_company_described_by_its_leader_is_his_company(extractor):
    cs = claims(
        extractor,
        "Ziff Davis sued OpenAI on Thursday. A rep for the company, which is led by CEO "
        "Sam Altman, told TheWrap that its models are grounded in fair use.",
    )
    assert claim_with(cs, "grounded in fair use")["claimant"] == "OpenAI"


TWO_THAT_CLAUSES = (
    "Northwind Robotics claims that Helio Cloud blocked its crawlers and that "
    "the network made several errors in its audit."
)


def test_two_that_clauses_are_two_claims(keeping):
    cs = [c for c in claims(keeping, TWO_THAT_CLAUSES) if c["claimant"] == "Northwind Robotics"]
    contents = [TWO_THAT_CLAUSES[slice(*c["contentSpan"])] for c in cs]
    assert contents == [
        "that Helio Cloud blocked its crawlers",
        "that the network made several errors in its audit",
    ]
    assert len({c["id"] for c in cs}) == 2


def test_one_claim_per_sentence_and_claimant_spans_every_statement(extractor):
    cs = [c for c in claims(extractor, TWO_THAT_CLAUSES) if c["claimant"] == "Northwind Robotics"]
    assert [TWO_THAT_CLAUSES[slice(*c["contentSpan"])] for c in cs] == [
        "that Helio Cloud blocked its crawlers and that the network made several errors"
        " in its audit"
    ]


def test_coordinated_verbs_without_a_second_that_stay_one_claim(extractor):
    text = "Helio Cloud said it is blocking the crawler and expects the traffic to fall."
    cs = [c for c in claims(extractor, text) if c["claimant"] == "Helio Cloud"]
    assert len(cs) == 1


def test_inverted_cue_content_is_the_quote_not_the_speaker(extractor):
    text = "\u201cThe audit was rushed,\u201d said Maria Okafor, a lawyer for the union."
    c = claim_with(claims(extractor, text), "audit was rushed")
    assert c["claimant"] == "Maria Okafor"
    assert text[slice(*c["contentSpan"])].strip("\u201c\u201d,") == "The audit was rushed"


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Priya Raman accepts that several Orbit engineers will leave this year.", "admission"),
        ("Priya Raman complained that the Orbit audit ignored the safety results.", "accusation"),
        ("Priya Raman reiterated that the Orbit chips ship in March.", "assertion"),
    ],
)
def test_less_common_reporting_verbs_are_cues(extractor, sentence, kind):
    text = "Orbit is a chip maker based in Oslo. " + sentence
    c = claim_with(claims(extractor, text), "Orbit")
    assert (c["claimant"], c["kind"]) == ("Priya Raman", kind)


@pytest.mark.parametrize(
    "charge",
    [
        "the Orbit model had memorized the test questions",
        "the Orbit results were contaminated by the test set",
        "Orbit misrepresented how fast its chips are",
        "Orbit used the photographs without permission",
    ],
)
def test_a_claim_charging_another_party_with_a_fault_is_an_accusation(extractor, charge):
    text = f"Orbit is a chip maker based in Oslo. Priya Raman said {charge}."
    c = claim_with(claims(extractor, text), "Orbit")
    assert (c["claimant"], c["kind"]) == ("Priya Raman", "accusation")


def test_calling_something_names_a_verdict(extractor):
    text = "Orbit is a chip maker based in Oslo. The Orbit board called the charges baseless."
    c = claim_with(claims(extractor, text), "charges baseless")
    assert (c["claimant"], c["kind"]) == ("Orbit", "denial")


def test_a_company_called_something_is_no_claim(extractor):
    text = "Orbit is a chip maker based in Oslo. Dan Wells founded a start-up called Lumen Labs."
    assert claims(extractor, text) == []


def test_a_pronoun_is_not_the_person_its_sentence_names(extractor):
    text = (
        "Priya Raman runs Acme, a chip maker in Oslo. "
        "Dan Wells said the Orbit chips would ship in March. "
        "She calls Dan Wells dishonest."
    )
    c = claim_with(claims(extractor, text), "calls Dan Wells dishonest")
    assert c["claimant"] == "Priya Raman"


def test_a_participle_after_a_comma_is_the_speakers_next_claim(keeping):
    text = (
        "Orbit is a chip maker based in Oslo. "
        "Orbit said the chip was safe, adding that the tests were independent."
    )
    cs = claims(keeping, text)
    contents = {c["cue"]: text[slice(*c["contentSpan"])] for c in cs}
    assert {c["claimant"] for c in cs} == {"Orbit"}
    assert contents == {"said": "the chip was safe", "adding": "that the tests were independent"}


def test_a_speaker_who_goes_on_with_and_added_makes_a_second_claim(keeping):
    text = (
        "Orbit is a chip maker based in Oslo. "
        "Orbit said the chip was safe and added that the tests were independent."
    )
    cs = claims(keeping, text)
    contents = {c["cue"]: text[slice(*c["contentSpan"])] for c in cs}
    assert {c["claimant"] for c in cs} == {"Orbit"}
    assert contents == {"said": "the chip was safe", "added": "that the tests were independent"}


def test_a_named_party_inside_the_reported_clause_goes_on_speaking_itself(keeping):
    text = (
        "Orbit is a chip maker based in Oslo. Dan Wells said Priya Raman denied the "
        "report and insisted that the tests were independent."
    )
    cs = claims(keeping, text)
    assert "Dan Wells" not in {c["claimant"] for c in cs if c["cue"] == "insisted"}


def test_claim_ids_are_unique_when_one_speaker_says_two_things_in_a_sentence(keeping):
    text = (
        "Orbit is a chip maker based in Oslo. "
        "Orbit said the chip was safe, adding that the tests were independent."
    )
    ids = [c["id"] for c in claims(keeping, text)]
    assert len(ids) == 2 and len(set(ids)) == 2


def test_a_second_reporting_verb_after_an_object_clause_is_its_own_claim(keeping):
    text = (
        "Orbit is a chip maker based in Oslo. Dan Wells refuted the claims that the "
        "Orbit chip was copied and attributed the delays to the supplier."
    )
    contents = {c["cue"]: text[slice(*c["contentSpan"])] for c in claims(keeping, text)}
    assert contents == {
        "refuted": "the claims that the Orbit chip was copied",
        "attributed": "the delays to the supplier",
    }


def test_a_cue_ending_in_a_colon_is_no_claim_of_its_own(keeping):
    text = (
        "Orbit is a chip maker based in Oslo. Dan Wells, its chief executive, said:\n\n"
        "\u201cThe chip is safe. We tested it twice.\u201d"
    )
    cs = claims(keeping, text)
    assert [c["claimant"] for c in cs] == ["Dan Wells"]
    assert "The chip is safe" in text[slice(*cs[0]["contentSpan"])]


def test_a_quotation_signed_with_a_dash_and_a_name_is_that_persons(keeping):
    text = (
        "Orbit is a chip maker based in Oslo.\n\n"
        "\u201cThe new chip is the fastest we have ever tested.\u201d \u2014 Priya Raman\n\n"
        "\u201cIt overheats under load.\u201d \u2015 Dan Wells"
    )
    cs = claims(keeping, text)
    assert [(c["claimant"], c["quote"]) for c in cs] == [
        ("Priya Raman", "The new chip is the fastest we have ever tested."),
        ("Dan Wells", "It overheats under load."),
    ]


def test_a_dash_after_a_quotation_before_lowercase_words_names_no_one(keeping):
    text = (
        "Orbit is a chip maker based in Oslo. The chip was called \u201cthe fastest "
        "ever\u201d \u2014 a claim nobody has checked."
    )
    assert claims(keeping, text) == []


def test_the_regulatory_body_is_the_latest_government_body(keeping):
    text = (
        "The Federal Trade Commission rejected a demand from Orbit, a chip maker, on "
        "Friday. In a statement, the regulatory body dismissed warnings that the rules "
        "would stifle innovation."
    )
    c = claim_with(claims(keeping, text), "dismissed warnings")
    assert c["claimant"] == "Federal Trade Commission"


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Mara Lindqvist is adamant that the chips are safe.", "assertion"),
        ("Mara Lindqvist is confident the chips will sell.", "opinion"),
        ("Mara Lindqvist was worried that prices would rise.", "prediction"),
        ("Mara Lindqvist made it clear that the chips are safe.", "assertion"),
    ],
)
def test_a_stance_with_a_clause_is_its_holders_claim(extractor, sentence, kind):
    c = claim_with(claims(extractor, sentence), "Lindqvist")
    assert (c["claimant"], c["kind"]) == ("Mara Lindqvist", kind)


@pytest.mark.parametrize(
    "sentence",
    [
        "It is certain that the chips will sell.",
        "Mara Lindqvist is worried about prices.",
        "Mara Lindqvist made a chip that is safe.",
    ],
)
def test_no_stance_claim_without_a_holder_or_a_clause(extractor, sentence):
    assert claims(extractor, sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Voltera described the report as inaccurate.",
        "Voltera called the report inaccurate.",
        "Voltera portrayed the lawsuit as a distraction.",
    ],
)
def test_a_verdict_on_the_other_sides_document_is_a_denial(extractor, sentence):
    c = claim_with(claims(extractor, sentence), "Voltera")
    assert (c["claimant"], c["kind"]) == ("Voltera", "denial")


def test_billing_a_product_as_something_is_a_claim_and_billing_customers_is_not(extractor):
    text = "Voltera bills its chip as the fastest on the market."
    c = claim_with(claims(extractor, text), "bills")
    assert c["claimant"] == "Voltera"
    assert claims(extractor, "Voltera billed its customers twice.") == []


def test_a_comparison_with_what_was_claimed_is_no_claim_of_the_subject(extractor):
    cs = claims(extractor, "Orbit-2 was less accurate than Nimbus Labs had claimed.")
    assert [c for c in cs if c["claimantText"] == "Orbit-2" or c["claimant"] == "Orbit-2"] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Mara Lindqvist was quoted as saying that the chips were safe.",
        "Mara Lindqvist was quoted by Reuters as saying the chips were safe.",
        "Reuters quoted Mara Lindqvist as saying the chips were safe.",
        "“The chips are safe,” Reuters reported Mara Lindqvist as saying on Monday.",
        "“The chips are safe,” Mara Lindqvist said on Monday, as reported by Reuters.",
        "In a statement reported by Reuters, Mara Lindqvist said the chips were safe.",
    ],
)
def test_quoted_as_saying_is_the_claim_of_the_one_quoted(extractor, sentence):
    cs = claims(extractor, sentence)
    assert claim_with(cs, "chips")["claimant"] == "Mara Lindqvist"
    assert "Reuters" not in {c["claimant"] for c in cs}


def test_he_or_she_after_an_unnamed_spokesperson_is_still_the_organisation(extractor):
    text = (
        "Dan Wells, an analyst at Kestrel Partners, said the market for chips was crowded. "
        "A Voltera spokesperson said the company had not seen the report. "
        "She added that the chips were safe."
    )
    assert claim_with(claims(extractor, text), "chips were safe")["claimant"] == "Voltera"


def test_an_unnamed_spokesperson_speaks_for_the_organisation_not_for_one_named_earlier(
    extractor,
):
    text = (
        "Jonas Berg, a spokesperson for the European Commission, said the rules were final. "
        "A Commission spokesperson later confirmed there would be no pause."
    )
    c = claim_with(claims(extractor, text), "no pause")
    assert c["claimant"] == "European Commission"


def test_a_quotation_shared_after_a_colon_is_the_sharers_claim(extractor):
    text = 'In a post on X, Mara Lindqvist shared: "Your leads are responsible for this."'
    assert claim_with(claims(extractor, text), "responsible")["claimant"] == "Mara Lindqvist"


def test_sharing_a_thing_is_no_claim(extractor):
    assert claims(extractor, "Mara Lindqvist shared the video on Monday.") == []


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("Mara Lindqvist made the case that smaller chips are better.", "case"),
        ("Mara Lindqvist's suggestion that rivals had cheated angered Voltera.", "suggestion"),
        ("Mara Lindqvist voiced fears that prices would rise.", "voiced"),
        ("Mara Lindqvist noticed that every chip failed the same test.", "noticed"),
    ],
)
def test_one_claim_from_a_noun_or_verb_with_a_that_clause(extractor, sentence, cue):
    cs = claims(extractor, sentence)
    assert [(c["claimant"], c["cue"]) for c in cs] == [("Mara Lindqvist", cue)]


def test_a_concern_nobody_holds_is_no_claim(extractor):
    assert claims(extractor, "There are concerns that the chips could overheat.") == []


@pytest.mark.parametrize("description", ["The tech boss", "The AI pioneer", "The veteran lawyer"])
def test_a_person_described_by_role_is_the_person_just_named(extractor, description):
    text = (
        "Mara Lindqvist spoke at the launch in Oslo on Monday. "
        f"{description} said the chips were safe."
    )
    assert claim_with(claims(extractor, text), "chips were safe")["claimant"] == "Mara Lindqvist"


def test_writing_a_paper_is_no_claim_but_what_it_argues_is(extractor):
    cs = claims(
        extractor,
        "Mara Lindqvist and Jonas Berg wrote the paper. They argue that the chips are safe.",
    )
    assert {(c["claimant"], c["cue"]) for c in cs} == {
        ("Mara Lindqvist", "argue"),
        ("Jonas Berg", "argue"),
    }


def test_the_former_employee_just_named_is_not_the_company(extractor):
    text = "Voltera hired Jonas Berg. The former Google engineer said the chips were safe."
    assert claim_with(claims(extractor, text), "chips were safe")["claimant"] == "Jonas Berg"


def test_the_rival_firm_is_not_the_company_that_just_spoke(extractor):
    text = (
        "Voltera and Nimbus Labs both make chips. Voltera said the chips were safe. "
        "The rival firm said they were not."
    )
    assert claim_with(claims(extractor, text), "were not")["claimant"] == "Nimbus Labs"


def test_a_partys_own_figures_are_its_claim(extractor):
    cs = claims(extractor, "The chip outperforms its rivals, per Voltera's own figures.")
    assert claim_with(cs, "outperforms")["claimant"] == "Voltera"


def test_the_advocacy_organization_is_not_the_company_just_named(extractor):
    text = (
        "The Open Rights Coalition criticised the chatbot. Nimbus Labs released it on Monday. "
        "The advocacy organization warned that the chatbot could mislead users."
    )
    c = claim_with(claims(extractor, text), "mislead users")
    assert c["claimant"] == "Open Rights Coalition"


def test_what_a_statement_read_is_its_authors_claim(extractor):
    text = 'Voltera\'s statement read: "Our chips are safe and tested."'
    assert claim_with(claims(extractor, text), "safe and tested")["claimant"] == "Voltera"


def test_reading_a_report_is_no_claim(extractor):
    assert claims(extractor, "Mara Lindqvist read the report on Monday.") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the parser hangs "posted" and its clause on the noun before the name
        (
            "Voltera's chief scientist, Dan Wells, posted on X that the benchmark "
            "results were misleading.",
            "Dan Wells",
        ),
        ("According to the company's chief executive, Dan Wells, the chips are safe.", "Dan Wells"),
        ("In Dan Wells's view, the benchmark results for the chip were misleading.", "Dan Wells"),
        ("Dan Wells is betting that demand for the new chips will double next year.", "Dan Wells"),
        ("Dan Wells sees the lawsuit as a distraction from the real problem.", "Dan Wells"),
    ],
)
def test_less_common_ways_of_giving_a_view_are_claims_of_the_one_named(keeping, text, speaker):
    cs = claims(keeping, text)
    assert [c["claimant"] for c in cs] == [speaker]


def test_seeing_a_thing_is_no_claim(extractor):
    assert claims(extractor, "Dan Wells saw the new chip at a trade show in Oslo last week.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Voltera maintains that it did nothing wrong when it sold the chips abroad.",
        "Voltera said there had been no wrongdoing in how the chips were sold abroad.",
    ],
)
def test_saying_one_did_nothing_wrong_is_a_denial(extractor, sentence):
    assert [c["kind"] for c in claims(extractor, sentence)] == ["denial"]


def test_asking_not_to_be_named_is_no_claim(keeping):
    text = (
        "A person familiar with the plans, who asked not to be named, said the new "
        "accelerator would ship late."
    )
    assert [c["cue"] for c in claims(keeping, text)] == ["said"]


@pytest.mark.parametrize(
    "sentence",
    [
        "A spokesperson for Voltera declined to say whether the chips were sold abroad.",
        "Voltera refused to say how many chips were sold in Europe last year.",
    ],
)
def test_declining_to_say_is_no_claim(extractor, sentence):
    assert claims(extractor, sentence) == []


def test_the_startup_is_the_organisation_the_article_described_as_one(extractor):
    text = (
        "Nimbus Labs, an AI startup in Denver, sells chips to Kestrel Partners. "
        "Kestrel Partners said the chips overheat. The startup, however, insists they are safe."
    )
    assert claim_with(claims(extractor, text), "insists")["claimant"] == "Nimbus Labs"


def test_writing_or_posting_a_thing_is_no_claim(extractor):
    assert claims(extractor, "Dan Wells, a former Voltera engineer, wrote the code in 2019.") == []


def test_the_role_a_predicate_gave_a_person_refers_back_to_them(extractor):
    text = (
        "Dan Wells is a professor at a university in Ohio. Priya Raman runs Voltera. "
        "The professor said the chip overheats in hot rooms."
    )
    assert claim_with(claims(extractor, text), "overheats")["claimant"] == "Dan Wells"


def test_a_co_founder_named_after_the_company_is_the_speaker(extractor):
    text = (
        "Quillo is a lab in Toronto. \u201cThis is the strongest open model in the world,\u201d "
        "Quillo co-founder Priya Natarajan wrote on X."
    )
    assert claim_with(claims(extractor, text), "strongest")["claimant"] == "Priya Natarajan"


def test_people_close_to_a_party_are_an_unnamed_source(keeping):
    text = "Voltera makes chips. People close to Voltera said talks with its investors had stalled."
    c = claim_with(claims(keeping, text), "stalled")
    assert c["claimant"] is None
    assert c["claimantText"] == "People close to Voltera"


def test_considering_an_accusation_is_no_claim(extractor):
    text = "Reports said Voltera had considered accusing its largest investor of bad faith."
    assert [c for c in claims(extractor, text) if c["claimant"] == "Voltera"] == []


def test_a_named_team_speaks_for_what_it_is_named_after(extractor):
    text = (
        "Zentra-X topped the Arena leaderboard. Mei Lin, the chief scientist of Zentra, "
        "said testing was standard. The Arena team said it would change its rules."
    )
    assert claim_with(claims(extractor, text), "change its rules")["claimant"] == "Arena"


# who speaks, by what the article said of the speaker before; each row's id says which rule
# reads it
CLAIMANTS_IN_CONTEXT = [
    pytest.param(
        "Tom Brandt, a researcher at Nimbus Labs, was blunter: \u201cThe numbers in the "
        "Voltera paper are simply wrong.\u201d",
        "simply wrong",
        "Tom Brandt",
        id="a_quotation_after_a_named_subject_that_was_blunter",
    ),
    pytest.param(
        "Tom Brandt of Nimbus Labs had a message for the critics of the chip: \u201cRead "
        "the paper before you judge it.\u201d",
        "Read the paper",
        "Tom Brandt",
        id="a_quotation_after_a_named_subject_that_had_a_message",
    ),
    pytest.param(
        "Priya Raman of Voltera is convinced that smaller models will win in the end.",
        "smaller models",
        "Priya Raman",
        id="a_stance_the_parser_reads_as_a_passive",
    ),
    pytest.param(
        "Nimbus Labs\u2019 position is that the export rules are unclear and outdated.",
        "export rules",
        "Nimbus Labs",
        id="a_position_after_a_plain_apostrophe",
    ),
    pytest.param(
        "Orbit Robotics builds software for warehouses. Lena Ortiz runs Quorvane. "
        "\u201cWe never trained on user data,\u201d the company insisted in a filing.",
        "user data",
        "Quorvane",
        id="the_company_the_sentence_before_named_as_an_object",
    ),
    pytest.param(
        "\u201cVeltrix built its business on our work,\u201d the novelist Janet Hollis said in "
        "a statement. A Veltrix spokesperson said the company believed its use of the books "
        "was lawful. \u201cTraining a model on books is transformative,\u201d the spokesperson "
        "said.",
        "transformative",
        "Veltrix",
        id="the_spokesperson_is_the_voice_a_spokesperson_spoke_for",
    ),
    pytest.param(
        "The Irish Data Protection Commission has ordered Quillo to pause training on posts "
        "from users in the European Union. The commission said Quillo had no legal basis.",
        "legal basis",
        "Irish Data Protection Commission",
        id="the_commission_is_the_organisation_named_a_commission",
    ),
    pytest.param(
        "The Irish Data Protection Commission has ordered Quillo to pause training on posts "
        "from users in the European Union, the regulator said on Thursday.",
        "pause training",
        "Irish Data Protection Commission",
        id="the_regulator_is_the_sentences_subject_of_that_kind",
    ),
    pytest.param(
        "Noyb, the Vienna-based group founded by Max Schrems, said the decision against "
        "Quillo was long overdue.",
        "overdue",
        "Noyb",
        id="a_group_described_by_its_founder_speaks_for_itself",
    ),
    pytest.param(
        "Noyb said the ruling was overdue. Weeks earlier Quillo released Quillo-3, which it "
        "says outperforms its rivals on reasoning tests.",
        "outperforms",
        "Quillo",
        id="it_is_the_organisation_that_is_a_subject_before_it_in_the_sentence",
    ),
    pytest.param(
        "Zentra released a coding model on Tuesday. Within hours, Kestrel AI co-founder "
        "Priya Natarajan posted on X that the comparison was unfair.",
        "unfair",
        "Priya Natarajan",
        id="a_co_founder_after_the_company_name_speaks_for_herself",
    ),
    pytest.param(
        "Quorvane accused Hanlu AI of copying its model. Hanlu AI rejected the claim. "
        "\u201cOur model was trained from scratch on data we collected,\u201d a spokesperson "
        "told Reuters.",
        "from scratch",
        "Hanlu AI",
        id="a_bare_spokesperson_speaks_for_the_organisation_just_heard",
    ),
    pytest.param(
        "Veltrix on Monday denied a report that it had hidden a flaw in its newest chip. "
        "The report, published by the newsletter The Circuit, said engineers had seen "
        "the chips overheat.",
        "overheat",
        "The Circuit",
        id="a_report_speaks_for_who_published_it_not_for_who_denied_it",
    ),
    pytest.param(
        "The model is the best in its class, according to a statement from Quorvane.",
        "best in its class",
        "Quorvane",
        id="according_to_a_statement_from_an_unknown_name",
    ),
    pytest.param(
        "As Tom Brandt of Nimbus Labs put it, \u201cthe chip is a furnace.\u201d",
        "furnace",
        "Tom Brandt",
        id="as_a_named_speaker_put_it",
    ),
    pytest.param(
        "As Tamsin Achterberg noted in March, the Nimbus chip runs hot under load.",
        "runs hot",
        "Tamsin Achterberg",
        id="as_a_named_speaker_noted",
    ),
    pytest.param(
        "As Dessa Brightwater put it in a podcast, the model \u201cis a parrot with a search "
        "engine.\u201d",
        "parrot",
        "Dessa Brightwater",
        id="as_a_named_speaker_put_it_the_clause_opener_is_no_part_of_the_name",
    ),
]


@pytest.mark.parametrize(("text", "fragment", "claimant"), CLAIMANTS_IN_CONTEXT)
def test_a_claimant_is_read_from_the_context(extractor, text, fragment, claimant):
    assert claim_with(claims(extractor, text), fragment)["claimant"] == claimant


@pytest.mark.parametrize(
    "text",
    [
        "Orrin Vasquez, as he is known to his fans, wrote the Nimbus driver.",
        "Nimbus Labs is changing the chip business as we know it.",
    ],
)
def test_an_as_clause_that_names_or_is_an_idiom_is_no_claim(extractor, text):
    assert claims(extractor, text) == []


def test_a_colon_after_a_things_description_gives_no_party_a_quotation(extractor):
    text = (
        "Voltera shipped the chip in May. The audit was blunt: \u201cThe chip fails every "
        "test we ran on it.\u201d"
    )
    assert [c for c in claims(extractor, text) if "fails every test" in c["text"]] == []


def test_the_platform_a_claim_was_posted_on_is_not_what_it_is_about(extractor):
    text = (
        "Nimbus Labs released a coding agent on Monday. Tom Brandt, a fellow at Quorvane, "
        "remarked on X: \u201cThere is a tiny bug in their original code.\u201d"
    )
    assert claim_with(claims(extractor, text), "tiny bug")["about"] == ["Nimbus Labs"]


def test_a_party_that_says_it_will_appeal_denies(extractor):
    text = "The regulator fined Quillo on Monday. Quillo, based in Toronto, said it would appeal."
    assert claim_with(claims(extractor, text), "appeal")["kind"] == "denial"


def test_a_bare_spokesperson_after_a_person_stays_unnamed(keeping):
    text = (
        "Tom Brandt said the chip was slow. \u201cWe will look into it,\u201d a spokesperson "
        "said on Friday."
    )
    assert claim_with(claims(keeping, text), "look into it")["claimant"] is None


# who makes the claim a fragment of the text belongs to; each row's id says why
CLAIMANTS_IN_CONTEXT = [
    pytest.param(
        "The letter was signed by Quillfeather, a publisher of science news, which said "
        "Corvane had copied its work.",
        "copied its work",
        "Quillfeather",
        id="which_after_an_apposition_with_of_refers_to_the_named_party",
    ),
    pytest.param(
        "Lucia Ferrante said she raised her concerns with chief executive Tobias Renn in "
        "January. Renn \u201cdid not want to hear it,\u201d she said.",
        "want to hear it",
        "Lucia Ferrante",
        id="she_after_a_quote_is_not_the_person_the_quote_names",
    ),
    pytest.param(
        "Sen. Marisol Ortega-Reyes pressed the heads of three AI companies on Tuesday. Dr. "
        "Felix Aumann told the committee that his company had blocked 40,000 requests. The "
        "senator said that figure showed how big the problem was.",
        "how big the problem",
        "Marisol Ortega-Reyes",
        id="the_senator_is_the_person_written_with_that_title_not_the_last_speaker",
    ),
    pytest.param(
        "Germany's Federal Commissioner for Data Protection, Louisa Specht-Riemenschneider, "
        "said regulators across the bloc were coordinating.",
        "were coordinating",
        "Louisa Specht-Riemenschneider",
        id="the_person_named_after_an_office_speaks_not_the_office",
    ),
    pytest.param(
        "Quorvane agreed that its chatbot had given wrong legal advice to some customers.",
        "wrong legal advice",
        "Quorvane",
        id="agreeing_that_something_is_so_is_a_claim",
    ),
    pytest.param(
        "However, as reported by Bloomberg, the showcased demo was made from still frames "
        "and text prompts.",
        "still frames",
        "Bloomberg",
        id="as_reported_by_an_outlet_opening_a_sentence_is_its_claim",
    ),
]


@pytest.mark.parametrize(("text", "fragment", "claimant"), CLAIMANTS_IN_CONTEXT)
def test_the_context_says_who_makes_the_claim(extractor, text, fragment, claimant):
    assert claim_with(claims(extractor, text), fragment)["claimant"] == claimant


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Quorvane agreed to a proposed settlement that would require it to pay $193,000 "
            "and warn consumers about the limits of its service.",
            id="agreeing_to_a_settlement_and_what_it_requires",
        ),
        pytest.param(
            "In June, Quorvane open-sourced the Helix models on a developer platform to "
            "encourage adoption among developers.",
            id="a_purpose_after_a_released_thing",
        ),
    ],
)
def test_commitments_and_purposes_are_no_claims(extractor, text):
    assert claims(extractor, text) == []


# words that only name or describe a thing are no claim: each text's claims, by cue
ONLY_THESE_CLAIMS = [
    pytest.param(
        "Halcyon AI, which is backed by Norwood Ventures and Tidewater Capital, rejected "
        "the claim from Ferrovia on Friday.",
        [("Halcyon AI", "rejected")],
        id="the_backers_named_in_a_relative_clause_make_no_claim",
    ),
    pytest.param(
        "The nonprofit Open Eval Collective said on Monday it could not reproduce the scores "
        "that Brightwave Labs reported for its Lattice-3 model.",
        [("Open Eval Collective", "said")],
        id="results_that_a_company_reported_are_no_claim_of_its_own",
    ),
    pytest.param(
        "Independent developer Mateo Quispe, who maintains a popular fork of the framework, "
        "said the overlap was \u201chard to explain as coincidence.\u201d",
        [("Mateo Quispe", "said")],
        id="who_maintains_a_project_is_no_claim_beside_what_the_person_said",
    ),
    pytest.param(
        "Corvane said its robots need no help. Testers at the Ledger found the chips are not "
        "nearly as fast as Corvane claims.",
        [("Corvane", "said"), ("Ledger", "found")],
        id="as_fast_as_a_company_claims_is_a_comparison_not_its_claim",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ONLY_THESE_CLAIMS)
def test_only_statements_are_claims(extractor, text, expected):
    assert [(c["claimant"], c["cue"]) for c in claims(extractor, text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Zentrix chief executive Lyra Castellan spoke on Monday. Later, the Zentrix CEO said "
        "the company would not raise prices.",
        "Lyra Castellan has led Zentrix Labs since 2019. Zentrix Labs' chief executive said "
        "the company would not raise prices.",
        "Lyra Castellan, who runs the startup Zentrix, spoke on Monday. Zentrix's chief "
        "executive said the company would not raise prices.",
    ],
)
def test_an_organisations_head_is_the_person_named_in_that_office_under_any_name(extractor, text):
    assert claim_with(claims(extractor, text), "raise prices")["claimant"] == "Lyra Castellan"


def test_it_after_a_sentence_about_a_lawsuit_is_the_lawsuit_of_its_plaintiff(extractor):
    text = (
        "Marlowe Quince filed a lawsuit against Zentrix on Monday. The suit, filed in "
        "federal court, seeks unspecified damages. It says Zentrix downloaded pirated books."
    )
    assert claim_with(claims(extractor, text), "pirated books")["claimant"] == "Marlowe Quince"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The anti-OpenAI groups said they had raised $4 million.", "The anti-OpenAI groups"),
        ("A pro-Anthropic lobby said it had raised more.", "A pro-Anthropic lobby"),
    ],
)
def test_a_group_for_or_against_a_party_is_not_that_party(keeping, text, words):
    c = claim_with(claims(keeping, text), "raised")
    assert (c["claimant"], c["claimantText"]) == (None, words)


def test_a_co_founder_speaks_for_herself_when_the_parser_splits_her_title(extractor):
    # "co - founder" gives the verb three subjects; the participle's speaker is the person
    text = (
        "Lyra Castellan said Velmora cares more about headlines than about research. "
        "Velmora co-founder Tamsin Achterberg fired back, calling the remarks petty."
    )
    c = claim_with(claims(extractor, text), "petty")
    assert c["claimant"] == "Tamsin Achterberg"


def test_a_spokesperson_speaks_for_the_organisation_the_sentence_before_is_about(extractor):
    text = (
        "OpenAI said its model beat systems from Google and Anthropic. Anthropic was more "
        "measured. A spokesperson said the company welcomes competition."
    )
    assert claim_with(claims(extractor, text), "welcomes competition")["claimant"] == "Anthropic"


@pytest.mark.parametrize(
    "text",
    [
        # the article shows each one's pronoun in what they said
        "Orrin Vasquez said he would appeal the ruling. Lyra Castellan, his lawyer, said she "
        "had already filed the papers. He said on Friday that the judge had ignored the "
        "evidence.",
        # or by their honorifics
        "Orrin Vasquez lost the case in May, and Lyra Castellan is his lawyer. Mr. Vasquez "
        "was not in court. Ms. Castellan said the papers were filed. He said on Friday that "
        "the judge had ignored the evidence.",
    ],
)
def test_a_pronoun_stands_for_the_latest_speaker_it_fits(keeping, text):
    assert claim_with(claims(keeping, text), "ignored the evidence")["claimant"] in (
        "Orrin Vasquez",
        "Vasquez",
    )



def test_a_speaker_the_parser_joins_to_the_name_before_still_says_it(extractor):
    # "made by Mistral AI, Lyra Castellan, ..." reads as one list to the parser
    text = (
        "When asked about the allegations made by Mistral AI, Lyra Castellan, Cohere's chief "
        'executive, said: "None of it is true."'
    )
    assert claim_with(claims(extractor, text), "None of it")["claimant"] == "Lyra Castellan"


def test_the_memo_a_relative_clause_says_a_person_wrote_is_hers(extractor):
    text = "The memo, which was written by Lyra Castellan, says the model is unsafe."
    assert [c["claimant"] for c in claims(extractor, text)] == ["Lyra Castellan"]


@pytest.mark.parametrize("cue", ["she added", "she noted", "Castellan said"])
def test_a_reporting_aside_inside_the_sentence_says_the_sentence(extractor, cue):
    text = f"Lyra Castellan runs Cohere. The company, {cue}, is hiring 200 engineers this year."
    found = claim_with(claims(extractor, text), "hiring 200 engineers")
    assert found["claimant"] == "Lyra Castellan"


@pytest.mark.parametrize("filler", ["you know", "I think"])
def test_a_first_or_second_person_filler_is_no_aside(extractor, filler):
    text = f'Lyra Castellan runs Cohere. "The model, {filler}, is not ready yet."'
    assert all(c.get("claimantText") not in ("you", "I") for c in claims(extractor, text))


def test_in_her_view_frames_the_sentence_as_hers(extractor):
    text = "Lyra Castellan runs Cohere. In her view, the new rules are far too strict."
    assert claim_with(claims(extractor, text), "too strict")["claimant"] == "Lyra Castellan"


def test_a_quotation_after_a_whole_reported_sentence_is_the_next_speakers(extractor):
    # the question mark ends a sentence before the cue that names the speaker
    text = (
        "Lyra Castellan said the launch went well. "
        '"Is the model ready, though?" Tamsin Achterberg said.'
    )
    assert claim_with(claims(extractor, text), "ready, though")["claimant"] == "Tamsin Achterberg"


def test_the_ceo_of_an_organisation_led_by_a_named_person_is_that_person(extractor):
    text = "Cohere is led by Lyra Castellan. Cohere's CEO told investors the model ships in May."
    assert claim_with(claims(extractor, text), "ships in May")["claimant"] == "Lyra Castellan"


def test_the_former_and_the_latter_are_the_two_parties_named_together_before(extractor):
    text = (
        "Lyra Castellan and Tamsin Achterberg both spoke at the hearing. The former said the "
        "rules were too strict. The latter said they did not go far enough."
    )
    found = claims(extractor, text)
    assert claim_with(found, "too strict")["claimant"] == "Lyra Castellan"
    assert claim_with(found, "far enough")["claimant"] == "Tamsin Achterberg"


def test_a_speaker_who_continues_after_a_quotation_is_named_where_he_continues(extractor):
    text = (
        '"We will win," Daniel Ortiz said. "Let us keep it simple," he continued. '
        '"The model is safe."'
    )
    c = claim_with(claims(extractor, text), "keep it simple")
    assert c["claimant"] == "Daniel Ortiz"
    assert text[slice(*c["claimantSpan"])] == "he"
    assert c["cue"] == "continued"


def test_a_party_that_continued_doing_something_says_nothing(extractor):
    text = "Daniel Ortiz said the chips were fast. Quorvane continued its \"bold\" hiring push."
    assert [c["claimant"] for c in claims(extractor, text)] == ["Daniel Ortiz"]


def test_the_question_put_to_a_speaker_is_not_the_content_of_the_answer(extractor):
    text = '"Absolutely," Daniel Ortiz said when asked by a reporter if that remained his view.'
    c = next(c for c in claims(extractor, text) if c["claimant"] == "Daniel Ortiz")
    assert text[slice(*c["contentSpan"])].strip('",') == "Absolutely"


def test_all_told_is_a_sum_not_a_telling(extractor):
    text = (
        "All told, outside groups spent $2.5 million on phone banking, according to an "
        "analysis by Reuters."
    )
    assert [c["claimant"] for c in claims(extractor, text)] == ["Reuters"]


@pytest.mark.parametrize(
    "text",
    [
        "Daniel Ortiz rejected the notion that the episode should be forgotten, saying that "
        "he would fix anything rotten.",
        "Daniel Ortiz rejected the idea, saying that he would fix anything rotten.",
    ],
)
def test_a_participle_after_a_comma_speaks_for_the_subject_not_the_object(keeping, text):
    assert {c["claimant"] for c in claims(keeping, text)} == {"Daniel Ortiz"}


def test_a_company_spokesperson_speaks_for_the_company_the_sentence_before_is_about(extractor):
    text = (
        "Cohere said Mistral AI had tested a private version of the model. Mistral AI stood "
        'by its figures. "Our results are sound," a company spokesperson said.'
    )
    c = claim_with(claims(extractor, text), "Our results are sound")
    assert c["claimant"] == "Mistral AI"


def test_who_after_a_name_in_apposition_to_a_description_is_that_name(keeping):
    text = (
        "Daniel Ortiz's rivals - Sen. Jane Whitcombe of Texas, who has blasted Ortiz's "
        "statements on chips, and Gov. Tom Baker - are also scheduled to appear at the "
        "conference."
    )
    assert {c["claimant"] for c in claims(keeping, text)} == {"Jane Whitcombe"}


@pytest.mark.parametrize(
    "text",
    [
        "Per a Reuters report, Cohere is raising $500 million at a $6 billion valuation.",
        "Per a report by Reuters, Cohere is raising $500 million at a $6 billion valuation.",
    ],
)
def test_per_a_report_by_an_outlet_is_the_outlets_claim(extractor, text):
    assert "Reuters" in {c["claimant"] for c in claims(extractor, text)}


def test_per_an_outlet_reports_a_partys_plan(extractor):
    text = "Per Reuters, Cohere plans to raise $500 million at a $6 billion valuation."
    assert "Reuters" in {c["claimant"] for c in claims(extractor, text)}


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("In the view of Daniel Ortiz, the benchmark is broken.", "Daniel Ortiz"),
        ("In view of the costs, Daniel Ortiz cut prices.", None),
    ],
)
def test_in_the_view_of_a_party_frames_its_claim(keeping, text, claimant):
    framed = [c["claimant"] for c in claims(keeping, text)]
    assert framed == ([claimant] if claimant else [])


def test_a_relative_pronoun_names_the_claimant_where_it_speaks(extractor):
    text = (
        "Jane Whitcombe, who says the chips are safe, tweeted that the plan would fail."
    )
    c = next(c for c in claims(extractor, text) if c["cue"] == "says")
    assert c["claimant"] == "Jane Whitcombe"
    assert text[slice(*c["claimantSpan"])] == "who"


def test_records_reviewed_by_an_outlet_show_what_the_outlet_found(extractor):
    text = "Documents reviewed by Reuters show the chips were made in Taiwan."
    assert [c["claimant"] for c in claims(extractor, text)] == ["Reuters"]


def test_a_name_inside_a_quotation_is_no_antecedent_for_he_outside_it(keeping):
    text = (
        '"They are all going to vote for Daniel Ortiz," Quorvane declared. "Let us keep it '
        'simple," he said.'
    )
    c = claim_with(claims(keeping, text), "keep it simple")
    assert c["claimant"] != "Daniel Ortiz"


def test_the_speaker_after_said_wins_over_a_quotations_subject(extractor):
    # the parser reads "The contracts" as a second subject of "said"
    text = (
        "Legal experts say Quorvane faces an uphill battle. \u201cThe contracts he points "
        "to do not say what he claims they say,\u201d said Rebecca Chen, a law professor "
        "at Stanford."
    )
    c = claim_with(claims(extractor, text), "The contracts he points to")
    assert c["claimant"] == "Rebecca Chen"


def test_a_participle_after_came_after_x_is_xs_claim(extractor):
    # the parser hangs "arguing" on "came", whose subject is "The remarks"
    text = (
        "Quorvane chief executive Marcus Feld dismissed talk of a bubble on Thursday. The "
        "remarks came a day after Michael Burry, the investor famous for betting against "
        "the housing market, disclosed bets against Quorvane and Velmora, arguing that the "
        "companies were overstating the useful life of their chips."
    )
    c = claim_with(claims(extractor, text), "overstating the useful life")
    assert c["claimant"] == "Michael Burry"


def test_who_after_an_essays_author_is_the_author(extractor):
    # the parser hangs "who argued" on "essay"
    text = (
        "Sacks made the comments on X in response to an essay by Quorvane co-founder Lena "
        "Brandt, who argued that AI progress should make people afraid."
    )
    c = claim_with(claims(extractor, text), "AI progress should make people afraid")
    assert c["claimant"] == "Lena Brandt"


def test_the_group_said_after_its_content_is_not_an_owner_named_in_it(extractor):
    text = (
        "NewsGuard, which rates the reliability of news sites, tested Quorvane's Aria "
        "chatbot and four rivals with 100 prompts. Aria repeated the false claims 33% of "
        "the time, compared with 10% for Velmora's assistant, the group said."
    )
    c = claim_with(claims(extractor, text), "33% of the time")
    assert c["claimant"] == "NewsGuard"


def test_the_ai_startup_x_on_tuesday_accused_is_xs_claim(extractor):
    # the parser reads "startup" as the main verb, "AI" as its subject and the name as
    # its object, and hangs "accused" on it
    text = (
        "The AI startup Quorvane on Tuesday accused Velmora of violating the licence of "
        "its open-weight model, saying the larger company had built its assistant on "
        "Quorvane's code without credit."
    )
    c = claim_with(claims(extractor, text), "violating the licence")
    assert c["claimant"] == "Quorvane"


def test_a_role_and_name_after_a_quotation_is_the_named_speaker(extractor):
    # with straight quotation marks the parser starts the subject at the closing mark;
    # the words after the quotation were cut at the comma before the name
    text = (
        "Britain's Competition and Markets Authority blocked Velmora's purchase of Brontal. "
        'Velmora said it would appeal. "The CMA has misunderstood how this market works," '
        "the company's general counsel, Daniel Ortiz, said in a statement."
    )
    c = claim_with(claims(extractor, text), "misunderstood how this market works")
    assert c["claimant"] == "Daniel Ortiz"


def test_its_does_not_point_to_a_company_named_only_to_describe_a_person(extractor):
    text = (
        "Lumio said on Monday it had raised $400 million. Chief executive Jane Whitcombe, "
        "a former product lead at Epic Systems, said the money would pay for an expansion "
        "into Europe. Marcus Feld, a researcher, said there was no evidence that its "
        "agents reduced errors."
    )
    c = claim_with(claims(extractor, text), "no evidence that its agents")
    assert "Epic Systems" not in c["about"]


def test_on_x_full_stop_ends_its_sentence(extractor):
    # "X." after "on" is the platform, no initial: the next speaker's sentence starts
    text = (
        "Epoch AI said it could not reproduce the result. \u201cWe get 71% with the "
        "settings Halvern describes,\u201d Epoch's Lena Brandt wrote on X. Halvern "
        "co-founder Daniel Ortiz responded that Epoch had used an older version of the "
        "scaffold."
    )
    c = claim_with(claims(extractor, text), "an older version of the scaffold")
    assert c["claimant"] == "Daniel Ortiz"
    assert c["text"].startswith("Halvern co-founder")


def test_the_journal_a_paper_appeared_in_is_not_its_claimant(extractor):
    text = (
        "Last year Velmora announced that its system had discovered 40,000 new antibiotic "
        "candidates. A paper published on Monday in the journal Chemistry of Materials "
        "challenges that account."
    )
    cs = claims(extractor, text)
    assert not [c for c in cs if c["claimant"] == "Chemistry of Materials"]


def test_a_list_items_label_is_not_a_second_claimant_of_an_attributed_statement(extractor):
    text = (
        "The European Commission on Wednesday proposed delaying parts of the AI Act by a "
        "year.\n\nHere is how the industry reacted:\n\n"
        'Velmora: "This is a sensible step that gives companies time to comply," said '
        "Daniel Ortiz, the company's head of European policy.\n"
    )
    cs = [c for c in claims(extractor, text) if "sensible step" in c["text"]]
    assert [c["claimant"] for c in cs] == ["Daniel Ortiz"]


def test_a_report_by_x_that_accused_y_is_xs_accusation_not_the_disputers(keeping):
    text = (
        "Nvidia on Tuesday disputed a report by short seller Halvern Research that accused "
        "the chipmaker of inflating demand for its AI processors through circular deals."
    )
    cs = [c for c in claims(keeping, text) if c["cue"] == "accused"]
    assert [c["claimant"] for c in cs] == ["Halvern Research"]


def test_initials_after_said_stay_in_the_name(extractor):
    # negative: passed before the "on X." rule too; a first version split here
    text = (
        "Insurers raised prices again this year. \u201cThe promise was to make it more "
        "affordable for everybody,\u201d said J. J. Price, a retired teacher."
    )
    c = claim_with(claims(extractor, text), "more affordable for everybody")
    assert c["claimant"] == "J. J. Price"


def test_a_transcript_label_keeps_a_turn_whose_words_name_another_party(extractor):
    # negative: a first version dropped the label whenever a name had a cue inside
    text = (
        "Hearing on AI rules\n\nThe Senate committee heard from three witnesses on "
        "Tuesday.\n\nLena Brandt: I support the bill, and I believe Velmora should "
        "support it too.\n"
    )
    c = claim_with(claims(extractor, text), "I support the bill")
    assert c["claimant"] == "Lena Brandt"


def test_what_a_speaker_says_another_party_should_do_is_no_claim_of_that_party(extractor):
    text = (
        "Lena Brandt, a senator from Oregon, said on Tuesday that she backs the AI safety "
        "bill. She said she believes Velmora should support it too."
    )
    assert not [c for c in claims(extractor, text) if c["claimant"] == "Velmora"]


def test_a_participle_after_lawsuits_from_x_is_xs_accusation(keeping):
    text = (
        "Velmora said Brontal had copied its model. Velmora itself faces lawsuits from "
        "publishers, including The New York Times, accusing it of training on their work "
        "without permission."
    )
    cs = [c for c in claims(keeping, text) if c["cue"] == "accusing"]
    assert [c["claimant"] for c in cs] == ["The New York Times"]


def test_she_after_a_report_about_another_person_is_the_reporter(extractor):
    text = (
        "In a podcast interview, Lena Brandt, who left Velmora's board in January, said "
        "Marcus Feld had told directors that a new model had passed its safety reviews. "
        "\u201cWe learned about it from Twitter,\u201d she said."
    )
    c = claim_with(claims(extractor, text), "We learned about it from Twitter")
    assert c["claimant"] == "Lena Brandt"


def test_a_memo_seen_by_an_outlet_is_no_claim_of_the_outlet(keeping):
    text = (
        "Quorvane declined to comment. Its chief executive, Lena Brandt, told employees in "
        'a memo seen by The Information that the company was "not for sale" but was '
        '"always talking to partners."'
    )
    cs = claims(keeping, text)
    assert not [c for c in cs if c["claimant"] == "The Information"]
    assert claim_with(cs, "not for sale")["claimant"] == "Lena Brandt"


def test_a_lawyer_for_a_person_named_after_the_client_is_the_claimant(extractor):
    # the parser hangs the lawyer's name on her client's
    text = (
        "xAI has sued a former engineer, Daniel Ortiz, alleging that he took confidential "
        "files to OpenAI. A lawyer for Ortiz, Priya Nair, said her client \u201cdid nothing "
        "wrong\u201d and that the files were personal notes."
    )
    c = claim_with(claims(extractor, text), "personal notes")
    assert c["claimant"] == "Priya Nair"


def test_an_option_seen_by_a_group_as_something_is_the_groups_view(keeping):
    # negative: a first version of the "seen by" rule dropped this view
    text = (
        "The discussion will also focus on getting a third-party candidate on state "
        "ballots, an option seen by organizers as a \u201clifeboat\u201d for conservatives."
    )
    assert [c for c in claims(keeping, text) if c["cue"] == "seen"]


def test_what_a_party_is_asked_to_explain_is_no_claim_of_it(keeping):
    text = (
        "In a letter to Velmora chief executive Marcus Feld, Senator Jane Whitcombe demanded "
        "that the company explain how it trains its chatbot to handle political questions."
    )
    assert not [c for c in claims(keeping, text) if c["claimant"] == "Velmora"]


def test_vowing_to_vigorously_defend_itself_is_a_denial(extractor):
    text = (
        "Music publishers joined a copyright lawsuit against Halvern AI on Monday, accusing "
        "the startup of training its chatbot on song lyrics without a licence. Halvern AI "
        'said it would "vigorously defend" itself.'
    )
    assert claim_with(claims(extractor, text), "vigorously defend")["kind"] == "denial"


def test_saying_its_use_was_legal_denies_the_charge(extractor):
    text = (
        "A group of newspapers sued Quorvane on Monday, alleging it copied millions of "
        "articles to train its chatbots. Quorvane said its use of the articles was legal."
    )
    assert claim_with(claims(extractor, text), "was legal")["kind"] == "denial"


def test_the_founder_of_a_startup_not_yet_named_is_no_known_organisation(keeping):
    text = (
        "Quorvane's AI agent deleted a customer's database, founder says\n\n"
        "The founder of a software startup said on Friday that an AI coding agent from "
        "Quorvane deleted his company's production database during a code freeze.\n"
    )
    c = claim_with(claims(keeping, text), "deleted his company")
    assert c["claimant"] is None


def test_according_to_documents_reviewed_by_an_outlet_is_the_outlets_claim(extractor):
    text = (
        "Velmora trained its new video generator on hundreds of thousands of YouTube videos "
        "without the consent of their creators, according to documents reviewed by 404 "
        "Media."
    )
    c = claim_with(claims(extractor, text), "without the consent")
    assert c["claimant"] == "404 Media"


def test_they_in_a_complaint_is_the_company_that_acted_not_an_owner_named_since(extractor):
    text = (
        "The AI startup Velmora trained its video generator on YouTube videos without the "
        "consent of their creators, according to documents reviewed by 404 Media. "
        "YouTube's terms of service "
        "prohibit downloading videos for such purposes. \u201cIf they trained on my videos, "
        "that's a clear violation of the terms,\u201d the creator Marques Brownlee said."
    )
    c = claim_with(claims(extractor, text), "clear violation")
    assert c["about"] == ["Velmora"]


def test_a_cue_in_a_future_condition_is_no_claim(keeping):
    text = (
        "Microsoft and OpenAI are at odds over a clause that would cut off Microsoft's "
        "access to OpenAI's technology once OpenAI declares it has reached artificial "
        "general intelligence, according to people familiar with the talks."
    )
    assert not [c for c in claims(keeping, text) if c["cue"] == "declares"]


def test_robotics_startup_x_released_and_said_is_xs_claim(extractor):
    # the parser reads "startup" as the main verb and the name as its clause's subject
    text = (
        "Robotics startup Halvern released a video on Monday of its humanoid robot folding "
        "towels, and said the robot had learned the task in a week without any human "
        "demonstrations."
    )
    c = claim_with(claims(extractor, text), "learned the task")
    assert c["claimant"] == "Halvern"


def test_the_union_is_not_the_board_it_filed_with(extractor):
    cs = claims(
        extractor,
        "Actors' guild takes Brontal to the labour board\n\n"
        "The Screen Actors Guild said on Tuesday that Brontal Studios broke its contract. "
        "In a complaint filed with the National Labor Relations Board, the union said "
        "Brontal had sold scans of forty performers to Velmora without their consent.",
    )
    assert claim_with(cs, "had sold scans")["claimant"] == "SAG-AFTRA"


def test_the_studio_is_the_organisation_named_with_that_head_word(extractor):
    cs = claims(
        extractor,
        "Actors' guild takes Brontal to the labour board\n\n"
        "The Screen Actors Guild accused Brontal Studios of selling scans of actors to "
        "Velmora. The studio said the scans were covered by consent forms the actors had "
        "signed.",
    )
    assert claim_with(cs, "consent forms")["claimant"] == "Brontal Studios"


def test_a_challenge_adopts_the_unnamed_claim_of_its_cue(keeping):
    # the judge named later in the article is the challenger of the first sentence; the
    # claim of that sentence becomes hers, not a second claim beside an unnamed one
    cs = claims(
        keeping,
        "Judge rejects Velmora's defence\n\n"
        "A federal judge in San Francisco on Thursday rejected Velmora's bid to dismiss a "
        "copyright lawsuit brought by authors. U.S. District Judge Lena Brandt wrote that "
        "Velmora's argument did not settle the question.",
    )
    rejecting = [x for x in cs if x["cue"] == "rejected"]
    assert [x["claimant"] for x in rejecting] == ["Lena Brandt"]


def test_the_founder_of_a_named_startup_is_the_person_who_speaks_next(extractor):
    cs = claims(
        extractor,
        "Founder sues venture firm over his ouster\n\n"
        "The founder of AI startup Lumio has sued the venture capital firm Velmora "
        "Ventures, accusing it of engineering his ouster. In the complaint, filed on "
        "Tuesday in Delaware, Daniel Ortiz says a Velmora partner blocked a funding round.",
    )
    assert claim_with(cs, "engineering his ouster")["claimant"] == "Daniel Ortiz"


def test_it_after_the_institute_as_subject_is_the_institute(extractor):
    cs = claims(
        extractor,
        "Inside the fight over Halvern's open model\n\n"
        "When Halvern released the weights of its Atlas-7 model in March, it called the move "
        "a gift to researchers. Lena Brandt, who runs the AI policy program at the Lumio "
        "Institute, said the release was irresponsible.\n\n"
        "The institute is not persuaded. In a report published last week, it estimated that "
        "Atlas-7 could be fine-tuned to give harmful instructions for less than $50.",
    )
    assert claim_with(cs, "fine-tuned")["claimant"] == "Lumio Institute"


def test_a_transcript_turn_goes_on_to_the_end_of_its_paragraph(extractor):
    cs = claims(
        extractor,
        "Velmora's founder on the lawsuit\n\n"
        "Velmora founder Lena Brandt talked to us about the lawsuit Quorvane filed.\n\n"
        "Q: Quorvane says two of your engineers took its code with them. Is that true?\n\n"
        "Brandt: No. We hired two people from Quorvane, and we checked everything they "
        "brought. There is not a single line of Quorvane code in our product.\n\n"
        "Quorvane declined to comment.",
    )
    assert claim_with(cs, "checked everything")["claimant"] == "Lena Brandt"
    assert claim_with(cs, "single line of Quorvane code")["claimant"] == "Lena Brandt"


def test_a_byline_or_a_shouted_headline_label_is_no_speaker(keeping):
    # a negative: guards the transcript-turn rule, which keeps such a label's line whole
    cs = claims(
        keeping,
        "Story\n\nBYLINE: Amber Phillips.\n\nBOOM: Trump Just Fired A Missile.\n\n"
        "Quorvane said the chips were safe.\n",
    )
    assert [c["claimant"] for c in cs] == ["Quorvane"]


def test_a_name_set_off_before_a_cue_the_parser_left_without_subject_speaks(extractor):
    cs = claims(
        extractor,
        "Brontal fires back at Halvern\n\n"
        "Brontal accused Halvern of publishing misleading results.\n\n"
        '"Halvern cherry-picked a two-year-old chip and called it a win," Brontal\'s senior '
        "vice president of marketing, Priya Nair, wrote on LinkedIn.",
    )
    assert claim_with(cs, "cherry-picked")["claimant"] == "Priya Nair"


def test_what_a_named_partys_product_told_users_inside_a_lawsuit_is_no_claim_of_its_own(
    extractor,
):
    cs = claims(
        extractor,
        "Texas sues Velmora\n\n"
        "The lawsuit, filed in state court, says Velmora's characters told users they held "
        "therapy credentials.",
    )
    assert [c["claimant"] for c in cs if c["cue"] == "told"] == []


def test_the_body_a_complaint_was_filed_with_is_not_its_author(keeping):
    cs = claims(
        keeping,
        "Former executive says company misled investors\n\n"
        "A former senior executive at Quorvane has accused its leaders of misleading "
        "investors, according to a complaint filed with the Securities and Exchange "
        "Commission.",
    )
    assert not [c for c in cs if c["claimant"] == "Securities and Exchange Commission"]


def test_the_speaker_after_a_quotation_cue_is_found_when_the_parser_breaks_the_phrase(
    extractor,
):
    # the parser reads "finance" as a verb whose subject is "Velmora"
    cs = claims(
        extractor,
        "Velmora revenue report\n\n"
        'Velmora disputed the report. "Our revenue run rate is above $450 million," said '
        "Velmora finance chief Marcus Feld. He said The Information had relied on outdated "
        "figures.\n",
    )
    assert claim_with(cs, "revenue run rate")["claimant"] == "Marcus Feld"


def test_a_companys_role_holder_named_two_sentences_later_speaks(extractor):
    cs = claims(
        extractor,
        "Meta's AI chief says language models are a dead end\n\n"
        "Meta's chief AI scientist said on Thursday that today's large language models will "
        "never reach human-level intelligence. \"Scaling up will not get us there. It is "
        'just not going to happen," the scientist, Yann LeCun, said at a conference in '
        "Paris.",
    )
    assert claim_with(cs, "never reach human-level")["claimant"] == "Yann LeCun"


def test_a_companys_several_founders_are_not_the_person_named_next(extractor):
    # a negative: guards the rule for one role holder named within two sentences
    cs = claims(
        extractor,
        "Alphabet's founders have said repeatedly they don't want to create content. Mark "
        "Mahaney, an analyst, said the strategy could change.",
    )
    assert claim_with(cs, "create content")["claimant"] != "Mark Mahaney"


def test_a_role_held_by_an_organisation_set_off_after_it_is_that_organisations(extractor):
    # the investor the apposition names speaks, not the chief executive heard last
    cs = claims(
        extractor,
        "Startup revenue claims questioned\n\n"
        "Halvern AI's chief executive, Daniel Ortiz, denied the allegations. \"Every "
        'dollar of revenue we report is audited," he said in an email.\n\n'
        "The company's lead investor, Brightline Ventures, said it had full confidence "
        "in Ortiz.",
    )
    assert claim_with(cs, "full confidence")["claimant"] == "Brightline Ventures"


def test_a_headlines_company_chief_is_its_chief_executive(extractor):
    cs = claims(
        extractor,
        "Quorvane's chief says AI won't take jobs. Velmora's chief says it will.\n\n"
        "Quorvane chief executive Lena Brandt said on Wednesday that she disagreed with "
        "Velmora chief executive Daniel Ortiz's warning that AI could wipe out half of all "
        'entry-level jobs. "AI will create more jobs than it destroys," Brandt told '
        "reporters.",
    )
    assert claim_with(cs, "says it will")["claimant"] == "Daniel Ortiz"


def test_one_of_a_companys_people_is_not_its_voice(keeping):
    # "a senior safety researcher at Velmora" who resigned speaks for herself, not for
    # the company (the person the next sentence names may be someone else); one who
    # stays is its side in the labels' reading
    cs = claims(
        keeping,
        "Velmora researcher quits, says safety took a back seat\n\n"
        "A senior safety researcher at Velmora resigned this week, saying the company had "
        'prioritized "shiny products" over safety.\n\n'
        '"Over the past years, safety culture and processes have taken a backseat," Priya '
        "Nair wrote on X, announcing her departure.",
    )
    assert claim_with(cs, "shiny products")["claimant"] is None


def test_a_quotation_after_a_post_on_x_is_a_sentence_of_its_own(extractor):
    cs = claims(
        extractor,
        "Quorvane and Velmora trade barbs over ads\n\n"
        'Velmora chief executive Lena Brandt called the ad "clearly dishonest" in a post '
        'on X. "We would obviously never run ads in the way Quorvane depicts them," she '
        "wrote.",
    )
    quoted = claim_with(cs, "never run ads")
    assert quoted["claimant"] == "Lena Brandt"
    assert "post on X" not in quoted["text"]


def test_an_unnamed_former_employee_named_later_by_the_same_role_speaks(extractor):
    cs = claims(
        extractor,
        "Robot startup's demo was remote controlled, ex-engineer alleges\n\n"
        "A former engineer at Lumio Robotics says a viral video of the company's humanoid "
        "robot folding laundry was staged, with a human operator controlling the robot "
        "from another room.\n\n"
        '"The robot could not do any of that by itself," said the engineer, Tomas Reyes, '
        "who left the company in March.",
    )
    assert claim_with(cs, "was staged")["claimant"] == "Tomas Reyes"


def test_a_complaint_filed_with_a_regulator_by_a_group_is_the_groups(extractor):
    cs = claims(
        extractor,
        "Velmora accused of training on customer chats\n\n"
        "Velmora has been using conversations from its business customers to train its "
        "AI models without their permission, according to a complaint filed with the "
        "Federal Trade Commission by the Corran Privacy Project.",
    )
    assert claim_with(cs, "without their permission")["claimant"] == "Corran Privacy Project"


def test_an_unnamed_judge_is_the_judge_named_by_title_next(extractor):
    cs = claims(
        extractor,
        "Authors lose first round against Brontal over AI training\n\n"
        "A federal judge in San Francisco ruled on Wednesday that Brontal's use of "
        "copyrighted books to train its Tessa chatbot was fair use, handing the company an "
        "early victory in a lawsuit brought by a group of novelists.\n\n"
        'Judge Jane Whitcombe wrote that the training was "exceedingly transformative."',
    )
    assert claim_with(cs, "was fair use")["claimant"] == "Jane Whitcombe"


def test_adding_safeguards_is_no_claim_even_beside_a_quotation(extractor):
    cs = claims(
        extractor,
        "Quorvane's coding agent deleted a customer's database, founder says\n\n"
        "The founder of a small software company says Quorvane's AI coding agent deleted "
        "his production database during a test, then tried to cover up the mistake.\n\n"
        '"It lied to me. It said the data could not be recovered, which was not true," '
        "Tomas Reyes wrote on X, adding that the agent had ignored his instructions not to "
        "change any code.\n\n"
        "Quorvane's chief executive, Lena Brandt, called the incident \"unacceptable\" and "
        "said the company had added safeguards.",
    )
    assert not [c for c in cs if c["claimant"] == "X"]


def test_former_employees_of_an_unnamed_team_are_not_the_company(keeping):
    cs = claims(
        keeping,
        "Lumio says its AI pin sold 100,000 units. Former employees dispute that\n\n"
        "Lumio told The Verge on Monday that its wearable AI pin had sold more than 100,000 "
        "units since launch, far more than analysts had estimated.\n\n"
        "Two former employees who worked on the device's sales team said the real figure "
        "was closer to 10,000.",
    )
    assert claim_with(cs, "closer to 10,000")["claimant"] is None


def test_a_senator_of_one_party_is_not_the_senator_of_the_other_named_next(keeping):
    # a negative: "a Democratic senator" and "Senator Jane Whitcombe ..., the No. 2
    # Republican" share a title, not a person
    cs = claims(
        keeping,
        "Senate to vote on AI bills\n\n"
        "After a marathon of speeches by Democrats on Wednesday, a Democratic senator said "
        "Republicans had agreed to hold votes on measures to regulate AI chatbots.\n\n"
        "Senator Jane Whitcombe of Texas, the No. 2 Republican in the Senate, said the "
        "chamber will most likely vote on four measures on Monday.",
    )
    assert claim_with(cs, "agreed to hold votes")["claimant"] != "Jane Whitcombe"


def test_a_named_courts_judge_is_not_another_courts_judge_named_next(keeping):
    # a negative: the appeals judge named next did not sit on the district court
    cs = claims(
        keeping,
        "Court reinstates AI disclosure law\n\n"
        "In May, a U.S. District Court judge sided with Quorvane, saying the law violated "
        "the Constitution. That ruling was overturned Tuesday.\n\n"
        "Circuit Court Judge Daniel Ortiz, writing for the majority, said the law's "
        "disclosure rules are really quite modest.",
    )
    assert claim_with(cs, "violated the Constitution")["claimant"] != "Daniel Ortiz"


def test_the_maker_of_a_known_model_is_its_developer(extractor):
    cs = claims(
        extractor,
        "The ChatGPT maker says the Times hacked its chatbot to build its lawsuit\n\n"
        "OpenAI asked a federal judge on Monday to dismiss parts of The New York Times's "
        'copyright lawsuit, arguing that the newspaper had paid someone to "hack" ChatGPT '
        "to produce the examples of copied articles in its complaint.\n\n"
        'The Times "paid someone to hack OpenAI\'s products," the ChatGPT maker said in its '
        "filing, adding that it took tens of thousands of attempts to generate the "
        "results.",
    )
    assert claim_with(cs, "paid someone to hack")["claimant"] == "OpenAI"


def test_a_company_named_with_its_owner_speaks_not_the_owner(extractor):
    cs = claims(
        extractor,
        "Musk's xAI sues OpenAI and Apple, alleging a scheme to stifle competition\n\n"
        "Elon Musk's artificial intelligence company xAI sued Apple and OpenAI on Monday, "
        "accusing them of conspiring to keep rival chatbots off the top of the App Store.",
    )
    assert claim_with(cs, "accusing them of conspiring")["claimant"] == "xAI"


def test_a_persons_document_is_not_an_organisation_in_its_name(extractor):
    # a negative: "Lena Brandt's new PFD form stated": her form, not an organisation
    # "PFD" names
    cs = claims(
        extractor,
        "Brandt files financial disclosure\n\n"
        "Lena Brandt, the chief executive of Quorvane, filed a Personal Financial "
        "Disclosure (PFD) with regulators on Monday. Brandt's new PFD form stated that her "
        "revenue increased from $362 million to $557 million.",
    )
    assert claim_with(cs, "revenue increased")["claimant"] == "Lena Brandt"


@pytest.mark.parametrize(
    "sentence",
    [
        "Brightline Research, an analysis firm, put the total cost at more than $500 million.",
        "Brightline Research pegged the figure at 90 million litres.",
        "By Brightline Research's count, Velmora owns about 50,000 graphics chips.",
    ],
)
def test_an_estimate_put_at_a_figure_is_its_authors_claim(extractor, sentence):
    cs = claims(extractor, "Cost of a model\n\nVelmora said its model cost $6 million. " + sentence)
    assert claim_with(cs, sentence[-30:])["claimant"] == "Brightline Research"


def test_putting_a_product_on_sale_is_no_estimate(extractor):
    # negative: "put ... at" needs a number; "put the chip on sale at its stores" says nothing
    cs = claims(extractor, "Quorvane put the chip on sale at its stores in Corran on Monday.")
    assert cs == []


def test_students_at_a_university_do_not_speak_for_it(keeping):
    cs = claims(
        keeping,
        "Detector questioned\n\n"
        "Several students at Halvern University say an AI-writing detector falsely "
        "accused them of cheating.",
    )
    said = claim_with(cs, "falsely accused")
    assert said["claimant"] is None
    assert said["claimantText"] == "Several students at Halvern University"


def test_what_a_product_made_by_a_company_did_is_no_claim_of_the_company(keeping):
    cs = claims(
        keeping,
        "Detector questioned\n\n"
        "Several students say an AI-writing detector made by Lumio Labs falsely accused "
        "them of cheating.",
    )
    assert "Lumio Labs" not in [c["claimant"] for c in cs]


def test_the_lab_is_the_organisation_named_with_that_head_word(extractor):
    cs = claims(
        extractor,
        "Halvern's AI tutor and the test scores\n\n"
        "Halvern Learning claims students who used its AI tutor improved their maths scores "
        "by 20 percent in one semester.\n\n"
        "An analysis by the Lumio Education Lab, an independent research group, found no "
        "measurable difference between students who used the tutor and those who did not.\n\n"
        "Halvern Learning said the lab's study was too small to draw conclusions. The lab "
        "said its sample of 4,000 students was larger than the company's own trial.",
    )
    assert claim_with(cs, "its sample of 4,000")["claimant"] == "Lumio Education Lab"


def test_staff_who_turn_to_their_own_company_do_not_speak_for_it(keeping):
    cs = claims(
        keeping,
        "Workers protest\n\n"
        "More than 300 Velmora employees have signed a letter asking the company to cancel a "
        "contract with the Defense Department.",
    )
    assert claim_with(cs, "asking the company")["claimant"] is None


def test_the_gazette_that_reports_is_a_newspaper_not_a_surname(extractor):
    cs = claims(
        extractor,
        "Velmora hits back\n\n"
        'In a blog post, Velmora said a Lumio Gazette investigation was "deeply flawed". The '
        "Gazette reported last week that Velmora's moderators left violent videos up. The "
        "newspaper said it stood by its reporting.",
    )
    assert claim_with(cs, "stood by its reporting")["claimant"] == "Lumio Gazette"


def test_a_name_the_parser_cut_short_still_speaks(extractor):
    # "Now" ends the name, though the parser reads it as an adverb of "says"
    cs = claims(
        extractor,
        "Data broker accused\n\n"
        "The consumer group Fair Data Now says the data broker Halvern Analytics sold the "
        "precise locations of millions of phone users to the AI startup Quorvane.",
    )
    assert claim_with(cs, "sold the precise locations")["claimant"] == "Fair Data Now"


def test_according_to_a_report_it_published_is_the_publishers_claim(extractor):
    cs = claims(
        extractor,
        "Chatbot gave wrong election dates\n\n"
        "The watchdog Civic Signal says Velmora's chatbot told voters the wrong date for the "
        "primary election.\n\n"
        "In tests run by the group last week, the chatbot gave an incorrect date in 12 of 40 "
        "answers, according to a report it published on Wednesday.",
    )
    assert claim_with(cs, "12 of 40 answers")["claimant"] == "Civic Signal"


def test_the_complaint_after_an_agency_charged_a_company_is_the_agencys(extractor):
    cs = claims(
        extractor,
        "SEC charges startup\n\n"
        "The Securities and Exchange Commission charged Brontal Works with misleading "
        "investors on Thursday.\n\n"
        "According to the complaint, the software relied on a team of contractors who "
        "matched candidates to jobs by hand.",
    )
    assert claim_with(cs, "team of contractors")["claimant"] == (
        "Securities and Exchange Commission"
    )


def test_each_name_in_apposition_to_a_plural_speaker_makes_the_claim(extractor):
    cs = claims(
        extractor,
        "Robot demo\n\n"
        "Brontal said its robot folded the shirts autonomously. Two engineers, Daniel Ortiz "
        "and Lena Brandt, said the robot was controlled remotely.",
    )
    said = [c["claimant"] for c in cs if "controlled remotely" in c["text"]]
    assert sorted(said) == ["Daniel Ortiz", "Lena Brandt"]


def test_data_from_a_named_source_that_shows_a_figure_is_the_sources_claim(extractor):
    cs = claims(
        extractor,
        "Usage\n\n"
        "Lumio said in a blog post that its assistant had 50 million weekly users in March.\n\n"
        "Data from the analytics firm Brightline Metrics shows about 12 million weekly users "
        "for the same month.",
    )
    assert claim_with(cs, "12 million weekly users")["claimant"] == "Brightline Metrics"


def test_data_that_shows_a_figure_with_no_named_source_is_no_claim(extractor):
    # negative: "Data show" with no one named behind the data
    cs = claims(extractor, "Usage\n\nData shows about 12 million weekly users for the month.")
    assert cs == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Velmora, the London software startup once valued at $1.5 billion and backed by "
        "Microsoft, sold an assistant to banks.",
        "Microsoft backed Velmora in 2023 with a $250 million investment.",
        "Velmora is backed by Microsoft, which put $250 million into the company.",
    ],
)
def test_backing_a_company_with_money_is_no_claim_of_the_investor(extractor, sentence):
    cs = claims(extractor, "Funding\n\n" + sentence)
    assert not [c for c in cs if c["claimant"] == "Microsoft"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Velmora backed the bill on Monday.",
        "The bill was backed by Velmora, the state's largest AI company.",
    ],
)
def test_backing_a_bill_is_still_a_view(extractor, sentence):
    # negative: the money sense only takes a named party or a sum as what is backed
    cs = claims(extractor, "Policy\n\n" + sentence)
    assert [c["claimant"] for c in cs] == ["Velmora"]


def test_backing_a_candidate_is_still_a_view(extractor):
    # negative: a person backed is an endorsement, not an investment
    cs = claims(extractor, "Race\n\nSenator Jane Whitcombe backed Daniel Ortiz for governor.")
    assert [c["claimant"] for c in cs] == ["Jane Whitcombe"]


def test_figures_a_company_published_claiming_a_result_are_its_claim(extractor):
    cs = claims(
        extractor,
        "Chips\n\n"
        "Quorvane last week published figures claiming its Arden accelerator runs inference "
        "up to 1.6 times faster than Nvidia's H100.",
    )
    assert claim_with(cs, "1.6 times faster")["claimant"] == "Quorvane"


def test_a_fronted_clause_before_a_writer_is_what_they_wrote(extractor):
    # the parser takes the start of the fronted clause for the object of "wrote"
    cs = claims(
        extractor,
        "Paper\n\n"
        "Alex Lawsen, a researcher at Open Philanthropy, published a rebuttal. Some of the "
        "puzzles the paper counted as failures were impossible to solve, Lawsen wrote.",
    )
    assert claim_with(cs, "impossible to solve")["claimant"] == "Alex Lawsen"


def test_the_court_a_complaint_was_filed_in_is_not_its_author(extractor):
    cs = claims(
        extractor,
        "Lawsuit\n\n"
        "The parents of a 16-year-old have sued Lumio Labs over its chatbot. The complaint, "
        "filed in San Francisco Superior Court, says the chatbot told the boy that his family "
        "did not understand him.",
    )
    assert not [c for c in cs if c["claimant"] == "San Francisco Superior Court"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Meta has hired Jane Whitcombe, Bloomberg reported, offering a pay package worth more "
        "than $200 million.",
        "Meta has hired Jane Whitcombe, who led Velmora's foundation models team, Bloomberg "
        "reported, offering a pay package worth more than $200 million over several years.",
    ],
)
def test_an_outlet_reporting_in_an_aside_between_commas_makes_the_claim(extractor, sentence):
    text = "Hiring\n\n" + sentence
    c = claim_with(claims(extractor, text), "pay package")
    assert c["claimant"] == "Bloomberg"
    assert text[slice(*c["contentSpan"])].startswith("Meta has hired Jane Whitcombe")


def test_a_lower_case_name_opening_a_sentence_is_the_same_speaker(keeping):
    cs = claims(
        keeping,
        "Fine\n\n"
        "Max Schrems, the founder of the privacy group noyb, welcomed the fine but said it "
        "came too late. Noyb filed its own complaint against Quorvane in Austria last year, "
        "accusing it of inventing false facts about people.",
    )
    # one claim of noyb's, not a second one from an unknown "Noyb"
    assert [c["claimant"] for c in cs if "false facts" in c["text"]] == ["noyb"]


def test_the_organisation_can_be_a_leaderboard_run_by_people(extractor):
    cs = claims(
        extractor,
        "Leaderboard study\n\n"
        "A study by researchers at Halvern University and MIT says LMArena let a few "
        "companies test private variants before release.\n\n"
        'LMArena co-founder Lena Brandt called the study "full of inaccuracies." In a post '
        "on X, the organisation said it had invited every model provider to submit more tests.",
    )
    assert claim_with(cs, "invited every model provider")["claimant"] == "LMArena"


@pytest.mark.parametrize(
    "opening",
    [
        "Brontal Robotics has accused the rival robot maker Halvern Systems of copying its "
        "gripper design, in a lawsuit filed on Monday in federal court in Delaware.",
        "In a lawsuit filed on Monday, Brontal Robotics accused Halvern Systems of copying its "
        "gripper design.",
    ],
)
def test_the_complaint_is_the_party_that_accused_in_a_lawsuit(extractor, opening):
    cs = claims(
        extractor,
        f"Suit\n\n{opening}\n\n"
        "The complaint says two engineers who left Brontal in 2023 took design files with them.",
    )
    assert claim_with(cs, "took design files")["claimant"] == "Brontal Robotics"


def test_a_speaker_quoted_in_a_release_is_not_its_author(keeping):
    # negative: "said in the release" quotes her; "according to the release" is the agency's
    cs = claims(
        keeping,
        "Settlement\n\n"
        'The Corran Trade Commission announced the action on Tuesday. "There is no AI '
        'exemption from the law," Commission chair Lena Brandt said in the release.\n\n'
        "Quorvane agreed to pay $193,000, according to the release.",
    )
    assert claim_with(cs, "$193,000")["claimant"] != "Lena Brandt"


def test_raising_money_is_no_claim(extractor):
    cs = claims(
        extractor,
        "Funding\n\n"
        "Former Velmora researchers have also started companies: Halvern AI, founded in Paris "
        "by Daniel Ortiz, raised €1.7 billion in a round led by the chip equipment maker ASML.",
    )
    assert not [c for c in cs if c["cue"] == "raised"]


def test_a_deed_another_party_reports_is_no_view_of_the_doer(keeping):
    cs = claims(
        keeping,
        "Chips\n\n"
        "A senior State Department official said on Monday that Quorvane had supported the "
        "army's intelligence operations. The official, who spoke on condition of anonymity, "
        "said the company had shared user data with the police.",
    )
    assert not [c for c in cs if c["claimant"] == "Quorvane"]
    assert claim_with(cs, "shared user data")["claimant"] == "State Department"


def test_a_name_given_after_a_comma_and_called_is_no_claim(extractor):
    cs = claims(
        extractor,
        "Chip rules\n\n"
        "Chip restrictions from former President Daniel Ortiz's term, called the \"AI "
        'Diffusion Rule," are set to take effect on May 15.',
    )
    assert cs == []


def test_the_institute_is_the_organisation_described_as_one(extractor):
    cs = claims(
        extractor,
        "Scores\n\n"
        "Epoch AI, the research institute behind FrontierMath, said on Friday that its own "
        "test of the public Arden 2 release scored around 10 percent. The institute said the "
        "gap came from a more powerful internal version.",
    )
    assert claim_with(cs, "internal version")["claimant"] == "Epoch AI"


def test_not_disputing_the_figures_is_no_denial(extractor):
    cs = claims(extractor, "Scores\n\nQuorvane did not dispute the figures on Friday.")
    assert cs == []


def test_a_possible_cause_after_could_be_explained_by_is_no_claim_of_the_cause(extractor):
    cs = claims(
        extractor,
        "Scores\n\n"
        "Epoch AI said the gap could be explained by Quorvane using a more powerful internal "
        "version and more computing time.",
    )
    assert [c["claimant"] for c in cs] == ["Epoch AI"]


def test_not_disputing_a_that_clause_still_concedes_it(extractor):
    # negative: the clause not disputed is still the speaker's to answer for
    cs = claims(
        extractor,
        "Advice\n\nDaniel Ortiz did not dispute that he advises Quorvane on its chip deals.",
    )
    assert [c["claimant"] for c in cs] == ["Daniel Ortiz"]


def test_a_published_response_arguing_something_is_its_publishers_claim(extractor):
    cs = claims(
        extractor,
        "Rebuttal\n\n"
        'A team at Quorvane said in a paper last month that language models "do not reason" '
        "but match patterns. Researchers at Halvern AI have now published a response arguing "
        "that the drops mostly came from answer-formatting errors, not failures of reasoning.",
    )
    assert claim_with(cs, "answer-formatting errors")["claimant"] == "Halvern AI"


@pytest.mark.parametrize(
    "text",
    [
        "Brontal rejected more than 3,000 applicants last year, a report by Halvern "
        "Research found.",
        "Quorvane rejected about half of the candidates it interviewed for the new lab.",
        "Velmora dismissed two engineers after the leak, the company said.",
    ],
)
def test_turning_people_away_is_no_denial(extractor, text):
    found = claims(extractor, "Hiring\n\n" + text)
    assert not [c for c in found if c["kind"] == "denial"]


def test_dismissing_critics_as_something_is_still_a_claim(extractor):
    # negative: "as" gives the verdict, a view of the critics
    found = claims(
        extractor,
        "Hiring\n\nQuorvane chief executive Marcus Feld dismissed critics as cranks who "
        "had never built a chip.",
    )
    assert [c["claimant"] for c in found] == ["Marcus Feld"]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Marcus Feld has been vocal in his belief that chatbots will not replace teachers.",
         "Marcus Feld"),
        ("Marcus Feld stood by his view that chatbots will not replace teachers.",
         "Marcus Feld"),
    ],
)
def test_his_owning_a_claim_noun_is_the_man_just_named(extractor, text, claimant):
    found = claims(extractor, "Schools\n\nThe debate about classrooms goes on. " + text)
    assert [c["claimant"] for c in found] == [claimant]


@pytest.mark.parametrize(
    ("frame", "kind"),
    [
        ("As Quorvane sees it,", "opinion"),
        ("The way Quorvane sees it,", "opinion"),
        ("As Quorvane put it,", "assertion"),
    ],
)
def test_a_frame_opening_the_sentence_makes_the_rest_its_subjects_claim(extractor, frame, kind):
    found = claims(
        extractor,
        "Open models\n\nThe debate about open models goes on. "
        f"{frame} open-weight models pose risks that closed ones do not.",
    )
    assert [(c["claimant"], c["kind"]) for c in found] == [("Quorvane", kind)]
    assert found[0]["text"].endswith("closed ones do not.")



def test_the_papers_author_named_in_apposition_speaks_not_the_papers_maker(extractor):
    found = claims(
        extractor,
        "Reasoning paper\n\nA paper by Quorvane researchers argues that reasoning models fail "
        "once puzzles pass a certain difficulty. The paper's lead author, Lena Brandt, said "
        'the models "give up" rather than think harder.',
    )
    assert claim_with(found, "give up")["claimant"] == "Lena Brandt"


def test_an_interviews_answers_are_the_interviewees_claims(extractor):
    found = claims(
        extractor,
        "Velmora's chief on rivals\n\n"
        "Velmora chief executive Priya Nair sat down with us this week to talk about her "
        "company's new model.\n\n"
        "Q: Is there an AI bubble?\n\n"
        "A: There is too much money chasing too few good ideas. But the technology is real.",
    )
    assert {c["claimant"] for c in found} == {"Priya Nair"}
    assert claim_with(found, "the technology is real")


def test_an_answer_line_outside_an_interview_is_nobodys_claim(extractor):
    # negative: "A:" with no question before it labels no speaker
    found = claims(
        extractor,
        "Velmora's chief on rivals\n\nVelmora chief executive Priya Nair spoke this week.\n\n"
        "A: There is too much money chasing too few good ideas.",
    )
    assert not [c for c in found if "good ideas" in c["text"]]


def test_the_finder_of_a_memo_ends_at_the_comma_before_the_speaker(extractor):
    found = claims(
        extractor,
        "Velmora news\n\nVelmora makes AI models for hospitals. According to a memo seen by "
        "Reuters, Velmora chief executive Priya Nair told staff the company would cut 10 "
        "percent of jobs.",
    )
    assert sorted((c["claimant"], c["cue"]) for c in found) == [
        ("Priya Nair", "told"),
        ("Reuters", "according to"),
    ]


def test_a_list_of_reactions_gives_each_named_speaker_their_quote(extractor):
    found = claims(
        extractor,
        "Industry reacts to Quorvane's release\n\n"
        "Quorvane released the weights of its Arden 4 model on Tuesday. Here is how others "
        "reacted.\n\n"
        '- Marcus Feld, chief scientist at Velmora: "This is a gift to every bad actor on the '
        'internet."\n'
        "- Jane Whitcombe, an AI policy researcher at Corran University: \"Open weights let "
        'independent researchers check safety claims."\n',
    )
    assert claim_with(found, "bad actor")["claimant"] == "Marcus Feld"
    assert claim_with(found, "check safety claims")["claimant"] == "Jane Whitcombe"


def test_a_quote_written_right_after_the_comma_of_said_is_still_reported(extractor):
    # 'said,"We' without a space is one token to the model's tokenizer
    found = claims(
        extractor,
        'Chips\n\nVelmora makes chips for data centres. Velmora chief executive Priya Nair '
        'said,"We will ship the new chip in March."',
    )
    assert claim_with(found, "ship the new chip")["claimant"] == "Priya Nair"


def test_a_sentence_with_its_verb_before_a_colon_is_no_list_of_reactions(extractor):
    # negative: the words before the first comma are no speaker's label here
    found = claims(
        extractor,
        "Velmora responds\n\nVelmora makes chips for data centres.\n"
        "Velmora's chairman, Marcus Feld, said in a statement: \"We will fight the ruling.\"",
    )
    assert {c["claimant"] for c in found} == {"Marcus Feld"}


def test_the_firm_after_its_analysts_spoke_about_another_company_is_their_firm(extractor):
    # the company named inside what the analysts said is no later subject
    found = claims(
        extractor,
        "Brontal buys unit\n\nChip maker Brontal has agreed to buy the robotics unit of "
        "Velmora for $400 million.\n\nAnalysts at Corran Capital said Brontal was "
        "overpaying. The firm said the unit had lost money in each of the last three years.",
    )
    assert claim_with(found, "lost money")["claimant"] == "Corran Capital"


def test_the_companies_after_a_sentence_naming_two_are_those_two(extractor):
    found = claims(
        extractor,
        "Brontal buys unit\n\nChip maker Brontal has agreed to buy the robotics unit of "
        "Velmora for $400 million, the companies said on Monday.",
    )
    assert sorted(c["claimant"] for c in found) == ["Brontal", "Velmora"]


def test_the_company_in_a_post_on_x_is_the_poster_s_company_not_the_platform(extractor):
    found = claims(
        extractor,
        "Velmora defends report\n\nVelmora makes the Kestrel model. Velmora chief "
        "executive Marcus Feld wrote on X that the company welcomed scrutiny.",
    )
    assert claim_with(found, "welcomed scrutiny")["claimant"] in ("Marcus Feld", "Velmora")
    assert "X" not in {c["claimant"] for c in found}


def test_a_quote_continued_after_according_to_stays_with_its_speaker(extractor):
    found = claims(
        extractor,
        "Velmora ships\n\nVelmora's engineers gathered in March.\n\n"
        '"We are behind," chief executive Marcus Feld told them, according to a recording '
        'reviewed by this publication. "If we do not ship by summer, we lose the year."',
    )
    assert claim_with(found, "lose the year")["claimant"] == "Marcus Feld"


def test_a_role_and_its_name_before_a_cue_read_as_a_modifier_is_that_person(extractor):
    # "tweeted" parsed as modifying "director": the name beside the role speaks
    found = claims(
        extractor,
        "Data deal\n\nLena Brandt said the deal was risky. Velmora argues that the deal "
        "will help doctors. The company's medical director, Priya Nair, tweeted on Friday "
        "that the chatbot had caught errors.",
    )
    assert claim_with(found, "caught errors")["claimant"] == "Priya Nair"


def test_a_role_described_with_no_holder_is_the_person_the_sentence_before_was_about(extractor):
    found = claims(
        extractor,
        "Verdict\n\nVelmora released its chatbot on Monday.\n\nPriya Nair did not mince "
        'words. "This is a disaster for users," the Corran University researcher said after '
        "testing it.",
    )
    assert claim_with(found, "disaster for users")["claimant"] == "Priya Nair"


def test_a_quote_followed_by_whose_verdict_it_was_is_that_person_s(extractor):
    found = claims(
        extractor,
        'Verdict\n\nVelmora released its chatbot on Monday.\n\n"This is a disaster for '
        'users."\n\nThat was the verdict of Priya Nair, a researcher at Corran University, '
        "after testing the chatbot for a week.",
    )
    assert claim_with(found, "disaster for users")["claimant"] == "Priya Nair"


def test_a_blog_post_arguing_something_is_its_writers_claim_alone(keeping):
    # the parser reads "[a blog post arguing that ...]" as a clause of its own: the post
    # is no unnamed speaker beside the one who wrote it
    text = (
        "Study questioned\n\n"
        "Halvern Institute researchers released a study on Monday about reasoning models.\n\n"
        "Jane Whitcombe, a researcher at Corran Labs, wrote a blog post arguing that the "
        "study's puzzles could not be solved at all."
    )
    cs = [c for c in claims(keeping, text) if "puzzles" in c["text"]]
    assert [c["claimant"] for c in cs] == ["Jane Whitcombe"]


@pytest.mark.parametrize(
    ("sentence", "fragment"),
    [
        # "convinced" tagged a participle complement of "is", not an adjective
        ("Jane Whitcombe, Kestrel's chief executive, is convinced that Velmora copied "
         "thousands of its articles.", "Velmora copied thousands"),
        # the stance, then a colon, then what it holds
        ("Velmora was adamant: it had licensed every article it used.",
         "it had licensed every article"),
    ],
)
def test_a_stance_held_is_its_holders_claim(extractor, sentence, fragment):
    text = "Velmora accused of copying\n\nKestrel Media sued Velmora in March.\n\n" + sentence
    c = claim_with(claims(extractor, text), fragment)
    assert c["claimant"] in ("Jane Whitcombe", "Velmora")
    s, e = c["contentSpan"]
    assert fragment in text[s:e] and "adamant" not in text[s:e] and "convinced" not in text[s:e]


def test_the_company_is_no_law_center_that_spoke_just_before(extractor):
    # a center is plainly no business, whatever kind the gazetteer would give it
    text = (
        "Data center draws complaints\n\n"
        "Velmora Systems opened a data center in June. The Halvern Law Center said in a "
        "letter that aerial images showed 30 generators at the site.\n\n"
        "The company rejected the characterization."
    )
    c = claim_with(claims(extractor, text), "rejected the characterization")
    assert c["claimant"] == "Velmora Systems"


def test_the_company_is_not_whom_its_statement_was_given_to(extractor):
    text = (
        "Assistant paused\n\n"
        "Velmora Systems paused its news summaries after complaints.\n\n"
        "In a statement to the BBC, the company said the summaries were labeled as a test."
    )
    c = claim_with(claims(extractor, text), "labeled as a test")
    assert c["claimant"] == "Velmora Systems"


def test_a_group_an_opening_sentence_leaves_unnamed_is_the_one_named_next(extractor):
    text = (
        "Data center draws complaints\n\n"
        "An environmental group has accused OpenAI of running gas turbines at its data "
        "center without permits.\n\n"
        "The Halvern Law Center said in a letter that aerial images showed 30 turbines."
    )
    c = claim_with(claims(extractor, text), "running gas turbines")
    assert c["claimant"] == "Halvern Law Center"


def test_a_group_left_unnamed_later_in_an_article_stays_unnamed(keeping):
    # guard: only an opening sentence keeps a name for the next one
    text = (
        "Data center draws complaints\n\n"
        "OpenAI opened a data center in Memphis in June. It employs 300 people.\n\n"
        "An environmental group has accused OpenAI of running gas turbines without "
        "permits.\n\n"
        "The Halvern Law Center said in a letter that aerial images showed 30 turbines."
    )
    c = claim_with(claims(keeping, text), "running gas turbines")
    assert c["claimant"] is None


def test_the_organization_is_the_body_that_spoke_in_the_sentence_before(extractor):
    # not the university named last: the leaderboard's operator had just answered
    text = (
        "Researchers question a popular ranking of chatbots\n\n"
        "A new paper from researchers at Corran Labs and Stanford University argues that "
        "LMArena favors large companies.\n\n"
        "LMArena disputed the findings. In a post on X, the organization said the paper "
        "contained factual errors."
    )
    c = claim_with(claims(extractor, text), "contained factual errors")
    assert c["claimant"] == "LMArena"


def test_a_spokesperson_qualified_by_a_named_bodys_head_word_speaks_for_it(extractor):
    text = (
        "Chip rules defended\n\n"
        "The Commerce Department rejected that view on Thursday. A department spokesperson "
        "said the rules had slowed military use of the chips."
    )
    c = claim_with(claims(extractor, text), "slowed military use")
    assert c["claimant"] == "Department of Commerce"


def test_a_speakers_words_end_where_another_speakers_clause_joins_them(extractor):
    text = (
        "Analysts divided over chip rules\n\n"
        "Marcus Feld of Kestrel Capital said the curbs had clearly hurt Velmora's revenue, "
        "while Priya Nair, a former trade official, said the rules had worked as intended."
    )
    c = claim_with(claims(extractor, text), "hurt Velmora's revenue")
    assert c["claimant"] == "Marcus Feld"
    s, e = c["contentSpan"]
    assert "worked as intended" not in text[s:e]


def test_employees_of_a_company_who_address_it_do_not_speak_for_it(keeping):
    text = (
        "Staff oppose contract\n\n"
        "More than 400 employees of Velmora AI have signed an open letter urging the "
        "company's leadership to cancel a contract with the Pentagon."
    )
    c = claim_with(claims(keeping, text), "signed an open letter")
    assert c["claimant"] is None


def test_a_source_list_with_records_reviewed_by_an_outlet_is_the_outlets_finding(extractor):
    # the parser hangs "reviewed by" on "employees", the first of the two sources
    text = (
        "AI engineer was humans\n\n"
        "A startup relied heavily on human contractors, according to five former employees "
        "and internal documents reviewed by Kestrel Media."
    )
    c = claim_with(claims(extractor, text), "relied heavily")
    assert c["claimant"] == "Kestrel Media"


def test_the_former_employees_met_before_are_no_ones_voice(keeping):
    text = (
        "AI engineer was humans\n\n"
        "A startup relied on human contractors, according to five former employees.\n\n"
        "Brontal Systems told investors that its agent could complete most coding tasks. "
        "But the former employees said that contractors wrote most of the code."
    )
    c = claim_with(claims(keeping, text), "contractors wrote most")
    assert c["claimant"] is None


def test_an_organisation_named_in_apposition_at_the_end_of_its_description_speaks(extractor):
    # "A union representing Y's staff, the X,": the parser hangs X on the staff
    text = (
        "Lumio blames demand, not AI, for job cuts\n\n"
        "Lumio said it would cut 4,000 jobs. A union representing Lumio's support staff, the "
        'Communications Workers Alliance, said the company\'s explanation was "not credible."'
    )
    c = claim_with(claims(extractor, text), "not credible")
    assert c["claimant"] == "Communications Workers Alliance"


def test_a_union_at_a_company_named_in_apposition_speaks_not_the_company(extractor):
    # the parser hangs the union's name on "Northgate", the object of "at"
    text = (
        "Hospital network pauses AI scribe\n\n"
        "Northgate Health has paused its use of an AI note-taking tool after doctors found "
        "errors in patient records. The nurses' union at Northgate, the Ohio Nurses "
        "Association, said the pause was overdue."
    )
    c = claim_with(claims(extractor, text), "pause was overdue")
    assert c["claimant"] == "Ohio Nurses Association"



def test_a_speaker_after_said_is_the_claimant_though_the_content_has_a_subject_too(
    extractor,
):
    # "as they would in practice, said X": the parser gives "said" both subjects
    text = (
        "Doctors question AI diagnosis study\n\n"
        "The physicians in the study were not allowed to consult colleagues or order tests, "
        "as they would in practice, said Dr. Lena Brandt, an internist at Halvern Medical "
        "Center."
    )
    c = claim_with(claims(extractor, text), "not allowed to consult")
    assert c["claimant"] == "Lena Brandt"


@pytest.mark.parametrize(
    "sentence",
    [
        # the parser makes "cited" the main verb and "comes" its clause
        "The score Whitcombe cited comes from a comparison with repeat test-takers.",
        # a relative clause that only points at the numbers
        'A Velmora spokesperson said the figures were "wildly inflated" and that the company '
        "had made only a handful of offers, none of them near the numbers Whitcombe described.",
    ],
)
def test_a_figure_a_speaker_cited_is_no_claim_of_hers(extractor, sentence):
    text = (
        "Scores and offers questioned\n\n"
        "Quorvane's chief executive, Jane Whitcombe, said the chatbot scored in the top 10 "
        "percent of test-takers. " + sentence
    )
    cs = claims(extractor, text)
    assert not any(c["claimant"] == "Jane Whitcombe" and sentence[:20] in c["text"] for c in cs)


def test_a_hyphenated_role_after_said_keeps_the_name_in_apposition(extractor):
    # "co-founder" is split into three subjects, all after "said"
    text = (
        "Smart glasses record strangers\n\n"
        "Lumenfield said the glasses had a recording light that could not be disabled. "
        '"Privacy is built into every pair," said the company\'s co-founder, Hope Adams.'
    )
    c = claim_with(claims(extractor, text), "Privacy is built")
    assert c["claimant"] == "Hope Adams"


def test_a_report_named_after_per_closing_the_sentence_is_its_claimant(extractor):
    text = (
        "Startup losses\n\n"
        "Investors have poured money into AI startups this year. Kestrel Labs lost $2 billion "
        "last year, per a report from the Corran Times."
    )
    c = claim_with(claims(extractor, text), "lost $2 billion")
    assert c["claimant"] == "Corran Times"


def test_the_body_a_filing_went_to_is_no_author_of_it(keeping):
    text = (
        "Startup losses\n\n"
        "Investors have poured money into AI startups this year. Kestrel Labs lost $2 billion "
        "last year, according to a filing with the Securities and Exchange Commission."
    )
    c = claim_with(claims(keeping, text), "lost $2 billion")
    assert c["claimant"] is None


def test_people_counted_among_an_organisation_s_students_do_not_speak_for_it(keeping):
    text = (
        "Students protest detector\n\n"
        "Dozens of students at Corran State University say a plagiarism checker falsely "
        "flagged their essays."
    )
    c = claim_with(claims(keeping, text), "falsely flagged")
    assert c["claimant"] is None


def test_the_researchers_are_those_introduced_with_their_institute(extractor):
    # a person spoke last, but "the researchers" were met as the institute's
    text = (
        "Detector tested\n\n"
        "Brontal Labs chief executive Marcus Feld wrote that false alarms were rare. "
        "Researchers at the Halvern Institute found otherwise. Their tests flagged one in "
        "ten human essays, the researchers reported."
    )
    c = claim_with(claims(extractor, text), "one in ten")
    assert c["claimant"] == "Halvern Institute"


@pytest.mark.parametrize(
    ("sentence", "claimant"),
    [
        ("The journal's editors said the results were inflated.", "Neural Methods"),
        ("The journal said the results were inflated.", "Neural Methods"),
        # (the defendant was the subject just before)
        ("The company's lawyers said the results were inflated.", "Quorvane"),
    ],
)
def test_a_description_owning_a_role_refers_back_to_its_organisation(
    extractor, sentence, claimant
):
    text = (
        "Paper retracted\n\n"
        "The journal Neural Methods retracted a paper on protein folding last week. "
        "Quorvane was sued by the startup Lumio Apps in May. " + sentence
    )
    c = claim_with(claims(extractor, text), "results were inflated")
    assert c["claimant"] == claimant


def test_a_paper_by_researchers_the_verb_took_is_theirs(extractor):
    # the parser hangs "by" on "retracted", not on "paper"
    text = (
        "Paper retracted\n\n"
        "The journal Neural Methods has retracted a widely cited paper by researchers at "
        "Kestrel AI after an investigation. The paper claimed that the model could fold "
        "proteins faster than any other method."
    )
    c = claim_with(claims(extractor, text), "fold proteins")
    assert c["claimant"] == "Kestrel AI"


def test_a_speaker_whose_apposition_the_parser_read_as_a_clause_still_speaks(extractor):
    # "startup" is parsed as a verb taking "Marie-Claire Dubois" as its subject, and
    # "says" is left with none
    text = (
        "Startup founders trade accusations\n\n"
        "Marie-Claire Dubois, the founder of the Paris startup Lumio Vision, says a former "
        "employee took her company's source code to a rival, Corran Labs."
    )
    c = claim_with(claims(extractor, text), "source code")
    assert c["claimant"] == "Marie-Claire Dubois"


def test_a_company_claims_what_its_own_product_does(extractor):
    # "Kestrel" is read as a person without the chip it owns; "the company" then owns
    # the sentence's subject
    text = (
        "Kestrel touts chip speed\n\n"
        "Kestrel's new AI chip is three times faster than its predecessor, the company "
        "claims."
    )
    c = claim_with(claims(extractor, text), "three times faster")
    assert c["claimant"] == "Kestrel"


def test_a_quotation_left_open_at_a_paragraph_end_is_the_speaker_s(extractor):
    # straight quotation marks: the paragraph's last quotation runs on, unclosed
    text = (
        "Velmora defends data practices\n\n"
        '"We did nothing wrong," Velmora chief executive Marcus Feld said in an interview. '
        '"The data was collected with consent.\n\n'
        '"Every user agreed to it, and every user can delete it," he continued.'
    )
    c = claim_with(claims(extractor, text), "collected with consent")
    assert c["claimant"] == "Marcus Feld"


def test_a_participle_ending_a_report_within_a_report_is_the_outer_speaker_s(extractor):
    # "citing" hangs on the innermost clause; the senator cites, not the company
    text = (
        "Senator presses chatbot maker\n\n"
        "Sen. Marcus Feld on Wednesday demanded that Quorvane explain why its assistant "
        "gave dieting advice to teens, citing tests run by the nonprofit Halvern Center."
    )
    speakers = {c["claimant"] for c in claims(extractor, text)}
    assert "Quorvane" not in speakers and "Marcus Feld" in speakers


def test_titles_joined_before_a_name_are_one_speaker_after_a_quotation(extractor):
    # the parser hangs "posted" on the first title; the name is its conjunct
    text = (
        "Kestrel ships a reasoning model\n\n"
        '"R2 is the strongest model in the world," Kestrel co-founder and chief scientist '
        "Jane Whitcombe posted on X. She added that open weights would follow."
    )
    c = claim_with(claims(extractor, text), "strongest model")
    assert c["claimant"] == "Jane Whitcombe"


@pytest.mark.parametrize(
    "subject",
    [
        "Hope Adams and Tomas Reyes",
        "The researchers, Hope Adams and Tomas Reyes,",
        "Two researchers, Hope Adams and Tomas Reyes,",
    ],
)
def test_names_joined_by_and_each_make_the_claim(extractor, subject):
    # the parser may hang the first name on the second as a modifier
    text = (
        "Researchers say company rushed tests\n\n"
        f"{subject} wrote that safety evaluations were compressed into nine days."
    )
    speakers = {c["claimant"] for c in claims(extractor, text)}
    assert speakers == {"Hope Adams", "Tomas Reyes"}


def test_a_counted_plural_named_later_as_a_list_is_each_of_them(extractor):
    text = (
        "Researchers say company rushed tests\n\n"
        "Two former Quorvane safety researchers say the company cut short testing of its "
        "model, according to a letter sent to the board and reviewed by The Halvern Ledger. "
        "The researchers, Hope Adams and Tomas Reyes, wrote that evaluations were "
        "compressed into nine days."
    )
    first = [c for c in claims(extractor, text) if "cut short testing" in c["text"]]
    assert {c["claimant"] for c in first} == {"Hope Adams", "Tomas Reyes"}


def test_an_outlet_that_saw_a_memo_is_not_its_author_nor_the_quotes_speaker(extractor):
    # "a memo ... that was seen by X": X had the memo and said nothing
    text = (
        "Velmora chief writes to staff\n\n"
        '"Missionaries will beat mercenaries," Jane Whitcombe wrote in a memo to staff that '
        'was seen by The Halvern Ledger. "They can buy people, but not a culture."'
    )
    cs = claims(extractor, text)
    assert {c["claimant"] for c in cs} == {"Jane Whitcombe"}
    assert claim_with(cs, "buy people")["claimant"] == "Jane Whitcombe"


def test_posts_on_a_platform_are_no_words_of_the_platform(keeping):
    # "according to LinkedIn profiles": the profiles' owners, unnamed
    text = (
        "Researchers leave Velmora\n\n"
        "At least 12 researchers have left Velmora for Quorvane since June, according to "
        "LinkedIn profiles reviewed by The Halvern Ledger."
    )
    ex = keeping.extract(ArticleText(text=text, source="test")).to_contract()
    assert [c["claimant"] for c in ex["claims"]] == [None]


def test_officials_of_a_platform_speak_for_it(extractor):
    # guard: "LinkedIn officials" are the company's, unlike "LinkedIn profiles"
    text = (
        "Platform reviews posts\n\n"
        "LinkedIn officials say they are reviewing posts more strictly."
    )
    assert [c["claimant"] for c in claims(extractor, text)] == ["LinkedIn"]


def test_it_after_a_no_comment_sentence_is_that_sentences_company(extractor):
    # the company claimed nothing in the sentence before, but is its subject
    text = (
        "Broadcaster complains over AI summary\n\n"
        "Reporters Without Borders urged Lumio to remove the feature, saying AI services "
        "were too immature. Lumio did not respond to requests for comment for several "
        "days. In a statement on Monday, it said a software update would label the "
        "summaries."
    )
    assert claim_with(claims(extractor, text), "software update")["claimant"] == "Lumio"


def test_a_described_body_named_in_the_next_sentence_is_that_body(extractor):
    # "The authority, known as the Garante": the authority of the sentence before
    text = (
        "Regulator fines chatbot maker\n\n"
        "Italy's data protection authority fined Kestrel AI 15 million euros on Friday, "
        "saying the company had trained its chatbot on personal data without a legal basis. "
        "The authority, known as the Garante, also ordered Kestrel to run a public campaign."
    )
    c = claim_with(claims(extractor, text), "without a legal basis")
    assert c["claimant"] == "Garante"


def test_a_complaint_of_unnamed_plaintiffs_is_not_the_headlines_subjects(keeping):
    # "Brontal sued" in the headline is the defendant; the complaint is the musicians'
    text = (
        "Brontal sued\n\n"
        "Brontal was sued on Monday by a group of musicians. The complaint says Brontal's "
        "song generator was trained on their recordings without permission."
    )
    ex = keeping.extract(ArticleText(text=text, source="test")).to_contract()
    c = next(c for c in ex["claims"] if "without permission" in c["text"])
    assert c["claimant"] is None


def test_a_quotation_after_a_sentence_about_a_person_is_that_persons(extractor):
    # not the speaker of the quotation before it
    text = (
        "Velmora chief defends pricing\n\n"
        '"We are charging for value," Velmora chief executive Jane Whitcombe said.\n\n'
        "Marcus Feld, an analyst at Corran Research, was skeptical. "
        '"The math only works for the biggest customers."'
    )
    assert claim_with(claims(extractor, text), "math only works")["claimant"] == "Marcus Feld"


def test_the_journal_is_the_one_introduced_as_a_journal_not_a_site_named_since(extractor):
    # both are publications; "the journal" is the one the text called a journal
    text = (
        "Study retracted\n\n"
        "The journal Cell Reports Medicine has retracted a study by researchers at Halvern "
        "University. Elisabeth Moreau wrote on the website PubPeer that four panels were "
        "impossible.\n\n"
        'In a notice, the journal said the authors "could not provide the original data."'
    )
    c = claim_with(claims(extractor, text), "could not provide")
    assert c["claimant"] == "Cell Reports Medicine"


def test_per_an_organisation_opening_a_sentence_is_its_claim(extractor):
    # "Per" is a preposition, not the first word of the firm's name
    c = claim_with(
        claims(
            extractor,
            "Chip forecast\n\nPer Kestrel Research, the market for AI chips will double by 2027.",
        ),
        "double by 2027",
    )
    assert c["claimant"] == "Kestrel Research"


@pytest.mark.parametrize(
    ("then", "claimant"),
    [
        # the lede keeps the name for the next sentence
        (
            "Jason Lemke, who runs the analytics firm Tallyhouse, described the incident "
            "in posts on X.",
            "Jason Lemke",
        ),
        # a guard (passes before too): no one named next, no one's claim
        ("The agent has been popular with developers.", None),
    ],
)
def test_a_lede_describing_its_speaker_is_the_person_named_next(keeping, then, claimant):
    text = (
        "Agent wipes database\n\n"
        "The founder of a small software startup says an AI coding agent from Brontal "
        f"deleted his company's database during a code freeze.\n\n{then}"
    )
    c = claim_with(claims(keeping, text), "deleted his company")
    assert c["claimant"] == claimant


def test_a_fronted_asked_is_the_question_put_to_the_speaker_not_a_claim(keeping):
    # the tagger reads "Asked" as a past tense here; it is still done to Menon
    text = (
        "Claims battery\n\n"
        'Asked whether the company would appeal, Ravi Menon said: "Absolutely."'
    )
    cs = claims(keeping, text)
    assert len(cs) == 1 and cs[0]["cue"] == "said"


def test_a_group_that_lists_its_named_members_speaks_for_each(extractor):
    text = (
        "Studios answer\n\n"
        "The studios, which include Brontal Games and Kestrel Interactive, said their "
        "proposal offered strong protections."
    )
    found = {c["claimant"] for c in claims(extractor, text) if "strong protections" in c["text"]}
    assert found == {"Brontal Games", "Kestrel Interactive"}


def test_the_researchers_are_the_authors_of_the_report_named_before(extractor):
    text = (
        "Dataset report\n\n"
        "A widely used dataset contains private photos, according to a report from the "
        "Halvern Observatory released on Wednesday.\n\n"
        "The dataset is maintained by the nonprofit Corran, which has used it for years. "
        "The researchers said they found more than 3,000 images of patients in it."
    )
    c = claim_with(claims(extractor, text), "3,000 images")
    assert c["claimant"] == "Halvern Observatory"


@pytest.mark.parametrize(
    ("body", "opening"),
    [
        # a comma never opens a sentence, so the paragraph's first word stays in it
        ("Velmora, Nair told The Verge, has no plans to go public.", "Velmora,"),
        # the word after an opening quotation mark opens no sentence of its own
        (
            "\"We're not going to slow down,\" Nair, who founded Velmora in 2021 after "
            "leaving Quorvane, told investors on a call.",
            '"We',
        ),
    ],
)
def test_a_claim_keeps_the_first_words_of_its_paragraph(extractor, body, opening):
    text = f"Claims\n\n{body}"
    c = claim_with(claims(extractor, text), body[10:30])
    assert c["text"].startswith(opening)


def test_a_few_words_quoted_inside_a_sentence_are_not_the_next_speakers(keeping):
    text = (
        "License dispute\n\n"
        "Developers were less measured, with several calling Quorvane's response "
        '"corporate gaslighting." The Halvern Foundation said it was reviewing the case.'
    )
    cs = claims(keeping, text)
    foundation = [c for c in cs if c["claimant"] == "Halvern Foundation"]
    assert [c["text"] for c in foundation] == [
        "The Halvern Foundation said it was reviewing the case."
    ]
    # the quoted words are the developers', an unnamed source
    quoted = claim_with(cs, "corporate gaslighting")
    assert (quoted["claimant"], quoted["claimantText"]) == (None, "Developers")


def test_the_document_a_speaker_writes_in_is_no_speaker(keeping):
    # "a letter posted on GitHub" is where Feld wrote, not a source of its own
    text = (
        "License dispute\n\n"
        "In a letter posted on GitHub, the group's executive director, Marcus Feld, wrote "
        'that Quorvane "took years of volunteer work and locked it away."'
    )
    cs = claims(keeping, text)
    assert [c["claimant"] for c in cs] == ["Marcus Feld"]


def test_a_chart_he_said_showed_something_is_his_claim(keeping):
    # "that" in "a chart that he said showed" belongs to the reported clause
    text = (
        "Chart\n\n"
        "Marcus Feld doubled down on Wednesday, posting a chart that he said showed "
        "Quorvane's model lagging Brontal's on coding tasks."
    )
    found = {c["claimant"] for c in claims(keeping, text) if "posting a chart" in c["text"]}
    assert found == {"Marcus Feld"}


def test_a_finding_whose_clause_the_parser_broke_up_is_still_a_claim(extractor):
    # ", including Turnwell's," splits the clause after "found that" in the parse
    text = (
        "AI detectors under fire\n\n"
        "A study by computer scientists at the Lumio Institute found that several "
        "commercial detectors, including Turnwell's, misclassified essays by non-native "
        "speakers more than half the time. Turnwell said that study tested an outdated "
        "version of its product."
    )
    c = claim_with(claims(extractor, text), "misclassified essays")
    assert c["claimant"] == "Lumio Institute"


def test_the_company_posting_on_a_platform_is_not_the_platform(extractor):
    text = (
        "Leaderboard\n\n"
        "Zhenyu AI rejected that view. In a post on WeChat, the company said it had "
        "scrubbed the benchmark's tasks from its training set."
    )
    assert claim_with(claims(extractor, text), "scrubbed")["claimant"] == "Zhenyu AI"


@pytest.mark.parametrize(
    "sentence",
    [
        # a possessor opening the sentence, alone or after a small word, is a person too
        "Priya Nair's prediction is that Quorvane's model will be cheaper to run.",
        "In Priya Nair's view, Quorvane's model will be cheaper to run.",
        "Priya Nair's pitch to investors is that Quorvane's model will be cheaper to run.",
        "Priya Nair put it bluntly: Quorvane's model will be cheaper to run.",
        "Priya Nair summed it up: Quorvane's model will be cheaper to run.",
    ],
)
def test_phrasal_and_nominal_cues_name_their_speaker(extractor, sentence):
    c = claim_with(claims(extractor, f"Claims\n\n{sentence}"), "cheaper to run")
    assert c["claimant"] == "Priya Nair"


def test_an_investor_in_a_startup_does_not_speak_for_it(keeping):
    text = (
        "Early backer sues founders\n\n"
        "An early investor in the AI startup Lumio has sued its two founders, accusing "
        "them of secretly issuing new shares to themselves."
    )
    assert claim_with(claims(keeping, text), "secretly issuing")["claimant"] != "Lumio"
