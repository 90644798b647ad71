"""Trainings: the rules that refuse bad input (nothing written), saving and editing
participants, the list and its filters, trash, a person's trainings and history (no Qt)."""

import datetime as dt

import pytest
from sqlalchemy import func, select

from doan_desktop.core import meetings as m
from doan_desktop.core import trainings as t
from doan_desktop.core.chapters import ChapterInput, add_chapter
from doan_desktop.core.person_history import person_history
from doan_desktop.core.roster import PersonInput, delete_person, save_person
from doan_desktop.core.store.models import ChangeLog, Training, TrainingParticipant
from doan_desktop.core.validation import ValidationError
from tests.conftest import TODAY


@pytest.fixture
def roster(unit_db):
    ids = {}
    with unit_db.session() as s:
        ids["thon3"] = add_chapter(s, ChapterInput("Thôn 3", "thon"))
        for key, name, member in (
            ("an", "Nguyễn Văn An", True),
            ("binh", "Trần Thị Bình", True),
            ("phon", "Y Phôn Ksơr", False),
            ("hen", "H' Hen Niê", False),
        ):
            ids[key] = save_person(
                s,
                PersonInput(full_name=name, chapter_id=ids["thon3"], is_member=member),
                today=TODAY,
            )
    return ids


def _class(ids, **changes) -> t.TrainingInput:
    data = t.TrainingInput(
        title="Lớp bồi dưỡng nhận thức về Đoàn",
        kind=t.PRE_ADMISSION,
        level=t.COMMUNE,
        start_date="10/03/2026",
        end_date="11/03/2026",
        place="Hội trường UBND xã",
        trainers="Đỗ Minh Khôi, Bí thư Đoàn xã",
        topics="Lịch sử Đoàn; Điều lệ Đoàn",
        hours="7,5",
        participants=[
            t.ParticipantInput(ids["phon"], result=t.COMPLETED, certificate_number="01/GCN"),
            t.ParticipantInput(ids["hen"], result=t.COMPLETED, certificate_number="02/GCN"),
            t.ParticipantInput(ids["an"], result=t.ATTENDED),
            t.ParticipantInput(guest_name="Lê Thị Cúc", guest_title="Cán bộ văn hóa xã"),
            t.ParticipantInput(ids["binh"], result=t.ABSENT),
        ],
    )
    for key, value in changes.items():
        setattr(data, key, value)
    return data


def _count(session, model) -> int:
    return session.scalar(select(func.count()).select_from(model))


def test_a_training_is_saved_with_its_participants_and_logged(unit_db, roster):
    with unit_db.session() as s:
        training_id = t.save_training(s, _class(roster), today=TODAY)
    with unit_db.session() as s:
        detail = t.get_training(s, training_id)
        log = s.scalars(select(ChangeLog).where(ChangeLog.entity_id == training_id)).all()
    assert detail.data.title == "Lớp bồi dưỡng nhận thức về Đoàn"
    assert detail.data.hours == "7,5"
    assert detail.data.start_date == "10/03/2026" and detail.data.end_date == "11/03/2026"
    assert [p.name for p in detail.participants] == [
        "Y Phôn Ksơr",
        "H' Hen Niê",
        "Nguyễn Văn An",
        "Lê Thị Cúc",
        "Trần Thị Bình",
    ]
    assert detail.participants[0].detail == "Thôn 3"
    assert detail.participants[3].is_guest and detail.participants[3].detail == "Cán bộ văn hóa xã"
    assert detail.data.participants[1].certificate_number == "02/GCN"
    assert [entry.action for entry in log] == ["create"]
    assert len(log[0].after["participants"]) == 5


