"""Reading articles from files, folders and standard input."""

from __future__ import annotations

import io
import sys
import tracemalloc
from pathlib import Path

import pytest

from ingest.document import ArticleText, ReadError
from ingest.sources import is_url, read_one, read_sources

BODY = "Acme Labs released the Falcon-2 model on Tuesday.\nIt scored 71% on the Quill benchmark.\n"


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


def test_text_file_is_read_exactly(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", "  " + BODY + "\n\n")
    article = read_one(str(path))
    assert article.text == "  " + BODY + "\n\n"


def test_text_file_source_is_the_spec(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", BODY)
    assert read_one(str(path)).source == str(path)


def test_utf8_bom_is_stripped(tmp_path: Path) -> None:
    path = write(tmp_path / "bom.txt", b"\xef\xbb\xbf" + BODY.encode())
    assert read_one(str(path)).text == BODY


def test_url_header_gives_url_and_body_after_blank_line(tmp_path: Path) -> None:
    path = write(tmp_path / "h.txt", "URL: https://news.example/falcon\n\n" + BODY)
    article = read_one(str(path))
    assert (article.url, article.text) == ("https://news.example/falcon", BODY)


def test_url_header_is_canonical_url(tmp_path: Path) -> None:
    path = write(tmp_path / "h.txt", "URL: https://news.example/falcon\n\n" + BODY)
    assert read_one(str(path)).canonical_url == "https://news.example/falcon"


def test_url_line_without_blank_line_is_body(tmp_path: Path) -> None:
    text = "URL: https://news.example/falcon\n" + BODY
    path = write(tmp_path / "h.txt", text)
    article = read_one(str(path))
    assert (article.url, article.text) == (None, text)


def test_explicit_url_overrides_header(tmp_path: Path) -> None:
    path = write(tmp_path / "h.txt", "URL: https://news.example/falcon\n\n" + BODY)
    assert read_one(str(path), url="https://other.example/x").url == "https://other.example/x"


def test_invalid_utf8_is_a_read_error(tmp_path: Path) -> None:
    path = write(tmp_path / "latin.txt", "Café".encode("latin-1"))
    with pytest.raises(ReadError, match="not valid UTF-8 text"):
        read_one(str(path))


def test_binary_file_is_a_read_error(tmp_path: Path) -> None:
    path = write(tmp_path / "pic.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(ReadError, match="not a text or HTML file"):
        read_one(str(path))


def test_nul_bytes_are_a_read_error(tmp_path: Path) -> None:
    path = write(tmp_path / "nul.txt", b"text\x00with a NUL")
    with pytest.raises(ReadError, match="not a text or HTML file"):
        read_one(str(path))


def test_pdf_is_a_read_error(tmp_path: Path) -> None:
    path = write(tmp_path / "notes.pdf", b"%PDF-1.7\n1 0 obj\n")
    with pytest.raises(ReadError, match=r"notes\.pdf: not a text or HTML file"):
        read_one(str(path))


def test_empty_file_is_a_read_error(tmp_path: Path) -> None:
    path = write(tmp_path / "empty.txt", " \n\n")
    with pytest.raises(ReadError, match="empty article"):
        read_one(str(path))


def test_header_only_file_is_empty(tmp_path: Path) -> None:
    path = write(tmp_path / "h.txt", "URL: https://news.example/x\n\n")
    with pytest.raises(ReadError, match="empty article"):
        read_one(str(path))


def test_missing_file_is_a_read_error(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="no such file"):
        read_one(str(tmp_path / "nope.txt"))


def test_read_error_message_is_one_line(tmp_path: Path) -> None:
    path = write(tmp_path / "latin.txt", "Café".encode("latin-1"))
    with pytest.raises(ReadError) as info:
        read_one(str(path))
    assert "\n" not in str(info.value)


def test_folder_is_an_error_for_read_one(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="folder"):
        read_one(str(tmp_path))


def test_stdin_is_read_as_utf8_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    raw = io.BytesIO(b"\xef\xbb\xbf" + "Zoë said so.\n".encode())
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(raw, encoding="latin-1"))
    article = read_one("-")
    assert (article.text, article.source) == ("Zoë said so.\n", "-")


def test_folder_is_read_recursively_in_sorted_order(tmp_path: Path) -> None:
    write(tmp_path / "b.txt", "Second file.\n")
    write(tmp_path / "a" / "z.md", "First file, in a subfolder.\n")
    write(tmp_path / "c" / "d" / "e.txt", "Third file, deeper.\n")
    texts = [item.text for item in read_sources([str(tmp_path)])]  # type: ignore[union-attr]
    assert texts == [
        "First file, in a subfolder.\n",
        "Second file.\n",
        "Third file, deeper.\n",
    ]


def test_folder_skips_other_extensions_and_hidden_files(tmp_path: Path) -> None:
    write(tmp_path / "keep.txt", "Kept.\n")
    write(tmp_path / "image.png", b"\x89PNG\r\n")
    write(tmp_path / ".hidden.txt", "Hidden.\n")
    write(tmp_path / ".git" / "notes.txt", "Git internals.\n")
    items = list(read_sources([str(tmp_path)]))
    assert [item.text for item in items] == ["Kept.\n"]  # type: ignore[union-attr]


def test_errors_are_yielded_and_iteration_continues(tmp_path: Path) -> None:
    write(tmp_path / "1.txt", "One.\n")
    write(tmp_path / "2.txt", b"\xff\xfe bad")
    write(tmp_path / "3.txt", "Three.\n")
    items = list(read_sources([str(tmp_path), str(tmp_path / "missing.txt")]))
    kinds = [type(item).__name__ for item in items]
    assert kinds == ["ArticleText", "ReadError", "ArticleText", "ReadError"]


def test_empty_folder_is_reported(tmp_path: Path) -> None:
    items = list(read_sources([str(tmp_path)]))
    assert len(items) == 1 and isinstance(items[0], ReadError)


HTML_PAGE = """<!DOCTYPE html>
<html lang="en"><head><title>Falcon-2 arrives | Example Tribune</title>
<meta property="og:site_name" content="Example Tribune">
<link rel="canonical" href="https://tribune.example/falcon-2">
</head><body>
<nav><a href="/">Home</a> <a href="/tech">Tech</a></nav>
<article><h1>Falcon-2 arrives</h1>
<p>Acme Labs released its Falcon-2 language model on Tuesday, the company said in a statement
that described the system as its most capable so far.</p>
<p>According to Acme, the model scored 71 percent on the Quill reasoning benchmark, up from
64 percent for its predecessor, though outside researchers have not yet checked the figure.</p>
<p>Rival lab Borealis said the comparison was misleading because the test set had leaked.</p>
</article>
<footer>Copyright Example Tribune. All rights reserved.</footer>
</body></html>
"""


def test_html_file_goes_through_the_html_reader(tmp_path: Path) -> None:
    path = write(tmp_path / "page.html", HTML_PAGE)
    article = read_one(str(path))
    assert "Falcon-2 language model" in article.text and "<p>" not in article.text


def test_html_in_folder_is_read(tmp_path: Path) -> None:
    write(tmp_path / "page.htm", HTML_PAGE)
    (item,) = read_sources([str(tmp_path)])
    assert (
        isinstance(item, ArticleText) and item.canonical_url == "https://tribune.example/falcon-2"
    )


def test_html_file_in_its_declared_charset_is_read(tmp_path: Path) -> None:
    html = HTML_PAGE.replace("<head>", '<head><meta charset="iso-8859-1">').replace(
        "Rival lab Borealis", "Rival lab Borealis (Zürich)"
    )
    path = write(tmp_path / "latin.html", html.encode("latin-1"))
    assert "Borealis (Zürich)" in read_one(str(path)).text


def sparse_file(path: Path, size: int) -> Path:
    """A file ``size`` bytes long that uses no disk (a hole): large inputs cost nothing."""
    with path.open("wb") as out:
        out.truncate(size)
    return path


def test_file_over_the_size_limit_is_a_read_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLAIMGRAPH_MAX_BODY_BYTES", "50")
    path = write(tmp_path / "long.txt", BODY * 3)
    with pytest.raises(ReadError, match="larger than 50 bytes"):
        read_one(str(path))


def test_a_fifty_megabyte_file_is_refused_without_being_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Sparse: 50 MB long, no disk used.  Its size is judged before any byte is
    # read, so refusing it allocates next to nothing (reading it would take 50 MB).
    monkeypatch.delenv("CLAIMGRAPH_MAX_BODY_BYTES", raising=False)
    path = sparse_file(tmp_path / "huge.txt", 50_000_000)
    tracemalloc.start()
    try:
        with pytest.raises(ReadError) as refused:
            read_one(str(path))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert str(refused.value) == (
        f"{path}: file larger than 10485760 bytes: too large (CLAIMGRAPH_MAX_BODY_BYTES)"
    )
    assert peak < 1_000_000, f"refusing the file allocated {peak} bytes"


def test_stdin_over_the_size_limit_is_a_read_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAIMGRAPH_MAX_BODY_BYTES", "50")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(BODY.encode() * 3)))
    with pytest.raises(ReadError, match="-: input larger than 50 bytes"):
        read_one("-")


# ---------------------------------------------------------------- limits at their edges


def test_standard_input_is_read_only_up_to_the_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 50 MB on standard input (a sparse file, as a shell redirect gives it):
    # one byte past the 10 MB limit is read, never the rest.
    monkeypatch.delenv("CLAIMGRAPH_MAX_BODY_BYTES", raising=False)
    path = sparse_file(tmp_path / "huge.txt", 50_000_000)
    with path.open("rb") as raw:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(raw))
        tracemalloc.start()
        try:
            with pytest.raises(ReadError, match="input larger than 10485760 bytes"):
                read_one("-")
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert peak < 20_000_000, f"refusing standard input allocated {peak} bytes"


def test_a_file_exactly_at_the_limit_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLAIMGRAPH_MAX_BODY_BYTES", str(len(BODY)))
    assert read_one(str(write(tmp_path / "a.txt", BODY))).text == BODY


def test_standard_input_exactly_at_the_limit_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAIMGRAPH_MAX_BODY_BYTES", str(len(BODY)))
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(BODY.encode())))
    assert read_one("-").text == BODY


