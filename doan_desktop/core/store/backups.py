"""The backup policy: when copies are made, which are kept, restoring one, checking the database.

Copies are made with SQLite's online backup API (``store.backup``) and each is verified with
``PRAGMA integrity_check`` before it gets its final name. They are made at close, before every
import, migration and restore, and every few minutes while records change. Old copies are
thinned the way Anki thins its backups: every copy of the last two days, then one a day for
two weeks, one a week for two months, and one a month before that.

On start the database gets a quick check. A damaged file is moved aside (renamed, never
overwritten or deleted); ``recovery`` then offers the newest backup that is this program's,
sound and set up. A restore replaces nothing until the chosen file passes the same test.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from doan_desktop.core import clock
from doan_desktop.core.messages import translate
from doan_desktop.core.store import contents, write_errors
from doan_desktop.core.store.backup import backup_file, restore_file, timestamped_name

_NAME = re.compile(r"^doan-(\d{8})-(\d{6})-(\d{6})-([a-z0-9-]+)\.sqlite3$")

RECENT = dt.timedelta(days=2)
DAILY_UNTIL = dt.timedelta(days=14)
WEEKLY_UNTIL = dt.timedelta(days=60)
PERIODIC_MINUTES = 15

REASONS = (
    "manual",
    "close",
    "periodic",
    "before-import",
    "before-migration",
    "before-restore",
    "startup",
)


class BackupError(Exception):
    """A backup or restore that could not be done; ``str()`` is a sentence for the clerk."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: dt.datetime  # local time, from the file name
    reason: str
    size: int

    def reason_label(self) -> str:
        return reason_labels().get(self.reason, self.reason)


def reason_labels() -> dict[str, str]:
    return {
        "manual": translate("Backups", "Made by hand"),
        "close": translate("Backups", "At close"),
        "periodic": translate("Backups", "While working"),
        "before-import": translate("Backups", "Before an import"),
        "before-migration": translate("Backups", "Before an upgrade"),
        "before-restore": translate("Backups", "Before a restore"),
        "startup": translate("Backups", "At start"),
    }


def _info(path: Path) -> BackupInfo | None:
    match = _NAME.match(path.name)
    if not match:
        return None
    day, time, micro, reason = match.groups()
    try:
        made = dt.datetime.strptime(day + time + micro, "%Y%m%d%H%M%S%f")
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    return BackupInfo(path, made, reason, size)


def info_of(path: Path) -> BackupInfo | None:
    """When and why a backup was made, read from its name (None for another name)."""
    return _info(Path(path))


def list_backups(backups_dir: Path) -> list[BackupInfo]:
    """The backups in ``backups_dir``, newest first."""
    try:
        paths = list(Path(backups_dir).iterdir())
    except OSError:
        return []
    infos = [info for info in map(_info, paths) if info is not None]
    return sorted(infos, key=lambda i: i.made_at, reverse=True)


def verify(path: Path) -> str | None:
    """None when ``path`` is a sound SQLite database, else what integrity_check said."""
    try:
        connection = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)
        try:
            rows = [r[0] for r in connection.execute("PRAGMA integrity_check").fetchall()]
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        return str(error)
    return None if rows == ["ok"] else "; ".join(rows[:5])


def create_backup(
    database: Path, backups_dir: Path, reason: str = "manual", now: dt.datetime | None = None
) -> BackupInfo:
    """A verified copy of ``database``; old copies are thinned afterwards."""
    now = now or clock.now()
    target = Path(backups_dir) / timestamped_name(reason, now)
    try:
        backup_file(Path(database), target)
    except (sqlite3.DatabaseError, OSError) as error:
        storage = write_errors.describe(error, backups_dir)
        if storage is not None:
            raise BackupError(
                translate("Backups", "The backup could not be made.") + " " + storage
            ) from error
        if isinstance(error, sqlite3.DatabaseError):
            raise BackupError(
                translate(
                    "Backups",
                    "The backup could not be made: the database cannot be read ({detail}).",
                ).format(detail=error)
            ) from error
        raise BackupError(
            translate("Backups", "The backup could not be written to {path}: {detail}").format(
                path=backups_dir, detail=error.strerror or error
            )
        ) from error
    thin_backups(backups_dir, now)
    return _info(target) or BackupInfo(target, now, reason, target.stat().st_size)


