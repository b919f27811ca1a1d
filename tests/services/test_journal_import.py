"""Journal import: real .csv and .xlsx files in tmp_path into a real SQLite register."""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils import quote_sheetname

from desktop.app import App
from desktop.core.case import CaseStatus, Outcome
from desktop.core.errors import DomainError
from desktop.core.identifiers import check_digit
from desktop.core.mediator import Mediator, MediatorKind
from desktop.core.party import PartyKind, PartyRole
from desktop.core.register import CaseQuery, SortKey
from desktop.services.journal import (
    ImportReport,
    JournalFileError,
    JournalImporter,
    RowProblem,
)
from desktop.services.journal_template import write_template

RU = ["Дата регистрации", "Заявитель", "ИИН заявителя", "Другая сторона",
      "ИИН/БИН другой стороны", "Категория спора", "Суть спора", "Медиатор", "Результат",
      "Дата завершения"]
KK = ["Тіркелген күні", "Өтініш беруші", "Өтініш берушінің ЖСН", "Екінші тарап",
      "Екінші тараптың ЖСН/БСН", "Дау санаты", "Даудың мәні", "Медиатор", "Нәтижесі",
      "Аяқталған күні"]
EN = ["Registration date", "Applicant", "Applicant IIN", "Other party", "Other party IIN/BIN",
      "Dispute category", "Subject of the dispute", "Mediator", "Outcome", "Closing date"]


def valid_id(first_six: str, start: int = 0) -> str:
    """A valid IIN/BIN: `first_six` digits, a serial from `start`, and the check digit.

    The 5th digit decides the kind: 0-3 an individual's IIN, 4-6 an organisation's BIN.
    """
    for serial in range(start, start + 100):
        eleven = f"{first_six}{serial:05d}"
        digit = check_digit(eleven)
        if digit is not None:  # some 11 digits have no check digit at all
            return eleven + str(digit)
    raise AssertionError("no valid number near the start")


def mistyped(identifier: str) -> str:
    """The same number with a wrong check digit."""
    return identifier[:11] + str((int(identifier[11]) + 1) % 10)


IIN_A = valid_id("850312", 100)
IIN_B = valid_id("900101", 200)
IIN_ZERO = valid_id("010203", 300)  # born 2001: starts with a zero Excel would drop
BIN = valid_id("150540", 1)


def write_csv(path: Path, rows: Sequence[Sequence[object]], delimiter: str = ",",
              encoding: str = "utf-8") -> Path:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter).writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def write_xlsx(path: Path, rows: Sequence[Sequence[object]]) -> Path:
    workbook = openpyxl.Workbook()
    for row in rows:
        workbook.active.append(list(row))
    workbook.save(path)
    return path


def ru_row(reg="05.03.2024", applicant="Ахметов Ерлан Серикович", applicant_iin=IIN_A,
           other="Петров Пётр Иванович", other_id=IIN_B, category="семейный",
           subject="Порядок общения с ребёнком", mediator="Иванова Анна Петровна",
           outcome="", closed="") -> list[str]:
    return [reg, applicant, applicant_iin, other, other_id, category, subject, mediator, outcome,
            closed]


@pytest.fixture
def importer(app: App) -> JournalImporter:
    return JournalImporter(app.db, app.reference, app.office, app.mediators, app.cases)


def stored_cases(app: App) -> list:
    ids = app.cases.ids(CaseQuery(sort=SortKey.NUMBER, descending=False))
    return [app.cases.get(case_id) for case_id in ids]


def counts(app: App) -> tuple[int, int]:
    return app.cases.count(CaseQuery()), len(app.mediators.list())


# --- good journals ---------------------------------------------------------------------------

