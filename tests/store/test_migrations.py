"""Schema migrations: a new database at head, every released fixture migrating, a backup first,
and a newer database refused untouched."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from desktop.app import open_app
from desktop.config import DATABASE_FILE
from desktop.core.case import Case
from desktop.core.party import Party
from desktop.core.register import CaseQuery
from desktop.documents.material import Kind, verification_code
from desktop.store import backup as backup_module
from desktop.store.backup import KEEP_BACKUPS, rotate
from desktop.store.database import Database
from desktop.store.migrate import (
    MIGRATIONS,
    SCHEMA_HEAD,
    SchemaTooNewError,
    current_revision,
    head_revision,
    upgrade,
)
from desktop.store.schema import Base

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SCHEMA_FIXTURES = sorted(FIXTURES.glob("schema_*.sqlite3"))
FIRST_FIXTURE = FIXTURES / "schema_0001.sqlite3"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def stored_revision(path: Path) -> str | None:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        connection.close()


def count(path: Path, table: str) -> int:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        connection.close()


def copy_fixture(source: Path, tmp_path: Path) -> Path:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    target = data_dir / DATABASE_FILE
    shutil.copyfile(source, target)
    return target


NEXT_REVISION = f"{int(SCHEMA_HEAD) + 1:04d}"


def migrations_with(tmp_path: Path, next_revision: str) -> Path:
    """A copy of the shipped migrations plus one more revision, as a later release would add."""
    migrations = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS, migrations, ignore=shutil.ignore_patterns("__pycache__"))
    (migrations / "versions" / f"{NEXT_REVISION}_test_change.py").write_text(
        '"""test revision"""\n\nimport sqlalchemy as sa\nfrom alembic import op\n\n'
        f'revision = "{NEXT_REVISION}"\ndown_revision = "{SCHEMA_HEAD}"\n'
        "branch_labels = None\ndepends_on = None\n\n\n"
        f"def upgrade() -> None:\n{next_revision}\n\n\ndef downgrade() -> None:\n    pass\n",
        encoding="utf-8")
    return migrations


ADD_OFFICE_COLUMN = """\
    with op.batch_alter_table("offices") as batch_op:
        batch_op.add_column(sa.Column("fax", sa.String(40), nullable=True))"""


# --- a new database --------------------------------------------------------------------------

def test_a_new_database_is_created_at_head(bare_app):
    assert current_revision(bare_app.db.engine) == head_revision()
    with bare_app.db.engine.connect() as connection:
        names = set(connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table'").scalars())
    assert {"cases", "parties", "obligations", "mediators", "offices", "case_search",
            "alembic_version"} <= names
    assert not (bare_app.data_dir / "backups").exists() or not any(
        (bare_app.data_dir / "backups").iterdir()), "a new database needs no backup"


def test_models_and_migrations_agree(bare_app):
    """Alembic's autogenerate finds nothing to do: schema.py and the migrations describe the same
    database (the FTS index is not a model and is left out)."""
    def include(obj, name, type_, reflected, compare_to) -> bool:
        return not (name or "").startswith("case_search")

    with bare_app.db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={
            "include_object": include, "compare_type": True, "render_as_batch": True})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_the_known_head_is_the_newest_migration():
    # A start that finds SCHEMA_HEAD skips Alembic: a new migration must move it too.
    assert head_revision() == SCHEMA_HEAD


def test_a_start_at_head_does_not_load_alembic(tmp_path):
    open_app(tmp_path / "data").close()
    script = ("import sys; from pathlib import Path; from desktop.app import open_app; "
              f"open_app(Path({str(tmp_path / 'data')!r})).close(); "
              "print('alembic' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "False"


def test_reopening_a_database_at_head_changes_nothing(tmp_path):
    open_app(tmp_path / "data").close()
    app = open_app(tmp_path / "data")
    try:
        assert current_revision(app.db.engine) == head_revision()
        assert not (tmp_path / "data" / "backups").exists() or not any(
            (tmp_path / "data" / "backups").iterdir())
    finally:
        app.close()


def test_the_migrations_downgrade_to_nothing_and_back(bare_app):
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with bare_app.db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "base")
    with bare_app.db.engine.connect() as connection:
        names = set(connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table'").scalars())
    assert names == {"alembic_version"}
    assert current_revision(bare_app.db.engine) is None
    result = upgrade(bare_app.db.engine, bare_app.db.path, bare_app.data_dir / "backups")
    assert (result.before, result.after, result.backup) == (None, head_revision(), None)


# --- the committed fixture of every released schema version ----------------------------------

def test_every_released_schema_version_has_a_fixture():
    script = ScriptDirectory(str(MIGRATIONS))
    revisions = {rev.revision for rev in script.walk_revisions()}
    have = {path.stem.removeprefix("schema_") for path in SCHEMA_FIXTURES}
    assert revisions <= have, ("run python tests/fixtures/make_schema_fixtures.py for "
                               f"{sorted(revisions - have)}")


@pytest.mark.parametrize("fixture", SCHEMA_FIXTURES, ids=lambda p: p.stem)
def test_fixture_is_small_and_self_contained(fixture: Path):
    assert fixture.stat().st_size < 300_000
    assert not Path(f"{fixture}-wal").exists()
    header = fixture.read_bytes()[:100]
    assert header.startswith(b"SQLite format 3\x00")
    assert header[18:20] == b"\x01\x01", "commit the fixture in rollback-journal (DELETE) mode"


@pytest.mark.parametrize("fixture", SCHEMA_FIXTURES, ids=lambda p: p.stem)
def test_every_released_schema_version_migrates(fixture: Path, tmp_path: Path):
    expected = json.loads(fixture.with_suffix(".expected.json").read_text(encoding="utf-8"))
    database = copy_fixture(fixture, tmp_path)
    fixture_hash = sha256(fixture)
    app = open_app(database.parent)
    try:
        assert current_revision(app.db.engine) == head_revision()
        assert app.office.require().code == expected["office_code"]
        assert app.office.require().phone == expected.get("office_phone", "")  # 0002 on
        documents = app.documents()
        assert sorted(m.full_name for m in app.mediators.list()) == expected["mediators"]
        assert app.cases.count(CaseQuery()) == len(expected["cases"])
        for want in expected["cases"]:
            case = app.cases.get_by_number(want["number"])
            assert case.status.value == want["status"]
            assert (case.outcome.value if case.outcome else None) == want["outcome"]
            assert case.reg_date.isoformat() == want["reg_date"]
            assert (case.deadline.isoformat() if case.deadline else None) == want["deadline"]
            assert case.extensions == want["extensions"]
            assert (str(case.claim_amount) if case.claim_amount is not None
                    else None) == want["claim_amount"]
            assert [p.name for p in case.parties] == want["parties"]  # Kazakh letters intact
            assert [p.identifier for p in case.parties] == want["identifiers"]
            assert len(case.mediator_ids) == want["mediators"]
            assert len(case.sessions) == want["sessions"]
            assert [[o.description, o.fulfilment.value]
                    for o in case.obligations] == want["obligations"]
            for name in want["parties"]:
                surname = name.split()[0].strip("«»")
                found = app.cases.ids(CaseQuery(search=surname.upper()))
                assert case.id in found, f"search for {surname.upper()!r}"
            assert case.id in app.cases.ids(CaseQuery(search=want["identifiers"][0][:6]))
            assert app.cases.ids(CaseQuery(search=want["number"])) == [case.id]
            history = documents.history(case.id)
            assert [[p.kind, p.language, p.content_hash]
                    for p in history] == want.get("printed", [])
            for printed in history:  # the paper still checks against the migrated record
                found = documents.verify(verification_code(
                    Kind(printed.kind), case.id, printed.content_hash))
                assert found.matches and found.printed_at == (printed.printed_at,)
        letters = "".join(name for c in expected["cases"] for name in c["parties"]).lower()
        assert set("әғқңөұүһі") <= set(letters)
        summaries = list(app.cases.iter_summaries(app.cases.ids(CaseQuery())))
        assert {s.number for s in summaries} == {c["number"] for c in expected["cases"]}
        # The migrated database keeps working: a new case gets the next number of its year.
        year = max(int(c["number"].split("-")[1]) for c in expected["cases"])
        last = max(int(c["number"].split("-")[2]) for c in expected["cases"]
                   if c["number"].split("-")[1] == str(year))
        template = app.cases.get_by_number(expected["cases"][0]["number"])
        app.office.clock = lambda: date(year, 12, 31)
        new = app.cases.register(Case(reg_date=date(year, 12, 1), category="other",
                                      subject="Жаңа іс", parties=[
                                          Party(p.name, p.role, p.kind, p.identifier)
                                          for p in template.parties]))
        assert new.number == f"{expected['office_code']}-{year}-{last + 1:04d}"
    finally:
        app.close()
    assert sha256(fixture) == fixture_hash, "the committed fixture itself must never change"
    revision = fixture.stem.removeprefix("schema_")
    backups = list((database.parent / "backups").glob("*.sqlite3"))
    assert len(backups) == (0 if revision == head_revision() else 1)


def rows(path: Path) -> dict[str, set[tuple]]:
    """Every row of every table (the full-text index's own tables left out)."""
    with closing(sqlite3.connect(path)) as connection:
        tables = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                    "AND name NOT LIKE 'case_search%'").fetchall()
        return {name: set(connection.execute(f'SELECT * FROM "{name}"'))
                for (name,) in tables if name != "alembic_version"}


