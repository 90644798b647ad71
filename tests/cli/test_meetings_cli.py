"""``doan-desktop meetings list``: JSON keys, filters, the table, and each error in one line."""

import json

import pytest

from doan_desktop.cli import main
from doan_desktop.core import meetings as m
from doan_desktop.core.chapters import ChapterInput, add_chapter
from doan_desktop.core.roster import PersonInput, save_person
from tests.conftest import TODAY

KEYS = {"id", "kind", "date", "chapter", "host_chapter", "present", "expected", "state"}


@pytest.fixture
def recorded(unit_db, data_dir):
    with unit_db.session() as s:
        thon = add_chapter(s, ChapterInput("Thôn 3", "thon"))
        buon = add_chapter(s, ChapterInput("Buôn Ea Kmát", "buon"))
        an = save_person(
            s, PersonInput(full_name="Nguyễn Văn An", chapter_id=thon, is_member=True), today=TODAY
        )
        binh = save_person(
            s, PersonInput(full_name="Trần Thị Bình", chapter_id=thon, is_member=True), today=TODAY
        )
        monthly = m.save_meeting(
            s,
            m.MeetingInput(
                kind="monthly",
                chapter_id=thon,
                date="05/02/2026",
                attendance=[m.AttendanceInput(an), m.AttendanceInput(binh, "excused", "Ốm")],
                start_time="19:30",
                chair_id=an,
            ),
            today=TODAY,
        )
        joint = m.save_meeting(
            s,
            m.MeetingInput(
                kind="joint", chapter_id=buon, participant_ids=[thon], date="20/03/2026"
            ),
            today=TODAY,
        )
        old = m.save_meeting(
            s, m.MeetingInput(kind="bch", date="15/12/2025", start_time="8:00"), today=TODAY
        )
    unit_db.close()
    return {"dir": str(data_dir.root), "monthly": monthly, "joint": joint, "bch": old}


def _json(capsys, recorded, *args):
    code = main(["--data-dir", recorded["dir"], "meetings", "list", "--format", "json", *args])
    out = capsys.readouterr()
    assert code == 0, out.err
    return json.loads(out.out)


def test_json_lists_every_meeting_with_the_agreed_keys(recorded, capsys):
    rows = _json(capsys, recorded)
    assert [r["id"] for r in rows] == [recorded["joint"], recorded["monthly"], recorded["bch"]]
    for row in rows:
        assert KEYS <= set(row)
    monthly = rows[1]
    assert monthly["date"] == "2026-02-05"
    assert (monthly["kind"], monthly["chapter"], monthly["host_chapter"]) == (
        "monthly",
        "Thôn 3",
        None,
    )
    assert (monthly["present"], monthly["expected"], monthly["state"]) == (1, 2, "draft")
    joint = rows[0]
    assert (joint["chapter"], joint["host_chapter"]) == (None, "Buôn Ea Kmát")
    assert joint["participating_chapters"] == ["Thôn 3"]
    assert (rows[2]["chapter"], rows[2]["host_chapter"]) == (None, None)


def test_filters_by_chapter_kind_and_year(recorded, capsys):
    ids = lambda rows: [r["id"] for r in rows]  # noqa: E731
    # A chapter's own meetings and the joint meetings it took part in; names fold diacritics.
    assert ids(_json(capsys, recorded, "--chapter", "thon 3")) == [
        recorded["joint"],
        recorded["monthly"],
    ]
    assert ids(_json(capsys, recorded, "--chapter", "Buôn Ea Kmát")) == [recorded["joint"]]
    assert ids(_json(capsys, recorded, "--kind", "bch")) == [recorded["bch"]]
    assert ids(_json(capsys, recorded, "--year", "2025")) == [recorded["bch"]]
    assert _json(capsys, recorded, "--year", "2024") == []
    assert _json(capsys, recorded, "--kind", "club") == []


def test_table_shows_dates_and_attendance(recorded, capsys):
    assert main(["--data-dir", recorded["dir"], "meetings", "list"]) == 0
    out = capsys.readouterr().out
    assert "05/02/2026" in out and "1/2" in out and "Thôn 3" in out


def _error(capsys, *argv) -> tuple[int, str]:
    try:
        code = main(list(argv))
    except SystemExit as exit_:  # argparse refuses before any command runs
        code = exit_.code
    err = capsys.readouterr().err
    return code, err


def test_unknown_chapter(recorded, capsys):
    code, err = _error(
        capsys, "--data-dir", recorded["dir"], "meetings", "list", "--chapter", "Thôn 9"
    )
    assert code != 0
    assert err.strip().count("\n") == 0
    assert 'There is no chapter named "Thôn 9"' in err


def test_bad_kind(recorded, capsys):
    code, err = _error(capsys, "--data-dir", recorded["dir"], "meetings", "list", "--kind", "party")
    assert code == 2
    assert "invalid choice" in err and err.strip().count("\n") == 0


@pytest.mark.parametrize("year", ["26", "year", "99999"])
def test_bad_year(recorded, capsys, year):
    code, err = _error(capsys, "--data-dir", recorded["dir"], "meetings", "list", "--year", year)
    assert code == 2
    assert f"not a year: {year}" in err and err.strip().count("\n") == 0


def test_no_unit(database, data_dir, capsys):
    database.close()
    code, err = _error(capsys, "--data-dir", str(data_dir.root), "meetings", "list")
    assert code == 1
    assert "no unit yet" in err and err.strip().count("\n") == 0


def test_no_data_folder(tmp_path, capsys):
    code, err = _error(capsys, "--data-dir", str(tmp_path / "nothing"), "meetings", "list")
    assert code == 1
    assert "No data in" in err
