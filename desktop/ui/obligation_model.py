"""Agreed terms due soon or late, as a Qt table (a few rows: read all at once)."""

from __future__ import annotations

from datetime import date
from typing import Any
from uuid import UUID

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QObject, Qt

from desktop.app import App
from desktop.core.deadline import DueState
from desktop.services.due import DUE_WITHIN_DAYS, DueObligation
from desktop.ui import labels
from desktop.ui.case_model import Index, deadline_tooltip, due_decoration
from desktop.ui.form import format_day


class ObligationTableModel(QAbstractTableModel):
    """Owed terms of settled cases, read by `refresh()`; UserRole gives a row's DueObligation."""

    CASE, DEBTOR, WHAT, AMOUNT, DUE_DATE, STATE = range(6)

    def __init__(self, kelisim: App, parent: QObject | None = None):
        super().__init__(parent)
        self._app = kelisim
        self._rows: list[DueObligation] = []
        self._today = date.min
        self._headers: list[str] = []
        self.retranslate()

    def refresh(self) -> None:
        self.beginResetModel()
        self._rows = self._app.due.due_obligations(DUE_WITHIN_DAYS)
        self._today = self._app.office.today()
        self.endResetModel()

    def case_id(self, row: int) -> UUID:
        return self._rows[row].case_id

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        term = self._rows[index.row()]
        column = index.column()
        state = DueState.OVERDUE if term.overdue else DueState.DUE_SOON
        if role == Qt.ItemDataRole.UserRole:
            return term
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(term, column, state)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column in (self.DUE_DATE, self.STATE):
                return deadline_tooltip(term.due_date, self._today, state)
            if column == self.DEBTOR and term.creditor:
                return self.tr("{debtor} owes {creditor}").format(debtor=term.debtor,
                                                                   creditor=term.creditor)
            return self._text(term, column, state) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.AMOUNT:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if column == self.STATE:
            return due_decoration(state, role)
        return None

    def _text(self, term: DueObligation, column: int, state: DueState) -> str:
        if column == self.CASE:
            return term.case_number
        if column == self.DEBTOR:
            return term.debtor
        if column == self.WHAT:
            return term.description
        if column == self.AMOUNT:
            return "" if term.amount is None else QLocale().toString(float(term.amount), "f", 2)
        if column == self.DUE_DATE:
            return format_day(term.due_date)
        return self.tr("{state} — {fulfilment}").format(
            state=labels.due(state), fulfilment=labels.fulfilment(term.fulfilment))

    def retranslate(self) -> None:
        self._headers = [self.tr("Case"), self.tr("Who owes"), self.tr("What"),
                         self.tr("Amount, tenge"), self.tr("Due date"), self.tr("State")]
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._headers) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(self._headers) - 1))
