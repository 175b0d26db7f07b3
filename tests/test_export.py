"""Cypher export writes values as escaped literals, never raw text."""

from graph.export import cypher_literal


def test_quotes_and_backslashes_are_escaped():
    assert cypher_literal("it's \\ here") == "'it\\'s \\\\ here'"


def test_an_injection_attempt_stays_inside_the_string():
    literal = cypher_literal("x'}) DETACH DELETE n //")
    assert literal.startswith("'x\\'") and literal.endswith("//'")


def test_control_characters_and_line_separators_are_escaped():
    assert cypher_literal("a\nb\u2028") == "'a\\u000ab\\u2028'"


def test_scalars_and_lists():
    assert cypher_literal([1, 2.5, True, None]) == "[1, 2.5, true, null]"
    assert cypher_literal(float("nan")) == "null"
