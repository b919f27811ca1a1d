"""IIN/BIN: the check digit, its two weight sets, and what is (not) checked."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from desktop.core.identifiers import (
    check_digit,
    clean_identifier,
    identifier_problem,
    is_valid_identifier,
    looks_like_bin,
)

FIRST = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
SECOND = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)
digits11 = st.text("0123456789", min_size=11, max_size=11)


def weighted(first_eleven: str, weights: tuple[int, ...]) -> int:
    return sum(int(d) * w for d, w in zip(first_eleven, weights, strict=True)) % 11


def reference_check_digit(first_eleven: str) -> int | None:
    """The published algorithm, written out independently of the code under test."""
    value = weighted(first_eleven, FIRST)
    if value == 10:
        value = weighted(first_eleven, SECOND)
    return None if value == 10 else value


# 9*1 + 1*4 + 1*6 + 3*7 = 40; 40 mod 11 = 7
FIRST_SET_IIN = "900101300007"
# first set: 40 + 8*10 + 1*11 = 131 = 10 (mod 11); second set: 27+6+8+27+8+2 = 78 = 1 (mod 11)
SECOND_SET_IIN = "900101300811"
# first set: 40 + 8*10 = 120 = 10; second set: 27+6+8+27+8 = 76 = 10 -> no check digit exists
NO_CHECK_DIGIT_PREFIX = "90010130080"


def test_vector_with_first_weight_set():
    assert weighted(FIRST_SET_IIN[:11], FIRST) == 7
    assert check_digit(FIRST_SET_IIN[:11]) == 7
    assert identifier_problem(FIRST_SET_IIN) is None
    assert is_valid_identifier(FIRST_SET_IIN)


def test_vector_that_needs_the_second_weight_set():
    prefix = SECOND_SET_IIN[:11]
    assert weighted(prefix, FIRST) == 10
    assert weighted(prefix, SECOND) == 1
    assert check_digit(prefix) == 1
    assert is_valid_identifier(SECOND_SET_IIN)
    # The first set's sum (10) is not a digit; the number with any other last digit fails.
    for digit in "023456789":
        assert not is_valid_identifier(prefix + digit)


def test_when_both_weight_sets_give_ten_no_number_is_valid():
    assert weighted(NO_CHECK_DIGIT_PREFIX, FIRST) == 10
    assert weighted(NO_CHECK_DIGIT_PREFIX, SECOND) == 10
    assert check_digit(NO_CHECK_DIGIT_PREFIX) is None
    for digit in "0123456789":
        problem = identifier_problem(NO_CHECK_DIGIT_PREFIX + digit)
        assert problem is not None and "no check digit" in problem


@pytest.mark.parametrize("prefix", [
    "00000000000",  # an all-zero "date"
    "99139900000",  # month 13, day 99
    "99023012345",  # 30 February
])
def test_the_date_inside_an_iin_is_never_checked(prefix: str):
    # Since 2013 the first six digits need not be a real birth date.
    expected = reference_check_digit(prefix)
    assert expected is not None, "choose another prefix: this one has no check digit"
    number = prefix + str(expected)
    assert identifier_problem(number) is None
    assert is_valid_identifier(number)


@settings(max_examples=300, deadline=None)
@given(digits11)
def test_check_digit_matches_the_published_algorithm(prefix: str):
    assert check_digit(prefix) == reference_check_digit(prefix)
    expected = reference_check_digit(prefix)
    for last in "0123456789":
        assert is_valid_identifier(prefix + last) == (expected == int(last))


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_one_digit_mutations_are_rejected(iin_strategy, data):
    number = data.draw(iin_strategy)
    assert is_valid_identifier(number)
    position = data.draw(st.integers(0, 11), label="position")
    new_digit = data.draw(st.sampled_from("0123456789").filter(lambda d: d != number[position]))
    mutated = number[:position] + new_digit + number[position + 1:]
    uses_first = weighted(number[:11], FIRST) != 10
    # A typo may move the number onto the other weight set, where by chance the old check digit
    # can fit again; the check digit promises to catch a typo checked by the same set only.
    assume(position == 11 or uses_first == (weighted(mutated[:11], FIRST) != 10))
    # The 11th digit has weight 11 = 0 in the first set (next test).
    assume(not (position == 10 and uses_first))
    assert not is_valid_identifier(mutated)
    problem = identifier_problem(mutated)
    assert problem is not None and ("check digit" in problem)


def test_the_eleventh_digit_has_weight_eleven_so_the_first_set_cannot_see_it():
    """A property of the official algorithm, kept visible: 11 = 0 (mod 11).

    A typo in the 11th digit of a number checked by the first weight set is not detectable,
    so such a number must not be called "verified" anywhere beyond "check digit matches".
    """
    prefix = FIRST_SET_IIN[:10]
    assert is_valid_identifier(prefix + "0" + "7")
    assert is_valid_identifier(prefix + "5" + "7")


@pytest.mark.parametrize("value, fragment", [
    ("", "12 digits"),
    ("90010130000", "12 digits"),
    ("9001013000077", "12 digits"),
    ("90010130000A", "digits only"),
    ("9001 1300007", "digits only"),
    ("900101-30000", "digits only"),
    ("٩٠٠١٠١٣٠٠٠٠٧", "digits only"),  # Arabic-Indic digits: isdigit() but not ours
    ("９００１０１３００００７", "digits only"),  # full-width digits
    ("900101300008", "check digit"),
])
def test_malformed_numbers_are_named(value: str, fragment: str):
    problem = identifier_problem(value)
    assert problem is not None and fragment in problem
    assert not is_valid_identifier(value)


@pytest.mark.parametrize("raw, clean", [
    ("9001 0130 0007", "900101300007"),
    ("900101-300007", "900101300007"),
    ("\u00a0900101\u00a0300007 ", "900101300007"),
    ("  900101300007\n", "900101300007"),
    ("9001O1300007", "9001O1300007"),  # a letter O is kept so that validation reports it
])
def test_clean_identifier_drops_spaces_and_dashes_only(raw: str, clean: str):
    assert clean_identifier(raw) == clean


@pytest.mark.parametrize("value, is_bin", [
    ("120440000000", True),
    ("120450000000", True),
    ("120460000000", True),
    ("900101300007", False),
    ("900131300007", False),
    ("900171300007", False),
    ("12044", False),  # too short to be anything
])
def test_looks_like_bin_reads_the_fifth_digit(value: str, is_bin: bool):
    assert looks_like_bin(value) is is_bin


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_identifier_problem_never_raises(value: str):
    problem = identifier_problem(value)
    assert problem is None or isinstance(problem, str)
    if problem is None:
        assert len(value) == 12 and value.isascii() and value.isdigit()


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("0123456789 -\u00a0\tx"), max_size=30))
def test_clean_then_validate_never_raises(raw: str):
    cleaned = clean_identifier(raw)
    assert " " not in cleaned and "-" not in cleaned and "\u00a0" not in cleaned
    identifier_problem(cleaned)
