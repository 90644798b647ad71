"""The whole round between a commune's data folder and its superior office's, through the
command line: keys trusted both ways, a report sent and answered by a receipt (a damaged copy
returned with its reason, the intact file received), and a circular whose new indicator the
next period's report carries while the period already sent keeps its list."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from doan_desktop.core import reporting
from doan_desktop.core.indicators import code_list
from doan_desktop.core.periods import Period
from doan_desktop.core.roster import PersonInput, save_person
from doan_desktop.core.store.db import open_database
from doan_desktop.paths import DataDir
from tests.cli.test_cli import INIT, Run
from tests.cli.test_inbox_cli import SUPERIOR_INIT
from tests.conftest import TODAY

PASSPHRASE = "correct horse battery"
SENT, NEXT = "2026Q3", "2026Q4"


@pytest.fixture(autouse=True)
def english(monkeypatch):
    monkeypatch.setenv("DOAN_LANG", "en")
    monkeypatch.delenv("DOAN_KEY_PASSPHRASE", raising=False)


@pytest.fixture
def secret(tmp_path):
    path = tmp_path / "pass.txt"
    path.write_text(PASSPHRASE + "\n", "utf-8")
    return path


def _ok(result):
    code, out, err = result
    assert (code, err) == (0, []), (out, err)
    return out


def _fingerprint(run: Run) -> str:
    out = _ok(run("keys", "show"))
    return next(line for line in out.splitlines() if line.startswith("Fingerprint:"))[13:]


def _commune_db(home):
    return open_database(DataDir(home).database)


@pytest.fixture
def offices(capsys, tmp_path, secret):
    """A commune (two members, its youth population for the sent period) and its superior
    office, each with its key, each trusting the other's."""
    commune = Run(capsys, tmp_path / "xa")
    superior = Run(capsys, tmp_path / "tinh")
    _ok(commune(*INIT, "--passphrase-file", str(secret)))
    _ok(superior(*SUPERIOR_INIT))
    # A superior office gets its key like a commune.
    assert "Made the signing key" in _ok(
        superior("keys", "create", "--passphrase-file", str(secret))
    )
    db = _commune_db(commune.home)
    with db.session() as s:
        for name, gender in (("Nguyễn Văn An", "M"), ("Trần Thị Bình", "F")):
            save_person(
                s,
                PersonInput(full_name=name, gender=gender, is_member=True, birth_date="2000"),
                today=TODAY,
            )
        reporting.set_manual_value(s, Period.parse(SENT), "YOUTH_POPULATION", "10", "UBND")
    db.close()

    _ok(commune("keys", "export", "-o", str(tmp_path / "xa.json")))
    _ok(
        superior(
            "inbox", "trust", str(tmp_path / "xa.json"), "--fingerprint", _fingerprint(commune)
        )
    )
    _ok(superior("keys", "export", "-o", str(tmp_path / "tinh.json")))
    out = _ok(
        commune(
            "report",
            "trust-superior",
            str(tmp_path / "tinh.json"),
            "--fingerprint",
            _fingerprint(superior).lower().replace(" ", "-"),
        )
    )
    assert "Trusted the key of Tỉnh Đoàn Đắk Lắk (TD-DL)." in out
    assert "The fingerprint matches the paper sheet." in out
    return commune, superior


def _status(commune: Run, period: str) -> dict:
    [state] = json.loads(_ok(commune("report", "status", "--period", period, "--format", "json")))
    return state


def _receipts(superior: Run, folder, period: str) -> list:
    folder.mkdir(exist_ok=True)
    _ok(
        superior(
            "inbox",
            "receipts",
            "--period",
            period,
            "-o",
            str(folder),
            "--passphrase-file",
            str(superior.home.parent / "pass.txt"),
        )
    )
    return sorted(folder.glob("PH_*.zip"))


