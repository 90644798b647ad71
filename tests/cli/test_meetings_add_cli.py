"""``doan-desktop meetings add``: a meeting saved as a draft through core.meetings, its attendance
list the people expected at it, marked from a file of names or ids (each resolved, with a clear
error for an unknown or ambiguous one) or all present; the form's checks, each error naming its
option in one line with exit 2 and nothing written."""

import json

import pytest

from doan_desktop.cli import main
from doan_desktop.core import chapters as chapter_cases
from doan_desktop.core import meetings
from doan_desktop.core.chapters import ChapterInput, add_chapter
from doan_desktop.core.roster import PersonInput, add_office, save_person
from doan_desktop.core.store.db import open_database
from tests.conftest import TODAY
from tests.exchange.hostile import utf16, windows_1258


@pytest.fixture(autouse=True)
def english(monkeypatch):
    monkeypatch.setenv("DOAN_LANG", "en")


@pytest.fixture
def office(unit_db, data_dir, tmp_path):
    ids = {"dir": str(data_dir.root), "data_dir": data_dir, "tmp": tmp_path}
    with unit_db.session() as s:
        thon3 = add_chapter(s, ChapterInput("Thôn 3", "thon"))
        kram = add_chapter(s, ChapterInput("Buôn Kram", "buon"))
        closed = add_chapter(s, ChapterInput("Thôn 9", "thon"))
        chapter_cases.set_active(s, closed, False)
        for key, name, chapter, birth, member in [
            ("binh", "Trần Thị Bình", thon3, "12/08/2001", True),
            ("an1", "Nguyễn Văn An", thon3, "05/02/2000", True),
            ("an2", "Nguyễn Văn An", thon3, "17/09/2003", True),
            ("an_dau", "Nguyễn Văn Ấn", thon3, "2002", True),
            ("cuong", "Lê Văn Cường", thon3, "2001", True),
            ("dung", "Phạm Văn Dũng", thon3, "2006", False),
            ("hen", "H' Hen Niê", kram, "2004", True),
        ]:
            ids[key] = save_person(
                s,
                PersonInput(full_name=name, chapter_id=chapter, birth_date=birth, is_member=member),
                today=TODAY,
            )
        add_office(s, ids["binh"], "bi_thu", thon3, "01/01/2024", today=TODAY)
        add_office(s, ids["hen"], "bi_thu", kram, "01/01/2024", today=TODAY)
    unit_db.close()
    ids.update(thon3=thon3, kram=kram)
    return ids


def add(capsys, office, *args):
    """(exit code, stdout, stderr lines) of ``meetings add`` with ``args``."""
    try:
        code = main(["--data-dir", office["dir"], "meetings", "add", *args])
    except SystemExit as exit_:  # argparse refuses a bad call
        code = exit_.code
    out = capsys.readouterr()
    return code, out.out, out.err.splitlines()


def saved(office) -> list[meetings.MeetingDetail]:
    database = open_database(office["data_dir"].database)
    try:
        with database.session() as s:
            return [meetings.get_meeting(s, row.id) for row in meetings.list_meetings(s)]
    finally:
        database.close()


def refused(capsys, office, *args) -> str:
    code, out, err = add(capsys, office, *args)
    assert (code, out) == (2, "")
    assert len(err) == 1, err
    assert saved(office) == []  # nothing written
    return err[0]


def attendance(office, text: str, name: str = "came.csv") -> str:
    path = office["tmp"] / name
    path.write_text(text, encoding="utf-8")
    return str(path)


MONTHLY = ("--kind", "monthly", "--chapter", "Thôn 3", "--date", "05/11/2026")


def marks(detail: meetings.MeetingDetail) -> dict[str, tuple[str, str]]:
    return {a.person_id: (a.status, a.reason) for a in detail.data.attendance}


# ----------------------------------------------------------------------------- good


