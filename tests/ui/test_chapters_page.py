"""The chapters page and dialog: counts, search as you type, add, edit, deactivate, trash."""

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from sqlalchemy import func, select

from doan_desktop.core.chapters import ChapterInput, add_chapter, get_chapter, list_chapters
from doan_desktop.core.roster import PersonInput, add_office, save_person
from doan_desktop.core.store.models import ChangeLog, Chapter
from doan_desktop.preferences import Preferences
from doan_desktop.ui import prompts
from doan_desktop.ui.context import AppContext
from doan_desktop.ui.dialogs.chapter_dialog import ChapterDialog
from doan_desktop.ui.models.chapters_model import SORT_ROLE, ChaptersModel
from doan_desktop.ui.pages.chapters import ChaptersPage
from tests.conftest import TODAY
from tests.ui.leaving import leave


def _keys(widget, text):
    """Type ``text`` as key presses (QTest.keyClicks knows ASCII only)."""
    for char in text:
        QApplication.sendEvent(widget, QKeyEvent(QEvent.KeyPress, 0, Qt.NoModifier, char))


@pytest.fixture
def prompts_log(monkeypatch):
    log = {"asked": [], "errors": [], "answer": True}

    def ask(parent, title, text):
        log["asked"].append(text)
        return log["answer"]

    monkeypatch.setattr(prompts, "ask_yes_no", ask)
    monkeypatch.setattr(prompts, "show_error", lambda p, t, text: log["errors"].append(text))
    monkeypatch.setattr(prompts, "show_info", lambda p, t, text: None)
    return log


@pytest.fixture
def ids(unit_db):
    with unit_db.session() as session:
        kram = add_chapter(session, ChapterInput("Buôn Kram", "buon"))
        thon3 = add_chapter(session, ChapterInput("Thôn 3", "thon", note="by the market"))
        dong = add_chapter(session, ChapterInput("Đồng Tâm", "thon"))
        an = save_person(
            session,
            PersonInput(full_name="Y Phôn Ksơr", chapter_id=kram, is_member=True),
            today=TODAY,
        )
        save_person(session, PersonInput(full_name="H' Hen Niê", chapter_id=kram), today=TODAY)
        save_person(
            session,
            PersonInput(full_name="Nguyễn Văn An", chapter_id=kram, is_member=True),
            today=TODAY,
        )
        add_office(session, an, "bi_thu", kram, "01/01/2025", today=TODAY)
    return {"kram": kram, "thon3": thon3, "dong": dong}


@pytest.fixture
def page(qtbot, data_dir, unit_db, ids, prompts_log):
    context = AppContext(data_dir, unit_db, Preferences())
    page = ChaptersPage(context)
    # As the main window does: the page in view refreshes when records change.
    context.events.changed.connect(lambda _kind: page.refresh())
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    page.refresh()
    return page


def _names(page):
    return [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]


def _select(page, name):
    row = _names(page).index(name)
    page.table.selectRow(row)
    page.table.setFocus()


def _log_count(database):
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(ChangeLog))


def test_model(qtmodeltester, ids, unit_db):
    model = ChaptersModel()
    with unit_db.session() as session:
        model.set_rows(list_chapters(session))
    qtmodeltester.check(model)
    model.set_rows([])
    qtmodeltester.check(model)


def test_shows_counts_and_secretary_in_vietnamese_order(page):
    assert _names(page) == ["Buôn Kram", "Đồng Tâm", "Thôn 3"]
    row = [page.proxy.index(0, c).data() for c in range(6)]
    assert row == ["Buôn Kram", "Village (buôn)", 2, 1, "Y Phôn Ksơr", "Yes"]
    assert page.count_label.text() == "3 chapters: 2 members and 1 youth."
    assert page.proxy.index(2, 0).data(Qt.ToolTipRole) == "Thôn 3\nby the market"


def test_every_column_sorts(page):
    page.table.sortByColumn(2, Qt.DescendingOrder)
    assert _names(page)[0] == "Buôn Kram"
    page.table.sortByColumn(0, Qt.DescendingOrder)
    assert _names(page) == ["Thôn 3", "Đồng Tâm", "Buôn Kram"]
    for column in range(6):
        assert page.proxy.index(0, column).data(SORT_ROLE) is not None


def test_search_ignores_diacritics_and_case(qtbot, page):
    qtbot.keyClicks(page.search, "buon kram")
    assert _names(page) == ["Buôn Kram"]
    assert page.count_label.text() == "1 of 3 chapters shown: 2 members and 1 youth."
    page.search.clear()
    _keys(page.search, "ĐỒNG")
    assert _names(page) == ["Đồng Tâm"]
    page.search.clear()
    qtbot.keyClicks(page.search, "phon")  # the secretary's name
    assert _names(page) == ["Buôn Kram"]
    page.search.clear()
    qtbot.keyClicks(page.search, "nothing like this")
    assert _names(page) == []
    page.search.clear()
    assert len(_names(page)) == 3


def test_filtering_proxy_is_a_sound_model(qtbot, qtmodeltester, page):
    qtbot.keyClicks(page.search, "thon")
    qtmodeltester.check(page.proxy)


def test_add_chapter_through_the_dialog(qtbot, page, unit_db):
    qtbot.mouseClick(page.add_button, Qt.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, ChapterDialog)
    ok = dialog.buttons.button(QDialogButtonBox.Ok)
    assert not ok.isEnabled()
    _keys(dialog.name, "Trường THPT Hòa Phú")
    dialog.kind.setCurrentIndex(dialog.kind.findData("school"))
    dialog.note.setPlainText("grades 10 to 12")
    assert ok.isEnabled()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(ok, Qt.LeftButton)
    assert "Trường THPT Hòa Phú" in _names(page)
    assert page.current_row().name == "Trường THPT Hòa Phú"
    with unit_db.session() as session:
        saved = get_chapter(session, page.current_row().id)
    assert (saved.name, saved.kind, saved.note, saved.active) == (
        "Trường THPT Hòa Phú",
        "school",
        "grades 10 to 12",
        True,
    )


