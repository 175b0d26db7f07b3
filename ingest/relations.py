"""Relations between entities, each with the evidence sentence span.

General surface patterns over resolved mentions within one sentence:

- roles: ``ORG('s) ROLE PERSON`` ("Meta spokesperson Ashley Gabriel"), ``PERSON, (ORG's)
  ROLE (at|of|for ORG)`` (appositions) and ``ROLE of ORG, PERSON`` give WORKS_FOR with
  the role; leading roles (CEO, head, president ...) add LEADS, founder roles FOUNDED;
- DEVELOPS: the gazetteer developer of a model when both appear, ``ORG's MODEL`` and
  ``ORG released/unveiled MODEL``;
- INVESTS_IN: an investment verb with a money amount (and stake percentage) between
  two organisations, and whoever a company raised money from, in a round led by, or is
  "backed by" (with or without an amount);
- EVALUATED_ON: a model and a benchmark in one sentence with a score, metric
  (``cons@64``, ``5-shot`` ...) and variant;
- VARIANT_OF: a model whose name contains another model's name, or "a(n) ... version of
  MODEL".
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from ingest.document import doc_text
from ingest.entities import Entity, Mention
from ingest.entity_lexicon import HONORIFICS
from ingest.entity_model import singular
from ingest.gazetteer import Gazetteer
from ingest.mention_checks import token_at
from ingest.quotations import quote_spans
from ingest.syntax import apposition_of_phrase_head

# the word lists of data/relations.json (see its "_doc")
_WORDS: dict[str, list[str]] = json.loads(
    (Path(__file__).with_name("data") / "relations.json").read_text(encoding="utf-8")
)


def _any_of(key: str) -> str:
    """A regular-expression group matching any word or phrase of list ``key``."""
    return "(?:" + "|".join(map(re.escape, _WORDS[key])) + ")"

LEAD_ROLES = re.compile(
    r"\b(ceo|chief executive|head|president|chair(?:man|woman)?|director|leader|lead)\b"
    r"|^chief$",  # "Quorvane chief Jane Roe": the company's chief
    re.I,
)
FOUNDED_VERB = re.compile(r"\b(?:co-?)?found(?:ed|s)\b|\bstarted\b|\blaunched\b", re.I)
# "Jane Roe, who leads evaluation at Acme", "who works for Acme", "who runs Acme's cloud
# unit", "who joined Acme last year", "speaking for Acme": a role held there
WORKS_VERB = re.compile(
    r"^,? (?:who (?P<verb>leads|heads|runs|oversees|manages|directs|works|teaches)\b"
    r"[\w ,-]{0,40}?\b(?:at|for)"
    r"|who (?:leads|heads|runs|oversees|manages|directs|joined|represents)"
    r"|speaking (?:for|on behalf of))\s+(?:the\s+)?$",
    re.I,
)
FOUNDER = re.compile(r"\b(co-?founder|founder|founded)\b", re.I)
# a departure right after the organisation: "... co-founded Quorvane before leaving"
LEFT_AFTER = re.compile(
    r"[^.;]{0,30}?\b(?:before|then|and later|but later|and then)? ?"
    r"(?:leaving|left|quitting|quit|departing|departed|being ousted|was ousted)\b"
)
ROLE_WORDS = re.compile(
    r"\b(ceo|cto|cfo|coo|chief executive(?: officer)?|"
    r"chief [\w ]{0,30}?(?:officer|scientist|analyst|economist|strategist|engineer|architect|"
    r"editor|correspondent|counsel)|(?:vice |senior )?president|"
    r"vp|svp|spokes(?:person|woman|man)|head of [\w ]{1,30}|"
    r"(?:executive |managing )?director(?: of [\w ]{1,30})?|"
    r"founders?|co-?founders?|"  # "one of the co-founders of X, Y"
    r"(?:research |staff |principal )?(?:scientist|engineer|researcher)s?|employee|executive|"
    r"fellow|"
    r"technical fellow|general manager|manager|chair(?:man|woman)?|partner|analyst|"
    r"lead(?! (?:author|writer|investigator|plaintiff|negotiator))|"
    r"representative|professor|lecturer|economist|lawyer|attorney|advis[eo]r|staffer|"
    r"editor|reporter|columnist|official|board member|member of staff|developer|designer|"
    r"programmer|scholar|ethicist|strategist|(?:general |deputy general )?counsel|"
    r"trustee|spokesperson|czar|tsar|chief(?!(?-i: [A-Z])))\b",  # (not "Chief Justice")
    re.I,
)
MONEY = re.compile(
    r"(?:US)?\$\s?\d[\d,.]*(?:\s?(?:billion|million|trillion|bn|m|b))?(?:\s+and\s+\$\s?\d[\d,.]*\s?(?:billion|million|trillion)?)?",
    re.I,
)
# "valued at $1.5 billion": what a company is worth, not an investment's amount
VALUATION = re.compile(r"\b" + _any_of("valuation_words") + r"\s*$", re.I)
PERCENT = re.compile(r"\d+(?:\.\d+)?\s?(?:%|per ?cent|percent)")
INVEST_VERBS = re.compile(
    # ("invest" and its forms, not "investigation", nor "investors" in general: "investors
    # had misread the impact of Y's model, which wiped $600 billion off X's value")
    r"\b(invest(?:s|ed|ing|ment|ments|or)?|paid|pay|pays|acquir\w+|bought|buy|buys|stake|"
    r"funding|raised|backs|backed)\b",
    re.I,
)
# words before an investment verb that make it a plan, an offer or a denial, no deed
NOT_DONE = re.compile(rf"\b{_any_of('unfinished_deal_words')}\b[^.]{{0,25}}$", re.I)
# what an investor buys: "bought a 49% stake in", "paid $2 billion for shares of"
PURCHASED_STAKE = re.compile(
    r".{0,60}?(?:\b(?:stake|shares|share|equity|holding)\b|\d%|\d per ?cent|\d percent)",
    re.I,
)
# money raised from someone: the investors come after "from" or "led by" ("raised $40
# million in a round led by Norwood"; the point of "$3.5 billion" ends no sentence), and
# whoever a company is "backed by" or "funded by" invests in it, with or without an amount
# what may stand between two names of one list ("A, B and C", "A as well as B")
_LIST_GAP = re.compile(r"\s*(?:,|,? and|,? as well as|,? plus|&)\s*(?:the )?")
RAISED_FROM = re.compile(
    r"\b(?:raised|raises|raising|secured|received|closed)\b(?:[^.]|\.(?=\d)){0,80}?"
    r"\b(?:from|(?:co-)?led by|backed by)\b|\b(?:backed|funded) by\b",
    re.I,
)
METRIC = re.compile(
    r"\b(?:cons@\d+|pass@\d+|maj@\d+|CoT@\d+|@\d+|\d+-shot|zero-shot|few-shot|ELO|Elo)\b", re.I
)
SCORE = re.compile(r"(?<![\w@-])\d+(?:\.\d+)?(?:\s?%|\s?per ?cent| points)?(?![\w@-])")
EVAL_WORDS = re.compile(
    r"\b(?:scor\w*|rank\w*|place[sd]?|leaderboard|tested|evaluated|results?|tops?|topped|"
    r"beat\w*|outperform\w*|surpass\w*|trails?|ELO|Elo|accuracy|points|deployed|submitted)\b"
)
COMPARATIVE = re.compile(
    r"\b(?:outperform\w*|beat\w*|surpass\w*|exceed\w*|tops?|topped|better than|ahead of)\b"
)
RELEASE_VERBS = re.compile(
    r"\b(released|unveiled|launched|introduced|announced|debuted|built|developed|trained)\b"
)


@dataclass(slots=True)
class Relation:
    type: str
    source: str  # entity key
    target: str  # entity key
    source_name: str
    target_name: str
    evidence: tuple[int, int]
    properties: dict[str, Any] = field(default_factory=dict)

    def to_contract(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "source": self.source_name,
            "target": self.target_name,
            "properties": dict(self.properties),
            "evidenceSpan": list(self.evidence),
        }


def _in_regions(pos: int, regions: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in regions)


def find_relations(
    doc: Doc,
    ents: list[Entity],
    mentions: list[Mention],
    gaz: Gazetteer,
    skip: list[tuple[int, int]],
) -> list[Relation]:
    """All relations found in the article (deduplicated by type, source, target)."""
    by_key = {e.key: e for e in ents}
    text = doc_text(doc)
    out: dict[tuple[str, str, str], Relation] = {}

    def add(rtype: str, src: str, tgt: str, span: tuple[int, int], **props: Any) -> None:
        if src == tgt or (rtype, src, tgt) in out:
            return
        props = {k: v for k, v in props.items() if v is not None}
        out[(rtype, src, tgt)] = Relation(
            rtype, src, tgt, by_key[src].name, by_key[tgt].name, span, props
        )

    ms = [m for m in mentions if m.key in by_key]
    prev: tuple[list[Mention], list[str]] = ([], [])
    prev_text = ""
    named_orgs: list[Mention] = []  # the organisations of the sentences before
    lead: tuple[list[Mention], list[str]] | None = None  # the first organisation subject's
    recent: tuple[list[Mention], list[str]] = ([], [])  # the latest with one
    for sent in doc.sents:
        if _in_regions(sent.start_char, skip):
            continue
        span = (sent.start_char, sent.end_char)
        sm = [m for m in ms if sent.start_char <= m.start < sent.end_char]
        types = [by_key[m.key].type for m in sm]
        if NO_COMMENT.search(prev_text) and not OWNED_OPENING.match(sent.text):
            # "Velmora did not respond to a request for comment. Labour lawyer X said":
            # whoever speaks next is not that organisation's (but "Its founder, X," is)
            prev = ([], [])
        if not _subject_org(doc, prev) and _described_subject(prev_text):
            # "Kestrel Labs told a different story. The evaluation firm said ... Its
            # chief executive, X, said": the firm is the organisation last a subject
            prev = recent
        _its_role(doc, text, sm, types, span, prev, add, lead)
        _its_role_after_head_word(text, sm, types, span, prev_text, named_orgs, add)
        _its_role_after_clause(doc, text, sm, types, span, add)
        _name_then_its_role(doc, text, sm, types, prev, span, add)
        _role_at_the_company(doc, text, sm, types, span, prev, add)
        _role_at_the_named_head(text, sm, types, span, named_orgs, add)
        _role_named_bare(doc, text, sm, types, span, prev, add, lead)
        prev, prev_text = (sm, types), sent.text
        named_orgs.extend(m for m, t in zip(sm, types, strict=True) if t == "Organization")
        if lead is None and _subject_org(doc, prev):
            lead = prev
        companies = _companies_only(prev, by_key)
        if _subject_org(doc, companies):
            recent = companies  # ("the company" is no public body nor a newspaper)
        _roles(doc, text, sm, types, span, add)
        _hires(text, sm, types, span, add)
        _owners(doc, text, sm, types, span, add)
        _develops(doc, text, sm, types, span, by_key, add)
        _invests(text, sm, types, span, add)
        _evaluated(text, sent.text, sm, types, span, add)
        _variants_in_sentence(text, sm, types, span, add)

    # developers known from the gazetteer, when both parties are in the article
    for e in ents:
        dev = e.entry.developer if e.entry is not None else None
        if e.type == "Model" and dev:
            org = next((o for o in ents if o.name == dev and o.type == "Organization"), None)
            if org is not None and e.mentions:
                m = e.mentions[0]
                add("DEVELOPS", org.key, e.key, (m.start, m.end), source="gazetteer")
    # a model whose name contains another model's name is a variant of it
    models = [e for e in ents if e.type == "Model"]
    for a in models:
        ta = _tokens(a.name)
        best = None
        for b in models:
            tb = _tokens(b.name)
            if b is a or len(tb) >= len(ta) or not tb:
                continue
            contained = (all(t in ta for t in tb) and ta[0] == tb[0]) or (
                len(tb) == 1 and tb[0] in ta[1:]
            )
            if contained and (best is None or len(tb) > len(_tokens(best.name))):
                best = b
        if best is not None and a.mentions:
            m = a.mentions[0]
            add("VARIANT_OF", a.key, best.key, (m.start, m.end))
    _departures(doc, ms, out)
    return list(out.values())


# verbs of leaving a job: the person who does so is no longer the employer's side
DEPARTING_VERBS = frozenset(_WORDS["departing_verbs"])


def _departures(doc, ms: list[Mention], out: dict) -> None:
    """Mark, in place, a role its holder gives up in the same sentence ("Quorvane's head
    of AI safety, X, resigned on Friday, saying ...") as former: the person now speaks
    against the company, not for it."""
    for (rtype, src, tgt), rel in list(out.items()):
        if rtype not in ("WORKS_FOR", "LEADS") or rel.properties.get("former"):
            continue
        span = doc.char_span(rel.evidence[0], rel.evidence[1], alignment_mode="expand")
        if span is None:
            continue
        for sent in {t.sent for t in span}:
            names = [m for m in ms if m.key == src and sent.start_char <= m.start < sent.end_char]
            for m in names:
                tok = doc.char_span(m.start, m.end, alignment_mode="expand")
                head = tok.root.head if tok is not None else None
                while head is not None and tok.root.dep_ == "appos" and head.dep_ != "ROOT":
                    head = head.head  # "..., X, resigned": the name's noun is the subject
                if head is not None and head.lemma_.lower() in DEPARTING_VERBS and (
                    tok.root.dep_ in ("nsubj", "appos")
                ):
                    if rtype == "LEADS":
                        del out[(rtype, src, tgt)]
                    else:
                        rel.properties["former"] = True


def _tokens(name: str) -> list[str]:
    return [t for t in re.split(r"[\s-]+", name.casefold()) if t]


# "Quorvane has hired Mei Lin, a former Zentra researcher, as its new chief scientist"
HIRED = re.compile(
    r"^\s+(?:has |have |had )?(?:hired|appointed|named|tapped|recruited|poached|brought in)\s+$"
)
HIRED_AS = re.compile(
    r"(?:,[^,]{1,100},)?\s+(?:to serve )?as (?:its |their |the company's )?(?:new )?"
    r"(?P<role>[a-z][a-z -]{1,40}?)(?=[,.;]| to | in | at | on | after | from |$)"
)


def _hires(text, sm, types, span, add) -> None:
    """An organisation hiring or naming a person to a role: WORKS_FOR with that role."""
    for i in range(len(sm) - 1):
        if types[i] != "Organization" or types[i + 1] != "Person":
            continue
        org, person = sm[i], sm[i + 1]
        if not HIRED.match(text[org.end : person.start]):
            continue
        role = HIRED_AS.match(text, person.end)
        _add_role(add, person.key, org.key, role.group("role") if role else None, span)


# "X, the startup founded by ...", "X, co-founded in Paris in 2023 by ..."
FOUNDED_BY = re.compile(
    r",? (?:(?:an?|the) (?:[\w-]+ ){0,3}?)?(?:co-?)?founded (?:(?:in|last|this) [\w ]{1,20}? )?by ",
    re.I,
)


def _founded_by(text, sm, types, span, add) -> None:
    """ "Thinking Machines Lab, the startup founded by former OpenAI CTO Mira Murati",
    "Mistral AI, founded in Paris by A, B and C": each person named after "founded by"
    founded the organisation before it."""
    for i, org in enumerate(sm):
        if types[i] != "Organization":
            continue
        by = FOUNDED_BY.match(text, org.end)
        if by is None:
            continue
        people = [j for j in range(i + 1, len(sm)) if types[j] == "Person"]
        if not people or sm[people[0]].start - by.end() > 60:
            continue
        founders = [people[0]]
        for j in people[1:]:
            if _LIST_GAP.fullmatch(text[sm[founders[-1]].end : sm[j].start]) is None:
                break
            founders.append(j)
        for j in founders:
            add("FOUNDED", sm[j].key, org.key, span)


# the honorifics of ``entity_words.json`` ("Dr.", "Prof.") written before a name
HONORIFIC_AT_END = re.compile(
    " (?:" + "|".join(re.escape(h) for h in sorted(HONORIFICS) if h.endswith(".")) + ") $"
)


def _roles(doc, text, sm, types, span, add) -> None:
    _founded_by(text, sm, types, span, add)
    for i, m in enumerate(sm):
        if types[i] != "Person":
            continue
        # "Musk, who co-founded OpenAI", "Altman founded Loopt"
        for j in range(i + 1, min(i + 3, len(sm))):
            between = text[m.end : sm[j].start]
            if types[j] == "Organization" and len(between) < 40 and FOUNDED_VERB.search(between):
                # "Hale, who co-founded Quorvane before leaving in 2021": a past tie, not
                # the founder's side today
                left = LEFT_AFTER.match(text, sm[j].end, span[1]) is not None
                add("FOUNDED", m.key, sm[j].key, span, former=True if left else None)
                break
        # "PERSON, who leads evaluation at ORG"
        nxt = next(
            (j for j in range(i + 1, min(i + 3, len(sm))) if types[j] == "Organization"), None
        )
        if nxt == i + 1 and OF_THE_FIRM.fullmatch(text[m.end : sm[nxt].start]):
            # "said Tomas Reyes of the Corran Privacy Project": he speaks from there;
            # "attorney Samuel Okoro of the firm Okoro Legal": with the title before him
            _add_role(add, m.key, sm[nxt].key, _title_before(text, span[0], m.start), span)
            continue
        if nxt is not None:
            works = WORKS_VERB.match(text[m.end : sm[nxt].start])
            if works is not None:
                # leading a team there is no leading the organisation: no role
                _add_role(add, m.key, sm[nxt].key, None, span)
                continue
        # ORG('s) ROLE PERSON (a leaderboard that is also a company too: "LMArena
        # co-founder X")
        if i > 0 and types[i - 1] in ("Organization", "Benchmark"):
            o = sm[i - 1]
            # "Brontal co-founder Dr. Lena Brandt": the honorific is the name's, no role's
            between = HONORIFIC_AT_END.sub(" ", text[o.end : m.start])
            if re.fullmatch(r"['\u2019]s ", between):
                _add_role(add, m.key, o.key, None, span)  # "Acme's Jane Roe said"
                continue
            if (
                len(between) < 60
                and ROLE_WORDS.search(between)
                and "." not in between
                # ("The suit, brought by X in federal court, names state Attorney
                # General Y": a clause ends between them; "X's chief executive, Y" ends
                # in its comma)
                and "," not in between.rstrip(", ")
                and not _has_verb(doc, o.end, m.start)
                # ("wrote in The Economist that chief executive X had ...": a clause
                # about someone else's post begins between them)
                and not re.search(r"\b(?:that|which|who|whom|whose)\b", between)
            ):
                role = _role(between)
                former = _former(text[max(span[0], o.start - 12) : o.start] + between)
                _add_role(add, m.key, o.key, role, span, former)
                continue
        # PERSON, (a|ORG's) ROLE (at|of|for ORG)
        # (within the sentence: "X, accuse Y of ... . Their lawyer, Z" gives X no role)
        after = text[m.end : min(m.end + 120, span[1])]
        # ("Its chief executive, Jane Roe, said the company hired Acme's engineers": the
        # words after her name are what she said, no apposition)
        opener = doc.char_span(m.end + 1, m.end + len(after), alignment_mode="contract")
        if after.startswith(",") and not (opener and opener[0].pos_ in ("VERB", "AUX")):
            clause = after[1:].split(",")[0]
            for j in range(i + 1, len(sm)):
                if types[j] == "Organization" and sm[j].start < m.end + 1 + len(clause) + 1:
                    between = text[m.end : sm[j].start]
                    now = NOW_AT.search(clause)
                    if (
                        now is not None
                        and _former(clause[: now.start()])
                        and m.end + 1 + now.start() < sm[j].start
                    ):
                        # "X, a former export official now at the Y Institute": the
                        # past role was elsewhere; Y is where X works now
                        role = _role(clause[now.end() :])
                        _add_role(add, m.key, sm[j].key, role, span, _former(clause[now.end() :]))
                    elif ROLE_WORDS.search(text[m.end : m.end + 1 + len(clause)]):
                        role = _role(text[m.end : m.end + 1 + len(clause)])
                        _add_role(add, m.key, sm[j].key, role, span, _former(clause))
                    del between
                    break
        # ROLE of ORG, PERSON
        before = text[max(span[0], m.start - 80) : m.start]
        mm = re.search(r"([\w -]{2,40}) (?:of|at|for) ([^,]{2,40}),\s*$", before)
        if mm and ROLE_WORDS.search(mm.group(1)):
            for j in range(i - 1, -1, -1):
                if types[j] == "Organization" and sm[j].start >= m.start - 80:
                    _add_role(add, m.key, sm[j].key, _role(mm.group(1)), span, _former(mm.group(1)))
                    break


def _has_verb(doc, start: int, end: int) -> bool:
    """Whether a verb stands between two names: "Meta CTO calls Sam Altman dishonest"
    names no CTO, "Meta CTO Andrew Bosworth" does."""
    span = doc.char_span(start, end, alignment_mode="contract")
    return span is not None and any(
        (t.pos_ in ("VERB", "AUX") or (t.tag_ == "VBZ" and t.lemma_ != t.lower_))
        # ("Velmora research lead X": the role word the tagger read as a verb)
        and not (t.lower_ == "lead" and t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN")
        for t in span
    )


# "X of the Corran Privacy Project", "X of the law firm Y"
OF_THE_FIRM = re.compile(
    r" of (?:the )?(?:(?:law |consulting |research |investment |venture |accounting )?"
    r"(?:firm|company|group|bank|fund|agency) )?"
)


def _title_before(text: str, start: int, name: int) -> str | None:
    """The role written right before a name ("attorney Samuel Okoro"), if any."""
    before = text[max(start, name - 40) : name]
    last = ([*ROLE_WORDS.finditer(before)] or [None])[-1]
    return _role(last.group(0)) if last is not None and before[last.end() :] == " " else None


def _role(s: str) -> str | None:
    m = ROLE_WORDS.search(s)
    if m is None:
        return None
    field = re.search(r"(?i)\b([a-z]+) $", s[: m.start()])
    if m.group(0).lower() in ("lead", "leader", "chief") and field is not None:
        # "research lead", "finance chief": a team's or a department's head, no more
        return f"{field.group(1)} {m.group(0).lower()}"
    # "director of the advocacy group Open Markets", "director of the Center for AI
    # Safety": the role, not the body it names
    role = re.sub(r" of the (?:[a-z -]+ )?[A-Z][\w ]*$", "", m.group(0))
    # "head of global equity research at Goldman Sachs": the role ends before its place
    role = re.sub(r"(?: (?:at|for|with|in|of|on))+ ?$", "", role.rstrip())
    if role == role.capitalize() and len(role) > 1:
        role = role.lower()  # "Chief executive X said" opening a sentence: a common noun
    # "one of the co-founders": one co-founder
    return re.sub(r"(founder|scientist|engineer|researcher)s$", r"\1", role)


FORMER = re.compile(r"(?i)\b(?:former|ex-|onetime|one-time|erstwhile)")
# "a former export official now at the Y Institute", "now a fellow with Y": the present
NOW_AT = re.compile(r"\bnow (?:an? [\w -]{1,40} )?(?:at|with|of) ")


def _former(s: str) -> bool:
    """A past role: "former OpenAI researcher", "ex-Google engineer"."""
    return bool(FORMER.search(s))


def _add_role(add, person: str, org: str, role: str | None, span, former: bool = False) -> None:
    if former:
        # a past employer is no longer the person's side: kept, marked, never LEADS
        add("WORKS_FOR", person, org, span, role=role, former=True)
        return
    add("WORKS_FOR", person, org, span, role=role)
    if (
        role
        and LEAD_ROLES.search(role)
        and not re.search(r"vice|vp", role, re.I)
        # "head of data center marketing", "director of research", "research lead": a
        # department's lead
        and not re.search(r"\b(?:head|director|lead|leader) of\b|^[a-z]+ lead(?:er)?$", role, re.I)
    ):
        add("LEADS", person, org, span, role=role)
    if role and FOUNDER.search(role):
        add("FOUNDED", person, org, span)


# "for its new model, Helix-2", "its chatbot Maya": the model of the "it" before it
ITS_MODEL = re.compile(
    r"\bits (?:new |latest |flagship |own |newest )?(?:[\w-]+ ){0,2}?"
    r"(?:model|chatbot|assistant|agent|LLM),?\s*$"
)


# "its Sarvik-M2 model", "its Lattice-3": a model named right after "its"
ITS_NAMED_MODEL = re.compile(r"\bits (?:new |latest |flagship |own |newest )?$")


def _develops(doc, text, sm, types, span, by_key, add) -> None:
    for j, m in enumerate(sm):
        # the parse: "Zentrix, the startup backed by Nvidia, on Tuesday released Lumen 4":
        # the subject of the release verb whose object the model is, however far apart
        if types[j] != "Model":
            continue
        name = token_at(doc, m.start)
        while name is not None and name.dep_ in ("compound", "nummod") and name.head != name:
            name = name.head  # "Lumen 4": the head word of the model's name
        if name is None or name.dep_ != "dobj" or not RELEASE_VERBS.fullmatch(name.head.text):
            continue
        subj = next((c for c in name.head.children if c.dep_ == "nsubj"), None)
        maker = next(
            (
                k
                for k, o in enumerate(sm)
                if types[k] == "Organization" and subj is not None and o.start <= subj.idx < o.end
            ),
            None,
        )
        if maker is not None:
            add("DEVELOPS", sm[maker].key, m.key, span)
    for j, m in enumerate(sm):
        its = ITS_MODEL.search(text, max(span[0], m.start - 50), m.start) or (
            ITS_NAMED_MODEL.search(text, max(span[0], m.start - 20), m.start)
        )
        if types[j] != "Model" or its is None:
            continue
        owner = _subject_organization(doc, its.start(), sm, types)
        if owner is not None:
            add("DEVELOPS", sm[owner].key, m.key, span)
    for i in range(len(sm) - 1):
        if types[i] != "Organization":
            continue
        for j in range(i + 1, min(i + 3, len(sm))):
            if types[j] != "Model":
                continue
            between = text[sm[i].end : sm[j].start]
            # "Quillo, a lab in Toronto, on Wednesday released Quillo-3": the apposition
            # between the maker and its verb does not count against the distance
            bare = re.sub(r"^,[^,]{1,80},", "", between)
            if (
                re.fullmatch(r"['\u2019]s?\s+(?:[\w-]+\s+){0,3}", between)
                # ("Y's claim that Lumio copied ...": a clause about the model, not Y's)
                and not CLAUSE_BETWEEN.search(between)
            ) or (
                len(bare) < 50
                and (verb := RELEASE_VERBS.search(bare)) is not None
                and not _subject_elsewhere(
                    doc, sm[i], sm[i].end + len(between) - len(bare) + verb.start()
                )
            ):
                add("DEVELOPS", sm[i].key, sm[j].key, span)
                break


# words that open a clause between an owner and a model: not the owner's model
CLAUSE_BETWEEN = re.compile(r"\b(?:that|which|whether|about|claims?)\b")


def _subject_elsewhere(doc, maker, verb_at: int) -> bool:
    """Whether the release verb at ``verb_at`` has a subject that is not ``maker`` ("Zentrix,
    the startup backed by Nvidia, released Lumen": Zentrix released it, not Nvidia)."""
    verb = token_at(doc, verb_at)
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb else None
    if subj is None:
        return False  # a headline or a parse without a subject: the order decides
    heads = [subj, *subj.conjuncts]
    return not any(maker.start <= t.idx < maker.end for t in heads)


# "Its co-founder, Vivek Rao, said", "The company's chief technology officer, Jane Roe,
# said": a role at the organisation the sentence before was about
_ORG_OWNER = r"(?:company|firm|startup|lab|group|chipmaker|maker)['\u2019]s "
ITS_ROLE = re.compile(
    rf"^\W*(?:Its |The {_ORG_OWNER}|"
    # "On Thursday, its chief executive, X, said": after an opening phrase of time
    rf"(?:On|In|Later|Earlier|Last|This|Meanwhile|But|And|However)\b[\w ]{{0,20}}, "
    rf"(?:its |the {_ORG_OWNER})|"
    r"(?=[A-Z])(?!(?:Their|His|Her|Our|My|Your) ))"
    r"(?P<role>[\w -]{2,40}?),? $"
)


# a sentence opening on what belongs to the organisation just named: "Its founder, X,"
OWNED_OPENING = re.compile(r"\W*(?:Its|The company['\u2019]s) ")

INDEPENDENT = re.compile(rf"(?i)(?:an? )?{_any_of('independent_roles')}\b")
NO_COMMENT = re.compile(rf"(?i)\b{_any_of('no_comment_phrases')}\b")
LEAD_OR_VOICE = re.compile(
    r"(?i)\b(?:chief|ceo|cto|cfo|coo|founder|co-founder|president|chair|head|spokes\w+)\b"
)


FIELD_ROLES = frozenset(_WORDS["field_roles"])
TITLE_WORDS = frozenset(_WORDS["title_words"])
# "Police Chief X": a role at a public body, named by its head word
PUBLIC_BODY_WORDS = frozenset(_WORDS["public_body_words"])


def _field_role(opening: str, role: str) -> bool:
    """Whether a bare role opening a sentence names a trade in a field ("Security
    researcher", "Labour lawyer"), not a post ("Chief scientist"; "Its researcher")."""
    words = role.lower().replace("-", " ").split()
    if opening.lstrip().startswith(("Its ", "The ")) or len(words) < 2:
        return False
    return words[-1] in FIELD_ROLES and not any(w in TITLE_WORDS for w in words[:-1])


def _companies_only(
    sentence: tuple[list[Mention], list[str]], by_key: dict[str, Entity]
) -> tuple[list[Mention], list[str]]:
    """A sentence's mentions and types without public bodies, universities and
    publications, which "the company" never is."""
    kept = [
        (m, t)
        for m, t in zip(*sentence, strict=True)
        if by_key[m.key].kind not in ("government", "university", "publication")
    ]
    return [m for m, _ in kept], [t for _, t in kept]


def _subject_org(doc, sentence: tuple[list[Mention], list[str]]) -> bool:
    """Whether an organisation is the subject of a sentence (its mentions and types)."""
    for m, t in zip(*sentence, strict=True):
        name = doc.char_span(m.start, m.end, alignment_mode="expand")
        if t == "Organization" and name is not None and _subject_or_its_owner(name.root):
            return True
    return False


# a sentence whose subject is an organisation described, not named: "The evaluation
# firm said", "But the startup disagreed"
DESCRIBED_SUBJECT = re.compile(
    r"^\W*(?:(?:But|And|However|Meanwhile),? )?[Tt]he (?:[a-z-]+ ){0,2}"
    r"(?:company|firm|startup|lab|group|chipmaker|maker) (?!of\b|that\b|which\b|who\b)"
)


# the same speaking after its quotation: '"We will appeal," the company said.'
DESCRIBED_SPEAKER = re.compile(
    r"[\"\u201d],? the (?:[a-z-]+ ){0,2}(?:company|firm|startup|lab|group|chipmaker|maker) "
    r"(?:said|added|wrote|stated|argued|insisted|countered)\b"
)


def _described_subject(sentence: str) -> bool:
    """Whether ``sentence`` opens on an organisation described, not named, or closes a
    quotation with it as the speaker."""
    return (
        DESCRIBED_SUBJECT.match(sentence) is not None
        or DESCRIBED_SPEAKER.search(sentence) is not None
    )


def _thing_before(doc, start: int) -> bool:
    """Whether the sentence before the one at ``start`` has a common noun as its subject
    ("The leaderboard's operators said"), which a following "its" may point back to."""
    tok = token_at(doc, start)
    if tok is None or tok.sent.start == 0:
        return False
    root = doc[tok.sent.start - 1].sent.root
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN" for c in root.children)


def _subject_or_its_owner(tok) -> bool:
    """Whether ``tok`` is a subject, owns one or names it in apposition ("Velmora's
    account differs. Its chief medical officer, X, said ...": Velmora's)."""
    if tok.dep_ == "poss":
        tok = tok.head
    # ("A union representing Y's staff, the Workers Alliance, said ... Its president":
    # the name closing the subject in apposition is the subject)
    return tok.dep_ in ("nsubj", "nsubjpass") or apposition_of_phrase_head(tok) is not None


# "Steve Huffman, its chief executive, has said": a name, then its role at "its" company
NAME_ITS_ROLE = re.compile(r",? its (?P<role>[\w -]{2,40}?),")


def _name_then_its_role(doc, text, sm, types, prev, span, add) -> None:
    """ "X, its chief executive, said" with no organisation named before X in the
    sentence: X holds the role at the organisation that was the subject of the sentence
    before (``prev``: its mentions and types)."""
    for k, person in enumerate(sm):
        if types[k] != "Person":
            continue
        if any(t == "Organization" for t in types[:k]):
            return  # "Reddit said X, its CEO, ...": the sentence's own organisation
        m = NAME_ITS_ROLE.match(text, person.end, span[1])
        if m is None or not ROLE_WORDS.search(m.group("role")):
            return
        for pm, pt in zip(*prev, strict=True):
            name = doc.char_span(pm.start, pm.end, alignment_mode="expand")
            if pt == "Organization" and name is not None and _subject_or_its_people(name.root):
                _add_role(add, person.key, pm.key, _role(m.group("role")), span)
                return
        return


# "When Quorvane unveiled Arden, its chief research officer Lena Brandt said": "its" in
# the main clause after an opening clause whose subject is the organisation
ITS_ROLE_AFTER_CLAUSE = re.compile(r", its (?P<role>[\w -]{2,40}?),? $")


def _its_role_after_clause(doc, text, sm, types, span, add) -> None:
    """ "When Quorvane unveiled Arden 2, its chief research officer Lena Brandt said":
    the person holds the role at the organisation that is the subject of the clause
    the sentence opens with, the only organisation named before "its"."""
    for k, person in enumerate(sm):
        if types[k] != "Person":
            continue
        m = ITS_ROLE_AFTER_CLAUSE.search(text, max(span[0], person.start - 60), person.start)
        role = m.group("role") if m is not None else ""
        if not ROLE_WORDS.search(role) or INDEPENDENT.match(role):
            return
        orgs = [o for o, t in zip(sm[:k], types[:k], strict=True) if t == "Organization"]
        if len({o.key for o in orgs}) != 1 or any(t == "Person" for t in types[:k]):
            return
        name = doc.char_span(orgs[0].start, orgs[0].end, alignment_mode="expand")
        if name is None or name.root.dep_ not in ("nsubj", "nsubjpass"):
            return  # ("After a meeting with Quorvane, its ...": no subject, no referent)
        _add_role(add, person.key, orgs[0].key, _role(role), span)
        return


def _its_role(doc, text, sm, types, span, prev, add, lead=None) -> None:
    """ "Its co-founder, X,", "The company's chief scientist, X," or "Chief executive X"
    opening a sentence: X holds that role
    at the organisation that was the subject of the sentence before (``prev``: its
    mentions and types), or of the article's first sentence with one when the sentence
    before had none ("Lumio said it raised ... The round doubles ... Chief executive X
    said": Lumio's)."""
    person = next((m for m, t in zip(sm, types, strict=True) if t == "Person"), None)
    if person is None:
        return
    m = ITS_ROLE.match(text[span[0] : person.start])
    if m is None or len(m.group("role").split()) > 4 or not ROLE_WORDS.search(m.group("role")):
        return
    if m.group("role").split()[-1] in ("for", "of", "at", "to", "with", "from", "by"):
        return  # "A lawyer for Ortiz, Jane Roe, said": a role held for the person named
    if INDEPENDENT.match(m.group("role")):
        return  # "Independent researcher Jane Roe said": nobody's staff
    if m.group("role").split()[0].lower() in PUBLIC_BODY_WORDS:
        return  # "Police Chief X said": the police's (``_role_at_the_named_head``)
    if _has_verb(doc, span[0], person.start):
        return  # "Several other researchers said X deserved ...": a clause, no role of X's
    if _field_role(m.group(0), m.group("role")):
        return  # "Security researcher Jane Roe said": a trade, not a post
    if not _subject_org(doc, prev):
        # no organisation was the subject just before: only a leader or a voice belongs
        # to the article's lead organisation ("Chief executive Jane Roe said"), and not
        # after "its" that points back to a thing the sentence before was about ("The
        # leaderboard's operators said ... Its co-founder, X, said")
        if lead is None or not LEAD_OR_VOICE.search(m.group("role")):
            return
        if m.group(0).lstrip().lower().startswith("its ") and _thing_before(doc, span[0]):
            return
        prev = lead
    if any(o.start < person.start for o in sm):
        return  # "Perplexity spokesperson X": the role's organisation is named
    if any(
        re.fullmatch(
            r",? (?:of|at|from) (?:the )?(?:(?:law |consulting |research |investment )?"
            r"(?:firm|group|company|bank|fund) )?",
            text[person.end : o.start],
        )
        for o in sm
    ):
        return  # "Robotics analyst X of Halvern Research": named after the person
    for pm, pt in zip(*prev, strict=True):
        name = doc.char_span(pm.start, pm.end, alignment_mode="expand")
        if pt == "Organization" and name is not None and _subject_or_its_owner(name.root):
            role = _role(m.group("role"))
            _add_role(add, person.key, pm.key, role, span, _former(m.group("role")))
            return


# "... ," spokesperson X said': a voice or an office of an organisation the sentence does
# not name; only roles held inside one ("professor X", "analyst X" may be anyone's)
BARE_INSIDE_ROLE = re.compile(
    r"(?:^|[,\"\u201d]\s|\bsaid |\b(?:to|with|from) )"
    r"(?:an? |the |its |the company['\u2019]s |company )?"
    r"(?P<role>spokes(?:person|woman|man)|chief [a-z ]{0,30}?(?:officer|scientist)|"
    r"chief executive|ceo|cto|cfo|coo|(?:co-?)?founder|(?:vice |senior vice )?president|"
    r"general counsel|head of [a-z ]{1,30}?),?\s$",
    re.I,
)


def _role_named_bare(doc, text, sm, types, span, prev, add, lead=None) -> None:
    """ "Quorvane rejected the allegation. 'We never trained on it,' chief scientist X
    said": X holds the role at the organisation that was the subject of the sentence
    before (``prev``: its mentions and types), when X's own sentence names none before
    X; a leader or a voice, at the article's lead organisation when the sentence before
    had none ("... Zhenyu-Coder 2 solved 71% ... '...,' founder X told CCTV")."""
    quoted = [(span[0] + a, span[0] + b) for a, b in quote_spans(text[span[0] : span[1]])]
    for k, person in enumerate(sm):
        if types[k] != "Person" or any(
            t == "Organization" and not any(a <= o.start < b for a, b in quoted)
            for o, t in zip(sm[:k], types[:k], strict=True)
        ):
            continue  # (an organisation named inside the quotation is not the role's)
        m = BARE_INSIDE_ROLE.search(text[max(span[0], person.start - 45) : person.start])
        if m is None or span[0] + 2 > person.start - len(m.group(0)) >= span[0] - 1:
            continue  # (a role opening the sentence is _its_role's)
        if not _subject_org(doc, prev) and lead is not None and LEAD_OR_VOICE.search(m["role"]):
            prev = lead
        for pm, pt in zip(*prev, strict=True):
            name = doc.char_span(pm.start, pm.end, alignment_mode="expand")
            if pt == "Organization" and name is not None and _subject_or_its_people(name.root):
                _add_role(add, person.key, pm.key, _role(m.group("role")), span)
                return


def _subject_or_its_people(tok) -> bool:
    """Whether ``tok`` is a subject or names the people who are ("More than 600
    Quorvane employees signed a letter ... addressed to chief executive X": Quorvane's)."""
    return tok.dep_ == "nsubj" or (
        tok.dep_ == "compound" and tok.head.dep_ == "nsubj" and tok.head.tag_ == "NNS"
    )


# "X, the company's lawyer,", "X, a spokesperson for the startup,": a role at an
# organisation the article refers back to
_THE_COMPANY = r"the (?:company|firm|startup|lab|group|chipmaker|maker)"
ROLE_AT_THE_COMPANY = re.compile(
    # (the role runs to the end of the apposition: "the group's AI editor," not "AI")
    rf",? (?:{_THE_COMPANY}['\u2019]s (?P<role>[\w -]{{2,40}}?)(?=[,.;:)]|$)"
    rf"|an? (?P<role2>[\w -]{{2,40}}?) (?:for|at) {_THE_COMPANY})\b"
    r"(?! [A-Z])"  # ("a lawyer at the firm Reyes & Adams": the firm it names)
)


def _role_at_the_company(doc, text, sm, types, span, prev, add) -> None:
    """ "Tamsin Achterberg sued Quorvane. Marlowe Quince, the company's lawyer, said
    ...": X holds the role at the last organisation named before X, in X's sentence or
    the one before (``prev``: its mentions and types)."""
    for k, person in enumerate(sm):
        if types[k] != "Person":
            continue
        m = ROLE_AT_THE_COMPANY.match(text, person.end)
        if m is None:
            continue
        role_text = m.group("role") or m.group("role2")
        if len(role_text.split()) > 4 or not ROLE_WORDS.search(role_text):
            continue
        before = [
            (om, ot)
            for om, ot in [*zip(*prev, strict=True), *zip(sm, types, strict=True)]
            if ot == "Organization" and om.start < person.start
        ]
        # "Researchers at Epoch AI noted that ... Nvidia chips. '...,' said X, a researcher
        # at the group": the organisation a sentence was about, before one it named
        subjects = [
            (om, ot)
            for om, ot in before
            if (tok := doc.char_span(om.start, om.end, alignment_mode="expand")) is not None
            and _about(tok.root)
        ]
        # "Halvern argued the figure excludes the chips Velmora is believed to own. '...,'
        # wrote X, the firm's chief analyst": the main clause's subject, not a relative
        # clause's
        subjects = [
            (om, ot)
            for om, ot in subjects
            if not _in_relative_clause(doc.char_span(om.start, om.end, alignment_mode="expand"))
        ] or subjects
        if subjects or before:
            org = (subjects or before)[-1][0].key
            # "X, a former researcher at the company": a past role, no side
            _add_role(add, person.key, org, _role(role_text), span, _former(m.group(0)))


# "X, the institute's director,", "X, a researcher at the institute,": a role at the
# organisation named with that head word
ROLE_AT_THE_NAMED = re.compile(
    r",? (?:the (?P<head>[a-z]+)['\u2019]s (?P<role>[\w -]{2,40}?)(?=[,.;:)]|$)"
    r"|an? (?P<role2>[\w -]{2,40}?) (?:at|for|with) the (?P<head2>[a-z]+)(?=[,.;:)]|$))"
)
# the same before the name, opening its sentence: "The union's president, X, said"
NAMED_HEAD_ROLE_FIRST = re.compile(
    r"^\W*(?:The (?P<head>[a-z]+)['\u2019]s (?P<role>[\w -]{2,40}?), "
    # "Police Chief X said", after "the Halvern Police Department": a public body's
    rf"|(?P<head3>(?i:{'|'.join(sorted(PUBLIC_BODY_WORDS))})) (?P<role3>[A-Za-z -]{{2,40}}?) )$"
)


# the same after an opening phrase: "In a letter, the group's director, X, wrote"
NAMED_HEAD_ROLE_BEFORE = re.compile(r", the (?P<head>[a-z]+)['\u2019]s (?P<role>[\w -]{2,40}?), $")
# "the group" for an organisation described as any kind of group after its name
GROUP_KINDS = frozenset(
    ("group", "nonprofit", "organization", "organisation", "charity", "coalition", "alliance")
)
_GROUP_DESCRIBED = re.compile(
    rf",? (?:an?|the) (?:[\w-]+ ){{0,2}}(?:{'|'.join(sorted(GROUP_KINDS))})\b(?!['\u2019])"
)


# the sentence before opening on an organisation by its head word: "The institute's
# testers said ..."
HEAD_WORD_OPENING = re.compile(r"^\W*The ([a-z]+)(?:['\u2019]s)?\b")


def _its_role_after_head_word(text, sm, types, span, prev_text, named_orgs, add) -> None:
    """ "The institute's testers said ... Its director, Amelia Stroud, called ...": X holds
    the role at the organisation named before with the head word the sentence before
    opened on ("Halvern AI Safety Institute")."""
    person = next((m for m, t in zip(sm, types, strict=True) if t == "Person"), None)
    opening = HEAD_WORD_OPENING.match(prev_text)
    if person is None or opening is None or re.fullmatch(_THE_COMPANY, f"the {opening[1]}"):
        return
    m = ITS_ROLE.match(text[span[0] : person.start])
    if m is None or not m.group(0).lstrip().startswith("Its ") or not ROLE_WORDS.search(m["role"]):
        return
    named = [o for o in named_orgs if opening[1] in _name_words(o.text)]
    if named:
        _add_role(add, person.key, named[-1].key, _role(m["role"]), span, _former(m["role"]))


def _role_at_the_named_head(text, sm, types, span, named_orgs: list[Mention], add) -> None:
    """ "The Halvern Institute found ... Lena Brandt, the institute's director, said" (or
    "The institute's director, Lena Brandt, said"): X holds the role at the
    organisation named before whose name has that head word
    ("Halvern Institute", "University of Lumio") or that the text described by it ("the
    actors' union Performers United"); "the company's" is
    ``_role_at_the_company``'s."""
    for k, person in enumerate(sm):
        if types[k] != "Person":
            continue
        m = ROLE_AT_THE_NAMED.match(text, person.end)
        if m is None and k == 0:
            m = NAMED_HEAD_ROLE_FIRST.match(text[span[0] : person.start])
        if m is None:
            # "In a letter posted on GitHub, the group's executive director, X, wrote"
            m = NAMED_HEAD_ROLE_BEFORE.search(text[max(span[0], person.start - 60) : person.start])
        if m is None:
            continue
        head = (m.groupdict().get("head2") or m.groupdict().get("head3") or m["head"]).lower()
        role = m.groupdict().get("role2") or m["role"]
        if m.groupdict().get("role3"):
            role = f"{head} {m['role3']}"  # "Police Chief": the police chief
        if re.fullmatch(_THE_COMPANY, f"the {head}") and head not in GROUP_KINDS:
            continue  # ("the group's", though, is also a nonprofit's: below)
        if len(role.split()) > 4 or not ROLE_WORDS.search(role):
            continue
        here = [o for o, t in zip(sm, types, strict=True) if t == "Organization"]
        before = [o for o in [*named_orgs, *here] if o.start < person.start]
        named = [
            o
            for o in before
            if head in _name_words(o.text)
            # "the actors' union Performers United ... X, the union's president,"
            or re.search(rf"\b{head}s?\W*$", text[max(0, o.start - 30) : o.start], re.I)
            # "Open Compute Commons, a nonprofit that ... X, the group's director,"
            or (head in GROUP_KINDS and _GROUP_DESCRIBED.match(text, o.end) is not None)
        ]
        if named:
            _add_role(add, person.key, named[-1].key, _role(role), span, _former(m.group(0)))


def _name_words(name: str) -> set[str]:
    """The words of a name, lower-cased, also without a plural "s" ("Brontal Studios":
    studio)."""
    return {w.lower() for w in name.split()} | {singular(w) for w in name.split()}


def _about(tok) -> bool:
    """Whether ``tok`` (a name's head) is what its clause is about: its subject, or
    the object of a preposition on the subject ("Researchers at Epoch AI noted")."""
    if tok.dep_ in ("nsubj", "nsubjpass"):
        return True
    return (
        tok.dep_ == "pobj"
        and tok.head.dep_ == "prep"
        and tok.head.head.dep_ in ("nsubj", "nsubjpass")
    )


def _in_relative_clause(span) -> bool:
    """Whether ``span`` lies inside a relative clause ("the chips Velmora owns")."""
    return any(t.dep_ == "relcl" for t in span.root.ancestors)


def _subject_organization(doc, pos: int, sm, types) -> int | None:
    """The index in ``sm`` of the organisation that is the subject of the clause the
    word at ``pos`` ("its") belongs to, if one is ("Quorvane, backed by Kestrel, is
    facing questions about its model": Quorvane, not Kestrel), or of the act charged
    ("X accused Velmora of training its chatbot on ...": Velmora)."""
    its = tok = token_at(doc, pos)
    while tok is not None and tok.head.i != tok.i:  # (spaCy makes a new Token per access)
        if tok.dep_ == "pcomp" and tok.head.lower_ == "of":
            # "accused Velmora of training its chatbot": the object does the act
            obj = next((c for c in tok.head.head.children if c.dep_ == "dobj"), None)
            for k, m in enumerate(sm):
                if obj is not None and types[k] == "Organization" and m.start <= obj.idx < m.end:
                    return k
        tok = tok.head
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None and tok.dep_ == "ccomp":
            return None  # a reported clause the parser left without its subject: unknown
        if subj is None or subj.lower_ in ("it", "which", "that"):
            continue  # "the results it published": "it" is the one asked about, higher up
        if its is not None and subj.left_edge.i <= its.i <= subj.right_edge.i:
            continue  # "X said its model scored ...": "its model" is the subject below X
        for k, m in enumerate(sm):
            if types[k] == "Organization" and m.start <= subj.idx < m.end:
                return k
        return None
    return None


def _owners(doc, text, sm, types, span, add) -> None:
    """ "Elon Musk's xAI", "Musk's X": a person's organisation is one the person leads;
    not when the organisation only modifies a noun ("Clinton's Goldman Sachs speeches")."""
    for (a, ta), (b, tb) in zip(
        zip(sm, types, strict=True), list(zip(sm, types, strict=True))[1:], strict=False
    ):
        if ta != "Person" or tb != "Organization":
            continue
        if not re.fullmatch(r"['\u2019]s? ", text[a.end : b.start]):
            continue
        name = doc.char_span(b.start, b.end, alignment_mode="expand")
        if name is None or name.root.dep_ in ("compound", "amod", "nmod"):
            continue
        add("LEADS", a.key, b.key, span)


def _invests(text, sm, types, span, add) -> None:
    seg = text[span[0] : span[1]]
    if not INVEST_VERBS.search(seg):
        return
    money = next((m for m in MONEY.finditer(seg) if not VALUATION.search(seg, 0, m.start())), None)
    amount = money.group(0).strip() if money else None
    orgs = [
        m
        for m, t in zip(sm, types, strict=True)
        if t == "Organization" and (m.entry is None or m.entry.kind != "publication")
    ]
    if len(orgs) < 2:
        return
    # investor before the verb, investee the first organisation after it
    verb = INVEST_VERBS.search(seg)
    assert verb is not None
    if NOT_DONE.search(seg[: verb.start()]):
        return  # "denied it was in talks to acquire Y", "offered to buy Y": not (yet) done
    if verb.group(1).lower() in ("bought", "buy", "buys", "paid", "pay", "pays") and not (
        PURCHASED_STAKE.match(seg, verb.end())
        or any(0 <= m.start - (span[0] + verb.end()) <= 12 for m in orgs)
    ):
        return  # "customers bought its accelerators": products, no investment
    before = [m for m in orgs if m.start < span[0] + verb.start()]
    after = [m for m in orgs if m.start >= span[0] + verb.end()]
    stake = PERCENT.search(seg)
    raised_from = RAISED_FROM.search(seg, verb.start())
    if raised_from is not None and before:
        # "Zentra, founded by former Google staff, has raised $450 million from investors
        # including Sequoia", "Halcyon, which is backed by Norwood": each organisation
        # after "from" or "backed by" invests in the subject
        # the list after "from" ends where the text between two names is more than a
        # list's comma or "and" ("backed by Nvidia and Halvern, released a model that
        # beats OpenAI's": OpenAI is no investor)
        last_end = span[0] + raised_from.end()
        for m in (m for m in orgs if m.start >= span[0] + raised_from.end()):
            gap = text[last_end : m.start]
            if last_end > span[0] + raised_from.end() and not _LIST_GAP.fullmatch(gap):
                break
            if m.key != before[0].key:
                add("INVESTS_IN", m.key, before[0].key, span, amount=amount)
            last_end = m.end
        return
    if money is None:
        return
    if not (before and after):
        return  # "an investigation into Quorvane's investment": no investee after it
    source, target = before[-1], after[0]
    if ROLE_WORDS.match(text, source.end + 1):
        return  # "a former Google engineer who invested $250,000 in Y": the person did
    add(
        "INVESTS_IN",
        source.key,
        target.key,
        span,
        amount=money.group(0).strip(),
        stake=stake.group(0) if stake else None,
    )


def _evaluated(text, sent_text, sm, types, span, add) -> None:
    models = [m for m, t in zip(sm, types, strict=True) if t == "Model"]
    benches = [m for m, t in zip(sm, types, strict=True) if t == "Benchmark"]
    if not models or not benches:
        return
    metric = METRIC.search(sent_text)
    # numbers inside names ("Grok 3", "AIME 2025") are no scores
    masked = list(sent_text)
    base = span[0]
    for m in sm:
        for i in range(max(0, m.start - base), min(len(masked), m.end - base)):
            masked[i] = " "
    masked_text = "".join(masked)
    nums = [
        s
        for s in SCORE.finditer(masked_text)
        if not re.fullmatch(r"(?:19|20)\d\d", s.group(0)) and _looks_like_score(masked_text, s)
    ]
    if not nums and not EVAL_WORDS.search(sent_text):
        return
    for b in benches:
        # the nearest model before the benchmark (else after) is the one evaluated,
        # unless a comparison sits between them: "A outperforms B on X" evaluates A
        before = [m for m in models if m.end <= b.start]
        model = before[-1] if before else models[0]
        for m in before:
            if COMPARATIVE.search(text[m.end : b.start]):
                model = m
                break
        lo, hi = sorted((model.start - base, b.start - base))
        near = [n for n in nums if lo <= n.start() <= hi + 40]
        # "44.9 percent on X and 71.3 percent on Y": the score right before the
        # benchmark's name is its own, else the first one near it
        right_before = [n for n in near if n.end() <= b.start - base]
        score = (
            right_before[-1] if right_before else near[0] if near else (nums[0] if nums else None)
        )
        add(
            "EVALUATED_ON",
            model.key,
            b.key,
            span,
            score=score.group(0) if score else None,
            metric=metric.group(0) if metric else None,
            variant=model.text,
        )


def _looks_like_score(text: str, num: re.Match[str]) -> bool:
    """A percentage, a decimal, "N points", or a number right after "score(d)"/"Elo"."""
    value = num.group(0)
    if "%" in value or "cent" in value or "point" in value or "." in value:
        return True
    before = text[max(0, num.start() - 25) : num.start()].casefold()
    return bool(re.search(r"(?:scor\w*|elo|rating|accuracy)\W+(?:\w+\W+){0,2}$", before))


def _variants_in_sentence(text, sm, types, span, add) -> None:
    seg = text[span[0] : span[1]]
    for mm in re.finditer(
        r"\b(?:an?|the)\s+[\u201c\"\u2018']?([\w -]{0,40}?version)[\u201d\"\u2019']?\s+of\s+", seg
    ):
        pos = span[0] + mm.end()
        base = next(
            (m for m, t in zip(sm, types, strict=True) if t == "Model" and m.start == pos), None
        )
        variant = next(
            (
                m
                for m, t in zip(sm, types, strict=True)
                if t == "Model" and m is not base and m.start > pos
            ),
            None,
        )
        if (
            base is not None
            and variant is not None
            and "\u2018" in text[base.end : variant.start + 1]
        ):
            add("VARIANT_OF", variant.key, base.key, span, description=mm.group(1).strip())
