"""The GraphStore contract: what every backend (embedded, Neo4j) must do.

Each test runs once per backend through the ``store`` fixture (conftest.py).
"""

from __future__ import annotations

import pytest

from graph.model import (
    EventKind,
    GraphBatch,
    Label,
    ModelError,
    Node,
    Relationship,
    RelType,
    relationship_id,
)
from graph.store import GraphStore, Range, StoreError

# ---------------------------------------------------------------- helpers


def person(key: str, **props: object) -> Node:
    return Node(f"person:{key}", Label.PERSON, dict(props))


def org(key: str, **props: object) -> Node:
    return Node(f"organization:{key}", Label.ORGANIZATION, dict(props))


def rel(rtype: RelType, source: Node | str, target: Node | str, **props: object) -> Relationship:
    src = source if isinstance(source, str) else source.id
    dst = target if isinstance(target, str) else target.id
    return Relationship(relationship_id(rtype, src, dst), rtype, src, dst, dict(props))


def ids(items: list) -> list[str]:
    return [item.id for item in items]


ANN = person("ann", name="Ann Lee", aliases=["Annie"], age=40)
BOB = person("bob", name="Bob Stone", age=30)
CAT = person("cat", name="Cat Moreau")  # no age
ACME = org("acme", name="Acme Labs", kind="lab")
OPENAI = org("openai", name="OpenAI", kind="company")
ANN_ACME = rel(RelType.WORKS_FOR, ANN, ACME, role="researcher")
BOB_ACME = rel(RelType.WORKS_FOR, BOB, ACME, role="engineer")
ANN_LEADS = rel(RelType.LEADS, ANN, ACME, role="director")
ACME_OPENAI = rel(RelType.INVESTS_IN, ACME, OPENAI)


def small_world() -> GraphBatch:
    return GraphBatch(
        nodes=[ANN, BOB, CAT, ACME, OPENAI],
        relationships=[ANN_ACME, BOB_ACME, ANN_LEADS, ACME_OPENAI],
    )


@pytest.fixture
def world(store: GraphStore) -> GraphStore:
    store.apply(small_world())
    return store


# ---------------------------------------------------------------- upsert and read


def test_upserted_node_is_read_back(store: GraphStore) -> None:
    store.apply(GraphBatch(nodes=[ANN]))
    assert store.get_node(ANN.id) == ANN


def test_get_nodes_keeps_the_order_asked_and_gives_none_for_missing(world: GraphStore) -> None:
    found = world.get_nodes([BOB.id, "person:nobody", ANN.id])
    assert [n.id if n else None for n in found] == [BOB.id, None, ANN.id]


def test_upserted_relationship_is_read_back(world: GraphStore) -> None:
    assert world.get_relationships([ANN_ACME.id, "WORKS_FOR:x->y"]) == [ANN_ACME, None]


def test_property_values_of_every_storable_type_round_trip(store: GraphStore) -> None:
    props = {
        "name": "Zoé ✓",
        "count": 3,
        "score": 0.25,
        "flag": True,
        "gone": None,
        "tags": ["a", "b"],
        "numbers": [1, 2],
    }
    store.apply(GraphBatch(nodes=[Node("model:z", Label.MODEL, props)]))
    assert store.get_node("model:z").properties == props


def test_changing_a_returned_node_does_not_change_the_store(world: GraphStore) -> None:
    world.get_node(ANN.id).properties["aliases"].append("Mallory")
    assert world.get_node(ANN.id).get("aliases") == ["Annie"]


def test_apply_counts_what_it_created(store: GraphStore) -> None:
    result = store.apply(small_world())
    assert (result.nodes_created, result.relationships_created) == (5, 4)


def test_apply_counts_existing_records_as_updated(world: GraphStore) -> None:
    result = world.apply(GraphBatch(nodes=[ANN], relationships=[ANN_ACME]))
    assert (result.nodes_updated, result.relationships_updated) == (1, 1)


# ---------------------------------------------------------------- idempotence


def test_reapplying_a_batch_creates_nothing(world: GraphStore) -> None:
    result = world.apply(small_world())
    assert (result.nodes_created, result.relationships_created) == (0, 0)


def test_reapplying_a_batch_leaves_stats_unchanged(world: GraphStore) -> None:
    before = world.stats()
    world.apply(small_world())
    assert world.stats() == before


def test_reapplying_a_batch_leaves_properties_unchanged(world: GraphStore) -> None:
    before = list(world.iter_all())
    world.apply(small_world())
    assert list(world.iter_all()) == before


# ---------------------------------------------------------------- merging


def sighting(**props: object) -> GraphBatch:
    return GraphBatch(nodes=[person("ann", name="Ann Lee", **props)])


