"""A person's history: the meetings they were expected at (and whether they came) and the
trainings they were listed in (and their result), newest first."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from doan_desktop.core.meetings import meeting_month
from doan_desktop.core.store.models import Attendance, Chapter, Meeting, Person
from doan_desktop.core.trainings import PersonTraining, person_trainings


@dataclass
class PersonMeeting:
    meeting_id: str
    kind: str
    date: dt.date
    month: str  # the month it counts for, "2026-01"
    chapter: str  # the chapter, or the host of a joint meeting; "" at commune level
    theme: str
    status: str  # present | excused | absent
    reason: str
    state: str  # draft | final


@dataclass
class PersonHistory:
    person_id: str
    name: str
    meetings: list[PersonMeeting]
    trainings: list[PersonTraining]


def person_meetings(session: Session, person_id: str) -> list[PersonMeeting]:
    rows = session.execute(
        select(Meeting, Attendance.status, Attendance.reason, Chapter.name)
        .join(Attendance, Attendance.meeting_id == Meeting.id)
        .outerjoin(Chapter, Chapter.id == Meeting.chapter_id)
        .where(Attendance.person_id == person_id, Meeting.deleted_at.is_(None))
        .order_by(Meeting.date.desc(), Meeting.start_time.desc(), Meeting.id)
    )
    return [
        PersonMeeting(
            meeting_id=m.id,
            kind=m.kind,
            date=m.date,
            month=meeting_month(m.kind, m.date, m.for_month),
            chapter=chapter or "",
            theme=m.title,
            status=status,
            reason=reason,
            state=m.state,
        )
        for m, status, reason, chapter in rows
    ]


def person_history(session: Session, person_id: str) -> PersonHistory:
    person = session.get(Person, person_id)
    if person is None:
        raise LookupError(person_id)
    return PersonHistory(
        person_id=person_id,
        name=person.full_name,
        meetings=person_meetings(session, person_id),
        trainings=person_trainings(session, person_id),
    )
