"""Domain data for extraction: gazetteers and lexicons loaded from ``ingest/data/``.

Everything the extractor knows about the AI industry by name lives in those data
files (organisations, outlets, people, models, benchmarks, reporting cues, dispute
cues, boilerplate cues); this module only parses them, once per process.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path

DATA_DIR = Path(__file__).with_name("data")


@dataclass(frozen=True, slots=True)
class GazEntry:
    """One known entity: canonical name, graph label, organisation kind, aliases."""

    name: str
    type: str  # Person | Organization | Model | Benchmark
    kind: str | None = None  # organisation kind
    aliases: tuple[str, ...] = ()
    developer: str | None = None  # models: developing organisation
    affiliation: str | None = None  # people: organisation
    role: str | None = None  # people: role at the affiliation


@dataclass(slots=True)
class Gazetteer:
    entries: list[GazEntry]
    by_form: dict[str, GazEntry] = field(default_factory=dict)
    families: list[str] = field(default_factory=list)
    variant_words: set[str] = field(default_factory=set)
    standalone_variants: set[str] = field(default_factory=set)
    openai_reasoning: re.Pattern[str] = re.compile(r"^o[1-9]$")
    cues: dict[str, tuple[str, int]] = field(default_factory=dict)
    negative: list[str] = field(default_factory=list)
    denial_phrases: list[re.Pattern[str]] = field(default_factory=list)
    comparatives: list[str] = field(default_factory=list)
    inferior_comparatives: set[str] = field(default_factory=set)
    superlatives: list[str] = field(default_factory=list)
    inferior_adjectives: set[str] = field(default_factory=set)
    opposites: list[tuple[str, str]] = field(default_factory=list)
    generic_words: frozenset[str] = frozenset()
    not_comparisons: set[str] = field(default_factory=set)
    report_nouns: set[str] = field(default_factory=set)
    rebuttal_verbs: set[str] = field(default_factory=set)
    correcting_words: list[str] = field(default_factory=list)
    generic_units: frozenset[str] = frozenset()
    answer_frames: dict[str, list[re.Pattern[str]]] = field(default_factory=dict)
    any_answer_frame: re.Pattern[str] = re.compile(r"(?!x)x")  # any of ``answer_frames``
    non_entities: set[str] = field(default_factory=set)
    non_entity_terms: list[str] = field(default_factory=list)
    role_nouns: set[str] = field(default_factory=set)
    ambiguous: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)
    given_names: set[str] = field(default_factory=set)
    boilerplate: list[re.Pattern[str]] = field(default_factory=list)
    boilerplate_inline: list[re.Pattern[str]] = field(default_factory=list)
    republish: list[re.Pattern[str]] = field(default_factory=list)
    stopwords: set[str] = field(default_factory=set)
    benchmark_cues: dict[str, list[str]] = field(default_factory=dict)

    def lookup(self, form: str) -> GazEntry | None:
        """The entry whose name or alias is ``form`` (exact case first, then folded)."""
        return self.by_form.get(form) or self.by_form.get(fold(form))


def fold(s: str) -> str:
    """Case- and punctuation-insensitive key for name lookups."""
    s = s.replace("\u2019", "'").replace("\u2018", "'")
    s = re.sub(r"'s$", "", s)
    return " ".join(re.sub(r"[^\w.+-]+", " ", s.casefold()).split())


def _rows(name: str) -> list[list[str]]:
    rows = []
    for line in (DATA_DIR / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append([c.strip() for c in line.split("\t")])
    return rows


def _lines(name: str) -> list[str]:
    return [
        ln.strip()
        for ln in (DATA_DIR / name).read_text(encoding="utf-8").splitlines()
        if ln.strip() and not ln.startswith("#")
    ]


def _aliases(cell: str) -> tuple[str, ...]:
    return tuple(a.strip() for a in cell.split("|") if a.strip())


def _variants(name: str, aliases: tuple[str, ...]) -> tuple[str, ...]:
    """``aliases`` plus each form written with a typographic apostrophe and without
    accents, where that differs from every listed form."""
    forms = (name, *aliases)
    extra: list[str] = []
    for f in forms:
        plain = "".join(c for c in unicodedata.normalize("NFD", f) if not unicodedata.combining(c))
        for v in (f.replace("'", "\u2019"), plain, plain.replace("'", "\u2019")):
            if v not in forms and v not in extra:
                extra.append(v)
    return aliases + tuple(extra)


def _cell(row: list[str], i: int) -> str:
    return row[i] if len(row) > i else ""


@cache
def load() -> Gazetteer:
    """Parse every data file (cached: the files are read once per process)."""
    entries: list[GazEntry] = []
    for row in _rows("organizations.tsv"):
        entries.append(
            GazEntry(row[0], "Organization", _cell(row, 1) or "company", _aliases(_cell(row, 2)))
        )
    lowercase_the: set[str] = set()
    for row in _rows("outlets.tsv"):
        aliases = _aliases(_cell(row, 1))
        if row[0].startswith("The "):
            # prose writes "the Information's reporting", "according to the Verge"
            aliases += ("the " + row[0][4:],)
            if " " not in row[0][4:]:
                lowercase_the.add("the " + row[0][4:])  # "across the Atlantic": needs support
        entries.append(GazEntry(row[0], "Organization", "publication", aliases))
    for row in _rows("people.tsv"):
        entries.append(
            GazEntry(
                row[0],
                "Person",
                aliases=_aliases(_cell(row, 1)),
                affiliation=_cell(row, 2) or None,
                role=_cell(row, 3) or None,
            )
        )
    for row in _rows("models.tsv"):
        entries.append(
            GazEntry(
                row[0], "Model", aliases=_aliases(_cell(row, 2)), developer=_cell(row, 1) or None
            )
        )
    for row in _rows("benchmarks.tsv"):
        entries.append(GazEntry(row[0], "Benchmark", aliases=_aliases(_cell(row, 1))))

    # prose mostly writes a typographic apostrophe ("Tom’s Hardware", "Tim O’Reilly") and
    # many outlets drop accents ("Jurgen Schmidhuber", "Francois Chollet"): every form is
    # also listed in those spellings
    entries = [replace(e, aliases=_variants(e.name, e.aliases)) for e in entries]
    gaz = Gazetteer(entries=entries)
    for e in entries:
        for form in (e.name, *e.aliases):
            # exact-case key first so "Scale" (alias) and "scale" (word) stay apart
            gaz.by_form.setdefault(form, e)
            gaz.by_form.setdefault(fold(form), e)

    patterns = json.loads((DATA_DIR / "model_patterns.json").read_text(encoding="utf-8"))
    fams = set(patterns["families"]) | {e.name for e in entries if e.type == "Model"}
    gaz.families = sorted(fams, key=len, reverse=True)
    gaz.variant_words = set(patterns["variant_words"])
    gaz.standalone_variants = set(patterns["standalone_variants"])
    gaz.openai_reasoning = re.compile(patterns["openai_reasoning"])

    gaz.benchmark_cues = json.loads((DATA_DIR / "benchmark_cues.json").read_text(encoding="utf-8"))

    for row in _rows("cues.tsv"):
        gaz.cues.setdefault(row[0], (_cell(row, 1) or "assertion", int(_cell(row, 2) or 1)))
    disp = json.loads((DATA_DIR / "dispute_cues.json").read_text(encoding="utf-8"))
    gaz.negative = disp["negative"]
    gaz.denial_phrases = [re.compile(x, re.I) for x in disp["denial_phrases"]]
    gaz.comparatives = sorted(disp["comparatives"], key=len, reverse=True)
    gaz.inferior_comparatives = set(disp["inferior_comparatives"])
    gaz.superlatives = list(disp["superlatives"])
    gaz.inferior_adjectives = set(disp["inferior_adjectives"])
    gaz.opposites = [(a, b) for a, b in disp["opposites"]]
    gaz.generic_words = frozenset(disp["generic_words"])
    gaz.not_comparisons = set(disp["not_comparisons"])
    gaz.report_nouns = set(disp["report_nouns"])
    gaz.rebuttal_verbs = set(disp["rebuttal_verbs"])
    gaz.correcting_words = sorted(disp["correcting_words"], key=len, reverse=True)
    gaz.generic_units = frozenset(disp["generic_units"])
    gaz.answer_frames = {
        family: [re.compile(x, re.I) for x in frames]
        for family, frames in disp["answer_frames"].items()
    }
    gaz.any_answer_frame = re.compile(
        "|".join(x for frames in disp["answer_frames"].values() for x in frames), re.I
    )
    gaz.non_entities = {fold(x) for x in _lines("non_entities.txt")}
    gaz.non_entity_terms = [x for x in _lines("non_entities.txt") if " " in x]
    gaz.role_nouns = {x.casefold() for x in _lines("role_nouns.txt")}
    gaz.ambiguous = set(_lines("ambiguous.txt")) | lowercase_the
    gaz.places = {fold(x) for x in _lines("places.txt")}
    gaz.given_names = set(" ".join(_lines("given_names.txt")).split())
    gaz.boilerplate = [re.compile(p, re.I) for p in _lines("boilerplate.txt")]
    gaz.boilerplate_inline = [re.compile(p, re.I) for p in _lines("boilerplate_inline.txt")]
    gaz.republish = [re.compile(p) for p in _lines("republish.txt")]
    gaz.stopwords = set(" ".join(_lines("stopwords_en.txt")).split())
    return gaz