def test_a_monthly_meeting_with_attendance_from_a_file(capsys, office):
    came = attendance(
        office,
        "Họ và tên\n"
        "# who came, as the secretary wrote it down\n"
        "Trần Thị Bình\n"
        "le van cuong\n"
        f"{office['an1']}\n"
        "\n"
        "Nguyễn Văn Ấn, vắng có lý do, Ốm\n",
    )
    code, out, err = add(
        capsys,
        office,
        *MONTHLY,
        *("--attendance", came, "--month", "10/2026", "--start", "19:30", "--end", "21:00"),
        *("--place", "Nhà văn hóa thôn 3", "--chair", "Trần Thị Bình"),
        *("--secretary", office["an1"], "--guest", "Lê Thị Hoa, Phó Bí thư Đoàn xã"),
        *("--agenda", "Kiểm điểm tháng 10", "--agenda", "Kế hoạch tháng 11"),
        *("--speech", "Lê Văn Cường", "Đề nghị tổ chức thu gom rác thải."),
        *("--conclusions", "Thống nhất kế hoạch.", "--resolutions", "Ra quân ngày 15/11."),
        *("--vote", "3", "0", "0"),
    )
    assert (code, err) == (0, [])
    [detail] = saved(office)
    assert out.strip() == (
        "Saved as a draft: Monthly chapter meeting, Thôn 3, held on 05/11/2026; 3 present, 1 "
        f"absent with a reason, 1 absent without a reason, 1 guests (id {detail.id})."
    )
    data = detail.data
    assert (detail.state, data.kind, data.chapter_id) == ("draft", "monthly", office["thon3"])
    assert (data.date, data.for_month, data.start_time, data.end_time) == (
        "05/11/2026",
        "2026-10",
        "19:30",
        "21:00",
    )
    assert marks(detail) == {
        office["binh"]: ("present", ""),
        office["cuong"]: ("present", ""),
        office["an1"]: ("present", ""),
        office["an_dau"]: ("excused", "Ốm"),
        office["an2"]: ("absent", ""),  # expected, not in the file
    }
    assert (data.chair_id, data.secretary_id) == (office["binh"], office["an1"])
    assert [(g.name, g.title) for g in data.guests] == [("Lê Thị Hoa", "Phó Bí thư Đoàn xã")]
    assert data.agenda == ["Kiểm điểm tháng 10", "Kế hoạch tháng 11"]
    assert [(s.speaker, s.text) for s in data.discussion] == [
        ("Lê Văn Cường", "Đề nghị tổ chức thu gom rác thải.")
    ]
    assert (data.conclusions, data.resolutions) == ("Thống nhất kế hoạch.", "Ra quân ngày 15/11.")
    assert (data.vote_for, data.vote_against, data.vote_other) == (3, 0, 0)


def test_all_present_lists_the_chapters_members(capsys, office):
    code, _, err = add(capsys, office, *MONTHLY, "--all-present")
    assert (code, err) == (0, [])
    [detail] = saved(office)
    members = {office[k] for k in ("binh", "an1", "an2", "an_dau", "cuong")}
    assert marks(detail) == {person: ("present", "") for person in members}


def test_the_chapters_youth_come_with_include_youth(capsys, office):
    came = attendance(office, "Trần Thị Bình\nPhạm Văn Dũng\n")
    code, _, err = add(capsys, office, *MONTHLY, "--attendance", came, "--include-youth")
    assert (code, err) == (0, [])
    [detail] = saved(office)
    assert marks(detail)[office["dung"]] == ("present", "")
    assert len(detail.data.attendance) == 6


def test_a_joint_meeting_expects_the_secretaries(capsys, office):
    code, out, err = add(
        capsys,
        office,
        *("--kind", "joint", "--chapter", "Buôn Kram", "--participant", "thon 3"),
        *("--date", "20/11/2026", "--all-present", "--format", "json"),
    )
    assert (code, err) == (0, [])
    row = json.loads(out)
    assert (row["kind"], row["host_chapter"], row["participating_chapters"]) == (
        "joint",
        "Buôn Kram",
        ["Thôn 3"],
    )
    assert (row["present"], row["expected"], row["state"]) == (2, 2, "draft")
    [detail] = saved(office)
    assert set(marks(detail)) == {office["binh"], office["hen"]}


def test_a_commune_meeting_without_a_chapter(capsys, office):
    code, _, err = add(
        capsys, office, "--kind", "bch", "--theme", "Sơ kết quý IV", "--date", "1/11/2026"
    )
    assert code == 2  # neither --attendance nor --all-present
    code, _, err = add(
        capsys,
        office,
        *("--kind", "bch", "--theme", "Sơ kết quý IV", "--date", "1/11/2026", "--all-present"),
    )
    assert (code, err) == (0, [])
    [detail] = saved(office)
    assert (detail.data.kind, detail.data.chapter_id, detail.data.theme) == (
        "bch",
        None,
        "Sơ kết quý IV",
    )


@pytest.mark.parametrize("encode", [windows_1258, utf16], ids=["windows-1258", "utf-16"])
def test_a_csv_saved_by_excel_with_semicolons(capsys, office, encode):
    path = office["tmp"] / "excel.csv"
    path.write_bytes(
        encode("Họ và tên;Điểm danh;Lý do\nTrần Thị Bình;có mặt;\nLê Văn Cường;vắng;\n")
    )
    code, _, err = add(capsys, office, *MONTHLY, "--attendance", str(path))
    assert (code, err) == (0, [])
    [detail] = saved(office)
    assert marks(detail)[office["binh"]] == ("present", "")
    assert marks(detail)[office["cuong"]] == ("absent", "")


