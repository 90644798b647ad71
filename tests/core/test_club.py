"""The secretaries' club: suggestions, joining and leaving, refused input, each member's
trainings and sessions (no Qt)."""

import datetime as dt

import pytest
from sqlalchemy import func, select

from doan_desktop.core import club
from doan_desktop.core import meetings as m
from doan_desktop.core import trainings as t
from doan_desktop.core.chapters import ChapterInput, add_chapter, set_active
from doan_desktop.core.roster import PersonInput, add_office, end_office, save_person
from doan_desktop.core.store.models import ChangeLog, ClubMember
from doan_desktop.core.validation import ValidationError
from tests.conftest import TODAY


@pytest.fixture
def commune(unit_db):
    ids = {}
    with unit_db.session() as s:
        ids["thon3"] = add_chapter(s, ChapterInput("Thôn 3", "thon"))
        ids["buon"] = add_chapter(s, ChapterInput("Buôn Ea Kmát", "buon"))
        ids["thon9"] = add_chapter(s, ChapterInput("Thôn 9", "thon"))
        ids["school"] = add_chapter(s, ChapterInput("Trường THPT Hòa Phú", "school"))
        for key, name, chapter in (
            ("an", "Nguyễn Văn An", "thon3"),
            ("binh", "Trần Thị Bình", "thon3"),
            ("hen", "H' Hen Niê", "buon"),
            ("old", "Lê Văn Cũ", "buon"),
            ("nine", "Phạm Văn Chín", "thon9"),
            ("student", "Đặng Thị Hoa", "school"),
        ):
            ids[key] = save_person(
                s, PersonInput(full_name=name, chapter_id=ids[chapter], is_member=True), today=TODAY
            )
        add_office(s, ids["an"], "bi_thu", ids["thon3"], "01/01/2024", today=TODAY)
        add_office(s, ids["binh"], "pho_bi_thu", ids["thon3"], "01/01/2024", today=TODAY)
        old = add_office(s, ids["old"], "bi_thu", ids["buon"], "2020", today=TODAY)
        end_office(s, old, "31/12/2022")
        add_office(s, ids["hen"], "bi_thu", ids["buon"], "2023", today=TODAY)
        add_office(s, ids["nine"], "bi_thu", ids["thon9"], "2023", today=TODAY)
        add_office(s, ids["student"], "bi_thu", ids["school"], "2024", today=TODAY)
        set_active(s, ids["thon9"], False)
    return ids


def test_suggestions_are_sitting_residential_secretaries_and_deputies(unit_db, commune):
    with unit_db.session() as s:
        names = [(x.name, x.chapter) for x in club.suggestions(s, TODAY)]
    # Secretaries first; not the former secretary, the school's, or the inactive chapter's.
    assert names == [
        ("Nguyễn Văn An", "Thôn 3"),
        ("H' Hen Niê", "Buôn Ea Kmát"),
        ("Trần Thị Bình", "Thôn 3"),
    ]


def test_members_join_and_leave_and_suggestions_follow(unit_db, commune):
    with unit_db.session() as s:
        an = club.add_member(s, commune["an"], "01/03/2025", today=TODAY)
        club.add_members(s, [commune["hen"], commune["binh"]], today=TODAY)
    with unit_db.session() as s:
        assert club.suggestions(s, TODAY) == []
        rows = club.list_members(s, today=TODAY)
    assert [(r.name, r.since) for r in rows][0] == ("Nguyễn Văn An", "2025-03-01")
    assert {r.since for r in rows[1:]} == {TODAY.isoformat()}
    assert (rows[0].office, rows[0].chapter) == ("Secretary", "Thôn 3")
    with unit_db.session() as s:
        club.end_membership(s, an, "30/06/2026", today=TODAY)
    with unit_db.session() as s:
        rows = club.list_members(s, today=TODAY)
        current = club.list_members(s, include_past=False, today=TODAY)
        suggested = [x.name for x in club.suggestions(s, TODAY)]
        actions = s.scalars(select(ChangeLog.action).where(ChangeLog.entity_id == an)).all()
    assert rows[-1].name == "Nguyễn Văn An" and rows[-1].until == "2026-06-30"
    assert not rows[-1].current
    assert "Nguyễn Văn An" not in [r.name for r in current]
    assert suggested == ["Nguyễn Văn An"]  # may join again
    assert actions == ["create", "update"]
    with unit_db.session() as s:
        club.add_member(s, commune["an"], today=TODAY)
        assert s.scalar(select(func.count()).select_from(ClubMember)) == 4


