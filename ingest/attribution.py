"""Attribution cues of one sentence (:func:`find_attributions`), before they become
claims: reporting verbs with their claimant phrase and content ("X said that ...",
"X, who claimed ...", "..., asserting ..."), phrasal cues ("according to X", "based on
X's tweet") and speaker labels ("Nadella: ...", "HOST: ...").

A cue's claimant phrase is the syntactic subject, the ``by`` agent of a passive, or the
subject inherited from the governing verb; its content is the clausal complement, the
object with what completes it, or the rest of the clause.  Which entity the phrase
names is decided later, in :mod:`ingest.claimants`.

A cue that only names or describes a thing is no cue: "a firm backed by Y", "Halcyon,
which is backed by Y," (funding), "the scores that Acme reported", "who maintains a
fork" (a relative clause with no clause or report of its own; a denial such as "the
flaw, which Acme disputed," stays one).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ingest.claim_words import (
    DOCUMENT_NOUNS,
    EVIDENCE_NOUNS,
    NAMING_CUES,
    REPORT_NOUNS,
    claim_nouns,
    frame_verbs,
    lexicon,
    stance_adjectives,
)
from ingest.gazetteer import Gazetteer
from ingest.opposition_words import lexicon as opposition_lexicon
from ingest.syntax import (
    actor_came_after,
    comma_participle,
    coordinated_head,
    descriptor_read_as_verb,
    fronted,
    prep_object,
    stranded_subject,
    subject_inside_misread_descriptor,
)


@dataclass(slots=True)
class Attribution:
    """A cue found in a sentence, before it becomes a claim."""

    cue: Token | None
    cue_text: str
    kind: str
    subject: Span | None  # the claimant phrase
    content: tuple[int, int]
    colon: bool = False  # the cue introduces what follows a colon
    rebuts: bool = False  # "rejected the criticism": answers the latest other claim
    human: bool = False  # an attitude cue ("praised", "wants"): only people and groups
    weak: bool = False  # a weak cue ("showed", "found"): a claim only with a complement


def subtree_span(tok: Token) -> tuple[int, int]:
    """The character span of ``tok`` and everything it governs."""
    toks = list(tok.subtree)
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


def _negated(tok: Token, quotes: list[tuple[int, int]] = ()) -> bool:  # type: ignore[assignment]
    """Whether ``tok`` is negated ("did not say"); a negation inside a quotation is the
    quoted words' ("replied, 'Absolutely not.'")."""
    return any(c.dep_ == "neg" and not any(a <= c.idx < b for a, b in quotes) for c in tok.children)


#: verbs whose complement was not (yet) done: "declined to say", "considered accusing"
UNREALISED_HEADS = {
    "decline",
    "refuse",
    "fail",
    "consider",
    "weigh",
    "mull",
    "contemplate",
    "threaten",
    "agree",  # "agreed to warn consumers": a commitment
    "require",  # "would require it to warn consumers": an obligation
    "order",
    "force",
    "compel",
}

#: verbs of an outlet passing on what someone said ("Reuters quoted X as saying")
RELAYING = {"quote", "report", "cite"}


#: what a party says in, which an outlet reporting it only passes on
SPOKEN_NOUNS = {
    "statement",
    "remarks",
    "comments",
    "comment",
    "interview",
    "tweet",
    "post",
    "email",
    "letter",
    "memo",
    "message",
    "response",
    "testimony",
    "announcement",
    "thread",
}


def _relays(cue: Token, cues: Mapping[str, object]) -> bool:
    """Whether ``cue`` only passes on another's statement: "Reuters reported X as
    saying ...", "X said ..., as reported by Reuters", "in a statement reported by
    Reuters"; the statement is the other's."""
    if cue.lemma_.lower() not in RELAYING:
        return False
    if any(
        c.dep_ == "prep" and c.lower_ == "as" and any(g.dep_ == "pcomp" for g in c.children)
        for c in cue.children
    ):
        return True
    if cue.dep_ == "acl" and cue.head.lemma_.lower() in SPOKEN_NOUNS:
        return any(c.dep_ == "agent" for c in cue.children)
    return (
        cue.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children)
        and cue.head.lemma_.lower() in cues
    )


def _detached_that_clause(cue: Token) -> Token | None:
    """The "that"-clause right after a cue the parser read as a modifier of the noun
    before it ("Acme's chief scientist, Jane Roe, posted on X that ..." parsed with
    "posted" modifying "scientist" and the clause hung on the noun as well): the clause
    is what the cue reports."""
    if cue.dep_ != "acl" or cue.tag_ not in ("VBD", "VBN"):
        return None
    nxt = cue.right_edge.i + 1
    if nxt >= len(cue.doc) or cue.doc[nxt].lower_ != "that" or cue.doc[nxt].dep_ != "mark":
        return None
    clause = cue.doc[nxt].head
    if clause.i < nxt or clause.head != cue.head or clause.pos_ not in ("VERB", "AUX"):
        return None
    return clause


