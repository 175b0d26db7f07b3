"""Small repairs of the statistical parse that several extraction components share.

The small English model attaches a coordinated verb to the nearest verb, even when
the tenses show it belongs one level up: in "Acme said Beta has a misunderstanding
and accused the company of incompetence", ``accused`` is parsed as a conjunct of
``has`` (inside what Acme said) although it goes with ``said``: Acme accused.
"""

from __future__ import annotations

from spacy.tokens import Token


def coordinated_head(verb: Token) -> Token:
    """The verb ``verb`` is really coordinated with.

    A conjunct of a reported clause's verb whose tense differs from that verb's but
    matches the reporting verb's ("said ... has ... and accused") coordinates with
    the reporting verb; every other verb keeps the head the parser gave it.
    """
    clause = verb.head
    if verb.dep_ != "conj" or clause.dep_ != "ccomp" or clause.head == clause:
        return verb.head
    reporter = clause.head
    if (
        reporter.pos_ == "VERB"
        and verb.tag_ == reporter.tag_
        and clause.tag_ != verb.tag_
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
    ):
        return reporter
    return verb.head