def test_the_list_counts_and_filters(unit_db, roster):
    with unit_db.session() as s:
        first = t.save_training(s, _class(roster), today=TODAY)
        t.save_training(
            s,
            t.TrainingInput(
                title="Chuyển đổi số cho thanh niên nông thôn",
                kind=t.TALK,
                level=t.COMMUNE,
                start_date="20/09/2026",
                hours="3",
                for_club=True,
            ),
            today=TODAY,
        )
        t.save_training(
            s,
            t.TrainingInput(
                title="Kỹ năng tổ chức sinh hoạt chi đoàn",
                kind=t.SKILLS,
                level=t.PROVINCE,
                start_date="02/12/2025",
                end_date="04/12/2025",
            ),
            today=TODAY,
        )
        everything = t.list_trainings(s)
        by_year = t.list_trainings(s, t.TrainingFilter(year=2026))
        club = t.list_trainings(s, t.TrainingFilter(for_club=True))
        province = t.list_trainings(s, t.TrainingFilter(level=t.PROVINCE))
        talks = t.list_trainings(s, t.TrainingFilter(kind=t.TALK))
        # Search ignores diacritics and case, on the title, place, trainers and topics.
        found = t.list_trainings(s, t.TrainingFilter(search="dieu le DOAN"))
        years = t.training_years(s)
    assert [r.start_date for r in everything] == [
        dt.date(2026, 9, 20),
        dt.date(2026, 3, 10),
        dt.date(2025, 12, 2),
    ]
    row = next(r for r in everything if r.id == first)
    assert (row.participants, row.completed, row.absent, row.hours) == (4, 2, 1, "7.5")
    assert len(by_year) == 2
    assert [r.title for r in club] == ["Chuyển đổi số cho thanh niên nông thôn"]
    assert [r.kind for r in province] == [t.SKILLS]
    assert [r.kind for r in talks] == [t.TALK]
    assert [r.id for r in found] == [first]
    assert years == [2026, 2025]


def test_editing_replaces_the_participants_and_logs_the_change(unit_db, roster):
    with unit_db.session() as s:
        training_id = t.save_training(s, _class(roster), today=TODAY)
    data = _class(roster)
    data.participants = data.participants[:2]
    data.participants[1].certificate_number = "  "
    data.participants[1].result = t.ATTENDED
    with unit_db.session() as s:
        t.save_training(s, data, training_id, today=TODAY)
    with unit_db.session() as s:
        detail = t.get_training(s, training_id)
        actions = s.scalars(
            select(ChangeLog.action).where(ChangeLog.entity_id == training_id)
        ).all()
        rows = _count(s, TrainingParticipant)
    assert [p.result for p in detail.participants] == [t.COMPLETED, t.ATTENDED]
    assert detail.participants[1].certificate_number == ""
    assert rows == 2  # the removed participants are gone, not orphaned
    assert actions == ["create", "update"]


@pytest.mark.parametrize(
    ("changes", "key"),
    [
        ({"title": "   "}, "title"),
        ({"start_date": "", "end_date": ""}, "start_date"),
        ({"start_date": "31/02/2026"}, "start_date"),
        ({"start_date": "2026"}, "start_date"),
        ({"end_date": "09/03/2026"}, "end_date"),
        ({"hours": "-2"}, "hours"),
        ({"hours": "bốn"}, "hours"),
        ({"hours": "49"}, "hours"),  # two days hold 48 hours at most
        ({"kind": "lecture"}, "kind"),
        ({"level": "district"}, "level"),
        ({"start_date": "01/12/2026", "end_date": ""}, "start_date"),  # held in the future
        ({"end_date": "30/11/2026", "start_date": "20/11/2026"}, "end_date"),
    ],
)
def test_bad_fields_are_refused_under_their_key_with_nothing_written(unit_db, roster, changes, key):
    with unit_db.session() as s:
        with pytest.raises(ValidationError) as caught:
            t.save_training(s, _class(roster, **changes), today=TODAY)
    assert key in caught.value.problems.errors
    assert caught.value.problems.errors[key]
    with unit_db.session() as s:
        assert _count(s, Training) == 0
        assert _count(s, TrainingParticipant) == 0
        assert s.scalar(select(func.count()).where(ChangeLog.entity == "training")) == 0


def _participants_refused(unit_db, roster, participants) -> dict[str, str]:
    with unit_db.session() as s:
        with pytest.raises(ValidationError) as caught:
            t.save_training(s, _class(roster, participants=participants), today=TODAY)
    with unit_db.session() as s:
        assert _count(s, Training) == 0 and _count(s, TrainingParticipant) == 0
    return caught.value.problems.errors


