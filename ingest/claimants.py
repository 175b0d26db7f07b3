"""Which entity a claimant phrase names: the discourse state of an article
(:class:`Discourse`: the latest claimants and mentions) and the rules that read a phrase.

A named person inside the phrase wins ("Meta spokesperson Ashley Gabriel"); else an
organisation ("an OpenAI employee"); pronouns and definite descriptions ("he", "the
company", "the spokesperson") resolve to the latest compatible claimant or mention; a
bare surname to the article's one person of that name; "the lawsuit said" to the
document's author; a reporter citing a party ("citing a spokesperson from Nvidia")
gives the claim to the party.  A phrase that names no entity keeps its words under the
``UNRESOLVED`` key prefix when the caller wants unnamed sources.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ingest.attribution import subtree_span
from ingest.claim_words import (
    DOCUMENT_NOUNS,
    EVIDENCE_NOUNS,
    MEDIUM_NOUNS,
    ORG_DESCRIPTIONS,
    ORG_PRONOUNS,
    OUTLET_DESCRIPTIONS,
    PERSON_PRONOUNS,
    REPORT_NOUNS,
    kind_descriptions,
    lexicon,
)
from ingest.entity_lexicon import KIND_BY_NAME_HEAD, OFFICE_FORMS, TITLE_FORMS
from ingest.entity_model import Entity, Mention, singular
from ingest.gazetteer import Gazetteer, fold
from ingest.genders import person_genders, pronoun_gender
from ingest.opposition_words import lexicon as opposition_lexicon
from ingest.parties import AUTHORING_VERBS, staff_introduced
from ingest.quotations import quote_spans
from ingest.relations import DEPARTING_VERBS, NO_COMMENT
from ingest.syntax import apposition_of_phrase_head, counted_noun, said_to_be_former

# offices held by whoever leads an organisation ("its chief executive" is the Jane Roe
# who "runs Zentrix")
_HEAD_OFFICES = frozenset({"ceo", "executive", "boss", "head", "leader", "chief"})

UNRESOLVED = "\x00"  # key prefix of a claimant phrase that names no entity
ROLE_REACH = 300  # how far back "the CEO" may reach for a person named but not speaking


class Discourse:
    """Discourse state for resolving pronouns and definite descriptions."""

    def __init__(
        self,
        ents: list[Entity],
        mentions: list[Mention],
        text: str,
        quotes: list[tuple[int, int]] | None = None,
    ) -> None:
        self.text = text  # the document's text (``Doc.text`` is rebuilt on every access)
        self.by_key = {e.key: e for e in ents}
        self.mentions = [m for m in mentions if m.key in self.by_key]
        self.claimants: list[str] = []  # entity keys, latest last
        self.claimant_sents: list[int] = []  # start offset of each claimant's sentence
        # the latest claimants that spoke together ("X and Y said"), and how many claims
        # had been made when they did: "they" refers to them while nobody else spoke
        self.group: tuple[list[str], int] = ([], -1)
        # the organisation an unnamed spokesperson spoke for, and where: "A Nimbus
        # spokesperson said ... She added ...": "she" is that voice, not a person named
        # earlier
        self.voice: tuple[str, int] | None = None
        # what the article called each organisation ("Nimbus Labs, an AI startup", "X is
        # a chipmaker"): description noun -> (where, entity key), in text order
        self.described: dict[str, list[tuple[int, str]]] = {}
        self.genders: dict[str, str] = {}  # person key -> "m"/"f" (see read_genders)
        # a name inside a quotation is no antecedent outside (``quotes``: the article's
        # quotations, when the caller has them already)
        self.quotes = quotes if quotes is not None else quote_spans(text)

    def read_genders(self, doc: Doc) -> None:
        """Note whom the article shows "he" and whom "she" may stand for
        (:func:`ingest.genders.person_genders`)."""
        people = {k for k, e in self.by_key.items() if e.type == "Person"}
        spans = [(m.start, m.end, m.key) for m in self.mentions]
        self.genders = person_genders(doc, spans, people, self.text)

    def fits(self, key: str, pronoun: str) -> bool:
        """Whether ``pronoun`` may stand for person ``key`` (no gender known, or its own)."""
        wanted = pronoun_gender(pronoun)
        known = self.genders.get(key)
        return wanted is None or known is None or known == wanted

    def ent(self, key: str) -> Entity:
        """The entity of ``key``."""
        return self.by_key[key]

    def read_descriptions(self, doc: Doc) -> None:
        """Note the nouns that describe an organisation the article names, in an
        apposition ("Nimbus Labs, an AI startup") or a predicate ("Nimbus Labs is a
        chipmaker"), read from the text: the parse often attaches them elsewhere."""
        for m in self.mentions:
            if self.by_key[m.key].type != "Organization":
                continue
            d = DESCRIPTION_AFTER_NAME.match(self.text, m.end)
            if d is not None and not _subject_after_phrase(doc, m, d.start("noun")):
                self.described.setdefault(d.group("noun").lower(), []).append((m.start, m.key))

    def described_as(self, noun: str, before: int) -> str | None:
        """The latest organisation the article described with ``noun`` before ``before``."""
        found = [key for at, key in self.described.get(noun, []) if at < before]
        return found[-1] if found else None

    def spoken_for(self, org: str | None, at: int) -> str | None:
        """Note that an unnamed spokesperson at ``at`` spoke for ``org``; return it."""
        if org is not None:
            self.voice = (org, at)
        return org

    def spokesperson_still_speaking(self, pron: Span) -> str | None:
        """The organisation whose unnamed spokesperson "he"/"she" in ``pron`` is: the
        latest claimant was that voice and no person was the subject of a clause since."""
        if self.voice is None or not self.claimants or self.claimants[-1] != self.voice[0]:
            return None
        for m in self.mentions:
            if m.start <= self.voice[1]:
                continue
            if m.start >= pron.start_char:
                break
            if self.by_key[m.key].type == "Person":
                return None
        return self.voice[0]

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        """The article's entity mentions inside ``start``-``end``."""
        return [m for m in self.mentions if start <= m.start and m.end <= end]

    def last_claimant(self, etype: str | None, outlets: bool = True) -> str | None:
        """The latest claimant of type ``etype`` (any type if None); news outlets only
        with ``outlets``."""
        for key in reversed(self.claimants):
            if not outlets and self.by_key[key].kind == "publication":
                continue
            if etype is None or self.by_key[key].type == etype:
                return key
        return None

    def role_holder(self, org: str, role: str) -> str | None:
        """The person the article names as ``org``'s ``role`` ("Meta CTO Andrew
        Bosworth", "Bosworth, Meta's CTO"), anywhere in it: a headline's "Meta CTO
        says" is written before the name is given."""
        names = [re.escape(f) for f in (self.by_key[org].name, *self.by_key[org].aliases)]
        # the office under any of its names: "the Zentrix CEO" for "Zentrix chief
        # executive Jane Roe"
        forms = "|".join(re.escape(f) for f in (role, *OFFICE_FORMS.get(role.lower(), ())))
        # ("the White House's AI and crypto czar": up to three words between)
        org_role = rf"(?:{'|'.join(names)})(?:['\u2019]s)? (?:[\w-]+ ){{0,3}}?(?:{forms})"
        before = re.compile(rf"{org_role},? $", re.I)
        after = re.compile(rf"^, (?:the |a )?{org_role}\b", re.I)
        # "Jane Roe, who runs Zentrix", "Jane Roe has led Zentrix since 2019": its head
        heads = re.compile(
            rf"^,? (?:who )?(?:leads|runs|heads|has led|has run|has headed) "
            rf"(?:the (?:[\w-]+ ){{0,2}})?(?:{'|'.join(names)})\b"
        )
        # "Zentrix is led by Jane Roe", "Zentrix, run by Jane Roe,"
        led_by = re.compile(
            rf"(?:{'|'.join(names)}),? (?:(?:is|was|has been) )?(?:led|run|headed) by $"
        )
        head_office = role.lower() in _HEAD_OFFICES
        for m in self.mentions:
            if self.by_key[m.key].type != "Person":
                continue
            after_name = self.text[m.end : m.end + 80]
            before_name = self.text[max(0, m.start - 80) : m.start]
            if (
                before.search(before_name)
                or after.match(after_name)
                or (head_office and (heads.match(after_name) or led_by.search(before_name)))
            ):
                return m.key
        return None

    def titled_before(self, role: str, pos: int) -> str | None:
        """The latest person before ``pos`` written with the title ``role`` or its
        abbreviation ("CEO Jane Roe", "Sen. Jane Roe" for "the senator", "Jane Roe, the
        company's CEO", "Jane Roe is a professor at MIT")."""
        forms = "|".join(re.escape(f) for f in (role, *TITLE_FORMS.get(role.lower(), ())))
        before = re.compile(rf"(?:^|[^\w.])(?:{forms}),? $", re.I)
        after = re.compile(
            rf"^(?:,| (?:is|was|has been|remains)) (?:[\w'\u2019-]+ ){{0,4}}?{re.escape(role)}\b",
            re.I,
        )
        found = None
        for m in self.mentions:
            if m.start >= pos:
                break
            if self.by_key[m.key].type != "Person":
                continue
            if before.search(self.text[max(0, m.start - 40) : m.start]) or after.match(
                self.text[m.end : m.end + 60]
            ):
                found = m.key
        return found

    def staff_introduced(self, plural: str, pos: int) -> str | None:
        """The organisation whose people the article last introduced before ``pos``
        with the plural noun ``plural`` (see :func:`ingest.parties.staff_introduced`)."""
        orgs = [
            (m.start, m.end, m.key)
            for m in self.mentions
            if self.by_key[m.key].type == "Organization"
        ]
        return staff_introduced(self.text, orgs, plural, pos)

    def last_mention_within(self, etype: str, pos: int, reach: int) -> str | None:
        """The latest entity of ``etype`` mentioned in the ``reach`` characters before
        ``pos``."""
        found = None
        for m in self.mentions:
            if m.start >= pos:
                break
            if m.start >= pos - reach and self.by_key[m.key].type == etype:
                found = m.key
        return found

    def salient(self, exclude: str, top: int = 2) -> list[str]:
        """The article's most-mentioned models and organisations (outlets aside):
        what a claim that names nothing ("The video is completely real") is about."""
        counts: dict[str, int] = {}
        for m in self.mentions:
            ent = self.by_key[m.key]
            if ent.kind == "publication":
                continue
            if ent.type in ("Model", "Organization", "Benchmark"):
                counts[m.key] = counts.get(m.key, 0) + 1
        repeats = any(n > 1 for n in counts.values())
        counts.pop(exclude, None)
        ranked = sorted(counts, key=lambda k: -counts[k])  # stable: first mention wins ties
        # a name written once is no topic of an article that repeats others (its
        # speaker's name included)
        return [k for k in ranked if counts[k] > 1 or not repeats][:top]

    def last_other(
        self, etype: str, before: int, exclude: str | None, skip_kinds: tuple[str, ...] = ()
    ) -> str | None:
        """The entity of the latest mention of type ``etype`` before ``before`` that is
        not ``exclude`` nor of one of ``skip_kinds`` ("the rival firm", "their code")."""
        found = None
        for m in self.mentions:
            if m.start >= before:
                break
            ent = self.by_key[m.key]
            if m.key != exclude and ent.type == etype and ent.kind not in skip_kinds:
                found = m.key
        return found

    def last_mention(self, etype: str, before: int) -> str | None:
        """The entity of the latest mention of type ``etype`` before ``before``."""
        best = None
        for m in self.mentions:
            if m.start >= before:
                break
            if self.by_key[m.key].type == etype:
                best = m.key
        return best


def _subject_after_phrase(doc: Doc, name: Mention, noun_at: int) -> bool:
    """Whether the noun after ``name`` and a comma is the subject of the clause the
    name's phrase opens, no description of it: "According to Reuters, the startup
    plans ..." (the startup is not Reuters)."""
    name_span = doc.char_span(name.start, name.end, alignment_mode="expand")
    noun = doc.char_span(noun_at, noun_at + 1, alignment_mode="expand")
    return (
        name_span is not None
        and noun is not None
        and name_span.root.dep_ == "pobj"
        and noun.root.dep_ in ("nsubj", "nsubjpass")
    )


# what puts a party beside an unnamed source: "people close to X", "familiar with X's"
CLOSE_TO = re.compile(
    r"\b(?:close to|familiar with|briefed on|with knowledge of|aware of|knowledgeable about)"
    r"(?: the| a| an)?(?: [\w'\u2019-]+){0,3} ?$"
)
# "A paper published on Monday in the journal Nature says": where a document appeared,
# not who wrote it
PUBLISHED_IN = re.compile(
    r"\b(?:published|appeared|appearing|printed)\b(?: [\w'\u2019-]+){0,4} in (?:the )?"
    r"(?:(?:peer-reviewed |scientific |medical |academic )?(?:journal|magazine) )?$"
)
# kinds of organisation "the company" or "the startup" never refers to
NON_COMPANY_KINDS = frozenset({"government", "university"})
# descriptions every company answers to: "the company" refers back by position alone
GENERIC_ORG_NOUNS = {
    "company",
    "firm",
    "business",
    "corporation",
    "group",
    "organization",
    "organisation",
    "team",
}
# heads of a description that no company answers to ("the journalism organization")
NON_COMPANY_HEADS = {
    "organization",
    "organisation",
    "nonprofit",
    "non-profit",
    "charity",
    "coalition",
    "association",
    "alliance",
    "union",
    "foundation",
    "institute",
    "think tank",
    "advocacy group",
    "campaign group",
    "pressure group",
    "lobby group",
    "lobbying group",
    "trade group",
    "industry group",
    "environmental group",
    "civil rights group",
    "consumer group",
    "watchdog",
    "nonprofit group",
}
# what only a business is called: "the company" is no foundation or advocacy group
COMPANY_NOUNS = frozenset({"company", "firm", "startup", "start-up", "corporation", "business"})
# "Nimbus Labs, an AI startup", "Nimbus Labs is a chipmaker", "Epoch AI, the research
# institute behind X": what the name is called
DESCRIPTION_AFTER_NAME = re.compile(
    r"(?:,| (?:is|was|has been|remains)) (?:a|an|the) (?:[\w-]+ ){0,3}?"
    rf"(?P<noun>{'|'.join(sorted(ORG_DESCRIPTIONS | NON_COMPANY_HEADS, key=len, reverse=True))})"
    r"\b"
)
# roles whose holder speaks for the organisation rather than for themselves
SPEAKS_FOR = re.compile(r"spokes(?:person|woman|man|people)|representatives?$|reps?$")
# a name that only describes the party its phrase names: "the Microsoft-backed company"
DESCRIBING_SUFFIX = re.compile(
    r"-(?:backed|based|owned|funded|led|affiliated|linked|born|focused|founded|controlled)\b"
)
STANCE_PREFIX = re.compile(r"(?<![\w-])(?:anti|pro|ex)-$", re.I)
# the words that introduce a party by name inside a description of it
NAMED_BEFORE = re.compile(r"(?:the name|called|named|dubbed|known as)\s+$")
# a description of an organisation by its leader: "the company, which is led by X"
LED_BY = re.compile(r"\b(?:which|that) is (?:led|run|headed|helmed) by\b")


def _led_by(subj: Span, ctx: Discourse) -> str | None:
    """The organisation a description identifies by its leader ("the company, which
    is led by X"): the organisation the gazetteer gives as X's, where the article
    names it."""
    m = LED_BY.search(subj.text)
    if m is None:
        return None
    start = subj.start_char + m.end()
    person = next(
        (
            x
            for x in ctx.mentions
            if start <= x.start < subj.end_char and ctx.ent(x.key).type == "Person"
        ),
        None,
    )
    entry = ctx.ent(person.key).entry if person is not None else None
    if entry is None or not entry.affiliation:
        return None
    home = fold(entry.affiliation)
    return next(
        (
            e.key
            for e in ctx.by_key.values()
            if e.type == "Organization" and (fold(e.name) == home or home in map(fold, e.aliases))
        ),
        None,
    )


#: a rule's answer that the phrase names no entity (``None``: the rule does not apply)
NOBODY = ""


@dataclass
class _Phrase:
    """A claimant phrase, read once for the rules of :func:`resolve_subject`."""

    span: Span
    root: Token
    persons: list[Mention]  # the people it names
    orgs: list[Mention]  # the organisations it names (or, failing those, benchmarks)
    definite: bool  # "the ...", "this ...", "that ..."
    role: bool  # its head is a role noun ("spokesperson", "CEO", "the AI pioneer")


def resolve_subject(subj: Span, ctx: Discourse, gaz: Gazetteer) -> tuple[str | None, Span]:
    """The entity key a claimant phrase refers to, if any.

    The first rule that applies decides, in this order: a name given right after the
    phrase; the organisation a "which is led by X" clause identifies; the party leading
    an unnamed group ("a group of publishers led by X"); a person the
    phrase names; a role at an organisation it does not name; a role at one it names;
    an organisation it names; the owner of the evidence ("their study"); a pronoun; a
    description of an organisation ("the company", "the regulator"); a definite role.
    """
    named = _name_given_after(subj, ctx)
    if named is not None:
        return named, subj
    if _relative_clauses(subj):
        led = _led_by(subj, ctx)
        if led is not None:
            return led, subj  # "the company, which is led by CEO Sam Altman": his company
    leader = _group_leader_named(subj, ctx)
    if leader is not None:
        return leader, subj  # "a group of publishers led by the Harbor Tribune"
    members = members_included(subj, ctx)
    if members:
        return members[0], subj  # "The studios, which include X and Y, said": X (and Y)
    phrase = _read_phrase(subj, ctx, gaz)
    for rule in _PHRASE_RULES:
        key = rule(phrase, ctx)
        if key is not None:
            return key or None, subj
    return None, subj


def members_included(subj: Span, ctx: Discourse) -> list[str]:
    """The named members a plural claimant phrase lists in a relative clause ("The
    studios, which include Brontal Games and Kestrel Interactive, said"): each speaks."""
    root = subj.root
    if root.tag_ != "NNS":
        return []
    for rel in root.children:
        if rel.dep_ != "relcl" or rel.lemma_.lower() not in ("include", "comprise"):
            continue
        obj = next((c for c in rel.children if c.dep_ == "dobj"), None)
        if obj is None:
            continue
        keys = []
        for tok in [obj, *obj.conjuncts]:
            m = next(
                (m for m in ctx.mentions if m.start <= tok.idx < m.end),
                None,
            )
            if m is None or ctx.ent(m.key).type not in ("Person", "Organization"):
                return []  # "which include Y and other firms": not all named
            if m.key not in keys:
                keys.append(m.key)
        return keys if len(keys) >= 2 else []
    return []


# an unnamed group and who leads it: "a group of five publishers led by X"
GROUP_LED_BY = re.compile(
    r"^(?:an?|the|a group of|a coalition of)\b[^,]*?\b(?:led|headed|spearheaded|fronted) by $"
)


def _group_leader_named(subj: Span, ctx: Discourse) -> str | None:
    """The named party leading an unnamed group that makes the claim ("a group of
    publishers led by the Harbor Tribune sued ..."): the lead party speaks for it."""
    for m in ctx.mentions_in(subj.start_char, subj.end_char):
        if ctx.ent(m.key).type not in ("Organization", "Person"):
            continue
        before = ctx.text[subj.start_char : m.start]
        before = re.sub(r"\bthe $", "", before)
        if GROUP_LED_BY.match(before):
            return m.key
        return None
    return None


def _name_given_after(subj: Span, ctx: Discourse) -> str | None:
    """ "a user going by the name" + X, where the parser cut the name off the phrase."""
    if not NAMED_BEFORE.search(subj.text + " "):
        return None
    named = [m for m in ctx.mentions if subj.end_char <= m.start <= subj.end_char + 2]
    if named and ctx.ent(named[0].key).type in ("Person", "Organization"):
        return named[0].key
    return None


def _relative_clauses(subj: Span) -> list[tuple[int, int]]:
    """The character spans of the relative clauses inside ``subj``, and of the passive
    participles that describe its head by another party ("The startup, backed by X,
    said", "researchers funded by X said": not X; but "correspondence published by
    X" and "a letter signed by X" are X's), and of where a participle puts it ("The
    complaint, filed in X court, says": not the court)."""
    spans = [
        subtree_span(t)
        for t in subj
        if (t.dep_ == "relcl" or _done_by_another(t, subj))
        and t.head.i != t.i
        and subj.start <= t.head.i < subj.end
    ]
    # "The complaint, filed in San Francisco Superior Court, says": where a document was
    # filed or published is no author of it
    spans += [
        subtree_span(p)
        for t in subj
        if t.dep_ == "acl"
        and t.tag_ == "VBN"
        and t.head == subj.root
        and subj.root.lemma_.lower() in DOCUMENT_NOUNS | REPORT_NOUNS
        for p in t.children
        if p.dep_ == "prep" and p.lower_ in ("in", "at", "with", "before", "to")
    ]
    return spans


def _done_by_another(participle: Token, subj: Span) -> bool:
    """Whether ``participle`` is a passive participle describing the head of ``subj``
    by what another party did to it (backed, funded, owned), not by its authorship."""
    # ("a letter sent to the board and reviewed by X": the second participle of two)
    head = participle.head if participle.dep_ == "conj" else participle
    return (
        head.dep_ == "acl"
        and participle.tag_ == "VBN"
        and head.head == subj.root
        and participle.lemma_.lower() not in lexicon()["authoring_verbs"]
    )


def _heads_phrase_at(subj: Span, start: int) -> bool:
    """Whether the name starting at ``start`` heads ``subj`` or stands in apposition to
    its head ("The consumer group Fair Data ..."), not a name deeper in the phrase ("...
    the polls on Super Tuesday")."""
    tok = next((t for t in subj if t.idx == start), None)
    while tok is not None and tok.dep_ == "compound" and tok.head.i < subj.end:
        tok = tok.head
    return tok is not None and (tok == subj.root or (tok.dep_ == "appos" and tok.head == subj.root))


def _read_phrase(subj: Span, ctx: Discourse, gaz: Gazetteer) -> _Phrase:
    """The parties ``subj`` names and what kind of phrase it is."""
    ms = ctx.mentions_in(subj.start_char, subj.end_char) or [
        # the parser cut the phrase inside a name ("X, Jean-Luc Moreau wrote" read as
        # "Luc Moreau"; "The group Fair Data Now says" read as "... Fair Data"): the
        # name its head word is part of, or that runs on a word past its end
        m
        for m in ctx.mentions
        if m.start <= subj.root.idx < m.end
        or (
            subj.start_char <= m.start < subj.end_char < m.end
            and ctx.text[subj.end_char : m.end].strip().isalpha()
            and _heads_phrase_at(subj, m.start)
        )
    ]
    # "a rep for the company, which is led by X, said": names inside a relative
    # clause of the phrase do not speak
    inner = _relative_clauses(subj)
    ms = [m for m in ms if not any(a <= m.start < b for a, b in inner)]
    # "the Microsoft-backed company", "the Paris-based startup": a name inside a
    # modifier describes the party, it is not the party
    ms = [m for m in ms if not DESCRIBING_SUFFIX.match(ctx.text, m.end)]
    # "the anti-Trump groups", "a pro-Brontal lobby": for or against the party, not it;
    # "ex-OpenAI researchers": once of it, no longer its voice
    ms = [m for m in ms if not STANCE_PREFIX.search(ctx.text, max(0, m.start - 5), m.start)]
    # "people close to OpenAI", "sources familiar with Meta's plans": unnamed people
    # who know the party, not the party
    ms = [m for m in ms if not CLOSE_TO.search(ctx.text[subj.start_char : m.start])]
    if subj.root.lemma_.lower() in DOCUMENT_NOUNS | REPORT_NOUNS:
        ms = [m for m in ms if not PUBLISHED_IN.search(ctx.text[subj.start_char : m.start])]
    root = subj.root
    return _Phrase(
        span=subj,
        root=root,
        persons=[m for m in ms if ctx.ent(m.key).type == "Person"],
        orgs=[m for m in ms if ctx.ent(m.key).type == "Organization"]
        or [m for m in ms if ctx.ent(m.key).type == "Benchmark"],  # leaderboards speak too
        definite=subj[0].lower_ in ("the", "this", "that"),
        role=root.lower_ in gaz.role_nouns or root.lemma_.lower() in gaz.role_nouns,
    )


def _named_person(p: _Phrase, ctx: Discourse) -> str | None:
    """A person the phrase names: the one it is headed by ("X, Meta's VP"), else the
    first not named as a possessor ("Trump's AI czar David Sacks")."""
    if not p.persons:
        return None
    for m in p.persons:
        if m.start <= p.root.idx < m.end:
            return m.key
    for m in p.persons:
        name = p.span.doc.char_span(m.start, m.end, alignment_mode="expand")
        if name is not None and name.root.dep_ == "appos" and name.root.head == p.root:
            # "Germany's Federal Commissioner for Data Protection, Jane Roe,": the
            # person holding the office the phrase is headed by
            return m.key
        if (
            name is not None
            and p.role
            and name.root.dep_ == "appos"
            and name.root.head.dep_ == "pobj"
            and name.root.head.head.head == p.root
        ):
            # "A lawyer for Ortiz, Jane Roe, said": the parser hangs the lawyer's name on
            # her client's; she is the one who holds the role
            return m.key
    if any(m.start <= p.root.idx < m.end for m in p.orgs) and not any(
        t.dep_ in ("nsubj", "nsubjpass")
        for m in p.persons
        for t in p.span
        if m.start <= t.idx < m.end
    ):
        return None  # "Noyb, the group founded by Max Schrems, said": the group speaks
    named = [m for m in p.persons if not re.match(r"['\u2019]s?\b", ctx.text[m.end : m.end + 2])]
    if not named and not p.role and any(_heads_phrase(m, p) for m in p.orgs):
        return None  # "Elon Musk's artificial intelligence company xAI sued": xAI
    return (named or p.persons)[0].key


def _heads_phrase(m: Mention, p: _Phrase) -> bool:
    """Whether the name ``m`` is what phrase ``p`` is headed by, or names its head ("the
    company xAI", "its advocacy group, One Nation"), not a name inside it ("posts about
    ISIS")."""
    if m.start <= p.root.idx < m.end:
        return True
    name = p.span.doc.char_span(m.start, m.end, alignment_mode="expand")
    if name is None:
        return False
    if name.root.head == p.root and name.root.dep_ == "appos":
        return True
    # a description of an organisation and its name, however the parser joined them
    # (as two subjects of one verb, or the name as the description's compound); not
    # "Trump's new PFD form"
    return p.root.lemma_.lower() in ORG_DESCRIPTIONS and (
        (name.root.head == p.root and name.root.dep_ == "compound")
        or (name.root.dep_ == p.root.dep_ == "nsubj" and name.root.head == p.root.head)
    )


def _role_at_unnamed_organisation(p: _Phrase, ctx: Discourse) -> str | None:
    """A role at an organisation the phrase does not name: "a company spokesperson",
    "its chief executive", "the CEO"."""
    if not p.role or p.orgs:
        return None
    subj, root = p.span, p.root
    if not p.definite and said_to_be_former(root):
        # "Two former employees who worked on the device's sales team said": no
        # organisation's voice, whichever was heard last
        return _named_later_as(p, ctx) or NOBODY
    headed = _named_by_head_word(subj, root, ctx)
    if headed is not None:
        # "A department spokesperson said" after "the Commerce Department": its voice
        return _voice_of(headed, subj, ctx)
    if any(
        t.lemma_.lower() in ORG_DESCRIPTIONS
        and (
            (t.i > root.i and t.head.dep_ == "prep")
            or (t.i < root.i and t.head == root and t.dep_ in ("compound", "nmod"))
        )
        # ("the founder of a software startup": a company not named yet, no one's)
        and not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children)
        for t in subj
    ):
        # "a spokesperson for the company", "a company spokesperson": the organisation
        # the sentence before is about ("Y stood by its figures."), else the one last
        # speaking or named
        org = (
            _organisation_just_heard(subj, ctx)
            or ctx.last_claimant("Organization")
            or ctx.last_mention("Organization", subj.start_char)
        )
        return _voice_of(org, subj, ctx) or NOBODY
    if subj[0].lower_ in ("its", "their") and subj[0].head == root:
        # "its chief executive said": the person the article names in that role at the
        # organisation last named or speaking, else the organisation itself ("its
        # spokesperson")
        org = ctx.last_claimant("Organization") or ctx.last_mention("Organization", subj.start_char)
        if org is not None:
            holder = ctx.role_holder(org, root.text) or ctx.titled_before(
                root.text, subj.start_char
            )
            return holder or _voice_of(org, subj, ctx)
    if subj[0].lower_ in ("a", "an") and SPEAKS_FOR.match(root.lower_) and len(subj) == 2:
        # "Hanlu AI rejected the claim. 'Our model ...,' a spokesperson told Reuters": the
        # organisation that spoke in the sentence just before
        org = _organisation_just_heard(subj, ctx)
        if org is not None:
            return _voice_of(org, subj, ctx)
    if subj[0].lower_ in ("a", "an") and root.tag_ == "NN" and not SPEAKS_FOR.match(root.lower_):
        # "A federal judge in San Francisco ruled ... Judge William Alsup wrote": the
        # person the next sentences name in that role
        named = _named_later_as(p, ctx, titles=True)
        if named is not None:
            return named
        if subj.root.dep_ == "nsubj" and subj.root.head.lemma_.lower() in DEPARTING_VERBS:
            return (
                NOBODY  # "A senior researcher at OpenAI resigned, saying ...": no longer its voice
            )
    if p.definite and root.tag_ == "NNS" and said_to_be_former(root):
        # "the former employees said": the unnamed group met before, no one's voice
        return NOBODY
    if p.definite and SPEAKS_FOR.match(root.lower_) and ctx.voice is not None:
        # "the spokesperson said" after "a Veltrix spokesperson said": the same voice,
        # unless the article named a spokesperson (below)
        return ctx.titled_before(root.text, subj.start_char) or ctx.voice[0]
    owner = _described_owner(p, ctx)
    if owner is not None:
        # "The journal's editors said", "the company's lawyers said": the organisation
        # the description refers back to (its holder of a one-person role)
        holder = ctx.role_holder(owner, root.text) if root.tag_ == "NN" else None
        return holder or _voice_of(owner, subj, ctx)
    if p.definite and root.tag_ == "NNS" and root.lemma_.lower() in lexicon()["staff_nouns"]:
        # "Researchers at the Halvern Institute found otherwise ... the researchers
        # reported": the organisation they were introduced with; else "a report from the
        # Halvern Observatory ... The researchers said": the report's author
        staff_of = ctx.staff_introduced(root.lower_, subj.start_char) or _report_author_before(
            subj, ctx
        )
        if staff_of is not None:
            return staff_of
    if p.definite and any(
        t.lemma_.lower() in ORG_DESCRIPTIONS
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children)
        for t in subj
    ):
        # "The founder of a small software startup says ... Jason Lemke, who runs the
        # firm Tallyhouse, described ...": a lede keeping the name for the next sentences
        return _speaker_named_next(p, ctx) or NOBODY
    if p.definite:
        # "the CEO said": the person the article named in that role, else the latest
        # person who spoke, else the person just named
        return (
            ctx.titled_before(root.text, subj.start_char)
            or ctx.last_claimant("Person")
            or ctx.last_mention_within("Person", subj.start_char, ROLE_REACH)
            or ctx.last_claimant(None)
            or NOBODY
        )
    return None


