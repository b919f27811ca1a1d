"""The change log of synced rows: what to send, and applying what was received.

Every synced row carries a version vector (`clock`, see core/clock.py) and `change_seq`, the
counter of this database's last change to it. Triggers (migration 0003) stamp both on every
local insert and update, so no write path can forget; a write transaction takes the next
counter (store/database.py). An export is every row changed here after the watermark the other
side has acknowledged; applying a bundle sets the flag that keeps the triggers quiet and writes
the received versions as they are.

This module is the seam that holds SQLite's json_* functions and the triggers; a PostgreSQL
store would give the same functions with jsonb and its own triggers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any
from uuid import UUID

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    Integer,
    String,
    Text,
    Uuid,
    func,
    insert,
    or_,
    select,
    text,
    update,
)
from sqlalchemy.orm import Session

from desktop.core.clock import Order, compare, merge
from desktop.core.errors import NotFoundError
from desktop.core.ids import new_id
from desktop.core.messages import problem
from desktop.store import cases as case_store
from desktop.store.rows import utc_now
from desktop.store.schema import (
    CaseDocumentRow,
    CaseMediatorRow,
    CaseRow,
    MediationSessionRow,
    MediatorRow,
    ObligationRow,
    OfficeRow,
    PartyRow,
    SyncClockRow,
    SyncConflictRow,
    UTCDateTime,
)

# In the order a receiver inserts them: a row's parents come before it.
TABLES: dict[str, type] = {
    "offices": OfficeRow, "mediators": MediatorRow, "cases": CaseRow, "parties": PartyRow,
    "case_mediators": CaseMediatorRow, "mediation_sessions": MediationSessionRow,
    "obligations": ObligationRow, "case_documents": CaseDocumentRow,
}
CASE_CHILDREN = ("parties", "case_mediators", "mediation_sessions", "obligations",
                 "case_documents")
# Kept by each database for itself: sync bookkeeping, the local editor's version, the register's
# order and the journal-import fingerprint.
_LOCAL = {"clock", "change_seq", "version", "order_key", "import_key"}
_BATCH = 500


class Outcome(StrEnum):
    ADDED = "added"
    UPDATED = "updated"
    DELETED = "deleted"
    UNCHANGED = "unchanged"
    CONFLICT = "conflict"
    REFUSED = "refused"


@dataclass
class Record:
    """One synced row as it travels: its latest state, version vector and tombstone flag."""

    table: str
    id: UUID
    clock: dict[str, int]
    deleted: bool
    values: dict[str, Any]  # JSON-able: UUIDs as hex, dates and times in ISO 8601

    def to_json(self) -> dict:
        return {"table": self.table, "id": self.id.hex, "version": self.clock,
                "deleted": self.deleted, "values": self.values}


@dataclass
class Applied:
    record: Record
    outcome: Outcome
    reason: str = ""
    case_id: UUID | None = None


# --- this site ------------------------------------------------------------------------------

def site(session: Session) -> str | None:
    return session.scalar(select(SyncClockRow.site).where(SyncClockRow.id == 1))


def set_site(session: Session, code: str, unless_other: str | None = None) -> None:
    """This database's code in version vectors. With `unless_other`, only where it is unset or
    was that code (an office renamed before any case: the centre's code stays)."""
    stmt = update(SyncClockRow).where(SyncClockRow.id == 1).values(site=code)
    if unless_other is not None:
        stmt = stmt.where(or_(SyncClockRow.site.is_(None), SyncClockRow.site == unless_other))
    session.execute(stmt)


def current_seq(session: Session) -> int:
    return session.scalar(select(SyncClockRow.seq).where(SyncClockRow.id == 1)) or 0


def recode_clocks(session: Session, table: type, old: str, new: str) -> None:
    """Rename a site in the version vectors of a table's rows (an office code corrected)."""
    old_path, new_path = f'$."{old}"', f'$."{new}"'
    session.execute(update(table).where(
        func.json_extract(table.clock, old_path).is_not(None)).values(clock=func.json_remove(
            func.json_set(table.clock, new_path, func.json_extract(table.clock, old_path)),
            old_path)))


# --- reading what changed ---------------------------------------------------------------------

@dataclass(frozen=True)
class Scope:
    """Which rows an export carries.

    office: only that office's rows (the centre's back-channel); None: all rows of this database.
    since: only rows changed here after this counter; None: every row (a full export).
    """

    site: str
    office: str | None = None
    since: int | None = None
    centre: str | None = None  # with office: the centre's own mediators go too


def changed_records(session: Session, scope: Scope) -> Iterator[Record]:
    for name, table in TABLES.items():
        yield from _records(session, name, _in_scope(name, table, scope))


def records_by_id(session: Session, name: str, ids: list[UUID]) -> Iterator[Record]:
    yield from _records(session, name, [TABLES[name].id.in_(ids)])


def _records(session: Session, name: str, conditions: list) -> Iterator[Record]:
    table = TABLES[name]
    columns = [c for c in table.__table__.columns if c.name not in _LOCAL]
    encoders = [(c.name, _encoder(c.type)) for c in columns]
    stmt = select(table.id, table.clock, table.deleted_at, *columns).where(
        *conditions).order_by(table.change_seq, table.id)
    for row in session.execute(stmt):
        values = {n: (None if v is None else enc(v))
                  for (n, enc), v in zip(encoders, row[3:], strict=True)}
        yield Record(name, row[0], row[1], row[2] is not None, values)


def _in_scope(name: str, table: type, scope: Scope) -> list:
    conditions = []
    if scope.since is not None:
        # Changed here after the watermark, by this site: a row received from the other side
        # carries the other side's counter, not ours, and does not go back.
        conditions += [table.change_seq > scope.since, func.json_extract(
            table.clock, f'$."{scope.site}"') == table.change_seq]
    if scope.office is not None:
        office_cases = select(CaseRow.id).where(CaseRow.office_code == scope.office)
        if name == "offices":
            conditions.append(OfficeRow.code == scope.office)
        elif name == "mediators":
            assigned = select(CaseMediatorRow.mediator_id).where(
                CaseMediatorRow.case_id.in_(office_cases))
            conditions.append(or_(MediatorRow.origin.in_([scope.office, scope.centre or ""]),
                                  MediatorRow.id.in_(assigned)))
        elif name == "cases":
            conditions.append(CaseRow.office_code == scope.office)
        else:
            conditions.append(table.case_id.in_(office_cases))
    return conditions


# --- encoding values ------------------------------------------------------------------------

def _encoder(kind: Any) -> Callable[[Any], Any]:
    if isinstance(kind, Uuid):
        return lambda v: v.hex
    if isinstance(kind, (Date, UTCDateTime)):
        return lambda v: v.isoformat()
    return lambda v: v


class RecordError(ValueError):
    """A received record that does not fit this program's schema; the message names the field."""


def _decoder(column: Any) -> Callable[[Any], Any]:
    kind, name = column.type, column.name

    def need(ok: bool, what: str) -> None:
        if not ok:
            raise RecordError(f"{name}: {what}")

    if isinstance(kind, Uuid):
        def decode(v: Any) -> Any:
            need(isinstance(v, str) and len(v) == 32, "not an id")
            try:
                return UUID(hex=v)
            except ValueError:
                raise RecordError(f"{name}: not an id") from None
    elif isinstance(kind, UTCDateTime):
        def decode(v: Any) -> Any:
            need(isinstance(v, str), "not a time")
            try:
                moment = datetime.fromisoformat(v)
            except ValueError:
                raise RecordError(f"{name}: not a time") from None
            need(moment.tzinfo is not None, "a time without its zone")
            return moment
    elif isinstance(kind, Date):
        def decode(v: Any) -> Any:
            need(isinstance(v, str), "not a date")
            try:
                return date.fromisoformat(v)
            except ValueError:
                raise RecordError(f"{name}: not a date") from None
    elif isinstance(kind, Boolean):
        def decode(v: Any) -> Any:
            need(isinstance(v, bool), "not true or false")
            return v
    elif isinstance(kind, (Integer, BigInteger)):
        def decode(v: Any) -> Any:
            need(isinstance(v, int) and not isinstance(v, bool) and abs(v) < 2**63,
                 "not a whole number")
            return v
    elif isinstance(kind, (String, Text)):
        limit = getattr(kind, "length", None) or 1_000_000

        def decode(v: Any) -> Any:
            need(isinstance(v, str) and len(v) <= limit, f"not text of at most {limit} characters")
            return v
    elif isinstance(kind, JSON):
        def decode(v: Any) -> Any:
            need(isinstance(v, (list, dict)), "not a list")
            return v
    else:  # pragma: no cover - a new column type must be taught here
        raise TypeError(f"no decoder for {kind!r}")
    return decode


@dataclass
class _TableCodec:
    table: type
    decoders: dict[str, Callable[[Any], Any]]
    required: set[str]
    defaults: dict[str, Any] = field(default_factory=dict)

    def decode(self, values: Any) -> dict[str, Any]:
        if not isinstance(values, dict):
            raise RecordError("values: not a set of fields")
        unknown = values.keys() - self.decoders.keys()
        if unknown:
            raise RecordError(f"{sorted(unknown)[0]}: not a field of this table")
        if missing := self.required - values.keys():
            raise RecordError(f"{sorted(missing)[0]}: missing")
        decoded = dict(self.defaults)
        for name, value in values.items():
            decoded[name] = None if value is None else self.decoders[name](value)
            if decoded[name] is None and name in self.required:
                raise RecordError(f"{name}: missing")
        return decoded


def _codecs() -> dict[str, _TableCodec]:
    codecs = {}
    for name, table in TABLES.items():
        columns = [c for c in table.__table__.columns if c.name not in _LOCAL]
        required = {c.name for c in columns if not c.nullable and c.server_default is None}
        defaults = {c.name: c.server_default.arg for c in columns
                    if c.server_default is not None and isinstance(c.server_default.arg, str)}
        codecs[name] = _TableCodec(table, {c.name: _decoder(c) for c in columns}, required,
                                   defaults)
    return codecs


_CODECS = _codecs()


def parse_record(data: Any) -> Record:
    """A record from a bundle's JSON, checked against this schema; RecordError says what."""
    if not isinstance(data, dict):
        raise RecordError("not a record")
    table = data.get("table")
    if table not in TABLES:
        raise RecordError(f"table {table!r} is not synced")
    try:
        row_id = UUID(hex=data["id"])
    except (KeyError, TypeError, ValueError):
        raise RecordError("id: not an id") from None
    clock = data.get("version")
    if not (isinstance(clock, dict) and clock and all(
            isinstance(k, str) and 0 < len(k) <= 12 and isinstance(v, int)
            and not isinstance(v, bool) and 0 < v < 2**62 for k, v in clock.items())):
        raise RecordError("version: not a version vector")
    if not isinstance(data.get("deleted"), bool):
        raise RecordError("deleted: not true or false")
    values = data.get("values")
    _CODECS[table].decode(values)  # checked now; decoded again when written
    if isinstance(values, dict) and values.get("id") != row_id.hex:
        raise RecordError("id: differs from the record's")
    return Record(table, row_id, dict(clock), data["deleted"], values)


# --- applying received records --------------------------------------------------------------

class _Applying:
    """Inside: the triggers stay quiet; the importer stamps rows itself."""

    def __init__(self, session: Session):
        self.session = session

    def __enter__(self) -> int:
        self.session.execute(text("UPDATE sync_clock SET applying = 1 WHERE id = 1"))
        return current_seq(self.session)

    def __exit__(self, *exc: object) -> None:
        self.session.execute(text("UPDATE sync_clock SET applying = 0 WHERE id = 1"))


def apply_records(session: Session, records: Iterable[Record], peer: str) -> list[Applied]:
    """Write received records in this (open) transaction; each gets its outcome.

    NEWER versions replace the row, OLDER or SAME ones change nothing (a deleted row is never
    brought back by an older change), CONCURRENT ones are kept beside the row as a conflict
    unless both sides hold the same values.
    """
    me = site(session)
    by_table: dict[str, list[Record]] = {name: [] for name in TABLES}
    for record in records:
        by_table[record.table].append(record)
    results: list[Applied] = []
    touched_cases: set[UUID] = set()
    numbers: list[str] = []
    highest_own = 0
    with _Applying(session) as seq:
        for name, table_records in by_table.items():
            for start in range(0, len(table_records), _BATCH):
                batch = table_records[start:start + _BATCH]
                for applied in _apply_batch(session, name, batch, peer, seq):
                    results.append(applied)
                    if applied.outcome in (Outcome.ADDED, Outcome.UPDATED, Outcome.DELETED):
                        if applied.case_id is not None:
                            touched_cases.add(applied.case_id)
                        if name == "cases":
                            numbers.append(applied.record.values["number"])
                    if me is not None:
                        highest_own = max(highest_own, applied.record.clock.get(me, 0))
        case_store.reindex_cases(session, touched_cases)
        case_store.raise_counters(session, numbers)
        if highest_own >= seq:
            # Our own older changes came back (a restore): later local changes must count
            # above them, or the other side would take them for old ones.
            session.execute(update(SyncClockRow).where(SyncClockRow.id == 1).values(
                seq=highest_own + 1))
    return results


def _case_id_of(name: str, record: Record) -> UUID | None:
    if name == "cases":
        return record.id
    if name in CASE_CHILDREN:
        return UUID(hex=record.values["case_id"])
    return None


def _apply_batch(session: Session, name: str, batch: list[Record], peer: str,
                 seq: int) -> Iterator[Applied]:
    table, codec = TABLES[name], _CODECS[name]
    columns = [c.name for c in table.__table__.columns if c.name not in _LOCAL]
    current = {r.id: r for r in session.execute(
        select(table.id, table.clock, table.deleted_at, table.version, *[
            getattr(table, c) for c in columns if c != "id"]).where(
            table.id.in_([r.id for r in batch])))}
    new_rows, changed_rows = [], []
    for record in batch:
        case_id = _case_id_of(name, record)
        try:
            values = codec.decode(record.values)
        except RecordError as error:
            yield Applied(record, Outcome.REFUSED, str(error), case_id)
            continue
        if record.deleted and values.get("deleted_at") is None:
            yield Applied(record, Outcome.REFUSED, "deleted_at: missing", case_id)
            continue
        row = current.get(record.id)
        if row is None:
            new_rows.append(values | {"clock": record.clock, "change_seq": seq, "version": 1})
            yield Applied(record, Outcome.DELETED if record.deleted else Outcome.ADDED,
                          case_id=case_id)
            continue
        order = compare(record.clock, row.clock)
        if order in (Order.SAME, Order.OLDER):
            yield Applied(record, Outcome.UNCHANGED, case_id=case_id)
            continue
        local = {c: getattr(row, c) for c in columns}
        if order is Order.CONCURRENT:
            if _same_content(local, values):
                # Both sides made the same change: one version that contains both.
                changed_rows.append({"id": record.id, "clock": merge(record.clock, row.clock),
                                     "change_seq": seq})
                yield Applied(record, Outcome.UNCHANGED, case_id=case_id)
            else:
                _keep_conflict(session, name, record, row.clock, peer, case_id)
                yield Applied(record, Outcome.CONFLICT, case_id=case_id)
            continue
        changed_rows.append(values | {"clock": record.clock, "change_seq": seq,
                                      "version": row.version + 1})
        _close_conflicts(session, record)
        yield Applied(record, Outcome.DELETED if record.deleted and row.deleted_at is None
                      else Outcome.UPDATED, case_id=case_id)
    if name == "cases" and new_rows:
        keys = case_store.new_order_keys(
            session, [(v["id"], v["reg_date"], v["number"]) for v in new_rows])
        for v in new_rows:
            v["order_key"] = keys[v["id"]]
    if new_rows:
        for row_values in _same_keys(new_rows):
            session.execute(insert(table), row_values)
    for row_values in _same_keys(changed_rows):
        session.execute(update(table), row_values)


def _same_keys(rows: list[dict]) -> Iterator[list[dict]]:
    """Rows grouped by their set of keys: one executemany needs the same columns in each."""
    groups: dict[tuple, list[dict]] = {}
    for row in rows:
        groups.setdefault(tuple(sorted(row)), []).append(row)
    yield from groups.values()


def _same_content(local: dict, incoming: dict) -> bool:
    ignore = {"updated_at", "updated_by"}
    return all(local.get(k) == v for k, v in incoming.items() if k not in ignore)


def _keep_conflict(session: Session, name: str, record: Record, local_clock: dict, peer: str,
                   case_id: UUID | None) -> None:
    open_one = session.scalar(select(SyncConflictRow).where(
        SyncConflictRow.row_id == record.id, SyncConflictRow.resolved_at.is_(None)))
    if open_one is not None:
        # A later remote version of a row already in conflict replaces the older one there.
        if compare(record.clock, open_one.remote_clock) is Order.NEWER:
            open_one.remote_clock = record.clock
            open_one.remote_values = record.values
            open_one.remote_deleted = record.deleted
            open_one.local_clock = local_clock
        return
    session.add(SyncConflictRow(
        id=new_id(), table_name=name, row_id=record.id, case_id=case_id, peer=peer,
        local_clock=local_clock, remote_clock=record.clock, remote_deleted=record.deleted,
        remote_values=record.values, detected_at=utc_now(), resolved_at=None))


def _close_conflicts(session: Session, record: Record) -> None:
    """A received version that contains both sides of a conflict settles it (the other side
    resolved it)."""
    session.execute(update(SyncConflictRow).where(
        SyncConflictRow.row_id == record.id, SyncConflictRow.resolved_at.is_(None)).values(
        resolved_at=utc_now()).execution_options(synchronize_session=False))


def defer_foreign_keys(session: Session) -> None:
    """Check references when the transaction ends, not row by row: a bundle's rows arrive
    table by table, and a broken reference is then named instead of failing half way."""
    session.execute(text("PRAGMA defer_foreign_keys = ON"))


def broken_references(session: Session) -> list[str]:
    """The tables holding rows whose parent is missing (checked before the commit)."""
    return sorted({row[0] for row in session.execute(text("PRAGMA foreign_key_check"))})


# --- conflicts ------------------------------------------------------------------------------

@dataclass(frozen=True)
class FieldChoice:
    name: str
    local: Any
    remote: Any


@dataclass(frozen=True)
class ConflictView:
    id: UUID
    table: str
    row_id: UUID
    case_id: UUID | None
    case_number: str | None
    peer: str
    detected_at: datetime
    local_deleted: bool
    remote_deleted: bool
    fields: tuple[FieldChoice, ...]  # only those that differ, JSON-able values


def open_conflicts(session: Session) -> list[ConflictView]:
    return [_view(session, c) for c in session.scalars(select(SyncConflictRow).where(
        SyncConflictRow.resolved_at.is_(None)).order_by(SyncConflictRow.detected_at))]


def _view(session: Session, conflict: SyncConflictRow) -> ConflictView:
    local = next(records_by_id(session, conflict.table_name, [conflict.row_id]))
    number = None
    if conflict.case_id is not None:
        number = session.scalar(select(CaseRow.number).where(CaseRow.id == conflict.case_id))
    ignore = {"updated_at", "updated_by", "deleted_at", "id"}
    fields = tuple(FieldChoice(k, local.values.get(k), v)
                   for k, v in conflict.remote_values.items()
                   if k not in ignore and local.values.get(k) != v)
    return ConflictView(conflict.id, conflict.table_name, conflict.row_id, conflict.case_id,
                        number, conflict.peer, conflict.detected_at, local.deleted,
                        conflict.remote_deleted, fields)


class ConflictGone(NotFoundError):
    """Resolved meanwhile (by the other side's resolution arriving, or in another window)."""


def resolve_conflict(session: Session, conflict_id: UUID, take_remote: Iterable[str],
                     deleted: bool | None = None) -> UUID | None:
    """Settle a conflict: the local row with the chosen fields taken from the remote version.

    The row's new version contains both sides (the triggers add this site's step), so it wins
    over either wherever it travels, and goes in the next bundle. Returns the case to refresh.
    """
    conflict = session.get(SyncConflictRow, conflict_id)
    if conflict is None or conflict.resolved_at is not None:
        raise ConflictGone(problem("the conflict was already resolved"))
    table, codec = TABLES[conflict.table_name], _CODECS[conflict.table_name]
    remote = codec.decode(conflict.remote_values)
    chosen = {k: remote[k] for k in take_remote if k in remote and k != "id"}
    row = session.get(table, conflict.row_id)
    if row is None:
        raise ConflictGone(problem("the record of the conflict no longer exists"))
    values = chosen | {"clock": merge(row.clock, conflict.remote_clock),
                       "version": row.version + 1, "updated_at": utc_now()}
    if deleted is not None:
        values["deleted_at"] = (row.deleted_at or remote.get("deleted_at") or utc_now()) \
            if deleted else None
    session.execute(update(table).where(table.id == conflict.row_id).values(**values))
    conflict.resolved_at = utc_now()
    session.flush()
    if conflict.case_id is not None:
        case_store.reindex_cases(session, [conflict.case_id])
    return conflict.case_id


def conflict_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(SyncConflictRow).where(
        SyncConflictRow.resolved_at.is_(None))) or 0

