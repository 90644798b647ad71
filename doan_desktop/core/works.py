"""Youth works and tasks (công trình, phần việc thanh niên): what a chapter builds or takes on,
its value in đồng, the workdays given and who took part.

A work belongs to one or more chapters; the "Chi đoàn 3 có" rule asks whether a chapter had a
work under way in the quarter, which ``works_in_period`` answers. Every check is in
``validate_work`` so the form, the CLI and the tests refuse the same input under the same field
name: name, kind, state, chapter_ids, start_date, end_date, value, workdays, participant_count,
participant_ids.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from doan_desktop.core.changelog import log_change, snapshot
from doan_desktop.core.messages import translate
from doan_desktop.core.record_fields import day_text, overlaps, parse_day, parse_whole
from doan_desktop.core.store.models import (
    Chapter,
    Person,
    YouthWork,
    YouthWorkChapter,
    YouthWorkParticipant,
    utcnow,
)
from doan_desktop.core.text import clean, collation_key, fold
from doan_desktop.core.validation import Problems, ValidationError

KINDS = ("work", "task")
STATES = ("planned", "under_way", "done", "handed_over")
FINISHED_STATES = ("done", "handed_over")


def kind_labels() -> dict[str, str]:
    return {
        "work": translate("Works", "Youth work"),
        "task": translate("Works", "Youth task"),
    }


def state_labels() -> dict[str, str]:
    return {
        "planned": translate("Works", "Planned"),
        "under_way": translate("Works", "Under way"),
        "done": translate("Works", "Done"),
        "handed_over": translate("Works", "Handed over"),
    }


@dataclass
class WorkInput:
    """A work as typed: dates as dd/mm/yyyy (or dates), numbers as text or integers."""

    name: str = ""
    kind: str = "work"
    state: str = "planned"
    chapter_ids: list[str] = field(default_factory=list)
    start_date: str | dt.date | None = ""
    end_date: str | dt.date | None = ""
    value: int | str = 0
    workdays: int | str = 0
    participant_count: int | str = 0
    participant_ids: list[str] = field(default_factory=list)
    description: str = ""


@dataclass
class WorkRow:
    id: str
    name: str
    kind: str
    state: str
    start_date: dt.date
    end_date: dt.date | None
    value: int
    workdays: int
    participant_count: int
    chapter_ids: list[str]
    chapter_names: list[str]
    description: str = ""
    named_participants: int = 0


@dataclass
class WorkDetail:
    id: str
    data: WorkInput
    participant_names: dict[str, str]  # person id → full name, for the form's list


# ----------------------------------------------------------------------------- validation


def _live_ids(session: Session, model, ids: list[str]) -> set[str]:
    if not ids:
        return set()
    return set(
        session.scalars(select(model.id).where(model.id.in_(ids), model.deleted_at.is_(None)))
    )


def _parsed(data: WorkInput, problems: Problems) -> dict:
    values = {}
    for key in ("value", "workdays", "participant_count"):
        number, error = parse_whole(getattr(data, key))
        problems.error(key, error)
        values[key] = number
    start, error = parse_day(data.start_date)
    if error:
        problems.error("start_date", error)
    elif start is None:
        problems.error("start_date", translate("Works", "The start date is required."))
    end, error = parse_day(data.end_date)
    problems.error("end_date", error)
    if start and end and end < start:
        problems.error("end_date", translate("Works", "The end cannot be before the start."))
    values["start_date"], values["end_date"] = start, end
    return values


def validate_work(session: Session, data: WorkInput) -> Problems:
    problems = Problems()
    if not clean(data.name):
        problems.error("name", translate("Works", "The work needs a name."))
    if data.kind not in KINDS:
        problems.error("kind", translate("Works", "Choose a work or a task."))
    if data.state not in STATES:
        problems.error("state", translate("Works", "Choose the state of the work."))
    chapter_ids = _unique(data.chapter_ids)
    if not chapter_ids:
        problems.error(
            "chapter_ids", translate("Works", "Tick the chapter or chapters doing this work.")
        )
    elif _live_ids(session, Chapter, chapter_ids) != set(chapter_ids):
        problems.error("chapter_ids", translate("Works", "Choose chapters from the list."))
    values = _parsed(data, problems)
    people = _unique(data.participant_ids)
    if _live_ids(session, Person, people) != set(people):
        problems.error(
            "participant_ids", translate("Works", "Choose the participants from the roster.")
        )
    if "participant_count" not in problems.errors and values["participant_count"] < len(people):
        problems.error(
            "participant_count",
            translate(
                "Works",
                "The number of participants cannot be below the {n} people named.",
            ).format(n=len(people)),
        )
    if data.state in FINISHED_STATES and values["end_date"] is None:
        problems.warn("end_date", translate("Works", "A finished work usually has an end date."))
    return problems


def _unique(ids: list[str]) -> list[str]:
    return list(dict.fromkeys(i for i in ids if i))


# ----------------------------------------------------------------------------- writing


def _record(work: YouthWork) -> dict:
    values = snapshot(work)
    values["chapter_ids"] = sorted(c.chapter_id for c in work.chapters)
    values["participant_ids"] = sorted(p.person_id for p in work.participants)
    return values


def save_work(session: Session, data: WorkInput, work_id: str | None = None) -> str:
    """Create (``work_id`` None) or update; raises ValidationError with nothing written."""
    work = None
    if work_id:
        work = _load(session, work_id)
        if work.deleted_at is not None:
            _raise("name", translate("Works", "This work is in the trash."))
    problems = validate_work(session, data)
    if not problems.ok:
        raise ValidationError(problems)
    values = _parsed(data, Problems())
    if work is None:
        work, before = YouthWork(), None
        session.add(work)
    else:
        before = _record(work)
    work.name = clean(data.name)
    work.kind = data.kind
    work.state = data.state
    work.start_date = values["start_date"]
    work.end_date = values["end_date"]
    work.value = values["value"]
    work.workdays = values["workdays"]
    work.participant_count = values["participant_count"]
    work.description = (data.description or "").strip()
    _replace(work.chapters, _unique(data.chapter_ids), lambda i: YouthWorkChapter(chapter_id=i))
    _replace(
        work.participants,
        _unique(data.participant_ids),
        lambda i: YouthWorkParticipant(person_id=i),
        key="person_id",
    )
    session.flush()
    log_change(
        session, "youth_work", work.id, "update" if before else "create", before, _record(work)
    )
    return work.id


def _replace(current: list, wanted: list[str], make, key: str = "chapter_id") -> None:
    """Keep the link rows still wanted (their ids and dates), drop the others, add the new."""
    keep = set(wanted)
    for link in list(current):
        if getattr(link, key) not in keep:
            current.remove(link)
    present = {getattr(link, key) for link in current}
    current.extend(make(i) for i in wanted if i not in present)


def _raise(name: str, message: str) -> None:
    problems = Problems()
    problems.error(name, message)
    raise ValidationError(problems)


def delete_work(session: Session, work_id: str) -> None:
    """Move to the trash; ``restore_work`` brings it back."""
    work = _load(session, work_id)
    before = _record(work)
    work.deleted_at = utcnow()
    log_change(session, "youth_work", work.id, "delete", before, _record(work))


def restore_work(session: Session, work_id: str) -> None:
    work = _load(session, work_id)
    before = _record(work)
    work.deleted_at = None
    log_change(session, "youth_work", work.id, "restore", before, _record(work))


# ----------------------------------------------------------------------------- reading


def _load(session: Session, work_id: str) -> YouthWork:
    work = session.scalars(
        select(YouthWork)
        .where(YouthWork.id == work_id)
        .options(selectinload(YouthWork.chapters), selectinload(YouthWork.participants))
    ).first()
    if work is None:
        raise LookupError(
            translate("Works", "There is no work with the id {id}.").format(id=work_id)
        )
    return work


def get_work(session: Session, work_id: str) -> WorkDetail:
    work = _load(session, work_id)
    people = [p.person_id for p in work.participants]
    names = dict(
        session.execute(select(Person.id, Person.full_name).where(Person.id.in_(people))).all()
    )
    data = WorkInput(
        name=work.name,
        kind=work.kind,
        state=work.state,
        chapter_ids=[c.chapter_id for c in work.chapters],
        start_date=day_text(work.start_date),
        end_date=day_text(work.end_date),
        value=work.value,
        workdays=work.workdays,
        participant_count=work.participant_count,
        participant_ids=people,
        description=work.description,
    )
    return WorkDetail(work.id, data, names)


def _rows(session: Session, works: list[YouthWork]) -> list[WorkRow]:
    names = dict(session.execute(select(Chapter.id, Chapter.name)).all())
    rows = []
    for w in works:
        chapter_ids = sorted(
            (c.chapter_id for c in w.chapters), key=lambda i: collation_key(names.get(i, ""))
        )
        rows.append(
            WorkRow(
                id=w.id,
                name=w.name,
                kind=w.kind,
                state=w.state,
                start_date=w.start_date,
                end_date=w.end_date,
                value=w.value,
                workdays=w.workdays,
                participant_count=w.participant_count,
                chapter_ids=chapter_ids,
                chapter_names=[names.get(i, "") for i in chapter_ids],
                description=w.description,
                named_participants=len(w.participants),
            )
        )
    return rows


def _query(deleted: bool = False):
    return (
        select(YouthWork)
        .where(YouthWork.deleted_at.is_not(None) if deleted else YouthWork.deleted_at.is_(None))
        .options(selectinload(YouthWork.chapters), selectinload(YouthWork.participants))
        .order_by(YouthWork.start_date.desc(), YouthWork.name, YouthWork.id)
    )


def _of_chapter(query, chapter_id: str | None):
    if not chapter_id:
        return query
    linked = select(YouthWorkChapter.work_id).where(YouthWorkChapter.chapter_id == chapter_id)
    return query.where(YouthWork.id.in_(linked))


def _in_period(query, start: dt.date, end: dt.date):
    return query.where(
        YouthWork.start_date <= end,
        YouthWork.end_date.is_(None) | (YouthWork.end_date >= start),
    )


def list_works(
    session: Session,
    year: int | None = None,
    chapter_id: str | None = None,
    state: str | None = None,
    search: str = "",
    deleted: bool = False,
) -> list[WorkRow]:
    """Works and tasks, the latest started first. ``year`` keeps those under way at some time
    in that year (a work begun in December and finished in March shows in both years)."""
    query = _of_chapter(_query(deleted), chapter_id)
    if year:
        query = _in_period(query, dt.date(year, 1, 1), dt.date(year, 12, 31))
    if state:
        query = query.where(YouthWork.state == state)
    rows = _rows(session, list(session.scalars(query)))
    words = fold(search).split()
    if words:
        rows = [r for r in rows if all(w in _haystack(r) for w in words)]
    return rows


def _haystack(row: WorkRow) -> str:
    return fold(" ".join([row.name, row.description, *row.chapter_names]))


def works_in_period(
    session: Session, start: dt.date, end: dt.date, chapter_id: str | None = None
) -> list[WorkRow]:
    """The works and tasks (of ``chapter_id``, or of any chapter) under way at any time in
    [start, end]: begun by ``end`` and not finished before ``start``. Whatever their state:
    the caller decides whether a planned work counts."""
    query = _in_period(_of_chapter(_query(), chapter_id), start, end)
    rows = _rows(session, list(session.scalars(query)))
    return [r for r in rows if overlaps(r.start_date, r.end_date, start, end)]


@dataclass
class WorkTotals:
    count: int = 0
    value: int = 0
    workdays: int = 0
    participants: int = 0


def totals(rows: list[WorkRow]) -> WorkTotals:
    return WorkTotals(
        count=len(rows),
        value=sum(r.value for r in rows),
        workdays=sum(r.workdays for r in rows),
        participants=sum(r.participant_count for r in rows),
    )
