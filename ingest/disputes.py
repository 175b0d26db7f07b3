"""Disputes within one article, and derived findings.

A dispute is what the labels of reporters and analysts call one: two *named* parties
(people or organisations) in reported disagreement.  One party accuses, criticises,
questions, contradicts, denies, rebuts, sues or dismisses the other or the other's
claim or work, or their positions on one question are reported as opposed.  Each
article gives **one dispute per pair of parties**, the challenger first where there is
one.  Two kinds of evidence make a pair:

1. *Challenges* read from the parse (``ingest/opposition.py``): "X accused Y",
   "X sued Y", "X questioned Y's results", "X said Y's report was inaccurate",
   "Unlike Y, X believes ...", "Y disagreed" (answering the last party to challenge
   it).  A single challenge aimed at a named party is enough: the target needs no
   claim of its own.  A challenger with no claim in that sentence gets one (an
   ``accusation``, or a ``denial`` for denials and rebuttals), so every dispute rests
   on at least one claim.
2. *Opposed claims* of two sides (the rules that need a claim from each):
   - a denial (deny, dismiss, insist, "inaccurate", "far-fetched" ...) of a claim by
     another side that shares a topic entity with it (the denied report);
   - opposite comparisons ("A outperforms B" / "B still beats A");
   - an accusation (or negative stance words: bug, misleading, violation ...) aimed
     at a side that has claims of its own in the article.
   Where the parse names whom a sentence's speaker challenges, it overrides these.
   The weaker of these (a denial or accusation without naming the other claimant)
   hold only between claims within ``PAIR_REACH`` characters.

A side is a party with the organisations it works for and the models they develop
(from the relations), plus what the parse shows: "Meta CTO X", "Huawei's research arm,
Y", parties that challenge or are challenged together ("X and Y sued Z").  No side
disputes itself.  A spokesperson or lawyer speaking for an organisation that is itself
in a dispute with the same opponent adds to that dispute.  A dispute's topic is the
entities its claims share (models and benchmarks first) and, when the target has no
claim in it, the target.

Findings: *benchmark-variant inconsistency*, i.e. one model family reported with
different variants on different benchmarks, or an evaluated model that is a declared
variant ("experimental chat version") of a released one.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc

from graph.model import Label, hashed_id
from ingest import opposition
from ingest.attribution import ESTIMATING_CUES
from ingest.claims import Claim, headline_region
from ingest.document import doc_text
from ingest.entities import Entity, Mention
from ingest.gazetteer import Gazetteer
from ingest.linking import content_words, polarity, similarity
from ingest.relations import Relation


@dataclass(slots=True)
class Dispute:
    parties: list[str]  # entity names
    party_keys: list[str]
    topic: list[str]
    topic_keys: list[str]
    claim_indexes: list[int]
    evidence: str
    kind: str  # denies | contradicts | doubts
    pairs: list[tuple[int, int, str]] = field(default_factory=list)  # (claim, claim, kind)
    claim_ids: list[str] = field(default_factory=list)
    id: str = ""

    def to_contract(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "parties": list(self.parties),
            "topic": list(self.topic),
            "claims": list(self.claim_ids),
            "evidence": self.evidence,
            "kind": self.kind,
        }


def sides(ents: list[Entity], rels: list[Relation]) -> dict[str, set[str]]:
    """Each entity key with everything on its side (employers, their models); a
    company's founders only while they work there ("OpenAI, co-founded by Musk" does not
    put Musk on OpenAI's side when he sues it)."""
    side: dict[str, set[str]] = {e.key: {e.key} for e in ents}
    for r in rels:
        if r.type in ("WORKS_FOR", "LEADS") and r.source in side and not r.properties.get("former"):
            side[r.source].add(r.target)
    develops = defaultdict(set)
    for r in rels:
        if r.type == "DEVELOPS":
            develops[r.source].add(r.target)
    for key, members in side.items():
        for m in list(members):
            members |= develops.get(m, set())
        del key
    return side


def comparisons(
    claim: Claim, mentions: list[Mention], gaz: Gazetteer, text: str
) -> set[tuple[str, str]]:
    """(better, worse) entity pairs a claim states: "GPT-4 still beats Gemini"."""
    ms = [m for m in mentions if claim.start <= m.start < claim.end and m.key]
    out: set[tuple[str, str]] = set()
    for i, a in enumerate(ms):
        for b in ms[i + 1 :]:
            if a.key == b.key:
                continue
            between = text[a.end : b.start]
            if len(between) > 60:
                break
            low = between.casefold()
            word = next(
                (
                    w
                    for w in gaz.comparatives
                    if re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", low)
                ),
                None,
            )
            if word is None:
                # "faster than", "more accurate than", "less efficient than"
                m = COMPARED.search(low)
                if m is None or m.group("adj") in gaz.not_comparisons:
                    continue
                adj = m.group("adj")
                if m.group("degree") and adj.endswith("s") and not adj.endswith("ous"):
                    continue  # "more customers than": a count, not a quality
                worse = adj in gaz.inferior_adjectives or m.group("degree") == "less"
                out.add((b.key, a.key) if worse else (a.key, b.key))
                break
            out.add((b.key, a.key) if word in gaz.inferior_comparatives else (a.key, b.key))
            break
    return out


# a comparison by an adjective: "faster than", "more accurate than", "less efficient than"
COMPARED = re.compile(r"\b(?:(?P<degree>more|less) )?(?P<adj>[a-z]+) than\b")

#: How far apart (characters) two claims may be for the weaker evidence of a dispute.
#: Measured: at 1,200 the dev and check disputes are unchanged, and on PolNeAR's long
#: political articles the claim-pair disputes fall from 83 to 47, those dropped nearly
#: all wrong ("Clinton" against "FBI" from items of a news digest); at 800 dev loses two.
PAIR_REACH = 1200


