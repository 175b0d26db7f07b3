"""People the gazetteer does not list, found by what the text says about them: a role
("spokesperson Jane Roe", "Jane Roe, a fellow at Acme"), a pronoun referring back
("Roe said she ..."), "Jane Roe, who ...", a list after a plural noun for people
("three authors, X, Y and Z"), a byline ("By Jane Roe") or a handle ("user @jroe");
then their bare last names anywhere in the article.
"""

from __future__ import annotations

import re

from ingest.entity_lexicon import (
    INSTITUTION_HEADS,
    NOT_ORG_WORDS,
    ORG_SUFFIXES,
    PLACE_HEADS,
    TITLE_WORDS,
)
from ingest.entity_model import Mention
from ingest.entity_patterns import (
    BYLINE,
    BYLINE_MORE,
    HANDLE,
    ORG_FOLLOWS,
    PERSON_BY_ROLE,
    PERSON_LIST,
    PERSON_WHO,
    WORD_END,
    word_regex,
)
from ingest.gazetteer import fold
from ingest.mention_checks import (
    ArticleView,
    looks_like_person,
    name_tokens,
    plausible_ner,
    title_case_line,
    tokens_with_dep,
)


def people_by_role(view: ArticleView) -> list[Mention]:
    """A person named with a role: "spokesperson Ashley Gabriel", "Jane Roe, a fellow at
    Acme", "co-founder of Acme, Jane Roe,"."""
    doc, text, gaz, known = view.doc, view.text, view.gaz, view.known
    cands: list[Mention] = []
    for rx in PERSON_BY_ROLE:
        for m in rx.finditer(text):
            name = m.group("name")
            s0 = m.start("name")
            while name.split()[0] in TITLE_WORDS and len(name.split()) > 2:
                s0 += len(name.split()[0]) + 1  # "professor Emeritus Jane Roe"
                name = name.split(" ", 1)[1]
            if any(w in known or w in ORG_SUFFIXES for w in name.split()) or name in known:
                continue
            if not looks_like_person(name, gaz) and any(
                e.label_ in ("GPE", "LOC") and e.start_char <= s0 < e.end_char for e in doc.ents
            ):
                continue  # "in San Jose, the plaintiffs' attorney": a place
            if title_case_line(text, s0) or not name_tokens(doc, s0, s0 + len(name)):
                continue  # "Chief AI Scientist Says LLMs Will ...": a headline's words
            cands.append(Mention(s0, s0 + len(name), name, "Person", "def"))
    return cands


def people_referred_back(view: ArticleView) -> list[Mention]:
    """A subject whose clause refers back with he/she/his/her: "Pang said he would
    join", "Okafor wrote in her post" (the NER often misses unfamiliar names)."""
    doc, text, gaz, known = view.doc, view.text, view.gaz, view.known
    cands: list[Mention] = []
    for tok in tokens_with_dep(doc, "nsubj"):
        if tok.dep_ != "nsubj" or not tok.text[:1].isupper() or tok.text in known:
            continue
        first = tok.i
        while (
            first > tok.i - 3
            and first > 0
            and doc[first - 1].dep_ == "compound"
            and doc[first - 1].head.i == tok.i
            and re.fullmatch(r"[A-Z][^\W\d_]+(?:-[A-Z]?[^\W\d_]+)?", doc[first - 1].text)
            and doc[first - 1].text not in known
            and doc[first - 1].text not in TITLE_WORDS
            and fold(doc[first - 1].text) not in gaz.role_nouns
        ):
            first -= 1
        if first == tok.i and tok.i > 0 and doc[tok.i - 1].pos_ == "PROPN":
            continue
        window = doc[tok.i + 1 : min(len(doc), tok.i + 8)]
        if (
            tok.pos_ == "PROPN"
            and not tok.text.isupper()
            and any(t.lower_ in ("her", "his", "she", "he") for t in window)
            and tok.ent_type_ not in ("GPE", "LOC", "NORP", "FAC", "DATE", "EVENT")
            and fold(tok.text) not in gaz.places
            and fold(tok.text) not in gaz.non_entities
        ):
            name = doc[first : tok.i + 1].text
            if first < tok.i and (
                any(w in ORG_SUFFIXES for w in name.split())
                or title_case_line(text, doc[first].idx)
            ):
                continue
            start = doc[first].idx
            # a speaker with her own pronoun ("Okafor wrote in her post") is a person
            # even when the article never gives her first name
            said = tok.head.lemma_.lower() in gaz.cues
            cands.append(
                Mention(start, start + len(name), name, "Person", "def", weight=3 if said else 0)
            )
    return cands


