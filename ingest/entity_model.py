"""The records of entity extraction: a :class:`Mention` (a name at a place in the text)
and an :class:`Entity` (the mentions of one party, model or benchmark of the article).

Every other entity module depends on this one and it depends on none of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.gazetteer import GazEntry

# (a left quotation mark typed for the apostrophe, "Trump\u2018s", is one too)
POSSESSIVE = re.compile(r"(?:['\u2019\u2018]s|s['\u2019\u2018]|['\u2019\u2018])$")


# how far each mention source is trusted where candidates overlap, and its type vote
TYPE_RANK = {"gaz": 4, "pattern": 3, "def": 2, "ner": 1}


@dataclass(slots=True)
class Mention:
    """One name at one place in the article's text, with its type and where it came from."""

    start: int
    end: int
    text: str  # surface form without possessive
    type: str
    source: str  # gaz | pattern | def | ner
    entry: GazEntry | None = None
    key: str = ""  # the entity this mention resolved to (filled by resolve())
    weight: int = 0  # type-vote weight when the context states the type ("X, a startup")
    alias_of: str = ""  # a former or later name of the entity named so ("X, formerly Y")
    byline: bool = False  # the article's author, named in a byline (even one in boilerplate)
    kind: str = ""  # the organisation's kind when the context states it ("told X": the press)


@dataclass(slots=True)
class Entity:
    """One party, model or benchmark of the article: its name, type and mentions."""

    key: str
    name: str
    type: str
    kind: str | None = None
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    entry: GazEntry | None = None

    @property
    def first(self) -> int:
        """The offset of the entity's first mention."""
        return min(m.start for m in self.mentions) if self.mentions else 0


def singular(word: str) -> str:
    """A name's word lower-cased without a plural "s" ("Studios": studio; not "Class")."""
    low = word.lower()
    return low[:-1] if low.endswith("s") and not low.endswith("ss") else low


def strip_possessive(text: str) -> str:
    """``text`` without a trailing possessive ("Acme's", "Acme'")."""
    return POSSESSIVE.sub("", text).strip()