def test_an_exact_name_wins_over_the_same_letters_without_diacritics(capsys, office):
    came = attendance(office, "Nguyễn Văn Ấn\n")
    code, _, err = add(capsys, office, *MONTHLY, "--attendance", came)
    assert (code, err) == (0, [])
    [detail] = saved(office)
    assert marks(detail)[office["an_dau"]] == ("present", "")


# ----------------------------------------------------------------------------- the file is wrong


def test_an_unknown_name_names_its_line(capsys, office):
    came = attendance(office, "Trần Thị Bình\nNguyễn Thị Không Có\n")
    line = refused(capsys, office, *MONTHLY, "--attendance", came)
    assert line.startswith(f"doan-desktop: --attendance: {came}: line 2: ")
    assert '"Nguyễn Thị Không Có" is not among those expected at this meeting' in line
    assert "--guest" in line


def test_someone_of_another_chapter_is_not_expected(capsys, office):
    came = attendance(office, "H' Hen Niê\n")
    line = refused(capsys, office, *MONTHLY, "--attendance", came)
    assert 'line 1: "H\' Hen Niê" is not among those expected at this meeting' in line


def test_an_ambiguous_name_lists_the_people_and_asks_for_the_id(capsys, office):
    came = attendance(office, "Trần Thị Bình\nNguyễn Văn An\n")
    line = refused(capsys, office, *MONTHLY, "--attendance", came)
    assert 'line 2: "Nguyễn Văn An" could be any of 2 people: ' in line
    assert office["an1"] in line and office["an2"] in line
    assert line.endswith("Write the id instead.")
    # Without diacritics the name could also be Nguyễn Văn Ấn.
    line = refused(capsys, office, *MONTHLY, "--attendance", attendance(office, "nguyen van an"))
    assert "could be any of 3 people" in line and office["an_dau"] in line


def test_a_youth_without_include_youth_says_how(capsys, office):
    line = refused(capsys, office, *MONTHLY, "--attendance", attendance(office, "Phạm Văn Dũng\n"))
    assert '"Phạm Văn Dũng" is a youth of the chapter, not a member: add --include-youth' in line


def test_every_wrong_line_is_named_at_once(capsys, office):
    came = attendance(office, "Nobody\nTrần Thị Bình\ntran thi binh\nLê Văn Cường, maybe\n")
    line = refused(capsys, office, *MONTHLY, "--attendance", came)
    assert 'line 4: "maybe" is not a mark' in line  # the marks are read first
    came = attendance(office, "Nobody\nTrần Thị Bình\ntran thi binh\n")
    line = refused(capsys, office, *MONTHLY, "--attendance", came)
    assert "line 1: " in line and "line 3: Trần Thị Bình is already on line 2." in line


@pytest.mark.parametrize(
    "content, message",
    [
        ("", "names no one"),
        ("# nobody yet\n\n", "names no one"),
        (b"\x00\x01\x02binary\xff\xfe", "is not text: save it as UTF-8 text or CSV."),
    ],
)
def test_a_file_that_names_no_one_or_is_not_text(capsys, office, content, message):
    path = office["tmp"] / "came.csv"
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    line = refused(capsys, office, *MONTHLY, "--attendance", str(path))
    assert line.startswith("doan-desktop: --attendance: ") and message in line


def test_a_missing_or_huge_file(capsys, office):
    missing = office["tmp"] / "nowhere.csv"
    line = refused(capsys, office, *MONTHLY, "--attendance", str(missing))
    assert line.startswith(f"doan-desktop: --attendance: Cannot read {missing}")
    huge = office["tmp"] / "huge.csv"
    huge.write_text("Trần Thị Bình\n" * 80_000, encoding="utf-8")
    assert "larger than 1 MB" in refused(capsys, office, *MONTHLY, "--attendance", str(huge))


# ----------------------------------------------------------------------------- the form's checks


def test_a_missing_chapter(capsys, office):
    line = refused(capsys, office, "--kind", "monthly", "--date", "05/11/2026", "--all-present")
    assert line == "doan-desktop: --chapter: Choose the chapter that met."
    line = refused(capsys, office, "--kind", "joint", "--date", "05/11/2026", "--all-present")
    assert line.startswith("doan-desktop: --chapter: Choose the host chapter.")


def test_an_unknown_or_inactive_chapter(capsys, office):
    line = refused(
        capsys, office, "--kind", "monthly", "--chapter", "Thôn 99", *MONTHLY[4:], "--all-present"
    )
    assert line.startswith('doan-desktop: --chapter: There is no chapter named "Thôn 99".')
    line = refused(
        capsys, office, "--kind", "monthly", "--chapter", "Thôn 9", *MONTHLY[4:], "--all-present"
    )
    assert line == "doan-desktop: --chapter: Thôn 9 is no longer active; choose an active chapter."
    line = refused(
        capsys,
        office,
        *("--kind", "joint", "--chapter", "Thôn 3", "--participant", "Buôn Krông"),
        *("--date", "1/11/2026", "--all-present"),
    )
    assert line.startswith('doan-desktop: --participant: There is no chapter named "Buôn Krông".')