def _opposition(
    a: Claim, b: Claim, side: dict[str, set[str]], publications: set[str]
) -> tuple[int, str] | None:
    """How claim ``b`` answers or attacks claim ``a``: (tier, kind), or None.

    Lower tiers are stronger evidence; each claim keeps only its best-tier opponents.
    Tier 0: a denial naming the other claimant ("disputed Epoch's findings"); tier 1: a
    denial of an accusation on a shared topic, or an accusation against the other side;
    tier 2: a denial of any earlier claim on a shared topic.
    """
    if a.claimant_key is None or b.claimant_key is None:
        return None
    sa = side.get(a.claimant_key, {a.claimant_key})
    sb = side.get(b.claimant_key, {b.claimant_key})
    if a.claimant_key in sb or b.claimant_key in sa:
        return None  # same side: a spokesperson and their company
    if a.start == b.start:
        return None  # one sentence: an outlet carrying a party's statement
    # the weaker evidence (tiers 1 and 2) holds only between nearby claims: in a long
    # article of many items, a negative claim paragraphs away answers something else
    near = abs(a.start - b.start) <= PAIR_REACH
    shared = set(a.about_keys) & (set(b.about_keys) | sb)
    if a.about_guessed and b.about_guessed:
        shared &= sb  # two guesses at the article's topic share nothing said
    if b.kind == "denial" and a.kind != "denial":
        if a.claimant_key in b.named_keys and _before(a, b):
            return 0, "denies"
        if a.claimant_key in b.about_keys and not b.about_guessed and _before(a, b):
            return 1, "denies"  # the other party, referred to by pronoun
        if b.rebuts and a.start < b.start:
            # "rejected the criticism": the criticism is the latest claim before it
            return 1, "denies"
        if (
            shared
            and (a.kind == "accusation" or a.negative)
            and _before(a, b)
            # a denial that names nothing answers a charge against its own side
            and (not b.about_guessed or set(a.about_keys) & sb)
        ):
            return 1, "denies"
        if (
            shared
            and a.start < b.start
            and near
            and (not b.about_guessed or set(a.about_keys) & sb)
        ):
            return 2, "denies"  # weakest: only a claim the denial can be answering
    if (
        (b.kind == "accusation" or (b.negative and b.kind not in ("denial", "admission")))
        # (a denial names the wrong it denies: "saw no evidence of smuggling by Y")
        # (a target only guessed is the article's most-named party, not the runner-up)
        and set(b.about_keys[:1] if b.about_guessed else b.about_keys) & sa
        # (an attack whose target was only guessed is answered by a later claim of that
        # party only if it is about the attacker's side: "X wrote that it was fake news.
        # Y's chief, Z, said W was dishonest": Z, speaking of W, does not answer X)
        and not (
            b.about_guessed and b.start < a.start and a.named_keys and not set(a.about_keys) & sb
        )
        and a.kind != "accusation"
        and b.claimant_key not in publications  # outlets report, they do not take sides
        # a judge's "grave concern" in a report "per Reuters" is no attack on Reuters
        and not (a.claimant_key in publications and a.claimant_key in b.named_keys)
        and near
    ):
        return 1, "contradicts"
    return None


# the opening of a claim about any member of a kind: "A chatbot that ...", "Any lab ..."
GENERIC_OPENING = re.compile(r"[\"'\u201c\u2018]?(?:A|An|Any|Every|No) [a-z]")


def _generic(claim: Claim, text: str) -> bool:
    """Whether ``claim``'s content opens on an indefinite or universal subject."""
    return GENERIC_OPENING.match(text, claim.content[0]) is not None


def find_disputes(
    claims: list[Claim],
    ents: list[Entity],
    rels: list[Relation],
    mentions: list[Mention],
    gaz: Gazetteer,
    text: str,
    *,
    doc: Doc | None = None,
    skip: list[tuple[int, int]] | tuple[tuple[int, int], ...] = (),
) -> list[Dispute]:
    """Disputes of the article, one per pair of opposed named parties.

    Two sources of opposition (see the module docstring): pairs of claims that answer
    or contradict each other, and challenges read from the parse of ``doc``
    (``ingest/opposition.py``).  A challenge whose challenger has no claim in its
    sentence gets one (kind ``accusation``, or ``denial`` for denials and rebuttals),
    appended to ``claims``: a dispute always rests on at least one claim.
    """
    side = sides(ents, rels)
    names = {e.key: e.name for e in ents}
    types = {e.key: e.type for e in ents}
    challenges: list[opposition.Challenge] = []
    if doc is not None:
        challenges, allies = _challenges(doc, claims, ents, rels, mentions, side, skip, gaz)
        for group in allies:  # "X and Y sued Z": X and Y are on one side here
            for k in group:
                side.setdefault(k, {k}).update(group)
    pairs = _claim_pairs(claims, ents, side, mentions, gaz, text)
    challenges = _beyond_the_headline(challenges, pairs, claims, text, side)
    challenges = _organisation_over_its_staff(challenges, mentions, side, types)
    # where the parse names whom a sentence's speaker challenges, it overrides the
    # weaker evidence of two claims sharing a topic
    parsed: dict[tuple[str, int], set[str]] = defaultdict(set)  # whom each speaker challenges
    for ch in challenges:
        parsed[(ch.challenger, ch.start)].add(ch.target)
    pairs = [
        (i, j, kind)
        for i, j, kind in pairs
        if claims[i].claimant_key
        in parsed.get(
            (claims[j].claimant_key or "", _sentence_start(claims[j], challenges)),
            {claims[i].claimant_key},
        )
    ]
    disputes: dict[frozenset[str], Dispute] = {}
    order: dict[frozenset[str], int] = {}

    def dispute_of(a: str, b: str, at: int) -> Dispute:
        pair = frozenset((a, b))
        if pair not in disputes:
            disputes[pair] = Dispute(
                parties=[names[a], names[b]],
                party_keys=[a, b],
                topic=[],
                topic_keys=[],
                claim_indexes=[],
                evidence="",
                kind="contradicts",
            )
            order[pair] = at
        order[pair] = min(order[pair], at)
        return disputes[pair]

    for i, j, kind in pairs:
        a, b = claims[i], claims[j]
        assert a.claimant_key is not None and b.claimant_key is not None
        # the answering claim's claimant challenges the answered one's
        d = dispute_of(b.claimant_key, a.claimant_key, min(a.start, b.start))
        d.pairs.append((i, j, kind))
        d.claim_indexes.extend((i, j))
        if kind == "denies":
            d.kind = "denies"
        if not d.evidence or b.start < _evidence_start(d, claims):
            d.evidence = b.text
        for k in _shared_topic(a, b):
            if k not in d.topic_keys:
                d.topic_keys.append(k)
    recalled = _recalled_challenges(challenges, claims)
    for ch in challenges:
        if ch.standing and frozenset((ch.challenger, ch.target)) in disputes:
            continue  # "Y stood by its figures": adds nothing to the dispute already found
        if id(ch) in recalled:
            continue  # "Feld called Kestrel's rebuttal a marketing document": Feld speaks
        ci = _claim_for(ch, claims, names, types, text)
        d = dispute_of(ch.challenger, ch.target, ch.start)
        if ci not in d.claim_indexes:
            d.claim_indexes.append(ci)
        kind = "denies" if ch.kind in ("denies", "rebuts") else "contradicts"
        if kind == "denies":
            d.kind = "denies"
        answered = _answered_claim(claims, ch)
        if answered is not None and not any(p[:2] == (answered, ci) for p in d.pairs):
            # the target's latest claim before the challenge is what it answers
            d.pairs.append((answered, ci, kind))
            d.claim_indexes.append(answered)
        if not d.evidence:
            d.evidence = claims[ci].text
        topic = [k for k in claims[ci].about_keys if k not in d.party_keys]
        for k in [*topic, ch.target]:
            if k not in d.topic_keys:
                d.topic_keys.append(k)
    _fold_spokespeople(
        disputes, _speaks_for(rels), _speaks_for(rels, VOICE_ROLE), types, names, order
    )
    out = []
    for pair, d in sorted(disputes.items(), key=lambda kv: order[kv[0]]):
        d.claim_indexes = sorted(set(d.claim_indexes))
        first = claims[d.claim_indexes[0]]
        d.topic_keys.sort(key=lambda k: types.get(k) not in ("Model", "Benchmark"))
        d.topic = [names[k] for k in d.topic_keys]
        if not d.evidence:
            d.evidence = first.text
        del pair
        out.append(d)
    return out


