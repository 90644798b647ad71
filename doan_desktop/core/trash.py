"""The trash: every kind of record moved out of sight, listed together and restored one by one.

Kinds: people, chapters, meetings, trainings, youth works and tasks, volunteer drives,
commendations and cadre plans (every table with a ``deleted_at`` column).

Nothing here deletes for good. Restoring goes through each record's own ``restore_*`` use case,
so its rules stay in one place (a person whose chapter is trashed comes back unassigned, a
chapter cannot come back under a name now taken) and its change-log entry is written the same
way. This module adds the rule that spans records: a record that belongs to a chapter or a
person still in the trash is refused, with a sentence naming what to restore first, rather than
coming back pointing at something hidden.

Each record module keeps its own move-to-trash and restore functions: they differ in what they
snapshot for the change log and in what they refuse (final minutes, a chapter with people), so a
shared helper would save two lines a function while tying every module to this one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased, selectinload

from doan_desktop.core import (
    cadres,
    chapters,
    commendations,
    meetings,
    roster,
    trainings,
    volunteering,
    works,
)
from doan_desktop.core.meeting_kinds import meeting_kind_labels
from doan_desktop.core.messages import translate
from doan_desktop.core.record_fields import day_text
from doan_desktop.core.store.models import (
    CadrePlan,
    Chapter,
    Commendation,
    Meeting,
    Person,
    Training,
    VolunteerDrive,
    YouthWork,
    YouthWorkChapter,
)
from doan_desktop.core.validation import Problems, ValidationError
from doan_desktop.core.vocab import chapter_kind_labels

PERSON, CHAPTER, MEETING, TRAINING, WORK, DRIVE, COMMENDATION, CADRE_PLAN = (
    "person",
    "chapter",
    "meeting",
    "training",
    "work",
    "drive",
    "commendation",
    "cadre_plan",
)
KINDS = (PERSON, CHAPTER, MEETING, TRAINING, WORK, DRIVE, COMMENDATION, CADRE_PLAN)


@dataclass
class TrashItem:
    kind: str  # one of KINDS
    id: str
    name: str
    detail: str
    deleted_at: dt.datetime  # UTC, as stored


class NotInTrash(LookupError):
    """The item was restored already (or never trashed): nothing to do."""


def kind_labels() -> dict[str, str]:
    """The kinds, singular, in KINDS order."""
    return {
        PERSON: translate("Trash", "Person"),
        CHAPTER: translate("Trash", "Chapter"),
        MEETING: translate("Trash", "Meeting"),
        TRAINING: translate("Trash", "Training"),
        WORK: translate("Trash", "Youth work or task"),
        DRIVE: translate("Trash", "Volunteer drive"),
        COMMENDATION: translate("Trash", "Commendation"),
        CADRE_PLAN: translate("Trash", "Cadre plan"),
    }


# ----------------------------------------------------------------------------- listing


class _Chapters:
    """Every chapter's name and whether it is in the trash, read once per listing."""

    def __init__(self, session: Session):
        self._rows = {
            cid: (name, deleted is not None)
            for cid, name, deleted in session.execute(
                select(Chapter.id, Chapter.name, Chapter.deleted_at)
            )
        }

    def name(self, chapter_id: str | None) -> str:
        return self._rows.get(chapter_id, ("", False))[0] if chapter_id else ""

    def trashed(self, chapter_ids) -> list[str]:
        return [self._rows[c][0] for c in chapter_ids if c in self._rows and self._rows[c][1]]


def _dates(start: dt.date | None, end: dt.date | None) -> str:
    if start is None:
        return ""
    if end is None or end == start:
        return day_text(start)
    return f"{day_text(start)} – {day_text(end)}"


def _join(*parts: str) -> str:
    return ", ".join(p for p in parts if p)


