"""Ingest throughput: how close full ingestion gets to the spaCy parse it is built on.

On the same articles, in the same run (one repetition measures every variant
back to back, so ratios are fair on a shared machine):

- ``spacy``: ``nlp.pipe`` over the texts with the pipeline extraction uses (the floor);
- ``extract``: ``Extractor.extract_many`` over chunks of ``ingest.parallel.CHUNK``
  articles, the batched path ingestion uses (and, for reference,
  ``extract_each``: ``Extractor.extract``, one ``nlp`` call per article, as
  ``claimgraph extract`` does);
- ``ingest_embedded``: ``api.ingestion.Ingestor.ingest_items`` into a fresh
  embedded store (one process: ``claimgraph ingest`` with ``--workers 1``);
- ``ingest_neo4j``: the same into Neo4j, when ``NEO4J_URI`` is set (the
  database is emptied first: point it at a server you can wipe);
- ``workers_N``: the same as ``ingest_embedded`` with the Ingestor's own
  worker pool of N processes (``claimgraph ingest --workers N``), started
  and warmed up once, outside the timings;
- ``parse_1``/``parse_N``: control, the spaCy parse alone in 1 vs N
  processes: the speed-up the machine offered at that moment.

Rates are articles/s (medians over repetitions); ratios are time relative
to the spaCy floor, measured within each repetition, then the median.  For
the one-process variants (b, b', c) the same ratios are also given in this
process's CPU seconds, which a busy shared machine disturbs much less than
wall-clock time.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from api.ingestion import Ingestor
from bench.common import Report, median, timed
from bench.texts import load_articles
from graph.embedded import EmbeddedStore
from graph.store import GraphStore
from ingest.document import ArticleText
from ingest.nlp import extraction_components
from ingest.parallel import CHUNK, ExtractionPool
from ingest.pipeline import Extractor

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
    """Ingest every article as ``claimgraph ingest`` does; returns how many were new."""
    summary = ingestor.ingest_items(articles)
    if summary.failures:
        first = summary.failures[0]
        raise SystemExit(f"bench: ingest failed: {first.source}: {first.message}")
    return summary.new


def extract_chunked(extractor: Extractor, articles: Sequence[ArticleText]) -> int:
    """Extraction as ingestion runs it: ``extract_many`` per chunk of articles."""
    done = 0
    for i in range(0, len(articles), CHUNK):
        done += len(extractor.extract_many(articles[i : i + CHUNK]))
    return done


_control_extractor: Extractor | None = None


def _parse(text: str) -> int:
    """Control worker: the spaCy parse alone (how parallel the machine is right now)."""
    global _control_extractor
    if _control_extractor is None:
        _control_extractor = Extractor()
    nlp = _control_extractor.nlp
    return len(nlp(text, disable=extraction_components(nlp)))


def _warm(_: int) -> int:
    global _control_extractor
    if _control_extractor is None:
        _control_extractor = Extractor()
    return os.getpid()


def clear_neo4j(store: Any) -> None:
    """Empty the benchmark's Neo4j database (the schema stays)."""
    with store._driver.session(database=store.database) as session:
        session.run(
            "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS"
        ).consume()


# ---------------------------------------------------------------- run


