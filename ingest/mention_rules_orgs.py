"""Organisations the gazetteer does not list, found by their form or by what the text
says about them: a suffix ("Nexus Labs", "the Brennan Center for Justice"), a court's
full name, an apposition ("X, the parent company of Y"), a list ("X, Y and other
publishers", "labs such as X and Y"), where a role is held ("director of the X"), a
funding round ("led by X"), the press ("X's request for comment"), a CamelCase ``...AI``
name, a possessive role ("Anthropic's CEO") or a proper noun that speaks or acts like a
company ("DeepSeek released").  Their vote weights outvote the statistical NER's guess.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ingest.entity_lexicon import (
    COMPANY_DEEDS,
    COMPANY_GOODS,
    COMPANY_PARTS,
    COMPANY_POSSESSIONS,
    CORPORATE_FORMS,
    COURT_SKIP_FIRST,
    COURT_WORDS,
    DEPARTMENT_WORDS,
    DONE_TO_COMPANIES,
    EMPLOYEE_ROLES,
    HONORIFICS,
    INSTITUTION_HEADS,
    LAUNCHING_VERBS,
    MADE_BY_COMPANIES,
    MISSION_HEADS,
    NOT_ORG_WORDS,
    PERSON_TO_ORG_VERBS,
    PRODUCT_NOUNS,
    TITLE_WORDS,
    VOICED_BY,
)
from ingest.entity_model import Mention, strip_possessive
from ingest.entity_patterns import (
    CAMEL_CASE,
    CAP_WORD,
    COURT,
    DATE_WORD,
    FACILITY,
    NOT_ORG_AFTER,
    NOT_ORG_FIELD,
    ORG_BY_APPOSITION,
    ORG_BY_PRESS,
    ORG_BY_SUFFIX,
    ORG_CAMEL,
    ORG_CONTEXT,
    ORG_FUNDING,
    ORG_KIND_WORD,
    ORG_LABEL_LINE,
    ORG_LIST_AFTER,
    ORG_LIST_APPOS,
    ORG_LIST_BEFORE,
    ORG_OF_PERSON,
    ORG_OF_ROLE,
    ORG_OF_TAIL,
    ORG_SUFFIX_CONTINUES,
    PERSON_NAME,
    X_PLATFORM,
    model_regex,
)
from ingest.gazetteer import Gazetteer, fold
from ingest.mention_checks import (
    ArticleView,
    looks_like_person,
    org_name_ok,
    title_case_line,
    token_at,
    tokens_with_dep,
    trim_name,
)
from ingest.opposition_words import Lexicon as OppositionLexicon
from ingest.opposition_words import incurred as incurred_opposition
from ingest.opposition_words import lemma as opposition_lemma
from ingest.opposition_words import lexicon as opposition_lexicon
from ingest.opposition_words import opposing_noun, without_leave
from ingest.opposition_words import verb_cue as opposition_verb_cue


def organizations_by_suffix(view: ArticleView) -> list[Mention]:
    """An unknown name ending in an organisation's suffix: "Nexus Labs", "Orbital
    Robotics Inc.", "the Brennan Center for Justice", "Alibaba Group"."""
    doc, text, gaz, known = view.doc, view.text, view.gaz, view.known
    cands: list[Mention] = []
    for m in ORG_BY_SUFFIX.finditer(text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None:
            continue
        # "When Halvern Labs ran ...": a conjunction or an adverb opening the sentence
        # (not "Not Boring Software", whose "Not" is part of the name)
        opener = span[0].is_sent_start and span[0].pos_ in ("SCONJ", "ADV", "CCONJ", "ADP")
        lead = 1 if opener and fold(span[0].text) in gaz.stopwords else 0
        if lead == len(span) - 1 or any(not view.name_word(t) for t in span[lead:-1]):
            continue
        start0 = span[lead].idx
        found = text[start0 : m.end()]
        first = found.split()[0]
        named_body = found.split()[-1] in MISSION_HEADS | INSTITUTION_HEADS
        tail = _mission(view, m.end()) if named_body else ""
        if (
            (found in known and not tail)  # ("the Authors Guild of Corran" is another body)
            or fold(found) in gaz.non_entities
            or (first.replace(".", "").isupper() and len(first.replace(".", "")) <= 3)
            or (found.endswith(" AI") and len(found.split()) == 2 and fold(first) in gaz.places)
        ):
            continue  # "US AI companies", "European AI startups": a country, not a name
        after = text[m.end() : m.end() + 40]
        if tail:
            # "the Brennan Center for Justice", "the Authors Guild of Corran": the name
            # goes on
            name = found + tail
            if fold(name) not in gaz.non_entities and gaz.lookup(name) is None:
                end = m.end() + len(tail)
                cands.append(Mention(start0, end, name, "Organization", "def"))
            continue
        if NOT_ORG_AFTER.match(after) or ORG_SUFFIX_CONTINUES.match(after):
            continue  # "the Ascend AI chip", "Operation AI Comply": part of another name
        if title_case_line(text, start0) and text.count(found) == 1:
            continue  # a headline's capitalised words ("Acme Halts AI Tool")
        if (
            found.endswith(" AI")
            and "\n" not in text[:start0]
            and text.count(found) == 1
            and all(w.lower() in view.english for w in found.split()[:-1])
            and re.match(r" [a-z]+ ", after) is not None
        ):
            continue  # "Popular AI training dataset ..." opening the headline: words
        if FACILITY.search(found):
            continue  # "the Stargate Data Center": a building
        if NOT_ORG_FIELD.search(found):
            continue  # "Artificial General Intelligence": the field, not a company
        head = found.rsplit(" ", 1)[0]
        head_entry = gaz.lookup(head)
        if (head_entry is not None and head_entry.type == "Model") or model_regex(
            tuple(gaz.families), tuple(gaz.variant_words)
        ).fullmatch(head):
            continue  # "Gemini AI", "Llama Research": the model, named loosely
        if (
            head_entry is not None
            and head_entry.type == "Organization"
            and found.rsplit(" ", 1)[1] in CORPORATE_FORMS | {"AI"}
        ):
            # "Alibaba Group", "Nvidia Corp.", "Google AI": the company itself
            cands.append(Mention(start0, m.end(), found, "Organization", "def", head_entry))
            continue
        start = _possessive_first_word(view, start0, found)
        cands.append(Mention(start, m.end(), text[start : m.end()], "Organization", "def"))
    return cands


def _possessive_first_word(view: ArticleView, start: int, name: str) -> int:
    """Where a name starts when a possessive word that the article writes nowhere else
    opens it: "Noah's Ark Lab", "the Writers' Guild of America" (not "Acme's Robotics
    Lab" where the article names Acme on its own)."""
    text = view.text
    m = re.search(
        r"(?<![\w'\u2019-])([A-Z][a-z]+)(['\u2019]s|(?<=s)['\u2019]) $",
        text[max(0, start - 30) : start],
    )
    if m is None:
        return start
    word, mark = m.group(1), m.group(2)
    if word in view.known or fold(word) in view.gaz.places:
        return start
    alone = len(re.findall(rf"\b{word}\b", text))
    if alone != len(re.findall(rf"\b{word}{re.escape(mark)} {re.escape(name)}", text)):
        return start
    return start - len(m.group(0))


# an institution named by its head and its mission: "the Coalition for Fair Training
# Data", "the Ministry of Digital Affairs" (a head no capitalised word precedes)
_INSTITUTION_FIRST = re.compile(
    r"(?<![\w-])(?:the |The )?(?P<head>" + "|".join(sorted(MISSION_HEADS)) + r")(?= (?:of|for|on) )"
)


def institutions_by_mission(view: ArticleView) -> list[Mention]:
    """An unknown name that opens with an institution's head and goes on with "of",
    "for" or "on" and capitalised words ("the Coalition for Fair Training Data",
    "Foundation for Safe Algorithms"): an organisation, whatever the NER saw."""
    text, gaz, known = view.text, view.gaz, view.known
    cands: list[Mention] = []
    for m in _INSTITUTION_FIRST.finditer(text):
        tail = _mission(view, m.end())
        if not tail:
            continue
        if m.start("head") > 0 and text[m.start("head") - 1] not in ' \n\t("\u201c':
            continue
        before = text[max(0, m.start("head") - 30) : m.start("head")]
        if re.search(r"[A-Z][\w&.-]* $", before) and not re.search(r"(?:^|\W)[Tt]he $", before):
            continue  # "the Brennan Center for Justice": organizations_by_suffix has it whole
        end = m.end() + len(tail)
        name = text[m.start("head") : end]
        if name in known or fold(name) in gaz.non_entities or gaz.lookup(name) is not None:
            continue
        if title_case_line(text, m.start("head")) and text.count(name) == 1:
            continue  # a headline's capitalised words run on past the name
        if re.match(r",? at (?:the )?[A-Z]", text[end : end + 12]):
            continue  # "the Institute for Robotics at Quorvia University": a part of one
        start = _possessive_first_word(view, m.start("head"), name)
        cands.append(Mention(start, end, text[start:end], "Organization", "def", weight=5))
    return cands


def _mission(view: ArticleView, start: int) -> str:
    """The "of"/"for"/"on" part of an institution's name at ``start`` (" for Justice",
    " of Science and Technology"), or "": it ends before a comma or a sentence's end,
    and "and" joins only a dictionary word ("the Ministry of Trade and Quorvane" are two
    parties)."""
    tail = ORG_OF_TAIL.match(view.text, start)
    if tail is None:
        return ""
    # a comma ends it, and so does a sentence's end ("... for Opinion Research. According
    # to ..."; a word of four letters or more before the full stop, so "D.C." goes on)
    kept = re.split(r",|(?<=[a-z]{4})\.(?:\s|$)", tail.group(0))[0]
    # and the parser's sentence end ("the Partnership on AI. It signed ...")
    head = view.doc.char_span(start - 1, start, alignment_mode="expand")
    if head is not None and head.sent.end_char < start + len(kept):
        kept = kept[: max(0, head.sent.end_char - start)].rstrip(" .")
    parts = re.split(r" (?=(?:and|&) )", kept)
    out = parts[0]
    for part in parts[1:]:
        word = part.split()[1] if len(part.split()) > 1 else ""
        if (
            word.lower() not in view.english
            or word in view.known
            or _a_person_at(view, start + len(out) + 1 + len(part.split()[0]) + 1, word)
            # "... of Black Journalists and National Association of ...": another body
            or any(w in MISSION_HEADS | INSTITUTION_HEADS for w in part.split()[1:])
        ):
            break
        out += " " + part
    return out


def _a_person_at(view: ArticleView, at: int, word: str) -> bool:
    """Whether ``word`` at ``at`` begins a person's name ("the University of Leeds and
    Daniel Roe of ..."): a given name, or a word the NER puts in a person's name."""
    if word in view.gaz.given_names:
        return True
    span = view.doc.char_span(at, at + len(word), alignment_mode="expand")
    if span is None or span.end >= len(view.doc):
        return False
    first, after = span[0], view.doc[span.end]
    # the first word of a name of two words or more ("Outreach" alone is no person)
    return first.ent_type_ == "PERSON" and first.ent_iob_ == "B" and after.ent_iob_ == "I"


def courts(view: ArticleView) -> list[Mention]:
    """Courts by their full names (the NER stops at "District Court" or splits the name):
    "the U.S. District Court for the Northern District of California", "the 9th U.S.
    Circuit Court of Appeals"."""
    text = view.text
    cands: list[Mention] = []
    for m in COURT.finditer(text):
        name, s0 = m.group(0), m.start()
        while len(name.split()) > 1 and (
            name.split()[0] in COURT_SKIP_FIRST
            or (name.split()[0] in TITLE_WORDS and name.split()[0] not in ("U.S.", "US"))
            # "Stable Diffusion Ask US Court ...": a headline's words before the court
            or (
                title_case_line(text, s0)
                and name.split()[0] not in COURT_WORDS
                and fold(name.split()[0]) not in view.gaz.places
            )
        ):
            s0 += len(name.split()[0]) + 1
            name = name.split(" ", 1)[1]
        if name.split()[0] in ("U.S.", "US") and len(name.split()) == 2:
            continue  # "US Court": no court's name
        if len(name.split()) < 2 or (
            name.split()[0] in ("Court", "Circuit") and not re.search(r" (?:for|of) the ", name)
        ):
            continue  # "the court", "Court of Appeals" alone: no proper name
        cands.append(Mention(s0, s0 + len(name), name, "Organization", "def", weight=20))
    return cands


def organizations_by_apposition(view: ArticleView) -> list[Mention]:
    """ "X, the parent company of Y", "X, a startup", a list's "X: The startup ...": the
    apposition says what X is."""
    text, gaz = view.text, view.gaz
    cands: list[Mention] = []
    labels = [
        m
        for m in ORG_LABEL_LINE.finditer(text)
        # "Update: The company said ...", "Editor's Note: ...": a label, no name
        if not all(w.lower().rstrip("'’s") in view.english for w in m.group("name").split())
    ]
    for m in (*ORG_BY_APPOSITION.finditer(text), *labels):
        name = trim_name(m.group("name"))
        if m.groupdict().get("owner") and re.search(r" (?:of|for|and|&) ", name):
            continue  # "Jane Roe of Acme, Germany's largest bank": Acme is the bank
        if org_name_ok(name, gaz, set()):
            s0 = m.start("name") + m.group("name").index(name)
            cands.append(Mention(s0, s0 + len(name), name, "Organization", "def", weight=20))
    return cands


def organizations_in_lists(view: ArticleView, person_like: set[str]) -> list[Mention]:
    """Organisations in a list: "X, Y and other publishers", "labs such as X and Y",
    "two publishers, X and Y, joined".  ``person_like``: names the NER reads as people."""
    text, gaz = view.text, view.gaz
    cands: list[Mention] = []
    for rx in (ORG_LIST_BEFORE, ORG_LIST_AFTER, ORG_LIST_APPOS):
        for m in rx.finditer(text):
            for part in re.finditer(r"(?:(?!,| and | or ).)+", m.group("list")):
                raw = re.sub(r"^\s*(?:and|or)\s+", "", part.group(0)).strip()
                name = trim_name(raw)
                stated = rx is ORG_LIST_APPOS  # "two publishers, X and Y,": whatever the NER says
                if not name or not org_name_ok(name, gaz, set() if stated else person_like):
                    continue
                s0 = m.start("list") + part.start() + part.group(0).index(raw) + raw.index(name)
                weight = 10 if stated else 5
                cands.append(
                    Mention(s0, s0 + len(name), name, "Organization", "def", weight=weight)
                )
    return cands


def organizations_where_role_held(view: ArticleView, lasts: set[str]) -> list[Mention]:
    """Where a role is held: "director of the Tech Justice Law Project", "a
    researcher at Kestrel Labs", "CEO of Acme".  ``lasts``: known people's last names."""
    doc, text, gaz = view.doc, view.text, view.gaz
    cands: list[Mention] = []
    for m in ORG_OF_ROLE.finditer(text):
        name = re.sub(r"\s+", " ", m.group("name"))
        name = re.split(r"(?<=\w)['’]s? ", name)[0]  # "Acme University's lab": Acme University
        name = trim_name(re.sub(r" (?:and|of|for|on|&)$", "", name))
        first, _, second = name.partition(" and ")
        if second and (
            gaz.lookup(first) is not None
            or second.split()[0] in gaz.by_form
            or (ORG_BY_SUFFIX.fullmatch(first) and ORG_BY_SUFFIX.fullmatch(second))
        ):
            # "researchers at Google DeepMind and Google Research", "at Lumio University
            # and Halvern AI": two places, not one
            name = first
        s0 = m.start("name")
        if (
            len(name) < 2
            or name.isupper()  # an acronym: defined or known elsewhere
            or re.match(r" (?:at|for|in|with)\b", text[s0 + len(name) : s0 + len(name) + 6])
            or all(w in DEPARTMENT_WORDS for w in name.split())
            or not org_name_ok(name, gaz, set())
            or gaz.lookup(name) is not None
            or name in lasts
            or title_case_line(text, s0)
            or any(
                e.label_ in ("GPE", "LOC", "NORP", "DATE", "PERSON")
                and e.start_char <= s0 < e.end_char
                and e.end_char - e.start_char >= len(name)
                # the tagger calls an unknown one-word name a place or a person; the
                # place list and the article's people know better
                and (e.label_ not in ("GPE", "PERSON") or " " in e.text or _named_so(e.text, gaz))
                for e in doc.ents
            )
        ):
            continue
        cands.append(Mention(s0, s0 + len(name), name, "Organization", "def", weight=5))
    return cands


def _named_so(word: str, gaz: Gazetteer) -> bool:
    """Whether a one-word name is a place or a given name that the gazetteer knows."""
    return fold(word) in gaz.places or word in gaz.given_names


def funding_investors(view: ArticleView) -> list[Mention]:
    """Investors in a funding round: "a Series B led by Iconiq, with participation from
    Acme Capital and Globex", "the round, co-led by Fidelity and Initech"."""
    text, gaz = view.text, view.gaz
    cands: list[Mention] = []
    for m in ORG_FUNDING.finditer(text):
        grp = "list" if m.group("list") else "list2"
        for part in re.finditer(r"(?:(?!,| and ).)+", m.group(grp)):
            raw = re.sub(r"^\s*and\s+", "", part.group(0)).strip()
            name = trim_name(raw)
            if not name or not org_name_ok(name, gaz, set()):
                continue
            s0 = m.start(grp) + part.start() + part.group(0).index(raw) + raw.index(name)
            cands.append(Mention(s0, s0 + len(name), name, "Organization", "def", weight=5))
    return cands


# a backer or maker named in a compound modifier: "Quorvane-backed Veltrix", "a
# Kestrel-funded lab", "Quorvane-made chips"
BACKER = re.compile(
    r"(?<![\w-])(?P<name>[A-Z][\w&.]*(?: [A-Z][\w&.]*){0,2})-(?:backed|funded|owned|financed|"
    r"sponsored|affiliated|controlled|led|run|operated|made|built|developed|designed|created|"
    r"founded|linked|supported|commissioned|acquired|licensed|hosted|partnered|branded|"
    r"produced|manufactured|engineered|published|issued)\b"
)


# the other side of a business tie: "invested in Quillo", "partnered with Quillo", "a
# stake in Quillo", "a unit of Quillo"
COUNTERPART = re.compile(
    r"\b(?:invest(?:ed|s|ing)?"
    r"(?: (?:about |nearly |more than )?\$[\d.,]+(?: (?:million|billion))?)? in|"
    r"(?:partner(?:ed|s|ing)?|team(?:ed|s|ing)? up|"
    r"collaborat(?:ed|es|ing)|merg(?:ed|es|ing)|"
    r"(?:deal|agreement|partnership|contract|collaboration|merger|tie-up|talks|"
    r"negotiations)) with|compet(?:e|es|ed|ing) with|licen[cs](?:ed|es|ing) (?:\w+ )?from|"
    r"stake in|acquisition of|spun (?:out of|off from)|"
    r"(?:a|the) (?:unit|subsidiary|division) of) (?:the )?"
    rf"(?P<name>{CAP_WORD}(?: {CAP_WORD}){{0,2}})(?![\w&'\u2019-])"
)


def business_counterparts(view: ArticleView, surnames: set[str]) -> list[Mention]:
    """The other side of a business tie ("invested in Quillo", "a partnership with
    Quillo", "a unit of Quillo"): an organisation, whatever the NER guessed, unless a
    place, a known name of another kind, or a person's given name or ``surnames``."""
    text, gaz = view.text, view.gaz
    cands: list[Mention] = []
    for m in COUNTERPART.finditer(text):
        if title_case_line(text, m.start("name")):
            continue
        # "competes with Zentrix, Brontal and Velmora": each name of the list
        spans = [(m.start("name"), m.group("name"))]
        more = _COUNTERPART_MORE.match(text, m.end("name"))
        while more is not None:
            spans.append((more.start("name"), more.group("name")))
            more = _COUNTERPART_MORE.match(text, more.end("name"))
        for s0, raw in spans:
            name = trim_name(raw.rstrip("."))
            if not name or name in gaz.given_names or name.split()[0] in gaz.given_names:
                continue
            if gaz.lookup(name) is not None or not org_name_ok(name, gaz, surnames):
                continue
            cands.append(Mention(s0, s0 + len(name), name, "Organization", "def", weight=5))
    return cands


_COUNTERPART_MORE = re.compile(
    rf"(?:,| and|, and) (?P<name>{CAP_WORD}(?: {CAP_WORD}){{0,2}})(?![\w&'\u2019-])"
)


def backers(view: ArticleView, person_like: set[str], surnames: set[str]) -> list[Mention]:
    """An unknown name that backs, funds or owns something ("Quorvane-backed Veltrix"):
    an organisation, unless it looks like a person's name: the surname of a person the
    article names ("Musk-owned"), or a name of several words the NER took for a
    person's (one unknown word it calls a person is, before "-backed", a company's)."""
    text, gaz = view.text, view.gaz
    cands: list[Mention] = []
    for m in BACKER.finditer(text):
        name = re.split(r"[.!?]\s+", m.group("name"))[-1]  # "... in Oslo. The Acme-backed"
        while " " in name and fold(name.split()[0]) in gaz.stopwords:
            name = name.split(" ", 1)[1]  # "A Quorvane-funded study", "In Quorvane-run labs"
        start = m.end("name") - len(name)
        persons = surnames | {p for p in person_like if " " in p}
        if gaz.lookup(name) is not None or name in persons or name in gaz.given_names:
            continue  # a known name keeps its type; a person's name stays a person's
        if org_name_ok(name, gaz, persons):
            cands.append(Mention(start, m.end("name"), name, "Organization", "def", weight=5))
    return cands


def camel_case_organizations(view: ArticleView) -> list[Mention]:
    """Unknown names glued to an AI suffix: "BerriAI", "HonestAGI", "NovaLabs"."""
    text, gaz, known = view.text, view.gaz, view.known
    cands: list[Mention] = []
    for m in ORG_CAMEL.finditer(text):
        if m.group(0) not in known and fold(m.group(0)) not in gaz.non_entities:
            cands.append(Mention(m.start(), m.end(), m.group(0), "Organization", "def"))
    return cands


def organizations_of_the_press(
    view: ArticleView, person_like: set[str], lasts: set[str]
) -> list[Mention]:
    """The press: "did not respond to Acme Daily's request for comment", "Reached by
    Acme", "told Acme", "Acme first reported".  ``person_like``: names the NER reads as
    people; ``lasts``: known people's last names."""
    doc, text, gaz = view.doc, view.text, view.gaz
    cands: list[Mention] = []
    person_spans = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PERSON"]
    for i, rx in enumerate(ORG_BY_PRESS):
        for m in rx.finditer(text):
            name = trim_name(m.group("name"))
            s0 = m.start("name")
            # "told Quillfeather that": a lone word that no person of the article is
            # called by names the press even where the NER saw no name (after "told",
            # "interview with" and the like; not "X reported": "Police reported no
            # arrests", "Wolf reported from ...")
            lone = i == 2 and " " not in name and _no_persons_name(name, s0, view, lasts)
            if (
                len(name) < 2
                or not org_name_ok(name, gaz, person_like if i else set())
                or name in lasts
                or (i > 0 and any(a < s0 + len(name) and s0 < b for a, b in person_spans))
            ):
                continue
            if i >= 2 and not lone and (" " in name or not view.ner_covers(s0, s0 + len(name))):
                continue  # "told Jane Roe": after a verb, only what the NER saw as a name
            # asking for comment, reaching, being told or interviewing is what the press
            # does; "according to X" and "X reported" fit any organisation
            press = i < 2 or (i == 2 and not m.group(0).lower().startswith("according"))
            cands.append(
                Mention(
                    s0,
                    s0 + len(name),
                    name,
                    "Organization",
                    "def",
                    weight=3,
                    kind="publication" if press else "",
                )
            )
    return cands


def _no_persons_name(word: str, at: int, view: ArticleView, lasts: set[str]) -> bool:
    """Whether ``word`` at ``at`` stands alone as a name ("told Quillfeather that", not
    "according to FEC filings") and is no given name, word of the dictionary or
    surname of the article's people."""
    tok = view.doc.char_span(at, at + len(word))
    return (
        tok is not None
        and tok.root.dep_ != "compound"
        and word not in TITLE_WORDS  # "told the President"
        and fold(word) not in view.gaz.stopwords
        and word not in view.gaz.given_names
        and word not in lasts
        and not _inflected(word.lower(), view.english)
        and not any(
            word in e.text.split() for e in view.doc.ents if e.label_ == "PERSON" and " " in e.text
        )
    )


def employers_of_people(view: ArticleView) -> list[Mention]:
    """ "Jane Roe of Acme Partners said": the place a named person works at, unless a place."""
    doc, text, gaz = view.doc, view.text, view.gaz
    cands: list[Mention] = []
    for e in doc.ents:
        if e.label_ != "PERSON":
            continue
        m = ORG_OF_PERSON.match(text, e.end_char)
        if m is None:
            continue
        name, s0 = m.group("name"), m.start("name")
        if (
            not org_name_ok(name, gaz, set())
            or any(
                e2.label_ in ("GPE", "LOC", "NORP", "DATE")
                and e2.start_char <= s0 < e2.end_char
                and (e2.label_ != "GPE" or fold(e2.text) in gaz.places or " " in name)
                for e2 in doc.ents
            )
            or title_case_line(text, s0)
        ):
            continue
        cands.append(Mention(s0, s0 + len(name), name, "Organization", "def", weight=5))
    return cands


# "Corran's Priya Nair said": a name owning the person named right after it
_OWNER_OF_PERSON = re.compile(r"(?P<name>[A-Z][\w&-]*(?: [A-Z][\w&-]*){0,2})['\u2019]s $")


def employers_owning_people(view: ArticleView, person_like: set[str]) -> list[Mention]:
    """ "Corran's Priya Nair said": the name a person is given as belonging to is the
    organisation they work for, unless it is a place ("Ohio's John Kasich"), a person
    ("Trump's Steve Bannon") or a word that opens the sentence."""
    doc, text, gaz = view.doc, view.text, view.gaz
    cands: list[Mention] = []
    for e in doc.ents:
        if e.label_ != "PERSON" or len(e) < 2:
            continue
        m = _OWNER_OF_PERSON.search(text, max(0, e.start_char - 40), e.start_char)
        if m is None or m.end() != e.start_char:
            continue
        name, s0 = m.group("name"), m.start("name")
        if (
            not org_name_ok(name, gaz, person_like)
            or name in gaz.given_names
            or any(
                e2.label_ in ("PERSON", "NORP", "LOC", "DATE")
                or (e2.label_ == "GPE" and " " in e2.text)
                for e2 in doc.ents
                if e2.start_char <= s0 < e2.end_char
            )
            or _dictionary_plural_opening(doc, s0, view)
            or title_case_line(text, s0)
            # "the 5th District's Kyle Hupfer": a word of the dictionary, not a name
            or (
                " " not in name and (name.lower() in view.english or _inflected(name, view.english))
            )
        ):
            continue
        cands.append(Mention(s0, s0 + len(name), name, "Organization", "def", weight=5))
    return cands


def organizations_people_found_or_run(view: ArticleView, surnames: set[str]) -> list[Mention]:
    """An unknown proper name that a person founds, runs, heads, joins or leaves
    ("Lena Ortiz, who runs Quorvane", "she founded Quorvane in 2019"): an organisation,
    unless a place, a known name or a person's (``surnames``: of the article's people)."""
    doc, gaz, known = view.doc, view.gaz, view.known
    cands: list[Mention] = []
    for tok in doc:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in PERSON_TO_ORG_VERBS:
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is None or not (
            subj.ent_type_ == "PERSON" or subj.lower_ in ("who", "he", "she", "i")
        ):
            continue
        obj = next((c for c in tok.children if c.dep_ == "dobj" and c.pos_ == "PROPN"), None)
        if obj is None or any(c.dep_ in ("poss", "det") for c in obj.children):
            continue
        first = obj
        while (
            first.i > 0 and doc[first.i - 1].dep_ == "compound" and doc[first.i - 1].pos_ == "PROPN"
        ):
            first = doc[first.i - 1]
        span = doc[first.i : obj.i + 1]
        name = span.text
        if name in known or fold(name) in gaz.places | gaz.non_entities or span[0].is_sent_start:
            continue
        if span.root.ent_type_ in ("GPE", "LOC", "NORP", "DATE") and (
            span.root.ent_type_ != "GPE" or fold(name) in gaz.places
        ):
            continue  # "left France": a place
        if gaz.lookup(name) is not None or name in gaz.given_names:
            continue  # "joined Biden": a known name keeps its type
        if looks_like_person(name, gaz) or any(w in surnames for w in name.split()):
            continue  # "joined Jane Roe", "joined Roe": a person
        cands.append(Mention(span.start_char, span.end_char, name, "Organization", "def", weight=5))
    return cands


# "Pixelmoor, founded by Dana Osei", "Quorvane, which was co-founded in 2019 by ...": a
# name founded by somebody is an organisation's
_FOUNDED_BY = re.compile(
    r"(?<![\w'\u2019-])(?P<name>[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,2}), (?:which |that )?"
    r"(?:was |is )?(?:co-?founded|founded|started|set up) (?:in \d{4} )?by [A-Z]"
)


def organizations_founded_by(view: ArticleView, person_like: set[str]) -> list[Mention]:
    """An unknown name followed by "founded by" somebody ("Pixelmoor, founded by Dana
    Osei"), also inside a list where the statistical NER misses it."""
    text, gaz = view.text, view.gaz
    cands: list[Mention] = []
    for m in _FOUNDED_BY.finditer(text):
        name = m.group("name")
        if name.split()[0] in COURT_SKIP_FIRST or gaz.lookup(name) is not None:
            continue
        if not org_name_ok(name, gaz, person_like):
            continue
        cands.append(
            Mention(m.start(), m.start() + len(name), name, "Organization", "def", weight=5)
        )
    return cands


# "a study from Veridian", "a report by the Corvane Institute", "data from Tracxon"
_AUTHOR_OF_STUDY = re.compile(
    r"\b(?i:study|studies|report|survey|analysis|paper|poll|audit|investigation|research|"
    r"data|estimates?|figures|review) (?:from|by|conducted by|published by|released by) "
    r"(?:the )?(?P<name>[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3})"
)


# "a Veridian investigation found", "an Orbis survey of 2,000 adults", "the Veridian
# report": the name before the study's noun (not "a Veridian-commissioned study", the
# backer's: another rule's)
_STUDY_BY_NAME = re.compile(
    r"\b(?:[Aa]n?|[Tt]he) (?P<name>[A-Z][\w&]*(?:-[A-Z0-9][\w&]*)*(?: [A-Z][\w&]*){0,2}) "
    r"(?:study|report|survey|analysis|poll|audit|investigation|review)\b"
)


def authors_of_studies(view: ArticleView, person_like: set[str]) -> list[Mention]:
    """An unknown name a study, report, survey or data set comes from ("a study from
    Veridian found ...", "a Veridian investigation found ..."): an organisation, unless
    it looks like a person's name or names a place (or, before the noun, is a word of
    the dictionary: "a Monday report", "a Democratic analysis")."""
    text, gaz = view.text, view.gaz
    cands: list[Mention] = []
    before_noun = [
        m
        for m in _STUDY_BY_NAME.finditer(text)
        if not all(w.lower() in view.english for w in m.group("name").split())
    ]
    for m in [*_AUTHOR_OF_STUDY.finditer(text), *before_noun]:
        name = strip_possessive(re.split(r"[.!?]\s", m.group("name"))[0].rstrip(".,;:"))
        if gaz.lookup(name) is not None or gaz.lookup(name.removeprefix("The ")) is not None:
            continue  # "a report from The Markup": a known outlet, left to the outlets
        bare = name.removeprefix("The ")  # no person's name opens with "The"
        if not org_name_ok(bare, gaz, person_like - {bare} if bare != name else person_like):
            continue
        s0 = m.start("name")
        cands.append(Mention(s0, s0 + len(name), name, "Organization", "def", weight=5))
    return cands


def organizations_named_like_people(kept: list[Mention], gaz: Gazetteer) -> None:
    """Retype, in place, a two- or three-word "person" whose first word is an
    organisation the article names alone ("Aldermoor Health" beside "Aldermoor said"):
    that organisation's full name, not a person (unless the word is a given name)."""
    orgs = {m.text for m in kept if m.type == "Organization" and " " not in m.text}
    for m in kept:
        words = m.text.split()
        if (
            m.type == "Person"
            and m.entry is None
            and 2 <= len(words) <= 3
            and words[0] in orgs
            and words[0] not in gaz.given_names
        ):
            m.type, m.source, m.weight = "Organization", "def", 5


def x_platform(view: ArticleView) -> list[Mention]:
    """The platform X: "wrote in a post on X", "via X"."""
    text = view.text
    cands: list[Mention] = []
    for m in X_PLATFORM.finditer(text):
        cands.append(Mention(m.end() - 1, m.end(), "X", "Organization", "def"))
    return cands


# a possessive or article right before a name: "its Lumora model", "Acme's Lumora model"
_OWNED_BEFORE = re.compile(r"(?:\b(?:[Ii]ts|[Tt]heir|[Tt]he|[Hh]is|[Hh]er|[Oo]ur)|['\u2019]s) $")


def _opens_sentence(tok: Token) -> bool:
    """Whether ``tok`` opens its sentence, or a quotation that opens it."""
    if tok.is_sent_start:
        return True
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    return before is not None and before.is_quote and before.is_sent_start


# what a company makes, by which a possessive names its maker ("Quorvane's new chip")
_PRODUCTS = frozenset({"model", "models", "chatbot", "chip", "chips"})


def organizations_by_context(view: ArticleView) -> list[Mention]:
    """A capitalised name in an organisation's context ("Anthropic's CEO", "Acme
    researchers"), whatever the NER thought it was (it often says GPE or NORP here)."""
    doc, text, gaz, known = view.doc, view.text, view.gaz, view.known
    cands: list[Mention] = []
    for m in ORG_CONTEXT.finditer(text):
        name = m.group("name")
        if name in known or fold(name) in gaz.non_entities or name in NOT_ORG_WORDS:
            continue
        if fold(name) in gaz.stopwords:
            continue  # "We train our models": a pronoun, not a name
        span = doc.char_span(m.start("name"), m.end("name"), alignment_mode="expand")
        if span is None or (_opens_sentence(span[0]) and not view.name_word(span[0])):
            continue  # ("Open models are ...", also after an opening quotation mark)
        if span[0].tag_ in ("VBZ", "VBD", "VBP"):
            continue  # a headline's verb: "Board Defends CEO Jane Roe"
        if len(span) == 1 and span[0].like_num:
            continue  # "Thirteen former employees": a count opening the sentence
        before = doc[span[0].i - 1] if span[0].i > 0 else None
        if (
            before is not None
            and before.text[:1].isupper()
            and before.dep_ in ("compound", "amod")
            and before.ent_type_ != "NORP"
        ):
            continue  # the end of a longer name ("Not Boring Software CEO"), not "Chinese"
        if (
            any(
                e.label_ == "GPE"
                and e.start_char <= m.start("name") < e.end_char
                and fold(e.text) in gaz.places
                for e in doc.ents
            )
            and m.group("role").lower() not in _PRODUCTS
        ):
            continue  # "China's spokesperson": a country (one a place list knows)
        # "Quorvane's own language model": who owns a model is, in AI news, a company
        # (the tagger often takes an unknown one for a person)
        owner = "'" in m.group(0) or "\u2019" in m.group(0)
        product = m.group("role") in _PRODUCTS
        if product and not owner and fold(name) in gaz.places:
            continue  # "American models", "Chinese chatbots": whose country, not whose make
        at = m.start("name")
        if product and not owner and _OWNED_BEFORE.search(text, max(0, at - 12), at):
            continue  # "its Lumora large language model": the model's own name
        weight = 5 if owner and product else 0
        cands.append(
            Mention(m.start("name"), m.end("name"), name, "Organization", "def", weight=weight)
        )
    cands += _names_taking_which(view)
    return cands


def _names_taking_which(view: ArticleView) -> list[Mention]:
    """A one-word name that "which" refers back to ("Lumio, which runs an app store"):
    no person (a person takes "who"), so, where the NER saw one, an organisation."""
    cands: list[Mention] = []
    for clause in tokens_with_dep(view.doc, "relcl"):
        name = clause.head
        if not any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "which" for c in clause.children
        ):
            continue
        if name.pos_ != "PROPN" or name.ent_type_ != "PERSON" or name.i + 1 >= len(view.doc):
            continue
        if view.doc[name.i + 1].text != "," or any(
            c.dep_ in ("compound", "poss", "amod") for c in name.children
        ):
            continue  # "the Speaker's Lobby, which": a word of a longer name
        if name.dep_ == "pobj" and name.head.lower_ == "of":
            continue  # "Robert's Rules of Order, which": the end of a title
        cands.append(Mention(name.idx, name.idx + len(name.text), name.text, "Organization", "def"))
    return cands


