"""Benchmark results that mix variants or contradict each other."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from graph.model import (
    Node,
    Relationship,
)

# ---------------------------------------------------------------- benchmarks


@dataclass(frozen=True, slots=True)
class Inconsistency:
    """Reported results that cannot be compared or contradict each other."""

    kind: str  # "mixedVariants" | "conflictingScores" | "mixedModelVariants"
    benchmark: str | None
    model: str | None
    description: str
    results: list[Relationship]


def benchmark_inconsistencies(
    benchmark: Node, results: Sequence[Relationship], names: Mapping[str, str] | None = None
) -> list[Inconsistency]:
    """Find variant mixes and conflicting scores among a benchmark's results.

    *mixedVariants*: models compared on different variants of the benchmark
    (e.g. 5-shot against 0-shot); *conflictingScores*: one model, one variant,
    different scores from different reports.
    """
    name = benchmark.name or benchmark.id
    out: list[Inconsistency] = []
    variants = sorted({str(r.get("variant")) for r in results if r.get("variant")})
    if len(variants) > 1:
        out.append(
            Inconsistency(
                kind="mixedVariants",
                benchmark=benchmark.id,
                model=None,
                description=f"{name} results use different variants: {', '.join(variants)}",
                results=list(results),
            )
        )
    by_key: dict[tuple[str, str], list[Relationship]] = defaultdict(list)
    for rel in results:
        by_key[(rel.source, str(rel.get("variant") or ""))].append(rel)
    for (model, variant), rels in sorted(by_key.items()):
        scores = sorted({v for r in rels if (v := score_value(r.get("score"))) is not None})
        if len(scores) > 1:
            shown = ", ".join(str(s) for s in scores)
            where = f" ({variant})" if variant else ""
            out.append(
                Inconsistency(
                    kind="conflictingScores",
                    benchmark=benchmark.id,
                    model=model,
                    description=f"{(names or {}).get(model, model)} on {name}{where} "
                    f"is reported as {shown}",
                    results=rels,
                )
            )
    return out


def family_inconsistencies(
    models: Mapping[str, Node], results: Sequence[Relationship], names: Mapping[str, str]
) -> list[Inconsistency]:
    """One model family and version reported through different variants on different
    benchmarks (e.g. "Llama 4 Maverick" on one leaderboard, "Llama 4 Scout" on another),
    so the family's results are not comparable with each other.
    """
    groups: dict[str, list[Relationship]] = defaultdict(list)
    labels: dict[str, str] = {}
    for rel in results:
        model = models.get(rel.source)
        if model is not None:
            # Extraction may file "Llama 4" as family "Llama 4" or as "Llama" + "4".
            label = f"{model.get('family') or model.name or model.id} {model.get('version') or ''}"
            label = " ".join(label.split())
            groups[label.casefold()].append(rel)
            labels.setdefault(label.casefold(), label)
    out = []
    for key, rels in sorted(groups.items()):
        label = labels[key]
        variants = sorted({r.source for r in rels})
        benches = sorted({r.target for r in rels})
        if len(variants) < 2 or len(benches) < 2:
            continue
        shown_variants = ", ".join(names.get(v, v) for v in variants)
        shown_benches = ", ".join(names.get(b, b) for b in benches)
        out.append(
            Inconsistency(
                kind="mixedModelVariants",
                benchmark=None,
                model=None,
                description=f"{label} is reported through different variants "
                f"({shown_variants}) on different benchmarks ({shown_benches})",
                results=rels,
            )
        )
    return out


def score_value(value: object) -> float | None:
    """A numeric score from a stored value (extraction keeps the text, e.g. "86.4%")."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        match = re.search(r"-?\d+(?:\.\d+)?", value.replace(",", ""))
        return float(match.group(0)) if match else None
    return None
