"""The ``claimgraph`` command line.

Every command prints errors as one line on stderr and exits non-zero; a
traceback means a bug in ClaimGraph, never a mistake of the user.

Exit codes: 0 success, 1 the work failed (unreadable input, store down),
2 wrong usage, 3 partial success (some sources of an ingest failed).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from importlib.metadata import PackageNotFoundError, version
from typing import TextIO

from graph.store import GraphStore, StoreError, open_store
from ingest.document import ReadError


class UserError(Exception):
    """A mistake or an unavailable resource, reported as one line."""


def _version() -> str:
    try:
        return version("claimgraph")
    except PackageNotFoundError:
        return "unknown"


# ------------------------------------------------------------------ commands


def cmd_extract(args: argparse.Namespace) -> int:
    """Extract one article and print it; nothing is stored."""
    from ingest.pipeline import ExtractionError, Extractor
    from ingest.sources import read_one
    from ingest.to_graph import claimant_text

    article = read_one(args.source, url=args.url)
    try:
        # claims from unnamed sources are kept: "claimant": null, "claimantText": "critics"
        extraction = Extractor(keep_unresolved=True).extract(article)
    except ExtractionError as exc:
        raise UserError(f"{article.source}: {exc}") from None
    contract = extraction.to_contract()
    for claim, rec in zip(extraction.claims, contract["claims"], strict=True):
        if claim.claimant_key is None:  # an unnamed source: its own words, no entity
            rec["claimant"] = None
            rec["claimantText"] = claimant_text(claim)
    if args.format == "json":
        json.dump(contract, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        _print_extraction_text(contract, sys.stdout)
    return 0


def _print_extraction_text(contract: dict, out: TextIO) -> None:
    out.write("Entities\n")
    for e in contract.get("entities", []):
        aliases = f" (also {', '.join(e['aliases'])})" if e.get("aliases") else ""
        out.write(f"  {e['type']:<12} {e['name']}{aliases}\n")
    out.write("Claims\n")
    for c in contract.get("claims", []):
        # an unnamed source ("critics") is shown in its own words, never as an entity
        who = c.get("claimant") or (
            f"{c['claimantText']} (unnamed source)" if c.get("claimantText") else "(unattributed)"
        )
        out.write(f"  [{c.get('kind')}] {who} {c.get('cue') or ''}: {c['text'].strip()}\n")
    out.write("Disputes\n")
    for d in contract.get("disputes", []):
        out.write(f"  {' vs '.join(d['parties'])} over {', '.join(d.get('topic', []))}\n")
    if contract.get("relations"):
        out.write("Relations\n")
        for r in contract["relations"]:
            out.write(f"  {r['source']} -{r['type']}-> {r['target']}\n")


def cmd_ingest(args: argparse.Namespace) -> int:
    """Ingest files, folders, URLs and feeds into the store."""
    from api.ingestion import Ingestor, IngestOutcome, workers_from_environment

    specs = list(args.sources) + [f"feed:{url}" for url in args.feed]
    if not specs:
        raise UserError("nothing to ingest: give files, folders, URLs, '-' or --feed URL|PATH")
    workers = args.workers
    if workers is None:
        try:
            workers = workers_from_environment()
        except ValueError as exc:
            raise UserError(str(exc)) from None
    progress = _Progress(sys.stderr, quiet=args.quiet)

    def report(outcome: IngestOutcome) -> None:
        if outcome.status == "failed":
            progress.message(f"failed: {outcome.source}: {outcome.message}")
        elif outcome.status == "warning":
            progress.message(f"warning: {outcome.source}: {outcome.message}")
        elif outcome.status == "note":
            if not args.quiet:
                progress.message(f"{outcome.source}: {outcome.message}")
            return
        progress.tick(outcome.status)

    with _store(args) as store:
        # (after the store opened: a store that cannot be used is the one error shown)
        from ingest.feeds import FeedState, default_state_path

        state = FeedState(default_state_path(args.store))
        summary = Ingestor(store, workers=workers).ingest_specs(
            specs, on_outcome=report, feed_state=state
        )
    progress.done()
    print(summary.line())
    if summary.failed and not (summary.new or summary.unchanged):
        return 1
    return 3 if summary.failed else 0


class _Progress:
    """A one-line progress counter on a terminal; silent when piped."""

    def __init__(self, stream: TextIO, quiet: bool) -> None:
        self.stream = stream
        self.live = stream.isatty() and not quiet
        self.counts = {"new": 0, "unchanged": 0, "failed": 0}

    def tick(self, status: str) -> None:
        if status not in self.counts:  # a warning is a message, not an article
            return
        self.counts[status] += 1
        if self.live:
            done = sum(self.counts.values())
            self.stream.write(
                f"\r{done} articles: {self.counts['new']} new, "
                f"{self.counts['unchanged']} unchanged, {self.counts['failed']} failed"
            )
            self.stream.flush()

    def message(self, line: str) -> None:
        if self.live:
            self.stream.write("\r\x1b[K")
        self.stream.write(line + "\n")

    def done(self) -> None:
        if self.live:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


def cmd_serve(args: argparse.Namespace) -> int:
    """Serve the GraphQL API."""
    from api.server import serve

    store = open_store(args.store)
    try:
        store.warm_up()
        print(f"ClaimGraph GraphQL API: http://{args.host}:{args.port}/graphql", flush=True)
        serve(args.host, args.port, store, poll_feeds=args.poll_feeds)
    finally:
        store.close()
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    """Write the whole graph as JSON, GraphML or Cypher."""
    from graph.export import export_graph

    with _store(args) as store:
        if args.output and args.output != "-":
            with open(args.output, "w", encoding="utf-8") as out:
                export_graph(store, args.format, out)
        else:
            export_graph(store, args.format, sys.stdout)
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    """Print node and relationship counts."""
    with _store(args) as store:
        counts = store.stats()
        print(f"store: {store.kind}")
        for key in sorted(counts):
            print(f"{key:<16} {counts[key]}")
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    """Copy the embedded store into Neo4j or back."""
    from graph.embedded import EmbeddedStore
    from graph.neo4j_store import Neo4jStore
    from graph.sync import copy_store

    # The embedded side is --store, else CLAIMGRAPH_STORE when it names a directory;
    # the Neo4j side always comes from the NEO4J_* settings.
    configured = os.environ.get("CLAIMGRAPH_STORE", "")
    if configured == "neo4j" or "://" in configured:
        configured = ""
    embedded_dir = args.store or configured or "./claimgraph-data"
    if args.store and (args.store == "neo4j" or "://" in args.store):
        raise UserError("--store names the embedded store directory for sync")
    with EmbeddedStore(embedded_dir) as embedded, Neo4jStore.from_environment() as neo4j:
        source, target = (embedded, neo4j) if args.to else (neo4j, embedded)
        progress = _Progress(sys.stderr, quiet=args.quiet)

        def show(copied: int) -> None:
            if progress.live:
                sys.stderr.write(f"\r{copied} records copied")
                sys.stderr.flush()

        copied = copy_store(source, target, progress=show)
        progress.done()
    print(f"copied {copied} records from {source.kind} to {target.kind}")
    return 0


class _store:
    """Open the configured store for one command and close it afterwards."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.location = args.store

    def __enter__(self) -> GraphStore:
        self.store = open_store(self.location)
        return self.store

    def __exit__(self, *exc: object) -> None:
        self.store.close()


