"""Cold start of the frozen GUI to its main window, beside the floor of an empty Qt window.

    python bench/startup.py [--exe dist/doan-desktop/doan-desktop] [--runs 5] [--check]

Rows, all measured in this run with the same data folder (the sample commune, written first by
the frozen executable's ``demo`` command):

- frozen app: the one-folder build, from process start until the main window is shown. The app
  writes the clock time on the event loop's first turn after ``window.show()`` when
  DOAN_STARTUP_PROBE names a file (doan_desktop/app.py); the probe then quits.
- source app: the same, run from source with this Python (``python -m doan_desktop``).
- floor: a bare QApplication with an empty QMainWindow, run *unfrozen* with this Python, timed
  the same way. It is what any PySide6 program pays; the difference is ours.

Each row is the median of several runs (min and max beside it), with the median CPU time of
the process, which a busy machine disturbs less than wall time. Also printed: the one-folder
bundle size. Targets: start under 3 s, bundle at most 150 MB; ``--check`` exits 1 if missed.
Qt runs on the offscreen platform unless --platform says otherwise, so no screen is needed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXE_NAME = "doan-desktop.exe" if sys.platform == "win32" else "doan-desktop"
DEFAULT_EXE = ROOT / "dist" / "doan-desktop" / EXE_NAME
START_TARGET_S = 3.0
SIZE_TARGET_MB = 150.0

FLOOR_SCRIPT = """
import os, sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1024, 700)
window.show()

def finish():
    Path(os.environ["DOAN_STARTUP_PROBE"]).write_text(f"{time.time():.6f}\\n")
    app.quit()

QTimer.singleShot(0, finish)
sys.exit(app.exec())
"""


def folder_size_mb(folder: Path) -> float:
    """Bytes on disk as ``du`` counts them: symbolic links (PyInstaller makes some) once."""
    total = sum(
        path.lstat().st_size
        for path in folder.rglob("*")
        if path.is_file() and not path.is_symlink()
    )
    return total / 1_048_576


def children_cpu_seconds() -> float:
    """User + system CPU time of finished child processes; 0 where not measurable."""
    try:
        import resource
    except ImportError:  # Windows
        return 0.0
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def time_to_shown(command: list[str], env: dict[str, str], timeout: float) -> tuple[float, float]:
    """Seconds from launching ``command`` to the time its probe file reports, and the CPU
    seconds the process used (less sensitive than wall time to a busy machine)."""
    with tempfile.TemporaryDirectory() as scratch:
        probe = Path(scratch) / "shown"
        run_env = dict(env, DOAN_STARTUP_PROBE=str(probe))
        cpu_before = children_cpu_seconds()
        started = time.time()
        result = subprocess.run(
            command, env=run_env, capture_output=True, text=True, timeout=timeout, check=False
        )
        if result.returncode != 0 or not probe.exists():
            raise RuntimeError(
                f"{' '.join(command)} did not reach its window (exit {result.returncode}):\n"
                f"{result.stderr[-2000:]}"
            )
        return float(probe.read_text().strip()) - started, children_cpu_seconds() - cpu_before


def measure(label: str, command: list[str], env: dict[str, str], runs: int, timeout: float):
    samples = [time_to_shown(command, env, timeout) for _ in range(runs)]
    times = [wall for wall, _ in samples]
    cpu = statistics.median(cpu for _, cpu in samples)
    return label, statistics.median(times), min(times), max(times), cpu


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--exe", type=Path, default=DEFAULT_EXE, help="frozen GUI executable")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--platform", default="offscreen", help="QT_QPA_PLATFORM (default offscreen)"
    )
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds allowed per start")
    parser.add_argument("--no-source", action="store_true", help="skip the run from source")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args(argv)

    exe = args.exe.resolve()
    if not exe.exists():
        print(f"startup: no frozen build at {exe}; run packaging/build.sh first", file=sys.stderr)
        return 2
    env = dict(os.environ, QT_QPA_PLATFORM=args.platform, DOAN_LANG="vi")
    rows = []
    with tempfile.TemporaryDirectory(prefix="doan-bench-") as data:
        subprocess.run(
            [str(exe), "--data-dir", data, "demo"], env=env, check=True, capture_output=True
        )
        app_args = ["--data-dir", data]
        # One unmeasured start warms the page cache: "cold" here means a new process, as when
        # the clerk starts the program a second time, not a machine just switched on.
        time_to_shown([str(exe), *app_args], env, args.timeout)
        rows.append(measure("frozen app", [str(exe), *app_args], env, args.runs, args.timeout))
        if not args.no_source:
            source_env = dict(env, PYTHONPATH=str(ROOT))
            command = [sys.executable, "-m", "doan_desktop", *app_args]
            rows.append(measure("source app", command, source_env, args.runs, args.timeout))
        floor = [sys.executable, "-c", FLOOR_SCRIPT]
        rows.append(
            measure("floor (empty QMainWindow, unfrozen)", floor, env, args.runs, args.timeout)
        )

    size = folder_size_mb(exe.parent)
    print(f"Start-up to main window shown, {args.runs} runs each, QT_QPA_PLATFORM={args.platform}")
    print(f"  {'':38}{'median':>9}{'min':>9}{'max':>9}{'CPU':>9}")
    for label, median, low, high, cpu in rows:
        print(f"  {label:38}{median:8.2f}s{low:8.2f}s{high:8.2f}s{cpu:8.2f}s")
    try:
        load = os.getloadavg()[0]
        print(f"  load average at the end: {load:.1f} on {os.cpu_count()} CPUs")
    except (AttributeError, OSError):
        pass
    frozen = rows[0][1]
    floor_median = rows[-1][1]
    print(f"  frozen app minus floor: {frozen - floor_median:.2f} s")
    start_ok = frozen <= START_TARGET_S
    size_ok = size <= SIZE_TARGET_MB
    print(f"  target: start under {START_TARGET_S:.0f} s -> {'met' if start_ok else 'MISSED'}")
    print(f"One-folder bundle {exe.parent}: {size:.1f} MB")
    print(f"  target: at most {SIZE_TARGET_MB:.0f} MB -> {'met' if size_ok else 'MISSED'}")
    if args.check and not (start_ok and size_ok):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
