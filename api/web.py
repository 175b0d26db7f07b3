"""The pages a person opens in a browser: the dispute explorer, GraphiQL, and
the Neo4j Browser style and guide.

Routes (added to the app by :func:`web_routes`):

- ``/``: the newest disputes (parties, topic, status), kept live by
  ``/static/explorer.js`` through the ``disputeOpened``/``disputeUpdated``
  subscriptions on ``/graphql`` (the same event log as every subscriber);
- ``/disputes/{id}``: both sides' claims, the timeline, and the dispute's
  neighbourhood drawn by Cytoscape.js from ``/disputes/{id}/graph.json``;
- ``/entities/{id}``: an entity's claims and disputes;
- ``/neo4j/claimgraph.grass`` and ``/neo4j/guide.html``: the Neo4j Browser
  style and ``:play`` guide, with the CORS headers the Browser's fetches need;
- ``/static/...``: the pages' own scripts and styles, and the vendored
  GraphiQL, React and Cytoscape.js (``ops/vendor-assets``).

Everything is read-only and server-rendered by Jinja2 with autoescaping;
scripts are files under ``/static`` only and the content security policy
forbids any other (no inline script, no CDN): data reaches scripts as JSON
from an endpoint or as ``data-`` attributes, never as script text.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.staticfiles import StaticFiles

from api import explorer
from api.context import AppState

HERE = Path(__file__).resolve().parent
STATIC_DIR = HERE / "static"
TEMPLATES_DIR = HERE / "templates"
NEO4J_DIR = HERE / "neo4j"

# No script but our own files, no request to another origin, no framing.  The one
# inline style allowed, by its hash, is the rule Cytoscape.js adds for its container
# (".__________cytoscape_container { position: relative; }").
CYTOSCAPE_STYLE = "'sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8='"
PAGE_CSP = (
    f"default-src 'none'; script-src 'self'; style-src 'self' {CYTOSCAPE_STYLE}; "
    "img-src 'self' data:; "
    "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
# GraphiQL's editor (CodeMirror) and React set style attributes: styles may be inline,
# scripts still may not.
GRAPHIQL_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; base-uri 'none'; "
    "form-action 'none'; frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}
# Neo4j Browser fetches the style and the guide from its own origin (another
# port), with Pragma and Cache-Control headers, so a preflight comes first.
# Both are public, static, read-only documents: any origin may read them.
GUIDE_CORS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "GET, OPTIONS",
    "Access-Control-Allow-Headers": "pragma, cache-control, content-type",
    "Access-Control-Max-Age": "600",
}

templates = Environment(
    loader=FileSystemLoader(TEMPLATES_DIR),
    autoescape=select_autoescape(default=True, default_for_string=True),
    trim_blocks=True,
    lstrip_blocks=True,
)


def render(template: str, status_code: int = 200, csp: str = PAGE_CSP, **values: Any) -> Response:
    """A page from ``api/templates``, autoescaped, with the security headers."""
    html = templates.get_template(template).render(**values)
    headers = {"Content-Security-Policy": csp, **SECURITY_HEADERS}
    return HTMLResponse(html, status_code=status_code, headers=headers)


def graphiql_page() -> Response:
    """GraphiQL from the vendored assets (strawberry's own page loads them from a CDN)."""
    return render("graphiql.html", csp=GRAPHIQL_CSP)


def not_found(what: str) -> Response:
    return render("not_found.html", status_code=404, what=what)


def web_routes(state: AppState) -> list[BaseRoute]:
    """The explorer's routes, reading ``state.store`` on the store threads."""
    store = state.store

    async def index(request: Request) -> Response:
        disputes = await state.run(explorer.newest_disputes, store)
        return render("index.html", disputes=disputes, store_kind=store.kind)

    async def dispute(request: Request) -> Response:
        dispute_id = request.path_params["dispute_id"]
        view = await state.run(explorer.dispute_view, store, dispute_id)
        if view is None:
            return not_found(f"dispute {dispute_id}")
        return render("dispute.html", view=view)

    async def dispute_graph(request: Request) -> Response:
        dispute_id = request.path_params["dispute_id"]
        found = await state.run(explorer.dispute_graph, store, dispute_id)
        if found is None:
            return JSONResponse({"error": "no such dispute"}, status_code=404)
        return JSONResponse(found, headers=SECURITY_HEADERS)

    async def entity(request: Request) -> Response:
        entity_id = request.path_params["entity_id"]
        view = await state.run(explorer.entity_view, store, entity_id)
        if view is None:
            return not_found(f"entity {entity_id}")
        return render("entity.html", view=view)

    def neo4j_document(name: str, media_type: str) -> Any:
        body = (NEO4J_DIR / name).read_bytes()

        async def handler(request: Request) -> Response:
            if request.method == "OPTIONS":
                return Response(status_code=204, headers=GUIDE_CORS)
            headers = {**GUIDE_CORS, **SECURITY_HEADERS, "Cache-Control": "no-cache"}
            return Response(body, media_type=media_type, headers=headers)

        return handler

    return [
        Route("/", index, methods=["GET"]),
        Route("/disputes/{dispute_id}", dispute, methods=["GET"]),
        Route("/disputes/{dispute_id}/graph.json", dispute_graph, methods=["GET"]),
        Route("/entities/{entity_id}", entity, methods=["GET"]),
        Route(
            "/neo4j/claimgraph.grass",
            neo4j_document("claimgraph.grass", "text/plain"),
            methods=["GET", "OPTIONS"],
        ),
        Route(
            "/neo4j/guide.html",
            neo4j_document("guide.html", "text/html"),
            methods=["GET", "OPTIONS"],
        ),
        Mount("/static", StaticFiles(directory=STATIC_DIR), name="static"),
    ]