def test_source_articles_accumulate_across_sightings(store: GraphStore) -> None:
    store.apply(sighting(sourceArticles=["article:1", "article:2"]))
    store.apply(sighting(sourceArticles=["article:2", "article:3"]))
    assert store.get_node(ANN.id).get("sourceArticles") == ["article:1", "article:2", "article:3"]


def test_first_seen_keeps_the_earliest(store: GraphStore) -> None:
    store.apply(sighting(firstSeen="2024-05-01T00:00:00Z"))
    store.apply(sighting(firstSeen="2024-03-01T00:00:00Z"))
    store.apply(sighting(firstSeen="2024-09-01T00:00:00Z"))
    assert store.get_node(ANN.id).get("firstSeen") == "2024-03-01T00:00:00Z"


def test_last_seen_keeps_the_latest(store: GraphStore) -> None:
    store.apply(sighting(lastSeen="2024-05-01T00:00:00Z"))
    store.apply(sighting(lastSeen="2024-09-01T00:00:00Z"))
    store.apply(sighting(lastSeen="2024-03-01T00:00:00Z"))
    assert store.get_node(ANN.id).get("lastSeen") == "2024-09-01T00:00:00Z"


def test_none_does_not_erase_a_known_value(store: GraphStore) -> None:
    store.apply(sighting(title="Dr"))
    store.apply(sighting(title=None))
    assert store.get_node(ANN.id).get("title") == "Dr"


def test_a_new_scalar_value_replaces_the_old_one(store: GraphStore) -> None:
    store.apply(sighting(title="Dr"))
    store.apply(sighting(title="Prof"))
    assert store.get_node(ANN.id).get("title") == "Prof"


def test_properties_missing_from_a_sighting_are_kept(store: GraphStore) -> None:
    store.apply(sighting(title="Dr"))
    store.apply(sighting(age=41))
    assert store.get_node(ANN.id).get("title") == "Dr"


def test_relationship_properties_are_merged(world: GraphStore) -> None:
    again = rel(RelType.WORKS_FOR, ANN, ACME, sourceArticles=["article:9"])
    world.apply(GraphBatch(relationships=[again]))
    assert world.get_relationships([ANN_ACME.id])[0].properties == {
        "role": "researcher",
        "sourceArticles": ["article:9"],
    }


def test_replace_overwrites_all_properties(store: GraphStore) -> None:
    store.apply(sighting(title="Dr", sourceArticles=["article:1"]))
    store.apply(GraphBatch(nodes=[person("ann", name="Ann B. Lee")], replace=True))
    assert store.get_node(ANN.id).properties == {"name": "Ann B. Lee"}


def test_replace_overwrites_relationship_properties(world: GraphStore) -> None:
    world.apply(GraphBatch(relationships=[rel(RelType.WORKS_FOR, ANN, ACME)], replace=True))
    assert world.get_relationships([ANN_ACME.id])[0].properties == {}


# ---------------------------------------------------------------- atomicity


def dangling_batch() -> GraphBatch:
    return GraphBatch(
        nodes=[BOB],
        relationships=[rel(RelType.WORKS_FOR, BOB, "organization:ghost")],
        events=[(EventKind.ARTICLE_INGESTED, BOB.id, {})],
    )


def test_relationship_to_a_missing_node_is_an_error(store: GraphStore) -> None:
    with pytest.raises(ModelError):
        store.apply(dangling_batch())


def test_a_failed_batch_writes_no_node(store: GraphStore) -> None:
    with pytest.raises(ModelError):
        store.apply(dangling_batch())
    assert store.get_node(BOB.id) is None


def test_a_failed_batch_changes_no_existing_node(world: GraphStore) -> None:
    batch = dangling_batch()
    batch.nodes = [person("bob", name="Robert Stone")]
    with pytest.raises(ModelError):
        world.apply(batch)
    assert world.get_node(BOB.id) == BOB


def test_a_failed_batch_appends_no_event(store: GraphStore) -> None:
    with pytest.raises(ModelError):
        store.apply(dangling_batch())
    assert store.last_event_seq() == 0


def test_relationship_may_point_to_a_node_of_the_same_batch(store: GraphStore) -> None:
    store.apply(GraphBatch(nodes=[ANN, ACME], relationships=[ANN_ACME]))
    assert store.get_relationships([ANN_ACME.id]) == [ANN_ACME]


def test_relationship_may_point_to_a_stored_node(store: GraphStore) -> None:
    store.apply(GraphBatch(nodes=[ANN, ACME]))
    store.apply(GraphBatch(relationships=[ANN_ACME]))
    assert store.get_relationships([ANN_ACME.id]) == [ANN_ACME]


# ---------------------------------------------------------------- deletes


def test_deleted_node_is_gone(world: GraphStore) -> None:
    world.apply(GraphBatch(delete_nodes=[CAT.id]))
    assert world.get_node(CAT.id) is None


def test_deleting_a_node_deletes_its_relationships(world: GraphStore) -> None:
    world.apply(GraphBatch(delete_nodes=[BOB.id]))
    assert world.get_relationships([BOB_ACME.id]) == [None]


