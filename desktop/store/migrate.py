"""Bring a database file to the schema this program knows, safely.

Before any migration of a database that already holds data, an online backup is taken; a
database whose schema is newer than this program is refused untouched, because an older program
writing to it could lose what the newer one stored.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DatabaseError

from desktop.core.errors import DomainError
from desktop.core.messages import problem
from desktop.store.backup import backup_before_migration
from desktop.store.database import unusable

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

MIGRATIONS = Path(__file__).parent / "migrations"
# The newest revision in migrations/versions (a test keeps the two equal). A start that finds
# the file at this version skips loading Alembic, about a tenth of a second of every start.
SCHEMA_HEAD = "0003"


class SchemaTooNewError(DomainError):
    pass


@dataclass(frozen=True)
class MigrationResult:
    before: str | None
    after: str
    backup: Path | None


def _config(migrations: Path) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations))
    return config


def head_revision(migrations: Path = MIGRATIONS) -> str:
    from alembic.script import ScriptDirectory

    return _head(ScriptDirectory.from_config(_config(migrations)))


def _head(script: ScriptDirectory) -> str:
    head = script.get_current_head()
    assert head is not None, "the package ships no migrations"
    return head


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def _peek_revision(database: Path) -> str | None:
    """The schema version in an SQLite file, read without writing a byte to it.

    The engine's first connection switches the file to WAL (a change of its header), so a file
    that is to be refused untouched must be judged before the engine connects.
    """
    if not database.is_file():
        return None
    connection = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True)
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError:  # no version table yet, or not a database: upgrade will say
        return None
    finally:
        connection.close()
    return None if row is None else str(row[0])


def _refuse_unknown(revision: str | None, known: set[str], database: Path, head: str) -> None:
    if revision is not None and revision not in known:
        raise SchemaTooNewError(problem(
            "the database {path} has schema version {revision}, newer than this program (which "
            "knows up to {head}); install the newer Kelisim to open it",
            path=database, revision=revision, head=head))


def _set_foreign_keys(connection: Connection, on: bool) -> None:
    # On the DBAPI connection, outside any transaction: SQLite ignores this pragma inside one.
    cursor = connection.connection.cursor()
    try:
        cursor.execute(f"PRAGMA foreign_keys = {'ON' if on else 'OFF'}")
    finally:
        cursor.close()


def upgrade(engine: Engine, database: Path, backups_dir: Path,
            migrations: Path = MIGRATIONS) -> MigrationResult:
    try:
        if (migrations == MIGRATIONS and engine.dialect.name == "sqlite"
                and _peek_revision(database) == SCHEMA_HEAD):
            return MigrationResult(SCHEMA_HEAD, SCHEMA_HEAD, None)  # the usual start
        return _upgrade(engine, database, backups_dir, migrations)
    except DatabaseError as error:
        raise unusable(database, error) from error


def _upgrade(engine: Engine, database: Path, backups_dir: Path,
             migrations: Path) -> MigrationResult:
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    config = _config(migrations)
    script = ScriptDirectory.from_config(config)
    head = _head(script)
    known = {rev.revision for rev in script.walk_revisions()}
    if engine.dialect.name == "sqlite":
        _refuse_unknown(_peek_revision(database), known, database, head)
    # Most starts find the schema current: they need no write lock, so they read it first.
    before = current_revision(engine)
    if before == head:
        return MigrationResult(before, head, None)
    _refuse_unknown(before, known, database, head)
    backup = None
    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            # SQLite alters a table by copying it and dropping the original; with foreign keys
            # on, dropping a table that other rows reference fails (see SQLite's 12-step recipe
            # for ALTER TABLE). The keys are checked before the migration commits.
            _set_foreign_keys(connection, False)
            # Take the write lock first (waiting out busy_timeout): a second copy of the program
            # started at the same moment then waits here and finds the work done.
            connection = connection.execution_options(sqlite_begin="BEGIN IMMEDIATE")
        try:
            with connection.begin():
                before = MigrationContext.configure(connection).get_current_revision()
                if before == head:
                    return MigrationResult(before, head, None)
                _refuse_unknown(before, known, database, head)
                if before is not None:
                    # The online backup reads beside our lock; WAL lets readers in.
                    backup = backup_before_migration(database, backups_dir, before)
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
                if sqlite and (broken := connection.exec_driver_sql(
                        "PRAGMA foreign_key_check").fetchall()):
                    raise RuntimeError(f"migration to {head} broke {len(broken)} foreign key(s) "
                                       f"(first in table {broken[0][0]}); nothing was changed")
        finally:
            if sqlite:
                _set_foreign_keys(connection, True)
    return MigrationResult(before, head, backup)
