"""One signed-file format, three kinds: the report's bytes did not change when receipts and
circulars joined it, and a file of one kind is never taken for another."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from doan_desktop.exchange import bundle
from doan_desktop.exchange.bundle import Rejected, TrustedKey
from doan_desktop.exchange.minisign import PublicKey
from doan_desktop.exchange.receipt_file import (
    ACCEPTED,
    REJECTED,
    ReceiptEntry,
    verify_receipt_file,
    write_receipt_file,
)

PRIVATE = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))
KEY_ID = b"\x01" * 8
PUBLIC = PublicKey.from_private(KEY_ID, PRIVATE)
CREATED = dt.datetime(2026, 10, 5, 8, 0)
SHA = "ab" * 32


def _report() -> bytes:
    return bundle.write_report_file(
        payload={
            "schema": "s",
            "schema_version": 1,
            "issuer": "HP",
            "period": "2026Q3",
            "sequence": 3,
            "report_id": "r-1",
            "values": [{"indicator": "MEMBERS", "disagg": "", "value": 5}],
        },
        roster=[{"full_name": "A"}],
        issuer="HP",
        recipient="TD",
        period="2026Q3",
        sequence=3,
        report_id="r-1",
        supersedes=None,
        created=CREATED,
        app_version="t",
        key_id=KEY_ID,
        private=PRIVATE,
    )


def _receipt(**changes) -> bytes:
    entry = ReceiptEntry(
        report_id="r-1",
        sequence=3,
        file_sha256=SHA,
        file_name="BC_HP_2026Q3_3.zip",
        outcome=ACCEPTED,
        received_at="2026-10-10T12:00:00Z",
    )
    fields = {
        "issuer": "TD",
        "recipient": "HP",
        "period": "2026Q3",
        "sequence": 1,
        "entries": [entry],
        **changes,
    }
    return write_receipt_file(
        **fields, created=CREATED, app_version="t", key_id=KEY_ID, private=PRIVATE
    )


def _lookup(unit: str):
    key = TrustedKey(unit, PUBLIC)
    return lambda key_id: key if key_id == PUBLIC.key_id_hex else None


def test_a_report_file_keeps_the_bytes_it_had_before_kinds():
    # Measured on the writer before receipts and circulars shared it: a frozen report written
    # again must give the superior office the very same file (it compares the bytes).
    data = _report()
    assert hashlib.sha256(data).hexdigest() == (
        "28e429803f21a51c954ef711efd6c7ee74519016268403f8860d6539cd995e20"
    )
    manifest = bundle.verify_report_file(data, _lookup("HP"), today=dt.date(2026, 11, 25)).manifest
    assert "kind" not in manifest


def test_a_receipt_is_not_taken_for_a_report_nor_a_report_for_a_receipt():
    with pytest.raises(Rejected) as refused:
        bundle.verify_report_file(_receipt(), _lookup("TD"), today=dt.date(2026, 11, 25))
    assert refused.value.code == "WRONG_KIND"
    assert str(refused.value) == (
        "The file is a receipt from the superior office, not a report file: it is not opened here."
    )
    with pytest.raises(Rejected) as refused:
        verify_receipt_file(_report(), _lookup("HP"))
    assert refused.value.code == "WRONG_KIND"
    assert "a report file, not a receipt" in str(refused.value)


def test_a_receipt_verifies_and_says_what_it_answers():
    receipt = verify_receipt_file(_receipt(), _lookup("TD"), recipient="HP")
    assert (receipt.issuer, receipt.recipient, receipt.period, receipt.sequence) == (
        "TD",
        "HP",
        "2026Q3",
        1,
    )
    assert [e.outcome for e in receipt.entries] == [ACCEPTED]
    assert receipt.manifest["kind"] == "receipt"


def test_every_changed_byte_of_a_receipt_is_refused():
    data = _receipt()
    lookup = _lookup("TD")
    for index in range(0, len(data), 7):
        changed = bytearray(data)
        changed[index] ^= 0x01
        with pytest.raises(Rejected):
            verify_receipt_file(bytes(changed), lookup, recipient="HP")


def test_a_receipt_for_another_commune_is_refused():
    with pytest.raises(Rejected) as refused:
        verify_receipt_file(_receipt(), _lookup("TD"), recipient="ET")
    assert refused.value.code == "WRONG_RECIPIENT"
    assert str(refused.value) == "The file is addressed to another office (HP)."


def test_a_rejected_entry_needs_its_code():
    bad = ReceiptEntry("r-1", 3, SHA, "f.zip", REJECTED, "", "", "", "2026-10-10T12:00:00Z")
    with pytest.raises(Rejected) as refused:
        verify_receipt_file(_receipt(entries=[bad]), _lookup("TD"))
    assert (refused.value.code, refused.value.detail) == ("SCHEMA_INVALID", "code")
    assert "do not follow the format of this program (code)" in str(refused.value)


def test_an_untrusted_key_is_refused_with_what_to_do():
    with pytest.raises(Rejected) as refused:
        verify_receipt_file(_receipt(), lambda key_id: None)
    assert refused.value.code == "KEY_UNKNOWN"
    assert "Trust the superior office's key first" in str(refused.value)


def test_claims_are_read_from_a_manifest_without_trusting_it():
    assert bundle.read_claims(_report()) == {
        "issuer": "HP",
        "period": "2026Q3",
        "report_id": "r-1",
        "sequence": 3,
    }
    assert bundle.read_claims(b"not a zip") == {}
