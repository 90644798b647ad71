""" "2 giao, 1 liên kết" (DOMAIN.md §2) for a year: the two briefings of the commune committee
with the residential chapter secretaries, and the monthly joint meeting whose host rotates
among the residential chapters.

- A briefing belongs to its half-year; for each active residential chapter it says whether its
  secretary or deputy came (from the meeting's attendance), was excused or absent, or whether
  the chapter had nobody in office that day.
- The rotation: every active residential chapter hosts in turn. The proposed next host is the
  one that hosted least recently — a chapter that never hosted first, ties in Vietnamese name
  order — among the chapters with a secretary (Bí thư) in office today: a chapter without one
  has nobody to host the secretaries, so it is passed over and put at the end of the rotation
  (``HostTurn.passed_over``) until it has one. The proposal is for this month while its joint
  meeting is not recorded yet, else for the next month.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from doan_desktop.core import clock
from doan_desktop.core.meeting_kinds import BRIEFING, BRIEFINGS_PER_YEAR, JOINT, PRESENT
from doan_desktop.core.meetings import DEPUTY, office_held_on
from doan_desktop.core.store.models import (
    Attendance,
    Chapter,
    Meeting,
    MeetingChapter,
    Office,
    Person,
)
from doan_desktop.core.vocab import RESIDENTIAL_CHAPTER_KINDS, SECRETARY

NO_SECRETARY = "no_secretary"  # a chapter with nobody in office on the briefing's day
NOT_LISTED = "not_listed"  # in office, but left off the attendance list


@dataclass
class SecretaryAttendance:
    chapter_id: str
    chapter: str
    person_id: str | None
    person_name: str
    role: str  # bi_thu | pho_bi_thu | ""
    status: str  # present | excused | absent | not_listed | no_secretary
    reason: str = ""


@dataclass
class Briefing:
    id: str
    date: dt.date
    state: str
    chapters: list[SecretaryAttendance]

    @property
    def came(self) -> list[SecretaryAttendance]:
        return [a for a in self.chapters if a.status == PRESENT]

    @property
    def missed(self) -> list[SecretaryAttendance]:
        """Chapters none of whose secretary or deputy came."""
        present = {a.chapter_id for a in self.came}
        return [a for a in self.chapters if a.chapter_id not in present]


@dataclass
class HalfYear:
    half: int  # 1 or 2
    briefings: list[Briefing]
    over: bool  # the half-year has ended
    current: bool  # today falls in it

    @property
    def held(self) -> bool:
        return bool(self.briefings)


@dataclass
class JointMeeting:
    id: str
    date: dt.date
    month: int
    host_id: str | None
    host: str
    participants: list[str]  # names, in Vietnamese order
    state: str


@dataclass
class JointMonth:
    month: int
    meetings: list[JointMeeting]
    over: bool
    current: bool

    @property
    def held(self) -> bool:
        return bool(self.meetings)


@dataclass
class HostTurn:
    """A residential chapter in the rotation: when it last hosted, how often in all."""

    chapter_id: str
    chapter: str
    last_hosted: dt.date | None
    times: int
    secretary: str = ""  # the secretary (Bí thư) in office today; "" when there is none

    @property
    def passed_over(self) -> bool:
        """No secretary in office: not proposed to host (it comes last in the rotation)."""
        return not self.secretary


@dataclass
class YearLinks:
    year: int
    today: dt.date
    halves: list[HalfYear]
    months: list[JointMonth]
    rotation: list[HostTurn]  # the order of the proposal: the next host first
    history: list[JointMeeting]  # every joint meeting recorded up to today, latest first
    next_host: HostTurn | None  # None when no chapter has a secretary in office
    next_month: dt.date  # the first day of the month the proposal is for
    briefings_due: int = BRIEFINGS_PER_YEAR
    notes: list[str] = field(default_factory=list)

    @property
    def briefings_held(self) -> int:
        return sum(1 for h in self.halves if h.held)

    @property
    def joint_held(self) -> int:
        return sum(1 for m in self.months if m.held)

    @property
    def passed_over(self) -> list[HostTurn]:
        """The chapters left out of the proposal because they have no secretary in office."""
        return [t for t in self.rotation if t.passed_over]


def _residential(session: Session) -> list[Chapter]:
    return list(
        session.scalars(
            select(Chapter)
            .where(
                Chapter.deleted_at.is_(None),
                Chapter.active.is_(True),
                Chapter.kind.in_(RESIDENTIAL_CHAPTER_KINDS),
            )
            .order_by(Chapter.sort_key)
        )
    )


def _briefing(session: Session, meeting: Meeting, chapters: list[Chapter]) -> Briefing:
    marks = {
        a.person_id: (a.status, a.reason)
        for a in session.scalars(select(Attendance).where(Attendance.meeting_id == meeting.id))
    }
    ids = [c.id for c in chapters]
    offices = session.execute(
        select(Office, Person.full_name)
        .join(Person, Person.id == Office.person_id)
        .where(
            Office.chapter_id.in_(ids),
            Office.role.in_((SECRETARY, DEPUTY)),
            Person.deleted_at.is_(None),
        )
    ).all()
    holders = defaultdict(list)
    for office, name in offices:
        if office_held_on(office, meeting.date):
            holders[office.chapter_id].append((office, name))
    rows = []
    for chapter in chapters:
        people = sorted(holders[chapter.id], key=lambda p: (p[0].role != SECRETARY, p[1]))
        if not people:
            rows.append(SecretaryAttendance(chapter.id, chapter.name, None, "", "", NO_SECRETARY))
        for office, name in people:
            status, reason = marks.get(office.person_id, (NOT_LISTED, ""))
            rows.append(
                SecretaryAttendance(
                    chapter.id, chapter.name, office.person_id, name, office.role, status, reason
                )
            )
    return Briefing(meeting.id, meeting.date, meeting.state, rows)


def _joint_rows(session: Session, meetings: list[Meeting]) -> list[JointMeeting]:
    names = dict(session.execute(select(Chapter.id, Chapter.name)).all())
    keys = dict(session.execute(select(Chapter.id, Chapter.sort_key)).all())
    joined: dict[str, list[str]] = defaultdict(list)
    if meetings:
        for meeting_id, chapter_id in session.execute(
            select(MeetingChapter.meeting_id, MeetingChapter.chapter_id).where(
                MeetingChapter.meeting_id.in_([m.id for m in meetings])
            )
        ):
            joined[meeting_id].append(chapter_id)
    rows = []
    for m in meetings:
        others = sorted(joined.get(m.id, []), key=lambda i: keys.get(i, ""))
        month = int(m.for_month[5:7]) if m.for_month else m.date.month
        rows.append(
            JointMeeting(
                m.id,
                m.date,
                month,
                m.chapter_id,
                names.get(m.chapter_id, ""),
                [names.get(i, "") for i in others],
                m.state,
            )
        )
    return rows


def rotation(
    session: Session, today: dt.date, chapters: list[Chapter] | None = None
) -> tuple[list[HostTurn], list[JointMeeting]]:
    """The residential chapters in the order they should host next, and the history."""
    chapters = chapters if chapters is not None else _residential(session)
    meetings = list(
        session.scalars(
            select(Meeting)
            .where(Meeting.deleted_at.is_(None), Meeting.kind == JOINT, Meeting.date <= today)
            .order_by(Meeting.date.desc(), Meeting.start_time.desc(), Meeting.id)
        )
    )
    history = _joint_rows(session, meetings)
    last: dict[str, dt.date] = {}
    times: dict[str, int] = defaultdict(int)
    for row in history:
        if row.host_id:
            times[row.host_id] += 1
            last.setdefault(row.host_id, row.date)
    secretaries = _secretaries_on(session, [c.id for c in chapters], today)
    turns = [
        HostTurn(c.id, c.name, last.get(c.id), times[c.id], secretaries.get(c.id, ""))
        for c in chapters
    ]
    order = {c.id: index for index, c in enumerate(chapters)}  # already in Vietnamese order
    turns.sort(
        key=lambda t: (
            t.passed_over,
            t.last_hosted is not None,
            t.last_hosted or dt.date.min,
            order[t.chapter_id],
        )
    )
    return turns, history


def _secretaries_on(session: Session, chapter_ids: list[str], day: dt.date) -> dict[str, str]:
    """Chapter id → the name of its secretary (Bí thư) in office on ``day``."""
    if not chapter_ids:
        return {}
    rows = session.execute(
        select(Office, Person.full_name, Person.sort_key)
        .join(Person, Person.id == Office.person_id)
        .where(
            Office.chapter_id.in_(chapter_ids),
            Office.role == SECRETARY,
            Person.deleted_at.is_(None),
        )
        .order_by(Person.sort_key, Person.id)
    ).all()
    found: dict[str, str] = {}
    for office, name, _key in rows:
        if office_held_on(office, day):
            found.setdefault(office.chapter_id, name)
    return found


def year_links(session: Session, year: int, today: dt.date | None = None) -> YearLinks:
    today = today or clock.today()
    chapters = _residential(session)
    commune = list(
        session.scalars(
            select(Meeting)
            .where(
                Meeting.deleted_at.is_(None),
                Meeting.kind.in_((BRIEFING, JOINT)),
                Meeting.date >= dt.date(year, 1, 1) - dt.timedelta(days=31),
                Meeting.date <= dt.date(year, 12, 31) + dt.timedelta(days=31),
            )
            .order_by(Meeting.date, Meeting.start_time, Meeting.id)
        )
    )
    halves = [
        HalfYear(
            half,
            [],
            today > dt.date(year, 6 * half, 30 if half == 1 else 31),
            today.year == year and (today.month - 1) // 6 + 1 == half,
        )
        for half in (1, 2)
    ]
    for m in commune:
        if m.kind == BRIEFING and m.date.year == year:
            halves[(m.date.month - 1) // 6].briefings.append(_briefing(session, m, chapters))
    joint = [m for m in commune if m.kind == JOINT]
    months = []
    for number in range(1, 13):
        following = dt.date(year + number // 12, number % 12 + 1, 1)
        months.append(
            JointMonth(number, [], today >= following, (today.year, today.month) == (year, number))
        )
    prefix = f"{year:04d}-"
    for row, m in zip(_joint_rows(session, joint), joint, strict=True):
        counted = m.for_month or f"{m.date.year:04d}-{m.date.month:02d}"
        if counted.startswith(prefix):
            months[row.month - 1].meetings.append(row)
    turns, history = rotation(session, today, chapters)
    next_month = dt.date(today.year, today.month, 1)
    if joint_recorded_this_month(session, today):
        next_month = dt.date(today.year + today.month // 12, today.month % 12 + 1, 1)
    return YearLinks(
        year=year,
        today=today,
        halves=halves,
        months=months,
        rotation=turns,
        history=history,
        next_host=turns[0] if turns and not turns[0].passed_over else None,
        next_month=next_month,
    )


def joint_recorded_this_month(session: Session, today: dt.date) -> bool:
    """True when a joint meeting counting for today's month is recorded."""
    code = f"{today.year:04d}-{today.month:02d}"
    rows = session.execute(
        select(Meeting.date, Meeting.for_month).where(
            Meeting.deleted_at.is_(None),
            Meeting.kind == JOINT,
            Meeting.date >= dt.date(today.year, today.month, 1) - dt.timedelta(days=31),
        )
    ).all()
    return any((for_month or f"{d.year:04d}-{d.month:02d}") == code for d, for_month in rows)


def briefing_held(session: Session, first: dt.date, last: dt.date) -> bool:
    return (
        session.scalar(
            select(Meeting.id).where(
                Meeting.deleted_at.is_(None),
                Meeting.kind == BRIEFING,
                Meeting.date >= first,
                Meeting.date <= last,
            )
        )
        is not None
    )