def test_deleting_a_node_keeps_its_neighbours(world: GraphStore) -> None:
    world.apply(GraphBatch(delete_nodes=[BOB.id]))
    assert world.get_node(ACME.id) == ACME


def test_deleted_relationship_is_gone_and_its_nodes_stay(world: GraphStore) -> None:
    world.apply(GraphBatch(delete_relationships=[ANN_ACME.id]))
    assert (world.get_relationships([ANN_ACME.id]), world.get_node(ANN.id)) == ([None], ANN)


def test_deleted_counts_nodes_and_the_relationships_removed_with_them(world: GraphStore) -> None:
    result = world.apply(GraphBatch(delete_nodes=[BOB.id]))
    assert result.deleted == 2


def test_deleting_a_missing_id_is_not_an_error(world: GraphStore) -> None:
    result = world.apply(GraphBatch(delete_nodes=["person:nobody"], delete_relationships=["X"]))
    assert result.deleted == 0


def test_deletes_apply_after_the_upserts_of_the_same_batch(store: GraphStore) -> None:
    store.apply(GraphBatch(nodes=[ANN], delete_nodes=[ANN.id]))
    assert store.get_node(ANN.id) is None


def test_a_deleted_node_can_be_created_again(world: GraphStore) -> None:
    world.apply(GraphBatch(delete_nodes=[CAT.id]))
    world.apply(GraphBatch(nodes=[CAT]))
    assert world.get_node(CAT.id) == CAT


# ---------------------------------------------------------------- find: filters


def test_find_by_label(world: GraphStore) -> None:
    assert ids(world.find(Label.ORGANIZATION)) == [ACME.id, OPENAI.id]


def test_find_without_label_returns_every_node(world: GraphStore) -> None:
    assert len(world.find()) == 5


def test_find_where_equality(world: GraphStore) -> None:
    assert ids(world.find(Label.ORGANIZATION, {"kind": "lab"})) == [ACME.id]


def test_find_where_tuple_means_any_of(world: GraphStore) -> None:
    assert ids(world.find(Label.PERSON, {"age": (30, 99)})) == [BOB.id]


def test_find_where_frozenset_means_any_of(world: GraphStore) -> None:
    assert ids(world.find(Label.PERSON, {"age": frozenset({30, 40})})) == [ANN.id, BOB.id]


def test_find_where_range_is_inclusive(world: GraphStore) -> None:
    assert ids(world.find(Label.PERSON, {"age": Range(30, 40)})) == [ANN.id, BOB.id]


def test_find_where_range_with_open_high_end(world: GraphStore) -> None:
    assert ids(world.find(Label.PERSON, {"age": Range(low=31)})) == [ANN.id]


def test_find_where_range_with_open_low_end(world: GraphStore) -> None:
    assert ids(world.find(Label.PERSON, {"age": Range(high=39)})) == [BOB.id]


def test_find_where_range_on_strings(store: GraphStore) -> None:
    store.apply(
        GraphBatch(
            nodes=[
                person("a", publishedAt="2024-01-05"),
                person("b", publishedAt="2024-02-05"),
                person("c", publishedAt="2024-03-05"),
            ]
        )
    )
    found = store.find(Label.PERSON, {"publishedAt": Range("2024-02-01", "2024-12-31")})
    assert ids(found) == ["person:b", "person:c"]


def test_find_where_on_a_list_property_matches_an_element(world: GraphStore) -> None:
    assert ids(world.find(Label.PERSON, {"aliases": "Annie"})) == [ANN.id]


def test_find_where_never_matches_a_missing_property(world: GraphStore) -> None:
    assert ids(world.find(Label.PERSON, {"nickname": "Annie"})) == []


def test_find_where_conditions_must_all_hold(world: GraphStore) -> None:
    found = world.find(Label.PERSON, {"age": Range(low=20), "name": "Bob Stone"})
    assert ids(found) == [BOB.id]


# ---------------------------------------------------------------- find: text and prefix


def test_text_search_is_case_insensitive(world: GraphStore) -> None:
    assert ids(world.find(text="acme LABS")) == [ACME.id]


def test_text_search_needs_every_word(world: GraphStore) -> None:
    assert ids(world.find(text="ann stone")) == []


def test_text_search_matches_part_of_a_word(world: GraphStore) -> None:
    assert ids(world.find(Label.ORGANIZATION, text="open")) == [OPENAI.id]


def test_text_search_looks_in_aliases(world: GraphStore) -> None:
    assert ids(world.find(text="annie")) == [ANN.id]


def test_text_search_looks_in_the_text_property(store: GraphStore) -> None:
    claim = Node("claim:1", Label.CLAIM, {"text": "Acme will ship a model in May."})
    store.apply(GraphBatch(nodes=[claim, CAT]))
    assert ids(store.find(text="ship may")) == ["claim:1"]


