"""Copies of the live database through SQLite's online backup API, never a file copy.

A file copy of a database in WAL mode can miss committed pages still in the -wal file; the backup
API copies a consistent snapshot while the program keeps running.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

KEEP_BACKUPS = 10


def backup_database(source: Path, destination: Path) -> Path:
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(destination.name + ".partial")
    # A copy cut short by a crash or power cut may be left behind; it is no database to write to.
    partial.unlink(missing_ok=True)
    src = sqlite3.connect(source)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    os.replace(partial, destination)  # a half-written backup never carries the final name
    return destination


def backup_before_migration(database: Path, backups_dir: Path, revision: str) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = backups_dir / f"{database.stem}-{stamp}-schema-{revision}.sqlite3"
    backup_database(database, target)
    rotate(backups_dir, database.stem, KEEP_BACKUPS)
    return target


def rotate(backups_dir: Path, stem: str, keep: int) -> None:
    """Keep the newest `keep` backups of a database; the names sort by time."""
    backups = sorted(backups_dir.glob(f"{stem}-*-schema-*.sqlite3"))
    for old in backups[:-keep]:
        old.unlink()
