"""Small pieces the forms and dialogs share: a field with its reason, dates, sums, the OK and
Cancel of a step, and a window's size and scrolling in characters of its type.

A reason is shown in words and in colour (never colour alone) and is also the field's
accessible description, so a screen reader says it too.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, QEvent, QObject, QSize, Qt, QTimer, SignalInstance
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.messages import Text, problem
from desktop.ui.i18n import message

ERROR_COLOUR = "#a8071a"  # dark red: readable on the light background, also for weak eyes
GOOD_COLOUR = "#1b5e20"
SAMPLE_NUMBER = "KRG01-2026-00000"  # widths of columns, measured in the current type
SAMPLE_DATE = "00.00.0000"
DATE_FORMAT = "dd.MM.yyyy"  # how dates are written in Kazakhstan, in every language


def format_day(day: date | None) -> str:
    return f"{day.day:02d}.{day.month:02d}.{day.year}" if day else ""


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_edit(latest: date | None = None) -> QDateEdit:
    """A date typed or picked from a calendar; `latest` (usually today) is the last allowed."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    if latest is not None:
        edit.setMaximumDate(to_qdate(latest))
    return edit


def step_date(earliest: date | None, today: date, value: date) -> QDateEdit:
    """The day a step was taken: from `earliest` (none: any day) to today, set to `value`."""
    edit = date_edit(latest=today)
    if earliest is not None:
        edit.setMinimumDate(to_qdate(earliest))
    edit.setDate(to_qdate(value))
    return edit


def text_edit() -> QPlainTextEdit:
    """Multi-line text where Tab moves on to the next field, as everywhere else in a form."""
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * 4)
    return edit


def form_layout() -> QFormLayout:
    """Labels beside their fields while there is room, above them in large type or Kazakh."""
    layout = QFormLayout()
    layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return layout


def field_label(field: QWidget) -> QLabel:
    """A label whose mnemonic (&) moves to `field`.

    It does not wrap: a form row gives a wrapped label only its field's height and cuts it off.
    A long label (large type, Kazakh) puts its field on the next line instead (WrapLongRows).
    """
    label = QLabel()
    label.setBuddy(field)
    return label


