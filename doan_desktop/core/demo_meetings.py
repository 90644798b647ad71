"""The sample commune's year of meetings: monthly chapter meetings with full minutes, the joint
meeting of most months with its rotating host, a briefing, committee meetings.

It holds what the year plan must show the clerk: a chapter that skipped several months, one
that skipped a month, a month without a joint meeting, the year's second briefing not yet held,
and the latest month's minutes still in draft. Everything goes through ``save_meeting`` so the
sample obeys the same rules as the clerk's typing.
"""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import select
from sqlalchemy.orm import Session

from doan_desktop.core import meetings as m
from doan_desktop.core.meeting_kinds import ABSENT, BCH, BRIEFING, EXCUSED, JOINT, MONTHLY, PRESENT
from doan_desktop.core.store.models import Chapter, Office, Person
from doan_desktop.core.vocab import RESIDENTIAL_CHAPTER_KINDS, SECRETARY

REASONS = (
    ("Đi làm ăn xa", 5),
    ("Ốm", 3),
    ("Bận việc gia đình", 4),
    ("Đi học xa", 2),
    ("Đi làm rẫy xa", 2),
    ("Trực ca tại công ty", 1),
)

AGENDA = (
    "Đánh giá kết quả hoạt động tháng {m:02d}/{y}",
    "Triển khai nhiệm vụ trọng tâm tháng {n:02d}/{ny}",
    "Thu đoàn phí và rà soát danh sách đoàn viên",
    "Bàn kế hoạch ra quân vệ sinh môi trường, đường làng ngõ xóm",
    "Học tập, quán triệt văn bản của Đoàn cấp trên",
    "Giới thiệu đoàn viên ưu tú cho Chi bộ xem xét",
    "Phân công đoàn viên tham gia công trình thanh niên",
)

SPEECHES = (
    "Báo cáo kết quả hoạt động trong tháng: chi đoàn duy trì sinh hoạt đều, "
    "đoàn viên tham gia đầy đủ các phong trào.",
    "Đề nghị tổ chức ra quân dọn vệ sinh đường làng vào sáng Chủ nhật tuần tới.",
    "Một số đoàn viên đi làm ăn xa chưa đóng đoàn phí, đề nghị liên hệ qua điện thoại.",
    "Đề xuất thành lập đội thanh niên tình nguyện hỗ trợ bà con thu hoạch cà phê.",
    "Thống nhất với kế hoạch, xin nhận nhiệm vụ phụ trách tổ tuyên truyền.",
    "Đề nghị chi đoàn phối hợp với thôn tổ chức giải bóng đá thanh niên.",
    "Cần tăng cường tuyên truyền phòng chống ma túy và an toàn giao thông cho thanh niên.",
    "Đề nghị Đoàn xã hỗ trợ tài liệu sinh hoạt chuyên đề cho chi đoàn.",
    "Báo cáo tình hình thu đoàn phí: đã thu được phần lớn, còn một số bạn chưa nộp.",
    "Xin ý kiến về việc giới thiệu đoàn viên ưu tú để Chi bộ bồi dưỡng kết nạp Đảng.",
    "Đề nghị mỗi đoàn viên đăng ký ít nhất một phần việc thanh niên trong quý.",
    "Thống nhất cao với nội dung chủ trì đã nêu, không có ý kiến khác.",
)

CONCLUSIONS = (
    "Chi đoàn thống nhất đánh giá hoạt động tháng qua đạt yêu cầu; giao Bí thư chi đoàn "
    "hoàn thiện kế hoạch tháng tới và báo cáo Đoàn xã.",
    "Các đoàn viên tích cực tham gia phong trào, hoàn thành đoàn phí "
    "đúng hạn; tiếp tục duy trì sinh hoạt định kỳ.",
)

RESOLUTIONS = (
    "Ra quân vệ sinh môi trường vào Chủ nhật cuối tháng; thu đoàn phí trước ngày 25.",
    "Thành lập tổ tuyên truyền gồm 3 đoàn viên; phối hợp với thôn tổ chức hoạt động văn nghệ.",
    "Mỗi đoàn viên đăng ký một phần việc thanh niên; Bí thư tổng hợp gửi Đoàn xã.",
)

BRIEFING_AGENDA = (
    "Các chi đoàn báo cáo tình hình hoạt động 6 tháng",
    "Bí thư chi đoàn nêu khó khăn, vướng mắc và kiến nghị",
    "BCH Đoàn xã định hướng nhiệm vụ thời gian tới",
)
BCH_AGENDA = (
    "Đánh giá kết quả công tác Đoàn và phong trào thanh thiếu nhi trong quý",
    "Thống nhất kế hoạch hoạt động quý tới",
    "Phân công ủy viên BCH phụ trách các chi đoàn",
)
JOINT_AGENDA = (
    "Giao lưu văn nghệ, thể thao giữa các chi đoàn",
    "Trao đổi kinh nghiệm tổ chức sinh hoạt chi đoàn",
    "Thống nhất chi đoàn đăng cai tháng tới",
)


