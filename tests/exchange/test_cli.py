"""``roster import`` and ``roster export`` from the command line: the JSON summary, exit codes."""

from __future__ import annotations

import json

import pytest

from doan_desktop.cli import main
from doan_desktop.core.store import backups
from doan_desktop.core.store.lock import DataDirLock
from tests.exchange.conftest import HEADERS, make_workbook, messy_rows


@pytest.fixture(autouse=True)
def english(monkeypatch):
    monkeypatch.setenv("DOAN_LANG", "en")


@pytest.fixture
def root(tmp_path):
    data = tmp_path / "data"
    assert (
        main(
            [
                "--data-dir",
                str(data),
                "init",
                "--unit-name",
                "Hòa Phú",
                "--unit-code",
                "HP",
                "--unit-kind",
                "xa",
                "--province",
                "Đắk Lắk",
                "--superior-name",
                "Tỉnh Đoàn Đắk Lắk",
                "--superior-code",
                "TD",
            ]
        )
        == 0
    )
    return str(data)


def _run(capsys, *argv):
    capsys.readouterr()
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_import_json_summary_and_second_import(root, tmp_path, capsys):
    rows = messy_rows()[:6] + [
        [1, "Nguyễn Văn An", "05/03/2000", "Nam", "Kinh", 12345678901, None, None],
        [2, None, "01/01/2001", "Nữ", "Kinh", None, None, None],
        [3, "NGUYỄN VĂN AN", "05/03/2000", "Nam", "Kinh", None, None, None],
    ]
    path = make_workbook(tmp_path / "in.xlsx", {"Thôn 3": rows})
    code, out, err = _run(
        capsys, "--data-dir", root, "roster", "import", str(path), "--format", "json"
    )
    assert code == 0, err
    summary = json.loads(out)
    assert {"imported", "updated", "unchanged", "errors", "duplicates"} <= set(summary)
    assert summary["imported"] == 0  # the chapter "Thôn 3" does not exist and may not be created
    assert all(set(e) == {"sheet", "row", "column", "message"} for e in summary["errors"])

    errors_out = tmp_path / "errors.xlsx"
    code, out, err = _run(
        capsys,
        "--data-dir",
        root,
        "roster",
        "import",
        str(path),
        "--create-chapters",
        "--errors",
        str(errors_out),
        "--format",
        "json",
    )
    summary = json.loads(out)
    assert code == 0
    assert summary["imported"] == 1 and summary["created_chapters"] == ["Thôn 3"]
    assert summary["errors"] == [
        {"sheet": "Thôn 3", "row": 8, "column": "Họ và tên", "message": "The row has no name."}
    ]
    assert [(d["sheet"], d["row"]) for d in summary["duplicates"]] == [("Thôn 3", 9)]
    assert errors_out.exists()
    assert [i.reason for i in backups.list_backups(tmp_path / "data" / "backups")] == [
        "before-import"
    ]

    code, out, _ = _run(
        capsys,
        "--data-dir",
        root,
        "roster",
        "import",
        str(path),
        "--create-chapters",
        "--format",
        "json",
    )
    again = json.loads(out)
    assert (again["imported"], again["unchanged"]) == (0, 1)


def test_dry_run_writes_nothing(root, tmp_path, capsys):
    path = make_workbook(tmp_path / "in.xlsx", {"Sheet1": [HEADERS, [1, "An", 2000, "Nam"]]})
    code, out, _ = _run(capsys, "--data-dir", root, "roster", "import", str(path), "--dry-run")
    assert code == 0 and "Would import 1 people (1 new, 0 updated)" in out
    assert "Nothing was written." in out and "created" not in out.lower()
    _, listed, _ = _run(capsys, "--data-dir", root, "roster", "list", "--format", "json")
    assert json.loads(listed) == []


