"""The "Trainings & club" page: the list (search as you type, filters, trash), the club (adding
from the suggestions, ending a membership, refused input, each member's activity), a person's
history from the people page, and every model through the model tester."""

import pytest
from PySide6.QtCore import Qt

from doan_desktop.core import club
from doan_desktop.core import meetings as m
from doan_desktop.core import trainings as core
from doan_desktop.core.chapters import ChapterInput, add_chapter
from doan_desktop.core.person_history import person_history
from doan_desktop.core.roster import PersonInput, add_office, save_person
from doan_desktop.preferences import Preferences
from doan_desktop.ui import prompts
from doan_desktop.ui.context import AppContext
from doan_desktop.ui.dialogs.person_history import PersonHistoryDialog
from doan_desktop.ui.models.chapters_model import ROW_ROLE
from doan_desktop.ui.models.trainings_model import (
    ClubMembersModel,
    PersonMeetingsModel,
    PersonTrainingsModel,
    TrainingsModel,
)
from doan_desktop.ui.pages import trainings as page_module
from doan_desktop.ui.pages.people import PeoplePage
from doan_desktop.ui.pages.trainings import TrainingsPage, _SessionsModel
from tests.conftest import TODAY


@pytest.fixture
def recorded(unit_db):
    ids = {}
    with unit_db.session() as s:
        ids["thon"] = add_chapter(s, ChapterInput("Thôn 3", "thon"))
        ids["buon"] = add_chapter(s, ChapterInput("Buôn Ea Kmát", "buon"))
        for key, name, chapter in (
            ("an", "Nguyễn Văn An", "thon"),
            ("binh", "Trần Thị Bình", "thon"),
            ("hen", "H' Hen Niê", "buon"),
        ):
            ids[key] = save_person(
                s, PersonInput(full_name=name, chapter_id=ids[chapter], is_member=True), today=TODAY
            )
        add_office(s, ids["an"], "bi_thu", ids["thon"], "2024", today=TODAY)
        add_office(s, ids["hen"], "bi_thu", ids["buon"], "2024", today=TODAY)
        ids["talk"] = core.save_training(
            s,
            core.TrainingInput(
                title="Chuyển đổi số cho thanh niên nông thôn",
                kind=core.TALK,
                start_date="20/09/2026",
                place="Nhà văn hóa thôn 3",
                hours="3",
                participants=[
                    core.ParticipantInput(ids["an"]),
                    core.ParticipantInput(ids["binh"], result=core.ABSENT),
                ],
            ),
            today=TODAY,
        )
        ids["course"] = core.save_training(
            s,
            core.TrainingInput(
                title="Kỹ năng tổ chức sinh hoạt chi đoàn",
                kind=core.SKILLS,
                level=core.PROVINCE,
                start_date="10/05/2026",
                end_date="12/05/2026",
                for_club=True,
                participants=[
                    core.ParticipantInput(ids["an"], result=core.COMPLETED, certificate_number="1"),
                    core.ParticipantInput(
                        ids["hen"], result=core.COMPLETED, certificate_number="2"
                    ),
                ],
            ),
            today=TODAY,
        )
        ids["old"] = core.save_training(
            s,
            core.TrainingInput(title="Phòng chống ma túy", kind=core.TALK, start_date="02/12/2025"),
            today=TODAY,
        )
        m.save_meeting(
            s,
            m.MeetingInput(
                kind="monthly",
                chapter_id=ids["thon"],
                date="05/02/2026",
                attendance=[m.AttendanceInput(ids["an"]), m.AttendanceInput(ids["binh"])],
            ),
            today=TODAY,
        )
    return ids


@pytest.fixture
def context(data_dir, unit_db, recorded):
    return AppContext(data_dir, unit_db, Preferences())


