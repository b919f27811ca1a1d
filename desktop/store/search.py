"""Full-text search of cases: the one seam that holds SQLite's FTS5.

Text is folded in Python (core.text.fold) before it is indexed and before it is searched, so
matching ignores case in Kazakh and Russian alike, and ё = е, whatever the database's own rules.
A PostgreSQL store would put a tsvector behind these same functions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from operator import itemgetter
from uuid import UUID

from sqlalchemy import ColumnElement, Select, column, func, select, table, text
from sqlalchemy.orm import Session

from desktop.core.text import fold

_TOKEN = re.compile(r"\w+")
MAX_TOKENS = 12
MAX_TOKEN_LENGTH = 64

_index = table("case_search", column("rowid"), column("case_id"), column("body"))


def _rowid(case_id: UUID) -> int:
    # A stable row number from the UUID's random tail, so that one case's entry is found by key
    # (case_id is not indexed inside FTS5; a lookup by it would scan the whole index).
    return case_id.int & ((1 << 63) - 1)


def fts_query(user_text: str) -> str | None:
    """An FTS5 query that finds every word typed, each as a word start; None if nothing to find.

    Only word characters survive, each quoted, so quotes, operators (AND, NEAR, *, ^, :) and
    half words the user types can never make a syntax error.
    """
    tokens = _TOKEN.findall(fold(user_text))[:MAX_TOKENS]
    if not tokens:
        return None
    return " AND ".join(f'"{token[:MAX_TOKEN_LENGTH]}"*' for token in tokens)


def matching_case_ids(user_text: str) -> Select | None:
    """A selectable of the ids of matching cases, or None when the text holds nothing to search."""
    query = fts_query(user_text)
    if query is None:
        return None
    return select(_index.c.case_id).where(text("case_search MATCH :fts_query").bindparams(
        fts_query=query))


def beside_search(condition: ColumnElement[bool]) -> ColumnElement[bool]:
    """A filter (status, category, dates) checked on each case the search finds.

    Without statistics SQLite's planner takes any indexed filter for more selective than a
    full-text match: it walked all open cases through the status index, probing the match list
    for each (about 30 ms on 100,000 cases even when nothing matched) instead of looking up only
    the cases found (under 1 ms).
    likely() tells it the filter is nearly always true, so the match drives the query.
    """
    return func.likely(condition)


def reindex(session: Session, documents: Iterable[tuple[UUID, str]]) -> None:
    """Replace the indexed text of the given cases."""
    documents = list(documents)
    if documents:
        remove(session, [case_id for case_id, _ in documents])
        add(session, documents)


def add(session: Session, documents: Iterable[tuple[UUID, str]]) -> None:
    """Index cases that are not indexed yet (new ones): no lookup for an old entry to replace."""
    rows = [{"rowid": _rowid(case_id), "case_id": case_id.hex, "body": fold(body)}
            for case_id, body in documents]
    if not rows:
        return
    # In rising rowid order: FTS5 flushes its pending terms to a new segment whenever a rowid
    # comes lower than the one before, so random order makes many small segments to merge.
    rows.sort(key=itemgetter("rowid"))
    session.execute(_index.insert(), rows)


def remove(session: Session, case_ids: Iterable[UUID]) -> None:
    session.execute(_index.delete().where(_index.c.rowid.in_([_rowid(i) for i in case_ids])))
