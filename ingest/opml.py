"""OPML subscription lists: read them safely, write the feed list as one.

Feed readers exchange subscriptions as OPML 1.0/2.0: a ``<body>`` of
``<outline>`` elements, nested in folders, each feed an outline with an
``xmlUrl``.  :func:`parse_opml` reads one with expat directly and the same
safety as feeds: a document type declaration (and so any entity declaration,
internal or external) refuses the file before anything else is read, so no
DTD is fetched and no entity expanded; the file is capped at
``CLAIMGRAPH_MAX_BODY_BYTES`` and at :data:`MAX_OUTLINES` outlines.
:func:`plan_import` decides, one line per outline, what importing does;
:func:`to_opml` writes a list of feed URLs as OPML 2.0.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path
from xml.parsers import expat
from xml.sax.saxutils import quoteattr

from ingest.document import ReadError

#: Outlines read from one file at most (folders included).
MAX_OUTLINES = 20_000


@dataclass(frozen=True, slots=True)
class Outline:
    """One ``<outline>`` that names a feed (or should: ``url`` may be empty)."""

    url: str  # the xmlUrl attribute, stripped ("" when missing)
    title: str  # text or title, for messages
    line: int  # where it is in the file


class _Refused(Exception):
    pass


def parse_opml(data: bytes, source: str) -> list[Outline]:
    """The feed outlines of an OPML document, in document order; raises ReadError.

    Outlines without ``xmlUrl`` that hold other outlines are folders and are
    walked; an outline with neither ``xmlUrl`` nor children is returned with
    an empty ``url`` so that it can be reported.
    """
    parser = expat.ParserCreate()
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    found: list[Outline] = []
    stack: list[tuple[Outline, bool]] = []  # open outlines; whether each has children
    root: list[str] = []
    count = 0

    def refuse_doctype(*_args: object) -> None:
        raise _Refused("it declares a DTD (OPML needs none; DTDs and entities are never read)")

    def start(name: str, attrs: dict[str, str]) -> None:
        nonlocal count
        if not root:
            root.append(name)
            if name.lower() != "opml":
                raise _Refused(f"not an OPML file (the root element is <{name}>)")
        if name != "outline":
            return
        count += 1
        if count > MAX_OUTLINES:
            raise _Refused(f"more than {MAX_OUTLINES} outlines")
        if stack:
            stack[-1] = (stack[-1][0], True)
        url = (attrs.get("xmlUrl") or attrs.get("xmlurl") or "").strip()
        title = (attrs.get("text") or attrs.get("title") or "").strip()
        stack.append((Outline(url, title, parser.CurrentLineNumber), False))

    def end(name: str) -> None:
        if name != "outline" or not stack:
            return
        outline, has_children = stack.pop()
        if outline.url or not has_children:
            found.append(outline)

    parser.StartDoctypeDeclHandler = refuse_doctype
    parser.EntityDeclHandler = refuse_doctype
    parser.ExternalEntityRefHandler = refuse_doctype  # type: ignore[assignment]
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    try:
        parser.Parse(data, True)
    except _Refused as exc:
        raise ReadError(source, str(exc)) from None
    except expat.ExpatError as exc:
        raise ReadError(
            source, f"not readable OPML (malformed XML: {expat.ErrorString(exc.code)} "
            f"at line {exc.lineno}, column {exc.offset})"
        ) from None  # fmt: skip
    if not root:
        raise ReadError(source, "not an OPML file (empty)")
    found.sort(key=lambda o: o.line)
    return found


def read_opml(path: Path, source: str) -> list[Outline]:
    """Read and parse an OPML file from disk (size-capped); raises ReadError."""
    from ingest.sources import read_capped

    return parse_opml(read_capped(path, source), source)


@dataclass(frozen=True, slots=True)
class ImportLine:
    """What importing one outline does: ``add`` it, or why it is ``skipped``."""

    outline: Outline
    action: str  # "add", "configured" (already on the list), "skip"
    reason: str = ""

    def message(self) -> str:
        """One line for the user."""
        where = f"line {self.outline.line}"
        name = self.outline.url or (f"outline {self.outline.title!r}" if self.outline.title else "")
        name = name or "outline"
        if self.action == "add":
            return f"added: {name}"
        if self.action == "configured":
            return f"already configured: {name}"
        return f"skipped: {name} ({where}): {self.reason}"


def plan_import(
    outlines: Iterable[Outline],
    configured: Iterable[str],
    reachable: Callable[[str], str | None],
) -> list[ImportLine]:
    """Decide, per outline, whether it is added, already configured or skipped (and why).

    ``reachable(url)`` returns why a feed URL cannot be polled (refused by the
    address guard, a host that does not resolve) or ``None``.
    """
    known = set(configured)
    first_line: dict[str, int] = {}
    plan = []
    for outline in outlines:
        url = outline.url
        if not url:
            plan.append(ImportLine(outline, "skip", "no xmlUrl: not a feed"))
        elif not url.lower().startswith(("http://", "https://")):
            plan.append(ImportLine(outline, "skip", "not an http or https URL"))
        elif url in first_line:
            plan.append(
                ImportLine(outline, "skip", f"listed twice (first at line {first_line[url]})")
            )
        elif url in known:
            first_line[url] = outline.line
            plan.append(ImportLine(outline, "configured"))
        else:
            first_line[url] = outline.line
            problem = reachable(url)
            if problem:
                plan.append(ImportLine(outline, "skip", f"unreachable: {problem}"))
            else:
                plan.append(ImportLine(outline, "add"))
    return plan


def to_opml(urls: Iterable[str], title: str = "ClaimGraph feeds") -> str:
    """The feed list as an OPML 2.0 document (one ``rss`` outline per feed)."""
    created = format_datetime(datetime.now(UTC), usegmt=True)
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<opml version="2.0">',
        "  <head>",
        f"    <title>{_text(title)}</title>",
        f"    <dateCreated>{created}</dateCreated>",
        "  </head>",
        "  <body>",
    ]
    for url in urls:
        lines.append(f'    <outline type="rss" text={quoteattr(url)} xmlUrl={quoteattr(url)}/>')
    lines += ["  </body>", "</opml>", ""]
    return "\n".join(lines)


def _text(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
