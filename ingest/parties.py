"""Which named party a phrase of the dependency parse stands for.

The challenge finder (``ingest/opposition.py``) asks of every subject and object:
whom does it name?  A :class:`PartyResolver` answers for one article, from its entity
mentions:

- a name is its entity; a model stands for the organisation that develops it;
- a party's thing or agent stands for the party: "Y's claims", "the report by Y",
  "the claims made by Y", "Y's lawyers", "the OpenAI model";
- people at or of an organisation stand for it: "researchers at Stanford",
  "Google DeepMind researchers";
- a description that introduces a name ("an entity named X", "a user going by the
  name X") and a list ("three researchers, X, Y and Z", "firms including X and Y");
- "he"/"she" is the person last named, "the company" the organisation last named;
- a definite plural refers back to the latest list of named parties introduced with
  that noun ("three artists, X, Y and Z" ... "the artists"), and a generic noun for
  organisations ("the companies") to the latest list of organisations;
- a clause's subject is found through participles, reported clauses, relative
  clauses ("X, which called for ...") and object control ("ordered Y to respond").

It also reads which parties the parse puts on one side: "Meta CTO X", "Huawei's
research arm, Y" (never "former OpenAI researcher X").
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from itertools import pairwise

from spacy.tokens import Doc, Token

from ingest.claim_words import lexicon as claim_lexicon
from ingest.document import doc_text
from ingest.entity_lexicon import INSTITUTION_HEADS, TITLE_FORMS
from ingest.gazetteer import DATA_DIR
from ingest.genders import person_genders, pronoun_gender
from ingest.syntax import (
    actor_came_after,
    apposition_of_phrase_head,
    comma_participle,
    coordinated_head,
    said_to_be_former,
    stranded_subject,
)

PARTY_TYPES = ("Person", "Organization")


def _word_lists() -> dict[str, frozenset[str]]:
    """The word lists of ``data/parties.json`` (see its ``_doc``)."""
    raw = json.loads((DATA_DIR / "parties.json").read_text(encoding="utf-8"))
    return {k: frozenset(v) for k, v in raw.items() if not k.startswith("_")}


_WORDS = _word_lists()
# a party asks a body to act for it ("X wants the court to dismiss ...")
ASKING_VERBS = _WORDS["asking_verbs"]
# a request a party files ("X filed a motion to dismiss Y's suit"): the act is the filer's
REQUEST_NOUNS = _WORDS["request_nouns"]
FILING_VERBS = _WORDS["filing_verbs"]
# "the company": the organisation last named
ORG_DESCRIPTIONS = _WORDS["org_descriptions"]
# "the institute": the institution last named with that head word
ORG_HEADS = _WORDS["org_heads"]
# "former OpenAI researcher X": no longer on that side
FORMER = _WORDS["former"]
# "the claims Y brought against Z"
BRINGING_VERBS = _WORDS["bringing_verbs"]
AUTHORING_VERBS = _WORDS["authoring_verbs"]
# words that make a possessor the other side: "Velmora's rival Quorvane"
RIVAL_WORDS = _WORDS["rival_words"]
# "an analyst at Corran Research said the company ...": not Corran Research
OUTSIDE_ROLES = _WORDS["outside_roles"]
# "students at the University of Corran": people there who do not act for it
OUTSIDER_NOUNS = frozenset(_WORDS["outsider_nouns"])

# what a reporter does in a participle that ends the report ("..., rejecting Y's
# argument", "..., calling it baseless")
REPORTERS_PARTICIPLES = frozenset(
    {"reject", "dismiss", "deny", "dispute", "call", "add", "note", "conclude", "find", "rule"}
)
# "the regulator": the public body last named
REGULATOR_NOUNS = frozenset(("regulator", "watchdog", "authority", "agency"))
PERSON_PRONOUNS = {"he", "she", "him", "her", "his"}
SUBJECTS = {"nsubj", "nsubjpass", "csubj"}


# how a name hangs on the noun it modifies ("OpenAI researchers"; the small model
# sometimes reads the name as an adjective)
NAME_MODIFIERS = frozenset({"compound", "amod", "nmod"})

# dependencies through which a clause inherits its governing clause's subject
CLAUSE_LINKS = frozenset({"xcomp", "advcl", "conj", "ccomp", "pcomp", "acomp"})


# a name that owns the noun after it ("Mashable's parent company")
_POSSESSOR = re.compile(r"['\u2019]s?\b")


# what a judge or court hands down: "disagreed with the decision" disagrees with its author
RULING_NOUNS = frozenset({"ruling", "decision", "verdict", "judgment", "judgement", "order"})
# (a university, an institute or a lab decides nothing another party calls "the
# decision"; a court's is a ruling, read by ``judge_before``)
ACADEMIC_HEADS = frozenset({"University", "College", "School", "Institute", "Lab", "Labs"})
# last words of the names of public bodies that decide ("the European Commission", "the
# Halvern Data Protection Authority")
DECIDING_BODY_HEADS = (INSTITUTION_HEADS - ACADEMIC_HEADS - {"Court", "Foundation"}) | {
    "Administration",
    "Bureau",
}
# what a public body does when it decides: "the Commission fined Y", "the agency ordered"
# (by the word's form: the tagger's lemma of "fined" is "fin")
DECIDING = re.compile(r"(?:fin|order|rul|decid|bann?|block|approv|reject)(?:e|es|ed|ing|s)?")
JUDGE_TITLE = re.compile(r"\b(?:Judge|Justice|Magistrate)\s+(?:[A-Z]\.\s+)?$")
COURT_NAME = re.compile(r"(?:the )?(?:[A-Z][\w.]* ){0,6}?Court\b")

# a person's own group: "his team", "her colleagues" act for that person
OWN_GROUPS = _WORDS["own_groups"]
# an organisation's people as a group ("the researchers", "the engineers")
STAFF_NOUNS = frozenset(claim_lexicon()["staff_nouns"])
# nouns for the same people, a party's lawyers: "the attorneys" after "lawyers from Y"
LAWYER_NOUNS = _WORDS["lawyer_nouns"]

# what a maker does to what it makes: "an agent made by Y", "a chatbot built by Y"
MAKING_VERBS = frozenset({"make", "build", "develop", "create", "design", "produce", "train"})


def _maker_of(thing: Token) -> Token | None:
    """The maker a thing's own phrase names: "an AI agent made by Quorvane", "a chatbot
    from Velmora"."""
    for c in thing.children:
        if c.dep_ == "acl" and c.lemma_.lower() in MAKING_VERBS:
            by = next((a for a in c.children if a.dep_ == "agent"), None)
            pobj = next((p for p in by.children if p.dep_ == "pobj"), None) if by else None
            if pobj is not None:
                return pobj
        if c.dep_ == "prep" and c.lower_ == "from":
            pobj = next((p for p in c.children if p.dep_ == "pobj"), None)
            if pobj is not None and pobj.pos_ == "PROPN":
                return pobj
    return None


