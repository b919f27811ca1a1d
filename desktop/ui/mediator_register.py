"""The office's mediator register: the list, and a form beside it to add or change a mediator.

Mediators are never deleted (their cases name them): one who stops is marked "no longer
mediates" and leaves the list unless "show inactive too" is ticked. While the form has unsaved
changes the list is locked, so that a click elsewhere cannot lose them.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.app import App
from desktop.core.errors import DomainError, ValidationError
from desktop.core.mediator import Mediator, MediatorKind, validate_mediator
from desktop.ui import labels
from desktop.ui.form import (
    ERROR_COLOUR,
    GOOD_COLOUR,
    FieldRow,
    field_label,
    fit,
    form_layout,
    scrolled,
)
from desktop.ui.i18n import LANGUAGES
from desktop.ui.identifier_field import IdentifierField
from desktop.ui.mediator_model import MediatorTableModel
from desktop.ui.steps import show_refusal
from desktop.ui.unsaved import ask_save, may_close


class MediatorRegister(QDialog):
    """Lists, adds and changes the office's mediators; `changed` after each save."""

    changed = Signal()

    def __init__(self, kelisim: App, parent: QWidget | None = None):
        super().__init__(parent)
        self._app = kelisim
        self._base = Mediator(full_name="")  # the mediator in the form, as stored (or new)
        self._shown = self._base  # ... as the form reads it back: what counts as no change
        self._is_new = True
        self._problems: dict[str, str] = {}
        self._saved_note = False

        # The list
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self._search_label = field_label(self.search)
        self.show_inactive = QCheckBox()
        self.model = MediatorTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._on_selected)
        self.search.textChanged.connect(self._filter)
        self.show_inactive.toggled.connect(self._filter)
        find = QHBoxLayout()
        find.addWidget(self._search_label)
        find.addWidget(self.search, 1)
        self.count = QLabel()
        below = QHBoxLayout()
        below.addWidget(self.count, 1)
        below.addWidget(self.show_inactive)
        list_side = QWidget()
        list_layout = QVBoxLayout(list_side)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addLayout(find)
        list_layout.addWidget(self.table, 1)
        list_layout.addLayout(below)

        # The form
        self.full_name = QLineEdit()
        self.iin = IdentifierField()
        self.kind = QComboBox()
        for kind in MediatorKind:
            self.kind.addItem("", kind)
        self.register_number = QLineEdit()
        self.languages = {code: QCheckBox(name) for code, name in LANGUAGES.items()}
        self._languages_box = QGroupBox()
        languages_layout = QHBoxLayout(self._languages_box)
        for check in self.languages.values():
            languages_layout.addWidget(check)
        languages_layout.addStretch(1)
        self.inactive = QCheckBox()
        self._inactive_note = QLabel()
        self._inactive_note.setWordWrap(True)
        self.rows = {"full_name": FieldRow(self.full_name), "iin": FieldRow(self.iin),
                     "kind": FieldRow(self.kind),
                     "register_number": FieldRow(self.register_number),
                     "languages": FieldRow(self._languages_box),
                     "active": FieldRow(self.inactive, extra=self._inactive_note)}
        self._labels = {name: field_label(row.field) for name, row in self.rows.items()
                        if name not in ("languages", "active")}
        for label in self._labels.values():
            # Unwrapped, so that the form puts a long label above its field instead of giving
            # two lines the height of one.
            label.setWordWrap(False)
        form = form_layout()
        for name, row in self.rows.items():
            if name in self._labels:
                form.addRow(self._labels[name], row)
            else:
                form.addRow(row)
        self.new_button = QPushButton()
        self.save_button = QPushButton()
        self.save_button.setDefault(True)
        self.undo_button = QPushButton()
        self.new_button.clicked.connect(self.new_mediator)
        self.save_button.clicked.connect(self.save)
        self.undo_button.clicked.connect(self.undo)
        actions = QHBoxLayout()
        actions.addWidget(self.save_button)
        actions.addWidget(self.undo_button)
        actions.addStretch(1)
        actions.addWidget(self.new_button)
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self._form_box = QGroupBox()
        form_side = QVBoxLayout(self._form_box)
        form_side.addWidget(scrolled(form), 1)
        form_side.addWidget(self.reason)
        form_side.addLayout(actions)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(list_side)
        splitter.addWidget(self._form_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        self._close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self._close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self._close)

        self.full_name.textChanged.connect(self._on_edit)
        self.iin.changed.connect(self._on_edit)
        self.kind.currentIndexChanged.connect(self._on_edit)
        self.register_number.textChanged.connect(self._on_edit)
        self.inactive.toggled.connect(self._on_edit)
        for check in self.languages.values():
            check.toggled.connect(self._on_edit)

        self.model.set_mediators(kelisim.mediators.list())
        self._filter()
        if self.model.rowCount():
            self.table.selectRow(0)
        else:
            self._load(self._base, new=True)
        self.retranslate()
        fit(self, columns=110, lines=26)

    # --- the form ----------------------------------------------------------------------------

    def _load(self, mediator: Mediator, new: bool) -> None:
        self._base, self._is_new, self._saved_note = mediator, new, False
        widgets = [self.full_name, self.iin, self.kind, self.register_number, self.inactive,
                   *self.languages.values()]
        for widget in widgets:  # one check when all is loaded, not one per field
            widget.blockSignals(True)
        self.full_name.setText(mediator.full_name)
        self.iin.set_text(mediator.iin)
        self.kind.setCurrentIndex(self.kind.findData(mediator.kind))
        self.register_number.setText(mediator.register_number)
        self.inactive.setChecked(not mediator.active)
        for code, check in self.languages.items():
            check.setChecked(code in mediator.languages)
        for widget in widgets:
            widget.blockSignals(False)
        self._shown = self.draft()  # spaces around a name stored by an import are no edit
        self._on_edit()

    def draft(self) -> Mediator:
        """The mediator as the form has it now."""
        return replace(self._base, full_name=self.full_name.text().strip(),
                       iin=self.iin.text(), kind=MediatorKind(self.kind.currentData()),
                       register_number=self.register_number.text().strip(),
                       languages=tuple(c for c, check in self.languages.items()
                                       if check.isChecked()),
                       active=not self.inactive.isChecked())

    def is_dirty(self) -> bool:
        return self.draft() != self._shown

    def _on_edit(self) -> None:
        draft = self.draft()
        try:
            validate_mediator(draft)
            self._problems = {}
        except ValidationError as error:
            self._problems = dict(error.problems)
        if draft != self._shown:
            self._saved_note = False
        self._show_state(draft)

    def _show_state(self, draft: Mediator) -> None:
        dirty = draft != self._shown
        for name, row in self.rows.items():
            # The IIN says its own reason as it is typed; an empty name waits for the line below.
            shown = self._problems.get(name) if name != "iin" and getattr(draft, name) else None
            row.problem.set_problem(shown)
        if not draft.full_name:
            why = self.tr("To save, write the full name.")
        elif "iin" in self._problems:
            why = self.tr("To save, correct the IIN or leave it empty.")
        elif self._problems:
            why = self.tr("To save, correct what is marked.")
        else:
            why = ""
        if why and (dirty or self._is_new):
            text, colour = why, ERROR_COLOUR
        elif dirty:
            text, colour = self.tr("The changes are not saved yet."), ""
        elif self._saved_note:
            text, colour = self.tr("✓ Saved."), GOOD_COLOUR
        else:
            text, colour = "", ""
        self.reason.setText(text)
        self.reason.setStyleSheet(f"color: {colour};" if colour else "")
        self.reason.setVisible(bool(text))
        self.save_button.setText(self.tr("&Add to the register") if self._is_new
                                 else self.tr("&Save changes"))
        self.save_button.setEnabled(dirty and not why)
        self.save_button.setToolTip(why)
        self.save_button.setAccessibleDescription(why)
        self.undo_button.setEnabled(dirty)
        # Locked while there is something to save: choosing another mediator would drop it.
        locked = dirty
        for widget in (self.table, self.search, self.show_inactive, self.new_button):
            widget.setEnabled(not locked)
            widget.setToolTip(self.tr("Save or undo the changes first") if locked else "")
        self.setWindowModified(dirty)
        self._form_box.setTitle(self.tr("New mediator") if self._is_new
                                else self.tr("Mediator: {name}").format(
                                    name=self._base.full_name))

    # --- actions -------------------------------------------------------------------------------

    def new_mediator(self) -> None:
        self.table.clearSelection()
        self._load(Mediator(full_name=""), new=True)
        self.full_name.setFocus()

    def undo(self) -> None:
        self._load(self._base, new=self._is_new)

    def save(self) -> bool:
        """Store the form; False, with the reasons shown, if it was refused."""
        draft = self.draft()
        try:
            if self._is_new:
                self._app.mediators.add(draft)
            else:
                self._app.mediators.save(draft)
        except DomainError as error:  # the form keeps what was typed
            if isinstance(error, ValidationError):
                for name, row in self.rows.items():
                    row.problem.set_problem(error.problems.get(name))
            show_refusal(self, error)
            return False
        self._reload(draft)
        self.changed.emit()
        return True

    def _reload(self, saved: Mediator) -> None:
        """Read the register again (its order), showing `saved` in the form."""
        self.model.set_mediators(self._app.mediators.list())
        self._filter()
        row = self.model.row_of(saved.id)
        if row is not None:
            self.table.selectRow(row)
        self._load(saved, new=False)
        self._saved_note = True
        self._show_state(saved)

    def _filter(self) -> None:
        self.model.set_filter(self.search.text(), self.show_inactive.isChecked())
        self._count()
        if not self._is_new and (row := self.model.row_of(self._base.id)) is not None:
            self.table.selectionModel().blockSignals(True)
            self.table.selectRow(row)
            self.table.selectionModel().blockSignals(False)

    def _count(self) -> None:
        self.count.setText(self.tr("%n mediator(s) shown", "", self.model.rowCount()))

    def _on_selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = selected.indexes()
        if rows:
            self._load(self.model.mediator(rows[0].row()), new=False)

    def ask_unsaved(self) -> QMessageBox.StandardButton:
        return ask_save(self, self.tr("Unsaved changes"),
                        self.tr("The mediator has changes that are not saved. "
                                "Save them before closing?"))

    def reject(self) -> None:
        """Close, Escape or the window's X: asks first about unsaved changes."""
        if may_close(self.is_dirty(), self.ask_unsaved, self.save):
            super().reject()

    # --- language ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Mediators of the office") + "[*]")
        self._search_label.setText(self.tr("&Find"))
        self.search.setPlaceholderText(self.tr("name, register number or IIN"))
        self.show_inactive.setText(self.tr("Show &inactive too"))
        self.model.retranslate()
        self._count()
        for name, text in (("full_name", self.tr("Full &name")),
                           ("iin", self.tr("II&N (if known)")),
                           ("kind", self.tr("&Kind")),
                           ("register_number", self.tr("&Register number"))):
            self._labels[name].setText(text)
            self.rows[name].field.setAccessibleName(text.replace("&", ""))
        for index in range(self.kind.count()):
            self.kind.setItemText(index, labels.mediator_kind(self.kind.itemData(index)))
        self._languages_box.setTitle(self.tr("Languages the mediator works in"))
        self.inactive.setText(self.tr("No &longer mediates"))
        self._inactive_note.setText(self.tr("Mediators are never deleted: their cases keep "
                                            "their names. One who stops is only marked so."))
        self.new_button.setText(self.tr("Ne&w mediator"))
        self.undo_button.setText(self.tr("&Undo changes"))
        self._show_state(self.draft())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
