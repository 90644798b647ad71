"""Copies of the database made with SQLite's online backup API (consistent even while in use)."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from pathlib import Path

from doan_desktop.core import clock
from doan_desktop.core.store import private

# Every atomic write in the program writes "<name>.partial" (or a temporary name ending so)
# and renames it into place; a file still named so is a write that never finished.
PARTIAL = ".partial"
SQLITE_COMPANIONS = ("-journal", "-wal", "-shm")


def backup_file(source: Path, target: Path) -> Path:
    """Copy the database ``source`` to ``target`` (written beside it, then renamed into place).

    The copy is owner-only from its first byte. When anything fails (a full disk, a damaged
    source), the half-written ``….partial`` and its journal are removed: a failed copy never
    leaves a file that takes the space it could not get.
    """
    private.make_folder(target.parent)
    partial = target.with_name(target.name + PARTIAL)
    done = False
    try:
        _truncate_private(partial)
        # A URI, quoted by pathlib: a folder name may hold "?", "#" or "%".
        src = sqlite3.connect(Path(source).resolve().as_uri() + "?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
                # The copy would otherwise inherit WAL mode and grow -wal/-shm files when read.
                dst.execute("PRAGMA journal_mode=DELETE")
                check = dst.execute("PRAGMA integrity_check").fetchone()[0]
                if check != "ok":
                    raise sqlite3.DatabaseError(f"backup failed its integrity check: {check}")
            finally:
                dst.close()
        finally:
            src.close()
        with open(partial, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, target)
        done = True
    finally:
        if not done:
            remove_partial(partial)
    return target


def _truncate_private(path: Path) -> None:
    """An empty owner-only file at ``path`` (a stale one from a crash is emptied)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC
    os.close(os.open(path, flags, private.PRIVATE_FILE))
    private.tighten(path)


def remove_partial(partial: Path) -> None:
    """Remove a half-written copy and the journal SQLite may have made beside it."""
    for suffix in ("", *SQLITE_COMPANIONS):
        with contextlib.suppress(OSError):
            partial.with_name(partial.name + suffix).unlink()


def is_partial(name: str) -> bool:
    """Whether ``name`` is a half-written file (of any atomic write) or its SQLite journal."""
    if name.endswith(PARTIAL):
        return True
    return any(name.endswith(PARTIAL + suffix) for suffix in SQLITE_COMPANIONS)


def timestamped_name(reason: str, now: dt.datetime | None = None) -> str:
    now = now or clock.now()
    return f"doan-{now:%Y%m%d-%H%M%S-%f}-{reason}.sqlite3"


def backup_now(database: Path, backups_dir: Path, reason: str) -> Path:
    return backup_file(database, backups_dir / timestamped_name(reason))


def restore_file(backup: Path, database: Path) -> None:
    """Put ``backup`` in place of ``database`` (the caller backs the present state up first)."""
    for suffix in ("-wal", "-shm"):
        stale = database.with_name(database.name + suffix)
        if stale.exists():
            stale.unlink()
    backup_file(backup, database)
