"""The mediator register."""

from __future__ import annotations

from collections.abc import Sequence
from uuid import UUID

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from desktop.core.errors import NotFoundError, StaleRecordError, ValidationError
from desktop.core.mediator import Mediator, MediatorKind
from desktop.core.messages import problem
from desktop.core.text import sort_key
from desktop.store.rows import new_row, utc_now
from desktop.store.schema import MediatorRow


def _values(m: Mediator) -> dict:
    return {"full_name": m.full_name, "iin": m.iin, "kind": m.kind.value,
            "register_number": m.register_number, "languages": list(m.languages),
            "specialisations": list(m.specialisations), "active": m.active}


def _to_mediator(row: MediatorRow) -> Mediator:
    return Mediator(id=row.id, version=row.version, full_name=row.full_name, iin=row.iin,
                    kind=MediatorKind(row.kind), register_number=row.register_number,
                    languages=tuple(row.languages), specialisations=tuple(row.specialisations),
                    active=row.active)


def insert_mediators(session: Session, mediators: Sequence[Mediator], origin: str) -> None:
    if mediators:
        now = utc_now()
        session.execute(insert(MediatorRow),
                        [new_row(m.id, origin, now) | _values(m) for m in mediators])
        for m in mediators:
            m.version = 1


def update_mediator(session: Session, mediator: Mediator) -> None:
    row = session.get(MediatorRow, mediator.id)
    if row is None or row.deleted_at is not None:
        raise NotFoundError(problem("no such mediator"))
    if row.version != mediator.version:
        raise StaleRecordError(problem(
            "the mediator was changed elsewhere; open the register again"))
    session.execute(update(MediatorRow).where(MediatorRow.id == mediator.id).values(
        **_values(mediator), version=MediatorRow.version + 1, updated_at=utc_now()))
    mediator.version += 1


def check_mediators_known(session: Session, mediator_ids: Sequence[UUID]) -> None:
    """Refuse ids of mediators the register does not hold (removed, or never there)."""
    wanted = set(mediator_ids)
    known = set(session.scalars(select(MediatorRow.id).where(
        MediatorRow.id.in_(wanted), MediatorRow.deleted_at.is_(None)))) if wanted else set()
    if unknown := wanted - known:
        raise ValidationError({"mediators": problem("{count} not in the register",
                                                    count=len(unknown))})


def list_mediators(session: Session, active_only: bool = False) -> list[Mediator]:
    stmt = select(MediatorRow).where(MediatorRow.deleted_at.is_(None))
    if active_only:
        stmt = stmt.where(MediatorRow.active.is_(True))
    rows = session.scalars(stmt)
    return sorted((_to_mediator(r) for r in rows), key=lambda m: sort_key(m.full_name))


def load_mediator(session: Session, mediator_id: UUID) -> Mediator:
    row = session.get(MediatorRow, mediator_id)
    if row is None or row.deleted_at is not None:
        raise NotFoundError(problem("no such mediator"))
    return _to_mediator(row)
