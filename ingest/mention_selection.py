"""From candidate mentions to the article's mentions: drop those in skipped regions or
inside non-entity terms, strip possessives, keep the most trusted and longest where
candidates overlap, add the repeats of names found once, and mark renames
("X (formerly Twitter)", "Bard, now called Gemini").
"""

from __future__ import annotations

import re
from bisect import bisect_left

from ingest.entity_lexicon import (
    AWARD_WORDS,
    BODY_HEADS,
    CLAUSE_OPENERS,
    INSTITUTION_HEADS,
    LAW_HEADS,
    LEADING_DESCRIPTORS,
    OFFICE_NOUNS,
    ORG_SUFFIXES,
    REGION_HEADS,
    RENAME_STOP,
    TITLE_WORDS,
    TRADE_SUFFIXES,
)
from ingest.entity_model import TYPE_RANK, Mention, strip_possessive
from ingest.entity_patterns import (
    NAME_END,
    ORG_KIND_WORD,
    RENAMES,
    document_name_regex,
    terms_regex,
    word_matches,
)
from ingest.gazetteer import Gazetteer, fold
from ingest.mention_checks import in_regions, looks_like_person, trim_name
from ingest.renames import self_renames


def drop_excluded(
    text: str, gaz: Gazetteer, cands: list[Mention], skip: list[tuple[int, int]]
) -> list[Mention]:
    """The candidates that may be mentions: outside the ``skip`` regions (a byline's
    author always), on one line, and not inside a non-entity term of several words
    ("Google" in "Google Chrome", "Fortune 500" itself), nor an unknown name of a
    place that governs itself ("the mayor of Hepburn Shire")."""
    for c in cands:
        if c.entry is None and c.type == "Person" and _body_name(c.text):
            c.type = "Organization"  # "the Christian Democratic Union", read as a person
    terms = terms_regex(tuple(gaz.non_entity_terms))
    blocked = [(m.start(), m.end()) for m in terms.finditer(text)]
    cut_short, acronyms = _document_names(text)
    return [
        c
        for c in cands
        if (c.byline or not in_regions(c.start, skip))
        and c.text
        and "\n" not in c.text
        and not any(s <= c.start and c.end <= e for s, e in blocked)
        and not (c.entry is None and c.type in ("Organization", "") and c.text in acronyms)
        and not (c.source == "ner" and (c.start, c.end) in cut_short)
        and not (c.entry is None and _region_name(c.text))
        and not (c.entry is None and c.type == "Organization" and _law_name(c.text))
    ]


def _law_name(name: str) -> bool:
    """Whether ``name`` names a law, a war or a speech ("the College for All Act")."""
    words = name.split()
    return len(words) > 1 and words[-1] in LAW_HEADS


def _body_name(name: str) -> bool:
    """Whether ``name`` ends as a body's does, which no person's name does ("the
    Judiciary Committee", "the Democratic Party")."""
    words = name.split()
    return len(words) > 1 and (
        words[-1] in BODY_HEADS or words[-1] in INSTITUTION_HEADS or words[-1] in ORG_SUFFIXES
    )


def _region_name(name: str) -> bool:
    """Whether ``name`` names a place that governs itself ("Hepburn Shire"; not "the
    World Affairs Council of Orange County", a body in one)."""
    words = name.split()
    return len(words) > 1 and words[-1] in REGION_HEADS and "of" not in words


def _document_names(text: str) -> tuple[set[tuple[int, int]], set[str]]:
    """What laws, documents and events named in full leave to mistake for organisations:
    the spans that stop at a small word inside such a name ("Computer Fraud" of "the
    Computer Fraud and Abuse Act", where the NER cuts), and the names' acronyms
    ("CFAA", "GDPR", "CES": the law or the show, not a body)."""
    cut_short: set[tuple[int, int]] = set()
    acronyms: set[str] = set()
    for m in document_name_regex(tuple(sorted(AWARD_WORDS))).finditer(text):
        words = [w for w in m.group(0).split() if w[0].isupper()]
        if words[0] == "The":
            words = words[1:]
        if len(words) >= 3:
            acronyms.add("".join(w[0] for w in words))
        for small in re.finditer(r" (?:and|of|for|on|to|&) ", m.group(0)):
            cut_short.add((m.start(), m.start() + small.start()))
    return cut_short, acronyms


