"""IIN (individuals) and BIN (legal entities): 12 digits, the last one a check digit.

The check digit is sum(d_i * w_i) mod 11 with weights 1..11; if that gives 10, weights
3..11,1,2; if that gives 10 again the number is invalid. Since 2013 the first digits need not be
a real birth date, so the date is never checked.
"""

from __future__ import annotations

from operator import mul

from desktop.core.messages import Text, problem

_FIRST_WEIGHTS = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
_SECOND_WEIGHTS = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)


def check_digit(first_eleven: str) -> int | None:
    """The check digit for 11 digits, or None when no check digit is possible."""
    digits = tuple(map(int, first_eleven))
    for weights in (_FIRST_WEIGHTS, _SECOND_WEIGHTS):
        value = sum(map(mul, digits, weights)) % 11
        if value != 10:
            return value
    return None


def identifier_problem(value: str, *, legal_entity: bool = False) -> Text | None:
    """Why `value` is not a valid IIN (or, for a legal entity, BIN), or None when it is valid.

    Each message names the number whole: its grammar differs by language and by IIN or BIN.
    """
    if len(value) != 12:
        if legal_entity:
            return problem("BIN must have 12 digits, has {count} characters", count=len(value))
        return problem("IIN must have 12 digits, has {count} characters", count=len(value))
    if not value.isascii() or not value.isdigit():
        if legal_entity:
            return problem("BIN must contain digits only")
        return problem("IIN must contain digits only")
    expected = check_digit(value[:11])
    if expected is None:
        if legal_entity:
            return problem(
                "BIN is not a valid number (no check digit exists for its first 11 digits)")
        return problem(
            "IIN is not a valid number (no check digit exists for its first 11 digits)")
    if expected != int(value[11]):
        if legal_entity:
            return problem("BIN check digit does not match (a digit is mistyped)")
        return problem("IIN check digit does not match (a digit is mistyped)")
    return None


def is_valid_identifier(value: str) -> bool:
    return identifier_problem(value) is None


def looks_like_bin(value: str) -> bool:
    """A BIN has the entity type (4, 5 or 6) as its 5th digit; an IIN, the tens of a day (0-3)."""
    return len(value) == 12 and value[4] in "456"


def clean_identifier(raw: str) -> str:
    """Drop the spaces and dashes people type or Excel leaves in a number; keep everything else."""
    return "".join(ch for ch in raw.strip() if ch not in " -\u00a0")
