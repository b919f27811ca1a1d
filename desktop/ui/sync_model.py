"""The Sync page's tables: the enrolled offices, the open conflicts, and one conflict's fields.

Plain rows from the sync service (PeerStatus, ConflictView, FieldChoice), held whole: a region
has some tens of offices, and conflicts are few. The offices sort and filter in a proxy.
"""

from __future__ import annotations

from datetime import tzinfo
from typing import TYPE_CHECKING, Any
from uuid import UUID
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from desktop.core.office import DEFAULT_TIMEZONE
from desktop.core.text import fold
from desktop.ui import sync_words as words
from desktop.ui.table_model import Index, RowTableModel

if TYPE_CHECKING:
    from desktop.core.reference import ReferenceData
    from desktop.store.changes import ConflictView, FieldChoice
    from desktop.store.sync_state import PeerStatus

SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # what a column sorts by: numbers, times, codes
_GAP_TINT = QColor("#f7c6c0")  # as an overdue case: also said in words in its column
_TEXT_ON_TINT = QColor("#1a1a1a")


def _monospace() -> QFont:
    font = QFont("monospace")
    font.setStyleHint(QFont.StyleHint.Monospace)
    return font


def _greyed() -> QColor:
    return QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)


class PeerTableModel(RowTableModel["PeerStatus"]):
    """The offices enrolled at the centre (or, at an office, its centre); UserRole: PeerStatus."""

    CODE, NAME, ENROLMENT, FINGERPRINT, LAST_BUNDLE, APPLIED, HELD, MISSING = range(8)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._zone: tzinfo = ZoneInfo(DEFAULT_TIMEZONE)
        self.retranslate()

    def set_peers(self, peers: list[PeerStatus], zone: tzinfo) -> None:
        self.beginResetModel()
        self._rows = list(peers)
        self._zone = zone
        self.endResetModel()

    def peer(self, row: int) -> PeerStatus:
        return self._rows[row]

    def row_of(self, code: str) -> int | None:
        return next((i for i, p in enumerate(self._rows) if p.code == code), None)

    def _cell(self, peer: PeerStatus, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._text(peer, column)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._tooltip(peer, column) or text
            return text
        if role == SORT_ROLE:
            return self._sort_key(peer, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
                self.ENROLMENT, self.APPLIED, self.HELD):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and column == self.FINGERPRINT:
            return _monospace()
        if (peer.missing or peer.flagged) and column == self.MISSING:
            if role == Qt.ItemDataRole.BackgroundRole:
                return _GAP_TINT
            if role == Qt.ItemDataRole.ForegroundRole:
                return _TEXT_ON_TINT
        if role == Qt.ItemDataRole.ForegroundRole and (
                (column == self.FINGERPRINT and not peer.identity)
                or (column == self.LAST_BUNDLE and peer.last_bundle_at is None)):
            return _greyed()
        return None

    def _text(self, peer: PeerStatus, column: int) -> str:
        if column == self.CODE:
            return peer.code
        if column == self.NAME:
            return words.peer_name(peer)
        if column == self.ENROLMENT:
            return str(peer.epoch)
        if column == self.FINGERPRINT:
            return words.fingerprint(peer.identity) or self.tr("not known yet")
        if column == self.LAST_BUNDLE:
            return words.moment(peer.last_bundle_at, self._zone) or self.tr("none yet")
        if column == self.APPLIED:
            return str(peer.applied)
        if column == self.HELD:
            return str(peer.held) if peer.held else ""
        return "; ".join(t for t in (words.missing(peer.missing), words.flagged(peer.flagged))
                         if t)

    def _tooltip(self, peer: PeerStatus, column: int) -> str:
        if column == self.ENROLMENT and peer.epoch > 1:
            return self.tr("Enrolled again with a new key ({epoch} times in all): bundles made "
                           "with an earlier key are refused").format(epoch=peer.epoch)
        if column == self.FINGERPRINT and not peer.identity:
            return self.tr("The office's key arrives with its first bundle")
        if column == self.MISSING and peer.flagged:
            return self.tr("A bundle number came again with other content: a copy was altered, "
                           "or another PC sends under this office's key. Keep both files and "
                           "call the office.")
        if column == self.APPLIED:
            return self.tr("Bundles of this enrolment applied here")
        if column == self.HELD and peer.held:
            return self.tr("Bundles kept until the ones before them arrive")
        return ""

    def _sort_key(self, peer: PeerStatus, column: int) -> Any:
        if column == self.ENROLMENT:
            return peer.epoch
        if column == self.LAST_BUNDLE:
            # Never heard from sorts first: who needs a call comes to the top.
            return peer.last_bundle_at.timestamp() if peer.last_bundle_at else 0.0
        if column == self.APPLIED:
            return peer.applied
        if column == self.HELD:
            return peer.held
        if column == self.MISSING:
            return len(peer.missing) + 1000 * len(peer.flagged)  # a forgery before a gap
        return self._text(peer, column)

    def retranslate(self) -> None:
        self.set_headers([self.tr("Code"), self.tr("Name"), self.tr("Enrolment"),
                          self.tr("Key fingerprint"), self.tr("Last bundle"),
                          self.tr("Applied"), self.tr("Held"), self.tr("Gaps and warnings")])


class PeerFilterProxy(QSortFilterProxyModel):
    """Offices whose code or name contains what is typed (Қ matches К); sorted by SORT_ROLE."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._search = ""
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_search(self, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9 and later
            self.beginFilterChange()
            self._search = fold(text.strip())
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._search = fold(text.strip())
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._search:
            return True
        model = self.sourceModel()
        assert isinstance(model, PeerTableModel)
        peer = model.peer(source_row)
        return self._search in fold(f"{peer.code} {peer.name_kk} {peer.name_ru}")


class ConflictTableModel(RowTableModel["ConflictView"]):
    """Open conflicts, oldest first; UserRole gives a row's ConflictView."""

    CASE, RECORD, WITH, FOUND = range(4)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._zone: tzinfo = ZoneInfo(DEFAULT_TIMEZONE)
        self._names: dict[str, str] = {}
        self.retranslate()

    def set_conflicts(self, conflicts: list[ConflictView], names: dict[str, str],
                      zone: tzinfo) -> None:
        """`names`: peer code -> name, to say with whom."""
        self.beginResetModel()
        self._rows = list(conflicts)
        self._names = dict(names)
        self._zone = zone
        self.endResetModel()

    def conflict(self, row: int) -> ConflictView:
        return self._rows[row]

    def row_of(self, conflict_id: UUID) -> int | None:
        return next((i for i, c in enumerate(self._rows) if c.id == conflict_id), None)

    def _cell(self, conflict: ConflictView, column: int, role: int) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == self.CASE:
            return conflict.case_number or words.EMPTY
        if column == self.RECORD:
            return words.record_kind(conflict.table)
        if column == self.WITH:  # the code; its name when pointed at (and beside the fields)
            name = self._names.get(conflict.peer)
            return f"{conflict.peer} «{name}»" if name and role == Qt.ItemDataRole.ToolTipRole \
                else conflict.peer
        return words.moment(conflict.detected_at, self._zone)

    def retranslate(self) -> None:
        self.set_headers([self.tr("Case number"), self.tr("Record"), self.tr("With"),
                          self.tr("Found")])


class FieldChoiceModel(QAbstractTableModel):
    """A conflict's fields that differ: this register's value, the other side's, and a box to
    take the other side's; `taken()` names the fields ticked."""

    FIELD, HERE, THERE, TAKE = range(4)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._table = ""
        self._fields: list[FieldChoice] = []
        self._take: list[bool] = []
        self._zone: tzinfo = ZoneInfo(DEFAULT_TIMEZONE)
        self._reference: ReferenceData | None = None
        self._headers: list[str] = []
        self._take_tip = ""
        self.retranslate()

    def set_conflict(self, conflict: ConflictView | None, zone: tzinfo,
                     reference: ReferenceData | None = None) -> None:
        self.beginResetModel()
        self._table = conflict.table if conflict else ""
        self._fields = list(conflict.fields) if conflict else []
        self._take = [False] * len(self._fields)
        self._zone, self._reference = zone, reference
        self.endResetModel()

    def taken(self) -> list[str]:
        return [f.name for f, take in zip(self._fields, self._take, strict=True) if take]

    def take_all(self, take: bool) -> None:
        self._take = [take] * len(self._fields)
        if self._fields:
            self.dataChanged.emit(self.index(0, self.TAKE),
                                  self.index(len(self._fields) - 1, self.TAKE))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._fields)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == self.TAKE:
            return self._take_tip
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and index.column() == self.TAKE:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        choice, column = self._fields[index.row()], index.column()
        taken = self._take[index.row()]
        if column == self.TAKE:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if taken else Qt.CheckState.Unchecked
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return self.tr("take") if role == Qt.ItemDataRole.AccessibleTextRole else ""
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.FIELD:
                return words.field_name(self._table, choice.name)
            value = choice.local if column == self.HERE else choice.remote
            return words.field_value(self._table, choice.name, value, self._zone,
                                     self._reference)
        if role == Qt.ItemDataRole.FontRole and column in (self.HERE, self.THERE) and (
                (column == self.THERE) == taken):
            font = QFont()
            font.setBold(True)  # the value the resolution keeps
            return font
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != self.TAKE or (
                role != Qt.ItemDataRole.CheckStateRole):
            return False
        self._take[index.row()] = Qt.CheckState(value) == Qt.CheckState.Checked
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), self.TAKE))
        return True

    def retranslate(self) -> None:
        self._headers = [self.tr("Field"), self.tr("In this register"),
                         self.tr("At the other side"), self.tr("Take")]
        self._take_tip = self.tr("Tick to take the other side's value of the field")
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._headers) - 1)
        if self._fields:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._fields) - 1, len(self._headers) - 1))


def local_zone(timezone: str | None) -> tzinfo:
    """The office's time zone, for the moments shown (as the register's "today" is)."""
    try:
        return ZoneInfo(timezone or DEFAULT_TIMEZONE)
    except (KeyError, ValueError):
        return ZoneInfo(DEFAULT_TIMEZONE)
