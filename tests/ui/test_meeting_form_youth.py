"""The meeting form and the chapter's youth: a monthly or themed meeting may list the chapter's
own youth (not members) beside its members, and the minutes then count "đoàn viên, thanh niên".
Ticking adds them, unticking takes them off (asking when something was marked for them), a saved
meeting reopens with the box ticked, other kinds do not offer it, and other chapters' youth are
neither offered nor accepted."""

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from doan_desktop.core import meetings as core
from doan_desktop.core.chapters import ChapterInput, add_chapter
from doan_desktop.core.roster import PersonInput, add_office, get_person, save_person
from doan_desktop.core.store.models import Meeting
from doan_desktop.documents.minutes import build_minutes_pdf
from doan_desktop.preferences import Preferences
from doan_desktop.ui import prompts
from doan_desktop.ui.context import AppContext
from doan_desktop.ui.dialogs.meeting_form import MeetingForm
from doan_desktop.ui.models.meetings_model import DETAIL, NAME
from tests.conftest import TODAY
from tests.ui.leaving import leave


@pytest.fixture
def context(data_dir, unit_db):
    return AppContext(data_dir, unit_db, Preferences())


@pytest.fixture
def commune(unit_db):
    ids = {}
    with unit_db.session() as s:
        ids["thon"] = add_chapter(s, ChapterInput("Thôn 3", "thon"))
        ids["buon"] = add_chapter(s, ChapterInput("Buôn Ea Kmát", "buon"))
        ids["to"] = add_chapter(s, ChapterInput("Tổ dân phố 1", "to_dan_pho"))
        for key, name, chapter, member in (
            ("an", "Nguyễn Văn An", "thon", True),
            ("binh", "Trần Thị Bình", "thon", True),
            ("cuong", "Lê Văn Cường", "thon", True),
            ("em", "Hoàng Văn Em", "thon", False),
            ("giang", "Đặng Thị Giang", "thon", False),
            ("hen", "H' Hen Niê", "buon", True),
            ("lam", "Ngô Văn Lâm", "buon", False),
            ("khoa", "Phan Minh Khoa", "to", True),
        ):
            ids[key] = save_person(
                s,
                PersonInput(full_name=name, chapter_id=ids[chapter], is_member=member),
                today=TODAY,
            )
        add_office(s, ids["an"], "bi_thu", ids["thon"], "2024", today=TODAY)
        add_office(s, ids["hen"], "bi_thu", ids["buon"], "2024", today=TODAY)
    return ids


@pytest.fixture
def form(qtbot, context, commune):
    form = MeetingForm(context, kind="monthly", chapter_id=commune["thon"], today=TODAY)
    qtbot.addWidget(form)
    return form


@pytest.fixture
def no_question(monkeypatch):
    monkeypatch.setattr(prompts, "ask_yes_no", lambda *a: pytest.fail(f"asked: {a[2]}"))


def _rows(form) -> list[tuple[str, str]]:
    model = form.attendance_model
    return [
        (model.index(r, NAME).data(), model.index(r, DETAIL).data())
        for r in range(model.rowCount())
    ]


def _fill(form, ids):
    form.date.setText("05/02/2026")
    form.start_time.setText("19:30")
    form.end_time.setText("21:00")
    form.place.setText("Nhà văn hóa thôn 3")
    form.chair.setCurrentIndex(form.chair.findData(ids["an"]))
    form.secretary.setCurrentIndex(form.secretary.findData(ids["binh"]))
    leave(form.date, form.start_time, form.end_time, form.place, form.chair, form.secretary)


def _tick_with_the_keyboard(qtbot, form):
    form.show()
    qtbot.waitExposed(form)
    form.youth.setFocus()
    qtbot.waitUntil(form.youth.hasFocus)
    qtbot.keyClick(form.youth, Qt.Key_Space)


def _meeting_count(db) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(Meeting))


def _pdf_text(data) -> str:
    reader = PdfReader(io.BytesIO(build_minutes_pdf(data)))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


MEMBERS = [
    ("Nguyễn Văn An", "Thôn 3"),
    ("Trần Thị Bình", "Thôn 3"),
    ("Lê Văn Cường", "Thôn 3"),
]
YOUTH = [("Hoàng Văn Em", "Youth, Thôn 3"), ("Đặng Thị Giang", "Youth, Thôn 3")]


