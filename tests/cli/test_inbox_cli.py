"""``inbox trust|revoke|keys|add|status|export|deadline``: output, exit codes, one line per file."""

from __future__ import annotations

import datetime as dt
import json

import openpyxl
import pytest

from doan_desktop.core.inbox import next_step
from doan_desktop.core.periods import Period
from doan_desktop.exchange.keys import fingerprint
from tests.cli.test_cli import INIT, Run, one_error_line
from tests.conftest import TODAY
from tests.inbox.conftest import Commune, sample_values

# Reports for the quarter before today: the command line judges "future" by the (pinned) clock.
PERIOD = Period.quarter_of(TODAY).previous().code
LATER = Period.quarter_of(TODAY).code
SUPERIOR_INIT = [
    "init",
    "--role",
    "superior",
    "--unit-name",
    "Tỉnh Đoàn Đắk Lắk",
    "--unit-code",
    "TD-DL",
    "--unit-kind",
    "tinh",
    "--province",
    "Đắk Lắk",
    "--superior-name",
    "Trung ương Đoàn",
    "--superior-code",
    "TWD",
]


@pytest.fixture(autouse=True)
def english(monkeypatch):
    monkeypatch.setenv("DOAN_LANG", "en")


@pytest.fixture
def run(capsys, tmp_path) -> Run:
    return Run(capsys, tmp_path / "data")


@pytest.fixture
def superior(run):
    code, _out, err = run(*SUPERIOR_INIT)
    assert (code, err) == (0, [])
    return run


@pytest.fixture
def communes():
    return Commune("HP-DL-01", "Đoàn xã Hòa Phú"), Commune("ET-DL-02", "Đoàn xã Ea Tu")


def _sheet(commune: Commune) -> str:
    """The fingerprint as printed on the commune's paper sheet."""
    return fingerprint(commune.pair.public)


@pytest.fixture
def trusted(superior, communes, tmp_path):
    for commune in communes:
        path = tmp_path / f"{commune.code}.json"
        path.write_bytes(commune.registration())
        code, _out, err = superior("inbox", "trust", str(path), "--fingerprint", _sheet(commune))
        assert (code, err) == (0, [])
    return superior


def _keys(run) -> list[dict]:
    code, out, _err = run("inbox", "keys", "--format", "json")
    assert code == 0
    return json.loads(out)


def test_trust_prints_the_unit_and_the_fingerprint(superior, communes, tmp_path):
    hoa_phu = communes[0]
    path = tmp_path / "key.json"
    path.write_bytes(hoa_phu.registration())
    code, out, err = superior("inbox", "trust", str(path), "--fingerprint", _sheet(hoa_phu))
    assert (code, err) == (0, [])
    lines = out.splitlines()
    assert lines[0] == "Trusted Đoàn xã Hòa Phú (HP-DL-01)."
    assert lines[1] == f"Key id: {hoa_phu.key_id_hex}"
    assert lines[2].startswith("Fingerprint: ") and len(lines[2].split()) == 17
    assert lines[3] == "The fingerprint matches the paper sheet."
    code, out, err = superior("inbox", "trust", str(path), "--fingerprint", _sheet(hoa_phu))
    assert code == 0 and "already trusted" in out


def test_trust_checks_the_fingerprint_from_paper(superior, communes, tmp_path):
    hoa_phu = communes[0]
    path = tmp_path / "key.json"
    path.write_bytes(hoa_phu.registration())
    code, out, err = superior("inbox", "trust", str(path), "--fingerprint", "0000 1111")
    assert (code, out) == (1, "")
    line = one_error_line(err)
    assert "does not match" in line and "nothing was trusted" in line
    assert _sheet(hoa_phu) not in line  # the file's own fingerprint is not handed out to copy
    assert _keys(superior) == []

    typed = "-".join(_sheet(hoa_phu).lower().split())
    code, out, err = superior("inbox", "trust", str(path), "--fingerprint", typed)
    assert (code, err) == (0, [])
    assert [k["unit_code"] for k in _keys(superior)] == ["HP-DL-01"]


