"""Lifecycle of a case: registered -> in mediation -> closed with one outcome.

Each step returns a changed copy and refuses, with a reason, what the case's state does not allow.
A settled case then only records the fulfilment of its agreed terms.
"""

from __future__ import annotations

from copy import deepcopy
from dataclasses import replace
from datetime import date
from uuid import UUID

from desktop.core.case import (
    SETTLING_OUTCOMES,
    Case,
    CaseStatus,
    Fulfilment,
    Obligation,
    Outcome,
    Session,
)
from desktop.core.deadline import deadline_for
from desktop.core.errors import StaleRecordError, TransitionError
from desktop.core.reference import DeadlineRules


def start_mediation(case: Case, contract_date: date, rules: DeadlineRules, *,
                    today: date | None = None) -> Case:
    """The parties signed the agreement to mediate: the legal time limit starts.

    Every step takes the office's `today` so that nothing is recorded as done in the future.
    """
    _require(case, CaseStatus.REGISTERED, "start mediation")
    _not_future(contract_date, today, "the agreement to mediate")
    if not case.mediator_ids:
        raise TransitionError("assign a mediator before mediation can start")
    if contract_date < case.reg_date:
        raise TransitionError("the agreement to mediate cannot be signed before registration")
    return replace(deepcopy(case), status=CaseStatus.IN_MEDIATION, contract_date=contract_date,
                   deadline=deadline_for(contract_date, case.extensions, rules))


def extend(case: Case, rules: DeadlineRules, *, today: date | None = None) -> Case:
    """Extend the time limit once more, as far as the rules allow, before it runs out."""
    _require(case, CaseStatus.IN_MEDIATION, "extend the time limit")
    if today is not None and case.deadline is not None and today > case.deadline:
        raise TransitionError(f"the time limit ran out on {_day(case.deadline)}; it can no "
                              "longer be extended")
    if case.extensions >= rules.max_extensions:
        raise TransitionError(
            f"the time limit was already extended {case.extensions} time(s); "
            f"the rules allow {rules.max_extensions}")
    extensions = case.extensions + 1
    return replace(deepcopy(case), extensions=extensions,
                   deadline=deadline_for(case.contract_date, extensions, rules))


def record_session(case: Case, session: Session, *, today: date | None = None) -> Case:
    if not case.is_open:
        raise TransitionError("a closed case takes no more sessions")
    _not_future(session.held_on, today, "a session")
    if session.held_on < case.reg_date:
        raise TransitionError("a session cannot take place before registration")
    changed = deepcopy(case)
    changed.sessions.append(session)
    return changed


def close(case: Case, outcome: Outcome, closed_date: date,
          obligations: list[Obligation] | None = None, *, today: date | None = None) -> Case:
    """End the mediation with one outcome; a settlement brings its agreed terms."""
    if case.status is CaseStatus.CLOSED:
        raise TransitionError(f"the case is already closed ({case.outcome})")
    _not_future(closed_date, today, "the closing")
    last_session = max((s.held_on for s in case.sessions), default=None)
    if last_session and closed_date < last_session:
        raise TransitionError(f"the closing date is before the last session ({_day(last_session)})")
    if case.status is CaseStatus.REGISTERED and outcome is not Outcome.REFUSED:
        raise TransitionError(
            "before the agreement to mediate is signed a case can only end by a party's refusal")
    if closed_date < (case.contract_date or case.reg_date):
        raise TransitionError("the closing date is before the mediation began")
    if obligations and outcome not in SETTLING_OUTCOMES:
        raise TransitionError("only a settled or partly settled case has agreed terms")
    if outcome in SETTLING_OUTCOMES and not obligations:
        raise TransitionError("a settlement needs at least one agreed term")
    if outcome is Outcome.EXPIRED and (case.deadline is None or closed_date <= case.deadline):
        until = f" (until {_day(case.deadline)})" if case.deadline else ""
        raise TransitionError(f"the time limit{until} has not expired")
    return replace(deepcopy(case), status=CaseStatus.CLOSED, outcome=outcome,
                   closed_date=closed_date, obligations=list(obligations or []))


def record_fulfilment(case: Case, obligation_id: UUID, fulfilment: Fulfilment,
                      on: date | None, *, today: date | None = None) -> Case:
    """Track how an agreed term of a settled case was carried out."""
    if on is not None:
        _not_future(on, today, "the fulfilment")
    if case.outcome not in SETTLING_OUTCOMES:
        raise TransitionError("only the terms of a settled case are fulfilled")
    done = fulfilment in (Fulfilment.FULFILLED, Fulfilment.PARTLY_FULFILLED)
    if done and on is None:
        raise TransitionError("give the date the term was fulfilled")
    if on is not None and case.closed_date and on < case.closed_date:
        raise TransitionError("a term cannot be fulfilled before the agreement was reached")
    changed = deepcopy(case)
    for obligation in changed.obligations:
        if obligation.id == obligation_id:
            obligation.fulfilment = fulfilment
            obligation.fulfilled_on = on if done else None
            return changed
    raise TransitionError("no such agreed term in this case")


def check_deletable(case: Case) -> None:
    """Only a case entered by mistake goes: once mediation began, its history is the record."""
    if case.status is not CaseStatus.REGISTERED or case.sessions:
        raise TransitionError(f"case {case.number} has begun; it can be closed, not deleted")


# What only the steps above may change; an edit of the case keeps them as stored.
_LIFECYCLE_FIELDS = ("number", "status", "outcome", "contract_date", "extensions", "deadline",
                     "closed_date")


def check_edit(stored: Case, edited: Case) -> None:
    """Refuse an edit that would move the lifecycle, or date the case outside its number's year."""
    if edited.version != stored.version:
        raise StaleRecordError(f"case {stored.number} was changed elsewhere after you opened "
                               "it; open it again to see the changes")
    moved = [name for name in _LIFECYCLE_FIELDS
             if getattr(edited, name) != getattr(stored, name)]
    if moved:
        raise TransitionError(
            f"{', '.join(moved)} of case {stored.number} change only through the steps of the "
            "procedure (start, extend, close), not by editing")
    if edited.reg_date.year != stored.reg_date.year:
        raise TransitionError(f"case {stored.number} is numbered in {stored.reg_date.year}; its "
                              "registration date must stay in that year")


def _not_future(day: date, today: date | None, what: str) -> None:
    if today is not None and day > today:
        raise TransitionError(f"{what} cannot be dated {_day(day)}: that is after today "
                              f"({_day(today)})")


def _day(day: date) -> str:
    return f"{day.day:02d}.{day.month:02d}.{day.year}"


def _require(case: Case, status: CaseStatus, action: str) -> None:
    if case.status is not status:
        raise TransitionError(f"cannot {action}: the case is {case.status.value.replace('_', ' ')}")
