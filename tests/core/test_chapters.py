"""Chapters: add, rename, deactivate, list with counts, trash and restore, find by name."""

import pytest
from sqlalchemy import func, select

from doan_desktop.core.chapters import (
    ChapterInput,
    UnknownChapter,
    add_chapter,
    delete_chapter,
    find_chapter,
    get_chapter,
    list_chapters,
    restore_chapter,
    set_active,
    update_chapter,
)
from doan_desktop.core.roster import PersonInput, add_office, delete_person, save_person
from doan_desktop.core.store.models import ChangeLog, Chapter
from doan_desktop.core.text import collation_key, fold
from doan_desktop.core.validation import ValidationError
from tests.conftest import TODAY


def add(db, name, kind="thon", **extra):
    with db.session() as session:
        return add_chapter(session, ChapterInput(name, kind, **extra))


def listed(db, **options):
    with db.session() as session:
        return list_chapters(session, **options)


def count(db, model) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(model))


def person(db, name, chapter_id, member=True, status="active"):
    with db.session() as session:
        return save_person(
            session,
            PersonInput(full_name=name, chapter_id=chapter_id, is_member=member, status=status),
            today=TODAY,
        )


def test_add_stores_clean_name_and_keys(unit_db):
    chapter_id = add(unit_db, "  Thôn   3 ", note=" gần  chợ ")
    with unit_db.session() as session:
        chapter = session.get_one(Chapter, chapter_id)
        assert (chapter.name, chapter.note, chapter.active) == ("Thôn 3", "gần chợ", True)
        assert chapter.search_key == fold("Thôn 3")
        assert chapter.sort_key == collation_key("Thôn 3")
        assert get_chapter(session, chapter_id) == ChapterInput("Thôn 3", "thon", "gần chợ", True)


@pytest.mark.parametrize(
    ("name", "kind", "field"),
    [("", "thon", "name"), ("   ", "thon", "name"), ("Thôn 4", "village", "kind")],
)
def test_add_errors_write_nothing(unit_db, name, kind, field):
    with pytest.raises(ValidationError) as raised:
        add(unit_db, name, kind)
    assert field in raised.value.problems.errors
    assert count(unit_db, Chapter) == 0
    assert count(unit_db, ChangeLog) == 1  # the unit's own creation only


@pytest.mark.parametrize("again", ["Thôn 3", "thon 3", "THÔN  3", "Thon 3"])
def test_duplicate_names_are_refused_ignoring_case_and_diacritics(unit_db, again):
    add(unit_db, "Thôn 3")
    with pytest.raises(ValidationError) as raised:
        add(unit_db, again, "school")
    assert "already" in raised.value.problems.errors["name"]
    assert count(unit_db, Chapter) == 1


def test_rename_to_itself_is_fine_to_another_refused(unit_db):
    thon3 = add(unit_db, "Thôn 3")
    add(unit_db, "Thôn 4")
    with unit_db.session() as session:
        update_chapter(session, thon3, ChapterInput("THÔN 3", "thon", "renamed"))
    with pytest.raises(ValidationError), unit_db.session() as session:
        update_chapter(session, thon3, ChapterInput("thôn 4", "thon"))
    assert [c.name for c in listed(unit_db)] == ["THÔN 3", "Thôn 4"]


def test_list_in_vietnamese_order_with_numbers_by_value(unit_db):
    for name in ["Thôn 10", "Buôn Kram", "Thôn 2", "Tổ dân phố 1", "Ấp Đông", "Ap Bac", "Đội 5"]:
        add(unit_db, name)
    assert [c.name for c in listed(unit_db)] == [
        "Ap Bac",
        "Ấp Đông",
        "Buôn Kram",
        "Đội 5",
        "Thôn 2",
        "Thôn 10",
        "Tổ dân phố 1",
    ]