def test_0001_to_0002_keeps_every_row(tmp_path: Path):
    """Exactly 0002, whatever later revisions do: a table of printed papers, the office's phone."""
    database = copy_fixture(FIRST_FIXTURE, tmp_path)
    before = rows(database)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    db = Database(database)
    try:
        with db.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "0002")
    finally:
        db.dispose()
    after = rows(database)
    assert stored_revision(database) == "0002"
    assert after.pop("case_documents") == set()
    # The offices gained the phone column, empty; nothing else changed.
    with closing(sqlite3.connect(database)) as connection:
        assert [r[1] for r in connection.execute("PRAGMA table_info(offices)")][-1] == "phone"
    offices = after.pop("offices")
    assert {row[-1] for row in offices} == {""}
    assert {row[:-1] for row in offices} == before.pop("offices")
    assert after == before
    assert sum(map(len, before.values())) > 30


# --- backup before migrating -----------------------------------------------------------------

def test_backup_before_migrating_to_a_new_revision(tmp_path: Path):
    migrations = migrations_with(tmp_path, ADD_OFFICE_COLUMN)
    database = copy_fixture(FIRST_FIXTURE, tmp_path)
    cases_before = count(database, "cases")
    backups_dir = tmp_path / "backups"
    db = Database(database)
    try:
        result = upgrade(db.engine, database, backups_dir, migrations=migrations)
    finally:
        db.dispose()
    assert (result.before, result.after) == ("0001", NEXT_REVISION)
    assert result.backup is not None and result.backup.parent == backups_dir
    assert list(backups_dir.glob("*.sqlite3")) == [result.backup]
    assert result.backup.name.endswith("-schema-0001.sqlite3")
    # The backup is a sound database at the old revision, with the same cases.
    check = sqlite3.connect(result.backup)
    try:
        assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        office_columns = {row[1] for row in check.execute("PRAGMA table_info(offices)")}
    finally:
        check.close()
    assert stored_revision(result.backup) == "0001"
    assert "fax" not in office_columns
    assert count(result.backup, "cases") == cases_before
    # The database itself moved on.
    assert stored_revision(database) == NEXT_REVISION
    with sqlite3.connect(database) as check:
        assert "fax" in {row[1] for row in check.execute("PRAGMA table_info(offices)")}
    assert count(database, "cases") == cases_before


