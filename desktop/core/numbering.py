"""Human case numbers: office code, year, sequence (KRG01-2026-0042), unique with no network."""

from __future__ import annotations

import re

NUMBER_PATTERN = re.compile(r"^(?P<code>[A-Z0-9]{2,12})-(?P<year>\d{4})-(?P<seq>\d{4,})$")


def format_case_number(office_code: str, year: int, sequence: int) -> str:
    return f"{office_code}-{year}-{sequence:04d}"


def parse_case_number(number: str) -> tuple[str, int, int] | None:
    match = NUMBER_PATTERN.match(number.strip().upper())
    if not match:
        return None
    return match["code"], int(match["year"]), int(match["seq"])
