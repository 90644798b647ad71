"""Files beyond the import's limits are refused whole, before or while they are read, with one
sentence naming the limit and what to do; hostile files never reach the memory they aim at."""

from __future__ import annotations

import openpyxl
import pytest
from openpyxl.worksheet._read_only import ReadOnlyWorksheet

from doan_desktop.core.formatting import integer
from doan_desktop.exchange import limits, roster_xlsx
from doan_desktop.exchange.limits import Limits
from doan_desktop.exchange.roster_xlsx import FileTooLarge, UnreadableFile, read_book
from tests.exchange.hostile import (
    declared_bomb_xlsx,
    raw_xlsx,
    roster_rows,
    sheet_rows,
    sparse_file,
    zip_bomb_xlsx,
)


def _refused(path, limit: str, **options) -> str:
    with pytest.raises(FileTooLarge) as caught:
        read_book(path, **options)
    assert caught.value.limit == limit
    message = str(caught.value)
    assert "\n" not in message and str(path) in message
    return message


@pytest.fixture
def unopened(monkeypatch):
    """openpyxl is never asked to open the file."""

    def refuse(*_args, **_kwargs):
        raise AssertionError("openpyxl opened a file that should have been refused first")

    monkeypatch.setattr(openpyxl, "load_workbook", refuse)


@pytest.fixture
def no_rows_read(monkeypatch):
    """No worksheet row is parsed."""

    def refuse(*_args, **_kwargs):
        raise AssertionError("rows were read from a file refused by its declared size")

    monkeypatch.setattr(ReadOnlyWorksheet, "_cells_by_row", refuse)


def test_the_limits_are_named_constants():
    default = Limits()
    assert default.file_bytes == limits.MAX_FILE_BYTES == 20 * 1024 * 1024
    assert default.unpacked_bytes == limits.MAX_UNPACKED_BYTES
    assert default.ratio == limits.MAX_RATIO == 100
    assert default.rows == limits.MAX_ROWS == 50_000
    assert default.columns == limits.MAX_COLUMNS == 100
    assert default.cell_chars == limits.MAX_CELL_CHARS == 10_000
    assert default.cells == limits.MAX_CELLS == 1_000_000
    assert default.texts == limits.MAX_TEXTS == 500_000


# ----------------------------------------------------------------------------- size on the disk


@pytest.mark.parametrize(("name", "head"), [("big.csv", b"Ho va ten\n"), ("big.xlsx", b"PK\3\4")])
def test_a_file_over_20_mb_is_refused_before_it_is_read(tmp_path, unopened, name, head):
    path = sparse_file(tmp_path / name, limits.MAX_FILE_BYTES + 1, head)
    message = _refused(path, "file")
    assert "21 MB" in message and "20 MB" in message and "Split it" in message


def test_a_file_of_exactly_the_limit_is_not_refused_for_its_size(tmp_path):
    path = sparse_file(tmp_path / "full.csv", 4096, b"Ho va ten,Nam sinh\nAn,2000\n")
    with pytest.raises(UnreadableFile) as caught:
        read_book(path, limits=Limits(file_bytes=4096))
    assert not isinstance(caught.value, FileTooLarge)  # the zero bytes make it no spreadsheet


# ----------------------------------------------------------------------------- zip bombs


def test_a_zip_bomb_is_refused_from_its_directory_without_unpacking(tmp_path, unopened):
    path = zip_bomb_xlsx(tmp_path / "bomb.xlsx", cell_megabytes=16)
    assert path.stat().st_size < 100_000  # 16 MiB of one letter, packed
    message = _refused(path, "ratio")
    assert "xl/worksheets/sheet1.xml" in message and "100" in message
    assert "new workbook" in message


def test_a_member_declaring_2_gib_is_refused(tmp_path, unopened):
    path = declared_bomb_xlsx(tmp_path / "declared.xlsx")
    assert path.stat().st_size < 5_000
    assert "xl/worksheets/sheet1.xml" in _refused(path, "ratio")


def test_small_members_may_be_packed_tightly(tmp_path):
    # A member under a mebibyte may be packed far more than 100:1 (styles, themes).
    extra = {"docProps/custom.xml": b"<Properties>" + b" " * 900_000 + b"</Properties>"}
    path = raw_xlsx(tmp_path / "padded.xlsx", sheet_rows(roster_rows(2)), "A1:C3", extra=extra)
    assert [r.number for r in read_book(path).sheets[0].rows] == [2, 3]


