"""Parsed and validated query documents are reused by query text, and only good ones.

A real server over a real embedded store; the cache is observed through
answers: a reused document still takes each request's variables, and a text
that failed validation fails again (failures are never cached).
"""

from __future__ import annotations

from pathlib import Path

from api.settings import Settings
from graph.embedded import EmbeddedStore
from tests.api_support import ApiServer
from tests.graph_factory import sample_world

BY_NAME = "query($name: String!) { entity(name: $name) { name } }"


def test_a_reused_document_takes_each_requests_variables(tmp_path: Path) -> None:
    with EmbeddedStore(tmp_path / "store") as store:
        sample_world(store)
        with ApiServer(store) as api:
            names = [
                api.gql(BY_NAME, {"name": name})["data"]["entity"]["name"]
                for name in ("Meta", "OpenAI", "Meta")
            ]
    assert names == ["Meta", "OpenAI", "Meta"]


def test_a_query_that_failed_validation_fails_every_time(tmp_path: Path) -> None:
    too_deep = "{ entities { nodes { claimsMade { nodes { claimant { name } } } } } }"
    with EmbeddedStore(tmp_path / "store") as store, ApiServer(store, Settings(max_depth=3)) as api:
        answers = [api.gql(too_deep) for _ in range(2)]
    message = "'anonymous' exceeds maximum operation depth of 3"
    assert [(a["data"], a["errors"][0]["message"]) for a in answers] == [(None, message)] * 2
