"""The meeting form: filling it, marking attendance, the chair among those present, the
messages next to the fields, finalising and reopening with a reason."""

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from doan_desktop.core import meetings as core
from doan_desktop.core.chapters import ChapterInput, add_chapter
from doan_desktop.core.roster import PersonInput, add_office, save_person
from doan_desktop.core.store.models import ChangeLog, Meeting, MeetingRevision
from doan_desktop.preferences import Preferences
from doan_desktop.ui.context import AppContext
from doan_desktop.ui.dialogs import meeting_form
from doan_desktop.ui.dialogs.meeting_form import MeetingForm
from doan_desktop.ui.models.meetings_model import REASON, STATUS, AttendanceModel
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
        for key, name, chapter in (
            ("an", "Nguyễn Văn An", "thon"),
            ("binh", "Trần Thị Bình", "thon"),
            ("cuong", "Lê Văn Cường", "thon"),
            ("hen", "H' Hen Niê", "buon"),
        ):
            ids[key] = save_person(
                s,
                PersonInput(full_name=name, chapter_id=ids[chapter], is_member=True),
                today=TODAY,
            )
        add_office(s, ids["an"], "bi_thu", ids["thon"], "2024", today=TODAY)
        add_office(s, ids["hen"], "bi_thu", ids["buon"], "2024", today=TODAY)
    return ids


@pytest.fixture
def new_form(qtbot, context, commune):
    form = MeetingForm(context, kind="monthly", chapter_id=commune["thon"], today=TODAY)
    qtbot.addWidget(form)
    return form


def _meetings(db) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(Meeting))


def _choose(combo, person_id):
    index = combo.findData(person_id)
    assert index >= 0, f"{person_id} not offered"
    combo.setCurrentIndex(index)


def _fill(form, ids):
    """Type the facts of the meeting, leaving each field as the clerk does."""
    form.date.setText("05/02/2026")
    form.start_time.setText("19:30")
    form.end_time.setText("21:00")
    form.place.setText("Nhà văn hóa thôn 3")
    _choose(form.chair, ids["an"])
    _choose(form.secretary, ids["binh"])
    leave(form.date, form.start_time, form.end_time, form.place, form.chair, form.secretary)


def test_a_new_meeting_lists_the_chapter_members_all_present(new_form, commune):
    model = new_form.attendance_model
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert names == ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"]
    assert all(m.status == "present" for m in model.marks())
    assert "Expected 3 · present 3" in new_form.totals.text()
    assert new_form.date.text() == TODAY.strftime("%d/%m/%Y")
    assert new_form.save_button.isEnabled()


def test_fill_mark_attendance_and_save(qtbot, new_form, commune, context, unit_db):
    _fill(new_form, commune)
    model = new_form.attendance_model
    model.mark(model.row_of(commune["cuong"]), "excused", "Đi làm ăn xa")
    assert model.index(model.row_of(commune["cuong"]), STATUS).data() == "Absent with a reason"
    assert "present 2 · absent with a reason 1" in new_form.totals.text()
    new_form.guests.add_row(["Đỗ Minh Khôi", "Bí thư Đoàn xã"])
    assert "guests 1" in new_form.totals.text()
    new_form.agenda.add_row(["Triển khai nhiệm vụ tháng 02"])
    new_form.agenda.add_row(["Đánh giá tháng 01"])
    new_form.agenda.table.setCurrentCell(1, 0)
    new_form.agenda.up_button.click()  # the clerk puts the review first
    new_form.discussion.add_row(["Nguyễn Văn An", "Báo cáo kết quả tháng 01."])
    new_form.discussion.add_row(["Trần Thị Bình", "Đề nghị dọn vệ sinh đường làng."])
    new_form.conclusions.setPlainText("Thống nhất kế hoạch.")
    new_form.voted.setChecked(True)
    assert new_form.vote_for.value() == 2  # those present, as a start
    with qtbot.waitSignal(context.events.changed) as changed:
        assert new_form.save()
    assert changed.args == ["meeting"]
    with unit_db.session() as s:
        [row] = core.list_meetings(s)
        detail = core.get_meeting(s, row.id)
    assert (row.present, row.expected, row.guests, row.state) == (2, 3, 1, "draft")
    assert detail.data.for_month == "2026-02"
    assert detail.data.agenda == ["Đánh giá tháng 01", "Triển khai nhiệm vụ tháng 02"]
    assert [s.speaker for s in detail.data.discussion] == ["Nguyễn Văn An", "Trần Thị Bình"]
    assert detail.data.attendance[2].reason == "Đi làm ăn xa"
    assert (detail.data.vote_for, detail.data.vote_against) == (2, 0)


