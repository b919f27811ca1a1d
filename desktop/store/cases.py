"""Cases in the database: write whole aggregates, load them back, list them in order."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from uuid import UUID

from sqlalchemy import Select, func, insert, or_, select, update
from sqlalchemy.orm import Session

from desktop.core.case import (
    OPEN_STATUSES,
    Case,
    CaseStatus,
    Fulfilment,
    Obligation,
    Outcome,
    Referral,
    Stage,
)
from desktop.core.case import (
    Session as MediationSession,
)
from desktop.core.errors import DomainError, NotFoundError
from desktop.core.numbering import parse_case_number
from desktop.core.party import Party, PartyKind, PartyRole
from desktop.core.register import CaseQuery, CaseSummary, PartyLine, SortKey
from desktop.store import search
from desktop.store.rows import from_tiyn, new_row, to_tiyn, utc_now
from desktop.store.schema import (
    CaseMediatorRow,
    CaseRow,
    MediationSessionRow,
    MediatorRow,
    ObligationRow,
    PartyRow,
)

_CHILD_TABLES = (PartyRow, CaseMediatorRow, MediationSessionRow, ObligationRow)


class StaleRecordError(DomainError):
    pass


# --- domain -> row values ---------------------------------------------------------------

def _case_values(case: Case) -> dict:
    parsed = parse_case_number(case.number)
    if parsed is None:
        raise ValueError("a case is stored only with a number in the office's format")
    code, year, sequence = parsed
    return {
        "number": case.number, "office_code": code, "number_year": year,
        "number_sequence": sequence,
        "reg_date": case.reg_date, "referral": case.referral.value, "stage": case.stage.value,
        "category": case.category, "subject": case.subject,
        "claim_amount_tiyn": to_tiyn(case.claim_amount), "status": case.status.value,
        "contract_date": case.contract_date, "extensions": case.extensions,
        "deadline": case.deadline, "outcome": case.outcome.value if case.outcome else None,
        "closed_date": case.closed_date, "notes": case.notes,
    }


def _children(case: Case) -> dict[type, list[dict]]:
    """Every child row of the case, keyed by table, each with its own id."""
    return {
        PartyRow: [{
            "id": p.id, "case_id": case.id, "position": i, "kind": p.kind.value,
            "role": p.role.value, "name": p.name, "identifier": p.identifier,
            "address": p.address, "phone": p.phone, "representative": p.representative,
            "representative_basis": p.representative_basis,
        } for i, p in enumerate(case.parties)],
        CaseMediatorRow: [{
            # The link's id is derived from the pair so re-saving the same link is no change.
            "id": _link_id(case.id, m), "case_id": case.id, "mediator_id": m, "position": i,
        } for i, m in enumerate(case.mediator_ids)],
        MediationSessionRow: [{
            "id": s.id, "case_id": case.id, "held_on": s.held_on, "place": s.place,
            "attended": [a.hex for a in s.attended], "notes": s.notes,
        } for s in case.sessions],
        ObligationRow: [{
            "id": o.id, "case_id": case.id, "position": i, "debtor_id": o.debtor_id,
            "creditor_id": o.creditor_id, "description": o.description,
            "amount_tiyn": to_tiyn(o.amount), "due_date": o.due_date,
            "fulfilment": o.fulfilment.value, "fulfilled_on": o.fulfilled_on,
        } for i, o in enumerate(case.obligations)],
    }


def _link_id(case_id: UUID, mediator_id: UUID) -> UUID:
    return UUID(int=case_id.int ^ mediator_id.int)


def search_text(case: Case) -> str:
    """What the full-text index holds for a case: number, subject, parties, their IIN/BIN."""
    parts = [case.number, case.subject]
    for party in case.parties:
        parts += [party.name, party.identifier, party.representative]
    return " ".join(p for p in parts if p)


# --- writing ----------------------------------------------------------------------------

def insert_cases(session: Session, cases: Sequence[Case], origin: str,
                 import_keys: Sequence[str | None] | None = None) -> None:
    """Store new cases in bulk: one INSERT per table, whatever the number of cases."""
    if not cases:
        return
    now = utc_now()
    keys = import_keys or [None] * len(cases)
    case_rows = [new_row(c.id, origin, now) | _case_values(c) | {"import_key": k}
                 for c, k in zip(cases, keys, strict=True)]
    session.execute(insert(CaseRow), case_rows)
    children: dict[type, list[dict]] = defaultdict(list)
    for case in cases:
        for table, rows in _children(case).items():
            children[table] += [new_row(r["id"], origin, now) | r for r in rows]
    for table in _CHILD_TABLES:
        if children[table]:
            session.execute(insert(table), children[table])
    search.reindex(session, [(c.id, search_text(c)) for c in cases])
    for case in cases:
        case.version = 1


def update_case(session: Session, case: Case, origin: str) -> None:
    """Save an edited case. Refused if someone saved it since it was loaded (its version moved)."""
    row = session.get(CaseRow, case.id)
    if row is None or row.deleted_at is not None:
        raise NotFoundError(f"case {case.number} no longer exists")
    if row.version != case.version:
        raise StaleRecordError(f"case {case.number} was changed elsewhere after you opened it; "
                             "open it again to see the changes")
    now = utc_now()
    values = _case_values(case)
    if any(getattr(row, k) != v for k, v in values.items()):
        session.execute(update(CaseRow).where(CaseRow.id == case.id).values(
            **values, version=CaseRow.version + 1, updated_at=now))
        case.version += 1
    for table, rows in _children(case).items():
        _sync_children(session, table, case.id, rows, origin, now)
    search.reindex(session, [(case.id, search_text(case))])


def _sync_children(session: Session, table: type, case_id: UUID, rows: list[dict], origin: str,
                   now) -> None:
    """Insert new child rows, update changed ones, leave tombstones for removed ones."""
    existing = {r.id: r for r in session.scalars(
        select(table).where(table.case_id == case_id, table.deleted_at.is_(None)))}
    wanted = {r["id"]: r for r in rows}
    for row_id, values in wanted.items():
        current = existing.get(row_id)
        if current is None:
            session.execute(insert(table), [new_row(row_id, origin, now) | values])
        elif any(getattr(current, k) != v for k, v in values.items()):
            session.execute(update(table).where(table.id == row_id).values(
                **values, version=table.version + 1, updated_at=now))
    gone = [row_id for row_id in existing if row_id not in wanted]
    if gone:
        session.execute(update(table).where(table.id.in_(gone)).values(
            deleted_at=now, updated_at=now, version=table.version + 1))


# --- reading ----------------------------------------------------------------------------

def load_case(session: Session, case_id: UUID) -> Case:
    row = session.get(CaseRow, case_id)
    if row is None or row.deleted_at is not None:
        raise NotFoundError("no such case")
    return _to_case(session, row)


def find_case_id(session: Session, number: str) -> UUID:
    found = session.scalar(select(CaseRow.id).where(
        CaseRow.number == number.strip().upper(), CaseRow.deleted_at.is_(None)))
    if found is None:
        raise NotFoundError(f"no case numbered {number.strip()!r}")
    return found


def existing_import_keys(session: Session, keys: Iterable[str]) -> set[str]:
    keys = list(keys)
    found: set[str] = set()
    for start in range(0, len(keys), 500):
        chunk = keys[start:start + 500]
        found |= set(session.scalars(select(CaseRow.import_key).where(
            CaseRow.import_key.in_(chunk))))
    return found


def _live(session: Session, table: type, case_id: UUID, order) -> list:
    return list(session.scalars(select(table).where(
        table.case_id == case_id, table.deleted_at.is_(None)).order_by(order)))


def _to_case(session: Session, row: CaseRow) -> Case:
    parties = [Party(
        id=p.id, name=p.name, role=PartyRole(p.role), kind=PartyKind(p.kind),
        identifier=p.identifier, address=p.address, phone=p.phone,
        representative=p.representative, representative_basis=p.representative_basis,
    ) for p in _live(session, PartyRow, row.id, PartyRow.position)]
    links = _live(session, CaseMediatorRow, row.id, CaseMediatorRow.position)
    sessions = [MediationSession(
        id=s.id, held_on=s.held_on, place=s.place, notes=s.notes,
        attended=tuple(UUID(hex=a) for a in s.attended),
    ) for s in _live(session, MediationSessionRow, row.id, MediationSessionRow.held_on)]
    obligations = [Obligation(
        id=o.id, debtor_id=o.debtor_id, creditor_id=o.creditor_id, description=o.description,
        amount=from_tiyn(o.amount_tiyn), due_date=o.due_date,
        fulfilment=Fulfilment(o.fulfilment), fulfilled_on=o.fulfilled_on,
    ) for o in _live(session, ObligationRow, row.id, ObligationRow.position)]
    return Case(
        id=row.id, version=row.version, number=row.number, reg_date=row.reg_date,
        referral=Referral(row.referral), stage=Stage(row.stage), category=row.category,
        subject=row.subject, claim_amount=from_tiyn(row.claim_amount_tiyn), parties=parties,
        mediator_ids=[link.mediator_id for link in links], status=CaseStatus(row.status),
        contract_date=row.contract_date, extensions=row.extensions, deadline=row.deadline,
        sessions=sessions, outcome=Outcome(row.outcome) if row.outcome else None,
        closed_date=row.closed_date, obligations=obligations, notes=row.notes,
    )


_SORT_COLUMNS = {
    SortKey.REG_DATE: (CaseRow.reg_date, CaseRow.number),
    SortKey.NUMBER: (CaseRow.office_code, CaseRow.number_year, CaseRow.number_sequence),
    SortKey.CATEGORY: (CaseRow.category, CaseRow.reg_date),
    SortKey.STATUS: (CaseRow.status, CaseRow.reg_date),
    SortKey.DEADLINE: (CaseRow.deadline, CaseRow.reg_date),
}


def _filtered(query: CaseQuery, columns: Iterable) -> Select:
    stmt = select(*columns).where(CaseRow.deleted_at.is_(None))
    if query.statuses:
        stmt = stmt.where(CaseRow.status.in_([s.value for s in query.statuses]))
    if query.outcomes:
        stmt = stmt.where(CaseRow.outcome.in_([o.value for o in query.outcomes]))
    if query.categories:
        stmt = stmt.where(CaseRow.category.in_(query.categories))
    if query.registered_from:
        stmt = stmt.where(CaseRow.reg_date >= query.registered_from)
    if query.registered_to:
        stmt = stmt.where(CaseRow.reg_date <= query.registered_to)
    if query.mediator_id:
        stmt = stmt.where(CaseRow.id.in_(select(CaseMediatorRow.case_id).where(
            CaseMediatorRow.mediator_id == query.mediator_id,
            CaseMediatorRow.deleted_at.is_(None))))
    if query.due_within is not None or query.overdue_only:
        stmt = stmt.where(CaseRow.status.in_([s.value for s in OPEN_STATUSES]),
                          CaseRow.deadline.is_not(None))
        today = query.today or date.today()
        bounds = []
        if query.overdue_only:
            bounds.append(CaseRow.deadline < today)
        if query.due_within is not None:
            bounds.append(CaseRow.deadline <= today + timedelta(days=query.due_within))
        stmt = stmt.where(or_(*bounds))
    matches = search.matching_case_ids(query.search)
    if matches is not None:
        stmt = stmt.where(CaseRow.id.in_(matches))
    return stmt


def case_ids(session: Session, query: CaseQuery) -> list[UUID]:
    """Ids of the matching cases in display order: cheap enough for 100,000 cases."""
    order = _SORT_COLUMNS[query.sort]
    stmt = _filtered(query, [CaseRow.id]).order_by(
        *(c.desc() if query.descending else c.asc() for c in order))
    return list(session.scalars(stmt))


def count_cases(session: Session, query: CaseQuery) -> int:
    return session.scalar(select(func.count()).select_from(
        _filtered(query, [CaseRow.id]).subquery())) or 0


def summaries(session: Session, ids: Sequence[UUID]) -> list[CaseSummary]:
    """Register rows for the given case ids, in the order given."""
    if not ids:
        return []
    rows = {r.id: r for r in session.execute(select(
        CaseRow.id, CaseRow.number, CaseRow.reg_date, CaseRow.status, CaseRow.outcome,
        CaseRow.category, CaseRow.subject, CaseRow.claim_amount_tiyn, CaseRow.contract_date,
        CaseRow.deadline, CaseRow.closed_date).where(CaseRow.id.in_(ids)))}
    parties: dict[UUID, list[PartyLine]] = defaultdict(list)
    for p in session.execute(select(
            PartyRow.case_id, PartyRow.name, PartyRow.identifier, PartyRow.kind, PartyRow.role)
            .where(PartyRow.case_id.in_(ids), PartyRow.deleted_at.is_(None))
            .order_by(PartyRow.case_id, PartyRow.position)):
        parties[p.case_id].append(PartyLine(p.name, p.identifier, p.kind, p.role))
    mediators: dict[UUID, list[str]] = defaultdict(list)
    for m in session.execute(select(CaseMediatorRow.case_id, MediatorRow.full_name)
                             .join(MediatorRow, MediatorRow.id == CaseMediatorRow.mediator_id)
                             .where(CaseMediatorRow.case_id.in_(ids),
                                    CaseMediatorRow.deleted_at.is_(None))
                             .order_by(CaseMediatorRow.case_id, CaseMediatorRow.position)):
        mediators[m.case_id].append(m.full_name)
    return [CaseSummary(
        id=r.id, number=r.number, reg_date=r.reg_date, status=CaseStatus(r.status),
        outcome=Outcome(r.outcome) if r.outcome else None, category=r.category,
        subject=r.subject, claim_amount=from_tiyn(r.claim_amount_tiyn),
        contract_date=r.contract_date, deadline=r.deadline, closed_date=r.closed_date,
        parties=tuple(parties[r.id]), mediators=tuple(mediators[r.id]),
    ) for r in (rows[i] for i in ids if i in rows)]