def _pick(rng: random.Random, weighted) -> str:
    return rng.choices([v for v, _ in weighted], weights=[w for _, w in weighted])[0]


def _months(today: dt.date) -> list[dt.date]:
    """The first day of each of the 12 months ending with today's."""
    months, year, month = [], today.year, today.month
    for _ in range(12):
        months.append(dt.date(year, month, 1))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return months[::-1]


def _day_in(rng: random.Random, month: dt.date, first: int = 4, last: int = 26) -> dt.date:
    return month.replace(day=rng.randint(first, last))


def _times(rng: random.Random, evening: bool = True) -> tuple[str, str]:
    start = rng.choice(("19:00", "19:30", "20:00")) if evening else rng.choice(("07:30", "08:00"))
    hour, minute = int(start[:2]), int(start[3:])
    length = rng.choice((75, 90, 105, 120))
    end = hour * 60 + minute + length
    return start, f"{end // 60:02d}:{end % 60:02d}"


def _statuses(session: Session, people: list[m.ExpectedPerson]) -> dict[str, str]:
    ids = [p.person_id for p in people]
    return dict(session.execute(select(Person.id, Person.status).where(Person.id.in_(ids))).all())


def _attendance(
    rng: random.Random,
    session: Session,
    people: list[m.ExpectedPerson],
    must_come: list[str],
    rate: float = 0.8,
) -> list[m.AttendanceInput]:
    statuses = _statuses(session, people)
    rows = []
    for person in people:
        if person.person_id in must_come:
            rows.append(m.AttendanceInput(person.person_id, PRESENT))
            continue
        draw = rng.random()
        if statuses.get(person.person_id) == "away":  # working or studying elsewhere
            reason = rng.choice(("Đi làm ăn xa", "Đi học xa"))
            rows.append(m.AttendanceInput(person.person_id, EXCUSED, reason))
        elif draw < rate:
            rows.append(m.AttendanceInput(person.person_id, PRESENT))
        elif draw < rate + (1 - rate) * 0.75:
            rows.append(m.AttendanceInput(person.person_id, EXCUSED, _pick(rng, REASONS)))
        else:
            rows.append(m.AttendanceInput(person.person_id, ABSENT))
    return rows


def _officers(session: Session, chapter_id: str, day: dt.date) -> list[str]:
    """The chapter's secretary first, then its deputies and committee members, on ``day``."""
    offices = session.scalars(select(Office).where(Office.chapter_id == chapter_id)).all()
    held = [o for o in offices if m.office_held_on(o, day)]
    held.sort(key=lambda o: (o.role != SECRETARY, o.role))
    return [o.person_id for o in held]


def _minutes(
    rng: random.Random,
    data: m.MeetingInput,
    people: list[m.ExpectedPerson],
    agenda: list[str],
) -> None:
    present = {a.person_id for a in data.attendance if a.status == PRESENT}
    names = [p.name for p in people if p.person_id in present]
    chair = next((p.name for p in people if p.person_id == data.chair_id), "")
    speakers = [chair] if chair else []
    speakers += rng.sample(names, min(len(names), rng.randint(3, 7)))
    texts = rng.sample(SPEECHES, min(len(speakers), len(SPEECHES)))
    data.agenda = agenda
    data.discussion = [m.SpeechInput(s, t) for s, t in zip(speakers, texts, strict=False)]
    data.conclusions = rng.choice(CONCLUSIONS)
    data.resolutions = rng.choice(RESOLUTIONS)
    if len(present) >= 2:
        other = rng.choice((0, 0, 0, 1))
        data.vote_for, data.vote_against, data.vote_other = len(present) - other, 0, other


def _pick_chair(
    rng: random.Random, data: m.MeetingInput, preferred: list[str], people: list[str]
) -> None:
    """Chair and secretary from the preferred officers (made present), else from anyone."""
    pool = [p for p in preferred if p in people] + [p for p in people if p not in preferred]
    if len(pool) >= 2:
        data.chair_id, data.secretary_id = pool[0], pool[1]


def _save(session: Session, data: m.MeetingInput, today: dt.date, final: bool) -> str:
    return m.save_meeting(
        session, data, today=today, finalise=final and bool(data.chair_id and data.secretary_id)
    )


