"""Error policy: clients see clear messages, never internals.

Errors raised on purpose (``GraphQLError`` in a resolver, validation and
limit errors, and a :class:`api.pagination.PageError` for a cursor that
fits no position of its list) reach the client unchanged.  ``StoreUnavailable`` becomes the
fixed message ``store unavailable`` and any other ``StoreError`` ``store
error`` (their own messages name paths and hosts, so they are only logged).
Anything else is an unexpected bug: it is logged with its traceback and the
client sees ``Unexpected error.``.
"""

from __future__ import annotations

import logging

from graphql import GraphQLError
from strawberry.extensions import MaskErrors

from api.pagination import PageError
from graph.store import StoreError, StoreUnavailable

log = logging.getLogger("claimgraph.api")

STORE_UNAVAILABLE = "store unavailable"
STORE_FAILED = "store error"


def _unexpected(error: GraphQLError) -> bool:
    original = error.original_error
    return original is not None and not isinstance(original, GraphQLError)


class PublicErrors(MaskErrors):
    """:class:`MaskErrors` that also logs what it hides and names store outages."""

    def __init__(self) -> None:
        super().__init__(should_mask_error=_unexpected, error_message="Unexpected error.")

    def anonymise_error(self, error: GraphQLError) -> GraphQLError:
        original = error.original_error
        if isinstance(original, PageError):  # a cursor the read model could not place
            return GraphQLError(
                str(original),
                nodes=error.nodes,
                path=error.path,
                extensions={"code": "BAD_USER_INPUT"},
            )
        if isinstance(original, StoreUnavailable):
            log.warning("store unavailable: %s", original)
            return GraphQLError(
                STORE_UNAVAILABLE,
                nodes=error.nodes,
                path=error.path,
                extensions={"code": "STORE_UNAVAILABLE"},
            )
        if isinstance(original, StoreError):
            # Store messages name paths and hosts: log them, show a fixed line.
            log.error("store error: %s", original)
            return GraphQLError(
                STORE_FAILED, nodes=error.nodes, path=error.path, extensions={"code": "STORE_ERROR"}
            )
        log.error(
            "unexpected error in %s",
            ".".join(str(p) for p in error.path or []) or "operation",
            exc_info=(type(original), original, original.__traceback__) if original else None,
        )
        masked = super().anonymise_error(error)
        masked.extensions = {"code": "INTERNAL_SERVER_ERROR"}
        return masked
