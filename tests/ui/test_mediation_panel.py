"""The Mediation tab: mediators edited for Save; start, extend and sessions stored as steps."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from desktop.core.case import Case, CaseStatus
from desktop.core.mediator import Mediator, MediatorKind
from desktop.core.messages import problem
from desktop.ui.form import accept_button, to_qdate
from desktop.ui.mediation_panel import MediationPanel

TODAY = date(2026, 3, 20)
REGISTERED_ON = date(2026, 3, 2)


@pytest.fixture
def panel(app, qtbot, translator) -> MediationPanel:
    app.office.clock = lambda: TODAY
    panel = MediationPanel(app)
    qtbot.addWidget(panel)
    return panel


@pytest.fixture
def case(app, make_case) -> Case:
    """A registered case with a mediator assigned: ready to start."""
    case = app.cases.register(make_case(reg_date=REGISTERED_ON))
    mediator = app.mediators.add(Mediator("Сейітова Гүлнар Әбенқызы"))
    case.mediator_ids = [mediator.id]
    return app.cases.save(case)


def press_ok(dialog) -> None:
    accept_button(dialog.findChild(QDialogButtonBox)).click()


def answer(box: QMessageBox, role: QMessageBox.ButtonRole) -> None:
    next(b for b in box.buttons() if box.buttonRole(b) == role).click()


def test_start_mediation_stores_the_agreement_and_its_time_limit(app, panel, case, qtbot):
    panel.load(case)
    assert panel.start_step.isVisibleTo(panel) and panel.start_step.button.isEnabled()
    assert not panel.extend_step.isVisibleTo(panel)

    dialog = panel.start_mediation()
    assert dialog.signed_on.minimumDate() == to_qdate(REGISTERED_ON)
    assert dialog.signed_on.maximumDate() == to_qdate(TODAY)
    dialog.signed_on.setDate(to_qdate(date(2026, 3, 5)))
    with qtbot.waitSignal(panel.step_done) as done:
        press_ok(dialog)

    stored = app.cases.get(case.id)
    assert stored.status is CaseStatus.IN_MEDIATION
    assert stored.contract_date == date(2026, 3, 5)
    assert stored.deadline == date(2026, 3, 5) + timedelta(days=30)
    assert done.args[0].version == stored.version
    assert not panel.start_step.isVisibleTo(panel)
    assert panel.signed_on.text() == "05.03.2026"
    assert panel.deadline.text() == "04.04.2026: 15 days left"
    assert panel.extensions.text() == "0 of 1"


def test_start_is_blocked_with_its_reason_until_a_mediator_is_assigned(app, panel, make_case):
    case = app.cases.register(make_case(reg_date=REGISTERED_ON))
    panel.load(case)
    assert panel.start_step.isVisibleTo(panel)
    assert not panel.start_step.button.isEnabled()
    assert panel.start_step.reason.text() == "assign a mediator before mediation can start"


def test_extend_is_offered_once_then_blocked(app, panel, case):
    panel.load(case)
    assert not panel.extend_step.isVisibleTo(panel)  # a registered case has no time limit yet
    started = app.cases.start_mediation(case.id, date(2026, 3, 5))
    panel.load(started)
    assert panel.extend_step.isVisibleTo(panel) and panel.extend_step.button.isEnabled()

    answer(panel.extend_time_limit(), QMessageBox.ButtonRole.RejectRole)
    assert app.cases.get(case.id).extensions == 0  # Cancel changes nothing

    box = panel.extend_time_limit()
    assert "until 04.05.2026" in box.text()
    answer(box, QMessageBox.ButtonRole.AcceptRole)
    stored = app.cases.get(case.id)
    assert stored.extensions == 1
    assert stored.deadline == date(2026, 5, 4)
    assert panel.extensions.text() == "1 of 1"
    assert panel.extend_step.isVisibleTo(panel)
    assert not panel.extend_step.button.isEnabled()
    assert "already extended 1 time(s)" in panel.extend_step.reason.text()


def test_overdue_time_limit_is_said_in_words(app, panel, case):
    started = app.cases.start_mediation(case.id, date(2026, 3, 5))
    app.office.clock = lambda: date(2026, 4, 7)
    panel.load(started)
    assert panel.deadline.text() == "04.04.2026: overdue by 3 days"


def test_record_a_session_with_attendance(app, panel, case, qtbot):
    started = app.cases.start_mediation(case.id, date(2026, 3, 5))
    panel.load(started)
    dialog = panel.record_session()
    dialog.held_on.setDate(to_qdate(date(2026, 3, 10)))
    dialog.place.setText("Ауыл әкімдігі, 2-кабинет")
    dialog.attended[1].setChecked(True)
    dialog.notes.setPlainText("Тараптар келісімге келуге дайын")
    with qtbot.waitSignal(panel.step_done):
        press_ok(dialog)

    session, = app.cases.get(case.id).sessions
    assert session.held_on == date(2026, 3, 10)
    assert session.place == "Ауыл әкімдігі, 2-кабинет"
    assert session.attended == (started.parties[1].id,)
    assert session.notes == "Тараптар келісімге келуге дайын"
    assert panel.sessions.rowCount() == 1
    assert panel.sessions.item(0, 2).text() == started.parties[1].name


def test_session_dialog_says_why_it_cannot_be_recorded(panel, case):
    panel.load(case)
    dialog = panel.record_session()
    ok = accept_button(dialog.findChild(QDialogButtonBox))
    assert ok.isEnabled()
    dialog.place.setText("x" * 501)
    assert not ok.isEnabled()
    assert "Place: is 501 characters long" in dialog.reason.text()


def test_a_refused_step_is_shown_and_the_dialog_keeps_what_was_typed(app, panel, case, qtbot):
    panel.load(case)
    dialog = panel.start_mediation()
    app.cases.start_mediation(case.id, date(2026, 3, 4))  # meanwhile, from another window
    with qtbot.assertNotEmitted(panel.step_done):
        press_ok(dialog)
    box = dialog.findChild(QMessageBox)
    assert box.text() == "cannot start mediation: the case is in mediation"
    assert dialog.isVisible()
    assert app.cases.get(case.id).contract_date == date(2026, 3, 4)


def test_mediators_are_edited_for_save(app, panel, case, qtbot):
    other = app.mediators.add(Mediator("Омаров Бақыт", kind=MediatorKind.PROFESSIONAL))
    app.mediators.add(Mediator("Бұрынғы Медиатор", active=False))
    panel.load(case)
    assert panel.assigned.count() == 1
    assert [panel.choice.itemText(i) for i in range(panel.choice.count())] == [
        "Омаров Бақыт — Professional mediator"]

    with qtbot.waitSignal(panel.changed):
        panel.add_button.click()
    assert panel.choice.count() == 0 and not panel.add_button.isEnabled()
    panel.assigned.setCurrentRow(0)
    with qtbot.waitSignal(panel.changed):
        panel.remove_button.click()

    draft = app.cases.get(case.id)
    panel.apply(draft)
    assert draft.mediator_ids == [other.id]
    assert app.cases.save(draft).mediator_ids == [other.id]


def test_problems_of_this_panel_are_shown_by_their_field(panel, case):
    panel.load(case)
    panel.show_problems({"mediators": problem("the same mediator is named twice"),
                         "subject": problem("is required")})
    assert panel.mediators_problem.text() == "⚠ the same mediator is named twice"
    panel.show_problems({})
    assert panel.mediators_problem.text() == ""


def test_unsaved_edits_block_the_steps_with_the_reason(panel, case):
    panel.load(case)
    panel.set_dirty(True)
    for step in (panel.start_step, panel.session_step):
        assert not step.button.isEnabled()
        assert step.reason.text() == "Save your changes first"
    panel.set_dirty(False)
    assert panel.start_step.button.isEnabled() and panel.start_step.reason.text() == ""


def test_a_step_button_keeps_its_name_across_a_language_switch(panel, case, qtbot, translator):
    panel.load(case)
    dialog = panel.start_mediation()
    translator.switch("ru")
    qtbot.wait(10)
    button = accept_button(dialog.findChild(QDialogButtonBox))
    assert button.text() == QCoreApplication.translate("AgreementDialog", "Start mediation")
    assert "OK" not in button.text()
