"""A commune imports its superior office's circulars: the list each period's report uses, the
deadlines, and every circular refused (older, for another superior, untrusted, altered, a list
this program cannot fill in) with nothing written."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from doan_desktop.core import circulars, indicator_lists, report_export, reporting, superior_trust
from doan_desktop.core.indicators import Indicator, code_list
from doan_desktop.core.periods import Period
from doan_desktop.core.receipt_import import ReceiptRefused
from doan_desktop.core.store.models import Circular
from doan_desktop.exchange.circular_file import Deadline
from tests.conftest import TODAY
from tests.reporting.conftest import PASSPHRASE
from tests.reporting.superior import SuperiorOffice

Q3, Q4 = Period.parse("2026Q3"), Period.parse("2026Q4")
NOW = dt.datetime(2026, 11, 20, 2, 0)
NEW = Indicator(
    "DIGITAL_SKILLS",
    "Số thanh niên được bồi dưỡng kỹ năng số",
    "Youth trained in digital skills",
    "người",
    "manual",
    "activities",
    (),
)


def version(number: int, *extra: Indicator, drop: tuple[str, ...] = ()):
    shipped = code_list()
    kept = tuple(i for i in shipped.indicators if i.code not in drop)
    return dataclasses.replace(shipped, version=number, indicators=kept + extra)


@pytest.fixture
def superior():
    return SuperiorOffice()


@pytest.fixture
def trusting(keyed, unit_db, superior):
    with unit_db.session() as s:
        superior_trust.trust_superior(s, superior.registration(), fingerprint=superior.fingerprint)
    return unit_db


def _count(db) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(Circular))


def _refused(db, data: bytes) -> ReceiptRefused:
    before = _count(db)
    with pytest.raises(ReceiptRefused) as refused:
        circulars.import_circular(db, data)
    assert _count(db) == before
    return refused.value


def _codes(db, period: Period) -> tuple[set[str], int]:
    with db.session() as s:
        report = reporting.build_report(s, period, TODAY)
    return {v.indicator for v in report.values}, report.schema_version


def test_a_new_indicator_reaches_the_next_report_not_the_one_sent(trusting, superior, tmp_path):
    report_export.export_report(trusting, Q3, tmp_path / "q3.zip", PASSPHRASE, today=TODAY, now=NOW)
    deadline = Deadline("2026Q4", dt.date(2027, 1, 20))
    result = circulars.import_circular(
        trusting, superior.circular(version(2, NEW), applies_from="2026Q3", deadlines=(deadline,))
    )
    assert (result.outcome, result.new_codes, result.list_version) == (
        "imported",
        ("DIGITAL_SKILLS",),
        2,
    )
    assert result.lines()[-1] == "The report for 2026Q4 is due on 20/01/2027."
    codes, used = _codes(trusting, Q4)
    assert "DIGITAL_SKILLS" in codes and used == 2
    codes, used = _codes(trusting, Q3)
    assert "DIGITAL_SKILLS" not in codes and used == 1  # sent with version 1: kept
    with trusting.session() as s:
        assert indicator_lists.deadline_for(s, Q4) == dt.date(2027, 1, 20)
        assert indicator_lists.deadline_for(s, Q3) is None
    # The new indicator is typed like any manual value, and travels in the next report.
    with trusting.session() as s:
        reporting.set_manual_value(s, Q4, "DIGITAL_SKILLS", "35", "Danh sách lớp")
    with trusting.session() as s:
        assert reporting.build_report(s, Q4, TODAY).value("DIGITAL_SKILLS") == 35


def test_a_list_applies_from_its_period_on(trusting, superior):
    circulars.import_circular(trusting, superior.circular(version(2, NEW), applies_from="2026Q4"))
    assert "DIGITAL_SKILLS" not in _codes(trusting, Q3)[0]
    assert "DIGITAL_SKILLS" in _codes(trusting, Q4)[0]
    # A year or a half-year ending after the list's first day uses it too.
    assert "DIGITAL_SKILLS" in _codes(trusting, Period.parse("2026"))[0]
    assert "DIGITAL_SKILLS" in _codes(trusting, Period.parse("2026S2"))[0]
    assert "DIGITAL_SKILLS" not in _codes(trusting, Period.parse("2026S1"))[0]


def test_an_indicator_no_longer_asked_is_left_out(trusting, superior):
    circulars.import_circular(
        trusting, superior.circular(version(2, drop=("TRANSFERRED_IN",)), applies_from="2026Q3")
    )
    assert "TRANSFERRED_IN" not in _codes(trusting, Q3)[0]
    assert "TRANSFERRED_IN" in _codes(trusting, Period.parse("2026Q2"))[0]


def test_a_newer_deadline_wins(trusting, superior):
    first = Deadline("2026Q4", dt.date(2027, 1, 20))
    later = Deadline("2026Q4", dt.date(2027, 1, 31))
    circulars.import_circular(trusting, superior.circular(deadlines=(first,)))
    circulars.import_circular(trusting, superior.circular(sequence=2, deadlines=(later,)))
    with trusting.session() as s:
        assert indicator_lists.deadline_for(s, Q4) == dt.date(2027, 1, 31)


def test_an_older_circular_is_refused(trusting, superior):
    circulars.import_circular(trusting, superior.circular(version(3, NEW), sequence=4))
    refused = _refused(trusting, superior.circular(version(2, NEW), sequence=3))
    assert refused.code == "CIRCULAR_OLDER"
    assert str(refused) == (
        "This circular (No. 3) is older than circular No. 4, already imported: the newer one "
        "is in force. Nothing to do."
    )
    assert _refused(trusting, superior.circular(version(3), sequence=4)).code == "CIRCULAR_CONFLICT"
    again = circulars.import_circular(trusting, superior.circular(version(3, NEW), sequence=4))
    assert again.outcome == "already"


def test_a_newer_circular_with_an_older_list_is_refused(trusting, superior):
    circulars.import_circular(trusting, superior.circular(version(3, NEW)))
    refused = _refused(trusting, superior.circular(version(2, NEW), sequence=2))
    assert refused.code == "LIST_OLDER"
    changed = version(3, dataclasses.replace(NEW, label_vi="Khác"))
    assert _refused(trusting, superior.circular(changed, sequence=2)).code == "LIST_OLDER"


def test_a_circular_for_another_superior_is_refused(trusting, superior):
    stranger = SuperiorOffice(code="TD-GL", name="Tỉnh Đoàn Gia Lai")
    # Signed by a key this commune does not trust:
    assert _refused(trusting, stranger.circular()).code == "KEY_UNKNOWN"
    # and by a trusted key, but another office's (the commune changed its superior since).
    with trusting.session() as s:
        from doan_desktop.core.unit import get_unit, save_unit

        unit = get_unit(s)
        save_unit(s, dataclasses.replace(unit, superior_code="TD-GL", superior_name="Gia Lai"))
    refused = _refused(trusting, superior.circular())
    assert refused.code == "NOT_OUR_SUPERIOR"
    assert str(refused).startswith(
        "The file comes from TD-DL, which is not this office's superior office (Gia Lai, TD-GL)."
    )


def test_a_circular_signed_by_the_trusted_key_for_another_unit_is_refused(trusting, superior):
    refused = _refused(trusting, superior.circular(issuer="TD-GL"))
    assert refused.code == "KEY_WRONG_UNIT"


def test_an_altered_circular_is_refused(trusting, superior):
    data = bytearray(superior.circular(version(2, NEW)))
    spot = data.index(b"DIGITAL_SKILLS")
    data[spot] = ord("X")
    assert _refused(trusting, bytes(data)).code in ("ZIP_CORRUPT", "HASH_MISMATCH")


def test_a_list_this_program_cannot_fill_in_is_refused(trusting, superior):
    counted = dataclasses.replace(NEW, source="computed")
    refused = _refused(trusting, superior.circular(version(2, counted)))
    assert refused.code == "LIST_UNSUPPORTED"
    assert "DIGITAL_SKILLS is marked as counted from the records, but this program cannot" in str(
        refused
    )


def test_a_receipt_is_not_a_circular(trusting, superior):
    from tests.reporting.superior import accepted

    fake = report_export.ExportResult(
        path=Path("a.zip"),
        sha256="ab" * 32,
        sequence=1,
        period="2026Q3",
        report_id="r",
        supersedes=None,
        reused=False,
    )
    assert _refused(trusting, superior.receipt([accepted(fake)])).code == "WRONG_KIND"
