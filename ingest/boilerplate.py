"""Site boilerplate regions, the republished-from URL, and the language check.

Blog reposts end with site furniture (subscribe prompts, "Published by ..." blocks,
share widgets).  Cues are line-level regular expressions kept in
``data/boilerplate.txt``.  A cue line followed (to the end of the text) mostly by
further cue lines or short lines starts a *tail region*; isolated cue lines in the
body are regions of their own.  Regions are returned as character spans so callers
can skip them: the text itself is never rewritten, offsets stay exact.
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
    return bool(line) and any(p.search(line) for p in gaz.boilerplate + gaz.republish)


def boilerplate_regions(text: str, gaz: Gazetteer) -> list[tuple[int, int]]:
    """Character spans of ``text`` that are site boilerplate, in order."""
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
