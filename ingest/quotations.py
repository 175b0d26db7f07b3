"""Quotations and who speaks them: the quoted passages of an article
(:func:`quote_spans`), the cue that introduces or closes each, the speaker of a
quotation continued in the next paragraph, "Name, Outlet:" lines that hand the next
paragraph to a writer, and the merging of one speaker's sentences inside one quotation
into one claim.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ingest.attribution import Attribution
from ingest.claim_model import Claim
from ingest.claim_words import lexicon

QUOTE_RX = re.compile(r"\u201c[^\u201c\u201d]{3,}?(?:\u201d|$)|\"[^\"\n]{3,}?\"", re.M)
# a straight quotation mark opening a quotation that runs on into the next paragraph,
# which opens with one too: '... said. "The data was collected with consent.' then
# '"Every user agreed to it," he continued.'
RUN_ON_RX = re.compile(r'(?<=\S )"(?=\w)[^"\n]{3,}$(?=\n+")', re.M)


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Spans of quoted passages (with their quote marks), within a paragraph; a
    paragraph's last straight-quoted passage may run on unclosed into the next (not one
    that opens its paragraph: a quoted excerpt, whose own words say who speaks)."""
    spans = []
    for m in QUOTE_RX.finditer(text):
        s, e = m.start(), m.end()
        # a quote never runs over a paragraph break
        br = text.find("\n", s, e)
        if br >= 0:
            e = br
        spans.append((s, e))
    for m in RUN_ON_RX.finditer(text):
        if not any(s <= m.start() < e for s, e in spans):
            spans.append((m.start(), m.end()))
    return sorted(spans)


BYLINE_RX = re.compile(
    r"^[ \t]*([A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){1,3}), "
    r"(?:[Tt]he )?[A-Z][\w&.'\u2019-]*(?: [A-Z][\w&.'\u2019-]*){0,3}:[ \t]*\n\s*(?=\S)",
    re.M,
)


def paragraph_writers(doc: Doc, text: str) -> dict[int, Span]:
    """Lines that are only "Name, Outlet:" (a link post quoting another article): the
    start of the next paragraph -> the writer's name."""
    out: dict[int, Span] = {}
    for m in BYLINE_RX.finditer(text):
        name = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        if name is not None:
            out[m.end()] = name
    return out


# the signature line under an embedded post: "— Jane Roe (@janeroe) March 3, 2025"
POST_SIGNATURE_RX = re.compile(
    r"^[ \t]*(?:—|–|--|-)[ \t]*([A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,3})"
    r"[ \t]*\(@\w{1,30}\)[^\n]*$",
    re.M,
)


def signed_posts(doc: Doc, text: str) -> dict[int, Span]:
    """Embedded posts: a paragraph followed by the line that signs it ("— Jane Roe
    (@janeroe) March 3, 2025"), as the start of the post's paragraph -> the name."""
    out: dict[int, Span] = {}
    for m in POST_SIGNATURE_RX.finditer(text):
        end = text.rfind("\n", 0, m.start())
        if end <= 0:
            continue
        body_end = len(text[:end].rstrip())
        start = text.rfind("\n\n", 0, body_end)
        start = 0 if start < 0 else start + 2
        while start < body_end and text[start].isspace():
            start += 1
        name = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        if name is not None and start < body_end:
            out[start] = name
    return out


def opens_sentence(q: tuple[int, int], sent: Span, text: str) -> bool:
    """Whether quotation ``q`` is the sentence (not a scare quote inside it)."""
    lead = text[sent.start_char : q[0]].strip()
    return (
        q[0] <= sent.start_char + 1
        or lead == ""
        or (sent.start_char >= q[0] and sent.start_char < q[1])
    )


def quoted_inside_a_sentence(q: tuple[int, int], sents: list[Span], text: str) -> bool:
    """Whether quotation ``q`` is a few words quoted inside a sentence of other words
    ("calling the response 'corporate gaslighting.'"), not a quotation the sentence
    introduces ("X delivered a retort: '...'")."""
    sent = next((s for s in sents if s.start_char <= q[0] < s.end_char), None)
    return (
        sent is not None
        and not opens_sentence(q, sent, text)
        and not text[sent.start_char : q[0]].rstrip().endswith((":", ","))
        and len(text[q[0] : q[1]].split()) <= 6
    )


def quote_attributions(
    quotes: list[tuple[int, int]],
    sents: list[Span],
    atts: list[list[Attribution]],
    text: str,
) -> tuple[dict[tuple[int, int], tuple[int, Attribution]], set[tuple[int, int]]]:
    """The cue that introduces or closes each quotation, if any, and the quotations
    quoted in passing: a few words inside a sentence that the next sentence's cue does
    not close, since it reports words of its own.

    The cue is outside every quotation, in a sentence that overlaps the quotation or
    immediately follows it ('"...," LMArena wrote'), or in the sentence just before it
    that ends with a colon or "that".
    """
    found: dict[tuple[int, int], tuple[int, Attribution]] = {}
    in_passing: set[tuple[int, int]] = set()
    for q in quotes:
        for si, sent in enumerate(sents):
            if sent.end_char <= q[0] - 3 or sent.start_char > q[1] + 3:
                continue
            for att in atts[si]:
                if att.cue is None or att.subject is None:
                    continue
                pos = att.cue.idx
                if any(a <= pos < b for a, b in quotes):
                    continue
                before_gap = text[sent.end_char : q[0]] if sent.end_char <= q[0] else ""
                if sent.end_char <= q[0] and "\n\n" in before_gap:
                    continue
                lead = text[sent.start_char : q[0]].rstrip()
                if sent.end_char <= q[0] and not lead.endswith((":", "that", ",")):
                    continue  # a whole sentence before it ('X noted. "..." Y said')
                if sent.start_char >= q[1] and "\n" in text[q[1] : sent.start_char]:
                    continue  # a headline quotation is not spoken by the next paragraph
                if (
                    sent.start_char >= q[1]
                    and att.content[0] > pos
                    and quoted_inside_a_sentence(q, sents, text)
                ):
                    # '... calling it "gaslighting." Y said it was reviewing the case': a
                    # cue after a quotation that ends a sentence of other words, and that
                    # reports words of its own, is not the quotation's cue
                    in_passing.add(q)
                    continue
                found.setdefault(q, (si, att))
    for q in quotes:
        if q not in found and sents:
            signed = _signed_by(q, sents, text) or _introduced_by(q, sents, text)
            if signed is not None:
                found[q] = signed
    return found, in_passing - set(found)