def test_a_workbook_unpacking_beyond_the_limit(tmp_path, unopened):
    path = raw_xlsx(tmp_path / "wide.xlsx", sheet_rows(roster_rows(60)), dimension="A1:C61")
    message = _refused(path, "unpacked", limits=Limits(unpacked_bytes=2048))
    assert "unpacks to" in message and "Split it" in message


def test_more_different_texts_than_the_limit(tmp_path, unopened):
    strings = [f"chuỗi {i}" for i in range(30)]
    path = raw_xlsx(
        tmp_path / "strings.xlsx", sheet_rows(roster_rows(2)), "A1:C3", shared_strings=strings
    )
    assert "20" in _refused(path, "shared_strings", limits=Limits(texts=20))


def test_as_many_different_texts_as_the_limit(tmp_path):
    strings = [f"chuỗi {i}" for i in range(30)]
    path = raw_xlsx(
        tmp_path / "strings.xlsx", sheet_rows(roster_rows(2)), "A1:C3", shared_strings=strings
    )
    assert read_book(path, limits=Limits(texts=30)).sheets


# ----------------------------------------------------------------------------- rows and columns


def test_a_row_bomb_declared_by_the_dimension_is_refused_before_any_row(tmp_path, no_rows_read):
    path = raw_xlsx(tmp_path / "rows.xlsx", sheet_rows(roster_rows(2)), dimension="A1:C1000000")
    message = _refused(path, "rows")
    assert integer(50_000) in message and "Thôn 1" in message
    assert "Delete the empty rows" in message and "split the file" in message


def test_rows_of_a_sheet_declaring_no_size_are_counted_before_openpyxl(tmp_path, unopened):
    # openpyxl would parse the whole sheet to look for its <dimension> before any row.
    path = raw_xlsx(tmp_path / "undeclared.xlsx", sheet_rows(roster_rows(60)))
    assert "xl/worksheets/sheet1.xml" in _refused(path, "rows", limits=Limits(rows=50))


def test_rows_are_counted_while_streaming(tmp_path):
    # Two <row> elements, the second numbered 60: the rows between count as rows.
    rows = [*sheet_rows(roster_rows(1)), *sheet_rows([["Người Cuối", 2000]], start=60)]
    path = raw_xlsx(tmp_path / "gap.xlsx", rows)
    assert "Thôn 1" in _refused(path, "rows", limits=Limits(rows=50))
    book = read_book(path, limits=Limits(rows=60))
    assert [r.number for r in book.sheets[0].rows] == [2, 60]


def test_a_dimension_declaring_too_little_hides_no_row(tmp_path):
    # Some programs always write <dimension ref="A1"/>; openpyxl alone would stop at row 1.
    path = raw_xlsx(tmp_path / "short.xlsx", sheet_rows(roster_rows(5)), dimension="A1")
    book = read_book(path)
    assert [r.values[0] for r in book.sheets[0].rows] == [f"Người Thứ {i}" for i in range(1, 6)]


def test_too_many_columns_declared(tmp_path, no_rows_read):
    path = raw_xlsx(tmp_path / "wide.xlsx", sheet_rows(roster_rows(2)), dimension="A1:CW3")
    message = _refused(path, "columns")
    assert "101 columns" in message and "CW" in message and "100" in message


def test_too_many_columns_found_while_streaming(tmp_path):
    wide = [roster_rows(0)[0] + [None] * 97 + ["cột 101"]]
    path = raw_xlsx(tmp_path / "wide.xlsx", sheet_rows(wide + roster_rows(1)[1:]))
    assert "CW" in _refused(path, "columns")


def test_a_cell_in_excel_s_last_column_is_refused_by_the_dimension(tmp_path, no_rows_read):
    # Read row by row, one cell in column XFD would make every row 16,384 values long.
    far = b'<row r="3"><c r="XFD3"><v>1</v></c></row>'
    path = raw_xlsx(tmp_path / "far.xlsx", [*sheet_rows(roster_rows(1)), far], "A1:XFD3")
    assert "XFD" in _refused(path, "columns")


def test_a_cell_longer_than_10000_characters(tmp_path):
    rows = roster_rows(2)
    rows[2][0] = "Nguyễn " * 1500  # 10,500 characters
    path = raw_xlsx(tmp_path / "long.xlsx", sheet_rows(rows), dimension="A1:C3")
    message = _refused(path, "cell")
    assert "A3" in message and integer(10_500) in message and integer(10_000) in message


