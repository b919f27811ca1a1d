"""The office: its code (the prefix of every case number), names, address and time zone.

Shown at first start, when no office is set yet, and later from the settings. Problems are
checked by the core as people type and shown beside their fields; Save says why it waits.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop.app import App
from desktop.core.errors import DomainError, ValidationError
from desktop.core.office import DEFAULT_TIMEZONE, Office, validate_office
from desktop.core.register import CaseQuery
from desktop.ui.form import (
    FieldRow,
    field_label,
    fit,
    form_layout,
    ok_cancel,
    reason_label,
    scrolled,
)
from desktop.ui.steps import show_refusal
from desktop.ui.unsaved import ask_save, may_close

# Kazakhstan's zones as the tz database names them; since March 2024 all keep UTC+5.
ZONES = ("Asia/Almaty", "Asia/Qostanay", "Asia/Aqtobe", "Asia/Aqtau", "Asia/Atyrau",
         "Asia/Oral", "Asia/Qyzylorda")
TEXT_FIELDS = ("code", "name_kk", "name_ru", "district", "region", "address", "phone", "head")
REQUIRED = ("code", "name_kk", "name_ru")


class OfficeSettings(QDialog):
    """Sets up the office (first_run: the welcome) or changes it; `changed` after a save."""

    changed = Signal()

    def __init__(self, kelisim: App, parent: QWidget | None = None, first_run: bool = False):
        super().__init__(parent)
        self._app = kelisim
        self._first_run = first_run
        office = kelisim.office.current()
        # The code is printed on every case's papers: once a case carries it, it stays.
        self._code_fixed = office is not None and kelisim.cases.count(CaseQuery()) > 0
        self._problems: dict[str, str] = {}

        self._intro = QLabel()
        self._intro.setWordWrap(True)
        self.edits = {name: QLineEdit() for name in TEXT_FIELDS}
        self.timezone = QComboBox()
        self._code_note = QLabel()
        self._code_note.setWordWrap(True)
        self._zone_note = QLabel()
        self._zone_note.setWordWrap(True)
        notes = {"code": self._code_note, "timezone": self._zone_note}
        fields: dict[str, QWidget] = {**self.edits, "timezone": self.timezone}
        self.rows = {name: FieldRow(field, extra=notes.get(name))
                     for name, field in fields.items()}
        self._labels = {name: field_label(row.field) for name, row in self.rows.items()}
        for label in self._labels.values():
            # Unwrapped, so that the form puts a long label above its field instead of giving
            # two lines the height of one.
            label.setWordWrap(False)
        form = form_layout()
        for name, row in self.rows.items():
            form.addRow(self._labels[name], row)

        self._rules = QGroupBox()
        self._rule_lines = [QLabel() for _ in range(4)]
        rules_layout = QVBoxLayout(self._rules)
        for line in self._rule_lines:
            line.setWordWrap(True)
            rules_layout.addWidget(line)

        self.reason = reason_label()
        self._later = QLabel()
        self._later.setWordWrap(True)
        self._later.setVisible(first_run)
        self.buttons = ok_cancel(self.save, self.reject, ok=QDialogButtonBox.StandardButton.Save)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)

        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        layout.addWidget(scrolled(form, self._rules), 1)
        layout.addWidget(self.reason)
        layout.addWidget(self._later)
        layout.addWidget(self.buttons)

        self._load(office)
        for edit in self.edits.values():
            edit.textChanged.connect(self._check)
        self.edits["code"].textEdited.connect(self._upper_code)
        self.timezone.currentIndexChanged.connect(self._check)
        self.retranslate()
        fit(self, columns=70, lines=0)

    def _load(self, office: Office | None) -> None:
        for name, edit in self.edits.items():
            edit.setText(getattr(office, name) if office else "")
        zone = office.timezone if office else DEFAULT_TIMEZONE
        for known in ZONES:
            self.timezone.addItem("", known)
        if zone not in ZONES:  # set some other way (the command line): kept, not changed
            self.timezone.addItem(zone, zone)
        self.timezone.setCurrentIndex(self.timezone.findData(zone))
        self.edits["code"].setReadOnly(self._code_fixed)
        self._saved = self.values()

    def values(self) -> dict[str, str]:
        """The fields as the office service takes them."""
        values = {name: edit.text().strip() for name, edit in self.edits.items()}
        values["code"] = values["code"].upper()
        values["timezone"] = self.timezone.currentData()
        return values

    def is_dirty(self) -> bool:
        return self.values() != self._saved

    def _upper_code(self, text: str) -> None:
        # Capitals as typed: the code is always written so, and the service stores it so.
        if text != text.upper():
            cursor = self.edits["code"].cursorPosition()
            self.edits["code"].setText(text.upper())
            self.edits["code"].setCursorPosition(cursor)

    def _check(self) -> None:
        try:
            validate_office(Office(**self.values()))
            self._problems = {}
        except ValidationError as error:
            self._problems = dict(error.problems)
        self._show_problems(self._problems)

    def _show_problems(self, problems: dict[str, str]) -> None:
        values = self.values()
        for name, row in self.rows.items():
            # An empty required field is not an error yet: the line under Save names it.
            shown = problems.get(name) if values.get(name) else None
            row.problem.set_problem(shown)
        missing = [self._labels[name].text().replace("&", "") for name in REQUIRED
                   if not values[name]]
        if missing:
            text = self.tr("To save, fill in: {fields}").format(fields=", ".join(missing))
        elif problems:
            text = self.tr("To save, correct what is marked above.")
        else:
            text = ""
        self.reason.setText(text)
        self.reason.setVisible(bool(text))
        self.save_button.setEnabled(not problems)
        self.save_button.setToolTip(text)
        self.save_button.setAccessibleDescription(text)

    def save(self) -> bool:
        """Store the office; False, with the reasons beside the fields, if it was refused."""
        values = self.values()
        if self._code_fixed:
            del values["code"]
        try:
            self._app.office.update(**values)
        except ValidationError as error:
            for name, row in self.rows.items():
                row.problem.set_problem(error.problems.get(name))
            self.save_button.setEnabled(False)  # until the next edit
            if not error.problems.keys() & self.rows.keys():
                show_refusal(self, error)
            return False
        except DomainError as error:
            show_refusal(self, error)
            return False
        self._saved = self.values()
        self.changed.emit()
        self.accept()
        return True

    def ask_unsaved(self) -> QMessageBox.StandardButton:
        text = self.tr("The office settings have changes that are not saved. Save them?")
        if self._first_run:
            text += "\n\n" + self._later.text()
        return ask_save(self, self.tr("Unsaved changes"), text)

    def reject(self) -> None:
        """Cancel, Escape or the window's X: asks first about what was typed."""
        if may_close(self.is_dirty(), self.ask_unsaved, self.save):
            super().reject()

    def retranslate(self) -> None:
        if self._first_run:
            self.setWindowTitle(self.tr("Welcome to Kelisim"))
            self._intro.setText(self.tr(
                "Set up your office: its code prefixes every case number, for example "
                "KRG01-2026-0001. You can change the other details later."))
        else:
            self.setWindowTitle(self.tr("Office settings"))
            self._intro.setText(self.tr("Who keeps this register of cases."))
        for name, text in (("code", self.tr("Office &code")),
                           ("name_kk", self.tr("Name in &Kazakh")),
                           ("name_ru", self.tr("Name in &Russian")),
                           ("district", self.tr("&District")),
                           ("region", self.tr("Re&gion")),
                           ("address", self.tr("&Address")),
                           ("phone", self.tr("&Phone")),
                           ("head", self.tr("&Head of the office")),
                           ("timezone", self.tr("&Time zone"))):
            self._labels[name].setText(text)
            self.rows[name].field.setAccessibleName(text.replace("&", ""))
        if self._code_fixed:
            self._code_note.setText(self.tr(
                "The code stays as it is: cases are already numbered with it."))
        else:
            self._code_note.setText(self.tr(
                "2 to 12 Latin capital letters or digits, e.g. KRG01. It cannot be changed "
                "once a case is registered."))
        zones = {"Asia/Almaty": self.tr("Almaty, Astana"), "Asia/Qostanay": self.tr("Kostanay"),
                 "Asia/Aqtobe": self.tr("Aktobe"), "Asia/Aqtau": self.tr("Aktau"),
                 "Asia/Atyrau": self.tr("Atyrau"), "Asia/Oral": self.tr("Oral"),
                 "Asia/Qyzylorda": self.tr("Kyzylorda")}
        for index in range(self.timezone.count()):
            zone = self.timezone.itemData(index)
            self.timezone.setItemText(index, zones.get(zone, zone))
        self._zone_note.setText(self.tr("Since March 2024 all of Kazakhstan keeps the same "
                                        "time (UTC+5); the deadlines count days by it."))
        rules = self._app.reference.deadline
        self._rules.setTitle(self.tr("Time limits of mediation"))
        self._rule_lines[0].setText(self.tr("Mediation ends within %n day(s) of the agreement "
                                            "to mediate.", "", rules.days))
        self._rule_lines[1].setText(self.tr("An extension adds %n day(s).", "",
                                            rules.extension_days))
        self._rule_lines[2].setText(self.tr("At most %n extension(s).", "",
                                            rules.max_extensions))
        self._rule_lines[3].setText(self.tr("These limits are set by the regional mediation "
                                            "centre and arrive with its reference data; they "
                                            "cannot be changed here."))
        self._later.setText(self.tr("Until the office is set up, no case can be registered. "
                                    "You can set it up later in the office settings."))
        self.cancel_button.setText(self.tr("Set up &later") if self._first_run
                                   else self.tr("Cancel"))
        self._check()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

