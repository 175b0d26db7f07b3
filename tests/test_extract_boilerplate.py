"""Boilerplate regions, republished-from URLs, and unextractable input."""

from __future__ import annotations

import subprocess
import sys

import pytest

from ingest.boilerplate import dateline_regions
from ingest.document import ArticleText
from ingest.pipeline import ExtractionError
from tests import extract_support

extractor = extract_support.extractor  # the session-wide Extractor fixture

REPOST = """Anthropic said on Monday that Claude will get a larger context window.

The company added that pricing would not change.

source https://example.com/news/claude-context

Discover more from The Tinkerer's Blog

Subscribe to get the latest posts sent to your email.

Published by Harbor Valley Media

Harbor Valley Media said it covers technology for small businesses, and Google praised it.

Design a site like this with WordPress.com
Get started
"""


def test_boilerplate_tail_yields_nothing(extractor):
    ex = extractor.extract(ArticleText(text=REPOST, source="test"))
    tail = REPOST.index("source https://")
    assert ex.claims and all(c.end <= tail for c in ex.claims)
    assert all(m.start < tail for e in ex.entities for m in e.mentions)
    assert "Google" not in {e.name for e in ex.entities}


def test_a_byline_on_top_is_no_boilerplate_tail_and_names_the_author(extractor):
    # a cue line before the body stands alone: the body after it is the article
    text = (
        "Posted by Jane Roedel on May 5, 2025\n\n"
        "OpenAI said on Monday that its new model is faster than before."
    )
    ex = extractor.extract(ArticleText(text=text, source="test")).to_contract()
    assert [c["claimant"] for c in ex["claims"]] == ["OpenAI"]
    assert {"name": "Jane Roedel", "type": "Person"}.items() <= next(
        e for e in ex["entities"] if e["name"] == "Jane Roedel"
    ).items()


def test_a_site_that_published_the_post_is_no_author(extractor):
    text = "Published by Harbor Valley Media\n\nOpenAI said its new model is faster than before."
    ex = extractor.extract(ArticleText(text=text, source="test")).to_contract()
    assert "Harbor Valley Media" not in {e["name"] for e in ex["entities"] if e["type"] == "Person"}


@pytest.mark.parametrize(
    ("opening", "place"),
    [
        ("HALVERN CITY, March 3 (Reuters) - ", "HALVERN CITY, March 3"),
        ("LONDON \u2014 ", "LONDON \u2014 "),
        ("MOUNTAIN VIEW, Calif. (AP) \u2014 ", "MOUNTAIN VIEW, Calif."),
        ("Velmora (AFP) - ", "Velmora"),
    ],
)
def test_a_wire_dateline_is_skipped_but_its_agency_is_kept(opening, place):
    text = "Intro line.\n\n" + opening + "Zentrix said on Tuesday that its chip was faster."
    start = text.index(opening)
    assert dateline_regions(text) == [(start, start + len(place))]


@pytest.mark.parametrize(
    "text",
    [
        "Zentrix \u2014 the startup behind Lumen \u2014 said its chip was faster.",
        "AI \u2014 What the new rules mean for startups",
        "Brontal Strikes Back \u2014 A Review of Halo 3",
    ],
)
def test_a_name_or_a_headline_before_a_dash_is_no_dateline(text):
    assert dateline_regions(text) == []


def test_the_place_of_a_dateline_is_no_entity_and_the_story_starts_after_it(extractor):
    text = (
        "QUORVANE BAY, May 2 (Reuters) - Zentrix on Tuesday released Lumen 5, claiming it "
        "beats every rival on coding tests. Zentrix said the model would ship in June."
    )
    found = extractor.extract(ArticleText(text=text, source="test")).to_contract()
    names = {e["name"] for e in found["entities"]}
    assert "Reuters" in names and not any("QUORVANE" in n for n in names)
    assert found["claims"][0]["text"].startswith("Zentrix on Tuesday")
    assert found["claims"][0]["claimant"] == "Zentrix"


def test_republished_from_is_reported(extractor):
    c = extractor.extract(ArticleText(text=REPOST, source="test")).to_contract()
    assert c["republishedFrom"] == "https://example.com/news/claude-context"


def test_offsets_stay_offsets_into_the_input(extractor):
    ex = extractor.extract(ArticleText(text=REPOST, source="test"))
    for c in ex.claims:
        assert REPOST[c.start : c.end] == c.text


def test_plain_article_has_no_republished_from(extractor):
    c = extractor.extract(
        ArticleText(text="Nvidia said demand was strong.", source="t")
    ).to_contract()
    assert c["republishedFrom"] is None


@pytest.mark.parametrize("text", ["", "   \n\n  "])
def test_empty_article_is_an_error(extractor, text):
    with pytest.raises(ExtractionError, match="no text"):
        extractor.extract(ArticleText(text=text, source="empty.txt"))


def test_non_english_article_is_an_error(extractor):
    text = (
        "Die Firma hat am Montag ein neues Sprachmodell vorgestellt, das nach eigenen "
        "Angaben schneller als alle bisherigen Modelle ist und weniger Energie braucht."
    )
    with pytest.raises(ExtractionError, match="English"):
        extractor.extract(ArticleText(text=text, source="de.txt"))


