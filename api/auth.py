"""API-key checks for mutations.

When ``CLAIMGRAPH_API_KEY`` is set, a mutation needs ``Authorization: Bearer
<key>`` or ``X-API-Key: <key>``.  Keys are compared in constant time and
never logged or echoed back.
"""

from __future__ import annotations

import hmac
from collections.abc import Mapping
from typing import Any

from strawberry.permission import BasePermission
from strawberry.types import Info

UNAUTHENTICATED = (
    "authentication required: send 'Authorization: Bearer <key>' or 'X-API-Key: <key>'"
)


def presented_key(headers: Mapping[str, str]) -> str | None:
    """The key a request carries, if any."""
    auth = headers.get("authorization", "")
    scheme, _, token = auth.partition(" ")
    if scheme.lower() == "bearer" and token.strip():
        return token.strip()
    key = headers.get("x-api-key", "").strip()
    return key or None


def key_matches(expected: str | None, headers: Mapping[str, str]) -> bool:
    """True when no key is configured or the request carries the right one."""
    if not expected:
        return True
    given = presented_key(headers)
    return given is not None and hmac.compare_digest(given.encode(), expected.encode())


class RequireApiKey(BasePermission):
    """Strawberry permission: the request must carry the configured API key."""

    message = UNAUTHENTICATED
    error_extensions = {"code": "UNAUTHENTICATED"}  # noqa: RUF012 - strawberry reads a class attribute

    def has_permission(self, source: Any, info: Info, **kwargs: Any) -> bool:
        request = info.context.request
        headers = getattr(request, "headers", {}) or {}
        return key_matches(info.context.settings.api_key, headers)
