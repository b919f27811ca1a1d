"""Agreed terms whose due date is near or past: what the office must follow up."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session, aliased

from desktop.core.case import OWED_FULFILMENTS, SETTLING_OUTCOMES, CaseStatus, Fulfilment
from desktop.store.rows import from_tiyn
from desktop.store.schema import CaseRow, ObligationRow, PartyRow


def due_obligations(session: Session, last_day: date, offset: int = 0,
                    limit: int | None = None) -> list[dict]:
    """The owed terms of settled cases due on or before `last_day`, soonest first (one page of
    them with `offset` and `limit`).

    Each as the keyword values of a due-obligation row (amounts in tenge).
    """
    debtor, creditor = aliased(PartyRow), aliased(PartyRow)
    stmt = (select(ObligationRow.id, ObligationRow.case_id, CaseRow.number,
                   debtor.name.label("debtor"), creditor.name.label("creditor"),
                   ObligationRow.description, ObligationRow.amount_tiyn,
                   ObligationRow.due_date, ObligationRow.fulfilment)
            .join(CaseRow, CaseRow.id == ObligationRow.case_id)
            .join(debtor, debtor.id == ObligationRow.debtor_id)
            .outerjoin(creditor, creditor.id == ObligationRow.creditor_id)
            .where(*_owed(last_day))
            .order_by(ObligationRow.due_date, CaseRow.order_key, ObligationRow.position)
            .offset(offset).limit(limit))
    # Through Core, not the ORM: an office may have thousands of late terms.
    return [{
        "id": r.id, "case_id": r.case_id, "case_number": r.number, "debtor": r.debtor,
        "creditor": r.creditor or "", "description": r.description,
        "amount": from_tiyn(r.amount_tiyn), "due_date": r.due_date,
        "fulfilment": Fulfilment(r.fulfilment),
    } for r in session.connection().execute(stmt)]


def count_due(session: Session, last_day: date) -> int:
    return session.scalar(select(func.count()).select_from(ObligationRow)
                          .join(CaseRow, CaseRow.id == ObligationRow.case_id)
                          .where(*_owed(last_day))) or 0


def _owed(last_day: date) -> list[ColumnElement[bool]]:
    return [ObligationRow.deleted_at.is_(None), CaseRow.deleted_at.is_(None),
            CaseRow.status == CaseStatus.CLOSED.value,
            CaseRow.outcome.in_([o.value for o in SETTLING_OUTCOMES]),
            ObligationRow.fulfilment.in_([f.value for f in OWED_FULFILMENTS]),
            ObligationRow.due_date.is_not(None), ObligationRow.due_date <= last_day]