# what a speaker says of itself with "it" as the subject of an act ("Kestrel said it had
# investigated the claims", "Kestrel said it would appeal"); not "said it was unfair"
_SELF_SAYING = frozenset({"say", "announce", "insist", "maintain", "confirm", "add", "state"})


def organizations_speaking_of_themselves(view: ArticleView) -> list[Mention]:
    """A proper name that says "it" did or will do something, or speaks of "its" thing
    as its clause's subject ("Kestrel said it would appeal", "Halvern Mobility said its
    vehicle had been operating as designed"): a speaker that calls itself "it" is an
    organisation, whatever the NER guessed (a person says "he" or "she"; "it was
    unfair", a copula or a passive, says nothing of the speaker). Not a name with a
    given name or a title, nor a surname the article gives a full name for, nor one a
    "he" or "she" goes with: people say "it" of their companies and bills ("Jane Roe
    said it would pass", "Priebus said it would help", "Nicklaus said it's one of his
    favorite pictures")."""
    cands: list[Mention] = []
    for tok in tokens_with_dep(view.doc, "nsubj"):
        if (
            tok.pos_ != "PROPN"
            or tok.head.lemma_.lower() not in _SELF_SAYING
            or tok.ent_type_ not in ("PERSON", "ORG", "")
        ):
            continue
        words = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if any(c.dep_ in ("compound", "flat") for c in tok.rights) or (
            words and words[0].i + len(words) != tok.i
        ):
            continue  # (only a name whose words all stand before its last)
        start = words[0].idx if words else tok.idx
        name = view.text[start : tok.idx + len(tok.text)]
        folded = fold(name)
        if name in view.known or folded in view.gaz.non_entities or folded in view.gaz.stopwords:
            continue
        if ORG_KIND_WORD.fullmatch(name.lower()):
            continue  # "Startup says its robot folds laundry": a kind, no one's name
        words_of_name = name.split()
        if (
            any(w in view.gaz.given_names or w in HONORIFICS for w in words_of_name)
            or (view.text[max(0, start - 20) : start].split() or [""])[-1] in HONORIFICS
            or _named_in_full(view.doc, words_of_name)
            or _person_pronoun_near(tok)
            or _organisation_nearby(tok, start)
        ):
            continue  # "Danielle Ortiz said it would hire": "it" is her company
        if any(_calls_itself_it(clause) for clause in tok.head.children):
            # (outweighs a rule that reads any name that speaks as a person's)
            cands.append(Mention(start, start + len(name), name, "Organization", "def", weight=5))
    return cands