def _quoted_as_saying(verb: Token) -> Span | None:
    """The speaker of "X was quoted (by Reuters) as saying ..." and "Reuters quoted X as
    saying ...": the one quoted, not the outlet quoting."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ != "as" or prep.head.lemma_.lower() not in RELAYING:
        return None
    quote = prep.head
    who = next((c for c in quote.children if c.dep_ in ("nsubjpass", "dobj")), None)
    return verb.doc[who.left_edge.i : who.right_edge.i + 1] if who is not None else None


def _obtained_by(subj: Token) -> Span | None:
    """Who obtained or reviewed the records a subject names ("documents reviewed by
    Reuters", "emails obtained by The Verge"; "employees and documents reviewed by
    Reuters", where the parser hangs the participle on the first of the two): the
    finder of what they show."""
    records = lexicon()["record_nouns"]  # (the list has the plurals)
    if subj.lower_ not in records and not any(c.lower_ in records for c in subj.conjuncts):
        return None
    for c in subj.children:
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in lexicon()["obtaining_verbs"]:
            agent = next((a for a in c.children if a.dep_ == "agent"), None)
            pobj = next((p for p in agent.children if p.dep_ == "pobj"), None) if agent else None
            if pobj is not None:
                span = subj.doc[pobj.left_edge.i : pobj.right_edge.i + 1]
                # "a memo seen by Reuters, X told staff ...": the finder ends at the comma
                comma = next((t.i for t in span if t.text == "," and t.i > pobj.i), None)
                return span if comma is None else subj.doc[span.start : comma]
    return None


def _sourced_evidence(verb: Token) -> bool:
    """Whether ``verb``'s subject is evidence with a named source ("Data from X",
    "Figures compiled by X", "A survey by X")."""
    nouns = EVIDENCE_NOUNS | FIGURE_NOUNS | {"survey", "poll"}
    return any(
        c.dep_ == "nsubj"
        and (c.lemma_.lower() in nouns or c.lower_ in nouns)  # ("data": lemma "datum")
        and any(
            (
                p.dep_ == "prep"
                and p.lower_ in ("from", "by")
                and any(o.pos_ == "PROPN" for o in p.subtree)
            )
            or (p.dep_ == "acl" and any(a.dep_ == "agent" for a in p.children))
            for p in c.children
        )
        for c in verb.children
    )


def _author_in_relative_clause(doc_noun: Token) -> Span | None:
    """The subject of a relative clause in which a document's author made it ("a report
    it published on Wednesday", "a study they released"), a pronoun the claimant rules
    resolve like any subject."""
    if doc_noun.lemma_.lower() not in DOCUMENT_NOUNS | EVIDENCE_NOUNS:
        return None
    for c in doc_noun.children:
        if c.dep_ == "relcl" and c.lemma_.lower() in lexicon()["authoring_verbs"]:
            subj = next((s for s in c.children if s.dep_ == "nsubj"), None)
            if subj is not None and subj.pos_ in ("PRON", "PROPN"):
                return subj.doc[subj.left_edge.i : subj.i + 1]
    return None


def _lodging(doc_noun: Token) -> tuple[bool, Span | None]:
    """How a document is described by where it was lodged ("a complaint filed with the
    SEC", "a letter sent to regulators", "testimony submitted to Congress"): whether it
    is, and who lodged it when its participle names them too ("... filed with the FTC by
    EPIC")."""
    lodged = doc_noun.lemma_.lower() in lexicon()["lodged_documents"] and any(
        c.dep_ == "prep" and c.lower_ in ("with", "to", "before") for c in doc_noun.children
    )  # "a filing with the SEC", with no participle
    for c in doc_noun.children:
        if c.dep_ != "acl" or c.tag_ != "VBN":
            continue
        if not any(p.dep_ == "prep" and p.lower_ in ("with", "to", "before") for p in c.children):
            continue
        agent = next((a for a in c.children if a.dep_ == "agent"), None)
        if agent is None:
            lodged = True
            continue
        pobj = next((p for p in agent.children if p.dep_ == "pobj"), None)
        if pobj is not None:
            return True, doc_noun.doc[pobj.left_edge.i : pobj.right_edge.i + 1]
    return lodged, None


def _subjects_phrase(verb: Token, subjects: list[Token]) -> Span:
    """The phrase of ``verb``'s subjects.  "Acme co-founder Jane Roe wrote": the split
    "co - founder" gives the verb three subjects; the phrase runs from the first to the
    last before the verb."""
    after = [c for c in subjects if c.i > verb.i]
    inverted = _closes_quote(verb.doc, verb.i - 1) or (
        # ", said Jane Roe" after a clause whose subject is no person or organisation
        verb.i > 0
        and verb.doc[verb.i - 1].text == ","
        and verb.tag_ == "VBD"
        and any(t.pos_ == "PROPN" for c in after for t in c.subtree)
        and not any(
            c.pos_ == "PROPN" and c.ent_type_ in ("PERSON", "ORG")
            for c in subjects
            if c.i < verb.i
        )
    )
    if after and len(after) < len(subjects) and inverted:
        # '"The contracts do not say it," said Jane Roe', "..., as they would in practice,
        # said Jane Roe": the parser took the content's subject for the verb's; the
        # speaker is the subject after the verb
        subjects = after
    first = min(c.left_edge.i for c in subjects)
    # (all after the verb: '"...," said the company's co-founder, Jane Roe' is split too)
    after_only = all(c.i > verb.i for c in subjects)
    last = max(
        c.right_edge.i for c in subjects if c.i < verb.i or c is subjects[0] or after_only
    )
    return verb.doc[first : last + 1]


def _closes_quote(doc, i: int) -> bool:
    """Whether token ``i`` closes a quotation (a closing mark, maybe after a comma)."""
    return i >= 0 and doc[i].text in ('"', "\u201d", "'", "\u2019", "''")


def _subject_of(verb: Token) -> Span | None:
    """The claimant phrase of a cue verb (subject, passive agent, or inherited)."""
    doc = verb.doc
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if agent is not None:
        pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
        if pobj is not None:
            return doc[pobj.left_edge.i : pobj.right_edge.i + 1]
    quoted = _quoted_as_saying(verb)
    if quoted is not None:
        return quoted
    main = _participle_main_subject(verb) or actor_came_after(verb)
    if main is not None:
        return main  # "X denied claims that Y copied Z, asserting ...": X asserts
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    if (
        len(subjects) > 1
        and subjects[0].tag_ in ("WDT", "WP")
        and verb.dep_ == "relcl"
        and subjects[1].lower_ not in ("both", "all", "each")  # ("who both shared")
    ):
        # "a chart that he said showed ...": the relative pronoun belongs to the
        # reported clause; "he" says it
        subjects = subjects[1:]
    obtained = _obtained_by(subjects[0]) if len(subjects) == 1 else None
    if obtained is not None:
        return obtained  # "documents reviewed by Reuters show ...": Reuters found it
    if subjects and not (
        subjects[0].lower_ in ("who", "which", "that") and verb.dep_ == "relcl"
    ):  # "Sanders, who said ...": the modified noun, below
        return _subjects_phrase(verb, subjects)
    if verb.pos_ == "NOUN":
        left = [c for c in verb.children if c.dep_ == "compound" and c.i < verb.i]
        if left:
            return doc[left[0].left_edge.i : verb.i]
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        return None  # "was said to cost": the subject is the content, no claimant
    head = verb
    hops = 0
    while (
        head.dep_ in ("conj", "advcl", "xcomp", "acl", "pcomp", "acomp")
        and head.head != head
        and hops < 3
    ):
        if head.dep_ == "xcomp" and any(c.dep_ in ("dobj", "dative") for c in head.head.children):
            return None  # "asked the court to dismiss the case": the court would dismiss
        head = coordinated_head(head) if head.dep_ == "conj" else head.head
        hops += 1
        if head.dep_ == "ccomp" and head.i != verb.i:
            if not (comma_participle(verb) and head.head != head):
                return None  # "X claimed that Google invented ... to claim": reported content
            head = head.head  # "X said the chip was safe, adding that ...": X adds
            while head.dep_ == "ccomp" and head.head != head:
                # "X demanded that Y explain why Z gave advice, citing tests": the
                # participle ends the whole report, whose speaker cites
                head = head.head
        head_subjects = [c for c in head.children if c.dep_ == "nsubj"]
        if head_subjects:
            sent_by = _object_sent_by(head) if comma_participle(verb) else None
            if sent_by is not None:
                return sent_by  # "Y faces lawsuits from X, accusing it ...": X accuses
            return descriptor_read_as_verb(head) or _subjects_phrase(head, head_subjects)
    if verb.dep_ == "relcl" or verb.dep_ == "acl":
        # "the company, which claimed ..." / "X, saying ...": the modified noun
        noun = verb.head
        if (
            verb.dep_ == "acl"
            and verb.tag_ == "VBN"
            and noun.dep_ == "pobj"
            and noun.head.lower_ in ("in", "on", "via", "through")
            and noun.head.head.pos_ in ("VERB", "AUX")
        ):
            return None  # "In a letter posted on GitHub, X wrote ...": where X wrote
        if (
            any(c.dep_ == "nsubj" and c.lower_ in ("who", "which") for c in verb.children)
            and noun.dep_ == "pobj"
            and noun.head.dep_ == "prep"
            and noun.head.head.dep_ == "appos"
        ):
            # "X, the founder of Y, who said ...", "X, a publisher of science news, which
            # accused ...": not Y
            noun = noun.head.head
        while noun.dep_ == "appos" and noun.head != noun and noun.pos_ != "PROPN":
            # "X, the founder of Y, who said ...": X; but "Y's rivals, Jane Roe, who
            # said ...": the name itself
            noun = noun.head
        who = next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ == "who"), None)
        if who is not None and noun.lemma_.lower() in DOCUMENT_NOUNS and who.i >= 2:
            # "an essay by Jane Roe, who argued ...": "who" is the person named just
            # before it, not the essay the parser hung the clause on
            name = doc[who.i - 2] if doc[who.i - 1].text == "," else doc[who.i - 1]
            if name.pos_ == "PROPN" and name.i > noun.i:
                noun = name
        if (
            comma_like_participle(verb)
            and noun.dep_ == "dobj"
            and noun.lemma_.lower() not in DOCUMENT_NOUNS | EVIDENCE_NOUNS
        ):
            # "X rejected the notion that ..., saying ...", "X attacked Y, saying ...": the
            # parser hangs the participle on the object; whoever rejected is saying it
            main = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
            if main is not None:
                return doc[main.left_edge.i : main.right_edge.i + 1]
        by = prep_object(noun, ("by", "from"))
        if by is not None and noun.lemma_.lower() in DOCUMENT_NOUNS | EVIDENCE_NOUNS:
            # "Y disputed a report by X that accused it ...", "Y faces lawsuits from X,
            # accusing it ...": the author the document names
            return doc[by.left_edge.i : by.right_edge.i + 1]
        if noun.lemma_.lower() in DOCUMENT_NOUNS | EVIDENCE_NOUNS and noun.dep_ == "dobj":
            # "xAI filed a lawsuit accusing OpenAI ...": the author of the document
            subjects = [c for c in noun.head.children if c.dep_ == "nsubj"]
            # "a GitHub user going by the name X uploaded ...": the parser gives the verb
            # two subjects; the name is the author
            author = next((c for c in subjects if c.pos_ == "PROPN"), None) or next(
                iter(subjects), None
            )
            if author is not None:
                return doc[author.left_edge.i : author.right_edge.i + 1]
        # (with the name set beside the noun: "The company's medical director, Jane
        # Roe, tweeted that ..." parsed with "tweeted" modifying "director")
        end = max(
            [noun.i + 1]
            + [
                c.right_edge.i + 1
                for c in noun.children
                if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i < verb.i and noun.pos_ == "NOUN"
            ]
            # ("Kestrel co-founder and chief scientist Jane Roe posted ...": the titles
            # joined by "and" before the name, the verb hung on the first title)
            + [
                c.right_edge.i + 1
                for c in noun.children
                if c.dep_ == "conj"
                and c.pos_ == "PROPN"
                and c.right_edge.i + 1 == verb.i
                and noun.pos_ == "NOUN"
            ]
        )
        return doc[noun.left_edge.i : min(end, verb.i)]
    return stranded_subject(verb) or subject_inside_misread_descriptor(verb)


#: verbs of a finding, whose "that" always opens what was found
FINDING_CUES = frozenset({"find", "show", "conclude", "reveal", "determine", "discover"})

