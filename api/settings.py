"""Server settings, read once from ``CLAIMGRAPH_*`` environment variables.

=================================  =========  ==============================================
Variable                           Default    Meaning
=================================  =========  ==============================================
``CLAIMGRAPH_API_KEY``             (unset)    When set, mutations need ``Authorization:
                                              Bearer <key>`` or ``X-API-Key: <key>``.
``CLAIMGRAPH_CORS_ORIGINS``        (unset)    Comma-separated origins allowed by CORS
                                              (``*`` for any); unset disables CORS.
``CLAIMGRAPH_INTROSPECTION``       ``true``   ``false`` disables schema introspection.
``CLAIMGRAPH_GRAPHIQL``            ``true``   ``false`` stops serving GraphiQL at /graphql.
``CLAIMGRAPH_MAX_DEPTH``           ``12``     Deepest selection nesting a query may have.
``CLAIMGRAPH_MAX_TOKENS``          ``2000``   Most lexical tokens one query document may have.
``CLAIMGRAPH_MAX_ALIASES``         ``30``     Most field aliases one query may use.
``CLAIMGRAPH_MAX_PAGE_SIZE``       ``100``    Largest ``first`` a connection accepts.
``CLAIMGRAPH_MAX_COST``            ``50000``  Most fields one query may resolve in the
                                              worst case (page sizes multiply; api/cost.py).
``CLAIMGRAPH_REQUEST_TIMEOUT``     ``10``     Seconds one GraphQL operation may run.
``CLAIMGRAPH_ANALYTICS_SECONDS``   ``5``      Least seconds between two analytics rebuilds;
                                              analytics may lag writes by about this.
``CLAIMGRAPH_ANALYTICS_WARMUP``    ``true``   ``serve`` builds the analytics graph at start;
                                              ``/readyz`` says 503 "warming up" until built.
``CLAIMGRAPH_MAX_CONCURRENT_REQUESTS`` ``16`` HTTP requests at work at once; more wait.
``CLAIMGRAPH_MAX_QUEUED_REQUESTS`` ``256``    Requests that may wait for a slot; beyond,
                                              503 "busy" with Retry-After at once.
``CLAIMGRAPH_QUEUE_SECONDS``       ``10``     Longest wait for a slot before 503 "busy".
``CLAIMGRAPH_STORE_THREADS``       ``4``      Threads running store calls for requests.
``CLAIMGRAPH_MAX_REQUEST_BYTES``   ``4194304`` Largest HTTP request body (413 above).
``CLAIMGRAPH_EVENT_POLL_SECONDS``  ``0.5``    How often the store's event log is polled
                                              for subscriptions.
``CLAIMGRAPH_FEED_POLL_SECONDS``   ``900``    How often ``--poll-feeds`` reads the feeds.
``CLAIMGRAPH_FEED_STATE``          (unset)    The feed list file; default ``feeds.json``
                                              in the embedded store's directory.
``CLAIMGRAPH_PUBLIC_URL``          (unset)    Base URL used for self links in Atom feeds;
                                              defaults to the request's own URL.
``CLAIMGRAPH_LOG_LEVEL``           ``INFO``   Level of the server's JSON-lines logs.
=================================  =========  ==============================================
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass


class SettingsError(ValueError):
    """An environment variable with a value that cannot be used."""


def _bool(env: Mapping[str, str], name: str, default: bool) -> bool:
    raw = env.get(name)
    if raw is None or raw.strip() == "":
        return default
    value = raw.strip().lower()
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off"}:
        return False
    raise SettingsError(f"{name} must be true or false, got {raw!r}")


def _number(env: Mapping[str, str], name: str, default: float, cast: type = float) -> float:
    raw = env.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = cast(raw)
    except ValueError:
        raise SettingsError(f"{name} must be a number, got {raw!r}") from None
    if value <= 0:
        raise SettingsError(f"{name} must be positive, got {raw!r}")
    return value


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything configurable about the API server (see the module table)."""

    api_key: str | None = None
    cors_origins: tuple[str, ...] = ()
    introspection: bool = True
    graphiql: bool = True
    max_depth: int = 12
    max_tokens: int = 2000
    max_aliases: int = 30
    max_page_size: int = 100
    max_cost: int = 50_000
    request_timeout: float = 10.0
    analytics_refresh_seconds: float = 5.0
    analytics_warmup: bool = True
    max_concurrent_requests: int = 16
    max_queued_requests: int = 256
    queue_seconds: float = 10.0
    store_threads: int = 4
    max_request_bytes: int = 4 * 1024 * 1024
    event_poll_seconds: float = 0.5
    feed_poll_seconds: float = 900.0
    feed_state: str | None = None
    public_url: str | None = None
    log_level: str = "INFO"

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        """Read the settings; raises :class:`SettingsError` with one clear line."""
        env = os.environ if env is None else env
        origins = tuple(
            o.strip() for o in env.get("CLAIMGRAPH_CORS_ORIGINS", "").split(",") if o.strip()
        )
        return cls(
            api_key=env.get("CLAIMGRAPH_API_KEY") or None,
            cors_origins=origins,
            introspection=_bool(env, "CLAIMGRAPH_INTROSPECTION", True),
            graphiql=_bool(env, "CLAIMGRAPH_GRAPHIQL", True),
            max_depth=int(_number(env, "CLAIMGRAPH_MAX_DEPTH", 12, int)),
            max_tokens=int(_number(env, "CLAIMGRAPH_MAX_TOKENS", 2000, int)),
            max_aliases=int(_number(env, "CLAIMGRAPH_MAX_ALIASES", 30, int)),
            max_page_size=int(_number(env, "CLAIMGRAPH_MAX_PAGE_SIZE", 100, int)),
            max_cost=int(_number(env, "CLAIMGRAPH_MAX_COST", 50_000, int)),
            request_timeout=_number(env, "CLAIMGRAPH_REQUEST_TIMEOUT", 10.0),
            analytics_refresh_seconds=_number(env, "CLAIMGRAPH_ANALYTICS_SECONDS", 5.0),
            analytics_warmup=_bool(env, "CLAIMGRAPH_ANALYTICS_WARMUP", True),
            max_concurrent_requests=int(
                _number(env, "CLAIMGRAPH_MAX_CONCURRENT_REQUESTS", 16, int)
            ),
            max_queued_requests=int(_number(env, "CLAIMGRAPH_MAX_QUEUED_REQUESTS", 256, int)),
            queue_seconds=_number(env, "CLAIMGRAPH_QUEUE_SECONDS", 10.0),
            store_threads=int(_number(env, "CLAIMGRAPH_STORE_THREADS", 4, int)),
            max_request_bytes=int(
                _number(env, "CLAIMGRAPH_MAX_REQUEST_BYTES", 4 * 1024 * 1024, int)
            ),
            event_poll_seconds=_number(env, "CLAIMGRAPH_EVENT_POLL_SECONDS", 0.5),
            feed_poll_seconds=_number(env, "CLAIMGRAPH_FEED_POLL_SECONDS", 900.0),
            feed_state=env.get("CLAIMGRAPH_FEED_STATE") or None,
            public_url=(env.get("CLAIMGRAPH_PUBLIC_URL") or "").rstrip("/") or None,
            log_level=(env.get("CLAIMGRAPH_LOG_LEVEL") or "INFO").upper(),
        )

    def __repr__(self) -> str:  # never show the key, even in debug output
        return f"Settings(api_key={'***' if self.api_key else None}, ...)"
