"""Choosing a paper to print: a case's documents, a blank form, or the office journal of a
period; each in a language of the papers, then shown in a preview to print or save.

The dialog stays open under its preview, so that another paper or language is one step away.
A signed paper printed or saved is recorded in the case's history (`recorded`).

This module loads PDFium (the preview): the windows import it only when something is printed,
so the program starts without it; ReportLab loads when the first paper is drawn.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time, timedelta
from pathlib import Path
from typing import NamedTuple
from uuid import UUID

from PySide6.QtCore import QEvent, QSettings, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.app import App
from desktop.config import APP_NAME
from desktop.core.errors import DomainError
from desktop.documents.material import (
    BLANK_KINDS,
    CASE_KINDS,
    LANGUAGE_CHOICES,
    Kind,
    Meeting,
    refusal,
)
from desktop.services.documents import Document
from desktop.ui import labels
from desktop.ui.form import (
    accept_button,
    date_edit,
    field_label,
    fit,
    form_layout,
    format_day,
    from_qdate,
    reason_label,
    to_qdate,
)
from desktop.ui.i18n import message
from desktop.ui.pdf_preview import PdfPreview
from desktop.ui.steps import refusal_text, show_refusal

OFFICIAL_LANGUAGE = "kk+ru"  # the state language beside Russian, as official papers are made
TIME_FORMAT = "HH:mm"


class PaperChoices:
    """The language and folder last chosen for papers: this user's, in the preferences' file."""

    def __init__(self, settings: QSettings | None = None):
        self._settings = settings or QSettings(QSettings.Format.IniFormat,
                                               QSettings.Scope.UserScope, APP_NAME, APP_NAME)

    @property
    def language(self) -> str:
        value = self._settings.value("papers/language", "")
        return value if value in LANGUAGE_CHOICES else OFFICIAL_LANGUAGE

    @language.setter
    def language(self, value: str) -> None:
        self._settings.setValue("papers/language", value)

    @property
    def folder(self) -> str:
        return str(self._settings.value("papers/folder", ""))

    @folder.setter
    def folder(self, value: str) -> None:
        self._settings.setValue("papers/folder", value)


def this_quarter(today: date) -> tuple[date, date]:
    first = date(today.year, (today.month - 1) // 3 * 3 + 1, 1)
    following = (date(first.year + 1, 1, 1) if first.month == 10
                 else date(first.year, first.month + 3, 1))
    return first, following - timedelta(days=1)


class Paper(NamedTuple):
    pdf: bytes
    file_name: str
    title: str
    delivered: Callable[[], None] | None = None  # once printed or saved


class PaperDialog(QDialog):
    """The language of the paper and "Preview…"; a subclass adds its fields (above or in
    `form`) and draws its paper (`_draw`). A refusal is shown on the dialog, which stays open."""

    def __init__(self, kelisim: App, choices: PaperChoices | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._app = kelisim
        self._choices = choices or PaperChoices()
        self.language = QComboBox()
        for choice in LANGUAGE_CHOICES:
            self.language.addItem("", choice)
        self.language.setCurrentIndex(LANGUAGE_CHOICES.index(self._choices.language))
        self._language_label = field_label(self.language)
        self.reason = reason_label()
        self.reason.hide()
        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self._buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self._buttons.accepted.connect(self.preview)
        self._buttons.rejected.connect(self.reject)
        self.form = form_layout()
        self.language.currentIndexChanged.connect(self._check)

    def _lay_out(self, *parts: QWidget) -> None:
        layout = QVBoxLayout(self)
        for part in parts:
            layout.addWidget(part)
        layout.addLayout(self.form)
        self.form.addRow(self._language_label, self.language)
        layout.addStretch(1)
        layout.addWidget(self.reason)
        layout.addWidget(self._buttons)
        # Only now, inside the dialog: set before, Close would take Enter as the dialog shows.
        accept_button(self._buttons).setDefault(True)
        self.retranslate()
        fit(self, columns=72, lines=8)

    def chosen_language(self) -> str:
        return self.language.currentData()

    def preview(self) -> PdfPreview | None:
        """Draw the paper and show it; None, with the reason on the dialog, if it cannot be."""
        try:
            paper = self._draw(self.chosen_language())
        except DomainError as error:
            self.reason.setText(refusal_text(error))
            self.reason.show()
            return None
        self.reason.hide()
        self._choices.language = self.chosen_language()
        preview = PdfPreview(paper.pdf, paper.file_name, paper.title, self._choices.folder,
                             self)
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        preview.saved.connect(lambda path: setattr(self._choices, "folder",
                                                   str(Path(path).parent)))
        if paper.delivered is not None:
            preview.printed.connect(paper.delivered)
            preview.saved.connect(lambda _path: paper.delivered())
        preview.open()
        return preview

    def _draw(self, language: str) -> Paper:
        raise NotImplementedError

    def _check(self) -> None:
        """Whether "Preview…" may be pressed, else why not (see `_block`)."""
        self._block("")

    def _block(self, why: str) -> None:
        self.reason.setText(why)
        self.reason.setVisible(bool(why))
        accept_button(self._buttons).setEnabled(not why)

    def retranslate(self) -> None:
        self._language_label.setText(self.tr("&Language of the paper"))
        for i, choice in enumerate(LANGUAGE_CHOICES):
            self.language.setItemText(i, labels.document_language(choice))
        accept_button(self._buttons).setText(self.tr("Pre&view…"))
        self._check()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class CasePrintDialog(PaperDialog):
    """The papers of one case: those it cannot have yet are disabled, with the reason beside."""

    recorded = Signal(object)  # a PrintedDocument: a signed paper was printed or saved

    def __init__(self, kelisim: App, case_id: UUID, choices: PaperChoices | None = None,
                 parent: QWidget | None = None):
        # Read first: a case deleted meanwhile raises before any half-built dialog exists.
        case = kelisim.cases.get(case_id)
        super().__init__(kelisim, choices, parent)
        self._case = case
        self._refusals = {kind: refusal(kind, case) for kind in CASE_KINDS}

        self._kinds_box = QGroupBox()
        self._kinds = QButtonGroup(self)
        self.kind_buttons: dict[Kind, QRadioButton] = {}
        self._why_not: dict[Kind, QLabel] = {}
        grid = QGridLayout(self._kinds_box)
        grid.setColumnStretch(1, 1)
        for row, kind in enumerate(CASE_KINDS):
            button = QRadioButton()
            why = QLabel(wordWrap=True)
            self._kinds.addButton(button)
            self.kind_buttons[kind] = button
            self._why_not[kind] = why
            grid.addWidget(button, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(why, row, 1)
            button.setEnabled(self._refusals[kind] is None)
            button.toggled.connect(self._check)
        self._signed_note = QLabel(wordWrap=True)
        grid.addWidget(self._signed_note, len(CASE_KINDS), 0, 1, 2)

        self._meeting_box = QGroupBox()
        self.meeting_date = date_edit()
        self.meeting_date.setDate(to_qdate(kelisim.office.today()))
        self.has_date = QCheckBox()
        self.meeting_time = QTimeEdit(QTime(10, 0))
        self.meeting_time.setDisplayFormat(TIME_FORMAT)
        self.has_time = QCheckBox()
        self.place = QLineEdit()
        self._place_label = field_label(self.place)
        self._meeting_note = QLabel(wordWrap=True)
        for check, edit in ((self.has_date, self.meeting_date),
                            (self.has_time, self.meeting_time)):
            edit.setEnabled(False)
            check.toggled.connect(edit.setEnabled)
        when = QHBoxLayout()
        when.addWidget(self.has_date)
        when.addWidget(self.meeting_date)
        when.addSpacing(self.fontMetrics().averageCharWidth() * 2)
        when.addWidget(self.has_time)
        when.addWidget(self.meeting_time)
        when.addStretch(1)
        meeting = form_layout()
        meeting.addRow(when)
        meeting.addRow(self._place_label, self.place)
        meeting.addRow(self._meeting_note)
        self._meeting_box.setLayout(meeting)

        self._first_choice().setChecked(True)
        self._lay_out(self._kinds_box, self._meeting_box)

    def _first_choice(self) -> QRadioButton:
        """The paper this case most likely needs now: its outcome's, or the agreement."""
        for kind in (Kind.SETTLEMENT, Kind.TERMINATION, *CASE_KINDS):
            if self._refusals[kind] is None:
                return self.kind_buttons[kind]
        return self.kind_buttons[Kind.CARD]

    def chosen_kind(self) -> Kind | None:
        return next((kind for kind, button in self.kind_buttons.items() if button.isChecked()),
                    None)

    def meeting(self) -> Meeting:
        return Meeting(
            on=from_qdate(self.meeting_date.date()) if self.has_date.isChecked() else None,
            at=time(self.meeting_time.time().hour(), self.meeting_time.time().minute())
            if self.has_time.isChecked() else None,
            place=self.place.text().strip())

    def _draw(self, language: str) -> Paper:
        kind = self.chosen_kind()
        assert kind is not None, "Preview is disabled until a paper is chosen"
        document = self._app.documents().case_document(
            kind, self._case.id, language, self.meeting() if kind is Kind.INVITATION else None)
        title = self.tr("{document}, case {number}").format(
            document=labels.document_kind(kind), number=self._case.number)
        return Paper(document.pdf, document.file_name, title, lambda: self._record(document))

    def _record(self, document: Document) -> None:
        try:
            printed = self._app.documents().record(document)
        except DomainError as error:  # the case was deleted meanwhile
            show_refusal(self, error)
            return
        if printed is not None:
            self.recorded.emit(printed)

    def _check(self) -> None:
        kind = self.chosen_kind()
        self._meeting_box.setEnabled(kind is Kind.INVITATION)  # not hidden: nothing jumps
        self._block("" if kind is not None else self.tr("Choose a paper"))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Print — case {number}").format(number=self._case.number))
        self._kinds_box.setTitle(self.tr("Paper"))
        for kind, button in self.kind_buttons.items():
            button.setText(labels.document_kind(kind))
            reason = message(self._refusals[kind]) if self._refusals[kind] else ""
            why = reason[:1].upper() + reason[1:]  # a sentence of its own beside the choice
            self._why_not[kind].setText(why)
            button.setToolTip(why)
            button.setAccessibleDescription(why)
        self._signed_note.setText(self.tr(
            "Agreements and the termination notice are signed papers: each one printed or "
            "saved is noted in the case's history."))
        self._meeting_box.setTitle(self.tr("Session the invitation calls to"))
        self.has_date.setText(self.tr("&Date"))
        self.has_time.setText(self.tr("&Time"))
        self._place_label.setText(self.tr("&Place"))
        self._meeting_note.setText(self.tr("What is left empty prints as a line to fill in by "
                                           "hand."))
        super().retranslate()


