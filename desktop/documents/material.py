"""What a document is drawn from: plain domain values, read by the caller (a service)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import date, time
from enum import StrEnum
from uuid import UUID

from desktop.core.case import SETTLING_OUTCOMES, Case, CaseStatus
from desktop.core.deadline import deadline_for
from desktop.core.mediator import Mediator
from desktop.core.messages import problem
from desktop.core.office import Office
from desktop.core.party import Party, PartyKind, PartyRole
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


def signing_place(office: Office) -> str:
    """Where the office's papers say they were signed."""
    return office.district or office.region or office.address


def time_limit(material: CaseMaterial) -> date | None:
    """The last day of the procedure as the agreement to mediate sets it: before extensions."""
    return deadline_for(material.case.contract_date, 0, material.reference.deadline)


def content_hash(kind: Kind, material: CaseMaterial, language: str) -> str:
    """SHA-256 of what a signed paper says, written in no particular language.

    It covers exactly the record's values the paper prints (a value the paper does not show
    cannot make a genuine paper fail its check), so the kk, ru and bilingual copies of one
    settlement share it. An agreement to mediate names the language of the mediation, which is
    the language it is printed in: its hash depends on that `language` too.
    """
    case, office = material.case, material.office
    parties = {p.id: p for p in case.parties}
    content: dict = {
        "kind": str(kind), "case": str(case.id), "number": case.number,
        "office": [office.name_kk, office.name_ru, signing_place(office)],
        "parties": [_party_facts(p) for p in case.parties],
        "mediators": [[m.full_name, str(m.kind), m.register_number] for m in material.mediators],
        "subject": case.subject, "contract_date": _iso(case.contract_date),
    }
    if kind is Kind.CONTRACT:
        rules = material.reference.deadline
        content |= {"category": case.category, "language": language,
                    "time_limit": [rules.days, _iso(time_limit(material)),
                                   rules.extension_days if rules.max_extensions else None]}
    else:
        content |= {"closed_date": _iso(case.closed_date), "outcome": str(case.outcome)}
    if kind is Kind.SETTLEMENT:
        content["obligations"] = [
            [parties[o.debtor_id].name, o.creditor_id and parties[o.creditor_id].name,
             o.description, o.amount is not None and str(o.amount), _iso(o.due_date)]
            for o in case.obligations]
    canonical = json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _party_facts(party: Party) -> list[str]:
    facts = [str(party.role), str(party.kind), party.name, party.identifier, party.address]
    if party.representative or party.kind is PartyKind.LEGAL_ENTITY:  # as parts.party_lines
        facts += [party.representative, party.representative_basis]
    return facts


def verification_code(kind: Kind, case_id: UUID, digest: str) -> str:
    """What the QR code says: format, kind, the case's UUID and the content hash.

    In capitals: QR's alphanumeric mode then holds it in a smaller, quicker code (hex and UUIDs
    read the same in either case)."""
    return f"{CODE_PREFIX}:{kind}:{case_id}:{digest}".upper()


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None
