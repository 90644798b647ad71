"""The sample commune's year of trainings and its secretaries' club.

A pre-admission class for youth with certificates, talks on topics the communes of the Central
Highlands hold, a provincial skills course for the chapter secretaries, a seminar of the club,
a class still planned; the club with the residential secretaries as members and a few sessions.
Everything goes through the use cases (``save_training``, ``club.add_members``,
``save_meeting``) so the sample obeys the clerk's rules; each training reads the roster once.
"""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import select
from sqlalchemy.orm import Session

from doan_desktop.core import club
from doan_desktop.core import meetings as m
from doan_desktop.core import trainings as t
from doan_desktop.core.meeting_kinds import CLUB, EXCUSED, PRESENT
from doan_desktop.core.store.models import Chapter, Office, Person
from doan_desktop.core.vocab import CURRENT_STATUSES, RESIDENTIAL_CHAPTER_KINDS, SECRETARY

TALKS = (
    (
        "Chuyển đổi số cho thanh niên nông thôn",
        "Đồng chí Phó Bí thư Đoàn xã; cán bộ Bưu điện văn hóa xã",
        "Dịch vụ công trực tuyến; thanh toán không dùng tiền mặt; an toàn trên mạng xã hội",
    ),
    (
        "Phòng chống ma túy và tệ nạn xã hội trong thanh niên",
        "Công an xã",
        "Tác hại của ma túy; nhận biết và tố giác; vai trò của đoàn viên",
    ),
)
CLUB_THEMES = (
    "Kinh nghiệm quản lý đoàn viên đi làm ăn xa",
    "Tham mưu cho Chi bộ thôn về công tác thanh niên",
    "Tuyên truyền trên mạng xã hội",
)


def _dmy(day: dt.date) -> str:
    return day.strftime("%d/%m/%Y")


def _live_people(session: Session) -> list[tuple[str, bool]]:
    return list(
        session.execute(
            select(Person.id, Person.is_member)
            .where(Person.deleted_at.is_(None), Person.status.in_(CURRENT_STATUSES))
            .order_by(Person.sort_key)
        ).all()
    )


def _secretaries(session: Session, today: dt.date) -> list[str]:
    rows = session.execute(
        select(Office)
        .join(Chapter, Chapter.id == Office.chapter_id)
        .where(
            Office.role == SECRETARY,
            Chapter.kind.in_(RESIDENTIAL_CHAPTER_KINDS),
            Chapter.active.is_(True),
            Chapter.deleted_at.is_(None),
        )
    ).scalars()
    return sorted({o.person_id for o in rows if m.office_held_on(o, today)})


def _results(
    rng: random.Random, people: list[str], certificates: str = "", completed: float = 0.0
) -> list[t.ParticipantInput]:
    """Most attend; with ``certificates``, most complete and get numbered certificates."""
    items, number = [], 0
    for person_id in people:
        draw = rng.random()
        if draw < 0.08:
            items.append(t.ParticipantInput(person_id, result=t.ABSENT))
        elif draw < 0.08 + completed:
            number += 1
            code = f"{number:02d}/{certificates}" if certificates else ""
            items.append(t.ParticipantInput(person_id, result=t.COMPLETED, certificate_number=code))
        else:
            items.append(t.ParticipantInput(person_id, result=t.ATTENDED))
    return items


def _back(today: dt.date, days: int) -> dt.date:
    return today - dt.timedelta(days=days)


