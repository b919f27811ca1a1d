"""Office settings on a real database: first setup, refused codes, the fixed code, the rules."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QDialog, QLineEdit, QMessageBox

from desktop.ui.office_settings import OfficeSettings

NAME_KK = "Қарасай аудандық медиация кабинеті"
NAME_RU = "Кабинет медиации Карасайского района"


def open_settings(qtbot, kelisim, first_run=False) -> OfficeSettings:
    dialog = OfficeSettings(kelisim, first_run=first_run)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def fill(qtbot, dialog: OfficeSettings, **values: str) -> None:
    """Typed key by key where QTest can (ASCII), else set as a paste would."""
    for name, value in values.items():
        dialog.edits[name].clear()
        if value.isascii():
            qtbot.keyClicks(dialog.edits[name], value)
        else:
            dialog.edits[name].setText(value)


def test_first_run_sets_up_the_office(bare_app, qtbot):
    dialog = open_settings(qtbot, bare_app, first_run=True)
    assert "Welcome" in dialog.windowTitle() and "prefixes every case number" in \
        dialog._intro.text()
    assert not dialog.save_button.isEnabled()
    assert "Office code" in dialog.reason.text() and "Name in Kazakh" in dialog.reason.text()
    assert "no case can be registered" in dialog._later.text() and dialog._later.isVisible()

    fill(qtbot, dialog, code="krg02", name_kk=NAME_KK, name_ru=NAME_RU, head="Әлиева Гүлнар",
         phone="+7 727 123 45 67")
    assert dialog.edits["code"].text() == "KRG02"  # capitals as typed
    assert dialog.save_button.isEnabled() and not dialog.reason.isVisible()
    with qtbot.waitSignal(dialog.changed):
        dialog.save_button.click()

    office = bare_app.office.current()
    assert office is not None
    assert (office.code, office.name_kk, office.name_ru, office.head, office.phone,
            office.timezone) == ("KRG02", NAME_KK, NAME_RU, "Әлиева Гүлнар", "+7 727 123 45 67",
                                 "Asia/Almaty")
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_a_bad_code_shows_its_reason_and_stores_nothing(bare_app, qtbot):
    dialog = open_settings(qtbot, bare_app, first_run=True)
    fill(qtbot, dialog, code="КРГ-1", name_kk=NAME_KK, name_ru=NAME_RU)  # Cyrillic, a dash
    problem = dialog.rows["code"].problem
    assert problem.isVisible() and "Latin capital letters" in problem.text()
    assert not dialog.save_button.isEnabled()
    assert "correct" in dialog.reason.text()

    assert dialog.save() is False  # even when asked to: the service refuses it as well
    assert "Latin capital letters" in problem.text()
    assert bare_app.office.current() is None


def test_the_code_stays_once_cases_are_numbered_with_it(app, qtbot, make_case):
    app.cases.register(make_case())
    dialog = open_settings(qtbot, app)
    assert dialog.edits["code"].isReadOnly() and dialog.edits["code"].text() == "KRG01"
    assert "already numbered" in dialog._code_note.text()

    fill(qtbot, dialog, district="Қарағанды ауданы")
    with qtbot.waitSignal(dialog.changed):
        assert dialog.save()
    office = app.office.current()
    assert (office.code, office.district) == ("KRG01", "Қарағанды ауданы")


def test_a_code_can_be_corrected_before_any_case(app, qtbot):
    dialog = open_settings(qtbot, app)
    assert not dialog.edits["code"].isReadOnly()
    fill(qtbot, dialog, code="KRG7")
    assert dialog.save()
    assert app.office.current().code == "KRG7"


def test_the_time_limits_are_shown_as_set_by_the_regional_centre(app, qtbot):
    dialog = open_settings(qtbot, app)
    rules = app.reference.deadline
    text = "\n".join(line.text() for line in dialog._rule_lines)
    assert f"within {rules.days} day" in text and f"adds {rules.extension_days} day" in text
    assert "regional mediation centre" in text
    assert not dialog._rules.findChildren(QLineEdit)  # words only: nothing here can change them
    assert not dialog._rules.findChildren(QAbstractSpinBox)


def test_cancel_asks_before_dropping_what_was_typed(bare_app, qtbot, monkeypatch):
    dialog = open_settings(qtbot, bare_app, first_run=True)
    fill(qtbot, dialog, code="KRG03")
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    monkeypatch.setattr(dialog, "ask_unsaved", lambda: answers.pop(0))

    dialog.cancel_button.click()
    assert dialog.isVisible() and dialog.edits["code"].text() == "KRG03"
    dialog.cancel_button.click()
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected
    assert bare_app.office.current() is None


def test_time_zone_lists_kazakhstan_with_almaty_first(bare_app, qtbot):
    dialog = open_settings(qtbot, bare_app, first_run=True)
    zones = [dialog.timezone.itemData(i) for i in range(dialog.timezone.count())]
    assert zones[0] == "Asia/Almaty" == dialog.timezone.currentData()
    assert "Asia/Oral" in zones and dialog.timezone.itemText(0)


def test_texts_are_set_again_when_the_language_changes(bare_app, qtbot):
    dialog = open_settings(qtbot, bare_app, first_run=True)
    dialog.setWindowTitle("")
    dialog._labels["code"].setText("")
    QApplication.sendEvent(dialog, QEvent(QEvent.Type.LanguageChange))
    assert dialog.windowTitle() == "Welcome to Kelisim"
    assert dialog._labels["code"].text() == "Office &code"


def test_a_phone_with_letters_shows_its_reason(bare_app, qtbot):
    dialog = open_settings(qtbot, bare_app, first_run=True)
    fill(qtbot, dialog, code="KRG02", name_kk=NAME_KK, name_ru=NAME_RU, phone="call 123")
    assert "only digits" in dialog.rows["phone"].problem.text()
    assert not dialog.save_button.isEnabled()
