"""Import of an office's existing journal (.xlsx or .csv) into the case register.

All or nothing: every row is checked first, and one bad row stops the import with a report that
names each bad row; otherwise the new cases and the new mediators they name are stored in one
transaction. Each row's import key lets the same journal be imported again without duplicates.
"""

from __future__ import annotations

import hashlib
import logging
import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from desktop.core.case import Case, CaseStatus, Outcome, validate_case
from desktop.core.errors import ConflictError, DomainError, ValidationError
from desktop.core.identifiers import clean_identifier, is_valid_identifier
from desktop.core.mediator import Mediator, MediatorKind, validate_mediator
from desktop.core.messages import Text, problem
from desktop.core.party import Party, PartyKind, PartyRole, kind_for_identifier
from desktop.core.reference import ReferenceData
from desktop.core.text import clean_line, fold
from desktop.services.cases import CaseService
from desktop.services.journal_reader import REQUIRED_COLUMNS, JournalFileError, read_journal
from desktop.services.mediators import MediatorService
from desktop.services.office import OfficeService
from desktop.store import cases as case_store
from desktop.store.database import Database

__all__ = ["ImportReport", "JournalFileError", "JournalImporter", "RowProblem"]

log = logging.getLogger("kelisim.journal")

# Nothing in a register predates independence; an earlier year is a typo (05.03.0205).
EARLIEST_YEAR = 1991
# From 01.03.1900 (serial 61) on, Excel's day numbers count from 30.12.1899: its calendar has a
# 29.02.1900 that never was. Earlier serials are no journal's dates anyway.
_EXCEL_EPOCH = date(1899, 12, 30)
_EXCEL_SERIALS = range(61, 2958466)  # 01.03.1900 .. 31.12.9999
_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?")
_MEDIATOR_SEPARATORS = re.compile(r"[;,]")
_WORD = re.compile(r"\w+")
_SHORTENED_NUMBER = re.compile(r"\d[.,]\d+E\+\d+", re.IGNORECASE)  # 8,50515E+11
_OUTCOME_KEYS = frozenset(o.value for o in Outcome)  # reference data may name more
_KEY_SEPARATOR = "\x1f"  # clean_line removes control characters, so no cell can contain it
_SHOWN_CHARACTERS = 40

# Where validate_case's field paths are in the journal (a case built here has exactly two
# parties: the applicant first, the other party second).
_CASE_FIELD_COLUMNS = {
    "category": "category",
    "subject": "subject",
    "parties[0].name": "applicant_name",
    "parties[0].identifier": "applicant_iin",
    "parties[1].name": "respondent_name",
    "parties[1].identifier": "respondent_id",
    "parties": "respondent_id",  # the same IIN/BIN for both parties
    "outcome": "outcome",
    "closed_date": "closed_date",
}


@dataclass(frozen=True)
class RowProblem:
    row: int  # spreadsheet row number, header = 1
    column: str  # the column's header text as written in the file ("" for the whole row)
    reason: Text