#: verbs that state an estimate as "<verb> the cost at $5 million"
ESTIMATING_CUES = {"put", "peg", "estimate"}


def _figure_put_at(verb: Token) -> bool:
    """Whether ``verb`` puts a figure at a number: "put the total cost at more than $500
    million", "pegged the figure at 90 million litres", "estimated its value at $2
    billion", "puts the figure closer to 40 million" (an estimate stated, with its
    object and its number)."""
    # ("closer to 40 million": the preposition hangs on the adverb)
    near = [p for c in verb.children if c.dep_ == "advmod" for p in c.children]
    return any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in verb.children) and any(
        c.dep_ == "prep"
        and (c.lower_ == "at" or (c.lower_ == "to" and c in near))
        and any(t.like_num or t.tag_ == "$" for t in c.subtree)
        for c in [*verb.children, *near]
    )


def _aside(verb: Token) -> bool:
    """Whether ``verb`` is a reporting aside set off by commas inside the sentence it
    reports ("The company, she added, is hiring"), said by a third person."""
    if verb.dep_ != "parataxis" or any(
        c.dep_ == "nsubj" and c.lower_ in ("i", "you", "we", "they", "it") for c in verb.children
    ):
        # "..., you know, ...", "..., I think, ...": a filler; "..., they think, ...":
        # too often nobody the article names
        return False
    doc = verb.doc
    first, last = verb.left_edge.i, verb.right_edge.i
    # the commas may be the aside's own tokens or its neighbours
    opening = doc[first] if doc[first].text == "," else doc[first - 1] if first > 0 else None
    closing = doc[last] if doc[last].text == "," else doc[last + 1] if last + 1 < len(doc) else None
    return (
        opening is not None
        and closing is not None
        and opening.text == closing.text == ","
        and verb.sent.start < opening.i
        and closing.i < verb.sent.end - 1
    )


def comma_like_participle(verb: Token) -> bool:
    """Whether ``verb`` is a participle set off by a comma that the parser hung on a noun
    (", saying ..." after an object)."""
    return verb.tag_ == "VBG" and verb.dep_ == "acl" and verb.i > 0 and verb.nbor(-1).text == ","


def _object_sent_by(verb: Token) -> Span | None:
    """The party a document object of ``verb`` comes from, when ``verb`` is one of
    receiving it ("Y faces lawsuits from X", "Y received a letter from X")."""
    if verb.lemma_.lower() not in ("face", "receive", "get"):
        return None
    for obj in verb.children:
        if obj.dep_ != "dobj" or obj.lemma_.lower() not in DOCUMENT_NOUNS:
            continue
        sender = prep_object(obj, ("from", "by"))
        if sender is not None:
            return verb.doc[sender.left_edge.i : sender.right_edge.i + 1]
    return None


def _participle_main_subject(verb: Token) -> Span | None:
    """The subject of the main clause for a participle cue after a comma that the
    parser gave a subject of its own inside an earlier clause ("X denied claims that
    its model copied Y's, asserting ..."): a participle has no subject of its own."""
    doc = verb.doc
    if verb.tag_ != "VBG" or verb.dep_ not in ("acl", "advcl") or verb.i == 0:
        return None
    if doc[verb.i - 1].text != ",":
        return None
    own = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if own is None:
        return None
    head = verb.head
    for _ in range(3):
        if head.pos_ in ("VERB", "AUX"):
            subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
            if subj is not None:
                return doc[subj.left_edge.i : subj.right_edge.i + 1]
        if head.head == head:
            break
        head = head.head
    return None


# verbs that ask someone to state something: what they ask for is not said yet
DEMANDING_HEADS = frozenset(lexicon()["demanding_verbs"])

#: what a party raises when it raises money, not a concern ("raised a $40 million round")
RAISED_MONEY = frozenset(
    {"money", "funding", "funds", "capital", "round", "cash", "billion", "million"}
)

#: cues that also mean putting money into a party ("backed by Microsoft")
FUNDING_SENSES = frozenset(lexicon()["funding_senses"])

#: cues that also mean turning people away or letting them go ("rejected 3,000 applicants")
SELECTION_SENSES = frozenset(lexicon()["selection_senses"])
_SELECTED_PEOPLE = frozenset(
    lexicon()["selected_people"] | lexicon()["served_nouns"] | lexicon()["staff_nouns"]
)


def _turns_people_away(cue: Token) -> bool:
    """Whether a cue of ``SELECTION_SENSES`` is done to people rather than to a claim:
    "the software rejected older applicants", "rejected half of the candidates",
    "Velmora dismissed two engineers", "the board rejected Jane Whitcombe" (a person:
    hired, fired or voted on, not answered); "dismissed critics as cranks" gives a
    verdict."""
    if any(c.dep_ == "prep" and c.lower_ == "as" for c in cue.children):
        return False
    objects = [c for c in cue.children if c.dep_ in ("dobj", "nsubjpass")]
    # "rejected half of the candidates": the people the share is of
    objects += [g for c in objects for p in c.children if p.lower_ == "of" for g in p.children]
    return any(c.lemma_.lower() in _SELECTED_PEOPLE or c.ent_type_ == "PERSON" for c in objects)


# verbs of contradicting a claim: "did not dispute the figures" states nothing
_CONTRADICTING = frozenset({"deny", "dispute", "contest", "reject", "refute", "rebut"})

# modals of a possibility: "could be explained by X" names a cause, not a speaker
_MAYBE = frozenset({"could", "might", "may", "can"})

# what a stance is taken on, however it is reported: a measure ("the bill") or a candidate
_STANCE_OBJECTS = opposition_lexicon().measures


def _deed_reported_by_another(cue: Token, cues: Mapping[str, tuple[str, int]]) -> bool:
    """Whether an attitude cue ("support", "back", "praise") sits in the clause another
    party's reporting verb reports, in a past perfect ("X said Y had supported China's
    military"): a deed X tells of, not a view Y states."""
    head = cue.head
    if any(
        c.dep_ == "dobj" and (c.lemma_.lower() in _STANCE_OBJECTS or c.ent_type_ == "PERSON")
        for c in cue.children
    ):
        return False  # "X said Y had opposed the bill": a stance all the same
    return (
        cue.dep_ in ("ccomp", "conj")
        and any(c.dep_ == "aux" and c.lower_ == "had" for c in cue.children)
        and head is not cue
        and (
            head.lemma_.lower() in cues
            or (cue.dep_ == "conj" and head.head.lemma_.lower() in cues)
        )
    )


def _funds_a_party(cue: Token) -> bool:
    """Whether a cue of ``FUNDING_SENSES`` means money rather than a view: a participle
    describing a noun ("a startup backed by Microsoft and Sequoia"), a named company as
    what it backs ("Lumio is backed by Microsoft", "Microsoft backed Lumio") or a sum
    ("with $250 million"); "X backed the bill", "the bill was backed by X" and "X backed
    Clinton" (a person) are views."""
    if cue.tag_ == "VBN" and (
        cue.dep_ == "acl"
        or (
            any(c.dep_ == "agent" for c in cue.children)
            and not any(c.dep_ == "auxpass" for c in cue.children)
        )
        or any(c.dep_ == "nsubjpass" and c.pos_ == "PROPN" for c in cue.children)
    ):
        return True  # "backed by X" describing a noun, or a named party "is backed by X"
    return any(
        (c.dep_ == "dobj" and c.pos_ == "PROPN" and c.ent_type_ not in ("PERSON", "NORP", "GPE"))
        or (
            c.dep_ == "prep"
            and c.lower_ == "with"
            and any(g.ent_type_ == "MONEY" for g in c.subtree)
        )
        for c in cue.children
    )


def _set_off_by_commas(cue: Token) -> bool:
    """Whether a cue is a reporter's aside between commas, whatever the parser made of
    it (a relative clause, a parataxis: "Meta has hired X, who led Y's team, Bloomberg
    reported, offering ..."): no relative pronoun and no object, a comma before its
    subject and a comma or the sentence's end after it."""
    doc = cue.doc
    subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.tag_ in ("WDT", "WP") or subject.i > cue.i:
        return False
    if any(c.dep_ in ("dobj", "ccomp") or c.tag_ in ("WDT", "WP") for c in cue.children):
        return False
    before = subject.left_edge.i - 1
    after = cue.i + 1
    return (
        before >= 0
        and doc[before].text == ","
        and after < len(doc)
        and doc[after].text in (",", ".")
    )


QUOTE_CUT = {"\u2014", "\u2013", "--", ",", "(", ";"}


