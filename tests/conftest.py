"""Shared fixtures.

``store`` is a fresh, empty :class:`graph.store.GraphStore` of every backend
named in :data:`STORE_FACTORIES`; a test that takes it runs once per backend
(``tests/test_store_contract.py`` is the specification all backends pass).
"""

from __future__ import annotations

import importlib
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

import pytest

from graph.embedded import EmbeddedStore
from graph.store import GraphStore
from tests.feedparser_corpus import CORPUS_LINES

#: A factory makes a fresh, empty store; it gets a private temporary directory.
StoreFactory = Callable[[Path], AbstractContextManager[GraphStore]]


@contextmanager
def embedded_store(tmp_path: Path) -> Iterator[GraphStore]:
    """Point reads served by SQLite until a query loads the in-memory graph."""
    store = EmbeddedStore(tmp_path / "store")
    try:
        yield store
    finally:
        store.close()


@contextmanager
def embedded_store_loaded(tmp_path: Path) -> Iterator[GraphStore]:
    """Every read served by the in-memory graph, as in a long-running API server."""
    store = EmbeddedStore(tmp_path / "store", preload=True)
    try:
        yield store
    finally:
        store.close()


STORE_FACTORIES: dict[str, StoreFactory] = {
    "embedded": embedded_store,
    "embedded-loaded": embedded_store_loaded,
}

# ---- other backends ------------------------------------------------------------
# A backend adds itself in its own module that defines a dict of the same shape,
# e.g. tests/neo4j_support.py: ``STORE_FACTORIES = {"neo4j": neo4j_store}``.
# Parameters named "neo4j..." get the ``neo4j`` marker (deselect: -m "not neo4j").
EXTRA_FACTORY_MODULES = ("tests.neo4j_support",)

for _module_name in EXTRA_FACTORY_MODULES:
    try:
        _module = importlib.import_module(_module_name)
    except ModuleNotFoundError as _exc:
        if _exc.name != _module_name:  # the module exists but one of its imports is missing
            raise
        continue
    STORE_FACTORIES.update(_module.STORE_FACTORIES)


def _store_params() -> list[object]:
    return [
        pytest.param(name, marks=pytest.mark.neo4j) if name.startswith("neo4j") else name
        for name in STORE_FACTORIES
    ]


@pytest.fixture(params=_store_params())
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[GraphStore]:
    """A fresh, empty store of each backend in turn."""
    with STORE_FACTORIES[request.param](tmp_path) as opened:
        yield opened


# ---- how many property examples exercised each check ----------------------------
# tests/test_hardening_extract_properties.py reports, per property, how many of
# its generated examples ran each check of the JSON contract; the counts are
# printed at the end of the run so a property that checks nothing shows.
_CHECK_COUNTS = pytest.StashKey[dict[str, Counter[str]]]()


@pytest.fixture
def contract_checks_report(
    request: pytest.FixtureRequest,
) -> Callable[[str], Callable[[Counter[str]], None]]:
    """``report(title)(counts)`` keeps ``counts`` for the end-of-run summary."""

    def for_property(title: str) -> Callable[[Counter[str]], None]:
        def report(counts: Counter[str]) -> None:
            request.config.stash.setdefault(_CHECK_COUNTS, {})[title] = counts

        return report

    return for_property


def pytest_terminal_summary(terminalreporter, exitstatus: int, config: pytest.Config) -> None:  # type: ignore[no-untyped-def]
    corpus = config.stash.get(CORPUS_LINES, [])
    if corpus:  # tests/test_feed_corpus.py: feedparser's test feeds read, refused, accounted
        terminalreporter.section("feedparser's test corpus through ClaimGraph's feed ingestion")
        for line in corpus:
            terminalreporter.write_line(line)
    counts = config.stash.get(_CHECK_COUNTS, {})
    if not counts:
        return
    terminalreporter.section("property examples that exercised each contract check")
    for title, counter in counts.items():
        ran = sorted((name, n) for name, n in counter.items() if name != "examples")
        checks = ", ".join(f"{name} {n}" for name, n in ran)
        terminalreporter.write_line(f"{title} ({counter['examples']} examples): {checks or 'none'}")
