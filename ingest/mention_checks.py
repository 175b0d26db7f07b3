"""What the mention rules share: the article as they read it (:class:`ArticleView`) and
the checks on a candidate name (could these tokens be a name, does it look like a
person, may a context rule call it an organisation, is this line a headline).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from spacy.attrs import DEP
from spacy.tokens import Doc, Token

from ingest.document import doc_text
from ingest.entity_lexicon import (
    AWARD_WORDS,
    FUNCTION_WORDS,
    HONORIFICS,
    NAME_CONNECTORS,
    NAME_PARTICLES,
    NOT_ORG_WORDS,
    ORG_SUFFIXES,
    RENAME_STOP,
    TITLE_WORDS,
)
from ingest.entity_model import strip_possessive
from ingest.gazetteer import Gazetteer, fold

# a capitalised word of plain letters ("Veltrix"), not "O'Donnell" or "GOPers"
_PLAIN_CAPITALISED = re.compile(r"[A-Z][a-z]{2,}")


# what puts a name where a place goes: "based in X", "X, a city in ..."
_PLACED_AFTER = re.compile(
    r"\b(?:(?:based|headquartered|located|born|lives) in|downtown|uptown|midtown|"
    r"(?:the (?:city|town|village|streets|mayor|residents)|residents) of) $"
)
_PLACE_DESCRIBED = re.compile(
    r", (?:a|the) (?:small |large |coastal |northern |southern |eastern |western )?"
    r"(?:town|city|village|county|province|region|country|suburb|district|borough|island|"
    r"capital|municipality)\b"
)
# "Halvern's city council", "Halvern's mayor": a town's own offices
_CIVIC_OFFICE = re.compile(
    r"['\u2019]s (?:city council|town council|mayor|city hall|city manager|school board)\b"
)
# "in Halvern, Arizona,": a town, then the region it lies in (not "in Velmora, China's
# biggest AI startup")
_IN_REGION = re.compile(r", (?P<region>[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?=[,.;:)]|$)")


def placed_by_words(text: str, start: int, end: int, places: set[str]) -> bool:
    """Whether the words around a name make it a place ("a startup based in Halvern",
    "downtown Halvern", "the mayor of Halvern", "Halvern, a town in the north",
    "Halvern's city council", "in Halvern, Arizona" with a region of ``places``),
    whatever the NER called it."""
    if _PLACED_AFTER.search(text[max(0, start - 20) : start]) or _PLACE_DESCRIBED.match(text, end):
        return True
    if _CIVIC_OFFICE.match(text, end):
        return True
    region = _IN_REGION.match(text, end)
    return (
        region is not None
        and text[max(0, start - 6) : start].endswith((" in ", " near "))
        and fold(region.group("region")) in places
    )


@dataclass(slots=True)
class ArticleView:
    """One article as the mention rules read it: the parse, its text (``Doc.text`` is
    rebuilt on every access, so it is read once), the gazetteer, the forms the
    gazetteer knows and the statistical NER's spans."""

    doc: Doc
    text: str
    gaz: Gazetteer
    known: set[str]
    ner_spans: list[tuple[int, int, str]]
    english: frozenset[str]
    # one-word names the words around make a place somewhere ("downtown Halvern", "in
    # Halvern, Arizona", whatever the NER called it there): a place wherever they recur
    placed: frozenset[str] = frozenset()

    @classmethod
    def of(cls, doc: Doc, gaz: Gazetteer, english: frozenset[str] = frozenset()) -> ArticleView:
        """The view of ``doc``; ``english``: the words a dictionary has."""
        text = doc_text(doc)
        return cls(
            doc=doc,
            text=text,
            gaz=gaz,
            known=set(gaz.by_form),
            ner_spans=[(e.start_char, e.end_char, e.label_) for e in doc.ents],
            english=english,
            placed=frozenset(
                e.text
                for e in doc.ents
                if e.label_ in ("ORG", "GPE")
                and len(e) == 1
                and placed_by_words(text, e.start_char, e.end_char, gaz.places)
            ),
        )

    def name_word(self, tok: Token) -> bool:
        """Whether ``tok`` is a word of a name: tagged a proper noun, or a capitalised
        word that no dictionary has (the tagger calls an unknown word a common noun,
        mostly opening a sentence: "Veltrix Robotics released ...", "accused Veltrix").
        Inside a sentence only a plain capitalised word counts ("O'Donnell said" and
        "GOPers" are a surname and a nickname the tagger rightly left alone)."""
        if tok.pos_ == "PROPN":
            return True
        return (
            bool(self.english)
            and tok.text[:1].isupper()
            and (tok.is_sent_start or _PLAIN_CAPITALISED.fullmatch(tok.text) is not None)
            and tok.pos_ in ("NOUN", "ADJ", "VERB")
            and tok.lower_ not in self.english
            and tok.lemma_.lower() not in self.english
            and tok.lower_ not in self.gaz.stopwords
        )

    def ner_covers(self, s: int, e: int) -> bool:
        """Whether an NER span of any label covers ``s``-``e``."""
        return any(a <= s and e <= b for a, b, _ in self.ner_spans)

    def ner_names(self, s: int, e: int) -> bool:
        """Whether the NER reads ``s``-``e`` as a name of its own: not a place, and no
        longer name with more capitalised words ("Nova Scotia", "the Titan submarine")."""
        return any(
            a <= s
            and e <= b
            and label not in ("GPE", "LOC", "FAC", "NORP", "DATE", "EVENT", "LAW", "LANGUAGE")
            and not re.search(r"[A-Z]", self.text[e:b])
            for a, b, label in self.ner_spans
        )

    def first_name_of_person(self, s: int, e: int) -> bool:
        """Whether ``s``-``e`` is a given name opening a person's name the NER found
        ("Claude Shannon", "Alexa Chung"), not a model or product of that name: the next
        word is no model variant ("Claude Opus" stays a model)."""
        word = self.text[s:e]
        if word not in self.gaz.given_names:
            return False
        nxt = re.match(r"\s+([A-Z][\w'-]+)", self.text[e : e + 40])
        if nxt is None or nxt.group(1) in self.gaz.variant_words:
            return False
        return any(a == s and b > e and label == "PERSON" for a, b, label in self.ner_spans)

    def surname_of_person(self, s: int, e: int) -> bool:
        """Whether the one word ``s``-``e`` is the surname of a person the NER found by
        full name earlier in the article ("Pearson" after "KeShaun Pearson"), so that a
        company of that name is not who the word names."""
        word = self.text[s:e]
        return (
            " " not in word
            and any(
                label == "PERSON"
                and b <= s  # named in full first, as a person is
                and self.text[a:b].endswith(" " + word)
                and self.text[a:b].split()[0] not in TITLE_WORDS
                for a, b, label in self.ner_spans
            )
        )


