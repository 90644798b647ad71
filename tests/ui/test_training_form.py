"""The training form: a training recorded with participants from the roster and a guest,
results and certificates edited in place; each kind of bad input shown next to its field
with Save disabled and nothing written; editing, planned trainings, the picker, Esc."""

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from doan_desktop.core import trainings as core
from doan_desktop.core.chapters import ChapterInput, add_chapter
from doan_desktop.core.roster import PersonInput, list_people, save_person
from doan_desktop.core.store.models import Training, TrainingParticipant
from doan_desktop.preferences import Preferences
from doan_desktop.ui import prompts
from doan_desktop.ui.context import AppContext
from doan_desktop.ui.dialogs import training_form
from doan_desktop.ui.dialogs.training_form import PersonPicker, TrainingForm
from doan_desktop.ui.models.trainings_model import (
    P_CERTIFICATE,
    P_DETAIL,
    P_NAME,
    P_RESULT,
    ParticipantsModel,
    PeoplePickModel,
)
from tests.conftest import TODAY
from tests.ui.leaving import leave


@pytest.fixture
def roster(unit_db):
    ids = {}
    with unit_db.session() as s:
        thon = add_chapter(s, ChapterInput("Thôn 3", "thon"))
        for key, name in (("phon", "Y Phôn Ksơr"), ("hen", "H' Hen Niê"), ("an", "Nguyễn Văn An")):
            ids[key] = save_person(s, PersonInput(full_name=name, chapter_id=thon), today=TODAY)
    return ids


@pytest.fixture
def context(data_dir, unit_db, roster):
    return AppContext(data_dir, unit_db, Preferences())


@pytest.fixture
def pick(monkeypatch, context):
    """The roster picker answers with the people named, without a dialog."""
    chosen: list[str] = []

    def choose(_parent, ctx, exclude):
        with ctx.database.session() as s:
            people = {p.full_name: p for p in list_people(s)}
        return [people[name] for name in chosen if people[name].id not in exclude]

    monkeypatch.setattr(training_form, "choose_people", choose)
    return chosen


@pytest.fixture
def form(qtbot, context):
    widget = TrainingForm(context, today=TODAY)
    qtbot.addWidget(widget)
    return widget


def _count(context, model) -> int:
    with context.database.session() as s:
        return s.scalar(select(func.count()).select_from(model))


def _fill(form, qtbot):
    form.title.clear()
    qtbot.keyClicks(form.title, "Lop")  # typed (QTest types ASCII only), then the full title
    form.title.setText("Lớp bồi dưỡng nhận thức về Đoàn")
    form.kind.setCurrentIndex(form.kind.findData(core.PRE_ADMISSION))
    form.start_date.setText("10/03/2026")
    form.end_date.setText("11/03/2026")
    form.hours.setText("7,5")
    form.place.setText("Hội trường UBND xã")
    leave(form.title, form.kind, form.start_date, form.end_date, form.hours, form.place)


def test_a_training_is_recorded_with_roster_people_and_a_guest(form, qtbot, pick, context):
    _fill(form, qtbot)
    pick.extend(["Y Phôn Ksơr", "H' Hen Niê"])
    form.add_people_button.click()
    form.add_guest_button.click()
    model = form.participants_model
    model.setData(model.index(2, P_NAME), "Lê Thị Cúc")
    model.setData(model.index(2, P_DETAIL), "Cán bộ văn hóa xã")
    assert form.set_result(0, core.COMPLETED)
    assert form.set_certificate(0, "01/GCN")
    assert form.set_result(1, core.ABSENT)
    assert form.save_button.isEnabled()
    assert "3 listed, 2 took part, 1 completed" in form.participant_count.text()
    with qtbot.waitSignal(form.accepted):
        form.save_button.click()
    with context.database.session() as s:
        detail = core.get_training(s, form.saved_id)
    assert detail.data.title == "Lớp bồi dưỡng nhận thức về Đoàn"
    assert detail.data.kind == core.PRE_ADMISSION and detail.data.hours == "7,5"
    assert [(p.name, p.result, p.certificate_number) for p in detail.participants] == [
        ("Y Phôn Ksơr", core.COMPLETED, "01/GCN"),
        ("H' Hen Niê", core.ABSENT, ""),
        ("Lê Thị Cúc", core.ATTENDED, ""),
    ]
    assert detail.participants[2].detail == "Cán bộ văn hóa xã"


