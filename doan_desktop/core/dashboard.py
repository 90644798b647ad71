"""The overview the clerk sees first: this quarter beside the last, three charts, and alerts that
each lead to a record.

Where the numbers come from, and how far they can be trusted:

- Members and youth at the end of a quarter (today, for the quarter under way) follow the
  quarterly report's rules (core/reporting.py): a person's status on that day is the one last
  recorded on or before it in the change log; a member counts from the admission date
  (``member_since``); youth who are not members have no dates and count as recorded now. So the
  series over past quarters is an approximation: people recorded late, or whose statuses were
  changed without the change log, show in quarters where they were not yet known.
- The share of youth gathered needs the youth population of the quarter, typed in the report
  (a manual value); without it the share is left out and the figure says so.
- Meetings held are the chapters' own monthly and themed meetings counting for a month of the
  quarter (as in the report); a chapter "met" in a month by the rule of ``chapter_months``
  (joint meetings it hosted or joined count), in the chart and the alerts as in the year plan,
  "Chi đoàn 3 có" and the report.
- Works and volunteer drives count in the quarter they began, as in the report, so a work
  or a drive over two quarters is counted (with its value and its lượt) once.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from doan_desktop.core import chapter_months, clock, compliance, links, report_status
from doan_desktop.core.chapters import list_chapters
from doan_desktop.core.dates import parse_iso
from doan_desktop.core.meeting_kinds import CHAPTER_MEETING_KINDS
from doan_desktop.core.meetings import meeting_month
from doan_desktop.core.messages import translate
from doan_desktop.core.periods import Period
from doan_desktop.core.reporting import (
    MEMBER_MAX_AGE,
    _admitted_by,
    _people,
    _status_history,
    _status_on,
    parse_whole_number,
    share,
)
from doan_desktop.core.store.models import (
    Chapter,
    ManualValue,
    Meeting,
    Person,
    Training,
)
from doan_desktop.core.vocab import CURRENT_STATUSES
from doan_desktop.core.volunteering import drives_in_period
from doan_desktop.core.works import works_in_period

COUNT, MONEY, SHARE = "count", "money", "share"
SERIES_QUARTERS = 6
# Alert kinds, each with the page that shows its record.
NO_SECRETARY, NO_MEETING, PAST_AGE, NO_BRIEFING, NO_JOINT = (
    "no_secretary",
    "no_meeting",
    "past_age",
    "no_briefing",
    "no_joint",
)


@dataclass
class Figure:
    key: str
    label: str
    current: int | Decimal | None
    previous: int | Decimal | None
    kind: str = COUNT  # count | money (đồng) | share (percent, one decimal)
    note: str = ""


@dataclass
class Alert:
    kind: str
    text: str
    page: str  # the navigation key of the page that shows the record
    record_id: str | None = None
    section: str = ""  # a part of the page ("links" on the models page)


@dataclass
class ThreeHaveRow:
    chapter_id: str
    chapter: str
    quarters: list[bool | None]  # None: not taking part in that quarter
    overridden: list[bool]


@dataclass
class PeoplePoint:
    period: str
    members: int
    youth: int


@dataclass
class Dashboard:
    today: dt.date
    quarter: Period
    previous: Period
    figures: list[Figure]
    year: int
    chapters_meeting: list[int | None]  # 12 months of ``year``; None for months not begun
    active_chapters: int
    three_have_quarters: list[str]  # the quarters of ``year`` up to today's
    three_have: list[ThreeHaveRow]
    people: list[PeoplePoint]
    alerts: list[Alert] = field(default_factory=list)

    def figure(self, key: str) -> Figure:
        return next(f for f in self.figures if f.key == key)


# ----------------------------------------------------------------------------- people


def people_counts(session: Session, days: list[dt.date]) -> list[tuple[int, int]]:
    """(members, youth) on each day, by the quarterly report's rules."""
    history = _status_history(session)
    people = _people(session)
    counts = []
    for day in days:
        members = youth = 0
        for person in people:
            if _status_on(person.status, history.get(person.id, []), day) not in CURRENT_STATUSES:
                continue
            if person.is_member and _admitted_by(person, day):
                members += 1
            else:
                youth += 1
        counts.append((members, youth))
    return counts


def _youth_population(session: Session, period: Period) -> int | None:
    value = session.scalar(
        select(ManualValue.value).where(
            ManualValue.period == period.code,
            ManualValue.indicator == "YOUTH_POPULATION",
            ManualValue.disagg == "",
        )
    )
    return parse_whole_number(value) if value else None


# ----------------------------------------------------------------------------- activity


def _month_code(day: dt.date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def _next_month(day: dt.date) -> dt.date:
    return dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)