# what only a person is set off with: "X, who ...", "X, one of the creators,", "X, a
# professor at Y,"
_PERSON_SET_OFF = re.compile(
    r",\s+(?:who\b|one of (?:the |its |their )?(?P<many>[a-z-]+)\b"
    r"|(?:an?|the) (?:[a-z-]+ ){0,2}?(?P<role>[a-z-]+)\b(?= at| of| for|,))"
)


def set_off_as_person(text: str, end: int, role_nouns: set[str]) -> bool:
    """Whether the name ending at ``end`` is set off as a person's ("Ofir Press, one of
    the creators, wrote", "Jane Roe, a professor at Yale,"), whatever word it ends in:
    by "who", by "one of" people named by an agent noun ("creators", "founders"), or
    by one of ``role_nouns``."""
    m = _PERSON_SET_OFF.match(text, end)
    if m is None:
        return False
    if m.group("many") is not None:
        return re.search(r"(?:er|or|ist|ant|ent)s$", m.group("many")) is not None
    if m.group("role") is not None:
        return m.group("role") in role_nouns
    return True


def in_regions(start: int, regions: list[tuple[int, int]]) -> bool:
    """Whether ``start`` lies in one of ``regions``."""
    return any(s <= start < e for s, e in regions)


def name_tokens(doc: Doc, start: int, end: int) -> bool:
    """Whether the tokens of ``start``-``end`` could all be words of a name (no verbs,
    pronouns, determiners, prepositions or adverbs)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and not any(
        t.pos_ in ("AUX", "ADP", "DET", "PRON", "ADV", "SCONJ", "CCONJ")
        or t.lower_ in FUNCTION_WORDS
        or (t.pos_ == "VERB" and t.lower_.endswith("s") and t.lemma_ != t.lower_)
        for t in span
    )


def token_at(doc: Doc, char: int) -> Token | None:
    """The token that starts at or covers character ``char`` of ``doc``, if any."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None else None


def trim_name(name: str) -> str:
    """``name`` without a leading article or description ("Shanghai-based Hurun
    Report": Hurun Report) or a trailing possessive or full stop."""
    name = re.sub(r"^(?:The|A|An|the)\s+(?=[A-Z])", "", name.strip())
    name = re.sub(r"^[A-Z][\w.]*-(?:based|backed|owned|funded|led)\s+(?=[A-Z])", "", name)
    return strip_possessive(name).rstrip(".").strip()


