"""Meetings: who is expected, the rules that refuse bad minutes, finalise and reopen, the list,
the year plan and what the minutes print (no Qt)."""

import datetime as dt

import pytest
from sqlalchemy import func, select

from doan_desktop.core import meetings as m
from doan_desktop.core.chapters import ChapterInput, add_chapter
from doan_desktop.core.roster import PersonInput, add_office, save_person
from doan_desktop.core.store.models import (
    Attendance,
    ChangeLog,
    ClubMember,
    Meeting,
    MeetingGuest,
    MeetingRevision,
)
from doan_desktop.core.validation import ValidationError
from tests.conftest import TODAY


def _person(session, name, chapter_id=None, member=True, status="active"):
    return save_person(
        session,
        PersonInput(
            full_name=name,
            chapter_id=chapter_id,
            is_member=member,
            birth_date="2000",
            status=status,
        ),
        today=TODAY,
    )


@pytest.fixture
def commune(unit_db):
    """Two residential chapters and a school chapter, with members, secretaries and a
    commune committee."""
    ids = {}
    with unit_db.session() as s:
        ids["thon3"] = add_chapter(s, ChapterInput("Thôn 3", "thon"))
        ids["buon"] = add_chapter(s, ChapterInput("Buôn Ea Kmát", "buon"))
        ids["school"] = add_chapter(s, ChapterInput("Trường THPT Hòa Phú", "school"))
        ids["an"] = _person(s, "Nguyễn Văn An", ids["thon3"])
        ids["binh"] = _person(s, "Trần Thị Bình", ids["thon3"])
        ids["cuong"] = _person(s, "Lê Văn Cường", ids["thon3"])
        ids["dung"] = _person(s, "Phạm Thị Dung", ids["thon3"])
        ids["youth"] = _person(s, "Hoàng Văn Em", ids["thon3"], member=False)
        ids["gone"] = _person(s, "Vũ Văn Giang", ids["thon3"], status="transferred_out")
        ids["hen"] = _person(s, "H' Hen Niê", ids["buon"])
        ids["phon"] = _person(s, "Y Phôn Ksơr", ids["buon"])
        ids["student"] = _person(s, "Đặng Thị Hoa", ids["school"])
        ids["chief"] = _person(s, "Đỗ Minh Khôi", None)
        add_office(s, ids["an"], "bi_thu", ids["thon3"], "01/01/2024", today=TODAY)
        add_office(s, ids["binh"], "pho_bi_thu", ids["thon3"], "01/01/2024", today=TODAY)
        add_office(s, ids["hen"], "bi_thu", ids["buon"], "2023", today=TODAY)
        add_office(s, ids["student"], "bi_thu", ids["school"], "2024", today=TODAY)
        add_office(s, ids["chief"], "bi_thu", None, "2022", today=TODAY)
    return ids


def _monthly(ids, **changes) -> m.MeetingInput:
    data = m.MeetingInput(
        kind="monthly",
        chapter_id=ids["thon3"],
        date="05/02/2026",
        for_month="2026-01",
        start_time="19:30",
        end_time="21:00",
        place="Nhà văn hóa thôn 3",
        chair_id=ids["an"],
        secretary_id=ids["binh"],
        attendance=[
            m.AttendanceInput(ids["an"]),
            m.AttendanceInput(ids["binh"]),
            m.AttendanceInput(ids["cuong"], "excused", "Đi làm ăn xa"),
            m.AttendanceInput(ids["dung"], "absent"),
        ],
        guests=[m.GuestInput("Đỗ Minh Khôi", "Bí thư Đoàn xã")],
        agenda=["Đánh giá hoạt động tháng 01", "Triển khai nhiệm vụ tháng 02"],
        discussion=[
            m.SpeechInput("Nguyễn Văn An", "Báo cáo kết quả tháng 01."),
            m.SpeechInput("Trần Thị Bình", "Đề nghị tổ chức dọn vệ sinh đường làng."),
        ],
        conclusions="Thống nhất kế hoạch tháng 02.",
        resolutions="Ra quân dọn vệ sinh ngày 15/02.",
        vote_for=2,
        vote_against=0,
        vote_other=0,
    )
    for key, value in changes.items():
        setattr(data, key, value)
    return data


