"""Challenges: one named party contesting another, read from the dependency parse.

A *challenge* is a sentence in which a party (the challenger) accuses, criticises,
questions, denies, rebuts, sues or opposes another named party (the target) or that
party's claim or work.  It is the unit the dispute finder (``ingest/disputes.py``)
turns into disputes: a single challenge aimed at a named party is enough, the target
needs no claim of its own in the article.  Which party a phrase names is
``ingest/parties.py``'s job.

Constructions (lexicons in ``data/opposition.json``, general English only):

- *verbs*: "X accused Y", "X slammed Y's study", "X sued Y", "X fined Y"; the
  challenger is the subject (or the ``by`` agent of a passive: "Y was sued by X"; or
  the subject of the governing clause: "..., calling Y dishonest"), the target the
  object or the object of "at"/"against"; "X alleged that Y copied ..." accuses Y;
- *phrasal verbs*: "push back on", "take issue with", "lash out at", "call for Y to";
- *names called*: "X called Y dishonest" (only with a slur: "a visionary" is none);
- *nouns*: "X's lawsuit against Y", "criticism of Y from X", "filed a complaint
  against Y";
- *stances and positions*: "X is critical of Y", "X's view is at odds with Y's",
  "Unlike Y, X believes ...";
- *replies*: "X responded to Y's remarks" (a neutral reply verb opposes only a
  party's claim or criticism, never its request);
- *reported wrongdoing*: "X said Y misled users", "X said the report by Y was
  inaccurate";
- *failed checks*: "X could not reproduce Y's results", "X was unable to replicate
  them" (what the other side last claimed); a finding short of a claim: "X found it
  was slower than advertised", "not as fast as claimed";
- *standing and reception*: "critics of Y, including X", "X, a critic of Y", "Y critic
  X"; "Y's claims were met with skepticism by X";
- *both sides at once*: "X and Y clashed over ...", "X and Y are at odds over ...";
- *doubt and dissent with no target*: "X is not convinced", "X remains skeptical", "X
  insists otherwise", "X sees it differently" (against the other side's last claim);
  "X questioned whether Y's chip was as fast" (the doubted clause's subject);
- *legal*: "asked a court to throw out Y's lawsuit" (the party asking, not the court),
  "seeking damages from Y", "Y faces a lawsuit from X", "the claims X brought against
  Y" and a judge dismissing them, "..., a charge Y denies" (the finding it answers);
- *answers that name no target*: "X disagreed", "X rejected the allegations", "X
  denied paying ...": the target is whoever last challenged X's side, else the claimant
  of another side whose claim the answer echoes, else the last critic, else the author
  of the paper or report the article names ("a paper by Y", "Y published an analysis");
  "X questioned the result" answers whoever claimed it; "X said the report was wrong"
  about a report no named party made answers the outlet that carried it ("people who
  spoke to Bloomberg"), never one named in the answer's own sentence ("told Reuters").

Negated ("did not", "declined to criticize"), hedged ("unclear whether X will sue Y",
"X should sue Y", "X may clash with Y") and questioned cues are no challenge; agreement
words are not in the lexicon, so "X agrees with Y" never is.
Parties the parse puts on one side never challenge each other.

The lexicon and the tests on one token (negation, hedges, a verb's cue and objects)
are in ``ingest/opposition_words.py``; this module wires them to the parties:
:func:`find_challenges` reads each sentence with a ``_ChallengeReader``, which has one
method per construction above and keeps what later constructions need (the challenges
so far, critics who named no target, the authors of the documents named).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from ingest import opposition_words as words
from ingest.claim_words import EVIDENCE_NOUNS, FINDING_CLAUSE, lexicon
from ingest.mention_checks import title_case_line, token_at
from ingest.parties import BRINGING_VERBS, FILING_VERBS, ORG_DESCRIPTIONS, PartyResolver
from ingest.quotations import quote_spans
from ingest.syntax import prep_object


@dataclass(slots=True)
class Challenge:
    """``challenger`` contests ``target`` (entity keys) in the sentence [start, end)."""

    challenger: str
    target: str
    start: int
    end: int
    cue: str  # the word that carries the opposition
    kind: str  # accuses | criticises | questions | denies | rebuts | sues | opposes
    cue_start: int = 0
    topic_keys: list[str] = field(default_factory=list)
    # the challenger only stands by its own work ("Y stood by its figures"): evidence
    # of a dispute nothing else shows, not a statement of its own beside other evidence
    standing: bool = False


def find_challenges(
    doc: Doc,
    mentions: list[tuple[int, int, str]],
    types: dict[str, str],
    developer: dict[str, str],
    relation_side: Callable[[str], set[str]],
    claimants_at: Callable[[int], list[str]],
    last_other_claimant: Callable[[int, str, bool], str | None],
    sentences: list[Span],
    role_nouns: frozenset[str] = frozenset(),
    names: dict[str, str] | None = None,
    reporting: frozenset[str] = frozenset(),
    speakers: list[tuple[int, str]] | None = None,
    outlets: frozenset[str] = frozenset(),
    bodies: frozenset[str] = frozenset(),
    staff: frozenset[tuple[str, str]] = frozenset(),
    founders: frozenset[tuple[str, str]] = frozenset(),
) -> tuple[list[Challenge], list[list[str]]]:
    """Every challenge in ``sentences`` (see the module docstring).

    ``mentions`` are (start, end, entity key) in text order; ``types`` the entity types;
    ``developer`` maps a model to its developer; ``relation_side`` gives a party's side (it
    and its employers) so that no party challenges its own side; ``claimants_at(pos)``
    the claimants the claim extractor resolved for a subject starting at ``pos``;
    ``last_other_claimant(pos, key, accuser)`` the claimant of another side than
    ``key``'s that "X disagreed" answers (with ``accuser``: only one who accused that
    side); ``role_nouns`` the nouns of a party's agents ("Y's lawyers" stand for Y);
    ``names`` the entities' names (to know the platforms, which host documents but do
    not write them); ``reporting`` the lemmas of reporting verbs ("say", "claim");
    ``speakers`` (claim start, claimant key) in text order; ``outlets`` the entity keys
    of publications (whose report "the report" is when nobody named claimed it);
    ``bodies`` those of public bodies and universities (no company: "the company"
    is never one of them, nor an outlet); ``staff`` (person, employer) pairs of the rank
    and file, who may accuse or criticise their own employer; ``founders`` (person,
    organisation) pairs of founders not said to have left, whose answers naming no one
    never answer their own company (though a founder may sue it by name).
    Also returns the groups of parties the parse puts on one side ("Meta CTO X") or
    shows acting together (co-challengers, co-targets), which the weaker claim pairs
    of ``ingest/disputes.py`` treat as one side.
    """
    lex = words.lexicon()
    # (by the name the article writes too: "on Facebook" is Meta's platform)
    text = doc.text
    platforms = frozenset(
        k for k, name in (names or {}).items() if name.casefold() in lex.platforms
    ) | frozenset(k for s, e, k in mentions if text[s:e].casefold() in lex.platforms)
    parties = PartyResolver(
        doc,
        mentions,
        types,
        developer,
        claimants_at,
        owned=lex.owned,
        group_nouns=lex.group_nouns,
        role_nouns=role_nouns,
        platforms=platforms,
        critics=lex.critics,
        asked_bodies=lex.asked_bodies,
        other_parties=lex.other_parties,
        speakers=speakers,
        non_companies=outlets | bodies,
        public_bodies=bodies,
    )
    reader = _ChallengeReader(parties, lex, relation_side, last_other_claimant, reporting)
    reader.outlets = outlets
    reader.staff = staff
    reader.founders = founders
    reader.documents = [
        (sent.start_char, tok.lemma_.lower(), _author(tok, parties, lex))
        for sent in sentences
        for tok in sent
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in lex.documents | lex.measures | lex.deals
    ]
    parties.documents = reader.documents
    reader.affiliated += reader.document_leaders(doc)
    reader.quotes = quote_spans(text)
    folded = text.casefold()
    reader.further_said = any(p in folded for p in lex.further)
    for sent in sentences:
        reader.read(sent, text)
    reader.opposed_positions(sentences)
    return reader.out, reader.affiliated + reader.together


# the parts of speech that head none of the constructions of ``_token``: determiners,
# prepositions, conjunctions, particles, punctuation, numbers, symbols and white space
_NO_CONSTRUCTION = frozenset(
    {"DET", "ADP", "CCONJ", "SCONJ", "PART", "PUNCT", "NUM", "SYM", "SPACE", "X", "INTJ"}
)

# what joins the two parties of a court case's name ("Getty Images v. Stability AI")
CASE_V = re.compile(r" v\.? ")

# how far after an unnamed group's charge its members may be named (characters)
MEMBER_REACH = 600


class _ChallengeReader:
    """The challenges of one article, read sentence by sentence: one method per
    construction of the module docstring, and the state they share (the challenges so
    far, the critics who named no target, the authors of the documents named)."""

    def __init__(
        self,
        parties: PartyResolver,
        lex: words.Lexicon,
        relation_side: Callable[[str], set[str]],
        last_other_claimant: Callable[[int, str, bool], str | None],
        reporting: frozenset[str],
    ) -> None:
        self.parties = parties
        self.lex = lex
        self.relation_side = relation_side
        self.last_other_claimant = last_other_claimant
        self.reporting = reporting
        self.affiliated = parties.affiliations()  # "Meta CTO X": one side throughout
        # parties that challenge together or are challenged together ("X and Y sued Z",
        # "X sued Y and Z"): allies in that challenge, which the weaker claim pairs respect
        self.together: list[list[str]] = []
        self.out: list[Challenge] = []
        self.seen: set[tuple[str, str, int]] = set()
        self.standing: set[int] = set()  # tokens that only stand by their own work
        self.critics: list[tuple[int, list[str]]] = []  # challengers who named no target
        # parties charged by no named party ("Y was accused by several researchers"):
        # a denial that follows answers them, not the last party heard from
        self.unnamed_charges: list[tuple[int, list[str]]] = []
        # unnamed groups that charged parties ("several illustrators accused Y"): (sentence
        # start, the group's noun, whom they charged)
        self.unnamed_groups: list[tuple[int, str, list[str]]] = []
        # who wrote the papers and reports the article names ("a paper by X", "X
        # published an analysis"): a denial that names no one may answer their finding
        self.documents: list[tuple[int, str, list[str]]] = []  # (start, noun, authors)
        # who was sued, by anyone, named or not: (sentence start, defendants)
        self.sued: list[tuple[int, list[str]]] = []
        self.quotes: list[tuple[int, int]] = []  # the article's quoted passages
        # "Z went further": where such a sentence starts, and whom the challenge it joins
        # contested; whether the article has such a phrase at all
        self.further: dict[int, list[str]] = {}
        self.further_said = False
        # stands taken on one thing: (sentence start, parties, thing, for it or not)
        self.positions: list[tuple[int, list[str], str, bool]] = []
        self.outlets: frozenset[str] = frozenset()  # publications, set by the caller
        # (person, employer) of the rank and file, set by the caller: "Jane Roe, a Velmora
        # engineer, said the company had broken its promise" disputes her own employer
        self.staff: frozenset[tuple[str, str]] = frozenset()
        self.founders: frozenset[tuple[str, str]] = frozenset()  # (founder, organisation)
        # "Not everyone is convinced.": where it was said and how many sentences after
        # it may still name the doubter
        self.doubted: tuple[int, int] | None = None
        self.doubted_work: list[str] = []  # who made the work a transition judged
        # "Analysts are divided over ...": (where, sentences left, the speakers heard since)
        self.divided: tuple[int, int, list[str]] | None = None
        # "The drivers' association disagrees.": where, and who dissented
        self.dissented: tuple[int, list[str]] | None = None
        # "Y rejected claims by a doctor": where, and who rejected them
        self.unnamed_authors: list[tuple[int, list[str]]] = []

    # -- shared state ----------------------------------------------------------------

    def side_of(self, key: str) -> set[str]:
        """The relations' side of ``key`` plus the parties the parse puts on it."""
        return self.relation_side(key).union(*(g for g in self.affiliated if key in g))

    def answered(
        self, pos: int, challengers: list[str], strict: bool = False, echoes: bool = True
    ) -> list[str]:
        """Whom an answer with no named target answers: the last challenger of the
        answering side, else (with ``echoes``) a claimant who accused that side or whose
        words the answer echoes, else (not ``strict``) the last critic who named no
        target, else the author of an earlier document, else the last claimant of
        another side, else the author of a later document."""
        if pos in self.further:
            return self.further[pos]  # "Z went further, calling the prediction marketing"
        mine = set().union(*(self.side_of(c) for c in challengers))

        def theirs(key: str) -> bool:
            return (
                key not in mine
                and not self.side_of(key) & mine
                and (key not in self.parties.platforms)
                # ("X, the startup founded by Y ... Y rejected the criticism": not X's)
                and not any((c, key) in self.founders for c in challengers)
            )

        unnamed = max(
            (s for s, who in self.unnamed_charges if s < pos and set(who) & mine), default=-1
        )
        for ch in reversed(self.out):
            if ch.start < unnamed:
                break
            if ch.start < pos and ch.target in mine and theirs(ch.challenger):
                return [
                    c.challenger for c in self.out if c.start == ch.start and c.target == ch.target
                ]
        if unnamed >= 0 and pos - unnamed <= UNNAMED_REACH:
            return []  # "Y was accused by researchers of ... Y denied the accusations."
        accuser = self.last_other_claimant(pos, challengers[0], True) if echoes else None
        if accuser is not None and theirs(accuser):
            return [accuser]
        if strict:
            return []
        for start, who in reversed(self.critics):
            if start < pos and all(theirs(k) for k in who):
                return who
        # ("The study's lead author, X, disagreed": not with the study's other authors)
        own_work = {noun for _, noun, who in self.documents if set(who) & mine}
        written = [
            (start, who)
            for start, noun, who in self.documents
            if noun in self.lex.documents
            and noun not in own_work
            and who
            and all(theirs(k) for k in who)
        ]
        earlier = [who for start, who in written if start < pos]
        if earlier:
            return earlier[-1]
        prev = self.last_other_claimant(pos, challengers[0], False)
        if (
            prev
            and theirs(prev)
            and (prev not in self.outlets or self._reported_on(prev, pos, mine))
        ):
            # (an outlet that reported last took no side, unless it reported on the
            # answering side itself: "Y paid contractors $2 an hour, the Herald reported.
            # Y said that was not accurate")
            return [prev]
        if written:
            return written[0][1]  # "X denied the report. The report, by Y, ..."
        # "Zentrix announced a model. Brontal pushed back": the party whose act the
        # sentence before reports
        return [k for k in self.parties.actors_before(pos) if theirs(k)]

    def _view_just_stated(self, pos: int, challengers: list[str]) -> list[str]:
        """Whom "Y insists otherwise" answers when no one challenged Y's side: the
        nearest claimant of another side before ``pos``, else :meth:`answered`."""
        prev = self.last_other_claimant(pos, challengers[0], False)
        mine = set().union(*(self.side_of(c) for c in challengers))
        if prev is not None and not self.side_of(prev) & mine and prev not in self.outlets:
            return [prev]
        return self.answered(pos, challengers)

    def _sued_before(self, suit: Token, pos: int, exclude: list[str]) -> list[str]:
        """Whom "the suit" sued: the defendants of the last suit before ``pos``."""
        if not any(c.lower_ in ("the", "this", "that") for c in suit.children):
            return []
        earlier = [who for start, who in self.sued if start < pos]
        return [k for k in earlier[-1] if k not in exclude] if earlier else []

    def _suit_brought_by(self, objs: list[Token], pos: int, exclude: set[str]) -> list[str]:
        """The plaintiffs of the last suit before ``pos`` when an object is a definite,
        unowned suit ("the lawsuit", "the suit", "the complaint")."""
        if not any(
            self.lex.nouns.get(o.lemma_.lower()) == "sues"
            and not words.possessor(o)
            and any(c.lower_ in ("the", "this", "that") for c in o.children)
            for o in objs
        ):
            return []
        return [k for k in self._plaintiffs_before(pos) if k not in exclude]

    def _plaintiffs_before(self, pos: int) -> list[str]:
        """Who brought the last suit named before ``pos`` ("X sued Y. The suit ...")."""
        suits = [ch for ch in self.out if ch.kind == "sues" and ch.start < pos]
        if not suits:
            return []
        last = suits[-1].start
        return list(dict.fromkeys(ch.challenger for ch in suits if ch.start == last))

    def _author_of(self, objs: list[Token], pos: int, exclude: set[str]) -> list[str]:
        """The author of the document or measure an unowned object refers back to ("the
        bill"): the last one named before ``pos`` with that noun, if another party wrote
        it; for "it", the measure named in the sentence or two before."""
        known = self.lex.documents | self.lex.measures | self.lex.deals
        for o in objs:
            if o.lower_ == "it" and o.dep_ in ("dobj", "pobj"):
                # "Y's bill ... X lobbied against it": the measure "it" refers back to,
                # when no other thing was named in between
                noun = _antecedent(o, IT_REACH)
                if noun not in self.lex.measures:
                    continue
                written = [
                    who for start, n, who in self.documents if n == noun and start < pos and who
                ]
                if written:
                    return [k for k in written[-1] if k not in exclude]
                continue
            noun = o.lemma_.lower()
            if noun not in known or any(c.dep_ == "poss" for c in o.children):
                continue
            if not any(c.lower_ in ("the", "this", "that") for c in o.children):
                continue  # "opposes a bill": some other one
            # "the measure", "the legislation": the bill named before, under another word
            same = (
                self.lex.measures
                if noun in self.lex.measures
                else self.lex.deals
                if noun in self.lex.deals
                else {noun}
            )
            earlier = [who for start, n, who in self.documents if n in same and start < pos]
            if noun not in self.lex.measures:
                # a filing: the latest one whose author is known ("In its protest" names
                # none); a bill may be another one than the last authored
                earlier = [who for who in earlier if who]
            if earlier and earlier[-1]:
                return [k for k in earlier[-1] if k not in exclude]
        return []

    def _finder_before(self, objs: list[Token], sent: Span, exclude: set[str]) -> list[str]:
        """Whose finding a definite, unowned "the study" or "the findings" contests: the
        latest speaker before ``sent`` (not on the challengers' side) who reported a
        finding of their own ("Researchers at Y found that ...")."""
        if not any(
            o.lemma_.lower() in EVIDENCE_NOUNS | {"finding", "findings"}
            and not words.possessor(o)
            and any(c.lower_ in ("the", "this", "that") for c in o.children)
            for o in objs
        ):
            return []
        mine = set().union(*(self.side_of(k) for k in exclude)) | exclude
        doc = sent.doc
        for start, key in reversed(self.parties.speakers):
            if start >= sent.start_char or key in mine:
                continue
            said = doc.char_span(start, start + 1, alignment_mode="expand")
            if said is not None and FINDING_CLAUSE.search(said.sent.text):
                return [key]
        return []

    def _stated_before(self, objs: list[Token], sent: Span, exclude: set[str]) -> list[str]:
        """Whose statement a definite, unowned "the estimate" or "the allegation"
        contests: the latest speaker before ``sent`` (within ``RETEST_REACH``, not on the
        challengers' side) whose sentence made one with the noun's verb ("The report,
        published by Y, estimates that ... X disputed the estimate")."""
        verbs = {
            self.lex.statement_verbs[o.lemma_.lower()]
            for o in objs
            if o.lemma_.lower() in self.lex.statement_verbs
            and not words.possessor(o)
            and any(c.lower_ in ("the", "this", "that", "those", "these") for c in o.children)
        }
        if not verbs:
            return []
        for key, said in self._speakers_before(sent, exclude):
            if any(t.pos_ == "VERB" and t.lemma_.lower() in verbs for t in said):
                return [key]
        return []

    def _imposed_by(self, objs: list[Token], sent: Span, exclude: set[str]) -> list[str]:
        """Who imposed the definite, unowned penalty ``objs`` name ("X fined Y ... Y's
        lawyer called the fine excessive"): the subject of the latest verb before
        ``sent`` that imposes one, if a party not on the challengers' side."""
        verbs: set[str] = set()
        for o in objs:
            # (the determiner may hang on the insult: "called [the fine] 'excessive'")
            dets = [*o.children, *(o.head.children if o.dep_ == "amod" else ())]
            if not words.possessor(o) and any(c.lower_ in ("the", "this", "that") for c in dets):
                verbs |= self.lex.penalties.get(o.lemma_.lower(), frozenset())
        if not verbs:
            return []
        # (the lemmatiser may miss a verb's past: "fined" -> "fin")
        forms = verbs | {f"{v}{end}" for v in verbs for end in ("s", "es", "d", "ed")}
        forms |= {f"{v}{v[-1]}ed" for v in verbs}  # "banned"
        mine = set().union(*(self.side_of(k) for k in exclude)) | exclude
        for t in reversed(sent.doc[: sent.start]):
            if t.pos_ == "VERB" and (t.lemma_.lower() in verbs or t.lower_ in forms):
                found = [k for k in self.parties.subject(t)[0] if k not in mine]
                if found:
                    return found
        return []

    def _author_named_next(self, objs: list[Token], sent: Span, exclude: set[str]) -> list[str]:
        """The author of a document an indefinite object introduces ("denied a report
        that ..."), named with that noun in the next sentence or two."""
        for o in objs:
            noun = o.lemma_.lower()
            if noun not in self.lex.documents or words.possessor(o):
                continue
            if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in o.children):
                continue
            later = [
                who
                for start, n, who in self.documents
                if n == noun and sent.start_char < start <= sent.end_char + NEXT_DOCUMENT_REACH
            ]
            if later and later[0]:
                return [k for k in later[0] if k not in exclude]
        return []

    def _reported_on(self, outlet: str, pos: int, side: set[str]) -> bool:
        """Whether the last claim of ``outlet`` before ``pos`` is a report of its own on
        ``side``: its sentence names that side and no other party but the outlet."""
        start = next(
            (s for s, k in reversed(self.parties.speakers) if k == outlet and s < pos), None
        )
        if start is None:
            return False
        said = self.parties.doc.char_span(start, start + 1, alignment_mode="expand")
        if said is None:
            return False
        named = {
            k for _, _, k in self.parties.mentions_within(said.sent.start_char, said.sent.end_char)
        }
        return bool(named & side) and named <= side | {outlet}

    def last_outlet(self, pos: int, challengers: list[str]) -> list[str]:
        """The publication named last before ``pos``, on no side of ``challengers``."""
        mine = set().union(*(self.side_of(c) for c in challengers))
        found = None
        for s, _, key in self.parties.mentions:
            if s >= pos:
                break
            if key in self.outlets and key not in mine:
                found = key
        return [found] if found else []

    def add(
        self, challengers: list[str], targets: list[str], tok: Token, kind: str, sent: Span
    ) -> None:
        """Record that each of ``challengers`` contests each of ``targets`` (never its
        own side), once per pair and sentence."""
        if kind == "sues" and targets:
            self.sued.append((sent.start_char, targets))  # (also by unnamed plaintiffs)
        self.together.extend(
            g for g in (challengers, targets) if len(g) > 1 and g not in self.together
        )
        targets = self._named_sides(targets, challengers, sent)
        for challenger in challengers:
            if challenger in self.parties.platforms and not self._platform_acts(challenger, sent):
                continue  # "users on Reddit say otherwise": a platform says nothing
            mine = self.side_of(challenger)
            for target in targets:
                dissent = (challenger, target) in self.staff and kind in ("accuses", "criticises")
                if target == challenger or (
                    (target in mine or challenger in self.side_of(target)) and not dissent
                ):
                    continue
                if (challenger, target, sent.start_char) in self.seen:
                    continue
                self.seen.add((challenger, target, sent.start_char))
                self.out.append(
                    Challenge(
                        challenger,
                        target,
                        sent.start_char,
                        sent.end_char,
                        tok.text,
                        kind,
                        tok.idx,
                        standing=tok.i in self.standing,
                    )
                )

    def _platform_acts(self, key: str, sent: Span) -> bool:
        """Whether a platform is named in ``sent`` as an actor ("Reddit sued Y", "Reddit
        cut off Y's access"), not only as where something was said ("users on Reddit")."""
        for start, end, k in self.parties.mentions_within(sent.start_char, sent.end_char):
            span = sent.doc.char_span(start, end, alignment_mode="expand") if k == key else None
            if span is not None and span.root.dep_ in ("nsubj", "nsubjpass", "poss", "agent"):
                return True
        return False

    def _named_sides(self, targets: list[str], challengers: list[str], sent: Span) -> list[str]:
        """``targets`` with a person the sentence does not name replaced by the
        organisation of theirs it does name ("Rao, Anthropic's finance chief, said ...
        Marcus said the valuation was absurd and Anthropic's models still erred": the
        critic takes on Anthropic, not the last of its people to speak); not one named
        in the challenger's own phrase ("Former Lumio researcher X disagreed", "X, who
        led Lumio's safety team, says otherwise": X answers the speaker still)."""
        within = self.parties.mentions_within(sent.start_char, sent.end_char)
        own: list[tuple[int, int]] = []
        for start, end, key in within:
            span = sent.doc.char_span(start, end, alignment_mode="expand")
            if key in challengers and span is not None:
                root = span.root
                own.append((root.left_edge.idx, root.right_edge.idx + len(root.right_edge)))
        named = {k for s, _, k in within if not any(a <= s < b for a, b in own)}
        mine = set().union(*(self.side_of(c) for c in challengers)) if challengers else set()
        out: list[str] = []
        for target in targets:
            if self.parties.types.get(target) == "Person" and target not in named:
                theirs = [
                    k
                    for k in self.relation_side(target)
                    if k in named and k not in mine and self.parties.types.get(k) == "Organization"
                ]
                if len(theirs) == 1:
                    target = theirs[0]
            if target not in out:
                out.append(target)
        return out

    # -- sentences and tokens ----------------------------------------------------------

    def read(self, sent: Span, text: str) -> None:
        """The challenges of one sentence (``text``: the document's)."""
        self._doubter_named(sent)
        self._divided_speakers(sent)
        self._went_further(sent)
        self._retested(sent)
        self._plaintiffs_named(sent)
        self._case_named(sent, text)
        self._defendants_named(sent)
        self._members_named(sent)
        question = sent.text.rstrip().endswith("?")
        if title_case_line(text, sent.start_char):
            # "Nvidia Slams Anthropic Over Chip Rules": a headline's capitals defeat the
            # parser, so read "<party> <opposition verb> <party>" from the words
            for challenger, target, verb, kind in _headline_challenges(
                sent, self.parties.mentions, self.parties, self.lex
            ):
                self.add([challenger], [target], verb, kind, sent)
        for tok in sent:
            if tok.pos_ in _NO_CONSTRUCTION and tok.lower_ not in self.lex.stance_heads:
                continue  # (most tokens: reading them here only costs time)
            self._token(tok, sent, question)

    def _doubter_named(self, sent: Span) -> None:
        """ "Brontal says its model tops every test. Not everyone is convinced. Tamsin
        Achterberg, an analyst, said ...": the speaker named in a sentence or two after
        the transition questions the view stated last by another side before it."""
        if self.doubted is not None:
            at, left = self.doubted
            speakers = self._speakers_in(sent.start_char, sent.end_char)
            for k in dict.fromkeys(speakers):
                # the view stated before the transition, not a later one the doubter's own
                # words happen to echo
                before = self.last_other_claimant(at, k, False)
                spoke_before = {key for s, key in self.parties.speakers if s < at}
                # (a view stated before the transition: not a later speaker's)
                targets = (
                    [before]
                    if before is not None
                    else [t for t in self.answered(at, [k]) if t in spoke_before]
                )
                if not targets and not spoke_before:
                    # "Quorvane's model took first place ... Not everyone was impressed":
                    # no view before, so the feat the transition answers, of its party
                    mine = self.side_of(k)
                    targets = [
                        t
                        for t in self.parties.actors_before(at, across_paragraphs=True)
                        if t not in mine and not self.side_of(t) & mine
                    ]
                mine = self.side_of(k)
                made = [
                    t for t in self.doubted_work if t not in mine and not self.side_of(t) & mine
                ]
                # ("Some advocates said the audit was flawed": whoever made the audit)
                targets = made or self._owners_named(sent, k, targets)
                self.add([k], targets, sent.root, "questions", sent)
            self.doubted = None if speakers or left <= 1 else (at, left - 1)
        if words.doubt_transition(sent, self.lex):
            self.doubted = (sent.start_char, 2)
            self.doubted_work = self._author_of(
                [t for t in sent if t.dep_ == "nsubj" and t.head.dep_ == "ccomp"],
                sent.start_char,
                set(),
            )
        self._dissent_explained(sent)
        self._author_named_later(sent)

    def _divided_speakers(self, sent: Span) -> None:
        """ "Analysts are divided over whether Y can keep its lead. X expects it to hold.
        Z sees it falling.": after a sentence that says an unnamed group is split, the
        first two parties of different sides who speak in the two sentences after it
        hold opposed positions on the question."""
        if self.divided is not None:
            at, left, heard = self.divided
            for k in self._speakers_in(sent.start_char, sent.end_char):
                mine = self.side_of(k)
                earlier = [h for h in heard if h not in mine and not self.side_of(h) & mine]
                if earlier:
                    self.add([k], earlier[:1], sent.root, "opposes", sent)
                    self.divided = None
                    return
                if k not in heard:
                    heard.append(k)
            self.divided = (at, left - 1, heard) if left > 1 else None
        if words.group_divided(sent, self.lex):
            self.divided = (sent.start_char, 2, [])

    def document_leaders(self, doc: Doc) -> list[list[str]]:
        """ "A study by X found ... Jane Roe, who led the study, said": each person said
        to have led, written or conducted a document named before, with that document's
        authors (one side)."""
        groups: list[list[str]] = []
        for i, key in sorted(self.parties.tok_key.items()):
            if self.parties.types.get(key) != "Person":
                continue
            for clause in doc[i].children:
                if clause.dep_ != "relcl" or clause.lemma_.lower() not in self.lex.document_leading:
                    continue
                nouns = {
                    o.lemma_.lower()
                    for o in clause.children
                    if o.dep_ == "dobj" and o.lemma_.lower() in self.lex.documents
                }
                begins = doc[i].sent.start_char
                authors = [
                    who
                    for start, noun, who in self.documents
                    if noun in nouns and start < begins and who
                ]
                if authors:
                    groups.append([key, *(k for k in authors[-1] if k != key)])
        return groups

    def _went_further(self, sent: Span) -> None:
        """ "X said Y's timeline was unrealistic. Z went further, calling the prediction
        marketing": a party who goes further than, or is blunter than, the challenge made
        in the sentence or two before joins it, against the same party (and never
        against the critic it outdoes); not a party that spoke there itself, who goes
        further than its own words."""
        if not self.further_said:
            return  # (no such phrase anywhere in the article: most articles)
        low = sent.text.casefold()
        cue = next(
            (
                t
                for t in sent
                if any(low.startswith(p, t.idx - sent.start_char) for p in self.lex.further)
            ),
            None,
        )
        if cue is None or sent.start < 1:
            return
        challengers, _ = self.parties.subject(cue)
        earlier = sent.doc[sent.start - 1].sent
        if earlier.start > 0:
            earlier = sent.doc[earlier.start - 1].sent
        joined = next(
            (
                ch
                for ch in reversed(self.out)
                if earlier.start_char <= ch.start < sent.start_char
                and ch.challenger not in challengers
            ),
            None,
        )
        if not challengers or joined is None:
            return
        spoke = set(self._speakers_in(earlier.start_char, sent.start_char))
        if spoke & set(challengers):
            return  # "Y said ... He went further on Tuesday": Y outdoes himself
        targets = [
            ch.target
            for ch in self.out
            if ch.start == joined.start and ch.challenger == joined.challenger
        ]
        self.further[sent.start_char] = targets
        self.add(challengers, targets, cue, joined.kind, sent)

    def _owners_named(self, sent: Span, doubter: str, targets: list[str]) -> list[str]:
        """The doubted side as the doubter's sentence names it: the owner of a thing it
        questions ("Pearson said the company's promises meant little": the company, not
        its executive who made the promise), when that owner is on a target's side."""
        mine = self.side_of(doubter)
        for tok in sent:
            if tok.dep_ != "poss" or tok.head.lemma_.lower() not in self.lex.owned:
                continue
            owners = [o for o in self.parties.of(tok, mine | {doubter}) if o not in mine]
            if owners and all(any(o in self.side_of(t) for t in targets) for o in owners):
                return owners
        return targets

    def _author_named_later(self, sent: Span) -> None:
        """The first person who speaks after "Y rejected claims by a doctor", within a
        few sentences and on no side of Y's, is that doctor: Y answers them."""
        pending = []
        for at, deniers in self.unnamed_authors:
            if not at < sent.start_char <= at + MEMBER_REACH:
                continue
            mine = set(deniers).union(*(self.side_of(k) for k in deniers))
            speaker = next(
                (
                    k
                    for s, k in self.parties.speakers
                    if sent.start_char <= s < sent.end_char
                    and self.parties.types.get(k) == "Person"
                    and k not in mine
                    and not self.side_of(k) & mine
                ),
                None,
            )
            if speaker is None:
                pending.append((at, deniers))
            else:
                self.add(deniers, [speaker], sent.root, "rebuts", sent)
        self.unnamed_authors = pending

    def _dissent_explained(self, sent: Span) -> None:
        """ "Quorvane says its trucks never crashed. The drivers' association disagrees.
        Its director, X, said ...": whoever of the dissenting party's side speaks in the
        next sentence disputes the same view."""
        if self.dissented is not None:
            at, dissenters = self.dissented
            mine = set(dissenters).union(*(self.side_of(k) for k in dissenters))
            for s, k in self.parties.speakers:
                if sent.start_char <= s < sent.end_char and (k in mine or self.side_of(k) & mine):
                    before = self.last_other_claimant(at, k, False)
                    if before is not None:
                        self.add([k], [before], sent.root, "rebuts", sent)
            self.dissented = None
        root = sent.root
        if (
            root.lemma_.lower() in self.lex.dissent
            and sum(1 for t in sent if not t.is_punct and not t.is_space) <= 8
            and not any(c.dep_ in _COMPLEMENTS for c in root.children)
            and not words.negated(root)
        ):
            dissenters, passive = self.parties.subject(root)
            if dissenters and not passive:
                self.dissented = (sent.start_char, dissenters)

    def _retested(self, sent: Span) -> None:
        """ "Cohere said its model scored 85 percent on MathBench. But when Halvern Evals
        ran the same test, the model scored 71 percent": whoever ran the test again and
        got another score questions the claimant of the earlier score (a sentence naming
        a model or a benchmark, by another side, a paragraph or so before)."""
        mine = words.percentages(sent)
        if not mine:
            return
        for tok in sent:
            if tok.pos_ != "VERB" or tok.lemma_.lower() not in self.lex.retest:
                continue
            if words.negated(tok):
                continue
            testers, passive = self.parties.subject(tok)
            if not testers or passive:
                continue
            tested = {
                c.lemma_.lower() for c in tok.children if c.dep_ == "dobj" and c.pos_ == "NOUN"
            }
            targets = self._scored_before(sent, mine, set(testers), tested)
            self.add(testers, targets, tok, "questions", sent)
            return
        for tok in sent:
            # "In Halvern's tests, the model solved 11%": the owner of the tests ran them
            if not (
                tok.dep_ == "pobj"
                and tok.head.lower_ in ("in", "by")
                and tok.lemma_.lower() in self.lex.test_nouns
                and tok.head.head.pos_ in ("VERB", "AUX")
            ):
                continue
            testers = [
                k for c in tok.children if c.dep_ == "poss" for k in self.parties.of(c, set())
            ]
            if testers:
                targets = self._scored_before(sent, mine, set(testers))
                self.add(testers, targets, tok, "questions", sent)
                return

    def _scored_before(
        self,
        sent: Span,
        scores: set[str],
        testers: set[str],
        tested: frozenset[str] | set[str] = frozenset(),
    ) -> list[str]:
        """The claimant of the latest earlier sentence (within ``RETEST_REACH``) that
        reports another percentage for a model or a benchmark, or for the thing the
        testers tested (``tested``: nouns, "tested the assistant"), on no side of
        ``testers``."""
        for key, earlier in self._speakers_before(sent, testers):
            reported = words.percentages(earlier)
            named = self._names_model_or_benchmark(earlier) or any(
                t.pos_ == "NOUN" and t.lemma_.lower() in tested for t in earlier
            )
            if reported and named and not reported & scores:
                return [key]
        return []

    def _speakers_before(self, sent: Span, exclude: set[str]) -> Iterator[tuple[str, Span]]:
        """(speaker, the sentence of their claim) for the claims before ``sent``, latest
        first, within ``RETEST_REACH`` characters, of no side of ``exclude``'s."""
        mine = set().union(*(self.side_of(k) for k in exclude)) | exclude
        for start, key in reversed(self.parties.speakers):
            if start >= sent.start_char or sent.start_char - start > RETEST_REACH:
                continue
            if key in mine or self.side_of(key) & mine:
                continue
            said = sent.doc.char_span(start, start + 1, alignment_mode="expand")
            if said is not None:
                yield key, said.sent

    def _speakers_earlier_in(self, sent: Span, before: int, exclude: set[str]) -> list[str]:
        """Who else speaks in ``sent``, named before offset ``before``, on no side of
        ``exclude``'s: "X estimate the market could reach $5 trillion, though Y say that
        figure is wildly optimistic" (X)."""
        mine = set().union(*(self.side_of(k) for k in exclude)) | exclude
        named = {key for _, _, key in self.parties.mentions_within(sent.start_char, before)}
        return [
            key
            for start, key in self.parties.speakers
            if start == sent.start_char
            and key in named
            and key not in mine
            and not self.side_of(key) & mine
        ]

    def _names_model_or_benchmark(self, span: Span) -> bool:
        """Whether ``span`` names a model or a benchmark."""
        return any(
            self.parties.types.get(k) in ("Model", "Benchmark")
            for _, _, k in self.parties.mentions_within(span.start_char, span.end_char)
        )

    def _results_reported_before(self, sent: Span, exclude: set[str]) -> list[str]:
        """Whose "the numbers" or "the results" a sentence judges: the latest speaker
        before it (within ``RETEST_REACH``, on no side of ``exclude``) whose sentence
        reports a result for a model or a benchmark, by a percentage or by a verb of
        scoring or beating that is not negated ("Y said its model outperformed GPT-4o",
        rather than "Z said it could not reproduce the results" said in between)."""
        for key, earlier in self._speakers_before(sent, exclude):
            tested = self._names_model_or_benchmark(earlier)
            scored = words.percentages(earlier) or any(
                (
                    t.pos_ == "VERB"
                    and t.lemma_.lower() in self.lex.result_verbs
                    and not words.negated(t)
                )
                # a count ("800 million weekly users"), not a date
                or (t.like_num and t.ent_type_ not in ("DATE", "TIME", "ORDINAL"))
                for t in earlier
            )
            if tested and scored:
                return [key]
        return []

    def _token(self, tok: Token, sent: Span, question: bool) -> None:
        """The construction ``tok`` heads, if any (see the module docstring)."""
        lex, parties = self.lex, self.parties
        lemma = words.lemma(tok, lex)
        if tok.dep_ == "nsubj" and self._own_evidence(tok, sent):
            return
        if tok.dep_ == "nsubj" and self._document_faulted(tok, sent, question):
            return
        if tok.lower_ == "context" and self._out_of_context(tok, sent, question):
            return
        if tok.lower_ in lex.outrage and self._outraged(tok, sent):
            return
        if tok.pos_ == "VERB" and _rests_on_flawed_basis(tok, lex):
            self._flawed_basis(tok, sent)
            return
        if tok.lemma_ == "know" and _knows_not_what_talking_about(tok):
            self._ignorance_charged(tok, sent)
            return
        if tok.dep_ == "dobj" and self._low_verdict(tok, sent, question):
            return
        if tok.pos_ == "VERB" and lemma in lex.advising and self._warned_off(tok, sent, question):
            return
        if self.reporting and words.reported_misdeed(tok, lemma, lex, self.reporting, question):
            self._reported_misdeed(tok, sent)
        elif tok.pos_ == "VERB" and lemma in lex.misdeeds:
            self._misdeed_according_to(tok, sent, question)
        if tok.pos_ == "VERB" and lemma in lex.measured_claims and self._overstated(tok, sent):
            return
        if tok.lower_ == "too" and tok.dep_ == "advmod":
            self._too_much(tok, sent, question)
            return
        if tok.pos_ == "VERB" and lemma in lex.answering and self._fell_short(tok, sent, question):
            return
        if tok.pos_ in ("VERB", "AUX") and self._drawn(tok, sent, question):
            return  # (an auxiliary too: "X is the subject of a complaint by Y")
        if tok.pos_ == "VERB" and (self._received(tok, sent) or self._unconvinced(tok, sent)):
            return
        if tok.pos_ == "VERB" and (_holds_up(tok) or _meets_test(tok, lex)):
            self._judged_false(tok, sent, failing=True)
        elif (tok.lemma_.lower() in _FULL_OF and _of_errors(tok)) or _contains_errors(tok):
            # "Y's report was riddled with errors", "Y's study is full of mistakes", "the
            # report contained multiple factual errors"
            self._judged_false(tok, sent, flawed=tok.pos_ == "VERB")
        elif tok.pos_ == "VERB" and lemma in _PROVING_VERBS and words.failed(tok):
            self._failed_to_prove(tok, sent, question)
        elif (
            tok.pos_ == "VERB"
            and lemma in _PROVING_VERBS
            and (short := _fell_short(tok)) is not None
        ):
            self._failed_to_prove(short, sent, question)  # "Y fell short of proving it"
        elif tok.pos_ == "VERB" and lemma in lex.demanding and self._demanded(tok, sent, question):
            return
        elif tok.pos_ == "VERB" and (
            (tok.dep_ == "acomp" and words.hyphenated(tok) in lex.pejoratives)
            or (tok.dep_ in ("acomp", "attr") and _nothing_but_a_slur(tok, lex))
        ):
            # "Y's numbers were cherry-picked", "... just marketing", read as verbs
            self._judged_false(tok, sent)
        elif tok.pos_ in ("VERB", "AUX"):
            self._verb(tok, lemma, sent, question)
        elif tok.dep_ in ("acomp", "attr") and (
            words.hyphenated(tok) in lex.pejoratives  # ("cherry-picked")
            or words.two_words(tok) in lex.pejoratives  # ("a fig leaf")
            or words.idiom_of(tok) in lex.naming_slurs  # ("a distinction without a difference")
            or words.hard_to_credit(tok, lex)  # ("hard to justify")
            or _judged_overstated(tok, lex)
            or _judged_excessive(tok)
            or _nothing_but_a_slur(tok, lex)
            or _pejorative_description(tok, lex)
        ):
            self._judged_false(tok, sent)
        elif tok.dep_ == "acomp" and _further_from_the_truth(tok):
            self._nothing_further(tok, sent)  # "X said nothing could be further from the truth"
        elif tok.dep_ == "acomp" and _truth_word(tok, lex) and _negated_truth(tok):
            self._judged_false(tok, sent, untrue=True)  # "X said Y's claims were not true"
        elif tok.dep_ == "attr" and _truth_phrase(tok, lex) and _negated_truth(tok):
            # '"That is not a fair comparison," X said', "... not apples to apples"
            self._judged_false(tok, sent, untrue=True)
        elif tok.dep_ == "pobj" and tok.head.lower_ == "without" and tok.lower_ in _GROUNDS:
            self._judged_false(tok.head, sent)  # "the lawsuit is without merit"
        elif tok.dep_ == "dobj" and _lacks_grounds(tok):
            self._judged_false(tok, sent)  # "Y's claims lack evidence", "... have no merit"
        elif tok.pos_ == "NOUN" and _verb_read_as_noun(tok, lex):
            self._answer_read_as_noun(tok, sent)
        elif tok.pos_ == "NOUN" and _denial_read_as_noun(tok, lex):
            self._denial_read_as_noun(tok, sent)
        elif tok.pos_ == "NOUN" and tok.lemma_.lower() in lex.critics:
            challengers, targets = _critic(tok, parties)
            if challengers and not targets:
                targets = self._criticised_in_report(tok, challengers)
            self.add(challengers, targets, tok, "criticises", sent)
        elif tok.pos_ == "NOUN" and _brought_against(tok, lex):
            self._brought_against(tok, sent)
        elif tok.pos_ == "NOUN" and words.opposing_noun(tok, lex) is not None:
            challengers, targets = _noun_challenge(tok, parties, lex)
            kind = words.opposing_noun(tok, lex) or "opposes"
            if challengers and not targets and kind in ("denies", "rebuts"):
                # "issued a denial of the allegations": answers their author
                targets = self.answered(sent.start_char, challengers)
            if challengers and not targets and kind == "sues":
                # "Three labels sued Y. The suit, filed by X, ...": the suit before
                targets = self._sued_before(tok, sent.start_char, challengers)
            if kind == "sues" and not challengers:
                # "novelists filed a lawsuit against Y": a suit the article may name its
                # plaintiffs in later
                against = _parties_after(tok, "against", parties, set())
                if against:
                    self.sued.append((sent.start_char, against))
            self.add(challengers, targets, tok, kind, sent)
        elif tok.pos_ == "ADJ" or tok.lower_ in lex.stance_heads:
            self._adjective(tok, sent)

    # -- constructions -----------------------------------------------------------------

    def _warned_off(self, tok: Token, sent: Span, question: bool) -> bool:
        """ "X urged patients not to rely on Y's chatbot", "X warned parents against using
        Y's app", "X advised doctors to avoid Y's tool": advice to shun a party's product
        criticises the party."""
        lex = self.lex
        if words.negated(tok) or words.hedged(tok, question):
            return False
        shunned: list[Token] = []
        for c in tok.children:
            act = c
            if c.dep_ == "prep" and c.lower_ == "against":
                act = next((p for p in c.children if p.dep_ in ("pcomp", "pobj")), c)
                if act.lemma_.lower() not in lex.using:
                    continue
            elif c.dep_ != "xcomp" or not (
                (act.lemma_.lower() in lex.using and words.negated(act))
                or act.lemma_.lower() in lex.shunning
            ):
                continue  # not "urged users to try Y's app"
            shunned += [o for o in act.children if o.dep_ == "dobj"]
            shunned += [
                p
                for prep in act.children
                if prep.dep_ == "prep" and prep.lower_ == "on"
                for p in prep.children
                if p.dep_ == "pobj"
            ]
        if not shunned:
            return False
        challengers = self.parties.subject(tok)[0]
        targets = [k for o in shunned for k in self.parties.of(o, set(challengers))]
        if not challengers or not targets:
            return False
        self.add(challengers, targets, tok, "criticises", sent)
        return True

    def _low_verdict(self, tok: Token, sent: Span, question: bool) -> bool:
        """ "The institute gave the model a failing grade", "Reviewers gave Y a poor
        rating": whoever gives a party or its work a low verdict criticises it."""
        lex, verb = self.lex, tok.head
        if tok.lemma_.lower() not in lex.verdicts or verb.lemma_.lower() not in _GIVING:
            return False
        if not any(c.dep_ == "amod" and c.lower_ in lex.low_verdicts for c in tok.children):
            return False
        if words.negated(verb) or words.hedged(verb, question):
            return False
        challengers, passive = self.parties.subject(verb)
        # (the parser may hang what was rated on the verdict: "gave Y's assistant an
        # 'unacceptable' risk rating", "assistant" a modifier of "rating")
        given = [c for c in verb.children if c.dep_ == "dative"] or [
            c for c in tok.children if c.dep_ == "nmod" and c.i < tok.i
        ]
        targets = [k for g in given for k in self.parties.of(g, set(challengers))]
        if (
            challengers
            and not targets
            and any(
                g.lemma_.lower() in lex.owned
                and any(c.lower_ in ("the", "this") for c in g.children)
                for g in given
            )
        ):
            # "Y says its model is safe. X gave the model a failing grade": Y's model
            before = self.last_other_claimant(sent.start_char, challengers[0], False)
            targets = [before] if before is not None else []
        if not challengers or passive or not targets:
            return False
        self.add(challengers, targets, tok, "criticises", sent)
        return True

    def _document_faulted(self, tok: Token, sent: Span, question: bool) -> bool:
        """ "Y released a study ... X said the study used an outdated version of its
        model": a reported clause that faults a document with a pejorative word
        ("outdated", "unfair", "misleading") questions the document's author (the last
        one named before with that noun, on another side)."""
        lex = self.lex
        if tok.lemma_.lower() not in lex.documents or words.possessor(tok):
            return False
        if not any(c.lower_ in ("the", "this", "that") for c in tok.children):
            return False
        clause = tok.head
        reporter = words.reporting_verb(clause)
        if reporter is None or reporter.lemma_.lower() not in self.reporting:
            return False
        if words.negated(clause) or words.hedged(clause, question):
            return False
        if not any(
            words.slur(t, lex) or words.too_much_of_a_kind(t) for t in clause.subtree if t.i > tok.i
        ):
            return False
        challengers, passive = self.parties.subject(reporter)
        if not challengers and reporter.dep_ == "acl" and reporter.head.dep_ == "dobj":
            # "X issued a statement saying ...": the statement's issuer says it
            challengers, passive = self.parties.subject(reporter.head.head)
        if not challengers or passive:
            return False
        targets = self._author_of([tok], sent.start_char, set(challengers))
        if not targets:
            return False
        self.add(challengers, targets, tok, "questions", sent)
        return True

    def _outraged(self, tok: Token, sent: Span) -> bool:
        """ "X was outraged by Y's assistant", "X was furious at Y", "X said she was shocked
        and angered when she heard Y's assistant": the angered party criticises the cause
        of its anger (named by a preposition, or the object of a "when" clause)."""
        if tok.pos_ == "VERB" and (
            tok.tag_ != "VBN" or any(c.dep_ == "dobj" for c in tok.children)
        ):
            return False  # "he angered party leaders with his remarks": he angers, others are
        first = tok
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head  # "shocked and angered": the first of the pair
        holder = first if first.dep_ not in ("acomp", "attr") else first.head
        if words.negated(holder) or words.negated(tok):
            return False
        challengers, _ = self.parties.subject(holder)
        if not challengers:
            return False
        exclude = set(challengers)
        causes = [
            p
            for h in (tok, first)
            for c in h.children
            if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "at", "over", "with", "about")
            for p in c.children
            if p.dep_ == "pobj"
        ] + [
            o
            for c in holder.children
            if c.dep_ == "advcl" and any(m.lower_ == "when" for m in c.children)
            for o in c.children
            if o.dep_ == "dobj"
        ]
        targets = [k for p in causes for k in self.parties.of(p, exclude)]
        if not targets:
            return False
        self.add(challengers, targets, tok, "criticises", sent)
        return True

    def _out_of_context(self, tok: Token, sent: Span, question: bool) -> bool:
        """ "X said Y had quoted him out of context", "X said the emails were taken out
        of context": whoever quoted or published the words misrepresents them (the
        quoting subject, the passive's "by" agent, else whoever X answers)."""
        of = tok.head
        if tok.dep_ != "pobj" or of.lower_ != "of" or of.head.lower_ != "out":
            return False
        verb = of.head.head
        reporter = words.reporting_verb(verb)
        if reporter is None or reporter.lemma_.lower() not in self.reporting:
            return False
        if words.negated(verb) or words.hedged(verb, question) or words.negated(reporter):
            return False
        challengers, _ = self.parties.subject(reporter)
        if not challengers:
            return False
        exclude = set(challengers)
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        agents = [p for t in verb.subtree if t.lower_ == "by" for p in t.children]
        if subj is not None and subj.dep_ == "nsubj":
            targets = self.parties.of(subj, exclude)
        else:
            targets = [k for p in agents for k in self.parties.of(p, exclude)]
            if not targets and subj is not None:
                targets = self.parties.of(subj, exclude)  # "Y's remarks were taken ..."
            if not targets:
                targets = self.answered(sent.start_char, challengers)
        if not targets:
            return False
        self.add(challengers, targets, tok, "rebuts", sent)
        return True

    def _own_evidence(self, tok: Token, sent: Span) -> bool:
        """ "X said the company's own records showed that staff followed the tool": a
        party's own records, data or study turned against it contradict it."""
        if tok.lemma_.lower() not in _OWN_EVIDENCE or not any(
            c.dep_ == "amod" and c.lower_ == "own" for c in tok.children
        ):
            return False
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        reporter = words.reporting_verb(tok.head)
        if owner is None or reporter is None or reporter.lemma_.lower() not in self.reporting:
            return False
        if words.negated(tok.head):
            return False  # "the company's own data did not show ...": no charge
        challengers, _ = self.parties.subject(reporter)
        targets = self.parties.of(owner, set(challengers))
        if not challengers or not targets:
            return False
        self.add(challengers, targets, tok, "contradicts", sent)
        return True

    def _reported_misdeed(self, tok: Token, sent: Span) -> None:
        """ "X said Y misled users", "X claims Y's figures were inflated"."""
        challengers, _ = self.parties.subject(words.reporting_verb(tok) or tok.head)
        subj = words.misread_clause_subject(tok) or next(
            c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")
        )
        if subj.lower_ in ("itself", "themselves", "himself", "herself"):
            # "Y had itself missed ...": the parser hangs Y on the auxiliary
            subj = next(
                (
                    s
                    for aux in tok.children
                    if aux.dep_ in ("aux", "auxpass")
                    for s in aux.children
                    if s.dep_ == "nsubj"
                ),
                subj,
            )
        targets = self._wrongdoers(tok, subj, set(challengers))
        if not targets and challengers and subj.lower_ == "it" and subj.dep_ == "nsubjpass":
            # "Y maintains its model was trained on licensed data. X says it was trained on
            # pirated books": "it" is the thing another side's last claim said that of
            targets = next(
                (
                    [key]
                    for key, earlier in self._speakers_before(sent, set(challengers))
                    if any(
                        t.lemma_ == tok.lemma_ and any(c.dep_ == "nsubjpass" for c in t.children)
                        for t in earlier
                    )
                ),
                [],
            )
        if (
            not targets
            and challengers
            and subj.dep_ == "nsubjpass"
            and words.lemma(tok, self.lex) in _MISSTATING
            and any(
                c.dep_ == "det" and c.lower_ in ("the", "such", "those", "these")
                for c in subj.children
            )
        ):
            # "Y warned the model could help make weapons. X said the risk was being
            # exaggerated": what was overstated is what the other side last said
            targets = self.answered(sent.start_char, challengers)
        if (
            not targets
            and challengers
            and subj.lemma_.lower() in self.lex.owned
            and not words.possessor(subj)
            and any(c.dep_ == "det" and c.lower_ in ("this", "that") for c in subj.children)
        ):
            # '"This decision ignores the reality of the market," said X' after Y blocked
            # X's deal: the thing is that of whoever challenged X's side last
            targets = self.answered(sent.start_char, challengers, strict=True)
        if not targets and challengers and words.reported([subj]):
            # "X said the report mischaracterizes ...": the outlet that carried it
            self.add(
                challengers, self.last_outlet(sent.start_char, challengers), tok, "rebuts", sent
            )
            return
        self.add(challengers, targets, tok, "accuses", sent)

    def _urged_rejection(self, tok: Token, kind: str, sent: Span) -> None:
        """ "X argued that Y's lawsuit should be thrown out", "X says the claims must be
        rejected": the reporter rejects the owner of what it wants rejected."""
        reporting = words.reporting_verb(tok)
        if reporting is None or words.negated(tok):
            return
        challengers, _ = self.parties.subject(reporting)
        subj = next(c for c in tok.children if c.dep_ == "nsubjpass")
        targets = self.parties.of(subj, set(challengers))
        if not targets and challengers and words.unowned_claims([subj], self.lex):
            targets = self.answered(sent.start_char, challengers)  # "the claims must be ..."
        self.add(challengers, targets, tok, kind, sent)

    def _misdeed_according_to(self, tok: Token, sent: Span, question: bool) -> None:
        """ "Y overstated what its model can do, according to a report by X", "Y's
        revenue was overstated, according to X", X's quotation "Y copied our design":
        the source a wrongdoing is attributed to accuses its doer (or the owner of what
        was wronged)."""
        sources = _according_to(tok, self.parties)
        if not sources and any(s <= tok.idx < e for s, e in self.quotes):
            # "Castellan was blunt: 'Quorvane copied our design'": the quotation's speaker
            spoken = self._speakers_in(sent.start_char, tok.idx + 1)
            sources = spoken[-1:]
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if not sources or subj is None or words.negated(tok) or words.hedged(tok, question):
            return
        self.add(sources, self._wrongdoers(tok, subj, set(sources)), tok, "accuses", sent)

    def _wrongdoers(self, tok: Token, subj: Token, exclude: set[str]) -> list[str]:
        """Who did the wrong ``tok`` names: its subject's party, or in the passive its
        agent, else the owner of what was wronged ("Y's revenue was overstated"), never
        a party that was wronged ("Y was misled", "the Equal Protection Clause is
        violated")."""
        if subj.dep_ != "nsubjpass":
            return self.parties.of(subj, exclude)
        doers = [k for k in self.parties.agent(tok) if k not in exclude]
        if doers or subj.i in self.parties.tok_key:
            return doers
        return self.parties.of(subj, exclude)

    def _demanded(self, tok: Token, sent: Span, question: bool) -> bool:
        """ "X demanded that Y stop using ...", "X urged Y to withdraw the model", "X
        urged regulators to investigate Y": a demand that a party stop, or that someone
        act against it, criticises that party."""
        lex, parties = self.lex, self.parties
        if words.negated(tok) or words.hedged(tok, question):
            return False
        asked = next((c for c in tok.children if c.dep_ in ("dobj", "dative")), None)
        if asked is None:  # "X called on Y to retract the report"
            asked = prep_object(tok, ("on", "upon"))
        for act in tok.children:
            if act.dep_ not in ("ccomp", "xcomp") or words.negated(act):
                continue
            verb = act.lemma_.lower()
            objs = [c for c in act.children if c.dep_ == "dobj"] + [
                p
                for c in act.children
                if c.dep_ == "prep" and c.lower_ == "into"
                for p in c.children
                if p.dep_ == "pobj"
            ]
            if verb in lex.halting:
                # who is to stop: "stop Y from ...", else the clause's subject or the
                # one asked ("urged Y to stop")
                subj = next((c for c in act.children if c.dep_ == "nsubj"), asked)
                whom = (
                    [o for o in objs if o.pos_ == "PROPN"]
                    # "called on regulators to suspend Y's permits": whose they are
                    or [
                        p
                        for o in objs
                        for p in o.children
                        if p.dep_ == "poss" and p.pos_ == "PROPN"
                    ]
                    or ([subj] if subj else [])
                )
            elif verb in lex.probing:
                whom = objs  # "urged regulators to investigate Y's practices"
            else:
                continue
            challengers, _ = parties.subject(tok)
            if not challengers:
                return False
            exclude = set(challengers)
            targets = [k for w in whom for k in parties.of(w, exclude)]
            if targets:
                self.add(challengers, targets, tok, "criticises", sent)
                return True
        return False

    def _drawn(self, tok: Token, sent: Span, question: bool) -> bool:
        """ "X came under fire from Y", "X's plan drew the ire of Y"."""
        drawn = words.incurred(tok, self.lex)
        if drawn is None or words.negated(tok) or words.hedged(tok, question):
            return False
        challengers, targets = _incurred(tok, drawn, self.parties)
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        pointed = subj is not None and (
            _pointed_claim([subj], self.lex)
            # "X said ... That drew a sharp rebuke from Y": the pronoun alone
            or (subj.lower_ in ("that", "this") and not list(subj.children))
        )
        if challengers and not targets and pointed:
            # "X said ... That assertion drew scorn from Y": the claim just before
            prev = self.last_other_claimant(sent.start_char, challengers[0], False)
            targets = [prev] if prev is not None and prev not in self.outlets else []
        self.add(challengers, targets, tok, "criticises", sent)
        if not challengers and self.doubted is None and _bare_reception(tok, drawn, sent):
            # "The claim quickly drew skepticism. X, a researcher, said ...": like "Not
            # everyone is convinced.", the critic is the speaker named next
            self.doubted = (sent.start_char, 2)
            self.doubted_work = []
        return True

    def _received(self, tok: Token, sent: Span) -> bool:
        """ "Y's claims were met with skepticism by X", "X met Y's claims with scorn"."""
        if not words.reception(tok, self.lex):
            return False
        challengers, targets = _reception(tok, self.parties)
        self.add(challengers, targets, tok, "questions", sent)
        return True

    def _unconvinced(self, tok: Token, sent: Span) -> bool:
        """ "Y is not convinced" (a passive with no agent): doubts the other side; "Y
        said he was baffled by the claim": doubts the claim's owner."""
        claim = words.baffled_by(tok, self.lex)
        if claim is not None:
            subj = words.unconvinced_subject(tok)
            challengers = self.parties.of(subj, set()) if subj is not None else []
            if challengers:
                targets = self.parties.of(claim, set(challengers)) or self.answered(
                    sent.start_char, challengers
                )
                self.add(challengers, targets, tok, "questions", sent)
            return True
        swayed_by = words.not_swayed_by(tok, self.lex)
        if swayed_by is not None:
            # "Y was not impressed by Z's demo", "Y said she was not convinced by Z's
            # claims": doubts what swayed her not, and so its owner
            subj = words.unconvinced_subject(tok)
            if subj is not None and subj.pos_ == "PRON" and tok.dep_ == "ccomp":
                challengers = self.parties.subject(tok.head)[0]  # the one who says so
            else:
                challengers = self.parties.of(subj, set()) if subj is not None else []
            targets = self.parties.of(swayed_by, set(challengers))
            if challengers and targets:
                self.add(challengers, targets, tok, "questions", sent)
            return True
        if not words.unconvinced(tok) and not _doubting_participle(tok, self.lex):
            return False
        subj = words.unconvinced_subject(tok)
        challengers = self.parties.of(subj, set()) if subj is not None else []
        if challengers:
            self.add(
                challengers, self.answered(sent.start_char, challengers), tok, "questions", sent
            )
        return True

    def _verb(self, tok: Token, lemma: str, sent: Span, question: bool) -> None:
        """A verb: of opposition (its subject challenges its object), of failing to
        confirm ("could not reproduce Y's results"), or one of the verbs without an
        opposition cue that still oppose (reciprocal, dissent, findings, contrasts)."""
        lex = self.lex
        unconfirmed = lemma in lex.unconfirmed or _evidence_falls_short(tok, lemma, lex)
        if unconfirmed and words.failed(tok):
            # "could not reproduce Y's results": the check questions Y's claim
            kind, preps, owned_only = "questions", frozenset(), True
        else:
            kind, preps, owned_only = words.verb_cue(tok, lemma, lex)
            if kind in ("denies", "rebuts") and _passive_of_duty(tok) and not question:
                self._urged_rejection(tok, kind, sent)
                return
            if (kind is not None or lemma in lex.opinion_verbs) and (
                words.negated(tok) or words.hedged(tok, question)
            ):
                return
        if kind is None:
            self._verb_without_cue(tok, lemma, sent, question)
            return
        if kind == words.NAMING and any(
            c.dep_ == "dobj" and c.lemma_.lower() == "picture" for c in tok.children
        ):
            # "Y's audit painted a different picture": no name called, a view opposed
            self._verb_without_cue(tok, lemma, sent, question)
            return
        if kind in ("denies", "rebuts") and owned_only and words.slur_after_as(tok, lex):
            kind, owned_only = words.NAMING, False  # "dismissed Y as a copycat": a slur
        slur = kind == words.NAMING and words.pejorative(tok, lex)
        if kind == words.NAMING:
            if not slur:
                return  # "X called Y a pioneer"
            kind = "criticises"
        if owned_only and kind == "questions" and _agentless_passive(tok):
            # "X said Y's results could not be reproduced": the reporter's check fails
            reporting = words.reporting_verb(tok)
            if reporting is not None:
                challengers, _ = self.parties.subject(reporting)
                subj = next(c for c in tok.children if c.dep_ == "nsubjpass")
                self.add(challengers, self.parties.of(subj, set(challengers)), tok, kind, sent)
            return
        challengers, passive = self.parties.subject(tok)
        if not passive and _rejects_own(tok, challengers, self.parties):
            # "ruled that Y infringed ... when it trained ..., rejecting the company's
            # argument": the participle hung on the inner clause is the main clause's
            challengers, passive = self.parties.subject(tok.sent.root)
        if (
            not challengers
            and kind in ("questions", "rebuts")
            and (owned_only or kind == "rebuts")
            and _evidence_subject(tok, lex)
        ):
            # "X said the data do not support Y's claim", "X said the footage contradicts
            # the company's account": the evidence no one's, X's check
            reporting = words.reporting_verb(tok)
            if reporting is not None:
                challengers, _ = self.parties.subject(reporting)
        if not challengers and passive and kind == "rebuts" and _evidence_agent(tok, lex):
            # "X said that claim was contradicted by chat logs": the evidence no one's, X's
            # rebuttal of the claim's owner (for "that claim", the view stated last)
            reporting = words.reporting_verb(tok)
            claim = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
            if reporting is not None and claim is not None:
                challengers, _ = self.parties.subject(reporting)
                targets = self.parties.of(claim, set(challengers))
                if not targets and _pointed_back(claim) and challengers:
                    targets = self.answered(sent.start_char, challengers)
                self.add(challengers, targets, tok, kind, sent)
            return
        if not challengers and lemma == "appeal":
            # "Governor X said the state would appeal": the one who says so appeals
            reporting = words.reporting_verb(tok)
            if reporting is not None:
                challengers = self.parties.subject(reporting)[0]
        if not challengers:
            if kind in ("accuses", "criticises", "questions", "sues") and not (
                words.negated(tok) or words.hedged(tok, question)
            ):
                charged = self._charged_by_no_one(tok, preps, passive) or self._it_of_main_clause(
                    tok, passive
                )
                if charged:
                    self.unnamed_charges.append((sent.start_char, charged))
                    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
                    if subj is not None and subj.tag_ == "NNS" and not passive:
                        # "several illustrators accused Y": the group's members named
                        # later accuse Y too
                        self.unnamed_groups.append((sent.start_char, subj.lemma_.lower(), charged))
            if kind == "sues":
                # "Three labels sued Y", "Y was sued by a group of musicians": the suit the
                # article may name its plaintiffs in
                sued = [
                    k
                    for o in (
                        [c for c in tok.children if c.dep_ == "nsubjpass"]
                        if passive
                        else words.objects(tok, preps, False)
                    )
                    for k in self.parties.of(o, set())
                ]
                if sued:
                    self.sued.append((sent.start_char, sued))
            return
        exclude = set(challengers)
        if passive:
            # the passive subject is this verb's, or (a clause higher up was the passive
            # one) none of its own
            subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
            targets = self.parties.of(subj, exclude) if subj is not None else []
        else:
            targets = self._verb_targets(
                tok, lemma, kind, preps, owned_only, slur, challengers, sent
            )
        if lemma == "oppose" and not passive:  # a stand on the thing opposed (see below)
            self._take_position(
                challengers, [c for c in tok.children if c.dep_ == "dobj"], sent, False
            )
        if (
            not targets
            and lemma in lex.unconfirmed
            and kind == "questions"
            and _checks_a_claim(tok, lex)
        ):
            # "were unable to replicate them": the claim last made by another side
            targets = self.answered(sent.start_char, challengers)
        if not targets and kind in ("accuses", "criticises", "questions"):
            self.critics.append((sent.start_char, challengers))
        if not targets and kind in ("denies", "rebuts") and _by_someone_unnamed(tok, lex):
            # "Y rejected claims by a Corran doctor that ... Nair said she had tested it":
            # the one who speaks next, on no side of Y's, made the claims
            self.unnamed_authors.append((sent.start_char, challengers))
        self.add(challengers, targets, tok, kind, sent)

    def _said_before_answer(self, tok: Token, exclude: set[str]) -> list[str]:
        """Who said what an answer follows, by the answer's own clause of time ("X
        pushed back after Y said chips were smuggled", "X hit back when Y claimed ...")."""
        for c in tok.children:
            if c.dep_ != "advcl" or c.lemma_.lower() not in self.reporting:
                continue
            if not any(m.dep_ == "mark" and m.lower_ in ("after", "when") for m in c.children):
                continue
            said_by, passive = self.parties.subject(c)
            found = [k for k in said_by if k not in exclude]
            if found and not passive:
                return found
        return []

    def _it_of_main_clause(self, tok: Token, passive: bool) -> list[str]:
        """ "Y pulled the feature after several artists accused it of copying": "it" in
        a clause of time is the main clause's subject."""
        if passive or tok.dep_ != "advcl":
            return []
        if not any(c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children):
            return []
        main = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
        return self.parties.of(main, set()) if main is not None else []

    def _charged_by_no_one(self, tok: Token, preps: frozenset[str], passive: bool) -> list[str]:
        """The parties an opposition verb with no named challenger charges: the passive
        subject ("Y was accused by researchers"), else the objects ("critics accused Y")."""
        if passive:
            if tok.dep_ in ("ccomp", "xcomp"):
                return []  # "X said Y was sued": a clause of X's, not an unnamed charge
            subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
            return self.parties.of(subj, set()) if subj is not None else []
        return [k for o in words.objects(tok, preps, False) for k in self.parties.of(o, set())]

    def _verb_targets(
        self,
        tok: Token,
        lemma: str,
        kind: str,
        preps: frozenset[str],
        owned_only: bool,
        slur: bool,
        challengers: list[str],
        sent: Span,
    ) -> list[str]:
        """Whom an active opposition verb contests: its objects' parties, else the
        subject of the clause it alleges or doubts, else (an answer with no target)
        whoever challenged the challenger's side last."""
        lex, parties, exclude = self.lex, self.parties, set(challengers)
        if kind == "sues":
            preps = preps - {"with"}  # "filed a complaint with the FTC": the venue
        phrasal_noun = any(
            c.dep_ == "dobj" and (lemma, c.lemma_.lower()) in lex.phrasal for c in tok.children
        )
        # ("laughed off the claim": the particle read as a preposition of its object)
        particle = {
            c.lower_
            for c in tok.children
            if c.dep_ == "prep" and (lemma, c.lower_) in lex.phrasal and c.lower_ in _PARTICLES
        }
        all_objs = objs = [
            o
            for o in words.objects(tok, preps | particle, phrasal_noun)
            if not _posted_on(o, parties) and not _said_where_or_when(o, parties, lex)
        ]
        # "disputed the methodology of that study": the study
        all_objs = objs = all_objs + [
            p
            for o in all_objs
            if o.lemma_.lower() in lex.aspects
            for c in o.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children
            if p.dep_ == "pobj"
        ]
        if slur and not all_objs:
            # "called the warning alarmist" parsed as one noun phrase; "called Y's
            # policy 'theatre'" with Y's hung on the insult
            all_objs = objs = [
                c
                for o in tok.children
                if o.dep_ == "oprd"
                for c in o.children
                # (also "called the prediction 'marketing'" or "the forecast pure
                # hyperbole", read with the claim as a modifier of the insult)
                if (c.dep_ in ("compound", "nmod") and c.pos_ == "NOUN")
                or c.dep_ == "poss"
                or (
                    c.dep_ == "amod"
                    and c.i < o.i
                    # ("called the fine 'excessive'": a penalty read as an adjective)
                    and (c.lower_ in lex.owned or c.lower_ in lex.penalties)
                )
            ]
        # "Y said ..., a claim X called 'laughable'": the claim the relative clause is on
        claim_called = (
            slur
            and not all_objs
            and tok.dep_ == "relcl"
            and tok.head.lemma_.lower() in lex.owned
            and not words.possessor(tok.head)
        )
        if claim_called:
            all_objs = objs = [tok.head]
        if slur and all_objs and all(words.slur(o, lex) for o in all_objs):
            # "called the forecast pure hyperbole" read as one object, the insult, with
            # "forecast" as its modifier: the claim inside it is what was called so
            all_objs = objs = [
                c
                for o in all_objs
                for c in o.children
                if c.i < o.i and c.dep_ in ("amod", "compound", "nmod") and c.lower_ in lex.owned
            ] or all_objs
        if owned_only:
            objs = [o for o in objs if words.is_owned_claim(o, lex) or words.possessor(o)]
        if lemma in lex.respond:
            objs = [o for o in objs if o.lemma_.lower() in lex.reply_objects]
        targets = [k for o in objs for k in parties.of(o, exclude)]
        if not targets and claim_called:
            # ... made by whoever speaks before it in the sentence
            targets = self._speakers_earlier_in(sent, tok.head.idx, exclude)
        if not targets:
            # "would not sign the EU's code, calling it an overreach": what "it" stands for
            owned = [_owned_antecedent(o) for o in all_objs if o.lower_ == "it"]
            targets = [k for n in owned if n is not None for k in parties.of(n, exclude)]
        if (
            not targets
            and tok.dep_ == "advcl"
            and any(c.dep_ == "mark" and c.lower_ in ("while", "whereas") for c in tok.children)
            and any(o.lower_ in ("it", "this", "that") for o in all_objs)
        ):
            # "Y has argued for strict licensing, while X has lobbied against it": what
            # the main clause's subject stands for
            targets = [k for k in parties.subject(tok.head)[0] if k not in exclude]
        if not targets and any(
            o.lower_ in lex.result_nouns and not words.possessor(o) for o in all_objs
        ):
            # "called the numbers inflated": whoever reported numbers last
            targets = self._results_reported_before(sent, exclude)
        if not targets and kind in ("denies", "rebuts") and tok.dep_ == "relcl":
            # "Y found that ..., a charge X denies": the charge is Y's finding
            targets = words.described_clause_subjects(tok, parties, exclude)
        if not targets and kind in ("denies", "rebuts"):
            # "X denies [Y found that ...]" (how the parser may read "Y found that ...,
            # a charge X denies"): the finding's author
            targets = _denied_findings(tok, parties, exclude, self.reporting)
        if not targets and kind == "accuses":
            # "X alleged that Y copied ...": the accused is the clause's subject (also
            # when the parser hangs the clause on a noun: "alleged in the lawsuit that
            # Y copied ...")
            targets = _clause_subjects(words.alleged_clauses(tok), parties, exclude)
        if not targets and kind == "accuses" and lemma in lex.holding:
            # "will hold Y liable" parsed with Y as the subject of "liable"
            state = words.blame_state(tok, lex)
            held = [c for c in state.children if c.dep_ == "nsubj"] if state is not None else []
            targets = [k for o in held for k in parties.of(o, exclude)]
        if not targets and lemma in lex.mocking:
            # "X sneered that Y's model couldn't write a to-do list": Y is mocked
            clauses = [c for c in tok.children if c.dep_ == "ccomp"]
            targets = _clause_subjects(clauses, parties, exclude)
        if not targets and kind == "questions":
            # "X questioned whether Y's chip was as fast as claimed": the doubted
            # clause is about its subject's party
            targets = _clause_subjects(words.doubted_clauses(tok), parties, exclude)
        if not targets and (kind in ("denies", "rebuts", "questions") or slur):
            # "Y published an audit ... X rejected that audit" (or "... as unsound"): its
            # author, before any later challenger of X's side
            targets = self._author_of(all_objs, sent.start_char, exclude)
        if not targets and (kind in ("denies", "rebuts", "questions") or slur):
            # "Y sued ... X called the lawsuit frivolous": who brought the suit
            targets = self._suit_brought_by(all_objs, sent.start_char, exclude)
        if not targets and kind in ("denies", "rebuts", "questions"):
            # "X denied a report that ... The report, published by Y, ...": the author
            # the article gives the document next
            targets = self._author_named_next(all_objs, sent, exclude)
        if not targets and kind in ("denies", "rebuts", "questions"):
            # "Researchers at Y found that ... X disputed that study": who found it
            targets = self._finder_before(all_objs, sent, exclude)
        if not targets and kind in ("denies", "rebuts", "questions"):
            # "Y estimated that ... X disputed the estimate": who made it
            targets = self._stated_before(all_objs, sent, exclude)
        if not targets and (kind in ("denies", "rebuts", "questions", "opposes") or slur):
            # "X fined Y ... Y's lawyer called the fine excessive": who imposed it
            targets = self._imposed_by(all_objs, sent, exclude)
        if (
            not targets
            and kind in ("denies", "rebuts", "questions", "criticises")
            and _pointed_claim(all_objs, lex)
        ):
            # "Y argued that ... X dismissed that argument", "X ridiculed that
            # assessment": the statement just before
            prev = self.last_other_claimant(sent.start_char, challengers[0], False)
            targets = [prev] if prev is not None and prev not in self.outlets else []
        if (
            not targets
            and slur
            and any(o.lemma_.lower() in lex.measures | lex.documents for o in all_objs)
        ):
            # "X called the bill unworkable": the bill's sponsors, not the last critic;
            # "Y called the protest a desperate attempt": whoever filed it
            targets = self._author_of(all_objs, sent.start_char, exclude)
        if not targets and not all_objs and lemma == "appeal":
            # "Judge X blocked the law ... Y said the state would appeal": the ruling's judge
            judge = parties.judge_before(sent.start_char, exclude)
            targets = [judge] if judge is not None else []
        if not targets and (
            (not all_objs and words.intransitive(tok, lemma, lex))
            # ("X disagreed with the characterization": a dissent from a claim no one owns)
            or (
                (kind in ("denies", "rebuts") or slur or lemma in lex.dissent)
                and words.unowned_claims(all_objs, lex)
            )
            # "X questioned the result": the result of whoever claimed one last (not
            # "found errors in ...", which names what it found)
            or (
                lemma in ("question", "doubt", "challenge")
                and words.unowned_claims(all_objs, lex, owned_only=True)
            )
            # "X cast doubt on the criticism", "X poured cold water on the claims" (not
            # "found errors in its code", a finding of its own)
            or (
                phrasal_noun
                and kind == "questions"
                and any(c.dep_ == "dobj" and c.lower_ in ("doubt", "water") for c in tok.children)
                and words.unowned_claims(all_objs, lex)
            )
            or (kind == "denies" and words.clausal(tok))
        ):
            # "X disagreed", "X rejected the allegations", "X denied paying": the
            # answer goes to whoever challenged X's side last; "X pushed back after Y
            # said ...": to the one whose words the clause of time reports
            targets = self._said_before_answer(tok, exclude) or self.answered(
                sent.start_char, challengers
            )
            if kind == "denies" and words.clausal(tok):
                # "X denied that Y had copied its designs": X clears Y, not answers it
                # (a party as the subject itself, not the owner of what is denied:
                # "X denied that Y's designs had been copied" still answers Y)
                cleared = [
                    k
                    for c in tok.children
                    if c.dep_ == "ccomp"
                    for sub in c.children
                    if sub.dep_ in ("nsubj", "nsubjpass") and sub.pos_ == "PROPN"
                    for k in parties.of(sub, exclude)
                ]
                targets = [k for k in targets if k not in cleared]
        if not targets and kind == "rebuts" and _stood_by_its_own(tok, lex):
            # "Y stood by its figures" after X doubted them: an answer to X (only to a
            # party that challenged Y's side: standing by one's work answers no one else)
            targets = self.answered(sent.start_char, challengers, strict=True)
            self.standing.add(tok.i)
        if not targets and lemma == "settle" and tok.head.lemma_.lower() == "pay":
            # "X agreed to pay Y $40 million to settle the lawsuit": the payee
            targets = [
                k for c in tok.head.children if c.dep_ == "dative" for k in parties.of(c, exclude)
            ]
        if not targets and kind in ("opposes", "criticises"):
            # "Y introduced a bill ... X opposes the bill": the bill's author
            targets = self._author_of(all_objs, sent.start_char, exclude)
        if not targets and kind in ("denies", "rebuts") and words.reported(all_objs):
            # "X said the report mischaracterizes ...", the report of unnamed sources
            # who spoke to an outlet: the outlet that carried it
            targets = self.last_outlet(sent.start_char, challengers)
        return targets

    def _take_position(
        self, holders: list[str], objs: list[Token], sent: Span, support: bool
    ) -> None:
        """Record that ``holders`` support (or oppose) the thing ``objs`` name: a bill
        ("the bill", "SB 1047") or, with "it", the thing last stood on."""
        for o in objs:
            if o.i in self.parties.tok_key:
                continue  # a party itself: a challenge, not a position
            if o.lower_ in ("it", "this") and self.positions:
                thing = self.positions[-1][2]
            elif o.pos_ in ("PROPN", "NUM"):  # "SB 1047": the whole name
                thing = " ".join(
                    t.lower_ for t in o.subtree if t is o or t.dep_ in ("compound", "nummod")
                )
            elif o.lemma_.lower() in self.lex.measures:
                thing = "measure"  # "opposed the bill" ... "backed the measure": one bill
            elif o.lemma_.lower() in self.lex.documents:
                thing = o.lemma_.lower()
            else:
                continue  # "supports open research": no one thing to stand on
            self.positions.append((sent.start_char, holders, thing, support))

    def opposed_positions(self, sentences: list[Span]) -> None:
        """Parties that stand against a thing other parties stand for: "X supports the
        bill; Y opposes it" opposes Y to X (after the whole article is read)."""
        starts = {s.start_char: s for s in sentences}
        for start, against, thing, support in self.positions:
            if support:
                continue
            backers = [k for _, who, t, sup in self.positions if sup and t == thing for k in who]
            sent = starts.get(start)
            if backers and sent is not None:
                self.add(against, list(dict.fromkeys(backers)), sent.root, "opposes", sent)

    def _sided_with(
        self, tok: Token, sent: Span, question: bool, allies: list[str] | None = None
    ) -> None:
        """ "X sided with Y", "X agreed with Y" (or ``allies`` X backed): X opposes whom Y
        challenged before (X and Y agree: no dispute between them)."""
        if allies is None:
            allies = [
                k
                for c in tok.children
                if c.dep_ == "prep" and c.lower_ == "with"
                for o in c.children
                if o.dep_ == "pobj"
                for k in self.parties.of(o, set())
            ]
        if not allies or words.negated(tok) or words.hedged(tok, question):
            return
        challengers, _ = self.parties.subject(tok)
        targets = [  # (the ally's people too: "Quorvane's chief scientist X said ...")
            ch.target
            for ch in self.out
            if ch.start < sent.start_char
            and (ch.challenger in allies or self.side_of(ch.challenger) & set(allies))
        ]
        if challengers and targets:
            self.add(challengers, list(dict.fromkeys(targets)), tok, "opposes", sent)

    def _not_believed(self, tok: Token, sent: Span, question: bool) -> None:
        """ "X isn't buying it", "X did not buy Y's explanation": a claim not believed
        (its owner's, or the other side's last one)."""
        objs = [
            c
            for c in tok.children
            if c.dep_ == "dobj"
            and (c.lower_ in ("it", "that", "this") or c.lemma_.lower() in self.lex.reply_objects)
        ]
        if not objs or words.hedged(tok, question):
            return  # "did not buy the chips": a purchase
        challengers, passive = self.parties.subject(tok)
        if not challengers or passive:
            return
        targets = self.parties.of(objs[0], set(challengers)) or self.answered(
            sent.start_char, challengers
        )
        self.add(challengers, targets, tok, "rebuts", sent)

    def _not_trusted(self, tok: Token, sent: Span, question: bool) -> None:
        """ "X said Y's scores could not be trusted": the reporter questions the owner of
        what cannot be trusted; "X does not trust Y": X questions Y."""
        trusted = next((c for c in tok.children if c.dep_ == "dobj"), None)
        holder = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if trusted is not None and trusted.pos_ != "PRON" and holder is not None and not question:
            # "X said she does not trust Y", "X does not believe Y's figures": the one
            # who says so questions Y
            if holder.pos_ == "PRON" and tok.dep_ == "ccomp":
                challengers = self.parties.subject(tok.head)[0]
            else:
                challengers = self.parties.of(holder, set())
            targets = self.parties.of(trusted, set(challengers))
            if challengers and targets:
                self.add(challengers, targets, tok, "questions", sent)
            return
        subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        reporting = words.reporting_verb(tok)
        if (
            reporting is None
            and tok.dep_ == "conj"
            and any(c.lower_ == "that" for c in tok.children)
        ):
            reporting = tok.head  # "X said A and that Y's scores could not be trusted"
        # ("could not be trusted" is the judgement itself, no hedge; a question is none)
        if subj is None or reporting is None or question:
            return
        challengers, passive = self.parties.subject(reporting)
        if not challengers or passive:
            return
        self.add(challengers, self.parties.of(subj, set(challengers)), tok, "questions", sent)

    def _no_evidence_given(self, tok: Token, sent: Span, question: bool) -> None:
        """ "X said the company had not published any evidence to back up its claims":
        the reporter questions the subject that gave no evidence (a conjunct's subject is
        its head's: "X has been saying this for years and has never shown evidence")."""
        clause = tok.head if tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX") else tok
        subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        reporting = words.reporting_verb(clause)
        if subj is None or reporting is None or question or words.hedged(tok, question):
            return
        challengers, passive = self.parties.subject(reporting)
        if not challengers or passive:
            return
        # ("the company" is not the speaker's own organisation named beside them)
        mine = {k for c in challengers for k in self.side_of(c)}
        self.add(challengers, self.parties.of(subj, mine), tok, "questions", sent)

    def _not_shared(self, tok: Token, sent: Span, question: bool) -> None:
        """ "Y does not share X's optimism", "that view is not shared by Y", "a
        conclusion not shared by Y": a view rejected (its owner's, or the other side's
        last one); "did not share the report" discloses nothing."""
        if tok.dep_ == "acl":
            views = [tok.head]  # "a view not shared by Y"
        else:
            views = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        views = [v for v in views if v.lemma_.lower() in self.lex.shared_views]
        if not views or words.hedged(tok, question):
            return
        if tok.dep_ == "acl" or views[0].dep_ == "nsubjpass":
            challengers = self.parties.agent(tok)
        else:
            challengers, passive = self.parties.subject(tok)
            if passive:
                return
        if not challengers:
            return
        targets = self.parties.of(views[0], set(challengers)) or self.answered(
            sent.start_char, challengers
        )
        self.add(challengers, targets, tok, "opposes", sent)

    def _named_defendant(self, tok: Token, sent: Span) -> None:
        """ "X filed suit, naming Y as a defendant", "the lawsuit, filed by X, names Y as
        a defendant", "Y is named as a defendant in the suit filed by X": X sues Y."""
        parties = self.parties
        passive = any(c.dep_ == "nsubjpass" for c in tok.children)
        named = [
            c for c in tok.children if c.dep_ in (("nsubjpass",) if passive else ("dobj", "appos"))
        ]
        targets = [k for n in named for t in [n, *n.conjuncts] for k in parties.of(t, set())]
        if passive:
            # "... in the suit filed by X", on the verb or on "defendant"
            suits = [
                p
                for t in tok.subtree
                if t.dep_ == "prep" and t.lower_ in ("in", "by")
                for p in t.children
                if p.dep_ == "pobj" and words.opposing_noun(p, self.lex) == "sues"
            ]
            challengers = [k for suit in suits for k in parties.of(suit, set(targets))]
        else:
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subj is not None and words.opposing_noun(subj, self.lex) == "sues":
                # "the lawsuit names Y": its plaintiff (the one before, for "the suit")
                challengers = parties.of(subj, set(targets)) or self._plaintiffs_before(
                    sent.start_char
                )
            else:
                challengers, _ = parties.subject(tok)  # "X filed suit, naming Y ..."
        self.add(challengers, [k for k in targets if k not in challengers], tok, "sues", sent)

    def _members_named(self, sent: Span) -> None:
        """ "Several illustrators accused Y of copying their work. The illustrator Jane Roe
        posted comparisons ... Other illustrators, including Ann Poe, ...": people named
        with the noun of an unnamed group that charged a party, in the next sentences,
        charge it too."""
        groups = [
            (noun, charged)
            for start, noun, charged in self.unnamed_groups
            if start < sent.start_char <= start + MEMBER_REACH
        ]
        if not groups:
            return
        for noun, charged in groups:
            plural = re.compile(
                rf"\b(?:[Tt]he |[Aa]n? |[Ff]ellow )?{re.escape(noun)}s?,?(?: including| such as)?"
                r" (?:[A-Z][\w'\u2019.-]*(?:, | and | ))*$"
            )
            members = [
                k
                for start, _, k in self.parties.mentions_within(sent.start_char, sent.end_char)
                if self.parties.types.get(k) == "Person"
                and plural.search(sent.doc.text[max(sent.start_char, start - 80) : start])
            ]
            if members:
                self.add(list(dict.fromkeys(members)), charged, sent.root, "accuses", sent)

    def _defendants_named(self, sent: Span) -> None:
        """ "The complaint names former engineer Jane Roe as a defendant alongside Y": the
        parties between "names" and "as a defendant" are sued by whoever brought the
        last suit.  Read from the words, since the parser often takes "names" for a noun
        (the parse's own reading is :meth:`_named_defendant`)."""
        nouns = [t for t in sent if t.lower_ in self.lex.defendants]
        naming = next((t for t in sent if t.lower_ in ("names", "named", "naming")), None)
        if not nouns or naming is None or naming.pos_ == "VERB":
            return
        as_ = next((t for t in sent[: nouns[0].i - sent.start] if t.lower_ == "as"), None)
        if as_ is None or not naming.i < as_.i:
            return
        plaintiffs = self._plaintiffs_before(sent.start_char)
        if not plaintiffs:
            # "The suit, brought by X in federal court, names Y as the defendant"
            plaintiffs = [
                k
                for start, _, k in self.parties.mentions_within(sent.start_char, naming.idx)
                if _BROUGHT_BY.search(sent.text[: start - sent.start_char])
            ]
        defendants = [
            k
            for _, _, k in self.parties.mentions_within(naming.idx, as_.idx)
            if k not in plaintiffs
        ]
        if plaintiffs and defendants:
            self.add(plaintiffs, list(dict.fromkeys(defendants)), naming, "sues", sent)

    def _case_named(self, sent: Span, text: str) -> None:
        """ "Getty Images v. Stability AI", "in Kestrel Media v Velmora": a case named by
        its parties, the plaintiff first, sues the defendant."""
        within = self.parties.mentions_within(sent.start_char, sent.end_char)
        for (_, end, plaintiff), (start, _, defendant) in pairwise(within):
            if plaintiff != defendant and CASE_V.fullmatch(text, end, start):
                tok = token_at(sent.doc, start)
                if tok is not None:
                    self.add([plaintiff], [defendant], tok, "sues", sent)

    def _plaintiffs_named(self, sent: Span) -> None:
        """ "The suit names Jane Roe and Ann Poe as plaintiffs", "The plaintiffs include
        ...": the parties of the sentence (not the court, not an outlet) sue whom the
        last suit before was brought against.  Read from the words, since the parser
        often takes "names" for a noun."""
        if not any(_names_plaintiffs(t, self.lex) for t in sent):
            return
        earlier = [who for start, who in self.sued if start <= sent.start_char]
        if not earlier:
            return
        skip = set(earlier[-1]) | self.outlets | self.parties.non_companies
        plaintiffs = [
            k
            for start, _, k in self.parties.mentions_within(sent.start_char, sent.end_char)
            if k not in skip
            and self.parties.types.get(k) in ("Person", "Organization")
            and not _venue(sent.doc, start)
        ]
        if plaintiffs:
            self.add(list(dict.fromkeys(plaintiffs)), list(earlier[-1]), sent.root, "sues", sent)

    def _in_protest(self, tok: Token, protest: Token, sent: Span) -> None:
        """ "X quit Y in protest", "X resigned in protest over Y's decision": X
        criticises what the protest is over, else the verb's object."""
        challengers, passive = self.parties.subject(tok)
        if not challengers or passive:
            return
        exclude = set(challengers)
        over = [
            p
            for c in protest.children
            if c.dep_ == "prep" and c.lower_ in ("over", "against", "at", "of")
            for p in c.children
            if p.dep_ == "pobj"
        ]
        targets = [k for o in over for k in self.parties.of(o, exclude)] or [
            k for c in tok.children if c.dep_ == "dobj" for k in self.parties.of(c, exclude)
        ]  # "left Y in protest over its decision": "its" names no one, Y does
        self.add(challengers, targets, tok, "criticises", sent)

    def _verb_without_cue(self, tok: Token, lemma: str, sent: Span, question: bool) -> None:
        """Verbs that are no opposition cue but oppose in their construction: both
        sides in one subject ("X and Y clashed") or around "pit" ("the lawsuit pits X
        against Y"), dissent with no target ("Y insists otherwise"), a finding short of
        a claim, and contrasted positions ("Unlike X, Y believes ...")."""
        lex, parties = self.lex, self.parties
        if lemma in lex.siding:
            self._sided_with(tok, sent, question)
            return
        if lemma == "happen" and _not_what_happened(tok) and not question:
            # "'That's simply not what happened,' X said of Y's account": X denies the
            # account it speaks of, else the view stated last by another side
            verb = words.reporting_verb(tok.head)
            challengers = self.parties.subject(verb)[0] if verb is not None else []
            if challengers:
                exclude = set(challengers)
                targets = _said_of(verb, self.parties, exclude, self.lex) or self.answered(
                    sent.start_char, challengers
                )
                self.add(challengers, targets, tok, "rebuts", sent)
            return
        if _not_what_found(tok, self.reporting) and not question:
            # "Y said its model was safe. That is not what X found.": X's finding or
            # word against the view stated last by another side
            challengers, _ = parties.subject(tok)
            if challengers:
                self.add(
                    challengers, self.answered(sent.start_char, challengers), tok, "rebuts", sent
                )
            return
        if lemma in lex.disbelief and words.negated(tok):
            self._not_believed(tok, sent, question)
            return
        if lemma in lex.sharing and words.negated(tok):
            self._not_shared(tok, sent, question)
            return
        if lemma in lex.distrust and words.negated(tok):
            self._not_trusted(tok, sent, question)
            return
        if lemma in lex.evidence_giving and _evidence_withheld(tok):
            self._no_evidence_given(tok, sent, question)
            return
        protest = next(
            (
                p
                for c in tok.children
                if c.dep_ == "prep" and c.lower_ == "in"
                for p in c.children
                if p.dep_ == "pobj" and p.lemma_.lower() in lex.protest
            ),
            None,
        )
        if protest is not None and not (words.negated(tok) or words.hedged(tok, question)):
            self._in_protest(tok, protest, sent)
            return
        if lemma in self.reporting and _in_response(tok, lex):
            # "X said in response that ...", "In reply, X said ...": an answer, like
            # "X responded", to whoever challenged or accused X's side last
            speakers, passive = parties.subject(tok)
            if speakers and not passive:
                # (only to a charge: "Pence said in response" to a poll answers no one)
                answered = self.answered(sent.start_char, speakers, strict=True)
                self.add(speakers, answered, tok, "rebuts", sent)
            return
        if lemma in lex.supporting and not (words.negated(tok) or words.hedged(tok, question)):
            supporters, passive = parties.subject(tok)
            if supporters and not passive:
                objs = [c for c in tok.children if c.dep_ == "dobj"]
                # "X backed the regulator": X sides with the body described (a named
                # party backed may be a candidate endorsed or a company funded)
                allies = [
                    k
                    for o in objs
                    if o.i not in parties.tok_key and o.lemma_.lower() in lex.asked_bodies
                    for k in parties.of(o, set(supporters))
                ]
                if allies:
                    self._sided_with(tok, sent, question, allies)
                else:
                    self._take_position(supporters, objs, sent, True)
            return
        if lemma in ("name", "list") and _as_defendant(tok, lex):
            self._named_defendant(tok, sent)
            return
        if lemma == "pit":
            # "the lawsuit pits X against Y", "a trial pitting X against Y": two sides
            # (a contest or an election that pits them is a rivalry, not a dispute)
            frame = (
                tok.head
                if tok.dep_ in ("relcl", "acl")
                else next((c for c in tok.children if c.dep_ == "nsubj"), None)
            )
            if frame is None or not (
                frame.lemma_.lower() in lex.nouns or frame.lemma_.lower() in lex.pitting_frames
            ):
                return
            obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            if obj is None:
                return
            first = parties.of(obj, set())
            against = [
                c
                for c in (*tok.children, *obj.children)
                if c.dep_ == "prep" and c.lower_ == "against"
            ]
            second = [
                k
                for prep in against
                for c in prep.children
                if c.dep_ == "pobj"
                for k in parties.of(c, set(first))
            ]
            if first and second:
                self.add(first, second, tok, "opposes", sent)
            return
        # "Y begs to differ": the idiom is dissent, "views differ" is not
        begs = lemma == "differ" and (
            (tok.dep_ in ("xcomp", "advcl") and tok.head.lower_ in BEGGING)
            # (the small model may read "begs" as the subject: "[X begs] to differ")
            or any(c.dep_ == "nsubj" and c.lower_ in BEGGING for c in tok.children)
            # "Y's version of events differs sharply": Y's account, alone, differs
            or any(
                c.dep_ == "nsubj"
                and c.lemma_.lower() in lex.owned
                and any(p.dep_ == "poss" for p in c.children)
                and not any(
                    p.dep_ == "prep" and p.lower_ in ("in", "by", "from") for p in tok.children
                )
                for c in tok.children
            )
        )
        # "Y is having none of it": the idiom is dissent
        begs = begs or (
            lemma == "have"
            and tok.tag_ == "VBG"
            and any(
                c.dep_ == "dobj"
                and c.lower_ == "none"
                and any(
                    p.lower_ == "of" and any(o.lower_ == "it" for o in p.children)
                    for p in c.children
                )
                for c in tok.children
            )
        )
        if (
            lemma == "contrast"
            and any(
                c.dep_ == "nsubj" and c.lemma_.lower() in lex.owned | lex.shared_views
                for c in tok.children
            )
            and not (words.negated(tok) or words.hedged(tok, question))
        ):
            # "X's position contrasts sharply with that of Y": opposed positions (not
            # "X's chip contrasts with Y's", a difference of things)
            holders, _ = parties.subject(tok)
            others = [
                k
                for c in tok.children
                if c.dep_ == "prep" and c.lower_ == "with"
                for p in c.children
                if p.dep_ == "pobj"
                for k in parties.of(_view_of(p), set(holders))
            ]
            if holders and others:
                self.add(holders, others, tok, "opposes", sent)
            return
        contested = lemma in lex.contest and any(
            c.dep_ == "prep" and c.lower_ in ("over", "about") for c in tok.children
        )
        if lemma in lex.reciprocal or contested:
            # "X and Y clashed over ...": the subject names both sides
            both, _ = parties.subject(tok)
            maybe = any(c.dep_ == "aux" and c.lower_ in words.MAYBE_AUX for c in tok.children)
            # "X and Y differ in size": a difference, not a disagreement
            maybe = maybe or (
                lemma == "differ"
                and any(c.dep_ == "prep" and c.lower_ in ("in", "by") for c in tok.children)
            )
            if len(both) > 1 and not (maybe or words.negated(tok) or words.hedged(tok, question)):
                self.add(both[:1], both[1:], tok, "opposes", sent)
            if len(both) > 1 or not (lemma in lex.dissent or begs):
                return
        if (lemma in lex.dissent or begs) and not (
            words.negated(tok) or words.hedged(tok, question)
        ):
            # "Lin said the case turns on ... Feld disagreed": a view disagrees with the
            # view stated last by another side (not with whoever attacked its own side);
            # "Y begs to differ with X" with X
            challengers, _ = parties.subject(tok.head if begs and tok.dep_ != "ROOT" else tok)
            if challengers:
                named = [
                    k
                    for c in tok.children
                    if c.dep_ == "prep" and c.lower_ == "with"
                    for p in c.children
                    if p.dep_ == "pobj"
                    for k in parties.of(p, set(challengers))
                ]
                last = self.last_other_claimant(sent.start_char, challengers[0], False)
                targets = named or ([last] if last is not None else [])
                self.add(challengers, targets, tok, "opposes", sent)
            return
        if lemma in ("tell", "paint") and any(
            c.dep_ == "dobj"
            and c.lemma_.lower() in ("story", "picture", "tale")
            and any(m.lower_ in ("different", "another") for m in c.children)
            for c in tok.children
        ):
            # "Y's own testing tells a different story", "Y's data paint a different
            # picture": against the last other claimant's view
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            challengers = parties.of(subj, set()) if subj is not None else []
            # (evidence tells it; "X told a different story about his youth" is a memoir)
            if challengers and subj is not None and subj.pos_ == "NOUN" and not words.negated(tok):
                # ("Y said it was safe, but X's audit painted a different picture": Y)
                targets = self._speakers_earlier_in(
                    sent, sent.doc[subj.left_edge.i].idx, set(challengers)
                ) or self.answered(sent.start_char, challengers)
                self.add(challengers, targets, tok, "rebuts", sent)
            elif subj is not None and subj.tag_ == "NNS" and not words.negated(tok):
                # "Two witnesses told a different story. One, X, said ...": unnamed
                # people, whose named one speaks next, as after "Not everyone agrees."
                self.doubted = (sent.start_char, 2)
                self.doubted_work = []
            return
        if lemma in ("have", "hold", "take") and _different_view(tok) and not words.negated(tok):
            # "Y has a different view", "Y takes the opposite view": against the last
            # other claimant's
            challengers, _ = parties.subject(tok)
            if challengers:
                self.add(
                    challengers, self.answered(sent.start_char, challengers), tok, "rebuts", sent
                )
            return
        if lemma in lex.opinion_verbs or lemma in self.reporting:
            if words.negated(tok):
                return
            if any(
                c.dep_ in ("advmod", "dobj", "acomp", "oprd")
                and (
                    c.lower_ in ("otherwise", "differently", "different")
                    # "Y has long maintained the opposite"
                    or (c.lower_ in ("opposite", "contrary", "reverse") and c.dep_ == "dobj")
                )
                for c in tok.children
            ) or any(words.opposite_is_true(c) for c in tok.children if c.dep_ == "ccomp"):
                # "Y insists otherwise", "Y sees it differently", "Y says the opposite is
                # true": against the last other claimant's view
                challengers, _ = parties.subject(tok)
                if challengers:
                    # (a view, not a charge: "Y found otherwise" after a critic and a
                    # company's claim answers the claim said last; "otherwise" echoes
                    # no one's words)
                    targets = self.answered(sent.start_char, challengers, strict=True, echoes=False)
                    targets = targets or self._view_just_stated(sent.start_char, challengers)
                    self.add(challengers, targets, tok, "rebuts", sent)
                return
        if lemma in words.FINDING_VERBS and words.short_of_claims(tok):
            # "Y found it was slower than advertised": a finding against a claim
            challengers, _ = parties.subject(tok)
            if challengers:
                # the owner of what fell short ("found that Y's model was slower than
                # advertised"), else whoever claimed last
                owners = [
                    k
                    for clause in tok.children
                    if clause.dep_ == "ccomp"
                    for c in clause.children
                    if c.dep_ in ("nsubj", "nsubjpass")
                    for k in parties.of(c, set(challengers))
                ]
                targets = owners or self.answered(sent.start_char, challengers)
                self.add(challengers, targets, tok, "rebuts", sent)
            return
        contrast = words.contrasted(tok, lemma, lex)
        if contrast:
            # "Unlike X, Y believes ...": opposed positions on one question
            challengers, _ = parties.subject(tok)
            exclude = set(challengers)
            targets = [k for o in contrast for k in parties.of(o, exclude)]
            self.add(challengers, targets, tok, "opposes", sent)

    def _failed_to_prove(self, tok: Token, sent: Span, question: bool) -> None:
        """ "The judge said Veltrix had not shown that ...", "X said Y failed to prove
        its case": the reporter doubts the party that did not prove it."""
        verb = words.reporting_verb(tok)
        # "said Y failed to prove ...", "Y has been saying this for years and has never
        # shown any evidence": the subject and the reporting verb are the head's
        shared = tok.dep_ == "xcomp" or (tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX"))
        if shared:
            verb = words.reporting_verb(tok.head)
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is None and shared:
            subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
        if verb is None or subj is None or words.hedged(verb, question):
            return
        challengers, _ = self.parties.subject(verb)
        targets = self.parties.of(subj, set(challengers))
        self.add(challengers, targets, tok, "questions", sent)

    def _judged_false(
        self,
        tok: Token,
        sent: Span,
        failing: bool = False,
        flawed: bool = False,
        untrue: bool = False,
    ) -> None:
        """ "X said the report by Y was inaccurate": a party's claim judged false; with
        ``failing``, ``tok`` is a negated test of it ("X said Y's claims do not hold up");
        with ``flawed``, ``tok`` is the verb of its flaws ("Y's report was riddled with
        errors"); with ``untrue``, ``tok`` is a negated truth ("... were not true")."""
        lex, parties = self.lex, self.parties
        be = tok if failing or flawed else tok.head
        subjects = ("nsubj", "nsubjpass") if flawed else ("nsubj",)
        subj = next((c for c in be.children if c.dep_ in subjects), None)
        verb = words.reporting_verb(be)
        if subj is None and failing and be.dep_ == "conj":
            # "X said that figure was based on a few essays and did not hold up": the
            # subject and the report of the clause it is joined to
            subj = next((c for c in be.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            verb = words.reporting_verb(be.head)
        # "Y said ..., a claim X said was misleading": the claim the relative clause is on
        echoed = (
            subj is None
            and verb is not None
            and verb.dep_ == "relcl"
            and verb.head.lemma_.lower() in lex.owned
            and not words.possessor(verb.head)
        )
        if echoed:
            subj = verb.head
        elif subj is None and verb is not None:
            # the same, read with "a claim" as a second subject of "said"
            subj = _claim_beside_subject(verb, lex)
            echoed = subj is not None
        # "Y's figures do not hold up, according to X": the source the judgement is given to
        challengers = parties.subject(verb)[0] if verb is not None else _according_to(be, parties)
        if not challengers and verb is None and any(a <= tok.idx < b for a, b in self.quotes):
            # '"Y's claims are just marketing."' carried on from X's quotation: X's
            challengers = self._speakers_in(sent.start_char, sent.end_char)[-1:]
        negated = _negated_truth(tok) if untrue else words.negated(be)
        if subj is None or not challengers or negated != (failing or untrue):
            return
        exclude = set(challengers)
        none = subj.lower_ in ("none", "nothing")
        if none:
            # "none of Y's claims is true", "nothing in the report is accurate"
            subj = next((p for c in subj.children for p in c.children if p.dep_ == "pobj"), subj)
        # "'That is not true,' X said of Y's report", "... in response to Y's claims"
        answering = _said_of(verb, parties, exclude, lex) if verb is not None else []
        named_owner = any(c.dep_ == "poss" and c.i in parties.tok_key for c in subj.children)
        if subj.lemma_.lower() in lex.owned or subj.lemma_.lower() in lex.nouns or named_owner:
            # (any named party's thing too: "Quorvane's pause was the dumbest thing")
            targets = parties.of(subj, exclude) or answering
            if not targets and subj.lower_ in lex.result_nouns and not words.possessor(subj):
                targets = self._results_reported_before(sent, exclude)  # "the numbers"
            if not targets and verb is not None and (echoed or _pointed_back(subj)):
                before = subj.idx if echoed else sent.doc[verb.left_edge.i].idx
                targets = self._speakers_earlier_in(sent, before, exclude)
            if not targets:
                # "the tests do not reflect ...", after "tests run by Y": the author of the
                # document named before
                targets = self._author_of([subj], sent.start_char, exclude)
            if (
                not targets
                and words.unowned_claims([subj], lex)
                and challengers
                and not words.generic_plural(subj)
                # "X conceded that the launch was premature": her own side's weakness
                and not (verb is not None and verb.lemma_.lower() in lex.conceding)
            ):
                targets = self.answered(sent.start_char, challengers)
            if not targets and words.reported([subj]) and challengers:
                targets = self.last_outlet(sent.start_char, challengers)  # "the story was wrong"
            self.add(challengers, targets, tok, "rebuts", sent)
        elif subj.lower_ in ("it", "they", "those", "these", "none", "nothing") and answering:
            self.add(challengers, answering, tok, "rebuts", sent)  # "... said of Y's claims"
        elif (
            (subj.lower_ in ("that", "this") and subj.tag_ != "WDT")  # (not "something that")
            or (none and subj.pos_ == "PRON")
            # '"It is not a fair comparison," X said': "it" is a statement the noun names
            or (subj.lower_ == "it" and tok.dep_ == "attr" and tok.lemma_.lower() in lex.owned)
        ) and challengers:
            # "Y reported ..., though X says that is inaccurate": the statement reported
            # before it in the sentence, else the other side's last one
            targets = (
                [
                    k
                    for t in sent
                    if t.i < (tok if verb is None else verb).i
                    and t.lemma_.lower() in self.reporting
                    for k in _reporters(t, parties, exclude)
                ]
                or answering
                or self._owners_in_own_words_before(sent, challengers)
                or self.answered(sent.start_char, challengers)
            )
            self.add(challengers, targets, tok, "rebuts", sent)
        elif verb is not None and _pointed_back(subj, plural=True) and subj.tag_ == "NNS":
            # "Y said the chatbot had sent the teen to hotlines. X said those referrals
            # were a fig leaf": what another side said in the sentence just before (not
            # "that type of thing is unacceptable": a kind of thing, no one's statement)
            self.add(challengers, self._speakers_just_before(sent, exclude), tok, "rebuts", sent)

    def _flawed_basis(self, verb: Token, sent: Span) -> None:
        """ "X said the analysis relied on outdated data": X rebuts the analysis's author
        (named as its owner, else the last party of another side that claimed)."""
        reporting = words.reporting_verb(verb)
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if reporting is None or subj is None or words.negated(verb):
            return
        challengers = self.parties.subject(reporting)[0]
        # ("Researchers at Y found that ... X said the study used an outdated version of
        # its model": who found it)
        targets = self._finder_before([subj], sent, set(challengers)) or self.parties.of(
            subj, set(challengers)
        )
        if not targets and challengers:
            targets = self.answered(sent.start_char, challengers)
        self.add(challengers, targets, verb, "rebuts", sent)

    def _ignorance_charged(self, know: Token, sent: Span) -> None:
        """ "X said Y doesn't know what it is talking about" ('"He doesn't know what he's
        talking about," X said of Y'): X criticises Y."""
        verb = words.reporting_verb(know)
        subj = next((c for c in know.children if c.dep_ == "nsubj"), None)
        if verb is None or subj is None:
            return
        challengers = self.parties.subject(verb)[0]
        # (a pronoun only as the one it is said of: "she doesn't know ..." may be herself)
        named = self.parties.of(subj, set(challengers)) if subj.pos_ != "PRON" else []
        targets = named or _said_of(verb, self.parties, set(challengers), self.lex)
        self.add(challengers, targets, know, "criticises", sent)

    def _nothing_further(self, further: Token, sent: Span) -> None:
        """ "Nothing could be further from the truth", said or quoted by X: X denies the
        view stated last by another side."""
        verb = words.reporting_verb(further.head)
        if verb is not None:
            challengers = self.parties.subject(verb)[0]
        else:  # '"Nothing could be further from the truth," X said': the quote's speaker
            challengers = self._speakers_in(sent.start_char, sent.end_char)[:1]
        if challengers:
            self.add(
                challengers, self.answered(sent.start_char, challengers), further, "rebuts", sent
            )

    def _speakers_in(self, start: int, end: int) -> list[str]:
        """The claimants of the claims that start between ``start`` and ``end``, in order."""
        return [k for at, k in self.parties.speakers if start <= at < end]

    def _owners_in_own_words_before(self, sent: Span, speakers: list[str]) -> list[str]:
        """Whose thing ``speakers`` described in the sentence just before ``sent``, when
        they spoke there: "X noted that Y's score used 64 samples ... 'That is not a fair
        comparison,' X said" (Y: "that" is what X just described)."""
        if sent.start < 1 or not speakers:
            return []
        before = sent.doc[sent.start - 1].sent
        if not set(self._speakers_in(before.start_char, before.end_char)) & set(speakers):
            return []
        mine = set().union(*(self.side_of(k) for k in speakers))
        return list(
            dict.fromkeys(
                k
                for tok in before
                if tok.dep_ == "poss" and tok.head.lemma_.lower() in self.lex.owned
                for k in self.parties.of(tok, set(speakers))
                if k not in mine and not self.side_of(k) & mine
            )
        )

    def _speakers_just_before(self, sent: Span, exclude: set[str]) -> list[str]:
        """The parties that made a claim in the sentence before ``sent``, other than
        those of the sides of ``exclude``."""
        if sent.start < 1:
            return []
        before = sent.doc[sent.start - 1].sent
        mine = set().union(*(self.side_of(k) for k in exclude))
        return list(
            dict.fromkeys(
                k
                for k in self._speakers_in(before.start_char, before.end_char)
                if k not in mine and not self.side_of(k) & mine
            )
        )

    def _fell_short(self, tok: Token, sent: Span, question: bool) -> bool:
        """ "X said the reply did not explain the similarities", "X said Y's statement
        failed to address the findings": an answer that does not do what it must, in a
        clause X reports, questions whoever gave it (named as its owner, else the last
        one to challenge X's side)."""
        if not words.failed(tok) or words.hedged(tok, question):
            return False
        clause = tok.head if tok.dep_ == "xcomp" else tok  # "failed to address"
        subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        verb = words.reporting_verb(clause)
        if subj is None or verb is None or subj.lemma_.lower() not in self.lex.answers_given:
            return False
        challengers = self.parties.subject(verb)[0]
        if not challengers:
            return False
        exclude = set(challengers)
        targets = self.parties.of(subj, exclude) or self.answered(sent.start_char, challengers)
        self.add(challengers, targets, tok, "questions", sent)
        return True

    def _too_much(self, too: Token, sent: Span, question: bool) -> None:
        """ "X said Y had taken too narrow a view", "X said Y moved too slowly", "X said Y
        was too cautious": a party's act or manner judged excessive by another party,
        who reports it, or "X said Y was too quick to blame the victim" (not "too big to
        ignore", an infinitive that need not fault Y)."""
        measure = too.head
        if measure.pos_ == "ADV" and measure.head.pos_ == "VERB":
            act = measure.head  # "moved too slowly"
        elif measure.pos_ == "ADJ" and measure.dep_ == "amod" and measure.head.dep_ == "dobj":
            act = measure.head.head  # "took too narrow a view"
        elif measure.pos_ == "ADJ" and measure.dep_ == "acomp":
            act = measure.head  # "was too cautious"
        else:
            return
        if words.negated(act):
            return
        if measure.lower_ not in self.lex.hasty and any(
            c.dep_ == "xcomp" for c in measure.children
        ):
            return  # ("too quick to blame the victim" faults the manner; "too big to ignore")
        if words.hedged(act, question):
            return
        subj = next((c for c in act.children if c.dep_ == "nsubj"), None)
        verb = words.reporting_verb(act)
        if subj is None or verb is None or subj.pos_ == "PRON":
            return
        challengers = self.parties.subject(verb)[0]
        targets = self.parties.of(subj, set(challengers))
        if challengers and targets:
            self.add(challengers, targets, too, "criticises", sent)

    def _overstated(self, claimed: Token, sent: Span) -> bool:
        """ "X said the chip is far less efficient than Y claims", "X says the model is
        not as safe as Y says", "... nowhere near as capable as advertised": the thing
        falls short of (or goes past) what Y claimed, so X rebuts Y. ``claimed`` is Y's
        verb; "as" counts only where the comparison is denied."""
        mark = next((c for c in claimed.children if c.dep_ == "mark"), None)
        measure = claimed.head  # the adjective or adverb compared
        if claimed.dep_ != "advcl" or mark is None or mark.lower_ not in ("as", "than"):
            return False
        if measure.pos_ not in ("ADJ", "ADV") or measure.dep_ not in ("acomp", "advmod"):
            return False
        be = measure.head
        if mark.lower_ == "as" and not (
            words.negated(be)
            or words.negated(measure)
            or any(t.lower_ in _SHORT_OF for t in measure.subtree if t.i < measure.i)
        ):
            return False  # "as fast as Y claims": it bears the claim out
        verb = words.reporting_verb(be)
        challengers = (
            self.parties.subject(verb)[0] if verb is not None else _according_to(be, self.parties)
        )
        if not challengers:
            return False
        exclude = set(challengers)
        targets = [
            k for c in claimed.children if c.dep_ == "nsubj" for k in self.parties.of(c, exclude)
        ]
        if not targets and not any(c.dep_ == "nsubj" for c in claimed.children):
            # "as advertised": whoever made the thing compared
            targets = [
                k for c in be.children if c.dep_ == "nsubj" for k in self.parties.of(c, exclude)
            ]
        self.add(challengers, targets, claimed, "rebuts", sent)
        return True

    def _criticised_in_report(self, critics: Token, challengers: list[str]) -> list[str]:
        """Whom critics of no stated party criticise by what they say: the party the
        reported clause is about ("Critics, including X, say Y moved too fast", "critics
        such as X argue that Y's plan fails")."""
        verb = critics.head
        if critics.dep_ != "nsubj" or verb.lemma_.lower() not in self.reporting:
            return []
        return [
            k
            for clause in verb.children
            if clause.dep_ == "ccomp"
            for subj in clause.children
            if subj.dep_ in ("nsubj", "nsubjpass")
            for k in self.parties.of(subj, set(challengers))
        ]

    def _brought_against(self, tok: Token, sent: Span) -> None:
        """ "the claims Y brought against Z", "a complaint Y filed against Z"."""
        bring = next(c for c in tok.children if c.dep_ == "relcl")
        challengers, _ = self.parties.subject(bring)
        targets = _parties_after(bring, "against", self.parties, set(challengers))
        self.add(challengers, targets, tok, "accuses", sent)

    def _answer_read_as_noun(self, tok: Token, sent: Span) -> None:
        """ "Y says ..., a claim X disputes", where the tagger read "disputes" as a
        plural noun and X as its compound: X rebuts the statement's author."""
        challengers = [
            k for c in tok.children if c.dep_ == "compound" for k in self.parties.of(c, set())
        ]
        if not challengers:
            return
        exclude = set(challengers)
        targets = words.described_clause_subjects(tok, self.parties, exclude)
        if not targets:
            # parsed as a clause of its own: the last statement reported before it
            targets = [
                k
                for t in sent
                if t.i < tok.i and t.lemma_.lower() in self.reporting
                for c in t.children
                if c.dep_ == "nsubj"
                for k in self.parties.of(c, exclude)
            ][-1:]
        self.add(challengers, targets, tok, "rebuts", sent)

    def _denial_read_as_noun(self, tok: Token, sent: Span) -> None:
        """ "Brontal disputes that.", where the tagger read the verb as a noun and the
        party as its modifier: the party answers the other side's last claim."""
        challengers = [
            k
            for c in tok.children
            if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i
            for k in self.parties.of(c, set())
        ]
        if challengers:
            self.add(challengers, self.answered(sent.start_char, challengers), tok, "rebuts", sent)

    def _adjective(self, tok: Token, sent: Span) -> None:
        """ "Y is not convinced", "Y remains sceptical" (of the other side's claim), and
        stances: "X is critical of Y", "X's view is at odds with Y's"."""
        if words.doubting(tok, self.lex):
            challengers, _ = self.parties.subject(tok.head)
            if challengers:
                targets = self.answered(sent.start_char, challengers)
                self.add(challengers, targets, tok, "questions", sent)
            return
        for challengers, targets, kind in _stance(tok, self.parties, self.lex):
            if not challengers and targets and _view_referred_back(tok, self.lex):
                # "That conclusion is at odds with Y's tests": the conclusion stated last
                # by a side other than Y's
                before = self.last_other_claimant(sent.start_char, targets[0], False)
                challengers = [before] if before is not None else []
            self.add(challengers, targets, tok, kind, sent)


# what a party must do for its claim to stand: "had not shown", "failed to prove"
#: How far (characters) before a retest the score it questions may be reported.
RETEST_REACH = 1200
#: How far (characters) back "it" may refer to a bill or proposal ("lobbied against it").
IT_REACH = 300
#: How far (characters) after a charge by no named party a denial still answers it.
UNNAMED_REACH = 600
# the forms of "beg" in "begs to differ" (the small model tags "begs" a noun at times)
BEGGING = frozenset({"beg", "begs", "begged", "begging"})
_PROVING_VERBS = frozenset({"show", "prove", "demonstrate", "establish", "substantiate", "justify"})


def _doubting_participle(tok: Token, lex: words.Lexicon) -> bool:
    """ "Whitcombe was unpersuaded.", read as a passive: a doubting state ("unpersuaded",
    "unimpressed") with a subject and nothing it doubts named."""
    return (
        tok.tag_ == "VBN"
        and tok.lower_ in lex.doubting
        and not words.negated(tok)
        and any(c.dep_ == "nsubjpass" for c in tok.children)
        and not any(c.dep_ in ("agent", "ccomp", "prep") for c in tok.children)
    )


def _fell_short(proving: Token) -> Token | None:
    """The verb by which a party "fell short of proving" or "did not come close to
    showing" something (a failure to prove, as "did not show"); None otherwise."""
    prep = proving.head
    if proving.dep_ != "pcomp" or prep.lower_ not in ("of", "to"):
        return None
    verb = prep.head.head if prep.head.lower_ in ("short", "close") else prep.head
    words_of = {c.lower_ for c in verb.children} | {prep.head.lower_}
    if verb.lemma_.lower() == "fall" and "short" in words_of:
        return verb
    if verb.lemma_.lower() == "come" and "close" in words_of and words.negated(verb):
        return verb
    return None


def _view_referred_back(stance: Token, lex: words.Lexicon) -> bool:
    """Whether the subject of the clause a stance word is in is a claim or a finding
    referred back to ("That conclusion is at odds with ...", "This finding contrasts
    with ..."), owned by no one named."""
    verb = stance
    while verb.dep_ not in ("ROOT", "ccomp", "relcl", "advcl", "conj") and verb.head.i != verb.i:
        verb = verb.head
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return (
        subj is not None
        and (subj.lemma_.lower() in lex.owned or subj.lemma_.lower() in lex.documents)
        and any(c.lower_ in ("that", "this", "the") for c in subj.children)
        and not words.possessor(subj)
    )


def _answers(verb: Token, lex: words.Lexicon) -> bool:
    """Whether ``verb`` denies or rebuts what it takes ("dismissed the accusations")."""
    return words.verb_cue(verb, words.lemma(verb, lex), lex)[0] in ("denies", "rebuts")


def _passive_of_duty(tok: Token) -> bool:
    """Whether ``tok`` is an agentless passive under "should" or "must" ("the lawsuit
    should be thrown out"): what its speaker wants done."""
    return _agentless_passive(tok) and any(
        c.dep_ == "aux" and c.lower_ in ("should", "must") for c in tok.children
    )


def _evidence_falls_short(tok: Token, lemma: str, lex: words.Lexicon) -> bool:
    """Whether ``tok`` is a verb of ``evidence_checks`` with evidence as its subject ("X's
    data do not support Y's claim", "the tests did not bear out Y's figures"): a failed
    check of Y's claim, as "could not reproduce" is; "X does not support Y's bill" is a
    stance."""
    if lemma not in lex.evidence_checks:
        return False
    if lemma == "bear" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children):
        return False
    return _evidence_subject(tok, lex)


def _names_evidence(noun: Token, lex: words.Lexicon) -> bool:
    """Whether ``noun`` names evidence ("the data", "X's tests", "chat logs"); the word
    too, not only its lemma: the lemma of "data" is "datum"."""
    return noun.lower_ in lex.evidence_subjects or noun.lemma_ in lex.evidence_subjects


def _evidence_subject(tok: Token, lex: words.Lexicon) -> bool:
    """Whether the subject of ``tok`` is evidence ("the data", "X's tests")."""
    return any(c.dep_ == "nsubj" and _names_evidence(c, lex) for c in tok.children)


def _evidence_agent(tok: Token, lex: words.Lexicon) -> bool:
    """Whether evidence is the agent of the passive ``tok`` ("was contradicted by chat
    logs", "is refuted by the data")."""
    return any(
        p.dep_ == "pobj" and _names_evidence(p, lex)
        for c in tok.children
        if c.dep_ == "agent"
        for p in c.children
    )


def _agentless_passive(tok: Token) -> bool:
    """Whether ``tok`` is a passive verb with a subject and no agent ("the results could
    not be reproduced")."""
    return any(c.dep_ == "nsubjpass" for c in tok.children) and not any(
        c.dep_ == "agent" for c in tok.children
    )


# what a claim or a case is "without" when it is baseless, or "lacks"
# what a party's own evidence may be ("the company's own records showed ..."), once
_OWN_EVIDENCE = frozenset(lexicon()["record_nouns"] | lexicon()["evidence_nouns"])
# verbs that hand a verdict to someone ("gave Y a failing grade")
_GIVING = frozenset({"give", "award", "assign", "hand"})
# what a verb may say it is about, beyond its subject: "disagrees with the ruling"
_COMPLEMENTS = frozenset({"dobj", "ccomp", "xcomp", "prep", "advcl"})
_GROUNDS = frozenset({"merit", "basis", "foundation", "substance"})
_LACKED_GROUNDS = _GROUNDS | {"evidence", "support", "proof"}
# a picture judged untrue to what it shows: "the tests do not reflect how people use it"
_FAITHFUL = frozenset({"reflect", "represent", "capture", "mirror", "depict"})
# what brings a suit before its plaintiff's name ("The suit, brought by the X council")
_BROUGHT_BY = re.compile(r"\b(?:brought|filed|lodged) by (?:the )?$")
# particles of phrasal verbs that the parser may read as prepositions ("laughed off the
# claim", "brushed aside the report"): their object is the verb's
_PARTICLES = frozenset({"off", "aside", "away", "down"})
# a thing measured against a standard: "Y's licence does not meet the definition"
_MEETING = frozenset({"meet", "satisfy", "fulfil", "fulfill"})
_STANDARDS = frozenset({"definition", "standard", "requirement", "criterion", "criteria", "bar"})


# opposition nouns addressed to their target ("sent a cease-and-desist letter to Y")
_ADDRESSED = frozenset({"letter", "notice"})

# what a claim or a report is "riddled with" or "full of" when it is wrong
_FULL_OF = frozenset({"riddle", "littered", "litter", "plague", "full", "rife"})
_ERRORS = frozenset({"error", "falsehood", "flaw", "inaccuracy", "lie", "misstatement", "mistake"})


def _of_errors(tok: Token) -> bool:
    """Whether ``tok`` ("riddled", "full", "rife") has errors or lies as its object."""
    return any(
        p.dep_ == "pobj" and p.lemma_.lower() in _ERRORS
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ in ("with", "of")
        for p in c.children
    )


def _contains_errors(tok: Token) -> bool:
    """Whether ``tok`` is "contain" or "include" with errors or lies as its object."""
    return (
        tok.pos_ == "VERB"
        and tok.lemma_.lower() in ("contain", "include")
        and any(c.dep_ == "dobj" and c.lemma_.lower() in _ERRORS for c in tok.children)
    )


def _evidence_withheld(verb: Token) -> bool:
    """Whether ``verb`` gives no evidence: "had not published any evidence", "has
    provided no proof", "has never shown a single piece of evidence" (not "published
    evidence that ...")."""
    objs = [c for c in verb.children if c.dep_ == "dobj" and _is_evidence(c)]
    if not objs:
        return False
    return words.negated(verb) or any(c.lower_ == "no" for c in objs[0].children)


def _is_evidence(noun: Token) -> bool:
    """ "evidence", "proof", and a part of it: "a single piece of evidence", "a shred of
    proof"."""
    if noun.lower_ in ("evidence", "proof"):
        return True
    return any(
        p.lower_ == "of" and any(o.lower_ in ("evidence", "proof") for o in p.children)
        for p in noun.children
    )


def _lacks_grounds(tok: Token) -> bool:
    """Whether ``tok`` is the grounds its clause's subject is said to lack: "lack
    evidence", "lack any basis", "have no merit" (not "have some merit")."""
    if tok.lower_ not in _LACKED_GROUNDS:
        return False
    verb = tok.head.lemma_.lower()
    return verb == "lack" or (verb == "have" and any(c.lower_ == "no" for c in tok.children))


# misdeeds of saying too much: what they are done to was said by someone
_MISSTATING = frozenset(
    {"exaggerate", "overstate", "overhype", "inflate", "distort", "misrepresent", "oversell"}
)


# what a party may hold that differs from another's view
VIEW_NOUNS = frozenset({"view", "take", "opinion", "perspective", "interpretation", "reading"})


def _rests_on_flawed_basis(verb: Token, lex: words.Lexicon) -> bool:
    """Whether ``verb`` says a document or a claim rests on flawed data ("the analysis
    relied on outdated data", "the study was based on incomplete figures", "the report
    used cherry-picked numbers")."""
    if verb.lemma_.lower() not in ("rely", "base", "use", "draw"):
        return False
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or not (
        subj.lemma_.lower() in lex.documents or subj.lemma_.lower() in lex.owned
    ):
        return False
    objs = [c for c in verb.children if c.dep_ == "dobj"] + [
        p for c in verb.children if c.dep_ == "prep" and c.lower_ == "on" for p in c.children
    ]
    return any(
        m.dep_ in ("amod", "compound")
        and (m.lower_ in lex.flawed_bases or words.hyphenated(m) in lex.pejoratives)
        for o in objs
        for m in o.children
    )


def _knows_not_what_talking_about(know: Token) -> bool:
    """Whether ``know`` is the negated idiom "doesn't know what he is talking about"."""
    return words.negated(know) and any(
        c.dep_ == "ccomp" and c.lemma_ == "talk" and any(g.lower_ == "about" for g in c.children)
        for c in know.children
    )


def _further_from_the_truth(further: Token) -> bool:
    """Whether ``further`` is the idiom "nothing could be further from the truth"."""
    be = further.head
    return (
        further.lower_ in ("further", "farther")
        and any(c.dep_ == "nsubj" and c.lower_ == "nothing" for c in be.children)
        and any(
            c.dep_ == "prep" and c.lower_ == "from" and any(p.lower_ == "truth" for p in c.children)
            for c in further.children
        )
    )


def _different_view(verb: Token) -> bool:
    """Whether ``verb`` has a different or opposite view as its object ("has a different
    view", "takes the opposite view"), with no other party's view it is compared to."""
    return any(
        c.dep_ == "dobj"
        and c.lemma_.lower() in VIEW_NOUNS
        and any(m.lower_ in ("different", "opposite", "contrary", "opposing") for m in c.children)
        and not any(p.dep_ == "prep" and p.lower_ in ("on", "of", "about") for p in c.children)
        for c in verb.children
    )


# verbs of how a party sees or remembers what happened: "That is not how X sees it"
SEEING_VERBS = frozenset({"see", "view", "remember", "recall", "describe"})


def _not_what_happened(tok: Token) -> bool:
    """Whether ``tok`` is "happened" in "That is not what happened" (or "This isn't what
    happened"): an account denied."""
    be = tok.head
    return (
        tok.dep_ == "ccomp"
        and any(c.dep_ == "nsubj" and c.lower_ == "what" for c in tok.children)
        and be.lemma_ == "be"
        and words.negated(be)
        and any(c.dep_ == "nsubj" and c.lower_ in ("that", "this", "it") for c in be.children)
    )


def _not_what_found(tok: Token, reporting: frozenset[str]) -> bool:
    """Whether ``tok`` finds or says "what" in "That is not what X found" (or "This is
    not what X says"), or sees "how" in "That is not how X sees it": a view denied by
    what another party found or sees."""
    be = tok.head
    lemma = tok.lemma_.lower()
    return (
        tok.dep_ == "ccomp"
        and (
            (
                (lemma in words.FINDING_VERBS or lemma in reporting)
                and any(c.dep_ == "dobj" and c.lower_ == "what" for c in tok.children)
            )
            or (lemma in SEEING_VERBS and any(c.lower_ == "how" for c in tok.children))
        )
        and be.lemma_ == "be"
        and words.negated(be)
        and any(c.dep_ == "nsubj" and c.lower_ in ("that", "this", "it") for c in be.children)
    )


def _claim_beside_subject(verb: Token, lex: words.Lexicon) -> Token | None:
    """ "a claim" read as a subject of "said" before the speaker's own ("..., a claim Y
    said was misleading", the relative clause lost): that claim."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 2:
        return None
    claim, speaker = subjects
    if claim.lemma_.lower() not in lex.owned or speaker.pos_ != "PROPN":
        return None
    return (
        claim if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in claim.children) else None
    )


def _pointed_back(noun: Token, plural: bool = False) -> bool:
    """Whether ``noun`` points back with "that" or "this" ("that figure", "this claim"),
    with ``plural`` with "those" or "these" instead ("those referrals")."""
    words_back = ("those", "these") if plural else ("that", "this")
    return any(c.dep_ == "det" and c.lower_ in words_back for c in noun.children)


def _according_to(tok: Token, parties: PartyResolver) -> list[str]:
    """The parties of an "according to X" phrase on ``tok``."""
    return [
        k
        for a in tok.children
        if a.lower_ == "according"
        for to in a.children
        if to.lower_ == "to"
        for p in to.children
        if p.dep_ == "pobj"
        for k in parties.of(p, set())
    ]


def _checks_a_claim(verb: Token, lex: words.Lexicon) -> bool:
    """Whether a check verb's object is a claim or a result, or refers back to one
    ("could not replicate them", "unable to verify the figures"; not "failed to verify
    the age of its users", a duty it failed)."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    return not objs or any(o.pos_ == "PRON" or o.lemma_.lower() in lex.owned for o in objs)


def _judged_excessive(adj: Token) -> bool:
    """Whether ``adj`` finds fault with a party's own act or thing by excess: "the
    platform's response was far too slow", "Y's prices are too high" (the subject has an
    owner; "it is too early to say" judges no one)."""
    too = any(
        c.dep_ == "advmod" and (c.lower_ == "too" or any(g.lower_ == "too" for g in c.children))
        for c in adj.children
    )
    subj = next((c for c in adj.head.children if c.dep_ == "nsubj"), None)
    return too and subj is not None and any(c.dep_ == "poss" for c in subj.children)


def _pejorative_description(noun: Token, lex: words.Lexicon) -> bool:
    """Whether the predicate noun ``noun`` judges its subject by a pejorative adjective:
    "Y's pause was the dumbest thing I've seen", "... a dangerous idea", "the most
    ridiculous move" (not "a bold move"); a pronoun subject only as false ("That is a
    false equivalency"; "it is a dangerous moment" judges no one's thing)."""
    if noun.dep_ != "attr":
        return False
    subj = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    adjectives = [c for c in noun.children if c.dep_ == "amod"]
    if subj.pos_ == "PRON":
        return subj.lower_ in ("that", "this") and any(c.lower_ in lex.falsity for c in adjectives)
    return any(
        words.hyphenated(c) in lex.pejoratives
        or c.lower_ in lex.superlatives
        or words.two_words(c) in lex.superlatives
        for c in adjectives
    )


def _nothing_but_a_slur(pred: Token, lex: words.Lexicon) -> bool:
    """Whether the predicate ``pred`` calls its subject no more than a slur: "Y's claims
    are just marketing", "pure spin", "nothing but hype", "little more than marketing"
    (a slur alone may state a plain fact: "its strength is marketing"; "more than
    marketing" praises)."""

    def slur(t: Token) -> bool:
        return words.hyphenated(t) in lex.naming_slurs or words.two_words(t) in lex.naming_slurs

    if pred.lower_ in ("nothing", "little", "more"):
        # "nothing but hype", "little more than marketing": the slur after but/than
        restricted = pred.lower_ != "more" or any(
            c.dep_ == "advmod" and c.lower_ in lex.restrictors for c in pred.children
        )
        return restricted and any(
            p.dep_ == "pobj" and slur(p)
            for c in pred.children
            if c.dep_ == "prep" and c.lower_ in ("but", "than")
            for p in c.children
        )
    return slur(pred) and any(
        c.dep_ in ("advmod", "amod") and c.lower_ in lex.restrictors for c in pred.children
    )


def _judged_overstated(adj: Token, lex: words.Lexicon) -> bool:
    """Whether ``adj`` judges a claim overstated: "wildly optimistic", "far too rosy",
    "overly ambitious" (not "optimistic" alone, a speaker's own mood)."""
    return adj.lower_ in lex.overstating and any(
        c.dep_ == "advmod"
        and (c.lower_ in lex.excess or any(g.lower_ in lex.excess for g in c.children))
        for c in adj.children
    )


def _truth_word(adj: Token, lex: words.Lexicon) -> bool:
    """Whether ``adj`` judges a claim's truth or worth: "true", "credible", "good enough"
    (not "good" alone: "the report wasn't good" for its subject is no rebuttal)."""
    enough = any(c.lower_ == "enough" for c in adj.children)
    return adj.lower_ in lex.truths or (enough and f"{adj.lower_} enough" in lex.truths)


def _truth_phrase(noun: Token, lex: words.Lexicon) -> bool:
    """Whether the predicate noun ``noun`` is judged by a truth word, before it or as
    its own words: "a fair comparison", "an apples-to-apples comparison", "apples to
    apples" (the tokenizer splits the hyphenated ones)."""
    padded = " ".join(["", *(t.lower_ for t in noun.subtree if t.text != "-"), ""])
    return any(f" {w} " in padded and w != noun.lower_ for w in lex.truths)


def _negated_truth(adj: Token) -> bool:
    """Whether a truth adjective is denied: "is not true", "is simply not accurate" (the
    parser hangs the "not" on the verb or on the adjective), "none of it is true"."""
    return (
        words.negated(adj)
        or words.negated(adj.head)
        or any(c.dep_ == "nsubj" and c.lower_ in ("none", "nothing") for c in adj.head.children)
    )


# what denies an equal comparison: "nowhere near as capable as Y claims"
_SHORT_OF = frozenset({"nowhere", "near", "nearly", "hardly", "scarcely", "barely"})


def _antecedent(it: Token, reach: int) -> str | None:
    """The lemma of the latest subject or object noun within ``reach`` characters before
    the pronoun ``it`` (what "it" most likely refers to), if any."""
    doc = it.doc
    for i in range(it.i - 1, -1, -1):
        tok = doc[i]
        if it.idx - tok.idx > reach:
            break
        if tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "nsubj", "nsubjpass", "attr"):
            return tok.lemma_.lower()
    return None


def _owned_antecedent(it: Token) -> Token | None:
    """The owned noun earlier in the sentence that "it" stands for ("would not sign the
    EU's code, calling it an overreach": "the EU's code"), if the latest subject or
    object noun before "it" has an owner."""
    for tok in reversed(it.doc[it.sent.start : it.i]):
        if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "nsubj", "nsubjpass"):
            return tok if any(c.dep_ == "poss" for c in tok.children) else None
    return None


def _venue(doc: Doc, start: int) -> bool:
    """Whether the name at ``start`` is where something happens ("filed in the U.S.
    District Court", "a hearing before Judge Roe"), not a party to it."""
    tok = token_at(doc, start)
    while tok is not None and tok.dep_ in ("compound", "flat") and tok.head.i != tok.i:
        tok = tok.head
    return (
        tok is not None and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at", "before", "with")
    )


def _names_plaintiffs(tok: Token, lex: words.Lexicon) -> bool:
    """Whether ``tok`` is a plaintiff noun in a phrase that names plaintiffs: "as
    (the) plaintiffs", "the plaintiffs include", "are among the plaintiffs", "X, one of
    the plaintiffs", "X, a plaintiff in the case"."""
    if tok.lower_ not in lex.plaintiffs:
        return False
    doc = tok.doc
    before = [t.lower_ for t in doc[max(tok.sent.start, tok.i - 3) : tok.i]]
    after = doc[tok.i + 1].lower_ if tok.i + 1 < tok.sent.end else ""
    return (
        "as" in before
        or after in ("include", "includes", "included", "are", "were")
        or before[-2:] in (["are", "the"], ["were", "the"], ["is", "the"], ["among", "the"])
        # "X, one of the plaintiffs, said", "X, a plaintiff in the case"
        or before[-3:] == ["one", "of", "the"]
        or (before[-1:] in (["a"], ["lead"]) and after == "in")
    )


def _as_defendant(tok: Token, lex: words.Lexicon) -> bool:
    """Whether a naming verb names a party "as a defendant" in a suit."""
    return any(
        p.lower_ in lex.defendants
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == "as"
        for p in c.children
        if p.dep_ == "pobj"
    )


def _pointed_claim(objs: list[Token], lex: words.Lexicon) -> bool:
    """Whether an object points back at the statement just made: "that argument", "this
    claim", "those remarks" (not "the claims", whose author may be further back)."""
    return any(
        (o.lemma_.lower() in lex.owned or o.lemma_.lower() in lex.nouns)
        and any(
            c.dep_ == "det" and c.lower_ in ("that", "this", "those", "these") for c in o.children
        )
        and not any(c.dep_ == "poss" for c in o.children)
        for o in objs
    )


def _said_of(
    verb: Token, parties: PartyResolver, exclude: set[str], lex: words.Lexicon
) -> list[str]:
    """Whose claim or work a statement is said of or in answer to: "X said of Y's
    report", "X said in response to Y's claims", "responding to Y's study, X said",
    "asked about Y's findings, X said"."""
    found: list[str] = []
    for c in verb.children:
        heads: list[Token] = []
        if c.dep_ == "prep" and c.lower_ == "of":
            heads = [c]
        elif c.dep_ == "prep" and c.lower_ == "in":
            # "in response to Y's claims" (the "to" on the noun, or read as the verb's)
            answer = [p for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in lex.answers]
            heads = [t for a in answer for t in a.children if t.dep_ == "prep" and t.lower_ == "to"]
            if answer and not heads:
                heads = [t for t in verb.children if t.dep_ == "prep" and t.lower_ == "to"]
        elif c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in ("respond", "reply"):
            heads = [t for t in c.children if t.dep_ == "prep" and t.lower_ == "to"]
        elif c.dep_ == "advcl" and c.lemma_.lower() == "ask" and c.tag_ == "VBN":
            # "asked about Y's findings, X said they were wrong"
            heads = [t for t in c.children if t.dep_ == "prep" and t.lower_ == "about"]
        found += [
            k for h in heads for p in h.children if p.dep_ == "pobj" for k in parties.of(p, exclude)
        ]
    return list(dict.fromkeys(found))


def _by_someone_unnamed(verb: Token, lex: words.Lexicon) -> bool:
    """Whether ``verb`` answers claims by someone the clause leaves unnamed: "rejected
    claims by a Corran doctor", "denied allegations from a former employee"."""
    return any(
        o.dep_ == "dobj"
        and (o.lemma_.lower() in lex.owned or o.lemma_.lower() in lex.nouns)
        and any(
            p.dep_ == "pobj"
            and p.pos_ == "NOUN"
            and p.tag_ == "NN"
            and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in p.children)
            for c in o.children
            if c.dep_ == "prep" and c.lower_ in ("by", "from")
            for p in c.children
        )
        for o in verb.children
    )