def test_an_empty_title_is_shown_next_to_the_field_and_nothing_is_written(form, qtbot, context):
    _fill(form, qtbot)
    form.title.clear()
    assert not form.save_button.isEnabled()
    assert form.messages["title"].kind() == "error"
    assert "title is required" in form.messages["title"].text()
    assert form.save() is False
    assert _count(context, Training) == 0


@pytest.mark.parametrize(
    ("field", "text", "key", "words"),
    [
        ("end_date", "09/03/2026", "end_date", "end before it starts"),
        ("hours", "-3", "hours", "negative"),
        ("hours", "nhiều", "hours", "as a number"),
        ("start_date", "31/02/2026", "start_date", "dd/mm/yyyy"),
    ],
)
def test_bad_fields_are_refused_next_to_them(form, qtbot, context, field, text, key, words):
    _fill(form, qtbot)
    getattr(form, field).setText(text)
    assert not form.save_button.isEnabled()
    leave(getattr(form, field))
    assert form.messages[key].kind() == "error"
    assert words in form.messages[key].text()
    form.save()
    assert _count(context, Training) == 0


def test_a_certificate_for_an_attendee_cannot_be_typed_and_is_refused(form, qtbot, pick, context):
    _fill(form, qtbot)
    pick.append("Y Phôn Ksơr")
    form.add_people_button.click()
    model = form.participants_model
    # The cell is not editable until the person has completed the training…
    assert not model.flags(model.index(0, P_CERTIFICATE)) & Qt.ItemIsEditable
    assert not form.set_certificate(0, "01")
    # …and input that gets there anyway (a result changed back) is refused by the rules.
    form.set_result(0, core.COMPLETED)
    form.set_certificate(0, "01")
    model._rows[0].result = core.ATTENDED
    model.changed.emit()
    assert not form.save_button.isEnabled()
    assert "only someone who completed" in form.messages["participants"].text()
    assert model.index(0, 0).data(Qt.BackgroundRole) is not None
    form.save()
    assert _count(context, Training) == 0 and _count(context, TrainingParticipant) == 0


def test_a_duplicate_certificate_number_is_refused(form, qtbot, pick, context):
    _fill(form, qtbot)
    pick.extend(["Y Phôn Ksơr", "H' Hen Niê"])
    form.add_people_button.click()
    form.all_completed_button.click()
    form.set_certificate(0, "07/GCN")
    form.set_certificate(1, "07/gcn")
    assert not form.save_button.isEnabled()
    message = form.messages["participants"].text()
    assert "Row 2" in message and "already given on row 1" in message
    assert form.participants_model.index(1, 0).data(Qt.BackgroundRole) is not None
    assert form.participants_model.index(0, 0).data(Qt.BackgroundRole) is None
    form.set_certificate(1, "08/GCN")
    assert form.save_button.isEnabled()
    assert form.messages["participants"].kind() == ""


def test_a_person_cannot_be_added_twice_and_a_nameless_guest_is_refused(form, qtbot, pick):
    _fill(form, qtbot)
    pick.append("Y Phôn Ksơr")
    form.add_people_button.click()
    form.add_people_button.click()  # the picker leaves out those already listed
    assert form.participants_model.rowCount() == 1
    form.add_guest_button.click()
    assert not form.save_button.isEnabled()
    assert "guest's name" in form.messages["participants"].text()
    form.participants.selectRow(1)
    form.remove_button.click()
    assert form.participants_model.rowCount() == 1 and form.save_button.isEnabled()


