"""``claimgraph ingest`` with extractions read from a pickle instead of spaCy.

Used by the fault tests, which kill ingestion dozens of times: loading spaCy
in every process would take most of the time budget.  Everything after
extraction (linking, the one-transaction-per-article write, the store) is the
real code path of ``claimgraph ingest``.

Usage: python -m tests.hostile.cached_ingest CACHE.pickle claimgraph-args...
"""

from __future__ import annotations

import pickle
import sys

import api.ingestion
from ingest.document import ArticleText
from ingest.pipeline import Extraction, ExtractionError


class CachedExtractor:
    """Answers ``extract`` from a dict of article id -> Extraction."""

    def __init__(self, cache: dict[str, Extraction]) -> None:
        self.cache = cache

    def extract(self, article: ArticleText) -> Extraction:
        try:
            return self.cache[article.id]
        except KeyError:
            raise ExtractionError("not in the extraction cache") from None


def main(argv: list[str]) -> int:
    with open(argv[0], "rb") as f:
        cache = pickle.load(f)
    api.ingestion.Extractor = lambda: CachedExtractor(cache)  # type: ignore[assignment,misc]
    from api.cli import main as cli_main

    return cli_main(argv[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
