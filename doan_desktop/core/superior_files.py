"""At a commune: a file from the superior office, whichever it is (a receipt or a circular),
as the window takes it (the report page's "Receive replies…" and files dropped on it)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from doan_desktop.core import circulars, receipt_import
from doan_desktop.core.store.db import Database
from doan_desktop.exchange.bundle import CIRCULAR_MEMBER


def _is_circular(data: bytes) -> bool:
    """Whether the archive holds a circular's member (read before anything is trusted; the
    import verifies everything)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return CIRCULAR_MEMBER in archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
        return False


def import_file(database: Database, path: Path) -> list[str]:
    """Import one file from the superior office; what to tell the clerk. ReceiptRefused if it
    is refused (a report file, a damaged file … say so)."""
    data = receipt_import.read_file(path)
    if _is_circular(data):
        return circulars.import_circular(database, data, file_name=Path(path).name).lines()
    return receipt_import.import_receipt(database, data, file_name=Path(path).name).lines()