def _named_in_full(doc: Doc, words_of_name: list[str]) -> bool:
    """Whether a one-word name is the last word of a person's name the NER found in
    full somewhere in the article ("Jack Nicklaus" ... "Nicklaus said")."""
    return len(words_of_name) == 1 and any(
        e.label_ == "PERSON" and len(e) > 1 and e[-1].text == words_of_name[0] for e in doc.ents
    )


def _person_pronoun_near(tok: Token) -> bool:
    """Whether "he", "she" or their forms stand in the sentence of ``tok`` or the next,
    not after another name after ``tok`` ("Velmora said it was grateful for Adams's work
    but disagreed with her account": hers; the NER often misses the person)."""
    doc, sent = tok.doc, tok.sent
    end = doc[sent.end].sent.end if sent.end < len(doc) else sent.end
    names = [
        t.i
        for t in doc[tok.i + 1 : end]
        if t.pos_ == "PROPN" and t.ent_type_ not in ("GPE", "LOC", "NORP", "DATE")
    ]
    return any(
        t.lower_ in ("he", "she", "his", "her", "him", "hers") and not any(n < t.i for n in names)
        for t in doc[sent.start : end]
    )


def _organisation_nearby(tok: Token, start: int) -> bool:
    """Whether the sentence of name ``tok`` (from ``start``), or the one before it in its
    paragraph, names or describes another organisation that "it" may stand for: one
    before the "it" ("Velmora said it was grateful for Adams's work": not Adams)."""
    sent = tok.sent
    first = sent.start
    if sent.start > 0 and "\n\n" not in tok.doc[sent.start - 1].sent.text:
        first = tok.doc[sent.start - 1].sent.start
    it = next((t.i for t in tok.doc[tok.i + 1 : sent.end] if t.lower_ in ("it", "its")), sent.end)
    return any(
        (t.ent_type_ == "ORG" or t.lemma_.lower() in ("company", "firm", "startup"))
        and not start <= t.idx <= tok.idx
        for t in tok.doc[first:it]
    )


def _calls_itself_it(clause: Token) -> bool:
    """Whether a reported clause has "it" as the subject of an act ("it would appeal"),
    or "its" thing as its subject ("its vehicle had been operating"); a copula counts
    through a verb joined to it ("it was grateful ... but disagreed with ...")."""
    if (
        clause.dep_ != "ccomp"
        or clause.i < clause.head.i  # (a quotation before "X said": anyone's "it")
        or clause.lower_ in ("'s", "\u2019s")
    ):
        return False
    joined = [
        c
        for c in clause.children
        if c.dep_ == "conj" and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
    ]
    if not any(v.pos_ == "VERB" and v.lemma_ != "be" for v in (clause, *joined)):
        return False
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    if subj.lower_ == "it":
        return subj.dep_ == "nsubj"
    return any(c.dep_ == "poss" and c.lower_ == "its" for c in subj.children)


MODEL_OWNER = re.compile(
    r"(?<![\w-])([A-Z][\w-]*)['\u2019]s (?:new |latest |flagship )?"
    r"(?:(?:AI |language |reasoning |open-weight )?(?:model|chatbot|assistant|agent)(?:,? )|"
    r"AI,? )?$"
)
# "Kestrel launches voice assistant Maya", "Acme released its new model Zephyr-7B": who
# launches a product is its maker
MODEL_LAUNCHER = re.compile(
    rf"(?<![\w-])(?!{DATE_WORD})([A-Z][\w-]*) (?:launches|launched|releases|released|"
    r"unveils|unveiled|debuts|debuted|rolls out|rolled out|open-sourced|open-sources)"
    r"(?: its| their| a| an| the)?(?: new| latest)?(?: [a-zA-Z-]+){0,3},? $"
)
# "the Lumen-3 model from Kestrel", "Zephyr-7B by Acme", "Harlow, the image generator
# made by Acme": the maker after the model
MODEL_MAKER_AFTER = re.compile(
    r"(?: (?:model|models|chatbot|LLM|assistant)|, (?:the|an?) (?:[\w-]+ ){0,2}?"
    r"(?:model|chatbot|assistant|generator|app|agent|tool))?,? "
    r"(?:from|by|developed by|built by|made by|created by) "
    r"([A-Z][\w-]*)(?![\w-]| [A-Z])"
)


