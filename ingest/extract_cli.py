"""Development entry point for one article's extraction.

``python -m ingest.extract_cli FILE|- [--url URL] [--format json|text] [--all-claims]``

Prints the extraction contract (see :meth:`ingest.pipeline.Extraction.to_contract`) of
one article read from a file or standard input.  Errors are one line on stderr: exit
code 1 for unreadable or unextractable input, 2 for usage errors.
"""

from __future__ import annotations

import argparse
import json
import sys

from ingest.document import ArticleText
from ingest.pipeline import ExtractionError, Extractor


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2
        sys.stderr.write(f"extract: {message}\n")
        raise SystemExit(2)


def _text_report(contract: dict) -> str:
    lines = [f"entities ({len(contract['entities'])}):"]
    for e in contract["entities"]:
        alias = f"  aka {', '.join(e['aliases'])}" if e["aliases"] else ""
        lines.append(f"  {e['type']:<12} {e['name']}{alias}")
    lines.append(f"claims ({len(contract['claims'])}):")
    for c in contract["claims"]:
        lines.append(f"  [{c['kind']}] {c['claimant']} ({c['cue']}): {c['text']}")
    lines.append(f"disputes ({len(contract['disputes'])}):")
    for d in contract["disputes"]:
        lines.append(f"  {' vs '.join(d['parties'])} on {', '.join(d['topic'])}")
    for r in contract["relations"]:
        lines.append(f"  {r['source']} -{r['type']}-> {r['target']} {r['properties']}")
    for f in contract["findings"]:
        lines.append(f"  finding: {f}")
    if contract["republishedFrom"]:
        lines.append(f"republished from {contract['republishedFrom']}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Run the extractor on one article and print the result."""
    ap = _Parser(prog="python -m ingest.extract_cli", description=__doc__.splitlines()[0])
    ap.add_argument("file", help="article text file, or - for standard input")
    ap.add_argument("--url", default=None)
    ap.add_argument("--format", choices=("json", "text"), default="json")
    ap.add_argument(
        "--all-claims",
        action="store_true",
        help="also report claims whose claimant names no entity",
    )
    args = ap.parse_args(argv)
    try:
        if args.file == "-":
            text = sys.stdin.read()
        else:
            with open(args.file, encoding="utf-8") as f:
                text = f.read()
    except (OSError, UnicodeDecodeError) as e:
        sys.stderr.write(f"extract: cannot read {args.file}: {getattr(e, 'strerror', None) or e}\n")
        return 1
    article = ArticleText(text=text, source=args.file, url=args.url)
    try:
        extraction = Extractor(keep_unresolved=args.all_claims).extract(article)
    except ExtractionError as e:
        sys.stderr.write(f"extract: {e}\n")
        return 1
    contract = extraction.to_contract()
    if args.format == "json":
        print(json.dumps(contract, ensure_ascii=False, indent=1))
    else:
        print(_text_report(contract))
    return 0


if __name__ == "__main__":
    sys.exit(main())
