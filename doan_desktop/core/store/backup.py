"""Copies of the database made with SQLite's online backup API (consistent even while in use)."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

from doan_desktop.core import clock


def backup_file(source: Path, target: Path) -> Path:
    """Copy the database ``source`` to ``target`` (written beside it, then renamed into place)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
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
    return target


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
