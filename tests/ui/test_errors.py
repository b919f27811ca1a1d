"""Unhandled errors: logged and shown without their message (it may hold a name or an IIN)."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox, QWidget

from desktop.core.errors import DomainError, StaleRecordError
from desktop.core.messages import problem
from desktop.ui import errors
from desktop.ui.errors import ErrorDialog
from desktop.ui.steps import confirm

NAME = "Қасымов Әділ"


@pytest.fixture
def hooks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Python's own hooks, and the module's state, back after the test."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    monkeypatch.setattr(errors, "_reporter", None)
    monkeypatch.setattr(errors, "_log_file", None)


@pytest.fixture
def installed(tmp_path: Path, hooks: None) -> Iterator[Path]:
    """The hooks installed for a data folder in tmp_path: the path of its log file."""
    errors.install(tmp_path)
    yield tmp_path / "logs" / "kelisim.log"
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog):
            widget.close()
    kelisim = logging.getLogger("kelisim")
    for handler in list(kelisim.handlers):
        if str(tmp_path) in getattr(handler, "baseFilename", ""):
            kelisim.removeHandler(handler)
            handler.close()


def shown(kind: type[QDialog]) -> list[QDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def close_when_shown(kind: type[QDialog], seen: list[QDialog], tries: int = 300) -> None:
    """Close the modal dialog `kind` once it is up (its exec() blocks the test until then)."""
    def look(left: int) -> None:
        if dialogs := shown(kind):
            seen.append(dialogs[0])
            dialogs[0].done(0)
        elif left:
            QTimer.singleShot(10, lambda: look(left - 1))
        else:  # never shown: end whatever waits, and let the test's assertions fail
            for dialog in shown(QDialog):
                dialog.done(0)
    QTimer.singleShot(0, lambda: look(tries))


def personal_error(make_iin: Callable[..., str]) -> tuple[ValueError, str]:
    iin = make_iin(7)
    return ValueError(f"cannot save {NAME}, IIN {iin}"), iin


def test_an_error_in_a_slot_is_logged_and_shown_without_its_message(installed, qtbot, make_iin):
    error, iin = personal_error(make_iin)

    def save_party() -> None:
        raise error

    QTimer.singleShot(0, save_party)
    qtbot.waitUntil(lambda: bool(shown(ErrorDialog)))

    logged = installed.read_text(encoding="utf-8")
    assert "ValueError" in logged and "save_party" in logged and "test_errors.py" in logged
    assert NAME not in logged and iin not in logged
    dialog = shown(ErrorDialog)[0]
    details = dialog.details.toPlainText()
    assert "ValueError" in details and "save_party" in details and "line " in details
    assert NAME not in details and iin not in details
    assert "Python" in details and "Qt" in details
    dialog.copy.click()
    assert QGuiApplication.clipboard().text() == details
    # The program goes on: its event loop still runs what comes next.
    later: list[bool] = []
    QTimer.singleShot(0, lambda: later.append(True))
    qtbot.waitUntil(lambda: bool(later))
    dialog.close()
    assert QApplication.instance() is not None


def test_the_dialog_says_saved_work_is_safe_and_where_the_log_is(installed, qtbot, make_iin):
    errors.report(personal_error(make_iin)[0])
    dialog = shown(ErrorDialog)[0]
    text = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "saved work is safe" in text and str(installed) in text
    assert not dialog.details.isVisible()
    dialog.show_details.click()
    assert dialog.details.isVisible() and dialog.details.isReadOnly()


def test_an_error_in_another_thread_is_shown_in_the_gui_thread(installed, qtbot, make_iin):
    error, iin = personal_error(make_iin)

    def import_journal() -> None:
        raise error

    worker = threading.Thread(target=import_journal)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bool(shown(ErrorDialog)))
    logged = installed.read_text(encoding="utf-8")
    assert "import_journal" in logged and iin not in logged


def test_a_refusal_nobody_caught_is_shown_as_its_message_not_as_a_crash(installed, qtbot):
    try:
        raise StaleRecordError(problem("the mediator was changed elsewhere; open the register "
                                       "again"))
    except StaleRecordError:
        sys.excepthook(*sys.exc_info())
    boxes = shown(QMessageBox)
    assert not shown(ErrorDialog)
    assert len(boxes) == 1 and "changed elsewhere" in boxes[0].text()
    assert "StaleRecordError" in installed.read_text(encoding="utf-8")


def test_a_refused_data_folder_says_why_and_where(tmp_path, qtbot):
    seen: list[QDialog] = []
    close_when_shown(QMessageBox, seen)
    errors.show_startup_failure(tmp_path, DomainError(problem(
        "the database was made by a newer Kelisim (schema {schema}); install that version",
        schema="0009")))
    assert seen and "newer Kelisim" in seen[0].text() and str(tmp_path) in seen[0].text()


def test_an_unusable_data_folder_is_named(tmp_path, qtbot):
    seen: list[QDialog] = []
    close_when_shown(QMessageBox, seen)
    errors.show_startup_failure(tmp_path, PermissionError(13, "Permission denied"))
    assert seen and f"cannot use the data folder {tmp_path}" in seen[0].text()


def test_an_unexpected_startup_failure_is_logged_and_shown(installed, qtbot, make_iin):
    error, iin = personal_error(make_iin)
    try:
        raise error
    except ValueError as caught:
        seen: list[QDialog] = []
        close_when_shown(ErrorDialog, seen)
        errors.show_startup_failure(installed.parents[1], caught)
    assert seen and "ValueError" in seen[0].details.toPlainText()
    logged = installed.read_text(encoding="utf-8")
    assert "ValueError" in logged and iin not in logged and NAME not in logged


def test_install_survives_an_unusable_data_folder(tmp_path, hooks):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    errors.install(blocked)  # show_startup_failure says what is wrong, later
    assert sys.excepthook is errors._hook


def test_an_error_raised_by_a_confirmations_yes_stays_on_screen(installed, qtbot):
    # The confirmation deletes itself as it closes; a dialog parented to it would go too.
    window = QWidget()
    qtbot.addWidget(window)
    window.show()

    def remove() -> None:
        raise RuntimeError("database is locked")

    box = confirm(window, "Delete", "Delete it?", "Delete", remove)
    qtbot.waitUntil(box.isVisible)
    box.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is box)
    next(b for b in box.buttons()
         if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole).click()
    qtbot.waitUntil(lambda: bool(shown(ErrorDialog)))
    qtbot.wait(50)  # the box's deferred deletion has run
    dialog = shown(ErrorDialog)[0]
    assert dialog.isVisible() and dialog.parentWidget() is window


def test_an_error_in_an_open_dialog_is_shown_on_that_dialog(installed, qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    dialog = QDialog(window)  # like the case editor: it goes when closed, not before
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    errors.report(RuntimeError("disk pulled out"))
    qtbot.waitUntil(lambda: bool(shown(ErrorDialog)))
    assert shown(ErrorDialog)[0].parentWidget() is dialog
