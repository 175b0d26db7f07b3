"""An article as read from a source, before extraction.

Readers (``ingest/sources.py``) produce :class:`ArticleText`; the extractor
(``ingest/pipeline.py``) turns it into an extraction; ``ingest/to_graph.py``
turns both into a :class:`graph.model.GraphBatch`.  Offsets everywhere are
character offsets into ``ArticleText.text`` exactly as read.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from graph.model import article_id, content_hash, utc_now

if TYPE_CHECKING:
    from spacy.tokens import Doc


class ReadError(Exception):
    """A source that could not be read; the message is one clear line for the user."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


@dataclass(slots=True)
class ReadNotice:
    """A line worth showing that is neither an article nor a failure.

    ``level`` "warning": something was read despite a problem the user should
    know of (a feed read only by feedparser's lenient parser); "info": an
    account of what was read (how a feed's entries were handled).
    """

    source: str
    message: str
    level: str = "warning"

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


@dataclass(slots=True)
class ArticleText:
    text: str  # the body exactly as read (decoded UTF-8, no normalisation)
    source: str  # where it came from, for messages: a path, URL or "-"
    url: str | None = None
    canonical_url: str | None = None
    title: str | None = None
    outlet: str | None = None
    published_at: str | None = None  # ISO-8601
    fetched_at: str = field(default_factory=utc_now)
    language: str | None = None
    republished_from: str | None = None  # URL of the original, for REPUBLISHES

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)

    @property
    def id(self) -> str:
        return article_id(self.content_hash)


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per parsed article: spaCy joins every token anew on
    each access, and every extraction component needs the text."""
    text = doc.user_data.get("claimgraph.text")
    if not isinstance(text, str):
        text = doc.user_data["claimgraph.text"] = doc.text
    return text
