"""The trash page lists trashed people and chapters and restores them."""

import pytest
from PySide6.QtCore import Qt

from doan_desktop.core.chapters import (
    ChapterInput,
    add_chapter,
    delete_chapter,
    list_chapters,
    restore_chapter,
)
from doan_desktop.core.roster import PersonInput, delete_person, get_person, save_person
from doan_desktop.core.trash import list_trash
from doan_desktop.preferences import Preferences
from doan_desktop.ui import prompts
from doan_desktop.ui.context import AppContext
from doan_desktop.ui.models.trash_model import TrashModel
from doan_desktop.ui.pages.trash import TrashPage
from tests.conftest import TODAY


@pytest.fixture
def errors(monkeypatch):
    shown = []
    monkeypatch.setattr(prompts, "show_error", lambda parent, title, text: shown.append(text))
    return shown


@pytest.fixture
def ids(unit_db):
    with unit_db.session() as session:
        kram = add_chapter(session, ChapterInput("Buôn Kram", "buon"))
        thon3 = add_chapter(session, ChapterInput("Thôn 3", "thon"))
        an = save_person(
            session,
            PersonInput(full_name="Nguyễn Văn An", chapter_id=kram, is_member=True),
            today=TODAY,
        )
        hen = save_person(
            session, PersonInput(full_name="H' Hen Niê", chapter_id=thon3), today=TODAY
        )
        delete_person(session, an)
        delete_person(session, hen)
        session.flush()
        delete_chapter(session, thon3)
    return {"kram": kram, "thon3": thon3, "an": an, "hen": hen}


@pytest.fixture
def context(data_dir, unit_db):
    return AppContext(data_dir, unit_db, Preferences())


@pytest.fixture
def page(qtbot, context, ids, errors):
    page = TrashPage(context)
    context.events.changed.connect(lambda _kind: page.refresh())
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    page.refresh()
    return page


def _names(page):
    return [page.proxy.index(r, 1).data() for r in range(page.proxy.rowCount())]


def _select(page, name):
    page.table.selectRow(_names(page).index(name))


def test_model(qtmodeltester, unit_db, ids):
    model = TrashModel()
    with unit_db.session() as session:
        model.set_rows(list_trash(session))
    qtmodeltester.check(model)


def test_lists_people_and_chapters(page):
    assert _names(page) == ["Thôn 3", "H' Hen Niê", "Nguyễn Văn An"]
    row = [page.proxy.index(2, c).data() for c in range(3)]
    assert row == ["Person", "Nguyễn Văn An", "Member, Buôn Kram"]
    assert page.proxy.index(0, 0).data() == "Chapter"
    assert "Nothing in the trash is ever deleted for good" in page.intro_label.text()
    assert not page.restore_button.isEnabled()


def test_search(qtbot, page):
    qtbot.keyClicks(page.search, "hen nie")
    assert _names(page) == ["H' Hen Niê"]


def test_restore_a_person(qtbot, page, context, unit_db, ids):
    notified = []
    context.events.changed.connect(notified.append)
    _select(page, "Nguyễn Văn An")
    assert page.restore_button.isEnabled()
    qtbot.mouseClick(page.restore_button, Qt.LeftButton)
    assert notified == ["person"]
    assert page.status.text() == "Nguyễn Văn An is back in the roster."
    assert _names(page) == ["Thôn 3", "H' Hen Niê"]
    with unit_db.session() as session:
        assert get_person(session, ids["an"]).chapter_id == ids["kram"]


def test_person_of_a_trashed_chapter_comes_back_unassigned(qtbot, page, unit_db, ids):
    _select(page, "H' Hen Niê")
    qtbot.mouseClick(page.restore_button, Qt.LeftButton)
    assert page.status.text() == "H' Hen Niê is back in the roster, without a chapter."
    with unit_db.session() as session:
        assert get_person(session, ids["hen"]).chapter_id is None


def test_restore_a_chapter(qtbot, page, unit_db, ids):
    _select(page, "Thôn 3")
    qtbot.mouseClick(page.restore_button, Qt.LeftButton)
    assert page.status.text() == "The chapter Thôn 3 is back."
    with unit_db.session() as session:
        assert sorted(c.name for c in list_chapters(session)) == ["Buôn Kram", "Thôn 3"]


def test_chapter_whose_name_is_taken_is_refused(qtbot, page, unit_db, ids, errors):
    with unit_db.session() as session:
        add_chapter(session, ChapterInput("thon 3", "thon"))
    _select(page, "Thôn 3")
    qtbot.mouseClick(page.restore_button, Qt.LeftButton)
    assert errors == [
        "Another chapter is now called Thôn 3. Rename that chapter first, then restore this one."
    ]
    assert "Thôn 3" in _names(page)
    with unit_db.session() as session:
        assert [c.name for c in list_chapters(session)] == ["Buôn Kram", "thon 3"]


def test_restored_elsewhere_meanwhile(qtbot, page, unit_db, ids, errors):
    _select(page, "Thôn 3")
    with unit_db.session() as session:
        restore_chapter(session, ids["thon3"])
    qtbot.mouseClick(page.restore_button, Qt.LeftButton)
    assert errors == ["This chapter is not in the trash any more."]
    assert "Thôn 3" not in _names(page)


def test_empty_trash(qtbot, data_dir, unit_db, errors):
    page = TrashPage(AppContext(data_dir, unit_db, Preferences()))
    qtbot.addWidget(page)
    page.refresh()
    assert page.status.text() == "The trash is empty."
    assert page.model.rowCount() == 0
