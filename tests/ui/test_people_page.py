"""The people page (search as you type, filters, order, delete to trash) and the office dialog."""

import unicodedata

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from doan_desktop.core.chapters import ChapterInput, add_chapter
from doan_desktop.core.roster import (
    PersonInput,
    add_office,
    list_offices,
    save_person,
    sitting_secretary,
)
from doan_desktop.core.store.models import ChangeLog, Office, Person
from doan_desktop.preferences import Preferences
from doan_desktop.ui import prompts
from doan_desktop.ui.context import AppContext
from doan_desktop.ui.dialogs.office_dialog import COMMUNE, OfficeDialog
from doan_desktop.ui.dialogs.person_form import PersonForm
from doan_desktop.ui.models.people_model import CHAPTER, NAME, NO_CHAPTER
from doan_desktop.ui.pages.people import CURRENT, PeoplePage
from tests.conftest import TODAY


@pytest.fixture
def context(data_dir, unit_db):
    return AppContext(data_dir, unit_db, Preferences())


@pytest.fixture
def roster(unit_db):
    """Two chapters and seven people; returns {name: id} for people and chapters."""
    ids = {}
    with unit_db.session() as session:
        ids["Thôn 1"] = add_chapter(session, ChapterInput("Thôn 1", "thon"))
        ids["Buôn Kram"] = add_chapter(session, ChapterInput("Buôn Kram", "buon"))
        people = [
            ("Nguyễn Văn Ấn", "Thôn 1", True, "active", "12/01/2004", "0912345678"),
            ("Trần Thị Bình", "Thôn 1", True, "active", "2003", ""),
            ("Lê Thị Ánh", "Buôn Kram", False, "active", "", ""),
            ("Phạm Văn Anh", "Buôn Kram", True, "away", "", ""),
            ("Hoàng An", "Buôn Kram", False, "active", "", ""),
            ("Đặng Văn Đức", None, True, "aged_out", "1990", ""),
            ("Nguyễn Thị Anh", "Thôn 1", False, "transferred_out", "", ""),
        ]
        for name, chapter, member, status, birth, phone in people:
            ids[name] = save_person(
                session,
                PersonInput(
                    full_name=name,
                    chapter_id=ids.get(chapter),
                    is_member=member,
                    status=status,
                    birth_date=birth,
                    phone=phone,
                ),
                today=TODAY,
            )
    return ids


@pytest.fixture
def page(qtbot, context, roster):
    page = PeoplePage(context)
    qtbot.addWidget(page)
    page.resize(1146, 700)
    page.show()
    page.refresh()
    return page


def shown(page) -> list[str]:
    model = page.model
    return [model.index(r, NAME).data() for r in range(model.rowCount())]


def type_search(qtbot, page, text: str) -> None:
    page.search.clear()
    qtbot.keyClicks(page.search, text)


def choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


ROSTER_ORDER = [
    "Hoàng An",
    "Nguyễn Thị Anh",
    "Phạm Văn Anh",
    "Lê Thị Ánh",
    "Nguyễn Văn Ấn",
    "Trần Thị Bình",
    "Đặng Văn Đức",
]


def test_page_lists_everyone_in_roster_order_with_counts(page):
    assert shown(page) == ROSTER_ORDER
    # Two of them have left (aged out, transferred out): said, since other pages count 5.
    assert page.count_label.text() == (
        "7 people — 4 members, 3 youth, including 2 who have left (counted here now: 5)"
    )
    assert "transferred out, aged out" in page.count_label.toolTip()
    assert page.chapter_filter.itemText(0) == "All chapters"
    assert [page.chapter_filter.itemText(i) for i in range(1, 4)] == [
        "Buôn Kram",
        "Thôn 1",
        "(No chapter)",
    ]


def test_search_filters_as_you_type_ignoring_diacritics(qtbot, page):
    type_search(qtbot, page, "nguyen van an")
    qtbot.waitUntil(lambda: shown(page) == ["Nguyễn Văn Ấn"])
    assert page.count_label.text() == "1 people — 1 members, 0 youth (of 7 in the roster)"

    page.search.setText(unicodedata.normalize("NFD", "Nguyễn Văn Ấn"))
    qtbot.waitUntil(lambda: shown(page) == ["Nguyễn Văn Ấn"])

    type_search(qtbot, page, "dang van d")
    qtbot.waitUntil(lambda: shown(page) == ["Đặng Văn Đức"])

    type_search(qtbot, page, "0912 345")  # phone digits, in pieces
    qtbot.waitUntil(lambda: shown(page) == ["Nguyễn Văn Ấn"])

    page.search.clear()
    qtbot.waitUntil(lambda: shown(page) == ROSTER_ORDER)