def people_before_who(view: ArticleView) -> list[Mention]:
    """ "Jane Roe, who ...": only people are "who"."""
    doc, text, gaz = view.doc, view.text, view.gaz
    cands: list[Mention] = []
    for m in PERSON_WHO.finditer(text):
        name, s0 = m.group("name"), m.start("name")
        while len(name.split()) > 2 and name.split()[0] in TITLE_WORDS:
            s0 += len(name.split()[0]) + 1
            name = name.split(" ", 1)[1]
        entry = gaz.lookup(name)
        if (
            (entry is not None and entry.type != "Person")
            or name.split()[0] in NOT_ORG_WORDS
            or any(w in ORG_SUFFIXES or w in INSTITUTION_HEADS for w in name.split())
            or fold(name) in gaz.non_entities
            or fold(name) in gaz.places
            or not name_tokens(doc, s0, s0 + len(name))
            or re.search(r"\b(?:of|at|for|from|with|by|to) $", text[max(0, s0 - 6) : s0])
            or re.search(r" (?:Software|Studios|Networks|Media|News|Group)$", name)
            or any(
                e.label_ in ("GPE", "LOC", "NORP") and e.start_char <= s0 < e.end_char
                for e in doc.ents
            )
        ):
            continue
        cands.append(Mention(s0, s0 + len(name), name, "Person", "def", weight=3))
    return cands


def surnames_of_people(view: ArticleView, cands: list[Mention]) -> set[str]:
    """The last names of the people named in full so far (by ``cands`` or the NER):
    "Roe" once the article has named "Jane Roe"."""
    doc, text, gaz = view.doc, view.text, view.gaz
    lasts = {c.text.split()[-1] for c in cands if c.type == "Person" and len(c.text.split()) > 1}
    lasts |= {
        e.text.split()[-1]
        for e in doc.ents
        if e.label_ == "PERSON"
        and len(e.text.split()) > 1
        and e.text.split()[-1] not in PLACE_HEADS
        and plausible_ner(e.text, "Person", gaz)
        and not title_case_line(text, e.start_char)
        and not ORG_FOLLOWS.match(text, e.end_char)
    }
    return lasts


def surname_repeats(view: ArticleView, lasts: set[str]) -> list[Mention]:
    """Every whole-word occurrence of a known person's last name ("Roe said")."""
    text, known = view.text, view.known
    cands: list[Mention] = []
    for last in lasts:
        if len(last) < 3 or last in known or last.isupper():
            continue
        for m in word_regex(last, WORD_END).finditer(text):
            cands.append(Mention(m.start(), m.end(), last, "Person", "def"))
    return cands


def people_in_lists(view: ArticleView) -> list[Mention]:
    """People listed after a plural noun for people: "three authors, Jane Roe, John Doe
    and Ann Poe", "plaintiffs including Jane Roe and John Doe"."""
    text, gaz, known = view.text, view.gaz, view.known
    cands: list[Mention] = []
    for m in PERSON_LIST.finditer(text):
        for part in re.finditer(r"(?:(?!,| and | or ).)+", m.group("list")):
            raw = re.sub(r"^\s*(?:and|or)\s+", "", part.group(0)).strip()
            words = raw.split()
            entry = gaz.lookup(raw)
            if (
                not words
                or words[0] in NOT_ORG_WORDS
                or (entry is not None and entry.type != "Person")
                or fold(raw) in gaz.non_entities
                or fold(raw) in gaz.places
                or any(w in ORG_SUFFIXES or (w in known and w != raw) for w in words)
            ):
                continue
            s0 = m.start("list") + part.start() + part.group(0).index(raw)
            cands.append(Mention(s0, s0 + len(raw), raw, "Person", "def", weight=5))
    return cands


def byline_authors(view: ArticleView) -> list[Mention]:
    """The article's authors by byline: "By Jane Roe", "ByJane Roe and John Doe",
    "Posted by Jane Roe" (there only a person's given name counts)."""
    text, gaz, known = view.text, view.gaz, view.known
    cands: list[Mention] = []
    for m in BYLINE.finditer(text):
        spans = [(m.start("name"), m.end("name"))]
        more = BYLINE_MORE.match(text, m.end("name"))
        while more is not None:  # "By Jane Roe and John Doe", "By Jane Roe, John Doe"
            spans.append((more.start("name"), more.end("name")))
            more = BYLINE_MORE.match(text, more.end("name"))
        # a site or its owner often "posts" and "publishes": there only a person's name
        publisher = m.group(0).lstrip().startswith(("Posted", "Published"))
        for a, b in spans:
            name = text[a:b]
            if publisher and name.split()[0] not in gaz.given_names:
                continue
            if name not in known and not any(w in ORG_SUFFIXES for w in name.split()):
                cands.append(Mention(a, b, name, "Person", "def", weight=5, byline=True))
    return cands


def handles(view: ArticleView) -> list[Mention]:
    """A handle after a describing noun: "AI enthusiast @jroe", "user @jroe"."""
    text, gaz = view.text, view.gaz
    cands: list[Mention] = []
    for m in HANDLE.finditer(text):
        if fold(m.group("name")[1:]) not in gaz.by_form:
            cands.append(Mention(m.start("name"), m.end("name"), m.group("name"), "Person", "def"))
    return cands
