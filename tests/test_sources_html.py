"""HTML pages: main text without boilerplate, metadata, republication, hostile input."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ingest.document import ReadError
from ingest.html import (
    count_elements,
    html_fragment_to_text,
    html_to_article,
    max_html_chars,
    max_html_elements,
    nesting_depth,
    strip_raw_text_elements,
)
from ingest.net import Fetcher
from ingest.sources import read_one
from tests.local_http import LocalServer

URL = "https://circuitledger.example/2025/03/borealis-disputes-acme"
HOSTILE = Path(__file__).resolve().parent / "hostile"

ARTICLE = """<h1>Borealis disputes Acme's benchmark claim</h1>
<p class="byline">By Priya Ramanathan, March 14, 2025</p>
<p>Borealis Research on Friday disputed a claim by Acme Labs that its new Falcon-2 model
outperforms every rival on the Quill reasoning benchmark, saying the comparison relied on an
outdated version of the test.</p>
<p>"The numbers Acme published are not comparable with ours," Borealis chief scientist Tomas
Lindqvist told reporters, adding that his team had rerun the evaluation and found a gap of less
than two points.</p>
<p>Acme Labs stood by its results. A spokesperson said the company had followed the benchmark's
published protocol and would release its evaluation scripts next week so that others could
check them independently.</p>
<p>The dispute is the latest in a string of disagreements over how frontier models are compared,
as labs race to claim the top spot on public leaderboards.</p>
"""


def page(article: str = ARTICLE, canonical: str = URL, extra_body: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Borealis disputes Acme's benchmark claim | The Circuit Ledger</title>
<meta property="og:site_name" content="The Circuit Ledger">
<meta property="article:published_time" content="2025-03-14T09:30:00Z">
<link rel="canonical" href="{canonical}">
</head>
<body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/ai">Artificial intelligence</a></li>
<li><a href="/chips">Chips and hardware</a></li></ul></nav></header>
<div class="share-buttons"><a href="#">Share on Twitter</a> <a href="#">Share on LinkedIn</a></div>
{extra_body}
<main><article>{article}</article></main>
<aside class="newsletter-signup"><h3>Subscribe to our newsletter</h3>
<p>Get the Circuit Ledger briefing in your inbox every morning. Sign up now for free!</p>
<form><input type="email" placeholder="Your email"><button>Subscribe</button></form></aside>
<div class="author-bio"><h4>About the author</h4><p>Priya Ramanathan covers artificial
intelligence for The Circuit Ledger and previously wrote for a semiconductor weekly.</p></div>
<footer><p>© 2025 The Circuit Ledger Media Group. All rights reserved.</p>
<p><a href="/privacy">Privacy policy</a> | <a href="/terms">Terms of use</a></p></footer>
</body></html>
"""


@pytest.fixture(scope="module")
def article():  # type: ignore[no-untyped-def]
    return html_to_article(page(), "page.html", URL + "?ref=rss")


def test_main_text_is_extracted(article) -> None:  # type: ignore[no-untyped-def]
    assert "found a gap of less than two points" in article.text


@pytest.mark.parametrize(
    "boilerplate",
    [
        "Subscribe to our newsletter",
        "Sign up now",
        "Share on Twitter",
        "All rights reserved",
        "Privacy policy",
        "About the author",
        "semiconductor weekly",
        "Chips and hardware",
    ],
)
def test_boilerplate_is_dropped(article, boilerplate: str) -> None:  # type: ignore[no-untyped-def]
    assert boilerplate not in article.text


def test_no_markup_is_left(article) -> None:  # type: ignore[no-untyped-def]
    assert "<" not in article.text


def test_title_is_taken(article) -> None:  # type: ignore[no-untyped-def]
    assert article.title == "Borealis disputes Acme's benchmark claim"


def test_outlet_is_the_site_name(article) -> None:  # type: ignore[no-untyped-def]
    assert article.outlet == "The Circuit Ledger"


def test_published_time_is_kept_in_full(article) -> None:  # type: ignore[no-untyped-def]
    assert article.published_at == "2025-03-14T09:30:00+00:00"


def test_canonical_url_is_taken(article) -> None:  # type: ignore[no-untyped-def]
    assert article.canonical_url == URL


def test_language_is_the_primary_subtag(article) -> None:  # type: ignore[no-untyped-def]
    assert article.language == "en"


def test_same_site_canonical_is_not_a_republication(article) -> None:  # type: ignore[no-untyped-def]
    assert article.republished_from is None


def test_canonical_on_another_site_is_a_republication() -> None:
    original = "https://borealis.example/blog/quill-numbers"
    result = html_to_article(page(canonical=original), "p", "https://aggregator.example/s/9")
    assert result.republished_from == original


