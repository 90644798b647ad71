"""The database's size and the window's memory at a sample, beside their floors.

    python bench/footprint.py --data DIR [--size "20,000 people"] [--json OUT] [--check]

``--data`` is a data folder (run_all.py passes the sample commune it built; without it the
default sample of 300 people is written to a temporary folder first).

- database: the file's size (after a WAL checkpoint), table by table and index by index
  (SQLite's dbstat), against the floor of the same records as flat tables: every table's rows
  copied, without indexes and without the change log (the history), vacuumed. Also printed: the
  people alone as a flat table. Target: within 4x of the floor.
- memory: the peak resident memory of the window opening every page once
  (``--self-test``, which waits for each page to finish computing), against the floor of a
  bare QApplication with an empty QMainWindow. Target: under 200 MiB. Linux and macOS only
  (resource.getrusage of a child).
"""

from __future__ import annotations

import argparse
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from results import Row, print_rows, source_env, write_json  # noqa: E402

SIZE_TIMES = 4
MEMORY_TARGET_MIB = 200
HISTORY = ("change_log", "alembic_version")
BARE_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1024, 700)
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""
PEAK = """
import resource, subprocess, sys
subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL)
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(peak / 2**20 if sys.platform == "darwin" else peak / 2**10)
"""


def mib(size: int) -> float:
    return size / 2**20


def database_sizes(path: Path) -> tuple[int, list[tuple[str, int]]]:
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        parts = connection.execute(
            "SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC"
        ).fetchall()
    finally:
        connection.close()
    return path.stat().st_size, parts


def flat_copy(path: Path, target: Path, only: tuple[str, ...] = ()) -> int:
    """The bytes of the records as flat tables (no index, no history), vacuumed."""
    connection = sqlite3.connect(path)
    try:
        connection.execute("ATTACH DATABASE ? AS flat", (str(target),))
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
            if name not in HISTORY and (not only or name in only)
        ]
        for name in tables:
            connection.execute(f'CREATE TABLE flat."{name}" AS SELECT * FROM main."{name}"')
        connection.commit()
        connection.execute("DETACH DATABASE flat")
    finally:
        connection.close()
    connection = sqlite3.connect(target)
    try:
        connection.execute("VACUUM")
    finally:
        connection.close()
    return target.stat().st_size


def peak_mib(command: list[str]) -> float:
    result = subprocess.run(
        [sys.executable, "-c", PEAK, *command],
        env=source_env(),
        capture_output=True,
        text=True,
        check=True,
    )
    return float(result.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, help="the data folder (else the default sample)")
    parser.add_argument("--size", default="sample", help="what the folder holds, for the table")
    parser.add_argument("--json", type=Path, help="write the rows for run_all.py here")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="doan-bench-") as scratch:
        data = args.data
        if data is None:
            data = Path(scratch) / "data"
            subprocess.run(
                [sys.executable, "-m", "doan_desktop", "--data-dir", str(data), "demo"],
                env=source_env(),
                check=True,
                capture_output=True,
            )
        total, parts = database_sizes(data / "doan.sqlite3")
        flat = flat_copy(data / "doan.sqlite3", Path(scratch) / "flat.sqlite3")
        people = flat_copy(data / "doan.sqlite3", Path(scratch) / "people.sqlite3", ("person",))
        window = peak_mib([sys.executable, "-m", "doan_desktop", "--data-dir", str(data),
                           "--self-test"])  # fmt: skip
        bare = peak_mib([sys.executable, "-c", BARE_WINDOW])

    print(f"Database {mib(total):.1f} MiB; the largest tables and indexes:")
    for name, size in parts[:12]:
        print(f"  {mib(size):8.2f} MiB  {name}")
    history = sum(size for name, size in parts if name.startswith(HISTORY[0]))
    indexes = sum(size for name, size in parts if name.startswith(("ix_", "sqlite_autoindex")))
    print(f"  of which the change log {mib(history):.1f} MiB and indexes {mib(indexes):.1f} MiB")
    print(
        f"Floor, every record as flat tables: {mib(flat):.1f} MiB; people alone {mib(people):.1f}"
    )
    print(f"Window opening every page: peak {window:.0f} MiB (bare window {bare:.0f} MiB)")
    rows = [
        Row("database size", args.size, mib(total), mib(flat), f"{SIZE_TIMES}x flat",
            total <= SIZE_TIMES * flat, unit="MiB",
            note=f"people alone as a flat table: {mib(people):.1f} MiB"),
        Row("window memory, every page", args.size, window, bare, f"< {MEMORY_TARGET_MIB} MiB",
            window < MEMORY_TARGET_MIB, unit="MiB"),
    ]  # fmt: skip
    print()
    print_rows(rows)
    write_json(args.json, rows)
    return 1 if args.check and not all(r.met for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
