"""``doan-desktop compliance --period P`` and ``links --year Y``: the JSON keys and values, the
tables, and each error in one line on stderr."""

import datetime as dt
import json

import pytest

from doan_desktop.cli import main
from doan_desktop.core import compliance
from doan_desktop.core.chapters import ChapterInput, add_chapter
from doan_desktop.core.roster import PersonInput, save_person
from doan_desktop.core.store.models import (
    Attendance,
    Meeting,
    MeetingChapter,
    Office,
    YouthWork,
    YouthWorkChapter,
)
from tests.conftest import TODAY


@pytest.fixture
def recorded(unit_db, data_dir):
    with unit_db.session() as s:
        thon3 = add_chapter(s, ChapterInput("Thôn 3", "thon"))
        buon = add_chapter(s, ChapterInput("Buôn Ea Kmát", "buon"))
        an = save_person(s, PersonInput(full_name="Nguyễn Văn An", chapter_id=thon3), today=TODAY)
        s.add(Office(person_id=an, chapter_id=thon3, role="bi_thu", start_date="2024"))
        for month in (7, 8, 9):
            s.add(Meeting(kind="monthly", chapter_id=thon3, date=dt.date(2026, month, 10)))
        work = YouthWork(
            name="Đường hoa", kind="work", state="done", start_date=dt.date(2026, 8, 1)
        )
        s.add(work)
        s.flush()
        s.add(YouthWorkChapter(work_id=work.id, chapter_id=thon3))
        joint = Meeting(kind="joint", chapter_id=thon3, date=dt.date(2026, 9, 20))
        briefing = Meeting(kind="briefing", date=dt.date(2026, 4, 2))
        s.add_all([joint, briefing])
        s.flush()
        s.add(MeetingChapter(meeting_id=joint.id, chapter_id=buon))
        s.add(Attendance(meeting_id=briefing.id, person_id=an, status="present"))
        compliance.add_participation(s, thon3, dt.date(2025, 1, 1), pilot=True)
        compliance.add_participation(s, buon, dt.date(2026, 1, 1))
        compliance.set_override(s, buon, "2026Q3", True, "Họp ghép với thôn bên")
    unit_db.close()
    return data_dir.root


def _run(capsys, data_dir, *args):
    try:
        code = main(["--data-dir", str(data_dir), *args])
    except SystemExit as exit_:  # argparse refuses a bad call
        code = exit_.code
    out, err = capsys.readouterr()
    return code, out, err


def test_compliance_json(recorded, capsys):
    code, out, err = _run(capsys, recorded, "compliance", "--period", "2026Q3", "--format", "json")
    assert (code, err) == (0, "")
    rows = {r["chapter"]: r for r in json.loads(out)}
    assert set(rows) == {"Thôn 3", "Buôn Ea Kmát"}
    thon = rows["Thôn 3"]
    assert {"chapter", "has_cadre", "has_activity", "has_work", "three_have", "reasons"} <= set(
        thon
    )
    assert (thon["has_cadre"], thon["has_activity"], thon["has_work"]) == (True, True, True)
    assert thon["three_have"] is True and thon["overridden"] is False and thon["reasons"] == []
    buon = rows["Buôn Ea Kmát"]
    assert (buon["has_cadre"], buon["has_work"], buon["three_have"]) == (False, False, True)
    assert buon["overridden"] is True and buon["override_reason"] == "Họp ghép với thôn bên"
    assert buon["reasons"] == [
        "No secretary or deputy secretary in the quarter",
        "No meeting in month 7",
        "No meeting in month 8",
        "No youth work or task in the quarter",
        "Counted as meeting the three criteria by the office: Họp ghép với thôn bên",
    ]


def test_compliance_table(recorded, capsys):
    code, out, _ = _run(capsys, recorded, "compliance", "--period", "2026Q3")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split()[:2] == ["Chapter", "Cadre"]
    assert any(line.startswith("Buôn Ea Kmát") and "yes *" in line for line in lines)
    assert lines[-1] == '2 of 2 chapters "3 có" (* overridden by the office)'


@pytest.mark.parametrize("period", ["2026", "2026S1", "2026Q5", "soon"])
def test_compliance_refuses_anything_but_a_quarter(recorded, capsys, period):
    code, out, err = _run(capsys, recorded, "compliance", "--period", period)
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and "not a quarter" in err


def test_compliance_without_data_or_participants(tmp_path, unit_db, data_dir, capsys):
    code, _, err = _run(capsys, tmp_path / "nowhere", "compliance", "--period", "2026Q3")
    assert code == 1 and len(err.strip().splitlines()) == 1 and "init" in err
    unit_db.close()
    code, out, err = _run(capsys, data_dir.root, "compliance", "--period", "2026Q3")
    assert code == 1 and out == "" and "No chapter takes part" in err
    code, out, _ = _run(
        capsys, data_dir.root, "compliance", "--period", "2026Q3", "--format", "json"
    )
    assert code == 0 and json.loads(out) == []


def test_links_json(recorded, capsys):
    code, out, err = _run(capsys, recorded, "links", "--year", "2026", "--format", "json")
    assert code == 0 and err == ""
    data = json.loads(out)
    first, second = data["briefings"]
    assert first["held"] and not second["held"]
    (held,) = first["meetings"]
    assert held["came"] == [{"chapter": "Thôn 3", "name": "Nguyễn Văn An", "role": "bi_thu"}]
    assert held["did_not_come"] == [
        {
            "chapter": "Buôn Ea Kmát",
            "name": None,
            "role": None,
            "status": "no_secretary",
            "reason": None,
        }
    ]
    september = data["joint_meetings"][8]
    assert september["held"] and september["meetings"][0]["host"] == "Thôn 3"
    assert september["meetings"][0]["participants"] == ["Buôn Ea Kmát"]
    # Buôn Ea Kmát never hosted but has no secretary: Thôn 3 is proposed, the buôn comes last.
    assert data["next_host"] == "Thôn 3"
    assert [(r["chapter"], r["secretary"], r["passed_over"]) for r in data["rotation"]] == [
        ("Thôn 3", "Nguyễn Văn An", False),
        ("Buôn Ea Kmát", None, True),
    ]


def test_links_table_and_bad_year(recorded, capsys):
    code, out, _ = _run(capsys, recorded, "links", "--year", "2026")
    assert code == 0
    assert "Briefings with the chapter secretaries (1 of 2 held)" in out
    assert "Joint meetings (1 of 12 months held)" in out
    proposal, passed_over = out.strip().splitlines()[-2:]
    assert proposal == "Proposed host for 11/2026: Thôn 3"
    assert passed_over == "Not proposed to host (no secretary in office): Buôn Ea Kmát"
    code, out, err = _run(capsys, recorded, "links", "--year", "26")
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1