def test_trust_without_a_fingerprint_is_a_usage_error(superior, communes, tmp_path):
    path = tmp_path / "key.json"
    path.write_bytes(communes[0].registration())
    code, out, err = superior("inbox", "trust", str(path))
    assert (code, out) == (2, "")
    assert "--fingerprint" in one_error_line(err) and "--no-fingerprint-check" in err[0]
    assert _keys(superior) == []
    code, _out, err = superior(
        "inbox", "trust", str(path), "--fingerprint", "AB", "--no-fingerprint-check"
    )
    assert code == 2 and "not allowed with" in err[0]
    assert _keys(superior) == []


def test_trust_without_the_sheet_only_when_asked_and_with_a_warning(superior, communes, tmp_path):
    hoa_phu = communes[0]
    path = tmp_path / "key.json"
    path.write_bytes(hoa_phu.registration())
    code, out, err = superior("inbox", "trust", str(path), "--no-fingerprint-check")
    assert (code, err) == (0, [])
    assert out.splitlines()[0] == "Trusted Đoàn xã Hòa Phú (HP-DL-01)."
    assert "Warning: trusted without comparing the paper sheet" in out
    assert f"inbox revoke {hoa_phu.key_id_hex} --compromised" in out
    assert [k["state"] for k in _keys(superior)] == ["active"]


def test_trust_errors(superior, communes, tmp_path):
    unchecked = "--no-fingerprint-check"
    code, _out, err = superior("inbox", "trust", str(tmp_path / "none.json"), unchecked)
    assert code == 1 and "does not exist" in one_error_line(err)
    huge = tmp_path / "huge.json"  # a wrong file chosen: refused before it is read
    with open(huge, "wb") as handle:
        handle.truncate(2 * 1024**3)
    code, _out, err = superior("inbox", "trust", str(huge), unchecked)
    assert code == 1 and "larger than 64 KB" in one_error_line(err)
    bad = tmp_path / "bad.json"
    bad.write_bytes(b"{}")
    code, _out, err = superior("inbox", "trust", str(bad), unchecked)
    assert code == 1 and "not a valid key registration" in one_error_line(err)
    good = tmp_path / "good.json"
    good.write_bytes(communes[0].registration())
    superior("inbox", "trust", str(good), "--fingerprint", _sheet(communes[0]))
    impostor = tmp_path / "impostor.json"
    stranger = Commune("HP-DL-01", "Hòa Phú")
    impostor.write_bytes(stranger.registration())
    code, _out, err = superior("inbox", "trust", str(impostor), "--fingerprint", _sheet(stranger))
    assert code == 1 and "already trusted with another key" in one_error_line(err)


def test_the_inbox_is_for_a_superior_office(run, communes, tmp_path):
    code, _out, err = run(*INIT)
    assert code == 0
    path = tmp_path / "key.json"
    path.write_bytes(communes[0].registration())
    code, _out, err = run("inbox", "trust", str(path), "--fingerprint", _sheet(communes[0]))
    assert code == 1 and "commune office" in one_error_line(err)


def test_keys_and_revoke(trusted, communes):
    hoa_phu = communes[0]
    code, out, err = trusted("inbox", "keys")
    assert (code, err) == (0, [])
    assert "HP-DL-01" in out and "trusted" in out
    code, out, err = trusted("inbox", "revoke", hoa_phu.key_id_hex)
    assert code == 2 and "--compromised" in one_error_line(err) and "--lost" in err[0]
    code, out, err = trusted("inbox", "revoke", hoa_phu.key_id_hex, "--compromised")
    assert (code, err) == (0, [])
    assert out.startswith(
        f"Key {hoa_phu.key_id_hex} of Đoàn xã Hòa Phú (HP-DL-01) revoked: no file it signed"
    )
    code, out, err = trusted("inbox", "revoke", hoa_phu.key_id_hex, "--compromised")
    assert code == 1 and "already revoked" in one_error_line(err)
    states = {k["unit_code"]: k["state"] for k in _keys(trusted)}
    assert states == {"HP-DL-01": "revoked", "ET-DL-02": "active"}