def test_dialog_refuses_empty_and_duplicate_names(qtbot, page, unit_db):
    page.add_chapter()
    dialog = page.dialog
    ok = dialog.buttons.button(QDialogButtonBox.Ok)
    _keys(dialog.name, "thon 3")
    assert not ok.isEnabled()
    assert dialog.name_message.text() == ""  # still typing: not said yet
    leave(dialog.name)
    assert dialog.name_message.text() == "Another chapter already has this name."
    dialog.name.clear()
    assert dialog.name_message.text() == "The chapter needs a name."
    assert not ok.isEnabled()
    before = _log_count(unit_db)
    dialog.accept()  # Enter pressed anyway: nothing is written
    assert dialog.isVisible()
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog, Qt.Key_Escape)
    assert _log_count(unit_db) == before
    assert len(_names(page)) == 3


def test_edit_with_enter(qtbot, page, ids, unit_db):
    _select(page, "Thôn 3")
    qtbot.keyClick(page.table, Qt.Key_Return)
    dialog = page.dialog
    assert dialog is not None and dialog.name.text() == "Thôn 3"
    assert dialog.note.toPlainText() == "by the market"
    # Its own name is not "another chapter's".
    assert dialog.buttons.button(QDialogButtonBox.Ok).isEnabled()
    dialog.name.selectAll()
    _keys(dialog.name, "Thôn 3A")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.name, Qt.Key_Return)
    assert _names(page) == ["Buôn Kram", "Đồng Tâm", "Thôn 3A"]
    with unit_db.session() as session:
        assert get_chapter(session, ids["thon3"]).name == "Thôn 3A"


def test_double_click_opens_the_editor(qtbot, page):
    _select(page, "Đồng Tâm")
    index = page.proxy.index(1, 0)
    rect = page.table.visualRect(index)
    # The view opens only the item the first click of the pair pressed.
    qtbot.mouseClick(page.table.viewport(), Qt.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.LeftButton, pos=rect.center())
    assert page.dialog is not None and page.dialog.name.text() == "Đồng Tâm"
    page.dialog.reject()


def test_deactivate_and_activate(qtbot, page, ids, unit_db, prompts_log):
    _select(page, "Đồng Tâm")
    assert page.active_button.text() == "Deactivate"
    qtbot.mouseClick(page.active_button, Qt.LeftButton)
    assert "Deactivate Đồng Tâm?" in prompts_log["asked"][0]
    assert _names(page) == ["Buôn Kram", "Thôn 3"]
    with unit_db.session() as session:
        assert get_chapter(session, ids["dong"]).active is False
    page.show_inactive.setChecked(True)
    assert _names(page) == ["Buôn Kram", "Đồng Tâm", "Thôn 3"]
    assert page.proxy.index(1, 5).data() == "No (deactivated)"
    _select(page, "Đồng Tâm")
    assert page.active_button.text() == "Activate"
    qtbot.mouseClick(page.active_button, Qt.LeftButton)
    with unit_db.session() as session:
        assert get_chapter(session, ids["dong"]).active is True
    assert len(prompts_log["asked"]) == 1  # activating needs no question


def test_deactivate_declined_changes_nothing(qtbot, page, ids, unit_db, prompts_log):
    prompts_log["answer"] = False
    _select(page, "Đồng Tâm")
    before = _log_count(unit_db)
    qtbot.mouseClick(page.active_button, Qt.LeftButton)
    assert _log_count(unit_db) == before
    assert "Đồng Tâm" in _names(page)


def test_delete_key_moves_an_empty_chapter_to_the_trash(qtbot, page, ids, unit_db, prompts_log):
    _select(page, "Thôn 3")
    qtbot.keyClick(page.table, Qt.Key_Delete)
    assert prompts_log["asked"] == [
        "Move Thôn 3 to the trash? You can restore it from the Trash page."
    ]
    assert _names(page) == ["Buôn Kram", "Đồng Tâm"]
    with unit_db.session() as session:
        assert session.get(Chapter, ids["thon3"]).deleted_at is not None


def test_refuses_to_trash_a_chapter_with_people(qtbot, page, ids, unit_db, prompts_log):
    _select(page, "Buôn Kram")
    before = _log_count(unit_db)
    qtbot.mouseClick(page.delete_button, Qt.LeftButton)
    assert prompts_log["errors"] == [
        "This chapter still has 3 people. Move them to another chapter, "
        "or deactivate the chapter instead."
    ]
    assert _log_count(unit_db) == before
    with unit_db.session() as session:
        assert session.get(Chapter, ids["kram"]).deleted_at is None
    assert "Buôn Kram" in _names(page)


def test_buttons_need_a_selection(page):
    page.table.clearSelection()
    assert not page.edit_button.isEnabled()
    assert not page.delete_button.isEnabled()
    _select(page, "Thôn 3")
    assert page.edit_button.isEnabled()


def test_empty_list_says_what_to_do(qtbot, data_dir, database, prompts_log):
    page = ChaptersPage(AppContext(data_dir, database, Preferences()))
    qtbot.addWidget(page)
    page.refresh()
    assert page.count_label.text() == "No chapters yet. Press Add to create the first one."