def _in_response(verb: Token, lex: words.Lexicon) -> bool:
    """Whether ``verb`` is said "in response" or "in reply" to nothing it names ("X said
    in response that ..."; "in response to Y's claims" names its target, see
    :func:`_said_of`; "in response to a question" answers no one)."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "in"
        and any(
            p.dep_ == "pobj"
            and p.lemma_.lower() in lex.answers
            and not any(t.dep_ == "prep" for t in p.children)
            for p in c.children
        )
        and not any(t.dep_ == "prep" and t.lower_ == "to" for t in verb.children)
        for c in verb.children
    )


def _holds_up(tok: Token) -> bool:
    """Whether ``tok`` is "hold up", "stand up" or "add up" (of a claim, to scrutiny),
    "qualify" (of a thing, as what its maker calls it), "work" (of a product or a
    plan), or "meet" a standard ("Y's licence does not meet the definition")."""
    if tok.lemma_.lower() == "qualify":
        return not any(c.dep_ in ("dobj", "xcomp") for c in tok.children)
    if tok.lemma_.lower() in _MEETING:
        return any(c.dep_ == "dobj" and c.lemma_.lower() in _STANDARDS for c in tok.children)
    if tok.lemma_.lower() == "go":
        return words.goes_far_enough(tok)  # "Y's fix does not go far enough"
    if tok.lemma_.lower() == "work":
        # "Y's model doesn't work", "... does not work as advertised" (not "she does not
        # work for Y", "does not work on weekends")
        return not any(
            c.dep_ in ("dobj", "xcomp", "prt") or (c.dep_ == "prep" and c.lower_ != "as")
            for c in tok.children
        )
    if tok.lemma_.lower() in _FAITHFUL:
        # "the tests do not reflect how people use the product", "Y's figures do not
        # represent the market": a picture judged untrue to what it shows
        return any(c.dep_ in ("dobj", "ccomp") for c in tok.children)
    return tok.lemma_.lower() in ("hold", "stand", "add") and any(
        c.dep_ == "prt" and c.lower_ == "up" for c in tok.children
    )


def _meets_test(tok: Token, lex: words.Lexicon) -> bool:
    """Whether ``tok`` is a negated verb of ``failing_tests`` with its object ("did not
    hold water", "does not survive scrutiny", "doesn't make sense"; not a comparison:
    "doesn't make as much sense as investing")."""
    objects = lex.failing_tests.get(tok.lemma_.lower())
    return (
        objects is not None
        and words.negated(tok)
        and any(
            c.dep_ == "dobj"
            and c.lemma_.lower() in objects
            and not any(t.lower_ == "as" for t in c.subtree)
            for c in tok.children
        )
    )


def _rejects_own(tok: Token, challengers: list[str], parties: PartyResolver) -> bool:
    """Whether participle ``tok``, hung on a clause inside its sentence ("..., rejecting
    the company's argument"), would make its challengers contest their own words: the
    parser's attachment, not the writer's (no party rejects its own argument)."""
    if not challengers or tok.tag_ != "VBG" or tok.dep_ != "advcl" or tok.head.dep_ == "ROOT":
        return False
    owners = [
        p
        for o in tok.children
        if o.dep_ == "dobj"
        for p in o.children
        if p.dep_ == "poss" and p.pos_ != "PRON"
    ]
    return any(set(parties.of(p, set())) & set(challengers) for p in owners)


def _verb_read_as_noun(tok: Token, lex: words.Lexicon) -> bool:
    """Whether a relative clause's head read as a plural noun is a verb of answering
    ("a claim X disputes", "an account X rejects", "Y says ..., which X rejects")."""
    lemma = tok.text.lower()[:-1]  # "disputes" -> "dispute", "rejects" -> "reject"
    claim = (
        tok.head
        if tok.dep_ == "relcl"
        else next((c for c in tok.children if c.dep_ == "nsubj"), None)
    )
    if claim is None and tok.dep_ == "appos":
        # "..., a finding X contests", read as one noun phrase: "finding" its modifier
        claim = next(
            (
                c
                for c in tok.children
                if c.dep_ in ("amod", "compound")
                and c.i < tok.i
                and c.lower_ in lex.owned | lex.documents | lex.nouns.keys()
            ),
            None,
        )
    # "..., which X rejects": "which" after a comma sums up the clause before it
    sums_up = tok.dep_ == "relcl" and any(
        c.lower_ == "which" and c.i > 0 and tok.doc[c.i - 1].text == "," for c in tok.children
    )
    return (
        tok.text.endswith("s")
        and lex.verbs.get(lemma) in ("denies", "rebuts")
        and claim is not None
        and (
            claim.lemma_.lower() in lex.owned | lex.nouns.keys()
            or claim.lower_ in lex.owned | lex.documents
            or sums_up
        )
        and any(c.dep_ == "compound" for c in tok.children)
    )


def _denial_read_as_noun(tok: Token, lex: words.Lexicon) -> bool:
    """Whether a sentence's head read as a plural noun is a denial of what was said
    before ("Brontal disputes that.", "Brontal denies this."): the form of a verb of
    denial, with a demonstrative object."""
    low = tok.lower_
    lemmas = [low[:-1]] + ([low[:-3] + "y"] if low.endswith("ies") else [])
    return (
        tok.dep_ == "ROOT"
        and low.endswith("s")
        and any(lex.verbs.get(lemma) in ("denies", "rebuts") for lemma in lemmas)
        and any(
            c.dep_ in ("dobj", "attr", "appos") and c.lower_ in ("that", "this", "it")
            for c in tok.children
        )
    )


def _clause_subjects(clauses: list[Token], parties: PartyResolver, exclude: set[str]) -> list[str]:
    """The parties of the subjects of ``clauses``."""
    return [
        k
        for c in clauses
        for sub in c.children
        if sub.dep_ in ("nsubj", "nsubjpass")
        for k in parties.of(sub, exclude)
    ]


def _filed_by(tok: Token) -> Token | None:
    """The verb of filing that ``tok`` (a lawsuit, a complaint) is the passive subject
    or the participle's head of, when it has a ``by`` agent ("a lawsuit filed by X",
    "the lawsuit was filed by X")."""
    for verb in (*(c for c in tok.children if c.dep_ == "acl"), tok.head):
        if verb is tok.head and tok.dep_ != "nsubjpass":
            continue
        if verb.lemma_.lower() in FILING_VERBS | {"bring"} and any(
            c.dep_ == "agent" for c in verb.children
        ):
            return verb
    return None


def _parties_after(head: Token, prep: str, parties: PartyResolver, exclude: set[str]) -> list[str]:
    """The parties of the objects of ``head``'s ``prep`` phrases ("against Y", "between X
    and Y"), but ``exclude``."""
    return [
        k
        for c in head.children
        if c.dep_ == "prep" and c.lower_ == prep
        for p in c.children
        if p.dep_ == "pobj"
        for k in parties.of(p, exclude)
    ]


