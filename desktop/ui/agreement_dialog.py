"""Start mediation: the day the parties signed the agreement to mediate."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from desktop.core.case import Case
from desktop.core.deadline import deadline_for
from desktop.core.reference import DeadlineRules
from desktop.ui.form import (
    accept_button,
    field_label,
    form_layout,
    format_day,
    from_qdate,
    ok_cancel,
    step_date,
)


class AgreementDialog(QDialog):
    """Asks the signing date (from registration to today) and shows where the time limit ends.

    OK emits `submitted`; whoever runs the step closes the dialog once it is stored.
    """

    submitted = Signal()

    def __init__(self, case: Case, rules: DeadlineRules, today: date,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._case = case
        self._rules = rules
        self.signed_on = step_date(case.reg_date, today, today)
        self._intro = QLabel()
        self._intro.setWordWrap(True)
        self._label = field_label(self.signed_on)
        self._limit = QLabel()
        self._limit.setWordWrap(True)
        self._buttons = ok_cancel(self.submitted, self.reject)
        form = form_layout()
        form.addRow(self._label, self.signed_on)
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        layout.addLayout(form)
        layout.addWidget(self._limit)
        layout.addStretch(1)
        layout.addWidget(self._buttons)
        self.signed_on.dateChanged.connect(self._show_limit)
        self.retranslate()

    def contract_date(self) -> date:
        return from_qdate(self.signed_on.date())

    def _show_limit(self) -> None:
        deadline = deadline_for(self.contract_date(), self._case.extensions, self._rules)
        self._limit.setText(self.tr(
            "The time limit of %n day(s) runs from this day: mediation must end by {deadline}.",
            "", self._rules.days).format(deadline=format_day(deadline)))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Start mediation — case {number}").format(
            number=self._case.number))
        self._intro.setText(self.tr(
            "Mediation starts when the parties and the mediator sign the agreement to mediate."))
        self._label.setText(self.tr("&Signed on"))
        accept_button(self._buttons).setText(
            self.tr("Start mediation"))
        self._show_limit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
