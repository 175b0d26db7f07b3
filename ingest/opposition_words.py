"""The words of opposition and how one token shows them, for
:func:`ingest.opposition.find_challenges`: the lexicon of ``data/opposition.json``
(:func:`lexicon`) and tests on a token and its phrase that need no party resolution
(negation, hedges, failed checks, a verb's cue kind and objects, slurs, reported
wrongdoing, doubt with no target).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from spacy.tokens import Span, Token

from ingest.gazetteer import DATA_DIR
from ingest.parties import BRINGING_VERBS

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
    evidence_checks: frozenset[str]  # unconfirmed only with evidence as their subject
    evidence_subjects: frozenset[str]
    reply_objects: frozenset[str]
    opinion_verbs: frozenset[str]
    position_verbs: frozenset[str]
    documents: frozenset[str]
    publishing: frozenset[str]
    platforms: frozenset[str]
    venues: frozenset[str]
    siding: frozenset[str]
    supporting: frozenset[str]
    measures: frozenset[str]
    deals: frozenset[str]  # "the acquisition" ... "the deal": one deal
    answers_given: frozenset[str]  # "the reply did not explain ...": an answer falling short
    answering: frozenset[str]
    swaying: frozenset[str]  # "not impressed by Z's demo": a doubt
    person_rebuttals: frozenset[str]
    illicit_means: frozenset[str]
    misdeeds: frozenset[str]
    passive_misdeeds: frozenset[str]  # "Y's demo was staged"
    verb_lemmas: frozenset[str]  # every verb the lexicon lists, for forms the model misreads
    duties: frozenset[str]  # left undone or owed in a reported clause: a charge
    phrasal_lemmas: frozenset[str]  # verbs with a particle the lexicon lists whole
    phrasal_heads: frozenset[str]  # their verbs ("get" of "get around")
    reciprocal: frozenset[str]
    contest: frozenset[str]  # reciprocal only over a contested thing ("fighting over")
    pitting_frames: frozenset[str]
    critics: frozenset[str]
    asked_bodies: frozenset[str]
    other_parties: frozenset[str]
    stance_heads: frozenset[str]  # the words stances hang on: "critical" (of), "odds"
    doubting: frozenset[str]
    reception: frozenset[str]
    incurring: frozenset[str]
    target_roles: frozenset[str]
    incurred: frozenset[str]
    qualified_incurred: dict[str, frozenset[str]]
    qualified: dict[str, frozenset[str]]
    demanding: frozenset[str]
    halting: frozenset[str]
    probing: frozenset[str]
    holding: frozenset[str]
    blame_states: frozenset[str]
    dissent: frozenset[str]
    disbelief: frozenset[str]
    sharing: frozenset[str]
    shared_views: frozenset[str]
    doubt_transitions: tuple[str, ...]
    complications: tuple[str, ...]  # "... say the picture is more complicated"
    retest: frozenset[str]
    test_nouns: frozenset[str]
    result_nouns: frozenset[str]  # "the numbers", "the results": a reported result
    result_verbs: frozenset[str]  # "outperformed", "scored": a result reported
    outrage: frozenset[str]  # "outraged by Y's assistant", "furious at Y"
    misdeed_objects: dict[str, frozenset[str]]
    protest: frozenset[str]
    naming_slurs: frozenset[str]  # with "pejoratives", what a naming verb may call one
    pejorative_suffixes: tuple[str, ...]  # "greenwashing", "open-washing"
    truths: frozenset[str]  # negated, a judgement of falsehood: "not true", "not accurate"
    failing_tests: dict[str, frozenset[str]]  # negated: "did not hold water"
    hasty: frozenset[str]  # "too quick to blame", "too slow to act"
    overstating: frozenset[str]  # with one of "excess", an overstated claim
    excess: frozenset[str]
    restrictors: frozenset[str]  # with "naming_slurs": "just marketing", "pure spin"
    superlatives: frozenset[str]  # "the dumbest thing", "the worst decision"
    mocking: frozenset[str]  # "sneered that Y's model ...": the clause's subject
    falsity: frozenset[str]  # "That is a false equivalency"
    author_nouns: frozenset[str]  # "the bill's author, X": who wrote a document
    barring: frozenset[str]  # "an injunction barring Y from ...": whom a remedy bars
    defendants: frozenset[str]  # "naming Y as a defendant"
    plaintiffs: frozenset[str]  # "names X as a plaintiff"
    distrust: frozenset[str]  # negated and passive: "Y's scores could not be trusted"
    answers: frozenset[str]  # "said in response to Y's claims"
    aspects: frozenset[str]  # "the methodology of that study": the study contested
    imparting: frozenset[str]  # with "false_content": "(X said) Y gave false figures"
    staff_roles: frozenset[str]  # rank and file, who may dispute their own employer
    leading_role_words: frozenset[str]  # "chief AI scientist": one who leads
    verdicts: frozenset[str]  # with "low_verdicts": "gave the model a failing grade"
    low_verdicts: frozenset[str]
    false_content: frozenset[str]
    measured_claims: frozenset[str]  # "less efficient than Y claims", "not as safe as Y says"
    evidence_giving: frozenset[str]  # negated: "Y had not published any evidence"
    further: tuple[str, ...]  # "Z went further": Z joins the challenge just made
    document_leading: frozenset[str]  # "X, who led the study": on the study's side
    implausible: frozenset[str]  # "hard to justify", "difficult to believe"
    flawed_bases: frozenset[str]  # "relied on outdated data"
    divided_groups: frozenset[str]  # "Analysts are divided": the speakers next disagree
    statement_verbs: dict[str, str]  # "the estimate": made by "estimated"
    conceding: frozenset[str]  # "conceded that the launch was premature": aimed at no one
    penalties: dict[str, frozenset[str]]  # "the fine": imposed by "fined"
    advising: frozenset[str]  # "urged patients not to rely on Y's chatbot"
    using: frozenset[str]
    shunning: frozenset[str]  # "advised doctors to avoid Y's tool"


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
        evidence_checks=frozenset(raw["evidence_checks"]),
        evidence_subjects=frozenset(raw["evidence_subjects"]),
        reply_objects=frozenset(raw["reply_objects"]),
        opinion_verbs=frozenset(raw["opinion_verbs"]),
        position_verbs=frozenset(raw["position_verbs"]),
        documents=frozenset(raw["documents"]),
        publishing=frozenset(raw["publishing_verbs"]),
        platforms=frozenset(raw["platforms"]),
        venues=frozenset(raw["venues"]),
        siding=frozenset(raw["siding_verbs"]),
        supporting=frozenset(raw["supporting_verbs"]),
        measures=frozenset(raw["measures"]),
        deals=frozenset(raw["deal_nouns"]),
        answers_given=frozenset(raw["answers_given"]),
        answering=frozenset(raw["answering_verbs"]),
        swaying=frozenset(raw["swaying_verbs"]),
        person_rebuttals=frozenset(raw["person_rebuttals"]),
        illicit_means=frozenset(raw["illicit_means"]),
        misdeeds=frozenset(raw["misdeeds"]),
        passive_misdeeds=frozenset(raw["passive_misdeeds"]),
        verb_lemmas=frozenset(raw["verbs"]) | frozenset(raw["misdeeds"] + raw["passive_misdeeds"]),
        duties=frozenset(raw["duties"]),
        phrasal_lemmas=frozenset(
            w for w in [*raw["misdeeds"], *raw["unconfirmed_checks"]] if " " in w
        ),
        phrasal_heads=frozenset(
            w.split()[0] for w in [*raw["misdeeds"], *raw["unconfirmed_checks"]] if " " in w
        ),
        reciprocal=frozenset(raw["reciprocal_verbs"]),
        contest=frozenset(raw["contest_verbs"]),
        pitting_frames=frozenset(raw["pitting_frames"]),
        critics=frozenset(raw["critic_nouns"]),
        asked_bodies=frozenset(raw["asked_bodies"]),
        other_parties=frozenset(raw["other_party_nouns"]),
        stance_heads=frozenset(
            p[1] if p[0] in ("at", "in") else p[0] for p in (k.split() for k in raw["stances"])
        ),
        doubting=frozenset(raw["doubting_states"]),
        reception=frozenset(raw["reception_nouns"]),
        incurring=frozenset(raw["incurring_verbs"]),
        target_roles=frozenset(raw["target_roles"]),
        incurred=frozenset(raw["incurred_nouns"]),
        qualified_incurred={k: frozenset(v) for k, v in raw["qualified_incurred"].items()},
        qualified={k: frozenset(v) for k, v in raw["qualified_nouns"].items()},
        demanding=frozenset(raw["demanding_verbs"]),
        halting=frozenset(raw["halting_verbs"]),
        probing=frozenset(raw["probing_verbs"]),
        holding=frozenset(raw["holding_verbs"]),
        blame_states=frozenset(raw["blame_states"]),
        dissent=frozenset(raw["dissent_verbs"]),
        disbelief=frozenset(raw["disbelief_verbs"]),
        sharing=frozenset(raw["sharing_verbs"]),
        shared_views=frozenset(raw["shared_views"]),
        doubt_transitions=tuple(raw["doubt_transitions"]),
        complications=tuple(raw["complicating_phrases"]),
        retest=frozenset(raw["retest_verbs"]),
        test_nouns=frozenset(raw["test_nouns"]),
        result_nouns=frozenset(raw["result_nouns"]),
        result_verbs=frozenset(raw["result_verbs"]),
        outrage=frozenset(raw["outrage_words"]),
        misdeed_objects={k: frozenset(v) for k, v in raw["misdeed_objects"].items()},
        protest=frozenset(raw["protest_nouns"]),
        naming_slurs=frozenset(raw["pejoratives"]) | frozenset(raw["naming_slurs"]),
        pejorative_suffixes=tuple(raw["pejorative_suffixes"]),
        truths=frozenset(raw["truth_adjectives"]),
        failing_tests={k: frozenset(v) for k, v in raw["failing_tests"].items()},
        hasty=frozenset(raw["hasty_adjectives"]),
        overstating=frozenset(raw["overstating_adjectives"]),
        excess=frozenset(raw["excess_adverbs"]),
        restrictors=frozenset(raw["dismissive_restrictors"]),
        superlatives=frozenset(raw["pejorative_superlatives"]),
        mocking=frozenset(raw["mocking_verbs"]),
        falsity=frozenset(raw["falsity_adjectives"]),
        author_nouns=frozenset(raw["author_nouns"]),
        barring=frozenset(raw["barring_verbs"]),
        defendants=frozenset(raw["defendant_nouns"]),
        plaintiffs=frozenset(raw["plaintiff_nouns"]),
        distrust=frozenset(raw["distrust_verbs"]),
        aspects=frozenset(raw["aspect_nouns"]),
        imparting=frozenset(raw["imparting_verbs"]),
        staff_roles=frozenset(raw["staff_roles"]),
        leading_role_words=frozenset(raw["leading_role_words"]),
        verdicts=frozenset(raw["verdict_nouns"]),
        low_verdicts=frozenset(raw["low_verdicts"]),
        false_content=frozenset(raw["false_content"]),
        answers=frozenset(raw["answer_nouns"]),
        measured_claims=frozenset(raw["measured_claim_verbs"]),
        evidence_giving=frozenset(raw["evidence_giving_verbs"]),
        further=tuple(raw["further_phrases"]),
        document_leading=frozenset(raw["document_leading_verbs"]),
        implausible=frozenset(raw["implausible_infinitives"]),
        flawed_bases=frozenset(raw["flawed_bases"]),
        divided_groups=frozenset(raw["divided_groups"]),
        statement_verbs=dict(raw["statement_verbs"]),
        conceding=frozenset(raw["conceding_verbs"]),
        penalties={k: frozenset(v) for k, v in raw["penalty_nouns"].items()},
        advising=frozenset(raw["advising_verbs"]),
        using=frozenset(raw["using_verbs"]),
        shunning=frozenset(raw["shunning_verbs"]),
    )


HEDGES = {"unclear", "unknown", "unlikely", "uncertain", "rumored", "rumoured", "possible"}


# verbs of weighing an act not done: "considered suing", "mulled challenging"
WEIGHING = frozenset({"consider", "contemplate", "mull", "weigh", "debate", "explore"})


# modals of a possibility or a duty, not of something done ("would" and "will" report
# announced actions: "said it would sue")
MODALS = frozenset({"should", "must", "might", "may", "could", "ought"})


def hedged(tok: Token, question: bool = False) -> bool:
    """A possibility, not a report: "it is unclear whether X will sue Y", "if X sues Y",
    "X should sue Y", "X needs to challenge Y", or (``question``: the sentence is one) a
    question."""
    if any(c.dep_ == "aux" and c.lower_ in MODALS for c in tok.children):
        return True
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in ("need", "ought"):
        return True
    if tok.dep_ in ("xcomp", "pcomp") and tok.head.lemma_.lower() in WEIGHING:
        return True  # "X had considered accusing Y": an option weighed, not taken
    if _one_of_alternatives(tok):
        return True  # "has until September to sign or veto it": a choice still open
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


def _one_of_alternatives(tok: Token) -> bool:
    """Whether the verb ``tok`` is coordinated with another by "or" ("sign or veto",
    "sue or settle")."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    first = tok.head if tok.dep_ == "conj" else tok
    verbs = [first, *(c for c in first.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))]
    return len(verbs) > 1 and any(c.dep_ == "cc" and c.lower_ == "or" for c in first.children)


