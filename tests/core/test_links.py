""" "2 giao, 1 liên kết": the briefings with who came, the joint meetings by month, the host
rotation and the proposed next host (no Qt)."""

import datetime as dt

import pytest

from doan_desktop.core import links
from doan_desktop.core.chapters import ChapterInput, add_chapter
from doan_desktop.core.roster import PersonInput, save_person
from doan_desktop.core.store.models import Attendance, Chapter, Meeting, MeetingChapter, Office
from tests.conftest import TODAY  # 25 November 2026


def _secretary(session, chapter_id, name, role="bi_thu", start="2024-01-01", end=""):
    person = save_person(
        session,
        PersonInput(full_name=name, chapter_id=chapter_id, is_member=True, birth_date="2000"),
        today=TODAY,
    )
    session.add(
        Office(person_id=person, chapter_id=chapter_id, role=role, start_date=start, end_date=end)
    )
    session.flush()
    return person


def _meeting(session, kind, day, host=None, joined=(), for_month=""):
    row = Meeting(kind=kind, chapter_id=host, date=day, for_month=for_month)
    session.add(row)
    session.flush()
    for chapter_id in joined:
        session.add(MeetingChapter(meeting_id=row.id, chapter_id=chapter_id))
    session.flush()
    return row.id


@pytest.fixture
def commune(unit_db):
    ids = {}
    with unit_db.session() as s:
        for key, name, kind in (
            ("thon3", "Thôn 3", "thon"),
            ("thon1", "Thôn 1", "thon"),
            ("buon", "Buôn Ea Kmát", "buon"),
            ("tdp", "Tổ dân phố 2", "to_dan_pho"),
            ("school", "Trường THCS Hòa Phú", "school"),
        ):
            ids[key] = add_chapter(s, ChapterInput(name, kind))
        ids["an"] = _secretary(s, ids["thon3"], "Nguyễn Văn An")
        ids["binh"] = _secretary(s, ids["thon3"], "Trần Thị Bình", "pho_bi_thu")
        ids["hen"] = _secretary(s, ids["buon"], "H' Hen Niê")
        ids["khoa"] = _secretary(s, ids["thon1"], "Lê Văn Khoa")
        _secretary(s, ids["school"], "Đặng Thị Hoa")
    return unit_db, ids


def test_briefing_says_which_secretaries_came_and_which_did_not(commune):
    db, ids = commune
    with db.session() as s:
        briefing = _meeting(s, "briefing", dt.date(2026, 4, 10))
        s.add(Attendance(meeting_id=briefing, person_id=ids["an"], status="present"))
        s.add(Attendance(meeting_id=briefing, person_id=ids["binh"], status="absent"))
        s.add(Attendance(meeting_id=briefing, person_id=ids["hen"], status="excused", reason="Ốm"))
        year = links.year_links(s, 2026, TODAY)
    first, second = year.halves
    assert first.held and not second.held and first.over and second.current
    assert year.briefings_held == 1
    (held,) = first.briefings
    assert [(a.chapter, a.person_name) for a in held.came] == [("Thôn 3", "Nguyễn Văn An")]
    missed = {(a.chapter, a.person_name, a.status, a.reason) for a in held.missed}
    # The school is not residential: not expected. Thôn 3 came (its secretary), so its
    # absent deputy does not make it a chapter that missed the briefing.
    assert missed == {
        ("Buôn Ea Kmát", "H' Hen Niê", "excused", "Ốm"),
        ("Thôn 1", "Lê Văn Khoa", links.NOT_LISTED, ""),
        ("Tổ dân phố 2", "", links.NO_SECRETARY, ""),
    }


def test_a_secretary_out_of_office_on_the_day_is_not_expected(commune):
    db, ids = commune
    with db.session() as s:
        s.query(Office).filter(Office.person_id == ids["khoa"]).update({"start_date": "2026-09-01"})
        _meeting(s, "briefing", dt.date(2026, 8, 10))
        (held,) = links.year_links(s, 2026, TODAY).halves[1].briefings
    thon1 = [a for a in held.chapters if a.chapter == "Thôn 1"]
    assert [(a.person_name, a.status) for a in thon1] == [("", links.NO_SECRETARY)]


def test_joint_meetings_by_month_with_hosts_and_participants(commune):
    db, ids = commune
    with db.session() as s:
        _meeting(s, "joint", dt.date(2026, 1, 20), ids["thon3"], [ids["buon"], ids["thon1"]])
        _meeting(s, "joint", dt.date(2026, 3, 2), ids["buon"], [ids["thon3"]], "2026-02")
        _meeting(s, "joint", dt.date(2025, 12, 20), ids["thon1"], [ids["buon"]])
        year = links.year_links(s, 2026, TODAY)
    assert year.joint_held == 2
    jan, feb, mar = year.months[:3]
    assert [(m.host, m.participants) for m in jan.meetings] == [
        ("Thôn 3", ["Buôn Ea Kmát", "Thôn 1"])
    ]
    assert [m.host for m in feb.meetings] == ["Buôn Ea Kmát"]  # reported on February
    assert not mar.held and mar.over
    assert year.months[10].current and not year.months[11].over


