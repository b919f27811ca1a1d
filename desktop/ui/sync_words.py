"""What the Sync page says: kinds of records, their fields and values, bundle reports, in words.

Bundles and conflicts name tables and columns as the database does ("case_mediators",
"claim_amount_tiyn"); people read them here as "mediators of cases", "claim amount". Pure
functions of plain values (no widgets), so that they are tested as they are.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime, tzinfo
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from desktop.core.case import CaseStatus, Fulfilment, Outcome, Referral, Stage
from desktop.core.mediator import MediatorKind
from desktop.core.party import PartyKind, PartyRole
from desktop.documents.material import Kind
from desktop.ui import labels
from desktop.ui.form import ERROR_COLOUR, format_amount, format_day
from desktop.ui.i18n import current_language, message
from desktop.ui.labels import word

if TYPE_CHECKING:
    from desktop.core.reference import ReferenceData
    from desktop.services.sync import BundleReport, ExportResult
    from desktop.store.sync_state import PeerStatus

# The order counts are said in: what people look for first.
_KINDS = ("cases", "parties", "mediators", "case_mediators", "mediation_sessions",
          "obligations", "case_documents", "offices")
EMPTY = "—"
REFUSALS_SHOWN = 50  # records refused in one bundle, listed one by one


def moment(at: datetime | None, zone: tzinfo) -> str:
    """A moment as the office's clock showed it: 02.12.2026 23:11."""
    if at is None:
        return ""
    local = at.astimezone(zone)
    return f"{format_day(local.date())} {local:%H:%M}"


def record_kind(table: str) -> str:
    """What one record of a table is: "case", "party"…"""
    return {
        "cases": word("Case"),
        "parties": word("Party to the case"),
        "mediators": word("Mediator"),
        "case_mediators": word("Mediator assigned to the case"),
        "mediation_sessions": word("Mediation session"),
        "obligations": word("Agreed term"),
        "case_documents": word("Printed document"),
        "offices": word("Office details"),
    }.get(table, table)


def field_name(table: str, name: str) -> str:
    """A column of a synced table, as the case editor calls it."""
    common = {
        "notes": word("Notes"), "address": word("Address"), "phone": word("Phone"),
        "position": word("Place in the list"), "case_id": word("Case"),
        "origin": word("Office where it was made"), "created_at": word("Made on"),
        "kind": word("Kind"),
    }
    by_table = {
        "cases": {
            "number": word("Case number"), "office_code": word("Office"),
            "number_year": word("Year of the number"),
            "number_sequence": word("Number within the year"),
            "reg_date": word("Registration date"), "referral": word("Referred by"),
            "stage": word("Stage"), "category": word("Category"),
            "subject": word("Subject of the dispute"), "claim_amount_tiyn": word("Claim amount"),
            "status": word("Status"), "contract_date": word("Agreement to mediate signed on"),
            "extensions": word("Extensions of the time limit"), "deadline": word("Deadline"),
            "outcome": word("Outcome"), "closed_date": word("Closed on"),
        },
        "parties": {
            "kind": word("Person or organisation"), "role": word("Role in the dispute"),
            "name": word("Name"), "identifier": word("IIN/BIN"),
            "representative": word("Representative"),
            "representative_basis": word("Representative's authority"),
        },
        "case_mediators": {"mediator_id": word("Mediator")},
        "mediation_sessions": {"held_on": word("Held on"), "place": word("Place"),
                               "attended": word("Who came")},
        "obligations": {
            "debtor_id": word("Who owes"), "creditor_id": word("To whom"),
            "description": word("What is owed"), "amount_tiyn": word("Amount"),
            "due_date": word("Due date"), "fulfilment": word("Fulfilment"),
            "fulfilled_on": word("Fulfilled on"),
        },
        "case_documents": {"kind": word("Document"), "language": word("Language"),
                           "content_hash": word("Content hash"),
                           "printed_at": word("Printed at")},
        "mediators": {
            "full_name": word("Full name"), "iin": word("IIN"), "kind": word("Kind"),
            "register_number": word("Register number"), "languages": word("Languages"),
            "specialisations": word("Specialisations"), "active": word("Mediates"),
        },
        "offices": {
            "code": word("Office code"), "name_kk": word("Name in Kazakh"),
            "name_ru": word("Name in Russian"), "district": word("District"),
            "region": word("Region"), "head": word("Head of the office"),
            "timezone": word("Time zone"),
        },
    }
    return by_table.get(table, {}).get(name) or common.get(name) or name


_DATES = {"reg_date", "contract_date", "deadline", "closed_date", "held_on", "due_date",
          "fulfilled_on"}
_MOMENTS = {"printed_at", "created_at"}
_AMOUNTS = {"claim_amount_tiyn", "amount_tiyn"}


