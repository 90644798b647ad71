"""Check the frozen build's cut-down ICU data against the full data of the installed Qt wheel.

    python3 packaging/check_icu.py [BUNDLE_DIR]      (default dist/doan-desktop)

Runs the same probe twice with this Python's PySide6: once as installed (the wheel's full ICU
data), once with the bundle's Qt libraries first on the library path (the ICU data built by
packaging/icu_data.py). The probe sorts Vietnamese names with QCollator, maps case in
Vietnamese and English, formats numbers and names a time zone in Vietnamese; both runs must
print the same, and the second must really have loaded the bundle's ICU data. Linux only; the
smoke test runs it when PySide6 is importable.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PROBE = r"""
import functools
from pathlib import Path
from PySide6.QtCore import QCollator, QLocale, QTimeZone

names = ["Đặng", "Ân", "An", "Anh", "Ấn", "Bình", "Dũng", "Đức", "Yến", "Ánh", "Ă", "Ơn", "Ôn",
         "Ưng", "Uy", "H'Hen Niê", "Y Nguyễn"]
vi = QLocale("vi_VN")
for locale in (vi, QLocale("en_US")):
    collator = QCollator(locale)
    print(" ".join(sorted(names, key=functools.cmp_to_key(collator.compare))))
print(vi.toUpper("đoàn thanh niên cộng sản hồ chí minh"), QLocale("en_US").toLower("ĐOÀN"))
print(vi.toString(1234567.5, "f", 1), vi.toString(QLocale("en_US").toDate("2026-11-26", "yyyy-MM-dd"), "dddd d MMMM yyyy"))
print(QTimeZone(b"Asia/Ho_Chi_Minh").displayName(QTimeZone.StandardTime, QTimeZone.LongName, vi))
maps = Path("/proc/self/maps").read_text().splitlines()
print("ICU-DATA", sorted({line.split()[-1] for line in maps if "libicudata" in line}))
"""


def run_probe(library_path: str | None) -> tuple[list[str], str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("LD_LIBRARY_PATH", None)
    if library_path:
        env["LD_LIBRARY_PATH"] = library_path
    done = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, check=True
    )
    lines = done.stdout.splitlines()
    return [line for line in lines if not line.startswith("ICU-DATA")], lines[-1]


def main() -> int:
    bundle = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "dist" / "doan-desktop")
    qt_lib = bundle / "_internal" / "PySide6" / "Qt" / "lib"
    if not any(qt_lib.glob("libicudata.so.*")):
        print(f"no ICU data library in {qt_lib}")
        return 1
    reference, reference_lib = run_probe(None)
    bundled, bundled_lib = run_probe(str(qt_lib))
    if str(qt_lib.resolve()) not in bundled_lib and str(qt_lib) not in bundled_lib:
        print(f"the probe did not load the bundle's ICU data: {bundled_lib}")
        return 1
    if bundled != reference:
        print("the bundle's ICU data gives other results than the full data:")
        for full, cut in zip(reference, bundled, strict=False):
            if full != cut:
                print(f"  full: {full}\n  cut:  {cut}")
        return 1
    print("\n".join(bundled))
    print(f"same results as the full ICU data ({reference_lib.split()[-1]})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
