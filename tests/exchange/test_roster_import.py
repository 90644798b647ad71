"""The import: preview, matching, errors, duplicates, one transaction, error workbook, round trip."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from sqlalchemy import func, select

from doan_desktop.core import chapters as chapter_cases
from doan_desktop.core import roster as roster_cases
from doan_desktop.core.chapters import ChapterInput, add_chapter
from doan_desktop.core.roster import PersonInput, save_person
from doan_desktop.core.store.db import open_database
from doan_desktop.core.store.models import ChangeLog, Person
from doan_desktop.core.unit import save_unit
from doan_desktop.exchange import roster_import
from doan_desktop.exchange.roster_export import RosterExport
from doan_desktop.exchange.roster_import import (
    ImportCancelled,
    ImportOptions,
    plan_import,
    run_import,
    write_error_workbook,
)
from doan_desktop.exchange.roster_xlsx import (
    export_sheets,
    read_book,
    write_member_list_csv,
    write_member_list_xlsx,
)
from tests.conftest import SAMPLE_UNIT, TODAY
from tests.exchange.conftest import HEADERS, make_workbook


def _import(database, path, **options):
    opts = ImportOptions(today=TODAY, **options)
    book = read_book(path)
    with database.session() as session:
        plan = plan_import(session, book, opts)
    with database.session() as session:
        result = run_import(session, plan, opts)
    return plan, result


def _people(database):
    with database.session() as session:
        return roster_cases.list_people(session)


def test_messy_file_imports_four_people_into_the_sheet_chapter(unit_db, messy_xlsx):
    plan, result = _import(unit_db, messy_xlsx, create_chapters=True)
    assert (result.imported, result.updated, result.unchanged) == (4, 0, 0)
    assert result.errors == [] and result.duplicates == []
    assert result.created_chapters == ["Thôn 3"]
    assert plan.skipped == {"title": 3, "numbers": 1, "totals": 1, "signature": 4}
    people = {p.full_name: p for p in _people(unit_db)}
    assert set(people) == {"Nguyễn Văn An", "Trần Thị Bích", "Lê Văn Cường", "Phạm Thị Dung"}
    an = people["Nguyễn Văn An"]
    assert (an.id_number, an.phone, an.birth_date, an.member_since) == (
        "012345678901",
        "0912345678",
        "2000-03-05",
        "2015-03-26",
    )
    assert people["Phạm Thị Dung"].birth_date == "1998"
    assert {p.chapter for p in people.values()} == {"Thôn 3"}
    # Nobody from the title, totals or signature rows.
    assert not any(name in people for name in ("Tổng Cộng", "Hoàng Văn Lập", "Người Lập Biểu"))


def test_import_logs_every_person_created(unit_db, messy_xlsx):
    _import(unit_db, messy_xlsx, create_chapters=True)
    with unit_db.session() as session:
        created = session.scalar(
            select(func.count()).where(ChangeLog.entity == "person", ChangeLog.action == "create")
        )
    assert created == 4


def test_second_import_of_the_same_file_adds_nobody(unit_db, messy_xlsx):
    _import(unit_db, messy_xlsx, create_chapters=True)
    _plan, result = _import(unit_db, messy_xlsx, create_chapters=True)
    assert (result.imported, result.updated, result.unchanged) == (0, 0, 4)
    assert result.created_chapters == []
    assert len(_people(unit_db)) == 4


def test_missing_chapter_without_permission_is_an_error_per_row(unit_db, messy_xlsx):
    plan, result = _import(unit_db, messy_xlsx)
    assert result.imported == 0
    assert plan.missing_chapters == ["Thôn 3"]
    assert {(e.sheet, e.row) for e in result.errors} == {("Thôn 3", r) for r in (7, 8, 9, 11)}
    assert all("Thôn 3" in e.message for e in result.errors)
    assert _people(unit_db) == []


def test_chapter_option_puts_every_row_in_one_chapter(unit_db, messy_xlsx):
    with unit_db.session() as session:
        add_chapter(session, ChapterInput("Thôn 1", "thon"))
    _import(unit_db, messy_xlsx, chapter="thon 1")
    assert {p.chapter for p in _people(unit_db)} == {"Thôn 1"}


def test_unknown_chapter_option_is_refused(unit_db, messy_xlsx):
    with pytest.raises(chapter_cases.UnknownChapter), unit_db.session() as session:
        plan_import(session, read_book(messy_xlsx), ImportOptions(chapter="Thôn 9", today=TODAY))


def test_chapter_column_beats_sheet_name_and_default_sheet_names_mean_no_chapter(unit_db, tmp_path):
    rows = [["Họ và tên", "Năm sinh", "Chi đoàn"], ["An", 2000, "Thôn 1"], ["Bình", 2001, None]]
    other = [["Họ và tên", "Năm sinh"], ["Chi", 2002]]
    path = make_workbook(tmp_path / "c.xlsx", {"Thôn 5": rows, "Sheet1": other})
    _plan, result = _import(unit_db, path, create_chapters=True)
    assert result.created_chapters == ["Thôn 1"]
    chapters = {p.full_name: p.chapter for p in _people(unit_db)}
    assert chapters == {"An": "Thôn 1", "Bình": "", "Chi": ""}


def _error_file(tmp_path):
    rows = [
        ["DANH SÁCH ĐOÀN VIÊN"],
        HEADERS,
        [1, "Nguyễn Văn An", "05/03/2000", "Nam", "Kinh", "012345678901", "0912345678", None],
        [2, None, "01/01/2001", "Nữ", "Kinh", None, None, None],  # no name
        [3, "Trần Văn Tương Lai", "01/01/2030", "Nam", "Kinh", None, None, None],  # future birth
        [4, "Lê Thị Sai", "02/02/2002", "Nữ", "Kinh", "12345", None, None],  # malformed ID
        [
            5,
            "Nguyễn Văn An Hai",
            "06/06/2000",
            "Nam",
            "Kinh",
            "012345678901",
            None,
            None,
        ],  # same ID as row 3
        [6, "NGUYỄN VĂN AN", "05/03/2000", "Nam", "Kinh", None, None, None],  # same name and birth
        [7, "Võ Thị Ngày", "31/13/2001", "Nữ", "Kinh", None, None, None],  # impossible date
    ]
    return make_workbook(tmp_path / "errors.xlsx", {"Sheet1": rows})


def test_errors_and_duplicates_carry_sheet_row_column_and_reason(unit_db, tmp_path):
    plan, result = _import(unit_db, _error_file(tmp_path))
    assert result.imported == 1
    errors = {(e.row, e.column): e.message for e in result.errors}
    assert errors[(4, "Họ và tên")] == "The row has no name."
    assert errors[(5, "Ngày sinh")] == "The date cannot be in the future."
    assert errors[(6, "Số CCCD")] == "The citizen ID must be exactly 12 digits."
    assert "31/13/2001" in errors[(9, "Ngày sinh")]
    assert {e.sheet for e in result.errors} == {"Sheet1"}
    assert [(d.sheet, d.row, d.first_row) for d in result.duplicates] == [
        ("Sheet1", 7, 3),
        ("Sheet1", 8, 3),
    ]
    assert [p.full_name for p in _people(unit_db)] == ["Nguyễn Văn An"]


def test_error_workbook_holds_the_rejected_rows_ready_to_import_again(unit_db, tmp_path):
    plan, _result = _import(unit_db, _error_file(tmp_path))
    out = write_error_workbook(plan, tmp_path / "fix.xlsx")
    sheet = openpyxl.load_workbook(out).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == (*HEADERS, "Lỗi", "Cảnh báo")
    assert [r[0] for r in rows[1:]] == [2, 3, 4, 5, 6, 7]
    assert rows[1][-2:] == ("The row has no name.", None)
    assert "repeats row 3".lower() in rows[4][-2].lower()
    # It prints like every sheet the program writes: A4, one page wide, headers repeated.
    assert str(sheet.page_setup.paperSize) == sheet.PAPERSIZE_A4
    assert (sheet.page_setup.fitToWidth, sheet.print_title_rows) == (1, "$1:$1")
    assert sheet.oddHeader.left.text == "errors.xlsx" and sheet.freeze_panes == "A2"
    # The clerk fixes the ID and the future date, and imports the workbook again.
    sheet.cell(3, 3).value = "01/01/2003"
    sheet.cell(4, 6).value = "012345678903"
    sheet.cell(2, 2).value = "Đỗ Văn Có Tên"
    out2 = tmp_path / "fixed.xlsx"
    sheet.parent.save(out2)
    _plan, result = _import(unit_db, out2)
    assert result.imported == 3
    # Row 5 has An's citizen ID: it updates An. Row 6 (An's name and birth date) is An again.
    assert result.updated == 1
    assert [(d.row, d.first_row) for d in result.duplicates] == [(6, 5)]
    assert [e.row for e in result.errors] == [7]
    assert len(_people(unit_db)) == 4


def test_no_error_workbook_when_every_row_went_in_without_a_warning(unit_db, tmp_path):
    rows = [
        HEADERS,
        [1, "Nguyễn Văn An", "05/03/2000", "Nam", "Kinh", "012345678901", "0912345678", "2016"],
        [2, "Trần Thị Bích", "2001", "Nữ", "Ê Đê", None, None, None],
    ]
    plan, result = _import(unit_db, make_workbook(tmp_path / "ok.xlsx", {"DS": rows}))
    assert result.imported == 2 and not plan.warnings and not plan.rejected
    assert write_error_workbook(plan, tmp_path / "none.xlsx") is None
    assert not (tmp_path / "none.xlsx").exists()


def test_matching_updates_changed_fields_and_keeps_the_rest(unit_db, tmp_path):
    with unit_db.session() as session:
        person_id = save_person(
            session,
            PersonInput(
                full_name="Nguyễn Văn An",
                birth_date="05/03/2000",
                id_number="012345678901",
                ethnicity="Kinh",
                note="giữ lại",
                is_member=True,
            ),
            today=TODAY,
        )
    rows = [
        ["Họ và tên", "Số CCCD", "Ngày sinh", "SĐT"],
        ["Nguyễn Văn An", 12345678901, "05/03/2000", 912000111],
    ]
    path = make_workbook(tmp_path / "u.xlsx", {"DS": rows})
    plan, result = _import(unit_db, path)
    assert (result.imported, result.updated) == (0, 1)
    assert plan.to_update[0].changed == ["phone"]
    with unit_db.session() as session:
        person = roster_cases.get_person(session, person_id)
        log = session.scalars(
            select(ChangeLog).where(ChangeLog.entity_id == person_id, ChangeLog.action == "update")
        ).one()
    assert person.phone == "0912000111"
    assert person.note == "giữ lại"  # a column the file does not have is left alone
    assert log.before == {"phone": ""} and log.after == {"phone": "0912000111"}


def test_office_column_records_the_office(unit_db, tmp_path):
    rows = [
        ["Họ và tên", "Năm sinh", "Chức vụ"],
        ["An", 2000, "Bí thư"],
        ["Bình", 2001, "Đoàn viên"],
        ["Chi", 2002, "Thủ quỹ"],
    ]
    path = make_workbook(tmp_path / "o.xlsx", {"Thôn 1": rows})
    _plan, result = _import(unit_db, path, create_chapters=True)
    offices = {p.full_name: p.office for p in _people(unit_db)}
    assert offices == {"An": "Secretary", "Bình": "", "Chi": ""}
    assert [w.row for w in result.warnings] == [4]


def test_one_transaction_a_failure_midway_writes_nothing(unit_db, messy_xlsx, monkeypatch):
    opts = ImportOptions(today=TODAY, create_chapters=True)
    with unit_db.session() as session:
        plan = plan_import(session, read_book(messy_xlsx), opts)
    real = roster_import.write_new_people

    def failing(session, people, today, checked=False):
        real(session, people, today, checked)  # the rows are written, then the disk fails
        raise OSError("disk I/O error")

    monkeypatch.setattr(roster_import, "write_new_people", failing)
    with pytest.raises(OSError), unit_db.session() as session:
        run_import(session, plan, opts)
    with unit_db.session() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == 0
        assert chapter_cases.list_chapters(session) == []


def test_cancel_rolls_everything_back(unit_db, messy_xlsx):
    opts = ImportOptions(today=TODAY, create_chapters=True)
    with unit_db.session() as session:
        plan = plan_import(session, read_book(messy_xlsx), opts)
    seen = []
    with pytest.raises(ImportCancelled), unit_db.session() as session:
        run_import(
            session,
            plan,
            opts,
            progress=lambda done, total: seen.append(done),
            cancelled=lambda: True,
        )
    assert _people(unit_db) == []


def _full_people(database):
    with database.session() as session:
        people = session.scalars(select(Person).where(Person.deleted_at.is_(None))).all()
        fields = (
            "full_name",
            "gender",
            "birth_date",
            "id_number",
            "phone",
            "ethnicity",
            "religion",
            "hometown",
            "address",
            "occupation",
            "education",
            "is_member",
            "member_since",
            "is_party_member",
            "note",
        )
        chapters = {p.id: (p.chapter.name if p.chapter else "") for p in people}
        return sorted(tuple(getattr(p, f) for f in fields) + (chapters[p.id],) for p in people)


def _filled_roster(database):
    with database.session() as session:
        thon1 = add_chapter(session, ChapterInput("Thôn 1", "thon"))
        buon = add_chapter(session, ChapterInput("Buôn Cuôr Đăng", "buon"))
        rows = [
            PersonInput(
                full_name="Nguyễn Văn An",
                gender="M",
                birth_date="05/03/2000",
                id_number="012345678901",
                phone="0912345678",
                ethnicity="Kinh",
                religion="Không",
                hometown="Hòa Phú",
                address="Thôn 1, Hòa Phú",
                occupation="Nông dân",
                education="12/12",
                is_member=True,
                member_since="26/03/2015",
                is_party_member=True,
                chapter_id=thon1,
                note="Ghi chú 1",
            ),
            PersonInput(
                full_name="H' Hen Niê",
                gender="F",
                birth_date="2001",
                ethnicity="Ê Đê",
                religion="Tin Lành",
                chapter_id=buon,
                is_member=False,
                phone="0387000111",
            ),
            PersonInput(
                full_name="Trần Thị Bích",
                gender="F",
                birth_date="01/02/1999",
                id_number="001199000123",
                is_member=True,
                member_since="2014",
            ),
        ]
        ids = [save_person(session, row, today=TODAY) for row in rows]
        roster_cases.add_office(session, ids[0], "bi_thu", thon1, "01/01/2025", today=TODAY)


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_round_trip_export_then_import_into_a_fresh_database(unit_db, tmp_path, suffix):
    _filled_roster(unit_db)
    with unit_db.session() as session:
        unit_title, superior, sheets = export_sheets(session)
    out = tmp_path / f"members{suffix}"
    if suffix == ".xlsx":
        write_member_list_xlsx(out, unit_title, superior, sheets)
    else:
        write_member_list_csv(out, sheets)

    fresh = open_database(tmp_path / "fresh" / "doan.sqlite3")
    try:
        with fresh.session() as session:
            save_unit(session, SAMPLE_UNIT)
        _plan, result = _import(fresh, out, create_chapters=True)
        assert result.errors == [] and result.imported == 3
        assert _full_people(fresh) == _full_people(unit_db)
        assert {p.full_name: p.office for p in _people(fresh)}["Nguyễn Văn An"] == "Secretary"
        _plan, again = _import(fresh, out, create_chapters=True)
        assert (again.imported, again.updated, again.unchanged) == (0, 0, 3)
    finally:
        fresh.close()


def test_export_layout_title_text_cells_and_one_sheet_per_chapter(unit_db, tmp_path):
    _filled_roster(unit_db)
    with unit_db.session() as session:
        unit_title, superior, sheets = export_sheets(session)
    out = write_member_list_xlsx(tmp_path / "ds.xlsx", unit_title, superior, sheets)
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == [
        "Buôn Cuôr Đăng",
        "Thôn 1",
        "Chưa có chi đoàn",
        "Chức vụ",
        "Chi đoàn",
    ]
    sheet = book["Thôn 1"]
    assert "CHI ĐOÀN THÔN 1" in sheet["A4"].value
    assert sheet["A2"].value == "ĐOÀN XÃ HÒA PHÚ"
    assert "dd/mm/yyyy" in sheet["A5"].value  # the note above the headers
    headers = [c.value for c in sheet[6]]
    assert headers[:4] == ["STT", "Họ và tên", "Ngày sinh", "Giới tính"]
    assert "Tên để xếp thứ tự" in headers and "Trình độ chuyên môn" in headers
    row = {h: c for h, c in zip(headers, sheet[7], strict=True)}
    assert row["Số CCCD"].value == "012345678901" and row["Số CCCD"].data_type == "s"
    assert row["Số điện thoại"].value == "0912345678" and row["Số điện thoại"].data_type == "s"
    # Dates are date cells shown the Vietnamese way; a year alone is text.
    assert row["Ngày sinh"].value == dt.datetime(2000, 3, 5)
    assert row["Ngày sinh"].number_format == "dd/mm/yyyy"
    assert row["Giới tính"].value == "Nam"
    assert row["Chức vụ"].value == "Bí thư Chi đoàn"
    assert row["Tình trạng"].value == "Đang sinh hoạt"
    hen = {h: c for h, c in zip(headers, book["Buôn Cuôr Đăng"][7], strict=True)}
    assert (hen["Ngày sinh"].value, hen["Ngày sinh"].data_type) == ("2001", "s")
    offices = book["Chức vụ"]
    assert [c.value for c in offices[6]] == [
        "STT",
        "Họ và tên",
        "Ngày sinh",
        "Số CCCD",
        "Chức vụ",
        "Cấp",
        "Chi đoàn",
        "Từ ngày",
        "Đến ngày",
    ]
    assert [c.value for c in offices[7]][1:8] == [
        "Nguyễn Văn An",
        dt.datetime(2000, 3, 5),
        "012345678901",
        "Bí thư",
        "Chi đoàn",
        "Thôn 1",
        dt.datetime(2025, 1, 1),
    ]
    chapters = book["Chi đoàn"]
    assert [c.value for c in chapters[7]] == [1, "Buôn Cuôr Đăng", "Buôn", "Có", None]
    for each in book.worksheets:
        assert str(each.page_setup.paperSize) == each.PAPERSIZE_A4
        assert each.sheet_properties.pageSetUpPr.fitToPage
        assert (each.page_setup.fitToWidth, each.page_setup.fitToHeight) == (1, 0)
        assert each.print_title_rows == "$6:$6"
        assert each.freeze_panes == "C7"
        assert each.oddHeader.left.text == "Đoàn xã Hòa Phú"
        assert each.oddHeader.right.text == "Xuất ngày 25/11/2026"
    assert sheet.page_setup.orientation == "landscape"
    # The member list as offices print it: STT to Ghi chú; the rest completes the copy.
    assert headers[15] == "Ghi chú" and sheet.print_area == "'Thôn 1'!$A$1:$P$7"
    assert not offices.print_area  # a narrow sheet prints whole
    widths = {c: sheet.column_dimensions[c].width for c in "ABG"}
    assert widths["A"] < widths["G"] < widths["B"] + 5  # from the content: STT narrow, IDs wide


def test_export_to_a_folder_that_cannot_be_written_leaves_nothing(unit_db, tmp_path, monkeypatch):
    import errno
    import os

    from doan_desktop.exchange.files import FileWriteError

    _filled_roster(unit_db)
    with unit_db.session() as session:
        unit_title, superior, sheets = export_sheets(session)
    target = tmp_path / "ds.xlsx"
    target.write_bytes(b"the old file")

    def full_disk(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(FileWriteError, match="disk is full"):
        write_member_list_xlsx(target, unit_title, superior, sheets)
    assert target.read_bytes() == b"the old file"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "ds.xlsx"]


def test_export_into_a_missing_folder_says_so(tmp_path):
    from doan_desktop.exchange.files import FileWriteError

    with pytest.raises(FileWriteError, match="does not exist"):
        write_member_list_csv(
            tmp_path / "gone" / "ds.csv", RosterExport("Đoàn xã Hòa Phú", "", "xa", TODAY, [])
        )


def test_birth_date_today_is_accepted_and_tomorrow_is_not(unit_db, tmp_path):
    tomorrow = TODAY + dt.timedelta(days=1)
    rows = [
        ["Họ và tên", "Ngày sinh"],
        ["A Hôm Nay", TODAY.strftime("%d/%m/%Y")],
        ["B Ngày Mai", tomorrow.strftime("%d/%m/%Y")],
    ]
    path = make_workbook(tmp_path / "t.xlsx", {"DS": rows})
    _plan, result = _import(unit_db, path)
    assert result.imported == 1
    assert [(e.row, e.column) for e in result.errors] == [(3, "Ngày sinh")]


def test_bulk_write_matches_save_person_row_and_log(unit_db):
    """The import's fast path writes what the roster's own save_person writes."""
    data = PersonInput(
        full_name="NGUYỄN  VĂN AN",
        gender="M",
        birth_date="05/03/2000",
        id_number="0123 4567 8901",
        phone="+84 912 345 678",
        ethnicity="Kinh",
        is_member=True,
        member_since="2015",
        note=" ghi chú ",
    )
    with unit_db.session() as session:
        first = save_person(session, data, today=TODAY)
        (second,) = roster_import.write_new_people(session, [data], TODAY)
    with unit_db.session() as session:
        people = {p.id: p for p in session.scalars(select(Person))}
        logs = {
            log.entity_id: log.after
            for log in session.scalars(select(ChangeLog).where(ChangeLog.entity == "person"))
        }
    skip = {"id", "created_at", "updated_at"}
    columns = [c.key for c in Person.__table__.columns if c.key not in skip]
    assert [getattr(people[first], c) for c in columns] == [
        getattr(people[second], c) for c in columns
    ]
    assert {k: v for k, v in logs[first].items() if k != "id"} == {
        k: v for k, v in logs[second].items() if k != "id"
    }


def test_bulk_write_refuses_invalid_data(unit_db):
    from doan_desktop.core.validation import ValidationError

    good = PersonInput(full_name="Có Tên")
    with pytest.raises(ValidationError), unit_db.session() as session:
        roster_import.write_new_people(session, [good, PersonInput(full_name="")], TODAY)
    with pytest.raises(ValidationError), unit_db.session() as session:
        roster_import.write_person(session, PersonInput(full_name=""), None, TODAY)
    assert _people(unit_db) == []


@pytest.mark.parametrize(
    "data",
    [
        PersonInput(full_name=""),
        PersonInput(full_name="An", birth_date="31/02/2000"),
        PersonInput(full_name="An", birth_date="01/01/2030"),
        PersonInput(full_name="An", birth_date="2000", member_since="1999"),
        PersonInput(full_name="An", birth_date="05/05/2000", member_since="2000"),
        PersonInput(full_name="An", member_since="tomorrow"),
        PersonInput(full_name="An", id_number="12345"),
        PersonInput(full_name="An", phone="12345"),
        PersonInput(full_name="An", gender="X"),
        PersonInput(full_name="An", status="gone"),
        PersonInput(full_name="", birth_date="x", id_number="1", phone="2", gender="Q"),
        PersonInput(full_name="Nguyễn Văn An", birth_date="05/03/2000", id_number="012345678901"),
    ],
)
def test_row_problems_are_the_errors_of_validate_person(unit_db, data):
    with unit_db.session() as session:
        expected = roster_cases.validate_person(session, data, None, TODAY).errors
    assert roster_import.row_problems(data, None, TODAY) == expected
