"""Messy roster workbooks, made in code, shaped like the files offices really keep."""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path

import openpyxl
import pytest

HEADERS = [
    "STT",
    "Họ và tên",
    "Ngày sinh",
    "Giới tính",
    "Dân tộc",
    "Số CCCD",
    "SĐT",
    "Ngày vào Đoàn",
]


def make_workbook(
    path: Path, sheets: dict[str, list[list]], merges: dict[str, list[str]] | None = None
) -> Path:
    """One sheet per entry; ``merges`` lists merged ranges ("A1:H1") per sheet."""
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for name, rows in sheets.items():
        sheet = workbook.create_sheet(name)
        for row in rows:
            sheet.append(row)
        for cell_range in (merges or {}).get(name, []):
            sheet.merge_cells(cell_range)
    workbook.save(path)
    return path


def messy_rows() -> list[list]:
    """Title rows, a header on row 5, a numbering row, the data with every known oddity,
    a blank row, a totals row and a signature block."""
    nfd = unicodedata.normalize("NFD", "Trần Thị Bích")
    return [
        ["ĐOÀN XÃ HÒA PHÚ", None, None, None, "ĐOÀN TNCS HỒ CHÍ MINH"],
        ["CHI ĐOÀN THÔN 3"],
        [None],
        ["DANH SÁCH ĐOÀN VIÊN NĂM 2026"],
        HEADERS,
        ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)"],
        [
            1,
            "NGUYỄN VĂN AN",
            dt.datetime(2000, 3, 5),
            "Nam",
            "Kinh",
            12345678901,
            912345678,
            "26/03/2015",
        ],
        [2, nfd + "  ", "5/2/2001", "NỮ", "Ê Đê", "012345678902", "0987654321", "2016"],
        [3, "Lê  Văn Cường", "07-08-1999", "nam", "Kinh", None, None, None],
        [None, None, None, None, None, None, None, None],
        [4, "Phạm Thị Dung", 1998, "Nữ", "Kinh", "001098000123", None, "9-1-2014"],
        [None, "Tổng cộng", None, None, None, None, None, None],
        [None, None, None, None, "Hòa Phú, ngày 05 tháng 02 năm 2026"],
        [None, "Người lập biểu", None, None, "TM. BCH CHI ĐOÀN"],
        [None, None, None, None, "BÍ THƯ"],
        [None, "Hoàng Văn Lập", None, None, "Y Phôn Ksơr"],
    ]


@pytest.fixture
def messy_xlsx(tmp_path) -> Path:
    return make_workbook(tmp_path / "messy.xlsx", {"Thôn 3": messy_rows()}, {"Thôn 3": ["A4:H4"]})