def test_a_certificate_for_someone_who_did_not_complete_is_refused(unit_db, roster):
    errors = _participants_refused(
        unit_db,
        roster,
        [
            t.ParticipantInput(roster["phon"], result=t.COMPLETED, certificate_number="01"),
            t.ParticipantInput(roster["hen"], result=t.ATTENDED, certificate_number="02"),
        ],
    )
    assert set(errors) == {"participants.1.certificate_number"}
    assert "Row 2" in errors["participants.1.certificate_number"]


def test_a_duplicate_certificate_number_is_refused(unit_db, roster):
    errors = _participants_refused(
        unit_db,
        roster,
        [
            t.ParticipantInput(roster["phon"], result=t.COMPLETED, certificate_number="01/ĐTN"),
            t.ParticipantInput(roster["hen"], result=t.COMPLETED, certificate_number="01/đtn "),
        ],
    )
    assert set(errors) == {"participants.1.certificate_number"}
    assert "row 1" in errors["participants.1.certificate_number"]


def test_a_participant_listed_twice_is_refused(unit_db, roster):
    errors = _participants_refused(
        unit_db,
        roster,
        [
            t.ParticipantInput(roster["phon"]),
            t.ParticipantInput(guest_name="Lê Thị Cúc", guest_title="Xã"),
            t.ParticipantInput(roster["phon"], result=t.ABSENT),
            t.ParticipantInput(guest_name="le thi cuc", guest_title="xã"),
        ],
    )
    assert set(errors) == {"participants.2.person_id", "participants.3.guest_name"}
    assert "Y Phôn Ksơr" in errors["participants.2.person_id"]


def test_unknown_people_nameless_guests_and_bad_results_are_refused(unit_db, roster):
    with unit_db.session() as s:
        delete_person(s, roster["binh"])
    errors = _participants_refused(
        unit_db,
        roster,
        [
            t.ParticipantInput("no-such-person"),
            t.ParticipantInput(guest_name="  ", guest_title="Khách"),
            t.ParticipantInput(roster["binh"]),
            t.ParticipantInput(roster["an"], result="passed"),
        ],
    )
    assert set(errors) == {
        "participants.0.person_id",
        "participants.1.guest_name",
        "participants.2.person_id",
        "participants.3.result",
    }
    assert "trash" in errors["participants.2.person_id"]


def test_a_planned_training_may_be_in_the_future_with_invited_people_only(unit_db, roster):
    planned = _class(
        roster,
        state=t.PLANNED,
        start_date="15/12/2026",
        end_date="16/12/2026",
        participants=[t.ParticipantInput(roster["phon"], result=t.REGISTERED)],
    )
    with unit_db.session() as s:
        training_id = t.save_training(s, planned, today=TODAY)
        row = t.list_trainings(s, t.TrainingFilter(state=t.PLANNED))[0]
    assert row.id == training_id and row.participants == 1
    # Results and certificates wait until it is held.
    planned.participants = [
        t.ParticipantInput(roster["phon"], result=t.COMPLETED, certificate_number="01")
    ]
    with unit_db.session() as s:
        problems = t.validate_training(s, planned, TODAY)
    assert set(problems.errors) == {"participants.0.result"}
    # A held training has no "invited" left.
    held = _class(roster, participants=[t.ParticipantInput(roster["an"], result=t.REGISTERED)])
    with unit_db.session() as s:
        assert set(t.validate_training(s, held, TODAY).errors) == {"participants.0.result"}
    # A plan whose dates have passed is accepted, with a reminder.
    past = _class(roster, state=t.PLANNED, participants=[])
    with unit_db.session() as s:
        problems = t.validate_training(s, past, TODAY)
    assert problems.ok and "state" in problems.warnings


