"""Trainings: talks on a topic, seminars, skills courses and pre-admission classes, with who took
part and how they did.

A training is planned (announced, with the people invited) or held. Only a held training has
results — attended, completed, absent — and only someone who completed it has a certificate
number, unique within the training. Every check is in ``validate_training`` so the form, the
sample generator and the tests refuse the same input with the same message under the same
field name. Participants' problems are keyed ``participants.<row>.<field>``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from doan_desktop.core import clock
from doan_desktop.core.changelog import log_change, snapshot
from doan_desktop.core.dates import DateFormatError, PartialDate
from doan_desktop.core.messages import translate
from doan_desktop.core.store.models import (
    Chapter,
    Person,
    Training,
    TrainingParticipant,
    utcnow,
)
from doan_desktop.core.text import clean, fold
from doan_desktop.core.validation import Problems, ValidationError

TALK, SEMINAR, SKILLS, PRE_ADMISSION, OTHER = "talk", "seminar", "skills", "pre_admission", "other"
TRAINING_KINDS = (TALK, SEMINAR, SKILLS, PRE_ADMISSION, OTHER)
COMMUNE, PROVINCE, CENTRAL = "commune", "province", "central"
LEVELS = (COMMUNE, PROVINCE, CENTRAL)
PLANNED, HELD = "planned", "held"
STATES = (PLANNED, HELD)
ATTENDED, COMPLETED, ABSENT = "attended", "completed", "absent"
# The only "result" of someone invited to a training not yet held.
REGISTERED = "registered"
RESULTS = (ATTENDED, COMPLETED, ABSENT)
# Results that count as having taken part.
TOOK_PART = (ATTENDED, COMPLETED)

MAX_HOURS = Decimal(1000)
_HOURS = re.compile(r"^\d+([.,]\d{1,2})?$")


def kind_labels() -> dict[str, str]:
    return {
        TALK: translate("Trainings", "Talk on a topic"),
        SEMINAR: translate("Trainings", "Seminar"),
        SKILLS: translate("Trainings", "Skills course"),
        PRE_ADMISSION: translate("Trainings", "Pre-admission class"),
        OTHER: translate("Trainings", "Other"),
    }


def level_labels() -> dict[str, str]:
    return {
        COMMUNE: translate("Trainings", "Commune"),
        PROVINCE: translate("Trainings", "Province"),
        CENTRAL: translate("Trainings", "Central"),
    }


def state_labels() -> dict[str, str]:
    return {PLANNED: translate("Trainings", "Planned"), HELD: translate("Trainings", "Held")}


def result_labels() -> dict[str, str]:
    return {
        REGISTERED: translate("Trainings", "Invited"),
        ATTENDED: translate("Trainings", "Attended"),
        COMPLETED: translate("Trainings", "Completed"),
        ABSENT: translate("Trainings", "Absent"),
    }


# ----------------------------------------------------------------------------- values


@dataclass
class ParticipantInput:
    """Someone from the roster (``person_id``) or a guest (``guest_name`` and title)."""

    person_id: str | None = None
    guest_name: str = ""
    guest_title: str = ""
    result: str = ATTENDED
    certificate_number: str = ""

    @property
    def is_guest(self) -> bool:
        return not self.person_id


@dataclass
class TrainingInput:
    """A training as typed in the form: dates as dd/mm/yyyy, hours as a decimal ("7,5")."""

    title: str = ""
    kind: str = TALK
    level: str = COMMUNE
    state: str = HELD
    start_date: str = ""
    end_date: str = ""  # empty: the same day as the start
    place: str = ""
    trainers: str = ""
    topics: str = ""
    hours: str = ""
    for_club: bool = False
    note: str = ""
    participants: list[ParticipantInput] = field(default_factory=list)


@dataclass
class ParticipantView:
    """A participant as the form lists them: the name and what is shown beside it."""

    person_id: str | None
    name: str
    detail: str  # their chapter, or a guest's title
    result: str
    certificate_number: str
    sort_key: str = ""

    @property
    def is_guest(self) -> bool:
        return not self.person_id


@dataclass
class TrainingDetail:
    id: str
    data: TrainingInput
    participants: list[ParticipantView]  # in the order of ``data.participants``


@dataclass
class TrainingRow:
    id: str
    title: str
    kind: str
    level: str
    state: str
    start_date: dt.date
    end_date: dt.date
    place: str
    trainers: str
    hours: str  # "7.5", or "" when not recorded
    for_club: bool
    participants: int  # those who took part (held), or were invited (planned)
    completed: int
    absent: int
    search_key: str


@dataclass
class TrainingFilter:
    search: str = ""
    year: int | None = None
    kind: str | None = None
    level: str | None = None
    for_club: bool | None = None
    state: str | None = None


@dataclass
class PersonTraining:
    """One training a person was listed in, with their result."""

    training_id: str
    title: str
    kind: str
    level: str
    state: str
    start_date: dt.date
    end_date: dt.date
    for_club: bool
    result: str
    certificate_number: str


# ----------------------------------------------------------------------------- parsing


def parse_training_date(text: str | None) -> tuple[dt.date | None, str | None]:
    """(date, None), (None, None) for empty text, or (None, message)."""
    if not clean(text):
        return None, None
    try:
        value = PartialDate.parse(text)
    except DateFormatError:
        value = None
    if value is None or not value.is_full:
        return None, translate("Trainings", "Type the date as dd/mm/yyyy, for example 05/02/2026.")
    return value.to_date(), None


def parse_hours(text: str | None) -> tuple[Decimal | None, str | None]:
    """(hours, None), (None, None) for empty text, or (None, message). "7,5" and "7.5" agree."""
    text = clean(text).replace(" ", "")
    if not text:
        return None, None
    if text.startswith("-"):
        return None, translate("Trainings", "The hours cannot be negative.")
    if not _HOURS.match(text):
        return None, translate(
            "Trainings", "Type the hours as a number, for example 4 or 7,5 (two decimals at most)."
        )
    try:
        value = Decimal(text.replace(",", "."))
    except InvalidOperation:  # pragma: no cover - the pattern lets only numbers through
        return None, translate("Trainings", "Type the hours as a number, for example 4 or 7,5.")
    if value > MAX_HOURS:
        return None, translate("Trainings", "At most {hours} hours.").format(hours=MAX_HOURS)
    return value, None


def _hours_text(value: Decimal | None) -> str:
    if value is None:
        return ""
    text = format(value.normalize(), "f")
    return text


def certificate_key(number: str) -> str:
    """Certificate numbers compared without case, spaces or diacritics ("12/ĐTN" = "12/dtn")."""
    return fold(number).replace(" ", "")


def _guest_key(item: ParticipantInput) -> str:
    return "guest:" + fold(item.guest_name) + "|" + fold(item.guest_title)


# ----------------------------------------------------------------------------- validation


def validate_training(
    session: Session, data: TrainingInput, today: dt.date | None = None
) -> Problems:
    """Every rule, keyed by field name; reads the roster once for all the participants."""
    today = today or clock.today()
    problems = Problems()
    if not clean(data.title):
        problems.error("title", translate("Trainings", "The title is required."))
    elif len(clean(data.title)) > 300:
        problems.error("title", translate("Trainings", "The title is too long (300 at most)."))
    if data.kind not in TRAINING_KINDS:
        problems.error("kind", translate("Trainings", "Choose the kind of training."))
    if data.level not in LEVELS:
        problems.error("level", translate("Trainings", "Choose the level that organised it."))
    if data.state not in STATES:
        problems.error("state", translate("Trainings", "Choose whether it is planned or held."))

    start, error = parse_training_date(data.start_date)
    if error:
        problems.error("start_date", error)
    elif start is None:
        problems.error("start_date", translate("Trainings", "The start date is required."))
    end, error = parse_training_date(data.end_date)
    if error:
        problems.error("end_date", error)
    end = end or start
    if start and end and end < start:
        problems.error(
            "end_date", translate("Trainings", "The training cannot end before it starts.")
        )
    elif start and end and data.state == HELD:
        if start > today:
            problems.error(
                "start_date",
                translate(
                    "Trainings",
                    "A training that has not started yet cannot be held: mark it planned.",
                ),
            )
        elif end > today:
            problems.error(
                "end_date",
                translate(
                    "Trainings",
                    "The training ends in the future: mark it planned until it is over.",
                ),
            )
    elif start and end and data.state == PLANNED and end < today:
        problems.warn(
            "state",
            translate("Trainings", "Its dates have passed: mark it held and record the results."),
        )

    hours, error = parse_hours(data.hours)
    problems.error("hours", error)
    if hours is not None and start and end and not error:
        days = (end - start).days + 1
        if hours > 24 * days:
            problems.error(
                "hours",
                translate(
                    "Trainings", "{hours} hours do not fit in {days} day(s) of training."
                ).format(hours=_hours_text(hours), days=days),
            )
    _check_participants(session, problems, data)
    return problems


def _check_participants(session: Session, problems: Problems, data: TrainingInput) -> None:
    ids = {p.person_id for p in data.participants if p.person_id}
    people = {}
    if ids:
        people = {
            person_id: (name, deleted)
            for person_id, name, deleted in session.execute(
                select(Person.id, Person.full_name, Person.deleted_at).where(Person.id.in_(ids))
            )
        }
    seen: dict[str, int] = {}
    certificates: dict[str, int] = {}
    allowed = RESULTS if data.state == HELD else (REGISTERED,)
    for row, item in enumerate(data.participants):
        key = f"participants.{row}."
        if item.person_id:
            found = people.get(item.person_id)
            if found is None:
                problems.error(
                    key + "person_id",
                    translate("Trainings", "Row {row}: this person is not in the roster.").format(
                        row=row + 1
                    ),
                )
                continue
            if found[1] is not None:
                problems.error(
                    key + "person_id",
                    translate("Trainings", "Row {row}: {name} is in the trash.").format(
                        row=row + 1, name=found[0]
                    ),
                )
            identity, name = item.person_id, found[0]
        else:
            name = clean(item.guest_name)
            if not name:
                problems.error(
                    key + "guest_name",
                    translate("Trainings", "Row {row}: type the guest's name.").format(row=row + 1),
                )
                continue
            identity = _guest_key(item)
        if identity in seen:
            problems.error(
                key + ("person_id" if item.person_id else "guest_name"),
                translate("Trainings", "Row {row}: {name} is already listed (row {first}).").format(
                    row=row + 1, name=name, first=seen[identity] + 1
                ),
            )
        else:
            seen[identity] = row
        if item.result not in allowed:
            problems.error(
                key + "result",
                translate(
                    "Trainings", "Row {row}: a planned training has invited people, no results."
                ).format(row=row + 1)
                if data.state == PLANNED
                else translate(
                    "Trainings", "Row {row}: choose attended, completed or absent."
                ).format(row=row + 1),
            )
        number = clean(item.certificate_number)
        if not number:
            continue
        if item.result != COMPLETED:
            problems.error(
                key + "certificate_number",
                translate(
                    "Trainings",
                    "Row {row}: only someone who completed the training has a certificate.",
                ).format(row=row + 1),
            )
        elif len(number) > 50:
            problems.error(
                key + "certificate_number",
                translate("Trainings", "Row {row}: the certificate number is too long.").format(
                    row=row + 1
                ),
            )
        elif certificate_key(number) in certificates:
            problems.error(
                key + "certificate_number",
                translate(
                    "Trainings", "Row {row}: certificate {number} is already given on row {first}."
                ).format(
                    row=row + 1, number=number, first=certificates[certificate_key(number)] + 1
                ),
            )
        else:
            certificates[certificate_key(number)] = row


def participant_problem(problems: Problems) -> tuple[int, str, str] | None:
    """The first participant error as (row, field, message), for the form to point at."""
    for key, message in problems.errors.items():
        if key.startswith("participants."):
            _, row, name = key.split(".", 2)
            return int(row), name, message
    return None


# ----------------------------------------------------------------------------- saving


def _search_key(training: Training) -> str:
    return fold(" ".join((training.title, training.place, training.trainers, training.topics)))[
        :300
    ]


def _apply(training: Training, data: TrainingInput) -> None:
    start, _ = parse_training_date(data.start_date)
    end, _ = parse_training_date(data.end_date)
    training.title = clean(data.title)
    training.kind = data.kind
    training.level = data.level
    training.state = data.state
    training.start_date = start
    training.end_date = end or start
    training.place = clean(data.place)
    training.trainers = data.trainers.strip()
    training.topics = data.topics.strip()
    training.hours = _hours_text(parse_hours(data.hours)[0])
    training.for_club = bool(data.for_club)
    training.note = data.note.strip()
    training.search_key = _search_key(training)
    training.participants[:] = [
        TrainingParticipant(
            person_id=item.person_id or None,
            guest_name="" if item.person_id else clean(item.guest_name),
            guest_title="" if item.person_id else clean(item.guest_title),
            result=item.result,
            certificate_number=clean(item.certificate_number) if item.result == COMPLETED else "",
        )
        for item in data.participants
    ]


def _record(training: Training) -> dict:
    values = snapshot(training)
    values["participants"] = [
        [p.person_id, p.guest_name, p.guest_title, p.result, p.certificate_number]
        for p in training.participants
    ]
    return values


def _raise(key: str, message: str) -> None:
    problems = Problems()
    problems.error(key, message)
    raise ValidationError(problems)


def save_training(
    session: Session,
    data: TrainingInput,
    training_id: str | None = None,
    today: dt.date | None = None,
) -> str:
    """Create (``training_id`` None) or update; raises ValidationError with nothing written."""
    training = None
    if training_id:
        training = session.get(Training, training_id)
        if training is None:
            _raise("id", _unknown(training_id))
        if training.deleted_at is not None:
            _raise("state", translate("Trainings", "This training is in the trash."))
    problems = validate_training(session, data, today)
    if not problems.ok:
        raise ValidationError(problems)
    if training is not None:
        before = _record(training)
    else:
        training, before = Training(), None
        session.add(training)
    _apply(training, data)
    session.flush()
    log_change(
        session,
        "training",
        training.id,
        "update" if before else "create",
        before,
        _record(training),
    )
    return training.id


def _unknown(training_id: str) -> str:
    return translate("Trainings", "There is no training with the id {id}.").format(id=training_id)


def delete_training(session: Session, training_id: str) -> None:
    """Move to the trash: the training and its participants stay, hidden from the lists."""
    training = session.get(Training, training_id)
    if training is None:
        _raise("id", _unknown(training_id))
    before = _record(training)
    training.deleted_at = utcnow()
    log_change(session, "training", training.id, "delete", before, _record(training))


def restore_training(session: Session, training_id: str) -> None:
    training = session.get(Training, training_id)
    if training is None:
        _raise("id", _unknown(training_id))
    before = _record(training)
    training.deleted_at = None
    log_change(session, "training", training.id, "restore", before, _record(training))


# ----------------------------------------------------------------------------- reading


def _dmy(day: dt.date) -> str:
    return day.strftime("%d/%m/%Y")


def get_training(session: Session, training_id: str) -> TrainingDetail:
    training = session.scalars(
        select(Training)
        .where(Training.id == training_id)
        .options(selectinload(Training.participants).selectinload(TrainingParticipant.person))
    ).first()
    if training is None:
        raise LookupError(_unknown(training_id))
    chapters = dict(session.execute(select(Chapter.id, Chapter.name)).all())
    data = TrainingInput(
        title=training.title,
        kind=training.kind,
        level=training.level,
        state=training.state,
        start_date=_dmy(training.start_date),
        end_date=_dmy(training.end_date) if training.end_date != training.start_date else "",
        place=training.place,
        trainers=training.trainers,
        topics=training.topics,
        hours=training.hours.replace(".", ","),
        for_club=training.for_club,
        note=training.note,
    )
    views = []
    for p in training.participants:
        data.participants.append(
            ParticipantInput(
                p.person_id, p.guest_name, p.guest_title, p.result, p.certificate_number
            )
        )
        if p.person is not None:
            views.append(
                ParticipantView(
                    p.person_id,
                    p.person.full_name,
                    chapters.get(p.person.chapter_id, ""),
                    p.result,
                    p.certificate_number,
                    p.person.sort_key,
                )
            )
        else:
            views.append(
                ParticipantView(None, p.guest_name, p.guest_title, p.result, p.certificate_number)
            )
    return TrainingDetail(training.id, data, views)


def _terms(search: str) -> list[str]:
    return [
        t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        for t in fold(search).split()
    ]


def list_trainings(
    session: Session, filters: TrainingFilter | None = None, deleted: bool = False
) -> list[TrainingRow]:
    """Trainings, most recent first, with participant counts (two queries whatever the size)."""
    filters = filters or TrainingFilter()
    query = select(Training).where(
        Training.deleted_at.is_not(None) if deleted else Training.deleted_at.is_(None)
    )
    if filters.year:
        query = query.where(
            Training.start_date >= dt.date(filters.year, 1, 1),
            Training.start_date <= dt.date(filters.year, 12, 31),
        )
    if filters.kind:
        query = query.where(Training.kind == filters.kind)
    if filters.level:
        query = query.where(Training.level == filters.level)
    if filters.for_club is not None:
        query = query.where(Training.for_club.is_(filters.for_club))
    if filters.state:
        query = query.where(Training.state == filters.state)
    for term in _terms(filters.search):
        query = query.where(Training.search_key.like(f"%{term}%", escape="\\"))
    query = query.order_by(Training.start_date.desc(), Training.title, Training.id)
    trainings = list(session.scalars(query))
    counts: dict[str, dict[str, int]] = {}
    if trainings:
        for training_id, result, number in session.execute(
            select(TrainingParticipant.training_id, TrainingParticipant.result, func.count())
            .where(TrainingParticipant.training_id.in_([t.id for t in trainings]))
            .group_by(TrainingParticipant.training_id, TrainingParticipant.result)
        ):
            counts.setdefault(training_id, {})[result] = number
    rows = []
    for t in trainings:
        tally = counts.get(t.id, {})
        rows.append(
            TrainingRow(
                id=t.id,
                title=t.title,
                kind=t.kind,
                level=t.level,
                state=t.state,
                start_date=t.start_date,
                end_date=t.end_date,
                place=t.place,
                trainers=t.trainers,
                hours=t.hours,
                for_club=t.for_club,
                participants=sum(n for r, n in tally.items() if r != ABSENT),
                completed=tally.get(COMPLETED, 0),
                absent=tally.get(ABSENT, 0),
                search_key=t.search_key,
            )
        )
    return rows


def training_years(session: Session) -> list[int]:
    """The years that have trainings, newest first."""
    days = session.scalars(
        select(Training.start_date).where(Training.deleted_at.is_(None)).distinct()
    )
    return sorted({d.year for d in days}, reverse=True)


def person_trainings(
    session: Session, person_ids: list[str] | str, took_part_only: bool = False
) -> list[PersonTraining]:
    """The trainings one person (or several) was listed in, newest first."""
    ids = [person_ids] if isinstance(person_ids, str) else list(person_ids)
    if not ids:
        return []
    query = (
        select(Training, TrainingParticipant)
        .join(TrainingParticipant, TrainingParticipant.training_id == Training.id)
        .where(TrainingParticipant.person_id.in_(ids), Training.deleted_at.is_(None))
        .order_by(Training.start_date.desc(), Training.title)
    )
    if took_part_only:
        query = query.where(Training.state == HELD, TrainingParticipant.result.in_(TOOK_PART))
    return [
        PersonTraining(
            t.id,
            t.title,
            t.kind,
            t.level,
            t.state,
            t.start_date,
            t.end_date,
            t.for_club,
            p.result,
            p.certificate_number,
        )
        for t, p in session.execute(query)
    ]


def trainings_taken_part(session: Session, person_ids: list[str]) -> dict[str, int]:
    """For each person, the held trainings they attended or completed (one query)."""
    if not person_ids:
        return {}
    rows = session.execute(
        select(TrainingParticipant.person_id, func.count())
        .join(Training, Training.id == TrainingParticipant.training_id)
        .where(
            TrainingParticipant.person_id.in_(person_ids),
            TrainingParticipant.result.in_(TOOK_PART),
            Training.state == HELD,
            Training.deleted_at.is_(None),
        )
        .group_by(TrainingParticipant.person_id)
    )
    return dict(rows.all())
