"""The statistical NER's people and organisations, filtered, because it mislabels this
domain: titles are stripped ("Professor Emeritus"), an "organisation" that starts with a
common given name (``data/given_names.txt``) is a person, a "person" read as ``X of Y``
is split, a known company plus product words ("Microsoft Teams") is the company, one
before an office title ("Commerce Secretary") no body, and headlines, departments,
buildings and titles are no names.  These mentions rank lowest: any other reading of
the same words wins.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from ingest.entity_lexicon import (
    COLLECTIVE_HEADS,
    DEPARTMENT_WORDS,
    EVENT_NOUNS,
    HARDWARE_NOUNS,
    INSTITUTION_HEADS,
    NAMED_FEATURES,
    OFFICE_TITLES,
    ORG_SUFFIXES,
    PLACE_HEADS,
    PRODUCT_NOUNS,
    PRODUCT_WORDS,
    PUBLICATION_WORDS,
    SENTENCE_ADVERBS,
    SHOW_NOUNS,
    TITLE_WORDS,
)
from ingest.entity_model import Mention, strip_possessive
from ingest.entity_patterns import FACILITY, ORG_KIND_WORD, OWNED_SITE, products_called
from ingest.gazetteer import Gazetteer, fold
from ingest.mention_checks import (
    ArticleView,
    looks_like_person,
    org_name_ok,
    placed_by_words,
    plausible_ner,
    set_off_as_person,
    title_case_line,
)

# a university's or a body's unit named with its parent: "Department of Applied Physics
# at Quorvia University", "the School of Law at ..."; the parent is the party
_SUB_UNIT = re.compile(
    r"(?:Department|School|Faculty|Division|Laboratory|Lab|Program|Programme) (?:of|for) "
    r"[A-Z][\w&.-]*(?: (?:and |& )?[A-Z][\w&.-]*)*,? at (?:the )?[A-Z]"
)


# a given name's initials ("J.D.", "A.")
_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")


def statistical_ner_mentions(view: ArticleView) -> list[Mention]:
    """The NER's PERSON and ORG spans ("Jane Roe", "the European Commission said"),
    trimmed to the name and typed anew where the words say otherwise."""
    doc, text, gaz, known = view.doc, view.text, view.gaz, view.known
    cands: list[Mention] = []
    # capitalised words written inside a sentence (after a lower-case word or a comma)
    inside = set(re.findall(r"(?<=[a-z,;] )[A-Z][\w-]*", text))
    products = products_called(text)
    # (not "a platform called X", which may be a company's name too)
    features = products_called(text, frozenset(NAMED_FEATURES))
    goods = products_called(text, frozenset(PRODUCT_NOUNS - {"platform"}))
    places = view.placed  # ("downtown Halvern" ... "miles in Halvern")
    for ent in doc.ents:
        if ent.label_ not in ("PERSON", "ORG"):
            continue
        if ent.label_ == "ORG" and ent.text in places and ent.text not in known:
            continue
        if ent.label_ == "ORG" and fold(ent.text) in gaz.places:
            continue
        if ent.label_ == "PERSON" and fold(ent.text) in gaz.places and not _surname(ent.text, text):
            continue  # '"Lisbon has them," she said': the place, unless someone's surname
        if (
            ent.label_ == "ORG"
            and len(ent) == 1
            and ent.end < len(doc)
            and doc[ent.end].text in TITLE_WORDS
        ):
            continue  # "State Senator Jane Roe": the title's qualifier, not a body
        span = ent
        while (
            ent.label_ == "PERSON"
            and span.start > 0
            and _INITIALS.fullmatch(doc[span.start - 1].text)
        ):
            span = doc[span.start - 1 : span.end]  # "J.D. Whitcombe Jr.": the initials too
        while (
            len(span)
            and span[0].lower_ in ("the", "a", "an")
            and (
                span[0].is_lower
                or (span[0].is_sent_start and ent.label_ == "ORG" and len(span) > 1)
            )
        ):
            span = span[1:]  # "The European Commission said": the article opens a sentence
        if len(span) > 1 and span[0].is_sent_start and span[0].pos_ in ("ADP", "SCONJ"):
            span = span[1:]  # "Inside Velmora's race ...": a headline's opening preposition
        if (
            ent.label_ == "PERSON"
            and len(span) > 1
            and span[0].is_sent_start
            and span[0].text not in gaz.given_names
            and (
                span[0].pos_ == "ADV"
                or span[0].lower_ in SENTENCE_ADVERBS
                or (span[0].lower_.endswith("ly") and span[0].lower_[:-2] in view.english)
            )
        ):
            span = span[1:]  # "Notably Velmora said": an opening adverb, no given name
        dash = next(
            (t.i for t in span[1:] if t.text in ("-", "\u2013", "\u2014") and t.whitespace_),
            None,
        )
        if ent.label_ == "PERSON" and dash is not None and doc[dash - 1].whitespace_:
            span = doc[span.start : dash]  # "Jane Roe - Santilli's girlfriend -": the name
        kind_first = (
            len(span) > 1
            and span[0].is_sent_start
            and ORG_KIND_WORD.fullmatch(span[0].lower_) is not None
            and span[1].text[:1].isupper()
        )
        if kind_first:
            span = span[1:]  # "Chipmaker Voltera denied": the kind, then the name
        if (
            ent.label_ == "ORG"
            and len(span) > 2
            and span[0].is_sent_start
            and span[0].tag_ == "NNS"
            and span[1].lower_ in ("of", "at", "in", "for", "from")
        ):
            span = span[2:]  # "Critics of Voltera say": people described, then the name
        while len(span) and (
            span[-1].text in ("'s", "\u2019s", "'", "\u2019") or span[-1].is_punct
        ):
            span = span[:-1]
        while len(span) > 1 and ent.label_ == "ORG" and (span[-1].like_num or span[-1].is_lower):
            span = span[:-1]  # "fined Apple 500 million": the name ends before the number
        while len(span) > 1 and span[-1].text in ("-", "\u2013", "\u2014"):
            span = span[:-1]  # "Wall Street Journal-ers": the name before the hyphen
        verb = next(
            (
                t.i
                for t in span[1:]
                if t.is_lower and (t.pos_ in ("VERB", "AUX", "SCONJ") or t.lower_ == "as")
            ),
            None,
        )
        if verb is not None:
            # "Harbor Tribune sued Lumenai", "Lumenai as Vellum": a name, a verb or a
            # conjunction, and maybe another name
            rest = doc[verb + 1 : span.end]
            if (
                len(rest)
                and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in rest)
                and not title_case_line(text, rest.start_char)  # "... as Rivals Ship Agents"
            ):
                name = strip_possessive(rest.text)
                if plausible_ner(name, "Organization", gaz) and name not in known:
                    end = rest.start_char + len(name)
                    cands.append(Mention(rest.start_char, end, name, "Organization", "ner"))
            span = doc[span.start : verb]
        cut = next(
            (
                t.i
                for t in span[1:-1]
                if t.lower_ in ("in", "at") and doc[t.i - 1].text in INSTITUTION_HEADS | {"Center"}
            ),
            None,
        )
        if cut is not None:
            span = doc[span.start : cut]  # "the Acme Center in Abilene": the name, then the place
        if (
            ent.label_ == "ORG"
            and len(span) == 2
            and span[1].text == "AI"
            and fold(span[0].text) in gaz.places
            and span.end < len(doc)
            and doc[span.end].is_lower
        ):
            continue  # "American AI companies": a country's industry, not a name
        if ent.label_ == "ORG" and _SUB_UNIT.match(text, span.start_char):
            continue  # "the Department of Physics at Quorvia University": a part of one
        if ent.label_ == "ORG" and FACILITY.search(span.text):
            continue  # "the Stargate Data Center": a building, not a body
        if ent.label_ == "ORG" and span.end < len(doc) and doc[span.end].text in SHOW_NOUNS:
            continue  # "the Hard Fork podcast": a show's name, no body's
        if ent.label_ == "ORG" and _two_names_joined(text, span.text):
            continue  # "Quorvane and Halvern Health team up": each is named on its own
        if ent.label_ == "ORG" and _described_as_product(text, span.end_char):
            continue  # "the Lumio Pin, a $699 wearable AI assistant,": a product
        if ent.label_ == "ORG" and _described_as(text, span.end_char, EVENT_NOUNS):
            continue  # "VivaTech, the Paris tech conference": an event
        site = OWNED_SITE.match(text, span.start_char) if ent.label_ == "ORG" else None
        if site is not None and site.end("name") == span.end_char and not gaz.lookup(span.text):
            continue  # "Halvern's Dayton hospital": a place the site is named after
        if ent.label_ == "ORG" and placed_by_words(
            text, span.start_char, span.end_char, gaz.places
        ):
            continue  # "based in Halvern", "Halvern, a town in ...": a place
        if not len(span) or (len(span) == 1 and ORG_KIND_WORD.fullmatch(span[0].lower_)):
            continue  # "Chipmaker signs deal": a kind of company alone names none
        if ent.label_ == "ORG" and span.end < len(doc) and doc[span.end].text in OFFICE_TITLES:
            continue  # "Commerce Secretary Jane Roe": a portfolio in a title, not a body
        if _known_then_product(span, gaz) or _known_then_modified_noun(span, gaz):
            continue  # "Microsoft Teams", "Apple Watch": the company's product
        if _known_then_headline_verb(view, span):
            continue  # "1. OpenAI Launches GPT-5.1": a list item's headline
        if (
            ent.label_ == "PERSON"
            and span.end < len(doc)
            and doc[span.end].lower_ in PRODUCT_NOUNS
            and span[-1].head == doc[span.end]
        ):
            continue  # "Meta's Ray-Ban glasses": a brand the product noun is named by
        if _joins_known_name(span, gaz):
            continue  # "Bing and Google Search": two names, one of them known
        if any(t.text in ("'s", "\u2019s") for t in span) or not any(
            t.pos_ == "PROPN" for t in span
        ):
            continue  # "Meta's AI", "Debates": not names
        if title_case_line(text, span.start_char):
            continue  # headlines capitalise every word; NER guesses there are noise
        if (
            ent.label_ == "PERSON"
            and _heading_alone(text, span)
            and span[0].text not in gaz.given_names
            and any(_dictionary_word(t, view.english) for t in span)
        ):
            # "Bottom Line", "Chatbot Usage Soars" on a line of its own: a heading, no one
            continue
        if (
            ent.label_ == "ORG"
            and len(span) > 1
            and _heading_alone(text, span)
            and not text[: span.start_char].strip()
            and 2 * sum(_dictionary_word(t, view.english) for t in span if not t.is_space)
            > sum(not t.is_space for t in span)
        ):
            continue  # the headline itself, mostly ordinary words: no organisation's name
        if span.text in products and (ent.label_ == "PERSON" or span.text in goods):
            # "The chip, called Vela, ...", "a companion app called Kindred": a product's
            # name, no one's
            continue
        if span.text in features:
            continue  # "the voice, called Sky": a feature's name, no company's
        if ent.label_ == "PERSON" and _plural_of_words(view, span):
            continue  # "few Developer Tools companies": capitalised common nouns, no one
        if _capitalised_word_only_opening(view, span, inside):
            continue  # "Benchmark group says ...": a word, capitalised because it opens
        if ent.label_ == "ORG" and _common_noun_alone(view, span):
            continue  # "Secretary of State", "the Army": a word the article also writes
        if ent.label_ == "ORG" and _head_alone(view, span):
            continue  # "the Committee voted" with no committee named: no name at all
        if ent.label_ == "ORG" and _office_of(view, span):
            continue  # "Secretary of State John Kerry": the office's name, not a body
        if re.match(r"By[A-Z]", span.text):
            continue  # "ByJane Roe": a scraped byline, read by the byline rule
        if (
            span[-1].text in TITLE_WORDS
            and ent.label_ == "ORG"
            and (len(span) < 2 or span[-2].lower_ not in ("of", "for"))
        ):
            continue  # "U.S. Magistrate" (Judge Ann Poe): a title, not a body
        if ent.label_ == "ORG" and all(t.text in DEPARTMENT_WORDS for t in span):
            continue  # "head of Global Affairs": a department
        if ent.label_ == "ORG" and len(span) > 1 and span[-1].text == "Team":
            continue  # "its Frontier Red Team": a team inside a company, no party
        if (
            ent.label_ == "ORG"
            and len(span) == 3
            and span[1].lower_ == "and"
            and gaz.lookup(span.text) is None
        ):
            continue  # "into Windows and Office": two names joined, no one body
        titled = 0
        while titled < len(span) - 1 and span[titled].text in TITLE_WORDS:
            titled += 1
        if titled and (ent.label_ == "PERSON" or looks_like_person(span[titled:].text, gaz)):
            span = span[titled:]  # "Professor Emeritus Jane Roe"
        surface = strip_possessive(span.text)
        start = span.start_char
        if ent.label_ == "ORG" and span[-1].text in INSTITUTION_HEADS | {"Administration"}:
            joined = _WORD_AND.search(text[max(0, start - 40) : start])
            if (
                joined is not None
                and fold(joined.group(1)) in view.english
                and fold(joined.group(1)) not in gaz.stopwords  # ("He and House ...")
                and joined.group(1) not in known
                and gaz.lookup(joined.group(1)) is None
                and not any(e.label_ == "PERSON" and joined.group(1) in e.text for e in doc.ents)
            ):
                # "The Safety and Security Committee" read as "Security Committee": the
                # name's first words, dictionary words joined by "and", go with it
                start = max(0, start - 40) + joined.start(1)
                surface = text[start : span.start_char] + surface
        etype = "Person" if ent.label_ == "PERSON" and not kind_first else "Organization"
        split = re.search(r" (?:of|at|from) (?:the )?(?=[A-Z])", surface)
        if etype == "Person" and split:
            # "Alex Roe of Acme Trust" read as one person: the person, then where they work
            org, org_start = surface[split.end() :], start + split.end()
            if org_name_ok(org, gaz, set()) and not gaz.lookup(org):
                cands.append(
                    Mention(org_start, org_start + len(org), org, "Organization", "def", weight=5)
                )
            surface = surface[: split.start()]
        if etype == "Organization" and surface not in known and looks_like_person(surface, gaz):
            etype = "Person"  # "Lucas Beyer" tagged ORG: a given name says person
        elif etype == "Organization" and _known_surname(surface, gaz):
            etype = "Person"  # "Clem Delangue" tagged ORG: a known person's surname
        elif etype == "Person" and surface.split()[-1] in PLACE_HEADS:
            etype = "Organization"  # "App Store", "Acme Studios" tagged PERSON
        elif (
            etype == "Person"
            and len(surface.split()) > 1
            and surface.split()[-1] in COLLECTIVE_HEADS
            and surface.split()[0] not in gaz.given_names
            # ("Ofir Press, one of the creators,": a person, whatever the name ends in)
            and not any(
                set_off_as_person(text, m.end(), gaz.role_nouns)
                for m in re.finditer(re.escape(surface), text)
            )
        ):
            etype = "Organization"  # "Brightline Content" tagged PERSON: no one's surname
        elif (
            etype == "Organization"
            and surface not in known
            and gaz.lookup(surface) is None
            and len(surface.split()) == 2
            and surface.split()[-1] in COLLECTIVE_HEADS
            and set_off_as_person(text, span.end_char, gaz.role_nouns)
        ):
            etype = "Person"  # "Ofir Press, one of the creators," tagged ORG
        elif (
            etype == "Person"
            and len(span) == 1
            and span.start > 0
            and doc[span.start - 1].text == "the"
            and span[0].text in PUBLICATION_WORDS
        ):
            etype = "Organization"  # "filed by the Gazette": a newspaper, no one
        elif (
            etype == "Person"
            and surface.startswith("The ")
            and " " in surface[4:]
            and surface.split()[1] not in TITLE_WORDS
            and not looks_like_person(surface[4:], gaz)
        ):
            # "The Halvern Ledger reported": no one is "The X Y" but by a title ("The
            # Reverend Jane Roe") or before a name ("The Donald Trump-led ...")
            etype = "Organization"
        if not plausible_ner(surface, etype, gaz):
            continue
        cands.append(Mention(start, start + len(surface), surface, etype, "ner"))
    return cands


# a capitalised dictionary word and "and" before an institution's name: "(The) Safety and"
_WORD_AND = re.compile(r"(?:(?<=\s)|^)(?:The )?([A-Z][a-z]+) and $")


# a name's apposition, up to its head noun: "X, a $699 wearable AI assistant," (not
# "X, a maker of AI glasses," whose head is "maker")
_APPOSITION_HEAD = re.compile(
    r", (?P<det>an?|the) (?:(?!(?:of|for|and|or|with|by|from|that|which)\b)[\w$.-]+ ){0,5}?"
    r"(?P<noun>[a-z]+)(?=[,.;:)]| (?:that|which|from|made|built|sold|priced|for|with)\b)"
)


def _two_names_joined(text: str, name: str) -> bool:
    """Whether ``name`` is two names joined by "and" that the article also writes each on
    its own ("Quorvane and Halvern Health" beside "Quorvane said" and "Halvern Health
    will"); one body's name ("Department of Health and Human Services") is not so split."""
    left, sep, right = name.partition(" and ")
    if not sep or not left[:1].isupper() or not right[:1].isupper():
        return False
    joined = text.count(name)
    return text.count(left) > joined and text.count(right) > joined


def _described_as_product(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` is described in apposition as a product ("the
    Lumio Pin, a wearable AI assistant,", "the K5, a data-center chip,")."""
    m = _APPOSITION_HEAD.match(text, end)
    return m is not None and m.group("det") != "the" and m.group("noun") in PRODUCT_NOUNS


def _described_as(text: str, end: int, nouns: set[str]) -> bool:
    """Whether the name ending at ``end`` is described in apposition by one of ``nouns``
    ("VivaTech, the Paris tech conference,")."""
    m = _APPOSITION_HEAD.match(text, end)
    return m is not None and m.group("noun") in nouns


def _capitalised_word_only_opening(view: ArticleView, span, inside: set[str]) -> bool:
    """Whether ``span`` is one dictionary word opening its sentence that the article
    never writes capitalised inside a sentence ("Benchmark group says ..."); ``inside``:
    the capitalised words written inside sentences."""
    return (
        len(span) == 1
        and span[0].is_sent_start
        and span[0].lower_ in view.english
        and span[0].text not in inside
    )


def _plural_of_words(view: ArticleView, span: Span) -> bool:
    """Whether ``span`` is dictionary words ending in a plural, with no given name first,
    that modify the noun after them ("few Developer Tools companies"): a person's name
    is no plural of common nouns."""
    words = [t.text for t in span]
    last = words[-1].lower()
    doc = span.doc
    return (
        len(words) > 1
        # ... modifying a noun after them ("Developer Tools companies"); a surname alone
        # may be a plural word too ("Tiger Woods", "Jane Fields")
        and span.end < len(doc)
        and doc[span.end].is_lower
        and doc[span.end].pos_ == "NOUN"
        and span[-1].head == doc[span.end]
        and words[0] not in view.gaz.given_names
        and all(w.lower() in view.english for w in words[:-1])
        and last.endswith("s")
        and (last[:-1] in view.english or (last.endswith("es") and last[:-2] in view.english))
    )


def _known_surname(surface: str, gaz: Gazetteer) -> bool:
    """Whether a two- or three-word name ends in the surname of a person the gazetteer
    knows and is not itself a known name ("Clem Delangue" beside "Clement Delangue")."""
    words = surface.split()
    if not 2 <= len(words) <= 3 or gaz.lookup(surface) is not None:
        return False
    entry = gaz.by_form.get(words[-1])
    return entry is not None and entry.type == "Person" and entry.name.split()[-1] == words[-1]


def _known_then_product(span, gaz: Gazetteer) -> bool:
    """Whether an NER span is a known organisation's name followed by product words only."""
    words = [t.text for t in span]
    for i in range(1, len(words)):
        head = " ".join(words[:i])
        entry = gaz.by_form.get(head)
        if entry is not None and entry.type == "Organization" and gaz.lookup(span.text) is None:
            rest = words[i:]
            # ("Nvidia H100s", "Apple M4": a product code of letters and digits)
            coded = len(rest) == 1 and _PRODUCT_CODE.fullmatch(rest[0]) is not None
            return coded or (
                rest[0] in PRODUCT_WORDS
                and all(w in PRODUCT_WORDS or w[:1].isdigit() or w[:1].isupper() for w in rest)
            )
    return False


# a product code: capitals and digits, maybe a plural ("H100s", "A100", "M4", "B200")
_PRODUCT_CODE = re.compile(r"[A-Z]{1,4}\d{1,4}[A-Za-z]{0,3}?s?")


def _known_then_headline_verb(view: ArticleView, span) -> bool:
    """Whether an NER span is a known organisation's name and one capitalised verb of a
    headline ("OpenAI Launches GPT-5.1", "Meta Cuts 600 Jobs"): a dictionary word with a
    verb's ending, then another capitalised word or a number."""
    doc, gaz = span.doc, view.gaz
    if len(span) < 2 or gaz.lookup(span.text) is not None:
        return False
    entry = gaz.by_form.get(span[:-1].text)
    if entry is None or entry.type != "Organization":
        return False
    verb = span[-1].text.lower()
    stems = (verb[:-2], verb[:-1])  # "launches", "cuts", "launched"
    if not verb.endswith(("s", "ed")) or not any(st in view.english for st in stems):
        return False
    nxt = doc[span.end] if span.end < len(doc) else None
    return nxt is not None and (nxt.text[:1].isupper() or nxt.like_num)


def hardware_names(view: ArticleView) -> set[str]:
    """Names the article gives hardware a party owns ("its Kestrel accelerator",
    "Brontal's Kestrel chips"): a product line wherever the name recurs ("Kestrel will
    ship in March"), no entity of the graph, whatever the tagger makes of it."""
    return {
        ent.text
        for ent in view.doc.ents
        if ent.label_ in ("ORG", "PERSON", "GPE", "PRODUCT", "NORP") and _owned_hardware(ent)
    }


def _owned_hardware(span) -> bool:
    """Whether an NER span names hardware a party owns: after "its", "their" or a
    possessive, before a noun of ``HARDWARE_NOUNS`` it modifies ("its Kestrel
    accelerator"); chips and devices are no entities of the graph."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].lower_ not in HARDWARE_NOUNS:
        return False
    before = doc[span.start - 1] if span.start > 0 else None
    return before is not None and (
        before.lower_ in ("its", "their") or before.text in ("'s", "\u2019s")
    )


def _known_then_modified_noun(span, gaz: Gazetteer) -> bool:
    """Whether an NER span is a known organisation's name and more names that modify a
    product noun after them ("Nvidia Blackwell chips", "the Ray-Ban Meta glasses"): the
    company and its product line, not another organisation ("Meta Superintelligence
    Labs researchers" ends in an organisation's word and is one)."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].lower_ not in PRODUCT_NOUNS:
        return False  # ("Amazon Fresh stores": a chain of shops, a business of its own)
    if span[-1].head != doc[span.end] or gaz.lookup(span.text) is not None:
        return False
    if span[-1].text in ORG_SUFFIXES or span[-1].text in INSTITUTION_HEADS:
        return False
    words = [t.text for t in span]
    if words[0].lower() == "the":
        words = words[1:]  # "The Ray-Ban Meta glasses"
    return any(
        (entry := gaz.by_form.get(" ".join(words[i:j]))) is not None
        and entry.type == "Organization"
        and (i, j) != (0, len(words))
        for i in range(len(words))
        for j in range(i + 1, len(words) + 1)
    )


def _dictionary_word(tok, english: frozenset[str]) -> bool:
    """Whether ``tok`` is an English word in some form ("Usage", "Soars": "soar")."""
    low = tok.lower_
    return low in english or low.removesuffix("s") in english or tok.lemma_.lower() in english


def _heading_alone(text: str, span: Span) -> bool:
    """Whether ``span`` is the whole of its line, with nothing else on it."""
    name = span.text.strip()  # (a span may end on the line's own break)
    start = text.rfind("\n", 0, span.start_char) + 1
    end = text.find("\n", span.start_char + len(name))
    return text[start : end if end >= 0 else len(text)].strip() == name


def _joins_known_name(span, gaz: Gazetteer) -> bool:
    """Whether an NER span reads "X and Y" where Y starts with a known name."""
    words = [t.text for t in span]
    if "and" not in words or gaz.lookup(span.text) is not None:
        return False
    rest = words[words.index("and") + 1 :]
    return any(gaz.by_form.get(" ".join(rest[:j])) is not None for j in range(1, len(rest) + 1))


def _common_noun_alone(view: ArticleView, span: Span) -> bool:
    """Whether ``span`` is one unknown dictionary word ("State", "Defense", "Research")
    that the article also writes in lower case: a common noun, capitalised inside a
    title or a longer name, not a company's name."""
    if len(span) != 1 or span.text in view.known or not span.text[1:].islower():
        return False
    word = span.text.lower()
    return word in view.english and re.search(rf"(?<![\w-]){word}(?![\w-])", view.text) is not None


def _head_alone(view: ArticleView, span: Span) -> bool:
    """Whether ``span`` is an institution's head word alone ("the Committee") and the
    article names no institution with that head it could stand for."""
    word = span.text
    return (
        len(span) == 1
        and word in INSTITUTION_HEADS
        and re.search(rf"(?!The )[A-Z][\w.&'-]* {word}\b|\b{word} (?:of|for|on) [A-Z]", view.text)
        is None
    )


def _office_of(view: ArticleView, span: Span) -> bool:
    """Whether ``span`` is one dictionary word completing a title ("Secretary of State",
    "Minister of Finance"): part of the office's name, not an organisation."""
    doc = span.doc
    return (
        len(span) == 1
        and span.start >= 2
        and span.text.lower() in view.english
        and doc[span.start - 1].lower_ == "of"
        and doc[span.start - 2].text in TITLE_WORDS
    )


def _surname(word: str, text: str) -> bool:
    """Whether ``text`` names someone with the surname ``word`` ("Lloyd Austin")."""
    return re.search(rf"\b[A-Z][\w'\u2019-]+ {re.escape(word)}(?![\w-])", text) is not None
