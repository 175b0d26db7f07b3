"""The ASGI application: GraphQL (HTTP + websockets), health, Atom feeds.

Routes:

- ``/graphql``: GraphQL over HTTP (POST, and GET for queries only), GraphiQL
  for browsers, subscriptions over websockets (graphql-transport-ws);
- ``/healthz``: the process is up; ``/readyz``: the store answers;
- ``/feeds/disputes.atom`` (``?entity=``): disputes as an Atom feed;
- ``/`` and the other pages of :mod:`api.web`: the dispute explorer, static
  assets, and the Neo4j Browser style and guide.

Background tasks live in the app's lifespan: the event hub feeding
subscriptions, with ``warm_analytics`` the first analytics build, and with
``poll_feeds`` the RSS/Atom feed poller.

Under load: HTTP requests pass admission control (:mod:`api.admission`: a
bounded number at work, a bounded queue, then 503 "busy" with Retry-After);
request store calls run on ``CLAIMGRAPH_STORE_THREADS`` threads, while the
event hub has a thread of its own, so subscriptions never wait behind
queries.  Websocket messages are sent uncompressed: they are small, and
compressing each one for each subscriber costs more CPU than it saves.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import sys
from collections.abc import AsyncIterator, Callable
from concurrent.futures import ThreadPoolExecutor
from contextvars import ContextVar
from typing import Any

import uvicorn
from cross_web import HTTPException
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route, WebSocketRoute
from strawberry.asgi import GraphQL
from strawberry.schema.exceptions import InvalidOperationTypeError
from strawberry.subscriptions import GRAPHQL_TRANSPORT_WS_PROTOCOL

from api.access_log import AccessLogMiddleware, configure_logging
from api.admission import Admission, AdmissionMiddleware
from api.analytics import EntityGraph
from api.body_limit import BodyLimitMiddleware
from api.context import AppState, Context
from api.events import EventHub
from api.schema import build_schema
from api.services import Services
from api.settings import Settings, SettingsError
from api.web import graphiql_page, web_routes
from graph.store import GraphStore, StoreError

log = logging.getLogger("claimgraph.api")

# Seconds a thread may hold the GIL while another waits for it (see ``serve``).
SWITCH_INTERVAL = 0.001
# The server counts as busy (no analytics rebuild starts) this long after a
# request last had to queue for admission.
BUSY_SECONDS = 10.0

GRAPHQL_RESPONSE_JSON = "application/graphql-response+json"
# Per request (uvicorn runs each request in its own task, so these never leak):
# whether the client asked for application/graphql-response+json, and whether
# the result is a request error (no data: parse, validation, coercion failure).
_wants_graphql_response: ContextVar[bool] = ContextVar("wants_graphql_response", default=False)
_request_error: ContextVar[bool] = ContextVar("request_error", default=False)


def prefers_graphql_response_json(accept: str) -> bool:
    """True when the Accept header lists graphql-response+json before plain JSON."""
    types = [part.split(";")[0].strip().lower() for part in accept.split(",")]
    if GRAPHQL_RESPONSE_JSON not in types:
        return False
    return "application/json" not in types or types.index(GRAPHQL_RESPONSE_JSON) < types.index(
        "application/json"
    )


class ClaimGraphQL(GraphQL):
    """Strawberry's ASGI view with our per-request context.

    It also speaks the GraphQL-over-HTTP ``application/graphql-response+json``
    media type: with it, request errors get status 400 and no ``data`` entry.
    """

    def __init__(self, state: AppState, **kwargs: Any) -> None:
        super().__init__(build_schema(state.settings), **kwargs)
        self.state = state

    async def render_graphql_ide(self, request: Any) -> Response:  # type: ignore[override]
        # GraphiQL from the package's own assets, under a content security policy.
        return graphiql_page()

    async def get_context(self, request: Any, response: Any) -> Context:  # type: ignore[override]
        return Context(app=self.state, request=request, response=response)

    async def run(self, request: Any, *args: Any, **kwargs: Any) -> Any:  # type: ignore[override]
        accept = request.headers.get("accept", "") if hasattr(request, "headers") else ""
        _wants_graphql_response.set(prefers_graphql_response_json(accept))
        _request_error.set(False)
        return await super().run(request, *args, **kwargs)

    def decode_json(self, data: str | bytes) -> object:
        # A body that is not UTF-8, or JSON nested deeper than Python's recursion
        # limit, is a client error like any other unparseable body: 400, not 500.
        try:
            return json.loads(data)
        except (ValueError, RecursionError):  # UnicodeDecodeError is a ValueError
            raise json.JSONDecodeError("unreadable JSON", "", 0) from None

    async def parse_http_body(self, request: Any) -> Any:
        try:
            return await super().parse_http_body(request)
        except AttributeError:  # JSON that is not an object ("null", "5"): no .get
            raise HTTPException(400, "the request body must be a JSON object") from None

    async def process_result(self, request: Any, result: Any) -> Any:
        data = await super().process_result(request, result)
        if _wants_graphql_response.get() and result.data is None and result.errors:
            data.pop("data", None)
            _request_error.set(True)
        return data

    def create_response(self, response_data: Any, sub_response: Any) -> Response:
        response = super().create_response(response_data, sub_response)
        if _wants_graphql_response.get():
            response.headers["content-type"] = f"{GRAPHQL_RESPONSE_JSON}; charset=utf-8"
            if _request_error.get():
                response.status_code = 400
        return response

    async def execute_single(self, *args: Any, **kwargs: Any) -> Any:
        # GraphQL over HTTP: a mutation sent with GET is 405 Method Not Allowed.
        try:
            return await super().execute_single(*args, **kwargs)
        except HTTPException as exc:
            if isinstance(exc.__cause__, InvalidOperationTypeError):
                raise HTTPException(405, exc.reason) from exc
            raise


def create_app(
    store: GraphStore,
    *,
    settings: Settings | None = None,
    poll_feeds: bool = False,
    ingestor_factory: Callable[[GraphStore], Any] | None = None,
    warm_analytics: bool = False,
) -> Starlette:
    """Build the ASGI app serving ``store``.

    ``ingestor_factory`` replaces the default :class:`api.ingestion.Ingestor`
    (tests use a lighter one); ``poll_feeds`` starts the feed poller;
    ``warm_analytics`` starts the first analytics build at once, and
    ``/readyz`` answers 503 "warming up" until it is done (``serve`` sets it
    from ``CLAIMGRAPH_ANALYTICS_WARMUP``).
    """
    settings = settings or Settings.from_env()
    # Store calls of requests run here; the embedded store serialises internally, Neo4j pools.
    executor = ThreadPoolExecutor(
        max_workers=settings.store_threads, thread_name_prefix="claimgraph-store"
    )
    # The event hub's own thread: polling and reading events' subjects never queue behind queries.
    events_executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="claimgraph-events")
    services = Services(store=store, settings=settings, ingestor_factory=ingestor_factory)
    state = AppState(store=store, settings=settings, executor=executor, services=services)
    state.admission = admission = Admission(
        settings.max_concurrent_requests, settings.max_queued_requests, settings.queue_seconds
    )
    # Analytics rebuilds wait while requests queue, or did in the last few seconds
    # (a momentary lull under load is no time to start one); up to a bound, see
    # api/analytics.py.
    services.analytics.busy = lambda: admission.saturated_within(BUSY_SECONDS)
    graphql_app = ClaimGraphQL(
        state,
        graphql_ide="graphiql" if settings.graphiql else None,
        allow_queries_via_get=True,
        subscription_protocols=(GRAPHQL_TRANSPORT_WS_PROTOCOL,),
        # Browsers on other origins may open subscriptions only if CORS allows them.
        allowed_origins=settings.cors_origins,
    )

    async def healthz(request: Request) -> Response:
        return JSONResponse({"status": "ok"})

    warming: list[asyncio.Future[Any]] = []  # the warm-up, while ``warm_analytics``

    async def run_events(fn: Callable[..., Any], *args: Any) -> Any:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(events_executor, fn, *args)

    async def readyz(request: Request) -> Response:
        try:
            await asyncio.wait_for(run_events(store.last_event_seq), timeout=5)
        except (StoreError, TimeoutError) as exc:
            log.warning("readiness check failed: %s", type(exc).__name__)
            return JSONResponse({"status": "unavailable", "store": store.kind}, status_code=503)
        if warming and not warming[0].done():
            return JSONResponse(
                {"status": "warming up", "store": store.kind},
                status_code=503,
                headers={"Retry-After": "2"},
            )
        # Whether analytics is rebuilding in the background (memory and CPU are
        # higher meanwhile): for operators and the load test's memory readings.
        analytics = "building" if services.analytics.building else "idle"
        return JSONResponse(
            {"status": "ready", "store": store.kind},
            headers={
                "X-Analytics": analytics,
                "X-Analytics-Builds": str(services.analytics.builds),
            },
        )

    async def warm_up() -> None:
        """The first analytics build, so the first mostDisputed does not wait for it."""
        try:
            found = await run_events(services.analytics.graph_or_future, store)
            if not isinstance(found, EntityGraph):
                await asyncio.wrap_future(found)
        except Exception as exc:  # requests will retry the build; readiness must not hang
            log.warning("analytics warm-up failed (%s); the first request will retry", exc)

    async def disputes_feed(request: Request) -> Response:
        from api.atom import disputes_feed_response

        return await disputes_feed_response(request, state, graphql_app.schema)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        hub = EventHub(store, run_events, settings.event_poll_seconds)
        state.hub = hub
        await hub.start()
        if warm_analytics:
            warming.append(asyncio.ensure_future(warm_up()))
        poller_task = None
        if poll_feeds:
            from api.poller import FeedPoller

            poller_task = asyncio.create_task(FeedPoller(state).run_forever(), name="feed-poller")
        try:
            yield
        finally:
            if poller_task is not None:
                poller_task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await poller_task
            await hub.stop()
            for task in warming:
                task.cancel()
            # Let in-flight store calls finish: the caller may close the store next.
            executor.shutdown(wait=True, cancel_futures=True)
            events_executor.shutdown(wait=True, cancel_futures=True)
            services.analytics.wait_idle()

    middleware = [
        Middleware(AccessLogMiddleware),
        Middleware(BodyLimitMiddleware, max_bytes=settings.max_request_bytes),
        Middleware(AdmissionMiddleware, admission=state.admission),
    ]
    if settings.cors_origins:
        middleware.append(
            Middleware(
                CORSMiddleware,
                allow_origins=list(settings.cors_origins),
                allow_methods=["GET", "POST", "OPTIONS"],
                allow_headers=["Authorization", "Content-Type", "X-API-Key"],
            )
        )
    app = Starlette(
        routes=[
            Route("/healthz", healthz, methods=["GET"]),
            Route("/readyz", readyz, methods=["GET"]),
            Route("/feeds/disputes.atom", disputes_feed, methods=["GET"]),
            Route("/graphql", graphql_app, methods=["GET", "POST"]),
            WebSocketRoute("/graphql", graphql_app),
            *web_routes(state),
        ],
        middleware=middleware,
        lifespan=lifespan,
    )
    app.state.claimgraph = state
    return app


def serve(host: str, port: int, store: GraphStore, *, poll_feeds: bool = False) -> None:
    """Run the API with uvicorn until interrupted (JSON-lines logs on stderr)."""
    try:
        settings = Settings.from_env()
    except SettingsError as exc:
        raise SystemExit(f"claimgraph serve: {exc}") from None  # one line, no traceback
    configure_logging(settings.log_level)
    # Store calls and analytics rebuilds are CPU-bound Python threads: with the
    # default 5 ms GIL switch interval the event loop waits up to 5 ms for the
    # GIL after every socket wait while one runs (the convoy effect), which
    # multiplies request latency during a rebuild.  A shorter interval hands
    # the loop the GIL sooner, at a small cost in switching.
    sys.setswitchinterval(SWITCH_INTERVAL)
    app = create_app(
        store, settings=settings, poll_feeds=poll_feeds, warm_analytics=settings.analytics_warmup
    )
    log.info("serving on http://%s:%d/ and /graphql (store: %s)", host, port, store.kind)
    uvicorn.run(
        app,
        host=host,
        port=port,
        access_log=False,
        log_config=None,
        ws="websockets-sansio",
        ws_per_message_deflate=False,
    )