def developers_of_models(view: ArticleView, cands: list[Mention]) -> list[Mention]:
    """An unknown name that owns or makes a model ("Kestrel's Lumen-3 Turbo", "Acme's
    new Zephyr-7B model", "the Lumen-3 model from Kestrel"): its developer, an
    organisation."""
    doc, text, gaz, known = view.doc, view.text, view.gaz, view.known
    found: list[Mention] = []
    for c in cands:
        if c.type != "Model":
            continue
        m = (
            MODEL_OWNER.search(text, max(0, c.start - 40), c.start)
            or MODEL_LAUNCHER.search(text, max(0, c.start - 60), c.start)
            or MODEL_MAKER_AFTER.match(text, c.end)
        )
        if m is None:
            continue
        name = m.group(1)
        if name in known or fold(name) in gaz.non_entities or name in NOT_ORG_WORDS:
            continue
        span = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        if span is None or not view.name_word(span[0]) or fold(name) in gaz.places:
            continue  # "France's model": a country (known people, "Musk's Grok", are known)
        if span[0].ent_type_ == "NORP":
            continue  # "a French model"
        found.append(Mention(m.start(1), m.end(1), name, "Organization", "def", weight=5))
    return found


LOWER_CAMEL = re.compile(r"[a-z]{1,3}[A-Z][A-Za-z0-9]*")


def camel_case_speakers(view: ArticleView) -> list[Mention]:
    """A camel-case name that speaks ("DoNotPay said"): people's names are not written
    so (McKinsey-style prefixes aside), companies' often are.  Unlike
    :func:`camel_case_organizations`, which needs an AI suffix ("BerriAI") and no
    context, this takes any camel-case subject of a reporting verb."""
    doc, gaz, known = view.doc, view.gaz, view.known
    cands: list[Mention] = []
    for tok in tokens_with_dep(doc, "nsubj"):
        if (
            tok.head.lemma_.lower() in gaz.cues
            and (
                (tok.pos_ == "PROPN" and CAMEL_CASE.fullmatch(tok.text))
                # "zAI said", "iFlytek said": a brand written with a small first letter
                or (tok.pos_ in ("PROPN", "NOUN") and LOWER_CAMEL.fullmatch(tok.text))
            )
            and tok.text not in known
            and fold(tok.text) not in gaz.non_entities
        ):
            cands.append(
                Mention(tok.idx, tok.idx + len(tok.text), tok.text, "Organization", "def", weight=5)
            )
    return cands