def test_originally_published_line_is_a_republication() -> None:
    body = ARTICLE + "<p>This story was originally published at https://orig.example/post-7.</p>"
    result = html_to_article(page(article=body), "p", URL)
    assert result.republished_from == "https://orig.example/post-7"


def test_og_url_is_used_without_a_canonical_link() -> None:
    html = page().replace(
        f'<link rel="canonical" href="{URL}">', f'<meta property="og:url" content="{URL}">'
    )
    assert html_to_article(html, "p", "https://circuitledger.example/x?id=1").canonical_url == URL


def test_page_without_text_is_an_empty_article() -> None:
    with pytest.raises(ReadError, match="empty article"):
        html_to_article("<html><head><title>Hi</title></head><body> </body></html>", "p", None)


def test_deep_nesting_is_refused_quickly() -> None:
    html = "<html><body>" + "<div>" * 100_000 + "text" + "</div>" * 100_000 + "</body></html>"
    with pytest.raises(ReadError, match="nested deeper"):
        html_to_article(html, "deep.html", None)


def test_huge_inline_script_is_ignored() -> None:
    script = '<script>var blob = "' + "x" * 5_000_000 + '";</script>'
    result = html_to_article(page(extra_body=script), "p", URL)
    assert "two points" in result.text and "xxxx" not in result.text


def test_unclosed_scripts_do_not_hang() -> None:
    with pytest.raises(ReadError, match="empty article"):
        html_to_article("<html><body>" + "<script " * 100_000, "p", None)


@pytest.mark.parametrize(
    ("html", "kept"),
    [
        # a cut-off closing tag before a script does not end that script
        ('Before</script <script>alert("x")</script>After', "Before</script After"),
        # the script ends at its own closing tag, not at a later stray one
        ("a<script>x()</script>b</script>c", "ab</script>c"),
        ("a<SCRIPT type=module>x()</Script >b<style>p {}</style>c", "abc"),
        ("a<style>p {}</style>b<script>y()", "ab"),  # unclosed: the rest is script
        ("a<script/>x()</script>b", "ab"),  # the slash does not close a script
        ("a<scripture>x</scripture>b", "a<scripture>x</scripture>b"),  # another element
    ],
    ids=[
        "stray-close-before",
        "stray-close-after",
        "any-case",
        "unclosed-after-closed",
        "self-closing",
        "longer-name",
    ],
)
def test_only_script_and_style_bodies_are_removed(html: str, kept: str) -> None:
    assert strip_raw_text_elements(html) == kept


def test_a_page_cut_off_inside_a_closing_script_tag_ends() -> None:
    # "</script" with no ">" after it: the scan ends there instead of
    # starting again from the top (which would never end).
    assert strip_raw_text_elements("Text<script>x()</script") == "Text"


@pytest.mark.parametrize(
    ("html", "depth"),
    [
        ("<div></div>" * 3, 1),  # siblings are not nested
        ("<DIV><Span>x</SPAN></div>", 2),
        # void elements and the often unclosed <p> and <li> do not count
        ("<div>" + "<p>para<br><img src=x.png>" * 50 + "<ul><li>a<li>b</ul></div>", 2),
        ("<div><br/><span/></div>", 1),
        # one element closed for every two opened: one level deeper each time
        ("<div><div></div>" * 10, 11),
    ],
    ids=["siblings", "any-case", "void-and-unclosed", "self-closing", "two-open-one-closed"],
)
def test_nesting_depth_counts_elements_open_at_once(html: str, depth: int) -> None:
    assert nesting_depth(html) == depth


def test_too_many_elements_are_refused() -> None:
    html = "<html><body><article>" + "<p>word</p>" * 50_000 + "</article></body></html>"
    with pytest.raises(ReadError, match="more than 40000 elements"):
        html_to_article(html, "p", None)


def test_oversized_page_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAIMGRAPH_MAX_HTML_CHARS", "1000")
    with pytest.raises(ReadError, match="larger than 1000 characters"):
        html_to_article(page(), "p", URL)


@pytest.fixture
def server() -> Iterator[LocalServer]:
    with LocalServer() as srv:
        yield srv


