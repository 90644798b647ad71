"""Commendations (khen thưởng, tuyên dương) of a person or a chapter: the level that gave it,
the title, the decision's number and date.

The decision date places a commendation in a reporting period (``commendations_in_period``),
so it is required. Fields checked by ``validate_commendation``: recipient, person_id,
chapter_id, level, title, decision_number, decision_date.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from doan_desktop.core import clock
from doan_desktop.core.changelog import log_change, snapshot
from doan_desktop.core.messages import translate
from doan_desktop.core.record_fields import day_text, parse_day
from doan_desktop.core.store.models import Chapter, Commendation, Person, utcnow
from doan_desktop.core.text import clean, fold
from doan_desktop.core.validation import Problems, ValidationError

LEVELS = ("commune", "province", "central", "state")
PERSON, CHAPTER = "person", "chapter"


def level_labels() -> dict[str, str]:
    return {
        "commune": translate("Commendations", "Commune"),
        "province": translate("Commendations", "Province"),
        "central": translate("Commendations", "Union Central Committee"),
        "state": translate("Commendations", "State"),
    }


@dataclass
class CommendationInput:
    recipient: str = PERSON  # person | chapter
    person_id: str | None = None
    chapter_id: str | None = None
    level: str = "commune"
    title: str = ""
    decision_number: str = ""
    decision_date: str | dt.date | None = ""


@dataclass
class CommendationRow:
    id: str
    recipient: str  # person | chapter
    person_id: str | None
    chapter_id: str | None
    recipient_name: str
    chapter_name: str  # the chapter commended, or the person's chapter
    level: str
    title: str
    decision_number: str
    decision_date: dt.date | None


def validate_commendation(
    session: Session, data: CommendationInput, today: dt.date | None = None
) -> Problems:
    today = today or clock.today()
    problems = Problems()
    if data.recipient == PERSON:
        person = session.get(Person, data.person_id) if data.person_id else None
        if not data.person_id:
            problems.error("person_id", translate("Commendations", "Choose the person commended."))
        elif person is None or person.deleted_at is not None:
            problems.error(
                "person_id", translate("Commendations", "Choose a person from the roster.")
            )
    elif data.recipient == CHAPTER:
        chapter = session.get(Chapter, data.chapter_id) if data.chapter_id else None
        if not data.chapter_id:
            problems.error(
                "chapter_id", translate("Commendations", "Choose the chapter commended.")
            )
        elif chapter is None or chapter.deleted_at is not None:
            problems.error(
                "chapter_id", translate("Commendations", "Choose a chapter from the list.")
            )
    else:
        problems.error(
            "recipient",
            translate("Commendations", "Say whether a person or a chapter is commended."),
        )
    if data.level not in LEVELS:
        problems.error("level", translate("Commendations", "Choose the level that commended."))
    if not clean(data.title):
        problems.error(
            "title",
            translate("Commendations", "Type the title, for example Giấy khen or Bằng khen."),
        )
    day, error = parse_day(data.decision_date)
    if error:
        problems.error("decision_date", error)
    elif day is None:
        problems.error(
            "decision_date", translate("Commendations", "The date of the decision is required.")
        )
    elif day > today:
        problems.error(
            "decision_date",
            translate("Commendations", "The decision date cannot be in the future."),
        )
    if not clean(data.decision_number):
        problems.warn(
            "decision_number",
            translate("Commendations", "No decision number: add it if the decision has one."),
        )
    return problems


def _raise(name: str, message: str) -> None:
    problems = Problems()
    problems.error(name, message)
    raise ValidationError(problems)


def save_commendation(
    session: Session,
    data: CommendationInput,
    commendation_id: str | None = None,
    today: dt.date | None = None,
) -> str:
    record = None
    if commendation_id:
        record = _load(session, commendation_id)
        if record.deleted_at is not None:
            _raise("title", translate("Commendations", "This commendation is in the trash."))
    problems = validate_commendation(session, data, today)
    if not problems.ok:
        raise ValidationError(problems)
    if record is None:
        record, before = Commendation(), None
        session.add(record)
    else:
        before = snapshot(record)
    record.person_id = data.person_id if data.recipient == PERSON else None
    record.chapter_id = data.chapter_id if data.recipient == CHAPTER else None
    record.level = data.level
    record.title = clean(data.title)
    record.decision_number = clean(data.decision_number)
    record.decision_date = parse_day(data.decision_date)[0]
    session.flush()
    action = "update" if before else "create"
    log_change(session, "commendation", record.id, action, before, snapshot(record))
    return record.id


def delete_commendation(session: Session, commendation_id: str) -> None:
    record = _load(session, commendation_id)
    before = snapshot(record)
    record.deleted_at = utcnow()
    log_change(session, "commendation", record.id, "delete", before, snapshot(record))


def restore_commendation(session: Session, commendation_id: str) -> None:
    record = _load(session, commendation_id)
    before = snapshot(record)
    record.deleted_at = None
    log_change(session, "commendation", record.id, "restore", before, snapshot(record))


def _load(session: Session, commendation_id: str) -> Commendation:
    record = session.get(Commendation, commendation_id)
    if record is None:
        raise LookupError(
            translate("Commendations", "There is no commendation with the id {id}.").format(
                id=commendation_id
            )
        )
    return record


def get_commendation(session: Session, commendation_id: str) -> CommendationInput:
    record = _load(session, commendation_id)
    return CommendationInput(
        recipient=PERSON if record.person_id else CHAPTER,
        person_id=record.person_id,
        chapter_id=record.chapter_id,
        level=record.level,
        title=record.title,
        decision_number=record.decision_number,
        decision_date=day_text(record.decision_date),
    )


def _rows(session: Session, query) -> list[CommendationRow]:
    chapters = dict(session.execute(select(Chapter.id, Chapter.name)).all())
    people = {
        pid: (name, chapter_id)
        for pid, name, chapter_id in session.execute(
            select(Person.id, Person.full_name, Person.chapter_id).where(
                Person.id.in_(
                    select(Commendation.person_id).where(Commendation.person_id.is_not(None))
                )
            )
        )
    }
    rows = []
    for c in session.scalars(query):
        if c.person_id:
            name, home = people.get(c.person_id, ("", None))
            recipient, chapter = PERSON, chapters.get(home, "") if home else ""
        else:
            recipient, name = CHAPTER, chapters.get(c.chapter_id, "")
            chapter = name
        rows.append(
            CommendationRow(
                id=c.id,
                recipient=recipient,
                person_id=c.person_id,
                chapter_id=c.chapter_id,
                recipient_name=name,
                chapter_name=chapter,
                level=c.level,
                title=c.title,
                decision_number=c.decision_number,
                decision_date=c.decision_date,
            )
        )
    return rows


def _query(deleted: bool = False):
    return (
        select(Commendation)
        .where(
            Commendation.deleted_at.is_not(None) if deleted else Commendation.deleted_at.is_(None)
        )
        .order_by(Commendation.decision_date.desc(), Commendation.title, Commendation.id)
    )


def list_commendations(
    session: Session,
    year: int | None = None,
    level: str | None = None,
    search: str = "",
    deleted: bool = False,
) -> list[CommendationRow]:
    """Commendations, the latest decision first; ``year`` is the decision's year."""
    query = _query(deleted)
    if year:
        query = query.where(
            Commendation.decision_date >= dt.date(year, 1, 1),
            Commendation.decision_date <= dt.date(year, 12, 31),
        )
    if level:
        query = query.where(Commendation.level == level)
    rows = _rows(session, query)
    words = fold(search).split()
    if words:
        rows = [
            r
            for r in rows
            if all(
                w in fold(f"{r.recipient_name} {r.chapter_name} {r.title} {r.decision_number}")
                for w in words
            )
        ]
    return rows


def commendations_in_period(
    session: Session, start: dt.date, end: dt.date
) -> list[CommendationRow]:
    """The commendations decided between ``start`` and ``end``, both included."""
    query = _query().where(Commendation.decision_date >= start, Commendation.decision_date <= end)
    return _rows(session, query)