def strip_possessives(cands: list[Mention]) -> None:
    """Drop a trailing possessive from each candidate's text and span, in place."""
    for c in cands:
        bare = strip_possessive(c.text)
        if bare != c.text and bare:
            c.end -= len(c.text) - len(bare)
            c.text = bare


def strip_kind_words(cands: list[Mention]) -> None:
    """Drop a leading kind of business from each unknown name, in place: "Startup
    Ferrovia accuses ..." names Ferrovia (a headline or a sentence opens with the kind,
    capitalised, and the context rules take it into an organisation's or a speaker's
    name; no person is called "Startup Jane Roe")."""
    for c in cands:
        first, _, rest = c.text.partition(" ")
        if (
            c.entry is None
            and c.type in ("Organization", "Person")
            and rest[:1].isupper()
            and (
                ORG_KIND_WORD.fullmatch(first.lower()) is not None
                # ("Rival Halcyon AI said": a description, no part of the name)
                or (c.type == "Organization" and first.lower() in LEADING_DESCRIPTORS)
            )
        ):
            c.start += len(first) + 1
            c.text = rest


def strip_leading_words(cands: list[Mention], english: frozenset[str], gaz: Gazetteer) -> None:
    """Drop a dictionary word that opens an unknown person's name, in place, where the
    rest is a person's name: "Although Zara Quill said", "Rival Dana Okafor called"
    (not "Will Smith": a given name stays; not "Grace Hopper": the rest is no name), or
    the surname of a person named in full elsewhere ("As Castellan put it", "Former AG
    Castellan")."""
    surnames = {
        c.text.rsplit(" ", 1)[1] for c in cands if c.type == "Person" and c.text.count(" ") == 1
    }
    for c in cands:
        first, _, rest = c.text.partition(" ")
        if (
            c.entry is None
            and c.type == "Person"
            and (first.lower() in english or first.lower() in CLAUSE_OPENERS)
            and first not in gaz.given_names
            and (
                looks_like_person(rest, gaz)
                or _known_person(rest, gaz)
                or ((first.lower() in CLAUSE_OPENERS or _is_title(first, gaz)) and rest in surnames)
            )
        ):
            c.start += len(first) + 1
            c.text = rest


def strip_leading_titles(cands: list[Mention], gaz: Gazetteer) -> None:
    """Drop a job title that opens an unknown person's name, in place: "Managing Editor
    Jane Roe", "Senate Majority Leader Jane Roe" name Jane Roe (a sentence's first words
    are capitalised, and the rules that read a speaker take the title in)."""
    for c in cands:
        if c.type != "Person" or c.entry is not None:
            continue
        words = c.text.split()
        last_title = max(
            (i for i, w in enumerate(words[:-2]) if _is_title(w, gaz)),
            default=None,
        )
        if last_title is None or not all(w[:1].isupper() for w in words[: last_title + 1]):
            continue
        rest = " ".join(words[last_title + 1 :])
        if _is_title(words[last_title + 1], gaz):
            continue
        c.start = c.end - len(rest)
        c.text = rest


def _is_title(word: str, gaz: Gazetteer) -> bool:
    return word in TITLE_WORDS or fold(word) in gaz.role_nouns or fold(word) in OFFICE_NOUNS


def _known_person(name: str, gaz: Gazetteer) -> bool:
    entry = gaz.lookup(name)
    return entry is not None and entry.type == "Person"


