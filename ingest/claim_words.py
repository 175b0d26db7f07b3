"""Word lists of claim extraction: pronouns, and from ``data/claim_lexicon.json``
descriptions of organisations, report, document and evidence nouns and the other
lexicons (loaded once per process)."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

PERSON_PRONOUNS = {"he", "she", "him", "her"}


ORG_PRONOUNS = {"it", "they", "we", "them", "their", "its"}


_RAW = json.loads(
    (Path(__file__).parent / "data" / "claim_lexicon.json").read_text(encoding="utf-8")
)

# "the company said", "the outlet reported": descriptions that refer back to an organisation
ORG_DESCRIPTIONS = set(_RAW["org_descriptions"])

# "the model, called X", "known as X": naming, not reporting
NAMING_CUES = set(_RAW["naming_cues"])

# "the publication", "the site": a news outlet
OUTLET_DESCRIPTIONS = set(_RAW["outlet_descriptions"])

# "in a tweet", "in a statement", "X's remarks": what a party says something in
REPORT_NOUNS = set(_RAW["report_nouns"])

# "on X", "on a podcast", "at a conference": where a party says something
MEDIUM_NOUNS = REPORT_NOUNS | set(_RAW["medium_extras"])

# "the lawsuit says", "the complaint alleges": documents that carry their author's claim
DOCUMENT_NOUNS = set(_RAW["document_nouns"])

# "their study shows", "the data suggest": evidence that speaks for its owner
EVIDENCE_NOUNS = set(_RAW["evidence_nouns"])

# a claim that reports a finding of its own: "Researchers at X found that ..."
FINDING_CLAUSE = re.compile(r"\b(?:found|finds|showed|shows|concluded|concludes)\s+that\b")


@cache
def lexicon() -> dict[str, set[str]]:
    """The claim lexicons of ``data/claim_lexicon.json`` (lists of words and phrases)."""
    return {
        k: {w.casefold() for w in v}
        for k, v in _RAW.items()
        if not k.startswith("_") and isinstance(v, list)
    }


@cache
def kind_descriptions() -> dict[str, str]:
    """Description noun -> organisation kind ("regulator" -> "government")."""
    kinds = _RAW["kind_descriptions"]
    return {noun: kind for kind, nouns in kinds.items() for noun in nouns}


@cache
def claim_nouns() -> dict[str, str]:
    """Nouns that carry a party's claim in a that-clause ("X's claim that ...") -> the
    claim's kind."""
    return dict(_RAW["claim_nouns"])


@cache
def frame_verbs() -> dict[str, str]:
    """Verbs of a frame opening a sentence with "it" as their object ("As X sees it,
    ...") -> the kind of the claim the rest of the sentence is."""
    return dict(_RAW["frame_verbs"])


@cache
def stance_adjectives() -> dict[str, str]:
    """Adjectives whose that-clause is their subject's claim ("X is adamant that ...")
    -> the claim's kind."""
    return dict(_RAW["stance_adjectives"])