def kept(backups: list[BackupInfo], now: dt.datetime) -> set[Path]:
    """The backups the thinning keeps: all recent, then the newest of each day, week, month."""
    keep: set[Path] = set()
    buckets: set[tuple] = set()
    for info in sorted(backups, key=lambda i: i.made_at, reverse=True):
        age = now - info.made_at
        if age <= RECENT:
            keep.add(info.path)
            continue
        if age <= DAILY_UNTIL:
            bucket = ("day", info.made_at.date())
        elif age <= WEEKLY_UNTIL:
            bucket = ("week", *info.made_at.isocalendar()[:2])
        else:
            bucket = ("month", info.made_at.year, info.made_at.month)
        if bucket not in buckets:
            buckets.add(bucket)
            keep.add(info.path)
    if backups:
        keep.add(max(backups, key=lambda i: i.made_at).path)
    return keep


def thin_backups(backups_dir: Path, now: dt.datetime | None = None) -> list[Path]:
    """Delete the backups the policy no longer keeps; returns what was deleted."""
    now = now or clock.now()
    backups = list_backups(backups_dir)
    keep = kept(backups, now)
    removed = []
    for info in backups:
        if info.path not in keep:
            try:
                info.path.unlink()
                removed.append(info.path)
            except OSError:
                continue  # a copy that cannot be removed now is removed next time
    return removed


def restore_backup(database: Path, backups_dir: Path, backup: Path) -> BackupInfo | None:
    """Put ``backup`` in place of ``database``, after backing up the present state.

    Nothing is replaced unless ``backup`` is this program's database, sound (integrity_check),
    at a revision this program knows and with a unit (``contents.examine``). The caller closes
    every connection first. Returns the copy of the present state (None when there was no
    database of this program to copy: anything else in its place is moved aside, not deleted).
    """
    try:
        contents.examine(Path(backup), contents.FULL)
    except contents.Unusable as error:
        raise BackupError(
            translate(
                "Backups", "The backup {path} cannot be restored: {reason}. Choose another one."
            ).format(path=Path(backup).name, reason=error.reason)
        ) from error
    database = Path(database)
    safety = None
    try:
        safety = _keep_present_state(database, backups_dir)
        restore_file(Path(backup), database)
    except (OSError, sqlite3.DatabaseError) as error:
        detail = write_errors.describe(error, database.parent)
        raise BackupError(
            detail
            or translate("Backups", "The backup could not be restored: {detail}").format(
                detail=getattr(error, "strerror", None) or error
            )
        ) from error
    return safety


def _keep_present_state(database: Path, backups_dir: Path) -> BackupInfo | None:
    """Back up the database about to be replaced; move aside what is not a sound one of ours."""
    if not database.exists() and not database.with_name(database.name + "-wal").exists():
        return None
    try:
        contents.examine(database, contents.QUICK)
    except contents.Unusable as error:
        if error.kind == contents.MISSING:
            return None
        if error.kind == contents.UNREADABLE:  # a permission or a full disk: touch nothing
            raise BackupError(error.reason) from error
        if error.kind == contents.EMPTY and database.exists() and database.stat().st_size == 0:
            database.unlink()  # zero bytes (and no write-ahead log): nothing to keep
            return None
        if error.kind not in (contents.EMPTY, contents.NO_UNIT):
            move_aside(database)
            return None
    return create_backup(database, backups_dir, "before-restore")


