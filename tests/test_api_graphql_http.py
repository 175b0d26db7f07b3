"""The GraphQL-over-HTTP spec audit (npm ``graphql-http``) against a real server.

Every MUST audit has to pass; SHOULD/MAY audits are reported (warn) but do not
fail the test.  ``npm ci`` installs the pinned audit suite on first run.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from graph.embedded import EmbeddedStore
from tests.api_support import ApiServer
from tests.graph_factory import sample_world

AUDIT_DIR = Path(__file__).resolve().parent / "graphql_http_audit"


def ensure_audit_installed() -> None:
    if (AUDIT_DIR / "node_modules" / "graphql-http").is_dir():
        return
    subprocess.run(
        ["npm", "ci", "--no-audit", "--no-fund"],
        cwd=AUDIT_DIR,
        check=True,
        capture_output=True,
        timeout=300,
    )


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
def test_every_must_audit_passes(tmp_path: Path) -> None:
    # The audit checks HTTP behaviour, not storage: one backend is enough.
    ensure_audit_installed()
    store = EmbeddedStore(tmp_path / "store")
    sample_world(store)
    with ApiServer(store) as api:
        run = subprocess.run(
            ["node", "audit.mjs", f"{api.url}/graphql"],
            cwd=AUDIT_DIR,
            capture_output=True,
            text=True,
            timeout=300,
            check=True,
        )
    store.close()
    results = json.loads(run.stdout)
    must = [r for r in results if r["name"].startswith("MUST")]
    assert len(must) > 10
    failed = [f"{r['name']}: {r['reason']}" for r in must if r["status"] != "ok"]
    assert failed == []
