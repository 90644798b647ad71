"""How big a roster file the import reads, and the checks that refuse anything bigger.

A roster file comes from outside (a USB stick, an e-mail, a chapter's own PC), so before a byte of
it is parsed its size is checked, and an .xlsx (a ZIP archive) is checked member by member from
its directory: the declared unpacked sizes, their total and how much each member is compressed.
Python's zipfile never unpacks more than a member's declared size, so a zip bomb is refused from
the directory alone, without inflating it. While the sheets are read (streaming: openpyxl in
read-only mode, the csv module line by line) ``Budget`` counts the rows, the columns, the filled
cells and each cell's length, and stops at the first limit passed.

The limits keep the largest accepted file (50,000 rows of 20 filled columns, half of the cells
different texts) under 300 MB of memory from reading to the preview (bench/import_limits.py
measures it). A large ward has about
20,000 people; a file beyond a limit is refused whole with one sentence that names the limit and
says what to do (split the file), and nothing is written.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
import zipfile
from dataclasses import dataclass
from pathlib import Path

from openpyxl.utils import get_column_letter
from openpyxl.xml.constants import SHARED_STRINGS, WORKSHEET_TYPE

from doan_desktop.core.formatting import integer
from doan_desktop.core.messages import translate

MB = 1024 * 1024

MAX_FILE_BYTES = 20 * MB  # the file as it is on the disk, .xlsx or .csv
MAX_UNPACKED_BYTES = 100 * MB  # an .xlsx: all its members unpacked
MAX_RATIO = 100  # unpacked / packed size of one member
RATIO_FROM_BYTES = 1 * MB  # smaller members (styles, themes) may be packed tighter: harmless
MAX_ROWS = 50_000  # sheet rows per file, title and blank rows included
MAX_COLUMNS = 100
MAX_CELLS = 1_000_000  # filled cells per file: 50,000 rows of 20 columns
# Different texts in an .xlsx's shared-strings table, which openpyxl loads whole before the first
# row (about 180 bytes each): half the cells may hold a text of their own.
MAX_TEXTS = 500_000
MAX_CELL_CHARS = 10_000

_CHUNK = MB
_PREFIX = rb"<(?:[A-Za-z_][\w.-]*:)?"  # a tag, with or without a namespace prefix
_SHARED_STRING = re.compile(_PREFIX + rb"si[\s>/]")
_DIMENSION = re.compile(_PREFIX + rb"dimension[\s>/]")
_SHEET_DATA = re.compile(_PREFIX + rb"sheetData[\s>/]")
_ROW = re.compile(_PREFIX + rb"row[\s>/]")


@dataclass(frozen=True)
class Limits:
    """One set of limits; the defaults are the module's constants (tests pass smaller ones)."""

    file_bytes: int = MAX_FILE_BYTES
    unpacked_bytes: int = MAX_UNPACKED_BYTES
    ratio: int = MAX_RATIO
    ratio_from_bytes: int = RATIO_FROM_BYTES
    rows: int = MAX_ROWS
    columns: int = MAX_COLUMNS
    cells: int = MAX_CELLS
    texts: int = MAX_TEXTS
    cell_chars: int = MAX_CELL_CHARS


class TooLarge(Exception):
    """A file beyond one of the limits. ``limit`` names it (file, unpacked, ratio, shared_strings,
    rows, columns, cells, cell); ``str()`` is the sentence for the clerk."""

    def __init__(self, limit: str, message: str):
        super().__init__(message)
        self.limit = limit
        self.message = message

    def __str__(self) -> str:
        return self.message


