"""The report and keys commands: each one working, and each error in one line."""

import json

import pytest

from doan_desktop.core import reporting
from doan_desktop.core.periods import Period
from doan_desktop.core.roster import PersonInput, save_person
from doan_desktop.core.store.db import open_database
from doan_desktop.core.unit import get_unit
from doan_desktop.paths import DataDir
from tests.cli.test_cli import INIT, Run
from tests.conftest import TODAY

PASSPHRASE = "correct horse battery"


@pytest.fixture(autouse=True)
def english(monkeypatch):
    monkeypatch.setenv("DOAN_LANG", "en")
    monkeypatch.delenv("DOAN_KEY_PASSPHRASE", raising=False)
    monkeypatch.delenv("DOAN_KEY_NEW_PASSPHRASE", raising=False)


@pytest.fixture
def home(tmp_path):
    return tmp_path / "data"


@pytest.fixture
def run(capsys, home):
    return Run(capsys, home)


@pytest.fixture
def secret(tmp_path):
    path = tmp_path / "pass.txt"
    path.write_text(PASSPHRASE + "\n", "utf-8")
    return path


@pytest.fixture
def office(run, home, secret):
    """A commune with its key and two members."""
    code, out, err = run(*INIT, "--passphrase-file", str(secret))
    assert (code, err) == (0, []), err
    assert "Made the signing key" in out and "Fingerprint:" in out
    db = open_database(DataDir(home).database)
    with db.session() as s:
        for name, gender in (("Nguyễn Văn An", "M"), ("Trần Thị Bình", "F")):
            save_person(
                s,
                PersonInput(full_name=name, gender=gender, is_member=True, birth_date="2000"),
                today=TODAY,
            )
        reporting.set_manual_value(s, Period.parse("2026Q3"), "YOUTH_POPULATION", "10", "UBND")
    db.close()
    return home


def test_init_with_a_key_and_roles(run, home, tmp_path):
    code, out, err = run(*INIT, "--role", "superior")
    assert code == 2 and "--unit-kind" in err[0] and "tinh, thanh-pho" in err[0]
    assert not (home / "doan.sqlite3").exists()
    superior = list(INIT)
    superior[superior.index("--unit-kind") + 1] = "tinh"
    code, out, err = run(*superior, "--role", "superior")
    assert (code, err) == (0, [])
    db = open_database(DataDir(home).database)
    with db.session() as s:
        assert get_unit(s).role == "superior"
    db.close()


def test_init_refuses_a_short_passphrase_before_writing(run, home, tmp_path):
    short = tmp_path / "short.txt"
    short.write_text("abc", "utf-8")
    code, out, err = run(*INIT, "--passphrase-file", str(short))
    assert code == 2 and "at least 8" in err[0]
    assert not (home / "doan.sqlite3").exists()


def test_report_show_table_and_json(run, office):
    code, out, err = run("report", "show", "--period", "2026Q3")
    assert (code, err) == (0, [])
    assert "MEMBERS" in out and "Share of youth gathered" in out and "20.0" in out
    assert "2026Q2" in out
    code, out, err = run("report", "show", "--period", "2026Q3", "--format", "json")
    data = json.loads(out)
    values = {(v["indicator"], v["disagg"]): v for v in data["values"]}
    assert values[("MEMBERS", "")]["value"] == 2
    assert values[("GATHERED_SHARE", "")]["value"] == "20.0"
    assert values[("YOUTH_POPULATION", "")]["note"] == "UBND"
    assert [m["level"] for m in data["messages"]] == []  # population given, period over


def test_report_show_is_in_the_language_of_the_messages(run, office, monkeypatch):
    code, out, _err = run("report", "show", "--period", "2026Q3")
    members = next(line for line in out.splitlines() if line.startswith("MEMBERS "))
    assert "Members" in members and members.split()[-1] == "people"
    monkeypatch.setenv("DOAN_LANG", "vi")
    code, out, _err = run("report", "show", "--period", "2026Q3")
    assert code == 0
    members = next(line for line in out.splitlines() if line.startswith("MEMBERS "))
    assert "Số đoàn viên" in members and members.split()[-1] == "người"
    assert "Members" not in out and "people" not in out


