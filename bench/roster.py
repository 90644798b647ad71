"""Benchmark of the people page at stress scale: load, one keystroke of search, sorting.

    python bench/roster.py [--people 20000] [--repeat 7] [--seed 1]

Generates the people into a temporary data folder (bulk insert through SQLAlchemy core, with the
keys computed by core.text exactly as save_person computes them; timed apart and not counted),
then times what the clerk waits for on the people page, each next to its floor measured in the
same run:

- load: core.roster.list_people for everyone + PeopleTableModel.set_rows, against bare sqlite3
  fetching the same columns in the same order;
- one keystroke: PeopleTableModel.set_filter with a 1-, 2- and 3-letter search, against the same
  substring test in bare Python over the fetched tuples;
- sort: PeopleTableModel.sort by name and by birth date on a fresh model (no cached order),
  against ``sorted`` over the fetched tuples.

Targets: load < 1 s, keystroke < 50 ms, and within 3x of the floor. A benchmark, not a test:
nothing here fails a build.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
import tracemalloc
import uuid
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from results import Row, figure, write_json  # noqa: E402
from sqlalchemy import insert  # noqa: E402

from doan_desktop.core.chapters import ChapterInput, add_chapter  # noqa: E402
from doan_desktop.core.roster import PeopleFilter, list_people  # noqa: E402
from doan_desktop.core.store.db import open_database  # noqa: E402
from doan_desktop.core.store.models import Office, Person, utcnow  # noqa: E402
from doan_desktop.core.text import fold, name_sort_key  # noqa: E402
from doan_desktop.core.unit import UnitInfo, save_unit  # noqa: E402
from doan_desktop.paths import DataDir  # noqa: E402
from doan_desktop.ui.models.people_model import BIRTH, NAME, PeopleTableModel  # noqa: E402

FAMILY = [
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
    "Hồ", "Ngô", "Dương", "Lý", "H'", "Y", "Niê", "Ksơr",
]  # fmt: skip
MIDDLE = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Ngọc", "Thanh", "Quốc", "Xuân", "Thu", ""]
GIVEN = [
    "An", "Anh", "Ánh", "Ấn", "Bình", "Cường", "Dũng", "Đạt", "Đào", "Giang", "Hà", "Hải",
    "Hạnh", "Hiếu", "Hòa", "Hùng", "Hương", "Khoa", "Lan", "Linh", "Long", "Mai", "Minh", "Nam",
    "Ngọc", "Nhung", "Phong", "Phúc", "Phương", "Quang", "Quỳnh", "Sơn", "Tâm", "Thảo", "Thủy",
    "Trang", "Trung", "Tú", "Tuấn", "Uyên", "Việt", "Vy", "Xuân", "Yến", "Hen", "Phôn",
]  # fmt: skip
ETHNICITIES = ["Kinh"] * 8 + ["Ê Đê", "M'nông", "Gia Rai"]
STATUSES = ["active"] * 12 + ["away", "received", "transferred_out", "aged_out"]
SEARCHES = ["n", "ng", "ngu"]  # one keystroke each: 1, 2 and 3 letters

# The columns the people page shows, as core.roster.list_people selects them.
FLOOR_SQL = """
SELECT p.id, p.full_name, p.given_name, p.gender, p.birth_date, p.id_number, p.phone,
       p.ethnicity, p.religion, p.chapter_id, c.name, p.is_member, p.member_since, p.status,
       p.search_key, p.sort_key