@pytest.mark.parametrize(
    ("person", "since", "key"),
    [
        (None, "", "person_id"),
        ("nobody", "", "person_id"),
        ("an", "31/02/2026", "since"),
        ("an", "2025", "since"),
        ("an", "01/12/2026", "since"),
    ],
)
def test_bad_joins_are_refused_with_nothing_written(unit_db, commune, person, since, key):
    person_id = commune.get(person, person)
    with unit_db.session() as s:
        with pytest.raises(ValidationError) as caught:
            club.add_member(s, person_id, since, today=TODAY)
    assert key in caught.value.problems.errors
    with unit_db.session() as s:
        assert s.scalar(select(func.count()).select_from(ClubMember)) == 0


def test_joining_twice_and_bad_endings_are_refused(unit_db, commune):
    with unit_db.session() as s:
        member = club.add_member(s, commune["an"], "01/03/2025", today=TODAY)
    with unit_db.session() as s:
        with pytest.raises(ValidationError) as caught:
            club.add_member(s, commune["an"], today=TODAY)
        assert "already a member" in caught.value.problems.errors["person_id"]
    # A batch with one bad person writes none of them.
    with pytest.raises(ValidationError):
        with unit_db.session() as s:
            club.add_members(s, [commune["hen"], commune["an"]], today=TODAY)
    for until in ("28/02/2025", "01/12/2026", "xx"):
        with unit_db.session() as s:
            with pytest.raises(ValidationError) as caught:
                club.end_membership(s, member, until, today=TODAY)
            assert "until" in caught.value.problems.errors
    with unit_db.session() as s:
        assert s.scalar(select(func.count()).select_from(ClubMember)) == 1
        assert s.get(ClubMember, member).until == ""
        club.end_membership(s, member, "", today=TODAY)
    with unit_db.session() as s:
        with pytest.raises(ValidationError) as caught:
            club.end_membership(s, member, "", today=TODAY)
        assert "already ended" in caught.value.problems.errors["until"]


def test_each_member_has_trainings_and_sessions_attended(unit_db, commune):
    with unit_db.session() as s:
        club.add_members(s, [commune["an"], commune["hen"]], "01/01/2026", today=TODAY)
        t.save_training(
            s,
            t.TrainingInput(
                title="Kỹ năng tổ chức sinh hoạt chi đoàn",
                kind=t.SKILLS,
                level=t.PROVINCE,
                start_date="10/05/2026",
                for_club=True,
                participants=[
                    t.ParticipantInput(commune["an"], result=t.COMPLETED),
                    t.ParticipantInput(commune["hen"], result=t.ABSENT),
                ],
            ),
            today=TODAY,
        )
        for day, hen in (("15/03/2026", "present"), ("15/06/2026", "excused")):
            # Expected at a club session: its members.
            expected = m.expected_people(s, "club", on_date=dt.date(2026, 3, 15))
            assert {p.person_id for p in expected} == {commune["an"], commune["hen"]}
            m.save_meeting(
                s,
                m.MeetingInput(
                    kind="club",
                    theme="Kỹ năng tuyên truyền",
                    date=day,
                    attendance=[
                        m.AttendanceInput(commune["an"]),
                        m.AttendanceInput(commune["hen"], hen, "Ốm" if hen != "present" else ""),
                    ],
                ),
                today=TODAY,
            )
    with unit_db.session() as s:
        rows = {r.name: r for r in club.list_members(s, today=TODAY)}
        an = club.member_activity(s, commune["an"])
        hen = club.member_activity(s, commune["hen"])
        sessions = club.list_sessions(s, 2026)
    assert (rows["Nguyễn Văn An"].trainings, rows["Nguyễn Văn An"].sessions) == (1, 2)
    assert (rows["H' Hen Niê"].trainings, rows["H' Hen Niê"].sessions) == (0, 1)
    assert [x.title for x in an.trainings] == ["Kỹ năng tổ chức sinh hoạt chi đoàn"]
    assert hen.trainings == []
    assert [(x.date, x.present) for x in hen.sessions] == [
        (dt.date(2026, 6, 15), False),
        (dt.date(2026, 3, 15), True),
    ]
    assert len(sessions) == 2