def test_good_csv_imports_every_row_with_its_fields(app: App, importer: JournalImporter,
                                                    tmp_path: Path) -> None:
    known = app.mediators.add(Mediator(full_name="Касымов Бауыржан", kind=MediatorKind.PUBLIC))
    path = write_csv(tmp_path / "journal.csv", [
        ["№", *RU],
        ["1", *ru_row(other='ТОО "Асем Строй"', other_id="", category="долги и договоры",
                      outcome="урегулирован", closed="20.03.2024")],
        ["2", *ru_row(reg="2024-04-01", applicant="Сидорова Мария", applicant_iin="",
                      mediator="Иванова Анна Петровна; касымов  бауыржан", subject="Алименты")],
        ["3", *ru_row(reg="1.4.2024", applicant="Нурланова Айгуль", applicant_iin="",
                      other="Береке", other_id=BIN, category="трудовой",
                      mediator="ИВАНОВА Анна Петровна", outcome="отказ стороны",
                      closed="2024-04-12")],
    ])

    report = importer.run(path)

    assert report.ok, report.problems
    assert (report.rows, report.imported, report.would_import) == (3, 3, 3)
    assert (report.already_imported, report.repeated_in_file, report.new_mediators) == (0, 0, 1)
    assert report.ignored_columns == ["№"]
    first, second, third = stored_cases(app)
    assert [c.number for c in (first, second, third)] == [
        "KRG01-2024-0001", "KRG01-2024-0002", "KRG01-2024-0003"]

    assert first.reg_date == date(2024, 3, 5)
    applicant, other = first.parties
    assert (applicant.role, applicant.kind, applicant.name, applicant.identifier) == (
        PartyRole.APPLICANT, PartyKind.INDIVIDUAL, "Ахметов Ерлан Серикович", IIN_A)
    assert (other.role, other.kind, other.name, other.identifier) == (
        PartyRole.OTHER_PARTY, PartyKind.LEGAL_ENTITY, 'ТОО "Асем Строй"', "")
    assert (first.category, first.subject) == ("debt_contracts", "Порядок общения с ребёнком")
    assert (first.status, first.outcome, first.closed_date) == (
        CaseStatus.CLOSED, Outcome.SETTLED, date(2024, 3, 20))
    assert first.contract_date is None

    assert (second.reg_date, second.category, second.status) == (
        date(2024, 4, 1), "family", CaseStatus.REGISTERED)
    assert (second.outcome, second.closed_date) == (None, None)
    assert second.parties[0].identifier == ""
    assert (second.parties[1].kind, second.parties[1].identifier) == (
        PartyKind.INDIVIDUAL, IIN_B)

    assert third.parties[1].kind is PartyKind.LEGAL_ENTITY
    assert third.parties[1].identifier == BIN
    assert (third.category, third.outcome, third.closed_date) == (
        "labour", Outcome.REFUSED, date(2024, 4, 12))

    mediators = {m.full_name: m for m in app.mediators.list()}
    assert set(mediators) == {"Касымов Бауыржан", "Иванова Анна Петровна"}
    ivanova = mediators["Иванова Анна Петровна"]
    assert ivanova.kind is MediatorKind.PUBLIC
    assert first.mediator_ids == [ivanova.id]
    assert second.mediator_ids == [ivanova.id, known.id]
    assert third.mediator_ids == [ivanova.id]


def test_bom_and_semicolons(app: App, importer: JournalImporter, tmp_path: Path) -> None:
    subject = 'Долг по расписке; "срочно", с процентами'
    path = write_csv(tmp_path / "journal.csv", [
        RU,
        ru_row(subject=subject, reg="2024-02-29"),
        ru_row(applicant="Омаров Данияр", applicant_iin="", reg="01.03.2024"),
    ], delimiter=";", encoding="utf-8-sig")

    report = importer.run(path)

    assert report.ok, report.problems
    assert report.imported == 2
    first, second = stored_cases(app)
    assert (first.subject, first.reg_date) == (subject, date(2024, 2, 29))
    assert (second.parties[0].name, second.reg_date) == ("Омаров Данияр", date(2024, 3, 1))


