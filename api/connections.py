"""Relay connections (edges, keyset cursors, pageInfo, totalCount) as GraphQL types.

Generic over the item type: ``Connection[Claim]`` is named ``ClaimConnection``
in the schema.  Paging arguments are validated here, so every connection
answers a bad ``first``/``after`` with the same clear error.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any, Generic, TypeVar

import strawberry
from graphql import GraphQLError
from strawberry.types import Info

from api.pagination import Page, PageError, Window, encode_cursor, list_tag, window

T = TypeVar("T")


@strawberry.type(description="Relay page information.")
class PageInfo:
    has_next_page: bool
    has_previous_page: bool
    start_cursor: str | None
    end_cursor: str | None


@strawberry.type(description="One item of a connection with its cursor.")
class Edge(Generic[T]):
    node: T
    cursor: str


@strawberry.type(description="A Relay connection: one page of a longer ordered list.")
class Connection(Generic[T]):
    edges: list[Edge[T]]
    page_info: PageInfo
    total_count: int

    @strawberry.field(description="The page's items without their edges.")
    def nodes(self) -> list[T]:
        return [e.node for e in self.edges]


def build_connection(page: Page[Any], wrap: Callable[[Any], Any]) -> Connection[Any]:
    """Turn a page of records into a connection, wrapping each record."""
    edges = [
        Edge(node=wrap(item), cursor=encode_cursor(page.tag, key))
        for item, key in zip(page.items, page.keys, strict=True)
    ]
    return Connection(
        edges=edges,
        page_info=PageInfo(
            has_next_page=page.has_next,
            has_previous_page=page.has_previous,
            start_cursor=edges[0].cursor if edges else None,
            end_cursor=edges[-1].cursor if edges else None,
        ),
        total_count=page.total,
    )


def page_window(info: Info, first: int | None, after: str | None, *list_args: object) -> Window:
    """Validate paging arguments; a bad value is a clear GraphQL error.

    The list is named by the field (its parent type and name) and
    ``list_args``: the parent's id and the arguments that define the list;
    its cursors are refused by every other list.
    """
    tag = list_tag(info.path.typename, info.field_name, *list_args)
    try:
        return window(first, after, info.context.settings.max_page_size, tag)
    except PageError as exc:
        raise GraphQLError(str(exc), extensions={"code": "BAD_USER_INPUT"}) from None


FirstArg = Annotated[
    int | None, strawberry.argument(description="Page size (at most 100, default 20).")
]
AfterArg = Annotated[
    str | None,
    strawberry.argument(
        description="Cursor of the item after which to start: the position of that item, "
        "so items added or removed meanwhile do not shift the next page; a cursor of "
        "another list is an error."
    ),
]
