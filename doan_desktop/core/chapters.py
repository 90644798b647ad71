"""Chapters (chi đoàn): list with counts, add, edit, deactivate, trash and restore."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from doan_desktop.core.changelog import log_change, snapshot
from doan_desktop.core.messages import translate
from doan_desktop.core.store.models import Chapter, Office, Person, utcnow
from doan_desktop.core.text import clean, collation_key, fold
from doan_desktop.core.validation import Problems, ValidationError
from doan_desktop.core.vocab import CHAPTER_KINDS, CURRENT_STATUSES, SECRETARY


@dataclass
class ChapterInput:
    name: str
    kind: str
    note: str = ""
    active: bool = True


@dataclass
class ChapterRow:
    id: str
    name: str
    kind: str
    active: bool
    note: str
    members: int
    youth: int
    secretary: str


class UnknownChapter(LookupError):
    def __init__(self, name: str):
        super().__init__(
            translate("Chapters", 'There is no chapter named "{name}".').format(name=name)
        )


def validate_chapter(
    session: Session, data: ChapterInput, chapter_id: str | None = None
) -> Problems:
    problems = Problems()
    name = clean(data.name)
    if not name:
        problems.error("name", translate("Validation", "The chapter needs a name."))
    elif _find_by_name(session, name, exclude_id=chapter_id) is not None:
        problems.error("name", translate("Validation", "Another chapter already has this name."))
    if data.kind not in CHAPTER_KINDS:
        problems.error("kind", translate("Validation", "Choose the kind of chapter."))
    return problems


def _find_by_name(session: Session, name: str, exclude_id: str | None = None) -> Chapter | None:
    query = select(Chapter).where(Chapter.search_key == fold(name), Chapter.deleted_at.is_(None))
    if exclude_id:
        query = query.where(Chapter.id != exclude_id)
    return session.scalars(query).first()


def find_chapter(session: Session, name: str) -> Chapter:
    """The chapter whose name matches ``name`` ignoring case and diacritics, or UnknownChapter."""
    chapter = _find_by_name(session, clean(name))
    if chapter is None:
        raise UnknownChapter(name)
    return chapter


def _apply(chapter: Chapter, data: ChapterInput) -> None:
    chapter.name = clean(data.name)
    chapter.kind = data.kind
    chapter.note = clean(data.note)
    chapter.active = data.active
    chapter.search_key = fold(chapter.name)
    chapter.sort_key = collation_key(chapter.name)


def add_chapter(session: Session, data: ChapterInput) -> str:
    problems = validate_chapter(session, data)
    if not problems.ok:
        raise ValidationError(problems)
    chapter = Chapter()
    _apply(chapter, data)
    session.add(chapter)
    session.flush()
    log_change(session, "chapter", chapter.id, "create", None, snapshot(chapter))
    return chapter.id


def update_chapter(session: Session, chapter_id: str, data: ChapterInput) -> None:
    problems = validate_chapter(session, data, chapter_id)
    if not problems.ok:
        raise ValidationError(problems)
    chapter = session.get_one(Chapter, chapter_id)
    before = snapshot(chapter)
    _apply(chapter, data)
    session.flush()
    log_change(session, "chapter", chapter.id, "update", before, snapshot(chapter))


def set_active(session: Session, chapter_id: str, active: bool) -> None:
    chapter = session.get_one(Chapter, chapter_id)
    before = snapshot(chapter)
    chapter.active = active
    session.flush()
    log_change(session, "chapter", chapter.id, "update", before, snapshot(chapter))


def get_chapter(session: Session, chapter_id: str) -> ChapterInput:
    chapter = session.get_one(Chapter, chapter_id)
    return ChapterInput(chapter.name, chapter.kind, chapter.note, chapter.active)


def list_chapters(session: Session, include_inactive: bool = True) -> list[ChapterRow]:
    """Chapters in Vietnamese order with the counts of current members and youth."""
    current = Person.status.in_(CURRENT_STATUSES) & Person.deleted_at.is_(None)
    counts = (
        select(
            Person.chapter_id,
            func.sum(case((current & Person.is_member, 1), else_=0)).label("members"),
            func.sum(case((current & ~Person.is_member, 1), else_=0)).label("youth"),
        )
        .group_by(Person.chapter_id)
        .subquery()
    )
    secretaries = (
        select(Office.chapter_id, func.min(Person.full_name).label("secretary"))
        .join(Person, Person.id == Office.person_id)
        .where(Office.role == SECRETARY, Office.end_date == "", Person.deleted_at.is_(None))
        .group_by(Office.chapter_id)
        .subquery()
    )
    query = (
        select(Chapter, counts.c.members, counts.c.youth, secretaries.c.secretary)
        .outerjoin(counts, counts.c.chapter_id == Chapter.id)
        .outerjoin(secretaries, secretaries.c.chapter_id == Chapter.id)
        .where(Chapter.deleted_at.is_(None))
        .order_by(Chapter.sort_key)
    )
    if not include_inactive:
        query = query.where(Chapter.active.is_(True))
    return [
        ChapterRow(
            c.id, c.name, c.kind, c.active, c.note, members or 0, youth or 0, secretary or ""
        )
        for c, members, youth, secretary in session.execute(query)
    ]


def delete_chapter(session: Session, chapter_id: str) -> None:
    """Move a chapter to the trash. Only an empty chapter can go: move its people first."""
    chapter = session.get_one(Chapter, chapter_id)
    people = session.scalar(
        select(func.count()).where(Person.chapter_id == chapter_id, Person.deleted_at.is_(None))
    )
    if people:
        problems = Problems()
        problems.error(
            "chapter",
            translate(
                "Chapters",
                "This chapter still has {n} people. Move them to another chapter, or deactivate the chapter instead.",
            ).format(n=people),
        )
        raise ValidationError(problems)
    before = snapshot(chapter)
    chapter.deleted_at = utcnow()
    log_change(session, "chapter", chapter.id, "delete", before, snapshot(chapter))


def restore_chapter(session: Session, chapter_id: str) -> None:
    chapter = session.get_one(Chapter, chapter_id)
    if _find_by_name(session, chapter.name, exclude_id=chapter.id) is not None:
        problems = Problems()
        problems.error("name", translate("Validation", "Another chapter already has this name."))
        raise ValidationError(problems)
    before = snapshot(chapter)
    chapter.deleted_at = None
    log_change(session, "chapter", chapter.id, "restore", before, snapshot(chapter))
