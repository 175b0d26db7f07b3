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
- *failed checks*: "X could not reproduce Y's results";
- *answers that name no target*: "X disagreed", "X rejected the allegations", "X
  denied paying ...": the target is whoever last challenged X's side, else the claimant
  of another side whose claim the answer echoes, else the last critic, else the author
  of the paper or report the article names ("a paper by Y", "Y published an analysis").

Negated, hedged ("unclear whether X will sue Y") and questioned cues are no
challenge; agreement words are not in the lexicon, so "X agrees with Y" never is.
Parties the parse puts on one side never challenge each other.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from ingest.gazetteer import DATA_DIR
from ingest.parties import BRINGING_VERBS, PartyResolver

NAMING = "names"  # "X called Y dishonest": a challenge only with a slur


@dataclass(frozen=True, slots=True)
class Lexicon:
    verbs: dict[str, str]
    phrasal: dict[tuple[str, str], str]
    intransitive: frozenset[str]
    respond: frozenset[str]
    nouns: dict[str, str]
    stances: dict[tuple[str, ...], str]
    owned: frozenset[str]
    preps: dict[str, frozenset[str]]
    verb_preps: dict[str, frozenset[str]]
    naming: frozenset[str]
    pejoratives: frozenset[str]
    group_nouns: frozenset[str]
    unconfirmed: frozenset[str]
    reply_objects: frozenset[str]
    opinion_verbs: frozenset[str]
    position_verbs: frozenset[str]
    documents: frozenset[str]
    publishing: frozenset[str]
    platforms: frozenset[str]
    misdeeds: frozenset[str]
    reciprocal: frozenset[str]
    critics: frozenset[str]
    asked_bodies: frozenset[str]
    doubting: frozenset[str]


@cache
def lexicon() -> Lexicon:
    """The opposition lexicon from ``data/opposition.json`` (read once per process)."""
    raw: dict[str, Any] = json.loads((DATA_DIR / "opposition.json").read_text(encoding="utf-8"))
    return Lexicon(
        verbs=dict(raw["verbs"]),
        phrasal={tuple(k.split()): v for k, v in raw["phrasal"].items()},  # type: ignore[misc]
        intransitive=frozenset(raw["intransitive"]),
        respond=frozenset(raw["respond_verbs"]),
        nouns=dict(raw["nouns"]),
        stances={tuple(k.split()): v for k, v in raw["stances"].items()},
        owned=frozenset(raw["owned_things"]),
        preps={k: frozenset(v) for k, v in raw["target_preps"].items()},
        verb_preps={k: frozenset(v) for k, v in raw["verb_preps"].items()},
        naming=frozenset(raw["naming_verbs"]),
        pejoratives=frozenset(raw["pejoratives"]),
        group_nouns=frozenset(raw["group_nouns"]),
        unconfirmed=frozenset(raw["unconfirmed_checks"]),
        reply_objects=frozenset(raw["reply_objects"]),
        opinion_verbs=frozenset(raw["opinion_verbs"]),
        position_verbs=frozenset(raw["position_verbs"]),
        documents=frozenset(raw["documents"]),
        publishing=frozenset(raw["publishing_verbs"]),
        platforms=frozenset(raw["platforms"]),
        misdeeds=frozenset(raw["misdeeds"]),
        reciprocal=frozenset(raw["reciprocal_verbs"]),
        critics=frozenset(raw["critic_nouns"]),
        asked_bodies=frozenset(raw["asked_bodies"]),
        doubting=frozenset(raw["doubting_states"]),
    )


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


HEDGES = {"unclear", "unknown", "unlikely", "uncertain", "rumored", "rumoured", "possible"}


def _hedged(tok: Token, question: bool = False) -> bool:
    """A possibility, not a report: "it is unclear whether X will sue Y", "if X sues Y",
    or (``question``: the sentence is one) a question."""
    cur = tok
    for _ in range(6):
        if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in cur.children):
            return True
        if cur.lower_ in HEDGES or any(
            c.dep_ == "acomp" and c.lower_ in HEDGES for c in cur.children
        ):
            return True
        if cur.head == cur:
            break
        cur = cur.head
    return question