def _beside_another_name(tok: Token) -> bool:
    """Whether a capitalised proper noun (no date) stands just before or after ``tok``
    with one space between: ``tok`` is one word of a longer name."""
    doc = tok.doc
    near = []
    if tok.i > 0 and doc[tok.i - 1].whitespace_ == " ":
        near.append(doc[tok.i - 1])
    if tok.i + 1 < len(doc) and tok.whitespace_ == " ":
        near.append(doc[tok.i + 1])
    return any(n.pos_ == "PROPN" and n.text[:1].isupper() and n.ent_type_ != "DATE" for n in near)


def _inflected(word: str, english: frozenset[str]) -> bool:
    """Whether ``word`` is a dictionary word with a plural or verbal ending ("Polling",
    "Screens", "Politicos")."""
    w = word.lower()
    stems = (w[:-1], w[:-2]) if w.endswith("s") else ()
    if w.endswith(("ing", "ed")):
        cut = 3 if w.endswith("ing") else 2
        stems = (w[:-cut], w[:-cut] + "e")
    return any(len(s) > 2 and s in english for s in stems)


def _opposed(thing: Token, opp: OppositionLexicon) -> bool:
    """Whether ``thing`` is what an opposition verb is aimed at: its object ("mocked
    the chart") or the object of its target preposition ("poked fun at the chart")."""
    verb = thing.head
    if thing.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    elif thing.dep_ != "dobj":
        return False
    if verb.pos_ != "VERB":
        return False
    kind, preps, _ = opposition_verb_cue(verb, opposition_lemma(verb, opp), opp)
    return kind is not None and (thing.dep_ == "dobj" or thing.head.lower_ in preps)


def _party_role(tok: Token, cues: dict[str, tuple[str, int]]) -> bool:
    """Whether ``tok`` stands where a party stands: the subject of a reporting or
    opposing verb ("Quorvane said", "Quorvane clashed with"), the object of an
    opposing or business verb ("sued Quorvane", "fined Quorvane", "acquired Quorvane"),
    the owner of a claim, a result or a company's part ("Quorvane's claims",
    "Quorvane's chief executive", "shares of Quorvane", "a Quorvane engineer"), or the
    party an opposition is aimed at or shared with ("a critic of Quorvane", "clashed
    with Quorvane", "a lawsuit against Quorvane")."""
    opp = opposition_lexicon()
    head = tok.head
    if tok.dep_ == "conj" and head.dep_ in ("dobj", "pobj") and head.head != head:
        # "sued Quorvane and Velmora", "a lawsuit against Quorvane and Velmora": the
        # second of two objects stands where the first does
        return _party_role(head, cues)
    lemma = opposition_lemma(head, opp)
    if any(
        t.lower_ == "its" and t.head.lower_ in COMPANY_PARTS
        for c in tok.children
        if c.dep_ == "conj"
        for t in c.subtree
    ):
        return True  # "Zentra and two of its founders", "Zentra and its chief executive"
    if tok.dep_ == "nsubj" and _owns_what_companies_own(tok):
        return True  # "Quorvane is facing questions about its new model"
    if tok.dep_ == "nsubjpass" and (lemma in DONE_TO_COMPANIES or lemma in opp.verbs):
        # "Zentra was founded in 2022", "Zentra is valued at $2 billion", "Zentra was
        # sued by Nimbus"
        return True
    if tok.dep_ in ("nsubj", "nsubjpass") and (
        incurred_opposition(head, opp) is not None
        or (
            head.lemma_ == "face"
            and any(c.dep_ == "dobj" and c.lemma_.lower() in opp.nouns for c in head.children)
        )
    ):
        # "Zentra faced criticism from Nimbus", "Zentra faces a lawsuit", "Zentra was hit
        # with a lawsuit"
        return True
    if (tok.dep_ == "nsubj" and head.pos_ == "VERB") or (
        # "Brontal and Quorvane sued ...": the second of two subjects
        tok.dep_ == "conj" and head.dep_ in ("nsubj", "nsubjpass") and head.head.pos_ == "VERB"
    ):
        verb = head if tok.dep_ == "nsubj" else head.head
        vl = opposition_lemma(verb, opp)
        if vl in cues or vl in opp.verbs or vl in opp.reciprocal or vl in COMPANY_DEEDS:
            return True
        if any(
            p.dep_ == "prep" and p.lower_ == "in" and opposing_noun(n, opp) is not None
            for p in verb.children
            for n in p.children
            if n.dep_ == "pobj"
        ):
            return True  # "Quorvane and Nimbus are locked in a legal battle"
        if verb.dep_ == "ccomp" and (vl in opp.misdeeds or without_leave(verb)):
            return True  # "X said Quorvane copied her books", "... used it without consent"
        if any(
            c.dep_ == "dobj"
            and (
                (vl in opp.publishing and c.lemma_.lower() in opp.documents)
                or opposing_noun(c, opp) is not None
            )
            for c in verb.children
        ):
            # "Quorvane published a report", "Quorvane sent a cease-and-desist letter":
            # the author of a document, the party behind an opposition
            return True
        if verb.dep_ == "relcl" and opposing_noun(verb.head, opp) is not None:
            return True  # "the lawsuit Quorvane filed in March"
        # "Quorvane took potshots at", "Quorvane poked fun at": a phrasal opposition
        kind, _, _ = opposition_verb_cue(verb, vl, opp)
        return kind is not None and vl not in opp.naming and vl not in opp.respond
    if tok.dep_ == "dobj" and head.pos_ == "VERB":
        if lemma == "pit" and any(c.lower_ == "against" for c in (*head.children, *tok.children)):
            return True  # "the case pits Quorvane against Nimbus"
        return lemma in opp.verbs or lemma in DONE_TO_COMPANIES
    if tok.dep_ in ("poss", "compound"):
        # "Quorvane's claims", "Quorvane's chief executive", "a Quorvane engineer" (not
        # "a QR code")
        if tok.dep_ == "compound" and any(c.dep_ == "poss" for c in head.children):
            return False  # "Politico's Rosslyn headquarters": the owner is the possessor
        part = head.lower_ in COMPANY_PARTS or lemma in COMPANY_PARTS
        return part or (tok.dep_ == "poss" and (lemma in opp.owned or _opposed(head, opp)))
    if tok.dep_ == "pobj" and head.lower_ == "from":
        # "a statement from Quorvane", "a spokesperson from Quorvane", "models from
        # Quorvane", "engineers from Quorvane"
        source = head.head.lemma_.lower()
        return (
            source in VOICED_BY
            or source in COMPANY_GOODS
            or head.head.lower_ in COMPANY_PARTS
            or source in COMPANY_PARTS
            # "faces a lawsuit from Quorvane", "drew criticism from Quorvane"
            or opposing_noun(head.head, opp) is not None
            or source in opp.incurred
            # "poached three researchers from Quorvane": "from" hung on the verb
            or (
                head.head.pos_ == "VERB"
                and any(c.dep_ == "dobj" and c.lower_ in COMPANY_PARTS for c in head.head.children)
            )
        )
    if (
        tok.dep_ == "pobj"
        and head.lower_ in ("of", "at", "in")
        and (head.head.lower_ in COMPANY_PARTS or head.head.lemma_.lower() in COMPANY_PARTS)
    ):
        return True  # "shares of Quorvane", "analysts at Quorvane", "investors in Quorvane"
    if (
        tok.dep_ == "pobj"
        and head.dep_ == "agent"
        and opposition_lemma(head.head, opp) in opp.verbs
    ):
        return True  # "which is being sued by Quorvane", "was criticised by Quorvane"
    if tok.dep_ == "pobj" and head.lower_ == "at" and _opposed(tok, opp):
        return True  # "hit back at Quorvane", "took aim at Quorvane"
    if tok.dep_ == "pobj" and head.lower_ in ("with", "against", "of"):
        owner = head.head
        ol = owner.lemma_.lower()
        if head.lower_ == "of":
            return ol in opp.critics
        if head.lower_ == "against":
            return True  # "the lawsuit the Guild brought against Quorvane"
        if ol in opp.reciprocal or ol in opp.verbs or ol in opp.nouns:
            return True
        if head.lower_ == "with" and owner.lower_ in opp.stance_heads:
            return True  # "at odds with Quorvane", "at loggerheads with Quorvane"
        # "settled its lawsuit with Quorvane": a phrasal opposition's other party
        return owner.pos_ == "VERB" and _opposed(tok, opp)
    # "a lawsuit filed by Quorvane", "chips made by Quorvane", "the decision by Quorvane"
    return (
        tok.dep_ == "pobj"
        and head.lower_ == "by"
        and (
            head.head.lemma_ in ("file", "bring", *MADE_BY_COMPANIES)
            or (head.head.pos_ == "NOUN" and head.head.lemma_.lower() in opp.owned)
            # "called the allegations by Quorvane baseless", "by" hung on the verb
            or (head.i > 0 and head.doc[head.i - 1].lemma_.lower() in opp.owned)
        )
    )


