"""``doan-desktop trainings list``: JSON keys and counts, the year filter, the table, and each
error in one line on stderr."""

import json

import pytest

from doan_desktop.cli import main
from doan_desktop.core import trainings as t
from doan_desktop.core.chapters import ChapterInput, add_chapter
from doan_desktop.core.roster import PersonInput, save_person
from tests.conftest import TODAY

KEYS = {
    "id",
    "title",
    "kind",
    "level",
    "start_date",
    "end_date",
    "place",
    "hours",
    "participants",
    "completed",
    "for_club",
}


@pytest.fixture
def recorded(unit_db, data_dir):
    with unit_db.session() as s:
        thon = add_chapter(s, ChapterInput("Thôn 3", "thon"))
        people = [
            save_person(s, PersonInput(full_name=name, chapter_id=thon), today=TODAY)
            for name in ("Y Phôn Ksơr", "H' Hen Niê", "Nguyễn Văn An")
        ]
        course = t.save_training(
            s,
            t.TrainingInput(
                title="Lớp bồi dưỡng đối tượng Đoàn",
                kind=t.PRE_ADMISSION,
                start_date="10/03/2026",
                end_date="11/03/2026",
                place="Hội trường xã",
                hours="7,5",
                participants=[
                    t.ParticipantInput(people[0], result=t.COMPLETED, certificate_number="01"),
                    t.ParticipantInput(people[1], result=t.ATTENDED),
                    t.ParticipantInput(people[2], result=t.ABSENT),
                    t.ParticipantInput(guest_name="Lê Thị Cúc", result=t.COMPLETED),
                ],
            ),
            today=TODAY,
        )
        talk = t.save_training(
            s,
            t.TrainingInput(
                title="Phòng chống ma túy",
                kind=t.TALK,
                level=t.PROVINCE,
                start_date="02/12/2025",
                for_club=True,
            ),
            today=TODAY,
        )
    unit_db.close()
    return {"dir": str(data_dir.root), "course": course, "talk": talk}


def _json(capsys, recorded, *args):
    code = main(["--data-dir", recorded["dir"], "trainings", "list", "--format", "json", *args])
    out = capsys.readouterr()
    assert code == 0, out.err
    return json.loads(out.out)


def test_json_lists_every_training_with_the_agreed_keys(recorded, capsys):
    rows = _json(capsys, recorded)
    assert [r["id"] for r in rows] == [recorded["course"], recorded["talk"]]
    assert all(KEYS <= set(r) for r in rows)
    course, talk = rows
    assert course["title"] == "Lớp bồi dưỡng đối tượng Đoàn"
    assert (course["kind"], course["level"]) == ("pre_admission", "commune")
    assert (course["start_date"], course["end_date"]) == ("2026-03-10", "2026-03-11")
    assert (course["hours"], course["place"]) == ("7.5", "Hội trường xã")
    assert (course["participants"], course["completed"], course["for_club"]) == (3, 2, False)
    assert (talk["end_date"], talk["hours"], talk["participants"], talk["for_club"]) == (
        "2025-12-02",
        None,
        0,
        True,
    )


def test_year_filter(recorded, capsys):
    assert [r["id"] for r in _json(capsys, recorded, "--year", "2025")] == [recorded["talk"]]
    assert _json(capsys, recorded, "--year", "2024") == []


def test_table_in_the_clerks_terms(recorded, capsys):
    assert main(["--data-dir", recorded["dir"], "trainings", "list"]) == 0
    out = capsys.readouterr().out
    assert "10/03/2026–11/03/2026" in out and "7,5" in out
    assert "Pre-admission class" in out and "Phòng chống ma túy" in out


def _error(capsys, *argv) -> tuple[int, str]:
    try:
        code = main(list(argv))
    except SystemExit as exit_:
        code = exit_.code
    return code, capsys.readouterr().err


@pytest.mark.parametrize("year", ["26", "năm", "99999"])
def test_bad_year(recorded, capsys, year):
    code, err = _error(capsys, "--data-dir", recorded["dir"], "trainings", "list", "--year", year)
    assert code == 2
    assert f"not a year: {year}" in err and err.strip().count("\n") == 0


def test_bad_format(recorded, capsys):
    code, err = _error(
        capsys, "--data-dir", recorded["dir"], "trainings", "list", "--format", "xml"
    )
    assert code == 2 and "invalid choice" in err and err.strip().count("\n") == 0


def test_no_unit(database, data_dir, capsys):
    database.close()
    code, err = _error(capsys, "--data-dir", str(data_dir.root), "trainings", "list")
    assert code == 1
    assert "no unit yet" in err and err.strip().count("\n") == 0


def test_no_data_folder(tmp_path, capsys):
    code, err = _error(capsys, "--data-dir", str(tmp_path / "nothing"), "trainings", "list")
    assert code == 1
    assert "No data in" in err and err.strip().count("\n") == 0