def reporting_verb(clause: Token) -> Token | None:
    """The verb that reports ``clause``: its head when it is the verb's complement
    ("X said Y erred"), the verb whose complement it gives the reason for ("X said it
    was slow because Y erred"), or the verb of a "said in a statement that Y erred"
    phrase, whose clause the parser hangs on the noun."""
    if clause.dep_ in ("ccomp", "xcomp"):
        return clause.head
    if clause.dep_ == "conj" and clause.head.dep_ == "ccomp" and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in clause.children
    ):
        # "X said its system got there first and that Y ignored the request": the
        # second reported clause, joined to the first
        return clause.head.head
    if (
        clause.dep_ == "advcl"
        and clause.head.dep_ == "ccomp"
        and any(c.dep_ == "mark" and c.lower_ in ("because", "since") for c in clause.children)
    ):
        # "X said the results were hard to compare because Y had not disclosed ...": the
        # reason is reported too
        return clause.head.head
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


def misread_clause_subject(tok: Token) -> Token | None:
    """The subject of a reported clause whose verb the small model read as a plural
    noun, its subject folded into it: "(X said) Y's new toolkit copies large parts of
    ..." gives "copies" the possessor "Y" and the compound "toolkit" for children, and
    "parts" for object.  The possessor, else the last compound; None for a real noun."""
    if tok.tag_ != "NNS" or tok.dep_ != "ccomp" or not any(c.dep_ == "dobj" for c in tok.children):
        return None
    before = [c for c in tok.children if c.i < tok.i and c.dep_ in ("poss", "compound")]
    poss = [c for c in before if c.dep_ == "poss"]
    return (poss or before or [None])[-1]


