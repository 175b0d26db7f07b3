"""The typed errors a mutation returns in its result union (never a GraphQL error)."""

from __future__ import annotations

import strawberry


@strawberry.type(description="The record named by an argument does not exist.")
class NotFoundError:
    message: str
    id: str


@strawberry.type(description="An argument was missing, malformed or not applicable.")
class InvalidInputError:
    message: str
    field: str | None = None


@strawberry.type(description="The article could not be read or stored.")
class IngestFailedError:
    message: str
    source: str