def chapters_meeting_by_month(
    session: Session, first: dt.date, last: dt.date
) -> dict[str, set[str]]:
    """Month code → the chapters that met in it (``chapter_months``: their own monthly or
    themed meeting, or a joint meeting they hosted or took part in)."""
    return chapter_months.chapters_met(chapter_months.chapter_meetings(session, first, last))


def _meetings_held(session: Session, period: Period) -> int:
    """The chapters' monthly and themed meetings counting for a month of the period."""
    months = {_month_code(d) for d in period.month_starts()}
    rows = session.execute(
        select(Meeting.kind, Meeting.date, Meeting.for_month).where(
            Meeting.deleted_at.is_(None),
            Meeting.kind.in_(CHAPTER_MEETING_KINDS),
            Meeting.date >= period.start - dt.timedelta(days=31),
            Meeting.date <= period.end + dt.timedelta(days=31),
        )
    ).all()
    return sum(1 for kind, day, for_month in rows if meeting_month(kind, day, for_month) in months)


def _trainings(session: Session, period: Period) -> int:
    return session.scalar(
        select(func.count(Training.id)).where(
            Training.deleted_at.is_(None),
            Training.state == "held",
            Training.start_date >= period.start,
            Training.start_date <= period.end,
        )
    )


def _works(session: Session, period: Period) -> tuple[int, int]:
    """The works and tasks begun in the period and their value, as the report counts them."""
    rows = [
        r
        for r in works_in_period(session, period.start, period.end)
        if period.contains(r.start_date)
    ]
    return len(rows), sum(r.value for r in rows)


def _participation(session: Session, period: Period) -> int:
    """The lượt of the drives begun in the period: a drive over two quarters counts once."""
    return sum(
        d.participation
        for d in drives_in_period(session, period.start, period.end)
        if period.contains(d.start_date)
    )


# ----------------------------------------------------------------------------- alerts


def _age_alerts(session: Session, today: dt.date) -> list[Alert]:
    rows = session.execute(
        select(Person.id, Person.full_name, Person.birth_date)
        .where(
            Person.deleted_at.is_(None),
            Person.is_member.is_(True),
            Person.status.in_(CURRENT_STATUSES),
        )
        .order_by(Person.sort_key)
    ).all()
    text = translate("Dashboard", "{name} is {age} and has not aged out of the Union")
    alerts = []
    for person_id, name, birth in rows:
        born = parse_iso(birth)
        if born is not None and born.age_on(today) > MEMBER_MAX_AGE:
            age = born.age_on(today)
            alerts.append(Alert(PAST_AGE, text.format(name=name, age=age), "people", person_id))
    return alerts


def alerts(session: Session, today: dt.date) -> list[Alert]:
    # What the superior office sent back or asks first: a returned report, one without a
    # receipt, the deadlines (core/report_status.py); each opens the report on its period.
    found = [
        Alert(kind, text, "report", period)
        for kind, text, period in report_status.report_alerts(session, today)
    ]
    chapters = list_chapters(session, include_inactive=False)
    no_secretary = translate("Dashboard", "{chapter} has no secretary")
    for chapter in chapters:
        if not chapter.secretary:
            found.append(
                Alert(
                    NO_SECRETARY, no_secretary.format(chapter=chapter.name), "chapters", chapter.id
                )
            )
    last_month = dt.date(today.year, today.month, 1) - dt.timedelta(days=1)
    met = chapters_meeting_by_month(session, last_month.replace(day=1), last_month)
    remote = set(session.scalars(select(Chapter.id).where(Chapter.remote.is_(True))))
    no_meeting = translate("Dashboard", "{chapter} held no meeting in {month}")
    month_text = last_month.strftime("%m/%Y")
    for chapter in chapters:
        # A remote chapter meets every quarter: one month without a meeting is no gap.
        if chapter.id not in remote and chapter.id not in met.get(_month_code(last_month), ()):
            found.append(
                Alert(
                    NO_MEETING,
                    no_meeting.format(chapter=chapter.name, month=month_text),
                    "chapters",
                    chapter.id,
                )
            )
    half = (today.month - 1) // 6
    first = dt.date(today.year, 6 * half + 1, 1)
    last = dt.date(today.year, 6, 30) if half == 0 else dt.date(today.year, 12, 31)
    if not links.briefing_held(session, first, last):
        text = (
            translate("Dashboard", "No briefing with the chapter secretaries yet in the first half")
            if half == 0
            else translate(
                "Dashboard", "No briefing with the chapter secretaries yet in the second half"
            )
        )
        found.append(Alert(NO_BRIEFING, text, "models", None, "links"))
    if not links.joint_recorded_this_month(session, today):
        text = translate("Dashboard", "No joint meeting recorded for {month} yet").format(
            month=today.strftime("%m/%Y")
        )
        found.append(Alert(NO_JOINT, text, "models", None, "links"))
    found.extend(_age_alerts(session, today))
    return found


