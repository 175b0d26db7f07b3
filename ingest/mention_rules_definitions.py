"""Names the text defines: ``Long Name (ACR)`` and ``ACR (Long Name)``, ``a division
called X``, and an acronym of an organisation the article names in full.

A defined acronym's mention carries ``key="def:<long name>"``, which
:func:`ingest.entity_resolution.resolve` joins to the long name's entity.
"""

from __future__ import annotations

import re

from ingest.entity_model import Mention
from ingest.entity_patterns import APPOS_ORG, DEF_KNOWN_AS, DEF_PAREN, DEF_PAREN_REV
from ingest.gazetteer import fold
from ingest.mention_checks import ArticleView


def acronym_definitions(view: ArticleView) -> list[Mention]:
    """Acronyms defined in parentheses, either way round: "Massive Math Understanding
    (MMU)", "the FTC (Federal Trade Commission)", or by "known as" ("The European
    Consumer Organisation, known as BEUC,"); the long name and the acronym."""
    text, gaz = view.text, view.gaz
    cands: list[Mention] = []
    for m in DEF_PAREN.finditer(text):
        long, acr = m.group(1), m.group(2)
        long = re.sub(r"^(?:The|the|A|An|a|an)\s+", "", long)
        if fold(acr) in gaz.non_entities or fold(long) in gaz.non_entities:
            continue
        if _initials_match(acr, long):
            ls = m.start(1) + m.group(1).index(long)
            # "Massive Math Understanding (MMU)": a test's name says what it is
            bench = long.split()[-1] in gaz.benchmark_cues["defining_last_words"]
            etype, weight = ("Benchmark", 10) if bench else ("", 0)
            # a known acronym spelled out another way ("Fundamental AI Research (FAIR)"
            # where the gazetteer knows FAIR) is that known entity
            known = gaz.lookup(acr)
            entry = (
                known
                if known is not None
                and known.type == "Organization"
                and gaz.lookup(long) is None
                and _initials_match(acr, known.name)
                else None
            )
            if entry is not None:
                etype = entry.type
            cands.append(Mention(ls, ls + len(long), long, etype, "def", entry, weight=weight))
            cands.append(
                Mention(m.start(2), m.end(2), acr, etype, "def", key=f"def:{long}", weight=weight)
            )
    for m in DEF_KNOWN_AS.finditer(text):
        # "The European Consumer Organisation, known as BEUC,": the text says they are one
        long, acr = re.sub(r"^(?:The|A|An)\s+", "", m.group(1)), m.group(2)
        if fold(acr) in gaz.non_entities or fold(long) in gaz.non_entities or " " not in long:
            continue
        ls = m.start(1) + m.group(1).index(long)
        cands.append(Mention(ls, ls + len(long), long, "", "def"))
        cands.append(Mention(m.start(2), m.end(2), acr, "", "def", key=f"def:{long}"))
    for m in DEF_PAREN_REV.finditer(text):
        acr, long = m.group(1), m.group(2)
        if fold(acr) in gaz.non_entities or fold(long) in gaz.non_entities:
            continue
        if _initials_match(acr, long):
            cands.append(Mention(m.start(2), m.end(2), long, "", "def"))
            cands.append(Mention(m.start(1), m.end(1), acr, "", "def", key=f"def:{long}"))
    return cands


def organizations_called(view: ArticleView) -> list[Mention]:
    """An organisation named after its head noun: "a startup called Nexus", "the
    nonprofit Acme Collective", "the hedge fund X"."""
    text = view.text
    cands: list[Mention] = []
    for m in APPOS_ORG.finditer(text):
        # the name ends at a sentence end ("... Collective. The founders")
        name = re.split(r"\.(?:\s|$)", m.group(1))[0].rstrip(".")
        if not name or name.split()[0] in ("The", "A", "An", "This", "It", "In"):
            continue
        if (
            "," in m.group(0)
            and _HELD_AT.search(text, max(0, m.start() - 40), m.start())
            and any(label == "PERSON" and a <= m.start(1) < b for a, b, label in view.ner_spans)
        ):
            # "a managing director at the firm, Jane Roe,": the director's name (not "he
            # joined a new company, Open Robotics Collective")
            continue
        if "," in m.group(0) and not re.match(
            r"[,.;:)\u2014\u2013]|\s+(?:and|-|at|in|of)\b|\s+-\s|$", text[m.start(1) + len(name) :]
        ):
            continue  # "published by the company, R2 scored ...": a clause, no apposition
        described = _ARTICLE_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if (
            described is None
            and _PERSON_JOB.match(m.group(0))
            and any(label == "PERSON" and a <= m.start(1) < b for a, b, label in view.ner_spans)
        ):
            # "Herald publisher Jane Roe", "publisher Ron Unz": a person's job before her
            # name, not a kind of company
            continue
        press = PRESS_HEAD.match(m.group(0)) is not None  # "the news site Kestrel Wire"
        joined = _AND_MORE.match(text, m.start(1) + len(name)) if press else None
        if joined is not None and name == m.group(1):
            name += joined.group(0)  # "the journal Judgment and Decision Making"
        # a company's kind after an article ("the German startup Lumio") outweighs the
        # NER's guesses at the name elsewhere ("Lumio would publish"); a bare one may be
        # a person's job ("publisher Ron Unz")
        # (a headline drops its articles: "Labels sue AI music startup Lumio Sound")
        headline = "\n" not in text[: m.start()].strip()
        strong = (described is not None or headline) and COMPANY_KIND.match(m.group(0)) is not None
        cands.append(
            Mention(
                m.start(1),
                m.start(1) + len(name),
                name,
                "Organization",
                "def",
                weight=5 if strong else 0,
                kind="publication" if press else "",
            )
        )
    return cands


