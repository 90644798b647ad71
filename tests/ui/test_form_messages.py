"""When a form speaks: a field's message shows once the clerk has left the field or pressed Save
— never when the form opens (new or recorded), never at the first key typed — and follows what
is typed once shown."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from doan_desktop.core import cadres, commendations, volunteering, works
from doan_desktop.core import meetings as m
from doan_desktop.core import trainings as t
from doan_desktop.core.chapters import ChapterInput, add_chapter
from doan_desktop.core.roster import PersonInput, add_office, save_person
from doan_desktop.core.store.models import Meeting
from doan_desktop.preferences import Preferences
from doan_desktop.ui import prompts
from doan_desktop.ui.context import AppContext
from doan_desktop.ui.dialogs.cadre_form import CadreForm
from doan_desktop.ui.dialogs.commendation_form import CommendationForm
from doan_desktop.ui.dialogs.meeting_form import MeetingForm
from doan_desktop.ui.dialogs.person_form import PersonForm
from doan_desktop.ui.dialogs.training_form import TrainingForm
from doan_desktop.ui.dialogs.volunteer_form import VolunteerForm
from doan_desktop.ui.dialogs.work_form import WorkForm
from doan_desktop.ui.widgets.field_message import FieldMessage
from tests.conftest import TODAY
from tests.ui.leaving import leave


@pytest.fixture(autouse=True)
def no_blocking_questions(monkeypatch):
    monkeypatch.setattr(prompts, "ask_yes_no", lambda *a: True)


@pytest.fixture
def context(data_dir, unit_db):
    return AppContext(data_dir, unit_db, Preferences())


@pytest.fixture
def records(unit_db):
    """A chapter with members and a secretary, and one recorded record of every form."""
    ids = {}
    with unit_db.session() as s:
        ids["thon"] = add_chapter(s, ChapterInput("Thôn 3", "thon"))
        ids["buon"] = add_chapter(s, ChapterInput("Buôn Kram", "buon"))
        for key, name in (("an", "Nguyễn Văn An"), ("binh", "Trần Thị Bình"), ("cuc", "Lê Cúc")):
            ids[key] = save_person(
                s,
                PersonInput(full_name=name, chapter_id=ids["thon"], is_member=True),
                today=TODAY,
            )
        add_office(s, ids["an"], "bi_thu", ids["thon"], "2024", today=TODAY)
        ids["meeting"] = m.save_meeting(
            s,
            m.MeetingInput(
                kind="monthly",
                chapter_id=ids["thon"],
                date="05/11/2026",
                for_month="2026-11",
                chair_id=ids["an"],
                secretary_id=ids["binh"],
                attendance=[m.AttendanceInput(ids[k]) for k in ("an", "binh", "cuc")],
            ),
            today=TODAY,
        )
        ids["training"] = t.save_training(
            s, t.TrainingInput(title="Kỹ năng", start_date="10/03/2026"), today=TODAY
        )
        ids["work"] = works.save_work(
            s,
            works.WorkInput(
                name="Đường thanh niên", chapter_ids=[ids["thon"]], start_date="01/03/2026"
            ),
        )
        ids["drive"] = volunteering.save_drive(
            s,
            volunteering.DriveInput(name="Hiến máu", field="blood", start_date="02/03/2026"),
        )
        ids["award"] = commendations.save_commendation(
            s,
            commendations.CommendationInput(
                recipient="person",
                person_id=ids["an"],
                title="Giấy khen",
                decision_date="01/03/2026",
            ),
            today=TODAY,
        )
        ids["plan"] = cadres.save_cadre_plan(
            s,
            cadres.CadreInput(
                person_id=ids["binh"], planned_office="Bí thư chi đoàn", term="2027-2032"
            ),
        )
    return ids


def shown_messages(form) -> dict[str, str]:
    return {
        m.field.objectName() or str(i): m.text()
        for i, m in enumerate(form.findChildren(FieldMessage))
        if m.kind()
    }


FORMS = {
    "meeting": lambda c, ids, rid: MeetingForm(c, rid and ids["meeting"], today=TODAY),
    "training": lambda c, ids, rid: TrainingForm(c, rid and ids["training"], today=TODAY),
    "person": lambda c, ids, rid: PersonForm(c, rid and ids["an"], today=TODAY),
    "work": lambda c, ids, rid: WorkForm(c, rid and ids["work"], today=TODAY),
    "drive": lambda c, ids, rid: VolunteerForm(c, rid and ids["drive"], today=TODAY),
    "award": lambda c, ids, rid: CommendationForm(c, rid and ids["award"], today=TODAY),
    "plan": lambda c, ids, rid: CadreForm(c, rid and ids["plan"], today=TODAY),
}


@pytest.mark.parametrize("recorded", [False, True], ids=["new", "recorded"])
@pytest.mark.parametrize("name", list(FORMS))
def test_no_form_opens_with_a_message(qtbot, context, records, name, recorded):
    form = FORMS[name](context, records, recorded)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    assert shown_messages(form) == {}
    if not recorded:
        # Something required is still missing: Save waits, and says so quietly.
        assert not form.save_button.isEnabled()


def test_a_new_meeting_opens_without_red_and_says_what_save_waits_for(qtbot, context, records):
    form = MeetingForm(context, kind="monthly", today=TODAY)  # no chapter chosen yet
    qtbot.addWidget(form)
    form.show()
    assert "chapter_id" in form.problems().errors
    assert form.messages["chapter_id"].kind() == ""
    assert form.status_label.text() == (
        "Save becomes available once the fields marked * are filled in correctly."
    )
    assert "#546e7a" in form.status_label.styleSheet()  # muted, not red


def test_a_meeting_field_speaks_after_it_is_left_and_follows_the_typing(qtbot, context, records):
    form = MeetingForm(context, kind="monthly", chapter_id=records["thon"], today=TODAY)
    qtbot.addWidget(form)
    form.show()
    form.start_time.setText("19:30")
    form.end_time.setText("18")  # still typing "18:45"
    assert form.messages["end_time"].kind() == ""
    leave(form.end_time)
    assert form.messages["end_time"].text() == "Type the time as hh:mm, for example 19:30."
    assert form.status_label.text() == "Correct the fields marked in red to save."
    form.end_time.setText("18:45")  # back in the field: the message follows at once
    assert form.messages["end_time"].text() == "The meeting cannot end before it starts."
    form.end_time.setText("21:00")
    assert form.messages["end_time"].kind() == "" and form.status_label.text() == ""


def test_save_says_everything_that_is_wrong(qtbot, context, records, unit_db):
    form = MeetingForm(context, kind="monthly", today=TODAY)
    qtbot.addWidget(form)
    form.show()
    assert not form.save()  # Ctrl+S, which works even while the button waits
    assert form.messages["chapter_id"].kind() == "error"
    assert form.status_label.text() == "Correct the fields marked in red to save."
    with unit_db.session() as s:
        assert s.scalar(select(func.count()).select_from(Meeting)) == 1  # only the recorded one


def test_a_recorded_meeting_gone_wrong_opens_quietly_and_speaks_on_save(qtbot, context, records):
    """A recorded meeting that the rules now refuse (here: its date is after the day the form
    is opened on): the form does not greet the clerk with it, Save waits, and trying says why."""
    form = MeetingForm(context, records["meeting"], today=dt.date(2026, 10, 1))
    qtbot.addWidget(form)
    form.show()
    assert "date" in form.problems().errors
    assert shown_messages(form) == {}
    assert not form.save_button.isEnabled()
    assert not form.save()
    assert "future" in form.messages["date"].text()


def test_leaving_by_the_keyboard_is_leaving(qtbot, context, records):
    """Tab out of a field, as the clerk does; a list opening (popup) is not leaving."""
    form = WorkForm(context, today=TODAY)
    qtbot.addWidget(form)
    form.show()
    form.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form)
    form.start_date.setFocus()
    qtbot.keyClicks(form.start_date, "31/02")
    assert form.message_for("start_date") == ""
    qtbot.keyClick(form.start_date, Qt.Key_Tab)
    assert form.message_for("start_date") == "Type the date as dd/mm/yyyy, for example 05/02/2026."


def test_a_popup_or_another_window_is_not_leaving(qtbot, context, records):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QFocusEvent

    form = TrainingForm(context, today=TODAY)
    qtbot.addWidget(form)
    form.title.setText("")
    for reason in (Qt.PopupFocusReason, Qt.ActiveWindowFocusReason):
        QApplication.sendEvent(form.title, QFocusEvent(QEvent.FocusOut, reason))
        assert form.messages["title"].kind() == ""
    leave(form.title)
    assert form.messages["title"].kind() == "error"