def test_search_waits_for_a_pause_in_typing(qtbot, page):
    qtbot.keyClicks(page.search, "binh")
    assert page._search_timer.isActive()
    assert shown(page) == ROSTER_ORDER  # not yet: the filter runs after the pause
    qtbot.waitUntil(lambda: shown(page) == ["Trần Thị Bình"])


def test_enter_in_the_search_box_filters_at_once_and_moves_to_the_table(qtbot, page):
    qtbot.keyClicks(page.search, "anh")
    qtbot.keyClick(page.search, Qt.Key_Return)
    assert shown(page) == ["Nguyễn Thị Anh", "Phạm Văn Anh", "Lê Thị Ánh"]
    assert page.selected_id() is not None


def test_chapter_member_and_status_filters(page, roster):
    choose(page.chapter_filter, roster["Buôn Kram"])
    assert shown(page) == ["Hoàng An", "Phạm Văn Anh", "Lê Thị Ánh"]
    choose(page.kind_filter, False)
    assert shown(page) == ["Hoàng An", "Lê Thị Ánh"]
    assert page.count_label.text().startswith("2 people — 0 members, 2 youth")
    choose(page.chapter_filter, None)
    choose(page.kind_filter, True)
    assert shown(page) == ["Phạm Văn Anh", "Nguyễn Văn Ấn", "Trần Thị Bình", "Đặng Văn Đức"]
    choose(page.kind_filter, None)
    choose(page.status_filter, "aged_out")
    assert shown(page) == ["Đặng Văn Đức"]
    choose(page.status_filter, CURRENT)
    assert "Đặng Văn Đức" not in shown(page)
    assert "Nguyễn Thị Anh" not in shown(page)
    assert "Phạm Văn Anh" in shown(page)  # away: still counted here
    # Only people counted here: the count has nobody who left to mention.
    assert page.count_label.text() == "5 people — 3 members, 2 youth (of 7 in the roster)"
    assert page.count_label.toolTip() == ""
    choose(page.status_filter, None)
    choose(page.chapter_filter, NO_CHAPTER)
    assert shown(page) == ["Đặng Văn Đức"]


def test_filters_survive_a_refresh(page, roster, unit_db):
    choose(page.chapter_filter, roster["Thôn 1"])
    with unit_db.session() as session:
        save_person(
            session,
            PersonInput(full_name="Y Blang", chapter_id=roster["Thôn 1"], is_member=True),
            today=TODAY,
        )
    page.refresh()
    assert page.chapter_filter.currentData() == roster["Thôn 1"]
    assert "Y Blang" in shown(page)
    assert "Hoàng An" not in shown(page)


def test_clicking_a_column_header_sorts_by_it(qtbot, page):
    header = page.table.horizontalHeader()
    header.sectionClicked.emit(CHAPTER)  # what a click on the header does
    page.table.sortByColumn(CHAPTER, Qt.AscendingOrder)
    chapters = [page.model.index(r, CHAPTER).data() for r in range(page.model.rowCount())]
    assert chapters == [""] + ["Buôn Kram"] * 3 + ["Thôn 1"] * 3
    page.table.sortByColumn(CHAPTER, Qt.DescendingOrder)
    chapters = [page.model.index(r, CHAPTER).data() for r in range(page.model.rowCount())]
    assert chapters == ["Thôn 1"] * 3 + ["Buôn Kram"] * 3 + [""]
    page.table.sortByColumn(NAME, Qt.AscendingOrder)
    assert shown(page) == ROSTER_ORDER


def test_selection_follows_the_person_through_sorting_and_filtering(qtbot, page, roster):
    page.select_person(roster["Trần Thị Bình"])
    page.table.sortByColumn(CHAPTER, Qt.DescendingOrder)
    assert page.selected_id() == roster["Trần Thị Bình"]
    type_search(qtbot, page, "thi")
    qtbot.waitUntil(lambda: len(shown(page)) == 3)
    assert page.selected_id() == roster["Trần Thị Bình"]


def test_delete_key_moves_the_person_to_the_trash(qtbot, page, roster, unit_db, monkeypatch):
    questions = []
    monkeypatch.setattr(prompts, "ask_yes_no", lambda *args: questions.append(args[2]) or True)
    changes = []
    page.context.events.changed.connect(changes.append)
    page.select_person(roster["Trần Thị Bình"])
    qtbot.keyClick(page.table, Qt.Key_Delete)
    assert "Trần Thị Bình" in questions[0]
    assert "Trần Thị Bình" not in shown(page)
    assert changes == ["person"]
    with unit_db.session() as session:
        person = session.get(Person, roster["Trần Thị Bình"])
        assert person.deleted_at is not None
        assert session.scalar(
            select(func.count()).where(
                ChangeLog.entity_id == person.id, ChangeLog.action == "delete"
            )
        )
    assert page.selected_id() is not None  # the next person, ready for the next key


