"""``--poll-feeds``: read the configured RSS/Atom feeds on a schedule and ingest them.

Every ``CLAIMGRAPH_FEED_POLL_SECONDS`` the poller reads the feed list
(:class:`ingest.feeds.FeedState`, the file ``addFeed``/``removeFeed`` edit),
fetches new entries with conditional GETs and ingests each article through
the same :class:`api.ingestion.Ingestor` as every other entry point.  New
disputes reach subscribers through the store's event log like any other.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from api.context import AppState
from api.services import Services

log = logging.getLogger("claimgraph.poller")


def poll_once(services: Services) -> Any:
    """Read every configured feed once and ingest what is new; returns the summary."""
    from api.ingestion import IngestOutcome, IngestSummary, notice_outcome
    from ingest.document import ReadError, ReadNotice
    from ingest.feeds import FeedState, poll_feeds
    from ingest.net import Fetcher

    state = FeedState(services.feed_state_path)
    summary = IngestSummary()
    if not state.feeds():
        return summary
    with Fetcher.from_environment() as fetcher, services.ingest_lock:
        for item in poll_feeds(state, fetcher):
            if isinstance(item, ReadError):
                outcome = IngestOutcome(item.source, "failed", message=item.reason)
            elif isinstance(item, ReadNotice):
                outcome = notice_outcome(item)
            else:
                outcome = services.ingestor.ingest_article(item)
            if outcome.status == "failed":
                log.warning("feed item failed: %s: %s", outcome.source, outcome.message)
            elif outcome.status == "warning":
                log.warning("feed warning: %s: %s", outcome.source, outcome.message)
            summary.add(outcome)
    return summary


class FeedPoller:
    """The background task started by ``create_app(..., poll_feeds=True)``."""

    def __init__(self, state: AppState) -> None:
        self.state = state

    async def run_once(self) -> Any:
        # A poll fetches over the network and ingests for minutes: on a thread of
        # its own, not one of the store threads that requests need.
        summary = await asyncio.to_thread(poll_once, self.state.services)
        if self.state.hub is not None:
            self.state.hub.poke()
        return summary

    async def run_forever(self) -> None:
        interval = self.state.settings.feed_poll_seconds
        log.info("polling feeds every %gs", interval)
        while True:
            try:
                summary = await self.run_once()
                if summary.new or summary.failed:
                    log.info("feed poll: %s", summary.line())
            except asyncio.CancelledError:
                raise
            except Exception:  # one bad poll must not stop the schedule
                log.exception("feed poll failed")
            await asyncio.sleep(interval)