def _beyond_the_headline(
    challenges: list[opposition.Challenge],
    pairs: list[tuple[int, int, str]],
    claims: list[Claim],
    text: str,
    side: dict[str, set[str]],
) -> list[opposition.Challenge]:
    """The challenges, less a headline's that the body reports too: the title restates
    the body's dispute in the outlet's words ("Nvidia Slams Anthropic"), or names the
    body's challenger by the organisation they work for ("White House AI czar accuses
    Anthropic" over "David Sacks, the White House's AI czar, accused Anthropic"); its own
    claim would be a second, unattributed copy.  A dispute only the headline gives stays."""
    headline = headline_region(text)
    if headline is None:
        return challenges

    def in_headline(ch: opposition.Challenge) -> bool:
        return headline[0] <= ch.start < headline[1]

    in_body = {frozenset((ch.challenger, ch.target)) for ch in challenges if not in_headline(ch)}
    in_body |= {
        frozenset((claims[i].claimant_key, claims[j].claimant_key))
        for i, j, _ in pairs
        if claims[i].claimant_key is not None and claims[j].claimant_key is not None
    }
    staff_pairs = {
        frozenset((org, ch.target))
        for ch in challenges
        if not in_headline(ch)
        for org in side.get(ch.challenger, ())
        if org != ch.challenger
    }
    return [
        ch
        for ch in challenges
        if not (
            in_headline(ch)
            and (
                frozenset((ch.challenger, ch.target)) in in_body
                or frozenset((ch.challenger, ch.target)) in staff_pairs
            )
        )
    ]


def _organisation_over_its_staff(
    challenges: list[opposition.Challenge],
    mentions: list[Mention],
    side: dict[str, set[str]],
    types: dict[str, str],
) -> list[opposition.Challenge]:
    """The challenges, less one aimed at a person its sentence does not name when the same
    challenger there also challenges that person's organisation: "Epoch AI said it could
    not reproduce Moonshot's score" after Moonshot's president spoke questions Moonshot,
    not the president as well."""
    named_at = defaultdict(set)
    for ch in challenges:
        named_at[ch.start] = {m.key for m in mentions if ch.start <= m.start < ch.end}
    aimed = {(ch.challenger, ch.start, ch.target) for ch in challenges}
    return [
        ch
        for ch in challenges
        if not (
            types.get(ch.target) == "Person"
            and ch.target not in named_at[ch.start]
            and any(
                (ch.challenger, ch.start, org) in aimed
                for org in side.get(ch.target, ())
                if org != ch.target and types.get(org) == "Organization"
            )
        )
    ]


MIN_ECHO = 0.12  # least evidence that an answer answers a claim (overlap plus bonuses)
SPOKESPERSON_ROLE = re.compile(
    r"(?i)spokes|representative|communications|press|counsel|attorney|lawyer"
)
# a role whose holder's words are the organisation's own (not a lawyer's: "a copyright
# lawyer at Fenwick Hale" comments for no one)
VOICE_ROLE = re.compile(r"(?i)spokes|representative|communications|press")


def _speaks_for(
    rels: list[Relation], roles: re.Pattern[str] = SPOKESPERSON_ROLE
) -> dict[str, set[str]]:
    """People whose role is to speak for an organisation (spokespeople, lawyers; or of
    ``roles``)."""
    out: dict[str, set[str]] = defaultdict(set)
    for r in rels:
        if r.type == "WORKS_FOR" and roles.search(str(r.properties.get("role", ""))):
            out[r.source].add(r.target)
    return out


def _fold_spokespeople(
    disputes: dict[frozenset[str], Dispute],
    side: dict[str, set[str]],
    voices: dict[str, set[str]],
    types: dict[str, str],
    names: dict[str, str],
    order: dict[frozenset[str], int],
) -> None:
    """A person speaking for an organisation adds to the organisation's dispute with the
    same opponent instead of opening one of their own: "Perplexity spokesperson X said
    the accusation was false" is Perplexity's answer; where the organisation has no such
    dispute, a spokesperson's (one of ``voices``) becomes the organisation's
    ("Commission spokesperson X called the images appalling": the Commission against
    their maker)."""
    for pair in list(disputes):
        d = disputes[pair]
        for i, person in enumerate(d.party_keys):
            other = d.party_keys[1 - i]
            if types.get(person) != "Person":
                continue
            voiced = [
                org
                for org in voices.get(person, ())
                if org != other and types.get(org) == "Organization"
            ]
            if len(voiced) == 1 and frozenset((voiced[0], other)) not in disputes:
                org = voiced[0]
                d.party_keys[i], d.parties[i] = org, names[org]
                new = frozenset((org, other))
                disputes[new] = disputes.pop(pair)
                order[new] = order.pop(pair)
                break
            home = next(
                (
                    disputes[frozenset((org, other))]
                    for org in side.get(person, ())
                    if org != person
                    and types.get(org) == "Organization"
                    and frozenset((org, other)) in disputes
                    and frozenset((org, other)) != pair
                ),
                None,
            )
            if home is None:
                continue
            home.claim_indexes.extend(d.claim_indexes)
            home.pairs.extend(d.pairs)
            home.topic_keys.extend(k for k in d.topic_keys if k not in home.topic_keys)
            if d.kind == "denies":
                home.kind = "denies"
            del disputes[pair]
            break


def dispute_id(d: Dispute) -> str:
    """Stable id from the two parties and the claims: one sentence may open disputes
    with several parties ("X accused Y and Z"), so the claims alone do not name it."""
    return hashed_id(Label.DISPUTE, *sorted(d.party_keys), *sorted(d.claim_ids))


def _answered_claim(claims: list[Claim], ch: opposition.Challenge) -> int | None:
    """The index of the target's latest claim before a denial or rebuttal, if any."""
    if ch.kind not in ("denies", "rebuts"):
        return None
    earlier = [
        i for i, c in enumerate(claims) if c.claimant_key == ch.target and c.start < ch.start
    ]
    return max(earlier, key=lambda i: claims[i].start) if earlier else None


def _sentence_start(claim: Claim, challenges: list[opposition.Challenge]) -> int:
    """The start of the challenge sentence that holds ``claim``, or -1."""
    return next((ch.start for ch in challenges if ch.start <= claim.start < ch.end), -1)


def _evidence_start(d: Dispute, claims: list[Claim]) -> int:
    return next((c.start for c in claims if c.text == d.evidence), 1 << 30)


def _shared_topic(a: Claim, b: Claim) -> list[str]:
    other = {*b.about_keys, b.claimant_key}
    return [k for k in dict.fromkeys(a.about_keys) if k in other]


