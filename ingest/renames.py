"""Renames read from the text: "X, formerly Twitter", "Bard, now Gemini".

News names a renamed product or company both ways for years.  When an article
says so, the two names are one entity under the new name, with the old one as
an alias and a former name (``to_graph`` folds them; ingestion records the old
name's id in ``absorbedIds`` so a later article using only the old name lands
on the same entity, and folds an entity stored under the old name into it).

Rules (no model): an appositive or parenthesis right after a capitalised name,
``formerly|previously|once [known as|called] OLD`` or ``now|since renamed|
rebranded [as|to] NEW``, and "renamed/rebranded OLD to/as NEW".  The name that
follows must end the phrase (a comma, full stop, closing parenthesis, or a
verb such as "is"), so "Microsoft, now Nvidia's rival" is no rename.  At least
one of the two names must be an entity the extractor found; people are not
renamed ("Altman, now CEO" is a role), nor are roles names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_WORD = r"[A-Z0-9][\w&.+\-]*"
_NAME = rf"{_WORD}(?:[ \t]+{_WORD}){{0,3}}"
_FORMER = r"(?:formerly|previously|once)(?:\s+(?:known|called|named))?(?:\s+as)?"
_NOW = (
    r"(?:now|(?:since|later|recently)\s+(?:renamed|rebranded)|renamed|rebranded)"
    r"(?:\s+(?:known|called|named))?(?:\s+(?:as|to))?"
)
_END = (
    r"(?=\s*(?:[,.;:)\]]|$|\s(?:is|was|has|had|and|which|that|will|said|says|in|on|at|for"
    r"|from|with|by|last|this|earlier|after|amid)\b))"
)
_PATTERNS = (
    re.compile(rf"(?P<new>{_NAME})\s*[,(]\s*{_FORMER}\s+(?P<old>{_NAME}){_END}"),
    re.compile(rf"(?P<old>{_NAME})\s*[,(]\s*{_NOW}\s+(?P<new>{_NAME}){_END}"),
    re.compile(rf"\b(?:renamed|rebranded)\s+(?P<old>{_NAME})\s+(?:to|as)\s+(?P<new>{_NAME}){_END}"),
)
# a subject that renames itself: "Brontal ... said it was changing its name to Lumio",
# "Brontal renamed itself Lumio", "Brontal is rebranding as Lumio"; the old name is the
# sentence's first name
_ITSELF = re.compile(
    r"\b(?:chang(?:e|es|ed|ing)\s+its\s+name\s+to|renam(?:e|es|ed|ing)\s+itself(?:\s+as)?|"
    rf"rebrand(?:s|ed|ing)?\s+(?:itself\s+)?as)\s+(?P<new>{_NAME}){_END}"
)
_SENTENCE_SUBJECT = re.compile(rf"(?:The\s+)?(?P<old>{_NAME})")
# Capitalised words that start a sentence or name a role, never part of a renamed name.
_NOT_NAMES = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "but",
        "or",
        "on",
        "in",
        "at",
        "as",
        "for",
        "of",
        "to",
        "today",
        "yesterday",
        "meanwhile",
        "however",
        "when",
        "while",
        "after",
        "before",
        "since",
        "then",
        "now",
        "also",
        "this",
        "that",
        "its",
        "his",
        "her",
        "their",
        "ceo",
        "cto",
        "cfo",
        "coo",
        "president",
        "chairman",
        "chairwoman",
        "chair",
        "chief",
        "head",
        "director",
        "founder",
        "cofounder",
        "co-founder",
        "vice",
        "senior",
        "lead",
        "manager",
        "executive",
        "officer",
    ]
)


@dataclass(frozen=True, slots=True)
class Rename:
    """``old`` is a former name of ``new``; ``start``/``end``: the phrase saying so."""

    new: str
    old: str
    start: int
    end: int


def _trim(name: str) -> str:
    """Drop leading sentence words ("Today X" is "X") and a trailing possessive."""
    words = name.split()
    while words and words[0].casefold().strip(".") in _NOT_NAMES:
        words = words[1:]
    return re.sub(r"['\u2019]s$", "", " ".join(words)).strip(" .-")


def find_renames(text: str) -> list[Rename]:
    """Every rename phrase of the text, in order (both names trimmed, non-empty)."""
    found: list[Rename] = []
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            new, old = _trim(m.group("new")), _trim(m.group("old"))
            if not new or not old or new.casefold() == old.casefold():
                continue
            if any(w.casefold() in _NOT_NAMES for w in (new + " " + old).split()):
                continue
            found.append(Rename(new, old, m.start(), m.end()))
    for new_start, raw_new, old_start, raw_old in self_renames(text):
        new, old = _trim(raw_new), _trim(raw_old)
        if not new or not old or new.casefold() == old.casefold():
            continue
        if any(w.casefold() in _NOT_NAMES for w in (new + " " + old).split()):
            continue
        found.append(Rename(new, old, old_start, new_start + len(raw_new)))
    found.sort(key=lambda r: r.start)
    return found


def self_renames(text: str) -> list[tuple[int, str, int, str]]:
    """(new start, new name, old start, old name) of every subject that renames itself
    ("Brontal, the voice startup, said it was changing its name to Lumio"): the old name
    is the first name of the sentence, however far from the phrase."""
    out = []
    for m in _ITSELF.finditer(text):
        opening = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        while opening < m.start() and text[opening].isspace():
            opening += 1
        subject = _SENTENCE_SUBJECT.match(text, opening)
        if subject is not None:
            out.append((m.start("new"), m.group("new"), subject.start("old"), subject.group("old")))
    return out