def _count(session, model) -> int:
    return session.scalar(select(func.count()).select_from(model))


def _refused(db, data, key, meeting_id=None, finalise=False):
    """Saving ``data`` is refused with an error under ``key`` and writes nothing."""
    with db.session() as s:
        before = (_count(s, Meeting), _count(s, Attendance), _count(s, ChangeLog))
    with pytest.raises(ValidationError) as caught, db.session() as s:
        m.save_meeting(s, data, meeting_id, today=TODAY, finalise=finalise)
    with db.session() as s:
        assert (_count(s, Meeting), _count(s, Attendance), _count(s, ChangeLog)) == before
    assert key in caught.value.problems.errors, caught.value.problems.errors
    return caught.value.problems.errors[key]


# ----------------------------------------------------------------------------- expected people


def _names(people):
    return [p.name for p in people]


def test_a_chapter_meeting_expects_the_current_members_of_the_chapter(unit_db, commune):
    with unit_db.session() as s:
        people = m.expected_people(s, "monthly", commune["thon3"], on_date=TODAY)
    # Given-name order; the youth (not a member) and the transferred-out member are left out.
    assert _names(people) == ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung"]
    assert {p.detail for p in people} == {"Thôn 3"}


def test_a_joint_meeting_expects_the_secretaries_of_the_chapters_taking_part(unit_db, commune):
    with unit_db.session() as s:
        people = m.expected_people(s, "joint", commune["thon3"], [commune["buon"]], TODAY)
    assert sorted(_names(people)) == sorted(["Nguyễn Văn An", "Trần Thị Bình", "H' Hen Niê"])
    details = {p.name: p.detail for p in people}
    assert details["Trần Thị Bình"] == "Deputy secretary, Thôn 3"


def test_a_briefing_expects_residential_secretaries_and_the_commune_committee(unit_db, commune):
    with unit_db.session() as s:
        people = m.expected_people(s, "briefing", on_date=TODAY)
    names = _names(people)
    assert sorted(names) == sorted(["Nguyễn Văn An", "Trần Thị Bình", "H' Hen Niê", "Đỗ Minh Khôi"])
    assert "Đặng Thị Hoa" not in names  # the school chapter is not residential


def test_a_briefing_uses_the_offices_held_on_its_date(unit_db, commune):
    with unit_db.session() as s:
        people = m.expected_people(s, "briefing", on_date=dt.date(2023, 6, 1))
    # Only the buôn's secretary (since 2023) and the commune secretary (since 2022) sat then.
    assert sorted(_names(people)) == sorted(["H' Hen Niê", "Đỗ Minh Khôi"])


def test_a_bch_meeting_expects_the_commune_office_holders(unit_db, commune):
    with unit_db.session() as s:
        assert _names(m.expected_people(s, "bch", on_date=TODAY)) == ["Đỗ Minh Khôi"]


def test_a_club_session_expects_the_club_members_or_else_the_secretaries(unit_db, commune):
    with unit_db.session() as s:
        fallback = _names(m.expected_people(s, "club", on_date=TODAY))
        assert sorted(fallback) == sorted(["Nguyễn Văn An", "Trần Thị Bình", "H' Hen Niê"])
        s.add(ClubMember(person_id=commune["phon"], since="2025-01-01"))
        s.add(ClubMember(person_id=commune["hen"], since="2025-01-01", until="2025-06-30"))
        s.flush()
        assert _names(m.expected_people(s, "club", on_date=TODAY)) == ["Y Phôn Ksơr"]


# ----------------------------------------------------------------------------- good input


def test_save_and_read_back_a_meeting(unit_db, commune):
    with unit_db.session() as s:
        meeting_id = m.save_meeting(s, _monthly(commune), today=TODAY)
    with unit_db.session() as s:
        detail = m.get_meeting(s, meeting_id)
        entry = s.scalars(select(ChangeLog).where(ChangeLog.entity_id == meeting_id)).one()
    assert entry.action == "create"
    assert detail.state == "draft" and not detail.is_final
    assert detail.data.date == "05/02/2026"
    assert detail.data.start_time == "19:30"
    assert [a.status for a in detail.data.attendance] == ["present", "present", "excused", "absent"]
    assert detail.data.attendance[2].reason == "Đi làm ăn xa"
    assert detail.data.guests == [m.GuestInput("Đỗ Minh Khôi", "Bí thư Đoàn xã")]
    assert detail.data.discussion[1].speaker == "Trần Thị Bình"
    assert [p.name for p in detail.attendees][0] == "Nguyễn Văn An"