def _described_owner(p: _Phrase, ctx: Discourse) -> str | None:
    """The organisation a definite description owning the role refers back to ("the
    journal's editors", "the company's lawyers"), if any."""
    poss = next((c for c in p.root.children if c.dep_ == "poss" and c.pos_ == "NOUN"), None)
    if poss is None or not any(c.lower_ == "the" for c in poss.children):
        return None
    lemma = poss.lemma_.lower()
    if lemma not in ORG_DESCRIPTIONS and lemma not in kind_descriptions():
        return None
    doc = p.span.doc
    owner = _Phrase(
        span=doc[poss.left_edge.i : poss.i + 1],
        root=poss,
        persons=[],
        orgs=[],
        definite=True,
        role=False,
    )
    return _organisation_description(owner, ctx) or None


def _role_at_named_organisation(p: _Phrase, ctx: Discourse) -> str | None:
    """A role at an organisation the phrase names: "a Commission spokesperson" (the
    organisation), "the Meta CTO" (the person in that role), "a former Meta engineer"
    (nobody: no longer its voice)."""
    if not p.orgs:
        return None
    subj, root = p.span, p.root
    former = said_to_be_former(root)
    if not p.persons and not p.definite and former:
        # "a former Meta engineer": no longer the organisation's voice ("the former Meta
        # engineer" refers back to someone named), unless named later as "the engineer,
        # Jane Roe"
        return _named_later_as(p, ctx) or NOBODY
    if not p.role:
        return None
    for m in p.orgs:
        name = subj.doc.char_span(m.start, m.end, alignment_mode="expand")
        if name is not None and name.root.dep_ == "appos" and name.root.head == root:
            # "The company's lead investor, Brightline Ventures, said": the organisation
            # the apposition names holds the role
            return m.key
    if len(p.orgs) == 1 and SPEAKS_FOR.match(root.lower_):
        # "a Commission spokesperson confirmed": the organisation's voice, whoever it is
        # (a spokesperson named elsewhere in the article included)
        return ctx.spoken_for(p.orgs[0].key, subj.start_char)
    if len(p.orgs) == 1:
        # "Meta CTO says", "the Meta CTO said": the person named as holding that role
        holder = ctx.role_holder(p.orgs[0].key, root.text)
        if holder is not None:
            return holder
    if p.definite and former:
        # "the former Google engineer said": the former employee just named
        person = ctx.last_mention_within("Person", subj.start_char, ROLE_REACH)
        if person is not None:
            return person
    # ("Alphabet's founders" are several: not the one person who speaks next)
    owned = root.tag_ != "NNS" and any(
        t.dep_ == "poss" and t.head == root and any(m.start <= t.idx < m.end for m in p.orgs)
        for t in subj
    )
    if not p.definite and subj[0].lower_ in ("a", "an") and not SPEAKS_FOR.match(root.lower_):
        # "A senior safety researcher at OpenAI resigned, saying ... 'It was rushed,' said
        # the researcher, Jane Roe": the one named later with that role (else one of its
        # people, its side in the labels' reading: see below)
        named = _named_later_as(p, ctx)
        if named is not None:
            return named
        if subj.root.dep_ == "nsubj" and subj.root.head.lemma_.lower() in DEPARTING_VERBS:
            return (
                NOBODY  # "A senior researcher at OpenAI resigned, saying ...": no longer its voice
            )
    if p.definite or owned:
        # "the Meta CTO said" after her words were reported: the person last heard; "The
        # founder of AI startup Lumio has sued ... Daniel Ortiz says", "Meta's chief AI
        # scientist said ... the scientist, Yann LeCun, said": the person who speaks
        # next; never the organisation itself
        return (
            ctx.last_claimant("Person")
            # "Priya Nair did not mince words. '...,' the Corran researcher said": the
            # person the sentence before was about
            or _person_subject_just_before(subj, ctx)
            or _speaker_named_next(p, ctx)
            or NOBODY
        )
    return None


