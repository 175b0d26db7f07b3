"""Mentions of names known beforehand: the gazetteer's organisations, outlets, people,
models and benchmarks with their aliases (``data/*.tsv``), and model names by their
family's pattern.

Filters for this domain: an ambiguous gazetteer word (``ambiguous.txt``) counts only
with its developer in the article, as the NER's own name (not a place, not part of a
longer capitalised name) or by possession, never as another name's thing ("Halley's
Comet"); the European Union only where it acts, not as a modifier ("EU rules"); a known
name followed by ", <place>" is the place; a one-word alias right after another proper
noun is part of a longer name ("House" in "Penguin Random House"), and no gazetteer
model or benchmark is read before an organisation's head word ("the ARC Prize
Foundation"); a division named like its product ("Meta AI") is the product where the
text calls it an assistant, chatbot or app.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ingest.entity_lexicon import COMPANY_PARTS, MODIFIER_ONLY, ORG_SUFFIXES, TITLE_WORDS
from ingest.entity_model import POSSESSIVE, Mention
from ingest.entity_patterns import (
    LIKENESS_SUFFIX,
    ORG_TAIL,
    OSERIES,
    PLACE_AFTER,
    PRODUCT_AFTER,
    PRODUCT_BEFORE,
    WORD_END,
    gaz_regex,
    model_regex,
    word_matches,
)
from ingest.gazetteer import GazEntry, Gazetteer, fold
from ingest.mention_checks import ArticleView, title_case_line, token_at

# where a word that is also an outlet's name is the outlet: cited as a source
OUTLET_BEFORE = re.compile(r"(?:according to|told|reported by|first reported by|per)\s+$", re.I)
OUTLET_AFTER = re.compile(r"\s+(?:first\s+)?(?:reported|reports|revealed)\b")


def gazetteer_mentions(view: ArticleView) -> list[Mention]:
    """Every form the gazetteer lists, as a whole name ("OpenAI", "GPT-4o",
    "the Times"), unless the context says it is something else."""
    doc, text, gaz = view.doc, view.text, view.gaz
    cands: list[Mention] = []
    gaz_hits = list(gaz_regex(id(gaz), _all_forms(gaz)).finditer(text))
    full_names_present = set()
    for m in gaz_hits:
        entry = gaz.lookup(m.group(0))
        # an ambiguous word is no evidence of the full name ("Independent" is not
        # "The Independent"): only an unambiguous form counts
        if entry is not None and m.group(0) not in gaz.ambiguous:
            full_names_present.add(entry.name)
    for m in gaz_hits:
        form = m.group(0)
        entry = gaz.by_form.get(form)
        if entry is None:
            continue
        if _inside_longer_name(doc, text, gaz, m.start(), m.end(), form, entry):
            continue  # "House" in "Penguin Random House", "ARC Prize" in "ARC Prize Foundation"
        if _place_follows(text, m.end(), gaz):
            continue  # "Berkeley, California": the town, not the university
        if entry.type == "Organization" and _BILL_AFTER.match(text, m.end()):
            continue  # "Senate Bill 243", "House Resolution 12": a measure's number
        if form in gaz.ambiguous:
            full_elsewhere = form != entry.name and entry.name in full_names_present
            possessive = re.match(r"['\u2019\u2018]s\b", text[m.end() : m.end() + 3]) is not None
            dev = gaz.lookup(entry.developer) if entry.developer else None
            by_developer = dev is not None and dev.name in full_names_present
            cited = entry.kind == "publication" and (
                OUTLET_BEFORE.search(text[max(0, m.start() - 16) : m.start()]) is not None
                or OUTLET_AFTER.match(text, m.end()) is not None
            )  # "according to the Verge", "the Atlantic reported"
            # "analysts at Bernstein", "shares of Bernstein": what only a company has
            part_of = entry.type == "Organization" and _company_part_before(text, m.start())
            if (
                not full_elsewhere
                and not part_of
                and not possessive
                and not by_developer
                and not cited
                and (_sentence_initial(doc, m.start()) or not view.ner_names(m.start(), m.end()))
            ):
                continue
            if " " not in form and _unknown_owner_before(text, m.start(), gaz):
                continue  # "Halley's Comet": another name's thing, not the product
        if entry.name in MODIFIER_ONLY and _modifier_token(doc, m.start(), m.end()):
            continue  # "EU regulations", "the EU's position": the union as a place
        if entry.type == "Model" and view.first_name_of_person(m.start(), m.end()):
            continue  # "Claude Shannon": a person, whatever Anthropic named after him
        if (
            entry.type == "Organization"
            and _speaker(doc, m.start(), gaz)
            and OUTLET_AFTER.match(text, m.end()) is None
            and view.surname_of_person(m.start(), m.end())
        ):
            continue  # "Pearson said" after "KeShaun Pearson": her, not the publisher
        if (
            entry.type == "Person"
            and " " not in form
            and _another_of_that_surname(text, form, entry.name)
        ):
            continue  # "Kaplan" after "Joel Kaplan": not the listed Jared Kaplan
        cands.append(Mention(m.start(), m.end(), form, entry.type, "gaz", entry))
    return cands


def _speaker(doc: Doc, start: int, gaz: Gazetteer) -> bool:
    """Whether the word at ``start`` is the subject of a reporting verb ("X said") that
    no "its" refers back to ("Bloomberg says its reporting found" is the company)."""
    tok = token_at(doc, start)
    return (
        tok is not None
        and tok.dep_ == "nsubj"
        and tok.head.pos_ == "VERB"
        and tok.head.lemma_.lower() in gaz.cues
        and not any(t.lower_ == "its" for t in tok.head.subtree)
    )


# a measure named by its chamber and number ("Senate Bill 243", "Assembly Bill 1018")
_BILL_AFTER = re.compile(r" (?:Bill|Resolution|Joint Resolution) (?:No\. ?)?\d")


_PART_OF = re.compile(r"\b(?P<part>[A-Za-z-]+) (?:at|of|from|in) (?:the )?$")


def _company_part_before(text: str, start: int) -> bool:
    """Whether a company's part ("analysts", "shares", "engineers") and "at"/"of"/
    "from"/"in" come right before ``start``."""
    m = _PART_OF.search(text, max(0, start - 30), start)
    return m is not None and m.group("part").lower() in COMPANY_PARTS


# the gazetteer's forms, per gazetteer: (its entry list, how long it was, the forms)
_FORMS: dict[int, tuple[list[GazEntry], int, tuple[str, ...]]] = {}


def _all_forms(gaz: Gazetteer) -> tuple[str, ...]:
    """Every name and alias of ``gaz``, sorted; worked out once per gazetteer (and
    again if its entries change), not once per article."""
    known = _FORMS.get(id(gaz))
    if known is not None and known[0] is gaz.entries and known[1] == len(gaz.entries):
        return known[2]
    forms = tuple(sorted({f for e in gaz.entries for f in (e.name, *e.aliases)}))
    _FORMS[id(gaz)] = (gaz.entries, len(gaz.entries), forms)
    return forms


def _another_of_that_surname(text: str, surname: str, listed: str) -> bool:
    """Whether the article names in full a person of ``surname`` other than the
    ``listed`` one the gazetteer gives that surname to."""
    rx = rf"(?<![\w'\u2019.-])([A-Z][a-z][\w-]*) {re.escape(surname)}\b"
    return any(
        f"{m.group(1)} {surname}" != listed and m.group(1) not in TITLE_WORDS
        for m in re.finditer(rx, text)
    )


def divisions_as_products(view: ArticleView, cands: list[Mention]) -> None:
    """A division named like its product, read as the product where the article says so
    ("Meta AI, the assistant in WhatsApp", "the Meta AI app"): the product throughout.
    Retypes the gazetteer's mentions ``cands`` in place."""
    text = view.text
    products = {
        c.entry.name
        for c in cands
        if c.entry is not None
        and c.entry.kind == "division"
        and (PRODUCT_AFTER.match(text, c.end) or PRODUCT_BEFORE.search(text[: c.start]))
    }
    for c in cands:
        if c.entry is not None and c.entry.name in products:
            c.entry, c.type, c.source, c.weight = None, "Model", "def", 20