def _outside_quotes(subj: Span, cue: Token, quotes: list[tuple[int, int]]) -> Span | None:
    """The claimant phrase of a cue that follows a quotation, when the parser took a noun
    inside the quotation for its subject ('"... the board dismissed its CEO," Toner and
    McCauley wrote'): the words between the quotation and the cue, up to an apposition or
    relative clause; none when nothing names a speaker there."""
    quote = next((q for q in quotes if q[0] <= subj.start_char < q[1]), None)
    if quote is None or quote[0] <= cue.idx < quote[1]:
        return subj
    if cue.idx < quote[0]:
        return None
    doc = cue.doc
    toks = [t for t in doc[subj.start : cue.i] if t.idx >= quote[1]]
    while toks and (toks[0].is_punct or toks[0].is_space):
        toks = toks[1:]
    cut = next((i for i, t in enumerate(toks) if t.text in QUOTE_CUT), None)
    if cut is not None:
        named = _name_in_apposition(toks[:cut], toks[cut])
        toks = toks[:cut] if named is None else toks[:cut] + list(doc[toks[cut].i : named.i + 1])
    if not toks or not any(t.pos_ in ("PROPN", "NOUN", "PRON") for t in toks):
        return None
    return doc[toks[0].i : toks[-1].i + 1]


def _name_in_apposition(phrase: list[Token], comma: Token) -> Token | None:
    """The last word of a name set off after ``phrase`` ('"...," the company's general
    counsel, Jane Roe, said'): the person holding the role is the speaker."""
    if not phrase or comma.text != "," or comma.i + 1 >= len(comma.doc):
        return None
    name = comma.doc[comma.i + 1]
    while name.dep_ == "compound" and name.head.i > name.i:
        name = name.head
    if name.pos_ == "PROPN" and name.dep_ == "appos" and name.head in phrase:
        return name
    return None


def _named_after_quote_cue(verb: Token) -> Span | None:
    """The speaker after a cue that follows a quotation, when the parser read the words
    after the cue as a clause of their own ('"...," said Velmora finance chief Marcus
    Feld', with "finance" taken for a verb): the words up to the sentence's end, when
    they end with a name."""
    doc = verb.doc
    if not _closes_quote(doc, verb.i - 1) or any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children
    ):
        return None
    end = verb.i + 1
    while end < verb.sent.end and not doc[end].is_punct and end - verb.i <= 8:
        end += 1
    if end == verb.i + 1 or doc[end - 1].pos_ != "PROPN":
        return None
    return doc[verb.i + 1 : end]


def _adjacent_name(verb: Token) -> Span | None:
    """A name right before a verb the parser left without subject ("..., Apple's
    software chief Craig Federighi defended ...", "..., its chief of staff, Jane Roe,
    wrote")."""
    i = verb.i - 1
    while i >= 0 and verb.doc[i].pos_ == "ADV":
        i -= 1
    if i > 0 and verb.doc[i].text == "," and verb.doc[i - 1].dep_ == "appos":
        # "..., Brontal's senior vice president of marketing, Priya Nair, wrote": the name
        # set off before the verb, which the parser hung on the role
        i -= 1
    if i < 0 or verb.doc[i].pos_ != "PROPN":
        return None
    start = i
    while (
        start - 1 >= 0
        and i - start < 6
        and verb.doc[start - 1].pos_ in ("PROPN", "NOUN", "PART", "ADJ")
        and not verb.doc[start - 1].is_sent_end
    ):
        start -= 1
    return verb.doc[start : i + 1]


#: a party's own numbers, a source like its report ("per Acme's own figures")
FIGURE_NOUNS = {"figure", "number", "estimate", "calculation", "count", "tally"}

#: verbs that pass a verdict when they have an object and a predicate ("called X Y")
VERDICT_NAMING_CUES = {
    "see",  # "sees the lawsuit as a distraction"
    "regard",
    "view",
    "call",
    "label",
    "describe",
    "brand",
    "dub",
    "term",
    "characterize",
    "deem",
    "portray",
    "bill",
}

#: verdicts that, passed on the other side's report or lawsuit, reject it
VERDICT_ON_DOCUMENT_CUES = {"call", "label", "describe", "brand", "characterize", "term", "portray"}


def _praising_label(verb: Token) -> bool:
    """Whether the label a naming verb puts on its object praises it ("called the paper
    'a knockout blow' to such claims"), so that the verdict rejects no one's document."""
    praising = lexicon()["praising_labels"]
    labels = [c for c in verb.children if c.dep_ in ("oprd", "xcomp", "attr")]
    return any(t.lower_ in praising for c in labels for t in c.subtree)


ADDRESSEE_VERBS = {"tell", "inform", "assure", "remind", "notify", "reassure", "convince", "ask"}


def _content_of(verb: Token, sent: Span, subject: Span | None) -> tuple[int, int]:
    """What the cue reports: its clausal complement ("that ..."), else its object with
    what completes it ("accused X of Y", "called X Z"); not the addressee ("told
    reporters that ..."); a quotation introduced by a colon after it belongs to it."""
    comp = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "dobj", "attr", "oprd")]
    if verb.lemma_.lower() in ADDRESSEE_VERBS and any(c.dep_ == "ccomp" for c in comp):
        comp = [c for c in comp if c.dep_ != "dobj"]
    if any(c.dep_ == "dobj" for c in comp):
        comp += [
            c
            for c in verb.children
            if c.dep_ == "prep"
            and c.i > verb.i
            and (
                c.lower_ in ("of", "for", "as")
                # "attributed the delays to the supplier", "blamed the outage on Y"
                or (c.lower_ in ("to", "on") and verb.lemma_.lower() in ("attribute", "blame"))
                # "estimated the true cost at more than $500 million": the figure too
                or (c.lower_ == "at" and verb.lemma_.lower() in ESTIMATING_CUES)
            )
        ]
        comp += [
            c
            for c in verb.children
            if c.dep_ == "advmod"
            and c.i > verb.i
            and verb.lemma_.lower() in ESTIMATING_CUES
            and any(p.dep_ == "prep" for p in c.children)  # "puts it closer to 40 million"
        ]
    if comp:
        spans = [subtree_span(c) for c in comp]
        s, e = min(s for s, _ in spans), max(e for _, e in spans)
        rest = [t for t in sent if t.idx >= e]
        if rest and rest[0].text == ":" and len(rest) > 2:
            last = rest[-1]
            e = last.idx + len(last.text)
        return s, e
    # not the speaker of an inverted cue ('"...," said X, a lawyer') nor its time
    after = [
        c
        for c in verb.children
        if c.i > verb.i
        and c.dep_
        not in ("punct", "cc", "prep", "advmod", "nsubj", "nsubjpass", "npadvmod", "appos")
        # '"Absolutely," she said when asked if ...': the question put to her, not her answer
        and not (c.dep_ == "advcl" and c.lemma_.lower() in lexicon()["addressed_cues"])
    ]
    if after:
        s, e = subtree_span(after[0])
        return s, max(e, subtree_span(after[-1])[1])
    # parenthetical cue ("..., LeCun said, ..."): the rest of the sentence
    return sent.start_char, sent.end_char


CLAIM_MAKING_VERBS = frozenset(
    {
        "make",
        "repeat",
        "reiterate",
        "advance",
        "press",
        "renew",
        "echo",
        "raise",
        "voice",
        "express",
    }
)


def _that_clause(head: Token) -> Token | None:
    """The ``that``-clause ``head`` governs ("the claim that it works")."""
    return next(
        (
            c
            for c in head.children
            if c.dep_ in ("acl", "ccomp", "relcl", "attr")
            and c.pos_ in ("VERB", "AUX")
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        ),
        None,
    )


def _noun_claim(noun: Token, kind: str) -> Attribution | None:
    """A claim carried by a noun and its ``that``-clause: "X's claim that ...", "the
    argument by X that ...", "X made the claim that ...", "X's view is that ..."."""
    clause = _that_clause(noun)
    if clause is None and noun.dep_ == "nsubj" and noun.head.lemma_ == "be":
        clause = _that_clause(noun.head)  # "X's view is that ..."
    if clause is None:
        return None
    doc = noun.doc
    subject: Span | None = None
    poss = next(
        (
            c
            for c in noun.children
            # "Nimbus Labs’ position": the parser takes a plain apostrophe for a modifier
            if c.dep_ == "poss"
            or (c.dep_ == "nmod" and any(a.dep_ == "case" for a in c.children))
        ),
        None,
    )
    by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "from")), None)
    by_obj = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
    if poss is not None:
        subject = doc[poss.left_edge.i : poss.i + 1]
    elif by_obj is not None:
        subject = doc[by_obj.left_edge.i : by_obj.right_edge.i + 1]
    elif noun.dep_ == "dobj" and noun.head.lemma_.lower() in CLAIM_MAKING_VERBS:
        subject = _subject_of(noun.head)  # "X made the claim that ..."
    if subject is None or _negated(noun.head):
        return None
    return Attribution(noun, noun.text, kind, subject, subtree_span(clause))


