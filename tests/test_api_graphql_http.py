"""The GraphQL-over-HTTP spec audit (npm ``graphql-http``) against a real server.

Every MUST audit has to pass; SHOULD/MAY audits are reported (warn) but do not
fail the test.  ``npm ci`` installs the pinned audit suite on first run.  It
needs Node.js and npm: without them the test is skipped on a developer's
machine and fails in CI (``ops/test`` installs them).
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from graph.embedded import EmbeddedStore
from tests.api_support import ApiServer
from tests.graph_factory import sample_world
from tests.tools import require_tools

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


def test_every_must_audit_passes(tmp_path: Path) -> None:
    # The audit checks HTTP behaviour, not storage: one backend is enough.
    require_tools("node", "npm", why="the graphql-http audit runs on Node.js")
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
