"""The Sync page's dialogs: make the centre, enrol an office, export for an office, the report
of an import.

Each runs its action through the sync service when OK is pressed; a refusal is shown and the
dialog stays open with what was typed. Fields are checked as they are typed, and OK says why
it waits.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.app import App
from desktop.core.errors import DomainError, ValidationError
from desktop.core.office import Office, validate_office
from desktop.ui import sync_words as words
from desktop.ui.form import (
    FieldRow,
    accept_button,
    field_label,
    fit,
    form_layout,
    ok_cancel,
    reason_label,
    show_reason,
)
from desktop.ui.preferences import Preferences
from desktop.ui.steps import show_refusal, warn

if TYPE_CHECKING:
    from desktop.services.sync import BundleReport
    from desktop.store.sync_state import PeerStatus

SETUP_FOLDER = "sync_setup"  # preference keys of the folders last chosen
EXPORT_FOLDER = "sync_export"
IMPORT_FOLDER = "sync_import"


def _upper(edit: QLineEdit) -> None:
    """Codes are written in capitals: what is typed becomes so, the cursor staying put."""

    def upper(text: str) -> None:
        if text != text.upper():
            cursor = edit.cursorPosition()
            edit.setText(text.upper())
            edit.setCursorPosition(cursor)

    edit.textEdited.connect(upper)


class _SyncDialog(QDialog):
    """A form whose OK runs one sync action: rows with their problems, a reason under them."""

    def __init__(self, kelisim: App, parent: QWidget | None = None):
        super().__init__(parent)
        self._app = kelisim
        self.intro = QLabel(wordWrap=True)
        self.form = form_layout()
        self.reason = reason_label()
        self.buttons = ok_cancel(self.submit, self.reject)
        self.ok = accept_button(self.buttons)
        self._labels: dict[str, QLabel] = {}
        self.rows: dict[str, FieldRow] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)

    def _row(self, name: str, field: QWidget, extra: QWidget | None = None) -> FieldRow:
        row = FieldRow(field, extra=extra)
        self.rows[name] = row
        self._labels[name] = field_label(field)
        self.form.addRow(self._labels[name], row)
        return row

    def _label(self, name: str, text: str) -> None:
        self._labels[name].setText(text)
        self.rows[name].field.setAccessibleName(text.replace("&", ""))

    def _refused(self, error: DomainError, fields: dict[str, str] | None = None) -> None:
        """Show a refusal beside its fields (`fields` maps the service's names to the rows'),
        or in a message when it names none."""
        if isinstance(error, ValidationError):
            shown = False
            for name, reason in error.problems.items():
                row = self.rows.get((fields or {}).get(name, name))
                if row is not None:
                    row.problem.set_problem(reason)
                    shown = True
            if shown:
                return
        show_refusal(self, error)

    def submit(self) -> None:
        raise NotImplementedError

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class CentreDialog(_SyncDialog):
    """Makes this (empty) register the regional centre; `made` after it is."""

    made = Signal()

    def __init__(self, kelisim: App, parent: QWidget | None = None):
        super().__init__(kelisim, parent)
        self.name = QLineEdit()
        self.code = QLineEdit("CENTRE")
        _upper(self.code)
        self._row("name", self.name)
        self._row("code", self.code)
        self.name.textChanged.connect(self._check)
        self.code.textChanged.connect(self._check)
        self.retranslate()
        fit(self, columns=70, lines=0)

    def _check(self) -> None:
        problems = {}
        try:
            name = self.name.text().strip() or "-"  # an empty name is said under OK
            validate_office(Office(code=self.code.text().strip(), name_kk=name, name_ru=name))
        except ValidationError as error:
            problems = dict(error.problems)
        self.rows["code"].problem.set_problem(problems.get("code") if self.code.text() else None)
        self.rows["name"].problem.set_problem(problems.get("name_kk"))
        if not self.name.text().strip():
            why = self.tr("Type the centre's name")
        elif problems:
            why = self.tr("Correct what is marked above")
        else:
            why = ""
        show_reason(self.reason, self.buttons, why)

    def submit(self) -> None:
        try:
            self._app.sync().init_centre(self.name.text(), self.code.text())
        except DomainError as error:
            self._refused(error, {"name_kk": "name", "name_ru": "name"})
            return
        self.made.emit()
        self.accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Make this the regional centre"))
        self.intro.setText(self.tr(
            "This register becomes the regional mediation centre: it enrols the offices of "
            "the region, merges their sync bundles and sends them back corrections and rules. "
            "It gets a key of its own, whose fingerprint the offices compare by phone. Make "
            "the centre in a data folder of its own, not in an office's."))
        self._label("name", self.tr("Centre's &name"))
        self._label("code", self.tr("Centre's &code"))
        self.ok.setText(self.tr("&Make this the centre"))
        self._check()


class EnrolDialog(_SyncDialog):
    """Enrols an office (or again, with a new key) and writes its setup file; `enrolled` with
    (code, setup file, enrolment number) after it is."""

    enrolled = Signal(str, Path, int)

    def __init__(self, kelisim: App, preferences: Preferences, enrolled_codes: set[str],
                 parent: QWidget | None = None):
        super().__init__(kelisim, parent)
        self._preferences = preferences
        self._enrolled = set(enrolled_codes)
        self._path: Path | None = None
        self.code = QLineEdit()
        _upper(self.code)
        self.name_kk = QLineEdit()
        self.name_ru = QLineEdit()
        self.file = QLineEdit()
        self.file.setReadOnly(True)  # chosen in the file dialog, which asks before replacing
        self.choose = QPushButton()
        self.choose.clicked.connect(self.choose_file)
        file_row = QWidget()
        file_layout = QHBoxLayout(file_row)
        file_layout.setContentsMargins(0, 0, 0, 0)
        file_layout.addWidget(self.file, 1)
        file_layout.addWidget(self.choose)
        self.again = QCheckBox()
        self.again_note = QLabel(wordWrap=True)
        self.again_note.hide()
        self._row("code", self.code)
        self._row("name_kk", self.name_kk)
        self._row("name_ru", self.name_ru)
        self._row("file", file_row)
        self.form.addRow(self.again)
        self.form.addRow(self.again_note)
        for edit in (self.code, self.name_kk, self.name_ru):
            edit.textChanged.connect(self._check)
        self.again.toggled.connect(self._check)
        self.retranslate()
        fit(self, columns=80, lines=0)

    def choose_file(self) -> None:
        code = self.code.text().strip() or "OFFICE"
        folder = self._preferences.folder(SETUP_FOLDER)
        suggested = str(Path(folder) / f"kelisim-setup-{code}.json") if folder \
            else f"kelisim-setup-{code}.json"
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the office's setup file"),
                                              suggested, self.tr("Setup files (*.json)"))
        if not name:
            return
        self._path = Path(name)
        self._preferences.set_folder(SETUP_FOLDER, str(self._path.parent))
        self.file.setText(str(self._path))
        self._check()

    def _check(self) -> None:
        code = self.code.text().strip().upper()
        problems: dict[str, str] = {}
        try:
            validate_office(Office(code=code, name_kk=self.name_kk.text(),
                                   name_ru=self.name_ru.text()))
        except ValidationError as error:
            problems = dict(error.problems)
        for name, edit in (("code", self.code), ("name_kk", self.name_kk),
                           ("name_ru", self.name_ru)):
            self.rows[name].problem.set_problem(problems.get(name) if edit.text() else None)
        again = self.again.isChecked()
        self.again_note.setVisible(again)
        if not all(e.text().strip() for e in (self.code, self.name_kk, self.name_ru)):
            why = self.tr("Fill in the office's code and both names")
        elif problems:
            why = self.tr("Correct what is marked above")
        elif code in self._enrolled and not again:
            why = self.tr("Office {code} is enrolled already. To give it a new key (its PC was "
                          "lost or replaced), tick “{again}”.").format(
                code=code, again=self.again.text().replace("&", ""))
        elif again and code not in self._enrolled:
            why = self.tr("Office {code} was never enrolled: untick “{again}”.").format(
                code=code, again=self.again.text().replace("&", ""))
        elif self._path is None:
            why = self.tr("Choose where to save the setup file")
        else:
            why = ""
        show_reason(self.reason, self.buttons, why)

    def submit(self) -> None:
        if self._path is None:
            return
        try:
            path, epoch = self._app.sync().add_office(
                self.code.text(), self.name_kk.text(), self.name_ru.text(), self._path,
                again=self.again.isChecked(), replace=True)
        except DomainError as error:
            self._refused(error)
            return
        self.enrolled.emit(self.code.text().strip().upper(), path, epoch)
        self.accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Enrol an office"))
        self.intro.setText(self.tr(
            "The office gets a setup file: hand it over in person (a USB stick), and the "
            "office joins with it. From then on this centre accepts bundles from the office "
            "only when they are signed with the office's own key."))
        self._label("code", self.tr("Office &code"))
        self._label("name_kk", self.tr("Name in &Kazakh"))
        self._label("name_ru", self.tr("Name in &Russian"))
        self._label("file", self.tr("&Setup file"))
        self.choose.setText(self.tr("C&hoose…"))
        self.file.setPlaceholderText(self.tr("not chosen yet"))
        self.again.setText(self.tr("&Again, with a new key (lost or replaced PC)"))
        self.again_note.setText(self.tr(
            "The office's old key stops being accepted. Its cases stay here at the centre: "
            "once the office has joined with the new setup file and sent its first bundle, "
            "export a full bundle for it to restore its register."))
        self.ok.setText(self.tr("&Enrol"))
        self._check()


class OfficeExportDialog(_SyncDialog):
    """Writes the centre's bundle for one office (a full one restores the office's register);
    `exported` with the ExportResult."""

    exported = Signal(object)

    def __init__(self, kelisim: App, preferences: Preferences, peers: list[PeerStatus],
                 chosen: str | None = None, parent: QWidget | None = None):
        super().__init__(kelisim, parent)
        self._preferences = preferences
        self._peers = {p.code: p for p in peers if p.role == "office"}
        self.office = QComboBox()
        for peer in self._peers.values():
            self.office.addItem(f"{peer.code} — {words.peer_name(peer)}", peer.code)
        if chosen is not None and (index := self.office.findData(chosen)) >= 0:
            self.office.setCurrentIndex(index)
        self.full = QCheckBox()
        self.full_note = QLabel(wordWrap=True)
        self.folder = QLineEdit(preferences.folder(EXPORT_FOLDER))
        self.choose = QPushButton()
        self.choose.clicked.connect(self.choose_folder)
        folder_row = QWidget()
        folder_layout = QHBoxLayout(folder_row)
        folder_layout.setContentsMargins(0, 0, 0, 0)
        folder_layout.addWidget(self.folder, 1)
        folder_layout.addWidget(self.choose)
        self._row("office", self.office)
        self._row("folder", folder_row)
        self.form.addRow(self.full)
        self.form.addRow(self.full_note)
        self.office.currentIndexChanged.connect(self._check)
        self.folder.textChanged.connect(self._check)
        self.retranslate()
        fit(self, columns=80, lines=0)

    def choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Where to write the bundle"),
                                                self.folder.text())
        if name:
            self.folder.setText(name)

    def _check(self) -> None:
        peer = self._peers.get(self.office.currentData())
        if peer is None:
            why = self.tr("No office is enrolled yet")
        elif not peer.identity:
            why = self.tr("Office {code} has sent no bundle yet: its key is not known, so "
                          "nothing can be written for it. Import its first bundle, then "
                          "export.").format(code=peer.code)
        elif not self.folder.text().strip():
            why = self.tr("Choose the folder to write the bundle to")
        else:
            why = ""
        show_reason(self.reason, self.buttons, why)

    def submit(self) -> None:
        folder = Path(self.folder.text().strip())
        try:
            result = self._app.sync().export(folder, office=self.office.currentData(),
                                             full=self.full.isChecked())
        except DomainError as error:
            self._refused(error)
            return
        except OSError as error:
            warn(self, self.tr("Cannot write to {folder}: {reason}").format(
                folder=folder, reason=error.strerror or type(error).__name__))
            return
        self._preferences.set_folder(EXPORT_FOLDER, str(folder))
        self.exported.emit(result)
        self.accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export for an office"))
        self.intro.setText(self.tr(
            "A bundle for one office: the corrections made here to its cases, the rules data, "
            "and which of its bundles arrived, so that it sends only what the centre lacks."))
        self._label("office", self.tr("&Office"))
        self._label("folder", self.tr("Fol&der"))
        self.choose.setText(self.tr("C&hoose…"))
        self.full.setText(self.tr("&Full: restore the office's register"))
        self.full_note.setText(self.tr(
            "Every record of the office, not only the changes: for an office enrolled again "
            "on a new or replaced PC."))
        self.ok.setText(self.tr("&Export"))
        self._check()


class ReportDialog(QDialog):
    """What became of each bundle of an import: status, records, conflicts, gaps, refusals."""

    def __init__(self, reports: list[BundleReport], names: dict[str, str],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.reports = reports
        self._names = names
        self.summary = QLabel(wordWrap=True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QTextBrowser()
        self.details.setOpenLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.retranslate()
        fit(self, columns=100, lines=30)

    def text(self) -> str:
        """The report as plain text (what a test, or a copy, reads)."""
        return f"{self.summary.text()}\n{self.details.toPlainText()}"

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Bundles imported"))
        self.summary.setText(words.summary(self.reports))
        self.details.setHtml(words.report_html(self.reports, self._names))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
