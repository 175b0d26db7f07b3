"""The analysts' read questions, asked over HTTP of a real server on a real store."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from graph.model import RelType
from graph.store import GraphStore
from tests.api_support import ApiServer
from tests.graph_factory import GraphBuilder, World, add_meta_disputes, many_claims, sample_world


@pytest.fixture
def world(store: GraphStore) -> World:
    return sample_world(store)


@pytest.fixture
def api(store: GraphStore, world: World) -> Iterator[ApiServer]:
    with ApiServer(store) as server:
        yield server


def data(result: dict) -> dict:
    assert "errors" not in result, result.get("errors")
    return result["data"]


def test_entity_is_found_by_alias(api: ApiServer, world: World) -> None:
    got = data(api.gql('{ entity(name: "LeCun") { id name type } }'))
    assert got["entity"] == {"id": world["lecun"], "name": "Yann LeCun", "type": "PERSON"}


def test_entity_is_found_by_id(api: ApiServer, world: World) -> None:
    got = data(api.gql("query($id: ID!) { entity(id: $id) { name } }", {"id": world["meta"]}))
    assert got["entity"]["name"] == "Meta"


def test_unknown_entity_is_null(api: ApiServer) -> None:
    assert data(api.gql('{ entity(name: "Nobody Atall") { id } }'))["entity"] is None


def test_entities_by_prefix_and_type(api: ApiServer) -> None:
    got = data(
        api.gql('{ entities(prefix: "m", type: ORGANIZATION) { totalCount nodes { name } } }')
    )
    assert got["entities"] == {"totalCount": 1, "nodes": [{"name": "Meta"}]}


def test_entity_profile_has_roles_models_claims_and_disputes(api: ApiServer) -> None:
    got = data(
        api.gql("""{ entity(name: "Yann LeCun") {
        ... on Person { roles { relation title organization { name } } }
        claimsMade { totalCount nodes { text } }
        claimsAbout { totalCount }
        disputes { nodes { topic } }
        articles { totalCount }
    } }""")
    )["entity"]
    assert got["roles"] == [
        {"relation": "WORKS_FOR", "title": "chief AI scientist", "organization": {"name": "Meta"}}
    ]
    assert got["claimsMade"]["nodes"] == [
        {"text": "Large language models will not reach human-level intelligence."}
    ]
    assert got["claimsAbout"]["totalCount"] == 2
    assert got["disputes"]["nodes"] == [{"topic": "whether LLMs reach human-level intelligence"}]
    assert got["articles"]["totalCount"] == 2


def test_organization_lists_its_models(api: ApiServer) -> None:
    got = data(
        api.gql(
            '{ entity(name: "OpenAI") { ... on Organization '
            "{ models { name } people { person { name } } } } }"
        )
    )
    assert got["entity"] == {
        "models": [{"name": "GPT-4"}],
        "people": [{"person": {"name": "Sam Altman"}}],
    }


def test_timeline_is_dated_and_ordered(api: ApiServer) -> None:
    query = '{ entity(name: "LeCun") { timeline { nodes { date kind } } } }'
    events = data(api.gql(query))["entity"]["timeline"]["nodes"]
    dates = [e["date"] for e in events]
    assert dates == sorted(dates)
    assert {"date": "2024-05-03T12:00:00Z", "kind": "DISPUTE_OPENED"} in events


def test_claims_filter_by_claimant_name(api: ApiServer) -> None:
    got = data(
        api.gql('{ claims(filter: {claimant: "Altman"}) { totalCount nodes { text quote kind } } }')
    )
    assert got["claims"] == {
        "totalCount": 1,
        "nodes": [
            {"text": "LLMs have not hit a wall.", "quote": "have not hit a wall", "kind": "DENIAL"}
        ],
    }


def test_claim_carries_article_and_span(api: ApiServer, world: World) -> None:
    got = data(
        api.gql(
            "query($id: ID!) { claim(id: $id) { span { start end } evidence { start end } "
            "article { url outlet publishedAt } claimant { name } } }",
            {"id": world["c_marcus"]},
        )
    )
    claim = got["claim"]
    assert claim["article"] == {
        "url": "https://other.example/altman-reply",
        "outlet": "Other Times",
        "publishedAt": "2024-05-03T12:00:00Z",
    }
    assert claim["span"] == {"start": 45, "end": 71}
    assert claim["evidence"] == [{"start": 45, "end": 71}]


def test_claims_filter_by_date_range_is_inclusive_of_whole_days(api: ApiServer) -> None:
    got = data(
        api.gql('{ claims(filter: {since: "2024-05-03", until: "2024-05-03"}) { nodes { text } } }')
    )
    assert got["claims"]["nodes"] == [{"text": "LLMs have not hit a wall."}]


def test_claims_filter_undisputed(api: ApiServer) -> None:
    got = data(api.gql("{ claims(filter: {disputed: false}) { totalCount } }"))
    assert got["claims"]["totalCount"] == 0
    got = data(api.gql('{ claims(filter: {disputed: true, about: "Meta"}) { nodes { text } } }'))
    assert got["claims"]["nodes"] == [{"text": "Open weights do not make AI safer."}]


def test_claims_text_search(api: ApiServer) -> None:
    got = data(api.gql('{ claims(filter: {text: "open weights"}) { totalCount } }'))
    assert got["claims"]["totalCount"] == 2


def test_unknown_claimant_is_a_clear_error(api: ApiServer) -> None:
    result = api.gql('{ claims(filter: {claimant: "Zzyzx Qwerty"}) { totalCount } }')
    assert result["errors"][0]["message"] == "no entity matches claimant 'Zzyzx Qwerty'"


def test_open_dispute_has_sides_evidence_and_growth(api: ApiServer) -> None:
    got = data(
        api.gql("""{ disputes(status: OPEN) { totalCount nodes {
        sides { label parties { name } }
        firstEvidence { text } latestEvidence { text }
        growth { date claims parties }
    } } }""")
    )["disputes"]
    assert got["totalCount"] == 1
    dispute = got["nodes"][0]
    assert dispute["sides"] == [
        {"label": "Yann LeCun", "parties": [{"name": "Yann LeCun"}, {"name": "Gary Marcus"}]},
        {"label": "Sam Altman", "parties": [{"name": "Sam Altman"}]},
    ]
    assert dispute["firstEvidence"]["text"].startswith("Large language models")
    assert dispute["latestEvidence"]["text"] == "LeCun is right about LLMs."
    assert [(g["date"], g["claims"], g["parties"]) for g in dispute["growth"]] == [
        ("2024-05-01", 1, 1),
        ("2024-05-03", 2, 2),
        ("2024-05-04", 3, 3),
    ]


def test_disputes_by_entity_newest_first(api: ApiServer) -> None:
    got = data(api.gql('{ disputes(entity: "OpenAI") { nodes { topic status resolutionNote } } }'))
    assert got["disputes"]["nodes"] == [
        {
            "topic": "whether LLMs reach human-level intelligence",
            "status": "OPEN",
            "resolutionNote": None,
        },
        {
            "topic": "open weights and safety",
            "status": "RESOLVED",
            "resolutionNote": "Both sides agreed to disagree.",
        },
    ]


def test_article_by_url_lists_what_was_extracted(api: ApiServer) -> None:
    got = data(
        api.gql(
            '{ article(url: "https://news.example/open-weights") { outlet '
            "extracted { claims entities disputes } claims { nodes { text } } } }"
        )
    )
    assert got["article"]["extracted"] == {"claims": 2, "entities": 2, "disputes": 1}
    assert [c["text"] for c in got["article"]["claims"]["nodes"]] == [
        "Open weights make AI safer.",
        "Open weights do not make AI safer.",
    ]


def test_articles_by_outlet(api: ApiServer) -> None:
    got = data(api.gql('{ articles(outlet: "Example News") { totalCount nodes { publishedAt } } }'))
    assert got["articles"]["totalCount"] == 2
    assert got["articles"]["nodes"][0]["publishedAt"] == "2024-05-01T09:00:00Z"


def test_benchmark_results_and_variant_inconsistencies(api: ApiServer) -> None:
    got = data(
        api.gql("""{ benchmarkResults(benchmark: "MMLU") { score variant reportedBy model { name } }
        benchmarkInconsistencies { kind } }""")
    )
    assert sorted(
        (r["model"]["name"], r["variant"], r["score"]) for r in got["benchmarkResults"]
    ) == [("GPT-4", "5-shot", 86.4), ("Llama 3", "0-shot", 79.5), ("Llama 3", "0-shot", 82.0)]
    assert sorted(i["kind"] for i in got["benchmarkInconsistencies"]) == [
        "conflictingScores",
        "mixedVariants",
    ]


def test_shortest_connection_carries_evidence(api: ApiServer) -> None:
    got = data(
        api.gql(
            '{ shortestConnection(source: "Gary Marcus", target: "Meta") '
            "{ length hops { via source { name } target { name } claim { text } } } }"
        )
    )
    path = got["shortestConnection"]
    assert path["length"] == 2
    assert path["hops"][0] == {
        "via": "CLAIM",
        "source": {"name": "Gary Marcus"},
        "target": {"name": "Yann LeCun"},
        "claim": {"text": "LeCun is right about LLMs."},
    }
    assert path["hops"][1]["via"] == "WORKS_FOR"


def test_most_disputed_and_rivalries(api: ApiServer) -> None:
    got = data(
        api.gql("""{ mostDisputed(first: 1) { entity { name } disputes }
        rivalries { count disputer { name } disputed { name } } }""")
    )
    assert got["mostDisputed"] == [{"entity": {"name": "OpenAI"}, "disputes": 2}]
    assert {(r["disputer"]["name"], r["disputed"]["name"]) for r in got["rivalries"]} == {
        ("Sam Altman", "Yann LeCun"),
        ("OpenAI", "Meta"),
    }


def test_pagination_walks_every_claim_once(store: GraphStore) -> None:
    ids = set(many_claims(store, 23))
    seen: list[str] = []
    with ApiServer(store) as api:
        after = None
        while True:
            page = data(
                api.gql(
                    "query($after: String) { claims(first: 10, after: $after) "
                    "{ totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }",
                    {"after": after},
                )
            )["claims"]
            assert page["totalCount"] == 23
            seen.extend(e["node"]["id"] for e in page["edges"])
            if not page["pageInfo"]["hasNextPage"]:
                break
            after = page["pageInfo"]["endCursor"]
    assert len(seen) == 23 and set(seen) == ids


def test_page_size_over_limit_is_a_clear_error(api: ApiServer) -> None:
    result = api.gql("{ claims(first: 101) { totalCount } }")
    assert result["errors"][0]["message"] == "first must be at most 100 (got 101)"


def test_bad_cursor_is_a_clear_error(api: ApiServer) -> None:
    result = api.gql('{ claims(after: "nonsense") { totalCount } }')
    assert result["errors"][0]["message"] == "invalid cursor 'nonsense'"


def test_dispute_claims_are_a_connection_oldest_first(api: ApiServer, world: World) -> None:
    got = data(
        api.gql(
            "query($id: ID!) { dispute(id: $id) { claims(first: 2) "
            "{ totalCount pageInfo { hasNextPage } nodes { text } } } }",
            {"id": world["d_llm"]},
        )
    )["dispute"]["claims"]
    assert got["totalCount"] == 3
    assert got["pageInfo"]["hasNextPage"] is True
    assert [c["text"] for c in got["nodes"]] == [
        "Large language models will not reach human-level intelligence.",
        "LLMs have not hit a wall.",
    ]


def test_entities_page_across_types_without_gaps(api: ApiServer) -> None:
    seen: list[tuple[str, str]] = []
    after = None
    while True:
        page = data(
            api.gql(
                "query($after: String) { entities(first: 3, after: $after) "
                "{ totalCount pageInfo { hasNextPage endCursor } nodes { type name } } }",
                {"after": after},
            )
        )["entities"]
        assert page["totalCount"] == 8
        seen.extend((n["type"], n["name"]) for n in page["nodes"])
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    assert seen == [
        ("PERSON", "Gary Marcus"),
        ("PERSON", "Sam Altman"),
        ("PERSON", "Yann LeCun"),
        ("ORGANIZATION", "Meta"),
        ("ORGANIZATION", "OpenAI"),
        ("MODEL", "GPT-4"),
        ("MODEL", "Llama 3"),
        ("BENCHMARK", "MMLU"),
    ]


def test_model_profile(api: ApiServer) -> None:
    got = data(
        api.gql(
            '{ entity(name: "GPT-4") { ... on Model { family version developers { name } '
            "results { score variant benchmark { name } reporter { name } } } } }"
        )
    )["entity"]
    assert got == {
        "family": "GPT",
        "version": "4",
        "developers": [{"name": "OpenAI"}],
        "results": [
            {
                "score": 86.4,
                "variant": "5-shot",
                "benchmark": {"name": "MMLU"},
                "reporter": {"name": "OpenAI"},
            }
        ],
    }


def test_entity_relations_list_structural_links(api: ApiServer) -> None:
    got = data(api.gql('{ entity(name: "Meta") { relations { type outgoing other { name } } } }'))
    assert sorted(
        (r["type"], r["outgoing"], r["other"]["name"]) for r in got["entity"]["relations"]
    ) == [("DEVELOPS", True, "Llama 3"), ("WORKS_FOR", False, "Yann LeCun")]


def test_analytics_follow_new_disputes(api: ApiServer, store: GraphStore, world: World) -> None:
    query = "{ mostDisputed(first: 1) { entity { name } disputes } }"
    assert data(api.gql(query))["mostDisputed"] == [{"entity": {"name": "OpenAI"}, "disputes": 2}]
    add_meta_disputes(store, world)
    # Analytics are refreshed in the background (stale-while-revalidate): the
    # new ranking shows up within a few requests, not necessarily the next one.
    want = [{"entity": {"name": "Meta"}, "disputes": 3}]
    deadline = time.monotonic() + 30
    got = data(api.gql(query))["mostDisputed"]
    while got != want and time.monotonic() < deadline:
        time.sleep(0.05)
        got = data(api.gql(query))["mostDisputed"]
    assert got == want


def test_family_reported_through_different_variants_is_inconsistent(
    api: ApiServer, store: GraphStore
) -> None:
    g = GraphBuilder()
    maverick = g.model("Llama 4 Maverick", family="Llama", version="4", variant="Maverick")
    scout = g.model("Llama 4 Scout", family="Llama", version="4", variant="Scout")
    arena, gpqa = g.benchmark("LMArena"), g.benchmark("GPQA")
    g.rel(RelType.EVALUATED_ON, maverick, arena, score="1417", variant="Llama 4 Maverick")
    g.rel(RelType.EVALUATED_ON, scout, gpqa, score="57.2%", variant="Llama 4 Scout")
    g.write(store)
    got = data(
        api.gql(
            "{ benchmarkInconsistencies { kind description results { score scoreText } } "
            'benchmarkResults(benchmark: "GPQA") { score scoreText } }'
        )
    )
    family = [i for i in got["benchmarkInconsistencies"] if i["kind"] == "mixedModelVariants"]
    assert [i["description"] for i in family] == [
        "Llama 4 is reported through different variants (Llama 4 Maverick, Llama 4 Scout) "
        "on different benchmarks (GPQA, LMArena)"
    ]
    assert got["benchmarkResults"] == [{"score": 57.2, "scoreText": "57.2%"}]


def test_spokesperson_is_on_the_side_of_their_organisation(
    api: ApiServer, store: GraphStore, world: World
) -> None:
    g = GraphBuilder()
    article = g.article("Meta and OpenAI argue about Llama.", url="https://news.example/side")
    claims = (
        g.claim(world["meta"], "Llama is the best open model.", article=article),
        g.claim(world["openai"], "Llama is not the best open model.", article=article),
        g.claim(world["lecun"], "Llama leads open models.", article=article),
    )
    dispute = g.dispute("best open model", claims)
    g.write(store)
    got = data(
        api.gql(
            "query($id: ID!) { dispute(id: $id) { sides { label parties { name } } } }",
            {"id": dispute},
        )
    )["dispute"]["sides"]
    assert sorted((s["label"], sorted(p["name"] for p in s["parties"])) for s in got) == [
        ("Meta", ["Meta", "Yann LeCun"]),
        ("OpenAI", ["OpenAI"]),
    ]
