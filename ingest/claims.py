"""Claims: who asserted what, about whom, with the exact source sentence.

Method (general rules over the dependency parse, lexicons in ``data/cues.tsv``):

1. *Cue verbs*: a verb whose lemma is a reporting cue (say, tell, deny, accuse,
   admit, argue, ...).  Its claimant is the syntactic subject (or the ``by`` agent of a
   passive, or the subject inherited from the governing verb for ``citing ...``,
   ``..., and attributed ...``); its content is the clausal complement, the quote in
   the sentence, or the rest of the clause.  Weak cues (show, find, know) need a clausal
   complement or a quote.  A negated cue other than a denial ("did not respond") is no
   claim.
2. *Phrasal cues*: ``according to X``, ``as reported by X``, ``based on X's tweet``,
   ``in X's statement``.
3. *Quotes*: every sentence inside a quotation gets the speaker of that quotation: the
   cue attached to the quote, else the cue of the sentence introducing it with a colon,
   else the speaker of the previous quotation in the same or the preceding paragraph
   (multi-sentence quotes, "he added" chains).  A cue ending in a colon carries its
   speaker to the next unquoted sentence too.
4. *Claimant resolution*: a named person inside the subject wins ("Meta spokesperson
   Ashley Gabriel"); else an organisation ("an OpenAI employee", "a spokesperson from
   Nvidia" stand for the organisation); pronouns and definite descriptions ("he", "the
   company", "the spokesperson") resolve to the latest compatible claimant or mention;
   a bare surname to the article's one person of that name; "the lawsuit / letter /
   paper said" to the document's author ("X sued", "X sent a letter"); coordinated
   parties ("X and Y said") each make the claim, and "they" then refers to them.
   A definite plural ("the former board members", "the researchers", "the
   companies") refers back to the latest list of 2+ named parties of one type
   introduced with the same words (else the same noun; for a generic word for
   organisations, the latest list of organisations): each member makes the claim.
   "They" also refers to such a group when it was the subject of the previous
   sentence ("The researchers examined X. They noted ...").
   Claims whose claimant names no entity are dropped, unless ``keep_unresolved``:
   then an unnamed source ("critics said") is kept with claimant ``None`` and its own
   words in ``claimant_text`` (``"claimantText"`` in the contract), never attached to a
   named party.  A participle answering the other side's claims chained to a later
   participle cue ("countering the accusations and saying ...") is no claim of its
   own: the chain makes one claim.  A participle cue after a comma speaks for the
   main clause's subject even when the parser gave it a subject inside an earlier
   embedded clause ("X denied claims that its model copied Y's, asserting ...");
   "X, the founder of Y, who found ..." is X; names inside a relative clause of the
   claimant phrase ("a rep for the company, which is led by Z,") do not speak; "X
   published an analysis that suggested ..." and "a paper by X" name the author.
   "The company", like "he", prefers an organisation that was a subject after the
   latest organisation claimant spoke ("Meta is hiring. The company denied ...").
5. *Speaker labels*: a line opened by a speaker and a colon ("Nadella: ...", "HOST:
   ...") attributes the rest of the line; a line that is only "Name, Outlet:" (a link
   post quoting an article) attributes the next paragraph to that person.  Attitude
   cues of weight 2 (praise, want, oppose ...) need a person, an organisation or a
   group of people as claimant.

The claim kind comes from the cue lexicon, refined by denial phrases and negative
stance words (``data/dispute_cues.json``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Span, Token

from ingest.document import doc_text
from ingest.entities import Entity, Mention
from ingest.gazetteer import Gazetteer
from ingest.syntax import coordinated_head

PERSON_PRONOUNS = {"he", "she", "him", "her"}
ORG_PRONOUNS = {"it", "they", "we", "them", "their", "its"}
ORG_DESCRIPTIONS = {
    "company",
    "firm",
    "startup",
    "start-up",
    "lab",
    "laboratory",
    "chipmaker",
    "maker",
    "giant",
    "group",
    "organization",
    "organisation",
    "outlet",
    "publication",
    "newspaper",
    "site",
    "platform",
    "team",
    "business",
    "provider",
    "corporation",
}
NAMING_CUES = {"call", "know", "name", "dub", "label", "term", "brand", "title", "back"}
OUTLET_DESCRIPTIONS = {"outlet", "publication", "newspaper", "site", "paper", "magazine"}
REPORT_NOUNS = {
    "tweet",
    "post",
    "statement",
    "report",
    "blog",
    "interview",
    "paper",
    "email",
    "letter",
    "filing",
    "memo",
    "release",
    "announcement",
    "remarks",
    "comments",
    "thread",
    "video",
    "message",
    "note",
    "response",
    "testimony",
    "op-ed",
    "essay",
    "materials",
}
MEDIUM_NOUNS = REPORT_NOUNS | {"X", "Twitter", "LinkedIn", "podcast", "conference", "call", "blog"}
DOCUMENT_NOUNS = {
    "lawsuit",
    "suit",
    "complaint",
    "report",
    "letter",
    "statement",
    "filing",
    "paper",
    "post",
    "blog",
    "study",
    "memo",
    "petition",
    "motion",
    "tweet",
    "email",
    "release",
}
EVIDENCE_NOUNS = {
    "graph",
    "chart",
    "report",
    "paper",
    "study",
    "investigation",
    "analysis",
    "data",
    "research",
    "review",
    "audit",
    "test",
    "tests",
    "filing",
    "documents",
    "benchmark",
}
SUBJ_DEPS = {"nsubj", "nsubjpass", "csubj"}
CONTENT_DEPS = {"ccomp", "xcomp", "dobj", "attr", "oprd", "advcl", "parataxis"}
MERGE_RESUMED = False
UNRESOLVED = "\x00"  # key prefix of a claimant phrase that names no entity
OPEN_Q = '\u201c"'
QUOTE_RX = re.compile(r"\u201c[^\u201c\u201d]{3,}?(?:\u201d|$)|\"[^\"\n]{3,}?\"", re.M)


@dataclass(slots=True)
class Claim:
    text: str
    start: int
    end: int
    content: tuple[int, int]
    claimant: str | None
    claimant_key: str | None
    claimant_type: str | None
    claimant_span: tuple[int, int] | None
    cue: str
    kind: str
    about: list[str] = field(default_factory=list)
    about_keys: list[str] = field(default_factory=list)
    quote: str | None = None
    medium: str | None = None
    interviewer: str | None = None
    negative: bool = False  # the content contests its topic (bug, misleading ...)
    rebuts: bool = False  # a denial whose object is another party's claim ("the report")
    named_keys: list[str] = field(default_factory=list)  # about entities named in the sentence
    id: str = ""
    claimant_text: str | None = None  # the source phrase of an unnamed source ("critics")

    def to_contract(self) -> dict[str, Any]:
        rec: dict[str, Any] = {
            "id": self.id,
            "text": self.text,
            "claimant": self.claimant,
            "claimantSpan": list(self.claimant_span) if self.claimant_span else None,
            "contentSpan": list(self.content),
            "cue": self.cue,
            "kind": self.kind,
            "about": list(self.about),
            "quote": self.quote,
        }
        if self.claimant is None and self.claimant_text:
            rec["claimantText"] = self.claimant_text
        if self.medium:
            rec["medium"] = self.medium
        if self.interviewer:
            rec["interviewer"] = self.interviewer
        return rec


@dataclass(slots=True)
class _Attribution:
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


class _Context:
    """Discourse state for resolving pronouns and definite descriptions."""

    def __init__(self, ents: list[Entity], mentions: list[Mention], text: str) -> None:
        self.text = text  # the document's text (``Doc.text`` is rebuilt on every access)
        self.by_key = {e.key: e for e in ents}
        self.mentions = [m for m in mentions if m.key in self.by_key]
        self.claimants: list[str] = []  # entity keys, latest last
        self.claimant_sents: list[int] = []  # start offset of each claimant's sentence
        # the latest claimants that spoke together ("X and Y said"), and how many claims
        # had been made when they did: "they" refers to them while nobody else spoke
        self.group: tuple[list[str], int] = ([], -1)

    def ent(self, key: str) -> Entity:
        return self.by_key[key]

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        return [m for m in self.mentions if start <= m.start and m.end <= end]

    def last_claimant(self, etype: str | None, outlets: bool = True) -> str | None:
        for key in reversed(self.claimants):
            if not outlets and self.by_key[key].kind == "publication":
                continue
            if etype is None or self.by_key[key].type == etype:
                return key
        return None

    def salient(self, exclude: str, top: int = 2) -> list[str]:
        """The article's most-mentioned models and organisations (outlets aside):
        what a claim that names nothing ("The video is completely real") is about."""
        counts: dict[str, int] = {}
        for m in self.mentions:
            ent = self.by_key[m.key]
            if m.key == exclude or ent.kind == "publication":
                continue
            if ent.type in ("Model", "Organization", "Benchmark"):
                counts[m.key] = counts.get(m.key, 0) + 1
        ranked = sorted(counts, key=lambda k: -counts[k])  # stable: first mention wins ties
        return ranked[:top]

    def last_mention(self, etype: str, before: int) -> str | None:
        best = None
        for m in self.mentions:
            if m.start >= before:
                break
            if self.by_key[m.key].type == etype:
                best = m.key
        return best


def _in_regions(pos: int, regions: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in regions)


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Spans of quoted passages (with their quote marks), within a paragraph."""
    spans = []
    for m in QUOTE_RX.finditer(text):
        s, e = m.start(), m.end()
        # a quote never runs over a paragraph break
        br = text.find("\n", s, e)
        if br >= 0:
            e = br
        spans.append((s, e))
    return spans


