"""Site boilerplate regions, the republished-from URL, and the language check.

Blog reposts end with site furniture (subscribe prompts, "Published by ..." blocks,
share widgets).  Cues are line-level regular expressions kept in
``data/boilerplate.txt``; ``data/boilerplate_inline.txt`` holds furniture that may
stand mid-story (a related link, a photo credit).  A cue line (not an inline one)
followed (to the end of the text) mostly by further cue lines or short lines starts a
*tail region*; isolated cue lines in the body are regions of their own.  Regions are
returned as character spans so callers can skip them: the text itself is never
rewritten, offsets stay exact.
"""

from __future__ import annotations

import re

from ingest.gazetteer import Gazetteer


def _lines(text: str) -> list[tuple[int, int, str]]:
    out = []
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        out.append((pos, pos + len(body), body.strip()))
        pos += len(line)
    return out


_BYLINE_CUE = re.compile(r"(?:written|posted|published) by\b", re.I)


def is_cue_line(line: str, gaz: Gazetteer) -> bool:
    return bool(line) and any(
        p.search(line) for p in gaz.boilerplate + gaz.republish + gaz.boilerplate_inline
    )


def is_inline_cue_line(line: str, gaz: Gazetteer) -> bool:
    """Furniture that may stand mid-story ("Read more: ...", "Photo: ..."): it starts
    no tail region."""
    return any(p.search(line) for p in gaz.boilerplate_inline)


# a wire dateline opening a paragraph: where (and when, and for which agency) the story
# was filed, no one's words: "SAN FRANCISCO, Dec 5 (Reuters) - ", "LONDON —",
# "MOUNTAIN VIEW, Calif. (AP) — ", "Paris (AFP) - "
DATELINE = re.compile(
    r"(?m)^[ \t]*(?:"
    r"[A-Z][A-Z.'\u2019-]{2,}(?:[ /]+[A-Z][A-Z.'\u2019-]+){0,3}"  # SAN FRANCISCO, LONDON/PARIS
    r"(?:, [A-Z][a-z]{1,5}\.(?: [A-Z][a-z]?\.)?)?"  # , Calif.
    r"(?:,? (?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8})(?:,? \d{4})?)?"  # Dec 5
    r"(?P<agency> \([A-Z][\w&.' ]{0,30}\))?"  # (Reuters)
    r"|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}(?:,? [A-Z][a-z]{2,8}\.? \d{1,2})?"
    r"(?P<agency2> \([A-Z][\w&.' ]{0,30}\))"
    r") ?(?:[\u2014\u2013]|--?) (?=[\"\u201c\u2018'A-Z])"
)


def dateline_regions(text: str) -> list[tuple[int, int]]:
    """Character spans of the wire datelines that open paragraphs of ``text``: the
    place and the date, not the agency, which is a publication the story names."""
    regions = []
    for m in DATELINE.finditer(text):
        agency = next((g for g in ("agency", "agency2") if m.group(g)), None)
        regions.append((m.start(), m.start(agency) if agency else m.end()))
    return regions


def dateline_ends(text: str) -> set[int]:
    """Where the first sentence after each wire dateline of ``text`` starts."""
    return {m.end() for m in DATELINE.finditer(text)}


def boilerplate_regions(text: str, gaz: Gazetteer) -> list[tuple[int, int]]:
    """Character spans of ``text`` that are site boilerplate or wire datelines, in order."""
    regions = _cue_regions(text, gaz)
    datelines = [d for d in dateline_regions(text) if not any(s <= d[0] < e for s, e in regions)]
    return sorted(regions + datelines) if datelines else regions


def _cue_regions(text: str, gaz: Gazetteer) -> list[tuple[int, int]]:
    """Character spans of the lines of site boilerplate (see the module's docstring)."""
    lines = [ln for ln in _lines(text) if ln[2]]
    cue = [is_cue_line(ln[2], gaz) for ln in lines]
    regions: list[tuple[int, int]] = []
    tail_from = None
    for i in range(len(lines)):
        if not cue[i]:
            continue
        rest = cue[i:]
        # a tail region: from here on, most lines are cue lines (the odd "about the
        # publisher" paragraph between them is boilerplate too); a byline on top of the
        # article ("Published by Jane Roe", then the body) is no tail: it stands alone
        if (
            len(rest) >= 2
            and sum(rest) >= 0.5 * len(rest)
            and not is_inline_cue_line(lines[i][2], gaz)
            and not (all(cue[:i]) and _BYLINE_CUE.match(lines[i][2]))
        ):
            tail_from = i
            break
        regions.append((lines[i][0], lines[i][1]))
    if tail_from is not None:
        regions.append((lines[tail_from][0], len(text)))
    return regions


def republished_from(text: str, gaz: Gazetteer) -> str | None:
    """The original URL named by a "source <url>" / "originally published at" line."""
    for pattern in gaz.republish:
        m = pattern.search(text)
        if m:
            return m.group("url").rstrip(").,;]>\"'")
    return None


_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")


def english_ratio(text: str, gaz: Gazetteer) -> tuple[int, float]:
    """Number of words and the share of them that are common English function words."""
    words = [w.casefold() for w in _WORD.findall(text)]
    if not words:
        return 0, 0.0
    return len(words), sum(w in gaz.stopwords for w in words) / len(words)


def language_problem(text: str, gaz: Gazetteer) -> str | None:
    """Why ``text`` cannot be extracted (empty, not English), or None when it can."""
    n, ratio = english_ratio(text, gaz)
    if n == 0:
        return "empty article: it has no text"
    # English prose runs at 35-50% function words; other languages that share the
    # alphabet rarely reach 10%.  Very short texts are given the benefit of the doubt
    # unless they have no English function words at all.
    if (n >= 12 and ratio < 0.12) or (n < 12 and ratio == 0 and n > 3):
        return "the article does not look like English text"
    return None