def test_text_search_respects_the_label(world: GraphStore) -> None:
    assert ids(world.find(Label.PERSON, text="a")) == [ANN.id, CAT.id]


def test_prefix_matches_the_start_of_the_name(world: GraphStore) -> None:
    assert ids(world.find(prefix="BOB s")) == [BOB.id]


def test_prefix_matches_the_start_of_an_alias(world: GraphStore) -> None:
    assert ids(world.find(prefix="anni")) == [ANN.id]


def test_prefix_does_not_match_inside_a_name(world: GraphStore) -> None:
    assert ids(world.find(prefix="stone")) == []


def test_prefix_respects_the_label(world: GraphStore) -> None:
    assert ids(world.find(Label.ORGANIZATION, prefix="a")) == [ACME.id]


# ---------------------------------------------------------------- find: order and pages


def test_find_orders_by_id_by_default(store: GraphStore) -> None:
    store.apply(GraphBatch(nodes=[person(k) for k in ("m", "c", "x", "a")]))
    assert ids(store.find(Label.PERSON)) == ["person:a", "person:c", "person:m", "person:x"]


def test_find_orders_by_a_property(world: GraphStore) -> None:
    assert ids(world.find(Label.PERSON, order_by="age")) == [BOB.id, ANN.id, CAT.id]


def test_find_orders_descending_with_missing_values_still_last(world: GraphStore) -> None:
    found = world.find(Label.PERSON, order_by="age", descending=True)
    assert ids(found) == [ANN.id, BOB.id, CAT.id]


def test_find_breaks_order_by_ties_by_id(store: GraphStore) -> None:
    store.apply(GraphBatch(nodes=[person(k, rank=1) for k in ("c", "a", "b")]))
    assert ids(store.find(Label.PERSON, order_by="rank")) == ["person:a", "person:b", "person:c"]


def test_find_limit_and_offset_page_through_the_results(store: GraphStore) -> None:
    store.apply(GraphBatch(nodes=[person(f"{i:02}") for i in range(10)]))
    page = store.find(Label.PERSON, limit=3, offset=3)
    assert ids(page) == ["person:03", "person:04", "person:05"]


def test_find_limit_none_returns_everything(store: GraphStore) -> None:
    store.apply(GraphBatch(nodes=[person(f"{i:03}") for i in range(150)]))
    assert len(store.find(Label.PERSON, limit=None)) == 150


def test_find_default_limit_is_100(store: GraphStore) -> None:
    store.apply(GraphBatch(nodes=[person(f"{i:03}") for i in range(150)]))
    assert len(store.find(Label.PERSON)) == 100


def test_ordered_pages_follow_the_order(world: GraphStore) -> None:
    page = world.find(Label.PERSON, order_by="age", limit=2, offset=1)
    assert ids(page) == [ANN.id, CAT.id]


def test_count_without_filters(world: GraphStore) -> None:
    assert world.count(Label.PERSON) == 3


def test_count_matches_an_unlimited_find(world: GraphStore) -> None:
    assert world.count(Label.PERSON, {"age": Range(low=0)}, text="o") == len(
        world.find(Label.PERSON, {"age": Range(low=0)}, text="o", limit=None)
    )


def test_count_with_prefix(world: GraphStore) -> None:
    assert world.count(prefix="a") == 2  # Ann Lee (by name and alias: once), Acme Labs


# ---------------------------------------------------------------- relationships_of


def test_relationships_of_in_both_directions(world: GraphStore) -> None:
    assert ids(world.relationships_of([ACME.id])) == sorted(
        [ANN_ACME.id, BOB_ACME.id, ANN_LEADS.id, ACME_OPENAI.id]
    )


def test_relationships_of_outgoing_only(world: GraphStore) -> None:
    assert ids(world.relationships_of([ACME.id], direction="out")) == [ACME_OPENAI.id]


def test_relationships_of_incoming_only(world: GraphStore) -> None:
    found = world.relationships_of([ACME.id], direction="in")
    assert ids(found) == sorted([ANN_ACME.id, BOB_ACME.id, ANN_LEADS.id])


def test_relationships_of_filters_by_type(world: GraphStore) -> None:
    found = world.relationships_of([ANN.id], types=[RelType.LEADS])
    assert found == [ANN_LEADS]


def test_relationships_of_lists_a_shared_relationship_once(world: GraphStore) -> None:
    found = world.relationships_of([ANN.id, ACME.id], types=[RelType.WORKS_FOR])
    assert ids(found) == sorted([ANN_ACME.id, BOB_ACME.id])


def test_relationships_of_an_unknown_node_is_empty(world: GraphStore) -> None:
    assert world.relationships_of(["person:nobody"]) == []


# ---------------------------------------------------------------- iter_all and stats


