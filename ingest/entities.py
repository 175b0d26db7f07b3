"""Entity mentions and their resolution within one article: the public face of entity
extraction (``find_mentions``, ``resolve``, ``Mention``, ``Entity``).

Extraction runs in two stages, each in modules of its own:

1. :func:`find_mentions` (:mod:`ingest.mentions`) finds every name in the text, from
   four sources in order of trust: the gazetteer, model-name patterns, in-text
   definitions and context rules, and the filtered statistical NER.  The rules are small
   named step functions in ``ingest/mention_rules_*.py`` (known names, definitions,
   people, organisations, models, benchmarks, NER), over the word lists of
   :mod:`ingest.entity_lexicon` and the regular expressions of
   :mod:`ingest.entity_patterns`, with shared checks in :mod:`ingest.mention_checks`;
   :mod:`ingest.mention_selection` resolves overlaps, adds repeats and marks renames.
2. :func:`resolve` (:mod:`ingest.entity_resolution`) groups the mentions into entities
   (short forms, spelling variants and renames join one entity) and votes each type.

The records both stages share are in :mod:`ingest.entity_model`.
"""

from __future__ import annotations

from ingest.entity_model import Entity, Mention
from ingest.entity_resolution import resolve
from ingest.mentions import find_mentions

__all__ = ["Entity", "Mention", "find_mentions", "resolve"]