def _launches_goods(subj: Token) -> bool:
    """Whether ``subj`` is the subject of launching a company's goods ("Velmora released
    a model", "Quorvane launched its app")."""
    verb = subj.head
    return (
        subj.dep_ == "nsubj"
        and verb.lemma_.lower() in LAUNCHING_VERBS
        and any(c.dep_ == "dobj" and c.lemma_.lower() in COMPANY_GOODS for c in verb.children)
    )


def _owns_what_companies_own(subj: Token) -> bool:
    """Whether the clause of subject ``subj`` gives "its" something only organisations
    have ("Quorvane is facing questions about its new model", "Quorvane, for its part,
    said")."""
    clause = subj.head
    for t in clause.subtree:
        if t.i > subj.i and t.lower_ == "its" and t.dep_ == "poss":
            owned = t.head
            if owned.lower_ in COMPANY_POSSESSIONS:
                return True
            if owned.lower_ == "part" and owned.head.lower_ == "for":
                return True  # "Velmora, for its part, blamed Quorvane" (a person's is "his")
    return False


def unknown_parties(view: ArticleView, surnames: set[str]) -> list[Mention]:
    """A one-word proper name no list knows, standing where a party stands ("Nimbus
    sued Quorvane", "Quorvane clashed with Nimbus", "a critic of Quorvane") while the
    NER saw no name or a place there: an organisation (a person would have a full
    name in the article, so given names and the article's surnames are left alone)."""
    doc, gaz, known = view.doc, view.gaz, view.known
    cands: list[Mention] = []
    for tok in doc:
        if not tok.text[:1].isupper() or not view.name_word(tok):
            continue
        if any(
            n.pos_ == "PROPN" and n.dep_ in ("compound", "flat")
            for n in (*tok.children, tok.head)
            if n.i != tok.i
        ) or (tok.dep_ == "compound" and tok.head.pos_ == "PROPN"):
            continue  # a part of a longer name
        if _beside_another_name(tok):
            continue  # "Raheem Kassam" the parser split into two subjects: one name
        # (a lone word the NER calls a person is kept by no other rule, nor one it
        # calls an organisation that the tagger took for a common word: "Brontal is";
        # a product or a building is the small model's guess at "accused Velmora of")
        guessed = (
            "",
            "GPE",
            "PERSON",
            "WORK_OF_ART",
            "PRODUCT",
            "FAC",
            *(("ORG",) if tok.pos_ != "PROPN" else ()),
        )
        if tok.ent_type_ not in guessed or (
            tok.ent_type_ == "GPE" and fold(tok.text) in gaz.places
        ):
            continue
        word = tok.text
        if word in known or fold(word) in gaz.places | gaz.non_entities | gaz.stopwords:
            continue
        if re.search(r"\d", word):
            continue  # "Qwen-2.5": a model's numbered name
        if word in gaz.given_names or word in surnames or gaz.lookup(word) is not None:
            continue
        if word.lower() in view.english or (tok.is_sent_start and _inflected(word, view.english)):
            continue  # "The Information reported", "Polling shows": words, not new names
        rest = tok.doc[tok.i : tok.sent.end]
        person_before = (
            not title_case_line(view.text, tok.idx)
            and (
                any(e.label_ == "PERSON" and e.end <= tok.i for e in tok.sent.ents)
                # "A mayor has sued Velmora, claiming ... he had been jailed": the subject
                # before the name is the person the pronoun is
                or any(
                    t.dep_ == "nsubj" and t.lemma_.lower() in gaz.role_nouns
                    for t in tok.doc[tok.sent.start : tok.i]
                )
            )
        )
        if not person_before and any(t.lower_ in ("he", "she", "his", "her", "him") for t in rest):
            # "Reddy wrote in her tweet": a person named by surname alone (a pronoun
            # before the name is someone else: "a judge said she doubted Quorvane's case";
            # so is one after it when a person is named or described before it: "Jane
            # Roe alleges that Quorvane copied her novels")
            continue
        launches = _launches_goods(tok)
        if launches or _party_role(tok, gaz.cues):
            # (what only organisations own or launch outweighs the NER's reading of a
            # person: "Velmora, for its part, blamed ...", "Velmora released a model")
            owns = launches or (tok.dep_ == "nsubj" and _owns_what_companies_own(tok))
            cands.append(
                Mention(tok.idx, tok.idx + len(word), word, "Organization", "ner", weight=5 * owns)
            )
    return cands


def names_listed_with_their_kind(
    view: ArticleView, cands: list[Mention], surnames: set[str]
) -> list[Mention]:
    """Unknown names coordinated with organisations, or with models, that some list or
    context rule already found ("signed by Anthropic, Brontal and Quorvane", "GPT-4o,
    Claude and Lumora"): of that type too, whatever the NER guessed for them.  Names
    that look like people's (a given name, a surname of the article), places and
    dictionary words are left alone, and so is a list of mixed types."""
    doc, gaz = view.doc, view.gaz
    found: list[Mention] = []
    heads: set[int] = set()
    elsewhere = _rule_types(cands)
    for tok in tokens_with_dep(doc, "conj"):
        head = tok
        while head.dep_ == "conj":
            head = head.head
        if head.i in heads or head.pos_ != "PROPN":
            continue
        heads.add(head.i)
        members = [head, *(t for t in head.subtree if t.dep_ == "conj" and t.pos_ == "PROPN")]
        spans = [_name_span(t) for t in members]
        typed = [_typed_by_rule(span, cands, elsewhere) for span in spans]
        kinds = {t for t in typed if t is not None}
        if kinds not in ({"Organization"}, {"Model"}):
            continue
        etype = kinds.pop()
        for span, kind in zip(spans, typed, strict=True):
            name = span.text
            if (
                kind is not None
                or _inside_longer_name(span, cands, view.ner_spans)
                or _name_goes_on(span)
                or name.split()[0] in TITLE_WORDS
                or not name[:1].isupper()
                or name in view.known
                or name in gaz.given_names
                or name in gaz.variant_words  # "Gemini Ultra and Pro": an edition
                or name.split()[-1] in surnames
                or _inflected(name.lower(), view.english)
                or not org_name_ok(name, gaz, set())  # (a model's name passes it too)
            ):
                continue
            found.append(Mention(span.start_char, span.end_char, name, etype, "def", weight=5))
    return found


def _name_span(tok: Token) -> Span:
    """``tok`` with the words compounded before it ("Sequoia Capital", "21st Century
    Fox")."""
    start = tok.i
    while start > tok.sent.start and tok.doc[start - 1].head.i in range(start, tok.i + 1):
        if tok.doc[start - 1].dep_ not in ("compound", "flat", "nummod", "amod"):
            break
        start -= 1
    return tok.doc[start : tok.i + 1]


def _typed_by_rule(span: Span, cands: list[Mention], elsewhere: dict[str, str]) -> str | None:
    """The type a list or context rule gave a name inside ``span``, if any, or gave the
    same name elsewhere in the article (``elsewhere``: name -> type): "systems from
    Quorvane and Velmora" after "Quorvane's chief scientist"."""
    for c in cands:
        if c.source != "ner" and c.type and span.start_char <= c.start and c.end <= span.end_char:
            return c.type
    return elsewhere.get(span.text)


def _rule_types(cands: list[Mention]) -> dict[str, str]:
    """The type list and context rules gave each name, for names given only one."""
    types: dict[str, set[str]] = {}
    for c in cands:
        if c.source != "ner" and c.type:
            types.setdefault(c.text, set()).add(c.type)
    return {name: next(iter(ts)) for name, ts in types.items() if len(ts) == 1}


def _inside_longer_name(
    span: Span, cands: list[Mention], ner_spans: list[tuple[int, int, str]]
) -> bool:
    """Whether a candidate or an NER span reaching beyond ``span`` covers it: the
    parser's coordination inside one name ("Cushman & Wakefield", "the William and
    Flora Hewlett Foundation")."""
    a, b = span.start_char, span.end_char
    return any(
        start < b and a < end and (start < a or end > b)
        for start, end in (*((c.start, c.end) for c in cands), *((s, e) for s, e, _ in ner_spans))
    )


