"""The explorer pages over HTTP: safe to expose, self-contained, and what Neo4j Browser needs.

A real server on each store (embedded, and Neo4j) holding a dispute whose every field is
hostile markup: the pages must show it as text, link nowhere but http(s), run
no script but the package's own files, and name no other origin.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from html.parser import HTMLParser

import pytest

from api.web import NEO4J_DIR, STATIC_DIR, TEMPLATES_DIR
from graph.model import GraphBatch, Label, Node, Relationship, RelType, relationship_id
from graph.store import GraphStore
from tests.api_support import ApiServer

EVIL = '<script>alert("x")</script>'
PERSON = Node("person:eve", Label.PERSON, {"name": f"Eve {EVIL}"})
ARTICLE = Node("article:evil", Label.ARTICLE, {"url": "javascript:alert(1)", "title": EVIL})
CLAIM = Node(
    "claim:evil",
    Label.CLAIM,
    {"text": f"Eve said {EVIL}.", "claimant": f"Eve {EVIL}", "articleId": ARTICLE.id},
)
DISPUTE = Node(
    "dispute:evil",
    Label.DISPUTE,
    {
        "parties": [f"Eve {EVIL}", "Bob"],
        "partyIds": [PERSON.id],
        "topic": [EVIL],
        "status": "open",
        "openedAt": "2026-01-01T00:00:00Z",
    },
)


def rel(kind: RelType, source: Node, target: Node) -> Relationship:
    return Relationship(relationship_id(kind, source.id, target.id), kind, source.id, target.id)


@pytest.fixture
def api(store: GraphStore) -> Iterator[ApiServer]:
    """A server on each store (embedded, Neo4j) holding the hostile dispute."""
    store.apply(
        GraphBatch(
            nodes=[PERSON, ARTICLE, CLAIM, DISPUTE],
            relationships=[
                rel(RelType.ASSERTS, PERSON, CLAIM),
                rel(RelType.REPORTS, ARTICLE, CLAIM),
                rel(RelType.INVOLVES, DISPUTE, CLAIM),
            ],
        )
    )
    with ApiServer(store) as server:
        yield server


class _Scripts(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.scripts: list[dict[str, str | None]] = []
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "script":
            self.scripts.append(dict(attrs))
        if tag == "a":
            self.hrefs.append(dict(attrs).get("href") or "")


PAGES = ["/", "/disputes/dispute:evil", "/entities/person:eve", "/graphql"]


@pytest.mark.parametrize("path", PAGES)
def test_a_page_runs_only_the_packages_own_script_files(api: ApiServer, path: str) -> None:
    response = api.client.get(api.url + path, headers={"Accept": "text/html"})
    assert response.status_code == 200
    csp = response.headers["content-security-policy"]
    assert "script-src 'self';" in csp
    assert "default-src 'none'" in csp
    assert response.headers["x-content-type-options"] == "nosniff"
    parsed = _Scripts()
    parsed.feed(response.text)
    for script in parsed.scripts:
        src = script.get("src") or ""
        assert src.startswith("/static/"), f"inline or foreign script: {script}"
        assert api.client.get(api.url + src).status_code == 200


@pytest.mark.parametrize("path", PAGES[:3])
def test_hostile_names_are_shown_as_text(api: ApiServer, path: str) -> None:
    page = api.client.get(api.url + path).text
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in page


def test_no_link_is_made_to_a_non_web_url(api: ApiServer) -> None:
    parsed = _Scripts()
    parsed.feed(api.client.get(api.url + "/disputes/dispute:evil").text)
    assert parsed.hrefs
    assert not [h for h in parsed.hrefs if not h.startswith(("/", "http://", "https://"))]


def test_the_dispute_graph_is_json_with_captions(api: ApiServer) -> None:
    response = api.client.get(api.url + "/disputes/dispute:evil/graph.json")
    assert response.headers["content-type"] == "application/json"
    nodes = {e["data"]["id"]: e["data"] for e in response.json()["elements"]}
    assert nodes["dispute:evil"]["caption"].startswith("Eve")
    assert nodes["dispute:evil"]["href"] == "/disputes/dispute:evil"
    assert nodes["person:eve"]["href"] == "/entities/person:eve"
    assert "href" not in nodes["claim:evil"] or nodes["claim:evil"]["href"] is None


@pytest.mark.parametrize(
    "path", ["/disputes/dispute:nope", "/entities/person:nope", "/entities/claim:evil"]
)
def test_an_unknown_id_is_not_found(api: ApiServer, path: str) -> None:
    assert api.client.get(api.url + path).status_code == 404
    assert api.client.get(api.url + "/disputes/nope/graph.json").status_code == 404


@pytest.mark.parametrize("path", ["/neo4j/guide.html", "/neo4j/claimgraph.grass"])
def test_neo4j_browser_may_fetch_the_guide_and_style_from_its_origin(
    api: ApiServer, path: str
) -> None:
    origin = {"Origin": "http://127.0.0.1:7474"}
    preflight = api.client.options(
        api.url + path,
        headers={
            **origin,
            "Access-Control-Request-Method": "GET",
            "Access-Control-Request-Headers": "pragma,cache-control",
        },
    )
    assert preflight.status_code == 204
    assert "pragma" in preflight.headers["access-control-allow-headers"]
    response = api.client.get(api.url + path, headers=origin)
    assert response.status_code == 200
    assert response.headers["access-control-allow-origin"] == "*"


def test_the_style_colours_every_label_and_never_lets_node_win() -> None:
    grass = (NEO4J_DIR / "claimgraph.grass").read_text()
    rules = re.findall(r"^(node|relationship)(?:\.(\w+))? \{", grass, re.M)
    labels = [name for kind, name in rules if kind == "node" and name]
    assert labels[0] == "Node"  # first: every later label rule overrides it
    assert set(labels[1:]) == {label.value for label in Label}
    for label in ("Claim", "Dispute", "Article"):
        assert re.search(rf"node\.{label} \{{[^}}]*caption: \"{{caption}}\"", grass)


def test_no_page_names_another_origin() -> None:
    own = [*TEMPLATES_DIR.glob("*.html"), *STATIC_DIR.glob("*.js"), *STATIC_DIR.glob("*.css")]
    for path in own:
        assert not re.search(r"(src|href)=\"?https?://", path.read_text()), path


def test_every_vendored_package_has_its_licence_and_pinned_version() -> None:
    vendor = STATIC_DIR / "vendor"
    lines = [
        line.split()
        for line in (vendor / "VERSIONS").read_text().splitlines()
        if line and not line.startswith("#")
    ]
    assert {line[0] for line in lines} == {"react", "react-dom", "graphiql", "cytoscape"}
    for name, version, integrity, *files in lines:
        assert re.fullmatch(r"\d+\.\d+\.\d+", version)
        assert integrity.startswith("sha512-")
        assert (vendor / name / "LICENSE").is_file()
        for file in files:
            assert (vendor / name / file).stat().st_size > 0


def test_graphql_gives_every_node_its_caption(api: ApiServer) -> None:
    body = api.gql(
        '{ dispute(id: "dispute:evil") { caption claims { nodes { caption article { caption } } } '
        "parties { caption } } }"
    )
    dispute = body["data"]["dispute"]
    assert dispute["caption"] == f"Eve {EVIL} vs Bob · {EVIL}"
    assert dispute["claims"]["nodes"][0]["caption"] == f"Eve {EVIL}: Eve said {EVIL}."
    assert (
        dispute["claims"]["nodes"][0]["article"]["caption"] == EVIL
    )  # no host, date or outlet known
    assert dispute["parties"] == [{"caption": f"Eve {EVIL}"}]  # an entity's caption is its name