def reason_label() -> QLabel:
    """The line under a dialog's form that says why its OK (or Save) waits."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {ERROR_COLOUR};")
    return label


def ok_cancel(on_ok: Callable[[], object] | SignalInstance,
              on_cancel: Callable[[], object],
              ok: QDialogButtonBox.StandardButton | None = None) -> QDialogButtonBox:
    """A dialog's accept button and Cancel, in the platform's order.

    `ok` None: a button whose text the dialog sets (e.g. "Start mediation"). It is not Qt's
    standard OK, because on a language switch Qt renames a standard button back to "OK" after
    the dialog has set its own text.
    """
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    if ok is None:
        buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole).setDefault(True)
    else:
        buttons.addButton(ok)
    buttons.accepted.connect(on_ok)
    buttons.rejected.connect(on_cancel)
    return buttons


def accept_button(buttons: QDialogButtonBox) -> QPushButton:
    return next(b for b in buttons.buttons()
                if buttons.buttonRole(b) == QDialogButtonBox.ButtonRole.AcceptRole)


def show_reason(reason: QLabel, buttons: QDialogButtonBox, why: str) -> None:
    """Say `why` OK waits (in a `reason_label`), or, when nothing is in the way, enable OK."""
    reason.setText(why)
    reason.setVisible(bool(why))
    accept_button(buttons).setEnabled(not why)


class ProblemLabel(QLabel):
    """The reason a field's value cannot be saved, shown under the field; hidden when none."""

    def __init__(self, field: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self._field = field
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.hide()

    def set_problem(self, reason: str | None) -> None:
        """Show `reason` (a core `Text` is translated here), or nothing."""
        text = message(reason) if reason else ""
        self.setText(f"⚠ {text}" if text else "")
        self.setVisible(bool(text))
        self._field.setAccessibleDescription(text)


class FieldRow(QWidget):
    """A field with its problem label under it: the field column of a form row."""

    def __init__(self, field: QWidget, parent: QWidget | None = None, extra: QWidget | None = None):
        super().__init__(parent)
        self.field = field
        self.problem = ProblemLabel(field, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(field)
        if extra is not None:
            layout.addWidget(extra)
        layout.addWidget(self.problem)


# --- sums of money in tenge -----------------------------------------------------------------

_SPACES = " \u00a0\u202f'"  # typed, Excel's and Word's group separators


def parse_amount(raw: str) -> tuple[Decimal | None, Text | None]:
    """A sum as people write it ("150 000", "150000,50", "150 000.50"): (value, None), or
    (None, why not). Empty is (None, None): no sum given.

    "150,000" is refused, not read as 150: a comma or point is taken as the decimal mark only
    with one or two digits after it, so a thousands separator never shrinks a sum silently.
    """
    text = "".join(ch for ch in raw.strip() if ch not in _SPACES).replace(",", ".")
    if not text:
        return None, None
    whole, _, cents = text.partition(".")
    if not whole.isdigit() or not whole.isascii() or (
            "." in text and not (cents.isdigit() and cents.isascii() and len(cents) <= 2)):
        return None, problem("write the sum in digits, e.g. 150 000 or 150 000,50")
    return Decimal(text), None


def format_amount(amount: Decimal | None) -> str:
    """150 000 or 150 000,50: grouped by spaces, decimal comma, as written in Kazakhstan."""
    if amount is None:
        return ""
    whole, _, cents = f"{amount:.2f}".partition(".")
    grouped = f"{int(whole):,}".replace(",", " ")
    return grouped if cents == "00" else f"{grouped},{cents}"


UNREADABLE_AMOUNT = Decimal("NaN")


def amount_for_draft(raw: str) -> Decimal | None:
    """The sum to put into a draft case: NaN when it cannot be read, so that validate_case
    refuses the draft at this field's path and Save waits until it is corrected."""
    value, reason = parse_amount(raw)
    return UNREADABLE_AMOUNT if reason else value


def amount_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
    return edit


def set_up_table(view: QTableView, widths: Sequence[str | int], stretch: int | None) -> None:
    """A read-only list: whole rows chosen, long texts elided, one column (`stretch`, else the
    last) taking the rest of the width and the others as wide as a sample text or a number of
    digits, and their title; a list wider than the window scrolls sideways.

    The widths follow the type size and the language (the titles change) as they change.
    """
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setStretchLastSection(stretch is None)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    _ColumnSizer(view, widths)


class _ColumnSizer(QObject):
    """Sizes a view's columns now and again whenever its type size or language changes."""

    def __init__(self, view: QTableView, widths: Sequence[str | int]):
        super().__init__(view)
        self._view = view
        self._widths = tuple(widths)
        view.installEventFilter(self)
        self.size()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LanguageChange):
            QTimer.singleShot(0, self, self.size)  # after the model has its new titles
        return False

    def size(self) -> None:
        view, header = self._view, self._view.horizontalHeader()
        cells, titles = view.fontMetrics(), header.fontMetrics()
        digit = cells.horizontalAdvance("0")
        for column, width in enumerate(self._widths):
            if header.sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch:
                continue
            sample = cells.horizontalAdvance(width) if isinstance(width, str) else width * digit
            title = str(view.model().headerData(column, Qt.Orientation.Horizontal) or "")
            # Room for the cell's margins and the header's sort arrow.
            header.resizeSection(column, max(sample, titles.horizontalAdvance(title)) + 4 * digit)


# --- windows in characters of their type -------------------------------------------------------


class _Scrolled(QScrollArea):
    """Asks for the room its contents need; scrolls when the screen has less."""

    def sizeHint(self) -> QSize:
        hint = self.widget().sizeHint()
        return QSize(hint.width() + self.verticalScrollBar().sizeHint().width(), hint.height())


def scrolled(*parts: QLayout | QWidget) -> QScrollArea:
    """`parts` one under another, scrolled up and down when large type makes them taller than
    the screen (rather than squeezed); lines wrap to the width instead of scrolling sideways."""
    body = QWidget()
    layout = QVBoxLayout(body)
    layout.setContentsMargins(0, 0, 0, 0)
    for part in parts:
        if isinstance(part, QLayout):
            layout.addLayout(part)
        else:
            layout.addWidget(part)
    layout.addStretch(1)
    area = _Scrolled()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(body)
    return area


def fit(window: QWidget, columns: int, lines: int) -> None:
    """Size `window` in characters of its type (so larger type gets a larger window), within
    the screen; its layout may ask for more."""
    metrics = window.fontMetrics()
    room = window.screen().availableGeometry()
    hint = window.sizeHint()
    window.resize(min(max(hint.width(), metrics.averageCharWidth() * columns), room.width()),
                  min(max(hint.height(), metrics.lineSpacing() * lines), room.height() * 9 // 10))
