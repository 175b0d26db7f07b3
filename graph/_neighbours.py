"""Ordered neighbour indexes of the in-memory graph (hub pages in O(log n + page)).

A :class:`NeighbourIndex` holds, for one *anchor* node and one :data:`Spec`
(paths of relationship steps, order keys, label), the nodes reachable from
the anchor along any of the paths, sorted newest first by the order keys
(see :meth:`graph.store.GraphStore.neighbours_page`).  ``graph/_memgraph.py``
builds one lazily, on the first page asked of a node with many
relationships, and then keeps it current: every relationship added or removed
and every node whose order key or label changes updates it in O(log n).

A node may be reachable along several walks (two ABOUT relationships, or
two disputed claims of one claimant): the index counts the walks, and the
node leaves the order only when its count drops to zero.

The rank of a member is one tuple ``(inverted date, id)`` so that a single
ascending :class:`SortedList` gives "date descending, id ascending, undated
last": the date's UTF-8 bytes (whose order is the characters' order) are
mirrored (``b -> 254 - b``) and a terminator 255, greater than any mirrored
byte, is appended, so that a date sorts before its own prefixes, as it must
in descending order; undated members rank ``b"\xff"``, after every date.
Bytes rather than mirrored characters: a third of the memory.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sortedcontainers import SortedList

# one step of a path: (relationship type, direction relative to the current node)
Step = tuple[str, str]
Path = tuple[Step, ...]
# what an index answers: paths from the anchor, order keys, label (None: any)
Spec = tuple[tuple[Path, ...], tuple[str, ...], str | None]
Rank = tuple[bytes, str]

# UTF-8 never contains the byte 255, so 254 - b stays in 0..254 and 255 ends a date.
_MIRROR = bytes(254 - b if b <= 254 else 0 for b in range(256))
_TERM = b"\xff"
_UNDATED = b"\xff"  # after every mirrored date (their first byte is at most 254)


def order_value(props: Mapping[str, Any], keys: Sequence[str]) -> str:
    """The first present, non-empty string among ``keys`` ("" when none)."""
    for key in keys:
        value = props.get(key)
        if isinstance(value, str) and value:
            return value
    return ""


def _mirror(value: str) -> bytes:
    return value.encode("utf-8", "surrogatepass").translate(_MIRROR) + _TERM


def rank(node_id: str, value: str) -> Rank:
    """Sort key: ascending ranks are newest first, ties by id, undated (``""``) last."""
    return (_mirror(value) if value else _UNDATED, node_id)


def check_spec(paths: Sequence[Sequence[Step]]) -> tuple[Path, ...]:
    """The paths as tuples; each has one or two steps, the two of different types."""
    out = []
    for path in paths:
        steps = tuple((str(t), str(d)) for t, d in path)
        if not 1 <= len(steps) <= 2:
            raise ValueError(f"a path has one or two steps, got {len(steps)}")
        if len(steps) == 2 and steps[0][0] == steps[1][0]:
            # a walk could then use one relationship twice; no query needs that
            raise ValueError("the two steps of a path must follow different relationship types")
        for _, direction in steps:
            if direction not in ("out", "in", "both"):
                raise ValueError(f"direction must be 'out', 'in' or 'both', got {direction!r}")
        out.append(steps)
    return tuple(out)


class NeighbourIndex:
    """The members reachable from one anchor, with walk counts, in rank order."""

    __slots__ = ("extra", "members", "order")

    def __init__(self) -> None:
        self.members: dict[str, Rank | None] = {}  # id -> rank (None: not listed)
        self.extra: dict[str, int] = {}  # walk counts above 1 (most members have one)
        self.order: SortedList = SortedList()

    @classmethod
    def built(cls, counts: Mapping[str, int], ranks: dict[str, Rank | None]) -> NeighbourIndex:
        """An index of ``counts`` (id -> walks) at once, sorting once."""
        index = cls()
        index.members = ranks
        index.extra = {m: n for m, n in counts.items() if n > 1}
        index.order = SortedList(r for r in ranks.values() if r is not None)
        return index

    def add(self, member: str, member_rank: Rank | None) -> None:
        """One more walk reaches ``member``."""
        if member in self.members:
            self.extra[member] = self.extra.get(member, 1) + 1
            return
        self.members[member] = member_rank
        if member_rank is not None:
            self.order.add(member_rank)

    def remove(self, member: str) -> None:
        """One walk to ``member`` fewer; it leaves with its last."""
        if member not in self.members:
            return
        walks = self.extra.get(member, 1) - 1
        if walks > 1:
            self.extra[member] = walks
        elif walks == 1:
            del self.extra[member]
        else:
            old = self.members.pop(member)
            if old is not None:
                self.order.remove(old)

    def rerank(self, member: str, member_rank: Rank | None) -> None:
        if member not in self.members:
            return
        old = self.members[member]
        if old == member_rank:
            return
        if old is not None:
            self.order.remove(old)
        self.members[member] = member_rank
        if member_rank is not None:
            self.order.add(member_rank)

    def page(self, offset: int, limit: int, after: Rank | None = None) -> list[str]:
        """Ids ``[offset:offset+limit]`` of the order, counted from just after ``after``."""
        if after is not None:
            offset += self.order.bisect_right(after)
        return [r[1] for r in self.order.islice(offset, offset + limit)]

    def __len__(self) -> int:
        return len(self.order)
