"""Why a write failed, when the reason is the disk or the permissions, said with what to do.

A full disk (ENOSPC, a quota, SQLite's "database or disk is full") and a folder or file the
program may not write (EACCES, EPERM, EROFS, "attempt to write a readonly database") are not
damage to the data: a message that says "cannot be read, restore a backup" would send the clerk
the wrong way. ``describe`` names the case; other errors get None and keep their own message.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from pathlib import Path

from doan_desktop.core.messages import translate

FULL = "full"
DENIED = "denied"

_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_DENIED_ERRNOS = {errno.EACCES, errno.EPERM, errno.EROFS}
# SQLite's primary result codes (the low byte of an extended code).
_SQLITE_FULL = 13
_SQLITE_READONLY = 8
_SQLITE_PERM = 3
_SQLITE_CANTOPEN = 14
_SQLITE_IOERR = 10
# Less free space than this, and an I/O error is taken for a full disk: a write of a few
# database pages cannot fit.
NEARLY_FULL = 1024 * 1024


def kind_of(error: BaseException | None, where: Path | str | None = None) -> str | None:
    """FULL, DENIED or None, looking through SQLAlchemy's wrapper and the chain of causes.

    ``where`` (the folder written to) lets SQLite's "unable to open database file" count as
    DENIED when that folder cannot be written: a database in write-ahead-log mode cannot be
    opened, even to read, where SQLite may not make its -shm file beside it.
    """
    seen: set[int] = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        kind = _own_kind(error, where)
        if kind is not None:
            return kind
        error = getattr(error, "orig", None) or error.__cause__ or error.__context__
    return None


def _own_kind(error: BaseException, where: Path | str | None) -> str | None:
    if isinstance(error, OSError) and error.errno is not None:
        if error.errno in _FULL_ERRNOS:
            return FULL
        if error.errno in _DENIED_ERRNOS:
            return DENIED
        return None
    if isinstance(error, sqlite3.Error):
        code = getattr(error, "sqlite_errorcode", None)
        if code is not None:
            code &= 0xFF
            if code == _SQLITE_FULL:
                return FULL
            if code in (_SQLITE_READONLY, _SQLITE_PERM):
                return DENIED
        text = str(error).lower()
        if "database or disk is full" in text:
            return FULL
        if "readonly database" in text or "read-only database" in text:
            return DENIED
        if where is None:
            return None
        if (code == _SQLITE_CANTOPEN or "unable to open database file" in text) and not (
            _writable(Path(where))
        ):
            return DENIED
        # SQLite says "disk I/O error" when it cannot grow its -shm or -wal file on a full
        # disk: the free space tells that apart from a failing disk or a pulled USB stick.
        if (code == _SQLITE_IOERR or "disk i/o error" in text) and _nearly_full(Path(where)):
            return FULL
    return None


def _nearly_full(where: Path) -> bool:
    folder = where if where.is_dir() else where.parent
    try:
        return shutil.disk_usage(folder).free < NEARLY_FULL
    except OSError:
        return False


def _writable(where: Path) -> bool:
    folder = where if where.is_dir() else where.parent
    return os.access(folder, os.W_OK)


def describe(error: BaseException | None, path: Path | str) -> str | None:
    """The sentence for a full disk or a denied write at ``path``; None for other errors."""
    kind = kind_of(error, path)
    if kind == FULL:
        return translate(
            "Storage",
            "The disk is full: {path} could not be written. Free some space on that disk "
            "(delete files you no longer need, empty the Recycle Bin) and try again.",
        ).format(path=path)
    if kind == DENIED:
        return translate(
            "Storage",
            "No permission to write to {path}: the folder or file is read-only or belongs to "
            "another user. Ask whoever looks after this computer for write permission, or use "
            "a data folder you can write to.",
        ).format(path=path)
    return None
