"""CSV and text files in the encodings Vietnamese offices' PCs write, and their separators."""

from __future__ import annotations

import codecs
import unicodedata

import pytest

from doan_desktop.exchange.roster_xlsx import UnreadableFile, detect_encoding, read_book
from tests.exchange.hostile import utf16, windows_1258

ROSTER = (
    "Họ và tên\tNgày sinh\tDân tộc\tSố điện thoại\nTrần Thị Bích\t05/02/2001\tÊ Đê\t0912345678\n"
)


def _first(book):
    table = book.sheets[0]
    return table.rows[0].values


@pytest.mark.parametrize(
    ("data", "label"),
    [
        (utf16(ROSTER, "le"), "UTF-16 LE"),  # Excel's "Unicode Text"
        (utf16(ROSTER, "be"), "UTF-16 BE"),
        (utf16(ROSTER, "le", bom=False), "UTF-16 LE"),
        (utf16(ROSTER, "be", bom=False), "UTF-16 BE"),
        (codecs.BOM_UTF8 + ROSTER.encode("utf-8"), "UTF-8"),
        (ROSTER.encode("utf-8"), "UTF-8"),
        (windows_1258(ROSTER), "Windows-1258"),
    ],
)
@pytest.mark.parametrize("suffix", [".csv", ".txt"])
def test_each_encoding_is_detected_and_read_in_nfc(tmp_path, data, label, suffix):
    path = tmp_path / f"list{suffix}"
    path.write_bytes(data)
    book = read_book(path)
    assert (book.encoding, book.encoding_detected, book.delimiter) == (label, True, "\t")
    assert _first(book) == ["Trần Thị Bích", "05/02/2001", "Ê Đê", "0912345678"]
    assert all(unicodedata.is_normalized("NFC", v) for v in _first(book))
    assert [c.field for c in book.sheets[0].columns] == [
        "full_name",
        "birth_date",
        "ethnicity",
        "phone",
    ]


def test_windows_1258_values_are_composed_in_the_rows_kept_for_the_error_workbook(tmp_path):
    path = tmp_path / "old.csv"
    path.write_bytes(windows_1258("Họ và tên,Quê quán\nNguyễn Thị Ánh,Hòa Phú\n"))
    values = _first(read_book(path))
    assert values == ["Nguyễn Thị Ánh", "Hòa Phú"]
    assert unicodedata.is_normalized("NFC", values[0])  # the raw values too, not only the parsed


def test_a_chosen_encoding_is_used_as_it_is(tmp_path):
    path = tmp_path / "old.csv"
    path.write_bytes(windows_1258("Họ và tên,Năm sinh\nTrần Thị Bích,2001\n"))
    book = read_book(path, "cp1258")
    assert (book.encoding, book.encoding_detected) == ("Windows-1258", False)
    assert _first(book)[0] == "Trần Thị Bích"
    utf8 = tmp_path / "new.csv"
    utf8.write_text("Ho va ten,Nam sinh\nTrần Thị Bích,2001\n", encoding="utf-8")
    garbled = read_book(utf8, "cp1258")  # what the clerk sees when choosing wrong
    assert garbled.encoding == "Windows-1258" and _first(garbled)[0] != "Trần Thị Bích"
    assert read_book(utf8, "utf-8").encoding == "UTF-8"
    unicode_text = tmp_path / "u16.txt"
    unicode_text.write_bytes(utf16("Họ và tên\tNăm sinh\nAn\t2000\n", "be"))
    book = read_book(unicode_text, "utf-16")  # the byte order still comes from the file
    assert (book.encoding, book.encoding_detected) == ("UTF-16 BE", False)
    assert _first(book) == ["An", "2000"]


def test_a_file_that_is_not_utf8_when_utf8_is_chosen(tmp_path):
    path = tmp_path / "old.csv"
    path.write_bytes(windows_1258("Ho va ten,Nam sinh\nAn,2000\nTrần Thị Bích,2001\n"))
    with pytest.raises(UnreadableFile, match=r"is not UTF-8 text \(line 3\)"):
        read_book(path, "utf-8")


