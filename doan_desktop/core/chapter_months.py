"""A chapter met in a month: the one rule shared by the overview's chart and alerts, the year
plan, "Chi đoàn 3 có" and the report.

A meeting counts for one month (``meeting_month``): the month it reports on when the clerk
said so, else the month it was held. A chapter met in a month when a meeting counting for that
month is

- its own monthly or themed meeting, or
- a joint meeting (sinh hoạt liên chi đoàn, the "1 liên kết") it hosted or took part in: the
  chapter's members met, with other chapters' (DOMAIN.md §2).

Briefings, committee meetings and club sessions are the commune's meetings, not a chapter's.
Minutes still in draft count (a meeting is recorded after it is held); meetings in the trash
do not.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from doan_desktop.core.meeting_kinds import CHAPTER_MEETING_KINDS, JOINT
from doan_desktop.core.store.models import Meeting, MeetingChapter

# A meeting may report on another month than the one it was held in (the month before, as a
# rule): meetings are looked for this much wider than the months asked about.
_MARGIN = dt.timedelta(days=31)


def month_code(day: dt.date) -> str:
    """2026-08-14 → "2026-08"."""
    return f"{day.year:04d}-{day.month:02d}"


def meeting_month(kind: str, date: dt.date, for_month: str) -> str:
    """The month a meeting counts for: the one it reports on, else the month it was held."""
    return for_month or month_code(date)


@dataclass(frozen=True)
class ChapterMeeting:
    """One meeting by which one chapter met in one month."""

    chapter_id: str  # the chapter that met
    month: str  # "2026-08"
    meeting_id: str
    kind: str  # monthly | themed | joint
    date: dt.date
    state: str  # draft | final
    host_id: str | None  # the chapter that held it: itself, or a joint meeting's host


def chapter_meetings(
    session: Session,
    first: dt.date,
    last: dt.date,
    chapter_ids: Iterable[str] | None = None,
) -> list[ChapterMeeting]:
    """The meetings by which chapters met in the months from ``first``'s to ``last``'s, in
    the order they were held; only for ``chapter_ids`` when given."""
    wanted = set(chapter_ids) if chapter_ids is not None else None
    first_month, last_month = month_code(first), month_code(last)
    rows = session.execute(
        select(
            Meeting.id,
            Meeting.kind,
            Meeting.chapter_id,
            Meeting.date,
            Meeting.for_month,
            Meeting.state,
        )
        .where(
            Meeting.deleted_at.is_(None),
            Meeting.kind.in_((*CHAPTER_MEETING_KINDS, JOINT)),
            Meeting.date >= first - _MARGIN,
            Meeting.date <= last + _MARGIN,
        )
        .order_by(Meeting.date, Meeting.start_time, Meeting.id)
    ).all()
    joined: dict[str, list[str]] = defaultdict(list)
    joint_ids = [r.id for r in rows if r.kind == JOINT]
    if joint_ids:
        for meeting_id, chapter_id in session.execute(
            select(MeetingChapter.meeting_id, MeetingChapter.chapter_id).where(
                MeetingChapter.meeting_id.in_(joint_ids)
            )
        ):
            joined[meeting_id].append(chapter_id)
    found = []
    for row in rows:
        month = meeting_month(row.kind, row.date, row.for_month)
        if not first_month <= month <= last_month:
            continue
        met = [row.chapter_id] if row.chapter_id else []
        if row.kind == JOINT:
            met += sorted(set(joined.get(row.id, ())) - set(met))
        for chapter_id in met:
            if wanted is None or chapter_id in wanted:
                found.append(
                    ChapterMeeting(
                        chapter_id, month, row.id, row.kind, row.date, row.state, row.chapter_id
                    )
                )
    return found


def chapters_met(meetings: Iterable[ChapterMeeting]) -> dict[str, set[str]]:
    """Month code → the chapters that met in it."""
    met: dict[str, set[str]] = defaultdict(set)
    for meeting in meetings:
        met[meeting.month].add(meeting.chapter_id)
    return met


def months_met(meetings: Iterable[ChapterMeeting]) -> dict[str, set[str]]:
    """Chapter id → the months it met in."""
    met: dict[str, set[str]] = defaultdict(set)
    for meeting in meetings:
        met[meeting.chapter_id].add(meeting.month)
    return met
