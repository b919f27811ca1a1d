"""The filter bar above the register: status, category, mediator, period."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from enum import Enum
from typing import Any

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from desktop.app import App
from desktop.core.case import OPEN_STATUSES, CaseStatus
from desktop.core.register import CaseQuery
from desktop.ui import labels
from desktop.ui.form import date_edit, to_qdate


class Period(Enum):
    ALL = "all"
    THIS_YEAR = "this_year"
    LAST_30_DAYS = "last_30_days"
    CUSTOM = "custom"


# The status choices, in the order offered; () is any status.
_STATUSES: list[tuple[CaseStatus, ...]] = [
    (), OPEN_STATUSES, (CaseStatus.REGISTERED,), (CaseStatus.IN_MEDIATION,), (CaseStatus.CLOSED,)]


class CaseFilters(QWidget):
    """Narrows the register; `changed` after any choice, `apply` puts the choices in a query."""

    changed = Signal()

    def __init__(self, kelisim: App, parent: QWidget | None = None):
        super().__init__(parent)
        self._app = kelisim
        self.status = self._combo()
        self.category = self._combo()
        self.mediator = self._combo()
        self.period = self._combo()
        today = to_qdate(kelisim.office.today())
        self.date_from = self._date_edit(today.addDays(-30))
        self.date_to = self._date_edit(today)
        self.clear = QPushButton(self)
        self.clear.clicked.connect(self.reset)
        self._status_label, self._category_label, self._mediator_label, self._period_label, \
            self._from_label, self._to_label = (QLabel(self) for _ in range(6))
        for label, buddy in [(self._status_label, self.status),
                             (self._category_label, self.category),
                             (self._mediator_label, self.mediator),
                             (self._period_label, self.period),
                             (self._from_label, self.date_from), (self._to_label, self.date_to)]:
            label.setBuddy(buddy)
        # Two rows, so that long Kazakh words in large type still fit a laptop's width.
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for col, (label, field) in enumerate([(self._status_label, self.status),
                                              (self._category_label, self.category),
                                              (self._mediator_label, self.mediator)]):
            grid.addWidget(label, 0, 2 * col)
            grid.addWidget(field, 0, 2 * col + 1)
        grid.addWidget(self._period_label, 1, 0)
        grid.addWidget(self.period, 1, 1)
        grid.addWidget(self._from_label, 1, 2)
        grid.addWidget(self.date_from, 1, 3)
        grid.addWidget(self._to_label, 1, 4)
        grid.addWidget(self.date_to, 1, 5)
        grid.addWidget(self.clear, 0, 6, 2, 1)
        for col in (1, 3, 5):
            grid.setColumnStretch(col, 1)
        self.period.currentIndexChanged.connect(self._period_chosen)
        self.retranslate()

    def _combo(self) -> QComboBox:
        combo = QComboBox(self)
        # A long name in the list must not widen the whole bar.
        combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        combo.currentIndexChanged.connect(self.changed)
        return combo

    def _date_edit(self, value: QDate) -> QDateEdit:
        edit = date_edit()
        edit.setDate(value)
        edit.setEnabled(False)
        edit.dateChanged.connect(self.changed)
        return edit

    # --- the choices -----------------------------------------------------------------------

    def apply(self, query: CaseQuery) -> CaseQuery:
        """`query` narrowed by the choices of this bar."""
        registered_from, registered_to = self._period()
        return replace(query, statuses=_STATUSES[max(self.status.currentIndex(), 0)],
                       categories=tuple(c for c in [self.category.currentData()] if c),
                       mediator_id=self.mediator.currentData(),
                       registered_from=registered_from, registered_to=registered_to)

    def _period(self) -> tuple[date | None, date | None]:
        period = self.period.currentData()
        today = self._app.office.today()
        if period is Period.THIS_YEAR:
            return date(today.year, 1, 1), None
        if period is Period.LAST_30_DAYS:
            return today - timedelta(days=30), None
        if period is Period.CUSTOM:
            return self.date_from.date().toPython(), self.date_to.date().toPython()
        return None, None

    def _period_chosen(self) -> None:
        custom = self.period.currentData() is Period.CUSTOM
        self.date_from.setEnabled(custom)
        self.date_to.setEnabled(custom)

    def reset(self) -> None:
        """Every filter back to "All", with one re-query."""
        self.blockSignals(True)
        for combo in (self.status, self.category, self.mediator, self.period):
            combo.setCurrentIndex(0)
        self.blockSignals(False)
        self.changed.emit()

    # --- lists that change with the language or the register ------------------------------

    def reload(self) -> None:
        """Fill the category and mediator lists again, keeping what was chosen."""
        categories = self._app.reference.categories
        self._fill(self.category, [(labels.term(categories, t.key), t.key)
                                   for t in categories.terms])
        # The register comes in Kazakh alphabet order (Ә after А), which sorted() would undo.
        self._fill(self.mediator, [(m.full_name, m.id) for m in self._app.mediators.list()])

    def _fill(self, combo: QComboBox, items: list[tuple[str, Any]]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All"), None)
        for text, value in items:
            combo.addItem(text, value)
        found = combo.findData(chosen) if chosen is not None else 0
        combo.setCurrentIndex(max(found, 0))
        combo.blockSignals(False)
        if chosen is not None and found < 0:  # the chosen mediator left the register
            self.changed.emit()

    def _set_items(self, combo: QComboBox, texts: list[str], values: list[Any]) -> None:
        index = max(combo.currentIndex(), 0)
        combo.blockSignals(True)
        combo.clear()
        for text, value in zip(texts, values, strict=True):
            combo.addItem(text, value)
        combo.setCurrentIndex(index)
        combo.blockSignals(False)

    def retranslate(self) -> None:
        self._status_label.setText(self.tr("&Status:"))
        self._category_label.setText(self.tr("Cat&egory:"))
        self._mediator_label.setText(self.tr("&Mediator:"))
        self._period_label.setText(self.tr("&Period:"))
        self._from_label.setText(self.tr("&From:"))
        self._to_label.setText(self.tr("&To:"))
        self.clear.setText(self.tr("Show &all"))
        self.clear.setToolTip(self.tr("Clear every filter and show all cases"))
        self._set_items(self.status, [
            self.tr("All"), self.tr("Open"), labels.status(CaseStatus.REGISTERED),
            labels.status(CaseStatus.IN_MEDIATION), labels.status(CaseStatus.CLOSED)],
            list(range(len(_STATUSES))))
        self._set_items(self.period, [self.tr("All time"), self.tr("This year"),
                                      self.tr("Last 30 days"), self.tr("Chosen dates")],
                        list(Period))
        self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