def test_a_utf16_file_read_as_another_encoding_says_which_to_choose(tmp_path):
    path = tmp_path / "unicode.txt"
    path.write_bytes(utf16(ROSTER))
    for choice in ("utf-8", "cp1258"):
        with pytest.raises(UnreadableFile, match="is UTF-16 text, not .*Choose UTF-16"):
            read_book(path, choice)


def test_utf16_chosen_for_a_file_that_is_not(tmp_path):
    path = tmp_path / "plain.csv"
    path.write_text("Họ và tên\nAn\n", encoding="utf-8")
    with pytest.raises(UnreadableFile, match="is not UTF-16 text"):
        read_book(path, "utf-16")


def test_neither_utf8_nor_windows_1258(tmp_path):
    path = tmp_path / "odd.csv"
    path.write_bytes(b"Ho va ten,Nam sinh\n" + b"An \x81\xff,2000\n")
    with pytest.raises(UnreadableFile, match=r"neither UTF-8 nor Windows-1258 text \(line 2\)"):
        read_book(path)


def test_detection_looks_at_the_whole_file_not_its_head(tmp_path):
    # The first 64 KiB are plain ASCII; a Windows-1258 letter comes only at the end.
    path = tmp_path / "long.csv"
    head = "Ho va ten,Nam sinh\n" + "".join(f"Nguoi {i},2000\n" for i in range(8000))
    path.write_bytes(head.encode("ascii") + windows_1258("Trần Thị Bích,2001\n"))
    assert detect_encoding(path).label == "Windows-1258"
    assert read_book(path).sheets[0].rows[-1].values[0] == "Trần Thị Bích"


def test_a_binary_file_named_csv_is_not_a_spreadsheet(tmp_path):
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\xff\x00\x12")
    with pytest.raises(UnreadableFile, match="not a spreadsheet"):
        read_book(path)


@pytest.mark.parametrize(
    ("text", "delimiter"),
    [
        ("Họ và tên,Năm sinh,Địa chỉ\nAn,2000,Thôn 1\n", ","),
        ("Họ và tên;Năm sinh;Địa chỉ\nAn;2000;Thôn 1\n", ";"),
        ("Họ và tên\tNăm sinh\tĐịa chỉ\nAn\t2000\tThôn 1\n", "\t"),
        # Commas inside quoted addresses outnumber the semicolons: the header decides.
        (
            "DANH SÁCH, NĂM 2026, XÃ HÒA PHÚ\nHọ và tên;Năm sinh;Địa chỉ\n"
            '"An";2000;"Thôn 1, Hòa Phú, Buôn Ma Thuột, Đắk Lắk"\n'
            '"Bình";2001;"Thôn 2, Hòa Phú, Buôn Ma Thuột, Đắk Lắk"\n',
            ";",
        ),
    ],
)
def test_the_separator_is_the_one_that_makes_a_header(tmp_path, text, delimiter):
    path = tmp_path / "list.csv"
    path.write_text(text, encoding="utf-8")
    book = read_book(path)
    assert book.delimiter == delimiter
    table = book.sheets[0]
    assert [c.field for c in table.columns] == ["full_name", "birth_date", "address"]
    assert table.rows[0].values[0] == "An"


def test_a_quoted_field_running_over_two_lines(tmp_path):
    path = tmp_path / "note.csv"
    path.write_bytes(utf16('Họ và tên\tGhi chú\nAn\t"dòng một\ndòng hai"\nBình\t\n'))
    rows = read_book(path).sheets[0].rows
    assert [r.values for r in rows] == [["An", "dòng một\ndòng hai"], ["Bình"]]
    assert [r.number for r in rows] == [2, 3]


def test_an_unknown_encoding_choice_is_a_programming_error(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text("Họ và tên\nAn\n", encoding="utf-8")
    with pytest.raises(ValueError, match="unknown encoding"):
        read_book(path, "latin-1")
