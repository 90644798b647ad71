"""Totals over communes: sums, shares recomputed from their parts, and the Excel export."""

from decimal import Decimal

import openpyxl
import pytest

from doan_desktop.core.inbox_status import communes, period_status
from doan_desktop.core.inbox_totals import aggregate, parse_share_formula, write_totals_xlsx
from doan_desktop.core.indicators import code_list
from doan_desktop.core.periods import Period
from doan_desktop.exchange.files import FileWriteError
from tests.inbox.conftest import TODAY, sample_values

Q3 = Period.parse("2026Q3")


def _load(database):
    with database.session() as session:
        names = communes(session)
        return aggregate(session, Q3, names), period_status(session, Q3, TODAY)


@pytest.mark.parametrize(
    "formula, expected",
    [
        (
            "(MEMBERS + YOUTH) / YOUTH_POPULATION × 100",
            (("MEMBERS", "YOUTH"), ("YOUTH_POPULATION",)),
        ),
        ("A / B * 100", (("A",), ("B",))),
        ("A/(B + C) x 100", (("A",), ("B", "C"))),
    ],
)
def test_share_formulas_parse(formula, expected):
    parsed = parse_share_formula(formula)
    assert (parsed.numerator, parsed.denominator) == expected


@pytest.mark.parametrize("formula", ["", "A + B", "A / B", "A / B / C × 100", "a / b × 100"])
def test_other_formulas_do_not(formula):
    assert parse_share_formula(formula) is None


def test_every_share_in_the_code_list_has_a_formula_we_read():
    derived = [i for i in code_list().indicators if i.source == "derived"]
    assert derived
    for indicator in derived:
        assert parse_share_formula(indicator.formula) is not None, indicator.code


def test_shares_are_recomputed_never_averaged(receive, trusted, hoa_phu, ea_tu):
    # 90 % of 100 and 10 % of 900: the average of shares would say 50 %, the truth is 18 %.
    big = [
        {"indicator": "MEMBERS", "disagg": "", "value": 50},
        {"indicator": "YOUTH", "disagg": "", "value": 40},
        {"indicator": "YOUTH_POPULATION", "disagg": "", "value": 100},
        {"indicator": "GATHERED_SHARE", "disagg": "", "value": "90.0"},
    ]
    small = [
        {"indicator": "MEMBERS", "disagg": "", "value": 50},
        {"indicator": "YOUTH", "disagg": "", "value": 40},
        {"indicator": "YOUTH_POPULATION", "disagg": "", "value": 900},
        {"indicator": "GATHERED_SHARE", "disagg": "", "value": "10.0"},
    ]
    receive({"a.zip": hoa_phu.report(values=big)[0], "b.zip": ea_tu.report(values=small)[0]})
    totals, _ = _load(trusted)
    share = totals.row("GATHERED_SHARE")
    assert share.is_share
    assert share.total == Decimal("18.0")
    assert share.values == (Decimal("10.0"), Decimal("90.0"))


def test_a_commune_without_the_denominator_keeps_its_own_share_out_of_the_total(
    receive, trusted, hoa_phu, ea_tu
):
    whole = sample_values(members=100, youth=100, population=400)  # 50 %
    partial = [
        {"indicator": "MEMBERS", "disagg": "", "value": 300},
        {"indicator": "YOUTH", "disagg": "", "value": 100},
        {"indicator": "GATHERED_SHARE", "disagg": "", "value": "80.0"},
    ]
    receive({"a.zip": hoa_phu.report(values=whole)[0], "b.zip": ea_tu.report(values=partial)[0]})
    totals, _ = _load(trusted)
    assert totals.row("GATHERED_SHARE").values == (Decimal("80.0"), Decimal("50.0"))
    assert totals.row("GATHERED_SHARE").total == Decimal("50.0")
    assert totals.row("MEMBERS").total == 400