def test_totals_count_present_excused_absent_and_guests_apart(commune):
    total = m.totals(_monthly(commune))
    assert (total.expected, total.present, total.excused, total.absent, total.guests) == (
        4,
        2,
        1,
        1,
        1,
    )


def test_times_are_read_as_offices_write_them():
    assert m.parse_time("7:30") == ("07:30", None)
    assert m.parse_time("19h30") == ("19:30", None)
    assert m.parse_time("")[0] == ""
    assert m.parse_time("25:00")[1]
    assert m.parse_time("half past seven")[1]


def test_an_excused_reason_is_kept_only_for_the_excused(unit_db, commune):
    data = _monthly(commune)
    data.attendance[0].reason = "stray text"
    with unit_db.session() as s:
        meeting_id = m.save_meeting(s, data, today=TODAY)
        assert m.get_meeting(s, meeting_id).data.attendance[0].reason == ""


# ----------------------------------------------------------------------------- bad input


def test_an_end_before_the_start_is_refused(unit_db, commune):
    message = _refused(unit_db, _monthly(commune, end_time="18:00"), "end_time")
    assert message == "The meeting cannot end before it starts."


def test_a_badly_typed_time_is_refused(unit_db, commune):
    assert "hh:mm" in _refused(unit_db, _monthly(commune, start_time="7 giờ"), "start_time")


def test_a_future_meeting_is_refused(unit_db, commune):
    message = _refused(unit_db, _monthly(commune, date="26/11/2026"), "date")
    assert "future" in message


def test_a_missing_or_unreadable_date_is_refused(unit_db, commune):
    _refused(unit_db, _monthly(commune, date=""), "date")
    _refused(unit_db, _monthly(commune, date="2026"), "date")
    _refused(unit_db, _monthly(commune, date="31/02/2026"), "date")


def test_a_chair_not_among_those_present_is_refused(unit_db, commune):
    message = _refused(unit_db, _monthly(commune, chair_id=commune["cuong"]), "chair_id")
    assert "Lê Văn Cường is not among those present" in message


def test_a_secretary_not_among_those_present_is_refused(unit_db, commune):
    _refused(unit_db, _monthly(commune, secretary_id=commune["dung"]), "secretary_id")
    # A guest cannot sign as secretary either: they are not on the attendance list.
    _refused(unit_db, _monthly(commune, secretary_id=commune["chief"]), "secretary_id")


def test_the_chair_cannot_also_be_the_secretary(unit_db, commune):
    _refused(unit_db, _monthly(commune, secretary_id=commune["an"]), "secretary_id")


def test_a_non_member_marked_as_attending_is_refused(unit_db, commune):
    # The chapter's own youth may be invited (see the minutes tests); others are guests.
    for outsider in ("hen", "gone"):
        data = _monthly(commune)
        data.attendance.append(m.AttendanceInput(commune[outsider]))
        message = _refused(unit_db, data, "attendance")
        assert "record them as a guest" in message


def test_the_same_person_twice_is_refused(unit_db, commune):
    data = _monthly(commune)
    data.attendance.append(m.AttendanceInput(commune["an"], "absent"))
    assert "twice" in _refused(unit_db, data, "attendance")


def test_finalising_without_a_chair_and_a_secretary_is_refused(unit_db, commune):
    data = _monthly(commune, chair_id=None, secretary_id=None)
    with pytest.raises(ValidationError) as caught, unit_db.session() as s:
        m.save_meeting(s, data, today=TODAY, finalise=True)
    assert set(caught.value.problems.errors) == {"chair_id", "secretary_id"}
    with unit_db.session() as s:
        assert _count(s, Meeting) == 0
        # The same draft saves fine: the chair and secretary can be filled in later.
        meeting_id = m.save_meeting(s, data, today=TODAY)
    with pytest.raises(ValidationError) as caught, unit_db.session() as s:
        m.finalise_meeting(s, meeting_id, today=TODAY)
    assert "chair_id" in caught.value.problems.errors
    with unit_db.session() as s:
        assert m.get_meeting(s, meeting_id).state == "draft"


