"""Scale: write a generated graph through ``GraphStore.apply`` and watch the cost per article.

For each size (claims), a fresh embedded store receives the generator's
article-sized batches (``bench/generator.py``).  Reported:

- write rate (articles/s, claims/s) and the cost per article in ten buckets
  as the store grows; the slope is the last bucket's mean over the first's
  (~1.0 = flat: cost does not grow with the store);
- the store's size on disk;
- in a fresh process: open time, first graph load (no snapshot yet: reads
  every row, then writes the snapshot), load from the snapshot, and that
  process's peak RSS;
- this process's peak RSS (generator plus writer).

The generated store is kept in ``bench/results/stores/`` for the query and
subscription benchmarks (``--no-keep`` to delete it).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from bench.common import REPO, RESULTS_DIR, Report, median, peak_rss_mib
from bench.generator import GraphGenerator
from graph.embedded import EmbeddedStore

BUCKETS = 10
STORES_DIR = RESULTS_DIR / "stores"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--claims",
        type=int,
        nargs="+",
        default=[10_000, 100_000],
        help="sizes to generate (claims); for 1000000 see BENCHMARKS.md first",
    )
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--no-keep", action="store_true", help="delete the generated stores")
    parser.add_argument(
        "--profile",
        action="store_true",
        help="profile the last tenth of the largest size (slows that bucket a little)",
    )


def store_dir(claims: int, seed: int, base: Path = STORES_DIR) -> Path:
    return base / f"claims-{claims}-seed-{seed}"


def generate_store(
    claims: int, seed: int, directory: Path, profile_to: Path | None = None
) -> tuple[list[float], list[float]]:
    """Write a fresh generated store; returns wall and CPU seconds per applied batch.

    CPU time (this thread's) is reported beside wall time because the wall
    clock of a shared 2-core machine moves with whatever else runs: a slope
    measured in CPU time is the one that says whether our own work per
    article grows with the store (commits' fsync waits show in wall time only).

    ``profile_to``: profile the applies of the last tenth with pyinstrument
    (the slowest, biggest store) and write the text profile there.
    """
    if directory.exists():
        shutil.rmtree(directory)
    directory.parent.mkdir(parents=True, exist_ok=True)
    costs: list[float] = []
    cpu_costs: list[float] = []
    profiler = None
    with EmbeddedStore(str(directory)) as store:
        gen = GraphGenerator(claims, seed)
        for batch, _n in gen:
            if profile_to is not None and profiler is None and gen.claims_written >= claims * 0.9:
                from pyinstrument import Profiler

                profiler = Profiler(interval=0.002)
                profiler.start()
            start, cpu_start = time.perf_counter(), time.thread_time()
            store.apply(batch)
            costs.append(time.perf_counter() - start)
            cpu_costs.append(time.thread_time() - cpu_start)
    if profiler is not None and profile_to is not None:
        profiler.stop()
        text = profiler.output_text(unicode=False, color=False)
        profile_to.write_text(text, encoding="utf-8")
        print(text[:5000])
    (directory / "bench-complete.json").write_text(
        json.dumps({"claims": claims, "seed": seed, "articles": len(costs)}), encoding="utf-8"
    )
    return costs, cpu_costs


def ensure_store(claims: int, seed: int, base: Path = STORES_DIR) -> Path:
    """The generated store of this size, generated now unless already complete."""
    directory = store_dir(claims, seed, base)
    if not (directory / "bench-complete.json").exists():
        print(f"  generating a store of {claims} claims in {directory} ...")
        generate_store(claims, seed, directory)
    return directory


def probe_open(directory: Path) -> dict[str, float]:
    """Open and load the store in a fresh process (``bench/open_probe.py``)."""
    out = subprocess.run(
        [sys.executable, "-m", "bench.open_probe", str(directory)],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def dir_size_mib(directory: Path) -> float:
    return sum(f.stat().st_size for f in directory.rglob("*") if f.is_file()) / 2**20


def run(args: argparse.Namespace, report: Report) -> None:
    report.parameters.update(claims=args.claims, seed=args.seed, buckets=BUCKETS)
    for claims in args.claims:
        directory = store_dir(claims, args.seed, (args.out or RESULTS_DIR) / "stores")
        started = time.perf_counter()
        profile_to = None
        if args.profile and claims == max(args.claims):
            profile_to = RESULTS_DIR / f"scale-profile-{claims}.txt"
            RESULTS_DIR.mkdir(parents=True, exist_ok=True)
            report.parameters["profile"] = str(profile_to)
        costs, cpu_costs = generate_store(claims, args.seed, directory, profile_to)
        wall = time.perf_counter() - started
        articles = len(costs)
        tag = f"[{claims} claims]"
        report.add(f"{tag} articles written", articles, "articles")
        report.add(f"{tag} write rate (apply only)", articles / sum(costs), "articles/s")
        report.add(f"{tag} write rate (apply only)", claims / sum(costs), "claims/s")
        report.add(f"{tag} wall time incl. generation", wall, "s")
        size = max(1, articles // BUCKETS)
        buckets = [costs[i : i + size] for i in range(0, size * BUCKETS, size)]
        means = [sum(b) / len(b) * 1000 for b in buckets if b]
        for k, mean in enumerate(means):
            report.add(
                f"{tag} bucket {k + 1}/{len(means)} mean per article",
                mean,
                "ms",
                mean / means[0],
                ratio_of="bucket 1",
                median_ms=round(median(buckets[k]) * 1000, 3),
            )
        slope = means[-1] / means[0]
        report.add(f"{tag} slope (last bucket / first)", slope, "x")
        cpu_buckets = [cpu_costs[i : i + size] for i in range(0, size * BUCKETS, size)]
        cpu_means = [sum(b) / len(b) * 1000 for b in cpu_buckets if b]
        report.add(
            f"{tag} CPU ms per article, buckets 1..{len(cpu_means)}",
            cpu_means[-1],
            "ms",
            cpu_means[-1] / cpu_means[0],
            ratio_of="bucket 1",
            buckets_ms=[round(m, 3) for m in cpu_means],
        )
        cpu_slope = cpu_means[-1] / cpu_means[0]
        report.add(f"{tag} slope in CPU time (last bucket / first)", cpu_slope, "x")
        report.add(f"{tag} store size on disk", dir_size_mib(directory), "MiB")
        first = probe_open(directory)
        again = probe_open(directory)
        report.add(f"{tag} open (graph not loaded)", again["openMs"], "ms")
        report.add(f"{tag} first graph load (no snapshot; writes it)", first["loadSeconds"], "s")
        report.add(f"{tag} graph load from snapshot", again["loadSeconds"], "s")
        report.add(f"{tag} peak RSS of a loaded store", again["peakRssMiB"], "MiB")
        report.add(f"{tag} peak RSS, first load", first["peakRssMiB"], "MiB", nodes=first["nodes"])
        if slope > 1.5:
            report.note(f"{tag}: the cost per article grows with the store (slope {slope:.2f})")
        if args.no_keep:
            shutil.rmtree(directory, ignore_errors=True)
    report.add("peak RSS of this process (generator + writer)", peak_rss_mib(), "MiB")
    report.parameters["cpus"] = os.cpu_count()
