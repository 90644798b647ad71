"""A chapter met in a month: one rule (core/chapter_months.py), and the overview's chart, the
year plan, "Chi đoàn 3 có" and the report all read it the same way.

The commune of these tests: in the third quarter of 2026 Thôn 1 held no meeting of its own in
July and August, but took part in July's joint meeting and hosted August's: it met every month,
on every screen."""

from __future__ import annotations

import datetime as dt

import pytest

from doan_desktop.core import chapter_months, compliance, dashboard, reporting
from doan_desktop.core import meetings as m
from doan_desktop.core.chapters import ChapterInput, add_chapter
from doan_desktop.core.periods import Period
from tests.conftest import TODAY

Q3 = Period(2026, "Q", 3)


def _meeting(session, kind, chapter=None, date="", **fields) -> str:
    data = m.MeetingInput(kind=kind, chapter_id=chapter, date=date, **fields)
    return m.save_meeting(session, data, today=TODAY)


@pytest.fixture
def commune(unit_db):
    ids = {}
    with unit_db.session() as s:
        for name, kind in (("Thôn 1", "thon"), ("Thôn 2", "thon"), ("Buôn Kram", "buon")):
            ids[name] = add_chapter(s, ChapterInput(name, kind))
            compliance.add_participation(s, ids[name], "01/01/2026")
        t1, t2, kram = ids["Thôn 1"], ids["Thôn 2"], ids["Buôn Kram"]
        ids["july joint"] = _meeting(s, "joint", t2, "18/07/2026", participant_ids=[t1])
        ids["august joint"] = _meeting(s, "joint", t1, "20/08/2026", participant_ids=[kram])
        ids["t1 september"] = _meeting(s, "monthly", t1, "10/09/2026", for_month="2026-09")
        # Held in October, reporting on September.
        ids["t2 september"] = _meeting(s, "monthly", t2, "02/10/2026", for_month="2026-09")
        ids["kram themed"] = _meeting(s, "themed", kram, "25/09/2026", theme="Phòng chống ma túy")
        trashed = _meeting(s, "monthly", kram, "05/08/2026", for_month="2026-08")
        m.delete_meeting(s, trashed)
        # The commune's meetings are no chapter's.
        _meeting(s, "briefing", None, "15/07/2026")
        _meeting(s, "bch", None, "16/07/2026")
    return ids


def test_own_meetings_and_joint_meetings_hosted_or_joined_count(unit_db, commune):
    with unit_db.session() as s:
        found = chapter_months.chapter_meetings(s, Q3.start, Q3.end)
    names = {commune[k]: k for k in ("Thôn 1", "Thôn 2", "Buôn Kram")}
    by = sorted((names[x.chapter_id], x.month, x.kind) for x in found)
    assert by == [
        ("Buôn Kram", "2026-08", "joint"),  # took part in the joint meeting
        ("Buôn Kram", "2026-09", "themed"),  # a draft counts
        ("Thôn 1", "2026-07", "joint"),  # took part
        ("Thôn 1", "2026-08", "joint"),  # hosted
        ("Thôn 1", "2026-09", "monthly"),
        ("Thôn 2", "2026-07", "joint"),  # hosted
        ("Thôn 2", "2026-09", "monthly"),  # for the month it reports on
    ]
    joined = next(x for x in found if x.meeting_id == commune["july joint"] and x.kind == "joint")
    assert joined.host_id == commune["Thôn 2"]
    assert all(x.state == "draft" for x in found)


def test_only_the_months_and_chapters_asked_about(unit_db, commune):
    with unit_db.session() as s:
        august = chapter_months.chapter_meetings(s, dt.date(2026, 8, 1), dt.date(2026, 8, 31))
        thon2 = chapter_months.chapter_meetings(s, Q3.start, Q3.end, [commune["Thôn 2"]])
        october = chapter_months.chapter_meetings(s, dt.date(2026, 10, 1), dt.date(2026, 10, 31))
    assert {x.chapter_id for x in august} == {commune["Thôn 1"], commune["Buôn Kram"]}
    assert {x.month for x in thon2} == {"2026-07", "2026-09"}
    assert october == []  # the meeting held on 2 October reports on September
    met = chapter_months.chapters_met(august)
    assert met == {"2026-08": {commune["Thôn 1"], commune["Buôn Kram"]}}
    assert chapter_months.months_met(thon2) == {commune["Thôn 2"]: {"2026-07", "2026-09"}}


def test_the_overview_chart_counts_the_chapters_that_met(unit_db, commune):
    with unit_db.session() as s:
        figures = dashboard.build_dashboard(s, TODAY)
    assert figures.chapters_meeting[6:9] == [2, 2, 3]  # July, August, September


def test_the_year_plan_shows_the_same_months(unit_db, commune):
    with unit_db.session() as s:
        plan = m.year_plan(s, 2026, TODAY)
    rows = {r.chapter: r for r in plan.chapters}
    met = {name: [bool(month) for month in row.months[6:9]] for name, row in rows.items()}
    assert met == {
        "Thôn 1": [True, True, True],
        "Thôn 2": [True, False, True],
        "Buôn Kram": [False, True, True],
    }
    july = rows["Thôn 1"].months[6][0]
    assert (july.id, july.kind, july.host) == (commune["july joint"], "joint", "Thôn 2")


def test_chi_doan_3_co_evidence_lists_the_same_meetings(unit_db, commune):
    with unit_db.session() as s:
        results = {r.chapter: r for r in compliance.assess_period(s, Q3, TODAY)}
    thon1 = results["Thôn 1"]
    assert [[ref.id for ref in month.meetings] for month in thon1.months] == [
        [commune["july joint"]],
        [commune["august joint"]],
        [commune["t1 september"]],
    ]
    assert [ref.host for ref in thon1.months[0].meetings] == ["Thôn 2"]
    assert thon1.activity.met
    assert results["Thôn 2"].activity.reasons == ["No meeting in month 8"]
    assert results["Buôn Kram"].activity.reasons == ["No meeting in month 7"]


def test_the_report_counts_the_chapters_that_met_every_month(unit_db, commune):
    with unit_db.session() as s:
        values, _chapters = reporting.compute_values(s, Q3, today=TODAY)
    assert values[("CHAPTERS_MET_MONTHLY", "")] == 1  # Thôn 1, by its joint meetings
    # Meetings held are the chapters' own meetings (the joint ones have their own line).
    assert values[("MEETINGS_HELD", "")] == 3
    assert values[("JOINT_MEETINGS_HELD", "")] == 2


def test_the_overview_alert_agrees_with_the_year_plan(unit_db, commune):
    """The overview's "no meeting last month" alert reads the same rule."""
    with unit_db.session() as s:
        met = dashboard.chapters_meeting_by_month(s, dt.date(2026, 8, 1), dt.date(2026, 8, 31))
    assert met["2026-08"] == {commune["Thôn 1"], commune["Buôn Kram"]}