def add_sample_meetings(session: Session, rng: random.Random, today: dt.date) -> int:
    """Write a year of meetings up to ``today``; returns how many."""
    chapters = list(
        session.scalars(
            select(Chapter)
            .where(Chapter.deleted_at.is_(None), Chapter.active.is_(True))
            .order_by(Chapter.sort_key)
        )
    )
    if not chapters:
        return 0
    residential = [c for c in chapters if c.kind in RESIDENTIAL_CHAPTER_KINDS] or chapters
    months = _months(today)
    latest = months[-1] if today.day > 6 else months[-2]
    # The gaps the year plan must show: one chapter lapses for several months, one skips one.
    lapsing = residential[rng.randrange(len(residential))]
    lapse_start = rng.randint(3, 6)
    lapsed = set(months[lapse_start : lapse_start + rng.randint(3, 4)])
    skipper = rng.choice([c for c in chapters if c is not lapsing] or chapters)
    skipped = months[rng.randint(1, 9)]
    count = 0

    for month in months:
        for chapter in chapters:
            if (chapter is lapsing and month in lapsed) or (
                chapter is skipper and month == skipped
            ):
                continue
            day = _day_in(rng, month)
            if day > today:
                continue
            count += _chapter_meeting(session, rng, chapter, day, month, today, month >= latest)

    hosts = residential[:]
    rng.shuffle(hosts)
    no_joint = set(rng.sample(months[:-1], 2)) if len(residential) >= 2 else set(months)
    for number, month in enumerate(months):
        day = _day_in(rng, month, 10, 28)
        if month in no_joint or day > today:
            continue
        host = hosts[number % len(hosts)]
        others = [c for c in residential if c is not host]
        guests = rng.sample(others, min(len(others), rng.randint(2, 3)))
        count += _joint_meeting(session, rng, host, guests, day, today, month >= latest)

    first_half = dt.date(today.year, rng.choice((3, 4, 5)), rng.randint(8, 24))
    if first_half <= today:
        count += _commune_meeting(session, rng, BRIEFING, first_half, today, BRIEFING_AGENDA)
    for back in (10, 4):
        day = _day_in(rng, months[-back], 3, 12)
        if day <= today:
            count += _commune_meeting(session, rng, BCH, day, today, BCH_AGENDA)
    return count


def _chapter_meeting(session, rng, chapter, day, month, today, recent) -> int:
    people = m.expected_people(session, MONTHLY, chapter.id, on_date=day)
    if len(people) < 2:
        return 0
    officers = _officers(session, chapter.id, day)
    ids = [p.person_id for p in people]
    data = m.MeetingInput(kind=MONTHLY, chapter_id=chapter.id, date=day.strftime("%d/%m/%Y"))
    data.for_month = f"{month.year:04d}-{month.month:02d}"
    data.start_time, data.end_time = _times(rng, evening=chapter.kind in RESIDENTIAL_CHAPTER_KINDS)
    residential = chapter.kind in RESIDENTIAL_CHAPTER_KINDS
    data.place = f"Nhà văn hóa {chapter.name}" if residential else f"Hội trường {chapter.name}"
    _pick_chair(rng, data, officers, ids)
    must = [i for i in (data.chair_id, data.secretary_id) if i]
    data.attendance = _attendance(rng, session, people, must)
    following = dt.date(month.year + month.month // 12, month.month % 12 + 1, 1)
    agenda = [
        AGENDA[0].format(m=month.month, y=month.year),
        AGENDA[1].format(n=following.month, ny=following.year),
        *rng.sample(AGENDA[2:], rng.randint(1, 2)),
    ]
    _minutes(rng, data, people, agenda)
    # The latest month's minutes are partly still drafts, waiting for signatures.
    _save(session, data, today, final=not (recent and rng.random() < 0.5))
    return 1


def _joint_meeting(session, rng, host, guests, day, today, recent) -> int:
    ids = [c.id for c in guests]
    people = m.expected_people(session, JOINT, host.id, ids, day)
    data = m.MeetingInput(
        kind=JOINT, chapter_id=host.id, participant_ids=ids, date=day.strftime("%d/%m/%Y")
    )
    data.for_month = f"{day.year:04d}-{day.month:02d}"
    data.start_time, data.end_time = _times(rng, evening=rng.random() < 0.5)
    data.place = f"Nhà văn hóa {host.name}"
    person_ids = [p.person_id for p in people]
    _pick_chair(rng, data, _officers(session, host.id, day), person_ids)
    must = [i for i in (data.chair_id, data.secretary_id) if i]
    data.attendance = _attendance(rng, session, people, must, rate=0.85)
    data.guests = [m.GuestInput("Đại diện Ban Thường vụ Đoàn xã", "Ủy viên BTV Đoàn xã")]
    _minutes(rng, data, people, list(JOINT_AGENDA))
    _save(session, data, today, final=not recent)
    return 1


def _commune_meeting(session, rng, kind, day, today, agenda) -> int:
    people = m.expected_people(session, kind, on_date=day)
    data = m.MeetingInput(kind=kind, date=day.strftime("%d/%m/%Y"))
    data.start_time, data.end_time = _times(rng, evening=False)
    data.place = "Hội trường UBND xã"
    offices = session.scalars(select(Office).where(Office.chapter_id.is_(None))).all()
    held = sorted(
        (o for o in offices if m.office_held_on(o, day)),
        key=lambda o: (o.role != SECRETARY, o.role),
    )
    commune = [o.person_id for o in held]
    _pick_chair(rng, data, commune, [p.person_id for p in people])
    must = [i for i in (data.chair_id, data.secretary_id) if i]
    data.attendance = _attendance(rng, session, people, must, rate=0.85)
    _minutes(rng, data, people, list(agenda))
    _save(session, data, today, final=True)
    return 1
