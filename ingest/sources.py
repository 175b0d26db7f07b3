"""Readers: turn source specs (files, folders, stdin, URLs, feeds) into articles.

A *spec* is one of

* a file path (``.txt``/``.md`` read as text, ``.html``/``.htm`` through
  :mod:`ingest.html`; other extensions are sniffed),
* a folder, read recursively (``.txt``, ``.md``, ``.html``, ``.htm``; sorted;
  hidden files and folders skipped),
* ``-`` for standard input (UTF-8 bytes),
* an ``http(s)://`` URL (fetched through :mod:`ingest.net`; a response that is
  an RSS/Atom feed is read as a feed),
* ``feed:`` + URL, an RSS/Atom feed (see :mod:`ingest.feeds`).

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
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ingest.document import ArticleText, ReadError
from ingest.net import max_body_bytes

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


def read_file(path: Path, source: str | None = None, url: str | None = None) -> ArticleText:
    """Read one text or HTML file; raises ReadError."""
    source = source or str(path)
    limit = max_body_bytes()
    try:
        if path.stat().st_size > limit:
            raise ReadError(
                source,
                f"file larger than {limit} bytes: too large (CLAIMGRAPH_MAX_BODY_BYTES)",
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise ReadError(source, "no such file or folder") from None
    except IsADirectoryError:
        raise ReadError(source, "is a folder, not a file") from None
    except OSError as exc:
        raise ReadError(source, f"cannot read ({exc.strerror or exc})") from None
    suffix = path.suffix.lower()
    html = True if suffix in HTML_SUFFIXES else (False if suffix in TEXT_SUFFIXES else None)
    return bytes_to_article(data, source, url, html=html)


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
    if response.kind == "xml":
        raise ReadError(source, f"XML that is not an RSS or Atom feed ({response.content_type})")
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
            raise ReadError(spec, "is an RSS or Atom feed, not a single article")
        if url:
            article.url = url
        return article
    path = Path(spec)
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
) -> Iterator[ArticleText | ReadError]:
    """Yield an article or a :class:`ReadError` for everything the specs name.

    Errors are yielded, not raised, and reading continues with the next item.
    ``feed_state`` remembers feed validators and seen URLs across runs (default:
    ``feeds.json`` in the data folder); ``fetcher`` is shared by all network
    reads so the per-host rate limit holds across specs.
    """
    own_fetcher: Fetcher | None = None
    try:
        for spec in specs:
            if spec.lower().startswith("feed:") or is_url(spec):
                if fetcher is None:  # one fetcher for all specs: shared rate limit
                    from ingest.net import Fetcher

                    fetcher = own_fetcher = Fetcher.from_environment()
                yield from _read_network(spec, feed_state, fetcher)
            elif spec == "-":
                yield _attempt(read_stdin)
            elif Path(spec).is_dir():
                yield from _read_folder(spec)
            else:
                yield _attempt(read_file, Path(spec), spec)
    finally:
        if own_fetcher is not None:
            own_fetcher.close()


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
) -> Iterator[ArticleText | ReadError]:
    # Imported here so reading local files never needs the network stack.
    from ingest.feeds import FeedState, read_feed

    if spec.lower().startswith("feed:"):
        state = feed_state or FeedState.default()
        yield from read_feed(spec[len("feed:") :], state, fetcher)
        return
    try:
        result = fetch_article(spec, fetcher)
    except ReadError as err:
        yield err
        return
    if isinstance(result, FetchedFeed):  # the URL turned out to be a feed
        state = feed_state or FeedState.default()
        yield from read_feed(spec, state, fetcher, response=result.response)
    else:
        yield result
