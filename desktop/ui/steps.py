"""Lifecycle steps in the case editor: buttons, their reasons, and running one as a transaction.

A step the case's state does not allow is hidden; one it cannot take yet is disabled with the
reason beside it in words. A step runs as its own transaction; a refusal is shown and the case
stays as it was. The dialogs of a step ask the core beforehand (`refusal`), so that their OK
button can say why it is disabled instead of failing after the click.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.app import App
from desktop.core.case import Case, validate_case
from desktop.core.errors import DomainError, TransitionError, ValidationError
from desktop.core.lifecycle import Step
from desktop.core.messages import Text
from desktop.core.reference import ReferenceData
from desktop.ui.i18n import message
from desktop.ui.labels import word

StepDialog = TypeVar("StepDialog", bound=QDialog)


def blocked_reason(offered: dict[Step, Text | None], step: Step, dirty: bool) -> str | None:
    """Why an offered step cannot be taken now, in the current language; None if it can."""
    if dirty:  # the step stores the case as stored, so unsaved edits would be in the way
        return word("Save your changes first")
    why = offered.get(step)
    return message(why) if why else None


class StepButton(QWidget):
    """A step's button with the reason beside it why it cannot be taken now."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.button = QPushButton(self)
        self.reason = QLabel(self)
        self.reason.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button)
        layout.addWidget(self.reason, 1)

    def show_step(self, offered: dict[Step, Text | None], step: Step, dirty: bool,
                  extra_reason: str | None = None) -> None:
        """Hidden when `step` is not offered; else enabled, or disabled saying why not."""
        why = blocked_reason(offered, step, dirty) or extra_reason
        self.setVisible(step in offered)
        self.button.setEnabled(why is None)
        self.reason.setText(why or "")
        self.button.setAccessibleDescription(why or "")


def refusal_text(error: DomainError) -> str:
    """Why a rule refused an action, in the user's language: each reason on a line."""
    if isinstance(error, ValidationError):
        return "\n".join(message(reason) for reason in error.problems.values())
    return message(error.args[0])


def warn(parent: QWidget, text: str) -> QMessageBox:
    """"This was not done", and why, over `parent` (not blocking; gone once closed)."""
    box = QMessageBox(QMessageBox.Icon.Warning, word("This was not done"), text,
                      QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def show_refusal(parent: QWidget, error: DomainError) -> QMessageBox:
    return warn(parent, refusal_text(error))


def take_step(dialog: QDialog | None, parent: QWidget, action: Callable[[], Case]) -> Case | None:
    """Run a step's transaction: the stored case, or None after showing why it was refused.

    A step's dialog closes only once the step is stored: on a refusal what was typed stays.
    """
    try:
        case = action()
    except DomainError as error:
        show_refusal(dialog or parent, error)
        return None
    if dialog is not None:
        dialog.accept()
    return case


class StepTab(QWidget):
    """A tab of the case editor whose steps are stored at once, each as its own transaction.

    A subclass lays its groups out in a widget given to `_scroll`, shows its step buttons in
    `_show_steps`, and after a stored step shows the case again through `load`.
    """

    step_done = Signal(object)  # a step stored the case: the new Case

    def __init__(self, kelisim: App, parent: QWidget | None = None):
        super().__init__(parent)
        self._app = kelisim
        self._case: Case | None = None
        self._offered: dict[Step, Text | None] = {}
        self._today = date.min
        self._dirty = False
        self._problems: dict[str, str] = {}

    def _scroll(self, content: QWidget) -> None:
        """`content` fills the tab, and scrolls when large type makes it taller than the tab."""
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def load(self, case: Case) -> None:
        raise NotImplementedError

    def set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        self._show_steps()

    def _show_steps(self) -> None:
        raise NotImplementedError

    def _loaded(self) -> Case:
        assert self._case is not None, "load() a case first"
        return self._case

    def _open_step(self, dialog: StepDialog, action: Callable[[], Case]) -> StepDialog:
        """Open a step's dialog (gone once closed); its `submitted` runs `action` as the step."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.submitted.connect(lambda: self._stored(take_step(dialog, self, action)))
        dialog.open()
        return dialog

    def _stored(self, case: Case | None) -> None:
        if case is not None:
            self.load(case)
            self.step_done.emit(case)


def confirm(parent: QWidget, title: str, text: str, yes: str,
            on_yes: Callable[[], object]) -> QMessageBox:
    """Ask before a step: `yes` names what will happen; Cancel is the default, so a stray Enter
    changes nothing."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton,
                      parent)
    box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.buttonClicked.connect(
        lambda button: on_yes() if box.buttonRole(button) == QMessageBox.ButtonRole.AcceptRole
        else None)
    box.open()
    return box


def refusal(step: Callable[[], Case], reference: ReferenceData) -> tuple[str, Text] | None:
    """Why the core would refuse a step: (field path, reason), path "" for the step as a whole;
    None when the step and the case it makes are fine."""
    try:
        validate_case(step(), reference)
    except TransitionError as error:
        return "", error.args[0]
    except ValidationError as error:
        return next(iter(error.problems.items()))
    return None


def explain(found: tuple[str, Text] | None, fields: dict[str, str]) -> str:
    """A refusal in words, naming the field (by the last part of its path) when it is one."""
    if found is None:
        return ""
    path, reason = found
    name = fields.get(path.rpartition(".")[2]) if path else None
    if name is None:
        return message(reason)
    return word("{field}: {reason}").format(field=name.replace("&", ""), reason=message(reason))
