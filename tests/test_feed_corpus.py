"""feedparser's own test corpus through ClaimGraph's feed ingestion, served over loopback.

Every feed of feedparser's ``tests/wellformed``, ``tests/illformed``,
``tests/encoding`` and ``tests/entities`` (obtained from its sdist: see
``tests/feedparser_corpus.py``) is served by a real HTTP server on 127.0.0.1
with the headers the feed asks for, read as ``claimgraph ingest --feed URL``
reads it and ingested into an embedded store.  The specification:

* nothing raises: every problem is one line;
* a feed is *refused as unsafe* only when it declares XML entities;
* a feed is *refused as not a feed* only when feedparser finds nothing in it
  either (no version, no entry, no feed-level element such as a title);
* every other feed is read, and every entry feedparser finds in it is
  accounted for: read as an article, reported as failed (no usable link or
  text), or skipped as already read — the same number of entries as
  feedparser's;
* a feed read only leniently gives exactly one warning.

The bulk runs in-process (the ingest function the CLI calls); a few feeds go
through the real ``claimgraph`` command in a subprocess.  The counts are
printed at the end of the run so a regression shows.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import feedparser
import pytest
from feedparser.encodings import convert_to_utf8

from api.ingestion import Ingestor, IngestOutcome
from graph.embedded import EmbeddedStore
from ingest.document import ArticleText, ReadError, ReadNotice
from ingest.feeds import FeedReport, FeedState, found_feed_elements
from ingest.net import Fetcher
from ingest.sources import read_sources
from tests.feedparser_corpus import (
    CORPUS_LINES,
    CorpusFeed,
    CorpusUnavailable,
    corpus_feeds,
    corpus_root,
    feedparser_version,
)
from tests.local_http import LocalServer, Reply

ROOT = Path(__file__).resolve().parent.parent
UNSAFE = "not an RSS or Atom feed (it declares XML entities)"
NOT_A_FEED = "not an RSS or Atom feed ("


@pytest.fixture(scope="module")
def corpus() -> list[CorpusFeed]:
    try:
        root = corpus_root()
    except CorpusUnavailable as exc:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(str(exc))
        pytest.skip(str(exc))
    return corpus_feeds(root)


@pytest.fixture(scope="module")
def corpus_server(corpus: list[CorpusFeed]) -> Iterator[LocalServer]:
    with LocalServer() as server:
        for feed in corpus:
            server.routes[feed.url_path] = Reply(200, feed.headers, feed.data)
        yield server


@dataclass
class FeedRun:
    """What reading one corpus feed gave."""

    feed: CorpusFeed
    url: str
    items: list[ArticleText | ReadError | ReadNotice] = field(default_factory=list)
    crash: str | None = None

    def feed_errors(self) -> list[ReadError]:
        return [i for i in self.items if isinstance(i, ReadError) and i.source == self.url]

    def report(self) -> FeedReport | None:
        return next((i for i in self.items if isinstance(i, FeedReport)), None)


def feedparser_reference(feed: CorpusFeed, url: str) -> feedparser.FeedParserDict:
    """What feedparser itself makes of the feed, given the headers it was served with."""
    headers = {k.lower(): v for k, v in feed.headers.items()}
    headers.setdefault("content-location", url)
    return feedparser.parse(io.BytesIO(feed.data), response_headers=headers)


def declares_entities(feed: CorpusFeed) -> bool:
    """An ``<!ENTITY`` in the document as feedparser decodes it (any encoding)."""
    headers = {k.lower(): v for k, v in feed.headers.items()}
    decoded = convert_to_utf8(headers, feed.data, feedparser.FeedParserDict())
    return b"<!entity" in decoded.lower()


def check(run: FeedRun) -> tuple[str, list[str]]:
    """The run's category and its problems (one line each) against the specification."""
    name = run.feed.name
    if run.crash:
        return "crashed", [f"{name}: raised {run.crash}"]
    reference = feedparser_reference(run.feed, run.url)
    expected = len(reference.entries)
    report = run.report()
    errors = run.feed_errors()
    if report is None:
        if len(errors) != 1:
            return "other", [f"{name}: neither read nor refused: {[str(i) for i in run.items]}"]
        reason = errors[0].reason
        if reason == UNSAFE:
            if declares_entities(run.feed):
                return "unsafe", []
            return "unsafe", [f"{name}: refused as unsafe but declares no entity"]
        if reason.startswith(NOT_A_FEED):
            if reference.get("version") or expected or found_feed_elements(reference):
                return "not a feed", [
                    f"{name}: refused ({reason}) but feedparser reads it "
                    f"({reference.get('version') or 'no version'}, {expected} entries)"
                ]
            return "not a feed", []
        return "other", [f"{name}: {errors[0]}"]
    problems = []
    articles = sum(isinstance(i, ArticleText) for i in run.items)
    failed = sum(isinstance(i, ReadError) and i.source != run.url for i in run.items)
    warnings = [i for i in run.items if isinstance(i, ReadNotice) and i.level == "warning"]
    if report.entries != expected:
        problems.append(f"{name}: {report.entries} entries, feedparser finds {expected}")
    if (report.articles, report.failed) != (articles, failed):
        problems.append(f"{name}: the account ({report}) differs from the items read")
    accounted = report.articles + report.failed + report.seen + report.deferred
    if accounted != report.entries:
        problems.append(f"{name}: {accounted} of {report.entries} entries accounted for")
    if len(warnings) > 1:
        problems.append(f"{name}: {len(warnings)} warnings: {[str(w) for w in warnings]}")
    return ("read leniently" if warnings else "read"), problems


