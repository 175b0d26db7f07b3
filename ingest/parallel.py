"""Extraction ahead of the writer: articles parsed in chunks, here or in worker processes.

Extraction is nearly all of an article's ingest time (three quarters of it is
the spaCy parse), and it needs nothing from the store.  So ingestion reads
ahead: while the writer links and stores article *n*, the articles after it
are being extracted.  :func:`prepare_chunk` extracts a chunk of articles
with one batched parse and turns each into its own graph batch;
:class:`ExtractionPool` runs that in worker processes.

The pool's workers are started once (each loads spaCy, a few seconds) and
never write anything: the one process that owns the store links and applies
every article, in the original order, so the results do not depend on how
many workers there are.  A worker whose parent dies (even by SIGKILL) exits
by itself within a fraction of a second.
"""

from __future__ import annotations

import functools
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TYPE_CHECKING, Any, Protocol

from graph.model import GraphBatch
from ingest.document import ArticleText

if TYPE_CHECKING:
    from ingest.pipeline import Extraction, ExtractionError

# ``ingest.pipeline`` (spaCy) is imported inside the functions: a worker must
# not spend its first seconds importing spaCy before it has set itself up to
# ignore Ctrl-C (see ``_start_worker``).

#: Articles parsed together by ``nlp.pipe`` (and handed to a worker at once).
#: Small, because the writer waits for a whole chunk before storing its first article.
CHUNK = 4

#: What extraction makes of one article: its own batch, or the one-line reason
#: it cannot be extracted.
Prepared = GraphBatch | str


class SupportsExtract(Protocol):
    def extract(self, article: ArticleText) -> Extraction: ...


def prepare_chunk(extractor: SupportsExtract, articles: Sequence[ArticleText]) -> list[Prepared]:
    """Extract ``articles`` and build each one's batch (or its failure message), in order.

    An extractor with ``extract_many`` (the real one) parses the chunk in one
    ``nlp.pipe`` call; any other is called article by article.
    """
    from ingest.pipeline import ExtractionError
    from ingest.to_graph import to_graph_batch

    many = getattr(extractor, "extract_many", None)
    results = many(articles) if many else [_extract_one(extractor, a) for a in articles]
    return [
        str(r) if isinstance(r, ExtractionError) else to_graph_batch(a, r)
        for a, r in zip(articles, results, strict=True)
    ]


def _extract_one(extractor: SupportsExtract, article: ArticleText) -> Extraction | ExtractionError:
    from ingest.pipeline import ExtractionError

    try:
        return extractor.extract(article)
    except ExtractionError as exc:
        return exc


# ------------------------------------------------------------------ workers

_worker_extractor: SupportsExtract | None = None


def _start_worker(parent_pid: int, factory: Callable[[], SupportsExtract] | None) -> None:
    global _worker_extractor
    # Ctrl-C reaches the whole process group: the parent handles it (and stops
    # the pool); a worker would only print a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with_parent, args=(parent_pid,), daemon=True).start()
    if factory is None:
        from ingest.pipeline import Extractor

        # the same extractor as the writer's own (``api.ingestion.Ingestor``)
        factory = functools.partial(Extractor, keep_unresolved=True)
    _worker_extractor = factory()


def _exit_with_parent(parent_pid: int) -> None:
    # A killed parent leaves its workers blocked on the task queue forever (they
    # hold the queue's write end themselves, so they never see end-of-file).
    while True:
        time.sleep(0.2)
        if os.getppid() != parent_pid:
            os._exit(0)


def _prepare_in_worker(articles: list[ArticleText]) -> list[Prepared]:
    assert _worker_extractor is not None, "the worker initializer did not run"
    return prepare_chunk(_worker_extractor, articles)


def _worker_pid(pause: float) -> int:
    time.sleep(pause)  # long enough that every worker gets one of these
    return os.getpid()


class ExtractionPool:
    """``workers`` processes that run :func:`prepare_chunk`; results come back in order.

    ``factory`` makes each worker's extractor (default: ``Extractor(keep_unresolved=True)``,
    as in ``claimgraph ingest``; it must
    be importable by name: the workers are started with ``spawn``, which is
    safe whatever threads the parent runs, e.g. a Neo4j driver's).
    """

    def __init__(self, workers: int, factory: Callable[[], SupportsExtract] | None = None) -> None:
        if workers < 1:
            raise ValueError("workers must be at least 1")
        self.workers = workers
        self._executor = ProcessPoolExecutor(
            max_workers=workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_start_worker,
            initargs=(os.getpid(), factory),
        )

    def submit(self, articles: list[ArticleText]) -> Future[list[Prepared]]:
        """Start extracting a chunk; the future's result is :func:`prepare_chunk`'s."""
        return self._executor.submit(_prepare_in_worker, articles)

    def warm_up(self, timeout: float = 120.0) -> None:
        """Wait until every worker has started and loaded its extractor."""
        seen: set[int] = set()
        deadline = time.monotonic() + timeout
        while len(seen) < self.workers and time.monotonic() < deadline:
            futures = [self._executor.submit(_worker_pid, 0.2) for _ in range(self.workers)]
            seen.update(f.result() for f in futures)

    def close(self) -> None:
        """Stop the workers (pending chunks are dropped)."""
        self._executor.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> ExtractionPool:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()