def _mb(size: int) -> str:
    """Megabytes rounded up, so that a file just over 20 MB does not read as "20 MB"."""
    return integer(-(-size // MB))


def _split_advice() -> str:
    return translate(
        "Import",
        "Split it into smaller files (for example one per chapter) and import them one after "
        "another.",
    )


def check_file_size(path: Path, size: int, limits: Limits) -> None:
    if size > limits.file_bytes:
        raise TooLarge(
            "file",
            translate(
                "Import",
                "The file {path} is {size} MB; the import reads files of at most {limit} MB.",
            ).format(path=path, size=_mb(size), limit=_mb(limits.file_bytes))
            + " "
            + _split_advice(),
        )


def check_archive(path: Path, archive: zipfile.ZipFile, limits: Limits) -> None:
    """The members' declared sizes (the most zipfile will ever unpack from each), before any of
    them is read; then the number of shared strings, which openpyxl loads whole."""
    total = 0
    for info in archive.infolist():
        total += info.file_size
        if info.file_size > limits.ratio_from_bytes:
            ratio = info.file_size / max(info.compress_size, 1)
            if ratio > limits.ratio:
                raise TooLarge(
                    "ratio",
                    translate(
                        "Import",
                        "The workbook {path} is not a normal Excel file: its part {member} unpacks "
                        "to {ratio} times its packed size (at most {limit} times is accepted), as "
                        "files made to exhaust the computer's memory do. Open it in Excel, copy the "
                        "list into a new workbook, save that and import it.",
                    ).format(
                        path=path,
                        member=info.filename,
                        ratio=integer(int(ratio)),
                        limit=integer(limits.ratio),
                    ),
                )
    if total > limits.unpacked_bytes:
        raise TooLarge(
            "unpacked",
            translate(
                "Import",
                "The workbook {path} unpacks to {size} MB of data; the import reads workbooks of at "
                "most {limit} MB unpacked.",
            ).format(path=path, size=_mb(total), limit=_mb(limits.unpacked_bytes))
            + " "
            + _split_advice(),
        )
    # A sheet declaring no size is parsed whole by openpyxl just to find that out, before a
    # single row can be counted: its rows are counted in the bytes first.
    undeclared = 0
    for member in _members_of_type(archive, WORKSHEET_TYPE):
        undeclared += _undeclared_rows(archive, member, limits.rows - undeclared)
        if undeclared > limits.rows:
            raise too_many_rows(path, limits, member)
    members = _members_of_type(archive, SHARED_STRINGS)
    member = members[0] if members else None
    if member is not None and _count_shared_strings(archive, member) > limits.texts:
        raise TooLarge(
            "shared_strings",
            translate(
                "Import",
                "The workbook {path} holds more than {limit} different texts; the import reads at "
                "most {limit} per file.",
            ).format(path=path, limit=integer(limits.texts))
            + " "
            + _split_advice(),
        )


def _members_of_type(archive: zipfile.ZipFile, content_type: str) -> list[str]:
    """The parts of a content type, found as openpyxl finds them: by [Content_Types].xml,
    whatever their names."""
    try:
        types = ElementTree.fromstring(archive.read("[Content_Types].xml"))
    except (KeyError, ElementTree.ParseError, zipfile.BadZipFile, OSError, ValueError):
        return []  # openpyxl refuses the file itself, with its own reason
    names = []
    for element in types:
        if element.get("ContentType") == content_type and element.get("PartName"):
            name = element.get("PartName").lstrip("/")
            if name in archive.NameToInfo:
                names.append(name)
    return names


def _chunks(archive: zipfile.ZipFile, member: str):
    """The part's bytes in pieces that each end just before a "<" (the rest is carried into the
    next piece), so that no tag is cut in two. A tag never holds a "<"; a run of more than 1 KiB
    without one is text, whose tail is dropped rather than carried."""
    carried = b""
    with archive.open(member) as stream:
        while chunk := stream.read(_CHUNK):
            data = carried + chunk
            cut = data.rfind(b"<")
            if cut < 0:
                cut = len(data)
            yield data[:cut]
            carried = data[cut:] if len(data) - cut <= 1024 else b""
    yield carried + b" "


def _undeclared_rows(archive: zipfile.ZipFile, member: str, most: int) -> int:
    """0 for a sheet part that declares its <dimension> before its data; else its <row> tags,
    counted until there are more than ``most``."""
    rows = 0
    in_data = False
    for piece in _chunks(archive, member):
        if not in_data:
            data = _SHEET_DATA.search(piece)
            dimension = _DIMENSION.search(piece)
            if dimension and (data is None or dimension.start() < data.start()):
                return 0
            if data is None:
                continue
            in_data = True
            piece = piece[data.end() :]
        rows += sum(1 for _ in _ROW.finditer(piece))
        if rows > most:
            break
    return rows


def _count_shared_strings(archive: zipfile.ZipFile, member: str) -> int:
    """The <si> elements of the part, counted in its bytes."""
    return sum(sum(1 for _ in _SHARED_STRING.finditer(piece)) for piece in _chunks(archive, member))


def too_many_rows(path: Path, limits: Limits, sheet: str) -> TooLarge:
    return TooLarge(
        "rows",
        translate(
            "Import",
            "The file {path} has more than {limit} rows (counting to the end of sheet "
            "{sheet}); the import reads at most {limit} rows per file, title and blank rows "
            "included. Delete the empty rows under the list, or split the file into smaller "
            "ones (for example one per chapter) and import them one after another.",
        ).format(path=path, limit=integer(limits.rows), sheet=sheet),
    )


class Budget:
    """What one file holds, counted while it is read; raises TooLarge at the first limit."""

    def __init__(self, path: Path, limits: Limits):
        self.path = path
        self.limits = limits
        self.rows = 0
        self.cells = 0
        self.declared_rows = 0

    def declared(self, sheet: str, rows: int | None, columns: int | None) -> None:
        """A worksheet's declared size (its <dimension>), checked before any row is read: a sheet
        declaring a million rows is refused at once. The rows add up over the file's sheets."""
        if columns is not None and columns > self.limits.columns:
            raise self._too_many_columns(sheet, columns)
        self.declared_rows += rows or 0
        if self.declared_rows > self.limits.rows:
            raise self._too_many_rows(sheet)

    def row(self, sheet: str, number: int, values: list) -> None:
        """One row read, its trailing empty cells already trimmed."""
        self.rows += 1
        if self.rows > self.limits.rows:
            raise self._too_many_rows(sheet)
        if len(values) > self.limits.columns:
            raise self._too_many_columns(sheet, len(values))
        longest = self.limits.cell_chars
        for index, value in enumerate(values):
            if value is None or value == "":
                continue
            self.cells += 1
            if isinstance(value, str) and len(value) > longest:
                raise TooLarge(
                    "cell",
                    translate(
                        "Import",
                        "Cell {cell} of sheet {sheet} in {path} holds {count} characters; a cell "
                        "may hold at most {limit}. Shorten it (a roster cell holds a name, a date "
                        "or an address) and import the file again.",
                    ).format(
                        cell=f"{get_column_letter(index + 1)}{number}",
                        sheet=sheet,
                        path=self.path,
                        count=integer(len(value)),
                        limit=integer(longest),
                    ),
                )
        if self.cells > self.limits.cells:
            raise TooLarge(
                "cells",
                translate(
                    "Import",
                    "The file {path} holds more than {limit} filled cells; the import reads at "
                    "most {limit} per file.",
                ).format(path=self.path, limit=integer(self.limits.cells))
                + " "
                + _split_advice(),
            )

    def _too_many_rows(self, sheet: str) -> TooLarge:
        return too_many_rows(self.path, self.limits, sheet)

    def _too_many_columns(self, sheet: str, columns: int) -> TooLarge:
        return TooLarge(
            "columns",
            translate(
                "Import",
                "Sheet {sheet} of {path} is {count} columns wide (to column {letter}); the import "
                "reads at most {limit} columns. Delete the unused columns right of the list "
                "(formatted empty cells count too) and import the file again.",
            ).format(
                sheet=sheet,
                path=self.path,
                count=integer(columns),
                letter=get_column_letter(min(columns, 18278)),
                limit=integer(self.limits.columns),
            ),
        )