@pytest.fixture
def page(qtbot, context):
    widget = TrainingsPage(context, today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.refresh()
    return widget


def _titles(page) -> list[str]:
    return [page.proxy.index(r, 0).data(ROW_ROLE).title for r in range(page.proxy.rowCount())]


def test_the_list_is_newest_first_with_counts(page):
    assert _titles(page) == [
        "Chuyển đổi số cho thanh niên nông thôn",
        "Kỹ năng tổ chức sinh hoạt chi đoàn",
        "Phòng chống ma túy",
    ]
    assert page.proxy.index(1, 0).data() == "10/05/2026 – 12/05/2026"
    assert page.count_label.text() == "3 trainings, 3 participations"


def test_search_as_you_type_ignores_diacritics(page, qtbot):
    qtbot.keyClicks(page.search, "chuyen doi")
    assert _titles(page) == ["Chuyển đổi số cho thanh niên nông thôn"]
    assert "of 3 in these filters" in page.count_label.text()
    page.search.clear()
    qtbot.keyClicks(page.search, "thon 3")  # the place is searched too
    assert _titles(page) == ["Chuyển đổi số cho thanh niên nông thôn"]
    qtbot.keyClick(page.search, Qt.Key_Return)
    assert page.selected_id() == page.proxy.index(0, 0).data(ROW_ROLE).id


def test_filters_by_year_kind_level_and_club(page):
    page.year_filter.setCurrentIndex(page.year_filter.findData(2025))
    assert _titles(page) == ["Phòng chống ma túy"]
    page.year_filter.setCurrentIndex(0)
    page.kind_filter.setCurrentIndex(page.kind_filter.findData(core.SKILLS))
    assert _titles(page) == ["Kỹ năng tổ chức sinh hoạt chi đoàn"]
    page.kind_filter.setCurrentIndex(0)
    page.level_filter.setCurrentIndex(page.level_filter.findData(core.PROVINCE))
    assert _titles(page) == ["Kỹ năng tổ chức sinh hoạt chi đoàn"]
    page.level_filter.setCurrentIndex(0)
    page.club_filter.setCurrentIndex(page.club_filter.findData(False))
    assert len(_titles(page)) == 2


def test_delete_moves_the_selected_training_to_the_trash(page, context, recorded, monkeypatch):
    asked = []
    monkeypatch.setattr(prompts, "ask_yes_no", lambda *a: asked.append(a[2]) or True)
    page.select_training(recorded["old"])
    page.delete_button.click()
    assert "Phòng chống ma túy" in asked[0]
    assert "Phòng chống ma túy" not in _titles(page)
    with context.database.session() as s:
        assert [r.id for r in core.list_trainings(s, deleted=True)] == [recorded["old"]]


def test_new_training_through_the_form_shows_in_the_list(page, qtbot, monkeypatch):
    def run(form):
        form.title.setText("Tọa đàm thanh niên với pháp luật")
        form.kind.setCurrentIndex(form.kind.findData(core.SEMINAR))
        form.start_date.setText("01/11/2026")
        assert form.save()

    monkeypatch.setattr(
        TrainingsPage, "_run", lambda self, form: (run(form), self._after_change(form.saved_id))
    )
    page.new_button.click()
    assert _titles(page)[0] == "Tọa đàm thanh niên với pháp luật"
    assert page.selected_id() is not None


def test_club_members_are_added_from_the_suggestions_and_leave(
    page, context, recorded, monkeypatch
):
    page.tabs.setCurrentIndex(1)
    assert page.club_model.rowCount() == 0
    assert "2 sitting secretaries" in page.sessions_label.text()
    offered = []

    def answer(_parent, suggestions, _today):
        offered.extend(s.name for s in suggestions)
        return [s.person_id for s in suggestions], "01/01/2026"

    monkeypatch.setattr(page_module, "ask_new_members", answer)
    page.join_button.click()
    assert offered == ["Nguyễn Văn An", "H' Hen Niê"]
    assert page.club_model.rowCount() == 2
    assert not page.join_button.isEnabled()  # nobody left to suggest
    page.members.selectRow(0)
    member = page.selected_member()
    assert member.name == "Nguyễn Văn An" and member.trainings == 2
    assert "Nguyễn Văn An: 2 trainings" in page.activity_title.text()
    assert page.member_trainings_model.rowCount() == 2

    errors = []
    monkeypatch.setattr(prompts, "show_error", lambda *a: errors.append(a[2]))
    monkeypatch.setattr(page_module, "ask_end_date", lambda *_a: "31/12/2025")
    page.end_button.click()
    assert "cannot end before it began" in errors[0]
    with context.database.session() as s:
        assert all(r.current for r in club.list_members(s, today=TODAY))
    monkeypatch.setattr(page_module, "ask_end_date", lambda *_a: "20/11/2026")
    page.members.selectRow(0)
    page.end_button.click()
    assert page.club_model.rowCount() == 1
    page.past_check.setChecked(True)
    assert page.club_model.rowCount() == 2
    assert page.join_button.isEnabled()


def test_a_bad_start_date_for_new_members_is_refused(page, context, monkeypatch):
    errors = []
    monkeypatch.setattr(prompts, "show_error", lambda *a: errors.append(a[2]))
    monkeypatch.setattr(
        page_module, "ask_new_members", lambda _p, s, _t: ([x.person_id for x in s], "31/02/2026")
    )
    page.join_button.click()
    assert "dd/mm/yyyy" in errors[0]
    with context.database.session() as s:
        assert club.list_members(s, today=TODAY) == []


def test_the_people_page_opens_a_persons_history(qtbot, context, recorded):
    people = PeoplePage(context)
    qtbot.addWidget(people)
    people.refresh()
    assert not people.history_button.isEnabled()
    assert people.select_person(recorded["an"])
    assert people.history_button.isEnabled()
    people.history_button.click()
    dialog = people.dialog
    assert isinstance(dialog, PersonHistoryDialog)
    assert dialog.meetings_model.rowCount() == 1
    assert dialog.trainings_model.rowCount() == 2
    assert dialog.tabs.tabText(1) == "Trainings (2)"
    dialog.reject()


def test_every_model_passes_the_model_tester(qtmodeltester, context, recorded):
    with context.database.session() as s:
        club.add_members(s, [recorded["an"], recorded["hen"]], "01/01/2026", today=TODAY)
        trainings = core.list_trainings(s)
        members = club.list_members(s, today=TODAY)
        history = person_history(s, recorded["an"])
        activity = club.member_activity(s, recorded["an"])
    for model, rows in (
        (TrainingsModel(), trainings),
        (ClubMembersModel(), members),
        (PersonTrainingsModel(), history.trainings),
        (PersonMeetingsModel(), history.meetings),
        (_SessionsModel(), activity.sessions),
    ):
        model.set_rows(rows)
        assert model.rowCount() == len(rows)
        qtmodeltester.check(model)


def test_the_membership_dialogs_check_the_date_as_it_is_typed(qtbot, context, recorded):
    with context.database.session() as s:
        suggestions = club.suggestions(s, TODAY)
    join = page_module.JoinDialog(suggestions, TODAY)
    qtbot.addWidget(join)
    ok = join.buttons.button(join.buttons.StandardButton.Ok)
    assert ok.isEnabled() and join.chosen() == [x.person_id for x in suggestions]
    join.since.setText("01/12/2026")
    assert not ok.isEnabled() and "future" in join.since_message.text()
    join.since.setText("1/3/2026")
    assert ok.isEnabled() and join.since_message.kind() == ""
    for row in range(join.list.count()):
        join.list.item(row).setCheckState(Qt.Unchecked)
    assert not ok.isEnabled()
    end = page_module.EndDialog("Nguyễn Văn An", TODAY)
    qtbot.addWidget(end)
    ok = end.buttons.button(end.buttons.StandardButton.Ok)
    end.until.setText("31/02/2026")
    assert not ok.isEnabled() and "dd/mm/yyyy" in end.until_message.text()
    end.until.setText("")  # empty: today
    assert ok.isEnabled()
