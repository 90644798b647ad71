"""Owner-only folders and files on Linux and macOS.

The data folder holds people's identity numbers, phone numbers and addresses: no other user of
the machine may read it. On POSIX the folders are 0700 and the files 0600. New database files
are created 0600 before SQLite opens them, and SQLite gives a database's -wal, -shm and -journal
the mode of the database itself. On Windows the per-user data folder is private already and
chmod cannot express its access lists: nothing is done there.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

PRIVATE_FOLDER = 0o700
PRIVATE_FILE = 0o600
_OTHERS = 0o077  # the group's and everyone else's bits


def applies() -> bool:
    return os.name == "posix"


def make_folder(path: Path) -> Path:
    """Create ``path`` (and its parents) if needed; the folder itself ends owner-only."""
    path = Path(path)
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)
    tighten(path)
    return path


def create_file(path: Path) -> None:
    """Create ``path`` empty and owner-only, or make an existing one owner-only."""
    if not applies():
        return
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT, PRIVATE_FILE)
    os.close(descriptor)
    tighten(path)


def tighten(path: Path) -> None:
    """Take the group's and others' bits off ``path`` (never through a symbolic link).

    A file or folder that cannot be changed (another user's) is left as it is: the check is
    about what the program writes, not a reason to stop.
    """
    if not applies():
        return
    with contextlib.suppress(OSError):
        mode = os.lstat(path).st_mode
        if stat.S_ISLNK(mode) or not mode & _OTHERS:
            return
        os.chmod(path, stat.S_IMODE(mode) & ~_OTHERS)


def tighten_folder(root: Path) -> None:
    """``root``, the files in it, and its subfolders with their files, made owner-only.

    Two levels (the data folder, and folders such as backups/ and logs/): whatever the program
    keeps there, without walking further into a folder the clerk may have pointed at by mistake.
    """
    if not applies():
        return
    root = Path(root)
    tighten(root)
    for child in _children(root):
        tighten(child)
        if child.is_dir() and not child.is_symlink():
            for grandchild in _children(child):
                if not grandchild.is_dir():
                    tighten(grandchild)


def _children(folder: Path) -> list[Path]:
    try:
        return list(folder.iterdir())
    except OSError:
        return []
