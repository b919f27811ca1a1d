"""The legal time limit: calendar days from the agreement to mediate, and how close it is."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.deadline import DueState, deadline_for, due_state
from desktop.core.reference import DeadlineRules

TODAY = date(2026, 3, 10)


def test_no_agreement_no_deadline():
    assert deadline_for(None, 0, DeadlineRules()) is None
    assert deadline_for(None, 1, DeadlineRules()) is None


def test_default_rules_thirty_days_and_one_extension_of_thirty():
    rules = DeadlineRules()
    assert (rules.days, rules.extension_days, rules.max_extensions) == (30, 30, 1)
    assert deadline_for(date(2026, 1, 1), 0, rules) == date(2026, 1, 31)
    assert deadline_for(date(2026, 1, 1), 1, rules) == date(2026, 3, 2)


def test_calendar_days_cross_february_and_a_leap_day():
    rules = DeadlineRules()
    assert deadline_for(date(2028, 2, 15), 0, rules) == date(2028, 3, 16)  # 2028 is a leap year
    assert deadline_for(date(2026, 12, 15), 0, rules) == date(2027, 1, 14)


@pytest.mark.parametrize("rules, extensions, expected", [
    (DeadlineRules(days=15, extension_days=10, max_extensions=2), 0, date(2026, 3, 16)),
    (DeadlineRules(days=15, extension_days=10, max_extensions=2), 2, date(2026, 4, 5)),
    (DeadlineRules(days=60, extension_days=0, max_extensions=3), 3, date(2026, 4, 30)),
])
def test_custom_rules(rules: DeadlineRules, extensions: int, expected: date):
    assert deadline_for(date(2026, 3, 1), extensions, rules) == expected


@settings(max_examples=100, deadline=None)
@given(st.dates(date(2000, 1, 1), date(2090, 1, 1)), st.integers(0, 5),
       st.integers(1, 365), st.integers(0, 365))
def test_deadline_is_days_plus_extensions(start: date, extensions: int, days: int, extra: int):
    rules = DeadlineRules(days=days, extension_days=extra, max_extensions=5)
    assert deadline_for(start, extensions, rules) == start + timedelta(days + extensions * extra)


@pytest.mark.parametrize("deadline, within, expected", [
    (TODAY - timedelta(days=1), 7, DueState.OVERDUE),  # yesterday
    (TODAY - timedelta(days=40), 7, DueState.OVERDUE),
    (TODAY, 7, DueState.DUE_SOON),  # today is the last day, not yet overdue
    (TODAY, 0, DueState.DUE_SOON),
    (TODAY + timedelta(days=7), 7, DueState.DUE_SOON),
    (TODAY + timedelta(days=8), 7, DueState.ON_TIME),
    (TODAY + timedelta(days=1), 0, DueState.ON_TIME),
])
def test_due_state_boundaries(deadline: date, within: int, expected: DueState):
    assert due_state(deadline, True, TODAY, within) is expected


@pytest.mark.parametrize("deadline", [TODAY - timedelta(days=30), TODAY, TODAY + timedelta(9)])
def test_a_closed_case_has_no_running_limit(deadline: date):
    assert due_state(deadline, False, TODAY, 7) is DueState.NONE


def test_no_deadline_no_state():
    assert due_state(None, True, TODAY, 7) is DueState.NONE