def test_a_planned_training_in_the_future_invites_people(form, qtbot, pick, context):
    _fill(form, qtbot)
    form.start_date.setText("15/12/2026")
    form.end_date.setText("")
    assert "mark it planned" in form.messages["start_date"].text()
    assert not form.save_button.isEnabled()
    form.state.setCurrentIndex(form.state.findData(core.PLANNED))
    pick.append("Nguyễn Văn An")
    form.add_people_button.click()
    model = form.participants_model
    assert model.participants()[0].result == core.REGISTERED
    assert not model.flags(model.index(0, P_RESULT)) & Qt.ItemIsEditable
    assert not form.all_completed_button.isEnabled()
    assert form.participant_count.text() == "1 invited"
    assert form.save()
    with context.database.session() as s:
        row = core.list_trainings(s)[0]
    assert (row.state, row.start_date.isoformat(), row.participants) == (
        core.PLANNED,
        "2026-12-15",
        1,
    )


def test_editing_loads_the_training_and_saves_the_change(qtbot, context, roster):
    with context.database.session() as s:
        training_id = core.save_training(
            s,
            core.TrainingInput(
                title="Phòng chống ma túy",
                kind=core.TALK,
                start_date="05/06/2026",
                hours="3",
                for_club=True,
                participants=[core.ParticipantInput(roster["an"])],
            ),
            today=TODAY,
        )
    form = TrainingForm(context, training_id, today=TODAY)
    qtbot.addWidget(form)
    assert form.title.text() == "Phòng chống ma túy" and form.for_club.isChecked()
    assert form.delete_button.isVisibleTo(form)
    assert form.save_button.isEnabled()
    form.set_result(0, core.ABSENT)
    assert form.save()
    with context.database.session() as s:
        assert core.get_training(s, training_id).participants[0].result == core.ABSENT


def test_move_to_trash_from_the_form(qtbot, context, monkeypatch):
    with context.database.session() as s:
        training_id = core.save_training(
            s, core.TrainingInput(title="Tọa đàm", kind=core.SEMINAR, start_date="05/06/2026")
        )
    monkeypatch.setattr(prompts, "ask_yes_no", lambda *_a: True)
    form = TrainingForm(context, training_id, today=TODAY)
    qtbot.addWidget(form)
    with qtbot.waitSignal(form.accepted):
        form.delete_button.click()
    with context.database.session() as s:
        assert core.list_trainings(s) == []
        assert len(core.list_trainings(s, deleted=True)) == 1


def test_esc_with_changes_asks_before_losing_them(form, qtbot, monkeypatch):
    asked = []
    monkeypatch.setattr(prompts, "ask_yes_no", lambda *a: asked.append(a) or False)
    form.show()
    qtbot.keyClicks(form.title, "Ky nang")
    qtbot.keyClick(form, Qt.Key_Escape)
    assert asked and form.isVisible()
    monkeypatch.setattr(prompts, "ask_yes_no", lambda *a: True)
    with qtbot.waitSignal(form.rejected):
        qtbot.keyClick(form, Qt.Key_Escape)


def test_enter_saves_a_valid_training(form, qtbot, context):
    form.show()
    _fill(form, qtbot)
    form.title.setFocus()
    with qtbot.waitSignal(form.accepted):
        qtbot.keyClick(form.title, Qt.Key_Return)
    assert _count(context, Training) == 1


def test_the_picker_searches_without_diacritics(qtbot, context):
    with context.database.session() as s:
        people = list_people(s)
    picker = PersonPicker(people)
    qtbot.addWidget(picker)
    qtbot.keyClicks(picker.search, "phon ksor")
    assert picker.proxy.rowCount() == 1
    assert not picker.buttons.button(picker.buttons.StandardButton.Ok).isEnabled()
    qtbot.keyClick(picker.search, Qt.Key_Return)
    assert [p.full_name for p in picker.chosen()] == ["Y Phôn Ksơr"]
    assert picker.buttons.button(picker.buttons.StandardButton.Ok).isEnabled()


def test_models_pass_the_model_tester(qtmodeltester, context, roster):
    with context.database.session() as s:
        people = list_people(s)
    pick_model = PeoplePickModel()
    pick_model.set_rows(people)
    qtmodeltester.check(pick_model)
    participants = ParticipantsModel()
    participants.set_participants(
        [
            core.ParticipantView(roster["an"], "Nguyễn Văn An", "Thôn 3", core.COMPLETED, "01"),
            core.ParticipantView(None, "Lê Thị Cúc", "Khách", core.ABSENT, ""),
        ]
    )
    qtmodeltester.check(participants)