@pytest.mark.parametrize(
    "date, message",
    [
        ("35/11/2026", "--date: Type the date as dd/mm/yyyy, for example 05/02/2026."),
        ("2026", "--date: Type the date as dd/mm/yyyy, for example 05/02/2026."),
        ("next week", "--date: Type the date as dd/mm/yyyy, for example 05/02/2026."),
        ("26/11/2026", "--date: A meeting is recorded once it has been held"),
    ],
)
def test_a_bad_date(capsys, office, date, message):
    line = refused(
        capsys, office, "--kind", "monthly", "--chapter", "Thôn 3", "--date", date, "--all-present"
    )
    assert line.startswith(f"doan-desktop: {message}")


def test_bad_times_and_every_error_at_once(capsys, office):
    line = refused(
        capsys,
        office,
        *("--kind", "themed", "--date", "1/11/2026", "--all-present"),
        *("--start", "25:00", "--end", "7pm", "--speech", "", "Ý kiến"),
    )
    for part in (
        "--chapter: Choose the chapter that met.",
        "--theme: A themed meeting needs its theme.",
        "--start: Type the time as hh:mm, for example 19:30.",
        "--end: Type the time as hh:mm",
        "--speech: Each speech needs the speaker's name.",
    ):
        assert part in line
    line = refused(capsys, office, *MONTHLY, "--all-present", "--start", "21:00", "--end", "19:30")
    assert line == "doan-desktop: --end: The meeting cannot end before it starts."


def test_the_chair_and_secretary_come_from_those_present(capsys, office):
    came = attendance(office, "Trần Thị Bình\nLê Văn Cường, absent\n")
    line = refused(capsys, office, *MONTHLY, "--attendance", came, "--chair", "Lê Văn Cường")
    assert line == (
        "doan-desktop: --chair: Choose someone marked present: Lê Văn Cường is not among those "
        "present."
    )
    line = refused(capsys, office, *MONTHLY, "--all-present", "--chair", "H' Hen Niê")
    assert line == (
        'doan-desktop: --chair: "H\' Hen Niê" is not on the attendance list of this meeting; '
        "choose someone present."
    )
    line = refused(capsys, office, *MONTHLY, "--all-present", "--secretary", "Nguyễn Văn An")
    assert line.startswith('doan-desktop: --secretary: "Nguyễn Văn An" could be any of 2 people')
    line = refused(
        capsys,
        office,
        *MONTHLY,
        "--all-present",
        "--chair",
        "Trần Thị Bình",
        "--secretary",
        "trần thị bình",
    )
    assert line == (
        "doan-desktop: --secretary: The secretary of the meeting must be someone other than the "
        "chair."
    )


def test_more_votes_than_people_present(capsys, office):
    came = attendance(office, "Trần Thị Bình\n")
    line = refused(capsys, office, *MONTHLY, "--attendance", came, "--vote", "2", "0", "0")
    assert (
        line == "doan-desktop: --vote: 2 votes were counted but only 1 people are marked present."
    )
    line = refused(capsys, office, *MONTHLY, "--all-present", "--vote", "-1", "0", "0")
    assert line == "doan-desktop: --vote: Vote counts cannot be negative."


def test_options_the_kind_does_not_have_are_refused(capsys, office):
    line = refused(
        capsys,
        office,
        *("--kind", "bch", "--chapter", "Thôn 3", "--participant", "Buôn Kram"),
        *("--month", "10/2026", "--include-youth", "--date", "1/11/2026", "--all-present"),
    )
    for option in ("--chapter: ", "--participant: ", "--month: ", "--include-youth: "):
        assert option in line
    line = refused(capsys, office, *MONTHLY, "--all-present", "--theme", "Ma túy")
    assert line.startswith("doan-desktop: --theme: This kind of meeting (Monthly chapter meeting)")


@pytest.mark.parametrize("month", ["13/2026", "2026-00", "October", "10/26"])
def test_a_bad_month(capsys, office, month):
    line = refused(capsys, office, *MONTHLY, "--all-present", "--month", month)
    assert f"argument --month: not a month: {month} (write mm/yyyy" in line


def test_attendance_is_a_file_or_everyone(capsys, office):
    line = refused(capsys, office, *MONTHLY)
    assert "one of the arguments --attendance --all-present is required" in line
    came = attendance(office, "Trần Thị Bình\n")
    line = refused(capsys, office, *MONTHLY, "--all-present", "--attendance", came)
    assert "argument --attendance: not allowed with argument --all-present" in line