def _challenges(
    doc: Doc,
    claims: list[Claim],
    ents: list[Entity],
    rels: list[Relation],
    mentions: list[Mention],
    side: dict[str, set[str]],
    skip: list[tuple[int, int]] | tuple[tuple[int, int], ...],
    gaz: Gazetteer,
) -> tuple[list[opposition.Challenge], list[list[str]]]:
    """The article's challenges (``ingest/opposition.py``), wired to this article's
    entities, sides and claims."""
    types = {e.key: e.type for e in ents}
    for c in claims:
        if c.claimant_key is not None and types.get(c.claimant_key) == "Benchmark":
            # a leaderboard that speaks ("LMArena rejected the study") is a party here
            types[c.claimant_key] = "Organization"
    text = doc_text(doc)
    developer: dict[str, str] = {}
    by_name = {e.name: e.key for e in ents if e.type == "Organization"}
    for e in ents:
        dev = e.entry.developer if e.entry is not None else None
        if e.type == "Model" and dev in by_name:
            developer[e.key] = by_name[dev]
    for r in rels:
        if r.type == "DEVELOPS":
            developer[r.target] = r.source
    spans = [(m.start, m.end, m.key) for m in mentions if m.key in types]
    spans.sort()
    sentences = [s for s in doc.sents if not any(a <= s.start_char < b for a, b in skip)]
    named = [c for c in claims if c.claimant_key is not None and c.claimant_span is not None]

    def claimants_at(pos: int) -> list[str]:
        keys = []
        for c in named:
            assert c.claimant_span is not None and c.claimant_key is not None
            if c.claimant_span[0] <= pos < c.claimant_span[1] and c.claimant_key not in keys:
                keys.append(c.claimant_key)
        return keys

    def side_of(key: str) -> set[str]:
        return side.get(key, {key})

    def last_other_claimant(pos: int, key: str, accuser: bool) -> str | None:
        """Whom "X disagreed" or "X denied paying ..." at ``pos`` answers.  With
        ``accuser``: the claimant of another side whose claim the answer echoes most
        (shared content words), preferring one who accused X's side and one before the
        answer (reports often give the denial first, though); without: the nearest
        claimant of another side before ``pos``."""
        mine = side_of(key)

        def other(c: Claim) -> bool:
            return c.claimant_key not in mine and key not in side_of(c.claimant_key or "")

        candidates = [c for c in named if c.start != pos and other(c)]
        if not accuser:
            before = [c for c in candidates if c.start < pos]
            return before[-1].claimant_key if before else None
        answer = next((c.text for c in claims if c.start == pos), None) or text[pos : pos + 300]
        best, best_score = None, MIN_ECHO
        for c in candidates:
            score = similarity(c.text, answer)
            accused = (c.kind == "accusation" or c.negative) and set(c.about_keys) & mine
            if c.start > pos and not accused:
                continue  # a later claim answers nothing X said unless it accused X's side
            if accused:
                score += 0.1
            if c.start < pos:
                score += 0.05
            if score > best_score:
                best, best_score = c.claimant_key, score
        return best

    return opposition.find_challenges(
        doc,
        spans,
        types,
        developer,
        side_of,
        claimants_at,
        last_other_claimant,
        sentences,
        frozenset(gaz.role_nouns),
        {e.key: e.name for e in ents},
        frozenset(gaz.cues),
        sorted((c.start, c.claimant_key) for c in named if c.claimant_key is not None),
        frozenset(e.key for e in ents if e.kind == "publication"),
        frozenset(e.key for e in ents if e.kind in ("government", "university")),
        _rank_and_file(rels),
        frozenset(
            (r.source, r.target)
            for r in rels
            if r.type == "FOUNDED" and not r.properties.get("former")
        ),
    )


def _rank_and_file(rels: list[Relation]) -> frozenset[tuple[str, str]]:
    """(person, employer) for each current staff member the article names by a rank and
    file role ("a Velmora engineer"), not one who leads it."""
    lex = opposition.words.lexicon()
    leads = {(r.source, r.target) for r in rels if r.type == "LEADS"}
    staff = set()
    for r in rels:
        role = str(r.properties.get("role") or "").split()
        if (
            r.type == "WORKS_FOR"
            and not r.properties.get("former")
            and (r.source, r.target) not in leads
            and role
            and role[-1] in lex.staff_roles  # "senior engineer": an engineer
            # ("chief AI scientist", "head researcher": one who leads)
            and not {w.lower() for w in role} & lex.leading_role_words
        ):
            staff.add((r.source, r.target))
    return frozenset(staff)


def _recalled_challenges(challenges: list[opposition.Challenge], claims: list[Claim]) -> set[int]:
    """The ids of challenges that the other side only recalls in its own words ("Feld
    called Kestrel's rebuttal a marketing document": Kestrel's rebuttal, told inside
    Feld's claim), when another challenge sets the same two parties apart: a claim of
    the challenger's made from such a sentence would be Feld's words put in Kestrel's
    mouth, and the dispute stands without it."""

    nouns, verbs = opposition.words.lexicon().nouns, opposition.words.lexicon().verbs

    def told_by_target(ch: opposition.Challenge) -> bool:
        cue = ch.cue.lower()
        if cue not in nouns or cue in verbs:
            return False  # (a verb acts: "X ripped into Y's remarks" is X's challenge)
        at = [c for c in claims if c.start <= ch.cue_start < c.end]
        return any(c.claimant_key == ch.target for c in at) and not any(
            c.claimant_key == ch.challenger for c in at
        )

    recalled = {id(ch) for ch in challenges if told_by_target(ch)}
    pairs = {frozenset((ch.challenger, ch.target)) for ch in challenges if id(ch) not in recalled}
    return {
        id(ch)
        for ch in challenges
        if id(ch) in recalled and frozenset((ch.challenger, ch.target)) in pairs
    }


def _claim_for(
    ch: opposition.Challenge,
    claims: list[Claim],
    names: dict[str, str],
    types: dict[str, str],
    text: str,
) -> int:
    """The index of the challenger's claim in the challenge's sentence, made if missing."""
    for i, c in enumerate(claims):
        if c.claimant_key == ch.challenger and c.start <= ch.cue_start < c.end:
            return i
    for i, c in enumerate(claims):
        if c.claimant_key is None and c.cue == ch.cue and c.start <= ch.cue_start < c.end:
            # "A federal judge ... rejected X's bid": the unnamed claim of that cue is
            # the challenger's, whom the challenge resolved; not a second claim beside it
            c.claimant, c.claimant_key = names[ch.challenger], ch.challenger
            c.claimant_type = types.get(ch.challenger)
            return i
    raw = text[ch.start : ch.end]
    body = raw.strip()
    start = ch.start + (len(raw) - len(raw.lstrip()))
    kind = "denial" if ch.kind in ("denies", "rebuts") else "accusation"
    claim = Claim(
        text=body,
        start=start,
        end=start + len(body),
        content=(start, start + len(body)),
        claimant=names[ch.challenger],
        claimant_key=ch.challenger,
        claimant_type=types.get(ch.challenger),
        claimant_span=None,
        cue=ch.cue,
        kind=kind,
        about=[names[ch.target]],
        about_keys=[ch.target],
        named_keys=[ch.target],
        negative=True,
    )
    claims.append(claim)
    return len(claims) - 1


