"""Closing a window that has changes not saved yet: ask Save, Discard or Cancel first."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

Answer = QMessageBox.StandardButton


def ask_save(parent: QWidget, title: str, text: str) -> Answer:
    """Save, Discard or Cancel: Qt's own buttons, so Qt's translation names them."""
    buttons = Answer.Save | Answer.Discard | Answer.Cancel
    return QMessageBox.question(parent, title, text, buttons, Answer.Save)


def may_close(dirty: bool, ask: Callable[[], Answer], save: Callable[[], bool]) -> bool:
    """Whether the window may close: nothing to lose, the changes discarded, or saved by
    `save` (False when it refused them, and the window stays with them on screen)."""
    if not dirty:
        return True
    answer = ask()
    if answer == Answer.Cancel:
        return False
    return answer != Answer.Save or save()