def test_list_counts_current_members_and_youth_and_names_the_secretary(unit_db):
    thon3, kram = add(unit_db, "Thôn 3"), add(unit_db, "Buôn Kram", "buon")
    an = person(unit_db, "Nguyễn Văn An", thon3)
    person(unit_db, "Trần Thị Bình", thon3)
    person(unit_db, "Lê Văn Cường", thon3, member=False)
    person(unit_db, "Phạm Thị Dung", thon3, status="away")  # still counted
    person(unit_db, "Hồ Văn Em", thon3, status="transferred_out")  # not counted
    gone = person(unit_db, "Vũ Văn Giang", thon3)
    with unit_db.session() as session:
        delete_person(session, gone)
        add_office(session, an, "bi_thu", thon3, "01/01/2024", today=TODAY)
    rows = {c.name: c for c in listed(unit_db)}
    assert (rows["Thôn 3"].members, rows["Thôn 3"].youth) == (3, 1)
    assert rows["Thôn 3"].secretary == "Nguyễn Văn An"
    assert (rows["Buôn Kram"].members, rows["Buôn Kram"].youth, rows["Buôn Kram"].secretary) == (
        0,
        0,
        "",
    )
    assert rows["Buôn Kram"].id == kram


def test_inactive_chapters(unit_db):
    thon3 = add(unit_db, "Thôn 3")
    add(unit_db, "Thôn 4")
    with unit_db.session() as session:
        set_active(session, thon3, False)
    assert [(c.name, c.active) for c in listed(unit_db)] == [("Thôn 3", False), ("Thôn 4", True)]
    assert [c.name for c in listed(unit_db, include_inactive=False)] == ["Thôn 4"]


def test_only_an_empty_chapter_goes_to_the_trash(unit_db):
    thon3 = add(unit_db, "Thôn 3")
    someone = person(unit_db, "Nguyễn Văn An", thon3)
    with pytest.raises(ValidationError) as raised, unit_db.session() as session:
        delete_chapter(session, thon3)
    assert "1" in raised.value.problems.errors["chapter"]
    assert [c.name for c in listed(unit_db)] == ["Thôn 3"]
    with unit_db.session() as session:
        delete_person(session, someone)  # a trashed person does not hold the chapter
    with unit_db.session() as session:
        delete_chapter(session, thon3)
    assert listed(unit_db) == []
    assert count(unit_db, Chapter) == 1  # in the trash, not gone
    with unit_db.session() as session:
        restore_chapter(session, thon3)
    assert [c.name for c in listed(unit_db)] == ["Thôn 3"]


def test_a_trashed_name_can_be_reused_and_then_blocks_its_restore(unit_db):
    old = add(unit_db, "Thôn 3")
    with unit_db.session() as session:
        delete_chapter(session, old)
    add(unit_db, "Thôn 3")
    with pytest.raises(ValidationError) as raised, unit_db.session() as session:
        restore_chapter(session, old)
    assert "name" in raised.value.problems.errors
    assert len(listed(unit_db)) == 1


def test_find_chapter(unit_db):
    thon3 = add(unit_db, "Thôn 3")
    with unit_db.session() as session:
        assert find_chapter(session, " thon   3 ").id == thon3
        with pytest.raises(UnknownChapter) as raised:
            find_chapter(session, "Thôn 9")
    assert "Thôn 9" in str(raised.value)


def test_change_log(unit_db):
    thon3 = add(unit_db, "Thôn 3")
    with unit_db.session() as session:
        update_chapter(session, thon3, ChapterInput("Thôn Ba", "thon"))
        set_active(session, thon3, False)
        set_active(session, thon3, False)  # no change, no entry
        delete_chapter(session, thon3)
        restore_chapter(session, thon3)
    with unit_db.session() as session:
        rows = session.scalars(
            select(ChangeLog).where(ChangeLog.entity_id == thon3).order_by(ChangeLog.id)
        ).all()
    assert [(r.entity, r.action) for r in rows] == [
        ("chapter", "create"),
        ("chapter", "update"),
        ("chapter", "update"),
        ("chapter", "delete"),
        ("chapter", "restore"),
    ]
    assert rows[1].before == {"name": "Thôn 3"} and rows[1].after == {"name": "Thôn Ba"}
    assert rows[2].after == {"active": False}