def test_fetched_page_is_read_with_its_final_url(
    server: LocalServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLAIMGRAPH_ALLOW_PRIVATE_HOSTS", "127.0.0.1")
    server.add("/story", page(), "text/html; charset=utf-8")
    server.redirect("/s", "/story")
    with Fetcher(policy=Fetcher.from_environment().policy, min_interval=0) as fetcher:
        result = read_one(server.url("/s"), fetcher=fetcher)
    assert (result.url, result.title) == (
        server.url("/story"),
        "Borealis disputes Acme's benchmark claim",
    )


# ---------------------------------------------------------------- fragments (feed entries)


def test_a_fragment_becomes_paragraphs_and_lines() -> None:
    fragment = "<p>Borealis  said \t so.</p><div>It <b>objected</b>.<br>Twice.</div><p>End</p>"
    assert html_fragment_to_text(fragment) == "Borealis said so.\n\nIt objected.\nTwice.\n\nEnd"


@pytest.mark.parametrize(
    "fragment",
    [
        "",
        "<script>alert('only a script')</script>",
        "<p>kept?</p>" + "<div>" * 401 + "</div>" * 401,
    ],
    ids=["empty", "only-script", "too-deep"],
)
def test_a_fragment_with_nothing_usable_gives_no_text(fragment: str) -> None:
    assert html_fragment_to_text(fragment) == ""


def test_a_fragment_nested_exactly_to_the_limit_is_read() -> None:
    fragment = "<p>Kept.</p>" + "<div>" * 400 + "</div>" * 400
    assert html_fragment_to_text(fragment) == "Kept."


# ---------------------------------------------------------------- links and encodings


@pytest.mark.parametrize(
    "canonical", ["javascript:alert(1)", "file:///etc/passwd", "data:text/html,x"]
)
def test_a_canonical_link_that_is_not_http_is_ignored(canonical: str) -> None:
    html = page(canonical=canonical)
    assert html_to_article(html, "p", "https://circuitledger.example/x").canonical_url == (
        "https://circuitledger.example/x"
    )


def test_a_relative_canonical_link_is_resolved_against_the_page() -> None:
    html = page(canonical="/2025/03/story")
    article = html_to_article(html, "p", "https://circuitledger.example/x?id=1")
    assert article.canonical_url == "https://circuitledger.example/2025/03/story"


def test_utf16_html_is_refused_whatever_charset_it_declares(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "wide.html"
    path.write_bytes(page().replace('charset="utf-8"', 'charset="utf-16"').encode("utf-16"))
    with pytest.raises(ReadError) as refused:
        read_one(str(path))
    assert str(refused.value) == f"{path}: UTF-16 text is not supported; save the file as UTF-8"


# ---------------------------------------------------------------- limits at their edges


def test_each_refusal_names_the_page_and_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAIMGRAPH_MAX_HTML_ELEMENTS", "50")
    deep = "<html><body>" + "<div>" * 500 + "text" + "</div>" * 500 + "</body></html>"
    many = "<html><body>" + "<span>w</span>" * 60 + "</body></html>"
    big = "<html><body>" + "x" * 20_000 + "</body></html>"
    refusals = []
    for name, html in [("big.html", big), ("deep.html", deep), ("many.html", many)]:
        monkeypatch.setenv("CLAIMGRAPH_MAX_HTML_CHARS", "20000" if name == "big.html" else "")
        with pytest.raises(ReadError) as refused:
            html_to_article(html, name, None)
        refusals.append(str(refused.value))
    assert refusals == [
        "big.html: HTML page larger than 20000 characters",
        "deep.html: HTML nested deeper than 400 elements",
        "many.html: HTML page has more than 50 elements",
    ]


def test_a_page_exactly_at_every_limit_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    def nested(n: int) -> str:
        return page(article=ARTICLE + "<div>" * n + "</div>" * n)

    n = 400 - nesting_depth(strip_raw_text_elements(nested(0)))
    n += 400 - nesting_depth(strip_raw_text_elements(nested(n)))  # the article's own depth
    html = nested(n)
    assert nesting_depth(strip_raw_text_elements(html)) == 400
    monkeypatch.setenv("CLAIMGRAPH_MAX_HTML_CHARS", str(len(html)))
    monkeypatch.setenv("CLAIMGRAPH_MAX_HTML_ELEMENTS", str(count_elements(html)))
    assert "two points" in html_to_article(html, "p", URL).text


@pytest.mark.parametrize(
    ("setting", "chars", "elements"),
    [(" 1234 ", 1234, 1234), ("lots", 10_000_000, 40_000), ("", 10_000_000, 40_000)],
)
def test_html_limit_settings(
    monkeypatch: pytest.MonkeyPatch, setting: str, chars: int, elements: int
) -> None:
    monkeypatch.setenv("CLAIMGRAPH_MAX_HTML_CHARS", setting)
    monkeypatch.setenv("CLAIMGRAPH_MAX_HTML_ELEMENTS", setting)
    assert (max_html_chars(), max_html_elements()) == (chars, elements)


def test_a_page_that_states_no_date_gets_none_from_a_year_in_its_text() -> None:
    html = (HOSTILE / "no-date.html").read_text(encoding="utf-8")
    assert "2025" in html
    assert html_to_article(html, "no-date.html", None).published_at is None
