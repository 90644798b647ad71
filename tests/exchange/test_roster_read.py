"""Reading messy roster files: header anywhere, variants, values, skipped rows, bad files."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest

from doan_desktop.exchange.columns import match_header
from doan_desktop.exchange.roster_xlsx import (
    UnreadableFile,
    parse_id_number,
    parse_phone,
    parse_rows,
    read_book,
)
from tests.exchange.conftest import HEADERS, make_workbook


def _people(path):
    book = read_book(path)
    return book, [row for table in book.sheets for row in parse_rows(table)]


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Họ và tên", "full_name"),
        ("HỌ TÊN", "full_name"),
        ("Ho va ten", "full_name"),
        ("Họ  và  tên:", "full_name"),
        (unicodedata.normalize("NFD", "Họ và tên"), "full_name"),
        ("Ngày sinh", "birth_date"),
        ("Năm sinh", "birth_date"),
        ("Ngày, tháng, năm sinh", "birth_date"),
        ("Giới tính", "gender"),
        ("Nam/Nữ", "gender"),
        ("Nam", "birth_male"),
        ("Nữ", "birth_female"),
        ("Số CCCD", "id_number"),
        ("CCCD/CMND", "id_number"),
        ("SĐT", "phone"),
        ("Số điện thoại", "phone"),
        ("Ngày vào Đoàn", "member_since"),
        ("Chức vụ", "office"),
        ("Chức danh", "office"),
        ("Dân tộc", "ethnicity"),
        ("Tôn giáo", "religion"),
        ("Chi đoàn", "chapter"),
        ("Ghi chú", "note"),
        ("Quê quán", "hometown"),
        ("Nơi ở hiện nay", "address"),
        ("Nghề nghiệp", "occupation"),
        ("Trình độ văn hóa", "education"),
        ("Đảng viên", "is_party_member"),
        ("Lớp 12A", None),
    ],
)
def test_header_variants(header, field):
    assert match_header(header) == field


def test_messy_sheet_header_values_and_skipped_rows(messy_xlsx):
    book, rows = _people(messy_xlsx)
    table = book.sheets[0]
    assert table.header_row == 5
    assert [r.row for r in rows] == [7, 8, 9, 11]
    an, bich, cuong, dung = (r.data for r in rows)
    # Names: capitals to normal case, NFD to NFC, doubled and trailing spaces gone.
    assert an.full_name == "Nguyễn Văn An"
    assert bich.full_name == "Trần Thị Bích"
    assert unicodedata.is_normalized("NFC", bich.full_name)
    assert cuong.full_name == "Lê Văn Cường"
    # Dates: an Excel date, d/m/yyyy, dd-mm-yyyy, a year alone, d-m-yyyy.
    assert an.birth_date == "05/03/2000"
    assert bich.birth_date == "05/02/2001"
    assert cuong.birth_date == "07/08/1999"
    assert dung.birth_date == "1998"
    assert dung.member_since == "09/01/2014"
    assert bich.member_since == "2016"
    # Leading zeros Excel dropped.
    assert an.id_number == "012345678901"
    assert an.phone == "0912345678"
    assert bich.id_number == "012345678902"
    # Sex in any case.
    assert [p.gender for p in (an, bich, cuong, dung)] == ["M", "F", "M", "F"]
    assert table.skipped["title"] == [1, 2, 4]
    assert table.skipped["numbers"] == [6]
    assert table.skipped["totals"] == [12]
    assert table.skipped["signature"] == [13, 14, 15, 16]
    assert all(not r.errors for r in rows)


def test_nam_nu_columns_under_a_merged_birth_header(tmp_path):
    rows = [
        ["DANH SÁCH THANH NIÊN"],
        ["TT", "Họ và tên", "Năm sinh", None, "Dân tộc"],
        [None, None, "Nam", "Nữ", None],
        [1, "Y Phôn Ksơr", 1999, None, "Ê Đê"],
        [2, "H' Hen Niê", None, "12/04/2002", "Ê Đê"],
        [3, "Đinh Văn Tú", "x", None, "Kinh"],
    ]
    path = make_workbook(tmp_path / "nam_nu.xlsx", {"Buôn Cuôr": rows}, {"Buôn Cuôr": ["C2:D2"]})
    book, people = _people(path)
    assert book.sheets[0].header_row == 2
    fields = [c.field for c in book.sheets[0].columns]
    assert fields[2:4] == ["birth_male", "birth_female"]
    assert [(p.data.full_name, p.data.gender, p.data.birth_date) for p in people] == [
        ("Y Phôn Ksơr", "M", "1999"),
        ("H' Hen Niê", "F", "12/04/2002"),
        ("Đinh Văn Tú", "M", ""),
    ]


def test_name_split_over_two_columns(tmp_path):
    rows = [
        ["STT", "Họ và tên", None, "Ngày sinh"],
        [None, "Họ đệm", "Tên", None],
        [1, "NGUYỄN THỊ", "HOA", "01/01/2003"],
    ]
    path = make_workbook(tmp_path / "split.xlsx", {"Sheet1": rows}, {"Sheet1": ["B1:C1"]})
    _book, people = _people(path)
    assert people[0].data.full_name == "Nguyễn Thị Hoa"
    assert people[0].data.birth_date == "01/01/2003"


def test_a_chapter_column_merged_down_fills_every_row(tmp_path):
    rows = [
        ["Họ và tên", "Chi đoàn", "Ngày sinh"],
        ["An", "Thôn 1", 2000],
        ["Bình", None, 2001],
        ["Chi", "Thôn 2", 2002],
    ]
    path = make_workbook(tmp_path / "merged.xlsx", {"DS": rows}, {"DS": ["B2:B3"]})
    _book, people = _people(path)
    assert [p.chapter for p in people] == ["Thôn 1", "Thôn 1", "Thôn 2"]


def test_a_data_row_holding_bi_thu_is_not_a_signature(tmp_path):
    rows = [
        ["Họ và tên", "Chức vụ", "Năm sinh"],
        ["Nguyễn Văn An", "Bí thư", 2000],
        ["Trần Văn Bình", "Đoàn viên", 2001],
        [None, "BÍ THƯ", None],
        [None, "Nguyễn Văn An", None],
    ]
    path = make_workbook(tmp_path / "office.xlsx", {"DS": rows})
    book, people = _people(path)
    assert [p.data.full_name for p in people] == ["Nguyễn Văn An", "Trần Văn Bình"]
    assert people[0].office == "Bí thư"
    assert book.sheets[0].skipped["signature"] == [4, 5]


def test_row_problems_are_reported_by_field(tmp_path):
    rows = [HEADERS, [1, None, "01/01/2000", "Nam"], [2, "An", "31/02/2000", "Ông"]]
    path = make_workbook(tmp_path / "bad.xlsx", {"DS": rows})
    _book, people = _people(path)
    assert "full_name" in people[0].errors
    assert "birth_date" in people[1].errors and "31/02/2000" in people[1].errors["birth_date"]
    assert "gender" in people[1].errors


def test_csv_utf8_with_bom_and_semicolons(tmp_path):
    path = tmp_path / "list.csv"
    text = "Danh sách đoàn viên\nHọ và tên;Ngày sinh;Số CCCD;SĐT\nNGUYỄN VĂN AN;5/2/2001;12345678901;912345678\n"
    path.write_bytes(text.encode("utf-8-sig"))
    book, people = _people(path)
    assert book.sheets[0].header_row == 2
    data = people[0].data
    assert (data.full_name, data.birth_date, data.id_number, data.phone) == (
        "Nguyễn Văn An",
        "05/02/2001",
        "012345678901",
        "0912345678",
    )


def _windows_1258(text: str) -> bytes:
    """Windows-1258 writes the tone as a separate combining mark after the letter."""
    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    out = []
    for char in text:
        parts = unicodedata.normalize("NFD", char)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
        out.append(base + "".join(c for c in parts if c in tones))
    return "".join(out).encode("cp1258")


def test_csv_in_windows_1258(tmp_path):
    path = tmp_path / "old.csv"
    path.write_bytes(_windows_1258("Họ và tên,Năm sinh,Dân tộc\nTrần Thị Bích,2001,Ê Đê\n"))
    _book, people = _people(path)
    assert people[0].data.full_name == "Trần Thị Bích"
    assert people[0].data.ethnicity == "Ê Đê"
    assert unicodedata.is_normalized("NFC", people[0].data.full_name)


def test_id_and_phone_numbers_as_excel_stores_them():
    assert parse_id_number(12345678901.0) == "012345678901"
    assert parse_id_number("0123 4567 8901") == "012345678901"
    assert parse_id_number(123456789012) == "123456789012"
    assert parse_phone(912345678) == "0912345678"
    assert parse_phone("0912.345.678") == "0912345678"


def test_an_excel_date_number_without_its_format(tmp_path):
    rows = [["Họ và tên", "Ngày sinh"], ["An", 36590]]  # 5 March 2000 as Excel counts days
    path = make_workbook(tmp_path / "serial.xlsx", {"DS": rows})
    _book, people = _people(path)
    assert people[0].data.birth_date == "05/03/2000"


def test_not_a_spreadsheet(tmp_path):
    path = tmp_path / "photo.xlsx"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    with pytest.raises(UnreadableFile, match="not a spreadsheet"):
        read_book(path)


def test_a_zip_that_is_not_a_workbook(tmp_path):
    import zipfile

    path = tmp_path / "archive.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "hi")
    with pytest.raises(UnreadableFile, match="not a readable Excel workbook"):
        read_book(path)


def test_password_protected_workbook(tmp_path):
    # An encrypted OOXML file is an OLE compound file holding an EncryptionInfo stream.
    path = tmp_path / "secret.xlsx"
    body = b"\x00" * 512 + "EncryptionInfo".encode("utf-16-le") + b"\x00" * 512
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + body)
    with pytest.raises(UnreadableFile, match="protected by a password"):
        read_book(path)


def test_old_xls_format(tmp_path):
    path = tmp_path / "old.xls"
    path.write_bytes(
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "Workbook".encode("utf-16-le") + b"\x00" * 512
    )
    with pytest.raises(UnreadableFile, match="Excel 97-2003"):
        read_book(path)


def test_no_header_row(tmp_path):
    rows = [["Báo cáo tháng"], ["Nội dung", "Số lượng"], ["Sinh hoạt", 3]]
    path = make_workbook(tmp_path / "report.xlsx", {"BC": rows})
    with pytest.raises(UnreadableFile, match="No header row"):
        read_book(path)


def test_header_beyond_the_first_twenty_rows_is_not_found(tmp_path):
    rows = [[f"dòng {i}"] for i in range(25)] + [HEADERS, [1, "An", dt.datetime(2000, 1, 1)]]
    path = make_workbook(tmp_path / "deep.xlsx", {"DS": rows})
    with pytest.raises(UnreadableFile):
        read_book(path)


def test_names_that_look_like_totals_are_people(tmp_path):
    rows = [
        ["Họ và tên", "Năm sinh"],
        ["Tống Công Minh", 2000],
        ["Tống Sơn", 2001],
        ["Tổng cộng: 2", None],
        ["TONG CONG", None],
    ]
    path = make_workbook(tmp_path / "t.xlsx", {"DS": rows})
    book, people = _people(path)
    assert [p.data.full_name for p in people] == ["Tống Công Minh", "Tống Sơn"]
    assert book.sheets[0].skipped["totals"] == [4, 5]