@pytest.mark.parametrize(
    ("content", "name", "expected"),
    [
        (b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "photo.xlsx", "not a spreadsheet"),
        (
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "EncryptionInfo".encode("utf-16-le"),
            "secret.xlsx",
            "password",
        ),
        ("Báo cáo\nNội dung,Số lượng\n".encode(), "report.csv", "No header row"),
    ],
)
def test_unreadable_file_exit_1_with_one_sentence(root, tmp_path, capsys, content, name, expected):
    path = tmp_path / name
    path.write_bytes(content)
    code, out, err = _run(capsys, "--data-dir", root, "roster", "import", str(path))
    assert code == 1 and out == ""
    assert expected in err and err.count("\n") == 1


def test_import_refused_while_the_window_is_open(root, tmp_path, capsys):
    path = make_workbook(tmp_path / "in.xlsx", {"Sheet1": [HEADERS, [1, "An", 2000, "Nam"]]})
    window = DataDirLock(tmp_path / "data", "gui").acquire()
    try:
        code, _, err = _run(capsys, "--data-dir", root, "roster", "import", str(path))
        assert code == 1 and "already open" in err
        code, out, _ = _run(capsys, "--data-dir", root, "roster", "import", str(path), "--dry-run")
        assert code == 0  # a dry run only reads
    finally:
        window.release()


def test_export_xlsx_csv_and_errors(root, tmp_path, capsys):
    path = make_workbook(tmp_path / "in.xlsx", {"Thôn 3": messy_rows()})
    assert (
        _run(capsys, "--data-dir", root, "roster", "import", str(path), "--create-chapters")[0] == 0
    )
    code, out, _ = _run(capsys, "--data-dir", root, "roster", "export", str(tmp_path / "out.xlsx"))
    assert code == 0 and "Wrote 4 people" in out
    code, out, _ = _run(
        capsys,
        "--data-dir",
        root,
        "roster",
        "export",
        str(tmp_path / "out.csv"),
        "--chapter",
        "thon 3",
    )
    assert code == 0
    assert (tmp_path / "out.csv").read_text(encoding="utf-8-sig").count("\n") == 5
    code, _, err = _run(capsys, "--data-dir", root, "roster", "export", str(tmp_path / "out.pdf"))
    assert code == 2 and ".xlsx or .csv" in err
    code, _, err = _run(
        capsys, "--data-dir", root, "roster", "export", str(tmp_path / "no" / "out.xlsx")
    )
    assert code == 1 and "does not exist" in err
    code, _, err = _run(
        capsys,
        "--data-dir",
        root,
        "roster",
        "export",
        str(tmp_path / "x.xlsx"),
        "--chapter",
        "Thôn 9",
    )
    assert code == 1 and "Thôn 9" in err


def _chapters(capsys, root):
    _, out, _ = _run(capsys, "--data-dir", root, "chapters", "list", "--format", "json")
    return [c["name"] for c in json.loads(out)]


def test_dry_run_says_which_chapters_it_would_create_and_creates_none(root, tmp_path, capsys):
    path = make_workbook(tmp_path / "in.xlsx", {"Thôn 3": messy_rows()})
    args = ("--data-dir", root, "roster", "import", str(path), "--dry-run")
    code, out, _ = _run(capsys, *args, "--create-chapters")
    assert code == 0
    assert "Would import 4 people (4 new, 0 updated)" in out
    assert "Would create chapters: Thôn 3" in out
    assert "created" not in out.lower() and "Imported" not in out
    assert _chapters(capsys, root) == []
    code, out, _ = _run(capsys, *args)  # not allowed to create it: its rows are errors
    assert "Would import 0 people" in out and "Would create" not in out
    assert "Missing chapters: Thôn 3" in out
    _, out, _ = _run(capsys, *args, "--format", "json")
    assert json.loads(out)["created_chapters"] == [] and json.loads(out)["dry_run"] is True
    _, out, _ = _run(capsys, *args, "--create-chapters", "--format", "json")
    assert json.loads(out)["created_chapters"] == ["Thôn 3"]
    assert _chapters(capsys, root) == []


