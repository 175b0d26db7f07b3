"""``/feeds/disputes.atom``: disputes as an Atom (RFC 4287) feed.

The feed is filled by running an ordinary GraphQL query against the schema,
so it shows exactly what the API shows and uses the same batching.  Entry ids
are tag URIs derived from dispute ids (``tag:claimgraph.org,2024:dispute:ab12``),
so a reader recognises an entry again when a dispute is updated; ``updated``
is the dispute's last change.
"""

from __future__ import annotations

import html
import logging
from datetime import UTC, datetime
from typing import Any
from xml.etree import ElementTree as ET

from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response

from api.context import AppState, Context
from api.errors import STORE_UNAVAILABLE
from graph.model import utc_now

log = logging.getLogger("claimgraph.api")

ATOM_NS = "http://www.w3.org/2005/Atom"
TAG_AUTHORITY = "tag:claimgraph.org,2024:"
ENTRIES = 50

FEED_QUERY = """query($entity: String, $first: Int!) {
  disputes(entity: $entity, first: $first) { nodes {
    id topic status openedAt updatedAt resolutionNote
    parties { name } concerns { name }
    sides { label claims { text quote publishedAt claimant { name } claimantText
                           article { url title outlet publishedAt } } }
    articles { url title outlet publishedAt }
  } }
}"""


def rfc3339(value: str | None, fallback: str) -> str:
    """An Atom date: ISO-8601 with a time zone (naive values are taken as UTC)."""
    if value:
        try:
            parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            parsed = None
        if parsed is not None:
            if parsed.tzinfo is None:
                parsed = parsed.replace(tzinfo=UTC)
            return parsed.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
    return fallback


def tag_uri(node_id: str) -> str:
    return TAG_AUTHORITY + node_id


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ATOM_NS}}}{tag}", attrs)
    if text is not None:
        element.text = text
    return element


def _entry_html(dispute: dict[str, Any]) -> str:
    """The entry body: each side with its claims, quotes and source links."""
    parts = [f"<p>Status: {html.escape(dispute['status'] or 'unknown').lower()}</p>"]
    if dispute.get("resolutionNote"):
        parts.append(f"<p>Resolution: {html.escape(dispute['resolutionNote'])}</p>")
    for side in dispute["sides"]:
        parts.append(f"<h3>{html.escape(side['label'])}</h3><ul>")
        for claim in side["claims"]:
            unnamed = claim.get("claimantText")
            who = (claim.get("claimant") or {}).get("name") or (
                f"{unnamed} (unnamed source)" if unnamed else "unknown"
            )
            article = claim.get("article") or {}
            source = ""
            if article.get("url"):
                label = article.get("outlet") or article.get("title") or article["url"]
                source = f' (<a href="{html.escape(article["url"])}">{html.escape(label)}</a>)'
            when = f" {html.escape(claim['publishedAt'][:10])}" if claim.get("publishedAt") else ""
            parts.append(f"<li>{html.escape(who)}:{when} {html.escape(claim['text'])}{source}</li>")
        parts.append("</ul>")
    return "".join(parts)


def _summary(dispute: dict[str, Any]) -> str:
    parties = [p["name"] for p in dispute["parties"]]
    sides = " vs ".join(s["label"] for s in dispute["sides"]) or ", ".join(parties)
    latest = max(
        (c for s in dispute["sides"] for c in s["claims"]),
        key=lambda c: c.get("publishedAt") or "",
        default=None,
    )
    text = f"{sides}."
    if latest is not None:
        text += f" Latest evidence: {latest['text']}"
    return text


def render_feed(disputes: list[dict[str, Any]], self_url: str, entity: str | None) -> bytes:
    """Serialise disputes (as returned by FEED_QUERY) into an Atom document."""
    now = utc_now()
    ET.register_namespace("", ATOM_NS)
    feed = ET.Element(f"{{{ATOM_NS}}}feed")
    _sub(feed, "id", tag_uri("feeds/disputes" + (f"/{entity}" if entity else "")))
    _sub(feed, "title", "ClaimGraph disputes" + (f" involving {entity}" if entity else ""))
    _sub(feed, "subtitle", "Contradicting claims found in AI-industry news, newest first.")
    updated = [rfc3339(d.get("updatedAt"), now) for d in disputes]
    _sub(feed, "updated", max(updated) if updated else now)
    _sub(feed, "link", rel="self", href=self_url, type="application/atom+xml")
    _sub(_sub(feed, "author"), "name", "ClaimGraph")
    _sub(feed, "generator", "ClaimGraph")
    for dispute, entry_updated in zip(disputes, updated, strict=True):
        entry = _sub(feed, "entry")
        _sub(entry, "id", tag_uri(dispute["id"]))
        status = (dispute["status"] or "unknown").lower()
        _sub(entry, "title", f"{dispute['topic'] or 'Dispute'} ({status})")
        _sub(entry, "updated", entry_updated)
        _sub(entry, "published", rfc3339(dispute.get("openedAt"), entry_updated))
        for party in dispute["parties"]:
            _sub(_sub(entry, "author"), "name", party["name"])
        _sub(entry, "category", term=status)
        for concern in dispute["concerns"]:
            _sub(entry, "category", term=concern["name"])
        for i, article in enumerate(a for a in dispute["articles"] if a.get("url")):
            attrs = {"rel": "alternate" if i == 0 else "related", "href": article["url"]}
            if article.get("title"):
                attrs["title"] = article["title"]
            _sub(entry, "link", **attrs)
        _sub(entry, "summary", _summary(dispute), type="text")
        _sub(entry, "content", _entry_html(dispute), type="html")
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)


async def disputes_feed_response(request: Request, state: AppState, schema: Any) -> Response:
    """Handle ``GET /feeds/disputes.atom[?entity=NAME]``."""
    entity = request.query_params.get("entity") or None
    result = await schema.execute(
        FEED_QUERY,
        variable_values={"entity": entity, "first": ENTRIES},
        context_value=Context(app=state, request=request),
    )
    if result.errors:
        message = result.errors[0].message
        if message == STORE_UNAVAILABLE:
            return PlainTextResponse(STORE_UNAVAILABLE, status_code=503)
        if message.startswith("no entity matches"):
            return PlainTextResponse(message, status_code=404)
        log.error("dispute feed query failed: %s", message)
        return PlainTextResponse("Unexpected error.", status_code=500)
    base = state.settings.public_url or str(request.base_url).rstrip("/")
    self_url = f"{base}{request.url.path}" + (f"?{request.url.query}" if request.url.query else "")
    body = render_feed(result.data["disputes"]["nodes"], self_url, entity)
    return Response(body, media_type="application/atom+xml; charset=utf-8")
