"""The change log of synced rows: what to send, and applying what was received.

Every synced row carries a version vector (`clock`, see core/clock.py) and `change_seq`, the
counter of this database's last change to it. Triggers (migration 0003) stamp both on every
local insert and update, so no write path can forget; a write transaction takes the next
counter (store/database.py). An export is every row changed here after the watermark the other
side has acknowledged; applying a bundle lifts the triggers for its transaction and writes the
received versions as they are.

This module is the seam that holds SQLite's json_* functions and the triggers; a PostgreSQL
store would give the same functions with jsonb and its own triggers.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
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
    column,
    func,
    or_,
    select,
    text,
    update,
)
from sqlalchemy.orm import Session

from desktop.core.case import CaseStatus, Fulfilment, Referral, Stage
from desktop.core.case import Outcome as CaseOutcome
from desktop.core.clock import Order, based_on, compare, merge
from desktop.core.errors import DomainError, NotFoundError
from desktop.core.ids import new_id
from desktop.core.mediator import MediatorKind
from desktop.core.messages import problem
from desktop.core.numbering import parse_case_number
from desktop.core.party import PartyKind, PartyRole
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
    id: str  # the row's UUID in hex, as it travels and as SQLite stores it
    clock: dict[str, int]
    deleted: bool
    values: dict[str, Any]  # JSON-able: UUIDs as hex, dates and times in ISO 8601
    stored: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def to_json(self, sender: str) -> dict:
        # based_on is informational: the receiver compares whole versions (core/clock.py).
        return {"table": self.table, "id": self.id, "version": self.clock,
                "based_on": based_on(self.clock, sender), "deleted": self.deleted,
                "values": self.values}


_WRITTEN = (Outcome.ADDED, Outcome.UPDATED, Outcome.DELETED)


@dataclass
class Applied:
    record: Record
    outcome: Outcome
    reason: str = ""
    case_id: str | None = None  # hex


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
    """Rows read as SQLite stores them and written as they travel, without the ORM's types
    (a tenth of the time for the 60,000 rows of 10,000 cases)."""
    table, codec = TABLES[name], _CODECS[name]
    stmt = select(column("clock"), *map(column, codec.names)).select_from(
        table.__table__).where(*conditions).order_by(table.change_seq, table.id)
    wire = codec.to_wire
    for row in session.connection().execute(stmt):
        values = wire(row[1:])
        yield Record(name, values["id"], json.loads(row[0]),
                     values["deleted_at"] is not None, values)


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


# --- values as stored and as they travel -------------------------------------------------------

class RecordError(ValueError):
    """A received record that does not fit this program's schema; the message names the field."""


_HEX_ID = re.compile(r"[0-9a-f]{32}")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# How SQLAlchemy's SQLite dialect stores a DateTime (UTC here, see schema.UTCDateTime).
_STORED_TIME = "%Y-%m-%d %H:%M:%S.%f"
_WRITTEN_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}\+00:00")