# a study named with its author: "a report from the Halvern Observatory", "a study by
# researchers at Y"
_REPORT_BY = re.compile(
    r"\b(?:report|study|paper|analysis|audit|survey|investigation)s? (?:from|by) "
    r"(?:researchers (?:at|from) )?(?:the )?$",
    re.I,
)


def _report_author_before(subj: Span, ctx: Discourse) -> str | None:
    """The organisation last named as the author of a study or report before ``subj``."""
    for m in reversed(ctx.mentions):
        if m.start >= subj.start_char or ctx.ent(m.key).type != "Organization":
            continue
        if _REPORT_BY.search(ctx.text, max(0, m.start - 60), m.start):
            return m.key
    return None


def _person_subject_just_before(span: Span, ctx: Discourse) -> str | None:
    """The person who is the subject of the sentence before ``span``'s, if one is."""
    prev = _previous_sentence(span)
    if prev is None:
        return None
    for m in ctx.mentions_in(prev.start_char, prev.end_char):
        name = span.doc.char_span(m.start, m.end, alignment_mode="expand")
        if ctx.ent(m.key).type == "Person" and name is not None and name.root.dep_ == "nsubj":
            return m.key
    return None


def _sentence_after(sent: Span, n: int) -> Span:
    """The ``n``-th sentence after ``sent``, or the document's last one."""
    last = sent
    for _ in range(n):
        if last.end >= len(sent.doc):
            break
        last = sent.doc[last.end].sent
    return last