def _passive_stance(tok: Token) -> bool:
    """Whether ``tok`` ("convinced", "worried") is a stance the parser read as a passive
    verb: "is", a subject, no agent ("was convinced by the data" is done to X)."""
    return any(c.dep_ == "auxpass" for c in tok.children) and not any(
        c.dep_ == "agent" for c in tok.children
    )


def _stance_claim(tok: Token, lemma: str, quotes: list[tuple[int, int]]) -> Attribution | None:
    """A claim stated as a stance: "X is adamant that ...", "X is confident the chip will
    sell" (an adjective of ``stance_adjectives`` with a clause; the parser hangs the
    clause on the adjective or on "is"), and "X made (it) clear that ..."."""
    if lemma == "make" and tok.pos_ == "VERB":
        clear = next((c for c in tok.children if c.lower_ == "clear" and c.i > tok.i), None)
        clause = next(
            (c for c in tok.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None
        ) or next(
            (
                c
                for c in (clear.children if clear is not None else ())
                if c.dep_ in ("ccomp", "advcl") and c.pos_ in ("VERB", "AUX")
            ),
            None,
        )
        if clear is None or clause is None or clause.i < clear.i or _negated(tok, quotes):
            return None
        subject = _subject_of(tok)
        if subject is None:
            return None
        return Attribution(tok, tok.text, "assertion", subject, subtree_span(clause))
    kind = stance_adjectives().get(tok.lower_)
    if kind is not None and tok.tag_ == "VBN" and _passive_stance(tok):
        # "X is convinced that ...", parsed as a passive: the clause hangs on the verb
        be, subj_dep = tok, "nsubjpass"
    elif (
        stance_adjectives().get(tok.lower_ if tok.tag_ == "VBN" else lemma) is None
        or not (tok.pos_ == "ADJ" or tok.tag_ == "VBN")  # ("is convinced" read as acomp)
        or tok.dep_ != "acomp"
        or tok.head.lemma_ != "be"
    ):
        return None
    else:
        kind = stance_adjectives()[tok.lower_ if tok.tag_ == "VBN" else lemma]
        be, subj_dep = tok.head, "nsubj"
    clause = next(
        (c for c in tok.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None
    ) or next(
        (c for c in be.children if c.dep_ == "ccomp" and c.i > tok.i and c.pos_ in ("VERB", "AUX")),
        None,
    )
    content = subtree_span(clause) if clause is not None else None
    colon = tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == ":"
    if clause is None and colon and be.dep_ == "ccomp" and be.head.i > tok.i + 1:
        # "X was adamant: it had licensed every article", parsed with the stance as a
        # clause of what follows the colon
        after = tok.doc[tok.i + 2]
        content = (after.idx, be.head.right_edge.idx + len(be.head.right_edge))
    subj = next((c for c in be.children if c.dep_ == subj_dep), None)
    if content is None or subj is None or subj.lower_ in ("it", "this", "that", "there"):
        return None  # "it is certain that ...": nobody's stance
    if _negated(be, quotes) or _negated(tok, quotes):
        return None  # "is not convinced that": a doubt, read as opposition
    subject = tok.doc[subj.left_edge.i : subj.right_edge.i + 1]
    return Attribution(tok, tok.text, kind, subject, content)


#: verbs of a frame opening a sentence ("As X sees it, ...") -> the claim's kind
FRAME_VERBS = frame_verbs()


def _viewpoint_frame(tok: Token, sent: Span) -> Attribution | None:
    """ "As X sees it, open models pose risks", "The way X sees it, ...", "As X put it,
    ...": a frame opening the sentence, its verb taking "it" and a named or pronoun
    subject; the rest of the sentence after the frame's comma is the subject's claim."""
    it = next((c for c in tok.children if c.dep_ == "dobj" and c.lower_ == "it"), None)
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if it is None or subj is None or it.i + 2 >= sent.end or sent.doc[it.i + 1].text != ",":
        return None
    first = sent.doc[sent.start]
    if tok.dep_ == "advcl" and first.lower_ == "as" and first.head == tok:
        pass  # "As X sees it, ..."
    elif not (
        tok.dep_ == "relcl"
        and tok.head.lower_ == "way"
        and tok.head.i == sent.start + 1
        and first.lower_ == "the"
    ):
        return None  # not "The way X sees it, ..." either
    words = sent.doc[subj.left_edge.i : subj.i + 1]
    content = (sent.doc[it.i + 2].idx, sent.end_char)
    return Attribution(tok, tok.text, FRAME_VERBS[tok.lemma_.lower()], words, content)


def find_attributions(
    sent: Span, gaz: Gazetteer, quotes: list[tuple[int, int]], text: str | None = None
) -> list[Attribution]:
    """The reporting cues of one sentence.

    ``text`` is the document's text when the caller has it: ``Doc.text`` joins
    every token anew on each access, so per sentence it made extraction quadratic.
    """
    found: list[Attribution] = []
    if text is None:
        text = sent.doc.text
    has_quote = any(s < sent.end_char and sent.start_char < e for s, e in quotes)
    labelled = _speaker_label(sent, text)
    if labelled is not None:
        found.append(labelled)
    for tok in sent:
        lemma = tok.lemma_.lower()
        if lemma in FRAME_VERBS and (frame := _viewpoint_frame(tok, sent)) is not None:
            found.append(frame)  # "As X sees it, ...", "The way X sees it, ..."
            continue
        # "according to X"
        if tok.lower_ == "according":
            to = next((c for c in tok.children if c.lower_ == "to"), None)
            pobj = (
                next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
            )
            if pobj is not None:
                subj = sent.doc[pobj.left_edge.i : pobj.right_edge.i + 1]
                comma = next((t.i for t in subj if t.text == "," and t.i > pobj.i), None)
                named = next(
                    (c for c in pobj.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None
                )
                if comma is not None and named is not None and pobj.pos_ == "NOUN":
                    # "according to its chief executive, Jane Roe, ...": the one named
                    subj = sent.doc[named.left_edge.i : named.i + 1]
                elif comma is not None:
                    subj = sent.doc[subj.start : comma]  # "according to X, Y and Z did ..."
                obtained = _obtained_by(pobj)
                lodged, filer = _lodging(pobj)
                author = _author_in_relative_clause(pobj)
                if author is not None:
                    subj = author  # "according to a report it published": "it" wrote it
                elif obtained is not None:
                    subj = obtained  # "according to documents reviewed by 404 Media"
                elif filer is not None:
                    # "according to a complaint filed with the FTC by EPIC": the filer
                    subj = filer
                elif lodged:
                    # "according to a complaint filed with the SEC": the body it went to
                    # is no author of it
                    subj = sent.doc[pobj.left_edge.i : pobj.i + 1]
                found.append(
                    Attribution(
                        tok, "according to", "assertion", subj, (sent.start_char, sent.end_char)
                    )
                )
            continue
        # "Per Voltera, the chip ships in March": "per" a named source (not "per cent")
        if tok.lower_ == "per" and tok.dep_ == "prep":
            pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.pos_ == "PROPN" and pobj.i + 1 < sent.end:
                before = sent.doc[tok.i - 1].text if tok.i > sent.start else ","
                if before == "," and sent.doc[pobj.i + 1].text in (",", ".", ";"):
                    subj = sent.doc[pobj.left_edge.i : pobj.i + 1]
                    found.append(
                        Attribution(tok, "per", "assertion", subj, (sent.start_char, sent.end_char))
                    )
                    continue
        # "based on X's tweet", "per X's report", "in X's view"
        if tok.pos_ == "NOUN" and tok.head.dep_ == "prep" and (
            (
                tok.lemma_.lower() in REPORT_NOUNS | EVIDENCE_NOUNS | FIGURE_NOUNS
                and tok.head.lower_ in ("on", "per", "from")
                and (tok.head.lower_ != "on" or tok.head.head.lower_ in ("based", "relying"))
            )
            # "By Brightline's count, ...": an estimate as the sentence's frame
            or (tok.lemma_.lower() in FIGURE_NOUNS and tok.head.lower_ == "by")
            or (tok.head.lower_ == "in" and tok.lower_ in lexicon()["viewpoint_nouns"])
        ):
            poss = next((c for c in tok.children if c.dep_ == "poss"), None)
            # "In her view, ...": the pronoun is resolved like a subject's (only as the
            # sentence's frame: "less upbeat in his estimation of ..." says little)
            framed = (
                tok.head.i <= sent.start + 1
                and tok.i + 1 < sent.end
                and sent.doc[tok.i + 1].text == ","
            )
            per_frame = tok.head.i == sent.start or (
                # "..., per a report from the Corran Times."
                sent.doc[tok.head.i - 1].text == ","
                and tok.right_edge.i + 1 < len(sent.doc)
                and sent.doc[tok.right_edge.i + 1].is_punct
            )
            if poss is None and tok.head.lower_ == "per" and per_frame:
                # "Per a Reuters report, ...", "Per a report by Reuters, ..."
                poss = next(
                    (c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"), None
                ) or next(
                    (
                        p
                        for c in tok.children
                        if c.dep_ == "prep" and c.lower_ in ("by", "from")
                        for p in c.children
                        if p.dep_ == "pobj" and p.pos_ == "PROPN"
                    ),
                    None,
                )
            holder = None
            if (
                poss is None
                and tok.head.lower_ == "in"
                and tok.head.i == sent.start
                and any(c.dep_ == "det" for c in tok.children)  # not "In view of the costs"
            ):
                # "In the view of Cohere's engineers, ...": the sentence's frame
                holder = next(
                    (
                        p
                        for c in tok.children
                        if c.dep_ == "prep" and c.lower_ == "of"
                        for p in c.children
                        if p.dep_ == "pobj"
                    ),
                    None,
                )
                end = holder.right_edge.i if holder is not None else 0
                if holder is not None and sent.doc[end].text == ",":
                    end -= 1  # the parser may hang the frame's comma on the holder
                if holder is not None and sent.doc[end + 1].text != ",":
                    holder = None
            if poss is not None and (
                poss.pos_ == "PROPN" or (poss.lower_ in ("his", "her") and framed)
            ):
                subj = sent.doc[poss.left_edge.i : poss.i + 1]
                found.append(
                    Attribution(tok, tok.text, "assertion", subj, (sent.start_char, sent.end_char))
                )
            elif holder is not None:
                subj = sent.doc[holder.left_edge.i : end + 1]
                found.append(
                    Attribution(tok, tok.text, "assertion", subj, (sent.start_char, sent.end_char))
                )
            continue
        # "X's claim that ...", "X made the argument that ...", "X's view is that ..."
        if (
            tok.pos_ == "NOUN"
            and lemma in claim_nouns()
            # "voiced fears that ...": the reporting verb carries it already
            and not (tok.dep_ == "dobj" and tok.head.lemma_.lower() in gaz.cues)
        ):
            noun_claim = _noun_claim(tok, claim_nouns()[lemma])
            if noun_claim is not None:
                found.append(noun_claim)
                continue
        # "X is adamant that ...", "X made clear that ...": a stance and its clause
        stance = _stance_claim(tok, lemma, quotes)
        if stance is not None:
            found.append(stance)
            continue
        # the tagger sometimes reads "X claims that ..." as a noun compound
        acts_as_verb = tok.pos_ in ("VERB", "AUX") or (
            tok.dep_ == "ROOT"
            and tok.text.endswith("s")
            and any(c.dep_ in ("nsubj", "compound") and c.i < tok.i for c in tok.children)
        )
        if not acts_as_verb or lemma not in gaz.cues:
            continue
        kind, weight = gaz.cues[lemma]
        if lemma == "point" and not any(c.lower_ == "out" for c in tok.children):
            continue
        if (
            lemma in ("see", "review", "obtain")
            and tok.tag_ == "VBN"
            and (
                tok.dep_ == "acl"
                or (tok.dep_ == "relcl" and any(c.dep_ == "auxpass" for c in tok.children))
                or (tok.dep_ == "conj" and tok.head.dep_ == "acl")
            )
            and not any(c.lower_ == "as" for c in tok.subtree)
        ):
            # "a memo seen by The Information", "a memo that was seen by X", "a letter
            # sent to Y and seen by X": the outlet had it and said nothing of its own
            # (but "an option seen by organizers as a lifeboat" is their view; "first
            # reported by X" is X's report)
            continue
        figure_at = lemma in ESTIMATING_CUES and _figure_put_at(tok)
        if (
            lemma == "put"
            and not figure_at
            and not any(c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children)
        ):
            continue  # "as X put it": a way of saying; "put the chip on sale" is none
        if lemma == "read" and not any(
            c.dep_ == "nsubj" and c.lemma_.lower() in DOCUMENT_NOUNS | REPORT_NOUNS
            for c in tok.children
        ):
            continue  # "the statement read: ...", not "she read the report"
        if any(c.dep_ == "mark" and c.lower_ == "than" for c in tok.children):
            continue  # "slower than (X) claimed": a comparison, no claim
        if (
            tok.dep_ == "ccomp"
            and tok.head.lemma_.lower() in lexicon()["authoring_verbs"]
            and any(
                c.dep_ == "nsubj"
                and c.lemma_.lower() in DOCUMENT_NOUNS
                and not any(d.dep_ == "poss" for d in c.children)
                for c in tok.children
            )
        ):
            # "X wrote a blog post arguing that ..." parsed as "[a blog post arguing ...]":
            # the post says nothing of its own; X's claim is read at "wrote"
            continue
        if tok.tag_ in ("VBZ", "VBP") and any(
            c.dep_ == "mark" and c.lower_ == "once" for c in tok.children
        ):
            # "once OpenAI declares it has reached AGI": a future condition, no claim (not
            # "if": PolNeAR counts "If Clinton thinks ..." and "asked if she believed")
            continue
        as_mark = next((c for c in tok.children if c.dep_ == "mark" and c.lower_ == "as"), None)
        if (
            as_mark is not None
            and tok.dep_ == "advcl"
            and tok.head.i < as_mark.i
            and not any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in tok.children)
            and any(t.lower_ == "as" and t.i < tok.head.i for t in tok.sent)
        ):
            continue  # "as magically automated as Amazon claims": a comparison, no claim
        if (
            lemma == "tell"
            and tok.i == tok.sent.start + 1
            and tok.nbor(-1).lower_ == "all"
            and tok.nbor(1).text == ","
        ):
            continue  # "All told, the groups spent $2 million": in all, no one told anything
        if lemma == "continue" and any(c.dep_ in ("xcomp", "dobj", "prep") for c in tok.children):
            continue  # "continued to grow", "continued its push": no speaking on
        if lemma == "refuse" and any(c.dep_ == "xcomp" for c in tok.children):
            continue  # "refused to disclose the records": an act, not a statement
        if any(c.dep_ == "xcomp" and c.lemma_ in ("name", "identify") for c in tok.children):
            continue  # "who asked not to be named": a source's anonymity, not a claim
        if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in UNREALISED_HEADS:
            continue  # "declined to say whether ...", "considered accusing": nothing said yet
        if lemma in ("contest", "dispute") and any(
            c.dep_ == "dobj" and c.ent_type_ in ("GPE", "LOC") for c in tok.children
        ):
            continue  # "both candidates are contesting Ohio": a race, not a denial
        if (
            # (the tagger may read a fronted "Asked" as a past tense)
            (tok.tag_ == "VBN" or (tok.tag_ == "VBD" and fronted(tok)))
            and tok.dep_ == "advcl"
            and lemma in lexicon()["addressed_cues"]
            and not any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in tok.children)
        ):
            continue  # "Asked about it, X said", "When told of the report, X replied"
        if (
            tok.tag_ == "VBN"
            and lemma in ("explain", "attribute")
            and any(c.dep_ == "agent" for c in tok.children)
            and any(c.dep_ == "aux" and c.lower_ in _MAYBE for c in tok.children)
        ):
            continue  # "the gap could be explained by X using ...": a possible cause
        if _negated(tok, quotes) and (
            kind != "denial"
            or (
                lemma in _CONTRADICTING
                and not any(c.dep_ in ("ccomp", "xcomp") for c in tok.children)
            )
        ):
            # ("OpenAI did not dispute the figures": no denial; "did not dispute that he
            # advises Y" still concedes something)
            continue
        if tok.dep_ != "ROOT" and any(
            c.dep_ == "aux" and c.lower_ in ("should", "must", "ought") for c in tok.children
        ):
            continue  # "I believe Velmora should support it": the speaker's advice, no stance
        if (
            tok.dep_ == "ccomp"
            and tok.head.lemma_.lower() in DEMANDING_HEADS
            and any(c.dep_ == "nsubj" for c in tok.children)
        ):
            continue  # "demanded that the company explain ...": asked for, not yet said
        if _relays(tok, gaz.cues):
            continue  # "Reuters reported X as saying": X's claim, not the outlet's
        has_comp = any(c.dep_ in ("ccomp", "xcomp") for c in tok.children) or any(
            c.dep_ == "dobj"
            and any(
                g.dep_ in ("acl", "ccomp", "relcl")
                and g.pos_ in ("VERB", "AUX")
                and any(m.dep_ == "mark" for m in g.children)
                for g in c.children
            )
            for c in tok.children
        )
        detached = _detached_that_clause(tok)
        has_comp = has_comp or detached is not None or figure_at
        # "found that several detectors, including Y's, misclassified ...": a clause the
        # parser broke up still follows its "that"
        nxt = tok.nbor() if tok.i + 1 < sent.end else None
        has_comp = has_comp or (
            lemma in FINDING_CUES and nxt is not None and nxt.lower_ == "that" and nxt.tag_ == "IN"
        )
        # "The company, she added, is hiring": the sentence around the aside is its content
        has_comp = has_comp or _aside(tok)
        # "As Jane Roe noted, the bill is vague": the sentence is what she noted
        has_comp = has_comp or (
            as_mark is not None
            and tok.dep_ == "advcl"
            and as_mark.i < tok.i < tok.head.i
            and as_mark.i == tok.left_edge.i
            and tok.tag_ != "VBN"  # "as he is known": a name, not a statement
            # "news as we know it": an idiom ("as X put it" is read above)
            and not any(c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children)
        )
        # "called the charges fabricated", "calls him a genius", "described the report
        # as inaccurate": a judgement in two parts
        has_comp = has_comp or (
            lemma in VERDICT_NAMING_CUES
            and any(
                c.dep_ == "dobj"
                # "called the report inaccurate", parsed as one predicate
                or (c.dep_ == "oprd" and any(g.dep_ in ("det", "compound") for g in c.children))
                for c in tok.children
            )
            and any(
                c.dep_ == "oprd"
                or (c.dep_ == "prep" and c.lower_ == "as" and c.i > tok.i and list(c.children))
                for c in tok.children
            )
        )
        # "expressed concerns about the risks": a view with no clause of its own
        has_comp = has_comp or (
            weight == 0
            and any(
                c.dep_ == "dobj" and c.lemma_.lower() in lexicon()["attitude_objects"]
                for c in tok.children
            )
        )
        report_subject = any(
            c.dep_ == "nsubj"
            and c.lemma_.lower() in EVIDENCE_NOUNS
            and any(p.dep_ == "poss" for p in c.children)
            for c in tok.children
        )
        # "Data from Brightline Metrics shows about 12 million weekly users": a figure the
        # evidence of a named source gives
        has_comp = has_comp or (
            lemma in ("show", "put")
            and _sourced_evidence(tok)
            and any(c.dep_ == "dobj" and any(t.like_num for t in c.subtree) for c in tok.children)
        )
        # "called for a pause", "called on Congress to act": the demand is the content
        call_prep = (
            next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("for", "on")), None)
            if lemma in ("call", "push", "press", "argue", "lobby")
            else None
        )
        if call_prep is not None:
            has_comp = True
        # "The deal was first reported by Bloomberg", "the plan, first reported by Reuters,":
        # what was reported is the subject; the agent reported it
        reported_by = (
            lemma in ("report", "reveal", "disclose")
            and tok.tag_ == "VBN"
            and any(c.dep_ == "agent" for c in tok.children)
        )
        has_comp = has_comp or reported_by
        # "X put it bluntly: ...", "X summed it up: ...": what follows the colon
        put_it = (
            re.match(r"[^\u201c\".:]{0,25}:\s*(?=\S)", text[tok.idx + len(tok) : sent.end_char])
            if lemma in ("put", "sum")
            and any(c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children)
            else None
        )
        has_comp = has_comp or put_it is not None
        if weight == 0 and not (has_comp or has_quote or report_subject):
            continue
        if (
            lemma in ("add", "note", "report", "call", "show", "find")
            and not (has_comp or has_quote)
            and not any(c.dep_ in ("dobj",) for c in tok.children)
            and not (lemma == "report" and _set_off_by_commas(tok))
        ):
            continue
        if lemma in ("add", "announce", "mention") and not (has_comp or has_quote):
            continue  # "OpenAI added a feature": an action, not a claim
        if (
            lemma == "add"
            and not has_comp
            and tok.dep_ in ("ccomp", "conj")
            and any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in tok.children)
        ):
            # 'X called it "unacceptable" and said the company had added safeguards': a
            # deed reported, whatever quotation the sentence holds
            continue
        if lemma == "agree" and not any(c.dep_ == "ccomp" for c in tok.children):
            continue  # "agreed to a settlement", "agreed to pay": a deal, not a view
        if (
            lemma in ("write", "publish", "post")
            and not (has_comp or has_quote)
            and any(c.dep_ == "dobj" and c.i > tok.i for c in tok.children)
        ):
            # "X wrote the paper", "X wrote the code": an act; what it says comes later
            # (an "object" before the cue is a fronted clause the parser split: "Some of
            # the puzzles the paper counted as failures were impossible, X wrote")
            continue
        if (
            lemma in ("write", "publish", "post")
            and tok.tag_ == "VBN"
            and not (has_comp or has_quote)
            and any(c.dep_ == "agent" for c in tok.children)
        ):
            continue  # "the report, which was written by X": who wrote it, not what it says
        if tok.tag_ == "VBN" and tok.dep_ == "acl" and lemma in NAMING_CUES:
            continue  # "a rule called X", "Bengio, known as ...", "a firm backed by Y"
        if (
            lemma in NAMING_CUES
            and tok.i > 0
            and tok.doc[tok.i - 1].text == ","
            and not any(c.dep_ in ("dobj", "ccomp") for c in tok.children)
            and any(c.dep_ == "oprd" and c.pos_ == "PROPN" for c in tok.children)
        ):
            continue  # "restrictions from Y's term, called the 'AI Diffusion Rule', ...": a name
        if (
            tok.tag_ == "VBN"
            and tok.dep_ == "relcl"
            and lemma in NAMING_CUES
            and any(c.dep_ == "agent" for c in tok.children)
        ):
            continue  # "Halcyon, which is backed by Norwood, said": who funds it says nothing
        if (
            tok.dep_ == "relcl"
            and kind != "denial"
            and lemma not in gaz.rebuttal_verbs
            and not has_comp
            and not any(
                c.dep_ == "dobj"
                and c.lemma_.lower() not in ("that", "which")
                and c.lemma_.lower() in gaz.report_nouns | DOCUMENT_NOUNS
                for c in tok.children
            )
            and lemma in RELATIVE_THING_VERBS
            and not _set_off_by_commas(tok)
            and (lemma not in POINTING_VERBS or _points_at_its_noun(tok))
        ):
            # "the scores that Acme reported", "who maintains a fork", "the score Jane
            # Roe cited", "the numbers she described": a thing, no claim
            # ("the flaw, which Acme admitted," is one)
            continue
        if any(c.dep_ == "dobj" and c.lower_ in ("what", "whatever") for c in tok.children):
            continue  # "in line with what he said": a reference, not the content
        if _inside_a_subject(tok):
            continue  # "The score X cited comes from ...", read with "cited" as the verb
        if (
            weight == 2
            and tok.dep_ in ("advcl", "relcl", "acl")
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        ):
            continue  # "released the models to encourage adoption": a purpose
        if weight == 2 and _deed_reported_by_another(tok, gaz.cues):
            continue  # "X said Y had supported the military": Y's deed, told by X
        if lemma in FUNDING_SENSES and _funds_a_party(tok):
            continue  # "a startup backed by Microsoft", "X backed Lumio": money, no view
        if lemma in SELECTION_SENSES and _turns_people_away(tok):
            continue  # "rejected 3,000 applicants", "dismissed two engineers": no view
        if lemma == "raise" and any(
            c.dep_ == "dobj" and (c.ent_type_ == "MONEY" or c.lemma_.lower() in RAISED_MONEY)
            for c in tok.children
        ):
            continue  # "X raised €1.7 billion", "raised a new round": money, no concern
        subj = _subject_of(tok) or _adjacent_name(tok) or _named_after_quote_cue(tok)
        if subj is not None:
            subj = _outside_quotes(subj, tok, quotes)
        if subj is None:
            continue
        if any(c.dep_ == "dobj" and c.lower_ in ("nothing", "little") for c in tok.children):
            continue  # "said nothing"
        if (
            lemma in VERDICT_ON_DOCUMENT_CUES
            and any(
                c.dep_ == "dobj" and c.lemma_.lower() in gaz.report_nouns | DOCUMENT_NOUNS
                for c in tok.children
            )
            and not _praising_label(tok)
        ):
            kind = "denial"  # "called the lawsuit 'harassment'": rejecting the other side
        rebuts = (kind == "denial" or lemma in gaz.rebuttal_verbs) and any(
            c.dep_ == "dobj"
            and (
                c.lemma_.lower() in gaz.report_nouns | DOCUMENT_NOUNS
                or c.lower_ in ("that", "this", "it")  # "rejected that": what was just said
            )
            for c in tok.children
        )
        content = _content_of(tok, sent, subj)
        if (
            tok.dep_ in ("relcl", "parataxis")
            and content is not None
            and content[0] > tok.idx
            and _set_off_by_commas(tok)
        ):
            # "Meta has hired X, Bloomberg reported, offering ...": the parser hung the rest
            # of the sentence on the aside; what is reported starts before it
            content = (sent.start_char, content[1])
        if detached is not None:
            content = subtree_span(detached)
        if put_it is not None:
            content = (tok.idx + len(tok) + put_it.end(), sent.end_char)
        if call_prep is not None and not any(c.dep_ in ("ccomp", "dobj") for c in tok.children):
            parts = [call_prep, *(c for c in tok.children if c.dep_ == "xcomp")]
            spans = [subtree_span(c) for c in parts]
            content = (min(a for a, _ in spans), max(b for _, b in spans))
        after = text[tok.idx + len(tok.text) : sent.end_char]
        colon = bool(re.match(r"^[^\u201c\".]{0,40}:\s*$", after)) or bool(
            re.match(r"^[^\u201c\".]{0,40}:\s*[^\u201c\"]", after)
        )
        found.append(
            Attribution(tok, tok.text, kind, subj, content, colon, rebuts, weight == 2, weight == 0)
        )
    if labelled is not None and any(
        a is not labelled
        and a.subject is not None
        and a.cue is not None
        and a.cue.lemma_.lower() in ("say", "tell", "write", "add")
        and a.subject.root.pos_ == "PROPN"
        and labelled.content[0] <= a.cue.idx < labelled.content[1]
        for a in found
    ):
        # 'Velmora: "This is a sensible step," said Jane Roe, its policy head': a list
        # item whose statement is attributed in its own words is that speaker's alone
        found.remove(labelled)
    _end_contents(found, _same_speaker_goes_on)
    _end_contents(found, _another_speaker_contrasts)
    return found


