"""A clerk's first day, end to end through the real window on an empty data folder:
set up the office, register a case by typing, find it with the search box, close the program,
open it again and find the case as it was saved."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from desktop.core.party import PartyKind, PartyRole
from desktop.ui.case_editor import CaseEditor
from desktop.ui.case_model import CaseTableModel
from desktop.ui.form import to_qdate
from desktop.ui.gui import start
from desktop.ui.main_window import MainWindow
from desktop.ui.office_settings import OfficeSettings

KAZAKH_NAME = "Әбілқайыр Ғалымжан Қуанышұлы-Ңөүһі"  # every letter Kazakh adds to Russian
OTHER_NAME = "Петрова Анна Ивановна"


def type_text(widget: QWidget, text: str) -> None:
    """Type as a keyboard does, letter by letter (QTest.keyClicks knows only ASCII)."""
    for letter in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                     Qt.KeyboardModifier.NoModifier, letter))


def shown(kind: type) -> list:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def open_program(folder: Path, qtbot, preferences, translator) -> MainWindow:
    window = start(folder, preferences, translator)
    assert window is not None
    qtbot.addWidget(window)
    return window


def test_a_clerks_case_survives_closing_and_reopening(tmp_path, qtbot, preferences, translator,
                                                      make_iin):
    folder = tmp_path / "office"
    window = open_program(folder, qtbot, preferences, translator)

    # First start: the office is set up before anything else.
    qtbot.waitUntil(lambda: bool(shown(OfficeSettings)))
    settings = shown(OfficeSettings)[0]
    type_text(settings.edits["code"], "krg07")
    type_text(settings.edits["name_kk"], "Ақтоғай ауылдық медиация кабинеті")
    type_text(settings.edits["name_ru"], "Кабинет медиации села Актогай")
    qtbot.mouseClick(settings.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.new_action.isEnabled())

    # A new case, typed in.
    window.new_action.trigger()
    qtbot.waitUntil(lambda: bool(shown(CaseEditor)))
    editor = shown(CaseEditor)[0]
    editor.ask_unsaved = lambda: None  # never asked: everything gets saved
    panel = editor.registration
    panel.reg_date.setDate(to_qdate(date(2026, 11, 20)))
    panel.category.setCurrentIndex(panel.category.findData("neighbours_land"))
    type_text(panel.subject, "Жер учаскесінің шекарасы туралы дау")
    type_text(panel.claim_amount, "75 000")
    applicant, other = editor.parties.cards
    type_text(applicant.edits["name"], KAZAKH_NAME)
    type_text(applicant.identifier.edit, make_iin(11))
    type_text(applicant.edits["address"], "Ақтоғай ауылы, Құрманғазы к-сі 7")
    type_text(other.edits["name"], OTHER_NAME)
    type_text(other.identifier.edit, make_iin(12))
    assert editor.save_button.isEnabled(), editor.summary.text()
    with qtbot.waitSignal(editor.saved):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    number = editor.case.number
    assert number.startswith("KRG07-2026-")
    editor.close()

    # Found through the search box, by a Kazakh word of the name.
    type_text(window.search, "Әбілқайыр")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    assert window.model.data(window.model.index(0, CaseTableModel.NUMBER)) == number
    window.close()

    # Opened again: the same case, exactly as typed.
    again = open_program(folder, qtbot, preferences, translator)
    type_text(again.search, "Қуанышұлы")
    qtbot.waitUntil(lambda: again.model.rowCount() == 1)
    case_id = again.model.case_id(0)
    kelisim = again._app
    stored = kelisim.cases.get(case_id)
    assert (stored.number, stored.reg_date, stored.category) == (
        number, date(2026, 11, 20), "neighbours_land")
    assert stored.subject == "Жер учаскесінің шекарасы туралы дау"
    assert stored.claim_amount == Decimal("75000")
    first, second = stored.parties
    assert (first.name, first.identifier, first.role, first.kind, first.address) == (
        KAZAKH_NAME, make_iin(11), PartyRole.APPLICANT, PartyKind.INDIVIDUAL,
        "Ақтоғай ауылы, Құрманғазы к-сі 7")
    assert (second.name, second.identifier, second.role) == (
        OTHER_NAME, make_iin(12), PartyRole.OTHER_PARTY)
    assert kelisim.office.current().code == "KRG07"
    again.close()