def test_iter_all_yields_every_node_then_every_relationship(world: GraphStore) -> None:
    items = list(world.iter_all())
    kinds = [isinstance(item, Node) for item in items]
    assert kinds == [True] * 5 + [False] * 4


def test_iter_all_yields_the_stored_records(world: GraphStore) -> None:
    items = {item.id: item for item in world.iter_all()}
    assert items[ANN.id] == ANN and items[ACME_OPENAI.id] == ACME_OPENAI


def test_stats_count_nodes_per_label_and_relationships_per_type(world: GraphStore) -> None:
    stats = world.stats()
    assert {k: stats.get(k, 0) for k in ("Person", "Organization", "WORKS_FOR", "LEADS")} == {
        "Person": 3,
        "Organization": 2,
        "WORKS_FOR": 2,
        "LEADS": 1,
    }


def test_stats_follow_deletes(world: GraphStore) -> None:
    world.apply(GraphBatch(delete_nodes=[BOB.id]))
    stats = world.stats()
    assert (stats.get("Person", 0), stats.get("WORKS_FOR", 0)) == (2, 1)


def test_stats_of_an_empty_store_count_nothing(store: GraphStore) -> None:
    assert sum(store.stats().values()) == 0


# ---------------------------------------------------------------- events


def events_batch(*subjects: str) -> GraphBatch:
    return GraphBatch(
        events=[(EventKind.DISPUTE_OPENED, s, {"claims": [s, "claim:x"]}) for s in subjects]
    )


def test_last_event_seq_of_an_empty_store_is_zero(store: GraphStore) -> None:
    assert store.last_event_seq() == 0


def test_apply_returns_the_events_it_wrote(store: GraphStore) -> None:
    result = store.apply(events_batch("dispute:1", "dispute:2"))
    assert [(e.kind, e.subject) for e in result.events] == [
        (EventKind.DISPUTE_OPENED, "dispute:1"),
        (EventKind.DISPUTE_OPENED, "dispute:2"),
    ]


def test_event_seqs_strictly_increase_across_batches(store: GraphStore) -> None:
    first = store.apply(events_batch("dispute:1", "dispute:2")).events
    second = store.apply(events_batch("dispute:3")).events
    seqs = [e.seq for e in first + second]
    assert seqs == sorted(set(seqs)) and seqs[0] > 0


def test_events_after_returns_later_events_oldest_first(store: GraphStore) -> None:
    store.apply(events_batch("dispute:1", "dispute:2"))
    store.apply(events_batch("dispute:3"))
    first = store.events_after(0)[0].seq
    assert [e.subject for e in store.events_after(first)] == ["dispute:2", "dispute:3"]


def test_events_after_honours_the_limit(store: GraphStore) -> None:
    store.apply(events_batch("dispute:1", "dispute:2", "dispute:3"))
    assert [e.subject for e in store.events_after(0, limit=2)] == ["dispute:1", "dispute:2"]


def test_events_keep_their_payload(store: GraphStore) -> None:
    store.apply(events_batch("dispute:1"))
    assert store.events_after(0)[0].payload == {"claims": ["dispute:1", "claim:x"]}


def test_events_are_appended_again_when_a_batch_is_reapplied(store: GraphStore) -> None:
    store.apply(events_batch("dispute:1"))
    store.apply(events_batch("dispute:1"))
    assert len(store.events_after(0)) == 2


def test_last_event_seq_is_the_newest_event(store: GraphStore) -> None:
    written = store.apply(events_batch("dispute:1", "dispute:2")).events
    assert store.last_event_seq() == written[-1].seq


# ---------------------------------------------------------------- ordered neighbours


@pytest.fixture
def indexed(monkeypatch: pytest.MonkeyPatch) -> None:
    """Embedded stores index every node's neighbours (not only hubs'), so the
    incremental maintenance is what these tests exercise; other backends ignore it."""
    from graph import _memgraph

    monkeypatch.setattr(_memgraph, "NEIGHBOUR_INDEX_MIN", 0)


def claim(key: str, **props: object) -> Node:
    return Node(f"claim:{key}", Label.CLAIM, {"text": f"Claim {key}.", **props})


def about(c: Node, entity: Node, key: str | None = None) -> Relationship:
    rid = relationship_id(RelType.ABOUT, c.id, entity.id, *([key] if key else []))
    return Relationship(rid, RelType.ABOUT, c.id, entity.id, {})


