"""Opening the database file: migrate, pragmas, refuse what is not ours, back up before migrating."""

import sqlite3
import uuid
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import insert

from doan_desktop.core.store import db as store_db
from doan_desktop.core.store.backup import backup_file, restore_file
from doan_desktop.core.store.db import (
    APPLICATION_ID,
    DatabaseDamaged,
    DatabaseTooNew,
    MigrationFailed,
    NotOurDatabase,
    head_revision,
    make_engine,
    open_database,
)
from doan_desktop.core.store.models import Base, Person
from doan_desktop.core.text import fold, name_sort_key


def sql(path: Path, query: str, *params):
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute(query, params).fetchall()
        connection.commit()
        return rows
    finally:
        connection.close()


def tables(path: Path) -> set[str]:
    return {name for (name,) in sql(path, "SELECT name FROM sqlite_master WHERE type='table'")}


def revision(path: Path) -> str:
    return sql(path, "SELECT version_num FROM alembic_version")[0][0]


def create_at(path: Path, target: str) -> None:
    """A database of ours, migrated only up to ``target`` (as an older program left it)."""
    engine = make_engine(path)
    config = store_db.alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, target)
        connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
    engine.dispose()


def fill_people(database, n: int) -> None:
    rows = []
    for i in range(n):
        name = f"Nguyễn Văn Người Số {i}"
        rows.append(
            {
                "id": str(uuid.uuid4()),
                "full_name": name,
                "given_name": str(i),
                "search_key": fold(name),
                "sort_key": name_sort_key(name),
                "note": "ghi chú " * 20,
            }
        )
    with database.session() as session:
        session.execute(insert(Person), rows)


@pytest.fixture
def path(tmp_path) -> Path:
    return tmp_path / "doan.sqlite3"


# ----------------------------------------------------------------------------- a new database


def test_new_database_is_migrated_to_head(path):
    database = open_database(path, path.parent / "backups")
    database.close()
    assert set(Base.metadata.tables) <= tables(path)
    assert "alembic_version" in tables(path)
    assert revision(path) == head_revision()
    assert sql(path, "PRAGMA application_id")[0][0] == APPLICATION_ID
    assert not (path.parent / "backups").exists()  # nothing to back up


def test_every_connection_has_the_pragmas(path):
    database = open_database(path)
    try:
        connections = [database.engine.connect() for _ in range(3)]  # fresh pool connections
        for connection in connections:
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
        for connection in connections:
            connection.close()
        with database.session() as session:
            assert session.connection().exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        database.close()


def test_foreign_keys_are_enforced(path):
    database = open_database(path)
    try:
        with pytest.raises(Exception, match="FOREIGN KEY"), database.session() as session:
            session.add(
                Person(
                    full_name="An", given_name="An", search_key="an", sort_key="a", chapter_id="x"
                )
            )
    finally:
        database.close()


def test_reopening_at_head_changes_nothing(path):
    open_database(path).close()
    database = open_database(path, path.parent / "backups")
    database.close()
    assert not (path.parent / "backups").exists()
    assert revision(path) == head_revision()


def test_an_empty_file_is_a_new_database(path):
    path.write_bytes(b"")
    open_database(path).close()
    assert revision(path) == head_revision()


def test_a_folder_name_with_uri_characters(tmp_path):
    path = tmp_path / "Đoàn #1 ?100%" / "doan.sqlite3"
    open_database(path).close()
    database = open_database(path)  # a second open must find the same file, not a new one
    database.close()
    files = [p.name for p in path.parent.iterdir() if not p.name.endswith(("-wal", "-shm"))]
    assert files == ["doan.sqlite3"]
    assert revision(path) == head_revision()


# ----------------------------------------------------------------------------- refusals


@pytest.mark.parametrize(
    "content",
    [b"name,phone\nAn,0912345678\n", b"PK\x03\x04" + bytes(100), b"SQLite", bytes(4096)],
)
def test_a_file_that_is_not_sqlite_is_refused_untouched(path, content):
    path.write_bytes(content)
    with pytest.raises(NotOurDatabase) as raised:
        open_database(path)
    assert str(path) in str(raised.value)
    assert path.read_bytes() == content


def test_sqlite_of_another_program_is_refused(path):
    sql(path, "PRAGMA application_id=1234")
    sql(path, "CREATE TABLE songs (title TEXT)")
    before = path.read_bytes()
    with pytest.raises(NotOurDatabase):
        open_database(path)
    assert path.read_bytes() == before


def test_sqlite_without_application_id_but_with_tables_is_refused(path):
    sql(path, "CREATE TABLE alembic_version (version_num TEXT)")
    sql(path, "INSERT INTO alembic_version VALUES ('abc123')")
    before = path.read_bytes()
    with pytest.raises(NotOurDatabase):
        open_database(path)
    assert path.read_bytes() == before
    assert tables(path) == {"alembic_version"}


def test_a_database_from_a_newer_version_is_refused_untouched(path):
    open_database(path).close()
    sql(path, "UPDATE alembic_version SET version_num = '9999_from_the_future'")
    sql(path, "PRAGMA wal_checkpoint(TRUNCATE)")
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNew) as raised:
        open_database(path, path.parent / "backups")
    assert "newer version" in str(raised.value)
    assert path.read_bytes() == before
    assert not (path.parent / "backups").exists()


