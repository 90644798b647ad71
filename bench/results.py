"""The rows every benchmark can hand to run_all.py: job, size, the project's figure, its floor
(measured in the same run), the ratio, the goal and whether it is met.

A script given ``--json PATH`` writes its rows there (a JSON list) besides printing its own
table; run_all.py runs each script so and prints them all as one table.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Row:
    job: str
    size: str
    project: float  # seconds, or MiB / MB when ``unit`` says so
    floor: float | None
    goal: str  # in words: "< 1 s and 3x"
    met: bool
    unit: str = "s"
    note: str = ""

    @property
    def ratio(self) -> float | None:
        return self.project / self.floor if self.floor else None


def write_json(path: Path | None, rows: Sequence[Row]) -> None:
    if path is not None:
        Path(path).write_text(json.dumps([asdict(r) for r in rows], ensure_ascii=False, indent=1))


def read_json(path: Path) -> list[Row]:
    return [Row(**item) for item in json.loads(Path(path).read_text())]


def within(project: float, floor: float | None, times: float) -> bool:
    return floor is not None and floor > 0 and project <= times * floor


def figure(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "s":
        return f"{value:.2f} s" if value >= 0.1 else f"{value * 1000:.0f} ms"
    return f"{value:.1f} {unit}"


def print_rows(rows: Sequence[Row], title: str = "") -> None:
    if title:
        print(title)
    header = ("job", "size", "project", "floor", "ratio", "goal", "met")
    table = [header] + [
        (
            r.job,
            r.size,
            figure(r.project, r.unit),
            figure(r.floor, r.unit),
            f"{r.ratio:.1f}x" if r.ratio is not None else "—",
            r.goal,
            "yes" if r.met else "NO",
        )
        for r in rows
    ]
    widths = [max(len(line[i]) for line in table) for i in range(len(header))]
    for number, line in enumerate(table):
        print(" | ".join(cell.ljust(widths[i]) for i, cell in enumerate(line)).rstrip())
        if number == 0:
            print("-|-".join("-" * w for w in widths))
    for r in rows:
        if r.note:
            print(f"  {r.job} ({r.size}): {r.note}")


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def process_time(command: Sequence[str], runs: int, env: dict | None = None) -> tuple[float, float]:
    """(median CPU seconds, median wall seconds) of ``command`` run ``runs`` times, its output
    thrown away; CPU time (user + system of the process) is what a busy machine disturbs least."""
    cpu, wall = [], []
    for _ in range(runs):
        before, start = children_cpu(), time.perf_counter()
        subprocess.run(
            list(command),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            check=True,
            env=env or source_env(),
        )
        wall.append(time.perf_counter() - start)
        cpu.append(children_cpu() - before)
    return statistics.median(cpu), statistics.median(wall)


def source_env(**extra: str) -> dict[str, str]:
    """The environment for a child running the program from this source tree."""
    path = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH", "")]))
    return dict(os.environ, PYTHONPATH=path, QT_QPA_PLATFORM="offscreen", **extra)


def median_time(function: Callable[[], object], runs: int, before=None) -> float:
    times = []
    for _ in range(runs):
        if before is not None:
            before()
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


PYTHON = sys.executable
