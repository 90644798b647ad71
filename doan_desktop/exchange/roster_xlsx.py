"""Roster spreadsheets as offices keep them: reading (.xlsx, .csv) and the member-list export.

Reading finds the header row itself (anywhere in the first rows, possibly two rows high with
"Nam" / "Nữ" or "Họ" / "Tên" under a merged cell), maps the columns by their Vietnamese names,
and turns each data row into a ``ParsedRow``: the values as the roster stores them and the
problems found in the cells. Title rows, blank rows, totals rows and the signature block are
skipped; none of them becomes a person.

Files come from outside: each is checked against ``exchange.limits`` before it is parsed and
while it is streamed (openpyxl in read-only mode, a CSV line by line), and refused whole, with
one sentence, beyond a limit. A CSV may be UTF-8, UTF-16 or Windows-1258, detected or chosen,
its columns separated by commas, semicolons or tabs; its text is read in NFC.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import datetime as dt
import itertools
import re
import unicodedata
import xml.etree.ElementTree as ElementTree
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import openpyxl
from openpyxl.utils import get_column_letter
from openpyxl.utils.cell import range_boundaries
from openpyxl.utils.datetime import from_excel
from openpyxl.utils.exceptions import InvalidFileException

from doan_desktop.core.dates import DateFormatError, PartialDate
from doan_desktop.core.formatting import integer
from doan_desktop.core.messages import translate
from doan_desktop.core.roster import ClassificationInput, PersonInput
from doan_desktop.core.text import clean, fold, normalise_name, split_name
from doan_desktop.exchange.cells import FORMULA_STARTS, unquote_csv
from doan_desktop.exchange.columns import classification_year, compact, match_header
from doan_desktop.exchange.encodings import ENCODING_LABELS, ENCODINGS
from doan_desktop.exchange.limits import Budget, Limits, TooLarge, check_archive, check_file_size
from doan_desktop.exchange.roster_words import read_classification, read_status

HEADER_SEARCH_ROWS = 20
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_SIGNATURE = b"PK\x03\x04"
TEXT_SUFFIXES = (".csv", ".txt", ".tsv")  # Excel's "Unicode Text" is a tab-separated .txt
# Sheet names that say nothing about the chapter: Excel's defaults and "the list".
DEFAULT_SHEET_NAMES = {
    "sheet",
    "sheet1",
    "sheet2",
    "sheet3",
    "trangtinh1",
    "trangtinh",
    "data",
    "ds",
    "dsdv",
    "danhsach",
    "danhsachdoanvien",
    "dsdoanvien",
    "tonghop",
    "doanvien",
    "thanhnien",
}

# Fields filled straight from text.
TEXT_FIELDS = (
    "other_names",
    "ethnicity",
    "religion",
    "hometown",
    "address",
    "occupation",
    "education",
    "qualification",
    "political_theory",
    "admission_place",
    "card_number",
    "note",
)
# Header cells that sit above sub-headers ("Ngày sinh" above "Nam" | "Nữ", "Họ và tên" above
# "Họ" | "Tên"): the sub-header names the column.
_GROUP_FIELDS = {None, "full_name", "birth_date", "gender", "is_member", "row_number"}
_SIGNATURE_MARKERS = {
    "nguoilapbieu",
    "nguoilap",
    "nguoilapdanhsach",
    "bithu",
    "phobithu",
    "bithuchidoan",
    "tmbch",
    "tmbchchidoan",
    "tmbanchaphanh",
    "tmbchdoanxa",
    "tmbtv",
    "xacnhan",
    "xacnhancuachidoan",
    "kyghirohoten",
    "kytenghirohoten",
    "kyten",
    "kyvaghirohoten",
    "thutruongdonvi",
    "truongthon",
    "chutich",
}
_DATE_LINE = re.compile(r"ngay\W*(\d+|\.+|…+)?\W*thang")
_TOTAL_MARKERS = ("tongcong", "tongso", "cong", "tong")
_COLUMN_NUMBER = re.compile(r"^\(?\d{1,2}\)?$|^\(?[a-zA-Z]\)?$")
_DIGITS = re.compile(r"^\d+$")


class UnreadableFile(Exception):
    """The file cannot be read as a roster at all; ``str()`` says why in one sentence."""


class FileTooLarge(UnreadableFile):
    """The file is beyond one of the import's limits (``exchange.limits``); ``limit`` names it."""

    def __init__(self, limit: str, message: str):
        super().__init__(message)
        self.limit = limit


@dataclass
class Column:
    index: int  # 0-based
    letter: str
    header: str  # as written in the file
    field: str | None


@dataclass(slots=True)
class SourceRow:
    number: int  # the row number Excel shows (1-based)
    values: list


# What a sheet holds: people (a roster), or the export's list of offices or of chapters.
PEOPLE, OFFICES, CHAPTERS = "people", "offices", "chapters"
_NAME_FIELDS = frozenset({"full_name", "family_name", "given_name"})
# What a sheet of offices has besides the offices: who holds each (name, birth date, ID).
_OFFICE_SHEET_FIELDS = frozenset(
    {
        "row_number",
        "full_name",
        "family_name",
        "given_name",
        "birth_date",
        "birth_male",
        "birth_female",
        "gender",
        "id_number",
        "office",
        "office_level",
        "chapter",
        "office_start",
        "office_end",
        "note",
    }
)


