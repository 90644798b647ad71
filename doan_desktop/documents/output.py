"""Writing a finished document to disk without ever leaving half a file under its name."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_file_atomically(path: Path, data: bytes) -> None:
    """Write to a temporary file beside ``path``, flush it to disk, then rename it over
    ``path``: a reader, a crash or a full disk sees the old file or the new one, never a
    part. Raises OSError (the temporary file is removed)."""
    path = Path(path)
    if path.is_dir():
        raise IsADirectoryError(21, os.strerror(21), str(path))
    descriptor, partial = tempfile.mkstemp(
        dir=path.parent, prefix=f".{path.name}.", suffix=".partial"
    )
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, path)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise
