""" "Chi đoàn 3 có": every way a chapter can miss each criterion, the evidence kept, the rules as
settings, participation and the office's override (no Qt)."""

import datetime as dt

import pytest
from sqlalchemy import func, select

from doan_desktop.core import compliance as c
from doan_desktop.core.chapters import ChapterInput, add_chapter
from doan_desktop.core.roster import PersonInput, save_person
from doan_desktop.core.store.models import (
    ChangeLog,
    Chapter,
    ComplianceOverride,
    Meeting,
    MeetingChapter,
    ModelParticipation,
    Office,
    YouthWork,
    YouthWorkChapter,
)
from doan_desktop.core.validation import ValidationError
from tests.conftest import TODAY

Q3 = "2026Q3"  # July–September 2026, over by TODAY


def _person(session, name, chapter_id):
    return save_person(
        session,
        PersonInput(full_name=name, chapter_id=chapter_id, is_member=True, birth_date="2000"),
        today=TODAY,
    )


def office(session, chapter_id, name, role="bi_thu", start="2025-01-01", end=""):
    person = _person(session, name, chapter_id)
    session.add(
        Office(person_id=person, chapter_id=chapter_id, role=role, start_date=start, end_date=end)
    )
    session.flush()
    return person


def meeting(session, chapter_id, day, kind="monthly", for_month="", joined=()):
    row = Meeting(kind=kind, chapter_id=chapter_id, date=day, for_month=for_month)
    session.add(row)
    session.flush()
    for other in joined:
        session.add(MeetingChapter(meeting_id=row.id, chapter_id=other))
    session.flush()
    return row.id


def monthly(session, chapter_id, months=(7, 8, 9)):
    for month in months:
        meeting(session, chapter_id, dt.date(2026, month, 15))


def work(session, chapter_ids, start, end=None, state="under_way", name="Đường hoa thanh niên"):
    row = YouthWork(name=name, kind="work", start_date=start, end_date=end, state=state)
    session.add(row)
    session.flush()
    for chapter_id in chapter_ids:
        session.add(YouthWorkChapter(work_id=row.id, chapter_id=chapter_id))
    session.flush()
    return row.id


def chapter(session, name, remote=False, since=dt.date(2025, 1, 1), pilot=False):
    chapter_id = add_chapter(session, ChapterInput(name, "thon"))
    session.get(Chapter, chapter_id).remote = remote
    c.add_participation(session, chapter_id, since, pilot)
    return chapter_id


def full(session, name, **options):
    """A chapter meeting all three criteria in Q3."""
    chapter_id = chapter(session, name, **options)
    office(session, chapter_id, f"Bí thư {name}")
    monthly(session, chapter_id)
    work(session, [chapter_id], dt.date(2026, 6, 1), dt.date(2026, 8, 30), "done")
    return chapter_id


def result(session, chapter_id, period=Q3, today=TODAY):
    rows = c.assess_period(session, period, today, chapter_ids=[chapter_id])
    assert len(rows) == 1
    return rows[0]


# ----------------------------------------------------------------------------- all three


def test_a_chapter_meeting_everything_is_three_have_with_its_evidence(unit_db):
    with unit_db.session() as s:
        chapter_id = full(s, "Thôn 3")
        r = result(s, chapter_id)
    assert (r.cadre.met, r.activity.met, r.work.met, r.three_have) == (True, True, True, True)
    assert r.reasons == [] and not r.overridden and r.complete
    assert [(t.person_name, t.role, t.start, t.end) for t in r.terms] == [
        ("Bí thư Thôn 3", "bi_thu", dt.date(2025, 1, 1), None)
    ]
    assert [(m.month, len(m.meetings)) for m in r.months] == [
        ("2026-07", 1),
        ("2026-08", 1),
        ("2026-09", 1),
    ]
    assert [(w.name, w.state, w.counts) for w in r.works] == [
        ("Đường hoa thanh niên", "done", True)
    ]


# ----------------------------------------------------------------------------- (a) a cadre


def test_no_secretary_at_all(unit_db):
    with unit_db.session() as s:
        chapter_id = full(s, "Thôn 3")
        s.query(Office).delete()
        r = result(s, chapter_id)
    assert not r.cadre.met and not r.three_have
    assert r.cadre.reasons == ["No secretary or deputy secretary in the quarter"]
    assert r.terms == []


