"""Challenges: one named party contesting another, read from the dependency parse.

A *challenge* is a sentence in which a party (the challenger) accuses, criticises,
questions, denies, rebuts, sues or opposes another named party (the target) or that
party's claim or work.  It is the unit the dispute finder (``ingest/disputes.py``)
turns into disputes: a single challenge aimed at a named party is enough, the target
needs no claim of its own in the article.

Constructions (lexicons in ``data/opposition.json``, general English only):

- *verbs*: ``X accused Y``, ``X slammed Y's study``, ``X sued Y``, ``X lashed out at Y``;
  the challenger is the subject (or the ``by`` agent of a passive: ``Y was sued by X``;
  or the subject of the governing clause for a participle: ``..., calling Y dishonest``),
  the target the direct object or the object of ``at``/``against``;
- *phrasal verbs*: ``push back on``, ``take issue with``, ``filed a lawsuit against``;
- *nouns*: ``X's lawsuit against Y``, ``criticism of Y from X``;
- *stances*: ``X is critical of Y``, ``X's view is at odds with Y's``;
- *replies*: ``X responded to Y's remarks``: a neutral reply verb opposes only a party's
  claim or criticism;
- *intransitive opposition*: ``X disagreed``, ``Y pushed back``: the target is the
  party of another side heard from last.

A target that is a claim or a piece of work ("the claims", "the report by Y", "Y's
model") stands for its owner; a model stands for the organisation that develops it.
Negated cues ("did not criticise") are no challenge; agreement words are not in the
lexicon, so "X agrees with Y" never is.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from ingest.gazetteer import DATA_DIR

PARTY_TYPES = ("Person", "Organization")
PERSON_PRONOUNS = {"he", "she", "him", "her", "his"}
ORG_DESCRIPTIONS = {"company", "firm", "startup", "lab", "giant", "maker", "chipmaker", "group"}
SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
FORMER = {"former", "ex", "ex-", "onetime", "one-time", "erstwhile"}
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
    documents: frozenset[str]
    publishing: frozenset[str]
    platforms: frozenset[str]
    misdeeds: frozenset[str]


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
        documents=frozenset(raw["documents"]),
        publishing=frozenset(raw["publishing_verbs"]),
        platforms=frozenset(raw["platforms"]),
        misdeeds=frozenset(raw["misdeeds"]),
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


class _Parties:
    """Which named party a phrase of the parse stands for."""

    def __init__(
        self,
        doc: Doc,
        mentions: list[tuple[int, int, str]],
        types: dict[str, str],
        developer: dict[str, str],
        claimant_at: Callable[[int], str | None],
        role_nouns: frozenset[str] = frozenset(),
        platforms: frozenset[str] = frozenset(),
    ) -> None:
        self.doc = doc
        self.role_nouns = role_nouns
        self.platforms = platforms
        self.types = types
        self.developer = developer
        self.claimant_at = claimant_at
        self.mentions = mentions  # (start, end, key), text order
        self.tok_key: dict[int, str] = {}
        for s, e, key in mentions:
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is not None:
                for t in span:
                    self.tok_key.setdefault(t.i, key)
        self.group_nouns = lexicon().group_nouns
        # (position, parties, the words of its sentence) of each list of parties
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
                words = frozenset(t.lemma_.lower() for t in tok.sent)
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
            while first.dep_ == "conj" and first.head is not first:
                first = first.head
            described = [c for c in kids if c.dep_ == "appos"]
            if first.dep_ == "appos":
                described.append(first.head)
            # only a description ("research arm", "researchers"), never another name
            described = [d for d in described if d.pos_ == "NOUN" and d.i not in self.tok_key]
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

    def _party(self, key: str | None) -> str | None:
        if key is None:
            return None
        if self.types.get(key) in PARTY_TYPES:
            return key
        return self.developer.get(key)  # a model stands for its developer

    def last_before(self, pos: int, etype: str, exclude: set[str]) -> str | None:
        best = None
        for s, _, key in self.mentions:
            if s >= pos:
                break
            if self.types.get(key) == etype and key not in exclude:
                best = key
        return best

    def of(self, head: Token, exclude: set[str], owned: frozenset[str]) -> list[str]:
        """The parties a noun phrase headed by ``head`` stands for: conjuncts, lists
        ("giants including X and Y", "three researchers, X, Y and Z") and plural
        definite nouns that refer back to such a list ("the publishers")."""
        out: list[str] = []
        for tok in [head, *head.conjuncts]:
            for key in self._many(tok, exclude, owned):
                if key not in exclude and key not in out:
                    out.append(key)
        return out

    def _many(self, tok: Token, exclude: set[str], owned: frozenset[str]) -> list[str]:
        """The parties one token of a noun phrase stands for (see :meth:`of`)."""
        key = self._party(self.tok_key.get(tok.i))
        if key is not None:
            return [key]
        low, lemma = tok.lower_, tok.lemma_.lower()
        if tok.pos_ == "PRON":
            if low in PERSON_PRONOUNS:
                k = self.last_before(tok.idx, "Person", exclude)
                return [k] if k else []
            return []  # "it", "they": too often a thing or an unnamed group
        named = self._named(tok)  # "an entity named X", "a user going by the name X"
        if named:
            return named
        listed: list[str] = []  # "three researchers, X, Y and Z"; "firms including X"
        for c in tok.children:
            if c.dep_ == "appos" or (c.dep_ == "prep" and c.lower_ in ("including", "like")):
                heads = [c] if c.dep_ == "appos" else [p for p in c.children if p.dep_ == "pobj"]
                for h in heads:
                    for t in [h, *h.conjuncts]:
                        k = self._party(self.tok_key.get(t.i))
                        if k is not None and k not in listed:
                            listed.append(k)
        if listed:
            return listed
        is_owned = lemma in owned or low in owned
        is_role = lemma in self.role_nouns or low in self.role_nouns
        if is_owned or is_role:
            # a party's thing or agent: "Y's claims", "the report by Y", "Y's lawyers";
            # not "the EU's executive body", which is a party of its own
            for c in tok.children:
                if c.dep_ == "poss":
                    found = self.of(c, exclude, owned)
                    if found:
                        return found
                if c.dep_ == "compound" and c.i in self.tok_key:
                    k = self._party(self.tok_key[c.i])  # "the OpenAI chief", "the Google model"
                    if k is not None:
                        return [k]
        if is_owned:
            for c in tok.children:
                pobjs: list[Token] = []
                if c.dep_ == "prep" and c.lower_ in ("by", "from", "of"):
                    pobjs = [p for p in c.children if p.dep_ == "pobj"]
                elif c.dep_ == "acl":  # "the claims made by Y"
                    pobjs = [
                        p
                        for a in c.children
                        if a.dep_ == "agent"
                        for p in a.children
                        if p.dep_ == "pobj"
                    ]
                for p in pobjs:
                    found = self.of(p, exclude, owned)
                    if found:
                        return found
        if tok.pos_ == "NOUN" and not is_owned:
            # "Google DeepMind researchers", "the OpenAI team": the organisation acts
            for c in tok.children:
                if c.dep_ == "compound" and c.i in self.tok_key:
                    k = self._party(self.tok_key[c.i])
                    if k is not None and self.types.get(k) == "Organization":
                        return [k]
            # "researchers at Stanford", "lawyers for the company", "a scientist from Meta"
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ in ("at", "from", "for"):
                    for p in c.children:
                        if p.dep_ == "pobj":
                            found = self.of(p, exclude, owned)
                            if found:
                                return found
        # "the company" / "the startup": the organisation last named
        if lemma in ORG_DESCRIPTIONS and any(c.lower_ in ("the", "this") for c in tok.children):
            k = self.last_before(tok.idx, "Organization", exclude)
            return [k] if k else []
        if (
            tok.tag_ == "NNS"
            and lemma not in owned
            and any(c.lower_ in ("the", "these", "those", "both") for c in tok.children)
        ):
            return self.group_before(tok.idx, lemma)
        return []

    def _one(self, tok: Token, exclude: set[str], owned: frozenset[str]) -> str | None:
        found = self._many(tok, exclude, owned)
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

    def subject(self, verb: Token) -> tuple[list[str], bool]:
        """The challengers of ``verb`` (a group subject gives several) and whether the
        clause is passive (then they come from the ``by`` agent)."""
        owned = lexicon().owned
        cur: Token | None = verb
        for _ in range(4):
            if cur is None:
                break
            subj = next((c for c in cur.children if c.dep_ in SUBJECTS), None)
            if subj is not None and cur is not verb and not self._names_party(subj):
                # "X said Y's error was a slip, while criticising ...": the subject of
                # an inner clause that names no party is not the critic
                subj = None
                if cur.dep_ == "ccomp" and cur.head is not cur:
                    cur = cur.head
                    continue
            if (
                subj is not None
                and subj.pos_ == "PRON"
                and subj.tag_ not in ("WDT", "WP")
                and cur.dep_ in ("ccomp", "xcomp")
                and cur.head is not cur
            ):
                # "X said they could not ...": a pronoun in a reported clause is its
                # reporter more often than anyone else
                cur = cur.head
                continue
            if subj is not None and subj.tag_ in ("WDT", "WP") and cur.dep_ == "relcl":
                subj = cur.head  # "X, which called for ...": the relative's antecedent
            if subj is not None:
                if subj.dep_ == "nsubjpass":
                    return self._agent(cur), True
                group = self.of(subj, set(), owned)
                if len(group) > 1:
                    return group, False
                claimant = self.claimant_at(subj.idx)
                if claimant is not None and self.types.get(claimant) in PARTY_TYPES:
                    return [claimant], False
                return group, False
            if cur.dep_ == "acl" and (
                cur.head.i in self.tok_key or any(t.i in self.tok_key for t in cur.head.conjuncts)
            ):
                return self.of(cur.head, set(), owned), False  # "LeCun, accusing ..."
            if cur.dep_ == "xcomp":
                # "ordered Y to respond": the object of the governing verb acts
                obj = next((c for c in cur.head.children if c.dep_ == "dobj"), None)
                if obj is not None:
                    return self.of(obj, set(), owned), False
            if cur.dep_ in ("xcomp", "advcl", "conj", "ccomp", "pcomp") and cur.head is not cur:
                cur = cur.head
                continue
            break
        return [], False

    def _names_party(self, tok: Token) -> bool:
        """Whether a subject is a party by name or pronoun (not a party's thing)."""
        if tok.i in self.tok_key or tok.lower_ in PERSON_PRONOUNS:
            return True
        if any(t.i in self.tok_key for t in tok.conjuncts):
            return True
        return self.claimant_at(tok.idx) is not None

    def _agent(self, verb: Token) -> list[str]:
        for c in verb.children:
            if c.dep_ == "agent":
                for p in c.children:
                    if p.dep_ == "pobj":
                        return self.of(p, set(), lexicon().owned)
        return []


HEDGES = {"unclear", "unknown", "unlikely", "uncertain", "rumored", "rumoured", "possible"}


def _hedged(tok: Token) -> bool:
    """A possibility, not a report: "it is unclear whether X will sue Y", "if X sues Y",
    or a question."""
    cur = tok
    for _ in range(6):
        if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in cur.children):
            return True
        if cur.lower_ in HEDGES or any(
            c.dep_ == "acomp" and c.lower_ in HEDGES for c in cur.children
        ):
            return True
        if cur.head is cur:
            break
        cur = cur.head
    return tok.sent.text.rstrip().endswith("?")