def _inside_a_subject(cue: Token) -> bool:
    """Whether ``cue`` is the verb of a relative clause without "that" inside a subject,
    which the parser made the main verb: "The score Jane Roe cited comes from ..." gives
    "cited" a clause that follows at once and has no subject of its own."""
    subj = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    return (
        subj is not None
        and subj.pos_ == "PROPN"
        and any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in subj.children)
        and any(
            c.dep_ == "ccomp"
            and c.i == cue.i + 1
            and not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)
            for c in cue.children
        )
    )


# verbs that, in a relative clause on a thing with no clause of their own, only point
# at the thing ("the figure X cited"), as a report of it would not
POINTING_VERBS = frozenset({"cite", "describe", "mention", "tout"})
RELATIVE_THING_VERBS = POINTING_VERBS | {"report", "publish", "maintain", "post", "release"}


def _points_at_its_noun(verb: Token) -> bool:
    """Whether a relative clause's verb has the noun it modifies as its only object ("the
    numbers Roe described"), not an object of its own nor a relative pronoun as subject
    ("Sanders, who cites them as evidence", "a ruling in which X cited ...": claims)."""
    return not any(
        (c.dep_ == "dobj" and c.lower_ not in ("that", "which"))
        or (c.dep_ == "nsubj" and c.lower_ in ("who", "which", "that"))
        for c in verb.children
    )