def test_secretary_whose_term_ended_mid_quarter(unit_db):
    with unit_db.session() as s:
        chapter_id = full(s, "Thôn 3")
        s.query(Office).update({"end_date": "2026-08-12"})
        r = result(s, chapter_id)
    assert not r.cadre.met
    assert r.cadre.reasons == ["No secretary or deputy secretary since 12/08/2026"]
    assert r.terms[0].end == dt.date(2026, 8, 12)


def test_secretary_who_began_mid_quarter(unit_db):
    with unit_db.session() as s:
        chapter_id = full(s, "Thôn 3")
        s.query(Office).update({"start_date": "2026-08-03"})
        r = result(s, chapter_id)
    assert r.cadre.reasons == ["No secretary or deputy secretary before 03/08/2026"]


def test_only_a_deputy_counts(unit_db):
    with unit_db.session() as s:
        chapter_id = full(s, "Thôn 3")
        s.query(Office).update({"role": "pho_bi_thu"})
        r = result(s, chapter_id)
    assert r.cadre.met and r.three_have
    assert r.terms[0].role == "pho_bi_thu"


def test_a_deputy_covering_the_secretarys_gap_counts(unit_db):
    with unit_db.session() as s:
        chapter_id = full(s, "Thôn 3")
        s.query(Office).update({"end_date": "2026-08-12"})
        office(s, chapter_id, "Phó Bí thư", "pho_bi_thu", start="2026-08-12")
        r = result(s, chapter_id)
    assert r.cadre.met
    assert [t.role for t in r.terms] == ["bi_thu", "pho_bi_thu"]


def test_a_committee_member_is_no_cadre_for_the_rule(unit_db):
    with unit_db.session() as s:
        chapter_id = full(s, "Thôn 3")
        s.query(Office).update({"role": "uy_vien_bch"})
        r = result(s, chapter_id)
    assert not r.cadre.met


def test_a_term_given_by_its_year_alone(unit_db):
    with unit_db.session() as s:
        chapter_id = full(s, "Thôn 3")
        s.query(Office).update({"start_date": "2024", "end_date": "2026"})
        r = result(s, chapter_id)
    assert r.cadre.met  # "2026" as an end means the term runs to the end of that year


# ----------------------------------------------------------------------------- (b) activity


def test_a_month_without_a_meeting(unit_db):
    with unit_db.session() as s:
        chapter_id = chapter(s, "Thôn 3")
        office(s, chapter_id, "Bí thư")
        monthly(s, chapter_id, (7, 9))
        work(s, [chapter_id], dt.date(2026, 7, 1))
        r = result(s, chapter_id)
    assert not r.activity.met and r.cadre.met and r.work.met
    assert r.activity.reasons == ["No meeting in month 8"]
    assert [len(m.meetings) for m in r.months] == [1, 0, 1]


def test_two_months_without_a_meeting_give_two_reasons(unit_db):
    with unit_db.session() as s:
        chapter_id = full(s, "Thôn 3")
        s.query(Meeting).filter(Meeting.date != dt.date(2026, 7, 15)).delete()
        r = result(s, chapter_id)
    assert r.activity.reasons == ["No meeting in month 8", "No meeting in month 9"]


def test_a_joint_meeting_hosted_or_joined_counts_for_its_month(unit_db):
    with unit_db.session() as s:
        host = full(s, "Thôn 3")
        guest = full(s, "Thôn 4")
        s.query(Meeting).filter(Meeting.date == dt.date(2026, 8, 15)).delete()
        meeting(s, host, dt.date(2026, 8, 20), kind="joint", joined=[guest])
        assert result(s, host).activity.met
        assert result(s, guest).activity.met
        assert result(s, guest).months[1].meetings[0].host == "Thôn 3"


def test_a_meeting_counts_for_the_month_it_reports_on(unit_db):
    with unit_db.session() as s:
        chapter_id = full(s, "Thôn 3")
        s.query(Meeting).filter(Meeting.date == dt.date(2026, 9, 15)).delete()
        meeting(s, chapter_id, dt.date(2026, 10, 2), for_month="2026-09")
        r = result(s, chapter_id)
    assert r.activity.met


def test_a_briefing_or_a_committee_meeting_is_not_the_chapters_activity(unit_db):
    with unit_db.session() as s:
        chapter_id = full(s, "Thôn 3")
        s.query(Meeting).filter(Meeting.date == dt.date(2026, 8, 15)).update({"kind": "bch"})
        r = result(s, chapter_id)
    assert r.activity.reasons == ["No meeting in month 8"]


