"""Which people of an article "he" and which "she" may stand for, from the article itself.

Pronoun resolution picks the latest fitting person; without this, "Castellan said the
model was safe. Vasquez disagreed, and she said ..." would make "she" Vasquez.  The
article tells whom a pronoun fits in two ways, both read here:

- an honorific before the name: "Mr. Vasquez" (he), "Ms. Castellan", "Mrs. Roe" (she);
- a sentence that names one person, as the subject of a verb whose clause refers back
  to it ("Castellan said she would appeal", "Vasquez defended himself").

A person with evidence both ways, or none, fits either pronoun.  Nothing here guesses a
gender from a first name.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc, Span, Token

MALE = frozenset({"he", "him", "his", "himself"})
FEMALE = frozenset({"she", "her", "hers", "herself"})

_HONORIFIC = re.compile(r"\b(?P<title>Mr|Mrs|Ms|Miss)\.? $")
_TITLE_GENDER = {"Mr": "m", "Mrs": "f", "Ms": "f", "Miss": "f"}


def pronoun_gender(word: str) -> str | None:
    """ "m" for he/him/his, "f" for she/her/hers, None for any other word."""
    low = word.lower()
    if low in MALE:
        return "m"
    if low in FEMALE:
        return "f"
    return None


def person_genders(
    doc: Doc, mentions: list[tuple[int, int, str]], people: set[str], text: str
) -> dict[str, str]:
    """The gender ("m" or "f") the article shows for each person key in ``people``
    (``mentions``: start, end, key in text order); people it shows none for, or both,
    are left out."""
    votes: dict[str, Counter[str]] = {}
    by_sentence: dict[int, list[tuple[str, Span]]] = {}
    for start, end, key in mentions:
        if key not in people:
            continue
        title = _HONORIFIC.search(text, max(0, start - 6), start)
        if title is not None:
            # an honorific is stated, not inferred: it outweighs pronoun counts
            votes.setdefault(key, Counter())[_TITLE_GENDER[title.group("title")]] += 3
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            by_sentence.setdefault(span.sent.start, []).append((key, span))
    for found in by_sentence.values():
        if len({key for key, _ in found}) != 1:
            continue  # two people in one sentence: whose pronoun is unclear
        for key, span in found:
            gender = _own_pronoun(span.root)
            if gender is not None:
                votes.setdefault(key, Counter())[gender] += 1
    out: dict[str, str] = {}
    for key, vote in votes.items():
        (first, n), *rest = vote.most_common()
        if not rest or n >= 2 * rest[0][1]:
            out[key] = first
    return out


def _own_pronoun(name: Token) -> str | None:
    """The gender of the pronoun a subject's own clause refers back to it with: "Roe
    said she would appeal", "Roe defended himself" (the pronoun is the subject of a
    clause of the name's verb, or a reflexive object of it; a pronoun elsewhere in the
    sentence may be anyone)."""
    if name.dep_ != "nsubj":
        return None
    verb = name.head
    found: set[str] = set()
    for child in verb.children:
        if child.dep_ in ("dobj", "pobj") and child.lower_ in ("himself", "herself"):
            found.add(pronoun_gender(child.text) or "")
        if child.dep_ not in ("ccomp", "xcomp"):
            continue
        for t in child.children:
            if t.dep_ in ("nsubj", "nsubjpass") and (g := pronoun_gender(t.text)) is not None:
                found.add(g)
    return found.pop() if len(found) == 1 else None
