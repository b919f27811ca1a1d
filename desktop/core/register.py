"""The case register as a list: what to show (a query) and each row shown (a summary)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum
from uuid import UUID

from desktop.core.case import CaseStatus, Outcome
from desktop.core.deadline import DueState, due_state


class SortKey(StrEnum):
    REG_DATE = "reg_date"
    NUMBER = "number"
    CATEGORY = "category"
    STATUS = "status"
    DEADLINE = "deadline"


@dataclass(frozen=True)
class CaseQuery:
    statuses: tuple[CaseStatus, ...] = ()  # empty: any
    outcomes: tuple[Outcome, ...] = ()
    categories: tuple[str, ...] = ()
    mediator_id: UUID | None = None
    registered_from: date | None = None
    registered_to: date | None = None
    search: str = ""
    # Open cases whose deadline is within this many days of `today` (overdue ones included).
    due_within: int | None = None
    overdue_only: bool = False
    today: date | None = None
    sort: SortKey = SortKey.REG_DATE
    descending: bool = True


@dataclass(frozen=True)
class PartyLine:
    name: str
    identifier: str
    kind: str
    role: str

    @property
    def identifier_key(self) -> str:
        """"iin" or "bin": what the identifier of this kind of party is called."""
        return "bin" if self.kind == "legal_entity" else "iin"


@dataclass(frozen=True)
class CaseSummary:
    """One row of the register: plain values, safe to hold in a table model or print."""

    id: UUID
    number: str
    reg_date: date
    status: CaseStatus
    outcome: Outcome | None
    category: str
    subject: str
    claim_amount: Decimal | None
    contract_date: date | None
    deadline: date | None
    closed_date: date | None
    parties: tuple[PartyLine, ...] = field(default=())
    mediators: tuple[str, ...] = field(default=())

    def due(self, today: date, within_days: int) -> DueState:
        """Whether the time limit of this case is running out, or has."""
        return due_state(self.deadline, self.status is not CaseStatus.CLOSED, today, within_days)
