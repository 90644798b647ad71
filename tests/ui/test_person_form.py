"""The person form: every kind of bad input refused next to its field with nothing written,
warnings shown but saving allowed, editing, keyboard use."""

import datetime as dt
import unicodedata

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from doan_desktop.core.chapters import ChapterInput, add_chapter
from doan_desktop.core.roster import ClassificationInput, PersonInput, get_person, save_person
from doan_desktop.core.store.models import ChangeLog, Person
from doan_desktop.preferences import Preferences
from doan_desktop.ui import prompts
from doan_desktop.ui.context import AppContext
from doan_desktop.ui.dialogs.person_form import PersonForm
from doan_desktop.ui.widgets.date_field import DateField
from doan_desktop.ui.widgets.field_message import FieldMessage
from tests.conftest import TODAY


@pytest.fixture(autouse=True)
def discard_on_close(monkeypatch):
    """Closing a form with typed changes asks first; at teardown the answer is "discard"."""
    monkeypatch.setattr(prompts, "ask_yes_no", lambda *args: True)


@pytest.fixture
def context(data_dir, unit_db):
    return AppContext(data_dir, unit_db, Preferences())


@pytest.fixture
def chapter(unit_db):
    with unit_db.session() as session:
        return add_chapter(session, ChapterInput("Thôn 1", "thon"))


@pytest.fixture
def make_form(qtbot, context, chapter):
    def make(person_id=None) -> PersonForm:
        form = PersonForm(context, person_id, today=TODAY)
        qtbot.addWidget(form)
        form.show()
        return form

    return make


def people_count(database) -> int:
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(Person))


def type_in(qtbot, widget, text: str) -> None:
    """Type into a field and leave it, as the clerk does."""
    widget.clear()
    if text.isascii():
        qtbot.keyClicks(widget, text)
    else:
        widget.insert(text)  # QTest cannot type letters outside Latin-1
    widget.editingFinished.emit()


def assert_refused(form, field: str, message: str, database) -> None:
    shown = form.messages[field]
    assert shown.kind() == "error"
    assert shown.text() == message
    assert not form.save_button.isEnabled()
    before = people_count(database)
    assert form.save() is False
    assert people_count(database) == before
    # The attempt brings the field's tab to the front: the message is in view.
    assert shown.isVisibleTo(form)
    assert form.focusWidget() is form._fields[field] or not form.isActiveWindow()
    assert form.isVisible()  # the form stays open with what was typed


def test_new_form_starts_without_red_and_save_waits_for_a_name(qtbot, make_form):
    form = make_form()
    assert not form.save_button.isEnabled()
    assert all(message.kind() == "" for message in form.messages.values())
    assert form.is_member.currentData() is True
    assert form.windowTitle() == "New member or youth"


def test_saving_a_new_person_with_every_field(qtbot, make_form, chapter, unit_db):
    form = make_form()
    type_in(qtbot, form.full_name, "y phôn ksơr")
    type_in(qtbot, form.given_name, "Phôn")
    form.gender.setCurrentIndex(form.gender.findData("M"))
    type_in(qtbot, form.birth_date, "05022004")
    assert form.birth_date.text() == "05/02/2004"  # tidied on leaving
    type_in(qtbot, form.id_number, "066 204 001 234")
    type_in(qtbot, form.phone, "0912.345.678")
    form.set_chapter(chapter)
    form.status.setCurrentIndex(form.status.findData("received"))
    type_in(qtbot, form.member_since, "26/03/2020")
    type_in(qtbot, form.admission_place, "Trường THPT Hòa Phú")
    type_in(qtbot, form.card_number, "A-123")
    form.is_party_member.setChecked(True)
    type_in(qtbot, form.other_names, "Phôn")
    type_in(qtbot, form.hometown, "Hòa Phú")
    type_in(qtbot, form.address, "Buôn Kram")
    form.ethnicity.setCurrentText("Ê Đê")
    form.religion.setCurrentText("Tin lành")
    type_in(qtbot, form.occupation, "Nông dân")
    type_in(qtbot, form.education, "12/12")
    type_in(qtbot, form.qualification, "Trung cấp nông nghiệp")
    form.political_theory.setCurrentText("Sơ cấp")
    form.note.setPlainText("Chuyển đến 2025")
    form.class_year.setValue(2025)
    form.class_result.setCurrentIndex(form.class_result.findData("htt"))
    form.class_add.click()
    form.class_year.setValue(2018)
    form.class_scale.setCurrentIndex(form.class_scale.findData("legacy"))
    form.class_result.setCurrentIndex(form.class_result.findData("kha"))
    form.class_add.click()
    assert form.classification_table.rowCount() == 2
    assert form.save_button.isEnabled()
    with qtbot.waitSignal(form.accepted):
        form.save_button.click()

    with unit_db.session() as session:
        saved = get_person(session, form.saved_id)
    assert saved == PersonInput(
        full_name="Y Phôn Ksơr",
        given_name="Phôn",
        gender="M",
        birth_date="05/02/2004",
        id_number="066204001234",
        phone="0912345678",
        chapter_id=chapter,
        is_member=True,
        member_since="26/03/2020",
        is_party_member=True,
        status="received",
        other_names="Phôn",
        hometown="Hòa Phú",
        address="Buôn Kram",
        ethnicity="Ê Đê",
        religion="Tin lành",
        occupation="Nông dân",
        education="12/12",
        qualification="Trung cấp nông nghiệp",
        political_theory="Sơ cấp",
        admission_place="Trường THPT Hòa Phú",
        card_number="A-123",
        note="Chuyển đến 2025",
        classifications=[
            ClassificationInput(2018, "legacy", "kha"),
            ClassificationInput(2025, "2019", "htt"),
        ],
    )


