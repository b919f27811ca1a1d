"""The SQLite database file: engine, connection pragmas and transactions.

Reads begin DEFERRED so they never wait on a writer (WAL); writes begin IMMEDIATE so two writers
queue on busy_timeout instead of failing half way with "database is locked".
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event, text
from sqlalchemy.exc import DatabaseError, IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from desktop.core.errors import ConflictError, DomainError
from desktop.core.messages import problem

BUSY_TIMEOUT_MS = 10_000
_NEXT_CHANGE = text("UPDATE sync_clock SET seq = seq + 1 WHERE id = 1")


def on_network_drive(path: Path) -> bool:
    """A shared folder (\\\\server\\share) or, on Windows, a drive letter mapped to one."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return True
    if sys.platform == "win32":
        import ctypes

        drive = os.path.splitdrive(os.path.abspath(text))[0]
        return bool(drive) and ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == 4  # REMOTE
    return False


class DatabaseUnusableError(DomainError):
    """The file cannot be read or written: damaged, read-only, not a database, disk full."""


def unusable(path: Path, error: DatabaseError) -> DatabaseUnusableError:
    # SQLite's own words (no data in them: parameters are hidden) say what is wrong; the usual
    # ones are said in words the window can translate.
    words = str(error.orig)
    return DatabaseUnusableError(problem(
        "the database {path} cannot be used: {reason}; if it is damaged, restore the newest copy "
        "from the backups folder", path=path, reason=_SQLITE_REASONS.get(words.lower(), words)))


_SQLITE_REASONS = {
    "database disk image is malformed": problem("the file is damaged"),
    "file is not a database": problem("the file is not a Kelisim database"),
    "attempt to write a readonly database": problem("the file may not be written to"),
    "unable to open database file": problem("the file cannot be opened"),
    "disk i/o error": problem("the disk could not be read or written"),
    "database or disk is full": problem("the disk is full"),
}


class Database:
    def __init__(self, path: Path):
        self.path = path
        # WAL needs shared memory that network file systems do not give: there the classic
        # rollback journal is the safe one (slower, but it does not corrupt the file).
        self.journal_mode = "DELETE" if on_network_drive(path) else "WAL"
        # hide_parameters: SQL errors must never carry personal data into logs or reports.
        # URL.create, not an f-string: a folder named with ? or %20 must not be parsed as a URL.
        self.engine = create_engine(URL.create("sqlite", database=str(path)),
                                    hide_parameters=True)
        _install_pragmas(self.engine, self.journal_mode)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One user action: everything in the block is committed together or not at all."""
        with self._sessions() as session:
            session.connection(execution_options={"sqlite_begin": "BEGIN IMMEDIATE"})
            try:
                # The next change counter: the triggers stamp it on every synced row this
                # transaction changes, so an export finds them (store/changes.py).
                session.execute(_NEXT_CHANGE)
                yield session
                session.commit()
            except IntegrityError as error:
                session.rollback()
                # Layers above speak of the domain, not of SQL constraints.
                raise ConflictError(problem(
                    "the change collides with a record already stored (a duplicate); nothing "
                    "was saved")) from error
            except DatabaseError as error:
                session.rollback()
                raise unusable(self.path, error) from error
            except BaseException:
                session.rollback()
                raise

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._sessions() as session:
            try:
                yield session
            except DatabaseError as error:
                raise unusable(self.path, error) from error
            finally:
                session.rollback()

    def dispose(self) -> None:
        self.engine.dispose()


def _install_pragmas(engine: Engine, journal_mode: str) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide when a transaction begins.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        # busy_timeout first: switching to WAL already needs a lock another process may hold.
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA journal_mode = {journal_mode}")
        # FULL: a power cut loses at most the transaction in progress, never a committed one.
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql(connection.get_execution_options().get("sqlite_begin", "BEGIN"))
