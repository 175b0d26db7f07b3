"""Tools outside Python that some tests need (Node.js, Java): skip or fail.

On a developer's machine a test whose tool is missing is skipped with the
reason; in CI (``CI=true``) it fails instead, so CI never goes green by
silently skipping what it was meant to check.  ``ops/test`` installs or
checks these tools before running pytest.
"""

from __future__ import annotations

import os
import shutil

import pytest


def in_ci() -> bool:
    """True when running in CI (``CI`` is ``1``, ``true`` or ``yes``)."""
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def require_tools(*commands: str, why: str) -> None:
    """Skip the calling test (fail it in CI) unless every command is on PATH."""
    missing = [command for command in commands if shutil.which(command) is None]
    if not missing:
        return
    reason = f"{' and '.join(missing)} not found ({why}; ops/test installs it under CI=true)"
    if in_ci():
        pytest.fail(f"cannot run in CI: {reason}", pytrace=False)
    pytest.skip(reason)