def _enum(kind: type[StrEnum], say: Callable[[Any], str], value: str) -> str:
    try:
        return say(kind(value))
    except ValueError:  # a value a newer program knows: shown as it is
        return value


def field_value(table: str, name: str, value: Any, zone: tzinfo,
                reference: ReferenceData | None = None) -> str:
    """A value of a conflict's field in words: dates as dd.mm.yyyy, statuses named, sums in
    tenge; "—" for nothing."""
    if value is None or value == "" or value == []:
        return EMPTY
    try:
        if name in _DATES:
            return format_day(date.fromisoformat(value))
        if name in _MOMENTS:
            return moment(datetime.fromisoformat(value), zone)
    except (TypeError, ValueError):
        return str(value)
    if name in _AMOUNTS and isinstance(value, int):
        return format_amount(Decimal(value) / 100)
    if isinstance(value, bool):
        return word("Yes") if value else word("No")
    enums: dict[tuple[str, str], tuple[type[StrEnum], Callable[[Any], str]]] = {
        ("cases", "status"): (CaseStatus, labels.status),
        ("cases", "outcome"): (Outcome, labels.outcome),
        ("cases", "referral"): (Referral, labels.referral),
        ("cases", "stage"): (Stage, labels.stage),
        ("obligations", "fulfilment"): (Fulfilment, labels.fulfilment),
        ("parties", "kind"): (PartyKind, labels.party_kind),
        ("parties", "role"): (PartyRole, labels.party_role),
        ("mediators", "kind"): (MediatorKind, labels.mediator_kind),
        ("case_documents", "kind"): (Kind, labels.document_kind),
    }
    if (table, name) in enums:
        kind, say = enums[table, name]
        return _enum(kind, say, str(value))
    if table == "cases" and name == "category" and reference is not None:
        return labels.term(reference.categories, str(value))
    if table == "case_documents" and name == "language":
        return labels.document_language(str(value))
    if isinstance(value, list):
        return ", ".join(map(str, value))
    return str(value)


def sentence(text: str) -> str:
    """A message of the core (written to follow a colon) as a line of its own."""
    return text[:1].upper() + text[1:]


def peer_name(peer: PeerStatus) -> str:
    return (peer.name_kk if current_language() == "kk" else peer.name_ru) or peer.name_ru


def fingerprint(identity: Mapping[str, Any] | None) -> str:
    """A peer's key fingerprint, once its key is known."""
    return str((identity or {}).get("fingerprint", ""))


def status(report: BundleReport) -> str:
    return {
        "applied": word("Applied"),
        "already applied": word("Already applied before: nothing changed"),
        "held": word("Held: it waits for an earlier bundle"),
        "refused": word("Refused: nothing of it was stored"),
    }.get(report.status, report.status)


def outcomes(values: Mapping[str, int]) -> str:
    names = {"added": word("added"), "updated": word("updated"), "deleted": word("deleted"),
             "unchanged": word("unchanged"), "conflict": word("conflicts"),
             "refused": word("refused")}
    return ", ".join(f"{names.get(k, k)}: {n}" for k, n in values.items() if n)


