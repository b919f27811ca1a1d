"""An empty journal workbook (.xlsx) that the office fills in Excel and imports back."""

from __future__ import annotations

import os
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from desktop.core.messages import problem
from desktop.core.reference import LANGUAGES, ReferenceData, Term
from desktop.core.text import fold
from desktop.services.journal_reader import (
    COLUMN_LABELS,
    DATE_COLUMNS,
    IDENTIFIER_COLUMNS,
    JournalFileError,
)

JOURNAL_SHEET = "Journal"
# The words of the template's second sheet, in each language (the column names are in
# journal_reader.COLUMN_LABELS).
LIST_WORDS = {
    "sheet": {"kk": "Тізімдер", "ru": "Справочник", "en": "Lists"},
    "list": {"kk": "Тізім", "ru": "Список", "en": "List"},
    "also": {"kk": "Бұлар да қабылданады", "ru": "Также принимаются", "en": "Also accepted"},
}
LANGUAGE_NAMES = {"kk": "Қазақша", "ru": "Русский", "en": "English"}
DATE_FORMAT = "DD.MM.YYYY"
TEXT_FORMAT = "@"  # Excel keeps an IIN typed here as text, leading zeros and all
FILLED_ROWS = 5000  # rows that get the category and outcome drop-downs
# Workbook names of the drop-downs' lists: a name works in every Excel and in LibreOffice, where
# a plain reference to another sheet in a validation does not.
LIST_NAMES = {"category": "Categories", "outcome": "Outcomes"}
WIDTHS = {"reg_date": 14, "applicant_name": 32, "applicant_iin": 16, "respondent_name": 32,
          "respondent_id": 18, "category": 30, "subject": 50, "mediator": 30, "outcome": 24,
          "closed_date": 14}
_HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")


def write_template(path: Path, language: str, reference: ReferenceData, *,
                   replace: bool = False) -> None:
    """Write an empty journal with its header in `language` (kk, ru or en) to `path`.

    An existing file is kept unless `replace`: it may be an office's filled-in journal.
    """
    if path.exists() and not replace:
        raise JournalFileError(problem(
            "{path}: already exists; choose another name (or --force to replace it)", path=path))
    if language not in LANGUAGES:
        raise JournalFileError(problem("unknown language {language}: choose kk, ru or en",
                                       language=repr(language)))
    if path.suffix.lower() != ".xlsx":
        raise JournalFileError(problem(
            "{path}: the template is an Excel workbook; name it *.xlsx", path=path))
    workbook = Workbook()
    journal = workbook.active
    journal.title = JOURNAL_SHEET
    lists = workbook.create_sheet(LIST_WORDS["sheet"][language])
    for key, cells in _write_lists(lists, reference, language).items():
        workbook.defined_names[LIST_NAMES[key]] = DefinedName(LIST_NAMES[key], attr_text=cells)
    _write_journal(journal, language)
    partial = path.with_name(path.name + ".partial")
    try:
        workbook.save(partial)
        os.replace(partial, path)  # a file that is there is whole: never half a template
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise JournalFileError(problem("{path}: cannot be written ({reason})", path=path,
                                       reason=error.strerror)) from None


def _write_journal(sheet: Worksheet, language: str) -> None:
    """The header row, the column formats, and the drop-downs fed from the lists sheet."""
    for i, (key, labels) in enumerate(COLUMN_LABELS.items(), start=1):
        letter = get_column_letter(i)
        cell = sheet.cell(row=1, column=i, value=labels[language])
        cell.font = Font(bold=True)
        cell.fill = _HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        column = sheet.column_dimensions[letter]
        column.width = WIDTHS[key]
        # A column's style is what Excel gives every cell typed into it later.
        if key in DATE_COLUMNS:
            column.number_format = DATE_FORMAT
        elif key in IDENTIFIER_COLUMNS:
            column.number_format = TEXT_FORMAT
        if key in LIST_NAMES:
            _add_drop_down(sheet, f"{letter}2:{letter}{FILLED_ROWS + 1}", LIST_NAMES[key])
    sheet.freeze_panes = "A2"


def _add_drop_down(sheet: Worksheet, cells: str, source: str) -> None:
    # A warning, not a stop: the importer also accepts the other names on the lists sheet.
    validation = DataValidation(type="list", formula1=source, allow_blank=True,
                                showErrorMessage=True, errorStyle="warning")
    validation.add(cells)
    sheet.add_data_validation(validation)


def _write_lists(sheet: Worksheet, reference: ReferenceData, language: str) -> dict[str, str]:
    """Every accepted category and outcome name; returns the cells of each drop-down's list."""
    header = [LIST_WORDS["list"][language], *(LANGUAGE_NAMES[lang] for lang in LANGUAGES),
              LIST_WORDS["also"][language]]
    sheet.append(header)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    label_column = get_column_letter(2 + LANGUAGES.index(language))
    ranges = {}
    for key, vocabulary in (("category", reference.categories),
                            ("outcome", reference.outcomes)):
        first = sheet.max_row + 1
        for term in vocabulary.terms:
            sheet.append([COLUMN_LABELS[key][language],
                          *(term.labels[lang] for lang in LANGUAGES), _other_spellings(term)])
        ranges[key] = (f"{quote_sheetname(sheet.title)}!"
                       f"${label_column}${first}:${label_column}${sheet.max_row}")
    for letter, width in zip("ABCDE", (24, 40, 40, 40, 40), strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A2"
    return ranges


def _other_spellings(term: Term) -> str:
    labels = {fold(label) for label in term.labels.values()}
    others = [s for s in dict.fromkeys(term.spellings()) if fold(s) not in labels]
    return "; ".join(others)