def sheet_kind(fields: set[str]) -> str:
    """PEOPLE, OFFICES (one office per row: "Chức vụ" with "Từ ngày" or "Đến ngày" and nothing
    about the person but who it is) or CHAPTERS ("Tên chi đoàn" and "Loại chi đoàn")."""
    if "office" in fields and fields & {"office_start", "office_end"}:
        if fields <= _OFFICE_SHEET_FIELDS:
            return OFFICES
    if {"chapter", "chapter_kind"} <= fields and not fields & _NAME_FIELDS:
        return CHAPTERS
    return PEOPLE


@dataclass
class SheetTable:
    name: str
    header_row: int
    columns: list[Column]
    rows: list[SourceRow]
    skipped: dict[str, list[int]] = field(default_factory=dict)  # reason → row numbers
    kind: str = PEOPLE

    def mapping(self) -> dict[int, str | None]:
        return {c.index: c.field for c in self.columns}

    def set_field(self, index: int, name: str | None) -> None:
        """Map column ``index`` to ``name``; a field is read from one column only (a
        classification from one column a year)."""
        for column in self.columns:
            if name and name != "classification" and column.field == name:
                if column.index != index:
                    column.field = None
            if column.index == index:
                column.field = name

    def chapter_from_name(self) -> str:
        """The chapter the sheet's name names (empty for "Sheet1" and the like)."""
        return "" if compact(self.name) in DEFAULT_SHEET_NAMES else clean(self.name)


@dataclass
class SourceBook:
    path: Path
    sheets: list[SheetTable]
    # Sheets with no recognisable header row: (name, reason).
    ignored_sheets: list[tuple[str, str]] = field(default_factory=list)
    # A CSV's encoding as shown (UTF-8, UTF-16 LE, Windows-1258; "" for a workbook), whether it
    # was detected or chosen, and the separator its columns are split on.
    encoding: str = ""
    encoding_detected: bool = False
    delimiter: str = ""


@dataclass(slots=True)
class ParsedRow:
    sheet: str
    row: int
    data: PersonInput
    # PersonInput fields the file gives (others are left as they are); rows of a sheet mostly
    # give the same fields, and share one frozenset.
    provided: frozenset[str]
    chapter: str | None  # None: the file names no chapter for this row
    office: str
    errors: dict[str, str]  # field → reason
    values: list
    # The office column's level ("Cấp") and start date ("Từ ngày") when the sheet has them.
    office_level: str = ""
    office_start: object = None
    # Fields whose cell began like a formula (=, +, -, @, a tab): taken as the text they are.
    formula_like: tuple[str, ...] = ()
    # Years whose classification column is in the file (a cell may be empty: nothing known).
    classification_years: tuple[int, ...] = ()


# ----------------------------------------------------------------------------- reading


def read_book(path: Path, encoding: str = "auto", limits: Limits | None = None) -> SourceBook:
    """Read every sheet of an .xlsx or .csv file; UnreadableFile if that is not possible, and
    FileTooLarge (an UnreadableFile) for a file beyond ``limits``, of which nothing is kept.

    ``encoding`` applies to a CSV: "auto" (detected), "utf-8", "utf-16" or "cp1258".
    """
    path = Path(path)
    limits = limits or Limits()
    if encoding not in ENCODINGS:
        raise ValueError(f"unknown encoding {encoding!r}")
    try:
        size = path.stat().st_size
        with open(path, "rb") as handle:
            head = handle.read(8)
    except OSError as error:
        raise UnreadableFile(
            translate("Import", "The file {path} cannot be opened: {detail}").format(
                path=path, detail=error.strerror or error
            )
        ) from error
    text_encoding: TextEncoding | None = None
    delimiter = ""
    try:
        check_file_size(path, size, limits)
        if head.startswith(OLE_SIGNATURE):
            raise UnreadableFile(_ole_reason(path))
        if head.startswith(ZIP_SIGNATURE):
            tables = _read_xlsx(path, limits)
        elif path.suffix.lower() in TEXT_SUFFIXES:
            rows, text_encoding, delimiter = _read_csv(path, encoding, limits)
            tables = [(path.stem, rows, [])]
        else:
            raise UnreadableFile(
                translate("Import", "The file {path} is not a spreadsheet (.xlsx or .csv).").format(
                    path=path
                )
            )
    except TooLarge as error:
        raise FileTooLarge(error.limit, str(error)) from error
    except MemoryError as error:  # the limits should make this unreachable; never a traceback
        raise FileTooLarge(
            "memory",
            translate(
                "Import",
                "The file {path} does not fit in this computer's memory. Split it into smaller "
                "files (for example one per chapter) and import them one after another.",
            ).format(path=path),
        ) from error
    book = SourceBook(path, [])
    if text_encoding is not None:
        book.encoding = text_encoding.label
        book.encoding_detected = text_encoding.detected
        book.delimiter = delimiter
    for name, rows, merges in tables:
        table = _find_table(name, rows, merges)
        if table is None:
            book.ignored_sheets.append((name, translate("Import", "no header row found")))
        else:
            book.sheets.append(table)
    if not any(t.kind == PEOPLE for t in book.sheets):
        # A list of offices only lists the offices of people in another sheet: alone, it is a
        # roster that says each person's office with its level and start ("Cấp", "Từ ngày").
        for table in book.sheets:
            if table.kind == OFFICES:
                table.kind = PEOPLE
    if not book.sheets:
        raise UnreadableFile(
            translate(
                "Import",
                "No header row was found in {path}: the first {n} rows of each sheet hold no "
                'column named like "Họ và tên".',
            ).format(path=path, n=HEADER_SEARCH_ROWS)
        )
    return book