def test_chapter_theme_participants_and_vote_rules(unit_db, commune):
    _refused(unit_db, _monthly(commune, chapter_id=None), "chapter_id")
    _refused(unit_db, _monthly(commune, chapter_id="no-such-id"), "chapter_id")
    _refused(unit_db, _monthly(commune, kind="party"), "kind")
    _refused(unit_db, _monthly(commune, kind="themed", theme=" "), "theme")
    joint = _monthly(commune, kind="joint", participant_ids=[commune["thon3"]], attendance=[])
    joint.chair_id = joint.secretary_id = None
    _refused(unit_db, joint, "participants")
    message = _refused(unit_db, _monthly(commune, vote_for=3), "vote")
    assert "only 2 people are marked present" in message
    _refused(unit_db, _monthly(commune, vote_against=-1), "vote")
    _refused(unit_db, _monthly(commune, discussion=[m.SpeechInput("", "Ý kiến")]), "discussion")
    _refused(unit_db, _monthly(commune, guests=[m.GuestInput("", "Cán bộ")]), "guests")


# ----------------------------------------------------------------------------- final and reopen


def test_final_minutes_are_read_only_and_cannot_be_deleted(unit_db, commune):
    with unit_db.session() as s:
        meeting_id = m.save_meeting(s, _monthly(commune), today=TODAY, finalise=True)
    with unit_db.session() as s:
        assert m.get_meeting(s, meeting_id).is_final
    message = _refused(unit_db, _monthly(commune, place="Elsewhere"), "state", meeting_id)
    assert "Reopen" in message
    with pytest.raises(ValidationError) as caught, unit_db.session() as s:
        m.delete_meeting(s, meeting_id)
    assert "state" in caught.value.problems.errors
    with unit_db.session() as s:
        assert s.get(Meeting, meeting_id).deleted_at is None


def test_reopen_needs_a_reason_and_records_it(unit_db, commune):
    with unit_db.session() as s:
        meeting_id = m.save_meeting(s, _monthly(commune), today=TODAY, finalise=True)
    with pytest.raises(ValidationError) as caught, unit_db.session() as s:
        m.reopen_meeting(s, meeting_id, "   ")
    assert "reason" in caught.value.problems.errors
    with unit_db.session() as s:
        assert m.get_meeting(s, meeting_id).is_final
        assert _count(s, MeetingRevision) == 0
    with unit_db.session() as s:
        m.reopen_meeting(s, meeting_id, "Sai tên người vắng mặt")
    with unit_db.session() as s:
        detail = m.get_meeting(s, meeting_id)
        entry = s.scalars(
            select(ChangeLog).where(ChangeLog.entity_id == meeting_id, ChangeLog.action == "reopen")
        ).one()
    assert detail.state == "draft"
    assert [r.reason for r in detail.revisions] == ["Sai tên người vắng mặt"]
    assert entry.after["reopen_reason"] == "Sai tên người vắng mặt"
    assert entry.before["state"] == "final" and entry.after["state"] == "draft"
    # Now the correction goes through, and the draft can be deleted (to the trash).
    with unit_db.session() as s:
        m.save_meeting(s, _monthly(commune, place="Hội trường thôn 3"), meeting_id, today=TODAY)
        m.delete_meeting(s, meeting_id)
    with unit_db.session() as s:
        assert m.list_meetings(s) == []
        assert [r.id for r in m.list_meetings(s, deleted=True)] == [meeting_id]
        m.restore_meeting(s, meeting_id)
        assert [r.place for r in m.list_meetings(s)] == ["Hội trường thôn 3"]


def test_a_draft_cannot_be_reopened(unit_db, commune):
    with unit_db.session() as s:
        meeting_id = m.save_meeting(s, _monthly(commune), today=TODAY)
    with pytest.raises(ValidationError) as caught, unit_db.session() as s:
        m.reopen_meeting(s, meeting_id, "why")
    assert "state" in caught.value.problems.errors


