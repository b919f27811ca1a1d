"""The case editor's "Outcome and terms" tab: closing the case, and then how its agreed terms
are carried out.

Nothing here is edited for the editor's Save: closing and recording a fulfilment are steps,
each stored at once.
"""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.app import App
from desktop.core import lifecycle
from desktop.core.case import OWED_FULFILMENTS, SETTLING_OUTCOMES, Case, Obligation
from desktop.core.deadline import DueState, due_state
from desktop.core.lifecycle import Step
from desktop.services.due import DUE_WITHIN_DAYS
from desktop.ui import labels
from desktop.ui.case_model import due_decoration
from desktop.ui.closing_dialog import ClosingDialog
from desktop.ui.form import (
    SAMPLE_DATE,
    ProblemLabel,
    form_layout,
    format_amount,
    format_day,
    set_up_table,
)
from desktop.ui.fulfilment_dialog import FulfilmentDialog
from desktop.ui.steps import StepButton, StepTab

_DECORATIONS = (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole,
                Qt.ItemDataRole.DecorationRole)


class OutcomePanel(StepTab):
    changed = Signal()  # never emitted: nothing here waits for Save (kept for the editor)

    def __init__(self, kelisim: App, parent: QWidget | None = None):
        super().__init__(kelisim, parent)

        self._open_box = QGroupBox()
        self._open_text = QLabel()
        self._open_text.setWordWrap(True)
        self.close_step = StepButton()
        self.close_step.button.clicked.connect(self.close_case)
        box = QVBoxLayout(self._open_box)
        box.addWidget(self._open_text)
        box.addWidget(self.close_step)

        self._closed_box = QGroupBox()
        self.outcome = QLabel()
        self.closed_on = QLabel()
        self._outcome_label, self._closed_label = QLabel(), QLabel()
        closed = form_layout()
        closed.addRow(self._outcome_label, self.outcome)
        closed.addRow(self._closed_label, self.closed_on)
        self._closed_box.setLayout(closed)
        self._problem = ProblemLabel(self._closed_box)

        self._terms_box = QGroupBox()
        self.terms = QTableWidget(0, 5)
        self.terms.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.terms.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Who owes whom, what (the rest of the width), sum, due, fulfilment; long names and terms
        # wrap onto more lines rather than being cut, even in large type.
        set_up_table(self.terms, (22, 0, "000 000 000", SAMPLE_DATE, 18), stretch=1)
        self.terms.setWordWrap(True)
        self.terms.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.terms.itemSelectionChanged.connect(self._show_steps)
        self.terms.itemActivated.connect(lambda _item: self._fulfil_if_enabled())
        self.fulfilment_step = StepButton()
        self.fulfilment_step.button.clicked.connect(self.record_fulfilment)
        box = QVBoxLayout(self._terms_box)
        box.addWidget(self.terms, 1)
        box.addWidget(self.fulfilment_step)

        content = QWidget()
        layout = QVBoxLayout(content)
        for widget in (self._open_box, self._closed_box, self._problem):
            layout.addWidget(widget)
        layout.addWidget(self._terms_box, 1)
        layout.addStretch(0)
        self._scroll(content)
        self.retranslate()

    # --- the editor's interface ------------------------------------------------------------

    def load(self, case: Case) -> None:
        self._case = case
        self._today = self._app.office.today()
        self._offered = lifecycle.step_problems(case, self._app.reference.deadline, self._today)
        self._show_case()

    def apply(self, draft: Case) -> None:
        """Nothing to write: the outcome and its terms change only through the steps."""

    def show_problems(self, problems: dict[str, str]) -> None:
        self._problems = {path: reason for path, reason in problems.items()
                          if path in ("outcome", "closed_date")
                          or path.startswith("obligations")}
        self._problem.set_problem(next(iter(self._problems.values()), None))

    # --- steps -----------------------------------------------------------------------------

    def close_case(self) -> ClosingDialog:
        case = self._loaded()
        dialog = ClosingDialog(case, self._app.reference, self._today, self)
        return self._open_step(dialog, lambda: self._app.cases.close(
            case.id, dialog.chosen_outcome(), dialog.closed_date(), dialog.obligations()))

    def record_fulfilment(self) -> FulfilmentDialog:
        case = self._loaded()
        term_id = self.selected_term()
        assert term_id is not None, "the button is disabled until a term is chosen"
        dialog = FulfilmentDialog(case, term_id, self._app.reference, self._today, self)
        return self._open_step(dialog, lambda: self._app.cases.record_fulfilment(
            case.id, term_id, dialog.fulfilment(), dialog.fulfilled_on()))

    def selected_term(self) -> UUID | None:
        rows = self.terms.selectionModel().selectedRows()
        if not rows:
            return None
        return self.terms.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)

    def _fulfil_if_enabled(self) -> None:
        if self.fulfilment_step.isVisibleTo(self) and self.fulfilment_step.button.isEnabled():
            self.record_fulfilment()

    def _show_steps(self) -> None:
        self.close_step.show_step(self._offered, Step.CLOSE, self._dirty)
        unchosen = None if self.selected_term() else self.tr("Choose a term in the table first")
        self.fulfilment_step.show_step(self._offered, Step.RECORD_FULFILMENT, self._dirty,
                                       unchosen)

    # --- showing the case ------------------------------------------------------------------

    def _show_case(self) -> None:
        if self._case is None:
            return
        case = self._case
        self._open_box.setVisible(case.is_open)
        self._closed_box.setVisible(not case.is_open)
        if case.outcome is not None:
            self.outcome.setText(labels.outcome(case.outcome))
        self.closed_on.setText(format_day(case.closed_date))
        self._terms_box.setVisible(case.outcome in SETTLING_OUTCOMES and bool(case.obligations))
        self._show_terms()
        self._show_steps()
        self.show_problems(self._problems)

    def _show_terms(self) -> None:
        case = self._loaded()
        chosen = self.selected_term()
        self.terms.setRowCount(len(case.obligations))
        for row, term in enumerate(case.obligations):
            state = due_state(term.due_date, term.fulfilment in OWED_FULFILMENTS, self._today,
                              DUE_WITHIN_DAYS)
            for column, text in enumerate(self._term_texts(case, term, state)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column == 3:  # the due date: late or near in colour, icon and words
                    for role in _DECORATIONS:
                        if (decoration := due_decoration(state, role)) is not None:
                            item.setData(role, decoration)  # never None: see closing_dialog
                if column == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.terms.setItem(row, column, item)
            self.terms.item(row, 0).setData(Qt.ItemDataRole.UserRole, term.id)
            if term.id == chosen:
                self.terms.selectRow(row)

    def _term_texts(self, case: Case, term: Obligation, state: DueState) -> list[str]:
        due = format_day(term.due_date)
        if state in (DueState.DUE_SOON, DueState.OVERDUE):
            due = self.tr("{date}: {state}").format(date=due, state=labels.due(state))
        parties = case.party(term.debtor_id).name
        if term.creditor_id:
            parties += " → " + case.party(term.creditor_id).name
        fulfilment = labels.fulfilment(term.fulfilment)
        if term.fulfilled_on:
            fulfilment += ", " + format_day(term.fulfilled_on)
        return [parties, term.description, format_amount(term.amount), due, fulfilment]

    def retranslate(self) -> None:
        self._open_box.setTitle(self.tr("Outcome"))
        self._open_text.setText(self.tr(
            "The case is open. When mediation ends, close the case with its outcome; for a "
            "settlement, write down the terms the parties agreed."))
        self.close_step.button.setText(self.tr("&Close the case…"))
        self._closed_box.setTitle(self.tr("Outcome"))
        self._outcome_label.setText(self.tr("Outcome:"))
        self._closed_label.setText(self.tr("Closed on:"))
        self._terms_box.setTitle(self.tr("Agreed terms and their fulfilment"))
        self.terms.setHorizontalHeaderLabels([
            self.tr("Who owes → to whom"), self.tr("What"), self.tr("Amount, tenge"),
            self.tr("Due by"), self.tr("Fulfilment")])
        self.fulfilment_step.button.setText(self.tr("Record &fulfilment…"))
        self._show_case()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
