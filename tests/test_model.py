"""The graph model: identity, storable properties and how sightings merge."""

import pytest

from graph.model import (
    PROVENANCE_KEEP,
    Label,
    ModelError,
    Node,
    RelType,
    canonical_key,
    entity_id,
    evidence_ref,
    merge_properties,
    parse_evidence_ref,
    relationship_id,
)


def test_entity_ids_ignore_case_accents_punctuation_and_possessives():
    assert entity_id(Label.ORGANIZATION, "Meta's") == entity_id("Organization", "META")
    assert entity_id(Label.PERSON, "Melissa Heikkilä") == "person:melissa-heikkila"


def test_entity_ids_differ_by_label():
    assert entity_id(Label.MODEL, "Gemini") != entity_id(Label.ORGANIZATION, "Gemini")


def test_canonical_key_of_punctuation_only_name_is_not_empty():
    assert canonical_key("!!!") == "unnamed"


def test_relationship_ids_separate_parallel_relationships_by_key():
    plain = relationship_id(RelType.WORKS_FOR, "person:a", "organization:b")
    keyed = relationship_id(RelType.WORKS_FOR, "person:a", "organization:b", "ceo")
    assert plain != keyed and keyed.startswith(plain)


def test_evidence_refs_round_trip():
    assert parse_evidence_ref(evidence_ref("article:abc", 10, 42)) == ("article:abc", 10, 42)


def test_nested_maps_are_not_storable():
    with pytest.raises(ModelError, match="not storable"):
        Node("person:x", Label.PERSON, {"meta": {"a": 1}})  # type: ignore[dict-item]


def test_mixed_lists_are_not_storable():
    with pytest.raises(ModelError):
        Node("person:x", Label.PERSON, {"aliases": ["a", 1]})  # type: ignore[list-item]


def test_property_names_must_be_camel_case():
    with pytest.raises(ModelError, match="camelCase"):
        Node("person:x", Label.PERSON, {"Name": "x"})


def test_merge_unions_provenance_and_keeps_the_seen_window():
    old = {"sourceArticles": ["a1"], "firstSeen": "2025-01-02", "lastSeen": "2025-01-02"}
    new = {"sourceArticles": ["a2", "a1"], "firstSeen": "2025-01-01", "lastSeen": "2025-01-01"}
    merged = merge_properties(old, new)
    assert merged["sourceArticles"] == ["a1", "a2"]
    assert (merged["firstSeen"], merged["lastSeen"]) == ("2025-01-01", "2025-01-02")


def test_merge_never_erases_a_known_value_with_none():
    assert merge_properties({"title": "T"}, {"title": None}) == {"title": "T"}


def test_merge_is_idempotent():
    old = {"aliases": ["LeCun"], "name": "Yann LeCun"}
    new = {"aliases": ["Yann"], "name": "Yann LeCun"}
    once = merge_properties(old, new)
    assert merge_properties(once, new) == once


def test_provenance_on_one_record_keeps_the_earliest_and_latest_sightings():
    merged: dict = {}
    for i in range(200):
        merged = merge_properties(merged, {"sourceArticles": [f"article:{i:03d}"]})
    kept = merged["sourceArticles"]
    assert len(kept) == 2 * PROVENANCE_KEEP
    assert kept[0] == "article:000" and kept[-1] == "article:199"


def test_bounded_provenance_stays_idempotent():
    merged: dict = {}
    for i in range(100):
        merged = merge_properties(merged, {"evidence": [f"article:{i}:0-5"]})
    assert merge_properties(merged, {"evidence": ["article:99:0-5"]}) == merged


def test_aliases_are_never_truncated():
    merged: dict = {}
    for i in range(100):
        merged = merge_properties(merged, {"aliases": [f"name {i}"]})
    assert len(merged["aliases"]) == 100