def _ole_reason(path: Path) -> str:
    """An OLE compound file is either an encrypted workbook or the old .xls format."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(1 << 20)
    except OSError:
        data = b""
    if (
        "EncryptionInfo".encode("utf-16-le") in data
        or "EncryptedPackage".encode("utf-16-le") in data
    ):
        return translate(
            "Import",
            "The file {path} is protected by a password. Open it in Excel, remove the password "
            "(File › Info › Protect Workbook), save it and import it again.",
        ).format(path=path)
    return translate(
        "Import",
        "The file {path} is in the old Excel 97-2003 format. Open it in Excel and save it as "
        '"Excel Workbook (.xlsx)", then import that file.',
    ).format(path=path)


def _not_a_workbook(path: Path, error: Exception) -> UnreadableFile:
    return UnreadableFile(
        translate("Import", "The file {path} is not a readable Excel workbook ({detail}).").format(
            path=path, detail=error
        )
    )


def _damaged(path: Path, error: Exception) -> UnreadableFile:
    return UnreadableFile(
        translate("Import", "The file {path} is damaged ({detail}).").format(
            path=path, detail=error
        )
    )


class _Rows:
    """Rows as kept in memory: without their trailing empty cells (what Excel pads a row with
    costs memory only), and with a text repeated down a column (the sex, the ethnicity, the
    chapter) held once instead of once per row — for 50,000 rows most of what a file costs.
    Each column remembers at most ``_SHARED_PER_COLUMN`` texts, so a column of names (all
    different) costs no more than that."""

    def __init__(self):
        self.columns: list[dict[str, str]] = []

    def keep(self, values) -> list:
        end = len(values)
        while end and (values[end - 1] is None or values[end - 1] == ""):
            end -= 1
        row = list(values[:end])
        columns = self.columns
        while len(columns) < end:
            columns.append({})
        for index, value in enumerate(row):
            if value.__class__ is str:
                seen = columns[index]
                kept = seen.get(value)
                if kept is not None:
                    row[index] = kept
                elif len(seen) < _SHARED_PER_COLUMN:
                    seen[value] = value
        return row


_SHARED_PER_COLUMN = 256


def _read_xlsx(path: Path, limits: Limits):
    # The archive's directory first: a zip bomb is refused before openpyxl unpacks anything.
    try:
        with zipfile.ZipFile(path) as archive:
            check_archive(path, archive, limits)
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError) as error:
        raise _not_a_workbook(path, error) from error
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (
        InvalidFileException,
        zipfile.BadZipFile,
        zlib.error,
        KeyError,
        OSError,
        EOFError,
        ValueError,
        TypeError,
        ElementTree.ParseError,
    ) as error:
        raise _not_a_workbook(path, error) from error
    budget = Budget(path, limits)
    tables = []
    try:
        sheets = [
            sheet
            for sheet in workbook.worksheets
            if getattr(sheet, "sheet_state", "visible") == "visible"
        ]
        # Every sheet's declared size before any row: a row bomb is refused at once.
        for sheet in sheets:
            budget.declared(sheet.title, sheet.max_row, sheet.max_column)
        for sheet in sheets:
            # The declared size can also be too small (some programs always write "A1"), and
            # openpyxl would then stop there: the rows are read to the end and counted instead.
            # Each row is cut one column past the limit, so a cell far to the right costs
            # nothing and a row reaching past the limit is still seen.
            sheet.reset_dimensions()
            rows = []
            kept = _Rows()
            values = sheet.iter_rows(max_col=limits.columns + 1, values_only=True)
            for number, row in enumerate(values, start=1):
                trimmed = kept.keep(row)
                budget.row(sheet.title, number, trimmed)
                rows.append(trimmed)
            tables.append((sheet.title, rows, _clamped_merges(rows, _merged_ranges(sheet))))
    except (
        zipfile.BadZipFile,
        zlib.error,
        KeyError,
        EOFError,
        ValueError,
        TypeError,
        ElementTree.ParseError,
    ) as error:
        raise _damaged(path, error) from error
    finally:
        workbook.close()
    return tables


# A <mergeCell ref="A1:H1"/> element, with or without a namespace prefix.
_MERGE_CELL = re.compile(
    rb"<(?:[A-Za-z_][\w.-]*:)?mergeCell\s[^<>]*?\bref\s*=\s*[\"']([^\"']*)[\"']"
)
_CHUNK = 1 << 20


def _merged_ranges(sheet) -> list[tuple[int, int, int, int]]:
    """(min_col, min_row, max_col, max_row) of each merged range.

    Read-only mode (several times faster on big files) does not expose merged cells, so they
    are taken from the sheet's own XML, streamed in chunks: each <mergeCell> element is short
    and holds no "<", so a chunk is searched up to its last "<" and the rest carried over.
    """
    source = sheet._get_source()  # noqa: SLF001 - the read-only sheet's XML stream
    ranges = []
    carried = b""
    try:
        while chunk := source.read(_CHUNK):
            data = carried + chunk
            cut = data.rfind(b"<")
            if cut < 0:
                cut = len(data)
            if b"ergeCell" in data:
                for match in _MERGE_CELL.finditer(data, 0, cut):
                    with contextlib.suppress(ValueError, TypeError):
                        ranges.append(range_boundaries(match.group(1).decode("ascii", "replace")))
            # A tail longer than any mergeCell element is a long text: nothing to carry.
            carried = data[cut:] if len(data) - cut <= 1024 else b""
        if carried and b"ergeCell" in carried:
            for match in _MERGE_CELL.finditer(carried):
                with contextlib.suppress(ValueError, TypeError):
                    ranges.append(range_boundaries(match.group(1).decode("ascii", "replace")))
    finally:
        source.close()
    return ranges


def _clamped_merges(rows: list[list], merges) -> list[tuple[int, int, int, int]]:
    """Merged ranges cut to the rows and columns that hold something. Valid merged ranges do not
    overlap, so together they cover at most the sheet: more is a damaged (or hostile) file, whose
    filling would take hours."""
    height = len(rows)
    width = max((len(r) for r in rows), default=0)
    room = height * width
    clamped = []
    for min_col, min_row, max_col, max_row in merges:
        max_col, max_row = min(max_col, width), min(max_row, height)
        if min_col > max_col or min_row > max_row:
            continue
        room -= (max_row - min_row + 1) * (max_col - min_col + 1)
        if room < 0:
            raise ValueError(translate("Import", "its merged cells overlap"))
        clamped.append((min_col, min_row, max_col, max_row))
    return clamped


# ----------------------------------------------------------------------------- CSV


@dataclass(frozen=True)
class TextEncoding:
    codec: str  # for open()
    label: str  # as shown: UTF-8, UTF-16 LE, UTF-16 BE, Windows-1258
    detected: bool  # True: found by looking at the file; False: chosen by the clerk


_UTF16_BOMS = ((codecs.BOM_UTF16_LE, "UTF-16 LE"), (codecs.BOM_UTF16_BE, "UTF-16 BE"))


def _utf16_order(head: bytes) -> str | None:
    """ "le" / "be" for UTF-16 without a byte-order mark: text that is mostly ASCII (digits,
    separators, Latin letters) has a zero byte in every other place."""
    pairs = len(head) // 2
    if pairs < 2:
        return None
    even, odd = head[0 : pairs * 2 : 2].count(0), head[1 : pairs * 2 : 2].count(0)
    if odd * 4 > pairs and even * 4 < odd:
        return "le"
    if even * 4 > pairs and odd * 4 < even:
        return "be"
    return None


def _is_utf8(path: Path) -> bool:
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        with open(path, "rb") as stream:
            while chunk := stream.read(_CHUNK):
                decoder.decode(chunk)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def detect_encoding(path: Path, choice: str = "auto") -> TextEncoding:
    """The encoding of a CSV: a byte-order mark says UTF-16 or UTF-8; else valid UTF-8 is UTF-8;
    else Windows-1258 (Vietnamese ANSI, what Excel writes as "CSV" on a Vietnamese Windows).
    ``choice`` other than "auto" is used as it is (a UTF-16 byte order still read from the file).
    """
    with open(path, "rb") as stream:
        head = stream.read(64 * 1024)
    detected = choice == "auto"
    if choice in ("auto", "utf-16"):
        for bom, label in _UTF16_BOMS:
            if head.startswith(bom):
                return TextEncoding("utf-16", label, detected)
        order = _utf16_order(head) if b"\x00" in head else None
        if order is not None:
            return TextEncoding(f"utf-16-{order}", f"UTF-16 {order.upper()}", detected)
        if choice == "utf-16":
            raise UnreadableFile(
                translate(
                    "Import",
                    "The file {path} is not UTF-16 text. Choose another encoding, or let the "
                    "program detect it.",
                ).format(path=path)
            )
    if b"\x00" in head:
        if _utf16_order(head) is not None:
            raise UnreadableFile(
                translate(
                    "Import",
                    "The file {path} is UTF-16 text, not {encoding}. Choose UTF-16, or let the "
                    "program detect the encoding.",
                ).format(path=path, encoding=ENCODING_LABELS[choice])
            )
        raise UnreadableFile(
            translate("Import", "The file {path} is not a spreadsheet (.xlsx or .csv).").format(
                path=path
            )
        )
    if choice == "utf-8" or (choice == "auto" and _is_utf8(path)):
        return TextEncoding("utf-8-sig", "UTF-8", detected)  # utf-8-sig: a BOM is dropped
    return TextEncoding("cp1258", "Windows-1258", detected)


def _nfc_lines(stream) -> Iterator[str]:
    """Lines in NFC: Windows-1258 writes tones as combining marks, macOS composes differently."""
    for line in stream:
        yield line if line.isascii() else unicodedata.normalize("NFC", line)


def _sniff_delimiter(lines: list[str]) -> str:
    """The separator under which a line of the head reads as the best header row (most columns
    recognised); between equals, the one used most. csv.Sniffer is misled by title lines above
    the table and by commas inside addresses."""
    best, best_key = ",", (-1, -1)
    for delimiter in (",", ";", "\t"):
        try:
            rows = list(csv.reader(lines, delimiter=delimiter))
        except csv.Error:
            rows = []
        score = max((_header_score(row)[0] for row in rows), default=0)
        key = (score, sum(line.count(delimiter) for line in lines))
        if key > best_key:
            best, best_key = delimiter, key
    return best


def _undecodable_line(path: Path, codec: str) -> int:
    """The line holding the first byte ``codec`` cannot decode (the text reader decodes ahead
    in blocks, so its own position says nothing)."""
    decoder = codecs.getincrementaldecoder(codec)()
    offset = 0
    with open(path, "rb") as stream:
        while chunk := stream.read(_CHUNK):
            try:
                decoder.decode(chunk)
            except UnicodeDecodeError as error:
                stream.seek(0)
                before = stream.read(max(offset + error.start, 0))
                return before.decode(codec, errors="replace").count("\n") + 1
            offset += len(chunk)
    return 1


def _read_csv(path: Path, choice: str, limits: Limits) -> tuple[list[list], TextEncoding, str]:
    encoding = detect_encoding(path, choice)
    budget = Budget(path, limits)
    rows: list[list] = []
    line = 0
    try:
        with open(path, encoding=encoding.codec, newline="") as stream:
            lines = _nfc_lines(stream)
            head = list(itertools.islice(lines, HEADER_SEARCH_ROWS + 5))
            delimiter = _sniff_delimiter(head)
            reader = csv.reader(itertools.chain(head, lines), delimiter=delimiter)
            kept = _Rows()
            for number, row in enumerate(reader, start=1):
                line = reader.line_num
                if any(value[:1] == "'" for value in row):
                    # A formula-like text this program (or another) wrote behind a quote.
                    row = [unquote_csv(value) for value in row]
                trimmed = kept.keep(row)
                budget.row(path.stem, number, trimmed)
                rows.append(trimmed)
    except UnicodeDecodeError as error:
        if encoding.detected:
            message = translate(
                "Import",
                "The file {path} is neither UTF-8 nor Windows-1258 text (line {line}). Save it "
                'from Excel as "CSV UTF-8 (Comma delimited)" and import it again.',
            )
        else:
            message = translate(
                "Import",
                "The file {path} is not {encoding} text (line {line}). Choose another encoding, "
                "or let the program detect it.",
            )
        line = _undecodable_line(path, encoding.codec)
        raise UnreadableFile(
            message.format(path=path, encoding=encoding.label, line=line)
        ) from error
    except csv.Error as error:
        if "field larger than field limit" in str(error):
            raise TooLarge(
                "cell",
                translate(
                    "Import",
                    "Line {line} of {path} holds a cell of more than {limit} characters; a cell "
                    "may hold at most {limit}. Shorten it (a roster cell holds a name, a date or "
                    "an address) and import the file again.",
                ).format(line=line + 1, path=path, limit=integer(limits.cell_chars)),
            ) from error
        raise _damaged(path, error) from error
    return rows, encoding, delimiter


def cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, dt.datetime | dt.date):
        return PartialDate.from_date(value).display()
    text = str(value)
    cleaned = clean(text)
    # A text that is already clean is kept as it is, not copied: the row holds it already.
    return text if cleaned == text else cleaned


# Texts repeat down a column (the ethnicity, the religion, the chapter, "Nam"): cleaned once,
# and the same text kept for every row (typed: 1 and True are different cells).
_cell_text = lru_cache(maxsize=4096, typed=True)(cell_text)


def _fill_merges(rows: list[list], merges) -> None:
    """Every cell of a merged range takes the value written in its top-left cell."""
    for min_col, min_row, max_col, max_row in merges:
        if min_row > len(rows):
            continue
        value = rows[min_row - 1][min_col - 1] if min_col - 1 < len(rows[min_row - 1]) else None
        for r in range(min_row, min(max_row, len(rows)) + 1):
            row = rows[r - 1]
            if len(row) < max_col:
                row.extend([None] * (max_col - len(row)))
            for c in range(min_col, max_col + 1):
                row[c - 1] = value


def _header_score(row: list) -> tuple[int, set[str]]:
    fields = {match_header(v) for v in row if isinstance(v, str)} - {None}
    named = bool(fields & _NAME_FIELDS) or {"chapter", "chapter_kind"} <= fields
    return (len(fields) if named else 0), fields


def _find_table(name: str, rows: list[list], merges) -> SheetTable | None:
    _fill_merges(rows, merges)
    best, best_score = None, 1
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        score, _ = _header_score(row)
        if score > best_score:
            best, best_score = index, score
    if best is None:
        return None
    width = max((len(r) for r in rows), default=0)
    header = rows[best] + [None] * (width - len(rows[best]))
    columns = []
    seen: set = set()
    for index, value in enumerate(header):
        text = cell_text(value)
        found = match_header(text)
        # One column a field; a classification one column a year.
        key = (found, classification_year(text)) if found == "classification" else found
        if key in seen:
            found = None
        seen.add(key)
        columns.append(Column(index, get_column_letter(index + 1), text, found))
    first_data = best + 1
    if first_data < len(rows) and _apply_sub_header(columns, rows[first_data]):
        first_data += 1
    table = SheetTable(name, best + 1, columns, [])
    table.kind = sheet_kind({c.field for c in columns if c.field})
    _collect_rows(table, rows, first_data)
    return table


def _apply_sub_header(columns: list[Column], row: list) -> bool:
    """A second header row ("Nam" | "Nữ" under "Ngày sinh"): True when ``row`` is one."""
    found = {}
    for index, value in enumerate(row):
        if index >= len(columns) or not isinstance(value, str):
            continue
        name = match_header(value)
        if name and columns[index].field in _GROUP_FIELDS | {name}:
            found[index] = (name, clean(value))
    if not found:
        return False
    # A data row holding "Nam" under "Giới tính" is not a sub-header: it holds other values too.
    others = [i for i, value in enumerate(row) if i not in found and cell_text(value)]
    if others:
        return False
    for index, (name, text) in found.items():
        column = columns[index]
        column.header = (
            f"{column.header} / {text}" if column.header and column.header != text else text
        )
        for other in columns:
            if other.field == name and other.index != index:
                other.field = None
        column.field = name
    return True


def _is_marker(text: str) -> bool:
    """A cell of a signature block: "Người lập biểu", "TM. BCH …", "BÍ THƯ", the date line."""
    if len(text) > 80:
        return False
    key = compact(text)
    return (
        key in _SIGNATURE_MARKERS
        or key.startswith(("tmbch", "tmban", "nguoilap"))
        or bool(_DATE_LINE.search(fold(text)))
    )


def _is_total(text: str) -> bool:
    """ "Tổng cộng", "Cộng", "Tổng số: 25". Compared with the diacritics, so that a person
    named "Tống Công Minh" is not taken for a totals row."""
    if text[:1] not in "TtCc" or len(text) > 40:
        return False
    lower = clean(text).lower()
    if lower.startswith(("tổng cộng", "tổng số")) or lower.rstrip(" :") in ("cộng", "tổng"):
        return True
    return compact(text) in _TOTAL_MARKERS and lower == fold(lower)  # typed without accents


def _row_kind(
    table: SheetTable, texts: list[str], name_index: int | None, row_number: int | None
) -> str | None:
    """ "blank", "numbers", "totals", "signature", or None for a data row."""
    non_empty = [(i, t) for i, t in enumerate(texts) if t]
    if not non_empty or all(i == row_number for i, _ in non_empty):
        return "blank"
    name = texts[name_index] if name_index is not None and name_index < len(texts) else ""
    # A signature block has no name in the name column, or a marker there ("Người lập biểu").
    if (not name or _is_marker(name)) and any(_is_marker(t) for _, t in non_empty):
        return "signature"
    if any(_is_total(t) for _, t in non_empty[:2]):
        return "totals"
    if name and _COLUMN_NUMBER.match(name):
        numbered = sum(1 for _, t in non_empty if _COLUMN_NUMBER.match(t))
        if numbered * 2 >= len(non_empty):
            return "numbers"
    return None


def _collect_rows(table: SheetTable, rows: list[list], start: int) -> None:
    for index in range(table.header_row - 1):
        if any(v not in (None, "") for v in rows[index]):
            table.skipped.setdefault("title", []).append(index + 1)
    by_field = {c.field: c.index for c in table.columns if c.field}
    name_index = by_field.get("full_name", by_field.get("family_name", by_field.get("given_name")))
    if table.kind == CHAPTERS:
        name_index = by_field.get("chapter")
    row_number = by_field.get("row_number")
    for index in range(start, len(rows)):
        values = rows[index]
        texts = [_cell_text(v) for v in values]
        kind = _row_kind(table, texts, name_index, row_number)
        if kind == "signature":
            # The signature block and everything under it (the names of those who sign).
            tail = [i + 1 for i in range(index, len(rows)) if any(cell_text(v) for v in rows[i])]
            table.skipped.setdefault("signature", []).extend(tail)
            return
        if kind == "blank":
            continue
        if kind is not None:
            table.skipped.setdefault(kind, []).append(index + 1)
            continue
        table.rows.append(SourceRow(index + 1, list(values)))


# ----------------------------------------------------------------------------- values


def parse_date_cell(value) -> tuple[PartialDate | None, str | None]:
    """A date as a cell holds it: a date cell, a year, dd/mm/yyyy text, or Excel's day number
    left in a cell that lost its date format. (the value, the problem)."""
    if value is None or value == "":
        return None, None
    if isinstance(value, dt.datetime | dt.date):
        return PartialDate.from_date(value), None
    if isinstance(value, int | float) and not isinstance(value, bool):
        number = int(value)
        if 1900 <= number <= 2100 and number == value:
            return PartialDate(number), None
        if 3000 < number < 80000:  # a date whose cell lost its date format: Excel's day number
            return PartialDate.from_date(from_excel(value)), None
        return None, translate(
            "Import", '"{value}" is not a date: type dd/mm/yyyy or a year.'
        ).format(value=value)
    text = clean(str(value))
    try:
        return PartialDate.parse(text), None
    except DateFormatError:
        return None, translate(
            "Import", '"{value}" is not a date: type dd/mm/yyyy or a year.'
        ).format(value=text)


def _digits_text(value) -> str:
    """Numbers as Excel stored them (1.23e10, 123.0) back to the digits that were typed."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return clean(str(value)) if value is not None else ""


