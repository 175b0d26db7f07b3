"""A real browser for tests: Debian's chromium driven by Python playwright.

Playwright is pointed at the system chromium (``CLAIMGRAPH_TEST_CHROMIUM``
is not a setting: the binary is found on PATH as ``chromium``); it never
downloads a browser of its own.  Without chromium the browser tests skip on a
developer's machine and fail in CI (``tests/tools.py``); ``ops/test`` installs
it from Debian's packages under ``CI=true``.

Every page is offline but for 127.0.0.1: requests anywhere else are aborted
and recorded (:class:`OfflinePage`), so a page that needs a CDN fails its
test.  Screenshots go to ``tests/output/browser/`` (git-ignored), named after
what they show, for a person to look at.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from playwright.sync_api import Browser, Page, Route, sync_playwright

from tests.tools import require_tools

OUTPUT = Path(__file__).resolve().parent / "output" / "browser"
LOCAL = ("http://127.0.0.1", "ws://127.0.0.1", "data:", "blob:", "about:")


def require_chromium() -> str:
    """The chromium binary; skip (locally) or fail (CI) when there is none."""
    require_tools("chromium", why="the browser tests drive Debian's chromium")
    found = shutil.which("chromium")
    assert found is not None
    return found


@contextmanager
def chromium() -> Iterator[Browser]:
    """A headless chromium for one test module."""
    executable = require_chromium()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=executable, args=["--no-sandbox", "--disable-dev-shm-usage"]
        )
        try:
            yield browser
        finally:
            browser.close()


@dataclass
class OfflinePage:
    """A page that reaches 127.0.0.1 only, with what it tried to reach elsewhere and
    what its console reported."""

    page: Page
    blocked: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)

    def screenshot(self, name: str, *, full_page: bool = False) -> Path:
        """Save what the page shows now as ``tests/output/browser/<name>.png``."""
        OUTPUT.mkdir(parents=True, exist_ok=True)
        path = OUTPUT / f"{name}.png"
        self.page.screenshot(path=str(path), full_page=full_page)
        return path


@contextmanager
def offline_page(browser: Browser, width: int = 1280, height: int = 900) -> Iterator[OfflinePage]:
    """A fresh page (own context: no cookies or storage shared) cut off from all but 127.0.0.1."""
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    offline = OfflinePage(page)

    def route(route: Route) -> None:
        url = route.request.url
        if url.startswith(LOCAL):
            route.continue_()
        else:
            offline.blocked.append(url)
            route.abort()

    context.route("**/*", route)
    page.on(
        "console", lambda m: offline.console_errors.append(m.text) if m.type == "error" else None
    )
    page.set_default_timeout(30_000)
    try:
        yield offline
    finally:
        context.close()


REPO = Path(__file__).resolve().parent.parent


def ingest_elsewhere(store: str | Path, *sources: str | Path, timeout: float = 600) -> None:
    """``claimgraph ingest --store STORE SOURCES`` in a process of its own, as an analyst
    would run it in another terminal while the page is open."""
    subprocess.run(
        [sys.executable, "-m", "api.cli", "ingest", "--quiet", "--store", str(store)]
        + [str(s) for s in sources],
        cwd=REPO,
        check=True,
        capture_output=True,
        timeout=timeout,
    )

