"""Debian's own minisign verifies the manifest signature of an exported report."""

import datetime as dt
import json
import shutil
import subprocess
import zipfile

import pytest

from doan_desktop.core import report_export, signing
from doan_desktop.core.periods import Period
from tests.conftest import TODAY
from tests.reporting.conftest import PASSPHRASE

MINISIGN = shutil.which("minisign")
pytestmark = pytest.mark.skipif(
    MINISIGN is None, reason="the minisign tool is not installed (apt-get install minisign)"
)


def test_stock_minisign_verifies_an_exported_report(keyed, unit_db, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    report_export.export_report(
        unit_db,
        Period.parse("2026Q3"),
        out / "BC.zip",
        PASSPHRASE,
        today=TODAY,
        now=dt.datetime(2026, 11, 25, tzinfo=dt.UTC),
    )
    with zipfile.ZipFile(out / "BC.zip") as archive:
        archive.extractall(tmp_path / "x")
    with unit_db.session() as s:
        registration = json.loads(signing.registration_file(s))
    command = [
        MINISIGN,
        "-Vm",
        str(tmp_path / "x" / "manifest.json"),
        "-x",
        str(tmp_path / "x" / "manifest.json.minisig"),
        "-P",
        registration["minisign_public_key"],
    ]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert "unit=HP-DL-01 period=2026Q3 sequence=1" in done.stdout
    # And refuses a changed manifest.
    manifest = tmp_path / "x" / "manifest.json"
    manifest.write_bytes(manifest.read_bytes().replace(b"2026Q3", b"2026Q2"))
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    assert done.returncode != 0
