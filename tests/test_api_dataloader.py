"""A page of claims with their claimants and articles costs a constant number of store calls."""

from __future__ import annotations

from graph.store import GraphStore
from tests.api_support import ApiServer, CountingStore
from tests.graph_factory import many_claims, sample_world

PAGE_QUERY = """query($first: Int!) { claims(first: $first) { totalCount edges { node {
    text span { start end }
    claimant { name }
    about { name }
    article { url outlet publishedAt }
    disputes { topic }
} } } }"""

DISPUTE_QUERY = """query($first: Int!) { disputes(first: $first) { nodes {
    topic sides { label parties { name } claims { text article { url } } }
    firstEvidence { text } growth { date claims }
} } }"""


def calls_for(api: ApiServer, store: CountingStore, query: str, first: int) -> int:
    store.reset()
    result = api.gql(query, {"first": first})
    assert "errors" not in result, result["errors"]
    return store.total()


def test_claim_page_store_calls_do_not_grow_with_page_size(store: GraphStore) -> None:
    many_claims(store, 120, claimants=40)
    counting = CountingStore(store)
    with ApiServer(counting) as api:
        small = calls_for(api, counting, PAGE_QUERY, 5)
        large = calls_for(api, counting, PAGE_QUERY, 100)
    assert small == large


def test_dispute_page_store_calls_do_not_grow_with_page_size(store: GraphStore) -> None:
    sample_world(store)
    counting = CountingStore(store)
    with ApiServer(counting) as api:
        one = calls_for(api, counting, DISPUTE_QUERY, 1)
        two = calls_for(api, counting, DISPUTE_QUERY, 2)
    assert one == two
