"""Readers: turn source specs (files, folders, stdin, URLs, feeds) into articles.

A *spec* is one of

* a file path or a ``file:`` URL (``.txt``/``.md`` read as text,
  ``.html``/``.htm`` through :mod:`ingest.html`; other extensions are
  sniffed; a file whose root element is ``rss``, ``feed`` or ``rdf:RDF``, in
  any namespace and encoding, is a saved feed and read as one),
* a folder, read recursively (``.txt``, ``.md``, ``.html``, ``.htm``; sorted;
  hidden files and folders skipped),
* ``-`` for standard input (UTF-8 bytes),
* an ``http(s)://`` URL (fetched through :mod:`ingest.net`; a response that is
  an RSS/Atom feed is read as a feed),
* ``feed:`` + URL, an RSS/Atom feed (see :mod:`ingest.feeds`); ``feed:`` +
  a path or ``file:`` URL, a saved feed file, read with the same safety rules
  (size cap, no entity declarations) and its entries' links fetched as usual.

Every problem becomes one :class:`ReadError` with a one-line message and the
iteration goes on, so nothing is silently dropped.

Text files follow the corpus convention: a first line ``URL: <url>`` followed
by a blank line gives the article's URL, and the body starts after the blank
line.  The body is kept exactly as read (only a UTF-8 BOM is removed) because
extraction offsets point into it.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit
from urllib.request import url2pathname

from ingest.document import ArticleText, ReadError, ReadNotice
from ingest.net import is_feed_document, max_body_bytes

if TYPE_CHECKING:
    from ingest.feeds import FeedState
    from ingest.net import Fetcher, Response

TEXT_SUFFIXES = frozenset({".txt", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
FOLDER_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES

_BOM = b"\xef\xbb\xbf"
# Magic numbers of common binary formats, so they get a clear message even
# when (like PDF) their first bytes happen to be valid UTF-8.
_BINARY_MAGIC = (
    b"%PDF",
    b"\x89PNG",
    b"\xff\xd8\xff",
    b"GIF8",
    b"PK\x03\x04",
    b"\x1f\x8b",
    b"RIFF",
    b"\x7fELF",
    b"\xd0\xcf\x11\xe0",  # old MS Office
)
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_URL_HEADER_RE = re.compile(r"URL:[ \t]*(\S+)[ \t]*\r?\n[ \t]*\r?\n")
_HTML_START_RE = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html\b)", re.I | re.S)


def is_url(spec: str) -> bool:
    """True for ``http://`` and ``https://`` URLs (case-insensitive scheme)."""
    return spec[:8].lower().startswith(("http://", "https://"))


def looks_like_html(data: bytes) -> bool:
    """True when bytes start like an HTML document (doctype or ``<html>``)."""
    return bool(_HTML_START_RE.match(data[:4096]))


def decode_text(data: bytes, source: str) -> str:
    """Decode UTF-8 text, dropping a BOM; binary or invalid bytes raise ReadError."""
    if data.startswith(_BOM):
        data = data[len(_BOM) :]
    if data.startswith(_UTF16_BOMS):
        raise ReadError(source, "UTF-16 text is not supported; save the file as UTF-8")
    if data.startswith(_BINARY_MAGIC) or b"\x00" in data:
        raise ReadError(source, "not a text or HTML file")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ReadError(source, f"not valid UTF-8 text (bad byte at offset {exc.start})") from None


def split_url_header(text: str) -> tuple[str | None, str]:
    """Split the corpus ``URL: <url>`` + blank line header from the body."""
    match = _URL_HEADER_RE.match(text)
    if not match:
        return None, text
    return match.group(1), text[match.end() :]


def text_to_article(data: bytes, source: str, url: str | None = None) -> ArticleText:
    """A plain-text article from raw bytes (UTF-8, optional ``URL:`` header).

    An explicit ``url`` wins over the header's.
    """
    from ingest.html import find_republished_from

    text = decode_text(data, source)
    header_url, body = split_url_header(text)
    if not body.strip():
        raise ReadError(source, "empty article")
    url = url or header_url
    return ArticleText(
        text=body,
        source=source,
        url=url,
        canonical_url=url,
        republished_from=find_republished_from(body),
    )


def bytes_to_article(
    data: bytes, source: str, url: str | None = None, *, html: bool | None = None
) -> ArticleText:
    """An article from raw bytes: HTML when ``html`` is true (or sniffed), else text."""
    if html is None:
        html = looks_like_html(data)
    if not html:
        return text_to_article(data, source, url)
    from ingest.html import decode_html, html_to_article

    text = decode_html(data, source)
    if not text.strip():
        raise ReadError(source, "empty article")
    return html_to_article(text, source, url)