# verbs of setting out to do something: "tried to evade", "sought to mislead"
# what one does to commit a misdeed: "tried to evade", "used shell companies to evade"
_ATTEMPTING = frozenset({"try", "attempt", "seek", "plot", "conspire", "scheme", "use"})


def _duty_neglected(tok: Token, lemma: str, lex: Lexicon) -> bool:
    """Whether ``tok`` is a duty its subject left undone ("Y had not fixed the flaw",
    "Y failed to warn users") or owed ("Y should have acted in March"); not in the
    passive ("Y should have been told"), nor without a named subject of its own ("X
    said he had not checked" tells of the speaker)."""
    if any(c.dep_ == "auxpass" for c in tok.children):
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ == "PRON":
        return False  # ("X said he had not checked": the speaker's own omission)
    if lemma == "fail":
        return any(c.dep_ == "xcomp" and _lemma(c, lex) in lex.duties for c in tok.children)
    if lemma not in lex.duties:
        return False
    if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in tok.children):
        return False  # "X asked whether Y should have acted": a question
    aux = {c.lower_ for c in tok.children if c.dep_ == "aux"}
    if {"should", "ought"} & aux and "have" in aux and tok.tag_ == "VBN":
        return True
    return negated(tok) and not hedged(tok)  # (not "Y may not have fixed it")


def reported_misdeed(
    tok: Token, lemma: str, lex: Lexicon, reporting: frozenset[str], question: bool
) -> bool:
    """A reported clause that charges its subject with wrongdoing: "(X said) Y misled
    users", "(X claims) Y is scraping sites", "(X said) Y's results were inflated", "(X
    said) Y used its books without permission", "(X says) Y trained on pirated books",
    "(X said) Y used the wrong settings"."""
    verb = reporting_verb(tok)
    if verb is None or tok.dep_ == "xcomp" or verb.lemma_.lower() not in reporting:
        return False
    if lex.verbs.get(verb.lemma_.lower()) in ("denies", "rebuts"):
        return False  # "X denied that Y had copied its designs": no charge, a defence
    if negated(verb) or hedged(verb, question):
        return False
    if _duty_neglected(tok, lemma, lex):
        return True  # "X said Y had not fixed the flaw", "... Y should have acted"
    if _ignorance(tok, lemma):
        return True  # "X said Y does not understand ...", "... Y had no idea what ..."
    if negated(tok):
        return False
    objects = lex.misdeed_objects.get(lemma, ())
    # "Y broke its promises", "Y ignored the warnings", "Y missed two of the deadlines"
    wrongs = any(
        c.dep_ == "dobj"
        and any(o.lemma_.lower() in objects for o in [c, *_of_what(c)])
        for c in tok.children
    )
    if misread_clause_subject(tok) is not None:
        # "(X said) Y's toolkit copies ...", "(X said) Y had itself missed ...", misread
        return lemma in lex.misdeeds or wrongs
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return False
    if lemma in lex.misdeeds or without_leave(tok) or with_illicit_material(tok, lex):
        return True
    if lemma in lex.passive_misdeeds and any(c.dep_ == "nsubjpass" for c in tok.children):
        return True  # "(X said) Y's demo was staged"
    if lemma in _ATTEMPTING and any(
        c.dep_ == "xcomp" and _lemma(c, lex) in lex.misdeeds for c in tok.children
    ):
        return True  # "(X said) Y had tried to evade export controls"
    if lemma in lex.imparting and any(
        # "(X said) Y had given the board inaccurate information"
        (
            c.dep_ == "dobj"
            and any(m.dep_ == "amod" and m.lower_ in lex.false_content for m in c.children)
        )
        # "(X said) Y was spreading misinformation": the thing itself false
        or (c.dep_ == "dobj" and c.pos_ == "NOUN" and c.lower_ in lex.pejoratives)
        # "provided misleading answers", the adjective read as a verb of its own
        or (c.dep_ == "advcl" and c.i == tok.i + 1 and c.lower_ in lex.false_content)
        for c in tok.children
    ):
        return True
    if wrongs:
        return True
    return lemma == "be" and any(
        c.dep_ in ("acomp", "attr") and c.lower_ in lex.pejoratives for c in tok.children
    )


def _ignorance(tok: Token, lemma: str) -> bool:
    """Whether ``tok`` says its subject does not understand ("Y does not understand how
    chips are benchmarked", "Y doesn't grasp the risks") or has no idea or clue (not "Y
    did not know about the flaw": a defence; not "he does not understand": maybe the
    speaker)."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ == "PRON":
        return False  # ("X said he did not understand ...": maybe X himself)
    if lemma in ("understand", "grasp", "comprehend"):
        return negated(tok)
    return lemma == "have" and any(
        c.dep_ == "dobj"
        and c.lemma_.lower() in ("idea", "clue")
        and any(d.lower_ == "no" for d in c.children)
        for c in tok.children
    )


def _of_what(quantity: Token) -> list[Token]:
    """What a number or a quantifier counts: "two of the deadlines", "some of its
    promises"."""
    if quantity.pos_ not in ("NUM", "PRON", "DET", "ADJ"):
        return []
    return [
        p
        for c in quantity.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children
        if p.dep_ == "pobj"
    ]


# what a deed is done "without" when it wrongs someone ("used the books without permission")
LEAVE_WORDS = frozenset(
    {
        "approval",
        "attribution",
        "authorisation",
        "authorization",
        "compensation",
        "consent",
        "credit",
        "licence",
        "license",
        "payment",
        "permission",
    }
)


def without_leave(tok: Token) -> bool:
    """Whether the verb ``tok`` was done without leave: "without permission", "without
    paying", "without their consent"."""
    return any(
        p.dep_ in ("pobj", "pcomp") and (p.lemma_.lower() in LEAVE_WORDS or p.lemma_ == "pay")
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == "without"
        for p in c.children
    )