def check_database(database: Path) -> list[str]:
    """What keeps the database from being sound and usable; empty when it is.

    An empty database (no tables, or no unit) or another program's file is a problem too:
    "sound" means the office's records are there, not only that SQLite can read the file.
    """
    try:
        contents.examine(Path(database), contents.NO_CHECK)
    except contents.Unusable as error:
        if error.kind != contents.DAMAGED:
            return [error.reason]
    try:
        connection = sqlite3.connect(Path(database).resolve().as_uri() + "?mode=ro", uri=True)
        try:
            problems = [r[0] for r in connection.execute("PRAGMA integrity_check").fetchall()]
            problems = [] if problems == ["ok"] else problems
            for table, rowid, parent, _fk in connection.execute(
                "PRAGMA foreign_key_check"
            ).fetchall():
                problems.append(
                    translate(
                        "Backups", "Row {rowid} of table {table} refers to a missing {parent}."
                    ).format(rowid=rowid, table=table, parent=parent)
                )
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        return [str(error)]
    return problems


def quick_check(database: Path) -> str | None:
    """None when the database file looks sound (or does not exist yet), else the problem.

    A file that cannot be checked because the disk is full or the folder may not be written
    is not called damaged (it would be moved aside): opening it says what is wrong instead.
    """
    database = Path(database)
    if not database.exists() or database.stat().st_size == 0:
        return None
    try:
        with open(database, "rb") as handle:
            header = handle.read(16)
        if header != b"SQLite format 3\x00":
            return translate("Backups", "the file is not an SQLite database")
        connection = sqlite3.connect(database.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            rows = [r[0] for r in connection.execute("PRAGMA quick_check").fetchall()]
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        if write_errors.kind_of(error, database.parent) is not None:
            return None
        return str(error)
    except OSError as error:
        if write_errors.kind_of(error) is not None:  # not allowed to read it: not damage
            return None
        return error.strerror or str(error)
    return None if rows == ["ok"] else "; ".join(rows[:5])


def move_aside(database: Path) -> Path:
    """Rename a damaged database (and its -wal/-shm) to ``….damaged-<time>``; never overwrite."""
    database = Path(database)
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    target = database.with_name(f"{database.name}.damaged-{stamp}")
    counter = 2
    while target.exists():
        target = database.with_name(f"{database.name}.damaged-{stamp}-{counter}")
        counter += 1
    os.rename(database, target)
    for suffix in ("-wal", "-shm"):
        companion = database.with_name(database.name + suffix)
        if companion.exists():
            os.rename(companion, target.with_name(target.name + suffix))
    return target


def damaged_copies(database: Path) -> list[Path]:
    """The files ``move_aside`` made of ``database`` (not their -wal/-shm), newest name last."""
    database = Path(database)
    prefix = database.name + ".damaged-"
    try:
        names = [p for p in database.parent.iterdir() if p.name.startswith(prefix)]
    except OSError:
        return []
    return sorted(p for p in names if not p.name.endswith(("-wal", "-shm")))


@dataclass
class StartupReport:
    problem: str | None = None  # None: the file is sound, or not there to check
    moved_to: Path | None = None


def startup_check(database: Path, backups_dir: Path) -> StartupReport:
    """Quick check; a damaged database is moved aside (renamed, never deleted).

    What is offered in its place is the data folder's business (``recovery.assess``): this
    only makes sure nothing opens a damaged file.
    """
    problem = quick_check(database)
    if problem is None:
        return StartupReport()
    return StartupReport(problem, move_aside(database))


def change_marker(database: Path) -> int:
    """A number that grows with every change written (the change log's last id).

    The periodic backup compares it with the marker of the last backup: no change, no copy.
    """
    try:
        connection = sqlite3.connect(Path(database).resolve().as_uri() + "?mode=ro", uri=True)
        try:
            row = connection.execute("SELECT max(id) FROM change_log").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        return -1
    return row[0] or 0