def resolve_overlaps(cands: list[Mention]) -> list[Mention]:
    """Keep the most trusted, then longest, mention wherever candidates overlap."""
    cands.sort(key=lambda c: (-TYPE_RANK[c.source], -(c.end - c.start), c.start, -c.weight))
    kept: list[Mention] = []
    for c in cands:
        clash = [k for k in kept if k.start < c.end and c.start < k.end]
        if not clash:
            kept.append(c)
            continue
        # a longer model/pattern name beats a shorter gazetteer family hit
        # ("Llama 4 Maverick" over "Llama 4"), and a definition's long form beats NER
        if c.source == "ner" and (
            sum(
                (k.entry is not None and k.text == k.entry.name) or k.source == "def" for k in clash
            )
            > 1
        ):
            continue  # "Alibaba and Tencent" read as one: the two known names stand
        if all(
            (c.end - c.start) > (k.end - k.start)
            and c.start <= k.start
            and k.end <= c.end
            and (
                c.type == k.type or (c.source in ("pattern", "def") and k.source in ("gaz", "ner"))
            )
            and not (k.source == "gaz" and c.source == "def" and c.type != k.type and c.type)
            for k in clash
        ):
            for k in clash:
                kept.remove(k)
            kept.append(c)
    kept.sort(key=lambda c: c.start)
    return kept


def add_repeats(text: str, kept: list[Mention], skip: list[tuple[int, int]]) -> list[Mention]:
    """A name found once is a mention wherever else it occurs (the NER misses repeats,
    especially sentence-initial ones, and an ambiguous gazetteer name such as
    "Perplexity" needs its context only once: a headline's capitals give none);
    ``kept`` is sorted and disjoint."""
    extra: list[Mention] = []
    kept_starts = [k.start for k in kept]
    for form, src in {m.text: m for m in kept if m.source in ("ner", "def", "gaz")}.items():
        if len(form) < 3 or not form[0].isalpha():
            continue
        if form[0].islower():
            # a name written in lower case ("noyb") takes a capital to open a sentence
            capital = form[0].upper() + form[1:]
            for occ in word_matches(capital, NAME_END, text):
                s0, e0 = occ.start(), occ.end()
                before = text[:s0].rstrip(" \"'\u201c\u2018")
                if before and before[-1] not in ".!?\n":
                    continue  # inside a sentence: another word ("Noyb" only opens one)
                if not (in_regions(s0, skip) or _overlaps_kept(kept, kept_starts, s0, e0)):
                    extra.append(Mention(s0, e0, capital, src.type, src.source))
            continue
        for occ in word_matches(form, NAME_END, text):
            s0, e0 = occ.start(), occ.end()
            if in_regions(s0, skip) or _overlaps_kept(kept, kept_starts, s0, e0):
                continue
            extra.append(Mention(s0, e0, form, src.type, src.source))
    if extra:
        kept = resolve_overlaps(kept + extra)
    return kept


def add_short_names(
    text: str, gaz: Gazetteer, kept: list[Mention], skip: list[tuple[int, int]]
) -> list[Mention]:
    """An organisation the gazetteer does not know, named once in full with a corporate
    suffix or a trade ("Nimbus Labs", "Orbital Robotics Inc.", "Lingo Telecom"), is named
    by the rest of its name elsewhere ("a Nimbus spokesperson", "Orbital Robotics said",
    "Lingo said"): the NER rarely tags such a short form when it modifies a noun or is a
    dictionary word.  The short form's key names the full one, so
    both are one entity.  Gazetteer names are left to their listed aliases."""
    extra: list[Mention] = []
    kept_starts = [k.start for k in kept]
    seen: set[str] = set()
    for m in kept:
        if m.type != "Organization" or m.entry is not None or m.text in seen:
            continue
        seen.add(m.text)
        words = m.text.split()
        n = len(words)
        while n > 1 and (words[n - 1] in ORG_SUFFIXES or words[n - 1] in TRADE_SUFFIXES):
            n -= 1
        short = " ".join(words[:n])
        if n == len(words) or len(short) < 3 or not short[0].isupper():
            continue
        entry = gaz.lookup(short)
        if fold(short) in gaz.non_entities or (entry is not None and entry.type != "Organization"):
            continue  # "Gemini AI": the model's name, not the company's
        for occ in word_matches(short, NAME_END, text):
            s0, e0 = occ.start(), occ.end()
            if in_regions(s0, skip) or _overlaps_kept(kept, kept_starts, s0, e0):
                continue
            extra.append(Mention(s0, e0, short, "Organization", "def", key=f"def:{m.text}"))
    if extra:
        kept = resolve_overlaps(kept + extra)
    return kept


