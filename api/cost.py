"""Query cost: refuse, before running it, a query whose worst case is too large.

Depth, token and alias limits bound a query's text, but page sizes multiply
along nested lists: ``entities(first: 100) { nodes { claimsMade(first: 100)
{ nodes { about(first: 100) ... } } } }`` is short and asks for a million
rows.  The cost of an operation is the number of fields it may resolve in the
worst case: every field counts 1, times the page sizes of all the paginated
fields above it.  A ``first`` written in the query counts as written (capped
at the largest page); one passed in a variable counts as the largest page,
and one left out as the field's default (20 for connections).
"""

from __future__ import annotations

import inspect

from graphql import (
    FieldNode,
    FragmentSpreadNode,
    GraphQLError,
    GraphQLField,
    GraphQLInterfaceType,
    GraphQLNamedType,
    GraphQLObjectType,
    InlineFragmentNode,
    IntValueNode,
    OperationDefinitionNode,
    SelectionSetNode,
    ValidationContext,
    ValidationRule,
    get_named_type,
)

from api.pagination import window

#: The page size of a connection asked without ``first`` (``window``'s default).
DEFAULT_PAGE: int = inspect.signature(window).parameters["default"].default


def cost_rule(max_cost: int, max_page_size: int) -> type[ValidationRule]:
    """A validation rule refusing operations that cost more than ``max_cost``."""

    class QueryCost(ValidationRule):
        def enter_operation_definition(self, node: OperationDefinitionNode, *_args: object) -> None:
            schema = self.context.schema
            root = schema.get_root_type(node.operation)
            if root is None:
                return
            cost = _selection_cost(self.context, node.selection_set, root, 1, max_page_size, ())
            if cost > max_cost:
                self.report_error(
                    GraphQLError(
                        f"query cost {cost} exceeds the limit of {max_cost} "
                        "(ask for smaller pages or fewer nested lists)",
                        node,
                        extensions={"code": "QUERY_TOO_COSTLY"},
                    )
                )

    return QueryCost


def _fields(parent: GraphQLNamedType) -> dict[str, GraphQLField]:
    """The fields of an object or interface type (none for unions and scalars)."""
    if isinstance(parent, GraphQLObjectType | GraphQLInterfaceType):
        return parent.fields
    return {}


def _page(field: FieldNode, parent: GraphQLNamedType, max_page_size: int) -> int:
    """How many items ``field`` may return at most (1 for a field without ``first``)."""
    definition = _fields(parent).get(field.name.value)
    if definition is None or "first" not in definition.args:
        return 1
    for argument in field.arguments or ():
        if argument.name.value == "first":
            if isinstance(argument.value, IntValueNode):
                return max(1, min(int(argument.value.value), max_page_size))
            return max_page_size  # a variable: assume the worst
    default = definition.args["first"].default_value
    return min(default, max_page_size) if isinstance(default, int) else DEFAULT_PAGE


def _selection_cost(
    context: ValidationContext,
    selection_set: SelectionSetNode | None,
    parent: GraphQLNamedType,
    multiplier: int,
    max_page_size: int,
    fragments: tuple[str, ...],
) -> int:
    if selection_set is None:
        return 0
    schema = context.schema
    total = 0
    for selection in selection_set.selections:
        if isinstance(selection, FieldNode):
            total += multiplier
            definition = _fields(parent).get(selection.name.value)
            if definition is not None and selection.selection_set is not None:
                child = get_named_type(definition.type)
                page = _page(selection, parent, max_page_size)
                total += _selection_cost(
                    context, selection.selection_set, child, multiplier * page,
                    max_page_size, fragments,
                )  # fmt: skip
        elif isinstance(selection, InlineFragmentNode):
            condition = selection.type_condition
            target = schema.get_type(condition.name.value) if condition else parent
            total += _selection_cost(
                context, selection.selection_set, target or parent, multiplier,
                max_page_size, fragments,
            )  # fmt: skip
        elif isinstance(selection, FragmentSpreadNode):
            name = selection.name.value
            fragment = context.get_fragment(name)
            if fragment is None or name in fragments:  # unknown or cyclic: other rules report it
                continue
            target = schema.get_type(fragment.type_condition.name.value) or parent
            total += _selection_cost(
                context, fragment.selection_set, target, multiplier,
                max_page_size, (*fragments, name),
            )  # fmt: skip
    return total