def test_cli_prints_one_line_error_and_exit_code(tmp_path):
    f = tmp_path / "de.txt"
    f.write_text(
        "Le modèle a été présenté lundi par la société, qui affirme qu'il est plus "
        "rapide que tous les autres et consomme moins d'énergie.",
        encoding="utf-8",
    )
    p = subprocess.run(
        [sys.executable, "-m", "ingest.extract_cli", str(f)], capture_output=True, text=True
    )
    assert p.returncode == 1
    assert len(p.stderr.strip().splitlines()) == 1
    assert "English" in p.stderr


def test_cli_usage_error_exit_code():
    p = subprocess.run(
        [sys.executable, "-m", "ingest.extract_cli", "--format", "xml", "a.txt"],
        capture_output=True,
        text=True,
    )
    assert p.returncode == 2
    assert len(p.stderr.strip().splitlines()) == 1


def test_related_links_and_photo_credits_name_no_entities_and_end_no_story(extractor):
    text = (
        "In an interview, Quorvane chief executive Daniel Ortiz said agents would replace "
        "most apps within five years.\n\n"
        "Read More: Why Nvidia Is Betting On Robots\n\n"
        "Ortiz said the company's agent, called Pilot, already handles 40% of customer calls "
        "at large banks.\n\n"
        "Related Coverage\nCohere Launches Enterprise Agent\nMistral AI Raises $600 Million\n\n"
        "Photo: Getty Images\n"
    )
    ex = extractor.extract(ArticleText(text=text, source="test")).to_contract()
    names = {e["name"] for e in ex["entities"]}
    assert not names & {"Nvidia", "Cohere", "Mistral AI", "Getty Images"}
    assert any("40% of customer calls" in c["text"] for c in ex["claims"])


def test_a_related_headline_after_a_colon_names_no_entities(extractor):
    text = (
        "Velmora said on Wednesday it had raised $300 million to build coding agents for "
        "large banks and insurers.\n\n"
        "Related: Brontal cuts 10% of staff as AI Spending Slows\n\n"
        "The company plans to hire 200 engineers in London next year, it said.\n"
    )
    ex = extractor.extract(ArticleText(text=text, source="test")).to_contract()
    names = {e["name"] for e in ex["entities"]}
    assert not names & {"Brontal", "AI Spending Slows"}
    assert any("200 engineers" in c["text"] for c in ex["claims"])


def test_a_topics_line_names_no_entities_and_makes_no_claim(extractor):
    text = (
        "Velmora said on Wednesday it had raised $300 million to build coding agents for "
        "large banks.\n\n"
        "Topics: Artificial Intelligence, Nvidia, Funding\n"
    )
    ex = extractor.extract(ArticleText(text=text, source="test")).to_contract()
    assert "Nvidia" not in {e["name"] for e in ex["entities"]}
    assert not [c for c in ex["claims"] if "Topics" in c["text"]]


@pytest.mark.parametrize(
    "widget",
    [
        "Share this: Facebook Twitter LinkedIn Reddit WhatsApp",
        "Facebook | X | LinkedIn | Email | Copy link",
        "Share on: Facebook, Twitter, Pinterest",
    ],
)
def test_a_share_bar_of_platform_names_names_no_entities(extractor, widget):
    text = (
        "Velmora said on Wednesday it had raised $300 million to build coding agents.\n\n"
        f"{widget}\n\n"
        "The company plans to hire 200 engineers in London next year, it said.\n"
    )
    ex = extractor.extract(ArticleText(text=text, source="test")).to_contract()
    names = {e["name"] for e in ex["entities"]}
    assert not names & {"Meta", "Facebook", "Twitter", "X", "LinkedIn", "Reddit", "Pinterest"}
    assert any("200 engineers" in c["text"] for c in ex["claims"])


def test_sign_up_prompts_and_most_read_lists_name_no_entities(extractor):
    text = (
        "Velmora said on Wednesday it had raised $300 million to build coding agents.\n\n"
        "Get the latest AI news delivered to your inbox. Sign up for The Daily Circuit.\n\n"
        "The company plans to hire 200 engineers in London next year, it said.\n\n"
        "This article originally appeared on Halvern Business Review.\n\n"
        "Most Read\nQuorvane unveils new chip\nBrontal raises $2 billion\n"
    )
    ex = extractor.extract(ArticleText(text=text, source="test")).to_contract()
    names = {e["name"] for e in ex["entities"]}
    assert names == {"Velmora"}
    assert any("200 engineers" in c["text"] for c in ex["claims"])


def test_previous_and_next_links_name_no_entities(extractor):
    text = (
        "Velmora said on Wednesday it had raised $300 million to build coding agents.\n\n"
        "Previous: Quorvane unveils new chip\n"
        "Next: Brontal raises $2 billion\n\n"
        "The company plans to hire 200 engineers in London next year, it said.\n"
    )
    ex = extractor.extract(ArticleText(text=text, source="test")).to_contract()
    assert {e["name"] for e in ex["entities"]} == {"Velmora"}
