"""Reading a small file that comes from outside the office (a key registration, a key file, a
report file, a receipt, a circular, a passphrase file) with a bound on its size.

Each kind of file has a size no genuine one comes near; a file beyond it (a wrong file chosen, a
disk image, a device) is refused before it is read, so that nothing outside can make the program
hold gigabytes in memory. Roster workbooks have their own, finer limits (``limits.py``).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from doan_desktop.core.formatting import integer
from doan_desktop.core.messages import translate

KIB = 1024
MIB = 1024 * KIB

# The largest genuine file of each kind, with room to spare.
KEY_REGISTRATION = 64 * KIB
KEY_FILE = 64 * KIB
PASSPHRASE_FILE = 4 * KIB
SIGNED_FILE = 32 * MIB  # a report file, a receipt, a circular (exchange/bundle.py's MAX_FILE)
INDICATOR_LIST = 4 * MIB


class IncomingFileError(ValueError):
    """The file cannot be taken; ``str()`` is a sentence for the clerk."""


def read_incoming(path: Path | str, limit: int) -> bytes:
    """The bytes of ``path`` if it is a regular file of at most ``limit`` bytes."""
    path = Path(path)
    try:
        with open(path, "rb") as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise IncomingFileError(
                    translate("Files", "{path} is not a file. Choose the file itself.").format(
                        path=path
                    )
                )
            # Read one byte past the limit: a file that grows while read is caught too.
            data = handle.read(limit + 1)
    except FileNotFoundError as error:
        raise IncomingFileError(
            translate("Files", "The file {path} does not exist.").format(path=path)
        ) from error
    except IsADirectoryError as error:
        raise IncomingFileError(
            translate("Files", "{path} is a folder. Choose a file in it.").format(path=path)
        ) from error
    except OSError as error:
        raise IncomingFileError(
            translate("Files", "The file {path} cannot be read: {detail}").format(
                path=path, detail=error.strerror or error
            )
        ) from error
    if len(data) > limit:
        raise IncomingFileError(
            translate(
                "Files",
                "The file {path} is larger than {limit}, more than any such file the program "
                "writes: check that it is the right file.",
            ).format(path=path, limit=_size(limit))
        )
    return data


def _size(limit: int) -> str:
    return f"{integer(limit // MIB)} MB" if limit >= MIB else f"{integer(limit // KIB)} KB"