def with_illicit_material(tok: Token, lex: Lexicon) -> bool:
    """Whether the verb ``tok`` used illicit or faulty material: "trained its models on
    pirated copies", "built the tool with stolen code", "used the wrong settings"."""
    dobjs = [c for c in tok.children if c.dep_ == "dobj"]
    objects = dobjs + [  # (the parser may hang "on pirated copies" on the object)
        p
        for h in (tok, *dobjs)
        for c in h.children
        if c.dep_ == "prep"
        for p in c.children
        if p.dep_ == "pobj"
    ]
    return any(
        m.dep_ == "amod" and m.lower_ in lex.illicit_means
        for o in objects
        if o.lower_ not in ("nothing", "none")
        and not any(d.dep_ == "det" and d.lower_ == "no" for d in o.children)
        for m in o.children
    )  # (not "did nothing stolen", "used no pirated books")


def failed(tok: Token) -> bool:
    """``could not reproduce``, ``failed to replicate``, ``were unable to verify``, ``had
    not been able to reproduce``, ``could reproduce only 64 percent`` (not ``declined to
    confirm``: a refusal to comment checks nothing)."""
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in ("decline", "refuse", "avoid"):
        return False
    if negated(tok):
        return True
    if any(
        t.dep_ == "advmod" and t.lower_ in ("only", "just", "merely")
        for o in tok.children
        if o.dep_ == "dobj"
        for t in o.subtree
    ):
        return True  # "could reproduce only 64 percent": less than was claimed
    head = tok.head
    return tok.dep_ == "xcomp" and (
        head.lemma_.lower() == "fail"
        or (head.lemma_.lower() == "be" and any(c.lower_ == "unable" for c in head.children))
        or head.lower_ == "unable"
        # "had not been able to reproduce": the negation is on the verb "able" hangs on
        or (
            head.lower_ == "able"
            and head.dep_ == "acomp"
            and any(c.dep_ == "neg" for c in head.head.children)
        )
    )


def negated(tok: Token) -> bool:
    """``did not criticize``, the verb under a negated one (``did not try to sue``) or
    under a refusal (``declined to criticize``)."""
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in ("decline", "refuse", "avoid"):
        return True
    return any(c.dep_ == "neg" for c in tok.children) or any(
        c.dep_ == "neg" for c in tok.head.children if tok.dep_ in ("xcomp",)
    )


# what may open a sentence before its own words: "But not everyone is convinced."
_OPENERS = re.compile(r"^\W*(?:(?:but|yet|still|however|and)\b,?\s*)?")


def doubt_transition(sent: Span, lex: Lexicon) -> bool:
    """A sentence that introduces doubters ("Not everyone is convinced.", "But critics
    disagree."): its words open with one of the lexicon's transitions, or an unnamed
    group dissents or doubts in it and does nothing else, or a party's words draw
    opposition from no one named ("Her comments drew pushback from economists.")."""
    low = sent.text.strip().casefold().replace("\u2019", "'")
    low = low[_OPENERS.match(low).end() :]  # type: ignore[union-attr]
    opening = next((t for t in lex.doubt_transitions if low.startswith(t)), None)
    if opening is None and any(c in low for c in lex.complications):
        # "Researchers who have tested the model say the picture is more complicated."
        return not any(e.label_ in ("PERSON", "ORG") for e in sent.ents)
    if opening is None:
        return (
            _unnamed_doubters(sent, lex)
            or _doubters_unswayed(sent, lex)
            or _claims_contested(sent, lex)
            or _unnamed_opposition_drawn(sent, lex)
        )
    # the whole sentence ("Not everyone is convinced, though."), not a clause's
    # opening ("Not everyone is convinced the issue will matter")
    rest = low[len(opening) :].strip(" .,;:!-\u2014\"'")
    rest = re.sub(r",? (?:though|however)$", "", rest)
    if opening.endswith(" shares"):
        # "Not everyone shares that view.", "Not everyone shares his optimism, though."
        view = re.fullmatch(r"(?:that|this|the|his|her|their|such) (?:[\w-]+ )?([\w-]+)", rest)
        return view is not None and view.group(1) in lex.shared_views
    return rest in ("", "though", "however", "yet", "either")


def too_much_of_a_kind(adj: Token) -> bool:
    """Whether ``adj`` finds a thing wanting by degree: "the audit was too narrow", "its
    sample was far too small" (not "too early to say", which judges the moment)."""
    return (
        adj.pos_ == "ADJ"
        and adj.dep_ in ("acomp", "attr")
        and any(
            c.dep_ == "advmod"
            and (c.lower_ in ("too", "overly") or any(g.lower_ == "too" for g in c.children))
            for c in adj.children
        )
        and not any(c.dep_ == "xcomp" for c in adj.children)
    )


def _unnamed_opposition_drawn(sent: Span, lex: Lexicon) -> bool:
    """A sentence in which a party's words draw opposition from no one named: "Her
    comments drew pushback from economists.", "The forecast drew swift criticism." (not
    "... drew criticism from Velmora", which names who)."""
    root = sent.root
    return (
        root.lemma_.lower() in lex.incurring
        and any(c.dep_ == "dobj" and c.lemma_.lower() in lex.incurred for c in root.children)
        and not any(e.label_ in ("PERSON", "ORG") for e in sent.ents)
        and len(sent) <= 16
    )


def _claims_contested(sent: Span, lex: Lexicon) -> bool:
    """A short sentence in which a claim is contested by no one named, and nothing else:
    "The claims were quickly challenged.", "The results have been questioned." (not
    "The claims were challenged by Brontal", which names who)."""
    root = sent.root
    if sum(1 for t in sent if not t.is_punct) > 7 or any(t.pos_ == "PROPN" for t in sent):
        return False
    if root.tag_ != "VBN" or negated(root) or any(c.dep_ == "agent" for c in root.children):
        return False
    subj = next((c for c in root.children if c.dep_ == "nsubjpass"), None)
    return (
        subj is not None
        and subj.lemma_.lower() in lex.owned
        and lex.verbs.get(root.lemma_.lower()) in ("questions", "rebuts", "criticises")
    )


def _doubters_unswayed(sent: Span, lex: Lexicon) -> bool:
    """A short sentence in which something failed to win over unnamed doubters, and
    nothing else: "That answer did not satisfy critics.", "The explanation failed to
    reassure skeptics." (not "The answer did not satisfy Brontal", which names them)."""
    if sum(1 for t in sent if not t.is_punct) > 9 or any(t.pos_ == "PROPN" for t in sent):
        return False
    root = sent.root
    verb = root
    if root.lemma_.lower() == "fail" and not negated(root):
        verb = next((c for c in root.children if c.dep_ == "xcomp"), root)
    elif not negated(root):
        return False
    if verb.lemma_.lower() not in lex.swaying:
        return False
    return any(c.dep_ == "dobj" and c.tag_ == "NNS" for c in verb.children)


# what an unnamed group is said to be when its members hold opposed views
DIVIDED_STATES = frozenset({"divided", "split"})


