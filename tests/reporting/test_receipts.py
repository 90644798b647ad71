"""A commune imports the superior office's receipts: what each period then shows, and every
receipt refused (foreign, untrusted, altered, older, for another commune or from another
superior office) with its sentence and nothing written."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import func, select

from doan_desktop.core import report_export, report_status, superior_trust
from doan_desktop.core.periods import Period
from doan_desktop.core.receipt_import import ReceiptRefused, import_receipt
from doan_desktop.core.store.models import ImportedReceipt, TrustedUnit
from doan_desktop.core.unit import get_unit, save_unit
from doan_desktop.exchange.receipt_file import ReceiptEntry
from tests.conftest import TODAY
from tests.reporting.conftest import PASSPHRASE
from tests.reporting.superior import SuperiorOffice, accepted, rejected

Q3 = Period.parse("2026Q3")
NOW = dt.datetime(2026, 11, 20, 2, 0)


@pytest.fixture
def superior():
    return SuperiorOffice()


@pytest.fixture
def trusting(keyed, unit_db, superior):
    with unit_db.session() as s:
        superior_trust.trust_superior(s, superior.registration(), fingerprint=superior.fingerprint)
    return unit_db


@pytest.fixture
def sent(trusting, tmp_path):
    """Report No. 1 for 2026Q3, written."""
    return report_export.export_report(
        trusting, Q3, tmp_path / "BC_HP-DL-01_2026Q3_1.zip", PASSPHRASE, today=TODAY, now=NOW
    )


def _state(db, period=Q3) -> report_status.PeriodState:
    with db.session() as s:
        return report_status.period_state(s, period)


def _imported(db) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(ImportedReceipt))


def _refused(db, data: bytes) -> ReceiptRefused:
    before = _imported(db)
    with pytest.raises(ReceiptRefused) as refused:
        import_receipt(db, data)
    assert _imported(db) == before  # nothing written
    return refused.value


def test_a_sent_report_waits_then_is_received(trusting, sent, superior):
    state = _state(trusting)
    assert (state.exported, state.sequence, state.receipt) == (True, 1, "none")
    assert state.sentence() == "Sent on 20/11/2026"
    result = import_receipt(trusting, superior.receipt([accepted(sent)]))
    assert result.outcome == "imported" and [e.sequence for e in result.accepted] == [1]
    state = _state(trusting)
    assert state.receipt == "accepted"
    assert state.sentence() == "Received by the superior office on 21/11/2026"
    # The same file again: nothing new, said so.
    again = import_receipt(trusting, superior.receipt([accepted(sent)]))
    assert again.outcome == "already"
    assert again.lines() == ["Receipt No. 1 for 2026Q3 was already imported: nothing new."]


def test_a_returned_report_says_why_and_what_to_do(trusting, sent, superior):
    import_receipt(trusting, superior.receipt([rejected(sent)]))
    state = _state(trusting)
    assert (state.receipt, state.code) == ("rejected", "HASH_MISMATCH")
    assert state.sentence() == (
        "Returned: A member's content does not match the signed manifest (payload.json): it "
        "was altered — send a corrected report again"
    )
    assert state.next_step == "Send the file again exactly as the program wrote it."
    # A later receipt saying the intact copy arrived: received, whatever was refused before.
    import_receipt(trusting, superior.receipt([accepted(sent)], sequence=2))
    assert _state(trusting).receipt == "accepted"
    # And a copy refused after the report was received does not undo it.
    late = rejected(sent, received_at="2026-11-23T03:00:00Z")
    import_receipt(trusting, superior.receipt([late], sequence=3))
    assert _state(trusting).receipt == "accepted"


def test_a_correction_waits_for_its_own_receipt(trusting, sent, superior, tmp_path):
    import_receipt(trusting, superior.receipt([accepted(sent)]))
    with trusting.session() as s:
        from doan_desktop.core import reporting

        reporting.set_manual_value(s, Q3, "TREES_PLANTED", "12", "bổ sung")
    correction = report_export.export_report(
        trusting, Q3, tmp_path / "c.zip", PASSPHRASE, correction=True, today=TODAY, now=NOW
    )
    state = _state(trusting)
    assert (state.sequence, state.receipt) == (correction.sequence, "none")


def test_a_receipt_from_an_untrusted_key_is_refused(keyed, unit_db, tmp_path, superior):
    result = report_export.export_report(
        unit_db, Q3, tmp_path / "a.zip", PASSPHRASE, today=TODAY, now=NOW
    )
    refused = _refused(unit_db, superior.receipt([accepted(result)]))
    assert refused.code == "KEY_UNKNOWN"
    assert str(refused) == (
        "The file is signed with a key this office does not trust. Trust the superior "
        "office's key first (its registration file and the fingerprint on its paper sheet). "
        "On the Report page choose 'Trust the superior's key…' (or 'doan-desktop "
        "report trust-superior'), then import the file again."
    )
    # A key the commune does not trust, even one claiming the superior's code.
    impostor = SuperiorOffice()
    assert _refused(unit_db, impostor.receipt([accepted(result)])).code == "KEY_UNKNOWN"


def test_an_altered_receipt_is_refused(trusting, sent, superior):
    data = bytearray(superior.receipt([accepted(sent)]))
    data[data.index(b'"outcome":"accepted"') + 12] = ord("A")
    refused = _refused(trusting, bytes(data))
    assert refused.code in ("ZIP_CORRUPT", "HASH_MISMATCH", "ZIP_ALTERED")
    assert str(refused).endswith(
        "Ask the superior office to send the file again exactly as its program wrote it."
    )


def test_a_receipt_for_a_file_never_sent_is_refused(trusting, sent, superior):
    foreign = replace(accepted(sent), report_id="00000000-0000-0000-0000-000000000000")
    refused = _refused(trusting, superior.receipt([foreign]))
    assert refused.code == "RECEIPT_NOT_OURS"
    assert str(refused).startswith("The receipt is about files this office never sent: No. 1.")
    # The right id with another file's bytes is not this office's file either.
    other_bytes = replace(accepted(sent), file_sha256="ef" * 32)
    assert _refused(trusting, superior.receipt([other_bytes])).code == "RECEIPT_NOT_OURS"
    # Nor a report of another period.
    elsewhere = superior.receipt([accepted(sent)], period="2026Q2")
    assert _refused(trusting, elsewhere).code == "RECEIPT_NOT_OURS"


def test_a_receipt_also_naming_a_stranger_file_is_imported_with_a_warning(trusting, sent, superior):
    stranger = replace(rejected(sent), report_id="11111111-1111-1111-1111-111111111111", sequence=7)
    result = import_receipt(trusting, superior.receipt([accepted(sent), stranger]))
    assert [e.sequence for e in result.foreign] == [7]
    assert result.lines()[-1].startswith(
        "Warning: the superior office refused a file named as report No. 7 of this office, "
        "which this office never made"
    )
    assert _state(trusting).receipt == "accepted"


def test_an_older_receipt_is_refused(trusting, sent, superior):
    import_receipt(trusting, superior.receipt([accepted(sent)], sequence=2))
    refused = _refused(trusting, superior.receipt([rejected(sent)], sequence=1))
    assert refused.code == "RECEIPT_OLDER"
    assert str(refused) == (
        "This receipt (No. 1) is older than receipt No. 2 for 2026Q3, already imported: the "
        "newer one counts. Nothing to do."
    )
    same_number = superior.receipt([rejected(sent)], sequence=2)
    assert _refused(trusting, same_number).code == "RECEIPT_CONFLICT"
    assert _state(trusting).receipt == "accepted"


def test_a_receipt_for_another_commune_is_refused(trusting, sent, superior):
    refused = _refused(trusting, superior.receipt([accepted(sent)], recipient="ET-DL-02"))
    assert refused.code == "WRONG_RECIPIENT"
    assert str(refused).startswith("The file is addressed to another office (ET-DL-02).")


def test_a_receipt_from_another_superior_office_is_refused(trusting, sent, superior):
    # The commune trusted its superior, then changed its superior office in Settings.
    with trusting.session() as s:
        unit = get_unit(s)
        save_unit(
            s, replace(unit, superior_name="Thành Đoàn Buôn Ma Thuột", superior_code="TD-BMT")
        )
    refused = _refused(trusting, superior.receipt([accepted(sent)]))
    assert refused.code == "NOT_OUR_SUPERIOR"
    assert str(refused).startswith(
        "The file comes from TD-DL, which is not this office's superior office "
        "(Thành Đoàn Buôn Ma Thuột, TD-BMT)."
    )


def test_a_report_file_is_not_a_receipt(trusting, sent):
    refused = _refused(trusting, sent.path.read_bytes())
    assert refused.code == "WRONG_KIND"


def test_a_superior_office_imports_no_receipt(superior_db_with_receipt):
    db, data = superior_db_with_receipt
    assert _refused(db, data).code == "NOT_A_COMMUNE"


@pytest.fixture
def superior_db_with_receipt(database, superior):
    from tests.inbox.conftest import SUPERIOR

    with database.session() as s:
        save_unit(s, SUPERIOR)
    entry = ReceiptEntry(
        "r-1", 1, "ab" * 32, "BC.zip", "accepted", received_at="2026-11-21T03:00:00Z"
    )
    return database, superior.receipt([entry])


# ----------------------------------------------------------------------------- trusting


def test_trusting_checks_the_unit_and_the_fingerprint(keyed, unit_db, superior):
    other = SuperiorOffice(code="TD-GL", name="Tỉnh Đoàn Gia Lai")
    with unit_db.session() as s, pytest.raises(superior_trust.SuperiorTrustError) as wrong:
        superior_trust.trust_superior(s, other.registration(), fingerprint=other.fingerprint)
    assert wrong.value.code == "NOT_OUR_SUPERIOR"
    assert str(wrong.value).startswith(
        "This registration is the key of Tỉnh Đoàn Gia Lai (TD-GL), but this office's "
        "superior office is Tỉnh Đoàn Đắk Lắk (TD-DL)."
    )
    with unit_db.session() as s, pytest.raises(superior_trust.SuperiorTrustError) as typo:
        superior_trust.trust_superior(s, superior.registration(), fingerprint="ABCD " * 16)
    assert typo.value.code == "FINGERPRINT_MISMATCH"
    with unit_db.session() as s:
        assert s.scalar(select(func.count()).select_from(TrustedUnit)) == 0
        assert superior_trust.superior_key(s) is None
    with unit_db.session() as s:
        plan = superior_trust.trust_superior(s, superior.registration(), fingerprint=None)
    assert plan.kind == "new"
    with unit_db.session() as s:
        assert superior_trust.superior_key(s).key_id == superior.pair.public.key_id_hex


def test_a_rotated_superior_key_replaces_the_old_one(trusting, sent, superior):
    new = SuperiorOffice()
    with trusting.session() as s:
        plan = superior_trust.trust_superior(
            s, new.registration(previous=superior), fingerprint=None
        )
    assert (plan.kind, plan.replaces) == ("rotation", (superior.pair.public.key_id_hex,))
    # What the old key signed before the rotation still counts; the new key signs from now on.
    import_receipt(trusting, superior.receipt([accepted(sent)], created=dt.datetime(2026, 11, 19)))
    assert _state(trusting).receipt == "accepted"
    later = superior.receipt([rejected(sent)], sequence=2, created=dt.datetime(2026, 11, 22))
    assert _refused(trusting, later).code == "KEY_RETIRED"


def test_a_lost_superior_key_is_replaced_only_with_the_paper_sheet(trusting, superior):
    new = SuperiorOffice()
    with trusting.session() as s, pytest.raises(superior_trust.SuperiorTrustError) as refused:
        superior_trust.trust_superior(s, new.registration(), fingerprint=None)
    assert refused.value.code == "FINGERPRINT_REQUIRED"
    with trusting.session() as s:
        plan = superior_trust.trust_superior(s, new.registration(), fingerprint=new.fingerprint)
    assert plan.kind == "replacement"
    with trusting.session() as s:
        assert superior_trust.superior_key(s).key_id == new.pair.public.key_id_hex


def test_a_superior_office_has_no_superior_key_to_trust(database, superior):
    from tests.inbox.conftest import SUPERIOR

    with database.session() as s:
        save_unit(s, SUPERIOR)
    with database.session() as s, pytest.raises(superior_trust.SuperiorTrustError) as refused:
        superior_trust.trust_superior(s, superior.registration(), fingerprint=superior.fingerprint)
    assert refused.value.code == "NOT_A_COMMUNE"


# ----------------------------------------------------------------------------- the overview


def _alerts(db, today):
    with db.session() as s:
        return [(kind, period) for kind, _text, period in report_status.report_alerts(s, today)]


def test_the_overview_warns_of_a_returned_or_unanswered_report(trusting, sent, superior):
    assert _alerts(trusting, TODAY) == []  # sent five days ago: not yet worth asking
    week = TODAY + dt.timedelta(days=2)
    assert _alerts(trusting, week) == [("report_unanswered", "2026Q3")]
    import_receipt(trusting, superior.receipt([rejected(sent)]))
    with trusting.session() as s:
        [(kind, text, period)] = report_status.report_alerts(s, week)
    assert (kind, period) == ("report_returned", "2026Q3")
    assert text.startswith("The superior office returned the report for 2026Q3 (No. 1): A member")
    import_receipt(trusting, superior.receipt([accepted(sent)], sequence=2))
    assert _alerts(trusting, week) == []


def test_no_receipt_is_chased_before_the_superior_key_is_trusted(keyed, unit_db, tmp_path):
    report_export.export_report(unit_db, Q3, tmp_path / "a.zip", PASSPHRASE, today=TODAY, now=NOW)
    assert _alerts(unit_db, TODAY + dt.timedelta(days=30)) == []
