"""The dashboard's figures, series and alerts (no Qt)."""

import datetime as dt
from decimal import Decimal

import pytest

from doan_desktop.core import compliance, dashboard
from doan_desktop.core.chapters import ChapterInput, add_chapter
from doan_desktop.core.periods import Period
from doan_desktop.core.reporting import compute_values
from doan_desktop.core.roster import PersonInput, save_person
from doan_desktop.core.store.models import (
    Chapter,
    ManualValue,
    Meeting,
    MeetingChapter,
    Office,
    Training,
    VolunteerDrive,
    YouthWork,
    YouthWorkChapter,
)
from tests.conftest import TODAY  # 25 November 2026: Q4, the previous quarter is Q3


def _person(session, name, chapter_id, member=True, birth="2000-05-01", since=""):
    return save_person(
        session,
        PersonInput(
            full_name=name,
            chapter_id=chapter_id,
            is_member=member,
            birth_date=birth[8:10] + "/" + birth[5:7] + "/" + birth[:4],
            member_since=since,
        ),
        today=TODAY,
    )


def _meeting(session, kind, day, chapter_id=None, joined=()):
    row = Meeting(kind=kind, chapter_id=chapter_id, date=day)
    session.add(row)
    session.flush()
    for other in joined:
        session.add(MeetingChapter(meeting_id=row.id, chapter_id=other))


@pytest.fixture
def commune(unit_db):
    ids = {}
    with unit_db.session() as s:
        ids["thon3"] = add_chapter(s, ChapterInput("Thôn 3", "thon"))
        ids["thon4"] = add_chapter(s, ChapterInput("Thôn 4", "thon"))
        ids["remote"] = add_chapter(s, ChapterInput("Buôn Xa", "buon"))
        s.get(Chapter, ids["remote"]).remote = True
        ids["an"] = _person(s, "Nguyễn Văn An", ids["thon3"], since="01/01/2020")
        ids["old"] = _person(s, "Lê Văn Già", ids["thon3"], birth="1990-01-01")
        ids["new"] = _person(s, "Trần Thị Mới", ids["thon4"], since="10/10/2026")
        _person(s, "Hoàng Văn Em", ids["thon4"], member=False)
        ids["hen"] = _person(s, "H' Hen Niê", ids["remote"], birth="1995-11-01")
        for person, chapter in ((ids["an"], ids["thon3"]), (ids["hen"], ids["remote"])):
            s.add(Office(person_id=person, chapter_id=chapter, role="bi_thu", start_date="2024"))
        for month in (7, 8, 9, 10):
            _meeting(s, "monthly", dt.date(2026, month, 12), ids["thon3"])
        _meeting(s, "monthly", dt.date(2026, 9, 3), ids["thon4"])
        _meeting(s, "joint", dt.date(2026, 10, 20), ids["thon3"], [ids["thon4"]])
        _meeting(s, "briefing", dt.date(2026, 4, 2))
        s.add(
            Training(
                title="Lớp cảm tình Đoàn",
                kind="talk",
                level="commune",
                start_date=dt.date(2026, 10, 3),
                end_date=dt.date(2026, 10, 3),
            )
        )
        work = YouthWork(
            name="Đường hoa",
            kind="work",
            state="under_way",
            start_date=dt.date(2026, 8, 1),
            value=15_000_000,
        )
        s.add(work)
        s.add(
            YouthWork(
                name="Sân bóng",
                kind="work",
                state="planned",
                start_date=dt.date(2026, 11, 1),
                value=90_000_000,
            )
        )
        s.flush()
        s.add(YouthWorkChapter(work_id=work.id, chapter_id=ids["thon3"]))
        s.add(
            VolunteerDrive(
                name="Hiến máu", field="blood", start_date=dt.date(2026, 10, 5), participation=120
            )
        )
        s.add(
            VolunteerDrive(
                name="Mùa hè xanh",
                field="environment",
                start_date=dt.date(2026, 7, 5),
                participation=80,
            )
        )
        compliance.add_participation(s, ids["thon3"], dt.date(2026, 1, 1), pilot=True)
        compliance.add_participation(s, ids["thon4"], dt.date(2026, 7, 1))
    return unit_db, ids


