"""Writing a file so that the final name holds either the old file or the whole new one.

The bytes go to a temporary file in the same folder, are flushed to the disk (fsync), and only
then renamed over the final name (``os.replace`` is atomic on one file system). A full disk, a
read-only folder, a file open in Excel or a USB stick pulled out become ``FileWriteError`` with a
sentence for the clerk, and the temporary file is removed.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from doan_desktop.core.messages import translate


class FileWriteError(OSError):
    """The file could not be written; ``str()`` is a sentence for the clerk."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


def describe_os_error(error: OSError, path: Path) -> str:
    """What went wrong with ``path``, said so that the clerk knows what to do."""
    code = error.errno
    if code == errno.ENOSPC or code == getattr(errno, "EDQUOT", None):
        return translate(
            "Files", "The disk is full: {path} could not be written. Free some space and try again."
        ).format(path=path)
    if code in (errno.EROFS,):
        return translate(
            "Files", "The folder of {path} is read-only. Choose another folder."
        ).format(path=path)
    if code in (errno.EACCES, errno.EPERM):
        return translate(
            "Files",
            "{path} cannot be written: it is open in another program (close it there) "
            "or the folder is read-only.",
        ).format(path=path)
    if code == errno.ENOENT:
        return translate(
            "Files", "The folder of {path} does not exist (a USB stick removed?)."
        ).format(path=path)
    if code == errno.EIO:
        return translate(
            "Files", "The disk failed while writing {path} (a USB stick removed?). Try again."
        ).format(path=path)
    return translate("Files", "{path} could not be written: {detail}").format(
        path=path, detail=error.strerror or error
    )


def write_atomically(path: Path, write: Callable[[Path], None]) -> Path:
    """Call ``write(temporary_path)``, then put the result under ``path``."""
    path = Path(path)
    temporary: Path | None = None
    try:
        handle, name = tempfile.mkstemp(
            prefix=f".{path.stem}-", suffix=path.suffix + ".partial", dir=path.parent
        )
        os.close(handle)
        temporary = Path(name)
        write(temporary)
        with open(temporary, "rb+") as stream:
            os.fsync(stream.fileno())
        os.replace(temporary, path)
        temporary = None
        _sync_folder(path.parent)
    except OSError as error:
        if isinstance(error, FileWriteError):
            raise
        raise FileWriteError(describe_os_error(error, path)) from error
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                temporary.unlink()
    return path


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; Windows has no directory handles to sync)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
