"""The club of residential chapter secretaries (CLB Bí thư chi đoàn, DOMAIN.md §2): who belongs
to it, its sessions, and what each secretary has attended.

Membership is a ClubMember row with a start (``since``) and, once it ends, an ``until``; both
stored as ISO dates, the form ``core.meetings`` reads when it lists who is expected at a club
session. A membership is ended, never deleted, so the club's history stays readable. The
sessions are meetings of kind "club" (``core.meetings``); a secretary's sessions are those at
which they were marked present.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from doan_desktop.core import clock
from doan_desktop.core import meetings as meeting_cases
from doan_desktop.core.changelog import log_change, snapshot
from doan_desktop.core.dates import DateFormatError, PartialDate
from doan_desktop.core.meeting_kinds import CLUB, PRESENT
from doan_desktop.core.messages import translate
from doan_desktop.core.store.models import Attendance, Chapter, ClubMember, Meeting, Office, Person
from doan_desktop.core.text import clean
from doan_desktop.core.trainings import PersonTraining, person_trainings, trainings_taken_part
from doan_desktop.core.validation import Problems, ValidationError
from doan_desktop.core.vocab import RESIDENTIAL_CHAPTER_KINDS, SECRETARY, office_role_labels

DEPUTY = "pho_bi_thu"


@dataclass
class ClubMemberRow:
    id: str
    person_id: str
    name: str
    chapter: str
    office: str  # the chapter office held today ("Secretary", "Deputy secretary"), or ""
    since: str  # ISO date
    until: str  # ISO date, "" while a member
    trainings: int  # held trainings attended or completed
    sessions: int  # club sessions marked present
    sort_key: str = ""

    @property
    def current(self) -> bool:
        return not self.until


@dataclass
class Suggestion:
    """A sitting secretary or deputy of a residential chapter who is not yet a member."""

    person_id: str
    name: str
    chapter: str
    office: str
    sort_key: str = ""


@dataclass
class ClubSession:
    meeting_id: str
    date: dt.date
    theme: str
    place: str
    present: bool


@dataclass
class MemberActivity:
    person_id: str
    trainings: list[PersonTraining]
    sessions: list[ClubSession]  # the club's sessions since they joined, newest first


def _raise(key: str, message: str) -> None:
    problems = Problems()
    problems.error(key, message)
    raise ValidationError(problems)


def check_day(text: str, today: dt.date) -> str | None:
    """Why a membership date as typed is not acceptable, or None (empty means today)."""
    try:
        _parse_day(text, "day", today)
    except ValidationError as error:
        return error.problems.errors["day"]
    return None


def _parse_day(text: str, key: str, today: dt.date) -> dt.date:
    """A full date typed dd/mm/yyyy, not in the future; empty means today."""
    if not clean(text):
        return today
    try:
        value = PartialDate.parse(text)
    except DateFormatError:
        value = None
    if value is None or not value.is_full:
        _raise(key, translate("Club", "Type the date as dd/mm/yyyy, for example 05/02/2026."))
    if value.to_date() > today:
        _raise(key, translate("Club", "The date cannot be in the future."))
    return value.to_date()


# ----------------------------------------------------------------------------- membership


def _current_membership(session: Session, person_id: str) -> ClubMember | None:
    return session.scalars(
        select(ClubMember).where(ClubMember.person_id == person_id, ClubMember.until == "")
    ).first()


def add_member(
    session: Session,
    person_id: str,
    since: str = "",
    note: str = "",
    today: dt.date | None = None,
) -> str:
    """Make someone from the roster a member from ``since`` (dd/mm/yyyy; empty: today)."""
    today = today or clock.today()
    person = session.get(Person, person_id) if person_id else None
    if person is None or person.deleted_at is not None:
        _raise("person_id", translate("Club", "Choose someone from the roster."))
    if _current_membership(session, person_id) is not None:
        _raise(
            "person_id",
            translate("Club", "{name} is already a member of the club.").format(
                name=person.full_name
            ),
        )
    day = _parse_day(since, "since", today)
    member = ClubMember(person_id=person_id, since=day.isoformat(), until="", note=clean(note))
    session.add(member)
    session.flush()
    log_change(session, "club_member", member.id, "create", None, snapshot(member))
    return member.id


def add_members(session: Session, person_ids: list[str], since: str = "", today=None) -> list[str]:
    """Several at once (the suggestion list): all or none."""
    return [add_member(session, person_id, since, today=today) for person_id in person_ids]


def end_membership(
    session: Session, member_id: str, until: str = "", today: dt.date | None = None
) -> None:
    """The member leaves the club on ``until`` (dd/mm/yyyy; empty: today)."""
    today = today or clock.today()
    member = session.get(ClubMember, member_id)
    if member is None:
        _raise("id", translate("Club", "There is no such club membership."))
    if member.until:
        _raise("until", translate("Club", "This membership has already ended."))
    day = _parse_day(until, "until", today)
    if member.since and day.isoformat() < member.since[:10]:
        _raise(
            "until",
            translate("Club", "The membership cannot end before it began ({since}).").format(
                since=PartialDate.parse(member.since).display()
            ),
        )
    before = snapshot(member)
    member.until = day.isoformat()
    log_change(session, "club_member", member.id, "update", before, snapshot(member))


# ----------------------------------------------------------------------------- reading


def _offices_today(session: Session, person_ids, today: dt.date) -> dict[str, str]:
    labels = office_role_labels()
    offices: dict[str, str] = {}
    rows = session.execute(
        select(Office).where(
            Office.person_id.in_(person_ids),
            Office.chapter_id.is_not(None),
            Office.role.in_((SECRETARY, DEPUTY)),
        )
    ).scalars()
    for office in rows:
        if meeting_cases.office_held_on(office, today) and office.person_id not in offices:
            offices[office.person_id] = labels.get(office.role, office.role)
    return offices


def _sessions_present(session: Session, person_ids) -> dict[str, int]:
    rows = session.execute(
        select(Attendance.person_id, func.count())
        .join(Meeting, Meeting.id == Attendance.meeting_id)
        .where(
            Attendance.person_id.in_(person_ids),
            Attendance.status == PRESENT,
            Meeting.kind == CLUB,
            Meeting.deleted_at.is_(None),
        )
        .group_by(Attendance.person_id)
    )
    return dict(rows.all())


def list_members(
    session: Session, include_past: bool = True, today: dt.date | None = None
) -> list[ClubMemberRow]:
    """Current members first, then past ones; each in roster order. A handful of queries."""
    today = today or clock.today()
    query = (
        select(ClubMember, Person.full_name, Person.sort_key, func.coalesce(Chapter.name, ""))
        .join(Person, Person.id == ClubMember.person_id)
        .outerjoin(Chapter, Chapter.id == Person.chapter_id)
        .where(Person.deleted_at.is_(None))
    )
    if not include_past:
        query = query.where(ClubMember.until == "")
    rows = session.execute(query).all()
    ids = list({member.person_id for member, *_ in rows})
    offices = _offices_today(session, ids, today) if ids else {}
    trainings = trainings_taken_part(session, ids)
    sessions = _sessions_present(session, ids) if ids else {}
    result = [
        ClubMemberRow(
            id=member.id,
            person_id=member.person_id,
            name=name,
            chapter=chapter,
            office=offices.get(member.person_id, ""),
            since=member.since,
            until=member.until,
            trainings=trainings.get(member.person_id, 0),
            sessions=sessions.get(member.person_id, 0),
            sort_key=sort_key,
        )
        for member, name, sort_key, chapter in rows
    ]
    result.sort(key=lambda r: (not r.current, r.sort_key, r.since, r.id))
    return result


def suggestions(session: Session, today: dt.date | None = None) -> list[Suggestion]:
    """Sitting secretaries and deputies of active residential chapters not yet members,
    secretaries before deputies, in roster order."""
    today = today or clock.today()
    members = set(session.scalars(select(ClubMember.person_id).where(ClubMember.until == "")))
    labels = office_role_labels()
    rows = session.execute(
        select(Office, Person.full_name, Person.sort_key, Chapter.name)
        .join(Person, Person.id == Office.person_id)
        .join(Chapter, Chapter.id == Office.chapter_id)
        .where(
            Office.role.in_((SECRETARY, DEPUTY)),
            Person.deleted_at.is_(None),
            Chapter.deleted_at.is_(None),
            Chapter.active.is_(True),
            Chapter.kind.in_(RESIDENTIAL_CHAPTER_KINDS),
        )
    )
    found: dict[str, tuple[int, Suggestion]] = {}
    for office, name, sort_key, chapter in rows:
        if office.person_id in members or not meeting_cases.office_held_on(office, today):
            continue
        rank = 0 if office.role == SECRETARY else 1
        if office.person_id in found and found[office.person_id][0] <= rank:
            continue
        found[office.person_id] = (
            rank,
            Suggestion(office.person_id, name, chapter, labels[office.role], sort_key),
        )
    return [s for _, s in sorted(found.values(), key=lambda x: (x[0], x[1].sort_key))]


def list_sessions(session: Session, year: int | None = None) -> list[meeting_cases.MeetingRow]:
    """The club's sessions: meetings of kind "club", most recent first."""
    return meeting_cases.list_meetings(session, kind=CLUB, year=year)


def member_activity(session: Session, person_id: str) -> MemberActivity:
    """The trainings a member took part in and the club sessions held since they first joined,
    each session marked with whether they were present."""
    trainings = person_trainings(session, person_id, took_part_only=True)
    joined = session.scalar(
        select(func.min(ClubMember.since)).where(ClubMember.person_id == person_id)
    )
    marks = dict(
        session.execute(
            select(Attendance.meeting_id, Attendance.status).where(
                Attendance.person_id == person_id
            )
        ).all()
    )
    query = (
        select(Meeting.id, Meeting.date, Meeting.title, Meeting.place)
        .where(Meeting.kind == CLUB, Meeting.deleted_at.is_(None))
        .order_by(Meeting.date.desc(), Meeting.id)
    )
    sessions = [
        ClubSession(meeting_id, date, theme, place, marks.get(meeting_id) == PRESENT)
        for meeting_id, date, theme, place in session.execute(query)
        if marks.get(meeting_id) == PRESENT or (joined and date.isoformat() >= joined[:10])
    ]
    return MemberActivity(person_id, trainings, sessions)
