"""SQLAlchemy 2 schema. Rows that travel in sync bundles carry the `Synced` columns.

Row classes end in `Row` so they are never confused with the domain dataclasses in `core`;
nothing above `store` ever sees them.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any, ClassVar
from uuid import UUID

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class UTCDateTime(TypeDecorator[datetime]):
    """Stores UTC without an offset (SQLite has no time zones) and returns aware UTC values."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: store times in UTC with a time zone")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    type_annotation_map: ClassVar = {
        UUID: Uuid(), datetime: UTCDateTime(), date: Date(), dict: JSON(), list: JSON(),
    }


class Synced:
    """Identity and history of a row that travels between offices and the centre."""

    id: Mapped[UUID] = mapped_column(primary_key=True)
    origin: Mapped[str] = mapped_column(String(12))  # office code where the row was created
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    version: Mapped[int] = mapped_column(Integer, default=1)
    deleted_at: Mapped[datetime | None]  # a tombstone: the row stays so the deletion can travel
    updated_by: Mapped[str | None] = mapped_column(String(64))  # who, once people sign in
    # Sync (store/changes.py): the row's version vector {site code: counter}, and the counter of
    # this database's last change to it. Database triggers keep both for every local change.
    clock: Mapped[dict] = mapped_column(JSON, default=dict, server_default="{}")
    change_seq: Mapped[int] = mapped_column(Integer, default=0, server_default="0", index=True)


class OfficeRow(Synced, Base):
    __tablename__ = "offices"
    code: Mapped[str] = mapped_column(String(12), unique=True)
    name_kk: Mapped[str] = mapped_column(Text)
    name_ru: Mapped[str] = mapped_column(Text)
    district: Mapped[str] = mapped_column(Text, default="")
    region: Mapped[str] = mapped_column(Text, default="")
    address: Mapped[str] = mapped_column(Text, default="")
    # The server default fills the rows of offices stored before the column existed (0002).
    phone: Mapped[str] = mapped_column(Text, default="", server_default="")
    head: Mapped[str] = mapped_column(Text, default="")
    timezone: Mapped[str] = mapped_column(String(64))


class MediatorRow(Synced, Base):
    __tablename__ = "mediators"
    full_name: Mapped[str] = mapped_column(Text)
    iin: Mapped[str] = mapped_column(String(12), default="", index=True)
    kind: Mapped[str] = mapped_column(String(16))
    register_number: Mapped[str] = mapped_column(Text, default="")
    languages: Mapped[list]
    specialisations: Mapped[list]
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class CaseRow(Synced, Base):
    __tablename__ = "cases"
    number: Mapped[str] = mapped_column(String(40), unique=True)
    office_code: Mapped[str] = mapped_column(String(12))
    number_year: Mapped[int] = mapped_column(Integer)  # the number's parts, for numeric order
    number_sequence: Mapped[int] = mapped_column(Integer)
    # Local to this database, never synced: sorts like the register (registration day, then the
    # order cases were stored); also the case's rowid in the full-text index (store/search.py).
    order_key: Mapped[int] = mapped_column(BigInteger, unique=True)
    reg_date: Mapped[date] = mapped_column(index=True)
    referral: Mapped[str] = mapped_column(String(32))
    stage: Mapped[str] = mapped_column(String(32))
    category: Mapped[str] = mapped_column(String(64), index=True)
    subject: Mapped[str] = mapped_column(Text)
    claim_amount_tiyn: Mapped[int | None] = mapped_column(BigInteger)
    status: Mapped[str] = mapped_column(String(16))
    contract_date: Mapped[date | None]
    extensions: Mapped[int] = mapped_column(Integer, default=0)
    deadline: Mapped[date | None]
    outcome: Mapped[str | None] = mapped_column(String(32))
    closed_date: Mapped[date | None]
    notes: Mapped[str] = mapped_column(Text, default="")
    # Fingerprint of the journal row a case was imported from, so a re-import adds nothing.
    import_key: Mapped[str | None] = mapped_column(String(64), unique=True)

    __table_args__ = (Index("ix_cases_status_deadline", "status", "deadline"),)


class PartyRow(Synced, Base):
    __tablename__ = "parties"
    case_id: Mapped[UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))
    role: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(Text)
    identifier: Mapped[str] = mapped_column(String(12), default="", index=True)
    address: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    representative: Mapped[str] = mapped_column(Text, default="")
    representative_basis: Mapped[str] = mapped_column(Text, default="")


