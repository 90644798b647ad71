"""``doan-desktop works list`` and ``volunteer list``: JSON with every field, filters, the
table, and errors in one line on stderr."""

import json

import pytest

from doan_desktop.cli import main
from doan_desktop.core import volunteering, works
from doan_desktop.core.chapters import ChapterInput, add_chapter

WORK_KEYS = {
    "id", "name", "kind", "state", "start_date", "end_date", "chapters", "chapter_ids", "value",
    "workdays", "participant_count", "named_participants", "description",
}  # fmt: skip
DRIVE_KEYS = {
    "id", "name", "field", "start_date", "end_date", "chapter", "chapter_id", "teams",
    "volunteers", "participation", "people_helped", "value", "named_participants", "description",
}  # fmt: skip


@pytest.fixture
def recorded(unit_db, data_dir):
    with unit_db.session() as s:
        thon = add_chapter(s, ChapterInput("Thôn 1", "thon"))
        kram = add_chapter(s, ChapterInput("Buôn Kram", "buon"))
        road = works.save_work(
            s,
            works.WorkInput(
                name="Tuyến đường thanh niên tự quản thôn 1",
                chapter_ids=[thon],
                state="done",
                start_date="01/03/2026",
                end_date="30/06/2026",
                value="190.000.000",
                workdays=120,
                participant_count=25,
            ),
        )
        lights = works.save_work(
            s,
            works.WorkInput(
                name="Thắp sáng đường quê",
                kind="task",
                chapter_ids=[kram],
                start_date="10/10/2025",
                value=45_000_000,
            ),
        )
        blood = volunteering.save_drive(
            s,
            volunteering.DriveInput(
                name="Hiến máu Giọt hồng Tây Nguyên",
                field="blood",
                start_date="12/07/2026",
                volunteers=40,
                participation=45,
                chapter_id=kram,
            ),
        )
        volunteering.save_drive(
            s,
            volunteering.DriveInput(
                name="Tháng Thanh niên", field="other", start_date="01/03/2025",
                end_date="31/03/2025", participation=300,
            ),
        )  # fmt: skip
    unit_db.close()
    return {"dir": str(data_dir.root), "road": road, "lights": lights, "blood": blood}


def _run(capsys, recorded, *args):
    code = main(["--data-dir", recorded["dir"], *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_works_json_has_every_field(recorded, capsys):
    code, out, err = _run(capsys, recorded, "works", "list", "--format", "json")
    assert code == 0, err
    rows = json.loads(out)
    assert [r["id"] for r in rows] == [recorded["road"], recorded["lights"]]
    road = rows[0]
    assert set(road) == WORK_KEYS
    assert road["start_date"] == "2026-03-01" and road["end_date"] == "2026-06-30"
    assert (road["value"], road["workdays"], road["participant_count"]) == (190_000_000, 120, 25)
    assert road["chapters"] == ["Thôn 1"] and road["state"] == "done"
    assert rows[1]["end_date"] is None and rows[1]["kind"] == "task"


def test_works_filters_by_year_and_chapter(recorded, capsys):
    _, out, _ = _run(capsys, recorded, "works", "list", "--year", "2025", "--format", "json")
    assert [r["id"] for r in json.loads(out)] == [recorded["lights"]]
    _, out, _ = _run(capsys, recorded, "works", "list", "--chapter", "thôn 1", "--format", "json")
    assert [r["id"] for r in json.loads(out)] == [recorded["road"]]


def test_works_table_shows_money_with_dots(recorded, capsys):
    code, out, _ = _run(capsys, recorded, "works", "list")
    assert code == 0
    assert "190.000.000" in out and "Tuyến đường thanh niên tự quản thôn 1" in out


def test_volunteer_json_and_year(recorded, capsys):
    code, out, err = _run(
        capsys, recorded, "volunteer", "list", "--year", "2026", "--format", "json"
    )
    assert code == 0, err
    (row,) = json.loads(out)
    assert set(row) == DRIVE_KEYS
    assert row["id"] == recorded["blood"]
    assert (row["participation"], row["volunteers"], row["chapter"]) == (45, 40, "Buôn Kram")
    assert row["start_date"] == "2026-07-12" and row["field"] == "blood"
    code, out, _ = _run(capsys, recorded, "volunteer", "list")
    assert code == 0 and "Tháng Thanh niên" in out and "Blood donation" in out


@pytest.mark.parametrize(
    ("args", "code", "fragment"),
    [
        (("works", "list", "--chapter", "Thôn 99"), 1, "Thôn 99"),
        (("works", "list", "--year", "20x6"), 2, "not a year"),
        (("volunteer", "list", "--format", "xml"), 2, "invalid choice"),
    ],
)
def test_errors_are_one_line_on_stderr(recorded, capsys, args, code, fragment):
    result, out, err = _run(capsys, recorded, *args) if code == 1 else (None, "", "")
    if code == 2:
        with pytest.raises(SystemExit) as caught:
            main(["--data-dir", recorded["dir"], *args])
        result = caught.value.code
        captured = capsys.readouterr()
        out, err = captured.out, captured.err
    assert result == code
    assert out == ""
    assert fragment in err and err.count("\n") == 1


def test_an_empty_data_folder_is_one_line(tmp_path, capsys):
    code = main(["--data-dir", str(tmp_path / "none"), "works", "list"])
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1 and "init" in err
