"""Word lists the entity rules read: organisation suffixes, titles before a person's
name, award and document words, department words, product words and the like.

The words live in ``data/entity_words.json``; this module names each list and says what
it is for. Plain sets of words, no logic; the regular expressions built from words live
in :mod:`ingest.entity_patterns`.
"""

from __future__ import annotations

import json
from pathlib import Path

_WORDS = json.loads(
    (Path(__file__).parent / "data" / "entity_words.json").read_text(encoding="utf-8")
)


def _set(key: str) -> set[str]:
    return set(_WORDS[key])


def _frozenset(key: str) -> frozenset[str]:
    return frozenset(_WORDS[key])


def _tuples(key: str) -> dict[str, tuple[str, ...]]:
    return {k: tuple(v) for k, v in _WORDS[key].items()}


def _mapping(key: str) -> dict[str, str]:
    return dict(_WORDS[key])


ORG_SUFFIXES: set[str] = _set("org_suffixes")

# last words that name a company's trade ("Corran Retail", "Halvern Mobility")
TRADE_SUFFIXES: set[str] = _set("trade_suffixes")

MODEL_HEAD_NOUNS: set[str] = _set("model_head_nouns")

# laws and documents, not bodies ("the Digital Services Act", "an Executive Order")
AWARD_WORDS: set[str] = _set("award_words")

# honorifics: a name they open is a person's ("Mr. Clarke", "Sen. Jane Roe")
HONORIFICS: frozenset[str] = _frozenset("honorifics")

# office and newsroom titles a sentence may open a person's name with ("Managing Editor
# Jane Roe", "Majority Whip Jane Roe"), beside ``data/role_nouns.txt`` and TITLE_WORDS
OFFICE_NOUNS: frozenset[str] = _frozenset("office_nouns")

# roles an organisation gives its people: "Quorvane chief executive Jane Roe", "former
# Zentrix engineer Jane Roe" name the employer before the role (unlike "billionaire" or
# "critic", which say nothing of one)
EMPLOYEE_ROLES: frozenset[str] = _frozenset("employee_roles")

# titles and honorifics before a person's name ("Professor Emeritus Jane Roe",
# "U.S. Magistrate Judge Ann Poe"): not part of the name
TITLE_WORDS: set[str] = _set("title_words")

NAME_PARTICLES: set[str] = _set("name_particles")

# legal forms after a company's name: "Alibaba Group" is Alibaba
CORPORATE_FORMS: set[str] = _set("corporate_forms")

# words of a court's own name ("the Delaware Court of Chancery" also has a place's)
COURT_WORDS: frozenset[str] = _frozenset("court_words")

# counts of its judges: "Two Supreme Court justices"
COURT_SKIP_FIRST: set[str] = _set("court_skip_first")

NOT_ORG_WORDS: set[str] = _set("not_org_words")

# a department, not an organisation: "head of Global Affairs", "VP of Product"
DEPARTMENT_WORDS: set[str] = _set("department_words")

RENAME_STOP: set[str] = _set("rename_stop")

# unions of states: entities where they act ("the EU fined Apple"), places where they
# only modify a noun ("EU regulations", "the EU's executive body")
MODIFIER_ONLY: set[str] = _set("modifier_only")

# government portfolios in a title: "Commerce Secretary", "Foreign Minister"
OFFICE_TITLES: set[str] = _set("office_titles")

# last words that name a place of business or a product, never a person's surname
# last words of the names of places that govern themselves ("Hepburn Shire", "Marin
# County"): the place, which no person's or company's name ends in
REGION_HEADS: set[str] = _set("region_heads")
# "the Affordable Care Act", "the Mexican War": a law or an event, no organisation
LAW_HEADS: set[str] = _set("law_heads")
# "the Democratic Party", "the Christian Democratic Union": a body, no person
BODY_HEADS: set[str] = _set("body_heads")

PLACE_HEADS: set[str] = _set("place_heads")

# product words after a company's name: "Microsoft Teams", "Google Docs", "Apple Watch"
# common nouns for what a company makes or sells: a name that modifies one after a
# known company's name ("Nvidia Blackwell chips") is a product line, not another company
PRODUCT_NOUNS: set[str] = _set("product_nouns")

PRODUCT_WORDS: set[str] = _set("product_words")

# what a name is when one of these follows it: a show ("the Hard Fork podcast"), no body
SHOW_NOUNS: set[str] = _set("show_nouns")

# what a name described in apposition as one of these is: an event ("VivaTech, the Paris
# tech conference"), no body
EVENT_NOUNS: set[str] = _set("event_nouns")

# what a product has and may name ("the voice, called Sky"): the name is no party's
NAMED_FEATURES: set[str] = _set("named_features")