def _reporting_verb(clause: Token) -> Token | None:
    """The verb that reports ``clause``: its head when it is the verb's complement
    ("X said Y erred"), or the verb of a "said in a statement that Y erred" phrase,
    whose clause the parser hangs on the noun."""
    if clause.dep_ in ("ccomp", "xcomp"):
        return clause.head
    noun = clause.head
    if (
        clause.dep_ in ("acl", "relcl")
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
        and noun.dep_ == "pobj"
        and noun.head.dep_ == "prep"
        and noun.head.head.pos_ == "VERB"
    ):
        return noun.head.head
    return None


def _reported_misdeed(
    tok: Token, lemma: str, lex: Lexicon, reporting: frozenset[str], question: bool
) -> bool:
    """A reported clause that charges its subject with wrongdoing: "(X said) Y misled
    users", "(X claims) Y is scraping sites", "(X said) Y's results were inflated"."""
    verb = _reporting_verb(tok)
    if verb is None or tok.dep_ == "xcomp" or verb.lemma_.lower() not in reporting:
        return False
    if _negated(verb) or _negated(tok) or _hedged(verb, question):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return False
    if lemma in lex.misdeeds:
        return True
    return lemma == "be" and any(
        c.dep_ in ("acomp", "attr") and c.lower_ in lex.pejoratives for c in tok.children
    )


def _failed(tok: Token) -> bool:
    """``could not reproduce``, ``failed to replicate``, ``were unable to verify``."""
    if _negated(tok):
        return True
    head = tok.head
    return tok.dep_ == "xcomp" and (
        head.lemma_.lower() == "fail"
        or (head.lemma_.lower() == "be" and any(c.lower_ == "unable" for c in head.children))
        or head.lower_ == "unable"
    )


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" for c in tok.children) or any(
        c.dep_ == "neg" for c in tok.head.children if tok.dep_ in ("xcomp",)
    )