def _claim_pairs(
    claims: list[Claim],
    ents: list[Entity],
    side: dict[str, set[str]],
    mentions: list[Mention],
    gaz: Gazetteer,
    text: str,
) -> list[tuple[int, int, str]]:
    """(answered claim, answering claim, kind) for every pair of opposed claims."""
    comps = [comparisons(c, mentions, gaz, text) for c in claims]
    publications = {e.key for e in ents if e.kind == "publication"}
    models = {e.key for e in ents if e.type == "Model"}
    benchmarks = {e.key for e in ents if e.type == "Benchmark"}
    pairs: list[tuple[int, int, str]] = []
    # sentences in which a party denies something: its other claims there deny too
    denying = {(c.claimant_key, c.start) for c in claims if c.kind == "denial"}
    for j, b in enumerate(claims):
        found: list[tuple[int, int, str]] = []
        for i, a in enumerate(claims):
            if i == j:
                continue
            opp = _opposition(a, b, side, publications)
            if opp == (1, "contradicts") and b.about_guessed and _generic(b, text):
                # '"A chatbot that flatters you will win even if it is wrong," she said':
                # a claim about any such thing, not about the party most in the news
                opp = None
            if (
                opp is not None
                and opp[0] > 0
                and opp[1] == "denies"
                and (a.claimant_key, a.start) in denying
            ):
                # "Y said the claims were groundless and that ...", then "X saw no
                # evidence of it": two denials of one charge, no answer to each other
                opp = None
            if (
                opp is None
                and i < j
                and a.claimant_key is not None
                and b.claimant_key is not None
                and a.claimant_key != b.claimant_key
                and any((y, x) in comps[j] for x, y in comps[i])
            ):
                opp = (0, "contradicts")  # "A beats B" against "B beats A"
            if (
                opp is None
                and i < j
                and a.claimant_key is not None
                and b.claimant_key is not None
                and _beaten_after_claiming_first(a, b, comps[j], side, gaz, text)
            ):
                opp = (1, "contradicts")  # "A is the best" against "B has overtaken A's"
            if opp is None and i < j and _other_score(a, b, side, models, benchmarks):
                opp = (1, "contradicts")  # "25 percent on X" against "around 10 percent"
            if opp is not None:
                found.append((opp[0], i, opp[1]))
        if not found:
            contrast = _contrasted(claims, j, side, publications, models, gaz)
            if contrast is None:
                contrast = _negated_echo(claims, j, side, publications, text, gaz)
            if contrast is not None:
                found.append((2, contrast, "contradicts"))
        if found:
            best = min(t for t, _, _ in found)
            chosen = [(i, kind) for t, i, kind in found if t == best]
            targeted = [(i, k) for i, k in chosen if claims[i].claimant_key in b.about_keys]
            if best == 1 and targeted and all(k == "contradicts" for _, k in chosen):
                # an attack on a company answers the company's own claims, not every
                # earlier claim of its staff as well (its staff may answer it later)
                chosen = [
                    (i, k) for i, k in chosen if (i, k) in targeted or claims[i].start > b.start
                ]
            if b.rebuts and best >= 1:
                # a rebuttal answers the nearest earlier opponent, not everyone before it
                earlier = [(i, kind) for i, kind in chosen if claims[i].start < b.start]
                if earlier:
                    nearest = max(earlier, key=lambda x: claims[x[0]].start)
                    who = claims[nearest[0]].claimant_key
                    chosen = [(i, k) for i, k in earlier if claims[i].claimant_key == who]
                    if _unnamed_between(claims, claims[nearest[0]].start, b):
                        # "Y was accused by researchers of ... Y denied the accusations":
                        # the rebuttal answers the unnamed accusers, nobody named
                        chosen = []
            if b.kind == "denial" and best >= 1:
                # "Velmora was sued by voice actors who say ... Velmora said it had
                # licensed the voices": the denial answers the unnamed accusers, not a
                # named party's claim before them that accused no one
                chosen = [
                    (i, k)
                    for i, k in chosen
                    if claims[i].kind == "accusation"
                    or claims[i].negative
                    or not _unnamed_between(claims, claims[i].start, b)
                ]
            pairs.extend((i, j, kind) for i, kind in chosen)
    return pairs


# a claim told after its answer but made before it: "The denial came after Y reported ..."
EARLIER_EVENT = re.compile(
    r"\b(?:came|comes|come|followed|follows)\s+(?:\w+\s+){0,2}?after\b"
    r"|\b(?:in response to|responding to|prompted by)\b",
    re.I,
)