def parse_id_number(value) -> str:
    """A citizen ID; 11 digits means Excel dropped the leading 0 of a 12-digit ID."""
    text = re.sub(r"[\s.\-]", "", _digits_text(value))
    if _DIGITS.match(text) and len(text) == 11:
        text = "0" + text
    return text


def parse_phone(value) -> str:
    """A phone number; 9 digits means Excel dropped the leading 0."""
    text = re.sub(r"[\s.\-()]", "", _digits_text(value))
    if _DIGITS.match(text) and len(text) == 9:
        text = "0" + text
    return text


# Marks such as "Nam", "Nữ", "x" repeat on every row: folded once.
_compact_mark = lru_cache(maxsize=1024)(compact)
_FIELD_SETS: dict[frozenset[str], frozenset[str]] = {}


def _shared_fields(fields: set[str]) -> frozenset[str]:
    key = frozenset(fields)
    shared = _FIELD_SETS.get(key)
    if shared is None:
        if len(_FIELD_SETS) < 1024:
            _FIELD_SETS[key] = key
        shared = key
    return shared


def parse_gender(value) -> tuple[str, str | None]:
    key = _compact_mark(value)
    if not key:
        return "", None
    if key in ("nam", "m", "male", "trai"):
        return "M", None
    if key in ("nu", "f", "female", "gai"):
        return "F", None
    return "", translate("Import", '"{value}" is not a sex: write Nam or Nữ.').format(
        value=cell_text(value)
    )


