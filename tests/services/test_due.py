"""DueService: owed terms of settled cases, due within the days looked ahead or already late."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import update

from desktop.app import App
from desktop.core.case import Case, Fulfilment, Obligation, Outcome
from desktop.core.mediator import Mediator
from desktop.services.due import DueObligation
from desktop.store.schema import CaseRow

TODAY = date(2026, 4, 20)


@pytest.fixture
def settle(app: App, make_case):
    """Registers, mediates and settles a case whose other party owes the applicant each term."""
    app.office.clock = lambda: TODAY
    mediator = app.mediators.add(Mediator("Әлиева Сәуле"))
    seeds = iter(range(1, 100))

    def settle(*terms: tuple[str, date | None], outcome: Outcome = Outcome.SETTLED,
               **names: str) -> Case:
        case = app.cases.register(make_case(date(2026, 3, 2), seed=next(seeds),
                                            mediator_ids=[mediator.id], **names))
        app.cases.start_mediation(case.id, date(2026, 3, 3))
        applicant, other = case.parties
        obligations = [Obligation(debtor_id=other.id, creditor_id=applicant.id,
                                  description=what, amount=Decimal("1500.50"), due_date=due)
                       for what, due in terms]
        return app.cases.close(case.id, outcome, date(2026, 3, 20), obligations)

    return settle


def descriptions(app: App, within_days: int = 7) -> list[str]:
    return [o.description for o in app.due.due_obligations(within_days)]


def test_a_due_term_is_listed_with_its_case_and_parties(app: App, settle):
    case = settle(("Қарызды қайтарады", TODAY + timedelta(days=3)),
                  applicant="Қасымов Әділ", other="Петров Пётр")
    assert app.due.due_obligations() == [DueObligation(
        id=case.obligations[0].id, case_id=case.id, case_number=case.number,
        debtor="Петров Пётр", creditor="Қасымов Әділ", description="Қарызды қайтарады",
        amount=Decimal("1500.50"), due_date=TODAY + timedelta(days=3),
        fulfilment=Fulfilment.PENDING, overdue=False)]


def test_only_terms_due_within_the_days_or_late_are_listed_soonest_first(app: App, settle):
    settle(("in a week", TODAY + timedelta(days=7)), ("in eight days", TODAY + timedelta(days=8)),
           ("today", TODAY), ("no date", None))
    settle(("late", TODAY - timedelta(days=4)), outcome=Outcome.PARTLY_SETTLED)
    due = app.due.due_obligations()
    assert [(o.description, o.overdue) for o in due] == [
        ("late", True), ("today", False), ("in a week", False)]
    assert descriptions(app, within_days=8)[-1] == "in eight days"
    assert descriptions(app, within_days=0) == ["late", "today"]
    # Read a page at a time, the list is the same; the count says how long it is.
    assert app.due.count() == 3
    assert [app.due.due_obligations(offset=i, limit=1)[0] for i in range(3)] == due
    assert app.due.due_obligations(offset=3, limit=1) == []


def test_fulfilled_terms_drop_out_and_partly_fulfilled_ones_stay(app: App, settle):
    case = settle(("paid", TODAY - timedelta(days=1)), ("half paid", TODAY - timedelta(days=2)),
                  ("refused", TODAY - timedelta(days=3)))
    paid, half, refused = case.obligations
    app.cases.record_fulfilment(case.id, paid.id, Fulfilment.FULFILLED, TODAY)
    app.cases.record_fulfilment(case.id, half.id, Fulfilment.PARTLY_FULFILLED, TODAY)
    app.cases.record_fulfilment(case.id, refused.id, Fulfilment.NOT_FULFILLED, TODAY)
    assert [(o.description, o.fulfilment) for o in app.due.due_obligations()] == [
        ("half paid", Fulfilment.PARTLY_FULFILLED)]


def test_terms_of_deleted_cases_are_not_listed(app: App, settle):
    gone = settle(("of a deleted case", TODAY))
    settle(("kept", TODAY))
    with app.db.write() as session:  # a deletion that arrived from elsewhere in a bundle
        session.execute(update(CaseRow).where(CaseRow.id == gone.id).values(
            deleted_at=CaseRow.updated_at))
    assert descriptions(app) == ["kept"]


def test_nothing_is_due_in_an_empty_register(app: App):
    assert app.due.due_obligations() == []
