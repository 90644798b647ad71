"""The works & volunteering page and its four forms: tables (checked with qtmodeltester),
search and year filters, totals, trash; each form refusing bad input next to the field with
nothing written, and saving good input."""

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from doan_desktop.core import cadres, commendations, volunteering, works
from doan_desktop.core.chapters import ChapterInput, add_chapter
from doan_desktop.core.roster import PersonInput, save_person
from doan_desktop.core.store.models import CadrePlan, Commendation, VolunteerDrive, YouthWork
from doan_desktop.preferences import Preferences
from doan_desktop.ui import prompts
from doan_desktop.ui.context import AppContext
from doan_desktop.ui.dialogs.cadre_form import CadreForm
from doan_desktop.ui.dialogs.commendation_form import CommendationForm
from doan_desktop.ui.dialogs.volunteer_form import VolunteerForm
from doan_desktop.ui.dialogs.work_form import WorkForm
from doan_desktop.ui.pages.works import WorksPage
from doan_desktop.ui.widgets.person_picker import PersonPicker, load_choices
from tests.conftest import TODAY
from tests.ui.leaving import leave


@pytest.fixture(autouse=True)
def no_blocking_questions(monkeypatch):
    """Closing a form with changes asks first; at teardown nobody is there to answer."""
    monkeypatch.setattr(prompts, "ask_yes_no", lambda *a: True)


@pytest.fixture
def recorded(unit_db):
    ids = {}
    with unit_db.session() as s:
        ids["thon1"] = add_chapter(s, ChapterInput("Thôn 1", "thon"))
        ids["kram"] = add_chapter(s, ChapterInput("Buôn Kram", "buon"))
        for key, name, chapter in (
            ("an", "Nguyễn Văn Ấn", "thon1"),
            ("binh", "Trần Thị Bình", "thon1"),
            ("phon", "Y Phôn Ksơr", "kram"),
        ):
            ids[key] = save_person(
                s, PersonInput(full_name=name, chapter_id=ids[chapter], is_member=True), today=TODAY
            )
        ids["road"] = works.save_work(
            s,
            works.WorkInput(
                name="Tuyến đường thanh niên tự quản thôn 1",
                chapter_ids=[ids["thon1"]],
                state="under_way",
                start_date="01/03/2026",
                value=190_000_000,
                workdays=320,
                participant_count=35,
                participant_ids=[ids["an"]],
            ),
        )
        ids["garden"] = works.save_work(
            s,
            works.WorkInput(
                name="Vườn cây thanh niên",
                kind="task",
                chapter_ids=[ids["kram"]],
                start_date="04/10/2026",
                value=12_000_000,
                workdays=60,
                participant_count=18,
            ),
        )
        ids["old"] = works.save_work(
            s,
            works.WorkInput(
                name="Cầu dân sinh", chapter_ids=[ids["thon1"]], start_date="02/04/2025",
                end_date="16/06/2025", value=120_000_000, state="handed_over",
            ),
        )  # fmt: skip
        ids["blood"] = volunteering.save_drive(
            s,
            volunteering.DriveInput(
                name="Hiến máu Giọt hồng Tây Nguyên", field="blood", start_date="16/09/2026",
                volunteers=42, participation=45, teams=1,
            ),
        )  # fmt: skip
        ids["green"] = volunteering.save_drive(
            s,
            volunteering.DriveInput(
                name="Ngày Chủ nhật xanh", field="environment", start_date="10/11/2026",
                volunteers=160, participation=160, teams=7, value="5.000.000",
            ),
        )  # fmt: skip
        ids["award"] = commendations.save_commendation(
            s,
            commendations.CommendationInput(
                person_id=ids["phon"], level="province", title="Bằng khen",
                decision_number="86-QĐ/TĐTN", decision_date="15/08/2026",
            ),
            today=TODAY,
        )  # fmt: skip
        ids["plan"] = cadres.save_cadre_plan(
            s, cadres.CadreInput(ids["phon"], "Phó Bí thư Đoàn xã", "2027–2032")
        )
    return ids


@pytest.fixture
def context(data_dir, unit_db):
    return AppContext(data_dir, unit_db, Preferences())