def test_a_remote_chapter_with_one_meeting_in_the_quarter_is_active(unit_db):
    with unit_db.session() as s:
        chapter_id = chapter(s, "Buôn xa", remote=True)
        office(s, chapter_id, "Bí thư")
        monthly(s, chapter_id, (8,))
        work(s, [chapter_id], dt.date(2026, 7, 1))
        r = result(s, chapter_id)
    assert r.activity.met and r.three_have and r.rule == "quarterly"


def test_a_remote_chapter_without_any_meeting(unit_db):
    with unit_db.session() as s:
        chapter_id = chapter(s, "Buôn xa", remote=True)
        office(s, chapter_id, "Bí thư")
        r = result(s, chapter_id)
    assert r.activity.reasons == ["No meeting in the quarter"]


def test_the_rules_are_settings(unit_db):
    with unit_db.session() as s:
        chapter_id = chapter(s, "Thôn 3")
        office(s, chapter_id, "Bí thư")
        monthly(s, chapter_id, (8,))
        assert not result(s, chapter_id).activity.met
        c.set_meeting_rule(s, c.MEETING_RULE_KEY, "quarterly")
        assert result(s, chapter_id).activity.met
        assert c.meeting_rules(s)[c.MEETING_RULE_KEY] == "quarterly"
        with pytest.raises(ValidationError) as error:
            c.set_meeting_rule(s, c.MEETING_RULE_KEY, "weekly")
        assert "rule" in error.value.problems.errors


def test_a_quarter_under_way_is_judged_on_the_months_so_far(unit_db):
    with unit_db.session() as s:
        chapter_id = full(s, "Thôn 3")
        meeting(s, chapter_id, dt.date(2026, 10, 10))
        r = result(s, chapter_id, "2026Q4", today=TODAY)  # 25 November
    assert r.activity.met and not r.complete
    assert [m.over for m in r.months] == [True, False, False]


# ----------------------------------------------------------------------------- (c) a work


def test_no_work(unit_db):
    with unit_db.session() as s:
        chapter_id = full(s, "Thôn 3")
        s.query(YouthWorkChapter).delete()
        r = result(s, chapter_id)
    assert not r.work.met
    assert r.work.reasons == ["No youth work or task in the quarter"]


def test_a_work_that_ended_before_the_quarter(unit_db):
    with unit_db.session() as s:
        chapter_id = full(s, "Thôn 3")
        s.query(YouthWork).update({"end_date": dt.date(2026, 6, 30)})
        r = result(s, chapter_id)
    assert r.work.reasons == ["No youth work or task in the quarter"] and r.works == []


def test_a_planned_work_starting_after_the_quarter(unit_db):
    with unit_db.session() as s:
        chapter_id = full(s, "Thôn 3")
        s.query(YouthWork).update(
            {"start_date": dt.date(2026, 10, 5), "end_date": None, "state": "planned"}
        )
        r = result(s, chapter_id)
    assert not r.work.met and r.works == []


def test_a_work_only_planned_in_the_quarter_does_not_count(unit_db):
    with unit_db.session() as s:
        chapter_id = full(s, "Thôn 3")
        s.query(YouthWork).update({"state": "planned"})
        r = result(s, chapter_id)
    assert not r.work.met
    assert r.work.reasons == ["The quarter's youth works and tasks are only planned"]
    assert [w.counts for w in r.works] == [False]


def test_a_work_shared_by_two_chapters_counts_for_both(unit_db):
    with unit_db.session() as s:
        one = full(s, "Thôn 3")
        two = chapter(s, "Thôn 4")
        s.query(YouthWorkChapter).delete()
        work(s, [one, two], dt.date(2026, 9, 1))
        assert result(s, one).work.met and result(s, two).work.met


def test_a_work_moved_to_the_trash_does_not_count(unit_db):
    with unit_db.session() as s:
        chapter_id = full(s, "Thôn 3")
        s.query(YouthWork).update({"deleted_at": dt.datetime(2026, 10, 1)})
        assert not result(s, chapter_id).work.met


def test_reasons_from_several_criteria_come_together(unit_db):
    with unit_db.session() as s:
        chapter_id = chapter(s, "Thôn 3")
        monthly(s, chapter_id, (7, 8))
        r = result(s, chapter_id)
    assert r.reasons == [
        "No secretary or deputy secretary in the quarter",
        "No meeting in month 9",
        "No youth work or task in the quarter",
    ]


# ----------------------------------------------------------------------------- participation


def test_only_chapters_taking_part_are_judged(unit_db):
    with unit_db.session() as s:
        pilot = full(s, "Thôn 1", pilot=True)
        later = full(s, "Thôn 2", since=dt.date(2026, 10, 1))
        add_chapter(s, ChapterInput("Thôn 9", "thon"))
        rows = c.assess_period(s, Q3, TODAY)
        assert [(r.chapter, r.pilot) for r in rows] == [("Thôn 1", True)]
        assert {r.chapter_id for r in c.assess_period(s, "2026Q4", TODAY)} == {pilot, later}