def _beaten_after_claiming_first(
    a: Claim,
    b: Claim,
    beaten: set[tuple[str, str]],
    side: dict[str, set[str]],
    gaz: Gazetteer,
    text: str,
) -> bool:
    """Whether ``b`` says its side beats ``a``'s after ``a`` claimed to be first ("X
    said its model is the best coding model" against "Y said its own model had
    overtaken X's")."""
    assert a.claimant_key is not None and b.claimant_key is not None
    theirs = side.get(a.claimant_key, {a.claimant_key}) | {a.claimant_key}
    mine = side.get(b.claimant_key, {b.claimant_key}) | {b.claimant_key}
    if theirs & mine or not any(x in mine and y in theirs for x, y in beaten):
        return False
    claimed = text[a.content[0] : a.content[1]].casefold()
    return any(re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", claimed) for w in gaz.superlatives)


def _before(a: Claim, b: Claim) -> bool:
    """Whether claim ``a`` was made before ``b``: told before it, or told after it as
    what ``b`` answered ("The response came after Y reported that ...").  A denial
    answers no charge made after it."""
    return a.start < b.start or EARLIER_EVENT.search(a.text) is not None


def _unnamed_between(claims: list[Claim], after: int, b: Claim) -> bool:
    """Whether an unnamed source ("several researchers", "critics") made a claim about
    ``b``'s claimant between ``after`` and ``b``, in an earlier sentence."""
    return any(
        c.claimant_key is None
        and after < c.start < b.start
        and c.start != b.start
        and b.claimant_key in c.about_keys
        and not c.about_guessed
        for c in claims
    )


# a sentence set against the one before: "But Y says ...", "Y, however, insists ..."
CONTRAST = re.compile(
    r"^\W*(?:But|However|Yet|Still)\b|,\s+however,|\bon the other hand\b"
    r"|\b(?:by|in) contrast\b|\bon the contrary\b"
)


# an idiom that sets what follows against what was said before
DIFFERENT_STORY = re.compile(
    r"\b(?:tells?|told|telling|paints?|painted|painting) (?:a |an )?(?:very |quite |rather |"
    r"starkly |markedly )?(?:different|another|other) (?:story|picture|tale)\b",
    re.I,
)


def _contrasted(
    claims: list[Claim],
    j: int,
    side: dict[str, set[str]],
    publications: set[str],
    models: set[str],
    gaz: Gazetteer,
) -> int | None:
    """The claim that claim ``j`` is set against by a contrast ("X says the chip
    overheats. But Y says its tests show no such problem"): the nearest earlier claim,
    of another side, within a sentence or two, when the contrasted claim denies or
    negates something, shares the earlier one's words, says the opposite of it on a
    shared topic ("... will hurt startups" against "... the rules will help") or is
    about the same model (positions reported as opposed); not when it agrees ("But Y
    also thinks so")."""
    b = claims[j]
    if b.claimant_key is None:
        return None
    if b.claimant_key in publications and not _found(b):
        return None  # an outlet reports; only what it found itself takes a side
    # an independent finding needs no contrast word when it says the opposite or gives
    # another figure ("X says its model beats every rival. Y found it trailed two")
    finding = _found(b)
    # "Former employees tell a different story: X said ...": the idiom is the contrast
    # (not the claimant's own telling: "X told a different story about his youth")
    idiom = DIFFERENT_STORY.search(b.text) is not None and not DIFFERENT_STORY.match(
        f"{b.cue or ''} a different story"
    )
    if (
        not finding
        and not idiom
        and not CONTRAST.search(b.text)
        and not (ELLIPTIC_DENIAL.search(b.text) and not ASKED.search(b.text))
    ):
        return None  # (asked whether ..., "Y said it would not" answers the question)
    mine = side.get(b.claimant_key, {b.claimant_key})
    earlier = [
        i
        for i, a in enumerate(claims)
        if a.start < b.start and b.start - a.start <= CONTRAST_REACH and a.claimant_key is not None
    ]
    if not earlier:
        return None
    i = max(earlier, key=lambda k: claims[k].start)
    a = claims[i]
    assert a.claimant_key is not None
    if a.claimant_key in mine or b.claimant_key in side.get(a.claimant_key, {a.claimant_key}):
        return None
    if a.claimant_key in publications:
        return None
    if AGREEMENT.search(b.text):
        return None  # "But Y also thinks so": a contrast of tone, not of positions
    if idiom and not NEGATION.search(DIFFERENT_STORY.search(b.text).group(0)):
        return i
    if finding and not CONTRAST.search(b.text):
        if _opposite_words(a.text, b.text, tuple(gaz.opposites), gaz.generic_words) or (
            _other_figure(a.text, b.text, gaz.generic_units, tuple(gaz.correcting_words))
        ):
            return i
        return None
    negated = b.kind == "denial" or b.negative or NEGATION.search(b.text) is not None
    # "X says its model is the safest. Y, however, says the model still ...": about
    # the model the earlier claim was about
    # (only a model: with parties, "But Y says ..." reports many a contrast of topic)
    about_theirs = set(b.about_keys) & set(a.about_keys) & models
    if (
        not negated
        and not about_theirs
        and similarity(a.text, b.text) < MIN_ECHO
        and not _opposite_words(a.text, b.text, tuple(gaz.opposites), gaz.generic_words)
        # "X says the chip draws 300 watts. But Y measured 450 watts."
        and not _other_figure(a.text, b.text, gaz.generic_units)
        # "X said the chip would ship in March. Y, however, expects it in the autumn."
        and not _other_time(a.text, b.text, gaz.generic_words)
    ):
        return None
    return i


def _negated_echo(
    claims: list[Claim],
    j: int,
    side: dict[str, set[str]],
    publications: set[str],
    text: str,
    gaz: Gazetteer,
) -> int | None:
    """The earlier claim that claim ``j`` says the opposite of in the same words ("X said
    the model is safe for children" against "Y said the model is not safe for
    children"; "... will create jobs" against "... will destroy jobs"): the nearest
    earlier claim of another side, close by, whose content shares most of ``j``'s
    content words but not its polarity, or shares two and has a word's opposite."""
    b = claims[j]
    if b.claimant_key is None or b.claimant_key in publications:
        return None
    mine = side.get(b.claimant_key, {b.claimant_key})
    said = text[b.content[0] : b.content[1]]
    for i in sorted(range(j), key=lambda k: -claims[k].start):
        a = claims[i]
        if not (0 < b.start - a.start <= CONTRAST_REACH) or a.claimant_key is None:
            continue
        if a.claimant_key in mine or b.claimant_key in side.get(a.claimant_key, set()):
            continue
        if a.claimant_key in publications:
            continue
        before = text[a.content[0] : a.content[1]]
        if polarity(before) != polarity(said) and similarity(before, said) >= ECHO_SIMILAR:
            return i
        if _negated_by_prefix(before, said):
            return i  # "the flaws had been patched" against "some remained unpatched"
        if polarity(before) == polarity(said) and _opposite_words(
            before, said, tuple(gaz.opposites), gaz.generic_words, shared=2
        ):
            return i  # "AI will create more jobs" against "AI will destroy jobs"
        if (
            _with_frame(b.text, gaz.any_answer_frame)
            and _with_frame(a.text, gaz.any_answer_frame)
            and _other_answer(
                _frame_text(a, before, gaz.answer_frames),
                _frame_text(b, said, gaz.answer_frames),
                gaz.answer_frames,
                gaz.generic_words,
            )
            and not AGREEMENT.search(said)
        ):
            return i  # "the outage was caused by a cyberattack" against "... by an update"
        if _other_figure(
            before, said, gaz.generic_units, () if _estimate(b) else tuple(gaz.correcting_words)
        ) or (_estimate(b) and _figure_put_otherwise(before, said)):
            # "50 million weekly users" against "only 12 million weekly users"; "cost $6
            # million" against "put the total cost at more than $500 million"
            return i
        if figures(before) and SIZED_OTHERWISE.match(said.strip()):
            return i  # "the deal was worth $10 billion" against "it was much smaller"
    return None


# a figure: an amount of money ("$40 billion", "€3m") or a number and the word after it
# ("300 watts", "50 million weekly users"); not a year
FIGURE = re.compile(
    r"(?P<currency>[$€£])?\s?(?P<number>\d[\d,]*(?:\.\d+)?)"
    r"(?:\s?(?P<scale>thousand|million|billion|trillion|[mbk]n?)\b)?"
    r"(?:\s+(?P<unit>[a-z]+(?:\s+[a-z]+)?))?",
    re.I,
)
_SCALES = {
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "m": 1e6,
    "mn": 1e6,
    "billion": 1e9,
    "b": 1e9,
    "bn": 1e9,
    "trillion": 1e12,
}


def figures(text: str) -> dict[str, set[float]]:
    """The figures of a sentence by what they count: anything but money by the content
    words after the number ("weekly", "users"), money by its currency and each content
    word of the four words either side ("cost $6 million to train": "$ cost", "$
    train"), as money pays for many things; words lightly stemmed; years ("in 2027")
    are no figures."""
    found: dict[str, set[float]] = defaultdict(set)
    for m in FIGURE.finditer(text):
        number = m["number"].replace(",", "")
        if not m["currency"] and not m["scale"] and re.fullmatch(r"(?:19|20)\d\d", number):
            continue
        value = float(number) * _SCALES.get((m["scale"] or "").lower(), 1.0)
        if m["currency"]:
            before = " ".join(text[: m.start()].split()[-4:])
            after = " ".join(text[m.end() :].split()[:4])
            for word in content_words(f"{before} {after}"):
                found[f"{m['currency']} {word}"].add(value)
            continue
        for word in content_words(m["unit"] or ""):
            found[word].add(value)
    return found


# what an estimate calls the figure it corrects: "puts the figure closer to 40 million"
_THE_FIGURE = re.compile(r"\b(?:the|that|this) (?:figure|number|total|count|tally)\b")


# a figure just stated, said to be otherwise: "it was much smaller", "the cost is far
# higher" (no "than": a comparison with the stated figure itself)
SIZED_OTHERWISE = re.compile(
    r"^(?:that|it|this|the (?:figure|number|total|amount|cost|price|deal|sum|valuation)) "
    r"(?:was|is|were|are|would be|will be) (?:much |far |significantly |considerably |"
    r"substantially |a lot |way )?(?:smaller|larger|lower|higher|bigger|less|fewer|greater)"
    r"\b(?! than)",
    re.I,
)


def _figure_put_otherwise(a: str, b: str) -> bool:
    """Whether estimate ``b`` puts "the figure" of ``a`` at another value ("used by 100
    million people a week" against "puts the figure closer to 40 million")."""
    if _THE_FIGURE.search(b) is None:
        return False
    mine = set().union(*figures(a).values()) if figures(a) else set()
    theirs = {
        float(m["number"].replace(",", "")) * _SCALES.get((m["scale"] or "").lower(), 1.0)
        for m in FIGURE.finditer(b)
    }
    return bool(mine and theirs and not mine & theirs)


def _other_figure(
    a: str, b: str, generic: frozenset[str], correcting: tuple[str, ...] = ()
) -> bool:
    """Whether ``b`` gives another figure for something ``a`` counts ("draws 300 watts"
    against "drew 450 watts"; money against money), none of the two values shared; with
    ``correcting`` words, only a figure that one of them introduces ("only 12 million
    users", "closer to $25 billion") or, not money, one of the same two words ("50
    million weekly users" against "12 million weekly users")."""
    mine, theirs = figures(a), figures(b)
    differ = {
        unit
        for unit, values in mine.items()
        if unit in theirs and unit.split()[-1] not in generic and not (values & theirs[unit])
    }
    counted = {unit for unit in differ if unit[0] not in "$€£"}
    if correcting and len(counted) < 2:
        lowered = b.lower()
        starts = [m.start() for m in FIGURE.finditer(b)]
        if not any(
            re.search(r"\b" + re.escape(w) + r"\s*(?:about\s+|around\s+)?$", lowered[:s])
            for s in starts
            for w in correcting
        ):
            return False
    return bool(differ)


# when something happens: a month, a season, a quarter or a year
_TIME = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|spring|summer|autumn|fall|winter|Q[1-4]|(?:first|second|third|fourth) quarter|"
    r"(?:19|20)\d\d)\b"
)


