"""Domain settings kept in the database (preferences of the screen live in QSettings)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop.store.schema import SettingRow


def get_setting(session: Session, key: str) -> dict | None:
    row = session.get(SettingRow, key)
    return None if row is None else row.value


def put_setting(session: Session, key: str, value: dict) -> None:
    row = session.get(SettingRow, key)
    if row is None:
        session.add(SettingRow(key=key, value=value))
    else:
        row.value = value
    session.flush()
