"""Shared fixture of the extraction tests: one Extractor (and spaCy model) per session.

Test modules import the fixture (``from tests.extract_support import extractor``);
pytest then builds it once for the whole session.
"""

from __future__ import annotations

import pytest

from ingest.pipeline import Extractor


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    """The extractor; loading the spaCy model takes a couple of seconds, so only once."""
    return Extractor()


@pytest.fixture(scope="session")
def keeping() -> Extractor:
    """The extractor that keeps claims from unnamed sources, as `claimgraph extract`
    does."""
    return Extractor(keep_unresolved=True)