def _named_later_as(p: _Phrase, ctx: Discourse, titles: bool = False) -> str | None:
    """The person a later sentence names with the same role word, set off after it or,
    with ``titles``, as a title before the name: "A former engineer at Lumio says ...
    'It was staged,' said the engineer, Tomas Reyes"; "A federal judge ruled ... Judge
    Jane Roe wrote" (a judge of a named court may be another court's)."""
    sent = p.span.sent
    last = _sentence_after(sent, 3)
    role = re.escape(p.root.text)
    # "the engineer, Tomas Reyes" or, for a title, "Judge William Alsup" (not for "a
    # Democratic senator": "Senator John Cornyn" may be of the other party)
    title = re.escape(p.root.text.capitalize())
    if not titles or any(t.ent_type_ == "NORP" for t in p.span):
        later = re.compile(rf"\b[Tt]he (?:[\w-]+ ){{0,2}}?{role}, $")
    else:
        later = re.compile(rf"\b[Tt]he (?:[\w-]+ ){{0,2}}?{role}, $|(?:^|[\s(\"\u201c]){title} $")
    for m in ctx.mentions:
        if m.start < sent.end_char or m.start >= last.end_char:
            continue
        if ctx.ent(m.key).type == "Person" and later.search(
            ctx.text[max(0, m.start - 60) : m.start]
        ):
            return m.key
    return None


def _speaker_named_next(p: _Phrase, ctx: Discourse) -> str | None:
    """The person first named after phrase ``p``, within the next two sentences, when that
    name is a clause's subject ("In the complaint, Daniel Ortiz says ...") or set off
    after it ("the scientist, Yann LeCun, said")."""
    sent = p.span.sent
    # (a quotation may open the next sentence and name no one)
    end = _sentence_after(sent, 2).end_char
    for m in ctx.mentions:
        if m.start < p.span.end_char or m.start >= end or ctx.ent(m.key).type != "Person":
            continue
        name = sent.doc.char_span(m.start, m.end, alignment_mode="expand")
        if name is not None and (
            name.root.dep_ == "nsubj"
            # "the scientist, Yann LeCun, said": the name set off after the subject
            or (name.root.dep_ == "appos" and name.root.head.dep_ == "nsubj")
        ):
            return m.key
        return None
    return None


