"""report export of a period not yet ended needs --before-period-end; without it, one sentence,
a non-zero exit and nothing written."""

import datetime as dt

from doan_desktop.core import report_export
from doan_desktop.core.periods import Period
from doan_desktop.core.store.db import open_database
from doan_desktop.paths import DataDir
from tests.cli.test_report_cli import english, home, office, run, secret  # noqa: F401 - fixtures


def _reports(home):  # noqa: F811 - the fixture's name
    db = open_database(DataDir(home).database)
    try:
        with db.session() as s:
            return report_export.latest_report(s, Period.parse("2026Q4"))
    finally:
        db.close()


def test_a_period_not_ended_is_refused_without_the_flag(run, office, tmp_path):  # noqa: F811
    target = tmp_path / "q4.zip"
    code, out, err = run("report", "export", "--period", "2026Q4", "-o", str(target))
    assert code == 1 and out == ""
    assert err == [
        "doan-desktop: 2026Q4 has not ended (it ends on 31/12/2026): its figures can still change. To export "
        "its report now anyway, add --before-period-end."
    ]
    assert not target.exists() and list(tmp_path.glob("*.partial")) == []
    assert _reports(office) is None


def test_the_flag_exports_it(run, office, tmp_path, secret):  # noqa: F811
    target = tmp_path / "q4.zip"
    code, out, err = run(
        "report",
        "export",
        "--period",
        "2026Q4",
        "-o",
        str(target),
        "--passphrase-file",
        str(secret),
        "--before-period-end",
    )
    assert (code, err) == (0, []), err
    assert target.exists() and "Wrote report no. 1 for 2026Q4" in out
    assert _reports(office).sequence == 1


def test_a_period_that_has_ended_needs_no_flag(run, office, tmp_path, secret):  # noqa: F811
    target = str(tmp_path / "q3.zip")
    code, out, err = run(
        "report", "export", "--period", "2026Q3", "-o", target, "--passphrase-file", str(secret)
    )
    assert (code, err) == (0, [])


def test_a_period_is_under_way_through_its_last_day():
    q4 = Period.parse("2026Q4")
    assert q4.contains(dt.date(2026, 12, 31))  # its last day is still part of it
    assert not q4.contains(dt.date(2027, 1, 1))


def test_a_period_not_begun_is_refused_by_core_flag_or_not(run, office, tmp_path, secret):  # noqa: F811
    code, out, err = run(
        "report",
        "export",
        "--period",
        "2027Q1",
        "-o",
        str(tmp_path / "q1.zip"),
        "--passphrase-file",
        str(secret),
        "--before-period-end",
    )
    assert code == 1 and "has not started yet" in " ".join(err)
