"""The `kelisim` command: argparse, printing, exit codes; with no command, the window.

Exit codes: 0 done; 1 refused (bad input, a rule of the domain, a file that cannot be read);
2 wrong usage; 70 an internal error, whose details go to the log in the data folder.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import shutil
import sys
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from desktop import __version__
from desktop.app import App, open_app
from desktop.cli_sync import add_sync_commands
from desktop.config import DATA_DIR_ENV, data_dir
from desktop.core.case import OPEN_STATUSES, CaseStatus, Outcome
from desktop.core.errors import DomainError, ValidationError
from desktop.core.mediator import Mediator, MediatorKind
from desktop.core.register import CaseQuery, CaseSummary, SortKey
from desktop.documents.material import BLANK_KINDS, CASE_KINDS, LANGUAGE_CHOICES, Kind, Meeting
from desktop.services.journal import ImportReport, RowProblem

if TYPE_CHECKING:
    from desktop.services.documents import Verification

EXIT_OK, EXIT_REFUSED, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 70
DUE_SOON_DAYS = 7
log = logging.getLogger("kelisim.cli")


class UsageError(Exception):
    pass


# --- the command line ---------------------------------------------------------------------

def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kelisim", description="Kelisim: the case register of a mediation office.")
    parser.add_argument("--version", action="version", version=f"kelisim {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help=(
        f"folder of the database (default: ${DATA_DIR_ENV}, else the per-user data folder)"))
    parser.add_argument("--show-and-exit", action="store_true", help=(
        "open the window and close it at once: checks that the program starts"))
    parser.add_argument("--import-bundle", type=Path, metavar="FILE", help=(
        "open the window on its Sync page and import this bundle, showing the report (what "
        "a double click on a .kelisim file does)"))
    parser.add_argument("--self-test", action="store_true", help=(
        "check this installation in a scratch folder (database, a case, an agreement PDF with "
        "its fonts and text) and exit; the office's data is not touched"))
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", help="fill the register with realistic sample cases")
    demo.add_argument("--cases", type=_positive, default=500, help="how many (default 500)")
    demo.add_argument("--seed", type=int, default=1, help="the same seed gives the same cases")
    demo.set_defaults(run=_demo)

    cases = commands.add_parser("cases", help="list, show and import cases").add_subparsers(
        dest="cases_command", metavar="ACTION", required=True)
    listing = cases.add_parser("list", help="the case register, as a table or JSON lines")
    listing.add_argument("--json", action="store_true", help="one JSON object per case and line")
    listing.add_argument("--status", choices=["open", *CaseStatus], help="open = not closed")
    listing.add_argument("--outcome", choices=list(Outcome))
    listing.add_argument("--category", help="a dispute category in any language, e.g. family")
    listing.add_argument("--search", default="", help="words of a name, IIN/BIN, number, subject")
    listing.add_argument("--from", dest="date_from", type=_date, help="registered on or after")
    listing.add_argument("--to", dest="date_to", type=_date, help="registered on or before")
    listing.add_argument("--due-within", type=_days, metavar="DAYS",
                         help="open cases whose deadline is within DAYS (overdue included)")
    listing.add_argument("--overdue", action="store_true", help="open cases past the deadline")
    listing.add_argument("--sort", choices=list(SortKey), default=SortKey.REG_DATE)
    listing.add_argument("--ascending", action="store_true", help="oldest first")
    listing.add_argument("--limit", type=_positive, help="at most this many cases")
    listing.set_defaults(run=_cases_list)

    show = cases.add_parser("show", help="everything recorded about one case")
    show.add_argument("number", help="case number, e.g. KRG01-2026-0042")
    show.add_argument("--json", action="store_true")
    show.set_defaults(run=_cases_show)

    delete = cases.add_parser("delete", help="delete a case registered by mistake")
    delete.add_argument("number", help="case number, e.g. KRG01-2026-0042")
    delete.set_defaults(run=_cases_delete)

    importing = cases.add_parser("import", help="import an Excel (.xlsx) or CSV journal")
    importing.add_argument("file", nargs="?", type=Path, help="the journal to import")
    importing.add_argument("--dry-run", action="store_true", help="check only, store nothing")
    importing.add_argument("--json", action="store_true", help="print the report as JSON")
    importing.add_argument("--template", type=Path, metavar="OUT.xlsx",
                           help="write an empty journal template instead of importing")
    importing.add_argument("--lang", choices=["kk", "ru", "en"], default="ru",
                           help="language of the template's headers (default ru)")
    importing.add_argument("--force", action="store_true",
                           help="let --template replace an existing file")
    importing.set_defaults(run=_cases_import)

    office = commands.add_parser("office", help="the office that keeps this register")
    office_commands = office.add_subparsers(dest="office_command", metavar="ACTION",
                                            required=True)
    office_show = office_commands.add_parser("show", help="print the office's details")
    office_show.add_argument("--json", action="store_true")
    office_show.set_defaults(run=_office_show)
    office_set = office_commands.add_parser("set", help="set or change the office's details")
    for name, text in (
            ("code", "2-12 Latin capitals or digits, the prefix of case numbers (KRG01)"),
            ("name-kk", "the office's name in Kazakh"), ("name-ru", "the office's name in Russian"),
            ("district", "district"), ("region", "region"), ("address", "postal address"),
            ("phone", "telephone, printed on invitations"),
            ("head", "full name of the head of the office"),
            ("timezone", "time zone of the office's calendar (default Asia/Almaty)")):
        office_set.add_argument(f"--{name}", help=text)
    office_set.set_defaults(run=_office_set)
    add_sync_commands(commands, office_commands)

    mediators = commands.add_parser("mediators", help="the mediator register").add_subparsers(
        dest="mediators_command", metavar="ACTION", required=True)
    mediators_list = mediators.add_parser("list", help="every mediator of the register")
    mediators_list.add_argument("--json", action="store_true")
    mediators_list.set_defaults(run=_mediators_list)
    mediators_add = mediators.add_parser("add", help="add a mediator to the register")
    mediators_add.add_argument("--name", required=True, help="full name")
    mediators_add.add_argument("--iin", default="")
    mediators_add.add_argument("--kind", choices=list(MediatorKind), default=MediatorKind.PUBLIC)
    mediators_add.add_argument("--register-number", default="")
    mediators_add.add_argument("--languages", default="kk,ru", help="e.g. kk,ru")
    mediators_add.set_defaults(run=_mediators_add)

    _add_document_commands(commands)
    return parser


_CASE_KIND_HELP = {
    Kind.CONTRACT: "a case's agreement to mediate",
    Kind.SETTLEMENT: "a case's settlement agreement",
    Kind.TERMINATION: "a case's notice that mediation ended without settlement",
    Kind.INVITATION: "an invitation of a case's parties to a session",
    Kind.CARD: "a case's registration card",
}


def _add_document_commands(commands: argparse._SubParsersAction) -> None:
    # "document KIND NUMBER" and "document journal|blank|verify" share the word after
    # "document": every kind is a subcommand of its own, beside the three others.
    document = commands.add_parser(
        "document", help="print a case's papers, blank forms, the journal; check a paper")
    kinds = document.add_subparsers(dest="document_command", metavar="KIND", required=True)
    for kind in CASE_KINDS:
        paper = kinds.add_parser(kind, help=_CASE_KIND_HELP[kind])
        paper.add_argument("number", help="case number, e.g. KRG01-2026-0042")
        _pdf_options(paper)
        if kind is Kind.INVITATION:
            paper.add_argument("--on", type=_date, help="day of the session (else a line)")
            paper.add_argument("--at", type=_clock, help="time of the session, HH:MM")
            paper.add_argument("--place", default="", help="where the session is held")
        paper.set_defaults(run=_document_case, kind=kind)

    journal = kinds.add_parser("journal", help="the journal of the cases registered in a period")
    journal.add_argument("--from", dest="date_from", type=_date, required=True,
                         help="first day of registration")
    journal.add_argument("--to", dest="date_to", type=_date, required=True,
                         help="last day of registration")
    _pdf_options(journal)
    journal.set_defaults(run=_document_journal)

    blank = kinds.add_parser("blank", help="a form to fill in by hand")
    blank.add_argument("blank_kind", metavar="KIND", choices=[str(k) for k in BLANK_KINDS],
                       help=", ".join(BLANK_KINDS))
    _pdf_options(blank)
    blank.set_defaults(run=_document_blank)

    verify = kinds.add_parser("verify", help=(
        "check a signed paper against the record: its PDF, or the code a QR scanner read"))
    verify.add_argument("file", nargs="?", type=Path, help="a PDF printed by Kelisim")
    verify.add_argument("--code", help="the text of the paper's QR code")
    verify.set_defaults(run=_document_verify)


def _pdf_options(command: argparse.ArgumentParser) -> None:
    command.add_argument("--lang", choices=LANGUAGE_CHOICES, default="kk+ru", help=(
        "kk, ru or en, or kk+ru: Kazakh and Russian side by side (the default)"))
    command.add_argument("--out", type=Path, required=True, metavar="FILE.pdf",
                         help="the PDF to write")
    command.add_argument("--force", action="store_true", help="replace an existing file")


MAX_COUNT = 1_000_000  # cases in a demo, rows in a listing: far beyond any office
MAX_DAYS = 3650


def _positive(text: str) -> int:
    return _whole(text, 1, MAX_COUNT)


def _days(text: str) -> int:
    return _whole(text, 0, MAX_DAYS)


def _whole(text: str, low: int, high: int) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if not low <= value <= high:
        raise argparse.ArgumentTypeError(f"must be from {low} to {high:,}")
    return value


def _date(text: str) -> date:
    for parse in (date.fromisoformat, _dotted):
        try:
            return parse(text)
        except ValueError:
            pass
    raise argparse.ArgumentTypeError(f"{text!r} is not a date (dd.mm.yyyy or yyyy-mm-dd)")


def _dotted(text: str) -> date:
    day, month, year = text.split(".")
    return date(int(year), int(month), int(day))


def _clock(text: str) -> time:
    try:
        return datetime.strptime(text, "%H:%M").time()
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a time of day (HH:MM)") from None


# --- running ------------------------------------------------------------------------------

def main(argv: Sequence[str] | None = None) -> int:
    _utf8_output()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.data_dir is not None and not args.data_dir.strip():
        parser.error("--data-dir is empty; name a folder")
    folder = data_dir(args.data_dir)
    if args.self_test:
        return _self_test(parser, args)
    if args.import_bundle is not None and args.command is not None:
        parser.error("--import-bundle opens the window: it takes no command "
                     "(for the command line, use 'bundle import')")
    if args.command is None:  # no command: the window (Qt is loaded only for it)
        from desktop.ui.gui import run

        return run(folder, show_and_exit=args.show_and_exit, import_bundle=args.import_bundle)
    try:
        app = open_app(folder)
    except DomainError as error:
        return _refused(error)
    except OSError as error:  # a folder that cannot be made or written: no log to point to
        print(f"kelisim: error: cannot use the data folder {folder}: "
              f"{error.strerror or error}", file=sys.stderr)
        return EXIT_REFUSED
    except Exception:
        return _internal_error(folder)
    try:
        return args.run(app, args)
    except UsageError as error:
        parser.error(str(error))
    except DomainError as error:
        return _refused(error)
    except KeyboardInterrupt:
        print("kelisim: interrupted; the action in progress was not saved", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader stopped listening (`| head`): not an error of ours; say nothing more.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception:
        return _internal_error(folder)
    finally:
        app.close()


def _self_test(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    from desktop.selftest import run_self_test

    if args.command is not None or args.show_and_exit:
        parser.error("--self-test takes no command and no --show-and-exit")
    result = run_self_test()
    print(result.line, file=sys.stdout if result.ok else sys.stderr)
    return EXIT_OK if result.ok else EXIT_REFUSED


def _utf8_output() -> None:
    # Kazakh letters must survive a Windows console or a pipe whatever its code page.
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")


def _refused(error: DomainError) -> int:
    if isinstance(error, ValidationError):
        print("kelisim: error: not saved:", file=sys.stderr)
        for field, reason in error.problems.items():
            print(f"  {field}: {reason}", file=sys.stderr)
    else:
        print(f"kelisim: error: {error}", file=sys.stderr)
    return EXIT_REFUSED


def _internal_error(folder: Path) -> int:
    # The traceback goes to the log, not the screen; it holds code locations, not case data.
    log.exception("internal error")
    print(f"kelisim: internal error; details are in {folder / 'logs' / 'kelisim.log'}",
          file=sys.stderr)
    return EXIT_INTERNAL


# --- demo ---------------------------------------------------------------------------------

def _demo(app: App, args: argparse.Namespace) -> int:
    report = app.demo().generate(args.cases, args.seed)
    office = app.office.require()
    made = " (demo office created)" if report.office_created else ""
    print(f"{office.code}{made}: added {report.cases_added} cases and "
          f"{report.mediators_added} mediators; data in {app.data_dir}")
    return EXIT_OK


# --- cases --------------------------------------------------------------------------------

def _case_query(app: App, args: argparse.Namespace) -> CaseQuery:
    category = app.reference.categories.match(args.category) if args.category else None
    if args.category and category is None:
        raise UsageError(f"unknown category {args.category!r}; known: "
                         + ", ".join(app.reference.categories.keys()))
    statuses: tuple[CaseStatus, ...] = ()
    if args.status == "open":
        statuses = OPEN_STATUSES
    elif args.status:
        statuses = (CaseStatus(args.status),)
    return CaseQuery(
        statuses=statuses, outcomes=(Outcome(args.outcome),) if args.outcome else (),
        categories=(category,) if category else (), search=args.search,
        registered_from=args.date_from, registered_to=args.date_to,
        due_within=args.due_within, overdue_only=args.overdue, today=app.office.today(),
        sort=SortKey(args.sort), descending=not args.ascending)


def _cases_list(app: App, args: argparse.Namespace) -> int:
    query = _case_query(app, args)
    if args.limit:
        ids = app.cases.page(query, 0, args.limit)
        total = app.cases.count(query) if not args.json else len(ids)
    else:
        ids = app.cases.ids(query)
        total = len(ids)
    rows = app.cases.iter_summaries(ids)
    if args.json:
        for summary in rows:
            print(json.dumps(_summary_json(summary, query.today), ensure_ascii=False))
    else:
        _print_table(rows, query.today)
        print(f"{len(ids)} of {total} case(s)" if len(ids) != total else f"{total} case(s)")
    return EXIT_OK


def _summary_json(s: CaseSummary, today: date | None) -> dict[str, Any]:
    return {
        "id": str(s.id), "number": s.number, "reg_date": s.reg_date.isoformat(),
        "status": s.status.value, "outcome": s.outcome.value if s.outcome else None,
        "category": s.category, "subject": s.subject, "claim_amount": _money(s.claim_amount),
        "contract_date": _iso(s.contract_date), "deadline": _iso(s.deadline),
        "due": s.due(today or date.today(), DUE_SOON_DAYS).value,
        "closed_date": _iso(s.closed_date),
        "parties": [{"name": p.name, "role": p.role, "kind": p.kind,
                     p.identifier_key: p.identifier or None}
                    for p in s.parties],
        "mediators": list(s.mediators),
    }


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _money(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


_COLUMNS = (("Number", 16), ("Registered", 10), ("Status", 12), ("Outcome", 14),
            ("Category", 15), ("Parties", 0), ("Mediator", 22), ("Deadline", 19))


def _print_table(rows: Iterable[CaseSummary], today: date | None) -> None:
    width = shutil.get_terminal_size((140, 24)).columns
    fixed = sum(w + 2 for _, w in _COLUMNS if w)
    widths = [w or max(20, width - fixed) for _, w in _COLUMNS]
    print(_row([name for name, _ in _COLUMNS], widths))
    print(_row(["-" * w for w in widths], widths))
    for s in rows:
        print(_row([
            s.number, s.reg_date.strftime("%d.%m.%Y"), s.status.value,
            s.outcome.value if s.outcome else "", s.category,
            " / ".join(p.name for p in s.parties), ", ".join(s.mediators),
            _deadline_text(s, today),
        ], widths))


def _deadline_text(s: CaseSummary, today: date | None) -> str:
    if s.deadline is None:
        return ""
    state = s.due(today or date.today(), DUE_SOON_DAYS)
    mark = {"overdue": " OVERDUE", "due_soon": " due soon"}.get(state.value, "")
    return s.deadline.strftime("%d.%m.%Y") + mark


def _row(cells: Sequence[str], widths: Sequence[int]) -> str:
    return "  ".join(_fit(c, w) for c, w in zip(cells, widths, strict=True)).rstrip()


def _fit(text: str, width: int) -> str:
    return text.ljust(width) if len(text) <= width else text[:width - 1] + "…"


def _cases_show(app: App, args: argparse.Namespace) -> int:
    case = app.cases.get_by_number(args.number)
    mediators = {m.id: m.full_name for m in app.mediators.list()}
    data = {
        "id": str(case.id), "number": case.number, "version": case.version,
        "reg_date": case.reg_date.isoformat(), "referral": case.referral.value,
        "stage": case.stage.value, "category": case.category, "subject": case.subject,
        "claim_amount": _money(case.claim_amount), "status": case.status.value,
        "contract_date": _iso(case.contract_date), "extensions": case.extensions,
        "deadline": _iso(case.deadline), "outcome": case.outcome.value if case.outcome else None,
        "closed_date": _iso(case.closed_date), "notes": case.notes,
        "parties": [{"name": p.name, "role": p.role.value, "kind": p.kind.value,
                     p.identifier_label.lower(): p.identifier or None,
                     "address": p.address, "phone": p.phone,
                     "representative": p.representative,
                     "representative_basis": p.representative_basis} for p in case.parties],
        "mediators": [mediators.get(m, str(m)) for m in case.mediator_ids],
        "sessions": [{"held_on": s.held_on.isoformat(), "place": s.place, "notes": s.notes,
                      "attended": [case.party(a).name for a in s.attended]}
                     for s in case.sessions],
        "obligations": [{"debtor": case.party(o.debtor_id).name,
                         "creditor": case.party(o.creditor_id).name if o.creditor_id else None,
                         "description": o.description, "amount": _money(o.amount),
                         "due_date": _iso(o.due_date), "fulfilment": o.fulfilment.value,
                         "fulfilled_on": _iso(o.fulfilled_on)} for o in case.obligations],
        "printed": [{"kind": p.kind, "language": p.language,
                     "printed_at": p.printed_at.isoformat(timespec="seconds"),
                     "content_hash": p.content_hash}
                    for p in app.documents().history(case.id)],
    }
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        _print_nested(data)
    return EXIT_OK


def _print_nested(data: dict[str, Any], indent: str = "") -> None:
    for key, value in data.items():
        if isinstance(value, list):
            print(f"{indent}{key}:")
            for i, item in enumerate(value, 1):
                if isinstance(item, dict):
                    print(f"{indent}  {i}.")
                    _print_nested(item, indent + "     ")
                else:
                    print(f"{indent}  {i}. {item}")
        elif value not in (None, ""):
            print(f"{indent}{key}: {value}")


def _cases_delete(app: App, args: argparse.Namespace) -> int:
    case = app.cases.get_by_number(args.number)
    app.cases.delete(case)
    print(f"case {case.number} deleted")
    return EXIT_OK


def _cases_import(app: App, args: argparse.Namespace) -> int:
    if args.template:
        if args.file:
            raise UsageError("give either a journal to import or --template, not both")
        # openpyxl is loaded only for the commands that need it: it slows every start.
        from desktop.services.journal_template import write_template

        write_template(args.template, args.lang, app.reference, replace=args.force)
        print(f"wrote an empty journal template ({args.lang}) to {args.template}")
        return EXIT_OK
    if not args.file:
        raise UsageError("name the journal to import (a .xlsx or .csv file), or --template OUT")
    report = app.journal().run(args.file, dry_run=args.dry_run)
    if args.json:
        print(json.dumps(_report_json(report), ensure_ascii=False, indent=2))
    else:
        _print_report(report)
    return EXIT_OK if report.ok else EXIT_REFUSED


def _report_json(report: ImportReport) -> dict[str, Any]:
    return {
        "file": report.file, "ok": report.ok, "dry_run": report.dry_run, "rows": report.rows,
        "imported": report.imported, "would_import": report.would_import,
        "already_imported": report.already_imported,
        "repeated_in_file": report.repeated_in_file, "new_mediators": report.new_mediators,
        "ignored_columns": report.ignored_columns,
        "problems": [_problem_json(p) for p in report.problems],
        "repeats": [_problem_json(p) for p in report.repeats],
    }


def _problem_json(problem: RowProblem) -> dict[str, Any]:
    return {"row": problem.row, "column": problem.column, "reason": problem.reason}


def _print_report(report: ImportReport) -> None:
    out = sys.stdout if report.ok else sys.stderr
    if not report.ok:
        print(f"{report.file}: nothing imported; {len(report.problems)} problem(s) in "
              f"{len({p.row for p in report.problems})} row(s):", file=out)
        for p in report.problems:
            where = f"row {p.row}" + (f", column «{p.column}»" if p.column else "")
            print(f"  {where}: {p.reason}", file=out)
        return
    if report.dry_run:
        print(f"{report.file}: {report.rows} row(s) checked; {report.would_import} would be "
              "imported (dry run: nothing stored)", file=out)
    else:
        print(f"{report.file}: {report.rows} row(s); imported {report.imported}", file=out)
    added = "would be added" if report.dry_run else "added"
    notes = [(report.already_imported, "already imported before"),
             (report.repeated_in_file, "repeat an earlier row of the file"),
             (report.new_mediators, f"new mediator(s) {added} to the register")]
    for count, text in notes:
        if count:
            print(f"  {count} {text}", file=out)
    for repeat in report.repeats:
        print(f"  row {repeat.row}: {repeat.reason}", file=out)
    if report.ignored_columns:
        print("  columns not used: " + ", ".join(report.ignored_columns), file=out)


# --- documents ----------------------------------------------------------------------------

def _document_case(app: App, args: argparse.Namespace) -> int:
    from desktop.services.documents import save_pdf

    case = app.cases.get_by_number(args.number)
    meeting = (Meeting(on=args.on, at=args.at, place=args.place.strip())
               if args.kind is Kind.INVITATION else None)
    documents = app.documents()
    document = documents.case_document(args.kind, case.id, args.lang, meeting)
    save_pdf(args.out, document.pdf, replace=args.force)
    # Recorded once the file is whole: the history holds only papers that could be printed.
    recorded = documents.record(document)
    note = "; recorded in the case's history" if recorded else ""
    print(f"wrote {args.out} ({document.kind} of {document.number}, {document.language}{note})")
    return EXIT_OK


def _document_journal(app: App, args: argparse.Namespace) -> int:
    from desktop.services.documents import save_pdf

    pdf = app.documents().journal(args.date_from, args.date_to, args.lang)
    save_pdf(args.out, pdf, replace=args.force)
    print(f"wrote {args.out} (journal {args.date_from:%d.%m.%Y}-{args.date_to:%d.%m.%Y}, "
          f"{args.lang})")
    return EXIT_OK


def _document_blank(app: App, args: argparse.Namespace) -> int:
    from desktop.services.documents import save_pdf

    pdf = app.documents().blank(Kind(args.blank_kind), args.lang)
    save_pdf(args.out, pdf, replace=args.force)
    print(f"wrote {args.out} (blank {args.blank_kind}, {args.lang})")
    return EXIT_OK


def _document_verify(app: App, args: argparse.Namespace) -> int:
    if (args.file is None) == (args.code is None):
        raise UsageError("give the PDF to check, or --code TEXT: one of the two")
    documents = app.documents()
    found = documents.verify_pdf(args.file) if args.file else documents.verify(args.code)
    zone = ZoneInfo(app.office.require().timezone)
    for line in _verification_lines(found, zone):
        print(line, file=sys.stdout if found.confirmed else sys.stderr)
    return EXIT_OK if found.confirmed else EXIT_REFUSED


def _verification_lines(found: Verification, zone: ZoneInfo) -> list[str]:
    if not found.known:
        return [f"{found.kind} of case {found.case_id}: NOT CHECKED: this register holds no "
                "such case (deleted, or registered by another office)"]
    what = f"{found.kind} of case {found.case_number}"
    printed = ", ".join(f"{moment.astimezone(zone):%d.%m.%Y %H:%M}"
                        for moment in found.printed_at)
    if found.matches and found.text_matches is False:
        return [f"{what}: its check code matches the current record, but its TEXT DOES NOT: "
                "the file was altered, or printed with other wording or by another version of "
                "Kelisim"]
    if found.matches:
        word_for_word = ", word for word" if found.text_matches else ""
        lines = [f"{what}: MATCHES the current record{word_for_word}"]
        lines.append(f"  printed here: {printed}" if printed else
                     "  no paper with this content is recorded as printed here")
        return lines
    if printed:
        return [f"{what}: DOES NOT MATCH the current record: the case was changed since this "
                f"paper was printed ({printed})"]
    return [f"{what}: DOES NOT MATCH the current record, and no paper with this content was "
            "recorded as printed here"]


# --- office and mediators ---------------------------------------------------------------

def _office_show(app: App, args: argparse.Namespace) -> int:
    office = app.office.require()
    data = {"code": office.code, "name_kk": office.name_kk, "name_ru": office.name_ru,
            "district": office.district, "region": office.region, "address": office.address,
            "phone": office.phone, "head": office.head, "timezone": office.timezone}
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        _print_nested(data)
    return EXIT_OK


def _office_set(app: App, args: argparse.Namespace) -> int:
    changes = {key: getattr(args, key) for key in (
        "code", "name_kk", "name_ru", "district", "region", "address", "phone", "head",
        "timezone")}
    if all(v is None for v in changes.values()):
        raise UsageError("give at least one field to set, e.g. --code KRG01")
    office = app.office.update(**changes)
    print(f"office {office.code} saved")
    return EXIT_OK


def _mediators_list(app: App, args: argparse.Namespace) -> int:
    emit: Callable[[Mediator], None]
    if args.json:
        def emit(m: Mediator) -> None:
            print(json.dumps({"id": str(m.id), "full_name": m.full_name, "iin": m.iin or None,
                              "kind": m.kind.value, "register_number": m.register_number,
                              "languages": list(m.languages),
                              "specialisations": list(m.specialisations), "active": m.active},
                             ensure_ascii=False))
    else:
        def emit(m: Mediator) -> None:
            active = "" if m.active else "  (inactive)"
            print(f"{m.full_name:<40} {m.kind.value:<13} {m.register_number}{active}")
    for mediator in app.mediators.list():
        emit(mediator)
    return EXIT_OK


def _mediators_add(app: App, args: argparse.Namespace) -> int:
    languages = tuple(x.strip() for x in args.languages.split(",") if x.strip())
    mediator = app.mediators.add(Mediator(
        full_name=args.name.strip(), iin=args.iin.strip(), kind=MediatorKind(args.kind),
        register_number=args.register_number.strip(), languages=languages))
    print(f"mediator added: {mediator.full_name}")
    return EXIT_OK