def test_save_notifies_the_other_pages(qtbot, make_form, context):
    changes = []
    context.events.changed.connect(changes.append)
    form = make_form()
    type_in(qtbot, form.full_name, "Lê Văn Tám")
    assert form.save()
    assert changes == ["person"]


def test_empty_name_is_refused(qtbot, make_form, unit_db):
    form = make_form()
    type_in(qtbot, form.full_name, "   ")
    assert_refused(form, "full_name", "The full name is required.", unit_db)


@pytest.mark.parametrize(
    ("birth", "message"),
    [
        ("31/02/2004", "Type the date as dd/mm/yyyy (for example 05/02/2004) or as a year alone."),
        ("2004/13", "Type the date as dd/mm/yyyy (for example 05/02/2004) or as a year alone."),
        ("26/11/2026", "The date cannot be in the future."),  # TODAY is 25/11/2026
        ("2027", "The date cannot be in the future."),
    ],
)
def test_bad_birth_date_is_refused(qtbot, make_form, unit_db, birth, message):
    form = make_form()
    type_in(qtbot, form.full_name, "Lê Văn Tám")
    type_in(qtbot, form.birth_date, birth)
    assert_refused(form, "birth_date", message, unit_db)
    assert form.birth_date.property("problem") == "error"


def test_letters_cannot_be_typed_into_a_date(qtbot, make_form):
    form = make_form()
    qtbot.keyClicks(form.birth_date, "ab12")
    assert form.birth_date.text() == "12"


@pytest.mark.parametrize("id_number", ["12345678901", "1234567890123", "06620400123x"])
def test_citizen_id_must_be_twelve_digits(qtbot, make_form, unit_db, id_number):
    form = make_form()
    type_in(qtbot, form.full_name, "Lê Văn Tám")
    type_in(qtbot, form.id_number, id_number)
    assert_refused(form, "id_number", "The citizen ID must be exactly 12 digits.", unit_db)


@pytest.mark.parametrize("phone", ["912345678", "1912345678", "09123456789", "09123abc78"])
def test_phone_must_be_ten_digits_starting_with_zero(qtbot, make_form, unit_db, phone):
    form = make_form()
    type_in(qtbot, form.full_name, "Lê Văn Tám")
    type_in(qtbot, form.phone, phone)
    assert_refused(form, "phone", "The phone number must be 10 digits starting with 0.", unit_db)


def test_admission_before_birth_is_refused_and_its_tab_is_marked(qtbot, make_form, unit_db):
    form = make_form()
    type_in(qtbot, form.full_name, "Lê Văn Tám")
    type_in(qtbot, form.birth_date, "2005")
    type_in(qtbot, form.member_since, "2004")
    assert_refused(form, "member_since", "The admission date is before the birth date.", unit_db)
    assert not form.tabs.tabIcon(1).isNull()
    assert form.tabs.tabIcon(2).isNull()
    form.focus_first_error()
    assert form.tabs.currentIndex() == 1


def test_message_goes_away_as_soon_as_the_input_is_fixed(qtbot, make_form):
    form = make_form()
    type_in(qtbot, form.full_name, "Lê Văn Tám")
    type_in(qtbot, form.phone, "12345")
    assert form.messages["phone"].kind() == "error"
    form.phone.setText("0912345678")  # still in the field, not left yet
    assert form.messages["phone"].kind() == ""
    assert not form.messages["phone"].isVisibleTo(form)
    assert form.save_button.isEnabled()


