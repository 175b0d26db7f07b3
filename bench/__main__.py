"""``python -m bench <benchmark> [options]``: run one benchmark, print a table, write JSON.

Benchmarks: ``ingest``, ``scale``, ``query``, ``neo4j``, ``subscriptions``,
``open`` (embedded store open/load times), or ``all``.  ``--smoke`` shrinks
every size so a run takes seconds (what the test suite runs); results go to
``bench/results/`` unless ``--out DIR`` says otherwise.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bench import ingest, neo4j_load, query, scale, subscriptions
from bench.common import Report

BENCHMARKS = {
    "ingest": ingest,
    "scale": scale,
    "query": query,
    "neo4j": neo4j_load,
    "subscriptions": subscriptions,
}

# Sizes for --smoke: each benchmark completes in a few seconds.
SMOKE = {
    "ingest": {"articles": 3, "repeat": 1, "source": "samples", "workers": 2},
    "scale": {"claims": [300]},
    "query": {"claims": 300, "requests": 5},
    "neo4j": {"rels": 200},
    "subscriptions": {"subscribers": 20, "events": 3, "claims": 300},
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="benchmark", required=True)
    for name, module in BENCHMARKS.items():
        p = sub.add_parser(name, help=(module.__doc__ or "").splitlines()[0])
        module.add_arguments(p)
        _common(p)
    p_all = sub.add_parser("all", help="every benchmark with its default sizes")
    _common(p_all)
    p_open = sub.add_parser(
        "open", help="embedded store open and load times (bench/embedded_open.py)"
    )
    p_open.add_argument("rest", nargs=argparse.REMAINDER)
    return parser


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--smoke", action="store_true", help="tiny sizes: completes in seconds")
    p.add_argument("--out", type=Path, default=None, help="result directory (bench/results/)")


def run_one(name: str, args: argparse.Namespace) -> Path:
    module = BENCHMARKS[name]
    if args.smoke:
        for key, value in SMOKE[name].items():
            setattr(args, key, value)
    report = Report(name, {"smoke": bool(args.smoke)})
    module.run(args, report)
    return report.finish(args.out)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["open"]:  # its own options, parsed by bench/embedded_open.py
        from bench import embedded_open

        sys.argv = ["python -m bench open", *argv[1:]]
        embedded_open.main()
        return 0
    args = build_parser().parse_args(argv)
    names = list(BENCHMARKS) if args.benchmark == "all" else [args.benchmark]
    for name in names:
        if args.benchmark == "all":
            # each benchmark's own defaults, plus --smoke/--out
            sub = build_parser().parse_args([name])
            sub.smoke, sub.out = args.smoke, args.out
            run_one(name, sub)
        else:
            run_one(name, args)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