def person_like_names(doc: Doc, gaz: Gazetteer) -> set[str]:
    """Names the NER tags as people (``gaz`` is unused: the given-name test is
    :func:`looks_like_person`, applied where a name is judged)."""
    return {e.text for e in doc.ents if e.label_ == "PERSON"}


def looks_like_person(name: str, gaz: Gazetteer) -> bool:
    """A two- or three-word name that starts with a common given name ("Lucas Beyer")."""
    words = name.split()
    if not 2 <= len(words) <= 4 or words[0] not in gaz.given_names:
        return False
    if any(w in ORG_SUFFIXES or w in TITLE_WORDS for w in words[1:]):
        return False
    rest = [w for w in words[1:] if w not in NAME_PARTICLES]
    return bool(rest) and all(
        re.fullmatch(r"[A-Z][^\W\d_]+(?:[-'’][A-Z]?[^\W\d_]+)*\.?", w) for w in rest
    )


def org_name_ok(name: str, gaz: Gazetteer, person_like: set[str]) -> bool:
    """Whether a context rule may call ``name`` an organisation."""
    if not name or not name[0].isupper() or "\n" in name:
        return False
    words = name.split()
    if words[0] in NOT_ORG_WORDS or words[0] in RENAME_STOP or len(words) > 5:
        return False
    if words[0] in HONORIFICS:
        return False  # "Mr. Clarke": a person
    f = fold(name)
    if f in gaz.non_entities or f in gaz.places or name in person_like:
        return False
    entry = gaz.lookup(name)
    if entry is not None and entry.type != "Organization":
        return False
    return not looks_like_person(name, gaz)


def tokens_with_dep(doc: Doc, dep: str) -> Iterator[Token]:
    """The tokens whose dependency label is ``dep``, in order.

    Read from the doc's label array: making a Python object for every token of
    the article just to look at its label costs more than the rest of the rule.
    """
    wanted = doc.vocab.strings[dep]
    for i, label in enumerate(doc.to_array(DEP).tolist()):
        if label == wanted:
            yield doc[i]


# the words a headline leaves in lower case ("Meta Says Llama 4 Was Not Trained on Test Sets")
HEADLINE_SMALL_WORDS = frozenset(
    {"a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "at", "by", "with", "over"}
)


def title_case_line(text: str, pos: int) -> bool:
    """Whether ``pos`` lies on a headline-style line (most words capitalised)."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return _title_case(text, start, end if end >= 0 else len(text))


@lru_cache(maxsize=4096)
def _title_case(text: str, start: int, end: int) -> bool:
    """:func:`title_case_line` for the line ``start``-``end``, read once per line (a
    text with one very long line asks for it once per sentence)."""
    words = re.findall(r"[^\W\d_][\w'\u2019-]*", text[start:end])
    # an amount is a word of a headline ("Acme Raises $50 Million"); a rank or an age in
    # a list of names ("6. Jane Roe (6.)", "Jane Roe, 24.") is not
    amounts = re.findall(r"[$€£]\d[\d,.]*|\d[\d,.]*%", text[start:end])
    if len(words) + len(amounts) < 4 or len(words) < 2:
        return False
    content = [w for w in words if w.lower() not in HEADLINE_SMALL_WORDS]
    if not content or sum(w[0].isupper() for w in content) < 0.8 * len(content):
        return False
    # a sentence full of names ("Judge Ann Poe of the U.S. District Court ... denied the
    # motion.") ends like one and keeps its verbs in lower case; a headline does neither
    line = text[start:end].rstrip()
    lower = sum(1 for w in content if w[0].islower())
    return not (re.search(r"[.!?][\"”’')]?$", line) and lower >= 1)


def plausible_ner(surface: str, etype: str, gaz: Gazetteer) -> bool:
    """Whether an NER reading of ``surface`` as ``etype`` can be a name of this domain."""
    if fold(surface) in gaz.non_entities or "\n" in surface:
        return False
    words = surface.split()
    if not words or not surface[0].isupper():
        return False
    if words[-1] in AWARD_WORDS:
        return False
    if etype == "Person":
        if any(ch.isdigit() for ch in surface) or len(words) > 5:
            return False
        if any(not w[0].isupper() for w in words if w not in NAME_PARTICLES):
            return False
        return not any(w in ORG_SUFFIXES for w in words[1:])
    # organisations: unknown all-caps short tokens are usually jargon (LLMs, CoT, ELO)
    if len(words) == 1 and len(surface) <= 5 and (surface.isupper() or surface[-1] == "s"):
        return False
    if any(w.islower() and w not in NAME_CONNECTORS for w in words[1:]):
        return False  # "Universal sue Midjourney" (a headline's verb), not "Bank of America"
    return len(words) <= 6