class CaseMediatorRow(Synced, Base):
    __tablename__ = "case_mediators"
    case_id: Mapped[UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    mediator_id: Mapped[UUID] = mapped_column(ForeignKey("mediators.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)


class MediationSessionRow(Synced, Base):
    __tablename__ = "mediation_sessions"
    case_id: Mapped[UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    held_on: Mapped[date]
    place: Mapped[str] = mapped_column(Text, default="")
    attended: Mapped[list]  # ids of the parties who came
    notes: Mapped[str] = mapped_column(Text, default="")


class ObligationRow(Synced, Base):
    __tablename__ = "obligations"
    case_id: Mapped[UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    debtor_id: Mapped[UUID] = mapped_column(ForeignKey("parties.id"))
    creditor_id: Mapped[UUID | None] = mapped_column(ForeignKey("parties.id"))
    description: Mapped[str] = mapped_column(Text)
    amount_tiyn: Mapped[int | None] = mapped_column(BigInteger)
    due_date: Mapped[date | None] = mapped_column(index=True)
    fulfilment: Mapped[str] = mapped_column(String(32))
    fulfilled_on: Mapped[date | None]


class CaseDocumentRow(Synced, Base):
    """A signed paper printed for a case: what it said (the hash in its QR code), and when."""

    __tablename__ = "case_documents"
    case_id: Mapped[UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    language: Mapped[str] = mapped_column(String(8))
    content_hash: Mapped[str] = mapped_column(String(64))
    printed_at: Mapped[datetime]


class CaseCounterRow(Base):
    """The last sequence number given per office and year; local, never synced."""

    __tablename__ = "case_counters"
    office_code: Mapped[str] = mapped_column(String(12), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_sequence: Mapped[int] = mapped_column(Integer)


class SyncClockRow(Base):
    """This database's change counter (one row): each write transaction takes the next value,
    and the triggers stamp it on every synced row the transaction changes (store/changes.py)."""

    __tablename__ = "sync_clock"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    site: Mapped[str | None] = mapped_column(String(12))  # this site's code in version vectors
    seq: Mapped[int] = mapped_column(Integer)


class SyncPeerRow(Base):
    """A site this one exchanges bundles with: the centre (at an office), each office (at the
    centre). Keys are pinned here; watermarks say what each side has of the other's changes."""

    __tablename__ = "sync_peers"
    code: Mapped[str] = mapped_column(String(12), primary_key=True)
    role: Mapped[str] = mapped_column(String(8))  # "centre" or "office"
    name_kk: Mapped[str] = mapped_column(Text, default="")
    name_ru: Mapped[str] = mapped_column(Text, default="")
    epoch: Mapped[int] = mapped_column(Integer, default=1)  # enrolment: a new key, a new epoch
    identity: Mapped[dict | None] = mapped_column(JSON)  # PublicIdentity, once introduced
    token: Mapped[str | None] = mapped_column(String(64))  # enrolment secret until introduced
    received_to: Mapped[int] = mapped_column(Integer, default=0)  # their changes applied here
    acked_to: Mapped[int] = mapped_column(Integer, default=0)  # our changes they have applied
    sent_sequence: Mapped[int] = mapped_column(Integer, default=0)  # last bundle made for them
    enrolled_at: Mapped[datetime]
    last_bundle_at: Mapped[datetime | None]
    # Bundles refused for reusing a number with other content: [{"sequence", "at"}]
    flagged: Mapped[list] = mapped_column(JSON, default=list, server_default="[]")


class SyncLedgerRow(Base):
    """Every bundle received: applied, or held until the changes before it arrive."""

    __tablename__ = "sync_ledger"
    origin: Mapped[str] = mapped_column(String(12), primary_key=True)
    epoch: Mapped[int] = mapped_column(Integer, primary_key=True)
    sequence: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64))
    from_seq: Mapped[int] = mapped_column(Integer)
    to_seq: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(8))  # "applied" or "held"
    received_at: Mapped[datetime]
    applied_at: Mapped[datetime | None]
    counts: Mapped[dict]  # per outcome (added, updated, ...): no personal data
    held: Mapped[bytes | None] = mapped_column(LargeBinary)  # the file, while it waits


class SyncConflictRow(Base):
    """A row changed in two places at once: both versions kept until a person decides."""

    __tablename__ = "sync_conflicts"
    id: Mapped[UUID] = mapped_column(primary_key=True)
    table_name: Mapped[str] = mapped_column(String(32))
    row_id: Mapped[UUID] = mapped_column(index=True)
    case_id: Mapped[UUID | None] = mapped_column(index=True)
    peer: Mapped[str] = mapped_column(String(12))
    local_clock: Mapped[dict]
    remote_clock: Mapped[dict]
    remote_deleted: Mapped[bool] = mapped_column(Boolean)
    remote_values: Mapped[dict]
    detected_at: Mapped[datetime]
    resolved_at: Mapped[datetime | None]


class SettingRow(Base):
    """Domain settings of this installation: the local office, reference-data overrides."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[dict]


__all__ = ["Base", "UniqueConstraint"]