def test_rotation_proposes_the_chapter_that_hosted_least_recently(commune):
    db, ids = commune
    with db.session() as s:
        # Never hosted first, in Vietnamese name order: Thôn 1 before Tổ dân phố 2.
        year = links.year_links(s, 2026, TODAY)
        assert [t.chapter for t in year.rotation] == [
            "Buôn Ea Kmát",
            "Thôn 1",
            "Thôn 3",
            "Tổ dân phố 2",
        ]
        assert year.next_host.chapter == "Buôn Ea Kmát"
        assert year.next_month == dt.date(2026, 11, 1)  # this month's not recorded yet
        _meeting(s, "joint", dt.date(2026, 9, 20), ids["buon"], [ids["thon3"]])
        _meeting(s, "joint", dt.date(2026, 10, 20), ids["thon1"], [ids["thon3"]])
        _meeting(s, "joint", dt.date(2026, 11, 5), ids["tdp"], [ids["thon3"]])
        year = links.year_links(s, 2026, TODAY)
    assert [(t.chapter, t.last_hosted) for t in year.rotation] == [
        ("Thôn 3", None),
        ("Buôn Ea Kmát", dt.date(2026, 9, 20)),
        ("Thôn 1", dt.date(2026, 10, 20)),
        ("Tổ dân phố 2", dt.date(2026, 11, 5)),
    ]
    assert year.next_host.chapter == "Thôn 3"
    assert year.next_month == dt.date(2026, 12, 1)
    assert [h.host for h in year.history] == ["Tổ dân phố 2", "Thôn 1", "Buôn Ea Kmát"]


def test_a_chapter_without_a_secretary_is_passed_over_however_long_ago_it_hosted(commune):
    db, ids = commune
    with db.session() as s:
        # Tổ dân phố 2 never hosted, so strict least-recent order would propose it first.
        _meeting(s, "joint", dt.date(2026, 8, 20), ids["buon"], [ids["thon3"]])
        _meeting(s, "joint", dt.date(2026, 9, 20), ids["thon3"], [ids["buon"]])
        _meeting(s, "joint", dt.date(2026, 10, 20), ids["thon1"], [ids["thon3"]])
        year = links.year_links(s, 2026, TODAY)
    assert [(t.chapter, t.secretary, t.passed_over) for t in year.rotation] == [
        ("Buôn Ea Kmát", "H' Hen Niê", False),
        ("Thôn 3", "Nguyễn Văn An", False),
        ("Thôn 1", "Lê Văn Khoa", False),
        ("Tổ dân phố 2", "", True),
    ]
    assert year.next_host.chapter == "Buôn Ea Kmát"
    assert [t.chapter for t in year.passed_over] == ["Tổ dân phố 2"]


def test_a_deputy_alone_or_a_secretary_whose_office_ended_does_not_make_a_host(commune):
    db, ids = commune
    with db.session() as s:
        s.query(Office).filter(Office.person_id == ids["an"]).update({"end_date": "2026-06-30"})
        s.query(Office).filter(Office.person_id == ids["khoa"]).update({"start_date": "2027"})
        year = links.year_links(s, 2026, TODAY)
        # Thôn 3 keeps its deputy, Thôn 1's secretary only starts next year.
        assert [t.chapter for t in year.passed_over] == ["Thôn 1", "Thôn 3", "Tổ dân phố 2"]
        assert year.next_host.chapter == "Buôn Ea Kmát"
        s.query(Office).filter(Office.person_id == ids["hen"]).update({"end_date": "2026-10-31"})
        year = links.year_links(s, 2026, TODAY)
    # Nobody can host: no proposal, every chapter still listed in the rotation.
    assert year.next_host is None
    assert [t.chapter for t in year.rotation] == [t.chapter for t in year.passed_over]
    assert len(year.rotation) == 4


def test_rotation_leaves_out_inactive_and_trashed_chapters_and_meetings(commune):
    db, ids = commune
    with db.session() as s:
        s.get(Chapter, ids["buon"]).active = False
        s.get(Chapter, ids["tdp"]).deleted_at = dt.datetime(2026, 1, 1)
        gone = _meeting(s, "joint", dt.date(2026, 10, 1), ids["thon1"], [ids["thon3"]])
        s.get(Meeting, gone).deleted_at = dt.datetime(2026, 10, 2)
        year = links.year_links(s, 2026, TODAY)
    assert [t.chapter for t in year.rotation] == ["Thôn 1", "Thôn 3"]
    assert year.history == []


def test_helpers_for_the_dashboard(commune):
    db, ids = commune
    with db.session() as s:
        assert not links.joint_recorded_this_month(s, TODAY)
        _meeting(s, "joint", dt.date(2026, 12, 1), ids["thon1"], [ids["thon3"]], "2026-11")
        assert links.joint_recorded_this_month(s, TODAY)
        assert not links.briefing_held(s, dt.date(2026, 7, 1), dt.date(2026, 12, 31))
        _meeting(s, "briefing", dt.date(2026, 7, 1))
        assert links.briefing_held(s, dt.date(2026, 7, 1), dt.date(2026, 12, 31))
