"""End to end with the real extractor: ingesters anywhere reach subscribers.

A dispute found by the ``ingestArticle`` mutation and one found by a separate
``claimgraph ingest`` process writing the same store both arrive at a
websocket subscriber of the running server.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from graph.embedded import EmbeddedStore
from tests.api_support import ApiServer
from tests.test_api_subscriptions import next_payload, open_socket, subscribe, wait_for_subscribers

REPO = Path(__file__).resolve().parent.parent

BENCHMARK_ROW = (
    "OpenAI said on Monday that GPT-4 outperforms Llama 3 on MMLU. Meta dismissed the "
    "claim as misleading, insisting that Llama 3 still beats GPT-4 on MMLU."
)
GEMINI_ROW = (
    "Google said Gemini beats GPT-4 on MMLU. OpenAI denied that Gemini beats GPT-4, "
    "calling the comparison misleading."
)

OPENED = "subscription { disputeOpened { dispute { parties { name } topics } } }"

INGEST = """mutation($text: String!, $url: String!) { ingestArticle(text: $text, url: $url) {
    __typename ... on IngestArticleSuccess { status disputes } } }"""


def test_dispute_found_by_the_mutation_reaches_subscribers(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path / "store")
    try:
        with ApiServer(store) as api, open_socket(api) as ws:
            subscribe(ws, "1", OPENED)
            wait_for_subscribers(api, 1)
            result = api.gql(INGEST, {"text": BENCHMARK_ROW, "url": "https://e2e.example/1"})
            event = next_payload(ws)["data"]["disputeOpened"]["dispute"]
    finally:
        store.close()
    assert result["data"]["ingestArticle"] == {
        "__typename": "IngestArticleSuccess",
        "status": "new",
        "disputes": 1,
    }
    assert sorted(p["name"] for p in event["parties"]) == ["Meta", "OpenAI"]


def test_dispute_found_by_a_separate_ingest_process_reaches_subscribers(tmp_path: Path) -> None:
    location = tmp_path / "store"
    article = tmp_path / "gemini.txt"
    article.write_text(GEMINI_ROW, encoding="utf-8")
    store = EmbeddedStore(location)
    try:
        with ApiServer(store) as api, open_socket(api) as ws:
            subscribe(ws, "1", OPENED)
            wait_for_subscribers(api, 1)
            subprocess.run(
                [sys.executable, "-m", "api.cli", "ingest", str(article), "--store", str(location)],
                cwd=REPO,
                env=dict(os.environ),
                capture_output=True,
                text=True,
                timeout=300,
                check=True,
            )
            event = next_payload(ws)["data"]["disputeOpened"]["dispute"]
    finally:
        store.close()
    assert sorted(p["name"] for p in event["parties"]) == ["Google", "OpenAI"]
    assert "Gemini" in event["topics"]


FOLLOW_UP = "Meta denied on Friday that GPT-4 outperforms Llama 3 on MMLU."

UPDATED = """subscription { disputeUpdated { dispute {
    claims { totalCount } growth { date claims } } } }"""

INGEST_DATED = """mutation($text: String!, $url: String!, $at: String!) {
  ingestArticle(text: $text, url: $url, publishedAt: $at) { __typename } }"""


def test_follow_up_article_updates_the_dispute_for_subscribers(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path / "store")
    try:
        with ApiServer(store) as api, open_socket(api) as ws:
            first = {"text": BENCHMARK_ROW, "url": "https://e2e.example/a", "at": "2024-05-06"}
            api.gql(INGEST_DATED, first)
            subscribe(ws, "1", UPDATED)
            wait_for_subscribers(api, 1)
            second = {"text": FOLLOW_UP, "url": "https://e2e.example/b", "at": "2024-05-10"}
            api.gql(INGEST_DATED, second)
            dispute = next_payload(ws)["data"]["disputeUpdated"]["dispute"]
    finally:
        store.close()
    # the first article: OpenAI's claim, Meta's dismissal and what Meta insisted on
    assert dispute["claims"]["totalCount"] == 4
    assert dispute["growth"] == [
        {"date": "2024-05-06", "claims": 3},
        {"date": "2024-05-10", "claims": 4},
    ]


def test_a_disputes_parties_open_with_the_sides_its_caption_names(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path / "store")
    try:
        with ApiServer(store) as api:
            row = {"text": BENCHMARK_ROW, "url": "https://e2e.example/a", "at": "2024-05-06"}
            api.gql(INGEST_DATED, row)
            got = api.gql("{ disputes { nodes { caption parties { name } } } }")
    finally:
        store.close()
    (dispute,) = got["data"]["disputes"]["nodes"]
    # Meta answers OpenAI: the challenger is named first, though OpenAI spoke first
    assert dispute["caption"].startswith("Meta vs OpenAI")
    assert [p["name"] for p in dispute["parties"]] == ["Meta", "OpenAI"]
