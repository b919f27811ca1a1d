"""The case editor: one dialog to register a case, edit it and take it through its steps.

Panel interface: each tab is a panel with `changed` (an edit that Save stores), `step_done(case)`
(a lifecycle step stored the case), `load(case)`, `apply(draft)` (write its fields into a draft),
`show_problems({path: reason})` (show its own, clear the others), `set_dirty(bool)` (lifecycle
steps wait while edits are unsaved) and `retranslate()`.

On every edit the editor builds a draft from all panels and checks it with the core's
`validate_case`, so a problem is shown beside its field while typing, and Save says why it is
disabled. Saving is one transaction of the services; on a refusal the edits stay on screen.
"""

from __future__ import annotations

import re
from copy import deepcopy
from datetime import date
from uuid import UUID

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.app import App
from desktop.core.case import Case, Referral, Stage, validate_case
from desktop.core.errors import DomainError, ValidationError
from desktop.core.lifecycle import Step, step_problems
from desktop.core.messages import problem
from desktop.core.party import Party, PartyRole
from desktop.ui import labels
from desktop.ui.form import (
    FieldRow,
    amount_edit,
    amount_for_draft,
    date_edit,
    field_label,
    fit,
    form_layout,
    format_amount,
    format_day,
    from_qdate,
    parse_amount,
    text_edit,
    to_qdate,
)
from desktop.ui.i18n import message
from desktop.ui.labels import word
from desktop.ui.mediation_panel import MediationPanel
from desktop.ui.outcome_panel import OutcomePanel
from desktop.ui.party_panel import PartyPanel
from desktop.ui.printed_documents import PrintedDocuments
from desktop.ui.steps import confirm, show_refusal
from desktop.ui.unsaved import ask_save, may_close


class RegistrationPanel(QWidget):
    """The "Case" tab: what was brought to the office, when, and by whom it was referred."""

    changed = Signal()
    step_done = Signal(object)  # never: registration is saved with the case

    def __init__(self, kelisim: App, parent: QWidget | None = None):
        super().__init__(parent)
        self._app = kelisim
        self._problems: dict[str, str] = {}
        self._loading = False
        today = kelisim.office.today()
        self.reg_date = date_edit(latest=today)
        self.category = QComboBox()
        for category in kelisim.reference.categories.terms:
            self.category.addItem("", category.key)
        self.referral = QComboBox()
        for referral in Referral:
            self.referral.addItem("", referral)
        self.stage = QComboBox()
        for stage in Stage:
            self.stage.addItem("", stage)
        self.subject = text_edit()
        self.claim_amount = amount_edit()
        self.notes = text_edit()
        self.rows = {name: FieldRow(widget) for name, widget in (
            ("reg_date", self.reg_date), ("category", self.category),
            ("referral", self.referral), ("stage", self.stage), ("subject", self.subject),
            ("claim_amount", self.claim_amount), ("notes", self.notes))}
        self.labels = {name: field_label(row.field) for name, row in self.rows.items()}
        form = form_layout()
        for name, row in self.rows.items():
            form.addRow(self.labels[name], row)
        inner = QWidget()
        inner.setLayout(form)
        scroll = QScrollArea()  # a long subject or large type can make the form taller
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        for signal in (self.reg_date.dateChanged, self.category.currentIndexChanged,
                       self.referral.currentIndexChanged, self.stage.currentIndexChanged,
                       self.subject.textChanged, self.claim_amount.textChanged,
                       self.notes.textChanged):
            signal.connect(self._on_edit)
        self.retranslate()

    def load(self, case: Case) -> None:
        self._loading = True
        try:
            if case.version:  # the case's number is of its year: the date stays in it
                year = case.reg_date.year
                self.reg_date.setDateRange(
                    to_qdate(date(year, 1, 1)),
                    to_qdate(min(self._app.office.today(), date(year, 12, 31))))
            self.reg_date.setDate(to_qdate(case.reg_date))
            index = self.category.findData(case.category)
            if index < 0 and case.category:  # stored under a category the rules no longer have
                self.category.addItem(case.category, case.category)
                index = self.category.count() - 1
            self.category.setCurrentIndex(index)
            self.referral.setCurrentIndex(self.referral.findData(case.referral))
            self.stage.setCurrentIndex(self.stage.findData(case.stage))
            self.subject.setPlainText(case.subject)
            self.claim_amount.setText(format_amount(case.claim_amount))
            self.notes.setPlainText(case.notes)
        finally:
            self._loading = False

    def apply(self, draft: Case) -> None:
        draft.reg_date = from_qdate(self.reg_date.date())
        draft.category = self.category.currentData() or ""
        draft.referral = Referral(self.referral.currentData())
        draft.stage = Stage(self.stage.currentData())
        draft.subject = self.subject.toPlainText().strip()
        draft.claim_amount = amount_for_draft(self.claim_amount.text())
        draft.notes = self.notes.toPlainText().strip()

    def show_problems(self, problems: dict[str, str]) -> None:
        self._problems = problems
        for name, row in self.rows.items():
            reason = problems.get(name)
            if name == "claim_amount":  # how it is misspelt says more than the core's range
                reason = parse_amount(self.claim_amount.text())[1] or reason
            row.problem.set_problem(reason)

    def set_dirty(self, dirty: bool) -> None:
        """Nothing here waits for a save: registration is stored with the case itself."""

    def _on_edit(self) -> None:
        if not self._loading:
            self.changed.emit()

    def retranslate(self) -> None:
        texts = {
            "reg_date": self.tr("Registration &date"),
            "category": self.tr("&Category"),
            "referral": self.tr("&Referred by"),
            "stage": self.tr("Sta&ge"),
            "subject": self.tr("S&ubject of the dispute"),
            "claim_amount": self.tr("Claim amou&nt, tenge (if any)"),
            "notes": self.tr("N&otes"),
        }
        for name, text in texts.items():
            self.labels[name].setText(text)
            self.rows[name].field.setAccessibleName(text.replace("&", ""))
        self.category.setPlaceholderText(self.tr("Choose a category"))
        for i in range(self.category.count()):
            self.category.setItemText(
                i, labels.term(self._app.reference.categories, self.category.itemData(i)))
        for i in range(self.referral.count()):
            self.referral.setItemText(i, labels.referral(self.referral.itemData(i)))
        for i in range(self.stage.count()):
            self.stage.setItemText(i, labels.stage(self.stage.itemData(i)))
        self.show_problems(self._problems)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


