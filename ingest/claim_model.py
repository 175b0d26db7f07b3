"""The record of claim extraction: a :class:`Claim` (who asserted what, about whom,
with the exact source sentence) and its contract form."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True)
class Claim:
    """One attributed claim: the sentence, its content span, the claimant and the cue."""

    text: str
    start: int
    end: int
    content: tuple[int, int]
    claimant: str | None
    claimant_key: str | None
    claimant_type: str | None
    claimant_span: tuple[int, int] | None
    cue: str
    kind: str
    about: list[str] = field(default_factory=list)
    about_keys: list[str] = field(default_factory=list)
    quote: str | None = None
    medium: str | None = None
    interviewer: str | None = None
    negative: bool = False  # the content contests its topic (bug, misleading ...)
    rebuts: bool = False  # a denial whose object is another party's claim ("the report")
    named_keys: list[str] = field(default_factory=list)  # about entities named in the sentence
    # "about" guessed from the article's most-mentioned entities (the sentence names none)
    about_guessed: bool = False
    id: str = ""
    claimant_text: str | None = None  # the source phrase of an unnamed source ("critics")

    def to_contract(self) -> dict[str, Any]:
        """The claim as the extraction contract's JSON record."""
        rec: dict[str, Any] = {
            "id": self.id,
            "text": self.text,
            "claimant": self.claimant,
            "claimantSpan": list(self.claimant_span) if self.claimant_span else None,
            "contentSpan": list(self.content),
            "cue": self.cue,
            "kind": self.kind,
            "about": list(self.about),
            "quote": self.quote,
        }
        if self.claimant is None and self.claimant_text:
            rec["claimantText"] = self.claimant_text
        if self.medium:
            rec["medium"] = self.medium
        if self.interviewer:
            rec["interviewer"] = self.interviewer
        return rec