def test_counts_sum_and_missing_values_stay_blank(receive, trusted, hoa_phu, ea_tu):
    one = [{"indicator": "TREES_PLANTED", "disagg": "", "value": 250}]
    two = [
        {"indicator": "TREES_PLANTED", "disagg": "", "value": 1000},
        {"indicator": "YOUTH_WORKS_VALUE", "disagg": "", "value": "1500000"},
    ]
    receive({"a.zip": hoa_phu.report(values=one)[0], "b.zip": ea_tu.report(values=two)[0]})
    totals, _ = _load(trusted)
    assert totals.row("TREES_PLANTED").total == 1250
    assert totals.row("YOUTH_WORKS_VALUE").values == (Decimal("1500000"), None)
    assert totals.row("YOUTH_WORKS_VALUE").total == 1500000
    # Rows follow the code list.
    codes = [row.indicator for row in totals.rows]
    assert codes == sorted(codes, key=code_list().position)


def test_sex_breakdowns_follow_their_indicator(receive, trusted, hoa_phu):
    receive({"a.zip": hoa_phu.report()[0]})
    totals, _ = _load(trusted)
    keys = [(row.indicator, row.disagg) for row in totals.rows if row.indicator == "MEMBERS"]
    assert keys == [("MEMBERS", ""), ("MEMBERS", "SEX_M"), ("MEMBERS", "SEX_F")]
    assert totals.row("MEMBERS", "SEX_F").label == "Số đoàn viên: Nữ"


def test_nothing_received_gives_an_empty_table(trusted):
    totals, status = _load(trusted)
    assert totals.communes == ()
    assert all(row.total is None for row in totals.rows if not row.is_share)


def test_excel_export(receive, trusted, hoa_phu, ea_tu, tmp_path):
    receive(
        {
            "a.zip": hoa_phu.report(values=sample_values(members=100, youth=200, population=500))[
                0
            ],
            "b.zip": ea_tu.report(values=sample_values(members=40, youth=60, population=400))[0],
        }
    )
    totals, status = _load(trusted)
    out = tmp_path / "out"
    out.mkdir()
    path = write_totals_xlsx(totals, status, out / "tong-hop.xlsx")
    assert list(out.iterdir()) == [path]  # no temporary file left behind
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Tổng hợp", "Tình trạng"]
    sheet = book["Tổng hợp"]
    assert "QUÝ III NĂM 2026" in sheet["A1"].value
    headers = [cell.value for cell in sheet[4]]
    assert headers == [
        "STT",
        "Chỉ tiêu",
        "Đơn vị tính",
        "Tổng cộng",
        "Đoàn xã Ea Tu",
        "Đoàn xã Hòa Phú",
    ]
    rows = {row[1]: row[2:] for row in sheet.iter_rows(min_row=6, values_only=True)}
    assert rows["Số đoàn viên"] == ("người", 140, 40, 100)
    assert rows["Tỷ lệ tập hợp thanh niên"] == ("%", 44.4, 25, 60)
    assert sheet["D6"].number_format == "#,##0"
    states = [row for row in book["Tình trạng"].iter_rows(min_row=2, values_only=True)]
    assert [(row[0], row[2], row[3]) for row in states] == [
        ("ET-DL-02", "Đúng hạn", 1),
        ("HP-DL-01", "Đúng hạn", 1),
    ]


def test_excel_export_into_a_missing_folder_says_so(trusted, tmp_path):
    totals, status = _load(trusted)
    with pytest.raises(FileWriteError, match="does not exist"):
        write_totals_xlsx(totals, status, tmp_path / "no" / "such" / "folder.xlsx")


def test_excel_status_notes_name_a_refused_file_and_the_next_step(
    receive, trusted, hoa_phu, ea_tu, tmp_path
):
    from doan_desktop.core.inbox import next_step

    receive({"a.zip": hoa_phu.report()[0]})
    [refused] = receive({"b.zip": ea_tu.report(recipient="TD-GL")[0]})
    totals, status = _load(trusted)
    path = write_totals_xlsx(totals, status, tmp_path / "tong-hop.xlsx")
    sheet = openpyxl.load_workbook(path)["Tình trạng"]
    states = {row[0].value: row for row in sheet.iter_rows(min_row=2)}
    note = states["ET-DL-02"][5].value
    assert states["ET-DL-02"][2].value == "Chưa nộp (quá hạn)"
    assert note.startswith("tệp bị từ chối ngày ") and note.endswith(refused.message)
    assert refused.message.endswith(next_step("WRONG_RECIPIENT"))
    assert states["ET-DL-02"][5].alignment.wrap_text
    assert states["HP-DL-01"][5].value in (None, "")