def test_errors_wait_until_the_field_is_left(qtbot, make_form):
    form = make_form()
    type_in(qtbot, form.full_name, "Lê Văn Tám")
    qtbot.keyClicks(form.id_number, "0662")
    assert form.messages["id_number"].kind() == ""  # still typing: not scolded yet
    assert not form.save_button.isEnabled()  # but it cannot be saved like this
    form.id_number.editingFinished.emit()
    assert form.messages["id_number"].kind() == "error"


def test_member_too_young_is_a_warning_and_saving_is_allowed(qtbot, make_form, unit_db):
    form = make_form()
    type_in(qtbot, form.full_name, "Lê Văn Tám")
    type_in(qtbot, form.birth_date, "01/01/2012")
    message = form.messages["birth_date"]
    assert message.kind() == "warning"
    assert message.text() == "A Union member is normally at least 16; this person is 14."
    assert message.isVisibleTo(form)
    assert form.save_button.isEnabled()
    # A youth of 14 is no concern.
    form.is_member.setCurrentIndex(form.is_member.findData(False))
    assert message.kind() == ""
    form.is_member.setCurrentIndex(form.is_member.findData(True))
    assert form.save()
    assert people_count(unit_db) == 1


def test_member_over_thirty_is_a_warning(qtbot, make_form):
    form = make_form()
    type_in(qtbot, form.full_name, "Lê Văn Tám")
    type_in(qtbot, form.birth_date, "1990")
    assert form.messages["birth_date"].kind() == "warning"
    assert "at most 30" in form.messages["birth_date"].text()
    assert form.save_button.isEnabled()


def test_same_citizen_id_and_same_name_and_birth_are_warnings(qtbot, make_form, unit_db):
    with unit_db.session() as session:
        save_person(
            session,
            PersonInput(full_name="Nguyễn Văn Ấn", birth_date="2004", id_number="066204000001"),
            today=TODAY,
        )
    form = make_form()
    type_in(qtbot, form.full_name, unicodedata.normalize("NFD", "nguyễn văn ấn"))
    type_in(qtbot, form.birth_date, "2004")
    type_in(qtbot, form.id_number, "066204000001")
    assert form.messages["id_number"].kind() == "warning"
    assert form.messages["id_number"].text() == "Nguyễn Văn Ấn already has this citizen ID."
    assert form.messages["full_name"].kind() == "warning"
    assert form.save_button.isEnabled()
    assert form.save()
    assert people_count(unit_db) == 2


@pytest.fixture
def existing(unit_db, chapter):
    with unit_db.session() as session:
        return save_person(
            session,
            PersonInput(
                full_name="Trần Thị Bình",
                gender="F",
                birth_date="2003-04-05",
                phone="0912345678",
                chapter_id=chapter,
                is_member=True,
                ethnicity="Kinh",
                classifications=[ClassificationInput(2025, "2019", "htxs")],
            ),
            today=TODAY,
        )


def test_editing_an_existing_person(qtbot, make_form, existing, unit_db):
    form = make_form(existing)
    assert form.windowTitle() == "Trần Thị Bình — edit"
    assert form.full_name.text() == "Trần Thị Bình"
    assert form.birth_date.text() == "05/04/2003"
    assert form.gender.currentData() == "F"
    assert form.ethnicity.currentText() == "Kinh"
    assert form.classification_table.rowCount() == 1
    assert form.classification_table.item(0, 2).text() == "Excellently completed duties"
    type_in(qtbot, form.phone, "0987654321")
    form.classification_table.selectRow(0)
    form.class_remove.click()
    with qtbot.waitSignal(form.accepted):
        form.save_button.click()
    assert form.saved_id == existing
    with unit_db.session() as session:
        person = get_person(session, existing)
        assert person.phone == "0987654321"
        assert person.classifications == []
        assert session.scalar(
            select(func.count()).where(
                ChangeLog.entity_id == existing, ChangeLog.action == "update"
            )
        )
    assert people_count(unit_db) == 1


def test_editing_keeps_the_existing_citizen_id_without_warning_about_itself(
    qtbot, make_form, unit_db, chapter
):
    with unit_db.session() as session:
        person = save_person(
            session, PersonInput(full_name="Lê Văn Tám", id_number="066204000002"), today=TODAY
        )
    form = make_form(person)
    assert form.messages["id_number"].kind() == ""
    assert form.save_button.isEnabled()


def test_bad_input_in_an_edit_leaves_the_record_as_it_was(qtbot, make_form, existing, unit_db):
    form = make_form(existing)
    type_in(qtbot, form.phone, "123")
    assert_refused(form, "phone", "The phone number must be 10 digits starting with 0.", unit_db)
    with unit_db.session() as session:
        assert get_person(session, existing).phone == "0912345678"


