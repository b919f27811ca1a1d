"""Sync bookkeeping: the peers this site exchanges bundles with, and the ledger of bundles."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from desktop.core.clock import merge
from desktop.core.ids import new_id
from desktop.core.messages import problem
from desktop.core.office import Office
from desktop.store.rows import new_row, utc_now
from desktop.store.schema import CaseRow, OfficeRow, SyncLedgerRow, SyncPeerRow

APPLIED, HELD = "applied", "held"


def peer(session: Session, code: str | None) -> SyncPeerRow | None:
    return None if code is None else session.get(SyncPeerRow, code)


def enrol_office(session: Session, office: Office, token: str) -> tuple[UUID, dict]:
    """Enrol an office (again: a new epoch, its old key no longer accepted); returns the id and
    version of its office record, which the office adopts when it joins."""
    current = peer(session, office.code)
    now = utc_now()
    if current is None:
        session.add(SyncPeerRow(code=office.code, role="office", name_kk=office.name_kk,
                                name_ru=office.name_ru, epoch=1, identity=None, token=token,
                                received_to=0, acked_to=0, sent_sequence=0, enrolled_at=now,
                                last_bundle_at=None))
    else:
        # A new PC starts its counters afresh; what the centre holds stays.
        current.epoch += 1
        current.identity, current.token = None, token
        current.received_to = current.acked_to = current.sent_sequence = 0
        current.name_kk, current.name_ru, current.enrolled_at = (
            office.name_kk, office.name_ru, now)
    row = session.scalar(select(OfficeRow).where(OfficeRow.code == office.code))
    if row is None:
        row = OfficeRow(**new_row(new_id(), office.code, now), code=office.code,
                        name_kk=office.name_kk, name_ru=office.name_ru,
                        timezone=office.timezone)
        session.add(row)
    session.flush()
    session.refresh(row)  # the version the triggers stamped
    return row.id, row.clock


def adopt_office_id(session: Session, code: str, office_id: UUID, clock: dict) -> None:
    """The office's record takes the id and version the centre gave it, so both hold one
    record, and the office's own details are a later version of it, not a rival one."""
    row = session.scalar(select(OfficeRow).where(OfficeRow.code == code))
    assert row is not None
    session.execute(update(OfficeRow).where(OfficeRow.code == code).values(
        id=office_id, clock=merge(row.clock, clock)))


def set_centre(session: Session, code: str, identity: dict, name: str, epoch: int,
               token: str) -> None:
    """Pin the centre's key from the setup file; a new enrolment numbers its bundles afresh."""
    current = peer(session, code)
    if current is None:
        current = SyncPeerRow(code=code, role="centre", name_kk=name, name_ru=name,
                              received_to=0, acked_to=0, sent_sequence=0, enrolled_at=utc_now())
        session.add(current)
    current.identity, current.epoch, current.token = identity, epoch, token
    current.sent_sequence = 0
    session.flush()


def flag(session: Session, origin: str, sequence: int) -> None:
    """Remember a bundle number that came again with other content: someone should look."""
    current = peer(session, origin)
    if current is not None:
        current.flagged = [*current.flagged, {
            "sequence": sequence, "at": utc_now().isoformat(timespec="seconds")}]
        session.flush()


def ledger_entry(session: Session, origin: str, epoch: int,
                 sequence: int) -> SyncLedgerRow | None:
    return session.get(SyncLedgerRow, (origin, epoch, sequence))


def hold(session: Session, origin: str, epoch: int, sequence: int, sha256: str, first: int,
         last: int, data: bytes) -> None:
    session.add(SyncLedgerRow(origin=origin, epoch=epoch, sequence=sequence, sha256=sha256,
                              from_seq=first, to_seq=last, status=HELD, received_at=utc_now(),
                              applied_at=None, counts={}, held=data))
    session.flush()


def record_applied(session: Session, origin: str, epoch: int, sequence: int, sha256: str,
                   first: int, last: int, counts: dict) -> None:
    entry = ledger_entry(session, origin, epoch, sequence)
    now = utc_now()
    if entry is None:
        session.add(SyncLedgerRow(origin=origin, epoch=epoch, sequence=sequence, sha256=sha256,
                                  from_seq=first, to_seq=last, status=APPLIED, received_at=now,
                                  applied_at=now, counts=counts, held=None))
    else:  # a held bundle, applied now that what it waited for has come
        entry.status, entry.applied_at, entry.counts, entry.held = APPLIED, now, counts, None
    session.flush()


def last_applied(session: Session, origin: str, epoch: int) -> int:
    return session.scalar(select(func.max(SyncLedgerRow.sequence)).where(
        SyncLedgerRow.origin == origin, SyncLedgerRow.epoch == epoch,
        SyncLedgerRow.status == APPLIED)) or 0


def _sequences(session: Session, origin: str, epoch: int) -> set[int]:
    return set(session.scalars(select(SyncLedgerRow.sequence).where(
        SyncLedgerRow.origin == origin, SyncLedgerRow.epoch == epoch)))


def missing(session: Session, origin: str, epoch: int) -> list[int]:
    seen = _sequences(session, origin, epoch)
    return [n for n in range(1, max(seen, default=0)) if n not in seen]


def gaps(session: Session, origin: str, epoch: int) -> list[str]:
    return [problem("bundle {sequence} of {code} is missing", sequence=n, code=origin)
            for n in missing(session, origin, epoch)]


def next_ready(session: Session, origin: str) -> tuple[int, bytes] | None:
    """The first held bundle (number, file) of the origin's current enrolment whose changes can
    go on now."""
    current = peer(session, origin)
    if current is None:
        return None
    found = session.execute(select(SyncLedgerRow.sequence, SyncLedgerRow.held).where(
        SyncLedgerRow.origin == origin, SyncLedgerRow.epoch == current.epoch,
        SyncLedgerRow.status == HELD, SyncLedgerRow.from_seq <= current.received_to)
        .order_by(SyncLedgerRow.sequence).limit(1)).first()
    return None if found is None else (found.sequence, found.held)


def case_numbers(session: Session, case_ids: Iterable[UUID]) -> dict[UUID, str]:
    ids = list(case_ids)
    if not ids:
        return {}
    return {r.id: r.number for r in session.execute(
        select(CaseRow.id, CaseRow.number).where(CaseRow.id.in_(ids)))}


@dataclass(frozen=True)
class PeerStatus:
    code: str
    role: str
    name_kk: str
    name_ru: str
    epoch: int
    identity: dict | None  # the pinned key, once the peer introduced it
    last_bundle_at: datetime | None
    applied: int
    held: int
    missing: tuple[int, ...]
    flagged: tuple[dict, ...]  # numbers that came again with other content


def peer_statuses(session: Session) -> list[PeerStatus]:
    counts: dict[tuple[str, int, str], int] = {
        (o, e, s): n for o, e, s, n in session.execute(select(
            SyncLedgerRow.origin, SyncLedgerRow.epoch, SyncLedgerRow.status, func.count())
            .group_by(SyncLedgerRow.origin, SyncLedgerRow.epoch, SyncLedgerRow.status))}
    return [PeerStatus(
        p.code, p.role, p.name_kk, p.name_ru, p.epoch, p.identity, p.last_bundle_at,
        counts.get((p.code, p.epoch, APPLIED), 0), counts.get((p.code, p.epoch, HELD), 0),
        tuple(missing(session, p.code, p.epoch)), tuple(p.flagged))
        for p in session.scalars(select(SyncPeerRow).order_by(SyncPeerRow.code))]
