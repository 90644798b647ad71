"""What a database file holds, read without changing it: is it this program's, sound, set up?

A backup is offered or restored, and a data folder is judged, only from what this says: the file
opens as SQLite read-only, passes the check asked for, carries this program's marks (its
application_id, the Alembic version table at a revision this program knows) and has a unit.
Anything else is ``Unusable`` with a clause saying why, for a sentence such as "The backup X
cannot be restored: <why>."
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from doan_desktop.core.messages import translate
from doan_desktop.core.store import write_errors
from doan_desktop.core.store.db import (
    APPLICATION_ID,
    SQLITE_HEADER,
    head_revision,
    known_revisions,
    read_only_uri,
)

# Why a file is not a usable database of this program.
MISSING = "missing"
EMPTY = "empty"  # zero bytes, or no tables
NO_UNIT = "no-unit"  # this program's tables, but the office was never set up in them
NOT_SQLITE = "not-sqlite"
FOREIGN = "foreign"
DAMAGED = "damaged"
TOO_NEW = "too-new"
UNREADABLE = "unreadable"  # the reason is then a whole sentence (a permission, a full disk)

_LEADING_NUMBER = re.compile(r"^(\d{4})")

# The checks ``examine`` can run: none (structure only), quick_check, integrity_check.
NO_CHECK, QUICK, FULL = "none", "quick", "full"


class Unusable(Exception):
    """Not a usable database of this program; ``str()`` is a clause saying why."""

    def __init__(self, kind: str, reason: str):
        super().__init__(reason)
        self.kind = kind
        self.reason = reason


@dataclass(frozen=True)
class Contents:
    """What a sound database of this program holds (shown before it is restored)."""

    path: Path
    revision: str
    unit_name: str
    people: int  # not in the trash
    last_change: dt.datetime | None  # local time of the newest change-log entry


def examine(path: Path, check: str = FULL) -> Contents:
    """The contents of the database at ``path``, or ``Unusable`` saying why it is not usable."""
    path = Path(path)
    try:
        with open(path, "rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except FileNotFoundError as error:
        raise Unusable(MISSING, translate("Database", "the file does not exist")) from error
    except OSError as error:
        raise Unusable(
            UNREADABLE,
            translate("Database", "the file cannot be opened ({detail})").format(
                detail=error.strerror or error
            ),
        ) from error
    if not header and not _has_journal(path):
        raise Unusable(EMPTY, translate("Database", "the file is empty (0 bytes)"))
    if header and header != SQLITE_HEADER:
        raise Unusable(
            NOT_SQLITE,
            translate(
                "Database", "the file is not a database (it is damaged, or another kind of file)"
            ),
        )
    try:
        connection = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            return _read(connection, path, check)
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        # Not damage: the folder may not be written (SQLite needs its -shm file there), or
        # the disk is full.
        storage = write_errors.describe(error, path.parent)
        if storage is not None:
            raise Unusable(UNREADABLE, storage) from error
        raise Unusable(
            DAMAGED, translate("Database", "the file is damaged ({detail})").format(detail=error)
        ) from error


def _has_journal(path: Path) -> bool:
    """A zero-byte database beside a write-ahead log may still hold what the log holds."""
    wal = path.with_name(path.name + "-wal")
    try:
        return wal.stat().st_size > 0
    except OSError:
        return False


def _read(connection: sqlite3.Connection, path: Path, check: str) -> Contents:
    app_id = connection.execute("PRAGMA application_id").fetchone()[0]
    if app_id not in (0, APPLICATION_ID):
        raise Unusable(FOREIGN, _foreign())
    if check != NO_CHECK:
        pragma = "integrity_check" if check == FULL else "quick_check"
        rows = [row[0] for row in connection.execute(f"PRAGMA {pragma}").fetchall()]
        if rows != ["ok"]:
            raise Unusable(
                DAMAGED,
                translate("Database", "the file is damaged ({detail})").format(
                    detail="; ".join(rows[:3])
                ),
            )
    tables = {
        row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
    }
    if not tables:
        raise Unusable(EMPTY, translate("Database", "the file holds no records (no tables)"))
    if "alembic_version" not in tables or "unit" not in tables:
        raise Unusable(FOREIGN, _foreign())
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    revision = row[0] if row else ""
    if revision not in known_revisions():
        number = _LEADING_NUMBER.match(revision)
        if number and number.group(1) > head_revision():
            raise Unusable(
                TOO_NEW,
                translate(
                    "Database",
                    "the file was written by a newer version of doan-desktop; install that "
                    "version (or newer) to use it",
                ),
            )
        raise Unusable(FOREIGN, _foreign())
    unit = connection.execute("SELECT name FROM unit LIMIT 1").fetchone()
    if unit is None:
        raise Unusable(
            NO_UNIT, translate("Database", "the office was never set up in it (it has no unit)")
        )
    return Contents(path, revision, unit[0], _people(connection), _last_change(connection))


def _foreign() -> str:
    return translate(
        "Database", "the file belongs to another program (it is not doan-desktop data)"
    )


def _people(connection: sqlite3.Connection) -> int:
    return connection.execute("SELECT count(*) FROM person WHERE deleted_at IS NULL").fetchone()[0]


def _last_change(connection: sqlite3.Connection) -> dt.datetime | None:
    """The newest change-log time, stored in UTC, as the clerk's local time."""
    value = connection.execute("SELECT max(at) FROM change_log").fetchone()[0]
    if not value:
        return None
    try:
        moment = dt.datetime.fromisoformat(str(value))
    except ValueError:
        return None
    return moment.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)
