"""Receiving report files: the round trip, corrections, sequence rules, what is stored."""

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from doan_desktop.core.inbox import ACCEPTED, ALREADY, REJECTED, list_rejected
from doan_desktop.core.inbox_status import (
    LATE,
    MISSING,
    ON_TIME,
    SUPERSEDED,
    DeadlineError,
    communes,
    deadline_days,
    period_status,
    set_deadline_days,
)
from doan_desktop.core.inbox_totals import aggregate
from doan_desktop.core.periods import Period
from doan_desktop.core.store.models import ChangeLog, ReceivedReport
from tests.inbox.conftest import LATE as LATE_TIME
from tests.inbox.conftest import TODAY, sample_values, stored_counts

Q3 = Period.parse("2026Q3")


def _status(database, period=Q3):
    with database.session() as session:
        return period_status(session, period, TODAY)


def _totals(database, period=Q3):
    with database.session() as session:
        return aggregate(session, period, communes(session))


def test_round_trip_two_communes_and_a_correction(receive, trusted, hoa_phu, ea_tu):
    first, first_id = hoa_phu.report(values=sample_values(members=100, youth=200, population=500))
    other, _ = ea_tu.report(values=sample_values(members=40, youth=60, population=400))
    receipts = receive({"hp1.zip": first, "et1.zip": other})
    assert [r.outcome for r in receipts] == [ACCEPTED, ACCEPTED]
    assert receipts[0].issuer == "HP-DL-01" and receipts[0].sequence == 1

    totals = _totals(trusted)
    assert [code for code, _ in totals.communes] == ["ET-DL-02", "HP-DL-01"]
    assert totals.row("MEMBERS").total == 140
    assert totals.row("MEMBERS").values == (40, 100)

    correction, _ = hoa_phu.report(
        values=sample_values(members=110, youth=200, population=500), supersedes=first_id
    )
    [receipt] = receive({"hp2.zip": correction}, now=LATE_TIME)
    assert receipt.outcome == ACCEPTED
    assert receipt.supersedes_sequence == 1
    assert "No. 1" in receipt.message

    totals = _totals(trusted)
    assert totals.row("MEMBERS").values == (40, 110)
    assert totals.row("MEMBERS").total == 150
    assert totals.row("YOUTH").total == 260
    assert totals.row("MEMBERS", "SEX_F").total == 20 + 55
    # The share is recomputed from the summed parts, never averaged.
    assert totals.row("GATHERED_SHARE").total == Decimal("45.6")  # 410 / 900
    assert totals.row("GATHERED_SHARE").values == (Decimal("25.0"), Decimal("62.0"))
    assert all(not row.disagg.startswith("CHAPTER:") for row in totals.rows)

    status = _status(trusted)
    by_code = {c.unit_code: c for c in status.communes}
    hp = by_code["HP-DL-01"]
    # On time: its first report came before the deadline, the correction after it.
    assert hp.state == ON_TIME
    assert [r.sequence for r in hp.reports] == [2, 1]
    assert hp.current.sequence == 2
    assert [r.state for r in hp.superseded] == [SUPERSEDED]
    assert by_code["ET-DL-02"].state == ON_TIME
    assert stored_counts(trusted) == (3, 27)


def test_the_stored_report_keeps_the_file_bytes_and_logs(receive, trusted, hoa_phu):
    data, report_id = hoa_phu.report()
    receive({"hp.zip": data})
    with trusted.session() as session:
        report = session.scalars(select(ReceivedReport)).one()
        logged = session.scalars(
            select(ChangeLog).where(ChangeLog.entity == "received_report")
        ).all()
        values = {(v.indicator, v.disagg): v.value for v in report.values}
    assert report.content == data
    assert report.report_id == report_id
    assert report.file_name == "hp.zip"
    assert values[("GATHERED_SHARE", "")] == "70.0"
    assert values[("MEMBERS", "CHAPTER:Thôn 1")] == "40"
    assert len(logged) == 1


def test_the_same_file_again_is_already_received(receive, trusted, hoa_phu):
    data, _ = hoa_phu.report()
    receive({"hp.zip": data})
    [again] = receive({"copy of hp.zip": data})
    assert again.outcome == ALREADY
    assert stored_counts(trusted)[0] == 1
    with trusted.session() as session:
        assert list_rejected(session) == []