_YES = {"x", "co", "1", "yes", "dv", "doanvien", "dangvien", "true", "v", "dung"}
_NO = {"", "0", "khong", "no", "tn", "thanhnien", "false", "chua"}


def parse_flag(value) -> tuple[bool | None, str | None]:
    if isinstance(value, bool):
        return value, None
    if isinstance(value, dt.datetime | dt.date):
        return True, None  # a date of admission written in the flag column
    key = _compact_mark(value)
    if key in _YES or (_DIGITS.match(key) and len(key) == 4):
        return True, None
    if key in _NO:
        return (None if not key else False), None
    return None, translate(
        "Import", '"{value}" is not a yes/no mark: write x, or leave it empty.'
    ).format(value=cell_text(value))


# Fields read as free text: a cell beginning like a formula is noted (and kept as its text).
_TEXT_LIKE = frozenset(TEXT_FIELDS) | {
    "full_name",
    "family_name",
    "given_name",
    "chapter",
    "office",
}


def _formula_like(value) -> bool:
    return value.__class__ is str and value[:1] in FORMULA_STARTS and value[:1] != ""


def parse_row(table: SheetTable, source: SourceRow) -> ParsedRow:
    """The values of one data row, as the roster stores them, and the problems in its cells."""
    data = PersonInput(is_member=True)
    provided: set[str] = set()
    errors: dict[str, str] = {}
    chapter: str | None = None
    office = office_level = ""
    office_start = None
    family = given = ""
    has_full_name = False
    values = source.values
    member_column = False
    formula_like: list[str] = []
    years: list[int] = []
    for column in table.columns:
        name = column.field
        if name is None or name == "row_number":
            continue
        value = values[column.index] if column.index < len(values) else None
        if name in _TEXT_LIKE and _formula_like(value):
            formula_like.append(name)
        if name == "full_name":
            data.full_name = normalise_name(cell_text(value))
            provided.add("full_name")
            has_full_name = True
        elif name == "family_name":
            family = cell_text(value)
        elif name == "given_name":
            given = cell_text(value)
        elif name == "birth_date" or name == "member_since":
            parsed, error = parse_date_cell(value)
            provided.add(name)
            if error:
                errors[name] = error
            setattr(data, name, parsed.display() if parsed else "")
        elif name in ("birth_male", "birth_female"):
            text = cell_text(value)
            if not text:
                continue
            data.gender = "M" if name == "birth_male" else "F"
            provided.add("gender")
            if _compact_mark(text) in _YES:
                continue
            parsed, error = parse_date_cell(value)
            provided.add("birth_date")
            if error:
                errors["birth_date"] = error
            data.birth_date = parsed.display() if parsed else ""
        elif name == "gender":
            gender, error = parse_gender(value)
            if error:
                errors["gender"] = error
            if gender or "gender" not in provided:
                data.gender = gender
            provided.add("gender")
        elif name == "id_number":
            data.id_number = parse_id_number(value)
            provided.add(name)
        elif name == "phone":
            data.phone = parse_phone(value)
            provided.add(name)
        elif name in ("is_member", "is_party_member"):
            flag, error = parse_flag(value)
            if error:
                errors[name] = error
            setattr(data, name, bool(flag))
            provided.add(name)
            member_column = member_column or name == "is_member"
        elif name == "status":
            status, error = read_status(value)
            if error:
                errors[name] = error
            elif status:
                data.status = status
                provided.add(name)
        elif name == "classification":
            year = classification_year(column.header)
            if year is None:
                continue
            years.append(year)
            found, error = read_classification(value)
            if error:
                errors["classifications"] = error
            elif found:
                data.classifications.append(ClassificationInput(year, *found))
            provided.add("classifications")
        elif name == "chapter":
            chapter = _cell_text(value)
        elif name == "office":
            office = _cell_text(value)
        elif name == "office_level":
            office_level = _cell_text(value)
        elif name == "office_start":
            office_start = value
        elif name in TEXT_FIELDS:
            setattr(data, name, _cell_text(value))
            provided.add(name)
    if has_full_name and given:
        # Beside a full name, "Tên" is the given name the roster sorts by ("Y Phôn Ksơr": Phôn);
        # the last word of the name is the default and is not kept apart.
        given = normalise_name(given)
        data.given_name = "" if given == split_name(data.full_name)[1] else given
        provided.add("given_name")
    elif family or given:
        data.full_name = normalise_name(f"{family} {given}")
        provided.add("full_name")
    if not member_column and data.member_since:
        data.is_member = True
    if not clean(data.full_name):
        errors.setdefault("full_name", translate("Import", "The row has no name."))
    return ParsedRow(
        table.name,
        source.number,
        data,
        _shared_fields(provided),
        chapter,
        office,
        errors,
        values,
        office_level,
        office_start,
        tuple(formula_like),
        tuple(years),
    )


