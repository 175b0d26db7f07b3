"""What every benchmark shares: timing, percentiles, memory, and the result file.

A benchmark collects :class:`Result` rows (metric, value, unit, optional
ratio, parameters) in a :class:`Report`; :meth:`Report.finish` prints them as
a table and writes ``bench/results/<name>-<timestamp>.json`` with the git
commit and the machine, so a number can always be traced to the code that
produced it.  Nothing here asserts anything about speed.
"""

from __future__ import annotations

import json
import os
import platform
import resource
import statistics
import subprocess
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
RESULTS_DIR = REPO / "bench" / "results"


@dataclass(slots=True)
class Result:
    """One measured number."""

    metric: str
    value: float
    unit: str
    ratio: float | None = None  # against the baseline named in parameters["ratio_of"]
    parameters: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Report:
    """The results of one benchmark run."""

    name: str
    parameters: dict[str, Any] = field(default_factory=dict)
    results: list[Result] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def add(
        self,
        metric: str,
        value: float,
        unit: str,
        ratio: float | None = None,
        **parameters: Any,
    ) -> Result:
        row = Result(metric, float(value), unit, ratio, parameters)
        self.results.append(row)
        return row

    def note(self, text: str) -> None:
        """A sentence printed under the table and kept in the JSON (a missed target, a skip)."""
        self.notes.append(text)

    def finish(self, out_dir: Path | None = None) -> Path:
        """Print the table and write the JSON result file; returns its path."""
        print(self.table())
        out = out_dir or RESULTS_DIR
        out.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        path = out / f"{self.name}-{stamp}.json"
        path.write_text(json.dumps(self.to_json(), indent=2) + "\n", encoding="utf-8")
        print(f"result: {path}")
        return path

    def to_json(self) -> dict[str, Any]:
        commit = git_commit()
        return {
            "benchmark": self.name,
            "createdAt": datetime.now(UTC).isoformat(timespec="seconds"),
            "gitCommit": commit,
            "machine": machine(),
            "parameters": self.parameters,
            "results": [{**asdict(r), "gitCommit": commit} for r in self.results],
            "notes": self.notes,
        }

    def table(self) -> str:
        width = max([len(r.metric) for r in self.results] + [6])
        lines = [f"== {self.name} {self.parameters}"]
        lines.append(f"{'metric':<{width}}  {'value':>12}  {'unit':<12} {'ratio':>8}")
        for r in self.results:
            ratio = f"{r.ratio:8.2f}" if r.ratio is not None else ""
            lines.append(f"{r.metric:<{width}}  {_fmt(r.value):>12}  {r.unit:<12} {ratio:>8}")
        lines.extend(f"note: {n}" for n in self.notes)
        return "\n".join(lines)


def _fmt(value: float) -> str:
    if value == 0 or abs(value) >= 100:
        return f"{value:,.0f}"
    if abs(value) >= 1:
        return f"{value:.2f}"
    return f"{value:.4f}"


def git_commit() -> str | None:
    """The checked-out commit, with ``+dirty`` when bench-relevant files differ from it."""
    try:
        sha = subprocess.run(
            ["git", "rev-parse", "HEAD"], cwd=REPO, capture_output=True, text=True, check=True
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--", "graph", "ingest", "api", "bench"],
            cwd=REPO,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None
    return sha + ("+dirty" if dirty else "")


def machine() -> dict[str, Any]:
    """Enough about the machine to compare runs: cores and load (it is often shared)."""
    load = os.getloadavg() if hasattr(os, "getloadavg") else (0.0, 0.0, 0.0)
    return {
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "loadavg1": round(load[0], 2),
    }


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0..100) by linear interpolation; 0 for no values."""
    if not values:
        return 0.0
    ordered = sorted(values)
    pos = (len(ordered) - 1) * q / 100
    low = int(pos)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else 0.0


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    """Wall-clock seconds of ``fn()`` and its value."""
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value


def peak_rss_mib() -> float:
    """Peak resident memory of this process so far (MiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def process_peak_rss_mib(pid: int) -> float | None:
    """Peak resident memory of another process (Linux ``VmHWM``), None elsewhere."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None