def test_people_recorded_stay_on_the_list_after_leaving_the_chapter(unit_db, commune):
    with unit_db.session() as s:
        meeting_id = m.save_meeting(s, _monthly(commune), today=TODAY)
        person = s.get(m.Person, commune["dung"])
        person.status = "transferred_out"
    with unit_db.session() as s:
        detail = m.get_meeting(s, meeting_id)
        m.save_meeting(s, detail.data, meeting_id, today=TODAY)


def test_editing_replaces_guests_and_attendance_without_leftovers(unit_db, commune):
    with unit_db.session() as s:
        meeting_id = m.save_meeting(s, _monthly(commune), today=TODAY)
        data = _monthly(commune, guests=[])
        data.attendance = data.attendance[:2]
        m.save_meeting(s, data, meeting_id, today=TODAY)
    with unit_db.session() as s:
        assert _count(s, MeetingGuest) == 0
        assert _count(s, Attendance) == 2


# ----------------------------------------------------------------------------- listing


def test_list_filters_by_chapter_kind_and_year(unit_db, commune):
    with unit_db.session() as s:
        monthly = m.save_meeting(s, _monthly(commune), today=TODAY)
        joint = m.save_meeting(
            s,
            m.MeetingInput(
                kind="joint",
                chapter_id=commune["buon"],
                participant_ids=[commune["thon3"]],
                date="20/03/2026",
                attendance=[m.AttendanceInput(commune["hen"])],
            ),
            today=TODAY,
        )
        old = m.save_meeting(s, _monthly(commune, date="10/12/2025", for_month=""), today=TODAY)
        briefing = m.save_meeting(
            s, m.MeetingInput(kind="briefing", date="01/06/2026"), today=TODAY
        )
    with unit_db.session() as s:
        everything = m.list_meetings(s)
        assert [r.id for r in everything] == [briefing, joint, monthly, old]
        assert [r.id for r in m.list_meetings(s, chapter_id=commune["thon3"])] == [
            joint,
            monthly,
            old,
        ]
        assert [r.id for r in m.list_meetings(s, kind="joint")] == [joint]
        assert [r.id for r in m.list_meetings(s, year=2025)] == [old]
        assert m.list_meetings(s, chapter_id=commune["school"]) == []
    row = next(r for r in everything if r.id == monthly)
    assert (row.expected, row.present, row.guests, row.state) == (4, 2, 1, "draft")
    assert (row.chapter, row.month, row.chair) == ("Thôn 3", "2026-01", "Nguyễn Văn An")
    joint_row = next(r for r in everything if r.id == joint)
    assert (joint_row.chapter, joint_row.participants) == ("Buôn Ea Kmát", ["Thôn 3"])


def test_year_plan_places_meetings_by_the_month_reported_on(unit_db, commune):
    with unit_db.session() as s:
        january = m.save_meeting(s, _monthly(commune), today=TODAY)  # held 05/02 for January
        m.save_meeting(
            s,
            m.MeetingInput(
                kind="joint",
                chapter_id=commune["buon"],
                participant_ids=[commune["thon3"]],
                date="20/03/2026",
            ),
            today=TODAY,
        )
        m.save_meeting(s, m.MeetingInput(kind="briefing", date="01/06/2026"), today=TODAY)
        plan = m.year_plan(s, 2026, TODAY)
    rows = {r.chapter: r for r in plan.chapters}
    # Thôn 3 met in January (its own meeting) and in March (the joint meeting it took part in).
    assert [len(c) for c in rows["Thôn 3"].months] == [1, 0, 1] + [0] * 9
    assert rows["Thôn 3"].months[0][0].id == january
    march = rows["Thôn 3"].months[2][0]
    assert (march.kind, march.host) == ("joint", "Buôn Ea Kmát")
    assert [len(c) for c in rows["Buôn Ea Kmát"].months] == [0, 0, 1] + [0] * 9  # the host
    assert [j[0].host for j in plan.joint if j] == ["Buôn Ea Kmát"]
    assert len(plan.joint[2]) == 1
    assert [b.date for b in plan.briefings] == [dt.date(2026, 6, 1)]
    assert plan.is_past(10) and not plan.is_past(11) and not plan.is_past(12)


