"""What the office's tables share: rows held in a list, under column headers in the language
of the moment."""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")


class RowTableModel(QAbstractTableModel, Generic[Row]):
    """A flat table of `_rows`; UserRole gives a row itself, `_cell` the rest of what is shown.

    A subclass names its columns in its own `retranslate` (through `set_headers`): Qt looks up
    a translation by the class that asks, so the base must not ask for the subclass.
    """

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[Row] = []
        self._headers: list[str] = []

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
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return row
        return self._cell(row, index.column(), role)

    def _cell(self, row: Row, column: int, role: int) -> Any:
        """What `column` of `row` shows in `role`; None for nothing."""
        raise NotImplementedError

    def set_headers(self, headers: list[str]) -> None:
        """Name the columns (again: the language changed) and have every cell read again."""
        self._headers = headers
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._headers) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(self._headers) - 1))