def test_xlsx_with_date_cells_and_a_number_iin_that_lost_its_zero(
        app: App, importer: JournalImporter, tmp_path: Path) -> None:
    header = ["  registration DATE ", *EN[1:], "Notes"]
    path = write_xlsx(tmp_path / "journal.xlsx", [
        header,
        [datetime(2024, 5, 6), "Қасымов Әділ", int(IIN_ZERO), "Серікова Әсел", int(IIN_B),
         "property", "Үй бөлу", None, "settled", date(2024, 5, 30), "a note"],
        [45292, "Омаров Данияр", None, "ЖШС «Береке»", None, "labour", "Жалақы",
         "Оспанов Нұрлан, Ким Ольга", None, None],
    ])

    report = importer.run(path)

    assert report.ok, report.problems
    assert report.imported == 2
    assert report.ignored_columns == ["Notes"]
    first, second = stored_cases(app)
    assert first.reg_date == date(2024, 1, 1)  # Excel serial 45292
    assert second.reg_date == date(2024, 5, 6)
    assert second.parties[0].identifier == IIN_ZERO
    assert second.parties[1].identifier == IIN_B
    assert (second.closed_date, second.outcome) == (date(2024, 5, 30), Outcome.SETTLED)
    assert first.parties[1].kind is PartyKind.LEGAL_ENTITY
    assert len(first.mediator_ids) == 2
    assert report.new_mediators == 2


def test_kazakh_headers_and_names(app: App, importer: JournalImporter, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "журнал.csv", [
        KK,
        ["12.06.2024", "Әбдіқадірова Гүлнұр", IIN_A, "Тоқтаров Ұлан", "", "көршілік және жер",
         "Жер учаскесінің шекарасы", "Жұмабаев Қайрат", "реттелді", "28.06.2024"],
        ["13.06.2024", "Өмірзақов Һадиса", "", "Іскакова Ғалия", "", "Мектептегі жанжал",
         "Мектептегі төбелес", "", "Ішінара реттелді", "14.06.2024"],
    ])

    report = importer.run(path)

    assert report.ok, report.problems
    first, second = stored_cases(app)
    assert (first.category, first.outcome) == ("neighbours_land", Outcome.SETTLED)
    assert first.parties[0].name == "Әбдіқадірова Гүлнұр"
    assert (second.category, second.outcome) == ("school", Outcome.PARTLY_SETTLED)
    assert [m.full_name for m in app.mediators.list()] == ["Жұмабаев Қайрат"]


def test_control_characters_are_cleaned_not_stored(app: App, importer: JournalImporter,
                                                   tmp_path: Path) -> None:
    path = write_csv(tmp_path / "journal.csv", [
        RU, ru_row(applicant="Ахметов\x07 Ерлан\tСерикович", subject="Долг\nпо расписке")])

    assert importer.run(path).ok
    (case,) = stored_cases(app)
    assert case.parties[0].name == "Ахметов Ерлан Серикович"
    assert case.subject == "Долг по расписке"


@pytest.mark.parametrize(("other", "kind"), [
    ('ТОО "Асем"', PartyKind.LEGAL_ENTITY),
    ("«Береке» ЖШС", PartyKind.LEGAL_ENTITY),
    ("ИП Ахметов Ерлан", PartyKind.LEGAL_ENTITY),
    ("Kazakh Grain LLP", PartyKind.LEGAL_ENTITY),
    ("Ипатова Анна", PartyKind.INDIVIDUAL),
    ("Тоомасов Серик", PartyKind.INDIVIDUAL),
])
def test_without_a_number_a_legal_form_in_the_name_makes_an_organisation(
        app: App, importer: JournalImporter, tmp_path: Path, other, kind) -> None:
    keys = ["reg_date", "applicant_name", "respondent_name", "category", "subject"]
    path = write_csv(tmp_path / "journal.csv", [
        keys, ["05.03.2024", "Ахметов Ерлан", other, "debt_contracts", "Долг"]])

    assert importer.run(path).ok
    (case,) = stored_cases(app)
    assert case.parties[1].kind is kind