def test_filled_cells_beyond_the_limit(tmp_path):
    path = raw_xlsx(tmp_path / "cells.xlsx", sheet_rows(roster_rows(10)))  # 3 + 10 x 2 cells
    assert "Split it" in _refused(path, "cells", limits=Limits(cells=22))
    assert read_book(path, limits=Limits(cells=23)).sheets


# ----------------------------------------------------------------------------- merged cells


def _merges(*refs: str) -> bytes:
    cells = "".join(f'<mergeCell ref="{ref}"/>' for ref in refs)
    return f'<mergeCells count="{len(refs)}">{cells}</mergeCells>'.encode()


def test_a_merged_range_over_the_whole_sheet_is_cut_to_the_data(tmp_path):
    rows = [["DANH SÁCH"], *roster_rows(2)]
    path = raw_xlsx(tmp_path / "m.xlsx", sheet_rows(rows), tail=_merges("A1:XFD1"))
    book = read_book(path)
    assert book.sheets[0].header_row == 2
    assert book.sheets[0].skipped["title"] == [1]


def test_overlapping_merged_ranges_are_a_damaged_file(tmp_path):
    path = raw_xlsx(tmp_path / "m.xlsx", sheet_rows(roster_rows(3)), tail=_merges(*["A1:C4"] * 500))
    with pytest.raises(UnreadableFile, match="damaged .*merged cells overlap"):
        read_book(path)


def test_merged_ranges_under_a_namespace_prefix_are_found(tmp_path):
    rows = [["Họ và tên", "Chi đoàn", "Ngày sinh"], ["An", "Thôn 1", 2000], ["Bình", None, 2001]]
    tail = b'<x:mergeCells xmlns:x="urn:x"><x:mergeCell ref="B2:B3"/></x:mergeCells>'
    path = raw_xlsx(tmp_path / "prefixed.xlsx", sheet_rows(rows), tail=tail)
    table = read_book(path).sheets[0]
    assert [row.values[1] for row in table.rows] == ["Thôn 1", "Thôn 1"]


# ----------------------------------------------------------------------------- CSV


def test_a_csv_over_the_row_limit_is_refused(tmp_path):
    # Just over 50,000 rows (1 MB): the header and 50,000 people.
    path = tmp_path / "big.csv"
    with open(path, "w", encoding="utf-8") as stream:
        stream.write("Họ và tên,Năm sinh\n")
        for i in range(limits.MAX_ROWS):
            stream.write(f"Người Thứ {i},2000\n")
    assert path.stat().st_size < 2 * 1024 * 1024
    assert integer(50_000) in _refused(path, "rows")


def test_csv_rows_at_the_limit_are_read_and_one_more_is_refused(tmp_path):
    path = tmp_path / "ten.csv"
    path.write_text("Họ và tên,Năm sinh\n" + "".join(f"N {i},2000\n" for i in range(9)), "utf-8")
    assert len(read_book(path, limits=Limits(rows=10)).sheets[0].rows) == 9
    _refused(path, "rows", limits=Limits(rows=9))


def test_a_csv_cell_over_the_limit(tmp_path):
    path = tmp_path / "long.csv"
    path.write_text("Họ và tên,Ghi chú\nAn," + "x" * 10_001 + "\n", "utf-8")
    assert "B2" in _refused(path, "cell")


def test_a_csv_cell_beyond_what_the_csv_module_reads(tmp_path):
    path = tmp_path / "huge.csv"
    path.write_text('Họ và tên,Ghi chú\nAn,"' + "x" * 200_000 + '"\n', "utf-8")
    assert "Line 2" in _refused(path, "cell")


def test_csv_columns_beyond_the_limit(tmp_path):
    path = tmp_path / "wide.csv"
    path.write_text("Họ và tên," + ",".join(f"c{i}" for i in range(100)) + "\n", "utf-8")
    _refused(path, "columns")


def test_trailing_empty_columns_do_not_count(tmp_path):
    path = tmp_path / "commas.csv"
    path.write_text("Họ và tên,Năm sinh" + "," * 300 + "\nAn,2000" + "," * 300 + "\n", "utf-8")
    assert read_book(path).sheets[0].rows[0].values == ["An", "2000"]


def test_running_out_of_memory_is_a_sentence(tmp_path, monkeypatch):
    path = tmp_path / "any.csv"
    path.write_text("Họ và tên\nAn\n", "utf-8")

    def exhausted(*_args):
        raise MemoryError

    monkeypatch.setattr(roster_xlsx, "_read_csv", exhausted)
    assert "memory" in _refused(path, "memory")
