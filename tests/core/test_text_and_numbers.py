"""Text folding (search, matching) and human case numbers."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.numbering import format_case_number, parse_case_number
from desktop.core.text import clean_line, fold


@pytest.mark.parametrize("text, folded", [
    ("ҚАСЫМОВ Әділ", "касымов адил"),
    ("ӘҒҚҢӨҰҮҺІ", "агкноуухи"),  # Kazakh letters match their Russian neighbours
    ("Пётр  СЕМЁНОВ", "петр семенов"),
    ("Ё ё", "е е"),
    ("  m\t\nn  ", "m n"),
    ("Әдiлов ERIK", "адилов еrик"),  # Latin i, E, K stand for Cyrillic; R has no look-alike
    ("KRG01", "кrg01"),  # Latin text folds the same way wherever it is compared
    ("е\u0308", "е"),  # е + combining diaeresis is NFC ё, folded to е
])
def test_fold(text: str, folded: str):
    assert fold(text) == folded


def test_fold_matches_kazakh_letters_typed_on_a_russian_keyboard():
    for kazakh, russian in zip("әғқңөұүһі", "агкноуухи", strict=True):
        assert fold(kazakh) == fold(russian)


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_fold_is_idempotent(text: str):
    assert fold(fold(text)) == fold(text)


@pytest.mark.parametrize("text, clean", [
    ("Қасымов\tӘділ", "Қасымов Әділ"),
    ("  Қасымов \x00 Әділ\r\n", "Қасымов Әділ"),
    ("Әділ\u200b", "Әділ"),  # zero-width space is a format character
])
def test_clean_line(text: str, clean: str):
    assert clean_line(text) == clean


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_clean_line_leaves_one_clean_line_of_the_same_or_shorter_length(text: str):
    cleaned = clean_line(text)
    assert "\n" not in cleaned and "\x00" not in cleaned and "  " not in cleaned
    assert len(cleaned) <= len(text)


@pytest.mark.parametrize("code, year, sequence, number", [
    ("KRG01", 2026, 1, "KRG01-2026-0001"),
    ("KRG01", 2026, 42, "KRG01-2026-0042"),
    ("TMR02", 2025, 9999, "TMR02-2025-9999"),
    ("TMR02", 2025, 10000, "TMR02-2025-10000"),
])
def test_case_numbers_round_trip(code: str, year: int, sequence: int, number: str):
    assert format_case_number(code, year, sequence) == number
    assert parse_case_number(number) == (code, year, sequence)


@pytest.mark.parametrize("typed, parsed", [
    (" krg01-2026-0042 ", ("KRG01", 2026, 42)),
    ("KRG01-2026-00042", ("KRG01", 2026, 42)),
])
def test_parse_tolerates_case_and_spaces(typed: str, parsed: tuple):
    assert parse_case_number(typed) == parsed


@pytest.mark.parametrize("typed", ["", "KRG01-2026-42", "KRG01/2026/0042", "K-2026-0001",
                                   "ҚРГ01-2026-0001", "KRG01-26-0001", "KRG01-2026-0001x"])
def test_parse_refuses_other_shapes(typed: str):
    assert parse_case_number(typed) is None
