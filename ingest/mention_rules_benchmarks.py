"""Benchmarks no gazetteer lists, by what the text does with them: "the ZetaQA
benchmark", "scored 71% on ZetaQA", "performance on ZetaQA", "ZetaQA, a collection of
hard math problems", "the ZetaQA and TerraMath benchmarks", "its ZetaQA score", "88.1 on
ZetaQA", "a benchmark, called ZetaQA", a benchmark-shaped name ("CodeBench", "SimpleQA"),
and the rows or columns of a score table whose other names are known models.  The cue words are in
``data/benchmark_cues.json``; each rule says how far it trusts a lone ordinary word.
"""

from __future__ import annotations

import json
import re
from functools import cache

from ingest.entity_model import Mention
from ingest.entity_patterns import DATE_WORD, OWNED_RESULTS
from ingest.gazetteer import GazEntry, Gazetteer, fold
from ingest.mention_checks import title_case_line

# a benchmark-like name: up to four capitalised or numbered words ("Humanity's Last Exam",
# "ZetaQA", "CodeClash-Pro", "MegaMath 2025")
_BENCH_WORD = r"[A-Z0-9][\w+-]*(?:\.[\w+-]+)*(?:['\u2019]s)?"


_BENCH_NAME = rf"{_BENCH_WORD}(?: {_BENCH_WORD}){{0,3}}"


# how sure each benchmark cue is of a lone ordinary word ("the Coding benchmark"):
# "strong" cues take it unless the article also writes the word in lower case, "shaped"
# cues only take a name-shaped word ("performance on Monday", "Elo scores")
_BENCHMARK_RULE_TRUST = {
    "head": "strong",
    "scored": "strong",
    "decimal": "shaped",
    "called": "strong",
    "performance": "shaped",
    "apposition": "strong",
    "list": "shaped",
    "list_after": "strong",
    "score_of": "shaped",
    "suffix": "any",
    "titled": "any",
}


