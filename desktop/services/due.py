"""What is due soon or late: agreed terms the parties of settled cases still owe."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from uuid import UUID

from desktop.core.case import Fulfilment
from desktop.services.office import OfficeService
from desktop.store import due as due_store
from desktop.store.database import Database

DUE_WITHIN_DAYS = 7  # how far ahead the office looks by default


@dataclass(frozen=True)
class DueObligation:
    """One agreed term still owed, due within the days looked ahead or already late."""

    id: UUID
    case_id: UUID
    case_number: str
    debtor: str
    creditor: str  # "" when the term names no creditor
    description: str
    amount: Decimal | None
    due_date: date
    fulfilment: Fulfilment
    overdue: bool


class DueService:
    def __init__(self, db: Database, office: OfficeService):
        self._db = db
        self._office = office

    def due_obligations(self, within_days: int = DUE_WITHIN_DAYS, offset: int = 0,
                        limit: int | None = None) -> list[DueObligation]:
        """Owed terms of settled cases due within `within_days` of today, or late; soonest first
        (one page of them with `offset` and `limit`)."""
        today = self._office.today()
        with self._db.read() as session:
            rows = due_store.due_obligations(session, today + timedelta(days=within_days),
                                             offset, limit)
        return [DueObligation(**row, overdue=row["due_date"] < today) for row in rows]

    def count(self, within_days: int = DUE_WITHIN_DAYS) -> int:
        """How many terms `due_obligations` lists in all."""
        today = self._office.today()
        with self._db.read() as session:
            return due_store.count_due(session, today + timedelta(days=within_days))
