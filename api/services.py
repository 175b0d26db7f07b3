"""Long-lived helpers shared by all requests: analytics cache, ingestion, feeds.

Kept apart from :mod:`api.context` so tests and the CLI can build a server
around any store without knowing how each service is constructed.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from api.analytics_cache import AnalyticsCache
from api.settings import Settings
from graph.store import GraphStore

# Rebuilds of the analytics graph take at most 1 / (1 + this) of the time (api/analytics.py).
ANALYTICS_IDLE = 3.0


def default_feed_state_path(store: GraphStore, settings: Settings) -> Path:
    """Where the feed list lives: CLAIMGRAPH_FEED_STATE, else ``feeds.json`` beside the
    embedded store's data (the same file ``claimgraph`` commands use)."""
    if settings.feed_state:
        return Path(settings.feed_state)
    directory = getattr(store, "directory", None)
    if isinstance(directory, str) and Path(directory).is_dir():
        return Path(directory) / "feeds.json"
    from ingest.feeds import default_state_path

    return default_state_path()


@dataclass(slots=True)
class Services:
    store: GraphStore
    settings: Settings
    analytics: AnalyticsCache = field(init=False)
    ingestor_factory: Callable[[GraphStore], Any] | None = None
    _ingestor: Any = None
    # One ingestion at a time per process: the extractor is not re-entrant and
    # articles must be linked against what the previous one wrote.
    ingest_lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        self.analytics = AnalyticsCache(
            refresh_seconds=self.settings.analytics_refresh_seconds, idle_factor=ANALYTICS_IDLE
        )

    @property
    def ingestor(self) -> Any:
        if self._ingestor is None:
            if self.ingestor_factory is not None:
                self._ingestor = self.ingestor_factory(self.store)
            else:
                from api.ingestion import Ingestor  # loads spaCy lazily, on first use

                self._ingestor = Ingestor(self.store)
        return self._ingestor

    @property
    def feed_state_path(self) -> Path:
        return default_feed_state_path(self.store, self.settings)
