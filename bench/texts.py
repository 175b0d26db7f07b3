"""Article texts to benchmark ingestion on.

When the corpus directory exists (``CLAIMGRAPH_BENCH_CORPUS``, default
``/work/shared/corpus/polnear/train``) its ``*.txt`` files are read at run
time, never copied into the repository.  Otherwise the project's own
``samples/articles`` are used, plus variants of them: each variant appends a
different closing paragraph, so every text has its own content hash (ingest
skips an already-stored text) while the amount of work per article stays the
same.
"""

from __future__ import annotations

import os
from pathlib import Path

from bench.common import REPO
from ingest.document import ArticleText

DEFAULT_CORPUS = "/work/shared/corpus/polnear/train"
SAMPLES = REPO / "samples" / "articles"

_CLOSINGS = [
    "The company did not respond to a request for further comment by publication time.",
    "Reporting for this story was updated after additional statements were released.",
    "Analysts said the episode would be watched closely by regulators and investors.",
    "Representatives for the other parties declined to comment on the matter.",
]


def corpus_dir() -> Path | None:
    """The external corpus directory, when it exists on this machine."""
    path = Path(os.environ.get("CLAIMGRAPH_BENCH_CORPUS") or DEFAULT_CORPUS)
    return path if path.is_dir() else None


def load_articles(count: int, source: str = "auto") -> tuple[list[ArticleText], str]:
    """``count`` distinct articles and a description of where they came from.

    ``source``: ``corpus``, ``samples`` or ``auto`` (the corpus when present).
    """
    corpus = corpus_dir() if source in {"auto", "corpus"} else None
    if source == "corpus" and corpus is None:
        raise SystemExit(f"bench: no corpus at {DEFAULT_CORPUS} (set CLAIMGRAPH_BENCH_CORPUS)")
    if corpus is not None:
        files = sorted(corpus.glob("*.txt"))[:count]
        articles = [ArticleText(f.read_text(encoding="utf-8"), f"corpus:{f.name}") for f in files]
        if len(articles) >= count:
            return articles, f"corpus {corpus} (first {count} *.txt, sorted by name)"
    samples = sorted(SAMPLES.glob("*.txt"))
    base = [(f.name, f.read_text(encoding="utf-8")) for f in samples]
    articles = []
    for i in range(count):
        name, text = base[i % len(base)]
        variant = i // len(base)
        if variant:
            closing = _CLOSINGS[variant % len(_CLOSINGS)]
            text = f"{text.rstrip()}\n\n{closing} (Edition {variant}.)\n"
        articles.append(ArticleText(text, f"samples/{name}#{variant}"))
    return articles, f"samples/articles ({len(base)} texts) plus generated variants"
