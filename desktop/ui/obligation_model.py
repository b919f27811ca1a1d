"""Agreed terms due soon or late, as a Qt table read a page at a time (a busy office may
have thousands of late terms)."""

from __future__ import annotations

from datetime import date
from typing import Any
from uuid import UUID

from PySide6.QtCore import QModelIndex, QObject, Qt

from desktop.app import App
from desktop.core.deadline import DueState
from desktop.services.due import DUE_WITHIN_DAYS, DueObligation
from desktop.ui import labels
from desktop.ui.case_model import PAGE, deadline_tooltip, due_decoration
from desktop.ui.form import format_amount, format_day
from desktop.ui.table_model import Index, RowTableModel


class ObligationTableModel(RowTableModel[DueObligation]):
    """Owed terms of settled cases, read by `refresh()`; UserRole gives a row's DueObligation."""

    CASE, DEBTOR, WHAT, AMOUNT, DUE_DATE, STATE = range(6)

    def __init__(self, kelisim: App, parent: QObject | None = None):
        super().__init__(parent)
        self._app = kelisim
        self._today = date.min
        self.total = 0
        self.retranslate()

    def refresh(self) -> None:
        self.beginResetModel()
        self._today = self._app.office.today()
        self.total = self._app.due.count(DUE_WITHIN_DAYS)
        self._rows = self._app.due.due_obligations(DUE_WITHIN_DAYS, 0, PAGE)
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        more = self._app.due.due_obligations(DUE_WITHIN_DAYS, len(self._rows), PAGE)
        if not more:  # terms were fulfilled since they were counted
            self.total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._rows += more
        self.endInsertRows()

    def case_id(self, row: int) -> UUID:
        return self._rows[row].case_id

    def _cell(self, term: DueObligation, column: int, role: int) -> Any:
        state = DueState.OVERDUE if term.overdue else DueState.DUE_SOON
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
            return format_amount(term.amount)
        if column == self.DUE_DATE:
            return format_day(term.due_date)
        return self.tr("{state} — {fulfilment}").format(
            state=labels.due(state), fulfilment=labels.fulfilment(term.fulfilment))

    def retranslate(self) -> None:
        self.set_headers([self.tr("Case"), self.tr("Who owes"), self.tr("What"),
                          self.tr("Amount, tenge"), self.tr("Due date"), self.tr("State")])
