"""The API key check itself (``api/auth.py``): which header carries the key, and
how it is compared.  Over HTTP, refused keys are in ``tests/test_api_mutations.py``.
"""

from __future__ import annotations

import hmac

import pytest

from api.auth import key_matches, presented_key

KEY = "s3cret-test-key"


def test_the_key_is_compared_whole_in_constant_time(monkeypatch: pytest.MonkeyPatch) -> None:
    # hmac.compare_digest takes as long whatever the bytes: a prefix match or
    # "==" would tell an attacker, by timing, how much of a guess was right.
    real = hmac.compare_digest
    compared: list[tuple[bytes, bytes]] = []

    def recording_compare_digest(given: bytes, expected: bytes) -> bool:
        compared.append((given, expected))
        return real(given, expected)

    monkeypatch.setattr(hmac, "compare_digest", recording_compare_digest)
    verdicts = [key_matches(KEY, {"x-api-key": key}) for key in (KEY[:-1], KEY, KEY + "x")]
    assert (verdicts, compared) == (
        [False, True, False],
        [(k.encode(), KEY.encode()) for k in (KEY[:-1], KEY, KEY + "x")],
    )


def test_without_a_configured_key_no_key_is_needed() -> None:
    assert [key_matches(None, {}), key_matches("", {})] == [True, True]


def test_a_request_without_a_key_does_not_match() -> None:
    assert key_matches(KEY, {}) is False


@pytest.mark.parametrize(
    ("headers", "key"),
    [
        ({"authorization": f"Bearer {KEY}"}, KEY),
        ({"authorization": f"bearer   {KEY} "}, KEY),
        ({"x-api-key": f" {KEY} "}, KEY),
        ({"authorization": "Bearer", "x-api-key": KEY}, KEY),  # an empty bearer hides nothing
        ({"authorization": f"Basic {KEY}"}, None),  # another scheme is not a key
        ({"authorization": "Bearer  ", "x-api-key": "  "}, None),
        ({}, None),
    ],
    ids=["bearer", "spacing", "x-api-key", "empty-bearer", "basic", "blank", "none"],
)
def test_the_presented_key(headers: dict[str, str], key: str | None) -> None:
    assert presented_key(headers) == key
