"""feedparser's own test feeds, obtained from its source distribution on the package registry.

The sdist of the feedparser version installed (the one the project's pin
resolves to; BSD-licensed) is downloaded once with pip into ``.cache/`` at the
repository root (git-ignored), and its ``tests/wellformed``,
``tests/illformed``, ``tests/encoding`` and ``tests/entities`` folders are
extracted next to it; later runs use the cache and need no network.

Each feed is served the way feedparser's own test runner serves it: the
``Header: Name: value`` lines of its leading comment become HTTP response
headers (``Content-type`` among them), and a feed without one is served as
``application/xml``.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tarfile
import tempfile
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".cache"
FOLDERS = ("wellformed", "illformed", "encoding", "entities")
_HEADER_RE = re.compile(rb"^Header:\s+([^:]+):(.+)$", re.MULTILINE)


#: The corpus test's counts, printed by ``tests/conftest.py`` at the end of the run.
CORPUS_LINES = pytest.StashKey[list[str]]()


class CorpusUnavailable(Exception):
    """The sdist could not be obtained (no registry reachable and nothing cached)."""


@dataclass(frozen=True, slots=True)
class CorpusFeed:
    """One test feed: its path under ``tests/``, bytes and the headers to serve it with."""

    name: str  # e.g. "wellformed/rss/channel_title.xml"
    data: bytes
    headers: dict[str, str]

    @property
    def url_path(self) -> str:
        return "/" + self.name


def feedparser_version() -> str:
    """The installed feedparser's version: the corpus must match the parser under test."""
    return version("feedparser")


def corpus_root() -> Path:
    """The extracted ``tests`` folder of feedparser's sdist, downloading it on first use."""
    ver = feedparser_version()
    target = CACHE / f"feedparser-{ver}-tests"
    if (target / "wellformed").is_dir():
        return target
    CACHE.mkdir(parents=True, exist_ok=True)
    sdist = CACHE / f"feedparser-{ver}.tar.gz"
    if not sdist.is_file():
        _download(ver)
    with tempfile.TemporaryDirectory(dir=CACHE) as tmp:
        _extract(sdist, Path(tmp), ver)
        os.replace(Path(tmp) / "tests", target)
    return target


def _download(ver: str) -> None:
    """``pip download`` the sdist (no wheel, no dependencies) into the cache."""
    command = [
        sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
        "--no-binary", ":all:", f"feedparser=={ver}", "--dest", str(CACHE),
    ]  # fmt: skip
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=300)
    except subprocess.TimeoutExpired:
        raise CorpusUnavailable("pip download of the feedparser sdist timed out") from None
    if result.returncode != 0 or not (CACHE / f"feedparser-{ver}.tar.gz").is_file():
        last = (result.stderr.strip().splitlines() or ["no sdist saved"])[-1]
        raise CorpusUnavailable(f"pip download feedparser=={ver} (sdist) failed: {last}")


def _extract(sdist: Path, into: Path, ver: str) -> None:
    """Extract only the four test folders, as plain files, refusing any other member."""
    prefix = f"feedparser-{ver}/tests/"
    with tarfile.open(sdist, "r:gz") as tar:
        for member in tar.getmembers():
            name = member.name
            if not name.startswith(prefix) or not member.isfile():
                continue
            relative = name[len(prefix) :]
            if relative.split("/", 1)[0] not in FOLDERS or ".." in relative.split("/"):
                continue
            out = into / "tests" / relative
            out.parent.mkdir(parents=True, exist_ok=True)
            source = tar.extractfile(member)
            if source is not None:
                out.write_bytes(source.read())


def served_headers(data: bytes) -> dict[str, str]:
    """The HTTP headers a test feed asks for, as feedparser's test runner serves them."""
    headers = {
        k.decode("utf-8").strip(): v.decode("utf-8").strip() for k, v in _HEADER_RE.findall(data)
    }
    content_type = next((v for k, v in headers.items() if k.lower() == "content-type"), None)
    headers = {k: v for k, v in headers.items() if k.lower() != "content-type"}
    headers["Content-Type"] = content_type or "application/xml"
    return headers


def corpus_feeds(root: Path) -> list[CorpusFeed]:
    """Every ``.xml`` feed of the four folders, in path order."""
    feeds = []
    for folder in FOLDERS:
        for path in sorted((root / folder).rglob("*.xml")):
            data = path.read_bytes()
            name = path.relative_to(root).as_posix()
            feeds.append(CorpusFeed(name, data, served_headers(data)))
    return feeds