def _subtree_span(tok: Token) -> tuple[int, int]:
    toks = list(tok.subtree)
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


def _subject_of(verb: Token) -> Span | None:
    """The claimant phrase of a cue verb (subject, passive agent, or inherited)."""
    doc = verb.doc
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if agent is not None:
        pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
        if pobj is not None:
            return doc[pobj.left_edge.i : pobj.right_edge.i + 1]
    main = _participle_main_subject(verb)
    if main is not None:
        return main  # "X denied claims that Y copied Z, asserting ...": X asserts
    for c in verb.children:
        if c.dep_ in ("nsubj", "csubj"):
            if c.lower_ in ("who", "which", "that") and verb.dep_ == "relcl":
                break  # "Sanders, who said ...": the modified noun, below
            return doc[c.left_edge.i : c.right_edge.i + 1]
    if verb.pos_ == "NOUN":
        left = [c for c in verb.children if c.dep_ == "compound" and c.i < verb.i]
        if left:
            return doc[left[0].left_edge.i : verb.i]
        if c.dep_ == "nsubjpass":
            return None  # "was said to cost": the subject is the content, no claimant
    head = verb
    hops = 0
    while (
        head.dep_ in ("conj", "advcl", "xcomp", "acl", "pcomp", "acomp")
        and head.head is not head
        and hops < 3
    ):
        if head.dep_ == "xcomp" and any(c.dep_ in ("dobj", "dative") for c in head.head.children):
            return None  # "asked the court to dismiss the case": the court would dismiss
        head = coordinated_head(head) if head.dep_ == "conj" else head.head
        hops += 1
        if head.dep_ == "ccomp" and head.i != verb.i:
            return None  # "X claimed that Google invented ... to claim": reported content
        for c in head.children:
            if c.dep_ == "nsubj":
                return doc[c.left_edge.i : c.right_edge.i + 1]
    if verb.dep_ == "relcl" or verb.dep_ == "acl":
        # "the company, which claimed ..." / "X, saying ...": the modified noun
        noun = verb.head
        if (
            any(c.dep_ == "nsubj" and c.lower_ == "who" for c in verb.children)
            and noun.dep_ == "pobj"
            and noun.head.dep_ == "prep"
            and noun.head.head.dep_ == "appos"
        ):
            noun = noun.head.head  # "X, the founder of Y, who said ...": not Y
        while noun.dep_ == "appos" and noun.head is not noun:
            noun = noun.head  # "X, the founder of Y, who said ...": X
        if noun.lemma_.lower() in DOCUMENT_NOUNS | EVIDENCE_NOUNS and noun.dep_ == "dobj":
            # "xAI filed a lawsuit accusing OpenAI ...": the author of the document
            author = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
            if author is not None:
                return doc[author.left_edge.i : author.right_edge.i + 1]
        return doc[noun.left_edge.i : min(noun.i + 1, verb.i)]
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
        if head.head is head:
            break
        head = head.head
    return None


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
        toks = toks[:cut]
    if not toks or not any(t.pos_ in ("PROPN", "NOUN", "PRON") for t in toks):
        return None
    return doc[toks[0].i : toks[-1].i + 1]


def _adjacent_name(verb: Token) -> Span | None:
    """A name right before a verb the parser left without subject ("..., Apple's
    software chief Craig Federighi defended ...")."""
    i = verb.i - 1
    while i >= 0 and verb.doc[i].pos_ == "ADV":
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
            if c.dep_ == "prep" and c.lower_ in ("of", "for", "as") and c.i > verb.i
        ]
    if comp:
        spans = [_subtree_span(c) for c in comp]
        s, e = min(s for s, _ in spans), max(e for _, e in spans)
        rest = [t for t in sent if t.idx >= e]
        if rest and rest[0].text == ":" and len(rest) > 2:
            last = rest[-1]
            e = last.idx + len(last.text)
        return s, e
    after = [
        c for c in verb.children if c.i > verb.i and c.dep_ not in ("punct", "cc", "prep", "advmod")
    ]
    if after:
        s, e = _subtree_span(after[0])
        return s, max(e, _subtree_span(after[-1])[1])
    # parenthetical cue ("..., LeCun said, ..."): the rest of the sentence
    return sent.start_char, sent.end_char