def _trashed_too(detail: str, chapters: Sequence[str] = (), person: str = "") -> str:
    """The detail, saying which chapters or person it belongs to are in the trash as well."""
    if person:
        return translate(
            "Trash", "{detail} ({name} is in the trash too: restore the person first)"
        ).format(detail=detail, name=person)
    if len(chapters) == 1:
        return translate(
            "Trash", "{detail} (the chapter {name} is in the trash too: restore it first)"
        ).format(detail=detail, name=chapters[0])
    if chapters:
        return translate(
            "Trash", "{detail} (the chapters {names} are in the trash too: restore them first)"
        ).format(detail=detail, names=", ".join(chapters))
    return detail


def _person_detail(person: Person, chapter: Chapter | None) -> str:
    role = (
        translate("Trash", "Member")
        if person.is_member
        else translate("Trash", "Youth (not a member)")
    )
    if chapter is None:
        return translate("Trash", "{role}, no chapter").format(role=role)
    if chapter.deleted_at is not None:
        return translate(
            "Trash", "{role}, {chapter} (that chapter is in the trash too: comes back unassigned)"
        ).format(role=role, chapter=chapter.name)
    return translate("Trash", "{role}, {chapter}").format(role=role, chapter=chapter.name)


def _chapter_detail(chapter: Chapter) -> str:
    kind = chapter_kind_labels().get(chapter.kind, chapter.kind)
    if chapter.note:
        return translate("Trash", "{kind}; {note}").format(kind=kind, note=chapter.note)
    return kind


def _people(session: Session, names: _Chapters) -> list[TrashItem]:
    home = aliased(Chapter)
    rows = session.execute(
        select(Person, home)
        .outerjoin(home, home.id == Person.chapter_id)
        .where(Person.deleted_at.is_not(None))
    )
    return [
        TrashItem(PERSON, p.id, p.full_name, _person_detail(p, chapter), p.deleted_at)
        for p, chapter in rows
    ]


def _chapters(session: Session, names: _Chapters) -> list[TrashItem]:
    return [
        TrashItem(CHAPTER, c.id, c.name, _chapter_detail(c), c.deleted_at)
        for c in session.scalars(select(Chapter).where(Chapter.deleted_at.is_not(None)))
    ]


def _meeting_chapters(meeting: Meeting) -> list[str]:
    """The host (or the chapter that met) first, then the chapters taking part."""
    ids = [meeting.chapter_id] if meeting.chapter_id else []
    return ids + [p.chapter_id for p in meeting.participants if p.chapter_id not in ids]


def _meetings(session: Session, names: _Chapters) -> list[TrashItem]:
    kinds = meeting_kind_labels()
    items = []
    query = (
        select(Meeting)
        .where(Meeting.deleted_at.is_not(None))
        .options(selectinload(Meeting.participants))
    )
    for m in session.scalars(query):
        kind = kinds.get(m.kind, m.kind)
        name = translate("Trash", "{kind}: {theme}").format(kind=kind, theme=m.title)
        chapter_ids = _meeting_chapters(m)
        detail = _join(day_text(m.date), ", ".join(names.name(c) for c in chapter_ids))
        detail = _trashed_too(detail, names.trashed(chapter_ids))
        items.append(TrashItem(MEETING, m.id, name if m.title else kind, detail, m.deleted_at))
    return items


def _trainings(session: Session, names: _Chapters) -> list[TrashItem]:
    kinds = trainings.kind_labels()
    return [
        TrashItem(
            TRAINING,
            t.id,
            t.title,
            _join(kinds.get(t.kind, t.kind), _dates(t.start_date, t.end_date)),
            t.deleted_at,
        )
        for t in session.scalars(select(Training).where(Training.deleted_at.is_not(None)))
    ]


