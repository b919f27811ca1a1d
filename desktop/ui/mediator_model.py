"""The mediator register as a Qt table: the mediators in the order the service gives (the Kazakh
alphabet's), filtered here; the register of an office is small enough to hold whole."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from desktop.core.mediator import Mediator
from desktop.core.party import PartyKind
from desktop.core.text import fold
from desktop.ui import labels
from desktop.ui.i18n import LANGUAGES
from desktop.ui.table_model import RowTableModel


class MediatorTableModel(RowTableModel[Mediator]):
    """Rows of the register that match the filter; UserRole gives a row's Mediator."""

    NAME, KIND, REGISTER_NUMBER, IIN, LANGUAGES, ACTIVE = range(6)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._all: list[Mediator] = []
        self._search = ""
        self._show_inactive = False
        self.retranslate()

    def set_mediators(self, mediators: list[Mediator]) -> None:
        """The whole register, in the order to show it."""
        self._all = list(mediators)
        self._apply()

    def set_filter(self, search: str, show_inactive: bool) -> None:
        """Rows whose name, register number or IIN contain `search` (Қ matches К, as typed
        without a Kazakh keyboard); mediators who no longer mediate only if `show_inactive`."""
        self._search = fold(search)
        self._show_inactive = show_inactive
        self._apply()

    def _apply(self) -> None:
        self.beginResetModel()
        self._rows = [m for m in self._all if (m.active or self._show_inactive) and (
            self._search in fold(f"{m.full_name} {m.register_number} {m.iin}"))]
        self.endResetModel()

    def mediator(self, row: int) -> Mediator:
        return self._rows[row]

    def row_of(self, mediator_id: UUID) -> int | None:
        return next((i for i, m in enumerate(self._rows) if m.id == mediator_id), None)

    def _cell(self, mediator: Mediator, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(mediator, column)
        if role == Qt.ItemDataRole.ForegroundRole and not mediator.active:
            # Greyed, and also said in words in the last column.
            return QApplication.palette().color(QPalette.ColorGroup.Disabled,
                                                QPalette.ColorRole.Text)
        return None

    def _text(self, mediator: Mediator, column: int) -> str:
        if column == self.NAME:
            return mediator.full_name
        if column == self.KIND:
            return labels.mediator_kind(mediator.kind)
        if column == self.REGISTER_NUMBER:
            return mediator.register_number
        if column == self.IIN:
            return mediator.iin
        if column == self.LANGUAGES:
            return ", ".join(LANGUAGES.get(code, code) for code in mediator.languages)
        return self.tr("Mediates") if mediator.active else self.tr("No longer mediates")

    def retranslate(self) -> None:
        self.set_headers([self.tr("Full name"), self.tr("Kind"), self.tr("Register number"),
                          labels.identifier_name(PartyKind.INDIVIDUAL), self.tr("Languages"),
                          self.tr("Status")])
