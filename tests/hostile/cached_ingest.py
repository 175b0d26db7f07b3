"""``claimgraph ingest`` with extractions read from a pickle instead of spaCy.

Used by the fault tests, which kill ingestion dozens of times: loading spaCy
in every process would take most of the time budget.  Everything after
extraction (linking, the one-transaction-per-article write, the store) is the
real code path of ``claimgraph ingest``.

Usage: python -m tests.hostile.cached_ingest CACHE.pickle SECONDS claimgraph-args...

SECONDS is how long each extraction takes (a sleep standing in for spaCy's
parse): without it the writes of a whole run take a sliver of its start-up
time, and kills drawn over a run's length would almost never land between
two articles.
"""

from __future__ import annotations

import pickle
import sys
import time

import api.ingestion
from ingest.document import ArticleText
from ingest.pipeline import Extraction, ExtractionError


class CachedExtractor:
    """Answers ``extract`` from a dict of article id -> Extraction."""

    def __init__(self, cache: dict[str, Extraction], seconds: float = 0.0) -> None:
        self.cache = cache
        self.seconds = seconds

    def extract(self, article: ArticleText) -> Extraction:
        if self.seconds:
            time.sleep(self.seconds)
        try:
            return self.cache[article.id]
        except KeyError:
            raise ExtractionError("not in the extraction cache") from None


def main(argv: list[str]) -> int:
    with open(argv[0], "rb") as f:
        cache = pickle.load(f)
    seconds = float(argv[1])
    api.ingestion.Extractor = lambda **_: CachedExtractor(cache, seconds)  # type: ignore[assignment,misc]
    from api.cli import main as cli_main

    return cli_main(argv[2:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