_PATH = re.compile(r"(?P<top>\w+)(?:\[(?P<index>\d+)\])?(?:\.(?P<field>\w+))?")


def field_name(path: str, draft: Case) -> str:
    """A problem's field path ("parties[1].identifier") in words ("Party 2, IIN")."""
    found = _PATH.fullmatch(path)
    if found is None:
        return path
    top, index, field = found["top"], found["index"], found["field"]
    if index is None:
        names = {
            "reg_date": word("Registration date"), "category": word("Category"),
            "referral": word("Referred by"), "stage": word("Stage"),
            "subject": word("Subject of the dispute"), "claim_amount": word("Claim amount"),
            "notes": word("Notes"), "parties": word("Parties"), "mediators": word("Mediators"),
            "contract_date": word("Agreement to mediate"), "deadline": word("Deadline"),
            "outcome": word("Outcome"), "closed_date": word("Closing date"),
            "obligations": word("Agreed terms"), "sessions": word("Sessions"),
        }
        return names.get(top, path)
    number = int(index) + 1
    if top == "parties":
        kind = draft.parties[int(index)].kind if int(index) < len(draft.parties) else None
        item = word("Party {number}").format(number=number)
        fields = {
            "name": word("Name"), "identifier": labels.identifier_name(kind) if kind else "",
            "address": word("Address"), "phone": word("Phone"),
            "representative": word("Representative"),
            "representative_basis": word("Basis of representation"),
        }
    elif top == "sessions":
        item = word("Session {number}").format(number=number)
        fields = {"held_on": word("Date"), "place": word("Place"), "notes": word("Notes"),
                  "attended": word("Who came")}
    elif top == "obligations":
        item = word("Agreed term {number}").format(number=number)
        fields = {"description": word("What was agreed"), "debtor": word("Who owes"),
                  "creditor": word("To whom"), "amount": word("Sum"), "due_date": word("Due date"),
                  "fulfilled_on": word("Date fulfilled")}
    else:
        return path
    name = fields.get(field or "")
    return word("{item}, {field}").format(item=item, field=name) if name else item


def problem_lines(problems: dict[str, str], draft: Case) -> list[str]:
    """Each problem as "Field: reason", in the current language."""
    return [word("{field}: {reason}").format(field=field_name(path, draft), reason=message(reason))
            for path, reason in problems.items()]


