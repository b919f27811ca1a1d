"""Reading an office journal file (.xlsx or .csv): its columns, header row and data rows.

This module knows the file format only: which header names mean which column, and how to get
cell values out of a workbook or a CSV text. What a value means is desktop.services.journal's job.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.core.errors import DomainError
from desktop.core.messages import problem
from desktop.core.reference import LANGUAGES
from desktop.core.text import clean_line, fold

# The journal's columns and their header names. The one table of header labels: the importer,
# the template and the documentation all read it.
COLUMN_LABELS: dict[str, dict[str, str]] = {
    "reg_date": {
        "kk": "Тіркелген күні", "ru": "Дата регистрации", "en": "Registration date"},
    "applicant_name": {
        "kk": "Өтініш беруші", "ru": "Заявитель", "en": "Applicant"},
    "applicant_iin": {
        "kk": "Өтініш берушінің ЖСН", "ru": "ИИН заявителя", "en": "Applicant IIN"},
    "respondent_name": {
        "kk": "Екінші тарап", "ru": "Другая сторона", "en": "Other party"},
    "respondent_id": {
        "kk": "Екінші тараптың ЖСН/БСН", "ru": "ИИН/БИН другой стороны",
        "en": "Other party IIN/BIN"},
    "category": {
        "kk": "Дау санаты", "ru": "Категория спора", "en": "Dispute category"},
    "subject": {
        "kk": "Даудың мәні", "ru": "Суть спора", "en": "Subject of the dispute"},
    "mediator": {
        "kk": "Медиатор", "ru": "Медиатор", "en": "Mediator"},
    "outcome": {
        "kk": "Нәтижесі", "ru": "Результат", "en": "Outcome"},
    "closed_date": {
        "kk": "Аяқталған күні", "ru": "Дата завершения", "en": "Closing date"},
}
REQUIRED_COLUMNS = ("reg_date", "applicant_name", "respondent_name", "category", "subject")
DATE_COLUMNS = ("reg_date", "closed_date")
IDENTIFIER_COLUMNS = ("applicant_iin", "respondent_id")

SUFFIXES = (".xlsx", ".csv")
# Offices often put a title ("Журнал регистрации ...") above the header; look this far down.
HEADER_SEARCH_ROWS = 20
_ZIP_MAGIC = b"PK\x03\x04"

_HEADER_INDEX = {fold(label): key for key, labels in COLUMN_LABELS.items()
                 for label in (key, *labels.values())}


class JournalFileError(DomainError):
    """The journal file cannot be read as a journal at all; the message names the file."""


@dataclass
class JournalSheet:
    """The journal's header and its non-empty data rows, values keyed by column key."""

    file: str
    headers: dict[str, str]  # column key -> the header text as written in the file
    ignored_columns: list[str] = field(default_factory=list)
    rows: list[tuple[int, dict[str, Any]]] = field(default_factory=list)  # (row number, cells)


def column_names(key: str) -> str:
    """A column's names in kk / ru / en, for messages that must reach any reader."""
    labels = COLUMN_LABELS[key]
    return " / ".join(dict.fromkeys(labels[lang] for lang in LANGUAGES))


# Ten years of a busy office's journal is a few MB; far more is not a journal, and would only
# fill the memory of an old office PC.
MAX_FILE_BYTES = 64 * 2**20


def read_journal(path: Path) -> JournalSheet:
    """Read a journal file; anything that keeps it from being a journal is a JournalFileError."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        if not suffix:
            raise JournalFileError(problem(
                "{path}: cannot read a file without an extension; save the journal as an Excel "
                "workbook (.xlsx) or as 'CSV UTF-8' (.csv)", path=path))
        raise JournalFileError(problem(
            "{path}: cannot read {suffix}; save the journal as an Excel workbook (.xlsx) or as "
            "'CSV UTF-8' (.csv)", path=path, suffix=suffix))
    if not path.exists():
        raise JournalFileError(problem("{path}: no such file", path=path))
    if not path.is_file():
        raise JournalFileError(problem("{path}: is a folder, not a file", path=path))
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise JournalFileError(problem(
                "{path}: is {size} MB; a journal is at most {limit} MB (split it by year)",
                path=path, size=f"{size / 2**20:.0f}", limit=MAX_FILE_BYTES // 2**20))
        data = path.read_bytes()
    except OSError as error:
        raise JournalFileError(problem("{path}: cannot be read ({reason})", path=path,
                                       reason=error.strerror)) from None
    if not data.strip():
        raise JournalFileError(problem("{path}: the file is empty", path=path))
    if suffix == ".csv":
        return _journal(path, _csv_rows(path, data))
    return _xlsx_journal(path, data)


# --- header and rows, whatever the file type ---------------------------------------------

def _journal(path: Path, rows: Iterable[tuple[Any, ...]]) -> JournalSheet:
    numbered = enumerate(rows, start=1)
    header_number, header = _find_header(path, numbered)
    positions, sheet = _read_header(path, header)
    for number, cells in numbered:
        values = {key: _value(cells[i]) if i < len(cells) else None
                  for key, i in positions.items()}
        # Only the known columns count: a pre-numbered "№" column does not make a row non-empty.
        if any(v is not None for v in values.values()):
            sheet.rows.append((number, values))
    if not sheet.rows:
        raise JournalFileError(problem(
            "{path}: has a header (row {row}) but no rows of cases under it", path=path,
            row=header_number))
    return sheet


def _find_header(path: Path, rows: Iterator[tuple[int, tuple[Any, ...]]]
                 ) -> tuple[int, tuple[Any, ...]]:
    seen_anything = False
    for number, cells in rows:
        texts = [_header_text(c) for c in cells]
        seen_anything = seen_anything or any(texts)
        if any(fold(t) in _HEADER_INDEX for t in texts if t):
            return number, cells
        if number >= HEADER_SEARCH_ROWS:
            break
    if not seen_anything:
        raise JournalFileError(problem("{path}: the file is empty", path=path))
    raise JournalFileError(problem(
        "{path}: no header row found: the first row must name the columns, e.g. {first}; "
        "{second}", path=path, first=column_names("reg_date"),
        second=column_names("applicant_name")))


def _read_header(path: Path, header: tuple[Any, ...]) -> tuple[dict[str, int], JournalSheet]:
    positions: dict[str, int] = {}
    sheet = JournalSheet(file=str(path), headers={})
    for i, cell in enumerate(header):
        text = _header_text(cell)
        if not text:
            continue
        key = _HEADER_INDEX.get(fold(text))
        if key is None:
            sheet.ignored_columns.append(text)
        elif key in positions:
            raise JournalFileError(problem(
                "{path}: the column {column} appears twice in the header (also as {other}); "
                "keep one", path=path, column=repr(text), other=repr(sheet.headers[key])))
        else:
            positions[key] = i
            sheet.headers[key] = text
    missing = [key for key in REQUIRED_COLUMNS if key not in positions]
    if missing:
        raise JournalFileError(problem(
            "{path}: the header has no column for: {columns}", path=path,
            columns="; ".join(column_names(key) for key in missing)))
    return positions, sheet


def _header_text(cell: Any) -> str:
    return "" if cell is None else clean_line(str(cell))


def _value(cell: Any) -> Any:
    """A cell's value as read, with blank text made None."""
    if isinstance(cell, str):
        return cell if cell.strip() else None
    return cell