# ----------------------------------------------------------------------------- the minutes


def test_minutes_data_of_a_chapter_meeting(unit_db, commune):
    with unit_db.session() as s:
        meeting_id = m.save_meeting(s, _monthly(commune), today=TODAY)
        data = m.minutes_data(s, meeting_id)
    assert data.upper_body == "ĐOÀN XÃ HÒA PHÚ"
    assert data.issuing_body == "CHI ĐOÀN THÔN 3"
    assert data.place_name == "Hòa Phú"
    assert data.title == "SINH HOẠT CHI ĐOÀN THÁNG 01/2026"
    assert data.signed_on == data.date == dt.date(2026, 2, 5)
    assert (data.start_time, data.end_time, data.place) == ("19:30", "21:00", "Nhà văn hóa thôn 3")
    assert (data.chair, data.secretary) == ("Nguyễn Văn An", "Trần Thị Bình")
    assert (data.expected, data.present) == (4, 2)
    assert [(a.name, a.reason) for a in data.absent_excused] == [("Lê Văn Cường", "Đi làm ăn xa")]
    assert [a.name for a in data.absent_unexcused] == ["Phạm Thị Dung"]
    assert [g.name for g in data.guests] == ["Đỗ Minh Khôi"]
    assert data.agenda[0] == "Đánh giá hoạt động tháng 01"
    assert data.discussion[0].speaker == "Nguyễn Văn An"
    assert (data.vote_for, data.vote_against, data.vote_other) == (2, 0, 0)
    assert data.draft is True


def test_minutes_titles_per_kind(unit_db, commune):
    with unit_db.session() as s:
        briefings = [
            m.save_meeting(s, m.MeetingInput(kind="briefing", date=d), today=TODAY)
            for d in ("15/07/2026", "10/01/2026")
        ]
        themed = m.save_meeting(
            s,
            m.MeetingInput(
                kind="themed",
                chapter_id=commune["buon"],
                theme="Phòng chống ma túy",
                date="12/03/2026",
            ),
            today=TODAY,
        )
        joint = m.save_meeting(
            s,
            m.MeetingInput(
                kind="joint",
                chapter_id=commune["thon3"],
                participant_ids=[commune["buon"]],
                date="09/04/2026",
            ),
            today=TODAY,
        )
        bch = m.save_meeting(s, m.MeetingInput(kind="bch", date="03/05/2026"), today=TODAY)
        club = m.save_meeting(s, m.MeetingInput(kind="club", date="03/08/2026"), today=TODAY)
        first, second = (m.minutes_data(s, i) for i in reversed(briefings))
        titles = {
            k: m.minutes_data(s, i)
            for k, i in (("themed", themed), ("joint", joint), ("bch", bch), ("club", club))
        }
    assert first.title == (
        "HỘI NGHỊ GIAO BAN BCH ĐOÀN XÃ HÒA PHÚ VỚI BÍ THƯ CÁC CHI ĐOÀN LẦN THỨ NHẤT NĂM 2026"
    )
    assert "LẦN THỨ HAI" in second.title
    assert first.upper_body == "TỈNH ĐOÀN ĐẮK LẮK"
    assert first.issuing_body == "BCH ĐOÀN XÃ HÒA PHÚ"
    assert titles["themed"].title == "SINH HOẠT CHUYÊN ĐỀ: PHÒNG CHỐNG MA TÚY"
    assert titles["themed"].issuing_body == "CHI ĐOÀN BUÔN EA KMÁT"
    assert titles["joint"].title == "SINH HOẠT LIÊN CHI ĐOÀN THÁNG 04/2026"
    assert titles["joint"].issuing_body == "CHI ĐOÀN THÔN 3"
    # The minutes of a joint meeting name who met together, the host first.
    assert titles["joint"].chapters == ["Chi đoàn Thôn 3", "Chi đoàn Buôn Ea Kmát"]
    assert titles["themed"].chapters == [] and titles["bch"].chapters == []
    assert titles["bch"].title == "HỌP BAN CHẤP HÀNH ĐOÀN XÃ HÒA PHÚ THÁNG 05/2026"
    assert titles["club"].title == "SINH HOẠT CÂU LẠC BỘ BÍ THƯ CHI ĐOÀN THÁNG 08/2026"
    assert titles["club"].draft is True


