"""The commands of the exchange with the superior office, each refusing a bad call in one line."""

from __future__ import annotations

import json

import pytest

from tests.cli.test_cli import INIT, Run, one_error_line
from tests.cli.test_inbox_cli import SUPERIOR_INIT
from tests.reporting.superior import SuperiorOffice

PASSPHRASE = "correct horse battery"


@pytest.fixture(autouse=True)
def english(monkeypatch):
    monkeypatch.setenv("DOAN_LANG", "en")
    monkeypatch.delenv("DOAN_KEY_PASSPHRASE", raising=False)


@pytest.fixture
def secret(tmp_path):
    path = tmp_path / "pass.txt"
    path.write_text(PASSPHRASE + "\n", "utf-8")
    return path


@pytest.fixture
def commune(capsys, tmp_path, secret):
    run = Run(capsys, tmp_path / "xa")
    code, _out, err = run(*INIT, "--passphrase-file", str(secret))
    assert (code, err) == (0, [])
    return run


@pytest.fixture
def superior(capsys, tmp_path):
    run = Run(capsys, tmp_path / "tinh")
    code, _out, err = run(*SUPERIOR_INIT)
    assert (code, err) == (0, [])
    return run


def test_trusting_the_superior_needs_its_fingerprint(commune, tmp_path):
    office = SuperiorOffice()
    path = tmp_path / "td.json"
    path.write_bytes(office.registration())
    code, _out, err = commune("report", "trust-superior", str(path))
    assert code == 2 and "--fingerprint" in one_error_line(err)
    code, _out, err = commune("report", "trust-superior", str(path), "--fingerprint", "0000")
    assert code == 1
    assert "does not match this registration's, so nothing was trusted" in one_error_line(err)
    other = tmp_path / "gl.json"
    other.write_bytes(SuperiorOffice(code="TD-GL").registration())
    code, _out, err = commune("report", "trust-superior", str(other), "--no-fingerprint-check")
    assert code == 1 and "superior office is Tỉnh Đoàn Đắk Lắk (TD-DL)" in one_error_line(err)
    code, out, err = commune("report", "trust-superior", str(path), "--no-fingerprint-check")
    assert (code, err) == (0, []) and "Warning: trusted without comparing the paper sheet" in out


def test_a_file_that_is_no_receipt_is_refused_in_one_line(commune, tmp_path):
    path = tmp_path / "photo.zip"
    path.write_bytes(b"\xff\xd8 not a zip")
    code, _out, err = commune("report", "receipt", str(path), str(tmp_path / "missing.zip"))
    assert code == 1 and len(err) == 2
    assert err[0].startswith(f"{path}: refused (NOT_ZIP): The file is not a signed file of this")
    assert "refused (FILE_UNREADABLE): The file " in err[1] and "does not exist." in err[1]
    assert err[1].endswith(
        "Check that the file can be opened on this computer, or ask for it again."
    )
    code, _out, err = commune("indicators", "import", str(path))
    assert code == 1 and "refused (NOT_ZIP)" in err[0]


def test_report_status_lists_nothing_before_any_report(commune):
    code, out, err = commune("report", "status")
    assert (code, err) == (0, [])
    assert out.strip() == "No report was made yet, and no deadline was received."
    code, out, _err = commune("report", "status", "--period", "2026Q3", "--format", "json")
    assert json.loads(out) == [
        {
            "period": "2026Q3",
            "exported": False,
            "sequence": None,
            "receipt": "none",
            "reason": None,
            "code": None,
            "sent_at": None,
            "received_at": None,
            "deadline": None,
        }
    ]


def test_a_commune_writes_no_receipt_and_publishes_no_circular(commune, tmp_path, secret):
    code, _out, err = commune("inbox", "receipts", "--period", "2026Q3", "-o", str(tmp_path))
    assert code == 1 and "the inbox belongs to a superior office" in one_error_line(err)


def test_the_superior_is_told_to_make_its_key_first(superior, tmp_path, secret):
    code, _out, err = superior("inbox", "receipts", "--period", "2026Q3", "-o", str(tmp_path))
    assert code == 1 and "make it with 'doan-desktop keys create'" in one_error_line(err)
    code, _out, err = superior(
        "inbox", "receipts", "--period", "2026Q3", "-o", str(tmp_path / "nowhere")
    )
    assert code == 1 and "does not exist" in one_error_line(err)


def test_a_circular_is_refused_before_signing_when_its_arguments_are_wrong(
    superior, tmp_path, secret
):
    indicators = tmp_path / "list.json"
    indicators.write_text("[]", "utf-8")
    base = ["inbox", "circular", "--indicators", str(indicators), "-o", str(tmp_path / "CV.zip")]
    code, _out, err = superior(*base, "--deadline", "2026Q4:2027-01-20")
    assert code == 2 and "is not PERIOD=YYYY-MM-DD" in one_error_line(err)
    code, _out, err = superior(*base, "--passphrase-file", str(secret))
    assert code == 1 and "is not an indicator list in the format of indicators.json" in err[0]
    assert not (tmp_path / "CV.zip").exists()


def test_indicators_show_names_the_list_of_a_period(commune):
    code, out, err = commune("indicators", "show", "--period", "2026Q4", "--format", "json")
    assert (code, err) == (0, [])
    shown = json.loads(out)
    assert (shown["version"], shown["deadline"]) == (1, None)
    assert shown["indicators"][0]["code"] == "CHAPTERS"
    code, _out, err = commune("indicators", "show", "--period", "Q9")
    assert code == 2 and "not a period" in one_error_line(err)
