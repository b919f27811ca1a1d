"""The case editor's list of signed papers printed or saved for the case.

A paper in someone's hands can be checked against it: the start of the content hash here is
the start of the one in the paper's QR code.
"""

from __future__ import annotations

from uuid import UUID
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.app import App
from desktop.core.office import DEFAULT_TIMEZONE
from desktop.core.printed import PrintedDocument
from desktop.documents.material import Kind
from desktop.ui import labels
from desktop.ui.form import SAMPLE_DATE, format_day, set_up_table

HASH_SHOWN = 12  # hex digits: enough to tell papers apart by eye
VISIBLE_ROWS = 4  # the list scrolls beyond: it must not take the tabs' room


class PrintedDocuments(QGroupBox):
    """Hidden until the case has a printed paper; newest last, as they were printed."""

    def __init__(self, kelisim: App, parent: QWidget | None = None):
        super().__init__(parent)
        self._app = kelisim
        self._records: list[PrintedDocument] = []
        self.table = QTableWidget(0, 4)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # nothing to do here by keyboard
        set_up_table(self.table, (0, 30, SAMPLE_DATE + " 00:00", "0" * (HASH_SHOWN + 2)),
                     stretch=0)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        self.hide()
        self.retranslate()

    def load(self, case_id: UUID | None) -> None:
        """The history of a stored case; none for a new one."""
        self._records = self._app.documents().history(case_id) if case_id else []
        self._show()

    def _show(self) -> None:
        office = self._app.office.current()
        zone = ZoneInfo(office.timezone if office else DEFAULT_TIMEZONE)
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.table.setRowCount(len(self._records))
        for row, record in enumerate(self._records):
            at = record.printed_at.astimezone(zone)  # where the office is, as its "today"
            # A kind this version does not know (synced from a newer one) shows as it is.
            kind = labels.document_kind(Kind(record.kind)) if record.kind in tuple(Kind) \
                else record.kind
            texts = (kind,
                     labels.document_language(record.language),
                     f"{format_day(at.date())} {at:%H:%M}", record.content_hash[:HASH_SHOWN])
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(record.content_hash if column == 3 else text)
                if column == 3:
                    item.setFont(mono)
                self.table.setItem(row, column, item)
        if self._records:
            self.table.scrollToBottom()
        header = self.table.horizontalHeader().height()
        line = self.table.verticalHeader().defaultSectionSize()
        self.table.setFixedHeight(header + line * min(len(self._records), VISIBLE_ROWS)
                                  + 2 * self.table.frameWidth())
        self.setVisible(bool(self._records))

    def retranslate(self) -> None:
        self.setTitle(self.tr("Printed documents"))
        self.table.setHorizontalHeaderLabels([self.tr("Document"), self.tr("Language"),
                                              self.tr("Printed at"), self.tr("Content hash")])
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
