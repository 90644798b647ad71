"""Collect the program's source strings into translations/doan_desktop_vi.ts (Qt lupdate).

Existing translations are kept; strings no longer in the code are dropped. Translate the new
entries (Qt Linguist, or any editor: fill <translation> and remove type="unfinished"), then
build (`pip install .` or packaging/compile_translations.py) to make the .qm files.
"""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_FILE = ROOT / "translations" / "doan_desktop_vi.ts"


def lupdate_command() -> list[str]:
    import PySide6

    bundled = Path(PySide6.__file__).parent / (
        "lupdate.exe" if sys.platform == "win32" else "lupdate"
    )
    return [str(bundled)] if bundled.exists() else ["pyside6-lupdate"]


def sources() -> list[str]:
    package = ROOT / "doan_desktop"
    return sorted(str(p.relative_to(ROOT)) for p in package.rglob("*.py"))


def update(ts_file: Path = TS_FILE, extra: list[str] | None = None) -> None:
    command = [*lupdate_command(), "-no-obsolete", "-locations", "none", *sources()]
    subprocess.run([*command, *(extra or []), "-ts", str(ts_file)], check=True, cwd=ROOT)


if __name__ == "__main__":
    update()