# ---------------------------------------------------------------- what a spec is


@pytest.mark.parametrize(
    ("spec", "url"),
    [
        ("http://news.example/a", True),
        ("https://news.example/a", True),
        ("HTTPS://NEWS.EXAMPLE/A", True),
        ("Http://news.example/a", True),
        ("feed:https://news.example/rss", False),
        ("ftp://news.example/a", False),
        ("httpsfile.txt", False),
        ("news.example/a", False),
    ],
)
def test_which_specs_are_urls(spec: str, url: bool) -> None:
    assert is_url(spec) is url


def test_html_without_a_known_suffix_is_recognised(tmp_path: Path) -> None:
    path = write(tmp_path / "saved-page", HTML_PAGE)
    article = read_one(str(path))
    assert "Falcon-2 language model" in article.text and "<p>" not in article.text


@pytest.mark.parametrize("name", ["page.HTML", "page.Htm"])
def test_html_suffixes_in_any_case_are_html(tmp_path: Path, name: str) -> None:
    # No doctype, so only the suffix says it is HTML.
    body = HTML_PAGE.removeprefix("<!DOCTYPE html>\n").replace('<html lang="en">', "<div>")
    article = read_one(str(write(tmp_path / name, body)))
    assert "Falcon-2 language model" in article.text and "<p>" not in article.text


