"""The API's read model: questions analysts ask, composed from GraphStore calls.

Only the narrow :class:`graph.store.GraphStore` interface is used, so every
function works unchanged on any backend.  Functions here are synchronous and
return plain graph records; the GraphQL layer (:mod:`api.types`) wraps them.
Each list is returned in a deterministic order so offsets make stable cursors.
One module per kind of question: :mod:`~api.queries.ordering` (orders, and
an entity's claims a page at a time from the store's ordered neighbour
query), :mod:`~api.queries.entities`, :mod:`~api.queries.claims`,
:mod:`~api.queries.disputes`, :mod:`~api.queries.articles`,
:mod:`~api.queries.benchmarks`, :mod:`~api.queries.evidence`.
"""

from api.queries.articles import ArticleQuery, find_article_by_url, find_articles
from api.queries.benchmarks import (
    Inconsistency,
    benchmark_inconsistencies,
    family_inconsistencies,
    score_value,
)
from api.queries.claims import ClaimQuery, disputed_claim_ids, find_claims, until_bound
from api.queries.disputes import (
    AFFILIATION_TYPES,
    DISPUTE_DATE_KEYS,
    ENTITY_DISPUTE_PATHS,
    DisputeQuery,
    GrowthPoint,
    Side,
    dispute_growth,
    dispute_sides,
    disputes_of_entity,
    entity_disputes,
    entity_disputes_page,
    find_disputes,
    find_disputes_with_affiliates,
)
from api.queries.entities import ENTITY_LABEL_ORDER, resolve_entity, search_entities
from api.queries.evidence import EvidenceSpan, dispute_entities, evidence_spans, open_disputes_count
from api.queries.ordering import (
    DATE_KEYS,
    claim_date,
    claims_page,
    date_key,
    entity_claims_page,
    newest_first,
    newest_first_page,
    oldest_first,
    oldest_first_page,
    speaking_order,
    topic_text,
)

__all__ = [
    "AFFILIATION_TYPES",
    "DATE_KEYS",
    "DISPUTE_DATE_KEYS",
    "ENTITY_DISPUTE_PATHS",
    "ENTITY_LABEL_ORDER",
    "ArticleQuery",
    "ClaimQuery",
    "DisputeQuery",
    "EvidenceSpan",
    "GrowthPoint",
    "Inconsistency",
    "Side",
    "benchmark_inconsistencies",
    "claim_date",
    "claims_page",
    "date_key",
    "dispute_entities",
    "dispute_growth",
    "dispute_sides",
    "disputed_claim_ids",
    "disputes_of_entity",
    "entity_claims_page",
    "entity_disputes",
    "entity_disputes_page",
    "evidence_spans",
    "family_inconsistencies",
    "find_article_by_url",
    "find_articles",
    "find_claims",
    "find_disputes",
    "find_disputes_with_affiliates",
    "newest_first",
    "newest_first_page",
    "oldest_first",
    "oldest_first_page",
    "open_disputes_count",
    "resolve_entity",
    "score_value",
    "search_entities",
    "speaking_order",
    "topic_text",
    "until_bound",
]
