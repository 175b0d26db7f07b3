"""Print the mutation score per module and every surviving mutant with its diff.

Reads the results that ``mutmut run`` left in ``mutants/`` (see
``ops/mutation-test``).  A mutant is *killed* when a test failed or timed out
with it, *survived* when the tests passed, *no tests* when no selected test
executed its function (a survivor too), *not checked* when a run stopped
before reaching it.  The score is killed / checked.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KILLED = {1, 3, 36, 24, -24, 152, 255}  # a failing test, a pytest error, a timeout
SURVIVED = {0}
NO_TESTS = {5, 33}


def results() -> dict[str, dict[str, int | None]]:
    """Exit codes by mutant name, per mutated module (``ingest/net.py``)."""
    found = {}
    for meta in sorted((ROOT / "mutants").rglob("*.py.meta")):
        module = str(meta.relative_to(ROOT / "mutants")).removesuffix(".meta")
        found[module] = json.loads(meta.read_text())["exit_code_by_key"]
    return found


def verdict(code: int | None) -> str:
    if code in KILLED:
        return "killed"
    if code in SURVIVED:
        return "survived"
    if code in NO_TESTS:
        return "no tests"
    return "not checked" if code is None else f"other ({code})"


def main() -> int:
    by_module = results()
    if not by_module:
        print("no results in mutants/: run ops/mutation-test first", file=sys.stderr)
        return 1
    survivors: list[str] = []
    total = Counter()
    header = ("module", "mutants", "killed", "survived", "no tests", "unchecked", "score")
    print("{:<22} {:>7} {:>7} {:>8} {:>8} {:>9} {:>7}".format(*header))
    for module, codes in [*by_module.items(), ("all", None)]:
        if codes is None:
            counts = total
        else:
            counts = Counter(verdict(code) for code in codes.values())
            total.update(counts)
            left = ("killed", "not checked")
            survivors += [name for name, code in codes.items() if verdict(code) not in left]
        n = sum(counts.values())
        checked = n - counts["not checked"]
        score = f"{counts['killed'] / checked:.1%}" if checked else "-"
        print(
            f"{module:<22} {n:>7} {counts['killed']:>7} {counts['survived']:>8}"
            f" {counts['no tests']:>8} {counts['not checked']:>9} {score:>7}"
        )
    print(f"\n{len(survivors)} surviving mutants:")
    for name in survivors:
        shown = subprocess.run(
            [str(ROOT / ".venv/bin/mutmut"), "show", name],
            cwd=ROOT, capture_output=True, text=True, check=False,
        )  # fmt: skip
        changed = [
            line for line in shown.stdout.splitlines()
            if line[:1] in "+-" and not line.startswith(("+++", "---"))
        ]  # fmt: skip
        print(f"\n{name}")
        print("\n".join(f"    {line}" for line in changed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