def _other_time(a: str, b: str, generic: frozenset[str]) -> bool:
    """Whether ``b`` gives another time for something ``a`` dates ("would ship to
    customers in March" against "would reach customers only in the autumn"): each names a
    time, none shared, and they share a content word beside it."""
    mine = {m.group(0).lower() for m in _TIME.finditer(a)}
    theirs = {m.group(0).lower() for m in _TIME.finditer(b)}
    if not mine or not theirs or mine & theirs or {"fall", "may"} & (mine | theirs):
        return False  # ("fall" and "May" are verbs as often)
    shared = set(content_words(a)) & set(content_words(b))
    return any(w not in generic and not _TIME.fullmatch(w) for w in shared)


SCORING = re.compile(r"\b(?:scor\w*|solv\w*|accuracy|pass rate|tests?|benchmarks?)\b", re.I)
PERCENTAGE = re.compile(r"(\d+(?:\.\d+)?)\s?(?:%|percent\b|per cent\b)")


def _other_score(
    a: Claim, b: Claim, side: dict[str, set[str]], models: set[str], benchmarks: set[str]
) -> bool:
    """Whether ``b`` gives another score than ``a`` for the same model on the same
    benchmark ("o3 solved just over 25 percent of FrontierMath" against "its own test of
    o3 scored around 10 percent"): two parties of different sides, nearby, no percentage
    shared."""
    if a.claimant_key is None or b.claimant_key is None:
        return False
    if a.claimant_key in side.get(b.claimant_key, {b.claimant_key}) or b.claimant_key in side.get(
        a.claimant_key, {a.claimant_key}
    ):
        return False
    if b.start - a.start > PAIR_REACH:
        return False
    both = set(a.about_keys) & set(b.about_keys)
    tested = both & benchmarks or (
        set(a.about_keys) & benchmarks and SCORING.search(a.text) and SCORING.search(b.text)
    )
    if not (both & models and tested):
        return False  # (the benchmark is named once; both sentences say they score)
    mine = {float(v) for v in PERCENTAGE.findall(a.text)}
    theirs = {float(v) for v in PERCENTAGE.findall(b.text)}
    return bool(mine and theirs and not mine & theirs)


def _estimate(claim: Claim) -> bool:
    """Whether ``claim`` states an estimate of its own ("X put the cost at ...", "X
    estimated ...", "by X's count"), which sets its figure against any other."""
    cue = (claim.cue or "").lower()
    return cue == "count" or any(
        cue in (verb, verb + "s", verb + "d", verb + "ged") for verb in ESTIMATING_CUES
    )


@lru_cache(maxsize=4096)
def _with_frame(sentence: str, any_frame: re.Pattern[str]) -> bool:
    """Whether a sentence has a frame of ``answer_frames`` at all (cached: every claim
    is compared with each claim before it)."""
    return any_frame.search(sentence) is not None


def _frame_text(claim: Claim, content: str, frames: dict[str, list[re.Pattern[str]]]) -> str:
    """What :func:`_other_answer` reads of a claim: its content, or its sentence when the
    frame is the cue outside the content ("Y blamed the outage on ...")."""
    if any(p.search(content) for patterns in frames.values() for p in patterns):
        return content
    return claim.text


def _other_answer(
    a: str, b: str, frames: dict[str, list[re.Pattern[str]]], generic: frozenset[str]
) -> bool:
    """Whether two sentences give different answers to one question with one answer:
    each has a frame of one family (a cause: "caused by", "blamed X on"; a purpose:
    "designed to"), the rest of the sentences shares a topic ("the outage") and the few
    words after the frames share nothing ("a cyberattack" against "a faulty update")."""
    for patterns in frames.values():
        ma = next((m for p in patterns if (m := p.search(a))), None)
        mb = next((m for p in patterns if (m := p.search(b))), None)
        if ma is None or mb is None:
            continue
        answer_a = " ".join(a[ma.end() :].split()[:6])
        answer_b = " ".join(b[mb.end() :].split()[:6])
        words_a, words_b = content_words(answer_a), content_words(answer_b)
        if not words_a or not words_b or words_a & words_b:
            continue
        # the topic may lie inside a frame ("blamed the outage on"), not its own words
        rest_a = a[: ma.start()] + " " + a[ma.start() : ma.end()].split(maxsplit=1)[-1]
        rest_b = b[: mb.start()] + " " + b[mb.start() : mb.end()].split(maxsplit=1)[-1]
        topic = content_words(rest_a + " " + a[ma.end() + len(answer_a) :]) & content_words(
            rest_b + " " + b[mb.end() + len(answer_b) :]
        )
        if [w for w in topic if len(w) > 3 and w not in generic]:
            return True
    return False


def _negated_by_prefix(a: str, b: str) -> bool:
    """Whether one text has a word and the other the word negated by "un-" ("patched",
    "unpatched"; "reliable", "unreliable"), a word of five letters or more that is no
    noun."""
    wa, wb = set(re.findall(r"[a-z]+", a.lower())), set(re.findall(r"[a-z]+", b.lower()))
    return any(
        w.startswith("un")
        and len(w) >= 7
        and w[2:] in other
        # (a state, not a noun: "uncertainty" against "certainty" says no opposite)
        and not w.endswith(("ty", "ment", "ness", "ion", "ism", "ship"))
        for words, other in ((wa, wb), (wb, wa))
        for w in words
    )