def _kind_of(column: Any) -> tuple[Callable[[Any], Any], Callable[[Any], Any]]:
    """(stored -> travelling, travelling -> stored) for a column; the second checks its value."""
    kind, name = column.type, column.name

    def refuse(what: str) -> RecordError:
        return RecordError(f"{name}: {what}")

    def same(value: Any) -> Any:
        return value

    if isinstance(kind, Uuid):
        def stored_id(value: Any) -> Any:
            if not (isinstance(value, str) and _HEX_ID.fullmatch(value)):
                raise refuse("not an id")
            return value
        return same, stored_id
    if isinstance(kind, UTCDateTime):
        def travelling_time(value: str) -> str:
            return value.replace(" ", "T") + "+00:00"

        def stored_time(value: Any) -> Any:
            try:
                moment = datetime.fromisoformat(value)
            except (TypeError, ValueError):
                raise refuse("not a time") from None
            if moment.tzinfo is None:
                raise refuse("a time without its zone")
            if _WRITTEN_TIME.fullmatch(value):  # as this program writes it: no arithmetic
                return f"{value[:10]} {value[11:26]}"
            return moment.astimezone(UTC).strftime(_STORED_TIME)
        return travelling_time, stored_time
    if isinstance(kind, Date):
        def stored_date(value: Any) -> Any:
            try:
                if not (isinstance(value, str) and _ISO_DATE.fullmatch(value)):
                    raise ValueError
                return date.fromisoformat(value).isoformat()
            except ValueError:
                raise refuse("not a date") from None
        return same, stored_date
    if isinstance(kind, Boolean):
        def stored_flag(value: Any) -> Any:
            if not isinstance(value, bool):
                raise refuse("not true or false")
            return int(value)
        return bool, stored_flag
    if isinstance(kind, (Integer, BigInteger)):
        def stored_number(value: Any) -> Any:
            if not (isinstance(value, int) and not isinstance(value, bool)
                    and abs(value) < 2**63):
                raise refuse("not a whole number")
            return value
        return same, stored_number
    if isinstance(kind, (String, Text)):
        limit = getattr(kind, "length", None) or 1_000_000

        def stored_text(value: Any) -> Any:
            if not (isinstance(value, str) and len(value) <= limit):
                raise refuse(f"not text of at most {limit} characters")
            if not value.isascii():
                try:
                    value.encode()
                except UnicodeEncodeError:  # a lone surrogate: valid JSON, not text
                    raise refuse("not Unicode text") from None
            return value
        return same, stored_text
    if isinstance(kind, JSON):
        def stored_json(value: Any) -> Any:
            if not isinstance(value, (list, dict)):
                raise refuse("not a list")
            return json.dumps(value)  # as SQLAlchemy's JSON type writes it
        return json.loads, stored_json
    raise TypeError(f"no conversion for {kind!r}")  # a new column type must be taught here


# Columns whose value is one of a list the program reads back into an enumeration: any other
# value would be stored, and then break every reading of the register.
_CHOICES: dict[tuple[str, str], frozenset[str]] = {
    (table, name): frozenset(choice.value for choice in choices)
    for table, name, choices in (
        ("cases", "status", CaseStatus), ("cases", "outcome", CaseOutcome),
        ("cases", "referral", Referral), ("cases", "stage", Stage),
        ("parties", "kind", PartyKind), ("parties", "role", PartyRole),
        ("obligations", "fulfilment", Fulfilment), ("mediators", "kind", MediatorKind))
}


def _one_of(convert: Callable[[Any], Any], name: str,
            choices: frozenset[str]) -> Callable[[Any], Any]:
    def checked(value: Any) -> Any:
        if value not in choices:
            raise RecordError(f"{name}: not one of {', '.join(sorted(choices))}")
        return convert(value)
    return checked


class _TableCodec:
    """The synced columns of a table: read as stored, written as they travel, and back."""

    def __init__(self, name: str, table: type):
        columns = [c for c in table.__table__.columns if c.name not in _LOCAL]
        self.names = [c.name for c in columns]
        kinds = [(wire, _one_of(stored, c.name, _CHOICES[name, c.name])
                  if (name, c.name) in _CHOICES else stored)
                 for c, (wire, stored) in zip(columns, map(_kind_of, columns), strict=True)]
        self._to_wire = [k[0] for k in kinds]
        self._to_stored = {c.name: k[1] for c, k in zip(columns, kinds, strict=True)}
        self.required = {c.name for c in columns if not c.nullable and c.server_default is None}
        self.defaults = {c.name: c.server_default.arg for c in columns
                         if c.server_default is not None and isinstance(c.server_default.arg, str)}

    def to_wire(self, stored: Sequence[Any]) -> dict[str, Any]:
        return {n: None if v is None else f(v)
                for n, f, v in zip(self.names, self._to_wire, stored, strict=True)}

    def to_stored(self, values: Any) -> dict[str, Any]:
        """The travelling values checked and made ready to store; RecordError names a field."""
        if not isinstance(values, dict):
            raise RecordError("values: not a set of fields")
        if unknown := values.keys() - self._to_stored.keys():
            raise RecordError(f"{sorted(unknown)[0]}: not a field of this table")
        stored = dict(self.defaults)
        for name, value in values.items():
            stored[name] = None if value is None else self._to_stored[name](value)
        if missing := [n for n in self.required if stored.get(n) is None]:
            raise RecordError(f"{sorted(missing)[0]}: missing")
        return stored


