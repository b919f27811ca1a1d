"""Bring an office's existing Excel or CSV journal into the register: check first, then import.

The check is the importer's dry run: every bad row is listed (row, column, reason) and nothing is
stored until the whole file is clean, because the import is all or nothing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.app import App
from desktop.core.errors import DomainError
from desktop.services.journal import ImportReport
from desktop.ui.form import fit
from desktop.ui.i18n import current_language, message


class JournalImport(QDialog):
    imported = Signal(int)  # how many cases were stored

    def __init__(self, kelisim: App, parent: QWidget | None = None):
        super().__init__(parent)
        self._kelisim = kelisim
        self._path: Path | None = None
        self._report: ImportReport | None = None
        self._error = ""

        self._intro = QLabel(wordWrap=True)
        self._choose = QPushButton()
        self._choose.clicked.connect(self.choose_file)
        self._template = QPushButton()
        self._template.clicked.connect(self.save_template)
        self._file = QLabel(wordWrap=True)
        self._summary = QLabel(wordWrap=True)
        self._summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # A QTableWidget is enough here: a report has at most a few thousand plain rows.
        self._problems = QTableWidget(0, 3)
        self._problems.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self._problems.horizontalHeader().setStretchLastSection(True)
        self._problems.verticalHeader().hide()
        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self._import = self._buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self._import.setEnabled(False)
        self._import.clicked.connect(self.run_import)
        self._buttons.rejected.connect(self.reject)

        choose_row = QHBoxLayout()
        choose_row.addWidget(self._choose)
        choose_row.addWidget(self._template)
        choose_row.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        layout.addLayout(choose_row)
        layout.addWidget(self._file)
        layout.addWidget(self._summary)
        layout.addWidget(self._problems, 1)
        layout.addWidget(self._buttons)
        fit(self, columns=110, lines=30)
        self.retranslate()

    # --- actions -------------------------------------------------------------------------

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the journal"), "",
            self.tr("Journals (*.xlsx *.csv);;All files (*)"))
        if name:
            self.check(Path(name))

    def check(self, path: Path) -> None:
        """The dry run: what an import of this file would do, or what stops it."""
        self._path, self._report, self._error = path, None, ""
        try:
            self._report = self._kelisim.journal().run(path, dry_run=True)
        except DomainError as error:
            self._error = message(error.args[0])
        self._show()

    def run_import(self) -> None:
        if self._path is None or self._report is None or not self._report.ok:
            return
        try:
            report = self._kelisim.journal().run(self._path)
        except DomainError as error:  # the file changed since the check
            self._report, self._error = None, message(error.args[0])
            self._show()
            return
        self._report = report
        self._show()
        self._import.setEnabled(False)
        self.imported.emit(report.imported)

    def save_template(self) -> None:
        from desktop.services.journal_template import write_template  # loads openpyxl

        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save an empty journal"), self.tr("journal.xlsx"),
            self.tr("Excel workbook (*.xlsx)"))
        if not name:
            return
        path = Path(name).with_suffix(".xlsx")
        try:  # the file dialog already asked before replacing a file
            write_template(path, current_language(), self._kelisim.reference, replace=True)
        except (DomainError, OSError) as error:
            self._summary.setText(message(error.args[0]) if isinstance(error, DomainError)
                                  else self.tr("Cannot write {path}").format(path=path))
            return
        self._summary.setText(self.tr("An empty journal was saved to {path}. Fill it in and "
                                      "import it here.").format(path=path))

    # --- showing -------------------------------------------------------------------------

    def _show(self) -> None:
        report = self._report
        self._file.setText(self.tr("File: {path}").format(path=self._path) if self._path else "")
        self._problems.setRowCount(0)
        self._import.setEnabled(bool(report and report.ok and report.dry_run
                                     and report.would_import))
        if self._error:
            self._summary.setText(self._error)
            return
        if report is None:
            self._summary.setText("")
            return
        if not report.dry_run:
            text = self.tr("%n case(s) imported into the register.", "", report.imported)
        elif report.problems:
            text = self.tr("Problems that stop the import: %n. Correct them in the file and "
                           "check it again. Nothing was imported.", "", len(report.problems))
        elif report.would_import:
            text = self.tr("The file is correct: %n case(s) ready to import.", "",
                           report.would_import)
        else:
            text = self.tr("There is nothing new to import in this file.")
        lines = [text]
        if report.already_imported:
            lines.append(self.tr("%n case(s) of this file already in the register.", "",
                                 report.already_imported))
        if report.new_mediators:
            lines.append(self.tr("%n mediator(s) named in the file will join the register.", "",
                                 report.new_mediators))
        if report.ignored_columns:
            lines.append(self.tr("Columns not used: {columns}").format(
                columns=", ".join(report.ignored_columns)))
        self._summary.setText("\n".join(lines))
        self._problems.setRowCount(len(report.problems))
        for i, problem in enumerate(report.problems):
            for column, value in enumerate((str(problem.row), problem.column,
                                            message(problem.reason))):
                self._problems.setItem(i, column, QTableWidgetItem(value))
        self._problems.resizeColumnsToContents()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import a journal"))
        self._intro.setText(self.tr(
            "Bring the office's existing journal (Excel .xlsx or .csv) into the register. The file "
            "is checked first; nothing is imported until every row is correct, and a file "
            "imported twice adds nothing."))
        self._choose.setText(self.tr("&Choose a file…"))
        self._template.setText(self.tr("Save an &empty journal…"))
        self._import.setText(self.tr("&Import"))
        self._problems.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Column"), self.tr("What is wrong")])
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
