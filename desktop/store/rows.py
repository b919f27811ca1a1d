"""Helpers shared by the repositories: timestamps, sync columns, money in tiyn."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from uuid import UUID


def utc_now() -> datetime:
    return datetime.now(UTC)


def new_row(row_id: UUID, origin: str, now: datetime) -> dict:
    return {"id": row_id, "origin": origin, "created_at": now, "updated_at": now, "version": 1,
            "deleted_at": None, "updated_by": None}


def to_tiyn(amount: Decimal | None) -> int | None:
    # Money is kept as whole tiyn (1/100 tenge) so sums never drift through floating point.
    return None if amount is None else int((amount * 100).to_integral_value())


def from_tiyn(tiyn: int | None) -> Decimal | None:
    return None if tiyn is None else (Decimal(tiyn) / 100).quantize(Decimal("0.01"))
