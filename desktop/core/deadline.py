"""The legal time limit of a mediation, counted in calendar days from the agreement to mediate."""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum

from desktop.core.reference import DeadlineRules


class DueState(StrEnum):
    NONE = "none"  # no running time limit: not started, or closed
    ON_TIME = "on_time"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"


def deadline_for(contract_date: date | None, extensions: int, rules: DeadlineRules) -> date | None:
    if contract_date is None:
        return None
    return contract_date + timedelta(days=rules.days + extensions * rules.extension_days)


def due_state(deadline: date | None, is_open: bool, today: date, within_days: int) -> DueState:
    if deadline is None or not is_open:
        return DueState.NONE
    if today > deadline:
        return DueState.OVERDUE
    if (deadline - today).days <= within_days:
        return DueState.DUE_SOON
    return DueState.ON_TIME
