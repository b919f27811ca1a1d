"""Record a mediation session: when, where, which parties came, what happened."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QGroupBox,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core import lifecycle
from desktop.core.case import Case, Session
from desktop.core.reference import ReferenceData
from desktop.ui import labels
from desktop.ui.form import (
    accept_button,
    field_label,
    fit,
    form_layout,
    from_qdate,
    ok_cancel,
    reason_label,
    show_reason,
    step_date,
    text_edit,
)
from desktop.ui.steps import explain, refusal


class SessionDialog(QDialog):
    """OK is enabled once the core would take the session, else the reason is shown beside it.

    OK emits `submitted`; whoever runs the step closes the dialog once it is stored.
    """

    submitted = Signal()

    def __init__(self, case: Case, reference: ReferenceData, today: date,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._case = case
        self._reference = reference
        self._today = today
        self.held_on = step_date(case.reg_date, today, today)
        self.place = QLineEdit()
        self.notes = text_edit()
        self._attendance = QGroupBox()
        self.attended = [QCheckBox(self._attendance) for _ in case.parties]
        box = QVBoxLayout(self._attendance)
        for check in self.attended:
            box.addWidget(check)
        self._date_label = field_label(self.held_on)
        self._place_label = field_label(self.place)
        self._notes_label = field_label(self.notes)
        form = form_layout()
        form.addRow(self._date_label, self.held_on)
        form.addRow(self._place_label, self.place)
        form.addRow(self._attendance)
        form.addRow(self._notes_label, self.notes)
        self.reason = reason_label()
        self._buttons = ok_cancel(self.submitted, self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.reason)
        layout.addWidget(self._buttons)
        self.held_on.dateChanged.connect(self._check)
        self.place.textChanged.connect(self._check)
        self.notes.textChanged.connect(self._check)
        self.retranslate()
        fit(self, columns=80, lines=24)

    def session(self) -> Session:
        attended = tuple(party.id for party, check in zip(self._case.parties, self.attended,
                                                          strict=True) if check.isChecked())
        return Session(held_on=from_qdate(self.held_on.date()), place=self.place.text().strip(),
                       attended=attended, notes=self.notes.toPlainText().strip())

    def _check(self) -> None:
        found = refusal(lambda: lifecycle.record_session(self._case, self.session(),
                                                         today=self._today), self._reference)
        why = explain(found, {"held_on": self._date_label.text(),
                              "place": self._place_label.text(),
                              "notes": self._notes_label.text()})
        show_reason(self.reason, self._buttons, why)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Record a session — case {number}").format(
            number=self._case.number))
        self._date_label.setText(self.tr("&Date"))
        self._place_label.setText(self.tr("&Place"))
        self._attendance.setTitle(self.tr("Who attended"))
        for party, check in zip(self._case.parties, self.attended, strict=True):
            check.setText(self.tr("{name} ({role})").format(
                name=party.name, role=labels.party_role(party.role)))
        self._notes_label.setText(self.tr("&Notes: what was discussed or agreed"))
        accept_button(self._buttons).setText(
            self.tr("Record the session"))
        self._check()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