# claims about ACME: ordered newest first by publishedAt, else firstSeen; ties by id
C_NEW = claim("e", publishedAt="2024-05-01")
C_FIRST_SEEN = claim("d", firstSeen="2024-04-01")  # no publishedAt
C_TIE_B = claim("b", publishedAt="2024-03-01")
C_TIE_C = claim("c", publishedAt="2024-03-01")
C_PREFIX = claim("f", publishedAt="2024-03")  # a prefix sorts after its extensions
C_UNDATED_Z = claim("z")
C_UNDATED_A = claim("a", publishedAt="")  # empty counts as missing
ABOUT_ACME = [C_UNDATED_Z, C_TIE_C, C_NEW, C_PREFIX, C_UNDATED_A, C_TIE_B, C_FIRST_SEEN]
ORDER_ABOUT_ACME = [
    C_NEW.id,
    C_FIRST_SEEN.id,
    C_TIE_B.id,
    C_TIE_C.id,
    C_PREFIX.id,
    C_UNDATED_A.id,
    C_UNDATED_Z.id,
]


@pytest.fixture
def claims_world(store: GraphStore, indexed: None) -> GraphStore:
    store.apply(
        GraphBatch(
            nodes=[ANN, ACME, OPENAI, *ABOUT_ACME],
            relationships=[
                *(about(c, ACME) for c in ABOUT_ACME),
                rel(RelType.ASSERTS, ANN, C_NEW),
                rel(RelType.ASSERTS, ANN, C_TIE_B),
                about(C_NEW, OPENAI),
            ],
        )
    )
    return store


def about_page(store: GraphStore, entity: Node = ACME, **kwargs: object) -> tuple[list[str], int]:
    nodes, total = store.neighbours_page(entity.id, RelType.ABOUT, "in", **kwargs)  # type: ignore[arg-type]
    return ids(nodes), total


def test_neighbours_are_newest_first_undated_last_ties_by_id(claims_world: GraphStore) -> None:
    assert about_page(claims_world) == (ORDER_ABOUT_ACME, 7)


def test_neighbours_page_is_a_slice_with_the_full_total(claims_world: GraphStore) -> None:
    assert about_page(claims_world, offset=2, limit=3) == (ORDER_ABOUT_ACME[2:5], 7)


def test_neighbours_page_past_the_end_is_empty_with_the_total(claims_world: GraphStore) -> None:
    assert about_page(claims_world, offset=10, limit=5) == ([], 7)


def position(node: Node, keys: tuple[str, ...] = ("publishedAt", "firstSeen")) -> tuple[str, str]:
    """A keyset position: the node's order value ("" when undated) and its id."""
    value = next((v for k in keys if isinstance(v := node.properties.get(k), str) and v), "")
    return (value, node.id)


BY_ID = {c.id: c for c in ABOUT_ACME}


@pytest.mark.parametrize("at", range(len(ORDER_ABOUT_ACME)))
def test_neighbours_page_after_a_position_starts_right_after_it(
    claims_world: GraphStore, at: int
) -> None:
    after = position(BY_ID[ORDER_ABOUT_ACME[at]])
    assert about_page(claims_world, after=after, limit=3) == (
        ORDER_ABOUT_ACME[at + 1 : at + 4],
        7,
    )


def test_neighbours_page_after_a_position_ignores_what_is_added_before_it(
    claims_world: GraphStore,
) -> None:
    newer, tie_first = claim("g", publishedAt="2025-01-01"), claim("a0", publishedAt="2024-03-01")
    claims_world.apply(
        GraphBatch(
            nodes=[newer, tie_first], relationships=[about(newer, ACME), about(tie_first, ACME)]
        )
    )
    # tie_first shares C_TIE_B's date with a smaller id: before the position, not on the page
    after = position(C_TIE_B)
    assert about_page(claims_world, after=after, limit=10) == (ORDER_ABOUT_ACME[3:], 9)


def test_neighbours_page_after_a_position_whose_node_is_gone(claims_world: GraphStore) -> None:
    claims_world.apply(GraphBatch(delete_nodes=[C_TIE_B.id]))
    assert about_page(claims_world, after=position(C_TIE_B), limit=2) == (
        ORDER_ABOUT_ACME[3:5],
        6,
    )


def test_neighbours_page_after_an_undated_position(claims_world: GraphStore) -> None:
    assert about_page(claims_world, after=position(C_UNDATED_A)) == ([C_UNDATED_Z.id], 7)


def test_neighbours_order_keys_are_tried_in_turn(claims_world: GraphStore) -> None:
    order, _ = about_page(claims_world, order_keys=("firstSeen",))
    assert order == [C_FIRST_SEEN.id, *sorted(i for i in ORDER_ABOUT_ACME if i != C_FIRST_SEEN.id)]


def test_neighbours_follow_the_direction(claims_world: GraphStore) -> None:
    nodes, total = claims_world.neighbours_page(
        C_NEW.id, RelType.ABOUT, "out", order_keys=("name",)
    )
    assert (ids(nodes), total) == ([OPENAI.id, ACME.id], 2)


def test_neighbours_in_the_wrong_direction_are_none(claims_world: GraphStore) -> None:
    assert about_page(claims_world, entity=C_NEW) == ([], 0)