def test_rotation_keeps_the_newest_backups(tmp_path: Path):
    migrations = migrations_with(tmp_path, ADD_OFFICE_COLUMN)
    database = copy_fixture(FIRST_FIXTURE, tmp_path)
    backups_dir = tmp_path / "backups"
    backups_dir.mkdir()
    stem = database.stem
    fakes = [backups_dir / f"{stem}-2020{month:02d}01T000000000000Z-schema-0001.sqlite3"
             for month in range(1, KEEP_BACKUPS + 3)]  # older than any new backup
    for fake in fakes:
        fake.write_bytes(b"old backup")
    unrelated = backups_dir / "other-20200101T000000000000Z-schema-0001.sqlite3"
    unrelated.write_bytes(b"another database's backup")
    db = Database(database)
    try:
        result = upgrade(db.engine, database, backups_dir, migrations=migrations)
    finally:
        db.dispose()
    kept = sorted(backups_dir.glob(f"{stem}-*-schema-*.sqlite3"))
    assert len(kept) == KEEP_BACKUPS
    assert result.backup in kept
    assert kept[-1] == result.backup  # the newest sorts last
    gone = fakes[:len(fakes) + 1 - KEEP_BACKUPS]
    assert not any(path.exists() for path in gone), "the oldest backups go first"
    assert all(path.exists() for path in fakes[len(gone):])
    assert unrelated.exists()