def test_delete_answered_no_changes_nothing(qtbot, page, roster, unit_db, monkeypatch):
    monkeypatch.setattr(prompts, "ask_yes_no", lambda *args: False)
    page.select_person(roster["Trần Thị Bình"])
    page.delete_button.click()
    assert "Trần Thị Bình" in shown(page)
    with unit_db.session() as session:
        assert session.get(Person, roster["Trần Thị Bình"]).deleted_at is None


def test_buttons_need_a_selection(page):
    assert not page.edit_button.isEnabled()
    assert not page.delete_button.isEnabled()
    assert not page.offices_button.isEnabled()
    page.table.selectRow(0)
    assert page.edit_button.isEnabled() and page.offices_button.isEnabled()


def test_enter_on_the_table_opens_the_form_of_that_person(qtbot, page, roster):
    page.select_person(roster["Lê Thị Ánh"])
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key_Return)
    assert isinstance(page.dialog, PersonForm)
    assert page.dialog.person_id == roster["Lê Thị Ánh"]
    assert page.dialog.full_name.text() == "Lê Thị Ánh"
    page.dialog.reject()


def test_double_click_opens_the_form(qtbot, page, roster):
    page.select_person(roster["Hoàng An"])
    index = page.model.index(page.model.row_of(roster["Hoàng An"]), NAME)
    rect = page.table.visualRect(index)
    # A real double-click: press, release, then the double-click event.
    qtbot.mouseClick(page.table.viewport(), Qt.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.LeftButton, pos=rect.center())
    assert isinstance(page.dialog, PersonForm)
    assert page.dialog.person_id == roster["Hoàng An"]


def test_adding_from_the_page_shows_and_selects_the_new_person(qtbot, page, roster):
    choose(page.chapter_filter, roster["Buôn Kram"])
    page.add_button.click()
    form = page.dialog
    assert form.chapter.currentData() == roster["Buôn Kram"]  # the chapter being viewed
    form.full_name.setText("H' Hen Niê")
    with qtbot.waitSignal(form.accepted):
        form.save_button.click()
    assert "H' Hen Niê" in shown(page)
    assert page.model.person(page.table.currentIndex().row()).full_name == "H' Hen Niê"
    assert page.count_label.text().startswith("4 people")


def test_editing_from_the_page_refreshes_the_row(qtbot, page, roster):
    page.select_person(roster["Hoàng An"])
    page.edit_button.click()
    form = page.dialog
    form.full_name.setText("Hoàng Văn An")
    with qtbot.waitSignal(form.accepted):
        form.save_button.click()
    assert "Hoàng Văn An" in shown(page)
    assert page.selected_id() == roster["Hoàng An"]


# ---------------------------------------------------------------------------- offices


@pytest.fixture
def office_dialog(qtbot, context, roster):
    def make(name: str) -> OfficeDialog:
        dialog = OfficeDialog(context, roster[name], today=TODAY)
        qtbot.addWidget(dialog)
        return dialog

    return make


def offices(unit_db, person_id):
    with unit_db.session() as session:
        return list_offices(session, person_id=person_id)


def test_offices_button_opens_the_dialog_for_the_selected_person(page, roster):
    page.select_person(roster["Trần Thị Bình"])
    page.offices_button.click()
    assert isinstance(page.dialog, OfficeDialog)
    assert page.dialog.person_id == roster["Trần Thị Bình"]
    page.dialog.reject()


def test_add_an_office_at_commune_level(office_dialog, roster, unit_db):
    dialog = office_dialog("Trần Thị Bình")
    assert dialog.where.currentData() == roster["Thôn 1"]  # the person's own chapter first
    choose(dialog.role, "uy_vien_bch")
    choose(dialog.where, COMMUNE)
    dialog.start_date.setText("01/03/2025")
    assert dialog.add()
    rows = offices(unit_db, roster["Trần Thị Bình"])
    assert [(r.role, r.chapter_id, r.start_date, r.end_date) for r in rows] == [
        ("uy_vien_bch", None, "2025-03-01", "")
    ]
    assert dialog.model.index(0, 1).data() == "Commune committee"
    assert dialog.changed


@pytest.mark.parametrize(
    ("start", "message"),
    [
        ("", "Type the date the term began."),
        ("31/02/2025", "Type the date as dd/mm/yyyy (for example 05/02/2004) or as a year alone."),
        ("01/01/2027", "The date cannot be in the future."),
    ],
)
def test_bad_start_date_is_refused_next_to_the_field(
    office_dialog, roster, unit_db, start, message
):
    dialog = office_dialog("Trần Thị Bình")
    dialog.start_date.setText(start)
    assert not dialog.add()
    assert dialog.start_message.text() == message
    assert dialog.start_message.isVisibleTo(dialog)
    assert offices(unit_db, roster["Trần Thị Bình"]) == []
    assert not dialog.changed


