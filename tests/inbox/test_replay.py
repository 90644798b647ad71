"""Replay rules judged within a period: a late report for a missing period is accepted after a
later period's, an older file of a period is a rollback with what to do next, the same file again
is only a duplicate."""

from __future__ import annotations

import datetime as dt

from doan_desktop.core.inbox import ACCEPTED, ALREADY, REJECTED, list_rejected, next_step
from doan_desktop.core.inbox_status import LATE, MISSING, ON_TIME, period_status
from doan_desktop.core.periods import Period
from tests.inbox.conftest import LATE as LATE_TIME
from tests.inbox.conftest import TODAY, sample_values, stored_counts

Q3, Q4 = Period.parse("2026Q3"), Period.parse("2026Q4")


def _state(database, period, code="HP-DL-01"):
    with database.session() as session:
        status = period_status(session, period, TODAY)
    return next(c for c in status.communes if c.unit_code == code)


def test_a_genuine_q3_after_q4_is_accepted_and_shown_late(receive, trusted, hoa_phu):
    q3, _ = hoa_phu.report("2026Q3")  # No. 1, made first but held back by the commune
    q4, _ = hoa_phu.report("2026Q4")  # No. 2
    assert _state(trusted, Q3).state == MISSING
    [first] = receive({"BC_Q4.zip": q4})
    assert first.outcome == ACCEPTED
    [late] = receive({"BC_Q3.zip": q3}, now=LATE_TIME)  # 2 November: after 20 October
    assert (late.outcome, late.code, late.period, late.sequence) == (ACCEPTED, "", "2026Q3", 1)
    q3_state = _state(trusted, Q3)
    assert q3_state.state == LATE and q3_state.current.sequence == 1
    assert _state(trusted, Q4).current.sequence == 2
    assert stored_counts(trusted)[0] == 2
    with trusted.session() as session:
        assert list_rejected(session) == []


def test_a_late_q3_within_the_deadline_is_on_time(receive, trusted, hoa_phu):
    q3, _ = hoa_phu.report("2026Q3")
    q4, _ = hoa_phu.report("2026Q4")
    receive({"BC_Q4.zip": q4})
    [receipt] = receive({"BC_Q3.zip": q3})
    assert receipt.outcome == ACCEPTED
    assert _state(trusted, Q3).state == ON_TIME


def test_q3_v2_then_q3_v1_is_a_rollback_with_the_next_step(receive, trusted, hoa_phu):
    v1, v1_id = hoa_phu.report(values=sample_values(members=100))
    v2, _ = hoa_phu.report(values=sample_values(members=110), supersedes=v1_id)
    [accepted] = receive({"v2.zip": v2})
    assert accepted.outcome == ACCEPTED and accepted.supersedes_sequence is None
    [refused] = receive({"v1.zip": v1})
    assert (refused.outcome, refused.code) == (REJECTED, "SEQUENCE_ROLLBACK")
    assert "2026Q3 (No. 2" in refused.message and "this file (No. 1" in refused.message
    assert refused.message.endswith(next_step("SEQUENCE_ROLLBACK"))
    assert "report export --correction" in refused.message
    assert stored_counts(trusted)[0] == 1
    state = _state(trusted, Q3)
    assert [r.sequence for r in state.reports] == [2]
    # An older copy changes nothing: the status does not call it a problem.
    assert state.rejection is None


def test_a_rollback_across_a_later_period_is_still_a_rollback(receive, trusted, hoa_phu):
    v1, v1_id = hoa_phu.report("2026Q3")
    v2, _ = hoa_phu.report("2026Q3", supersedes=v1_id)
    q4, _ = hoa_phu.report("2026Q4")
    receipts = receive({"v2.zip": v2, "q4.zip": q4})
    assert [r.outcome for r in receipts] == [ACCEPTED, ACCEPTED]
    [refused] = receive({"v1.zip": v1})
    assert refused.code == "SEQUENCE_ROLLBACK"


def test_a_file_made_before_the_accepted_one_of_its_period_is_a_rollback(receive, trusted, hoa_phu):
    """The commune's numbering restarted (data restored from an old backup): the accepted
    report has the lower number but was made later."""
    made_later = dt.datetime(2026, 10, 20, 9, 0)
    accepted, _ = hoa_phu.report(sequence=2, created=made_later)
    receive({"new.zip": accepted})
    older, _ = hoa_phu.report(sequence=7, created=dt.datetime(2026, 10, 6, 9, 0))
    [refused] = receive({"old.zip": older})
    assert refused.code == "SEQUENCE_ROLLBACK"
    assert "made 20/10/2026 09:00" in refused.message


def test_a_correction_of_the_current_report_counts_even_with_an_earlier_clock(
    receive, trusted, hoa_phu
):
    first, first_id = hoa_phu.report(created=dt.datetime(2026, 10, 20, 9, 0))
    receive({"1.zip": first})
    correction, _ = hoa_phu.report(supersedes=first_id, created=dt.datetime(2026, 10, 6, 9, 0))
    [receipt] = receive({"2.zip": correction})
    assert (receipt.outcome, receipt.supersedes_sequence) == (ACCEPTED, 1)


def test_the_same_file_twice_is_a_duplicate_even_after_a_later_period(receive, trusted, hoa_phu):
    q3, _ = hoa_phu.report("2026Q3")
    q4, _ = hoa_phu.report("2026Q4")
    receive({"q3.zip": q3, "q4.zip": q4})
    receipts = receive({"q3 (copy).zip": q3, "q3 again.zip": q3})
    assert [r.outcome for r in receipts] == [ALREADY, ALREADY]
    assert all(r.code == "" for r in receipts)
    assert stored_counts(trusted)[0] == 2
    with trusted.session() as session:
        assert list_rejected(session) == []


def test_one_drop_with_a_period_and_its_correction_out_of_order(receive, trusted, hoa_phu):
    v1, v1_id = hoa_phu.report("2026Q3")
    q4, _ = hoa_phu.report("2026Q4")
    v2, _ = hoa_phu.report("2026Q3", supersedes=v1_id)
    receipts = receive({"v2.zip": v2, "q4.zip": q4, "v1.zip": v1})
    assert [r.outcome for r in receipts] == [ACCEPTED, ACCEPTED, ACCEPTED]
    assert receipts[0].supersedes_sequence == 1
    assert _state(trusted, Q3).current.sequence == 3


def test_a_refused_correction_shows_in_the_status_until_answered(receive, trusted, hoa_phu):
    first, first_id = hoa_phu.report()
    receive({"1.zip": first})
    unlinked, _ = hoa_phu.report(values=sample_values(members=150))
    [refused] = receive({"2.zip": unlinked}, now=LATE_TIME)
    assert refused.code == "CORRECTION_UNLINKED"
    rejection = _state(trusted, Q3).rejection
    assert rejection is not None and rejection.code == "CORRECTION_UNLINKED"
    assert rejection.message == refused.message
    fixed, _ = hoa_phu.report(values=sample_values(members=150), supersedes=first_id)
    receive({"3.zip": fixed}, now=LATE_TIME + dt.timedelta(days=1))
    assert _state(trusted, Q3).rejection is None
