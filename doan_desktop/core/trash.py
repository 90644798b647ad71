"""The trash: people and chapters moved out of sight, listed together and restored one by one.

Nothing here deletes for good; restoring goes through the roster and chapter use cases so their
rules (a person whose chapter is trashed comes back unassigned, a chapter cannot come back under a
name now taken) stay in one place.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from doan_desktop.core import chapters, roster
from doan_desktop.core.messages import translate
from doan_desktop.core.store.models import Chapter, Person
from doan_desktop.core.validation import Problems, ValidationError
from doan_desktop.core.vocab import chapter_kind_labels

KINDS = ("person", "chapter")


@dataclass
class TrashItem:
    kind: str  # "person" or "chapter"
    id: str
    name: str
    detail: str
    deleted_at: dt.datetime  # UTC, as stored


class NotInTrash(LookupError):
    """The item was restored already (or never trashed): nothing to do."""


def kind_labels() -> dict[str, str]:
    return {
        "person": translate("Trash", "Person"),
        "chapter": translate("Trash", "Chapter"),
    }


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


def list_trash(session: Session) -> list[TrashItem]:
    """Everything in the trash, the most recently trashed first."""
    items: list[TrashItem] = []
    home = aliased(Chapter)
    people = session.execute(
        select(Person, home)
        .outerjoin(home, home.id == Person.chapter_id)
        .where(Person.deleted_at.is_not(None))
    )
    for person, chapter in people:
        items.append(
            TrashItem(
                "person",
                person.id,
                person.full_name,
                _person_detail(person, chapter),
                person.deleted_at,
            )
        )
    for chapter in session.scalars(select(Chapter).where(Chapter.deleted_at.is_not(None))):
        items.append(
            TrashItem(
                "chapter", chapter.id, chapter.name, _chapter_detail(chapter), chapter.deleted_at
            )
        )
    items.sort(key=lambda item: (item.deleted_at, item.kind, item.id), reverse=True)
    return items


def restore(session: Session, kind: str, item_id: str) -> str:
    """Bring one item back; returns a sentence saying where it went.

    Raises NotInTrash, or ValidationError when a chapter's name is now taken by another chapter.
    """
    if kind == "person":
        person = session.get(Person, item_id)
        if person is None or person.deleted_at is None:
            raise NotInTrash(translate("Trash", "This person is not in the trash any more."))
        roster.restore_person(session, item_id)
        session.flush()
        if person.chapter_id is None:
            return translate("Trash", "{name} is back in the roster, without a chapter.").format(
                name=person.full_name
            )
        return translate("Trash", "{name} is back in the roster.").format(name=person.full_name)
    if kind == "chapter":
        chapter = session.get(Chapter, item_id)
        if chapter is None or chapter.deleted_at is None:
            raise NotInTrash(translate("Trash", "This chapter is not in the trash any more."))
        try:
            chapters.restore_chapter(session, item_id)
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
        session.flush()
        return translate("Trash", "The chapter {name} is back.").format(name=chapter.name)
    raise ValueError(f"unknown kind of trash item: {kind!r}")
