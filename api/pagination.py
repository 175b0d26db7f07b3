"""Relay-style cursors and page windows, independent of GraphQL types.

Cursors are opaque to clients but are simply the base64 of an offset into a
stable ordering; the read model (:mod:`api.queries`) always returns lists in
a deterministic order so an offset names the same position on every call.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")

_PREFIX = "offset:"


class PageError(ValueError):
    """A ``first``/``after`` argument the API cannot honour (shown to the client)."""


def encode_cursor(offset: int) -> str:
    return base64.urlsafe_b64encode(f"{_PREFIX}{offset}".encode()).decode("ascii")


def decode_cursor(cursor: str) -> int:
    """The offset a cursor names; :class:`PageError` for anything else."""
    try:
        raw = base64.urlsafe_b64decode(cursor.encode("ascii")).decode("utf-8")
    except (binascii.Error, UnicodeError, ValueError):
        raise PageError(f"invalid cursor {cursor!r}") from None
    if not raw.startswith(_PREFIX) or not raw[len(_PREFIX) :].isdigit():
        raise PageError(f"invalid cursor {cursor!r}")
    return int(raw[len(_PREFIX) :])


@dataclass(frozen=True, slots=True)
class Window:
    """Which slice of an ordered list a connection asks for."""

    offset: int
    limit: int


def window(first: int | None, after: str | None, max_page_size: int, default: int = 20) -> Window:
    """Validate ``first``/``after`` and turn them into an offset and limit."""
    size = default if first is None else first
    if size < 0:
        raise PageError("first must not be negative")
    if size > max_page_size:
        raise PageError(f"first must be at most {max_page_size} (got {size})")
    start = decode_cursor(after) + 1 if after else 0
    return Window(offset=start, limit=size)


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    """One page of an ordered result plus what Relay's pageInfo needs."""

    items: Sequence[T]
    offset: int
    total: int

    @property
    def has_next(self) -> bool:
        return self.offset + len(self.items) < self.total

    @property
    def has_previous(self) -> bool:
        return self.offset > 0


def slice_page(items: Sequence[T], win: Window) -> Page[T]:
    """Cut a page from a fully materialised, already ordered list."""
    return Page(
        items=list(items[win.offset : win.offset + win.limit]), offset=win.offset, total=len(items)
    )
