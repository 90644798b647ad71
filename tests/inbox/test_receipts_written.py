"""The superior office writes receipts: one per commune and period, numbered per commune, for
the files not answered yet; a run that cannot write every file records nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from doan_desktop.core import receipts, signing
from doan_desktop.core.periods import Period
from doan_desktop.core.store.models import IssuedReceipt, RejectedFile
from doan_desktop.exchange.bundle import TrustedKey
from doan_desktop.exchange.files import FileWriteError
from doan_desktop.exchange.receipt_file import verify_receipt_file
from tests.inbox.conftest import LATE, SUPERIOR, TODAY, Commune

PASSPHRASE = "correct horse battery"
Q3 = Period.parse("2026Q3")


@pytest.fixture
def keyed_superior(trusted):
    with trusted.session() as s:
        info = signing.create_key(s, PASSPHRASE)
    return trusted, TrustedKey(SUPERIOR.code, info.public)


@pytest.fixture
def out(tmp_path):
    folder = tmp_path / "receipts"
    folder.mkdir()
    return folder


def _write(db, out, **options):
    return receipts.write_receipts(db, Q3, out, PASSPHRASE, **options)


def _read(path: Path, key: TrustedKey, recipient: str):
    return verify_receipt_file(
        path.read_bytes(),
        lambda key_id: key if key_id == key.public.key_id_hex else None,
        recipient=recipient,
    )


def _issued(db) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(IssuedReceipt))


def test_one_receipt_per_commune_with_each_file_answered_once(
    keyed_superior, receive, hoa_phu, ea_tu, out
):
    db, key = keyed_superior
    hp, hp_id = hoa_phu.report("2026Q3")
    et, _ = ea_tu.report("2026Q3")
    second, _ = hoa_phu.report("2026Q3")  # not naming the first: refused, signed
    results = receive({"hp.zip": hp, "et.zip": et, "hp2.zip": second, "photo.zip": b"\xff\xd8"})
    assert [r.outcome for r in results] == ["accepted", "accepted", "rejected", "rejected"]

    written, unanswerable = _write(db, out)
    assert [(w.recipient, w.sequence, w.accepted, w.rejected) for w in written] == [
        ("ET-DL-02", 1, 1, 0),
        ("HP-DL-01", 1, 1, 1),
    ]
    # A file that names no commune, period or report cannot be answered at all.
    assert unanswerable == []
    assert sorted(p.name for p in out.iterdir()) == [
        "PH_ET-DL-02_2026Q3_1.zip",
        "PH_HP-DL-01_2026Q3_1.zip",
    ]
    receipt = _read(out / "PH_HP-DL-01_2026Q3_1.zip", key, "HP-DL-01")
    first, refused = receipt.entries
    assert (first.report_id, first.sequence, first.outcome) == (hp_id, 1, "accepted")
    assert (refused.sequence, refused.outcome, refused.code) == (
        2,
        "rejected",
        "CORRECTION_UNLINKED",
    )
    # The reason alone, and the step said to the commune (not what this office asks of it).
    assert refused.reason == (
        "A report for this period was already accepted (No. 1); a correction must name the "
        "report it replaces."
    )
    assert refused.next_step == (
        "If the figures changed, send a correction (report export --correction), which names "
        "the report it replaces."
    )

    # Everything answered: a second run writes nothing; a file received later gets No. 2.
    assert _write(db, out) == ([], [])
    fixed, _ = hoa_phu.report("2026Q3", supersedes=hp_id)
    receive({"hp3.zip": fixed}, now=LATE)
    [again], _ = _write(db, out)
    assert (again.recipient, again.sequence, again.accepted) == ("HP-DL-01", 2, 1)


def test_a_file_from_a_commune_not_trusted_yet_is_answered_to_it(keyed_superior, receive, out):
    db, key = keyed_superior
    stranger = Commune("KB-DL-03", "Đoàn xã Krông Búk")
    data, report_id = stranger.report("2026Q3")
    [result] = receive({"kb.zip": data})
    assert result.code == "KEY_UNKNOWN"
    [written], _ = _write(db, out)
    [entry] = _read(written.path, key, "KB-DL-03").entries
    assert (entry.report_id, entry.outcome, entry.code) == (report_id, "rejected", "KEY_UNKNOWN")
    assert entry.next_step.startswith("Send the superior office this office's key registration")


def test_a_receipt_that_cannot_be_written_records_nothing(
    keyed_superior, receive, hoa_phu, ea_tu, out, monkeypatch
):
    db, _key = keyed_superior
    receive({"hp.zip": hoa_phu.report("2026Q3")[0], "et.zip": ea_tu.report("2026Q3")[0]})
    real = receipts.write_atomically
    calls = []

    def full_disk(path, write):
        calls.append(path)
        if len(calls) == 2:
            raise FileWriteError(f"The disk is full: {path} could not be written.")
        return real(path, write)

    monkeypatch.setattr(receipts, "write_atomically", full_disk)
    with pytest.raises(receipts.ReceiptError) as failed:
        _write(db, out)
    assert str(failed.value).endswith("could not be written. No receipt was written.")
    assert list(out.iterdir()) == [] and _issued(db) == 0
    monkeypatch.setattr(receipts, "write_atomically", real)
    written, _ = _write(db, out)
    assert [w.sequence for w in written] == [1, 1]


def test_a_wrong_passphrase_writes_nothing(keyed_superior, receive, hoa_phu, out):
    db, _key = keyed_superior
    receive({"hp.zip": hoa_phu.report("2026Q3")[0]})
    with pytest.raises(signing.WrongPassphrase):
        receipts.write_receipts(db, Q3, out, "not the passphrase")
    assert list(out.iterdir()) == [] and _issued(db) == 0


def test_without_a_key_the_superior_office_is_told_to_make_one(trusted, receive, hoa_phu, out):
    receive({"hp.zip": hoa_phu.report("2026Q3")[0]})
    with pytest.raises(signing.NoKey):
        receipts.write_receipts(trusted, Q3, out, PASSPHRASE)


def test_a_file_refused_before_claims_were_kept_is_answered_from_its_copy(
    keyed_superior, receive, hoa_phu, out
):
    db, key = keyed_superior
    data, report_id = hoa_phu.report("2026Q3", recipient="TD-XX")
    [result] = receive({"wrong.zip": data})
    assert result.code == "WRONG_RECIPIENT"
    with db.session() as s:
        row = s.scalars(select(RejectedFile)).one()
        row.claims = None  # as a version before 0009 recorded it
        row.issuer = row.period = ""
    [written], _ = _write(db, out)
    [entry] = _read(written.path, key, "HP-DL-01").entries
    assert (entry.report_id, entry.code) == (report_id, "WRONG_RECIPIENT")
    assert entry.reason == "The file is addressed to another office (TD-XX)."

    # Without the copy, a file refused so long ago cannot be answered.
    other, _ = hoa_phu.report("2026Q3", recipient="TD-XX")
    [result] = receive({"again.zip": other})
    with db.session() as s:
        row = s.scalars(select(RejectedFile).where(RejectedFile.file_name == "again.zip")).one()
        row.claims = None
        Path(row.kept_as).unlink()
    assert _write(db, out) == (
        [],
        [receipts.Unanswerable("again.zip", "WRONG_RECIPIENT", row.kept_as)],
    )


def test_a_commune_office_writes_no_receipt(keyed_commune_db, out):
    with pytest.raises(receipts.ReceiptError) as refused:
        receipts.write_receipts(keyed_commune_db, Q3, out, PASSPHRASE)
    assert "this data folder is a commune office's" in str(refused.value)


@pytest.fixture
def keyed_commune_db(unit_db):
    with unit_db.session() as s:
        signing.create_key(s, PASSPHRASE)
    return unit_db


def test_the_superior_office_key_has_its_fingerprint_sheet(keyed_superior):
    db, key = keyed_superior
    with db.session() as s:
        sheet = signing.sheet_data(s, today=TODAY)
    assert (sheet.unit_name, sheet.unit_code, sheet.place_name) == (
        "Tỉnh Đoàn Đắk Lắk",
        "TD-DL",
        "Đắk Lắk",
    )
    assert sheet.key_id == key.public.key_id_hex
