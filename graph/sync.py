"""Copy a whole graph from one store to another (``claimgraph sync``).

Works between any two :class:`~graph.store.GraphStore` backends because it
uses only the interface: :meth:`~graph.store.GraphStore.iter_all` on the
source and :meth:`~graph.store.GraphStore.apply` on the target.  Records are
upserted with ``replace=True``, so the target ends with the source's exact
properties and copying twice changes nothing (idempotent).  Records present
only in the target are left alone: sync adds and updates, it never deletes.
Events are not copied: they describe changes in the source, and a target
emits its own.
"""

from __future__ import annotations

from collections.abc import Callable

from graph.model import GraphBatch, Node, Relationship
from graph.store import GraphStore


def copy_store(
    source: GraphStore,
    target: GraphStore,
    batch_size: int = 1000,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Upsert every node, then every relationship, of ``source`` into ``target``.

    Each batch of ``batch_size`` records is one transaction on the target.
    Because :meth:`iter_all` yields all nodes before any relationship, every
    relationship's endpoints are already in the target when it arrives.
    ``progress`` is called with the running total after each batch.  Returns
    the number of records copied.
    """
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, got {batch_size}")
    copied = 0
    batch = GraphBatch(replace=True)

    def flush() -> None:
        nonlocal copied, batch
        if batch.is_empty():
            return
        target.apply(batch)
        copied += len(batch.nodes) + len(batch.relationships)
        batch = GraphBatch(replace=True)
        if progress is not None:
            progress(copied)

    for item in source.iter_all():
        if isinstance(item, Node):
            batch.nodes.append(item)
        elif isinstance(item, Relationship):
            batch.relationships.append(item)
        if len(batch.nodes) + len(batch.relationships) >= batch_size:
            flush()
    flush()
    return copied
