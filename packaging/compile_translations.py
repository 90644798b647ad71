"""Compile translations/*.ts into doan_desktop/locale/*.qm with Qt's lrelease.

Run by the package build (setup.py) and by packaging/build.sh; safe to run by hand.
"""

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "translations"
TARGET = ROOT / "doan_desktop" / "locale"


def lrelease_command() -> list[str]:
    import PySide6  # imported here so this script can say clearly when Qt is missing

    bundled = Path(PySide6.__file__).parent / (
        "lrelease.exe" if sys.platform == "win32" else "lrelease"
    )
    if bundled.exists():
        return [str(bundled)]
    found = shutil.which("pyside6-lrelease")
    if found:
        return [found]
    raise SystemExit("lrelease not found: install PySide6-Essentials")


def main() -> int:
    TARGET.mkdir(parents=True, exist_ok=True)
    command = lrelease_command()
    for ts in sorted(SOURCES.glob("*.ts")):
        qm = TARGET / (ts.stem + ".qm")
        subprocess.run([*command, "-silent", str(ts), "-qm", str(qm)], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