def find_attributions(
    sent: Span, gaz: Gazetteer, quotes: list[tuple[int, int]], text: str | None = None
) -> list[_Attribution]:
    """The reporting cues of one sentence.

    ``text`` is the document's text when the caller has it: ``Doc.text`` joins
    every token anew on each access, so per sentence it made extraction quadratic.
    """
    found: list[_Attribution] = []
    if text is None:
        text = sent.doc.text
    has_quote = any(s < sent.end_char and sent.start_char < e for s, e in quotes)
    labelled = _speaker_label(sent, text)
    if labelled is not None:
        found.append(labelled)
    for tok in sent:
        lemma = tok.lemma_.lower()
        # "according to X"
        if tok.lower_ == "according":
            to = next((c for c in tok.children if c.lower_ == "to"), None)
            pobj = (
                next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
            )
            if pobj is not None:
                subj = sent.doc[pobj.left_edge.i : pobj.right_edge.i + 1]
                comma = next((t.i for t in subj if t.text == "," and t.i > pobj.i), None)
                if comma is not None:
                    subj = sent.doc[subj.start : comma]  # "according to X, Y and Z did ..."
                found.append(
                    _Attribution(
                        tok, "according to", "assertion", subj, (sent.start_char, sent.end_char)
                    )
                )
            continue
        # "based on X's tweet", "in X's statement", "per X's report"
        if (
            tok.pos_ == "NOUN"
            and tok.lemma_.lower() in REPORT_NOUNS
            and tok.head.dep_ in ("prep",)
            and tok.head.lower_ in ("on", "per", "from")
            and (tok.head.lower_ != "on" or tok.head.head.lower_ in ("based", "relying"))
        ):
            poss = next((c for c in tok.children if c.dep_ == "poss"), None)
            if poss is not None and poss.pos_ == "PROPN":
                subj = sent.doc[poss.left_edge.i : poss.i + 1]
                found.append(
                    _Attribution(tok, tok.text, "assertion", subj, (sent.start_char, sent.end_char))
                )
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
        if _negated(tok) and kind != "denial":
            continue
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
        # "expressed concerns about the risks": a view with no clause of its own
        has_comp = has_comp or (
            weight == 0
            and any(
                c.dep_ == "dobj" and c.lemma_.lower() in _lexicon()["attitude_objects"]
                for c in tok.children
            )
        )
        report_subject = any(
            c.dep_ == "nsubj"
            and c.lemma_.lower() in EVIDENCE_NOUNS
            and any(p.dep_ == "poss" for p in c.children)
            for c in tok.children
        )
        # "called for a pause", "called on Congress to act": the demand is the content
        call_prep = (
            next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("for", "on")), None)
            if lemma in ("call", "push", "press", "argue", "lobby")
            else None
        )
        if call_prep is not None:
            has_comp = True
        if weight == 0 and not (has_comp or has_quote or report_subject):
            continue
        if (
            lemma in ("add", "note", "report", "call", "show", "find")
            and not (has_comp or has_quote)
            and not any(c.dep_ in ("dobj",) for c in tok.children)
        ):
            continue
        if lemma in ("add", "announce", "mention") and not (has_comp or has_quote):
            continue  # "OpenAI added a feature": an action, not a claim
        if tok.tag_ == "VBN" and tok.dep_ == "acl" and lemma in NAMING_CUES:
            continue  # "a rule called X", "Bengio, known as ...", "a firm backed by Y"
        if any(c.dep_ == "dobj" and c.lower_ in ("what", "whatever") for c in tok.children):
            continue  # "in line with what he said": a reference, not the content
        if (
            weight == 2
            and tok.dep_ in ("advcl", "relcl")
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        ):
            continue  # "released the models to encourage adoption": a purpose
        subj = _subject_of(tok) or _adjacent_name(tok)
        if subj is not None:
            subj = _outside_quotes(subj, tok, quotes)
        if subj is None:
            continue
        if any(c.dep_ == "dobj" and c.lower_ in ("nothing", "little") for c in tok.children):
            continue  # "said nothing"
        if lemma in ("call", "label", "describe", "brand", "characterize", "term") and any(
            c.dep_ == "dobj" and c.lemma_.lower() in gaz.report_nouns | DOCUMENT_NOUNS
            for c in tok.children
        ):
            kind = "denial"  # "called the lawsuit 'harassment'": rejecting the other side
        rebuts = (kind == "denial" or lemma in gaz.rebuttal_verbs) and any(
            c.dep_ == "dobj" and c.lemma_.lower() in gaz.report_nouns | DOCUMENT_NOUNS
            for c in tok.children
        )
        content = _content_of(tok, sent, subj)
        if call_prep is not None and not any(c.dep_ in ("ccomp", "dobj") for c in tok.children):
            parts = [call_prep, *(c for c in tok.children if c.dep_ == "xcomp")]
            spans = [_subtree_span(c) for c in parts]
            content = (min(a for a, _ in spans), max(b for _, b in spans))
        after = text[tok.idx + len(tok.text) : sent.end_char]
        colon = bool(re.match(r"^[^\u201c\".]{0,40}:\s*$", after)) or bool(
            re.match(r"^[^\u201c\".]{0,40}:\s*[^\u201c\"]", after)
        )
        found.append(
            _Attribution(
                tok, tok.text, kind, subj, content, colon, rebuts, weight == 2, weight == 0
            )
        )
    return found


@cache
def _lexicon() -> dict[str, set[str]]:
    """The claim lexicons of ``data/claim_lexicon.json`` (lists of words and phrases)."""
    path = Path(__file__).parent / "data" / "claim_lexicon.json"
    raw = json.loads(path.read_text(encoding="utf-8"))
    return {
        k: {w.casefold() for w in v}
        for k, v in raw.items()
        if not k.startswith("_") and isinstance(v, list)
    }


@cache
def _kind_descriptions() -> dict[str, str]:
    """Description noun -> organisation kind ("regulator" -> "government")."""
    path = Path(__file__).parent / "data" / "claim_lexicon.json"
    kinds = json.loads(path.read_text(encoding="utf-8"))["kind_descriptions"]
    return {noun: kind for kind, nouns in kinds.items() for noun in nouns}


LABEL_SEPARATORS = {"-", "\u2013", "\u2014", "|"}