def test_row_numbers_count_a_cell_with_line_breaks_as_one_row(importer: JournalImporter,
                                                             tmp_path: Path) -> None:
    path = write_csv(tmp_path / "journal.csv", [
        RU, ru_row(subject="Долг\nпо расписке\nот 2023 года"), ru_row(category="?")])

    report = importer.run(path)

    assert [(p.row, p.column) for p in report.problems] == [(3, "Категория спора")]


def test_the_log_holds_counts_not_personal_data(importer: JournalImporter, tmp_path: Path,
                                                caplog: pytest.LogCaptureFixture) -> None:
    path = write_csv(tmp_path / "Ахметов.csv", [RU, ru_row(), ru_row(applicant_iin="1")])

    with caplog.at_level("INFO", logger="kelisim"):
        importer.run(path)

    logged = caplog.text
    assert "journal import" in logged
    for secret in ("Ахметов", "Петров", IIN_A, IIN_B, "Иванова"):
        assert secret not in logged


# --- bad rows --------------------------------------------------------------------------------

def test_every_bad_row_is_listed_and_nothing_is_stored(app: App, importer: JournalImporter,
                                                       tmp_path: Path) -> None:
    assert importer.run(write_csv(tmp_path / "earlier.csv", [RU, ru_row()])).ok
    before = counts(app)
    future = app.office.today() + timedelta(days=3)
    path = write_csv(tmp_path / "journal.csv", [
        RU,
        ru_row(applicant="Good One", mediator="Новый Медиатор"),                 # 2
        ru_row(applicant_iin=mistyped(IIN_A)),                                   # 3
        ru_row(applicant_iin=BIN),                                               # 4
        ru_row(category="космический"),                                          # 5
        ru_row(reg="31.02.2025"),                                                # 6
        ru_row(reg=f"{future:%d.%m.%Y}"),                                        # 7
        ru_row(subject=""),                                                      # 8
        ru_row(closed="20.03.2024"),                                             # 9
        ru_row(outcome="урегулирован"),                                          # 10
        ru_row(applicant="Я" * 10_000),                                          # 11
        [""] * 10,                                                               # 12 skipped
        ru_row(applicant="Good Two"),                                            # 13
        ru_row(other_id="12345", outcome="помирились", closed="20.03.2024"),     # 14
        ru_row(reg="5 марта", closed="01.01.2024", outcome="урегулирован"),      # 15
        ru_row(closed="01.03.2024", outcome="урегулирован"),                     # 16
        ru_row(mediator="М" * 400),                                              # 17
        ru_row(other_id=IIN_A),                                                  # 18
    ])

    report = importer.run(path)

    assert not report.ok
    assert report.imported == 0
    assert counts(app) == before
    found = {(p.row, p.column): p.reason for p in report.problems}
    expected = {
        (3, "ИИН заявителя"): "check digit does not match",
        (4, "ИИН заявителя"): "is a legal entity's BIN, not an IIN",
        (5, "Категория спора"): "'космический' is not a known dispute category",
        (6, "Дата регистрации"): "31.02.2025 is not a real date",
        (7, "Дата регистрации"): "is in the future",
        (8, "Суть спора"): "is empty; this column is required",
        (9, "Дата завершения"): "the outcome is empty",
        (10, "Результат"): "the closing date is empty",
        (11, "Заявитель"): "is 10000 characters long; at most 300 are allowed",
        (14, "ИИН/БИН другой стороны"): "must have 12 digits",
        (14, "Результат"): "'помирились' is not a known outcome",
        (15, "Дата регистрации"): "is not a date: write it as dd.mm.yyyy",
        (16, "Дата завершения"): "is before the registration date",
        (17, "Медиатор"): "is 400 characters long",
        (18, "ИИН/БИН другой стороны"): "the same IIN/BIN is given for two parties",
    }
    assert set(found) == set(expected)
    for where, reason in expected.items():
        assert reason in found[where], where
    assert all(len(p.reason) < 300 for p in report.problems)  # no 10,000-character echo