def test_rotate_alone(tmp_path: Path):
    names = [tmp_path / f"db-2026010{i}T000000000000Z-schema-0001.sqlite3" for i in range(1, 6)]
    for name in names:
        name.write_bytes(b"x")
    rotate(tmp_path, "db", 2)
    assert sorted(tmp_path.iterdir()) == names[-2:]


def test_a_migration_that_rebuilds_a_referenced_table(tmp_path: Path):
    """SQLite alters a table by copying it; `cases` is referenced by parties, sessions and terms.
    The migration must run with foreign keys off, check them, and switch them back on."""
    migrations = migrations_with(tmp_path, """\
    with op.batch_alter_table("cases", recreate="always") as batch_op:
        batch_op.add_column(sa.Column("court_number", sa.String(40), nullable=True))""")
    database = copy_fixture(FIRST_FIXTURE, tmp_path)
    parties_before = count(database, "parties")
    db = Database(database)
    try:
        result = upgrade(db.engine, database, tmp_path / "backups", migrations=migrations)
        assert result.after == NEXT_REVISION
        with db.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
    finally:
        db.dispose()
    assert count(database, "parties") == parties_before


def test_a_migration_that_breaks_foreign_keys_changes_nothing(tmp_path: Path):
    migrations = migrations_with(tmp_path, '    op.execute("DELETE FROM cases")')
    database = copy_fixture(FIRST_FIXTURE, tmp_path)
    cases_before = count(database, "cases")
    db = Database(database)
    try:
        with pytest.raises(RuntimeError, match="foreign key"):
            upgrade(db.engine, database, tmp_path / "backups", migrations=migrations)
        assert current_revision(db.engine) == "0001"
        with db.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        db.dispose()
    assert count(database, "cases") == cases_before


def test_a_backup_cut_short_earlier_does_not_block_the_next(tmp_path: Path, monkeypatch):
    """A power cut during a backup leaves a .partial file; the next start must not trip on it."""
    migrations = migrations_with(tmp_path, ADD_OFFICE_COLUMN)
    database = copy_fixture(FIRST_FIXTURE, tmp_path)
    leftovers: list[Path] = []
    real = backup_module.backup_database

    def after_a_power_cut(source: Path, destination: Path) -> Path:
        partial = destination.with_name(destination.name + ".partial")
        partial.parent.mkdir(parents=True, exist_ok=True)
        partial.write_bytes(b"\x00half a page of an interrupted copy" * 100)
        leftovers.append(partial)
        return real(source, destination)

    monkeypatch.setattr(backup_module, "backup_database", after_a_power_cut)
    db = Database(database)
    try:
        result = upgrade(db.engine, database, tmp_path / "backups", migrations=migrations)
    finally:
        db.dispose()
    assert result.backup is not None and stored_revision(result.backup) == "0001"
    assert leftovers and not leftovers[0].exists()


# --- a database newer than the program -------------------------------------------------------

@pytest.mark.parametrize("journal_mode", ["delete", "wal"])
def test_a_newer_database_is_refused_untouched(tmp_path: Path, journal_mode: str):
    database = copy_fixture(FIRST_FIXTURE, tmp_path)
    connection = sqlite3.connect(database, isolation_level=None)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.execute(f"PRAGMA journal_mode = {journal_mode}")
    connection.close()
    before = sha256(database)
    with pytest.raises(SchemaTooNewError) as refused:
        open_app(database.parent)
    message = str(refused.value)
    assert "9999" in message and head_revision() in message
    assert sha256(database) == before, "a refused database must not change by a single byte"
    assert not (database.parent / "backups").exists() or not any(
        (database.parent / "backups").iterdir())
    assert stored_revision(database) == "9999"


# --- connections -----------------------------------------------------------------------------

EXPECTED_PRAGMAS = {"foreign_keys": 1, "journal_mode": "wal", "busy_timeout": 10000,
                    "synchronous": 2}


