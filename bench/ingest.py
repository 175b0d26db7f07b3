"""Ingest throughput: how close full ingestion gets to the spaCy parse it is built on.

On the same articles, in the same run (one repetition measures every variant
back to back, so ratios are fair on a shared machine):

- ``spacy``: ``nlp.pipe`` over the texts with the pipeline extraction uses (the floor);
- ``extract``: ``ingest.pipeline.Extractor.extract`` on each article;
- ``ingest_embedded``: ``api.ingestion.Ingestor`` into a fresh embedded store;
- ``ingest_neo4j``: the same into Neo4j, when ``NEO4J_URI`` is set (the
  database is emptied first: point it at a server you can wipe);
- ``workers``: extraction in 1 vs N processes (a bench-only multiprocessing
  variant: workers extract and build the article's batch, the parent links
  it against the store and applies it, exactly as ``Ingestor`` does).

Rates are articles/s (medians over repetitions); ratios are time relative
to the spaCy floor, measured within each repetition, then the median.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from api.ingestion import Ingestor, _combine
from bench.common import Report, median, timed
from bench.texts import load_articles
from graph.embedded import EmbeddedStore
from graph.model import EventKind, GraphBatch
from graph.store import GraphStore
from ingest.document import ArticleText
from ingest.linking import link_across_articles
from ingest.pipeline import Extractor
from ingest.to_graph import to_graph_batch

TARGET_INGEST_RATIO = 1.3
TARGET_WORKER_SPEEDUP = 1.7


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--articles", type=int, default=40, help="articles per repetition")
    parser.add_argument("--repeat", type=int, default=3, help="repetitions (median reported)")
    parser.add_argument("--source", choices=["auto", "corpus", "samples"], default="auto")
    parser.add_argument("--workers", type=int, default=2, help="processes for the parallel run")
    parser.add_argument(
        "--profile", action="store_true", help="profile one full ingest pass with pyinstrument"
    )


# ---------------------------------------------------------------- variants


def ingest_all(ingestor: Ingestor, articles: Sequence[ArticleText]) -> int:
    """Ingest every article; returns how many were stored as new."""
    outcomes = [ingestor.ingest_article(a) for a in articles]
    failed = [o for o in outcomes if o.status == "failed"]
    if failed:
        raise SystemExit(f"bench: ingest failed: {failed[0].source}: {failed[0].message}")
    return sum(1 for o in outcomes if o.status == "new")


def store_prepared(ingestor: Ingestor, article: ArticleText, batch: GraphBatch) -> None:
    """The part of ``Ingestor.ingest_article`` after extraction: link and apply."""
    cross = link_across_articles(batch, ingestor._stored_claims_near(batch))
    batch = _combine(batch, cross)
    batch.events.append((EventKind.ARTICLE_INGESTED, article.id, {"source": article.source}))
    ingestor.store.apply(batch)


_worker_extractor: Extractor | None = None


def _extract_batch(article: ArticleText) -> GraphBatch:
    """Worker: extraction and the article's own batch (picklable in and out)."""
    global _worker_extractor
    if _worker_extractor is None:
        _worker_extractor = Extractor()
    return to_graph_batch(article, _worker_extractor.extract(article))


def _parse(text: str) -> int:
    """Worker: the spaCy parse alone (the control for how parallel the machine is)."""
    global _worker_extractor
    if _worker_extractor is None:
        _worker_extractor = Extractor()
    return len(_worker_extractor.nlp(text))


def _warm(_: int) -> int:
    global _worker_extractor
    if _worker_extractor is None:
        _worker_extractor = Extractor()
    return os.getpid()


def ingest_parallel(store: GraphStore, articles: Sequence[ArticleText], pool: Any | None) -> None:
    """Extract in the pool's processes (or here, when ``pool`` is None); link and apply here."""
    ingestor = Ingestor(store, _worker_extractor)
    batches = (
        pool.imap(_extract_batch, articles, chunksize=1)
        if pool is not None
        else map(_extract_batch, articles)
    )
    for article, batch in zip(articles, batches, strict=True):
        store_prepared(ingestor, article, batch)


def clear_neo4j(store: Any) -> None:
    """Empty the benchmark's Neo4j database (the schema stays)."""
    with store._driver.session(database=store.database) as session:
        session.run(
            "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS"
        ).consume()


# ---------------------------------------------------------------- run