def test_figures_this_quarter_beside_the_last(commune):
    db, ids = commune
    with db.session() as s:
        board = dashboard.build_dashboard(s, TODAY)
        report, _ = compute_values(s, Period.parse("2026Q4"), today=TODAY)
        before, _ = compute_values(s, Period.parse("2026Q3"), today=TODAY)
    assert (board.quarter.code, board.previous.code) == ("2026Q4", "2026Q3")
    f = board.figure
    assert f("chapters").current == 3
    assert (f("members").current, f("members").previous) == (
        report[("MEMBERS", "")],
        before[("MEMBERS", "")],
    )
    assert (f("members").current, f("members").previous) == (4, 3)  # Mới admitted in October
    assert (f("youth").current, f("youth").previous) == (report[("YOUTH", "")], 2)
    assert f("meetings").current == report[("MEETINGS_HELD", "")] == 1
    assert f("meetings").previous == before[("MEETINGS_HELD", "")] == 4
    assert f("trainings").current == report[("TRAININGS", "")] == 1
    assert f("works").current == report[("YOUTH_WORKS", "")] == 1  # the planned one, begun now
    assert f("works_value").current == report[("YOUTH_WORKS_VALUE", "")] == 90_000_000
    assert f("works").previous == before[("YOUTH_WORKS", "")] == 1
    assert f("volunteers").current == report[("VOLUNTEER_PARTICIPATION", "")]
    assert (f("volunteers").current, f("volunteers").previous) == (120, 80)
    # Thôn 3 has it all in Q3; in Q4 so far too. Thôn 4: no secretary.
    assert (f("three_have").current, f("three_have").previous) == (1, 1)
    assert f("share").current is None and "youth population" in f("share").note


def test_the_share_gathered_needs_the_youth_population(commune):
    db, _ = commune
    with db.session() as s:
        s.add(ManualValue(period="2026Q4", indicator="YOUTH_POPULATION", value="20"))
        board = dashboard.build_dashboard(s, TODAY)
    share = board.figure("share")
    assert share.current == Decimal("25.0") and share.note == ""  # (4 + 1) / 20
    assert share.previous is None


def test_chart_series(commune):
    db, ids = commune
    with db.session() as s:
        board = dashboard.build_dashboard(s, TODAY)
    # July: Thôn 3; September: both; October: Thôn 3, and Thôn 4 through the joint meeting.
    assert board.chapters_meeting[6:12] == [1, 1, 2, 2, 0, None]
    assert board.active_chapters == 3
    assert board.three_have_quarters == ["2026Q1", "2026Q2", "2026Q3", "2026Q4"]
    rows = {r.chapter: r.quarters for r in board.three_have}
    assert rows == {
        "Thôn 3": [False, False, True, True],
        "Thôn 4": [None, None, False, False],
    }
    assert [p.period for p in board.people] == [
        "2025Q3",
        "2025Q4",
        "2026Q1",
        "2026Q2",
        "2026Q3",
        "2026Q4",
    ]
    assert (board.people[-1].members, board.people[-1].youth) == (4, 1)
    assert (board.people[-2].members, board.people[-2].youth) == (3, 2)


def test_alerts_each_lead_to_a_record(commune):
    db, ids = commune
    with db.session() as s:
        alerts = dashboard.build_dashboard(s, TODAY).alerts
    found = {(a.kind, a.page, a.record_id, a.section) for a in alerts}
    assert found == {
        (dashboard.NO_SECRETARY, "chapters", ids["thon4"], ""),
        # October is last month: Thôn 3 and Thôn 4 met; the remote chapter meets quarterly.
        (dashboard.NO_BRIEFING, "models", None, "links"),
        (dashboard.NO_JOINT, "models", None, "links"),
        (dashboard.PAST_AGE, "people", ids["old"], ""),
        (dashboard.PAST_AGE, "people", ids["hen"], ""),
    }
    texts = {a.kind: a.text for a in alerts}
    assert texts[dashboard.NO_SECRETARY] == "Thôn 4 has no secretary"
    assert texts[dashboard.NO_JOINT] == "No joint meeting recorded for 11/2026 yet"


def test_no_meeting_last_month_and_the_alerts_that_go_away(commune):
    db, ids = commune
    with db.session() as s:
        day = dt.date(2026, 12, 3)  # last month is November: nobody met
        kinds = {(a.kind, a.record_id) for a in dashboard.alerts(s, day)}
        assert (dashboard.NO_MEETING, ids["thon3"]) in kinds
        assert (dashboard.NO_MEETING, ids["remote"]) not in kinds
        _meeting(s, "monthly", dt.date(2026, 11, 20), ids["thon3"])
        _meeting(s, "joint", dt.date(2026, 12, 2), ids["thon4"], [ids["thon3"]])
        _meeting(s, "briefing", dt.date(2026, 12, 1))
        s.add(
            Office(
                person_id=ids["new"],
                chapter_id=ids["thon4"],
                role="bi_thu",
                start_date="2026-11-01",
            )
        )
        s.flush()
        kinds = {a.kind for a in dashboard.alerts(s, day)}
    assert kinds == {dashboard.NO_MEETING, dashboard.PAST_AGE}