BYLINE_RX = re.compile(
    r"^[ \t]*([A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){1,3}), "
    r"(?:[Tt]he )?[A-Z][\w&.'\u2019-]*(?: [A-Z][\w&.'\u2019-]*){0,3}:[ \t]*\n\s*(?=\S)",
    re.M,
)


def _bylines(doc: Doc, text: str) -> dict[int, Span]:
    """Lines that are only "Name, Outlet:" (a link post quoting another article): the
    start of the next paragraph -> the writer's name."""
    out: dict[int, Span] = {}
    for m in BYLINE_RX.finditer(text):
        name = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        if name is not None:
            out[m.end()] = name
    return out


def _speaker_label(sent: Span, text: str) -> _Attribution | None:
    """A line opened by a speaker and a colon: a headline ("Nadella: AI will ...") or a
    transcript turn ("HOST: ..."); the content is the rest of the line."""
    start = sent.start_char
    if start > 0 and text[start - 1] != "\n":
        return None
    colon = next((t for t in sent[:9] if t.text == ":"), None)
    if colon is None or colon.i == sent.start or colon.i + 1 >= sent.end:
        return None
    label = sent.doc[sent.start : colon.i]
    # "Breaking - Sundar Pichai:": the speaker after the last separator
    cut = max((t.i for t in label if t.text in LABEL_SEPARATORS), default=None)
    if cut is not None:
        label = sent.doc[cut + 1 : colon.i]
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
    if label.text.casefold().replace("\u2019", "'") in _lexicon()["not_speakers"]:
        return None  # "Editor's note:", "Update:"
    return _Attribution(colon, ":", "assertion", label, (body, end))


def _resolve_subject(subj: Span, ctx: _Context, gaz: Gazetteer) -> tuple[str | None, Span]:
    """The entity key a claimant phrase refers to, if any."""
    ms = ctx.mentions_in(subj.start_char, subj.end_char)
    # "a rep for the company, which is led by X, said": names inside a relative
    # clause of the phrase do not speak
    inner = [
        _subtree_span(t)
        for t in subj
        if t.dep_ == "relcl" and t.head.i != t.i and subj.start <= t.head.i < subj.end
    ]
    if inner:
        ms = [m for m in ms if not any(a <= m.start < b for a, b in inner)]
    persons = [m for m in ms if ctx.ent(m.key).type == "Person"]
    orgs = [m for m in ms if ctx.ent(m.key).type == "Organization"] or [
        m
        for m in ms
        if ctx.ent(m.key).type == "Benchmark"  # leaderboards speak too
    ]
    root = subj.root
    words = {t.lower_ for t in subj}
    definite = subj[0].lower_ in ("the", "this", "that")
    role = root.lower_ in gaz.role_nouns or root.lemma_.lower() in gaz.role_nouns
    if persons:
        # prefer the person the phrase is headed by (apposition: "X, Meta's VP")
        for m in persons:
            if m.start <= root.idx < m.end:
                return m.key, subj
        # "Trump's AI czar David Sacks": the possessor is not the speaker
        text = ctx.text
        named = [m for m in persons if not re.match(r"['\u2019]s?\b", text[m.end : m.end + 2])]
        return (named or persons)[0].key, subj
    if (
        role
        and not orgs
        and any(
            t.lemma_.lower() in ORG_DESCRIPTIONS and t.i > root.i and t.head.dep_ == "prep"
            for t in subj
        )
    ):
        # "a spokesperson for the company": the organisation last named or speaking
        return ctx.last_claimant("Organization") or ctx.last_mention(
            "Organization", subj.start_char
        ), subj
    if role and definite and not orgs:
        return ctx.last_claimant("Person") or ctx.last_claimant(None), subj
    if role and definite and orgs:
        prev = ctx.last_claimant("Person")
        if prev is not None:
            return prev, subj
    if orgs:
        for m in orgs:
            if m.start <= root.idx < m.end:
                return m.key, subj
        return orgs[0].key, subj
    poss = next((c for c in root.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
    if poss is not None and root.lemma_.lower() in EVIDENCE_NOUNS | REPORT_NOUNS:
        # "Their investigation revealed": the owner of the evidence speaks
        if poss.lower_ in ("his", "her"):
            return ctx.last_claimant("Person") or ctx.last_mention("Person", subj.start_char), subj
        return ctx.last_claimant("Organization") or ctx.last_mention(
            "Organization", subj.start_char
        ), subj
    if len(subj) == 1 and root.lower_ in PERSON_PRONOUNS:
        return _person_antecedent(subj, ctx), subj
    if len(subj) <= 2 and root.lower_ in ORG_PRONOUNS | {"i"}:
        if root.lower_ in ("i", "we"):
            return None, subj  # outside a quotation "I" and "we" are the author
        return ctx.last_claimant("Organization") or ctx.last_mention(
            "Organization", subj.start_char
        ), subj
    kind = _kind_descriptions().get(root.lemma_.lower())
    if kind is not None and definite and not orgs:
        # "the regulator said": the latest organisation of that kind
        same_kind = [
            m.key
            for m in ctx.mentions
            if m.start < subj.start_char
            and ctx.ent(m.key).type == "Organization"
            and ctx.ent(m.key).kind == kind
        ]
        if same_kind:
            return same_kind[-1], subj
    if root.lemma_.lower() in ORG_DESCRIPTIONS and (definite or subj[0].lower_ in ("its", "their")):
        sent = subj.sent
        # "Nvidia said ..., as the company stressed": this sentence's claimant first
        for key, start in zip(reversed(ctx.claimants), reversed(ctx.claimant_sents), strict=True):
            if start == sent.start_char and ctx.ent(key).type == "Organization":
                return key, subj
        in_sentence = [
            m
            for m in ctx.mentions
            if sent.start_char <= m.start < subj.start_char
            and ctx.ent(m.key).type == "Organization"
        ]
        for m in in_sentence:
            span = subj.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and span.root.dep_ in ("nsubj", "nsubjpass"):
                return m.key, subj  # "Apple has paused ..., the company confirmed"
        if in_sentence:
            return in_sentence[-1].key, subj
        same = ctx.last_mention("Organization", subj.start_char)
        # "the company" is no news outlet that reported on it ("the outlet" is)
        outlets = root.lemma_.lower() in OUTLET_DESCRIPTIONS
        if not outlets:
            # "Meta is hiring from OpenAI. The company denied ...": the subject
            return _person_antecedent(subj, ctx, "Organization"), subj
        return ctx.last_claimant("Organization", outlets) or same, subj
    if role and definite:
        return ctx.last_claimant(None), subj
    del words
    return None, subj


def _person_antecedent(pron: Span, ctx: _Context, etype: str = "Person") -> str | None:
    """The person "he"/"she" refers to: the latest person claimant, unless a person
    was the subject of a clause after that claimant last spoke ("Huang took the
    stage. He said ..."); with ``etype`` the same for organisations ("Meta is
    hiring. The company denied ...")."""
    doc = pron.doc
    claimant = None
    said_at = -1
    for key, start in zip(reversed(ctx.claimants), reversed(ctx.claimant_sents), strict=True):
        if ctx.ent(key).type == etype:
            claimant, said_at = key, start
            break
    subject = None
    for m in ctx.mentions:
        if m.start >= pron.start_char:
            break
        if m.start < said_at or ctx.ent(m.key).type != etype:
            continue
        if etype != "Person" and ctx.ent(m.key).kind == "publication":
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and (
            span.root.dep_ in ("nsubj", "nsubjpass")
            or (span.root.dep_ in ("appos", "compound") and span.root.head.dep_ == "nsubj")
        ):
            subject = m.key
    return subject or claimant or ctx.last_mention(etype, pron.start_char)


@cache
def _negative_regex(words: tuple[str, ...]) -> re.Pattern[str]:
    """Any of the negative lexicon's words as a whole word: one search instead of one per word.

    An alternation matches wherever one of its words would on its own (the engine
    backtracks into the next word when a boundary check fails), so the answer is
    the same as searching word by word.
    """
    if not words:
        return re.compile(r"(?!)")  # an empty lexicon matches nothing
    return re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(w) for w in words)})(?!\w)")