def read_capped(path: Path, source: str) -> bytes:
    """A local file's bytes, refused beyond ``CLAIMGRAPH_MAX_BODY_BYTES``; raises ReadError."""
    limit = max_body_bytes()
    try:
        if path.stat().st_size > limit:
            raise ReadError(
                source,
                f"file larger than {limit} bytes: too large (CLAIMGRAPH_MAX_BODY_BYTES)",
            )
        return path.read_bytes()
    except FileNotFoundError:
        raise ReadError(source, "no such file or folder") from None
    except IsADirectoryError:
        raise ReadError(source, "is a folder, not a file") from None
    except OSError as exc:
        raise ReadError(source, f"cannot read ({exc.strerror or exc})") from None


def file_url_path(spec: str) -> Path:
    """The local path a ``file:`` URL names (``file:///x``, ``file:/x``, ``file://localhost/x``).

    Raises ReadError for a URL naming another machine.
    """
    parts = urlsplit(spec)
    if parts.netloc.lower() not in ("", "localhost"):
        raise ReadError(spec, "a file: URL must name a file on this machine")
    if not parts.path:
        raise ReadError(spec, "file: URL has no path")
    return Path(url2pathname(parts.path))


def _file_article(data: bytes, path: Path, source: str, url: str | None) -> ArticleText:
    suffix = path.suffix.lower()
    html = True if suffix in HTML_SUFFIXES else (False if suffix in TEXT_SUFFIXES else None)
    return bytes_to_article(data, source, url, html=html)


def read_file(path: Path, source: str | None = None, url: str | None = None) -> ArticleText:
    """Read one text or HTML file; raises ReadError (a saved feed too: it is many articles)."""
    source = source or str(path)
    data = read_capped(path, source)
    if is_feed_document(data):
        raise ReadError(source, "is an RSS or Atom feed, not a single article")
    return _file_article(data, path, source, url)


def feed_file_response(path: Path, source: str, data: bytes | None = None) -> Response:
    """A saved feed file as the :class:`~ingest.net.Response` a fetch would have given.

    ``data``: the file's bytes when already read (with :func:`read_capped`).
    """
    from ingest.net import Response, sniff_kind

    if data is None:
        data = read_capped(path, source)
    return Response(
        url=path.resolve().as_uri(),
        status=200,
        headers={},
        content=data,
        kind=sniff_kind("", data),
    )


def read_stdin(url: str | None = None) -> ArticleText:
    """Read standard input as UTF-8 bytes (HTML when it looks like HTML)."""
    limit = max_body_bytes()
    data = sys.stdin.buffer.read(limit + 1)
    if len(data) > limit:
        raise ReadError(
            "-", f"input larger than {limit} bytes: too large (CLAIMGRAPH_MAX_BODY_BYTES)"
        )
    return bytes_to_article(data, "-", url)


def iter_folder(folder: Path) -> Iterator[Path]:
    """Text and HTML files under ``folder``, recursively, in sorted path order.

    Hidden files and folders (``.git`` and the like) are skipped.
    """
    found: list[Path] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if not name.startswith(".") and Path(name).suffix.lower() in FOLDER_SUFFIXES:
                found.append(Path(root, name))
    yield from sorted(found, key=lambda p: p.relative_to(folder).parts)


@dataclass(slots=True)
class FetchedFeed:
    """A fetched URL whose response turned out to be an RSS/Atom feed."""

    response: Response


def response_to_article(response: Response, source: str) -> ArticleText | FetchedFeed:
    """Turn a fetched HTML or text response into an article (feeds are passed back)."""
    if response.kind == "feed":
        return FetchedFeed(response)
    if response.kind == "xml":  # feedparser decides: it reads feeds no sniffing recognises
        return FetchedFeed(response)
    if response.kind == "html":
        from ingest.html import html_to_article

        return html_to_article(response.text(), source, response.url)
    data = response.content
    charset = (response.charset or "utf-8").lower()
    if charset not in ("utf-8", "utf8", "us-ascii", "ascii"):
        data = response.text().encode("utf-8")  # a declared legacy charset: honour it
    return text_to_article(data, source, response.url)


def fetch_article(url: str, fetcher: Fetcher) -> ArticleText | FetchedFeed:
    """Fetch ``url`` and read it as an article (or hand back a feed); raises ReadError."""
    return response_to_article(fetcher.fetch(url), url)