def group_divided(sent: Span, lex: Lexicon) -> bool:
    """A sentence that says an unnamed group is split over a question: "Analysts are
    divided over whether Y can keep its lead.", "Researchers are split on the question."
    (not "Y's board is divided", a group of a named party's own)."""
    root = sent.root
    if root.lower_ not in DIVIDED_STATES and root.lemma_ not in ("be", "remain", "seem", "appear"):
        return False  # (most sentences: read nothing more)
    if negated(root):
        return False
    if root.lower_ in DIVIDED_STATES and any(c.dep_ in ("aux", "auxpass") for c in root.children):
        # "Analysts are divided", read as a passive (not a headline's "Analysts divided
        # over chip rules", whose speakers need not be the analysts)
        state: Token | None = root
    elif root.lemma_.lower() in ("be", "remain", "seem", "appear"):
        state = next((c for c in root.children if c.dep_ in ("acomp", "attr")), None)
    else:
        return False
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return (
        state is not None
        and state.lower_ in DIVIDED_STATES
        and subj is not None
        and subj.tag_ == "NNS"
        and subj.lemma_.lower() in lex.divided_groups  # (not "voters are divided": a poll)
        and not any(t.pos_ == "PROPN" or t.dep_ == "poss" for t in subj.subtree)
    )


# verbs by which unnamed people pass a judgement ("Several doctors said ... was unfair")
_JUDGING_VERBS = frozenset({"say", "argue", "contend", "note", "complain"})


def goes_far_enough(tok: Token) -> bool:
    """Whether ``tok`` is "go (nearly) far enough", negated or not ("the fix did not go
    far enough": short of what it should do)."""
    words = {t.lower_ for t in tok.subtree}
    return tok.lemma_.lower() == "go" and "enough" in words and "far" in words


def _falls_short(clause: Token) -> bool:
    """Whether ``clause`` says a thing does not go far enough ("the fix did not go far
    enough", "the changes don't go nearly far enough")."""
    return goes_far_enough(clause) and negated(clause)


def _unnamed_doubters(sent: Span, lex: Lexicon) -> bool:
    """A short sentence in which an unnamed group dissents or doubts, and nothing else:
    "Tech industry groups disagree.", "Many economists are skeptical.", "Some experts
    questioned its methods.", "Several scientists disputed that description." (not
    "Critics disagree with the ruling", nor "Meta researchers disagree", nor "Critics
    questioned Y's methods")."""
    root = sent.root
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    # (what describes the group does not count: "Several doctors who reviewed the
    # results were skeptical.")
    described = {
        t.i
        for c in (subj.children if subj is not None else ())
        if c.dep_ == "relcl"
        for t in c.subtree
    }
    length = sum(1 for t in sent if not t.is_punct and t.i not in described)
    # ("Some labor advocates said the audit was flawed.": a judgement takes more words)
    if length > 7 and not (length <= 10 and root.lemma_.lower() in _JUDGING_VERBS):
        return False
    if subj is None or subj.tag_ != "NNS" or any(t.pos_ == "PROPN" for t in subj.subtree):
        return False
    objs = [c for c in root.children if c.dep_ == "dobj"]
    if (
        lex.verbs.get(root.lemma_.lower()) in ("questions", "criticises")
        and objs
        and not any(t.pos_ == "PROPN" for o in objs for t in o.subtree)
        and not any(c.dep_ in ("ccomp", "xcomp", "advcl") for c in root.children)
        and not negated(root)
    ):
        return True  # "Some experts questioned its methods.": no one named on either side
    if (
        lex.verbs.get(root.lemma_.lower()) in ("denies", "rebuts")
        and objs
        and all(o.lemma_.lower() in lex.owned or o.lower_ in ("that", "this") for o in objs)
        and not any(t.pos_ == "PROPN" for o in objs for t in o.subtree)
        and not any(c.dep_ in ("ccomp", "xcomp", "advcl") for c in root.children)
        and not negated(root)
    ):
        return True  # "Several outside scientists disputed that description."
    said = [c for c in root.children if c.dep_ == "ccomp"]
    if root.lemma_.lower() in _JUDGING_VERBS and len(said) == 1:
        # "Several doctors said the comparison was unfair.": a judgement of what was
        # claimed, by no one named, of no one named
        clause = said[0]
        judged = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        state = next((c for c in clause.children if c.dep_ == "acomp"), None)
        if judged is None or judged.pos_ != "NOUN" or any(t.pos_ == "PROPN" for t in sent):
            return False
        if _falls_short(clause):
            return True  # "Critics said the fix did not go far enough."
        return (
            state is not None
            and (state.lower_ in lex.pejoratives or too_much_of_a_kind(state))
            and not negated(clause)
        )
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "prep", "advcl") for c in root.children):
        return False
    if root.lemma_.lower() in lex.dissent:
        return not negated(root)
    state = next((c for c in root.children if c.dep_ == "acomp"), None)
    if state is None or any(c.dep_ == "prep" for c in state.children):
        return False
    if root.lemma_.lower() in ("be", "remain") and negated(root):
        # "Some analysts are not so sure.", "Many economists aren't convinced."
        return state.lower_ in ("sure", "convinced", "persuaded", "certain")
    return root.lemma_.lower() in ("be", "remain") and state.lower_ in lex.doubting


def percentages(span: Span) -> set[str]:
    """The percentages a sentence states ("85 percent", "85%", "85.5 per cent")."""
    out = set()
    for tok in span:
        nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
        if tok.like_num and nxt is not None and nxt.lower_ in ("percent", "%", "per"):
            out.add(tok.text)
    return out


def opposite_is_true(clause: Token) -> bool:
    """A reported clause saying "the opposite is true" ("the reverse is the case"): the
    view it answers is wrong."""
    return clause.lemma_ == "be" and any(
        c.dep_ == "nsubj" and c.lower_ in ("opposite", "reverse", "contrary")
        for c in clause.children
    )


def lemma(tok: Token, lex: Lexicon) -> str:
    """The token's lemma, or for a verb the lexicon's lemma its form comes from when the
    small model's lemmatizer misses it ("fined" -> "fin"), or with its particle when the
    lexicon lists the two ("got around" -> "get around")."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB" and lemma in lex.phrasal_heads:
        # "get around", "cover up", "back up": a phrasal verb the lexicon lists whole
        for c in tok.children:
            if c.dep_ in ("prt", "prep") and f"{lemma} {c.lower_}" in lex.phrasal_lemmas:
                return f"{lemma} {c.lower_}"
    # (a participle the tagger read as an adjective: "was being exaggerated")
    participle = tok.tag_ == "VBN" or (
        tok.tag_ == "JJ"
        and tok.lower_.endswith("ed")
        and any(c.dep_ == "auxpass" for c in tok.children)
    )
    if (tok.pos_ != "VERB" and not participle) or lemma in lex.verbs:
        return lemma
    if tok.i > 1 and tok.nbor(-1).text == "-" and f"{tok.nbor(-2).lower_}-{lemma}" in lex.misdeeds:
        return f"{tok.nbor(-2).lower_}-{lemma}"  # "cherry-picked" (split at its hyphen)
    low = tok.lower_
    known = lex.verb_lemmas
    for cut, add in (("d", ""), ("ed", ""), ("s", ""), ("es", ""), ("ing", ""), ("ing", "e")):
        base = low[: -len(cut)] + add if low.endswith(cut) else ""
        if base in known:
            return base  # ("staged" -> "stag")
    return lemma


def hyphenated(tok: Token) -> str:
    """The word ``tok`` ends, joined at the hyphens the tokenizer split it at
    ("cherry-picked" for "picked")."""
    i = tok.i
    while i >= 2 and tok.doc[i - 1].text == "-" and not tok.doc[i - 1].whitespace_:
        i -= 2
    return tok.doc[i : tok.i + 1].text.lower() if i < tok.i else tok.lower_


def hard_to_credit(adj: Token, lex: Lexicon) -> bool:
    """``hard to justify``, ``difficult to believe``, ``impossible to take seriously``:
    a judgement that what the clause's subject names does not stand."""
    if adj.lower_ not in ("hard", "difficult", "impossible") or negated(adj.head):
        return False
    for c in adj.children:
        if c.dep_ == "xcomp" and c.lemma_.lower() in lex.implausible:
            return True
        if c.dep_ == "xcomp" and c.lemma_.lower() == "take":
            return any(a.lower_ == "seriously" for a in c.children)
    return False


