"""The trash lists trashed people and chapters and restores them one at a time (no Qt)."""

import pytest
from sqlalchemy import func, select

from doan_desktop.core import trash
from doan_desktop.core.chapters import (
    ChapterInput,
    add_chapter,
    delete_chapter,
    list_chapters,
    update_chapter,
)
from doan_desktop.core.roster import (
    PersonInput,
    delete_person,
    get_person,
    list_people,
    save_person,
)
from doan_desktop.core.store.models import ChangeLog
from doan_desktop.core.validation import ValidationError
from tests.conftest import TODAY


def _person(session, name, chapter_id=None, member=True):
    return save_person(
        session,
        PersonInput(full_name=name, chapter_id=chapter_id, is_member=member, birth_date="2000"),
        today=TODAY,
    )


def test_empty_trash(unit_db):
    with unit_db.session() as session:
        assert trash.list_trash(session) == []


def test_lists_people_and_chapters_most_recent_first(unit_db):
    with unit_db.session() as session:
        kram = add_chapter(session, ChapterInput("Buôn Kram", "buon", note="near the river"))
        thon3 = add_chapter(session, ChapterInput("Thôn 3", "thon"))
        an = _person(session, "Nguyễn Văn An", kram)
        hen = _person(session, "H' Hen Niê", thon3, member=False)
        delete_person(session, an)
        delete_person(session, hen)
        session.flush()
        delete_chapter(session, thon3)
    with unit_db.session() as session:
        items = trash.list_trash(session)
    assert [(i.kind, i.name) for i in items] == [
        ("chapter", "Thôn 3"),
        ("person", "H' Hen Niê"),
        ("person", "Nguyễn Văn An"),
    ]
    details = {i.name: i.detail for i in items}
    assert details["Nguyễn Văn An"] == "Member, Buôn Kram"
    assert details["H' Hen Niê"].startswith(
        "Youth (not a member), Thôn 3 (that chapter is in the trash"
    )
    assert details["Thôn 3"] == "Village (thôn)"
    assert all(i.deleted_at is not None for i in items)
    assert {i.id for i in items} == {an, hen, thon3}


def test_restore_person_back_to_their_chapter(unit_db):
    with unit_db.session() as session:
        kram = add_chapter(session, ChapterInput("Buôn Kram", "buon"))
        an = _person(session, "Nguyễn Văn An", kram)
        delete_person(session, an)
    with unit_db.session() as session:
        message = trash.restore(session, "person", an)
    assert message == "Nguyễn Văn An is back in the roster."
    with unit_db.session() as session:
        assert trash.list_trash(session) == []
        assert [p.full_name for p in list_people(session)] == ["Nguyễn Văn An"]
        assert get_person(session, an).chapter_id == kram
        actions = session.scalars(
            select(ChangeLog.action).where(ChangeLog.entity_id == an).order_by(ChangeLog.id)
        ).all()
    assert actions == ["create", "delete", "restore"]


def test_restore_person_whose_chapter_is_trashed_comes_back_unassigned(unit_db):
    with unit_db.session() as session:
        kram = add_chapter(session, ChapterInput("Buôn Kram", "buon"))
        an = _person(session, "Nguyễn Văn An", kram)
        delete_person(session, an)
        session.flush()
        delete_chapter(session, kram)
    with unit_db.session() as session:
        message = trash.restore(session, "person", an)
    assert message == "Nguyễn Văn An is back in the roster, without a chapter."
    with unit_db.session() as session:
        assert get_person(session, an).chapter_id is None
        assert [(i.kind, i.id) for i in trash.list_trash(session)] == [("chapter", kram)]


def test_restore_chapter(unit_db):
    with unit_db.session() as session:
        kram = add_chapter(session, ChapterInput("Buôn Kram", "buon"))
        delete_chapter(session, kram)
    with unit_db.session() as session:
        assert list_chapters(session) == []
        assert trash.restore(session, "chapter", kram) == "The chapter Buôn Kram is back."
    with unit_db.session() as session:
        assert [c.name for c in list_chapters(session)] == ["Buôn Kram"]
        assert trash.list_trash(session) == []


def test_restore_chapter_whose_name_is_taken_is_refused_and_changes_nothing(unit_db):
    with unit_db.session() as session:
        old = add_chapter(session, ChapterInput("Buôn Kram", "buon"))
        delete_chapter(session, old)
        session.flush()
        new = add_chapter(session, ChapterInput("buon kram", "buon"))
    with unit_db.session() as session:
        log_before = session.scalar(select(func.count()).select_from(ChangeLog))
        with pytest.raises(ValidationError) as raised:
            trash.restore(session, "chapter", old)
    assert raised.value.problems.errors["name"] == (
        "Another chapter is now called Buôn Kram. Rename that chapter first, then restore this one."
    )
    with unit_db.session() as session:
        assert [i.id for i in trash.list_trash(session)] == [old]
        assert [c.id for c in list_chapters(session)] == [new]
        assert session.scalar(select(func.count()).select_from(ChangeLog)) == log_before
    # Once the other chapter is renamed, the old one can come back.
    with unit_db.session() as session:
        update_chapter(session, new, ChapterInput("Buôn Kram 2", "buon"))
        trash.restore(session, "chapter", old)
    with unit_db.session() as session:
        assert sorted(c.name for c in list_chapters(session)) == ["Buôn Kram", "Buôn Kram 2"]


def test_restore_what_is_not_in_the_trash(unit_db):
    with unit_db.session() as session:
        kram = add_chapter(session, ChapterInput("Buôn Kram", "buon"))
        an = _person(session, "Nguyễn Văn An", kram)
    with unit_db.session() as session:
        with pytest.raises(trash.NotInTrash, match="person is not in the trash"):
            trash.restore(session, "person", an)
        with pytest.raises(trash.NotInTrash, match="chapter is not in the trash"):
            trash.restore(session, "chapter", kram)
        with pytest.raises(trash.NotInTrash):
            trash.restore(session, "person", "no-such-id")
        with pytest.raises(ValueError):
            trash.restore(session, "meeting", an)
