"""Per-request GraphQL context: the store, settings and batching DataLoaders.

Store calls are synchronous (the backends are); they run on a small thread
pool so a slow store never blocks the event loop and request timeouts can
fire.  Two DataLoaders batch every neighbour lookup made while resolving one
level of a query:

- ``nodes``: node id -> :class:`Node` (one ``get_nodes`` per batch);
- ``rels``: node id -> all its relationships, both directions (one
  ``relationships_of`` per batch).

Every object field is built from those two, so a page of N claims with their
claimants and articles costs the same handful of store calls for any N.
"""

from __future__ import annotations

import asyncio
import functools
from collections import defaultdict
from collections.abc import Callable, Sequence
from concurrent.futures import Executor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from strawberry.dataloader import DataLoader

from api.settings import Settings
from graph.model import Node, Relationship
from graph.store import GraphStore

if TYPE_CHECKING:
    from api.admission import Admission
    from api.events import EventHub
    from api.services import Services

T = TypeVar("T")


@dataclass(slots=True)
class AppState:
    """What lives as long as the server: shared by every request."""

    store: GraphStore
    settings: Settings
    executor: Executor
    services: Services
    hub: EventHub | None = None
    admission: Admission | None = None  # HTTP slots and queue (api/admission.py)

    async def run(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run a blocking store function on the store thread pool."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self.executor, functools.partial(fn, *args, **kwargs))


@dataclass(slots=True)
class Context:
    """``info.context`` of every resolver."""

    app: AppState
    request: Any = None
    response: Any = None
    nodes: DataLoader[str, Node | None] = field(init=False)
    rels: DataLoader[str, list[Relationship]] = field(init=False)

    def __post_init__(self) -> None:
        self.nodes = DataLoader(load_fn=self._load_nodes)
        self.rels = DataLoader(load_fn=self._load_rels)

    @property
    def store(self) -> GraphStore:
        return self.app.store

    @property
    def settings(self) -> Settings:
        return self.app.settings

    async def run(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        return await self.app.run(fn, *args, **kwargs)

    async def _load_nodes(self, ids: Sequence[str]) -> list[Node | None]:
        return await self.run(self.store.get_nodes, list(ids))

    async def _load_rels(self, ids: Sequence[str]) -> list[list[Relationship]]:
        found = await self.run(self.store.relationships_of, list(ids))
        wanted = set(ids)
        per_node: dict[str, list[Relationship]] = defaultdict(list)
        for rel in found:
            if rel.source in wanted:
                per_node[rel.source].append(rel)
            if rel.target in wanted and rel.target != rel.source:
                per_node[rel.target].append(rel)
        return [per_node.get(i, []) for i in ids]

    async def node(self, node_id: str | None) -> Node | None:
        return await self.nodes.load(node_id) if node_id else None

    async def nodes_of(self, ids: Sequence[str]) -> list[Node]:
        """The existing nodes among ``ids``, order kept (missing ones dropped)."""
        found = await self.nodes.load_many(list(ids))
        return [n for n in found if n is not None]

    async def neighbours(
        self, node_id: str, rel_type: str, direction: str
    ) -> list[tuple[Relationship, str]]:
        """(relationship, other end id) pairs of one type and direction."""
        out = []
        for rel in await self.rels.load(node_id):
            if rel.type != rel_type:
                continue
            if direction in ("out", "both") and rel.source == node_id:
                out.append((rel, rel.target))
            elif direction in ("in", "both") and rel.target == node_id:
                out.append((rel, rel.source))
        return out