def test_the_real_import_says_what_it_did(root, tmp_path, capsys):
    path = make_workbook(tmp_path / "in.xlsx", {"Thôn 3": messy_rows()})
    code, out, _ = _run(
        capsys, "--data-dir", root, "roster", "import", str(path), "--create-chapters"
    )
    assert code == 0
    assert "Imported 4 people (4 new, 0 updated)" in out and "Chapters created: Thôn 3" in out
    assert "Would" not in out
    # The two admitted at 15 are noted, with the column.
    assert out.count("note: sheet Thôn 3") == 2 and "column Ngày vào Đoàn" in out


def test_a_zip_bomb_is_refused_in_one_line_and_nothing_is_written(root, tmp_path, capsys):
    from tests.exchange.hostile import zip_bomb_xlsx

    path = zip_bomb_xlsx(tmp_path / "bomb.xlsx", cell_megabytes=16)
    code, out, err = _run(capsys, "--data-dir", root, "roster", "import", str(path))
    assert code == 1 and out == ""
    assert "not a normal Excel file" in err and err.count("\n") == 1
    assert backups.list_backups(tmp_path / "data" / "backups") == []
    _, listed, _ = _run(capsys, "--data-dir", root, "roster", "list", "--format", "json")
    assert json.loads(listed) == []


def test_a_row_bomb_is_refused(root, tmp_path, capsys):
    from tests.exchange.hostile import raw_xlsx, roster_rows, sheet_rows

    path = raw_xlsx(tmp_path / "rows.xlsx", sheet_rows(roster_rows(2)), "A1:C1000000")
    code, out, err = _run(capsys, "--data-dir", root, "roster", "import", str(path), "--dry-run")
    assert code == 1 and out == "" and "rows per file" in err


def test_encoding_detected_or_chosen(root, tmp_path, capsys):
    from tests.exchange.hostile import utf16

    path = tmp_path / "unicode.txt"
    path.write_bytes(utf16("Họ và tên\tNgày sinh\tSĐT\nTrần Thị Bích\t05/02/2001\t0912345678\n"))
    args = ("--data-dir", root, "roster", "import", str(path), "--dry-run")
    code, out, _ = _run(capsys, *args)
    assert code == 0
    assert out.splitlines()[0] == "Read as UTF-16 LE (detected), columns separated by tabs."
    code, out, _ = _run(capsys, *args, "--encoding", "utf-16")
    assert out.splitlines()[0] == "Read as UTF-16 LE, columns separated by tabs."
    code, out, err = _run(capsys, *args, "--encoding", "cp1258")
    assert code == 1 and "is UTF-16 text, not Windows-1258" in err
    _, out, _ = _run(capsys, *args, "--format", "json")
    assert json.loads(out)["encoding"] == "UTF-16 LE"
    with pytest.raises(SystemExit) as refused:  # argparse refuses before the command runs
        main([*args, "--encoding", "latin-1"])
    assert refused.value.code == 2 and "--encoding" in capsys.readouterr().err


def test_a_short_phone_number_is_imported_without_it_and_noted(root, tmp_path, capsys):
    rows = [HEADERS, [1, "Nguyễn Văn An", "05/03/2000", "Nam", "Kinh", None, "12345", None]]
    path = make_workbook(tmp_path / "in.xlsx", {"Sheet1": rows})
    out_book = tmp_path / "check.xlsx"
    code, out, _ = _run(
        capsys, "--data-dir", root, "roster", "import", str(path), "--errors", str(out_book)
    )
    assert code == 0 and "Imported 1 people (1 new" in out
    assert "note: sheet Sheet1, row 2, column SĐT: The phone number must be 10 digits" in out
    assert f"imported with a warning, were written to {out_book}" in out
    _, listed, _ = _run(capsys, "--data-dir", root, "roster", "list", "--format", "json")
    assert [(p["full_name"], p["phone"]) for p in json.loads(listed)] == [("Nguyễn Văn An", "")]
