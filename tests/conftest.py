"""Shared fixtures: an opened app on a real SQLite file, valid IINs/BINs, valid cases.

Test modules use these through fixtures only (never `import conftest`), so that other folders may
add their own conftest.py without a clash of module names.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import strategies as st

from desktop.config import resource
from desktop.core.case import Case, Outcome
from desktop.core.identifiers import check_digit
from desktop.core.party import Party, PartyKind, PartyRole
from desktop.core.reference import ReferenceData, parse_reference

if TYPE_CHECKING:  # the app is imported only by the fixtures that open one
    from desktop.app import App

OFFICE_CODE = "KRG01"
REQUIRED_OUTCOMES = tuple(o.value for o in Outcome)


def complete_identifier(first_eleven: str) -> str | None:
    """The 12-digit number with its check digit, or None when none exists."""
    digit = check_digit(first_eleven)
    return None if digit is None else first_eleven + str(digit)


def make_identifier(seed: int, *, legal_entity: bool = False) -> str:
    """A valid IIN (5th digit 0-3) or BIN (5th digit 4), distinct for distinct seeds."""
    head = "12044" if legal_entity else "90010"
    n = seed * 7
    while True:
        number = complete_identifier(head + f"{n:06d}"[-6:])
        if number is not None:
            return number
        n += 1


# Eleven digits whose 5th is the tens of a day (0-3), completed by their check digit.
valid_iins = (
    st.text("0123456789", min_size=11, max_size=11)
    .filter(lambda s: s[4] in "0123")
    .map(complete_identifier)
    .filter(lambda s: s is not None)
)


@pytest.fixture(scope="session")
def iin_strategy() -> st.SearchStrategy[str]:
    return valid_iins


@pytest.fixture(scope="session")
def make_iin() -> Callable[..., str]:
    return make_identifier


def build_case(reg_date: date = date(2026, 3, 2), *, applicant: str = "Қасымов Әділ",
               other: str = "Петров Пётр", seed: int = 1, category: str = "family",
               subject: str = "Алимент төлеу туралы дау", **changes: Any) -> Case:
    """A valid registered case with an applicant and another party, both with valid IINs."""
    parties = [
        Party(applicant, PartyRole.APPLICANT, PartyKind.INDIVIDUAL,
              identifier=make_identifier(seed * 2)),
        Party(other, PartyRole.OTHER_PARTY, PartyKind.INDIVIDUAL,
              identifier=make_identifier(seed * 2 + 1)),
    ]
    return Case(reg_date=reg_date, category=category, subject=subject, parties=parties,
                **changes)


@pytest.fixture(scope="session")
def make_case() -> Callable[..., Case]:
    return build_case


@pytest.fixture(scope="session")
def defaults_data() -> dict:
    """The shipped reference data as read from resources/reference/defaults.json."""
    with resource("reference", "defaults.json").open(encoding="utf-8") as f:
        return json.load(f)


@pytest.fixture(scope="session")
def reference(defaults_data: dict) -> ReferenceData:
    return parse_reference(defaults_data, REQUIRED_OUTCOMES)


@pytest.fixture
def bare_app(tmp_path: Path) -> Iterator[App]:
    """An app on a new database in tmp_path, with no office set."""
    from desktop.app import open_app

    app = open_app(tmp_path / "data")
    try:
        yield app
    finally:
        app.close()


@pytest.fixture
def app(bare_app: App) -> App:
    """An app on a new database with the office KRG01 set."""
    bare_app.office.update(code=OFFICE_CODE, name_kk="Қарағанды аудандық медиация кабинеті",
                           name_ru="Кабинет медиации Карагандинского района")
    return bare_app