def test_a_lost_key_is_retired_and_its_earlier_files_still_count(trusted, communes, tmp_path):
    _hoa_phu, ea_tu = communes
    earlier = tmp_path / "earlier.zip"
    earlier.write_bytes(ea_tu.report(PERIOD, created=dt.datetime(2026, 10, 6, 9, 0))[0])
    code, out, err = trusted("inbox", "revoke", ea_tu.key_id_hex, "--lost")
    assert (code, err) == (0, [])
    assert "retired: files it signed before today still count" in out
    [key] = [k for k in _keys(trusted) if k["unit_code"] == "ET-DL-02"]
    assert key["state"] == "retired" and key["retired_at"] and key["revoked_at"] is None
    code, out, _err = trusted("inbox", "keys")
    assert "retired" in out
    code, out, _err = trusted("inbox", "add", str(earlier))
    assert code == 0 and ": accepted" in out


def test_add_prints_one_line_per_file_and_exits_1_on_a_rejection(trusted, communes, tmp_path):
    hoa_phu, ea_tu = communes
    drop = tmp_path / "drop"
    (drop / "sub").mkdir(parents=True)
    (drop / "BC_HP.zip").write_bytes(hoa_phu.report(PERIOD)[0])
    (drop / "sub" / "BC_ET.zip").write_bytes(ea_tu.report(PERIOD)[0])
    (drop / "notes.txt").write_text("not a report")
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"PK not really")
    code, out, err = trusted("inbox", "add", str(drop), str(junk))
    assert code == 1, err
    lines = out.splitlines()
    assert len(lines) == 4
    assert lines[0].startswith(f"{drop / 'BC_HP.zip'}: accepted")
    assert lines[1].startswith(f"{drop / 'sub' / 'BC_ET.zip'}: accepted")
    assert lines[2].startswith(f"{junk}: rejected [NOT_ZIP] ")
    assert lines[2].endswith(" " + next_step("NOT_ZIP"))
    assert "1 files rejected; kept aside in" in lines[3]

    code, out, err = trusted("inbox", "add", str(drop / "BC_HP.zip"))
    assert (code, err) == (0, [])
    [line] = out.splitlines()
    assert line.startswith(f"{drop / 'BC_HP.zip'}: already received — ")


def test_add_errors(trusted, tmp_path):
    code, _out, err = trusted("inbox", "add", str(tmp_path / "missing.zip"))
    assert code == 1 and "No such file" in one_error_line(err)
    empty = tmp_path / "empty"
    empty.mkdir()
    code, _out, err = trusted("inbox", "add", str(empty))
    assert code == 1 and "No .zip file" in one_error_line(err)
    code, _out, err = trusted("inbox", "add")
    assert code == 2


def test_status_table_and_json(trusted, communes, tmp_path):
    hoa_phu, _ = communes
    path = tmp_path / "hp.zip"
    path.write_bytes(hoa_phu.report(PERIOD, values=sample_values(members=100))[0])
    trusted("inbox", "add", str(path))
    code, out, err = trusted("inbox", "status", "--period", PERIOD)
    assert (code, err) == (0, [])
    assert out.splitlines()[0].startswith(f"Period {PERIOD}: 1 of 2 communes reported; due ")
    assert "Số đoàn viên" in out
    code, out, err = trusted("inbox", "status", "--period", PERIOD, "--format", "json")
    document = json.loads(out)
    states = {c["unit_code"]: c["state"] for c in document["communes"]}
    assert states["HP-DL-01"] in ("on_time", "late") and states["ET-DL-02"] == "missing"
    members = next(r for r in document["totals"]["rows"] if r["indicator"] == "MEMBERS")
    assert members["total"] == "100" and members["by_commune"] == {"HP-DL-01": "100"}


def test_status_refuses_a_bad_period(trusted):
    code, _out, err = trusted("inbox", "status", "--period", "2026Q5")
    assert code == 2 and "'2026Q5' is not a period" in one_error_line(err)