def test_enter_saves_when_valid(qtbot, make_form, unit_db):
    form = make_form()
    type_in(qtbot, form.full_name, "Lê Văn Tám")
    with qtbot.waitSignal(form.accepted):
        qtbot.keyClick(form.full_name, Qt.Key_Return)
    assert people_count(unit_db) == 1


def test_enter_with_errors_shows_them_and_saves_nothing(qtbot, make_form, unit_db):
    form = make_form()
    qtbot.keyClicks(form.phone, "12")
    qtbot.keyClick(form.phone, Qt.Key_Return)
    assert form.isVisible()
    assert form.messages["full_name"].kind() == "error"
    assert form.messages["phone"].kind() == "error"
    assert people_count(unit_db) == 0


def test_escape_cancels_an_untouched_form_without_asking(qtbot, make_form, existing, monkeypatch):
    monkeypatch.setattr(prompts, "ask_yes_no", lambda *args: pytest.fail("asked"))
    form = make_form(existing)
    with qtbot.waitSignal(form.rejected):
        qtbot.keyClick(form.full_name, Qt.Key_Escape)


def test_escape_after_typing_asks_before_discarding(qtbot, make_form, unit_db, monkeypatch):
    answers = [False, True]
    monkeypatch.setattr(prompts, "ask_yes_no", lambda *args: answers.pop(0))
    form = make_form()
    type_in(qtbot, form.full_name, "Lê Văn Tám")
    qtbot.keyClick(form.full_name, Qt.Key_Escape)
    assert form.isVisible()  # "no": keep typing
    with qtbot.waitSignal(form.rejected):
        qtbot.keyClick(form.full_name, Qt.Key_Escape)
    assert people_count(unit_db) == 0


def test_classification_for_the_same_year_replaces_the_old_one(qtbot, make_form):
    form = make_form()
    form.class_year.setValue(2024)
    form.class_add.click()
    form.class_year.setValue(2024)
    form.class_result.setCurrentIndex(form.class_result.findData("kht"))
    form.class_add.click()
    assert form.classification_table.rowCount() == 1
    assert form.classification_table.item(0, 2).text() == "Did not complete duties"
    assert form.messages["classifications"].text() == "The result for 2024 was replaced."
    assert form.class_year.maximum() == TODAY.year


def test_given_name_hint_follows_the_full_name(qtbot, make_form):
    form = make_form()
    type_in(qtbot, form.full_name, "H' Hen Niê")
    assert form.given_name.placeholderText() == "empty: “Niê”"


def test_youth_have_no_admission_fields(qtbot, make_form):
    form = make_form()
    form.is_member.setCurrentIndex(form.is_member.findData(False))
    assert not form.member_since.isEnabled()
    form.tabs.setCurrentIndex(1)
    assert form.youth_note.isVisibleTo(form)
    form.is_member.setCurrentIndex(form.is_member.findData(True))
    assert form.member_since.isEnabled()


# ---------------------------------------------------------------------------- widgets


def test_date_field_reads_tidies_and_checks(qtbot):
    message = FieldMessage()
    field = DateField(message=message, today=dt.date(2026, 11, 25))
    qtbot.addWidget(field)
    qtbot.addWidget(message)
    field.setText("5/2/2004")
    field.editingFinished.emit()
    assert field.text() == "05/02/2004"
    assert field.stored() == "2004-02-05"
    assert message.kind() == ""
    field.setText("30/02/2004")
    field.editingFinished.emit()
    assert field.value() is None
    assert message.kind() == "error"
    field.setText("2004")  # the message follows the typing once shown
    assert message.kind() == ""
    assert field.stored() == "2004"
    field.setText("2030")
    assert field.error() == "The date cannot be in the future."
    future = DateField(allow_future=True)
    qtbot.addWidget(future)
    future.setText("2030")
    assert future.error() is None
    future.set_stored("2031-01-02")
    assert future.text() == "02/01/2031"


def test_field_message_prefers_the_error_and_hides_when_empty(qtbot):
    from doan_desktop.core.validation import Problems

    message = FieldMessage()
    qtbot.addWidget(message)
    problems = Problems()
    problems.warn("x", "Amber.")
    message.show_problems(problems, "x")
    assert (message.kind(), message.text()) == ("warning", "Amber.")
    problems.error("x", "Red.")
    message.show_problems(problems, "x")
    assert (message.kind(), message.text()) == ("error", "Red.")
    message.show_problems(problems, "y")
    assert (message.kind(), message.text()) == ("", "")
    assert message.isHidden()
