"""The case register as a Qt table: one page of rows at a time, filtered and sorted in the query.

No QSortFilterProxyModel here: a proxy sorts and filters the rows it holds, so it would fetch
all 100,000 cases first. The query (CaseQuery) filters and sorts in the database instead, and
the view asks for further pages only as it scrolls (canFetchMore/fetchMore).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any, ClassVar
from uuid import UUID

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QStyle, QTableView

from desktop.app import App
from desktop.core.case import CaseStatus
from desktop.core.deadline import DueState
from desktop.core.party import PartyKind, PartyRole
from desktop.core.register import CaseQuery, CaseSummary, PartyLine, SortKey
from desktop.services.due import DUE_WITHIN_DAYS
from desktop.ui import labels
from desktop.ui.form import SAMPLE_DATE, SAMPLE_NUMBER, format_day, set_up_table
from desktop.ui.table_model import Index, RowTableModel

PAGE = 100  # rows read at a time: more than a screen at any type size, some 5 ms at 100k cases

# Soft tints that keep dark text readable; the state is also said by an icon and in words.
_BACKGROUNDS = {DueState.DUE_SOON: QColor("#ffe7b0"), DueState.OVERDUE: QColor("#f7c6c0")}
_TEXT_ON_TINT = QColor("#1a1a1a")
_ICONS = {DueState.DUE_SOON: QStyle.StandardPixmap.SP_MessageBoxWarning,
          DueState.OVERDUE: QStyle.StandardPixmap.SP_MessageBoxCritical}


def due_decoration(state: DueState, role: int) -> Any:
    """Colour and icon of a due or late cell (its words are the caller's), None for others."""
    if state not in _BACKGROUNDS:
        return None
    if role == Qt.ItemDataRole.BackgroundRole:
        return _BACKGROUNDS[state]
    if role == Qt.ItemDataRole.ForegroundRole:
        return _TEXT_ON_TINT  # a dark theme's light text would vanish on the tint
    if role == Qt.ItemDataRole.DecorationRole:
        return QApplication.style().standardIcon(_ICONS[state])
    return None


def short_name(party: PartyLine) -> str:
    """"Қасымов Ә. Н." for a person; an organisation keeps its whole name."""
    words = party.name.split()
    if party.kind == PartyKind.LEGAL_ENTITY.value or len(words) < 2:
        return party.name
    return " ".join([words[0], *(w[0] + "." for w in words[1:])])


def _side(parties: list[PartyLine]) -> str:
    if not parties:
        return ""
    return short_name(parties[0]) + (", …" if len(parties) > 1 else "")


class CaseTableModel(RowTableModel[CaseSummary]):
    """Rows of the register for a query, read by `set_query()` or `refresh()` (not before);
    UserRole gives a row's CaseSummary."""

    NUMBER, REG_DATE, PARTIES, CATEGORY, MEDIATORS, STATUS, DEADLINE = range(7)
    SORT_KEYS: ClassVar = {NUMBER: SortKey.NUMBER, REG_DATE: SortKey.REG_DATE,
                           CATEGORY: SortKey.CATEGORY, STATUS: SortKey.STATUS,
                           DEADLINE: SortKey.DEADLINE}

    counted = Signal(int)  # how many cases the query matches, after every (re)query

    def __init__(self, kelisim: App, query: CaseQuery | None = None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self._app = kelisim
        self._query = query or CaseQuery()
        self._total = 0
        self._today = date.min
        self.retranslate()

    # --- the query -------------------------------------------------------------------------

    @property
    def query(self) -> CaseQuery:
        return self._query

    @property
    def total(self) -> int:
        return self._total

    @property
    def today(self) -> date:
        return self._today

    def set_query(self, query: CaseQuery) -> None:
        """Show the cases of `query` from its first page on."""
        self._query = query
        self._reset(PAGE)

    def refresh(self, changed: UUID | None = None) -> None:
        """Show what was saved: a case already listed is read again alone, in its place (reading
        again the thousands of rows scrolled through would freeze the window); anything else
        (a new or deleted case, F5) reads the query again from its first page."""
        row = self.row_of(changed) if changed else None
        fresh = self._app.cases.summaries([changed]) if row is not None else []
        # A case that left the query (another status under a status filter, deleted) changes
        # its count: then the list is read again.
        if not fresh or self._app.cases.count(self._dated()) != self._total:
            self._reset(PAGE)
            return
        self._rows[row] = fresh[0]
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def _reset(self, rows: int) -> None:
        self.beginResetModel()
        self._load(rows)
        self.endResetModel()
        self.counted.emit(self._total)

    def _load(self, rows: int) -> None:
        self._today = self._app.office.today()
        self._total = self._app.cases.count(self._dated())
        self._rows = self._app.cases.summaries(self._app.cases.page(self._dated(), 0, rows))

    def _dated(self) -> CaseQuery:
        # "Due within 7 days" must count from the same today as the due cells.
        return self._query if self._query.today else replace(self._query, today=self._today)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 (Qt's signature)
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        ids = self._app.cases.page(self._dated(), len(self._rows), PAGE)
        if not ids:  # cases went away since they were counted
            self._total = len(self._rows)
            self.counted.emit(self._total)
            return
        more = self._app.cases.summaries(ids)
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._rows += more
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        query = self.ordered(self._query, column, order)
        if query != self._query:
            self.set_query(query)

    def ordered(self, query: CaseQuery, column: int, order: Qt.SortOrder) -> CaseQuery:
        """`query` in the order of `column`; unchanged for parties and mediators, lists of
        names the database cannot order by."""
        key = self.SORT_KEYS.get(column)
        if key is None:
            return query
        return replace(query, sort=key, descending=order == Qt.SortOrder.DescendingOrder)

    def sortable(self, column: int) -> bool:
        return column in self.SORT_KEYS

    def sort_column(self) -> int:
        return next(c for c, k in self.SORT_KEYS.items() if k is self._query.sort)

    # --- rows ------------------------------------------------------------------------------

    def case_id(self, row: int) -> UUID:
        return self._rows[row].id

    def row_of(self, case_id: UUID) -> int | None:
        return next((i for i, s in enumerate(self._rows) if s.id == case_id), None)

    def _cell(self, summary: CaseSummary, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(summary, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(summary, column)
        if column == self.DEADLINE:
            return due_decoration(summary.due(self._today, DUE_WITHIN_DAYS), role)
        return None

    def _text(self, summary: CaseSummary, column: int) -> str:
        if column == self.NUMBER:
            return summary.number
        if column == self.REG_DATE:
            return format_day(summary.reg_date)
        if column == self.PARTIES:
            sides = [[p for p in summary.parties if p.role == role] for role in PartyRole]
            return " — ".join(_side(side) for side in sides if side)
        if column == self.CATEGORY:
            return labels.term(self._app.reference.categories, summary.category)
        if column == self.MEDIATORS:
            return ", ".join(summary.mediators)
        if column == self.STATUS:
            if summary.status is CaseStatus.CLOSED and summary.outcome is not None:
                return self.tr("{status}: {outcome}").format(
                    status=labels.status(summary.status), outcome=labels.outcome(summary.outcome))
            return labels.status(summary.status)
        state = summary.due(self._today, DUE_WITHIN_DAYS)
        if state in _BACKGROUNDS:
            return self.tr("{date} — {state}").format(date=format_day(summary.deadline),
                                                      state=labels.due(state))
        return format_day(summary.deadline)

    def _tooltip(self, summary: CaseSummary, column: int) -> str | None:
        if column == self.PARTIES:
            return "\n".join(f"{labels.party_role(PartyRole(p.role))}: {p.name}"
                             for p in summary.parties)
        if column == self.DEADLINE and summary.deadline is not None:
            return deadline_tooltip(summary.deadline, self._today,
                                    summary.due(self._today, DUE_WITHIN_DAYS))
        text = self._text(summary, column)
        return text or None  # the whole text of a cell the column is too narrow for

    # --- language ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.set_headers([self.tr("Number"), self.tr("Registered"), self.tr("Parties"),
                          self.tr("Category"), self.tr("Mediators"), self.tr("Status"),
                          self.tr("Deadline")])


class _Deadline(QObject):
    """Says how near a deadline is. A QObject because lupdate finds counted words (%n, whose
    plural forms differ by language) only in a class's self.tr."""

    def tooltip(self, deadline: date, today: date, state: DueState) -> str:
        days = abs((deadline - today).days)
        if state is DueState.OVERDUE:
            text = self.tr("Deadline {date}: overdue by %n day(s)", "", days)
        elif state is DueState.DUE_SOON and days == 0:
            text = self.tr("Deadline {date}: due today")
        elif state is DueState.DUE_SOON:
            text = self.tr("Deadline {date}: due in %n day(s)", "", days)
        else:
            text = self.tr("Deadline {date}")
        return text.format(date=format_day(deadline))


_deadline = _Deadline()


def deadline_tooltip(deadline: date, today: date, state: DueState) -> str:
    """The deadline and how near it is, said in words."""
    return _deadline.tooltip(deadline, today, state)


def configure_view(view: QTableView) -> None:
    """A register table: whole rows selected, long texts elided, sorting where the model can.

    A click on a column the database cannot sort by leaves the sort indicator where it was, so
    the arrow never promises an order the rows are not in.
    """
    model = view.model()
    assert isinstance(model, CaseTableModel)
    # A whole case number and date, two short names of parties; the deadline takes the rest.
    set_up_table(view, (SAMPLE_NUMBER, SAMPLE_DATE, 30, 18, 20, 22, 24), stretch=None)
    header = view.horizontalHeader()
    # Shown as: number, date, parties, status, deadline, then category and mediators, so that
    # what needs doing is seen without scrolling sideways at a large type size.
    header.moveSection(header.visualIndex(CaseTableModel.STATUS), CaseTableModel.PARTIES + 1)
    header.moveSection(header.visualIndex(CaseTableModel.DEADLINE), CaseTableModel.PARTIES + 2)
    header.setSortIndicator(model.sort_column(), Qt.SortOrder.DescendingOrder
                            if model.query.descending else Qt.SortOrder.AscendingOrder)

    def keep_indicator_sortable(column: int, _order: Qt.SortOrder) -> None:
        if not model.sortable(column):
            header.blockSignals(True)
            header.setSortIndicator(model.sort_column(), Qt.SortOrder.DescendingOrder
                                    if model.query.descending else Qt.SortOrder.AscendingOrder)
            header.blockSignals(False)

    header.sortIndicatorChanged.connect(keep_indicator_sortable)
    view.setSortingEnabled(True)