def two_words(tok: Token) -> str:
    """``tok`` with the word before it, lower-cased ("fig leaf" for "leaf")."""
    return f"{tok.nbor(-1).lower_} {tok.lower_}" if tok.i > 0 else tok.lower_


_lemma = lemma  # (for functions whose own argument is called "lemma")


QUANTITY_WORDS = frozenset({"all", "many", "most", "much", "part", "several", "some"})


def objects(tok: Token, preps: frozenset[str], phrasal_noun: bool = False) -> list[Token]:
    """The objects of an opposition verb: its direct objects and the objects of its
    target ``preps`` (with ``phrasal_noun``, also of the preps of its object noun: the
    verb and its noun are one phrase, "raised concerns about Y")."""
    out = [c for c in tok.children if c.dep_ in ("dobj", "dative")]
    if tok.dep_ == "relcl":
        # "Y's allegations, which X denies, ...": the noun the relative pronoun stands for
        # (a common noun's: in "the Mexican War, which most Whigs opposed" no party's)
        out = [
            tok.head if c.tag_ == "WDT" and c.dep_ == "dobj" and tok.head.pos_ == "NOUN" else c
            for c in out
        ]
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
        if c.dep_ == "dobj" and phrasal_noun:
            # "raised concerns about Y's chip": the preposition hangs off the noun
            for p in c.children:
                if p.dep_ == "prep" and p.lower_ in preps:
                    out.extend(o for o in p.children if o.dep_ == "pobj")
                elif p.dep_ == "prep" and p.lower_ == "with":
                    # "filed a protest with the GAO over Y's decision": the parser hangs
                    # the target on the venue
                    out.extend(
                        o
                        for v in p.children
                        if v.dep_ == "pobj"
                        for q in v.children
                        if q.dep_ == "prep" and q.lower_ in preps and q.lower_ != "with"
                        for o in q.children
                        if o.dep_ == "pobj"
                    )
        if c.dep_ == "prt":  # "lashed out at": the preposition hangs off the particle
            for p in c.children:
                if p.dep_ == "prep" and p.lower_ in preps:
                    out.extend(o for o in p.children if o.dep_ == "pobj")
    return out