def _refine_kind(kind: str, content: str, gaz: Gazetteer, about_other: bool) -> tuple[str, bool]:
    low = content.casefold()
    negative = _negative_regex(tuple(gaz.negative)).search(low) is not None
    denial = any(p.search(content) for p in gaz.denial_phrases)
    if kind in ("assertion", "opinion") and denial:
        kind = "denial"
    elif kind == "assertion" and negative and about_other:
        kind = "accusation"
    return kind, negative


def _medium(cue: Token | None) -> tuple[str | None, str | None]:
    """Where the claim was made ("on X", "in an email") and to whom ("told the FT")."""
    if cue is None:
        return None, None
    medium = interviewer = None
    for c in cue.children:
        if c.dep_ == "prep" and c.lower_ in ("on", "in", "during", "via"):
            pobj = next((p for p in c.children if p.dep_ == "pobj"), None)
            if pobj is not None and (pobj.lemma_ in MEDIUM_NOUNS or pobj.text in MEDIUM_NOUNS):
                medium = cue.doc[pobj.left_edge.i : pobj.right_edge.i + 1].text
        if c.dep_ in ("dobj", "dative") and cue.lemma_ == "tell":
            interviewer = cue.doc[c.left_edge.i : c.right_edge.i + 1].text
    return medium, interviewer