def test_export_writes_the_workbook(trusted, communes, tmp_path):
    path = tmp_path / "hp.zip"
    path.write_bytes(communes[0].report(PERIOD)[0])
    trusted("inbox", "add", str(path))
    out_path = tmp_path / "tong-hop.xlsx"
    code, out, err = trusted("inbox", "export", "--period", PERIOD, "-o", str(out_path))
    assert (code, err) == (0, [])
    assert "Totals of 1 communes" in out
    book = openpyxl.load_workbook(out_path)
    assert book["Tổng hợp"]["E4"].value == "Đoàn xã Hòa Phú"


def test_export_into_a_missing_folder(trusted, tmp_path):
    code, _out, err = trusted(
        "inbox", "export", "--period", PERIOD, "-o", str(tmp_path / "no" / "x.xlsx")
    )
    assert code == 1 and "does not exist" in one_error_line(err)


def test_deadline_show_and_set(trusted):
    code, out, _err = trusted("inbox", "deadline")
    assert (code, out.strip()) == (0, "Reports are due 20 days after the period ends.")
    code, out, _err = trusted("inbox", "deadline", "30")
    assert (code, out.strip()) == (0, "Reports are due 30 days after the period ends.")
    code, _out, err = trusted("inbox", "deadline", "999")
    assert code == 2 and "between 0 and 180" in one_error_line(err)
    code, out, _err = trusted("inbox", "deadline")
    assert "30 days" in out


def test_a_late_report_after_a_later_period_and_a_rollback(trusted, communes, tmp_path):
    hoa_phu, _ = communes
    earlier = tmp_path / "BC_earlier.zip"
    earlier.write_bytes(hoa_phu.report(PERIOD)[0])  # No. 1
    later = tmp_path / "BC_later.zip"
    later.write_bytes(hoa_phu.report(LATER)[0])  # No. 2
    code, out, _err = trusted("inbox", "add", str(later))
    assert code == 0
    code, out, err = trusted("inbox", "add", str(earlier))
    assert (code, err) == (0, [])
    assert f"{earlier}: accepted — Accepted: HP-DL-01, {PERIOD}, No. 1." == out.strip()

    # A correction No. 7, then a copy of No. 6 (made before it, delivered late) of the same period.
    correction = tmp_path / "BC_v7.zip"
    correction.write_bytes(hoa_phu.report(PERIOD, sequence=7, supersedes=_current_id(trusted))[0])
    stale = tmp_path / "BC_v6.zip"
    stale.write_bytes(hoa_phu.report(PERIOD, sequence=6, supersedes=_current_id(trusted))[0])
    code, out, _err = trusted("inbox", "add", str(correction))
    assert code == 0 and "It replaces No. 1." in out
    code, out, _err = trusted("inbox", "add", str(stale))
    assert code == 1
    [line, _kept] = out.splitlines()
    assert "rejected [SEQUENCE_ROLLBACK] This office already holds a newer report" in line
    assert line.endswith("ask it to send a correction (report export --correction).")


def _current_id(run) -> str:
    code, out, _err = run("inbox", "status", "--period", PERIOD, "--format", "json")
    [hp] = [c for c in json.loads(out)["communes"] if c["unit_code"] == "HP-DL-01"]
    return next(r["report_id"] for r in hp["reports"] if r["state"] == "current")


def test_status_names_a_refused_file_and_what_to_ask(trusted, communes, tmp_path):
    _hoa_phu, ea_tu = communes
    wrong = tmp_path / "wrong.zip"
    wrong.write_bytes(ea_tu.report(PERIOD, recipient="TD-GL")[0])
    code, _out, _err = trusted("inbox", "add", str(wrong))
    assert code == 1
    code, out, err = trusted("inbox", "status", "--period", PERIOD)
    assert (code, err) == (0, [])
    assert "a file refused on " in out and "[WRONG_RECIPIENT]" in out
    assert (
        f"ET-DL-02: The file is addressed to another office (TD-GL). {next_step('WRONG_RECIPIENT')}"
        in out
    )
    code, out, _err = trusted("inbox", "status", "--period", PERIOD, "--format", "json")
    [et] = [c for c in json.loads(out)["communes"] if c["unit_code"] == "ET-DL-02"]
    assert et["state"] == "missing" and et["rejection"]["code"] == "WRONG_RECIPIENT"