def _named_organisation(p: _Phrase, ctx: Discourse) -> str | None:
    """An organisation the phrase names: the one it is headed by, else one named after
    "going by the name", else the first."""
    if not p.orgs:
        return None
    for m in p.orgs:
        if m.start <= p.root.idx < m.end:
            return m.key
    if all(_on_platform(m, ctx) or _platform_of_kind(m, p) for m in p.orgs):
        # "users on Reddit", "commenters on X": unnamed people; "LinkedIn profiles",
        # "Reddit posts": their users' words
        return NOBODY
    if counted_noun(p.root).lower_ in lexicon()["served_nouns"]:
        # "students at Halvern University", "dozens of customers of Y": not its voice
        return NOBODY
    if _staff_against_employer(p, ctx):
        return NOBODY  # "300 Velmora employees signed a letter asking the company to ..."
    for m in p.orgs:
        name = p.span.doc.char_span(m.start, m.end, alignment_mode="expand")
        if name is not None and name.root.dep_ == "appos" and name.root.head == p.root:
            return m.key  # "Brontal's rival, Quorvane,": the rival, not its possessor
        if name is not None and _closing_apposition(name, p):
            return m.key  # "A union representing Y's staff, the Workers Alliance, said"
    for m in p.orgs:
        if NAMED_BEFORE.search(ctx.text[max(0, m.start - 20) : m.start]):
            return m.key  # "a GitHub user going by the name X": X, not GitHub
    return p.orgs[0].key


def _closing_apposition(name: Span, p: _Phrase) -> bool:
    """Whether the name ``name`` closes the phrase as an apposition of its head, which
    is a word for an organisation, though the parser hung it on a noun inside the head's
    modifier ("A union representing Y's support staff, the Workers Alliance, said")."""
    return (
        apposition_of_phrase_head(name.root) == p.root
        and p.root.lemma_.lower() in ORG_DESCRIPTIONS | NON_COMPANY_HEADS | GENERIC_ORG_NOUNS
    )


# the employer as the staff's own sentence goes on to name it
_THEIR_EMPLOYER = re.compile(
    r"\b(?:the (?:company|firm|startup|lab)|their (?:employer|company|bosses)|management)\b"
)


def _staff_against_employer(p: _Phrase, ctx: Discourse) -> bool:
    """Whether a plural group of an organisation's staff ("Velmora employees", "employees
    of Velmora") turns to the organisation itself in its sentence ("... asking the
    company to cancel ..."): staff who address their employer speak for themselves, not
    for it."""
    root, subj = p.root, p.span
    if root.tag_ != "NNS" or root.lemma_.lower() not in lexicon()["staff_nouns"]:
        return False
    # the organisation's own staff ("Velmora employees", "Velmora's workers"), not
    # "researchers at X", whose "the company" may be another
    own = [c for c in root.children if c.dep_ in ("compound", "poss")]
    # ("employees of Velmora AI")
    own += [o for c in root.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.subtree]
    named = {m.key for m in p.orgs if any(m.start <= c.idx < m.end for c in own)}
    if not named:
        return False
    sent = subj.sent
    rest = ctx.text[subj.end_char : sent.end_char]
    again = {m.key for m in ctx.mentions_in(subj.end_char, sent.end_char)}
    return bool(named & again) or _THEIR_EMPLOYER.search(rest) is not None


def _on_platform(m: Mention, ctx: Discourse) -> bool:
    """Whether mention ``m`` is a platform named as where people are ("users on X")."""
    return (
        ctx.text[max(0, m.start - 3) : m.start] == "on "
        and m.text.casefold() in opposition_lexicon().platforms
    )


def _platform_of_kind(m: Mention, p: _Phrase) -> bool:
    """Whether mention ``m`` is a platform naming the kind of the phrase's head
    ("LinkedIn profiles", "Reddit posts"): where the head's words were posted."""
    name = p.span.doc.char_span(m.start, m.end, alignment_mode="expand")
    return (
        name is not None
        and p.root.lower_ in lexicon()["platform_content_nouns"]
        and m.text.casefold() in opposition_lexicon().platforms
        and name.root.dep_ == "compound"
        and name.root.head == p.root
    )


