"""The sample commune's youth works, volunteer drives, commendations and cadre plans.

Works are given to some residential chapters only, so the "Chi đoàn 3 có" view has something to
show: Thôn 1, Thôn 4, Buôn Kram and Buôn Jun have a work under way this quarter; Tổ dân phố Tân
Hòa has one too but no secretary; Buôn Ea Sup finished its work last quarter and Thôn Hòa Bình's
is only planned for next quarter, so both lack a work now. Everything goes through the same use
cases as the clerk's typing. Kept small (a few dozen rows): the sample is written at first start.
"""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import select
from sqlalchemy.orm import Session

from doan_desktop.core.cadres import CadreInput, save_cadre_plan
from doan_desktop.core.commendations import CommendationInput, save_commendation
from doan_desktop.core.store.models import Chapter, Person
from doan_desktop.core.vocab import CURRENT_STATUSES
from doan_desktop.core.volunteering import DriveInput, save_drive
from doan_desktop.core.works import WorkInput, save_work

# (chapter names, name, kind, when, days it runs or None, value in đồng, workdays, participants)
# "when": "quarter" starts in this quarter, "running" began last quarter and goes on, "last"
# began and ended last quarter, "next" is planned for next quarter, "last_year" ended then.
WORKS = (
    (("Thôn 1",), "Tuyến đường thanh niên tự quản thôn 1", "work", "running", None,
     190_000_000, 320, 35),
    (("Thôn 4",), "Thắp sáng đường quê", "work", "quarter", 45, 45_000_000, 80, 22),
    (("Buôn Kram",), "Vườn cây thanh niên", "task", "quarter", None, 12_000_000, 60, 18),
    (("Buôn Jun",), "Sân chơi cho thiếu nhi", "work", "quarter", 30, 30_000_000, 95, 20),
    (("Tổ dân phố Tân Hòa",), "Tuyến phố văn minh, sạch đẹp", "task", "quarter", None,
     0, 40, 15),
    (("Buôn Ea Sup",), "Giếng nước sạch cho buôn", "work", "last", 40, 25_000_000, 70, 16),
    (("Thôn Hòa Bình",), "Hàng rào xanh thôn Hòa Bình", "task", "next", 60, 8_000_000, 0, 0),
    (("Thôn 1", "Thôn Hòa Bình"), "Cầu dân sinh liên thôn", "work", "last_year", 75,
     120_000_000, 210, 40),
    (("Trường THCS Lê Quý Đôn",), "Thư viện xanh", "task", "quarter", 20, 6_000_000, 24, 12),
)  # fmt: skip

# (name, field, month offset from today (0: this month), days, teams, volunteers, lượt,
#  people helped, value, chapter or None, description)
DRIVES = (
    ("Ngày Chủ nhật xanh", "environment", 0, 1, 7, 160, 160, 0, 5_000_000, None,
     "Ra quân dọn vệ sinh đường làng, khơi thông cống rãnh tại 7 thôn, buôn."),
    ("Hiến máu Giọt hồng Tây Nguyên", "blood", -2, 1, 1, 42, 45, 45, 0, None,
     "Phối hợp Trạm Y tế xã; 45 đơn vị máu."),
    ("Bình dân học vụ số", "digital", -1, 30, 2, 18, 96, 230, 2_000_000, "Buôn Kram",
     "Hướng dẫn bà con cài đặt VNeID, thanh toán không dùng tiền mặt."),
    ("Tháng Thanh niên", "other", "march", 31, 5, 180, 620, 150, 35_000_000, None,
     "Chuỗi hoạt động Tháng Thanh niên: ra quân, tặng quà, giao lưu thể thao."),
    ("Tuyến đường an toàn giao thông", "traffic", -4, 14, 2, 30, 84, 0, 3_000_000, "Thôn 4",
     "Phát quang tầm nhìn, cắm biển báo tại các khúc cua nguy hiểm."),
    ("Tặng quà học sinh khó khăn", "vulnerable", -5, 1, 1, 12, 12, 40, 8_000_000, None,
     "Tặng 40 suất học bổng và áo ấm cho học sinh buôn."),
)  # fmt: skip

# (person or None, chapter or None, level, title, number, months ago)
COMMENDATIONS = (
    ("Y Phôn Ksơr", None, "province", "Bằng khen Bí thư chi đoàn tiêu biểu", "86-QĐ/TĐTN", 3),
    (None, "Thôn 1", "commune", "Giấy khen Chi đoàn vững mạnh", "12-QĐ/ĐTN", 10),
    ("H' Hen Niê", None, "commune", "Giấy khen Đoàn viên xuất sắc", "12-QĐ/ĐTN", 10),
    (None, "Buôn Kram", "province", "Bằng khen có thành tích xuất sắc trong Tháng Thanh niên",
     "45-QĐ/TĐTN", 7),
    ("Đặng Thị Đào", None, "commune", "Tuyên dương Thanh niên tiêu biểu", "", 1),
)  # fmt: skip

