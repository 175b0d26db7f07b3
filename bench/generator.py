"""A seeded, deterministic generator of a realistic ClaimGraph graph.

The graph looks like what ingestion writes (``ingest/to_graph.py``), one
:class:`graph.model.GraphBatch` per article:

- an Article node with outlet, URL and publication date (dates increase with
  the article number);
- the entities it mentions, upserted with provenance, so hub entities
  accumulate ``sourceArticles``/``evidence`` exactly as real ingest makes them;
  entities are drawn from a Zipf distribution: a few hubs (Meta, OpenAI,
  Sam Altman, Llama 4 ...) are in a large share of articles, most entities
  appear once or twice;
- 2-9 Claims (mean ~5.5) with REPORTS, ASSERTS (claimant) and ABOUT (1-2 topics);
- Disputes: inside the article (two claimants disagreeing), across articles (a
  new claim disputing a stored claim about the same entity) and updates of a
  stored dispute, with INVOLVES, DISPUTES and CONCERNS and their events;
- now and then a WORKS_FOR relationship.

Same seed, same sizes: the same batches, byte for byte.
"""

from __future__ import annotations

import bisect
import hashlib
import itertools
import random
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from graph.model import (
    EventKind,
    GraphBatch,
    Label,
    Node,
    Properties,
    Relationship,
    RelType,
    entity_id,
    provenance,
    relationship_id,
)