def verb_cue(tok: Token, lemma: str, lex: Lexicon) -> tuple[str | None, frozenset[str], bool]:
    """(kind, target prepositions, target must be a party's claim) for an opposition verb."""
    extra = lex.verb_preps.get(lemma, frozenset())
    words = [
        c.lemma_.lower()
        for c in tok.children
        if c.dep_ in ("prt", "dobj", "prep", "advmod")  # "pushed back": often an advmod
    ] + [
        p.lemma_.lower()  # "took Y to court": the noun of the preposition
        for c in tok.children
        if c.dep_ == "prep"
        for p in c.children
        if p.dep_ == "pobj"
    ] + [
        p.lemma_.lower()  # "sought $2 billion in damages": the noun hung on the object
        for o in tok.children
        if o.dep_ == "dobj"
        for c in o.children
        if c.dep_ == "prep"
        for p in c.children
        if p.dep_ == "pobj"
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
    if lemma in lex.holding and blame_state(tok, lex) is not None:
        return "accuses", lex.preps["verb"] | extra, False  # "held Y responsible for ..."
    if lemma in lex.verbs:
        kind = lex.verbs[lemma]
        # one denies or rejects a claim, not a person: "dismissed its CEO" is a firing
        # (but "contradicted Y" answers Y)
        owned_only = kind in ("denies", "rebuts") and lemma not in lex.person_rebuttals
        return kind, lex.preps["verb"] | extra, owned_only
    if lemma in lex.naming:
        return NAMING, frozenset(), False
    if lemma in lex.respond and tok.dep_ != "xcomp":  # "ordered Y to respond": not yet
        return "rebuts", frozenset({"to"}), True
    return None, frozenset(), False


def blame_state(tok: Token, lex: Lexicon) -> Token | None:
    """The blaming state of ``held Y responsible``, ``holds Y accountable``, after the
    object (the parser hangs it on the verb as a clause, a predicate or an object,
    with Y as its subject or as the verb's object)."""
    return next(
        (
            c
            for c in tok.children
            if c.dep_ in ("oprd", "ccomp", "xcomp", "advcl", "acomp", "dobj")
            and c.lower_ in lex.blame_states
        ),
        None,
    )


def contrasted(tok: Token, lemma: str, lex: Lexicon) -> list[Token]:
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


def pejorative(tok: Token, lex: Lexicon) -> bool:
    """``called Y dishonest``, ``branded Y a fraud``, ``portrayed Y as a fraud``: a
    naming verb with a slur."""
    if slur_after_as(tok, lex):
        return True
    for c in tok.children:
        if c.dep_ in ("oprd", "ccomp", "xcomp", "attr", "acomp", "dobj"):
            if c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
                continue  # "called on regulators to ban the marketing": a call, no name
            if c.dep_ != "dobj" and any(slur(t, lex) for t in c.subtree):
                return True
            if c.dep_ != "dobj" and _words(c.doc[c.i : tok.right_edge.i + 1]) in lex.naming_slurs:
                return True  # "called the comparison 'apples to oranges'", split by the parse
            # the small model often parses "called Y dishonest" as dobj + amod/appos
            if c.dep_ == "dobj" and any(slur(t, lex) for t in c.subtree if t.i > c.i):
                return True
            if c.dep_ == "dobj" and slur(c, lex) and _claim_modifies(c, lex):
                return True  # "called the forecast pure hyperbole" read as one object
    return False


def slur(tok: Token, lex: Lexicon) -> bool:
    """An insult: a pejorative anywhere ("a clown show"), a word that insults only as
    what something is called ("a fantasy", "a disaster") only as the head of its
    phrase, not as a modifier ("a science fiction classic", "a disaster plan")."""
    low = tok.lower_
    if low.endswith(lex.pejorative_suffixes) and (
        low not in lex.pejorative_suffixes or (tok.i > 0 and tok.nbor(-1).text == "-")
    ):
        return True  # "greenwashing", "open-washing" (split at its hyphen)
    if low in lex.pejoratives or (low in lex.naming_slurs and tok.dep_ != "compound"):
        return True
    if "-" in (whole := hyphenated(tok)) and whole in lex.pejoratives:
        return True  # "heavy-handed", split at its hyphen
    # a slur of two words, said of what its head names ("wishful thinking", "a pipe dream")
    return (tok.i > 0 and two_words(tok) in lex.naming_slurs) or idiom_of(tok) in lex.naming_slurs


def idiom_of(tok: Token) -> str:
    """The words of the phrase ``tok`` heads, lower-cased, without its article or quotation
    marks ("distinction without a difference", "apples to oranges"): a slur of several
    words is a whole phrase."""
    if not any(c.dep_ in ("prep", "cc") for c in tok.children):
        return ""  # (most heads: a single word or a word with modifiers)
    return _words(tok.subtree)


def _words(tokens: Iterable[Token]) -> str:
    """The words of ``tokens``, lower-cased, without punctuation and a leading article."""
    kept = [t.lower_ for t in tokens if not t.is_punct and not t.is_quote]
    if kept and kept[0] in ("a", "an", "the"):
        kept = kept[1:]
    return " ".join(kept)


def _claim_modifies(insult: Token, lex: Lexicon) -> bool:
    """Whether a word for a claim stands before ``insult`` as its modifier, where the
    parser ran "the forecast" and "pure hyperbole" into one phrase."""
    return any(
        c.i < insult.i and c.dep_ in ("amod", "compound", "nmod") and c.lower_ in lex.owned
        for c in insult.children
    )


def slur_after_as(tok: Token, lex: Lexicon) -> bool:
    """``dismissed Y as a copycat``, ``cast Y's plan as a stunt``: a slur after "as"
    (on the verb or on its object)."""
    heads = [tok, *(c for c in tok.children if c.dep_ == "dobj")]
    return any(
        t.lower_ in lex.naming_slurs
        for h in heads
        for c in h.children
        if c.dep_ == "prep" and c.lower_ == "as"
        for t in c.subtree
    )


def possessor(tok: Token) -> bool:
    """``Ng's remarks`` parsed as two objects (the small model does so with a curly
    apostrophe): the name is followed by a possessive marker."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.tag_ == "POS"


def alleged_clauses(verb: Token) -> list[Token]:
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


# verbs that state something, for a statement summed up by a noun after it
REPORTING_LEMMAS = frozenset({"say", "claim", "allege", "report", "argue", "write", "tell"})
FINDING_VERBS = frozenset({"find", "show", "measure", "conclude", "determine", "discover"})
# "slower than advertised", "not as fast as claimed": a result short of what was claimed
SHORT_OF_CLAIMS = re.compile(
    # "slower than advertised", "lower than the company had claimed", "not as accurate
    # as Acme first stated"
    r"\b(?:than|as) (?:(?:it|they|the|its|their|company|firm|startup|lab|maker|developer|"
    r"[A-Z][\w-]*|was|were|had|has|have|been|originally|initially|first) ){0,4}"
    r"(?:advertised|claimed|promised|billed|marketed|touted|stated|announced|reported)\b"
)


BETTER_THAN = frozenset({"better", "faster", "cheaper", "stronger", "safer", "greater"})


def short_of_claims(verb: Token) -> bool:
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
        elif negated(clause):
            return True
    return False


def doubted_clauses(verb: Token) -> list[Token]:
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


def clausal(tok: Token) -> bool:
    """``denied that ...``, ``denied paying ...``: what is denied is a clause."""
    return any(c.dep_ in ("ccomp", "xcomp") for c in tok.children)


def unowned_claims(objs: list[Token], lex: Lexicon, owned_only: bool = False) -> bool:
    """``rejected the allegations``, ``stands by its product``: a claim or a piece of
    work whose challenger is not named in the clause (with ``owned_only``: a claim or a
    work, "the result", not an opposition noun such as "errors")."""
    return any(
        (o.lemma_.lower() in lex.owned or (not owned_only and o.lemma_.lower() in lex.nouns))
        and not any(c.dep_ == "poss" for c in o.children)  # "the artists' lawsuit": owned
        for o in objs
    )


def generic_plural(noun: Token) -> bool:
    """Whether ``noun`` is a bare plural, things of a kind rather than someone's
    ("benchmark scores don't capture everything", not "the scores" or "its scores")."""
    determined = any(c.dep_ in ("det", "poss", "nummod") for c in noun.children)
    return noun.tag_ == "NNS" and not determined


REPORT_WORDS = frozenset({"report", "story", "article", "reporting", "investigation"})


def reported(objs: list[Token]) -> bool:
    """Whether one of ``objs`` is a news report ("the report", "the story") that no
    possessor names."""
    return any(
        o.lemma_.lower() in REPORT_WORDS and not any(c.dep_ == "poss" for c in o.children)
        for o in objs
    )


def intransitive(tok: Token, lemma: str, lex: Lexicon) -> bool:
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


def is_owned_claim(obj: Token, lex: Lexicon) -> bool:
    """``responded to X's remarks``: the object is a party's claim, criticism or report."""
    return (obj.lemma_.lower() in lex.owned or obj.lemma_.lower() in lex.nouns) and any(
        c.dep_ in ("poss", "acl")
        or (c.dep_ == "prep" and c.lower_ in ("by", "from", "of"))
        # "the claims Y brought", "the figures Y released"
        or (c.dep_ == "relcl" and c.lemma_.lower() in BRINGING_VERBS | lex.publishing)
        for c in obj.children
    )


def doubting(tok: Token, lex: Lexicon) -> bool:
    """A holder's doubt with no target of its own: "Y is unconvinced", "Y remains
    sceptical" (not "Y is sceptical of Z", a stance)."""
    if tok.dep_ not in ("acomp", "oprd") or any(c.dep_ == "prep" for c in tok.children):
        return False
    if tok.lower_ in ("convinced", "persuaded") or (
        tok.lower_ in ("sure", "certain") and any(c.lower_ == "so" for c in tok.children)
    ):
        # "Y is not convinced" read as an adjective (the passive is :func:`unconvinced`),
        # "Y is not so sure" (not "I'm not sure you know ...": a hedge)
        return not any(c.dep_ in ("ccomp", "xcomp", "advcl") for c in tok.children) and any(
            c.dep_ == "neg" for c in (*tok.children, *tok.head.children)
        )
    return tok.lower_ in lex.doubting and not negated(tok.head)


def unconvinced(tok: Token) -> bool:
    """``Y is not convinced``, ``Y remains unpersuaded by it`` aside: a negated passive of
    "convince" or "persuade" whose subject names no one who convinced it."""
    return (
        tok.lemma_.lower() in ("convince", "persuade")
        and tok.tag_ == "VBN"
        and (negated(tok) or (tok.dep_ == "acomp" and negated(tok.head)))
        and unconvinced_subject(tok) is not None
        and not any(c.dep_ in ("agent", "ccomp", "prep") for c in tok.children)
    )


def not_swayed_by(tok: Token, lex: Lexicon) -> Token | None:
    """What a party says did not impress or convince it ("Y was not impressed by Z's
    demo", "Y is not convinced by Z's claims"): the agent of the negated passive."""
    if tok.lemma_.lower() not in lex.swaying or tok.tag_ != "VBN" or not negated(tok):
        return None
    return next(
        (
            o
            for c in tok.children
            if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "with")
            for o in c.children
            if o.dep_ == "pobj"
        ),
        None,
    )


