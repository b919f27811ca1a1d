"""How long each kind of text may be: long enough for any real entry, short enough to stop junk."""

from __future__ import annotations

from desktop.core.messages import problem

MAX_LENGTH = {"name": 300, "line": 500, "phone": 40, "text": 4000, "notes": 20000}


def check_text(problems: dict[str, str], path: str, value: str, kind: str) -> None:
    limit = MAX_LENGTH[kind]
    if len(value) > limit:
        problems[path] = problem("is {length} characters long; at most {limit} are allowed",
                                 length=len(value), limit=limit)


def check_phone(problems: dict[str, str], path: str, value: str) -> None:
    check_text(problems, path, value, "phone")
    if value and not all(ch.isdigit() or ch in "+-() " for ch in value):
        problems[path] = problem("may hold only digits, spaces and + - ( )")