def test_minutes_of_final_meeting_are_not_draft_and_keep_diacritics(unit_db, commune):
    data = _monthly(commune)
    data.attendance[3] = m.AttendanceInput(commune["dung"], "excused", "Ốm")
    with unit_db.session() as s:
        meeting_id = m.save_meeting(s, data, today=TODAY, finalise=True)
        minutes = m.minutes_data(s, meeting_id)
    assert minutes.draft is False
    assert [(a.name, a.reason) for a in minutes.absent_excused] == [
        ("Lê Văn Cường", "Đi làm ăn xa"),
        ("Phạm Thị Dung", "Ốm"),
    ]


def test_a_chapter_whose_name_already_says_chi_doan_is_not_prefixed_twice(unit_db, commune):
    with unit_db.session() as s:
        chapter = add_chapter(s, ChapterInput("Chi đoàn Khối cơ quan", "agency"))
        meeting_id = m.save_meeting(
            s, m.MeetingInput(kind="monthly", chapter_id=chapter, date="01/10/2026"), today=TODAY
        )
        assert m.minutes_data(s, meeting_id).issuing_body == "CHI ĐOÀN KHỐI CƠ QUAN"


def _held(session, kind, ids, date="10/09/2026", **fields):
    """A meeting of ``kind`` where everyone expected came, but the last one, who was excused."""
    people = m.expected_people(
        session, kind, fields.get("chapter_id"), fields.get("participant_ids"), dt.date(2026, 9, 10)
    )
    people += fields.pop("extra", [])
    marks = [m.AttendanceInput(p.person_id) for p in people]
    marks[-1] = m.AttendanceInput(people[-1].person_id, "excused", "Đi công tác")
    return m.save_meeting(
        session,
        m.MeetingInput(kind=kind, date=date, attendance=marks, **fields),
        today=TODAY,
    )


def _printed(data) -> tuple[str, str]:
    """The text of the minutes as PDF (read with pypdf) and as Word, each on one line."""
    import io
    import re

    from docx import Document
    from pypdf import PdfReader

    from doan_desktop.documents.minutes import build_minutes_pdf
    from doan_desktop.documents.minutes_docx import build_minutes_docx

    pdf = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(build_minutes_pdf(data))).pages)
    document = Document(io.BytesIO(build_minutes_docx(data)))
    paragraphs = [p.text for p in document.paragraphs]
    paragraphs += [c.text for t in document.tables for row in t.rows for c in row.cells]
    return re.sub(r"\s+", " ", pdf), re.sub(r"\s+", " ", " ".join(paragraphs))


@pytest.mark.parametrize(
    ("kind", "label", "audience"),
    [
        ("monthly", "Tổng số đoàn viên: 4; có mặt: 3/4", "các đoàn viên dự họp"),
        ("themed", "Tổng số đoàn viên: 4; có mặt: 3/4", "các đoàn viên dự họp"),
        ("joint", "Tổng số Bí thư, Phó Bí thư các chi đoàn: 3; có mặt: 2/3", "các đồng chí dự họp"),
        (
            "briefing",
            "Tổng số đại biểu được triệu tập (BCH Đoàn xã; Bí thư, Phó Bí thư các chi đoàn): 4; "
            "có mặt: 3/4",
            "các đại biểu dự họp",
        ),
        ("bch", "Tổng số Ủy viên Ban Chấp hành: 1; có mặt: 0/1", "các đồng chí dự họp"),
        ("club", "Tổng số Bí thư, Phó Bí thư các chi đoàn: 3; có mặt: 2/3", "các đồng chí dự họp"),
    ],
)
def test_minutes_name_who_was_expected_by_kind(unit_db, commune, kind, label, audience):
    fields = {
        "monthly": {"chapter_id": commune["thon3"]},
        "themed": {"chapter_id": commune["thon3"], "theme": "Chuyển đổi số"},
        "joint": {"chapter_id": commune["thon3"], "participant_ids": [commune["buon"]]},
    }.get(kind, {})
    with unit_db.session() as s:
        data = m.minutes_data(s, _held(s, kind, commune, **fields))
    assert data.expected_label == label.split(":")[0]
    assert data.audience + " dự họp" == audience
    for text in _printed(data):
        assert f"{label};" in text
        assert f"Biên bản đã được đọc lại cho {audience} nghe" in text
        if kind not in ("monthly", "themed"):
            assert "Tổng số đoàn viên" not in text
            assert "cho các đoàn viên" not in text