def test_title_rows_above_the_header_keep_spreadsheet_row_numbers(
        importer: JournalImporter, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "journal.xlsx", [
        ["Журнал регистрации обращений"],
        [],
        RU,
        ru_row(),
        ru_row(applicant_iin=mistyped(IIN_A)),
    ])

    report = importer.run(path)

    assert [(p.row, p.column) for p in report.problems] == [(5, "ИИН заявителя")]
    assert report.rows == 2


def test_dry_run_reports_what_would_be_imported_and_stores_nothing(
        app: App, importer: JournalImporter, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "journal.csv", [
        RU, ru_row(), ru_row(applicant="Омаров Данияр", mediator="Ким Ольга")])

    report = importer.run(path, dry_run=True)

    assert report.ok and report.dry_run
    assert (report.imported, report.would_import, report.new_mediators) == (0, 2, 2)
    assert counts(app) == (0, 0)
    assert importer.run(path).imported == 2


def test_the_same_journal_twice_imports_nothing_the_second_time(
        app: App, importer: JournalImporter, tmp_path: Path) -> None:
    rows = [ru_row(), ru_row(applicant="Омаров Данияр", applicant_iin=""),
            ru_row(reg="2024-03-06", outcome="урегулирован", closed="07.03.2024")]
    first = importer.run(write_csv(tmp_path / "journal.csv", [RU, *rows]))
    after_first = counts(app)
    # The same journal saved again by hand: other case, other spacing, ISO dates.
    again = [[cell.upper().replace(" ", "  ") for cell in row] for row in rows]
    again[0][0] = "2024-03-05"

    second = importer.run(write_csv(tmp_path / "journal-again.csv", [RU, *again]))

    assert first.imported == 3
    assert second.ok
    assert (second.imported, second.would_import, second.already_imported) == (0, 0, 3)
    assert second.new_mediators == 0
    assert counts(app) == after_first


def test_rows_repeated_inside_one_file_are_stored_once(app: App, importer: JournalImporter,
                                                      tmp_path: Path) -> None:
    path = write_csv(tmp_path / "journal.csv", [
        RU, ru_row(), ru_row(applicant="Омаров Данияр"),
        ru_row(applicant="АХМЕТОВ ЕРЛАН СЕРИКОВИЧ")])

    report = importer.run(path)

    assert report.ok
    assert (report.imported, report.repeated_in_file) == (2, 1)
    assert report.repeats == [RowProblem(4, "", "same as row 2")]
    assert counts(app)[0] == 2


# --- files that are not journals -------------------------------------------------------------

def _cp1251(path: Path) -> None:
    write_csv(path, [RU, ru_row()], encoding="cp1251")


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _header_only(path: Path) -> None:
    write_csv(path, [RU, [""] * 10])


def _garbage_xlsx(path: Path) -> None:
    path.write_bytes(b"this is not a workbook at all\x00\x01")