def extract_claims(
    doc: Doc,
    ents: list[Entity],
    mentions: list[Mention],
    gaz: Gazetteer,
    skip: list[tuple[int, int]],
    keep_unresolved: bool = False,
) -> list[Claim]:
    """All attributed claims of the article, in text order, one per sentence and claimant.

    With ``keep_unresolved`` claims whose claimant phrase names no entity ("officials
    said") are kept too, with the phrase as claimant and no claimant entity.
    """
    text = doc_text(doc)
    ctx = _Context(ents, mentions, text)
    headline = _headline(text)
    if headline is not None:
        skip = [*skip, headline]
    quotes = [q for q in quote_spans(text) if not _in_regions(q[0], skip)]
    sents = [
        s
        for s in doc.sents
        if any(ch.isalnum() for ch in s.text) and not _in_regions(s.start_char, skip)
    ]
    atts = [find_attributions(s, gaz, quotes, text) for s in sents]
    para = [text.count("\n\n", 0, s.start_char) + text.count("\n", 0, s.start_char) for s in sents]
    quote_att = _quote_attributions(quotes, sents, atts, text)
    lists = _party_lists(doc, ctx)
    bylines = _bylines(doc, text)
    claims: list[Claim] = []
    seen: set[tuple[int, str | None, int]] = set()
    quote_speaker: dict[tuple[int, int], tuple[tuple[str, ...], Span | None, str, str]] = {}
    carry: tuple[tuple[str, ...], str, str, int, int] | None = None  # colon carry-over
    continued: set[int] = set()  # ids of claims of a quotation continuing another
    # the latest speaker, when an unnamed plural source ("two professors found ..."):
    # (number of named claims made by then, sentence start); "they" then refers to it
    plural_source: list[tuple[int, int]] = []

    def make(
        sent: Span,
        key: str,
        subj: Span | None,
        cue: str,
        kind: str,
        content: tuple[int, int],
        cue_tok: Token | None,
    ) -> None:
        # one claim per sentence and claimant; every cue counts when all attributions
        # are wanted ("X said that ..., adding that ...")
        dedupe = (sent.start, key, cue_tok.i if keep_unresolved and cue_tok is not None else -1)
        if dedupe in seen:
            return
        seen.add(dedupe)
        phrase = None
        if key.startswith(UNRESOLVED):
            name, ckey, ctype = None, None, None
            phrase = key[len(UNRESOLVED) :]
        else:
            ent = ctx.ent(key)
            name, ckey, ctype = ent.name, key, ent.type
        raw = sent.text
        s_text = raw.strip()
        s_start = sent.start_char + (len(raw) - len(raw.lstrip()))
        about_keys = _about(sent, key, subj, ctx, sents, sents.index(sent))
        named = [
            m.key
            for m in ctx.mentions_in(sent.start_char, sent.end_char)
            if m.key != key and (subj is None or not subj.start_char <= m.start < subj.end_char)
        ]
        csub = text[content[0] : content[1]]
        outlet = ckey is not None and ctx.ent(ckey).kind == "publication"
        kind2, negative = _refine_kind(kind, csub, gaz, bool(about_keys) and not outlet)
        if outlet and kind2 == "denial" and kind != "denial":
            kind2 = "assertion"  # an outlet reporting someone's denial does not deny
        q = next((text[a:b] for a, b in quotes if a < sent.end_char and sent.start_char < b), None)
        medium, interviewer = _medium(cue_tok)
        claims.append(
            Claim(
                text=s_text,
                start=s_start,
                end=s_start + len(s_text),
                content=content,
                claimant=name,
                claimant_key=ckey,
                claimant_type=ctype,
                claimant_span=(subj.start_char, subj.end_char) if subj is not None else None,
                cue=cue,
                kind=kind2,
                about=[ctx.ent(k).name for k in about_keys],
                about_keys=about_keys,
                named_keys=list(dict.fromkeys(named)),
                quote=q.strip('\u201c\u201d" ') if q else None,
                medium=medium,
                interviewer=interviewer,
                negative=negative,
                claimant_text=phrase,
            )
        )
        if ckey is not None:
            ctx.claimants.append(key)
            ctx.claimant_sents.append(sent.start_char)
        elif subj is not None and subj.root.tag_ in ("NNS", "NNPS"):
            plural_source.append((len(ctx.claimants), sent.start_char))

    def resolve(phrase: Span | None) -> tuple[tuple[str, ...], Span | None]:
        """The claimant keys of a claimant phrase: one per coordinated party ("X and Y
        said"), the group "they" refers to, or the unnamed source's phrase."""
        if phrase is None:
            return (), None
        if (
            len(phrase) == 1
            and phrase.root.lower_ in ("they", "them")
            and plural_source
            and plural_source[-1][0] == len(ctx.claimants)
            and phrase.start_char - plural_source[-1][1] < 600
        ):
            # "two professors found ... a term they reject": the unnamed group goes on
            if keep_unresolved:
                return (UNRESOLVED + phrase.text,), phrase
            return (), phrase
        if (
            len(phrase) <= 2
            and phrase.root.lower_ in ("they", "we")
            and ctx.group[0]
            and ctx.group[1] >= len(ctx.claimants) - len(ctx.group[0])
        ):
            return tuple(ctx.group[0]), phrase
        group = _group_of(phrase, lists, ctx)
        if group:
            return tuple(group), phrase  # "the researchers": each party of the list
        key = _document_author(phrase, ctx, gaz)
        if key is not None:
            return (key,), phrase
        key, subj = _resolve_subject(phrase, ctx, gaz)
        if key is None:
            key = _by_surname(phrase, ctx)
        if key is None:
            if keep_unresolved and _source_like(phrase):
                return (UNRESOLVED + phrase.text,), phrase
            return (), subj
        keys = [
            key,
            *(k for k in _co_claimants(phrase, ctx) if k != key),
            *(k for k in _stranded_conjunct(phrase, ctx) if k != key),
        ]
        return tuple(dict.fromkeys(keys)), subj

    def make_all(keys: tuple[str, ...], *args: Any) -> None:
        before = len(ctx.claimants)
        for key in keys:
            make(args[0], key, *args[1:])
        if len(keys) > 1:
            ctx.group = (list(keys), before)

    claims_before = 0
    for si, sent in enumerate(sents):
        if si and len(claims) == claims_before:
            # "The researchers examined X. They noted ...": a group that was the subject
            # of the previous sentence, though it claimed nothing there
            group = _subject_group(sents[si - 1], lists, ctx)
            if group:
                ctx.group = (group, len(ctx.claimants) - len(group))
        claims_before = len(claims)
        label = bylines.get(sent.start_char)
        if label is not None:
            # "Jane Doe, The Verge:" alone on the line before: the paragraph is her words
            keys, _ = resolve(label)
            if keys and all(k in ctx.by_key and ctx.ent(k).type == "Person" for k in keys):
                carry = (keys, ":", "assertion", 99, para[si])
        s_quotes = [q for q in quotes if q[0] < sent.end_char and sent.start_char < q[1]]
        made = False
        for att in atts[si]:
            cue_pos = att.cue.idx if att.cue is not None else sent.start_char
            if any(q[0] <= cue_pos < q[1] for q in quotes):
                continue  # a cue inside a quotation belongs to the quoted content
            if _nested_same_source(att, atts[si]):
                continue  # "she said she thinks ...": one claim, the outer one
            if _chained_participle(att, atts[si], gaz):
                continue  # "..., dismissing X and asserting Y": one claim, the last
            keys, subj = _cited_party(att.cue, resolve, ctx) or resolve(att.subject)
            if att.human:
                keys = tuple(k for k in keys if _human_source(k, att.subject, ctx, gaz))
            if not keys:
                continue
            content = att.content
            for q in s_quotes:
                quote_speaker[q] = (keys, subj, att.cue_text, att.kind)
                if content == (sent.start_char, sent.end_char):
                    content = (max(q[0], sent.start_char), min(q[1], sent.end_char))
            made_before = len(claims)
            make_all(keys, sent, subj, att.cue_text, att.kind, content, att.cue)
            if att.rebuts:
                for c in claims[made_before:]:
                    c.rebuts = True
            made = True
            carry = (keys, att.cue_text, att.kind, 2, para[si]) if att.colon else None
        if made:
            continue
        # a quoted sentence without a cue of its own: the quotation's speaker
        for q in s_quotes:
            speaker = quote_speaker.get(q)
            if speaker is None and q in quote_att:
                _, att = quote_att[q]
                keys, subj = resolve(att.subject)
                if keys:
                    speaker = (keys, subj, att.cue_text, att.kind)
            if speaker is None and _opens_sentence(q, sent, text):
                speaker = _previous_speaker(q, quotes, quote_speaker, text)
            if speaker is None:
                continue
            quote_speaker[q] = speaker
            keys, subj, cue, kind = speaker
            content = (max(q[0], sent.start_char), min(q[1], sent.end_char))
            made_before = len(claims)
            make_all(keys, sent, subj, cue, kind, content, None)
            continued.update(id(c) for c in claims[made_before:])
            made = True
            break
        if made:
            carry = None
            continue
        if carry is not None and carry[3] > 0 and carry[4] == para[si]:
            keys, cue, kind, n, p = carry
            make_all(keys, sent, None, cue, kind, (sent.start_char, sent.end_char), None)
            carry = (keys, cue, kind, n - 1, p)
        else:
            carry = None
    claims.sort(key=lambda c: c.start)
    if keep_unresolved:
        claims = _merge_quotations(claims, text, continued)
    return claims


HEADLINE_MAX_WORDS = 30


