"""Online backups of the live database: a consistent snapshot of what was committed."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from desktop.core.register import CaseQuery
from desktop.store.backup import backup_database


def scalar(path: Path, sql: str):
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute(sql).fetchone()[0]


def test_backup_of_a_live_database_copies_committed_data(app, make_case, tmp_path: Path):
    for seed in range(3):
        app.cases.register(make_case(seed=seed + 1))
    wal = Path(f"{app.db.path}-wal")
    assert wal.exists() and wal.stat().st_size > 0, "committed pages still wait in the WAL"
    writer = sqlite3.connect(app.db.path, isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("UPDATE cases SET subject = 'not committed'")
        writer.execute("INSERT INTO settings (key, value) VALUES ('uncommitted', '{}')")
        copy = backup_database(app.db.path, tmp_path / "copies" / "backup.sqlite3")
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert copy == tmp_path / "copies" / "backup.sqlite3"
    assert not Path(f"{copy}.partial").exists()
    assert scalar(copy, "PRAGMA integrity_check") == "ok"
    assert scalar(copy, "SELECT count(*) FROM cases") == 3
    assert scalar(copy, "SELECT count(*) FROM parties") == 6
    assert scalar(copy, "SELECT count(*) FROM cases WHERE subject = 'not committed'") == 0
    assert scalar(copy, "SELECT count(*) FROM settings WHERE key = 'uncommitted'") == 0
    # The program carried on: the live database still works and holds the same cases.
    assert app.cases.count(CaseQuery()) == 3


def test_backup_replaces_an_older_backup_of_the_same_name(app, make_case, tmp_path: Path):
    target = tmp_path / "backup.sqlite3"
    app.cases.register(make_case(seed=1))
    backup_database(app.db.path, target)
    app.cases.register(make_case(seed=2))
    backup_database(app.db.path, target)
    assert scalar(target, "SELECT count(*) FROM cases") == 2