def pragmas(connection) -> dict:
    return {name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in EXPECTED_PRAGMAS}


def test_pragmas_on_every_connection(app):
    engine = app.db.engine
    with engine.connect() as first, engine.connect() as second:
        assert pragmas(first) == EXPECTED_PRAGMAS
        assert pragmas(second) == EXPECTED_PRAGMAS
    engine.dispose()  # a fresh connection after the pool is emptied gets them too
    with engine.connect() as third:
        assert pragmas(third) == EXPECTED_PRAGMAS
    with app.db.read() as session:
        assert pragmas(session.connection()) == EXPECTED_PRAGMAS
    with app.db.write() as session:
        assert pragmas(session.connection()) == EXPECTED_PRAGMAS


def test_writes_begin_immediate_and_reads_deferred(app):
    from sqlalchemy import event, text

    statements: list[str] = []

    def record(conn, cursor, statement, *args) -> None:
        statements.append(statement)

    event.listen(app.db.engine, "before_cursor_execute", record)
    try:
        with app.db.write() as session:
            session.execute(text("SELECT 1"))
        with app.db.read() as session:
            session.execute(text("SELECT 2"))
    finally:
        event.remove(app.db.engine, "before_cursor_execute", record)
    # A write takes the next change counter first (sync: store/changes.py); a read writes nothing.
    assert statements == ["BEGIN IMMEDIATE", "UPDATE sync_clock SET seq = seq + 1 WHERE id = 1",
                          "SELECT 1", "BEGIN", "SELECT 2"]


def test_a_failed_write_leaves_nothing(app):
    from sqlalchemy import text

    with pytest.raises(ZeroDivisionError), app.db.write() as session:
        session.execute(text("INSERT INTO settings (key, value) VALUES ('x', '{}')"))
        raise ZeroDivisionError
    with app.db.read() as session:
        assert session.execute(text("SELECT count(*) FROM settings WHERE key = 'x'")).scalar() == 0


@pytest.mark.parametrize("folder", ["Медиация #1", "a?b=c", "report%20files", "100% & more"])
def test_a_folder_with_an_awkward_name(tmp_path: Path, make_case, folder: str):
    """Neither the engine URL nor the read-only file: URI may misread the path."""
    data_dir = tmp_path / folder
    app = open_app(data_dir)
    try:
        app.office.update(code="KRG01", name_kk="Кабинет", name_ru="Кабинет")
        app.cases.register(make_case())
    finally:
        app.close()
    database = data_dir / DATABASE_FILE
    assert sorted(p.name for p in tmp_path.iterdir()) == [folder]
    assert count(database, "cases") == 1
    with closing(sqlite3.connect(database)) as connection, connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(SchemaTooNewError, match="9999"):
        open_app(data_dir)


def test_two_writers_queue_instead_of_failing(app):
    """BEGIN IMMEDIATE plus busy_timeout: the second writer waits for the first, then writes."""
    import threading
    import time

    from sqlalchemy import text

    other = Database(app.db.path)
    holding = threading.Event()

    def first_writer() -> None:
        with other.write() as session:
            session.execute(text("INSERT INTO settings (key, value) VALUES ('first', '{}')"))
            holding.set()
            time.sleep(0.3)

    thread = threading.Thread(target=first_writer)
    thread.start()
    try:
        assert holding.wait(5)
        started = time.monotonic()
        with app.db.write() as session:
            session.execute(text("INSERT INTO settings (key, value) VALUES ('second', '{}')"))
        assert time.monotonic() - started >= 0.1, "the second writer waited for the first"
    finally:
        thread.join()
        other.dispose()
    with app.db.read() as session:
        assert set(session.execute(text(
            "SELECT key FROM settings WHERE key IN ('first', 'second')")).scalars()) == {
            "first", "second"}


@pytest.mark.parametrize("path, remote", [
    ("\\\\akimat-server\\kelisim\\kelisim.sqlite3", True),
    ("//akimat-server/kelisim/kelisim.sqlite3", True),
    ("/home/clerk/.local/share/Kelisim/kelisim.sqlite3", False),
])
def test_a_shared_folder_gets_the_rollback_journal(path: str, remote: bool):
    """WAL needs shared memory that network file systems do not give."""
    from desktop.store.database import on_network_drive

    assert on_network_drive(Path(path)) is remote