def add_sample_trainings(session: Session, rng: random.Random, today: dt.date) -> int:
    """A year of trainings and the club up to ``today``; returns how many trainings."""
    people = _live_people(session)
    members = [p for p, is_member in people if is_member]
    youth = [p for p, is_member in people if not is_member]
    secretaries = _secretaries(session, today)
    year = today.year
    plans: list[t.TrainingInput] = []

    start = _back(today, 250)
    plans.append(
        t.TrainingInput(
            title=f"Lớp bồi dưỡng nhận thức về Đoàn cho đối tượng Đoàn năm {start.year}",
            kind=t.PRE_ADMISSION,
            start_date=_dmy(start),
            end_date=_dmy(start + dt.timedelta(days=1)),
            place="Hội trường UBND xã",
            trainers="Ban Thường vụ Đoàn xã",
            topics="Lịch sử Đoàn TNCS Hồ Chí Minh; Điều lệ Đoàn; nhiệm vụ của đoàn viên",
            hours="8",
            participants=_results(
                rng, rng.sample(youth, min(12, len(youth))), f"GCN-ĐTN.{start.year}", 0.8
            ),
        )
    )
    for days, (title, trainers, topics) in zip((160, 75), TALKS, strict=True):
        day = _back(today, days)
        plans.append(
            t.TrainingInput(
                title=title,
                kind=t.TALK,
                start_date=_dmy(day),
                place="Nhà văn hóa thôn",
                trainers=trainers,
                topics=topics,
                hours="3",
                participants=_results(rng, rng.sample(members, min(14, len(members)))),
            )
        )
    course = _back(today, 120)
    plans.append(
        t.TrainingInput(
            title="Kỹ năng tổ chức sinh hoạt chi đoàn",
            kind=t.SKILLS,
            level=t.PROVINCE,
            start_date=_dmy(course),
            end_date=_dmy(course + dt.timedelta(days=2)),
            place="Trường Chính trị tỉnh",
            trainers="Ban Tổ chức Tỉnh Đoàn",
            topics="Xây dựng nội dung sinh hoạt; điều hành cuộc họp; ghi biên bản",
            hours="20",
            for_club=True,
            participants=_results(rng, secretaries, f"TĐ-{course.year}", 0.85),
        )
    )
    seminar = _back(today, 40)
    plans.append(
        t.TrainingInput(
            title="Tọa đàm: Bí thư chi đoàn với công tác tập hợp thanh niên",
            kind=t.SEMINAR,
            start_date=_dmy(seminar),
            place="Hội trường Đoàn xã",
            trainers="Bí thư Đoàn xã",
            hours="2,5",
            for_club=True,
            participants=_results(rng, secretaries)
            + [t.ParticipantInput(guest_name="Nguyễn Thị Lan", guest_title="Chủ tịch Hội LHPN xã")],
        )
    )
    upcoming = today + dt.timedelta(days=20)
    plans.append(
        t.TrainingInput(
            title="Lớp kỹ năng tuyên truyền trên mạng xã hội",
            kind=t.SKILLS,
            state=t.PLANNED,
            start_date=_dmy(upcoming),
            place="Hội trường UBND xã",
            hours="4",
            for_club=True,
            participants=[t.ParticipantInput(p, result=t.REGISTERED) for p in secretaries],
        )
    )
    for data in plans:
        t.save_training(session, data, today=today)

    joined = dt.date(year - 1, 1, 10)
    club.add_members(session, secretaries, _dmy(joined), today=today)
    for days, theme in zip((210, 130, 25), CLUB_THEMES, strict=True):
        _club_session(session, rng, secretaries, _back(today, days), theme, today)
    return len(plans)


def _club_session(session, rng, members, day, theme, today) -> None:
    attendance = [
        m.AttendanceInput(p, PRESENT)
        if rng.random() < 0.85
        else m.AttendanceInput(p, EXCUSED, "Bận việc gia đình")
        for p in members
    ]
    present = [a.person_id for a in attendance if a.status == PRESENT]
    data = m.MeetingInput(
        kind=CLUB,
        theme=theme,
        date=_dmy(day),
        start_time="08:00",
        end_time="10:30",
        place="Hội trường Đoàn xã",
        chair_id=present[0] if len(present) > 1 else None,
        secretary_id=present[1] if len(present) > 1 else None,
        attendance=attendance,
        agenda=[theme, "Trao đổi kinh nghiệm giữa các chi đoàn"],
        conclusions="Các bí thư chi đoàn thống nhất vận dụng vào sinh hoạt chi đoàn tháng tới.",
    )
    m.save_meeting(session, data, today=today, finalise=len(present) > 1)