class SyncWords(QObject):
    """Sentences with numbers in them. A class because lupdate takes the plural forms ("1
    case", "3 cases") only from tr() inside one; the functions below stand for its methods."""

    def count_of(self, table: str, n: int) -> str:
        said = {
            "cases": lambda: self.tr("%n case(s)", "", n),
            "parties": lambda: self.tr("%n party(-ies)", "", n),
            "mediators": lambda: self.tr("%n mediator(s)", "", n),
            "case_mediators": lambda: self.tr("%n mediator(s) assigned to cases", "", n),
            "mediation_sessions": lambda: self.tr("%n mediation session(s)", "", n),
            "obligations": lambda: self.tr("%n agreed term(s)", "", n),
            "case_documents": lambda: self.tr("%n printed document(s)", "", n),
            "offices": lambda: self.tr("%n office record(s)", "", n),
        }.get(table)
        return said() if said else f"{n} {table}"

    def record_of(self, table: str, number: str | None) -> str:
        if not number:
            return record_kind(table)
        if table == "cases":
            return self.tr("Case {number}").format(number=number)
        return self.tr("{record} (case {number})").format(record=record_kind(table),
                                                          number=number)

    def missing(self, numbers: list[int]) -> str:
        if not numbers:
            return ""
        return self.tr("Missing: %n bundle(s), number {numbers}", "", len(numbers)).format(
            numbers=", ".join(map(str, numbers)))

    def flagged(self, entries: list[dict]) -> str:
        if not entries:
            return ""
        numbers = sorted({int(e.get("sequence", 0)) for e in entries})
        return self.tr("Came again with other content: %n bundle(s), number {numbers}", "",
                       len(numbers)).format(numbers=", ".join(map(str, numbers)))

    def export_summary(self, result: ExportResult, to_whom: str) -> str:
        held = counts(result.counts)
        lines = [self.tr("Bundle {sequence} for {whom} is written and checked:").format(
            sequence=result.sequence, whom=to_whom), str(result.path)]
        if result.full:
            lines.append(self.tr("A full bundle: every record, not only the changes."))
        lines.append(self.tr("It holds {what}.").format(what=held) if held else self.tr(
            "No record changed since the last bundle; this one tells the other side what this "
            "register has received."))
        return "\n".join(lines)

    def summary(self, reports: list[BundleReport]) -> str:
        if not reports:
            return self.tr("No bundle files (*.kelisim) were found there.")
        parts = []
        for key, say in (("applied", word("applied")),
                         ("already applied", word("already applied")),
                         ("held", word("held")), ("refused", word("refused"))):
            if found := sum(r.status == key for r in reports):
                parts.append(f"{say}: {found}")
        if conflicts := sum(len(r.conflicts) for r in reports):
            parts.append(self.tr("%n conflict(s) to resolve", "", conflicts))
        return self.tr("%n file(s)", "", len(reports)) + " — " + ", ".join(parts)

    def report_html(self, reports: list[BundleReport], names: Mapping[str, str]) -> str:
        e = html.escape
        out = []
        for report in reports:
            out.append(f"<h3>{e(Path(report.path).name)}</h3>")
            lines = []
            if report.origin:
                who = names.get(report.origin)
                origin = f"{report.origin} «{who}»" if who else report.origin
                lines.append(e(self.tr("Bundle {sequence} from {origin}").format(
                    sequence=report.sequence, origin=origin)))
            state = e(status(report))
            lines.append(f"<b style='color:{ERROR_COLOUR}'>⚠ {state}</b>" if not report.ok
                         else f"<b>{state}</b>")
            if report.reason:
                reason = e(sentence(message(report.reason)))
                lines.append(f"<span style='color:{ERROR_COLOUR}'>{reason}</span>"
                             if not report.ok else reason)
            if said := outcomes(report.outcomes):
                lines.append(e(self.tr("Records: {outcomes}").format(outcomes=said)))
            for conflict in report.conflicts:
                lines.append(e(self.tr("Conflict: {what}; choose what to keep under "
                                       "Conflicts on the Sync page").format(
                    what=self.record_of(conflict.get("table", ""), conflict.get("case")))))
            for gap in report.gaps:
                lines.append(e(sentence(message(gap))))
            shown = report.refused[:REFUSALS_SHOWN]
            for refused in shown:
                what = record_kind(refused["table"]) if refused.get("table") else ""
                lines.append(f"<span style='color:{ERROR_COLOUR}'>" + e(self.tr(
                    "Record refused: {what} {id}: {reason}").format(
                    what=what, id=str(refused.get("id", ""))[:12],
                    reason=message(refused.get("reason", "")))) + "</span>")
            if len(report.refused) > len(shown):
                lines.append(e(self.tr("… and %n more refused", "",
                                       len(report.refused) - len(shown))))
            lines.append(f"<span style='color:gray'>{e(str(report.path))}</span>")
            out.append("<p>" + "<br>".join(lines) + "</p>")
        return "\n".join(out)


def count_of(table: str, n: int) -> str:
    """"20 cases", "1 party": a number of records of one kind, in the plural the language needs."""
    return SyncWords().count_of(table, n)


def counts(values: Mapping[str, int]) -> str:
    """"20 cases, 46 parties, …" in a fixed order; "" when nothing is counted."""
    order = [t for t in _KINDS if values.get(t)] + sorted(
        t for t in values if t not in _KINDS and values[t])
    return ", ".join(count_of(t, values[t]) for t in order)


def record_of(table: str, case_number: str | None) -> str:
    """"Case KRG01-2026-0005", "Agreed term (case KRG01-2026-0005)", "Mediator"."""
    return SyncWords().record_of(table, case_number)


def missing(numbers: Iterable[int]) -> str:
    """"Missing: 2 bundles, number 5, 7"; "" when none is."""
    return SyncWords().missing(list(numbers))


def flagged(entries: Iterable[dict]) -> str:
    """"Came again with other content: 1 bundle, number 4": someone should look; "" if none."""
    return SyncWords().flagged(list(entries))


def export_summary(result: ExportResult, to_whom: str) -> str:
    """What an export wrote: its number, its file, and what it holds."""
    return SyncWords().export_summary(result, to_whom)


def summary(reports: list[BundleReport]) -> str:
    """One line over a report: how many files, and what became of them."""
    return SyncWords().summary(reports)


def report_html(reports: list[BundleReport], names: Mapping[str, str]) -> str:
    """The report of an import, file by file: what became of it and why, in the language;
    `names`: the names of the sites by their codes."""
    return SyncWords().report_html(reports, names)