# a description that is where a role is held ("a director at the firm, X"): the name set
# off after it is the person's
_HELD_AT = re.compile(r"\b(?:at|of|for|with|from)\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,2}$")
# descriptions that are also a person's job, before her name with no article
_PERSON_JOB = re.compile(r"(?:publisher|broadcaster)\b")
# a title's second half ("Judgment and Decision Making")
_AND_MORE = re.compile(r" and [A-Z][\w&-]*(?: [A-Z][\w&-]*)*")
# an article, then up to two modifiers, just before a description ("the German ")
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an)\s+(?:[\w-]+\s+){0,2}$")
# descriptions no person's job shares
COMPANY_KIND = re.compile(r"(?:company|startup|start-up|firm|chipmaker|automaker|nonprofit)\b")


# the heads of organisations_called's descriptions that make the name the press's
PRESS_HEAD = re.compile(
    r"(?:outlet|publisher|broadcaster|news site|website|newsletter|journal|magazine|newspaper)\b"
)


def acronyms_of_full_names(view: ArticleView, cands: list[Mention]) -> list[Mention]:
    """An acronym of an organisation named in full among ``cands`` ("AMI" for Advanced
    Machine Intelligence), even without a parenthesised definition."""
    text, gaz, known = view.text, view.gaz, view.known
    found: list[Mention] = []
    initials = {}
    for c in cands:
        words = c.text.split()
        if c.type == "Organization" and len(words) >= 2:
            letters = "".join(w[0] for w in words if w[0].isupper())
            # "ACE Cash Express" holds its own letters; "X (XYZ" is a span cut short
            if len(letters) >= 2 and letters not in words and "(" not in c.text:
                initials.setdefault(letters, c.text)
    if initials:
        for m in re.finditer(r"(?<![\w-])[A-Z]{2,6}(?![\w-])", text):
            long = initials.get(m.group(0))
            if (
                long is not None
                and m.group(0) not in known
                and fold(m.group(0)) not in gaz.non_entities
            ):
                found.append(Mention(m.start(), m.end(), m.group(0), "", "def", key=f"def:{long}"))
    return found


def acronyms_without_full_names(kept: list[Mention], implied: list[Mention]) -> list[Mention]:
    """``kept`` less the acronyms of :func:`acronyms_of_full_names` whose full name did
    not survive as a mention: when "General Data Protection Regulation" is dropped as a
    law, its "GDPR" names no organisation either."""
    if not implied:
        return kept
    orphans = {id(m) for m in implied}
    names = {re.sub(r"^the ", "", fold(m.text)) for m in kept if id(m) not in orphans}
    # another rule's mention of the acronym's very span ("EPIC's senior counsel, X"):
    # the acronym still names its full name
    spans = {(m.start, m.end): m.key for m in implied if fold(m.key[4:]) in names}
    for m in kept:
        if id(m) not in orphans and m.entry is None and (m.start, m.end) in spans:
            m.key = spans[(m.start, m.end)]
    return [m for m in kept if id(m) not in orphans or fold(m.key[4:]) in names]


def _initials_match(acr: str, long: str) -> bool:
    words = [w for w in re.split(r"[\s-]+", long) if w and w[0].isupper()]
    acr_letters = re.sub(r"[^A-Z]", "", acr)
    # "(Tex.)", "(Fla.)": one capital is an abbreviation, a state's after a politician
    if len(acr_letters) < 2:
        return False
    # an upper-case word may give all its letters: "Fundamental AI Research (FAIR)"
    for letters in (
        "".join(w[0] for w in words),
        "".join(w if w.isupper() and len(w) <= 3 else w[0] for w in words),
    ):
        if letters.startswith(acr_letters) or acr_letters in letters:
            return True
    return False