def test_hours_are_decimals_with_a_comma_or_a_point(unit_db, roster):
    assert t.parse_hours("7,5") == (t.Decimal("7.5"), None)
    assert t.parse_hours(" 4 ") == (t.Decimal(4), None)
    assert t.parse_hours("") == (None, None)
    assert t.parse_hours("0") == (t.Decimal(0), None)
    assert t.parse_hours("-0,5")[1]
    assert t.parse_hours("1.234")[1]
    with unit_db.session() as s:
        training_id = t.save_training(s, _class(roster, hours="12.50"), today=TODAY)
        assert s.get(Training, training_id).hours == "12.5"


def test_delete_moves_to_the_trash_and_restore_brings_back(unit_db, roster):
    with unit_db.session() as s:
        training_id = t.save_training(s, _class(roster), today=TODAY)
    with unit_db.session() as s:
        t.delete_training(s, training_id)
    with unit_db.session() as s:
        assert t.list_trainings(s) == []
        assert [r.id for r in t.list_trainings(s, deleted=True)] == [training_id]
        assert t.person_trainings(s, roster["phon"]) == []
        assert _count(s, TrainingParticipant) == 5  # kept whole in the trash
        with pytest.raises(ValidationError) as caught:
            t.save_training(s, _class(roster), training_id, today=TODAY)
        assert "state" in caught.value.problems.errors
    with unit_db.session() as s:
        t.restore_training(s, training_id)
    with unit_db.session() as s:
        assert [r.id for r in t.list_trainings(s)] == [training_id]
        actions = s.scalars(
            select(ChangeLog.action).where(ChangeLog.entity_id == training_id)
        ).all()
    assert actions == ["create", "delete", "restore"]


def test_a_persons_history_lists_meetings_and_trainings_newest_first(unit_db, roster):
    with unit_db.session() as s:
        t.save_training(s, _class(roster), today=TODAY)
        t.save_training(
            s,
            _class(roster, title="Phòng chống ma túy", start_date="05/06/2026", end_date=""),
            today=TODAY,
        )
        for day, status in (("05/02/2026", "present"), ("05/04/2026", "excused")):
            m.save_meeting(
                s,
                m.MeetingInput(
                    kind="monthly",
                    chapter_id=roster["thon3"],
                    date=day,
                    attendance=[
                        m.AttendanceInput(roster["an"]),
                        m.AttendanceInput(
                            roster["binh"], status, "Ốm" if status != "present" else ""
                        ),
                    ],
                ),
                today=TODAY,
            )
        history = person_history(s, roster["binh"])
    assert history.name == "Trần Thị Bình"
    assert [(x.date, x.status, x.reason) for x in history.meetings] == [
        (dt.date(2026, 4, 5), "excused", "Ốm"),
        (dt.date(2026, 2, 5), "present", ""),
    ]
    assert all(x.chapter == "Thôn 3" for x in history.meetings)
    assert [(x.title, x.result) for x in history.trainings] == [
        ("Phòng chống ma túy", t.ABSENT),
        ("Lớp bồi dưỡng nhận thức về Đoàn", t.ABSENT),
    ]


def test_the_sample_commune_has_a_year_of_trainings_and_its_club(database):
    from doan_desktop.core import club
    from doan_desktop.core.demo import fill_sample_commune

    with database.session() as s:
        fill_sample_commune(s, people=150, today=TODAY)
    with database.session() as s:
        rows = t.list_trainings(s)
        members = club.list_members(s, today=TODAY)
        sessions = club.list_sessions(s)
        pre = next(r for r in rows if r.kind == t.PRE_ADMISSION)
        certificates = [
            p.certificate_number
            for p in t.get_training(s, pre.id).participants
            if p.certificate_number
        ]
    assert {r.kind for r in rows} >= {t.PRE_ADMISSION, t.TALK, t.SKILLS}
    assert any(r.level == t.PROVINCE and r.for_club for r in rows)
    assert any(r.state == t.PLANNED and r.start_date > TODAY for r in rows)
    assert all(r.end_date <= TODAY for r in rows if r.state == t.HELD)
    assert pre.completed >= 1 and len(set(certificates)) == len(certificates) == pre.completed
    assert members and all(r.office.startswith("Secretary") for r in members)
    assert len(sessions) == 3 and all(r.kind == "club" for r in sessions)
    assert sum(r.sessions for r in members) > 0