def test_ticking_lists_the_chapter_youth_and_the_minutes_count_members_and_youth(
    qtbot, form, commune, unit_db
):
    assert form.youth.isVisibleTo(form) and form.youth.isEnabled()
    assert not form.youth.isChecked()
    assert _rows(form) == MEMBERS
    assert form.youth_note.text() == "Thôn 3 has 2 youth on the roster who are not members."
    _tick_with_the_keyboard(qtbot, form)
    assert form.youth.isChecked()
    # Members first, then the youth, who say so; the other chapter's youth are not offered.
    assert _rows(form) == MEMBERS + YOUTH
    assert "Ngô Văn Lâm" not in [name for name, _ in _rows(form)]
    assert form.youth_note.text().startswith("2 youth on the list")
    assert "Expected 5 · present 5" in form.totals.text()
    _fill(form, commune)
    model = form.attendance_model
    model.mark(model.row_of(commune["giang"]), "excused", "Đi học xa")
    # Youth marked present may chair or take the minutes like anyone present.
    assert form.secretary.findData(commune["em"]) >= 0
    assert form.messages["attendance"].kind() == ""
    assert form.save()
    with unit_db.session() as s:
        [row] = core.list_meetings(s)
        detail = core.get_meeting(s, row.id)
        data = core.minutes_data(s, row.id)
    assert (row.expected, row.present) == (5, 4)
    assert {a.person_id for a in detail.data.attendance} == {
        commune[k] for k in ("an", "binh", "cuong", "em", "giang")
    }
    assert [p.name for p in detail.attendees if p.youth] == ["Hoàng Văn Em", "Đặng Thị Giang"]
    assert (data.expected_label, data.audience) == (
        "Tổng số đoàn viên, thanh niên",
        "các đoàn viên, thanh niên",
    )
    text = _pdf_text(data)
    assert "Tổng số đoàn viên, thanh niên: 5; có mặt: 4/5;" in text
    assert "Đặng Thị Giang" in text and "Đi học xa" in text
    assert "đọc lại cho các đoàn viên, thanh niên dự họp nghe" in text


def test_unticking_takes_them_off_and_asks_only_when_something_was_marked(
    form, commune, unit_db, monkeypatch
):
    form.youth.setChecked(True)
    assert _rows(form) == MEMBERS + YOUTH
    monkeypatch.setattr(prompts, "ask_yes_no", lambda *a: pytest.fail("asked"))
    form.youth.setChecked(False)  # nothing marked for them: no question
    assert _rows(form) == MEMBERS

    form.youth.setChecked(True)
    model = form.attendance_model
    model.mark(model.row_of(commune["em"]), "absent")
    asked = []
    monkeypatch.setattr(prompts, "ask_yes_no", lambda *a: asked.append(a[2]) or False)
    form.youth.setChecked(False)
    assert asked == ["Take the 2 youth off the attendance list? What was marked for them is lost."]
    assert form.youth.isChecked()  # the clerk said no: the youth and the mark stay
    assert _rows(form) == MEMBERS + YOUTH
    assert model.marks()[model.row_of(commune["em"])].status == "absent"

    monkeypatch.setattr(prompts, "ask_yes_no", lambda *a: True)
    form.youth.setChecked(False)
    assert not form.youth.isChecked()
    assert _rows(form) == MEMBERS
    _fill(form, commune)
    assert form.save()
    with unit_db.session() as s:
        [row] = core.list_meetings(s)
        assert row.expected == 3
        assert core.minutes_data(s, row.id).expected_label == "Tổng số đoàn viên"


def test_unticking_clears_a_chair_chosen_among_the_youth(form, commune, monkeypatch):
    form.youth.setChecked(True)
    _fill(form, commune)
    form.chair.setCurrentIndex(form.chair.findData(commune["em"]))
    asked = []
    monkeypatch.setattr(prompts, "ask_yes_no", lambda *a: asked.append(a[2]) or True)
    form.youth.setChecked(False)
    assert "The chair or secretary chosen among them is cleared." in asked[0]
    assert form.chair.currentData() == ""
    assert form.secretary.currentData() == commune["binh"]
    assert form.messages["chair_id"].kind() == ""


def _saved_with_youth(db, ids, finalise=False) -> str:
    with db.session() as s:
        return core.save_meeting(
            s,
            core.MeetingInput(
                kind="themed",
                chapter_id=ids["thon"],
                theme="Phòng chống ma túy",
                date="05/02/2026",
                start_time="19:30",
                chair_id=ids["an"],
                secretary_id=ids["binh"],
                attendance=[
                    core.AttendanceInput(ids["an"]),
                    core.AttendanceInput(ids["binh"]),
                    core.AttendanceInput(ids["cuong"]),
                    core.AttendanceInput(ids["em"], "excused", "Ốm"),
                ],
            ),
            today=TODAY,
            finalise=finalise,
        )


