"""Short human captions for the nodes a person looks at.

A caption is stored as the ``caption`` property of claims, disputes and
articles, computed from the node's own (merged) properties whenever a store
writes the node: both stores call :func:`with_caption` after merging, so the
caption is the same whichever store holds the graph, and Neo4j Browser, the
explorer page and GraphQL all show the same words.

- Claim: ``"Yann LeCun: the model was not trained on test sets"`` (the
  claimant, or the unnamed source's own words, then the claim's first words);
- Dispute: ``"LeCun vs Al-Dahle · Llama 4"`` (people by surname, then what the
  dispute is about, parties left out);
- Article: ``"The Verge · 2025-04-07 · Meta's Llama 4 benchmark"`` (outlet, or
  the URL's host; date published, or fetched; title, or the URL's last part).

Entities need none: their ``name`` is their caption.  Every caption is at
most :data:`CAPTION_MAX` characters, cut at a word with an ellipsis.
"""

from __future__ import annotations

from collections.abc import Mapping
from urllib.parse import urlsplit

from graph.model import Label, Node, Properties, PropertyValue, entity_id

CAPTION_MAX = 80
CAPTIONED: frozenset[Label] = frozenset({Label.CLAIM, Label.DISPUTE, Label.ARTICLE})
SEPARATOR = " · "
ELLIPSIS = "…"


def shorten(text: str, limit: int = CAPTION_MAX) -> str:
    """``text`` on one line, at most ``limit`` characters, cut at a word with "…"."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - len(ELLIPSIS)]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:.-·") + ELLIPSIS


def _str(props: Mapping[str, PropertyValue], key: str) -> str:
    value = props.get(key)
    return value.strip() if isinstance(value, str) else ""


def _strs(props: Mapping[str, PropertyValue], key: str) -> list[str]:
    value = props.get(key)
    return [v for v in value if isinstance(v, str) and v] if isinstance(value, list) else []


def claim_caption(props: Mapping[str, PropertyValue]) -> str:
    """``"claimant: first words of the claim"``: the quote when there is one, else
    the claim's content words, else its sentence."""
    who = _str(props, "claimant") or _str(props, "claimantText") or "unnamed source"
    words = _str(props, "quote")
    text = _str(props, "text")
    start, content_start, content_end = (
        props.get("start"),
        props.get("contentStart"),
        props.get("contentEnd"),
    )
    if not words and text and all(isinstance(v, int) for v in (start, content_start, content_end)):
        words = text[int(content_start) - int(start) : int(content_end) - int(start)].strip()  # type: ignore[arg-type]
    words = words or text
    return shorten(f"{who}: {words}" if words else who)


def _party_label(name: str, party_ids: set[str]) -> str:
    """A person's surname ("LeCun"), any other party's whole name."""
    if entity_id(Label.PERSON, name) in party_ids and " " in name:
        return name.rsplit(" ", 1)[1]
    return name


def dispute_caption(props: Mapping[str, PropertyValue]) -> str:
    """``"LeCun vs Al-Dahle · Llama 4"``: parties, then up to two topics that are no party."""
    parties = _strs(props, "parties")
    party_ids = set(_strs(props, "partyIds"))
    sides = " vs ".join(_party_label(p, party_ids) for p in parties) or "dispute"
    folded = {p.casefold() for p in parties}
    topics = [t for t in _strs(props, "topic") if t.casefold() not in folded][:2]
    if topics:
        return shorten(sides + SEPARATOR + ", ".join(topics))
    return shorten(sides)


def article_caption(props: Mapping[str, PropertyValue]) -> str:
    """``"outlet · date · title"``, each part from the URL or fetch time when unknown."""
    url = _str(props, "url")
    parts = urlsplit(url) if url else None
    host = (parts.hostname or "").removeprefix("www.") if parts else ""
    outlet = _str(props, "outlet") or host
    date = (_str(props, "publishedAt") or _str(props, "fetchedAt"))[:10]
    title = _str(props, "title")
    if not title and parts:
        slug = parts.path.rstrip("/").rsplit("/", 1)[-1]
        title = slug.replace("-", " ").replace("_", " ")
    return shorten(SEPARATOR.join(p for p in (outlet, date, title) if p) or "article")


def caption(label: Label | str, props: Mapping[str, PropertyValue]) -> str | None:
    """The caption of a node with these properties, or None for an uncaptioned label."""
    label = Label(label)
    if label == Label.CLAIM:
        return claim_caption(props)
    if label == Label.DISPUTE:
        return dispute_caption(props)
    if label == Label.ARTICLE:
        return article_caption(props)
    return None


def with_caption(label: Label | str, props: Properties) -> Properties:
    """``props`` with ``caption`` set from them (in place and returned); the one
    place stores compute captions, after merging a write into the stored node."""
    text = caption(label, props)
    if text is not None:
        props["caption"] = text
    return props


def caption_of(node: Node) -> str:
    """What to call ``node`` on screen: its stored caption, else one computed now (a record
    written before captions existed), else its name, else its id."""
    stored = node.get("caption")
    if isinstance(stored, str) and stored:
        return stored
    return caption(node.label, node.properties) or node.name or node.id