def _lemma(tok: Token, lex: Lexicon) -> str:
    """The token's lemma, or for a verb the lexicon's lemma its form comes from when the
    small model's lemmatizer misses it ("fined" -> "fin")."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "VERB" or lemma in lex.verbs:
        return lemma
    low = tok.lower_
    for cut, add in (("d", ""), ("ed", ""), ("s", ""), ("es", ""), ("ing", ""), ("ing", "e")):
        base = low[: -len(cut)] + add if low.endswith(cut) else ""
        if base in lex.verbs:
            return base
    return lemma


QUANTITY_WORDS = frozenset({"all", "many", "most", "much", "part", "several", "some"})


def _objects(tok: Token, preps: frozenset[str]) -> list[Token]:
    out = [c for c in tok.children if c.dep_ in ("dobj", "dative")]
    # "fined Meta 200 million euros": the small model hangs the name on the amount
    out += [n for o in out for n in o.children if n.dep_ == "nmod" and n.pos_ == "PROPN"]
    # "dismissed most of the claims": the claims, not the quantity
    out += [
        p
        for o in out
        if o.lemma_.lower() in QUANTITY_WORDS
        for c in o.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children
        if p.dep_ == "pobj"
    ]
    # "called for Y to remove ...": the preposition parsed as the mark of a clause
    for c in tok.children:
        if c.dep_ in ("advcl", "ccomp", "xcomp") and any(
            m.dep_ == "mark" and m.lower_ in preps for m in c.children
        ):
            out.extend(s for s in c.children if s.dep_ == "nsubj")
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            out.extend(p for p in c.children if p.dep_ == "pobj")
        if c.dep_ == "prt":  # "lashed out at": the preposition hangs off the particle
            for p in c.children:
                if p.dep_ == "prep" and p.lower_ in preps:
                    out.extend(o for o in p.children if o.dep_ == "pobj")
    return out


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
    not write them); ``reporting`` the lemmas of reporting verbs ("say", "claim").
    Also returns the groups of parties the parse puts on one side ("Meta CTO X") or
    shows acting together (co-challengers, co-targets), which the weaker claim pairs
    of ``ingest/disputes.py`` treat as one side.
    """
    lex = lexicon()
    platforms = frozenset(
        k for k, name in (names or {}).items() if name.casefold() in lex.platforms
    )
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
    )
    affiliated = parties.affiliations()  # "Meta CTO X": one side throughout the article
    # parties that challenge together or are challenged together ("X and Y sued Z",
    # "X sued Y and Z"): allies in that challenge, which the weaker claim pairs respect
    together: list[list[str]] = []

    def side_of(key: str) -> set[str]:
        """The relations' side of ``key`` plus the parties the parse puts on it."""
        return relation_side(key).union(*(g for g in affiliated if key in g))

    out: list[Challenge] = []
    seen: set[tuple[str, str, int]] = set()
    critics: list[tuple[int, list[str]]] = []  # challengers whose target was not named
    # who wrote the papers and reports the article names ("a paper by X", "X published
    # an analysis"): a denial that names no one may answer their finding
    authors = [
        (sent.start_char, _author(tok, parties, lex))
        for sent in sentences
        for tok in sent
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in lex.documents
    ]

    def answered(pos: int, challengers: list[str]) -> list[str]:
        """Whom an answer with no named target answers: the last challenger of the
        answering side, else a claimant who accused that side, else the last critic
        who named no target, else the last claimant of another side."""
        mine = set().union(*(side_of(c) for c in challengers))

        def theirs(key: str) -> bool:
            return key not in mine and not side_of(key) & mine and key not in platforms

        for ch in reversed(out):
            if ch.start < pos and ch.target in mine and theirs(ch.challenger):
                return [c.challenger for c in out if c.start == ch.start and c.target == ch.target]
        accuser = last_other_claimant(pos, challengers[0], True)
        if accuser is not None and theirs(accuser):
            return [accuser]
        for start, who in reversed(critics):
            if start < pos and all(theirs(k) for k in who):
                return who
        written = [(start, who) for start, who in authors if who and all(theirs(k) for k in who)]
        earlier = [who for start, who in written if start < pos]
        if earlier or written:
            return earlier[-1] if earlier else written[0][1]
        prev = last_other_claimant(pos, challengers[0], False)
        return [prev] if prev and theirs(prev) else []

    def add(challengers: list[str], targets: list[str], tok: Token, kind: str, sent: Span) -> None:
        together.extend(g for g in (challengers, targets) if len(g) > 1 and g not in together)
        for challenger in challengers:
            mine = side_of(challenger)
            for target in targets:
                if target == challenger or target in mine or challenger in side_of(target):
                    continue
                if (challenger, target, sent.start_char) in seen:
                    continue
                seen.add((challenger, target, sent.start_char))
                out.append(
                    Challenge(
                        challenger, target, sent.start_char, sent.end_char, tok.text, kind, tok.idx
                    )
                )

    for sent in sentences:
        question = sent.text.rstrip().endswith("?")
        for tok in sent:
            lemma = _lemma(tok, lex)
            if reporting and _reported_misdeed(tok, lemma, lex, reporting, question):
                # "X said Y misled users", "X claims Y's figures were inflated"
                challengers, _ = parties.subject(_reporting_verb(tok) or tok.head)
                subj = next(c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass"))
                targets = parties.of(subj, set(challengers))
                add(challengers, targets, tok, "accuses", sent)
            if tok.pos_ == "VERB" and _unconvinced(tok):
                # "Y is not convinced" (a passive with no agent): doubts the other side
                subj = next(c for c in tok.children if c.dep_ == "nsubjpass")
                challengers = parties.of(subj, set())
                if challengers:
                    targets = answered(sent.start_char, challengers)
                    add(challengers, targets, tok, "questions", sent)
                continue
            if tok.pos_ in ("VERB", "AUX"):
                if lemma in lex.unconfirmed and _failed(tok):
                    # "could not reproduce Y's results": the check questions Y's claim
                    kind, preps, owned_only = "questions", frozenset(), True
                else:
                    kind, preps, owned_only = _verb_cue(tok, lemma, lex)
                    if (kind is not None or lemma in lex.opinion_verbs) and (
                        _negated(tok) or _hedged(tok, question)
                    ):
                        continue
                if kind is None and lemma in lex.reciprocal:
                    # "X and Y clashed over ...": the subject names both sides
                    both, _ = parties.subject(tok)
                    maybe = any(c.dep_ == "aux" and c.lower_ in MAYBE_AUX for c in tok.children)
                    if len(both) > 1 and not (maybe or _negated(tok) or _hedged(tok, question)):
                        add(both[:1], both[1:], tok, "opposes", sent)
                    continue
                if kind is None and (lemma in lex.opinion_verbs or lemma in reporting):
                    if _negated(tok):
                        continue
                    if any(
                        c.dep_ == "advmod" and c.lower_ in ("otherwise", "differently")
                        for c in tok.children
                    ):
                        # "Y insists otherwise", "Y sees it differently": against the last
                        # other claimant's view
                        challengers, _ = parties.subject(tok)
                        if challengers:
                            targets = answered(sent.start_char, challengers)
                            add(challengers, targets, tok, "rebuts", sent)
                        continue
                if kind is None and lemma in FINDING_VERBS and _short_of_claims(tok):
                    # "Y found it was slower than advertised": a finding against a claim
                    challengers, _ = parties.subject(tok)
                    if challengers:
                        targets = answered(sent.start_char, challengers)
                        add(challengers, targets, tok, "rebuts", sent)
                    continue
                if kind is None:
                    contrast = _contrasted(tok, lemma, lex)
                    if contrast:
                        # "Unlike X, Y believes ...": opposed positions on one question
                        challengers, _ = parties.subject(tok)
                        exclude = set(challengers)
                        targets = [k for o in contrast for k in parties.of(o, exclude)]
                        add(challengers, targets, tok, "opposes", sent)
                    continue
                slur = kind == NAMING and _pejorative(tok, lex)
                if kind == NAMING:
                    if not slur:
                        continue  # "X called Y a pioneer"
                    kind = "criticises"
                challengers, passive = parties.subject(tok)
                if not challengers:
                    continue
                exclude = set(challengers)
                if passive:
                    subj = next(c for c in tok.children if c.dep_ == "nsubjpass")
                    targets = parties.of(subj, exclude)
                else:
                    all_objs = objs = _objects(tok, preps)
                    if slur and not all_objs:
                        # "called the warning alarmist" parsed as one noun phrase
                        all_objs = objs = [
                            c
                            for o in tok.children
                            if o.dep_ == "oprd"
                            for c in o.children
                            if c.dep_ == "compound" and c.pos_ == "NOUN"
                        ]
                    if owned_only:
                        objs = [o for o in objs if _is_owned_claim(o, lex) or _possessor(o)]
                    if lemma in lex.respond:
                        objs = [o for o in objs if o.lemma_.lower() in lex.reply_objects]
                    targets = [k for o in objs for k in parties.of(o, exclude)]
                    if not targets and kind == "accuses":
                        # "X alleged that Y copied ...": the accused is the clause's subject
                        # (also when the parser hangs the clause on a noun: "alleged in
                        # the lawsuit that Y copied ...")
                        targets = [
                            k
                            for c in _alleged_clauses(tok)
                            for sub in c.children
                            if sub.dep_ in ("nsubj", "nsubjpass")
                            for k in parties.of(sub, exclude)
                        ]
                    if not targets and kind == "questions":
                        # "X questioned whether Y's chip was as fast as claimed": the
                        # doubted clause is about its subject's party
                        targets = [
                            k
                            for c in _doubted_clauses(tok)
                            for sub in c.children
                            if sub.dep_ in ("nsubj", "nsubjpass")
                            for k in parties.of(sub, exclude)
                        ]
                    if not targets and (
                        (not all_objs and _intransitive(tok, lemma, lex))
                        or (
                            (kind in ("denies", "rebuts") or slur)
                            and _unowned_claims(all_objs, lex)
                        )
                        or (kind == "denies" and _clausal(tok))
                    ):
                        # "X disagreed", "X rejected the allegations", "X denied paying":
                        # the answer goes to whoever challenged X's side last
                        targets = answered(sent.start_char, challengers)
                if not targets and lemma in lex.unconfirmed and kind == "questions":
                    # "were unable to replicate them": the claim last made by another side
                    targets = answered(sent.start_char, challengers)
                if not targets and kind in ("accuses", "criticises", "questions"):
                    critics.append((sent.start_char, challengers))
                add(challengers, targets, tok, kind, sent)
            elif tok.dep_ in ("acomp", "attr") and tok.lower_ in lex.pejoratives:
                # "X said the report by Y was inaccurate": a party's claim judged false
                be = tok.head
                subj = next((c for c in be.children if c.dep_ == "nsubj"), None)
                verb = _reporting_verb(be)
                if subj is None or verb is None or _negated(be):
                    continue
                challengers, _ = parties.subject(verb)
                exclude = set(challengers)
                if subj.lemma_.lower() in lex.owned or subj.lemma_.lower() in lex.nouns:
                    targets = parties.of(subj, exclude)
                    if not targets and _unowned_claims([subj], lex) and challengers:
                        targets = answered(sent.start_char, challengers)
                    add(challengers, targets, tok, "rebuts", sent)
            elif tok.pos_ == "NOUN" and tok.lemma_.lower() in lex.critics:
                challengers, targets = _critic(tok, parties)
                add(challengers, targets, tok, "criticises", sent)
            elif tok.pos_ == "NOUN" and _brought_against(tok, lex):
                # "the claims Y brought against Z", "a complaint Y filed against Z"
                bring = next(c for c in tok.children if c.dep_ == "relcl")
                challengers, _ = parties.subject(bring)
                targets = [
                    k
                    for p in bring.children
                    if p.dep_ == "prep" and p.lower_ == "against"
                    for o in p.children
                    if o.dep_ == "pobj"
                    for k in parties.of(o, set(challengers))
                ]
                add(challengers, targets, tok, "accuses", sent)
            elif tok.pos_ == "NOUN" and lemma in lex.nouns:
                challengers, targets = _noun_challenge(tok, parties, lex)
                kind = lex.nouns[lemma]
                if challengers and not targets and kind in ("denies", "rebuts"):
                    # "issued a denial of the allegations": answers their author
                    targets = answered(sent.start_char, challengers)
                add(challengers, targets, tok, kind, sent)

            elif tok.pos_ == "ADJ" or tok.lower_ == "odds":
                if _doubting(tok, lex):
                    # "Y is not convinced", "Y remains sceptical": of the other side's claim
                    challengers, _ = parties.subject(tok.head)
                    if challengers:
                        add(
                            challengers,
                            answered(sent.start_char, challengers),
                            tok,
                            "questions",
                            sent,
                        )
                    continue
                for challengers, targets, kind in _stance(tok, parties, lex):
                    add(challengers, targets, tok, kind, sent)
    return out, affiliated + together


def _verb_cue(tok: Token, lemma: str, lex: Lexicon) -> tuple[str | None, frozenset[str], bool]:
    """(kind, target prepositions, target must be a party's claim) for an opposition verb."""
    extra = lex.verb_preps.get(lemma, frozenset())
    words = [
        c.lemma_.lower()
        for c in tok.children
        if c.dep_ in ("prt", "dobj", "prep", "advmod")  # "pushed back": often an advmod
    ] + [
        m.lower_  # "called for Y to ...": the preposition parsed as a clause's mark
        for c in tok.children
        if c.dep_ in ("advcl", "ccomp", "xcomp")
        for m in c.children
        if m.dep_ == "mark"
    ]
    for word in words:
        if (lemma, word) in lex.phrasal:
            return lex.phrasal[(lemma, word)], lex.preps["phrasal"] | extra, False
    if lemma in lex.verbs:
        kind = lex.verbs[lemma]
        # one denies or rejects a claim, not a person: "dismissed its CEO" is a firing
        return kind, lex.preps["verb"] | extra, kind in ("denies", "rebuts")
    if lemma in lex.naming:
        return NAMING, frozenset(), False
    if lemma in lex.respond and tok.dep_ != "xcomp":  # "ordered Y to respond": not yet
        return "rebuts", frozenset({"to"}), True
    return None, frozenset(), False


def _contrasted(tok: Token, lemma: str, lex: Lexicon) -> list[Token]:
    """Whom a verb of opinion sets its subject against: the ``unlike`` objects ("Unlike
    X, Y thinks ...") or the subject of a contrasting clause ("While X warns of the
    risks, Y believes they are overstated")."""
    if lemma not in lex.opinion_verbs:
        return []
    unlike = [
        p
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == "unlike"
        for p in c.children
        if p.dep_ == "pobj"
    ]
    start = tok.sent.start
    if not unlike and tok.dep_ == "ROOT" and start > 1 and tok.doc[start - 1].text == ",":
        # the parser may end a sentence at "Unlike X," and start another at its subject
        head = tok.doc[start - 1].sent.root
        if head.lower_ == "unlike":
            unlike = [p for p in head.children if p.dep_ == "pobj"]
    if lemma not in lex.position_verbs:
        return unlike  # "While X reported growth, Y said ..." contrasts facts, not views
    contrast = [
        s
        for c in tok.children
        if c.dep_ == "advcl"
        and c.lemma_.lower() in lex.position_verbs
        and any(m.dep_ == "mark" and m.lower_ in ("while", "whereas") for m in c.children)
        for s in c.children
        if s.dep_ == "nsubj"
    ]
    return unlike + contrast


def _pejorative(tok: Token, lex: Lexicon) -> bool:
    """``called Y dishonest``, ``branded Y a fraud``: a naming verb with a slur."""
    for c in tok.children:
        if c.dep_ in ("oprd", "ccomp", "xcomp", "attr", "acomp", "dobj"):
            words = {t.lower_ for t in c.subtree}
            if words & lex.pejoratives and c.dep_ != "dobj":
                return True
            # the small model often parses "called Y dishonest" as dobj + amod/appos
            if c.dep_ == "dobj" and any(
                t.lower_ in lex.pejoratives for t in c.subtree if t.i > c.i
            ):
                return True
    return False


def _possessor(tok: Token) -> bool:
    """``Ng's remarks`` parsed as two objects (the small model does so with a curly
    apostrophe): the name is followed by a possessive marker."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.tag_ == "POS"


def _alleged_clauses(verb: Token) -> list[Token]:
    """The clauses stating what ``verb`` alleges: its ``that``-complements, and a
    ``that``-clause the parser made a relative clause of a noun in the verb's own
    phrase ("alleged in the lawsuit that ...")."""
    found = [c for c in verb.children if c.dep_ == "ccomp"]
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        for noun in (c for c in prep.children if c.dep_ == "pobj"):
            found += [
                r
                for r in noun.children
                if r.dep_ == "relcl"
                and any(t.lower_ == "that" and t.i == noun.i + 1 for t in r.children)
            ]
    return found


FINDING_VERBS = frozenset({"find", "show", "measure", "conclude", "determine", "discover"})
# "slower than advertised", "not as fast as claimed": a result short of what was claimed
SHORT_OF_CLAIMS = re.compile(
    r"\b(?:than|as) (?:(?:it|they|was|were|had been|originally|initially|first) )*"
    r"(?:advertised|claimed|promised|billed|marketed|touted|stated|announced|reported)\b"
)


BETTER_THAN = frozenset({"better", "faster", "cheaper", "stronger", "safer", "greater"})


def _short_of_claims(verb: Token) -> bool:
    """Whether the clause ``verb`` reports says a result fell short of what was claimed:
    "... was slower than advertised", "... was not as accurate as claimed"."""
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        text = verb.doc[clause.left_edge.i : clause.right_edge.i + 1].text
        m = SHORT_OF_CLAIMS.search(text)
        if m is None:
            continue
        if m.group(0).startswith("than"):
            before = text[: m.start()].split()
            if not before or before[-1].lower() not in BETTER_THAN:
                return True  # "slower than advertised"; "faster than advertised" is praise
        elif _negated(clause):
            return True
    return False


def _doubted_clauses(verb: Token) -> list[Token]:
    """The clauses a verb of doubt calls into question ("questioned whether Y's
    figures were real", "doubts that Y tested it"); a forecast is not a claim of Y's
    ("doubts that Y will catch up")."""
    return [
        c
        for c in verb.children
        if c.dep_ == "ccomp"
        and not any(a.dep_ == "aux" and a.lower_ in FORECAST_AUX for a in c.children)
    ]


FORECAST_AUX = frozenset({"will", "would", "'ll", "wo", "shall"})
MAYBE_AUX = frozenset({"may", "might", "could", "would", "will"})


def _clausal(tok: Token) -> bool:
    """``denied that ...``, ``denied paying ...``: what is denied is a clause."""
    return any(c.dep_ in ("ccomp", "xcomp") for c in tok.children)


def _unowned_claims(objs: list[Token], lex: Lexicon) -> bool:
    """``rejected the allegations``, ``stands by its product``: a claim or a piece of
    work whose challenger is not named in the clause."""
    return any(
        (o.lemma_.lower() in lex.owned or o.lemma_.lower() in lex.nouns)
        and not any(c.dep_ == "poss" for c in o.children)  # "the artists' lawsuit": owned
        for o in objs
    )


def _intransitive(tok: Token, lemma: str, lex: Lexicon) -> bool:
    """Opposition that names no target: "X disagreed", "Y pushed back", and a reply
    that contests ("Z responded that the report was wrong", "... did not ...")."""
    prts = [c.lower_ for c in tok.children if c.dep_ in ("prt", "advmod")]
    if any(f"{lemma} {prt}" in lex.intransitive for prt in prts):
        return True
    if lemma in lex.respond:
        said = [c for c in tok.children if c.dep_ in ("ccomp", "advcl")]
        return any(t.dep_ == "neg" or t.lower_ in lex.pejoratives for c in said for t in c.subtree)
    has_clause = any(c.dep_ in ("ccomp", "xcomp") for c in tok.children)
    return lemma in lex.intransitive and not has_clause


def _is_owned_claim(obj: Token, lex: Lexicon) -> bool:
    """``responded to X's remarks``: the object is a party's claim, criticism or report."""
    return (obj.lemma_.lower() in lex.owned or obj.lemma_.lower() in lex.nouns) and any(
        c.dep_ in ("poss", "acl")
        or (c.dep_ == "prep" and c.lower_ in ("by", "from", "of"))
        or (c.dep_ == "relcl" and c.lemma_.lower() in BRINGING_VERBS)  # "the claims Y brought"
        for c in obj.children
    )


def _noun_challenge(
    tok: Token, parties: PartyResolver, lex: Lexicon
) -> tuple[list[str], list[str]]:
    """``X's lawsuit against Y``, ``criticism of Y from X``, ``X filed a complaint against Y``."""
    challengers: list[str] = []
    for c in tok.children:
        if c.dep_ == "poss":
            challengers = parties.of(c, set())
        elif c.dep_ == "prep" and c.lower_ in ("by", "from"):
            for p in c.children:
                if p.dep_ == "pobj":
                    challengers = parties.of(p, set())
    if not challengers and tok.dep_ == "dobj" and not _negated(tok.head):
        challengers, _ = parties.subject(tok.head)
    if not challengers:
        return [], []
    exclude = set(challengers)
    targets: list[str] = []
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in lex.preps["noun"]:
            for p in c.children:
                if p.dep_ == "pobj":
                    targets.extend(parties.of(p, exclude))
    if not targets and tok.dep_ == "dobj":
        # "filed a lawsuit ... against Y": the preposition attached to the verb
        for c in tok.head.children:
            if c.dep_ == "prep" and c.lower_ == "against":
                for p in c.children:
                    if p.dep_ == "pobj":
                        targets.extend(parties.of(p, exclude))
    return challengers, targets


def _brought_against(tok: Token, lex: Lexicon) -> bool:
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
    if not challengers and tok.dep_ == "attr" and not _negated(tok.head):
        challengers, _ = parties.subject(tok.head)  # "X is a critic of Y"
    return challengers, [k for k in targets if k not in challengers]


def _author(tok: Token, parties: PartyResolver, lex: Lexicon) -> list[str]:
    """Who wrote a document: its owner ("X's paper", "a report by X") or the subject
    of publishing it ("X published an analysis")."""
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in lex.publishing:
        found, _ = parties.subject(tok.head)  # before "a GitHub analysis": the platform
        if found:
            return found
    found = parties.of(tok, set())
    head = tok.head.head
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


def _doubting(tok: Token, lex: Lexicon) -> bool:
    """A holder's doubt with no target of its own: "Y is unconvinced", "Y remains
    sceptical" (not "Y is sceptical of Z", a stance)."""
    if tok.dep_ not in ("acomp", "oprd") or any(c.dep_ == "prep" for c in tok.children):
        return False
    return tok.lower_ in lex.doubting and not _negated(tok.head)


def _unconvinced(tok: Token) -> bool:
    """``Y is not convinced``, ``Y remains unpersuaded by it`` aside: a negated passive of
    "convince" or "persuade" whose subject names no one who convinced it."""
    return (
        tok.lemma_.lower() in ("convince", "persuade")
        and tok.tag_ == "VBN"
        and _negated(tok)
        and any(c.dep_ == "nsubjpass" for c in tok.children)
        and not any(c.dep_ in ("agent", "ccomp", "prep") for c in tok.children)
    )


def _stance(
    tok: Token, parties: PartyResolver, lex: Lexicon
) -> list[tuple[list[str], list[str], str]]:
    """``X is critical of Y``, ``X's view is at odds with Y's`` (or "with that of Y"),
    ``X and Y are at odds over ...``; not ``X is not critical of Y``."""
    found = []
    for words, kind in lex.stances.items():
        first = words[0] if words[0] not in ("at", "in") else words[1]
        if tok.lower_ != first:
            continue
        prep = words[-1]
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
        if _negated(head) or _negated(tok):
            continue
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
