"""Volunteer drives (chiến dịch, hoạt động tình nguyện): the field, the dates, the teams (đội
hình) and volunteers, the participation in lượt, the people helped and the value.

Participation is counted in lượt — person-times, as offices report it ("hơn 6.000 lượt đoàn
viên, thanh niên") — so it may exceed the number of volunteers, never the other way round for
the people named. Checks live in ``validate_drive`` under the field names: name, field,
start_date, end_date, teams, volunteers, participation, people_helped, value, chapter_id,
participant_ids.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from doan_desktop.core.changelog import log_change, snapshot
from doan_desktop.core.messages import translate
from doan_desktop.core.record_fields import day_text, parse_day, parse_whole
from doan_desktop.core.store.models import (
    Chapter,
    Person,
    VolunteerDrive,
    VolunteerParticipant,
    utcnow,
)
from doan_desktop.core.text import clean, fold
from doan_desktop.core.validation import Problems, ValidationError

FIELDS = ("environment", "traffic", "blood", "epidemic", "digital", "vulnerable", "other")
NUMBERS = ("teams", "volunteers", "participation", "people_helped", "value")


# How offices name the fields; printed documents, always in Vietnamese, use these.
FIELD_NAMES_VI = {
    "environment": "Bảo vệ môi trường",
    "traffic": "An toàn giao thông",
    "blood": "Hiến máu tình nguyện",
    "epidemic": "Phòng chống dịch",
    "digital": "Hỗ trợ chuyển đổi số",
    "vulnerable": "Hỗ trợ người yếu thế",
    "other": "Khác",
}


def field_labels() -> dict[str, str]:
    """The fields in the interface language (Vietnamese: the words of FIELD_NAMES_VI)."""
    return {
        "environment": translate("Volunteering", "Environmental protection"),
        "traffic": translate("Volunteering", "Traffic safety"),
        "blood": translate("Volunteering", "Blood donation"),
        "epidemic": translate("Volunteering", "Epidemic prevention"),
        "digital": translate("Volunteering", "Digital transformation support"),
        "vulnerable": translate("Volunteering", "Support for the vulnerable"),
        "other": translate("Volunteering", "Other"),
    }


@dataclass
class DriveInput:
    name: str = ""
    field: str = "environment"
    start_date: str | dt.date | None = ""
    end_date: str | dt.date | None = ""
    teams: int | str = 0
    volunteers: int | str = 0
    participation: int | str = 0  # lượt
    people_helped: int | str = 0
    value: int | str = 0  # đồng
    chapter_id: str | None = None  # None: the commune as a whole
    participant_ids: list[str] = dataclasses.field(default_factory=list)
    description: str = ""


@dataclass
class DriveRow:
    id: str
    name: str
    field: str
    start_date: dt.date
    end_date: dt.date | None
    teams: int
    volunteers: int
    participation: int
    people_helped: int
    value: int
    chapter_id: str | None
    chapter_name: str
    description: str = ""
    named_participants: int = 0


@dataclass
class DriveDetail:
    id: str
    data: DriveInput
    participant_names: dict[str, str]


# ----------------------------------------------------------------------------- validation


def _parsed(data: DriveInput, problems: Problems) -> dict:
    values = {}
    for key in NUMBERS:
        number, error = parse_whole(getattr(data, key))
        problems.error(key, error)
        values[key] = number
    start, error = parse_day(data.start_date)
    if error:
        problems.error("start_date", error)
    elif start is None:
        problems.error("start_date", translate("Volunteering", "The start date is required."))
    end, error = parse_day(data.end_date)
    problems.error("end_date", error)
    if start and end and end < start:
        problems.error("end_date", translate("Volunteering", "The end cannot be before the start."))
    values["start_date"], values["end_date"] = start, end
    return values


def _unique(ids: list[str]) -> list[str]:
    return list(dict.fromkeys(i for i in ids if i))


def validate_drive(session: Session, data: DriveInput) -> Problems:
    problems = Problems()
    if not clean(data.name):
        problems.error("name", translate("Volunteering", "The drive needs a name."))
    if data.field not in FIELDS:
        problems.error("field", translate("Volunteering", "Choose the field of volunteering."))
    if data.chapter_id:
        chapter = session.get(Chapter, data.chapter_id)
        if chapter is None or chapter.deleted_at is not None:
            problems.error(
                "chapter_id", translate("Volunteering", "Choose a chapter from the list.")
            )
    values = _parsed(data, problems)
    people = _unique(data.participant_ids)
    if people:
        live = set(
            session.scalars(
                select(Person.id).where(Person.id.in_(people), Person.deleted_at.is_(None))
            )
        )
        if live != set(people):
            problems.error(
                "participant_ids",
                translate("Volunteering", "Choose the participants from the roster."),
            )
    if "participation" not in problems.errors and values["participation"] < len(people):
        problems.error(
            "participation",
            translate(
                "Volunteering",
                "The participation in lượt cannot be below the {n} people named.",
            ).format(n=len(people)),
        )
    if (
        "participation" not in problems.errors
        and "volunteers" not in problems.errors
        and values["participation"] < values["volunteers"]
    ):
        problems.warn(
            "participation",
            translate(
                "Volunteering",
                "Fewer lượt than volunteers: each volunteer counts at least one lượt.",
            ),
        )
    return problems


# ----------------------------------------------------------------------------- writing


def _record(drive: VolunteerDrive) -> dict:
    values = snapshot(drive)
    values["participant_ids"] = sorted(p.person_id for p in drive.participants)
    return values


def _raise(name: str, message: str) -> None:
    problems = Problems()
    problems.error(name, message)
    raise ValidationError(problems)


def save_drive(session: Session, data: DriveInput, drive_id: str | None = None) -> str:
    """Create (``drive_id`` None) or update; raises ValidationError with nothing written."""
    drive = None
    if drive_id:
        drive = _load(session, drive_id)
        if drive.deleted_at is not None:
            _raise("name", translate("Volunteering", "This drive is in the trash."))
    problems = validate_drive(session, data)
    if not problems.ok:
        raise ValidationError(problems)
    values = _parsed(data, Problems())
    if drive is None:
        drive, before = VolunteerDrive(), None
        session.add(drive)
    else:
        before = _record(drive)
    drive.name = clean(data.name)
    drive.field = data.field
    drive.chapter_id = data.chapter_id or None
    drive.description = (data.description or "").strip()
    for key, value in values.items():
        setattr(drive, key, value)
    wanted = _unique(data.participant_ids)
    for link in list(drive.participants):
        if link.person_id not in wanted:
            drive.participants.remove(link)
    present = {link.person_id for link in drive.participants}
    drive.participants.extend(VolunteerParticipant(person_id=i) for i in wanted if i not in present)
    session.flush()
    action = "update" if before else "create"
    log_change(session, "volunteer_drive", drive.id, action, before, _record(drive))
    return drive.id


def delete_drive(session: Session, drive_id: str) -> None:
    drive = _load(session, drive_id)
    before = _record(drive)
    drive.deleted_at = utcnow()
    log_change(session, "volunteer_drive", drive.id, "delete", before, _record(drive))


def restore_drive(session: Session, drive_id: str) -> None:
    drive = _load(session, drive_id)
    before = _record(drive)
    drive.deleted_at = None
    log_change(session, "volunteer_drive", drive.id, "restore", before, _record(drive))


# ----------------------------------------------------------------------------- reading


def _load(session: Session, drive_id: str) -> VolunteerDrive:
    drive = session.scalars(
        select(VolunteerDrive)
        .where(VolunteerDrive.id == drive_id)
        .options(selectinload(VolunteerDrive.participants))
    ).first()
    if drive is None:
        raise LookupError(
            translate("Volunteering", "There is no volunteer drive with the id {id}.").format(
                id=drive_id
            )
        )
    return drive


def get_drive(session: Session, drive_id: str) -> DriveDetail:
    drive = _load(session, drive_id)
    people = [p.person_id for p in drive.participants]
    names = dict(
        session.execute(select(Person.id, Person.full_name).where(Person.id.in_(people))).all()
    )
    data = DriveInput(
        name=drive.name,
        field=drive.field,
        start_date=day_text(drive.start_date),
        end_date=day_text(drive.end_date),
        teams=drive.teams,
        volunteers=drive.volunteers,
        participation=drive.participation,
        people_helped=drive.people_helped,
        value=drive.value,
        chapter_id=drive.chapter_id,
        participant_ids=people,
        description=drive.description,
    )
    return DriveDetail(drive.id, data, names)


def _query(deleted: bool = False):
    return (
        select(VolunteerDrive)
        .where(
            VolunteerDrive.deleted_at.is_not(None)
            if deleted
            else VolunteerDrive.deleted_at.is_(None)
        )
        .options(selectinload(VolunteerDrive.participants))
        .order_by(VolunteerDrive.start_date.desc(), VolunteerDrive.name, VolunteerDrive.id)
    )


def _in_period(query, start: dt.date, end: dt.date):
    return query.where(
        VolunteerDrive.start_date <= end,
        VolunteerDrive.end_date.is_(None) | (VolunteerDrive.end_date >= start),
    )


def _rows(session: Session, drives: list[VolunteerDrive]) -> list[DriveRow]:
    names = dict(session.execute(select(Chapter.id, Chapter.name)).all())
    return [
        DriveRow(
            id=d.id,
            name=d.name,
            field=d.field,
            start_date=d.start_date,
            end_date=d.end_date,
            teams=d.teams,
            volunteers=d.volunteers,
            participation=d.participation,
            people_helped=d.people_helped,
            value=d.value,
            chapter_id=d.chapter_id,
            chapter_name=names.get(d.chapter_id, "") if d.chapter_id else "",
            description=d.description,
            named_participants=len(d.participants),
        )
        for d in drives
    ]


def list_drives(
    session: Session,
    year: int | None = None,
    chapter_id: str | None = None,
    field_code: str | None = None,
    search: str = "",
    deleted: bool = False,
) -> list[DriveRow]:
    """Drives, the latest first; ``year`` keeps those held at some time in that year."""
    query = _query(deleted)
    if year:
        query = _in_period(query, dt.date(year, 1, 1), dt.date(year, 12, 31))
    if chapter_id:
        query = query.where(VolunteerDrive.chapter_id == chapter_id)
    if field_code:
        query = query.where(VolunteerDrive.field == field_code)
    rows = _rows(session, list(session.scalars(query)))
    words = fold(search).split()
    if words:
        labels = field_labels()
        rows = [
            r
            for r in rows
            if all(
                w
                in fold(
                    f"{r.name} {r.description} {r.chapter_name} {labels.get(r.field, '')} {FIELD_NAMES_VI.get(r.field, '')}"
                )
                for w in words
            )
        ]
    return rows


def drives_in_period(session: Session, start: dt.date, end: dt.date) -> list[DriveRow]:
    """The drives held at any time in [start, end]: begun by ``end``, not over before ``start``."""
    return _rows(session, list(session.scalars(_in_period(_query(), start, end))))


@dataclass
class DriveTotals:
    count: int = 0
    teams: int = 0
    volunteers: int = 0
    participation: int = 0
    people_helped: int = 0
    value: int = 0


def totals(rows: list[DriveRow]) -> DriveTotals:
    return DriveTotals(
        count=len(rows),
        teams=sum(r.teams for r in rows),
        volunteers=sum(r.volunteers for r in rows),
        participation=sum(r.participation for r in rows),
        people_helped=sum(r.people_helped for r in rows),
        value=sum(r.value for r in rows),
    )