def _headline(text: str) -> tuple[int, int] | None:
    """The article's title: its first line when more text follows, the line ends without
    a full stop and it is short ("Nvidia says rival is telling tall tales").  A title
    restates a claim of the body in the outlet's words; it is no attribution of its own."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    if end < 0 or not text[end:].strip():
        return None
    line = text[start:end].rstrip()
    bare = line.rstrip("\u2019\u201d'\" ")
    if not bare or bare[-1] in ".:;," or len(line.split()) > HEADLINE_MAX_WORDS:
        return None
    if line[0] in "\u2022*-\u2013\u2014":
        return None  # a bullet point
    return start, start + len(line)


def _merge_quotations(claims: list[Claim], text: str, continued: set[int]) -> list[Claim]:
    """One attribution per quotation: consecutive sentence claims of the same speaker
    inside one quotation become one claim whose content spans the whole quotation; so
    does a quotation resuming the same speaker's words in the same paragraph after the
    cue ('"...," she said. "..."')."""
    out: list[Claim] = []
    for c in claims:
        prev = out[-1] if out else None
        if (
            prev is not None
            and c.quote is not None
            and prev.claimant_key == c.claimant_key
            and prev.claimant_text == c.claimant_text
            and (
                (
                    prev.quote == c.quote
                    and prev.start != c.start  # two cues of one sentence stay two claims
                    and "\n\n" not in text[prev.content[1] : c.content[0]]
                )
                or (
                    MERGE_RESUMED
                    and id(c) in continued
                    and prev.quote is not None
                    and 0 <= c.content[0] - prev.content[1] < 80
                    and "\n" not in text[prev.content[1] : c.content[0]]
                )
            )
        ):
            prev.content = (prev.content[0], max(prev.content[1], c.content[1]))
            prev.end = max(prev.end, c.end)
            prev.text = text[prev.start : prev.end]
            continue
        out.append(c)
    return out


def _cited_party(
    cue: Token | None,
    resolve: Callable[[Span | None], tuple[tuple[str, ...], Span | None]],
    ctx: _Context,
) -> tuple[tuple[str, ...], Span | None] | None:
    """The party a reporter cites for what it reports ("CNBC reported, citing a
    spokesperson from Nvidia, ...", "Zeff says, paraphrasing the Information's
    reporting, that ..."): the claim is the cited party's, not the reporter's."""
    if cue is None:
        return None
    for tok in cue.sent:
        if (
            tok.tag_ != "VBG"
            or tok.lemma_.lower() not in _lexicon()["citing_verbs"]
            or cue not in (tok, tok.head, tok.head.head)
        ):
            continue
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if obj is None:
            continue
        # the cited phrase without any clause hanging from it ("... from Nvidia saying")
        clause = [c for c in obj.subtree if c.dep_ in ("acl", "relcl") and c is not obj]
        end = min([c.left_edge.i for c in clause if c.i > obj.i] + [obj.right_edge.i + 1])
        keys, span = resolve(cue.doc[obj.left_edge.i : end])
        if keys and all(
            k in ctx.by_key and ctx.ent(k).type in ("Person", "Organization") for k in keys
        ):
            return keys, span
    return None


def _by_surname(phrase: Span, ctx: _Context) -> str | None:
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


DOCUMENT_SYNONYMS = {"suit": "lawsuit", "complaint": "lawsuit", "study": "paper"}


def _document_author(phrase: Span, ctx: _Context, gaz: Gazetteer) -> str | None:
    """Who wrote the document a definite claimant phrase names ("the lawsuit said",
    "the letter stated", "the paper's authors"): the entity that filed, sent,
    published or wrote the latest such document before it."""
    root = phrase.root
    if root.lemma_.lower() in ("author", "authors", "writer", "writers"):
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
    for tok in reversed(doc[: phrase.start]):
        lem = tok.lemma_.lower()
        if want == "lawsuit" and lem == "sue" and tok.pos_ == "VERB":
            # "X sued Y", "Y was sued by X": the plaintiff wrote the lawsuit
            by = [p for a in tok.children if a.dep_ == "agent" for p in a.children]
            who = by or [c for c in tok.children if c.dep_ == "nsubj"]
            if who:
                plaintiff = doc[who[0].left_edge.i : who[0].right_edge.i + 1]
                key, _ = _resolve_subject(plaintiff, ctx, gaz)
                if key is not None:
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
                if c.dep_ == "acl"
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
        by_obj = next((c for c in by.children if c.dep_ == "pobj"), None) if by else None
        if poss is not None:
            owner = doc[poss.left_edge.i : poss.i + 1]
        elif by_obj is not None:
            owner = doc[by_obj.left_edge.i : by_obj.right_edge.i + 1]
        elif agent is not None:
            owner = doc[agent.left_edge.i : agent.right_edge.i + 1]  # "a suit filed by X"
        elif tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
            subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
            if subj is not None:
                owner = doc[subj.left_edge.i : subj.right_edge.i + 1]  # "X sent a letter"
        if owner is None:
            continue  # "a new lawsuit claims": an earlier mention may name its author
        key, _ = _resolve_subject(owner, ctx, gaz)
        return key or _by_surname(owner, ctx)
    return None


def _human_source(key: str, phrase: Span | None, ctx: _Context, gaz: Gazetteer) -> bool:
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
        or word in _lexicon()["people_nouns"]
        or root.lemma_.lower() in _lexicon()["people_nouns"]
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
        and lemma not in _lexicon()["people_nouns"]
        and lemma not in ORG_DESCRIPTIONS
    )


def _chained_participle(att: _Attribution, others: list[_Attribution], gaz: Gazetteer) -> bool:
    """Whether ``att``'s cue is a participle answering the other side's claims that is
    coordinated with a later participle cue of the same claimant phrase ("countering
    the accusations and saying ...", "dismissing the claims and asserting ..."): the
    chain makes one claim, the last.  Participles with content of their own stay
    ("blaming himself ..., and defending the approach")."""
    cue = att.cue
    if cue is None or cue.tag_ != "VBG" or att.subject is None:
        return False
    if not any(
        c.dep_ == "dobj" and c.lemma_.lower() in gaz.report_nouns | DOCUMENT_NOUNS
        for c in cue.children
    ):
        return False
    later = {t.i for t in cue.conjuncts if t.i > cue.i and t.tag_ == "VBG"}
    return any(
        o.cue is not None
        and o.cue.i in later
        and o.subject is not None
        and (o.subject.start, o.subject.end) == (att.subject.start, att.subject.end)
        for o in others
    )


def _nested_same_source(att: _Attribution, others: list[_Attribution]) -> bool:
    """Whether ``att``'s cue lies inside the content of another cue of the sentence and
    its claimant is that cue's claimant again (a pronoun or the same words)."""
    if att.cue is None or att.subject is None:
        return False
    for other in others:
        if other is att or other.cue is None or other.subject is None:
            continue
        if not other.content[0] <= att.cue.idx < other.content[1]:
            continue
        if other.content[0] <= other.cue.idx < other.content[1]:
            continue  # a parenthetical cue whose content is the whole sentence
        inner = att.subject
        if not other.content[0] <= inner.start_char < other.content[1]:
            continue  # "said ..., noting that ...": the same speaker goes on
        if att.weak or (
            inner.root.lemma_.lower() in EVIDENCE_NOUNS | REPORT_NOUNS
            and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in inner.root.children)
        ):
            return True  # "X claimed the model showed ...", "... that their research shows"
        if (len(inner) == 1 and inner.root.lower_ in PERSON_PRONOUNS | ORG_PRONOUNS | {"i"}) or (
            inner.text.casefold() == other.subject.text.casefold()
        ):
            return True
    return False