_CODECS = {name: _TableCodec(name, table) for name, table in TABLES.items()}


def parse_record(data: Any) -> Record:
    """A record from a bundle's JSON, checked against this schema; RecordError says what."""
    if not isinstance(data, dict):
        raise RecordError("not a record")
    table = data.get("table")
    if table not in TABLES:
        raise RecordError(f"table {table!r} is not synced")
    row_id = data.get("id")
    if not (isinstance(row_id, str) and _HEX_ID.fullmatch(row_id)):
        raise RecordError("id: not an id")
    clock = data.get("version")
    if not (isinstance(clock, dict) and clock and all(
            isinstance(k, str) and 0 < len(k) <= 12 and isinstance(v, int)
            and not isinstance(v, bool) and 0 < v < 2**62 for k, v in clock.items())):
        raise RecordError("version: not a version vector")
    if not isinstance(data.get("deleted"), bool):
        raise RecordError("deleted: not true or false")
    values = data.get("values")
    stored = _CODECS[table].to_stored(values)
    if stored["id"] != row_id:
        raise RecordError("id: differs from the record's")
    if data["deleted"] != (stored.get("deleted_at") is not None):
        raise RecordError("deleted_at: does not match the record's deletion")
    return Record(table, row_id, dict(clock), data["deleted"], values, stored)


# --- applying received records --------------------------------------------------------------

class _Applying:
    """Inside: the stamping triggers are lifted, and the importer stamps rows itself.

    Dropped and created again in the same transaction (SQLite's schema changes are
    transactional: a crash brings them back with the rollback). Their mere presence made each
    inserted row three times as dear, even with a condition that stopped them.
    """

    def __init__(self, session: Session):
        self.connection = session.connection()
        self.session = session
        self.saved: list[tuple[str, str]] = []

    def __enter__(self) -> int:
        self.saved = list(self.connection.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
            "AND name LIKE '%\\_stamp\\_%' ESCAPE '\\'"))
        for name, _sql in self.saved:
            self.connection.exec_driver_sql(f'DROP TRIGGER "{name}"')
        return current_seq(self.session)

    def __exit__(self, failed: object, *_: object) -> None:
        # On a failure the rollback brings them back; this only must not hide the failure.
        with contextlib.suppress(*((Exception,) if failed else ())):
            for _name, sql in self.saved:
                self.connection.exec_driver_sql(sql)