def read_one(spec: str, url: str | None = None, *, fetcher: Fetcher | None = None) -> ArticleText:
    """Read exactly one article (for ``claimgraph extract FILE|URL|- --url URL``).

    ``url`` overrides the article URL (for files and stdin).  Raises
    :class:`ReadError`; a folder or a feed is an error here because it holds
    many articles.
    """
    if spec == "-":
        return read_stdin(url)
    if spec.lower().startswith("feed:") or is_url(spec):
        from ingest.net import Fetcher

        target = spec[len("feed:") :] if spec.lower().startswith("feed:") else spec
        if fetcher is None:
            with Fetcher.from_environment() as own:
                article = fetch_article(target, own)
        else:
            article = fetch_article(target, fetcher)
        if isinstance(article, FetchedFeed):
            if article.response.kind == "xml":
                kind = article.response.content_type or "XML"
                raise ReadError(spec, f"is XML ({kind}), not an article")
            raise ReadError(spec, "is an RSS or Atom feed, not a single article")
        if url:
            article.url = url
        return article
    path = file_url_path(spec) if spec.lower().startswith("file:") else Path(spec)
    if path.is_dir():
        raise ReadError(spec, "is a folder; give a single file")
    return read_file(path, spec, url)


def read_url(url: str, *, fetcher: Fetcher | None = None) -> ArticleText:
    """Fetch one article from an http(s) URL only; never reads local paths.

    For callers that take URLs from untrusted clients (the API).
    """
    if not is_url(url):
        raise ReadError(url or "(empty)", "not an http or https URL")
    return read_one(url, fetcher=fetcher)


def read_sources(
    specs: Iterable[str],
    *,
    feed_state: FeedState | None = None,
    fetcher: Fetcher | None = None,
) -> Iterator[ArticleText | ReadError | ReadNotice]:
    """Yield an article, a :class:`ReadError` or a :class:`ReadNotice` for what the specs name.

    Errors are yielded, not raised, and reading continues with the next item.
    ``feed_state`` remembers feed validators and seen URLs across runs (default:
    ``feeds.json`` in the data folder); ``fetcher`` is shared by all network
    reads so the per-host rate limit holds across specs.
    """
    own: list[Fetcher] = []

    def shared_fetcher() -> Fetcher:
        nonlocal fetcher
        if fetcher is None:  # one fetcher for all specs: shared rate limit
            from ingest.net import Fetcher

            fetcher = Fetcher.from_environment()
            own.append(fetcher)
        return fetcher

    try:
        for spec in specs:
            lower = spec.lower()
            target = spec[len("feed:") :] if lower.startswith("feed:") else spec
            if is_url(target):
                yield from _read_network(spec, feed_state, shared_fetcher())
            elif lower.startswith("feed:"):
                yield from _read_local(target, feed_state, shared_fetcher, feed=True)
            elif spec == "-":
                yield _attempt(read_stdin)
            elif not lower.startswith("file:") and Path(spec).is_dir():
                yield from _read_folder(spec)
            else:
                yield from _read_local(spec, feed_state, shared_fetcher, feed=False)
    finally:
        for made in own:
            made.close()


def _read_local(
    spec: str,
    feed_state: FeedState | None,
    fetcher: Callable[[], Fetcher],
    *,
    feed: bool,
) -> Iterator[ArticleText | ReadError | ReadNotice]:
    """A local file (a path or ``file:`` URL): a saved feed when it is one or ``feed`` says so."""
    try:
        path = file_url_path(spec) if spec.lower().startswith("file:") else Path(spec)
        data = read_capped(path, spec)
        if feed or is_feed_document(data):
            response = feed_file_response(path, spec, data)
        else:
            yield _file_article(data, path, spec, None)
            return
    except ReadError as err:
        yield err
        return
    yield from _feed_with_report(spec, feed_state, fetcher(), response)


def _feed_with_report(
    spec: str, feed_state: FeedState | None, fetcher: Fetcher, response: Response | None
) -> Iterator[ArticleText | ReadError | ReadNotice]:
    """One feed's items, then the account of its entries (when the feed was read)."""
    from ingest.feeds import FeedReport, FeedState, read_feed

    report = FeedReport(spec, "", "info")
    state = feed_state or FeedState.default()
    yield from read_feed(spec, state, fetcher, response=response, report=report)
    if report.message:
        yield report


def _read_folder(spec: str) -> Iterator[ArticleText | ReadError]:
    files = list(iter_folder(Path(spec)))
    if not files:
        yield ReadError(spec, "folder has no .txt, .md, .html or .htm files")
    for file in files:
        yield _attempt(read_file, file)


def _attempt(reader, *args) -> ArticleText | ReadError:  # type: ignore[no-untyped-def]
    try:
        return reader(*args)
    except ReadError as err:
        return err


def _read_network(
    spec: str, feed_state: FeedState | None, fetcher: Fetcher
) -> Iterator[ArticleText | ReadError | ReadNotice]:
    if spec.lower().startswith("feed:"):
        yield from _feed_with_report(spec[len("feed:") :], feed_state, fetcher, None)
        return
    try:
        result = fetch_article(spec, fetcher)
    except ReadError as err:
        yield err
        return
    if isinstance(result, FetchedFeed):  # the URL turned out to be a feed
        yield from _feed_with_report(spec, feed_state, fetcher, result.response)
    else:
        yield result
