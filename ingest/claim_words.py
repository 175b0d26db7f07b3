"""Word lists of claim extraction: pronouns, descriptions of organisations, report,
document and evidence nouns, and the lexicons of ``data/claim_lexicon.json`` (loaded
once per process)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

PERSON_PRONOUNS = {"he", "she", "him", "her"}


ORG_PRONOUNS = {"it", "they", "we", "them", "their", "its"}


ORG_DESCRIPTIONS = {
    "company",
    "firm",
    "startup",
    "start-up",
    "lab",
    "laboratory",
    "chipmaker",
    "maker",
    "giant",
    "group",
    "organization",
    "organisation",
    "outlet",
    "publication",
    "newspaper",
    "site",
    "platform",
    "team",
    "business",
    "provider",
    "corporation",
}


NAMING_CUES = {"call", "know", "name", "dub", "label", "term", "brand", "title", "back"}


OUTLET_DESCRIPTIONS = {"outlet", "publication", "newspaper", "site", "paper", "magazine"}


REPORT_NOUNS = {
    "tweet",
    "post",
    "statement",
    "report",
    "blog",
    "interview",
    "paper",
    "email",
    "letter",
    "filing",
    "memo",
    "release",
    "announcement",
    "remarks",
    "comments",
    "thread",
    "video",
    "message",
    "note",
    "response",
    "testimony",
    "op-ed",
    "essay",
    "materials",
}


MEDIUM_NOUNS = REPORT_NOUNS | {"X", "Twitter", "LinkedIn", "podcast", "conference", "call", "blog"}


DOCUMENT_NOUNS = {
    "lawsuit",
    "suit",
    "complaint",
    "report",
    "letter",
    "statement",
    "filing",
    "paper",
    "post",
    "blog",
    "study",
    "memo",
    "petition",
    "motion",
    "tweet",
    "email",
    "release",
    "document",
    "analysis",
    "thread",
    "preprint",
    "essay",
    "op-ed",
    "column",
}


EVIDENCE_NOUNS = {
    "graph",
    "chart",
    "report",
    "paper",
    "study",
    "investigation",
    "analysis",
    "data",
    "research",
    "review",
    "audit",
    "test",
    "tests",
    "filing",
    "documents",
    "benchmark",
}




@cache
def lexicon() -> dict[str, set[str]]:
    """The claim lexicons of ``data/claim_lexicon.json`` (lists of words and phrases)."""
    path = Path(__file__).parent / "data" / "claim_lexicon.json"
    raw = json.loads(path.read_text(encoding="utf-8"))
    return {
        k: {w.casefold() for w in v}
        for k, v in raw.items()
        if not k.startswith("_") and isinstance(v, list)
    }


@cache
def kind_descriptions() -> dict[str, str]:
    """Description noun -> organisation kind ("regulator" -> "government")."""
    path = Path(__file__).parent / "data" / "claim_lexicon.json"
    kinds = json.loads(path.read_text(encoding="utf-8"))["kind_descriptions"]
    return {noun: kind for kind, nouns in kinds.items() for noun in nouns}


@cache
def claim_nouns() -> dict[str, str]:
    """Nouns that carry a party's claim in a that-clause ("X's claim that ...") -> the
    claim's kind."""
    path = Path(__file__).parent / "data" / "claim_lexicon.json"
    return dict(json.loads(path.read_text(encoding="utf-8"))["claim_nouns"])


@cache
def stance_adjectives() -> dict[str, str]:
    """Adjectives whose that-clause is their subject's claim ("X is adamant that ...")
    -> the claim's kind."""
    path = Path(__file__).parent / "data" / "claim_lexicon.json"
    return dict(json.loads(path.read_text(encoding="utf-8"))["stance_adjectives"])