def parse_rows(table: SheetTable) -> Iterable[ParsedRow]:
    for source in table.rows:
        yield parse_row(table, source)


@dataclass(slots=True)
class ParsedOffice:
    """One row of a sheet of offices: who (as a person row says it), which office, when."""

    sheet: str
    row: int
    person: PersonInput  # full name, birth date, citizen ID: enough to find the person
    office: str  # the office as written ("Bí thư")
    level: str  # "Cấp" as written ("Chi đoàn", "Đoàn xã")
    chapter: str  # the office's chapter ("" for the commune's offices)
    start: str  # dd/mm/yyyy or a year; "" when not given
    end: str
    errors: dict[str, str]  # field → reason
    values: list
    formula_like: tuple[str, ...] = ()


def parse_office_row(table: SheetTable, source: SourceRow) -> ParsedOffice:
    person = PersonInput()
    office = level = chapter = start = end = ""
    family = given = ""
    errors: dict[str, str] = {}
    formula_like: list[str] = []
    for column in table.columns:
        name = column.field
        if name is None or name == "row_number":
            continue
        value = source.values[column.index] if column.index < len(source.values) else None
        if name in _TEXT_LIKE and _formula_like(value):
            formula_like.append(name)
        if name == "full_name":
            person.full_name = normalise_name(cell_text(value))
        elif name == "family_name":
            family = cell_text(value)
        elif name == "given_name":
            given = cell_text(value)
        elif name in ("birth_date", "office_start", "office_end"):
            parsed, error = parse_date_cell(value)
            if error:
                errors[name] = error
            text = parsed.display() if parsed else ""
            if name == "birth_date":
                person.birth_date = text
            elif name == "office_start":
                start = text
            else:
                end = text
        elif name == "id_number":
            person.id_number = parse_id_number(value)
        elif name == "office":
            office = _cell_text(value)
        elif name == "office_level":
            level = _cell_text(value)
        elif name == "chapter":
            chapter = _cell_text(value)
    if not person.full_name and (family or given):
        person.full_name = normalise_name(f"{family} {given}")
    return ParsedOffice(
        table.name,
        source.number,
        person,
        office,
        level,
        chapter,
        start,
        end,
        errors,
        source.values,
        tuple(formula_like),
    )