def test_typing_a_reason_marks_an_absence_and_present_clears_it(new_form, commune):
    model = new_form.attendance_model
    row = model.row_of(commune["binh"])
    assert model.setData(model.index(row, REASON), "Ốm", Qt.EditRole)
    assert model.marks()[row].status == "excused"
    model.mark(row, "present")
    assert model.marks()[row].reason == ""


def test_the_chair_must_be_among_those_present(new_form, commune, unit_db):
    _fill(new_form, commune)
    model = new_form.attendance_model
    model.mark(model.row_of(commune["an"]), "absent")
    message = new_form.messages["chair_id"]
    assert message.kind() == "error"
    assert "Nguyễn Văn An is not among those present" in message.text()
    assert "(not present)" in new_form.chair.currentText()
    assert not new_form.save_button.isEnabled()
    assert not new_form.save()
    assert _meetings(unit_db) == 0
    # Only people present are offered.
    assert new_form.secretary.findData(commune["an"]) < 0
    model.mark(model.row_of(commune["an"]), "present")
    assert message.kind() == ""
    assert new_form.save_button.isEnabled()


def test_an_end_before_the_start_is_said_next_to_the_end_time(new_form, commune, unit_db):
    _fill(new_form, commune)
    new_form.end_time.setText("18:00")
    assert new_form.messages["end_time"].text() == "The meeting cannot end before it starts."
    assert not new_form.save_button.isEnabled()
    assert not new_form.save()
    assert _meetings(unit_db) == 0


def test_a_future_date_is_refused_next_to_the_date(new_form, commune, unit_db):
    _fill(new_form, commune)
    new_form.date.setText("01/12/2026")
    assert "future" in new_form.messages["date"].text()
    assert not new_form.save()
    assert _meetings(unit_db) == 0


def test_finalising_without_a_chair_and_secretary_is_refused(new_form, commune, unit_db):
    _fill(new_form, commune)
    new_form.chair.setCurrentIndex(0)
    new_form.secretary.setCurrentIndex(0)
    assert new_form.save_button.isEnabled()  # a draft may wait for them
    assert not new_form.save(finalise=True)
    assert new_form.messages["chair_id"].text() == "Choose who chaired the meeting."
    assert new_form.messages["secretary_id"].text() == "Choose who took the minutes."
    assert _meetings(unit_db) == 0
    assert not new_form.is_final()


def test_finalise_makes_it_read_only_and_reopen_asks_why(
    qtbot, new_form, commune, unit_db, monkeypatch
):
    _fill(new_form, commune)
    assert new_form.save(finalise=True)
    assert new_form.is_final()
    assert not new_form.banner.isHidden()
    assert "final" in new_form.banner.text()
    for widget in (new_form.date, new_form.chair, new_form.place, new_form.kind):
        assert not widget.isEnabled()
    assert new_form.save_button.isHidden() and not new_form.reopen_button.isHidden()
    model = new_form.attendance_model
    assert not model.setData(model.index(0, STATUS), "absent", Qt.EditRole)
    assert not (model.flags(model.index(0, STATUS)) & Qt.ItemIsEditable)
    assert not new_form.save()
    with unit_db.session() as s:
        meeting_id = core.list_meetings(s)[0].id
        assert core.get_meeting(s, meeting_id).is_final

    monkeypatch.setattr(meeting_form, "ask_reopen_reason", lambda parent: None)
    assert not new_form.reopen()  # cancelled: nothing changes
    assert new_form.is_final()

    monkeypatch.setattr(meeting_form, "ask_reopen_reason", lambda parent: "Sai giờ kết thúc")
    assert new_form.reopen()
    assert not new_form.is_final() and new_form.banner.isHidden()
    assert new_form.date.isEnabled() and not new_form.save_button.isHidden()
    with unit_db.session() as s:
        assert [r.reason for r in s.scalars(select(MeetingRevision))] == ["Sai giờ kết thúc"]
        assert s.scalars(select(ChangeLog).where(ChangeLog.action == "reopen")).one()
    new_form.end_time.setText("21:15")
    assert new_form.save()
    with unit_db.session() as s:
        assert core.get_meeting(s, meeting_id).data.end_time == "21:15"


def test_the_reason_dialog_needs_some_text(qtbot):
    dialog = meeting_form.ReasonDialog()
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.text.setPlainText("   ")
    assert not ok.isEnabled()
    dialog.text.setPlainText("Sai tên")
    assert ok.isEnabled() and dialog.reason() == "Sai tên"


