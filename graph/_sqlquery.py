"""``find``/``count`` answered by SQLite, for a store whose graph is not loaded.

A short-lived process (``claimgraph ingest``, a CLI query) should not pay for
loading the whole graph to ask one question.  This module turns the
:meth:`graph.store.GraphStore.find` arguments into one parameterised SQL query
over the ``nodes`` table with SQLite's JSON functions, with the same meaning
as the in-memory engine (:mod:`graph._memgraph`):

- a ``where`` condition is ``EXISTS (SELECT 1 FROM json_each(props, path) ...)``:
  ``json_each`` yields a scalar property as one row and a list property as
  one row per element, which is exactly "equal, or a list containing it";
- ``Range`` bounds only compare values of the bound's kind (text with text,
  numbers with numbers), as Python refuses to compare ``"a" < 1``;
- ``text`` and ``prefix`` are decided by the very Python functions the
  in-memory engine uses (registered as SQL functions), after a cheap
  ``props LIKE '%word%'`` that discards most rows without calling Python.
  (That shortcut is exact for ASCII words; it could only miss a match that
  relies on Python lowercasing a non-ASCII letter to an ASCII one, such as
  the Kelvin sign.)

Property names are never spliced into SQL: JSON paths are parameters.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from graph._memgraph import matches_text, names_of
from graph.model import Label
from graph.store import Range

Clause = tuple[str, list[Any]]

_NOTHING: Clause = ("0", [])


def register_functions(db: sqlite3.Connection) -> None:
    """Make the Python text matchers callable from SQL on ``db``."""
    db.create_function("cg_text_match", 2, _text_match, deterministic=True)
    db.create_function("cg_prefix_match", 2, _prefix_match, deterministic=True)


@lru_cache(maxsize=64)
def _words(words_json: str) -> list[str]:
    return json.loads(words_json)


def _text_match(props_json: str, words_json: str) -> int:
    return int(matches_text(json.loads(props_json), _words(words_json)))


def _prefix_match(props_json: str, prefix: str) -> int:
    return int(any(n.startswith(prefix) for n in names_of(json.loads(props_json))))


def _path(key: str) -> str | None:
    """The JSON path of a property, or None for a name no path can quote."""
    if '"' in key or "\\" in key:
        return None
    return f'$."{key}"'


def _likeable(word: str) -> bool:
    """Can ``props LIKE '%word%'`` safely pre-filter for this (lowercased) word?"""
    return word.isascii() and word.isprintable() and '"' not in word and "\\" not in word


def _like_pattern(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _exists(path: str, predicate: str, params: list[Any]) -> Clause:
    return (
        f"EXISTS (SELECT 1 FROM json_each(nodes.props, ?) AS e WHERE {predicate})",
        [path, *params],
    )


def _type_guard(bound: Any) -> str | None:
    """SQL restricting ``e`` to values Python can compare with ``bound``."""
    if isinstance(bound, str):
        return "e.type = 'text'"
    if isinstance(bound, int | float):  # bool is an int too
        return "e.type IN ('integer', 'real', 'true', 'false')"
    return None


def condition(key: str, cond: Any) -> Clause:
    """One ``where`` entry as SQL (see :data:`graph.store.WhereValue`)."""
    path = _path(key)
    if path is None or cond is None:
        return _NOTHING
    if isinstance(cond, Range):
        predicates, params = ["e.type NOT IN ('null', 'array', 'object')"], []
        for bound, op in ((cond.low, ">="), (cond.high, "<=")):
            if bound is None:
                continue
            guard = _type_guard(bound)
            if guard is None:
                return _NOTHING
            predicates += [guard, f"e.value {op} ?"]
            params.append(bound)
        return _exists(path, " AND ".join(predicates), params)
    if isinstance(cond, tuple | frozenset | set):
        values = [v for v in cond if v is not None and not isinstance(v, list | dict)]
        if not values:
            return _NOTHING
        marks = ",".join("?" * len(values))
        return _exists(path, f"e.type NOT IN ('array', 'object') AND e.value IN ({marks})", values)
    if isinstance(cond, list):  # a whole list property equal to this list
        return (
            "(json_type(nodes.props, ?) = 'array' AND json_extract(nodes.props, ?) = json(?))",
            [path, path, json.dumps(cond, separators=(",", ":"), ensure_ascii=False)],
        )
    if not isinstance(cond, str | int | float):
        return _NOTHING
    return _exists(path, "e.type NOT IN ('array', 'object') AND e.value = ?", [cond])


def where_clause(
    label: Label | None,
    where: Mapping[str, Any] | None,
    text: str | None,
    prefix: str | None,
) -> Clause:
    """The SQL ``WHERE`` body selecting what :meth:`find` would return."""
    parts: list[str] = []
    params: list[Any] = []

    def add(clause: Clause) -> None:
        parts.append(clause[0])
        params.extend(clause[1])

    if label is not None:
        add(("label = ?", [label.value]))
    for key, cond in (where or {}).items():
        add(condition(key, cond))
    words = text.lower().split() if text is not None else []
    if words:
        for word in words:
            if _likeable(word):
                add(("nodes.props LIKE ? ESCAPE '\\'", [_like_pattern(word)]))
        add(("cg_text_match(nodes.props, ?)", [json.dumps(words)]))
    if prefix is not None:
        lowered = prefix.lower()
        if lowered and _likeable(lowered):
            add(("nodes.props LIKE ? ESCAPE '\\'", [_like_pattern(lowered)]))
        add(("cg_prefix_match(nodes.props, ?)", [lowered]))
    return " AND ".join(parts) or "1", params


def find_sql(
    label: Label | None,
    where: Mapping[str, Any] | None,
    text: str | None,
    prefix: str | None,
    order_by: str | None,
    descending: bool,
    limit: int | None,
    offset: int,
) -> Clause:
    """A query returning ``(id, label, props)`` rows of one :meth:`find` page."""
    body, params = where_clause(label, where, text, prefix)
    order = "id"
    order_path = None if order_by is None else _path(order_by)
    if order_path is not None:
        # nodes lacking the property last; ties (and the lacking ones) by id
        direction = "DESC" if descending else "ASC"
        order = (
            f"json_extract(nodes.props, ?) IS NULL, json_extract(nodes.props, ?) {direction}, id"
        )
        params = [*params, order_path, order_path]
    sql = f"SELECT id, label, props FROM nodes WHERE {body} ORDER BY {order} LIMIT ? OFFSET ?"
    return sql, [*params, -1 if limit is None else max(0, limit), max(0, offset)]


def count_sql(
    label: Label | None,
    where: Mapping[str, Any] | None,
    text: str | None,
    prefix: str | None,
) -> Clause:
    body, params = where_clause(label, where, text, prefix)
    return f"SELECT COUNT(*) FROM nodes WHERE {body}", params