# ------------------------------------------------------------------ parser


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, not {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="claimgraph",
        description="A knowledge graph of AI-industry news: entities, claims and disputes.",
    )
    parser.add_argument("--version", action="version", version=f"claimgraph {_version()}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def add(name: str, func, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        sub.set_defaults(func=func)
        return sub

    def add_store_option(sub: argparse.ArgumentParser) -> None:
        sub.add_argument(
            "--store",
            help="embedded store directory or neo4j:// URI (default: $CLAIMGRAPH_STORE "
            "or ./claimgraph-data)",
        )

    extract = add("extract", cmd_extract, "Extract entities, claims and disputes from one article.")
    extract.add_argument("source", help="a text or HTML file, a URL, or - for stdin")
    extract.add_argument("--url", help="the article's URL, when the source is a file")
    extract.add_argument("--format", choices=["json", "text"], default="json")

    ingest = add("ingest", cmd_ingest, "Ingest articles into the store.")
    ingest.add_argument(
        "sources",
        nargs="*",
        help="files, folders, URLs, file: URLs, or - for stdin (a file that is a feed is "
        "read as one)",
    )
    ingest.add_argument(
        "--feed",
        action="append",
        default=[],
        metavar="URL|PATH",
        help="an RSS, Atom or RDF feed to read: a URL, a saved feed file or a file: URL "
        "(repeatable)",
    )
    ingest.add_argument("--quiet", action="store_true", help="no progress line")
    ingest.add_argument(
        "--workers",
        type=_positive_int,
        default=None,
        metavar="N",
        help="processes extracting articles ahead of the writer (default: "
        "$CLAIMGRAPH_INGEST_WORKERS or 1; each loads spaCy once)",
    )
    add_store_option(ingest)

    serve = add("serve", cmd_serve, "Serve the GraphQL API, Atom feeds and GraphiQL.")
    serve.add_argument("--host", default=os.environ.get("CLAIMGRAPH_HOST", "127.0.0.1"))
    serve.add_argument("--port", type=int, default=int(os.environ.get("CLAIMGRAPH_PORT", "8000")))
    serve.add_argument(
        "--poll-feeds",
        action="store_true",
        help="poll the configured news feeds and ingest new entries",
    )
    add_store_option(serve)

    export = add("export", cmd_export, "Export the whole graph.")
    export.add_argument("--format", choices=["json", "graphml", "cypher"], default="json")
    export.add_argument("--output", "-o", help="file to write (default: stdout)")
    add_store_option(export)

    stats = add("stats", cmd_stats, "Show what the store holds.")
    add_store_option(stats)

    sync = add("sync", cmd_sync, "Copy the embedded store into Neo4j, or back.")
    direction = sync.add_mutually_exclusive_group(required=True)
    direction.add_argument("--to", choices=["neo4j"], help="copy embedded -> Neo4j")
    direction.add_argument("--from", dest="from_", choices=["neo4j"], help="copy Neo4j -> embedded")
    sync.add_argument("--quiet", action="store_true")
    add_store_option(sync)

    from api.cli_feeds import add_feeds_command

    add_feeds_command(commands, add_store_option)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except (UserError, ReadError, StoreError) as exc:
        print(f"claimgraph: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("claimgraph: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # `claimgraph export | head` closed the pipe: not an error worth a traceback.
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    sys.exit(main())