def _end_contents(
    found: list[Attribution], ends: Callable[[Attribution, Attribution], bool]
) -> None:
    """End each cue's content before the clause of another cue inside it for which
    ``ends(cue's attribution, other's)`` holds (with the punctuation or conjunction
    that joins the two)."""
    for att in found:
        if att.subject is None or att.cue is None:
            continue
        for other in found:
            cue = other.cue
            if (
                other is att
                or cue is None
                or other.subject is None
                or not att.content[0] < cue.idx < att.content[1]
                or not ends(att, other)
            ):
                continue
            before = cue.doc[cue.left_edge.i - 1] if cue.left_edge.i > 0 else None
            while before is not None and (before.is_punct or before.dep_ == "cc"):
                before = cue.doc[before.i - 1] if before.i > 0 else None
            if before is not None and before.idx > att.content[0]:
                att.content = (att.content[0], before.idx + len(before.text))


def _same_speaker_goes_on(att: Attribution, other: Attribution) -> bool:
    """A cue's content ends where the same speaker's next cue begins: in "X said the
    chip was safe, adding that ...", X said "the chip was safe" and added the rest; in
    "X refuted the claims that ... and attributed ...", the attribution is its own."""
    assert att.subject is not None and other.subject is not None and other.cue is not None
    cue = other.cue
    return (comma_participle(cue) or coordinated_head(cue) == att.cue) and (
        other.subject.start,
        other.subject.end,
    ) == (att.subject.start, att.subject.end)