FROM person p LEFT JOIN chapter c ON c.id = p.chapter_id
WHERE p.deleted_at IS NULL
ORDER BY p.sort_key, p.id
"""
F_BIRTH, F_SEARCH, F_SORT = 4, 14, 15


# ----------------------------------------------------------------------------- generating


def generate(data_dir: DataDir, people: int, seed: int) -> int:
    """Write a commune of ``people`` people; returns the number of chapters."""
    rng = random.Random(seed)
    database = open_database(data_dir.database, data_dir.backups)
    today = dt.date.today()
    try:
        with database.session() as session:
            save_unit(
                session,
                UnitInfo("Hòa Phú", "HP-BENCH", "xa", "Đắk Lắk", "Tỉnh Đoàn Đắk Lắk", "TD-DL"),
            )
            chapters = [
                add_chapter(session, ChapterInput(f"Thôn {n}", "thon")) for n in range(1, 31)
            ] + [add_chapter(session, ChapterInput(f"Buôn {n}", "buon")) for n in range(1, 11)]
            now = utcnow()
            rows, offices = [], []
            for index in range(people):
                words = [rng.choice(FAMILY), rng.choice(MIDDLE), rng.choice(GIVEN)]
                full_name = " ".join(w for w in words if w)
                born = today - dt.timedelta(days=rng.randint(14 * 365, 34 * 365))
                birth = born.isoformat() if rng.random() < 0.85 else str(born.year)
                member = rng.random() < 0.6
                id_number = f"{rng.randint(0, 10**12 - 1):012d}" if rng.random() < 0.7 else ""
                phone = f"09{rng.randint(0, 10**8 - 1):08d}" if rng.random() < 0.6 else ""
                person_id = str(uuid.uuid4())
                rows.append(
                    {
                        "id": person_id,
                        "created_at": now,
                        "updated_at": now,
                        "full_name": full_name,
                        "given_name": words[-1],
                        "gender": rng.choice("MF"),
                        "birth_date": birth,
                        "ethnicity": rng.choice(ETHNICITIES),
                        "religion": "Không",
                        "id_number": id_number,
                        "phone": phone,
                        "is_member": member,
                        "member_since": str(born.year + 16) if member else "",
                        "status": rng.choice(STATUSES),
                        "chapter_id": chapters[index % len(chapters)],
                        # As core.roster computes them on save.
                        "search_key": " ".join(filter(None, [fold(full_name), id_number, phone])),
                        "sort_key": name_sort_key(full_name, words[-1]),
                    }
                )
                if index < len(chapters):
                    offices.append(
                        {
                            "id": str(uuid.uuid4()),
                            "created_at": now,
                            "updated_at": now,
                            "person_id": person_id,
                            "chapter_id": chapters[index],
                            "role": "bi_thu",
                            "start_date": "2024-01-01",
                            "end_date": "",
                        }
                    )
            session.execute(insert(Person), rows)
            session.execute(insert(Office), offices)
    finally:
        database.close()
    return len(chapters)


# ----------------------------------------------------------------------------- measuring


def timed(function: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = function()
    return time.perf_counter() - start, result


def median_of(repeat: int, function: Callable[[], object], before=None) -> float:
    """Median seconds of ``function`` over ``repeat`` runs; ``before`` runs untimed first."""
    times = []
    for _ in range(repeat):
        if before is not None:
            before()
        times.append(timed(function)[0])
    return statistics.median(times)


def floor_fetch(path: Path) -> list[tuple]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(FLOOR_SQL).fetchall()
    finally:
        connection.close()


def load_model(database) -> PeopleTableModel:
    with database.session() as session:
        rows = list_people(session, PeopleFilter())
    model = PeopleTableModel()
    model.set_rows(rows)
    return model


def run(people: int, repeat: int, seed: int, json_path: Path | None = None) -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="doan-bench-") as folder:
        data_dir = DataDir(Path(folder)).ensure()
        seconds, chapters = timed(lambda: generate(data_dir, people, seed))
        size = data_dir.database.stat().st_size / 2**20
        print(
            f"Generated {people:,} people in {chapters} chapters in {seconds:.1f} s "
            f"(not counted; database {size:.1f} MiB)."
        )
        database = open_database(data_dir.database, data_dir.backups)
        try:
            results = measure(database, data_dir.database, repeat)
            with database.session() as session:  # memory of the load, apart from its timing
                tracemalloc.start()
                model = PeopleTableModel()
                model.set_rows(list_people(session, PeopleFilter()))
                _, peak = tracemalloc.get_traced_memory()
                tracemalloc.stop()
            rows_loaded = model.total_count()
        finally:
            database.close()
    report(results, people, rows_loaded, peak)
    size = f"{people:,} people"
    write_json(
        json_path,
        [
            Row(f"people page: {what.split(' (')[0]}", size, seconds, floor,
                f"< {figure(target, 's')}, 3x", seconds < target and seconds <= 3 * floor)
            for what, seconds, floor, target in results
            if not what.startswith("  of which")
        ],
    )  # fmt: skip
    app.quit()


def measure(database, path: Path, repeat: int) -> list[tuple[str, float, float, float]]:
    """(what, seconds, floor seconds, target seconds) for each measurement."""
    results = []
    load = median_of(repeat, lambda: load_model(database))
    fetched = floor_fetch(path)
    fetch = median_of(repeat, lambda: floor_fetch(path))
    results.append(("load: list_people + set_rows", load, fetch, 1.0))
    # The two halves of the load, for whoever works on one of them.
    with database.session() as session:
        listing = median_of(repeat, lambda: list_people(session, PeopleFilter()))
        rows = list_people(session, PeopleFilter())
    setting = median_of(repeat, lambda: PeopleTableModel().set_rows(rows))
    results.append(("  of which list_people", listing, fetch, 1.0))
    results.append(("  of which set_rows", setting, fetch, 1.0))

    model = load_model(database)
    for length, text in enumerate(SEARCHES, start=1):
        previous = SEARCHES[length - 2] if length > 1 else ""
        words = fold(text).split()
        seconds = median_of(
            repeat,
            lambda text=text: model.set_filter(search=text),
            before=lambda previous=previous: model.set_filter(search=previous),
        )
        # The floor narrows from the previous keystroke's result too, as the model does.
        narrowed = [t for t in fetched if all(w in t[F_SEARCH] for w in fold(previous).split())]
        floor = median_of(
            repeat, lambda words=words, narrowed=narrowed: bare_filter(narrowed, words)
        )
        shown = model.rowCount()
        results.append(
            (f"keystroke: {length} letter(s) '{text}' ({shown:,} rows)", seconds, floor, 0.05)
        )
    model.set_filter(search="")

    with database.session() as session:
        rows = list_people(session, PeopleFilter())
    for label, column, index in (("name", NAME, F_SORT), ("birth date", BIRTH, F_BIRTH)):
        fresh = PeopleTableModel()
        seconds = median_of(
            repeat,
            lambda fresh=fresh, column=column: fresh.sort(column, Qt.SortOrder.DescendingOrder),
            # Back to roster order before set_rows, which computes the order of the sort
            # column it finds: the timed sort then starts from nothing cached.
            before=lambda fresh=fresh: (fresh.sort(NAME), fresh.set_rows(rows)),
        )
        floor = median_of(
            repeat, lambda index=index: sorted(fetched, key=lambda t: t[index], reverse=True)
        )
        results.append((f"sort by {label} (fresh model)", seconds, floor, 0.05))
    return results


def bare_filter(rows: list[tuple], words: list[str]) -> list[tuple]:
    if len(words) == 1:  # the usual case, without the per-row generator of all()
        word = words[0]
        return [t for t in rows if word in t[F_SEARCH]]
    return [t for t in rows if all(w in t[F_SEARCH] for w in words)]


def report(results, people: int, rows_loaded: int, peak: int) -> None:
    print()
    header = f"{'measure':<48} {'time':>10} {'floor':>10} {'ratio':>7} {'target':>9} {'ok':>4}"
    print(header)
    print("-" * len(header))
    for what, seconds, floor, target in results:
        ratio = seconds / floor if floor else float("inf")
        ok = seconds < target and ratio <= 3
        print(
            f"{what:<48} {ms(seconds):>10} {ms(floor):>10} {ratio:>6.1f}x "
            f"{'<' + ms(target):>9} {'yes' if ok else 'NO':>4}"
        )
    print()
    print(f"Rows in the model: {rows_loaded:,} of {people:,} generated.")
    print(f"Peak Python memory of one load (tracemalloc): {peak / 2**20:.1f} MiB")
    rss = max_rss_mib()
    if rss is not None:
        print(f"Peak resident memory of the process: {rss:.0f} MiB")
    print("Targets: load < 1 s, keystroke < 50 ms, sort < 50 ms, each within 3x of its floor.")


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def max_rss_mib() -> float | None:
    try:
        import resource
    except ImportError:  # Windows
        return None
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / 2**20 if sys.platform == "darwin" else rss / 2**10  # bytes on macOS, KiB else


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--people", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=7, help="runs per measurement (median)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", type=Path, help="write the rows for run_all.py here")
    args = parser.parse_args(argv)
    if args.people < 1 or args.repeat < 1:
        parser.error("--people and --repeat must be at least 1")
    run(args.people, args.repeat, args.seed, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