def _zip_not_a_workbook(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")


def _old_excel(path: Path) -> None:
    path.write_bytes(b"\xd0\xcf\x11\xe0 old excel")


def _missing_columns(path: Path) -> None:
    write_csv(path, [["Заявитель", "Суть спора", "Медиатор"], ["А", "Б", "В"]])


def _duplicate_column(path: Path) -> None:
    write_csv(path, [[*RU, "Заявитель"], [*ru_row(), "Ещё"]])


def _no_header(path: Path) -> None:
    write_csv(path, [["дата", "кто", "с кем"], ["05.03.2024", "Ахметов", "Петров"]])


def _empty_xlsx(path: Path) -> None:
    openpyxl.Workbook().save(path)


@pytest.mark.parametrize(("name", "make", "message"), [
    ("cp1251.csv", _cp1251, "CSV UTF-8"),
    ("empty.csv", _empty, "empty"),
    ("header-only.csv", _header_only, "no rows of cases"),
    ("garbage.xlsx", _garbage_xlsx, "not an Excel workbook"),
    ("not-a-workbook.xlsx", _zip_not_a_workbook, "not an Excel workbook"),
    ("empty.xlsx", _empty_xlsx, "empty"),
    ("journal.xls", _old_excel, ".xlsx"),
    ("journal.txt", _empty, "cannot read .txt"),
    ("missing-columns.csv", _missing_columns,
     "Тіркелген күні / Дата регистрации / Registration date"),
    ("duplicate.csv", _duplicate_column, "appears twice"),
    ("no-header.csv", _no_header, "no header row"),
])
def test_a_file_that_is_not_a_journal_is_refused_by_name(
        app: App, importer: JournalImporter, tmp_path: Path, name, make, message) -> None:
    path = tmp_path / name
    make(path)

    with pytest.raises(JournalFileError) as raised:
        importer.run(path)

    assert isinstance(raised.value, DomainError)
    assert name in str(raised.value)
    assert message in str(raised.value)
    assert counts(app) == (0, 0)


def test_a_missing_file_is_refused_by_name(importer: JournalImporter, tmp_path: Path) -> None:
    with pytest.raises(JournalFileError, match=r"nowhere\.csv: no such file"):
        importer.run(tmp_path / "nowhere.csv")


def test_missing_columns_are_named_in_every_language(importer: JournalImporter,
                                                     tmp_path: Path) -> None:
    path = tmp_path / "journal.csv"
    _missing_columns(path)

    with pytest.raises(JournalFileError) as raised:
        importer.run(path)

    message = str(raised.value)
    for missing in ("Дата регистрации", "Тіркелген күні", "Other party", "Dispute category"):
        assert missing in message
    assert "Applicant" not in message.replace("Applicant IIN", "")


# --- template --------------------------------------------------------------------------------

@pytest.mark.parametrize(("language", "header"), [("kk", KK), ("ru", RU), ("en", EN)])
def test_template_has_the_header_formats_and_drop_downs(app: App, tmp_path: Path, language,
                                                        header) -> None:
    path = tmp_path / "template.xlsx"
    write_template(path, language, app.reference)

    workbook = openpyxl.load_workbook(path)
    journal, lists = workbook.worksheets
    assert journal.title == "Journal"
    assert [c.value for c in journal[1]] == header
    assert all(c.font.bold for c in journal[1])
    assert journal.freeze_panes == "A2"
    columns = journal.column_dimensions
    assert columns["A"].number_format == columns["J"].number_format == "DD.MM.YYYY"
    assert columns["C"].number_format == columns["E"].number_format == "@"
    drop_downs = {str(v.sqref).split(":")[0]: v.formula1
                  for v in journal.data_validations.dataValidation}
    assert drop_downs == {"F2": "Categories", "I2": "Outcomes"}
    categories, outcomes = (len(v.terms) for v in (app.reference.categories,
                                                   app.reference.outcomes))
    column = "BCD"[("kk", "ru", "en").index(language)]  # the names in the template's language
    for name, first, last in (("Categories", 2, 1 + categories),
                              ("Outcomes", 2 + categories, 1 + categories + outcomes)):
        assert workbook.defined_names[name].attr_text == (
            f"{quote_sheetname(lists.title)}!${column}${first}:${column}${last}")
    names = {cell for row in lists.iter_rows(values_only=True) for cell in row if cell}
    for vocabulary in (app.reference.categories, app.reference.outcomes):
        for term in vocabulary.terms:
            assert set(term.labels.values()) <= names


@pytest.mark.parametrize(("language", "category", "outcome"), [
    ("kk", "мүліктік", "реттелді"),
    ("ru", "имущественный", "урегулирован"),
])
def test_a_filled_template_imports(app: App, importer: JournalImporter, tmp_path: Path,
                                   language, category, outcome) -> None:
    path = tmp_path / f"template-{language}.xlsx"
    write_template(path, language, app.reference)
    workbook = openpyxl.load_workbook(path)
    journal = workbook["Journal"]
    journal.append([date(2024, 7, 1), "Қасымов Әділ", IIN_ZERO, "Петров Пётр", IIN_B,
                    category, "Үй бөлу", "Жұмабаев Қайрат", outcome, date(2024, 7, 15)])
    journal.append([datetime(2024, 7, 2), "Омаров Данияр", "", "ЖШС Береке", BIN,
                    category, "Қарыз", "", "", None])
    workbook.save(path)

    report: ImportReport = importer.run(path)

    assert report.ok, report.problems
    assert report.imported == 2
    first, second = stored_cases(app)
    assert (first.parties[0].identifier, first.category, first.outcome) == (
        IIN_ZERO, "property", Outcome.SETTLED)
    assert (second.parties[1].kind, second.status) == (PartyKind.LEGAL_ENTITY,
                                                      CaseStatus.REGISTERED)


def test_template_refuses_an_unknown_language(app: App, tmp_path: Path) -> None:
    with pytest.raises(JournalFileError, match="kk, ru or en"):
        write_template(tmp_path / "t.xlsx", "de", app.reference)


def test_template_keeps_an_existing_file_unless_told(app: App, tmp_path: Path) -> None:
    journal = tmp_path / "journal.xlsx"
    journal.write_bytes(b"an office's filled-in journal")
    with pytest.raises(JournalFileError, match="already exists"):
        write_template(journal, "kk", app.reference)
    assert journal.read_bytes() == b"an office's filled-in journal"
    write_template(journal, "kk", app.reference, replace=True)
    assert openpyxl.load_workbook(journal)["Journal"]["A1"].value == "Тіркелген күні"
    assert not journal.with_name("journal.xlsx.partial").exists()


def test_an_office_must_be_set_up_first(bare_app: App, tmp_path: Path) -> None:
    importer = JournalImporter(bare_app.db, bare_app.reference, bare_app.office,
                               bare_app.mediators, bare_app.cases)
    path = write_csv(tmp_path / "journal.csv", [RU, ru_row()])

    with pytest.raises(DomainError, match="office set"):
        importer.run(path, dry_run=True)


def test_a_csv_iin_that_lost_its_zero_gets_it_back(app: App, importer: JournalImporter,
                                                   tmp_path: Path) -> None:
    born_2001 = valid_id("010203")  # the General format of Excel writes 10203...
    assert born_2001.startswith("0")
    path = write_csv(tmp_path / "journal.csv", [RU, ru_row(applicant_iin=born_2001[1:])])
    assert importer.run(path).imported == 1
    assert stored_cases(app)[0].parties[0].identifier == born_2001


def test_a_short_or_shortened_iin_is_explained(importer: JournalImporter, tmp_path: Path) -> None:
    eleven = mistyped(valid_id("010203"))[1:]  # eleven digits that no zero makes valid
    path = write_csv(tmp_path / "journal.csv", [
        RU, ru_row(applicant_iin=eleven), ru_row(applicant_iin="8,50515E+11")])
    report = importer.run(path)
    assert [(p.row, p.column) for p in report.problems] == [(2, "ИИН заявителя"),
                                                            (3, "ИИН заявителя")]
    assert "12 digits" in report.problems[0].reason
    assert "format the column as Text" in report.problems[1].reason


def test_a_huge_cell_is_named_by_its_column(importer: JournalImporter, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "journal.csv", [RU, ru_row(applicant="Ә" * 300_000)])
    report = importer.run(path)
    assert [(p.row, p.column) for p in report.problems] == [(2, "Заявитель")]
    assert "300000 characters" in report.problems[0].reason


def test_a_file_far_too_big_for_a_journal(importer: JournalImporter, tmp_path: Path) -> None:
    path = tmp_path / "journal.csv"
    with path.open("wb") as f:
        f.truncate(65 * 2**20)  # sparse: costs no disk
    with pytest.raises(JournalFileError, match="at most 64 MB"):
        importer.run(path)
