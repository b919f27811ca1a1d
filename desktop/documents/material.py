"""What a document is drawn from: plain domain values, read by the caller (a service)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import date, time
from enum import StrEnum
from uuid import UUID

from desktop.core.case import SETTLING_OUTCOMES, Case, CaseStatus
from desktop.core.mediator import Mediator
from desktop.core.messages import problem
from desktop.core.office import Office
from desktop.core.party import Party, PartyRole
from desktop.core.printed import PrintedDocument
from desktop.core.reference import ReferenceData
from desktop.core.register import CaseSummary

CODE_PREFIX = "KELISIM1"  # the QR payload's format; a later format gets a new prefix
# The languages of a paper: one, or Kazakh and Russian side by side.
LANGUAGE_CHOICES = ("kk", "ru", "kk+ru", "en")


class Kind(StrEnum):
    CONTRACT = "contract"  # agreement to mediate
    SETTLEMENT = "settlement"
    TERMINATION = "termination"  # notice that mediation ended without settlement
    INVITATION = "invitation"
    CARD = "card"
    JOURNAL = "journal"


CASE_KINDS = (Kind.CONTRACT, Kind.SETTLEMENT, Kind.TERMINATION, Kind.INVITATION, Kind.CARD)
BLANK_KINDS = (Kind.CONTRACT, Kind.SETTLEMENT, Kind.INVITATION)
# Signed papers: they carry a QR code, and each one printed is recorded in the case's history.
SIGNED_KINDS = (Kind.CONTRACT, Kind.SETTLEMENT, Kind.TERMINATION)


@dataclass(frozen=True)
class Meeting:
    """The session an invitation calls to; what is not known yet is left as a line to fill in."""

    on: date | None = None
    at: time | None = None
    place: str = ""


@dataclass(frozen=True)
class CaseMaterial:
    """One case with what its documents name: the office, its mediators, the vocabulary."""

    office: Office
    case: Case
    mediators: tuple[Mediator, ...]
    reference: ReferenceData
    issued_on: date  # the day of printing, for papers not dated by the case itself
    meeting: Meeting = field(default_factory=Meeting)
    blank: bool = False  # a form with empty lines (blank_case()), for days when the PC is off
    printed: tuple[PrintedDocument, ...] = ()  # the case's history of signed papers


@dataclass(frozen=True)
class JournalMaterial:
    office: Office
    cases: tuple[CaseSummary, ...]
    reference: ReferenceData
    date_from: date
    date_to: date
    issued_on: date


def blank_case(issued_on: date) -> Case:
    """A case with nothing filled in: every value prints as a line to write on by hand."""
    return Case(reg_date=issued_on, category="", subject="", parties=[
        Party("", PartyRole.APPLICANT), Party("", PartyRole.OTHER_PARTY)])


def refusal(kind: Kind, case: Case) -> str | None:
    """Why this case cannot have this paper (yet), or None."""
    if kind is Kind.SETTLEMENT and case.outcome not in SETTLING_OUTCOMES:
        return problem("case {number} is not settled: it has no settlement agreement",
                       number=case.number)
    if kind is Kind.TERMINATION and (case.status is not CaseStatus.CLOSED
                                     or case.outcome in SETTLING_OUTCOMES):
        return problem("case {number} did not end without settlement: it has no termination "
                       "notice", number=case.number)
    return None


def content_hash(kind: Kind, material: CaseMaterial) -> str:
    """SHA-256 of what a signed paper says, in no particular language.

    The kk, ru and bilingual copies of one agreement share it, and any change to a name, an
    identifier, a date or a term changes it: the centre compares it with the synced record.
    """
    case = material.case
    parties = {p.id: p for p in case.parties}
    content = {
        "kind": str(kind), "case": str(case.id), "number": case.number,
        "office": material.office.code, "subject": case.subject, "category": case.category,
        "contract_date": _iso(case.contract_date), "deadline": _iso(case.deadline),
        "outcome": case.outcome and str(case.outcome), "closed_date": _iso(case.closed_date),
        "parties": [[str(p.role), str(p.kind), p.name, p.identifier, p.address,
                     p.representative, p.representative_basis] for p in case.parties],
        "mediators": [[m.full_name, m.iin, m.register_number] for m in material.mediators],
        "obligations": [] if kind is not Kind.SETTLEMENT else [
            [parties[o.debtor_id].name, o.creditor_id and parties[o.creditor_id].name,
             o.description, o.amount is not None and str(o.amount), _iso(o.due_date)]
            for o in case.obligations],
    }
    canonical = json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def verification_code(kind: Kind, case_id: UUID, digest: str) -> str:
    """What the QR code says: format, kind, the case's UUID and the content hash.

    In capitals: QR's alphanumeric mode then holds it in a smaller, quicker code (hex and UUIDs
    read the same in either case)."""
    return f"{CODE_PREFIX}:{kind}:{case_id}:{digest}".upper()


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None