@pytest.mark.parametrize("name", ["notes.txt", "notes.MD"])
def test_text_suffixes_keep_html_looking_text_as_text(tmp_path: Path, name: str) -> None:
    article = read_one(str(write(tmp_path / name, HTML_PAGE)))
    assert article.text == HTML_PAGE


def test_read_one_of_a_folder_names_it(tmp_path: Path) -> None:
    with pytest.raises(ReadError) as refused:
        read_one(str(tmp_path))
    assert str(refused.value) == f"{tmp_path}: is a folder; give a single file"


def test_a_folder_inside_a_batch_without_articles_is_named(tmp_path: Path) -> None:
    (item,) = read_sources([str(tmp_path)])
    assert str(item) == f"{tmp_path}: folder has no .txt, .md, .html or .htm files"


def test_standard_input_gets_the_given_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(BODY.encode())))
    assert read_one("-", url="https://news.example/pasted").url == "https://news.example/pasted"


def test_a_batch_reads_standard_input(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(BODY.encode())))
    (item,) = read_sources(["-"])
    assert isinstance(item, ArticleText) and (item.text, item.source) == (BODY, "-")


def test_an_empty_html_file_is_named(tmp_path: Path) -> None:
    path = write(tmp_path / "blank.html", "   \n")
    with pytest.raises(ReadError) as refused:
        read_one(str(path))
    assert str(refused.value) == f"{path}: empty article"


def test_a_utf16_file_is_named_with_its_fix(tmp_path: Path) -> None:
    path = write(tmp_path / "wide.txt", BODY.encode("utf-16"))
    with pytest.raises(ReadError) as refused:
        read_one(str(path))
    assert str(refused.value) == f"{path}: UTF-16 text is not supported; save the file as UTF-8"


def test_a_batch_reads_files_by_path_and_by_local_file_url(tmp_path: Path) -> None:
    # A path is a path: "#" and "%20" in a file name are not URL syntax.
    odd = write(tmp_path / "notes #1 100%20.txt", BODY)
    plain = write(tmp_path / "plain.txt", BODY)
    specs = [str(odd), plain.as_uri(), f"file://localhost{plain}", f"FILE://LocalHost{plain}"]
    items = list(read_sources(specs))
    assert [(type(a).__name__, a.source, a.text) for a in items] == [  # type: ignore[union-attr]
        ("ArticleText", spec, BODY) for spec in specs
    ]


def test_one_article_is_read_by_path_and_by_local_file_url(tmp_path: Path) -> None:
    # As in a batch: a path is a path ("#" and "%20" are no URL syntax), and a
    # file: URL names its file; the article's source is the spec as given.
    odd = write(tmp_path / "notes #1 100%20.txt", BODY)
    plain = write(tmp_path / "plain.txt", BODY)
    specs = [str(odd), plain.as_uri(), f"file://localhost{plain}", f"FILE://LocalHost{plain}"]
    assert [(a.source, a.text) for a in map(read_one, specs)] == [(spec, BODY) for spec in specs]


def test_unreadable_local_sources_are_each_one_line_naming_why(tmp_path: Path) -> None:
    missing = tmp_path / "gone.txt"
    folder = tmp_path / "sub"
    folder.mkdir()
    too_long = f"file://{tmp_path}/{'x' * 300}.txt"  # stat fails: the name is too long
    specs = [str(missing), f"feed:{folder}", too_long, "file://localhost", "feed:file:"]
    assert [str(item) for item in read_sources(specs)] == [
        f"{missing}: no such file or folder",
        f"{folder}: is a folder, not a file",
        f"{too_long}: cannot read (File name too long)",
        "file://localhost: file: URL has no path",
        "file:: file: URL has no path",
    ]
