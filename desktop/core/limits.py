"""How long each kind of text may be: long enough for any real entry, short enough to stop junk."""

from __future__ import annotations

MAX_LENGTH = {"name": 300, "line": 500, "phone": 40, "text": 4000, "notes": 20000}


def check_text(problems: dict[str, str], path: str, value: str, kind: str) -> None:
    limit = MAX_LENGTH[kind]
    if len(value) > limit:
        problems[path] = f"is {len(value)} characters long; at most {limit} are allowed"