def test_a_club_session_with_members_counts_the_club_members(unit_db, commune):
    with unit_db.session() as s:
        s.add(ClubMember(person_id=commune["phon"], since="2025-01-01"))
        s.add(ClubMember(person_id=commune["an"], since="2025-01-01"))
        s.flush()
        data = m.minutes_data(s, _held(s, "club", commune))
    assert (data.expected_label, data.audience) == (
        "Tổng số thành viên Câu lạc bộ",
        "các thành viên",
    )
    for text in _printed(data):
        assert "Tổng số thành viên Câu lạc bộ: 2; có mặt: 1/2;" in text
        assert "đọc lại cho các thành viên dự họp nghe" in text


def test_a_chapter_meeting_that_invited_youth_counts_members_and_youth(unit_db, commune):
    with unit_db.session() as s:
        assert _names(m.chapter_youth(s, commune["thon3"])) == ["Hoàng Văn Em"]
        youth = m.chapter_youth(s, commune["thon3"])
        assert all(p.youth for p in youth)
        meeting_id = _held(s, "monthly", commune, chapter_id=commune["thon3"], extra=youth)
        data = m.minutes_data(s, meeting_id)
        attendees = m.get_meeting(s, meeting_id).attendees
        assert [p.name for p in attendees if p.youth] == ["Hoàng Văn Em"]
    assert data.expected == 5
    assert [a.name for a in data.absent_excused] == ["Hoàng Văn Em"]
    for text in _printed(data):
        assert "Tổng số đoàn viên, thanh niên: 5; có mặt: 4/5;" in text
        assert "đọc lại cho các đoàn viên, thanh niên dự họp nghe" in text


def test_youth_of_another_chapter_are_still_refused_on_the_list(unit_db, commune):
    with unit_db.session() as s:
        stranger = _person(s, "Ngô Văn Lâm", commune["buon"], member=False)
    data = _monthly(commune)
    data.attendance.append(m.AttendanceInput(stranger))
    assert "Ngô Văn Lâm" in _refused(unit_db, data, "attendance")


# ----------------------------------------------------------------------------- the sample year


def test_sample_meetings_hold_a_year_with_gaps_drafts_and_one_briefing(unit_db, commune):
    import random

    from doan_desktop.core.demo_meetings import add_sample_meetings

    with unit_db.session() as s:
        count = add_sample_meetings(s, random.Random(3), TODAY)
        rows = m.list_meetings(s)
        plan = m.year_plan(s, TODAY.year, TODAY)
    assert count == len(rows) > 20
    assert all(r.date <= TODAY for r in rows)
    assert [r.kind for r in rows].count("briefing") == 1
    assert [r.kind for r in rows].count("bch") == 2
    assert any(r.kind == "joint" for r in rows)
    monthly = [r for r in rows if r.kind == "monthly"]
    assert all(r.state == "final" for r in monthly if r.month < "2026-11")
    final = [r for r in monthly if r.state == "final"]
    assert all(r.chair and r.secretary for r in final)
    # Three chapters over twelve months, less the gaps: some past month has no meeting.
    gaps = [
        (row.chapter, month)
        for row in plan.chapters
        for month in range(1, 13)
        if plan.is_past(month) and not row.months[month - 1]
    ]
    assert gaps
    with unit_db.session() as s:
        minutes = m.minutes_data(s, final[0].id)
    assert 3 <= len(minutes.agenda) <= 4 and len(minutes.discussion) >= 3
    assert minutes.vote_for is not None
