"""Opening the database file: migrate, pragmas, refuse what is not ours, back up before migrating;
owner-only files; full disks and read-only folders said as such."""

import errno
import os
import shutil
import sqlite3
import stat
import uuid
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import event, insert
from sqlalchemy.exc import IntegrityError, OperationalError, SQLAlchemyError

from doan_desktop.core.store import backup as store_backup
from doan_desktop.core.store import db as store_db
from doan_desktop.core.store import write_errors
from doan_desktop.core.store.backup import backup_file, restore_file
from doan_desktop.core.store.contents import UNREADABLE, Unusable, examine
from doan_desktop.core.store.db import (
    APPLICATION_ID,
    CannotWrite,
    DatabaseDamaged,
    DatabaseTooNew,
    MigrationFailed,
    NotOurDatabase,
    WriteRefused,
    head_revision,
    make_engine,
    open_database,
    read_only_uri,
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


# ----------------------------------------------------------------------------- owner-only files

posix_only = pytest.mark.skipif(os.name != "posix", reason="owner-only modes are POSIX")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@posix_only
def test_a_new_database_and_its_journal_files_are_owner_only(tmp_path):
    path = tmp_path / "data" / "doan.sqlite3"
    database = open_database(path)
    try:
        fill_people(database, 3)  # the write-ahead log and its index exist while it is open
        names = {p.name for p in path.parent.iterdir()}
        assert {"doan.sqlite3", "doan.sqlite3-wal", "doan.sqlite3-shm"} <= names
        assert mode(path.parent) == 0o700
        for name in ("doan.sqlite3", "doan.sqlite3-wal", "doan.sqlite3-shm"):
            assert mode(path.parent / name) == 0o600, name
    finally:
        database.close()


@posix_only
def test_an_existing_database_readable_by_others_is_tightened_when_opened(path):
    open_database(path).close()
    path.chmod(0o644)
    path.parent.chmod(0o755)
    open_database(path).close()
    assert mode(path) == 0o600
    assert mode(path.parent) == 0o700


@posix_only
def test_a_backup_is_owner_only_from_its_first_byte(path, tmp_path, monkeypatch):
    database = open_database(path)
    fill_people(database, 3)
    seen = []
    real_replace = store_backup.os.replace

    def replace(source, target):
        seen.append(mode(Path(source)))  # the half-written copy, before it gets its name
        real_replace(source, target)

    monkeypatch.setattr(store_backup.os, "replace", replace)
    copy = backup_file(path, tmp_path / "backups" / "one.sqlite3")
    database.close()
    assert seen == [0o600]
    assert mode(copy) == 0o600
    assert mode(copy.parent) == 0o700


# ----------------------------------------------------------------------------- failed writes


def test_a_failed_backup_leaves_no_partial_file(path, tmp_path, monkeypatch):
    database = open_database(path)
    fill_people(database, 50)
    database.close()
    real_connect = sqlite3.connect

    class Source:
        """The source connection; its backup writes the copy, then the disk is full."""

        def __init__(self, connection):
            self.connection = connection

        def backup(self, target):
            self.connection.backup(target)
            raise sqlite3.OperationalError("database or disk is full")

        def close(self):
            self.connection.close()

    def connect(target, *args, **kwargs):
        connection = real_connect(target, *args, **kwargs)
        return Source(connection) if kwargs.get("uri") else connection

    fake = type("sqlite3", (), {"connect": staticmethod(connect)})
    fake.DatabaseError = sqlite3.DatabaseError
    monkeypatch.setattr(store_backup, "sqlite3", fake)
    target = tmp_path / "backups" / "one.sqlite3"
    with pytest.raises(sqlite3.OperationalError, match="full"):
        backup_file(path, target)
    assert list(target.parent.iterdir()) == []  # no .partial, no .partial-journal


def test_a_failed_restore_leaves_the_database_and_no_partial(path, tmp_path, monkeypatch):
    database = open_database(path)
    fill_people(database, 5)
    database.close()
    copy = backup_file(path, tmp_path / "copy.sqlite3")
    before = path.read_bytes()

    def full(_descriptor):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(store_backup.os, "fsync", full)
    with pytest.raises(OSError):
        restore_file(copy, path)
    assert path.read_bytes() == before
    assert [p.name for p in path.parent.iterdir() if ".partial" in p.name] == []


def _full_disk_error(tmp_path) -> sqlite3.OperationalError:
    """A real SQLITE_FULL: a database that may not grow past a few pages."""
    connection = sqlite3.connect(tmp_path / "small.sqlite3")
    try:
        connection.execute("CREATE TABLE t (x)")
        connection.execute("PRAGMA max_page_count=3")
        with pytest.raises(sqlite3.OperationalError) as raised:
            connection.executemany("INSERT INTO t VALUES (?)", [("x" * 1000,)] * 100)
        return raised.value
    finally:
        connection.close()


def _read_only_error(path) -> sqlite3.OperationalError:
    """A real SQLITE_READONLY: writing through a read-only connection."""
    connection = sqlite3.connect(read_only_uri(path), uri=True)
    try:
        with pytest.raises(sqlite3.OperationalError) as raised:
            connection.execute("CREATE TABLE t (x)")
        return raised.value
    finally:
        connection.close()


@pytest.mark.parametrize(
    "make, kind",
    [
        (lambda _t: OSError(errno.ENOSPC, "No space left on device"), write_errors.FULL),
        (lambda _t: OSError(errno.EDQUOT, "Disk quota exceeded"), write_errors.FULL),
        (lambda _t: sqlite3.OperationalError("database or disk is full"), write_errors.FULL),
        (_full_disk_error, write_errors.FULL),
        (
            lambda _t: OperationalError(
                "INSERT", {}, sqlite3.OperationalError("database or disk is full")
            ),
            write_errors.FULL,
        ),
        (lambda _t: PermissionError(errno.EACCES, "Permission denied"), write_errors.DENIED),
        (lambda _t: OSError(errno.EPERM, "Operation not permitted"), write_errors.DENIED),
        (lambda _t: OSError(errno.EROFS, "Read-only file system"), write_errors.DENIED),
        (
            lambda _t: sqlite3.OperationalError("attempt to write a readonly database"),
            write_errors.DENIED,
        ),
        (lambda _t: sqlite3.OperationalError("database is locked"), None),
        (lambda _t: OSError(errno.ENOENT, "No such file or directory"), None),
        (lambda _t: sqlite3.DatabaseError("database disk image is malformed"), None),
    ],
)
def test_write_errors_are_classified(tmp_path, make, kind):
    error = make(tmp_path)
    assert write_errors.kind_of(error) == kind
    text = write_errors.describe(error, tmp_path)
    if kind is None:
        assert text is None
    else:
        assert str(tmp_path) in text
        assert ("disk is full" in text) == (kind == write_errors.FULL)
        assert ("No permission to write" in text) == (kind == write_errors.DENIED)


def test_a_real_read_only_error_is_classified(path):
    open_database(path).close()
    assert write_errors.kind_of(_read_only_error(path)) == write_errors.DENIED


def test_a_cause_further_down_the_chain_is_found():
    try:
        try:
            raise OSError(errno.ENOSPC, "No space left on device")
        except OSError as inner:
            raise RuntimeError("the import failed") from inner
    except RuntimeError as outer:
        assert write_errors.kind_of(outer) == write_errors.FULL


def test_a_read_only_folder_at_open_is_not_called_damage(path, monkeypatch):
    open_database(path).close()
    real_connect = sqlite3.connect

    def read_only(target, *args, **kwargs):
        if kwargs.get("uri"):
            raise sqlite3.OperationalError("attempt to write a readonly database")
        return real_connect(target, *args, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", read_only)
    with pytest.raises(CannotWrite) as raised:
        open_database(path)
    assert "No permission to write" in str(raised.value)
    assert "cannot be read" not in str(raised.value)
    assert "Restore a backup" not in str(raised.value)


def test_a_full_disk_before_a_migration_is_said_and_nothing_is_migrated(path, monkeypatch):
    create_at(path, "0001")

    def full(*_args):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(store_db, "backup_now", full)
    with pytest.raises(MigrationFailed) as raised:
        open_database(path, path.parent / "backups")
    assert "disk is full" in str(raised.value)
    assert "only after a backup" in str(raised.value)
    assert revision(path) == "0001"


def test_a_full_disk_while_building_a_new_database_leaves_no_file(path, monkeypatch):
    def full(engine):
        raise OperationalError("CREATE", {}, sqlite3.OperationalError("database or disk is full"))

    monkeypatch.setattr(store_db, "_upgrade", full)
    with pytest.raises(CannotWrite) as raised:
        open_database(path)
    assert "disk is full" in str(raised.value)
    assert not path.exists()


def test_a_save_refused_by_a_full_disk_says_so(path):
    """A real SQLITE_FULL (the file may not grow), through a session as every form saves."""
    database = open_database(path)
    try:
        pages = sql(path, "PRAGMA page_count")[0][0]
        database.engine.dispose()
        event.listen(
            database.engine,
            "connect",
            lambda connection, _record: connection.execute(f"PRAGMA max_page_count={pages}"),
        )
        with pytest.raises(WriteRefused) as raised:
            fill_people(database, 500)
        assert isinstance(raised.value, SQLAlchemyError)  # caught where saves are caught
        assert "disk is full" in str(raised.value) and str(path.parent) in str(raised.value)
        assert write_errors.kind_of(raised.value) == write_errors.FULL
    finally:
        database.close()
    assert sql(path, "SELECT count(*) FROM person") == [(0,)]  # rolled back: nothing half-saved


def test_other_database_errors_keep_their_type(path):
    database = open_database(path)
    try:
        with pytest.raises(IntegrityError), database.session() as session:
            session.add(
                Person(
                    full_name="An",
                    given_name="An",
                    search_key="an",
                    sort_key="a",
                    chapter_id="no-such-chapter",
                )
            )
    finally:
        database.close()


def test_cannot_open_in_a_folder_that_cannot_be_written_is_a_permission(tmp_path, monkeypatch):
    """A database in WAL mode cannot be opened, even to read, where SQLite may not make its
    -shm file: SQLite says only "unable to open database file"."""
    error = sqlite3.OperationalError("unable to open database file")
    assert write_errors.kind_of(error, tmp_path) is None  # a folder that can be written
    monkeypatch.setattr(write_errors.os, "access", lambda path, mode: False)
    assert write_errors.kind_of(error, tmp_path) == write_errors.DENIED
    assert write_errors.kind_of(error) is None  # without the folder, no guess


def test_a_disk_io_error_on_a_full_disk_is_a_full_disk(tmp_path, monkeypatch):
    """SQLite says "disk I/O error" when it cannot grow its -shm on a full disk."""
    error = sqlite3.OperationalError("disk I/O error")
    assert write_errors.kind_of(error, tmp_path) is None  # room enough: a failing disk
    usage = shutil.disk_usage(tmp_path)
    monkeypatch.setattr(write_errors.shutil, "disk_usage", lambda path: usage._replace(free=4096))
    assert write_errors.kind_of(error, tmp_path) == write_errors.FULL
    assert "disk is full" in write_errors.describe(error, tmp_path)


def test_a_database_in_a_read_only_folder_is_not_called_damaged(path, monkeypatch):
    open_database(path).close()
    real_connect = sqlite3.connect

    def cannot_open(target, *args, **kwargs):
        if kwargs.get("uri"):
            raise sqlite3.OperationalError("unable to open database file")
        return real_connect(target, *args, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", cannot_open)
    monkeypatch.setattr(write_errors.os, "access", lambda folder, mode: False)
    with pytest.raises(Unusable) as raised:
        examine(path)
    assert raised.value.kind == UNREADABLE and "No permission to write" in raised.value.reason
    with pytest.raises(CannotWrite):
        open_database(path)