def staff_introduced(
    text: str, organisations: list[tuple[int, int, str]], plural: str, pos: int
) -> str | None:
    """The organisation (of ``organisations``: start, end, key in text order) whose
    people the text last introduced before ``pos`` with the plural noun ``plural``
    ("researchers at the Halvern Institute", "Halvern Institute researchers", "lawyers
    from the law firm Corran & Blake" for "the attorneys"): the one "the researchers"
    refers back to."""
    singular = plural[:-1] if plural.endswith("s") else plural
    same = sorted(LAWYER_NOUNS) if singular in LAWYER_NOUNS else [singular]
    plurals = "|".join(re.escape(f"{w}s") for w in same)
    at = re.compile(rf"\b(?:{plurals}) (?:at|from|with) (?:the )?(?:[a-z][\w-]* ){{0,3}}$", re.I)
    after = re.compile(rf" (?:{plurals}) ")  # "Halvern Institute researchers"
    found = None
    for start, end, key in organisations:
        if start >= pos:
            break
        if at.search(text, max(0, start - 60), start) or after.match(text, end):
            found = key
    return found


class PartyResolver:
    """Which named party a phrase of the parse stands for (see the module docstring)."""

    def __init__(
        self,
        doc: Doc,
        mentions: list[tuple[int, int, str]],
        types: dict[str, str],
        developer: dict[str, str],
        claimants_at: Callable[[int], list[str]],
        *,
        owned: frozenset[str] = frozenset(),
        group_nouns: frozenset[str] = frozenset(),
        role_nouns: frozenset[str] = frozenset(),
        platforms: frozenset[str] = frozenset(),
        critics: frozenset[str] = frozenset(),
        asked_bodies: frozenset[str] = frozenset(),
        other_parties: frozenset[str] = frozenset(),
        speakers: list[tuple[int, str]] | None = None,
        non_companies: frozenset[str] = frozenset(),
        public_bodies: frozenset[str] = frozenset(),
    ) -> None:
        """``mentions``: (start, end, entity key) in text order; ``types``: entity types;
        ``developer``: model -> developing organisation; ``claimants_at(pos)``: the
        claimants the claim extractor resolved for a phrase at ``pos`` (several for
        "the publishers" after a list of them); ``owned``: nouns
        for a party's claim or work ("Y's claims" stand for Y); ``group_nouns``: plural
        nouns for organisations in general; ``role_nouns``: a party's agents ("Y's
        lawyers"); ``platforms``: entity keys of platforms (they host, never write);
        ``critics``: nouns of opposition ("critic of Y", "Y critic X"), which put a
        name on the other side, not on Y's; ``asked_bodies``: bodies asked to act
        ("asked a court to throw out ..."), which act for the party asking;
        ``other_parties``: nouns for another party related to a possessor ("Y's
        rival", "Y's investors") or for a place or an event it has ("at Y's
        conference"); any other possessed noun is Y's thing ("Y's assessment" stands
        for Y);
        ``speakers``: (claim start, claimant key) in text order, whose account "her
        account" is; ``non_companies``: entity keys of outlets and public bodies, which
        "the company" never refers to ("filed a complaint with the FTC, alleging the
        company misled ..."); ``public_bodies``: those of public bodies and universities,
        one of which "the regulator" is."""
        self.doc = doc
        self.text = doc_text(doc)
        self.speakers = speakers or []
        self.non_companies = non_companies
        self.public_bodies = public_bodies
        self.critics = critics
        self.asked_bodies = asked_bodies
        self.other_parties = other_parties
        self.owned = owned
        self.role_nouns = role_nouns
        self.platforms = platforms
        self.types = types
        self.developer = developer
        self.claimants_at = claimants_at
        self.mentions = mentions  # (start, end, key), text order
        self.mention_starts = [s for s, _, _ in mentions]
        people = {k for k, t in types.items() if t == "Person"}
        self.genders = person_genders(doc, mentions, people, self.text)
        self.tok_key: dict[int, str] = {}
        for s, e, key in mentions:
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is not None:
                for t in span:
                    self.tok_key.setdefault(t.i, key)
        self.group_nouns = group_nouns
        # (start, noun, authors) of the documents the article names ("a study by X"),
        # set by the caller that reads them: "the study" and "the study's authors" are
        # the latest such document's authors
        self.documents: list[tuple[int, str, list[str]]] = []
        self._employers: dict[str, set[str]] | None = None  # person -> organisations
        # (position, parties, the words that introduce it) of each list of parties
        self.groups: list[tuple[int, list[str], frozenset[str]]] = []
        for i in sorted(self.tok_key):
            tok = doc[i]
            if tok.dep_ == "conj" or not any(c.dep_ == "conj" for c in tok.children):
                continue
            keys = list(
                dict.fromkeys(
                    k
                    for t in [tok, *tok.conjuncts]
                    if (k := self._party(self.tok_key.get(t.i))) is not None
                )
            )
            if len(keys) >= 2 and len({types.get(k) for k in keys}) == 1:
                # the list's own words and the few before it ("three artists — X, Y and
                # Z", "publishers such as X and Y"), not the rest of its sentence
                first = max(tok.sent.start, tok.left_edge.i - 4)
                for t in doc[first : tok.left_edge.i]:
                    if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("prep", "acl", "amod", "relcl"):
                        # "the images spread widely on X and Y": a clause's subject, no
                        # noun of the list ("companies including X and Y", "the studios,
                        # which include X and Y" are)
                        first = t.i + 1
                if tok.dep_ == "pobj" and tok.head.lower_ in ("against", "versus", "vs", "vs."):
                    # "a lawsuit by artists against X, Y and Z": the other side's words
                    first = max(first, tok.head.i + 1)
                near = [*doc[first : tok.right_edge.i + 1], tok.head]
                words = frozenset(t.lemma_.lower() for t in near)
                self.groups.append((tok.idx, keys, words))

    def affiliations(self) -> list[list[str]]:
        """Parties the parse puts on one side: a name with an organisation as its
        compound or possessor ("Meta CTO Andrew Bosworth", "Huawei's research lab",
        "OpenAI board member Bret Taylor")."""
        out: list[list[str]] = []
        for i, key in self.tok_key.items():
            tok = self.doc[i]
            if self.types.get(key) not in PARTY_TYPES or self.tok_key.get(tok.head.i) == key:
                continue  # not the head of its name
            # the whole name's dependants: "Huawei's Noah's Ark Lab" hangs "Huawei's"
            # on "Noah", inside the name
            own = [t for t in tok.subtree if self.tok_key.get(t.i) == key] or [tok]
            kids = [c for t in own for c in t.children if self.tok_key.get(c.i) != key]
            if self.types.get(key) == "Person":
                near = [c for c in kids if c.dep_ in ("compound", "poss", "appos")]
                near += [g for c in near for g in c.children if g.dep_ in ("compound", "poss")]
            else:  # organisations: only a possessor ("Huawei's lab"); compounds of two
                # names are mostly headlines run together
                near = [c for c in kids if c.dep_ == "poss"]
            # across an apposition: "Huawei's research arm, X", "X, a unit of Alphabet",
            # "three OpenAI researchers, X, Y and Z" (a list hangs on its first member)
            first = tok
            while first.dep_ == "conj" and first.head != first:
                first = first.head
            described = [c for c in kids if c.dep_ == "appos"]
            if first.dep_ == "appos" and apposition_of_phrase_head(first) is None:
                # (not "A union representing Y's staff, the Workers Alliance,": the
                # union's name, hung on the staff)
                described.append(first.head)
            # only a description ("research arm", "researchers"), never another name
            described = [
                d
                for d in described
                if d.pos_ == "NOUN"
                and d.i not in self.tok_key
                and d.lemma_.lower() not in self.critics
                # ("Kestrel's chief rival, Velmora": the possessor's rival, not its ally)
                and d.lemma_.lower() not in RIVAL_WORDS
            ]
            # "Y critic X": a critic of Y is not on Y's side
            near = [
                c
                for c in near
                if self.critics.isdisjoint((c.lemma_.lower(), c.head.lemma_.lower()))
            ]
            if any(c.lemma_.lower() in RIVAL_WORDS for c in kids):
                near = []  # "Velmora's rival Quorvane": the possessor's rival, not its ally
            for d in described:
                near += [c for c in d.children if c.dep_ in ("poss", "compound")]
                near += [
                    p
                    for c in d.children
                    if c.dep_ == "prep" and c.lower_ in ("of", "at")
                    for p in c.children
                    if p.dep_ == "pobj"
                ]
            if any(t.lower_ in FORMER for c in near for t in c.subtree) or any(
                t.lower_ in FORMER for t in own
            ):
                continue  # "former OpenAI researcher X": no longer on that side
            for c in near:
                other = self.tok_key.get(c.i)
                if other and other != key and self.types.get(other) == "Organization":
                    pair = [key, other]
                    if pair not in out:
                        out.append(pair)
        return out

    def party_of_key(self, key: str) -> str | None:
        """The party an entity key stands for (a model stands for its developer)."""
        return self._party(key)

    def _party(self, key: str | None) -> str | None:
        if key is None:
            return None
        if self.types.get(key) in PARTY_TYPES:
            return key
        return self.developer.get(key)  # a model stands for its developer

    def last_before(
        self,
        pos: int,
        etype: str,
        exclude: set[str],
        gender: str | None = None,
        among: frozenset[str] | None = None,
    ) -> str | None:
        """The party of type ``etype`` named last before ``pos``; with ``gender``, one
        the article does not show to be of the other gender ("she": not "Mr. Roe");
        with ``among``, one of those."""
        best = None
        for s, _, key in self.mentions:
            if s >= pos:
                break
            if key in self.platforms and re.search(
                r"\b(?:on|via)\s+$", self.text[max(0, s - 5) : s]
            ):
                continue  # "in a post on X": where something was said, not a party
            if self.types.get(key) == etype and key not in exclude:
                if gender is not None and self.genders.get(key, gender) != gender:
                    continue
                if among is not None and key not in among:
                    continue
                best = key
        return best

    def _reporters_organisation(self, tok: Token, exclude: set[str]) -> str | None:
        """The organisation of the named person whose report ``tok`` stands in: "Nair,
        Halvern's chief medical officer, ... Nair said the company stood by its
        results" is Halvern, whoever was named last."""
        reporter = next((a for a in tok.ancestors if a.dep_ == "ccomp"), None)
        if reporter is None or reporter.head == reporter:
            return None
        subj = next((c for c in reporter.head.children if c.dep_ == "nsubj"), None)
        person = self.tok_key.get(subj.i) if subj is not None else None
        if person is None or self.types.get(person) != "Person":
            return None
        if any(c.dep_ == "appos" and c.lemma_.lower() in OUTSIDE_ROLES for c in subj.children):
            return None  # "Nair, a partner at Corran Ventures, said the company's ...": not hers
        if self._employers is None:
            self._employers = {}
            for a, b in self.affiliations():
                self._employers.setdefault(a, set()).add(b)
        orgs = self._employers.get(person, set()) - exclude - self.non_companies
        return next(iter(orgs)) if len(orgs) == 1 else None

    def _outside_employer(self, tok: Token) -> set[str]:
        """The organisations the subject of ``tok``'s clause is described as working at
        from outside: "Tomas Reyes, a lawyer at the firm Y, disagreed with the company"
        (not Y: the company is the one the article is about; "a lawyer for Y"
        represents Y, and "Y's spokesperson" speaks for it); also when X reports it
        ("attorney X of the firm Y wrote that the company had ...")."""
        subj = next(
            (
                c
                for a in tok.ancestors
                if a.pos_ in ("VERB", "AUX")
                for c in a.children
                if c.dep_ == "nsubj" and self.types.get(self.tok_key.get(c.i, "")) == "Person"
            ),
            None,
        )
        if subj is None:
            return set()
        lawyers = ("lawyer", "attorney")
        titled = any(c.dep_ == "compound" and c.lemma_.lower() in lawyers for c in subj.children)
        out: set[str] = set()
        for role in subj.children:
            lemma = role.lemma_.lower()
            preps = {c.lower_ for c in role.children if c.dep_ == "prep"}
            outside = (
                # "X, a partner at Y,", "X, a lawyer at the firm Y,"
                role.dep_ == "appos"
                and (lemma in OUTSIDE_ROLES or (lemma in lawyers and bool(preps & {"at", "with"})))
            ) or (
                # "attorney X of the firm Y"
                role.dep_ == "prep" and role.lower_ in ("of", "at", "with") and titled
            )
            if outside:
                out |= {self.tok_key[t.i] for t in role.subtree if t.i in self.tok_key}
        return out

    def _not_an_owner_in_passing(self, key: str, pos: int, exclude: set[str]) -> str:
        """The organisation "the company" refers to when ``key`` was named last: not one
        named only as the owner of something in a sentence whose subject is another
        organisation ("Quorvane said its model beat OpenAI's GPT-4o. ... the company's
        numbers" are Quorvane's)."""
        last, end = max(
            ((s, e) for s, e, k in self.mentions if k == key and s < pos), default=(None, 0)
        )
        if last is None:
            return key
        # (the whole name: "Kestrel Media's" hangs its possessive on its last word)
        tok = self.doc.char_span(last, end, alignment_mode="expand")
        if tok is None or tok.root.dep_ != "poss":
            return key
        sent = tok.root.sent
        for s, e, k in self.mentions:
            if k in (key, *exclude, *self.non_companies) or self.types.get(k) != "Organization":
                continue
            if not sent.start_char <= s < last:
                continue
            span = self.doc.char_span(s, e, alignment_mode="expand")
            if span is not None and span.root.dep_ in ("nsubj", "nsubjpass"):
                return k
        return key

    def named_with_head(self, pos: int, head: str, exclude: set[str]) -> str | None:
        """The organisation last named before ``pos`` whose name opens or ends with the
        word ``head`` ("Halvern Institute", "University of Halvern")."""
        best = None
        for s, e, key in self.mentions:
            if s >= pos:
                break
            words = self.text[s:e].lower().split()
            if (
                len(words) > 1
                and head in (words[0], words[-1])
                and self.types.get(key) == "Organization"
                and key not in exclude
            ):
                best = key
        return best

    def titled_before(
        self, pos: int, role: str, exclude: set[str], only: bool = False
    ) -> str | None:
        """The latest person before ``pos`` written with the title ``role`` or its
        abbreviation ("Sen. Jane Roe", "Jane Roe, a senator from Ohio"); with ``only``,
        the one such person, or None when there are several."""
        forms = "|".join(re.escape(f) for f in (role, *TITLE_FORMS.get(role, ())))
        before = re.compile(rf"(?:^|[^\w.])(?:{forms}),? $", re.I)
        after = re.compile(rf"^, (?:a |an |the )?(?:[\w'\u2019-]+ ){{0,3}}?(?:{forms})\b", re.I)
        found = None
        for s, e, key in self.mentions:
            if s >= pos:
                break
            if self.types.get(key) != "Person" or key in exclude:
                continue
            if before.search(self.text[max(0, s - 30) : s]) or after.match(self.text[e : e + 60]):
                if only and found is not None and found != key:
                    return None
                found = key
        return found

    def titled_member(self, role: str, org: str, exclude: set[str]) -> str | None:
        """The one person the article writes with the title ``role`` next to the name of
        organisation ``org`` ("Jane Roe, the founder of Velmora"), if exactly one."""
        person = self.titled_before(len(self.text), role, exclude, only=True)
        if person is None:
            return None
        names = {self.text[s:e] for s, e, key in self.mentions if key == org}
        near = [self.text[max(0, s - 40) : e + 80] for s, e, key in self.mentions if key == person]
        return person if any(n in window for n in names for window in near) else None

    def last_speaker_before(
        self, pos: int, exclude: set[str], gender: str | None = None
    ) -> str | None:
        """The person who made the latest claim before ``pos``, outside ``exclude``
        (with ``gender``, not one the article shows to be of the other)."""
        best = None
        for start, key in self.speakers:
            if start >= pos:
                break
            if self.types.get(key) == "Person" and key not in exclude:
                if gender is not None and self.genders.get(key, gender) != gender:
                    continue
                best = key
        return best

    def actors_before(self, pos: int, across_paragraphs: bool = False) -> list[str]:
        """The parties that are the subject of the sentence just before the one at
        ``pos``, in the same paragraph ("Zentrix announced a model. Brontal pushed
        back": Zentrix), or none; with ``across_paragraphs``, also the last sentence of
        the paragraph before."""
        doc = self.doc
        at = doc.char_span(pos, pos + 1, alignment_mode="expand")
        if at is None or at.start == 0:
            return []
        before = doc[at.start - 1].sent
        if not across_paragraphs and any(
            "\n" in t.text_with_ws for t in doc[before.end - 1 : at.start]
        ):
            return []  # another paragraph: the answer may be to anything in it
        root = before.root
        subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return self.of(subj, set()) if subj is not None and subj.dep_ == "nsubj" else []

    def of(self, head: Token, exclude: set[str]) -> list[str]:
        """The parties a noun phrase headed by ``head`` stands for: conjuncts, lists
        ("giants including X and Y", "three researchers, X, Y and Z") and plural
        definite nouns that refer back to such a list ("the publishers")."""
        out: list[str] = []
        for tok in [head, *head.conjuncts, *self._list_past_apposition(head)]:
            for key in self._many(tok, exclude):
                if key not in exclude and key not in out:
                    out.append(key)
        if len(out) == 1:
            listed = self._names_listed_with(head, out[0])
            out = [k for k in listed if k not in exclude or k == out[0]] or out
        return out

    def _subject_before_its(self, its: Token, exclude: set[str]) -> list[str]:
        """The organisation "its" stands for when the last subject before it in its
        sentence names one: "Until Velmora shares its logs, its claims are just
        marketing" (a subject that is a thing, "the study and its data", names none)."""
        subj = next(
            (
                t
                for t in reversed(its.doc[its.sent.start : its.i])
                if t.dep_ in ("nsubj", "nsubjpass")
            ),
            None,
        )
        key = self._party(self.tok_key.get(subj.i)) if subj is not None else None
        if key is None or key in exclude or self.types.get(key) != "Organization":
            return []
        return [key]

    def _name_after_description(self, obj: Token) -> str | None:
        """ "accused the AI startup Velmora of ...", read with "AI" as the object and
        "startup" as a verb: the party named right after a description of an
        organisation that the object opens."""
        doc = obj.doc
        for j in range(obj.i + 1, min(obj.i + 4, len(doc))):
            if j in self.tok_key:
                described = doc[j - 1].lower_ in ORG_DESCRIPTIONS and j > obj.i + 1
                return self._party(self.tok_key[j]) if described else None
            if not doc[j].is_lower or doc[j].is_punct:
                return None
        return None

    def mentions_within(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """The mentions (start, end, key) that lie wholly between ``start`` and ``end``."""
        first = bisect_left(self.mention_starts, start)
        last = bisect_right(self.mention_starts, end)
        return [(s, e, k) for s, e, k in self.mentions[first:last] if e <= end]

    def _names_listed_with(self, head: Token, key: str) -> list[str]:
        """Names the parser folded into ``head``'s phrase though the text lists them
        ("Dessa Brightwater and Marlowe Quince" read as one name): the mentions of the
        phrase's type joined to ``key``'s by nothing but "and" or commas, ``key``'s
        included, in text order (none when they are not such a list)."""
        a = head.doc[head.left_edge.i].idx
        b = head.right_edge.idx + len(head.right_edge)
        inside = self.mentions_within(a, b)
        if len(inside) < 2:
            return []
        kind = self.types.get(key)
        found: list[str] = []
        for (_, e1, k1), (s2, _, k2) in pairwise(inside):
            joined = LIST_GLUE.fullmatch(self.text[e1:s2]) is not None
            same = self.types.get(k1) == kind and self.types.get(k2) == kind
            if not (joined and same) or _POSSESSOR.match(self.text, inside[-1][1]):
                # not a plain list of names ("Ziff Davis, Mashable's parent company": the
                # second name owns the apposition's noun)
                return []
            for k in (k1, k2):
                if k not in found:
                    found.append(k)
        return found if key in found else []

    def _list_past_apposition(self, head: Token) -> list[Token]:
        """The rest of a list broken by an apposition: in "sued X, developer of Y, Z and
        W" the parser hangs Z and W on the model Y (as conjuncts or appositions); names of
        X's type are X's list."""
        kind = self.types.get(self.tok_key.get(head.i, ""))
        if kind is None:
            return []
        out = []
        for app in head.children:
            if app.dep_ != "appos":
                continue
            for prep in app.children:
                for obj in prep.children if prep.dep_ == "prep" else ():
                    inner = self.types.get(self.tok_key.get(obj.i, ""))
                    if obj.dep_ == "pobj" and inner is not None and inner != kind:
                        hung = [*obj.conjuncts, *(c for c in obj.children if c.dep_ == "appos")]
                        out += [
                            t for t in hung if self.types.get(self.tok_key.get(t.i, "")) == kind
                        ]
        return out

    def _many(self, tok: Token, exclude: set[str]) -> list[str]:
        """The parties one token of a noun phrase stands for (see :meth:`of`)."""
        key = self._party(self.tok_key.get(tok.i))
        if key is not None:
            return [key]
        low, lemma = tok.lower_, tok.lemma_.lower()
        if (
            (
                low in ("whom", "who")
                or (low == "which" and (tok.head.head.pos_ == "NOUN" or tok.dep_ == "nsubjpass"))
            )
            and tok.head.dep_ == "relcl"
            and tok.head.head.i != tok.i
        ):
            # "Daniel Cho, whom the chipmaker accuses", "Y's allegations, which X called
            # false", "Y, which is being sued by X": the relative pronoun's antecedent (a
            # "which" object stands for a common noun: in "the Mexican War, which most
            # Whigs opposed" it is no party)
            return self._many(tok.head.head, exclude)
        if tok.pos_ == "PRON":
            if low in ("her", "his") and tok.dep_ == "poss" and tok.head.lemma_ in self.owned:
                # "rejected her account": the account of the woman who spoke last, not
                # of the last person she named
                k = self.last_speaker_before(tok.idx, exclude, pronoun_gender(low))
                if k is not None:
                    return [k]
            if low in PERSON_PRONOUNS:
                k = self.last_before(tok.idx, "Person", exclude, pronoun_gender(low))
                return [k] if k else []
            if low == "their" and tok.dep_ == "poss":
                # "a group of authors led by X can proceed with their lawsuit": X's
                # (the verb whose subject is not the owned thing itself: the parser
                # may make "their lawsuit" the subject of "accusing")
                for verb in tok.head.ancestors:
                    group = _subject(verb) if verb.pos_ in ("VERB", "AUX") else None
                    if group is not None and group != tok.head:
                        return self._led_by(group, exclude) if group.pos_ == "NOUN" else []
            if low == "its" and tok.dep_ == "poss" and tok.head.lemma_ in self.owned:
                return self._subject_before_its(tok, exclude)
            return []  # "it", "they": too often a thing or an unnamed group
        named = self._named(tok)  # "an entity named X", "a user going by the name X"
        if not named and self._unnamed_in_lede(tok, lemma):
            # "X has sued a former engineer, accusing him of ... The complaint says Jane
            # Roe uploaded ...": the person the next sentence names
            named = self._person_named_next(tok, exclude)
        if named:
            return named
        if tok.pos_ == "NOUN" and tok.i + 1 < len(tok.doc) and tok.i + 1 in self.tok_key:
            nxt = tok.doc[tok.i + 1]
            if nxt.dep_ in ("npadvmod", "oprd", "dobj") and nxt.head == tok.head:
                # "accused rival chipmaker Halvern of ...": the parser cut the name off its
                # descriptive noun and hung it on the verb
                k = self._party(self.tok_key[nxt.i])
                if k is not None:
                    return [k]
        if tok.dep_ == "dobj" and tok.i not in self.tok_key:
            k = self._name_after_description(tok)
            if k is not None:
                return [k]
        listed: list[str] = []  # "three researchers, X, Y and Z"; "firms including X"
        for c in tok.children:
            such_as = c.lower_ == "as" and any(s.lower_ == "such" for s in c.children)
            if c.dep_ == "appos" or (
                c.dep_ == "prep" and (c.lower_ in ("including", "like") or such_as)
            ):
                heads = [c] if c.dep_ == "appos" else [p for p in c.children if p.dep_ == "pobj"]
                for h in heads:
                    for t in [h, *h.conjuncts]:
                        k = self._party(self.tok_key.get(t.i))
                        if k is None:
                            # "critics, including the researcher X": the name in apposition
                            k = next(
                                (
                                    self._party(self.tok_key.get(a.i))
                                    for a in t.children
                                    if a.dep_ == "appos" and a.i in self.tok_key
                                ),
                                None,
                            )
                        if k is not None and k not in listed:
                            listed.append(k)
        if listed:
            return listed
        for t in tok.subtree if lemma in ORG_DESCRIPTIONS or lemma in ORG_HEADS else ():
            if t.i in self.tok_key and apposition_of_phrase_head(t) == tok:
                # "A union representing Y's staff, the Workers Alliance, said": the name
                # closing the phrase, though the parser hung it on the staff
                k = self._party(self.tok_key[t.i])
                if k is not None and self.types.get(k) == "Organization":
                    return [k]
        led = self._led_by(tok, exclude) if tok.pos_ == "NOUN" else []
        if led:
            return led
        is_owned = lemma in self.owned or low in self.owned
        is_role = lemma in self.role_nouns or low in self.role_nouns
        if is_owned:
            # "the evidence Veltrix presented", "the results Quorvane reported": the
            # subject of the relative clause owns the thing
            for c in tok.children:
                if c.dep_ == "relcl":
                    subj = next((g for g in c.children if g.dep_ == "nsubj"), None)
                    k = self._party(self.tok_key.get(subj.i)) if subj is not None else None
                    if k is not None and k not in exclude:
                        return [k]
                    found = self._written_by(c, exclude)
                    if found:
                        return found
            # the same where the parser hung the clause elsewhere ("cast doubt on evidence
            # Corvane submitted", read as a clause of "cast"): the name right after
            nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
            if (
                nxt is not None
                and nxt.dep_ == "nsubj"
                and nxt.head.i > nxt.i
                and nxt.head.pos_ == "VERB"
                and not any(c.dep_ == "dobj" for c in nxt.head.children)
            ):
                k = self._party(self.tok_key.get(nxt.i))
                if k is not None and k not in exclude:
                    return [k]
        if lemma in OWN_GROUPS:
            # "his team could reproduce only 64 percent": the person whose team it is
            for c in tok.children:
                if c.dep_ == "poss" and c.lower_ in ("his", "her"):
                    return self.of(c, exclude)
        # a party's thing or agent: "Y's claims", "Y's lawyers", and any other thing a
        # named party has ("Y's assessment"), but not a party related to it ("Y's
        # rival") nor a place or an event ("at Y's conference", "in Y's state")
        possessed = tok.pos_ == "NOUN" and lemma not in self.other_parties
        if is_owned or is_role or possessed:
            for c in tok.children:
                if c.dep_ == "poss" and (is_owned or is_role or c.pos_ != "PRON"):
                    found = self.of(c, exclude)
                    if found:
                        return found
        if is_role and tok.i + 1 < len(tok.doc):
            # "Brontal chief executive Orrin Vasquez" parsed with the name hung elsewhere
            # (an apposition of an earlier conjunct): the name right after the role is
            # the person in it, not the company before
            k = self._party(self.tok_key.get(tok.i + 1))
            if k is not None and self.types.get(k) == "Person" and k not in exclude:
                return [k]
        if (is_owned or is_role) and not said_to_be_former(tok):
            for c in tok.children:
                if c.dep_ in NAME_MODIFIERS and c.i in self.tok_key:
                    k = self._party(self.tok_key[c.i])  # "the OpenAI chief", "the Google model"
                    if k is not None and is_role and tok.tag_ == "NN":
                        # "Velmora founder takes swipe at ...": the one person the article
                        # names as Velmora's founder, if any
                        return [self.titled_member(lemma, k, exclude) or k]
                    if k is not None:
                        return [k]
        if is_owned:
            # "called the lawsuit from X baseless": the parser may hang "from X" on the
            # verb; right after the noun it still says whose the thing is
            after = tok.right_edge.i + 1
            stray = (
                [tok.doc[after]]
                if after < len(tok.doc)
                and tok.doc[after].dep_ in ("prep", "agent")  # agent: "by" read as passive
                and tok.doc[after].lower_ in ("by", "from")
                # on the noun's verb, or on the verb of the noun's preposition
                # ("pushed back against the claims by X")
                and tok.doc[after].head.i in (tok.head.i, tok.head.head.i)
                else []
            )
            for c in [*tok.children, *stray]:
                pobjs: list[Token] = []
                if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from", "of"):
                    pobjs = [p for p in c.children if p.dep_ == "pobj"]
                elif c.dep_ == "relcl" and c.lemma_.lower() in BRINGING_VERBS:
                    # "the claims Y brought against Z": Y's claims
                    pobjs = [n for n in c.children if n.dep_ == "nsubj"]
                elif c.dep_ == "acl":  # "the claims made by Y"
                    pobjs = [
                        p
                        for a in c.children
                        if a.dep_ == "agent"
                        for p in a.children
                        if p.dep_ == "pobj"
                    ]
                for p in pobjs:
                    found = self.of(p, exclude)
                    if found:
                        return found
        if tok.pos_ == "NOUN" and not is_owned and not said_to_be_former(tok):
            # "Google DeepMind researchers", "the OpenAI team": the organisation acts (not
            # "ex-OpenAI researchers", "former Google engineers")
            for c in tok.children:
                if c.dep_ in NAME_MODIFIERS and c.i in self.tok_key:
                    k = self._party(self.tok_key[c.i])
                    if k is not None and self.types.get(k) == "Organization":
                        return [k]
            # "researchers at Stanford", "lawyers for the company", "a scientist from Meta"
            # (not "students at the University of Corran")
            for c in tok.children if tok.lemma_.lower() not in OUTSIDER_NOUNS else ():
                if c.dep_ == "prep" and c.lower_ in ("at", "from", "for"):
                    for p in c.children:
                        if p.dep_ == "pobj":
                            found = self.of(p, exclude)
                            if found:
                                return found
        if (
            is_role
            and tok.tag_ == "NN"
            and any(c.lower_ in ("the", "a") for c in tok.children)
            and not any(c.dep_ in ("poss", "compound") for c in tok.children)
        ):
            # "accused the senator": the person last written with that title; "a federal
            # judge cast doubt on ..." before the article names her: the one person it
            # writes with that title
            k = self.titled_before(tok.idx, lemma, exclude)
            if k is None:
                k = self.titled_before(len(self.text), lemma, exclude, only=True)
            return [k] if k else []
        definite = any(c.lower_ in ("the", "this") for c in tok.children)
        if definite and lemma in ORG_HEADS and tok.tag_ == "NN":  # ("the lower courts")
            # "the institute" after "the Halvern Institute", "the commission" after "the
            # European Commission": the organisation last named with that head word
            k = self.named_with_head(tok.idx, lemma, exclude)
            if k is not None:
                return [k]
        if definite and lemma in REGULATOR_NOUNS and tok.tag_ == "NN":
            # "X backed the regulator": the public body last named (after the one named
            # with that word: "the authority" is the Halvern Data Protection Authority)
            k = self.last_before(tok.idx, "Organization", exclude, among=self.public_bodies)
            if k is not None:
                return [k]
        if lemma in ORG_DESCRIPTIONS and definite and tok.tag_ == "NNS":
            # "the companies" after "bets against Quorvane and Velmora": both
            group = [k for k in self.group_before(tok.idx, lemma) if k not in self.non_companies]
            if len(group) > 1:
                return group
        # "the company" / "the startup": the organisation last named
        if lemma in ORG_DESCRIPTIONS and definite:
            own = self._reporters_organisation(tok, exclude)
            if own is not None:
                return [own]
            skip = exclude | self.non_companies | self._outside_employer(tok)
            k = self.last_before(tok.idx, "Organization", skip)
            return [self._not_an_owner_in_passing(k, tok.idx, exclude)] if k else []
        if tok.tag_ == "NNS" and any(c.dep_ == "nummod" for c in tok.children):
            # "sued its two founders" in the lede ... "co-founders Jun Park and Ada
            # Whitlock": the people counted, named next
            group = [k for k in self.group_named_next(tok) if k not in exclude]
            if len(group) > 1:
                return group
        if (
            tok.tag_ == "NNS"
            and lemma not in self.owned
            and not any(c.dep_ in ("det", "poss", "nummod") for c in tok.children)
            and tok.dep_ == "pobj"
        ):
            # "rejected a proposal from video game studios": the studios named next
            group = self.group_named_next(tok)
            if group:
                return group
        if (
            tok.tag_ == "NNS"
            and lemma not in self.owned
            and any(c.lower_ in ("the", "these", "those", "both") for c in tok.children)
        ):
            group = self.group_before(tok.idx, lemma)
            if not group and lemma in STAFF_NOUNS:
                # "Researchers at the Halvern Institute say ... the researchers had
                # misread the traffic": the organisation they were introduced with
                orgs = [m for m in self.mentions if self.types.get(m[2]) == "Organization"]
                k = staff_introduced(self.text, orgs, low, tok.idx)
                group = [k] if k is not None and k not in exclude else []
            return group
        if definite and tok.tag_ == "NN":
            # "the auditor" after "Kestrel Labs, an independent auditor,": the party the
            # article described with that noun
            k = self._described_before(tok, exclude)
            if k is not None:
                return [k]
        if definite and tok.dep_ == "poss":
            # "The study's authors said": the authors of the study named before
            authors = [
                who
                for start, noun, who in self.documents
                if noun == lemma and start < tok.idx and who and not set(who) & exclude
            ]
            if authors:
                return authors[-1]
        if definite and lemma in RULING_NOUNS and not any(c.dep_ == "poss" for c in tok.children):
            # "Google strongly disagreed with the decision": the judge who made it
            # ("the decision" may be a company's: only right after a judge's own words)
            reach = None if lemma in ("ruling", "verdict", "judgment", "judgement") else 600
            # (a body's "decision" or "order" is the one that fined or ordered, not a
            # court named as where an appeal goes)
            k = self._body_that_decided(tok, exclude) if reach is not None else None
            if k is None:
                k = self.judge_before(tok.idx, exclude, reach)
            if k is not None:
                return [k]
        if definite and (tok.dep_ == "poss" or (tok.tag_ == "NN" and lemma in self.owned)):
            # "the platform's response" after "Brontal's video platform", "the agent
            # ignored instructions" after "an AI coding agent made by Y": the owner or
            # maker of the thing named so before
            k = self._owner_of_earlier(tok, exclude)
            if k is not None:
                return [k]
        return []

    def _body_that_decided(self, noun: Token, exclude: set[str]) -> str | None:
        """The public body whose decision "the decision" is: the last named before it,
        within a few paragraphs, in a sentence that fines, orders or rules, or that names
        such a decision ("In its decision, the Commission said ... X called the decision
        heavy-handed"); a company's own decision is not one of them."""
        found = None
        for s, e, key in self.mentions:
            if s >= noun.idx:
                break
            last_word = self.text[s:e].split()[-1]
            public = last_word in DECIDING_BODY_HEADS or (
                key in self.public_bodies and last_word not in ACADEMIC_HEADS
            )
            if not public or key in exclude or noun.idx - s > 800:
                continue
            name = self.doc.char_span(s, e, alignment_mode="expand")
            if name is not None and any(
                DECIDING.fullmatch(t.lower_) or t.lemma_.lower() == noun.lemma_.lower()
                for t in name.sent
            ):
                found = key
        return found

    def judge_before(self, pos: int, exclude: set[str], reach: int | None = None) -> str | None:
        """The latest judge ("Judge Anne Conway") or court ("the Supreme Court") named
        before ``pos`` (within ``reach`` characters, if given)."""
        found = None
        for s, _, key in self.mentions:
            if s >= pos:
                break
            if reach is not None and pos - s > reach:
                continue
            name = self.text[s : s + 80]
            titled = JUDGE_TITLE.search(self.text[max(0, s - 30) : s]) is not None
            if key not in exclude and (
                (self.types.get(key) == "Person" and titled)
                or (self.types.get(key) == "Organization" and COURT_NAME.match(name))
            ):
                found = key
        return found

    def _unnamed_in_lede(self, tok: Token, lemma: str) -> bool:
        """Whether ``tok`` is "a former engineer" or the like in an article's opening
        sentence (after its headline): someone a lede leaves for the next to name."""
        return (
            tok.tag_ == "NN"
            and lemma in self.role_nouns
            and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)
            and sum(1 for _ in self.doc[: tok.sent.start].sents) <= 2
        )

    def _person_named_next(self, tok: Token, exclude: set[str]) -> list[str]:
        """The first person the sentence after ``tok``'s names, if on no side of
        ``exclude``'s."""
        sent = tok.sent
        if sent.end >= len(self.doc):
            return []
        nxt = self.doc[sent.end].sent
        for s, _, key in self.mentions:
            if nxt.start_char <= s < nxt.end_char and self.types.get(key) == "Person":
                return [] if key in exclude else [key]
        return []

    def _described_before(self, tok: Token, exclude: set[str]) -> str | None:
        """The party last described in apposition with ``tok``'s noun before it ("Kestrel
        Labs, an independent auditor," ... "the auditor"), if it is the only one so
        described."""
        lemma = tok.lemma_.lower()
        found: list[str] = []
        for t in self.doc[: tok.i]:
            if t.lemma_.lower() != lemma or t.pos_ != "NOUN" or t.dep_ != "appos":
                continue
            key = self._party(self.tok_key.get(t.head.i))
            if key is not None and key not in found:
                found.append(key)
        if len(found) != 1 or found[0] in exclude:
            return None
        return found[0]

    def _owner_of_earlier(self, tok: Token, exclude: set[str]) -> str | None:
        """The organisation that last possessed a thing of ``tok``'s noun before it
        ("Brontal's video platform" ... "the platform")."""
        lemma = tok.lemma_.lower()
        for t in reversed(self.doc[: tok.i]):
            if t.lemma_.lower() != lemma or t.pos_ != "NOUN":
                continue
            owner = next((c for c in t.children if c.dep_ == "poss"), None) or _maker_of(t)
            key = self._party(self.tok_key.get(owner.i)) if owner is not None else None
            if key is not None and key not in exclude and self.types.get(key) == "Organization":
                return key
        return None

    def _one(self, tok: Token, exclude: set[str]) -> str | None:
        found = self._many(tok, exclude)
        return found[0] if found else None

    def _named(self, tok: Token) -> list[str]:
        """The party a description introduces by name: "an entity named X", "a group
        called X", "a user going by the name X"."""
        for c in tok.children:
            if c.dep_ != "acl":
                continue
            if c.lemma_.lower() in ("name", "call", "dub", "know"):
                heads = [n for n in c.children if n.dep_ in ("oprd", "attr", "dobj", "npadvmod")]
                heads += [  # "known as X"
                    p
                    for n in c.children
                    if n.dep_ == "prep" and n.lower_ == "as"
                    for p in n.children
                ]
            elif c.lemma_.lower() == "go":  # "going by the name X"
                heads = [
                    t
                    for n in c.children
                    if n.dep_ == "prep" and n.lower_ == "by"
                    for p in n.children
                    if p.dep_ == "pobj"
                    for t in p.subtree
                ]
            else:
                continue
            found = [k for h in heads if (k := self._party(self.tok_key.get(h.i))) is not None]
            if found:
                return list(dict.fromkeys(found))
        return []

    def group_before(self, pos: int, noun: str) -> list[str]:
        """The latest list of named parties before ``pos`` that the plural ``noun``
        refers back to: one introduced with that noun ("three artists, X, Y and Z" ...
        "the artists"), or for "the companies" a list of organisations."""
        best: list[str] = []
        for start, keys, words in self.groups:
            if start >= pos:
                break
            if noun in words or (
                noun in self.group_nouns and self.types.get(keys[0]) == "Organization"
            ):
                best = keys
        return best

    def group_named_next(self, tok: Token) -> list[str]:
        """The list of named parties the next four sentences introduce with the bare
        plural ``tok``'s noun, when ``tok`` opens the article ("rejected a proposal from
        video game studios ... The studios, which include X and Y, said"): a lede that
        leaves the names for later."""
        if sum(1 for _ in self.doc[: tok.sent.start].sents) > 2:
            return []
        last, seen = tok.sent, 0
        while seen < 4 and last.end < len(self.doc):
            last = self.doc[last.end].sent
            seen += bool(last.text.strip())  # (not the blank lines between paragraphs)
        end = last.end_char
        noun = tok.lemma_.lower()
        for start, keys, words in self.groups:
            if tok.sent.end_char <= start < end and noun in words:
                return keys
        return []

    def subject(self, verb: Token) -> tuple[list[str], bool]:
        """The challengers of ``verb`` (a group subject gives several) and whether the
        clause is passive (then they come from the ``by`` agent)."""
        actor = actor_came_after(verb)
        if actor is not None:
            return self.of(actor.root, set()), False  # "The remarks came after X ..., arguing"
        if (
            comma_participle(verb)
            and verb.head.dep_ == "ccomp"
            and verb.lemma_.lower() in REPORTERS_PARTICIPLES
        ):
            # "Judge X wrote that Y had alleged that ..., rejecting Z's argument": a
            # participle of judging that ends a report is its reporter's ("she said he
            # threw it, hitting him" is the thrower's)
            top = verb.head
            while top.dep_ == "ccomp" and top.head != top:
                top = top.head
            reporter = _subject(top)
            if reporter is not None and self._names_party(reporter):
                return self.of(reporter, set()), False
        cur: Token | None = verb
        inner = False  # whether ``cur`` governs ``verb`` through another clause
        for _ in range(4):
            if cur is None:
                break
            subj = _subject(cur)
            if subj is not None and inner and not self._names_party(subj):
                # "X said Y's error was a slip, while criticising ...": the subject of
                # an inner clause that names no party is not the critic
                subj = None
                if cur.dep_ == "ccomp" and cur.head != cur:
                    cur, inner = cur.head, True
                    continue
            if (
                subj is not None
                and subj.pos_ == "PRON"
                and subj.tag_ not in ("WDT", "WP")
                and cur.dep_ in ("ccomp", "xcomp")
                and cur.head != cur
            ):
                # "X said they could not ...": a pronoun in a reported clause is its
                # reporter more often than anyone else
                cur, inner = cur.head, True
                continue
            if (
                subj is not None
                and subj.lemma_.lower() in self.asked_bodies
                and cur.dep_ in ("ccomp", "xcomp")
                and cur.head.lemma_.lower() in ASKING_VERBS
            ):
                # "X wants the court to dismiss Y's lawsuit": X acts through the court
                cur, inner = cur.head, True
                continue
            if (
                subj is None
                and cur.dep_ == "acl"
                and cur.head.lemma_.lower() in REQUEST_NOUNS
                and cur.head.dep_ == "dobj"
                and cur.head.head.lemma_.lower() in FILING_VERBS
            ):
                # "X filed a motion to dismiss Y's suit": the filer asks for the act, not
                # one who "declined a request to ..."
                cur, inner = cur.head.head, True
                continue
            passive = subj is not None and subj.dep_ == "nsubjpass"
            if subj is not None and subj.tag_ in ("WDT", "WP") and cur.dep_ == "relcl":
                subj = cur.head  # "X, which called for ...": the relative's antecedent
                if subj.dep_ == "appos" and not self.of(subj, set()):
                    subj = subj.head  # "X, a rival that lobbied against ...": X
            if subj is not None:
                if passive:
                    return self.agent(cur), True
                group = self.of(subj, set())
                claimants = self.claimants_at(subj.idx)
                if len(group) > 1 and subj.tag_ == "NN" and subj.i not in self.tok_key:
                    # "the Tesla and SpaceX chief called ...": one person the names
                    # qualify, whom the claim extractor resolved, not the companies
                    people = [c for c in claimants if self.types.get(c) == "Person"]
                    return people, False
                if len(group) > 1:
                    return group, False
                if claimants and all(self.types.get(c) in PARTY_TYPES for c in claimants):
                    return claimants, False
                if not group and subj.lower_ in ("i", "we"):
                    return self._speaker_of_sentence(subj), False  # '"We reject Y's account."'
                return group, False
            if (
                cur.dep_ == "pcomp"
                and cur.head.lower_ == "as"
                and cur.head.head.lemma_.lower() in ("quote", "cite", "report")
            ):
                # "X was quoted as saying Y copied ...": the one quoted says it
                quoted = next(
                    (c for c in cur.head.head.children if c.dep_ in ("nsubjpass", "dobj")), None
                )
                if quoted is not None:
                    return self.of(quoted, set()), False
            if cur.dep_ == "acl" and (
                cur.head.i in self.tok_key or any(t.i in self.tok_key for t in cur.head.conjuncts)
            ):
                return self.of(cur.head, set()), False  # "LeCun, accusing ..."
            if (
                cur.dep_ == "acl"
                and cur.head.dep_ == "appos"
                and cur.head.head.i in self.tok_key
                and not self.of(cur.head, set())
            ):
                return self.of(cur.head.head, set()), False  # "X, the publisher suing Y"
            member = _member_of(cur) if cur.dep_ in ("acl", "relcl") else None
            if member is not None:
                # "X is one of several authors suing Y", "X is the latest to criticize Y"
                return self.of(member, set()), False
            if cur.dep_ == "acl" and cur.i > cur.head.i:
                # "The publishers alleged ..." parsed as a noun and its modifier: the
                # parties the claim extractor found the noun to stand for
                claimants = self.claimants_at(cur.head.left_edge.idx)
                if claimants and all(self.types.get(c) in PARTY_TYPES for c in claimants):
                    return claimants, False
            if cur.dep_ == "xcomp":
                # "ordered Y to respond": the object of the governing verb acts
                obj = next((c for c in cur.head.children if c.dep_ == "dobj"), None)
                if obj is not None and obj.lemma_.lower() not in self.asked_bodies:
                    return self.of(obj, set()), False
            # "were unable to replicate": through the adjective to the clause's subject
            if cur.dep_ in CLAUSE_LINKS and cur.head != cur:
                # "were unable to replicate", "tried to block": one clause, one subject
                inner = inner or cur.dep_ not in ("xcomp", "acomp")
                cur = coordinated_head(cur) if cur.dep_ == "conj" else cur.head
                continue
            stranded = stranded_subject(cur)  # "Asked about Z's claims, X, Y's CEO, said"
            if stranded is not None:
                return self.of(stranded.root, set()), False
            break
        return [], False

    def _speaker_of_sentence(self, tok: Token) -> list[str]:
        """The one speaker of the claims made in ``tok``'s sentence: whoever says "I" or
        "we" in a quotation carried on from the sentence that named them."""
        spoken = {k for at, k in self.speakers if tok.sent.start_char <= at < tok.sent.end_char}
        return list(spoken) if len(spoken) == 1 else []

    def _led_by(self, tok: Token, exclude: set[str]) -> list[str]:
        """The leader of a group noun: "a group of authors led by X" acts as X (the
        parser hangs "led" on the group or on its members)."""
        members = [
            p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
        ]
        return [
            k
            for t in (tok, *members)
            for c in t.children
            if c.dep_ == "acl" and c.lemma_.lower() == "lead"
            for a in c.children
            if a.dep_ == "agent"
            for p in a.children
            if p.dep_ == "pobj"
            for k in self.of(p, exclude)
        ]

    def _written_by(self, clause: Token, exclude: set[str]) -> list[str]:
        """The author a relative clause names for a piece of work: "the report, which
        was written by analysts at Y", "a paper that Y researchers published"."""
        if clause.lemma_.lower() not in AUTHORING_VERBS:
            return []
        authors = [
            p for c in clause.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
        ]
        # the active clause's subject, never the relative pronoun (the work itself)
        authors += [c for c in clause.children if c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP")]
        return [k for a in authors for k in self.of(a, exclude)]

    def _names_party(self, tok: Token) -> bool:
        """Whether a subject is a party by name or pronoun (not a party's thing)."""
        if tok.i in self.tok_key or tok.lower_ in PERSON_PRONOUNS:
            return True
        if any(t.i in self.tok_key for t in tok.conjuncts):
            return True
        return bool(self.claimants_at(tok.idx))

    def agent(self, verb: Token) -> list[str]:
        """The parties of a passive verb's ``by`` agent ("was sued by X")."""
        for c in verb.children:
            if c.dep_ == "agent":
                objs = [p for p in c.children if p.dep_ == "pobj"]
                if objs:
                    # "by Quorvane co-founder X": the split "co - founder" gives "by"
                    # three objects; the last heads the phrase
                    return self.of(objs[-1], set())
        return []


# what joins the names of a plain list: "X and Y", "X, Y and Z", "X, Y, and Z"
LIST_GLUE = re.compile(r"(?:,? and |, )")


def _subject(verb: Token) -> Token | None:
    """The subject of ``verb``.  "Acme co-founder Jane Roe pushed back": the split
    "co - founder" gives the verb three subjects ("co", "-", "Roe"); the last one
    before the verb heads the phrase."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    before = [c for c in subjects if c.i < verb.i]
    if len(before) > 1:
        first, last = before[-2], before[-1]
        if any(c.dep_ == "prep" for c in first.children) and first.right_edge.i + 1 == last.i:
            # "An early investor in the AI startup Lumio has sued": the parser cut the
            # startup's name off its phrase; the investor sues
            return first
        return last
    return next(iter(subjects), None)


def _member_of(clause: Token) -> Token | None:
    """The subject a clause on a noun of membership belongs to: in "X is one of the
    authors suing Y", "X is among the authors suing Y" and "X is the latest to criticize
    Y", X (the subject of the copula the noun hangs on)."""
    noun = clause.head
    if noun.dep_ == "pobj" and noun.head.lower_ in ("of", "among"):
        prep = noun.head
        noun = prep.head if prep.lower_ == "of" else prep
    if noun.dep_ not in ("attr", "prep") or noun.head.lemma_ != "be":
        return None
    return next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
