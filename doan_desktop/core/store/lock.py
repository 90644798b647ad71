"""One program per data folder: a lock the operating system releases when the process ends.

The lock is an exclusive byte-range lock on ``doan.lock`` in the data folder (``fcntl.flock``
on Linux and macOS, ``msvcrt.locking`` on Windows). A crash, a kill or a power cut cannot leave
it behind: the lock belongs to the open file handle, not to the file, so a stale ``doan.lock``
is harmless. The file holds the holder's process id and kind ("gui" or "cli"), only to make the
message precise.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from doan_desktop.core.messages import translate

LOCK_NAME = "doan.lock"
# Windows locks are mandatory: the locked byte lies past the text so others can still read it.
_WINDOWS_LOCK_OFFSET = 4096


class AlreadyLocked(Exception):
    """Another doan-desktop uses this data folder; ``str()`` says which and what to do."""

    def __init__(self, message: str, holder: str = "", pid: int | None = None):
        super().__init__(message)
        self.holder = holder  # "gui", "cli" or "" when unknown
        self.pid = pid  # the holder's process id, when the lock file says it


def _is_windows() -> bool:
    """The one test of the system here, so tests can take the Windows branch on Linux."""
    return os.name == "nt"


def _try_lock(handle) -> bool:
    if _is_windows():
        import msvcrt

        try:
            handle.seek(_WINDOWS_LOCK_OFFSET)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError:
        return False


def _unlock(handle) -> None:
    if _is_windows():
        import msvcrt

        with contextlib.suppress(OSError):
            handle.seek(_WINDOWS_LOCK_OFFSET)
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        with contextlib.suppress(OSError):
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


class DataDirLock:
    """``acquire()`` or AlreadyLocked; ``release()`` (also at process exit, by the OS)."""

    def __init__(self, root: Path, kind: str = "gui"):
        self.path = Path(root) / LOCK_NAME
        self.kind = kind
        self._handle = None

    @property
    def held(self) -> bool:
        return self._handle is not None

    def _holder_fields(self) -> list[str]:
        try:
            return self.path.read_text(encoding="ascii", errors="replace").split()
        except OSError:
            return []

    def holder(self) -> str:
        """The kind of program named in the lock file ("gui", "cli" or "")."""
        parts = self._holder_fields()
        return parts[1] if len(parts) > 1 and parts[1] in ("gui", "cli") else ""

    def holder_pid(self) -> int | None:
        """The process id written in the lock file, if it is one."""
        parts = self._holder_fields()
        return int(parts[0]) if parts and parts[0].isdigit() else None

    def acquire(self) -> DataDirLock:
        if self._handle is not None:
            return self
        handle = open(self.path, "a+b")  # noqa: SIM115 - held open for the life of the lock
        if not _try_lock(handle):
            handle.close()
            holder = self.holder()
            raise AlreadyLocked(self._message(holder), holder, self.holder_pid())
        handle.seek(0)
        handle.truncate()
        handle.write(f" {os.getpid()} {self.kind}\n".encode("ascii"))
        handle.flush()
        self._handle = handle
        return self

    def _message(self, holder: str) -> str:
        folder = self.path.parent
        if holder == "gui":
            return translate(
                "Lock",
                "doan-desktop is already open on this data folder ({path}). "
                "Close the window first, or use it to make this change.",
            ).format(path=folder)
        return translate(
            "Lock",
            "Another doan-desktop command is using this data folder ({path}). "
            "Wait for it to finish and try again.",
        ).format(path=folder)

    def release(self) -> None:
        if self._handle is None:
            return
        _unlock(self._handle)
        self._handle.close()
        self._handle = None

    def __enter__(self) -> DataDirLock:
        return self.acquire()

    def __exit__(self, *_exc) -> None:
        self.release()


def is_locked(root: Path) -> bool:
    """True when some process holds the lock of ``root`` (this one included, on POSIX)."""
    probe = DataDirLock(root, "cli")
    try:
        probe.acquire()
    except AlreadyLocked:
        return True
    except OSError:
        return False
    probe.release()
    return False
