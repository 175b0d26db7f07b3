"""Property-based: whatever text arrives, ``Extractor.extract`` either raises
:class:`ExtractionError` or returns output that keeps the JSON contract.

Inputs are random text and random mutations (cuts, duplications, insertions of
odd characters, shuffled paragraphs, truncation) of the sample articles.  The
number of examples is fixed so the suite stays fast and deterministic.
"""

from __future__ import annotations

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


def check_contract(text: str, contract: dict) -> None:
    """The JSON contract of README.md, as properties of one extraction."""
    names = {e["name"] for e in contract["entities"]}
    ids = [e["id"] for e in contract["entities"]]
    assert len(ids) == len(set(ids)), "entity ids are unique"
    for e in contract["entities"]:
        assert e["type"] in TYPES
        assert e["name"] and e["name"].strip() == e["name"]
    claim_ids = {c["id"] for c in contract["claims"]}
    for c in contract["claims"]:
        assert c["text"] and c["text"] in text, "the claim text is a sentence of the article"
        s, e = c["contentSpan"]
        assert 0 <= s < e <= len(text)
        if c["claimantSpan"] is not None:
            cs, ce = c["claimantSpan"]
            assert 0 <= cs < ce <= len(text)
            assert text[cs:ce].strip(), "the claimant span covers words"
        assert c["claimant"] is None or c["claimant"] in names
        assert set(c["about"]) <= names
        assert c["kind"] in KINDS
        assert c["quote"] is None or c["quote"] in text
    for d in contract["disputes"]:
        # a single challenge is a dispute: at least one claim, always two named parties
        assert set(d["claims"]) <= claim_ids and len(d["claims"]) >= 1
        assert len(d["parties"]) == 2 and set(d["parties"]) <= names
    for r in contract["relations"]:
        assert r["source"] in names and r["target"] in names
        s, e = r["evidenceSpan"]
        assert 0 <= s < e <= len(text)


def extract_or_refuse(ext: Extractor, text: str) -> None:
    try:
        extraction = ext.extract(ArticleText(text=text, source="hypothesis"))
    except ExtractionError as exc:
        assert "\n" not in str(exc), "the refusal is one line"
        return
    check_contract(text, extraction.to_contract())


def test_the_samples_themselves_keep_the_contract(extractor):  # noqa: F811
    for text in SAMPLES:
        check_contract(text, extractor.extract(ArticleText(text=text, source="s")).to_contract())


COMMON = settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@COMMON
@given(text=st.text(max_size=400))
def test_random_text_never_crashes_the_extractor(extractor, text):  # noqa: F811
    extract_or_refuse(extractor, text)


@COMMON
@given(text=mutated_sample())
def test_mutated_articles_never_crash_and_keep_the_contract(extractor, text):  # noqa: F811
    extract_or_refuse(extractor, text)