# --- CSV ---------------------------------------------------------------------------------

def _csv_rows(path: Path, data: bytes) -> Iterator[tuple[str, ...]]:
    if data.startswith(_ZIP_MAGIC):
        raise JournalFileError(problem(
            "{path}: is an Excel workbook with a .csv name; rename it to .xlsx", path=path))
    try:
        text = data.decode("utf-8-sig")  # with or without the BOM Excel writes
    except UnicodeDecodeError:
        raise JournalFileError(problem(
            "{path}: is not UTF-8 text; in Excel choose File > Save As and the type "
            "'CSV UTF-8 (comma delimited)', then import that file", path=path)) from None
    if not text.strip():
        raise JournalFileError(problem("{path}: the file is empty", path=path))
    # The csv module stops at 128 KiB a cell; a longer cell is read here so that the check of
    # the row can name its column and say how long it may be, as for a workbook.
    csv.field_size_limit(max(csv.field_size_limit(), MAX_FILE_BYTES))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    try:
        # Read it all here, so that a broken quote is a JournalFileError and not a traceback.
        rows = [tuple(record) for record in reader]
    except csv.Error as error:
        raise JournalFileError(problem(
            "{path}: is not a readable CSV file near row {row} ({reason})", path=path,
            row=reader.line_num, reason=str(error))) from None
    return iter(rows)


def _delimiter(text: str) -> str:
    """';' or ',' whichever separates more cells of the first line that has either.

    Russian and Kazakh Excel writes ';' (the comma is the decimal point there), others ','.
    """
    counts = {";": 0, ",": 0}
    quoted = False
    for ch in text:
        if ch == '"':
            quoted = not quoted
        elif quoted:
            continue
        elif ch in counts:
            counts[ch] += 1
        elif ch == "\n" and any(counts.values()):
            break
    return ";" if counts[";"] > counts[","] else ","


# --- XLSX --------------------------------------------------------------------------------

def _xlsx_journal(path: Path, data: bytes) -> JournalSheet:
    if not data.startswith(_ZIP_MAGIC):
        raise JournalFileError(problem(
            "{path}: is not an Excel workbook (.xlsx); an old .xls, a workbook with a password "
            "or a renamed file must be saved again from Excel as 'Excel Workbook (.xlsx)', "
            "without a password", path=path))
    import openpyxl  # here, not at the top: every command would pay for it at start

    # openpyxl may fail in many ways on a damaged or foreign file (zip, XML, missing parts):
    # every one of them means the same to the clerk, so all become one clear error.
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:
        raise JournalFileError(problem(
            "{path}: is damaged or not an Excel workbook; open it in Excel and save it "
            "again as 'Excel Workbook (.xlsx)'", path=path)) from None
    try:
        return _first_journal_sheet(path, workbook)
    except JournalFileError:
        raise
    except Exception:
        raise JournalFileError(problem(
            "{path}: a worksheet is damaged and cannot be read; open it in Excel and save "
            "it again", path=path)) from None
    finally:
        workbook.close()


def _first_journal_sheet(path: Path, workbook: Any) -> JournalSheet:
    """The journal on the leftmost worksheet that has a header (a template has a second sheet)."""
    first_error: JournalFileError | None = None
    for worksheet in workbook.worksheets:
        worksheet.reset_dimensions()  # some programs write a wrong size; read what is there
        try:
            return _journal(path, worksheet.iter_rows(min_row=1, values_only=True))
        except JournalFileError as error:
            first_error = first_error or error
    raise first_error or JournalFileError(problem("{path}: the workbook has no worksheet",
                                                  path=path))