def test_report_show_prints_the_messages(run, office):
    code, out, err = run("report", "show", "--period", "2026Q4")
    assert code == 0
    assert "warning: The period 2026Q4 is not over yet" in out
    assert "warning: The number of youth aged 16–30" in out


@pytest.mark.parametrize("period", ["2026Q5", "26Q1", "2026S3", "Q4"])
def test_a_malformed_period_is_a_usage_error(run, office, period):
    code, out, err = run("report", "show", "--period", period)
    assert code == 2 and "not a period" in err[0]


def test_report_pdf(run, office, tmp_path):
    target = tmp_path / "q3.pdf"
    code, out, err = run("report", "pdf", "--period", "2026Q3", "-o", str(target))
    assert (code, err) == (0, [])
    assert target.read_bytes().startswith(b"%PDF")
    code, out, err = run(
        "report", "pdf", "--period", "2026Q3", "-o", str(tmp_path / "no" / "x.pdf")
    )
    assert code == 1 and "does not exist" in err[0]


def test_export_and_verify(run, office, tmp_path, secret):
    target = tmp_path / "BC.zip"
    code, out, err = run(
        "report",
        "export",
        "--period",
        "2026Q3",
        "-o",
        str(target),
        "--passphrase-file",
        str(secret),
    )
    assert (code, err) == (0, []), err
    assert "report no. 1" in out and "verified" in out
    key = tmp_path / "key.json"
    sheet = tmp_path / "sheet.pdf"
    code, out, err = run("keys", "export", "-o", str(key), "--sheet", str(sheet))
    assert (code, err) == (0, [])
    assert json.loads(key.read_text())["unit_code"] == "HP-DL-01"
    assert sheet.read_bytes().startswith(b"%PDF")
    code, out, err = run("report", "verify", str(target), "--trust", str(key), data_dir=False)
    assert (code, err) == (0, [])
    assert "valid" in out and "2026Q3" in out and "report no. 1" in out
    # A flipped byte: exit 1 and the reason.
    data = bytearray(target.read_bytes())
    data[60] ^= 0xFF
    bad = tmp_path / "bad.zip"
    bad.write_bytes(bytes(data))
    code, out, err = run("report", "verify", str(bad), "--trust", str(key), data_dir=False)
    assert code == 1 and "rejected" in err[0]


def test_export_again_and_correction(run, office, tmp_path, secret, monkeypatch):
    monkeypatch.setenv("DOAN_KEY_PASSPHRASE", PASSPHRASE)
    first, second, third = (tmp_path / f"{n}.zip" for n in "abc")
    assert run("report", "export", "--period", "2026Q3", "-o", str(first))[0] == 0
    code, out, err = run("report", "export", "--period", "2026Q3", "-o", str(second))
    assert code == 0 and "already made" in out
    assert first.read_bytes() == second.read_bytes()
    code, out, err = run("report", "export", "--period", "2026Q3", "-o", str(third), "--correction")
    assert code == 0 and "report no. 2" in out and "replaces report" in out


def test_export_after_a_rotation_says_it_signed_again(run, office, tmp_path, secret, monkeypatch):
    monkeypatch.setenv("DOAN_KEY_PASSPHRASE", PASSPHRASE)
    assert run("report", "export", "--period", "2026Q3", "-o", str(tmp_path / "a.zip"))[0] == 0
    new = tmp_path / "new.txt"
    new.write_text("another long passphrase", "utf-8")
    rotate = ("keys", "rotate", "--passphrase-file", str(secret), "--new-passphrase-file", str(new))
    assert run(*rotate)[0] == 0
    monkeypatch.setenv("DOAN_KEY_PASSPHRASE", "another long passphrase")
    code, out, err = run("report", "export", "--period", "2026Q3", "-o", str(tmp_path / "b.zip"))
    assert (code, err) == (0, [])
    assert "report no. 2" in out and "replacing no. 1" in out and "current key" in out


