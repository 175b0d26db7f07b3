"""Claim extraction: quotes, reported speech, claimant resolution."""

from __future__ import annotations

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


def test_according_to(extractor):
    cs = claims(extractor, "According to Reuters, Microsoft plans to build three new data centers.")
    assert claim_with(cs, "three new data centers")["claimant"] == "Reuters"


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


def test_he_refers_to_the_person_just_introduced(extractor):
    text = (
        "Satya Nadella said the partnership was healthy. "
        "Later, Jensen Huang took the stage at the conference. He said demand was insane."
    )
    assert claim_with(claims(extractor, text), "demand was insane")["claimant"] == "Jensen Huang"


def test_adding_a_feature_is_no_claim(extractor):
    assert claims(extractor, "OpenAI added a voice mode to ChatGPT last week.") == []