def test_a_recorded_final_meeting_opens_read_only(qtbot, context, commune, unit_db):
    with unit_db.session() as s:
        meeting_id = core.save_meeting(
            s,
            core.MeetingInput(
                kind="monthly",
                chapter_id=commune["thon"],
                date="05/02/2026",
                start_time="19:30",
                chair_id=commune["an"],
                secretary_id=commune["binh"],
                attendance=[
                    core.AttendanceInput(commune["an"]),
                    core.AttendanceInput(commune["binh"]),
                    core.AttendanceInput(commune["cuong"], "excused", "Ốm"),
                ],
                discussion=[core.SpeechInput("Nguyễn Văn An", "Khai mạc.")],
            ),
            today=TODAY,
            finalise=True,
        )
    form = MeetingForm(context, meeting_id, today=TODAY)
    qtbot.addWidget(form)
    assert form.is_final() and not form.banner.isHidden()
    assert form.chair.currentData() == commune["an"]
    assert form.discussion.rows() == [["Nguyễn Văn An", "Khai mạc."]]
    assert form.attendance_model.marks()[2].reason == "Ốm"
    assert not form.discussion.add_button.isEnabled()
    assert form.delete_button.isHidden()


def test_a_joint_meeting_expects_the_secretaries_of_the_chapters_ticked(new_form, commune):
    new_form.kind.setCurrentIndex(new_form.kind.findData("joint"))
    assert not new_form.participants.isHidden()
    assert new_form._labels["chapter_id"].text() == "Host chapter *"
    assert new_form.messages["participants"].kind() == ""  # not said before the list is left
    assert not new_form.save_button.isEnabled()
    leave(new_form.participants)
    assert new_form.messages["participants"].kind() == "error"
    for row in range(new_form.participants.count()):
        item = new_form.participants.item(row)
        if item.data(Qt.UserRole) == commune["buon"]:
            item.setCheckState(Qt.Checked)
    model = new_form.attendance_model
    names = sorted(model.index(r, 0).data() for r in range(model.rowCount()))
    assert names == ["H' Hen Niê", "Nguyễn Văn An"]
    assert new_form.messages["participants"].kind() == ""


def test_models_pass_the_model_tester(qtmodeltester, commune, unit_db):
    with unit_db.session() as s:
        people = core.expected_people(s, "monthly", commune["thon"])
    model = AttendanceModel()
    model.set_people(people, [core.AttendanceInput(commune["binh"], "excused", "Ốm")])
    qtmodeltester.check(model)
    assert model.marks()[1].status == "excused"


def test_the_form_shows_when_the_minutes_were_reopened_and_why(
    qtbot, new_form, commune, monkeypatch
):
    _fill(new_form, commune)
    assert new_form.save(finalise=True)
    monkeypatch.setattr(
        meeting_form, "ask_reopen_reason", lambda parent: "Thiếu ý kiến của đoàn viên"
    )
    assert new_form.reopen()
    assert "Reopened on" in new_form.history.text()
    assert "Thiếu ý kiến của đoàn viên" in new_form.history.text()


def test_print_preview_opens_on_the_recorded_minutes(qtbot, new_form, commune, monkeypatch):
    from doan_desktop.ui.dialogs.print_preview import PrintPreviewDialog

    assert new_form.preview_button.isHidden()  # nothing recorded yet
    _fill(new_form, commune)
    assert new_form.save(finalise=True)
    assert not new_form.preview_button.isHidden()
    shown = []
    monkeypatch.setattr(PrintPreviewDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    new_form.preview_button.click()
    [dialog] = shown
    assert dialog.pdf_bytes.startswith(b"%PDF")
    assert "CHI ĐOÀN THÔN 3" in dialog.suggested_name


def test_closing_with_unsaved_changes_asks_first(new_form, commune, monkeypatch, unit_db):
    from doan_desktop.ui import prompts

    closed = []
    new_form.rejected.connect(lambda: closed.append(True))
    assert not new_form.has_unsaved_changes()  # a form just opened closes without a question
    new_form.place.setText("Hội trường thôn")
    asked = []
    monkeypatch.setattr(prompts, "ask_yes_no", lambda *a: asked.append(a[2]) or False)
    new_form.reject()
    assert "not saved" in asked[0]
    assert closed == []  # the clerk said no: the form stays open with the typing
    assert new_form.place.text() == "Hội trường thôn"
    monkeypatch.setattr(prompts, "ask_yes_no", lambda *a: True)
    new_form.reject()
    assert closed == [True]
    assert _meetings(unit_db) == 0


def test_a_saved_and_finalised_form_closes_without_a_question(new_form, commune, monkeypatch):
    from doan_desktop.ui import prompts

    _fill(new_form, commune)
    assert new_form.save(finalise=True)
    monkeypatch.setattr(prompts, "ask_yes_no", lambda *a: pytest.fail("asked"))
    new_form.reject()