def apply_records(session: Session, records: Iterable[Record], peer: str,
                  send_merges: bool = False, owner: str | None = None) -> list[Applied]:
    """Write received records in this (open) transaction; each gets its outcome.

    NEWER versions replace the row, OLDER or SAME ones change nothing (a deleted row is never
    brought back by an older change), CONCURRENT ones are kept beside the row as a conflict
    unless both sides hold the same values. Those are merged into one version; with
    `send_merges` (an office) the merge counts as this site's change and goes back, so that the
    other side learns the version that contains both. Only one side of a pair sends its merges:
    two that did would answer each other's for ever.

    With `owner` (the centre applying an office's bundle), only that office's rows are taken:
    its office record, its cases and their rows, mediators it or the centre made.
    """
    me = site(session)
    records = list(records)
    results: list[Applied] = []
    # Keyed by the record object: the same row twice in a bundle is refused the second time.
    foreign = _not_theirs(session, records, owner, me) if owner else {}
    refused = {id(r): foreign[r.id] for r in records if r.id in foreign}
    refused |= _taken(session, [r for r in records if id(r) not in refused])
    by_table: dict[str, list[Record]] = {name: [] for name in TABLES}
    for record in records:
        if id(record) in refused:
            results.append(Applied(record, Outcome.REFUSED, refused[id(record)],
                                   _case_id_of(record.table, record)))
        else:
            by_table[record.table].append(record)
    settle_agreed(session)
    touched_cases: set[str] = set()
    numbers: list[str] = []
    highest_own = 0
    any_open = conflict_count(session) > 0  # most bundles settle none: no query per row then
    undecided: set[str] = set()
    # References are checked once all tables are written (_check_references): a bundle's rows
    # arrive table by table, and a broken one is named instead of failing half way.
    session.execute(text("PRAGMA defer_foreign_keys = ON"))
    with _Applying(session) as seq:
        for name, table_records in by_table.items():
            for start in range(0, len(table_records), _BATCH):
                batch = table_records[start:start + _BATCH]
                for applied in _apply_batch(session, name, batch, peer, seq, any_open,
                                            undecided, me if send_merges and me else None):
                    results.append(applied)
                    if applied.outcome in _WRITTEN:
                        if applied.case_id is not None:
                            touched_cases.add(applied.case_id)
                        if name == "cases":
                            numbers.append(applied.record.values["number"])
                    if me is not None:
                        highest_own = max(highest_own, applied.record.clock.get(me, 0))
        _check_references(session, [a.record for a in results if a.outcome in _WRITTEN])
        added = frozenset(UUID(hex=a.record.id) for a in results
                          if a.record.table == "cases" and a.outcome is Outcome.ADDED)
        case_store.reindex_cases(session, [UUID(hex=c) for c in touched_cases], added)
        case_store.raise_counters(session, numbers)
        if highest_own >= seq:
            # Our own older changes came back (a restore): later local changes must count
            # above them, or the other side would take them for old ones.
            session.execute(update(SyncClockRow).where(SyncClockRow.id == 1).values(
                seq=highest_own + 1))
    return results


def _not_theirs(session: Session, records: list[Record], owner: str,
                centre: str | None) -> dict[str, str]:
    """Records of a bundle from office `owner` that are not that office's to write."""
    refused: dict[str, str] = {}
    own_cases: set[str] = set()
    asked: set[str] = set()
    for record in records:
        values = record.stored
        if record.table == "cases":
            parsed = parse_case_number(values["number"])
            if values["office_code"] == owner and parsed is not None and parsed[0] == owner:
                own_cases.add(record.id)
            else:
                refused[record.id] = f"a case of another office than {owner}"
        elif record.table == "offices" and values["code"] != owner:
            refused[record.id] = f"the record of another office than {owner}"
        elif record.table == "mediators" and values["origin"] not in (owner, centre):
            refused[record.id] = f"a mediator of another office than {owner}"
        elif record.table in CASE_CHILDREN:
            asked.add(values["case_id"])
    # A row of a case this bundle does not bring: the case must be the office's already.
    stored = _case_offices(session, asked - own_cases)
    for record in records:
        if record.table in CASE_CHILDREN and record.id not in refused:
            case_id = record.stored["case_id"]
            if case_id not in own_cases and stored.get(case_id, owner) != owner:
                refused[record.id] = f"a row of a case of another office than {owner}"
    # Whatever a bundle's own case brings is refused with that case.
    for record in records:
        if record.table in CASE_CHILDREN and record.stored["case_id"] in refused:
            refused.setdefault(record.id, "a row of a case refused above")
    return refused