# what a party does with a suit or charge brought against it ("Y is fighting a lawsuit
# brought by X", "Y faces a complaint from X")
_FACING = frozenset({"face", "confront", "fight", "contest", "defend", "battle"})


def _noun_challenge(
    tok: Token, parties: PartyResolver, lex: words.Lexicon
) -> tuple[list[str], list[str]]:
    """``X's lawsuit against Y``, ``criticism of Y from X``, ``X filed a complaint against Y``."""
    challengers: list[str] = []
    for c in tok.children:
        if c.dep_ == "poss" and c.lower_ == "its":
            # "its lawsuit against Y": the organisation named last before it
            k = parties.last_before(c.idx, "Organization", set())
            challengers = [k] if k is not None else []
        elif c.dep_ == "poss":
            challengers = parties.of(c, set())
        elif c.dep_ == "prep" and c.lower_ in ("by", "from"):
            for p in c.children:
                if p.dep_ == "pobj":
                    challengers = parties.of(p, set())
    filing = _filed_by(tok)
    if not challengers and filing is not None:
        # "a lawsuit filed by X against Y", "the lawsuit against Y was filed by X", "Y is
        # fighting a lawsuit brought by X" (before the verb's subject: Y only fights it)
        challengers = [
            k
            for c in filing.children
            if c.dep_ == "agent"
            for p in c.children
            if p.dep_ == "pobj"
            for k in parties.of(p, set())
        ]
    if (
        not challengers
        and tok.dep_ == "dobj"
        and not words.negated(tok.head)
        and not _answers(tok.head, lex)
        and tok.head.lemma_.lower() not in lex.naming
    ):
        # "X filed a complaint", "X levelled accusations at Y" (not "X dismissed the
        # accusations": that subject answers them; nor "X called the lawsuit a stunt":
        # that subject judges it)
        challengers, _ = parties.subject(tok.head)
    trade = next((c for c in tok.children if c.dep_ == "compound" and c.lower_ == "trade"), None)
    if (
        not challengers
        and trade is not None
        and all(t.pos_ in ("PROPN", "CCONJ") for t in tok.doc[tok.sent.start : trade.i])
    ):
        # a headline's "X and Y trade barbs", the tagger taking "trade" for a noun: the
        # two parties named before it
        before = parties.mentions_within(tok.sent.start_char, trade.idx)
        keys = list(dict.fromkeys(k for _, _, k in before))
        if len(keys) == 2:
            return keys[:1], keys[1:]
    if (
        not challengers
        and tok.dep_ == "pobj"
        and tok.head.lower_ == "in"
        and not words.negated(tok.head.head)
    ):
        # "X is embroiled in a dispute with Y", "X is locked in a legal battle with Y"
        holder = next((c for c in tok.head.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        challengers = parties.of(holder, set()) if holder is not None else []
    if not challengers:
        # "the feud between X and Y": both sides after "between"
        both = _parties_after(tok, "between", parties, set())
        if not both and tok.dep_ == "nsubj" and not words.negated(tok.head):
            # "A rift has opened between X and Y": the parser hangs "between" on the verb
            both = _parties_after(tok.head, "between", parties, set())
        return (both[:1], both[1:]) if len(both) > 1 else ([], [])
    exclude = set(challengers)
    targets: list[str] = []
    # "filed a complaint with the FTC": where a case is filed, not against whom
    preps = (
        lex.preps["noun"] - {"with"}
        if lex.nouns.get(tok.lemma_.lower()) == "sues"
        else (lex.preps["noun"])
    )
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            for p in c.children:
                if p.dep_ == "pobj":
                    # "criticism on X": where it was posted, when X is a platform
                    skip = parties.platforms if c.lower_ == "on" else frozenset()
                    targets.extend(k for k in parties.of(p, exclude) if k not in skip)
    if not targets:
        # "an injunction barring Y from selling ...": whom the remedy bars
        targets = [
            k
            for c in tok.children
            if c.dep_ == "acl" and c.lemma_.lower() in lex.barring
            for o in c.children
            if o.dep_ == "dobj"
            for k in parties.of(o, exclude)
        ]
    if not targets and filing is not None:
        # "a lawsuit filed by X against Y": "against" hung on the participle; in "cases
        # brought by X against Y and by Z against W" only what precedes the second "by"
        # is X's
        second_by = next(
            (
                t.i
                for t in tok.doc[filing.i + 1 : tok.sent.end]
                if t.lower_ == "by" and t.dep_ == "conj"
            ),
            len(tok.doc),
        )
        targets = [
            k
            for c in filing.children
            if c.dep_ == "prep" and c.lower_ == "against" and c.i < second_by
            for p in c.children
            if p.dep_ == "pobj"
            for k in parties.of(p, exclude)
        ]
    if not targets and tok.dep_ == "dobj":
        # "filed a lawsuit ... against Y", "levelled accusations ... at Y": the
        # preposition attached to the verb; a demand letter is sent "to" Y
        addressed = tok.lemma_.lower() in _ADDRESSED
        verb_preps = ("against", "at", "to") if addressed else ("against", "at")
        for c in tok.head.children:
            if c.dep_ in ("prep", "dative") and c.lower_ in verb_preps:
                for p in c.children:
                    if p.dep_ == "pobj":
                        targets.extend(parties.of(p, exclude))
    if not targets and tok.right_edge.i + 1 < len(tok.doc):
        # "in its lawsuit against Y" with "against Y" hung on a verb: right after the
        # noun it still says whom the lawsuit is against
        nxt = tok.doc[tok.right_edge.i + 1]
        if nxt.dep_ == "prep" and nxt.lower_ in ("against", "at"):
            for p in nxt.children:
                if p.dep_ == "pobj":
                    targets.extend(parties.of(p, exclude))
    if not targets and words.opposing_noun(tok, lex) == "accuses":
        # "X's accusation that Y copied the code": the subject of what it alleges
        targets = [
            k
            for c in tok.children
            if c.dep_ in ("acl", "relcl") and any(m.lower_ == "that" for m in c.children)
            for s in c.children
            if s.dep_ in ("nsubj", "nsubjpass")
            for k in parties.of(s, exclude)
        ]
    if not targets and tok.dep_ == "dobj" and tok.head.lemma_.lower() in _FACING:
        targets, _ = parties.subject(tok.head)  # "Y faces a lawsuit from X"
        targets = [k for k in targets if k not in exclude]
    if (
        not targets
        and len(challengers) > 1
        and (words.opposing_noun(tok, lex) == "opposes" or tok.head.lemma_ == "trade")
    ):
        # "X and Y are locked in a feud", "X and Y traded barbs": each other
        return challengers[:1], challengers[1:]
    return challengers, targets


def _brought_against(tok: Token, lex: words.Lexicon) -> bool:
    """A claim or case a relative clause says someone brought ("the claims Y brought
    against Z")."""
    if tok.lemma_.lower() not in lex.owned and tok.lemma_.lower() not in lex.nouns:
        return False
    return any(
        c.dep_ == "relcl"
        and c.lemma_.lower() in BRINGING_VERBS
        and any(p.dep_ == "prep" and p.lower_ == "against" for p in c.children)
        for c in tok.children
    )


def _headline_challenges(
    sent: Span, mentions: list[tuple[int, int, str]], parties: PartyResolver, lex: words.Lexicon
) -> list[tuple[str, str, Token, str]]:
    """(challenger, target, verb, kind) of "<party> <verb> <party>" in a title-case line:
    "Nvidia Slams Anthropic", "BBC Calls Out Apple", "Reuters Lashes Out At X",
    "OpenAI Sued by Ziff Davis" (the verb from the opposition lexicon)."""
    inside = [m for m in mentions if sent.start_char <= m[0] and m[1] <= sent.end_char]
    found = []
    text = parties.text  # (the document's, made once: ``doc.text`` is built anew each time)
    for (_, end, a), (start, b_end, b) in pairwise(inside):
        between = sent.doc.char_span(end, start, alignment_mode="expand")
        if between is None or a == b or not 1 <= len(between) <= 3:
            continue
        if re.match(r",\s*[A-Z]", text[b_end : b_end + 3]):
            continue  # "Sued by CNET, IGN Owner Ziff Davis": the name goes on past the comma
        said = [t.text for t in between]
        verb, kind, passive = between[0], None, False
        if len(said) == 1:
            kind = lex.verbs.get(words.headline_lemma(said[0]))
        elif len(said) == 2 and said[1].lower() == "by":
            kind, passive = lex.verbs.get(words.participle_lemma(said[0], lex)), True
        else:
            kind = lex.phrasal.get((words.headline_lemma(said[0]), said[1].lower()))
        challenger, target = parties.party_of_key(a), parties.party_of_key(b)
        if kind is None or challenger is None or target is None:
            continue
        if passive:
            challenger, target = target, challenger
        found.append((challenger, target, verb, kind))
    return found


def _reception(tok: Token, parties: PartyResolver) -> tuple[list[str], list[str]]:
    """(challengers, targets) of "Y's claims were met with skepticism by X" (the agent,
    or "by X" or "from X" hung on the noun) and of "X met Y's claims with scorn"."""
    if any(c.dep_ == "nsubjpass" for c in tok.children):
        challengers = parties.agent(tok) or [
            k
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ == "with"
            for noun in c.children
            for by in noun.children
            if by.dep_ == "prep" and by.lower_ in ("by", "from")
            for p in by.children
            if p.dep_ == "pobj"
            for k in parties.of(p, set())
        ]
        thing = next(c for c in tok.children if c.dep_ == "nsubjpass")
    else:
        challengers, _ = parties.subject(tok)
        thing = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if thing is None:
        return challengers, []
    return challengers, parties.of(thing, set(challengers))


def _posted_on(obj: Token, parties: PartyResolver) -> bool:
    """Whether ``obj`` is the platform something was said on ("raised concerns on X"),
    which is where, not whom."""
    return (
        obj.dep_ == "pobj"
        and obj.head.lower_ in ("on", "via")
        and parties.tok_key.get(obj.i) in parties.platforms
    )


def _said_where_or_when(obj: Token, parties: PartyResolver, lex: words.Lexicon) -> bool:
    """Whether ``obj`` says where or when a reply was made, not whom it answers:
    "fired back on social media", "pushed back at a conference", "hit back on Thursday"
    (a venue no party owns or names: "pushed back on Y's post", "turned the story back
    on the Post" answer Y and the Post)."""
    if obj.ent_type_ in ("DATE", "TIME"):
        return True
    return (
        obj.i not in parties.tok_key
        and obj.dep_ == "pobj"
        and obj.head.lower_ in ("on", "at", "via")
        and (obj.lemma_.lower() in lex.venues or obj.lower_ in lex.venues)
        and not any(
            c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("by", "from", "of"))
            for c in obj.children
        )
    )


def _bare_reception(tok: Token, noun: Token, sent: Span) -> bool:
    """Whether a sentence says only that something drew opposition, from no one and for
    nothing it names: "The claim quickly drew skepticism.", "The move sparked a
    backlash." (not "... drew criticism from rivals", "X faced criticism for ...")."""
    words_in = [t for t in sent if not t.is_punct]
    return (
        tok.dep_ == "ROOT"
        and len(words_in) <= 8
        and not any(c.dep_ in ("prep", "advcl", "ccomp", "agent") for c in noun.children)
        and not any(
            c.dep_ in ("advcl", "ccomp", "agent") or (c.dep_ == "prep" and c.lower_ != "under")
            for c in tok.children
        )
    )


def _incurred(tok: Token, noun: Token, parties: PartyResolver) -> tuple[list[str], list[str]]:
    """(challengers, targets) of "X came under fire from Y", "X's plan drew the ire of
    Y" and "X was hit with a lawsuit by Y": the party after "from"/"of"/"by" (on the
    noun, the verb or a verb describing the noun) opposes the subject."""
    targets, passive = parties.subject(tok)
    if passive or not targets:  # "X was hit with a lawsuit": the passive subject draws it
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        targets = parties.of(subj, set()) if subj is not None else []
    # "a complaint filed by Y": the agent of the verb that describes the noun
    described = [c for c in noun.children if c.dep_ == "acl"]
    challengers = [
        k
        for c in [*noun.children, *tok.children, *(a for d in described for a in d.children)]
        if (c.dep_ == "prep" and c.lower_ in ("from", "of", "by", "among")) or c.dep_ == "agent"
        for p in c.children
        if p.dep_ == "pobj"
        for k in parties.of(p, set(targets))
    ]
    return challengers, targets


NEXT_DOCUMENT_REACH = 400  # how far after a denial of "a report" its author may be named


def _stood_by_its_own(tok: Token, lex: words.Lexicon) -> bool:
    """Whether ``tok`` stands or sticks by the subject's own work or claim ("stood by
    its figures", "sticks by her reporting"; not "stood by its partner")."""
    return tok.lemma_.lower() in ("stand", "stick") and any(
        p.dep_ == "poss" and p.lower_ in ("its", "their", "his", "her", "our")
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == "by"
        for o in c.children
        if o.dep_ == "pobj" and (o.lemma_.lower() in lex.owned or o.lemma_.lower() in lex.documents)
        for p in o.children
    )


def _reporters(verb: Token, parties: PartyResolver, exclude: set[str]) -> list[str]:
    """Whose statement a reporting verb reports: the party it cites ("X says, citing Y's
    reporting, that ..."), else its subject."""
    cited = [
        k
        for c in verb.children
        if c.tag_ == "VBG" and c.lemma_.lower() in lexicon()["citing_verbs"]
        for o in c.children
        if o.dep_ == "dobj"
        for k in parties.of(o, exclude)
    ]
    return cited or [k for c in verb.children if c.dep_ == "nsubj" for k in parties.of(c, exclude)]


def _denied_findings(
    tok: Token, parties: PartyResolver, exclude: set[str], reporting: frozenset[str]
) -> list[str]:
    """The authors of a statement or finding a denial governs as its clause."""
    return [
        k
        for c in tok.children
        if c.dep_ == "ccomp"
        and (c.lemma_.lower() in reporting or c.lemma_.lower() in words.FINDING_VERBS)
        for sub in c.children
        if sub.dep_ == "nsubj"
        for k in parties.of(sub, exclude)
    ]


def _critic(tok: Token, parties: PartyResolver) -> tuple[list[str], list[str]]:
    """``critics of Y, including X``, ``X, a critic of Y``, ``X is a critic of Y``,
    ``Y critic X``: X criticises Y (a stance, whatever the sentence's verb)."""
    targets = [
        k
        for c in tok.children
        if (c.dep_ == "prep" and c.lower_ == "of") or c.dep_ in ("compound", "poss")
        for p in (c.children if c.dep_ == "prep" else [c])
        if p.dep_ in ("pobj", "compound", "poss")
        for k in parties.of(p, set())
    ]
    challengers = parties.of(tok, set(targets))  # the critics the noun lists
    if not challengers and tok.dep_ in ("compound", "appos"):
        challengers = parties.of(tok.head, set(targets))  # "Y critic X", "X, a critic of Y"
    if not challengers and tok.dep_ == "attr" and not words.negated(tok.head):
        challengers, _ = parties.subject(tok.head)  # "X is a critic of Y"
    return challengers, [k for k in targets if k not in challengers]


def _author(tok: Token, parties: PartyResolver, lex: words.Lexicon) -> list[str]:
    """Who wrote a document: its owner ("X's paper", "a report by X") or the subject
    of publishing it ("X published an analysis")."""
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in lex.publishing:
        found, _ = parties.subject(tok.head)  # before "a GitHub analysis": the platform
        if found:
            return found
    # "the bill's author, X", "the author of the report, X": the author named beside
    writer = tok.head if tok.dep_ == "poss" else tok.head.head if tok.head.lower_ == "of" else None
    if writer is not None and writer.lemma_.lower() in lex.author_nouns:
        # ("X, the bill's sponsor": the name the description is apposed to)
        found = parties.of(writer.head if writer.dep_ == "appos" else writer, set())
        if found:
            return [k for k in found if k not in parties.platforms]
    found = _announced_finding(tok, parties) or parties.of(tok, set())
    if not found:
        # "tests run by X", "a study conducted by X", "a report published by X"
        found = [
            k
            for c in tok.children
            if c.dep_ == "acl" and c.lemma_.lower() in lex.document_leading | lex.publishing
            for a in c.children
            if a.dep_ == "agent"
            for p in a.children
            if p.dep_ == "pobj"
            for k in parties.of(p, set())
        ]
    head = tok.head.head
    subjects = [c for c in head.children if c.dep_ == "nsubj"]
    if (
        not found
        and tok.dep_ == "pobj"
        and tok.head.lower_ == "in"
        and head.pos_ == "VERB"
        and head.lemma_.lower() in _ANNOUNCING | _DISCLOSING | lex.publishing
        # a party named or "the company" (not "the members wrote in a letter")
        and any(s.pos_ == "PROPN" or s.lemma_.lower() in ORG_DESCRIPTIONS for s in subjects)
        # (not "X said in a report in The New York Times": the paper's report)
        and not any(c.dep_ == "prep" and c.lower_ in ("in", "by") for c in tok.children)
    ):
        # "..., the company disclosed in a safety report": who disclosed it
        found, _ = parties.subject(head)
    if not found and tok.head.lower_ == "of" and head.pos_ == "NOUN":
        # "the release of a paper by X": the author hangs on the event noun
        found = [
            k
            for c in head.children
            if c.dep_ == "prep" and c.lower_ in ("by", "from")
            for p in c.children
            if p.dep_ == "pobj"
            for k in parties.of(p, set())
        ]
    return [k for k in found if k not in parties.platforms]


def _announced_finding(tok: Token, parties: PartyResolver) -> list[str]:
    """Who announces what a document with no owner named found: "An independent audit
    of Y's software found no bias, the auditing firm X said" (X made the audit; Y is
    what it examined)."""
    said = tok.head.head
    if (
        tok.dep_ != "nsubj"
        or tok.head.dep_ != "ccomp"
        or tok.head.lemma_.lower() not in words.FINDING_VERBS
        or said.lemma_.lower() not in _ANNOUNCING
        or any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "by") for c in tok.children)
    ):
        return []
    found, _ = parties.subject(said)
    return found