def test_participation_ends_and_refuses_overlaps_and_bad_dates(unit_db):
    with unit_db.session() as s:
        chapter_id = chapter(s, "Thôn 3", since=dt.date(2025, 1, 1))
        (row,) = c.list_participation(s)
        with pytest.raises(ValidationError) as error:
            c.add_participation(s, chapter_id, "01/03/2026")
        assert "since" in error.value.problems.errors
        with pytest.raises(ValidationError) as error:
            c.end_participation(s, row.id, "31/12/2024")
        assert "until" in error.value.problems.errors
        with pytest.raises(ValidationError) as error:
            c.add_participation(s, chapter_id, "31/02/2026")
        assert "since" in error.value.problems.errors
        with pytest.raises(ValidationError) as error:
            c.add_participation(s, "no-such-chapter", "01/03/2026")
        assert "chapter_id" in error.value.problems.errors
        c.end_participation(s, row.id, "30/06/2026")
        assert c.assess_period(s, Q3, TODAY) == []
        c.add_participation(s, chapter_id, "01/01/2027", pilot=True)
        assert s.scalar(select(func.count(ModelParticipation.id))) == 2
        logged = s.scalar(
            select(func.count(ChangeLog.id)).where(ChangeLog.entity == "model_participation")
        )
        assert logged == 3


def test_a_quarter_is_required(unit_db):
    with unit_db.session() as s:
        for text in ("2026", "2026S1", "2026Q5", "Q3"):
            with pytest.raises(ValidationError) as error:
                c.assess_period(s, text, TODAY)
            assert "period" in error.value.problems.errors


# ----------------------------------------------------------------------------- the override


def test_an_override_says_so_with_its_reason(unit_db):
    with unit_db.session() as s:
        chapter_id = full(s, "Thôn 3")
        s.query(YouthWorkChapter).delete()
        c.set_override(s, chapter_id, Q3, True, "  Công trình chung của Đoàn xã  ")
        r = result(s, chapter_id)
    assert r.three_have and r.overridden and not r.computed
    assert r.override_reason == "Công trình chung của Đoàn xã"
    assert r.reasons[-1] == (
        "Counted as meeting the three criteria by the office: Công trình chung của Đoàn xã"
    )
    assert not r.work.met  # the computed criterion is still shown as it is


def test_an_override_can_also_withhold_the_result_and_be_changed_and_cleared(unit_db):
    with unit_db.session() as s:
        chapter_id = full(s, "Thôn 3")
        c.set_override(s, chapter_id, Q3, False, "Biên bản tháng 8 không hợp lệ")
        assert not result(s, chapter_id).three_have
        c.set_override(s, chapter_id, Q3, True, "Đã bổ sung biên bản")
        assert s.scalar(select(func.count(ComplianceOverride.id))) == 1
        assert result(s, chapter_id).override_reason == "Đã bổ sung biên bản"
        assert c.clear_override(s, chapter_id, Q3)
        r = result(s, chapter_id)
        assert r.three_have and not r.overridden
        actions = list(
            s.scalars(select(ChangeLog.action).where(ChangeLog.entity == "compliance_override"))
        )
    assert actions == ["create", "update", "delete"]


def test_an_override_without_a_reason_is_refused_and_nothing_is_written(unit_db):
    with unit_db.session() as s:
        chapter_id = full(s, "Thôn 3")
        for reason in ("", "   "):
            with pytest.raises(ValidationError) as error:
                c.set_override(s, chapter_id, Q3, True, reason)
            assert error.value.problems.errors["reason"] == (
                "Say why the office overrides the result."
            )
        with pytest.raises(ValidationError) as error:
            c.set_override(s, chapter_id, "2026", True, "Lý do")
        assert "period" in error.value.problems.errors
        with pytest.raises(ValidationError) as error:
            c.set_override(s, "nobody", Q3, True, "Lý do")
        assert "chapter_id" in error.value.problems.errors
        assert s.scalar(select(func.count(ComplianceOverride.id))) == 0
        assert not result(s, chapter_id).overridden


def test_an_override_belongs_to_its_quarter(unit_db):
    with unit_db.session() as s:
        chapter_id = full(s, "Thôn 3")
        c.set_override(s, chapter_id, "2026Q2", False, "Lý do")
        assert not result(s, chapter_id).overridden