def _work_chapters(session: Session, work_ids: list[str]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    if work_ids:
        query = (
            select(YouthWorkChapter.work_id, YouthWorkChapter.chapter_id)
            .where(YouthWorkChapter.work_id.in_(work_ids))
            .order_by(YouthWorkChapter.created_at, YouthWorkChapter.id)
        )
        for work_id, chapter_id in session.execute(query):
            found.setdefault(work_id, []).append(chapter_id)
    return found


def _works(session: Session, names: _Chapters) -> list[TrashItem]:
    kinds = works.kind_labels()
    rows = list(session.scalars(select(YouthWork).where(YouthWork.deleted_at.is_not(None))))
    linked = _work_chapters(session, [w.id for w in rows])
    items = []
    for w in rows:
        chapter_ids = linked.get(w.id, [])
        detail = _join(
            kinds.get(w.kind, w.kind),
            ", ".join(names.name(c) for c in chapter_ids),
            _dates(w.start_date, w.end_date),
        )
        items.append(
            TrashItem(
                WORK, w.id, w.name, _trashed_too(detail, names.trashed(chapter_ids)), w.deleted_at
            )
        )
    return items


def _drives(session: Session, names: _Chapters) -> list[TrashItem]:
    fields = volunteering.field_labels()
    items = []
    query = select(VolunteerDrive).where(VolunteerDrive.deleted_at.is_not(None))
    for d in session.scalars(query):
        chapter_ids = [d.chapter_id] if d.chapter_id else []
        detail = _join(
            fields.get(d.field, d.field),
            _dates(d.start_date, d.end_date),
            names.name(d.chapter_id),
        )
        detail = _trashed_too(detail, names.trashed(chapter_ids))
        items.append(TrashItem(DRIVE, d.id, d.name, detail, d.deleted_at))
    return items


def _person_names(session: Session, person_ids) -> dict[str, tuple[str, bool]]:
    ids = {p for p in person_ids if p}
    if not ids:
        return {}
    query = select(Person.id, Person.full_name, Person.deleted_at).where(Person.id.in_(ids))
    return {pid: (name, deleted is not None) for pid, name, deleted in session.execute(query)}


def _commendations(session: Session, names: _Chapters) -> list[TrashItem]:
    levels = commendations.level_labels()
    rows = list(session.scalars(select(Commendation).where(Commendation.deleted_at.is_not(None))))
    people = _person_names(session, [c.person_id for c in rows])
    items = []
    for c in rows:
        if c.person_id:
            recipient, trashed = people.get(c.person_id, ("", False))
            blocked_chapters, blocked_person = [], recipient if trashed else ""
        else:
            recipient = names.name(c.chapter_id)
            blocked_chapters = names.trashed([c.chapter_id] if c.chapter_id else [])
            blocked_person = ""
        decision = (
            translate("Trash", "decision {number}").format(number=c.decision_number)
            if c.decision_number
            else ""
        )
        detail = _join(recipient, levels.get(c.level, c.level), decision, day_text(c.decision_date))
        items.append(
            TrashItem(
                COMMENDATION,
                c.id,
                c.title,
                _trashed_too(detail, blocked_chapters, blocked_person),
                c.deleted_at,
            )
        )
    return items


def _cadre_plans(session: Session, names: _Chapters) -> list[TrashItem]:
    rows = list(session.scalars(select(CadrePlan).where(CadrePlan.deleted_at.is_not(None))))
    people = _person_names(session, [p.person_id for p in rows])
    items = []
    for p in rows:
        person, trashed = people.get(p.person_id, ("", False))
        detail = translate("Trash", "{office}, term {term}").format(
            office=p.planned_office, term=p.term
        )
        detail = _trashed_too(detail, person=person if trashed else "")
        items.append(TrashItem(CADRE_PLAN, p.id, person, detail, p.deleted_at))
    return items


_LISTERS: dict[str, Callable[[Session, _Chapters], list[TrashItem]]] = {
    PERSON: _people,
    CHAPTER: _chapters,
    MEETING: _meetings,
    TRAINING: _trainings,
    WORK: _works,
    DRIVE: _drives,
    COMMENDATION: _commendations,
    CADRE_PLAN: _cadre_plans,
}


def list_trash(session: Session, kind: str | None = None) -> list[TrashItem]:
    """Everything in the trash (or only ``kind``), the most recently trashed first."""
    if kind is not None and kind not in _LISTERS:
        raise ValueError(f"unknown kind of trash item: {kind!r}")
    names = _Chapters(session)
    items: list[TrashItem] = []
    for code, lister in _LISTERS.items():
        if kind is None or kind == code:
            items.extend(lister(session, names))
    items.sort(key=lambda item: (item.deleted_at, item.kind, item.id), reverse=True)
    return items


# ----------------------------------------------------------------------------- restoring


def _refuse(field: str, message: str) -> None:
    problems = Problems()
    problems.error(field, message)
    raise ValidationError(problems)


def _chapters_first(session: Session, chapter_ids: list[str], one: str, many: str) -> None:
    """Refuse when any of these chapters is in the trash; ``one``/``many`` name what to do."""
    trashed = _Chapters(session).trashed(chapter_ids)
    if len(trashed) == 1:
        _refuse("chapter", one.format(name=trashed[0]))
    if trashed:
        _refuse("chapter", many.format(names=", ".join(trashed)))


def _person_first(session: Session, person_id: str | None, message: str) -> None:
    person = session.get(Person, person_id) if person_id else None
    if person is not None and person.deleted_at is not None:
        _refuse("person", message.format(name=person.full_name))


def _restore_person(session: Session, person: Person) -> str:
    roster.restore_person(session, person.id)
    session.flush()
    if person.chapter_id is None:
        return translate("Trash", "{name} is back in the roster, without a chapter.").format(
            name=person.full_name
        )
    return translate("Trash", "{name} is back in the roster.").format(name=person.full_name)


def _restore_chapter(session: Session, chapter: Chapter) -> str:
    try:
        chapters.restore_chapter(session, chapter.id)
    except ValidationError as error:
        problems = Problems()
        problems.error(
            "name",
            translate(
                "Trash",
                "Another chapter is now called {name}. Rename that chapter first, "
                "then restore this one.",
            ).format(name=chapter.name),
        )
        raise ValidationError(problems) from error
    return translate("Trash", "The chapter {name} is back.").format(name=chapter.name)


def _restore_meeting(session: Session, meeting: Meeting) -> str:
    _chapters_first(
        session,
        _meeting_chapters(meeting),
        translate(
            "Trash",
            "This meeting belongs to the chapter {name}, which is in the trash. Restore the "
            "chapter first, then the meeting.",
        ),
        translate(
            "Trash",
            "This meeting belongs to the chapters {names}, which are in the trash. Restore "
            "those chapters first, then the meeting.",
        ),
    )
    meetings.restore_meeting(session, meeting.id)
    return translate("Trash", "The meeting of {date} is back.").format(date=day_text(meeting.date))


def _restore_training(session: Session, training: Training) -> str:
    trainings.restore_training(session, training.id)
    return translate("Trash", "The training {title} is back.").format(title=training.title)


def _restore_work(session: Session, work: YouthWork) -> str:
    chapter_ids = _work_chapters(session, [work.id]).get(work.id, [])
    _chapters_first(
        session,
        chapter_ids,
        translate(
            "Trash",
            "This youth work belongs to the chapter {name}, which is in the trash. Restore the "
            "chapter first, then the work.",
        ),
        translate(
            "Trash",
            "This youth work belongs to the chapters {names}, which are in the trash. Restore "
            "those chapters first, then the work.",
        ),
    )
    works.restore_work(session, work.id)
    return translate("Trash", "{name} is back among the youth works.").format(name=work.name)


def _restore_drive(session: Session, drive: VolunteerDrive) -> str:
    one = translate(
        "Trash",
        "This volunteer drive belongs to the chapter {name}, which is in the trash. Restore "
        "the chapter first, then the drive.",
    )
    _chapters_first(session, [drive.chapter_id] if drive.chapter_id else [], one, one)
    volunteering.restore_drive(session, drive.id)
    return translate("Trash", "The volunteer drive {name} is back.").format(name=drive.name)


def _restore_commendation(session: Session, record: Commendation) -> str:
    _person_first(
        session,
        record.person_id,
        translate(
            "Trash",
            "{name}, who received this commendation, is in the trash. Restore the person "
            "first, then the commendation.",
        ),
    )
    one = translate(
        "Trash",
        "The chapter {name}, which received this commendation, is in the trash. Restore the "
        "chapter first, then the commendation.",
    )
    _chapters_first(session, [record.chapter_id] if record.chapter_id else [], one, one)
    commendations.restore_commendation(session, record.id)
    return translate("Trash", "The commendation {title} is back.").format(title=record.title)


def _restore_cadre_plan(session: Session, plan: CadrePlan) -> str:
    _person_first(
        session,
        plan.person_id,
        translate(
            "Trash",
            "{name}, the person planned, is in the trash. Restore the person first, then the plan.",
        ),
    )
    person = session.get_one(Person, plan.person_id)
    same = session.scalar(
        select(CadrePlan.id).where(
            CadrePlan.person_id == plan.person_id,
            CadrePlan.planned_office == plan.planned_office,
            CadrePlan.term == plan.term,
            CadrePlan.deleted_at.is_(None),
        )
    )
    if same:
        _refuse(
            "planned_office",
            translate(
                "Trash",
                "{name} is already planned as {office} for {term} in another plan. Keep that "
                "one, or move it to the trash first and then restore this one.",
            ).format(name=person.full_name, office=plan.planned_office, term=plan.term),
        )
    cadres.restore_cadre_plan(session, plan.id)
    return translate("Trash", "The plan for {name} ({office}, {term}) is back.").format(
        name=person.full_name, office=plan.planned_office, term=plan.term
    )


@dataclass(frozen=True)
class _Restorer:
    model: type
    restore: Callable[[Session, object], str]
    gone: Callable[[], str]


_RESTORERS: dict[str, _Restorer] = {
    PERSON: _Restorer(
        Person,
        _restore_person,
        lambda: translate("Trash", "This person is not in the trash any more."),
    ),
    CHAPTER: _Restorer(
        Chapter,
        _restore_chapter,
        lambda: translate("Trash", "This chapter is not in the trash any more."),
    ),
    MEETING: _Restorer(
        Meeting,
        _restore_meeting,
        lambda: translate("Trash", "This meeting is not in the trash any more."),
    ),
    TRAINING: _Restorer(
        Training,
        _restore_training,
        lambda: translate("Trash", "This training is not in the trash any more."),
    ),
    WORK: _Restorer(
        YouthWork,
        _restore_work,
        lambda: translate("Trash", "This youth work is not in the trash any more."),
    ),
    DRIVE: _Restorer(
        VolunteerDrive,
        _restore_drive,
        lambda: translate("Trash", "This volunteer drive is not in the trash any more."),
    ),
    COMMENDATION: _Restorer(
        Commendation,
        _restore_commendation,
        lambda: translate("Trash", "This commendation is not in the trash any more."),
    ),
    CADRE_PLAN: _Restorer(
        CadrePlan,
        _restore_cadre_plan,
        lambda: translate("Trash", "This cadre plan is not in the trash any more."),
    ),
}


def restore(session: Session, kind: str, item_id: str) -> str:
    """Bring one item back through its own restore use case; returns a sentence saying so.

    Raises ValueError for an unknown kind, NotInTrash when the item is not (or no longer) in
    the trash, and ValidationError, with nothing changed, when it cannot come back yet: a
    chapter whose name is now taken, or a record whose chapter or person is still in the trash.
    """
    restorer = _RESTORERS.get(kind)
    if restorer is None:
        raise ValueError(f"unknown kind of trash item: {kind!r}")
    record = session.get(restorer.model, item_id)
    if record is None or record.deleted_at is None:
        raise NotInTrash(restorer.gone())
    message = restorer.restore(session, record)
    session.flush()
    return message
