"""Record how an agreed term of a settled case was carried out, and when."""

from __future__ import annotations

from datetime import date
from uuid import UUID

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QVBoxLayout, QWidget

from desktop.core import lifecycle
from desktop.core.case import DATED_FULFILMENTS, Case, Fulfilment
from desktop.core.reference import ReferenceData
from desktop.ui import labels
from desktop.ui.form import (
    accept_button,
    field_label,
    form_layout,
    from_qdate,
    ok_cancel,
    reason_label,
    show_reason,
    step_date,
)
from desktop.ui.steps import explain, refusal


class FulfilmentDialog(QDialog):
    """OK emits `submitted`; whoever runs the step closes the dialog once it is stored."""

    submitted = Signal()

    def __init__(self, case: Case, obligation_id: UUID, reference: ReferenceData, today: date,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._case = case
        self._term = next(o for o in case.obligations if o.id == obligation_id)
        self._reference = reference
        self._today = today
        self._what = QLabel()
        self._what.setWordWrap(True)
        self.state = QComboBox()
        self.state.addItems(["" for _ in Fulfilment])
        self.state.setCurrentIndex(list(Fulfilment).index(self._term.fulfilment))
        self.on = step_date(case.closed_date, today, self._term.fulfilled_on or today)
        self._state_label = field_label(self.state)
        self._on_label = field_label(self.on)
        form = form_layout()
        form.addRow(self._state_label, self.state)
        form.addRow(self._on_label, self.on)
        self.reason = reason_label()
        self._buttons = ok_cancel(self.submitted, self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._what)
        layout.addLayout(form)
        layout.addWidget(self.reason)
        layout.addWidget(self._buttons)
        self.state.currentIndexChanged.connect(self._check)
        self.on.dateChanged.connect(self._check)
        self.retranslate()

    def fulfilment(self) -> Fulfilment:
        return list(Fulfilment)[self.state.currentIndex()]

    def fulfilled_on(self) -> date | None:
        """The date, for a term (partly) fulfilled; the others have none."""
        return from_qdate(self.on.date()) if self.fulfilment() in DATED_FULFILMENTS else None

    def _check(self) -> None:
        self.on.setEnabled(self.fulfilment() in DATED_FULFILMENTS)
        found = refusal(lambda: lifecycle.record_fulfilment(
            self._case, self._term.id, self.fulfilment(), self.fulfilled_on(),
            today=self._today), self._reference)
        why = explain(found, {"fulfilled_on": self._on_label.text()})
        show_reason(self.reason, self._buttons, why)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Record fulfilment — case {number}").format(
            number=self._case.number))
        debtor = self._case.party(self._term.debtor_id).name
        self._what.setText(self.tr("{debtor} owes: {what}").format(
            debtor=debtor, what=self._term.description))
        for index, value in enumerate(Fulfilment):
            self.state.setItemText(index, labels.fulfilment(value))
        self._state_label.setText(self.tr("&Fulfilment"))
        self._on_label.setText(self.tr("Fulfilled &on"))
        accept_button(self._buttons).setText(self.tr("Record"))
        self._check()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