def _owner_of_evidence(p: _Phrase, ctx: Discourse) -> str | None:
    """ "Their investigation revealed": the owner of the evidence speaks."""
    root, start = p.root, p.span.start_char
    poss = next((c for c in root.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
    if poss is None or root.lemma_.lower() not in EVIDENCE_NOUNS | REPORT_NOUNS:
        return None
    if poss.lower_ in ("his", "her"):
        return ctx.last_claimant("Person") or ctx.last_mention("Person", start) or NOBODY
    return ctx.last_claimant("Organization") or ctx.last_mention("Organization", start) or NOBODY


def _pronoun(p: _Phrase, ctx: Discourse) -> str | None:
    """ "he"/"she" (a spokesperson still speaking, else a person), "it"/"they" (an
    organisation); "I" and "we" outside a quotation are the author, no party."""
    subj, root = p.span, p.root
    if len(subj) == 1 and root.lower_ == "his":
        # "X has been vocal in his belief that ...": the man named earlier in the sentence
        man = [
            m.key
            for m in ctx.mentions_in(subj.sent.start_char, subj.start_char)
            if ctx.ent(m.key).type == "Person" and ctx.fits(m.key, "his")
        ]
        return man[-1] if man else None
    if len(subj) == 1 and root.lower_ in PERSON_PRONOUNS:
        return ctx.spokesperson_still_speaking(subj) or _person_antecedent(subj, ctx) or NOBODY
    if len(subj) <= 2 and root.lower_ in ORG_PRONOUNS | {"i"}:
        if root.lower_ in ("i", "we"):
            return NOBODY
        return (
            _subject_before_in_sentence(subj, ctx)
            or (_document_just_cited(subj, ctx) if root.lower_ == "it" else None)
            or (_described_subject_just_before(subj, ctx) if root.lower_ == "it" else None)
            or (_named_subject_just_before(subj, ctx) if root.lower_ == "it" else None)
            or ctx.last_claimant("Organization")
            or ctx.last_mention("Organization", subj.start_char)
            or NOBODY
        )
    return None


def _former_or_latter(p: _Phrase, ctx: Discourse) -> str | None:
    """ "X and Y both spoke. The former said ...": the first (or, for "the latter", the
    second) of the last two parties named together ("X and Y") before the phrase."""
    words = p.span.text.lower().split()
    if len(words) != 2 or words[0] != "the" or words[1] not in ("former", "latter"):
        return None
    before = [m for m in ctx.mentions if m.end <= p.span.start_char]
    for first, second in zip(reversed(before[:-1]), reversed(before[1:]), strict=True):
        if ctx.text[first.end : second.start] == " and " and first.key != second.key:
            return first.key if words[1] == "former" else second.key
    return NOBODY


def _document_just_cited(pron: Span, ctx: Discourse) -> str | None:
    """ "The suit, filed in federal court, seeks damages. It says X ...": an "it" opening
    a sentence is the lawsuit, report or letter the sentence before was about, and
    speaks for whoever made that sentence's claim."""
    prev = _previous_sentence(pron)
    if prev is None or pron.start != pron.sent.start:
        return None
    about = next((c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if about is None or about.lemma_.lower() not in DOCUMENT_NOUNS:
        return None
    for key, start in zip(reversed(ctx.claimants), reversed(ctx.claimant_sents), strict=True):
        if start == prev.start_char:
            return key
        if start < prev.start_char:
            break
    return None


def _one_named_subject(sent: Span, ctx: Discourse) -> str | None:
    """The one party the subject of ``sent``'s main clause names, if exactly one."""
    subj = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None
    named = {
        m.key
        for m in ctx.mentions_in(subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge))
    }
    return named.pop() if len(named) == 1 else None


def _organisation_just_heard(span: Span, ctx: Discourse) -> str | None:
    """The one organisation the sentence before ``span``'s is about ("Velmora was more
    measured. A spokesperson said ..."), else the organisation whose claim is in that
    sentence, if the latest claimant is one."""
    prev = _previous_sentence(span)
    if prev is None:
        return None
    subject = _one_named_subject(prev, ctx)
    if subject is not None and ctx.ent(subject).type == "Organization":
        return subject
    if not ctx.claimants:
        return None
    key, start = ctx.claimants[-1], ctx.claimant_sents[-1]
    # (a quotation of two sentences asks twice: its first sentence counts as the voice's)
    before = _previous_sentence(prev)
    heard = {span.sent.start_char, prev.start_char} | (
        {before.start_char} if before is not None else set()
    )
    if ctx.ent(key).type == "Organization" and start in heard:
        return key
    return None


def _subject_before_in_sentence(pron: Span, ctx: Discourse) -> str | None:
    """The organisation that is the subject of a clause before ``pron`` in its sentence
    ("Quillo released Quillo-3, which it says ...": "it" is Quillo)."""
    found = None
    for m in ctx.mentions_in(pron.sent.start_char, pron.start_char):
        if ctx.ent(m.key).type != "Organization":
            continue
        span = pron.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and span.root.dep_ in ("nsubj", "nsubjpass"):
            found = m.key
    return found


def _described_subject_just_before(pron: Span, ctx: Discourse) -> str | None:
    """The organisation the sentence before ``pron``'s named by its head word as its
    subject ("The institute is not persuaded. In a report, it estimated ...": the Lumio
    Institute named earlier)."""
    sent = pron.sent
    if sent.start == 0:
        return None
    before = pron.doc[sent.start - 1].sent
    subj = next(
        (t for t in before if t.dep_ in ("nsubj", "nsubjpass") and t.head == before.root), None
    )
    if subj is None or subj.pos_ != "NOUN" or not any(c.lower_ == "the" for c in subj.children):
        return None
    lemma = subj.lemma_.lower()
    named = [
        m.key
        for m in ctx.mentions
        if m.start < before.start_char
        and ctx.ent(m.key).type == "Organization"
        and _name_head(ctx.ent(m.key).name) == lemma
    ]
    return named[-1] if named else None


def _named_subject_just_before(pron: Span, ctx: Discourse) -> str | None:
    """The one organisation the sentence before ``pron``'s names as its subject when
    that sentence says it did not comment ("Lumio did not respond to requests for
    comment. In a statement on Monday, it said ..."): it claimed nothing there, so no
    claimant points back to it."""
    prev = _previous_sentence(pron)
    if prev is None or not NO_COMMENT.search(prev.text):
        return None
    key = _one_named_subject(prev, ctx)
    return key if key is not None and ctx.ent(key).type == "Organization" else None


def _maker_of_model(p: _Phrase, ctx: Discourse) -> str | None:
    """ "the ChatGPT maker said": the organisation the gazetteer knows as the model's
    developer, when the article names it."""
    if p.root.lemma_.lower() not in ("maker", "developer", "creator"):
        return None
    for m in ctx.mentions_in(p.span.start_char, p.root.idx):
        entry = ctx.ent(m.key).entry
        if ctx.ent(m.key).type != "Model" or entry is None or not entry.developer:
            continue
        maker = fold(entry.developer)
        for key, ent in ctx.by_key.items():
            if ent.type == "Organization" and maker in {fold(ent.name), *map(fold, ent.aliases)}:
                return key
    return None


def _organisation_description(p: _Phrase, ctx: Discourse) -> str | None:
    """An organisation described, not named: "the regulator" (the latest of that
    kind), "the rival firm" (another than the one speaking), "the journalism
    organization" (the latest that is no company), "the company" (the one of this
    sentence, else the latest subject)."""
    subj, root = p.span, p.root
    lemma = root.lemma_.lower()
    kind = kind_descriptions().get(lemma)
    before = [
        m
        for m in ctx.mentions
        if m.start < subj.start_char and ctx.ent(m.key).type == "Organization"
    ]
    if subj[0].lower_ in ("a", "an") and not p.orgs and not p.persons:
        named = _named_after_lede(p, ctx)
        if named is not None:
            return named
    if kind is not None and p.definite and not p.orgs:
        # "the commission said": the latest organisation so named ("the Irish Data
        # Protection Commission"), else the latest of that kind ("the regulator"),
        # this sentence's subject first
        named = [m.key for m in before if lemma in ctx.ent(m.key).name.lower().split()]
        if named:
            return named[-1]
        same_kind = [m for m in before if ctx.ent(m.key).kind == kind]
        for m in same_kind:
            span = subj.doc.char_span(m.start, m.end, alignment_mode="expand")
            if (
                m.start >= subj.sent.start_char
                and span is not None
                and span.root.dep_ in ("nsubj", "nsubjpass")
            ):
                return m.key  # "X ordered Y to ..., the regulator said"
        # of several, the one introduced with that noun ("the journal Cell Reports
        # Medicine", not "the website PubPeer" named since)
        introduced = [
            m
            for m in same_kind
            if re.search(rf"\b{lemma}s? $", ctx.text[max(0, m.start - 20) : m.start], re.I)
        ]
        if introduced or same_kind:
            return (introduced or same_kind)[-1].key
    if p.definite and not p.orgs and lemma not in ORG_DESCRIPTIONS | GENERIC_ORG_NOUNS:
        # "the studio said" after "Brontal Studios": the organisation last named with
        # that head word
        named = [m.key for m in before if _name_head(ctx.ent(m.key).name) == lemma]
        if named:
            return named[-1]
    if (
        lemma in ORG_DESCRIPTIONS
        and p.definite
        and any(t.lower_ in ("rival", "other", "competing") for t in subj if t.i < root.i)
    ):
        # "the rival firm said": the latest organisation other than the one last speaking
        last = ctx.last_claimant("Organization")
        return ctx.last_other("Organization", subj.start_char, last, ("publication",)) or NOBODY
    if lemma in NON_COMPANY_HEADS and p.definite:
        # "Epoch AI, the research institute behind X, ... The institute said": the one
        # the article described so, of whatever kind
        described = ctx.described_as(lemma, subj.start_char)
        if described is not None:
            return described
        heard = _body_just_heard(subj, ctx)
        if heard is not None:
            return heard
        # "the journalism organization warned": not the company just named, when an
        # organisation of another kind (a group, an agency, a publication) was named
        # (a union, a charity or a coalition is no public body: "In a complaint filed
        # with the NLRB, the union said" is not the board's)
        not_kinds = {"company", "lab", "division", "publication"}
        if lemma not in ("organization", "organisation", "institute"):
            not_kinds.add("government")
        others = [
            m.key
            for m in ctx.mentions
            if m.start < subj.start_char
            and (
                ctx.ent(m.key).type == "Organization"
                or (ctx.ent(m.key).type == "Benchmark" and _run_by_people(m.key, ctx))
            )
            and ctx.ent(m.key).kind not in not_kinds
        ]
        if others:
            return others[-1]
    if lemma in ORG_DESCRIPTIONS and (p.definite or subj[0].lower_ in ("its", "their")):
        if lemma not in GENERIC_ORG_NOUNS and p.definite:
            # "the lab said" after "the Lumio Education Lab": the one with that head word
            named = [m.key for m in before if _name_head(ctx.ent(m.key).name) == lemma]
            if named and not any(t.lower_ in ("rival", "other") for t in subj):
                return named[-1]
            # "the startup" after "Nimbus Labs, an AI startup": the one so described
            described = ctx.described_as(lemma, subj.start_char)
            if described is not None:
                return described
        return _the_company(p, ctx) or NOBODY
    return None


def _organisation_named_next(p: _Phrase, ctx: Discourse) -> str | None:
    """The organisation a described, unnamed one is named as in the next two sentences:
    "Italy's data protection authority fined Y ... The authority, known as the Garante,
    also ordered ..." (the Garante)."""
    if p.orgs or p.persons or p.root.pos_ != "NOUN":
        return None
    lemma = p.root.lemma_.lower()
    if lemma not in ORG_DESCRIPTIONS | NON_COMPANY_HEADS and kind_descriptions().get(lemma) is None:
        return None
    end = _sentence_after(p.span.sent, 2).end_char
    named = re.compile(
        rf"\b[Tt]he (?:[\w-]+ ){{0,2}}?{re.escape(p.root.lower_)},? (?:also )?"
        r"(?:known as|called|named) (?:the )?$"
    )
    for m in ctx.mentions:
        if m.start < p.span.end_char or m.start >= end:
            continue
        if ctx.ent(m.key).type == "Organization" and named.search(
            ctx.text[max(0, m.start - 60) : m.start]
        ):
            return m.key
    return None


def _named_by_head_word(subj: Span, root: Token, ctx: Discourse) -> str | None:
    """The organisation last named whose name opens or ends with the word that qualifies
    its voice ("a department spokesperson", "a ministry official": the Commerce
    Department, the Ministry of Commerce), when that word is no general one ("a company
    spokesperson"); never a group ("administration officials") nor a post of one's own
    ("the party leader")."""
    if root.tag_ != "NN" or not (SPEAKS_FOR.match(root.lower_) or root.lower_ == "official"):
        return None  # "party strategists", "the party leader": people of their own
    words = {
        t.lemma_.lower()
        for t in subj
        if t.i < root.i and t.head == root and t.dep_ in ("compound", "nmod") and t.pos_ == "NOUN"
    }
    words -= ORG_DESCRIPTIONS | GENERIC_ORG_NOUNS
    if not words:
        return None
    named = [
        m.key
        for m in ctx.mentions
        if m.start < subj.start_char
        and ctx.ent(m.key).type == "Organization"
        and {_name_head(ctx.ent(m.key).name), ctx.ent(m.key).name.split()[0].lower()} & words
    ]
    return named[-1] if named else None


def _body_just_heard(span: Span, ctx: Discourse) -> str | None:
    """The one named subject of the sentence before, when it spoke there and is no
    business ("LMArena disputed the findings. In a post, the organization said ..."):
    a leaderboard's operator, a foundation, an agency."""
    prev = _previous_sentence(span)
    key = _one_named_subject(prev, ctx) if prev is not None else None
    if prev is None or key is None:
        return None
    ent = ctx.ent(key)
    spoke = any(
        k == key and at == prev.start_char
        for k, at in zip(ctx.claimants, ctx.claimant_sents, strict=True)
    )
    if not spoke or ent.kind in ("company", "lab", "division", "publication"):
        return None
    return key if ent.type in ("Organization", "Benchmark") else None


def _named_after_lede(p: _Phrase, ctx: Discourse) -> str | None:
    """The organisation an article's opening sentence describes without naming it
    ("An environmental group has accused xAI of ...") and names as the subject of one of
    the next four sentences, the first with a named organisation for subject ("The
    Southern Environmental Law Center said ..."): a lede that keeps the name for later.
    Only in the first sentences, and only a name the opening does not use (the next
    sentence may be about the accused); an outlet is never so described."""
    subj, lemma = p.span, p.root.lemma_.lower()
    if lemma not in ORG_DESCRIPTIONS | NON_COMPANY_HEADS or lemma in ("outlet", "publication"):
        return None
    sent = subj.sent
    if sum(1 for _ in subj.doc[: sent.start].sents) > 2:
        return None  # past the headline and the opening sentence
    in_lede = {m.key for m in ctx.mentions if m.start < sent.end_char}
    # the next four sentences (not counting paragraph breaks), up to the first that has
    # a named organisation for subject
    last, seen = sent, 0
    while seen < 4 and last.end < len(sent.doc):
        last = sent.doc[last.end].sent
        seen += bool(last.text.strip())
    for m in ctx.mentions:
        if not sent.end_char <= m.start < last.end_char or m.key in in_lede:
            continue
        name = subj.doc.char_span(m.start, m.end, alignment_mode="expand")
        if (
            name is None
            or name.root.dep_ != "nsubj"
            or name.root.head != name.root.sent.root
            or ctx.ent(m.key).type != "Organization"
        ):
            continue
        if ctx.ent(m.key).kind == "publication" or (
            lemma in COMPANY_NOUNS | {"chipmaker", "maker"} and _no_company(m.key, ctx)
        ):
            return None  # the first such subject is another: "The Information said ..."
        return m.key
    return None


def _name_head(name: str) -> str:
    """The head word of an organisation's name as a lemma ("Brontal Studios": studio)."""
    return singular(name.split()[-1]) if name.split() else ""


def _the_company(p: _Phrase, ctx: Discourse) -> str | None:
    """ "the company", "the outlet": this sentence's organisation, else the latest."""
    subj = p.span
    sent = subj.sent
    # "the company" is no public body or university, and "the startup" no news outlet
    # ("According to Reuters, the startup plans ..." is the startup's plan); an outlet
    # is a company too ("Business Insider commented ... the company said")
    lemma = p.root.lemma_.lower()
    outlet = lemma in OUTLET_DESCRIPTIONS
    generic = lemma in GENERIC_ORG_NOUNS

    def fits(key: str) -> bool:
        ent = ctx.ent(key)
        if ent.type == "Benchmark":
            return not outlet and _run_by_people(key, ctx)  # a leaderboard as a company
        if ent.type != "Organization":
            return False
        if outlet:
            return True
        if lemma in COMPANY_NOUNS and _no_company(key, ctx):
            return False
        return ent.kind not in NON_COMPANY_KINDS and (generic or ent.kind != "publication")

    # "Nvidia said ..., as the company stressed": this sentence's claimant first
    for key, start in zip(reversed(ctx.claimants), reversed(ctx.claimant_sents), strict=True):
        if start == sent.start_char and fits(key):
            return key
    # ("Velmora's chief wrote on X that the company ...": where one posts is no party)
    in_sentence = [
        m
        for m in ctx.mentions
        if sent.start_char <= m.start < subj.start_char
        and fits(m.key)
        and not _posting_medium(m, subj.doc)
        and not _addressee(m, subj.doc)
    ]
    for m in in_sentence:
        span = subj.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and span.root.dep_ in ("nsubj", "nsubjpass"):
            return m.key  # "Apple has paused ..., the company confirmed"
    # ("Aria erred 33% of the time, against 10% for Velmora's assistant, the group said":
    # an owner named inside the content is what it is about, not who speaks)
    # (but "Kestrel's new chip is three times faster, the company claims": a company
    # speaks of its own product when that product is what the sentence is about)
    owners = {
        m.key
        for m in in_sentence
        if (span := subj.doc.char_span(m.start, m.end, alignment_mode="expand")) is not None
        and span.root.dep_ == "poss"
        and not (lemma in COMPANY_NOUNS and span.root.head.dep_ in ("nsubj", "nsubjpass"))
    }
    in_sentence = [m for m in in_sentence if m.key not in owners]
    if in_sentence:
        return in_sentence[-1].key
    if not outlet:
        # "Meta is hiring from OpenAI. The company denied ...": the subject
        found = _person_antecedent(subj, ctx, "Organization")
        if found is None or fits(found):
            return found
        # "The FTC opened an inquiry into Brontal. The company said ...": Brontal
        fitting = [
            m.key
            for m in ctx.mentions
            if m.start < subj.start_char and fits(m.key) and ctx.ent(m.key).kind != "publication"
        ]
        return fitting[-1] if fitting else NOBODY
    return ctx.last_claimant("Organization", True) or ctx.last_mention(
        "Organization", subj.start_char
    )


def _no_company(key: str, ctx: Discourse) -> bool:
    """Whether organisation ``key`` is plainly no business: a public body or university,
    a name whose head word says so ("the Southern Law Center", "the Kestrel Foundation")
    or one the article described so ("Citizens for Clean Air, an advocacy group")."""
    ent = ctx.ent(key)
    if ent.kind in NON_COMPANY_KINDS or KIND_BY_NAME_HEAD.get(ent.name.split()[-1]) in (
        "other",
        "government",
        "university",
    ):
        return True
    return any(k == key for noun in NON_COMPANY_HEADS for _, k in ctx.described.get(noun, []))


def _addressee(m: Mention, doc: Doc) -> bool:
    """Whether mention ``m`` is whom something is said to ("In a statement to the BBC,
    the company said"): the one told is not the one telling."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return span is not None and span.root.dep_ == "pobj" and span.root.head.lower_ == "to"


def _posting_medium(m: Mention, doc: Doc) -> bool:
    """Whether mention ``m`` is a medium one posts on ("wrote on X", "on LinkedIn")."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return (
        span is not None
        and span.text in MEDIUM_NOUNS
        and span.root.dep_ == "pobj"
        and span.root.head.lower_ == "on"
    )


# a name followed by a post in it: "LMArena co-founder Ion Stoica", "LMArena's head"
_POST_AFTER = re.compile(
    r"(?:['\u2019]s?)? (?:co-?founders?|founders?|chief|CEO|head|spokes\w+|president|staff)\b"
)


def _run_by_people(key: str, ctx: Discourse) -> bool:
    """Whether the article writes benchmark ``key`` as an organisation with people in
    posts ("LMArena co-founder Ion Stoica"): a leaderboard run as a company, which
    "the organisation said" may refer back to."""
    return any(m.key == key and _POST_AFTER.match(ctx.text, m.end) for m in ctx.mentions)


def _definite_role(p: _Phrase, ctx: Discourse) -> str | None:
    """ "the expert said", a role nothing else resolved: the person last written with
    that title ("Judge Jane Roe ... the judge said"), else the latest claimant."""
    if p.role and p.definite:
        titled = ctx.titled_before(p.root.lemma_.lower(), p.span.start_char)
        return titled or ctx.last_claimant(None) or NOBODY
    return None


_PHRASE_RULES: tuple[Callable[[_Phrase, Discourse], str | None], ...] = (
    _named_person,
    _role_at_unnamed_organisation,
    _role_at_named_organisation,
    _named_organisation,
    _owner_of_evidence,
    _pronoun,
    _former_or_latter,
    _maker_of_model,
    _organisation_named_next,
    _organisation_description,
    _definite_role,
)


def _voice_of(org: str | None, subj: Span, ctx: Discourse) -> str | None:
    """``org``, noted as the voice of an unnamed spokesperson when ``subj`` is one."""
    return ctx.spoken_for(org, subj.start_char) if SPEAKS_FOR.match(subj.root.lower_) else org


def _person_antecedent(pron: Span, ctx: Discourse, etype: str = "Person") -> str | None:
    """The person "he"/"she" refers to: the latest person claimant, unless a person
    was the subject of a clause after that claimant last spoke ("Huang took the
    stage. He said ..."); with ``etype`` the same for organisations ("Meta is
    hiring. The company denied ...").

    A party named later in the pronoun's own sentence is never its referent: in "He
    calls Altman dishonest" or "She said Meta erred", "he" is not Altman and "she" is
    not Meta (a pronoun cannot stand for a name it governs). Nor is a party named
    earlier in what the pronoun says: in "Renn 'did not want to hear it,' she said",
    "she" is not Renn."""
    doc = pron.doc
    named_later = {m.key for m in ctx.mentions if pron.end_char <= m.start < pron.sent.end_char}
    said = [c for c in pron.root.head.children if c.dep_ == "ccomp" and c.i < pron.root.i]
    for clause in said:
        a, b = doc[clause.left_edge.i].idx, clause.right_edge.idx + len(clause.right_edge)
        named_later |= {m.key for m in ctx.mentions if a <= m.start < b}
    claimant = None
    said_at = -1
    word = pron.root.text
    for key, start in zip(reversed(ctx.claimants), reversed(ctx.claimant_sents), strict=True):
        if ctx.ent(key).type == etype and key not in named_later and ctx.fits(key, word):
            claimant, said_at = key, start
            break
    subject = None
    subject_at = -1
    fallback = None
    for m in ctx.mentions:
        if m.start >= pron.start_char:
            break
        if not ctx.fits(m.key, word):
            continue  # "she" for a man the article calls "he" or "Mr."
        if any(a <= m.start < b and not a <= pron.start_char < b for a, b in ctx.quotes):
            continue  # '"... vote for Jane Roe," X declared. "...," he continued': not Roe
        if ctx.ent(m.key).type == etype and m.key not in named_later:
            fallback = m.key
        if m.start < said_at or ctx.ent(m.key).type != etype or m.key in named_later:
            continue
        if etype != "Person" and ctx.ent(m.key).kind == "publication":
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if (
            span is not None
            and claimant is not None
            and span.sent.start_char == said_at
            and any(t.dep_ == "ccomp" for t in span.root.ancestors)
        ):
            # "X said Y had told ... '...,' she said": Y is what X reported, X speaks (and
            # "Analysts at X said Y was overpaying. The firm said ...": X)
            continue
        if span is not None and (
            span.root.dep_ in ("nsubj", "nsubjpass")
            or (span.root.dep_ in ("appos", "compound") and span.root.head.dep_ == "nsubj")
        ):
            subject = m.key
            subject_at = m.start
    if etype != "Person":
        # "Lena Ortiz runs Quorvane. The company said ...": the organisation of the
        # sentence just before, when no organisation was a subject since
        prev = _previous_sentence(pron)
        named = [
            m
            for m in ctx.mentions
            if prev is not None
            and prev.start_char <= m.start < prev.end_char
            and ctx.ent(m.key).type == etype
            and ctx.ent(m.key).kind != "publication"
            and m.key not in named_later
            and not (prev.start_char == said_at and _reported_there(doc, m))
        ]
        if named and (subject is None or subject_at < prev.start_char):
            return named[-1].key
    return subject or claimant or fallback


def _reported_there(doc: Doc, m: Mention) -> bool:
    """Whether mention ``m`` lies in a reported clause (what its sentence's speaker said
    about it, not who spoke)."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return span is not None and any(t.dep_ == "ccomp" for t in span.root.ancestors)


def _previous_sentence(span: Span) -> Span | None:
    """The sentence before the one ``span`` is in, if any."""
    start = span.sent.start
    return span.doc[start - 1].sent if start > 0 else None


def cited_party(
    cue: Token | None,
    resolve: Callable[[Span | None], tuple[tuple[str, ...], Span | None]],
    ctx: Discourse,
) -> tuple[tuple[str, ...], Span | None] | None:
    """The party a reporter cites for what it reports ("CNBC reported, citing a
    spokesperson from Nvidia, ...", "Zeff says, paraphrasing the Information's
    reporting, that ..."): the claim is the cited party's, not the reporter's."""
    if cue is None:
        return None
    for tok in cue.sent:
        if (
            tok.tag_ != "VBG"
            or tok.lemma_.lower() not in lexicon()["citing_verbs"]
            or cue not in (tok, tok.head, tok.head.head)
        ):
            continue
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if obj is None:
            continue
        # the cited phrase without any clause hanging from it ("... from Nvidia saying")
        clause = [c for c in obj.subtree if c.dep_ in ("acl", "relcl") and c != obj]
        end = min([c.left_edge.i for c in clause if c.i > obj.i] + [obj.right_edge.i + 1])
        keys, span = resolve(cue.doc[obj.left_edge.i : end])
        if keys and all(
            k in ctx.by_key and ctx.ent(k).type in ("Person", "Organization") for k in keys
        ):
            return keys, span
    return None


def by_surname(phrase: Span, ctx: Discourse) -> str | None:
    """The one person of the article whose name ends with (or is) the bare name that
    makes up the claimant phrase ("Ng said" after "Andrew Ng")."""
    words = [t for t in phrase if t.pos_ == "PROPN" or t.text[:1].isupper()]
    if not words or len(words) != len(phrase) or len(phrase) > 2:
        return None
    name = phrase.text.casefold()
    found = {
        e.key
        for e in ctx.by_key.values()
        if e.type == "Person"
        and any(
            n.casefold() == name or n.casefold().endswith(" " + name) for n in [e.name, *e.aliases]
        )
        and e.first < phrase.start_char
    }
    return found.pop() if len(found) == 1 else None


# documents whose authors a sentence opening "In a new study, X ..." names as its subject
RESEARCH_DOCUMENTS = frozenset({"analysis", "audit", "paper", "report", "study", "survey"})

# documents a party files against another: "X accused Y ... in a lawsuit" wrote it (a
# speaker quoted "in the release" did not write the release)
LEGAL_DOCUMENTS = frozenset({"lawsuit", "suit", "complaint", "petition", "motion", "filing"})

DOCUMENT_SYNONYMS = {"suit": "lawsuit", "complaint": "lawsuit", "study": "paper"}


def document_author(phrase: Span, ctx: Discourse, gaz: Gazetteer) -> str | None:
    """Who wrote the document a definite claimant phrase names ("the lawsuit said",
    "the letter stated", "the paper's authors"): the entity that filed, sent,
    published or wrote the latest such document before it."""
    root = phrase.root
    if root.lemma_.lower() in ("author", "authors", "writer", "writers"):
        if any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in root.children):
            return None  # "The paper's lead author, Lena Brandt, said": she speaks
        poss = next((c for c in root.children if c.dep_ == "poss"), None)
        if poss is None or poss.lemma_.lower() not in DOCUMENT_NOUNS | REPORT_NOUNS:
            return None
        root = poss
    elif phrase[0].lower_ not in ("the", "this", "that", "its", "their"):
        return None
    lemma = root.lemma_.lower()
    if lemma not in DOCUMENT_NOUNS | REPORT_NOUNS | {"document", "analysis", "complaint"}:
        return None
    want = DOCUMENT_SYNONYMS.get(lemma, lemma)
    doc = phrase.doc
    # the phrase's own document first ("The report, published by The Circuit, said")
    for tok in [root, *reversed(doc[: phrase.start])]:
        lem = tok.lemma_.lower()
        if want == "lawsuit" and lem in ("sue", "charge") and tok.pos_ == "VERB":
            # "X sued Y", "Y was sued by X": the plaintiff wrote the lawsuit (and "the
            # SEC charged Y with ...": the agency wrote the complaint)
            by = [p for a in tok.children if a.dep_ == "agent" for p in a.children]
            who = by or [c for c in tok.children if c.dep_ == "nsubj"]
            if who:
                plaintiff = doc[who[0].left_edge.i : who[0].right_edge.i + 1]
                key, _ = resolve_subject(plaintiff, ctx, gaz)
                if key is not None or by:
                    # ("Y was sued by a group of musicians": unnamed plaintiffs, not the
                    # subject of an earlier headline's "Y sued")
                    return key
            continue
        if tok.pos_ != "NOUN" or DOCUMENT_SYNONYMS.get(lem, lem) != want:
            continue
        owner: Span | None = None
        poss = next((c for c in tok.children if c.dep_ == "poss"), None)
        agent = next(
            (
                p
                for c in tok.children
                if c.dep_ in ("acl", "relcl")  # "..., which was written by X,"
                for a in c.children
                if a.dep_ == "agent"
                for p in a.children
                if p.dep_ == "pobj"
            ),
            None,
        )
        # "a paper by X", "the release of a paper by X": the author
        by = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "by"), None)
        if by is None and tok.dep_ == "pobj" and tok.head.lower_ == "of":
            by = next(
                (c for c in tok.head.head.children if c.dep_ == "prep" and c.lower_ == "by"),
                None,
            )
        if by is None and tok.dep_ == "dobj":
            # "retracted a paper by X": the parser hung "by" on the active verb
            by = next(
                (
                    c
                    for c in tok.head.children
                    if c.dep_ == "prep" and c.lower_ == "by" and c.i == tok.right_edge.i + 1
                ),
                None,
            )
        by_obj = next((c for c in by.children if c.dep_ == "pobj"), None) if by else None
        if poss is not None:
            owner = doc[poss.left_edge.i : poss.i + 1]
        elif by_obj is not None:
            owner = doc[by_obj.left_edge.i : by_obj.right_edge.i + 1]
        elif agent is not None:
            owner = doc[agent.left_edge.i : agent.right_edge.i + 1]  # "a suit filed by X"
        elif (
            tok.dep_ == "dobj"
            and tok.head.pos_ == "VERB"
            and tok.head.lemma_.lower() in AUTHORING_VERBS
        ) or (
            tok.dep_ == "pobj"
            and (lem in RESEARCH_DOCUMENTS or lem in LEGAL_DOCUMENTS)
            and tok.head.lower_ == "in"
            and tok.head.head.pos_ == "VERB"
        ):
            # "X sent a letter", "In a new study, X examined ...", "X accused Y of ...
            # in a lawsuit filed on Monday" (not "X was named in a lawsuit": no subject)
            verb = tok.head if tok.dep_ == "dobj" else tok.head.head
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subj is not None:
                owner = doc[subj.left_edge.i : subj.right_edge.i + 1]
        if owner is None:
            continue  # "a new lawsuit claims": an earlier mention may name its author
        key, _ = resolve_subject(owner, ctx, gaz)
        return key or by_surname(owner, ctx) or _group_leader(owner, phrase, ctx, gaz)
    return None


