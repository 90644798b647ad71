"""Opening the database file: recognise it, check it, migrate it, hand out sessions.

On open: a file that is not SQLite, or SQLite of another program, is refused; a quick_check
that fails is reported; an older schema is backed up and migrated (restored if the migration
fails); a schema newer than this program knows is refused, never "downgraded".
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import URL, create_engine, event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from doan_desktop.core.messages import translate
from doan_desktop.core.store import private, write_errors
from doan_desktop.core.store.backup import backup_now, restore_file

if TYPE_CHECKING:
    from alembic.config import Config

# Migration files are named after their revision ("0004_residential_models.py" holds revision
# "0004"), so the head is known without importing Alembic, which costs a noticeable part of
# start-up; Alembic is loaded only to migrate. tests/core/test_store.py checks the naming.
_REVISION_FILE = re.compile(r"^(\d{4})_\w+\.py$")

# "Doan" in ASCII: PRAGMA application_id marks the file as ours.
APPLICATION_ID = 0x446F616E
SQLITE_HEADER = b"SQLite format 3\x00"


class DatabaseError(Exception):
    """A database the program cannot open; ``str()`` is a sentence for the clerk."""


class NotOurDatabase(DatabaseError):
    pass


class DatabaseDamaged(DatabaseError):
    pass


class DatabaseTooNew(DatabaseError):
    pass


class MigrationFailed(DatabaseError):
    pass


class CannotWrite(DatabaseError):
    """The disk is full, or the folder or file may not be written: not damage to the data."""


class WriteRefused(SQLAlchemyError):
    """A change not saved because the disk is full or the data may not be written;
    ``str()`` is the sentence for the clerk (the SQLite error is its ``__cause__``)."""


def _set_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def _json_text(value) -> str:
    """JSON columns (the change log above all) as UTF-8 text: Vietnamese letters escaped as
    \\uXXXX took six bytes each instead of two or three. Read back the same."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def make_engine(path: Path) -> Engine:
    # URL.create, not an f-string: a folder name may hold "?", "#" or "%".
    engine = create_engine(URL.create("sqlite", database=str(path)), json_serializer=_json_text)
    event.listen(engine, "connect", _set_pragmas)
    return engine


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    location = resources.files("doan_desktop.core.store").joinpath("migrations")
    config.set_main_option("script_location", str(location))
    return config


def known_revisions() -> set[str]:
    versions = resources.files("doan_desktop.core.store").joinpath("migrations", "versions")
    return {
        match.group(1)
        for entry in versions.iterdir()
        if (match := _REVISION_FILE.match(entry.name))
    }


def head_revision() -> str:
    return max(known_revisions())


def read_only_uri(path: Path) -> str:
    """An SQLite URI that opens ``path`` read-only, whatever characters its name holds."""
    return Path(path).resolve().as_uri() + "?mode=ro"


def _inspect_file(path: Path) -> str | None:
    """Refuse what is not ours; return the schema revision (None for an empty database)."""
    with open(path, "rb") as handle:
        header = handle.read(16)
    if header and header != SQLITE_HEADER:
        raise NotOurDatabase(
            translate("Database", "The file {path} is not a doan-desktop database.").format(
                path=path
            )
        )
    try:
        connection = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            app_id = connection.execute("PRAGMA application_id").fetchone()[0]
            tables = connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
            # Every file we write carries our application_id; one without it is ours only if empty.
            if app_id != APPLICATION_ID and (app_id != 0 or tables):
                raise NotOurDatabase(
                    translate("Database", "The file {path} belongs to another program.").format(
                        path=path
                    )
                )
            check = connection.execute("PRAGMA quick_check").fetchone()[0]
            if check != "ok":
                raise DatabaseDamaged(
                    translate(
                        "Database", "The database {path} is damaged ({detail}). Restore a backup."
                    ).format(path=path, detail=check)
                )
            has_version = connection.execute(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
            ).fetchone()
            if not has_version:
                return None
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            return row[0] if row else None
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        storage = write_errors.describe(error, path.parent)
        if storage is not None:
            raise CannotWrite(storage) from error
        raise DatabaseDamaged(
            translate(
                "Database", "The database {path} cannot be read ({detail}). Restore a backup."
            ).format(path=path, detail=error)
        ) from error


