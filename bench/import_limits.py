"""Peak memory and time of the roster import at its limits: the largest files it accepts and the
hostile ones it refuses, each beside its floor.

    python bench/import_limits.py [--keep DIR] [--only NAME ...] [--check]

Each case runs in a fresh child process (spawned, so that its peak resident memory is its own):

- largest xlsx / largest csv: files at the limits of exchange/limits.py — 50,000 rows (49,999
  people and the header row) of 20 columns, all filled: 1,000,000 cells, nine columns of them
  different on every row (names, dates, numbers, notes: about 450,000 different texts). The xlsx
  is laid out as Excel writes it (shared strings, a <dimension>); the csv is UTF-8. Measured:
  ``read_book`` then ``plan_import`` against an empty roster, i.e. up to the preview.
- largest xlsx, all refused: the same with an impossible birth date and a short citizen ID on
  every row, so that the preview holds 50,000 refused rows and their reasons.
- zip bomb: a 2 MB .xlsx whose one cell unpacks to 2 GiB (what a reviewer saw end in a
  MemoryError after 2.2 GB); refused from the archive's directory.
- row bomb: a small .xlsx holding 1,000,000 rows, with its <dimension> (as Excel and openpyxl
  write it) and without (counted while streaming, up to the limit).
- big csv: a 100 MB CSV; refused from its size.

Floors: memory — the child's resident size once it has imported the same modules (a bare
interpreter ready to import); time — reading the file's bytes once, in the same child. For the
accepted files also the parser alone, in a child of its own: openpyxl in read-only mode, or the
csv module, reading every cell and keeping nothing — the least any import of the file costs.
Memory is the peak resident size (``ru_maxrss``), printed whole and as growth over the floor.
Targets: the largest accepted files under 300 MB peak; every refusal under 2 s and under
100 MB of growth. ``--check`` exits 1 when one is missed. A benchmark, not a test.
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import resource
import sys
import tempfile
import time
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PEAK_TARGET_MB = 300
REFUSAL_SECONDS = 2.0
REFUSAL_GROWTH_MB = 100

HEADERS = [
    "STT", "Họ và tên", "Ngày sinh", "Giới tính", "Dân tộc", "Tôn giáo", "Số CCCD", "SĐT",
    "Quê quán", "Nơi ở hiện nay", "Nghề nghiệp", "Trình độ văn hóa", "Ngày vào Đoàn",
    "Số thẻ đoàn viên", "Đoàn viên", "Đảng viên", "Chức vụ", "Chi đoàn", "Ghi chú", "Email",
]  # fmt: skip
FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi"]
MIDDLE = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Ngọc", "Thanh", "Quốc", "Xuân", "Kim"]
GIVEN = ["An", "Bình", "Cường", "Dung", "Giang", "Hà", "Hải", "Hoa", "Hùng", "Lan", "Long", "Mai"]
CHAPTERS = ["Thôn 1", "Thôn 2", "Thôn 3", "Buôn Kram", "Tổ dân phố 4"]
PEOPLE = 49_999  # with the header row: the 50,000-row limit


def person(number: int, rng: random.Random, refused: bool = False) -> list:
    """One roster row of 20 filled cells, numbers and dates as text, as offices type them."""
    year = 1994 + number % 14
    born = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{year}"
    name = f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)} {number}"
    citizen = f"{66_000_000_000 + number:012d}"
    if refused:
        born, citizen = f"31/02/{year}", f"{number:05d}"
    return [
        number, name, born, ("Nam", "Nữ")[number % 2], "Kinh", "Không", citizen,
        f"09{number:08d}", "Hòa Phú, Buôn Ma Thuột", f"Số {number}, thôn {number % 9 + 1}",
        "Nông dân", "12/12", f"{rng.randint(1, 28):02d}/03/{year + 17}", f"DV{number:07d}",
        "x", "-", "Đoàn viên", CHAPTERS[number % len(CHAPTERS)], f"Ghi chú số {number}",
        f"nguoi{number}@example.vn",
    ]  # fmt: skip


def _cells(values: list) -> list:
    return [v if v != "" else "-" for v in values]  # every cell filled


def _letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


_PACKAGE = {
    "[Content_Types].xml": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/'
        'sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.'
        'worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>'
    ),
    "_rels/.rels": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://'
        'schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="'
        'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
        'Target="xl/workbook.xml"/></Relationships>'
    ),
    "xl/workbook.xml": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://'
        'schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.'
        'openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Danh sách" '
        'sheetId="1" r:id="rId1"/></sheets></workbook>'
    ),
    "xl/_rels/workbook.xml.rels": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://'
        'schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="'
        'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
        'Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.'
        'openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
        'Target="sharedStrings.xml"/></Relationships>'
    ),
}
_SHEET_HEAD = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://'
    b'schemas.openxmlformats.org/spreadsheetml/2006/main">'
)


def excel_like_xlsx(path: Path, rows, dimension: str | None, shared: bool = True) -> None:
    """A one-sheet workbook as Excel lays it out: text in a shared-strings table (or inline)."""
    strings: dict[str, int] = {}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in _PACKAGE.items():
            archive.writestr(name, text)
        with archive.open("xl/worksheets/sheet1.xml", "w") as sheet:
            sheet.write(_SHEET_HEAD)
            if dimension:
                sheet.write(f'<dimension ref="{dimension}"/>'.encode())
            sheet.write(b"<sheetData>")
            for number, values in enumerate(rows, start=1):
                cells = []
                for index, value in enumerate(values):
                    ref = f"{_letter(index)}{number}"
                    if isinstance(value, int):
                        cells.append(f'<c r="{ref}"><v>{value}</v></c>')
                    elif shared:
                        position = strings.setdefault(value, len(strings))
                        cells.append(f'<c r="{ref}" t="s"><v>{position}</v></c>')
                    else:
                        cells.append(
                            f'<c r="{ref}" t="inlineStr"><is><t>{escape(value)}</t></is></c>'
                        )
                sheet.write(f'<row r="{number}">{"".join(cells)}</row>'.encode())
            sheet.write(b"</sheetData></worksheet>")
        with archive.open("xl/sharedStrings.xml", "w") as table:
            table.write(
                b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://'
                b'schemas.openxmlformats.org/spreadsheetml/2006/main">'
            )
            for text in strings:
                table.write(f"<si><t>{escape(text)}</t></si>".encode())
            table.write(b"</sst>")


def largest_rows(seed: int = 50_000, refused: bool = False):
    rng = random.Random(seed)
    yield HEADERS
    for number in range(1, PEOPLE + 1):
        yield _cells(person(number, rng, refused))


def make_largest_xlsx(path: Path, refused: bool = False) -> None:
    dimension = f"A1:{_letter(len(HEADERS) - 1)}{PEOPLE + 1}"
    excel_like_xlsx(path, largest_rows(refused=refused), dimension)


def make_refused_xlsx(path: Path) -> None:
    make_largest_xlsx(path, refused=True)


def make_largest_csv(path: Path) -> None:
    import csv

    with open(path, "w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        for row in largest_rows():
            writer.writerow(row)


def make_zip_bomb(path: Path, gib: int = 2) -> None:
    """One cell of "A" unpacking to ``gib`` GiB: about 2 MB on the disk."""
    block = b"A" * (1 << 20)

    def rows():
        yield b'<row r="1"><c r="A1" t="inlineStr"><is><t>H\xe1\xbb\x8d v\xc3\xa0 t\xc3\xaan</t>'
        yield b'</is></c><c r="B1" t="inlineStr"><is><t>Ghi ch\xc3\xba</t></is></c></row>'
        yield b'<row r="2"><c r="A2" t="inlineStr"><is><t>An</t></is></c>'
        yield b'<c r="B2" t="inlineStr"><is><t>'
        for _ in range(gib * 1024):
            yield block
        yield b"</t></is></c></row>"

    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in _PACKAGE.items():
            archive.writestr(name, text)
        archive.writestr("xl/sharedStrings.xml", b"<sst/>")
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(_SHEET_HEAD + b'<dimension ref="A1:B2"/><sheetData>')
            for part in rows():
                sheet.write(part)
            sheet.write(b"</sheetData></worksheet>")


def _bomb_rows():
    yield ["Họ và tên", "Năm sinh"]
    for number in range(1, 1_000_000):
        yield [number, 2000]


def make_row_bomb(path: Path) -> None:
    excel_like_xlsx(path, _bomb_rows(), "A1:B1000000", shared=False)


def make_row_bomb_undeclared(path: Path) -> None:
    excel_like_xlsx(path, _bomb_rows(), None, shared=False)


def make_big_csv(path: Path, megabytes: int = 100) -> None:
    line = "Nguyễn Văn An,05/03/2000,Nam,Kinh,012345678901,0912345678,Thôn 1\n".encode()
    with open(path, "wb") as stream:
        stream.write("Họ và tên,Ngày sinh,Giới tính,Dân tộc,Số CCCD,SĐT,Nơi ở\n".encode())
        block = line * (1024 * 1024 // len(line))
        for _ in range(megabytes):
            stream.write(block)


CASES = {
    "largest xlsx": ("largest.xlsx", make_largest_xlsx, True),
    "largest csv": ("largest.csv", make_largest_csv, True),
    "largest xlsx, all refused": ("refused.xlsx", make_refused_xlsx, True),
    "zip bomb": ("bomb.xlsx", make_zip_bomb, False),
    "row bomb": ("rows.xlsx", make_row_bomb, False),
    "row bomb, no dimension": ("rows-undeclared.xlsx", make_row_bomb_undeclared, False),
    "big csv": ("big.csv", make_big_csv, False),
}


# ----------------------------------------------------------------------------- the child


def _child(path: str, work: str, out) -> None:
    # The same modules as the import, imported before the floor is taken.
    import openpyxl  # noqa: F401

    from doan_desktop.core.store.db import open_database
    from doan_desktop.core.unit import UnitInfo, save_unit
    from doan_desktop.exchange.roster_import import ImportOptions, plan_import
    from doan_desktop.exchange.roster_xlsx import FileTooLarge, UnreadableFile, read_book

    database = open_database(Path(work) / "doan.sqlite3")
    with database.session() as session:
        save_unit(session, UnitInfo("Hòa Phú", "HP", "xa", "Đắk Lắk", "Tỉnh Đoàn Đắk Lắk", "TD"))
    floor_memory = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux

    start = time.perf_counter()
    with open(path, "rb") as stream:
        while stream.read(1 << 20):
            pass
    floor_seconds = time.perf_counter() - start

    start = time.perf_counter()
    try:
        book = read_book(Path(path))
        with database.session() as session:
            plan = plan_import(session, book, ImportOptions(create_chapters=True))
        note = (
            f"accepted: {plan.rows_read} rows, {len(plan.to_add)} to add, "
            f"{len(plan.rejected)} refused"
        )
    except FileTooLarge as error:
        note = f"refused ({error.limit})"
    except UnreadableFile as error:
        note = f"unreadable: {error}"
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    database.close()
    out.send((seconds, floor_seconds, peak, floor_memory, note))


def _parser_child(path: str, _work: str, out) -> None:
    import csv

    import openpyxl

    start = time.perf_counter()
    cells = 0
    if path.endswith(".xlsx"):
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
        for sheet in workbook.worksheets:
            for row in sheet.iter_rows(values_only=True):
                cells += len(row)
        workbook.close()
    else:
        with open(path, encoding="utf-8", newline="") as stream:
            for row in csv.reader(stream):
                cells += len(row)
    seconds = time.perf_counter() - start
    out.send((seconds, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, cells))


def measure(path: Path, work: Path, target=_child) -> tuple:
    context = multiprocessing.get_context("spawn")
    receive, send = context.Pipe(duplex=False)
    process = context.Process(target=target, args=(str(path), str(work), send))
    process.start()
    result = receive.recv()
    process.join()
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="make the files in DIR and keep them")
    parser.add_argument("--only", nargs="*", choices=list(CASES), help="run these cases only")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        results = {}
        for name in args.only or CASES:
            file_name, make, _accepted = CASES[name]
            path = folder / file_name
            if not path.exists():
                started = time.perf_counter()
                make(path)
                made = time.perf_counter() - started
                print(f"made {file_name}: {path.stat().st_size / 2**20:.1f} MiB ({made:.1f} s)")
            work = Path(tempfile.mkdtemp(dir=scratch))
            parser = measure(path, work, _parser_child) if _accepted else None
            results[name] = (*measure(path, work), parser)
    print()
    print(
        f"{'case':<24}{'seconds':>8}{'bytes s':>9}{'parser s':>9}{'peak MiB':>9}"
        f"{'floor':>7}{'growth':>7}{'parser':>7}  result"
    )
    print("-" * 110)
    met = True
    for name, (seconds, bytes_seconds, peak, floor_memory, note, parser) in results.items():
        growth = peak - floor_memory
        parse_seconds = f"{parser[0]:>9.2f}" if parser else f"{'-':>9}"
        parse_peak = f"{parser[1]:>7.0f}" if parser else f"{'-':>7}"
        print(
            f"{name:<24}{seconds:>8.2f}{bytes_seconds:>9.3f}{parse_seconds}{peak:>9.0f}"
            f"{floor_memory:>7.0f}{growth:>7.0f}{parse_peak}  {note}"
        )
        if CASES[name][2]:
            met = met and peak < PEAK_TARGET_MB and note.startswith("accepted")
        else:
            met = met and seconds < REFUSAL_SECONDS and growth < REFUSAL_GROWTH_MB
            met = met and note.startswith("refused")
    print()
    print(
        f"targets: accepted files under {PEAK_TARGET_MB} MB peak; refusals under "
        f"{REFUSAL_SECONDS:.0f} s and {REFUSAL_GROWTH_MB} MB of growth — "
        f"{'met' if met else 'MISSED'}"
    )
    return 0 if met or not args.check else 1


if __name__ == "__main__":
    sys.exit(main())