def _case_offices(session: Session, case_ids: set[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    ids = list(case_ids)
    for start in range(0, len(ids), _BATCH):
        found.update(session.connection().execute(
            select(column("id"), column("office_code")).select_from(CaseRow.__table__)
            .where(column("id").in_(ids[start:start + _BATCH]))).all())
    return found


# The values no two rows may share: a record that would take another row's is refused.
_UNIQUE = {"cases": "number", "offices": "code"}


def _taken(session: Session, records: list[Record]) -> dict[int, str]:
    """Records (by object) that would collide with a stored row or with another record of the
    bundle: the same record twice, a case number or an office code held by another record."""
    refused: dict[int, str] = {}
    seen: set[str] = set()
    for record in records:
        if record.id in seen:
            refused[id(record)] = "the record comes twice in the bundle"
        seen.add(record.id)
    for table, name in _UNIQUE.items():
        wanted: dict[str, Record] = {}
        for record in records:
            if record.table == table and id(record) not in refused:
                value = record.stored[name]
                if wanted.setdefault(value, record) is not record:
                    refused[id(record)] = f"{name} {value} comes twice in the bundle"
        values = list(wanted)
        for start in range(0, len(values), _BATCH):
            for row_id, value in session.connection().execute(
                    select(column("id"), column(name)).select_from(TABLES[table].__table__)
                    .where(column(name).in_(values[start:start + _BATCH]))):
                if wanted[value].id != row_id:
                    refused[id(wanted[value])] = f"{name} {value} belongs to another record here"
    return refused


def settle_agreed(session: Session) -> None:
    """Conflicts whose two sides now hold the same values (someone made this side like the
    other) are settled: the merged version goes to the other side, whose copy of the conflict
    it closes."""
    for conflict in session.scalars(select(SyncConflictRow).where(
            SyncConflictRow.resolved_at.is_(None))).all():
        local = next(records_by_id(session, conflict.table_name, [conflict.row_id]), None)
        if local is not None and local.deleted == conflict.remote_deleted and all(
                local.values.get(k) == v for k, v in conflict.remote_values.items()
                if k not in ("updated_at", "updated_by", "deleted_at")):
            resolve_conflict(session, conflict.id, [])


def _case_id_of(name: str, record: Record) -> str | None:
    if name == "cases":
        return record.id
    if name in CASE_CHILDREN:
        return record.stored["case_id"]
    return None


def _clock_text(clock: dict[str, int], known: dict[tuple, str]) -> str:
    """The stored JSON of a version; the rows of one transaction share theirs (made once)."""
    key = tuple(clock.items())
    if key not in known:
        known[key] = json.dumps(clock)
    return known[key]


def _apply_batch(session: Session, name: str, batch: list[Record], peer: str, seq: int,
                 any_open: bool, undecided: set[str], merger: str | None) -> Iterator[Applied]:
    """Apply one table's records. `undecided` holds the cases whose very existence is in
    conflict (deleted on one side, changed on the other): their rows wait with them."""
    table, codec = TABLES[name], _CODECS[name]
    names = codec.names
    connection = session.connection()
    current = {row[0]: row for row in connection.execute(
        select(column("id"), column("clock"), column("version"), *map(column, names))
        .select_from(table.__table__).where(column("id").in_([r.id for r in batch])))}
    new_rows, changed_rows = [], []
    clocks: dict[tuple, str] = {}
    for record in batch:
        case_id = _case_id_of(name, record)
        stored = record.stored
        row = current.get(stored["id"])
        if row is None:
            new_rows.append(stored | {"clock": _clock_text(record.clock, clocks),
                                      "change_seq": seq, "version": 1})
            yield Applied(record, Outcome.DELETED if record.deleted else Outcome.ADDED,
                          case_id=case_id)
            continue
        local_clock = json.loads(row[1])
        order = compare(record.clock, local_clock)
        if order in (Order.SAME, Order.OLDER):
            yield Applied(record, Outcome.UNCHANGED, case_id=case_id)
            continue
        local = dict(zip(names, row[3:], strict=True))
        if order is Order.CONCURRENT:
            if _same_content(local, stored):
                # Both sides made the same change: one version that contains both. This
                # side's own change still goes (its counter stays), or a merge made here
                # goes back as this side's change (merger).
                merged = merge(record.clock, local_clock)
                merged_row: dict[str, Any] = {"id": stored["id"]}
                if merger is not None:
                    merged[merger] = merged_row["change_seq"] = seq
                merged_row["clock"] = json.dumps(merged)
                changed_rows.append(merged_row)
                if any_open:
                    _close_conflicts(session, record)
                yield Applied(record, Outcome.UNCHANGED, case_id=case_id)
            else:
                _keep_conflict(session, name, record, local_clock, peer, case_id)
                if name == "cases" and record.deleted != (local["deleted_at"] is not None):
                    undecided.add(record.id)
                yield Applied(record, Outcome.CONFLICT, case_id=case_id)
            continue
        if case_id in undecided:
            # A party's deletion must not go through while its case's deletion is undecided:
            # the person deciding about the case decides about them with it.
            _keep_conflict(session, name, record, local_clock, peer, case_id)
            yield Applied(record, Outcome.CONFLICT, case_id=case_id)
            continue
        changed_rows.append(stored | {"clock": _clock_text(record.clock, clocks),
                                      "change_seq": seq, "version": row[2] + 1})
        if any_open:
            _close_conflicts(session, record)
        yield Applied(record, Outcome.DELETED if record.deleted and local["deleted_at"] is None
                      else Outcome.UPDATED, case_id=case_id)
    if name == "cases" and new_rows:
        keys = case_store.new_order_keys(session, [
            (UUID(hex=v["id"]), date.fromisoformat(v["reg_date"]), v["number"])
            for v in new_rows])
        for v in new_rows:
            v["order_key"] = keys[UUID(hex=v["id"])]
    quote = connection.dialect.identifier_preparer.quote
    for rows in _same_keys(new_rows):
        names_ = list(rows[0])
        connection.exec_driver_sql(
            f"INSERT INTO {quote(table.__tablename__)} ({', '.join(map(quote, names_))}) "
            f"VALUES ({', '.join('?' * len(names_))})", [tuple(r.values()) for r in rows])
    for rows in _same_keys(changed_rows):
        _update_stored(connection, table, rows)


def _update_stored(connection: Any, table: type, rows: list[dict]) -> None:
    """Write stored values (rows with the same keys, each with its hex "id") as they are."""
    quote = connection.dialect.identifier_preparer.quote
    names = [n for n in rows[0] if n != "id"]
    connection.exec_driver_sql(
        f"UPDATE {quote(table.__tablename__)} SET "
        f"{', '.join(f'{quote(n)} = ?' for n in names)} WHERE id = ?",
        [(*(r[n] for n in names), r["id"]) for r in rows])


def _same_keys(rows: list[dict]) -> Iterator[list[dict]]:
    """Rows grouped by their keys in order: one executemany needs the same columns in each."""
    groups: dict[tuple, list[dict]] = {}
    for row in rows:
        groups.setdefault(tuple(row), []).append(row)
    yield from groups.values()


def _same_content(local: dict, incoming: dict) -> bool:
    ignore = {"updated_at", "updated_by"}
    return all(local.get(k) == v for k, v in incoming.items() if k not in ignore)


def _keep_conflict(session: Session, name: str, record: Record, local_clock: dict, peer: str,
                   case_id: str | None) -> None:
    open_one = session.scalar(select(SyncConflictRow).where(
        SyncConflictRow.row_id == UUID(hex=record.id), SyncConflictRow.resolved_at.is_(None)))
    if open_one is not None:
        # A later remote version of a row already in conflict replaces the older one there.
        if compare(record.clock, open_one.remote_clock) is Order.NEWER:
            open_one.remote_clock = record.clock
            open_one.remote_values = record.values
            open_one.remote_deleted = record.deleted
            open_one.local_clock = local_clock
        return
    session.add(SyncConflictRow(
        id=new_id(), table_name=name, row_id=UUID(hex=record.id),
        case_id=None if case_id is None else UUID(hex=case_id), peer=peer,
        local_clock=local_clock, remote_clock=record.clock, remote_deleted=record.deleted,
        remote_values=record.values, detected_at=utc_now(), resolved_at=None))


def _close_conflicts(session: Session, record: Record) -> None:
    """A received version that contains both sides of a conflict settles it (the other side
    resolved it)."""
    session.execute(update(SyncConflictRow).where(
        SyncConflictRow.row_id == UUID(hex=record.id), SyncConflictRow.resolved_at.is_(None))
        .values(
        resolved_at=utc_now()).execution_options(synchronize_session=False))


class MissingParentError(DomainError):
    """Received rows refer to rows this register does not have; nothing of the bundle stays."""


# table -> its (column, parent table) pairs, from the schema's foreign keys.
_REFERENCES = {
    name: [(column.name, next(iter(column.foreign_keys)).column.table.name)
           for column in table.__table__.columns if column.foreign_keys]
    for name, table in TABLES.items()
}


def _check_references(session: Session, written: list[Record]) -> None:
    """Every parent the written rows name exists (looked up for these rows only: the whole
    database's foreign_key_check took a second per bundle at 100,000 cases)."""
    wanted: dict[str, dict[str, str]] = {}  # parent table -> {id: child table}
    for record in written:
        for name, parent in _REFERENCES[record.table]:
            if (value := record.stored[name]) is not None:
                wanted.setdefault(parent, {})[value] = record.table
    connection = session.connection()
    for parent, ids in wanted.items():
        found: set[str] = set()
        keys = list(ids)
        for start in range(0, len(keys), _BATCH):
            chunk = keys[start:start + _BATCH]
            found.update(connection.execute(select(column("id")).select_from(
                TABLES[parent].__table__).where(column("id").in_(chunk))).scalars())
        if missing := [ids[k] for k in keys if k not in found]:
            raise MissingParentError(problem(
                "the bundle refers to records this register does not have (in {table}); an "
                "earlier bundle is missing: import it first", table=sorted(missing)[0]))


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
    remote = codec.to_stored(conflict.remote_values)
    values = {k: remote[k] for k in take_remote if k in remote and k != "id"}
    connection = session.connection()
    row = connection.execute(select(column("clock"), column("version"), column("deleted_at"))
                             .select_from(table.__table__)
                             .where(table.id == conflict.row_id)).first()
    if row is None:
        raise ConflictGone(problem("the record of the conflict no longer exists"))
    now = utc_now().strftime(_STORED_TIME)
    values |= {"clock": json.dumps(merge(json.loads(row[0]), conflict.remote_clock)),
               "version": row[1] + 1, "updated_at": now}
    if deleted is not None:
        values["deleted_at"] = (row[2] or remote.get("deleted_at") or now) if deleted else None
    # The triggers then add this site's step to the merged version.
    _update_stored(connection, table, [values | {"id": conflict.row_id.hex}])
    conflict.resolved_at = utc_now()
    session.flush()
    if conflict.table_name == "cases":
        _resolve_with_case(session, conflict.case_id,
                           deleted if deleted is not None else row[2] is not None)
    if conflict.case_id is not None:
        case_store.reindex_cases(session, [conflict.case_id])
    return conflict.case_id


def _resolve_with_case(session: Session, case_id: UUID | None, case_deleted: bool) -> None:
    """The rows that waited on their case's conflict follow the decision about the case: its
    deletion takes theirs too; a case kept keeps its rows as they are here."""
    waiting = session.scalars(select(SyncConflictRow.id).where(
        SyncConflictRow.case_id == case_id, SyncConflictRow.table_name != "cases",
        SyncConflictRow.resolved_at.is_(None))).all()
    for child_id in waiting:
        child = session.get(SyncConflictRow, child_id)
        assert child is not None
        take = case_deleted and child.remote_deleted
        resolve_conflict(session, child_id, list(child.remote_values) if take else [],
                         True if take else None)


def conflict_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(SyncConflictRow).where(
        SyncConflictRow.resolved_at.is_(None))) or 0

