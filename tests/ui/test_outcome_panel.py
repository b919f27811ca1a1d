"""The Outcome tab: closing a case (with its agreed terms) and recording their fulfilment."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from desktop.core.case import Case, CaseStatus, Fulfilment, Obligation, Outcome
from desktop.core.mediator import Mediator
from desktop.ui.form import accept_button, to_qdate
from desktop.ui.outcome_panel import OutcomePanel

TODAY = date(2026, 3, 20)
STARTED_ON = date(2026, 3, 5)  # the time limit runs until 04.04.2026


@pytest.fixture
def panel(app, qtbot, translator) -> OutcomePanel:
    app.office.clock = lambda: TODAY
    panel = OutcomePanel(app)
    qtbot.addWidget(panel)
    return panel


@pytest.fixture
def registered(app, make_case) -> Case:
    return app.cases.register(make_case(reg_date=date(2026, 3, 2)))


@pytest.fixture
def mediated(app, registered) -> Case:
    mediator = app.mediators.add(Mediator("Сейітова Гүлнар Әбенқызы"))
    registered.mediator_ids = [mediator.id]
    app.cases.save(registered)
    return app.cases.start_mediation(registered.id, STARTED_ON)


def ok_button(dialog):
    return accept_button(dialog.findChild(QDialogButtonBox))


def offered(dialog) -> list[str]:
    return [dialog.outcome.itemText(i) for i in range(dialog.outcome.count())]


def answer(box: QMessageBox, role: QMessageBox.ButtonRole) -> None:
    next(b for b in box.buttons() if box.buttonRole(b) == role).click()


def test_close_as_settled_with_two_terms(app, panel, mediated, qtbot):
    applicant, other = mediated.parties
    panel.load(mediated)
    assert panel.close_step.isVisibleTo(panel) and panel.close_step.button.isEnabled()
    dialog = panel.close_case()
    dialog.closed_on.setDate(to_qdate(date(2026, 3, 18)))
    dialog.choose(Outcome.SETTLED)
    assert not ok_button(dialog).isEnabled()
    assert dialog.reason.text() == "a settlement needs at least one agreed term"

    first = dialog.add_term()
    first.description.setText("Алимент төлейді")
    first.amount.setText("150 000")
    first.has_due_date.setChecked(True)
    first.due_date.setDate(to_qdate(date(2026, 4, 10)))
    second = dialog.add_term()
    second.debtor.setCurrentIndex(0)  # the applicant
    second.creditor.setCurrentIndex(0)  # nobody in particular
    assert dialog.reason.text() == "Agreed term 2: What is owed: is required"
    second.description.setText("Арызын кері қайтарады")
    assert ok_button(dialog).isEnabled(), dialog.reason.text()

    ok_button(dialog).click()
    confirmation = dialog.findChild(QMessageBox)
    assert confirmation.text().startswith(
        f"Close case {mediated.number} as “Settled” on 18.03.2026?")
    with qtbot.waitSignal(panel.step_done):
        answer(confirmation, QMessageBox.ButtonRole.AcceptRole)

    stored = app.cases.get(mediated.id)
    assert (stored.status, stored.outcome, stored.closed_date) == (
        CaseStatus.CLOSED, Outcome.SETTLED, date(2026, 3, 18))
    assert [(o.debtor_id, o.creditor_id, o.description, o.amount, o.due_date)
            for o in stored.obligations] == [
        (other.id, applicant.id, "Алимент төлейді", Decimal("150000"), date(2026, 4, 10)),
        (applicant.id, None, "Арызын кері қайтарады", None, None)]
    assert not panel.close_step.isVisibleTo(panel)  # a closed case is not closed again
    assert panel.outcome.text() == "Settled"
    assert panel.terms.rowCount() == 2
    assert panel.terms.item(0, 2).text() == "150 000"


def test_cancelled_confirmation_stores_nothing(app, panel, mediated):
    panel.load(mediated)
    dialog = panel.close_case()
    dialog.choose(Outcome.NOT_SETTLED)
    ok_button(dialog).click()
    answer(dialog.findChild(QMessageBox), QMessageBox.ButtonRole.RejectRole)
    assert app.cases.get(mediated.id).status is CaseStatus.IN_MEDIATION


def test_a_registered_case_can_only_end_by_refusal(app, panel, registered, qtbot):
    panel.load(registered)
    dialog = panel.close_case()
    assert offered(dialog) == ["A party refused"]
    assert dialog.chosen_outcome() is Outcome.REFUSED  # the only choice is made already
    ok_button(dialog).click()
    with qtbot.waitSignal(panel.step_done):
        answer(dialog.findChild(QMessageBox), QMessageBox.ButtonRole.AcceptRole)
    assert app.cases.get(registered.id).outcome is Outcome.REFUSED
    assert panel.closed_on.text() == "20.03.2026"
    assert not panel.terms.isVisibleTo(panel)  # a refusal has no terms


def test_outcomes_follow_the_closing_date(app, panel, mediated):
    app.office.clock = lambda: date(2026, 4, 10)  # the time limit ended on 04.04.2026
    panel.load(mediated)
    dialog = panel.close_case()
    assert "Time limit expired" in offered(dialog)
    dialog.choose(Outcome.EXPIRED)
    dialog.closed_on.setDate(to_qdate(date(2026, 4, 1)))
    assert "Time limit expired" not in offered(dialog)
    assert dialog.chosen_outcome() is None and not ok_button(dialog).isEnabled()
    dialog.closed_on.setDate(to_qdate(date(2026, 3, 3)))  # before the agreement was signed
    assert dialog.outcome.count() == 0
    assert dialog.reason.text() == "the closing date is before the mediation began"


def test_an_unreadable_amount_keeps_ok_disabled(panel, mediated):
    panel.load(mediated)
    dialog = panel.close_case()
    dialog.choose(Outcome.PARTLY_SETTLED)
    term = dialog.add_term()
    term.description.setText("Қарызды қайтарады")
    term.amount.setText("150,000")
    assert not ok_button(dialog).isEnabled()
    assert dialog.reason.text().startswith("Agreed term 1: Amount in tenge (if any): write the sum")
    term.amount.setText("150000,50")
    assert ok_button(dialog).isEnabled()
    assert dialog.obligations()[0].amount == Decimal("150000.50")


@pytest.fixture
def settled(app, mediated) -> Case:
    applicant, other = mediated.parties
    return app.cases.close(mediated.id, Outcome.SETTLED, date(2026, 3, 10), [
        Obligation(other.id, "Алимент төлейді", date(2026, 3, 15), applicant.id,
                   Decimal("50000")),
        Obligation(other.id, "Кешірім сұрайды", date(2026, 3, 25)),
    ])


def test_terms_due_or_late_are_marked_in_words(panel, settled):
    panel.load(settled)
    assert panel.terms.item(0, 3).text() == "15.03.2026: Overdue"
    assert panel.terms.item(1, 3).text() == "25.03.2026: Due soon"
    assert panel.terms.item(0, 4).text() == "Pending"


def test_record_fulfilment_of_the_chosen_term(app, panel, settled, qtbot):
    panel.load(settled)
    assert panel.fulfilment_step.isVisibleTo(panel)
    assert not panel.fulfilment_step.button.isEnabled()
    assert panel.fulfilment_step.reason.text() == "Choose a term in the table first"
    panel.terms.selectRow(0)
    assert panel.fulfilment_step.button.isEnabled()

    dialog = panel.record_fulfilment()
    dialog.state.setCurrentIndex(list(Fulfilment).index(Fulfilment.FULFILLED))
    assert dialog.on.isEnabled()
    dialog.on.setDate(to_qdate(date(2026, 3, 14)))
    with qtbot.waitSignal(panel.step_done):
        ok_button(dialog).click()

    first, second = app.cases.get(settled.id).obligations
    assert (first.fulfilment, first.fulfilled_on) == (Fulfilment.FULFILLED, date(2026, 3, 14))
    assert second.fulfilment is Fulfilment.PENDING
    assert panel.terms.item(0, 4).text().startswith("Fulfilled, ")
    assert panel.terms.item(0, 3).text() == "15.03.2026"  # nothing left to watch
    assert panel.selected_term() == first.id  # the choice survives the reload


def test_fulfilment_cannot_be_dated_before_the_settlement(panel, settled):
    panel.load(settled)
    panel.terms.selectRow(1)
    dialog = panel.record_fulfilment()
    assert dialog.on.minimumDate() == to_qdate(date(2026, 3, 10))
    assert dialog.on.maximumDate() == to_qdate(TODAY)
    assert not dialog.on.isEnabled()  # a pending term has no date


def test_unsaved_edits_block_the_steps_with_the_reason(panel, mediated):
    panel.load(mediated)
    panel.set_dirty(True)
    assert not panel.close_step.button.isEnabled()
    assert panel.close_step.reason.text() == "Save your changes first"
    panel.set_dirty(False)
    assert panel.close_step.button.isEnabled()


def test_removing_a_typed_term_asks_first(panel, mediated):
    panel.load(mediated)
    dialog = panel.close_case()
    dialog.choose(Outcome.SETTLED)
    empty, typed = dialog.add_term(), dialog.add_term()
    typed.description.setText("Қарызды қайтарады")
    typed.remove_button.click()
    answer(dialog.findChild(QMessageBox), QMessageBox.ButtonRole.RejectRole)
    assert dialog.terms == [empty, typed]
    empty.remove_button.click()  # nothing typed: nothing to lose
    assert dialog.terms == [typed]
    assert typed.title() == "Agreed term 1"
