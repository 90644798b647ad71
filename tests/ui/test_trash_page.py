"""The trash page lists every kind of trashed record, filters by kind, and restores them."""

import pytest
from PySide6.QtCore import Qt

from doan_desktop.core.chapters import (
    ChapterInput,
    add_chapter,
    delete_chapter,
    list_chapters,
    restore_chapter,
)
from doan_desktop.core.meetings import list_meetings
from doan_desktop.core.roster import PersonInput, delete_person, get_person, save_person
from doan_desktop.core.trash import kind_labels, list_trash
from doan_desktop.preferences import Preferences
from doan_desktop.ui import prompts
from doan_desktop.ui.context import AppContext
from doan_desktop.ui.models.trash_model import TrashModel, TrashProxy
from doan_desktop.ui.pages.trash import TrashPage
from tests.conftest import TODAY
from tests.trash_records import TRASHED, fill_trash


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


# ----------------------------------------------------------------------------- every kind


@pytest.fixture
def filled(unit_db):
    with unit_db.session() as session:
        return fill_trash(session)


@pytest.fixture
def full_page(qtbot, context, filled, errors):
    page = TrashPage(context)
    context.events.changed.connect(lambda _kind: page.refresh())
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    page.refresh()
    return page


def _kinds(page):
    return [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]


def _choose_kind(page, kind):
    page.kind_filter.setCurrentIndex(page.kind_filter.findData(kind))


def test_models_with_every_kind(qtmodeltester, unit_db, filled):
    model = TrashModel()
    with unit_db.session() as session:
        model.set_rows(list_trash(session))
    qtmodeltester.check(model)
    proxy = TrashProxy()
    proxy.setSourceModel(model)
    proxy.set_kind("meeting")
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 2


def test_lists_every_kind_with_a_count_in_the_filter(full_page):
    assert set(_kinds(full_page)) == set(kind_labels().values())
    assert len(_names(full_page)) == len(TRASHED)
    assert [full_page.kind_filter.itemText(i) for i in range(full_page.kind_filter.count())] == [
        "All kinds (15)",
        "Person (2)",
        "Chapter (1)",
        "Meeting (2)",
        "Training (1)",
        "Youth work or task (2)",
        "Volunteer drive (2)",
        "Commendation (3)",
        "Cadre plan (2)",
    ]
    assert "meetings, trainings, youth works" in full_page.intro_label.text()


def test_kind_filter_and_search_together(qtbot, full_page):
    _choose_kind(full_page, "meeting")
    assert _names(full_page) == ["Themed meeting: Chuyển đổi số", "Monthly chapter meeting"]
    qtbot.keyClicks(full_page.search, "chuyen doi")
    assert _names(full_page) == ["Themed meeting: Chuyển đổi số"]
    qtbot.keyClicks(full_page.search, " nothing")
    assert _names(full_page) == []
    assert full_page.status.text() == "Nothing in the trash matches."
    full_page.search.clear()
    _choose_kind(full_page, "commendation")
    assert _names(full_page) == [
        "Chi đoàn vững mạnh",
        "Giấy khen thanh niên tình nguyện",
        "Bằng khen Bí thư chi đoàn tiêu biểu",
    ]
    _choose_kind(full_page, None)
    assert len(_names(full_page)) == len(TRASHED)
    assert full_page.status.text() == ""


def test_kind_filter_by_keyboard_and_kept_on_refresh(qtbot, full_page):
    full_page.kind_filter.setFocus()
    for _ in range(3):  # All kinds → Person → Chapter → Meeting
        qtbot.keyClick(full_page.kind_filter, Qt.Key_Down)
    assert full_page.kind_filter.currentData() == "meeting"
    full_page.refresh()
    assert full_page.kind_filter.currentData() == "meeting"
    assert set(_kinds(full_page)) == {"Meeting"}


def test_restore_a_meeting_from_the_filtered_list(qtbot, full_page, unit_db, filled):
    notified = []
    full_page.context.events.changed.connect(notified.append)
    _choose_kind(full_page, "meeting")
    _select(full_page, "Monthly chapter meeting")
    qtbot.mouseClick(full_page.restore_button, Qt.LeftButton)
    assert notified == ["meeting"]
    assert full_page.status.text() == "The meeting of 05/02/2026 is back."
    assert _names(full_page) == ["Themed meeting: Chuyển đổi số"]
    assert full_page.kind_filter.currentText() == "Meeting (1)"
    with unit_db.session() as session:
        assert [m.id for m in list_meetings(session)] == [filled["meeting"]]


def test_meeting_of_a_trashed_chapter_is_refused_then_restored_after_it(
    qtbot, full_page, unit_db, filled, errors
):
    _choose_kind(full_page, "meeting")
    _select(full_page, "Themed meeting: Chuyển đổi số")
    qtbot.mouseClick(full_page.restore_button, Qt.LeftButton)
    assert errors == [
        "This meeting belongs to the chapter Thôn 3, which is in the trash. "
        "Restore the chapter first, then the meeting."
    ]
    assert "Themed meeting: Chuyển đổi số" in _names(full_page)
    with unit_db.session() as session:
        assert list_meetings(session) == []
    # What the message says to do works: the chapter first, then the meeting.
    _choose_kind(full_page, "chapter")
    _select(full_page, "Thôn 3")
    qtbot.mouseClick(full_page.restore_button, Qt.LeftButton)
    _choose_kind(full_page, "meeting")
    _select(full_page, "Themed meeting: Chuyển đổi số")
    qtbot.mouseClick(full_page.restore_button, Qt.LeftButton)
    assert len(errors) == 1
    with unit_db.session() as session:
        assert [m.id for m in list_meetings(session)] == [filled["meeting_thon3"]]


def test_restore_every_other_kind_from_the_page(qtbot, full_page, unit_db, filled, errors):
    for kind, name in (
        ("training", "Kỹ năng tổ chức sinh hoạt chi đoàn"),
        ("work", "Tuyến đường thanh niên tự quản"),
        ("drive", "Hiến máu Giọt hồng"),
        ("commendation", "Bằng khen Bí thư chi đoàn tiêu biểu"),
        ("cadre_plan", "Y Phôn Ksơr"),
    ):
        _choose_kind(full_page, kind)
        _select(full_page, name)
        qtbot.mouseClick(full_page.restore_button, Qt.LeftButton)
        assert name not in _names(full_page), kind
        assert "is back" in full_page.status.text()
    assert errors == []
    with unit_db.session() as session:
        remaining = {item.id for item in list_trash(session)}
    for key in ("training", "work", "drive", "award", "plan"):
        assert filled[key] not in remaining