def test_neighbours_of_an_unknown_node_are_none(claims_world: GraphStore) -> None:
    assert about_page(claims_world, entity=CAT) == ([], 0)


def test_neighbours_filter_by_label(claims_world: GraphStore) -> None:
    claims_world.apply(GraphBatch(relationships=[rel(RelType.ABOUT, BOB.id, ACME)], nodes=[BOB]))
    people, total = claims_world.neighbours_page(ACME.id, RelType.ABOUT, "in", label=Label.PERSON)
    assert (ids(people), total) == ([BOB.id], 1)


def test_neighbours_linked_twice_are_listed_once(claims_world: GraphStore) -> None:
    claims_world.apply(GraphBatch(relationships=[about(C_NEW, ACME, key="again")]))
    assert about_page(claims_world) == (ORDER_ABOUT_ACME, 7)


def test_neighbours_see_a_new_relationship(claims_world: GraphStore) -> None:
    about_page(claims_world)  # whatever a backend caches, it is now built
    newest = claim("n", publishedAt="2025-01-01")
    claims_world.apply(GraphBatch(nodes=[newest], relationships=[about(newest, ACME)]))
    assert about_page(claims_world, limit=2) == ([newest.id, C_NEW.id], 8)


def test_neighbours_follow_a_change_of_the_order_key(claims_world: GraphStore) -> None:
    about_page(claims_world)
    claims_world.apply(GraphBatch(nodes=[claim("z", publishedAt="2030-01-01")]))
    assert about_page(claims_world, limit=2) == ([C_UNDATED_Z.id, C_NEW.id], 7)


def test_neighbours_follow_a_removed_order_key(claims_world: GraphStore) -> None:
    about_page(claims_world)
    claims_world.apply(GraphBatch(nodes=[claim("e")], replace=True))
    order, _ = about_page(claims_world)
    assert order[-3:] == [C_UNDATED_A.id, C_NEW.id, C_UNDATED_Z.id]


def test_neighbours_forget_a_deleted_relationship(claims_world: GraphStore) -> None:
    about_page(claims_world)
    claims_world.apply(GraphBatch(delete_relationships=[about(C_NEW, ACME).id]))
    assert about_page(claims_world) == (ORDER_ABOUT_ACME[1:], 6)


def test_neighbours_forget_a_deleted_node(claims_world: GraphStore) -> None:
    about_page(claims_world)
    claims_world.apply(GraphBatch(delete_nodes=[C_TIE_B.id]))
    assert about_page(claims_world) == ([i for i in ORDER_ABOUT_ACME if i != C_TIE_B.id], 6)


def test_neighbours_follow_a_retargeted_relationship(claims_world: GraphStore) -> None:
    """What a curation merge does: the relationships of one entity move to another."""
    about_page(claims_world)
    about_page(claims_world, entity=OPENAI)
    claims_world.apply(
        GraphBatch(
            relationships=[about(C_TIE_B, OPENAI)],
            delete_relationships=[about(C_TIE_B, ACME).id],
        )
    )
    assert (about_page(claims_world)[1], about_page(claims_world, entity=OPENAI)) == (
        6,
        ([C_NEW.id, C_TIE_B.id], 2),
    )


# disputes of ANN: concerning her, or involving a claim she made
DISPUTE_PATHS = [
    [(RelType.CONCERNS, "in")],
    [(RelType.ASSERTS, "out"), (RelType.INVOLVES, "in")],
]


def dispute(key: str, updated: str) -> Node:
    return Node(f"dispute:{key}", Label.DISPUTE, {"status": "open", "updatedAt": updated})


D_OLD = dispute("old", "2024-01-01")
D_MID = dispute("mid", "2024-02-01")
D_NEW = dispute("new", "2024-03-01")


@pytest.fixture
def disputes_world(claims_world: GraphStore) -> GraphStore:
    claims_world.apply(
        GraphBatch(
            nodes=[D_OLD, D_MID, D_NEW],
            relationships=[
                rel(RelType.CONCERNS, D_OLD, ANN),
                rel(RelType.INVOLVES, D_MID, C_NEW),
                rel(RelType.INVOLVES, D_MID, C_TIE_B),  # two of her claims: listed once
                rel(RelType.CONCERNS, D_MID, ANN),
                rel(RelType.INVOLVES, D_NEW, C_TIE_C),  # not her claim
            ],
        )
    )
    return claims_world


def ann_disputes(store: GraphStore) -> tuple[list[str], int]:
    nodes, total = store.reachable_page(
        ANN.id, DISPUTE_PATHS, order_keys=("updatedAt",), label=Label.DISPUTE
    )
    return ids(nodes), total


def test_reachable_page_after_a_position_starts_right_after_it(
    disputes_world: GraphStore,
) -> None:
    nodes, total = disputes_world.reachable_page(
        ANN.id,
        DISPUTE_PATHS,
        order_keys=("updatedAt",),
        label=Label.DISPUTE,
        after=position(D_MID, ("updatedAt",)),
    )
    assert (ids(nodes), total) == ([D_OLD.id], 2)


