"""An IIN or BIN typed in, with what is wrong with it said as it is typed.

Spaces and dashes (as people type and spreadsheets paste "900101 300 123") are dropped at once,
so the field holds at most the 12 characters of the number. The birth date in an IIN is never
checked: since 2013 the first digits need not be a real date.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.core.identifiers import clean_identifier, identifier_problem
from desktop.core.party import PartyKind, kind_for_identifier
from desktop.ui import labels
from desktop.ui.form import ERROR_COLOUR, GOOD_COLOUR
from desktop.ui.i18n import message

LENGTH = 12


class IdentifierField(QWidget):
    """`edit` for the number, `reason` under it; `changed` whenever the number changes."""

    changed = Signal()

    def __init__(self, kind: PartyKind = PartyKind.INDIVIDUAL, parent: QWidget | None = None):
        super().__init__(parent)
        self._kind = kind
        self._valid = False
        self.edit = QLineEdit()
        self.edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.reason)
        self.setFocusProxy(self.edit)
        self._previous = ""
        self.edit.textChanged.connect(self._on_text_changed)
        self.retranslate()

    def text(self) -> str:
        return self.edit.text()

    def set_text(self, value: str) -> None:
        self.edit.setText(value)

    @property
    def kind(self) -> PartyKind:
        return self._kind

    def set_kind(self, kind: PartyKind) -> None:
        """What is expected here: an IIN for a person, a BIN for an organisation."""
        self._kind = kind
        self.retranslate()

    def is_valid(self) -> bool:
        """A complete, valid number of the expected kind (an empty field is not)."""
        return self._valid

    def _on_text_changed(self, raw: str) -> None:
        cleaned = clean_identifier(raw)
        if len(cleaned) > LENGTH:
            # A full field takes no more (as a maximum length would); a longer paste keeps
            # its first 12 characters. A maximum length on the line edit itself would cut a
            # paste with spaces before they are dropped.
            cleaned = self._previous if len(self._previous) == LENGTH else cleaned[:LENGTH]
        if cleaned != raw:
            cursor = min(len(clean_identifier(raw[:self.edit.cursorPosition()])), len(cleaned))
            self.edit.setText(cleaned)  # comes back here once, with nothing left to clean
            self.edit.setCursorPosition(cursor)
            return
        if cleaned == self._previous:
            return
        self._previous = cleaned
        self._show_reason()
        self.changed.emit()

    def _show_reason(self) -> None:
        value = self.edit.text()
        name = labels.identifier_name(self._kind)
        self._valid = False
        if not value:
            self._say("", None)
        elif not value.isascii() or not value.isdigit():
            self._say(self.tr("{name}: digits only, please").format(name=name), ERROR_COLOUR)
        elif len(value) < LENGTH:
            # Still being typed: a quiet count, not an error.
            self._say(self.tr("{count} of 12 digits").format(count=len(value)), "")
        elif reason := identifier_problem(
                value, legal_entity=self._kind is PartyKind.LEGAL_ENTITY):
            self._say(message(reason), ERROR_COLOUR)  # the reason names the IIN or BIN itself
        elif kind_for_identifier(value) is not self._kind:
            if self._kind is PartyKind.INDIVIDUAL:
                text = self.tr("This is an organisation's BIN, not a person's IIN")
            else:
                text = self.tr("This is a person's IIN, not an organisation's BIN")
            self._say(text, ERROR_COLOUR)
        else:
            self._valid = True
            text = (self.tr("Valid BIN") if self._kind is PartyKind.LEGAL_ENTITY
                    else self.tr("Valid IIN"))
            self._say(text, GOOD_COLOUR)

    def _say(self, text: str, colour: str | None) -> None:
        """colour None: nothing to say; "": a hint, in the plain text colour and without a sign."""
        if colour == ERROR_COLOUR:
            text = f"⚠ {text}"
        elif colour == GOOD_COLOUR:
            text = f"✓ {text}"
        self.reason.setText(text)
        self.reason.setVisible(colour is not None)
        self.reason.setStyleSheet(f"color: {colour};" if colour else "")
        self.edit.setAccessibleDescription(text)

    def retranslate(self) -> None:
        self.edit.setAccessibleName(labels.identifier_name(self._kind))
        self._show_reason()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
