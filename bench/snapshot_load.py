"""Load snapshot: the data-only format (graph/_snapshot.py) against the pickle it replaced.

Usage: ``.venv/bin/python -m bench.snapshot_load STORE_DIR [--repeat 3]``
(a store made by ``python -m bench scale``, e.g.
``bench/results/stores/claims-100000-seed-7``).

The in-memory graph is loaded once from the store's journal, then saved in
both formats to a temporary directory beside it: the new snapshot, and a
pickle written exactly as the old code wrote ``snapshot.pickle``
(``pickle.dump((format, graph), protocol=5)``), kept here only as the
baseline.  Each load runs in a fresh process, the two formats alternating,
and reports wall and CPU seconds, the process's resident memory after the
load and its peak.  The ratio is new / pickle (below 1: the new format is
faster or smaller).  Prints a table; nothing is asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import shutil
import subprocess
import sys
import tempfile
import time

from bench.common import REPO, median

# A child process: loads one snapshot file and prints what it cost as JSON.
CHILD = r"""
import gc, json, pickle, sys, time
from graph import _snapshot
from graph._memgraph import MemGraph
kind, path, store_id, seq = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
gc.disable()  # as the store loads (graph.embedded._gc_paused)
wall, cpu = time.perf_counter(), time.process_time()
with open(path, "rb") as f:
    if kind == "pickle":
        fmt, mem = pickle.load(f)
        assert isinstance(mem, MemGraph) and mem.store_id == store_id
    else:
        mem = _snapshot.read(f, store_id=store_id, max_seq=seq)
wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
gc.freeze()
def status(key):  # VmHWM, not ru_maxrss: a forked child's ru_maxrss starts at its parent's
    with open("/proc/self/status") as lines:
        for line in lines:
            if line.startswith(key + ":"):
                return int(line.split()[1]) / 1024
print(json.dumps({"wall": wall, "cpu": cpu, "rss": status("VmRSS"), "nodes": len(mem.nodes),
                  "peak": status("VmHWM")}))
"""


def load_in_child(kind: str, path: str, store_id: str, seq: int) -> dict:
    out = subprocess.run(
        [sys.executable, "-c", CHILD, kind, path, store_id, str(seq)],
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    if out.returncode:
        raise SystemExit(f"the {kind} load failed:\n{out.stderr}")
    return json.loads(out.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store", help="a store directory (bench/results/stores/...)")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    from graph import _snapshot, embedded
    from graph.embedded import EmbeddedStore

    work = tempfile.mkdtemp(prefix="claimgraph-snapshots-", dir=os.path.dirname(args.store))
    # The graph as the old code had it when it wrote its pickle: read from the
    # journal (a graph read from a snapshot shares more strings, which would
    # flatter the pickle).  No snapshot is written by this process.
    embedded.SNAPSHOT_EVERY = 10**12
    embedded.SNAPSHOT_ON_CLOSE = 10**12  # read at close; computed from the above at import
    snapshot = os.path.join(args.store, embedded.SNAPSHOT_NAME)
    if os.path.exists(snapshot):
        os.rename(snapshot, snapshot + ".keep")
    try:
        with EmbeddedStore(args.store) as store:
            store.load_graph()
            assert store.snapshot_seq == 0
            mem = store._mem
            assert mem is not None
            paths = {"pickle": os.path.join(work, "graph.pickle"), "new": os.path.join(work, "new")}
            started = time.perf_counter()
            with open(paths["pickle"], "wb") as f:
                pickle.dump(("baseline", mem), f, protocol=5)
            took_pickle = time.perf_counter() - started
            started = time.perf_counter()
            with open(paths["new"], "wb") as f:
                _snapshot.write(f, mem)
            took_new = time.perf_counter() - started
            store_id, seq, size = mem.store_id, mem.seq, len(mem.nodes) + len(mem.rels)
        results: dict[str, list[dict]] = {"pickle": [], "new": []}
        for _ in range(args.repeat):
            for kind in ("pickle", "new"):
                results[kind].append(load_in_child(kind, paths[kind], store_id, seq))
        print(f"{args.store}: {size:,} records, {args.repeat} loads each, alternating")
        print(f"{'':28}{'pickle':>12}{'new':>12}{'new/pickle':>12}")
        rows = [
            ("file size (MiB)", *(os.path.getsize(paths[k]) / 2**20 for k in ("pickle", "new"))),
            ("write (s)", took_pickle, took_new),
        ]
        for key, label in [
            ("wall", "load, wall (s, median)"),
            ("cpu", "load, CPU (s, median)"),
            ("rss", "RSS after load (MiB)"),
            ("peak", "peak RSS (MiB)"),
        ]:
            rows.append((label, *(median([r[key] for r in results[k]]) for k in ("pickle", "new"))))
        for label, old, new in rows:
            print(f"{label:28}{old:12.2f}{new:12.2f}{new / old:12.2f}")
        print(json.dumps(results))
    finally:
        shutil.rmtree(work, ignore_errors=True)
        if os.path.exists(snapshot + ".keep"):
            os.rename(snapshot + ".keep", snapshot)


if __name__ == "__main__":
    main()