# (person, office, note); the term is the next one.
CADRES = (
    ("Y Phôn Ksơr", "Phó Bí thư Đoàn xã", "Bí thư chi đoàn nhiều năm, được bà con tin tưởng."),
    ("Đỗ Đức Đạt", "Ủy viên Ban Thường vụ Đoàn xã", "Cử đi học lớp lý luận chính trị sơ cấp."),
    ("Đặng Thị Đào", "Bí thư chi đoàn", "Tạo nguồn thay Bí thư Thôn 1 sắp trưởng thành Đoàn."),
    ("H' Hen Niê", "Ủy viên Ban Chấp hành Đoàn xã", "Nữ, dân tộc Ê Đê."),
)
# Union congresses at commune level: 2022, 2027, … (five-year terms).
FIRST_TERM = 2022


def add_sample_works(session: Session, rng: random.Random, today: dt.date) -> None:
    chapters = {
        c.name: c.id for c in session.scalars(select(Chapter).where(Chapter.deleted_at.is_(None)))
    }
    quarter = dt.date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
    _works(session, rng, today, quarter, chapters)
    _drives(session, rng, today, chapters)
    people = _people_by_name(session)
    _commendations(session, today, chapters, people)
    _cadres(session, today, people)


def _month_start(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _members(session: Session, chapter_ids: list[str]) -> list[str]:
    return list(
        session.scalars(
            select(Person.id)
            .where(
                Person.chapter_id.in_(chapter_ids),
                Person.deleted_at.is_(None),
                Person.status.in_(CURRENT_STATUSES),
                Person.is_member.is_(True),
            )
            .order_by(Person.sort_key)
        )
    )


def _dmy(day: dt.date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


def _works(session, rng, today, quarter, chapters) -> None:
    for names, name, kind, when, days, value, workdays, count in WORKS:
        ids = [chapters[n] for n in names if n in chapters]
        if not ids:
            continue
        if when == "running":
            start, end = _month_start(quarter, -2) + dt.timedelta(days=9), None
        elif when == "quarter":
            start = min(quarter + dt.timedelta(days=rng.randint(3, 20)), today)
            end = start + dt.timedelta(days=days) if days else None
        elif when == "last":
            start = _month_start(quarter, -3) + dt.timedelta(days=rng.randint(5, 20))
            end = min(start + dt.timedelta(days=days), quarter - dt.timedelta(days=1))
        elif when == "next":
            start = _month_start(quarter, 3) + dt.timedelta(days=14)
            end = start + dt.timedelta(days=days)
        else:  # last_year
            start = dt.date(today.year - 1, 4, 2)
            end = start + dt.timedelta(days=days)
        if start > today:
            state = "planned"
        elif end is not None and end <= today:
            state = "handed_over" if when == "last_year" else "done"
        else:
            state = "under_way"
        if end is not None and end > today and state != "planned":
            end = None  # what is still going has no end date yet
        named: list[str] = []
        members = _members(session, ids)
        if count and members:
            named = rng.sample(members, k=min(len(members), max(2, count // 5)))
        save_work(
            session,
            WorkInput(
                name=name,
                kind=kind,
                state=state,
                chapter_ids=ids,
                start_date=_dmy(start),
                end_date=_dmy(end),
                value=value,
                workdays=workdays if state != "planned" else 0,
                participant_count=max(count, len(named)),
                participant_ids=named,
            ),
        )


def _drives(session, rng, today, chapters) -> None:
    for item in DRIVES:
        name, field, offset, days, teams, volunteers, turns, helped, value, chapter, text = item
        if offset == "march":
            year = today.year if today >= dt.date(today.year, 3, 31) else today.year - 1
            start = dt.date(year, 3, 1)
        else:
            first = _month_start(today, offset)
            last = today if offset == 0 else _month_start(today, offset + 1) - dt.timedelta(1)
            start = dt.date.fromordinal(rng.randint(first.toordinal(), last.toordinal()))
        end = start + dt.timedelta(days=days - 1)
        chapter_id = chapters.get(chapter) if chapter else None
        named = []
        if chapter_id:
            members = _members(session, [chapter_id])
            named = rng.sample(members, k=min(len(members), 5, turns))
        save_drive(
            session,
            DriveInput(
                name=name,
                field=field,
                start_date=_dmy(start),
                end_date=_dmy(end if end <= today else None),
                teams=teams,
                volunteers=volunteers,
                participation=turns,
                people_helped=helped,
                value=value,
                chapter_id=chapter_id,
                participant_ids=named,
                description=text,
            ),
        )


def _people_by_name(session: Session) -> dict[str, str]:
    return dict(
        session.execute(
            select(Person.full_name, Person.id).where(Person.deleted_at.is_(None))
        ).all()
    )


def _commendations(session, today, chapters, people) -> None:
    for person, chapter, level, title, number, months in COMMENDATIONS:
        person_id = people.get(person) if person else None
        chapter_id = chapters.get(chapter) if chapter else None
        if not (person_id or chapter_id):
            continue
        day = min(_month_start(today, -months) + dt.timedelta(days=14), today)
        save_commendation(
            session,
            CommendationInput(
                recipient="person" if person_id else "chapter",
                person_id=person_id,
                chapter_id=chapter_id,
                level=level,
                title=title,
                decision_number=number,
                decision_date=_dmy(day),
            ),
            today=today,
        )


def _cadres(session, today, people) -> None:
    start = FIRST_TERM + 5 * ((today.year - FIRST_TERM) // 5 + 1)
    term = f"{start}–{start + 5}"
    for person, office, note in CADRES:
        if person in people:
            save_cadre_plan(session, CadreInput(people[person], office, term, note))
