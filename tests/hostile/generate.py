"""Hostile inputs too big to commit, written at test time.

Each generator writes one file into a folder and returns its path; the
names match ``expected.tsv``.  Small hostile files are committed next to
this module.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent

ARTICLE_HTML = (
    "<article><h1>Altman and Hassabis disagree</h1>"
    "<p>Sam Altman, the chief executive of OpenAI, said that GPT-5 would be released "
    "in the summer and that it would be much better than GPT-4.</p>"
    "<p>Demis Hassabis, the chief executive of Google DeepMind, said that Gemini was "
    "already ahead on most benchmarks.</p></article>"
)
#: Text that appears only inside <script> elements; it must never reach an article.
SCRIPT_MARKER = "scriptonlymarker"


def expected_outcomes() -> dict[str, str]:
    """file name -> "stored" or a fragment of its one-line error."""
    outcomes = {}
    for line in (HERE / "expected.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, outcome = line.split("\t")
            outcomes[name] = outcome
    return outcomes


def committed_files() -> list[Path]:
    """The small hostile files kept in the repository."""
    return [HERE / name for name in expected_outcomes() if (HERE / name).exists()]


def big_text(folder: Path, megabytes: int = 50) -> Path:
    """A plain-text article of ``megabytes`` MB of real English sentences."""
    path = folder / "big-50mb.txt"
    paragraph = "Sam Altman, the chief executive of OpenAI, said GPT-5 would ship soon. " * 400
    block = (paragraph + "\n\n").encode("utf-8")
    with path.open("wb") as out:
        out.write(b"URL: https://example.com/big\n\n")
        for _ in range(megabytes * 1024 * 1024 // len(block) + 1):
            out.write(block)
    return path


def deeply_nested(folder: Path, depth: int = 100_000) -> Path:
    """Well-formed HTML nested ``depth`` <div>s deep around one sentence."""
    path = folder / "deeply-nested.html"
    path.write_text(
        "<!doctype html><html><body>"
        + "<div>" * depth
        + "<p>Sam Altman said OpenAI would ship GPT-5.</p>"
        + "</div>" * depth
        + "</body></html>",
        encoding="utf-8",
    )
    return path


def unclosed_nesting(folder: Path, depth: int = 30_000) -> Path:
    """HTML opening inline elements that are never closed."""
    path = folder / "unclosed-nesting.html"
    path.write_text(
        "<!doctype html><html><body>"
        + "<b><i><span>" * depth
        + "Sam Altman said OpenAI would ship GPT-5.</body></html>",
        encoding="utf-8",
    )
    return path


def huge_inline_script(folder: Path) -> Path:
    """A real article after a 12 MB inline script: over the default body limit."""
    path = folder / "huge-inline-script.html"
    path.write_text(
        "<!doctype html><html><head><script>var x='" + "A" * 12_000_000 + "';</script>"
        "</head><body>" + ARTICLE_HTML + "</body></html>",
        encoding="utf-8",
    )
    return path


def inline_scripts_under_limit(folder: Path) -> Path:
    """2 MB of inline script full of tags and a marker word, around a real article."""
    path = folder / "inline-scripts-under-limit.html"
    script = f"var a = '<p>{SCRIPT_MARKER} said OpenAI lied</p><div>'; if (a<b) {{}}\n" * 25_000
    path.write_text(
        "<!doctype html><html><head><script>"
        + script
        + "</script></head><body>"
        + ARTICLE_HTML
        + "<script>"
        + script
        + "</script></body></html>",
        encoding="utf-8",
    )
    return path


GENERATORS = (
    big_text,
    deeply_nested,
    unclosed_nesting,
    huge_inline_script,
    inline_scripts_under_limit,
)


def write_all(folder: Path) -> list[Path]:
    """Copy the committed files and generate the big ones into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for src in committed_files():
        dst = folder / src.name
        dst.write_bytes(src.read_bytes())
        paths.append(dst)
    paths.extend(gen(folder) for gen in GENERATORS)
    return paths


# ---------------------------------------------------------------- small articles

_PARTIES = [
    ("Sam Altman", "the chief executive of OpenAI", "OpenAI", "GPT-5"),
    ("Demis Hassabis", "the chief executive of Google DeepMind", "Google DeepMind", "Gemini"),
    ("Yann LeCun", "the chief AI scientist at Meta", "Meta", "Llama 4"),
    ("Dario Amodei", "the chief executive of Anthropic", "Anthropic", "Claude"),
    ("Elon Musk", "the founder of xAI", "xAI", "Grok 3"),
    ("Arthur Mensch", "the chief executive of Mistral AI", "Mistral AI", "Mistral Large"),
]
_CLAIMS = [
    "{model} scored higher than any other model on AIME 2025",
    "{model} had been trained on far less compute than its rivals",
    "{model} would be released to the public before the end of the year",
    "the safety tests of {model} had been run by outside experts",
]


def small_articles(folder: Path, count: int, seed: int) -> list[Path]:
    """``count`` short English articles in which people claim and deny things.

    Seeded and deterministic; the same people recur, so later articles open
    disputes with claims stored from earlier ones (cross-article writes).
    """
    import random

    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        a, b = rng.sample(_PARTIES, 2)
        # The number makes every sentence unique: a claim id hashes claimant and
        # sentence, so a repeated sentence would be one claim shared by articles.
        claim = rng.choice(_CLAIMS).format(model=a[3]) + f" in trial {n}"
        body = (
            f"{a[0]}, {a[1]}, said that {claim}.\n\n"
            f"{b[0]}, {b[1]}, denied that {claim}. "
            f"{b[0].split()[-1]} said {b[2]} had seen no evidence for it in trial {n}.\n\n"
            f"The dispute in trial {n} is one of a series.\n"
        )
        path = folder / f"article-{n:03d}.txt"
        path.write_text(f"URL: https://example.com/series/{n}\n\n{body}", encoding="utf-8")
        paths.append(path)
    return paths