@pytest.fixture
def page(qtbot, context, recorded):
    widget = WorksPage(context, today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.refresh()
    return widget


def _count(context, model):
    with context.database.session() as s:
        return s.scalar(select(func.count()).select_from(model).where(model.deleted_at.is_(None)))


# ----------------------------------------------------------------------------- the page


def test_every_table_model_passes_the_model_tester(page, qtmodeltester):
    for tab in page.tabs_list():
        tab.year_filter.setCurrentIndex(0)  # all years: every table has rows
        assert tab.model.rowCount() > 0
        qtmodeltester.check(tab.model)
        qtmodeltester.check(tab.proxy)


def test_works_tab_shows_this_year_with_totals_in_dong(page, recorded):
    tab = page.works_tab
    assert tab.year_filter.currentData() == 2026
    assert {r.id for r in tab.visible_rows()} == {recorded["road"], recorded["garden"]}
    assert tab.totals.text() == (
        "2 works and tasks · value 202.000.000 đ · 380 workdays · 53 participants"
    )
    tab.year_filter.setCurrentIndex(tab.year_filter.findData(2025))
    assert [r.id for r in tab.visible_rows()] == [recorded["old"]]
    assert "120.000.000 đ" in tab.totals.text()


def test_search_as_you_type_ignores_diacritics_and_updates_totals(page, recorded):
    tab = page.works_tab
    tab.search.setText("vuon cay")
    assert [r.id for r in tab.visible_rows()] == [recorded["garden"]]
    assert tab.totals.text().startswith("1 works and tasks · value 12.000.000 đ")
    tab.search.setText("thon 1")  # a chapter's name finds its works too
    assert [r.id for r in tab.visible_rows()] == [recorded["road"]]
    tab.search.clear()
    assert len(tab.visible_rows()) == 2


def test_volunteer_totals_count_lượt(page):
    assert page.drives_tab.totals.text() == (
        "2 drives · 205 lượt · 202 volunteers in 8 teams · 0 people helped · value 5.000.000 đ"
    )


def test_cadre_plans_show_every_year_at_first(page, recorded):
    tab = page.cadres_tab
    assert tab.year_filter.currentData() == 0
    assert [r.id for r in tab.visible_rows()] == [recorded["plan"]]
    assert tab.totals.text() == "1 people planned"


def _header(tab, column):
    return tab.model.headerData(column, Qt.Horizontal, Qt.DisplayRole)


@pytest.mark.parametrize(
    ("language", "individual", "name_header"),
    [("en", "Individual", "Full name"), ("vi", "Cá nhân", "Họ và tên")],
)
def test_a_person_as_recipient_and_a_persons_name_column_are_translated_apart(
    qtbot, context, recorded, language, individual, name_header
):
    """ "Person" once served as both the value (commended: one person, "cá nhân") and the
    header of the cadre's name column, so one translation read wrong in one of the two."""
    from doan_desktop import i18n

    assert i18n.install(language)
    page = WorksPage(context, today=TODAY)
    qtbot.addWidget(page)
    page.refresh()
    awards = page.commendations_tab
    awards.year_filter.setCurrentIndex(0)
    row = awards.model.row_of(recorded["award"])
    assert awards.model.index(row, 1).data() == individual
    assert _header(page.cadres_tab, 0) == name_header
    assert _header(awards, 1) != _header(page.cadres_tab, 0)


def test_sorting_by_value_is_numeric(page, recorded):
    tab = page.works_tab
    tab.table.sortByColumn(5, Qt.DescendingOrder)
    assert [r.id for r in tab.visible_rows()] == [recorded["road"], recorded["garden"]]
    tab.table.sortByColumn(5, Qt.AscendingOrder)
    assert [r.id for r in tab.visible_rows()] == [recorded["garden"], recorded["road"]]


@pytest.mark.parametrize("answer", [True, False])
def test_delete_moves_to_trash_after_asking(page, recorded, context, monkeypatch, answer):
    asked = []
    monkeypatch.setattr(prompts, "ask_yes_no", lambda *a: asked.append(a[2]) or answer)
    tab = page.drives_tab
    tab.select(recorded["blood"])
    tab.delete_selected()
    assert "Hiến máu Giọt hồng Tây Nguyên" in asked[0]
    assert _count(context, VolunteerDrive) == (1 if answer else 2)
    assert len(tab.visible_rows()) == (1 if answer else 2)
    with context.database.session() as s:
        assert len(volunteering.list_drives(s, deleted=True)) == (1 if answer else 0)


def test_the_page_opens_the_form_of_the_selected_record(page, recorded):
    tab = page.commendations_tab
    tab.select(recorded["award"])
    form = tab.make_form(tab.selected_id())
    assert isinstance(form, CommendationForm)
    assert form.person.text() == "Y Phôn Ksơr" and form.save_button.isEnabled()
    form.deleteLater()


# ----------------------------------------------------------------------------- work form


@pytest.fixture
def work_form(qtbot, context, recorded):
    form = WorkForm(context, today=TODAY)
    qtbot.addWidget(form)
    return form


def _tick(checklist, chapter_id):
    for i in range(checklist.count()):
        if checklist.item(i).data(Qt.UserRole) == chapter_id:
            checklist.item(i).setCheckState(Qt.Checked)


def _fill_work(form, recorded):
    form.name.setText("Thắp sáng đường quê")
    _tick(form.chapters, recorded["thon1"])
    form.start_date.setText("04/10/2026")


def test_a_new_work_form_waits_for_the_required_fields(work_form, recorded, context):
    assert not work_form.save_button.isEnabled()
    assert work_form.hint.isVisibleTo(work_form)
    assert work_form.message_for("name") == ""  # nothing red before the clerk types
    _fill_work(work_form, recorded)
    assert work_form.save_button.isEnabled()
    work_form.value_field.setText("45.000.000")
    work_form.accept()
    assert work_form.saved_id
    with context.database.session() as s:
        detail = works.get_work(s, work_form.saved_id)
    assert detail.data.value == 45_000_000 and detail.data.chapter_ids == [recorded["thon1"]]


@pytest.mark.parametrize(
    ("field", "text", "key", "message"),
    [
        ("end_date", "01/10/2026", "end_date", "The end cannot be before the start."),
        ("value_field", "-5", "value", "This cannot be negative."),
        ("workdays", "-1", "workdays", "This cannot be negative."),
        ("participant_count", "-2", "participant_count", "This cannot be negative."),
        (
            "start_date",
            "2026",
            "start_date",
            "Type the date as dd/mm/yyyy, for example 05/02/2026.",
        ),
    ],
)
def test_bad_work_input_is_shown_at_the_field_and_nothing_is_saved(
    work_form, recorded, context, field, text, key, message
):
    _fill_work(work_form, recorded)
    getattr(work_form, field).setText(text)
    assert work_form.message_for(key) == ""  # still in the field: not said yet
    assert not work_form.save_button.isEnabled()
    leave(getattr(work_form, field))
    assert work_form.message_for(key) == message
    assert not work_form.save_button.isEnabled()
    work_form.accept()
    assert work_form.saved_id is None
    assert _count(context, YouthWork) == 3


def test_participants_below_the_people_named_is_refused(work_form, recorded, context):
    _fill_work(work_form, recorded)
    work_form.people.add(recorded["an"])
    work_form.people.add(recorded["binh"])
    work_form.participant_count.setText("1")
    leave(work_form.participant_count)
    assert work_form.message_for("participant_count") == (
        "The number of participants cannot be below the 2 people named."
    )
    work_form.accept()
    assert work_form.saved_id is None and _count(context, YouthWork) == 3
    work_form.participant_count.setText("12")
    assert work_form.save_button.isEnabled()


def test_editing_a_work_loads_it_and_saves_the_change(qtbot, context, recorded):
    form = WorkForm(context, recorded["road"], today=TODAY)
    qtbot.addWidget(form)
    assert form.value_field.text() == "190.000.000"
    assert form.people.ids() == [recorded["an"]]
    assert form.chapters.checked_ids() == [recorded["thon1"]]
    form.state.setCurrentIndex(form.state.findData("done"))
    form.end_date.setText("30/10/2026")
    form.accept()
    with context.database.session() as s:
        assert works.get_work(s, recorded["road"]).data.state == "done"


def test_escape_with_changes_asks_first(work_form, monkeypatch):
    monkeypatch.setattr(prompts, "ask_yes_no", lambda *a: False)
    work_form.show()
    work_form.name.setText("Sân chơi")
    work_form.reject()
    assert work_form.isVisible()
    monkeypatch.setattr(prompts, "ask_yes_no", lambda *a: True)
    work_form.reject()
    assert not work_form.isVisible()


# ----------------------------------------------------------------------------- volunteer form


@pytest.fixture
def drive_form(qtbot, context, recorded):
    form = VolunteerForm(context, today=TODAY)
    qtbot.addWidget(form)
    form.name.setText("Bình dân học vụ số")
    form.field_choice.setCurrentIndex(form.field_choice.findData("digital"))
    form.start_date.setText("01/10/2026")
    return form


def test_participation_below_the_people_named_is_refused(drive_form, recorded, context):
    drive_form.people.add(recorded["an"])
    drive_form.people.add(recorded["phon"])
    drive_form.participation.setText("1")
    leave(drive_form.participation)
    assert drive_form.message_for("participation") == (
        "The participation in lượt cannot be below the 2 people named."
    )
    assert not drive_form.save_button.isEnabled()
    drive_form.accept()
    assert _count(context, VolunteerDrive) == 2
    drive_form.participation.setText("96")
    drive_form.accept()
    assert drive_form.saved_id
    with context.database.session() as s:
        row = next(r for r in volunteering.list_drives(s) if r.id == drive_form.saved_id)
    assert (row.participation, row.named_participants, row.field) == (96, 2, "digital")


@pytest.mark.parametrize(
    ("field", "text", "key"),
    [("end_date", "30/09/2026", "end_date"), ("volunteers", "-18", "volunteers"),
     ("value_field", "-1.000", "value"), ("people_helped", "abc", "people_helped")],
)  # fmt: skip
def test_bad_drive_input_is_shown_at_the_field(drive_form, context, field, text, key):
    getattr(drive_form, field).setText(text)
    leave(getattr(drive_form, field))
    assert drive_form.message_for(key)
    assert not drive_form.save_button.isEnabled()
    drive_form.accept()
    assert _count(context, VolunteerDrive) == 2


# ----------------------------------------------------------------------------- other forms


def test_commendation_form_person_or_chapter(qtbot, context, recorded):
    form = CommendationForm(context, today=TODAY)
    qtbot.addWidget(form)
    form.show()
    form.person.setText("y phon")
    assert form.person.matches() == [recorded["phon"]]
    form.person.set_person(recorded["phon"])
    form.title.setCurrentText("Giấy khen")
    form.decision_date.setText("26/12/2026")
    leave(form.decision_date)
    assert form.message_for("decision_date") == "The decision date cannot be in the future."
    assert not form.save_button.isEnabled()
    form.decision_date.setText("26/03/2026")
    assert form.save_button.isEnabled()
    form.to_chapter.setChecked(True)
    assert not form.person.isVisible() and form.chapter.isVisible()
    assert not form.save_button.isEnabled()  # no chapter chosen yet
    assert form.hint.isVisible() and form.message_for("chapter_id") == ""
    form.accept()  # as Enter would: every message shows, nothing is written
    assert form.message_for("chapter_id") == "Choose the chapter commended."
    assert form.saved_id is None and _count(context, Commendation) == 1
    form.chapter.setCurrentIndex(form.chapter.findData(recorded["kram"]))
    form.accept()
    with context.database.session() as s:
        row = next(r for r in commendations.list_commendations(s) if r.id == form.saved_id)
    assert (row.recipient, row.recipient_name, row.person_id) == ("chapter", "Buôn Kram", None)
    assert _count(context, Commendation) == 2


def test_cadre_form_checks_the_term(qtbot, context, recorded):
    form = CadreForm(context, today=TODAY)
    qtbot.addWidget(form)
    form.person.set_person(recorded["an"])
    form.office.setCurrentText("Bí thư chi đoàn")
    form.term.setText("2032-2027")
    leave(form.term)
    assert form.message_for("term") == "The term must end after it begins."
    form.accept()
    assert _count(context, CadrePlan) == 1
    form.term.setText("2027-2032")
    form.accept()
    with context.database.session() as s:
        assert cadres.get_cadre_plan(s, form.saved_id).term == "2027–2032"


# ----------------------------------------------------------------------------- the picker


def test_the_picker_finds_without_diacritics_and_enter_picks_a_single_match(
    qtbot, context, recorded
):
    picker = PersonPicker()
    qtbot.addWidget(picker)
    with context.database.session() as s:
        picker.set_choices(load_choices(s))
    with qtbot.waitSignal(picker.personChanged) as signal:
        qtbot.keyClicks(picker, "nguyen van an")
        qtbot.keyClick(picker, Qt.Key_Return)
    assert signal.args == [recorded["an"]]
    assert picker.text() == "Nguyễn Văn Ấn" and picker.person_id() == recorded["an"]
    qtbot.keyClick(picker, Qt.Key_Backspace)  # typing again drops the choice
    assert picker.person_id() == ""
    picker.setText("thon 1")  # the chapter is part of what is searched
    assert set(picker.matches()) == {recorded["an"], recorded["binh"]}