def test_the_whole_round_between_a_commune_and_its_superior(offices, tmp_path, secret):
    commune, superior = offices
    report = tmp_path / "BC_HP-DL-01_2026Q3_1.zip"
    _ok(
        commune(
            "report",
            "export",
            "--period",
            SENT,
            "-o",
            str(report),
            "--passphrase-file",
            str(secret),
        )
    )
    assert _status(commune, SENT) == {
        "period": SENT,
        "exported": True,
        "sequence": 1,
        "receipt": "none",
        "reason": None,
        "code": None,
        "sent_at": _status(commune, SENT)["sent_at"],
        "received_at": None,
        "deadline": None,
    }

    # A copy damaged on the way: refused, and the receipt says why and what to do.
    damaged = tmp_path / "copy" / report.name
    damaged.parent.mkdir()
    data = bytearray(report.read_bytes())
    data[data.index(b'"values"') + 12] ^= 0x01
    damaged.write_bytes(bytes(data))
    code, out, _err = superior("inbox", "add", str(damaged))
    assert code == 1 and "rejected [ZIP_CORRUPT]" in out
    [first] = _receipts(superior, tmp_path / "out1", SENT)
    assert first.name == "PH_HP-DL-01_2026Q3_1.zip"
    out = _ok(commune("report", "receipt", str(first)))
    assert "Imported receipt No. 1 of TD-DL for 2026Q3." in out
    state = _status(commune, SENT)
    assert (state["receipt"], state["code"]) == ("rejected", "ZIP_CORRUPT")
    assert state["reason"] == (
        "The file is damaged: a member cannot be read (payload.json). Export the report again "
        "and send the file exactly as the program wrote it, without opening, renaming inside "
        "or repacking it."
    )
    table = _ok(commune("report", "status", "--period", SENT))
    assert (
        "Returned: The file is damaged: a member cannot be read (payload.json) — send a " in table
    )

    # The file as written: received, and the next receipt says so.
    assert "accepted" in _ok(superior("inbox", "add", str(report)))
    [second] = [p for p in _receipts(superior, tmp_path / "out2", SENT)]
    assert second.name == "PH_HP-DL-01_2026Q3_2.zip"
    out = _ok(commune("report", "receipt", str(second)))
    assert "Report No. 1: received by the superior office on 25/11/2026." in out
    state = _status(commune, SENT)
    assert (state["receipt"], state["reason"], state["received_at"][:10]) == (
        "accepted",
        None,
        "2026-11-25",
    )
    # Nothing left to answer; the first receipt again is nothing new.
    assert "every file received was answered" in _ok(
        superior(
            "inbox",
            "receipts",
            "--period",
            SENT,
            "-o",
            str(tmp_path),
            "--passphrase-file",
            str(secret),
        )
    )
    assert "Receipt No. 1 for 2026Q3 was already imported: nothing new." in _ok(
        commune("report", "receipt", str(first))
    )

    # A circular: a new indicator typed by the commune, from the sent period on, and a deadline.
    document = json.loads((Path(reporting.__file__).parent / "indicators.json").read_text("utf-8"))
    document["schema_version"] = 2
    document["indicators"].append(
        {
            "code": "DIGITAL_SKILLS",
            "label_vi": "Số thanh niên được bồi dưỡng kỹ năng số",
            "label_en": "Youth trained in digital skills",
            "unit": "người",
            "source": "manual",
            "group": "activities",
            "disaggregations": [],
        }
    )
    indicators = tmp_path / "indicators-v2.json"
    indicators.write_text(json.dumps(document, ensure_ascii=False, indent=1), "utf-8")
    circular = tmp_path / "CV_TD-DL_1.zip"
    out = _ok(
        superior(
            "inbox",
            "circular",
            "--indicators",
            str(indicators),
            "--deadline",
            f"{NEXT}=2027-01-20",
            "--from",
            SENT,
            "-o",
            str(circular),
            "--passphrase-file",
            str(secret),
        )
    )
    assert "Published circular No. 1" in out and "New indicators: DIGITAL_SKILLS." in out
    out = _ok(commune("indicators", "import", str(circular)))
    assert "indicator list version 2, for the reports of 2026Q3 on." in out
    assert "The report for 2026Q4 is due on 20/01/2027." in out

    def codes(period: str) -> set[str]:
        shown = json.loads(_ok(commune("report", "show", "--period", period, "--format", "json")))
        return {v["indicator"] for v in shown["values"]}, shown["schema_version"]

    assert codes(NEXT) == (set(code_list().codes) | {"DIGITAL_SKILLS"}, 2)
    assert codes(SENT) == (set(code_list().codes), 1)  # sent with version 1, keeps it
    assert _status(commune, NEXT)["deadline"] == "2027-01-20"

    # The next report carries the new indicator, and the superior office takes it.
    db = _commune_db(commune.home)
    with db.session() as s:
        reporting.set_manual_value(
            s, Period.parse(NEXT), "DIGITAL_SKILLS", "1.200", "Danh sách lớp"
        )
        reporting.set_manual_value(s, Period.parse(NEXT), "YOUTH_POPULATION", "10", "UBND")
    db.close()
    next_file = tmp_path / "BC_HP-DL-01_2026Q4_2.zip"
    _ok(
        commune(
            "report",
            "export",
            "--period",
            NEXT,
            "-o",
            str(next_file),
            "--passphrase-file",
            str(secret),
            "--before-period-end",  # the quarter under way, sent early on purpose
        )
    )
    assert "accepted" in _ok(superior("inbox", "add", str(next_file)))
    status = json.loads(_ok(superior("inbox", "status", "--period", NEXT, "--format", "json")))
    assert status["deadline"] == "2027-01-20"
    trained = next(r for r in status["totals"]["rows"] if r["indicator"] == "DIGITAL_SKILLS")
    assert trained["total"] == "1200"