# ----------------------------------------------------------------------------- the whole


def _quarters_back(period: Period, count: int) -> list[Period]:
    quarters = [period]
    while len(quarters) < count:
        quarters.append(quarters[-1].previous())
    return quarters[::-1]


def build_dashboard(session: Session, today: dt.date | None = None) -> Dashboard:
    today = today or clock.today()
    current = Period.quarter_of(today)
    previous = current.previous()
    series = _quarters_back(current, SERIES_QUARTERS)
    # The quarter under way is counted as of today; past quarters as of their last day.
    counts = people_counts(session, [min(q.end, today) for q in series])
    people = [PeoplePoint(q.code, m, y) for q, (m, y) in zip(series, counts, strict=True)]
    (members, youth), (was_members, was_youth) = counts[-1], counts[-2]

    figures: list[Figure] = []
    chapters = session.scalar(
        select(func.count(Chapter.id)).where(Chapter.deleted_at.is_(None), Chapter.active)
    )
    figures.append(Figure("chapters", translate("Dashboard", "Chapters"), chapters, None))
    figures.append(Figure("members", translate("Dashboard", "Members"), members, was_members))
    figures.append(Figure("youth", translate("Dashboard", "Youth (not members)"), youth, was_youth))
    shares = []
    for period, (m, y) in ((current, (members, youth)), (previous, (was_members, was_youth))):
        population = _youth_population(session, period)
        shares.append(Decimal(share(m + y, population)) if population else None)
    share_note = ""
    if shares[0] is None:
        share_note = translate(
            "Dashboard", "Needs the youth population of the quarter, typed in the report"
        )
    figures.append(
        Figure(
            "share",
            translate("Dashboard", "Youth gathered"),
            shares[0],
            shares[1],
            SHARE,
            share_note,
        )
    )
    assessed = {}
    year_quarters = [Period(today.year, "Q", n) for n in range(1, current.number + 1)]
    for period in {*year_quarters, previous}:
        assessed[period.code] = compliance.assess_period(session, period, today)
    now, before = assessed[current.code], assessed[previous.code]
    figures.append(
        Figure(
            "three_have",
            translate("Dashboard", 'Chapters "3 có"'),
            compliance.three_have_count(now),
            compliance.three_have_count(before),
            note=translate("Dashboard", "of {n} taking part").format(n=len(now)),
        )
    )
    figures.append(
        Figure(
            "meetings",
            translate("Dashboard", "Chapter meetings held"),
            _meetings_held(session, current),
            _meetings_held(session, previous),
        )
    )
    figures.append(
        Figure(
            "trainings",
            translate("Dashboard", "Trainings"),
            _trainings(session, current),
            _trainings(session, previous),
        )
    )
    works_now, works_before = _works(session, current), _works(session, previous)
    figures.append(
        Figure(
            "works",
            translate("Dashboard", "Youth works begun"),
            works_now[0],
            works_before[0],
        )
    )
    figures.append(
        Figure(
            "works_value",
            translate("Dashboard", "Value of the works"),
            works_now[1],
            works_before[1],
            MONEY,
        )
    )
    figures.append(
        Figure(
            "volunteers",
            translate("Dashboard", "Volunteer participation (lượt)"),
            _participation(session, current),
            _participation(session, previous),
        )
    )

    active = [
        c
        for c in session.scalars(
            select(Chapter.id).where(Chapter.deleted_at.is_(None), Chapter.active.is_(True))
        )
    ]
    met = chapters_meeting_by_month(session, dt.date(today.year, 1, 1), dt.date(today.year, 12, 31))
    by_month: list[int | None] = []
    for number in range(1, 13):
        start = dt.date(today.year, number, 1)
        if start > today:
            by_month.append(None)
        else:
            by_month.append(len(met.get(_month_code(start), set()) & set(active)))

    rows: dict[str, ThreeHaveRow] = {}
    for index, period in enumerate(year_quarters):
        for result in assessed[period.code]:
            row = rows.setdefault(
                result.chapter_id,
                ThreeHaveRow(
                    result.chapter_id,
                    result.chapter,
                    [None] * len(year_quarters),
                    [False] * len(year_quarters),
                ),
            )
            row.quarters[index] = result.three_have
            row.overridden[index] = result.overridden
    names = dict(session.execute(select(Chapter.id, Chapter.sort_key)).all())
    grid = sorted(rows.values(), key=lambda r: names.get(r.chapter_id, ""))

    return Dashboard(
        today=today,
        quarter=current,
        previous=previous,
        figures=figures,
        year=today.year,
        chapters_meeting=by_month,
        active_chapters=len(active),
        three_have_quarters=[q.code for q in year_quarters],
        three_have=grid,
        people=people,
        alerts=alerts(session, today),
    )