def test_reachable_follows_every_path_listing_each_node_once(disputes_world: GraphStore) -> None:
    assert ann_disputes(disputes_world) == ([D_MID.id, D_OLD.id], 2)


def test_reachable_sees_a_new_second_step(disputes_world: GraphStore) -> None:
    ann_disputes(disputes_world)
    disputes_world.apply(GraphBatch(relationships=[rel(RelType.INVOLVES, D_NEW, C_TIE_B)]))
    assert ann_disputes(disputes_world) == ([D_NEW.id, D_MID.id, D_OLD.id], 3)


def test_reachable_sees_a_new_first_step(disputes_world: GraphStore) -> None:
    ann_disputes(disputes_world)
    disputes_world.apply(GraphBatch(relationships=[rel(RelType.ASSERTS, ANN, C_TIE_C)]))
    assert ann_disputes(disputes_world) == ([D_NEW.id, D_MID.id, D_OLD.id], 3)


def test_reachable_keeps_a_node_while_one_walk_remains(disputes_world: GraphStore) -> None:
    ann_disputes(disputes_world)
    disputes_world.apply(
        GraphBatch(
            delete_relationships=[
                rel(RelType.INVOLVES, D_MID, C_NEW).id,
                rel(RelType.CONCERNS, D_MID, ANN).id,
            ]
        )
    )
    assert ann_disputes(disputes_world) == ([D_MID.id, D_OLD.id], 2)


def test_reachable_forgets_a_node_when_its_last_walk_goes(disputes_world: GraphStore) -> None:
    ann_disputes(disputes_world)
    disputes_world.apply(
        GraphBatch(
            delete_relationships=[rel(RelType.ASSERTS, ANN, C_NEW).id], delete_nodes=[C_TIE_B.id]
        )
    )
    assert ann_disputes(disputes_world) == ([D_MID.id, D_OLD.id], 2)  # still concerns her
    disputes_world.apply(GraphBatch(delete_relationships=[rel(RelType.CONCERNS, D_MID, ANN).id]))
    assert ann_disputes(disputes_world) == ([D_OLD.id], 1)


def test_reachable_follows_a_change_of_the_order_key(disputes_world: GraphStore) -> None:
    ann_disputes(disputes_world)
    disputes_world.apply(GraphBatch(nodes=[dispute("old", "2025-01-01")]))
    assert ann_disputes(disputes_world) == ([D_OLD.id, D_MID.id], 2)


# ---------------------------------------------------------------- find_aliased


def test_find_aliased_finds_entities_by_id_absorbed_id_and_alias_key(store: GraphStore) -> None:
    x = org("x", name="X", aliases=["Twitter"], aliasKeys=["x", "twitter"])
    merged = org("acme", name="Acme Labs", absorbedIds=["organization:acme-lab"])
    claim = Node("claim:c1", Label.CLAIM, {"text": "x", "aliasKeys": ["twitter"]})
    store.apply(GraphBatch(nodes=[x, merged, claim, BOB]))
    assert ids(store.find_aliased([], ["twitter"])) == ["organization:x"]
    assert ids(store.find_aliased(["organization:acme-lab"], [])) == ["organization:acme"]
    assert ids(store.find_aliased(["person:bob", "claim:c1"], [])) == ["person:bob"]
    found = store.find_aliased(["person:bob", "organization:acme-lab"], ["x", "nobody"])
    assert ids(found) == ["organization:acme", "organization:x", "person:bob"]
    assert found[1].get("aliases") == ["Twitter"]
    assert store.find_aliased([], []) == []


def test_alias_keys_accumulate_across_upserts(store: GraphStore) -> None:
    store.apply(GraphBatch(nodes=[org("x", name="X", aliasKeys=["x"])]))
    store.apply(GraphBatch(nodes=[org("x", aliasKeys=["twitter"])]))
    assert ids(store.find_aliased([], ["twitter"])) == ["organization:x"]
    assert ids(store.find_aliased([], ["x"])) == ["organization:x"]


def test_find_aliased_takes_values_as_data_not_query_text(store: GraphStore) -> None:
    store.apply(GraphBatch(nodes=[ANN]))
    hostile = ["x' OR 1=1 //", "}) RETURN n //", "$ids"]
    assert store.find_aliased(hostile, hostile) == []


# ---------------------------------------------------------------- closing


def test_a_closed_store_refuses_reads_and_writes_with_a_store_error(world: GraphStore) -> None:
    # Whatever outlives its store (a server's background reader) fails loudly.
    world.close()
    with pytest.raises(StoreError, match="closed"):
        world.get_nodes([ANN.id])
    with pytest.raises(StoreError, match="closed"):
        world.apply(GraphBatch(nodes=[BOB]))
