"""The "Due soon" page: open cases whose deadline is near or past, and agreed terms due or late."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QSplitter, QTableView, QVBoxLayout, QWidget

from desktop.app import App
from desktop.core.register import CaseQuery, SortKey
from desktop.services.due import DUE_WITHIN_DAYS
from desktop.ui.case_model import CaseTableModel, configure_view
from desktop.ui.form import SAMPLE_DATE, SAMPLE_NUMBER, set_up_table
from desktop.ui.obligation_model import ObligationTableModel
from desktop.ui.preferences import Preferences


class DueView(QWidget):
    """Double-click (or Enter, through the window's Open action) opens a row's case.

    The lists are read when the page is shown: late terms can be thousands, and a window that
    opens on the register need not wait for them.
    """

    open_case = Signal(UUID)

    def __init__(self, kelisim: App, parent: QWidget | None = None):
        super().__init__(parent)
        # Soonest (most overdue) first: what needs doing today is at the top.
        self.cases = CaseTableModel(kelisim, CaseQuery(due_within=DUE_WITHIN_DAYS,
                                                       sort=SortKey.DEADLINE, descending=False),
                                    self)
        self.terms = ObligationTableModel(kelisim, self)
        self._stale = True
        self.case_table = QTableView(self)
        self.case_table.setModel(self.cases)
        configure_view(self.case_table)
        self.term_table = QTableView(self)
        self.term_table.setModel(self.terms)
        set_up_table(self.term_table, (SAMPLE_NUMBER, 26, 0, "000 000 000", SAMPLE_DATE, 26),
                     stretch=2)  # what is owed
        self.case_label, self.term_label = QLabel(self), QLabel(self)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        for label, table in [(self.case_label, self.case_table),
                             (self.term_label, self.term_table)]:
            part = QWidget(self.splitter)
            box = QVBoxLayout(part)
            box.setContentsMargins(0, 0, 0, 0)
            box.addWidget(label)
            box.addWidget(table)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self.case_table.doubleClicked.connect(
            lambda index: self.open_case.emit(self.cases.case_id(index.row())))
        self.term_table.doubleClicked.connect(
            lambda index: self.open_case.emit(self.terms.case_id(index.row())))
        self._last_used = self.case_table
        for table in (self.case_table, self.term_table):
            table.selectionModel().currentChanged.connect(
                lambda _now, _before, table=table: self._used(table))
        self.retranslate()

    def refresh(self) -> None:
        """Read both lists again: now if the page is shown, else when it is next shown."""
        self._stale = True
        if self.isVisible():
            self._load()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._load()

    def _load(self) -> None:
        self._stale = False
        self.cases.refresh()
        self.terms.refresh()
        self._say_counts()

    def current_case_id(self) -> UUID | None:
        """The case of the row chosen in the table used last."""
        table = self._last_used
        index: QModelIndex = table.currentIndex()
        if not index.isValid():
            return None
        model = self.cases if table is self.case_table else self.terms
        return model.case_id(index.row())

    def _used(self, table: QTableView) -> None:
        self._last_used = table

    def save_state(self, preferences: Preferences) -> None:
        preferences.save_header(self.case_table.horizontalHeader(), "due_cases")
        preferences.save_header(self.term_table.horizontalHeader(), "due_terms")

    def restore_state(self, preferences: Preferences) -> None:
        preferences.restore_header(self.case_table.horizontalHeader(), "due_cases")
        preferences.restore_header(self.term_table.horizontalHeader(), "due_terms")

    def _say_counts(self) -> None:
        self.case_label.setText(
            self.tr("Cases with the deadline within %n day(s) or past: {count}", "",
                    DUE_WITHIN_DAYS).format(count=self.cases.total))
        self.term_label.setText(
            self.tr("Agreed terms due within %n day(s) or late: {count}", "", DUE_WITHIN_DAYS)
            .format(count=self.terms.total))

    def retranslate(self) -> None:
        self.cases.retranslate()
        self.terms.retranslate()
        self._say_counts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