GROUP_DETS = {"the", "these", "those", "both"}
NUMBER_WORDS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4}
COLLECTIVES = {"duo": 2, "pair": 2, "trio": 3, "quartet": 4}  # "the trio alleged ..."
LIST_LEAD = {"including", "like", "such", "as", "from", "at", "of", "by"}


@dataclass(slots=True)
class _PartyList:
    """Two or more named parties of one type coordinated in the text ("former board
    members X and Y", "researchers from X and Y")."""

    start: int  # character offset of the list's first member
    keys: list[str]
    etype: str
    described: frozenset[str]  # lemmas of the words that introduce or describe the list


def _party_lists(doc: Doc, ctx: _Context) -> list[_PartyList]:
    """Every list of 2+ named people or organisations of the article, in text order."""
    tok_key: dict[int, str] = {}
    for m in ctx.mentions:
        if ctx.ent(m.key).type not in ("Person", "Organization"):
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None:
            for t in span:
                tok_key.setdefault(t.i, m.key)
    out: list[_PartyList] = []
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
        out.append(_PartyList(doc[first].idx, keys, types.pop(), frozenset(described)))
    return out


def _group_of(phrase: Span, lists: list[_PartyList], ctx: _Context) -> list[str]:
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
    generic = lemma in _lexicon()["org_group_nouns"]
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
    return list(best)


def _subject_group(sent: Span, lists: list[_PartyList], ctx: _Context) -> list[str]:
    """The named parties the subject of a sentence's main verb stands for when it
    stands for several: "X and Y" or a definite plural referring back to a list."""
    subj = next((c for c in sent.root.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return []
    phrase = sent.doc[subj.left_edge.i : subj.right_edge.i + 1]
    group = _group_of(phrase, lists, ctx)
    if not group:
        group = _co_claimants(phrase, ctx)
    return group if len(group) > 1 else []


def _co_claimants(subj: Span, ctx: _Context) -> list[str]:
    """The named parties coordinated with the head of a claimant phrase ("Helen Toner
    and Tasha McCauley", "Google and Meta"): each of them makes the claim too."""
    root = subj.root
    conjs = []
    stack = [root]
    while stack:
        tok = stack.pop()
        for c in tok.children:
            if c.dep_ == "conj" and subj.start <= c.i < subj.end:
                conjs.append(c)
                stack.append(c)
    if not conjs:
        return []
    keys = []
    for tok in [root, *conjs]:
        m = next(
            (
                m
                for m in ctx.mentions_in(subj.start_char, subj.end_char)
                if m.start <= tok.idx < m.end and ctx.ent(m.key).type in ("Person", "Organization")
            ),
            None,
        )
        key = m.key if m is not None else _by_surname(subj.doc[tok.i : tok.i + 1], ctx)
        if key is None:
            return []  # "Google and other companies": not all of them named
        keys.append(key)
    return keys


def _stranded_conjunct(subj: Span, ctx: _Context) -> list[str]:
    """A party the parser cut off a coordinated subject (", Ng and LeCun believe": it
    hangs "Ng" on the previous clause): the name right before "and", after a comma."""
    doc = subj.doc
    i = subj.start - 1
    if i < 2 or doc[i].lower_ != "and" or subj.root.dep_ not in ("nsubj", "conj"):
        return []
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


def _source_like(subj: Span) -> bool:
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


def _about(
    sent: Span, claimant: str, subj: Span | None, ctx: _Context, sents: list[Span], si: int
) -> list[str]:
    """Entity keys a claim is about.

    The entities named in its sentence, except the claimant and whatever the claimant
    phrase itself names ("Lucas Beyer, a fellow at OpenAI"); else the organisation a
    pronoun points back to ("a bug in their code"); else the article's most-mentioned
    models and organisations.
    """
    skip = (subj.start_char, subj.end_char) if subj is not None else (0, 0)
    keys = [
        m.key
        for m in ctx.mentions_in(sent.start_char, sent.end_char)
        if m.key != claimant and not (skip[0] <= m.start < skip[1])
    ]
    if not keys:
        # "There's a bug in their code": the latest other organisation
        for tok in sent:
            if tok.lower_ in ("their", "its", "they") and tok.pos_ == "PRON":
                prev = [
                    m.key
                    for m in ctx.mentions
                    if m.start < sent.start_char
                    and m.key != claimant
                    and ctx.ent(m.key).type == "Organization"
                ]
                if prev:
                    keys.append(prev[-1])
                break
    if not keys:
        keys = ctx.salient(exclude=claimant)
    return list(dict.fromkeys(keys))


def _opens_sentence(q: tuple[int, int], sent: Span, text: str) -> bool:
    """Whether quotation ``q`` is the sentence (not a scare quote inside it)."""
    lead = text[sent.start_char : q[0]].strip()
    return (
        q[0] <= sent.start_char + 1
        or lead == ""
        or (sent.start_char >= q[0] and sent.start_char < q[1])
    )


def _quote_attributions(
    quotes: list[tuple[int, int]],
    sents: list[Span],
    atts: list[list[_Attribution]],
    text: str,
) -> dict[tuple[int, int], tuple[int, _Attribution]]:
    """The cue that introduces or closes each quotation, if any.

    The cue is outside every quotation, in a sentence that overlaps the quotation or
    immediately follows it ('"...," LMArena wrote'), or in the sentence just before it
    that ends with a colon or "that".
    """
    found: dict[tuple[int, int], tuple[int, _Attribution]] = {}
    for q in quotes:
        for si, sent in enumerate(sents):
            if sent.end_char <= q[0] - 3 or sent.start_char > q[1] + 3:
                continue
            for att in atts[si]:
                if att.cue is None or att.subject is None:
                    continue
                pos = att.cue.idx
                if any(a <= pos < b for a, b in quotes):
                    continue
                before_gap = text[sent.end_char : q[0]] if sent.end_char <= q[0] else ""
                if sent.end_char <= q[0] and "\n\n" in before_gap:
                    continue
                if sent.start_char >= q[1] and "\n" in text[q[1] : sent.start_char]:
                    continue  # a headline quotation is not spoken by the next paragraph
                found.setdefault(q, (si, att))
    return found


def _previous_speaker(
    q: tuple[int, int],
    quotes: list[tuple[int, int]],
    speakers: dict[tuple[int, int], tuple[tuple[str, ...], Span | None, str, str]],
    text: str,
) -> tuple[tuple[str, ...], Span | None, str, str] | None:
    """The speaker of the quotation just before ``q`` when only a paragraph break (or
    nothing) separates them: a quotation continued in the next paragraph."""
    i = quotes.index(q)
    if i == 0:
        return None
    prev = quotes[i - 1]
    between = text[prev[1] : q[0]]
    if prev in speakers and between.count("\n") <= 2 and len(between) < 200:
        return speakers[prev]
    return None
