"""Full-text search of cases: the one seam that holds SQLite's FTS5.

Text is folded in Python (core.text.fold) before it is indexed and before it is searched, so
matching ignores case in Kazakh and Russian alike, and ё = е, whatever the database's own rules.

An entry's rowid is its case's `order_key`, which sorts like the register (by registration
date, then as the cases were numbered). So the newest matches come straight out of the index in
order, and a screenful of results costs the same whether 10 or 10,000 cases match. Deleted
cases are removed from the index, so everything in it is a live case.

A PostgreSQL store would put a tsvector behind these same names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sqlalchemy import ColumnElement, Select, column, false, func, select, table, text
from sqlalchemy.orm import Session

from desktop.core.text import fold

_TOKEN = re.compile(r"\w+")
MAX_WORDS = 12
MAX_TOKEN_LENGTH = 64

index = table("case_search", column("rowid"), column("body"))
key = index.c.rowid


def fts_query(user_text: str) -> str | None:
    """An FTS5 query that finds every word typed, each as a word start; None if nothing to find.

    Only word characters survive, each quoted, so quotes, operators (AND, NEAR, *, ^, :) and
    half words the user types can never make a syntax error. A word joined by punctuation
    (KRG01-2026-0042, Жаңа-Арқа) is one phrase: its parts must stand together and in order.
    """
    phrases = []
    for word in fold(user_text).split():
        tokens = [token[:MAX_TOKEN_LENGTH] for token in _TOKEN.findall(word)]
        if tokens:
            phrases.append('"' + " ".join(tokens) + '"*')
    return " AND ".join(phrases[:MAX_WORDS]) or None


def match(user_text: str) -> ColumnElement[bool] | None:
    """The condition that an index entry matches the text; None for a blank search (no filter).

    Text with no word in it (😀, ***, a lone quote) matches nothing: something was typed, and no
    case holds it.
    """
    query = fts_query(user_text)
    if query is None:
        return None if not user_text.strip() else false()
    return text("case_search MATCH :fts_query").bindparams(fts_query=query)


def matching_keys(user_text: str) -> Select | None:
    """A selectable of the order keys of matching cases; None for a blank search."""
    condition = match(user_text)
    return None if condition is None else select(key).where(condition)


def count(session: Session, user_text: str) -> int:
    """How many live cases match, counted in the index alone."""
    condition = match(user_text)
    return session.scalar(select(func.count()).select_from(index).where(condition)) or 0


def count_indexed(session: Session) -> int:
    """How many live cases there are. Each is in the index once (a deleted one is taken out),
    and FTS5 keeps one small row per entry in its docsize table: counting those takes a few
    milliseconds where counting the wide rows of 100,000 cases takes some 30."""
    return session.scalar(text("SELECT count(*) FROM case_search_docsize")) or 0


def beside_search(condition: ColumnElement[bool]) -> ColumnElement[bool]:
    """A filter (status, category, dates) checked on each case the search finds.

    Without statistics SQLite's planner takes any indexed filter for more selective than a
    full-text match: it walked all open cases through the status index, probing the match list
    for each (about 30 ms on 100,000 cases even when nothing matched) instead of looking up only
    the cases found (under 1 ms).
    likely() tells it the filter is nearly always true, so the match drives the query.
    """
    return func.likely(condition)


def add(session: Session, documents: Iterable[tuple[int, str]]) -> None:
    """Index cases that are not indexed yet, as (order key, text)."""
    # In rising rowid order: FTS5 flushes its pending terms to a new segment whenever a rowid
    # comes lower than the one before, so random order makes many small segments to merge.
    rows = sorted(({"rowid": k, "body": fold(body)} for k, body in documents),
                  key=lambda row: row["rowid"])
    if rows:
        session.execute(index.insert(), rows)


def remove(session: Session, keys: Iterable[int]) -> None:
    keys = list(keys)
    if keys:
        session.execute(index.delete().where(key.in_(keys)))