def _upgrade(engine: Engine) -> None:
    """Migrate to head in one transaction, with foreign keys off as batch mode needs.

    Batch mode copies a table to change it; with foreign keys on, dropping the old copy would
    cascade or fail. They are checked once at the end instead, and switched back on.
    """
    config = alembic_config()
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        connection.commit()
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                from alembic import command

                command.upgrade(config, "head")
                connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
                _check_foreign_keys(connection)
        finally:
            connection.exec_driver_sql("PRAGMA foreign_keys=ON")
            connection.commit()


def _check_foreign_keys(connection: Connection) -> None:
    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        raise MigrationFailed(f"{len(broken)} rows refer to missing rows (first in {broken[0][0]})")


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        from alembic.runtime.migration import MigrationContext

        return MigrationContext.configure(connection).get_current_revision()


@dataclass
class Database:
    path: Path
    engine: Engine
    sessions: sessionmaker[Session]

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back if it raises.

        A database write refused for a full disk or a missing permission comes out as
        ``WriteRefused``, an SQLAlchemyError whose text says so and what to do: every form
        that reports a failed save ("… not saved ({detail})") then says the right thing.
        """
        session = self.sessions()
        try:
            yield session
            session.commit()
        except BaseException as error:
            session.rollback()
            if isinstance(error, SQLAlchemyError | sqlite3.Error) and not isinstance(
                error, WriteRefused
            ):
                storage = write_errors.describe(error, self.path.parent)
                if storage is not None:
                    raise WriteRefused(storage) from error
            raise
        finally:
            session.close()

    def close(self) -> None:
        self.engine.dispose()


def open_database(path: Path, backups_dir: Path | None = None) -> Database:
    """Open (creating or migrating as needed) the database at ``path``."""
    path = Path(path)
    existed = path.exists() and path.stat().st_size > 0
    revision = _inspect_file(path) if existed else None
    head = head_revision()
    if revision is not None and revision not in known_revisions():
        raise DatabaseTooNew(
            translate(
                "Database",
                "The database {path} was written by a newer version of doan-desktop. "
                "Install that version (or newer) to open it.",
            ).format(path=path)
        )
    private.make_folder(path.parent)
    _make_private(path, existed)
    engine = make_engine(path)
    if revision != head:
        backup = None
        if existed:
            backup = _backup_before_migration(path, backups_dir or path.parent / "backups")
        try:
            _upgrade(engine)
            with engine.connect() as connection:
                if connection.exec_driver_sql("PRAGMA quick_check").scalar() != "ok":
                    raise MigrationFailed("quick_check failed after migration")
                if current_revision(engine) != head:
                    raise MigrationFailed(f"the schema is not at revision {head} after migration")
        except Exception as error:
            engine.dispose()
            if backup is not None:
                restore_file(backup, path)
            else:  # a file this call created: leave nothing half-made behind
                for suffix in ("", "-wal", "-shm"):
                    path.with_name(path.name + suffix).unlink(missing_ok=True)
            storage = write_errors.describe(error, path.parent)
            if storage is not None:
                after = (
                    translate("Database", "The database was left as it was before the upgrade.")
                    if backup is not None
                    else translate("Database", "No database was made.")
                )
                raise CannotWrite(storage + " " + after) from error
            raise MigrationFailed(
                translate(
                    "Database",
                    "Upgrading the database failed ({detail}); it was left as it was before.",
                ).format(detail=error)
            ) from error
    return Database(path, engine, sessionmaker(engine, expire_on_commit=False))


def _make_private(path: Path, existed: bool) -> None:
    """Owner-only from the start: SQLite gives its -wal and -shm the database file's mode."""
    if not existed and not path.exists():
        private.create_file(path)
    for suffix in ("", "-wal", "-shm"):
        private.tighten(path.with_name(path.name + suffix))


def _backup_before_migration(path: Path, backups_dir: Path) -> Path:
    try:
        return backup_now(path, backups_dir, "before-migration")
    except (OSError, sqlite3.DatabaseError) as error:
        storage = write_errors.describe(error, backups_dir)
        raise MigrationFailed(
            (storage or str(error))
            + " "
            + translate(
                "Database",
                "The database was not upgraded: it is upgraded only after a backup is made.",
            )
        ) from error