# nouns of an unnamed alliance that a named member leads: "a coalition of 40 firms ... The
# group, spearheaded by X, ..."
ALLIANCE_NOUNS = frozenset({"alliance", "bloc", "coalition", "consortium", "group"})
LEADING_VERBS = frozenset(
    {"convene", "coordinate", "head", "lead", "organise", "organize", "spearhead"}
)


def _group_leader(owner: Span, phrase: Span, ctx: Discourse, gaz: Gazetteer) -> str | None:
    """The named leader of the unnamed alliance that wrote a document ("A coalition of
    40 firms sent a letter. The group, led by X, ... the letter stated"): the alliance
    speaks through the leader the article names."""
    if owner.root.lemma_.lower() not in ALLIANCE_NOUNS:
        return None
    doc = owner.doc
    for tok in doc[owner.start : phrase.start]:
        if tok.lemma_.lower() not in ALLIANCE_NOUNS:
            continue
        for acl in (c for c in tok.children if c.dep_ == "acl"):
            if acl.lemma_.lower() not in LEADING_VERBS:
                continue
            for agent in (a for a in acl.children if a.dep_ == "agent"):
                for p in (c for c in agent.children if c.dep_ == "pobj"):
                    key, _ = resolve_subject(doc[p.left_edge.i : p.right_edge.i + 1], ctx, gaz)
                    if key is not None:
                        return key
    return None


