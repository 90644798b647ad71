"""Hostile and huge roster files, built in code: zip bombs, row bombs, giant cells, encodings.

Each builder writes the smallest file that shows the problem: a zip bomb's member is streamed
through the compressor (a few kilobytes on the disk), an oversized file is a sparse file, and a
workbook is written member by member as Excel lays it out (shared strings, a <dimension>), so
that its declared sizes can say whatever a test needs.
"""

from __future__ import annotations

import codecs
import unicodedata
import zipfile
from collections.abc import Iterable
from pathlib import Path
from xml.sax.saxutils import escape

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.sharedStrings+xml"/>'
    "</Types>"
)
_ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Thôn 1" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/worksheet" Target="worksheets/sheet1.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>'
)
_SHEET_HEAD = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
)
HEADER = ["Họ và tên", "Ngày sinh", "Số điện thoại"]


def _letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def sheet_rows(rows: Iterable[list], start: int = 1) -> Iterable[bytes]:
    """<row> elements, text as inline strings, numbers as numbers."""
    for number, row in enumerate(rows, start=start):
        cells = []
        for index, value in enumerate(row):
            if value is None:
                continue
            ref = f"{_letter(index)}{number}"
            if isinstance(value, int | float):
                cells.append(f'<c r="{ref}"><v>{value}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{escape(value)}</t></is></c>')
        yield f'<row r="{number}">{"".join(cells)}</row>'.encode()


def raw_xlsx(
    path: Path,
    rows: Iterable[bytes],
    dimension: str | None = None,
    shared_strings: Iterable[str] = (),
    tail: bytes = b"",
    extra: dict[str, bytes] | None = None,
) -> Path:
    """A one-sheet workbook whose sheet XML is streamed from ``rows`` (<row> elements); the
    <dimension> says ``dimension`` (none when None); ``tail`` follows </sheetData>; ``extra``
    adds members by name."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _ROOT_RELS)
        archive.writestr("xl/workbook.xml", _WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        with archive.open("xl/sharedStrings.xml", "w") as member:
            member.write(
                b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            )
            for text in shared_strings:
                member.write(f"<si><t>{escape(text)}</t></si>".encode())
            member.write(b"</sst>")
        with archive.open("xl/worksheets/sheet1.xml", "w") as member:
            member.write(_SHEET_HEAD.encode())
            if dimension:
                member.write(f'<dimension ref="{dimension}"/>'.encode())
            member.write(b"<sheetData>")
            for row in rows:
                member.write(row)
            member.write(b"</sheetData>" + tail + b"</worksheet>")
    return path


def roster_rows(count: int) -> list[list]:
    """The header and ``count`` people."""
    return [HEADER] + [[f"Người Thứ {i}", 1995 + i % 10, None] for i in range(1, count + 1)]


def zip_bomb_xlsx(path: Path, cell_megabytes: int = 64) -> Path:
    """A workbook whose one cell, "A" repeated, unpacks to ``cell_megabytes`` MiB: the file on
    the disk is about a thousandth of that."""
    block = b"A" * (1 << 20)

    def rows() -> Iterable[bytes]:
        yield from sheet_rows(roster_rows(1))
        yield b'<row r="3"><c r="A3" t="inlineStr"><is><t>'
        for _ in range(cell_megabytes):
            yield block
        yield b"</t></is></c></row>"

    return raw_xlsx(path, rows(), dimension="A1:C3")


def sparse_file(path: Path, size: int, head: bytes = b"") -> Path:
    """A file of ``size`` bytes that takes no room on the disk (the file system leaves a hole)."""
    with open(path, "wb") as stream:
        stream.write(head)
        stream.truncate(size)
    return path


def windows_1258(text: str) -> bytes:
    """Windows-1258 writes the tone as a separate combining mark after the letter."""
    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    out = []
    for char in text:
        parts = unicodedata.normalize("NFD", char)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
        out.append(base + "".join(c for c in parts if c in tones))
    return "".join(out).encode("cp1258")


def utf16(text: str, order: str = "le", bom: bool = True) -> bytes:
    """What Excel's "Unicode Text" writes (UTF-16 LE with a byte-order mark), or a variant."""
    mark = {"le": codecs.BOM_UTF16_LE, "be": codecs.BOM_UTF16_BE}[order]
    return (mark if bom else b"") + text.encode(f"utf-16-{order}")


def declared_bomb_xlsx(path: Path, declared: int = 2 << 30) -> Path:
    """A small, valid workbook whose directory says its sheet unpacks to ``declared`` bytes
    (2 GiB): the sizes a zip bomb declares, without the bytes."""
    raw_xlsx(path, sheet_rows(roster_rows(2)), dimension="A1:C3")
    data = bytearray(path.read_bytes())
    name = b"xl/worksheets/sheet1.xml"
    at = 0  # the sheet's entry in the central directory: signature, then fixed fields
    while (at := data.find(b"PK\x01\x02", at)) >= 0:
        name_length = int.from_bytes(data[at + 28 : at + 30], "little")
        if data[at + 46 : at + 46 + name_length] == name:
            data[at + 24 : at + 28] = declared.to_bytes(4, "little")
            break
        at += 4
    path.write_bytes(bytes(data))
    return path