HUBS: list[tuple[Label, str]] = [
    (Label.ORGANIZATION, "Meta"),
    (Label.ORGANIZATION, "OpenAI"),
    (Label.ORGANIZATION, "Google DeepMind"),
    (Label.ORGANIZATION, "Anthropic"),
    (Label.PERSON, "Sam Altman"),
    (Label.ORGANIZATION, "Microsoft"),
    (Label.PERSON, "Yann LeCun"),
    (Label.ORGANIZATION, "Nvidia"),
    (Label.PERSON, "Elon Musk"),
    (Label.ORGANIZATION, "xAI"),
    (Label.MODEL, "Llama 4"),
    (Label.MODEL, "GPT-4o"),
    (Label.ORGANIZATION, "DeepSeek"),
    (Label.PERSON, "Dario Amodei"),
    (Label.MODEL, "Grok 3"),
    (Label.BENCHMARK, "LMArena"),
]
RARE_LABELS = [Label.PERSON] * 10 + [Label.ORGANIZATION] * 6 + [Label.MODEL] * 3 + [Label.BENCHMARK]
SYLLABLES = "ka lo mi ren tas vel dor an ir sol mer quin bra zet ul ny fo gar hel pri".split()  # noqa: SIM905
WORDS = (  # noqa: SIM905
    "model benchmark release training data compute safety open weights license score "
    "results claim denied accused said announced reported record lab investors "
    "funding chips cluster scaling reasoning agents evaluation leaderboard "
    "contamination lawsuit regulators policy research paper team engineers launch "
    "delayed faster cheaper accuracy tests users market revenue partnership "
    "acquisition board statement review"
).split()
CUES = ["said", "claimed", "denied", "told", "argued", "wrote", "insisted", "admitted"]
KINDS = ["assertion"] * 6 + ["denial", "accusation", "prediction", "opinion", "admission"]
OUTLETS = ["The Verge", "TechCrunch", "Reuters", "Wired", "Bloomberg", "The Information"]
START = datetime(2023, 1, 1, tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class Sizes:
    """Probabilities of the things an article may contain."""

    zipf_s: float = 1.05  # entity popularity exponent
    dispute_in_article: float = 0.15
    dispute_across: float = 0.10
    dispute_update: float = 0.05
    works_for: float = 0.05


@dataclass(slots=True)
class _Recent:
    """Recent claims and disputes per entity, for cross-article disputes."""

    claims: dict[str, deque[tuple[str, str | None]]] = field(default_factory=dict)
    disputes: dict[str, deque[str]] = field(default_factory=dict)


class GraphGenerator:
    """Yields article-sized batches until ``claims`` claims are written."""

    def __init__(self, claims: int, seed: int = 7, sizes: Sizes | None = None) -> None:
        self.target_claims = claims
        self.seed = seed
        self.sizes = sizes or Sizes()
        self.rng = random.Random(seed)
        universe = max(200, claims // 4)
        self.entities = self._entities(universe)
        weights = [1 / (k + 1) ** self.sizes.zipf_s for k in range(universe)]
        self._cum = list(itertools.accumulate(weights))
        self._recent = _Recent()
        # ~5.5 claims per article; dates spread over three years
        self.expected_articles = max(1, claims * 2 // 11)
        self.claims_written = 0
        self.articles_written = 0

    # ------------------------------------------------------------- entities

    def _entities(self, count: int) -> list[tuple[Label, str, str]]:
        """(label, name, id) by popularity rank: hubs first, then rare names."""
        out = [(label, name, entity_id(label, name)) for label, name in HUBS]
        seen = {e[2] for e in out}
        rng = random.Random(self.seed * 7919)
        while len(out) < count:
            label = rng.choice(RARE_LABELS)
            first = "".join(rng.choice(SYLLABLES) for _ in range(2)).title()
            last = "".join(rng.choice(SYLLABLES) for _ in range(3)).title()
            name = f"{first} {last}" if label == Label.PERSON else f"{last} {first[:3].upper()}"
            eid = entity_id(label, name)
            if eid not in seen:
                seen.add(eid)
                out.append((label, name, eid))
        return out

    def hub_names(self) -> list[str]:
        return [name for _, name in HUBS]

    def rare_names(self, count: int) -> list[str]:
        """Names of entities far down the popularity tail (seen in few articles)."""
        tail = self.entities[len(self.entities) // 2 :]
        return [name for _, name, _ in tail[:: max(1, len(tail) // count)]][:count]

    def _pick_entities(self, k: int) -> list[tuple[Label, str, str]]:
        chosen: dict[str, tuple[Label, str, str]] = {}
        total = self._cum[-1]
        while len(chosen) < k:
            rank = bisect.bisect_left(self._cum, self.rng.random() * total)
            ent = self.entities[min(rank, len(self.entities) - 1)]
            chosen[ent[2]] = ent
        return list(chosen.values())

    # ------------------------------------------------------------- articles

    def __iter__(self) -> Iterator[tuple[GraphBatch, int]]:
        """(batch, claims in it) per article, until the target is reached."""
        while self.claims_written < self.target_claims:
            batch, n = self.article(self.articles_written)
            self.articles_written += 1
            self.claims_written += n
            yield batch, n

    def _sentence(self, n: int) -> str:
        return " ".join(self.rng.choice(WORDS) for _ in range(n)).capitalize() + "."

    def article(self, i: int) -> tuple[GraphBatch, int]:
        """The batch of article number ``i`` (call in order: it updates recent state)."""
        rng, sizes = self.rng, self.sizes
        frac = i / self.expected_articles
        when = START + timedelta(days=1095 * min(frac, 1.0), seconds=i)
        at = when.isoformat(timespec="seconds").replace("+00:00", "Z")
        digest = hashlib.sha256(f"bench:{self.seed}:{i}".encode()).hexdigest()
        aid = f"article:{digest[:20]}"
        outlet = OUTLETS[i % len(OUTLETS)]
        batch = GraphBatch()
        batch.nodes.append(
            Node(
                aid,
                Label.ARTICLE,
                {
                    "url": f"https://news.example/{i}",
                    "title": self._sentence(8),
                    "outlet": outlet,
                    "publishedAt": at,
                    "fetchedAt": at,
                    "contentHash": digest,
                    "language": "en",
                },
            )
        )
        pos = 0

        def span(length: int) -> tuple[int, int]:
            nonlocal pos
            start = pos
            pos += length + 1
            return start, start + length

        mentioned = self._pick_entities(rng.randint(2, 6))
        for label, name, eid in mentioned:
            s, e = span(len(name))
            props: Properties = {"name": name, "aliases": [], **provenance(aid, s, e, at)}
            if label == Label.ORGANIZATION:
                props["kind"] = "company"
            batch.nodes.append(Node(eid, label, props))
            batch.relationships.append(
                Relationship(
                    relationship_id(RelType.MENTIONS, aid, eid),
                    RelType.MENTIONS,
                    aid,
                    eid,
                    {**provenance(aid, s, e, at), "count": rng.randint(1, 5)},
                )
            )
        speakers = [m for m in mentioned if m[0] in (Label.PERSON, Label.ORGANIZATION)]
        new_claims: list[tuple[str, str | None, list[str], tuple[int, int]]] = []
        for _ in range(rng.randint(2, 9)):
            text = self._sentence(rng.randint(12, 30))
            s, e = span(len(text))
            claimant = rng.choice(speakers) if speakers and rng.random() < 0.9 else None
            others = [m for m in mentioned if m is not claimant] or mentioned
            about = [m[2] for m in rng.sample(others, min(len(others), rng.randint(1, 2)))]
            cid = "claim:" + hashlib.sha256(f"{aid}:{s}".encode()).hexdigest()[:20]
            batch.nodes.append(
                Node(
                    cid,
                    Label.CLAIM,
                    {
                        "text": text,
                        "quote": None,
                        "kind": rng.choice(KINDS),
                        "cue": rng.choice(CUES),
                        "start": s,
                        "end": e,
                        "contentStart": s,
                        "contentEnd": e,
                        "articleId": aid,
                        "publishedAt": at,
                        "confidence": 0.8,
                        "claimant": claimant[1] if claimant else None,
                        **provenance(aid, s, e, at),
                    },
                )
            )
            p = provenance(aid, s, e, at)
            batch.relationships.append(
                Relationship(
                    relationship_id(RelType.REPORTS, aid, cid), RelType.REPORTS, aid, cid, p
                )
            )
            if claimant:
                batch.relationships.append(
                    Relationship(
                        relationship_id(RelType.ASSERTS, claimant[2], cid),
                        RelType.ASSERTS,
                        claimant[2],
                        cid,
                        p,
                    )
                )
            for t in about:
                batch.relationships.append(
                    Relationship(relationship_id(RelType.ABOUT, cid, t), RelType.ABOUT, cid, t, p)
                )
            new_claims.append((cid, claimant[2] if claimant else None, about, (s, e)))

        self._disputes(batch, aid, at, new_claims)
        if rng.random() < sizes.works_for:
            people = [m for m in mentioned if m[0] == Label.PERSON]
            orgs = [m for m in mentioned if m[0] == Label.ORGANIZATION]
            if people and orgs:
                src, tgt = people[0][2], orgs[0][2]
                batch.relationships.append(
                    Relationship(
                        relationship_id(RelType.WORKS_FOR, src, tgt, "engineer"),
                        RelType.WORKS_FOR,
                        src,
                        tgt,
                        {"role": "engineer", **provenance(aid, 0, 10, at)},
                    )
                )
        for cid, claimant, about, _ in new_claims:
            for t in about:
                recent = self._recent.claims.setdefault(t, deque(maxlen=50))
                recent.append((cid, claimant))
        batch.events.append((EventKind.ARTICLE_INGESTED, aid, {"source": f"bench:{i}"}))
        return batch, len(new_claims)

    def _disputes(
        self,
        batch: GraphBatch,
        aid: str,
        at: str,
        new_claims: list[tuple[str, str | None, list[str], tuple[int, int]]],
    ) -> None:
        rng, sizes = self.rng, self.sizes
        opened: list[tuple[str, str, str, list[str], tuple[int, int]]] = []  # (a, b, topic...)
        with_claimant = [c for c in new_claims if c[1]]
        if len(with_claimant) >= 2 and rng.random() < sizes.dispute_in_article:
            a, b = with_claimant[0], with_claimant[-1]
            if a[1] != b[1]:
                opened.append((a[0], b[0], b[1] or "", a[2], b[3]))
        if with_claimant and rng.random() < sizes.dispute_across:
            c = with_claimant[0]
            stored = [s for s in self._recent.claims.get(c[2][0], ()) if s[1] and s[1] != c[1]]
            if stored:
                old = rng.choice(stored)
                opened.append((old[0], c[0], c[1] or "", c[2], c[3]))
        for earlier, later, _party, topics, (s, e) in opened:
            did = "dispute:" + hashlib.sha256(f"{earlier}|{later}".encode()).hexdigest()[:20]
            p = provenance(aid, s, e, at)
            names = [self._name(t) for t in topics]
            batch.nodes.append(
                Node(
                    did,
                    Label.DISPUTE,
                    {
                        "topic": names,
                        "parties": [],
                        "status": "open",
                        "openedAt": at,
                        "updatedAt": at,
                        "evidenceText": "disputed",
                        **p,
                    },
                )
            )
            for cid in (earlier, later):
                batch.relationships.append(
                    Relationship(
                        relationship_id(RelType.INVOLVES, did, cid),
                        RelType.INVOLVES,
                        did,
                        cid,
                        {"side": cid[-4:], **p},
                    )
                )
            batch.relationships.append(
                Relationship(
                    relationship_id(RelType.DISPUTES, later, earlier),
                    RelType.DISPUTES,
                    later,
                    earlier,
                    {"kind": "contradicts", **p},
                )
            )
            for t in topics:
                batch.relationships.append(
                    Relationship(
                        relationship_id(RelType.CONCERNS, did, t), RelType.CONCERNS, did, t, p
                    )
                )
                self._recent.disputes.setdefault(t, deque(maxlen=20)).append(did)
            batch.events.append(
                (EventKind.DISPUTE_OPENED, did, {"topic": names, "parties": [], "articleId": aid})
            )
        if with_claimant and rng.random() < sizes.dispute_update:
            c = with_claimant[-1]
            known = self._recent.disputes.get(c[2][0])
            if known:
                did = rng.choice(list(known))
                s, e = c[3]
                batch.nodes.append(
                    Node(
                        did,
                        Label.DISPUTE,
                        {"updatedAt": at, **provenance(aid, s, e, at)},
                    )
                )
                batch.relationships.append(
                    Relationship(
                        relationship_id(RelType.INVOLVES, did, c[0]),
                        RelType.INVOLVES,
                        did,
                        c[0],
                        {"side": c[0][-4:], **provenance(aid, s, e, at)},
                    )
                )
                batch.events.append((EventKind.DISPUTE_UPDATED, did, {"articleId": aid}))

    def _name(self, eid: str) -> str:
        for _label, name, other in self.entities[: len(HUBS)]:
            if other == eid:
                return name
        return eid.split(":", 1)[1].replace("-", " ").title()