@cache
def _benchmark_regexes(gaz_id: int, cues: str) -> dict[str, re.Pattern[str]]:
    """Regexes for the ways text names an unlisted benchmark (see benchmark_cues.json),
    by rule name (see ``_BENCHMARK_RULE_TRUST``)."""
    data = json.loads(cues)

    def alt(words: list[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    return {
        # "the ZetaQA benchmark", "on the Vibe Arena leaderboard", "the SWE-Verify coding
        # benchmark" (one word of its domain between)
        "head": re.compile(
            rf"(?<![\w'\u2019-])(?P<name>{_BENCH_NAME}) (?:(?:{alt(data['head_modifiers'])}) )?"
            rf"(?:{alt(data['head_nouns'])})\b"
        ),
        # "scored 71% on ZetaQA", "reached 40 percent on the CodeClash-Pro test"
        "scored": re.compile(
            rf"\b(?:{alt(data['score_verbs'])}) (?:an? |a score of |about |around |just |over |"
            rf"nearly |only |roughly )?[\d.,]+ ?(?:{alt(data['score_units'])}) on (?:the )?"
            rf"(?P<name>{_BENCH_NAME})"
        ),
        # "88.1 on ZetaQA and 64.2 on TerraMath": a score with decimals needs no unit
        "decimal": re.compile(
            rf"(?<![\w.])\d+\.\d+ ?(?:{alt(data['score_units'])})? on (?:the )?"
            rf"(?P<name>{_BENCH_NAME})"
        ),
        # "a new benchmark, called ZetaQA", "a test dubbed TerraMath"
        "called": re.compile(
            rf"\b(?:{alt(data['head_nouns'] + data['appositive_heads'])}),? "
            rf"(?:called|named|dubbed|known as) (?P<name>{_BENCH_NAME})"
        ),
        # "performance on ZetaQA"
        "performance": re.compile(
            rf"\b(?:{alt(data['score_nouns'])}) on (?:the )?(?P<name>{_BENCH_NAME})"
        ),
        # "ZetaQA, a collection of hard math problems"
        "apposition": re.compile(
            rf"(?<![\w'\u2019-])(?P<name>{_BENCH_NAME}), (?:a|an|the|its|their) (?:[\w-]+ ){{0,4}}?"
            rf"(?:(?:{alt(data['appositive_heads'])})|(?:{alt(data['appositive_collections'])}) "
            rf"of (?:[\w-]+ ){{0,3}}(?:{alt(data['appositive_items'])}))\b"
        ),
        # "the ZetaQA, TerraMath and ProofDeck benchmarks": each listed name
        "list": re.compile(
            rf"(?<![\w'\u2019-])(?P<names>(?:{_BENCH_WORD}, )+(?:and |or )?{_BENCH_WORD}|"
            rf"{_BENCH_WORD} (?:and|or) {_BENCH_WORD}) (?:{alt(data['plural_heads'])})\b"
        ),
        # "benchmarks such as ZetaQA, TerraMath and ProofDeck", "three benchmarks: ZetaQA
        # and TerraMath": each listed name after the plural head
        "list_after": re.compile(
            rf"\b(?:{alt(data['plural_heads'])})(?: such as| like| including|:) "
            rf"(?P<names>(?:{_BENCH_WORD}, )*{_BENCH_WORD},? (?:and|or) {_BENCH_WORD})"
        ),
        # "its ZetaQA score", "ZETA-2 scores"
        "score_of": re.compile(rf"(?<![\w'\u2019-])(?P<name>{_BENCH_WORD}) scores?\b"),
        # "the Velvet Reasoning Benchmark", "the Open Coding Leaderboard": a name whose
        # last word is its kind
        "titled": re.compile(
            r"(?<![\w'\u2019-])(?P<name>(?:[A-Z][\w-]*[ ]){1,4}(?:Benchmark|Leaderboard))\b"
        ),
        # "CodeBench", "Vibe-Bench", "SimpleQA", "ArenaEval"
        "suffix": re.compile(
            rf"\b(?P<name>[A-Z][\w]*[a-z0-9-](?:{alt(data['name_suffixes'])})(?:-[\w.]+)?)\b"
        ),
    }


def benchmark_mentions(text: str, gaz: Gazetteer) -> list[Mention]:
    """Benchmarks no gazetteer lists: a name before "benchmark"/"leaderboard", a name a
    score was reached on, a list of names before "benchmarks", or a benchmark-shaped
    name ("...Bench", "...QA"). A name the gazetteer knows as something else, or a common
    word, is none."""
    found = []
    for rule, rx in _benchmark_regexes(id(gaz), json.dumps(gaz.benchmark_cues)).items():
        for m in rx.finditer(text):
            if rule in ("list", "list_after"):
                names = [
                    (w.start() + m.start("names"), w.group(0))
                    for w in re.finditer(r"[^\s,]+", m.group("names"))
                    if w.group(0) not in ("and", "or")
                ]
            else:
                names = [(m.start("name"), m.group("name"))]
            for start, raw in names:
                mention = _benchmark_mention(start, raw, rule, text, gaz)
                if mention is not None:
                    found.append(mention)
    # "the company's Atlas-3 benchmark results": its model's results, wherever else the
    # name stands before "scores"
    owned = {m.group("name") for m in OWNED_RESULTS.finditer(text)}
    return [m for m in found if m.text not in owned]


def _benchmark_mention(
    start: int, raw: str, rule: str, text: str, gaz: Gazetteer
) -> Mention | None:
    if re.search(r"['\u2019]s$", raw):
        return None  # "Acme's benchmark results": the owner of the results, not a benchmark
    name = raw
    while name.split(" ", 1)[0] in ("The", "A", "An", "Its", "Their", "On", "In"):
        name = name.split(" ", 1)[1] if " " in name else ""
    name = re.sub(r"['\u2019]s$", "", name).rstrip(".,;:-")
    if not re.search(r"[^\W\d_]", name) or fold(name) in gaz.non_entities:
        return None  # "its 2025 score": a year, not a name
    if fold(name) in gaz.stopwords or fold(name) in gaz.places:
        return None  # "a popular Chinese leaderboard": a place or its people
    if re.fullmatch(DATE_WORD, name):
        return None  # "people who took the February exam": when, not which
    first = name.split()[0]
    if "-" in first and fold(first.split("-")[0]) in gaz.places:
        return None  # "the Indian-language leaderboard", "a Hindi-English benchmark"
    if re.fullmatch(r"[A-Z][a-z]+-[a-z]+(?:ed|en)", name):
        return None  # "Vendor-reported scores", "Human-written answers": a description
    entry = gaz.lookup(name) or gaz.lookup(name.split()[0])
    if entry is not None and entry.type != "Benchmark":
        return None  # "the OpenAI benchmark", "the GPT-5 leaderboard"
    trust = _BENCHMARK_RULE_TRUST[rule]
    if (
        trust != "any"
        and " " not in name
        and not _name_shaped(name)
        and (trust == "shaped" or re.search(rf"\b{re.escape(name.lower())}\b", text))
    ):
        return None
    s0 = start + raw.index(name)
    if (
        " " in name
        and (rule == "titled" or not any(_name_shaped(w) for w in name.split()))
        and title_case_line(text, s0)
        and text.count(name) == 1
    ):
        # "New Model Tops Leaderboard": a headline's words, named nowhere else; before a
        # capitalised "Leaderboard" any headline words run in ("Researchers Say Popular
        # AI Leaderboard"), whatever their shape
        return None
    return Mention(s0, s0 + len(name), name, "Benchmark", "def", weight=10)


def _name_shaped(word: str) -> bool:
    """A word no dictionary has: a digit, an inner capital or hyphen, or all capitals."""
    return bool(re.search(r"\d|.[A-Z]|-", word)) or (word.isupper() and len(word) > 1)


# a row of a score table: a name, then two or more numbers ("Orbit-2  71.2  64.0%",
# "| ZetaQA | 71.2 | 64.0 |")
_TABLE_ROW = re.compile(
    r"^[ \t|]*(?P<name>[A-Za-z][\w.+-]*(?: [\w.+()-]+){0,4}?)[ \t]*(?:[ \t|]+[-+]?\d[\d.,]*%?){2,}"
    r"[ \t|]*$"
)
# a short line that starts with a name and holds two figures ("ZetaQA 71.2 vs 64.0",
# "Orbit-2 — 71.2% / 64.0%"): a row when the lines around it are rows too
_LOOSE_ROW = re.compile(
    r"^[ \t|*•-]*(?P<name>[A-Z][\w.+-]*(?: (?![-+]?\d[\d.,]*%?(?:\s|$))[A-Z0-9][\w.+-]*){0,2})"
)
_CELL_SPLIT = re.compile(r"\t+| {2,}|\s*\|\s*")


def score_table_mentions(text: str, gaz: Gazetteer) -> list[Mention]:
    """The rows and columns of a score table: when its header names benchmarks the rows
    are models, when it names models the rows are benchmarks (and the other way round
    when a row is known).  Two rows at least; a name the gazetteer knows keeps its own
    type."""
    found: list[Mention] = []
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    i = 0
    while i < len(lines):
        rows = []
        j = i
        while j < len(lines) and (m := _table_row(lines[j][1])) is not None:
            rows.append((lines[j][0] + m.start("name"), m.group("name").strip()))
            j += 1
            # a table taken from a web page often has a blank line between its rows
            if j + 1 < len(lines) and not lines[j][1].strip() and _table_row(lines[j + 1][1]):
                j += 1
        if len(rows) < 2:
            i = j + 1 if j > i else i + 1
            continue
        header_at, header = next(
            ((p, line) for p, line in reversed(lines[max(0, i - 2) : i]) if line.strip()), (0, "")
        )
        cells = []
        for c in _CELL_SPLIT.split(header):
            if c.strip():
                cells.append((header_at + header.index(c.strip()), c.strip()))
        row_type = _rows_type([n for _, n in cells], [n for _, n in rows], gaz)
        if row_type is not None:
            col_type = "Benchmark" if row_type == "Model" else "Model"
            for start, name in rows:
                found += _table_cell(start, name, row_type, gaz)
            for start, name in cells[1:]:  # the first cell names the rows' kind
                found += _table_cell(start, name, col_type, gaz)
        i = j
    return found


def _table_row(line: str) -> re.Match[str] | None:
    """The name of a table row: a name and two or more figures, alone or on a short line
    (eight words at most)."""
    m = _TABLE_ROW.match(line)
    if m is not None:
        return m
    if len(line.split()) > 8 or len(re.findall(r"(?<![\w.])\d[\d.,]*%?", line)) < 2:
        return None
    return _LOOSE_ROW.match(line)


def _rows_type(header: list[str], rows: list[str], gaz: Gazetteer) -> str | None:
    """Models or benchmarks, as the known names of the header or the rows say, or a row
    with a benchmark-shaped name."""

    def known(names: list[str], etype: str) -> bool:
        return any((k := _known_prefix(n, gaz)) is not None and k[1].type == etype for n in names)

    if known(header, "Benchmark") or known(rows, "Model"):
        return "Model"
    if known(header, "Model") or known(rows, "Benchmark"):
        return "Benchmark"
    shaped = _benchmark_regexes(id(gaz), json.dumps(gaz.benchmark_cues))["suffix"]
    if any(shaped.fullmatch(n) for n in rows):
        return "Benchmark"  # a row named like a benchmark ("CodeBench", "SimpleQA")
    return None


def _known_prefix(name: str, gaz: Gazetteer) -> tuple[str, GazEntry] | None:
    """The longest run of leading words of ``name`` that the gazetteer knows, with its
    entry: a table row "ZetaQA Hard" is a variant of the known ZetaQA."""
    words = name.split()
    for n in range(len(words), 0, -1):
        entry = gaz.lookup(" ".join(words[:n]))
        if entry is not None:
            return " ".join(words[:n]), entry
    return None


def _table_cell(start: int, name: str, etype: str, gaz: Gazetteer) -> list[Mention]:
    """A mention of a name in a score table: an unknown one if it looks like a name, or
    the known name a row's label starts with ("ZetaQA (hard subset)" is ZetaQA)."""
    known = _known_prefix(name, gaz)
    if known is not None:
        if known[0] == name:
            return []  # the gazetteer's own rule finds it
        prefix, entry = known
        return [Mention(start, start + len(prefix), prefix, entry.type, "gaz", entry)]
    settings = {w.casefold() for w in gaz.benchmark_cues.get("setting_words", [])}
    while " " in name and name.rsplit(" ", 1)[1].strip("()").casefold() in settings:
        name = name.rsplit(" ", 1)[0]  # "TerraMath Multi-turn": how TerraMath was run
    if (
        fold(name) in gaz.non_entities
        or fold(name) in gaz.stopwords
    ):
        return []
    if not (name[:1].isupper() or re.search(r"\d", name)) or not re.search(r"[^\W\d_]", name):
        return []
    return [Mention(start, start + len(name), name, etype, "def", weight=10)]
