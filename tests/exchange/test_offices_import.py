"""Offices and chapters read from a roster file: the export's sheets "Chức vụ" and "Chi đoàn", a
plain "Chức vụ" column with levels, and every way such a row can be wrong."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from doan_desktop.core import roster as roster_cases
from doan_desktop.core.chapters import ChapterInput, add_chapter
from doan_desktop.core.roster import PersonInput, add_office, save_person
from doan_desktop.core.store.models import Chapter, Office
from doan_desktop.exchange.roster_import import ImportOptions, plan_import, run_import
from doan_desktop.exchange.roster_xlsx import CHAPTERS, OFFICES, PEOPLE, read_book
from tests.conftest import TODAY
from tests.exchange.conftest import make_workbook

PEOPLE_HEADERS = ["STT", "Họ và tên", "Ngày sinh", "Số CCCD", "Chi đoàn"]
OFFICE_HEADERS = ["STT", "Họ và tên", "Ngày sinh", "Số CCCD", "Chức vụ", "Cấp", "Chi đoàn"]
OFFICE_HEADERS += ["Từ ngày", "Đến ngày"]
CHAPTER_HEADERS = ["STT", "Tên chi đoàn", "Loại chi đoàn", "Đang hoạt động", "Ghi chú"]


def _book(tmp_path, people, offices=None, chapters=None, name="ds.xlsx"):
    sheets = {"Danh sách": [PEOPLE_HEADERS, *people]}
    if offices is not None:
        sheets["Chức vụ"] = [OFFICE_HEADERS, *offices]
    if chapters is not None:
        sheets["Chi đoàn"] = [CHAPTER_HEADERS, *chapters]
    return make_workbook(tmp_path / name, sheets)


def _plan(database, path, **options):
    with database.session() as session:
        return plan_import(session, read_book(path), ImportOptions(today=TODAY, **options))


def _run(database, path, **options):
    opts = ImportOptions(today=TODAY, **options)
    plan = _plan(database, path, **options)
    with database.session() as session:
        return plan, run_import(session, plan, opts)


def _offices(database):
    with database.session() as session:
        rows = session.scalars(select(Office)).all()
        names = {c.id: c.name for c in session.scalars(select(Chapter))}
        return sorted(
            (
                roster_cases.person_name(session, o.person_id),
                o.role,
                names.get(o.chapter_id, "commune") if o.chapter_id else "commune",
                o.start_date,
                o.end_date,
            )
            for o in rows
        )


@pytest.fixture
def thon(unit_db):
    with unit_db.session() as session:
        return add_chapter(session, ChapterInput("Thôn 1", "thon"))


AN = [1, "Nguyễn Văn An", "05/03/2000", "012345678901", "Thôn 1"]
BINH = [2, "Trần Thị Bình", "2001", "", "Thôn 1"]


def test_the_sheets_are_told_apart_by_their_headers(unit_db, thon, tmp_path):
    path = _book(tmp_path, [AN], [], [[1, "Thôn 1", "Thôn", "Có", ""]])
    kinds = {sheet.name: sheet.kind for sheet in read_book(path).sheets}
    assert kinds == {"Danh sách": PEOPLE, "Chức vụ": OFFICES, "Chi đoàn": CHAPTERS}


def test_offices_with_levels_and_dates_and_a_past_term(unit_db, thon, tmp_path):
    offices = [
        [
            1,
            "Nguyễn Văn An",
            "05/03/2000",
            "012345678901",
            "Bí thư",
            "Chi đoàn",
            "Thôn 1",
            "10/04/2025",
            "",
        ],
        [
            2,
            "Nguyễn Văn An",
            "05/03/2000",
            "012345678901",
            "Ủy viên BCH",
            "Đoàn xã",
            "",
            "01/07/2025",
            "",
        ],
        [3, "Trần Thị Bình", "2001", "", "Phó Bí thư", "Chi đoàn", "", "2023", "10/04/2025"],
    ]
    plan, result = _run(unit_db, _book(tmp_path, [AN, BINH], offices))
    assert result.errors == [] and result.warnings == []
    assert (result.imported, result.offices_added, result.offices_ended) == (2, 3, 0)
    assert _offices(unit_db) == [
        ("Nguyễn Văn An", "bi_thu", "Thôn 1", "2025-04-10", ""),
        ("Nguyễn Văn An", "uy_vien_bch", "commune", "2025-07-01", ""),
        ("Trần Thị Bình", "pho_bi_thu", "Thôn 1", "2023", "2025-04-10"),
    ]
    again = _plan(unit_db, _book(tmp_path, [AN, BINH], offices, name="again.xlsx"))
    assert (len(again.to_update), len(again.unchanged), again.all_offices()) == (0, 2, [])


def test_a_term_the_file_ends_is_ended_and_the_person_counts_as_updated(unit_db, thon, tmp_path):
    with unit_db.session() as session:
        an = save_person(
            session,
            PersonInput(
                full_name="Nguyễn Văn An",
                birth_date="05/03/2000",
                id_number="012345678901",
                chapter_id=thon,
            ),
            today=TODAY,
        )
        add_office(session, an, "bi_thu", thon, "10/04/2025", today=TODAY)
    offices = [
        [
            1,
            "Nguyễn Văn An",
            "05/03/2000",
            "012345678901",
            "Bí thư",
            "Chi đoàn",
            "Thôn 1",
            "10/04/2025",
            "01/11/2026",
        ],
    ]
    plan, result = _run(unit_db, _book(tmp_path, [AN], offices))
    assert (result.updated, result.offices_added, result.offices_ended) == (1, 0, 1)
    assert plan.to_update[0].changed == ["office"]
    assert _offices(unit_db) == [("Nguyễn Văn An", "bi_thu", "Thôn 1", "2025-04-10", "2026-11-01")]
    # The roster has it ended now: a file that says it is still held does not reopen it.
    offices[0][-1] = ""
    plan = _plan(unit_db, _book(tmp_path, [AN], offices, name="open.xlsx"))
    assert plan.all_offices() == [] and len(plan.unchanged) == 1
    [warning] = plan.warnings
    assert "ended on 01/11/2026" in warning.message and warning.column == "Chức vụ"


def test_a_second_sitting_secretary_is_said_in_the_preview_and_not_recorded(
    unit_db, thon, tmp_path
):
    offices = [
        [
            1,
            "Nguyễn Văn An",
            "05/03/2000",
            "012345678901",
            "Bí thư",
            "Chi đoàn",
            "Thôn 1",
            "10/04/2025",
            "",
        ],
        [2, "Trần Thị Bình", "2001", "", "Bí thư", "Chi đoàn", "Thôn 1", "01/06/2025", ""],
    ]
    path = _book(tmp_path, [AN, BINH], offices)
    plan = _plan(unit_db, path)
    assert [o.claim.person_name for o in plan.all_offices()] == ["Nguyễn Văn An"]
    [warning] = plan.warnings
    assert (warning.sheet, warning.row) == ("Chức vụ", 3)
    assert "Nguyễn Văn An is the sitting secretary of Thôn 1" in warning.message
    _plan_again, result = _run(unit_db, path)
    assert result.offices_added == 1
    assert [o[0] for o in _offices(unit_db)] == ["Nguyễn Văn An"]


@pytest.mark.parametrize(
    ("row", "column", "message"),
    [
        (
            [1, "Lê Văn Lạ", "1999", "", "Bí thư", "Chi đoàn", "Thôn 1", "2024", ""],
            "Họ và tên",
            "Nobody in the file or in the roster",
        ),
        (
            [1, "Nguyễn Văn An", "05/03/2000", "", "Trưởng thôn", "", "", "2024", ""],
            "Chức vụ",
            'The office "Trưởng thôn" is not a Union office',
        ),
        (
            [1, "Nguyễn Văn An", "05/03/2000", "", "Bí thư", "Huyện", "", "2024", ""],
            "Cấp",
            '"Huyện" is not the level of an office',
        ),
        (
            [1, "Nguyễn Văn An", "05/03/2000", "", "Bí thư", "Chi đoàn", "Thôn 9", "2024", ""],
            "Chi đoàn",
            'There is no chapter named "Thôn 9"',
        ),
        (
            [1, "Nguyễn Văn An", "05/03/2000", "", "Bí thư", "Chi đoàn", "", "01/01/2027", ""],
            "Từ ngày",
            "future",
        ),
        (
            [1, "Nguyễn Văn An", "05/03/2000", "", "Bí thư", "Chi đoàn", "", "2025", "2024"],
            "Từ ngày",
            "before it started",
        ),
        (
            [1, "Nguyễn Văn An", "05/03/2000", "", "Bí thư", "", "", "32/13/2025", ""],
            "Từ ngày",
            "is not a date",
        ),
    ],
)
def test_a_wrong_office_row_is_refused_and_says_why(unit_db, thon, tmp_path, row, column, message):
    path = _book(tmp_path, [AN], [row])
    plan, result = _run(unit_db, path)
    assert result.imported == 1  # the person goes in all the same
    [error] = result.errors
    assert (error.sheet, error.row, error.column) == ("Chức vụ", 2, column)
    assert message in error.message
    assert ("Chức vụ", 2) in plan.rejected
    assert _offices(unit_db) == []


def test_a_chapter_office_with_no_chapter_anywhere_is_refused(unit_db, tmp_path):
    person = [1, "Nguyễn Văn An", "05/03/2000", "012345678901", ""]
    office = [1, "Nguyễn Văn An", "05/03/2000", "", "Bí thư", "Chi đoàn", "", "2024", ""]
    plan = _plan(unit_db, _book(tmp_path, [person], [office]))
    [error] = plan.errors
    assert error.sheet == "Chức vụ" and "write the chapter's name" in error.message


def test_the_office_of_someone_only_in_the_roster_is_recorded(unit_db, thon, tmp_path):
    with unit_db.session() as session:
        save_person(
            session,
            PersonInput(full_name="Hoàng Văn Cũ", birth_date="1998", chapter_id=thon),
            today=TODAY,
        )
    office = [1, "Hoàng Văn Cũ", "1998", "", "Ủy viên BCH", "Đoàn xã", "", "2024", ""]
    plan, result = _run(unit_db, _book(tmp_path, [AN], [office]))
    assert (result.imported, result.updated, result.offices_added) == (1, 0, 1)
    assert len(plan.offices) == 1
    assert _offices(unit_db) == [("Hoàng Văn Cũ", "uy_vien_bch", "commune", "2024", "")]


def test_a_plain_office_column_says_the_level_in_words(unit_db, thon, tmp_path):
    rows = [
        ["Họ và tên", "Ngày sinh", "Chức vụ", "Chi đoàn"],
        ["Nguyễn Văn An", "2000", "Bí thư Chi đoàn, Ủy viên BCH Đoàn xã", "Thôn 1"],
        ["Trần Thị Bình", "2001", "Phó Bí thư; Trưởng thôn", "Thôn 1"],
    ]
    path = make_workbook(tmp_path / "cot.xlsx", {"Sheet1": rows})
    plan, result = _run(unit_db, path)
    assert _offices(unit_db) == [
        ("Nguyễn Văn An", "bi_thu", "Thôn 1", "2026-11-25", ""),
        ("Nguyễn Văn An", "uy_vien_bch", "commune", "2026-11-25", ""),
        ("Trần Thị Bình", "pho_bi_thu", "Thôn 1", "2026-11-25", ""),
    ]
    [warning] = result.warnings
    assert warning.row == 3 and '"Trưởng thôn" is not a Union office' in warning.message
    again = _plan(unit_db, path)
    assert again.all_offices() == [] and len(again.unchanged) == 2


def test_a_people_sheet_may_give_the_level_and_start_in_columns(unit_db, thon, tmp_path):
    rows = [
        ["Họ và tên", "Ngày sinh", "Chức vụ", "Cấp", "Từ ngày", "Chi đoàn"],
        ["Nguyễn Văn An", "2000", "Phó Bí thư", "Đoàn xã", dt.datetime(2025, 7, 1), "Thôn 1"],
        ["Trần Thị Bình", "2001", "Bí thư", "Xóm", "2024", "Thôn 1"],
    ]
    path = make_workbook(tmp_path / "cap.xlsx", {"Sheet1": rows})
    _plan_done, result = _run(unit_db, path)
    assert _offices(unit_db) == [("Nguyễn Văn An", "pho_bi_thu", "commune", "2025-07-01", "")]
    [warning] = result.warnings
    assert warning.row == 3 and '"Xóm" is not the level of an office' in warning.message


def test_the_chapters_sheet_gives_the_kind_of_the_chapters_created(unit_db, tmp_path):
    people = [[1, "Nguyễn Văn An", "05/03/2000", "", "Tổ 5"]]
    chapters = [
        [1, "Tổ 5", "Tổ dân phố", "Có", "Sinh hoạt tại nhà văn hóa"],
        [2, "Trường cũ", "Trường học", "Không", ""],
        [3, "Ấp Lạ", "Xóm", "", ""],
    ]
    path = _book(tmp_path, people, chapters=chapters)
    plan = _plan(unit_db, path)
    assert plan.missing_chapters == ["Tổ 5", "Trường cũ", "Ấp Lạ"]
    [warning] = plan.warnings
    assert warning.sheet == "Chi đoàn" and "guessed from the name" in warning.message
    _plan_done, result = _run(unit_db, path, create_chapters=True)
    assert result.created_chapters == ["Tổ 5", "Trường cũ", "Ấp Lạ"]
    with unit_db.session() as session:
        made = {c.name: (c.kind, c.active, c.note) for c in session.scalars(select(Chapter)).all()}
    assert made == {
        "Tổ 5": ("to_dan_pho", True, "Sinh hoạt tại nhà văn hóa"),
        "Trường cũ": ("school", False, ""),
        "Ấp Lạ": ("ap", True, ""),
    }
    # Without leave to create them, nothing is made and the people of a missing chapter wait.
    assert _plan(unit_db, path).missing_chapters == []