@dataclass(slots=True)
class ParsedChapter:
    """One row of a sheet of chapters."""

    sheet: str
    row: int
    name: str
    kind: str  # as written ("Thôn"); "" when not given
    active: bool | None  # None when not given
    note: str
    errors: dict[str, str]
    values: list
    formula_like: tuple[str, ...] = ()


def parse_chapter_row(table: SheetTable, source: SourceRow) -> ParsedChapter:
    name = kind = note = ""
    active: bool | None = None
    errors: dict[str, str] = {}
    formula_like: list[str] = []
    for column in table.columns:
        field_name = column.field
        value = source.values[column.index] if column.index < len(source.values) else None
        if field_name in ("chapter", "note") and _formula_like(value):
            formula_like.append(field_name)
        if field_name == "chapter":
            name = _cell_text(value)
        elif field_name == "chapter_kind":
            kind = _cell_text(value)
        elif field_name == "chapter_active":
            flag, error = parse_flag(value)
            if error:
                errors[field_name] = error
            elif _compact_mark(value):
                active = bool(flag)
        elif field_name == "note":
            note = _cell_text(value)
    return ParsedChapter(
        table.name,
        source.number,
        name,
        kind,
        active,
        note,
        errors,
        source.values,
        tuple(formula_like),
    )


# The member list's export lives in exchange/roster_export.py; the command line and the window
# know it by these names.
from doan_desktop.exchange.roster_export import (  # noqa: E402
    export_sheets,
    write_member_list_csv,
    write_member_list_xlsx,
)

__all__ = [
    "export_sheets",
    "write_member_list_csv",
    "write_member_list_xlsx",
]