class CaseEditor(QDialog):
    """Registers a new case (case_id None) or edits a stored one; see the module's doc."""

    saved = Signal(object)  # the case's UUID, once it is stored (saved, registered, a step)
    deleted = Signal(object)  # the case's UUID, once it is deleted

    def __init__(self, kelisim: App, case_id: UUID | None, parent: QWidget | None = None):
        # Read first: a case deleted meanwhile raises before any half-built dialog exists.
        stored = kelisim.cases.get(case_id) if case_id else None
        super().__init__(parent)
        self._app = kelisim
        self._dirty = False
        self._loading = False
        self._problems: dict[str, str] = {}
        self._case = stored or self._new_case()
        self.setSizeGripEnabled(True)

        self.header = QLabel()
        self.header.setWordWrap(True)
        self.note = QLabel()  # why some tabs are closed for a new case
        self.note.setWordWrap(True)
        self.registration = RegistrationPanel(kelisim)
        self.parties = PartyPanel(kelisim)
        self.mediation = MediationPanel(kelisim)
        self.outcome = OutcomePanel(kelisim)
        self.panels = (self.registration, self.parties, self.mediation, self.outcome)
        self.tabs = QTabWidget()
        for panel in self.panels:
            self.tabs.addTab(panel, "")
            panel.changed.connect(self._on_changed)
            panel.step_done.connect(self._on_step_done)
        self.printed = PrintedDocuments(kelisim)
        self.summary = QLabel()  # why Save is disabled, or whether all is saved
        self.summary.setWordWrap(True)
        self.delete_button = QPushButton()
        self.print_button = QPushButton()
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.save_button = QPushButton()
        self.save_button.setDefault(True)
        self.close_button = QPushButton()
        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.note)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.printed)
        layout.addLayout(buttons)
        self.save_button.clicked.connect(self.save)
        self.print_button.clicked.connect(self.print_case)
        self.close_button.clicked.connect(self.reject)
        self.delete_button.clicked.connect(self.ask_delete)

        fit(self, columns=100, lines=40)
        self._load(self._case)

    # --- what is shown -------------------------------------------------------------------

    @property
    def case(self) -> Case:
        """The case as last loaded (stored, or the new draft before registration)."""
        return self._case

    @property
    def is_dirty(self) -> bool:
        return self._dirty

    @property
    def problems(self) -> dict[str, str]:
        """What stops the current edits from being saved, by field path."""
        return dict(self._problems)

    def _new_case(self) -> Case:
        return Case(reg_date=self._app.office.today(), category="", subject="",
                    parties=[Party("", PartyRole.APPLICANT), Party("", PartyRole.OTHER_PARTY)])

    def _is_new(self) -> bool:
        return self._case.version == 0

    def _load(self, case: Case) -> None:
        self._case = case
        self._loading = True
        try:
            for panel in self.panels:
                panel.load(case)
        finally:
            self._loading = False
        self._set_dirty(False)
        stored = not self._is_new()
        for panel in (self.mediation, self.outcome):
            self.tabs.setTabEnabled(self.tabs.indexOf(panel), stored)
        self.note.setVisible(not stored)
        self.printed.load(case.id if stored else None)
        offered = step_problems(case, self._app.reference.deadline, self._app.office.today())
        self.delete_button.setVisible(stored and Step.DELETE in offered)
        self.retranslate()

    def _draft(self) -> Case:
        draft = deepcopy(self._case)
        for panel in self.panels:
            panel.apply(draft)
        return draft

    def _check(self, draft: Case) -> dict[str, str]:
        problems: dict[str, str] = {}
        if draft.reg_date > self._app.office.today():
            problems["reg_date"] = problem("is after today")
        try:
            validate_case(draft, self._app.reference)
        except ValidationError as error:
            problems.update(error.problems)
        if not draft.category:  # the core calls it an unknown category: say what to do
            problems["category"] = problem("choose a category from the list")
        return problems

    def _validate(self) -> None:
        draft = self._draft()
        self._problems = self._check(draft)
        for panel in self.panels:
            panel.show_problems(self._problems)
        self._show_summary(draft)

    def _show_summary(self, draft: Case) -> None:
        lines = problem_lines(self._problems, draft)
        if lines:
            more = len(lines) - 1
            text = (self.tr("Cannot save yet: {problem} (and %n more)", "", more) if more
                    else self.tr("Cannot save yet: {problem}")).format(problem=lines[0])
        elif self._dirty or self._is_new():
            text = self.tr("The changes are not saved yet.")
        else:
            text = self.tr("Everything is saved.")
        self.summary.setText(text)
        self.summary.setToolTip("\n".join(lines))
        self.save_button.setToolTip("\n".join(lines))
        self.save_button.setAccessibleDescription(text)
        self.save_button.setEnabled(not lines and (self._dirty or self._is_new()))

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        self.setWindowModified(dirty)
        for panel in self.panels:
            panel.set_dirty(dirty)
        self._show_print()

    def _show_print(self) -> None:
        """Papers are drawn from the stored case: unsaved edits would not be on them."""
        why = (self.tr("Save the case first") if self._is_new()
               else word("Save your changes first") if self._dirty else "")
        self.print_button.setEnabled(not why)
        shortcut = self.print_button.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.print_button.setToolTip(why or self.tr("Print a paper of this case ({shortcut})")
                                     .format(shortcut=shortcut))

    def _on_changed(self) -> None:
        if self._loading:
            return
        if not self._dirty:
            self._set_dirty(True)
        self._validate()

    def _on_step_done(self, case: Case) -> None:
        self._load(case)
        self.saved.emit(case.id)

    # --- saving, closing, deleting -------------------------------------------------------

    def save(self) -> bool:
        """Store the edits (register a new case); False, after saying why, if they were not."""
        draft = self._draft()
        problems = self._check(draft)
        if problems:
            self._validate()
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("The case is not saved"),
                              self.tr("Correct these first:") + "\n"
                              + "\n".join(problem_lines(problems, draft)),
                              QMessageBox.StandardButton.Ok, self)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()  # not exec(): the editor stays usable, and nothing waits on the answer
            return False
        try:
            if self._is_new():
                self._app.cases.register(draft)
            else:
                self._app.cases.save(draft)
        except DomainError as error:  # stale, duplicate, refused: the edits stay on screen
            if isinstance(error, ValidationError):
                for panel in self.panels:
                    panel.show_problems(error.problems)
            show_refusal(self, error)
            return False
        self._load(self._app.cases.get(draft.id))
        self.saved.emit(draft.id)
        return True

    def print_case(self) -> QDialog | None:
        """Choose a paper of the case and preview it; a signed one printed joins the list."""
        from desktop.ui.print_dialog import CasePrintDialog  # loads PDFium: only to print

        try:
            dialog = CasePrintDialog(self._app, self._case.id, parent=self)
        except DomainError as error:  # deleted meanwhile
            show_refusal(self, error)
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.recorded.connect(lambda _printed: self.printed.load(self._case.id))
        dialog.open()
        return dialog

    def ask_unsaved(self) -> QMessageBox.StandardButton:
        return ask_save(self, self.tr("Unsaved changes"),
                        self.tr("This case has changes that are not saved. "
                                "Save them before closing?"))

    def reject(self) -> None:
        """Close (the Close button, Escape, the window's X), asking first about unsaved edits."""
        if may_close(self._dirty, self.ask_unsaved, self.save):
            super().reject()

    def ask_delete(self) -> QMessageBox:
        return confirm(self, self.tr("Delete case {number}").format(number=self._case.number),
                       self.tr("Delete case {number}? Do this only for a case registered by "
                               "mistake. Its number is not given again.")
                       .format(number=self._case.number),
                       self.tr("Delete the case"), self.delete_case)

    def delete_case(self) -> bool:
        try:
            self._app.cases.delete(self._case)
        except DomainError as error:
            show_refusal(self, error)
            return False
        self.deleted.emit(self._case.id)
        self.done(QDialog.DialogCode.Rejected)  # nothing is left to save: no question
        return True

    # --- language ------------------------------------------------------------------------

    def retranslate(self) -> None:
        case = self._case
        if self._is_new():
            self.setWindowTitle(self.tr("New case") + "[*]")
            self.header.setText(self.tr("New case, not registered yet: it gets its number "
                                        "when you save it."))
        else:
            self.setWindowTitle(self.tr("Case {number}").format(number=case.number) + "[*]")
            header = self.tr("Case {number} · {status}").format(
                number=case.number, status=labels.status(case.status))
            if case.deadline and case.is_open:
                header += " · " + self.tr("Deadline {day}").format(day=format_day(case.deadline))
            self.header.setText(header)
        self.note.setText(self.tr("Mediation and its outcome are filled in once the case is "
                                  "saved."))
        for panel, text in ((self.registration, self.tr("Cas&e")),
                            (self.parties, self.tr("&Parties")),
                            (self.mediation, self.tr("&Mediation")),
                            (self.outcome, self.tr("Outcome and &terms"))):
            index = self.tabs.indexOf(panel)
            self.tabs.setTabText(index, text)
            closed = not self.tabs.isTabEnabled(index)
            self.tabs.setTabToolTip(index, self.tr("Save the case first") if closed else "")
        self.save_button.setText(self.tr("&Save"))
        self.close_button.setText(self.tr("Close"))
        self.delete_button.setText(self.tr("De&lete case..."))
        self.print_button.setText(self.tr("Print…"))
        self._show_print()
        self._validate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange:  # the type size changed: grow with it
            fit(self, columns=100, lines=40)
        super().changeEvent(event)
