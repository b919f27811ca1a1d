"""Bring a database file to the schema this program knows, safely.

Before any migration of a database that already holds data, an online backup is taken; a
database whose schema is newer than this program is refused untouched, because an older program
writing to it could lose what the newer one stored.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from desktop.core.errors import DomainError
from desktop.store.backup import backup_before_migration

MIGRATIONS = Path(__file__).parent / "migrations"


class SchemaTooNewError(DomainError):
    pass


@dataclass(frozen=True)
class MigrationResult:
    before: str | None
    after: str
    backup: Path | None


def _config(migrations: Path) -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations))
    return config


def head_revision(migrations: Path = MIGRATIONS) -> str:
    head = ScriptDirectory.from_config(_config(migrations)).get_current_head()
    assert head is not None, "the package ships no migrations"
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, database: Path, backups_dir: Path,
            migrations: Path = MIGRATIONS) -> MigrationResult:
    config = _config(migrations)
    script = ScriptDirectory.from_config(config)
    head = head_revision(migrations)
    before = current_revision(engine)
    if before == head:
        return MigrationResult(before, head, None)
    known = {rev.revision for rev in script.walk_revisions()}
    if before is not None and before not in known:
        raise SchemaTooNewError(
            f"the database {database} has schema version {before}, newer than this program "
            f"(which knows up to {head}); install the newer Kelisim to open it")
    backup = None
    if before is not None:
        backup = backup_before_migration(database, backups_dir, before)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return MigrationResult(before, head, backup)