def test_the_same_file_twice_in_one_drop(receive, trusted, hoa_phu):
    data, _ = hoa_phu.report()
    receipts = receive({"a.zip": data, "b.zip": data})
    assert [r.outcome for r in receipts] == [ACCEPTED, ALREADY]


def test_files_listed_out_of_order_are_received_in_sequence_order(receive, trusted, hoa_phu):
    q2, _ = hoa_phu.report("2026Q2")
    q3, _ = hoa_phu.report("2026Q3")
    receipts = receive({"BC_10.zip": q3, "BC_9.zip": q2})
    assert [r.outcome for r in receipts] == [ACCEPTED, ACCEPTED]
    assert [r.sequence for r in receipts] == [2, 1]


def test_an_already_received_file_after_a_key_rotation(receive, trusted, hoa_phu):
    from doan_desktop.core.inbox import trust_registration
    from tests.inbox.conftest import Commune

    data, _ = hoa_phu.report()
    receive({"hp.zip": data})
    new = Commune(hoa_phu.code, hoa_phu.name)
    rotated = dt.datetime(2026, 11, 1, 8, 0)
    with trusted.session() as session:
        trust_registration(session, new.registration(previous=hoa_phu, created=rotated))
    [again] = receive({"hp.zip": data})
    assert again.outcome == ALREADY
    # The new key signs the commune's next reports; the old one nothing made after the rotation.
    new.sequence = 1
    fresh, _ = new.report("2026Q4", created=rotated + dt.timedelta(days=2))
    old, _ = hoa_phu.report("2026Q4", created=rotated + dt.timedelta(days=2))
    receipts = receive({"new.zip": fresh, "old.zip": old})
    assert [(r.outcome, r.code) for r in receipts] == [(ACCEPTED, ""), (REJECTED, "KEY_RETIRED")]


def test_a_correction_whose_original_never_arrived_stands_alone(receive, trusted, hoa_phu):
    hoa_phu.report()  # made, never sent
    correction, _ = hoa_phu.report(supersedes="11111111-2222-3333-4444-555555555555")
    [receipt] = receive({"hp2.zip": correction})
    assert receipt.outcome == ACCEPTED
    assert receipt.supersedes_sequence is None


def test_a_second_correction_replaces_the_first(receive, trusted, hoa_phu):
    first, first_id = hoa_phu.report()
    second, second_id = hoa_phu.report(supersedes=first_id)
    third, _ = hoa_phu.report(supersedes=second_id)
    receipts = receive({"1.zip": first, "2.zip": second, "3.zip": third})
    assert [r.outcome for r in receipts] == [ACCEPTED] * 3
    status = _status(trusted)
    [hp] = [c for c in status.communes if c.unit_code == "HP-DL-01"]
    assert [(r.sequence, r.state) for r in hp.reports] == [
        (3, "current"),
        (2, "superseded"),
        (1, "superseded"),
    ]
    assert _totals(trusted).communes == (("HP-DL-01", "Đoàn xã Hòa Phú"),)


def test_status_late_missing_and_the_deadline_setting(receive, trusted, hoa_phu):
    data, _ = hoa_phu.report()
    receive({"hp.zip": data}, now=LATE_TIME)  # 2 November: after 20 October
    status = _status(trusted)
    by_code = {c.unit_code: c for c in status.communes}
    assert status.deadline.isoformat() == "2026-10-20"
    assert by_code["HP-DL-01"].state == LATE
    assert by_code["ET-DL-02"].state == MISSING and by_code["ET-DL-02"].overdue
    with trusted.session() as session:
        set_deadline_days(session, 60)
    status = _status(trusted)
    by_code = {c.unit_code: c for c in status.communes}
    assert status.deadline.isoformat() == "2026-11-29"
    assert by_code["HP-DL-01"].state == ON_TIME
    assert by_code["ET-DL-02"].state == MISSING and not by_code["ET-DL-02"].overdue


def test_a_deadline_out_of_range_is_refused_and_not_stored(trusted):
    with trusted.session() as session:
        for bad in (-1, 181, "20"):
            with pytest.raises(DeadlineError, match="between 0 and 180"):
                set_deadline_days(session, bad)
        assert deadline_days(session) == 20


def test_a_commune_not_yet_due_is_missing_but_not_overdue(trusted):
    q4 = Period.parse("2026Q4")
    status = _status(trusted, q4)
    assert {c.state for c in status.communes} == {MISSING}
    assert not any(c.overdue for c in status.communes)