def test_naming_a_new_secretary_asks_and_ends_the_previous_term(
    office_dialog, roster, unit_db, monkeypatch
):
    with unit_db.session() as session:
        add_office(
            session, roster["Nguyễn Văn Ấn"], "bi_thu", roster["Thôn 1"], "2024", today=TODAY
        )
    questions = []
    monkeypatch.setattr(prompts, "ask_yes_no", lambda *args: questions.append(args[2]) or True)
    dialog = office_dialog("Trần Thị Bình")
    choose(dialog.role, "bi_thu")
    choose(dialog.where, roster["Thôn 1"])
    dialog.start_date.setText("15/06/2025")
    assert dialog.add()
    assert questions == [
        "Nguyễn Văn Ấn is the sitting secretary of Thôn 1. End that term on the start date?"
    ]
    previous = offices(unit_db, roster["Nguyễn Văn Ấn"])
    assert previous[0].end_date == "2025-06-15"
    with unit_db.session() as session:
        assert sitting_secretary(session, roster["Thôn 1"]).person_id == roster["Trần Thị Bình"]


def test_naming_a_new_secretary_answered_no_writes_nothing(
    office_dialog, roster, unit_db, monkeypatch
):
    with unit_db.session() as session:
        add_office(
            session, roster["Nguyễn Văn Ấn"], "bi_thu", roster["Thôn 1"], "2024", today=TODAY
        )
        before = session.scalar(select(func.count()).select_from(Office))
    monkeypatch.setattr(prompts, "ask_yes_no", lambda *args: False)
    dialog = office_dialog("Trần Thị Bình")
    choose(dialog.role, "bi_thu")
    choose(dialog.where, roster["Thôn 1"])
    dialog.start_date.setText("15/06/2025")
    assert not dialog.add()
    with unit_db.session() as session:
        assert session.scalar(select(func.count()).select_from(Office)) == before
        assert sitting_secretary(session, roster["Thôn 1"]).person_id == roster["Nguyễn Văn Ấn"]
    assert not dialog.changed


def test_end_a_term(office_dialog, roster, unit_db):
    with unit_db.session() as session:
        add_office(session, roster["Trần Thị Bình"], "pho_bi_thu", roster["Thôn 1"], "01/01/2024")
    dialog = office_dialog("Trần Thị Bình")
    assert not dialog.end_button.isEnabled()
    dialog.table.selectRow(0)
    assert dialog.end_button.isEnabled()
    dialog.end_date.setText("31/12/2023")  # before the start
    assert not dialog.end_selected()
    assert dialog.end_message.text() == "The end date is before the start date."
    assert offices(unit_db, roster["Trần Thị Bình"])[0].end_date == ""
    dialog.end_date.setText("30/06/2025")
    assert dialog.end_selected()
    assert offices(unit_db, roster["Trần Thị Bình"])[0].end_date == "2025-06-30"
    assert dialog.model.index(0, 3).data() == "30/06/2025"
    assert not dialog.end_button.isEnabled()  # an ended term cannot end again


def test_delete_an_office_entered_by_mistake_asks_first(
    office_dialog, roster, unit_db, monkeypatch
):
    with unit_db.session() as session:
        add_office(session, roster["Trần Thị Bình"], "uy_vien_bch", None, "01/01/2024")
    dialog = office_dialog("Trần Thị Bình")
    dialog.table.selectRow(0)
    monkeypatch.setattr(prompts, "ask_yes_no", lambda *args: False)
    assert not dialog.delete_selected()
    assert len(offices(unit_db, roster["Trần Thị Bình"])) == 1
    monkeypatch.setattr(prompts, "ask_yes_no", lambda *args: True)
    assert dialog.delete_selected()
    assert offices(unit_db, roster["Trần Thị Bình"]) == []
    assert dialog.model.rowCount() == 0
    assert dialog.empty_label.isVisibleTo(dialog)


def test_office_changes_reach_the_people_page(qtbot, page, roster):
    page.select_person(roster["Trần Thị Bình"])
    page.offices_button.click()
    dialog = page.dialog
    choose(dialog.role, "pho_bi_thu")
    dialog.start_date.setText("01/03/2025")
    assert dialog.add()
    dialog.reject()
    row = page.model.row_of(roster["Trần Thị Bình"])
    assert page.model.index(row, 5).data() == "Deputy secretary"