def add_model_short_names(
    text: str, kept: list[Mention], skip: list[tuple[int, int]]
) -> list[Mention]:
    """A model named in full with its maker's name before a hyphen ("DeepSeek-R1-0528")
    is named by the rest elsewhere ("DeepSeek's R1-0528 update") when that rest holds a
    digit: one entity, as the short form's key names the full one."""
    makers = {m.text for m in kept if m.type == "Organization"}
    extra: list[Mention] = []
    kept_starts = [k.start for k in kept]
    for full in {m.text for m in kept if m.type == "Model"}:
        maker, _, short = full.partition("-")
        if maker not in makers or len(short) < 3 or not any(ch.isdigit() for ch in short):
            continue
        for occ in word_matches(short, NAME_END, text):
            s0, e0 = occ.start(), occ.end()
            if text[s0 - 1 : s0] == "-" or in_regions(s0, skip):
                continue  # the full name itself
            if not _overlaps_kept(kept, kept_starts, s0, e0):
                extra.append(Mention(s0, e0, short, "Model", "def", key=f"def:{full}"))
    if extra:
        kept = resolve_overlaps(kept + extra)
    return kept


def _overlaps_kept(kept: list[Mention], starts: list[int], start: int, end: int) -> bool:
    """Whether ``start``-``end`` overlaps a kept mention (``kept``: sorted, disjoint).

    Disjoint and sorted by start means sorted by end too, so only the last
    mention starting before ``end`` can reach past ``start``.
    """
    i = bisect_left(starts, end) - 1
    return i >= 0 and kept[i].end > start


def apply_renames(text: str, kept: list[Mention], skip: list[tuple[int, int]]) -> list[Mention]:
    """Mark the former name in "X (formerly Y)", "Y, now called X", "Y was renamed X".

    The former name's mention gets ``alias_of`` = the new name, so :func:`resolve` makes
    one entity of the two, named by the new name.  A name the rule finds without a
    mention gets one, typed like the other name (organisations and models only: "Roe,
    now CEO of Acme" is a person's new job, not a rename).
    """
    # (new start, new, old start, old) of each rename phrase; a subject renaming itself
    # ("Brontal ... said it was changing its name to Lumio") may stand far from it
    phrases = [
        (m.start("new"), m.group("new"), m.start("old"), m.group("old"))
        for rx in RENAMES
        for m in rx.finditer(text)
    ] + self_renames(text)
    for new_at, raw_new, old_at, raw_old in phrases:
        # "Google's Bard, now called Gemini", "Elon Musk's X, formerly Twitter": the
        # owner is no part of either name
        new, old = (trim_name(re.sub(r"^.*['\u2019]s ", "", g)) for g in (raw_new, raw_old))
        if (
            not new
            or not old
            or fold(new) == fold(old)
            or new.split()[0] in RENAME_STOP
            or old.split()[0] in RENAME_STOP
            or in_regions(min(new_at, old_at), skip)
        ):
            continue
        ns = new_at + raw_new.index(new)
        os_ = old_at + raw_old.index(old)
        spans = {"new": (ns, ns + len(new), new), "old": (os_, os_ + len(old), old)}
        found: dict[str, Mention | None] = {}
        for role, (a, b, _) in spans.items():
            over = [k for k in kept if k.start < b and a < k.end]
            found[role] = over[0] if len(over) == 1 and over[0].start == a else None
            if over and found[role] is None:
                found[role] = over[0] if (over[0].start, over[0].end) == (a, b) else None
                if found[role] is None:
                    break
        else:
            # (the type the context gives either name: "Lumio" alone may read as a person)
            typed = next(
                (
                    f
                    for f in (found["new"], found["old"])
                    if f and f.type in ("Organization", "Model")
                ),
                None,
            )
            if typed is None:
                continue
            for role, (a, b, form) in spans.items():
                if found[role] is None:
                    found[role] = Mention(a, b, form, typed.type, "def")
                    kept.append(found[role])
            old_m, new_m = found["old"], found["new"]
            assert old_m is not None and new_m is not None
            if old_m.type != new_m.type and new_m.source == "def" and new_m.entry is None:
                new_m.type = old_m.type
            old_m.alias_of = new_m.entry.name if new_m.entry else new_m.text
    kept.sort(key=lambda k: k.start)
    return kept