# verbs by which a party announces what its own document found
_ANNOUNCING = frozenset({"say", "announce", "report", "state"})
# ... or discloses something in it ("the company disclosed in a safety report")
_DISCLOSING = frozenset({"disclose", "reveal", "write", "detail", "acknowledge", "admit"})


def _stance(
    tok: Token, parties: PartyResolver, lex: words.Lexicon
) -> list[tuple[list[str], list[str], str]]:
    """``X is critical of Y``, ``X's view is at odds with Y's`` (or "with that of Y"),
    ``X and Y are at odds over ...``, ``that puts X at odds with Y``; not ``X is not
    critical of Y``."""
    found = []
    for phrase, kind in lex.stances.items():
        first = phrase[0] if phrase[0] not in ("at", "in") else phrase[1]
        if tok.lower_ != first:
            continue
        prep = phrase[-1]
        objs = [
            _view_of(p)
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ == prep
            for p in c.children
            if p.dep_ == "pobj"
        ]
        # the holder: subject of the copula (or of the clause the adjective sits in)
        head = tok
        while head.dep_ in ("acomp", "pobj", "prep", "attr") and head.head != head:
            head = head.head
        if words.negated(head) or words.negated(tok):
            continue
        if head.dep_ == "ccomp" and words.negated(head.head):
            continue  # "I don't think we are at odds with Y"
        placed = next((c for c in head.children if c.dep_ == "dobj"), None)
        if head.pos_ == "VERB" and placed is not None:
            # "That view puts him at odds with Y": the one placed so holds the stance
            challengers = parties.of(placed, set())
        else:
            challengers, _ = parties.subject(head)
        if not challengers and tok.dep_ == "amod":
            challengers = parties.of(tok.head, set())
        if not objs:
            if prep == "with" and len(challengers) > 1:
                # "X and Y are at odds over ...": both sides in the subject
                found.append((challengers[:1], challengers[1:], kind))
            continue
        exclude = set(challengers)
        targets = [k for o in objs for k in parties.of(o, exclude)]
        found.append((challengers, targets, kind))
    return found


def _view_of(obj: Token) -> Token:
    """``that of Y`` stands for Y's view: the object of its ``of``."""
    if obj.lower_ not in ("that", "those"):
        return obj
    return next(
        (
            p
            for c in obj.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children
            if p.dep_ == "pobj"
        ),
        obj,
    )
