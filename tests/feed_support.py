"""Shared fixtures of the feed tests: a fetcher allowed to reach loopback servers
without politeness delays, and an empty feed state in the test's folder.

Test modules bind them by name (``fetcher = feed_support.fetcher``), as with
``tests.extract_support``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ingest.feeds import FeedState
from ingest.net import Fetcher


@pytest.fixture
def fetcher(monkeypatch: pytest.MonkeyPatch) -> Iterator[Fetcher]:
    """A fetcher that may reach 127.0.0.1 and waits no interval between requests."""
    monkeypatch.setenv("CLAIMGRAPH_ALLOW_PRIVATE_HOSTS", "127.0.0.1")
    monkeypatch.setenv("CLAIMGRAPH_FETCH_MIN_INTERVAL", "0")
    with Fetcher.from_environment() as f:
        yield f


@pytest.fixture
def state(tmp_path: Path) -> FeedState:
    """A fresh feed state (seen entries, the feed list) in the test's own folder."""
    return FeedState(tmp_path / "feeds.json")