def test_a_damaged_database_is_refused(path):
    database = open_database(path)
    fill_people(database, 400)
    database.close()  # the last connection checkpoints the WAL into the file
    data = bytearray(path.read_bytes())
    assert len(data) > 20 * 4096
    middle = len(data) // 2
    data[middle : middle + 8192] = b"\xa5" * 8192
    path.write_bytes(bytes(data))
    with pytest.raises(DatabaseDamaged) as raised:
        open_database(path)
    assert "Restore a backup" in str(raised.value)


def test_a_truncated_database_is_refused(path):
    database = open_database(path)
    fill_people(database, 400)
    database.close()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])
    with pytest.raises(DatabaseDamaged):
        open_database(path)


# ----------------------------------------------------------------------------- older schemas


def test_an_older_schema_is_backed_up_then_migrated(path, monkeypatch):
    create_at(path, "0001")
    sql(path, "INSERT INTO setting (key, value) VALUES ('dues', '2000')")
    assert revision(path) == "0001"
    calls = []
    real_backup, real_upgrade = store_db.backup_now, store_db._upgrade
    monkeypatch.setattr(
        store_db, "backup_now", lambda *a: calls.append("backup") or real_backup(*a)
    )
    monkeypatch.setattr(store_db, "_upgrade", lambda e: calls.append("upgrade") or real_upgrade(e))

    backups = path.parent / "backups"
    open_database(path, backups).close()

    assert calls == ["backup", "upgrade"]
    assert revision(path) == head_revision()
    assert set(Base.metadata.tables) <= tables(path)
    assert sql(path, "SELECT value FROM setting WHERE key='dues'") == [("2000",)]
    [backup] = backups.iterdir()
    assert "before-migration" in backup.name
    assert revision(backup) == "0001"
    assert sql(backup, "SELECT value FROM setting WHERE key='dues'") == [("2000",)]


def test_a_failed_migration_restores_the_file(path, monkeypatch):
    create_at(path, "0001")
    sql(path, "INSERT INTO setting (key, value) VALUES ('dues', '2000')")
    real_upgrade = store_db._upgrade

    def upgrade_then_fail(engine):
        real_upgrade(engine)  # committed: only the backup can undo it
        with engine.begin() as connection:
            connection.exec_driver_sql("UPDATE setting SET value = 'lost'")
        raise RuntimeError("disk full")

    monkeypatch.setattr(store_db, "_upgrade", upgrade_then_fail)
    with pytest.raises(MigrationFailed) as raised:
        open_database(path, path.parent / "backups")
    assert "disk full" in str(raised.value)
    assert revision(path) == "0001"
    assert sql(path, "SELECT value FROM setting WHERE key='dues'") == [("2000",)]
    assert len(list((path.parent / "backups").iterdir())) == 1  # the backup stays as well
    monkeypatch.setattr(store_db, "_upgrade", real_upgrade)
    open_database(path).close()  # and the next start migrates it
    assert revision(path) == head_revision()


def test_a_new_database_that_fails_to_build_leaves_no_file(path, monkeypatch):
    def fail(engine):
        raise RuntimeError("no space")

    monkeypatch.setattr(store_db, "_upgrade", fail)
    with pytest.raises(MigrationFailed):
        open_database(path)
    assert not path.exists()


def test_migrations_refuse_broken_references(path):
    """The upgrade runs with foreign keys off (batch mode needs it) and checks them at the end."""
    create_at(path, "0001")
    sql(path, "PRAGMA foreign_keys=OFF")
    sql(
        path,
        "INSERT INTO person (id, full_name, given_name, other_names, gender, birth_date, hometown,"
        " address, ethnicity, religion, occupation, education, qualification, political_theory,"
        " id_number, phone, is_member, member_since, admission_place, card_number,"
        " is_party_member, status, note, chapter_id, search_key, sort_key, created_at,"
        " updated_at) VALUES ('p1', 'An', 'An', '', '', '', '', '', '', '', '', '', '', '', '',"
        " '', 0, '', '', '', 0, 'active', '', 'missing-chapter', 'an', 'a', '2026-01-01',"
        " '2026-01-01')",
    )
    with pytest.raises(MigrationFailed, match="missing"):
        open_database(path, path.parent / "backups")
    assert revision(path) == "0001"


# ----------------------------------------------------------------------------- backups


def test_backup_and_restore_file(path, tmp_path):
    database = open_database(path)
    fill_people(database, 10)
    copy = backup_file(path, tmp_path / "copies" / "one.sqlite3")  # while the database is open
    fill_people(database, 5)
    database.close()
    assert sql(copy, "SELECT count(*) FROM person") == [(10,)]
    assert sql(copy, "PRAGMA integrity_check") == [("ok",)]
    assert not list(copy.parent.glob("*.partial"))
    restore_file(copy, path)
    assert sql(path, "SELECT count(*) FROM person") == [(10,)]
    open_database(path).close()


def test_revision_file_names_agree_with_alembic():
    """open_database reads the head from file names (to keep Alembic out of start-up)."""
    from alembic.script import ScriptDirectory

    from doan_desktop.core.store.db import alembic_config, known_revisions

    scripts = ScriptDirectory.from_config(alembic_config())
    assert scripts.get_current_head() == head_revision()
    assert {rev.revision for rev in scripts.walk_revisions()} == known_revisions()
    assert len(scripts.get_heads()) == 1
