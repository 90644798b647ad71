"""A roster whose cells look like formulas: imported as text and said so, exported as text."""

from __future__ import annotations

import csv
import json

import openpyxl
import pytest

from doan_desktop.cli import main
from tests.exchange.test_cli import _run, english, root  # noqa: F401 - fixtures

LINK = '=HYPERLINK("http://x.invalid","Bấm")'


def _hostile_csv(path):
    path.write_text(
        "Họ và tên,Ngày sinh,Quê quán,Ghi chú,Chi đoàn\n"
        "Nguyễn Văn An,05/03/2000,=1+1,@SUM(A1:A3),Thôn 1\n"
        f'Trần Thị Bích,2001,"{LINK.replace(chr(34), chr(34) * 2)}",-đi làm xa,Thôn 1\n'
        "Lê Văn Cường,2002,Hòa Phú,,Thôn 1\n",
        encoding="utf-8",
    )
    return path


def test_import_reports_the_formula_like_cells_and_keeps_their_text(root, tmp_path, capsys):  # noqa: F811
    path = _hostile_csv(tmp_path / "in.csv")
    args = ["--data-dir", root, "roster", "import", str(path), "--create-chapters"]
    code, out, err = _run(capsys, *args, "--dry-run", "--format", "json")
    assert code == 0, err
    summary = json.loads(out)
    assert {"imported", "updated", "unchanged", "formula_like"} <= set(summary)
    assert summary["formula_like"] == [
        {"sheet": "in", "row": 2, "column": "Quê quán", "text": "=1+1"},
        {"sheet": "in", "row": 2, "column": "Ghi chú", "text": "@SUM(A1:A3)"},
        {"sheet": "in", "row": 3, "column": "Quê quán", "text": LINK},
        {"sheet": "in", "row": 3, "column": "Ghi chú", "text": "-đi làm xa"},
    ]
    code, out, err = _run(capsys, *args)
    assert code == 0, err
    assert "4 cells begin like a formula" in out
    assert f"sheet in, row 3, column Quê quán: {LINK}" in out

    # Stored as typed; every export writes them as text.
    xlsx = tmp_path / "out.xlsx"
    assert main(["--data-dir", root, "roster", "export", str(xlsx)]) == 0
    sheet = openpyxl.load_workbook(xlsx)["Thôn 1"]
    headers = [cell.value for cell in sheet[6]]
    cells = {
        sheet.cell(row, 2).value: {h: sheet.cell(row, c + 1) for c, h in enumerate(headers)}
        for row in range(7, sheet.max_row + 1)
    }
    for name, field, text in (
        ("Nguyễn Văn An", "Quê quán", "=1+1"),
        ("Nguyễn Văn An", "Ghi chú", "@SUM(A1:A3)"),
        ("Trần Thị Bích", "Quê quán", LINK),
    ):
        cell = cells[name][field]
        assert (cell.value, cell.data_type, cell.quotePrefix) == (text, "s", True)
    assert cells["Lê Văn Cường"]["Quê quán"].quotePrefix is False

    out_csv = tmp_path / "out.csv"
    assert main(["--data-dir", root, "roster", "export", str(out_csv)]) == 0
    with open(out_csv, encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    written = {value for row in rows for value in row}
    assert {"'=1+1", "'@SUM(A1:A3)", "'" + LINK, "'-đi làm xa"} <= written
    assert not any(value.startswith(("=", "+", "-", "@")) for value in written)

    # The CSV comes back as the same text: the quote is the rule's, not the data's.
    code, out, err = _run(capsys, *args[:4], str(out_csv), "--dry-run", "--format", "json")
    again = json.loads(out)
    assert (again["imported"], again["updated"], again["unchanged"]) == (0, 0, 3)
    assert len(again["formula_like"]) == 4


def test_the_error_workbook_keeps_a_formula_like_cell_as_text(root, tmp_path, capsys):  # noqa: F811
    path = tmp_path / "in.csv"
    path.write_text("Họ và tên,Ngày sinh,Quê quán\n=1+1,31/02/2000,=2+2\n", encoding="utf-8")
    errors = tmp_path / "errors.xlsx"
    code, _out, err = _run(
        capsys, "--data-dir", root, "roster", "import", str(path), "--errors", str(errors)
    )
    assert code == 0, err
    sheet = openpyxl.load_workbook(errors).active
    assert [sheet.cell(2, c).value for c in (1, 3)] == ["=1+1", "=2+2"]
    assert all(sheet.cell(2, c).data_type == "s" for c in (1, 3))


@pytest.mark.parametrize("start", ["\t", "\r"])
def test_a_tab_or_carriage_return_before_a_formula_is_noted(root, tmp_path, capsys, start):  # noqa: F811
    path = tmp_path / "in.csv"
    path.write_text(
        f'Họ và tên,Ngày sinh,Quê quán\nNguyễn Văn An,2000,"{start}=1+1"\n', encoding="utf-8"
    )
    code, out, _err = _run(
        capsys, "--data-dir", root, "roster", "import", str(path), "--dry-run", "--format", "json"
    )
    assert code == 0
    assert [cell["column"] for cell in json.loads(out)["formula_like"]] == ["Quê quán"]


def test_roster_list_as_csv_quotes_formula_like_text(root, tmp_path, capsys):  # noqa: F811
    path = tmp_path / "danh sach.csv"  # named like no chapter
    path.write_text(
        "Họ và tên,Ngày sinh,Dân tộc,Tôn giáo\nNguyễn Văn An,2000,=1+1,@SUM(A1:A2)\n",
        encoding="utf-8",
    )
    code, _out, err = _run(capsys, "--data-dir", root, "roster", "import", str(path))
    assert code == 0, err
    code, out, err = _run(capsys, "--data-dir", root, "roster", "list", "--format", "csv")
    assert code == 0, err
    rows = list(csv.reader(out.splitlines()))
    record = dict(zip(rows[0], rows[1], strict=True))
    assert (record["ethnicity"], record["religion"]) == ("'=1+1", "'@SUM(A1:A2)")