# hardware a company makes: a name the tagger found before one, after "its" or a
# possessive ("its Kestrel accelerator", "Brontal's Kestrel chips"), is a product line
HARDWARE_NOUNS: set[str] = _set("hardware_nouns")

# a title's written forms before a name: "the senator" is the person written "Sen. X"
TITLE_FORMS: dict[str, tuple[str, ...]] = _tuples("title_forms")

# one office under its other names ("the Zentrix CEO" after "Zentrix chief executive
# Jane Roe"), keyed by the head word a phrase ends in, lower case
# "chief executive"
# "Anthropic's chief says", "the Quorvane boss said": its chief executive
OFFICE_FORMS: dict[str, tuple[str, ...]] = _tuples("office_forms")

# first words of hardware and app lines whose editions take a model's variant word:
# "MacBook Pro", "Galaxy Ultra", "Mac Mini", "Facebook Lite" are no AI models
DEVICE_LINES: frozenset[str] = _frozenset("device_lines")

# words that open a clause before a name and that a dictionary of content words lacks
CLAUSE_OPENERS: frozenset[str] = _frozenset("clause_openers")

# adverbs that open a sentence before a name ("Today Velmora said"): no given name
SENTENCE_ADVERBS: frozenset[str] = _frozenset("sentence_adverbs")

FUNCTION_WORDS: set[str] = _set("function_words")

# the lower-case words an organisation's name may hold ("Bank of America")
NAME_CONNECTORS: set[str] = _set("name_connectors")

# what a company has and a person has not: "Quorvane's chief executive", "shares of
# Quorvane", "analysts at Quorvane", "a Quorvane engineer"
COMPANY_PARTS: frozenset[str] = _frozenset("company_parts")

# heads of institutions named by their mission ("the Coalition for Fair Training Data",
# "the Ministry of Digital Affairs")
MISSION_HEADS: frozenset[str] = _frozenset("mission_heads")

INSTITUTION_HEADS: set[str] = _set("institution_heads")

# legal forms written short: a company named with one alone ("Quorvane Inc.") is named
# without it ("Corporation" and "Company" are often part of the name itself)
ABBREVIATED_LEGAL_FORMS: set[str] = _set("abbreviated_legal_forms")

# a nation's abbreviation before an institution's name ("the U.S. Federal Trade
# Commission"): the same institution as the name without it
NATIONAL_PREFIXES: set[str] = _set("national_prefixes")

# the kind of an organisation the gazetteer does not list, read from the last word of
# its name ("Lakeview University" is a university); others are companies.  Kinds are
# organizations.tsv's; "the university said" refers back by them.
KIND_BY_NAME_HEAD: dict[str, str] = _mapping("kind_by_name_head")

# last words of organisations' names that no person's name ends in ("the Open Source
# Initiative said"): a speaking name ending so is no person
COLLECTIVE_HEADS: set[str] = _set("collective_heads")

# legal forms after a company's name: "Nimbus Labs Inc." is Nimbus Labs
LEGAL_FORMS: set[str] = _set("legal_forms")

# what a person does to an organisation: "Jane Roe founded Quorvane", "who runs
# Quorvane", "she joined Quorvane in 2021"
PERSON_TO_ORG_VERBS: frozenset[str] = _frozenset("person_to_org_verbs")

# what only organisations do: "Quorvane acquired Brackwell", "Quorvane laid off 200"
COMPANY_DEEDS: frozenset[str] = _frozenset("company_deeds")

# what a company makes, that comes "from" it: "models from Quorvane"
COMPANY_GOODS: frozenset[str] = _frozenset("company_goods")

# what a maker does with its goods: "Velmora released a model"
LAUNCHING_VERBS: frozenset[str] = _frozenset("launching_verbs")

# what a company does to a thing, stated in the passive: "chips made by Quorvane"
MADE_BY_COMPANIES: frozenset[str] = _frozenset("made_by_companies")

# what comes from a party that speaks: "a statement from Quorvane"
VOICED_BY: frozenset[str] = _frozenset("voiced_by")

# what "its" owns that only an organisation owns: "its new model", "its investors"
COMPANY_POSSESSIONS: frozenset[str] = _frozenset("company_possessions")

# what is done to organisations, not people: "was founded", "is valued at"
DONE_TO_COMPANIES: frozenset[str] = _frozenset("done_to_companies")

# the word a newspaper's name ends with, by which the article may name it alone ("the
# Times", "the Gazette")
PUBLICATION_WORDS: set[str] = _set("publication_words")
#: "Rival Halcyon AI said": a description before an organisation's name
LEADING_DESCRIPTORS: frozenset[str] = _frozenset("leading_descriptors")
