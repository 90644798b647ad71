"""Meetings and their minutes: who was expected, who came, what was said and decided.

A meeting is recorded after it is held, as a draft; once the chair and the secretary have signed
it is finalised and read-only. A correction reopens it with a reason (a MeetingRevision and a
change log entry). Every check is in ``validate_meeting`` so the form, the CLI and the tests all
refuse the same input with the same message under the same field name.

Who is expected (the attendance list) comes from the roster on the meeting's date:

- a monthly or themed meeting: the chapter's current members, and the chapter's youth when
  the meeting invited them (``chapter_youth``);
- a joint meeting: the secretaries and deputy secretaries of the host and the participating
  chapters (the "1 liên kết" is the secretaries' monthly activity, DOMAIN.md §2); members of
  those chapters who come along are recorded as guests;
- a briefing: the secretaries and deputies of the residential chapters, and the commune committee;
- a BCH meeting: the people holding a commune-level office;
- a club session: the club's members, or, while the club has none recorded, the secretaries of
  the residential chapters.

Anyone else who attended is a guest (name and title), counted apart.
The minutes name the list by kind (``meeting_kinds.attendance_wording``): members, members and
youth, secretaries, committee members, club members, or the delegates called to a briefing.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from doan_desktop.core import clock
from doan_desktop.core.changelog import log_change, snapshot
from doan_desktop.core.chapter_months import chapter_meetings, meeting_month
from doan_desktop.core.dates import DateFormatError, PartialDate
from doan_desktop.core.meeting_kinds import (
    ABSENT,
    ATTENDANCE_STATUSES,
    BCH,
    BRIEFING,
    CHAPTER_MEETING_KINDS,
    CLUB,
    DRAFT,
    EXCUSED,
    FINAL,
    JOINT,
    MEETING_KINDS,
    PRESENT,
    THEME_KINDS,
    THEMED,
    attendance_wording,
    printed_title,
)
from doan_desktop.core.messages import translate
from doan_desktop.core.store.models import (
    Attendance,
    Chapter,
    ClubMember,
    Meeting,
    MeetingChapter,
    MeetingGuest,
    MeetingRevision,
    Office,
    Person,
    utcnow,
)
from doan_desktop.core.text import clean, fold
from doan_desktop.core.unit import display_name, get_unit
from doan_desktop.core.validation import Problems, ValidationError
from doan_desktop.core.vocab import (
    CURRENT_STATUSES,
    RESIDENTIAL_CHAPTER_KINDS,
    SECRETARY,
    office_role_labels,
    unit_kind_word,
)
from doan_desktop.documents.minutes_data import Absent, Guest, MinutesData, Speech

DEPUTY = "pho_bi_thu"
_TIME = re.compile(r"^\s*(\d{1,2})\s*[:hHgG.]\s*(\d{2})\s*(?:p|ph|phút)?\s*$")
_MONTH = re.compile(r"^\s*(\d{4})-(\d{2})\s*$")


# ----------------------------------------------------------------------------- values


@dataclass
class AttendanceInput:
    person_id: str
    status: str = PRESENT
    reason: str = ""


@dataclass
class GuestInput:
    name: str
    title: str = ""


@dataclass
class SpeechInput:
    speaker: str
    text: str


@dataclass
class MeetingInput:
    """A meeting as typed in the form: the date as dd/mm/yyyy, times as hh:mm."""

    kind: str = "monthly"
    chapter_id: str | None = None  # the chapter that met, or the host of a joint meeting
    participant_ids: list[str] = field(default_factory=list)  # joint: the other chapters
    for_month: str = ""  # "2026-01": the month a monthly meeting reports on; "" = its own month
    theme: str = ""
    date: str = ""
    start_time: str = ""
    end_time: str = ""
    place: str = ""
    chair_id: str | None = None
    secretary_id: str | None = None
    attendance: list[AttendanceInput] = field(default_factory=list)
    guests: list[GuestInput] = field(default_factory=list)
    agenda: list[str] = field(default_factory=list)
    discussion: list[SpeechInput] = field(default_factory=list)
    conclusions: str = ""
    resolutions: str = ""
    vote_for: int | None = None
    vote_against: int | None = None
    vote_other: int | None = None


@dataclass
class ExpectedPerson:
    """Someone on the attendance list, with what the form shows beside the name."""

    person_id: str
    name: str
    detail: str  # their chapter, or their office for commune-level meetings
    sort_key: str = ""
    youth: bool = False  # a youth who is not a member (a chapter meeting may invite them)


@dataclass
class Totals:
    expected: int = 0
    present: int = 0
    excused: int = 0
    absent: int = 0
    guests: int = 0


@dataclass
class Revision:
    at: dt.datetime
    reason: str


@dataclass
class MeetingDetail:
    id: str
    data: MeetingInput
    state: str
    attendees: list[ExpectedPerson]  # the people of ``data.attendance``, in roster order
    finalised_at: dt.datetime | None = None
    revisions: list[Revision] = field(default_factory=list)

    @property
    def is_final(self) -> bool:
        return self.state == FINAL


@dataclass
class MeetingRow:
    id: str
    kind: str
    date: dt.date
    month: str  # "2026-01": the month the meeting counts for
    chapter_id: str | None
    chapter: str  # the chapter, or the host of a joint meeting; "" for commune-level
    participants: list[str]  # names of the other chapters of a joint meeting
    theme: str
    place: str
    chair: str
    secretary: str
    expected: int
    present: int
    guests: int
    state: str


# ----------------------------------------------------------------------------- parsing


def parse_time(text: str | None) -> tuple[str, str | None]:
    """("HH:MM", None), ("", None) for empty, or ("", message)."""
    if not clean(text):
        return "", None
    match = _TIME.match(text or "")
    if match:
        hour, minute = int(match.group(1)), int(match.group(2))
        if hour < 24 and minute < 60:
            return f"{hour:02d}:{minute:02d}", None
    return "", translate("Meetings", "Type the time as hh:mm, for example 19:30.")


def parse_meeting_date(text: str | None) -> tuple[dt.date | None, str | None]:
    if not clean(text):
        return None, translate("Meetings", "The date of the meeting is required.")
    try:
        value = PartialDate.parse(text)
    except DateFormatError:
        value = None
    if value is None or not value.is_full:
        return None, translate("Meetings", "Type the date as dd/mm/yyyy, for example 05/02/2026.")
    return value.to_date(), None


# ----------------------------------------------------------------------------- who is expected


def office_held_on(office: Office, day: dt.date) -> bool:
    """True when the office was held on ``day`` (dates may be a year alone)."""
    try:
        start = PartialDate.parse(office.start_date)
        end = PartialDate.parse(office.end_date)
    except DateFormatError:
        return not office.end_date
    if start is not None and start.earliest() > day:
        return False
    if end is not None:
        last = end.to_date() or dt.date(end.year, 12, 31)
        if last < day:
            return False
    return True


def _live_people():
    return Person.deleted_at.is_(None) & Person.status.in_(CURRENT_STATUSES)


def _office_holders(session: Session, day: dt.date, where) -> list[tuple[Office, Person]]:
    rows = session.execute(
        select(Office, Person)
        .join(Person, Person.id == Office.person_id)
        .where(where, Person.deleted_at.is_(None))
    ).all()
    return [(o, p) for o, p in rows if office_held_on(o, day)]


def _chapter_secretaries(session: Session, chapter_where, day: dt.date) -> list[ExpectedPerson]:
    chapters = {
        c.id: c.name
        for c in session.scalars(select(Chapter).where(chapter_where, Chapter.deleted_at.is_(None)))
    }
    if not chapters:
        return []
    holders = _office_holders(
        session,
        day,
        Office.chapter_id.in_(chapters) & Office.role.in_((SECRETARY, DEPUTY)),
    )
    roles = {
        SECRETARY: translate("Meetings", "Secretary, {chapter}"),
        DEPUTY: translate("Meetings", "Deputy secretary, {chapter}"),
    }
    return [
        ExpectedPerson(
            p.id, p.full_name, roles[o.role].format(chapter=chapters[o.chapter_id]), p.sort_key
        )
        for o, p in holders
    ]


def _commune_committee(session: Session, day: dt.date) -> list[ExpectedPerson]:
    labels = office_role_labels()
    committee = translate("Meetings", "{role}, commune committee")
    return [
        ExpectedPerson(
            p.id, p.full_name, committee.format(role=labels.get(o.role, o.role)), p.sort_key
        )
        for o, p in _office_holders(session, day, Office.chapter_id.is_(None))
    ]


def _chapter_members(session: Session, chapter_ids: list[str]) -> list[ExpectedPerson]:
    rows = session.execute(
        select(Person.id, Person.full_name, Chapter.name, Person.sort_key)
        .join(Chapter, Chapter.id == Person.chapter_id)
        .where(Person.chapter_id.in_(chapter_ids), Person.is_member.is_(True), _live_people())
    ).all()
    return [ExpectedPerson(*row) for row in rows]


def chapter_youth(session: Session, chapter_id: str | None) -> list[ExpectedPerson]:
    """The chapter's current youth who are not members, in roster order: a monthly or themed
    meeting that invites them may put them on its attendance list (the minutes then count
    "đoàn viên, thanh niên")."""
    if not chapter_id:
        return []
    rows = session.execute(
        select(Person.id, Person.full_name, Chapter.name, Person.sort_key)
        .join(Chapter, Chapter.id == Person.chapter_id)
        .where(Person.chapter_id == chapter_id, Person.is_member.is_(False), _live_people())
    ).all()
    people = (ExpectedPerson(*row, youth=True) for row in rows)
    return sorted(people, key=lambda p: (p.sort_key, p.person_id))


def _club_members(session: Session, day: dt.date) -> list[ExpectedPerson]:
    rows = session.execute(
        select(ClubMember, Person, Chapter.name)
        .join(Person, Person.id == ClubMember.person_id)
        .outerjoin(Chapter, Chapter.id == Person.chapter_id)
        .where(Person.deleted_at.is_(None))
    ).all()
    people = []
    for member, person, chapter in rows:
        since = member.since[:10]
        until = member.until[:10]
        if since and since > day.isoformat():
            continue
        if until and len(until) == 10 and until < day.isoformat():
            continue
        people.append(ExpectedPerson(person.id, person.full_name, chapter or "", person.sort_key))
    return people


def expected_people(
    session: Session,
    kind: str,
    chapter_id: str | None = None,
    participant_ids: list[str] | None = None,
    on_date: dt.date | None = None,
) -> list[ExpectedPerson]:
    """Who is expected at a meeting of ``kind`` held on ``on_date``, in roster order."""
    day = on_date or clock.today()
    residential = Chapter.kind.in_(RESIDENTIAL_CHAPTER_KINDS) & Chapter.active.is_(True)
    if kind in CHAPTER_MEETING_KINDS:
        people = _chapter_members(session, [chapter_id]) if chapter_id else []
    elif kind == JOINT:
        ids = [i for i in [chapter_id, *(participant_ids or [])] if i]
        people = _chapter_secretaries(session, Chapter.id.in_(ids), day) if ids else []
    elif kind == BRIEFING:
        people = _chapter_secretaries(session, residential, day) + _commune_committee(session, day)
    elif kind == BCH:
        people = _commune_committee(session, day)
    elif kind == CLUB:
        people = _club_members(session, day) or _chapter_secretaries(session, residential, day)
    else:
        people = []
    unique: dict[str, ExpectedPerson] = {}
    for person in people:
        if person.person_id in unique:  # a secretary who also sits on the commune committee
            unique[person.person_id].detail += "; " + person.detail
        else:
            unique[person.person_id] = person
    return sorted(unique.values(), key=lambda p: (p.sort_key, p.person_id))


def totals(data: MeetingInput) -> Totals:
    """The counts the minutes print: every expected person is present, excused or absent."""
    result = Totals(expected=len(data.attendance))
    for row in data.attendance:
        if row.status == PRESENT:
            result.present += 1
        elif row.status == EXCUSED:
            result.excused += 1
        else:
            result.absent += 1
    result.guests = sum(1 for g in data.guests if clean(g.name))
    return result


# ----------------------------------------------------------------------------- validation


def _live_chapter(session: Session, chapter_id: str | None) -> Chapter | None:
    chapter = session.get(Chapter, chapter_id) if chapter_id else None
    return chapter if chapter is not None and chapter.deleted_at is None else None


def validate_meeting(
    session: Session,
    data: MeetingInput,
    meeting_id: str | None = None,
    today: dt.date | None = None,
    finalising: bool = False,
) -> Problems:
    """Errors keyed by field: kind, chapter_id, participants, theme, for_month, date,
    start_time, end_time, attendance, chair_id, secretary_id, guests, discussion, vote."""
    today = today or clock.today()
    problems = Problems()
    if data.kind not in MEETING_KINDS:
        problems.error("kind", translate("Meetings", "Choose the kind of meeting."))
    if data.kind in (*CHAPTER_MEETING_KINDS, JOINT):
        if not data.chapter_id:
            problems.error(
                "chapter_id",
                translate("Meetings", "Choose the host chapter.")
                if data.kind == JOINT
                else translate("Meetings", "Choose the chapter that met."),
            )
        elif _live_chapter(session, data.chapter_id) is None:
            problems.error("chapter_id", translate("Meetings", "Choose a chapter from the list."))
    if data.kind == JOINT:
        others = [i for i in data.participant_ids if i and i != data.chapter_id]
        if not others:
            problems.error(
                "participants",
                translate("Meetings", "Tick at least one chapter taking part besides the host."),
            )
        elif any(_live_chapter(session, i) is None for i in others):
            problems.error("participants", translate("Meetings", "Choose chapters from the list."))
    if data.kind == THEMED and not clean(data.theme):
        problems.error("theme", translate("Meetings", "A themed meeting needs its theme."))
    if data.for_month and not _MONTH.match(data.for_month):
        problems.error("for_month", translate("Meetings", "Choose the month reported on."))

    date, error = parse_meeting_date(data.date)
    if error:
        problems.error("date", error)
    elif date > today:
        problems.error(
            "date",
            translate(
                "Meetings",
                "A meeting is recorded once it has been held: the date cannot be in the future.",
            ),
        )
    start, error = parse_time(data.start_time)
    problems.error("start_time", error)
    end, error = parse_time(data.end_time)
    problems.error("end_time", error)
    if start and end and end <= start:
        problems.error(
            "end_time", translate("Meetings", "The meeting cannot end before it starts.")
        )
    if finalising and not start:
        problems.error(
            "start_time", translate("Meetings", "The minutes need the time the meeting started.")
        )

    _check_attendance(session, problems, data, meeting_id, date)
    present = {a.person_id for a in data.attendance if a.status == PRESENT}
    for key, person_id, required in (
        ("chair_id", data.chair_id, translate("Meetings", "Choose who chaired the meeting.")),
        (
            "secretary_id",
            data.secretary_id,
            translate("Meetings", "Choose who took the minutes."),
        ),
    ):
        if person_id and person_id not in present:
            problems.error(
                key,
                translate(
                    "Meetings", "Choose someone marked present: {name} is not among those present."
                ).format(name=_name(session, person_id)),
            )
        elif not person_id and finalising:
            problems.error(key, required)
    if (
        data.chair_id
        and data.chair_id == data.secretary_id
        and "secretary_id" not in problems.errors
    ):
        problems.error(
            "secretary_id",
            translate(
                "Meetings", "The secretary of the meeting must be someone other than the chair."
            ),
        )
    for guest in data.guests:
        if clean(guest.title) and not clean(guest.name):
            problems.error("guests", translate("Meetings", "Each guest needs a name."))
    for speech in data.discussion:
        if clean(speech.text) and not clean(speech.speaker):
            problems.error(
                "discussion", translate("Meetings", "Each speech needs the speaker's name.")
            )
        elif clean(speech.speaker) and not clean(speech.text):
            problems.error(
                "discussion",
                translate("Meetings", "Write what {name} said, or remove the line.").format(
                    name=clean(speech.speaker)
                ),
            )
    _check_vote(problems, data)
    return problems


def _name(session: Session, person_id: str) -> str:
    person = session.get(Person, person_id)
    return person.full_name if person else "?"


def _check_attendance(session, problems, data, meeting_id, date) -> None:
    allowed = {
        p.person_id
        for p in expected_people(session, data.kind, data.chapter_id, data.participant_ids, date)
    }
    if data.kind in CHAPTER_MEETING_KINDS:  # youth the chapter invited
        allowed |= {p.person_id for p in chapter_youth(session, data.chapter_id)}
    if meeting_id:  # people recorded then stay on the list even if the roster moved on
        allowed |= set(
            session.scalars(select(Attendance.person_id).where(Attendance.meeting_id == meeting_id))
        )
    seen: set[str] = set()
    for row in data.attendance:
        if row.status not in ATTENDANCE_STATUSES:
            problems.error(
                "attendance",
                translate("Meetings", "Mark each person present, absent with a reason, or absent."),
            )
        elif row.person_id in seen:
            problems.error(
                "attendance",
                translate("Meetings", "{name} is on the attendance list twice.").format(
                    name=_name(session, row.person_id)
                ),
            )
        elif row.person_id not in allowed:
            problems.error(
                "attendance",
                translate(
                    "Meetings",
                    "{name} is not expected at this meeting (not a member of the chapter); "
                    "record them as a guest.",
                ).format(name=_name(session, row.person_id)),
            )
        seen.add(row.person_id)


def _check_vote(problems: Problems, data: MeetingInput) -> None:
    votes = [data.vote_for, data.vote_against, data.vote_other]
    if all(v is None for v in votes):
        return
    if any(v is not None and v < 0 for v in votes):
        problems.error("vote", translate("Meetings", "Vote counts cannot be negative."))
        return
    present = sum(1 for a in data.attendance if a.status == PRESENT)
    cast = sum(v or 0 for v in votes)
    if cast > present:
        problems.error(
            "vote",
            translate(
                "Meetings",
                "{cast} votes were counted but only {present} people are marked present.",
            ).format(cast=cast, present=present),
        )


def _raise(key: str, message: str) -> None:
    problems = Problems()
    problems.error(key, message)
    raise ValidationError(problems)


def _locked_message() -> str:
    return translate(
        "Meetings", "These minutes are final. Reopen them for correction to change them."
    )


# ----------------------------------------------------------------------------- saving


def _apply(session: Session, meeting: Meeting, data: MeetingInput) -> None:
    date, _ = parse_meeting_date(data.date)
    meeting.kind = data.kind
    meeting.chapter_id = data.chapter_id if data.kind in (*CHAPTER_MEETING_KINDS, JOINT) else None
    meeting.for_month = data.for_month if data.kind in CHAPTER_MEETING_KINDS + (JOINT,) else ""
    meeting.title = clean(data.theme) if data.kind in THEME_KINDS else ""
    meeting.date = date
    meeting.start_time = parse_time(data.start_time)[0]
    meeting.end_time = parse_time(data.end_time)[0]
    meeting.place = clean(data.place)
    meeting.chair_id = data.chair_id or None
    meeting.secretary_id = data.secretary_id or None
    meeting.agenda = [clean(item) for item in data.agenda if clean(item)]
    meeting.discussion = [
        {"speaker": clean(s.speaker), "text": s.text.strip()}
        for s in data.discussion
        if clean(s.speaker) or clean(s.text)
    ]
    meeting.conclusions = data.conclusions.strip()
    meeting.resolutions = data.resolutions.strip()
    voted = any(v is not None for v in (data.vote_for, data.vote_against, data.vote_other))
    meeting.vote_for = (data.vote_for or 0) if voted else None
    meeting.vote_against = (data.vote_against or 0) if voted else None
    meeting.vote_other = (data.vote_other or 0) if voted else None

    others = [] if data.kind != JOINT else list(dict.fromkeys(data.participant_ids))
    others = [i for i in others if i and i != data.chapter_id]
    meeting.participants[:] = [p for p in meeting.participants if p.chapter_id in others] + [
        MeetingChapter(chapter_id=i)
        for i in others
        if i not in {p.chapter_id for p in meeting.participants}
    ]
    meeting.guests[:] = [
        MeetingGuest(position=n, name=clean(g.name), title=clean(g.title))
        for n, g in enumerate(g for g in data.guests if clean(g.name))
    ]
    existing = {a.person_id: a for a in meeting.attendance}
    rows = []
    for item in data.attendance:
        row = existing.get(item.person_id) or Attendance(person_id=item.person_id)
        row.status = item.status
        row.reason = clean(item.reason) if item.status == EXCUSED else ""
        rows.append(row)
    meeting.attendance[:] = rows


def _record(meeting: Meeting) -> dict:
    values = snapshot(meeting)
    values["participants"] = sorted(p.chapter_id for p in meeting.participants)
    values["guests"] = [[g.name, g.title] for g in meeting.guests]
    values["attendance"] = sorted([a.person_id, a.status, a.reason] for a in meeting.attendance)
    return values


def save_meeting(
    session: Session,
    data: MeetingInput,
    meeting_id: str | None = None,
    today: dt.date | None = None,
    finalise: bool = False,
) -> str:
    """Create (``meeting_id`` None) or update a draft; with ``finalise`` also make it final.

    Raises ValidationError (nothing written) on any error, or when the meeting is final.
    """
    if meeting_id:
        meeting = session.get_one(Meeting, meeting_id)
        if meeting.state == FINAL:
            _raise("state", _locked_message())
        if meeting.deleted_at is not None:
            _raise("state", translate("Meetings", "This meeting is in the trash."))
    problems = validate_meeting(session, data, meeting_id, today, finalising=finalise)
    if not problems.ok:
        raise ValidationError(problems)
    if meeting_id:
        before = _record(meeting)
    else:
        meeting, before = Meeting(state=DRAFT), None
        session.add(meeting)
    _apply(session, meeting, data)
    if finalise:
        meeting.state = FINAL
        meeting.finalised_at = utcnow()
    session.flush()
    action = "update" if before else "create"
    log_change(session, "meeting", meeting.id, action, before, _record(meeting))
    return meeting.id


def finalise_meeting(session: Session, meeting_id: str, today: dt.date | None = None) -> None:
    """Make a saved draft final: it needs a chair and a secretary among those present."""
    detail = get_meeting(session, meeting_id)
    if detail.is_final:
        _raise("state", translate("Meetings", "These minutes are already final."))
    problems = validate_meeting(session, detail.data, meeting_id, today, finalising=True)
    if not problems.ok:
        raise ValidationError(problems)
    meeting = session.get_one(Meeting, meeting_id)
    before = _record(meeting)
    meeting.state = FINAL
    meeting.finalised_at = utcnow()
    session.flush()
    log_change(session, "meeting", meeting.id, "finalise", before, _record(meeting))


def reopen_meeting(session: Session, meeting_id: str, reason: str) -> None:
    """Back to draft for a correction; the reason is kept with the meeting and in the log."""
    meeting = session.get_one(Meeting, meeting_id)
    reason = clean(reason)
    if not reason:
        _raise("reason", translate("Meetings", "Say why the minutes are being corrected."))
    if meeting.state != FINAL:
        _raise("state", translate("Meetings", "Only final minutes can be reopened."))
    before = _record(meeting)
    meeting.state = DRAFT
    meeting.finalised_at = None
    meeting.revisions.append(MeetingRevision(reason=reason, at=utcnow()))
    session.flush()
    after = {**_record(meeting), "reopen_reason": reason}
    log_change(session, "meeting", meeting.id, "reopen", before, after)


def delete_meeting(session: Session, meeting_id: str) -> None:
    """Move to the trash. Final minutes must be reopened first: they are a signed record."""
    meeting = session.get_one(Meeting, meeting_id)
    if meeting.state == FINAL:
        _raise(
            "state",
            translate(
                "Meetings", "These minutes are final. Reopen them for correction before deleting."
            ),
        )
    before = _record(meeting)
    meeting.deleted_at = utcnow()
    log_change(session, "meeting", meeting.id, "delete", before, _record(meeting))


def restore_meeting(session: Session, meeting_id: str) -> None:
    meeting = session.get_one(Meeting, meeting_id)
    before = _record(meeting)
    meeting.deleted_at = None
    log_change(session, "meeting", meeting.id, "restore", before, _record(meeting))


# ----------------------------------------------------------------------------- reading


def _load(session: Session, meeting_id: str) -> Meeting:
    meeting = session.scalars(
        select(Meeting)
        .where(Meeting.id == meeting_id)
        .options(
            selectinload(Meeting.participants),
            selectinload(Meeting.guests),
            selectinload(Meeting.attendance).selectinload(Attendance.person),
            selectinload(Meeting.revisions),
            selectinload(Meeting.chapter),
        )
    ).first()
    if meeting is None:
        raise LookupError(
            translate("Meetings", "There is no meeting with the id {id}.").format(id=meeting_id)
        )
    return meeting


def get_meeting(session: Session, meeting_id: str) -> MeetingDetail:
    meeting = _load(session, meeting_id)
    chapter_names = dict(session.execute(select(Chapter.id, Chapter.name)).all())
    attendance = sorted(meeting.attendance, key=lambda a: (a.person.sort_key, a.person_id))
    data = MeetingInput(
        kind=meeting.kind,
        chapter_id=meeting.chapter_id,
        participant_ids=[p.chapter_id for p in meeting.participants],
        for_month=meeting.for_month,
        theme=meeting.title,
        date=meeting.date.strftime("%d/%m/%Y"),
        start_time=meeting.start_time,
        end_time=meeting.end_time,
        place=meeting.place,
        chair_id=meeting.chair_id,
        secretary_id=meeting.secretary_id,
        attendance=[AttendanceInput(a.person_id, a.status, a.reason) for a in attendance],
        guests=[GuestInput(g.name, g.title) for g in meeting.guests],
        agenda=list(meeting.agenda or []),
        discussion=[
            SpeechInput(s.get("speaker", ""), s.get("text", "")) for s in meeting.discussion or []
        ],
        conclusions=meeting.conclusions,
        resolutions=meeting.resolutions,
        vote_for=meeting.vote_for,
        vote_against=meeting.vote_against,
        vote_other=meeting.vote_other,
    )
    attendees = [
        ExpectedPerson(
            a.person_id,
            a.person.full_name,
            chapter_names.get(a.person.chapter_id, ""),
            a.person.sort_key,
            youth=not a.person.is_member,
        )
        for a in attendance
    ]
    return MeetingDetail(
        id=meeting.id,
        data=data,
        state=meeting.state,
        attendees=attendees,
        finalised_at=meeting.finalised_at,
        revisions=[Revision(r.at, r.reason) for r in meeting.revisions],
    )


def list_meetings(
    session: Session,
    chapter_id: str | None = None,
    kind: str | None = None,
    year: int | None = None,
    deleted: bool = False,
) -> list[MeetingRow]:
    """Meetings, most recent first. ``chapter_id`` also finds joint meetings it took part in."""
    query = (
        select(Meeting)
        .where(Meeting.deleted_at.is_not(None) if deleted else Meeting.deleted_at.is_(None))
        .options(
            selectinload(Meeting.participants),
            selectinload(Meeting.guests),
            selectinload(Meeting.chair),
            selectinload(Meeting.secretary),
        )
        .order_by(Meeting.date.desc(), Meeting.start_time.desc(), Meeting.id)
    )
    if chapter_id:
        joined = select(MeetingChapter.meeting_id).where(MeetingChapter.chapter_id == chapter_id)
        query = query.where((Meeting.chapter_id == chapter_id) | Meeting.id.in_(joined))
    if kind:
        query = query.where(Meeting.kind == kind)
    if year:
        query = query.where(
            Meeting.date >= dt.date(year, 1, 1), Meeting.date <= dt.date(year, 12, 31)
        )
    meetings = list(session.scalars(query))
    counts: dict[str, dict[str, int]] = {}
    if meetings:
        ids = [m.id for m in meetings]
        for meeting_id, status, number in session.execute(
            select(Attendance.meeting_id, Attendance.status, func.count())
            .where(Attendance.meeting_id.in_(ids))
            .group_by(Attendance.meeting_id, Attendance.status)
        ):
            counts.setdefault(meeting_id, {})[status] = number
    names = dict(session.execute(select(Chapter.id, Chapter.name)).all())
    rows = []
    for m in meetings:
        tally = counts.get(m.id, {})
        rows.append(
            MeetingRow(
                id=m.id,
                kind=m.kind,
                date=m.date,
                month=meeting_month(m.kind, m.date, m.for_month),
                chapter_id=m.chapter_id,
                chapter=names.get(m.chapter_id, "") if m.chapter_id else "",
                participants=sorted(names.get(p.chapter_id, "") for p in m.participants),
                theme=m.title,
                place=m.place,
                chair=m.chair.full_name if m.chair else "",
                secretary=m.secretary.full_name if m.secretary else "",
                expected=sum(tally.values()),
                present=tally.get(PRESENT, 0),
                guests=len(m.guests),
                state=m.state,
            )
        )
    return rows


# ----------------------------------------------------------------------------- the year plan


@dataclass
class PlanMeeting:
    id: str
    kind: str
    date: dt.date
    state: str
    host: str = ""  # joint meetings: the host chapter's name


@dataclass
class PlanRow:
    chapter_id: str
    chapter: str
    # 12 lists: the meetings by which the chapter met in each month (``chapter_months``): its
    # monthly and themed meetings, and the joint meetings it hosted or took part in.
    months: list[list[PlanMeeting]]


@dataclass
class YearPlan:
    year: int
    today: dt.date
    chapters: list[PlanRow]
    briefings: list[PlanMeeting]
    joint: list[list[PlanMeeting]]  # 12 lists

    def is_past(self, month: int) -> bool:
        """A month that is over: a missing meeting there is a gap."""
        return (self.year, month) < (self.today.year, self.today.month)


def year_plan(session: Session, year: int, today: dt.date | None = None) -> YearPlan:
    """Active chapters × the 12 months of ``year``: the meetings by which each met, the
    briefings and the joint meetings with their hosts."""
    today = today or clock.today()
    chapters = list(
        session.scalars(
            select(Chapter)
            .where(Chapter.deleted_at.is_(None), Chapter.active.is_(True))
            .order_by(Chapter.sort_key)
        )
    )
    names = {c.id: c.name for c in chapters}
    rows = {c.id: PlanRow(c.id, c.name, [[] for _ in range(12)]) for c in chapters}
    plan = YearPlan(year, today, list(rows.values()), [], [[] for _ in range(12)])
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    for met in chapter_meetings(session, first, last, rows):
        item = PlanMeeting(met.meeting_id, met.kind, met.date, met.state)
        if met.kind == JOINT:
            item.host = names.get(met.host_id, "") or _chapter_name(session, met.host_id)
        rows[met.chapter_id].months[int(met.month[5:7]) - 1].append(item)
    prefix = f"{year:04d}-"
    meetings = session.scalars(
        select(Meeting)
        .where(
            Meeting.deleted_at.is_(None),
            Meeting.kind.in_((JOINT, BRIEFING)),
            Meeting.date >= dt.date(year - 1, 12, 1),
            Meeting.date <= dt.date(year + 1, 1, 31),
        )
        .order_by(Meeting.date, Meeting.start_time)
    )
    for m in meetings:
        month = meeting_month(m.kind, m.date, m.for_month)
        if not month.startswith(prefix):
            continue
        item = PlanMeeting(m.id, m.kind, m.date, m.state)
        if m.kind == JOINT:
            item.host = names.get(m.chapter_id, "") or _chapter_name(session, m.chapter_id)
            plan.joint[int(month[5:7]) - 1].append(item)
        else:
            plan.briefings.append(item)
    return plan


def _chapter_name(session: Session, chapter_id: str | None) -> str:
    chapter = session.get(Chapter, chapter_id) if chapter_id else None
    return chapter.name if chapter else ""


# ----------------------------------------------------------------------------- the minutes


def _chapter_heading(name: str) -> str:
    upper = clean(name).upper()
    return upper if upper.startswith("CHI ĐOÀN") else f"CHI ĐOÀN {upper}"


def _place_name(unit_name: str, kind: str) -> str:
    """ "Hòa Phú" from "Hòa Phú", "Đoàn xã Hòa Phú" or "xã Hòa Phú"."""
    name = clean(unit_name)
    word = unit_kind_word(kind)
    for prefix in ("Đoàn ", "đoàn "):
        if name.startswith(prefix):
            name = name[len(prefix) :]
    if word and name.lower().startswith(word + " "):
        name = name[len(word) + 1 :]
    return name


def minutes_data(session: Session, meeting_id: str) -> MinutesData:
    """Everything the minutes print, from the records (documents/minutes*.py lay it out)."""
    meeting = _load(session, meeting_id)
    unit = get_unit(session)
    if unit is None:
        raise LookupError(translate("Meetings", "This data folder has no unit yet."))
    commune = display_name(unit).upper()
    if meeting.kind in (*CHAPTER_MEETING_KINDS, JOINT) and meeting.chapter is not None:
        upper_body, issuing_body = commune, _chapter_heading(meeting.chapter.name)
    else:
        upper_body, issuing_body = clean(unit.superior_name).upper(), f"BCH {commune}"
    month_text = meeting_month(meeting.kind, meeting.date, meeting.for_month)
    month = dt.date(int(month_text[:4]), int(month_text[5:7]), 1)
    sequence = 0
    if meeting.kind == BRIEFING:
        earlier = session.scalars(
            select(Meeting.id)
            .where(
                Meeting.kind == BRIEFING,
                Meeting.deleted_at.is_(None),
                Meeting.date >= dt.date(meeting.date.year, 1, 1),
                Meeting.date <= dt.date(meeting.date.year, 12, 31),
            )
            .order_by(Meeting.date, Meeting.start_time, Meeting.created_at)
        ).all()
        sequence = earlier.index(meeting.id) + 1 if meeting.id in earlier else 0
    title = printed_title(
        meeting.kind,
        month=month if meeting.kind != BRIEFING else meeting.date,
        theme=meeting.title,
        unit_words=commune,
        sequence=sequence,
    )
    attendance = sorted(meeting.attendance, key=lambda a: (a.person.sort_key, a.person_id))
    people = {a.person_id: a.person.full_name for a in attendance}
    wording = attendance_wording(
        meeting.kind,
        with_youth=any(not a.person.is_member for a in attendance),
        club_members=meeting.kind == CLUB and bool(_club_members(session, meeting.date)),
        unit_word=unit_kind_word(unit.kind),
    )
    return MinutesData(
        upper_body=upper_body,
        issuing_body=issuing_body,
        place_name=_place_name(unit.name, unit.kind),
        signed_on=meeting.date,
        title=title,
        date=meeting.date,
        start_time=meeting.start_time,
        end_time=meeting.end_time,
        place=meeting.place,
        chair=people.get(meeting.chair_id, "") or _name_or_empty(session, meeting.chair_id),
        secretary=people.get(meeting.secretary_id, "")
        or _name_or_empty(session, meeting.secretary_id),
        guests=[Guest(g.name, g.title) for g in meeting.guests],
        chapters=_joint_chapters(meeting),
        expected=len(attendance),
        expected_label=wording.label,
        audience=wording.audience,
        present=sum(1 for a in attendance if a.status == PRESENT),
        absent_excused=[
            Absent(a.person.full_name, a.reason) for a in attendance if a.status == EXCUSED
        ],
        absent_unexcused=[Absent(a.person.full_name) for a in attendance if a.status == ABSENT],
        agenda=list(meeting.agenda or []),
        discussion=[
            Speech(s.get("speaker", ""), s.get("text", "")) for s in meeting.discussion or []
        ],
        conclusions=meeting.conclusions,
        resolutions=meeting.resolutions,
        vote_for=meeting.vote_for,
        vote_against=meeting.vote_against,
        vote_other=meeting.vote_other,
        draft=meeting.state != FINAL,
    )


def _joint_chapters(meeting: Meeting) -> list[str]:
    """ "Chi đoàn Buôn Kram", … : a joint meeting's host, then the chapters that took part in
    the Vietnamese order; nothing for another kind of meeting."""
    if meeting.kind != JOINT:
        return []
    others = sorted((p.chapter for p in meeting.participants), key=lambda c: c.sort_key)
    hosts = [meeting.chapter] if meeting.chapter is not None else []
    return [_chapter_words(chapter.name) for chapter in hosts + others]


def _chapter_words(name: str) -> str:
    name = clean(name)
    return name if fold(name).startswith("chi doan") else f"Chi đoàn {name}"


def _name_or_empty(session: Session, person_id: str | None) -> str:
    return _name(session, person_id) if person_id else ""