def human_source(key: str, phrase: Span | None, ctx: Discourse, gaz: Gazetteer) -> bool:
    """Whether a claimant can hold an attitude (want, praise, support): a person or an
    organisation, or an unnamed source that is a pronoun, a role or a group of people."""
    if not key.startswith(UNRESOLVED):
        if phrase is not None and _possessed_thing(phrase.root, gaz):
            return False  # "Chen's declaration intended to ...": a document has no intent
        return ctx.ent(key).type in ("Person", "Organization")
    if phrase is None:
        return False
    root = phrase.root
    word = root.lower_
    return (
        word in PERSON_PRONOUNS | {"they", "we", "i", "you", "who"}
        or word in gaz.role_nouns
        or root.lemma_.lower() in gaz.role_nouns
        or word in lexicon()["people_nouns"]
        or root.lemma_.lower() in lexicon()["people_nouns"]
        or root.ent_type_ in ("PERSON", "NORP", "ORG", "GPE")
    )


def _possessed_thing(root: Token, gaz: Gazetteer) -> bool:
    """A common noun owned by the named party ("Chen's declaration", "Huawei's model"),
    not the party itself, its people or its spokespeople."""
    lemma = root.lemma_.lower()
    return (
        root.pos_ == "NOUN"
        and any(c.dep_ == "poss" for c in root.children)
        and lemma not in gaz.role_nouns
        and root.lower_ not in gaz.role_nouns
        and lemma not in lexicon()["people_nouns"]
        and lemma not in ORG_DESCRIPTIONS
    )


def source_like(subj: Span) -> bool:
    """Whether an unresolved claimant phrase can stand as a source ("critics", "the
    report"), not an expletive or a bare relative pronoun."""
    root = subj.root
    return root.pos_ in ("NOUN", "PROPN", "PRON") and root.lower_ not in (
        "it",
        "there",
        "which",
        "that",
        "this",
        "what",
        "who",
    )
