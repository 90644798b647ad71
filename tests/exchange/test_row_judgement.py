"""Rows judged field by field: only what identifies a person refuses a row; any other bad value
is left out with a warning; unlikely ages are warnings. The preview, the import and the error
workbook all say the same."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from doan_desktop.core import roster as roster_cases
from doan_desktop.core.roster import PersonInput, save_person
from doan_desktop.exchange.roster_import import (
    IDENTITY_FIELDS,
    ImportOptions,
    age_warnings,
    plan_import,
    run_import,
    write_error_workbook,
)
from doan_desktop.exchange.roster_xlsx import read_book
from tests.conftest import TODAY
from tests.exchange.conftest import make_workbook

COLUMNS = ["STT", "Họ và tên", "Ngày sinh", "Giới tính", "SĐT", "Ngày vào Đoàn", "Đoàn viên"]


def _import(database, path, today=TODAY, **options):
    opts = ImportOptions(today=today, **options)
    with database.session() as session:
        plan = plan_import(session, read_book(path), opts)
    with database.session() as session:
        result = run_import(session, plan, opts)
    return plan, result


def _people(database):
    with database.session() as session:
        return {p.full_name: p for p in roster_cases.list_people(session)}


def _book(tmp_path, *rows, name="rows.xlsx"):
    return make_workbook(tmp_path / name, {"DS": [COLUMNS, *rows]})


def test_a_short_phone_number_imports_the_row_without_it(unit_db, tmp_path):
    path = _book(tmp_path, [1, "Nguyễn Văn An", "05/03/2000", "Nam", "12345", "26/03/2017", "x"])
    plan, result = _import(unit_db, path)
    assert (result.imported, result.errors) == (1, [])
    an = _people(unit_db)["Nguyễn Văn An"]
    assert (an.phone, an.gender, an.member_since) == ("", "M", "2017-03-26")
    (warning,) = result.warnings
    assert (warning.sheet, warning.row, warning.column) == ("DS", 2, "SĐT")
    assert "10 digits" in warning.message and "imported without this value" in warning.message


@pytest.mark.parametrize(
    ("column", "value", "field", "expected", "words"),
    [
        ("Giới tính", "Ông", "gender", "", "not a sex"),
        ("Ngày vào Đoàn", "31/13/2017", "member_since", "", "not a date"),
        ("Ngày vào Đoàn", "1999", "member_since", "", "before the birth date"),
        ("Ngày vào Đoàn", "01/01/2030", "member_since", "", "future"),
        ("Đoàn viên", "có lẽ", "is_member", True, "yes/no"),
        ("SĐT", "0912 345", "phone", "", "10 digits"),
    ],
)
def test_each_optional_field_is_left_out_with_a_warning(
    unit_db, tmp_path, column, value, field, expected, words
):
    row = [1, "Trần Thị Bích", "05/02/2000", "Nữ", "0912345678", "2017", "x"]
    row[COLUMNS.index(column)] = value
    plan, result = _import(unit_db, _book(tmp_path, row))
    assert result.imported == 1 and result.errors == []
    (warning,) = [w for w in result.warnings if w.column == column]
    assert words in warning.message and "imported without this value" in warning.message
    (planned,) = plan.to_add
    assert getattr(planned.data, field) == expected


def test_the_identity_fields_are_the_name_birth_date_citizen_id_and_chapter():
    assert IDENTITY_FIELDS == {"full_name", "birth_date", "id_number", "chapter_id"}


def test_a_bad_identity_field_still_refuses_the_row_with_its_other_problems(unit_db, tmp_path):
    rows = [
        [1, "Lê Văn Cường", "31/02/2000", "Ông", "123", None, None],  # impossible birth date
        [2, None, "01/01/2001", "Nữ", None, None, None],  # no name
    ]
    plan, result = _import(unit_db, _book(tmp_path, *rows))
    assert result.imported == 0 and result.warnings == []
    errors = {(e.row, e.column) for e in result.errors}
    # The refused row's other problems are listed with it, to be fixed in the same go.
    assert errors == {(2, "Ngày sinh"), (2, "Giới tính"), (2, "SĐT"), (3, "Họ và tên")}
    assert _people(unit_db) == {}


def test_a_known_person_keeps_the_rosters_value_for_a_value_left_out(unit_db, tmp_path):
    with unit_db.session() as session:
        save_person(
            session,
            PersonInput(
                full_name="Nguyễn Văn An",
                birth_date="05/03/2000",
                id_number="012345678901",
                phone="0912000111",
                gender="M",
                is_member=True,
            ),
            today=TODAY,
        )
    rows = [
        ["Họ và tên", "Số CCCD", "Ngày sinh", "SĐT", "Giới tính"],
        ["Nguyễn Văn An", "012345678901", "05/03/2000", "091", "Ông"],
    ]
    plan, result = _import(unit_db, make_workbook(tmp_path / "u.xlsx", {"DS": rows}))
    assert (result.imported, result.updated, result.unchanged) == (0, 0, 1)
    assert sorted(w.column for w in result.warnings) == ["Giới tính", "SĐT"]
    an = _people(unit_db)["Nguyễn Văn An"]
    assert (an.phone, an.gender) == ("0912000111", "M")


def test_the_error_workbook_lists_refused_rows_and_rows_imported_with_a_warning(unit_db, tmp_path):
    rows = [
        [1, "Nguyễn Văn An", "05/03/2000", "Nam", "12345", None, None],  # warning: phone
        [2, None, "01/01/2001", "Nữ", None, None, None],  # refused: no name
        [3, "Trần Thị Bích", "05/02/2001", "Nữ", "0912345678", None, None],  # fine
    ]
    plan, _result = _import(unit_db, _book(tmp_path, *rows))
    out = write_error_workbook(plan, tmp_path / "fix.xlsx")
    sheet = openpyxl.load_workbook(out)["DS"]
    table = list(sheet.iter_rows(values_only=True))
    assert table[0] == (*COLUMNS, "Lỗi", "Cảnh báo")
    assert [r[1] for r in table[1:]] == ["Nguyễn Văn An", None]
    assert table[1][-2] is None and "10 digits" in table[1][-1]
    assert table[2][-2] == "The row has no name." and table[2][-1] is None
    # Fixed there, the workbook goes in again: An's phone is updated, the named row is added.
    sheet.cell(2, COLUMNS.index("SĐT") + 1).value = "0987654321"
    sheet.cell(3, 2).value = "Đỗ Thị Có Tên"
    sheet.parent.save(tmp_path / "fixed.xlsx")
    _plan, again = _import(unit_db, tmp_path / "fixed.xlsx")
    assert (again.imported, again.updated, again.errors, again.warnings) == (1, 1, [], [])
    assert _people(unit_db)["Nguyễn Văn An"].phone == "0987654321"


# ----------------------------------------------------------------------------- ages


@pytest.mark.parametrize(
    ("birth", "since", "expected"),
    [
        ("05/03/2000", "26/03/2016", []),  # 16 at admission
        ("05/03/2000", "26/03/2015", [("member_since", "Admitted to the Union at 15")]),
        ("05/03/2000", "04/03/2016", [("member_since", "Admitted to the Union at 15")]),
        ("2000", "2016", []),  # 15 or 16: not certain
        ("2000", "2015", [("member_since", "at 15")]),  # 14 or 15
        ("1980", "2015", [("member_since", "Admitted to the Union at 34")]),
        ("01/01/1985", "31/12/2015", []),  # still 30
        ("01/01/1985", "01/01/2016", [("member_since", "Admitted to the Union at 31")]),
        ("2020", "", [("birth_date", "is 6 years old today")]),
        ("26/11/2016", "", [("birth_date", "is 9 years old today")]),
        ("25/11/2016", "", []),  # 10 today
        ("1960", "", [("birth_date", "is 65 years old today")]),
        ("25/11/1966", "", []),  # 60 today
        ("24/11/1965", "", [("birth_date", "is 61 years old today")]),
        ("", "2015", []),
    ],
)
def test_unlikely_ages(birth, since, expected):
    found = age_warnings(PersonInput(full_name="An", birth_date=birth, member_since=since), TODAY)
    assert [name for name, _ in found] == [name for name, _ in expected]
    for (_, message), (_, words) in zip(found, expected, strict=True):
        assert words in message and "heck" in message  # says what to check


def test_age_warnings_appear_in_the_preview_for_rows_that_go_in(unit_db, tmp_path):
    rows = [
        [1, "Nguyễn Văn Nhỏ", "2019", "Nam", None, None, None],
        [2, "Trần Thị Sớm", "05/03/2000", "Nữ", None, "26/03/2013", "x"],
        [3, "Lê Văn Vừa", "05/03/2000", "Nam", None, "26/03/2017", "x"],
    ]
    plan, result = _import(unit_db, _book(tmp_path, *rows))
    assert result.imported == 3
    found = {(w.row, w.column): w.message for w in plan.warnings}
    assert set(found) == {(2, "Ngày sinh"), (3, "Ngày vào Đoàn")}
    assert "7 years old today" in found[(2, "Ngày sinh")]
    assert "at 13 (born 05/03/2000, admitted 26/03/2013)" in found[(3, "Ngày vào Đoàn")]


def test_the_age_today_is_reckoned_on_the_import_day(unit_db, tmp_path):
    path = _book(tmp_path, [1, "Phạm Văn Lớn", "05/03/1970", "Nam", None, None, None])
    plan, _ = _import(unit_db, path, today=dt.date(2026, 1, 1))
    assert plan.warnings == []  # 55
    with unit_db.session() as session:
        later = plan_import(session, read_book(path), ImportOptions(today=dt.date(2031, 3, 5)))
    assert [w.column for w in later.warnings] == []  # already in the roster: unchanged
    fresh = _book(tmp_path, [1, "Phạm Văn Khác", "05/03/1970", "Nam"], name="other.xlsx")
    with unit_db.session() as session:
        later = plan_import(session, read_book(fresh), ImportOptions(today=dt.date(2031, 3, 5)))
    assert ["61 years old today" in w.message for w in later.warnings] == [True]


def test_the_messy_file_imports_with_the_two_members_admitted_at_15(unit_db, messy_xlsx):
    plan, result = _import(unit_db, messy_xlsx, create_chapters=True)
    assert result.imported == 4
    assert [(w.row, w.column) for w in result.warnings] == [
        (7, "Ngày vào Đoàn"),
        (8, "Ngày vào Đoàn"),
    ]
