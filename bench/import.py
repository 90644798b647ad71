"""Time and peak memory of importing a 5,000-row roster workbook, beside the floor of reading it.

    python bench/import.py [--rows 5000] [--check]

Rows, each measured in a fresh child process (so that peak memory is that step's alone), the
median of --runs runs (the machine may be busy with other work):

- floor: openpyxl in read-only mode reading every cell of the generated workbook, then one
  executemany a table of the rows an import writes (people, change log), in one
  transaction into an empty database — the least any .xlsx import can cost. The rows are
  those a first, untimed import wrote.
- read: exchange.roster_xlsx.read_book (header detection, merged cells, skipped rows).
- preview: read + plan_import against an empty roster (parsing, validation, matching).
- import: read + preview + run_import in one transaction (people and change-log rows written
  through the roster's own use case), into a fresh database.
- import again: the same file into the roster it just filled (every row matched, unchanged).

Peak memory is the growth of the child's maximum resident size over its size after imports.
Target: import within 3x of the floor, and under 10 s for each 5,000 rows; ``--check`` exits 1 if missed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import multiprocessing
import random
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from results import Row, write_json  # noqa: E402

TARGET_SECONDS = 10.0
TARGET_RATIO = 3.0

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ"]
MIDDLE = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Ngọc", "Thanh", "Quốc", "Xuân", "Kim"]
GIVEN = [
    "An",
    "Bình",
    "Cường",
    "Dung",
    "Giang",
    "Hà",
    "Hải",
    "Hoa",
    "Hùng",
    "Lan",
    "Long",
    "Mai",
    "Nam",
    "Ngân",
    "Phúc",
    "Quân",
    "Sơn",
    "Tâm",
    "Thảo",
    "Trang",
    "Tú",
    "Vy",
    "Yến",
]
CHAPTERS = ["Thôn 1", "Thôn 2", "Thôn 3", "Buôn Kram", "Tổ dân phố 4"]


def make_workbook(path: Path, rows: int, seed: int = 5000) -> None:
    """An office-shaped file: title rows, one sheet per chapter, numbers that lost their zeros,
    dates as Excel dates, as text and as years, a totals row and a signature block."""
    import openpyxl

    rng = random.Random(seed)
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    per_sheet = rows // len(CHAPTERS)
    number = 0
    for index, chapter in enumerate(CHAPTERS):
        sheet = workbook.create_sheet(chapter)
        sheet.append(["ĐOÀN XÃ HÒA PHÚ", None, None, None, None, None, "ĐOÀN TNCS HỒ CHÍ MINH"])
        sheet.append([f"DANH SÁCH ĐOÀN VIÊN CHI ĐOÀN {chapter.upper()}"])
        sheet.merge_cells("A2:L2")
        sheet.append([])
        sheet.append(
            [
                "STT",
                "Họ và tên",
                "Ngày sinh",
                "Giới tính",
                "Dân tộc",
                "Tôn giáo",
                "Số CCCD",
                "SĐT",
                "Quê quán",
                "Nơi ở hiện nay",
                "Ngày vào Đoàn",
                "Ghi chú",
            ]
        )
        count = per_sheet if index < len(CHAPTERS) - 1 else rows - per_sheet * (len(CHAPTERS) - 1)
        for row in range(count):
            number += 1
            born = dt.date(1992, 1, 1) + dt.timedelta(days=rng.randrange(0, 365 * 16))
            birth = (
                born.strftime("%d/%m/%Y"),
                dt.datetime(born.year, born.month, born.day),
                born.year,
            )[row % 3]
            name = f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)} {number}"
            sheet.append(
                [
                    row + 1,
                    name.upper() if row % 7 == 0 else name,
                    birth,
                    ("Nam", "Nữ")[row % 2],
                    "Kinh",
                    "Không",
                    10_000_000_000 + number,
                    900_000_000 + number,
                    "Hòa Phú",
                    f"Thôn {index + 1}",
                    f"{rng.randint(1, 28)}/{rng.randint(1, 12)}/{born.year + 16}",
                    "",
                ]
            )
        sheet.append([None, "Tổng cộng", count])
        sheet.append([None, None, None, None, None, None, "Hòa Phú, ngày 05 tháng 02 năm 2026"])
        sheet.append([None, "Người lập biểu", None, None, None, None, "TM. BCH CHI ĐOÀN"])
        sheet.append([None, "Nguyễn Văn Lập", None, None, None, None, "Y Phôn Ksơr"])
    workbook.save(path)


# ----------------------------------------------------------------------------- steps (children)


FLOOR_TABLES = ("person", "change_log", "classification")


def floor_rows(work: Path) -> dict[str, tuple[list[str], list[tuple]]]:
    """The rows the reference import wrote, table by table (read before the clock starts)."""
    import sqlite3

    connection = sqlite3.connect(work / "reference" / "doan.sqlite3")
    try:
        tables = {}
        for table in FLOOR_TABLES:
            cursor = connection.execute(f"SELECT * FROM {table}")
            tables[table] = ([d[0] for d in cursor.description], cursor.fetchall())
        return tables
    finally:
        connection.close()


def step_floor(path: Path, target) -> str:
    import openpyxl

    database, tables = target
    workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    cells = sum(
        len(row) for sheet in workbook.worksheets for row in sheet.iter_rows(values_only=True)
    )
    workbook.close()
    connection = database  # a bare sqlite3 connection to an empty database
    with connection:
        for table, (names, rows) in tables.items():
            marks = ", ".join("?" * len(names))
            quoted = ", ".join(f'"{n}"' for n in names)
            connection.executemany(f"INSERT INTO {table} ({quoted}) VALUES ({marks})", rows)
    written = sum(len(rows) for _names, rows in tables.values())
    return f"{cells} cells, {written} rows"


def step_read(path: Path, _database) -> str:
    from doan_desktop.exchange.roster_xlsx import read_book

    book = read_book(path)
    return f"{sum(len(t.rows) for t in book.sheets)} rows"


def step_preview(path: Path, database) -> str:
    from doan_desktop.exchange.roster_import import ImportOptions, plan_import
    from doan_desktop.exchange.roster_xlsx import read_book

    with database.session() as session:
        plan = plan_import(session, read_book(path), ImportOptions(create_chapters=True))
    return f"{len(plan.to_add)} to add, {len(plan.errors)} errors"


def step_import(path: Path, database) -> str:
    from doan_desktop.exchange.roster_import import ImportOptions, plan_import, run_import
    from doan_desktop.exchange.roster_xlsx import read_book

    options = ImportOptions(create_chapters=True)
    book = read_book(path)
    with database.session() as session:
        plan = plan_import(session, book, options)
    with database.session() as session:
        result = run_import(session, plan, options)
    return f"{result.imported} added, {result.unchanged} unchanged, {len(result.errors)} errors"


def fresh_database(work: Path, name: str):
    """An empty roster with its unit (made before the clock starts: not part of an import)."""
    from doan_desktop.core.store.db import open_database
    from doan_desktop.core.unit import UnitInfo, save_unit

    shutil.rmtree(work / name, ignore_errors=True)
    database = open_database(work / name / "doan.sqlite3")
    with database.session() as session:
        save_unit(session, UnitInfo("Hòa Phú", "HP", "xa", "Đắk Lắk", "Tỉnh Đoàn Đắk Lắk", "TD"))
    return database


def _prepare(name: str, work: Path):
    import sqlite3

    from doan_desktop.core.store.db import open_database

    if name == "floor":
        fresh_database(work, "floor").close()
        connection = sqlite3.connect(work / "floor" / "doan.sqlite3")
        connection.execute("DELETE FROM change_log")  # the unit's own entry
        connection.commit()
        return connection, floor_rows(work)
    if name in ("preview", "import"):
        return fresh_database(work, name)
    if name == "import again":  # the roster the last "import" run filled
        return open_database(work / "import" / "doan.sqlite3")
    return None


STEPS = {
    "floor": step_floor,
    "read": step_read,
    "preview": step_preview,
    "import": step_import,
    "import again": step_import,
}


def _child(name: str, path: str, work: str, out) -> None:
    # Import what the step uses before the baseline, so memory is the step's own.
    import openpyxl  # noqa: F401

    from doan_desktop.core.store import db  # noqa: F401
    from doan_desktop.exchange import roster_import  # noqa: F401

    database = _prepare(name, Path(work))
    baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    note = STEPS[name](Path(path), database)
    elapsed = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - baseline
    out.send((elapsed, peak / 1024, note))  # ru_maxrss is in KiB on Linux


def measure(name: str, path: Path, work: Path) -> tuple[float, float, str]:
    context = multiprocessing.get_context("spawn")
    receive, send = context.Pipe(duplex=False)
    process = context.Process(target=_child, args=(name, str(path), str(work), send))
    process.start()
    result = receive.recv()
    process.join()
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=3, help="runs per step; the median is shown")
    parser.add_argument("--check", action="store_true", help="exit 1 when the target is missed")
    parser.add_argument("--json", type=Path, help="write the rows for run_all.py here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        path = work / "roster.xlsx"
        make_workbook(path, args.rows)
        print(f"{args.rows} rows in {len(CHAPTERS)} sheets, {path.stat().st_size // 1024} KiB")
        reference = fresh_database(work, "reference")  # the rows the floor writes
        step_import(path, reference)
        reference.close()
        print()
        results = {}
        for name in STEPS:
            runs = sorted(measure(name, path, work) for _ in range(args.runs))
            results[name] = runs[len(runs) // 2]
    floor = results["floor"][0]
    print(f"{'step':<14}{'seconds':>9}{'x floor':>9}{'peak MiB':>10}  result")
    print("-" * 72)
    for name, (seconds, peak, note) in results.items():
        print(f"{name:<14}{seconds:>9.2f}{seconds / floor:>9.2f}{peak:>10.1f}  {note}")
    seconds = results["import"][0]
    ratio = seconds / floor
    # 10 s for 5,000 rows, and as much again for every further 5,000.
    target = TARGET_SECONDS * max(1.0, args.rows / 5000)
    met = seconds < target and ratio <= TARGET_RATIO
    print()
    print(
        f"target: import under {target:.0f} s and within {TARGET_RATIO:.0f}x of the floor — "
        f"{seconds:.2f} s, {ratio:.2f}x: {'met' if met else 'MISSED'}"
    )
    rows = [
        Row("roster import (xlsx)", f"{args.rows:,} rows", seconds, floor,
            f"< {target:.0f} s, 3x", met),
        Row("  preview (read + check)", f"{args.rows:,} rows", results["preview"][0], floor,
            "—", True),
    ]  # fmt: skip
    write_json(args.json, rows)
    return 0 if met or not args.check else 1


if __name__ == "__main__":
    sys.exit(main())