# what sets another speaker's clause against a speaker's: "X said ..., while Y said ..."
CONTRAST_MARKS = frozenset({"while", "whereas", "although", "though"})


def _another_speaker_contrasts(att: Attribution, other: Attribution) -> bool:
    """A cue's content ends where another named speaker's contrasting clause begins: in
    "X said the curbs hurt sales, while Y said the rules had worked", X said only that
    the curbs hurt sales (a clause reported inside X's words, "X said Y had agreed",
    or one of time, "X reported it came after Y proposed a ban", stays X's)."""
    assert att.subject is not None and att.cue is not None
    assert other.subject is not None and other.cue is not None
    cue, subject = other.cue, other.subject
    return (
        cue.dep_ == "advcl"
        and cue.i > att.cue.i  # (not "While Y condemned it, the groups say ...")
        and any(c.dep_ == "mark" and c.lower_ in CONTRAST_MARKS for c in cue.children)
        and att.content[0] < subject.start_char < att.content[1]
        and subject.start_char != att.subject.start_char
        # (not "Y replied that ..., but it made clear that ...", the same speaker, nor
        # "where so many analysts see ...", nobody named)
        and subject.root.pos_ == "PROPN"
    )


LABEL_SEPARATORS = {"-", "\u2013", "\u2014", "|"}


QUOTE_OPENERS = "\"\u201c\u2018'"


def _speaker_label(sent: Span, text: str) -> Attribution | None:
    """A line opened by a speaker and a colon: a headline ("Nadella: AI will ...") or a
    transcript turn ("HOST: ..."); the content is the rest of the line."""
    start = sent.start_char
    if start > 0 and text[start - 1] != "\n":
        return None
    # (further in only for a name and its description: see below)
    colon = next((t for t in sent[:20] if t.text == ":"), None)
    if colon is None or colon.i == sent.start or colon.i + 1 >= sent.end:
        return None
    label = sent.doc[sent.start : colon.i]
    # "Breaking - Sundar Pichai:": the speaker after the last separator
    cut = max((t.i for t in label if t.text in LABEL_SEPARATORS), default=None)
    if cut is not None:
        label = sent.doc[cut + 1 : colon.i]
    after = text[colon.idx + 1 : colon.idx + 4].lstrip()
    comma = next((t.i for t in label if t.text == ","), None)
    if (
        comma is not None
        and comma > label.start
        and after[:1] in QUOTE_OPENERS
        and not any(t.pos_ in ("VERB", "AUX") for t in label)
        and label[0].pos_ == "PROPN"
    ):
        # a list of reactions: "- Jane Roe, chief scientist at Velmora: "..."", "Brontal,
        # in a statement: "..."": the name before the description speaks (not "X's
        # chairman, Y, said in a statement: ...", a sentence with its verb)
        label = sent.doc[label.start : comma]
    elif colon.i - sent.start >= 9:
        return None
    if not 1 <= len(label) <= 5 or any(t.pos_ in ("VERB", "AUX", "PRON", "NUM") for t in label):
        return None
    if not (label[0].is_title or label[0].is_upper) or label[-1].pos_ not in ("PROPN", "NOUN"):
        return None
    if any(t.is_punct and t.text not in (".", "'", "\u2019") for t in label):
        return None
    end = text.find("\n", colon.idx)
    end = len(text) if end < 0 else end
    body = colon.idx + 1
    while body < end and text[body].isspace():
        body += 1
    while end > body and text[end - 1].isspace():
        end -= 1
    if end - body < 12 or text[end - 1] == "?":
        return None
    if label.text.casefold() in ("a", "answer"):
        # an interview's answer: the person interviewed speaks
        who = _interviewee(sent.doc, text, start)
        if who is None:
            return None
        return Attribution(colon, ":", "assertion", who, (body, end), colon=True)
    if label.text.casefold().replace("\u2019", "'") in lexicon()["not_speakers"]:
        return None  # "Editor's note:", "Update:"
    return Attribution(colon, ":", "assertion", label, (body, end), colon=True)


_QUESTION_LINE = re.compile(r"(?m)^(?:Q|Question):")


def _interviewee(doc: Doc, text: str, before: int) -> Span | None:
    """The person an interview's answers ("A: ...") are by: the first person the article
    names before its first question ("Q: ..."); None outside an interview."""
    first_question = _QUESTION_LINE.search(text, 0, before)
    if first_question is None:
        return None
    return next(
        (e for e in doc.ents if e.label_ == "PERSON" and e.end_char <= first_question.start()),
        None,
    )
