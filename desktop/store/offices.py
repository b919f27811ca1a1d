"""The office register and this installation's own office."""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desktop.core.office import Office
from desktop.store.rows import new_row, utc_now
from desktop.store.schema import CaseCounterRow, MediatorRow, OfficeRow
from desktop.store.settings import get_setting, put_setting

_FIELDS = ("code", "name_kk", "name_ru", "district", "region", "address", "phone", "head",
           "timezone")
LOCAL_OFFICE = "local_office"


def _to_office(row: OfficeRow) -> Office:
    return Office(id=row.id, version=row.version, **{f: getattr(row, f) for f in _FIELDS})


def local_office(session: Session) -> Office | None:
    """The office whose register this installation keeps, once it has been set."""
    setting = get_setting(session, LOCAL_OFFICE)
    if setting is None:
        return None
    row = session.scalar(select(OfficeRow).where(OfficeRow.code == setting["code"]))
    return None if row is None else _to_office(row)


def save_local_office(session: Session, office: Office) -> None:
    current = local_office(session)
    values = {f: getattr(office, f) for f in _FIELDS}
    now = utc_now()
    if current is None:
        session.add(OfficeRow(**new_row(office.id, office.code, now), **values))
    else:
        session.execute(update(OfficeRow).where(OfficeRow.id == current.id).values(
            **values, version=OfficeRow.version + 1, updated_at=now))
    put_setting(session, LOCAL_OFFICE, {"code": office.code})


def recode_local_rows(session: Session, old_code: str, new_code: str) -> None:
    """Rows this office made carry its code as origin; before any case exists they follow it."""
    for table in (OfficeRow, MediatorRow):
        session.execute(update(table).where(table.origin == old_code).values(origin=new_code))


def next_sequences(session: Session, office_code: str, year: int, count: int) -> range:
    """Reserve `count` consecutive case sequence numbers of an office and year.

    Called inside a write transaction (BEGIN IMMEDIATE), which no other writer can interleave.
    """
    counter = session.get(CaseCounterRow, (office_code, year))
    if counter is None:
        counter = CaseCounterRow(office_code=office_code, year=year, last_sequence=0)
        session.add(counter)
    first = counter.last_sequence + 1
    counter.last_sequence += count
    session.flush()
    return range(first, first + count)
