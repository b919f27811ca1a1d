"""The case editor on a real database: register, edit, refuse, ask before losing edits."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal
from uuid import UUID

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.core.case import Referral
from desktop.core.errors import NotFoundError
from desktop.core.party import PartyKind, PartyRole
from desktop.core.register import CaseQuery
from desktop.ui import labels
from desktop.ui.case_editor import CaseEditor
from desktop.ui.form import format_amount, parse_amount, to_qdate
from desktop.ui.party_panel import PartyCard

TODAY = date(2026, 3, 10)
KAZAKH_NAME = "Әбілқайыр Ғалымжан Қуанышұлы Ңөүһі"


@pytest.fixture
def office(app):
    app.office.clock = lambda: TODAY  # the editor's "today" is the office's
    return app


@pytest.fixture
def open_editor(qtbot, office, translator) -> Iterator[Callable[..., CaseEditor]]:
    """Opens editors as the main window does, which keeps them until they are closed.

    Without an owner, an editor could be freed by Python while Qt is still deleting one of its
    message boxes (whose handler holds the last reference), and crash.
    """
    opened: list[CaseEditor] = []

    def open_(case_id: UUID | None = None) -> CaseEditor:
        editor = CaseEditor(office, case_id)
        # qtbot closes the editor after the test: unsaved edits must not wait for an answer.
        editor.ask_unsaved = lambda: QMessageBox.StandardButton.Discard
        qtbot.addWidget(editor)
        editor.show()
        opened.append(editor)
        return editor

    yield open_


def type_text(widget: QWidget, text: str) -> None:
    """Type as a keyboard would, letter by letter (QTest.keyClicks knows only ASCII)."""
    for letter in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                     Qt.KeyboardModifier.NoModifier, letter))


def fill_registration(qtbot, editor: CaseEditor) -> None:
    panel = editor.registration
    panel.reg_date.setDate(to_qdate(date(2026, 3, 5)))
    panel.category.setCurrentIndex(panel.category.findData("family"))
    panel.referral.setCurrentIndex(panel.referral.findData(Referral.COURT))
    type_text(panel.subject, "Алимент төлеу туралы дау")
    type_text(panel.claim_amount, "150 000,50")


def fill_party(qtbot, card: PartyCard, name: str, identifier: str, **fields: str) -> None:
    type_text(card.edits["name"], name)
    type_text(card.identifier.edit, identifier)
    for field, value in fields.items():
        type_text(card.edits[field], value)


def message_boxes(editor: CaseEditor) -> list[QMessageBox]:
    return [box for box in editor.findChildren(QMessageBox) if box.isVisible()]


def test_a_clerk_registers_a_new_case(open_editor, qtbot, office, make_iin):
    editor = open_editor()
    assert editor.windowTitle().startswith("New case")
    assert not editor.save_button.isEnabled()  # nothing typed yet
    assert not editor.tabs.isTabEnabled(editor.tabs.indexOf(editor.mediation))
    assert not editor.tabs.isTabEnabled(editor.tabs.indexOf(editor.outcome))
    applicant, other = editor.parties.cards
    assert applicant.party().role is PartyRole.APPLICANT
    assert other.party().role is PartyRole.OTHER_PARTY

    fill_registration(qtbot, editor)
    fill_party(qtbot, applicant, KAZAKH_NAME, make_iin(1), address="Қарағанды, Әлихан 5",
               phone="+7 701 123 45 67")
    other.kind.setCurrentIndex(other.kind.findData(PartyKind.LEGAL_ENTITY))
    fill_party(qtbot, other, "ЖШС «Құрылыс-Өнім»", make_iin(2, legal_entity=True),
               representative="Сейітов Нұрлан", representative_basis="Жарғы")
    assert editor.is_dirty and editor.isWindowModified()
    assert editor.problems == {}
    assert editor.save_button.isEnabled()

    with qtbot.waitSignal(editor.saved) as saved:
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    number = editor.case.number
    assert number and number in editor.windowTitle()
    assert not editor.isWindowModified() and not editor.is_dirty
    stored = office.cases.get_by_number(number)
    assert saved.args == [stored.id]
    assert (stored.reg_date, stored.category, stored.referral) == (
        date(2026, 3, 5), "family", Referral.COURT)
    assert stored.subject == "Алимент төлеу туралы дау"
    assert stored.claim_amount == Decimal("150000.50")
    first, second = stored.parties
    assert (first.name, first.identifier, first.role, first.kind) == (
        KAZAKH_NAME, make_iin(1), PartyRole.APPLICANT, PartyKind.INDIVIDUAL)
    assert (first.address, first.phone) == ("Қарағанды, Әлихан 5", "+7 701 123 45 67")
    assert (second.name, second.identifier, second.kind) == (
        "ЖШС «Құрылыс-Өнім»", make_iin(2, legal_entity=True), PartyKind.LEGAL_ENTITY)
    assert (second.representative, second.representative_basis) == ("Сейітов Нұрлан", "Жарғы")
    # Once registered, mediation and the outcome open, and the form shows what is stored.
    assert editor.tabs.isTabEnabled(editor.tabs.indexOf(editor.mediation))
    assert editor.parties.cards[0].edits["name"].text() == KAZAKH_NAME
    assert not editor.save_button.isEnabled()  # nothing left to save


def test_a_wrong_check_digit_blocks_saving(open_editor, qtbot, office, make_iin):
    editor = open_editor()
    fill_registration(qtbot, editor)
    applicant, other = editor.parties.cards
    fill_party(qtbot, applicant, "Қасымов Әділ", make_iin(1))
    good = make_iin(3)
    fill_party(qtbot, other, "Петров Пётр", good[:11] + str((int(good[11]) + 1) % 10))

    assert not editor.save_button.isEnabled()
    assert "check digit" in editor.problems["parties[1].identifier"]
    assert "check digit" in other.identifier.reason.text()  # next to the field
    summary = editor.summary.text()
    assert summary.startswith("Cannot save yet: Party 2, IIN: ")
    assert "check digit" in summary
    assert "check digit" in editor.save_button.toolTip()

    editor.save()  # e.g. from the question on closing: it says why and stores nothing
    assert office.cases.count(CaseQuery()) == 0
    assert message_boxes(editor)


def test_every_problem_is_counted_beside_save(open_editor, qtbot, office):
    editor = open_editor()
    problems = editor.problems
    assert {"category", "subject", "parties[0].name", "parties[1].name"} <= problems.keys()
    assert f"(and {len(problems) - 1} more)" in editor.summary.text()
    assert len(editor.save_button.toolTip().splitlines()) == len(problems)
    row = editor.registration.rows["subject"]
    assert row.problem.isVisibleTo(editor) and row.problem.text() == "⚠ is required"


def test_a_misspelt_sum_is_explained_and_blocks_saving(open_editor, qtbot, office):
    editor = open_editor()
    type_text(editor.registration.claim_amount, "150,000")  # a thousands comma
    assert "claim_amount" in editor.problems
    assert "in digits" in editor.registration.rows["claim_amount"].problem.text()


@pytest.mark.parametrize(("typed", "value"), [
    ("150 000", Decimal("150000")), ("150000,50", Decimal("150000.50")),
    ("150\u00a0000.5", Decimal("150000.5")), ("", None)])
def test_sums_are_read_as_written_in_kazakhstan(typed, value):
    assert parse_amount(typed) == (value, None)


@pytest.mark.parametrize("typed", ["150,000", "1.2.3", "сто", "-5", "12,"])
def test_unreadable_sums_are_refused(typed):
    value, reason = parse_amount(typed)
    assert value is None and reason


def test_sums_are_shown_grouped():
    assert format_amount(Decimal("150000.50")) == "150 000,50"
    assert format_amount(Decimal("1500000")) == "1 500 000"


def test_closing_with_unsaved_changes_asks_first(open_editor, qtbot, office):
    editor = open_editor()
    assert not editor.is_dirty
    type_text(editor.registration.subject, "Шекара туралы дау")
    assert editor.is_dirty
    asked = []

    def answer(button):
        def ask():
            asked.append(button)
            return button
        return ask

    editor.ask_unsaved = answer(QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert asked and editor.isVisible()
    assert editor.registration.subject.toPlainText() == "Шекара туралы дау"

    editor.ask_unsaved = answer(QMessageBox.StandardButton.Save)  # but it cannot be saved yet
    editor.close()
    assert editor.isVisible() and message_boxes(editor)

    editor.ask_unsaved = answer(QMessageBox.StandardButton.Discard)
    editor.close()
    assert not editor.isVisible()
    assert office.cases.count(CaseQuery()) == 0


def test_closing_without_changes_does_not_ask(open_editor, qtbot, office, make_case):
    case = office.cases.register(make_case(reg_date=date(2026, 3, 2)))
    editor = open_editor(case.id)
    editor.ask_unsaved = lambda: pytest.fail("nothing was changed")
    qtbot.mouseClick(editor.close_button, Qt.MouseButton.LeftButton)
    assert not editor.isVisible()


def test_editing_a_stored_case_saves_a_new_version(open_editor, qtbot, office, make_case):
    case = office.cases.register(make_case(reg_date=date(2026, 3, 2), claim_amount=Decimal(500)))
    editor = open_editor(case.id)
    assert editor.windowTitle().startswith(f"Case {case.number}")
    assert case.number in editor.header.text() and "Registered" in editor.header.text()
    assert editor.registration.claim_amount.text() == "500"
    # The number is of 2026: the registration date can move within that year, up to today.
    dates = editor.registration.reg_date
    assert (dates.minimumDate(), dates.maximumDate()) == (to_qdate(date(2026, 1, 1)),
                                                          to_qdate(TODAY))
    subject = editor.registration.subject
    subject.clear()
    type_text(subject, "Жер учаскесінің шекарасы")
    type_text(editor.parties.cards[1].edits["phone"], "8 701 000 00 00")

    with qtbot.waitSignal(editor.saved):
        assert editor.save()

    stored = office.cases.get(case.id)
    assert stored.subject == "Жер учаскесінің шекарасы"
    assert stored.parties[1].phone == "8 701 000 00 00"
    assert [p.id for p in stored.parties] == [p.id for p in case.parties]
    assert stored.version == case.version + 1 == editor.case.version
    assert not editor.is_dirty


def test_a_case_changed_elsewhere_keeps_the_edits_on_screen(open_editor, qtbot, office,
                                                            make_case):
    case = office.cases.register(make_case(reg_date=date(2026, 3, 2)))
    editor = open_editor(case.id)
    type_text(editor.registration.notes, "Тараптар келісті")
    elsewhere = office.cases.get(case.id)
    elsewhere.subject = "Басқа компьютерде өзгертілді"
    office.cases.save(elsewhere)

    assert not editor.save()
    assert message_boxes(editor)
    assert editor.is_dirty and editor.registration.notes.toPlainText() == "Тараптар келісті"
    assert office.cases.get(case.id).notes == ""


def test_a_step_of_a_panel_reloads_the_editor(open_editor, qtbot, office, make_case):
    case = office.cases.register(make_case(reg_date=date(2026, 3, 2)))
    editor = open_editor(case.id)
    type_text(editor.registration.notes, "…")
    stepped = office.cases.get(case.id)  # as a step stores it: a new version
    stepped.subject = "Жаңа мәні"
    office.cases.save(stepped)
    with qtbot.waitSignal(editor.saved) as saved:
        editor.mediation.step_done.emit(stepped)
    assert saved.args == [case.id]
    assert editor.registration.subject.toPlainText() == "Жаңа мәні"
    assert editor.case.version == stepped.version and not editor.is_dirty


def test_parties_are_added_and_removed(open_editor, qtbot, office, make_iin):
    editor = open_editor()
    panel = editor.parties
    editor.tabs.setCurrentWidget(panel)
    added = panel.add_party(PartyKind.LEGAL_ENTITY)
    assert added.party().role is PartyRole.OTHER_PARTY and added.title() == "Party 3"
    assert added.party_kind is PartyKind.LEGAL_ENTITY
    qtbot.waitUntil(added.isVisible)  # a card added to a shown list is shown by a queued call
    assert added.rows["representative"].isVisibleTo(editor)
    assert not panel.cards[0].rows["representative"].isVisibleTo(editor)
    assert panel.remove_party(added) is None  # nothing typed: no question
    assert len(panel.cards) == 2

    type_text(panel.cards[1].edits["name"], "Петров Пётр")
    question = panel.remove_party(panel.cards[1])
    assert question is not None and len(panel.cards) == 2  # still there until answered
    question.button(QMessageBox.StandardButton.Cancel).click()
    assert len(panel.cards) == 2
    question = panel.remove_party(panel.cards[1])
    remove = next(b for b in question.buttons()
                  if question.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    remove.click()
    assert len(panel.cards) == 1
    assert "at least two parties" in panel.problem.text()


def test_a_case_registered_by_mistake_can_be_deleted(open_editor, qtbot, office, make_case):
    case = office.cases.register(make_case(reg_date=date(2026, 3, 2)))
    editor = open_editor(case.id)
    assert editor.delete_button.isVisibleTo(editor)
    question = editor.ask_delete()
    delete = next(b for b in question.buttons()
                  if question.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    with qtbot.waitSignal(editor.deleted) as deleted:
        delete.click()
    assert deleted.args == [case.id]
    assert not editor.isVisible()
    with pytest.raises(NotFoundError):
        office.cases.get(case.id)


def test_a_new_case_offers_no_delete(open_editor, qtbot, office):
    editor = open_editor()
    assert not editor.delete_button.isVisibleTo(editor)


def test_a_language_switch_retranslates_everything(open_editor, qtbot, office, make_case,
                                                   translator):
    case = office.cases.register(make_case(reg_date=date(2026, 3, 2)))
    editor = open_editor(case.id)
    translator.switch("ru")
    qtbot.wait(10)  # the LanguageChange events are posted

    def tr(context: str, text: str) -> str:
        return QCoreApplication.translate(context, text)

    assert editor.save_button.text() == tr("CaseEditor", "&Save")
    assert editor.tabs.tabText(1) == tr("CaseEditor", "&Parties")
    assert editor.windowTitle() == tr("CaseEditor", "Case {number}").format(
        number=case.number) + "[*]"
    assert labels.status(case.status) in editor.header.text()
    assert editor.parties.cards[0].title() == tr("PartyCard", "Party {number}").format(number=1)
    assert editor.registration.labels["subject"].text() == tr(
        "RegistrationPanel", "S&ubject of the dispute")
    category = editor.registration.category
    assert category.currentText() == "Семейный"
    assert not editor.is_dirty  # re-labelling the lists is not an edit


def test_the_editor_grows_with_the_type_size(open_editor, qapp, qtbot):
    from desktop.ui.preferences import apply_font_size

    editor = open_editor()
    before = editor.width()
    apply_font_size(qapp, "extra_large")  # the translator fixture sets it back afterwards
    qtbot.waitUntil(lambda: editor.width() > before)
