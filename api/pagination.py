"""Relay-style keyset cursors and page windows, independent of GraphQL types.

A cursor names a position in one list by the sort key of the item there
(for a list newest first, that item's date and id), never by an offset: the
next page starts right after that key, so items added or removed before or
after it (a feed ingested while an analyst pages) neither repeat nor go
missing.  A cursor also carries a tag of the list it belongs to (the field
and the arguments that define the list), so a cursor from another list is
refused instead of silently paging from a meaningless position.

Cursors are opaque to clients: base64 of ``[tag, key]`` as JSON.  They are
not signed: a hand-made cursor with a well-formed key of the right list just
names another position in it, which a client could reach by paging anyway.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from graph.store import newest_first_rank

T = TypeVar("T")

#: A position in a list: the sort key of an item (strings, numbers or null).
Key = tuple[Any, ...]

_MAX_KEY = 8  # no list is ordered by more than this many values
_MAX_CURSOR = 4096


class PageError(ValueError):
    """A ``first``/``after`` argument the API cannot honour (shown to the client)."""


def list_tag(*parts: object) -> str:
    """A short tag naming one list: the field and the arguments that define it."""
    raw = json.dumps([str(p) if p is not None else None for p in parts], sort_keys=True)
    return hashlib.sha256(raw.encode()).hexdigest()[:16]


def encode_cursor(tag: str, key: Key) -> str:
    raw = json.dumps([tag, list(key)], separators=(",", ":"), ensure_ascii=False)
    return base64.urlsafe_b64encode(raw.encode()).decode("ascii")


def decode_cursor(cursor: str, tag: str) -> Key:
    """The key a cursor of list ``tag`` names; :class:`PageError` for anything else."""
    try:
        if len(cursor) > _MAX_CURSOR:
            raise ValueError
        raw = json.loads(base64.urlsafe_b64decode(cursor.encode("ascii")).decode("utf-8"))
        cursor_tag, key = raw
        if not isinstance(cursor_tag, str) or not isinstance(key, list) or len(key) > _MAX_KEY:
            raise ValueError
        if not all(v is None or type(v) in (str, int) for v in key):
            raise ValueError
    except (binascii.Error, UnicodeError, ValueError, TypeError):
        shown = cursor if len(cursor) <= 64 else cursor[:64] + "..."
        raise PageError(f"invalid cursor {shown!r}") from None
    if cursor_tag != tag:
        raise PageError(
            "invalid cursor: it belongs to another list (a cursor pages only the field "
            "and arguments it came from)"
        )
    return tuple(key)


@dataclass(frozen=True, slots=True)
class Window:
    """Which part of an ordered list a connection asks for."""

    limit: int
    after: Key | None = None  # the key of the item to start after (None: the start)
    tag: str = ""  # the list this window pages (cursors are issued for it)


def window(
    first: int | None, after: str | None, max_page_size: int, tag: str = "", default: int = 20
) -> Window:
    """Validate ``first``/``after`` and turn them into a limit and a start key."""
    size = default if first is None else first
    if size < 0:
        raise PageError("first must not be negative")
    if size > max_page_size:
        raise PageError(f"first must be at most {max_page_size} (got {size})")
    return Window(limit=size, after=decode_cursor(after, tag) if after else None, tag=tag)


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    """One page of an ordered result plus what Relay's pageInfo needs."""

    items: Sequence[T]
    total: int
    keys: Sequence[Key] = field(default_factory=list)  # each item's sort key, for its cursor
    has_next: bool = False
    has_previous: bool = False
    tag: str = ""  # the list, for the items' cursors


def newest_first_key(date: str, item_id: str) -> Key:
    """The key of an item of a newest-first list (``""``: no date; ties by id)."""
    return (date, item_id)


def newest_first_position(key: Key) -> tuple[int, str, str]:
    """A newest-first key as a value that sorts in list order."""
    if len(key) != 2 or not isinstance(key[0], str) or not isinstance(key[1], str):
        raise PageError("invalid cursor: its position does not fit this list")
    return newest_first_rank(key[0], key[1])


def slice_page(
    items: Sequence[T],
    win: Window,
    key: Callable[[T], Key],
    position: Callable[[Key], Any] = lambda k: k,
) -> Page[T]:
    """Cut a page from a fully materialised list, ordered by ``position(key(item))``.

    The page starts at the first item after the window's key, so it is the
    same page whatever was added or removed before that key since.
    """
    start = 0
    if win.after is not None:
        try:
            cursor = position(win.after)
            start = next(
                (i for i, item in enumerate(items) if position(key(item)) > cursor), len(items)
            )
        except TypeError:  # a key of other types than this list's
            raise PageError("invalid cursor: its position does not fit this list") from None
    page = list(items[start : start + win.limit])
    return Page(
        items=page,
        total=len(items),
        keys=[key(item) for item in page],
        has_next=start + len(page) < len(items),
        has_previous=start > 0,
        tag=win.tag,
    )


def keyed_page(
    items: Sequence[T],
    total: int,
    win: Window,
    key: Callable[[T], Key],
    *,
    start: int | None = None,
) -> Page[T]:
    """A page the store cut (asked for one item more than the page, to know if more follow).

    ``start``: how many items precede the page, when known (else whether a
    cursor was given says if any do).
    """
    page = list(items[: win.limit])
    return Page(
        items=page,
        total=total,
        keys=[key(item) for item in page],
        has_next=len(items) > win.limit,
        has_previous=(win.after is not None) if start is None else start > 0,
        tag=win.tag,
    )
