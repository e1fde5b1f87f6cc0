"""The ranked page's rows: one statement for the page's entries and the names they show.

Written from SQL the ORM compiled — the scoped entries filtered by the page's ids (`for_user` and the filters) and
each name's own scoped query — as derived tables, so the scope is evaluated in the statement as everywhere else,
where the ORM built and compiled an annotated queryset per search (1.8 ms of Python, more than any statement's own).
"""

from dataclasses import dataclass
from datetime import date

from django.core.exceptions import EmptyResultSet
from django.db import connection
from django.db.models import QuerySet

from danvan.search.reads import sql_of


@dataclass
class PageRow:
    """A row of the ranked page (`rows`): what a hit shows."""

    id: int
    type: str
    object_id: str
    title: str
    text: str
    url: str
    day: date | None
    unit_name: str | None = None
    area_name: str | None = None
    score: float = 0.0


# The names a page shows (`selectors._names`): alias (a field of PageRow) → (a scoped query of (key, name) pairs, the
# entry's column the key equals); each read as a scalar subquery of the page's statement.
Names = dict[str, tuple[QuerySet, str]]
_PAGE_COLUMNS = ("id", "type", "object_id", "title", "text", "url", "day")


def rows(qs: QuerySet, ids: list[int], names: Names) -> dict[int, PageRow]:
    """The page's rows among `ids` that `qs` (the scoped, filtered entries) admits, with their `names`: one statement,
    the entries' rows — `qs` filtered by the ids, compiled by the ORM without annotations, so the scope and the ids are
    one WHERE (a look-up by primary key on both databases) — as a derived table, each name a scalar subquery over its
    own query's SQL (its scope). The ORM built and compiled the entries annotated with two subqueries (1.8 ms a
    search, more than any other statement's Python). A name whose query reads nothing is NULL."""
    if not ids:
        return {}
    try:
        entries, params = sql_of(qs.filter(id__in=ids).values_list(*_PAGE_COLUMNS, *sorted({c for _, c in names.values()})))
    except EmptyResultSet:
        return {}
    quote = connection.ops.quote_name
    columns = [f"page.{quote(c)}" for c in _PAGE_COLUMNS]
    values: list = []
    for alias, (named, column) in names.items():
        try:
            sql, named_params = sql_of(named)
        except EmptyResultSet:
            columns.append(f"NULL AS {quote(alias)}")
            continue
        key, name = (quote(c) for c in named.query.values_select)
        columns.append(f"(SELECT named.{name} FROM ({sql}) named WHERE named.{key} = page.{quote(column)} LIMIT 1) "  # noqa: S608
                       f"AS {quote(alias)}")
        values += named_params
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {', '.join(columns)} FROM ({entries}) page", [*values, *params])  # noqa: S608
        found = cursor.fetchall()
    return {row[0]: PageRow(row[0], row[1], row[2], row[3], row[4], row[5], _day(row[6]),
                            **dict(zip(names, row[7:], strict=True))) for row in found}


def _day(value) -> date | None:
    """A day as the database returns it (SQLite: ISO text)."""
    return date.fromisoformat(value) if isinstance(value, str) else value

