"""RSS and Atom feeds: poll, follow each entry's link, remember what was seen.

* Conditional GET: the ETag and Last-Modified of every polled feed are kept
  in :class:`FeedState` and sent back as If-None-Match / If-Modified-Since; a
  304 means nothing new and no entry is fetched.
* Each entry's link is fetched through :mod:`ingest.net` and read as an HTML
  article.  The entry's title and published date override the page's (feeds
  state them explicitly; page dates are guessed), and the feed title is the
  outlet when the page names none.  If the link cannot be fetched, the
  entry's own content/summary is used when it is substantial, otherwise a
  :class:`ReadError` is yielded.
* De-duplication by canonical URL within a run and across runs: seen URLs are
  kept in :class:`FeedState`.
* At most ``CLAIMGRAPH_FEED_MAX_ENTRIES`` (200) new entries are fetched per
  feed and poll; the rest are reported as left for the next poll, which
  reads the feed again and goes on where this one stopped.
* Parsing is feedparser's, as lenient as feedparser is: a feed its strict
  XML parser rejects (a bare ``&``, an HTML entity, a missing end tag) is read
  by its lenient parser and reported with one warning (:func:`lenient_problem`);
  only a document in which feedparser finds nothing is refused as no feed.
  Its input is always wrapped in ``BytesIO``:
  ``feedparser.parse`` treats a *string or bytes* argument that names a file or
  URL as something to open, which a hostile feed body must never trigger.
  Safety is strict: feeds that declare XML entities are refused before either
  parser sees them, judged on the document as feedparser decodes it (see
  ``_declares_entities`` and ``_as_parsed``); feedparser also disables
  external entities, and no external DTD is ever fetched.
* Every entry is accounted for: read, failed (one line), already read, or
  left for the next poll (:class:`FeedReport`).
* Saved feed files come in as a :class:`~ingest.net.Response` built by
  :func:`ingest.sources.feed_file_response` and go through the same checks.

:class:`FeedState` is a small JSON file written atomically (temp file, fsync,
rename) that also holds the list of configured feeds for the API.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import tempfile
import xml.sax
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit
from xml.parsers import expat

import feedparser
from feedparser.encodings import convert_to_utf8
from feedparser.exceptions import CharacterEncodingOverride

from graph.model import utc_now
from ingest.document import ArticleText, ReadError, ReadNotice
from ingest.html import html_fragment_to_text
from ingest.net import Fetcher, Response, root_element
from ingest.sources import FetchedFeed, response_to_article

# An entry's own text is used in place of its page only when at least this long.
MIN_FALLBACK_CHARS = 400
# Seen URLs kept across runs; the oldest are forgotten beyond this.
MAX_SEEN_URLS = 100_000
# New entries fetched per feed and poll: a feed listing 100,000 links would
# otherwise hold a poll for a day at the polite one request per second.
DEFAULT_MAX_ENTRIES = 200


def max_entries_per_poll() -> int:
    """``CLAIMGRAPH_FEED_MAX_ENTRIES``: new entries fetched per feed and poll (default 200)."""
    try:
        value = int(os.environ.get("CLAIMGRAPH_FEED_MAX_ENTRIES", "") or DEFAULT_MAX_ENTRIES)
    except ValueError:
        return DEFAULT_MAX_ENTRIES
    return value if value > 0 else DEFAULT_MAX_ENTRIES


_TRACKING_PARAMS = ("utm_", "fbclid", "gclid", "mc_cid", "mc_eid")


def dedupe_key(url: str) -> str:
    """A URL normalised for duplicate detection.

    Lower-case scheme and host, no default port, no fragment, no tracking
    parameters, no trailing slash on the path.
    """
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    default_port = {"http": 80, "https": 443}.get(scheme)
    try:
        port = parts.port
    except ValueError:
        port = None
    netloc = host if port in (None, default_port) else f"{host}:{port}"
    query = urlencode(
        [
            (k, v)
            for k, v in parse_qsl(parts.query, keep_blank_values=True)
            if not k.lower().startswith(_TRACKING_PARAMS)
        ]
    )
    path = parts.path.rstrip("/") or "/"
    return urlunsplit((scheme, netloc, path, query, ""))


def default_state_path(store: str | None = None) -> Path:
    """The feed list file: ``CLAIMGRAPH_FEED_STATE``, else ``feeds.json`` in the data folder.

    The data folder is ``store`` (a command's ``--store``), else
    ``CLAIMGRAPH_STORE``, else ./claimgraph-data; with a Neo4j store, the
    default folder.  The API server finds the same file (``api/services.py``).
    """
    configured = os.environ.get("CLAIMGRAPH_FEED_STATE")
    if configured:
        return Path(configured)
    store = store or os.environ.get("CLAIMGRAPH_STORE") or "./claimgraph-data"
    if store == "neo4j" or "://" in store:  # a Neo4j store: keep state in the default folder
        store = "./claimgraph-data"
    return Path(store) / "feeds.json"


class FeedState:
    """Configured feeds, their HTTP validators and the URLs already ingested.

    Several processes may share the file (the API's poller and its
    ``addFeed`` mutation, a CLI run), so :meth:`save` re-reads the file under
    an exclusive lock and merges: this instance's added/removed feeds and
    polled validators are applied on top of what is on disk, and seen URLs are
    united.  A long poll therefore cannot undo a feed added meanwhile.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._subscriptions: list[str] = []
        self._validators: dict[str, dict[str, str]] = {}
        self._seen: dict[str, None] = {}  # insertion-ordered set
        # Changes made through this instance since the last save, for merging.
        self._added: list[str] = []
        self._removed: set[str] = set()
        self._polled: set[str] = set()
        self._subscriptions, self._validators, self._seen = self._read()

    @classmethod
    def default(cls) -> FeedState:
        return cls(default_state_path())

    def _read(self) -> tuple[list[str], dict[str, dict[str, str]], dict[str, None]]:
        try:
            raw = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return [], {}, {}
        try:
            data: Any = json.loads(raw)
            feeds = [str(u) for u in data.get("feeds", [])]
            validators = {
                str(k): {str(a): str(b) for a, b in v.items()}
                for k, v in data.get("validators", {}).items()
            }
            seen = dict.fromkeys(str(u) for u in data.get("seen", []))
        except (ValueError, AttributeError, TypeError):
            raise ReadError(str(self.path), "feed state file is not valid JSON") from None
        return feeds, validators, seen

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        """An exclusive lock on a sidecar ``.lock`` file (POSIX advisory lock)."""
        import fcntl

        self.path.parent.mkdir(parents=True, exist_ok=True)
        with open(self.path.with_name(self.path.name + ".lock"), "a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)

    def save(self) -> None:
        """Merge with the file on disk and write atomically (temp, fsync, rename)."""
        with self._locked():
            feeds, validators, seen = self._read()
            feeds = [u for u in feeds if u not in self._removed]
            feeds += [u for u in self._added if u not in feeds and u not in self._removed]
            for url in self._removed:
                validators.pop(url, None)
            for url in self._polled:
                if url in self._validators:
                    validators[url] = self._validators[url]
            seen.update(self._seen)
            self._subscriptions, self._validators = feeds, validators
            self._seen = dict.fromkeys(list(seen)[-MAX_SEEN_URLS:])
            self._write()
            self._added, self._removed, self._polled = [], set(), set()

    def _write(self) -> None:
        data = {
            "version": 1,
            "feeds": self._subscriptions,
            "validators": self._validators,
            "seen": list(self._seen),
        }
        fd, tmp = tempfile.mkstemp(prefix=".feeds-", suffix=".tmp", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump(data, out, indent=1)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise

    # -- configured feeds (for the API)

    def feeds(self) -> list[str]:
        """The configured feed URLs, in the order they were added."""
        return list(self._subscriptions)

    def add_feed(self, url: str) -> bool:
        """Configure a feed (saved at once); False if it was already there."""
        self._subscriptions, _, _ = self._read()  # judge against the file, not a stale copy
        if url in self._subscriptions:
            return False
        self._subscriptions.append(url)
        self._added.append(url)
        self._removed.discard(url)
        self.save()
        return True

    def add_feeds(self, urls: list[str]) -> list[str]:
        """Configure several feeds in one save; returns those that were not there yet."""
        self._subscriptions, _, _ = self._read()
        added = []
        for url in urls:
            if url not in self._subscriptions:
                self._subscriptions.append(url)
                self._added.append(url)
                self._removed.discard(url)
                added.append(url)
        if added:
            self.save()
        return added

    def remove_feed(self, url: str) -> bool:
        """Forget a configured feed and its validators (saved at once)."""
        self._subscriptions, _, _ = self._read()
        if url not in self._subscriptions:
            return False
        self._subscriptions.remove(url)
        self._validators.pop(url, None)
        self._removed.add(url)
        self.save()
        return True

    # -- conditional GET

    def request_headers(self, url: str) -> dict[str, str]:
        """If-None-Match / If-Modified-Since for the feed's last response."""
        saved = self._validators.get(url, {})
        headers = {}
        if saved.get("etag"):
            headers["If-None-Match"] = saved["etag"]
        if saved.get("last_modified"):
            headers["If-Modified-Since"] = saved["last_modified"]
        return headers

    def remember_response(self, url: str, response: Response) -> None:
        """Keep the validators of a fully processed feed response (saved on :meth:`save`).

        A saved feed file has none and is not remembered.
        """
        if not response.url.lower().startswith(("http://", "https://")):
            return
        saved = {"polled_at": utc_now()}
        if response.headers.get("etag"):
            saved["etag"] = response.headers["etag"]
        if response.headers.get("last-modified"):
            saved["last_modified"] = response.headers["last-modified"]
        self._validators[url] = saved
        self._polled.add(url)

    # -- seen articles

    def has_seen(self, url: str) -> bool:
        return dedupe_key(url) in self._seen

    def mark_seen(self, url: str) -> None:
        self._seen[dedupe_key(url)] = None


class _EntityDeclared(Exception):
    pass


class _RootReached(Exception):
    pass


def _stop_with(exc: type[Exception]) -> Callable[..., None]:
    def handler(*_args: object) -> None:
        raise exc

    return handler


def _declares_entities(utf8: bytes) -> bool:
    """True when the document declares XML entities.

    Real feeds never do; entity declarations are how entity-expansion bombs
    and external-entity (XXE) reads work.  feedparser only strips declarations
    that start a line, and expat's own amplification limit takes seconds to
    trip, so such feeds are refused before parsing.  The prolog is read with
    expat itself, which reports every declaration wherever it hides (a byte
    search for the root element was fooled by ``<rss`` inside a comment), and
    stops at the root element, so a normal feed costs nothing.  A prolog expat
    cannot read is judged by its bytes: any ``<!ENTITY`` refuses the feed.
    """
    parser = expat.ParserCreate()
    parser.EntityDeclHandler = _stop_with(_EntityDeclared)
    parser.StartElementHandler = _stop_with(_RootReached)
    try:
        parser.Parse(utf8, True)
    except _EntityDeclared:
        return True
    except _RootReached:
        return False
    except expat.ExpatError:
        pass
    return b"<!entity" in utf8.replace(b"\x00", b"").lower()


def _parser_headers(response: Response) -> dict[str, str]:
    """The HTTP headers feedparser is told of: the same for the safety check and the parse.

    A feed read from a file has none; it is read as ``application/xml`` (the
    XML declaration or byte-order mark names the encoding, else UTF-8).
    """
    headers = {"content-type": response.headers.get("content-type") or "application/xml"}
    if response.url.lower().startswith(("http://", "https://")):
        headers["content-location"] = response.url
    return headers


def _as_parsed(response: Response, headers: dict[str, str]) -> bytes:
    """The feed as feedparser's parsers will read it: decoded and converted to UTF-8 its way.

    Checking these bytes, not the raw ones, leaves no room for a charset trick
    (an HTTP charset that overrides the XML declaration, UTF-16, UTF-32,
    EBCDIC, UTF-7): what is checked is exactly what either parser sees.
    """
    try:
        return convert_to_utf8(headers, response.content, feedparser.FeedParserDict())
    except Exception:  # a feedparser internal: judge the raw bytes instead
        return response.content


def _problem_line(problem: BaseException) -> str:
    """One line naming a parse problem (a SAX error with its line and column)."""
    if isinstance(problem, xml.sax.SAXParseException):
        return f"{problem.getMessage()} at line {problem.getLineNumber()}, column " + str(
            problem.getColumnNumber()
        )
    text = str(problem).splitlines()[0] if str(problem) else ""
    return text or type(problem).__name__


def lenient_problem(parsed: feedparser.FeedParserDict) -> str | None:
    """Why feedparser read this feed only leniently, or ``None`` when it read it cleanly.

    feedparser marks a feed "bozo" when its strict XML parser failed (a bare
    ``&``, an HTML entity, a missing end tag) and its lenient parser read it
    instead, or when the content type or encoding was not what the feed
    said.  A declared charset that the bytes override is harmless and not
    reported.
    """
    problem = parsed.get("bozo_exception")
    if not parsed.get("bozo") or problem is None:
        return None
    if isinstance(problem, CharacterEncodingOverride):
        return None
    if isinstance(problem, xml.sax.SAXException):
        return f"malformed XML: {_problem_line(problem)}"
    return _problem_line(problem)


# The feed elements that show feedparser found a feed even under a root it does not
# version (a CDF channel's title): other keys are any XML's elements, copied.
_FEED_ELEMENTS = ("title", "subtitle", "link", "id", "updated")


def found_feed_elements(parsed: feedparser.FeedParserDict) -> bool:
    """True when feedparser read feed-level elements (a title, a link, ...)."""
    feed = parsed.get("feed") or {}
    return any(feed.get(key) for key in _FEED_ELEMENTS)


def parse_feed(response: Response, source: str) -> feedparser.FeedParserDict:
    """Parse a fetched (or saved) feed as leniently as feedparser does, and as safely as ever.

    Refused with a :class:`ReadError`: an HTML page; a document that declares
    XML entities (checked on the document as feedparser decodes it, before
    any parser sees it); a document in which feedparser finds nothing at all
    (no feed version, no entry, no feed element such as a title: see
    :func:`found_feed_elements`).
    Everything else feedparser reads is returned; :func:`lenient_problem`
    tells whether it needed its lenient parser.
    """
    # An HTML page served as a feed (a login wall, an error page) says so too.
    if response.kind == "html" or root_element(response.content) == "html":
        raise ReadError(source, "not an RSS or Atom feed (got an HTML page)")
    headers = _parser_headers(response)
    if _declares_entities(_as_parsed(response, headers)):
        raise ReadError(source, "not an RSS or Atom feed (it declares XML entities)")
    try:
        parsed = feedparser.parse(
            io.BytesIO(response.content),  # never a str/bytes: those may be opened as paths
            response_headers=headers,
            resolve_relative_uris=True,
            sanitize_html=True,
        )
    except Exception as exc:  # a parser bug on hostile input: one line, never a traceback
        raise ReadError(
            source, f"not an RSS or Atom feed (feedparser failed: {type(exc).__name__})"
        ) from None
    if not (parsed.get("version") or parsed.get("entries") or found_feed_elements(parsed)):
        if response.kind == "text":
            raise ReadError(
                source, f"not an RSS or Atom feed (got {response.content_type or 'text'})"
            )
        problem = lenient_problem(parsed)
        detail = f"; {problem}" if problem else ""
        raise ReadError(
            source, f"not an RSS or Atom feed (no rss, feed or RDF root element{detail})"
        )
    return parsed


# An entry date outside these bounds is a placeholder or garbage, not a date:
# feedparser reads "99999999999999999999" as the year 9999, and CMSs emit the
# Unix epoch for "unset".  Such an entry gets no date rather than an invented one.
_EARLIEST_DATE = datetime(1970, 1, 2, tzinfo=UTC)
_FUTURE_SLACK = timedelta(days=2)  # clocks and time zones, not prophecy


def _iso(entry: Any, *keys: str) -> str | None:
    """The first plausible date among the entry's parsed ``keys``, as ISO-8601 UTC."""
    latest = datetime.now(UTC) + _FUTURE_SLACK
    for key in keys:
        value = entry.get(key)
        if value:
            try:
                when = datetime(*value[:6], tzinfo=UTC)
            except (TypeError, ValueError):
                continue
            if _EARLIEST_DATE <= when <= latest:
                return when.isoformat()
    return None


def _entry_text(entry: Any) -> str:
    """The longest of the entry's content blocks and summary, as plain text."""
    candidates = [c.get("value", "") for c in entry.get("content", [])]
    candidates.append(entry.get("summary", ""))
    texts = [html_fragment_to_text(c) for c in candidates if c]
    return max(texts, key=len, default="")


@dataclass(slots=True)
class FeedReport(ReadNotice):
    """How one read of a feed accounted for every entry feedparser found in it.

    ``entries == articles + failed + seen + deferred``: each entry became an
    article, a failure line, was skipped as already read (in an earlier run or
    earlier in this one), or was left for the next poll.  Yielded last by
    :func:`read_feed` when the feed itself was read (``message`` is "" until then).
    """

    entries: int = 0
    articles: int = 0
    failed: int = 0
    seen: int = 0
    deferred: int = 0

    def finish(self) -> FeedReport:
        """Write the one-line message from the counts; returns ``self``."""
        parts = [f"{self.articles} read", f"{self.failed} failed", f"{self.seen} already read"]
        if self.deferred:
            parts.append(f"{self.deferred} left for the next poll")
        noun = "entry" if self.entries == 1 else "entries"
        self.message = f"feed with {self.entries} {noun}: {', '.join(parts)}"
        return self


def read_feed(
    url: str,
    state: FeedState,
    fetcher: Fetcher,
    *,
    response: Response | None = None,
    report: FeedReport | None = None,
) -> Iterator[ArticleText | ReadError | ReadNotice]:
    """Yield the new articles of one feed (errors yielded, never raised).

    ``response`` is an already fetched, unconditional response for ``url``
    (when a plain URL turned out to be a feed, or a saved feed file).
    Validators are saved only after every entry was handled, so an interrupted
    run polls again.  A feed read only leniently yields one warning
    (:class:`ReadNotice`) first.  ``report``, when given, is filled in with
    how every entry was accounted for (its message is set once the feed was
    read to the end).
    """
    if response is None:
        try:
            response = fetcher.fetch(url, headers=state.request_headers(url))
        except ReadError as err:
            yield err
            return
    if response.not_modified:
        return
    try:
        parsed = parse_feed(response, url)
    except ReadError as err:
        yield err
        return
    problem = lenient_problem(parsed)
    if not parsed.get("version"):  # entries, but under no feed root feedparser knows
        problem = "; ".join(p for p in ("no rss, feed or RDF root element", problem) if p)
    if problem:
        yield ReadNotice(url, f"feed read leniently ({problem})")
    feed_title = parsed.feed.get("title") or None
    limit = max_entries_per_poll()
    if report is None:
        report = FeedReport(url, "", "info")
    report.source, report.entries = url, len(parsed.entries)
    fetched = 0
    try:
        for index, entry in enumerate(parsed.entries):
            link = entry.get("link") or ""
            if link and state.has_seen(link):
                report.seen += 1
                continue  # costs nothing: no fetch
            if link and fetched >= limit:
                report.deferred += 1
                continue
            fetched += bool(link)
            article = _read_entry(entry, index, url, feed_title, state, fetcher)
            if article is None:
                report.seen += 1
            elif isinstance(article, ReadError):
                report.failed += 1
            else:
                report.articles += 1
            if article is not None:
                yield article
        if report.deferred:
            # Not remembering the validators makes the next poll read the feed
            # again (no 304), and the entries read now are skipped as seen.
            yield ReadError(
                url,
                f"{report.deferred} more new entries left for the next poll "
                f"(at most {limit} per poll: CLAIMGRAPH_FEED_MAX_ENTRIES)",
            )
        else:
            state.remember_response(url, response)
        report.finish()
    finally:
        state.save()  # keep what was seen even when the caller stops early


def _read_entry(
    entry: Any,
    index: int,
    feed_url: str,
    feed_title: str | None,
    state: FeedState,
    fetcher: Fetcher,
) -> ArticleText | ReadError | None:
    """One entry as an article, a ReadError, or None for an already seen URL."""
    link = entry.get("link") or ""
    source = link or f"{feed_url} entry {index + 1}"
    if link and state.has_seen(link):
        return None
    article: ArticleText | ReadError
    if not link:
        article = ReadError(source, "feed entry has no link")
    else:
        try:
            fetched = response_to_article(fetcher.fetch(link), link)
            if isinstance(fetched, FetchedFeed):
                raise ReadError(link, "feed entry links to another feed, not an article")
            article = fetched
        except ReadError as err:
            article = err
    if isinstance(article, ReadError):
        text = _entry_text(entry)
        if len(text) < MIN_FALLBACK_CHARS:
            return ReadError(
                article.source, f"{article.reason} (entry summary too short to use instead)"
            )
        article = ArticleText(
            text=text, source=source, url=link or None, canonical_url=link or None
        )
    canonical = article.canonical_url or link
    if canonical and state.has_seen(canonical):
        if link:
            state.mark_seen(link)
        return None
    for seen in (link, canonical):
        if seen:
            state.mark_seen(seen)
    article.title = entry.get("title") or article.title
    article.published_at = _iso(entry, "published_parsed", "updated_parsed") or article.published_at
    if not article.outlet or _is_host_name(article.outlet, article.url or link):
        article.outlet = feed_title or article.outlet
    return article


def _is_host_name(outlet: str, url: str | None) -> bool:
    """True when the "outlet" is only the page's host name (trafilatura's fallback)."""
    parts = urlsplit(url or "")
    hosts = {parts.netloc.lower(), (parts.hostname or "").lower()}
    return outlet.lower().removeprefix("www.") in {h.removeprefix("www.") for h in hosts}


def poll_feeds(
    state: FeedState, fetcher: Fetcher
) -> Iterator[ArticleText | ReadError | ReadNotice]:
    """Read every configured feed in ``state`` (for a scheduled ingest)."""
    for url in state.feeds():
        yield from read_feed(url, state, fetcher)
