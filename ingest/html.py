"""HTML pages -> main article text plus metadata, via trafilatura.

trafilatura finds the main content and drops boilerplate (navigation,
subscribe boxes, share widgets, footers, author blurbs).  This module adds
what it does not do for us:

* guards against hostile input: huge pages are refused, ``<script>``/
  ``<style>`` bodies are cut out before parsing (they can be megabytes and are
  never article text) and absurdly deep nesting is refused before lxml sees it;
* metadata that trafilatura does not report: ``<link rel=canonical>`` /
  ``og:url``, ``<html lang>``, ``og:site_name``;
* ``republished_from``: an "Originally published at <url>" style line, or a
  canonical URL on another site than the page itself.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urljoin, urlsplit

from ingest.document import ArticleText, ReadError

# Pages larger than this are not articles; refusing keeps extraction bounded.
DEFAULT_MAX_HTML_CHARS = 10_000_000
# Deeper element nesting than this is refused (real pages stay well below 100).
MAX_NESTING_DEPTH = 400
# More elements than this are refused: trafilatura's time grows faster than
# linearly (measured: 20k paragraphs ~4 s, 100k ~100 s); news pages have a few
# thousand.
DEFAULT_MAX_HTML_ELEMENTS = 40_000
# Metadata tags are read from the head only; this bounds the regex scans.
_HEAD_SCAN_CHARS = 200_000

_RAW_TEXT_TAGS = ("script", "style", "noscript", "template")

_REPUBLISHED_RE = re.compile(
    r"(?:originally\s+(?:published|appeared|posted)\s+(?:at|on|in|by)?"
    r"|republished\s+(?:from|with\s+permission\s+from)"
    r"|first\s+(?:published|appeared)\s+(?:at|on|in)"
    r"|^\s*source\s*:)"
    r"[^\n]{0,120}?(https?://[^\s<>\"')\]]+)",
    re.IGNORECASE | re.MULTILINE,
)


@dataclass(slots=True)
class HeadMetadata:
    """Metadata read directly from the page head (trafilatura does not expose these)."""

    canonical: str | None = None
    og_url: str | None = None
    site_name: str | None = None
    language: str | None = None
    published: str | None = None  # a full timestamp; trafilatura keeps only the date


def max_html_chars() -> int:
    """The HTML size limit (``CLAIMGRAPH_MAX_HTML_CHARS``, default 10 million)."""
    value = os.environ.get("CLAIMGRAPH_MAX_HTML_CHARS", "")
    return int(value) if value.strip().isdigit() else DEFAULT_MAX_HTML_CHARS


def max_html_elements() -> int:
    """The element-count limit (``CLAIMGRAPH_MAX_HTML_ELEMENTS``, default 40,000)."""
    value = os.environ.get("CLAIMGRAPH_MAX_HTML_ELEMENTS", "")
    return int(value) if value.strip().isdigit() else DEFAULT_MAX_HTML_ELEMENTS


_OPEN_TAG_RE = re.compile(r"<[a-zA-Z]")


def count_elements(html: str) -> int:
    """Approximate number of elements: opening tags."""
    return len(_OPEN_TAG_RE.findall(html))


def strip_raw_text_elements(html: str) -> str:
    """Remove the bodies of script/style/noscript/template elements.

    A linear scan with ``str.find`` rather than a regex: a regex with a lazy
    ``.*?`` goes quadratic on many unclosed ``<script`` tags.
    """
    lower = html.lower()
    out: list[str] = []
    pos = 0
    while True:
        start = _find_open_tag(lower, pos)
        if start is None:
            out.append(html[pos:])
            return "".join(out)
        tag_start, tag = start
        out.append(html[pos:tag_start])
        close = lower.find(f"</{tag}", tag_start)
        if close == -1:  # unclosed: everything after it is script, drop it
            return "".join(out)
        end = lower.find(">", close)
        pos = len(html) if end == -1 else end + 1


def _find_open_tag(lower: str, pos: int) -> tuple[int, str] | None:
    best: tuple[int, str] | None = None
    for tag in _RAW_TEXT_TAGS:
        idx = pos
        while True:
            idx = lower.find(f"<{tag}", idx)
            if idx == -1:
                break
            after = lower[idx + len(tag) + 1 : idx + len(tag) + 2]
            if after in ("", ">", "/") or after.isspace():
                if best is None or idx < best[0]:
                    best = (idx, tag)
                break
            idx += 1
    return best


_TAG_RE = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(/?)>")
# Elements not counted: void elements never have children, and <p>/<li> are
# often left unclosed, which would inflate the count on ordinary pages.
_NOT_COUNTED = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param"}
    | {"source", "track", "wbr", "p", "li"}
)


def nesting_depth(html: str, limit: int = MAX_NESTING_DEPTH) -> int:
    """Approximate element nesting depth, stopping early once ``limit`` is passed."""
    depth = peak = 0
    for match in _TAG_RE.finditer(html):
        closing, name, selfclosing = match.groups()
        name = name.lower()
        if name in _NOT_COUNTED or selfclosing:
            continue
        if closing:
            depth = max(0, depth - 1)
        else:
            depth += 1
            if depth > peak:
                peak = depth
                if peak > limit:
                    return peak
    return peak


def _attr(tag: str, name: str) -> str | None:
    match = re.search(rf"\b{name}\s*=\s*(\"([^\"]*)\"|'([^']*)'|([^\s>]+))", tag, re.IGNORECASE)
    if not match:
        return None
    value = match.group(2) or match.group(3) or match.group(4) or ""
    return value.strip() or None


_PUBLISHED_KEYS = frozenset(
    {"article:published_time", "og:published_time", "datepublished", "pubdate"}
)


def _iso_timestamp(value: str | None) -> str | None:
    """``value`` as ISO-8601 when it parses as one (a trailing Z accepted)."""
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00")).isoformat()
    except ValueError:
        return None


def read_head_metadata(html: str) -> HeadMetadata:
    """Canonical link, og:url, og:site_name and <html lang> from the start of the page."""
    head = html[:_HEAD_SCAN_CHARS]
    meta = HeadMetadata()
    for tag in re.findall(r"<link\b[^>]*>", head, re.IGNORECASE):
        rel = (_attr(tag, "rel") or "").lower().split()
        if "canonical" in rel and meta.canonical is None:
            meta.canonical = _attr(tag, "href")
    for tag in re.findall(r"<meta\b[^>]*>", head, re.IGNORECASE):
        key = (_attr(tag, "property") or _attr(tag, "name") or "").lower()
        if key == "og:url" and meta.og_url is None:
            meta.og_url = _attr(tag, "content")
        elif key == "og:site_name" and meta.site_name is None:
            meta.site_name = _attr(tag, "content")
        elif key in _PUBLISHED_KEYS and meta.published is None:
            meta.published = _iso_timestamp(_attr(tag, "content"))
    html_tag = re.search(r"<html\b[^>]*>", head, re.IGNORECASE)
    if html_tag:
        lang = _attr(html_tag.group(0), "lang") or _attr(html_tag.group(0), "xml:lang")
        if lang:
            meta.language = lang.split("-")[0].split("_")[0].lower()
    return meta


def find_republished_from(text: str) -> str | None:
    """The URL in an "Originally published at <url>" / "Source: <url>" line, if any."""
    match = _REPUBLISHED_RE.search(text)
    if not match:
        return None
    return match.group(1).rstrip(".,;:")


def _absolute(base: str | None, href: str | None) -> str | None:
    if not href:
        return None
    if base:
        href = urljoin(base, href)
    return href if urlsplit(href).scheme in ("http", "https") else None


def _host(url: str | None) -> str:
    host = (urlsplit(url).hostname or "") if url else ""
    return host.removeprefix("www.")


_META_CHARSET_RE = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([a-zA-Z0-9_.:-]+)", re.I)


def decode_html(data: bytes, source: str) -> str:
    """Decode an HTML file: UTF-8 (BOM dropped), else the charset its <meta> declares.

    Binary data, or bytes valid in neither, raise :class:`ReadError`.
    """
    from ingest.sources import decode_text

    try:
        return decode_text(data, source)
    except ReadError as err:
        declared = _META_CHARSET_RE.search(data[:4096])
        if "UTF-8" not in err.reason or not declared:
            raise
        try:
            return data.decode(declared.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            raise err from None


def html_to_article(html: str, source: str, url: str | None = None) -> ArticleText:
    """Extract the main text and metadata of an HTML page.

    ``source`` names the page in messages; ``url`` is where it was fetched
    from (used to resolve relative links and to judge republication).
    Raises :class:`ReadError` when the page is too large, too deeply nested
    or has no article text.
    """
    import trafilatura  # imported lazily: it loads a lot at import time

    limit = max_html_chars()
    if len(html) > limit:
        raise ReadError(source, f"HTML page larger than {limit} characters")
    cleaned = strip_raw_text_elements(html)
    if nesting_depth(cleaned) > MAX_NESTING_DEPTH:
        raise ReadError(source, f"HTML nested deeper than {MAX_NESTING_DEPTH} elements")
    max_elements = max_html_elements()
    if count_elements(cleaned) > max_elements:
        raise ReadError(source, f"HTML page has more than {max_elements} elements")
    head = read_head_metadata(cleaned)
    try:
        doc = trafilatura.bare_extraction(
            cleaned,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            favor_precision=True,
            # Only dates the page states (meta tags, <time>, URL); the default
            # extensive search guesses one from any year in the text ("AIME 2025").
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # trafilatura/lxml raise many types on hostile input
        raise ReadError(source, f"could not parse HTML ({type(exc).__name__})") from exc
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:
        raise ReadError(source, "empty article (no main text found in the HTML)")

    canonical = _absolute(url, head.canonical) or _absolute(url, head.og_url)
    if canonical is None:
        canonical = _absolute(url, getattr(doc, "url", None))
    republished = find_republished_from(text)
    if republished is None and canonical and url and _host(canonical) != _host(url):
        republished = canonical
    language = head.language or getattr(doc, "language", None)
    return ArticleText(
        text=text,
        source=source,
        url=url,
        canonical_url=canonical or url,
        title=getattr(doc, "title", None) or None,
        outlet=head.site_name or getattr(doc, "sitename", None) or None,
        published_at=head.published or getattr(doc, "date", None) or None,
        language=language or None,
        republished_from=republished,
    )


_BLOCK_TAGS = frozenset(
    {"p", "div", "li", "ul", "ol", "blockquote", "pre", "table", "tr", "section", "article"}
    | {"h1", "h2", "h3", "h4", "h5", "h6", "figure", "figcaption"}
)


def html_fragment_to_text(fragment: str) -> str:
    """Plain text of a small HTML fragment (a feed entry's summary or content).

    Block elements become paragraphs (blank lines), ``<br>`` a line break.
    """
    import lxml.html

    cleaned = strip_raw_text_elements(fragment)
    if not cleaned.strip():
        return ""
    if nesting_depth(cleaned) > MAX_NESTING_DEPTH:
        return ""
    try:
        root = lxml.html.fragment_fromstring(cleaned, create_parent="div")
    except Exception:  # lxml raises several types on junk; such a fragment is unusable
        return ""
    for element in root.iter():
        if element.tag in _BLOCK_TAGS:
            element.tail = "\n\n" + (element.tail or "")
        elif element.tag == "br":
            element.tail = "\n" + (element.tail or "")
    lines = [re.sub(r"\s+", " ", line).strip() for line in root.text_content().split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
