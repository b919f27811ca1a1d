"""The mediator register on a real database: add, refuse a bad IIN, deactivate, find, order."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.core.mediator import Mediator, MediatorKind
from desktop.ui.mediator_model import MediatorTableModel
from desktop.ui.mediator_register import MediatorRegister

NAME = "Әбілқасымова Гүлнұр Сәкенқызы"


def open_register(qtbot, kelisim) -> MediatorRegister:
    dialog = MediatorRegister(kelisim)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def names(model: MediatorTableModel) -> list[str]:
    return [model.index(row, model.NAME).data() for row in range(model.rowCount())]


def close_message_boxes() -> list[str]:
    texts = []
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            texts.append(widget.text())
            widget.close()
    return texts


def test_adding_a_mediator_with_a_kazakh_name_and_valid_iin_stores_it(app, qtbot, make_iin):
    dialog = open_register(qtbot, app)
    assert dialog.model.rowCount() == 0 and dialog._form_box.title() == "New mediator"
    assert not dialog.save_button.isEnabled() and "full name" in dialog.reason.text()

    iin = make_iin(3)
    dialog.full_name.setText(NAME)
    qtbot.keyClicks(dialog.iin.edit, iin)
    dialog.kind.setCurrentIndex(dialog.kind.findData(MediatorKind.PROFESSIONAL))
    qtbot.keyClicks(dialog.register_number, "R-0154")
    dialog.languages["ru"].setChecked(False)
    assert dialog.iin.is_valid() and dialog.save_button.isEnabled()
    with qtbot.waitSignal(dialog.changed):
        dialog.save_button.click()

    [stored] = app.mediators.list()
    assert (stored.full_name, stored.iin, stored.kind, stored.register_number,
            stored.languages, stored.active) == (
        NAME, iin, MediatorKind.PROFESSIONAL, "R-0154", ("kk",), True)
    assert names(dialog.model) == [NAME]
    assert dialog.model.index(0, MediatorTableModel.KIND).data() == "Professional mediator"
    assert dialog.model.index(0, MediatorTableModel.IIN).data() == iin
    assert NAME in dialog._form_box.title() and "Saved" in dialog.reason.text()
    assert not dialog.is_dirty() and dialog.table.isEnabled()


def test_an_invalid_iin_blocks_saving_with_its_reason(app, qtbot, make_iin):
    dialog = open_register(qtbot, app)
    iin = make_iin(4)
    wrong = iin[:11] + str((int(iin[11]) + 1) % 10)
    dialog.full_name.setText(NAME)
    qtbot.keyClicks(dialog.iin.edit, wrong)
    assert "check digit" in dialog.iin.reason.text() and dialog.iin.reason.isVisible()
    assert not dialog.save_button.isEnabled() and "IIN" in dialog.reason.text()

    assert dialog.save() is False  # asked anyway: the service refuses it too
    assert any("check digit" in text for text in close_message_boxes())
    assert app.mediators.list() == []
    assert dialog.iin.text() == wrong  # what was typed stays, to be corrected


def test_a_deactivated_mediator_stays_in_the_register(app, qtbot):
    app.mediators.add(Mediator("Қасымов Әділ"))
    app.mediators.add(Mediator("Бекова Айгүл"))
    dialog = open_register(qtbot, app)
    assert names(dialog.model) == ["Бекова Айгүл", "Қасымов Әділ"]

    dialog.table.selectRow(1)
    assert dialog.full_name.text() == "Қасымов Әділ"
    dialog.inactive.setChecked(True)
    dialog.save_button.click()

    assert names(dialog.model) == ["Бекова Айгүл"]  # no longer in the list of who mediates
    dialog.show_inactive.setChecked(True)
    assert names(dialog.model) == ["Бекова Айгүл", "Қасымов Әділ"]
    assert dialog.model.index(1, MediatorTableModel.ACTIVE).data() == "No longer mediates"
    stored = {m.full_name: m.active for m in app.mediators.list()}
    assert stored == {"Бекова Айгүл": True, "Қасымов Әділ": False}


def test_names_are_in_kazakh_alphabet_order_and_found_without_kazakh_letters(app, qtbot):
    for name in ("Іскаков Нұрлан", "Қасымов Әділ", "Әлиев Бауыржан", "Кенжебаев Ержан",
                 "Ыбыраев Талғат", "Ахметов Серік"):
        app.mediators.add(Mediator(name))
    dialog = open_register(qtbot, app)
    assert names(dialog.model) == ["Ахметов Серік", "Әлиев Бауыржан", "Кенжебаев Ержан",
                                   "Қасымов Әділ", "Ыбыраев Талғат", "Іскаков Нұрлан"]
    dialog.search.setText("Касым")  # К for Қ, as typed without a Kazakh keyboard
    assert names(dialog.model) == ["Қасымов Әділ"]
    assert "1 mediator" in dialog.count.text()


def test_unsaved_changes_lock_the_list_until_saved_or_undone(app, qtbot, monkeypatch):
    app.mediators.add(Mediator("Бекова Айгүл"))
    app.mediators.add(Mediator("Қасымов Әділ"))
    dialog = open_register(qtbot, app)
    assert dialog.full_name.text() == "Бекова Айгүл"  # the first is shown at once

    dialog.full_name.setText("Бекова Айгүл Серікқызы")
    assert not dialog.table.isEnabled() and not dialog.new_button.isEnabled()
    assert dialog.isWindowModified()
    dialog.undo_button.click()
    assert dialog.full_name.text() == "Бекова Айгүл" and dialog.table.isEnabled()

    dialog.full_name.setText("Бекова Айгүл Серікқызы")
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    monkeypatch.setattr(dialog, "ask_unsaved", lambda: answers.pop(0))
    dialog.reject()
    assert dialog.isVisible()
    dialog.reject()
    assert not dialog.isVisible()
    assert [m.full_name for m in app.mediators.list()] == ["Бекова Айгүл", "Қасымов Әділ"]


def test_new_mediator_needs_the_office_set_up_first(bare_app, qtbot):
    dialog = open_register(qtbot, bare_app)
    dialog.full_name.setText(NAME)
    assert dialog.save() is False
    assert any("office is not set up" in text for text in close_message_boxes())
    assert bare_app.mediators.list() == []


def test_model_shows_plain_rows_without_a_view(qapp):
    model = MediatorTableModel()
    model.set_mediators([Mediator("Бекова Айгүл", languages=("kk", "en")),
                         Mediator("Қасымов Әділ", active=False)])
    assert model.rowCount() == 1
    assert model.index(0, model.LANGUAGES).data() == "Қазақша, English"
    assert model.index(0, model.NAME).data(Qt.ItemDataRole.UserRole).full_name == "Бекова Айгүл"
    model.set_filter("", show_inactive=True)
    assert model.rowCount() == 2
    assert model.index(1, model.NAME).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.headerData(model.IIN, Qt.Orientation.Horizontal) == "IIN"


def test_texts_are_set_again_when_the_language_changes(app, qtbot):
    dialog = open_register(qtbot, app)
    dialog.show_inactive.setText("")
    dialog.model._headers[0] = ""
    QApplication.sendEvent(dialog, QEvent(QEvent.Type.LanguageChange))
    assert dialog.show_inactive.text() == "Show &inactive too"
    assert dialog.model.headerData(0, Qt.Orientation.Horizontal) == "Full name"
