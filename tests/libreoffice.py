"""LibreOffice headless, for the tests that open the program's files in a program nobody here
wrote. Each call has its own user profile (a profile is locked while soffice runs, so two calls
sharing one would wait on each other or fail), and converts all its files at once: starting
soffice is most of the time."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")

needs_soffice = pytest.mark.skipif(
    SOFFICE is None,
    reason="LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui "
    "libreoffice-writer-nogui",
)


def convert(files: list[Path], target: str, out: Path, profile: Path) -> list[Path]:
    """Convert ``files`` with ``soffice --convert-to target`` into ``out``; the converted files,
    in the same order. ``target`` is an extension, optionally with a filter ("csv:…")."""
    out.mkdir(parents=True, exist_ok=True)
    command = [
        SOFFICE,
        f"-env:UserInstallation={profile.resolve().as_uri()}",
        "--headless",
        "--norestore",
        "--convert-to",
        target,
        "--outdir",
        str(out),
        *map(str, files),
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=180)
    extension = target.split(":", 1)[0]
    converted = [out / f"{Path(f).stem}.{extension}" for f in files]
    missing = [str(p) for p in converted if not p.exists()]
    assert not missing, f"soffice did not write {missing}: {done.stdout} {done.stderr}"
    return converted