def _name_goes_on(span: Span) -> bool:
    """Whether the capitalised word after ``span`` continues its name ("UNITE HERE")."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].text[:1].isupper() and doc[span.end].is_alpha


# a name of several words that owns what only a company has: "Blue Heron's chief
# executive", "Blue Heron's shareholders"
_COMPANY_OWNER = re.compile(
    r"(?<![\w'\u2019-])(?P<name>[A-Z][\w&-]+(?: [A-Z][\w&-]+){1,2})['\u2019]s "
    r"(?:new |former |top |largest )?(?:chief executive|chief executives|CEO|board|"
    r"shareholders|investors|customers|employees|headquarters|valuation|revenue|stock|"
    r"shares)\b"
)


# goods only a maker owns (not "platform", "system" or "model", which parties and
# people have too)
_SHARED_GOODS = {
    "platform", "system", "systems", "model", "models", "feature", "features",
    "character", "characters", "subscription", "subscriptions", "tool", "tools",
    "agent", "agents", "car", "cars", "phone", "phones",
}  # fmt: skip
_MADE_GOODS = sorted(PRODUCT_NOUNS - _SHARED_GOODS, key=len, reverse=True)
_MAKER_OF_GOODS = re.compile(
    r"(?<![\w'\u2019-])(?P<name>[A-Z][\w&-]+)['\u2019]s (?:[a-z-]+ ){0,2}?"
    rf"(?P<good>{'|'.join(_MADE_GOODS)})\b"
)


def makers_of_goods(view: ArticleView, surnames: set[str]) -> list[Mention]:
    """A one-word unknown name that owns a product ("Lumio's smart glasses", "Brontal's
    new chip"): an organisation, unless the article makes it a person's (a given name,
    or the surname of someone it names in full)."""
    text, gaz, known = view.text, view.gaz, view.known
    cands: list[Mention] = []
    for m in _MAKER_OF_GOODS.finditer(text):
        name = m.group("name")
        if name in known or name in surnames:
            continue
        if re.search(rf"[A-Z][\w.-]* {re.escape(name)}\b", text) or fold(name) in view.english:
            continue  # "Clinton" of "Hillary Clinton", "Party": part of a name, or a word
        if name in gaz.given_names or gaz.lookup(name) is not None or fold(name) in gaz.places:
            continue
        if fold(name) in gaz.stopwords or title_case_line(text, m.start("name")):
            continue
        good = token_at(view.doc, m.start("good"))
        if good is None or good.dep_ == "compound":
            continue  # "Courtland's hardware store": the good names what a store sells
        cands.append(Mention(m.start("name"), m.end("name"), name, "Organization", "def", weight=3))
    return cands


def company_owners(view: ArticleView, surnames: set[str]) -> list[Mention]:
    """An unknown name of two or three words that has a chief executive, a board,
    shareholders or shares ("Blue Heron's chief executive"): an organisation, unless it
    looks like a person's name."""
    text, gaz, known = view.text, view.gaz, view.known
    cands: list[Mention] = []
    for m in _COMPANY_OWNER.finditer(text):
        name = m.group("name")
        words = name.split()
        if words[0] in ("The", "A", "An") or fold(words[0]) in gaz.stopwords:
            continue
        if name in known or gaz.lookup(name) is not None or fold(name) in gaz.places:
            continue
        if words[0] in gaz.given_names or looks_like_person(name, gaz) or words[-1] in surnames:
            continue
        if title_case_line(text, m.start("name")):
            continue
        cands.append(Mention(m.start("name"), m.end("name"), name, "Organization", "def", weight=5))
    return cands


def places_acting_as_companies(view: ArticleView) -> list[Mention]:
    """A one-word "place" or "product" the NER found that speaks or acts like a
    company ("Nvidia said", "DeepSeek released"): an organisation unless a real place."""
    doc, gaz, known = view.doc, view.gaz, view.known
    cands: list[Mention] = []
    for ent in doc.ents:
        if ent.label_ not in ("GPE", "NORP", "PRODUCT", "ORG") or len(ent) != 1:
            continue
        tok = ent[0]
        if fold(tok.text) in gaz.places or tok.text in known or fold(tok.text) in gaz.non_entities:
            continue
        if tok.text in view.placed:
            continue  # "Halvern has asked for data" after "a campus in Halvern, Arizona"
        if ent.label_ == "NORP" and tok.i > 0 and doc[tok.i - 1].lower_ in ("the", "an", "a"):
            continue  # "the Australian said": a person of that nation, not a company
        if ent.label_ == "NORP" and re.search(r"(?:s|an|ese|ish)$", tok.text):
            continue  # "Republicans said", "Syrians fled": a people or a party's members
        if _beside_another_name(tok):
            continue  # "Raheem Vorquell will call": the NER's one word of a longer name
        if _common_noun_opening(tok, view):
            continue  # "Journal retracts study" over "the journal Learning Science"
        if tok.text in TITLE_WORDS or tok.text in INSTITUTION_HEADS:
            continue  # "Democrat said", "the Committee voted": a title or a body's head alone
        if ORG_KIND_WORD.fullmatch(tok.lower_):
            continue  # "Chipmaker wins verdict": a kind of company alone names none
        if re.fullmatch(r"[A-Z]{1,3}\d{1,4}[a-z]?", tok.text) and (
            (tok.i > 0 and doc[tok.i - 1].lower_ == "the")
            or any(
                m.group(1) not in ("The", "A", "An")
                for m in re.finditer(rf"\b([A-Z][\w-]*) {re.escape(tok.text)}\b", view.text)
            )
        ):
            # "the H3 had passed all tests", "R2 scored 91 percent" after "Corran R2": a
            # product's model number, no company
            continue
        if (
            tok.dep_ in ("nsubj", "nsubjpass")
            and tok.head.pos_ == "VERB"
            and view.name_word(tok)
            and re.fullmatch(r"[A-Z][\w&.-]*", tok.text) is not None  # not "I’d"
        ):
            # NER-derived, so any in-text definition of the same span outranks it
            cands.append(Mention(tok.idx, tok.idx + len(tok.text), tok.text, "Organization", "ner"))
    return cands


# "Quorvane chief executive Jane Roe", "former Zentrix engineer Jane Roe": up to three
# words of a name, then up to three lower-case words of a role, then a person's name
_EMPLOYER_BEFORE_ROLE = re.compile(
    r"(?<![\w&.'’-])(?P<name>[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,2}) "
    r"(?P<role>(?:[a-z-]+ ){0,2}[a-z-]+|CEO|CTO|CFO|COO),? (?=[A-Z])"
)


def _common_noun_opening(tok: Token, view: ArticleView) -> bool:
    """Whether ``tok`` opens its sentence or headline as a dictionary word that the
    article also writes in lower case ("Journal retracts ..." and "the journal"): a
    common noun capitalised by its place."""
    low = tok.lower_
    return (
        tok.is_sent_start
        and low in view.english
        and re.search(rf"(?<![\w-]){re.escape(low)}(?![\w-])", view.text) is not None
    )


def _dictionary_plural_opening(doc: Doc, start: int, view: ArticleView) -> bool:
    """Whether the word at ``start`` opens its sentence and the dictionary has its
    lemma ("Media", "Sports"): a word, though the dictionary lacks that form."""
    tok = token_at(doc, start)
    return tok is not None and tok.is_sent_start and tok.lemma_.casefold() in view.english


def _person_named_at(text: str, pos: int, gaz: Gazetteer) -> bool:
    """Whether a person's name starts at ``pos``: a common given name and a surname."""
    m = PERSON_NAME.match(text, pos)
    return m is not None and looks_like_person(m.group(0), gaz)


def employers_named_before_roles(view: ArticleView, surnames: set[str]) -> list[Mention]:
    """The employer a person's role is prefixed with ("Quorvane chief executive Jane
    Roe", "former Zentrix engineer Jane Roe", "Quorvane's chief scientist, Jane Roe"):
    an organisation, though the tagger often takes an unknown one for a person or a
    place.  Not a place the place list knows, a nationality or a person of the article
    ("Obama adviser Jane Roe")."""
    doc, text, gaz = view.doc, view.text, view.gaz
    person_at = {s for s, e, label in view.ner_spans if label == "PERSON" and " " in text[s:e]}
    cands: list[Mention] = []
    for m in _EMPLOYER_BEFORE_ROLE.finditer(text):
        if m.end() not in person_at and not _person_named_at(text, m.end(), gaz):
            continue  # (the tagger may take the person for an organisation too)
        role = m.group("role").casefold().split()
        if role[-1] not in EMPLOYEE_ROLES:
            continue
        words = m.group("name").split()
        while words and (
            words[0].casefold() in view.english
            or words[0] in TITLE_WORDS
            # "Media lawyer Jane Roe": a plural the dictionary has in the singular
            or _dictionary_plural_opening(doc, m.end("name") - len(" ".join(words)), view)
        ):
            words.pop(0)  # "Former Zentrix engineer": the sentence's first word
        if not words or any(re.search(r"-[a-z]", w) for w in words):
            continue  # "the Pulitzer Prize-winning reporter Jane Roe": no employer
        s0 = m.end("name") - len(" ".join(words))
        # "Quorvane's chief scientist, Jane Roe,": the possessive names the employer too
        name = strip_possessive(" ".join(words))
        possessive = name != " ".join(words)
        if m.group(0).endswith(", ") and not possessive:
            continue  # "Quorvane chief scientist, Jane Roe": a list, not a title
        if possessive and len(words) < len(m.group("name").split()):
            continue  # "Pershing Square's vice chairman": a word of the name, not "Former"
        span = doc.char_span(s0, s0 + len(name), alignment_mode="expand")
        if (
            span is None
            or name in view.known
            or name in surnames
            or words[-1] in gaz.given_names
            or not org_name_ok(name, gaz, set())
            or title_case_line(text, s0)
            or any(
                e.label_ not in ("ORG", "PERSON", "GPE", "PRODUCT")
                or (e.label_ == "GPE" and fold(e.text) in gaz.places)
                for e in span.ents
            )
        ):
            continue
        cands.append(Mention(s0, s0 + len(name), name, "Organization", "def", weight=5))
    return cands