def test_every_feed_of_feedparsers_corpus_is_read_refused_as_unsafe_or_refused_as_no_feed(
    corpus: list[CorpusFeed],
    corpus_server: LocalServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    request: pytest.FixtureRequest,
) -> None:
    monkeypatch.setenv("CLAIMGRAPH_ALLOW_PRIVATE_HOSTS", "127.0.0.1")
    monkeypatch.setenv("CLAIMGRAPH_FETCH_MIN_INTERVAL", "0")
    monkeypatch.setenv("CLAIMGRAPH_FETCH_TIMEOUT", "5")
    started = time.monotonic()
    runs: list[FeedRun] = []
    outcomes: list[IngestOutcome] = []

    def items(fetcher: Fetcher) -> Iterator[ArticleText | ReadError | ReadNotice]:
        for n, feed in enumerate(corpus):
            run = FeedRun(feed, corpus_server.url(feed.url_path))
            runs.append(run)
            state = FeedState(tmp_path / "states" / f"{n}.json")  # each feed read afresh
            try:
                for item in read_sources([f"feed:{run.url}"], feed_state=state, fetcher=fetcher):
                    run.items.append(item)
                    yield item
            except Exception as exc:  # a bug: reported per feed, the run goes on
                run.crash = f"{type(exc).__name__}: {exc}".splitlines()[0]

    store = EmbeddedStore(tmp_path / "store")
    try:
        with Fetcher.from_environment() as fetcher:
            summary = Ingestor(store).ingest_items(items(fetcher), on_outcome=outcomes.append)
    finally:
        store.close()
    seconds = time.monotonic() - started

    categories: Counter[str] = Counter()
    problems: list[str] = []
    for run in runs:
        category, found = check(run)
        categories[category] += 1
        problems.extend(found)
    reports = [r for run in runs if (r := run.report()) is not None]
    entries = Counter(
        entries=sum(r.entries for r in reports),
        read=sum(r.articles for r in reports),
        failed=sum(r.failed for r in reports),
        seen=sum(r.seen for r in reports),
    )
    read = categories["read"] + categories["read leniently"]
    lines = [
        f"feedparser {feedparser_version()} corpus: {len(runs)} files in {seconds:.1f} s: "
        f"{read} read ({categories['read leniently']} leniently, with one warning), "
        f"{categories['unsafe']} refused as unsafe, {categories['not a feed']} refused as "
        f"not a feed, {categories['other'] + categories['crashed']} other",
        f"entries: {entries['entries']} (as many as feedparser finds): {entries['read']} read, "
        f"{entries['failed']} reported as failed, {entries['seen']} already read; "
        f"ingest: {summary.line()}",
    ]
    request.config.stash.setdefault(CORPUS_LINES, []).extend(lines)
    print("\n".join(lines))

    assert len(runs) == len(corpus) and len(corpus) > 2000
    assert not problems, "\n".join(problems)
    assert all(o.status != "failed" or o.message for o in outcomes)
    # every file that is neither unsafe nor unreadable to feedparser is read
    assert read >= len(corpus) - categories["unsafe"] - categories["not a feed"]


# ---------------------------------------------------------------- the real command


def claimgraph_ingest(url: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLAIMGRAPH_")}
    env |= {
        "CLAIMGRAPH_ALLOW_PRIVATE_HOSTS": "127.0.0.1",
        "CLAIMGRAPH_FETCH_MIN_INTERVAL": "0",
        "CLAIMGRAPH_STORE": str(tmp_path / "store"),
    }
    return subprocess.run(
        [sys.executable, "-m", "api.cli", "ingest", "--feed", url],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=300,
    )


def test_the_claimgraph_command_reads_corpus_feeds_in_every_shape(
    corpus: list[CorpusFeed], corpus_server: LocalServer, tmp_path: Path
) -> None:
    by_name = {f.name: f for f in corpus}
    cases = {
        # bare "&" in the feed: read leniently, one warning naming the problem
        "illformed/rss_item_link_corrupted_ampersands.xml": "warning",
        # UTF-16 with a byte-order mark, served as application/xml
        "encoding/utf-16le-bom.xml": "read",
        # UTF-32 without one
        "encoding/utf-32be-autodetect.xml": "read",
        # entity declarations: refused before any parser sees them
        "wellformed/rss/entity_in_doctype.xml": "unsafe",
    }
    for name, expected in cases.items():
        assert name in by_name, name
        url = corpus_server.url(by_name[name].url_path)
        result = claimgraph_ingest(url, tmp_path / name.replace("/", "_"))
        lines = result.stderr.splitlines()
        assert "Traceback" not in result.stderr, result.stderr
        if expected == "unsafe":
            assert (result.returncode, lines) == (1, [f"failed: {url}: {UNSAFE}"])
            continue
        assert result.returncode in (0, 1, 3), result.stderr  # 1: every entry failed
        warnings = [line for line in lines if line.startswith(f"warning: {url}: ")]
        assert len(warnings) == (1 if expected == "warning" else 0), result.stderr
        assert any(line.startswith(f"{url}: feed with ") for line in lines), result.stderr
