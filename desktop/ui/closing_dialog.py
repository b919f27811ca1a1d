"""Close a case: its outcome, the closing date, and for a settlement the agreed terms.

Only the outcomes the core accepts on the chosen date are offered. OK stays disabled, saying
why, until the core would close the case as given; closing cannot be undone, so OK asks first.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from uuid import UUID

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core import lifecycle
from desktop.core.case import SETTLING_OUTCOMES, Case, Obligation, Outcome
from desktop.core.party import Party, PartyRole
from desktop.core.reference import ReferenceData
from desktop.ui import labels
from desktop.ui.form import (
    ProblemLabel,
    accept_button,
    amount_edit,
    date_edit,
    field_label,
    fit,
    form_layout,
    format_day,
    from_qdate,
    ok_cancel,
    parse_amount,
    reason_label,
    show_reason,
    step_date,
    to_qdate,
)
from desktop.ui.steps import confirm, explain, refusal


class TermForm(QGroupBox):
    """One agreed term: who owes whom what, how much, by when."""

    changed = Signal()
    remove_requested = Signal(object)  # this form

    def __init__(self, parties: list[Party], due_from: date, parent: QWidget | None = None):
        super().__init__(parent)
        self._parties = parties
        self._number = 1
        self.debtor = QComboBox()
        self.creditor = QComboBox()
        self.description = QLineEdit()
        self.amount = amount_edit()
        self._amount_problem = ProblemLabel(self.amount)
        self.has_due_date = QCheckBox()
        self.due_date = date_edit()
        self.due_date.setDate(to_qdate(due_from))
        self.due_date.setEnabled(False)
        self.remove_button = QPushButton()
        self._labels = {name: field_label(widget) for name, widget in (
            ("debtor", self.debtor), ("creditor", self.creditor),
            ("description", self.description), ("amount", self.amount))}
        due = QHBoxLayout()
        due.addWidget(self.has_due_date)
        due.addWidget(self.due_date, 1)
        amount = QVBoxLayout()
        amount.addWidget(self.amount)
        amount.addWidget(self._amount_problem)
        form = form_layout()
        form.addRow(self._labels["debtor"], self.debtor)
        form.addRow(self._labels["creditor"], self.creditor)
        form.addRow(self._labels["description"], self.description)
        form.addRow(self._labels["amount"], amount)
        form.addRow(due)
        form.addRow(self.remove_button)
        self.setLayout(form)
        # Choices by index, not item data: PySide6 6.12.0 (excluded in pyproject.toml) miscounted
        # the references of a None passed through a QVariant, crashing Python 3.11.
        self._creditors: list[UUID | None] = [None, *(party.id for party in parties)]
        self.debtor.addItems(["" for _ in parties])
        self.creditor.addItems(["" for _ in self._creditors])
        # Usually the other party owes the applicant; both are shown and can be changed.
        roles = [p.role for p in parties]
        self.debtor.setCurrentIndex(roles.index(PartyRole.OTHER_PARTY))
        self.creditor.setCurrentIndex(1 + roles.index(PartyRole.APPLICANT))
        for signal in (self.debtor.currentIndexChanged, self.creditor.currentIndexChanged,
                       self.description.textChanged, self.amount.textChanged,
                       self.has_due_date.toggled, self.due_date.dateChanged):
            signal.connect(self.changed)
        self.has_due_date.toggled.connect(self.due_date.setEnabled)
        self.amount.textChanged.connect(self._show_amount_problem)
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))
        self.retranslate()

    def set_number(self, number: int) -> None:
        self._number = number
        self.setTitle(self.tr("Agreed term {n}").format(n=number))

    def amount_problem(self) -> str | None:
        return parse_amount(self.amount.text())[1]

    def obligation(self) -> Obligation:
        """The term as typed; an unreadable amount is left out (`amount_problem` says why)."""
        return Obligation(
            debtor_id=self._parties[self.debtor.currentIndex()].id,
            creditor_id=self._creditors[self.creditor.currentIndex()],
            description=self.description.text().strip(), amount=self._amount(),
            due_date=from_qdate(self.due_date.date()) if self.has_due_date.isChecked() else None)

    def field_names(self) -> dict[str, str]:
        return {name: label.text() for name, label in self._labels.items()} | {
            "due_date": self.has_due_date.text()}

    def _amount(self) -> Decimal | None:
        return parse_amount(self.amount.text())[0]

    def _show_amount_problem(self) -> None:
        self._amount_problem.set_problem(self.amount_problem())

    def retranslate(self) -> None:
        self.set_number(self._number)
        self._labels["debtor"].setText(self.tr("Who &owes"))
        self._labels["creditor"].setText(self.tr("To &whom"))
        self._labels["description"].setText(self.tr("W&hat is owed"))
        self._labels["amount"].setText(self.tr("Amount in tenge (if any)"))
        self.has_due_date.setText(self.tr("Due &by"))
        self.remove_button.setText(self.tr("Remove this term"))
        self.creditor.setItemText(0, self.tr("Nobody in particular"))
        for i, party in enumerate(self._parties):
            text = self.tr("{name} ({role})").format(name=party.name,
                                                     role=labels.party_role(party.role))
            self.debtor.setItemText(i, text)
            self.creditor.setItemText(i + 1, text)
        self._show_amount_problem()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class ClosingDialog(QDialog):
    """OK asks for confirmation, then emits `submitted`; whoever runs the step closes the
    dialog once it is stored."""

    submitted = Signal()

    def __init__(self, case: Case, reference: ReferenceData, today: date,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._case = case
        self._reference = reference
        self._today = today
        self.closed_on = step_date(case.reg_date, today, today)
        self.outcome = QComboBox()
        self._outcomes: list[Outcome] = []
        self._date_label = field_label(self.closed_on)
        self._outcome_label = field_label(self.outcome)
        form = form_layout()
        form.addRow(self._date_label, self.closed_on)
        form.addRow(self._outcome_label, self.outcome)

        self.terms: list[TermForm] = []
        self.add_term_button = QPushButton()
        self.add_term_button.clicked.connect(self.add_term)
        terms = QWidget()
        self._terms_layout = QVBoxLayout(terms)
        self._terms_layout.addWidget(self.add_term_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._terms_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(terms)
        scroll.setMinimumHeight(self.fontMetrics().lineSpacing() * 14)
        self._terms_box = QGroupBox()
        QVBoxLayout(self._terms_box).addWidget(scroll)

        self.reason = reason_label()
        self._buttons = ok_cancel(self._confirm, self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self._terms_box, 1)
        layout.addWidget(self.reason)
        layout.addWidget(self._buttons)
        self.closed_on.dateChanged.connect(self._offer_outcomes)
        self.outcome.currentIndexChanged.connect(self._check)
        self._offer_outcomes()
        self.retranslate()
        fit(self, columns=100, lines=30)  # room for several terms and long names

    def chosen_outcome(self) -> Outcome | None:
        index = self.outcome.currentIndex()
        return self._outcomes[index] if index >= 0 else None

    def choose(self, outcome: Outcome) -> None:
        self.outcome.setCurrentIndex(self._outcomes.index(outcome))

    def closed_date(self) -> date:
        return from_qdate(self.closed_on.date())

    def obligations(self) -> list[Obligation]:
        if self.chosen_outcome() not in SETTLING_OUTCOMES:
            return []  # terms typed before another outcome was chosen are not part of it
        return [term.obligation() for term in self.terms]

    def add_term(self) -> TermForm:
        term = TermForm(self._case.parties, self.closed_date())
        term.changed.connect(self._check)
        term.remove_requested.connect(self._remove_term)
        self.terms.append(term)
        self._terms_layout.insertWidget(len(self.terms) - 1, term)
        self._number_terms()
        term.description.setFocus()
        return term

    def _remove_term(self, term: TermForm) -> QMessageBox | None:
        """Remove a term; one with something typed in it only after asking."""
        if not (term.description.text().strip() or term.amount.text().strip()):
            self._drop_term(term)
            return None
        number = self.terms.index(term) + 1
        return confirm(self, self.tr("Remove an agreed term"),
                       self.tr("Remove agreed term {n} and what is typed in it?").format(n=number),
                       self.tr("Remove"), lambda: self._drop_term(term))

    def _drop_term(self, term: TermForm) -> None:
        self.terms.remove(term)
        self._terms_layout.removeWidget(term)
        term.deleteLater()
        self._number_terms()

    def _number_terms(self) -> None:
        for number, term in enumerate(self.terms, 1):
            term.set_number(number)
        self._check()

    def _offer_outcomes(self) -> None:
        """The outcomes the core accepts on the chosen date, keeping the one chosen if it is."""
        chosen = self.chosen_outcome()
        self._outcomes = lifecycle.closing_outcomes(self._case, self.closed_date())
        self.outcome.blockSignals(True)
        self.outcome.clear()
        self.outcome.addItems([labels.outcome(o) for o in self._outcomes])
        if chosen in self._outcomes:
            self.outcome.setCurrentIndex(self._outcomes.index(chosen))
        else:  # the choice is the user's: a wrong default would be confirmed in haste
            self.outcome.setCurrentIndex(0 if len(self._outcomes) == 1 else -1)
        self.outcome.blockSignals(False)
        self._check()

    def _check(self) -> None:
        why = self._why_not()
        self._terms_box.setVisible(self.chosen_outcome() in SETTLING_OUTCOMES)
        show_reason(self.reason, self._buttons, why)

    def _why_not(self) -> str:
        """Why OK is disabled, in words; "" when the core would close the case as given."""
        outcome = self.chosen_outcome()
        dated = {"closed_date": self._date_label.text()}
        if outcome is None and not self._outcomes:  # no outcome fits: the date is wrong
            return explain(refusal(lambda: lifecycle.close(
                self._case, Outcome.REFUSED, self.closed_date(), today=self._today),
                self._reference), dated)
        if outcome is None:
            return self.tr("Choose the outcome")
        for number, term in enumerate(self.terms if outcome in SETTLING_OUTCOMES else [], 1):
            if reason := term.amount_problem():
                return self.tr("Agreed term {n}: {reason}").format(
                    n=number, reason=explain(("amount", reason), term.field_names()))
        found = refusal(lambda: lifecycle.close(self._case, outcome, self.closed_date(),
                                                self.obligations(), today=self._today),
                        self._reference)
        if found and found[0].startswith("obligations["):
            index = int(found[0][len("obligations["):found[0].index("]")])
            return self.tr("Agreed term {n}: {reason}").format(
                n=index + 1, reason=explain(found, self.terms[index].field_names()))
        return explain(found, dated)

    def _confirm(self) -> None:
        outcome = self.chosen_outcome()
        assert outcome is not None, "OK is disabled until an outcome is chosen"
        text = self.tr(
            "Close case {number} as “{outcome}” on {date}?\n"
            "This cannot be undone: a closed case takes no more sessions, and its outcome stays."
        ).format(number=self._case.number, outcome=labels.outcome(outcome),
                 date=format_day(self.closed_date()))
        confirm(self, self.tr("Close the case"), text, self.tr("Close the case"),
                self.submitted.emit)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Close case {number}").format(number=self._case.number))
        self._date_label.setText(self.tr("&Closed on"))
        self._outcome_label.setText(self.tr("&Outcome"))
        self.outcome.setPlaceholderText(self.tr("Choose the outcome"))
        for index, outcome in enumerate(self._outcomes):
            self.outcome.setItemText(index, labels.outcome(outcome))
        self._terms_box.setTitle(self.tr("Agreed terms of the settlement"))
        self.add_term_button.setText(self.tr("&Add an agreed term"))
        accept_button(self._buttons).setText(
            self.tr("Close the case…"))
        self._check()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
