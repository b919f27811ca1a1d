"""The case editor's Mediation tab: mediators, the agreement to mediate and its time limit,
and the sessions held.

The mediators are edited like the rest of the case and stored by the editor's Save; starting
mediation, extending the time limit and recording a session are steps, each stored at once.
"""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.app import App
from desktop.core import lifecycle
from desktop.core.case import Case, CaseStatus
from desktop.core.deadline import DueState, deadline_for, due_state
from desktop.core.lifecycle import Step
from desktop.core.mediator import Mediator
from desktop.services.due import DUE_WITHIN_DAYS
from desktop.ui import labels
from desktop.ui.agreement_dialog import AgreementDialog
from desktop.ui.form import (
    ERROR_COLOUR,
    GOOD_COLOUR,
    SAMPLE_DATE,
    ProblemLabel,
    form_layout,
    format_day,
    set_up_table,
)
from desktop.ui.i18n import message
from desktop.ui.session_dialog import SessionDialog
from desktop.ui.steps import StepButton, StepTab, confirm, take_step

DUE_SOON_COLOUR = "#7a4f00"  # dark amber, readable on the light background


class MediationPanel(StepTab):
    changed = Signal()  # the mediators were edited: the editor's Save stores them

    def __init__(self, kelisim: App, parent: QWidget | None = None):
        super().__init__(kelisim, parent)
        self._mediator_ids: list[UUID] = []
        self._register: dict[UUID, Mediator] = {}
        self._choices: list[UUID] = []  # the mediators offered by `choice`, in its order

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self._mediators_group())
        layout.addWidget(self._agreement_group())
        layout.addWidget(self._sessions_group(), 1)
        self._scroll(content)
        self._fit_to_font()
        self.retranslate()

    def _fit_to_font(self) -> None:
        # A case has one mediator or a few: room for five names, in the type size chosen.
        self.assigned.setMaximumHeight(self.assigned.fontMetrics().lineSpacing() * 6)

    def _mediators_group(self) -> QGroupBox:
        self._mediators_box = QGroupBox()
        self.assigned = QListWidget()
        self.assigned.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.mediators_problem = ProblemLabel(self.assigned)
        self.choice = QComboBox()  # active mediators of the register not assigned yet
        self.choice.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.add_button.clicked.connect(self._add_mediator)
        self.remove_button.clicked.connect(self._remove_mediator)
        self.assigned.itemSelectionChanged.connect(self._show_mediator_buttons)
        adding = QHBoxLayout()
        adding.addWidget(self.choice, 1)
        adding.addWidget(self.add_button)
        box = QVBoxLayout(self._mediators_box)
        box.addWidget(self.assigned)
        box.addWidget(self.mediators_problem)
        box.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
        box.addLayout(adding)
        return self._mediators_box

    def _agreement_group(self) -> QGroupBox:
        self._agreement_box = QGroupBox()
        self._not_signed = QLabel()
        self._not_signed.setWordWrap(True)
        self.signed_on = QLabel()
        self.deadline = QLabel()
        self.deadline.setWordWrap(True)
        self.extensions = QLabel()
        self._signed_label, self._deadline_label, self._extensions_label = (
            QLabel(), QLabel(), QLabel())
        self._details = QWidget()
        details = form_layout()
        details.setContentsMargins(0, 0, 0, 0)
        details.addRow(self._signed_label, self.signed_on)
        details.addRow(self._deadline_label, self.deadline)
        details.addRow(self._extensions_label, self.extensions)
        self._details.setLayout(details)
        self._contract_problem = ProblemLabel(self._details)
        self.start_step = StepButton()
        self.start_step.button.clicked.connect(self.start_mediation)
        self.extend_step = StepButton()
        self.extend_step.button.clicked.connect(self.extend_time_limit)
        box = QVBoxLayout(self._agreement_box)
        for widget in (self._not_signed, self._details, self._contract_problem, self.start_step,
                       self.extend_step):
            box.addWidget(widget)
        return self._agreement_box

    def _sessions_group(self) -> QGroupBox:
        self._sessions_box = QGroupBox()
        self.sessions = QTableWidget(0, 4)
        self.sessions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Date, place, who came, and the notes in the rest of the width, wrapped, not cut.
        set_up_table(self.sessions, (SAMPLE_DATE, 24, 30), stretch=None)
        self.sessions.setWordWrap(True)
        self.sessions.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self._sessions_problem = ProblemLabel(self.sessions)
        self.session_step = StepButton()
        self.session_step.button.clicked.connect(self.record_session)
        box = QVBoxLayout(self._sessions_box)
        box.addWidget(self.sessions, 1)
        box.addWidget(self._sessions_problem)
        box.addWidget(self.session_step)
        return self._sessions_box

    # --- the editor's interface ------------------------------------------------------------

    def load(self, case: Case) -> None:
        self._case = case
        self._mediator_ids = list(case.mediator_ids)
        self._register = {m.id: m for m in self._app.mediators.list()}
        self._today = self._app.office.today()
        self._offered = lifecycle.step_problems(case, self._app.reference.deadline, self._today)
        self._show_case()

    def apply(self, draft: Case) -> None:
        draft.mediator_ids = list(self._mediator_ids)

    def show_problems(self, problems: dict[str, str]) -> None:
        self._problems = {path: reason for path, reason in problems.items()
                          if path in ("mediators", "contract_date") or path.startswith("sessions")}
        self.mediators_problem.set_problem(self._problems.get("mediators"))
        self._contract_problem.set_problem(self._problems.get("contract_date"))
        self._sessions_problem.set_problem(self._session_problem())

    # --- mediators -------------------------------------------------------------------------

    def _add_mediator(self) -> None:
        index = self.choice.currentIndex()
        if index < 0:
            return
        self._mediator_ids.append(self._choices[index])
        self._show_mediators()
        self.changed.emit()

    def _remove_mediator(self) -> None:
        row = self.assigned.currentRow()
        if row < 0:
            return
        del self._mediator_ids[row]
        self._show_mediators()
        self.changed.emit()

    def _show_mediators(self) -> None:
        self.assigned.clear()
        for mediator_id in self._mediator_ids:
            mediator = self._register.get(mediator_id)  # None: removed by the regional centre
            self.assigned.addItem(QListWidgetItem(
                self._mediator_text(mediator) if mediator
                else self.tr("A mediator no longer in the register")))
        # Choices by index, not item data: PySide6 6.12.0 (excluded in pyproject.toml) miscounted
        # the references of a None passed through a QVariant, crashing Python 3.11.
        self._choices = [m.id for m in self._register.values()
                         if m.active and m.id not in self._mediator_ids]
        self.choice.clear()
        self.choice.addItems([self._mediator_text(self._register[i]) for i in self._choices])
        # With a placeholder text (shown when nobody is left) a combo box selects nobody itself.
        self.choice.setCurrentIndex(0 if self.choice.count() else -1)
        self.choice.setEnabled(self.choice.count() > 0)
        self._show_mediator_buttons()

    def _mediator_text(self, mediator: Mediator) -> str:
        return self.tr("{name} — {kind}").format(name=mediator.full_name,
                                                 kind=labels.mediator_kind(mediator.kind))

    def _show_mediator_buttons(self) -> None:
        self.add_button.setEnabled(self.choice.count() > 0)
        self.remove_button.setEnabled(self.assigned.currentRow() >= 0)

    # --- steps -----------------------------------------------------------------------------

    def start_mediation(self) -> AgreementDialog:
        case = self._loaded()
        dialog = AgreementDialog(case, self._app.reference.deadline, self._today, self)
        return self._open_step(dialog, lambda: self._app.cases.start_mediation(
            case.id, dialog.contract_date()))

    def extend_time_limit(self) -> QMessageBox:
        case = self._loaded()
        rules = self._app.reference.deadline
        extended = deadline_for(case.contract_date, case.extensions + 1, rules)
        text = self.tr(
            "Extend the time limit of case {number} by %n day(s), until {deadline}?\n"
            "This is extension {n} of the {allowed} the rules allow; it cannot be undone.", "",
            rules.extension_days
        ).format(number=case.number, deadline=format_day(extended), n=case.extensions + 1,
                 allowed=rules.max_extensions)
        return confirm(self, self.tr("Extend the time limit"), text, self.tr("Extend"),
                       lambda: self._stored(take_step(
                           None, self, lambda: self._app.cases.extend(case.id))))

    def record_session(self) -> SessionDialog:
        case = self._loaded()
        dialog = SessionDialog(case, self._app.reference, self._today, self)
        return self._open_step(dialog, lambda: self._app.cases.record_session(
            case.id, dialog.session()))

    def _show_steps(self) -> None:
        for step_button, step in ((self.start_step, Step.START), (self.extend_step, Step.EXTEND),
                                  (self.session_step, Step.RECORD_SESSION)):
            step_button.show_step(self._offered, step, self._dirty)

    # --- showing the case ------------------------------------------------------------------

    def _show_case(self) -> None:
        if self._case is None:
            return
        case = self._case
        self._show_mediators()
        signed = case.status is not CaseStatus.REGISTERED
        self._not_signed.setVisible(not signed)
        self._details.setVisible(signed)
        self.signed_on.setText(format_day(case.contract_date))
        self._show_deadline()
        self.extensions.setText(self.tr("{n} of {allowed}").format(
            n=case.extensions, allowed=self._app.reference.deadline.max_extensions))
        self._show_sessions()
        self._show_steps()
        self.show_problems(self._problems)

    def _show_deadline(self) -> None:
        case = self._loaded()
        deadline = case.deadline
        if deadline is None:
            self.deadline.setText("")
            return
        day = format_day(deadline)
        state = due_state(deadline, case.is_open, self._today, DUE_WITHIN_DAYS)
        if state is DueState.OVERDUE:
            text = self.tr("{date}: overdue by %n day(s)", "", (self._today - deadline).days)
        elif state is DueState.NONE:
            text = "{date}"
        elif deadline == self._today:
            text = self.tr("{date}: ends today")
        else:
            text = self.tr("{date}: %n day(s) left", "", (deadline - self._today).days)
        self.deadline.setText(text.format(date=day))
        colour = {DueState.OVERDUE: ERROR_COLOUR, DueState.DUE_SOON: DUE_SOON_COLOUR,
                  DueState.ON_TIME: GOOD_COLOUR}.get(state)
        self.deadline.setStyleSheet(f"color: {colour}; font-weight: bold;" if colour else "")

    def _show_sessions(self) -> None:
        case = self._loaded()
        self.sessions.setRowCount(len(case.sessions))
        names = {party.id: party.name for party in case.parties}
        for row, session in enumerate(sorted(case.sessions, key=lambda s: s.held_on)):
            attended = ", ".join(names[i] for i in session.attended if i in names)
            for column, text in enumerate((format_day(session.held_on), session.place,
                                           attended or self.tr("nobody recorded"),
                                           session.notes)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.sessions.setItem(row, column, item)

    def _session_problem(self) -> str | None:
        case = self._case
        for path, reason in self._problems.items():
            if path.startswith("sessions[") and case is not None:
                index = int(path[len("sessions["):path.index("]")])
                return self.tr("Session of {date}: {reason}").format(
                    date=format_day(case.sessions[index].held_on), reason=message(reason))
        return None

    def retranslate(self) -> None:
        self._mediators_box.setTitle(self.tr("Mediators of this case"))
        self.add_button.setText(self.tr("&Add mediator"))
        self.remove_button.setText(self.tr("&Remove the chosen mediator"))
        self.choice.setPlaceholderText(self.tr("No other active mediator in the register"))
        self.choice.setAccessibleName(self.tr("Mediator to add"))
        self._agreement_box.setTitle(self.tr("Agreement to mediate"))
        self._not_signed.setText(self.tr(
            "The agreement to mediate has not been signed yet. The time limit starts when it is."))
        self._signed_label.setText(self.tr("Signed on:"))
        self._deadline_label.setText(self.tr("Mediation must end by:"))
        self._extensions_label.setText(self.tr("Time limit extended:"))
        self.start_step.button.setText(self.tr("&Start mediation…"))
        self.extend_step.button.setText(self.tr("&Extend the time limit…"))
        self._sessions_box.setTitle(self.tr("Sessions"))
        self.sessions.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Place"),
                                                 self.tr("Who attended"), self.tr("Notes")])
        self.session_step.button.setText(self.tr("Record a &session…"))
        self._show_case()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange:
            self._fit_to_font()
        super().changeEvent(event)
