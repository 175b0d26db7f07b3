"""Claims made by several named parties at once: lists of 2+ named people or
organisations in the text (:class:`PartyList`), the list a definite plural refers back
to ("the former board members", "the researchers", "the trio"), coordinated claimants
("X and Y said") and a conjunct the parser cut off the subject.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from ingest.claim_model import Claim
from ingest.claim_words import lexicon
from ingest.claimants import Discourse, by_surname, members_included

GROUP_DETS = {"the", "these", "those", "both"}


NUMBER_WORDS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4}


COLLECTIVES = {"duo": 2, "pair": 2, "trio": 3, "quartet": 4}  # "the trio alleged ..."


LIST_LEAD = {"including", "like", "such", "as", "from", "at", "of", "by"}


@dataclass(slots=True)
class PartyList:
    """Two or more named parties of one type coordinated in the text ("former board
    members X and Y", "researchers from X and Y")."""

    start: int  # character offset of the list's first member
    keys: list[str]
    etype: str
    described: frozenset[str]  # lemmas of the words that introduce or describe the list


def party_lists(doc: Doc, ctx: Discourse) -> list[PartyList]:
    """Every list of 2+ named people or organisations of the article, in text order."""
    tok_key: dict[int, str] = {}
    for m in ctx.mentions:
        if ctx.ent(m.key).type not in ("Person", "Organization"):
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None:
            for t in span:
                tok_key.setdefault(t.i, m.key)
    out: list[PartyList] = []
    for i in sorted(tok_key):
        tok = doc[i]
        if tok.dep_ == "conj" or not any(c.dep_ == "conj" for c in tok.children):
            continue
        keys = list(dict.fromkeys(tok_key[t.i] for t in [tok, *tok.conjuncts] if t.i in tok_key))
        types = {ctx.ent(k).type for k in keys}
        outlets = {ctx.ent(k).kind == "publication" for k in keys}
        if len(keys) < 2 or len(types) != 1 or len(outlets) != 1:
            continue  # "according to Reuters, X and Y ...": an outlet is not one of them
        first = i
        while first - 1 >= tok.sent.start and tok_key.get(first - 1) == tok_key[i]:
            first -= 1
        # "X, Y, Z and other publishers" where the parser hung X elsewhere: a party of
        # the same type right before the list's comma heads the list
        while (
            first - 2 >= tok.sent.start
            and doc[first - 1].text == ","
            and (first - 2) in tok_key
            and tok_key[first - 2] not in keys
            and ctx.ent(tok_key[first - 2]).type in types
        ):
            keys.insert(0, tok_key[first - 2])
            first -= 2
            while first - 1 >= tok.sent.start and tok_key.get(first - 1) == keys[0]:
                first -= 1
        # the words just before the list, back to a verb or a punctuation mark:
        # "former board members X and Y", "researchers from X and Y"
        described: set[str] = set()
        j = first - 1
        while j >= tok.sent.start and first - j <= 6:
            w = doc[j]
            if w.lower_ not in LIST_LEAD and (
                w.pos_ in ("VERB", "AUX", "PRON", "CCONJ", "SCONJ")
                or (w.is_punct and w.text not in ("-", "\u2019", "'"))
            ):
                break
            described.add(w.lemma_.lower())
            j -= 1
        # "X and Y, two former board members, ...", "X, Y and other publishers": an
        # apposition or an unnamed member describes them too
        for c in [*tok.children, *tok.conjuncts]:
            if c.dep_ in ("appos", "conj") and c.i not in tok_key and c.pos_ == "NOUN":
                described.update(
                    t.lemma_.lower()
                    for t in c.subtree
                    if t.i not in tok_key and t.pos_ in ("NOUN", "ADJ", "PROPN")
                )
        # "researchers from X and Y" (the list hangs on the noun it describes)
        if tok.dep_ in ("pobj", "appos"):
            noun = tok.head.head if tok.dep_ == "pobj" else tok.head
            if noun.pos_ == "NOUN" and noun.i < first:
                described.add(noun.lemma_.lower())
        out.append(PartyList(doc[first].idx, keys, types.pop(), frozenset(described)))
    return out


def group_of(phrase: Span, lists: list[PartyList], ctx: Discourse) -> list[str]:
    """The named parties a definite plural description refers back to ("the former
    board members", "the researchers", "the companies"): the latest list before it
    introduced with the same words, else with the same noun, else (for a generic
    word for organisations) the latest list of organisations; the noun elsewhere in
    the list's sentence is not enough ("X and Y sued the companies")."""
    root = phrase.root
    kids = list(root.children)
    if root.lower_ in COLLECTIVES and any(c.lower_ in GROUP_DETS for c in kids):
        sized = [
            pl
            for pl in lists
            if pl.start < phrase.start_char and len(pl.keys) == COLLECTIVES[root.lower_]
        ]
        return list(sized[-1].keys) if sized else []
    if root.pos_ != "NOUN" or root.tag_ not in ("NNS", "NNPS"):
        return []
    if not any(c.dep_ in ("det", "predet") and c.lower_ in GROUP_DETS for c in kids):
        return []
    if any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ != "of") for c in kids):
        return []  # "Google's lawyers", "the researchers at MIT": a party of their own
    if ctx.mentions_in(phrase.start_char, phrase.end_char):
        return []  # "the OpenAI researchers": the organisation
    lemma = root.lemma_.lower()
    mods = {c.lemma_.lower() for c in kids if c.dep_ in ("amod", "compound")}
    count = next((NUMBER_WORDS[c.lower_] for c in kids if c.lower_ in NUMBER_WORDS), None)
    generic = lemma in lexicon()["org_group_nouns"]
    best: list[str] = []
    tier = 0
    for pl in lists:
        if pl.start >= phrase.start_char:
            break
        if count is not None and len(pl.keys) != count:
            continue
        if lemma in pl.described and mods <= pl.described:
            t = 4
        elif lemma in pl.described:
            t = 3
        elif generic and pl.etype == "Organization":
            t = 1
        else:
            continue
        if t >= tier:
            best, tier = pl.keys, t
    if not best and generic and lemma in ("company", "firm") and count in (None, 2):
        # "X has agreed to buy Y's unit, the companies said": the two the sentence names
        named = {
            m.key: None
            for m in ctx.mentions_in(phrase.sent.start_char, phrase.start_char)
            if ctx.ent(m.key).type == "Organization" and ctx.ent(m.key).kind != "publication"
        }
        if len(named) == 2:
            return list(named)
    return list(best)


