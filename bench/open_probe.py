"""Run in a fresh process: open an embedded store, load its graph, report JSON.

``python -m bench.open_probe DIR`` prints ``{"openMs", "loadSeconds",
"peakRssMiB", "nodes"}``: the cost a new server pays before its first query
(open, then ``warm_up``), and the memory that takes, free of whatever the
calling benchmark has allocated.
"""

from __future__ import annotations

import json
import sys
import time

from bench.common import peak_rss_mib
from graph.embedded import EmbeddedStore


def main() -> None:
    directory = sys.argv[1]
    start = time.perf_counter()
    store = EmbeddedStore(directory)
    opened = time.perf_counter()
    store.warm_up()
    loaded = time.perf_counter()
    nodes = sum(v for k, v in store.stats().items() if k[:1].isupper() and not k.isupper())
    store._unsnapshotted = 0  # measuring, not maintaining: no snapshot on close
    store.close()
    print(
        json.dumps(
            {
                "openMs": (opened - start) * 1000,
                "loadSeconds": loaded - opened,
                "peakRssMiB": peak_rss_mib(),
                "nodes": nodes,
            }
        )
    )


if __name__ == "__main__":
    main()
