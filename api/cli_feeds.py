"""``claimgraph feeds``: the feed list that ``serve --poll-feeds`` polls.

One list, one file: :class:`ingest.feeds.FeedState` (``feeds.json`` in the
data folder, or ``CLAIMGRAPH_FEED_STATE``), the same file the ``addFeed`` and
``removeFeed`` mutations change.  ``list``, ``add`` and ``remove`` edit it;
``import`` adds every feed of an OPML subscription list (one line per feed
added, already configured or skipped, and why); ``export`` writes the list
as OPML for another reader.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ingest.document import ReadError


def _state(args: argparse.Namespace) -> Any:
    from ingest.feeds import FeedState, default_state_path

    return FeedState(default_state_path(args.store))


def _http_url(url: str) -> str:
    """``url`` stripped; anything but an http(s) URL is a one-line error."""
    url = url.strip()
    if not url.lower().startswith(("http://", "https://")):
        raise ReadError(url or "(empty)", "a polled feed must be an http or https URL")
    return url


def cmd_feeds_list(args: argparse.Namespace) -> int:
    """Print the configured feeds, one URL a line."""
    for url in _state(args).feeds():
        print(url)
    return 0


def cmd_feeds_add(args: argparse.Namespace) -> int:
    """Add feeds to the list (no fetch: the next poll reads them)."""
    urls = [_http_url(u) for u in args.urls]
    added = set(_state(args).add_feeds(urls))
    for url in dict.fromkeys(urls):
        print(f"added: {url}" if url in added else f"already configured: {url}")
    return 0


def cmd_feeds_remove(args: argparse.Namespace) -> int:
    """Remove feeds from the list; a URL not on it is an error line."""
    state = _state(args)
    missing = 0
    for url in args.urls:
        if state.remove_feed(url.strip()):
            print(f"removed: {url.strip()}")
        else:
            print(f"claimgraph: feed {url.strip()!r} is not configured", file=sys.stderr)
            missing += 1
    return 1 if missing else 0


def cmd_feeds_import(args: argparse.Namespace) -> int:
    """Add every feed of an OPML file; one line per outline that is not added, and why."""
    from ingest.net import Fetcher
    from ingest.opml import plan_import, read_opml

    outlines = read_opml(Path(args.file), args.file)
    state = _state(args)
    fetcher = Fetcher.from_environment()

    def reachable(url: str) -> str | None:
        if args.no_check:
            return None
        try:
            fetcher.check_url(url, url)
        except ReadError as err:
            return err.reason
        return None

    with fetcher:
        plan = plan_import(outlines, state.feeds(), reachable)
    state.add_feeds([line.outline.url for line in plan if line.action == "add"])
    counts = {"add": 0, "configured": 0, "skip": 0}
    for line in plan:
        counts[line.action] += 1
        print(line.message(), file=sys.stderr if line.action == "skip" else sys.stdout)
    print(
        f"feeds: {counts['add']} added, {counts['configured']} already configured, "
        f"{counts['skip']} skipped; {len(state.feeds())} configured in {state.path}"
    )
    if not plan:
        print(f"claimgraph: {args.file}: no feed outlines (xmlUrl) in the file", file=sys.stderr)
        return 1
    if counts["skip"]:
        return 3 if counts["add"] or counts["configured"] else 1
    return 0


def cmd_feeds_export(args: argparse.Namespace) -> int:
    """Write the list as OPML 2.0 (to a file or standard output)."""
    from ingest.opml import to_opml

    document = to_opml(_state(args).feeds())
    if args.output and args.output != "-":
        try:
            Path(args.output).write_text(document, encoding="utf-8")
        except OSError as exc:
            raise ReadError(args.output, f"cannot write ({exc.strerror or exc})") from None
    else:
        sys.stdout.write(document)
    return 0


def add_feeds_command(
    commands: Any, add_store_option: Callable[[argparse.ArgumentParser], None]
) -> None:
    """Add ``feeds`` and its sub-commands to the ``claimgraph`` parser."""
    help_text = "The feed list that serve --poll-feeds polls: list, add, remove, import, export."
    feeds = commands.add_parser("feeds", help=help_text, description=help_text)
    actions = feeds.add_subparsers(dest="feeds_command", metavar="ACTION", required=True)

    def add(name: str, func: Callable[[argparse.Namespace], int], text: str) -> Any:
        sub = actions.add_parser(name, help=text, description=text)
        sub.set_defaults(func=func)
        add_store_option(sub)
        return sub

    add("list", cmd_feeds_list, "Print the configured feeds, one URL a line.")
    adding = add("add", cmd_feeds_add, "Add http(s) feeds to the list.")
    adding.add_argument("urls", nargs="+", metavar="URL")
    removing = add("remove", cmd_feeds_remove, "Remove feeds from the list.")
    removing.add_argument("urls", nargs="+", metavar="URL")
    importing = add(
        "import",
        cmd_feeds_import,
        "Add every feed of an OPML subscription list (nested outlines too).",
    )
    importing.add_argument("file", metavar="OPML", help="the .opml file another reader exported")
    importing.add_argument(
        "--no-check",
        action="store_true",
        help="add feeds without checking that their hosts resolve and may be fetched",
    )
    exporting = add("export", cmd_feeds_export, "Write the feed list as OPML 2.0.")
    exporting.add_argument("--output", "-o", help="file to write (default: stdout)")
