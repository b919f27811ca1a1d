"""The Sync page: who this register is in the region, bundles out and in, offices, conflicts.

An office exports its bundle for the regional centre in one click (to a folder or a USB stick,
remembered) and imports the centre's answer; the centre imports folders of bundles with a
progress bar and a report, enrols offices, writes bundles for them and watches their gaps.
Both resolve conflicts field by field. Imports run in the GUI thread, as the journal import
does: one transaction per bundle, and the window is repainted between bundles.

The page is read when it is shown, not when the window opens: the sync service loads the
crypto library, which start-up need not wait for.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING
from uuid import UUID

from PySide6.QtCore import QEvent, QModelIndex, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.app import App
from desktop.core.errors import DomainError
from desktop.ui import sync_words as words
from desktop.ui.form import SAMPLE_DATE, SAMPLE_NUMBER, set_up_table
from desktop.ui.i18n import current_language
from desktop.ui.preferences import Preferences
from desktop.ui.steps import show_refusal, warn
from desktop.ui.sync_dialogs import (
    EXPORT_FOLDER,
    IMPORT_FOLDER,
    SETUP_FOLDER,
    CentreDialog,
    EnrolDialog,
    OfficeExportDialog,
    ReportDialog,
)
from desktop.ui.sync_model import (
    ConflictTableModel,
    FieldChoiceModel,
    PeerFilterProxy,
    PeerTableModel,
    local_zone,
)

if TYPE_CHECKING:
    from desktop.services.sync import BundleReport, ExportResult, Identity
    from desktop.store.changes import ConflictView
    from desktop.store.sync_state import PeerStatus

CENTRE, OFFICE = "centre", "office"
BUNDLE_FILTER_SUFFIX = "*.kelisim"


def _selectable(label: QLabel) -> QLabel:
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                  | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    return label


def _fingerprint_label() -> QLabel:
    """A fingerprint read out by phone: large, fixed-width, selectable."""
    label = _selectable(QLabel())
    font = QFont("monospace")
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setBold(True)
    label.setFont(font)
    return label


def _row(*widgets: QWidget, stretch: bool = True) -> QHBoxLayout:
    layout = QHBoxLayout()
    for widget in widgets:
        layout.addWidget(widget)
    if stretch:
        layout.addStretch(1)
    return layout


class _List(QTableView):
    """A list that asks only for the rows its minimum shows: the page's scroll area gives the
    page its preferred height for the width, so lists asking for more would make it scroll
    where they could have shrunk."""

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.minimumHeight())


class SyncPage(QWidget):
    """The third tab of the main window. `changed`: the register's content changed (an import,
    a resolution); `enrolled`: this register joined or became the centre (its office changed);
    `open_case`: a conflict's case is to be opened; `said`: a line for the status bar."""

    changed = Signal()
    enrolled = Signal()
    open_case = Signal(UUID)
    said = Signal(str)  # a passing message for the status bar

    def __init__(self, kelisim: App, preferences: Preferences, parent: QWidget | None = None):
        super().__init__(parent)
        self._app = kelisim
        self._preferences = preferences
        self._stale = True
        self._identity: Identity | None = None
        self._peers: list[PeerStatus] = []
        self._zone = local_zone(None)
        self._last_export: ExportResult | None = None
        self._last_note = ""  # what the last enrolment or export said, kept across languages
        self.report_dialog: ReportDialog | None = None

        # Who this register is
        self.header = QGroupBox()
        self.identity_label = _selectable(QLabel(wordWrap=True))
        self.fingerprint = _fingerprint_label()
        self.centre_fingerprint = _fingerprint_label()
        self._fingerprint_caption = QLabel()
        self._centre_caption = QLabel()
        self._fingerprint_note = QLabel(wordWrap=True)
        keys = QFormLayout()
        keys.addRow(self._fingerprint_caption, self.fingerprint)
        keys.addRow(self._centre_caption, self.centre_fingerprint)
        self._keys = keys
        self.join_button = QPushButton()
        self.join_button.clicked.connect(self.join)
        self.centre_button = QPushButton()
        self.centre_button.clicked.connect(self.make_centre)
        self.centre_note = QLabel(wordWrap=True)
        self._enrol_row = QWidget()
        enrol_layout = QVBoxLayout(self._enrol_row)
        enrol_layout.setContentsMargins(0, 0, 0, 0)
        enrol_layout.addLayout(_row(self.join_button, self.centre_button))
        enrol_layout.addWidget(self.centre_note)
        header = QVBoxLayout(self.header)
        header.addWidget(self.identity_label)
        header.addLayout(keys)
        header.addWidget(self._fingerprint_note)
        header.addWidget(self._enrol_row)

        # An office: its bundle for the centre, and the centre's answer
        self.office_box = QGroupBox()
        self.export_button = QPushButton()
        self.export_button.setIcon(self.style().standardIcon(
            QStyle.StandardPixmap.SP_DriveFDIcon))
        self.export_button.clicked.connect(self.export_for_centre)
        self.export_hint = QLabel(wordWrap=True)
        self.office_result = _selectable(QLabel(wordWrap=True))
        self.open_folder_button = QPushButton()
        self.open_folder_button.clicked.connect(self._open_export_folder)
        self.import_centre_button = QPushButton()
        self.import_centre_button.clicked.connect(self.import_from_centre)
        self.centre_status = QLabel(wordWrap=True)
        office = QVBoxLayout(self.office_box)
        office.addLayout(_row(self.export_button))
        office.addWidget(self.export_hint)
        office.addWidget(self.office_result)
        office.addLayout(_row(self.open_folder_button))
        office.addSpacing(self.fontMetrics().height())
        office.addLayout(_row(self.import_centre_button))
        office.addWidget(self.centre_status)
        office.addStretch(1)

        # The centre: imports, enrolment, bundles for offices, the list of offices
        self.centre_box = QGroupBox()
        self.import_folder_button = QPushButton()
        self.import_folder_button.clicked.connect(self.import_folder)
        self.import_files_button = QPushButton()
        self.import_files_button.clicked.connect(self.import_files)
        self.enrol_button = QPushButton()
        self.enrol_button.clicked.connect(self.enrol_office)
        self.export_office_button = QPushButton()
        self.export_office_button.clicked.connect(self.export_for_office)
        self.centre_result = _selectable(QLabel(wordWrap=True))
        self.office_search = QLineEdit()
        self.office_search.setClearButtonEnabled(True)
        self.offices = PeerTableModel(self)
        self.offices_proxy = PeerFilterProxy(self)
        self.offices_proxy.setSourceModel(self.offices)
        self.offices_table = _List()
        self.offices_table.setModel(self.offices_proxy)
        # The name as wide as most (the whole one when pointed at); gaps take the rest.
        set_up_table(self.offices_table,
                     ("KRG000", 30, 4, "XXXX-XXXX-XXXX-XXXX-XXXX", SAMPLE_DATE + " 00:00", 4, 4,
                      0), stretch=None)
        self.offices_table.setSortingEnabled(True)
        self.offices_table.sortByColumn(self.offices.CODE, Qt.SortOrder.AscendingOrder)
        self.offices_table.doubleClicked.connect(lambda _index: self.export_for_office())
        self.office_search.textChanged.connect(self.offices_proxy.set_search)
        self._office_count = QLabel()
        centre = QVBoxLayout(self.centre_box)
        actions = _row(self.import_folder_button, self.import_files_button, stretch=False)
        actions.addSpacing(self.fontMetrics().averageCharWidth() * 4)
        actions.addWidget(self.enrol_button)
        actions.addWidget(self.export_office_button)
        actions.addStretch(1)
        centre.addLayout(actions)
        centre.addWidget(self.centre_result)
        search = QHBoxLayout()
        self._search_label = QLabel()
        self._search_label.setBuddy(self.office_search)
        search.addWidget(self._search_label)
        search.addWidget(self.office_search, 1)
        search.addWidget(self._office_count)
        centre.addLayout(search)
        centre.addWidget(self.offices_table, 1)

        # Conflicts, at either
        self.conflicts_box = QGroupBox()
        self.conflicts = ConflictTableModel(self)
        self.conflict_table = _List()
        self.conflict_table.setModel(self.conflicts)
        set_up_table(self.conflict_table, (SAMPLE_NUMBER, 14, "KRGCENTRE", SAMPLE_DATE + " 00:00"),
                     stretch=None)
        self.conflict_table.selectionModel().currentRowChanged.connect(
            lambda current, _before: self._show_conflict(current))
        self.conflict_note = QLabel(wordWrap=True)
        self.conflict_title = _selectable(QLabel(wordWrap=True))
        self.fields = FieldChoiceModel(self)
        self.field_table = _List()
        self.field_table.setModel(self.fields)
        self.field_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.field_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.field_table.setWordWrap(True)
        self.field_table.verticalHeader().hide()
        field_header = self.field_table.horizontalHeader()
        field_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (self.fields.HERE, self.fields.THERE):
            field_header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.fields.dataChanged.connect(
            lambda *_: self.field_table.resizeRowsToContents())
        self.take_all_button = QPushButton()
        self.take_all_button.clicked.connect(lambda: self.fields.take_all(True))
        self.take_none_button = QPushButton()
        self.take_none_button.clicked.connect(lambda: self.fields.take_all(False))
        # Deleted at one side only: a choice of its own, in one line under the fields.
        self.deleted_box = QWidget()
        self.deleted_label = QLabel(wordWrap=True)
        self.keep_live = QRadioButton()
        self.keep_deleted = QRadioButton()
        deleted = QVBoxLayout(self.deleted_box)
        deleted.setContentsMargins(0, 0, 0, 0)
        deleted.addWidget(self.deleted_label)
        deleted.addLayout(_row(self.keep_live, self.keep_deleted))
        self.open_case_button = QPushButton()
        self.open_case_button.clicked.connect(self._open_conflict_case)
        self.resolve_button = QPushButton()
        self.resolve_button.setDefault(False)
        self.resolve_button.clicked.connect(self.resolve)
        self.detail = QWidget()
        detail = QVBoxLayout(self.detail)
        detail.setContentsMargins(0, 0, 0, 0)
        detail.addWidget(self.conflict_title)
        detail.addWidget(self.field_table, 1)
        detail.addLayout(_row(self.take_all_button, self.take_none_button))
        detail.addWidget(self.deleted_box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_case_button)
        buttons.addStretch(1)
        buttons.addWidget(self.resolve_button)
        detail.addLayout(buttons)
        self.conflict_split = QSplitter(Qt.Orientation.Horizontal)
        self.conflict_split.addWidget(self.conflict_table)
        self.conflict_split.addWidget(self.detail)
        self.conflict_split.setStretchFactor(0, 1)
        self.conflict_split.setStretchFactor(1, 1)
        self.conflict_split.setChildrenCollapsible(False)
        conflicts = QVBoxLayout(self.conflicts_box)
        conflicts.addWidget(self.conflict_note)
        conflicts.addWidget(self.conflict_split, 1)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.office_box)
        self.splitter.addWidget(self.centre_box)
        self.splitter.addWidget(self.conflicts_box)
        self.splitter.setChildrenCollapsible(False)
        for index, stretch in enumerate((0, 1, 1)):  # the office's part needs no more room
            self.splitter.setStretchFactor(index, stretch)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.header)
        layout.addWidget(self.splitter, 1)
        # Scrolled when large type or a small screen leaves less room than the page needs,
        # rather than making the window taller than the screen.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        for part in (self.office_box, self.centre_box, self.conflicts_box, self._enrol_row):
            part.hide()  # until the page is read: it depends on what this register is
        self._size_parts()
        self.retranslate()

    # --- reading -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the page again: now if it is shown, else when it is next shown."""
        self._stale = True
        if self.isVisible():
            self.load()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.load()

    def load(self) -> None:
        self._stale = False
        sync = self._app.sync()
        office = self._app.office.current()
        self._zone = local_zone(office.timezone if office else None)
        self._identity = sync.identity()
        self._peers = sync.peers() if self._identity else []
        self.offices.set_peers([p for p in self._peers if p.role == OFFICE], self._zone)
        chosen = self._current_conflict()
        self.conflicts.set_conflicts(sync.conflicts() if self._identity else [],
                                     self._names(), self._zone)
        row = self.conflicts.row_of(chosen.id) if chosen else None
        if row is None and self.conflicts.rowCount():
            row = 0
        if row is not None:
            self.conflict_table.selectRow(row)
        self._show_conflict(self.conflicts.index(row, 0) if row is not None else QModelIndex())
        self._show()

    def _names(self) -> dict[str, str]:
        names = {p.code: words.peer_name(p) for p in self._peers}
        office = self._app.office.current()
        if office is not None:
            names[office.code] = self._office_name()
        return names

    def _office_name(self) -> str:
        office = self._app.office.current()
        if office is None:
            return ""
        return office.name_kk if current_language() == "kk" else office.name_ru

    def _centre(self) -> PeerStatus | None:
        return next((p for p in self._peers if p.role == CENTRE), None)

    @property
    def role(self) -> str | None:
        return self._identity.role if self._identity else None

    # --- showing -------------------------------------------------------------------------

    def _show(self) -> None:
        me, role = self._identity, self.role
        centre = self._centre()
        if me is None:
            self.identity_label.setText(self.tr(
                "This register takes part in no sync yet. An office joins its regional "
                "mediation centre with the setup file the centre gives it; the centre's own "
                "register is made once, in a data folder of its own."))
        elif role == CENTRE:
            self.identity_label.setText(self.tr(
                "This register is the regional mediation centre: «{name}» ({code}).").format(
                name=self._office_name(), code=me.code))
        else:
            self.identity_label.setText(self.tr(
                "This register is the office {code} «{name}», joined to the regional mediation "
                "centre «{centre}» ({centre_code}).").format(
                code=me.code, name=self._office_name(),
                centre=words.peer_name(centre) if centre else "", centre_code=me.centre or ""))
        self.fingerprint.setText(me.fingerprint if me else "")
        centre_key = words.fingerprint(centre.identity) if centre else ""
        self.centre_fingerprint.setText(centre_key)
        self._keys.setRowVisible(0, me is not None)
        self._keys.setRowVisible(1, bool(centre_key))
        self._fingerprint_note.setVisible(me is not None)
        self._fingerprint_note.setText(
            self.tr("Read the fingerprints to each other by phone when an office joins: if "
                    "they differ, the setup file was not the centre's.") if me else "")
        self._enrol_row.setVisible(me is None)
        has_office = self._app.office.current() is not None
        self.centre_button.setEnabled(not has_office)
        self.centre_note.setText(self.tr(
            "This register belongs to an office, so it cannot become the centre: the centre "
            "needs a data folder of its own.") if has_office else "")
        self.centre_note.setVisible(has_office)

        self.office_box.setVisible(role == OFFICE)
        self.centre_box.setVisible(role == CENTRE)
        self.conflicts_box.setVisible(me is not None)

        folder = self._preferences.folder(EXPORT_FOLDER)
        self.export_hint.setText(self.tr(
            "Choose the folder or the USB stick to write the bundle to; the last one is "
            "offered first ({folder}).").format(folder=folder) if folder else self.tr(
            "Choose the folder or the USB stick to write the bundle to."))
        self.office_result.setText(self._export_text() if role == OFFICE else "")
        self.office_result.setVisible(bool(self.office_result.text()))
        self.open_folder_button.setVisible(role == OFFICE and self._last_export is not None)
        if centre is not None:
            last = words.moment(centre.last_bundle_at, self._zone)
            self.centre_status.setText(self.tr(
                "Last bundle from the centre applied {when}; bundles applied: {count}.").format(
                when=last, count=centre.applied) if last else self.tr(
                "No bundle from the centre has been imported yet."))
            if gaps := words.missing(centre.missing):
                self.centre_status.setText(f"{self.centre_status.text()}\n{gaps}")
        else:
            self.centre_status.setText("")
        self.centre_result.setText(self._last_note if role == CENTRE else "")
        self.centre_result.setVisible(bool(self.centre_result.text()))
        self.export_office_button.setEnabled(self.offices.rowCount() > 0)
        self._office_count.setText(self.tr("%n office(s)", "", self.offices.rowCount()))

        count = self.conflicts.rowCount()
        if count:
            self.conflict_note.setText(self.tr(
                "%n record(s) were changed both here and at the other side since they last "
                "exchanged bundles. Nothing was overwritten: choose, field by field, what to "
                "keep.", "", count))
        else:
            self.conflict_note.setText(self.tr(
                "No conflicts: no record was changed here and at the other side at once."))
        self.conflict_split.setVisible(count > 0)
        # Without conflicts the box is one line, and the list of offices takes the room.
        self.conflicts_box.setMaximumHeight(
            16777215 if count else self.conflicts_box.minimumSizeHint().height())

    def _export_text(self) -> str:
        if self._last_export is None:
            return ""
        return words.export_summary(self._last_export, self.tr("the regional centre"))

    def _current_conflict(self) -> ConflictView | None:
        index = self.conflict_table.currentIndex()
        if not index.isValid() or index.row() >= self.conflicts.rowCount():
            return None
        return self.conflicts.conflict(index.row())

    def _show_conflict(self, index: QModelIndex) -> None:
        conflict = self.conflicts.conflict(index.row()) if index.isValid() else None
        self.fields.set_conflict(conflict, self._zone, self._app.reference)
        self.field_table.resizeRowsToContents()
        self.detail.setEnabled(conflict is not None)
        if conflict is None:
            self.conflict_title.setText("")
            self.deleted_box.hide()
            return
        with_whom = self._names().get(conflict.peer)
        peer = f"{conflict.peer} «{with_whom}»" if with_whom else conflict.peer
        title = self.tr("{what}: changed here and at {peer}").format(
            what=words.record_of(conflict.table, conflict.case_number), peer=peer)
        if not conflict.fields:
            title += "\n" + self.tr("No field differs; Resolve keeps this register's version.")
        self.conflict_title.setText(title)
        differs = conflict.local_deleted != conflict.remote_deleted
        self.deleted_box.setVisible(differs)
        if differs:
            self.keep_deleted.setChecked(conflict.local_deleted)
            self.keep_live.setChecked(not conflict.local_deleted)
            self._say_deleted(conflict)
        has_fields = bool(conflict.fields)
        self.take_all_button.setVisible(has_fields)
        self.take_none_button.setVisible(has_fields)
        self.field_table.setVisible(has_fields)
        self.open_case_button.setEnabled(conflict.case_id is not None)

    def _say_deleted(self, conflict: ConflictView) -> None:
        here, there = self.tr("here"), self.tr("at the other side")
        self.deleted_label.setText(self.tr("The record is deleted on one side only:"))
        self.keep_live.setText(self.tr("&Keep the record (as {where})").format(
            where=there if conflict.local_deleted else here))
        self.keep_deleted.setText(self.tr("&Delete the record (as {where})").format(
            where=here if conflict.local_deleted else there))

    # --- enrolment -----------------------------------------------------------------------

    def join(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the setup file from the regional centre"),
            self._preferences.folder(SETUP_FOLDER), self.tr("Setup files (*.json);;All files (*)"))
        if not name:
            return
        path = Path(name)
        self._preferences.set_folder(SETUP_FOLDER, str(path.parent))
        try:
            me = self._app.sync().join(path)
        except DomainError as error:
            show_refusal(self, error)
            return
        self.load()
        self.enrolled.emit()
        centre = self._centre()
        self._inform(self.tr("Joined the regional centre"), self.tr(
            "This register is now the office {code}, joined to the regional mediation centre "
            "«{centre}».\n\nCall the centre and read each other the fingerprints:\nthis "
            "office: {mine}\nthe centre: {theirs}\n\nThen export the first bundle for the "
            "centre. The setup file is used once: delete it from the USB stick.").format(
            code=me.code, centre=words.peer_name(centre) if centre else "",
            mine=me.fingerprint, theirs=words.fingerprint(centre.identity) if centre else ""))

    def make_centre(self) -> CentreDialog:
        dialog = CentreDialog(self._app, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.made.connect(self._centre_made)
        dialog.open()
        return dialog

    def _centre_made(self) -> None:
        self.load()
        self.enrolled.emit()

    def enrol_office(self) -> EnrolDialog:
        dialog = EnrolDialog(self._app, self._preferences,
                             {p.code for p in self._peers if p.role == OFFICE}, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.enrolled.connect(self._office_enrolled)
        dialog.open()
        return dialog

    def _office_enrolled(self, code: str, path: Path, epoch: int) -> None:
        lines = [self.tr("Office {code} is enrolled. Hand it the setup file in person:").format(
            code=code), str(path)]
        if epoch > 1:
            lines.append(self.tr("Enrolment {epoch}: the office's previous key is no longer "
                                 "accepted.").format(epoch=epoch))
        lines.append(self.tr("When it joins, read each other the fingerprints by phone; this "
                             "centre's is {fingerprint}.").format(
            fingerprint=self._identity.fingerprint if self._identity else ""))
        self._last_note = "\n".join(lines)
        self.load()
        if (row := self.offices.row_of(code)) is not None:
            self.offices_table.selectRow(self.offices_proxy.mapFromSource(
                self.offices.index(row, 0)).row())

    # --- export --------------------------------------------------------------------------

    def export_for_centre(self) -> ExportResult | None:
        """The office's bundle for its centre, into a folder chosen (the last one offered)."""
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Where to write the bundle for the regional centre"),
            self._preferences.folder(EXPORT_FOLDER))
        if not folder:
            return None
        try:
            result = self._app.sync().export(Path(folder))
        except DomainError as error:
            show_refusal(self, error)
            return None
        except OSError as error:
            warn(self, self.tr("Cannot write to {folder}: {reason}").format(
                folder=folder, reason=error.strerror or type(error).__name__))
            return None
        self._preferences.set_folder(EXPORT_FOLDER, folder)
        self._last_export = result
        self.load()
        return result

    def _open_export_folder(self) -> None:
        if self._last_export is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._last_export.path.parent)))

    def export_for_office(self) -> OfficeExportDialog | None:
        offices = [p for p in self._peers if p.role == OFFICE]
        if not offices:
            return None
        index = self.offices_table.currentIndex()
        chosen = self.offices_proxy.data(index, Qt.ItemDataRole.UserRole).code \
            if index.isValid() else None
        dialog = OfficeExportDialog(self._app, self._preferences, offices, chosen, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exported.connect(self._office_exported)
        dialog.open()
        return dialog

    def _office_exported(self, result: ExportResult) -> None:
        peer = next((p for p in self._peers if p.code == result.destination), None)
        whom = f"{result.destination} «{words.peer_name(peer)}»" if peer else result.destination
        self._last_note = words.export_summary(result, whom)
        self.load()

    # --- import --------------------------------------------------------------------------

    def import_from_centre(self) -> list[BundleReport] | None:
        return self.import_files(self.tr("Choose the bundle from the regional centre"))

    def import_files(self, title: str = "") -> list[BundleReport] | None:
        names, _ = QFileDialog.getOpenFileNames(
            self, title or self.tr("Choose the bundles to import"),
            self._preferences.folder(IMPORT_FOLDER),
            self.tr("Sync bundles ({pattern});;All files (*)").format(
                pattern=BUNDLE_FILTER_SUFFIX))
        if not names:
            return None
        self._preferences.set_folder(IMPORT_FOLDER, str(Path(names[0]).parent))
        return self.import_paths([Path(n) for n in names])

    def import_folder(self) -> list[BundleReport] | None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the folder of bundles (a USB stick)"),
            self._preferences.folder(IMPORT_FOLDER))
        if not folder:
            return None
        self._preferences.set_folder(IMPORT_FOLDER, folder)
        return self.import_paths([Path(folder)])

    def import_paths(self, paths: Sequence[Path]) -> list[BundleReport] | None:
        """Verify and apply bundle files (or folders of them), with a progress bar; the report
        is shown. None when this register takes part in no sync."""
        if self._stale:
            self.load()
        if self._identity is None:
            warn(self, self.tr("This register takes part in no sync yet, so it cannot import "
                               "bundles: join a regional centre first (Sync page)."))
            return None
        progress = QProgressDialog(self)
        progress.setWindowTitle(self.tr("Importing bundles"))
        progress.setLabelText(self.tr("Looking for bundles…"))
        progress.setCancelButton(None)  # a bundle is all or nothing; each takes moments
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)

        def step(done: int, total: int) -> None:
            progress.setMaximum(max(total, 1))
            progress.setValue(done)
            progress.setLabelText(self.tr("Checking and applying bundle {done} of {total}…")
                                  .format(done=min(done + 1, total), total=total))
            QApplication.processEvents()

        progress.show()
        try:
            reports = self._app.sync().import_paths(list(paths), step)
        except DomainError as error:
            show_refusal(self, error)
            return None
        finally:
            progress.close()
            progress.deleteLater()
        self.load()
        if any(r.status == "applied" for r in reports):
            self.changed.emit()
        self._show_report(reports)
        return reports

    def _show_report(self, reports: list[BundleReport]) -> None:
        if self.report_dialog is not None:
            self.report_dialog.close()
        dialog = ReportDialog(reports, self._names(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda *_: self._report_closed(dialog))
        self.report_dialog = dialog
        dialog.open()

    def _report_closed(self, dialog: ReportDialog) -> None:
        if self.report_dialog is dialog:
            self.report_dialog = None

    # --- conflicts -----------------------------------------------------------------------

    def resolve(self) -> bool:
        """Settle the chosen conflict with the fields ticked taken from the other side."""
        conflict = self._current_conflict()
        if conflict is None:
            return False
        taken = self.fields.taken()
        deleted = self.keep_deleted.isChecked() \
            if conflict.local_deleted != conflict.remote_deleted else None
        try:
            self._app.sync().resolve(conflict.id, taken, deleted)
        except DomainError as error:  # resolved meanwhile: the list is read again
            show_refusal(self, error)
            self.load()
            return False
        self.load()
        self.changed.emit()
        self.said.emit(self.tr("Conflict resolved: %n field(s) taken from the other side. The "
                               "decision goes to the other side with the next bundle.", "",
                               len(taken)))
        return True

    def _open_conflict_case(self) -> None:
        conflict = self._current_conflict()
        if conflict is not None and conflict.case_id is not None:
            self.open_case.emit(conflict.case_id)

    # --- language and type ---------------------------------------------------------------

    def _inform(self, title: str, text: str) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Information, title, text,
                          QMessageBox.StandardButton.Ok, self)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def _size_parts(self) -> None:
        """Sizes that follow the type: the office's export is the big button of the page, and
        the lists show a few rows however small the window (the page scrolls instead)."""
        line = self.fontMetrics().height()
        self.export_button.setMinimumHeight(line * 3)
        self.export_button.setIconSize(QSize(line * 2, line * 2))
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(self.font().pointSizeF() * 1.2)
        self.export_button.setFont(font)
        big = QFont(self.fingerprint.font())
        big.setPointSizeF(self.font().pointSizeF() * 1.3)
        for label in (self.fingerprint, self.centre_fingerprint):
            label.setFont(big)
        for table, rows in ((self.offices_table, 3), (self.conflict_table, 3),
                            (self.field_table, 3)):
            table.setMinimumHeight(table.horizontalHeader().sizeHint().height()
                                   + rows * table.verticalHeader().defaultSectionSize()
                                   + table.horizontalScrollBar().sizeHint().height()
                                   + 2 * table.frameWidth())

    def retranslate(self) -> None:
        self.header.setTitle(self.tr("This register"))
        self._fingerprint_caption.setText(self.tr("Key fingerprint of this register:"))
        self._centre_caption.setText(self.tr("Key fingerprint of the centre:"))
        self.join_button.setText(self.tr("&Join a regional centre…"))
        self.centre_button.setText(self.tr("&Make this the regional centre…"))
        self.office_box.setTitle(self.tr("Bundles to and from the regional centre"))
        self.export_button.setText(self.tr("&Export for the regional centre"))
        self.open_folder_button.setText(self.tr("Open the &folder"))
        self.import_centre_button.setText(self.tr("&Import a bundle from the centre…"))
        self.centre_box.setTitle(self.tr("Offices of the region"))
        self.import_folder_button.setText(self.tr("&Import a folder of bundles…"))
        self.import_files_button.setText(self.tr("Import bundle &files…"))
        self.enrol_button.setText(self.tr("E&nrol an office…"))
        self.export_office_button.setText(self.tr("E&xport for an office…"))
        self._search_label.setText(self.tr("Find an offic&e:"))
        self.office_search.setPlaceholderText(self.tr("code or name"))
        self.conflicts_box.setTitle(self.tr("Conflicts"))
        self.take_all_button.setText(self.tr("&Take all from the other side"))
        self.take_none_button.setText(self.tr("Keep &all of this register"))
        self.open_case_button.setText(self.tr("O&pen the case"))
        self.resolve_button.setText(self.tr("&Resolve"))
        self.offices.retranslate()
        self.conflicts.retranslate()
        self.fields.retranslate()
        if not self._stale:  # names of offices and values of fields are said anew too
            self.load()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange:
            self._size_parts()
        super().changeEvent(event)