def subject_group(sent: Span, lists: list[PartyList], ctx: Discourse) -> list[str]:
    """The named parties the subject of a sentence's main verb stands for when it
    stands for several: "X and Y" or a definite plural referring back to a list."""
    subj = next((c for c in sent.root.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return []
    phrase = sent.doc[subj.left_edge.i : subj.right_edge.i + 1]
    group = group_of(phrase, lists, ctx)
    if not group:
        group = co_claimants(phrase, ctx)
    return group if len(group) > 1 else []


def co_claimants(subj: Span, ctx: Discourse) -> list[str]:
    """The named parties coordinated with the head of a claimant phrase ("Helen Toner
    and Tasha McCauley", "Google and Meta"), or listed in apposition to a plural head
    ("three engineers - A, B and C - denied"): each of them makes the claim too."""
    root = subj.root
    listed = _listed_between_dashes(root, ctx) or members_included(subj, ctx)
    if len(listed) >= 2:
        return listed
    conjs = []
    stack = [root]
    while stack:
        tok = stack.pop()
        for c in tok.children:
            # "A, B and C said": the parser may hang B on A as an apposition that opens
            # the rest of the list
            listed = c.dep_ == "appos" and any(g.dep_ in ("cc", "conj") for g in c.children)
            if (c.dep_ == "conj" or listed) and subj.start <= c.i < subj.end:
                conjs.append(c)
                stack.append(c)
    if not conjs:
        return _names_joined(subj, ctx)
    heads = [root, *conjs]
    if root.tag_ == "NNS" and any(c.dep_ == "appos" for c in conjs):
        # "Two engineers, A and B, said": the names in apposition, not the plural head
        heads = conjs
    keys = []
    for tok in heads:
        m = next(
            (
                m
                for m in ctx.mentions_in(subj.start_char, subj.end_char)
                if m.start <= tok.idx < m.end and ctx.ent(m.key).type in ("Person", "Organization")
            ),
            None,
        )
        key = m.key if m is not None else by_surname(subj.doc[tok.i : tok.i + 1], ctx)
        if key is None:
            return []  # "Google and other companies": not all of them named
        keys.append(key)
    return keys


def _names_joined(subj: Span, ctx: Discourse) -> list[str]:
    """The parties of a claimant phrase that is nothing but their names joined by commas
    and "and" ("Hope Adams and Tomas Reyes", parsed as one name's modifiers), maybe in
    apposition to a plural ("The researchers, Hope Adams and Tomas Reyes,")."""
    names = [
        m
        for m in ctx.mentions_in(subj.start_char, subj.end_char)
        if ctx.ent(m.key).type in ("Person", "Organization")
    ]
    if len(names) < 2:
        return []
    before = ctx.text[subj.start_char : names[0].start]
    after = ctx.text[names[-1].end : subj.end_char]
    plural_before = (
        before.endswith(", ") and subj.root.tag_ == "NNS" and subj.root.idx < names[0].start
    )
    if (before and not plural_before) or after not in ("", ","):
        return []
    joints = [ctx.text[a.end : b.start] for a, b in pairwise(names)]
    if not all(j in (", ", " and ", ", and ") for j in joints) or " and " not in joints[-1]:
        return []
    return list(dict.fromkeys(m.key for m in names))


def listed_with_later(key: str, after: int, ctx: Discourse) -> list[str]:
    """The people named with ``key`` where it is first named after offset ``after``
    ("Two former researchers say ... The researchers, Hope Adams and Tomas Reyes,
    wrote"): a plural claimant phrase resolved to one of them is all of them."""
    people = [m for m in ctx.mentions if m.start >= after and ctx.ent(m.key).type == "Person"]
    first = next((i for i, m in enumerate(people) if m.key == key), None)
    if first is None:
        return []
    found = []
    for a, b in pairwise(people[first:]):
        if ctx.text[a.end : b.start] not in (", ", " and ", ", and "):
            break
        found.append(b.key)
    return found


_DASHES = ("-", "\u2013", "\u2014", "--")


def _listed_between_dashes(root: Token, ctx: Discourse) -> list[str]:
    """The named parties listed between dashes right after a plural head ("three
    engineers - A, B, and C - denied"), which the parser rarely reads as one list."""
    doc = root.doc
    if root.tag_ != "NNS" or root.i + 1 >= len(doc) or doc[root.i + 1].text not in _DASHES:
        return []
    end = next(
        (t.i for t in doc[root.i + 2 : root.sent.end] if t.text in _DASHES and t.i - root.i > 3),
        None,
    )
    if end is None:
        return []
    start, stop = doc[root.i + 1].idx + 1, doc[end].idx
    named = [
        m for m in ctx.mentions_in(start, stop) if ctx.ent(m.key).type in ("Person", "Organization")
    ]
    rest, at = [], start
    for m in named:
        rest.append(ctx.text[at : m.start])
        at = max(at, m.end)
    rest.append(ctx.text[at:stop])
    if any(w not in _LIST_GLUE for w in re.findall(r"\b[a-z]+\b", " ".join(rest))):
        return []  # "candidates — for instance, Sen. X, who voted ...": no plain list
    people = [m.key for m in named if ctx.ent(m.key).type == "Person"]
    # "three economists -- A at X, B at Y --": the people, not where they work
    return list(dict.fromkeys(people or [m.key for m in named]))


# the words a plain list of names may hold besides the names
_LIST_GLUE = frozenset({"and", "or", "at", "of", "from", "the", "in", "for"})


def stranded_conjunct(subj: Span, ctx: Discourse) -> list[str]:
    """A party the parser cut off a coordinated subject (", Ng and LeCun believe": it
    hangs "Ng" on the previous clause): the name right before "and", after a comma; or
    every name of a list that opens the sentence ("Andel, Markov, and Ortiz accused")."""
    doc = subj.doc
    i = subj.start - 1
    if i < 2 or doc[i].lower_ != "and" or subj.root.dep_ not in ("nsubj", "conj"):
        return []
    listed = _listed_from_sentence_start(subj, ctx)
    if len(listed) >= 2:
        return listed
    before = doc[i - 1]
    m = next((m for m in ctx.mentions if m.start <= before.idx < m.end), None)
    if m is None or ctx.ent(m.key).type not in ("Person", "Organization"):
        return []
    opener = doc.char_span(m.start, m.end, alignment_mode="expand")
    if opener is None or opener.start == 0 or doc[opener.start - 1].text != ",":
        return []
    if opener.root.dep_ == "nsubj" or (
        opener.root.head.i >= subj.start and subj.root.head.i != opener.root.i
    ):
        return []  # a real coordination, already the parser's
    return [m.key]


def _listed_from_sentence_start(subj: Span, ctx: Discourse) -> list[str]:
    """The names of a list that opens the sentence and ends in ``subj`` ("Andel, Markov,
    and Ortiz accused ...", which the parser may read as "Andel" with the rest hung on
    it): every name before ``subj``, or none when anything but names, commas and "and"
    stands between the sentence start and ``subj``."""
    doc = subj.doc
    keys: list[str] = []
    i = subj.start - 1
    while i >= subj.sent.start:
        tok = doc[i]
        if tok.text == "," or tok.lower_ == "and":
            i -= 1
            continue
        m = next((m for m in ctx.mentions if m.start <= tok.idx < m.end), None)
        if m is None or ctx.ent(m.key).type not in ("Person", "Organization"):
            return []
        keys.insert(0, m.key)
        name = doc.char_span(m.start, m.end, alignment_mode="expand")
        i = (name.start if name is not None else i) - 1
    return keys


# how far after an unnamed group's claim its members may be named (characters)
NAMED_LATER_WITHIN = 600


def groups_named_later(claims: list[Claim], ctx: Discourse) -> list[Claim]:
    """A group introduced by number and named a sentence or two later: "an analysis by
    two chemistry professors found ... " then "... said Professor X and Professor Y".
    The unnamed group's claims become claims of each named member (``claims`` in text
    order)."""
    people = lexicon()["people_nouns"]
    out: list[Claim] = []
    for c in claims:
        size = _group_size(c.claimant_text or "", people) if c.claimant_key is None else None
        if size is None:
            out.append(c)
            continue
        by_sentence: dict[int, list[str]] = {}
        for d in claims:
            near = d.start > c.start and d.start - c.end < NAMED_LATER_WITHIN
            if near and d.claimant_type == "Person" and d.claimant_key is not None:
                by_sentence.setdefault(d.start, []).append(d.claimant_key)
        members = next(
            (
                list(dict.fromkeys(ks))
                for _, ks in sorted(by_sentence.items())
                if len(set(ks)) == size
            ),
            None,
        )
        if members is None:
            out.append(c)
            continue
        for key in members:
            out.append(
                replace(
                    c,
                    claimant=ctx.ent(key).name,
                    claimant_key=key,
                    claimant_type="Person",
                    claimant_text=None,
                    about=list(c.about),
                    about_keys=list(c.about_keys),
                    named_keys=list(c.named_keys),
                )
            )
    return out


def _group_size(phrase: str, people: set[str]) -> int | None:
    """The size of a numbered group of people a phrase names ("two chemistry
    professors", "an analysis by three researchers"), if any."""
    words = phrase.lower().split()
    for i, word in enumerate(words):
        if word in NUMBER_WORDS and any(w in people for w in words[i + 1 : i + 5]):
            return NUMBER_WORDS[word]
    return None