def test_export_errors(run, office, tmp_path, monkeypatch):
    target = tmp_path / "BC.zip"
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase", "utf-8")
    code, out, err = run(
        "report", "export", "--period", "2026Q3", "-o", str(target), "--passphrase-file", str(wrong)
    )
    assert code == 1 and "passphrase is wrong" in err[0]
    assert not target.exists()
    # No passphrase anywhere (and no terminal): says how to give it.
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    code, out, err = run("report", "export", "--period", "2026Q3", "-o", str(target))
    assert code == 1 and "--passphrase-file" in err[0]
    monkeypatch.setenv("DOAN_KEY_PASSPHRASE", PASSPHRASE)
    code, out, err = run("report", "export", "--period", "2027Q1", "-o", str(target))
    assert code == 1 and "has not started yet" in " ".join(err)
    code, out, err = run(
        "report", "export", "--period", "2026Q3", "-o", str(target), "--correction"
    )
    assert code == 1 and "nothing to correct" in err[0]
    code, out, err = run("report", "export", "--period", "2026Q3", "-o", str(tmp_path))
    assert code == 1 and "is a folder" in err[0]
    assert not target.exists()
    code, out, err = run(
        "report",
        "export",
        "--period",
        "2026Q3",
        "-o",
        str(target),
        "--passphrase-file",
        str(tmp_path / "missing.txt"),
    )
    assert code == 2 and "no such file" in err[0]


def test_export_without_a_key(run, home, tmp_path, monkeypatch):
    assert run(*INIT)[0] == 0
    monkeypatch.setenv("DOAN_KEY_PASSPHRASE", PASSPHRASE)
    code, out, err = run("report", "export", "--period", "2026Q3", "-o", str(tmp_path / "a.zip"))
    assert code == 1 and "no signing key" in err[0]
    code, out, err = run("keys", "show")
    assert code == 1 and "no signing key" in err[0]


def test_verify_errors(run, tmp_path):
    code, out, err = run(
        "report",
        "verify",
        str(tmp_path / "x.zip"),
        "--trust",
        str(tmp_path / "k.json"),
        data_dir=False,
    )
    assert code == 1 and "Cannot read" in err[0]
    key = tmp_path / "k.json"
    key.write_text("{}", "utf-8")
    code, out, err = run(
        "report", "verify", str(tmp_path / "x.zip"), "--trust", str(key), data_dir=False
    )
    assert code == 1 and "not a valid key registration" in err[0]


def test_keys_show_and_rotate(run, office, tmp_path, secret):
    code, out, err = run("keys", "show")
    assert code == 0 and "Fingerprint:" in out and "Public key (minisign): RW" in out
    old_id = out.split("Key id: ")[1].split()[0]
    new = tmp_path / "new.txt"
    new.write_text("another long passphrase", "utf-8")
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase", "utf-8")
    code, out, err = run(
        "keys", "rotate", "--passphrase-file", str(wrong), "--new-passphrase-file", str(new)
    )
    assert code == 1 and "passphrase is wrong" in err[0]
    code, out, err = run(
        "keys", "rotate", "--passphrase-file", str(secret), "--new-passphrase-file", str(new)
    )
    assert (code, err) == (0, [])
    assert f"the old key {old_id} is retired" in out
    code, out, err = run("keys", "show")
    assert f"Replaces key: {old_id}" in out


def test_keys_create_twice_is_refused(run, office, secret):
    code, out, err = run("keys", "create", "--passphrase-file", str(secret))
    assert code == 1 and "already has a signing key" in err[0]


def test_keys_export_errors(run, office, tmp_path):
    code, out, err = run("keys", "export", "-o", str(tmp_path / "none" / "k.json"))
    assert code == 1 and "does not exist" in err[0]