def model_name_patterns(view: ArticleView, known_cands: list[Mention]) -> list[Mention]:
    """Model names no gazetteer needs to list: a model family word followed by version
    and variant tokens ("Claude 3.5 Sonnet", "GPT-4o", "Llama-4-Maverick-17B-128E-Instruct",
    "o3-mini"), and a standalone variant word ("Sonnet") once the article names a model.
    ``known_cands`` are the gazetteer's mentions."""
    doc, text, gaz = view.doc, view.text, view.gaz
    cands: list[Mention] = []
    rx = model_regex(tuple(gaz.families), tuple(gaz.variant_words))
    has_model = False
    gaz_starts = {c.start for c in known_cands}
    for m in list(rx.finditer(text)) + list(OSERIES.finditer(text)):
        surface = LIKENESS_SUFFIX.sub("", m.group(0)).rstrip(".-")  # "GPT-4-class"
        if surface in gaz.ambiguous and m.start() not in gaz_starts:
            continue  # "Titan", "Whisper" alone: only where the gazetteer took the word
        if view.first_name_of_person(m.start(), m.start() + len(surface)):
            continue  # "Claude Shannon", "Alexa Chung": people
        if fold(surface) in gaz.non_entities:
            continue  # "ChatGPT Plus", "Claude Max": a subscription plan, not a model
        surface += _product_word_after(doc, text, gaz, m.start(), m.start() + len(surface))
        cands.append(Mention(m.start(), m.start() + len(surface), surface, "Model", "pattern"))
        has_model = True
    if has_model or any(c.type == "Model" for c in known_cands):
        names = [c.text for c in (*cands, *known_cands) if c.type == "Model"]
        for word in gaz.standalone_variants:
            for m in word_matches(word, WORD_END, text):
                # "Opus 4" with its version, when a model of the article is so named
                # ("Claude Opus 4"); a bare "Opus" otherwise
                version = re.match(r" \d+(?:\.\d+)?(?![\w.%])", text[m.end() :])
                form = word + version.group(0) if version else word
                if version and not any(n.endswith(" " + form) for n in names):
                    form = word
                cands.append(Mention(m.start(), m.start() + len(form), form, "Model", "pattern"))
    return cands


