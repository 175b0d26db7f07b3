"""Property-based: whatever text arrives, ``Extractor.extract`` either raises
:class:`ExtractionError` or returns output that keeps the JSON contract.

Inputs are random text, random mutations (cuts, duplications, insertions of
odd characters, shuffled paragraphs, truncation) of the sample articles, and
articles built from reporting templates ("X, role at Y, said that ...",
quotes, denials, rejections) that do produce claims, quotes, disputes and
relations, so the contract's checks on those actually run.  Each property
counts how many examples exercised each check; the counts are printed at the
end of the run and the template property must exercise every check.  The
number of examples is fixed and derandomized so the suite stays fast and
deterministic.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ingest.document import ArticleText
from ingest.pipeline import ExtractionError, Extractor
from tests.extract_support import extractor  # noqa: F401  (session fixture)

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = [
    p.read_text(encoding="utf-8").split("\n\n", 1)[-1]  # body after the URL header
    for p in sorted((ROOT / "samples" / "articles").glob("*.txt"))
]
TYPES = {"Person", "Organization", "Model", "Benchmark"}
KINDS = {"assertion", "denial", "accusation", "admission", "prediction", "opinion"}

# Characters that have broken text pipelines elsewhere: quotes, dashes, zero-width
# and bidi controls, combining marks, emoji, CJK, NUL-adjacent controls.
ODD = list("\u201c\u201d\"'\u2014\u2013-\u200b\u200e\u202e\u0301\U0001f600\u4e2d\x0b\x0c\r\t\n.:;")
PIECES = st.one_of(
    st.text(min_size=1, max_size=30),
    st.sampled_from(ODD),
    st.sampled_from([" said ", " denied ", " according to ", " \u201cWe ", " Meta ", " Dr. "]),
)


@st.composite
def mutated_sample(draw) -> str:
    text = draw(st.sampled_from(SAMPLES))
    for _ in range(draw(st.integers(1, 6))):
        op = draw(st.sampled_from(["cut", "dup", "insert", "shuffle", "truncate", "case"]))
        i = draw(st.integers(0, len(text)))
        j = draw(st.integers(i, min(len(text), i + 400)))
        if op == "cut":
            text = text[:i] + text[j:]
        elif op == "dup":
            text = text[:j] + text[i:j] + text[j:]
        elif op == "insert":
            text = text[:i] + draw(PIECES) + text[i:]
        elif op == "shuffle":
            paras = text.split("\n\n")
            text = "\n\n".join(draw(st.permutations(paras)))
        elif op == "truncate":
            text = text[:i]
        else:
            text = text[:i] + text[i:j].upper() + text[j:]
    return text


SPEAKERS = [
    ("Yann LeCun", "chief AI scientist", "Meta"),
    ("Sam Altman", "chief executive", "OpenAI"),
    ("Dario Amodei", "chief executive", "Anthropic"),
    ("Demis Hassabis", "chief executive", "Google DeepMind"),
    ("Ahmad Al-Dahle", "vice president of generative AI", "Meta"),
]
CRITICS = ["Gary Marcus", "Nvidia", "Jensen Huang", "Emily Bender"]
MODELS = ["Llama 4", "GPT-5", "Claude", "Gemini"]
BENCHMARKS = ["MMLU", "SWE-bench", "ARC-AGI"]
VERBS = ["said", "argued", "claimed", "insisted", "warned", "wrote"]
DAYS = ["Monday", "Tuesday", "Friday"]
CONTENTS = [
    "{model} was trained on test data",
    "{model} beats {other} on {bench}",
    "the {bench} results of {model} were inflated",
    "{model} will be released next year",
    "progress on {bench} had not slowed",
]
TEMPLATES = [
    "{name}, {role} at {org}, {verb} on {day} that {content}.",
    "{name} {verb} that {content}.",
    "\u201c{Content},\u201d {name} said.",
    "According to {name}, {content}.",
    "{org} denied that {content}.",
    "{critic} rejected the claim, saying {content}.",
    "{critic} accused {org} of inflating its {bench} scores.",
]


@st.composite
def reported_sentence(draw) -> str:
    """One sentence that reports what a named person or organisation said, denied or did."""
    name, role, org = draw(st.sampled_from(SPEAKERS))
    model, other = draw(st.permutations(MODELS))[:2]
    content = draw(st.sampled_from(CONTENTS)).format(
        model=model, other=other, bench=draw(st.sampled_from(BENCHMARKS))
    )
    return draw(st.sampled_from(TEMPLATES)).format(
        name=name, role=role, org=org, content=content, Content=content[0].upper() + content[1:],
        verb=draw(st.sampled_from(VERBS)), day=draw(st.sampled_from(DAYS)),
        critic=draw(st.sampled_from(CRITICS)), bench=draw(st.sampled_from(BENCHMARKS)),
    )  # fmt: skip


@st.composite
def reported_article(draw) -> str:
    """Two to six reporting sentences in paragraphs, now and then with an odd piece inserted."""
    sentences = draw(st.lists(reported_sentence(), min_size=2, max_size=6))
    for _ in range(draw(st.integers(0, 1))):
        at = draw(st.integers(0, len(sentences)))
        sentences.insert(at, draw(PIECES))
    n = len(sentences)
    breaks = draw(st.lists(st.sampled_from([" ", "\n\n"]), min_size=n, max_size=n))
    return "".join(s + b for s, b in zip(sentences, breaks, strict=True)).strip()


def check_contract(text: str, contract: dict) -> set[str]:
    """The JSON contract of README.md, as properties of one extraction.

    Returns the names of the checks that had something to check.
    """
    exercised: set[str] = set()
    names = {e["name"] for e in contract["entities"]}
    ids = [e["id"] for e in contract["entities"]]
    assert len(ids) == len(set(ids)), "entity ids are unique"
    for e in contract["entities"]:
        exercised.add("entities")
        assert e["type"] in TYPES
        assert e["name"] and e["name"].strip() == e["name"]
    claim_ids = {c["id"] for c in contract["claims"]}
    for c in contract["claims"]:
        exercised.add("claims")
        assert c["text"] and c["text"] in text, "the claim text is a sentence of the article"
        s, e = c["contentSpan"]
        assert 0 <= s < e <= len(text)
        if c["claimantSpan"] is not None:
            exercised.add("claimant spans")
            cs, ce = c["claimantSpan"]
            assert 0 <= cs < ce <= len(text)
            assert text[cs:ce].strip(), "the claimant span covers words"
        if c["claimant"] is not None:
            exercised.add("named claimants")
        assert c["claimant"] is None or c["claimant"] in names
        if c["about"]:
            exercised.add("claims about entities")
        assert set(c["about"]) <= names
        assert c["kind"] in KINDS
        if c["quote"] is not None:
            exercised.add("quotes")
        assert c["quote"] is None or c["quote"] in text
    for d in contract["disputes"]:
        exercised.add("disputes")
        # a single challenge is a dispute: at least one claim, always two named parties
        assert set(d["claims"]) <= claim_ids and len(d["claims"]) >= 1
        assert len(d["parties"]) == 2 and set(d["parties"]) <= names
    for r in contract["relations"]:
        exercised.add("relations")
        assert r["source"] in names and r["target"] in names
        s, e = r["evidenceSpan"]
        assert 0 <= s < e <= len(text)
    return exercised


CHECKS = (
    "entities", "claims", "claimant spans", "named claimants", "claims about entities",
    "quotes", "disputes", "relations",
)  # fmt: skip


def extract_or_refuse(ext: Extractor, text: str) -> set[str]:
    """Extract ``text``; a refusal must be one line.  Returns the checks exercised."""
    try:
        extraction = ext.extract(ArticleText(text=text, source="hypothesis"))
    except ExtractionError as exc:
        assert "\n" not in str(exc), "the refusal is one line"
        return {"one-line refusals"}
    return check_contract(text, extraction.to_contract())


def test_the_samples_themselves_keep_the_contract(extractor):  # noqa: F811
    for text in SAMPLES:
        check_contract(text, extractor.extract(ArticleText(text=text, source="s")).to_contract())


EXAMPLES = 60
COMMON = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)


def run_property(
    ext: Extractor, texts: st.SearchStrategy[str], report: Callable[[Counter[str]], None]
) -> Counter[str]:
    """Check every generated text; count, per check, the examples that exercised it."""
    exercised: Counter[str] = Counter()

    @COMMON
    @given(text=texts)
    def keeps_the_contract(text: str) -> None:
        exercised["examples"] += 1
        exercised.update(extract_or_refuse(ext, text))

    keeps_the_contract()
    report(exercised)
    return exercised


def test_random_text_never_crashes_the_extractor(extractor, contract_checks_report):  # noqa: F811
    run_property(extractor, st.text(max_size=400), contract_checks_report("random text"))


def test_mutated_articles_never_crash_and_keep_the_contract(extractor, contract_checks_report):  # noqa: F811
    run_property(extractor, mutated_sample(), contract_checks_report("mutated samples"))


def test_reported_articles_keep_the_contract_and_exercise_every_check(
    extractor, contract_checks_report  # noqa: F811
):
    exercised = run_property(
        extractor, reported_article(), contract_checks_report("reporting templates")
    )
    # Every check of the contract ran on a good share of the examples.
    assert {check: exercised[check] >= EXAMPLES // 6 for check in CHECKS} == dict.fromkeys(
        CHECKS, True
    ), exercised