def _reported_misdeed(tok: Token, lemma: str, lex: Lexicon, reporting: frozenset[str]) -> bool:
    """A reported clause that charges its subject with wrongdoing: "(X said) Y misled
    users", "(X claims) Y is scraping sites", "(X said) Y's results were inflated"."""
    if tok.dep_ != "ccomp" or tok.head.lemma_.lower() not in reporting or _negated(tok.head):
        return False
    if _negated(tok) or _hedged(tok.head):
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


def _objects(tok: Token, preps: frozenset[str]) -> list[Token]:
    out = [c for c in tok.children if c.dep_ in ("dobj", "dative")]
    # "fined Meta 200 million euros": the small model hangs the name on the amount
    out += [n for o in out for n in o.children if n.dep_ == "nmod" and n.pos_ == "PROPN"]
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
    claimant_at: Callable[[int], str | None],
    last_other_claimant: Callable[[int, str, bool], str | None],
    sentences: list[Span],
    role_nouns: frozenset[str] = frozenset(),
    names: dict[str, str] | None = None,
    reporting: frozenset[str] = frozenset(),
) -> tuple[list[Challenge], list[list[str]]]:
    """Every challenge in ``sentences`` (see the module docstring).

    ``mentions`` are (start, end, entity key) in text order; ``types`` the entity types;
    ``developer`` maps a model to its developer; ``relation_side`` gives a party's side (it
    and its employers) so that no party challenges its own side; ``claimant_at(pos)``
    the claimant the claim extractor resolved for a subject starting at ``pos``;
    ``last_other_claimant(pos, key, accuser)`` the claimant of another side than
    ``key``'s that "X disagreed" answers (with ``accuser``: only one who accused that
    side); ``role_nouns`` the nouns of a party's agents ("Y's lawyers" stand for Y);
    ``names`` the entities' names (to know the platforms, which host documents but do
    not write them); ``reporting`` the lemmas of reporting verbs ("say", "claim").
    Also returns the lists of allied parties (named together as one
    subject or object), who never oppose each other.
    """
    lex = lexicon()
    platforms = frozenset(
        k for k, name in (names or {}).items() if name.casefold() in lex.platforms
    )
    parties = _Parties(doc, mentions, types, developer, claimant_at, role_nouns, platforms)
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
        for tok in sent:
            lemma = _lemma(tok, lex)
            if reporting and _reported_misdeed(tok, lemma, lex, reporting):
                # "X said Y misled users", "X claims Y's figures were inflated"
                challengers, _ = parties.subject(tok.head)
                subj = next(c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass"))
                targets = parties.of(subj, set(challengers), lex.owned)
                add(challengers, targets, tok, "accuses", sent)
            if tok.pos_ in ("VERB", "AUX"):
                if lemma in lex.unconfirmed and _failed(tok):
                    # "could not reproduce Y's results": the check questions Y's claim
                    kind, preps, owned_only = "questions", frozenset(), True
                elif _negated(tok) or _hedged(tok):
                    continue
                else:
                    kind, preps, owned_only = _verb_cue(tok, lemma, lex)
                if kind is None:
                    contrast = _contrasted(tok, lemma, lex)
                    if contrast:
                        # "Unlike X, Y believes ...": opposed positions on one question
                        challengers, _ = parties.subject(tok)
                        exclude = set(challengers)
                        targets = [k for o in contrast for k in parties.of(o, exclude, lex.owned)]
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
                    targets = parties.of(subj, exclude, lex.owned)
                else:
                    all_objs = objs = _objects(tok, preps)
                    if owned_only:
                        objs = [o for o in objs if _is_owned_claim(o, lex) or _possessor(o)]
                    if lemma in lex.respond:
                        objs = [o for o in objs if o.lemma_.lower() in lex.reply_objects]
                    targets = [k for o in objs for k in parties.of(o, exclude, lex.owned)]
                    if not targets and kind == "accuses":
                        # "X alleged that Y copied ...": the accused is the clause's subject
                        targets = [
                            k
                            for c in tok.children
                            if c.dep_ == "ccomp"
                            for sub in c.children
                            if sub.dep_ in ("nsubj", "nsubjpass")
                            for k in parties.of(sub, exclude, lex.owned)
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
                if not targets and kind in ("accuses", "criticises", "questions"):
                    critics.append((sent.start_char, challengers))
                add(challengers, targets, tok, kind, sent)
            elif tok.dep_ in ("acomp", "attr") and tok.lower_ in lex.pejoratives:
                # "X said the report by Y was inaccurate": a party's claim judged false
                be = tok.head
                subj = next((c for c in be.children if c.dep_ == "nsubj"), None)
                if subj is None or be.dep_ not in ("ccomp", "xcomp") or _negated(be):
                    continue
                challengers, _ = parties.subject(be.head)
                exclude = set(challengers)
                if subj.lemma_.lower() in lex.owned or subj.lemma_.lower() in lex.nouns:
                    targets = parties.of(subj, exclude, lex.owned)
                    if not targets and _unowned_claims([subj], lex) and challengers:
                        targets = answered(sent.start_char, challengers)
                    add(challengers, targets, tok, "rebuts", sent)
            elif tok.pos_ == "NOUN" and lemma in lex.nouns:
                challengers, targets = _noun_challenge(tok, parties, lex)
                kind = lex.nouns[lemma]
                if challengers and not targets and kind in ("denies", "rebuts"):
                    # "issued a denial of the allegations": answers their author
                    targets = answered(sent.start_char, challengers)
                add(challengers, targets, tok, kind, sent)

            elif tok.pos_ == "ADJ" or tok.lower_ == "odds":
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
    """The ``unlike`` objects of a verb of opinion: "Unlike X, Y thinks ..."."""
    if lemma not in lex.opinion_verbs:
        return []
    return [
        p
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == "unlike"
        for p in c.children
        if p.dep_ == "pobj"
    ]


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


def _clausal(tok: Token) -> bool:
    """``denied that ...``, ``denied paying ...``: what is denied is a clause."""
    return any(c.dep_ in ("ccomp", "xcomp") for c in tok.children)


def _unowned_claims(objs: list[Token], lex: Lexicon) -> bool:
    """``rejected the allegations``, ``stands by its product``: a claim or a piece of
    work whose challenger is not named in the clause."""
    return any(o.lemma_.lower() in lex.owned or o.lemma_.lower() in lex.nouns for o in objs)


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
        c.dep_ in ("poss", "acl") or (c.dep_ == "prep" and c.lower_ in ("by", "from", "of"))
        for c in obj.children
    )


def _noun_challenge(tok: Token, parties: _Parties, lex: Lexicon) -> tuple[list[str], list[str]]:
    """``X's lawsuit against Y``, ``criticism of Y from X``, ``X filed a complaint against Y``."""
    challengers: list[str] = []
    for c in tok.children:
        if c.dep_ == "poss":
            challengers = parties.of(c, set(), lex.owned)
        elif c.dep_ == "prep" and c.lower_ in ("by", "from"):
            for p in c.children:
                if p.dep_ == "pobj":
                    challengers = parties.of(p, set(), lex.owned)
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
                    targets.extend(parties.of(p, exclude, lex.owned))
    if not targets and tok.dep_ == "dobj":
        # "filed a lawsuit ... against Y": the preposition attached to the verb
        for c in tok.head.children:
            if c.dep_ == "prep" and c.lower_ == "against":
                for p in c.children:
                    if p.dep_ == "pobj":
                        targets.extend(parties.of(p, exclude, lex.owned))
    return challengers, targets


def _author(tok: Token, parties: _Parties, lex: Lexicon) -> list[str]:
    """Who wrote a document: its owner ("X's paper", "a report by X") or the subject
    of publishing it ("X published an analysis")."""
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in lex.publishing:
        found, _ = parties.subject(tok.head)  # before "a GitHub analysis": the platform
        if found:
            return found
    found = parties.of(tok, set(), lex.owned)
    head = tok.head.head
    if not found and tok.head.lower_ == "of" and head.pos_ == "NOUN":
        # "the release of a paper by X": the author hangs on the event noun
        found = [
            k
            for c in head.children
            if c.dep_ == "prep" and c.lower_ in ("by", "from")
            for p in c.children
            if p.dep_ == "pobj"
            for k in parties.of(p, set(), lex.owned)
        ]
    return [k for k in found if k not in parties.platforms]


def _stance(tok: Token, parties: _Parties, lex: Lexicon) -> list[tuple[list[str], list[str], str]]:
    """``X is critical of Y``, ``X's view is at odds with Y's``."""
    found = []
    for words, kind in lex.stances.items():
        first = words[0] if words[0] not in ("at", "in") else words[1]
        if tok.lower_ != first:
            continue
        prep = words[-1]
        objs = [
            p
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ == prep
            for p in c.children
            if p.dep_ == "pobj"
        ]
        if not objs:
            continue
        # the holder: subject of the copula (or of the clause the adjective sits in)
        head = tok
        while head.dep_ in ("acomp", "pobj", "prep", "attr") and head.head is not head:
            head = head.head
        challengers, _ = parties.subject(head)
        if not challengers and tok.dep_ == "amod":
            challengers = parties.of(tok.head, set(), lex.owned)
        exclude = set(challengers)
        targets = [k for o in objs for k in parties.of(o, exclude, lex.owned)]
        found.append((challengers, targets, kind))
    return found