def baffled_by(tok: Token, lex: Lexicon) -> Token | None:
    """What a party says it is baffled or puzzled by, when that is a claim ("he was
    'baffled' by the claim", "puzzled by the allegations"): the claim, else None."""
    if tok.tag_ != "VBN" or tok.lower_ not in lex.doubting or negated(tok):
        return None
    for c in tok.children:
        if c.dep_ in ("prep", "agent") and c.lower_ == "by":
            for o in c.children:
                if o.dep_ == "pobj" and (o.pos_ == "PRON" or o.lemma_.lower() in lex.reply_objects):
                    return o
    return None


def unconvinced_subject(tok: Token) -> Token | None:
    """Who is not convinced: the passive's subject, or the subject of "is" when the
    parser hangs the participle on it ("Y, an analyst at Z, is not convinced")."""
    subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    if subj is None and tok.dep_ == "acomp":
        subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    if subj is None:
        # "Y's chief executive, X, isn't convinced": the subject hung on the auxiliary
        subj = next(
            (
                g
                for c in tok.children
                if c.dep_ in ("aux", "auxpass")
                for g in c.children
                if g.dep_ in ("nsubj", "nsubjpass")
            ),
            None,
        )
    return subj


def opposing_noun(tok: Token, lex: Lexicon) -> str | None:
    """The kind of an opposition noun ("lawsuit", "feud"), or of a noun that opposes
    only with its modifier ("a legal battle", "a war of words"); None otherwise."""
    lemma = tok.lemma_.lower()
    kind = lex.nouns.get(lemma)
    if kind is None or lemma not in lex.qualified:
        return kind
    modifiers = {
        c.lemma_.lower() for c in tok.children if c.dep_ in ("amod", "compound", "nmod")
    }
    # "a war of words", "a fight over the patent": what the noun is about; "a case
    # against Y": the preposition itself
    modifiers |= {
        p.lemma_.lower() for c in tok.children if c.dep_ == "prep" for p in c.children
    }
    modifiers |= {c.lower_ for c in tok.children if c.dep_ == "prep"}
    # "the case brought by X against Y": the preposition on the participle of filing
    modifiers |= {
        p.lower_
        for v in tok.children
        if v.dep_ == "acl" and v.lemma_.lower() in ("bring", "file")
        for p in v.children
        if p.dep_ == "prep"
    }
    return kind if modifiers & lex.qualified[lemma] else None


def incurred(tok: Token, lex: Lexicon) -> Token | None:
    """The noun of opposition a party draws ("came under fire", "drew criticism", "faced
    backlash", "drew the ire", "prompted a sharp response", "was hit with a lawsuit"),
    or is the target of ("became the target of criticism") or under ("is under fire
    from Y"), when the verb is one of drawing it or of being."""
    lemma = tok.lemma_.lower()
    if lemma in ("be", "become", "remain"):
        under = [  # "is under fire from Y", "remains under attack"
            n
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ == "under"
            for n in c.children
            if n.dep_ == "pobj" and n.lemma_.lower() in lex.incurred
        ]
        if under:
            return under[0]
        roles = [
            c for c in tok.children if c.dep_ == "attr" and c.lemma_.lower() in lex.target_roles
        ]
        return next(
            (
                n
                for role in roles
                for p in role.children
                if p.dep_ == "prep" and p.lower_ == "of"
                for n in p.children
                if n.dep_ == "pobj"
                and (n.lemma_.lower() in lex.incurred or n.lemma_.lower() in lex.nouns)
            ),
            None,
        )
    if lemma not in lex.incurring:
        return None
    for c in tok.children:
        # ("drew scorn from Y": the parser may read the noun as a complement)
        nouns = [c] if c.dep_ == "dobj" or (c.dep_ == "acomp" and c.pos_ == "NOUN") else []
        if c.dep_ == "acomp" and c.lower_ in lex.incurred:
            nouns = [c]
        if c.dep_ == "prep" and c.lower_ == "under":  # "came under fire"
            nouns = [p for p in c.children if p.dep_ == "pobj"]
        if c.dep_ == "prep" and c.lower_ == "with" and lemma in ("hit", "slap"):
            # "was hit with a lawsuit": any noun of opposition
            nouns = [p for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in lex.nouns]
            if nouns:
                return nouns[0]
        for n in nouns:
            if n.lemma_.lower() in lex.incurred or n.lower_ in lex.incurred:
                return n
            if opposing_noun(n, lex) == "sues":
                return n  # "received a cease-and-desist letter from Y", "faces a lawsuit"
            hostile = lex.qualified_incurred.get(n.lemma_.lower(), frozenset())
            if any(m.dep_ == "amod" and m.lower_ in hostile for m in n.children):
                return n  # "prompting a sharp response from Y"
    return None


def reception(tok: Token, lex: Lexicon) -> bool:
    """``was met with skepticism`` (by someone): a reception that doubts or scorns."""
    return tok.lemma_.lower() == "meet" and any(
        p.lemma_.lower() in lex.reception
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == "with"
        for p in c.children
        if p.dep_ == "pobj"
    )


def described_clause_subjects(tok: Token, parties: Any, exclude: set[str]) -> list[str]:
    """For a relative clause on a noun that sums up the statement before it ("Y found
    that ..., a charge X denies"): the parties that made the statement, the subject of
    the nearest verb above the noun that reports or finds (else of the sentence's root)."""
    noun = tok.head
    if noun.dep_ not in ("appos", "npadvmod", "dobj", "attr") or noun.head == noun:
        return []
    chain = [t for t in noun.ancestors if t.pos_ in ("VERB", "AUX")]
    reporting = [t for t in chain if t.lemma_.lower() in FINDING_VERBS | REPORTING_LEMMAS]
    for verb in reporting[:1] or chain[-1:]:
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return parties.of(subj, exclude)
    return []


def headline_lemma(word: str) -> str:
    """The lemma of a headline's capitalised present-tense verb ("Slams" -> "slam",
    "Accuses" -> "accuse", "Criticizes" -> "criticize", "Denies" -> "deny")."""
    w = word.lower()
    if w.endswith("ies"):
        return w[:-3] + "y"
    if w.endswith(("sses", "shes", "ches", "xes", "zes")):
        return w[:-2]
    return w[:-1] if w.endswith("s") and not w.endswith("ss") else w


def participle_lemma(word: str, lex: Lexicon) -> str:
    """The lemma of a headline's past participle that the lexicon knows ("Sued" -> "sue",
    "Slammed" -> "slam", "Blasted" -> "blast"), else the word in lower case."""
    w = word.lower()
    if w.endswith("ied"):
        return w[:-3] + "y"
    for cand in (w[:-1], w[:-2], w[:-3]):  # sued, blasted, slammed
        if cand in lex.verbs:
            return cand
    return w
