"""Unhandled errors: logged (type and stack only) and shown in plain words; the program goes on.

The log and the details people copy for support say where the error happened and its type, never
its message or any variable: a message may quote a name or an IIN being saved.
"""

from __future__ import annotations

import logging
import platform
import sys
import threading
from pathlib import Path
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import __version__
from desktop.app import WithoutErrorMessages, log_to
from desktop.config import APP_NAME
from desktop.core.errors import DomainError
from desktop.ui.i18n import message
from desktop.ui.steps import show_refusal

log = logging.getLogger("kelisim.ui")

LOG_FILE = Path("logs") / "kelisim.log"  # inside the data folder: where desktop.app logs


def details(error: BaseException) -> str:
    """What support needs, and nothing personal: versions, the error's type and its stack."""
    stack = WithoutErrorMessages().formatException((type(error), error, error.__traceback__))
    return (f"{APP_NAME} {__version__}\n"
            f"Python {platform.python_version()}, Qt {qVersion()}, PySide6 {pyside_version}\n"
            f"{platform.platform()}\n\n{stack}\n")


class ErrorDialog(QDialog):
    """Says that something went wrong and that saved work is safe; details can be copied."""

    def __init__(self, error: BaseException, log_file: Path | None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._log_file = log_file
        self._text = QLabel()
        self._text.setWordWrap(True)
        self._where = QLabel()
        self._where.setWordWrap(True)
        self._where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.show_details = QPushButton()
        self.show_details.setCheckable(True)
        self.details = QPlainTextEdit(details(error))
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.hide()
        self.show_details.toggled.connect(self.details.setVisible)
        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy = self._buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.copy.clicked.connect(self.copy_details)
        self._buttons.rejected.connect(self.reject)
        # Close is the default: a stray Enter only closes the message.
        self._buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self._text)
        layout.addWidget(self._where)
        layout.addWidget(self.show_details, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.details, 1)
        layout.addWidget(self._buttons)
        self.retranslate()

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())
        self.copy.setText(self.tr("Copied"))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Something went wrong"))
        self._text.setText(self.tr(
            "Something went wrong. Your saved work is safe; the action you were doing may not "
            "have been saved.\n\nYou can go on working. If this happens again, tell whoever "
            "supports the program and give them the details: they contain no names or numbers "
            "of people."))
        self._where.setText(self.tr("The program's log is in {file}").format(
            file=self._log_file) if self._log_file else "")
        self._where.setVisible(self._log_file is not None)
        self.show_details.setText(self.tr("&Details"))
        self.copy.setText(self.tr("&Copy details"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class _Reporter(QObject):
    """Carries an error from any thread to the GUI thread, where it can be shown."""

    raised = Signal(object)


_reporter: _Reporter | None = None
_log_file: Path | None = None
_open: set[QDialog] = set()  # a dialog without a parent lives only as long as a reference


def _keep(dialog: QDialog) -> None:
    _open.add(dialog)
    dialog.finished.connect(lambda _result: _open.discard(dialog))


def install(folder: Path) -> None:
    """Log and show every unhandled exception instead of leaving the program in silence."""
    global _reporter, _log_file
    try:
        log_to(folder / LOG_FILE.parent)  # open_app may not get as far as setting it up
        _log_file = folder / LOG_FILE
    except OSError:  # an unusable data folder: show_startup_failure will say so
        _log_file = None
        # ...and Python's last-resort handler must not print the stack to the console instead.
        logging.getLogger("kelisim").addHandler(logging.NullHandler())
    _reporter = _Reporter()  # made here, in the GUI thread, so its slot runs there
    _reporter.raised.connect(report, Qt.ConnectionType.QueuedConnection)
    sys.excepthook = _hook
    threading.excepthook = _thread_hook


def _hook(kind: type[BaseException], error: BaseException,
          traceback: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, traceback)
        return
    if error.__traceback__ is None:
        error.__traceback__ = traceback
    if _reporter is not None and threading.current_thread() is not threading.main_thread():
        _reporter.raised.emit(error)
    else:
        report(error)


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is not None:
        _hook(args.exc_type, args.exc_value, args.exc_traceback)


def report(error: BaseException) -> None:
    """Log `error` and tell the user about it in the active window, without blocking."""
    parent = _lasting_window()
    info = (type(error), error, error.__traceback__)
    if isinstance(error, DomainError):
        # A refusal nobody caught: the user is told why, as anywhere else; the stack is a bug.
        log.warning("a refusal was not caught", exc_info=info)
        _keep(show_refusal(parent, error))
        return
    log.error("unhandled error", exc_info=info)
    dialog = ErrorDialog(error, _log_file, parent)
    _keep(dialog)
    dialog.open()


def _lasting_window() -> QWidget | None:
    """The active window, unless it is a message box, which closes and may take its children
    with it (an error raised by a confirmation's Yes): then the window under it."""
    window = QApplication.activeWindow()
    while isinstance(window, QMessageBox):
        window = window.parentWidget().window() if window.parentWidget() else None
    return window


def show_startup_failure(folder: Path, error: Exception, interactive: bool = True) -> None:
    """Say why the data folder could not be opened; waits until the user closes the message.

    Not `interactive` (a start-up check with --show-and-exit): the reason goes to stderr, since
    nobody may be there to close a window.
    """
    if isinstance(error, DomainError):  # a newer schema, a damaged database...
        log.warning("the data folder was refused", exc_info=error)
        text = QCoreApplication.translate(
            "Errors", "The data in {folder} cannot be opened:\n{reason}").format(
            folder=folder, reason=message(error.args[0]))
    elif isinstance(error, OSError):
        log.warning("the data folder cannot be used", exc_info=error)
        text = QCoreApplication.translate(
            "Errors", "Kelisim cannot use the data folder {folder}. Check that the disk is "
            "there and that you may write to the folder.").format(folder=folder)
    else:
        log.error("the data folder could not be opened", exc_info=error)
        log_file = folder / LOG_FILE
        if interactive:
            ErrorDialog(error, log_file if log_file.is_file() else None).exec()
        else:
            print(f"kelisim: internal error; details are in {log_file}", file=sys.stderr)
        return
    if not interactive:
        print(f"kelisim: {text}", file=sys.stderr)
        return
    box = QMessageBox(QMessageBox.Icon.Critical,
                      QCoreApplication.translate("Errors", "Kelisim cannot start"), text,
                      QMessageBox.StandardButton.Close)
    box.exec()
