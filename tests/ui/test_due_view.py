"""The "Due soon" page on real data: cases near or past their deadline, terms due or late."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon

from desktop.app import App
from desktop.core.case import Case, Fulfilment, Obligation, Outcome
from desktop.core.mediator import Mediator
from desktop.ui.case_model import format_day
from desktop.ui.due_view import DueView
from desktop.ui.obligation_model import ObligationTableModel

TODAY = date(2026, 4, 20)
Role = Qt.ItemDataRole


@pytest.fixture
def office(app: App, translator) -> App:
    """An English-speaking office on 20 April 2026 with one mediator."""
    app.office.clock = lambda: TODAY
    app.mediators.add(Mediator("Әлиева Сәуле"))
    return app


def mediate(app: App, make_case, seed: int, contract: date, **names: str) -> Case:
    mediator = app.mediators.list()[0]
    case = app.cases.register(make_case(date(2026, 3, 2), seed=seed, mediator_ids=[mediator.id],
                                        **names))
    return app.cases.start_mediation(case.id, contract)


def shown(qtbot, kelisim: App) -> DueView:
    view = DueView(kelisim)
    qtbot.addWidget(view)
    with qtbot.waitExposed(view):
        view.show()
    return view


def settle(app: App, make_case, seed: int, *terms: tuple[str, date], **names: str) -> Case:
    case = mediate(app, make_case, seed, date(2026, 3, 3), **names)
    applicant, other = case.parties
    return app.cases.close(case.id, Outcome.SETTLED, date(2026, 3, 20), [
        Obligation(debtor_id=other.id, creditor_id=applicant.id, description=what,
                   amount=Decimal("25000"), due_date=due) for what, due in terms])


def test_the_page_lists_cases_near_or_past_their_deadline_soonest_first(
        qtbot, office: App, make_case):
    mediate(office, make_case, 1, date(2026, 3, 24))  # deadline 23 April: due soon
    late = mediate(office, make_case, 2, date(2026, 3, 10))  # deadline 9 April: late
    mediate(office, make_case, 3, date(2026, 4, 10))  # deadline 10 May: not yet
    view = shown(qtbot, office)
    assert view.cases.rowCount() == 2
    assert view.cases.case_id(0) == late.id
    assert view.case_label.text() == (
        "Cases with the deadline within 7 days or past: 2")


def test_terms_due_or_late_are_shown_with_colour_icon_and_words(qtbot, office: App, make_case):
    case = settle(office, make_case, 1, ("Returns the loan", TODAY - timedelta(days=2)),
                  ("Pays the rest", TODAY + timedelta(days=5)),
                  ("Later", TODAY + timedelta(days=30)), other="Петров Пётр")
    view = shown(qtbot, office)
    terms = view.terms
    assert terms.rowCount() == 2
    assert view.term_label.text() == "Agreed terms due within 7 days or late: 2"

    def cell(row: int, column: int, role: int = Role.DisplayRole):
        return terms.data(terms.index(row, column), role)

    assert [cell(0, c) for c in range(terms.columnCount())] == [
        case.number, "Петров Пётр", "Returns the loan", "25 000",
        format_day(TODAY - timedelta(days=2)), "Overdue — Pending"]
    assert cell(1, ObligationTableModel.STATE) == "Due soon — Pending"
    assert cell(0, ObligationTableModel.STATE, Role.BackgroundRole) == QColor("#f7c6c0")
    assert cell(1, ObligationTableModel.STATE, Role.BackgroundRole) == QColor("#ffe7b0")
    icon = cell(0, ObligationTableModel.STATE, Role.DecorationRole)
    assert isinstance(icon, QIcon) and not icon.isNull()
    assert cell(0, ObligationTableModel.STATE, Role.ToolTipRole) == (
        f"Deadline {format_day(TODAY - timedelta(days=2))}: overdue by 2 days")
    assert cell(0, ObligationTableModel.DEBTOR, Role.ToolTipRole) == (
        "Петров Пётр owes Қасымов Әділ")
    assert terms.case_id(1) == case.id


def test_a_term_recorded_as_fulfilled_leaves_the_page_on_refresh(qtbot, office: App, make_case):
    case = settle(office, make_case, 1, ("Returns the loan", TODAY))
    view = shown(qtbot, office)
    assert view.terms.rowCount() == 1
    office.cases.record_fulfilment(case.id, case.obligations[0].id, Fulfilment.FULFILLED, TODAY)
    view.refresh()
    assert view.terms.rowCount() == 0
    assert view.term_label.text().endswith(": 0")


def test_the_lists_are_read_when_the_page_is_shown(qtbot, office: App, make_case):
    settle(office, make_case, 1, ("Returns the loan", TODAY))
    view = DueView(office)
    qtbot.addWidget(view)
    view.refresh()  # a save elsewhere while the page is hidden
    assert view.terms.rowCount() == 0
    with qtbot.waitExposed(view):
        view.show()
    assert view.terms.rowCount() == 1


def test_double_click_on_either_table_asks_to_open_the_case(qtbot, office: App, make_case):
    open_case = mediate(office, make_case, 1, date(2026, 3, 10))
    settled = settle(office, make_case, 2, ("Returns the loan", TODAY))
    view = shown(qtbot, office)
    for table, case in [(view.case_table, open_case), (view.term_table, settled)]:
        centre = table.visualRect(table.model().index(0, 0)).center()
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
        with qtbot.waitSignal(view.open_case) as opened:  # a double click is a press first
            qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
        assert opened.args == [case.id]
        assert view.current_case_id() == case.id  # what Enter (the Open action) would open