def _introduced_by(
    q: tuple[int, int], sents: list[Span], text: str
) -> tuple[int, Attribution] | None:
    """The named subject of a clause that ends in a colon just before quotation ``q``,
    with no reporting verb: "Brandt was blunter: '...'", "Ortiz had a message for
    critics: '...'" (the clause's verb is one of ``colon_intro_verbs``)."""
    lead = text[max(0, q[0] - 3) : q[0]]
    if not lead.rstrip().endswith(":"):
        return None
    colon = text.rindex(":", 0, q[0])
    si = next((i for i, s in enumerate(sents) if s.start_char <= colon < s.end_char), None)
    if si is None:
        return None
    doc = sents[0].doc
    # the clause's verb and subject, wherever the parser hung the quotation
    clause = [
        (t, c)
        for t in doc[sents[si].start : sents[si].end]
        if t.idx < colon and t.lemma_.lower() in lexicon()["colon_intro_verbs"]
        for c in t.children
        if c.dep_ == "nsubj" and c.i < t.i
    ]
    if not clause:
        return None
    subj = clause[-1][1]
    if not (subj.pos_ == "PROPN" or subj.lower_ in ("he", "she", "they")):
        return None
    name = doc[subj.left_edge.i : subj.i + 1]
    if not all(t.pos_ == "PROPN" or t.dep_ == "compound" for t in name) and len(name) > 1:
        name = doc[subj.i : subj.i + 1]
    return si, Attribution(None, ":", "assertion", name, q)


# a quotation signed with a dash and a name: '"...." — Jane Roe', '"..." -- Acme'
SIGNATURE_RX = re.compile(
    r"[ \t]*(?:—|―|–|--)[ \t]*"
    r"([A-Z][\w.'’-]*(?: (?:[A-Z][\w.'’-]*|de|van|von|al)){0,3})"
)


# the sentence after a quotation that says whose it was: "That was the verdict of X"
VERDICT_OF_RX = re.compile(
    r"\s*(?:That|This|Such) (?:was|is) (?:the |a )?(?:[a-z]+ )?"
    r"(?:verdict|view|assessment|conclusion|reaction|judgment|judgement|message|warning) of "
    r"(?:the [a-z]+ )?([A-Z][\w.'’-]*(?: (?:[A-Z][\w.'’-]*|de|van|von|al)){0,3})"
)


def _signed_by(q: tuple[int, int], sents: list[Span], text: str) -> tuple[int, Attribution] | None:
    """The name that signs quotation ``q`` after a dash, as an attribution without a
    cue word: testimonials, epigraphs and quoted posts are written so; or the name the
    next sentence gives it ('"..." That was the verdict of Jane Roe, ...')."""
    m = SIGNATURE_RX.match(text, q[1]) or VERDICT_OF_RX.match(text, q[1])
    if m is None:
        return None
    doc = sents[0].doc
    name = doc.char_span(m.start(1), m.end(1), alignment_mode="contract")
    if name is None or not len(name) or not all(t.pos_ == "PROPN" for t in name):
        return None
    si = next((i for i, s in enumerate(sents) if s.start_char <= q[0] < s.end_char), None)
    if si is None:
        return None
    return si, Attribution(None, "—", "assertion", name, q)


def previous_speaker(
    q: tuple[int, int],
    quotes: list[tuple[int, int]],
    speakers: dict[tuple[int, int], tuple[tuple[str, ...], Span | None, str, str]],
    text: str,
) -> tuple[tuple[str, ...], Span | None, str, str] | None:
    """The speaker of the quotation just before ``q`` when only a paragraph break (or
    nothing) separates them: a quotation continued in the next paragraph."""
    i = quotes.index(q)
    if i == 0:
        return None
    prev = quotes[i - 1]
    between = text[prev[1] : q[0]]
    if prev in speakers and between.count("\n") <= 2 and len(between) < 200:
        return speakers[prev]
    return None


def merge_quotations(claims: list[Claim], text: str) -> list[Claim]:
    """One attribution per quotation: consecutive sentence claims of the same speaker
    inside one quotation become one claim whose content spans the whole quotation.  A
    quotation resuming the speaker's words after the cue ('"...," she said. "..."')
    stays a claim of its own: merged, it cost more on the AI-news gold (one claim per
    quoted statement) than it gained on PolNeAR's attribution spans."""
    out: list[Claim] = []
    for c in claims:
        prev = out[-1] if out else None
        if (
            prev is not None
            and c.quote is not None
            and prev.claimant_key == c.claimant_key
            and prev.claimant_text == c.claimant_text
            and prev.quote == c.quote
            and prev.start != c.start  # two cues of one sentence stay two claims
            and "\n\n" not in text[prev.content[1] : c.content[0]]
        ):
            prev.content = (prev.content[0], max(prev.content[1], c.content[1]))
            prev.end = max(prev.end, c.end)
            prev.text = text[prev.start : prev.end]
            continue
        out.append(c)
    return out