def test_a_saved_meeting_with_youth_reopens_with_the_box_ticked(
    qtbot, context, commune, unit_db, monkeypatch
):
    meeting_id = _saved_with_youth(unit_db, commune)
    form = MeetingForm(context, meeting_id, today=TODAY)
    qtbot.addWidget(form)
    assert form.youth.isVisibleTo(form) and form.youth.isEnabled()
    assert form.youth.isChecked()
    assert _rows(form) == [*MEMBERS, ("Hoàng Văn Em", "Youth, Thôn 3")]
    assert not form.has_unsaved_changes()
    # Reloading from the roster adds the chapter's youth not yet on the list, marks kept.
    form.reload_button.click()
    assert _rows(form) == MEMBERS + YOUTH
    model = form.attendance_model
    assert model.marks()[model.row_of(commune["em"])].reason == "Ốm"
    # Taking them off a recorded meeting asks first, then the saved list loses them.
    asked = []
    monkeypatch.setattr(prompts, "ask_yes_no", lambda *a: asked.append(a[2]) or True)
    form.youth.setChecked(False)
    assert len(asked) == 1
    assert _rows(form) == MEMBERS
    assert form.save()
    with unit_db.session() as s:
        detail = core.get_meeting(s, meeting_id)
        assert [p.name for p in detail.attendees] == [name for name, _ in MEMBERS]
        assert core.minutes_data(s, meeting_id).expected_label == "Tổng số đoàn viên"
    again = MeetingForm(context, meeting_id, today=TODAY)
    qtbot.addWidget(again)
    assert not again.youth.isChecked()


def test_final_minutes_show_the_box_ticked_and_locked(qtbot, context, commune, unit_db):
    meeting_id = _saved_with_youth(unit_db, commune, finalise=True)
    form = MeetingForm(context, meeting_id, today=TODAY)
    qtbot.addWidget(form)
    assert form.is_final()
    assert form.youth.isChecked() and not form.youth.isEnabled()


@pytest.mark.parametrize("kind", ["joint", "briefing", "bch", "club"])
def test_kinds_that_do_not_invite_youth_hide_the_control(form, commune, kind, no_question):
    form.youth.setChecked(True)
    form.kind.setCurrentIndex(form.kind.findData(kind))
    assert not form.youth_row.isVisibleTo(form)
    assert not form.youth.isEnabled()
    names = [name for name, _ in _rows(form)]
    assert "Hoàng Văn Em" not in names and "Đặng Thị Giang" not in names
    # Back to a chapter meeting: the clerk's choice still holds.
    form.kind.setCurrentIndex(form.kind.findData("themed"))
    assert form.youth_row.isVisibleTo(form) and form.youth.isChecked()
    assert _rows(form) == MEMBERS + YOUTH


def test_a_chapter_without_youth_disables_the_control(form, commune, no_question):
    form.youth.setChecked(True)
    form.chapter.setCurrentIndex(form.chapter.findData(commune["to"]))
    assert _rows(form) == [("Phan Minh Khoa", "Tổ dân phố 1")]
    assert not form.youth.isEnabled() and not form.youth.isChecked()
    assert form.youth_note.text() == "Tổ dân phố 1 has no youth on the roster besides its members."
    form.chapter.setCurrentIndex(form.chapter.findData(""))
    assert not form.youth.isEnabled()
    assert form.youth_note.text() == "Choose the chapter first."


def test_another_chapter_lists_only_its_own_youth(form, commune, no_question):
    form.youth.setChecked(True)
    form.chapter.setCurrentIndex(form.chapter.findData(commune["buon"]))
    assert _rows(form) == [
        ("H' Hen Niê", "Buôn Ea Kmát"),
        ("Ngô Văn Lâm", "Youth, Buôn Ea Kmát"),
    ]


def test_a_youth_who_left_the_chapter_is_refused_next_to_the_list(form, commune, unit_db):
    form.youth.setChecked(True)
    _fill(form, commune)
    assert form.save_button.isEnabled()
    # Meanwhile the roster moves Hoàng Văn Em to another chapter.
    with unit_db.session() as s:
        person = get_person(s, commune["em"])
        person.chapter_id = commune["buon"]
        save_person(s, person, commune["em"], today=TODAY)
    form.place.setText("Hội trường thôn")  # any change checks the form again
    message = form.messages["attendance"]
    assert not form.save_button.isEnabled()
    # The list was not touched: its message waits for Save (Ctrl+S) or for the list to be left.
    assert message.kind() == "" and not form.tabs.tabText(0).endswith("⚠")
    assert not form.save()
    assert message.kind() == "error"
    assert message.text() == (
        "Hoàng Văn Em is not expected at this meeting (not a member of the chapter); "
        "record them as a guest."
    )
    assert form.tabs.tabText(0).endswith("⚠")
    assert _meeting_count(unit_db) == 0
    # Reloading from the roster drops them (the new meeting never recorded them).
    form.reload_button.click()
    assert _rows(form) == [*MEMBERS, ("Đặng Thị Giang", "Youth, Thôn 3")]
    assert message.kind() == ""
    assert form.save()
    assert _meeting_count(unit_db) == 1