@dataclass
class ImportReport:
    file: str
    rows: int  # data rows read (non-empty)
    imported: int  # cases stored (0 on dry run or on any problem)
    would_import: int  # valid rows not in the register yet: what a run stores once all is fixed
    already_imported: int
    repeated_in_file: int
    new_mediators: int
    ignored_columns: list[str]
    problems: list[RowProblem]
    dry_run: bool
    # Rows skipped because they repeat an earlier row of the file ("same as row N"): not errors.
    repeats: list[RowProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


class _CellError(Exception):
    def __init__(self, reason: Text):
        super().__init__(reason)
        self.reason = reason


@dataclass
class _Entry:
    """One journal row: its typed values (named like the columns) and what is wrong with it."""

    row: int
    reg_date: date | None = None
    applicant_name: str = ""
    applicant_iin: str = ""
    respondent_name: str = ""
    respondent_id: str = ""
    category: str | None = None
    subject: str = ""
    mediator: tuple[str, ...] = ()
    outcome: Outcome | None = None
    closed_date: date | None = None
    problems: dict[str, Text] = field(default_factory=dict)  # column key -> reason
    case: Case | None = None
    key: str = ""


class JournalImporter:
    def __init__(self, db: Database, reference: ReferenceData, office: OfficeService,
                 mediators: MediatorService, cases: CaseService):
        self._db = db
        self._reference = reference
        self._office = office
        self._mediators = mediators
        self._cases = cases

    def run(self, path: Path, dry_run: bool = False) -> ImportReport:
        """Check every row of the journal at `path`; store its new cases unless `dry_run`."""
        office = self._office.require()  # cases are numbered by the office: say so first
        journal = read_journal(path)
        register = self._mediators.by_name()
        reader = _RowReader(self._reference, self._office.today(), register, office.code)
        entries = [reader.read(number, cells) for number, cells in journal.rows]
        problems = _row_problems(entries, journal.headers)
        valid = [e for e in entries if not e.problems]
        stored = self._stored_keys([e.key for e in valid])
        new, repeats, already = _sort_out(valid, stored)
        mediators = _assign_mediators(new, register)
        report = ImportReport(
            file=str(path), rows=len(entries), imported=0, would_import=len(new),
            already_imported=already, repeated_in_file=len(repeats),
            new_mediators=len(mediators), ignored_columns=journal.ignored_columns,
            problems=problems, dry_run=dry_run, repeats=repeats)
        if new and not problems and not dry_run:
            self._store(new, mediators)
            report.imported = len(new)
        # Counts only: the log never receives names, numbers or the file's name.
        log.info("journal import%s: %d rows, %d stored, %d already imported, %d repeated, "
                 "%d problems", " (dry run)" if dry_run else "", report.rows, report.imported,
                 already, len(repeats), len(problems))
        return report

    def _stored_keys(self, keys: Sequence[str]) -> set[str]:
        with self._db.read() as session:
            return case_store.existing_import_keys(session, keys)

    def _store(self, new: Sequence[_Entry], mediators: Sequence[Mediator]) -> None:
        keys = [e.key for e in new]
        try:
            self._cases.register_many([e.case for e in new], import_keys=keys,
                                      new_mediators=mediators)
        except ConflictError:
            if not self._stored_keys(keys):
                raise
            # Another import stored some of these rows after they were checked.
            raise DomainError(problem(
                "the register changed while the journal was being imported; nothing was "
                "stored: run the import again")) from None


def _row_problems(entries: Sequence[_Entry], headers: Mapping[str, str]) -> list[RowProblem]:
    """Every bad cell, row by row, in the order of the file's columns."""
    position = {key: i for i, key in enumerate(headers)}
    return [RowProblem(e.row, headers.get(key, ""), e.problems[key])
            for e in entries
            for key in sorted(e.problems, key=lambda k: position.get(k, len(position)))]


def _sort_out(valid: Sequence[_Entry], stored: set[str]
              ) -> tuple[list[_Entry], list[RowProblem], int]:
    """Split valid rows into new ones, repeats of an earlier row, and ones already stored."""
    first_row: dict[str, int] = {}
    new: list[_Entry] = []
    repeats: list[RowProblem] = []
    already = 0
    for entry in valid:
        if entry.key in first_row:
            repeats.append(RowProblem(entry.row, "", problem("same as row {row}",
                                                              row=first_row[entry.key])))
            continue
        first_row[entry.key] = entry.row
        if entry.key in stored:
            already += 1
        else:
            new.append(entry)
    return new, repeats, already


def _assign_mediators(entries: Sequence[_Entry], register: Mapping[str, Mediator]
                      ) -> list[Mediator]:
    """Give each case its mediators; a name the register lacks becomes one new public mediator."""
    created: dict[str, Mediator] = {}
    for entry in entries:
        ids = []
        for name in entry.mediator:
            folded = fold(name)
            mediator = register.get(folded) or created.get(folded)
            if mediator is None:
                mediator = created[folded] = Mediator(full_name=name, kind=MediatorKind.PUBLIC)
            if mediator.id not in ids:
                ids.append(mediator.id)
        entry.case.mediator_ids = ids
    return list(created.values())


def _import_key(entry: _Entry, office_code: str) -> str:
    """The row's identity across imports: the same case written the same way gives the same key."""
    # The office is part of it: the centre holds the registers of every office side by side.
    parts = (office_code, entry.reg_date.isoformat(), fold(entry.applicant_name),
             entry.applicant_iin,
             fold(entry.respondent_name), entry.respondent_id, entry.category,
             fold(entry.subject))
    return hashlib.sha256(_KEY_SEPARATOR.join(parts).encode("utf-8")).hexdigest()


class _RowReader:
    """Turns one journal row into a checked Case, noting every bad cell by its column."""

    def __init__(self, reference: ReferenceData, today: date, register: Mapping[str, Mediator],
                 office_code: str):
        self._office_code = office_code
        self._reference = reference
        self._today = today
        self._register = register
        self._good_new_names: set[str] = set()  # folded names not in the register, checked once
        self._cells: dict[str, Callable[[Any], Any]] = {
            "reg_date": self._date,
            "applicant_name": _text,
            "applicant_iin": _identifier,
            "respondent_name": _text,
            "respondent_id": _identifier,
            "category": self._category,
            "subject": _text,
            "mediator": self._mediator_names,
            "outcome": self._outcome,
            "closed_date": self._date,
        }

    def read(self, number: int, cells: Mapping[str, Any]) -> _Entry:
        entry = _Entry(number)
        for key, parse in self._cells.items():
            value = cells.get(key)
            if value is None:
                if key in REQUIRED_COLUMNS:
                    entry.problems[key] = problem("is empty; this column is required")
                continue
            try:
                setattr(entry, key, parse(value))
            except _CellError as error:
                entry.problems[key] = error.reason
        _check_closing(entry)
        entry.case = self._case(entry)
        self._validate(entry)
        if not entry.problems:
            entry.key = _import_key(entry, self._office_code)
        return entry

    def _case(self, entry: _Entry) -> Case:
        """The case the row describes; a bad cell gets a stand-in so the rest is still checked."""
        closed = entry.outcome is not None and entry.closed_date is not None
        return Case(
            reg_date=entry.reg_date or entry.closed_date or self._today,
            category=entry.category or self._reference.categories.keys()[0],
            subject=entry.subject,
            parties=[
                Party(name=entry.applicant_name, role=PartyRole.APPLICANT,
                      kind=PartyKind.INDIVIDUAL, identifier=entry.applicant_iin),
                Party(name=entry.respondent_name, role=PartyRole.OTHER_PARTY,
                      kind=_other_party_kind(entry.respondent_name, entry.respondent_id,
                                            self._reference.legal_forms),
                      identifier=entry.respondent_id),
            ],
            status=CaseStatus.CLOSED if closed else CaseStatus.REGISTERED,
            outcome=entry.outcome if closed else None,
            closed_date=entry.closed_date if closed else None,
        )

    def _validate(self, entry: _Entry) -> None:
        try:
            validate_case(entry.case, self._reference)
        except ValidationError as error:
            for path, reason in error.problems.items():
                column = _CASE_FIELD_COLUMNS.get(path)
                # A cell already found bad keeps its first, more specific reason.
                entry.problems.setdefault(column or path, reason if column else problem(
                    "{path} {reason}", path=path, reason=reason))

    # --- cells that need the reference data, the office's today or the register ----------

    def _date(self, value: Any) -> date:
        day = _parse_date(value)
        if day > self._today:
            raise _CellError(problem("{day} is in the future (today is {today})",
                                     day=_day(day), today=_day(self._today)))
        if day.year < EARLIEST_YEAR:
            raise _CellError(problem("{day} is before {year}: check the year", day=_day(day),
                                     year=EARLIEST_YEAR))
        return day

    def _category(self, value: Any) -> str:
        text = _text(value)
        key = self._reference.categories.match(text)
        if key is None:
            raise _CellError(problem(
                "{value} is not a known dispute category (the template's second sheet lists "
                "every accepted name)", value=_shown(text)))
        return key

    def _outcome(self, value: Any) -> Outcome:
        text = _text(value)
        key = self._reference.outcomes.match(text)
        if key not in _OUTCOME_KEYS:
            raise _CellError(problem(
                "{value} is not a known outcome (the template's second sheet lists every "
                "accepted name)", value=_shown(text)))
        return Outcome(key)

    def _mediator_names(self, value: Any) -> tuple[str, ...]:
        names = [n for n in (part.strip() for part in _MEDIATOR_SEPARATORS.split(_text(value)))
                 if n]
        for name in names:
            folded = fold(name)
            if folded not in self._register and folded not in self._good_new_names:
                _check_new_mediator(name)
                self._good_new_names.add(folded)
        return tuple(dict.fromkeys(names))


# --- single cells ----------------------------------------------------------------------------

def _text(value: Any) -> str:
    """A cell as one clean line of text, whatever type the spreadsheet gave it."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime) and value == datetime.combine(value.date(), datetime.min.time()):
        value = value.date()
    if isinstance(value, date):
        return _day(value)
    text = str(value)
    # clean_line looks at every character; most cells are already one clean printable line
    # (isprintable() is False for every control character and every space but " ").
    if text.isprintable() and "  " not in text and text == text.strip():
        return text
    return clean_line(text)


def _day(day: date) -> str:
    # Not strftime: it writes years before 1000 differently on Windows and Linux.
    return f"{day.day:02d}.{day.month:02d}.{day.year:04d}"


def _parse_date(value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _excel_serial_date(value)
    text = _text(value)
    if match := _DAY_MONTH_YEAR.fullmatch(text):
        day, month, year = (int(g) for g in match.groups())
    elif match := _ISO_DATE.fullmatch(text):
        year, month, day = (int(g) for g in match.groups())
    else:
        raise _CellError(problem("{value} is not a date: write it as dd.mm.yyyy, e.g. 05.03.2025",
                                 value=_shown(text)))
    try:
        return date(year, month, day)
    except ValueError:
        raise _CellError(problem("{value} is not a real date (no such day in that month)",
                                 value=text)) from None


def _excel_serial_date(serial: float) -> date:
    """A date column's number: Excel keeps dates as days since 1900 when a cell lost its format."""
    if not math.isfinite(serial) or int(serial) not in _EXCEL_SERIALS:
        raise _CellError(problem("{value} is a number, not a date: write dd.mm.yyyy",
                                 value=_shown(_text(serial))))
    return _EXCEL_EPOCH + timedelta(days=int(serial))


def _identifier(value: Any) -> str:
    """An IIN/BIN as typed; a number that lost its leading zero in Excel gets it back.

    Whether it is valid, and an IIN or a BIN where the party needs one, validate_case says.
    """
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 10**12:
        return str(value).zfill(12)
    text = clean_identifier(_text(value))
    if _SHORTENED_NUMBER.fullmatch(text):
        raise _CellError(problem(
            "{value} is a number Excel shortened: format the column as Text and type the "
            "IIN/BIN again", value=text))
    # A column formatted as General drops the 0 of those born in the 2000s (0105...) even in
    # a CSV export; the check digit tells whether the zero was really there.
    if len(text) == 11 and text.isdigit() and is_valid_identifier("0" + text):
        return "0" + text
    return text


def _other_party_kind(name: str, identifier: str, legal_forms: frozenset[str]) -> PartyKind:
    """By the BIN if there is one, else by a legal form in the name (ТОО «Асем», ИП Ахметов)."""
    if identifier:
        return kind_for_identifier(identifier)
    words = set(_WORD.findall(fold(name)))
    return PartyKind.LEGAL_ENTITY if words & legal_forms else PartyKind.INDIVIDUAL


def _check_new_mediator(name: str) -> None:
    try:
        validate_mediator(Mediator(full_name=name))
    except ValidationError as error:
        # All else of a mediator made from a name has valid defaults: only the name can fail.
        raise _CellError(problem("a mediator's name {reason}",
                                 reason=error.problems["full_name"])) from None


def _check_closing(entry: _Entry) -> None:
    """A closed case needs its outcome and closing date both; the closing follows registration."""
    problems = entry.problems
    if entry.outcome is not None and entry.closed_date is None and "closed_date" not in problems:
        problems.setdefault("outcome", problem(
            "is given but the closing date is empty: a closed case needs both"))
    if entry.closed_date is not None and entry.outcome is None and "outcome" not in problems:
        problems.setdefault("closed_date", problem(
            "is given but the outcome is empty: a closed case needs both"))
    if entry.reg_date and entry.closed_date and entry.closed_date < entry.reg_date:
        problems.setdefault("closed_date", problem("is before the registration date"))


def _shown(text: str) -> str:
    """Enough of a cell to recognise it in a message, never a whole 10,000-character paste."""
    if len(text) > _SHOWN_CHARACTERS:
        text = text[:_SHOWN_CHARACTERS] + "…"
    return repr(text)