class BlankFormDialog(PaperDialog):
    """A form with empty lines, for a day when the computer cannot be used."""

    def __init__(self, kelisim: App, choices: PaperChoices | None = None,
                 parent: QWidget | None = None):
        super().__init__(kelisim, choices, parent)
        self.kind = QComboBox()
        for kind in BLANK_KINDS:
            self.kind.addItem("", kind)
        self._kind_label = field_label(self.kind)
        self.form.addRow(self._kind_label, self.kind)
        self._lay_out()

    def _draw(self, language: str) -> Paper:
        kind = Kind(self.kind.currentData())
        return Paper(self._app.documents().blank(kind, language),
                     f"{kind}_blank_{language}.pdf", labels.document_kind(kind))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Blank forms"))
        self._kind_label.setText(self.tr("&Form"))
        for i in range(self.kind.count()):
            self.kind.setItemText(i, labels.document_kind(self.kind.itemData(i)))
        super().retranslate()


class JournalDialog(PaperDialog):
    """The office journal: the cases registered in a period (this quarter unless changed)."""

    def __init__(self, kelisim: App, choices: PaperChoices | None = None,
                 parent: QWidget | None = None):
        super().__init__(kelisim, choices, parent)
        first, last = this_quarter(kelisim.office.today())
        self.date_from = date_edit()
        self.date_from.setDate(to_qdate(first))
        self.date_to = date_edit()
        self.date_to.setDate(to_qdate(last))
        self._from_label = field_label(self.date_from)
        self._to_label = field_label(self.date_to)
        self._intro = QLabel(wordWrap=True)
        self.form.addRow(self._from_label, self.date_from)
        self.form.addRow(self._to_label, self.date_to)
        self.date_from.dateChanged.connect(self._check)
        self.date_to.dateChanged.connect(self._check)
        self._lay_out(self._intro)

    def period(self) -> tuple[date, date]:
        return from_qdate(self.date_from.date()), from_qdate(self.date_to.date())

    def _draw(self, language: str) -> Paper:
        first, last = self.period()
        title = self.tr("Office journal, {first} – {last}").format(
            first=format_day(first), last=format_day(last))
        return Paper(self._app.documents().journal(first, last, language),
                     f"journal_{first}_{last}_{language}.pdf", title)

    def _check(self) -> None:
        first, last = self.period()
        self._block(self.tr("The period ends before it begins.") if last < first else "")

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Office journal"))
        self._intro.setText(self.tr("The cases registered in the period, one row each."))
        self._from_label.setText(self.tr("&Start of the period"))
        self._to_label.setText(self.tr("&End of the period"))
        super().retranslate()