def run(args: argparse.Namespace, report: Report) -> None:
    articles, where = load_articles(args.articles, args.source)
    texts = [a.text for a in articles]
    chars = sum(len(t) for t in texts)
    report.parameters.update(
        articles=len(articles),
        repeat=args.repeat,
        texts=where,
        meanChars=round(chars / len(articles)),
        workers=args.workers,
    )
    global _worker_extractor
    _worker_extractor = extractor = Extractor()  # loads spaCy once, outside every timing
    nlp = extractor.nlp
    list(nlp.pipe(texts[:2]))  # first-call warm-up

    neo4j = None
    if os.environ.get("NEO4J_URI"):
        from graph.neo4j_store import Neo4jStore

        neo4j = Neo4jStore.from_environment()
    else:
        report.note("ingest_neo4j skipped: NEO4J_URI is not set")

    # fork: the workers inherit the loaded pipeline, so no spaCy load is timed.
    ctx = multiprocessing.get_context("fork")
    pool = ctx.Pool(args.workers) if args.workers > 1 else None
    if pool is not None:
        pool.map(_warm, range(args.workers * 2), chunksize=1)

    times: dict[str, list[float]] = {}

    def record(name: str, seconds: float) -> None:
        times.setdefault(name, []).append(seconds)

    tmp = Path(tempfile.mkdtemp(prefix="claimgraph-bench-ingest-"))
    try:
        for rep in range(args.repeat):
            record("spacy", timed(lambda: list(nlp.pipe(texts)))[0])
            record("extract", timed(lambda: [extractor.extract(a) for a in articles])[0])
            with EmbeddedStore(str(tmp / f"embedded-{rep}")) as store:
                took, stored = timed(lambda s=store: ingest_all(Ingestor(s, extractor), articles))
                record("ingest_embedded", took)
            if stored != len(set(texts)):
                report.note(f"only {stored} of {len(articles)} articles were stored as new")
            if neo4j is not None:
                clear_neo4j(neo4j)
                record(
                    "ingest_neo4j",
                    timed(lambda: ingest_all(Ingestor(neo4j, extractor), articles))[0],
                )
            with EmbeddedStore(str(tmp / f"serial-{rep}")) as store:
                record("workers_1", timed(lambda s=store: ingest_parallel(s, articles, None))[0])
            if pool is not None:
                # control: the same parse, in-process vs spread over the pool
                record("parse_1", timed(lambda: [_parse(t) for t in texts])[0])
                record(
                    f"parse_{args.workers}",
                    timed(lambda: pool.map(_parse, texts, chunksize=1))[0],
                )
                with EmbeddedStore(str(tmp / f"parallel-{rep}")) as store:
                    took = timed(lambda s=store: ingest_parallel(s, articles, pool))[0]
                    record(f"workers_{args.workers}", took)
            print(
                f"  repetition {rep + 1}/{args.repeat}: "
                + ", ".join(f"{k} {v[-1]:.2f}s" for k, v in times.items())
            )
        if args.profile:
            with EmbeddedStore(str(tmp / "profiled")) as store:
                profile_ingest(articles, extractor, store, "embedded", report)
            if neo4j is not None:
                clear_neo4j(neo4j)
                profile_ingest(articles, extractor, neo4j, "neo4j", report)
    finally:
        if pool is not None:
            pool.close()
            pool.join()
        if neo4j is not None:
            neo4j.close()
        shutil.rmtree(tmp, ignore_errors=True)

    n = len(articles)
    labels = {
        "spacy": "a. spaCy nlp.pipe (floor)",
        "extract": "b. Extractor.extract",
        "ingest_embedded": "c. Ingestor -> embedded store",
        "ingest_neo4j": "d. Ingestor -> Neo4j",
    }
    for key, label in labels.items():
        if key not in times:
            continue
        ratio = None
        if key != "spacy":
            ratio = median([t / s for t, s in zip(times[key], times["spacy"], strict=True)])
        report.add(
            f"{label} articles/s", n / median(times[key]), "articles/s", ratio, ratio_of="spacy"
        )
    ratio_c = next((r.ratio for r in report.results if r.metric.startswith("c.")), None)
    if ratio_c is not None and ratio_c > TARGET_INGEST_RATIO:
        report.note(
            f"target c/a <= {TARGET_INGEST_RATIO} missed: {ratio_c:.2f} "
            f"({(ratio_c / TARGET_INGEST_RATIO - 1) * 100:.0f}% over)"
        )
    report.add(
        "workers=1 (extract+link+apply) articles/s", n / median(times["workers_1"]), "articles/s"
    )
    key = f"workers_{args.workers}"
    if key in times:
        speedup = median([s / p for s, p in zip(times["workers_1"], times[key], strict=True)])
        report.add(
            f"workers={args.workers} articles/s",
            n / median(times[key]),
            "articles/s",
            speedup,
            ratio_of="workers_1 (speed-up)",
        )
        parallel = times[f"parse_{args.workers}"]
        control = median([s / p for s, p in zip(times["parse_1"], parallel, strict=True)])
        report.add(
            f"control: spaCy parse alone, {args.workers} processes vs 1",
            n / median(times[f"parse_{args.workers}"]),
            "articles/s",
            control,
            ratio_of="parse in 1 process (speed-up the machine offered)",
        )
        if speedup < TARGET_WORKER_SPEEDUP:
            report.note(
                f"target workers={args.workers} speed-up >= {TARGET_WORKER_SPEEDUP} missed: "
                f"{speedup:.2f}x"
            )
    report.parameters["secondsPerVariant"] = {k: [round(t, 3) for t in v] for k, v in times.items()}


def profile_ingest(
    articles: Sequence[ArticleText],
    extractor: Extractor,
    store: GraphStore,
    name: str,
    report: Report,
) -> None:
    """One full ingest pass under pyinstrument; the text profile goes to bench/results/."""
    try:
        from pyinstrument import Profiler
    except ImportError:
        report.note("profile skipped: pyinstrument is not installed (pip install -e .[bench])")
        return
    from bench.common import RESULTS_DIR

    profiler = Profiler(interval=0.002)
    profiler.start()
    ingest_all(Ingestor(store, extractor), articles)
    profiler.stop()
    text = profiler.output_text(unicode=False, color=False, show_all=False)
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    path = RESULTS_DIR / f"ingest-profile-{name}.txt"
    path.write_text(text, encoding="utf-8")
    report.parameters[f"profile_{name}"] = str(path)
    print(text[:6000])
