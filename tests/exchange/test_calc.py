"""The program's workbooks opened by LibreOffice Calc (headless, converted to CSV): text that
looks like a formula is shown as that text, never as its result; IDs keep their zeros and dates
read dd/mm/yyyy."""

from __future__ import annotations

import csv
import datetime as dt

from doan_desktop.core.chapters import ChapterInput, add_chapter
from doan_desktop.core.inbox_totals import write_totals_xlsx
from doan_desktop.core.roster import PersonInput, save_person
from doan_desktop.exchange.roster_export import collect, write_xlsx
from doan_desktop.exchange.roster_import import ImportOptions, plan_import, write_error_workbook
from doan_desktop.exchange.roster_xlsx import read_book
from tests.conftest import TODAY
from tests.exchange.test_cells import _totals
from tests.libreoffice import convert, needs_soffice

LINK = '=HYPERLINK("http://x.invalid","Bấm")'


def _rows(path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as stream:
        return list(csv.reader(stream))


@needs_soffice
def test_calc_shows_formula_like_text_as_text_in_every_workbook(unit_db, tmp_path):
    with unit_db.session() as session:
        thon = add_chapter(session, ChapterInput("Thôn 1", "thon"))
        save_person(
            session,
            PersonInput(
                full_name="Nguyễn Văn An",
                birth_date="07/02/2008",
                id_number="012345678901",
                phone="0912345678",
                hometown="=1+1",
                note=LINK,
                chapter_id=thon,
            ),
            today=TODAY,
        )
        roster = write_xlsx(tmp_path / "roster.xlsx", collect(session, today=TODAY))
    source = tmp_path / "in.csv"
    source.write_text("Họ và tên,Ngày sinh,Quê quán\n=2+2,31/02/2000,@SUM(1;2)\n", "utf-8")
    with unit_db.session() as session:
        plan = plan_import(session, read_book(source), ImportOptions(today=TODAY))
    errors = write_error_workbook(plan, tmp_path / "errors.xlsx")
    totals, status = _totals()
    inbox = write_totals_xlsx(totals, status, tmp_path / "totals.xlsx", "Tỉnh Đoàn", TODAY)

    shown = convert(
        [roster, errors, inbox],
        "csv:Text - txt - csv (StarCalc):44,34,76",
        tmp_path / "calc",
        tmp_path / "profile",
    )
    people, refused, summed = (_rows(path) for path in shown)

    header = next(row for row in people if "Họ và tên" in row)
    an = dict(zip(header, next(row for row in people if "Nguyễn Văn An" in row), strict=False))
    assert an["Quê quán"] == "=1+1"  # not 2
    assert an["Ghi chú"] == LINK  # not "Bấm"
    assert an["Số CCCD"] == "012345678901" and an["Số điện thoại"] == "0912345678"
    assert an["Ngày sinh"] == "07/02/2008"  # 7 February, the day the roster holds
    assert refused[1][:3] == ["=2+2", "31/02/2000", "@SUM(1;2)"]
    assert summed[3][4] == LINK  # the commune's name heads its column as text
    assert not any(cell in ("2", "4", "Bấm") for row in people + refused for cell in row)


def test_the_date_in_the_workbook_is_the_roster_date(unit_db, tmp_path):
    # Without Calc: the cell Calc reads above holds the date itself, not a text.
    import openpyxl

    with unit_db.session() as session:
        save_person(
            session, PersonInput(full_name="Trần Thị Bích", birth_date="07/02/2008"), today=TODAY
        )
        path = write_xlsx(tmp_path / "roster.xlsx", collect(session, today=TODAY))
    cell = openpyxl.load_workbook(path).active["C7"]
    assert cell.value == dt.datetime(2008, 2, 7) and cell.number_format == "dd/mm/yyyy"
