"""Lifecycle of a case: registered -> in mediation -> closed with one outcome.

Each step returns a changed copy and refuses, with a reason, what the case's state does not allow.
A settled case then only records the fulfilment of its agreed terms. `step_problems` and
`closing_outcomes` ask the very checks the steps make, so the GUI offers only what a step accepts.
"""

from __future__ import annotations

from collections.abc import Callable
from copy import deepcopy
from dataclasses import replace
from datetime import date
from enum import StrEnum
from typing import Any
from uuid import UUID

from desktop.core.case import (
    DATED_FULFILMENTS,
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
from desktop.core.messages import Text, problem
from desktop.core.reference import DeadlineRules


class Step(StrEnum):
    START = "start"  # start_mediation
    EXTEND = "extend"
    RECORD_SESSION = "record_session"
    CLOSE = "close"
    RECORD_FULFILMENT = "record_fulfilment"
    DELETE = "delete"


def start_mediation(case: Case, contract_date: date, rules: DeadlineRules, *,
                    today: date | None = None) -> Case:
    """The parties signed the agreement to mediate: the legal time limit starts.

    Every step takes the office's `today` so that nothing is recorded as done in the future.
    """
    _check_can_start(case)
    if _after(contract_date, today):
        raise TransitionError(problem(
            "the agreement to mediate cannot be dated {day}: that is after today ({today})",
            day=_day(contract_date), today=_day(today)))
    _check_start(case, contract_date)
    return replace(deepcopy(case), status=CaseStatus.IN_MEDIATION, contract_date=contract_date,
                   deadline=deadline_for(contract_date, case.extensions, rules))


def extend(case: Case, rules: DeadlineRules, *, today: date | None = None) -> Case:
    """Extend the time limit once more, as far as the rules allow, before it runs out."""
    _check_can_extend(case)
    _check_extend(case, rules, today)
    extensions = case.extensions + 1
    return replace(deepcopy(case), extensions=extensions,
                   deadline=deadline_for(case.contract_date, extensions, rules))


def record_session(case: Case, session: Session, *, today: date | None = None) -> Case:
    _check_can_record_session(case)
    if _after(session.held_on, today):
        raise TransitionError(problem(
            "a session cannot be dated {day}: that is after today ({today})",
            day=_day(session.held_on), today=_day(today)))
    _check_session(case, session.held_on)
    changed = deepcopy(case)
    changed.sessions.append(session)
    return changed


def close(case: Case, outcome: Outcome, closed_date: date,
          obligations: list[Obligation] | None = None, *, today: date | None = None) -> Case:
    """End the mediation with one outcome; a settlement brings its agreed terms."""
    _check_can_close(case)
    if _after(closed_date, today):
        raise TransitionError(problem(
            "the closing cannot be dated {day}: that is after today ({today})",
            day=_day(closed_date), today=_day(today)))
    _check_closing_date(case, closed_date)
    _check_outcome(case, outcome, closed_date)
    if obligations and outcome not in SETTLING_OUTCOMES:
        raise TransitionError(problem("only a settled or partly settled case has agreed terms"))
    if outcome in SETTLING_OUTCOMES and not obligations:
        raise TransitionError(problem("a settlement needs at least one agreed term"))
    return replace(deepcopy(case), status=CaseStatus.CLOSED, outcome=outcome,
                   closed_date=closed_date, obligations=list(obligations or []))


def record_fulfilment(case: Case, obligation_id: UUID, fulfilment: Fulfilment,
                      on: date | None, *, today: date | None = None) -> Case:
    """Track how an agreed term of a settled case was carried out."""
    if on is not None and _after(on, today):
        raise TransitionError(problem(
            "the fulfilment cannot be dated {day}: that is after today ({today})",
            day=_day(on), today=_day(today)))
    _check_can_record_fulfilment(case)
    done = fulfilment in DATED_FULFILMENTS
    if done and on is None:
        raise TransitionError(problem("give the date the term was fulfilled"))
    if on is not None:
        _check_fulfilment_date(case, on)
    changed = deepcopy(case)
    for obligation in changed.obligations:
        if obligation.id == obligation_id:
            obligation.fulfilment = fulfilment
            obligation.fulfilled_on = on if done else None
            return changed
    raise TransitionError(problem("no such agreed term in this case"))


def check_deletable(case: Case) -> None:
    """Only a case entered by mistake goes: once mediation began, its history is the record."""
    if case.status is not CaseStatus.REGISTERED or case.sessions:
        raise TransitionError(problem("case {number} has begun; it can be closed, not deleted",
                                      number=case.number))


def step_problems(case: Case, rules: DeadlineRules, today: date) -> dict[Step, Text | None]:
    """The steps this case's state offers: None when the step can be taken today, else why not
    yet (e.g. "assign a mediator first"). Steps the state does not allow at all are absent.

    A step dated today is judged: any date the step would take is at the latest today, and
    every lower bound (registration, last session, closing) is easiest to meet on it.
    """
    offered: dict[Step, Text | None] = {}
    for step, state_check, check_today in (
        (Step.START, _check_can_start, lambda: _check_start(case, today)),
        (Step.EXTEND, _check_can_extend, lambda: _check_extend(case, rules, today)),
        (Step.RECORD_SESSION, _check_can_record_session, lambda: _check_session(case, today)),
        (Step.CLOSE, _check_can_close, lambda: _check_closing_date(case, today)),
        (Step.RECORD_FULFILMENT, _check_can_record_fulfilment,
         lambda: _check_fulfilment_date(case, today)),
        (Step.DELETE, check_deletable, lambda: None),
    ):
        if _refusal(state_check, case) is None:
            offered[step] = _refusal(check_today)
    return offered


def closing_outcomes(case: Case, closed_date: date) -> list[Outcome]:
    """The outcomes `close` would accept for this case on that date (registered: only refused;
    expired only after the deadline; ...), each with agreed terms if and only if it settles.

    Whether the date is after the office's today is the caller's to check, as for `close`.
    """
    if (_refusal(_check_can_close, case) is not None
            or _refusal(_check_closing_date, case, closed_date) is not None):
        return []
    return [outcome for outcome in Outcome
            if _refusal(_check_outcome, case, outcome, closed_date) is None]


# --- the rules, each written once: the steps raise them, step_problems asks them ------------

def _check_can_start(case: Case) -> None:
    if case.status is CaseStatus.IN_MEDIATION:
        raise TransitionError(problem("cannot start mediation: the case is in mediation"))
    if case.status is CaseStatus.CLOSED:
        raise TransitionError(problem("cannot start mediation: the case is closed"))


def _check_start(case: Case, contract_date: date) -> None:
    if not case.mediator_ids:
        raise TransitionError(problem("assign a mediator before mediation can start"))
    if contract_date < case.reg_date:
        raise TransitionError(problem(
            "the agreement to mediate cannot be signed before registration"))


def _check_can_extend(case: Case) -> None:
    if case.status is CaseStatus.REGISTERED:
        raise TransitionError(problem("cannot extend the time limit: the case is registered"))
    if case.status is CaseStatus.CLOSED:
        raise TransitionError(problem("cannot extend the time limit: the case is closed"))


def _check_extend(case: Case, rules: DeadlineRules, today: date | None) -> None:
    if today is not None and case.deadline is not None and today > case.deadline:
        raise TransitionError(problem(
            "the time limit ran out on {deadline}; it can no longer be extended",
            deadline=_day(case.deadline)))
    if case.extensions >= rules.max_extensions:
        raise TransitionError(problem(
            "the time limit was already extended {extensions} time(s); the rules allow {allowed}",
            extensions=case.extensions, allowed=rules.max_extensions))


def _check_can_record_session(case: Case) -> None:
    if not case.is_open:
        raise TransitionError(problem("a closed case takes no more sessions"))


def _check_session(case: Case, held_on: date) -> None:
    if held_on < case.reg_date:
        raise TransitionError(problem("a session cannot take place before registration"))


def _check_can_close(case: Case) -> None:
    if case.status is CaseStatus.CLOSED:
        raise TransitionError(problem("the case is already closed"))


def _check_closing_date(case: Case, closed_date: date) -> None:
    last_session = max((s.held_on for s in case.sessions), default=None)
    if last_session and closed_date < last_session:
        raise TransitionError(problem(
            "the closing date is before the last session ({day})", day=_day(last_session)))
    if closed_date < (case.contract_date or case.reg_date):
        raise TransitionError(problem("the closing date is before the mediation began"))


def _check_outcome(case: Case, outcome: Outcome, closed_date: date) -> None:
    if case.status is CaseStatus.REGISTERED and outcome is not Outcome.REFUSED:
        raise TransitionError(problem(
            "before the agreement to mediate is signed a case can only end by a party's refusal"))
    if outcome is Outcome.EXPIRED:
        if case.deadline is None:
            raise TransitionError(problem("the time limit has not expired"))
        if closed_date <= case.deadline:
            raise TransitionError(problem("the time limit (until {deadline}) has not expired",
                                          deadline=_day(case.deadline)))


def _check_can_record_fulfilment(case: Case) -> None:
    if case.outcome not in SETTLING_OUTCOMES:
        raise TransitionError(problem("only the terms of a settled case are fulfilled"))
    if not case.obligations:  # a settled case imported from a journal has no terms recorded
        raise TransitionError(problem("no agreed terms of this case are recorded"))


def _check_fulfilment_date(case: Case, on: date) -> None:
    if case.closed_date and on < case.closed_date:
        raise TransitionError(problem(
            "a term cannot be fulfilled before the agreement was reached"))


def _refusal(check: Callable[..., None], *args: Any) -> Text | None:
    """Why `check(*args)` refuses, or None when it lets the step go ahead."""
    try:
        check(*args)
    except TransitionError as error:
        return error.args[0]
    return None


# What only the steps above may change; an edit of the case keeps them as stored.
_LIFECYCLE_FIELDS = ("number", "status", "outcome", "contract_date", "extensions", "deadline",
                     "closed_date")


def check_edit(stored: Case, edited: Case) -> None:
    """Refuse an edit that would move the lifecycle, or date the case outside its number's year."""
    if edited.version != stored.version:
        raise StaleRecordError(problem(
            "case {number} was changed elsewhere after you opened it; open it again to see the "
            "changes", number=stored.number))
    moved = [name for name in _LIFECYCLE_FIELDS
             if getattr(edited, name) != getattr(stored, name)]
    if moved:
        raise TransitionError(problem(
            "{fields} of case {number} change only through the steps of the procedure (start, "
            "extend, close), not by editing", fields=", ".join(moved), number=stored.number))
    if edited.reg_date.year != stored.reg_date.year:
        raise TransitionError(problem(
            "case {number} is numbered in {year}; its registration date must stay in that year",
            number=stored.number, year=stored.reg_date.year))


def _after(day: date, today: date | None) -> bool:
    return today is not None and day > today


def _day(day: date) -> str:
    return f"{day.day:02d}.{day.month:02d}.{day.year}"