def _sentence_initial(doc: Doc, start: int) -> bool:
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span is None or span[0].is_sent_start or span[0].i == 0


def _place_follows(text: str, end: int, gaz: Gazetteer) -> bool:
    """Whether a known place follows the name after a comma ("Berkeley, California")."""
    m = PLACE_AFTER.match(text, end)
    place = m.group("place") if m is not None else ""
    return bool(place) and (place.endswith(".") or fold(place) in gaz.places)


def _unknown_owner_before(text: str, start: int, gaz: Gazetteer) -> bool:
    """Whether a possessive proper noun that is no known name precedes ``start``."""
    prev = re.search(r"([A-Z][\w&.-]*)['\u2019]s $", text[max(0, start - 40) : start])
    return prev is not None and gaz.lookup(prev.group(1)) is None


def _modifier_token(doc: Doc, start: int, end: int) -> bool:
    """Whether the name at ``start``-``end`` only modifies a noun (compound, possessive)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    return root.dep_ in ("compound", "amod", "nmod", "poss") and root.head.i >= span.end


def _inside_longer_name(
    doc: Doc, text: str, gaz: Gazetteer, start: int, end: int, form: str, entry
) -> bool:
    """Whether a gazetteer hit is only part of a longer, different name.

    A one-word form right after another proper noun that is no known name or title
    ("Penguin Random House" is not the House of Representatives, "Ben Huang" is not
    Jensen Huang), a non-organisation's name followed by an organisation's head word
    ("the ARC Prize Foundation" is not the ARC-AGI benchmark), and the start of a longer
    term that names no entity ("the Dow Jones Industrial Average", ``non_entities.txt``).
    ``text`` is ``doc.text``, which spaCy rebuilds on every access: the caller's copy.
    """
    if entry.type != "Organization" and ORG_TAIL.match(text, end):
        return True
    rest = re.match(r"(?: [A-Z0-9][\w&.-]*){1,3}", text[end : end + 60])
    if rest is not None:
        more = rest.group(0).split()
        if any(
            fold(" ".join([form, *more[:k]])) in gaz.non_entities for k in range(1, len(more) + 1)
        ):
            return True  # "Dow Jones" in "the Dow Jones Industrial Average": an index
    if " " in form:
        return False
    prev = re.search(r"([A-Z][\w&.'’-]*) $", text[max(0, start - 40) : start])
    if prev is None:
        return False
    word = prev.group(1)
    if (
        word in gaz.by_form
        or word in TITLE_WORDS
        or word.rstrip(".") in TITLE_WORDS
        or POSSESSIVE.search(word)
        or word.isupper()
        or fold(word) in gaz.role_nouns
    ):
        return False
    span = doc.char_span(start - 1 - len(word), start - 1, alignment_mode="expand")
    if span is None or span[-1].pos_ != "PROPN":
        return False
    # a sentence's first word is part of the name when the article writes the two
    # together elsewhere too ("Civic Signal's director" after "the watchdog Civic Signal")
    together, begin = f"{word} {form}", start - len(word) - 1
    elsewhere = together in text[:begin] or together in text[end:]
    return not span[-1].is_sent_start or elsewhere


def _product_word_after(doc: Doc, text: str, gaz: Gazetteer, start: int, end: int) -> str:
    """A capitalised product word after a model family's name (" Imagine" in "Grok
    Imagine", " Live" in "Gemini Live"), or "" when the next word is no part of it.

    Only after a family that names a model alone (not "DeepSeek", also the company),
    and only a proper noun that is no known name, title, place or date.  ``text`` is
    ``doc.text`` (the caller's copy: spaCy rebuilds it on every access).
    """
    nxt = re.match(r" ([A-Z][a-z]{2,})(?![\w-]| [A-Z])", text[end : end + 30])
    if nxt is None or title_case_line(text, start):
        return ""  # "Bard Sissie Hsiao": a person's name follows; headlines capitalise all
    word = nxt.group(1)
    entry = gaz.lookup(text[start:end])
    if entry is not None and entry.type != "Model":
        return ""
    if (
        word in gaz.by_form
        or word in TITLE_WORDS
        or word in ORG_SUFFIXES
        or fold(word) in gaz.role_nouns
        or fold(word) in gaz.places
        or fold(word) in gaz.non_entities
        or word.lower() in gaz.stopwords
    ):
        return ""
    span = doc.char_span(end + 1, end + 1 + len(word))
    if (
        span is None
        or span[0].pos_ != "PROPN"
        or span[0].ent_type_ in ("GPE", "LOC", "DATE", "ORG", "NORP")
    ):
        return ""
    return " " + word