def _found(claim: Claim) -> bool:
    """Whether ``claim`` reports its claimant's own finding ("documents reviewed by Y
    show ...", "Y found that ...")."""
    cue = {"found": "find", "shown": "show"}.get(
        (claim.cue or "").lower(), (claim.cue or "").lower()
    )
    # "shows", "showed", "concluded", "determining": the cue less its ending
    stems = {cue, cue[:-1], cue[:-2], cue[:-3], cue[:-3] + "e"}
    return bool(stems & opposition.words.FINDING_VERBS)


def _opposite_words(
    a: str,
    b: str,
    opposites: tuple[tuple[str, str], ...],
    generic: frozenset[str],
    shared: int = 1,
) -> bool:
    """Whether one sentence has a word and the other its opposite ("hurt", "help"), and
    the two share ``shared`` other content words, their topic ("the rules"; not one of
    the ``generic`` words such as "new")."""
    wa, wb = content_words(a), content_words(b)
    for x, y in _opposite_stems(opposites):
        if (x in wa and y in wb) or (y in wa and x in wb):
            topic = [w for w in (wa & wb) - {x, y} if len(w) > 3 and w not in generic]
            return len(topic) >= shared
    return False


@lru_cache(maxsize=4)
def _opposite_stems(opposites: tuple[tuple[str, str], ...]) -> list[tuple[str, str]]:
    """The word pairs of ``opposites`` stemmed as :func:`content_words` stems them."""
    stem = lambda w: next(iter(content_words(w)), w)  # noqa: E731
    return [(stem(x), stem(y)) for x, y in opposites]


# a negation of the statement before, its predicate left out: "Y says they are not."
ELLIPTIC_DENIAL = re.compile(
    r"(?i)\b(?:it|they|that|this|he|she)\s+(?:is|are|was|were|does|do|did|will|would|can|"
    r"could|has|have|had)(?:\s+not|n['\u2019]t)\s*[.!\"\u201d]*\s*$"
    r"|\b(?:it|they|that|this|he|she)\s+(?:won|can)['\u2019]t\s*[.!\"\u201d]*\s*$"
    # '"That never happened," a spokesperson said': the event before denied outright
    r"|^\W*(?:that|this|none of (?:that|this|it))\s+(?:never|did\s+not|didn['\u2019]t)\s+"
    r"happen(?:ed)?\b"
)
ASKED = re.compile(r"(?i)\basked\b")
CONTRAST_REACH = 400  # a contrast answers the sentence or two just before it
ECHO_SIMILAR = 0.25  # how many words a negated claim must share with the claim it negates
NEGATION = re.compile(r"(?i)\b(?:no|not|never|none|nothing|neither|nor)\b|n['\u2019]t\b")
AGREEMENT = re.compile(r"(?i)\b(?:also|too|agree[sd]?|agreeing|likewise|similarly|as well)\b")


def variant_findings(
    doc: Doc, ents: list[Entity], mentions: list[Mention], rels: list[Relation]
) -> list[dict[str, Any]]:
    """Benchmark-variant inconsistencies, each with its evidence spans.

    Two sources: the EVALUATED_ON relations (one family, different variants, different
    benchmarks; or a declared variant evaluated), and sentences that report the practice
    outright ("different versions of X on different benchmarks").
    """
    by_key = {e.key: e for e in ents}
    base_of: dict[str, str] = {}
    declared_variants: set[str] = set()
    for r in rels:
        if r.type == "VARIANT_OF":
            base_of[r.source] = r.target
            if r.properties.get("description") or _SPECIAL_BUILD.search(by_key[r.source].name):
                declared_variants.add(r.source)

    def family(key: str) -> str:
        own = [t for t in re.split(r"[\s-]+", by_key[key].name.casefold()) if t]
        if len(own) > 1 and re.match(r"^v?\d", own[1]):
            return " ".join(own[:2])
        seen = set()
        while key in base_of and key not in seen:
            seen.add(key)
            key = base_of[key]
        # "Llama 4 Maverick", "Llama-4-Scout-17B" -> "llama 4": family word + version
        tokens = [t for t in re.split(r"[\s-]+", by_key[key].name.casefold()) if t]
        if len(tokens) > 1 and re.match(r"^v?\d", tokens[1]):
            return " ".join(tokens[:2])
        return tokens[0] if tokens else key

    evals = [r for r in rels if r.type == "EVALUATED_ON"]
    by_family: dict[str, list[Relation]] = defaultdict(list)
    for r in evals:
        by_family[family(r.source)].append(r)
    findings = []
    text = doc_text(doc) if evals else ""
    for fam, rs in by_family.items():
        variants = sorted({r.source for r in rs})
        benches = sorted({r.target for r in rs})
        declared = [v for v in variants if v in declared_variants] + [
            r.source for r in rs if _SPECIAL_VERSION.search(text[r.evidence[0] : r.evidence[1]])
        ]
        if (len(variants) > 1 and len(benches) > 1) or declared:
            findings.append(
                {
                    "type": "benchmarkVariantInconsistency",
                    "family": fam,
                    "variants": [by_key[v].name for v in variants],
                    "benchmarks": [by_key[b].name for b in benches],
                    "evidenceSpans": [list(r.evidence) for r in rs],
                }
            )
    for sent in doc.sents:
        reported = _REPORTED_VARIANTS.search(sent.text)
        special = _SPECIAL_VERSION.search(sent.text)
        if not (reported or special):
            continue
        models = list(
            dict.fromkeys(
                m.key
                for m in mentions
                if sent.start_char <= m.start < sent.end_char
                and m.key in by_key
                and by_key[m.key].type == "Model"
            )
        )
        if not models:
            continue
        fams = {family(k) for k in models}
        benches_here = [
            m
            for m in mentions
            if sent.start_char <= m.start < sent.end_char
            and m.key in by_key
            and by_key[m.key].type == "Benchmark"
        ]
        if not reported and not benches_here:
            continue  # a special build is a finding only where it was benchmarked
        if any(f.get("family") in fams for f in findings):
            continue
        benches = [
            by_key[m.key].name
            for m in mentions
            if sent.start_char <= m.start < sent.end_char
            and m.key in by_key
            and by_key[m.key].type == "Benchmark"
        ]
        findings.append(
            {
                "type": "benchmarkVariantInconsistency",
                "family": sorted(fams)[0],
                "variants": [by_key[k].name for k in models],
                "benchmarks": list(dict.fromkeys(benches)),
                "evidenceSpans": [[sent.start_char, sent.end_char]],
                "basis": "reported" if reported else "declared variant",
            }
        )
    return findings


_SPECIAL_BUILD = re.compile(r"(?i)\b(?:experimental|custom|preview|chat|optimi[sz]ed|internal)\b")
_SPECIAL_VERSION = re.compile(
    r"(?i)\b(?:experimental|custom(?:ized)?|optimi[sz]ed|special|chat)\b[\w\s\u201c\u201d\u2018\u2019\"'-]{0,30}"
    r"\bversion\b"
)
_REPORTED_VARIANTS = re.compile(
    r"\b(?:different|separate|other|custom|specific|tuned|optimi[sz]ed|experimental)\s+"
    r"(?:\w+\s+){0,2}(?:versions?|variants?|models?|builds?)\b.{0,120}?\b"
    r"(?:different|each|various|specific|individual|separate)\s+(?:\w+\s+)?benchmarks?\b",
    re.I | re.S,
)
