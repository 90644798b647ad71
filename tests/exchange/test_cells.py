"""Text that looks like a formula stays text in every sheet written; every sheet prints on A4."""

from __future__ import annotations

import csv
import datetime as dt
import io
from decimal import Decimal

import openpyxl
import pytest

from doan_desktop.core.inbox_status import CommuneStatus, PeriodStatus, RejectionRef, ReportRef
from doan_desktop.core.inbox_totals import Totals, TotalsRow, write_totals_xlsx
from doan_desktop.exchange import cells

HOSTILE = [
    "=1+1",
    '=HYPERLINK("http://x.invalid","Bấm")',
    "+84 912 345 678",
    "-2+3",
    "@SUM(A1:A2)",
    "\t=1+1",
    "\r=1+1",
]
HARMLESS = ["Nguyễn Văn An", "1+1", "a=b", "", "Thôn 1 - Hòa Phú", "'quoted"]


@pytest.mark.parametrize("text", HOSTILE)
def test_formula_like_text_is_recognised(text):
    assert cells.looks_like_formula(text)
    assert cells.csv_value(text) == "'" + text
    assert cells.unquote_csv(cells.csv_value(text)) == text


@pytest.mark.parametrize("text", HARMLESS)
def test_other_text_is_left_as_it_is(text):
    assert not cells.looks_like_formula(text)
    assert cells.csv_value(text) == text
    assert cells.unquote_csv(text) == text


def test_values_that_are_not_text_are_never_quoted():
    assert cells.csv_row([-5, 1.5, None, dt.date(2026, 2, 5), "=1"]) == [
        -5,
        1.5,
        None,
        dt.date(2026, 2, 5),
        "'=1",
    ]


def test_an_xlsx_cell_of_formula_like_text_is_a_quoted_string_never_a_formula(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    for row, text in enumerate(HOSTILE + HARMLESS, start=1):
        cells.write_cell(sheet.cell(row, 1), text)
    cells.text_cell(sheet.cell(1, 2), "012345678901")
    path = tmp_path / "cells.xlsx"
    book.save(path)
    again = openpyxl.load_workbook(path)
    sheet = again.active
    for row, text in enumerate(HOSTILE + HARMLESS, start=1):
        cell = sheet.cell(row, 1)
        if not text:
            continue
        assert cell.data_type == "s", text
        assert cell.value == text
        assert cell.quotePrefix == cells.looks_like_formula(text)
    assert (sheet["B1"].value, sheet["B1"].data_type, sheet["B1"].number_format) == (
        "012345678901",
        "s",
        "@",
    )


def _totals() -> tuple[Totals, PeriodStatus]:
    hostile = '=HYPERLINK("http://x.invalid","Bấm")'
    totals = Totals(
        "2026Q3",
        (("HP-DL-01", hostile), ("ET-DL-02", "Đoàn xã Ea Tu")),
        (
            TotalsRow(
                "MEMBERS", "", "Số đoàn viên", "người", False, (Decimal(100), Decimal(40)), None
            ),
        ),
    )
    received = dt.datetime(2026, 10, 5, 3, 0)
    report = ReportRef("r1", 1, received, "2026-10-05T03:00:00Z", "a.zip", "current", None, None)
    status = PeriodStatus(
        "2026Q3",
        dt.date(2026, 10, 15),
        (
            CommuneStatus("HP-DL-01", hostile, "on_time", False, (report,), 0),
            CommuneStatus(
                "ET-DL-02",
                "Đoàn xã Ea Tu",
                "missing",
                True,
                (),
                0,
                RejectionRef(received, "WRONG_RECIPIENT", "=1+1 lý do", "b.zip"),
            ),
        ),
    )
    return totals, status


def test_the_inbox_totals_keep_a_hostile_commune_name_as_text_and_print_on_a4(tmp_path):
    totals, status = _totals()
    path = write_totals_xlsx(
        totals, status, tmp_path / "t.xlsx", "Tỉnh Đoàn Đắk Lắk", dt.date(2026, 11, 25)
    )
    book = openpyxl.load_workbook(path)
    sheet = book["Tổng hợp"]
    name = sheet["E4"]
    assert name.value.startswith("=HYPERLINK") and name.data_type == "s" and name.quotePrefix
    states = book["Tình trạng"]
    assert states["B2"].data_type == "s" and states["B2"].quotePrefix
    assert states["E2"].value == dt.datetime(2026, 10, 5) and states["E2"].number_format == (
        "dd/mm/yyyy"
    )
    for each in (sheet, states):
        assert str(each.page_setup.paperSize) == each.PAPERSIZE_A4  # "9": A4
        assert each.sheet_properties.pageSetUpPr.fitToPage
        assert (each.page_setup.fitToWidth, each.page_setup.fitToHeight) == (1, 0)
        assert each.oddHeader.left.text == "Tỉnh Đoàn Đắk Lắk"
        assert each.oddHeader.right.text == "Xuất ngày 25/11/2026"
        assert each.freeze_panes
    assert sheet.print_title_rows == "$4:$5"
    assert states.print_title_rows == "$1:$1"
    assert states.page_setup.orientation == "landscape"


def test_an_ampersand_in_the_unit_is_not_a_header_code(tmp_path):
    totals, status = _totals()
    path = write_totals_xlsx(totals, status, tmp_path / "t.xlsx", "Đoàn A & B", dt.date(2026, 1, 2))
    sheet = openpyxl.load_workbook(path)["Tổng hợp"]
    assert sheet.oddHeader.left.text == "Đoàn A && B"
    assert sheet.oddHeader.right.text == "Xuất ngày 02/01/2026"


def test_a_csv_row_written_with_the_rule_reads_back_as_the_same_text():
    buffer = io.StringIO()
    csv.writer(buffer).writerow(cells.csv_row(HOSTILE + HARMLESS))
    [row] = list(csv.reader(io.StringIO(buffer.getvalue())))
    assert all(not value.startswith(cells.FORMULA_STARTS) for value in row)
    assert [cells.unquote_csv(value) for value in row] == HOSTILE + HARMLESS


def test_the_totals_page_header_names_the_office_exporting(unit_db, tmp_path):
    from doan_desktop.core.inbox_totals import export_title

    with unit_db.session() as session:
        office = export_title(session)
    assert office == "Đoàn xã Hòa Phú"
    totals, status = _totals()
    path = write_totals_xlsx(totals, status, tmp_path / "t.xlsx", office)
    assert openpyxl.load_workbook(path)["Tình trạng"].oddHeader.left.text == office