def run(args: argparse.Namespace, report: Report) -> None:
    if hasattr(os, "getloadavg"):  # (the report's machine entry has it at the end)
        report.parameters["loadavg1AtStart"] = round(os.getloadavg()[0], 2)
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
    global _control_extractor
    # the product's extractor (claims from unnamed sources kept); spaCy loads once, untimed
    _control_extractor = extractor = Extractor(keep_unresolved=True)
    nlp = extractor.nlp
    bare = extraction_components(nlp)  # the floor: the statistical parse, no extraction
    list(nlp.pipe(texts[:2], disable=bare))  # first-call warm-up

    neo4j = None
    if os.environ.get("NEO4J_URI"):
        from graph.neo4j_store import Neo4jStore

        neo4j = Neo4jStore.from_environment()
    else:
        report.note("ingest_neo4j skipped: NEO4J_URI is not set")

    # The Ingestor's own pool (spawned workers, each loads spaCy: warmed up here,
    # outside the timings, as a long ingest run amortises it).
    pool = ExtractionPool(args.workers) if args.workers > 1 else None
    # control: the bare parse in a fork pool (the workers inherit the loaded pipeline)
    control = multiprocessing.get_context("fork").Pool(args.workers) if args.workers > 1 else None
    if pool is not None and control is not None:
        pool.warm_up()
        control.map(_warm, range(args.workers * 2), chunksize=1)

    times: dict[str, list[float]] = {}
    cpu: dict[str, list[float]] = {}  # this process's CPU seconds (less sensitive to load)

    def record(name: str, seconds: float) -> None:
        times.setdefault(name, []).append(seconds)

    def measure(name: str, fn: Callable[[], Any]) -> Any:
        start = time.process_time()
        took, value = timed(fn)
        cpu.setdefault(name, []).append(time.process_time() - start)
        record(name, took)
        return value

    tmp = Path(tempfile.mkdtemp(prefix="claimgraph-bench-ingest-"))
    try:
        for rep in range(args.repeat):
            measure("spacy", lambda: list(nlp.pipe(texts, disable=bare)))
            measure("extract", lambda: extract_chunked(extractor, articles))
            measure("extract_each", lambda: [extractor.extract(a) for a in articles])
            with EmbeddedStore(str(tmp / f"embedded-{rep}")) as store:
                stored = measure(
                    "ingest_embedded", lambda s=store: ingest_all(Ingestor(s, extractor), articles)
                )
            if stored != len(set(texts)):
                report.note(f"only {stored} of {len(articles)} articles were stored as new")
            if neo4j is not None:
                clear_neo4j(neo4j)
                record(
                    "ingest_neo4j",
                    timed(lambda: ingest_all(Ingestor(neo4j, extractor), articles))[0],
                )
            if pool is not None and control is not None:
                record("parse_1", timed(lambda: [_parse(t) for t in texts])[0])
                record(
                    f"parse_{args.workers}",
                    timed(lambda: control.map(_parse, texts, chunksize=1))[0],
                )
                with EmbeddedStore(str(tmp / f"parallel-{rep}")) as store:
                    took = timed(
                        lambda s=store: ingest_all(Ingestor(s, extractor, pool=pool), articles)
                    )[0]
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
        if control is not None:
            control.close()
            control.join()
        if neo4j is not None:
            neo4j.close()
        shutil.rmtree(tmp, ignore_errors=True)

    n = len(articles)
    labels = {
        "spacy": "a. spaCy nlp.pipe (floor)",
        "extract": f"b. Extractor.extract_many (chunks of {CHUNK})",
        "extract_each": "b'. Extractor.extract (one nlp call per article)",
        "ingest_embedded": "c. Ingestor -> embedded store (--workers 1)",
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
    for key in ("extract", "extract_each", "ingest_embedded"):
        ratio = median([t / s for t, s in zip(cpu[key], cpu["spacy"], strict=True)])
        report.add(
            f"{labels[key].split(' ')[0]} CPU time / a. CPU time (this process)",
            ratio,
            "ratio",
            ratio,
            ratio_of="spacy, CPU seconds",
        )
    report.parameters["cpuSecondsPerVariant"] = {
        k: [round(t, 3) for t in v] for k, v in cpu.items()
    }
    ratio_c = next((r.ratio for r in report.results if r.metric.startswith("c.")), None)
    if ratio_c is not None and ratio_c > TARGET_INGEST_RATIO:
        report.note(
            f"target c/a <= {TARGET_INGEST_RATIO} missed: {ratio_c:.2f} "
            f"({(ratio_c / TARGET_INGEST_RATIO - 1) * 100:.0f}% over)"
        )
    key = f"workers_{args.workers}"
    if key in times:
        serial = times["ingest_embedded"]
        speedup = median([s / p for s, p in zip(serial, times[key], strict=True)])
        report.add(
            f"c with --workers {args.workers} (Ingestor's pool) articles/s",
            n / median(times[key]),
            "articles/s",
            speedup,
            ratio_of="c, --workers 1 (speed-up)",
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
